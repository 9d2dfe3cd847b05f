//! The share link: the plan's inputs (language, answers, schedule) packed into a URL fragment,
//! which browsers never send to a server.
//!
//! The fragment is base64url without padding of these bytes:
//!
//! ```text
//! version (1) | protocol fingerprint (2) | flags (1) | [schedule] | [phone] | answers… | CRC-32 (4)
//! ```
//!
//! * `flags`: bits 0–3 the language's index in `Lang::ALL`, bit 4 set when a schedule follows,
//!   bit 5 when the clinic's phone number the person typed follows, bit 6 when the link was
//!   made under a clinic's own content; the other bits are zero.
//! * `phone`: its length (varint) and its UTF-8 bytes.
//! * `schedule`: first date (zigzag varint, days from 2020-01-01), start minute of the day,
//!   number of sessions and days between them (varints).
//! * each answer: a varint key `k * 8 + tag`, where `k` is the question's index in the protocol
//!   plus one, or 0 when the id follows as text (an id the protocol does not know), then the
//!   value as `tag` says (see `Tag`). Options travel as their index and dates as day numbers, so
//!   a typical answer is two bytes; anything that does not fit those forms travels as text, so
//!   nothing is lost.
//! * the CRC-32 (IEEE, big-endian) covers every byte before it.
//!
//! Indexes only mean something for the protocol that wrote them, so the link carries 16 bits of
//! a fingerprint of the question and option ids; a link from a version of the app with other
//! questions is refused rather than misread. Where a clinic's file adds content (its own
//! questions and care steps), the fingerprint covers that content's fingerprint too, so a link
//! made under another clinic's content, or before the clinic changed it, is refused as well.

use super::answers::{parse_iso_date, Answers, Value};
use super::i18n::Lang;
use super::protocol::Protocol;
use super::saved::{iso_date, SavedSchedule, SavedState};
use crate::domain::sorted_map::SortedMap;
use chrono::{Days, NaiveDate, NaiveTime, Timelike};

mod codec;
pub mod sealed;

pub use codec::{base64url_decode, base64url_encode, crc32};
use codec::{put_text, put_varint, unzigzag, zigzag};

/// The layout version this module writes and reads.
pub const VERSION: u8 = 1;

/// Version, fingerprint, flags and checksum: the shortest link there can be.
const MIN_LEN: usize = 1 + 2 + 1 + 4;

const FLAG_LANG: u8 = 0x0f;
const FLAG_SCHEDULE: u8 = 0x10;
const FLAG_PHONE: u8 = 0x20;
const FLAG_CONTENT: u8 = 0x40;

/// Why a fragment did not give a plan. `key()` names the message to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    NotBase64,
    /// Too short to be a link at all (cut off when copied).
    Truncated,
    /// Some character was changed, lost or added.
    ChecksumMismatch,
    /// Made by a version of the app with another link layout.
    UnknownVersion,
    /// Made by a version of the app that asks other questions.
    OtherProtocol,
    /// Made under a clinic's own questions and instructions other than the ones here (another
    /// clinic's, or this clinic's before it changed them), or opened where there are some.
    OtherContent,
    /// Intact but not readable; only a faulty writer makes these.
    Malformed {
        detail: String,
    },
}

impl ShareError {
    /// The translation key of the message for the person.
    pub fn key(&self) -> &'static str {
        match self {
            ShareError::Empty => "share.error.empty",
            ShareError::NotBase64 => "share.error.not_base64",
            ShareError::Truncated => "share.error.truncated",
            ShareError::ChecksumMismatch => "share.error.checksum",
            ShareError::UnknownVersion => "share.error.version",
            ShareError::OtherProtocol => "share.error.protocol",
            ShareError::OtherContent => "share.error.content",
            ShareError::Malformed { .. } => "share.error.malformed",
        }
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::Malformed { detail } => write!(f, "{}: {detail}", self.key()),
            other => f.write_str(other.key()),
        }
    }
}

