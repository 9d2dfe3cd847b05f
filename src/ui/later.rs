//! The screens after the result: the plan, the provider summary, and keeping and sharing.
//!
//! The release build (feature `split`) puts them in a second wasm module: `views` is a split
//! point, and `scripts/split.py` moves into that module every function only it reaches. The
//! first screen never waits for those bytes; they are asked for when the person presses Start
//! (or at start-up when a saved journey or a share link may open on the plan), and whoever
//! shows one of these screens waits for them. Without the feature, as in every test, they
//! are part of the one module and always here.

use super::components::keep::{keep_panel, KeepProps, LINK_ID};
use super::components::plan_screen::PlanScreen;
use super::components::summary::{summary_screen, SummaryProps};
use super::state::Action;
use super::{platform, saving, State};
use yew::prelude::*;

/// How each screen after the result is drawn. Function pointers, so that calling one from the
/// first module needs nothing of the second but its place in the shared function table.
#[derive(Clone, Copy)]
pub struct LaterViews {
    pub plan: fn(&State) -> Html,
    pub summary: fn(&State) -> Html,
    /// The keeping and sharing panel under the result and the plan.
    pub keep: fn(&State) -> Html,
}

fn plan(state: &State) -> Html {
    html! { <PlanScreen state={ state.clone() } /> }
}

fn send(state: &State, action: Action) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |()| state.dispatch(action.clone()))
}

/// Keeping and sharing under the result and the plan; the storage is cleared here, at the
/// person's request, before the state forgets.
fn keep(state: &State) -> Html {
    let link = state
        .share_open
        .then(|| saving::share_link(state, &platform::page_url()));
    let on_copy = {
        let (state, link) = (state.clone(), link.clone().unwrap_or_default());
        Callback::from(move |()| {
            let state = state.clone();
            platform::copy_text(&link, LINK_ID, move |ok| {
                state.dispatch(Action::LinkCopied(ok))
            });
        })
    };
    let on_remember = {
        let state = state.clone();
        Callback::from(move |on: bool| {
            if !on {
                platform::forget(saving::STORAGE_KEY);
            }
            state.dispatch(Action::SetRemember(on));
        })
    };
    let on_forget = {
        let state = state.clone();
        Callback::from(move |()| {
            platform::forget(saving::STORAGE_KEY);
            state.dispatch(Action::Forget);
        })
    };
    keep_panel(&KeepProps {
        lang: state.lang,
        remember: state.remember,
        blocked: state.saved_notice_pending(),
        link,
        link_copied: state.link_copied,
        on_remember,
        on_forget,
        on_share: send(state, Action::ToggleShare),
        on_copy,
        on_summary: send(state, Action::OpenSummary),
    })
}

fn summary(state: &State) -> Html {
    let on_response = {
        let state = state.clone();
        Callback::from(move |()| {
            let (protocol, lang) = (&state.protocol, state.lang);
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
    summary_screen(&SummaryProps {
        state,
        on_print: Callback::from(|()| platform::print()),
        on_response,
        on_back: send(state, Action::Back),
    })
}

#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
mod loading {
    use super::LaterViews;

    /// In one module the views are always here.
    pub fn get() -> Option<LaterViews> {
        Some(super::views())
    }

    pub async fn ensure() -> bool {
        true
    }
}

#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
fn views() -> LaterViews {
    LaterViews {
        plan,
        summary,
        keep,
    }
}

#[cfg(all(feature = "split", target_arch = "wasm32"))]
mod loading {
    use super::LaterViews;
    use std::cell::Cell;
    use wasm_split_helpers::SplitLoaderError;

    thread_local! {
        static LOADED: Cell<Option<LaterViews>> = const { Cell::new(None) };
    }

    /// The split point: everything only this function reaches goes into the second module,
    /// and calling it first loads that module. The views are built here, in its code, so that
    /// no table or data of the first module points at them.
    #[wasm_split_helpers::wasm_split(later, fallible)]
    fn views() -> Result<LaterViews, SplitLoaderError> {
        Ok(LaterViews {
            plan: super::plan,
            summary: super::summary,
            keep: super::keep,
        })
    }

    pub fn get() -> Option<LaterViews> {
        LOADED.get()
    }

    /// Loads the second module unless it is here; concurrent callers share one request (the
    /// loader's), and a failed load is tried afresh by the next call.
    pub async fn ensure() -> bool {
        if LOADED.get().is_some() {
            return true;
        }
        match views().await {
            Ok(views) => {
                LOADED.set(Some(views));
                true
            }
            Err(_) => false,
        }
    }
}

/// The views, once their module is here.
pub fn get() -> Option<LaterViews> {
    loading::get()
}

/// Makes the views available, loading their module if need be; `false` when it could not be
/// had (the reason is in the console). The next call tries again.
pub async fn ensure() -> bool {
    loading::ensure().await
}

/// Asks for the views' module without waiting for it, so that it is here by the time the
/// result is shown.
pub fn request() {
    if get().is_none() {
        wasm_bindgen_futures::spawn_local(async {
            ensure().await;
        });
    }
}

/// Waits for the views, with the element `busy_id` marked busy while they are on their way,
/// then runs `then` with whether they could be had.
pub fn after_later(busy_id: &'static str, then: impl FnOnce(bool) + 'static) {
    super::words::after_ready(busy_id, get().is_some(), ensure(), then);
}
