//! The content members of a clinic file → `ClinicContent`, with a problem for each field that
//! is wrong. An item with a mistake that leaves its meaning unclear (no text in the default
//! language, an unknown effect, an impossible timing) is left out whole; a missing translation
//! is filled with the default language's text and reported.

use super::problem::{ContentKind, ContentProblem, Found, Item, Then};
use super::{
    applies_id, severity_id, ClinicContent, OnlyIf, OwnQuestion, OwnStep, OwnText, ALWAYS_ON,
};
use crate::domain::clinic::ConfigProblem;
use crate::domain::i18n::Lang;
use crate::domain::json::Json;
use crate::domain::protocol::{AnswerKind, Applies, Category, PhaseKind, Protocol, Severity};

/// The longest title and text a clinic may write: a title must fit a line of the plan, a text
/// a card.
pub const MAX_TITLE: usize = 80;
pub const MAX_TEXT: usize = 600;
/// How far from the session a clinic's step may be placed, in days.
pub const MAX_DAYS: i64 = 365;

pub const QUESTION_FIELDS: [&str; 9] = [
    "id",
    "step",
    "text",
    "help",
    "date_question",
    "effect",
    "postpone_days",
    "finding",
    "source",
];
pub const STEP_FIELDS: [&str; 12] = [
    "id", "title", "text", "day", "from", "to", "sessions", "phase", "category", "reminder",
    "only_if", "source",
];
const EFFECTS: [Severity; 3] = [Severity::Precaution, Severity::Consult, Severity::Postpone];
const SESSIONS: [Applies; 3] = [
    Applies::EverySession,
    Applies::FirstSession,
    Applies::LastSession,
];

/// Reads `care_steps`, `questions` and `switches` (any of them may be absent) against the
/// built-in protocol; texts missing in a language take `default`'s.
pub fn read_content(
    members: &[(&str, &Json)],
    protocol: &Protocol,
    default: Lang,
) -> (ClinicContent, Vec<ConfigProblem>) {
    let mut r = ContentReader {
        protocol,
        default,
        content: ClinicContent::default(),
        problems: Vec::new(),
        taken: Vec::new(),
        item: Item::Question,
    };
    // Questions first: a care step may depend on one.
    for key in ["questions", "care_steps", "switches"] {
        let Some((_, value)) = members.iter().find(|(k, _)| *k == key) else {
            continue;
        };
        match key {
            "questions" => {
                for (i, item) in r.list(key, value).iter().enumerate() {
                    let field = format!("questions[{i}]");
                    if let Some(q) = r.question(&field, item) {
                        r.content.questions.push(OwnQuestion { at: i, ..q });
                    }
                }
            }
            "care_steps" => {
                for (i, item) in r.list(key, value).iter().enumerate() {
                    let field = format!("care_steps[{i}]");
                    if let Some(s) = r.step(&field, item) {
                        r.content.care_steps.push(OwnStep { at: i, ..s });
                    }
                }
            }
            _ => r.switches(value),
        }
    }
    (r.content, r.problems)
}

struct ContentReader<'p> {
    protocol: &'p Protocol,
    default: Lang,
    content: ClinicContent,
    problems: Vec<ConfigProblem>,
    /// The ids of the clinic's items so far, with their follow-ups.
    taken: Vec<String>,
    /// The kind of item being read, for what is left out.
    item: Item,
}

type Members<'j> = Vec<(&'j str, &'j Json)>;

use ContentKind as K;

impl<'j> ContentReader<'_> {
    fn problem(&mut self, field: impl Into<String>, kind: ContentKind, then: Then) {
        self.problems.push(ConfigProblem::content(
            field,
            ContentProblem::new(kind, then),
        ));
    }

