//! What the person did on the first step the shell drew ahead of the app's module
//! (`ui::first_step`), the app takes over. That the drawn step is the app's own markup, on any
//! day and for any clinic without questions of its own, is `tests/first_screen_page.rs`'s.

use careplanner::domain::answers::Value;
use careplanner::ui::first_step::Handed;
use careplanner::ui::ids::{field_id, REMEMBER_STEP_ID};
use careplanner::ui::state::AppState;
use common::date;

mod common;

fn started() -> AppState {
    let mut state = AppState::new(date(2026, 11, 21));
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

/// The app takes the step over as an action, once it is on the page (it draws off the page
/// first, while the drawn step stays live): the same as at the start, and only on the step.
#[test]
fn taking_the_step_over_is_an_action_of_the_journey() {
    use careplanner::ui::state::Action;
    use std::rc::Rc;
    use yew::Reducible;
    let age = field_id("age");
    let given = Rc::new(handed(&[(&age, "41")], true, Some(&age)));
    let reduced = Rc::new(started()).reduce(Action::TakeOver(given.clone()));
    let direct = started().take_over(&given);
    assert_eq!(reduced.screen, direct.screen);
    assert_eq!(reduced.answers, direct.answers);
    // A second hand-over does not move the journey on again.
    let later = reduced.clone().reduce(Action::TakeOver(given));
    assert_eq!(later.screen, reduced.screen);
}
