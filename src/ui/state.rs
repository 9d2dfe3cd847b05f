//! The app's state, the actions that change it, and the reducer. All transitions are pure, so
//! they are tested natively; the browser only feeds actions in.

use crate::domain::answers::Answers;
use crate::domain::i18n::Lang;
use chrono::NaiveDate;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Welcome,
    /// One step of questions, by index into the protocol's steps.
    Step(usize),
    Result,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Answers,
    /// The person's today, read once from their clock; dates are checked against it.
    pub today: NaiveDate,
    /// Set when the person pressed Next with answers missing on this step.
    pub show_missing: bool,
}

impl AppState {
    pub fn new(lang: Lang, today: NaiveDate) -> Self {
        AppState {
            lang,
            screen: Screen::Welcome,
            answers: Answers::new(),
            today,
            show_missing: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Start,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Start => {
                next.screen = Screen::Step(0);
                next.show_missing = false;
            }
        }
        Rc::new(next)
    }
}
