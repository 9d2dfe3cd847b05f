//! A clinic's own content: the care steps and questions its file adds, and the built-in care
//! steps it switches off (`care_steps`, `questions`, `switches` in `clinic.json`).
//!
//! `read` turns the file's members into `ClinicContent`, field by field, with a problem for
//! each mistake; `merge` turns the content into a `Protocol` (the built-in one plus the
//! clinic's) and runs the protocol's own validator over it, leaving out whatever it refuses.
//! The content can only add to the screening: a clinic question adds a rule that can fire, and
//! no switch reaches a screening rule, so no clinic file makes a verdict milder.

mod merge;
mod problem;
mod read;

pub use merge::protocol_with;
pub use problem::{content_text, ContentKind, ContentProblem, Found, Item, Then};
pub use read::{read_content, QUESTION_FIELDS, STEP_FIELDS};

use crate::domain::i18n::Lang;
use crate::domain::protocol::{Applies, Category, PhaseKind, Severity};

/// The members of a clinic file that hold content.
pub const CONTENT_FIELDS: [&str; 3] = ["care_steps", "questions", "switches"];

/// Built-in care steps a clinic may not switch off: the session itself, and the signs that
/// mean calling the clinic, which are about safety rather than a clinic's way of working.
pub const ALWAYS_ON: [&str; 2] = ["treatment", "warning_signs"];

/// The id of the source a clinic's item cites when it names none: "Your clinic's instructions".
pub const CLINIC_SOURCE: &str = "clinic";

/// A clinic's text in each language the app speaks, the gaps already filled with the clinic's
/// default language (and reported).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnText {
    /// By `Lang as usize`.
    pub texts: [String; 2],
}

impl OwnText {
    pub fn get(&self, lang: Lang) -> &str {
        &self.texts[lang as usize]
    }
}

/// A clinic's yes/no question, and what a "yes" means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnQuestion {
    /// Its place in the file's `questions`, for the problems the validator finds.
    pub at: usize,
    pub id: String,
    /// The built-in step it is asked in.
    pub step: String,
    pub text: OwnText,
    pub help: Option<OwnText>,
    /// A date asked after a "yes" (a last dose), the postponement counted from it.
    pub date_question: Option<OwnText>,
    /// Precaution, consult or postpone.
    pub effect: Severity,
    /// For a postponement: the days after the date answer until the wait ends.
    pub postpone_days: Option<i64>,
    /// What a "yes" means for the person, shown with the result.
    pub finding: OwnText,
    pub source: Option<OwnText>,
}

impl OwnQuestion {
    /// The id of its date follow-up: `<id>_date`.
    pub fn date_id(&self) -> String {
        format!("{}_date", self.id)
    }
}

/// When a clinic's care step applies: an answer to a yes/no question (`yes`/`no`) or an option
/// of a choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnlyIf {
    pub question: String,
    pub answer: String,
}

/// A clinic's care step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnStep {
    /// Its place in the file's `care_steps`.
    pub at: usize,
    pub id: String,
    /// The short summary (calendar descriptions, Today, the phase list).
    pub title: OwnText,
    pub text: OwnText,
    /// Days from the session day: negative before, 0 the session day, positive after.
    pub first_day: i64,
    /// The last day of a window, both included; `None` for a single day.
    pub last_day: Option<i64>,
    pub sessions: Applies,
    pub phase: Option<PhaseKind>,
    pub category: Category,
    pub reminder: bool,
    pub only_if: Option<OnlyIf>,
    pub source: Option<OwnText>,
}

/// What a clinic file adds to the protocol. `Default` is no content: the built-in protocol.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClinicContent {
    pub questions: Vec<OwnQuestion>,
    pub care_steps: Vec<OwnStep>,
    /// Built-in care step ids switched off.
    pub switched_off: Vec<String>,
}

impl ClinicContent {
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty() && self.care_steps.is_empty() && self.switched_off.is_empty()
    }

    /// 64-bit FNV-1a over everything the content says, in order: two files with the same
    /// content have the same fingerprint, and any change to an id, a text, a timing or a
    /// switch changes it.
    pub fn fingerprint(&self) -> u64 {
        let mut hash = Fnv(0xcbf2_9ce4_8422_2325);
        for q in &self.questions {
            hash.text("q");
            hash.text(&q.id);
            hash.text(&q.step);
            hash.own(&q.text);
            hash.maybe(q.help.as_ref());
            hash.maybe(q.date_question.as_ref());
            hash.text(severity_id(q.effect));
            hash.text(&q.postpone_days.map(|d| d.to_string()).unwrap_or_default());
            hash.own(&q.finding);
            hash.maybe(q.source.as_ref());
        }
        for s in &self.care_steps {
            hash.text("c");
            hash.text(&s.id);
            hash.own(&s.title);
            hash.own(&s.text);
            hash.text(&s.first_day.to_string());
            hash.text(&s.last_day.map(|d| d.to_string()).unwrap_or_default());
            hash.text(applies_id(s.sessions));
            hash.text(s.phase.map_or("", PhaseKind::id));
            hash.text(s.category.id());
            hash.text(if s.reminder { "r" } else { "" });
            if let Some(only_if) = &s.only_if {
                hash.text(&only_if.question);
                hash.text(&only_if.answer);
            }
            hash.maybe(s.source.as_ref());
        }
        for id in &self.switched_off {
            hash.text("s");
            hash.text(id);
        }
        hash.0
    }
}

struct Fnv(u64);

impl Fnv {
    fn text(&mut self, text: &str) {
        for &byte in text.as_bytes().iter().chain(&[0]) {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn own(&mut self, text: &OwnText) {
        for t in &text.texts {
            self.text(t);
        }
    }

    fn maybe(&mut self, text: Option<&OwnText>) {
        match text {
            Some(t) => self.own(t),
            None => self.text("-"),
        }
    }
}

/// The file's word for an effect.
pub fn severity_id(severity: Severity) -> &'static str {
    match severity {
        Severity::Precaution => "precaution",
        Severity::Consult => "consult",
        Severity::Postpone => "postpone",
        Severity::NotSuitable => "not_suitable",
    }
}

/// The file's word for the sessions a step belongs to.
pub fn applies_id(applies: Applies) -> &'static str {
    match applies {
        Applies::EverySession => "every",
        Applies::FirstSession => "first",
        Applies::LastSession => "last",
        Applies::AllButLast => "all_but_last",
    }
}
