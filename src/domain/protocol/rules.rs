//! The screening rules: which answers lead to which finding.
//!
//! One rule per finding of the brief's screening table; a row that names two different
//! situations (cancer treatment now, skin cancer in the area) has one rule for each, so each
//! finding says exactly what applies. The order here is the order findings of equal severity
//! are shown in. Numbers that sources dispute are clinic settings, never literals.

use super::{Amount, Condition, Period, Rule, Severity, Unit};

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
        sources,
        disputed: false,
    }
}

pub const RULES: &[Rule] = &[
    // Not suitable.
    rule(
        "under_minimum_age",
        Condition::Below("age", Amount::Setting("minimum_age")),
        Severity::NotSuitable,
        &["fda_devices", "seed_002"],
    ),
    rule(
        "keloid_tendency",
        Condition::Yes("keloid_tendency"),
        Severity::NotSuitable,
        &["seed_002", "seed_004"],
    ),
    rule(
        "cancer_treatment",
        Condition::Yes("cancer_treatment"),
        Severity::NotSuitable,
        &["seed_004", "seed_002", "skinpen_labelling"],
    ),
    rule(
        "skin_cancer_area",
        Condition::Yes("skin_cancer_area"),
        Severity::NotSuitable,
        &["seed_004", "seed_002", "skinpen_labelling"],
    ),
    // Talk to the provider first.
    rule(
        "eczema_psoriasis",
        Condition::Chose("eczema_psoriasis", "moderate_severe"),
        Severity::Consult,
        &["seed_002", "seed_004"],
    ),
    rule(
        "blood_disorder",
        Condition::Yes("blood_disorder"),
        Severity::Consult,
        &["seed_004", "skinpen_labelling"],
    ),
    rule(
        "anticoagulants",
        Condition::Yes("anticoagulants"),
        Severity::Consult,
        &["seed_004", "skinpen_labelling"],
    ),
    rule(
        "changing_moles",
        Condition::Yes("changing_moles"),
        Severity::Consult,
        &["seed_004"],
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
        &["seed_000", "seed_001"],
    ),
    // Not now.
    Rule {
        id: "pregnant_or_breastfeeding",
        when: Condition::Yes("pregnant_or_breastfeeding"),
        severity: Severity::Postpone,
        until: None,
        sources: &["skinpen_labelling", "dermapen4_manual"],
        disputed: true,
    },
    rule(
        "acne_breakout",
        Condition::Yes("acne_breakout"),
        Severity::Postpone,
        &["seed_002", "seed_004"],
    ),
    rule(
        "cold_sore_now",
        Condition::Yes("cold_sore_now"),
        Severity::Postpone,
        &["seed_002"],
    ),
    rule(
        "skin_not_intact",
        Condition::Yes("skin_not_intact"),
        Severity::Postpone,
        &["seed_002", "skinpen_labelling"],
    ),
    Rule {
        id: "isotretinoin_current",
        when: Condition::All(&[
            Condition::Yes("isotretinoin"),
            Condition::Yes("isotretinoin_still_taking"),
        ]),
        severity: Severity::Postpone,
        until: None,
        sources: &["isotretinoin_label", "seed_004", "spring_2017"],
        disputed: true,
    },
    Rule {
        id: "isotretinoin_recent",
        when: Condition::Within("isotretinoin_last_dose", ISOTRETINOIN_WAIT),
        severity: Severity::Postpone,
        until: Some(("isotretinoin_last_dose", ISOTRETINOIN_WAIT)),
        sources: &["isotretinoin_label", "seed_004", "spring_2017"],
        disputed: true,
    },
    Rule {
        id: "injection_recent",
        when: Condition::Within("injection_last_date", INJECTION_WAIT),
        severity: Severity::Postpone,
        until: Some(("injection_last_date", INJECTION_WAIT)),
        sources: &["seed_002"],
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
        &["seed_000", "seed_001", "seed_004"],
    ),
    rule(
        "nsaids_otc",
        Condition::Chose("nsaids", "otc"),
        Severity::Precaution,
        &["seed_000", "seed_001"],
    ),
    rule(
        "nsaids_prescribed",
        Condition::Chose("nsaids", "prescribed"),
        Severity::Precaution,
        &["seed_000", "seed_001"],
    ),
    Rule {
        id: "retinoids",
        when: Condition::Yes("retinoids"),
        severity: Severity::Precaution,
        until: None,
        sources: &[
            "seed_000",
            "seed_001",
            "seed_002",
            "seed_003",
            "skinpen_labelling",
        ],
        disputed: true,
    },
];
