//! Saving, resuming and sharing, as pure steps on the app's state: what is kept, where a
//! resumed person lands, and what happens to saved data or a link that cannot be read. The
//! browser's storage and address bar are read and written in `platform`, never here.

use crate::domain::plan::Schedule;
use crate::domain::saved::{self, SavedSchedule, SavedState};
use crate::domain::share::{self, sealed, sealed::Sealed};
use crate::ui::state::{AppState, Notice, Screen, UNLOCK_CODE_ID};

/// The localStorage key of "remember on this device".
pub const STORAGE_KEY: &str = "careplanner.saved";

/// What is kept of `state`: the language, the answers and the schedule.
pub fn to_saved(state: &AppState) -> SavedState {
    SavedState {
        lang: state.lang,
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
pub fn stored_text(state: &AppState) -> Option<String> {
    (state.remember && !state.saved_notice_pending())
        .then(|| saved::encode_for(&to_saved(state), &state.protocol))
}

/// The plain share link for `state` at `page` (the app's address, with `?config=` if any).
/// The app shows only its locked form (`share::sealed`); this is what gets locked.
pub fn share_link(state: &AppState, page: &str) -> String {
    format!(
        "{page}#{}",
        share::encode_fragment(&to_saved(state), &state.protocol)
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

/// Takes over saved or shared inputs and goes where the person was: the first step with a
/// missing or rejected answer, else the plan when a schedule was kept and planning is
/// possible, else the result. With no answers at all, the first screen.
pub fn resume(state: &mut AppState, saved: SavedState) {
    state.lang = saved.lang;
    state.answers = saved.answers;
    state.schedule = saved.schedule.map(|s| Schedule {
        first_date: s.first_date,
        start_time: s.start_time,
        sessions: s.sessions,
        interval_days: s.interval_days,
    });
    state.phone = saved.phone;
    // The kept dates stay the person's plan even once they are in the past (Today reads it).
    state.kept_schedule = state.schedule;
    let screen = if state.answers.0.is_empty() {
        Screen::Welcome
    } else if let Some(step) = state
        .visible_steps()
        .into_iter()
        .find(|&i| !state.step_errors(i).is_empty())
    {
        Screen::Step(step)
    } else {
        // A postponement with no date the app can know reopens on its result, never a plan.
        if state.schedule.is_some() && state.assessment().may_plan() {
            Screen::Plan
        } else {
            Screen::Result
        }
    };
    state.go_to(screen);
}

/// The start of a visit: a share link in the address wins; otherwise saved data resumes and
/// keeps saving on. A link that cannot be read or saved data that cannot be read becomes a
/// notice, and the app starts as normal. When a link is opened on a device that also has saved
/// data, the saved copy is left as it is and saving stays off for this visit, so the link never
/// replaces it without the person turning saving on again.
pub fn boot(state: &mut AppState, stored: Option<&str>, fragment: Option<&str>) {
    let fragment = fragment.map(|f| f.trim_start_matches('#')).unwrap_or("");
    let mut imported = false;
    // A locked link's code was typed: what it held replaces the request for the code.
    if matches!(state.notice, Some(Notice::Locked { .. })) {
        state.notice = None;
    }
    if sealed::is_sealed(fragment) {
        // Locked: the person types the code first; meanwhile nothing saved is resumed, as
        // for any link.
        state.notice = Some(Notice::Locked {
            fragment: fragment.to_string(),
            problem: None,
        });
        state.focus_on(UNLOCK_CODE_ID.to_string());
        imported = true;
    } else if !fragment.is_empty() && !is_anchor(fragment) {
        match share::decode_fragment(fragment, &state.protocol) {
            Ok(shared) => {
                resume(state, shared);
                imported = true;
            }
            Err(e) => state.notice = Some(Notice::Link(e.key())),
        }
    }
    let Some(text) = stored else { return };
    match saved::decode_for(text, &state.protocol) {
        Ok(_) if imported => {}
        Ok(kept) => {
            resume(state, kept);
            state.remember = true;
        }
        Err(e) => {
            state.notice = Some(Notice::Saved {
                key: e.key(),
                raw: text.to_string(),
            })
        }
    }
}

/// A fragment that is not a share link: one of the app's own in-page targets (the skip link's
/// `main`, a heading, an error link's `q-…`), left in the address by a click before a reload,
/// or `key=value` state that another tool put there. `=` never occurs in a share link.
pub fn is_anchor(fragment: &str) -> bool {
    matches!(fragment, "main" | "screen-heading")
        || fragment.starts_with("q-")
        || fragment.contains('=')
}
