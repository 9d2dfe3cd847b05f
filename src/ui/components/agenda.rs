//! The plan as an agenda: day by day, grouped into "before", "session day" and "after", with
//! today marked. Written as markup (see `ui::markup`): it is the longest part of the app.

use super::plan_item::plan_item;
use crate::domain::i18n::{format_date, t, tf, Lang};
use crate::domain::plan::{CarePlan, Day};
use crate::domain::protocol::Protocol;
use crate::ui::markup::Markup;
use chrono::NaiveDate;
use yew::Html;

/// Which part of the series a day belongs to, as a translation key and a session number.
pub fn phase(plan: &CarePlan, day: &Day) -> (&'static str, u32) {
    let date = day.date;
    if let Some(s) = plan.sessions.iter().find(|s| s.date == date) {
        return ("plan.phase.session", s.number);
    }
    let Some(last) = plan.sessions.iter().rev().find(|s| s.date < date) else {
        return ("plan.phase.before", 1);
    };
    // A day between two sessions is "before" the next one when all it holds is preparation
    // for that next session.
    let all_for_next = plan
        .day_items(day)
        .all(|(item, _)| item.session > last.number);
    if all_for_next && last.number < plan.sessions.len() as u32 {
        ("plan.phase.before", last.number + 1)
    } else {
        ("plan.phase.after", last.number)
    }
}

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
    let protocol = Protocol::builtin();
    for (item, continued) in plan.day_items(day) {
        plan_item(out, lang, &protocol, item, continued);
    }
}

pub fn agenda(lang: Lang, plan: &CarePlan, today: NaiveDate) -> Html {
    // About 600 bytes of markup per item a day shows, with its icon and sources.
    let shown: usize = plan.days.iter().map(|d| d.items.len()).sum();
    let mut out = Markup::with_capacity(shown * 640);
    out.open("div", &[("class", "agenda")]);
    // Consecutive days of the same phase share one heading.
    let mut current = None;
    for day in &plan.days {
        let (key, n) = phase(plan, day);
        if current != Some((key, n)) {
            if current.is_some() {
                out.close("ol").close("section");
            }
            current = Some((key, n));
            let class = format!("phase {}", key.rsplit('.').next().unwrap_or_default());
            out.open("section", &[("class", &class)])
                .element("h3", &[], &tf(lang, key, &[("n", &n.to_string())]))
                .open("ol", &[("class", "days")]);
        }
        let is_today = day.date == today;
        out.open(
            "li",
            &[
                ("class", if is_today { "day today" } else { "day" }),
                if is_today {
                    ("aria-current", "date")
                } else {
                    ("", "")
                },
            ],
        );
        day_heading(&mut out, lang, day.date, today, "h4");
        out.open("ul", &[("class", "items")]);
        day_items(&mut out, lang, plan, day);
        out.close("ul").close("li");
    }
    if current.is_some() {
        out.close("ol").close("section");
    }
    out.close("div");
    out.into_html()
}
