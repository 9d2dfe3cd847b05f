//! Care plan → RFC 5545 calendar text.
//!
//! Written by hand rather than with a crate: the format needed here is small, the output is
//! tested against two independent parsers, and the `icalendar` crate writes the end of an
//! all-day event as the same day (RFC 5545 makes DTEND exclusive: it must be the day after).
//!
//! Two forms: the compact calendar (a few events per session, one per phase, see `compact`)
//! and the detailed one (one event per instruction). Day instructions become all-day events (`VALUE=DATE`). The numbing and the treatment are
//! timed events written in UTC: the plan holds local wall-clock times, and the caller supplies
//! the conversion (the browser knows the person's time zone), which keeps this module pure and
//! lets tests fake a zone with a daylight-saving change.

mod compact;
mod text;

pub use text::{escape_text, fold_line, push_folded, unescape_text, unfold, Line, MAX_LINE_OCTETS};

use super::i18n::{lookup, t, tf, Lang};
use super::plan::{
    condition_texts, phase_calendar_title, phases, CarePlan, Item, SessionCare, Texts,
};
use super::protocol::ClinicSettings;
use super::protocol::{Category, Protocol};
use crate::domain::sorted_map::SortedMap;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};

/// Which calendar to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IcsForm {
    /// A few events per session, one per phase (see `compact`): what most people want.
    #[default]
    Compact,
    /// One event per instruction of the plan.
    Detailed,
}

/// How to write the calendar.
pub struct IcsOptions<'a> {
    pub lang: Lang,
    pub form: IcsForm,
    /// When the file is made (DTSTAMP); passed in so that the output is reproducible.
    pub dtstamp: DateTime<Utc>,
    /// Shown as the location of the timed events and in the calendar's name.
    pub clinic_name: Option<&'a str>,
    /// The clinic's phone number (the clinic's own, or the one the person typed), said with
    /// the warning signs.
    pub phone: Option<&'a str>,
    /// The right-hand side of every UID, e.g. the app's host name.
    pub uid_domain: &'a str,
    /// Resolves the items' source ids to citations for the descriptions.
    pub protocol: &'a Protocol,
    /// The clinic's settings, for the phases of the compact calendar.
    pub settings: &'a ClinicSettings,
    /// Local wall-clock time → instant. `None` for a time that does not exist locally (the
    /// hour skipped when clocks go forward); the event then moves one hour later, as clocks do.
    pub to_utc: &'a dyn Fn(NaiveDateTime) -> Option<DateTime<Utc>>,
}

/// How long before a timed event its reminder fires: the day before, at the same time.
const TIMED_ALARM: &str = "TRIGGER:-P1D";
/// How long before an all-day event (which starts at midnight) its reminder fires: 6 pm the
/// evening before, so a pause is not discovered on the morning it should already be running.
const ALL_DAY_ALARM: &str = "TRIGGER:-PT6H";

