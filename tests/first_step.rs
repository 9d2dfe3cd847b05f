//! The first step the shell draws ahead of the app's module (`ui::first_step`) is the app's
//! own: its markup is what the app renders for a fresh journey, here with Yew's server-side
//! renderer, the same for any day and any clinic without questions of its own. The test
//! fails when `src/ui/first_step/drawn.rs` differs and rewrites it with `UPDATE_DOCS=1`. And
//! what the person did on the drawn step, the app takes over.

use careplanner::domain::answers::Value;
use careplanner::domain::clinic::{parse_config, read_config};
use careplanner::domain::i18n::Lang;
use careplanner::domain::protocol::Protocol;
use careplanner::ui::first_step::{drawn, Handed};
use careplanner::ui::ids::{field_id, NEXT_ID, REMEMBER_STEP_ID};
use careplanner::ui::state::{AppState, Screen};
use careplanner::ui::{page_title, App, AppProps};
use chrono::NaiveDate;
use std::rc::Rc;

const FILE: &str = "src/ui/first_step/drawn.rs";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

async fn first_step(lang: Lang, today: NaiveDate, clinic: &str) -> String {
    let (config, problems) = read_config(clinic, &Protocol::builtin());
    assert!(problems.is_empty(), "{problems:?}");
    assert!(config.pending_content.is_empty(), "no content of its own");
    let clinic = clinic.to_string();
    yew::ServerRenderer::<App>::with_props(move || AppProps {
        started: true,
        clinic: Rc::new(parse_config(&clinic, &Protocol::builtin()).0),
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

#[tokio::test]
async fn the_drawn_step_is_the_apps_first_step_for_any_day_and_clinic() {
    let mut file = String::from(
        "//! Written by `tests/first_step.rs` (`UPDATE_DOCS=1 cargo test --test first_step`): do not edit.\n\nuse super::Drawn;\n",
    );
    for (lang, name) in [(Lang::En, "EN"), (Lang::Es, "ES")] {
        let markup = first_step(lang, day(2026, 11, 21), "{}").await;
        for (today, clinic) in [(day(2027, 2, 28), "{}"), (day(2026, 11, 21), CLINIC)] {
            assert_eq!(
                first_step(lang, today, clinic).await,
                markup,
                "{lang:?}: the first step depends on the day or the clinic ({today}, {clinic}), \
                 so the shell cannot draw it ahead"
            );
        }
        // The shell hands over what is filled in by the controls' names.
        let p = Protocol::builtin();
        for q in p.questions_in(p.steps[0].id) {
            let name = format!(r#"name="{}""#, field_id(q.id));
            assert!(markup.contains(&name), "{lang:?}: no control {name}");
        }
        for id in [NEXT_ID, REMEMBER_STEP_ID] {
            assert!(
                markup.contains(&format!(r#"id="{id}""#)),
                "{lang:?}: no {id}"
            );
        }
        let title = page_title(lang, &Screen::Step(0));
        file.push_str(&format!(
            "\npub const {name}: Drawn = Drawn {{\n    title: {title:?},\n    markup: {markup:?},\n}};\n"
        ));
    }
    let written = std::fs::read_to_string(FILE).unwrap();
    if written != file {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(FILE, &file).unwrap();
        } else {
            panic!("{FILE} is not the app's first step; run `UPDATE_DOCS=1 cargo test --test first_step`");
        }
    }
    // What the shell draws is what the file holds.
    assert_eq!(
        drawn(Lang::Es).title,
        page_title(Lang::Es, &Screen::Step(0))
    );
}

fn started() -> AppState {
    let mut state = AppState::new(day(2026, 11, 21));
    state.start();
    state
}

fn handed(entries: &[(&str, &str)], next: bool, focus: Option<&str>) -> Handed {
    Handed {
        entries: entries
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        focus: focus.map(str::to_string),
        next,
    }
}

#[test]
fn the_app_takes_over_what_was_done_on_the_drawn_step() {
    let age = field_id("age");
    let first = started().screen;

    // Typed, box ticked, still in the field: the answer and the box are kept, and the focus.
    let state = started().take_over(&handed(
        &[(&age, "34"), (REMEMBER_STEP_ID, "on")],
        false,
        Some(&age),
    ));
    assert_eq!(state.answers.get("age"), Some(&Value::Number(34.0)));
    assert!(state.remember);
    assert_eq!(state.screen, first);
    assert_eq!(state.focus.map(|f| f.id), Some(age.clone()));

    // Typed and Next pressed: on to the next step, focus on its heading.
    let state = started().take_over(&handed(&[(&age, "34")], true, Some(&age)));
    assert_ne!(state.screen, first, "Next was pressed");
    assert!(!state.remember);

    // Next with nothing typed: the same step, with what is missing, focus on the field.
    let state = started().take_over(&handed(&[], true, None));
    assert_eq!(state.screen, first);
    assert!(state.show_missing);
    assert_eq!(state.focus.map(|f| f.id), Some(age.clone()));

    // Not a number: kept as typed, so the person sees what they wrote.
    let state = started().take_over(&handed(&[(&age, "3 4")], false, None));
    assert_eq!(state.answers.get("age"), Some(&Value::Text("3 4".into())));

    // Nothing done: the app opens on the step as if it had drawn it.
    let fresh = started();
    let taken = started().take_over(&Handed::default());
    assert_eq!(
        (taken.screen, taken.answers, taken.focus),
        (fresh.screen, fresh.answers, fresh.focus)
    );
}
