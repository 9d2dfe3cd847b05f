//! The first screen: what this is, that it is private, that the provider decides, and Start.
//!
//! Written as markup, not Yew nodes: the first module draws it before Yew has arrived (see
//! `ui::shell`), and the app draws the same markup when the person starts over.

use super::icons;
use crate::domain::i18n::{t, Lang};
use crate::ui::ids::{HEADING_ID, START_ID};
use crate::ui::markup::Markup;

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
    for (icon, key) in [
        (icons::LOCK, "welcome.privacy"),
        (icons::PERSON, "welcome.disclaimer"),
        (icons::CLOCK, "welcome.time"),
    ] {
        out.open("li", &[]);
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
