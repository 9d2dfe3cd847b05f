//! The words the release wasm leaves out (see `domain::i18n`): one request per language, made
//! when the page's reducer asks for it (`page::Effect::FetchWords`), installed as soon as it
//! arrives. Who waits for them is the reducer's business: it hears of the arrival as an action.

use super::platform;
use crate::domain::i18n::{self, Lang};
use std::future::Future;

/// Asks for `lang`'s words now (the request is on its way when this returns) and gives a
/// future that installs them on arrival: `true` once they are installed, `false` when they
/// could not be had (the console says why).
pub fn fetch_words(lang: Lang) -> impl Future<Output = bool> {
    let request = platform::start_fetch(i18n::words_file(lang));
    async move {
        let problem = match request.text().await {
            Ok(Some(text)) => match i18n::install_words(lang, &text) {
                Ok(()) => return true,
                Err(why) => why,
            },
            Ok(None) => "not found".to_string(),
            Err(why) => why,
        };
        platform::warn(&format!(
            "careplanner: {}: {problem}",
            i18n::words_file(lang)
        ));
        false
    }
}
