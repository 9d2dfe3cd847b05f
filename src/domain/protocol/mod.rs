//! The built-in microneedling protocol, described as data.
//!
//! Why Rust data rather than a JSON or TOML file read at start-up: the description is checked
//! by the compiler (a misspelt field or a wrong type does not build), it costs no parser bytes
//! in the shipped wasm and no start-up time, and it cannot fail to load on a patient's phone.
//! It stays declarative all the same: `sources.rs`, `questions.rs`, `rules.rs` and `care.rs`
//! hold nothing but literals, as does `settings.rs` beside `ClinicSettings` (a clinic's values
//! for those settings, one concept with their declaration); the rest of the code interprets
//! them, and `Protocol::validate` checks their consistency at test time. Adding a question or
//! changing a day count is an edit to those files only.
//!
//! Every piece of text the person reads is a translation key derived from an id
//! (`q.<question>`, `opt.<question>.<option>`, `rule.<rule>` …); the catalogues live in
//! `domain::i18n` and the validator checks that each key exists in every language.

mod care;
mod info;
mod questions;
mod rules;
mod settings;
mod sources;
mod validate;

pub use care::*;
pub use settings::{ClinicSettings, SettingError};
pub use validate::ValidationError;

use super::answers::{Answers, Value};
use super::i18n::{Lang, OwnWords};
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

/// The whole description: what to ask, what the answers mean, what to do when. A clinic's
/// file may add its own questions and care steps and switch built-in care steps off
/// (`clinic::content`); the result is a `Protocol` like the built-in one, checked by the same
/// validator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Protocol {
    pub sources: &'static [Source],
    pub settings: &'static [SettingDef],
    pub steps: &'static [Step],
    pub questions: &'static [Question],
    pub rules: &'static [Rule],
    pub care: &'static [CareStep],
    /// "Good to know" cards, shown with the result and the plan.
    pub info: &'static [InfoCard],
    /// The clinic's own words for the content it added, under the keys its ids derive.
    pub words: &'static [OwnWords],
    /// A fingerprint of the clinic content merged in; `None` for the built-in protocol alone.
    /// Saved journeys and share links carry it, so one made under other content is refused.
    pub content: Option<u64>,
}

impl Default for Protocol {
    fn default() -> Protocol {
        Protocol::builtin()
    }
}

impl Protocol {
    /// No protocol at all: what a clinic's configuration holds until its settings and content
    /// are read with the built-in one (`ClinicConfig::read_protocol`, in the release app's
    /// module of the questions). Nothing asks it a question.
    pub const NOT_READ: Protocol = Protocol {
        sources: &[],
        settings: &[],
        steps: &[],
        questions: &[],
        rules: &[],
        care: &[],
        info: &[],
        words: &[],
        content: None,
    };

    /// The protocol that ships with the app, drawn from the sources in `docs/sources.md`.
    pub fn builtin() -> Protocol {
        Protocol {
            sources: sources::SOURCES,
            settings: settings::SETTINGS,
            steps: questions::STEPS,
            questions: questions::QUESTIONS,
            rules: rules::RULES,
            care: care::CARE,
            info: info::INFO,
            words: &[],
            content: None,
        }
    }

    /// Makes this protocol's own words (a clinic's) the ones the translation layer falls back
    /// on. The app does it once it has read the clinic file, before anything is drawn.
    pub fn install_words(&self) {
        crate::domain::i18n::use_own_words(self.words);
    }

    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn setting(&self, id: &str) -> Option<&'static SettingDef> {
        self.settings.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn rule(&self, id: &str) -> Option<&'static Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The questions of one step, in the order they are asked.
    pub fn questions_in<'a>(
        &'a self,
        step: &'a str,
    ) -> impl Iterator<Item = &'static Question> + 'a {
        let questions: &'static [Question] = self.questions;
        questions.iter().filter(move |q| q.step == step)
    }

    /// Whether a question is asked at all, given the answers so far (follow-ups appear only
    /// when their condition holds).
    pub fn is_shown(&self, q: &Question, ctx: &Context) -> bool {
        q.show_if.as_ref().is_none_or(|c| c.holds(ctx))
    }
}

