//! Docs that cannot drift: the tables of `docs/protocol.md`, `docs/care-plan.md` and
//! `docs/clinic-config.md` are written from the protocol itself. Each sits between `<!-- generated: NAME -->` and `<!-- end generated -->`; this test
//! fails when a table differs from what the protocol says, and rewrites it when run with
//! `UPDATE_DOCS=1` (as rust-analyzer does for its manual).

mod plan_support;

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::clinic::{parse_config, problem_text};
use careplanner::domain::i18n::{t, Lang};
use careplanner::domain::plan::{build, phases, Schedule};
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::{
    Amount, AnswerKind, Applies, CareStep, Condition, Direction, Offset, PhaseKind, Planning,
    Protocol, Question, Rule, Severity, Unit, When, PHASES,
};
use careplanner::domain::screening::Verdict;
use plan_support::{assessment, busy_answers, d, hm};
use std::collections::BTreeMap;

fn amount(p: &Protocol, amount: Amount) -> String {
    match amount {
        Amount::Fixed(n) => n.to_string(),
        Amount::Setting(id) => {
            let default = p.setting(id).map_or(0, |s| s.default);
            format!("setting `{id}` ({default})")
        }
    }
}

fn condition(p: &Protocol, c: &Condition) -> String {
    let join = |cs: &[Condition], word: &str| {
        cs.iter()
            .map(|c| condition(p, c))
            .collect::<Vec<_>>()
            .join(word)
    };
    match *c {
        Condition::Yes(q) => format!("`{q}` yes"),
        Condition::No(q) => format!("`{q}` no"),
        Condition::Chose(q, option) => format!("`{q}` is {option}"),
        Condition::Below(q, a) => format!("`{q}` below {}", amount(p, a)),
        Condition::Within(q, period) => {
            format!(
                "`{q}` within {} {}",
                amount(p, period.amount),
                period.unit.name()
            )
        }
        Condition::All(cs) => join(cs, " and "),
        Condition::Any(cs) => join(cs, " or "),
    }
}

fn kind(q: &Question) -> String {
    match q.kind {
        AnswerKind::YesNo => "yes/no".into(),
        AnswerKind::Number { min, max } => format!("number {min}–{max}"),
        AnswerKind::Date { past_only: true } => "date, past only".into(),
        AnswerKind::Date { past_only: false } => "date".into(),
        AnswerKind::Choice { options } => format!("choice: {}", options.join(", ")),
        AnswerKind::Multi { options } => format!("multi: {}", options.join(", ")),
    }
}

fn reads(rule: &Rule, question: &str) -> bool {
    rule.when.questions().contains(&question) || rule.until.is_some_and(|(q, _)| q == question)
}

fn questions(p: &Protocol) -> String {
    let mut out = String::from(
        "| id | type | step | asked when | rules that read it |\n|---|---|---|---|---|\n",
    );
    for q in p.questions {
        let when = q
            .show_if
            .as_ref()
            .map_or("always".into(), |c| condition(p, c));
        let rules: Vec<String> = p
            .rules
            .iter()
            .filter(|r| reads(r, q.id))
            .map(|r| format!("`{}`", r.id))
            .collect();
        let rules = if rules.is_empty() {
            "none".into()
        } else {
            rules.join(", ")
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {when} | {rules} |\n",
            q.id,
            kind(q),
            q.step
        ));
    }
    out
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Precaution => "precaution",
        Severity::Consult => "consult",
        Severity::Postpone => "postpone",
        Severity::NotSuitable => "not suitable",
    }
}

fn rules(p: &Protocol) -> String {
    let mut out = String::from(
        "| rule | severity | planning | fires when | until | sources | disputed |\n|---|---|---|---|---|---|---|\n",
    );
    for r in p.rules {
        let planning = match r.planning {
            Planning::Allowed => "allowed",
            Planning::IfCleared => "if cleared",
            Planning::Blocked => "no calendar",
        };
        let until = r.until.map_or("—".into(), |(q, period)| {
            format!(
                "`{q}` + {} {}",
                amount(p, period.amount),
                period.unit.name()
            )
        });
        out.push_str(&format!(
            "| `{}` | {} | {planning} | {} | {until} | {} | {} |\n",
            r.id,
            severity(r.severity),
            condition(p, &r.when),
            r.sources.join(", "),
            if r.disputed { "yes" } else { "no" },
        ));
    }
    out
}

