//! Saving, resuming and sharing in the journey's state machine, natively: where a resumed
//! person lands, what "forget" clears, what a link brings, and that unreadable saved data is
//! never overwritten.

mod common;

use careplanner::domain::answers::Value;
use careplanner::domain::i18n::{lookup, Lang};
use careplanner::domain::protocol::Protocol;
use careplanner::domain::saved::{self, LoadError};
use careplanner::domain::share::{self, ShareError};
use careplanner::ui::saving::{share_link, stored_text, to_saved};
use careplanner::ui::state::{Action, AppState, Notice, Screen};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::Reducible;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

fn fresh() -> Rc<AppState> {
    Rc::new(AppState::new(today()))
}

fn run(state: Rc<AppState>, actions: &[Action]) -> Rc<AppState> {
    actions.iter().fold(state, |s, a| s.reduce(a.clone()))
}

/// From the first screen to the result, answering "nothing to report" everywhere.
fn to_result() -> Rc<AppState> {
    let s = common::answer_every_step(run(fresh(), &[Action::Start]));
    assert_eq!(s.screen, Screen::Result);
    s
}

fn boot(stored: Option<&str>, fragment: Option<&str>) -> Rc<AppState> {
    fresh().reduce(Action::Boot {
        saved: stored.map(str::to_string),
        fragment: fragment.map(str::to_string),
    })
}

#[test]
fn saving_is_off_by_default_and_nothing_is_written_then() {
    let s = to_result();
    assert!(!s.remember);
    assert_eq!(stored_text(&s, Lang::En), None);
    let on = s.reduce(Action::SetRemember(true));
    assert!(stored_text(&on, Lang::En).is_some());
}

#[test]
fn a_saved_plan_resumes_on_the_plan_with_language_answers_and_schedule() {
    let planned = run(to_result(), &[Action::OpenPlan, Action::SetRemember(true)]);
    let text = stored_text(&planned, Lang::Es).unwrap();
    let resumed = boot(Some(&text), None);
    assert_eq!(resumed.screen, Screen::Plan);
    assert_eq!(resumed.opened_in, Some(Lang::Es));
    assert_eq!(resumed.answers, planned.answers);
    assert_eq!(resumed.schedule, planned.schedule);
    assert!(resumed.remember, "saving stays on after a resume");
    assert_eq!(resumed.notice, None);
}

#[test]
fn a_finished_screening_without_a_schedule_resumes_on_the_result() {
    let s = to_result().reduce(Action::SetRemember(true));
    assert_eq!(
        boot(stored_text(&s, Lang::En).as_deref(), None).screen,
        Screen::Result
    );
}

#[test]
fn an_unfinished_screening_resumes_on_the_first_step_with_a_missing_answer() {
    let s = run(
        fresh(),
        &[
            Action::Start,
            Action::Answer("age", Some(Value::Number(40.0))),
            Action::SetRemember(true),
        ],
    );
    let resumed = boot(stored_text(&s, Lang::En).as_deref(), None);
    let Screen::Step(step) = resumed.screen else {
        panic!("expected a step, got {:?}", resumed.screen);
    };
    assert!(!resumed.step_errors(step).is_empty());
    assert!(resumed.visible_steps()[..]
        .iter()
        .take_while(|&&i| i < step)
        .all(|&i| resumed.step_errors(i).is_empty()));
}

#[test]
fn forget_turns_saving_off_and_clears_everything() {
    let s = run(
        to_result(),
        &[Action::OpenPlan, Action::SetRemember(true), Action::Forget],
    );
    assert!(!s.remember);
    assert_eq!(stored_text(&s, Lang::En), None);
    assert_eq!(s.screen, Screen::Welcome);
    assert!(s.answers.0.is_empty());
    assert_eq!(s.schedule, None);
}

#[test]
fn starting_again_keeps_the_choice_to_save() {
    let s = run(to_result(), &[Action::SetRemember(true), Action::Restart]);
    assert!(s.remember);
    let resumed = boot(stored_text(&s, Lang::En).as_deref(), None);
    assert_eq!(resumed.screen, Screen::Welcome);
}