/// The plan as an iCalendar file, CRLF line ends, folded lines. Every event is
/// `CLASS:PRIVATE`, and no title or reminder names a medicine or a condition: calendars sync
/// to clouds and show on lock screens. The details are in the descriptions.
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
    let care = phases(plan, options.protocol, options.settings);
    match options.form {
        IcsForm::Compact => {
            for event in compact::events(plan, &care, options) {
                write_event(&mut out, &event, options);
            }
        }
        IcsForm::Detailed => detailed(&mut out, plan, &care, options),
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// One event per item, titled by its phase and its kind ("Getting ready for your session ·
/// Medicines"), the instruction itself in the description.
fn detailed(out: &mut String, plan: &CarePlan, care: &[SessionCare], options: &IcsOptions) {
    let lang = options.lang;
    let mut texts = Texts::new(lang);
    // Each step's citations, escaped once, and each category's label: every session repeats them.
    let mut cited: SortedMap<&str, String> = SortedMap::new();
    let sources_word = t(lang, "ics.sources");
    let labels = Category::ALL.map(|c| lookup(lang, &c.key()).unwrap_or(c.id()));
    // A session that depends on something clearing says so in its own event.
    let conditions = condition_texts(lang, plan).join("\n\n");
    let mut titles: Vec<Option<String>> = vec![None; plan.items.len()];
    for session in care {
        for phase in &session.phases {
            let heading = phase_calendar_title(lang, phase, session.session.date);
            for entry in &phase.entries {
                if let Some(slot) = titles.get_mut(entry.item) {
                    *slot = Some(heading.clone());
                }
            }
        }
    }
    for (index, item) in plan.items.iter().enumerate() {
        let (mut text, _) = texts.get(item);
        if item.category == Category::Treatment && !conditions.is_empty() {
            text = format!("{text}\n\n{conditions}").into();
        }
        let sources = cited.get_or_insert_with(item.step, || {
            escape_text(&citations(item.sources, options, sources_word))
        });
        let category = Category::ALL
            .iter()
            .position(|c| *c == item.category)
            .map_or("", |i| labels[i]);
        let phase = titles.get(index).cloned().flatten().unwrap_or_default();
        let title = tf(
            lang,
            "ics.detail",
            &[("phase", &phase), ("category", category)],
        );
        let event = Event {
            uid: item.id.clone(),
            fingerprint: fingerprint(item),
            when: match item.time {
                Some(time) => When::Local(item.date.and_time(time), item.minutes.unwrap_or(0)),
                None => When::AllDay(item.date, item.last_date()),
            },
            title,
            description: text.into_owned(),
            sources: sources.clone(),
            category: category.to_string(),
            alarm: item.alarm,
        };
        write_event(out, &event, options);
    }
}

/// "\n\nSources: …; …", or nothing without sources.
fn citations(ids: &[&str], options: &IcsOptions, word: &str) -> String {
    let mut out = String::new();
    for (i, id) in ids.iter().enumerate() {
        out.push_str(if i == 0 { "\n\n" } else { "; " });
        if i == 0 {
            out.push_str(word);
            out.push_str(": ");
        }
        out.push_str(
            options
                .protocol
                .source(id)
                .map_or(*id, |s| s.cite(options.lang)),
        );
    }
    out
}

/// When an event happens.
#[derive(Clone, Copy, Debug)]
enum When {
    /// All-day, from the first to the last day, both included.
    AllDay(NaiveDate, NaiveDate),
    /// A local wall-clock start and a length in minutes.
    Local(NaiveDateTime, u32),
}

/// One event, in the person's language.
struct Event {
    /// Unique within the file; a fingerprint of what places it is added.
    uid: String,
    fingerprint: u64,
    when: When,
    /// Discreet: names no medicine and no condition.
    title: String,
    description: String,
    /// The citations, already escaped.
    sources: String,
    category: String,
    alarm: bool,
}

fn write_event(out: &mut String, event: &Event, options: &IcsOptions) {
    let lang = options.lang.code();
    line(out, "BEGIN:VEVENT");
    let mut uid = Line::start(out);
    uid.raw("UID:")
        .raw(&event.uid)
        .raw("-")
        .raw(&hex(event.fingerprint))
        .raw("@")
        .raw(options.uid_domain);
    uid.end();
    stamp_line(out, "DTSTAMP:", options.dtstamp);
    let timed = match event.when {
        When::Local(local, minutes) => (options.to_utc)(local)
            .or_else(|| (options.to_utc)(local.checked_add_signed(Duration::hours(1))?))
            .and_then(|start| {
                let end = start.checked_add_signed(Duration::minutes(i64::from(minutes)))?;
                Some((start, end))
            }),
        When::AllDay(..) => None,
    };
    match (timed, event.when) {
        (Some((start, end)), _) => {
            stamp_line(out, "DTSTART:", start);
            stamp_line(out, "DTEND:", end);
            if let Some(clinic) = options.clinic_name {
                let mut location = Line::start(out);
                location.raw("LOCATION:").text(clinic);
                location.end();
            }
        }
        (None, when) => {
            // A time the zone cannot place at all is shown on its day; the text carries the time.
            let (first, last) = match when {
                When::AllDay(first, last) => (first, last),
                When::Local(at, _) => (at.date(), at.date()),
            };
            date_line(out, "DTSTART;VALUE=DATE:", first);
            date_line(out, "DTEND;VALUE=DATE:", last.succ_opt().unwrap_or(last));
            line(out, "TRANSP:TRANSPARENT");
        }
    }
    line(out, "CLASS:PRIVATE");
    let mut summary = Line::start(out);
    summary
        .raw("SUMMARY;LANGUAGE=")
        .raw(lang)
        .raw(":")
        .text(&event.title);
    summary.end();
    let mut description = Line::start(out);
    description
        .raw("DESCRIPTION;LANGUAGE=")
        .raw(lang)
        .raw(":")
        .text(&event.description)
        .escaped(&event.sources);
    description.end();
    let mut categories = Line::start(out);
    categories.raw("CATEGORIES:").text(&event.category);
    categories.end();
    if event.alarm {
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        let mut alarm = Line::start(out);
        alarm
            .raw("DESCRIPTION;LANGUAGE=")
            .raw(lang)
            .raw(":")
            .text(&event.title);
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
    placed(
        &item.id,
        item.date,
        item.last_date(),
        item.time.map(|t| t.num_seconds_from_midnight()),
        item.minutes.unwrap_or(0),
    )
}

/// The FNV-1a hash of an event's id, days, time and length.
fn placed(id: &str, first: NaiveDate, last: NaiveDate, seconds: Option<u32>, minutes: u32) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(id.as_bytes());
    feed(&first.num_days_from_ce().to_le_bytes());
    feed(&last.num_days_from_ce().to_le_bytes());
    if let Some(seconds) = seconds {
        feed(&seconds.to_le_bytes());
    }
    feed(&minutes.to_le_bytes());
    hash
}
