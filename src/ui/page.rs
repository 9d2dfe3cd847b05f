//! The page's start-up as a pure state machine, as `state` is for the journey: what the page
//! has (the words of each language, the app's module, the plan's module), what it shows, and
//! what the person asked for while something was on its way. Each action returns the effects
//! to run (fetch, load, draw, mount); `shell` runs them and feeds what they bring back in as
//! actions. Nothing here touches the browser, so every start-up path is tested natively
//! (`tests/page_state.rs`).

use crate::domain::i18n::Lang;
use crate::ui::ids::{HEADING_ID, LANG_SWITCH_ID, NEXT_ID, RETRY_ID, START_ID};

/// What the page has of something it fetches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Fetch {
    #[default]
    Absent,
    OnItsWay,
    Here,
    /// The last request failed (the reason is in the console); the next want asks again.
    Failed,
}

impl Fetch {
    fn settled(self) -> bool {
        !matches!(self, Fetch::OnItsWay)
    }
}

/// The parts of the app that come as modules of their own (see `lazy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The Yew app: the questions and the result.
    App,
    /// The screens after the result: the plan, the summary, keeping and sharing.
    Later,
}

/// What `<main>` holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Showing {
    /// Nothing yet: the clinic's file, or what a Spanish or restored start needs, is awaited.
    Nothing,
    Welcome,
    /// The first step of the questions, drawn by the shell on Start while the app's module
    /// or the words are on their way (`first_step`).
    FirstStep,
    /// The app's module could not be had: the message, with Try again.
    NotLoaded,
    /// The app, which draws every screen from then on.
    App,
}

