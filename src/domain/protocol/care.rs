//! Care steps: what to do when, around each session.
//!
//! Each step is one instruction from `shared/content-brief.md`, placed relative to a session
//! day and citing its sources. Every number comes from a clinic setting, so a clinic changes a
//! timing by changing a setting, never code. Texts are the i18n keys `care.<id>` (full
//! instruction) and `care.<id>.title` (a short summary for calendar titles); a step with
//! `resume` also has `care.<id>.then` and `care.<id>.then.title` for the day it ends.
//! `plan::build` interprets these literals; `validate_care` checks them.

use super::{Amount, AnswerKind, Condition, Protocol, Unit, ValidationError};
use crate::domain::i18n::{lookup, Lang};
use serde::Serialize;

/// What kind of instruction an item is; the UI groups and marks items by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Consult,
    Medicine,
    Product,
    Sun,
    SkinCare,
    Arrival,
    Numbing,
    Treatment,
    WhatToExpect,
    WarningSigns,
    NextSession,
}

impl Category {
    pub const ALL: [Category; 11] = [
        Category::Consult,
        Category::Medicine,
        Category::Product,
        Category::Sun,
        Category::SkinCare,
        Category::Arrival,
        Category::Numbing,
        Category::Treatment,
        Category::WhatToExpect,
        Category::WarningSigns,
        Category::NextSession,
    ];

    /// The snake_case id, as in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Category::Consult => "consult",
            Category::Medicine => "medicine",
            Category::Product => "product",
            Category::Sun => "sun",
            Category::SkinCare => "skin_care",
            Category::Arrival => "arrival",
            Category::Numbing => "numbing",
            Category::Treatment => "treatment",
            Category::WhatToExpect => "what_to_expect",
            Category::WarningSigns => "warning_signs",
            Category::NextSession => "next_session",
        }
    }

    /// The i18n key of the category's label, `care.category.<id>`.
    pub fn key(self) -> String {
        format!("care.category.{}", self.id())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Before,
    After,
}

/// A day counted from a session day. Hours and minutes round up to the day in which they
/// run out (24 hours after a morning session end on the next day); months are calendar
/// months. `day_before` moves the result one day earlier, for "until the day before day N".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offset {
    pub direction: Direction,
    pub amount: Amount,
    pub unit: Unit,
    pub day_before: bool,
}

impl Offset {
    pub const SESSION_DAY: Offset = Offset::after(Amount::Fixed(0), Unit::Days);

    pub const fn before(amount: Amount, unit: Unit) -> Offset {
        Offset {
            direction: Direction::Before,
            amount,
            unit,
            day_before: false,
        }
    }

    pub const fn after(amount: Amount, unit: Unit) -> Offset {
        Offset {
            direction: Direction::After,
            amount,
            unit,
            day_before: false,
        }
    }

    /// The day before this one.
    pub const fn eve(self) -> Offset {
        Offset {
            day_before: true,
            ..self
        }
    }
}

/// When a step happens, relative to its session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// One day.
    Day(Offset),
    /// Every day from `from` to `to`, both included.
    Days { from: Offset, to: Offset },
    /// A clock time on the session day: the start time less `minutes_before`, lasting
    /// `minutes`.
    Timed {
        minutes_before: Amount,
        minutes: Amount,
    },
}

/// Which sessions of a series a step belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    EverySession,
    FirstSession,
    LastSession,
    AllButLast,
}

/// A value the engine fills into a step's text under a `{name}` placeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamSpec {
    /// The number in force for a setting.
    Setting(&'static str),
    /// A number of minutes, written as a length of time ("3 hours").
    Duration(Amount),
    /// The item's own clock time.
    Time,
    /// The last day of a window (after merging across sessions).
    Until,
    SessionDate,
    SessionNumber,
    SessionCount,
    NextSessionDate,
    NextSessionTime,
    NextSessionNumber,
    /// The list of warning signs, in the person's language.
    WarningSigns,
}

