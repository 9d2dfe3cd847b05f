//! The numbers a clinic may change: each one's declaration (`SETTINGS`, with the sources'
//! default — the cautious reading where sources disagree — the range the app accepts
//! from a clinic file and its sources), and the values a clinic chose (`ClinicSettings`).
//! Rules and care steps refer to settings by id, so changing a number never needs new code.

use super::{Protocol, SettingDef, Unit};
use crate::domain::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};

pub const SETTINGS: &[SettingDef] = &[
    // Screening.
    SettingDef {
        id: "minimum_age",
        default: 22,
        min: 22,
        max: 99,
        unit: Unit::Years,
        sources: &["fda_devices", "what_to_expect"],
        disputed: false,
    },
    SettingDef {
        id: "isotretinoin_months",
        default: 6,
        min: 0,
        max: 24,
        unit: Unit::Months,
        sources: &["isotretinoin_label", "benefits_results", "spring_2017"],
        disputed: true,
    },
    SettingDef {
        id: "botox_wait_days",
        default: 14,
        min: 14,
        max: 183,
        unit: Unit::Days,
        sources: &["what_to_expect"],
        disputed: true,
    },
    // Before each session.
    SettingDef {
        id: "nsaid_pause_days",
        default: 7,
        min: 1,
        max: 21,
        unit: Unit::Days,
        sources: &["what_to_prepare", "all_you_need"],
        disputed: false,
    },
    SettingDef {
        id: "retinoid_pause_days",
        default: 5,
        min: 1,
        max: 21,
        unit: Unit::Days,
        sources: &[
            "what_to_prepare",
            "all_you_need",
            "what_to_expect",
            "what_is",
            "skinpen_labelling",
        ],
        disputed: true,
    },
    SettingDef {
        id: "acne_med_pause_days",
        default: 5,
        min: 1,
        max: 21,
        unit: Unit::Days,
        sources: &["what_to_prepare", "all_you_need", "benefits_results"],
        disputed: false,
    },
    SettingDef {
        id: "sun_avoid_days_before",
        default: 3,
        min: 1,
        max: 14,
        unit: Unit::Days,
        sources: &["what_is", "skinpen_labelling"],
        disputed: true,
    },
    // Session day.
    SettingDef {
        id: "numbing_minutes",
        default: 60,
        min: 30,
        max: 90,
        unit: Unit::Minutes,
        sources: &["what_to_prepare", "all_you_need", "benefits_results"],
        disputed: true,
    },
    SettingDef {
        id: "procedure_minutes",
        default: 60,
        min: 15,
        max: 120,
        unit: Unit::Minutes,
        sources: &[
            "what_to_prepare",
            "all_you_need",
            "what_to_expect",
            "what_is",
        ],
        disputed: true,
    },
    SettingDef {
        id: "clinic_visit_minutes",
        default: 180,
        min: 60,
        max: 240,
        unit: Unit::Minutes,
        sources: &["what_to_prepare", "all_you_need"],
        disputed: false,
    },
    // Aftercare.
    SettingDef {
        id: "no_makeup_hours",
        default: 24,
        min: 24,
        max: 168,
        unit: Unit::Hours,
        sources: &["what_to_expect", "all_you_need"],
        disputed: true,
    },
    SettingDef {
        id: "no_sunscreen_hours",
        default: 24,
        min: 0,
        max: 48,
        unit: Unit::Hours,
        sources: &[
            "what_to_expect",
            "skinpen_postcare",
            "what_to_prepare",
            "all_you_need",
        ],
        disputed: true,
    },
    SettingDef {
        id: "spf_days",
        default: 10,
        min: 7,
        max: 30,
        unit: Unit::Days,
        sources: &[
            "minutilli_2024",
            "what_to_prepare",
            "all_you_need",
            "what_is",
        ],
        disputed: false,
    },
    SettingDef {
        id: "redness_days",
        default: 3,
        min: 1,
        max: 7,
        unit: Unit::Days,
        sources: &["what_to_prepare", "all_you_need", "what_is", "jaad_cr_2021"],
        disputed: false,
    },
    SettingDef {
        id: "flaking_from_day",
        default: 2,
        min: 1,
        max: 7,
        unit: Unit::Days,
        sources: &["what_to_expect", "what_is"],
        disputed: false,
    },
    SettingDef {
        id: "flaking_until_day",
        default: 7,
        min: 2,
        max: 14,
        unit: Unit::Days,
        sources: &["what_to_expect", "what_is"],
        disputed: false,
    },
    SettingDef {
        id: "product_resume_days",
        default: 7,
        min: 3,
        max: 30,
        unit: Unit::Days,
        sources: &["what_to_expect", "what_is"],
        disputed: false,
    },
    SettingDef {
        id: "no_workout_hours",
        default: 72,
        min: 24,
        max: 168,
        unit: Unit::Hours,
        sources: &["skinpen_postcare"],
        disputed: false,
    },
    // Series.
    SettingDef {
        id: "sessions_default",
        default: 4,
        min: 1,
        max: 6,
        unit: Unit::Sessions,
        sources: &["what_is", "minutilli_2024"],
        disputed: false,
    },
    SettingDef {
        id: "sessions_min",
        default: 1,
        min: 1,
        max: 6,
        unit: Unit::Sessions,
        sources: &["what_is"],
        disputed: false,
    },
    SettingDef {
        id: "sessions_max",
        default: 6,
        min: 1,
        max: 6,
        unit: Unit::Sessions,
        sources: &["what_is"],
        disputed: false,
    },
    SettingDef {
        id: "interval_days_default",
        default: 28,
        min: 14,
        max: 90,
        unit: Unit::Days,
        sources: &["what_to_expect", "harris_2015", "minutilli_2024"],
        disputed: false,
    },
    SettingDef {
        id: "interval_days_min",
        default: 28,
        min: 14,
        max: 90,
        unit: Unit::Days,
        sources: &["harris_2015", "minutilli_2024"],
        disputed: false,
    },
    SettingDef {
        id: "interval_days_max",
        default: 42,
        min: 14,
        max: 90,
        unit: Unit::Days,
        sources: &["harris_2015", "minutilli_2024"],
        disputed: false,
    },
    SettingDef {
        id: "results_review_months",
        default: 3,
        min: 1,
        max: 12,
        unit: Unit::Months,
        sources: &["minutilli_2024"],
        disputed: false,
    },
    // Care plan: when the plan reminds the person to see the provider before the first session.
    // The brief names the consultation but no day; two weeks leaves time to book it.
    SettingDef {
        id: "consult_days_before",
        default: 14,
        min: 1,
        max: 90,
        unit: Unit::Days,
        sources: &["what_to_expect", "benefits_results"],
        disputed: false,
    },
];

