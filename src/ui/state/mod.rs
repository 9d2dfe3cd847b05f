//! The app's state, the actions that change it, and the reducer. Every transition is pure, so
//! the journey's logic is tested natively; the browser only feeds actions in.

mod resume;

use crate::domain::answers::{Answers, Value};
use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::Lang;
use crate::domain::plan::{self, CarePlan, PlanError, Schedule};
use crate::domain::protocol::ClinicSettings;
use crate::domain::protocol::{Context, Protocol, Question};
use crate::domain::screening::{assess_with, Assessment, Problem};
use crate::ui::first_step::Handed;
use crate::ui::ids::{field_id, HEADING_ID, REMEMBER_STEP_ID, UNLOCK_CODE_ID};
use chrono::{Days, NaiveDate};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Welcome,
    /// One step of questions, by index into the protocol's steps.
    Step(usize),
    Result,
    /// Session dates and the day-by-day plan.
    Plan,
    /// The printable summary for the person's provider.
    Summary,
}

/// How the plan is shown on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlanView {
    #[default]
    Agenda,
    Month,
}

/// Where keyboard focus should go after this state is rendered. The nonce changes on every
/// request, so asking for the same element twice still moves focus.
#[derive(Clone, Debug, PartialEq)]
pub struct FocusRequest {
    pub id: String,
    pub nonce: u32,
}

#[derive(Clone, Debug)]
pub struct AppState {
    pub protocol: Protocol,
    /// The clinic's name, contact and logo (its settings are in `settings`).
    pub clinic: Rc<ClinicConfig>,
    pub settings: ClinicSettings,
    pub screen: Screen,
    /// The language of the journey just opened from this device or a link, for the page to
    /// follow (the page holds the language; the app gets it as a prop).
    pub opened_in: Option<Lang>,
    pub answers: Answers,
    /// The person's today, read once from their clock; dates are checked against it.
    pub today: NaiveDate,
    /// Set when the person pressed Next with answers missing on this step.
    pub show_missing: bool,
    pub focus: Option<FocusRequest>,
    /// The person's session dates, once they reach planning; kept when they go back.
    pub schedule: Option<Schedule>,
    pub plan_view: PlanView,
    /// The day chosen in the month view.
    pub selected_day: Option<NaiveDate>,
    /// The calendar file has one event per instruction instead of a few per session.
    pub detailed_calendar: bool,
    /// The clinic's phone number as the person typed it, when the clinic file has none.
    pub phone: Option<String>,
    /// The schedule as it was resumed from this device or a share link: a plan the person
    /// already made, shown even once its first session is in the past.
    pub kept_schedule: Option<Schedule>,
    /// "Remember on this device" is on: every change is written to the browser's storage.
    pub remember: bool,
    /// A message about saved data or a link that could not be read.
    pub notice: Option<Notice>,
    /// The share panel (the link and its QR code) is open.
    pub share_open: bool,
    /// Whether copying the link worked, once the person tried.
    pub link_copied: Option<bool>,
    /// The screen the provider summary was opened from, which Back returns to.
    pub summary_from: Option<Screen>,
    /// What "Start again" or "Forget everything" cleared, while the notice offers to undo it.
    /// In memory only.
    pub undo: Option<Rc<AppState>>,
    /// The code that locks this page's share links, made when the share panel first opens;
    /// in memory only.
    pub share_code: Option<String>,
    /// The locked share link, with the plain one it locks (a change of dates makes a new one).
    /// `Err` with the plain link when this browser cannot lock links (no Web Crypto).
    pub sealed_link: Option<Result<(String, String), String>>,
}

