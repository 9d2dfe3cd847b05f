//! The translation layer. Every word the person reads comes from here, in English or Spanish.
//!
//! Catalogues are static tables of `(key, English, Spanish)`, split by who owns the words:
//! `ui` for the app's own screens, `protocol` for questions, options and rules, `care` for the
//! care plan. Keeping both languages on one line makes a missing translation impossible to
//! overlook, and a test checks that every key the protocol derives exists here.
//!
//! The release app is built with the `lazy-words` feature, which leaves words that no first
//! screen shows out of the wasm: every Spanish text, and the English of every screen after
//! Start (`ui::LATER`, and the `protocol` and `care` catalogues). They ship as `es.json` and
//! `en.json` (written by `src/bin/release_files.rs`); the app asks for English at start-up and
//! shows its first screen without waiting, and for Spanish when it is wanted, and hands each
//! file to `install_words`. Everything else (tests, tools) has every word built in.

/// A catalogue table whose English is always built in; see `lazy_text!`.
macro_rules! catalogue {
    ($(($key:expr, $en:expr, $es:expr $(,)?)),* $(,)?) => {
        &[$(($key, $en, lazy_text!($es))),*]
    };
}

/// A catalogue table whose English the release app fetches too: none of it is on a first screen.
macro_rules! lazy_catalogue {
    ($(($key:expr, $en:expr, $es:expr $(,)?)),* $(,)?) => {
        &[$(($key, lazy_text!($en), lazy_text!($es))),*]
    };
}

#[cfg(not(feature = "lazy-words"))]
macro_rules! lazy_text {
    ($text:expr) => {
        $text
    };
}

#[cfg(feature = "lazy-words")]
macro_rules! lazy_text {
    ($text:expr) => {
        ""
    };
}

mod care;
#[cfg(not(feature = "lazy-words"))]
mod configure;
mod content_problems;
mod dates;
mod phases;
mod problems;
mod protocol;
mod ui;

pub use dates::{
    format_date, format_date_short, format_day, format_day_range, format_time,
    is_month_first_region, month_name, set_english_month_first, weekday_name,
};
pub use phases::plural;

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

type Entry = (&'static str, &'static str, &'static str);
type Catalogue = &'static [Entry];

/// The first screen's words, first in the order of every index below: their English is built
/// in everywhere, as the release app draws the first screen before any file has arrived.
const FIRST: Catalogue = ui::FIRST_SCREEN;

/// Every other catalogue of the patient's app, after `FIRST`: the release app fetches their
/// English as well as their Spanish. The configurator's words come last and only where every
/// word is built in: the patient's release app neither carries them nor fetches them.
#[cfg(feature = "lazy-words")]
static AFTER_FIRST: [Catalogue; PATIENT_LATER] = LATER;
#[cfg(not(feature = "lazy-words"))]
static AFTER_FIRST: [Catalogue; PATIENT_LATER + 1] = {
    let [a, b, c, d, e, f] = LATER;
    [a, b, c, d, e, f, configure::ENTRIES]
};
const PATIENT_LATER: usize = 6;
const LATER: [Catalogue; PATIENT_LATER] = [
    ui::LATER,
    protocol::ENTRIES,
    care::ENTRIES,
    phases::ENTRIES,
    problems::ENTRIES,
    content_problems::ENTRIES,
];

/// How many entries the patient's app has, `FIRST`'s and `LATER`'s: the words files hold the
/// last `PATIENT - FIRST.len()` of them (English) or all of them (Spanish).
const PATIENT: usize = FIRST.len() + entries_in(&LATER);

const fn entries_in(catalogues: &[Catalogue]) -> usize {
    let (mut count, mut i) = (0, 0);
    while i < catalogues.len() {
        count += catalogues[i].len();
        i += 1;
    }
    count
}

/// The catalogues after the first screen's, as `lookup` searches them. The release app's
/// first module must not name them, or every key of every screen would ship in it: the app's
/// module hands them over when it arrives (`use_later_words`), and until then only the first
/// screen's words are found. Everywhere else they are simply here.
fn after_first() -> &'static [Catalogue] {
    #[cfg(feature = "lazy-words")]
    return later::get();
    #[cfg(not(feature = "lazy-words"))]
    &AFTER_FIRST
}

