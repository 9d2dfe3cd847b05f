//! Checks that the protocol description is consistent.

use super::Protocol;

/// One problem found in the description, naming the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    pub place: String,
    pub problem: String,
}

impl Protocol {
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        Ok(())
    }
}