/// Something the person should know before going on.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A share link could not be read; the key of the message.
    Link(&'static str),
    /// The saved data could not be read. It stays stored, untouched, until the person chooses
    /// to start fresh or to download it; `raw` is its text, for that download.
    Saved { key: &'static str, raw: String },
    /// Another tab of the app turned saving off or forgot everything, so this one stopped
    /// saving too (it would otherwise write the answers back).
    StoppedElsewhere,
    /// "Start again" (`forgot` false) or "Forget everything" cleared the answers; Undo is
    /// offered.
    Cleared { forgot: bool },
    /// A locked share link was opened: the person types its code. `problem` is the key of
    /// what was wrong with the last code typed.
    Locked {
        fragment: String,
        problem: Option<&'static str>,
    },
}

// The protocol is static data shared by every state, so equality is about everything else.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.clinic == other.clinic
            && self.settings == other.settings
            && self.opened_in == other.opened_in
            && self.screen == other.screen
            && self.answers == other.answers
            && self.today == other.today
            && self.show_missing == other.show_missing
            && self.focus == other.focus
            && self.schedule == other.schedule
            && self.plan_view == other.plan_view
            && self.selected_day == other.selected_day
            && self.detailed_calendar == other.detailed_calendar
            && self.phone == other.phone
            && self.kept_schedule == other.kept_schedule
            && self.remember == other.remember
            && self.notice == other.notice
            && self.share_open == other.share_open
            && self.link_copied == other.link_copied
            && self.summary_from == other.summary_from
            && self.undo.is_some() == other.undo.is_some()
            && self.share_code == other.share_code
            && self.sealed_link == other.sealed_link
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    /// What was done on the first step drawn ahead of the app (see `take_over`).
    TakeOver(Rc<Handed>),
    /// A new answer, or `None` to clear it.
    Answer(&'static str, Option<Value>),
    Next,
    Back,
    /// Back to a step from the result screen, to change an answer.
    EditStep(usize),
    Restart,
    /// From the result to planning.
    OpenPlan,
    SetSchedule(Schedule),
    SetPlanView(PlanView),
    SelectDay(NaiveDate),
    /// The calendar file's form: detailed (one event per instruction) or not.
    SetDetailedCalendar(bool),
    /// The clinic's phone number, typed by the person; empty clears it.
    SetPhone(String),
    /// At start: the stored text, if any, and the address's fragment, if any.
    Boot {
        saved: Option<String>,
        fragment: Option<String>,
    },
    SetRemember(bool),
    /// "Forget everything on this device": saving off and a fresh start.
    Forget,
    /// The saved copy was removed in another tab: saving stops here too, and the person is told.
    StoppedElsewhere,
    /// Puts back what "Start again" or "Forget everything" cleared.
    Undo,
    /// The code for this page's share links.
    SetShareCode(String),
    /// The locked link for the plain link `plain`, or `None` when it could not be made.
    Sealed {
        plain: String,
        link: Option<String>,
    },
    /// The code typed for a locked link was not one (`share.locked.invalid`) or did not open
    /// it (`share.locked.wrong`).
    UnlockFailed(&'static str),
    /// The browser's Back or Forward reached a history entry of this screen.
    Show(Screen),
    /// Closes the notice; for saved data, once the stored copy was removed ("Start fresh").
    DismissNotice,
    ToggleShare,
    LinkCopied(bool),
    OpenSummary,
}

/// What is wrong with one question's answer on the current step, as a translation key and
/// its parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub question: &'static str,
    pub key: &'static str,
    pub params: Vec<(&'static str, String)>,
}

impl AppState {
    pub fn new(today: NaiveDate) -> Self {
        Self::with_clinic(today, ClinicConfig::default())
    }

    /// The start state for a clinic: its settings drive the screening and the plan.
    pub fn with_clinic(today: NaiveDate, clinic: impl Into<Rc<ClinicConfig>>) -> Self {
        let clinic = clinic.into();
        AppState {
            protocol: clinic.protocol,
            settings: clinic.settings.clone(),
            clinic,
            screen: Screen::Welcome,
            opened_in: None,
            answers: Answers::new(),
            today,
            show_missing: false,
            focus: None,
            schedule: None,
            plan_view: PlanView::default(),
            selected_day: None,
            detailed_calendar: false,
            phone: None,
            kept_schedule: None,
            remember: false,
            notice: None,
            share_open: false,
            link_copied: None,
            summary_from: None,
            undo: None,
            share_code: None,
            sealed_link: None,
        }
    }

    /// Whether closing or reloading the page would lose answers: there are some, and they are
    /// not being saved on this device.
    pub fn unsaved(&self) -> bool {
        !self.remember && !self.answers.0.is_empty()
    }

    /// The schedule offered when planning starts: the clinic's default series, first session
    /// two weeks out (time for every pause before it), or the earliest date if that is later.
    pub fn default_schedule(&self, assessment: &Assessment) -> Schedule {
        let soon = self
            .today
            .checked_add_days(Days::new(14))
            .unwrap_or(self.today);
        let first = assessment.earliest_date.map_or(soon, |e| e.max(soon));
        Schedule::default_for(&self.protocol, &self.settings, first)
    }

    /// The person's plan for their schedule, or why it cannot be made. It takes the screening
    /// the caller already has, since every screen that shows a plan shows the screening too.
    pub fn plan(&self, assessment: &Assessment) -> Option<Result<CarePlan, PlanError>> {
        let schedule = self.schedule.as_ref()?;
        // A kept plan whose first session is behind us is still the plan being followed: it is
        // checked as on the day it began, not refused as "in the past".
        let kept = self.is_kept_plan();
        let mut as_planned;
        let assessment = if kept && schedule.first_date < assessment.assessed_on {
            as_planned = assessment.clone();
            as_planned.assessed_on = schedule.first_date;
            &as_planned
        } else {
            assessment
        };
        Some(plan::build(
            &self.protocol,
            &self.answers,
            assessment,
            schedule,
            &self.settings,
        ))
    }

    /// The schedule is the one resumed from this device or a link, unchanged since.
    pub fn is_kept_plan(&self) -> bool {
        self.schedule.is_some() && self.kept_schedule == self.schedule
    }

    pub fn assessment(&self) -> Assessment {
        assess_with(&self.protocol, &self.answers, &self.settings, self.today)
    }

    pub fn context(&self) -> Context<'_> {
        Context {
            protocol: &self.protocol,
            answers: &self.answers,
            settings: &self.settings,
            today: self.today,
        }
    }

    /// The steps that have at least one question to ask, as indexes into the protocol's steps.
    pub fn visible_steps(&self) -> Vec<usize> {
        let ctx = self.context();
        (0..self.protocol.steps.len())
            .filter(|&i| !self.shown_questions(i, &ctx).is_empty())
            .collect()
    }

    /// The questions of step `index` that are asked, given the answers so far.
    pub fn shown_questions(&self, index: usize, ctx: &Context) -> Vec<&'static Question> {
        let Some(step) = self.protocol.steps.get(index) else {
            return Vec::new();
        };
        self.protocol
            .questions_in(step.id)
            .filter(|q| self.protocol.is_shown(q, ctx))
            .collect()
    }

    /// What stops the person from leaving step `index`, in the order the questions appear.
    pub fn step_errors(&self, index: usize) -> Vec<FieldError> {
        let assessment = self.assessment();
        let ctx = self.context();
        self.shown_questions(index, &ctx)
            .into_iter()
            .filter_map(|q| {
                let problem = assessment.problems.iter().find(|p| p.question == q.id);
                if let Some(p) = problem {
                    return Some(field_error(q.id, &p.problem));
                }
                assessment
                    .missing
                    .iter()
                    .any(|m| m == q.id)
                    .then(|| FieldError {
                        question: q.id,
                        key: "error.required",
                        params: Vec::new(),
                    })
            })
            .collect()
    }

    /// Unreadable saved data is waiting for the person's choice, so nothing may be written.
    pub fn saved_notice_pending(&self) -> bool {
        matches!(self.notice, Some(Notice::Saved { .. }))
    }

    pub(crate) fn focus_on(&mut self, id: String) {
        let nonce = self.focus.as_ref().map_or(0, |f| f.nonce.wrapping_add(1));
        self.focus = Some(FocusRequest { id, nonce });
    }

    /// To the first question.
    pub fn start(&mut self) {
        let first = self.visible_steps().first().copied().unwrap_or(0);
        self.go_to(Screen::Step(first));
    }

    /// Takes over the step the shell drew ahead of the app (see `first_step`): the answers
    /// given in it, "Remember on this device" if it was ticked, and then Next if it was
    /// pressed, or else the focus where it was.
    pub fn take_over(self, handed: &Handed) -> AppState {
        let Screen::Step(index) = self.screen else {
            return self;
        };
        let step = self.protocol.steps[index].id;
        let mut actions: Vec<Action> = self
            .protocol
            .questions_in(step)
            .filter_map(|q| {
                q.kind
                    .read_form(&handed.values(&field_id(q.id)))
                    .map(|value| Action::Answer(q.id, Some(value)))
            })
            .collect();
        if !handed.values(REMEMBER_STEP_ID).is_empty() {
            actions.push(Action::SetRemember(true));
        }
        if handed.next {
            actions.push(Action::Next);
        }
        let state = actions.into_iter().fold(Rc::new(self), Reducible::reduce);
        let mut state = Rc::unwrap_or_clone(state);
        if let (false, Some(id)) = (handed.next, &handed.focus) {
            state.focus_on(id.clone());
        }
        state
    }

    pub(crate) fn go_to(&mut self, screen: Screen) {
        self.screen = screen;
        self.show_missing = false;
        self.focus_on(HEADING_ID.to_string());
    }
}

