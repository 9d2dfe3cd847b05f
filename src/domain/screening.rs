//! Answers → assessment.
//!
//! `assess` reads each answer through the type the protocol declares for its question, keeps
//! only the valid answers to questions that are shown, and runs every rule on what is left.
//! Nothing here panics on odd input: unknown ids, wrong types and impossible values come back
//! as `problems`, and a question with a problem counts as unanswered, never as "no".

use super::answers::{Answers, Value};
use super::protocol::ClinicSettings;
use super::protocol::{AnswerKind, Context, Planning, Protocol, Question, Severity};
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// The overall outcome. None of them clears anyone: the best one says no reason was found to
/// postpone, and that the provider makes the final decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    NoConcerns,
    Precautions,
    ConsultProvider,
    Postpone,
    Incomplete,
    NotSuitable,
}

impl Verdict {
    /// Every verdict, from best to worst.
    pub const ALL: [Verdict; 6] = [
        Verdict::NoConcerns,
        Verdict::Precautions,
        Verdict::ConsultProvider,
        Verdict::Postpone,
        Verdict::Incomplete,
        Verdict::NotSuitable,
    ];

    /// 0 for the best verdict up to 5 for the worst. An incomplete screening ranks above
    /// postpone because an unanswered question may still hide any finding short of
    /// "not suitable".
    pub fn rank(self) -> u8 {
        match self {
            Verdict::NoConcerns => 0,
            Verdict::Precautions => 1,
            Verdict::ConsultProvider => 2,
            Verdict::Postpone => 3,
            Verdict::Incomplete => 4,
            Verdict::NotSuitable => 5,
        }
    }

    /// The verdict a finding of this severity leads to on its own.
    pub fn from_severity(severity: Severity) -> Verdict {
        match severity {
            Severity::Precaution => Verdict::Precautions,
            Severity::Consult => Verdict::ConsultProvider,
            Severity::Postpone => Verdict::Postpone,
            Severity::NotSuitable => Verdict::NotSuitable,
        }
    }

    /// The snake_case name used in JSON and in translation keys.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::NoConcerns => "no_concerns",
            Verdict::Precautions => "precautions",
            Verdict::ConsultProvider => "consult_provider",
            Verdict::Postpone => "postpone",
            Verdict::Incomplete => "incomplete",
            Verdict::NotSuitable => "not_suitable",
        }
    }

    pub fn title_key(self) -> String {
        format!("verdict.{}.title", self.id())
    }

    pub fn body_key(self) -> String {
        format!("verdict.{}.body", self.id())
    }
}

/// One rule that fired, with the keys of its words and the sources it rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// `rule.<id>`: what the finding means for the person.
    pub message_key: String,
    /// `rule.<id>.ask`: what to ask or tell the provider.
    pub ask_key: String,
    /// `rule.<id>.note` when the sources disagree on this rule.
    pub note_key: Option<String>,
    pub sources: &'static [&'static str],
    /// For a postponement with a computable end: the first day it no longer applies.
    pub until: Option<NaiveDate>,
    /// Whether sessions may be planned while it stands.
    pub planning: Planning,
}

impl Finding {
    /// `rule.<id>.come_back` for a finding that blocks planning: when to come back.
    pub fn come_back_key(&self) -> Option<String> {
        (self.planning == Planning::Blocked).then(|| format!("rule.{}.come_back", self.rule))
    }

    /// `rule.<id>.condition` for a finding a plan depends on: what must have cleared.
    pub fn condition_key(&self) -> Option<String> {
        (self.planning == Planning::IfCleared).then(|| format!("rule.{}.condition", self.rule))
    }
}

/// Why an answer was not taken.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The protocol has no question with this id.
    UnknownQuestion,
    /// The value is of another type than the question asks for.
    WrongType {
        expected: &'static str,
    },
    NotWholeNumber,
    OutOfRange {
        min: i64,
        max: i64,
    },
    /// Text that is not a "YYYY-MM-DD" calendar date.
    InvalidDate,
    /// A date after today where only past dates make sense (a last dose).
    FutureDate,
    /// An option the question does not offer.
    UnknownOption {
        option: String,
    },
}

