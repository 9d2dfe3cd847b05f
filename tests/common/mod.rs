//! Answer sets shared by the save, share, QR and FHIR tests.

#![allow(dead_code)]

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::i18n::Lang;
use careplanner::domain::protocol::{AnswerKind, Protocol};
use careplanner::domain::saved::{SavedSchedule, SavedState};
use careplanner::ui::state::{Action, AppState, Screen};
use chrono::{NaiveDate, NaiveTime};
use std::path::PathBuf;
use std::rc::Rc;
use yew::Reducible;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Every question answered, follow-ups included, with three goals: the longest usual link.
pub fn full_answers() -> Answers {
    let mut answers = Answers::new();
    for q in Protocol::builtin().questions {
        let value = match q.kind {
            AnswerKind::YesNo => Value::Bool(matches!(q.id, "isotretinoin" | "recent_injection")),
            AnswerKind::Number { .. } => Value::Number(34.0),
            AnswerKind::Date { .. } => Value::Text("2026-03-14".into()),
            AnswerKind::Choice { options } => Value::Text(options[0].into()),
            AnswerKind::Multi { options } => {
                Value::List(options.iter().take(3).map(|o| o.to_string()).collect())
            }
        };
        answers.set(q.id, value);
    }
    answers
}

pub fn schedule() -> SavedSchedule {
    SavedSchedule {
        first_date: date(2026, 12, 1),
        start_time: NaiveTime::from_hms_opt(14, 30, 0).unwrap(),
        sessions: 3,
        interval_days: 28,
    }
}

/// A few states of different kinds, named for file names.
pub fn sample_states() -> Vec<(&'static str, SavedState)> {
    let minimal = Answers::new()
        .with("age", Value::Number(29.0))
        .with("area", Value::Text("neck".into()));
    let odd = full_answers()
        .with("age", Value::Number(12.5))
        .with("area", Value::Text("elbow".into()))
        .with(
            "goals",
            Value::List(vec!["pores".into(), "tattoo_removal".into()]),
        )
        .with("favourite_colour", Value::Text("green ñ 😀".into()));
    let hidden_follow_ups = full_answers().with("isotretinoin", Value::Bool(false));
    vec![
        (
            "full-en",
            SavedState {
                lang: Lang::En,
                answers: full_answers(),
                schedule: Some(schedule()),
                phone: None,
            },
        ),
        (
            "full-es",
            SavedState {
                lang: Lang::Es,
                answers: full_answers(),
                schedule: Some(schedule()),
                phone: None,
            },
        ),
        (
            "minimal-es",
            SavedState {
                lang: Lang::Es,
                answers: minimal,
                schedule: None,
                phone: None,
            },
        ),
        (
            "odd-en",
            SavedState {
                lang: Lang::En,
                answers: odd,
                schedule: None,
                phone: None,
            },
        ),
        (
            "hidden-es",
            SavedState {
                lang: Lang::Es,
                answers: hidden_follow_ups,
                schedule: Some(schedule()),
                // The clinic's number the person typed on the plan travels too.
                phone: Some("+34 600 123 456".into()),
            },
        ),
        ("empty-en", SavedState::default()),
    ]
}

/// `target/<name>`, or under `CARGO_TARGET_DIR` when that is set, created empty.
pub fn sample_dir(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Through every step of the journey to the result, answering "nothing to report" (no, 35, a
/// past date, "none" or the first option) as the reducer sees each step, follow-ups included.
pub fn answer_every_step(state: Rc<AppState>) -> Rc<AppState> {
    let mut s = state;
    for _ in 0..20 {
        let Screen::Step(index) = s.screen else { break };
        for _ in 0..4 {
            let ctx = s.context();
            let open: Vec<_> = s
                .shown_questions(index, &ctx)
                .into_iter()
                .filter(|q| s.answers.get(q.id).is_none())
                .collect();
            for q in open {
                let value = match q.kind {
                    AnswerKind::YesNo => Value::Bool(false),
                    AnswerKind::Number { .. } => Value::Number(35.0),
                    AnswerKind::Date { .. } => Value::Text("2026-01-01".into()),
                    AnswerKind::Choice { options } => Value::Text(
                        (if options.contains(&"none") {
                            "none"
                        } else {
                            options[0]
                        })
                        .into(),
                    ),
                    AnswerKind::Multi { options } => Value::List(vec![options[0].into()]),
                };
                s = s.reduce(Action::Answer(q.id, Some(value)));
            }
        }
        s = s.reduce(Action::Next);
    }
    s
}
