//! The plan as an agenda: day by day, grouped into "before", "session day" and "after", with
//! today marked.

use super::plan_item::plan_item;
use crate::domain::i18n::{format_date, t, tf, Lang};
use crate::domain::plan::{CarePlan, Day};
use crate::domain::protocol::Protocol;
use chrono::NaiveDate;
use yew::prelude::*;

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
pub fn day_heading(lang: Lang, date: NaiveDate, today: NaiveDate, level: &'static str) -> Html {
    html! {
        <@{level} class="day-date">
            { format_date(lang, date) }
            if date == today {
                <span class="today-badge">{ t(lang, "plan.today") }</span>
            }
        </@>
    }
}

#[derive(PartialEq)]
pub struct AgendaProps {
    pub lang: Lang,
    pub plan: CarePlan,
    pub today: NaiveDate,
}

pub fn agenda(props: &AgendaProps) -> Html {
    let lang = props.lang;
    let protocol = Protocol::builtin();
    let plan = &props.plan;
    // Consecutive days of the same phase share one heading.
    let mut groups: Vec<((&str, u32), Vec<&Day>)> = Vec::new();
    for day in &plan.days {
        let p = phase(plan, day);
        match groups.last_mut() {
            Some((last, days)) if *last == p => days.push(day),
            _ => groups.push((p, vec![day])),
        }
    }
    html! {
        <div class="agenda">
            { for groups.into_iter().map(|((key, n), days)| html! {
                <section class={ classes!("phase", key.rsplit('.').next()) }>
                    <h3>{ tf(lang, key, &[("n", &n.to_string())]) }</h3>
                    <ol class="days">
                        { for days.into_iter().map(|day| {
                            let is_today = day.date == props.today;
                            html! {
                                <li class={ classes!("day", is_today.then_some("today")) }
                                    aria-current={ is_today.then_some("date") }>
                                    { day_heading(lang, day.date, props.today, "h4") }
                                    <ul class="items">
                                        { for plan.day_items(day).map(|(item, continued)| plan_item(lang, &protocol, item, continued)) }
                                    </ul>
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }) }
        </div>
    }
}
