//! The clinic's own content in the configurator's draft: each question and care step a list of
//! fields named by the path the content reader reports problems at (`questions[1].text.en`,
//! `care_steps[0].phase`), and each switch `switches.<step>`. The draft writes them into
//! `clinic.json` as typed, so the reader, not the form, decides what is wrong.

use super::super::content::{ALWAYS_ON, QUESTION_FIELDS};
use super::{number, raw, text, Draft};
use crate::domain::i18n::Lang;
use crate::domain::json::Json;
use crate::domain::protocol::Protocol;

/// The two lists of items a clinic writes, in the file's order.
pub const LISTS: [&str; 2] = ["questions", "care_steps"];

/// A question's fields in the form, the reader's own; a text member stands for one box per
/// language.
pub const QUESTION_FORM: [&str; 9] = QUESTION_FIELDS;
/// A care step's fields in the form (`only_if` is its question and its answer).
pub const STEP_FORM: [&str; 13] = [
    "id",
    "title",
    "text",
    "day",
    "from",
    "to",
    "sessions",
    "phase",
    "category",
    "reminder",
    "only_if.question",
    "only_if.answer",
    "source",
];
/// The members that hold a text in each language.
pub const TEXTS: [&str; 6] = [
    "text",
    "help",
    "date_question",
    "finding",
    "source",
    "title",
];
const NUMBERS: [&str; 4] = ["postpone_days", "day", "from", "to"];

/// A list's fields in the form.
pub fn item_form(list: &str) -> &'static [&'static str] {
    if list == "questions" {
        &QUESTION_FORM
    } else {
        &STEP_FORM
    }
}

/// The built-in care steps a clinic may switch off, in the protocol's order.
pub fn switchable(protocol: &Protocol) -> Vec<&'static str> {
    protocol
        .care
        .iter()
        .map(|s| s.id)
        .filter(|id| !ALWAYS_ON.contains(id))
        .collect()
}

/// The form field of a content problem: a box (`questions[1].text.en`), a group with its boxes
/// (`questions[1].text`, `care_steps[0].only_if`), an item as a whole (`care_steps[0]`, its
/// timing) or a switch; `None` for what the form has no place for (an unknown member, a
/// language the app does not speak, the list itself).
pub fn content_form_field<'a>(field: &'a str, protocol: &Protocol) -> Option<&'a str> {
    if let Some(step) = field.strip_prefix("switches.") {
        return switchable(protocol).contains(&step).then_some(field);
    }
    let list = LISTS.iter().find(|l| {
        field
            .strip_prefix(**l)
            .is_some_and(|rest| rest.starts_with('['))
    })?;
    let rest = &field[list.len() + 1..];
    let (index, rest) = rest.split_once(']')?;
    index.parse::<usize>().ok()?;
    let Some(member) = rest.strip_prefix('.') else {
        return rest.is_empty().then_some(field);
    };
    let form = item_form(list);
    let known = form.contains(&member)
        || member == "only_if"
        || member.split_once('.').is_some_and(|(text, code)| {
            TEXTS.contains(&text)
                && form.contains(&text)
                && Lang::ALL.iter().any(|l| l.code() == code)
        });
    known.then_some(field)
}

impl Draft {
    /// How many items `list` has.
    pub fn count(&self, list: &str) -> usize {
        self.counts[usize::from(list != "questions")]
    }

    /// A new, empty item at the end of `list`.
    pub fn add(&mut self, list: &str) {
        self.counts[usize::from(list != "questions")] += 1;
    }

    /// Removes item `at` of `list`; the items after it move up one place.
    pub fn remove(&mut self, list: &str, at: usize) {
        let slot = usize::from(list != "questions");
        if at >= self.counts[slot] {
            return;
        }
        self.counts[slot] -= 1;
        let values = std::mem::take(&mut self.values);
        for (key, value) in values {
            match item_of(&key, list) {
                Some((i, _)) if i == at => {}
                Some((i, member)) if i > at => {
                    self.values.push((item_key(list, i - 1, member), value))
                }
                _ => self.values.push((key, value)),
            }
        }
    }