fn field_error(question: &'static str, problem: &Problem) -> FieldError {
    let (key, params) = match problem {
        Problem::OutOfRange { min, max } => (
            "error.out_of_range",
            vec![("min", min.to_string()), ("max", max.to_string())],
        ),
        Problem::NotWholeNumber | Problem::WrongType { expected: "number" } => {
            ("error.number", Vec::new())
        }
        Problem::InvalidDate | Problem::WrongType { expected: "date" } => {
            ("error.date", Vec::new())
        }
        Problem::FutureDate => ("error.future_date", Vec::new()),
        _ => ("error.required", Vec::new()),
    };
    FieldError {
        question,
        key,
        params,
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Start => {
                next.undo = None;
                if matches!(next.notice, Some(Notice::Cleared { .. })) {
                    next.notice = None;
                }
                next.start()
            }
            Action::TakeOver(handed) => return Rc::new(next.take_over(&handed)),
            Action::Answer(id, Some(value)) => next.answers.set(id, value),
            Action::Answer(id, None) => next.answers.clear(id),
            Action::Next => {
                let Screen::Step(current) = next.screen else {
                    return self;
                };
                let errors = next.step_errors(current);
                if let Some(first) = errors.first() {
                    next.show_missing = true;
                    next.focus_on(field_id(first.question));
                } else {
                    let following = next.visible_steps().into_iter().find(|&i| i > current);
                    next.go_to(following.map_or(Screen::Result, Screen::Step));
                }
            }
            Action::Back => {
                let steps = next.visible_steps();
                let target = match next.screen {
                    Screen::Step(current) => steps
                        .into_iter()
                        .rev()
                        .find(|&i| i < current)
                        .map(Screen::Step),
                    Screen::Result => steps.last().copied().map(Screen::Step),
                    Screen::Plan => Some(Screen::Result),
                    Screen::Summary => next.summary_from.clone(),
                    Screen::Welcome => None,
                };
                next.go_to(target.unwrap_or(Screen::Welcome));
            }
            Action::EditStep(index) => next.go_to(Screen::Step(index)),
            // A postponement with no date the app can know is not a booking: no plan opens.
            Action::OpenPlan if !next.assessment().may_plan() => {}
            Action::OpenPlan => {
                if next.schedule.is_none() {
                    next.schedule = Some(next.default_schedule(&next.assessment()));
                }
                next.go_to(Screen::Plan);
            }
            Action::SetSchedule(schedule) => next.schedule = Some(schedule),
            Action::SetPlanView(view) => next.plan_view = view,
            Action::SelectDay(date) => next.selected_day = Some(date),
            Action::SetDetailedCalendar(on) => next.detailed_calendar = on,
            Action::SetPhone(phone) => {
                let phone = phone.trim();
                // A phone number is digits and a few separators; anything else is not kept.
                let valid = phone.chars().any(|c| c.is_ascii_digit())
                    && phone
                        .chars()
                        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
                next.phone = (valid && phone.len() <= 40).then(|| phone.to_string());
            }
            Action::Boot { saved, fragment } => {
                resume::boot(&mut next, saved.as_deref(), fragment.as_deref())
            }
            Action::SetRemember(on) => next.remember = on && !next.saved_notice_pending(),
            Action::Forget => {
                next = self.clone().reduce(Action::Restart).as_ref().clone();
                next.remember = false;
                next.notice = Some(Notice::Cleared { forgot: true });
                next.undo = Some(self.clone());
            }
            Action::Undo => {
                let Some(before) = self.undo.clone() else {
                    return self;
                };
                next = (*before).clone();
                next.notice = None;
                next.undo = None;
                let screen = next.screen.clone();
                next.go_to(screen);
            }
            Action::SetShareCode(code) => next.share_code = Some(code),
            Action::Sealed { plain, link } => {
                next.sealed_link = Some(match link {
                    Some(link) => Ok((plain, link)),
                    None => Err(plain),
                })
            }
            Action::UnlockFailed(key) => {
                let Some(Notice::Locked { problem, .. }) = &mut next.notice else {
                    return self;
                };
                *problem = Some(key);
                next.focus_on(UNLOCK_CODE_ID.to_string());
            }
            Action::Show(screen) => {
                // A history entry of a screen that cannot be shown any more (the plan before
                // any dates, anything past the questions after Start again) opens the nearest
                // one that can.
                let screen = match screen {
                    Screen::Result | Screen::Plan | Screen::Summary
                        if next.answers.0.is_empty() =>
                    {
                        Screen::Welcome
                    }
                    Screen::Plan if next.schedule.is_none() => Screen::Result,
                    Screen::Summary if next.summary_from.is_none() => Screen::Result,
                    screen => screen,
                };
                if screen == next.screen {
                    return self;
                }
                next.go_to(screen);
            }
            Action::StoppedElsewhere => {
                if !next.remember {
                    return self;
                }
                next.remember = false;
                next.notice = Some(Notice::StoppedElsewhere);
            }
            Action::DismissNotice => {
                next.notice = None;
                next.undo = None;
            }
            Action::ToggleShare => {
                next.share_open = !next.share_open;
                next.link_copied = None;
            }
            Action::LinkCopied(ok) => next.link_copied = Some(ok),
            Action::OpenSummary => {
                next.summary_from = Some(next.screen.clone());
                next.go_to(Screen::Summary);
            }
            Action::Restart => {
                next = AppState::with_clinic(next.today, self.clinic.clone());
                // Starting again keeps the person's choice to save; the empty state is saved.
                next.remember = self.remember;
                if !self.answers.0.is_empty() {
                    next.notice = Some(Notice::Cleared { forgot: false });
                    next.undo = Some(self.clone());
                }
                next.go_to(Screen::Welcome);
            }
        }
        Rc::new(next)
    }
}
