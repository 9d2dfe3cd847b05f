//! One component per file.

pub mod icons;
pub mod topbar;
pub mod welcome;
