//! Every kind of clinic-file problem, and everything the app does about one, has words in
//! English and in Spanish, and the Spanish is a translation, not the English left in place.

use careplanner::domain::clinic::content::{ContentKind, ContentProblem, Then};
use careplanner::domain::clinic::{
    json_reason, problem_text, ColourRole, ConfigProblem, Instead, JsonType, ProblemKind, Rgb,
    DEFAULT_ACCENT, PAGE,
};
use careplanner::domain::i18n::{all_entries, t, Lang};
use careplanner::domain::json;
use careplanner::domain::protocol::Unit;

/// One of each kind. `position` below fails to compile when a kind is added and not here.
fn every_kind() -> Vec<ProblemKind> {
    use ProblemKind as K;
    let host = || "clinic".to_string();
    vec![
        K::NotJson {
            reason: "unexpected character",
            offset: 3,
            line: 1,
            column: 4,
        },
        K::NotAnObject {
            found: JsonType::List,
        },
        K::Repeated,
        K::UnknownField {
            suggestion: Some("colors"),
            known: &["name", "colors"],
        },
        K::UnknownField {
            suggestion: None,
            known: &["name", "colors"],
        },
        K::UnknownSetting {
            suggestion: Some("spf_days"),
        },
        K::UnknownSetting { suggestion: None },
        K::ExpectedText {
            found: JsonType::Number,
        },
        K::ExpectedObject {
            found: JsonType::Text,
        },
        K::ExpectedList {
            found: JsonType::Bool,
        },
        K::ExpectedNumber {
            unit: Unit::Days,
            found: JsonType::Null,
        },
        K::QuotedNumber { text: "45".into() },
        K::NotWhole {
            unit: Unit::Minutes,
        },
        K::OutOfRange {
            value: 30,
            min: 0,
            max: 24,
            unit: Unit::Months,
        },
        K::OutOfOrder {
            group: &["sessions_min", "sessions_max"],
            values: vec![5, 4],
        },
        K::NotAColour {
            text: "teal".into(),
        },
        K::LowContrast {
            role: ColourRole::Accent,
            colour: Rgb::new(255, 215, 0),
            against: PAGE,
        },
        K::LowContrast {
            role: ColourRole::AccentInk,
            colour: Rgb::new(0, 0, 0),
            against: DEFAULT_ACCENT,
        },
        K::LowContrast {
            role: ColourRole::Background,
            colour: Rgb::new(0, 0, 0),
            against: PAGE,
        },
        K::UnknownLanguage { code: "fr".into() },
        K::Empty,
        K::Backslash,
        K::NotAPath,
        K::LeadingSlash,
        K::PathCharacter { found: '?' },
        K::EmptyFolder,
        K::AboveFolder,
        K::Extension {
            allowed: &["svg", "png"],
        },
        K::TooLong {
            length: 81,
            max: 80,
        },
        K::ControlCharacter,
        K::PhoneCharacter { found: 'c' },
        K::PlusNotFirst,
        K::DigitCount { digits: 4 },
        K::NoAt,
        K::NotAnEmail {
            text: "a b@c.example".into(),
        },
        K::HttpNotHttps,
        K::NotHttps,
        K::HttpOnlyLocal,
        K::AddressTooLong { max: 2000 },
        K::AddressCharacter { found: ' ' },
        K::UserInfo,
        K::PortNotNumber,
        K::NotAnOrigin,
        K::OriginWithPath,
        K::HasFragment,
        K::NotFullDomain { host: host() },
        K::InvalidDomain { host: host() },
        K::NoTopLevelDomain { host: host() },
        K::NotPercentEncoded,
        K::NamedFileMissing,
        K::Unreadable,
    ]
}

/// The kind's place in `ProblemKind`: exhaustive, so a new kind must be listed to compile.
fn position(kind: &ProblemKind) -> usize {
    use ProblemKind as K;
    match kind {
        K::NotJson { .. } => 0,
        K::NotAnObject { .. } => 1,
        K::Repeated => 2,
        K::UnknownField { .. } => 3,
        K::UnknownSetting { .. } => 4,
        K::ExpectedText { .. } => 5,
        K::ExpectedObject { .. } => 6,
        K::ExpectedList { .. } => 7,
        K::ExpectedNumber { .. } => 8,
        K::QuotedNumber { .. } => 9,
        K::NotWhole { .. } => 10,
        K::OutOfRange { .. } => 11,
        K::OutOfOrder { .. } => 12,
        K::NotAColour { .. } => 13,
        K::LowContrast { .. } => 14,
        K::UnknownLanguage { .. } => 15,
        K::Empty => 16,
        K::Backslash => 17,
        K::NotAPath => 18,
        K::LeadingSlash => 19,
        K::PathCharacter { .. } => 20,
        K::EmptyFolder => 21,
        K::AboveFolder => 22,
        K::Extension { .. } => 23,
        K::TooLong { .. } => 24,
        K::ControlCharacter => 25,
        K::PhoneCharacter { .. } => 26,
        K::PlusNotFirst => 27,
        K::DigitCount { .. } => 28,
        K::NoAt => 29,
        K::NotAnEmail { .. } => 30,
        K::HttpNotHttps => 31,
        K::NotHttps => 32,
        K::HttpOnlyLocal => 33,
        K::AddressTooLong { .. } => 34,
        K::AddressCharacter { .. } => 35,
        K::UserInfo => 36,
        K::PortNotNumber => 37,
        K::NotAnOrigin => 38,
        K::OriginWithPath => 39,
        K::HasFragment => 40,
        K::NotFullDomain { .. } => 41,
        K::InvalidDomain { .. } => 42,
        K::NoTopLevelDomain { .. } => 43,
        K::NotPercentEncoded => 44,
        K::NamedFileMissing => 45,
        K::Unreadable => 46,
        K::Content { .. } => 47,
    }
}
const KINDS: usize = 48;