/// Where a fact comes from. `id` is what rules and care steps cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Short stable id, e.g. "what_to_expect" or "fda_devices".
    pub id: &'static str,
    /// The full citation, in the language of the source (not translated).
    pub citation: &'static str,
    /// A public web address where there is one; the five articles have none.
    pub url: Option<&'static str>,
}

impl Source {
    /// The citation as the person reads it: a source with words of its own under
    /// `source.<id>` (a clinic's instructions) is said in the person's language.
    pub fn cite(&self, lang: Lang) -> &'static str {
        crate::domain::i18n::lookup(lang, &format!("source.{}", self.id)).unwrap_or(self.citation)
    }
}

/// A piece of background the person may want before a first session ("Good to know").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct InfoCard {
    pub id: &'static str,
    pub sources: &'static [&'static str],
}

impl InfoCard {
    pub fn title_key(&self) -> String {
        format!("info.{}.title", self.id)
    }

    pub fn text_key(&self) -> String {
        format!("info.{}", self.id)
    }
}

impl Rule {
    /// Every setting id the rule reads: in its condition and in its end date.
    pub fn settings(&self) -> Vec<&'static str> {
        let mut ids = self.when.settings();
        if let Some((
            _,
            Period {
                amount: Amount::Setting(id),
                ..
            },
        )) = self.until
        {
            ids.push(id);
        }
        ids.dedup();
        ids
    }
}

impl Protocol {
    /// The care step with this id.
    pub fn care_step(&self, id: &str) -> Option<&'static CareStep> {
        let care: &'static [CareStep] = self.care;
        care.iter().find(|s| s.id == id)
    }

    /// The settings of a care step on which the sources disagree: each has a note that says
    /// why the number is what it is ("why this number").
    pub fn disputed_settings_of(&self, step: &CareStep) -> Vec<&'static SettingDef> {
        step.settings()
            .into_iter()
            .filter_map(|id| self.setting(id))
            .filter(|def| def.disputed)
            .collect()
    }
}

/// What a clinic may change, with the brief's default and the range the app accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SettingDef {
    pub id: &'static str,
    pub default: i64,
    pub min: i64,
    pub max: i64,
    pub unit: Unit,
    pub sources: &'static [&'static str],
    /// Set when the sources disagree on the number: the i18n key `setting.<id>.note` then
    /// explains the disagreement and why the default is the cautious one.
    pub disputed: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Minutes,
    Hours,
    Days,
    Months,
    Years,
    Sessions,
}

impl Unit {
    /// The unit's name in English, as it reads after a number ("5 days"): for messages to a
    /// clinic's web person and for the docs. The person's own words come from `domain::wording`.
    pub fn name(self) -> &'static str {
        match self {
            Unit::Minutes => "minutes",
            Unit::Hours => "hours",
            Unit::Days => "days",
            Unit::Months => "months",
            Unit::Years => "years",
            Unit::Sessions => "sessions",
        }
    }
}

/// A screen of related questions ("About you", "Health" …). Label key: `step.<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub id: &'static str,
}

/// One question. Label key `q.<id>`; help text key `q.<id>.help` when `help` is true.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Question {
    pub id: &'static str,
    pub step: &'static str,
    pub kind: AnswerKind,
    /// Required questions must be answered before the screening is complete.
    pub required: bool,
    /// A follow-up: asked only when this holds.
    pub show_if: Option<Condition>,
    pub help: bool,
}

impl Question {
    /// What a person with nothing to report answers: no, none (or the first option), one goal,
    /// an adult age. Dates have no such answer. Tests, benchmarks and examples start from it.
    pub fn nothing_to_report(&self) -> Option<crate::domain::answers::Value> {
        use crate::domain::answers::Value;
        Some(match self.kind {
            AnswerKind::YesNo => Value::Bool(false),
            AnswerKind::Number { min, max } => Value::Number(35.clamp(min, max) as f64),
            AnswerKind::Date { .. } => return None,
            AnswerKind::Choice { options } => {
                let option = if options.contains(&"none") {
                    "none"
                } else {
                    options.first()?
                };
                Value::Text(option.to_string())
            }
            AnswerKind::Multi { options } => Value::List(vec![options.first()?.to_string()]),
        })
    }
}

