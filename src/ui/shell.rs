//! The first module's share of the page. It draws the frame (`ui::frame`) and the first
//! screen as markup, and mounts the Yew app in `<main>` when the person presses Start: the
//! first screen needs neither Yew nor the questions, which come in a module of their own
//! (`ui::app_part`), asked for as soon as the first screen is up. The frame stays the
//! shell's on every screen; the app tells it when the language changes, and the shell tells
//! the app when the person switches it.

use super::app_part::APP;
use super::components::welcome::welcome;
use super::frame::{self, Frame};
use super::ids::{HEADING_ID, LANG_SWITCH_ID, MAIN_ID, RETRY_ID, START_ID, UPDATE_ID};
use super::later::LATER;
use super::words::{after_ready, after_words, ensure_language};
use super::{platform, AppProps};
use crate::domain::clinic::{ClinicConfig, ConfigProblem};
use crate::domain::i18n::{self, t, Lang};
use chrono::NaiveDate;
use std::cell::RefCell;
use std::rc::Rc;

const TOP_ID: &str = "frame-top";
const FOOT_ID: &str = "frame-foot";

/// What start-up learnt, for the frame and the app.
pub struct Page {
    pub lang: Lang,
    pub today: NaiveDate,
    pub clinic: ClinicConfig,
    /// What was wrong in the clinic's file, for the `?check-config` panel.
    pub config_problems: Vec<ConfigProblem>,
    pub check_config: bool,
    /// Inside a clinic's page (`?embed`, or later `embed.js`'s hello: `set_embedded`).
    pub embedded: bool,
}

/// What `<main>` holds.
#[derive(Clone, Copy, PartialEq)]
enum Showing {
    Welcome,
    /// The app's module could not be had: the message, with Try again.
    NotLoaded,
    /// The app, which draws every screen from then on.
    App,
}

struct Shell {
    page: Page,
    update_ready: bool,
    showing: Showing,
    /// Tells the mounted app which language the person chose.
    tell_app: Option<Rc<dyn Fn(Lang)>>,
}

thread_local! {
    static SHELL: RefCell<Option<Shell>> = const { RefCell::new(None) };
}

fn current_lang() -> Lang {
    SHELL.with_borrow(|s| s.as_ref().map(|s| s.page.lang).unwrap_or_default())
}

/// Draws the frame and listens to its buttons and the first screen's; the screen itself is
/// drawn by `show_first_screen` or `mount`.
pub fn open(page: Page) {
    SHELL.set(Some(Shell {
        page,
        update_ready: false,
        showing: Showing::Welcome,
        tell_app: None,
    }));
    // <main> is named by its screen's heading, so that inside a clinic's page, which has a
    // main region of its own, a screen reader can tell the two apart.
    platform::append_to_body(&format!(
        "<div class=\"app\"><div id=\"{TOP_ID}\"></div>\
         <main id=\"{MAIN_ID}\" aria-labelledby=\"{HEADING_ID}\"></main>\
         <div id=\"{FOOT_ID}\"></div></div>"
    ));
    draw_frame();
    platform::on_button_clicks(TOP_ID, on_frame_click);
    platform::on_button_clicks(MAIN_ID, on_screen_click);
    // Offline support; a new version waits until the person chooses to refresh.
    platform::register_service_worker(|| {
        SHELL.with_borrow_mut(|s| s.as_mut().map(|s| s.update_ready = true));
        draw_frame();
    });
}

/// The welcome screen, and the app's module asked for so that Start finds it here. Asked for
/// only now, so that on a slow network the first screen shares it with nothing it does not
/// need (it waited for the clinic's file).
pub fn show_first_screen() {
    draw_screen();
    APP.request();
    // The clinic's check panel explains its numbers in words fetched after start-up.
    if SHELL.with_borrow(|s| s.as_ref().is_some_and(|s| s.page.check_config)) {
        wasm_bindgen_futures::spawn_local(async {
            if ensure_language(current_lang()).await {
                draw_frame();
            }
        });
    }
}

fn draw_frame() {
    let Some((top, foot)) = SHELL.with_borrow(|s| {
        let s = s.as_ref()?;
        let frame = Frame {
            lang: s.page.lang,
            clinic: &s.page.clinic,
            config_problems: &s.page.config_problems,
            check_config: s.page.check_config,
            update_ready: s.update_ready,
            embedded: s.page.embedded,
        };
        Some((
            frame::top(&frame),
            frame::footer(s.page.lang, s.page.embedded),
        ))
    }) else {
        return;
    };
    // A language button keeps the focus it had when the header is drawn in its language.
    let focused = platform::focused_id_within(TOP_ID);
    platform::set_inner_html(TOP_ID, &top.into_string());
    platform::set_inner_html(FOOT_ID, &foot.into_string());
    if let Some(id) = focused {
        platform::focus(&id);
    }
    platform::set_document_language(current_lang().code());
}

