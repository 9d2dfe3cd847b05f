//! One step of the questionnaire: progress, the step's questions, the missing-answers summary,
//! and Back / Next. The questions come from the protocol; nothing here is per-question markup.

use super::question::QuestionField;
use crate::domain::answers::Value;
use crate::domain::i18n::{t, tf, Lang};
use crate::ui::ids::{field_id, HEADING_ID};
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepFormProps {
    pub state: UseReducerHandle<AppState>,
    pub index: usize,
}

#[function_component(StepForm)]
pub fn step_form(props: &StepFormProps) -> Html {
    let state = &props.state;
    let lang: Lang = state.lang;
    let index = props.index;
    let step = state.protocol.steps[index];
    let steps = state.visible_steps();
    let position = steps.iter().position(|&i| i == index).unwrap_or(0) + 1;
    let total = steps.len().max(position);
    let errors = if state.show_missing {
        state.step_errors(index)
    } else {
        Vec::new()
    };
    let ctx = state.context();
    let questions = state.shown_questions(index, &ctx);

    let on_answer = {
        let state = state.clone();
        Callback::from(move |(id, value): (&'static str, Option<Value>)| {
            state.dispatch(Action::Answer(id, value))
        })
    };
    let onsubmit = {
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::Next);
        })
    };
    let on_back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    // "Remember on this device" from the first step on, so the answers can be kept before
    // the result; unticking it removes the saved copy at once.
    let on_remember = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let on = crate::ui::platform::is_checked(&e);
            if !on {
                crate::ui::platform::forget(crate::ui::saving::STORAGE_KEY);
            }
            state.dispatch(Action::SetRemember(on));
        })
    };
    let remember_help = t(
        lang,
        if state.remember {
            "save.on"
        } else {
            "save.explain"
        },
    );
    let progress = tf(
        lang,
        "nav.progress",
        &[("n", &position.to_string()), ("total", &total.to_string())],
    );

    html! {
        <section aria-labelledby={ HEADING_ID }>
            <div class="progress">
                <span>{ progress }</span>
                // A native progress bar: no inline style, which the Content-Security-Policy forbids.
                <progress class="progress-bar" aria-hidden="true" max={ total.to_string() } value={ position.to_string() }></progress>
            </div>
            <h1 id={ HEADING_ID } tabindex="-1">{ t(lang, &format!("step.{}", step.id)) }</h1>
            if !errors.is_empty() {
                <div class="error-summary" id="error-summary">
                    <h2>{ t(lang, "error.summary") }</h2>
                    <ul>
                        { for errors.iter().map(|e| {
                            let question = t(lang, &format!("q.{}", e.question)).to_string();
                            html! { <li><a href={ format!("#{}", field_id(e.question)) }>{ question }</a></li> }
                        }) }
                    </ul>
                </div>
            }
            <form novalidate=true {onsubmit}>
                { for questions.into_iter().map(|q| {
                    let error = errors.iter().find(|e| e.question == q.id).cloned();
                    html! {
                        <QuestionField key={ q.id } question={ q } {lang} value={ state.answers.get(q.id).cloned() }
                            {error} today={ state.today } on_answer={ on_answer.clone() } />
                    }
                }) }
                <div class="actions">
                    // The last step's button says what it does.
                    <button type="submit" class="button primary">{ t(lang, if position == total { "nav.see_result" } else { "nav.next" }) }</button>
                    <button type="button" class="button secondary" onclick={ on_back }>{ t(lang, "nav.back") }</button>
                </div>
            </form>
            <div class="remember-step no-print">
                <div class="remember">
                    <input type="checkbox" id="remember-step" checked={ state.remember }
                        disabled={ state.saved_notice_pending() } aria-describedby="remember-step-help" onchange={ on_remember } />
                    <label for="remember-step">{ t(lang, "save.remember") }</label>
                </div>
                <p class="help" id="remember-step-help">{ remember_help }</p>
            </div>
        </section>
    }
}
