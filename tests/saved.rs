//! Saved data: what each kind of damaged, foreign or newer document gives, and the migration
//! of older versions. Round trips over arbitrary states are in `save_share_props.rs`.

mod common;

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::i18n::Lang;
use careplanner::domain::saved::{decode, encode, LoadError, SavedState, VERSION};
use common::{full_answers, schedule};

fn corrupt(detail: &str) -> Result<SavedState, LoadError> {
    Err(LoadError::Corrupt {
        detail: detail.into(),
    })
}

/// One document in, one outcome out.
fn check(text: &str, expected: Result<SavedState, LoadError>) {
    assert_eq!(decode(text), expected, "document: {text}");
}

const HEAD: &str = r#""format":"careplanner-saved","version":1"#;

#[test]
fn what_is_not_a_saved_document_is_named_as_such() {
    let cases = [
        (
            "",
            corrupt("not JSON: unexpected end of the document at byte 0"),
        ),
        (
            "{\"format\":",
            corrupt("not JSON: unexpected end of the document at byte 10"),
        ),
        ("[1,2]", corrupt("expected an object, found a list")),
        ("{}", Err(LoadError::NotOurs)),
        (
            r#"{"format":"other-app","version":1}"#,
            Err(LoadError::NotOurs),
        ),
        (r#"{"format":7}"#, Err(LoadError::NotOurs)),
        (
            r#"{"format":"careplanner-saved"}"#,
            corrupt("version: missing"),
        ),
        (
            r#"{"format":"careplanner-saved","version":"1"}"#,
            corrupt(r#"version: expected a whole number, found "1""#),
        ),
        (
            r#"{"format":"careplanner-saved","version":-1}"#,
            corrupt("version: expected a whole number, found -1"),
        ),
        (
            r#"{"format":"careplanner-saved","version":2,"anything":true}"#,
            Err(LoadError::NewerVersion {
                found: 2,
                supported: VERSION,
            }),
        ),
        (
            r#"{"format":"careplanner-saved","version":1e6}"#,
            Err(LoadError::NewerVersion {
                found: 1_000_000,
                supported: VERSION,
            }),
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn wrong_shapes_and_types_name_the_place() {
    let doc = |rest: &str| format!("{{{HEAD},{rest}}}");
    let cases = [
        (doc(r#""answers":{}"#), "lang: missing"),
        (
            doc(r#""lang":"fr","answers":{}"#),
            r#"lang: unknown language "fr""#,
        ),
        (
            doc(r#""lang":1,"answers":{}"#),
            "lang: expected a string, found a number",
        ),
        (doc(r#""lang":"en""#), "answers: missing"),
        (
            doc(r#""lang":"en","answers":[]"#),
            "answers: expected an object, found a list",
        ),
        (
            doc(r#""lang":"en","answers":{"goals":["pores",3]}"#),
            "answers.goals[1]: expected a string, found a number",
        ),
        (
            doc(r#""lang":"en","answers":{"age":{"years":3}}"#),
            "answers.age: expected an answer, found an object",
        ),
        (
            doc(r#""lang":"en","answers":{},"schedule":3"#),
            "schedule: expected an object or null, found a number",
        ),
        (
            doc(r#""lang":"en","answers":{},"schedule":{}"#),
            "schedule.first_date: missing",
        ),
        (
            doc(
                r#""lang":"en","answers":{},"schedule":{"first_date":"2026-02-30","start_time":"10:00","sessions":3,"interval_days":28}"#,
            ),
            r#"schedule.first_date: not a YYYY-MM-DD date: "2026-02-30""#,
        ),
        (
            doc(
                r#""lang":"en","answers":{},"schedule":{"first_date":"2026-02-03","start_time":"24:00","sessions":3,"interval_days":28}"#,
            ),
            r#"schedule.start_time: not an HH:MM time: "24:00""#,
        ),
        (
            doc(
                r#""lang":"en","answers":{},"schedule":{"first_date":"2026-02-03","start_time":"9:00","sessions":3,"interval_days":28}"#,
            ),
            r#"schedule.start_time: not an HH:MM time: "9:00""#,
        ),
        (
            doc(
                r#""lang":"en","answers":{},"schedule":{"first_date":"2026-02-03","start_time":"09:00","sessions":-3,"interval_days":28}"#,
            ),
            "schedule.sessions: expected a whole number, found -3",
        ),
        (
            doc(
                r#""lang":"en","answers":{},"schedule":{"first_date":"2026-02-03","start_time":"09:00","sessions":3}"#,
            ),
            "schedule.interval_days: missing",
        ),
    ];
    for (text, detail) in cases {
        check(&text, corrupt(detail));
    }
}

#[test]
fn unknown_ids_and_odd_values_are_kept_not_dropped() {
    let text = format!(
        r#"{{{HEAD},"lang":"es-MX","answers":{{"age":"thirty","zodiac":"leo","goals":[],"area":null,"x":1.5}},"schedule":null,"later":"ignored"}}"#
    );
    let state = decode(&text).unwrap();
    assert_eq!(state.lang, Lang::Es);
    assert_eq!(state.schedule, None);
    assert_eq!(
        state.answers.get("age"),
        Some(&Value::Text("thirty".into()))
    );
    assert_eq!(
        state.answers.get("zodiac"),
        Some(&Value::Text("leo".into()))
    );
    assert_eq!(state.answers.get("goals"), Some(&Value::List(vec![])));
    assert_eq!(state.answers.get("x"), Some(&Value::Number(1.5)));
    // JSON has no NaN: a null comes back as a number that is not a number, still reported.
    assert!(matches!(state.answers.get("area"), Some(Value::Number(n)) if n.is_nan()));
}

#[test]
fn the_current_version_is_written_and_read_back() {
    let state = SavedState {
        lang: Lang::Es,
        answers: full_answers(),
        schedule: Some(schedule()),
        phone: Some("+34 900 123 456".into()),
    };
    let text = encode(&state);
    assert!(
        text.starts_with(&format!("{{{HEAD},\"lang\":\"es\"")),
        "{text}"
    );
    assert!(text.contains(r#""schedule":{"first_date":"2026-12-01","start_time":"14:30","sessions":3,"interval_days":28}"#), "{text}");
    assert!(text.ends_with(r#","phone":"+34 900 123 456"}"#), "{text}");
    assert_eq!(decode(&text), Ok(state));
    // A phone number that is not text is damage, named by its place.
    let bad = text.replace(r#""phone":"+34 900 123 456""#, r#""phone":34900"#);
    assert!(matches!(decode(&bad), Err(LoadError::Corrupt { detail }) if detail.contains("phone")));
    let none = SavedState::default();
    assert!(encode(&none).ends_with(r#""answers":{},"schedule":null}"#));
    assert_eq!(decode(&encode(&none)), Ok(none));
}

/// Version 0 is the pre-release draft layout (see `saved::v0_to_v1`).
#[test]
fn version_0_documents_migrate_to_the_current_version() {
    let cases = [
        (
            r#"{"format":"careplanner-saved","version":0,"language":"es","answers":{"age":41,"goals":["pores"]},
                "sessions":{"first":"2026-12-01","time":"14:30","count":3,"every_days":28}}"#,
            Ok(SavedState {
                lang: Lang::Es,
                answers: Answers::new()
                    .with("age", Value::Number(41.0))
                    .with("goals", Value::List(vec!["pores".into()])),
                schedule: Some(schedule()),
                phone: None,
            }),
        ),
        (
            r#"{"format":"careplanner-saved","version":0,"language":"en","answers":{},"sessions":null}"#,
            Ok(SavedState::default()),
        ),
        (
            r#"{"format":"careplanner-saved","version":0,"language":"en","answers":{}}"#,
            Ok(SavedState::default()),
        ),
        (
            r#"{"format":"careplanner-saved","version":0,"language":"en","answers":{},"sessions":[1]}"#,
            corrupt("while upgrading from version 0: sessions: expected an object, found a list"),
        ),
        (
            r#"{"format":"careplanner-saved","version":0,"language":"en","answers":{},"sessions":{"first":"2026-12-01"}}"#,
            corrupt("schedule.start_time: missing"),
        ),
        (
            r#"{"format":"careplanner-saved","version":0,"answers":{}}"#,
            corrupt("lang: missing"),
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn every_error_has_a_translation_key_and_a_plain_description() {
    let newer = LoadError::NewerVersion {
        found: 3,
        supported: 1,
    };
    let corrupt = LoadError::Corrupt {
        detail: "lang: missing".into(),
    };
    let cases = [
        (
            LoadError::NotOurs,
            "saved.error.not_ours",
            "the saved data is not from this app",
        ),
        (
            newer,
            "saved.error.newer",
            "the saved data is version 3; this app reads up to version 1",
        ),
        (
            corrupt,
            "saved.error.corrupt",
            "the saved data is damaged: lang: missing",
        ),
    ];
    for (error, key, text) in cases {
        assert_eq!(error.key(), key);
        assert_eq!(error.to_string(), text);
    }
}
