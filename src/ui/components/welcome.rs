//! The first screen: what this is, that it is private, that the provider decides, and Start.
//!
//! Written as markup, not Yew nodes: the first module draws it before Yew has arrived (see
//! `ui::shell`), and the app draws the same markup when the person starts over.

use super::icons;
use crate::domain::i18n::{t, Lang};
use crate::ui::ids::{HEADING_ID, START_ID};
use crate::ui::markup::Markup;

/// The class of the first screen's notes that embedded mode shows in the small print instead.
pub const SMALL_PRINT_EMBEDDED: &str = "in-small-print-embedded";

pub fn welcome(lang: Lang) -> Markup {
    let mut out = Markup::new();
    out.open(
        "section",
        &[("class", "card welcome"), ("aria-labelledby", HEADING_ID)],
    )
    .element(
        "h1",
        &[("id", HEADING_ID), ("tabindex", "-1")],
        t(lang, "app.name"),
    )
    .element("p", &[("class", "lead")], t(lang, "welcome.lead"))
    .open("ul", &[("class", "notes")]);
    // Embedded, the privacy line and "not medical advice" end every screen in small print
    // (`frame::footer`), so the stylesheet hides them here: once on the screen, not twice.
    for (icon, key, class) in [
        (icons::LOCK, "welcome.privacy", SMALL_PRINT_EMBEDDED),
        (icons::PERSON, "welcome.disclaimer", SMALL_PRINT_EMBEDDED),
        (icons::CLOCK, "welcome.time", ""),
    ] {
        // An attribute without a name is left out.
        let name = if class.is_empty() { "" } else { "class" };
        out.open("li", &[(name, class)]);
        icons::svg(&mut out, icon);
        out.element("span", &[], t(lang, key)).close("li");
    }
    out.close("ul")
        .open("div", &[("class", "actions")])
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "button primary"),
                ("id", START_ID),
            ],
            t(lang, "welcome.start"),
        )
        .close("div")
        .close("section");
    out
}
