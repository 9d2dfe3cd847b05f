//! One component per file.

pub mod agenda;
pub mod icons;
pub mod keep;
pub mod month;
pub mod phase_plan;
pub mod plan_item;
pub mod plan_screen;
pub mod print_plan;
pub mod question;
pub mod result;
pub mod step_form;
pub mod summary;
pub mod today;
pub mod welcome;
