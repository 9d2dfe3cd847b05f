//! The Yew app (the questions, the result, and the way to the screens after it), as a part
//! of its own (see `lazy`): the first screen is drawn without it by `shell`, which mounts it
//! in `<main>` on Start, or at once when a saved journey or a share link is opened.

use super::ids::MAIN_ID;
use super::lazy::part;
use super::{platform, App, AppProps};

#[derive(Clone, Copy)]
pub struct AppEntry {
    pub mount: fn(AppProps),
}

fn mount(props: AppProps) {
    if let Some(root) = platform::element(MAIN_ID) {
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

fn entry() -> AppEntry {
    AppEntry { mount }
}

part! {
    /// Asked for as soon as the first screen is up; Start waits for it.
    APP: AppEntry = app(entry)
}
