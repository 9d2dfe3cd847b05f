//! The one place that turns a `ConfigProblem` into words, in the language of whoever reads it
//! (the `?check-config` panel, the configurator, the console). The words are the `problem.*`
//! entries of the translation layer.

use super::colour::{contrast, ratio_text};
use super::problem::{ColourRole, ConfigProblem, Instead, JsonType, ProblemKind};
use super::DEFAULT_CONFIG_PATH;
use crate::domain::i18n::{fill, t, Lang};
use crate::domain::protocol::Unit;

/// What is wrong and what the app does instead: "30 is outside the allowed range 0 to 24
/// months; the default 6 is used". Without the field, which the reader sees beside it.
pub fn problem_text(lang: Lang, problem: &ConfigProblem) -> String {
    if let ProblemKind::Content(content) = &problem.kind {
        return super::content::content_text(lang, content);
    }
    format!(
        "{}; {}",
        kind_text(lang, &problem.kind),
        instead_text(lang, &problem.instead)
    )
}

/// A unit's name after a number of it ("0 to 24 months").
pub fn unit_name(lang: Lang, unit: Unit) -> &'static str {
    t(
        lang,
        match unit {
            Unit::Minutes => "problem.unit.minutes",
            Unit::Hours => "problem.unit.hours",
            Unit::Days => "problem.unit.days",
            Unit::Months => "problem.unit.months",
            Unit::Years => "problem.unit.years",
            Unit::Sessions => "problem.unit.sessions",
        },
    )
}

fn type_name(lang: Lang, found: JsonType) -> &'static str {
    t(
        lang,
        match found {
            JsonType::Null => "problem.type.null",
            JsonType::Bool => "problem.type.bool",
            JsonType::Number => "problem.type.number",
            JsonType::Text => "problem.type.text",
            JsonType::List => "problem.type.list",
            JsonType::Object => "problem.type.object",
        },
    )
}

/// The JSON reader's reasons, by the key of their words. A reason not listed reads as a
/// general mistake rather than as English in a Spanish report.
const JSON_REASONS: [(&str, &str); 19] = [
    (
        "unexpected text after the end of the document",
        "problem.json.trailing",
    ),
    (
        "unknown word (expected true, false or null)",
        "problem.json.word",
    ),
    ("nested too deeply", "problem.json.depth"),
    ("unexpected end of the document", "problem.json.end"),
    ("unexpected character", "problem.json.character"),
    ("expected a quoted member name", "problem.json.member"),
    ("expected ':' after a member name", "problem.json.colon"),
    ("expected ',' or '}' in an object", "problem.json.object"),
    ("expected ',' or ']' in a list", "problem.json.list"),
    ("expected a digit", "problem.json.digit"),
    (
        "expected a digit after the decimal point",
        "problem.json.fraction",
    ),
    ("expected a digit in the exponent", "problem.json.exponent"),
    ("number out of range", "problem.json.range"),
    ("expected four hex digits after \\u", "problem.json.hex"),
    ("unterminated string", "problem.json.string"),
    ("unterminated escape", "problem.json.escape_end"),
    ("a lone surrogate in \\u escape", "problem.json.surrogate"),
    ("unknown escape", "problem.json.escape"),
    ("control character in a string", "problem.json.control"),
];

/// The JSON reader's reason in words; also for tests that every reason it gives has some.
pub fn json_reason(lang: Lang, reason: &str) -> &'static str {
    let key = JSON_REASONS
        .iter()
        .find(|(r, _)| *r == reason)
        .map_or("problem.json.other", |(_, key)| key);
    t(lang, key)
}

/// A contrast ratio as the language writes decimals: "1.30:1", "1,30:1" (rounded down, so a
/// refused 4.49 never reads as 4.5).
pub fn ratio(lang: Lang, ratio: f64) -> String {
    let text = ratio_text(ratio);
    match lang {
        Lang::En => text,
        Lang::Es => text.replace('.', ","),
    }
}

