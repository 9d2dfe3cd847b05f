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

pub use text::{escape_text, fold_line, push_folded, unescape_text, unfold, Line, MAX_LINE_OCTETS};

use super::i18n::{lookup, t, Lang};
use super::plan::{condition_texts, CarePlan, Item, Texts};
use super::protocol::{Category, Protocol};
use crate::domain::sorted_map::SortedMap;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};

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
const TIMED_ALARM: &str = "TRIGGER:-P1D";
/// How long before an all-day event (which starts at midnight) its reminder fires: 6 pm the
/// evening before, so a pause is not discovered on the morning it should already be running.
const ALL_DAY_ALARM: &str = "TRIGGER:-PT6H";

/// The plan as an iCalendar file: one event per item, CRLF line ends, folded lines.
pub fn to_ics(plan: &CarePlan, options: &IcsOptions) -> String {
    let mut out = String::with_capacity(1024 + plan.items.len() * 1000);
    let lang = options.lang;
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//careplanner//Care plan//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    let mut name = Line::start(&mut out);
    name.raw("X-WR-CALNAME:").text(t(lang, "ics.calendar_name"));
    if let Some(clinic) = options.clinic_name {
        name.text(" – ").text(clinic);
    }
    name.end();
    let mut texts = Texts::new(lang);
    // Each step's citations, escaped once, and each category's label: every session repeats them.
    let mut cited: SortedMap<&str, String> = SortedMap::new();
    let sources_word = t(lang, "ics.sources");
    let labels = Category::ALL.map(|c| lookup(lang, &c.key()).unwrap_or(c.id()));
    // A session that depends on something clearing says so in its own event.
    let conditions = condition_texts(lang, plan).join("\n\n");
    for item in &plan.items {
        let (mut text, title) = texts.get(item);
        if item.category == Category::Treatment && !conditions.is_empty() {
            text = format!("{text}\n\n{conditions}").into();
        }
        let sources = cited.get_or_insert_with(item.step, || {
            escape_text(&citations(item, options, sources_word))
        });
        let category = Category::ALL
            .iter()
            .position(|c| *c == item.category)
            .map_or("", |i| labels[i]);
        event(
            &mut out,
            item,
            options,
            &Words {
                text: &text,
                title: &title,
                sources,
                category,
            },
        );
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// One item's event. `words` is its text, its title and the word for "Sources".
/// "\n\nSources: …; …", or nothing for an item without sources.
fn citations(item: &Item, options: &IcsOptions, word: &str) -> String {
    let mut out = String::new();
    for (i, id) in item.sources.iter().enumerate() {
        out.push_str(if i == 0 { "\n\n" } else { "; " });
        if i == 0 {
            out.push_str(word);
            out.push_str(": ");
        }
        out.push_str(options.protocol.source(id).map_or(*id, |s| s.citation));
    }
    out
}

/// What one event says, in the person's language.
struct Words<'a> {
    text: &'a str,
    title: &'a str,
    /// The citations, already escaped.
    sources: &'a str,
    category: &'a str,
}

fn event(out: &mut String, item: &Item, options: &IcsOptions, words: &Words) {
    let Words {
        text,
        title,
        sources,
        category,
    } = *words;
    let lang = options.lang.code();
    line(out, "BEGIN:VEVENT");
    let mut uid = Line::start(out);
    uid.raw("UID:")
        .raw(&item.id)
        .raw("-")
        .raw(&hex(fingerprint(item)))
        .raw("@")
        .raw(options.uid_domain);
    uid.end();
    stamp_line(out, "DTSTAMP:", options.dtstamp);
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
            stamp_line(out, "DTSTART:", start);
            stamp_line(out, "DTEND:", end);
            if let Some(clinic) = options.clinic_name {
                let mut location = Line::start(out);
                location.raw("LOCATION:").text(clinic);
                location.end();
            }
        }
        None => {
            // A time the zone cannot place at all is shown on its day; the text carries the time.
            let last = item.last_date();
            date_line(out, "DTSTART;VALUE=DATE:", item.date);
            date_line(out, "DTEND;VALUE=DATE:", last.succ_opt().unwrap_or(last));
            line(out, "TRANSP:TRANSPARENT");
        }
    }
    let mut summary = Line::start(out);
    summary
        .raw("SUMMARY;LANGUAGE=")
        .raw(lang)
        .raw(":")
        .text(title);
    summary.end();
    let mut description = Line::start(out);
    description
        .raw("DESCRIPTION;LANGUAGE=")
        .raw(lang)
        .raw(":")
        .text(text)
        .escaped(sources);
    description.end();
    let mut categories = Line::start(out);
    categories.raw("CATEGORIES:").text(category);
    categories.end();
    if item.alarm {
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        let mut alarm = Line::start(out);
        alarm
            .raw("DESCRIPTION;LANGUAGE=")
            .raw(lang)
            .raw(":")
            .text(title);
        alarm.end();
        line(
            out,
            if timed.is_some() {
                TIMED_ALARM
            } else {
                ALL_DAY_ALARM
            },
        );
        line(out, "END:VALARM");
    }
    line(out, "END:VEVENT");
}

fn line(out: &mut String, content: &str) {
    push_folded(out, content);
}

/// Appends fixed-width decimal fields (year 4, month 2, day 2 …) in one write: iCalendar dates
/// and times are runs of digits, and the formatting machinery is a measurable share of a large
/// calendar.
fn push_fields(out: &mut String, fields: &[(u32, usize)]) {
    let mut digits = [b'0'; 16];
    let mut len = 0;
    for &(value, width) in fields {
        let mut n = value;
        for slot in digits[len..len + width].iter_mut().rev() {
            *slot = b'0' + (n % 10) as u8;
            n /= 10;
        }
        len += width;
    }
    out.push_str(std::str::from_utf8(&digits[..len]).unwrap_or_default());
}

fn push_date(out: &mut String, date: NaiveDate) {
    // iCalendar years have four digits; `plan::build` keeps every date within 1..=9999.
    let year = date.year().clamp(0, 9999).unsigned_abs();
    push_fields(out, &[(year, 4), (date.month(), 2), (date.day(), 2)]);
}

fn date_line(out: &mut String, head: &str, date: NaiveDate) {
    out.push_str(head);
    push_date(out, date);
    out.push_str("\r\n");
}

/// A UTC DATE-TIME line such as `DTSTART:20261121T150000Z` (always short: no folding).
fn stamp_line(out: &mut String, head: &str, at: DateTime<Utc>) {
    let n = at.naive_utc();
    out.push_str(head);
    push_date(out, n.date());
    out.push('T');
    push_fields(out, &[(n.hour(), 2), (n.minute(), 2), (n.second(), 2)]);
    out.push_str("Z\r\n");
}

/// Sixteen lower-case hex digits.
fn hex(n: u64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    (0..16)
        .rev()
        .map(|i| char::from(DIGITS[((n >> (i * 4)) & 0xF) as usize]))
        .collect()
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