/// A problem with the answer to one question.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerProblem {
    pub question: String,
    #[serde(flatten)]
    pub problem: Problem,
}

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let q = &self.question;
        match &self.problem {
            Problem::UnknownQuestion => write!(f, "{q}: no question has this id"),
            Problem::WrongType { expected } => write!(f, "{q}: expected {expected}"),
            Problem::NotWholeNumber => write!(f, "{q}: expected a whole number"),
            Problem::OutOfRange { min, max } => write!(f, "{q}: outside {min}..={max}"),
            Problem::InvalidDate => write!(f, "{q}: not a YYYY-MM-DD date"),
            Problem::FutureDate => write!(f, "{q}: a date in the future"),
            Problem::UnknownOption { option } => write!(f, "{q}: no option \"{option}\""),
        }
    }
}

/// The result of a screening.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The latest computable end among the postponements, i.e. the earliest day a session
    /// could be booked as far as dates go. Other postponements (a breakout, a pregnancy) have
    /// no date and may push it later; none is given when the verdict is not suitable.
    pub earliest_date: Option<NaiveDate>,
    /// Most severe first, then in protocol order.
    pub findings: Vec<Finding>,
    /// Required questions, shown given the answers, that have no valid answer.
    pub missing: Vec<String>,
    pub problems: Vec<AnswerProblem>,
    /// The day of the screening: the planner refuses sessions before it.
    pub assessed_on: NaiveDate,
}

impl Assessment {
    /// The ids of the rules that fired, in the order they are shown.
    pub fn finding_ids(&self) -> Vec<&'static str> {
        self.findings.iter().map(|f| f.rule).collect()
    }

    pub fn has_finding(&self, rule: &str) -> bool {
        self.findings.iter().any(|f| f.rule == rule)
    }

    /// Whether a calendar of sessions may be made at all: not for a person who is not a
    /// candidate, whose screening is incomplete, or who must wait for something that lasts
    /// months with no date the app can know.
    pub fn may_plan(&self) -> bool {
        !matches!(self.verdict, Verdict::NotSuitable | Verdict::Incomplete)
            && self.blocking().is_none()
    }

    /// The first finding that rules out a calendar for now (see `Planning::Blocked`).
    pub fn blocking(&self) -> Option<&Finding> {
        self.findings
            .iter()
            .find(|f| f.planning == Planning::Blocked)
    }

    /// The findings every session depends on having cleared (see `Planning::IfCleared`).
    pub fn conditions(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.planning == Planning::IfCleared)
    }
}

/// The screening with the protocol's default settings.
pub fn assess(protocol: &Protocol, answers: &Answers, today: NaiveDate) -> Assessment {
    assess_with(protocol, answers, &ClinicSettings::defaults(), today)
}

/// The screening with a clinic's settings (its waiting periods, its minimum age).
pub fn assess_with(
    protocol: &Protocol,
    answers: &Answers,
    settings: &ClinicSettings,
    today: NaiveDate,
) -> Assessment {
    let Checked {
        answers: valid,
        missing,
        problems,
    } = check_answers(protocol, answers, settings, today);
    let ctx = Context {
        protocol,
        answers: &valid,
        settings,
        today,
    };

    let mut findings: Vec<Finding> = protocol
        .rules
        .iter()
        .filter(|rule| rule.when.holds(&ctx))
        .map(|rule| Finding {
            rule: rule.id,
            severity: rule.severity,
            message_key: format!("rule.{}", rule.id),
            ask_key: format!("rule.{}.ask", rule.id),
            note_key: rule.disputed.then(|| format!("rule.{}.note", rule.id)),
            sources: rule.sources,
            until: rule
                .until
                .and_then(|(q, period)| valid.date(q).map(|d| period.after(d, protocol, settings))),
            planning: rule.planning,
        })
        .collect();
    // A stable sort keeps protocol order among findings of equal severity.
    super::sorted_map::sort_small_by_key(&mut findings, |f| std::cmp::Reverse(f.severity));

    let heaviest = findings.first().map(|f| f.severity);
    let verdict = match heaviest {
        Some(Severity::NotSuitable) => Verdict::NotSuitable,
        _ if !missing.is_empty() => Verdict::Incomplete,
        Some(severity) => Verdict::from_severity(severity),
        None => Verdict::NoConcerns,
    };
    let earliest_date = if verdict == Verdict::NotSuitable {
        None
    } else {
        findings
            .iter()
            .filter(|f| f.severity == Severity::Postpone)
            .filter_map(|f| f.until)
            .max()
            .filter(|d| *d > today)
    };

    Assessment {
        verdict,
        earliest_date,
        findings,
        missing,
        problems,
        assessed_on: today,
    }
}

