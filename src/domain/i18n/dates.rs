//! Dates and times written the way each language writes them. Done here rather than with the
//! browser's Intl so that the calendar file, the printed plan and the tests agree exactly.

use super::Lang;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};
use std::cell::Cell;

thread_local! {
    /// English dates month first ("Sunday, December 6, 2026"), as in the United States, rather
    /// than day first. Set once at start-up from the browser's language tag; per thread, so
    /// tests running side by side cannot change each other's dates.
    static ENGLISH_MONTH_FIRST: Cell<bool> = const { Cell::new(false) };
}

/// Whether a language tag's region writes English dates month first: the United States and
/// its territories ("en-US", "en-PR"…).
pub fn is_month_first_region(tag: &str) -> bool {
    let region = tag.split(['-', '_']).nth(1).unwrap_or_default();
    ["US", "PR", "GU", "VI", "AS", "MP", "UM"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(region))
}

pub fn set_english_month_first(on: bool) {
    ENGLISH_MONTH_FIRST.with(|cell| cell.set(on));
}

fn english_month_first() -> bool {
    ENGLISH_MONTH_FIRST.with(Cell::get)
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const WEEKDAYS_ES: [&str; 7] = [
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => MONTHS_EN[i],
        Lang::Es => MONTHS_ES[i],
    }
}

pub fn weekday_name(lang: Lang, day: Weekday) -> &'static str {
    let i = day.num_days_from_monday() as usize;
    match lang {
        Lang::En => WEEKDAYS_EN[i],
        Lang::Es => WEEKDAYS_ES[i],
    }
}

/// "Saturday, 21 November 2026" (US: "Saturday, November 21, 2026") / "sábado, 21 de
/// noviembre de 2026".
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    let weekday = weekday_name(lang, date.weekday());
    format!("{weekday}, {}", format_date_short(lang, date))
}

/// "21 November 2026" (US: "November 21, 2026") / "21 de noviembre de 2026": for places where
/// the weekday is noise.
pub fn format_date_short(lang: Lang, date: NaiveDate) -> String {
    let month = month_name(lang, date.month());
    match lang {
        Lang::En if english_month_first() => format!("{month} {}, {}", date.day(), date.year()),
        Lang::En => format!("{} {month} {}", date.day(), date.year()),
        Lang::Es => format!("{} de {month} de {}", date.day(), date.year()),
    }
}

/// "Mon 14 Dec" (US: "Mon, Dec 14") / "lun 14 dic": a day in a range or a list, where the
/// year is plain from the context.
pub fn format_day(lang: Lang, date: NaiveDate) -> String {
    let (weekday, month) = (
        short(weekday_name(lang, date.weekday())),
        short(month_name(lang, date.month())),
    );
    match lang {
        Lang::En if english_month_first() => format!("{weekday}, {month} {}", date.day()),
        Lang::En => format!("{weekday} {} {month}", date.day()),
        Lang::Es => format!("{weekday} {} {month}", date.day()),
    }
}

/// The first three letters (Spanish "mié", "sáb" keep their accents).
fn short(name: &str) -> String {
    name.chars().take(3).collect()
}

/// "Mon 14 – Sat 19 Dec" / "lun 14 – sáb 19 dic"; the month is written once when both days
/// share it, and a single day reads as that day.
pub fn format_day_range(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        return format_day(lang, first);
    }
    let same_month = first.month() == last.month() && first.year() == last.year();
    let start = if same_month && !(lang == Lang::En && english_month_first()) {
        format!(
            "{} {}",
            short(weekday_name(lang, first.weekday())),
            first.day()
        )
    } else {
        format_day(lang, first)
    };
    format!("{start} – {}", format_day(lang, last))
}

/// "2:30 pm" / "14:30".
pub fn format_time(lang: Lang, time: NaiveTime) -> String {
    let (h, m) = (time.hour(), time.minute());
    match lang {
        Lang::En => {
            let suffix = if h < 12 { "am" } else { "pm" };
            let h12 = match h % 12 {
                0 => 12,
                other => other,
            };
            format!("{h12}:{m:02} {suffix}")
        }
        Lang::Es => format!("{h}:{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        let cases = [
            (Lang::En, d(2026, 11, 21), "Saturday, 21 November 2026"),
            (Lang::Es, d(2026, 11, 21), "sábado, 21 de noviembre de 2026"),
            (Lang::En, d(2028, 2, 29), "Tuesday, 29 February 2028"),
            (Lang::Es, d(2027, 1, 3), "domingo, 3 de enero de 2027"),
        ];
        for (lang, date, expected) in cases {
            assert_eq!(format_date(lang, date), expected);
        }
    }

    #[test]
    fn english_dates_are_month_first_only_where_that_is_the_custom() {
        assert!(is_month_first_region("en-US"));
        assert!(is_month_first_region("en_us"));
        assert!(is_month_first_region("es-US"));
        assert!(!is_month_first_region("en-GB"));
        assert!(!is_month_first_region("en"));
        assert!(!is_month_first_region(""));

        set_english_month_first(true);
        assert_eq!(
            format_date(Lang::En, d(2026, 12, 6)),
            "Sunday, December 6, 2026"
        );
        assert_eq!(
            format_date_short(Lang::En, d(2026, 12, 6)),
            "December 6, 2026"
        );
        assert_eq!(
            format_date(Lang::Es, d(2026, 12, 6)),
            "domingo, 6 de diciembre de 2026"
        );
        set_english_month_first(false);
        assert_eq!(
            format_date(Lang::En, d(2026, 12, 6)),
            "Sunday, 6 December 2026"
        );
    }

    #[test]
    fn short_days_and_ranges_read_naturally() {
        let cases = [
            (Lang::En, d(2026, 12, 14), d(2026, 12, 14), "Mon 14 Dec"),
            (
                Lang::En,
                d(2026, 12, 14),
                d(2026, 12, 19),
                "Mon 14 – Sat 19 Dec",
            ),
            (
                Lang::En,
                d(2026, 12, 28),
                d(2027, 1, 2),
                "Mon 28 Dec – Sat 2 Jan",
            ),
            (
                Lang::Es,
                d(2026, 12, 16),
                d(2026, 12, 19),
                "mié 16 – sáb 19 dic",
            ),
            (
                Lang::Es,
                d(2026, 11, 30),
                d(2026, 12, 1),
                "lun 30 nov – mar 1 dic",
            ),
        ];
        for (lang, first, last, expected) in cases {
            assert_eq!(format_day_range(lang, first, last), expected);
        }
    }

    #[test]
    fn times_use_each_languages_clock() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let cases = [
            (Lang::En, t(0, 5), "12:05 am"),
            (Lang::En, t(12, 0), "12:00 pm"),
            (Lang::En, t(14, 30), "2:30 pm"),
            (Lang::Es, t(9, 0), "9:00"),
            (Lang::Es, t(14, 30), "14:30"),
        ];
        for (lang, time, expected) in cases {
            assert_eq!(format_time(lang, time), expected);
        }
    }
}
