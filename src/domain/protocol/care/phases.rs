//! The phases a session's care falls into, as data: where each one ends, counted from the
//! session day with the same offsets the care steps use. `plan::phases` puts every item of a
//! plan into the phase in which it begins.

use super::Offset;
use crate::domain::protocol::{Amount, Unit};
use serde::Serialize;

/// One stretch of a session's care a person can hold in their head.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    /// Well ahead of the first session: the consultation and what to ask at it.
    BeforeYouStart,
    /// From the first pause to the day before the session.
    GettingReady,
    /// The session itself: arriving, numbing, the treatment.
    SessionDay,
    /// The session day's evening and the day after.
    FirstDay,
    /// While the skin is still red.
    EarlyDays,
    /// Until skin products may come back.
    RestOfWeek,
    /// Products resume, the results check, the next session.
    BackToNormal,
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 7] = [
        PhaseKind::BeforeYouStart,
        PhaseKind::GettingReady,
        PhaseKind::SessionDay,
        PhaseKind::FirstDay,
        PhaseKind::EarlyDays,
        PhaseKind::RestOfWeek,
        PhaseKind::BackToNormal,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PhaseKind::BeforeYouStart => "before_you_start",
            PhaseKind::GettingReady => "getting_ready",
            PhaseKind::SessionDay => "session_day",
            PhaseKind::FirstDay => "first_day",
            PhaseKind::EarlyDays => "early_days",
            PhaseKind::RestOfWeek => "rest_of_week",
            PhaseKind::BackToNormal => "back_to_normal",
        }
    }

    /// Whether the phase comes after the session (the aftercare).
    pub fn is_aftercare(self) -> bool {
        self > PhaseKind::SessionDay
    }

    /// The i18n key of the phase's heading, `phase.<id>`; `phase.<id>.short` is the calendar's
    /// discreet title.
    pub fn key(self) -> String {
        format!("phase.{}", self.id())
    }

    /// The i18n key of the phase's short name, `phase_name.<id>`, for what a clinic reads (the
    /// configurator's list, the problems of its file): the heading's key may have placeholders.
    pub fn name_key(self) -> String {
        format!("phase_name.{}", self.id())
    }
}

/// Where a phase ends: its last day, counted from the session day. The last phase has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseDef {
    pub kind: PhaseKind,
    pub last_day: Option<Offset>,
}

const fn ends(kind: PhaseKind, last_day: Offset) -> PhaseDef {
    PhaseDef {
        kind,
        last_day: Some(last_day),
    }
}

/// The phases in order. Their ends are the care steps' own timings: the consultation's
/// deadline, the day before the session, the first 24 hours, the redness, the day before
/// products resume.
pub const PHASES: &[PhaseDef] = &[
    ends(
        PhaseKind::BeforeYouStart,
        Offset::before(Amount::Setting("consult_days_before"), Unit::Days),
    ),
    ends(
        PhaseKind::GettingReady,
        Offset::before(Amount::Fixed(1), Unit::Days),
    ),
    ends(PhaseKind::SessionDay, Offset::SESSION_DAY),
    ends(
        PhaseKind::FirstDay,
        Offset::after(Amount::Fixed(24), Unit::Hours),
    ),
    ends(
        PhaseKind::EarlyDays,
        Offset::after(Amount::Setting("redness_days"), Unit::Days),
    ),
    ends(
        PhaseKind::RestOfWeek,
        Offset::after(Amount::Setting("product_resume_days"), Unit::Days).eve(),
    ),
    PhaseDef {
        kind: PhaseKind::BackToNormal,
        last_day: None,
    },
];

/// How many hours the first phase after the session lasts, as its title says ("The first 24
/// hours"): the fixed amount its end is counted in.
pub fn first_day_hours() -> i64 {
    PHASES
        .iter()
        .find(|p| p.kind == PhaseKind::FirstDay)
        .and_then(|p| p.last_day)
        .map_or(24, |offset| match offset.amount {
            Amount::Fixed(n) => n,
            Amount::Setting(_) => 24,
        })
}
