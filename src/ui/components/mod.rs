//! One component per file.

pub mod icons;
pub mod question;
pub mod result;
pub mod step_form;
pub mod topbar;
pub mod welcome;
