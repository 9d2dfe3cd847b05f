//! The page's start-up as a state machine, natively: for each path the end-to-end tests take
//! (words late or failing, the app's module late or failing, a saved journey, a share link,
//! a language switch before and after Start), what each action makes the page do.

use careplanner::domain::i18n::Lang;
use careplanner::ui::ids::{HEADING_ID, LANG_SWITCH_ID, NEXT_ID, RETRY_ID, START_ID};
use careplanner::ui::page::{
    Effect::{self, *},
    Have, PageAction,
    PageAction::*,
    PageState, Part, Showing,
};

/// The release build: only the first screen's English is in the first module.
const RELEASE: Have = Have {
    en_words: false,
    es_words: false,
    app: false,
    later: false,
    first_step: true,
};

/// The app mounted on the first question, or on the restored journey.
const MOUNT_STARTED: Effect = Mount {
    started: true,
    next: false,
};
const MOUNT_RESTORED: Effect = Mount {
    started: false,
    next: false,
};

struct Case {
    name: &'static str,
    browser: Option<Lang>,
    /// A saved journey or a share link is there.
    restoring: bool,
    check_config: bool,
    /// What start-up asks for before the clinic's file is read.
    at_start: &'static [Effect],
    /// Each action, and what it makes the page do.
    steps: &'static [(PageAction, &'static [Effect])],
    showing: Showing,
    lang: Lang,
}

const EN_CLINIC: PageAction = ClinicRead {
    clinic_lang: None,
    warn_problems: false,
    content: false,
};
/// A clinic file with problems to say in the console.
const WARNING_CLINIC: PageAction = ClinicRead {
    clinic_lang: None,
    warn_problems: true,
    content: false,
};
const OPEN_WELCOME: &[Effect] = &[DrawFrame, DrawScreen, LoadPart(Part::App)];
/// Start while the words or the app's module are on their way: the shell draws the first
/// step (`first_step`), focused on its heading.
const DRAW_AHEAD: &[Effect] = &[DrawScreen, Focus(HEADING_ID)];

fn check(case: &Case) {
    let (mut page, effects) = PageState::start(
        case.browser,
        case.restoring,
        case.check_config,
        false,
        RELEASE,
    );
    assert_eq!(effects, case.at_start, "{}: at start", case.name);
    for (action, expected) in case.steps {
        let effects = page.reduce(action.clone());
        assert_eq!(effects, *expected, "{}: on {action:?}", case.name);
    }
    assert_eq!(page.showing, case.showing, "{}: showing", case.name);
    assert_eq!(page.lang, case.lang, "{}: language", case.name);
    assert_eq!(page.waiting, None, "{}: nothing left waiting", case.name);
}

