//! The plan as month grids: a real table per month, days with something on them marked and
//! choosable (buttons, so the keyboard reaches them in order), and the chosen day's items below.

use super::agenda::{day_heading, day_items};
use crate::domain::i18n::{format_date, month_name, t, tf, weekday_name, Lang};
use crate::domain::plan::CarePlan;
use crate::ui::markup::Markup;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct MonthProps {
    pub lang: Lang,
    pub plan: CarePlan,
    pub today: NaiveDate,
    pub selected: Option<NaiveDate>,
    pub on_select: Callback<NaiveDate>,
}

/// The first day of every month from `first` to `last`.
fn months(first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut m = first.with_day(1);
    while let Some(start) = m.filter(|s| *s <= last) {
        out.push(start);
        m = start.checked_add_months(chrono::Months::new(1));
    }
    out
}

/// The weeks of a month, Monday first, with `None` for the days of the months around it.
fn weeks(month_start: NaiveDate) -> Vec<[Option<NaiveDate>; 7]> {
    let lead = month_start.weekday().num_days_from_monday() as u64;
    let mut weeks = Vec::new();
    let mut day = month_start.checked_sub_days(Days::new(lead));
    while let Some(week_start) = day {
        let mut week = [None; 7];
        for (i, slot) in week.iter_mut().enumerate() {
            *slot = week_start
                .checked_add_days(Days::new(i as u64))
                .filter(|d| d.month() == month_start.month() && d.year() == month_start.year());
        }
        if week.iter().all(Option::is_none) {
            break;
        }
        weeks.push(week);
        day = week_start.checked_add_days(Days::new(7));
    }
    weeks
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

pub fn month_grid(props: &MonthProps) -> Html {
    let lang = props.lang;
    let plan = &props.plan;
    let (Some(first), Some(last)) = (plan.days.first(), plan.days.last()) else {
        return html! {};
    };
    let session_dates: Vec<NaiveDate> = plan.sessions.iter().map(|s| s.date).collect();
    let selected = props
        .selected
        .filter(|d| plan.day(*d).is_some())
        .or_else(|| session_dates.first().copied())
        .unwrap_or(first.date);

    let cell = |date: Option<NaiveDate>| -> Html {
        let Some(date) = date else {
            return html! { <td class="empty"></td> };
        };
        let day = plan.day(date);
        let classes = classes!(
            day.is_some().then_some("has-items"),
            session_dates.contains(&date).then_some("session"),
            (date == props.today).then_some("today"),
            (date == selected).then_some("selected"),
        );
        match day {
            None => html! { <td class={ classes }><span>{ date.day() }</span></td> },
            Some(day) => {
                let on_select = props.on_select.clone();
                let label = tf(
                    lang,
                    "plan.month.day_label",
                    &[
                        ("date", &format_date(lang, date)),
                        ("n", &day.items.len().to_string()),
                    ],
                );
                html! {
                    <td class={ classes } aria-current={ (date == props.today).then_some("date") }>
                        <button type="button" aria-label={ label } aria-pressed={ (date == selected).to_string() }
                            onclick={ Callback::from(move |_| on_select.emit(date)) }>
                            { date.day() }
                        </button>
                    </td>
                }
            }
        }
    };

    // The chosen day's items, as the agenda writes them; the live region around them stays.
    let selected_day = {
        let mut out = Markup::new();
        day_heading(&mut out, lang, selected, props.today, "h3");
        out.open("ul", &[("class", "items")]);
        if let Some(day) = plan.day(selected) {
            day_items(&mut out, lang, plan, day);
        }
        out.close("ul");
        out.into_html()
    };

    html! {
        <div class="month-view">
            <div class="months">
                { for months(first.date, last.date).into_iter().map(|start| html! {
                    <table class="month">
                        <caption>{ format!("{} {}", month_name(lang, start.month()), start.year()) }</caption>
                        <thead>
                            <tr>
                                { for WEEK.iter().map(|w| {
                                    let name = weekday_name(lang, *w);
                                    let short: String = name.chars().take(3).collect();
                                    html! { <th scope="col" abbr={ name }>{ short }</th> }
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for weeks(start).into_iter().map(|week| html! {
                                <tr>{ for week.into_iter().map(cell) }</tr>
                            }) }
                        </tbody>
                    </table>
                }) }
            </div>
            <p class="legend-line">
                <span class="key session"></span>{ t(lang, "plan.month.legend_session") }
                <span class="key has-items"></span>{ t(lang, "plan.month.legend_items") }
            </p>
            <section class="selected-day" aria-live="polite">
                { selected_day }
            </section>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_cover_the_plan_across_a_new_year() {
        assert_eq!(
            months(d(2026, 11, 20), d(2027, 1, 3)),
            vec![d(2026, 11, 1), d(2026, 12, 1), d(2027, 1, 1)]
        );
    }

    #[test]
    fn weeks_start_on_monday_and_hold_every_day_of_the_month_once() {
        for start in [d(2026, 11, 1), d(2028, 2, 1), d(2027, 2, 1)] {
            let days: Vec<NaiveDate> = weeks(start).into_iter().flatten().flatten().collect();
            assert_eq!(days.first(), Some(&start));
            assert_eq!(
                days.len() as u32,
                start.num_days_in_month() as u32,
                "{start}"
            );
            assert!(days.windows(2).all(|w| w[1] == w[0].succ_opt().unwrap()));
        }
        // November 2026 starts on a Sunday: six blanks before it.
        assert_eq!(
            weeks(d(2026, 11, 1))[0]
                .iter()
                .filter(|c| c.is_none())
                .count(),
            6
        );
    }
}
