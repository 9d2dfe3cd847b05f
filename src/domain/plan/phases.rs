//! A plan's items grouped into the phases of each session: getting ready, the session day,
//! the first day, the early days, the rest of the week, back to normal (see
//! `protocol::PHASES`). Each item lands in exactly one phase, the one in which it begins, and
//! keeps its own dates; where a window is measured in hours from the treatment, the phase
//! says at what time it ends or begins, so that two instructions meeting on one day read
//! "until 11:00 am" and "from 11:00 am".

use super::build::{offset_on, treatment_end};
use super::{CarePlan, Item, Session};
use crate::domain::protocol::ClinicSettings;
use crate::domain::protocol::{Offset, PhaseKind, Protocol, Unit, When, PHASES};
use crate::domain::sorted_map::sort_small_by_key;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::Serialize;

/// One instruction in its phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Index into `CarePlan::items`.
    pub item: usize,
    /// When it begins, where the clock time matters: a timed item, or a window that begins a
    /// number of hours after the treatment.
    pub from: Option<NaiveDateTime>,
    /// When it ends, where the clock time matters.
    pub until: Option<NaiveDateTime>,
    /// A later session has the same instruction at the same point of its care as session 1.
    pub same_as_first: bool,
}

impl Entry {
    /// Whether the instruction is in force at `now`: on one of its days, and not before the
    /// time it begins nor after the time it ends.
    pub fn in_force(&self, item: &Item, now: NaiveDateTime) -> bool {
        let date = now.date();
        item.date <= date
            && date <= item.last_date()
            && self.until.is_none_or(|until| now < until)
            && (item.time.is_some() || self.from.is_none_or(|from| from.date() <= date))
    }
}

/// One phase of one session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Phase {
    pub kind: PhaseKind,
    pub session: u32,
    /// The days the phase covers, both included; every entry begins within them.
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// In plan order.
    pub entries: Vec<Entry>,
}

impl Phase {
    /// Every entry is the same as in session 1 (for sessions 2 and later).
    pub fn same_as_first(&self) -> bool {
        self.session > 1 && self.entries.iter().all(|e| e.same_as_first)
    }

    pub fn covers(&self, date: NaiveDate) -> bool {
        self.first <= date && date <= self.last
    }
}

/// One session and its phases, in order; phases with nothing in them are left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SessionCare {
    pub session: Session,
    pub phases: Vec<Phase>,
}

impl SessionCare {
    /// Every phase is the same as session 1's.
    pub fn same_as_first(&self) -> bool {
        self.session.number > 1 && self.phases.iter().all(Phase::same_as_first)
    }

    /// The first and last day of the session's care.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.phases.iter().map(|p| p.first).min()?;
        let last = self.phases.iter().map(|p| p.last).max()?;
        Some((first, last))
    }
}

/// The plan's items in phases, session by session.
pub fn phases(plan: &CarePlan, protocol: &Protocol, settings: &ClinicSettings) -> Vec<SessionCare> {
    let mut out: Vec<SessionCare> = Vec::with_capacity(plan.sessions.len());
    // Where each session's care begins, so that a session's aftercare phases end the day
    // before the next session's preparation starts.
    let starts: Vec<Option<NaiveDate>> = plan
        .sessions
        .iter()
        .map(|s| {
            plan.items
                .iter()
                .filter(|i| i.session == s.number)
                .map(|i| i.date)
                .min()
        })
        .collect();
    for (index, session) in plan.sessions.iter().enumerate() {
        let cap = starts
            .get(index + 1)
            .copied()
            .flatten()
            .and_then(|d| d.pred_opt());
        let ends = phase_ends(protocol, settings, session, cap);
        let mut phases: Vec<Phase> = Vec::new();
        for (i, item) in plan.items.iter().enumerate() {
            if item.session != session.number {
                continue;
            }
            let chosen = protocol
                .care_step(item.step)
                .and_then(|step| step.phase)
                .map(|kind| match kind {
                    // Only the first session has a "before you start"; later ones get ready.
                    PhaseKind::BeforeYouStart if session.number > 1 => PhaseKind::GettingReady,
                    kind => kind,
                });
            let kind = chosen.unwrap_or_else(|| kind_of(item, session, &ends));
            let (from, until) = clock(protocol, settings, item, session);
            let entry = Entry {
                item: i,
                from,
                until,
                same_as_first: false,
            };
            match phases.iter_mut().find(|p| p.kind == kind) {
                Some(phase) => phase.entries.push(entry),
                None => phases.push(Phase {
                    kind,
                    session: session.number,
                    first: item.date,
                    last: item.date,
                    entries: vec![entry],
                }),
            }
        }
        sort_small_by_key(&mut phases, |p| p.kind);
        for phase in &mut phases {
            let dates = phase.entries.iter().filter_map(|e| plan.items.get(e.item));
            let first_entry = dates.clone().map(|i| i.date).min().unwrap_or(session.date);
            let last_entry = dates.map(|i| i.date).max().unwrap_or(session.date);
            let (first, last) = range(phase.kind, session.date, &ends, first_entry, last_entry);
            phase.first = first.min(first_entry);
            phase.last = last.max(last_entry);
        }
        out.push(SessionCare {
            session: *session,
            phases,
        });
    }
    mark_same_as_first(plan, &mut out);
    out
}