impl Protocol {
    /// A complete screening with nothing to report: every question asked without a follow-up,
    /// answered as `Question::nothing_to_report` says.
    pub fn nothing_to_report(&self) -> Answers {
        let mut answers = Answers::new();
        for q in self.questions.iter().filter(|q| q.show_if.is_none()) {
            if let Some(value) = q.nothing_to_report() {
                answers.set(q.id, value);
            }
        }
        answers
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AnswerKind {
    YesNo,
    /// A whole number within the bounds (e.g. age in years).
    Number {
        min: i64,
        max: i64,
    },
    /// A calendar date. `past_only` refuses dates after today (a last dose cannot be tomorrow).
    Date {
        past_only: bool,
    },
    /// Exactly one of the options; option label keys are `opt.<question>.<option>`.
    Choice {
        options: &'static [&'static str],
    },
    /// Any number of the options (possibly none, if the question is optional).
    Multi {
        options: &'static [&'static str],
    },
}

impl AnswerKind {
    /// The answer to a question of this kind as its form controls give it: the text typed, or
    /// the values of the boxes ticked. `None` when nothing is given. A number field's text that
    /// is not a whole number is kept as text, so that the person's input is not lost and the
    /// screening reports it as "not a number".
    pub fn read_form(self, given: &[String]) -> Option<Value> {
        let first = given.first().map(|s| s.trim()).filter(|s| !s.is_empty());
        match self {
            AnswerKind::Number { .. } => first.map(|text| {
                text.parse::<i64>().map_or_else(
                    |_| Value::Text(given[0].clone()),
                    |n| Value::Number(n as f64),
                )
            }),
            AnswerKind::Date { .. } | AnswerKind::Choice { .. } => {
                first.map(|text| Value::Text(text.to_string()))
            }
            AnswerKind::YesNo => first.and_then(|text| text.parse().ok()).map(Value::Bool),
            AnswerKind::Multi { .. } => (!given.is_empty()).then(|| Value::List(given.to_vec())),
        }
    }
}

impl AnswerKind {
    pub fn options(&self) -> &'static [&'static str] {
        match self {
            AnswerKind::Choice { options } | AnswerKind::Multi { options } => options,
            _ => &[],
        }
    }
}

/// A number that is either written into the protocol or taken from the clinic settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    Fixed(i64),
    Setting(&'static str),
}

impl Amount {
    pub fn resolve(&self, protocol: &Protocol, settings: &ClinicSettings) -> i64 {
        match self {
            Amount::Fixed(n) => *n,
            Amount::Setting(id) => settings.get(protocol, id),
        }
    }
}

/// A length of time measured from a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub amount: Amount,
    pub unit: Unit,
}

impl Period {
    /// `date` moved forward by the period. Months are calendar months, and a wait never ends
    /// sooner than the same day that many months later: where the month is too short, it ends
    /// on the 1st of the next (31 August + 6 months = 1 March); minutes and hours round up to
    /// whole days.
    pub fn after(
        &self,
        date: NaiveDate,
        protocol: &Protocol,
        settings: &ClinicSettings,
    ) -> NaiveDate {
        let n = self.amount.resolve(protocol, settings).max(0);
        let moved = match self.unit {
            Unit::Months => add_months(date, n),
            Unit::Years => n
                .checked_mul(12)
                .and_then(|months| add_months(date, months)),
            Unit::Days | Unit::Sessions => date.checked_add_days(chrono::Days::new(n as u64)),
            Unit::Hours => date.checked_add_days(chrono::Days::new(((n + 23) / 24) as u64)),
            Unit::Minutes => date.checked_add_days(chrono::Days::new(((n + 1439) / 1440) as u64)),
        };
        moved.unwrap_or(NaiveDate::MAX)
    }
}

/// `date` plus `months` calendar months, never sooner than the same day of the month: a day the
/// later month does not have moves on to the 1st of the month after (30 November + 3 months =
/// 1 March, 29 February + 12 months = 1 March).
pub fn add_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let moved = date.checked_add_months(Months::new(u32::try_from(months).ok()?))?;
    if moved.day() < date.day() {
        moved.with_day(1)?.checked_add_months(Months::new(1))
    } else {
        Some(moved)
    }
}

