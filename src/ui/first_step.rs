//! The first step of the questions, drawn by the shell the moment Start is pressed, while the
//! app's module is still on its way: a person can read and answer it without waiting for
//! Yew. The markup is the app's own, rendered by Yew on the server side and kept in
//! `index.html`'s templates by a test (`tests/first_screen_page.rs`), which fails when the app
//! would draw the step differently and rewrites them with `UPDATE_DOCS=1`: the page's own
//! script draws from them too, before any module is here. Once the app's module is here, the
//! app takes the step over with what was typed or ticked in it (`Handed`), and a Next pressed
//! meanwhile.
//!
//! Drawn only when the step is the same for every page: not when the clinic's file adds
//! questions of its own (read in the app's module), nor when a saved journey or a share link
//! opens past it.

use crate::domain::i18n::Lang;

/// The id of the `<template>` in `index.html` that holds the step's markup in `lang`, with the
/// document's title in its `data-title`.
pub fn template_id(lang: Lang) -> String {
    format!("first-step-{}", lang.code())
}

/// What the person did on the step the shell drew, for the app to take over.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Handed {
    /// Each filled control's name (or id, for one without a name) and value: the text of a
    /// field, the value of a ticked box or chosen option.
    pub entries: Vec<(String, String)>,
    /// The control that had the focus, which keeps it.
    pub focus: Option<String>,
    /// Next was pressed: the app goes on (or shows what is missing) at once.
    pub next: bool,
}

impl Handed {
    /// The values given for the control named `name`.
    pub fn values(&self, name: &str) -> Vec<String> {
        self.entries
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}
