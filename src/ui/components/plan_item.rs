//! One instruction of the care plan: its category (an icon, and the name in text for screen
//! readers), its time, its words, and why (its sources) on demand.

use super::icons;
use crate::domain::i18n::{format_date, tf};
use crate::domain::i18n::{format_time, t, Lang};
use crate::domain::plan::{continued_text, item_text, CarePlan, Item};
use crate::domain::protocol::Protocol;
use yew::prelude::*;

pub fn plan_item(lang: Lang, protocol: &Protocol, item: &Item, continued: bool) -> Html {
    let category = item.category;
    let label = t(lang, &category.key()).to_string();
    let time = item.time.map(
        |time| html! { <strong class="item-time">{ format_time(lang, time) }{ " · " }</strong> },
    );
    let text = if continued {
        continued_text(lang, item)
    } else {
        item_text(lang, item)
    };
    let sources = (!continued && !item.sources.is_empty()).then(|| {
        html! {
            <details>
                <summary>{ t(lang, "plan.why") }</summary>
                <ul class="sources">
                    { for item.sources.iter().filter_map(|id| protocol.source(id)).map(|s| html! { <li>{ s.citation }</li> }) }
                </ul>
            </details>
        }
    });
    html! {
        <li class={ classes!("item", format!("cat-{}", category.id()), continued.then_some("continued")) }>
            <span class="item-icon">{ icons::category(category) }</span>
            <div class="item-body">
                <span class="visually-hidden">{ label }{ ": " }</span>
                <p>{ time }{ text }</p>
                { sources }
            </div>
        </li>
    }
}

/// "Session 2: Sunday, 3 January 2027 at 10:00 am", one list item per session: on screen, on
/// the printed plan and in the provider's summary.
pub fn session_items(lang: Lang, plan: &CarePlan) -> Html {
    plan.sessions
        .iter()
        .map(|s| {
            let line = tf(
                lang,
                "plan.session_line",
                &[
                    ("n", &s.number.to_string()),
                    ("date", &format_date(lang, s.date)),
                    ("time", &format_time(lang, s.start_time)),
                ],
            );
            html! { <li>{ line }</li> }
        })
        .collect()
}
