//! The FHIR export: the mapping's key facts checked here, and sample resources written to
//! `target/fhir-samples/` for `scripts/check-fhir.sh`, which validates them with an
//! independent FHIR library.

mod common;

use careplanner::domain::answers::Value;
use careplanner::domain::fhir::{enable_when, questionnaire, questionnaire_response};
use careplanner::domain::i18n::Lang;
use careplanner::domain::json::Json;
use careplanner::domain::protocol::Protocol;
use common::{date, full_answers, sample_dir, sample_states};

fn p() -> Protocol {
    Protocol::builtin()
}

/// The items of every group, flattened.
fn questions(resource: &Json) -> Vec<&Json> {
    let groups = resource
        .get("item")
        .and_then(Json::as_array)
        .unwrap_or_default();
    groups
        .iter()
        .flat_map(|g| g.get("item").and_then(Json::as_array).unwrap_or_default())
        .collect()
}

fn item<'a>(resource: &'a Json, link_id: &str) -> Option<&'a Json> {
    questions(resource)
        .into_iter()
        .find(|i| i.get("linkId").and_then(Json::as_str) == Some(link_id))
}

#[test]
fn every_follow_up_of_the_builtin_protocol_has_its_enable_when() {
    for q in p().questions {
        if let Some(condition) = &q.show_if {
            assert!(
                enable_when(&p(), condition).is_some(),
                "{} cannot be expressed",
                q.id
            );
        }
    }
    let q = questionnaire(&p(), Lang::En);
    let last_dose = item(&q, "isotretinoin_last_dose").unwrap();
    assert_eq!(
        last_dose.get("enableWhen").unwrap().to_json(),
        r#"[{"question":"isotretinoin","operator":"=","answerBoolean":true},{"question":"isotretinoin_still_taking","operator":"=","answerBoolean":false}]"#
    );
    assert_eq!(
        last_dose.get("enableBehavior").and_then(Json::as_str),
        Some("all")
    );
    let injection = item(&q, "injection_last_date").unwrap();
    assert_eq!(injection.get("enableBehavior"), None);
}

#[test]
fn questions_carry_their_type_text_and_options_in_the_chosen_language() {
    let es = questionnaire(&p(), Lang::Es);
    let cases = [
        ("age", "integer", "¿Qué edad tiene?"),
        ("area", "choice", "¿Qué zona le gustaría tratar?"),
        ("isotretinoin_last_dose", "date", ""),
        (
            "feeling_unwell",
            "boolean",
            "¿Se siente mal en este momento?",
        ),
        ("goals", "choice", ""),
    ];
    for (id, kind, text) in cases {
        let i = item(&es, id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(i.get("type").and_then(Json::as_str), Some(kind), "{id}");
        if !text.is_empty() {
            assert_eq!(i.get("text").and_then(Json::as_str), Some(text), "{id}");
        }
    }
    let goals = item(&es, "goals").unwrap();
    assert_eq!(goals.get("repeats"), Some(&Json::Bool(true)));
    let face = &goals.get("answerOption").unwrap().as_array().unwrap()[0];
    assert_eq!(
        face.to_json(),
        r#"{"valueCoding":{"system":"https://careplanner.invalid/fhir/CodeSystem/goals","code":"acne_scars","display":"Cicatrices de acné"}}"#
    );
}

#[test]
fn the_response_leaves_out_hidden_follow_ups_invalid_answers_and_unknown_ids() {
    let answers = full_answers()
        .with("isotretinoin", Value::Bool(false))
        .with("age", Value::Number(300.0))
        .with("zodiac", Value::Text("leo".into()));
    let r = questionnaire_response(&p(), &answers, Lang::En, date(2026, 11, 21));
    for gone in [
        "isotretinoin_still_taking",
        "isotretinoin_last_dose",
        "age",
        "zodiac",
    ] {
        assert!(item(&r, gone).is_none(), "{gone} should be left out");
    }
    // The age is invalid, so a required answer is missing.
    assert_eq!(r.get("status").and_then(Json::as_str), Some("in-progress"));
    assert_eq!(
        item(&r, "injection_last_date")
            .unwrap()
            .get("answer")
            .unwrap()
            .to_json(),
        r#"[{"valueDate":"2026-03-14"}]"#
    );
    let complete = questionnaire_response(&p(), &full_answers(), Lang::En, date(2026, 11, 21));
    assert_eq!(
        complete.get("status").and_then(Json::as_str),
        Some("completed")
    );
    assert_eq!(
        item(&complete, "goals")
            .unwrap()
            .get("answer")
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

/// Writes the questionnaire in both languages and a response for each sample state, for the
/// independent check in `scripts/check-fhir.sh`.
#[test]
fn write_samples_for_the_independent_check() {
    let dir = sample_dir("fhir-samples");
    for lang in Lang::ALL {
        let path = dir.join(format!("questionnaire-{}.json", lang.code()));
        std::fs::write(path, questionnaire(&p(), lang).to_json()).unwrap();
    }
    for (name, state) in sample_states() {
        let r = questionnaire_response(&p(), &state.answers, state.lang, date(2026, 11, 21));
        let path = dir.join(format!("response-{name}.json"));
        std::fs::write(path, r.to_json()).unwrap();
    }
}