/// Lets `lookup` find the words of every screen after the first (see `after_first`); called
/// by the module of the app's screens as it arrives. Nothing to do where every word is built in.
pub fn use_later_words() {
    #[cfg(feature = "lazy-words")]
    later::set(&AFTER_FIRST);
}

#[cfg(feature = "lazy-words")]
mod later {
    use super::Catalogue;
    use std::sync::OnceLock;

    static LATER: OnceLock<&'static [Catalogue]> = OnceLock::new();

    pub fn get() -> &'static [Catalogue] {
        LATER.get().copied().unwrap_or(&[])
    }

    pub fn set(catalogues: &'static [Catalogue]) {
        let _ = LATER.set(catalogues);
    }
}

/// The text for `key`, or `None` when no catalogue has it. A text that is not built in is
/// taken from the installed words; Spanish that is not here yet falls back to English.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let Some((index, &(_, en, es))) = find(key) else {
        return own::text(lang, key);
    };
    let text = |lang: Lang| {
        let built_in = match lang {
            Lang::En => en,
            Lang::Es => es,
        };
        if built_in.is_empty() {
            lazy::text(lang, index)
        } else {
            Some(built_in)
        }
    };
    text(lang).or_else(|| text(Lang::En))
}

/// The entry of `key` with its index among all entries (`FIRST`'s, then the others').
fn find(key: &str) -> Option<(usize, &'static Entry)> {
    let entries = FIRST
        .iter()
        .chain(after_first().iter().flat_map(|c| c.iter()));
    entries.enumerate().find(|(_, (k, _, _))| *k == key)
}

/// Whether `lang`'s words are all here: always, except in the release app before
/// `install_words` has its file.
pub fn is_ready(lang: Lang) -> bool {
    !cfg!(feature = "lazy-words") || lazy::is_installed(lang)
}

/// The indices of the entries whose `lang` text the release app fetches: every entry of the
/// patient's app for Spanish, all but the first screen's for English. Numbers only, so the
/// first module that installs the files names no key.
fn fetched(lang: Lang) -> std::ops::Range<usize> {
    match lang {
        Lang::En => FIRST.len()..PATIENT,
        Lang::Es => 0..PATIENT,
    }
}

/// The file of `lang`'s fetched words, beside index.html: `src/bin/release_files.rs` writes
/// it, the app asks for it.
pub fn words_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en.json",
        Lang::Es => "es.json",
    }
}

/// A fingerprint of the keys of each language's fetched words (by `Lang as usize`), worked
/// out as the app is compiled. The file carries it instead of the keys themselves, which
/// would make it a fifth larger.
const FINGERPRINTS: [u64; 2] = [fingerprint(FIRST.len(), PATIENT), fingerprint(0, PATIENT)];

fn keys_fingerprint(lang: Lang) -> String {
    format!("{:016x}", FINGERPRINTS[lang as usize])
}

