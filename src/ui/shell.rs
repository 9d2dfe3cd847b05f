//! The first module's share of the page: it runs the effects of the page's reducer (`page`).
//! It draws the frame (`ui::frame`) and the first screen as markup, fetches the words and the
//! app's parts, and mounts the Yew app in `<main>` when the reducer says so: the first screen
//! needs neither Yew nor the questions, which come in a module of their own
//! (`ui::app_part`). The frame stays the shell's on every screen; the app gets the language
//! as a prop and sends what the person does on its screens back as page actions.
//!
//! On a fresh page `index.html` may have drawn the skeleton with the first screen or step
//! already, from the same markup (`frame::skeleton`, `tests/first_screen_page.rs`): the shell
//! takes it over the first time it draws the frame, leaves what it would draw the same as it
//! is (with what was typed and the focus), and carries out what was pressed there (Start,
//! Next, a language) as page actions.

use super::app_part::{Update, APP};
use super::components::welcome::welcome;
use super::first_step::{self, Handed};
use super::frame::{self, Frame};
use super::ids::{BACK_ID, FOOT_ID, MAIN_ID, NEXT_ID, RETRY_ID, START_ID, TOP_ID, UPDATE_ID};
use super::later::LATER;
use super::page::{Effect, PageAction, PageLink, PageState, Part, Showing};
use super::words::fetch_words;
use super::{platform, AppProps};
use crate::domain::clinic::{ClinicConfig, ConfigProblem};
use crate::domain::i18n::{t, Lang};
use chrono::NaiveDate;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What start-up read, for the frame and the app.
pub struct Opened {
    pub clinic: Rc<ClinicConfig>,
    /// Problems not said in the console yet (none in the configurator's preview, which shows
    /// its draft's problems at their fields).
    pub unsaid: Vec<ConfigProblem>,
    pub preview: bool,
    /// What was wrong in the clinic's file, for the `?check-config` panel and the console.
    pub config_problems: Vec<ConfigProblem>,
}

struct Inner {
    page: RefCell<PageState>,
    today: NaiveDate,
    opened: RefCell<Option<Opened>>,
    /// Whether the page's skeleton (`<div class="app">` with its three parts) is drawn.
    drawn: Cell<bool>,
    /// How to give the mounted app new props.
    app: RefCell<Option<Update>>,
    /// The first step drawn ahead of the app is in `<main>`.
    step_drawn: Cell<bool>,
    /// What the person did on it, kept while it is not on screen, for the app to take over.
    kept: RefCell<Handed>,
    /// Next, pressed on the step or noted for it, while the app draws off the page.
    next_held: Cell<bool>,
    /// What the person did on the screens `index.html` drew, for the reducer once the shell
    /// has taken the page over.
    ahead: RefCell<Option<platform::DrawnAhead>>,
    /// `index.html`'s drawing, in this language, is on screen as it drew it: the shell leaves
    /// what it would draw the same (`frame::skeleton`'s test) as it is, while it takes over.
    ahead_on_screen: Cell<Option<Lang>>,
}

/// The page's effect runner: cheap to clone, one per page.
#[derive(Clone)]
pub struct Shell(Rc<Inner>);

impl Shell {
    /// The runner for `page`, running the effects start-up asked for at once.
    pub fn new(page: PageState, effects: Vec<Effect>, today: NaiveDate) -> Shell {
        let shell = Shell(Rc::new(Inner {
            page: RefCell::new(page),
            today,
            opened: RefCell::new(None),
            drawn: Cell::new(false),
            app: RefCell::new(None),
            step_drawn: Cell::new(false),
            kept: RefCell::default(),
            next_held: Cell::new(false),
            ahead: RefCell::default(),
            ahead_on_screen: Cell::new(None),
        }));
        shell.run(effects);
        shell
    }

