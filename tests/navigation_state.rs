//! Back and Forward through the journey, natively: the history entries the app pushes
//! (`navigation::Visits`), the screens the browser's moves open (`Action::Show`), and the undo
//! offered by "Start again" and "Forget everything".

use careplanner::domain::answers::Value;
use careplanner::domain::i18n::{lookup, Lang};
use careplanner::ui::navigation::Visits;
use careplanner::ui::state::{Action, AppState, Notice, Screen};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::Reducible;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

fn run(state: Rc<AppState>, actions: &[Action]) -> Rc<AppState> {
    actions.iter().fold(state, |s, a| s.reduce(a.clone()))
}

fn fresh() -> Rc<AppState> {
    Rc::new(AppState::new(today()))
}

/// Answers every shown question of the current step with "nothing to report", then Next.
fn answer_and_next(mut state: Rc<AppState>) -> Rc<AppState> {
    let Screen::Step(index) = state.screen else {
        return state;
    };
    for _ in 0..4 {
        let ctx = state.context();
        let open: Vec<_> = state
            .shown_questions(index, &ctx)
            .into_iter()
            .filter(|q| state.answers.get(q.id).is_none())
            .collect();
        for q in open {
            let value = q
                .nothing_to_report()
                .unwrap_or_else(|| Value::Text("2026-01-01".into()));
            state = state.reduce(Action::Answer(q.id, Some(value)));
        }
    }
    state.reduce(Action::Next)
}

#[test]
fn each_new_screen_is_a_new_entry_and_a_move_back_or_forward_pushes_nothing() {
    let mut visits = Visits::new();
    let (one, two, result) = (Screen::Step(0), Screen::Step(1), Screen::Result);
    assert_eq!(
        visits.arrive(&Screen::Welcome),
        None,
        "the page's own entry"
    );
    assert_eq!(visits.arrive(&one), Some(1));
    assert_eq!(visits.arrive(&two), Some(2));
    assert_eq!(visits.arrive(&result), Some(3));
    // Back twice, then the app shows what the browser asked for: nothing to push.
    assert_eq!(visits.moved_to(Some(2)), Some(two.clone()));
    assert_eq!(visits.arrive(&two), None);
    assert_eq!(visits.moved_to(Some(1)), Some(one.clone()));
    // Forward again.
    assert_eq!(visits.moved_to(Some(2)), Some(two.clone()));
    // Back to the first entry, the page's own (no state).
    assert_eq!(visits.moved_to(None), Some(Screen::Welcome));
    // A new screen from there drops the entries ahead, as the browser does.
    assert_eq!(visits.arrive(&one), Some(1));
    assert_eq!(visits.moved_to(Some(2)), None, "entry 2 is gone");
    // An entry of an earlier load of this tab is none of this page's.
    assert_eq!(visits.moved_to(Some(40)), None);
}

#[test]
fn back_and_forward_keep_every_answer() {
    let mut s = fresh().reduce(Action::Start);
    let mut screens = vec![s.screen.clone()];
    while s.screen != Screen::Result {
        s = answer_and_next(s);
        screens.push(s.screen.clone());
    }
    let answers = s.answers.clone();
    // The browser's Back through every screen, then Forward to the result.
    for screen in screens.iter().rev().skip(1).chain([&Screen::Welcome]) {
        s = s.reduce(Action::Show(screen.clone()));
        assert_eq!(&s.screen, screen);
        assert_eq!(s.answers, answers);
    }
    for screen in &screens {
        s = s.reduce(Action::Show(screen.clone()));
        assert_eq!(&s.screen, screen);
    }
    assert_eq!(s.screen, Screen::Result);
    assert_eq!(s.answers, answers);
}

#[test]
fn a_history_entry_that_cannot_be_shown_opens_the_nearest_one_that_can() {
    // The plan before any dates were chosen: the result.
    let mut s = fresh().reduce(Action::Start);
    while s.screen != Screen::Result {
        s = answer_and_next(s);
    }
    let s = s.reduce(Action::Show(Screen::Plan));
    assert_eq!(s.screen, Screen::Result);
    // After Start again, the result's entry has no answers to show: the first screen.
    let s = run(s, &[Action::Restart, Action::Show(Screen::Result)]);
    assert_eq!(s.screen, Screen::Welcome);
}

#[test]
fn start_again_and_forget_everything_offer_undo() {
    let mut s = fresh().reduce(Action::Start);
    while s.screen != Screen::Result {
        s = answer_and_next(s);
    }
    let before = s.answers.clone();
    let cleared = s.clone().reduce(Action::Restart);
    assert!(cleared.answers.0.is_empty());
    assert_eq!(cleared.notice, Some(Notice::Cleared { forgot: false }));
    let back = cleared.reduce(Action::Undo);
    assert_eq!(back.answers, before);
    assert_eq!(back.screen, Screen::Result);
    assert_eq!(back.notice, None);

    let remembered = back.reduce(Action::SetRemember(true));
    let forgot = remembered.clone().reduce(Action::Forget);
    assert!(!forgot.remember && forgot.answers.0.is_empty());
    assert_eq!(forgot.notice, Some(Notice::Cleared { forgot: true }));
    let undone = forgot.clone().reduce(Action::Undo);
    assert_eq!(undone.answers, before);
    assert!(undone.remember, "undo puts back the choice to save too");
    // Closed: nothing to undo any more, and the answers are gone from memory.
    let closed = forgot.reduce(Action::DismissNotice);
    assert!(closed.undo.is_none());
    let nothing = closed.clone().reduce(Action::Undo);
    assert!(Rc::ptr_eq(&closed, &nothing));
    // Starting again with nothing answered clears nothing and offers nothing.
    assert_eq!(fresh().reduce(Action::Restart).notice, None);
    for key in ["clear.restarted", "clear.forgot", "clear.undo", "save.on"] {
        for lang in Lang::ALL {
            assert!(lookup(lang, key).is_some(), "{key} in {lang:?}");
        }
    }
}

#[test]
fn leaving_asks_first_only_with_answers_that_are_not_saved() {
    let s = fresh().reduce(Action::Start);
    assert!(!s.unsaved(), "nothing answered yet");
    let s = s.reduce(Action::Answer("age", Some(Value::Number(40.0))));
    assert!(s.unsaved());
    assert!(!s.clone().reduce(Action::SetRemember(true)).unsaved());
}
