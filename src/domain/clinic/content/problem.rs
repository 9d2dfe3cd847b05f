//! What can be wrong in a clinic's own content, as data, and its words: each problem is a kind
//! with its values and what the app does about it, put in words (English or Spanish) from the
//! `problem.content.*` entries of the translation layer, like the rest of the file's problems.

use crate::domain::i18n::{fill, t, Lang};
use crate::domain::json::Json;
use crate::domain::protocol::PhaseKind;

/// One thing wrong in the content, and what the app does about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentProblem {
    pub kind: ContentKind,
    pub then: Then,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentKind {
    ExpectedList {
        found: Found,
    },
    ExpectedObject {
        found: Found,
    },
    /// An object for the switches, such as `{"numbing": false}`.
    ExpectedSwitches {
        found: Found,
    },
    UnknownField {
        known: &'static [&'static str],
    },
    Repeated,
    ExpectedText {
        found: Found,
    },
    /// A text, or an object of texts by language.
    ExpectedTexts {
        found: Found,
    },
    ExpectedBool {
        found: Found,
    },
    ExpectedDays {
        found: String,
    },
    Missing,
    /// Missing, and one of these is wanted.
    MissingOneOf {
        options: Vec<&'static str>,
    },
    NotOneOf {
        word: String,
        options: Vec<&'static str>,
    },
    NotSnakeCase {
        id: String,
    },
    BuiltInId {
        id: String,
    },
    TakenId {
        id: String,
    },
    UnknownLanguage,
    EmptyText,
    TooLong {
        length: usize,
        max: usize,
    },
    ControlCharacter,
    Braces,
    /// No text in the clinic's default language.
    NoDefaultText {
        default: Lang,
    },
    /// A translation is missing: the default language's text is shown instead.
    MissingTranslation {
        default: Lang,
        reading: Lang,
    },
    TooFar {
        days: i64,
    },
    NotAWait {
        days: i64,
        max: i64,
    },
    PostponeNeedsDate,
    WaitOnlyForPostpone {
        effect: &'static str,
    },
    WindowBackwards {
        from: i64,
        to: i64,
    },
    NoTiming,
    DayAndWindow,
    HalfWindow,
    PhaseSide {
        phase: PhaseKind,
        day: i64,
    },
    OnlyIfIncomplete,
    NotAskedOfAll {
        question: String,
    },
    NotAnAnswer {
        answer: String,
        question: String,
        answers: Vec<&'static str>,
    },
    SwitchesScreening,
    NotACareStep {
        steps: Vec<&'static str>,
    },
    AlwaysOn,
    /// The protocol's validator refused the item; its reason is in the validator's English.
    Refused {
        reason: String,
    },
}

/// What the app does about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    /// The question or care step is left out whole.
    LeftOut(Item),
    Ignored,
    /// Nothing of the list is used.
    NothingUsed,
    LastUsed,
    /// The step gets no reminder.
    NoReminder,
    /// The built-in step stays on.
    StaysOn,
    NoneSwitchedOff,
    /// The kind's own words say it (a missing translation).
    Said,
}

/// Which of the clinic's items a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Question,
    Step,
}

impl ContentProblem {
    pub fn new(kind: ContentKind, then: Then) -> ContentProblem {
        ContentProblem { kind, then }
    }
}

/// What kind of value was found where another was expected: the key of its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found(&'static str);

impl Found {
    pub fn of(value: &Json) -> Found {
        Found(match value {
            Json::Null => "problem.type.null",
            Json::Bool(_) => "problem.type.bool",
            Json::Number(_) => "problem.type.number",
            Json::String(_) => "problem.type.text",
            Json::Array(_) => "problem.type.list",
            Json::Object(_) => "problem.type.object",
        })
    }
}

/// A language's name in `lang`'s words ("Spanish", "inglés").
fn language_name(lang: Lang, named: Lang) -> &'static str {
    t(
        lang,
        match named {
            Lang::En => "problem.content.lang.en",
            Lang::Es => "problem.content.lang.es",
        },
    )
}

fn type_name(lang: Lang, found: Found) -> &'static str {
    t(lang, found.0)
}

