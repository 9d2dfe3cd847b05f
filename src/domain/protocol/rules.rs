//! The screening rules: which answers lead to which finding.
//!
//! One rule per finding of the brief's screening table; a row that names two different
//! situations (cancer treatment now, skin cancer in the area) has one rule for each, so each
//! finding says exactly what applies. The order here is the order findings of equal severity
//! are shown in. Numbers that sources dispute are clinic settings, never literals.

use super::{Amount, Condition, Period, Planning, Rule, Severity, Unit};

const ISOTRETINOIN_WAIT: Period = Period {
    amount: Amount::Setting("isotretinoin_months"),
    unit: Unit::Months,
};
const INJECTION_WAIT: Period = Period {
    amount: Amount::Setting("botox_wait_days"),
    unit: Unit::Days,
};

const fn rule(
    id: &'static str,
    when: Condition,
    severity: Severity,
    sources: &'static [&'static str],
) -> Rule {
    Rule {
        id,
        when,
        severity,
        until: None,
        planning: Planning::Allowed,
        sources,
        disputed: false,
    }
}

/// A postponement whose end the app cannot know.
const fn wait(
    id: &'static str,
    when: Condition,
    planning: Planning,
    sources: &'static [&'static str],
) -> Rule {
    Rule {
        planning,
        ..rule(id, when, Severity::Postpone, sources)
    }
}

pub const RULES: &[Rule] = &[
    // Not suitable.
    rule(
        "under_minimum_age",
        Condition::Below("age", Amount::Setting("minimum_age")),
        Severity::NotSuitable,
        &["fda_devices", "what_to_expect"],
    ),
    rule(
        "keloid_tendency",
        Condition::Yes("keloid_tendency"),
        Severity::NotSuitable,
        &["what_to_expect", "benefits_results"],
    ),
    rule(
        "cancer_treatment",
        Condition::Yes("cancer_treatment"),
        Severity::NotSuitable,
        &["benefits_results", "what_to_expect", "skinpen_labelling"],
    ),
    rule(
        "skin_cancer_area",
        Condition::Yes("skin_cancer_area"),
        Severity::NotSuitable,
        &["benefits_results", "what_to_expect", "skinpen_labelling"],
    ),
    // Talk to the provider first.
    // Eczema or psoriasis that is active where the treatment would be is a postponement below;
    // moderate-to-severe disease elsewhere still needs the provider's opinion.
    rule(
        "eczema_psoriasis",
        Condition::Chose("eczema_psoriasis", "moderate_severe"),
        Severity::Consult,
        &["what_to_expect", "benefits_results"],
    ),
    rule(
        "blood_disorder",
        Condition::Yes("blood_disorder"),
        Severity::Consult,
        &["benefits_results", "skinpen_labelling"],
    ),
    rule(
        "anticoagulants",
        Condition::Yes("anticoagulants"),
        Severity::Consult,
        &["benefits_results", "skinpen_labelling"],
    ),
    rule(
        "changing_moles",
        Condition::Yes("changing_moles"),
        Severity::Consult,
        &["benefits_results"],
    ),
    rule(
        "metal_allergy",
        Condition::Yes("metal_allergy"),
        Severity::Consult,
        &["skinpen_labelling", "chu_2021"],
    ),
    rule(
        "numbing_allergy",
        Condition::Yes("numbing_allergy"),
        Severity::Consult,
        &["skinpen_labelling"],
    ),
    rule(
        "feeling_unwell",
        Condition::Yes("feeling_unwell"),
        Severity::Consult,
        &["what_to_prepare", "all_you_need"],
    ),
    // Not now. Months without a date the app can know: no calendar.
    Rule {
        disputed: true,
        ..wait(
            "pregnant_or_breastfeeding",
            Condition::Yes("pregnant_or_breastfeeding"),
            Planning::Blocked,
            &["skinpen_labelling", "dermapen4_manual"],
        )
    },
    Rule {
        disputed: true,
        ..wait(
            "isotretinoin_current",
            Condition::All(&[
                Condition::Yes("isotretinoin"),
                Condition::Yes("isotretinoin_still_taking"),
            ]),
            Planning::Blocked,
            &["isotretinoin_label", "benefits_results", "spring_2017"],
        )
    },
    // Not now, but soon over: a plan may be made, on condition that it has cleared.
    wait(
        "eczema_psoriasis_area",
        Condition::Yes("eczema_psoriasis_active_area"),
        Planning::IfCleared,
        &["what_to_expect", "benefits_results"],
    ),
    wait(
        "acne_breakout",
        Condition::Yes("acne_breakout"),
        Planning::IfCleared,
        &["what_to_expect", "benefits_results"],
    ),
    wait(
        "cold_sore_now",
        Condition::Yes("cold_sore_now"),
        Planning::IfCleared,
        &["what_to_expect"],
    ),
    wait(
        "skin_not_intact",
        Condition::Yes("skin_not_intact"),
        Planning::IfCleared,
        &["what_to_expect", "skinpen_labelling"],
    ),
    // Not now, until a date worked out from the answers.
    Rule {
        id: "isotretinoin_recent",
        when: Condition::Within("isotretinoin_last_dose", ISOTRETINOIN_WAIT),
        severity: Severity::Postpone,
        until: Some(("isotretinoin_last_dose", ISOTRETINOIN_WAIT)),
        planning: Planning::Allowed,
        sources: &["isotretinoin_label", "benefits_results", "spring_2017"],
        disputed: true,
    },
    Rule {
        id: "injection_recent",
        when: Condition::Within("injection_last_date", INJECTION_WAIT),
        severity: Severity::Postpone,
        until: Some(("injection_last_date", INJECTION_WAIT)),
        planning: Planning::Allowed,
        sources: &["what_to_expect"],
        disputed: true,
    },
    // Can go ahead with a prep step. None of these tells anyone to stop a prescribed medicine.
    rule(
        "cold_sore_prone",
        Condition::Yes("cold_sore_prone"),
        Severity::Precaution,
        &["skinpen_postcare"],
    ),
    rule(
        "acne_topical",
        Condition::Yes("acne_topical"),
        Severity::Precaution,
        &["what_to_prepare", "all_you_need", "benefits_results"],
    ),
    rule(
        "nsaids_otc",
        Condition::Chose("nsaids", "otc"),
        Severity::Precaution,
        &["what_to_prepare", "all_you_need"],
    ),
    rule(
        "nsaids_prescribed",
        Condition::Chose("nsaids", "prescribed"),
        Severity::Precaution,
        &["what_to_prepare", "all_you_need"],
    ),
    Rule {
        id: "retinoids",
        when: Condition::Yes("retinoids"),
        severity: Severity::Precaution,
        until: None,
        planning: Planning::Allowed,
        sources: &[
            "what_to_prepare",
            "all_you_need",
            "what_to_expect",
            "what_is",
            "skinpen_labelling",
        ],
        disputed: true,
    },
];