    fn list(&mut self, field: &str, value: &'j Json) -> &'j [Json] {
        match value {
            Json::Null => &[],
            Json::Array(items) => items,
            other => {
                self.problem(
                    field,
                    K::ExpectedList {
                        found: Found::of(other),
                    },
                    Then::NothingUsed,
                );
                &[]
            }
        }
    }

    /// An item's members, without notes (`_…`), each unknown one reported; `None` (reported)
    /// when the item is not an object.
    fn item(
        &mut self,
        field: &str,
        value: &'j Json,
        known: &'static [&'static str],
    ) -> Option<Members<'j>> {
        let Json::Object(members) = value else {
            self.problem(
                field,
                K::ExpectedObject {
                    found: Found::of(value),
                },
                Then::LeftOut(self.item),
            );
            return None;
        };
        let mut out: Members = Vec::new();
        for (key, value) in members {
            if key.starts_with(['_', '$']) {
                continue;
            }
            if !known.contains(&key.as_str()) {
                self.problem(
                    format!("{field}.{key}"),
                    K::UnknownField { known },
                    Then::Ignored,
                );
            } else if let Some(slot) = out.iter_mut().find(|(k, _)| k == key) {
                self.problem(format!("{field}.{key}"), K::Repeated, Then::LastUsed);
                slot.1 = value;
            } else {
                out.push((key, value));
            }
        }
        Some(out)
    }

    /// A plain word field (`"postpone"`), or `None` (reported when it is there but not text).
    fn word(&mut self, field: &str, value: Option<&'j Json>) -> Option<&'j str> {
        match value? {
            Json::String(s) if !s.trim().is_empty() => Some(s.trim()),
            Json::Null => None,
            other => {
                self.problem(
                    field,
                    K::ExpectedText {
                        found: Found::of(other),
                    },
                    Then::Ignored,
                );
                None
            }
        }
    }

    /// A new id: snake_case, not one of the built-in protocol's ids, not used twice.
    fn id(&mut self, field: &str, value: Option<&'j Json>) -> Option<String> {
        let field = format!("{field}.id");
        let Some(id) = self.word(&field, value) else {
            self.problem(field, K::Missing, Then::LeftOut(self.item));
            return None;
        };
        let snake = id.len() <= 40
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        let p = self.protocol;
        let owned = id.to_string();
        let why = if !snake {
            Some(K::NotSnakeCase { id: owned })
        } else if p.question(id).is_some() || p.rule(id).is_some() || p.care_step(id).is_some() {
            Some(K::BuiltInId { id: owned })
        } else if self.taken.iter().any(|t| t == id) {
            Some(K::TakenId { id: owned })
        } else {
            None
        };
        if let Some(why) = why {
            self.problem(field, why, Then::LeftOut(self.item));
            return None;
        }
        self.taken.push(id.to_string());
        Some(id.to_string())
    }

    /// A text in each language: `{"en": "…", "es": "…"}`, or one string in the default
    /// language. `None` when the default language has none (reported when `required`).
    fn own_text(
        &mut self,
        field: &str,
        value: Option<&'j Json>,
        max: usize,
        required: bool,
    ) -> Option<OwnText> {
        let missing = |r: &mut Self, why: ContentKind| {
            if required {
                let item = r.item;
                r.problem(field, why, Then::LeftOut(item));
            }
            None
        };
        let mut given: [Option<String>; 2] = [None, None];
        match value {
            None | Some(Json::Null) => return missing(self, K::Missing),
            Some(Json::String(s)) => given[self.default as usize] = Some(s.trim().to_string()),
            Some(Json::Object(members)) => {
                for (code, text) in members {
                    if code.starts_with(['_', '$']) {
                        continue;
                    }
                    let Some(lang) = Lang::from_code(code).filter(|l| l.code() == code) else {
                        self.problem(format!("{field}.{code}"), K::UnknownLanguage, Then::Ignored);
                        continue;
                    };
                    match text {
                        Json::String(s) => given[lang as usize] = Some(s.trim().to_string()),
                        other => self.problem(
                            format!("{field}.{code}"),
                            K::ExpectedText {
                                found: Found::of(other),
                            },
                            Then::Ignored,
                        ),
                    }
                }
            }
            Some(other) => {
                return missing(
                    self,
                    K::ExpectedTexts {
                        found: Found::of(other),
                    },
                )
            }
        }
        for (lang, text) in Lang::ALL.iter().zip(given.iter_mut()) {
            let Some(t) = text.as_deref() else { continue };
            let length = t.chars().count();
            let why = if t.is_empty() {
                Some(K::EmptyText)
            } else if length > max {
                Some(K::TooLong { length, max })
            } else if t.chars().any(char::is_control) {
                Some(K::ControlCharacter)
            } else if t.contains(['{', '}']) {
                Some(K::Braces)
            } else {
                None
            };
            if let Some(why) = why {
                self.problem(format!("{field}.{}", lang.code()), why, Then::Ignored);
                *text = None;
            }
        }
        let default = self.default;
        let Some(fallback) = given[default as usize].clone() else {
            return missing(self, K::NoDefaultText { default });
        };
        for lang in Lang::ALL {
            if given[lang as usize].is_none() {
                self.problem(
                    format!("{field}.{}", lang.code()),
                    K::MissingTranslation {
                        default,
                        reading: lang,
                    },
                    Then::Said,
                );
            }
        }
        Some(OwnText {
            texts: given.map(|t| t.unwrap_or_else(|| fallback.clone())),
        })
    }

    fn choice<T: Copy>(
        &mut self,
        field: &str,
        value: Option<&'j Json>,
        options: &[T],
        id: impl Fn(T) -> &'static str,
    ) -> Result<Option<T>, ()> {
        let Some(word) = self.word(field, value) else {
            return Ok(None);
        };
        match options.iter().find(|o| id(**o) == word) {
            Some(o) => Ok(Some(*o)),
            None => {
                let options = options.iter().map(|o| id(*o)).collect();
                let word = word.to_string();
                self.problem(
                    field,
                    K::NotOneOf { word, options },
                    Then::LeftOut(self.item),
                );
                Err(())
            }
        }
    }

    /// A whole number of days within ±`MAX_DAYS`; `Err` (reported) when it is wrong.
    fn days(&mut self, field: &str, value: Option<&'j Json>) -> Result<Option<i64>, ()> {
        let Some(value) = value.filter(|v| !matches!(v, Json::Null)) else {
            return Ok(None);
        };
        match value.as_i64() {
            Some(n) if n.abs() <= MAX_DAYS => Ok(Some(n)),
            Some(days) => {
                self.problem(field, K::TooFar { days }, Then::LeftOut(self.item));
                Err(())
            }
            None => {
                let found = value.to_json();
                self.problem(field, K::ExpectedDays { found }, Then::LeftOut(self.item));
                Err(())
            }
        }
    }

    fn question(&mut self, field: &str, value: &'j Json) -> Option<OwnQuestion> {
        self.item = Item::Question;
        let m = self.item(field, value, &QUESTION_FIELDS)?;
        let get = |key: &str| m.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        let id = self.id(field, get("id"))?;
        let step_field = format!("{field}.step");
        let steps: Vec<&'static str> = self.protocol.steps.iter().map(|s| s.id).collect();
        let step = match self.word(&step_field, get("step")) {
            Some(s) if steps.contains(&s) => s.to_string(),
            other => {
                let kind = match other {
                    None => K::MissingOneOf { options: steps },
                    Some(word) => K::NotOneOf {
                        word: word.to_string(),
                        options: steps,
                    },
                };
                self.problem(step_field, kind, Then::LeftOut(self.item));
                return None;
            }
        };
        let text = self.own_text(&format!("{field}.text"), get("text"), MAX_TEXT, true);
        let help = self.own_text(&format!("{field}.help"), get("help"), MAX_TEXT, false);
        let date_question = self.own_text(
            &format!("{field}.date_question"),
            get("date_question"),
            MAX_TEXT,
            false,
        );
        let finding = self.own_text(&format!("{field}.finding"), get("finding"), MAX_TEXT, true);
        let source = self.own_text(&format!("{field}.source"), get("source"), MAX_TITLE, false);
        let effect_field = format!("{field}.effect");
        let effect = match self.choice(&effect_field, get("effect"), &EFFECTS, severity_id) {
            Ok(Some(e)) => Some(e),
            Ok(None) => {
                let options = EFFECTS.map(severity_id).to_vec();
                self.problem(
                    effect_field,
                    K::MissingOneOf { options },
                    Then::LeftOut(self.item),
                );
                None
            }
            Err(()) => None,
        };
        let days_field = format!("{field}.postpone_days");
        let postpone_days = match self.days(&days_field, get("postpone_days")) {
            Ok(Some(days)) if days < 1 => {
                self.problem(
                    &days_field,
                    K::NotAWait {
                        days,
                        max: MAX_DAYS,
                    },
                    Then::LeftOut(self.item),
                );
                return None;
            }
            Ok(d) => d,
            Err(()) => return None,
        };
        let effect = effect?;
        if effect == Severity::Postpone && (postpone_days.is_none() || date_question.is_none()) {
            // A postponement with no end the app can compute would let a calendar be booked
            // from today: a postponement is not a booking.
            self.problem(field, K::PostponeNeedsDate, Then::LeftOut(self.item));
            return None;
        }
        if effect != Severity::Postpone && postpone_days.is_some() {
            let effect = severity_id(effect);
            self.problem(days_field, K::WaitOnlyForPostpone { effect }, Then::Ignored);
        }
        let postpone_days = postpone_days.filter(|_| effect == Severity::Postpone);
        let question = OwnQuestion {
            at: 0,
            date_question,
            text: text?,
            finding: finding?,
            help,
            effect,
            postpone_days,
            source,
            step,
            id,
        };
        self.taken.push(question.date_id());
        Some(question)
    }

    fn step(&mut self, field: &str, value: &'j Json) -> Option<OwnStep> {
        self.item = Item::Step;
        let m = self.item(field, value, &STEP_FIELDS)?;
        let get = |key: &str| m.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        let id = self.id(field, get("id"))?;
        let title = self.own_text(&format!("{field}.title"), get("title"), MAX_TITLE, true);
        let text = self.own_text(&format!("{field}.text"), get("text"), MAX_TEXT, true);
        let source = self.own_text(&format!("{field}.source"), get("source"), MAX_TITLE, false);
        let (first_day, last_day) = self.timing(field, get("day"), get("from"), get("to"))?;
        let sessions = self
            .choice(
                &format!("{field}.sessions"),
                get("sessions"),
                &SESSIONS,
                applies_id,
            )
            .ok()?
            .unwrap_or(Applies::EverySession);
        let phase = self
            .choice(
                &format!("{field}.phase"),
                get("phase"),
                &PhaseKind::ALL,
                PhaseKind::id,
            )
            .ok()?;
        let category = self
            .choice(
                &format!("{field}.category"),
                get("category"),
                &Category::ALL,
                Category::id,
            )
            .ok()?
            .unwrap_or(Category::SkinCare);
        let reminder = match get("reminder") {
            None | Some(Json::Null) => false,
            Some(Json::Bool(b)) => *b,
            Some(other) => {
                self.problem(
                    format!("{field}.reminder"),
                    K::ExpectedBool {
                        found: Found::of(other),
                    },
                    Then::NoReminder,
                );
                false
            }
        };
        if let Some(phase) = phase {
            self.phase_fits(field, phase, first_day, last_day)?;
        }
        let only_if = match get("only_if") {
            None | Some(Json::Null) => None,
            Some(value) => Some(self.only_if(&format!("{field}.only_if"), value)?),
        };
        Some(OwnStep {
            at: 0,
            id,
            title: title?,
            text: text?,
            first_day,
            last_day,
            sessions,
            phase,
            category,
            reminder,
            only_if,
            source,
        })
    }

    /// `day` for a single day, or `from` and `to` for a window; `None` (reported) when the
    /// timing is missing, mixed or impossible.
    fn timing(
        &mut self,
        field: &str,
        day: Option<&'j Json>,
        from: Option<&'j Json>,
        to: Option<&'j Json>,
    ) -> Option<(i64, Option<i64>)> {
        let day = self.days(&format!("{field}.day"), day).ok()?;
        let from = self.days(&format!("{field}.from"), from).ok()?;
        let to = self.days(&format!("{field}.to"), to).ok()?;
        let impossible = |r: &mut Self, what: ContentKind| {
            let item = r.item;
            r.problem(field, what, Then::LeftOut(item));
            None
        };
        match (day, from, to) {
            (Some(day), None, None) => Some((day, None)),
            (None, Some(from), Some(to)) if from <= to => Some((from, Some(to))),
            (None, Some(from), Some(to)) => impossible(self, K::WindowBackwards { from, to }),
            (None, None, None) => impossible(self, K::NoTiming),
            (Some(_), _, _) => impossible(self, K::DayAndWindow),
            _ => impossible(self, K::HalfWindow),
        }
    }

    /// A chosen phase must be on the side of the session where the step falls: preparation
    /// before it, the session day on it, aftercare after it.
    fn phase_fits(
        &mut self,
        field: &str,
        phase: PhaseKind,
        first: i64,
        last: Option<i64>,
    ) -> Option<()> {
        let fits = match phase {
            PhaseKind::BeforeYouStart | PhaseKind::GettingReady => first < 0,
            PhaseKind::SessionDay => first == 0 && last.is_none_or(|l| l == 0),
            PhaseKind::FirstDay => first == 0 || first == 1,
            _ => first > 0,
        };
        if fits {
            return Some(());
        }
        self.problem(
            format!("{field}.phase"),
            K::PhaseSide { phase, day: first },
            Then::LeftOut(self.item),
        );
        None
    }

    fn only_if(&mut self, field: &str, value: &'j Json) -> Option<OnlyIf> {
        let m = self.item(field, value, &["question", "answer"])?;
        let get = |key: &str| m.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        let question = self.word(&format!("{field}.question"), get("question"));
        let answer = self.word(&format!("{field}.answer"), get("answer"));
        let (Some(question), Some(answer)) = (question, answer) else {
            self.problem(field, K::OnlyIfIncomplete, Then::LeftOut(self.item));
            return None;
        };
        let kind = match self.protocol.question(question) {
            Some(q) if q.show_if.is_none() => Some(q.kind),
            Some(_) => None,
            None => self
                .content
                .questions
                .iter()
                .any(|q| q.id == question)
                .then_some(AnswerKind::YesNo),
        };
        let answers: Vec<&'static str> = match kind {
            Some(AnswerKind::YesNo) => vec!["yes", "no"],
            Some(kind) => kind.options().to_vec(),
            None => {
                let question = question.to_string();
                self.problem(
                    format!("{field}.question"),
                    K::NotAskedOfAll { question },
                    Then::LeftOut(self.item),
                );
                return None;
            }
        };
        if !answers.contains(&answer) {
            let kind = K::NotAnAnswer {
                answer: answer.to_string(),
                question: question.to_string(),
                answers,
            };
            self.problem(format!("{field}.answer"), kind, Then::LeftOut(self.item));
            return None;
        }
        Some(OnlyIf {
            question: question.to_string(),
            answer: answer.to_string(),
        })
    }

    /// `{"numbing": false}`: built-in care steps switched off. Never a screening rule.
    fn switches(&mut self, value: &'j Json) {
        let members = match value {
            Json::Null => return,
            Json::Object(members) => members,
            other => {
                return self.problem(
                    "switches",
                    K::ExpectedSwitches {
                        found: Found::of(other),
                    },
                    Then::NoneSwitchedOff,
                )
            }
        };
        let p = self.protocol;
        for (id, on) in members {
            if id.starts_with(['_', '$']) {
                continue;
            }
            let field = format!("switches.{id}");
            let why = if p.care_step(id).is_none() {
                if p.rule(id).is_some() || p.question(id).is_some() {
                    Some(K::SwitchesScreening)
                } else {
                    let steps = p.care.iter().map(|s| s.id).collect();
                    Some(K::NotACareStep { steps })
                }
            } else if ALWAYS_ON.contains(&id.as_str()) {
                Some(K::AlwaysOn)
            } else {
                None
            };
            if let Some(why) = why {
                self.problem(field, why, Then::Ignored);
                continue;
            }
            match on {
                Json::Bool(true) => {}
                Json::Bool(false) => {
                    if !self.content.switched_off.contains(id) {
                        self.content.switched_off.push(id.clone());
                    }
                }
                other => self.problem(
                    field,
                    K::ExpectedBool {
                        found: Found::of(other),
                    },
                    Then::StaysOn,
                ),
            }
        }
    }
}
