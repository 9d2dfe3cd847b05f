//! The thin shell: Yew components that turn events into actions and state into HTML.
//! `platform` is the one module that touches browser APIs. `shell` draws the page around the
//! screens and the first screen without Yew; the Yew app (`App`) draws the rest in `<main>`.

mod app_part;
mod boot;
pub mod components;
pub mod configure;
pub mod first_step;
pub mod frame;
pub mod ids;
pub mod later;
mod lazy;
pub mod markup;
pub mod navigation;
pub mod page;
pub mod platform;
pub mod saving;
pub mod shell;
pub mod state;
mod words;

use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{self, t, Lang};
use chrono::NaiveDate;
use components::keep::{notice, NoticeProps};
use components::result::{result_screen, ResultProps};
use components::step_form::{StepCallbacks, StepForm, StepFormProps};
use components::welcome::welcome;
use frame::not_loaded;
use ids::{HEADING_ID, PLAN_ID, RETRY_ID, START_ID};
use later::LATER;
use page::{PageAction, PageLink};
use state::{Action, AppState, Notice, Screen};
use std::rc::Rc;
use yew::prelude::*;

/// What the page gives the app: the page holds the language and what has arrived, and hears
/// from the app through `page`.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
    pub today: NaiveDate,
    /// The clinic's configuration; the default is the app without a clinic.
    pub clinic: Rc<ClinicConfig>,
    /// Opens on the first question (Start was pressed on the shell's first screen).
    pub started: bool,
    /// How many times Start was pressed on the app's own first screen (after starting over)
    /// and its words were had: each one starts the journey.
    pub starts: u32,
    /// The language's words are here (they change no state: the screen is drawn again).
    pub words_ready: bool,
    /// The plan's module is here, likewise.
    pub later_ready: bool,
    /// What the person did on the first step the shell drew before the app was here.
    pub handed: Option<Rc<first_step::Handed>>,
    pub page: PageLink,
}

