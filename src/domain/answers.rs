//! What a person has answered, keyed by question id.
//!
//! `Answers` is deliberately loose: it deserialises from any JSON object of id → value, so a
//! saved form or a share link with an unknown id or a wrong type still loads. The screening
//! reads each value through the protocol's declared type and reports what does not fit,
//! rather than panicking.

use super::sorted_map::SortedMap;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One answer as the person gave it. Dates travel as "YYYY-MM-DD" text and are read as dates
/// where the protocol says the question is a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<String>),
}

impl Value {
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Number(n) if n.is_finite() => Some(*n),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }

    /// A calendar date written as "YYYY-MM-DD" (what `<input type="date">` gives).
    pub fn as_date(&self) -> Option<NaiveDate> {
        self.as_text().and_then(parse_iso_date)
    }

    pub fn as_list(&self) -> Option<&[String]> {
        match self {
            Value::List(items) => Some(items),
            _ => None,
        }
    }
}

/// Reads a "YYYY-MM-DD" date strictly (four-digit year, two-digit month and day, a real day
/// of that month). Written by hand because chrono's general format parser costs about 15 KB of
/// wasm, and this is the only format the app reads.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// Question id → answer. A missing key means "not answered", never "no".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub SortedMap<String, Value>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, id: &str) -> Option<&Value> {
        self.0.get(id)
    }

    pub fn set(&mut self, id: &str, value: Value) {
        self.0.insert(id.to_string(), value);
    }

    /// Forgets an answer, so the question counts as unanswered again.
    pub fn clear(&mut self, id: &str) {
        self.0.remove(id);
    }

    /// A builder for tests and examples: `Answers::new().with("age", Value::Number(30.0))`.
    pub fn with(mut self, id: &str, value: Value) -> Self {
        self.set(id, value);
        self
    }

    pub fn bool(&self, id: &str) -> Option<bool> {
        self.get(id).and_then(Value::as_bool)
    }

    pub fn number(&self, id: &str) -> Option<f64> {
        self.get(id).and_then(Value::as_number)
    }

    pub fn date(&self, id: &str) -> Option<NaiveDate> {
        self.get(id).and_then(Value::as_date)
    }

    pub fn text(&self, id: &str) -> Option<&str> {
        self.get(id).and_then(Value::as_text)
    }

    /// The chosen options of a multi-select, or the one option of a single choice.
    pub fn choices(&self, id: &str) -> Vec<&str> {
        match self.get(id) {
            Some(Value::List(items)) => items.iter().map(String::as_str).collect(),
            Some(Value::Text(one)) => vec![one.as_str()],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_read_strictly() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let cases = [
            ("2026-11-21", d(2026, 11, 21)),
            (" 2028-02-29 ", d(2028, 2, 29)),
            ("2027-02-29", None),
            ("2026-13-01", None),
            ("2026-1-01", None),
            ("26-11-21", None),
            ("2026/11/21", None),
            ("2026-11-2x", None),
            ("", None),
            ("２０２６-11-21", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_iso_date(text), expected, "{text:?}");
        }
    }
}
