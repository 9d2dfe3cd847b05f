//! The screening rules: which answers lead to which finding.

use super::Rule;

pub const RULES: &[Rule] = &[];