#[test]
fn unreadable_saved_data_gives_a_notice_and_is_never_overwritten() {
    let newer = r#"{"format":"careplanner-saved","version":99,"lang":"en","answers":{}}"#;
    for (text, error) in [
        ("{not json", "saved.error.corrupt"),
        (newer, "saved.error.newer"),
        (r#"{"other":"app"}"#, "saved.error.not_ours"),
    ] {
        let s = boot(Some(text), None);
        assert_eq!(
            s.notice,
            Some(Notice::Saved {
                key: error,
                raw: text.to_string()
            })
        );
        assert_eq!(s.screen, Screen::Welcome);
        // Turning saving on is refused until the person chooses, so nothing is written.
        let s = run(s, &[Action::SetRemember(true), Action::Start]);
        assert_eq!(stored_text(&s, Lang::En), None);
        let fresh_start = run(s, &[Action::DismissNotice, Action::SetRemember(true)]);
        assert!(stored_text(&fresh_start, Lang::En).is_some());
    }
}

#[test]
fn a_share_link_restores_the_plan_and_does_not_turn_saving_on() {
    let planned = run(to_result(), &[Action::OpenPlan]);
    let link = share_link(&planned, Lang::Es, "https://example.org/app/");
    let fragment = link.split_once('#').unwrap().1;
    let opened = boot(None, Some(fragment));
    assert_eq!(opened.screen, Screen::Plan);
    assert_eq!(opened.opened_in, Some(Lang::Es));
    assert_eq!(opened.answers, planned.answers);
    assert_eq!(opened.schedule, planned.schedule);
    assert!(!opened.remember);
    assert_eq!(
        opened.plan(&opened.assessment()),
        planned.plan(&planned.assessment()),
        "the same plan, the same dates"
    );
}

#[test]
fn a_link_on_a_device_with_saved_data_leaves_the_saved_copy_alone() {
    let saved_state = to_result().reduce(Action::SetRemember(true));
    let text = stored_text(&saved_state, Lang::En).unwrap();
    let shared = run(to_result(), &[Action::OpenPlan]);
    let fragment = share::encode_fragment(&to_saved(&shared, Lang::Es), &Protocol::builtin());
    let s = boot(Some(&text), Some(&fragment));
    assert_eq!(s.opened_in, Some(Lang::Es));
    assert!(!s.remember);
    assert_eq!(stored_text(&s, Lang::En), None);
}

#[test]
fn a_damaged_link_gives_its_message_and_the_normal_start() {
    let planned = run(to_result(), &[Action::OpenPlan]);
    let fragment = share::encode_fragment(&to_saved(&planned, Lang::En), &Protocol::builtin());
    let mut tampered = fragment.clone().into_bytes();
    let mid = tampered.len() / 2;
    tampered[mid] = if tampered[mid] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    for (fragment, key) in [
        (tampered.as_str(), "share.error.checksum"),
        (&fragment[..8], "share.error.truncated"),
        ("not*base64", "share.error.not_base64"),
    ] {
        let s = boot(None, Some(fragment));
        assert_eq!(s.notice, Some(Notice::Link(key)), "{fragment}");
        assert_eq!(s.screen, Screen::Welcome);
        assert!(s.answers.0.is_empty());
        assert_eq!(s.reduce(Action::DismissNotice).notice, None);
    }
    // The app's own anchors and other tools' `key=value` fragments are not links.
    for fragment in [
        "",
        "main",
        "#screen-heading",
        "q-age",
        "wbg_style=display-none",
    ] {
        let s = boot(None, Some(fragment));
        assert_eq!(
            (s.notice.clone(), s.screen.clone()),
            (None, Screen::Welcome),
            "{fragment}"
        );
    }
}

#[test]
fn the_summary_opens_from_the_plan_and_back_returns_there() {
    let s = run(to_result(), &[Action::OpenPlan, Action::OpenSummary]);
    assert_eq!(s.screen, Screen::Summary);
    assert_eq!(s.reduce(Action::Back).screen, Screen::Plan);
    let s = run(to_result(), &[Action::OpenSummary, Action::Back]);
    assert_eq!(s.screen, Screen::Result);
}

#[test]
fn the_share_panel_toggles_and_forgets_the_copy_status() {
    let s = run(
        to_result(),
        &[Action::ToggleShare, Action::LinkCopied(true)],
    );
    assert!(s.share_open);
    assert_eq!(s.link_copied, Some(true));
    let closed = s.reduce(Action::ToggleShare);
    assert!(!closed.share_open);
    assert_eq!(closed.link_copied, None);
}

/// Keys the UI builds from an error's `key()` or picks at run time, which the literal-key
/// scan in `i18n_coverage.rs` cannot see.
#[test]
fn every_message_key_of_saving_and_sharing_is_translated() {
    let share_errors = [
        ShareError::Empty,
        ShareError::NotBase64,
        ShareError::Truncated,
        ShareError::ChecksumMismatch,
        ShareError::UnknownVersion,
        ShareError::OtherProtocol,
        ShareError::Malformed {
            detail: String::new(),
        },
    ];
    let load_errors = [
        LoadError::Corrupt {
            detail: String::new(),
        },
        LoadError::NewerVersion {
            found: 2,
            supported: 1,
        },
        LoadError::NotOurs,
    ];
    let keys = share_errors
        .iter()
        .map(ShareError::key)
        .chain(load_errors.iter().map(LoadError::key))
        .chain(["share.copied", "share.copy_failed", "title.summary"]);
    for key in keys {
        for lang in Lang::ALL {
            assert!(lookup(lang, key).is_some(), "{key} ({lang:?})");
        }
    }
    // The saved notice's text comes from decode itself, so check that path end to end.
    assert!(saved::decode("[]").is_err());
}

#[test]
fn forgetting_in_another_tab_stops_saving_here_and_says_so() {
    let saving = run(to_result(), &[Action::SetRemember(true)]);
    assert!(stored_text(&saving, Lang::En).is_some());
    let stopped = saving.clone().reduce(Action::StoppedElsewhere);
    assert!(!stopped.remember);
    assert_eq!(stopped.notice, Some(Notice::StoppedElsewhere));
    // Nothing is written from here on, whatever the person does next in this tab.
    assert_eq!(stored_text(&stopped, Lang::En), None);
    let later = run(
        stopped,
        &[
            Action::EditStep(0),
            Action::Answer("age", Some(Value::Number(50.0))),
        ],
    );
    assert_eq!(stored_text(&later, Lang::En), None);
    // The answers of this tab are still in memory.
    assert_eq!(later.answers.get("age"), Some(&Value::Number(50.0)));
    for key in ["save.stopped.title", "save.stopped.body"] {
        for lang in Lang::ALL {
            assert!(lookup(lang, key).is_some(), "{key} in {lang:?}");
        }
    }
    // A tab that was not saving has nothing to stop and shows nothing.
    let quiet = to_result();
    let same = quiet.clone().reduce(Action::StoppedElsewhere);
    assert!(Rc::ptr_eq(&quiet, &same));
}

/// A plan kept before the answers changed to a wait with no date (now pregnant) reopens on the
/// result, and asking for the plan there does nothing: a postponement is not a booking.
#[test]
fn a_kept_plan_that_now_waits_without_a_date_reopens_on_the_result() {
    let planned = run(
        to_result(),
        &[
            Action::OpenPlan,
            Action::SetRemember(true),
            Action::Answer("pregnant_or_breastfeeding", Some(Value::Bool(true))),
        ],
    );
    assert!(planned.schedule.is_some());
    let resumed = boot(stored_text(&planned, Lang::En).as_deref(), None);
    assert_eq!(resumed.screen, Screen::Result);
    assert_eq!(resumed.reduce(Action::OpenPlan).screen, Screen::Result);
}
