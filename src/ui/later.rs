//! The screens after the result: the plan, the provider summary, and keeping and sharing.
//!
//! A part of its own (see `lazy`): the first screen and the questions never wait for these
//! bytes; whoever shows one of these screens waits for them.

use super::components::keep::{keep_panel, KeepProps};
use super::components::plan_screen::PlanScreen;
use super::components::summary::{summary_screen, SummaryProps};
use super::ids::LINK_ID;
use super::lazy::part;
use super::state::Action;
use super::{platform, remember, saving, send, send_with, State};
use crate::domain::clinic::branch_query;
use crate::domain::i18n::Lang;
use crate::domain::share::sealed::{code_from_random, display_code, CODE_BYTES};
use std::rc::Rc;
use yew::prelude::*;

/// How each screen after the result is drawn. Function pointers, so that calling one from
/// another module needs nothing of this one but its place in the shared function table.
#[derive(Clone, Copy)]
pub struct LaterViews {
    pub plan: fn(&State, Lang) -> Html,
    pub summary: fn(&State, Lang) -> Html,
    /// The keeping and sharing panel under the result and the plan.
    pub keep: fn(&State, Lang) -> Html,
}

fn plan(state: &State, lang: Lang) -> Html {
    html! {
        <PlanScreen { lang } journey={ Rc::new((**state).clone()) }
            on_schedule={ send_with(state, Action::SetSchedule) }
            on_view={ send_with(state, Action::SetPlanView) }
            on_select_day={ send_with(state, Action::SelectDay) }
            on_detailed={ send_with(state, Action::SetDetailedCalendar) }
            on_phone={ send_with(state, Action::SetPhone) }
            on_back={ send(state, Action::Back) } />
    }
}

fn keep(state: &State, lang: Lang) -> Html {
    html! { <Keep state={ state.clone() } { lang } /> }
}

/// The keeping panel's host: it runs the panel's effects (locking the link, the storage), so
/// it holds the journey's handle; the panel itself (`keep_panel`) takes data and callbacks.
#[derive(Properties, PartialEq)]
struct KeepHost {
    state: State,
    lang: Lang,
}

/// Keeping and sharing under the result and the plan; the storage is cleared here, at the
/// person's request, before the state forgets. The share link shown is always the locked one:
/// the plain link is locked with this page's code whenever it changes.
#[function_component(Keep)]
fn keep_host(props: &KeepHost) -> Html {
    let (state, lang) = (&props.state, props.lang);
    let plain = state
        .share_open
        .then(|| saving::share_link(state, lang, &share_base(state)));
    {
        let state = state.clone();
        let wanted = plain.clone().zip(state.share_code.clone());
        use_effect_with(wanted, move |wanted| {
            let Some((plain, code)) = wanted.clone() else {
                return;
            };
            let (plain, code) = (plain.clone(), code.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let sealed = platform::seal(&code, &saving::fragment_bytes(&plain)).await;
                let link = sealed.map(|s| saving::sealed_link(&plain, &s));
                state.dispatch(Action::Sealed { plain, link });
            });
        });
    }
    // The locked link for the plain one shown now; `Err` when this browser cannot lock one.
    let link = match (&plain, &state.sealed_link) {
        (Some(plain), Some(Ok((from, link)))) if from == plain => Some(Ok(link.clone())),
        (Some(plain), Some(Err(from))) if from == plain => Some(Err(())),
        _ => None,
    };
    let on_copy = {
        let (state, link) = (
            state.clone(),
            link.clone().and_then(Result::ok).unwrap_or_default(),
        );
        Callback::from(move |()| {
            let state = state.clone();
            platform::copy_text(&link, LINK_ID, move |ok| {
                state.dispatch(Action::LinkCopied(ok))
            });
        })
    };
    let on_remember = remember(state);
    let on_forget = {
        let state = state.clone();
        Callback::from(move |()| {
            platform::forget(saving::STORAGE_KEY);
            state.dispatch(Action::Forget);
        })
    };
    // The code is made once per page, the first time the panel opens.
    let on_share = {
        let state = state.clone();
        Callback::from(move |()| {
            if state.share_code.is_none() {
                let bytes = platform::random_bytes(CODE_BYTES).unwrap_or_default();
                if let Ok(bytes) = <[u8; CODE_BYTES]>::try_from(bytes) {
                    state.dispatch(Action::SetShareCode(code_from_random(bytes)));
                }
            }
            state.dispatch(Action::ToggleShare);
        })
    };
    keep_panel(&KeepProps {
        lang,
        remember: state.remember,
        blocked: state.saved_notice_pending(),
        open: state.share_open,
        link,
        code: state.share_code.as_deref().map(display_code),
        link_copied: state.link_copied,
        on_remember,
        on_forget,
        on_share,
        on_copy,
        on_summary: send(state, Action::OpenSummary),
    })
}

/// The address a share link opens: inside a clinic's frame, the clinic page `clinic.json` names
/// for it (whose `embed.js` hands the fragment on to the frame); else the app's own, with the
/// clinic file it was opened with.
fn share_base(state: &State) -> String {
    match &state.clinic.share_page {
        Some(page) if platform::in_frame() => page.clone(),
        _ => platform::page_url() + &branch_query(&platform::location_search()),
    }
}

fn summary(state: &State, lang: Lang) -> Html {
    let on_response = {
        let state = state.clone();
        Callback::from(move |()| {
            let protocol = &state.protocol;
            let response = crate::domain::fhir::questionnaire_response(
                protocol,
                &state.answers,
                lang,
                state.today,
            );
            let name = "microneedling-questionnaire-response.json";
            let _ = platform::download(name, "application/fhir+json", &response.to_json());
        })
    };
    let on_questionnaire = {
        let state = state.clone();
        Callback::from(move |()| {
            let file = crate::domain::fhir::questionnaire(&state.protocol, lang);
            let name = "microneedling-questionnaire.json";
            let _ = platform::download(name, "application/fhir+json", &file.to_json());
        })
    };
    summary_screen(&SummaryProps {
        lang,
        state,
        on_print: Callback::from(|()| platform::print()),
        on_response,
        on_questionnaire,
        on_back: send(state, Action::Back),
    })
}

fn views() -> LaterViews {
    LaterViews {
        plan,
        summary,
        keep,
    }
}

part! {
    /// The screens after the result, asked for when Start is pressed (or at start-up when a
    /// saved journey or a share link may open on the plan).
    LATER: LaterViews = later(views)
}
