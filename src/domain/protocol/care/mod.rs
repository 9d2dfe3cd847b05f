//! Care steps: what to do when, around each session.
//!
//! Each step is one instruction of the sources (`docs/sources.md`), placed relative to a session
//! day and citing its sources. Every number comes from a clinic setting, so a clinic changes a
//! timing by changing a setting, never code. Texts are the i18n keys `care.<id>` (full
//! instruction) and `care.<id>.title` (a short summary for calendar titles); a step with
//! `resume` also has `care.<id>.then` and `care.<id>.then.title` for the day it ends.
//! The steps themselves are in `data.rs`; `plan::build` interprets them and `validate_care`
//! checks them.

mod data;
mod phases;
mod validate;

pub use data::{CARE, WARNING_SIGNS};
pub use phases::{first_day_hours, PhaseDef, PhaseKind, PHASES};
pub use validate::validate_care;

use super::{Amount, Condition, Unit};
use serde::Serialize;

/// What kind of instruction an item is; the UI groups and marks items by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Consult,
    Medicine,
    Product,
    Sun,
    SkinCare,
    Arrival,
    Numbing,
    Treatment,
    WhatToExpect,
    WarningSigns,
    NextSession,
}

impl Category {
    pub const ALL: [Category; 11] = [
        Category::Consult,
        Category::Medicine,
        Category::Product,
        Category::Sun,
        Category::SkinCare,
        Category::Arrival,
        Category::Numbing,
        Category::Treatment,
        Category::WhatToExpect,
        Category::WarningSigns,
        Category::NextSession,
    ];

    /// The snake_case id, as in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Category::Consult => "consult",
            Category::Medicine => "medicine",
            Category::Product => "product",
            Category::Sun => "sun",
            Category::SkinCare => "skin_care",
            Category::Arrival => "arrival",
            Category::Numbing => "numbing",
            Category::Treatment => "treatment",
            Category::WhatToExpect => "what_to_expect",
            Category::WarningSigns => "warning_signs",
            Category::NextSession => "next_session",
        }
    }

    /// The i18n key of the category's label, `care.category.<id>`.
    pub fn key(self) -> String {
        format!("care.category.{}", self.id())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Before,
    After,
}

/// A day counted from a session day. Hours and minutes round up to the day in which they
/// run out (24 hours after a morning session end on the next day); months are calendar
/// months. `day_before` moves the result one day earlier, for "until the day before day N".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offset {
    pub direction: Direction,
    pub amount: Amount,
    pub unit: Unit,
    pub day_before: bool,
}

impl Offset {
    pub const SESSION_DAY: Offset = Offset::after(Amount::Fixed(0), Unit::Days);

    pub const fn before(amount: Amount, unit: Unit) -> Offset {
        Offset {
            direction: Direction::Before,
            amount,
            unit,
            day_before: false,
        }
    }

    pub const fn after(amount: Amount, unit: Unit) -> Offset {
        Offset {
            direction: Direction::After,
            amount,
            unit,
            day_before: false,
        }
    }

    /// The day before this one.
    pub const fn eve(self) -> Offset {
        Offset {
            day_before: true,
            ..self
        }
    }
}

/// When a step happens, relative to its session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// One day.
    Day(Offset),
    /// Every day from `from` to `to`, both included.
    Days { from: Offset, to: Offset },
    /// A clock time on the session day: the start time less `minutes_before`, lasting
    /// `minutes`.
    Timed {
        minutes_before: Amount,
        minutes: Amount,
    },
}

/// Which sessions of a series a step belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    EverySession,
    FirstSession,
    LastSession,
    AllButLast,
}

/// A value the engine fills into a step's text under a `{name}` placeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamSpec {
    /// The number in force for a setting.
    Setting(&'static str),
    /// A number of minutes, written as a length of time ("3 hours").
    Duration(Amount),
    /// The item's own clock time.
    Time,
    /// The last day of a window (after merging across sessions).
    Until,
    SessionDate,
    SessionNumber,
    SessionCount,
    NextSessionDate,
    NextSessionTime,
    NextSessionNumber,
    /// The list of warning signs, in the person's language.
    WarningSigns,
}

