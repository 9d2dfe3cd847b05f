//! Properties of the screening that must hold for every set of answers, not just the vignettes:
//! adding a contraindication never improves the verdict, a not-suitable finding always gives
//! the not-suitable verdict, and no JSON whatever makes `assess` panic.

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::protocol::{AnswerKind, Protocol, Severity};
use careplanner::domain::saved::{decode, encode, LoadError};
use careplanner::domain::screening::{assess, Assessment, Verdict};
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::sample::subsequence;

fn today() -> impl Strategy<Value = NaiveDate> {
    // Any day from 2000 to 2099, so month ends and leap years come up.
    (0u64..36_500).prop_map(|n| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Days::new(n))
}

/// A valid answer to every question, follow-ups included (they are set aside while hidden).
/// Dates are given as days before `today`.
fn complete_answers() -> impl Strategy<Value = Vec<(&'static str, Raw)>> {
    let strategies: Vec<BoxedStrategy<(&'static str, Raw)>> = Protocol::builtin()
        .questions
        .iter()
        .map(|q| {
            let id = q.id;
            match q.kind {
                AnswerKind::YesNo => any::<bool>().prop_map(move |b| (id, Raw::Bool(b))).boxed(),
                AnswerKind::Number { min, max } => {
                    (min..=max).prop_map(move |n| (id, Raw::Number(n))).boxed()
                }
                AnswerKind::Date { .. } => (0u64..1_100)
                    .prop_map(move |d| (id, Raw::DaysAgo(d)))
                    .boxed(),
                AnswerKind::Choice { options } => proptest::sample::select(options)
                    .prop_map(move |o| (id, Raw::Choice(o)))
                    .boxed(),
                AnswerKind::Multi { options } => subsequence(options, 1..=options.len())
                    .prop_map(move |os| (id, Raw::Multi(os)))
                    .boxed(),
            }
        })
        .collect();
    strategies
}

/// An answer before it is tied to a day.
#[derive(Clone, Debug)]
enum Raw {
    Bool(bool),
    Number(i64),
    DaysAgo(u64),
    Choice(&'static str),
    Multi(Vec<&'static str>),
}

fn to_answers(raw: &[(&'static str, Raw)], today: NaiveDate) -> Answers {
    let mut answers = Answers::new();
    for (id, r) in raw {
        let value = match r {
            Raw::Bool(b) => Value::Bool(*b),
            Raw::Number(n) => Value::Number(*n as f64),
            Raw::DaysAgo(d) => Value::Text((today - Days::new(*d)).to_string()),
            Raw::Choice(o) => Value::Text(o.to_string()),
            Raw::Multi(os) => Value::List(os.iter().map(|o| o.to_string()).collect()),
        };
        answers.set(id, value);
    }
    answers
}

/// One way to make an answer set worse: a "yes" where there was a "no", a heavier option,
/// a younger age, a more recent date.
#[derive(Clone, Debug)]
enum Worse {
    Yes(&'static str),
    Option(&'static str, &'static str),
    Younger(i64),
    MoreRecent(&'static str, u64),
}

fn worse() -> impl Strategy<Value = Worse> {
    let p = Protocol::builtin();
    let yes_no: Vec<&'static str> = p
        .questions
        .iter()
        .filter(|q| q.kind == AnswerKind::YesNo)
        .map(|q| q.id)
        .collect();
    let dates: Vec<&'static str> = p
        .questions
        .iter()
        .filter(|q| matches!(q.kind, AnswerKind::Date { .. }))
        .map(|q| q.id)
        .collect();
    prop_oneof![
        proptest::sample::select(yes_no).prop_map(Worse::Yes),
        proptest::sample::select(vec![
            ("nsaids", "otc"),
            ("nsaids", "prescribed"),
            ("eczema_psoriasis", "moderate_severe"),
        ])
        .prop_map(|(q, o)| Worse::Option(q, o)),
        (1i64..40).prop_map(Worse::Younger),
        (proptest::sample::select(dates), 1u64..400).prop_map(|(q, d)| Worse::MoreRecent(q, d)),
    ]
}

/// Applies `change` to answers that already hold a value for every question.
fn apply(raw: &mut [(&'static str, Raw)], change: &Worse) {
    for (id, r) in raw.iter_mut() {
        match (change, &mut *r) {
            (Worse::Yes(q), Raw::Bool(b)) if q == id => *b = true,
            // "prescribed" is not worse than "otc" (both are precautions), so only "none" moves.
            (Worse::Option(q, o), Raw::Choice(c))
                if q == id && (*c == "none" || *o == "moderate_severe") =>
            {
                *c = o
            }
            (Worse::Younger(by), Raw::Number(n)) if *id == "age" => *n = (*n - by).max(0),
            (Worse::MoreRecent(q, by), Raw::DaysAgo(d)) if q == id => *d = d.saturating_sub(*by),
            _ => {}
        }
    }
}

fn heaviest(a: &Assessment) -> Option<Severity> {
    a.findings.iter().map(|f| f.severity).max()
}

/// What must hold for any assessment, whatever the answers.
fn invariants(a: &Assessment, today: NaiveDate) {
    let heaviest = heaviest(a);
    if heaviest == Some(Severity::NotSuitable) {
        assert_eq!(a.verdict, Verdict::NotSuitable);
        assert_eq!(a.earliest_date, None);
    } else if !a.missing.is_empty() {
        assert_eq!(a.verdict, Verdict::Incomplete);
    } else {
        assert_eq!(
            a.verdict,
            heaviest.map_or(Verdict::NoConcerns, Verdict::from_severity)
        );
    }
    if let Some(d) = a.earliest_date {
        assert!(d > today, "an earliest date is always after today");
    }
    let severities: Vec<Severity> = a.findings.iter().map(|f| f.severity).collect();
    assert!(
        severities.windows(2).all(|w| w[0] >= w[1]),
        "findings are most severe first"
    );
}

/// A complete, healthy answer set with the two date follow-ups set (hidden until their
/// question is answered yes), as `Raw` values.
fn healthy(iso_days_ago: u64, injection_days_ago: u64) -> Vec<(&'static str, Raw)> {
    Protocol::builtin()
        .questions
        .iter()
        .map(|q| {
            let raw = match (q.id, q.kind) {
                ("age", _) => Raw::Number(34),
                ("isotretinoin_last_dose", _) => Raw::DaysAgo(iso_days_ago),
                ("injection_last_date", _) => Raw::DaysAgo(injection_days_ago),
                (_, AnswerKind::YesNo) => Raw::Bool(false),
                (_, AnswerKind::Choice { options }) => Raw::Choice(options[0]),
                (_, AnswerKind::Multi { options }) => Raw::Multi(vec![options[0]]),
                (id, kind) => panic!("no healthy answer for {id} ({kind:?})"),
            };
            (q.id, raw)
        })
        .collect()
}

/// Every single way to make the healthy set worse.
fn all_worsenings() -> Vec<Worse> {
    let p = Protocol::builtin();
    let mut all: Vec<Worse> = p
        .questions
        .iter()
        .filter(|q| q.kind == AnswerKind::YesNo)
        .map(|q| Worse::Yes(q.id))
        .collect();
    all.extend([
        Worse::Option("nsaids", "otc"),
        Worse::Option("nsaids", "prescribed"),
        Worse::Option("eczema_psoriasis", "moderate_severe"),
        Worse::Younger(13),
        Worse::MoreRecent("isotretinoin_last_dose", 1),
        Worse::MoreRecent("isotretinoin_last_dose", 90),
        Worse::MoreRecent("injection_last_date", 1),
        Worse::MoreRecent("injection_last_date", 10),
    ]);
    all
}

/// Random answer sets rarely combine the few answers that interact (a follow-up, its date and
/// its parent), so every pair of worsenings is also tried on the healthy set, at dates on
/// either side of the default waiting periods.
#[test]
fn every_pair_of_contraindications_is_monotonic() {
    let p = Protocol::builtin();
    let today = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
    let worsenings = all_worsenings();
    for iso in [1, 100, 181, 182, 183, 184, 400] {
        for injection in [0, 13, 14, 15, 100] {
            for first in &worsenings {
                let mut base = healthy(iso, injection);
                apply(&mut base, first);
                let before = assess(&p, &to_answers(&base, today), today);
                for second in &worsenings {
                    let mut worse = base.clone();
                    apply(&mut worse, second);
                    let after = assess(&p, &to_answers(&worse, today), today);
                    assert!(
                        after.verdict.rank() >= before.verdict.rank() && heaviest(&after) >= heaviest(&before),
                        "{first:?} then {second:?} (isotretinoin {iso} days ago, injection {injection}): {:?} became {:?}",
                        before.verdict,
                        after.verdict,
                    );
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn adding_a_contraindication_never_improves_the_verdict(
        raw in complete_answers(),
        change in worse(),
        today in today(),
    ) {
        let p = Protocol::builtin();
        let before = assess(&p, &to_answers(&raw, today), today);
        let mut worse_raw = raw.clone();
        apply(&mut worse_raw, &change);
        let after = assess(&p, &to_answers(&worse_raw, today), today);
        prop_assert!(
            after.verdict.rank() >= before.verdict.rank(),
            "{change:?} improved {:?} to {:?}", before.verdict, after.verdict
        );
        prop_assert!(heaviest(&after) >= heaviest(&before));
    }

    #[test]
    fn on_partial_answers_a_contraindication_never_lightens_the_findings(
        raw in complete_answers(),
        keep in proptest::collection::vec(any::<bool>(), 32),
        change in worse(),
        today in today(),
    ) {
        // Some questions unanswered; the change only touches answers that are there.
        let partial: Vec<_> = raw.into_iter().zip(keep.iter().cycle()).filter(|(_, k)| **k).map(|(r, _)| r).collect();
        let p = Protocol::builtin();
        let before = assess(&p, &to_answers(&partial, today), today);
        let mut worse_raw = partial.clone();
        apply(&mut worse_raw, &change);
        let after = assess(&p, &to_answers(&worse_raw, today), today);
        prop_assert!(heaviest(&after) >= heaviest(&before), "{change:?}");
        invariants(&after, today);
    }

    #[test]
    fn a_not_suitable_finding_always_gives_not_suitable(
        raw in complete_answers(),
        keep in proptest::collection::vec(any::<bool>(), 32),
        today in today(),
    ) {
        let partial: Vec<_> = raw.into_iter().zip(keep.iter().cycle()).filter(|(_, k)| **k).map(|(r, _)| r).collect();
        let a = assess(&Protocol::builtin(), &to_answers(&partial, today), today);
        if a.findings.iter().any(|f| f.severity == Severity::NotSuitable) {
            prop_assert_eq!(a.verdict, Verdict::NotSuitable);
        }
        invariants(&a, today);
    }

    /// Any JSON where a saved journey keeps its answers, read by the app's own reader
    /// (`saved::decode`, as at start-up): it is refused as damaged, or it is read, assessed
    /// within the invariants, and written back to the same state.
    #[test]
    fn arbitrary_json_is_read_by_the_apps_reader_or_refused(json in arbitrary_json(), today in today()) {
        let text = saved_document(json);
        match decode(&text) {
            Err(error) => prop_assert!(matches!(error, LoadError::Corrupt { .. }), "{error:?}"),
            Ok(state) => {
                let a = assess(&Protocol::builtin(), &state.answers, today);
                invariants(&a, today);
                serde_json::to_string(&a).expect("an assessment always serialises");
                // Compared as written: a NaN answer (JSON null) is not equal to itself.
                let written = encode(&state);
                prop_assert_eq!(decode(&written).map(|s| encode(&s)), Ok(written));
            }
        }
    }

    /// Odd values under real question ids are kept as given (the screening, not the reader,
    /// judges them): each one the reader takes is either a valid answer or reported as a
    /// problem, never silently taken as another answer.
    #[test]
    fn arbitrary_values_under_real_ids_are_answers_or_problems(
        entries in proptest::collection::btree_map(question_id(), json_leaf_or_list(), 0..30),
        today in today(),
    ) {
        let json = serde_json::Value::Object(entries.into_iter().collect());
        let Ok(state) = decode(&saved_document(json)) else {
            return Ok(());
        };
        let a = assess(&Protocol::builtin(), &state.answers, today);
        invariants(&a, today);
        for id in state.answers.0.keys() {
            let reported = a.problems.iter().any(|p| &p.question == id);
            let known = Protocol::builtin().question(id).is_some();
            prop_assert!(known || reported, "{id}: an unknown id is reported");
        }
    }
}

/// Mostly real question ids, sometimes something else.
fn question_id() -> impl Strategy<Value = String> {
    let ids: Vec<&'static str> = Protocol::builtin().questions.iter().map(|q| q.id).collect();
    prop_oneof![
        4 => proptest::sample::select(ids).prop_map(str::to_string),
        1 => "[a-zA-Z_ ]{0,12}",
    ]
}

/// Text that is sometimes a date, an option or a number in disguise.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        "(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
        proptest::sample::select(vec![
            "face",
            "otc",
            "none",
            "moderate_severe",
            "hair_loss",
            "yes",
            ""
        ])
        .prop_map(str::to_string),
        ".{0,16}",
    ]
}

fn json_leaf_or_list() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    prop_oneof![
        any::<bool>().prop_map(J::Bool),
        any::<i64>().prop_map(J::from),
        (-50i64..200).prop_map(J::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(J::Null, J::Number)),
        text().prop_map(J::String),
        proptest::collection::vec(text(), 0..4)
            .prop_map(|v| J::Array(v.into_iter().map(J::String).collect())),
        Just(J::Null),
    ]
}

/// A saved document, as the app stores it, holding `answers` as its answers member.
fn saved_document(answers: serde_json::Value) -> String {
    serde_json::json!({
        "format": careplanner::domain::saved::FORMAT,
        "version": careplanner::domain::saved::VERSION,
        "lang": "en",
        "answers": answers,
        "schedule": null,
    })
    .to_string()
}

/// Any JSON at all, nested a few levels.
fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    json_leaf_or_list().prop_recursive(3, 48, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
            proptest::collection::btree_map(question_id(), inner, 0..12)
                .prop_map(|m| J::Object(m.into_iter().collect())),
        ]
    })
}
