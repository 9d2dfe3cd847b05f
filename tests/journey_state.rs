//! The journey's state machine, natively: what each action does to the state.

use careplanner::domain::answers::Value;
use careplanner::ui::ids::{field_id, HEADING_ID};
use careplanner::ui::state::{Action, AppState, Screen};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::Reducible;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

fn run(actions: &[Action]) -> Rc<AppState> {
    actions
        .iter()
        .fold(Rc::new(AppState::new(today())), |s, a| s.reduce(a.clone()))
}

/// Answers every shown question of the current step with "nothing to report".
fn answer_current_step(state: Rc<AppState>) -> Rc<AppState> {
    let Screen::Step(index) = state.screen else {
        return state;
    };
    let mut state = state;
    for _ in 0..4 {
        let ctx = state.context();
        let questions = state.shown_questions(index, &ctx);
        let unanswered: Vec<_> = questions
            .into_iter()
            .filter(|q| state.answers.get(q.id).is_none())
            .collect();
        if unanswered.is_empty() {
            break;
        }
        for q in unanswered {
            let value = q
                .nothing_to_report()
                .unwrap_or_else(|| Value::Text("2026-01-01".into()));
            state = state.reduce(Action::Answer(q.id, Some(value)));
        }
    }
    state
}

#[test]
fn start_goes_to_the_first_step_and_asks_for_focus_on_its_heading() {
    let s = run(&[Action::Start]);
    assert_eq!(s.screen, Screen::Step(0));
    assert_eq!(s.focus.as_ref().map(|f| f.id.as_str()), Some(HEADING_ID));
}

#[test]
fn next_with_a_missing_answer_stays_and_focuses_the_first_missing_field() {
    let s = run(&[Action::Start, Action::Next]);
    assert_eq!(s.screen, Screen::Step(0));
    assert!(s.show_missing);
    let first_missing = s.step_errors(0)[0].question;
    assert_eq!(s.focus.as_ref().unwrap().id, field_id(first_missing));
    // Asking again moves focus again, even to the same field.
    let again = s.clone().reduce(Action::Next);
    assert_ne!(
        again.focus.as_ref().unwrap().nonce,
        s.focus.as_ref().unwrap().nonce
    );
}

#[test]
fn an_out_of_range_age_is_an_error_that_names_the_range_and_keeps_the_answer() {
    let s = run(&[
        Action::Start,
        Action::Answer("age", Some(Value::Number(400.0))),
        Action::Next,
    ]);
    let errors = s.step_errors(0);
    let age = errors
        .iter()
        .find(|e| e.question == "age")
        .expect("age is flagged");
    assert_eq!(age.key, "error.out_of_range");
    assert_eq!(
        s.answers.number("age"),
        Some(400.0),
        "the typed value is kept"
    );
}

#[test]
fn a_complete_journey_reaches_the_result_and_back_keeps_every_answer() {
    let mut s = run(&[Action::Start]);
    let mut seen = Vec::new();
    while let Screen::Step(i) = s.screen {
        seen.push(i);
        s = answer_current_step(s).reduce(Action::Next);
        assert!(seen.len() < 20, "the journey loops");
    }
    assert_eq!(s.screen, Screen::Result);
    assert!(
        seen.windows(2).all(|w| w[0] < w[1]),
        "steps go forward: {seen:?}"
    );
    let answers = s.answers.clone();
    let back = s.reduce(Action::Back);
    assert_eq!(back.screen, Screen::Step(*seen.last().unwrap()));
    assert_eq!(back.answers, answers);
}

#[test]
fn restart_forgets_the_answers() {
    let s = run(&[
        Action::Start,
        Action::Answer("age", Some(Value::Number(30.0))),
        Action::Restart,
    ]);
    assert_eq!(s.screen, Screen::Welcome);
    assert!(s.answers.get("age").is_none());
}

#[test]
fn a_follow_up_appears_only_when_its_answer_calls_for_it() {
    let step_of = |id: &str| {
        let s = run(&[]);
        let q = s.protocol.question(id).unwrap();
        s.protocol
            .steps
            .iter()
            .position(|st| st.id == q.step)
            .unwrap()
    };
    let index = step_of("isotretinoin_still_taking");
    let shown = |s: &AppState| {
        s.shown_questions(index, &s.context())
            .iter()
            .any(|q| q.id == "isotretinoin_still_taking")
    };
    let no = run(&[Action::Answer("isotretinoin", Some(Value::Bool(false)))]);
    let yes = run(&[Action::Answer("isotretinoin", Some(Value::Bool(true)))]);
    assert!(!shown(&no));
    assert!(shown(&yes));
}