/// 64-bit FNV-1a of the keys of the patient's entries `from..to`, in order.
const fn fingerprint(from: usize, to: usize) -> u64 {
    let mut hash = FNV_START;
    let (mut catalogue, mut at, mut index) = (0, 0, 0);
    while index < to {
        let entries = if catalogue == 0 {
            FIRST
        } else {
            LATER[catalogue - 1]
        };
        if at == entries.len() {
            catalogue += 1;
            at = 0;
            continue;
        }
        if index >= from {
            hash = fingerprint_key(hash, entries[at].0);
        }
        at += 1;
        index += 1;
    }
    hash
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// `hash` taken on over one more key and the zero byte that ends it.
const fn fingerprint_key(mut hash: u64, key: &str) -> u64 {
    let key = key.as_bytes();
    let mut at = 0;
    while at <= key.len() {
        let byte = if at < key.len() { key[at] } else { 0 };
        hash = (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3);
        at += 1;
    }
    hash
}

/// The file of `lang`'s fetched words (`en.json`, `es.json`):
/// `{"keys": fingerprint, "texts": [text, …]}`, the texts in catalogue order. Only where every
/// word is built in.
#[cfg(not(feature = "lazy-words"))]
pub fn words_json(lang: Lang) -> String {
    words_file_json(lang, |&(_, en, es)| {
        if lang == Lang::En { en } else { es }.into()
    })
}

/// A word file for `lang` with the text `text` gives each fetched entry: the release tool's
/// (the catalogue's own words), or a test's when the release build has left them out.
#[cfg(any(test, not(feature = "lazy-words")))]
fn words_file_json(lang: Lang, text: impl Fn(&Entry) -> String) -> String {
    let texts = all_entries()
        .enumerate()
        .filter(|(index, _)| fetched(lang).contains(index))
        .map(|(_, entry)| Json::String(text(entry)))
        .collect();
    Json::Object(vec![
        ("keys".into(), Json::String(keys_fingerprint(lang))),
        ("texts".into(), Json::Array(texts)),
    ])
    .to_json()
}

/// Takes `lang`'s fetched words from its file. Its fingerprint must be this build's, so a file
/// from another version (other keys, or the same in another order) is refused, not mixed in.
pub fn install_words(lang: Lang, json: &str) -> Result<(), String> {
    let file = json::parse(json).map_err(|e| e.to_string())?;
    if file.get("keys").and_then(Json::as_str) != Some(keys_fingerprint(lang).as_str()) {
        return Err("made for another version (its keys differ)".into());
    }
    let Some(Json::Array(texts)) = file.get("texts") else {
        return Err("no list of texts".into());
    };
    let entries = fetched(lang);
    if texts.len() != entries.len() {
        return Err(format!("{} texts for {} keys", texts.len(), entries.len()));
    }
    let mut installed = vec![""; PATIENT];
    for (index, text) in entries.zip(texts) {
        match text.as_str() {
            Some(text) if !text.is_empty() => installed[index] = text,
            // The text's place, not its key: the first module that reads the file names none.
            _ => return Err(format!("no text at {}", index - fetched(lang).start)),
        }
    }
    // Checked whole before anything is kept; the words live as long as the page.
    let installed = installed
        .into_iter()
        .map(|text| &*text.to_string().leak())
        .collect();
    lazy::install(lang, installed);
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

/// The names of a template's `{name}` placeholders, in order.
pub fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
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

/// The installed words, by language, indexed like `all_entries` ("" where built in). The app
/// runs on one thread and the words live as long as the page, so they are leaked once.
mod lazy {
    use super::Lang;
    use std::sync::OnceLock;

    static WORDS: [OnceLock<Vec<&'static str>>; 2] = [OnceLock::new(), OnceLock::new()];

    fn slot(lang: Lang) -> &'static OnceLock<Vec<&'static str>> {
        &WORDS[lang as usize]
    }

    pub fn install(lang: Lang, texts: Vec<&'static str>) {
        let _ = slot(lang).set(texts);
    }

    pub fn is_installed(lang: Lang) -> bool {
        slot(lang).get().is_some()
    }

    pub fn text(lang: Lang, index: usize) -> Option<&'static str> {
        slot(lang)
            .get()?
            .get(index)
            .copied()
            .filter(|t| !t.is_empty())
    }
}

/// A clinic's own words for the content its file adds (its questions, findings and care
/// steps): under the keys their ids derive (`q.<id>`, `rule.<id>`, `care.<id>` …), so every
/// screen, the calendar and the printout find them with the same `t` as the built-in words.
/// They are data from the clinic file, not catalogue entries: each comes in every language
/// already (a missing translation was filled with the clinic's default language when the
/// file was read, and reported). A catalogue key always wins; the clinic's ids are checked
/// against the built-in ones, so none can shadow another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwnWords {
    pub key: &'static str,
    /// By `Lang as usize`.
    pub texts: [&'static str; 2],
}

/// Makes `words` the clinic words `lookup` falls back on, in place of any before (the
/// configurator's preview reads one draft after another). They live on the `Protocol` that
/// carries the clinic's content; `Protocol::install_words` calls this.
pub fn use_own_words(words: &'static [OwnWords]) {
    own::install(words);
}

/// The clinic's own words, per thread: the app has one; native tests each read their own file.
mod own {
    use super::{Lang, OwnWords};
    use std::cell::Cell;

    thread_local! {
        static WORDS: Cell<&'static [OwnWords]> = const { Cell::new(&[]) };
    }

    pub fn install(words: &'static [OwnWords]) {
        WORDS.with(|w| w.set(words));
    }

    pub fn text(lang: Lang, key: &str) -> Option<&'static str> {
        WORDS.with(|w| {
            w.get()
                .iter()
                .find(|o| o.key == key)
                .map(|o| o.texts[lang as usize])
        })
    }
}

/// Every key of every catalogue, in catalogue order (the index `lookup` and the installed
/// words share).
pub fn all_keys() -> impl Iterator<Item = &'static str> {
    all_entries().map(|(k, _, _)| *k)
}

