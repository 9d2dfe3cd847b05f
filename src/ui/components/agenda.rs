//! One day of the plan, as the month view shows it under its week: the date as a heading, with
//! today marked, and the day's instructions. Written as markup (see `ui::markup`).

use super::plan_item::{plan_item, ItemContext};
use crate::domain::i18n::{format_date, t, Lang};
use crate::domain::plan::{CarePlan, Day};
use crate::ui::markup::Markup;
use chrono::NaiveDate;

/// A day's date as a heading of the given level (h3 or h4, to fit the outline it sits in).
pub fn day_heading(out: &mut Markup, lang: Lang, date: NaiveDate, today: NaiveDate, level: &str) {
    out.open(level, &[("class", "day-date")])
        .text(&format_date(lang, date));
    if date == today {
        out.element("span", &[("class", "today-badge")], t(lang, "plan.today"));
    }
    out.close(level);
}

/// One day's items as list entries.
pub fn day_items(out: &mut Markup, lang: Lang, plan: &CarePlan, day: &Day) {
    let protocol = plan.protocol;
    let cx = ItemContext {
        lang,
        protocol: &protocol,
        settings: &plan.settings,
    };
    for (item, continued) in plan.day_items(day) {
        plan_item(out, cx, item, continued);
    }
}
