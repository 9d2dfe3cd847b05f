//! A clinic's own content (`care_steps`, `questions`, `switches` in its file): each kind parses
//! into the protocol and passes its validator, each kind of mistake is reported at its field,
//! a clinic question's "yes" gives its finding and never makes a verdict milder, and the plan
//! puts the clinic's steps on the right days, in their phase, for one session and for four.

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::clinic::{parse_config, problem_text, ClinicConfig, ConfigProblem};
use careplanner::domain::i18n::{t, Lang};
use careplanner::domain::plan::{self, item_text, phases, Schedule};
use careplanner::domain::protocol::{Category, PhaseKind, Protocol, Severity};
use careplanner::domain::screening::{assess_with, Verdict};
use chrono::{Days, NaiveDate, NaiveTime};
use proptest::prelude::*;

/// Two steps, two questions, one switch: every feature once.
pub const CONTENT: &str = r#"{
  "name": "Clinic",
  "questions": [
    {
      "id": "antibiotics",
      "step": "medicines",
      "text": {"en": "Have you taken antibiotics in the last 2 weeks?", "es": "¿Ha tomado antibióticos en las últimas 2 semanas?"},
      "help": {"en": "Tablets or capsules, not creams.", "es": "Comprimidos o cápsulas, no cremas."},
      "date_question": {"en": "When did you take the last dose?", "es": "¿Cuándo tomó la última dosis?"},
      "effect": "postpone",
      "postpone_days": 14,
      "finding": {"en": "Wait 2 weeks after your last antibiotic.", "es": "Espere 2 semanas tras su último antibiótico."}
    },
    {
      "id": "sunbed",
      "step": "skin",
      "text": {"en": "Have you used a sunbed this month?", "es": "¿Ha usado una cama solar este mes?"},
      "effect": "consult",
      "finding": {"en": "Tell us about the sunbed before booking.", "es": "Cuéntenos lo de la cama solar antes de reservar."}
    }
  ],
  "care_steps": [
    {
      "id": "no_alcohol",
      "title": {"en": "No alcohol today", "es": "Sin alcohol hoy"},
      "text": {"en": "Do not drink alcohol the day before your session.", "es": "No beba alcohol el día antes de su sesión."},
      "day": -1,
      "phase": "getting_ready",
      "reminder": true
    },
    {
      "id": "no_sauna",
      "title": {"en": "No sauna or swimming", "es": "Sin sauna ni piscina"},
      "text": {"en": "No sauna, steam room or swimming pool.", "es": "Sin sauna, baño de vapor ni piscina."},
      "from": 1,
      "to": 5,
      "sessions": "every",
      "source": {"en": "Clinic aftercare sheet", "es": "Hoja de cuidados de la clínica"}
    }
  ],
  "switches": {"numbing": false, "pregnancy_numbing": false}
}"#;

fn parse(text: &str) -> (ClinicConfig, Vec<String>) {
    let (config, problems) = parse_config(text);
    let words = |p: &ConfigProblem| format!("{}: {}", p.field, problem_text(Lang::En, p));
    (config, problems.iter().map(words).collect())
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 12, 1);

fn today() -> NaiveDate {
    date(TODAY.0, TODAY.1, TODAY.2)
}

/// Nothing to report, the clinic's questions included (answered no).
fn plain(protocol: &Protocol) -> Answers {
    protocol.nothing_to_report()
}

#[test]
fn every_kind_parses_into_the_protocol_and_passes_its_validator() {
    let (config, problems) = parse(CONTENT);
    assert_eq!(problems, Vec::<String>::new());
    let p = config.protocol;
    assert!(p.content.is_some());
    assert_eq!(p.validate(), Ok(()));

    let q = p.question("antibiotics").unwrap();
    assert_eq!(q.step, "medicines");
    assert!(q.help);
    let follow_up = p.question("antibiotics_date").unwrap();
    assert!(follow_up.show_if.is_some());
    let rule = p.rule("antibiotics").unwrap();
    assert_eq!(rule.severity, Severity::Postpone);
    assert_eq!(p.rule("sunbed").unwrap().severity, Severity::Consult);
    // Asked last in their step, after the built-in questions.
    assert_eq!(p.questions_in("skin").last().unwrap().id, "sunbed");

    let alcohol = p.care_step("no_alcohol").unwrap();
    assert!(alcohol.alarm);
    assert_eq!(alcohol.phase, Some(PhaseKind::GettingReady));
    assert_eq!(alcohol.sources, &["clinic"]);
    let sauna = p.care_step("no_sauna").unwrap();
    assert_eq!(sauna.category, Category::SkinCare);
    let source = p.source(sauna.sources[0]).unwrap();
    assert_eq!(source.cite(Lang::Es), "Hoja de cuidados de la clínica");
    assert_eq!(
        p.source("clinic").unwrap().cite(Lang::Es),
        "Instrucciones de su clínica"
    );

    assert!(p.care_step("numbing").is_none() && p.care_step("pregnancy_numbing").is_none());
    assert!(p.care_step("treatment").is_some());
    // The built-in screening is all there.
    let builtin = Protocol::builtin();
    for rule in builtin.rules {
        assert_eq!(p.rule(rule.id), Some(rule));
    }

    // The clinic's words, through the same lookups as the built-in ones.
    for (key, en, es) in [
        (
            "q.antibiotics",
            "Have you taken antibiotics",
            "¿Ha tomado antibióticos",
        ),
        ("q.antibiotics.help", "Tablets", "Comprimidos"),
        ("q.antibiotics_date", "When did you", "¿Cuándo tomó"),
        ("rule.antibiotics", "Wait 2 weeks", "Espere 2 semanas"),
        ("rule.sunbed.ask", "Have you used a sunbed", "¿Ha usado"),
        ("care.no_alcohol", "Do not drink", "No beba"),
        ("care.no_sauna.title", "No sauna", "Sin sauna"),
    ] {
        assert!(
            t(Lang::En, key).starts_with(en),
            "{key}: {}",
            t(Lang::En, key)
        );
        assert!(
            t(Lang::Es, key).starts_with(es),
            "{key}: {}",
            t(Lang::Es, key)
        );
    }
}

