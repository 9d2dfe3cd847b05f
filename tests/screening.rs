//! Patient vignettes written from the sources (`docs/sources.md`), run through one `check` helper: a set of
//! answers (changes to a healthy baseline) → verdict, earliest date and findings in order.
//! Then focused tests for what the table cannot show: missing questions, answer problems,
//! clinic settings and the JSON shape.

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::{Protocol, Severity};
use careplanner::domain::screening::{assess, assess_with, Problem, Verdict};
use chrono::NaiveDate;

use Verdict::*;

/// Every vignette is assessed on this day, never on the clock.
const TODAY: &str = "2026-03-15";

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
}

/// An answer in the vignette table; `Unset` removes the baseline's answer.
#[derive(Clone, Copy)]
enum A {
    Yes,
    No,
    N(f64),
    T(&'static str),
    L(&'static [&'static str]),
    Unset,
}

/// A healthy 34-year-old who wants help with acne scars on the face and takes nothing.
const BASELINE: &[(&str, A)] = &[
    ("age", A::N(34.0)),
    ("feeling_unwell", A::No),
    ("pregnant_or_breastfeeding", A::No),
    ("cancer_treatment", A::No),
    ("blood_disorder", A::No),
    ("metal_allergy", A::No),
    ("numbing_allergy", A::No),
    ("area", A::T("face")),
    ("keloid_tendency", A::No),
    ("eczema_psoriasis", A::T("none")),
    ("skin_cancer_area", A::No),
    ("changing_moles", A::No),
    ("acne_breakout", A::No),
    ("cold_sore_now", A::No),
    ("cold_sore_prone", A::No),
    ("skin_not_intact", A::No),
    ("anticoagulants", A::No),
    ("nsaids", A::T("none")),
    ("retinoids", A::No),
    ("acne_topical", A::No),
    ("isotretinoin", A::No),
    ("recent_injection", A::No),
    ("goals", A::L(&["acne_scars"])),
];

fn answers(changes: &[(&str, A)]) -> Answers {
    let mut answers = Answers::new();
    for (id, a) in BASELINE.iter().chain(changes) {
        let value = match *a {
            A::Yes => Value::Bool(true),
            A::No => Value::Bool(false),
            A::N(n) => Value::Number(n),
            A::T(s) => Value::Text(s.to_string()),
            A::L(items) => Value::List(items.iter().map(|s| s.to_string()).collect()),
            A::Unset => {
                answers.clear(id);
                continue;
            }
        };
        answers.set(id, value);
    }
    answers
}

type Vignette = (
    &'static str,
    &'static [(&'static str, A)],
    Verdict,
    Option<&'static str>,
    &'static [&'static str],
);

/// Assesses one vignette and compares verdict, earliest date and finding ids (in order).
fn check((name, changes, verdict, earliest, findings): &Vignette) {
    let a = assess(&Protocol::builtin(), &answers(changes), date(TODAY));
    assert_eq!(a.verdict, *verdict, "{name}: verdict ({a:#?})");
    assert_eq!(a.earliest_date, earliest.map(date), "{name}: earliest date");
    assert_eq!(a.finding_ids(), *findings, "{name}: findings");
    assert!(
        a.problems.is_empty(),
        "{name}: unexpected problems {:?}",
        a.problems
    );
}

const ISO_STOPPED: (&str, A) = ("isotretinoin_still_taking", A::No);

