//! The numbers a clinic may change, with the content brief's default (the cautious reading
//! where sources disagree) and the range the app accepts from a clinic file.

use super::{SettingDef, Unit};

pub const SETTINGS: &[SettingDef] = &[
    // Screening.
    SettingDef { id: "minimum_age", default: 22, min: 22, max: 99, unit: Unit::Years, sources: &["fda_devices", "seed_002"], disputed: false },
    SettingDef { id: "isotretinoin_months", default: 6, min: 0, max: 24, unit: Unit::Months, sources: &["isotretinoin_label", "seed_004", "spring_2017"], disputed: true },
    SettingDef { id: "botox_wait_days", default: 14, min: 14, max: 183, unit: Unit::Days, sources: &["seed_002"], disputed: true },
    // Before each session.
    SettingDef { id: "nsaid_pause_days", default: 7, min: 1, max: 21, unit: Unit::Days, sources: &["seed_000", "seed_001"], disputed: false },
    SettingDef { id: "retinoid_pause_days", default: 5, min: 1, max: 21, unit: Unit::Days, sources: &["seed_000", "seed_001", "seed_002", "seed_003", "skinpen_labelling"], disputed: true },
    SettingDef { id: "acne_med_pause_days", default: 5, min: 1, max: 21, unit: Unit::Days, sources: &["seed_000", "seed_001", "seed_004"], disputed: false },
    SettingDef { id: "sun_avoid_days_before", default: 3, min: 1, max: 14, unit: Unit::Days, sources: &["seed_003", "skinpen_labelling"], disputed: true },
    // Session day.
    SettingDef { id: "numbing_minutes", default: 60, min: 30, max: 90, unit: Unit::Minutes, sources: &["seed_000", "seed_001", "seed_004"], disputed: true },
    SettingDef { id: "procedure_minutes", default: 60, min: 15, max: 120, unit: Unit::Minutes, sources: &["seed_000", "seed_001", "seed_002", "seed_003"], disputed: true },
    SettingDef { id: "clinic_visit_minutes", default: 180, min: 60, max: 240, unit: Unit::Minutes, sources: &["seed_000", "seed_001"], disputed: false },
    // Aftercare.
    SettingDef { id: "no_makeup_hours", default: 24, min: 24, max: 168, unit: Unit::Hours, sources: &["seed_002", "seed_001"], disputed: true },
    SettingDef { id: "no_sunscreen_hours", default: 24, min: 0, max: 48, unit: Unit::Hours, sources: &["seed_002", "skinpen_postcare", "seed_000", "seed_001"], disputed: true },
    SettingDef { id: "spf_days", default: 10, min: 7, max: 30, unit: Unit::Days, sources: &["minutilli_2024", "seed_000", "seed_001", "seed_003"], disputed: false },
    SettingDef { id: "redness_days", default: 3, min: 1, max: 7, unit: Unit::Days, sources: &["seed_000", "seed_001", "seed_003", "jaad_cr_2021"], disputed: false },
    SettingDef { id: "flaking_from_day", default: 2, min: 1, max: 7, unit: Unit::Days, sources: &["seed_002", "seed_003"], disputed: false },
    SettingDef { id: "flaking_until_day", default: 7, min: 2, max: 14, unit: Unit::Days, sources: &["seed_002", "seed_003"], disputed: false },
    SettingDef { id: "product_resume_days", default: 7, min: 3, max: 30, unit: Unit::Days, sources: &["seed_002", "seed_003"], disputed: false },
    SettingDef { id: "no_workout_hours", default: 72, min: 24, max: 168, unit: Unit::Hours, sources: &["skinpen_postcare"], disputed: false },
    // Series.
    SettingDef { id: "sessions_default", default: 4, min: 1, max: 6, unit: Unit::Sessions, sources: &["seed_003", "minutilli_2024"], disputed: false },
    SettingDef { id: "sessions_min", default: 1, min: 1, max: 6, unit: Unit::Sessions, sources: &["seed_003"], disputed: false },
    SettingDef { id: "sessions_max", default: 6, min: 1, max: 6, unit: Unit::Sessions, sources: &["seed_003"], disputed: false },
    SettingDef { id: "interval_days_default", default: 28, min: 14, max: 90, unit: Unit::Days, sources: &["seed_002", "harris_2015", "minutilli_2024"], disputed: false },
    SettingDef { id: "interval_days_min", default: 28, min: 14, max: 90, unit: Unit::Days, sources: &["harris_2015", "minutilli_2024"], disputed: false },
    SettingDef { id: "interval_days_max", default: 42, min: 14, max: 90, unit: Unit::Days, sources: &["harris_2015", "minutilli_2024"], disputed: false },
    SettingDef { id: "results_review_months", default: 3, min: 1, max: 12, unit: Unit::Months, sources: &["minutilli_2024"], disputed: false },
    // Care plan: when the plan reminds the person to see the provider before the first session.
    // The brief names the consultation but no day; two weeks leaves time to book it.
    SettingDef { id: "consult_days_before", default: 14, min: 1, max: 90, unit: Unit::Days, sources: &["seed_002", "seed_004"], disputed: false },
];
