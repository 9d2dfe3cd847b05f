//! The translation layer. Every word the person reads comes from here, in English or Spanish.
//!
//! Catalogues are static tables of `(key, English, Spanish)`, split by who owns the words:
//! `ui` for the app's own screens, `protocol` for questions, options and rules, `care` for the
//! care plan. Keeping both languages on one line makes a missing translation impossible to
//! overlook, and a test checks that every key the protocol derives exists here.
//!
//! The release app is built with the `lazy-spanish` feature: the Spanish column is then left
//! out of the wasm and ships as `es.json` (written by `src/bin/spanish_catalogue.rs`), which
//! the app fetches only when Spanish is wanted and hands to `install_spanish`. Everything else
//! (tests, tools) has both columns built in.

/// A catalogue table; see `catalogue!`.
macro_rules! catalogue {
    ($(($key:expr, $en:expr, $es:expr $(,)?)),* $(,)?) => {
        &[$(($key, $en, spanish!($es))),*]
    };
}

#[cfg(not(feature = "lazy-spanish"))]
macro_rules! spanish {
    ($es:expr) => {
        $es
    };
}

#[cfg(feature = "lazy-spanish")]
macro_rules! spanish {
    ($es:expr) => {
        ""
    };
}

mod care;
mod dates;
mod protocol;
mod ui;

pub use dates::{
    format_date, format_date_short, format_time, is_month_first_region, month_name,
    set_english_month_first, weekday_name,
};

use super::json::{self, Json};
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

    /// The language's name in itself, as the language switch shows it whatever the page's
    /// language: a Spanish speaker looks for "Español" on an English page.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
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

/// The text for `key`, or `None` when no catalogue has it. Spanish that is not built in and
/// not installed yet falls back to English.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let (index, (_, en, es)) = all_entries().enumerate().find(|(_, (k, _, _))| *k == key)?;
    Some(match lang {
        Lang::En => en,
        Lang::Es if !es.is_empty() => es,
        Lang::Es => lazy::spanish(index).unwrap_or(en),
    })
}

/// Whether `lang`'s words are all here: always, except Spanish in the release app before
/// `install_spanish`.
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || !cfg!(feature = "lazy-spanish") || lazy::is_installed()
}

/// The Spanish column as `es.json` holds it: `[[key, text], …]` in catalogue order. Only where
/// the column is built in.
#[cfg(not(feature = "lazy-spanish"))]
pub fn spanish_json() -> String {
    let text = |s: &str| Json::String(s.to_string());
    let pairs = all_entries()
        .map(|(key, _, es)| Json::Array(vec![text(key), text(es)]))
        .collect();
    Json::Array(pairs).to_json()
}

/// Takes the Spanish column from `es.json`. It must list exactly this build's keys in this
/// build's order, so a file from another version is refused rather than mixed in.
pub fn install_spanish(json: &str) -> Result<(), String> {
    let Json::Array(pairs) = json::parse(json).map_err(|e| e.to_string())? else {
        return Err("expected a list of [key, text] pairs".into());
    };
    let mut texts = Vec::with_capacity(pairs.len());
    let mut entries = all_entries();
    for pair in pairs {
        let expected = entries.next().map(|(key, _, _)| *key);
        match pair {
            Json::Array(kv) if kv.len() == 2 && kv[0].as_str() == expected => match &kv[1] {
                Json::String(text) if !text.is_empty() => texts.push(text.clone()),
                _ => return Err(format!("no Spanish text for {}", expected.unwrap_or(""))),
            },
            _ => return Err(format!("expected the key {}", expected.unwrap_or("(none)"))),
        }
    }
    if let Some((key, _, _)) = entries.next() {
        return Err(format!("the key {key} is missing"));
    }
    lazy::install(texts);
    Ok(())
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

/// The installed Spanish column. The app runs on one thread; the texts live as long as the page.
mod lazy {
    use std::sync::OnceLock;

    static SPANISH: OnceLock<Vec<&'static str>> = OnceLock::new();

    pub fn install(texts: Vec<String>) {
        let leaked = texts.into_iter().map(|t| &*t.leak()).collect();
        let _ = SPANISH.set(leaked);
    }

    pub fn is_installed() -> bool {
        SPANISH.get().is_some()
    }

    pub fn spanish(index: usize) -> Option<&'static str> {
        SPANISH.get()?.get(index).copied()
    }
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
    fn the_spanish_file_round_trips_and_a_file_of_another_version_is_refused() {
        let good = spanish_json();
        assert_eq!(install_spanish(&good), Ok(()));
        assert!(is_ready(Lang::Es));

        let Json::Array(pairs) = json::parse(&good).unwrap() else {
            panic!("es.json is a list")
        };
        let write = |pairs: Vec<Json>| Json::Array(pairs).to_json();
        let mut swapped = pairs.clone();
        swapped.swap(0, 1);
        let mut short = pairs.clone();
        short.pop();
        let mut longer = pairs.clone();
        longer.push(pairs[0].clone());
        let mut blank = pairs.clone();
        blank[3] = Json::Array(vec![
            Json::String(all_keys().nth(3).unwrap().into()),
            Json::String(String::new()),
        ]);
        for (case, text) in [
            ("another order", write(swapped)),
            ("a key missing", write(short)),
            ("a key too many", write(longer)),
            ("an empty text", write(blank)),
            ("not a list", "{}".to_string()),
            ("not JSON", "[[".to_string()),
        ] {
            assert!(install_spanish(&text).is_err(), "{case} was accepted");
        }
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