/// Setting id → value chosen by the clinic. Unset ids fall back to the protocol's default.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClinicSettings(pub SortedMap<String, i64>);

/// Why a clinic's value was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingError {
    Unknown {
        id: String,
    },
    OutOfRange {
        id: String,
        value: i64,
        min: i64,
        max: i64,
    },
}

impl std::fmt::Display for SettingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SettingError::Unknown { id } => write!(f, "settings.{id}: unknown setting"),
            SettingError::OutOfRange {
                id,
                value,
                min,
                max,
            } => write!(
                f,
                "settings.{id}: {value} is outside the allowed range {min}..={max}"
            ),
        }
    }
}

impl ClinicSettings {
    /// No overrides: every number is the protocol's default.
    pub fn defaults() -> Self {
        Self::default()
    }

    /// The value in force for `id`: the clinic's if set, else the protocol's default.
    /// An id the protocol does not declare gives 0; `Protocol::validate` makes sure the built-in
    /// data never refers to one.
    pub fn get(&self, protocol: &Protocol, id: &str) -> i64 {
        if let Some(v) = self.0.get(id) {
            return *v;
        }
        protocol.setting(id).map(|s| s.default).unwrap_or(0)
    }

    /// Sets a value after checking it against the protocol's declared range. On error the
    /// setting keeps its previous value, so a bad clinic file never removes a default.
    pub fn try_set(
        &mut self,
        protocol: &Protocol,
        id: &str,
        value: i64,
    ) -> Result<(), SettingError> {
        let def: &SettingDef = protocol
            .setting(id)
            .ok_or_else(|| SettingError::Unknown { id: id.to_string() })?;
        if value < def.min || value > def.max {
            return Err(SettingError::OutOfRange {
                id: id.to_string(),
                value,
                min: def.min,
                max: def.max,
            });
        }
        self.0.insert(id.to_string(), value);
        Ok(())
    }
}
