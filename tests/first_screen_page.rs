//! `index.html` carries the first screen and the first step, in both languages, in templates
//! its own script draws from while the app's code is on its way, and the shell draws the step
//! from on Start (`ui::first_step`). The markup is the shell's own frame and welcome, for a
//! clinic file with nothing but notes (the only file the script draws for), and the app's own
//! first step, rendered with Yew's server-side renderer, the same for any day and any clinic
//! without questions of its own. The test fails when the page's copy differs and rewrites it
//! with `UPDATE_DOCS=1`; it also checks that the script names the ids and the saved journey's
//! key the app uses.

use careplanner::domain::clinic::{parse_config, read_config, ClinicConfig};
use careplanner::domain::i18n::{t, words_file, Lang};
use careplanner::domain::protocol::Protocol;
use careplanner::ui::components::welcome::welcome;
use careplanner::ui::first_step::template_id;
use careplanner::ui::frame::{self, Frame};
use careplanner::ui::ids::{
    field_id, BACK_ID, HEADING_ID, LANG_SWITCH_ID, MAIN_ID, NEXT_ID, REMEMBER_STEP_ID, START_ID,
};
use careplanner::ui::saving::STORAGE_KEY;
use careplanner::ui::state::Screen;
use careplanner::ui::{page_title, App, AppProps};
use chrono::NaiveDate;
use common::date;
use std::rc::Rc;

mod common;

const PAGE: &str = "index.html";
const BEGIN: &str = "<!-- The first screen and the first step";
const END: &str = "<!-- End of the drawn screens. -->";

/// The app's first step for a fresh journey, as Yew renders it.
async fn first_step(lang: Lang, today: NaiveDate, clinic: &str) -> String {
    let (config, problems) = read_config(clinic);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(!config.adds_content(), "no content of its own");
    let clinic = clinic.to_string();
    yew::ServerRenderer::<App>::with_props(move || AppProps {
        started: true,
        clinic: Rc::new(parse_config(&clinic).0),
        ..AppProps::new(lang, today)
    })
    .hydratable(false)
    .render()
    .await
}

/// A clinic that sets everything but questions of its own.
const CLINIC: &str = r##"{"name": "Clínica Sol", "default_language": "es",
  "colors": {"accent": "#7a1f5c"}, "phone": "+1 555 0100",
  "settings": {"interval_days_default": 42}}"##;

/// The step the shell draws ahead, after checking it is the same on any day and for any
/// clinic without questions of its own, and that it has what the shell hands over.
async fn shared_first_step(lang: Lang) -> String {
    let markup = first_step(lang, date(2026, 11, 21), "{}").await;
    for (today, clinic) in [(date(2027, 2, 28), "{}"), (date(2026, 11, 21), CLINIC)] {
        assert_eq!(
            first_step(lang, today, clinic).await,
            markup,
            "{lang:?}: the first step depends on the day or the clinic ({today}, {clinic}), \
             so the shell cannot draw it ahead"
        );
    }
    let p = Protocol::builtin();
    for q in p.questions_in(p.steps[0].id) {
        let name = format!(r#"name="{}""#, field_id(q.id));
        assert!(markup.contains(&name), "{lang:?}: no control {name}");
    }
    for id in [NEXT_ID, BACK_ID, REMEMBER_STEP_ID, HEADING_ID] {
        assert!(
            markup.contains(&format!(r#"id="{id}""#)),
            "{lang:?}: no {id}"
        );
    }
    markup
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The templates the page's script draws from, for a clinic file that is only notes.
async fn templates(clinic: &ClinicConfig) -> String {
    let mut out = String::new();
    for lang in [Lang::En, Lang::Es] {
        let code = lang.code();
        let frame = Frame::plain(lang, clinic);
        let page = frame::skeleton(
            &frame::top(&frame).into_string(),
            &welcome(lang).into_string(),
            &frame::footer(lang, false).into_string(),
        );
        out.push_str(&format!(
            "  <template id=\"first-screen-{code}\" data-title=\"{}\">{page}</template>\n\
             \x20 <template id=\"{}\" data-title=\"{}\">{}</template>\n",
            attribute(t(lang, "app.name")),
            template_id(lang),
            attribute(&page_title(lang, &Screen::Step(0))),
            shared_first_step(lang).await,
        ));
    }
    out
}

#[tokio::test]
async fn the_page_carries_the_shells_first_screen_and_the_apps_first_step() {
    // The script draws only for a file whose every key is a note: the app reads it as no file.
    let notes = r#"{"_about": "This planner's clinic settings.", "_notes": ["anything"]}"#;
    let (clinic, problems) = read_config(notes);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(clinic, ClinicConfig::unread());
    let (clinic, _) = parse_config(notes);
    assert_eq!(clinic, ClinicConfig::default());

    let page = std::fs::read_to_string(PAGE).unwrap();
    let begin = page
        .find(BEGIN)
        .expect("index.html has the drawn screens' mark");
    let from = begin + page[begin..].find("-->\n").unwrap() + 4;
    let to = page
        .find(END)
        .expect("index.html has the drawn screens' end mark");
    let wanted = format!("{}{}  ", &page[..from], templates(&clinic).await) + &page[to..];
    if page != wanted {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(PAGE, &wanted).unwrap();
        } else {
            panic!("{PAGE}'s drawn screens are not the shell's; run `UPDATE_DOCS=1 cargo test --test first_screen_page`");
        }
    }

    // The page's scripts, before them and after, name what the app names.
    let script = wanted[..begin].to_string() + &wanted[wanted.find(END).unwrap()..];
    for (what, name) in [
        ("the saved journey's key", STORAGE_KEY),
        ("Start", START_ID),
        ("Back", BACK_ID),
        ("Next", NEXT_ID),
        ("the heading", HEADING_ID),
        ("the language switch", LANG_SWITCH_ID),
        ("<main>", MAIN_ID),
        ("the first screen's templates", "first-screen-"),
        (
            "the first step's templates",
            template_id(Lang::En).trim_end_matches(Lang::En.code()),
        ),
    ] {
        assert!(
            script.contains(&format!("\"{name}\"")) || script.contains(&format!("\"#{name}\"")),
            "the page's script does not name {what} (\"{name}\")"
        );
    }
    // It asks for the words of the language it draws in as `<code>.json`.
    assert!(script.contains(r#"early.lang + ".json""#));
    for lang in [Lang::En, Lang::Es] {
        assert_eq!(words_file(lang), format!("{}.json", lang.code()));
    }
}
