//! What matters now: the instructions in force at a moment, the next thing coming, and
//! whether the warning signs apply. Pure, so the Today view can be tested with any clock.

use super::{CarePlan, Entry, Phase, SessionCare};
use crate::domain::protocol::Category;
use crate::domain::sorted_map::sort_small_by_key;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// The Today view's content, as indices into the plan's phases and items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TodayView {
    pub date: NaiveDate,
    /// The phase today is in (the latest session's, where two meet), as (session index,
    /// phase index) into the phases.
    pub phase: Option<(usize, usize)>,
    /// The instructions in force now, in plan order; the warning signs are apart.
    pub now: Vec<Entry>,
    /// The next day on which something begins, and what begins then.
    pub next: Option<(NaiveDate, Vec<Entry>)>,
    /// The warning signs apply today (the aftercare of a session).
    pub warning: bool,
    /// Every session is behind and nothing is left to come.
    pub done: bool,
}

/// What to show at `now`.
pub fn today(plan: &CarePlan, care: &[SessionCare], now: NaiveDateTime) -> TodayView {
    let date = now.date();
    let entries = || {
        care.iter()
            .flat_map(|s| s.phases.iter())
            .flat_map(|p: &Phase| p.entries.iter())
            .filter_map(|e| Some((e, plan.items.get(e.item)?)))
    };
    let mut now_entries: Vec<Entry> = entries()
        .filter(|(e, item)| item.category != Category::WarningSigns && e.in_force(item, now))
        .map(|(e, _)| *e)
        .collect();
    sort_small_by_key(&mut now_entries, |e| e.item);
    let warning =
        entries().any(|(e, item)| item.category == Category::WarningSigns && e.in_force(item, now));
    let next_date = entries()
        .map(|(_, item)| item.date)
        .filter(|d| *d > date)
        .min();
    let next = next_date.map(|next| {
        let mut starting: Vec<Entry> = entries()
            .filter(|(_, item)| item.date == next && item.category != Category::WarningSigns)
            .map(|(e, _)| *e)
            .collect();
        sort_small_by_key(&mut starting, |e| e.item);
        (next, starting)
    });
    let mut phase = None;
    // The latest session's first phase that covers today: the session day rather than the
    // aftercare that begins on it.
    for (s, session) in care.iter().enumerate() {
        if let Some(p) = session.phases.iter().position(|ph| ph.covers(date)) {
            phase = Some((s, p));
        }
    }
    let done = next.is_none() && now_entries.is_empty();
    TodayView {
        date,
        phase,
        now: now_entries,
        next,
        warning,
        done,
    }
}
