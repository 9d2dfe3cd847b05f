//! The plan screen's own state, natively: the phone number a person types, the calendar's
//! form, and a kept plan that stays open once its first session is behind.

mod common;

use careplanner::domain::i18n::Lang;
use careplanner::ui::saving::stored_text;
use careplanner::ui::state::{Action, AppState, Screen};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::Reducible;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Through the screening ("nothing to report") to the plan, on `today`.
fn planned(today: NaiveDate) -> Rc<AppState> {
    let s = common::answer_every_step(Rc::new(AppState::new(today)).reduce(Action::Start));
    let s = s.reduce(Action::OpenPlan);
    assert_eq!(s.screen, Screen::Plan);
    s
}

#[test]
fn a_typed_phone_number_is_kept_only_when_it_looks_like_one() {
    let s = planned(d(2026, 11, 21));
    let cases = [
        ("+1 (555) 010-0123", Some("+1 (555) 010-0123")),
        ("  912 34 56 78 ", Some("912 34 56 78")),
        ("call me", None),
        ("", None),
        ("555-0100 ext", None),
        ("+1 555 0100 <script>", None),
    ];
    for (typed, kept) in cases {
        let next = s.clone().reduce(Action::SetPhone(typed.into()));
        assert_eq!(next.phone.as_deref(), kept, "{typed:?}");
    }
    // An empty field clears a number typed before.
    let typed = s.reduce(Action::SetPhone("555 0100".into()));
    assert_eq!(typed.reduce(Action::SetPhone(String::new())).phone, None);
}

#[test]
fn the_phone_number_is_stored_only_when_the_person_chose_to_remember() {
    let s = planned(d(2026, 11, 21)).reduce(Action::SetPhone("555 0100".into()));
    assert_eq!(stored_text(&s, Lang::En), None);
    let kept = s.reduce(Action::SetRemember(true));
    let text = stored_text(&kept, Lang::En).unwrap();
    assert!(text.contains(r#""phone":"555 0100""#), "{text}");
    let resumed = Rc::new(AppState::new(d(2026, 11, 22))).reduce(Action::Boot {
        saved: Some(text),
        fragment: None,
    });
    assert_eq!(resumed.phone.as_deref(), Some("555 0100"));
}

#[test]
fn the_calendar_form_is_the_persons_choice() {
    let s = planned(d(2026, 11, 21));
    assert!(!s.detailed_calendar, "the compact calendar by default");
    assert!(
        s.reduce(Action::SetDetailedCalendar(true))
            .detailed_calendar
    );
}

#[test]
fn a_kept_plan_stays_open_after_its_first_session() {
    let s = planned(d(2026, 11, 21)).reduce(Action::SetRemember(true));
    let first = s.schedule.unwrap().first_date;
    let text = stored_text(&s, Lang::En).unwrap();
    // Reopened three weeks after the first session.
    let later = first + chrono::Days::new(21);
    let resumed = Rc::new(AppState::new(later)).reduce(Action::Boot {
        saved: Some(text),
        fragment: None,
    });
    assert_eq!(resumed.screen, Screen::Plan);
    assert!(resumed.is_kept_plan());
    let plan = resumed.plan(&resumed.assessment()).unwrap();
    assert!(plan.is_ok(), "{plan:?}");
    // A new date chosen in the past is refused as before.
    let schedule = resumed.schedule.unwrap();
    let moved = resumed.reduce(Action::SetSchedule(careplanner::domain::plan::Schedule {
        first_date: first + chrono::Days::new(1),
        ..schedule
    }));
    assert!(!moved.is_kept_plan());
    assert!(moved.plan(&moved.assessment()).unwrap().is_err());
}
