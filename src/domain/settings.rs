//! Clinic settings: the numbers a clinic may change (days, months, minutes, session counts).
//!
//! The protocol declares each setting with its default, its allowed range and its sources
//! (`protocol::SettingDef`). A clinic overrides some of them; everything else keeps the default.
//! Rules and care steps refer to settings by id, so changing a number never needs new code.

use super::protocol::{Protocol, SettingDef};
use super::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};

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
