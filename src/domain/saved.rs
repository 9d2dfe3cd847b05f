//! What "remember on this device" keeps: the language, the answers and the session schedule,
//! as a small JSON document with a format name and a schema version.
//!
//! Reading never panics and never guesses: a document that is not ours, comes from a newer
//! version of the app, or is damaged comes back as a `LoadError`, so the app can tell the person
//! and offer to start fresh or download the raw text instead of overwriting it. Older versions
//! are brought up to date by a chain of small steps (`MIGRATIONS`), one per version, so a future
//! change of layout is one new function and one new test.

use super::answers::{parse_iso_date, Answers, Value};
use super::i18n::Lang;
use super::json::{self, Json};
use super::protocol::Protocol;
use crate::domain::sorted_map::SortedMap;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

/// The `format` member that marks a document as ours.
pub const FORMAT: &str = "careplanner-saved";

/// The version `encode` writes. Version 1 is the first released layout.
pub const VERSION: u32 = 1;

/// Everything needed to resume where the person was.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedState {
    pub lang: Lang,
    /// Kept exactly as given, unknown ids and odd values included: the screening reports
    /// them, and dropping them here would hide them.
    pub answers: Answers,
    pub schedule: Option<SavedSchedule>,
    /// The clinic's phone number the person typed on the plan (when the clinic file has none).
    pub phone: Option<String>,
}

/// The planned sessions. `start_time` is kept to the minute, which is what a time input gives;
/// seconds are not stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedSchedule {
    pub first_date: NaiveDate,
    pub start_time: NaiveTime,
    pub sessions: u32,
    pub interval_days: u32,
}

/// Why a saved document was not loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or JSON of the wrong shape or types; `detail` names the place.
    Corrupt { detail: String },
    /// Written by a newer version of the app than this one understands.
    NewerVersion { found: u64, supported: u32 },
    /// JSON, but not a careplanner document (another app's data under the same key).
    NotOurs,
    /// Made under a clinic's own questions and instructions other than the ones here (another
    /// clinic's, or this clinic's before it changed them), or without the ones here.
    OtherContent,
}

impl LoadError {
    /// The translation key of the message for the person.
    pub fn key(&self) -> &'static str {
        match self {
            LoadError::Corrupt { .. } => "saved.error.corrupt",
            LoadError::NewerVersion { .. } => "saved.error.newer",
            LoadError::NotOurs => "saved.error.not_ours",
            LoadError::OtherContent => "saved.error.content",
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Corrupt { detail } => write!(f, "the saved data is damaged: {detail}"),
            LoadError::NewerVersion { found, supported } => write!(
                f,
                "the saved data is version {found}; this app reads up to version {supported}"
            ),
            LoadError::NotOurs => write!(f, "the saved data is not from this app"),
            LoadError::OtherContent => write!(
                f,
                "the saved data was made with other clinic questions and instructions"
            ),
        }
    }
}

/// The document for `state` made under `protocol`: with a clinic's own content, it names the
/// content's fingerprint (`"content"`), so that it is read back only under the same content.
pub fn encode_for(state: &SavedState, protocol: &Protocol) -> String {
    let mut doc = encode_json(state);
    if let (Some(content), Json::Object(members)) = (protocol.content, &mut doc) {
        members.push(("content".into(), Json::String(format!("{content:016x}"))));
    }
    doc.to_json()
}

/// Reads a document written under `protocol`'s clinic content (or none, for none): one made
/// under other content is refused, since its answers and plan belong to other questions and
/// instructions.
pub fn decode_for(text: &str, protocol: &Protocol) -> Result<SavedState, LoadError> {
    let state = decode(text)?;
    // `decode` has read it as JSON already.
    let doc = json::parse(text).map_err(|e| corrupt(format!("not JSON: {e}")))?;
    let made_under = match doc.get("content") {
        None | Some(Json::Null) => None,
        Some(Json::String(hex)) => Some(
            u64::from_str_radix(hex, 16)
                .map_err(|_| corrupt(format!("content: not a fingerprint: \"{hex}\"")))?,
        ),
        Some(other) => {
            return Err(corrupt(format!(
                "content: expected a string, found {}",
                other.type_name()
            )))
        }
    };
    if made_under != protocol.content {
        return Err(LoadError::OtherContent);
    }
    Ok(state)
}

/// The document for `state`, in the current version, for the built-in protocol alone.
pub fn encode(state: &SavedState) -> String {
    encode_json(state).to_json()
}

