//! One instruction of the care plan: its category (an icon, and the name in text for screen
//! readers), its time, its words, and why (its sources) on demand. Written as markup: a plan
//! holds hundreds of them.

use super::icons;
use crate::domain::i18n::{format_date, format_time, t, tf, Lang};
use crate::domain::plan::{continued_text, item_text, CarePlan, Item};
use crate::domain::protocol::ClinicSettings;
use crate::domain::protocol::{InfoCard, Protocol, SettingDef};
use crate::domain::wording::protocol_text;
use crate::ui::markup::Markup;

/// What a plan item needs besides the item: the words, the protocol it cites and the clinic's
/// numbers, which its "why this number" notes show.
#[derive(Clone, Copy)]
pub struct ItemContext<'a> {
    pub lang: Lang,
    pub protocol: &'a Protocol,
    pub settings: &'a ClinicSettings,
}

pub fn plan_item(out: &mut Markup, cx: ItemContext, item: &Item, continued: bool) {
    let ItemContext { lang, protocol, .. } = cx;
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
        source_list(out, lang, protocol, item.sources);
        out.close("details");
        let disputed = protocol
            .care_step(item.step)
            .map(|step| protocol.disputed_settings_of(step))
            .unwrap_or_default();
        if !disputed.is_empty() {
            out.open("details", &[("class", "why-number")]).element(
                "summary",
                &[],
                t(lang, "plan.why_number"),
            );
            setting_notes(out, cx, &disputed);
            out.close("details");
        }
    }
    out.close("div").close("li");
}

/// The note of each setting on which the sources disagree, with the number in force: under a
/// plan item, in the provider's summary and in the clinic's configuration check.
pub fn setting_notes(out: &mut Markup, cx: ItemContext, defs: &[&SettingDef]) {
    for def in defs {
        let key = format!("setting.{}.note", def.id);
        out.element(
            "p",
            &[("class", "setting-note")],
            &protocol_text(cx.lang, &key, cx.protocol, cx.settings),
        );
    }
}

/// The "Good to know" cards, each folded to its title (background, not instructions), with
/// its sources: with the result, on the plan and, unfolded, on paper.
pub fn info_cards(out: &mut Markup, lang: Lang, protocol: &Protocol, cards: &[InfoCard]) {
    out.open(
        "section",
        &[
            ("class", "card info-cards"),
            ("aria-labelledby", "info-title"),
        ],
    )
    .element("h2", &[("id", "info-title")], t(lang, "info.title"));
    for card in cards {
        out.open("details", &[("class", "info")])
            .element("summary", &[], t(lang, &card.title_key()))
            .element("p", &[], t(lang, &card.text_key()));
        source_list(out, lang, protocol, card.sources);
        out.close("details");
    }
    out.close("section");
}

/// The citations of the sources with these ids, as a list: under a plan item, a finding of
/// the screening, and in the provider's summary.
pub fn source_list(out: &mut Markup, lang: Lang, protocol: &Protocol, ids: &[&str]) {
    out.open("ul", &[("class", "sources")]);
    for source in ids.iter().filter_map(|id| protocol.source(id)) {
        out.element("li", &[], source.cite(lang));
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