/// How an answer's value is written after its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    False = 0,
    True = 1,
    /// A whole number as a zigzag varint.
    Integer = 2,
    /// Any other number: its eight IEEE 754 bytes, little-endian.
    Float = 3,
    /// Text that is a "YYYY-MM-DD" date, as a zigzag varint of days from `EPOCH`.
    Date = 4,
    /// Text that is one of the question's options: the option's index.
    Option = 5,
    /// A list: a count, then each item as an option index plus one, or 0 and text.
    List = 6,
    Text = 7,
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The fragment for `state` (without the leading '#').
pub fn encode_fragment(state: &SavedState, protocol: &Protocol) -> String {
    let lang_index = Lang::ALL.iter().position(|l| *l == state.lang).unwrap_or(0) as u8;
    let mut out = vec![VERSION];
    out.extend_from_slice(&fingerprint(protocol).to_be_bytes());
    let schedule_flag = if state.schedule.is_some() {
        FLAG_SCHEDULE
    } else {
        0
    };
    let phone_flag = if state.phone.is_some() { FLAG_PHONE } else { 0 };
    let content_flag = if protocol.content.is_some() {
        FLAG_CONTENT
    } else {
        0
    };
    out.push(lang_index | schedule_flag | phone_flag | content_flag);
    if let Some(s) = &state.schedule {
        put_varint(&mut out, zigzag((s.first_date - epoch()).num_days()));
        put_varint(
            &mut out,
            u64::from(s.start_time.hour() * 60 + s.start_time.minute()),
        );
        put_varint(&mut out, u64::from(s.sessions));
        put_varint(&mut out, u64::from(s.interval_days));
    }
    if let Some(phone) = &state.phone {
        put_text(&mut out, phone);
    }
    // Known questions go first in protocol order, then unknown ids in their own order.
    let index_of = |id: &str| protocol.questions.iter().position(|q| q.id == id);
    let mut entries: Vec<(&String, &Value)> = state.answers.0.iter().collect();
    crate::domain::sorted_map::sort_small_by_key(&mut entries, |(id, _)| {
        index_of(id).unwrap_or(usize::MAX)
    });
    for (id, value) in entries {
        let (k, options) = match index_of(id) {
            Some(i) => (i as u64 + 1, protocol.questions[i].kind.options()),
            None => (0, &[][..]),
        };
        let (tag, body) = encode_value(value, options);
        put_varint(&mut out, k * 8 + tag as u64);
        if k == 0 {
            put_text(&mut out, id);
        }
        out.extend_from_slice(&body);
    }
    out.extend_from_slice(&crc32(&out).to_be_bytes());
    base64url_encode(&out)
}

fn encode_value(value: &Value, options: &[&str]) -> (Tag, Vec<u8>) {
    let mut body = Vec::new();
    let tag = match value {
        Value::Bool(false) => Tag::False,
        Value::Bool(true) => Tag::True,
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
            put_varint(&mut body, zigzag(*n as i64));
            Tag::Integer
        }
        Value::Number(n) => {
            body.extend_from_slice(&n.to_bits().to_le_bytes());
            Tag::Float
        }
        Value::Text(t) => {
            if let Some(i) = options.iter().position(|o| o == t) {
                put_varint(&mut body, i as u64);
                Tag::Option
            } else if let Some(d) = canonical_date(t) {
                put_varint(&mut body, zigzag((d - epoch()).num_days()));
                Tag::Date
            } else {
                put_text(&mut body, t);
                Tag::Text
            }
        }
        Value::List(items) => {
            put_varint(&mut body, items.len() as u64);
            for item in items {
                match options.iter().position(|o| o == item) {
                    Some(i) => put_varint(&mut body, i as u64 + 1),
                    None => {
                        body.push(0);
                        put_text(&mut body, item);
                    }
                }
            }
            Tag::List
        }
    };
    (tag, body)
}

/// The date in `text` when writing it back gives the same text, so the round trip is exact.
fn canonical_date(text: &str) -> Option<NaiveDate> {
    parse_iso_date(text).filter(|d| iso_date(*d) == text)
}