impl AppProps {
    /// The app without a clinic and without a page around it, as the rendering tests draw it.
    pub fn new(lang: Lang, today: NaiveDate) -> Self {
        AppProps {
            lang,
            today,
            clinic: Rc::default(),
            started: false,
            starts: 0,
            words_ready: i18n::is_ready(lang),
            later_ready: LATER.get().is_some(),
            handed: None,
            page: PageLink::none(),
        }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        let mut state = AppState::with_clinic(props.today, props.clinic.clone());
        if props.started {
            state.start();
        }
        match &props.handed {
            Some(handed) => state.take_over(handed),
            None => state,
        }
    });
    // The hand-over the app was mounted with, taken over above.
    let mounted_with = use_mut_ref(|| props.handed.clone());
    let lang = props.lang;
    let page = props.page.clone();

    // The page hears when the app has drawn: an app drawn off the page (the first step drawn
    // ahead stayed live meanwhile) is then put in its place.
    {
        let page = page.clone();
        use_effect_with((), move |_| page.send(PageAction::AppDrawn));
    }
    // What was done on the first step drawn ahead, handed over once the app drawn off the
    // page is shown (at mount, it was taken over above).
    {
        let state = state.clone();
        use_effect_with(props.handed.clone(), move |handed| {
            if let Some(handed) = handed {
                if mounted_with.replace(None).as_ref() != Some(handed) {
                    state.dispatch(Action::TakeOver(handed.clone()));
                }
            }
        });
    }

    // Keep the title in step with what is on screen (the page draws the frame).
    use_effect_with((lang, state.screen.clone()), move |(lang, screen)| {
        platform::set_title(&page_title(*lang, screen));
    });
    // A journey opened from this device or a link is in its own language: the page follows.
    {
        let page = page.clone();
        use_effect_with(state.opened_in, move |opened_in| {
            if let Some(lang) = opened_in {
                page.send(PageAction::JourneyIn(*lang));
            }
        });
    }
    // Start on the app's own first screen, once the page has what it needs.
    {
        let state = state.clone();
        use_effect_with(props.starts, move |starts| {
            if *starts > 0 {
                state.dispatch(Action::Start);
            }
        });
    }
    // Move focus where the last action asked: the new heading on a screen change (so screen
    // readers announce it), or the first missing answer after Next.
    use_effect_with(state.focus.clone(), |focus| {
        if let Some(focus) = focus {
            if focus.id == HEADING_ID {
                platform::scroll_to_top();
            }
            platform::focus(&focus.id);
        }
    });

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
    // Each screen gets a history entry, so the browser's Back goes one screen back with the
    // answers kept, and Forward returns; the entries hold this page load's number and the
    // screen's, nothing else.
    let visits = use_mut_ref(navigation::Visits::default);
    let page_load = use_mut_ref(|| 0.0);
    {
        let (state, visits, page_load) = (state.clone(), visits.clone(), page_load.clone());
        use_effect_with((), move |()| {
            let page = platform::page_load_id();
            *page_load.borrow_mut() = page;
            platform::on_history_move(page, move |entry| {
                let moved = visits.borrow_mut().moved_to(entry);
                if let Some(screen) = moved {
                    state.dispatch(Action::Show(screen));
                }
            });
        });
    }
    use_effect_with(state.screen.clone(), move |screen| {
        let arrived = visits.borrow_mut().arrive(screen);
        if let Some(entry) = arrived {
            platform::history_push(*page_load.borrow(), entry);
        }
    });
    // Closing or reloading the page with answers that are not saved asks first.
    {
        let unsaved = use_mut_ref(|| false);
        *unsaved.borrow_mut() = state.unsaved();
        use_effect_with((), move |()| {
            platform::ask_before_leaving(move || *unsaved.borrow());
        });
    }
    // Another tab that forgets everything (or turns saving off) stops the saving here too;
    // otherwise this tab's next change would write the answers back.
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            platform::on_storage_removed(saving::STORAGE_KEY, move || {
                state.dispatch(Action::StoppedElsewhere)
            });
        });
    }
    // Write on every change while saving is on, and never otherwise.
    use_effect_with(saving::stored_text(&state, lang), |text| {
        if let Some(text) = text {
            platform::store(saving::STORAGE_KEY, text);
        }
    });

    // Start and Try again are the page's (one path each, whoever draws the button).
    let on_start = {
        let page = page.clone();
        Callback::from(move |()| page.send(PageAction::StartPressed))
    };
    let on_retry = {
        let page = page.clone();
        Callback::from(move |()| page.send(PageAction::TryAgain))
    };
    // A result shown before its keeping panel arrived shows it once it does.
    use_effect_with(state.screen.clone(), move |screen| {
        if *screen == Screen::Result && LATER.get().is_none() {
            page.send(PageAction::LaterWanted);
        }
    });
    let on_plan = {
        let state = state.clone();
        Callback::from(move |()| {
            let state = state.clone();
            LATER.after(PLAN_ID, move |_| state.dispatch(Action::OpenPlan));
        })
    };

    let views = LATER.get();
    let body = match state.screen {
        Screen::Welcome => markup_with_button(welcome(lang), START_ID, on_start),
        _ if !i18n::is_ready(lang) => markup_with_button(not_loaded(lang), RETRY_ID, on_retry),
        Screen::Step(index) => {
            let on_answer = {
                let state = state.clone();
                Callback::from(move |(id, value)| state.dispatch(Action::Answer(id, value)))
            };
            let props = StepFormProps::of(
                &state,
                lang,
                index,
                StepCallbacks {
                    on_answer,
                    on_next: send(&state, Action::Next),
                    on_back: send(&state, Action::Back),
                    on_remember: remember(&state),
                },
            );
            html! { <StepForm key={ index } ..props /> }
        }
        Screen::Result => {
            let assessment = state.assessment();
            let first = state.visible_steps().first().copied().unwrap_or(0);
            result_screen(&ResultProps {
                lang,
                assessment,
                settings: state.settings.clone(),
                clinic: state.clinic.clone(),
                on_plan: Some(on_plan),
                on_edit: send(&state, Action::EditStep(first)),
                on_restart: send(&state, Action::Restart),
            })
        }
        Screen::Plan | Screen::Summary => match views {
            None => markup_with_button(not_loaded(lang), RETRY_ID, on_retry),
            Some(v) if state.screen == Screen::Plan => (v.plan)(&state, lang),
            Some(v) => (v.summary)(&state, lang),
        },
    };
    let keep = (matches!(state.screen, Screen::Result | Screen::Plan) && i18n::is_ready(lang))
        .then_some(views)
        .flatten()
        .map(|v| (v.keep)(&state, lang));
    let notice_html = state.notice.as_ref().map(|n| notice_box(&state, lang, n));

    html! { <>{ notice_html }{ body }{ keep }</> }
}