/// The problem in words: what is wrong, then what the app does.
pub fn content_text(lang: Lang, problem: &ContentProblem) -> String {
    use ContentKind as K;
    let found = |f: &Found| vec![("found", type_name(lang, *f).to_string())];
    let id = |id: &String| vec![("id", id.clone())];
    let n = |name: &'static str, v: i64| (name, v.to_string());
    let (key, params): (&str, Vec<(&str, String)>) = match &problem.kind {
        K::ExpectedList { found: f } => ("problem.content.expected_list", found(f)),
        K::ExpectedObject { found: f } => ("problem.content.expected_object", found(f)),
        K::ExpectedSwitches { found: f } => ("problem.content.expected_switches", found(f)),
        K::UnknownField { known } => (
            "problem.content.unknown_field",
            vec![("known", known.join(", "))],
        ),
        K::Repeated => ("problem.content.repeated", vec![]),
        K::ExpectedText { found: f } => ("problem.content.expected_text", found(f)),
        K::ExpectedTexts { found: f } => ("problem.content.expected_texts", found(f)),
        K::ExpectedBool { found: f } => ("problem.content.expected_bool", found(f)),
        K::ExpectedDays { found } => (
            "problem.content.expected_days",
            vec![("found", found.clone())],
        ),
        K::Missing => ("problem.content.missing", vec![]),
        K::MissingOneOf { options } => (
            "problem.content.missing_one_of",
            vec![("options", options.join(", "))],
        ),
        K::NotOneOf { word, options } => (
            "problem.content.not_one_of",
            vec![("word", word.clone()), ("options", options.join(", "))],
        ),
        K::NotSnakeCase { id: i } => ("problem.content.not_snake_case", id(i)),
        K::BuiltInId { id: i } => ("problem.content.built_in_id", id(i)),
        K::TakenId { id: i } => ("problem.content.taken_id", id(i)),
        K::UnknownLanguage => (
            "problem.content.unknown_language",
            vec![("codes", Lang::ALL.map(Lang::code).join(", "))],
        ),
        K::EmptyText => ("problem.content.empty_text", vec![]),
        K::TooLong { length, max } => (
            "problem.content.too_long",
            vec![n("length", *length as i64), n("max", *max as i64)],
        ),
        K::ControlCharacter => ("problem.content.control_character", vec![]),
        K::Braces => ("problem.content.braces", vec![]),
        K::NoDefaultText { default } => (
            "problem.content.no_default_text",
            vec![("code", default.code().into())],
        ),
        K::MissingTranslation { default, reading } => (
            "problem.content.missing_translation",
            vec![
                ("code", default.code().into()),
                ("language", language_name(lang, *reading).into()),
            ],
        ),
        K::TooFar { days } => ("problem.content.too_far", vec![n("days", *days)]),
        K::NotAWait { days, max } => (
            "problem.content.not_a_wait",
            vec![n("days", *days), n("max", *max)],
        ),
        K::PostponeNeedsDate => ("problem.content.postpone_needs_date", vec![]),
        K::WaitOnlyForPostpone { effect } => (
            "problem.content.wait_only_for_postpone",
            vec![("effect", effect.to_string())],
        ),
        K::WindowBackwards { from, to } => (
            "problem.content.window_backwards",
            vec![n("from", *from), n("to", *to)],
        ),
        K::NoTiming => ("problem.content.no_timing", vec![]),
        K::DayAndWindow => ("problem.content.day_and_window", vec![]),
        K::HalfWindow => ("problem.content.half_window", vec![]),
        K::PhaseSide { phase, day } => (
            "problem.content.phase_side",
            vec![
                ("name", t(lang, &phase.name_key()).to_string()),
                ("phase", phase.id().into()),
                n("day", *day),
            ],
        ),
        K::OnlyIfIncomplete => ("problem.content.only_if_incomplete", vec![]),
        K::NotAskedOfAll { question } => (
            "problem.content.not_asked_of_all",
            vec![("question", question.clone())],
        ),
        K::NotAnAnswer {
            answer,
            question,
            answers,
        } => (
            "problem.content.not_an_answer",
            vec![
                ("answer", answer.clone()),
                ("question", question.clone()),
                ("answers", answers.join(", ")),
            ],
        ),
        K::SwitchesScreening => ("problem.content.switches_screening", vec![]),
        K::NotACareStep { steps } => (
            "problem.content.not_a_care_step",
            vec![("steps", steps.join(", "))],
        ),
        K::AlwaysOn => ("problem.content.always_on", vec![]),
        K::Refused { reason } => ("problem.content.refused", vec![("reason", reason.clone())]),
    };
    let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let what = fill(t(lang, key), &params);
    let then = match problem.then {
        Then::LeftOut(Item::Question) => "problem.content.then.question_left_out",
        Then::LeftOut(Item::Step) => "problem.content.then.step_left_out",
        Then::Ignored => "problem.instead.ignored",
        Then::NothingUsed => "problem.content.then.nothing_used",
        Then::LastUsed => "problem.instead.last_one_used",
        Then::NoReminder => "problem.content.then.no_reminder",
        Then::StaysOn => "problem.content.then.stays_on",
        Then::NoneSwitchedOff => "problem.content.then.none_switched_off",
        Then::Said => return what,
    };
    format!("{what}; {}", t(lang, then))
}
