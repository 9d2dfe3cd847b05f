//! One instruction of the care plan: its category (an icon, and the name in text for screen
//! readers), its time, its words, and why (its sources) on demand. Written as markup: a plan
//! holds hundreds of them.

use super::icons;
use crate::domain::i18n::{format_date, format_time, t, tf, Lang};
use crate::domain::plan::{continued_text, item_text, CarePlan, Item};
use crate::domain::protocol::Protocol;
use crate::ui::markup::Markup;

pub fn plan_item(out: &mut Markup, lang: Lang, protocol: &Protocol, item: &Item, continued: bool) {
    let category = item.category;
    let class = format!(
        "item cat-{}{}",
        category.id(),
        if continued { " continued" } else { "" }
    );
    out.open("li", &[("class", &class)])
        .open("span", &[("class", "item-icon")]);
    icons::svg(out, icons::category_path(category));
    out.close("span")
        .open("div", &[("class", "item-body")])
        .open("span", &[("class", "visually-hidden")])
        .text(t(lang, &category.key()))
        .text(": ")
        .close("span")
        .open("p", &[]);
    if let Some(time) = item.time {
        out.open("strong", &[("class", "item-time")])
            .text(&format_time(lang, time))
            .text(" · ")
            .close("strong");
    }
    out.text(&if continued {
        continued_text(lang, item)
    } else {
        item_text(lang, item)
    })
    .close("p");
    if !continued && !item.sources.is_empty() {
        out.open("details", &[])
            .element("summary", &[], t(lang, "plan.why"));
        source_list(out, protocol, item.sources);
        out.close("details");
    }
    out.close("div").close("li");
}

/// The citations of the sources with these ids, as a list: under a plan item, a finding of
/// the screening, and in the provider's summary.
pub fn source_list(out: &mut Markup, protocol: &Protocol, ids: &[&str]) {
    out.open("ul", &[("class", "sources")]);
    for source in ids.iter().filter_map(|id| protocol.source(id)) {
        out.element("li", &[], source.citation);
    }
    out.close("ul");
}

/// "Session 2: Sunday, 3 January 2027 at 10:00 am", one list item per session: on screen, on
/// the printed plan and in the provider's summary.
pub fn session_items(out: &mut Markup, lang: Lang, plan: &CarePlan) {
    for s in &plan.sessions {
        let line = tf(
            lang,
            "plan.session_line",
            &[
                ("n", &s.number.to_string()),
                ("date", &format_date(lang, s.date)),
                ("time", &format_time(lang, s.start_time)),
            ],
        );
        out.element("li", &[], &line);
    }
}

/// The sessions as a numbered list, for the plan screen's `html!`.
pub fn session_list(lang: Lang, plan: &CarePlan) -> yew::Html {
    let mut out = Markup::new();
    out.open("ol", &[]);
    session_items(&mut out, lang, plan);
    out.close("ol");
    out.into_html()
}
