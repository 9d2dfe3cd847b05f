//! Phases and the days an instruction holds, in words.

use super::{Entry, Item, Phase};
use crate::domain::i18n::{fill, format_day, format_day_range, format_time, t, Lang};
use crate::domain::protocol::{first_day_hours, PhaseKind};
use chrono::NaiveDate;

/// The days of a phase counted from its session day (the day after the session is day 1).
fn day_numbers(phase: &Phase, session_date: NaiveDate) -> (i64, i64) {
    (
        (phase.first - session_date).num_days(),
        (phase.last - session_date).num_days(),
    )
}

fn numbered(lang: Lang, one: &str, many: &str, (from, to): (i64, i64)) -> String {
    if from == to {
        fill(t(lang, one), &[("n", &from.to_string())])
    } else {
        fill(
            t(lang, many),
            &[("from", &from.to_string()), ("to", &to.to_string())],
        )
    }
}

/// The phase's heading: "Getting ready", "Days 2 to 3 after the session".
pub fn phase_title(lang: Lang, phase: &Phase, session_date: NaiveDate) -> String {
    match phase.kind {
        PhaseKind::EarlyDays | PhaseKind::RestOfWeek => numbered(
            lang,
            "phase.day",
            "phase.days",
            day_numbers(phase, session_date),
        ),
        PhaseKind::FirstDay => fill(
            t(lang, &phase.kind.key()),
            &[("hours", &first_day_hours().to_string())],
        ),
        kind => t(lang, &kind.key()).to_string(),
    }
}

/// The phase's calendar title, which names no medicine and no condition: "Getting ready for
/// your session", "Aftercare: days 2 to 3".
pub fn phase_calendar_title(lang: Lang, phase: &Phase, session_date: NaiveDate) -> String {
    match phase.kind {
        PhaseKind::EarlyDays | PhaseKind::RestOfWeek => numbered(
            lang,
            "ics.title.day",
            "ics.title.days",
            day_numbers(phase, session_date),
        ),
        PhaseKind::FirstDay => fill(
            t(lang, "ics.title.first_day"),
            &[("hours", &first_day_hours().to_string())],
        ),
        kind => t(lang, &format!("ics.title.{}", kind.id())).to_string(),
    }
}

/// When an instruction holds: "Sat 19 Dec", "Mon 14 – Sat 19 Dec", "Wed 16 – Thu 17 Dec,
/// until 11:00 am", "From 11:00 am on Thu 17 Dec to Sat 26 Dec", "Wed 16 Dec, 9:00 am".
pub fn entry_when(lang: Lang, item: &Item, entry: &Entry) -> String {
    let (first, last) = (item.date, item.last_date());
    if let Some(time) = item.time {
        return fill(
            t(lang, "when.at"),
            &[
                ("day", &format_day(lang, first)),
                ("time", &format_time(lang, time)),
            ],
        );
    }
    let range = format_day_range(lang, first, last);
    match (entry.from, entry.until) {
        (Some(from), _) if first == last => fill(
            t(lang, "when.from_time_day"),
            &[("day", &range), ("time", &format_time(lang, from.time()))],
        ),
        (Some(from), _) => fill(
            t(lang, "when.from_time"),
            &[
                ("time", &format_time(lang, from.time())),
                ("first", &format_day(lang, first)),
                ("last", &format_day(lang, last)),
            ],
        ),
        (None, Some(until)) => fill(
            t(lang, "when.until_time"),
            &[
                ("range", &range),
                ("time", &format_time(lang, until.time())),
            ],
        ),
        (None, None) => range,
    }
}