/// The last day of each phase for one session, in `PHASES` order, never earlier than the
/// phase before; the aftercare's no later than `cap`.
fn phase_ends(
    protocol: &Protocol,
    settings: &ClinicSettings,
    session: &Session,
    cap: Option<NaiveDate>,
) -> Vec<(PhaseKind, Option<NaiveDate>)> {
    let mut ends = Vec::with_capacity(PHASES.len());
    let mut previous: Option<NaiveDate> = None;
    for def in PHASES {
        let end = def.last_day.map(|offset| {
            let end = offset_on(protocol, settings, session, offset).unwrap_or(session.date);
            let end = previous.map_or(end, |p| end.max(p));
            match cap {
                Some(cap) if def.kind.is_aftercare() => end.min(cap).max(session.date),
                _ => end,
            }
        });
        previous = end.or(previous);
        ends.push((def.kind, end));
    }
    ends
}

fn kind_of(item: &Item, session: &Session, ends: &[(PhaseKind, Option<NaiveDate>)]) -> PhaseKind {
    if item.date == session.date {
        // The session's own moments stay on its day; what runs on from it is aftercare.
        return if item.last_date() == session.date {
            PhaseKind::SessionDay
        } else {
            PhaseKind::FirstDay
        };
    }
    for &(kind, end) in ends {
        // Only the first session has a "before you start"; later ones get ready.
        if kind == PhaseKind::BeforeYouStart && session.number > 1 {
            continue;
        }
        if kind == PhaseKind::SessionDay {
            continue;
        }
        match end {
            Some(end) if item.date <= end => return kind,
            None => return kind,
            _ => {}
        }
    }
    PhaseKind::BackToNormal
}

/// The days a phase covers by its definition: the preparation up to the day before the
/// session, each aftercare phase from the day after the one before it ends.
fn range(
    kind: PhaseKind,
    session: NaiveDate,
    ends: &[(PhaseKind, Option<NaiveDate>)],
    first_entry: NaiveDate,
    last_entry: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    let end_of = |k: PhaseKind| ends.iter().find(|(x, _)| *x == k).and_then(|(_, e)| *e);
    let after = |k: PhaseKind| end_of(k).and_then(|d| d.succ_opt()).unwrap_or(session);
    match kind {
        PhaseKind::BeforeYouStart | PhaseKind::BackToNormal => (first_entry, last_entry),
        PhaseKind::GettingReady => (first_entry, end_of(kind).unwrap_or(first_entry)),
        PhaseKind::SessionDay => (session, session),
        PhaseKind::FirstDay => (session, end_of(kind).unwrap_or(session)),
        PhaseKind::EarlyDays => (
            after(PhaseKind::FirstDay),
            end_of(kind).unwrap_or(last_entry),
        ),
        PhaseKind::RestOfWeek => (
            after(PhaseKind::EarlyDays),
            end_of(kind).unwrap_or(last_entry),
        ),
    }
}

/// The clock times of an item, where they matter: a timed item's start and end, and a window
/// counted in hours from the end of the treatment (the cautious reading: "24 hours after"
/// is never shorter than 24 hours).
fn clock(
    protocol: &Protocol,
    settings: &ClinicSettings,
    item: &Item,
    session: &Session,
) -> (Option<NaiveDateTime>, Option<NaiveDateTime>) {
    if let Some(time) = item.time {
        let from = item.date.and_time(time);
        let until =
            from.checked_add_signed(Duration::minutes(i64::from(item.minutes.unwrap_or(0))));
        return (Some(from), until);
    }
    let Some(step) = protocol.care.iter().find(|s| s.id == item.step) else {
        return (None, None);
    };
    let When::Days { from, to } = step.when else {
        return (None, None);
    };
    if item.key.ends_with(".then") {
        return (None, None);
    }
    let treatment_end = treatment_end(session);
    let at = |offset: Offset, day: NaiveDate| {
        let hours = match offset.unit {
            Unit::Hours => offset.amount.resolve(protocol, settings),
            Unit::Minutes => offset.amount.resolve(protocol, settings).div_euclid(60),
            _ => return None,
        };
        if offset.day_before || offset.direction != crate::domain::protocol::Direction::After {
            return None;
        }
        let at = treatment_end?.checked_add_signed(Duration::hours(hours.clamp(0, 100_000)))?;
        // The engine rounds hours up to the day they run out in; where its merging or hand
        // over moved that day, the date alone is what holds.
        (at.date() == day).then_some(at)
    };
    (at(from, item.date), at(to, item.last_date()))
}

/// Marks the entries of sessions 2 and later that session 1 has too: the same step, the same
/// days and times counted from the session, in the same phase.
fn mark_same_as_first(plan: &CarePlan, care: &mut [SessionCare]) {
    type Shape = (&'static str, PhaseKind, i64, i64, Option<i64>, Option<i64>);
    let shape = |phase: &Phase, e: &Entry, session: &Session| -> Option<Shape> {
        let item = plan.items.get(e.item)?;
        let base = session.date.and_time(session.start_time);
        let rel = |t: Option<NaiveDateTime>| t.map(|t| (t - base).num_minutes());
        Some((
            item.step,
            phase.kind,
            (item.date - session.date).num_days(),
            (item.last_date() - session.date).num_days(),
            rel(e.from),
            rel(e.until),
        ))
    };
    let Some((first, later)) = care.split_first_mut() else {
        return;
    };
    let mut firsts: Vec<Shape> = Vec::new();
    for phase in &first.phases {
        firsts.extend(
            phase
                .entries
                .iter()
                .filter_map(|e| shape(phase, e, &first.session)),
        );
    }
    for session in later {
        let s = session.session;
        for phase in &mut session.phases {
            let kinds: Vec<bool> = phase
                .entries
                .iter()
                .map(|e| shape(phase, e, &s).is_some_and(|x| firsts.contains(&x)))
                .collect();
            for (entry, same) in phase.entries.iter_mut().zip(kinds) {
                entry.same_as_first = same;
            }
        }
    }
}