fn encode_json(state: &SavedState) -> Json {
    let answers = state
        .answers
        .0
        .iter()
        .map(|(id, value)| (id.clone(), value_to_json(value)))
        .collect();
    let schedule = match &state.schedule {
        None => Json::Null,
        Some(s) => Json::Object(vec![
            ("first_date".into(), Json::String(iso_date(s.first_date))),
            ("start_time".into(), Json::String(hh_mm(s.start_time))),
            ("sessions".into(), Json::Number(f64::from(s.sessions))),
            (
                "interval_days".into(),
                Json::Number(f64::from(s.interval_days)),
            ),
        ]),
    };
    let mut members = vec![
        ("format".into(), Json::String(FORMAT.into())),
        ("version".into(), Json::Number(f64::from(VERSION))),
        ("lang".into(), Json::String(state.lang.code().into())),
        ("answers".into(), Json::Object(answers)),
        ("schedule".into(), schedule),
    ];
    if let Some(phone) = &state.phone {
        members.push(("phone".into(), Json::String(phone.clone())));
    }
    Json::Object(members)
}

/// Reads a document written by this version or an older one.
pub fn decode(text: &str) -> Result<SavedState, LoadError> {
    let doc = json::parse(text).map_err(|e| corrupt(format!("not JSON: {e}")))?;
    if doc.as_object().is_none() {
        return Err(corrupt(format!(
            "expected an object, found {}",
            doc.type_name()
        )));
    }
    if doc.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(LoadError::NotOurs);
    }
    let version = match doc.get("version") {
        None => return Err(corrupt("version: missing".into())),
        Some(v) => v
            .as_i64()
            .and_then(|n| u64::try_from(n).ok())
            .ok_or_else(|| {
                corrupt(format!(
                    "version: expected a whole number, found {}",
                    v.to_json()
                ))
            })?,
    };
    if version > u64::from(VERSION) {
        return Err(LoadError::NewerVersion {
            found: version,
            supported: VERSION,
        });
    }
    let current = migrate(doc, version as usize).map_err(corrupt)?;
    read_current(&current).map_err(corrupt)
}

/// One migration step: a document of version n in, the same content in version n + 1 out.
type Migration = fn(Json) -> Result<Json, String>;

/// `MIGRATIONS[n]` turns version n into version n + 1, so its length is always `VERSION`.
const MIGRATIONS: [Migration; VERSION as usize] = [v0_to_v1];

/// Runs the steps from `from` up to the current version, in order.
fn migrate(mut doc: Json, from: usize) -> Result<Json, String> {
    for (n, step) in MIGRATIONS.iter().enumerate().skip(from) {
        doc = step(doc).map_err(|e| format!("while upgrading from version {n}: {e}"))?;
    }
    Ok(doc)
}

/// Version 0 is the layout drafted for this module before the first release. No released app
/// ever wrote it: it is kept so that the migration chain has one real step that tests run.
/// It named the language `language`, and kept the schedule as
/// `sessions: { first, time, count, every_days }`.
fn v0_to_v1(doc: Json) -> Result<Json, String> {
    let Json::Object(members) = doc else {
        return Err("expected an object".into());
    };
    let mut out = Vec::with_capacity(members.len());
    for (key, value) in members {
        match key.as_str() {
            "version" => out.push((key, Json::Number(1.0))),
            "language" => out.push(("lang".into(), value)),
            "sessions" => {
                let schedule = match value {
                    Json::Null => Json::Null,
                    Json::Object(old) => Json::Object(
                        old.into_iter()
                            .map(|(k, v)| {
                                let new = match k.as_str() {
                                    "first" => "first_date",
                                    "time" => "start_time",
                                    "count" => "sessions",
                                    "every_days" => "interval_days",
                                    _ => k.as_str(),
                                };
                                (new.to_string(), v)
                            })
                            .collect(),
                    ),
                    other => {
                        return Err(format!(
                            "sessions: expected an object, found {}",
                            other.type_name()
                        ))
                    }
                };
                out.push(("schedule".into(), schedule));
            }
            _ => out.push((key, value)),
        }
    }
    Ok(Json::Object(out))
}

