//! Answers → assessment.
//!
//! This is the planner's minimal view of the screening result: the screening engine replaces
//! it with the full assessment (findings, missing answers, problems), a superset of these fields.

use chrono::NaiveDate;
use serde::Serialize;

/// The overall outcome of a screening, from the best to the worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    NoConcerns,
    Precautions,
    ConsultProvider,
    Postpone,
    Incomplete,
    NotSuitable,
}

/// What the planner reads from a screening.
#[derive(Clone, Debug, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The first day a session may take place, when something must wait (e.g. isotretinoin).
    pub earliest_date: Option<NaiveDate>,
    /// The day of the screening: "today" for the planner.
    pub assessed_on: NaiveDate,
}
