//! The translation layer. Every word the person reads comes from here, in English or Spanish.
//!
//! Catalogues are static tables of `(key, English, Spanish)`, split by who owns the words:
//! `ui` for the app's own screens, `protocol` for questions, options and rules, `care` for the
//! care plan. Keeping both languages on one line makes a missing translation impossible to
//! overlook, and a test checks that every key the protocol derives exists here.

mod care;
mod dates;
mod protocol;
mod ui;

pub use dates::{format_date, format_date_short, format_time, month_name, weekday_name};

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, for `<html lang>` and the calendar file.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Reads a tag such as "es", "es-MX" or "EN"; anything else is not a supported language.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

type Catalogue = &'static [(&'static str, &'static str, &'static str)];

const CATALOGUES: [Catalogue; 3] = [ui::ENTRIES, protocol::ENTRIES, care::ENTRIES];

/// The text for `key`, or `None` when no catalogue has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    CATALOGUES
        .iter()
        .flat_map(|c| c.iter())
        .find(|(k, _, _)| *k == key)
        .map(|(_, en, es)| match lang {
            Lang::En => *en,
            Lang::Es => *es,
        })
}

/// The text for `key`. A missing key shows the key itself, so it is visible rather than blank;
/// the catalogue tests make sure none is missing in what ships.
pub fn t(lang: Lang, key: &str) -> &str {
    lookup(lang, key).unwrap_or(key)
}

/// The text for `key` with each `{name}` replaced by its value.
pub fn tf(lang: Lang, key: &str, params: &[(&str, &str)]) -> String {
    fill(t(lang, key), params)
}

/// Replaces `{name}` placeholders. Unknown placeholders are left as they are.
pub fn fill(template: &str, params: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every key of every catalogue, for tests that check coverage and duplicates.
pub fn all_keys() -> impl Iterator<Item = &'static str> {
    CATALOGUES.iter().flat_map(|c| c.iter()).map(|(k, _, _)| *k)
}

/// Every entry, for tests that check that no translation is empty or left in English.
pub fn all_entries() -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    CATALOGUES.iter().flat_map(|c| c.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        let cases = [
            ("Until {date}.", vec![("date", "1 May")], "Until 1 May."),
            ("{a} and {b}", vec![("a", "x"), ("b", "y")], "x and y"),
            ("{missing} stays", vec![], "{missing} stays"),
            ("unclosed {brace", vec![], "unclosed {brace"),
            ("ñ {n} é", vec![("n", "2")], "ñ 2 é"),
        ];
        for (template, params, expected) in cases {
            assert_eq!(fill(template, &params), expected, "template {template:?}");
        }
    }

    #[test]
    fn language_tags_are_read_by_their_primary_subtag() {
        assert_eq!(Lang::from_code("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn no_key_is_defined_twice() {
        let mut keys: Vec<_> = all_keys().collect();
        keys.sort_unstable();
        let dupes: Vec<_> = keys
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| w[0])
            .collect();
        assert!(dupes.is_empty(), "duplicate translation keys: {dupes:?}");
    }

    #[test]
    fn no_translation_is_empty() {
        for (key, en, es) in all_entries() {
            assert!(!en.trim().is_empty(), "{key}: English text is empty");
            assert!(!es.trim().is_empty(), "{key}: Spanish text is empty");
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        fn names(s: &str) -> Vec<&str> {
            let mut v: Vec<&str> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n))
                .collect();
            v.sort_unstable();
            v
        }
        for (key, en, es) in all_entries() {
            assert_eq!(
                names(en),
                names(es),
                "{key}: placeholders differ between en and es"
            );
        }
    }
}