fn list<T: ToString>(items: impl IntoIterator<Item = T>, between: &str) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(between)
}

fn kind_text(lang: Lang, kind: &ProblemKind) -> String {
    use ProblemKind as K;
    let n = |v: &dyn ToString| v.to_string();
    let (key, params): (&str, Vec<(&str, String)>) = match kind {
        K::NotJson {
            reason,
            offset,
            line,
            column,
        } => (
            "problem.not_json",
            vec![
                ("reason", json_reason(lang, reason).to_string()),
                ("offset", n(offset)),
                ("line", n(line)),
                ("column", n(column)),
            ],
        ),
        K::NotAnObject { found } => (
            "problem.not_an_object",
            vec![("found", type_name(lang, *found).into())],
        ),
        K::Repeated => ("problem.repeated", vec![]),
        K::UnknownField { suggestion, known } => (
            if suggestion.is_some() {
                "problem.unknown_field.hint"
            } else {
                "problem.unknown_field"
            },
            vec![
                ("suggestion", suggestion.unwrap_or_default().into()),
                ("known", known.join(", ")),
            ],
        ),
        K::UnknownSetting { suggestion } => (
            if suggestion.is_some() {
                "problem.unknown_setting.hint"
            } else {
                "problem.unknown_setting"
            },
            vec![("suggestion", suggestion.unwrap_or_default().into())],
        ),
        K::ExpectedText { found } => (
            "problem.expected_text",
            vec![("found", type_name(lang, *found).into())],
        ),
        K::ExpectedObject { found } => (
            "problem.expected_object",
            vec![("found", type_name(lang, *found).into())],
        ),
        K::ExpectedList { found } => (
            "problem.expected_list",
            vec![("found", type_name(lang, *found).into())],
        ),
        K::ExpectedNumber { unit, found } => (
            "problem.expected_number",
            vec![
                ("unit", unit_name(lang, *unit).into()),
                ("found", type_name(lang, *found).into()),
            ],
        ),
        K::QuotedNumber { text } => ("problem.quoted_number", vec![("text", text.clone())]),
        K::NotWhole { unit } => (
            "problem.not_whole",
            vec![("unit", unit_name(lang, *unit).into())],
        ),
        K::OutOfRange {
            value,
            min,
            max,
            unit,
        } => (
            "problem.out_of_range",
            vec![
                ("value", n(value)),
                ("min", n(min)),
                ("max", n(max)),
                ("unit", unit_name(lang, *unit).into()),
            ],
        ),
        K::OutOfOrder { group, values } => (
            "problem.out_of_order",
            vec![("group", group.join(" ≤ ")), ("values", list(values, ", "))],
        ),
        K::NotAColour { text } => ("problem.not_a_colour", vec![("text", text.clone())]),
        K::LowContrast {
            role,
            colour,
            against,
        } => (
            match role {
                ColourRole::Accent => "problem.contrast.accent",
                ColourRole::AccentInk => "problem.contrast.accent_ink",
                ColourRole::Background => "problem.contrast.background",
            },
            vec![
                ("colour", colour.to_hex()),
                ("against", against.to_hex()),
                ("ratio", ratio(lang, contrast(*colour, *against))),
            ],
        ),
        K::UnknownLanguage { code } => (
            "problem.unknown_language",
            vec![
                ("code", code.clone()),
                ("codes", list(Lang::ALL.map(Lang::code), ", ")),
            ],
        ),
        K::Empty => ("problem.empty", vec![]),
        K::Backslash => ("problem.backslash", vec![]),
        K::NotAPath => ("problem.not_a_path", vec![]),
        K::LeadingSlash => ("problem.leading_slash", vec![]),
        K::PathCharacter { found } => ("problem.path_character", vec![("found", n(found))]),
        K::EmptyFolder => ("problem.empty_folder", vec![]),
        K::AboveFolder => ("problem.above_folder", vec![]),
        K::Extension { allowed } => (
            "problem.extension",
            vec![(
                "allowed",
                list(allowed.iter().map(|e| format!(".{e}")), ", "),
            )],
        ),
        K::TooLong { length, max } => (
            "problem.too_long",
            vec![("length", n(length)), ("max", n(max))],
        ),
        K::ControlCharacter => ("problem.control_character", vec![]),
        K::PhoneCharacter { found } => ("problem.phone_character", vec![("found", n(found))]),
        K::PlusNotFirst => ("problem.plus_not_first", vec![]),
        K::DigitCount { digits } => ("problem.digit_count", vec![("digits", n(digits))]),
        K::NoAt => ("problem.no_at", vec![]),
        K::NotAnEmail { text } => ("problem.not_an_email", vec![("text", text.clone())]),
        K::HttpNotHttps => ("problem.http_not_https", vec![]),
        K::NotHttps => ("problem.not_https", vec![]),
        K::HttpOnlyLocal => ("problem.http_only_local", vec![]),
        K::AddressTooLong { max } => ("problem.address_too_long", vec![("max", n(max))]),
        K::AddressCharacter { found } => ("problem.address_character", vec![("found", n(found))]),
        K::UserInfo => ("problem.user_info", vec![]),
        K::PortNotNumber => ("problem.port_not_number", vec![]),
        K::NotAnOrigin => ("problem.not_an_origin", vec![]),
        K::OriginWithPath => ("problem.origin_with_path", vec![]),
        K::HasFragment => ("problem.has_fragment", vec![]),
        K::NotFullDomain { host } => ("problem.not_full_domain", vec![("host", host.clone())]),
        K::InvalidDomain { host } => ("problem.invalid_domain", vec![("host", host.clone())]),
        K::NoTopLevelDomain { host } => {
            ("problem.no_top_level_domain", vec![("host", host.clone())])
        }
        K::NotPercentEncoded => ("problem.not_percent_encoded", vec![]),
        K::NamedFileMissing => ("problem.named_file_missing", vec![]),
        K::Unreadable => ("problem.unreadable", vec![]),
        K::Content(content) => return super::content::content_text(lang, content),
    };
    filled(lang, key, &params)
}