/// A screen written as markup (see `markup`) whose one button, `button_id`, runs `on_click`.
fn markup_with_button(
    markup: markup::Markup,
    button_id: &'static str,
    on_click: Callback<()>,
) -> Html {
    let onclick = Callback::from(move |event: MouseEvent| {
        if platform::clicked_button_id(&event).as_deref() == Some(button_id) {
            on_click.emit(());
        }
    });
    html! { <div { onclick }>{ markup.into_html() }</div> }
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

/// Reads the clinic's configuration, then draws the first screen (or mounts the app on a
/// saved journey or a share link).
pub fn start() {
    wasm_bindgen_futures::spawn_local(boot::start());
}

type State = UseReducerHandle<AppState>;

/// A callback that sends `action` to the app's state.
fn send(state: &State, action: Action) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |()| state.dispatch(action.clone()))
}

/// A callback that sends the action `make` builds from what the component gives.
fn send_with<T: 'static>(state: &State, make: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(make(value)))
}

/// "Remember on this device" ticked or not; unticking removes the saved copy at once, before
/// the state forgets it.
fn remember(state: &State) -> Callback<bool> {
    let state = state.clone();
    Callback::from(move |on: bool| {
        if !on {
            platform::forget(saving::STORAGE_KEY);
        }
        state.dispatch(Action::SetRemember(on));
    })
}

fn notice_box(state: &State, lang: Lang, shown: &Notice) -> Html {
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
        _ => String::new(),
    };
    let on_unlock = match shown {
        Notice::Locked { fragment, .. } => unlock(state, fragment),
        _ => Callback::noop(),
    };
    let on_download = Callback::from(move |()| {
        let _ = platform::download("careplanner-saved-data.json", "application/json", &raw);
    });
    notice(&NoticeProps {
        lang,
        notice: shown,
        on_close,
        on_download,
        on_undo: send(state, Action::Undo),
        on_unlock,
    })
}

/// Opens a locked share link with the code typed: what it held is then read like any link.
fn unlock(state: &State, fragment: &str) -> Callback<()> {
    use crate::domain::share::sealed::{normalize_code, open_fragment};
    use ids::UNLOCK_CODE_ID;
    let (state, fragment) = (state.clone(), fragment.to_string());
    Callback::from(move |()| {
        let Some(code) = normalize_code(&platform::input_value(UNLOCK_CODE_ID)) else {
            state.dispatch(Action::UnlockFailed("share.locked.invalid"));
            return;
        };
        let Ok(sealed) = open_fragment(&fragment) else {
            state.dispatch(Action::UnlockFailed("share.locked.wrong"));
            return;
        };
        let state = state.clone();
        platform::set_busy(ids::UNLOCK_ID, true);
        wasm_bindgen_futures::spawn_local(async move {
            let opened = platform::unseal(&code, &sealed).await;
            platform::set_busy(ids::UNLOCK_ID, false);
            state.dispatch(match opened {
                Some(bytes) => Action::Boot {
                    saved: None,
                    fragment: Some(saving::fragment_of(&bytes)),
                },
                None => Action::UnlockFailed("share.locked.wrong"),
            });
        });
    })
}
