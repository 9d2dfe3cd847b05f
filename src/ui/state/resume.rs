//! The start of a visit, as a step of the reducer: a share link or saved data takes the
//! person back where they were, and what cannot be read becomes a notice. The browser's storage
//! and address bar are read in `platform`; this only decides.

use super::{AppState, Notice, Screen};
use crate::domain::plan::Schedule;
use crate::domain::saved::{self, SavedState};
use crate::domain::share::{self, sealed};
use crate::ui::ids::{FIELD_PREFIX, HEADING_ID, MAIN_ID, UNLOCK_CODE_ID};

/// Takes over saved or shared inputs and goes where the person was: the first step with a
/// missing or rejected answer, else the plan when a schedule was kept and planning is
/// possible, else the result. With no answers at all, the first screen.
pub fn resume(state: &mut AppState, saved: SavedState) {
    state.opened_in = Some(saved.lang);
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
    fragment == MAIN_ID
        || fragment == HEADING_ID
        || fragment.starts_with(FIELD_PREFIX)
        || fragment.contains('=')
}