fn instead_text(lang: Lang, instead: &Instead) -> String {
    let (key, params): (&str, Vec<(&str, String)>) = match instead {
        Instead::Default => ("problem.instead.default", vec![]),
        Instead::DefaultNumber(value) => (
            "problem.instead.default_number",
            vec![("value", value.to_string())],
        ),
        Instead::DefaultColour(colour) => (
            "problem.instead.default_colour",
            vec![("colour", colour.to_hex())],
        ),
        Instead::Defaults => ("problem.instead.defaults", vec![]),
        Instead::BuiltIn => ("problem.instead.built_in", vec![]),
        Instead::FileIgnored => ("problem.instead.file_ignored", vec![]),
        Instead::LastOneUsed => ("problem.instead.last_one_used", vec![]),
        Instead::Ignored => ("problem.instead.ignored", vec![]),
        Instead::AnyPage => ("problem.instead.any_page", vec![]),
        Instead::ParameterIgnored => ("problem.instead.parameter_ignored", vec![]),
        Instead::DefaultFile => (
            "problem.instead.default_file",
            vec![("file", DEFAULT_CONFIG_PATH.into())],
        ),
        Instead::GroupDefaults(defaults) => (
            "problem.instead.group_defaults",
            vec![
                ("n", defaults.len().to_string()),
                ("defaults", list(defaults, ", ")),
            ],
        ),
        Instead::NoBackground => ("problem.instead.no_background", vec![]),
        Instead::InTheWords => return String::new(),
    };
    filled(lang, key, &params)
}

fn filled(lang: Lang, key: &str, params: &[(&str, String)]) -> String {
    let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(t(lang, key), &params)
}