    /// The clinic's file was read: the page can be drawn once what it waits for is here.
    /// Its problems go to the console, except in the configurator's `preview`.
    pub fn clinic_read(
        &self,
        clinic: ClinicConfig,
        config_problems: Vec<ConfigProblem>,
        preview: bool,
    ) {
        let clinic_lang = clinic.default_language;
        let content = clinic.adds_content();
        let unsaid = if preview {
            Vec::new()
        } else {
            config_problems.clone()
        };
        let warn_problems = !unsaid.is_empty();
        *self.0.opened.borrow_mut() = Some(Opened {
            clinic: Rc::new(clinic),
            unsaid,
            preview,
            config_problems,
        });
        self.dispatch(PageAction::ClinicRead {
            clinic_lang,
            warn_problems,
            content,
        });
    }

    /// The clinic's settings and own content, read by the app's module as soon as both are
    /// here; their problems join the file's (the check panel lists them, the console says them).
    fn read_protocol(&self) {
        let Some(app) = APP.get() else {
            return;
        };
        let found = {
            let mut opened = self.0.opened.borrow_mut();
            let Some(opened) = opened.as_mut() else {
                return;
            };
            if opened.clinic.unread.is_none() {
                return;
            }
            let mut clinic = (*opened.clinic).clone();
            let found = (app.read_protocol)(&mut clinic);
            opened.clinic = Rc::new(clinic);
            opened.config_problems.extend(found.iter().cloned());
            if !opened.preview {
                opened.unsaid.extend(found.iter().cloned());
            }
            !opened.preview && !found.is_empty()
        };
        if found {
            self.dispatch(PageAction::ProblemsFound);
        }
    }

    pub fn dispatch(&self, action: PageAction) {
        let effects = self.0.page.borrow_mut().reduce(action);
        self.run(effects);
    }

    /// How the app sends actions: later, never from inside the app's own rendering.
    fn link(&self) -> PageLink {
        let shell = self.clone();
        PageLink::new(move |action| {
            let shell = shell.clone();
            wasm_bindgen_futures::spawn_local(async move { shell.dispatch(action) });
        })
    }

