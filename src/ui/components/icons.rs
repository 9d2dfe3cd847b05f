//! Inline SVG icons. They are decorative (`aria-hidden`): the text next to each one says the
//! same thing, so screen readers lose nothing.

use yew::prelude::*;

fn icon(path: &'static str) -> Html {
    html! {
        <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
            aria-hidden="true" focusable="false">
            <path d={path} />
        </svg>
    }
}

pub fn lock() -> Html {
    icon("M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4")
}

pub fn person() -> Html {
    icon("M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0")
}

pub fn clock() -> Html {
    icon("M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2")
}
