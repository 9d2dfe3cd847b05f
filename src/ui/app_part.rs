//! The Yew app (the questions, the result, and the way to the screens after it), as a part
//! of its own (see `lazy`): the first screen is drawn without it by `shell`, which mounts it
//! in `<main>` on Start, or at once when a saved journey or a share link is opened.

use super::ids::MAIN_ID;
use super::lazy::part;
use super::{platform, App, AppProps};
use crate::domain::clinic::{ClinicConfig, ConfigProblem};

#[derive(Clone, Copy)]
pub struct AppEntry {
    pub mount: fn(AppProps),
    /// Reads the clinic's own content into its configuration, with the problems found.
    pub content: fn(&mut ClinicConfig) -> Vec<ConfigProblem>,
}

/// The clinic's own questions and care steps are read here, in the app's module, not in the
/// first one (see `clinic::read_config`); their problems go where the file's others went.
fn content(clinic: &mut ClinicConfig) -> Vec<ConfigProblem> {
    let problems = clinic.apply_content();
    if !crate::domain::clinic::wants_preview(&platform::location_search()) {
        super::words::warn_config_problems(problems.clone());
    }
    problems
}

fn mount(mut props: AppProps) {
    content(&mut props.clinic);
    if let Some(root) = platform::element(MAIN_ID) {
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

fn entry() -> AppEntry {
    AppEntry { mount, content }
}

part! {
    /// Asked for as soon as the first screen is up; Start waits for it.
    APP: AppEntry = app(entry)
}