fn settings(p: &Protocol) -> String {
    let mut out = String::from(
        "| setting | default | range | unit | sources | disputed |\n|---|---|---|---|---|---|\n",
    );
    for s in p.settings {
        out.push_str(&format!(
            "| `{}` | {} | {}–{} | {} | {} | {} |\n",
            s.id,
            s.default,
            s.min,
            s.max,
            s.unit.name(),
            s.sources.join(", "),
            if s.disputed { "yes" } else { "no" },
        ));
    }
    out
}

fn info(p: &Protocol) -> String {
    let mut out = String::from("| card | sources |\n|---|---|\n");
    for card in p.info {
        out.push_str(&format!(
            "| `{}` | {} |\n",
            card.id,
            card.sources.join(", ")
        ));
    }
    out
}

/// The default value of an amount.
fn value(p: &Protocol, amount: Amount) -> i64 {
    match amount {
        Amount::Fixed(n) => n,
        Amount::Setting(id) => p.setting(id).map_or(0, |s| s.default),
    }
}

/// A point counted from the session day, at the defaults: "day −5", "24 h after",
/// "3 months after", "the day before day 7".
fn offset(p: &Protocol, o: Offset) -> String {
    let n = value(p, o.amount);
    let point = match (o.unit, o.direction) {
        (_, _) if n == 0 => "day 0".to_string(),
        (Unit::Days, Direction::Before) => format!("day −{n}"),
        (Unit::Days, Direction::After) => format!("day {n}"),
        (unit, Direction::Before) => format!("{n} {} before", unit.name()),
        (unit, Direction::After) => format!("{n} {} after", unit.name()),
    };
    if o.day_before {
        format!("the day before {point}")
    } else {
        point
    }
}

fn when(p: &Protocol, w: When) -> String {
    match w {
        When::Day(o) => offset(p, o),
        When::Days { from, to } => format!("{} … {}", offset(p, from), offset(p, to)),
        When::Timed {
            minutes_before,
            minutes,
        } => {
            let before = value(p, minutes_before);
            let start = if before == 0 {
                "the start time".to_string()
            } else {
                format!("start − {before} min")
            };
            format!("{start}, {} min", value(p, minutes))
        }
    }
}

fn applies(a: Applies) -> &'static str {
    match a {
        Applies::EverySession => "each",
        Applies::FirstSession => "first",
        Applies::LastSession => "last",
        Applies::AllButLast => "all but last",
    }
}

/// Which phase each step's first item falls in, over plans that between them hold every step:
/// two sessions of someone who uses everything that needs a pause, once with over-the-counter
/// NSAIDs and once with prescribed ones, pregnant in the second.
fn phase_of_steps(p: &Protocol) -> BTreeMap<String, PhaseKind> {
    let clinic = ClinicSettings::defaults();
    let people: [Answers; 2] = [
        busy_answers(),
        busy_answers()
            .with("nsaids", Value::Text("prescribed".into()))
            .with("pregnant_or_breastfeeding", Value::Bool(true)),
    ];
    let schedule = Schedule {
        first_date: d(2027, 3, 1),
        start_time: hm(10, 0),
        sessions: 2,
        interval_days: 28,
    };
    let mut found = BTreeMap::new();
    for answers in &people {
        let made = assessment(Verdict::Precautions, None, d(2027, 1, 1));
        let plan = build(p, answers, &made, &schedule, &clinic).unwrap();
        for session in phases(&plan, p, &clinic) {
            for phase in &session.phases {
                for entry in &phase.entries {
                    let step = plan.items[entry.item].step.to_string();
                    found.entry(step).or_insert(phase.kind);
                }
            }
        }
    }
    found
}

