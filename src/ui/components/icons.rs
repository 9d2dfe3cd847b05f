//! Inline SVG icons. They are decorative (`aria-hidden`): the text next to each one says the
//! same thing, so screen readers lose nothing.

use crate::domain::protocol::Category;
use crate::ui::markup::Markup;
use yew::prelude::*;

/// The SVG of an icon, written as markup: the same few attributes on every icon are not worth
/// a virtual node each.
pub fn svg(out: &mut Markup, path: &'static str) {
    out.trusted(
        "<svg viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" fill=\"none\" \
         stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" \
         stroke-linejoin=\"round\" aria-hidden=\"true\" focusable=\"false\"><path d=\"",
    )
    .trusted(path)
    .trusted("\"/></svg>");
}

fn icon(path: &'static str) -> Html {
    let mut out = Markup::new();
    svg(&mut out, path);
    out.into_html()
}

pub const LOCK: &str = "M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4";
pub const PERSON: &str = "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0";
pub const CLOCK: &str = "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2";

/// The icon of a care-plan category. Decorative: each item also names its category in text
/// for screen readers.
pub fn category(category: Category) -> Html {
    icon(category_path(category))
}

pub fn category_path(category: Category) -> &'static str {
    use Category::*;
    match category {
        Consult => "M4 5h16v11H9l-5 4zM8 9h8M8 12h5",
        Medicine => "M10.5 3.5a5 5 0 0 1 7 7l-7 7a5 5 0 0 1-7-7zM7 10l7 7",
        Product => "M9 3h6v3H9zM8 6h8l1 3v11a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V9z",
        Sun => "M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 2v2M12 20v2M4 12H2M22 12h-2M5 5l1.5 1.5M17.5 17.5L19 19M5 19l1.5-1.5M17.5 6.5L19 5",
        SkinCare => "M12 3c3 4 6 7 6 11a6 6 0 0 1-12 0c0-4 3-7 6-11z",
        Arrival => "M12 21s7-6 7-12a7 7 0 0 0-14 0c0 6 7 12 7 12zM12 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4",
        Numbing => "M12 2v20M4 6l16 12M20 6L4 18",
        Treatment => "M4 20l6-6M10 14l8-8 2 2-8 8zM14 6l4 4",
        WhatToExpect => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7h.01",
        WarningSigns => "M12 3l10 18H2zM12 10v5M12 18h.01",
        NextSession => "M4 6h16v15H4zM4 10h16M8 3v4M16 3v4",
    }
}

pub fn download() -> Html {
    icon("M12 3v12M7 10l5 5 5-5M5 21h14")
}

pub fn printer() -> Html {
    icon("M7 8V3h10v5M6 17H4V9h16v8h-2M7 14h10v7H7z")
}
