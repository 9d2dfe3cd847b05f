//! One step of the questionnaire: progress, the step's questions, the missing-answers summary,
//! and Back / Next. The questions come from the protocol; nothing here is per-question markup.

use super::question::QuestionField;
use crate::domain::answers::{Answers, Value};
use crate::domain::i18n::{t, tf, Lang};
use crate::domain::protocol::Question;
use crate::ui::ids::{field_id, BACK_ID, HEADING_ID, NEXT_ID, REMEMBER_STEP_ID};
use crate::ui::state::{AppState, FieldError};
use chrono::NaiveDate;
use yew::prelude::*;

/// What one step shows, and what the person's actions on it call.
#[derive(Properties, PartialEq)]
pub struct StepFormProps {
    pub lang: Lang,
    pub today: NaiveDate,
    /// The step's id in the protocol, which names its heading.
    pub step: &'static str,
    /// This step's place among the steps asked, from 1, and how many there are.
    pub position: usize,
    pub total: usize,
    /// The step's questions that are asked, given the answers so far.
    pub questions: Vec<&'static Question>,
    pub answers: Answers,
    /// What stops the person from going on, once they pressed Next (else empty).
    pub errors: Vec<FieldError>,
    /// "Remember on this device" is on; `blocked` while unreadable saved data waits.
    pub remember: bool,
    pub blocked: bool,
    pub on_answer: Callback<(&'static str, Option<Value>)>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
    pub on_remember: Callback<bool>,
}

impl StepFormProps {
    /// The props for step `index` of `state` in `lang`, with the callbacks the caller wires.
    pub fn of(state: &AppState, lang: Lang, index: usize, callbacks: StepCallbacks) -> Self {
        let steps = state.visible_steps();
        let position = steps.iter().position(|&i| i == index).unwrap_or(0) + 1;
        let ctx = state.context();
        StepFormProps {
            lang,
            today: state.today,
            step: state.protocol.steps[index].id,
            position,
            total: steps.len().max(position),
            questions: state.shown_questions(index, &ctx),
            answers: state.answers.clone(),
            errors: if state.show_missing {
                state.step_errors(index)
            } else {
                Vec::new()
            },
            remember: state.remember,
            blocked: state.saved_notice_pending(),
            on_answer: callbacks.on_answer,
            on_next: callbacks.on_next,
            on_back: callbacks.on_back,
            on_remember: callbacks.on_remember,
        }
    }
}

/// The callbacks of `StepFormProps`, as the caller makes them.
pub struct StepCallbacks {
    pub on_answer: Callback<(&'static str, Option<Value>)>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
    pub on_remember: Callback<bool>,
}

#[function_component(StepForm)]
pub fn step_form(props: &StepFormProps) -> Html {
    let lang = props.lang;
    let (position, total) = (props.position, props.total);
    let errors = &props.errors;
    let on_answer = props.on_answer.clone();
    let onsubmit = props.on_next.reform(|e: SubmitEvent| e.prevent_default());
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    // "Remember on this device" from the first step on, so the answers can be kept before
    // the result.
    let on_remember = props
        .on_remember
        .reform(|e: Event| crate::ui::platform::is_checked(&e));
    let remember_help = t(
        lang,
        if props.remember {
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
            <h1 id={ HEADING_ID } tabindex="-1">{ t(lang, &format!("step.{}", props.step)) }</h1>
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
                { for props.questions.iter().map(|&q| {
                    let error = errors.iter().find(|e| e.question == q.id).cloned();
                    html! {
                        <QuestionField key={ q.id } question={ q } {lang} value={ props.answers.get(q.id).cloned() }
                            {error} today={ props.today } on_answer={ on_answer.clone() } />
                    }
                }) }
                <div class="actions">
                    // The last step's button says what it does.
                    <button type="submit" id={ NEXT_ID } class="button primary">{ t(lang, if position == total { "nav.see_result" } else { "nav.next" }) }</button>
                    <button type="button" id={ BACK_ID } class="button secondary" onclick={ on_back }>{ t(lang, "nav.back") }</button>
                </div>
            </form>
            <div class="remember-step no-print">
                <div class="remember">
                    <input type="checkbox" id={ REMEMBER_STEP_ID } checked={ props.remember }
                        disabled={ props.blocked } aria-describedby="remember-step-help" onchange={ on_remember } />
                    <label for={ REMEMBER_STEP_ID }>{ t(lang, "save.remember") }</label>
                </div>
                <p class="help" id="remember-step-help">{ remember_help }</p>
            </div>
        </section>
    }
}