/// The answers the rules may read, and what kept the others out.
struct Checked {
    answers: Answers,
    missing: Vec<String>,
    problems: Vec<AnswerProblem>,
}

/// Walks the questions in order, so a follow-up's condition is evaluated on the valid answers
/// to the earlier questions it reads (the validator makes sure it reads only earlier ones).
/// Answers to hidden follow-ups are set aside, not reported: the person may turn the
/// follow-up back on, and the answer is still there.
fn check_answers(
    protocol: &Protocol,
    answers: &Answers,
    settings: &ClinicSettings,
    today: NaiveDate,
) -> Checked {
    let mut valid = Answers::new();
    let mut missing = Vec::new();
    let mut problems = Vec::new();
    for q in protocol.questions {
        let ctx = Context {
            protocol,
            answers: &valid,
            settings,
            today,
        };
        if !protocol.is_shown(q, &ctx) {
            continue;
        }
        let answered = match answers.get(q.id) {
            None => false,
            Some(value) => match check_value(q, value, today) {
                Ok(()) => {
                    let empty = matches!(value, Value::List(items) if items.is_empty());
                    valid.set(q.id, value.clone());
                    !empty
                }
                Err(problem) => {
                    problems.push(AnswerProblem {
                        question: q.id.to_string(),
                        problem,
                    });
                    false
                }
            },
        };
        if q.required && !answered {
            missing.push(q.id.to_string());
        }
    }
    for id in answers.0.keys() {
        if protocol.question(id).is_none() {
            problems.push(AnswerProblem {
                question: id.clone(),
                problem: Problem::UnknownQuestion,
            });
        }
    }
    Checked {
        answers: valid,
        missing,
        problems,
    }
}

/// Whether `value` is an acceptable answer to `q`.
fn check_value(q: &Question, value: &Value, today: NaiveDate) -> Result<(), Problem> {
    match q.kind {
        AnswerKind::YesNo => value
            .as_bool()
            .map(|_| ())
            .ok_or(Problem::WrongType { expected: "yes_no" }),
        AnswerKind::Number { min, max } => {
            let n = value
                .as_number()
                .ok_or(Problem::WrongType { expected: "number" })?;
            if n.fract() != 0.0 {
                Err(Problem::NotWholeNumber)
            } else if n < min as f64 || n > max as f64 {
                Err(Problem::OutOfRange { min, max })
            } else {
                Ok(())
            }
        }
        AnswerKind::Date { past_only } => {
            value
                .as_text()
                .ok_or(Problem::WrongType { expected: "date" })?;
            let date = value.as_date().ok_or(Problem::InvalidDate)?;
            if past_only && date > today {
                Err(Problem::FutureDate)
            } else {
                Ok(())
            }
        }
        AnswerKind::Choice { options } => {
            let chosen = value
                .as_text()
                .ok_or(Problem::WrongType { expected: "option" })?;
            known_option(options, chosen)
        }
        AnswerKind::Multi { options } => {
            let chosen = value.as_list().ok_or(Problem::WrongType {
                expected: "list_of_options",
            })?;
            chosen.iter().try_for_each(|c| known_option(options, c))
        }
    }
}

fn known_option(options: &[&str], chosen: &str) -> Result<(), Problem> {
    if options.contains(&chosen) {
        Ok(())
    } else {
        Err(Problem::UnknownOption {
            option: chosen.to_string(),
        })
    }
}
