//! Care plan → RFC 5545 calendar text.
//!
//! Written by hand rather than with a crate: the format needed here is small, the output is
//! tested against two independent parsers, and the `icalendar` crate writes the end of an
//! all-day event as the same day (RFC 5545 makes DTEND exclusive: it must be the day after).
//!
//! Day instructions become all-day events (`VALUE=DATE`). The numbing and the treatment are
//! timed events written in UTC: the plan holds local wall-clock times, and the caller supplies
//! the conversion (the browser knows the person's time zone), which keeps this module pure and
//! lets tests fake a zone with a daylight-saving change.

mod text;

pub use text::{escape_text, fold_line, push_folded, unescape_text, unfold, MAX_LINE_OCTETS};

use super::i18n::{t, Lang};
use super::plan::{item_text, item_title, CarePlan, Item};
use super::protocol::Protocol;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use std::fmt::Write;

/// How to write the calendar.
pub struct IcsOptions<'a> {
    pub lang: Lang,
    /// When the file is made (DTSTAMP); passed in so that the output is reproducible.
    pub dtstamp: DateTime<Utc>,
    /// Shown as the location of the timed events and in the calendar's name.
    pub clinic_name: Option<&'a str>,
    /// The right-hand side of every UID, e.g. the app's host name.
    pub uid_domain: &'a str,
    /// Resolves the items' source ids to citations for the descriptions.
    pub protocol: &'a Protocol,
    /// Local wall-clock time → instant. `None` for a time that does not exist locally (the
    /// hour skipped when clocks go forward); the event then moves one hour later, as clocks do.
    pub to_utc: &'a dyn Fn(NaiveDateTime) -> Option<DateTime<Utc>>,
}

/// How long before a timed event its reminder fires: the day before, at the same time.
const TIMED_ALARM: &str = "-P1D";
/// How long before an all-day event (which starts at midnight) its reminder fires: 6 pm the
/// evening before, so a pause is not discovered on the morning it should already be running.
const ALL_DAY_ALARM: &str = "-PT6H";

/// The plan as an iCalendar file: one event per item, CRLF line ends, folded lines.
pub fn to_ics(plan: &CarePlan, options: &IcsOptions) -> String {
    let mut out = String::with_capacity(1024 + plan.items.len() * 700);
    let lang = options.lang;
    let mut name = t(lang, "ics.calendar_name").to_string();
    if let Some(clinic) = options.clinic_name {
        name = format!("{name} – {clinic}");
    }
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//careplanner//Care plan//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    text_line(&mut out, "X-WR-CALNAME", None, &name);
    let stamp = utc_text(options.dtstamp);
    for item in &plan.items {
        event(&mut out, item, options, &stamp);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn event(out: &mut String, item: &Item, options: &IcsOptions, stamp: &str) {
    let lang = options.lang;
    let title = item_title(lang, item);
    let mut description = item_text(lang, item);
    let citations: Vec<&str> = item
        .sources
        .iter()
        .map(|id| options.protocol.source(id).map_or(*id, |s| s.citation))
        .collect();
    if !citations.is_empty() {
        let _ = write!(
            description,
            "\n\n{}: {}",
            t(lang, "ics.sources"),
            citations.join("; ")
        );
    }

    line(out, "BEGIN:VEVENT");
    line(
        out,
        &format!(
            "UID:{}-{:016x}@{}",
            item.id,
            fingerprint(item),
            options.uid_domain
        ),
    );
    line(out, &format!("DTSTAMP:{stamp}"));
    let timed = item.time.and_then(|time| {
        let local = item.date.and_time(time);
        let start = (options.to_utc)(local)
            .or_else(|| (options.to_utc)(local.checked_add_signed(Duration::hours(1))?))?;
        let end =
            start.checked_add_signed(Duration::minutes(i64::from(item.minutes.unwrap_or(0))))?;
        Some((start, end))
    });
    match timed {
        Some((start, end)) => {
            line(out, &format!("DTSTART:{}", utc_text(start)));
            line(out, &format!("DTEND:{}", utc_text(end)));
            if let Some(clinic) = options.clinic_name {
                text_line(out, "LOCATION", None, clinic);
            }
        }
        None => {
            // A time the zone cannot place at all is shown on its day; the text carries the time.
            let last = item.last_date();
            line(out, &format!("DTSTART;VALUE=DATE:{}", date_text(item.date)));
            line(
                out,
                &format!(
                    "DTEND;VALUE=DATE:{}",
                    date_text(last.succ_opt().unwrap_or(last))
                ),
            );
            line(out, "TRANSP:TRANSPARENT");
        }
    }
    text_line(out, "SUMMARY", Some(lang), &title);
    text_line(out, "DESCRIPTION", Some(lang), &description);
    text_line(out, "CATEGORIES", None, item.category.id());
    if item.alarm {
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        text_line(out, "DESCRIPTION", Some(lang), &title);
        let trigger = if timed.is_some() {
            TIMED_ALARM
        } else {
            ALL_DAY_ALARM
        };
        line(out, &format!("TRIGGER:{trigger}"));
        line(out, "END:VALARM");
    }
    line(out, "END:VEVENT");
}

fn line(out: &mut String, content: &str) {
    push_folded(out, content);
}

fn text_line(out: &mut String, name: &str, lang: Option<Lang>, value: &str) {
    let mut content = String::with_capacity(name.len() + value.len() + 16);
    content.push_str(name);
    if let Some(lang) = lang {
        content.push_str(";LANGUAGE=");
        content.push_str(lang.code());
    }
    content.push(':');
    content.push_str(&escape_text(value));
    push_folded(out, &content);
}

fn date_text(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

fn utc_text(at: DateTime<Utc>) -> String {
    let n = at.naive_utc();
    format!(
        "{}T{:02}{:02}{:02}Z",
        date_text(n.date()),
        n.hour(),
        n.minute(),
        n.second()
    )
}

/// A 64-bit FNV-1a hash of what places the item, so that a UID stays the same for the same
/// item and changes when the item moves: re-importing the same plan updates events instead of
/// duplicating them, and a changed plan does not silently overwrite unrelated events.
fn fingerprint(item: &Item) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(item.id.as_bytes());
    feed(&item.date.num_days_from_ce().to_le_bytes());
    feed(&item.last_date().num_days_from_ce().to_le_bytes());
    if let Some(time) = item.time {
        feed(&time.num_seconds_from_midnight().to_le_bytes());
    }
    feed(&item.minutes.unwrap_or(0).to_le_bytes());
    hash
}
