//! Start-up: read the clinic's configuration (if any), apply its colours, then mount the app in
//! the right language. A missing or broken clinic file never stops the app: it runs on the
//! built-in defaults for whatever could not be read, and says so to the clinic.

use super::{platform, App, AppProps};
use crate::domain::clinic::{
    config_path_from_query, parse_config, wants_config_check, ClinicConfig, ConfigProblem,
    DEFAULT_CONFIG_PATH, WHOLE_FILE,
};
use crate::domain::i18n::{self, Lang};
use crate::domain::protocol::Protocol;

/// Reads the clinic file the URL names, or `clinic.json` beside the app. No `clinic.json` at
/// all is normal (the app without a clinic); a named file that is missing is a problem.
async fn load_clinic(query: &str) -> (ClinicConfig, Vec<ConfigProblem>) {
    let mut problems = Vec::new();
    let (path, named) = match config_path_from_query(query) {
        Ok(Some(path)) => (path, true),
        Ok(None) => (DEFAULT_CONFIG_PATH.to_string(), false),
        Err(problem) => {
            problems.push(problem);
            (DEFAULT_CONFIG_PATH.to_string(), false)
        }
    };
    let defaults = "; the built-in defaults are used";
    match platform::fetch_text(&path).await {
        Ok(Some(text)) => {
            let (config, mut found) = parse_config(&text, &Protocol::builtin());
            problems.append(&mut found);
            return (config, problems);
        }
        Ok(None) if named => problems.push(ConfigProblem {
            field: "?config".into(),
            problem: format!("{path} was not found{defaults}"),
        }),
        Ok(None) => {}
        Err(why) => problems.push(ConfigProblem {
            field: WHOLE_FILE.into(),
            problem: format!("{why}{defaults}"),
        }),
    }
    (ClinicConfig::default(), problems)
}

/// Where the release app's Spanish words are (see `domain::i18n`), beside index.html.
const SPANISH_PATH: &str = "es.json";

/// Makes `lang`'s words available, fetching the Spanish ones the first time. `false` when they
/// could not be had: the page then stays in (or falls back to) English.
pub async fn ensure_language(lang: Lang) -> bool {
    ensure_language_with(lang, None).await
}

/// `ensure_language`, with the request for `es.json` perhaps already on its way.
async fn ensure_language_with(lang: Lang, pending: Option<platform::PendingFetch>) -> bool {
    if i18n::is_ready(lang) {
        return true;
    }
    let pending = pending.unwrap_or_else(|| platform::start_fetch(SPANISH_PATH));
    let problem = match pending.text().await {
        Ok(Some(text)) => match i18n::install_spanish(&text) {
            Ok(()) => return true,
            Err(why) => why,
        },
        Ok(None) => "not found".to_string(),
        Err(why) => why,
    };
    platform::warn(&format!("careplanner: {SPANISH_PATH}: {problem}"));
    false
}

pub async fn start() {
    let query = platform::location_search();
    let browser_tag = platform::browser_language().unwrap_or_default();
    let browser_lang = Lang::from_code(&browser_tag);
    i18n::set_english_month_first(i18n::is_month_first_region(&browser_tag));
    // Saved answers or a share link may be in Spanish, so those bring the words too.
    let restoring =
        platform::has_fragment() || platform::load(super::saving::STORAGE_KEY).is_some();
    // When Spanish is likely, its words are asked for now, alongside the clinic's file, so a
    // Spanish speaker on a slow network does not wait for one request after the other.
    let spanish_likely = browser_lang == Some(Lang::Es) || restoring;
    let early_spanish =
        (spanish_likely && !i18n::is_ready(Lang::Es)).then(|| platform::start_fetch(SPANISH_PATH));
    let (clinic, problems) = load_clinic(&query).await;
    for problem in &problems {
        platform::warn(&format!("careplanner clinic config: {problem}"));
    }
    for (name, value) in clinic.css_variables() {
        platform::set_css_variable(name, &value);
    }
    // The clinic's choice of language first (it knows its patients), then the browser's.
    let lang = clinic.default_language.or(browser_lang).unwrap_or_default();
    let lang = if lang == Lang::Es || restoring {
        if ensure_language_with(Lang::Es, early_spanish).await {
            lang
        } else {
            Lang::En
        }
    } else {
        lang
    };
    let props = AppProps {
        lang,
        today: platform::today(),
        clinic,
        config_problems: problems.iter().map(ToString::to_string).collect(),
        check_config: wants_config_check(&query),
    };
    yew::Renderer::<App>::with_props(props).render();
    platform::start_embedding();
    platform::unfold_for_print();
}