/// What a pressed button, or the opening of the page, waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waiting {
    /// The first screen is drawn once the clinic's language (and, for a saved journey or a
    /// share link, both languages and both modules) are here or failed.
    Opening,
    /// Start, or Try again on the shell's card (`busy` names which): the questions' words and
    /// the app's module.
    Start { busy: &'static str },
    /// Try again on the app's card: the words and the plan's module, for the app's screens.
    Retry,
    /// The first step drawn ahead waits for what Start waits for; `next`: Next was pressed
    /// on it (and says it is busy), so the app goes on as soon as it has the step.
    FirstStep { next: bool },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageAction {
    /// The clinic's file was read: its language, if it sets one, comes before the browser's.
    /// `warn_problems`: it has problems to say in the console, once the English words are here.
    ClinicRead {
        clinic_lang: Option<Lang>,
        warn_problems: bool,
        /// The file has content of its own (questions, care steps): the first step may not
        /// be everyone's.
        content: bool,
    },
    /// Reading the clinic's settings and content found problems for the console.
    ProblemsFound,
    WordsArrived(Lang),
    WordsFailed(Lang),
    PartLoaded(Part),
    PartFailed(Part),
    /// The person chose a language on the switch.
    LangChosen(Lang),
    /// A saved journey or a share link was opened in `lang`: the page follows it.
    JourneyIn(Lang),
    /// Start, on the first screen or on the app's after starting over.
    StartPressed,
    /// Try again, on the card shown when words or code could not be had.
    TryAgain,
    /// Next, on the first step drawn ahead of the app.
    NextPressed,
    /// Back, on the first step drawn ahead of the app: to the first screen.
    BackPressed,
    /// `index.html` drew the first step before the first module ran, and the person is on it
    /// (`next`: Next was pressed there): as Start (and Next), with the focus left where it is.
    StepTaken {
        next: bool,
    },
    /// The mounted app has drawn for the first time.
    AppDrawn,
    /// The app reached a screen that needs the plan's module (the result's keeping panel).
    LaterWanted,
    /// A new version is installed and waits for the person to refresh.
    UpdateReady,
    /// `embed.js` on the host page said hello: the frame drops what the host page has.
    Embedded,
}

/// What the shell does for an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    FetchWords(Lang),
    LoadPart(Part),
    /// Marks the element busy (`aria-busy`, disabled) or not.
    Busy(&'static str, bool),
    /// Draws the page around the screens (header, switch, panel, footer), the first time with
    /// the skeleton it lives in.
    DrawFrame,
    /// Draws the shell's own screen (`showing`) in `<main>`.
    DrawScreen,
    Focus(&'static str),
    /// Says the clinic file's problems in the console, in English.
    WarnProblems,
    /// Reads the clinic's settings and own content with the app's module (which carries the
    /// protocol), as soon as the file and the module are both here.
    ReadProtocol,
    /// Puts the app, drawn off the page while the first step drawn ahead stayed live, in
    /// `<main>`, with what was done on that step meanwhile.
    ShowApp,
    /// Hands `<main>` to the app, on the first question if `started`, with what the person
    /// did on the first step drawn ahead, if it was (`next`: Next was pressed on it).
    Mount {
        started: bool,
        next: bool,
    },
    /// Gives the mounted app its new props (language, words, a Start).
    UpdateApp,
}

/// What the one module has from the start: everything in tests and in a build without the
/// `lazy-words` and `split` features; only the first screen's English in the release build.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Have {
    pub en_words: bool,
    pub es_words: bool,
    pub app: bool,
    pub later: bool,
    /// The page carries the first step's markup (`index.html`'s templates): Start can draw it
    /// before the app's module is here.
    pub first_step: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageState {
    pub lang: Lang,
    /// The browser's language, if the app has its words; the clinic's comes first.
    pub browser_lang: Option<Lang>,
    /// A saved journey or a share link was found at start-up: the page opens past the first
    /// screen.
    pub restoring: bool,
    /// `?check-config`: the panel explains its numbers in words fetched after start-up.
    pub check_config: bool,
    pub en_words: Fetch,
    pub es_words: Fetch,
    pub app: Fetch,
    pub later: Fetch,
    pub showing: Showing,
    pub waiting: Option<Waiting>,
    /// The language the switch asked for, while its words are on their way.
    pub switching: Option<Lang>,
    /// How many times Start was pressed on the mounted app's first screen: each one starts it.
    pub starts: u32,
    pub update_ready: bool,
    pub embedded: bool,
    /// The clinic file's problems wait for the English words to be said in the console.
    pub warn_problems: bool,
    /// The clinic's file was read (`ClinicRead`).
    pub clinic_read: bool,
    /// The clinic's file has content of its own for the app's module to read.
    pub content: bool,
    /// The page carries the first step's markup (see `Have`).
    pub first_step: bool,
}

fn have(here: bool) -> Fetch {
    if here {
        Fetch::Here
    } else {
        Fetch::Absent
    }
}

impl PageState {
    /// The page before the clinic's file is read, and the requests to make meanwhile.
    pub fn start(
        browser_lang: Option<Lang>,
        restoring: bool,
        check_config: bool,
        embedded: bool,
        had: Have,
    ) -> (PageState, Vec<Effect>) {
        let mut page = PageState {
            lang: Lang::default(),
            browser_lang,
            restoring,
            check_config,
            en_words: have(had.en_words),
            es_words: have(had.es_words),
            app: have(had.app),
            later: have(had.later),
            showing: Showing::Nothing,
            waiting: None,
            switching: None,
            starts: 0,
            update_ready: false,
            embedded,
            warn_problems: false,
            clinic_read: false,
            content: false,
            first_step: had.first_step,
        };
        let mut effects = Vec::new();
        // The words a person is likely to need are asked for at once, alongside the clinic's
        // file, so that on a slow network nobody waits for one request after the other:
        // English (the questions') unless the browser is Spanish, Spanish when it is. Saved
        // answers or a share link may be in either, so those bring both, and both modules.
        let spanish_browser = browser_lang == Some(Lang::Es);
        if !spanish_browser || restoring {
            page.want_words(Lang::En, &mut effects);
        }
        if spanish_browser || restoring {
            page.want_words(Lang::Es, &mut effects);
        }
        if restoring {
            page.want_part(Part::App, &mut effects);
            page.want_part(Part::Later, &mut effects);
        }
        (page, effects)
    }

    pub fn words(&self, lang: Lang) -> Fetch {
        match lang {
            Lang::En => self.en_words,
            Lang::Es => self.es_words,
        }
    }

    fn words_mut(&mut self, lang: Lang) -> &mut Fetch {
        match lang {
            Lang::En => &mut self.en_words,
            Lang::Es => &mut self.es_words,
        }
    }

    fn part_mut(&mut self, part: Part) -> &mut Fetch {
        match part {
            Part::App => &mut self.app,
            Part::Later => &mut self.later,
        }
    }

    /// The current language's words are here: the app's screens can be drawn.
    pub fn words_ready(&self) -> bool {
        self.words(self.lang) == Fetch::Here
    }

    /// Asks for `lang`'s words unless they are here or on their way.
    fn want_words(&mut self, lang: Lang, effects: &mut Vec<Effect>) {
        let words = self.words_mut(lang);
        if matches!(words, Fetch::Absent | Fetch::Failed) {
            *words = Fetch::OnItsWay;
            effects.push(Effect::FetchWords(lang));
        }
    }

    fn want_part(&mut self, part: Part, effects: &mut Vec<Effect>) {
        let fetch = self.part_mut(part);
        if matches!(fetch, Fetch::Absent | Fetch::Failed) {
            *fetch = Fetch::OnItsWay;
            effects.push(Effect::LoadPart(part));
        }
    }

    pub fn reduce(&mut self, action: PageAction) -> Vec<Effect> {
        let mut effects = Vec::new();
        match action {
            PageAction::ClinicRead {
                clinic_lang,
                warn_problems,
                content,
            } => {
                self.lang = clinic_lang.or(self.browser_lang).unwrap_or_default();
                self.clinic_read = true;
                self.content = content;
                if self.app == Fetch::Here {
                    effects.push(Effect::ReadProtocol);
                }
                // The check panel's problems are put in words by the app's module.
                if self.check_config {
                    self.want_part(Part::App, &mut effects);
                }
                // A Spanish first screen needs its words (the clinic may choose Spanish for
                // an English browser: they are asked for once it is known).
                if self.lang == Lang::Es {
                    self.want_words(Lang::Es, &mut effects);
                }
                if warn_problems {
                    self.warn_problems = true;
                    self.want_words(Lang::En, &mut effects);
                    self.warn_when_english(&mut effects);
                }
                self.prepare_opening(&mut effects);
                self.wait(Waiting::Opening, &mut effects);
            }
            PageAction::ProblemsFound => {
                // The frame shows them too: the patients' notice, or the check panel.
                self.redraw_frame(&mut effects);
                self.warn_problems = true;
                self.want_words(Lang::En, &mut effects);
                self.warn_when_english(&mut effects);
            }
            PageAction::WordsArrived(lang) => {
                *self.words_mut(lang) = Fetch::Here;
                self.arrived(Some(lang), &mut effects);
            }
            PageAction::WordsFailed(lang) => {
                *self.words_mut(lang) = Fetch::Failed;
                self.arrived(Some(lang), &mut effects);
            }
            PageAction::PartLoaded(part) => {
                *self.part_mut(part) = Fetch::Here;
                // Whatever waits, the file is read whole first: its problems may be said, and
                // the app is mounted with the protocol it reads.
                if part == Part::App && self.clinic_read {
                    effects.push(Effect::ReadProtocol);
                }
                self.arrived(None, &mut effects);
            }
            PageAction::PartFailed(part) => {
                *self.part_mut(part) = Fetch::Failed;
                self.arrived(None, &mut effects);
            }
            PageAction::LangChosen(lang) => {
                // A language's words are fetched the first time they are wanted (the switch
                // says it is busy meanwhile); if they cannot be had, the page stays as it is
                // (the reason is in the console).
                if self.words(lang) == Fetch::Here {
                    if self.switching.take().is_some() {
                        effects.push(Effect::Busy(LANG_SWITCH_ID, false));
                    }
                    self.show_language(lang, &mut effects);
                } else {
                    if self.switching.replace(lang).is_none() {
                        effects.push(Effect::Busy(LANG_SWITCH_ID, true));
                    }
                    self.want_words(lang, &mut effects);
                }
            }
            PageAction::JourneyIn(lang) => {
                self.show_language(lang, &mut effects);
            }
            // A second press while the first waits changes nothing.
            PageAction::StartPressed | PageAction::TryAgain if self.waiting.is_some() => {}
            PageAction::StartPressed if self.may_draw_ahead() => {
                self.showing = Showing::FirstStep;
                effects.push(Effect::DrawScreen);
                effects.push(Effect::Focus(HEADING_ID));
                self.press_start(Waiting::FirstStep { next: false }, &mut effects);
            }
            // Even with the questions settled, the step stays, for the app to take over.
            PageAction::StepTaken { next }
                if self.waiting.is_none() && self.step_is_everyones() =>
            {
                self.showing = Showing::FirstStep;
                effects.push(Effect::DrawScreen);
                self.press_start(Waiting::FirstStep { next }, &mut effects);
            }
            PageAction::StepTaken { .. } => {}
            PageAction::StartPressed => {
                self.press_start(Waiting::Start { busy: START_ID }, &mut effects)
            }
            PageAction::NextPressed => {
                if self.waiting == Some(Waiting::FirstStep { next: false }) {
                    self.waiting = Some(Waiting::FirstStep { next: true });
                    effects.push(Effect::Busy(NEXT_ID, true));
                }
            }
            PageAction::BackPressed if self.showing == Showing::FirstStep => {
                // What is on its way still comes, for the next Start.
                self.waiting = None;
                self.showing = Showing::Welcome;
                effects.push(Effect::DrawScreen);
                effects.push(Effect::Focus(HEADING_ID));
            }
            PageAction::BackPressed => {}
            PageAction::TryAgain if self.showing == Showing::App => {
                // The app's card: its words, or the plan's module, could not be had.
                self.want_words(self.lang, &mut effects);
                self.want_part(Part::Later, &mut effects);
                self.wait(Waiting::Retry, &mut effects);
            }
            PageAction::TryAgain => {
                self.press_start(Waiting::Start { busy: RETRY_ID }, &mut effects)
            }
            PageAction::AppDrawn => effects.push(Effect::ShowApp),
            PageAction::LaterWanted => self.want_part(Part::Later, &mut effects),
            // The frame shows these as soon as it is drawn; before that, it is drawn with them.
            PageAction::UpdateReady => {
                self.update_ready = true;
                self.redraw_frame(&mut effects);
            }
            PageAction::Embedded if !self.embedded => {
                self.embedded = true;
                self.redraw_frame(&mut effects);
            }
            PageAction::Embedded => {}
        }
        effects
    }

    /// Start and Try again (`waiting` is `Start` or `FirstStep`): the questions need their
    /// words (asked for at start-up) and the app's module (asked for once the first screen was
    /// drawn); the button says it is busy until they are here, unless the first step is drawn
    /// ahead meanwhile. The screens after the result are asked for once the questions are up
    /// (see `go_on`), so that they do not share the line with what the first question waits
    /// for.
    fn press_start(&mut self, waiting: Waiting, effects: &mut Vec<Effect>) {
        self.want_words(self.lang, effects);
        self.want_part(Part::App, effects);
        self.wait(waiting, effects);
    }

    /// The questions' words and the app's module are here or could not be had.
    fn questions_settled(&self) -> bool {
        self.words(self.lang).settled() && self.app.settled()
    }

    /// Start on the shell's first screen draws the first step at once, unless the app could
    /// open on it at once anyway, or the step may differ from the one drawn ahead: a clinic's
    /// own questions (read by the app's module) may join it, and a saved journey or a share
    /// link opens past it.
    fn may_draw_ahead(&self) -> bool {
        self.first_step && self.step_is_everyones() && !self.questions_settled()
    }

    /// The first screen is up, and the first step after it is the same for every page.
    fn step_is_everyones(&self) -> bool {
        self.showing == Showing::Welcome && !self.content && !self.restoring
    }

    /// Waits for what `waiting` needs, its control busy meanwhile, or goes on at once.
    fn wait(&mut self, waiting: Waiting, effects: &mut Vec<Effect>) {
        if self.ready_for(waiting) {
            self.go_on(waiting, effects);
            return;
        }
        self.waiting = Some(waiting);
        if let Some(id) = busy_id(waiting) {
            effects.push(Effect::Busy(id, true));
        }
    }

    /// The clinic file's problems go to the console once the English words and the app's
    /// module (the code that fills the words in) are settled; without the words, there are
    /// none to say them in, and without the module, each problem is said by its field alone.
    fn warn_when_english(&mut self, effects: &mut Vec<Effect>) {
        let app_settled = matches!(self.app, Fetch::Here | Fetch::Failed);
        if self.warn_problems && self.en_words.settled() && app_settled {
            self.warn_problems = false;
            if self.en_words == Fetch::Here {
                effects.push(Effect::WarnProblems);
            }
        }
    }

    /// The language the first screen opens in, once that is known: the clinic's or the
    /// browser's, or English when Spanish is wanted (or a restored journey may be in it) and
    /// its words could not be had. `None` while they are on their way.
    fn opening_lang(&self) -> Option<Lang> {
        let spanish_needed = self.lang == Lang::Es || self.restoring;
        if spanish_needed && !self.es_words.settled() {
            return None;
        }
        Some(if spanish_needed && self.es_words != Fetch::Here {
            Lang::En
        } else {
            self.lang
        })
    }

    /// The clinic's check panel is drawn with its problems in words: with `?check-config`,
    /// the page opens once the opening language's words are here (or failed).
    fn prepare_opening(&mut self, effects: &mut Vec<Effect>) {
        if !self.check_config {
            return;
        }
        if let Some(lang) = self.opening_lang() {
            self.want_words(lang, effects);
        }
    }

    /// Something requested came or failed (`words`: whose words): what waited for it goes
    /// on, and what is on screen is drawn again with it.
    fn arrived(&mut self, words: Option<Lang>, effects: &mut Vec<Effect>) {
        self.warn_when_english(effects);
        if self.waiting == Some(Waiting::Opening) {
            self.prepare_opening(effects);
        }
        // Drawn again in the language switched to: nothing more to draw for this arrival.
        let mut redrawn = false;
        if let Some(lang) = self.switching {
            if self.words(lang).settled() {
                self.switching = None;
                effects.push(Effect::Busy(LANG_SWITCH_ID, false));
                redrawn = self.words(lang) == Fetch::Here && self.show_language(lang, effects);
            }
        }
        match self.waiting {
            Some(waiting) if self.ready_for(waiting) => {
                self.waiting = None;
                if let Some(id) = busy_id(waiting) {
                    effects.push(Effect::Busy(id, false));
                }
                self.go_on(waiting, effects);
            }
            Some(_) => {}
            None if redrawn => {}
            // Words or the plan's module that arrive for the app's screens redraw them.
            None if self.showing == Showing::App => effects.push(Effect::UpdateApp),
            // The clinic's check panel explains its numbers in words fetched after start-up.
            None if self.check_config
                && self.showing != Showing::Nothing
                && words == Some(self.lang) =>
            {
                effects.push(Effect::DrawFrame)
            }
            None => {}
        }
    }

    fn ready_for(&self, waiting: Waiting) -> bool {
        match waiting {
            Waiting::Opening => {
                let Some(lang) = self.opening_lang() else {
                    return false;
                };
                let mut needed = Vec::new();
                if self.restoring {
                    needed.extend([self.en_words, self.app, self.later]);
                }
                if self.check_config {
                    needed.extend([self.words(lang), self.app]);
                }
                needed.iter().all(|f| f.settled())
            }
            Waiting::Start { .. } | Waiting::FirstStep { .. } => self.questions_settled(),
            Waiting::Retry => self.words(self.lang).settled() && self.later.settled(),
        }
    }

    fn go_on(&mut self, waiting: Waiting, effects: &mut Vec<Effect>) {
        match waiting {
            Waiting::Opening => self.open(effects),
            // Words that cannot be had are the app's to report (it shows the same card).
            Waiting::Start { .. } | Waiting::FirstStep { .. } if self.app != Fetch::Here => {
                self.showing = Showing::NotLoaded;
                effects.push(Effect::DrawScreen);
                effects.push(Effect::Focus(HEADING_ID));
            }
            Waiting::Start { .. } if self.showing == Showing::App => {
                self.starts += 1;
                effects.push(Effect::UpdateApp);
                self.want_part(Part::Later, effects);
            }
            Waiting::Start { .. } | Waiting::FirstStep { .. } => {
                self.showing = Showing::App;
                effects.push(Effect::Mount {
                    started: true,
                    next: waiting == Waiting::FirstStep { next: true },
                });
                // The screens after the result, to be here by the time the result is.
                self.want_part(Part::Later, effects);
            }
            Waiting::Retry => effects.push(Effect::UpdateApp),
        }
    }

    /// The first screen, once what it waits for is settled: a Spanish first screen needs its
    /// words (English if they cannot be had); a restored journey opens past the first screen,
    /// so it needs both languages and both modules. Without the app's module the journey
    /// cannot be opened: the first screen says so on Start, with Try again, and the saved data
    /// stays where it is.
    fn open(&mut self, effects: &mut Vec<Effect>) {
        self.lang = self.opening_lang().unwrap_or(Lang::En);
        // The clinic's language, or English after Spanish failed: its words, if not asked
        // for yet.
        self.want_words(self.lang, effects);
        effects.push(Effect::DrawFrame);
        if self.restoring && self.app == Fetch::Here {
            self.showing = Showing::App;
            effects.push(Effect::Mount {
                started: false,
                next: false,
            });
        } else {
            self.showing = Showing::Welcome;
            effects.push(Effect::DrawScreen);
            // The app's module is asked for only now, so that on a slow network the first
            // screen shares the line with nothing it does not need (it waited for the
            // clinic's file).
            self.want_part(Part::App, effects);
        }
    }

    fn redraw_frame(&self, effects: &mut Vec<Effect>) {
        if self.showing != Showing::Nothing {
            effects.push(Effect::DrawFrame);
        }
    }

    /// Draws the page in `lang`, unless it is already; whether it did.
    fn show_language(&mut self, lang: Lang, effects: &mut Vec<Effect>) -> bool {
        if self.lang == lang {
            return false;
        }
        self.lang = lang;
        effects.push(Effect::DrawFrame);
        match self.showing {
            Showing::App => effects.push(Effect::UpdateApp),
            Showing::Welcome | Showing::FirstStep | Showing::NotLoaded => {
                effects.push(Effect::DrawScreen)
            }
            Showing::Nothing => {}
        }
        true
    }
}

/// The control that says it is busy while `waiting` waits.
fn busy_id(waiting: Waiting) -> Option<&'static str> {
    match waiting {
        Waiting::Opening => None,
        Waiting::Start { busy } => Some(busy),
        Waiting::Retry => Some(RETRY_ID),
        Waiting::FirstStep { next } => next.then_some(NEXT_ID),
    }
}

/// How the app sends page actions (Start, Try again, a journey opened in a language) to the
/// shell that runs the page. Every link sends to the same page, so any two are equal, and a
/// new one never draws the app again.
#[derive(Clone)]
pub struct PageLink(std::rc::Rc<dyn Fn(PageAction)>);

impl PageLink {
    pub fn new(send: impl Fn(PageAction) + 'static) -> Self {
        PageLink(std::rc::Rc::new(send))
    }

    /// A link to no page, for an app drawn on its own (server-side rendering in tests): its
    /// Start and Try again, which are the page's, then do nothing.
    pub fn none() -> Self {
        PageLink::new(|_| {})
    }

    pub fn send(&self, action: PageAction) {
        (self.0)(action)
    }
}

impl PartialEq for PageLink {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
