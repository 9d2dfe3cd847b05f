//! Prints the built-in questionnaire as a SurveyJS JSON model, with the English texts.
//!
//! The browser benchmark compares careplanner with the same questionnaire written for SurveyJS.
//! Generating that form from `Protocol::builtin()` keeps the two the same question for question:
//! run `cargo run --example surveyjs_model > bench/surveyjs/model.json` after a protocol change.

use careplanner::domain::i18n::{lookup, t, Lang};
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::{AnswerKind, Condition, Protocol, Question, Unit};
use serde_json::{json, Map, Value};

const LANG: Lang = Lang::En;

/// A SurveyJS expression that holds exactly when the protocol's condition does.
fn expression(protocol: &Protocol, settings: &ClinicSettings, c: &Condition) -> String {
    let join = |cs: &[Condition], op: &str| {
        let parts: Vec<String> = cs
            .iter()
            .map(|c| format!("({})", expression(protocol, settings, c)))
            .collect();
        parts.join(op)
    };
    match *c {
        Condition::Yes(q) => format!("{{{q}}} = true"),
        Condition::No(q) => format!("{{{q}}} = false"),
        // A multi-select answer is an array in SurveyJS, so "chosen" means "contains" there.
        Condition::Chose(q, option) => match protocol.question(q).map(|q| q.kind) {
            Some(AnswerKind::Multi { .. }) => format!("{{{q}}} contains '{option}'"),
            _ => format!("{{{q}}} = '{option}'"),
        },
        Condition::Below(q, amount) => {
            format!("{{{q}}} < {}", amount.resolve(protocol, settings))
        }
        // The app rounds hours and minutes up to whole days; SurveyJS's dateAdd does the same
        // arithmetic once they are given as days.
        Condition::Within(q, period) => {
            let n = period.amount.resolve(protocol, settings).max(0);
            let (n, unit) = match period.unit {
                Unit::Months => (n, "months"),
                Unit::Years => (n, "years"),
                Unit::Days | Unit::Sessions => (n, "days"),
                Unit::Hours => ((n + 23) / 24, "days"),
                Unit::Minutes => ((n + 1439) / 1440, "days"),
            };
            format!("dateAdd({{{q}}}, {n}, '{unit}') > today()")
        }
        Condition::All(cs) => join(cs, " and "),
        Condition::Any(cs) => join(cs, " or "),
    }
}

fn choices(q: &Question, options: &[&str]) -> Value {
    options
        .iter()
        .map(|o| json!({ "value": o, "text": t(LANG, &format!("opt.{}.{o}", q.id)) }))
        .collect()
}

/// One protocol question as a SurveyJS question of the matching type.
fn element(protocol: &Protocol, settings: &ClinicSettings, q: &Question) -> Value {
    let mut e = Map::new();
    e.insert("name".into(), json!(q.id));
    e.insert("title".into(), json!(t(LANG, &format!("q.{}", q.id))));
    if q.help {
        let help = lookup(LANG, &format!("q.{}.help", q.id)).unwrap_or_default();
        e.insert("description".into(), json!(help));
    }
    match q.kind {
        // Yes/no is SurveyJS's boolean, shown as two radio buttons, Yes first, as careplanner
        // shows it.
        AnswerKind::YesNo => {
            e.insert("type".into(), json!("boolean"));
            e.insert("renderAs".into(), json!("radio"));
            e.insert("swapOrder".into(), json!(true));
            e.insert("labelTrue".into(), json!(t(LANG, "answer.yes")));
            e.insert("labelFalse".into(), json!(t(LANG, "answer.no")));
        }
        AnswerKind::Number { min, max } => {
            e.insert("type".into(), json!("text"));
            e.insert("inputType".into(), json!("number"));
            e.insert("min".into(), json!(min));
            e.insert("max".into(), json!(max));
            e.insert("step".into(), json!(1));
        }
        AnswerKind::Date { past_only } => {
            e.insert("type".into(), json!("text"));
            e.insert("inputType".into(), json!("date"));
            if past_only {
                e.insert("maxValueExpression".into(), json!("today()"));
            }
        }
        AnswerKind::Choice { options } => {
            e.insert("type".into(), json!("radiogroup"));
            e.insert("choices".into(), choices(q, options));
        }
        AnswerKind::Multi { options } => {
            e.insert("type".into(), json!("checkbox"));
            e.insert("choices".into(), choices(q, options));
        }
    }
    if let Some(c) = &q.show_if {
        e.insert("visibleIf".into(), json!(expression(protocol, settings, c)));
    }
    if q.required {
        e.insert("isRequired".into(), json!(true));
    }
    Value::Object(e)
}

fn main() {
    let protocol = Protocol::builtin();
    let settings = ClinicSettings::defaults();
    let pages: Vec<Value> = protocol
        .steps
        .iter()
        .map(|step| {
            json!({
                "name": step.id,
                "title": t(LANG, &format!("step.{}", step.id)),
                "elements": protocol
                    .questions_in(step.id)
                    .map(|q| element(&protocol, &settings, q))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let model = json!({
        "title": t(LANG, "app.name"),
        "description": t(LANG, "welcome.lead"),
        "showQuestionNumbers": "off",
        "pages": pages,
    });
    let text = serde_json::to_string_pretty(&model).expect("a JSON value always serialises");
    println!("{text}");
}
