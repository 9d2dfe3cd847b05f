//! The questions, grouped into the steps the app shows one at a time.
//!
//! Every yes/no question is worded so that "yes" is the answer that matters, which keeps the
//! rules readable (`Yes(id)`) and lets a person skim for what applies to them. Questions about
//! "the area" come after the area question, so the person knows which area is meant.

use super::{AnswerKind, Condition, Question, Step};

pub const STEPS: &[Step] = &[
    Step { id: "about_you" },
    Step { id: "health" },
    Step { id: "skin" },
    Step { id: "medicines" },
    Step { id: "goals" },
];

/// The options of the `area` question; `face` first because it is the usual one.
pub const AREAS: &[&str] = &["face", "neck", "chest", "hands", "body", "scalp"];

/// The options of the `goals` question, from the brief's list of indications.
pub const GOALS: &[&str] = &[
    "acne_scars",
    "fine_lines",
    "stretch_marks",
    "pores",
    "pigmentation",
    "firmness",
    "sun_damage",
    "burn_scars",
    "surgical_scars",
    "hair_loss",
];

const fn yes_no(id: &'static str, step: &'static str, help: bool) -> Question {
    Question {
        id,
        step,
        kind: AnswerKind::YesNo,
        required: true,
        show_if: None,
        help,
    }
}

pub const QUESTIONS: &[Question] = &[
    // About you. Age in years rather than a date of birth: it is all the rules need, and it
    // keeps less about the person.
    Question {
        id: "age",
        step: "about_you",
        kind: AnswerKind::Number { min: 0, max: 120 },
        required: true,
        show_if: None,
        help: true,
    },
    // Health.
    yes_no("feeling_unwell", "health", true),
    yes_no("pregnant_or_breastfeeding", "health", true),
    yes_no("cancer_treatment", "health", false),
    yes_no("blood_disorder", "health", true),
    yes_no("metal_allergy", "health", false),
    yes_no("numbing_allergy", "health", true),
    // Skin.
    Question {
        id: "area",
        step: "skin",
        kind: AnswerKind::Choice { options: AREAS },
        required: true,
        show_if: None,
        help: false,
    },
    yes_no("keloid_tendency", "skin", true),
    Question {
        id: "eczema_psoriasis",
        step: "skin",
        kind: AnswerKind::Choice {
            options: &["none", "mild", "moderate_severe"],
        },
        required: true,
        show_if: None,
        help: true,
    },
    // Whether it is active where the treatment would be: needled skin can flare.
    Question {
        id: "eczema_psoriasis_active_area",
        step: "skin",
        kind: AnswerKind::YesNo,
        required: true,
        show_if: Some(Condition::Any(&[
            Condition::Chose("eczema_psoriasis", "mild"),
            Condition::Chose("eczema_psoriasis", "moderate_severe"),
        ])),
        help: true,
    },
    yes_no("skin_cancer_area", "skin", false),
    yes_no("changing_moles", "skin", false),
    yes_no("acne_breakout", "skin", false),
    yes_no("cold_sore_now", "skin", false),
    yes_no("cold_sore_prone", "skin", false),
    yes_no("skin_not_intact", "skin", true),
    // Medicines and recent treatments.
    yes_no("anticoagulants", "medicines", true),
    Question {
        id: "nsaids",
        step: "medicines",
        kind: AnswerKind::Choice {
            options: &["none", "otc", "prescribed"],
        },
        required: true,
        show_if: None,
        help: true,
    },
    yes_no("retinoids", "medicines", true),
    yes_no("acne_topical", "medicines", true),
    yes_no("isotretinoin", "medicines", true),
    Question {
        id: "isotretinoin_still_taking",
        step: "medicines",
        kind: AnswerKind::YesNo,
        required: true,
        show_if: Some(Condition::Yes("isotretinoin")),
        help: false,
    },
    // No last dose while the course goes on: the postponement then has no computable end.
    Question {
        id: "isotretinoin_last_dose",
        step: "medicines",
        kind: AnswerKind::Date { past_only: true },
        required: true,
        show_if: Some(Condition::All(&[
            Condition::Yes("isotretinoin"),
            Condition::No("isotretinoin_still_taking"),
        ])),
        help: true,
    },
    yes_no("recent_injection", "medicines", true),
    Question {
        id: "injection_last_date",
        step: "medicines",
        kind: AnswerKind::Date { past_only: true },
        required: true,
        show_if: Some(Condition::Yes("recent_injection")),
        help: false,
    },
    // Goals. Hair loss is offered because people ask for it, with help text saying the
    // evidence is mixed; no rule promises or refuses it.
    Question {
        id: "goals",
        step: "goals",
        kind: AnswerKind::Multi { options: GOALS },
        required: true,
        show_if: None,
        help: true,
    },
];