#[rustfmt::skip]
const VIGNETTES: &[Vignette] = &[
    // The best verdict is "no concerns", never a clearance.
    ("healthy adult, acne scars", &[], NoConcerns, None, &[]),
    ("exactly the minimum age", &[("age", A::N(22.0))], NoConcerns, None, &[]),
    ("older adult, wrinkles on the neck", &[("age", A::N(71.0)), ("area", A::T("neck")), ("goals", A::L(&["fine_lines", "firmness"]))], NoConcerns, None, &[]),
    ("hair loss on the scalp is offered, not refused", &[("area", A::T("scalp")), ("goals", A::L(&["hair_loss"]))], NoConcerns, None, &[]),
    ("stretch marks on the body", &[("area", A::T("body")), ("goals", A::L(&["stretch_marks", "surgical_scars"]))], NoConcerns, None, &[]),
    ("mild eczema away from the area is not a finding", &[("eczema_psoriasis", A::T("mild")), ("eczema_psoriasis_active_area", A::No)], NoConcerns, None, &[]),
    // Not suitable.
    ("21 years old", &[("age", A::N(21.0))], NotSuitable, None, &["under_minimum_age"]),
    ("teenager", &[("age", A::N(16.0))], NotSuitable, None, &["under_minimum_age"]),
    ("keloid scars", &[("keloid_tendency", A::Yes)], NotSuitable, None, &["keloid_tendency"]),
    ("chemotherapy now", &[("cancer_treatment", A::Yes)], NotSuitable, None, &["cancer_treatment"]),
    ("skin cancer in the area", &[("skin_cancer_area", A::Yes)], NotSuitable, None, &["skin_cancer_area"]),
    ("not suitable hides the date of a postponement", &[("age", A::N(19.0)), ("recent_injection", A::Yes), ("injection_last_date", A::T("2026-03-10"))], NotSuitable, None, &["under_minimum_age", "injection_recent"]),
    ("not suitable wins over missing answers", &[("keloid_tendency", A::Yes), ("area", A::Unset), ("goals", A::Unset)], NotSuitable, None, &["keloid_tendency"]),
    ("everything at once, most severe first", &[("keloid_tendency", A::Yes), ("pregnant_or_breastfeeding", A::Yes), ("retinoids", A::Yes), ("blood_disorder", A::Yes)], NotSuitable, None, &["keloid_tendency", "pregnant_or_breastfeeding", "blood_disorder", "retinoids"]),
    // Talk to the provider first.
    ("moderate to severe psoriasis elsewhere", &[("eczema_psoriasis", A::T("moderate_severe")), ("eczema_psoriasis_active_area", A::No)], ConsultProvider, None, &["eczema_psoriasis"]),
    ("bleeding disorder", &[("blood_disorder", A::Yes)], ConsultProvider, None, &["blood_disorder"]),
    ("blood thinner", &[("anticoagulants", A::Yes)], ConsultProvider, None, &["anticoagulants"]),
    ("blood thinner and ibuprofen", &[("anticoagulants", A::Yes), ("nsaids", A::T("otc"))], ConsultProvider, None, &["anticoagulants", "nsaids_otc"]),
    ("changing mole", &[("changing_moles", A::Yes)], ConsultProvider, None, &["changing_moles"]),
    ("nickel allergy", &[("metal_allergy", A::Yes)], ConsultProvider, None, &["metal_allergy"]),
    ("lidocaine allergy", &[("numbing_allergy", A::Yes)], ConsultProvider, None, &["numbing_allergy"]),
    ("both allergies", &[("metal_allergy", A::Yes), ("numbing_allergy", A::Yes)], ConsultProvider, None, &["metal_allergy", "numbing_allergy"]),
    ("unwell", &[("feeling_unwell", A::Yes)], ConsultProvider, None, &["feeling_unwell"]),
    // Not now.
    ("pregnant", &[("pregnant_or_breastfeeding", A::Yes)], Postpone, None, &["pregnant_or_breastfeeding"]),
    ("acne breakout", &[("acne_breakout", A::Yes)], Postpone, None, &["acne_breakout"]),
    ("cold sore now", &[("cold_sore_now", A::Yes), ("cold_sore_prone", A::Yes)], Postpone, None, &["cold_sore_now", "cold_sore_prone"]),
    ("sunburnt skin", &[("skin_not_intact", A::Yes)], Postpone, None, &["skin_not_intact"]),
    ("mild eczema active in the area", &[("eczema_psoriasis", A::T("mild")), ("eczema_psoriasis_active_area", A::Yes)], Postpone, None, &["eczema_psoriasis_area"]),
    ("severe psoriasis active in the area: wait, and consult", &[("eczema_psoriasis", A::T("moderate_severe")), ("eczema_psoriasis_active_area", A::Yes)], Postpone, None, &["eczema_psoriasis_area", "eczema_psoriasis"]),
    ("no eczema: a stale area answer is ignored", &[("eczema_psoriasis_active_area", A::Yes)], NoConcerns, None, &[]),
    ("postpone outranks consult", &[("acne_breakout", A::Yes), ("anticoagulants", A::Yes)], Postpone, None, &["acne_breakout", "anticoagulants"]),
    ("still taking isotretinoin: no date yet", &[("isotretinoin", A::Yes), ("isotretinoin_still_taking", A::Yes)], Postpone, None, &["isotretinoin_current"]),
    ("still taking isotretinoin, an old last-dose answer is set aside", &[("isotretinoin", A::Yes), ("isotretinoin_still_taking", A::Yes), ("isotretinoin_last_dose", A::T("2026-03-01"))], Postpone, None, &["isotretinoin_current"]),
    ("isotretinoin stopped two months ago", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2026-01-10"))], Postpone, Some("2026-07-10"), &["isotretinoin_recent"]),
    ("isotretinoin stopped yesterday", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2026-03-14"))], Postpone, Some("2026-09-14"), &["isotretinoin_recent"]),
    // A wait of months never ends sooner than the same day that many months later.
    ("isotretinoin on 31 December: June has no 31st, so 1 July", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2025-12-31"))], Postpone, Some("2026-07-01"), &["isotretinoin_recent"]),
    ("isotretinoin on 31 October: April has no 31st, so 1 May", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2025-10-31"))], Postpone, Some("2026-05-01"), &["isotretinoin_recent"]),
    ("isotretinoin on 30 September: 30 March exists", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2025-09-30"))], Postpone, Some("2026-03-30"), &["isotretinoin_recent"]),
    ("isotretinoin a day short of six months", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2025-09-16"))], Postpone, Some("2026-03-16"), &["isotretinoin_recent"]),
    ("isotretinoin exactly six months ago", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2025-09-15"))], NoConcerns, None, &[]),
    ("isotretinoin years ago", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2019-05-01"))], NoConcerns, None, &[]),
    ("no isotretinoin: stale follow-up answers are ignored", &[("isotretinoin_still_taking", A::Yes), ("isotretinoin_last_dose", A::T("2026-03-01"))], NoConcerns, None, &[]),
    ("Botox ten days ago", &[("recent_injection", A::Yes), ("injection_last_date", A::T("2026-03-05"))], Postpone, Some("2026-03-19"), &["injection_recent"]),
    ("filler today", &[("recent_injection", A::Yes), ("injection_last_date", A::T("2026-03-15"))], Postpone, Some("2026-03-29"), &["injection_recent"]),
    ("Botox exactly 14 days ago", &[("recent_injection", A::Yes), ("injection_last_date", A::T("2026-03-01"))], NoConcerns, None, &[]),
    ("Botox and isotretinoin: the later date", &[("recent_injection", A::Yes), ("injection_last_date", A::T("2026-03-10")), ("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2026-02-01"))], Postpone, Some("2026-08-01"), &["isotretinoin_recent", "injection_recent"]),
    ("Botox while pregnant: the date is only a lower bound", &[("recent_injection", A::Yes), ("injection_last_date", A::T("2026-03-10")), ("pregnant_or_breastfeeding", A::Yes)], Postpone, Some("2026-03-24"), &["pregnant_or_breastfeeding", "injection_recent"]),
    // Go ahead with a precaution.
    ("prone to cold sores", &[("cold_sore_prone", A::Yes)], Precautions, None, &["cold_sore_prone"]),
    ("ibuprofen from the pharmacy", &[("nsaids", A::T("otc"))], Precautions, None, &["nsaids_otc"]),
    ("prescribed naproxen", &[("nsaids", A::T("prescribed"))], Precautions, None, &["nsaids_prescribed"]),
    ("retinol serum", &[("retinoids", A::Yes)], Precautions, None, &["retinoids"]),
    ("acne gel on prescription", &[("acne_topical", A::Yes)], Precautions, None, &["acne_topical"]),
    ("several prep steps, in protocol order", &[("retinoids", A::Yes), ("acne_topical", A::Yes), ("cold_sore_prone", A::Yes), ("nsaids", A::T("otc"))], Precautions, None, &["cold_sore_prone", "acne_topical", "nsaids_otc", "retinoids"]),
    // Incomplete: an unanswered question is never a "no".
    ("nothing answered", &[("age", A::Unset), ("goals", A::Unset), ("area", A::Unset), ("pregnant_or_breastfeeding", A::Unset)], Incomplete, None, &[]),
    ("isotretinoin without the follow-up", &[("isotretinoin", A::Yes)], Incomplete, None, &[]),
    ("stopped isotretinoin, no date", &[("isotretinoin", A::Yes), ISO_STOPPED], Incomplete, None, &[]),
    ("injection without a date", &[("recent_injection", A::Yes)], Incomplete, None, &[]),
    ("eczema without the area follow-up", &[("eczema_psoriasis", A::T("mild"))], Incomplete, None, &[]),
    ("no goal chosen", &[("goals", A::L(&[]))], Incomplete, None, &[]),
    ("incomplete keeps its findings", &[("anticoagulants", A::Yes), ("area", A::Unset)], Incomplete, None, &["anticoagulants"]),
    ("incomplete keeps the date of a postponement", &[("recent_injection", A::Yes), ("injection_last_date", A::T("2026-03-10")), ("pregnant_or_breastfeeding", A::Unset)], Incomplete, Some("2026-03-24"), &["injection_recent"]),
];

/// A vignette's planning effect: whether a calendar may be made, which finding rules it out,
/// and which findings every session depends on having cleared.
type Planning = (
    &'static str,
    &'static [(&'static str, A)],
    bool,
    Option<&'static str>,
    &'static [&'static str],
);

fn check_planning((name, changes, may_plan, blocking, conditions): &Planning) {
    let a = assess(&Protocol::builtin(), &answers(changes), date(TODAY));
    assert_eq!(a.may_plan(), *may_plan, "{name}: may plan ({a:#?})");
    assert_eq!(
        a.blocking().map(|f| f.rule),
        *blocking,
        "{name}: blocking finding"
    );
    let found: Vec<_> = a.conditions().map(|f| f.rule).collect();
    assert_eq!(found, *conditions, "{name}: conditions");
}

#[rustfmt::skip]
const PLANNING: &[Planning] = &[
    ("healthy adult", &[], true, None, &[]),
    ("a precaution plans", &[("retinoids", A::Yes)], true, None, &[]),
    ("talk to the provider first still plans", &[("anticoagulants", A::Yes)], true, None, &[]),
    // Months with no date the app can know: no calendar.
    ("pregnant", &[("pregnant_or_breastfeeding", A::Yes)], false, Some("pregnant_or_breastfeeding"), &[]),
    ("still taking isotretinoin", &[("isotretinoin", A::Yes), ("isotretinoin_still_taking", A::Yes)], false, Some("isotretinoin_current"), &[]),
    ("pregnant with a breakout: no calendar wins", &[("pregnant_or_breastfeeding", A::Yes), ("acne_breakout", A::Yes)], false, Some("pregnant_or_breastfeeding"), &["acne_breakout"]),
    // A date: the plan starts from it.
    ("isotretinoin stopped: plans from its date", &[("isotretinoin", A::Yes), ISO_STOPPED, ("isotretinoin_last_dose", A::T("2026-01-10"))], true, None, &[]),
    ("recent Botox: plans from its date", &[("recent_injection", A::Yes), ("injection_last_date", A::T("2026-03-05"))], true, None, &[]),
    // Short-lived: a plan, on condition.
    ("acne breakout", &[("acne_breakout", A::Yes)], true, None, &["acne_breakout"]),
    ("cold sore now", &[("cold_sore_now", A::Yes)], true, None, &["cold_sore_now"]),
    ("sunburnt skin", &[("skin_not_intact", A::Yes)], true, None, &["skin_not_intact"]),
    ("eczema active in the area", &[("eczema_psoriasis", A::T("mild")), ("eczema_psoriasis_active_area", A::Yes)], true, None, &["eczema_psoriasis_area"]),
    ("two short-lived reasons", &[("acne_breakout", A::Yes), ("cold_sore_now", A::Yes)], true, None, &["acne_breakout", "cold_sore_now"]),
    // No plan at all.
    ("not suitable", &[("keloid_tendency", A::Yes)], false, None, &[]),
    ("incomplete", &[("area", A::Unset)], false, None, &[]),
];

#[test]
fn each_rule_has_its_planning_effect() {
    for vignette in PLANNING {
        check_planning(vignette);
    }
}

#[test]
fn vignettes() {
    assert!(
        VIGNETTES.len() >= 40,
        "the issue asks for at least 40 vignettes"
    );
    for vignette in VIGNETTES {
        check(vignette);
    }
}

fn assess_changes(changes: &[(&str, A)]) -> careplanner::domain::screening::Assessment {
    assess(&Protocol::builtin(), &answers(changes), date(TODAY))
}

#[test]
fn missing_lists_shown_required_questions_in_order() {
    let a = assess(&Protocol::builtin(), &Answers::new(), date(TODAY));
    let shown_required: Vec<&str> = Protocol::builtin()
        .questions
        .iter()
        .filter(|q| q.required && q.show_if.is_none())
        .map(|q| q.id)
        .collect();
    assert_eq!(a.verdict, Incomplete);
    assert_eq!(a.missing, shown_required);
    assert!(!a
        .missing
        .iter()
        .any(|m| m.starts_with("isotretinoin_") || m == "injection_last_date"));

    let a = assess_changes(&[("isotretinoin", A::Yes)]);
    assert_eq!(a.missing, ["isotretinoin_still_taking"]);
    let a = assess_changes(&[("isotretinoin", A::Yes), ISO_STOPPED]);
    assert_eq!(a.missing, ["isotretinoin_last_dose"]);
    let a = assess_changes(&[("recent_injection", A::Yes)]);
    assert_eq!(a.missing, ["injection_last_date"]);
}

#[test]
fn answers_with_problems_count_as_unanswered() {
    let cases: &[(&str, A, Problem)] = &[
        ("age", A::T("34"), Problem::WrongType { expected: "number" }),
        ("age", A::N(34.5), Problem::NotWholeNumber),
        ("age", A::N(130.0), Problem::OutOfRange { min: 0, max: 120 }),
        ("age", A::N(-3.0), Problem::OutOfRange { min: 0, max: 120 }),
        (
            "pregnant_or_breastfeeding",
            A::T("no"),
            Problem::WrongType { expected: "yes_no" },
        ),
        (
            "area",
            A::T("feet"),
            Problem::UnknownOption {
                option: "feet".into(),
            },
        ),
        (
            "area",
            A::L(&["face"]),
            Problem::WrongType { expected: "option" },
        ),
        (
            "goals",
            A::L(&["acne_scars", "tattoo_removal"]),
            Problem::UnknownOption {
                option: "tattoo_removal".into(),
            },
        ),
        (
            "goals",
            A::T("acne_scars"),
            Problem::WrongType {
                expected: "list_of_options",
            },
        ),
        ("nsaids", A::Yes, Problem::WrongType { expected: "option" }),
    ];
    for (id, value, problem) in cases {
        let a = assess_changes(&[(id, *value)]);
        assert_eq!(a.verdict, Incomplete, "{id}");
        assert_eq!(a.missing, [*id], "{id}");
        assert_eq!(a.problems.len(), 1, "{id}: {:?}", a.problems);
        assert_eq!(a.problems[0].question, *id);
        assert_eq!(&a.problems[0].problem, problem, "{id}");
    }
}

#[test]
fn dates_are_checked() {
    let iso = |d: &'static str| {
        [
            ("isotretinoin", A::Yes),
            ISO_STOPPED,
            ("isotretinoin_last_dose", A::T(d)),
        ]
    };
    let a = assess_changes(&iso("2026-03-16"));
    assert_eq!(a.problems[0].problem, Problem::FutureDate);
    assert_eq!(a.missing, ["isotretinoin_last_dose"]);
    assert!(
        a.findings.is_empty(),
        "a future last dose is not taken as a recent one"
    );

    for bad in ["15/03/2026", "2026-02-30", "yesterday", ""] {
        let a = assess_changes(&iso(bad));
        assert_eq!(a.problems[0].problem, Problem::InvalidDate, "{bad:?}");
    }
    let a = assess_changes(&[
        ("recent_injection", A::Yes),
        ("injection_last_date", A::N(20260301.0)),
    ]);
    assert_eq!(
        a.problems[0].problem,
        Problem::WrongType { expected: "date" }
    );
}

#[test]
fn unknown_ids_are_problems_that_do_not_block() {
    let a = assess_changes(&[("favourite_colour", A::T("blue")), ("Age", A::N(12.0))]);
    assert_eq!(a.verdict, NoConcerns);
    let ids: Vec<&str> = a.problems.iter().map(|p| p.question.as_str()).collect();
    assert_eq!(ids, ["Age", "favourite_colour"]);
    assert!(a
        .problems
        .iter()
        .all(|p| p.problem == Problem::UnknownQuestion));
}

#[test]
fn hidden_follow_ups_are_neither_missing_nor_problems() {
    let a = assess_changes(&[
        ("isotretinoin_last_dose", A::T("not a date")),
        ("injection_last_date", A::Yes),
    ]);
    assert_eq!(a.verdict, NoConcerns);
    assert!(a.problems.is_empty() && a.missing.is_empty());
}

#[test]
fn clinic_settings_change_the_numbers() {
    let p = Protocol::builtin();
    let mut settings = ClinicSettings::defaults();
    settings.try_set(&p, "isotretinoin_months", 12).unwrap();
    settings.try_set(&p, "botox_wait_days", 30).unwrap();
    settings.try_set(&p, "minimum_age", 25).unwrap();

    let iso = answers(&[
        ("isotretinoin", A::Yes),
        ISO_STOPPED,
        ("isotretinoin_last_dose", A::T("2025-08-01")),
    ]);
    assert_eq!(
        assess(&p, &iso, date(TODAY)).verdict,
        NoConcerns,
        "past the default 6 months"
    );
    let a = assess_with(&p, &iso, &settings, date(TODAY));
    assert_eq!(a.verdict, Postpone);
    assert_eq!(a.earliest_date, Some(date("2026-08-01")));

    let botox = answers(&[
        ("recent_injection", A::Yes),
        ("injection_last_date", A::T("2026-02-20")),
    ]);
    assert_eq!(assess(&p, &botox, date(TODAY)).verdict, NoConcerns);
    assert_eq!(
        assess_with(&p, &botox, &settings, date(TODAY)).earliest_date,
        Some(date("2026-03-22"))
    );

    let young = answers(&[("age", A::N(23.0))]);
    assert_eq!(assess(&p, &young, date(TODAY)).verdict, NoConcerns);
    assert_eq!(
        assess_with(&p, &young, &settings, date(TODAY)).verdict,
        NotSuitable
    );

    // A clinic may wait for no months at all; the course itself still postpones.
    settings.try_set(&p, "isotretinoin_months", 0).unwrap();
    assert_eq!(
        assess_with(&p, &iso, &settings, date(TODAY)).verdict,
        NoConcerns
    );
}

#[test]
fn findings_carry_their_keys_and_sources() {
    let p = Protocol::builtin();
    let a = assess_changes(&[
        ("isotretinoin", A::Yes),
        ISO_STOPPED,
        ("isotretinoin_last_dose", A::T("2026-01-10")),
        ("retinoids", A::Yes),
        ("blood_disorder", A::Yes),
    ]);
    for f in &a.findings {
        let rule = p.rule(f.rule).unwrap();
        assert_eq!(f.severity, rule.severity);
        assert_eq!(f.message_key, format!("rule.{}", f.rule));
        assert_eq!(f.ask_key, format!("rule.{}.ask", f.rule));
        assert_eq!(f.note_key.is_some(), rule.disputed, "{}", f.rule);
        assert!(!f.sources.is_empty());
    }
    let iso = &a.findings[0];
    assert_eq!(iso.rule, "isotretinoin_recent");
    assert_eq!(iso.until, Some(date("2026-07-10")));
    assert_eq!(
        iso.note_key.as_deref(),
        Some("rule.isotretinoin_recent.note")
    );
    assert!(iso.sources.contains(&"spring_2017"));
}

#[test]
fn assessment_serialises_to_snake_case_json() {
    let a = assess_changes(&[
        ("recent_injection", A::Yes),
        ("injection_last_date", A::T("2026-03-10")),
        ("favourite_colour", A::T("blue")),
    ]);
    let json = serde_json::to_value(&a).unwrap();
    let expected = serde_json::json!({
        "verdict": "postpone",
        "earliest_date": "2026-03-24",
        "findings": [{
            "rule": "injection_recent",
            "severity": "postpone",
            "message_key": "rule.injection_recent",
            "ask_key": "rule.injection_recent.ask",
            "note_key": "rule.injection_recent.note",
            "sources": ["what_to_expect"],
            "until": "2026-03-24",
            "planning": "allowed",
        }],
        "missing": [],
        "problems": [{ "question": "favourite_colour", "problem": "unknown_question" }],
        "assessed_on": TODAY,
    });
    assert_eq!(json, expected);

    let a = assess_changes(&[("age", A::N(200.0))]);
    let problem = serde_json::to_value(&a.problems[0]).unwrap();
    assert_eq!(
        problem,
        serde_json::json!({ "question": "age", "problem": "out_of_range", "min": 0, "max": 120 })
    );
}

#[test]
fn answers_load_from_json() {
    let json = r#"{
        "age": 40, "feeling_unwell": false, "pregnant_or_breastfeeding": false,
        "cancer_treatment": false, "blood_disorder": false, "metal_allergy": false,
        "numbing_allergy": false, "area": "chest", "keloid_tendency": false,
        "eczema_psoriasis": "none", "skin_cancer_area": false, "changing_moles": false,
        "acne_breakout": false, "cold_sore_now": false, "cold_sore_prone": true,
        "skin_not_intact": false, "anticoagulants": false, "nsaids": "prescribed",
        "retinoids": false, "acne_topical": false, "isotretinoin": true,
        "isotretinoin_still_taking": false, "isotretinoin_last_dose": "2026-02-28",
        "recent_injection": false, "goals": ["sun_damage", "pigmentation"]
    }"#;
    let answers: Answers = serde_json::from_str(json).unwrap();
    let a = assess(&Protocol::builtin(), &answers, date(TODAY));
    assert_eq!(a.verdict, Postpone);
    assert_eq!(a.earliest_date, Some(date("2026-08-28")));
    assert_eq!(
        a.finding_ids(),
        [
            "isotretinoin_recent",
            "cold_sore_prone",
            "nsaids_prescribed"
        ]
    );
}

#[test]
fn verdicts_rank_from_best_to_worst() {
    let ranks: Vec<u8> = Verdict::ALL.iter().map(|v| v.rank()).collect();
    assert_eq!(ranks, [0, 1, 2, 3, 4, 5]);
    assert_eq!(Verdict::from_severity(Severity::Precaution), Precautions);
    assert_eq!(Verdict::from_severity(Severity::Consult), ConsultProvider);
    assert_eq!(Verdict::from_severity(Severity::Postpone), Postpone);
    assert_eq!(Verdict::from_severity(Severity::NotSuitable), NotSuitable);
    for v in Verdict::ALL {
        let json = serde_json::to_value(v).unwrap();
        assert_eq!(json, v.id());
        assert_eq!(v.title_key(), format!("verdict.{}.title", v.id()));
    }
}

#[test]
fn verdict_words_exist_in_both_languages() {
    use careplanner::domain::i18n::{lookup, Lang};
    for v in Verdict::ALL {
        for lang in Lang::ALL {
            assert!(lookup(lang, &v.title_key()).is_some(), "{}", v.title_key());
            assert!(lookup(lang, &v.body_key()).is_some(), "{}", v.body_key());
        }
    }
}

#[test]
fn no_words_tell_anyone_to_stop_a_prescribed_medicine_on_their_own() {
    use careplanner::domain::i18n::{lookup, Lang};
    // Every rule about a prescribed medicine sends the person to the prescriber.
    for rule in [
        "anticoagulants",
        "acne_topical",
        "nsaids_prescribed",
        "isotretinoin_current",
        "retinoids",
    ] {
        let ask = lookup(Lang::En, &format!("rule.{rule}.ask")).unwrap();
        assert!(
            ask.contains("prescribed"),
            "rule.{rule}.ask must send the person to the prescriber"
        );
    }
    // The best verdict never reads as a clearance: the provider decides.
    let title = lookup(Lang::En, "verdict.no_concerns.title").unwrap();
    assert!(title.contains("No reason found"));
    let last_word = lookup(Lang::En, "result.final").unwrap();
    assert!(last_word.contains("final decision"));
    for verdict in Verdict::ALL {
        for lang in [Lang::En, Lang::Es] {
            let body = lookup(lang, &verdict.body_key()).unwrap().to_lowercase();
            for clearing in [
                "go ahead",
                "cleared",
                "puede seguir adelante",
                "final decision",
            ] {
                assert!(
                    !body.contains(clearing),
                    "{verdict:?} {lang:?}: {clearing:?}"
                );
            }
        }
    }
}
