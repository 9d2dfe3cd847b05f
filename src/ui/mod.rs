//! The thin shell: Yew components that turn events into actions and state into HTML.

pub fn start() {}