impl ParamSpec {
    /// Whether the value belongs to one session. Windows merge across sessions, so their
    /// texts may only use values that stay true for the merged window.
    pub fn is_per_session(self) -> bool {
        matches!(
            self,
            ParamSpec::SessionDate
                | ParamSpec::SessionNumber
                | ParamSpec::NextSessionDate
                | ParamSpec::NextSessionTime
                | ParamSpec::NextSessionNumber
        )
    }
}

/// One care instruction of the plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CareStep {
    pub id: &'static str,
    pub category: Category,
    pub when: When,
    pub applies: Applies,
    /// The step applies only to people for whom this holds (e.g. retinoid users).
    pub only_if: Option<Condition>,
    /// The step is left out when this setting is 0 (a clinic that does not ask for it).
    pub omit_if_zero: Option<&'static str>,
    /// Steps of one group hand over to each other: a window of one session ends the day
    /// before the next session's window of the same group begins. Without a group, a step
    /// is its own group.
    pub group: Option<&'static str>,
    pub params: &'static [(&'static str, ParamSpec)],
    /// The day after the window ends gets a "you may resume" item (`care.<id>.then`), unless
    /// another step of the group takes over then.
    pub resume: bool,
    /// The calendar reminds the person (a session, the start of a pause).
    pub alarm: bool,
    pub sources: &'static [&'static str],
}

impl CareStep {
    const fn new(
        id: &'static str,
        category: Category,
        when: When,
        sources: &'static [&'static str],
    ) -> CareStep {
        CareStep {
            id,
            category,
            when,
            applies: Applies::EverySession,
            only_if: None,
            omit_if_zero: None,
            group: None,
            params: &[],
            resume: false,
            alarm: false,
            sources,
        }
    }

    const fn only_if(self, condition: Condition) -> CareStep {
        CareStep {
            only_if: Some(condition),
            ..self
        }
    }

    const fn applies(self, applies: Applies) -> CareStep {
        CareStep { applies, ..self }
    }

    const fn group(self, group: &'static str) -> CareStep {
        CareStep {
            group: Some(group),
            ..self
        }
    }

    const fn params(self, params: &'static [(&'static str, ParamSpec)]) -> CareStep {
        CareStep { params, ..self }
    }

    const fn omit_if_zero(self, setting: &'static str) -> CareStep {
        CareStep {
            omit_if_zero: Some(setting),
            ..self
        }
    }

    const fn resume(self) -> CareStep {
        CareStep {
            resume: true,
            ..self
        }
    }

    const fn alarm(self) -> CareStep {
        CareStep {
            alarm: true,
            ..self
        }
    }

    /// The i18n key of the full instruction.
    pub fn key(&self) -> String {
        format!("care.{}", self.id)
    }
}

const fn s(id: &'static str) -> Amount {
    Amount::Setting(id)
}

const fn days_before(id: &'static str) -> Offset {
    Offset::before(s(id), Unit::Days)
}

const fn days_after(id: &'static str) -> Offset {
    Offset::after(s(id), Unit::Days)
}

const fn hours_after(id: &'static str) -> Offset {
    Offset::after(s(id), Unit::Hours)
}

const DAY_BEFORE: Offset = Offset::before(Amount::Fixed(1), Unit::Days);
const DAY_AFTER: Offset = Offset::after(Amount::Fixed(1), Unit::Days);
const DAY0: Offset = Offset::SESSION_DAY;
const UNTIL: (&str, ParamSpec) = ("until", ParamSpec::Until);

use Category as C;
use ParamSpec as P;

