//! Saving and sharing, as pure functions of the app's state: what is kept on this device and
//! what a share link holds. (Where a resumed person lands, and what happens to saved data or a
//! link that cannot be read, is the reducer's: `state::resume`.) The browser's storage and
//! address bar are read and written in `platform`, never here.

use crate::domain::i18n::Lang;
use crate::domain::saved::{self, SavedSchedule, SavedState};
use crate::domain::share::{self, sealed, sealed::Sealed};
use crate::ui::state::AppState;

/// The localStorage key of "remember on this device".
pub const STORAGE_KEY: &str = "careplanner.saved";

/// What is kept of `state` in `lang`: the language, the answers and the schedule.
pub fn to_saved(state: &AppState, lang: Lang) -> SavedState {
    SavedState {
        lang,
        answers: state.answers.clone(),
        schedule: state.schedule.map(|s| SavedSchedule {
            first_date: s.first_date,
            start_time: s.start_time,
            sessions: s.sessions,
            interval_days: s.interval_days,
        }),
        phone: state.phone.clone(),
    }
}

/// The text to store for `state`, or `None` when nothing may be written: saving is off, or
/// unreadable saved data waits for the person's choice and must not be overwritten.
pub fn stored_text(state: &AppState, lang: Lang) -> Option<String> {
    (state.remember && !state.saved_notice_pending())
        .then(|| saved::encode_for(&to_saved(state, lang), &state.protocol))
}

/// The plain share link for `state` at `page` (the app's address, with `?config=` if any).
/// The app shows only its locked form (`share::sealed`); this is what gets locked.
pub fn share_link(state: &AppState, lang: Lang, page: &str) -> String {
    format!(
        "{page}#{}",
        share::encode_fragment(&to_saved(state, lang), &state.protocol)
    )
}

/// The locked link for a plain share link, from what Web Crypto made of its fragment's bytes.
pub fn sealed_link(plain: &str, sealed: &Sealed) -> String {
    let page = plain.split_once('#').map_or(plain, |(page, _)| page);
    format!("{page}#{}", sealed::seal_fragment(sealed))
}

/// The bytes a plain share link's fragment stands for, which are what gets locked.
pub fn fragment_bytes(plain: &str) -> Vec<u8> {
    let fragment = plain.split_once('#').map_or("", |(_, f)| f);
    share::base64url_decode(fragment).unwrap_or_default()
}

/// The plain fragment for the bytes a locked link held.
pub fn fragment_of(bytes: &[u8]) -> String {
    share::base64url_encode(bytes)
}
