//! The Yew app (the questions, the result, and the way to the screens after it), as a part
//! of its own (see `lazy`): the first screen is drawn without it by `shell`, which mounts it
//! in `<main>` on Start, or at once when a saved journey or a share link is opened.

use super::frame::{PanelWords, PANEL_WORDS};
use super::ids::MAIN_ID;
use super::lazy::part;
use super::{platform, App, AppProps};
use crate::domain::clinic::{ClinicConfig, ConfigProblem};

/// Gives the mounted app new props (a language chosen, words arrived, Start pressed).
pub type Update = Box<dyn FnMut(AppProps)>;

#[derive(Clone, Copy)]
pub struct AppEntry {
    /// Mounts the app in `<main>` (or, `held`, in a root off the page that the shell puts in
    /// `<main>` once the app has drawn) and returns how to update its props.
    pub mount: fn(AppProps, bool) -> Option<Update>,
    /// Reads the clinic's settings and own content into its configuration, with the
    /// built-in protocol, and gives the problems found.
    pub read_protocol: fn(&mut ClinicConfig) -> Vec<ConfigProblem>,
    /// Puts a clinic file's problems in words, for the console and the `?check-config` panel,
    /// with the panel's disputed numbers: here rather than in the first module, as no other
    /// screen needs them.
    pub panel: PanelWords,
}

/// The clinic's settings, questions and care steps are read here, in the app's module, not in
/// the first one, which carries none of the protocol (see `clinic::read_config`).
fn read_protocol(clinic: &mut ClinicConfig) -> Vec<ConfigProblem> {
    clinic.read_protocol()
}

fn mount(props: AppProps, held: bool) -> Option<Update> {
    let root = if held {
        platform::held_root()?
    } else {
        platform::element(MAIN_ID)?
    };
    let mut app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Some(Box::new(move |props| app.update(props)))
}

fn entry() -> AppEntry {
    // The words of the screens from here on are looked up by keys only this module carries.
    crate::domain::i18n::use_later_words();
    AppEntry {
        mount,
        read_protocol,
        panel: PANEL_WORDS,
    }
}

part! {
    /// Asked for as soon as the first screen is up; the first step of the questions, drawn
    /// ahead of it on Start (`first_step`), waits for it to go on.
    APP: AppEntry = app(entry)
}