/// Reads a document in the current layout.
fn read_current(doc: &Json) -> Result<SavedState, String> {
    let lang = match doc.get("lang") {
        None => return Err("lang: missing".into()),
        Some(Json::String(code)) => {
            Lang::from_code(code).ok_or_else(|| format!("lang: unknown language \"{code}\""))?
        }
        Some(other) => {
            return Err(format!(
                "lang: expected a string, found {}",
                other.type_name()
            ))
        }
    };
    let answers = match doc.get("answers") {
        None => return Err("answers: missing".into()),
        Some(Json::Object(members)) => {
            let mut map = SortedMap::new();
            for (id, value) in members {
                map.insert(id.clone(), value_from_json(value, id)?);
            }
            Answers(map)
        }
        Some(other) => {
            return Err(format!(
                "answers: expected an object, found {}",
                other.type_name()
            ))
        }
    };
    let schedule = match doc.get("schedule") {
        None | Some(Json::Null) => None,
        Some(s @ Json::Object(_)) => Some(read_schedule(s)?),
        Some(other) => {
            return Err(format!(
                "schedule: expected an object or null, found {}",
                other.type_name()
            ))
        }
    };
    // Optional and added within version 1: an older document simply has none.
    let phone = match doc.get("phone") {
        None | Some(Json::Null) => None,
        Some(Json::String(p)) => Some(p.clone()),
        Some(other) => {
            return Err(format!(
                "phone: expected a string, found {}",
                other.type_name()
            ))
        }
    };
    Ok(SavedState {
        lang,
        answers,
        schedule,
        phone,
    })
}

fn read_schedule(s: &Json) -> Result<SavedSchedule, String> {
    let text = |key: &str| -> Result<&str, String> {
        match s.get(key) {
            Some(Json::String(t)) => Ok(t),
            Some(other) => Err(format!(
                "schedule.{key}: expected a string, found {}",
                other.type_name()
            )),
            None => Err(format!("schedule.{key}: missing")),
        }
    };
    let count = |key: &str| -> Result<u32, String> {
        let value = s
            .get(key)
            .ok_or_else(|| format!("schedule.{key}: missing"))?;
        value
            .as_i64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| {
                format!(
                    "schedule.{key}: expected a whole number, found {}",
                    value.to_json()
                )
            })
    };
    let date = text("first_date")?;
    let time = text("start_time")?;
    Ok(SavedSchedule {
        first_date: parse_iso_date(date)
            .ok_or_else(|| format!("schedule.first_date: not a YYYY-MM-DD date: \"{date}\""))?,
        start_time: parse_hh_mm(time)
            .ok_or_else(|| format!("schedule.start_time: not an HH:MM time: \"{time}\""))?,
        sessions: count("sessions")?,
        interval_days: count("interval_days")?,
    })
}

/// The member that carries a number JSON cannot hold exactly: its IEEE 754 bits, in hex.
const F64_BITS: &str = "f64_bits";

/// Whole numbers (every number the app itself asks for) are written as JSON numbers. Any other
/// number an answer may hold (a fraction, infinity, not-a-number) is kept exactly as its bits,
/// so nothing the person entered is lost, and no float formatting is needed in the wasm.
fn value_to_json(value: &Value) -> Json {
    match value {
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => Json::Number(*n),
        Value::Number(n) => Json::Object(vec![(
            F64_BITS.into(),
            Json::String(format!("{:016x}", n.to_bits())),
        )]),
        Value::Text(t) => Json::String(t.clone()),
        Value::List(items) => Json::Array(items.iter().cloned().map(Json::String).collect()),
    }
}

fn value_from_json(value: &Json, id: &str) -> Result<Value, String> {
    match value {
        Json::Null => Ok(Value::Number(f64::NAN)),
        Json::Bool(b) => Ok(Value::Bool(*b)),
        Json::Number(n) => Ok(Value::Number(*n)),
        Json::Object(_) if value.get(F64_BITS).is_some() => value
            .get(F64_BITS)
            .and_then(Json::as_str)
            .and_then(|hex| u64::from_str_radix(hex, 16).ok())
            .map(|bits| Value::Number(f64::from_bits(bits)))
            .ok_or_else(|| format!("answers.{id}: {F64_BITS} must be 16 hex digits")),
        Json::String(t) => Ok(Value::Text(t.clone())),
        Json::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| match item {
                Json::String(t) => Ok(t.clone()),
                other => Err(format!(
                    "answers.{id}[{i}]: expected a string, found {}",
                    other.type_name()
                )),
            })
            .collect::<Result<_, _>>()
            .map(Value::List),
        Json::Object(_) => Err(format!("answers.{id}: expected an answer, found an object")),
    }
}

fn corrupt(detail: String) -> LoadError {
    LoadError::Corrupt { detail }
}

/// "YYYY-MM-DD", written by hand for the same reason `parse_iso_date` is read by hand.
pub(crate) fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

fn hh_mm(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Reads "HH:MM" strictly, as a time input writes it.
fn parse_hh_mm(text: &str) -> Option<NaiveTime> {
    let b = text.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return None;
    }
    let n = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    NaiveTime::from_hms_opt(n(0), n(3), 0)
}