    fn run(&self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::FetchWords(lang) => {
                    let (shell, arrival) = (self.clone(), fetch_words(lang));
                    wasm_bindgen_futures::spawn_local(async move {
                        shell.dispatch(if arrival.await {
                            PageAction::WordsArrived(lang)
                        } else {
                            PageAction::WordsFailed(lang)
                        });
                    });
                }
                Effect::LoadPart(part) => {
                    let shell = self.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = match part {
                            Part::App => APP.ensure().await,
                            Part::Later => LATER.ensure().await,
                        };
                        shell.dispatch(if loaded {
                            PageAction::PartLoaded(part)
                        } else {
                            PageAction::PartFailed(part)
                        });
                    });
                }
                Effect::Busy(id, busy) => platform::set_busy(id, busy),
                Effect::DrawFrame => self.draw_frame(),
                Effect::DrawScreen => self.draw_screen(),
                Effect::Focus(id) => platform::focus(id),
                Effect::WarnProblems => self.warn_problems(),
                Effect::ReadProtocol => self.read_protocol(),
                Effect::Mount { started, next } => self.mount(started, next),
                Effect::ShowApp => self.show_app(),
                Effect::UpdateApp => {
                    let props = self.props(false, None);
                    if let (Some(update), Some(props)) = (self.0.app.borrow_mut().as_mut(), props) {
                        update(props);
                    }
                }
            }
        }
        let ahead = self.0.ahead.borrow_mut().take();
        if let Some(ahead) = ahead {
            if ahead.step {
                self.dispatch(PageAction::StepTaken { next: ahead.next });
            }
            if let Some(lang) = ahead.chosen.as_deref().and_then(Lang::from_code) {
                self.dispatch(PageAction::LangChosen(lang));
            }
            // Taken over: from now on the shell draws what the page shows.
            let kept_as_drawn = self.0.ahead_on_screen.take().is_some();
            let showing = self.0.page.borrow().showing;
            if kept_as_drawn && ahead.step && showing != Showing::FirstStep {
                self.draw_screen();
            }
        }
    }

    /// The app's props, from the page's state; `handed` only when it is mounted.
    fn props(&self, started: bool, handed: Option<Handed>) -> Option<AppProps> {
        let page = self.0.page.borrow();
        let opened = self.0.opened.borrow();
        Some(AppProps {
            lang: page.lang,
            today: self.0.today,
            clinic: opened.as_ref()?.clinic.clone(),
            started,
            starts: page.starts,
            words_ready: page.words_ready(),
            later_ready: LATER.get().is_some(),
            handed: handed.map(Rc::new),
            page: self.link(),
        })
    }

    /// The clinic file's problems in the console, in English, for whoever maintains it.
    fn warn_problems(&self) {
        let unsaid = self
            .0
            .opened
            .borrow_mut()
            .as_mut()
            .map(|o| std::mem::take(&mut o.unsaid))
            .unwrap_or_default();
        // The words' code comes with the app's module; without it, the field alone.
        let words = APP.get().map(|app| app.panel.problem);
        for problem in &unsaid {
            let text = words.map_or_else(String::new, |words| {
                format!(": {}", words(Lang::En, problem))
            });
            platform::warn(&format!(
                "careplanner clinic config: {}{text}",
                problem.field
            ));
        }
    }

    fn mount(&self, started: bool, next: bool) {
        // Yew empties its root at once and draws in it a moment later, in another task: a
        // step drawn ahead stays live meanwhile (what is typed then is not lost), and the app
        // draws off the page until `show_app` puts it in its place.
        let held = started && self.0.step_drawn.get();
        let handed = if held {
            self.0.next_held.set(next);
            None
        } else {
            self.keep_step();
            started.then(|| Handed {
                next,
                ..std::mem::take(&mut *self.0.kept.borrow_mut())
            })
        };
        let (Some(app), Some(props)) = (APP.get(), self.props(started, handed)) else {
            return;
        };
        if !held {
            platform::set_inner_html(MAIN_ID, "");
        }
        let update = (app.mount)(props, held);
        *self.0.app.borrow_mut() = update;
    }

    /// The app has drawn off the page: it takes the place of the step drawn ahead, and over
    /// what was done there, the focus where it was.
    fn show_app(&self) {
        if !platform::holds_root() {
            return;
        }
        self.keep_step();
        let handed = Handed {
            next: self.0.next_held.take(),
            ..std::mem::take(&mut *self.0.kept.borrow_mut())
        };
        let focus = handed.focus.clone();
        platform::show_held_root(MAIN_ID);
        if let Some(id) = focus {
            platform::focus(&id);
        }
        let props = self.props(false, Some(handed));
        if let (Some(update), Some(props)) = (self.0.app.borrow_mut().as_mut(), props) {
            update(props);
        }
    }

    /// Draws the page's skeleton the first time, with the listeners of its buttons.
    fn draw_skeleton(&self) {
        if self.0.drawn.replace(true) {
            return;
        }
        // index.html may have drawn the skeleton and the first screen (or step) already, from
        // the same markup: the shell takes it over, and what the person did there follows.
        match platform::take_drawn_ahead() {
            Some(ahead) => {
                self.0.step_drawn.set(ahead.step);
                self.0.ahead_on_screen.set(Lang::from_code(&ahead.lang));
                *self.0.ahead.borrow_mut() = Some(ahead);
            }
            None => platform::append_to_body(&frame::skeleton("", "", "")),
        }
        let shell = self.clone();
        platform::on_button_clicks(TOP_ID, move |id| {
            if id == UPDATE_ID {
                platform::activate_update();
            } else if let Some(chosen) = frame::lang_of_button(id) {
                shell.dispatch(PageAction::LangChosen(chosen));
            }
        });
        // The first screen's buttons, until the app is mounted and handles its own.
        let shell = self.clone();
        platform::on_button_clicks(MAIN_ID, move |id| {
            if shell.0.page.borrow().showing == Showing::App {
                return;
            }
            match id {
                START_ID => shell.dispatch(PageAction::StartPressed),
                RETRY_ID => shell.dispatch(PageAction::TryAgain),
                BACK_ID => shell.dispatch(PageAction::BackPressed),
                _ => {}
            }
        });
        // Next on the first step drawn ahead (a click, or Enter in a field); the app's forms
        // handle their own.
        let shell = self.clone();
        platform::on_form_submits(MAIN_ID, move || {
            if shell.0.page.borrow().showing == Showing::FirstStep {
                shell.dispatch(PageAction::NextPressed);
            } else if platform::holds_root() {
                // The step is still up while the app draws: the app goes on with it.
                shell.0.next_held.set(true);
                platform::set_busy(NEXT_ID, true);
            }
        });
        // Offline support; a new version waits until the person chooses to refresh.
        let shell = self.clone();
        platform::register_service_worker(move || shell.dispatch(PageAction::UpdateReady));
    }

    fn draw_frame(&self) {
        self.draw_skeleton();
        let (lang, top, foot) = {
            let page = self.0.page.borrow();
            let opened = self.0.opened.borrow();
            let Some(opened) = opened.as_ref() else {
                return;
            };
            let frame = Frame {
                lang: page.lang,
                clinic: &opened.clinic,
                config_problems: &opened.config_problems,
                panel: APP.get().map(|app| app.panel),
                check_config: page.check_config,
                update_ready: page.update_ready,
                embedded: page.embedded,
            };
            (
                page.lang,
                frame::top(&frame).into_string(),
                frame::footer(page.lang, page.embedded),
            )
        };
        // index.html's frame in this language is on screen: left as it is if it is the same.
        if self.0.ahead_on_screen.get() == Some(lang)
            && top == frame::top(&Frame::plain(lang, &ClinicConfig::unread())).into_string()
            && !self.0.page.borrow().embedded
        {
            return;
        }
        // A language button keeps the focus it had when the header is drawn in its language.
        let focused = platform::focused_id_within(TOP_ID);
        platform::set_inner_html(TOP_ID, &top);
        platform::set_inner_html(FOOT_ID, &foot.into_string());
        if let Some(id) = focused {
            platform::focus(&id);
        }
        platform::set_document_language(lang.code());
    }

    /// The shell's own screen in `<main>`, in the current language; nothing once the app has
    /// it.
    fn draw_screen(&self) {
        let (lang, showing): (Lang, Showing) = {
            let page = self.0.page.borrow();
            (page.lang, page.showing)
        };
        // index.html's first screen or step, in this language, is what the shell would draw;
        // the step is taken once the first screen is (see `run`).
        if self.0.ahead_on_screen.get() == Some(lang)
            && matches!(showing, Showing::Welcome | Showing::FirstStep)
        {
            return;
        }
        // Drawn again in another language: the focus stays on the control it was on.
        let focused = platform::focused_id_within(MAIN_ID);
        self.keep_step();
        let (markup, title) = match showing {
            Showing::Welcome => (welcome(lang).into_string(), t(lang, "app.name").into()),
            Showing::NotLoaded => (
                frame::not_loaded(lang).into_string(),
                t(lang, "app.name").into(),
            ),
            Showing::FirstStep => match platform::template(&first_step::template_id(lang)) {
                Some((markup, title)) => (markup, title),
                None => return,
            },
            Showing::App | Showing::Nothing => return,
        };
        platform::set_inner_html(MAIN_ID, &markup);
        platform::set_title(&title);
        if showing == Showing::FirstStep {
            platform::fill_inputs(MAIN_ID, &self.0.kept.borrow().entries);
            self.0.step_drawn.set(true);
        }
        if let Some(id) = focused {
            platform::focus(&id);
        }
    }

    /// Keeps what the person did on the first step drawn ahead, before it leaves `<main>`.
    fn keep_step(&self) {
        if self.0.step_drawn.replace(false) {
            *self.0.kept.borrow_mut() = Handed {
                entries: platform::filled_inputs(MAIN_ID),
                focus: platform::focused_id_within(MAIN_ID),
                next: false,
            };
        }
    }
}
