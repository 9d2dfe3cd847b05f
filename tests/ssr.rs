//! Server-side rendering tests: the UI's HTML for a given state, without a browser.

use careplanner::domain::i18n::Lang;
use careplanner::ui::{App, AppProps};
use chrono::NaiveDate;

async fn render_app(lang: Lang) -> String {
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    yew::ServerRenderer::<App>::with_props(move || AppProps { lang, today })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn first_screen_says_what_it_is_that_it_is_private_and_who_decides() {
    let cases = [
        (
            Lang::En,
            [
                "Microneedling care planner",
                "stay on this device",
                "not medical advice",
                "Start",
            ],
        ),
        (
            Lang::Es,
            [
                "Planificador de cuidados",
                "se quedan en este dispositivo",
                "no es un consejo médico",
                "Empezar",
            ],
        ),
    ];
    for (lang, expected) in cases {
        let html = render_app(lang).await;
        for text in expected {
            assert!(html.contains(text), "{lang:?}: missing {text:?} in {html}");
        }
        assert!(
            html.contains(r#"<h1 id="screen-heading" tabindex="-1">"#),
            "{lang:?}: the heading must take focus"
        );
    }
}

#[tokio::test]
async fn language_switch_marks_the_current_language() {
    let html = render_app(Lang::Es).await;
    assert!(html.contains(r#"lang="es" aria-pressed="true""#), "{html}");
    assert!(html.contains(r#"lang="en" aria-pressed="false""#), "{html}");
}
