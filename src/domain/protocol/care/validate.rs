//! Consistency checks for the care data.

use super::{CareStep, Category, Direction, Offset, ParamSpec, When, WARNING_SIGNS};
use crate::domain::i18n::{lookup, Lang};
use crate::domain::protocol::{Amount, AnswerKind, Condition, Protocol, Unit, ValidationError};

/// Checks the care data against the rest of the protocol: every setting, source, question,
/// option and text it names exists, ids are unique, texts use exactly the values the step
/// provides, and no window can end before it begins at any setting within its range.
pub fn validate_care(protocol: &Protocol) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for step in protocol.care {
        let mut problem = |problem: String| {
            errors.push(ValidationError {
                place: format!("care.{}", step.id),
                problem,
            });
        };
        if seen.contains(&step.id) {
            problem("duplicate care step id".into());
        }
        seen.push(step.id);
        if step.sources.is_empty() {
            problem("cites no source".into());
        }
        for source in step.sources {
            if protocol.source(source).is_none() {
                problem(format!("unknown source {source:?}"));
            }
        }
        for id in step.settings() {
            if protocol.setting(id).is_none() {
                problem(format!("unknown setting {id:?}"));
            }
        }
        if let Some(condition) = &step.only_if {
            condition_problems(protocol, condition, &mut problem);
        }
        text_problems(step, &mut problem);
        timing_problems(protocol, step, &mut problem);
    }
    for category in Category::ALL {
        missing_text(&category.key(), "care", &mut errors);
    }
    for sign in WARNING_SIGNS {
        missing_text(
            &format!("care.warning.{sign}"),
            "care.warning_signs",
            &mut errors,
        );
    }
    errors
}

fn missing_text(key: &str, place: &str, errors: &mut Vec<ValidationError>) {
    for lang in Lang::ALL {
        if lookup(lang, key).is_none() {
            errors.push(ValidationError {
                place: place.into(),
                problem: format!("no {} text for {key}", lang.code()),
            });
        }
    }
}

fn condition_problems(
    protocol: &Protocol,
    condition: &Condition,
    problem: &mut impl FnMut(String),
) {
    match *condition {
        Condition::Yes(q) | Condition::No(q) => match protocol.question(q) {
            None => problem(format!("condition reads unknown question {q:?}")),
            Some(question) if question.kind != AnswerKind::YesNo => problem(format!(
                "yes/no condition on question {q:?}, which is not yes/no"
            )),
            Some(_) => {}
        },
        Condition::Chose(q, option) => match protocol.question(q) {
            None => problem(format!("condition reads unknown question {q:?}")),
            Some(question) if !question.kind.options().contains(&option) => {
                problem(format!("question {q:?} has no option {option:?}"))
            }
            Some(_) => {}
        },
        Condition::Below(..) | Condition::Within(..) => {
            for q in condition.questions() {
                if protocol.question(q).is_none() {
                    problem(format!("condition reads unknown question {q:?}"));
                }
            }
        }
        Condition::All(all) | Condition::Any(all) => {
            for c in all {
                condition_problems(protocol, c, problem);
            }
        }
    }
}

/// The `{name}` placeholders of a template.
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name))
        .collect()
}

fn text_problems(step: &CareStep, problem: &mut impl FnMut(String)) {
    let key = step.key();
    let mut keys = vec![key.clone(), format!("{key}.title")];
    if step.resume {
        keys.extend([format!("{key}.then"), format!("{key}.then.title")]);
    }
    let declared: Vec<&str> = step.params.iter().map(|(name, _)| *name).collect();
    let mut used: Vec<&str> = Vec::new();
    for key in &keys {
        for lang in Lang::ALL {
            let Some(text) = lookup(lang, key) else {
                problem(format!("no {} text for {key}", lang.code()));
                continue;
            };
            for name in placeholders(text) {
                if key.ends_with(".then") || key.ends_with(".then.title") {
                    problem(format!(
                        "{key} uses {{{name}}}, but a resume item has no values"
                    ));
                } else if !declared.contains(&name) {
                    problem(format!(
                        "{key} ({}) uses {{{name}}}, which the step does not provide",
                        lang.code()
                    ));
                }
                used.push(name);
            }
        }
    }
    for name in declared {
        if !used.contains(&name) {
            problem(format!("value {name:?} is provided but no text uses it"));
        }
    }
    let window = matches!(step.when, When::Days { .. });
    for (name, spec) in step.params {
        if window && spec.is_per_session() {
            problem(format!(
                "window uses the per-session value {name:?}, which is wrong once windows merge"
            ));
        }
        if *spec == ParamSpec::Until && !window {
            problem(format!(
                "{name:?} is the end of a window, but the step is not a window"
            ));
        }
        if *spec == ParamSpec::Time && !matches!(step.when, When::Timed { .. }) {
            problem(format!(
                "{name:?} is a clock time, but the step is not timed"
            ));
        }
    }
    if step.resume && !window {
        problem("only a window can end with a resume item".into());
    }
}

/// The day an offset lands on, counted from the session day, with the given setting values.
fn offset_days(offset: Offset, value: &impl Fn(Amount) -> i64) -> Option<i64> {
    let n = value(offset.amount).max(0);
    let days = match offset.unit {
        Unit::Days => n,
        Unit::Hours => (n + 23) / 24,
        Unit::Minutes => (n + 1439) / 1440,
        Unit::Months | Unit::Years | Unit::Sessions => return None,
    };
    let signed = match offset.direction {
        Direction::Before => -days,
        Direction::After => days,
    };
    Some(signed - i64::from(offset.day_before))
}

fn timing_problems(protocol: &Protocol, step: &CareStep, problem: &mut impl FnMut(String)) {
    let defs: Vec<_> = step
        .settings()
        .into_iter()
        .filter_map(|id| protocol.setting(id))
        .collect();
    // The defaults, then each setting alone at either end of its range. Windows are linear in
    // each setting, so this covers every value a clinic can set for one number. Two settings
    // that bound one window (flaking from day / until day) can still be set against each
    // other; the engine then keeps the window's first day, and a clinic-file check should
    // compare them.
    let mut trials: Vec<Option<(&str, i64)>> = vec![None];
    for def in &defs {
        trials.extend([Some((def.id, def.min)), Some((def.id, def.max))]);
    }
    for trial in trials {
        let value = |amount: Amount| match amount {
            Amount::Fixed(n) => n,
            Amount::Setting(id) => match trial {
                Some((changed, v)) if changed == id => v,
                _ => protocol.setting(id).map_or(0, |d| d.default),
            },
        };
        let at = trial.map_or(String::from("the defaults"), |(id, v)| {
            format!("{id} = {v}")
        });
        match step.when {
            When::Day(offset) => {
                if offset.unit == Unit::Sessions
                    || (offset.day_before && offset.unit == Unit::Months)
                {
                    problem("a day cannot be counted in sessions or as the eve of a month".into());
                }
            }
            When::Days { from, to } => match (offset_days(from, &value), offset_days(to, &value)) {
                (Some(first), Some(last)) if first > last => {
                    problem(format!(
                        "window ends (day {last}) before it begins (day {first}) at {at}"
                    ));
                }
                (Some(_), Some(_)) => {}
                _ => problem("a window is counted in days, hours or minutes".into()),
            },
            When::Timed {
                minutes_before,
                minutes,
            } => {
                if value(minutes_before) < 0 || value(minutes) <= 0 {
                    problem(format!(
                        "a timed step needs a non-negative lead and a positive length at {at}"
                    ));
                }
            }
        }
    }
}