pub const CARE: &[CareStep] = &[
    // Before the first session.
    CareStep::new(
        "consult",
        C::Consult,
        When::Day(days_before("consult_days_before")),
        &["seed_002", "seed_004"],
    )
    .applies(Applies::FirstSession)
    .params(&[("session_date", P::SessionDate)]),
    CareStep::new(
        "cold_sore_antiviral",
        C::Medicine,
        When::Day(days_before("consult_days_before")),
        &["skinpen_postcare"],
    )
    .only_if(Condition::Yes("cold_sore_prone"))
    .applies(Applies::FirstSession),
    // Before each session.
    CareStep::new(
        "nsaid_otc",
        C::Medicine,
        When::Days {
            from: days_before("nsaid_pause_days"),
            to: DAY0,
        },
        &["seed_000", "seed_001"],
    )
    .only_if(Condition::Chose("nsaids", "otc"))
    .params(&[UNTIL])
    .alarm(),
    CareStep::new(
        "nsaid_prescribed",
        C::Medicine,
        When::Day(days_before("nsaid_pause_days")),
        &["seed_000", "seed_001"],
    )
    .only_if(Condition::Chose("nsaids", "prescribed"))
    .params(&[("session_date", P::SessionDate)])
    .alarm(),
    CareStep::new(
        "retinoid_pause",
        C::Product,
        When::Days {
            from: days_before("retinoid_pause_days"),
            to: DAY_BEFORE,
        },
        &[
            "seed_000",
            "seed_001",
            "seed_002",
            "seed_003",
            "skinpen_labelling",
        ],
    )
    .only_if(Condition::Yes("retinoids"))
    .group("skin_products")
    .params(&[UNTIL])
    .alarm(),
    CareStep::new(
        "acne_prescription",
        C::Medicine,
        When::Days {
            from: days_before("acne_med_pause_days"),
            to: DAY_BEFORE,
        },
        &["seed_000", "seed_001", "seed_004"],
    )
    .only_if(Condition::Yes("acne_topical"))
    .params(&[UNTIL])
    .alarm(),
    CareStep::new(
        "sun_before",
        C::Sun,
        When::Days {
            from: days_before("sun_avoid_days_before"),
            to: DAY_BEFORE,
        },
        &["seed_003", "skinpen_labelling"],
    )
    .group("sun")
    .params(&[UNTIL]),
    // Session day.
    CareStep::new(
        "arrival",
        C::Arrival,
        When::Day(DAY0),
        &["seed_003", "seed_000", "seed_001"],
    )
    .params(&[("visit", P::Duration(s("clinic_visit_minutes")))]),
    CareStep::new(
        "pregnancy_numbing",
        C::Numbing,
        When::Day(DAY0),
        &["skinpen_labelling", "dermapen4_manual"],
    )
    .only_if(Condition::Yes("pregnant_or_breastfeeding")),
    CareStep::new(
        "numbing",
        C::Numbing,
        When::Timed {
            minutes_before: s("numbing_minutes"),
            minutes: s("numbing_minutes"),
        },
        &["seed_000", "seed_001", "seed_004"],
    )
    .params(&[
        ("time", P::Time),
        ("minutes", P::Setting("numbing_minutes")),
    ]),
    CareStep::new(
        "treatment",
        C::Treatment,
        When::Timed {
            minutes_before: Amount::Fixed(0),
            minutes: s("procedure_minutes"),
        },
        &["seed_000", "seed_001", "seed_002", "seed_003"],
    )
    .params(&[
        ("time", P::Time),
        ("session", P::SessionNumber),
        ("sessions", P::SessionCount),
        ("duration", P::Duration(s("procedure_minutes"))),
    ])
    .alarm(),
    CareStep::new(
        "bleeding_serum",
        C::WhatToExpect,
        When::Day(DAY0),
        &["seed_003", "seed_000", "seed_001", "seed_002"],
    ),
    // Aftercare; day 0 is the session day.
    CareStep::new(
        "no_makeup",
        C::Product,
        When::Days {
            from: DAY0,
            to: hours_after("no_makeup_hours"),
        },
        &["seed_002", "seed_001"],
    )
    .params(&[("hours", P::Setting("no_makeup_hours")), UNTIL]),
    CareStep::new(
        "sun_first_hours",
        C::Sun,
        When::Days {
            from: DAY0,
            to: hours_after("no_sunscreen_hours"),
        },
        &["seed_002", "skinpen_postcare"],
    )
    .omit_if_zero("no_sunscreen_hours")
    .group("sun")
    .params(&[("hours", P::Setting("no_sunscreen_hours"))]),
    CareStep::new(
        "spf",
        C::Sun,
        When::Days {
            from: hours_after("no_sunscreen_hours"),
            to: days_after("spf_days"),
        },
        &[
            "minutilli_2024",
            "seed_000",
            "seed_001",
            "seed_003",
            "seed_002",
        ],
    )
    .group("sun")
    .params(&[UNTIL]),
    CareStep::new(
        "redness",
        C::WhatToExpect,
        When::Days {
            from: DAY0,
            to: days_after("redness_days"),
        },
        &["seed_000", "seed_001", "seed_003", "jaad_cr_2021"],
    )
    .params(&[("days", P::Setting("redness_days"))]),
    CareStep::new(
        "flaking",
        C::WhatToExpect,
        When::Days {
            from: days_after("flaking_from_day"),
            to: days_after("flaking_until_day"),
        },
        &["seed_002", "seed_003"],
    ),
    CareStep::new(
        "product_avoid",
        C::Product,
        When::Days {
            from: DAY0,
            to: days_after("product_resume_days").eve(),
        },
        &["seed_002", "seed_003"],
    )
    .group("skin_products")
    .params(&[UNTIL])
    .resume(),
    CareStep::new(
        "gentle_care",
        C::SkinCare,
        When::Days {
            from: DAY0,
            to: days_after("flaking_until_day"),
        },
        &["seed_003"],
    ),
    CareStep::new(
        "no_workout",
        C::SkinCare,
        When::Days {
            from: DAY0,
            to: hours_after("no_workout_hours"),
        },
        &["skinpen_postcare"],
    )
    .params(&[("hours", P::Setting("no_workout_hours")), UNTIL]),
    CareStep::new(
        "back_to_work",
        C::WhatToExpect,
        When::Day(DAY_AFTER),
        &["seed_001"],
    ),
    CareStep::new(
        "warning_signs",
        C::WarningSigns,
        When::Days {
            from: DAY0,
            to: days_after("flaking_until_day"),
        },
        &["seed_002", "fda_devices", "chu_2021"],
    )
    .params(&[("signs", P::WarningSigns)]),
    // Series.
    CareStep::new(
        "next_session",
        C::NextSession,
        When::Day(DAY0),
        &[
            "seed_002",
            "seed_000",
            "seed_001",
            "harris_2015",
            "minutilli_2024",
        ],
    )
    .applies(Applies::AllButLast)
    .params(&[
        ("next", P::NextSessionNumber),
        ("sessions", P::SessionCount),
        ("next_date", P::NextSessionDate),
        ("next_time", P::NextSessionTime),
    ]),
    CareStep::new(
        "results_review",
        C::NextSession,
        When::Day(Offset::after(s("results_review_months"), Unit::Months)),
        &["minutilli_2024", "seed_000", "seed_001"],
    )
    .applies(Applies::LastSession)
    .params(&[("months", P::Setting("results_review_months"))]),
];

