//! The questions, grouped into the steps the app shows one at a time.

use super::{Question, Step};

pub const STEPS: &[Step] = &[
    Step { id: "about_you" },
    Step { id: "health" },
    Step { id: "skin" },
    Step { id: "medicines" },
    Step { id: "goals" },
];

pub const QUESTIONS: &[Question] = &[];
