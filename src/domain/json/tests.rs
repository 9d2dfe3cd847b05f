//! Tests of the JSON reader and writer.

use super::*;

fn obj(members: &[(&str, Json)]) -> Json {
    Json::Object(
        members
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

#[test]
fn reads_every_kind_of_value() {
    let cases = [
        ("null", Json::Null),
        (" true ", Json::Bool(true)),
        ("-12.5e1", Json::Number(-125.0)),
        ("0", Json::Number(0.0)),
        (
            r#""a\"b\\c\n\u00e9\ud83d\ude00""#,
            Json::String("a\"b\\c\né😀".into()),
        ),
        (
            "[1, [], {}]",
            Json::Array(vec![Json::Number(1.0), Json::Array(vec![]), obj(&[])]),
        ),
        (
            r#"{"name": "Clínica", "n": 2}"#,
            obj(&[
                ("name", Json::String("Clínica".into())),
                ("n", Json::Number(2.0)),
            ]),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(parse(text), Ok(expected), "{text}");
    }
}

#[test]
fn refuses_what_is_not_json_and_says_where() {
    let cases = [
        ("", 0, "unexpected end of the document"),
        ("{", 1, "expected a quoted member name"),
        (r#"{"a" 1}"#, 5, "expected ':' after a member name"),
        ("[1,]", 3, "unexpected character"),
        ("01", 1, "unexpected text after the end of the document"),
        ("1.", 2, "expected a digit after the decimal point"),
        ("tru", 0, "unknown word (expected true, false or null)"),
        (r#""abc"#, 4, "unterminated string"),
        ("\"a\u{1}\"", 2, "control character in a string"),
        (r#""\x""#, 3, "unknown escape"),
        (r#""\ud800""#, 7, "a lone surrogate in \\u escape"),
        ("1e999", 0, "number out of range"),
        ("{} {}", 3, "unexpected text after the end of the document"),
    ];
    for (text, offset, message) in cases {
        assert_eq!(parse(text), Err(JsonError { offset, message }), "{text:?}");
    }
}

#[test]
fn numbers_read_as_the_standard_parser_reads_them() {
    for text in [
        "0",
        "-0",
        "7",
        "42",
        "-17",
        "0.5",
        "-0.125",
        "3.14159",
        "1e3",
        "2.5E-3",
        "1234567890123456789",
        "9007199254740993",
        "0.1",
        "0.3",
        "123.456e2",
        "1e22",
        "1e-22",
        "6.02e23",
        "1e-300",
        "12345678901234567890123",
    ] {
        let ours = match parse(text) {
            Ok(Json::Number(n)) => n,
            other => panic!("{text}: {other:?}"),
        };
        let std: f64 = text.parse().unwrap();
        let fast_path = text.trim_start_matches('-').len() < 16 && !text.contains(['e', 'E']);
        if fast_path {
            assert_eq!(ours, std, "{text} must be exact");
        } else {
            assert!(
                ((ours - std) / std).abs() < 1e-14,
                "{text}: {ours} vs {std}"
            );
        }
    }
}

#[test]
fn fractions_are_written_without_float_formatting_and_read_back_closely() {
    for n in [
        0.5,
        -0.125,
        2.5e-7,
        1.732052003688998e178,
        6.02e-23,
        -1e-300,
        123456.789,
    ] {
        let text = Json::Number(n).to_json();
        let back = parse(&text).unwrap().as_f64().unwrap();
        assert!(((back - n) / n).abs() < 1e-14, "{n} -> {text} -> {back}");
    }
}

#[test]
fn deep_nesting_is_refused_not_followed() {
    let deep = "[".repeat(10_000);
    assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
    let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&fine).is_ok());
}

#[test]
fn the_last_of_repeated_keys_wins() {
    let v = parse(r#"{"a": 1, "a": 2}"#).unwrap();
    assert_eq!(v.get("a").and_then(Json::as_i64), Some(2));
}

#[test]
fn writing_then_reading_gives_the_same_value() {
    let value = obj(&[
        (
            "text",
            Json::String("quote \" backslash \\ tab \t bell \u{7} ñ 😀".into()),
        ),
        ("whole", Json::Number(42.0)),
        ("fraction", Json::Number(-0.125)),
        ("list", Json::Array(vec![Json::Null, Json::Bool(false)])),
    ]);
    let text = value.to_json();
    assert_eq!(parse(&text), Ok(value));
    assert!(text.contains(r#""whole":42,"#), "{text}");
}
