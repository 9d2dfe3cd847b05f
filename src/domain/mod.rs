//! The functional core. Nothing here knows about Yew, the DOM or the browser: every module is
//! plain data and pure functions, so all of it is tested natively with `cargo test`.

pub mod answers;
pub mod clinic;
pub mod escape;
pub mod fhir;
pub mod i18n;
pub mod ics;
pub mod json;
pub mod plan;
pub mod protocol;
pub mod qr;
pub mod saved;
pub mod screening;
pub mod share;
pub mod sorted_map;
pub mod wording;
