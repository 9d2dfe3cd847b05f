//! The thin shell: Yew components that turn events into actions and state into HTML.
//! `platform` is the one module that touches browser APIs.

mod boot;
pub mod components;
pub mod later;
pub mod markup;
pub mod platform;
pub mod saving;
pub mod state;
mod words;

use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{self, t, Lang};
use chrono::NaiveDate;
use components::keep::{notice, NoticeProps};
use components::result::{result_screen, ResultProps, PLAN_ID};
use components::step_form::StepForm;
use components::topbar::{topbar, TopbarProps, LANG_SWITCH_ID};
use components::welcome::{welcome, WelcomeProps, START_ID};
use state::{Action, AppState, Notice, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
    pub today: NaiveDate,
    /// The clinic's configuration; the default is the app without a clinic.
    pub clinic: ClinicConfig,
    /// What was wrong in the clinic's file, for the `?check-config` panel.
    pub config_problems: Vec<String>,
    pub check_config: bool,
}

impl AppProps {
    /// The app without a clinic, as tests mount it.
    pub fn new(lang: Lang, today: NaiveDate) -> Self {
        AppProps {
            lang,
            today,
            clinic: ClinicConfig::default(),
            config_problems: Vec::new(),
            check_config: false,
        }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state =
        use_reducer(|| AppState::with_clinic(props.lang, props.today, props.clinic.clone()));
    let lang = state.lang;
    // Words that arrive change no state, so the screen is drawn again when they do.
    let redraw = use_force_update();

    // Keep the page's language and title in step with what is on screen.
    {
        let screen = state.screen.clone();
        use_effect_with((lang, screen), move |(lang, screen)| {
            platform::set_document_language(lang.code());
            platform::set_title(&page_title(*lang, screen));
        });
    }
    // Move focus where the last action asked: the new heading on a screen change (so screen
    // readers announce it), or the first missing answer after Next.
    use_effect_with(state.focus.clone(), |focus| {
        if let Some(focus) = focus {
            if focus.id == state::HEADING_ID {
                platform::scroll_to_top();
            }
            platform::focus(&focus.id);
        }
    });

    // Offline support; a new version waits until the person chooses to refresh.
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            platform::register_service_worker(move || state.dispatch(Action::UpdateReady));
        });
    }
    // At start, once: resume what was saved on this device, or open a share link.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let saved = platform::load(saving::STORAGE_KEY);
            let fragment = platform::take_fragment();
            if saved.is_some() || !fragment.is_empty() {
                state.dispatch(Action::Boot {
                    saved,
                    fragment: Some(fragment),
                });
            }
        });
    }
    // Write on every change while saving is on, and never otherwise.
    use_effect_with(saving::stored_text(&state), |text| {
        if let Some(text) = text {
            platform::store(saving::STORAGE_KEY, text);
        }
    });

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action.clone()))
    };
    // A language's words are fetched the first time they are wanted (the switch says it is
    // busy meanwhile); if they cannot be had, the page stays as it is (the reason is in the
    // console).
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang| {
            let state = state.clone();
            words::after_words(lang, LANG_SWITCH_ID, move |ready| {
                if ready {
                    state.dispatch(Action::SetLang(lang));
                }
            });
        })
    };
    // The questions' words were asked for at start-up; on a slow network Start says it is
    // busy until they are here. If they cannot be had, the next screen says so. The screens
    // after the result are asked for now, to be here by the time the result is.
    let on_start = {
        let state = state.clone();
        Callback::from(move |()| {
            let state = state.clone();
            later::request();
            words::after_words(lang, START_ID, move |_| state.dispatch(Action::Start));
        })
    };
    // A result shown before its keeping panel arrived shows it once it does.
    {
        let redraw = redraw.clone();
        use_effect_with(state.screen.clone(), move |screen| {
            if *screen == Screen::Result && later::get().is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    if later::ensure().await {
                        redraw.force_update();
                    }
                });
            }
        });
    }
    let on_retry = Callback::from(move |()| {
        let redraw = redraw.clone();
        words::after_words(lang, RETRY_ID, move |_| {
            later::after_later(RETRY_ID, move |_| redraw.force_update())
        });
    });
    let on_plan = {
        let state = state.clone();
        Callback::from(move |()| {
            let state = state.clone();
            later::after_later(PLAN_ID, move |_| state.dispatch(Action::OpenPlan));
        })
    };

    let views = later::get();
    let body = match state.screen {
        Screen::Welcome => welcome(&WelcomeProps { lang, on_start }),
        _ if !i18n::is_ready(lang) => not_loaded(lang, on_retry),
        Screen::Step(index) => html! { <StepForm key={ index } state={ state.clone() } {index} /> },
        Screen::Result => {
            let assessment = state.assessment();
            let first = state.visible_steps().first().copied().unwrap_or(0);
            result_screen(&ResultProps {
                lang,
                assessment,
                on_plan: Some(on_plan),
                on_edit: dispatch(Action::EditStep(first)),
                on_restart: dispatch(Action::Restart),
            })
        }
        Screen::Plan | Screen::Summary => match views {
            None => not_loaded(lang, on_retry),
            Some(v) if state.screen == Screen::Plan => (v.plan)(&state),
            Some(v) => (v.summary)(&state),
        },
    };
    let keep = (matches!(state.screen, Screen::Result | Screen::Plan) && i18n::is_ready(lang))
        .then_some(views)
        .flatten()
        .map(|v| (v.keep)(&state));
    let notice_html = state.notice.as_ref().map(|n| notice_box(&state, n));

    html! {
        <div class="app">
            <a class="skip-link no-print" href="#main">{ t(lang, "app.skip") }</a>
            { topbar(&TopbarProps { lang, on_lang, clinic: state.clinic.clone() }) }
            if state.update_ready {
                <div class="update-banner no-print" role="status">
                    <span>{ t(lang, "update.available") }</span>
                    <button type="button" class="button secondary" onclick={ Callback::from(|_| platform::activate_update()) }>
                        { t(lang, "update.refresh") }
                    </button>
                </div>
            }
            if props.check_config {
                { config_panel(lang, &props.config_problems) }
            } else if !props.config_problems.is_empty() {
                <p class="config-notice no-print">{ t(lang, "config.notice") }</p>
            }
            <main id="main">{ notice_html }{ body }{ keep }</main>
            <footer class="footer no-print">{ t(lang, "footer.privacy") }</footer>
        </div>
    }
}