/// Every entry, for tests that check that no translation is empty or left in English.
pub fn all_entries() -> impl Iterator<Item = &'static Entry> {
    FIRST
        .iter()
        .chain(AFTER_FIRST.iter().flat_map(|c| c.iter()))
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

    /// Both files written from a build with every word, installed, and the ways a file of
    /// another version, or a broken one, is refused.
    #[cfg(not(feature = "lazy-words"))]
    #[test]
    fn the_word_files_round_trip_and_a_file_of_another_version_is_refused() {
        for lang in Lang::ALL {
            let good = words_json(lang);
            assert_eq!(install_words(lang, &good), Ok(()), "{lang:?}");
            assert!(is_ready(lang));

            let file = json::parse(&good).unwrap();
            let (keys, texts) = (file.get("keys").unwrap(), file.get("texts").unwrap());
            let texts = texts.as_array().unwrap().to_vec();
            let write = |keys: &Json, texts: Vec<Json>| {
                Json::Object(vec![
                    ("keys".into(), keys.clone()),
                    ("texts".into(), Json::Array(texts)),
                ])
                .to_json()
            };
            let mut short = texts.clone();
            short.pop();
            let mut longer = texts.clone();
            longer.push(texts[0].clone());
            let mut blank = texts.clone();
            blank[3] = Json::String(String::new());
            let other = Json::String("0123456789abcdef".into());
            let other_lang = words_json(if lang == Lang::En { Lang::Es } else { Lang::En });
            for (case, text) in [
                ("another version", write(&other, texts.clone())),
                ("the other language's file", other_lang),
                ("a text missing", write(keys, short)),
                ("a text too many", write(keys, longer)),
                ("an empty text", write(keys, blank)),
                ("no texts", write(keys, Vec::new())),
                ("not an object", "[]".to_string()),
                ("not JSON", "[[".to_string()),
            ] {
                assert!(
                    install_words(lang, &text).is_err(),
                    "{lang:?}: {case} was accepted"
                );
            }
        }
    }

    #[test]
    fn the_fingerprint_changes_with_any_key_and_with_their_order() {
        let of = |keys: &[&str]| keys.iter().fold(FNV_START, |h, k| fingerprint_key(h, k));
        let base = of(&["q.age", "q.area"]);
        assert_eq!(keys_fingerprint(Lang::En).len(), 16);
        assert_eq!(base, of(&["q.age", "q.area"]));
        for other in [
            of(&["q.area", "q.age"]),
            of(&["q.age", "q.areas"]),
            of(&["q.ag", "eq.area"]),
            of(&["q.age"]),
        ] {
            assert_ne!(base, other);
        }
        assert_ne!(keys_fingerprint(Lang::En), keys_fingerprint(Lang::Es));
        // The compiler's fingerprints are those of the keys each file carries.
        for lang in Lang::ALL {
            let keys: Vec<&str> = all_keys()
                .enumerate()
                .filter(|(index, _)| fetched(lang).contains(index))
                .map(|(_, key)| key)
                .collect();
            assert_eq!(FINGERPRINTS[lang as usize], of(&keys), "{lang:?}");
        }
    }

    /// English's file holds the words of the screens after Start, not the first screen's;
    /// Spanish's holds every word.
    #[cfg(not(feature = "lazy-words"))]
    #[test]
    fn the_english_file_leaves_out_the_first_screens_words() {
        let keys = |lang| -> Vec<&str> {
            let fetched = fetched(lang);
            all_keys().take(fetched.end).skip(fetched.start).collect()
        };
        let english = keys(Lang::En);
        for later in [
            "q.age",
            "verdict.no_concerns.title",
            "nav.next",
            "plan.download",
        ] {
            assert!(english.contains(&later), "{later}");
        }
        assert!(!english.contains(&"welcome.start") && !english.contains(&"app.name"));
        // Spanish: every word of the patient's app, and none of the configurator's.
        let spanish = keys(Lang::Es);
        assert_eq!(spanish.len(), all_keys().count() - configure::ENTRIES.len());
        assert!(!spanish
            .iter()
            .chain(&english)
            .any(|k| k.starts_with("cfg.")));
        assert!(all_keys().any(|k| k == "cfg.title"));
    }

    /// The release build's lookups: the first screen's English is there at once; the rest
    /// arrives with its file and is found once the app's module has handed its catalogues
    /// over, and Spanish falls back to English until its file is in.
    #[cfg(feature = "lazy-words")]
    #[test]
    fn without_their_files_only_the_first_screens_words_are_built_in() {
        let file =
            |lang: Lang| words_file_json(lang, |(key, _, _)| format!("{}:{key}", lang.code()));
        assert!(!is_ready(Lang::En) && !is_ready(Lang::Es));
        assert_eq!(lookup(Lang::En, "welcome.start"), Some("Start"));
        assert_eq!(lookup(Lang::En, "q.age"), None);
        assert_eq!(t(Lang::En, "q.age"), "q.age");

        assert_eq!(install_words(Lang::En, &file(Lang::En)), Ok(()));
        assert!(is_ready(Lang::En));
        assert_eq!(lookup(Lang::En, "q.age"), None);
        use_later_words();
        assert_eq!(lookup(Lang::En, "q.age"), Some("en:q.age"));
        assert_eq!(lookup(Lang::Es, "q.age"), Some("en:q.age"));
        assert_eq!(lookup(Lang::Es, "welcome.start"), Some("Start"));

        assert_eq!(install_words(Lang::Es, &file(Lang::Es)), Ok(()));
        assert_eq!(lookup(Lang::Es, "welcome.start"), Some("es:welcome.start"));
        assert_eq!(lookup(Lang::Es, "q.age"), Some("es:q.age"));
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

    // The tables as written: the release build has left the fetched texts out.
    #[cfg(not(feature = "lazy-words"))]
    #[test]
    fn no_translation_is_empty() {
        for (key, en, es) in all_entries() {
            assert!(!en.trim().is_empty(), "{key}: English text is empty");
            assert!(!es.trim().is_empty(), "{key}: Spanish text is empty");
        }
    }

    // The tables as written: the release build has left the fetched texts out.
    #[cfg(not(feature = "lazy-words"))]
    #[test]
    fn placeholders_match_between_languages() {
        fn names(s: &str) -> Vec<&str> {
            let mut v: Vec<&str> = placeholders(s).collect();
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
