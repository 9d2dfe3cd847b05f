//! Care steps: what to do when, around each session.

/// One care instruction of the plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CareStep {
    pub id: &'static str,
}

pub const CARE: &[CareStep] = &[];