/// The id of the "Try again" button of `not_loaded`.
const RETRY_ID: &str = "retry-words";

/// In place of a screen whose words or code could not be fetched (the network failed between
/// the app and the rest of it): what happened, and a way to try again. Nothing entered is
/// lost.
fn not_loaded(lang: Lang, on_retry: Callback<()>) -> Html {
    html! {
        <section class="card" aria-labelledby={ state::HEADING_ID } role="alert">
            <h1 id={ state::HEADING_ID } tabindex="-1">{ t(lang, "words.missing.title") }</h1>
            <p>{ t(lang, "words.missing.body") }</p>
            <div class="actions">
                <button type="button" class="button primary" id={ RETRY_ID }
                    onclick={ on_retry.reform(|_| ()) }>{ t(lang, "words.missing.retry") }</button>
            </div>
        </section>
    }
}

/// For the clinic's web person (`?check-config`): every problem in the clinic file, or a clear
/// "none". The problems are in English, for whoever maintains the file.
fn config_panel(lang: Lang, problems: &[String]) -> Html {
    html! {
        <section class="config-panel card no-print" aria-labelledby="config-heading">
            <h2 id="config-heading">{ t(lang, "config.panel.title") }</h2>
            if problems.is_empty() {
                <p>{ t(lang, "config.panel.none") }</p>
            } else {
                <p>{ t(lang, "config.panel.intro") }</p>
                <ul>{ for problems.iter().map(|p| html! { <li><code>{ p.clone() }</code></li> }) }</ul>
            }
        </section>
    }
}

/// The document title names the screen first, so a tab or screen reader tells them apart.
pub fn page_title(lang: Lang, screen: &Screen) -> String {
    let name = t(lang, "app.name");
    let screen_key = match screen {
        Screen::Welcome => return name.to_string(),
        Screen::Step(_) => "title.questions",
        Screen::Result => "title.result",
        Screen::Plan => "title.plan",
        Screen::Summary => "title.summary",
    };
    format!("{} – {}", t(lang, screen_key), name)
}

/// Reads the clinic's configuration, then mounts the app on the page body.
pub fn start() {
    wasm_bindgen_futures::spawn_local(boot::start());
}

type State = UseReducerHandle<AppState>;

fn notice_box(state: &State, shown: &Notice) -> Html {
    let saved = matches!(shown, Notice::Saved { .. });
    let on_close = {
        let state = state.clone();
        Callback::from(move |()| {
            // "Start fresh" removes the unreadable data; closing a link's message keeps all.
            if saved {
                platform::forget(saving::STORAGE_KEY);
            }
            state.dispatch(Action::DismissNotice);
        })
    };
    let raw = match shown {
        Notice::Saved { raw, .. } => raw.clone(),
        Notice::Link(_) => String::new(),
    };
    let on_download = Callback::from(move |()| {
        let _ = platform::download("careplanner-saved-data.json", "application/json", &raw);
    });
    notice(&NoticeProps {
        lang: state.lang,
        notice: shown,
        on_close,
        on_download,
    })
}
