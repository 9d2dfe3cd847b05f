//! The plan as an agenda: day by day, grouped into "before", "session day" and "after", with
//! today marked. Written as markup (see `ui::markup`): it is the longest part of the app.

use super::plan_item::{plan_item, ItemContext};
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
    let cx = ItemContext {
        lang,
        protocol: &protocol,
        settings: &plan.settings,
    };
    for (item, continued) in plan.day_items(day) {
        plan_item(out, cx, item, continued);
    }
}

/// The days of one session of a series: its preparation, its day and its aftercare.
struct Group<'a> {
    session: u32,
    phases: Vec<((&'static str, u32), Vec<&'a Day>)>,
}

/// The plan's days in phases ("before", "session day", "after"; consecutive days of one phase
/// share a heading), and the phases by the session they belong to.
fn groups(plan: &CarePlan) -> Vec<Group<'_>> {
    let mut groups: Vec<Group> = Vec::new();
    for day in &plan.days {
        let phase = phase(plan, day);
        let group = match groups.last_mut() {
            Some(g) if g.session == phase.1 => g,
            _ => {
                groups.push(Group {
                    session: phase.1,
                    phases: Vec::new(),
                });
                groups.last_mut().expect("just pushed")
            }
        };
        match group.phases.last_mut() {
            Some((last, days)) if *last == phase => days.push(day),
            _ => group.phases.push((phase, vec![day])),
        }
    }
    groups
}

fn write_phases(out: &mut Markup, lang: Lang, plan: &CarePlan, today: NaiveDate, group: &Group) {
    for ((key, n), days) in &group.phases {
        let class = format!("phase {}", key.rsplit('.').next().unwrap_or_default());
        out.open("section", &[("class", &class)])
            .element("h3", &[], &tf(lang, key, &[("n", &n.to_string())]))
            .open("ol", &[("class", "days")]);
        for day in days {
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
            day_heading(out, lang, day.date, today, "h4");
            out.open("ul", &[("class", "items")]);
            day_items(out, lang, plan, day);
            out.close("ul").close("li");
        }
        out.close("ol").close("section");
    }
}

/// The agenda. A series shows one session at a time: the one still to come (or under way) is
/// open, the others fold into a line naming the session and its date, so a phone shows what
/// matters now rather than a month of days. Paper shows them all (`styles/print.css`, and
/// `platform::unfold_for_print` for browsers without `::details-content`).
pub fn agenda(lang: Lang, plan: &CarePlan, today: NaiveDate) -> Html {
    // About 600 bytes of markup per item a day shows, with its icon and sources.
    let shown: usize = plan.days.iter().map(|d| d.items.len()).sum();
    let mut out = Markup::with_capacity(shown * 640);
    out.open("div", &[("class", "agenda")]);
    let groups = groups(plan);
    if groups.len() < 2 {
        for group in &groups {
            write_phases(&mut out, lang, plan, today, group);
        }
    } else {
        let last_day = |g: &Group| {
            g.phases
                .last()
                .and_then(|(_, days)| days.last())
                .map(|d| d.date)
        };
        let current = groups
            .iter()
            .position(|g| last_day(g).is_some_and(|d| d >= today))
            .unwrap_or(groups.len() - 1);
        for (index, group) in groups.iter().enumerate() {
            let session = plan.sessions.iter().find(|s| s.number == group.session);
            let title = tf(
                lang,
                "plan.group",
                &[
                    ("n", &group.session.to_string()),
                    ("total", &plan.sessions.len().to_string()),
                    (
                        "date",
                        &session
                            .map(|s| format_date(lang, s.date))
                            .unwrap_or_default(),
                    ),
                ],
            );
            out.open(
                "details",
                &[
                    ("class", "session-group"),
                    if index == current {
                        ("open", "")
                    } else {
                        ("", "")
                    },
                ],
            )
            .element("summary", &[], &title);
            write_phases(&mut out, lang, plan, today, group);
            out.close("details");
        }
    }
    out.close("div");
    out.into_html()
}