impl ParamSpec {
    /// Whether the value belongs to one session. Windows merge across sessions, so their
    /// texts may only use values that stay true for the merged window.
    pub fn is_per_session(self) -> bool {
        matches!(
            self,
            ParamSpec::SessionDate
                | ParamSpec::SessionNumber
                | ParamSpec::NextSessionDate
                | ParamSpec::NextSessionTime
                | ParamSpec::NextSessionNumber
        )
    }
}

/// One care instruction of the plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CareStep {
    pub id: &'static str,
    pub category: Category,
    pub when: When,
    pub applies: Applies,
    /// The step applies only to people for whom this holds (e.g. retinoid users).
    pub only_if: Option<Condition>,
    /// The step is left out when this setting is 0 (a clinic that does not ask for it).
    pub omit_if_zero: Option<&'static str>,
    /// Steps of one group hand over to each other: a window of one session ends the day
    /// before the next session's window of the same group begins. Without a group, a step
    /// is its own group.
    pub group: Option<&'static str>,
    pub params: &'static [(&'static str, ParamSpec)],
    /// The day after the window ends gets a "you may resume" item (`care.<id>.then`), unless
    /// another step of the group takes over then.
    pub resume: bool,
    /// The calendar reminds the person (a session, the start of a pause).
    pub alarm: bool,
    pub sources: &'static [&'static str],
    /// The phase the step is shown in, where its author chose one (a clinic's step); otherwise
    /// the phase in which its first day falls.
    pub phase: Option<PhaseKind>,
}

impl CareStep {
    const fn new(
        id: &'static str,
        category: Category,
        when: When,
        sources: &'static [&'static str],
    ) -> CareStep {
        CareStep {
            id,
            category,
            when,
            applies: Applies::EverySession,
            only_if: None,
            omit_if_zero: None,
            group: None,
            params: &[],
            resume: false,
            alarm: false,
            sources,
            phase: None,
        }
    }

    const fn only_if(self, condition: Condition) -> CareStep {
        CareStep {
            only_if: Some(condition),
            ..self
        }
    }

    const fn applies(self, applies: Applies) -> CareStep {
        CareStep { applies, ..self }
    }

    const fn group(self, group: &'static str) -> CareStep {
        CareStep {
            group: Some(group),
            ..self
        }
    }

    const fn params(self, params: &'static [(&'static str, ParamSpec)]) -> CareStep {
        CareStep { params, ..self }
    }

    const fn omit_if_zero(self, setting: &'static str) -> CareStep {
        CareStep {
            omit_if_zero: Some(setting),
            ..self
        }
    }

    const fn resume(self) -> CareStep {
        CareStep {
            resume: true,
            ..self
        }
    }

    const fn alarm(self) -> CareStep {
        CareStep {
            alarm: true,
            ..self
        }
    }

    /// The i18n key of the full instruction.
    pub fn key(&self) -> String {
        format!("care.{}", self.id)
    }

    /// Every setting id the step reads: its timing, the numbers in its text, its switch.
    pub fn settings(&self) -> Vec<&'static str> {
        let mut amounts = Vec::new();
        match self.when {
            When::Day(offset) => amounts.push(offset.amount),
            When::Days { from, to } => amounts.extend([from.amount, to.amount]),
            When::Timed {
                minutes_before,
                minutes,
            } => amounts.extend([minutes_before, minutes]),
        }
        for (_, spec) in self.params {
            match *spec {
                ParamSpec::Setting(id) => amounts.push(Amount::Setting(id)),
                ParamSpec::Duration(amount) => amounts.push(amount),
                _ => {}
            }
        }
        let mut ids: Vec<&'static str> = amounts
            .into_iter()
            .filter_map(|a| match a {
                Amount::Setting(id) => Some(id),
                Amount::Fixed(_) => None,
            })
            .collect();
        ids.extend(self.omit_if_zero);
        ids.dedup();
        ids
    }
}
