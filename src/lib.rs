//! careplanner: a microneedling eligibility and care planner that runs in the browser.
//!
//! `domain` is the functional core: plain data and pure functions, no Yew, no browser.
//! `ui` is the thin shell that turns events into actions and state into HTML.

pub mod domain;
pub mod ui;