/// The shell's own screen in `<main>`, in the current language; nothing once the app has it.
fn draw_screen() {
    let Some((lang, showing)) = SHELL.with_borrow(|s| s.as_ref().map(|s| (s.page.lang, s.showing)))
    else {
        return;
    };
    let markup = match showing {
        Showing::Welcome => welcome(lang),
        Showing::NotLoaded => frame::not_loaded(lang),
        Showing::App => return,
    };
    platform::set_inner_html(MAIN_ID, &markup.into_string());
    platform::set_title(t(lang, "app.name"));
}

fn on_frame_click(id: &str) {
    if id == UPDATE_ID {
        return platform::activate_update();
    }
    let Some(chosen) = frame::lang_of_button(id) else {
        return;
    };
    // A language's words are fetched the first time they are wanted (the switch says it is
    // busy meanwhile); if they cannot be had, the page stays as it is (the reason is in the
    // console).
    after_words(chosen, LANG_SWITCH_ID, move |ready| {
        if ready {
            show_language(chosen);
            let tell_app = SHELL.with_borrow(|s| s.as_ref().and_then(|s| s.tell_app.clone()));
            if let Some(tell_app) = tell_app {
                tell_app(chosen);
            }
        }
    });
}

/// The first screen's buttons, until the app is mounted and handles its own.
fn on_screen_click(id: &str) {
    if SHELL.with_borrow(|s| s.as_ref().is_some_and(|s| s.showing == Showing::App)) {
        return;
    }
    match id {
        START_ID => start(START_ID),
        RETRY_ID => start(RETRY_ID),
        _ => {}
    }
}

/// Start: the questions need their words (asked for at start-up) and the app's module (asked
/// for once the first screen was drawn); on a slow network the button says it is busy until
/// they are here. If the module cannot be
/// had, the screen says so, with Try again. The screens after the result are asked for now,
/// to be here by the time the result is.
fn start(busy_id: &'static str) {
    let lang = current_lang();
    LATER.request();
    let ready = APP.get().is_some() && i18n::is_ready(lang);
    let wait = async move {
        // Words that cannot be had are the app's to report (it shows the same card).
        ensure_language(lang).await;
        APP.ensure().await
    };
    after_ready(busy_id, ready, wait, |loaded| {
        if loaded {
            mount(true);
        } else {
            SHELL.with_borrow_mut(|s| s.as_mut().map(|s| s.showing = Showing::NotLoaded));
            draw_screen();
            platform::focus(HEADING_ID);
        }
    });
}

/// Hands `<main>` to the app, on the first question if `started`, once.
pub fn mount(started: bool) {
    let Some(app) = APP.get() else {
        return;
    };
    let props = SHELL.with_borrow_mut(|s| {
        let s = s.as_mut().filter(|s| s.showing != Showing::App)?;
        s.showing = Showing::App;
        Some(AppProps {
            lang: s.page.lang,
            today: s.page.today,
            clinic: s.page.clinic.clone(),
            started,
        })
    });
    if let Some(props) = props {
        platform::set_inner_html(MAIN_ID, "");
        (app.mount)(props);
    }
}

/// Embedded mode, once `embed.js` on the host page has said hello: the frame drops what the
/// host page has.
pub fn set_embedded() {
    let changed = SHELL.with_borrow_mut(|s| match s {
        Some(s) if !s.page.embedded => {
            s.page.embedded = true;
            true
        }
        _ => false,
    });
    if changed {
        draw_frame();
    }
}

/// Called by the app: how to tell it the language the person chose.
pub fn attach(tell_app: impl Fn(Lang) + 'static) {
    SHELL.with_borrow_mut(|s| s.as_mut().map(|s| s.tell_app = Some(Rc::new(tell_app))));
}

/// Draws the frame (and the shell's screen, before the app has `<main>`) in `lang`, unless it
/// is already. Called on the person's switch, and by the app when its language changes (an
/// opened journey may be in the other language).
pub fn show_language(lang: Lang) {
    let changed = SHELL.with_borrow_mut(|s| match s {
        Some(s) if s.page.lang != lang => {
            s.page.lang = lang;
            true
        }
        _ => false,
    });
    if changed {
        draw_frame();
        draw_screen();
    }
}
