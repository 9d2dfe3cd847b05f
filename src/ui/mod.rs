//! The thin shell: Yew components that turn events into actions and state into HTML.
//! `platform` is the one module that touches browser APIs.

pub mod components;
pub mod platform;
pub mod state;

use crate::domain::i18n::{t, Lang};
use chrono::NaiveDate;
use components::plan_screen::PlanScreen;
use components::result::{result_screen, ResultProps};
use components::step_form::StepForm;
use components::topbar::{topbar, TopbarProps};
use components::welcome::{welcome, WelcomeProps};
use state::{Action, AppState, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
    pub today: NaiveDate,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| AppState::new(props.lang, props.today));
    let lang = state.lang;

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

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action.clone()))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Action::SetLang(l)))
    };

    let body = match state.screen {
        Screen::Welcome => welcome(&WelcomeProps {
            lang,
            on_start: dispatch(Action::Start),
        }),
        Screen::Step(index) => html! { <StepForm key={ index } state={ state.clone() } {index} /> },
        Screen::Result => {
            let assessment = state.assessment();
            let first = state.visible_steps().first().copied().unwrap_or(0);
            result_screen(&ResultProps {
                lang,
                assessment,
                on_plan: Some(dispatch(Action::OpenPlan)),
                on_edit: dispatch(Action::EditStep(first)),
                on_restart: dispatch(Action::Restart),
            })
        }
        Screen::Plan => html! { <PlanScreen state={ state.clone() } /> },
    };

    html! {
        <div class="app">
            <a class="skip-link no-print" href="#main">{ t(lang, "app.skip") }</a>
            { topbar(&TopbarProps { lang, on_lang }) }
            <main id="main">{ body }</main>
            <footer class="footer no-print">{ t(lang, "footer.privacy") }</footer>
        </div>
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
    };
    format!("{} – {}", t(lang, screen_key), name)
}

/// Mounts the app on the page body, in the browser's language when we speak it.
pub fn start() {
    let lang = platform::browser_language()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let props = AppProps {
        lang,
        today: platform::today(),
    };
    yew::Renderer::<App>::with_props(props).render();
}