#[test]
fn without_content_the_protocol_is_the_built_in_one() {
    let (config, problems) = parse(r#"{"name": "Clinic"}"#);
    assert!(problems.is_empty());
    assert_eq!(config.protocol, Protocol::builtin());
    let (config, _) = parse("not json");
    assert_eq!(config.protocol, Protocol::builtin());
}

#[test]
fn the_same_content_has_the_same_fingerprint_and_any_change_another() {
    let (a, _) = parse(CONTENT);
    let (b, _) = parse(CONTENT);
    assert_eq!(a.protocol.content, b.protocol.content);
    for (from, to) in [
        ("\"day\": -1", "\"day\": -2"),
        ("No sauna or swimming", "No sauna"),
        ("\"numbing\": false, ", ""),
        ("\"effect\": \"consult\"", "\"effect\": \"precaution\""),
    ] {
        assert!(CONTENT.contains(from), "{from}");
        let (c, problems) = parse(&CONTENT.replacen(from, to, 1));
        assert!(problems.is_empty(), "{problems:?}");
        assert_ne!(a.protocol.content, c.protocol.content, "{from} → {to}");
    }
}

/// `CONTENT` with one question or step replaced, and the problems that must follow:
/// `(field, words)` each.
fn mistakes(list: &str, item: &str, expected: &[(&str, &str)]) {
    let text = format!("{{\"{list}\": [{item}]}}");
    let (config, got) = parse(&text);
    assert_eq!(got.len(), expected.len(), "{text}\n{got:#?}");
    for ((field, words), problem) in expected.iter().zip(&got) {
        assert!(
            problem.starts_with(&format!("{field}: ")) && problem.contains(words),
            "{text}\n{problem} is not {field}: …{words}…"
        );
    }
    // Whatever was kept passes the validator.
    assert_eq!(config.protocol.validate(), Ok(()), "{text}");
}

const STEP_TEXTS: &str = r#""title": {"en": "T", "es": "T"}, "text": {"en": "X", "es": "X"}"#;
const Q_TEXTS: &str = r#""text": {"en": "Q?", "es": "¿Q?"}, "finding": {"en": "F", "es": "F"}"#;

#[test]
fn each_kind_of_mistake_in_a_care_step_is_reported_at_its_field() {
    let step = |rest: &str| format!("{{\"id\": \"s\", {STEP_TEXTS}, {rest}}}");
    let cases: Vec<(String, Vec<(&str, &str)>)> = vec![
        (step("\"day\": 1"), vec![]),
        (step("\"from\": 5, \"to\": 1"), vec![("care_steps[0]", "ends (day 1) before it begins (day 5)")]),
        (step("\"day\": 1, \"from\": 1, \"to\": 2"), vec![("care_steps[0]", "both \"day\" and a window")]),
        (step("\"from\": 1"), vec![("care_steps[0]", "needs both")]),
        (step("\"sessions\": \"every\""), vec![("care_steps[0]", "has no timing")]),
        (step("\"day\": 400"), vec![("care_steps[0].day", "more than a year")]),
        (step("\"day\": 1.5"), vec![("care_steps[0].day", "whole number of days")]),
        (step("\"day\": -3, \"phase\": \"early_days\""), vec![("care_steps[0].phase", "cannot hold a step that begins on day -3")]),
        (step("\"day\": 2, \"phase\": \"getting_ready\""), vec![("care_steps[0].phase", "day 2")]),
        (step("\"day\": 0, \"phase\": \"teatime\""), vec![("care_steps[0].phase", "not one of before_you_start")]),
        (step("\"day\": 0, \"sessions\": \"odd\""), vec![("care_steps[0].sessions", "not one of every, first, last")]),
        (step("\"day\": 0, \"category\": \"tea\""), vec![("care_steps[0].category", "not one of consult")]),
        (step("\"day\": 0, \"reminder\": \"yes\""), vec![("care_steps[0].reminder", "true or false")]),
        (step("\"day\": 0, \"when\": 1"), vec![("care_steps[0].when", "unknown field")]),
        (step("\"day\": 0, \"only_if\": {\"question\": \"nope\", \"answer\": \"yes\"}"), vec![("care_steps[0].only_if.question", "not a question every person answers")]),
        (step("\"day\": 0, \"only_if\": {\"question\": \"retinoids\", \"answer\": \"maybe\"}"), vec![("care_steps[0].only_if.answer", "use one of yes, no")]),
        (step("\"day\": 0, \"only_if\": {\"question\": \"nsaids\", \"answer\": \"yes\"}"), vec![("care_steps[0].only_if.answer", "none, otc, prescribed")]),
        (step("\"day\": 0, \"only_if\": {\"question\": \"isotretinoin_still_taking\", \"answer\": \"yes\"}"), vec![("care_steps[0].only_if.question", "not a question every person answers")]),
        (step("\"day\": 0, \"only_if\": {\"question\": \"retinoids\"}"), vec![("care_steps[0].only_if", "needs a question and an answer")]),
        (format!("{{\"id\": \"numbing\", {STEP_TEXTS}, \"day\": 0}}"), vec![("care_steps[0].id", "already an id of the built-in protocol")]),
        (format!("{{\"id\": \"Bad Id\", {STEP_TEXTS}, \"day\": 0}}"), vec![("care_steps[0].id", "snake_case")]),
        (format!("{{{STEP_TEXTS}, \"day\": 0}}"), vec![("care_steps[0].id", "is missing")]),
        ("{\"id\": \"s\", \"text\": {\"en\": \"X\"}, \"day\": 0}".into(), vec![("care_steps[0].title", "is missing"), ("care_steps[0].text.es", "the en text is shown to people reading Spanish")]),
        ("{\"id\": \"s\", \"title\": {\"es\": \"T\"}, \"text\": \"X\", \"day\": 0}".into(), vec![("care_steps[0].title", "has no en text"), ("care_steps[0].text.es", "is missing")]),
        ("{\"id\": \"s\", \"title\": {\"en\": \"T\", \"fr\": \"T\", \"es\": \"\"}, \"text\": {\"en\": \"Use {product}\", \"es\": \"X\"}, \"day\": 0}".into(), vec![
            ("care_steps[0].title.fr", "not a language the app speaks"),
            ("care_steps[0].title.es", "is empty"),
            ("care_steps[0].title.es", "is missing"),
            ("care_steps[0].text.en", "contains curly brackets"),
            ("care_steps[0].text", "has no en text"),
        ]),
        (format!("{{\"id\": \"s\", \"title\": \"{}\", \"text\": \"X\", \"day\": 0}}", "x".repeat(81)), vec![
            ("care_steps[0].title.en", "81 characters long; at most 80"),
            ("care_steps[0].title", "has no en text"),
            ("care_steps[0].text.es", "is missing"),
        ]),
        ("42".into(), vec![("care_steps[0]", "expected an object")]),
    ];
    for (item, expected) in cases {
        mistakes("care_steps", &item, &expected);
    }
    // A phase is named as the configurator's list names it, in the reader's language, beside
    // the id the file holds; for every phase (a heading's words may have placeholders).
    for phase in PhaseKind::ALL {
        let day = if phase.is_aftercare() { -3 } else { 3 };
        let (_, problems) = parse_config(&format!(
            "{{\"care_steps\": [{}]}}",
            step(&format!("\"day\": {day}, \"phase\": \"{}\"", phase.id()))
        ));
        for lang in Lang::ALL {
            let text = problem_text(lang, &problems[0]);
            let name = t(lang, &phase.name_key()).to_string();
            assert!(!name.contains('{') && text.contains(&name), "{text}");
            assert!(text.contains(phase.id()), "{text}");
        }
    }
    let (_, got) = parse("{\"care_steps\": {\"id\": \"s\"}}");
    assert!(got[0].starts_with("care_steps: expected a list"), "{got:?}");
    // Two steps with one id.
    let one = step("\"day\": 1");
    let (config, got) = parse(&format!("{{\"care_steps\": [{one}, {one}]}}"));
    assert!(
        got[0].starts_with("care_steps[1].id: \"s\" is used by another"),
        "{got:?}"
    );
    assert!(config.protocol.care_step("s").is_some());
}

#[test]
fn each_kind_of_mistake_in_a_question_is_reported_at_its_field() {
    let question = |rest: &str| format!("{{\"id\": \"q1\", {Q_TEXTS}, {rest}}}");
    let cases: Vec<(String, Vec<(&str, &str)>)> = vec![
        (question("\"step\": \"health\", \"effect\": \"consult\""), vec![]),
        (question("\"step\": \"kitchen\", \"effect\": \"consult\""), vec![("questions[0].step", "\"kitchen\" is not one of about_you")]),
        (question("\"effect\": \"consult\""), vec![("questions[0].step", "is missing")]),
        (question("\"step\": \"health\""), vec![("questions[0].effect", "is missing")]),
        (question("\"step\": \"health\", \"effect\": \"not_suitable\""), vec![("questions[0].effect", "not one of precaution, consult, postpone")]),
        (question("\"step\": \"health\", \"effect\": \"postpone\", \"postpone_days\": 7"), vec![("questions[0]", "a postponement needs a date_question and postpone_days")]),
        (question("\"step\": \"health\", \"effect\": \"postpone\", \"date_question\": \"When?\""), vec![("questions[0].date_question.es", "is missing"), ("questions[0]", "needs a date_question and postpone_days")]),
        (question("\"step\": \"health\", \"effect\": \"postpone\", \"date_question\": \"When?\", \"postpone_days\": 0"), vec![("questions[0].date_question.es", "is missing"), ("questions[0].postpone_days", "0 is not a wait")]),
        (question("\"step\": \"health\", \"effect\": \"consult\", \"postpone_days\": 3"), vec![("questions[0].postpone_days", "only a postponement has a wait")]),
        (format!("{{\"id\": \"age\", {Q_TEXTS}, \"step\": \"health\", \"effect\": \"consult\"}}"), vec![("questions[0].id", "already an id of the built-in protocol")]),
        ("{\"id\": \"q1\", \"text\": \"Q?\", \"step\": \"health\", \"effect\": \"consult\"}".to_string(), vec![("questions[0].text.es", "is missing"), ("questions[0].finding", "is missing")]),
    ];
    for (item, expected) in cases {
        mistakes("questions", &item, &expected);
    }
    // A question's follow-up id is taken too.
    let with_date = question(
        "\"step\": \"health\", \"effect\": \"postpone\", \"date_question\": {\"en\": \"When?\", \"es\": \"¿Cuándo?\"}, \"postpone_days\": 3",
    );
    let clash = format!(
        "{{\"id\": \"q1_date\", {Q_TEXTS}, \"step\": \"health\", \"effect\": \"consult\"}}"
    );
    let (_, got) = parse(&format!("{{\"questions\": [{with_date}, {clash}]}}"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("questions[1].id: \"q1_date\" is used by another"));
}

#[test]
fn switches_reach_built_in_care_steps_only_never_the_screening() {
    let cases: [(&str, &[(&str, &str)]); 6] = [
        (r#"{"numbing": false, "sun_before": true}"#, &[]),
        (
            r#"{"keloid_tendency": false}"#,
            &[("switches.keloid_tendency", "part of the screening")],
        ),
        (
            r#"{"under_minimum_age": false}"#,
            &[("switches.under_minimum_age", "never switch off")],
        ),
        (
            r#"{"warning_signs": false}"#,
            &[("switches.warning_signs", "cannot be switched off")],
        ),
        (
            r#"{"nubming": false}"#,
            &[("switches.nubming", "not a built-in care step")],
        ),
        (
            r#"{"numbing": "off"}"#,
            &[(
                "switches.numbing",
                "expected true or false, found text; the step stays on",
            )],
        ),
    ];
    for (switches, expected) in cases {
        let text = format!("{{\"switches\": {switches}}}");
        let (config, got) = parse(&text);
        assert_eq!(got.len(), expected.len(), "{text}: {got:?}");
        for ((field, words), problem) in expected.iter().zip(&got) {
            assert!(
                problem.starts_with(field) && problem.contains(words),
                "{problem}"
            );
        }
        assert_eq!(config.protocol.rules, Protocol::builtin().rules);
        assert_eq!(config.protocol.questions, Protocol::builtin().questions);
    }
    let (config, _) = parse(r#"{"switches": {"numbing": false}}"#);
    assert!(config.protocol.care_step("numbing").is_none());
    assert_eq!(
        config.protocol.care.len(),
        Protocol::builtin().care.len() - 1
    );
    let (_, got) = parse(r#"{"switches": ["numbing"]}"#);
    assert!(
        got[0].starts_with("switches: expected an object"),
        "{got:?}"
    );
}

#[test]
fn a_yes_to_a_clinic_question_gives_its_finding_and_its_wait() {
    let (config, _) = parse(CONTENT);
    let p = config.protocol;
    let settings = &config.settings;
    let plain = plain(&p);
    let base = assess_with(&p, &plain, settings, today());
    assert_eq!(base.verdict, Verdict::NoConcerns, "{:?}", base.findings);

    // A "yes" without its date is incomplete: the wait cannot be counted yet.
    let yes = plain.clone().with("antibiotics", Value::Bool(true));
    let a = assess_with(&p, &yes, settings, today());
    assert_eq!(a.verdict, Verdict::Incomplete);
    assert_eq!(a.missing, vec!["antibiotics_date".to_string()]);

    let dated = yes.with("antibiotics_date", Value::Text("2026-11-25".into()));
    let a = assess_with(&p, &dated, settings, today());
    assert_eq!(a.verdict, Verdict::Postpone);
    assert_eq!(a.finding_ids(), vec!["antibiotics"]);
    assert_eq!(a.earliest_date, Some(date(2026, 12, 9)));
    assert_eq!(a.findings[0].sources, &["clinic"]);
    assert_eq!(
        t(Lang::En, &a.findings[0].message_key),
        "Wait 2 weeks after your last antibiotic."
    );

    let sunbed = plain.with("sunbed", Value::Bool(true));
    let a = assess_with(&p, &sunbed, settings, today());
    assert_eq!(a.verdict, Verdict::ConsultProvider);
    assert!(a.may_plan());
}

/// The plan: `(first day, last day)` of each item of `step`, as days from each session.
fn days_of(
    config: &ClinicConfig,
    answers: &Answers,
    sessions: u32,
    step: &str,
) -> Vec<(u32, i64, i64)> {
    let p = &config.protocol;
    let a = assess_with(p, answers, &config.settings, today());
    let schedule = Schedule {
        first_date: date(2027, 1, 12),
        start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        sessions,
        interval_days: 28,
    };
    let plan = plan::build(p, answers, &a, &schedule, &config.settings).unwrap();
    plan.items
        .iter()
        .filter(|i| i.step == step)
        .map(|i| {
            let session = plan.sessions[i.session as usize - 1].date;
            (
                i.session,
                (i.date - session).num_days(),
                (i.last_date() - session).num_days(),
            )
        })
        .collect()
}

#[test]
fn the_plan_puts_clinic_steps_on_their_days_for_one_and_four_sessions() {
    let (config, _) = parse(CONTENT);
    let answers = plain(&config.protocol);
    assert_eq!(
        days_of(&config, &answers, 1, "no_alcohol"),
        vec![(1, -1, -1)]
    );
    assert_eq!(days_of(&config, &answers, 1, "no_sauna"), vec![(1, 1, 5)]);
    assert_eq!(
        days_of(&config, &answers, 4, "no_alcohol"),
        (1..=4).map(|n| (n, -1, -1)).collect::<Vec<_>>()
    );
    assert_eq!(
        days_of(&config, &answers, 4, "no_sauna"),
        (1..=4).map(|n| (n, 1, 5)).collect::<Vec<_>>()
    );
    assert!(days_of(&config, &answers, 4, "numbing").is_empty());

    // First and last session only; a condition on a built-in answer and on a clinic one.
    let text = CONTENT
        .replacen(
            "\"phase\": \"getting_ready\",",
            "\"phase\": \"getting_ready\", \"sessions\": \"first\",",
            1,
        )
        .replacen(
            "\"sessions\": \"every\",",
            "\"sessions\": \"last\", \"only_if\": {\"question\": \"sunbed\", \"answer\": \"no\"},",
            1,
        );
    let (config, problems) = parse(&text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        days_of(&config, &answers, 4, "no_alcohol"),
        vec![(1, -1, -1)]
    );
    assert_eq!(days_of(&config, &answers, 4, "no_sauna"), vec![(4, 1, 5)]);
    let sunbed = answers.clone().with("sunbed", Value::Bool(true));
    assert!(days_of(&config, &sunbed, 4, "no_sauna").is_empty());

    let retinoid_only = CONTENT.replacen(
        "\"sessions\": \"every\",",
        "\"only_if\": {\"question\": \"retinoids\", \"answer\": \"yes\"},",
        1,
    );
    let (config, _) = parse(&retinoid_only);
    assert!(days_of(&config, &answers, 1, "no_sauna").is_empty());
    let retinoids = answers.with("retinoids", Value::Bool(true));
    assert_eq!(days_of(&config, &retinoids, 1, "no_sauna"), vec![(1, 1, 5)]);
}

#[test]
fn clinic_steps_land_in_their_phase_and_on_today() {
    let (config, _) = parse(CONTENT);
    let p = &config.protocol;
    let answers = plain(p);
    let a = assess_with(p, &answers, &config.settings, today());
    let schedule = Schedule {
        first_date: date(2027, 1, 12),
        start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        sessions: 2,
        interval_days: 28,
    };
    let plan = plan::build(p, &answers, &a, &schedule, &config.settings).unwrap();
    let care = phases(&plan, p, &config.settings);
    let phase_of = |session: usize, step: &str| {
        care[session]
            .phases
            .iter()
            .find(|ph| ph.entries.iter().any(|e| plan.items[e.item].step == step))
            .map(|ph| ph.kind)
    };
    assert_eq!(phase_of(0, "no_alcohol"), Some(PhaseKind::GettingReady));
    assert_eq!(phase_of(1, "no_alcohol"), Some(PhaseKind::GettingReady));
    // Without a chosen phase, the phase its first day falls in (day 1: the first 24 hours).
    assert_eq!(phase_of(0, "no_sauna"), Some(PhaseKind::FirstDay));

    let day_before = date(2027, 1, 11).and_hms_opt(9, 0, 0).unwrap();
    let view = plan::today(&plan, &care, day_before);
    let now: Vec<&str> = view.now.iter().map(|e| plan.items[e.item].step).collect();
    assert!(now.contains(&"no_alcohol"), "{now:?}");
    let item = plan.items.iter().find(|i| i.step == "no_alcohol").unwrap();
    assert!(item.alarm);
    let text = item_text(Lang::Es, item);
    assert_eq!(text, "No beba alcohol el día antes de su sesión.");
    let after = date(2027, 1, 14).and_hms_opt(9, 0, 0).unwrap();
    let view = plan::today(&plan, &care, after);
    assert!(view
        .now
        .iter()
        .any(|e| plan.items[e.item].step == "no_sauna"));
}

/// A complete answer set for the built-in questions with nothing to report, varied by `flips`
/// (each a yes/no question turned to yes), then the clinic's questions answered.
fn answers_with(
    p: &Protocol,
    yes: &[&'static str],
    clinic_yes: &[(&str, u64)],
    today: NaiveDate,
) -> Answers {
    let mut a = Protocol::builtin().nothing_to_report();
    for id in yes {
        a.set(id, Value::Bool(true));
    }
    // Follow-ups a "yes" opens, with a date well in the past or a course still running.
    a.set("isotretinoin_still_taking", Value::Bool(false));
    for date_id in ["isotretinoin_last_dose", "injection_last_date"] {
        a.set(date_id, Value::Text((today - Days::new(40)).to_string()));
    }
    for q in p
        .questions
        .iter()
        .filter(|q| Protocol::builtin().question(q.id).is_none())
    {
        if q.show_if.is_none() {
            a.set(q.id, Value::Bool(false));
        }
    }
    for (id, days_ago) in clinic_yes {
        a.set(id, Value::Bool(true));
        a.set(
            &format!("{id}_date"),
            Value::Text((today - Days::new(*days_ago)).to_string()),
        );
    }
    a
}

proptest! {
    /// Whatever the built-in answers, answering the clinic's questions (yes or no, any date)
    /// never gives a milder verdict, a sooner earliest date or fewer findings than the built-in
    /// protocol alone.
    #[test]
    fn a_clinic_question_never_makes_a_verdict_milder(
        yes in proptest::sample::subsequence(
            Protocol::builtin()
                .questions
                .iter()
                .filter(|q| q.show_if.is_none() && q.kind == careplanner::domain::protocol::AnswerKind::YesNo)
                .map(|q| q.id)
                .collect::<Vec<_>>(),
            0..=4,
        ),
        antibiotics in proptest::option::of(0u64..60),
        sunbed in any::<bool>(),
        days in 0u64..3000,
    ) {
        let today = date(2026, 1, 1) + Days::new(days);
        let (config, _) = parse(CONTENT);
        let p = config.protocol;
        let mut clinic_yes = Vec::new();
        if let Some(ago) = antibiotics {
            clinic_yes.push(("antibiotics", ago));
        }
        let mut answers = answers_with(&p, &yes, &clinic_yes, today);
        if sunbed {
            answers.set("sunbed", Value::Bool(true));
        }
        let builtin = assess_with(&Protocol::builtin(), &answers, &config.settings, today);
        let with = assess_with(&p, &answers, &config.settings, today);
        prop_assert!(with.verdict.rank() >= builtin.verdict.rank(), "{:?} < {:?}", with.verdict, builtin.verdict);
        for id in builtin.finding_ids() {
            prop_assert!(with.has_finding(id), "{id} lost");
        }
        if builtin.verdict != Verdict::NotSuitable {
            prop_assert!(with.earliest_date >= builtin.earliest_date);
        }
        prop_assert_eq!(with.has_finding("sunbed"), sunbed);
        prop_assert_eq!(with.has_finding("antibiotics"), antibiotics.is_some());
    }
}

/// A journey with the clinic's questions answered, and a schedule.
fn clinic_state(p: &Protocol) -> careplanner::domain::saved::SavedState {
    use careplanner::domain::saved::{SavedSchedule, SavedState};
    SavedState {
        lang: Lang::Es,
        answers: plain(p)
            .with("antibiotics", Value::Bool(true))
            .with("antibiotics_date", Value::Text("2026-11-20".into()))
            .with("sunbed", Value::Bool(true)),
        schedule: Some(SavedSchedule {
            first_date: date(2027, 1, 12),
            start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            sessions: 4,
            interval_days: 28,
        }),
        phone: None,
    }
}

#[test]
fn saved_data_round_trips_under_its_content_and_is_refused_under_another() {
    use careplanner::domain::saved::{decode_for, encode_for, LoadError};
    let (config, _) = parse(CONTENT);
    let p = config.protocol;
    let builtin = Protocol::builtin();
    let state = clinic_state(&p);
    let text = encode_for(&state, &p);
    assert_eq!(decode_for(&text, &p), Ok(state.clone()));

    let (changed, _) = parse(&CONTENT.replacen("\"day\": -1", "\"day\": -2", 1));
    for (case, under) in [("built-in", builtin), ("changed content", changed.protocol)] {
        let refused = decode_for(&text, &under);
        assert_eq!(refused, Err(LoadError::OtherContent), "{case}");
        assert!(t(Lang::Es, refused.unwrap_err().key()).contains("clínica"));
    }
    // Made without content, opened under content.
    let plain_state = careplanner::domain::saved::SavedState {
        answers: builtin.nothing_to_report(),
        ..state
    };
    let text = encode_for(&plain_state, &builtin);
    assert_eq!(decode_for(&text, &builtin), Ok(plain_state.clone()));
    assert_eq!(decode_for(&text, &p), Err(LoadError::OtherContent));
    assert!(matches!(
        decode_for(
            &format!("{},\"content\":7}}", &text[..text.len() - 1]),
            &builtin
        ),
        Err(LoadError::Corrupt { .. })
    ));
}

#[test]
fn share_links_round_trip_under_their_content_and_are_refused_under_another() {
    use careplanner::domain::share::{decode_fragment, encode_fragment, ShareError};
    let (config, _) = parse(CONTENT);
    let p = config.protocol;
    let builtin = Protocol::builtin();
    let state = clinic_state(&p);
    let link = encode_fragment(&state, &p);
    assert_eq!(decode_fragment(&link, &p), Ok(state.clone()));

    let (changed, _) = parse(&CONTENT.replacen("No sauna or swimming", "No sauna", 1));
    for under in [builtin, changed.protocol] {
        assert_eq!(
            decode_fragment(&link, &under),
            Err(ShareError::OtherContent)
        );
    }
    assert!(t(Lang::En, ShareError::OtherContent.key()).contains("clinic"));
    let plain_state = careplanner::domain::saved::SavedState {
        answers: builtin.nothing_to_report(),
        ..state
    };
    let link = encode_fragment(&plain_state, &builtin);
    assert_eq!(decode_fragment(&link, &builtin), Ok(plain_state));
    assert_eq!(decode_fragment(&link, &p), Err(ShareError::OtherContent));
}

#[test]
fn the_fhir_export_carries_the_clinic_questions_and_their_answers() {
    use careplanner::domain::fhir::{questionnaire, questionnaire_response};
    let (config, _) = parse(CONTENT);
    let p = config.protocol;
    let state = clinic_state(&p);
    let q = questionnaire(&p, Lang::Es).to_json();
    assert!(q.contains("\"linkId\":\"antibiotics\""), "{q}");
    assert!(q.contains("¿Ha tomado antibióticos en las últimas 2 semanas?"));
    assert!(q.contains("\"linkId\":\"antibiotics_date\""));
    assert!(q.contains("+clinic."), "the version names the content");
    let r = questionnaire_response(&p, &state.answers, Lang::Es, today()).to_json();
    assert!(r.contains("\"status\":\"completed\""), "{r}");
    for expected in [
        "\"linkId\":\"antibiotics\"",
        "\"valueDate\":\"2026-11-20\"",
        "\"linkId\":\"sunbed\"",
    ] {
        assert!(r.contains(expected), "{expected} in {r}");
    }
    let version = |json: &str| json.split("+clinic.").nth(1).map(|v| v[..16].to_string());
    assert_eq!(version(&q), version(&r));
    // The built-in questionnaire keeps the app's plain version.
    assert!(!questionnaire(&Protocol::builtin(), Lang::En)
        .to_json()
        .contains("+clinic."));
}

/// One of each kind of content problem; the match makes a new kind fail to compile until it
/// is listed here.
fn every_content_kind() -> Vec<careplanner::domain::clinic::content::ContentKind> {
    use careplanner::domain::clinic::content::{ContentKind as K, Found};
    use careplanner::domain::json::Json;
    let found = Found::of(&Json::Number(3.0));
    let kinds = vec![
        K::ExpectedList { found },
        K::ExpectedObject { found },
        K::ExpectedSwitches { found },
        K::UnknownField {
            known: &["id", "text"],
        },
        K::Repeated,
        K::ExpectedText { found },
        K::ExpectedTexts { found },
        K::ExpectedBool { found },
        K::ExpectedDays {
            found: "1.5".into(),
        },
        K::Missing,
        K::MissingOneOf {
            options: vec!["a", "b"],
        },
        K::NotOneOf {
            word: "x".into(),
            options: vec!["a", "b"],
        },
        K::NotSnakeCase {
            id: "Bad Id".into(),
        },
        K::BuiltInId { id: "age".into() },
        K::TakenId { id: "s".into() },
        K::UnknownLanguage,
        K::EmptyText,
        K::TooLong {
            length: 81,
            max: 80,
        },
        K::ControlCharacter,
        K::Braces,
        K::NoDefaultText { default: Lang::Es },
        K::MissingTranslation {
            default: Lang::Es,
            reading: Lang::En,
        },
        K::TooFar { days: 400 },
        K::NotAWait { days: 0, max: 365 },
        K::PostponeNeedsDate,
        K::WaitOnlyForPostpone { effect: "consult" },
        K::WindowBackwards { from: 5, to: 1 },
        K::NoTiming,
        K::DayAndWindow,
        K::HalfWindow,
        K::PhaseSide {
            phase: PhaseKind::EarlyDays,
            day: -3,
        },
        K::OnlyIfIncomplete,
        K::NotAskedOfAll {
            question: "nope".into(),
        },
        K::NotAnAnswer {
            answer: "maybe".into(),
            question: "retinoids".into(),
            answers: vec!["yes", "no"],
        },
        K::SwitchesScreening,
        K::NotACareStep {
            steps: vec!["numbing"],
        },
        K::AlwaysOn,
        K::Refused {
            reason: "unknown source".into(),
        },
    ];
    for kind in &kinds {
        match kind {
            K::ExpectedList { .. }
            | K::ExpectedObject { .. }
            | K::ExpectedSwitches { .. }
            | K::UnknownField { .. }
            | K::Repeated
            | K::ExpectedText { .. }
            | K::ExpectedTexts { .. }
            | K::ExpectedBool { .. }
            | K::ExpectedDays { .. }
            | K::Missing
            | K::MissingOneOf { .. }
            | K::NotOneOf { .. }
            | K::NotSnakeCase { .. }
            | K::BuiltInId { .. }
            | K::TakenId { .. }
            | K::UnknownLanguage
            | K::EmptyText
            | K::TooLong { .. }
            | K::ControlCharacter
            | K::Braces
            | K::NoDefaultText { .. }
            | K::MissingTranslation { .. }
            | K::TooFar { .. }
            | K::NotAWait { .. }
            | K::PostponeNeedsDate
            | K::WaitOnlyForPostpone { .. }
            | K::WindowBackwards { .. }
            | K::NoTiming
            | K::DayAndWindow
            | K::HalfWindow
            | K::PhaseSide { .. }
            | K::OnlyIfIncomplete
            | K::NotAskedOfAll { .. }
            | K::NotAnAnswer { .. }
            | K::SwitchesScreening
            | K::NotACareStep { .. }
            | K::AlwaysOn
            | K::Refused { .. } => {}
        }
    }
    kinds
}

#[test]
fn every_kind_of_content_problem_has_words_in_both_languages() {
    use careplanner::domain::clinic::content::{content_text, ContentProblem, Then};
    let thens = [
        Then::LeftOut(careplanner::domain::clinic::content::Item::Step),
        Then::LeftOut(careplanner::domain::clinic::content::Item::Question),
        Then::Ignored,
        Then::NothingUsed,
        Then::LastUsed,
        Then::NoReminder,
        Then::StaysOn,
        Then::NoneSwitchedOff,
        Then::Said,
    ];
    for kind in every_content_kind() {
        for then in thens {
            let problem = ContentProblem::new(kind.clone(), then);
            let [en, es] = Lang::ALL.map(|lang| content_text(lang, &problem));
            for text in [&en, &es] {
                assert!(!text.contains("problem."), "a key instead of words: {text}");
                let unfilled = text
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(name, _)| name))
                    .any(|name| {
                        !name.is_empty()
                            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    });
                assert!(!unfilled, "unfilled: {text}");
            }
            assert_ne!(en, es, "{problem:?} reads the same in Spanish");
        }
    }
    // In Spanish, through the check panel's one way of saying a problem.
    let (_, problems) = parse_config(
        r#"{"default_language": "es", "care_steps": [{"id": "s", "title": "T", "text": "X", "from": 5, "to": 1}]}"#,
    );
    let window = problems
        .iter()
        .find(|p| p.field == "care_steps[0]")
        .unwrap();
    let words = careplanner::domain::clinic::problem_text(Lang::Es, window);
    assert_eq!(
        words,
        "el periodo termina (día 1) antes de empezar (día 5); se omite el paso"
    );
}

/// The release app reads the settings and the content in the module that asks the questions:
/// `read_config` leaves them waiting, without the protocol; `read_protocol` reads them once,
/// with the same result as `parse_config`.
#[test]
fn the_settings_and_content_can_wait_for_the_module_that_asks_the_questions() {
    use careplanner::domain::clinic::read_config;
    let file = CONTENT.replacen('{', r#"{"settings": {"numbing_minutes": 99}, "#, 1);
    let (mut waiting, problems) = read_config(&file);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(waiting.protocol, Protocol::NOT_READ);
    assert_eq!(waiting.unread.as_ref().map(Vec::len), Some(4));
    assert!(waiting.adds_content());
    let (whole, whole_problems) = parse_config(&file);
    let found = waiting.read_protocol();
    assert_eq!(found, whole_problems);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field, "settings.numbing_minutes");
    assert_eq!(waiting, whole);
    assert_eq!(waiting.unread, None);
    assert!(waiting.read_protocol().is_empty(), "read once");
    let (mut broken, _) = read_config(r#"{"switches": {"age": false}}"#);
    assert_eq!(broken.read_protocol().len(), 1);
    assert!(broken.read_protocol().is_empty(), "read once");
    // Without settings or content, the protocol read is the built-in one all the same.
    let (mut plain, _) = read_config(r#"{"name": "North"}"#);
    assert!(!plain.adds_content());
    assert!(plain.read_protocol().is_empty());
    assert_eq!(plain.protocol, Protocol::builtin());
}