#[test]
fn every_start_up_path_does_what_the_page_needs_and_no_more() {
    let cases = [
        Case {
            name: "English: the first screen waits for nothing, Start draws the first step",
            browser: Some(Lang::En),
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (PartLoaded(Part::App), &[ReadProtocol]),
                // The words are on their way: the shell draws the first step meanwhile.
                (StartPressed, DRAW_AHEAD),
                // A second press while the first waits changes nothing.
                (StartPressed, &[]),
                (
                    WordsArrived(Lang::En),
                    &[MOUNT_STARTED, LoadPart(Part::Later)],
                ),
                (PartLoaded(Part::Later), &[UpdateApp]),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "the app's module late: the first step at once, Next busy until it is here",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (WordsArrived(Lang::En), &[]),
                (StartPressed, DRAW_AHEAD),
                (NextPressed, &[Busy(NEXT_ID, true)]),
                (NextPressed, &[]),
                // The app takes the step over and goes on.
                (
                    PartLoaded(Part::App),
                    &[
                        ReadProtocol,
                        Busy(NEXT_ID, false),
                        Mount {
                            started: true,
                            next: true,
                        },
                        LoadPart(Part::Later),
                    ],
                ),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "everything here: Start mounts at once, never busy",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (WordsArrived(Lang::En), &[]),
                (PartLoaded(Part::App), &[ReadProtocol]),
                (
                    StartPressed,
                    &[MOUNT_STARTED, LoadPart(Part::Later)],
                ),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "the app's module fails: the card, and Try again brings the questions",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (WordsArrived(Lang::En), &[]),
                (StartPressed, DRAW_AHEAD),
                // The shell keeps what was typed on the step for the app.
                (PartFailed(Part::App), &[DrawScreen, Focus(HEADING_ID)]),
                (TryAgain, &[LoadPart(Part::App), Busy(RETRY_ID, true)]),
                (
                    PartLoaded(Part::App),
                    &[
                        ReadProtocol,
                        Busy(RETRY_ID, false),
                        MOUNT_STARTED,
                        LoadPart(Part::Later),
                    ],
                ),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "Try again on the card that failed again shows it again",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (WordsArrived(Lang::En), &[]),
                (PartFailed(Part::App), &[]),
                (StartPressed, &[LoadPart(Part::App), Busy(START_ID, true)]),
                (
                    PartFailed(Part::App),
                    &[Busy(START_ID, false), DrawScreen, Focus(HEADING_ID)],
                ),
                (TryAgain, &[LoadPart(Part::App), Busy(RETRY_ID, true)]),
                (
                    PartFailed(Part::App),
                    &[Busy(RETRY_ID, false), DrawScreen, Focus(HEADING_ID)],
                ),
            ],
            showing: Showing::NotLoaded,
            lang: Lang::En,
        },
        Case {
            name: "the questions' words fail: the app shows its card, Try again brings them",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (PartLoaded(Part::App), &[ReadProtocol]),
                (StartPressed, DRAW_AHEAD),
                // Words that cannot be had are the app's to report.
                (
                    WordsFailed(Lang::En),
                    &[MOUNT_STARTED, LoadPart(Part::Later)],
                ),
                (PartLoaded(Part::Later), &[UpdateApp]),
                (TryAgain, &[FetchWords(Lang::En), Busy(RETRY_ID, true)]),
                (WordsArrived(Lang::En), &[Busy(RETRY_ID, false), UpdateApp]),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "Back on the drawn step: the first screen, and Start opens the app at once",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (StartPressed, DRAW_AHEAD),
                (BackPressed, &[DrawScreen, Focus(HEADING_ID)]),
                (BackPressed, &[]),
                // What was on its way still comes, and waits for the next Start.
                (WordsArrived(Lang::En), &[]),
                (PartLoaded(Part::App), &[ReadProtocol]),
                (
                    StartPressed,
                    &[MOUNT_STARTED, LoadPart(Part::Later)],
                ),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "index.html drew the step and Next was pressed there: drawn over, Next busy, the app goes on",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                // The person is on the step: the focus stays where they have it.
                (
                    StepTaken { next: true },
                    &[DrawScreen, Busy(NEXT_ID, true)],
                ),
                (StepTaken { next: false }, &[]),
                (WordsArrived(Lang::En), &[]),
                (
                    PartLoaded(Part::App),
                    &[
                        ReadProtocol,
                        Busy(NEXT_ID, false),
                        Mount {
                            started: true,
                            next: true,
                        },
                        LoadPart(Part::Later),
                    ],
                ),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "index.html drew the step, the questions already here: the app takes the step over",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (WordsArrived(Lang::En), &[]),
                // The file is read whole as soon as it is here too.
                (PartLoaded(Part::App), &[]),
                (EN_CLINIC, &[ReadProtocol, DrawFrame, DrawScreen]),
                (
                    StepTaken { next: false },
                    &[DrawScreen, MOUNT_STARTED, LoadPart(Part::Later)],
                ),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "a step taken where the step may differ (a clinic's own questions): nothing",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (
                    ClinicRead {
                        clinic_lang: None,
                        warn_problems: false,
                        content: true,
                    },
                    OPEN_WELCOME,
                ),
                (StepTaken { next: true }, &[]),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "the switch on the drawn step: drawn again in Spanish, the app in Spanish",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (StartPressed, DRAW_AHEAD),
                (
                    LangChosen(Lang::Es),
                    &[Busy(LANG_SWITCH_ID, true), FetchWords(Lang::Es)],
                ),
                (
                    WordsArrived(Lang::Es),
                    &[Busy(LANG_SWITCH_ID, false), DrawFrame, DrawScreen],
                ),
                (
                    PartLoaded(Part::App),
                    &[ReadProtocol, MOUNT_STARTED, LoadPart(Part::Later)],
                ),
            ],
            showing: Showing::App,
            lang: Lang::Es,
        },
        Case {
            name: "a clinic with questions of its own: Start waits for the app's module",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (
                    ClinicRead {
                        clinic_lang: None,
                        warn_problems: false,
                        content: true,
                    },
                    OPEN_WELCOME,
                ),
                (WordsArrived(Lang::En), &[]),
                // Its questions may join the first step: the app draws it.
                (StartPressed, &[Busy(START_ID, true)]),
                (NextPressed, &[]),
                (
                    PartLoaded(Part::App),
                    &[
                        ReadProtocol,
                        Busy(START_ID, false),
                        MOUNT_STARTED,
                        LoadPart(Part::Later),
                    ],
                ),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "a Spanish browser: Spanish words alongside the clinic file, drawn once here",
            browser: Some(Lang::Es),
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::Es)],
            steps: &[
                (
                    ClinicRead {
                        clinic_lang: None,
                        warn_problems: false,
                        content: false,
                    },
                    &[],
                ),
                // embed.js's hello before the frame is drawn: it is drawn embedded.
                (Embedded, &[]),
                (WordsArrived(Lang::Es), OPEN_WELCOME),
            ],
            showing: Showing::Welcome,
            lang: Lang::Es,
        },
        Case {
            name: "a Spanish browser whose words fail gets English, not a blank page",
            browser: Some(Lang::Es),
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::Es)],
            steps: &[
                (
                    ClinicRead {
                        clinic_lang: None,
                        warn_problems: false,
                        content: false,
                    },
                    &[],
                ),
                (
                    WordsFailed(Lang::Es),
                    &[
                        FetchWords(Lang::En),
                        DrawFrame,
                        DrawScreen,
                        LoadPart(Part::App),
                    ],
                ),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "a clinic that chooses Spanish asks for its words once it is known",
            browser: Some(Lang::En),
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (
                    ClinicRead {
                        clinic_lang: Some(Lang::Es),
                        warn_problems: false,
                        content: false,
                    },
                    &[FetchWords(Lang::Es)],
                ),
                (WordsArrived(Lang::Es), OPEN_WELCOME),
            ],
            showing: Showing::Welcome,
            lang: Lang::Es,
        },
        Case {
            name: "a saved journey: both languages and both modules, then the app opens it",
            browser: None,
            restoring: true,
            check_config: false,
            at_start: &[
                FetchWords(Lang::En),
                FetchWords(Lang::Es),
                LoadPart(Part::App),
                LoadPart(Part::Later),
            ],
            steps: &[
                (EN_CLINIC, &[]),
                (WordsArrived(Lang::Es), &[]),
                (PartLoaded(Part::App), &[ReadProtocol]),
                (PartLoaded(Part::Later), &[]),
                (
                    WordsArrived(Lang::En),
                    &[DrawFrame, MOUNT_RESTORED],
                ),
                // It was saved in Spanish: the page follows.
                (JourneyIn(Lang::Es), &[DrawFrame, UpdateApp]),
            ],
            showing: Showing::App,
            lang: Lang::Es,
        },
        Case {
            name: "a share link whose app module fails: the first screen, the link kept",
            browser: None,
            restoring: true,
            check_config: false,
            at_start: &[
                FetchWords(Lang::En),
                FetchWords(Lang::Es),
                LoadPart(Part::App),
                LoadPart(Part::Later),
            ],
            steps: &[
                (WordsArrived(Lang::En), &[]),
                (WordsArrived(Lang::Es), &[]),
                (PartLoaded(Part::Later), &[]),
                (EN_CLINIC, &[]),
                (PartFailed(Part::App), OPEN_WELCOME),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "a share link in Spanish whose Spanish words fail opens in English",
            browser: Some(Lang::Es),
            restoring: true,
            check_config: false,
            at_start: &[
                FetchWords(Lang::En),
                FetchWords(Lang::Es),
                LoadPart(Part::App),
                LoadPart(Part::Later),
            ],
            steps: &[
                (
                    ClinicRead {
                        clinic_lang: None,
                        warn_problems: false,
                        content: false,
                    },
                    &[],
                ),
                (WordsArrived(Lang::En), &[]),
                (PartLoaded(Part::App), &[ReadProtocol]),
                (PartLoaded(Part::Later), &[]),
                (
                    WordsFailed(Lang::Es),
                    &[DrawFrame, MOUNT_RESTORED],
                ),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "the switch before Start: busy while Spanish comes, then the page in Spanish",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (
                    LangChosen(Lang::Es),
                    &[Busy(LANG_SWITCH_ID, true), FetchWords(Lang::Es)],
                ),
                (
                    WordsArrived(Lang::Es),
                    &[Busy(LANG_SWITCH_ID, false), DrawFrame, DrawScreen],
                ),
                (WordsArrived(Lang::En), &[]),
                // Back to English, whose words are here: at once.
                (LangChosen(Lang::En), &[DrawFrame, DrawScreen]),
                (LangChosen(Lang::En), &[]),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "the switch after Start: the app gets the language, the frame is redrawn",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (WordsArrived(Lang::En), &[]),
                (PartLoaded(Part::App), &[ReadProtocol]),
                (
                    StartPressed,
                    &[MOUNT_STARTED, LoadPart(Part::Later)],
                ),
                (
                    LangChosen(Lang::Es),
                    &[Busy(LANG_SWITCH_ID, true), FetchWords(Lang::Es)],
                ),
                (
                    WordsArrived(Lang::Es),
                    &[Busy(LANG_SWITCH_ID, false), DrawFrame, UpdateApp],
                ),
                (LangChosen(Lang::En), &[DrawFrame, UpdateApp]),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "a language whose words fail: the switch stops being busy, the page stays",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (
                    LangChosen(Lang::Es),
                    &[Busy(LANG_SWITCH_ID, true), FetchWords(Lang::Es)],
                ),
                (WordsFailed(Lang::Es), &[Busy(LANG_SWITCH_ID, false)]),
                // Asked again, they are fetched again.
                (
                    LangChosen(Lang::Es),
                    &[Busy(LANG_SWITCH_ID, true), FetchWords(Lang::Es)],
                ),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "Start on the app's own first screen (after starting over) starts the app",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (EN_CLINIC, OPEN_WELCOME),
                (WordsArrived(Lang::En), &[]),
                (PartLoaded(Part::App), &[ReadProtocol]),
                (
                    StartPressed,
                    &[MOUNT_STARTED, LoadPart(Part::Later)],
                ),
                (PartLoaded(Part::Later), &[UpdateApp]),
                (StartPressed, &[UpdateApp]),
                // The result asks for the plan's module only if it is not here.
                (LaterWanted, &[]),
            ],
            showing: Showing::App,
            lang: Lang::En,
        },
        Case {
            name: "the clinic's check panel opens with its problems in words, and their code",
            browser: None,
            restoring: false,
            check_config: true,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                // The code that puts problems in words comes with the app's module.
                (EN_CLINIC, &[LoadPart(Part::App)]),
                (WordsArrived(Lang::En), &[]),
                (PartLoaded(Part::App), &[ReadProtocol, DrawFrame, DrawScreen]),
                (UpdateReady, &[DrawFrame]),
                (Embedded, &[DrawFrame]),
                (Embedded, &[]),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "the check panel of a Spanish browser whose words fail waits for English",
            browser: Some(Lang::Es),
            restoring: false,
            check_config: true,
            at_start: &[FetchWords(Lang::Es)],
            steps: &[
                (EN_CLINIC, &[LoadPart(Part::App)]),
                (WordsFailed(Lang::Es), &[FetchWords(Lang::En)]),
                (PartLoaded(Part::App), &[ReadProtocol]),
                (WordsArrived(Lang::En), &[DrawFrame, DrawScreen]),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "the check panel of a file with content of its own waits for the app's module",
            browser: None,
            restoring: false,
            check_config: true,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (
                    ClinicRead {
                        clinic_lang: None,
                        warn_problems: false,
                        content: true,
                    },
                    &[LoadPart(Part::App)],
                ),
                (WordsArrived(Lang::En), &[]),
                (PartLoaded(Part::App), &[ReadProtocol, DrawFrame, DrawScreen]),
                // Its problems, once read, go to the console and the frame's notice.
                (ProblemsFound, &[DrawFrame, WarnProblems]),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "a clinic file's problems go to the console once the words and their code are",
            browser: Some(Lang::Es),
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::Es)],
            steps: &[
                (WARNING_CLINIC, &[FetchWords(Lang::En)]),
                (WordsArrived(Lang::En), &[]),
                (WordsArrived(Lang::Es), OPEN_WELCOME),
                (PartLoaded(Part::App), &[ReadProtocol, WarnProblems]),
            ],
            showing: Showing::Welcome,
            lang: Lang::Es,
        },
        Case {
            name: "without English words there are none to say the problems in",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (WARNING_CLINIC, OPEN_WELCOME),
                (WordsFailed(Lang::En), &[]),
                (PartLoaded(Part::App), &[ReadProtocol]),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
        Case {
            name: "without the app's module the problems are said by their fields alone",
            browser: None,
            restoring: false,
            check_config: false,
            at_start: &[FetchWords(Lang::En)],
            steps: &[
                (WARNING_CLINIC, OPEN_WELCOME),
                (WordsArrived(Lang::En), &[]),
                (PartFailed(Part::App), &[WarnProblems]),
            ],
            showing: Showing::Welcome,
            lang: Lang::En,
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn a_page_without_the_steps_markup_has_start_wait_for_the_app() {
    let (mut page, _) = PageState::start(
        None,
        false,
        false,
        false,
        Have {
            first_step: false,
            ..RELEASE
        },
    );
    assert_eq!(page.reduce(EN_CLINIC), OPEN_WELCOME);
    assert_eq!(page.reduce(StartPressed), [Busy(START_ID, true)]);
    assert_eq!(page.showing, Showing::Welcome);
}

/// The app has drawn: the shell puts it on the page if it drew off it (a step drawn ahead
/// stayed live meanwhile); the reducer says so whatever the page showed.
#[test]
fn the_app_drawn_is_shown() {
    let (mut page, _) = PageState::start(None, false, false, false, RELEASE);
    assert_eq!(page.reduce(AppDrawn), [ShowApp]);
}

#[test]
fn where_every_word_and_module_is_built_in_nothing_is_fetched() {
    let all = Have {
        en_words: true,
        es_words: true,
        app: true,
        later: true,
        first_step: true,
    };
    for restoring in [false, true] {
        let (mut page, effects) = PageState::start(Some(Lang::Es), restoring, false, false, all);
        assert_eq!(effects, [], "restoring {restoring}");
        let opened = page.reduce(EN_CLINIC);
        // The app's module is here: the file is read whole at once.
        let expected: &[Effect] = if restoring {
            &[ReadProtocol, DrawFrame, MOUNT_RESTORED]
        } else {
            &[ReadProtocol, DrawFrame, DrawScreen]
        };
        assert_eq!(opened, expected, "restoring {restoring}");
        assert_eq!(page.lang, Lang::Es);
    }
}