/// The signs that mean "call the clinic", in the order shown. Keys: `care.warning.<id>`.
/// They are cited by the `warning_signs` step.
pub const WARNING_SIGNS: &[&str] = &[
    "bruising",
    "allergy",
    "worsening",
    "pus",
    "fever",
    "cold_sore",
];

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
        for id in step_settings(step) {
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

/// Every setting id a step reads.
fn step_settings(step: &CareStep) -> Vec<&'static str> {
    let mut amounts = Vec::new();
    match step.when {
        When::Day(offset) => amounts.push(offset.amount),
        When::Days { from, to } => amounts.extend([from.amount, to.amount]),
        When::Timed {
            minutes_before,
            minutes,
        } => amounts.extend([minutes_before, minutes]),
    }
    for (_, spec) in step.params {
        match *spec {
            ParamSpec::Setting(id) => amounts.push(Amount::Setting(id)),
            ParamSpec::Duration(amount) => amounts.push(amount),
            _ => {}
        }
    }
    let mut ids: Vec<&'static str> = amounts
        .into_iter()
        .filter_map(|a| match a {
            Amount::Setting(id) => Some(id),
            Amount::Fixed(_) => None,
        })
        .collect();
    ids.extend(step.omit_if_zero);
    ids
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
    let defs: Vec<_> = step_settings(step)
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