/// Reads a fragment, with or without its leading '#'.
pub fn decode_fragment(fragment: &str, protocol: &Protocol) -> Result<SavedState, ShareError> {
    let text = fragment.trim();
    let text = text.strip_prefix('#').unwrap_or(text);
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    let bytes = base64url_decode(text).ok_or(ShareError::NotBase64)?;
    if bytes.first() != Some(&VERSION) {
        return Err(ShareError::UnknownVersion);
    }
    if bytes.len() < MIN_LEN {
        return Err(ShareError::Truncated);
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    if crc32(body).to_be_bytes() != crc {
        return Err(ShareError::ChecksumMismatch);
    }
    if body[1..3] != fingerprint(protocol).to_be_bytes() {
        let made_with_content = body.get(3).is_some_and(|flags| flags & FLAG_CONTENT != 0);
        return Err(if made_with_content || protocol.content.is_some() {
            ShareError::OtherContent
        } else {
            ShareError::OtherProtocol
        });
    }
    read_body(
        &mut Reader {
            bytes: body,
            pos: 3,
        },
        protocol,
    )
    .map_err(|detail| ShareError::Malformed { detail })
}

fn read_body(r: &mut Reader, protocol: &Protocol) -> Result<SavedState, String> {
    let flags = r.byte()?;
    // The content flag only goes with a protocol that has a clinic's content.
    let content_flag = if protocol.content.is_some() {
        FLAG_CONTENT
    } else {
        0
    };
    if flags & !(FLAG_LANG | FLAG_SCHEDULE | FLAG_PHONE | content_flag) != 0 {
        return Err(format!("unknown flags {flags:#04x}"));
    }
    let lang = *Lang::ALL
        .get(usize::from(flags & FLAG_LANG))
        .ok_or("unknown language")?;
    let schedule = if flags & FLAG_SCHEDULE != 0 {
        let first_date = r.date()?;
        let minute = r.varint()?;
        let start_time = u32::try_from(minute)
            .ok()
            .and_then(|m| NaiveTime::from_hms_opt(m / 60, m % 60, 0))
            .filter(|_| minute < 24 * 60)
            .ok_or("start time out of range")?;
        let count = |r: &mut Reader| -> Result<u32, String> {
            u32::try_from(r.varint()?).map_err(|_| "count out of range".to_string())
        };
        Some(SavedSchedule {
            first_date,
            start_time,
            sessions: count(r)?,
            interval_days: count(r)?,
        })
    } else {
        None
    };
    let phone = if flags & FLAG_PHONE != 0 {
        Some(r.text().map_err(|e| format!("phone: {e}"))?)
    } else {
        None
    };
    let mut answers = SortedMap::new();
    while !r.at_end() {
        let key = r.varint()?;
        let (k, tag) = (key / 8, key % 8);
        let (id, options) = if k == 0 {
            (r.text()?, &[][..])
        } else {
            let q = usize::try_from(k - 1)
                .ok()
                .and_then(|i| protocol.questions.get(i))
                .ok_or_else(|| format!("no question number {k}"))?;
            (q.id.to_string(), q.kind.options())
        };
        let value = read_value(r, tag, options).map_err(|e| format!("{id}: {e}"))?;
        if answers.insert(id.clone(), value).is_some() {
            return Err(format!("{id}: answered twice"));
        }
    }
    Ok(SavedState {
        lang,
        answers: Answers(answers),
        schedule,
        phone,
    })
}

fn read_value(r: &mut Reader, tag: u64, options: &[&str]) -> Result<Value, String> {
    let option = |i: u64| -> Result<String, String> {
        usize::try_from(i)
            .ok()
            .and_then(|i| options.get(i))
            .map(|o| o.to_string())
            .ok_or_else(|| format!("no option number {i}"))
    };
    Ok(match tag {
        0 => Value::Bool(false),
        1 => Value::Bool(true),
        2 => Value::Number(unzigzag(r.varint()?) as f64),
        3 => {
            let raw: [u8; 8] = r.take(8)?.try_into().map_err(|_| "short number")?;
            Value::Number(f64::from_bits(u64::from_le_bytes(raw)))
        }
        4 => Value::Text(iso_date(r.date()?)),
        5 => Value::Text(option(r.varint()?)?),
        6 => {
            let count = r.varint()?;
            // Every item takes at least one byte, so a count beyond what is left is a lie.
            if count > r.remaining() as u64 {
                return Err("list longer than the link".into());
            }
            let mut items = Vec::with_capacity(count as usize);
            for _ in 0..count {
                items.push(match r.varint()? {
                    0 => r.text()?,
                    i => option(i - 1)?,
                });
            }
            Value::List(items)
        }
        _ => Value::Text(r.text()?),
    })
}

/// A cursor over the bytes that checks every length against what is left.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    fn at_end(&self) -> bool {
        self.remaining() == 0
    }

    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        if n > self.remaining() {
            return Err("ends too soon".into());
        }
        self.pos += n;
        Ok(&self.bytes[self.pos - n..self.pos])
    }

    /// LEB128: seven bits a byte, low bits first; at most ten bytes for 64 bits.
    fn varint(&mut self) -> Result<u64, String> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err("number too long".into())
    }

    fn text(&mut self) -> Result<String, String> {
        let len = usize::try_from(self.varint()?).map_err(|_| "text too long")?;
        let raw = self.take(len)?;
        String::from_utf8(raw.to_vec()).map_err(|_| "text is not UTF-8".into())
    }

    fn date(&mut self) -> Result<NaiveDate, String> {
        let days = unzigzag(self.varint()?);
        let moved = if days >= 0 {
            epoch().checked_add_days(Days::new(days as u64))
        } else {
            epoch().checked_sub_days(Days::new(days.unsigned_abs()))
        };
        moved.ok_or_else(|| "date out of range".into())
    }
}

/// 16 bits of a CRC-32 over every question id and option id in order (what the indexes in a
/// link refer to), and the clinic content's fingerprint where there is one.
pub fn fingerprint(protocol: &Protocol) -> u16 {
    let mut layout = Vec::new();
    for q in protocol.questions {
        layout.extend_from_slice(q.id.as_bytes());
        for o in q.kind.options() {
            layout.push(b',');
            layout.extend_from_slice(o.as_bytes());
        }
        layout.push(b';');
    }
    if let Some(content) = protocol.content {
        layout.extend_from_slice(&content.to_be_bytes());
    }
    crc32(&layout) as u16
}
