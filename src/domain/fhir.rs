//! The questions as a FHIR R4 `Questionnaire` and the answers as the matching
//! `QuestionnaireResponse`, in JSON, so a clinic's record system can import them.
//! `docs/fhir.md` describes the mapping.
//!
//! Only the protocol and the answers go in: no name, no identifier of the person. The clinic
//! attaches the response to its own patient record when it imports it.

use super::answers::{Answers, Value};
use super::i18n::{t, Lang};
use super::json::Json;
use super::protocol::ClinicSettings;
use super::protocol::{AnswerKind, Condition, Context, Protocol, Question};
use super::saved::iso_date;
use super::screening::assess;
use chrono::NaiveDate;

/// The base of our canonical URLs. The app has no web site: `.invalid` is reserved (RFC 6761)
/// so these identifiers can never belong to someone else and are never fetched.
pub const BASE_URL: &str = "https://careplanner.invalid/fhir";

/// The questionnaire's canonical URL.
pub fn questionnaire_url() -> String {
    format!("{BASE_URL}/Questionnaire/microneedling-screening")
}

/// The code system of one question's options.
pub fn option_system(question: &str) -> String {
    format!("{BASE_URL}/CodeSystem/{question}")
}

/// The questionnaire's version: the app's, since the questions ship with it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The version of `protocol`'s questionnaire: the app's, and with a clinic's own questions the
/// fingerprint of its content too (`0.1.0+clinic.0123456789abcdef`), since the questionnaire
/// then is that clinic's, and a response must name the one it answers.
pub fn questionnaire_version(protocol: &Protocol) -> String {
    match protocol.content {
        None => VERSION.to_string(),
        Some(content) => format!("{VERSION}+clinic.{content:016x}"),
    }
}

const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";

fn s(text: impl Into<String>) -> Json {
    Json::String(text.into())
}

