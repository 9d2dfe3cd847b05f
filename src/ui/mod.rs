//! The thin shell: Yew components that turn events into actions and state into HTML.
//! `platform` is the one module that touches browser APIs.

pub mod components;
pub mod platform;
pub mod state;

use crate::domain::i18n::{t, Lang};
use chrono::NaiveDate;
use components::topbar::Topbar;
use components::welcome::Welcome;
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

    // Keep the page's language and title in step with what is on screen, and move focus to
    // the new heading whenever the screen changes, so screen readers announce it.
    {
        let screen = state.screen.clone();
        use_effect_with((lang, screen), move |(lang, screen)| {
            platform::set_document_language(lang.code());
            platform::set_title(&page_title(*lang, screen));
        });
    }
    {
        let screen = state.screen.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(screen, move |_| {
            // On first load the browser keeps focus at the top of the page, as it should.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::scroll_to_top();
                platform::focus("screen-heading");
            }
        });
    }

    let on_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Action::SetLang(l)))
    };
    let on_start = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Start))
    };

    let body = match state.screen {
        Screen::Welcome => html! { <Welcome {lang} {on_start} /> },
        Screen::Step(_) | Screen::Result => html! {},
    };

    html! {
        <div class="app">
            <Topbar {lang} {on_lang} />
            <main id="main">{ body }</main>
            <footer class="footer">{ t(lang, "footer.privacy") }</footer>
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
