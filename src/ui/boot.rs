//! Start-up: read the clinic's configuration (if any) and apply its colours, while the page's
//! reducer (`page`, run by `shell`) asks for the words and parts it will need and then draws
//! the first screen in the right language (or opens a saved journey or a share link). A missing or
//! broken clinic file never stops the app: it runs on the built-in defaults for whatever could
//! not be read, and says so to the clinic.

use super::app_part::APP;
use super::first_step::template_id;
use super::later::LATER;
use super::page::{Have, PageAction, PageState};
use super::platform;
use super::saving::STORAGE_KEY;
use super::shell::Shell;
use crate::domain::clinic::{
    branch_query, config_path_from_query, read_config, wants_config_check, wants_embedded,
    wants_preview, ClinicConfig, ConfigProblem, Instead, ProblemKind, DEFAULT_CONFIG_PATH,
    WHOLE_FILE,
};
use crate::domain::i18n::{self, Lang};

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
            let (config, mut found) = read_config(&text);
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
    (ClinicConfig::unread(), problems)
}

/// The configurator's draft, in its preview frame; `None` anywhere else. A logo the
/// configurator has as a file shows from its `data:` address, as it is not on the server yet.
fn preview_clinic(query: &str) -> Option<(ClinicConfig, Vec<ConfigProblem>)> {
    if !wants_preview(query) {
        return None;
    }
    let (text, logo) = platform::preview_config()?;
    platform::keep_storage_out();
    let (mut config, problems) = read_config(&text);
    if config.logo.is_some() {
        config.logo = logo.or(config.logo);
    }
    Some((config, problems))
}

/// How long start-up waits at most for the browser to be idle while index.html's first
/// screen is up: the app takes the page over no later than this after it could have.
const IDLE_AT_MOST_MS: i32 = 200;

pub async fn start() {
    // While index.html's own first screen is up, the person can already use it: start-up
    // waits until the browser is idle (the frame it is drawing, a tap, handled first), rather
    // than running on in the long task the module's arrival already is.
    if platform::drawn_ahead() {
        platform::idle(IDLE_AT_MOST_MS).await;
    }
    let query = platform::location_search();
    let embedded = wants_embedded(&query);
    if embedded {
        platform::set_embedded();
    }
    let preview = preview_clinic(&query);
    let browser_tag = platform::browser_language().unwrap_or_default();
    i18n::set_english_month_first(i18n::is_month_first_region(&browser_tag));
    // A saved journey or a share link opens past the first screen, maybe on the plan, maybe
    // in Spanish: the page asks for both languages and both modules at once.
    let restoring = platform::has_fragment() || platform::load(STORAGE_KEY).is_some();
    let had = Have {
        en_words: i18n::is_ready(Lang::En),
        es_words: i18n::is_ready(Lang::Es),
        app: APP.get().is_some(),
        later: LATER.get().is_some(),
        first_step: platform::element(&template_id(Lang::En)).is_some(),
    };
    let (page, effects) = PageState::start(
        Lang::from_code(&browser_tag),
        restoring,
        wants_config_check(&query),
        embedded,
        had,
    );
    let shell = Shell::new(page, effects, platform::today());
    // The installed app opens on the branch it was installed from (the worker writes the
    // branch into the manifest's start_url).
    let branch = branch_query(&query);
    if !branch.is_empty() {
        platform::set_manifest_query(&branch);
    }
    let (clinic, problems) = match preview {
        Some(found) => found,
        None => load_clinic(&query).await,
    };
    for (name, value) in clinic.css_variables() {
        platform::set_css_variable(name, &value);
    }
    let embedding = clinic.clone();
    // The configurator shows its draft's problems at their fields; the console is for a
    // file, in English, once its words are here (the page's reducer says when).
    shell.clinic_read(clinic, problems, wants_preview(&query));
    platform::start_embedding(
        move |origin| embedding.may_embed(origin),
        move || shell.dispatch(PageAction::Embedded),
    );
    platform::unfold_for_print();
}
