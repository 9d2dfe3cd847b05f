//! Plan items and errors in words: translated templates filled with formatted values.

use super::{CarePlan, Item, Param, PlanError};
use crate::domain::i18n::{fill, format_date, format_time, t, Lang};
use crate::domain::protocol::WARNING_SIGNS;
use crate::domain::sorted_map::SortedMap;
use std::borrow::Cow;

/// The full instruction, e.g. "Pause over-the-counter ibuprofen … until Friday, 20 November 2026."
pub fn item_text(lang: Lang, item: &Item) -> String {
    filled(lang, t(lang, &item.key), &item.params)
}

/// The short summary, for a calendar title or a compact list.
pub fn item_title(lang: Lang, item: &Item) -> String {
    filled(lang, t(lang, &item.title_key()), &item.params)
}

/// `item_text` and `item_title` for many items at once: each template and each repeated
/// value (the warning signs, lengths of time) is worked out once, since a plan repeats the
/// same few dozen keys over and over. The calendar export uses it.
pub struct Texts<'a> {
    lang: Lang,
    templates: SortedMap<&'a str, (&'static str, &'static str)>,
    repeated: SortedMap<Param, String>,
}

impl<'a> Texts<'a> {
    pub fn new(lang: Lang) -> Self {
        Texts {
            lang,
            templates: SortedMap::new(),
            repeated: SortedMap::new(),
        }
    }

    /// The item's (text, title).
    pub fn get(&mut self, item: &'a Item) -> (Cow<'static, str>, Cow<'static, str>) {
        let lang = self.lang;
        let (text, title) = *self.templates.get_or_insert_with(item.key.as_str(), || {
            (t_static(lang, &item.key), t_static(lang, &item.title_key()))
        });
        if item.params.is_empty() {
            return (Cow::Borrowed(text), Cow::Borrowed(title));
        }
        let values: Vec<(&str, String)> = item
            .params
            .iter()
            .map(|(name, p)| (*name, self.value(p)))
            .collect();
        let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        (
            Cow::Owned(fill(text, &pairs)),
            Cow::Owned(fill(title, &pairs)),
        )
    }

    fn value(&mut self, param: &Param) -> String {
        match param {
            Param::WarningSigns | Param::Minutes(_) => {
                let lang = self.lang;
                self.repeated
                    .get_or_insert_with(*param, || param_text(lang, param))
                    .clone()
            }
            _ => param_text(self.lang, param),
        }
    }
}

/// Like `t`, for a key that is not 'static: a missing key reads as empty rather than as
/// itself (the catalogue tests make sure none is missing).
fn t_static(lang: Lang, key: &str) -> &'static str {
    crate::domain::i18n::lookup(lang, key).unwrap_or("")
}

/// How an item that began on an earlier day reads on the days after: its title and the
/// day it ends.
pub fn continued_text(lang: Lang, item: &Item) -> String {
    let title = item_title(lang, item);
    let until = format_date(lang, item.last_date());
    fill(
        t(lang, "plan.continues"),
        &[("title", &title), ("until", &until)],
    )
}

/// The error in words, e.g. "The first session cannot be before …".
pub fn error_text(lang: Lang, error: &PlanError) -> String {
    filled(lang, t(lang, &error.key()), &error.params())
}

/// What each session depends on, one sentence per condition: "Each session goes ahead only if
/// the acne breakout in the area has cleared by then…". Empty for a plan without conditions.
pub fn condition_texts(lang: Lang, plan: &CarePlan) -> Vec<String> {
    plan.conditions
        .iter()
        .map(|rule| {
            let key = format!("rule.{rule}.condition");
            fill(t(lang, "plan.condition"), &[("what", t(lang, &key))])
        })
        .collect()
}

/// The warning signs, one phrase each, for a list in the UI.
pub fn warning_signs(lang: Lang) -> Vec<&'static str> {
    WARNING_SIGNS
        .iter()
        .map(|id| {
            let key = format!("care.warning.{id}");
            crate::domain::i18n::lookup(lang, &key).unwrap_or("")
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// One value as the language writes it.
pub fn param_text(lang: Lang, param: &Param) -> String {
    match *param {
        Param::Number(n) => n.to_string(),
        Param::Minutes(m) => format_duration(lang, m),
        Param::Date(d) => format_date(lang, d),
        Param::Time(time) => format_time(lang, time),
        Param::WarningSigns => warning_signs(lang).join("; "),
    }
}

/// "3 hours", "45 minutes", "2 hours 30 minutes" (Spanish: "3 horas", "2 horas y 30 minutos").
pub fn format_duration(lang: Lang, minutes: i64) -> String {
    let (h, m) = (minutes.max(0) / 60, minutes.max(0) % 60);
    let unit = |n: i64, one: &str, many: &str| {
        let key = if n == 1 { one } else { many };
        fill(t(lang, key), &[("n", &n.to_string())])
    };
    let hours = unit(h, "plan.duration.hour", "plan.duration.hours");
    let mins = unit(m, "plan.duration.minute", "plan.duration.minutes");
    match (h, m) {
        (0, _) => mins,
        (_, 0) => hours,
        _ => fill(
            t(lang, "plan.duration.and"),
            &[("hours", &hours), ("minutes", &mins)],
        ),
    }
}

fn filled(lang: Lang, template: &str, params: &[(&'static str, Param)]) -> String {
    if params.is_empty() {
        return template.to_string();
    }
    let values: Vec<(&str, String)> = params
        .iter()
        .map(|(name, p)| (*name, param_text(lang, p)))
        .collect();
    let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    fill(template, &pairs)
}