fn every_instead() -> Vec<Instead> {
    let all = vec![
        Instead::Default,
        Instead::DefaultNumber(6),
        Instead::DefaultColour(DEFAULT_ACCENT),
        Instead::Defaults,
        Instead::BuiltIn,
        Instead::FileIgnored,
        Instead::LastOneUsed,
        Instead::Ignored,
        Instead::AnyPage,
        Instead::ParameterIgnored,
        Instead::DefaultFile,
        Instead::GroupDefaults(vec![1, 4, 6]),
        Instead::NoBackground,
    ];
    // `Instead::InTheWords` goes with `ProblemKind::Content` only, whose words say it.
    // Exhaustive, so a new way of carrying on must be listed above to compile.
    for instead in &all {
        match instead {
            Instead::Default
            | Instead::DefaultNumber(_)
            | Instead::DefaultColour(_)
            | Instead::Defaults
            | Instead::BuiltIn
            | Instead::FileIgnored
            | Instead::LastOneUsed
            | Instead::Ignored
            | Instead::AnyPage
            | Instead::ParameterIgnored
            | Instead::DefaultFile
            | Instead::GroupDefaults(_)
            | Instead::NoBackground
            | Instead::InTheWords => {}
        }
    }
    all
}

/// Placeholders left unfilled (`{name}`); `{ ... }` is JSON's own, written out on purpose.
fn unfilled(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .collect()
}

#[test]
fn every_kind_of_problem_has_words_in_both_languages() {
    let kinds = every_kind();
    let mut seen = [false; KINDS];
    for kind in &kinds {
        seen[position(kind)] = true;
    }
    // The content's own kinds are sampled in tests/clinic_content.rs; one stands for them.
    let content = ProblemKind::Content(Box::new(ContentProblem::new(
        ContentKind::Missing,
        Then::LeftOut(careplanner::domain::clinic::content::Item::Step),
    )));
    seen[position(&content)] = true;
    let missing: Vec<usize> = (0..KINDS).filter(|i| !seen[*i]).collect();
    assert!(missing.is_empty(), "kinds without a sample: {missing:?}");

    let insteads = every_instead();
    let problems = kinds
        .iter()
        .map(|kind| ConfigProblem::new("name", kind.clone(), Instead::Default))
        .chain(
            insteads
                .iter()
                .filter(|instead| **instead != Instead::Default)
                .map(|instead| ConfigProblem::new("name", ProblemKind::Empty, instead.clone())),
        )
        .chain([ConfigProblem::new(
            "questions[0].id",
            content,
            Instead::InTheWords,
        )]);
    let mut texts: Vec<(String, String)> = Vec::new();
    for problem in problems {
        let [en, es] = Lang::ALL.map(|lang| problem_text(lang, &problem));
        for (lang, text) in [("en", &en), ("es", &es)] {
            assert!(
                !text.contains("problem."),
                "{lang}: a key instead of words: {text}"
            );
            assert!(unfilled(text).is_empty(), "{lang}: unfilled {text}");
            assert!(!text.trim().is_empty());
        }
        assert_ne!(en, es, "{problem:?} reads the same in Spanish: {es}");
        texts.push((en, es));
    }
    // Different problems never read alike: each kind has words of its own.
    for (i, (en, es)) in texts.iter().enumerate() {
        for (other_en, other_es) in &texts[i + 1..] {
            assert!(en != other_en && es != other_es, "two problems read {en:?}");
        }
    }
}

#[test]
fn no_spanish_problem_word_is_the_english_left_in_place() {
    // JSON's own word reads the same in both.
    let intended = ["problem.type.null"];
    let mut count = 0;
    for (key, en, es) in all_entries().filter(|(k, _, _)| k.starts_with("problem.")) {
        count += 1;
        if intended.contains(key) {
            assert_eq!(en, es, "{key}");
        } else {
            assert_ne!(en, es, "{key} is not translated");
        }
    }
    assert!(count > 60, "only {count} problem words");
}

#[test]
fn every_reason_the_json_reader_gives_has_words() {
    let broken = [
        "{} x",
        "[tru]",
        &"[".repeat(70),
        "[",
        "[@]",
        "{1: 2}",
        "{\"a\" 1}",
        "{\"a\": 1 2}",
        "[1 2]",
        "[-]",
        "[1.]",
        "[1e]",
        "[1e999]",
        "[\"\\u12\"]",
        "[\"abc",
        "[\"\\",
        "[\"\\ud800\"]",
        "[\"\\x\"]",
        "[\"a\u{1}\"]",
    ];
    let mut reasons = Vec::new();
    for text in broken {
        let reason = json::parse(text).expect_err(text).message;
        for lang in Lang::ALL {
            assert_ne!(
                json_reason(lang, reason),
                t(lang, "problem.json.other"),
                "{text}: {reason:?} has no words of its own"
            );
        }
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    assert_eq!(
        reasons.len(),
        broken.len(),
        "each input gives another reason: {reasons:?}"
    );
}
