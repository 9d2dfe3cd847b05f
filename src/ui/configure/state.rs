//! The configurator's state and its reducer: the draft, the file it was opened from, the logo,
//! and what the preview shows. Every check is the domain's (`clinic::Draft`).

use crate::domain::answers::{Answers, Value};
use crate::domain::clinic::{form_field, ClinicConfig, ConfigProblem, Draft};
use crate::domain::i18n::Lang;
use crate::domain::protocol::{AnswerKind, Protocol};
use crate::domain::saved::{SavedSchedule, SavedState};
use crate::domain::share::encode_fragment;
use chrono::{Duration, NaiveDate, NaiveTime};
use std::rc::Rc;
use yew::Reducible;

/// A file the form was filled from, and what the app's parser said of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub file: String,
    /// `None` when the file could not be read at all.
    pub problems: Option<Vec<ConfigProblem>>,
    /// How many questions and care steps it had.
    pub items: [usize; 2],
}

/// The logo chosen from the computer: its name and a `data:` address for the previews.
#[derive(Clone, Debug, PartialEq)]
pub struct Logo {
    pub file: String,
    pub data_url: String,
}

/// The patient's screen the preview opens on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Question,
    Result,
    Plan,
}

impl Screen {
    pub const ALL: [Screen; 4] = [
        Screen::Welcome,
        Screen::Question,
        Screen::Result,
        Screen::Plan,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Screen::Welcome => "cfg.preview.welcome",
            Screen::Question => "cfg.preview.question",
            Screen::Result => "cfg.preview.result",
            Screen::Plan => "cfg.preview.plan",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Screen::Welcome => "welcome",
            Screen::Question => "question",
            Screen::Result => "result",
            Screen::Plan => "plan",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Cfg {
    pub lang: Lang,
    pub today: NaiveDate,
    pub protocol: Protocol,
    pub draft: Draft,
    pub opened: Option<Opened>,
    /// Fields changed since the file was opened: its problems there no longer apply.
    pub touched: Vec<String>,
    pub logo: Option<Logo>,
    pub screen: Screen,
    pub embedded: bool,
    /// What the last copy or download said, by the id of the thing it was for.
    pub status: Option<(String, String)>,
}

pub enum Action {
    Lang(Lang),
    Set(String, String),
    /// A new question or care step at the end of its list.
    Add(&'static str),
    /// Removes an item; the opened file's problems in that list no longer match its places.
    Remove(&'static str, usize),
    Open {
        file: String,
        text: Option<String>,
    },
    Logo(Logo),
    Screen(Screen),
    Embedded(bool),
    Status(String, String),
}

impl Cfg {
    pub fn new(lang: Lang, today: NaiveDate) -> Cfg {
        Cfg {
            lang,
            today,
            protocol: Protocol::builtin(),
            draft: Draft::default(),
            opened: None,
            touched: Vec::new(),
            logo: None,
            screen: Screen::Welcome,
            embedded: false,
            status: None,
        }
    }

    pub fn checked(&self) -> (ClinicConfig, Vec<ConfigProblem>) {
        self.draft.check(&self.protocol)
    }

    /// The problems to show at `field`: the draft's own, and the opened file's while the field
    /// is as the file had it (a repeated key, say, which the draft cannot repeat).
    pub fn problems_at(&self, field: &str, live: &[ConfigProblem]) -> Vec<ConfigProblem> {
        let at = |p: &&ConfigProblem| form_field(&p.field, &self.protocol) == Some(field);
        let mut out: Vec<ConfigProblem> = live.iter().filter(at).cloned().collect();
        if !self.touched.iter().any(|t| covers(t, field)) {
            let opened = self.opened.as_ref().and_then(|o| o.problems.as_ref());
            for p in opened.into_iter().flatten().filter(at) {
                if !out.contains(p) {
                    out.push(p.clone());
                }
            }
        }
        out
    }

    /// How many items of `list` the opened file had.
    pub fn opened_count(&self, list: &str) -> usize {
        self.opened
            .as_ref()
            .map_or(0, |o| o.items[usize::from(list != "questions")])
    }

    /// Whether an item (`questions[0]`) is being edited or has a problem: then it stays open.
    pub fn item_in_progress(&self, item: &str, live: &[ConfigProblem]) -> bool {
        let opened = self.opened.as_ref().and_then(|o| o.problems.as_ref());
        self.touched.iter().any(|t| covers(t, item))
            || live
                .iter()
                .chain(opened.into_iter().flatten())
                .any(|p| covers(item, &p.field))
    }

    /// The preview frame's address: the app with `?preview=<screen>`, embedded if asked, and for the
    /// screens past the first a share link of sample answers that leads there.
    pub fn preview_src(&self, config: &ClinicConfig) -> String {
        // Each screen its own query: a new fragment alone would not open the page again.
        let page = format!(
            "index.html?preview={}{}",
            self.screen.id(),
            if self.embedded { "&embed" } else { "" }
        );
        let fragment = match self.screen {
            Screen::Welcome => return page,
            Screen::Question => self.sample(Answers::new().with("age", Value::Number(34.0)), None),
            Screen::Result => self.sample(self.nothing_found(), None),
            Screen::Plan => {
                let settings = &config.settings;
                let schedule = SavedSchedule {
                    first_date: self.today + Duration::days(30),
                    start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default(),
                    sessions: u32::try_from(settings.get(&self.protocol, "sessions_default"))
                        .unwrap_or(1),
                    interval_days: u32::try_from(
                        settings.get(&self.protocol, "interval_days_default"),
                    )
                    .unwrap_or(28),
                };
                self.sample(self.nothing_found(), Some(schedule))
            }
        };
        format!("{page}#{fragment}")
    }

    fn sample(&self, answers: Answers, schedule: Option<SavedSchedule>) -> String {
        let state = SavedState {
            lang: self.lang,
            answers,
            schedule,
            phone: None,
        };
        encode_fragment(&state, &self.protocol)
    }

    /// A person for whom nothing was found: every yes-or-no question answered no, "none" (or
    /// the first option) of every choice, an age of 34.
    fn nothing_found(&self) -> Answers {
        let mut answers = Answers::new();
        for q in self.protocol.questions {
            let value = match q.kind {
                AnswerKind::YesNo => Value::Bool(false),
                AnswerKind::Number { .. } => Value::Number(34.0),
                AnswerKind::Choice { options } => {
                    let none = options
                        .iter()
                        .find(|o| **o == "none")
                        .unwrap_or(&options[0]);
                    Value::Text((*none).into())
                }
                AnswerKind::Multi { options } => Value::List(vec![options[0].into()]),
                AnswerKind::Date { .. } => continue,
            };
            answers.set(q.id, value);
        }
        answers
    }
}

/// Whether a change to `touched` makes the opened file's problems at `field` stale: the same
/// field, one inside it (a text box of a text), or the item or list it is in.
fn covers(touched: &str, field: &str) -> bool {
    let inside = |outer: &str, inner: &str| {
        inner
            .strip_prefix(outer)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    };
    inside(touched, field) || inside(field, touched)
}

impl Reducible for Cfg {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Lang(lang) => next.lang = lang,
            Action::Set(field, value) => {
                next.draft.set(&field, &value);
                if !next.touched.contains(&field) {
                    next.touched.push(field);
                }
            }
            Action::Open { file, text } => {
                let problems = text
                    .as_ref()
                    .map(|text| crate::domain::clinic::parse_config(text).1);
                next.draft = text.as_deref().map(Draft::from_file).unwrap_or_default();
                next.touched.clear();
                let items = ["questions", "care_steps"].map(|list| next.draft.count(list));
                next.opened = Some(Opened {
                    file,
                    problems,
                    items,
                });
            }
            Action::Add(list) => next.draft.add(list),
            Action::Remove(list, at) => {
                next.draft.remove(list, at);
                next.touched.push(list.to_string());
            }
            Action::Logo(logo) => {
                if next.draft.get("logo").trim().is_empty() {
                    next.draft.set("logo", &format!("clinic/{}", logo.file));
                }
                next.logo = Some(logo);
            }
            Action::Screen(screen) => next.screen = screen,
            Action::Embedded(on) => next.embedded = on,
            Action::Status(id, text) => next.status = Some((id, text)),
        }
        Rc::new(next)
    }
}