/// When a follow-up is asked, a rule fires or a care step applies. Conditions on questions that
/// are unanswered are false: the screening reports those questions as missing instead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Condition {
    /// A yes/no question answered yes.
    Yes(&'static str),
    /// A yes/no question answered no.
    No(&'static str),
    /// A choice or multi-select question with this option chosen.
    Chose(&'static str, &'static str),
    /// A number answer strictly below the amount.
    Below(&'static str, Amount),
    /// A date answer that is less than the period before today (e.g. a last dose within
    /// 6 months). A date in the future also counts as within.
    Within(&'static str, Period),
    All(&'static [Condition]),
    Any(&'static [Condition]),
}

/// What a condition is evaluated against.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub protocol: &'a Protocol,
    pub answers: &'a Answers,
    pub settings: &'a ClinicSettings,
    pub today: NaiveDate,
}

impl Condition {
    pub fn holds(&self, ctx: &Context) -> bool {
        let a = ctx.answers;
        match *self {
            Condition::Yes(q) => a.bool(q) == Some(true),
            Condition::No(q) => a.bool(q) == Some(false),
            Condition::Chose(q, option) => a.choices(q).contains(&option),
            Condition::Below(q, amount) => a
                .number(q)
                .is_some_and(|n| n < amount.resolve(ctx.protocol, ctx.settings) as f64),
            Condition::Within(q, period) => a
                .date(q)
                .is_some_and(|d| period.after(d, ctx.protocol, ctx.settings) > ctx.today),
            Condition::All(all) => all.iter().all(|c| c.holds(ctx)),
            Condition::Any(any) => any.iter().any(|c| c.holds(ctx)),
        }
    }

    /// Every setting id this condition reads (a minimum age, a waiting period).
    pub fn settings(&self) -> Vec<&'static str> {
        match *self {
            Condition::Yes(_) | Condition::No(_) | Condition::Chose(..) => Vec::new(),
            Condition::Below(_, amount) | Condition::Within(_, Period { amount, .. }) => {
                match amount {
                    Amount::Setting(id) => vec![id],
                    Amount::Fixed(_) => Vec::new(),
                }
            }
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().flat_map(|c| c.settings()).collect()
            }
        }
    }

    /// Every question id this condition reads, for the validator and the docs.
    pub fn questions(&self) -> Vec<&'static str> {
        match *self {
            Condition::Yes(q)
            | Condition::No(q)
            | Condition::Chose(q, _)
            | Condition::Below(q, _)
            | Condition::Within(q, _) => vec![q],
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().flat_map(|c| c.questions()).collect()
            }
        }
    }
}

/// How much a finding weighs, from least to most. The verdict is the heaviest finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Can go ahead with a prep step (pause a product, ask about antiviral cover).
    Precaution,
    /// Talk to the provider before booking.
    Consult,
    /// Not now: wait until a date or until something heals.
    Postpone,
    /// Not a candidate for this treatment.
    NotSuitable,
}

/// A screening rule. Message key `rule.<id>`; when `disputed`, `rule.<id>.note` records how
/// the sources disagree.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    pub id: &'static str,
    pub when: Condition,
    pub severity: Severity,
    /// For a postponement with a computable end: that date answer plus this period.
    pub until: Option<(&'static str, Period)>,
    /// What the finding means for a calendar of sessions.
    pub planning: Planning,
    pub sources: &'static [&'static str],
    pub disputed: bool,
}

/// Whether sessions may be planned while a finding stands. A postponement is not a booking:
/// where its end cannot be known, the planner either offers no calendar or makes every session
/// depend on the reason having passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Planning {
    /// Sessions may be planned (from the finding's end date, if it has one).
    Allowed,
    /// Short-lived (a breakout, a cold sore, a wound): sessions may be planned, and every output
    /// of the plan says a session goes ahead only if it has cleared (`rule.<id>.condition`).
    IfCleared,
    /// It lasts months and its end is a date the app cannot know (a pregnancy, a course of
    /// isotretinoin still running): no calendar; `rule.<id>.come_back` says when to come back.
    Blocked,
}
