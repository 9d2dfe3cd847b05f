//! Start-up: read the clinic's configuration (if any), apply its colours, then draw the first
//! screen in the right language (or open a saved journey or a share link). A missing or
//! broken clinic file never stops the app: it runs on the built-in defaults for whatever could
//! not be read, and says so to the clinic.

use super::app_part::APP;
use super::later::LATER;
use super::platform;
use super::shell::{self, Page};
use super::words::{ensure_language, request_words, warn_config_problems};
use crate::domain::clinic::{
    branch_query, config_path_from_query, read_config, wants_config_check, wants_embedded,
    wants_preview, ClinicConfig, ConfigProblem, Instead, ProblemKind, DEFAULT_CONFIG_PATH,
    WHOLE_FILE,
};
use crate::domain::i18n::{self, Lang};
use crate::domain::protocol::Protocol;

/// Reads the clinic file the URL names, or `clinic.json` beside the app. No `clinic.json` at
/// all is normal (the app without a clinic); a named file that is missing is a problem, and
/// the clinic's own `clinic.json` stands in for it.
async fn load_clinic(query: &str) -> (ClinicConfig, Vec<ConfigProblem>) {
    let mut problems = Vec::new();
    let named = match config_path_from_query(query) {
        Ok(path) => path,
        Err(problem) => {
            problems.push(problem);
            None
        }
    };
    let mut text = Ok(None);
    if let Some(path) = &named {
        text = platform::fetch_text(path).await;
        if matches!(text, Ok(None)) {
            // The path is not repeated: the panel shows only what the app itself says.
            problems.push(ConfigProblem::new(
                "?config",
                ProblemKind::NamedFileMissing,
                Instead::DefaultFile,
            ));
        }
    }
    let from_named = !matches!(text, Ok(None));
    if !from_named {
        text = platform::fetch_text(DEFAULT_CONFIG_PATH).await;
    }
    match text {
        Ok(Some(text)) => {
            let (config, mut found) = read_config(&text, &Protocol::builtin());
            problems.append(&mut found);
            return (config, problems);
        }
        Ok(None) => {}
        // The named file's own error would repeat its path: the problem is the app's words.
        Err(_) => problems.push(ConfigProblem::new(
            if from_named { "?config" } else { WHOLE_FILE },
            ProblemKind::Unreadable,
            Instead::BuiltIn,
        )),
    }
    (ClinicConfig::default(), problems)
}

/// The configurator's draft, in its preview frame; `None` anywhere else. A logo the
/// configurator has as a file shows from its `data:` address, as it is not on the server yet.
fn preview_clinic(query: &str) -> Option<(ClinicConfig, Vec<ConfigProblem>)> {
    if !wants_preview(query) {
        return None;
    }
    let (text, logo) = platform::preview_config()?;
    platform::keep_storage_out();
    let (mut config, problems) = read_config(&text, &Protocol::builtin());
    if config.logo.is_some() {
        config.logo = logo.or(config.logo);
    }
    Some((config, problems))
}

pub async fn start() {
    let query = platform::location_search();
    let embedded = wants_embedded(&query);
    if embedded {
        platform::set_embedded();
    }
    let preview = preview_clinic(&query);
    let browser_tag = platform::browser_language().unwrap_or_default();
    let browser_lang = Lang::from_code(&browser_tag);
    i18n::set_english_month_first(i18n::is_month_first_region(&browser_tag));
    // Saved answers or a share link may be in Spanish, so those bring the words too.
    let restoring =
        platform::has_fragment() || platform::load(super::saving::STORAGE_KEY).is_some();
    // The words a person is likely to need are asked for at once, alongside the clinic's
    // file, so that on a slow network nobody waits for one request after the other: English
    // (the questions') unless the browser is Spanish, Spanish when it is. The first screen
    // waits only for words it shows. (The clinic may still choose the other language; its
    // words are then asked for once it is known.)
    let spanish_browser = browser_lang == Some(Lang::Es);
    if !spanish_browser || restoring {
        request_words(Lang::En);
    }
    if spanish_browser || restoring {
        request_words(Lang::Es);
    }
    // A saved journey or a share link opens past the first screen, maybe on the plan: the
    // code of both is loaded apart.
    if restoring {
        APP.request();
        LATER.request();
    }
    // The installed app opens on the branch it was installed from (the worker writes the
    // branch into the manifest's start_url).
    let branch = branch_query(&query);
    if !branch.is_empty() {
        platform::set_manifest_query(&branch);
    }
    let (mut clinic, mut problems) = match preview {
        Some(found) => found,
        None => load_clinic(&query).await,
    };
    // The clinic's own questions and care steps are read by the app's module (see
    // `read_config`); the configuration check waits for it, to list their problems too.
    if wants_config_check(&query) && !clinic.pending_content.is_empty() && APP.ensure().await {
        if let Some(app) = APP.get() {
            problems.extend((app.content)(&mut clinic));
        }
    }
    // The configurator shows its draft's problems at their fields; the console is for a file.
    if !wants_preview(&query) {
        warn_config_problems(problems.clone());
    }
    for (name, value) in clinic.css_variables() {
        platform::set_css_variable(name, &value);
    }
    // The clinic's choice of language first (it knows its patients), then the browser's.
    let lang = clinic.default_language.or(browser_lang).unwrap_or_default();
    // A Spanish first screen needs its words; a restored journey opens past the first screen,
    // so it needs the English words too (the app says so if they cannot be had).
    if restoring {
        ensure_language(Lang::En).await;
        APP.ensure().await;
        LATER.ensure().await;
    }
    let lang = if (lang == Lang::Es || restoring) && !ensure_language(Lang::Es).await {
        Lang::En
    } else {
        lang
    };
    // The clinic's language, or English after Spanish failed: its words, if not asked for yet.
    request_words(lang);
    // The check panel, for the clinic's web person, is drawn with its problems in words.
    let check_config = wants_config_check(&query);
    if check_config {
        ensure_language(lang).await;
    }
    let embedding = clinic.clone();
    shell::open(Page {
        lang,
        today: platform::today(),
        clinic,
        config_problems: problems,
        check_config,
        embedded,
    });
    // Without the app's module the journey cannot be opened: the first screen says so on
    // Start, with Try again, and the saved data stays where it is.
    if restoring && APP.get().is_some() {
        shell::mount(false);
    } else {
        shell::show_first_screen();
    }
    platform::start_embedding(
        move |origin| embedding.may_embed(origin),
        shell::set_embedded,
    );
    platform::unfold_for_print();
}