fn obj(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// The file of the Questionnaire in `lang`, beside index.html: `src/bin/release_files.rs`
/// writes it, the provider summary links to it.
pub fn questionnaire_file(lang: Lang) -> String {
    format!("questionnaire-{}.json", lang.code())
}

/// The protocol's questions as a Questionnaire, grouped by step, in `lang`.
pub fn questionnaire(protocol: &Protocol, lang: Lang) -> Json {
    let groups = protocol
        .steps
        .iter()
        .map(|step| {
            let items = protocol
                .questions_in(step.id)
                .map(|q| question_item(protocol, q, lang));
            obj(vec![
                ("linkId", s(group_link_id(step.id))),
                ("text", s(t(lang, &format!("step.{}", step.id)))),
                ("type", s("group")),
                ("item", Json::Array(items.collect())),
            ])
        })
        .collect();
    obj(vec![
        ("resourceType", s("Questionnaire")),
        ("id", s("microneedling-screening")),
        ("language", s(lang.code())),
        ("url", s(questionnaire_url())),
        (
            "identifier",
            Json::Array(vec![obj(vec![
                ("system", s(format!("{BASE_URL}/identifiers"))),
                ("value", s("microneedling-screening")),
            ])]),
        ),
        ("version", s(questionnaire_version(protocol))),
        ("name", s("MicroneedlingScreening")),
        ("title", s(t(lang, "app.name"))),
        ("status", s("active")),
        ("subjectType", Json::Array(vec![s("Patient")])),
        ("item", Json::Array(groups)),
    ])
}

/// A group's linkId. Steps and questions may share an id (`goals` is both), and linkIds must be
/// unique in the whole questionnaire, so groups take a prefix.
pub fn group_link_id(step: &str) -> String {
    format!("step.{step}")
}

fn question_item(protocol: &Protocol, q: &Question, lang: Lang) -> Json {
    let mut item = vec![
        ("linkId", s(q.id)),
        ("text", s(t(lang, &format!("q.{}", q.id)))),
    ];
    let (kind, options) = match q.kind {
        AnswerKind::YesNo => ("boolean", &[][..]),
        AnswerKind::Number { .. } => ("integer", &[][..]),
        AnswerKind::Date { .. } => ("date", &[][..]),
        AnswerKind::Choice { options } | AnswerKind::Multi { options } => ("choice", options),
    };
    if let AnswerKind::Number { min, max } = q.kind {
        let bound = |url: &str, n: i64| {
            obj(vec![
                (
                    "url",
                    s(format!("http://hl7.org/fhir/StructureDefinition/{url}")),
                ),
                ("valueInteger", Json::Number(n as f64)),
            ])
        };
        item.insert(
            0,
            (
                "extension",
                Json::Array(vec![bound("minValue", min), bound("maxValue", max)]),
            ),
        );
    }
    item.push(("type", s(kind)));
    if let Some((conditions, behavior)) = q.show_if.as_ref().and_then(|c| enable_when(protocol, c))
    {
        item.push(("enableWhen", Json::Array(conditions)));
        if let Some(behavior) = behavior {
            item.push(("enableBehavior", s(behavior)));
        }
    }
    item.push(("required", Json::Bool(q.required)));
    if matches!(q.kind, AnswerKind::Multi { .. }) {
        item.push(("repeats", Json::Bool(true)));
    }
    if !options.is_empty() {
        let answer_options = options
            .iter()
            .map(|o| obj(vec![("valueCoding", coding(q.id, o, lang))]))
            .collect();
        item.push(("answerOption", Json::Array(answer_options)));
    }
    if q.help {
        item.push(("item", Json::Array(vec![help_item(q, lang)])));
    }
    obj(item)
}

/// Help text as a nested display item marked with the standard "help" item control, which
/// form renderers show as a hint beside the question.
fn help_item(q: &Question, lang: Lang) -> Json {
    let control = obj(vec![(
        "coding",
        Json::Array(vec![obj(vec![
            (
                "system",
                s("http://hl7.org/fhir/questionnaire-item-control"),
            ),
            ("code", s("help")),
        ])]),
    )]);
    obj(vec![
        (
            "extension",
            Json::Array(vec![obj(vec![
                ("url", s(ITEM_CONTROL)),
                ("valueCodeableConcept", control),
            ])]),
        ),
        ("linkId", s(format!("{}.help", q.id))),
        ("text", s(t(lang, &format!("q.{}.help", q.id)))),
        ("type", s("display")),
    ])
}

fn coding(question: &str, option: &str, lang: Lang) -> Json {
    obj(vec![
        ("system", s(option_system(question))),
        ("code", s(option)),
        ("display", s(t(lang, &format!("opt.{question}.{option}")))),
    ])
}

/// A condition as FHIR `enableWhen` entries and, for more than one, the `enableBehavior`.
/// FHIR compares answers with fixed values only, so conditions measured from today (`Within`)
/// or from a clinic setting (`Below` a setting) cannot be written, nor can an `All` inside an
/// `Any` or the reverse: for those the item gets no `enableWhen` and is always enabled, which
/// errs on the side of asking. The built-in protocol has none of them (a test checks this).
pub fn enable_when(
    protocol: &Protocol,
    condition: &Condition,
) -> Option<(Vec<Json>, Option<&'static str>)> {
    let simple = |c: &Condition| -> Option<Json> {
        let (question, operator, answer) = match *c {
            Condition::Yes(q) => (q, "=", ("answerBoolean", Json::Bool(true))),
            Condition::No(q) => (q, "=", ("answerBoolean", Json::Bool(false))),
            Condition::Chose(q, option) => {
                let coding = obj(vec![("system", s(option_system(q))), ("code", s(option))]);
                (q, "=", ("answerCoding", coding))
            }
            Condition::Below(q, super::protocol::Amount::Fixed(n)) => {
                (q, "<", ("answerInteger", Json::Number(n as f64)))
            }
            _ => return None,
        };
        protocol.question(question)?;
        Some(obj(vec![
            ("question", s(question)),
            ("operator", s(operator)),
            answer,
        ]))
    };
    let flat = |cs: &[Condition]| cs.iter().map(simple).collect::<Option<Vec<_>>>();
    let (entries, behavior) = match condition {
        Condition::All(cs) => (flat(cs)?, "all"),
        Condition::Any(cs) => (flat(cs)?, "any"),
        c => (vec![simple(c)?], "all"),
    };
    let behavior = (entries.len() > 1).then_some(behavior);
    (!entries.is_empty()).then_some((entries, behavior))
}

/// The answers as a QuestionnaireResponse to `questionnaire(protocol, lang)`. Only what the
/// screening would read goes in: answers to follow-ups that are hidden, answers the screening
/// reports as problems and unknown ids are left out. The status is `completed` when no
/// required question is missing, `in-progress` otherwise.
pub fn questionnaire_response(
    protocol: &Protocol,
    answers: &Answers,
    lang: Lang,
    authored: NaiveDate,
) -> Json {
    let assessment = assess(protocol, answers, authored);
    let rejected = |id: &str| assessment.problems.iter().any(|p| p.question == id);
    // The same walk as the screening's: a follow-up is shown when its condition holds on the
    // valid answers to the questions before it.
    let settings = ClinicSettings::defaults();
    let mut valid = Answers::new();
    for q in protocol.questions {
        let ctx = Context {
            protocol,
            answers: &valid,
            settings: &settings,
            today: authored,
        };
        if !protocol.is_shown(q, &ctx) || rejected(q.id) {
            continue;
        }
        if let Some(value) = answers.get(q.id) {
            valid.set(q.id, value.clone());
        }
    }
    let groups: Vec<Json> = protocol
        .steps
        .iter()
        .filter_map(|step| {
            let items: Vec<Json> = protocol
                .questions_in(step.id)
                .filter_map(|q| {
                    let answer = answer_values(q, valid.get(q.id)?, lang);
                    (!answer.is_empty()).then(|| {
                        obj(vec![
                            ("linkId", s(q.id)),
                            ("text", s(t(lang, &format!("q.{}", q.id)))),
                            ("answer", Json::Array(answer)),
                        ])
                    })
                })
                .collect();
            (!items.is_empty()).then(|| {
                obj(vec![
                    ("linkId", s(group_link_id(step.id))),
                    ("text", s(t(lang, &format!("step.{}", step.id)))),
                    ("item", Json::Array(items)),
                ])
            })
        })
        .collect();
    let status = if assessment.missing.is_empty() {
        "completed"
    } else {
        "in-progress"
    };
    let mut response = vec![
        ("resourceType", s("QuestionnaireResponse")),
        ("language", s(lang.code())),
        (
            "questionnaire",
            s(format!(
                "{}|{}",
                questionnaire_url(),
                questionnaire_version(protocol)
            )),
        ),
        ("status", s(status)),
        ("authored", s(iso_date(authored))),
    ];
    // FHIR JSON has no empty lists, so a response with no answers has no `item` at all.
    if !groups.is_empty() {
        response.push(("item", Json::Array(groups)));
    }
    obj(response)
}

/// The answer entries for a value the screening accepted; a value of another shape gives
/// none, so nothing of the wrong type can reach the response.
fn answer_values(q: &Question, value: &Value, lang: Lang) -> Vec<Json> {
    let one = |key: &str, v: Json| vec![obj(vec![(key, v)])];
    let option = |o: &str| obj(vec![("valueCoding", coding(q.id, o, lang))]);
    match (q.kind, value) {
        (AnswerKind::YesNo, Value::Bool(b)) => one("valueBoolean", Json::Bool(*b)),
        (AnswerKind::Number { .. }, Value::Number(n)) => {
            one("valueInteger", Json::Number(n.trunc()))
        }
        (AnswerKind::Date { .. }, v) => v
            .as_date()
            .map(|d| one("valueDate", s(iso_date(d))))
            .unwrap_or_default(),
        (AnswerKind::Choice { .. }, Value::Text(o)) => vec![option(o)],
        (AnswerKind::Multi { .. }, Value::List(os)) => os.iter().map(|o| option(o)).collect(),
        _ => Vec::new(),
    }
}
