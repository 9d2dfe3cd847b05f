//! The plan as a month grid: one month at a time (only months with something in them), the
//! ARIA grid pattern for the keyboard, and the chosen day's instructions right under its week.

use super::agenda::{day_heading, day_items};
use crate::domain::i18n::{fill, format_date, month_name, plural, t, weekday_name, Lang};
use crate::domain::plan::CarePlan;
use crate::ui::markup::Markup;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MonthProps {
    pub lang: Lang,
    pub plan: CarePlan,
    pub today: NaiveDate,
    pub selected: Option<NaiveDate>,
    pub on_select: Callback<NaiveDate>,
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

/// The months with something in them, first day of each.
fn months_with_content(plan: &CarePlan) -> Vec<NaiveDate> {
    let mut out: Vec<NaiveDate> = Vec::new();
    for day in &plan.days {
        if let Some(start) = day.date.with_day(1) {
            if out.last() != Some(&start) {
                out.push(start);
            }
        }
    }
    out
}

/// Where an arrow key moves the focus: a day, a week, to the week's ends, or a month.
pub fn moved(date: NaiveDate, key: &str) -> Option<NaiveDate> {
    let weekday = u64::from(date.weekday().num_days_from_monday());
    match key {
        "ArrowLeft" => date.pred_opt(),
        "ArrowRight" => date.succ_opt(),
        "ArrowUp" => date.checked_sub_days(Days::new(7)),
        "ArrowDown" => date.checked_add_days(Days::new(7)),
        "Home" => date.checked_sub_days(Days::new(weekday)),
        "End" => date.checked_add_days(Days::new(6 - weekday)),
        "PageUp" => date.checked_sub_months(chrono::Months::new(1)),
        "PageDown" => date.checked_add_months(chrono::Months::new(1)),
        _ => None,
    }
}

fn day_id(date: NaiveDate) -> String {
    format!("day-{date}")
}

/// The id of the chosen day's details, which take the focus when a day is chosen.
pub const DETAIL_ID: &str = "day-detail";

/// One month at a time, with buttons to the months before and after that have something in
/// them. The grid is one tab stop (the ARIA grid pattern): arrow keys move between days,
/// Enter or Space (or a tap) shows the day's instructions right under its week and moves the
/// focus to them.
#[function_component(MonthView)]
pub fn month_view(props: &MonthProps) -> Html {
    let lang = props.lang;
    let plan = &props.plan;
    let months = months_with_content(plan);
    let session_dates: Vec<NaiveDate> = plan.sessions.iter().map(|s| s.date).collect();
    let start = props
        .selected
        .or_else(|| plan.day(props.today).map(|d| d.date))
        .or_else(|| session_dates.first().copied())
        .or_else(|| plan.days.first().map(|d| d.date))
        .unwrap_or(props.today);
    let focused = use_state(|| start);
    // Focus follows the arrow keys and a choice only once the person acted, never on opening.
    let pending_focus = use_state(|| None::<String>);
    {
        let pending = pending_focus.clone();
        use_effect_with((*pending_focus).clone(), move |id| {
            if let Some(id) = id {
                crate::ui::platform::focus(id);
                pending.set(None);
            }
        });
    }
    let shown = focused
        .with_day(1)
        .filter(|m| months.contains(m))
        .or_else(|| months.first().copied());
    let Some(shown) = shown else {
        return html! {};
    };
    let position = months.iter().position(|m| *m == shown).unwrap_or(0);
    let selected = props.selected.filter(|d| d.with_day(1) == Some(shown));
    let in_force = |date: NaiveDate| plan.day(date).map_or(0, |d| d.items.len());

    let go_month = |target: Option<NaiveDate>| {
        let focused = focused.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(month) = target {
                focused.set(month);
            }
        })
    };
    let choose = {
        let (on_select, pending) = (props.on_select.clone(), pending_focus.clone());
        move |date: NaiveDate| {
            on_select.emit(date);
            pending.set(Some(DETAIL_ID.to_string()));
        }
    };
    let on_key = {
        let (focused, pending, months) = (focused.clone(), pending_focus.clone(), months.clone());
        let choose = choose.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Enter" || key == " " {
                e.prevent_default();
                choose(*focused);
                return;
            }
            let Some(next) = moved(*focused, &key) else {
                return;
            };
            e.prevent_default();
            // Only the months with something in them can be reached.
            if next.with_day(1).is_some_and(|m| months.contains(&m)) {
                focused.set(next);
                pending.set(Some(day_id(next)));
            }
        })
    };

    let cell = |date: Option<NaiveDate>| -> Html {
        let Some(date) = date else {
            return html! { <td class="empty" role="gridcell" aria-hidden="true"></td> };
        };
        let n = in_force(date);
        let classes = classes!(
            (n > 0).then_some("has-items"),
            session_dates.contains(&date).then_some("session"),
            (date == props.today).then_some("today"),
            (Some(date) == selected).then_some("selected"),
        );
        let label = plural(
            lang,
            "plan.month.day",
            n,
            &[("date", &format_date(lang, date))],
        );
        let onclick = {
            let (focused, choose) = (focused.clone(), choose.clone());
            Callback::from(move |_: MouseEvent| {
                focused.set(date);
                choose(date);
            })
        };
        html! {
            <td role="gridcell" id={ day_id(date) } class={ classes } aria-label={ label }
                tabindex={ if date == *focused { "0" } else { "-1" } }
                aria-selected={ (Some(date) == selected).to_string() }
                aria-current={ (date == props.today).then_some("date") } {onclick}>
                <span aria-hidden="true">{ date.day() }</span>
            </td>
        }
    };

    // The chosen day's instructions, as a row under its week.
    let detail = |date: NaiveDate| -> Html {
        let mut out = Markup::new();
        out.open(
            "div",
            &[
                ("id", DETAIL_ID),
                ("class", "day-detail"),
                ("tabindex", "-1"),
            ],
        );
        day_heading(&mut out, lang, date, props.today, "h3");
        out.open("ul", &[("class", "items")]);
        if let Some(day) = plan.day(date) {
            day_items(&mut out, lang, plan, day);
        } else {
            out.element("li", &[], t(lang, "plan.month.nothing"));
        }
        out.close("ul").close("div");
        html! { <tr class="detail-row"><td colspan="7" role="gridcell">{ out.into_html() }</td></tr> }
    };

    let previous = position.checked_sub(1).and_then(|i| months.get(i)).copied();
    let next = months.get(position + 1).copied();
    let month_label = |m: NaiveDate| format!("{} {}", month_name(lang, m.month()), m.year());
    html! {
        <div class="month-view">
            <div class="month-nav">
                <button type="button" class="button secondary" disabled={ previous.is_none() }
                    aria-label={ previous.map(|m| fill(t(lang, "plan.month.previous"), &[("month", &month_label(m))])) }
                    onclick={ go_month(previous) }>{ "‹" }</button>
                <h3 id="month-caption" aria-live="polite">{ month_label(shown) }</h3>
                <button type="button" class="button secondary" disabled={ next.is_none() }
                    aria-label={ next.map(|m| fill(t(lang, "plan.month.next"), &[("month", &month_label(m))])) }
                    onclick={ go_month(next) }>{ "›" }</button>
            </div>
            <table class="month" role="grid" aria-labelledby="month-caption" onkeydown={ on_key }>
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
                    { for weeks(shown).into_iter().map(|week| {
                        let chosen = selected.filter(|d| week.contains(&Some(*d)));
                        html! {
                            <>
                                <tr>{ for week.into_iter().map(cell) }</tr>
                                { for chosen.map(detail) }
                            </>
                        }
                    }) }
                </tbody>
            </table>
            <p class="legend-line">
                <span class="key session"></span>{ t(lang, "plan.month.legend_session") }
                <span class="key has-items"></span>{ t(lang, "plan.month.legend_items") }
            </p>
            <p class="help">{ t(lang, "plan.month.keys") }</p>
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
    fn arrow_keys_move_by_day_week_and_month() {
        let from = d(2026, 12, 16); // a Wednesday
        let cases = [
            ("ArrowLeft", Some(d(2026, 12, 15))),
            ("ArrowRight", Some(d(2026, 12, 17))),
            ("ArrowUp", Some(d(2026, 12, 9))),
            ("ArrowDown", Some(d(2026, 12, 23))),
            ("Home", Some(d(2026, 12, 14))),
            ("End", Some(d(2026, 12, 20))),
            ("PageUp", Some(d(2026, 11, 16))),
            ("PageDown", Some(d(2027, 1, 16))),
            ("Tab", None),
        ];
        for (key, expected) in cases {
            assert_eq!(moved(from, key), expected, "{key}");
        }
        assert_eq!(moved(d(2026, 12, 31), "ArrowRight"), Some(d(2027, 1, 1)));
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