    /// Fills the draft's content from a file's `questions`, `care_steps` and `switches`, values as
    /// written; a text given as one string is the file's default language's.
    pub(super) fn fill_content(&mut self, key: &str, value: &Json, default: Lang) {
        match (key, value) {
            ("switches", Json::Object(members)) => {
                for (id, on) in members {
                    self.set(&format!("switches.{id}"), &raw(on));
                }
            }
            (list, Json::Array(items)) if LISTS.contains(&list) => {
                for (i, item) in items.iter().enumerate() {
                    self.add(list);
                    let Json::Object(members) = item else {
                        continue;
                    };
                    for (member, value) in members {
                        let field = item_key(list, i, member);
                        match (member.as_str(), value) {
                            (text, Json::Object(texts)) if TEXTS.contains(&text) => {
                                for (code, t) in texts {
                                    self.set(&format!("{field}.{code}"), &raw(t));
                                }
                            }
                            (text, Json::String(t)) if TEXTS.contains(&text) => {
                                self.set(&format!("{field}.{}", default.code()), t);
                            }
                            ("only_if", Json::Object(parts)) => {
                                for (part, v) in parts {
                                    self.set(&format!("{field}.{part}"), &raw(v));
                                }
                            }
                            ("reminder", Json::Bool(false)) => {}
                            (_, value) => self.set(&field, &raw(value)),
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// `list` as the file's array: each item's filled fields, an empty item as `{}` (so that
    /// each item keeps its place and its problems their field); `None` for no items.
    pub(super) fn list_json(&self, list: &str) -> Option<Json> {
        let items: Vec<Json> = (0..self.count(list))
            .map(|i| {
                let at = |member: &str| {
                    Some(self.get(&item_key(list, i, member)).trim()).filter(|v| !v.is_empty())
                };
                let mut members: Vec<(String, Json)> = Vec::new();
                for member in item_form(list) {
                    let value = if let Some(part) = member.strip_prefix("only_if.") {
                        if part != "question" {
                            continue;
                        }
                        let parts: Vec<(String, Json)> = ["question", "answer"]
                            .iter()
                            .filter_map(|p| {
                                at(&format!("only_if.{p}")).map(|v| (p.to_string(), text(v)))
                            })
                            .collect();
                        (!parts.is_empty()).then_some(("only_if", Json::Object(parts)))
                    } else if TEXTS.contains(member) {
                        let texts: Vec<(String, Json)> = Lang::ALL
                            .iter()
                            .filter_map(|l| {
                                at(&format!("{member}.{}", l.code()))
                                    .map(|v| (l.code().to_string(), text(v)))
                            })
                            .collect();
                        (!texts.is_empty()).then_some((*member, Json::Object(texts)))
                    } else if NUMBERS.contains(member) {
                        at(member).map(|v| (*member, number(v)))
                    } else if *member == "reminder" {
                        at(member).map(|v| (*member, boolean(v)))
                    } else {
                        at(member).map(|v| (*member, text(v)))
                    };
                    if let Some((key, value)) = value {
                        members.push((key.to_string(), value));
                    }
                }
                Json::Object(members)
            })
            .collect();
        (!items.is_empty()).then_some(Json::Array(items))
    }

    /// `switches`: the built-in steps the clinic does not use, as `false` (and any other value
    /// a file gave, as written, for the reader to report); `None` when every step is used.
    pub(super) fn switches_json(&self, protocol: &Protocol) -> Option<Json> {
        let members: Vec<(String, Json)> = switchable(protocol)
            .into_iter()
            .filter_map(|id| {
                let value = self.get(&format!("switches.{id}")).trim();
                (!value.is_empty() && value != "true").then(|| (id.to_string(), boolean(value)))
            })
            .collect();
        (!members.is_empty()).then_some(Json::Object(members))
    }
}

/// The draft key of a member of item `i`: `questions[2].text.en`.
pub fn item_key(list: &str, i: usize, member: &str) -> String {
    format!("{list}[{i}].{member}")
}

/// `(index, member)` of a key of `list`'s items.
fn item_of<'k>(key: &'k str, list: &str) -> Option<(usize, &'k str)> {
    let rest = key.strip_prefix(list)?.strip_prefix('[')?;
    let (index, member) = rest.split_once("].")?;
    Some((index.parse().ok()?, member))
}

fn boolean(value: &str) -> Json {
    match value {
        "true" => Json::Bool(true),
        "false" => Json::Bool(false),
        other => number(other),
    }
}