fn care_steps(p: &Protocol, phase_of: &BTreeMap<String, PhaseKind>) -> String {
    let mut out = String::from(
        "| id | category | when (at the defaults) | settings (default) | for whom | sessions | phase | reminder | sources |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    for step in p.care {
        let step: &CareStep = step;
        let settings: Vec<String> = step
            .settings()
            .iter()
            .map(|id| format!("`{id}` ({})", value(p, Amount::Setting(id))))
            .collect();
        let whom = step
            .only_if
            .as_ref()
            .map_or("everyone".into(), |c| condition(p, c));
        let phase = phase_of
            .get(step.id)
            .map_or("—".into(), |kind| kind.id().to_string());
        let mut extras = Vec::new();
        if step.resume {
            extras.push("then “may resume”");
        }
        if step.omit_if_zero.is_some() {
            extras.push("left out at 0");
        }
        let extras = if extras.is_empty() {
            String::new()
        } else {
            format!(" ({})", extras.join(", "))
        };
        out.push_str(&format!(
            "| `{}` | {} | {}{extras} | {} | {whom} | {} | {phase} | {} | {} |\n",
            step.id,
            step.category.id(),
            when(p, step.when),
            if settings.is_empty() {
                "—".into()
            } else {
                settings.join(", ")
            },
            applies(step.applies),
            if step.alarm { "yes" } else { "" },
            step.sources.join(", "),
        ));
    }
    out
}

fn phase_table(p: &Protocol, phase_of: &BTreeMap<String, PhaseKind>) -> String {
    let mut out = String::from("| phase | last day (at the defaults) | holds |\n|---|---|---|\n");
    for def in PHASES {
        let last = def.last_day.map_or("—".into(), |o| offset(p, o));
        let holds: Vec<String> = p
            .care
            .iter()
            .filter(|step| phase_of.get(step.id) == Some(&def.kind))
            .map(|step| format!("`{}`", step.id))
            .collect();
        let holds = if holds.is_empty() {
            "nothing, at the defaults".into()
        } else {
            holds.join(", ")
        };
        out.push_str(&format!("| `{}` | {last} | {holds} |\n", def.kind.id()));
    }
    out
}

fn clinic_settings(p: &Protocol) -> String {
    let mut out = String::from(
        "| setting | default | allowed | unit | what it sets | sources disagree |\n|---|---|---|---|---|---|\n",
    );
    for s in p.settings {
        out.push_str(&format!(
            "| `{}` | {} | {} to {} | {} | {} | {} |\n",
            s.id,
            s.default,
            s.min,
            s.max,
            s.unit.name(),
            t(Lang::En, &format!("setting.{}.label", s.id)),
            if s.disputed { "yes" } else { "no" },
        ));
    }
    out
}

/// One example file per kind of mistake in a clinic file, each with exactly one problem.
const MISTAKES: &[(&str, &str)] = &[
    ("not JSON", r#"{"name": "Clinic" "phone": "555 0100"}"#),
    ("not an object", r#"["name", "Clinic"]"#),
    ("unknown field", r#"{"colours": {}}"#),
    ("wrong type", r#"{"name": 42}"#),
    ("repeated field", r#"{"name": "A", "name": "B"}"#),
    (
        "out of range",
        r#"{"settings": {"isotretinoin_months": 30}}"#,
    ),
    (
        "unknown setting",
        r#"{"settings": {"isotretinoin_month": 3}}"#,
    ),
    ("bad colour", r##"{"colors": {"accent": "teal"}}"##),
    ("low contrast", r##"{"colors": {"accent": "#ffd700"}}"##),
    ("path not allowed", r#"{"logo": "/logo.svg"}"#),
    ("order broken", r#"{"settings": {"sessions_min": 5}}"#),
    (
        "impossible timing",
        r#"{"care_steps": [{"id": "no_sauna", "title": {"en": "No sauna", "es": "Sin sauna"}, "text": {"en": "No sauna or pool.", "es": "Sin sauna ni piscina."}, "from": 5, "to": 1}]}"#,
    ),
    (
        "phase on the wrong side",
        r#"{"care_steps": [{"id": "no_wax", "title": {"en": "No waxing", "es": "Sin cera"}, "text": {"en": "No waxing.", "es": "Sin depilación con cera."}, "day": -3, "phase": "early_days"}]}"#,
    ),
    (
        "missing translation",
        r#"{"default_language": "es", "questions": [{"id": "sunbed", "step": "skin", "text": {"es": "¿Cama solar este mes?"}, "finding": {"en": "Tell us first.", "es": "Háblelo con nosotros."}, "effect": "consult"}]}"#,
    ),
    (
        "taken id",
        r#"{"care_steps": [{"id": "numbing", "title": {"en": "T", "es": "T"}, "text": {"en": "X", "es": "X"}, "day": 0}]}"#,
    ),
    (
        "postponement without an end",
        r#"{"questions": [{"id": "antibiotics", "step": "medicines", "text": {"en": "Antibiotics lately?", "es": "¿Antibióticos?"}, "finding": {"en": "Wait.", "es": "Espere."}, "effect": "postpone"}]}"#,
    ),
    (
        "unknown answer",
        r#"{"care_steps": [{"id": "s", "title": {"en": "T", "es": "T"}, "text": {"en": "X", "es": "X"}, "day": 0, "only_if": {"question": "retinoids", "answer": "maybe"}}]}"#,
    ),
    (
        "switching the screening",
        r#"{"switches": {"keloid_tendency": false}}"#,
    ),
];

fn mistakes() -> String {
    let mut out =
        String::from("| mistake | in the file | the problem, in English |\n|---|---|---|\n");
    for (mistake, file) in MISTAKES {
        let (_, problems) = parse_config(file);
        assert_eq!(problems.len(), 1, "{mistake}: {file} gives {problems:?}");
        let problem = &problems[0];
        out.push_str(&format!(
            "| {mistake} | `{file}` | `{}: {}` |\n",
            problem.field,
            problem_text(Lang::En, problem).replace('|', "\\|"),
        ));
    }
    out
}

/// `text` with each generated section replaced by `tables`' content for its name.
fn regenerate(text: &str, tables: &[(&str, String)]) -> Result<String, String> {
    let mut out = text.to_string();
    for (name, table) in tables {
        let open = format!("<!-- generated: {name} -->\n");
        let close = "<!-- end generated -->";
        let start = out.find(&open).ok_or(format!("no `{open}` marker"))? + open.len();
        let end = start
            + out[start..]
                .find(close)
                .ok_or(format!("{name}: no end marker"))?;
        out.replace_range(start..end, table);
    }
    Ok(out)
}

fn check_doc(file: &str, tables: &[(&str, String)]) {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let fresh = regenerate(&text, tables).unwrap_or_else(|e| panic!("{file}: {e}"));
    if fresh != text {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, fresh).unwrap();
        } else {
            panic!("{file} differs from the protocol; run `UPDATE_DOCS=1 cargo test --test docs`");
        }
    }
}

#[test]
fn the_protocol_doc_tables_are_the_protocol() {
    let p = Protocol::builtin();
    check_doc(
        "docs/protocol.md",
        &[
            ("questions", questions(&p)),
            ("rules", rules(&p)),
            ("settings", settings(&p)),
            ("info", info(&p)),
        ],
    );
}

#[test]
fn regenerating_replaces_only_what_is_between_the_markers() {
    let text = "a\n<!-- generated: t -->\nold\n<!-- end generated -->\nb\n";
    let fresh = regenerate(text, &[("t", "new\n".into())]).unwrap();
    assert_eq!(
        fresh,
        "a\n<!-- generated: t -->\nnew\n<!-- end generated -->\nb\n"
    );
    assert!(regenerate("no markers", &[("t", String::new())]).is_err());
}

#[test]
fn the_care_plan_doc_tables_are_the_protocol() {
    let p = Protocol::builtin();
    let phase_of = phase_of_steps(&p);
    check_doc(
        "docs/care-plan.md",
        &[
            ("care_steps", care_steps(&p, &phase_of)),
            ("phases", phase_table(&p, &phase_of)),
        ],
    );
}

#[test]
fn the_clinic_config_doc_settings_table_is_the_protocol() {
    let p = Protocol::builtin();
    check_doc(
        "docs/clinic-config.md",
        &[("settings", clinic_settings(&p)), ("mistakes", mistakes())],
    );
}
