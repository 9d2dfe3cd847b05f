//! The page around the screens: the skip link, the header with the clinic's name and the
//! language switch, the update banner, the clinic's check panel, and the footer.
//!
//! Written as markup by the first module (`ui::shell`), which owns it on every screen; the
//! screens themselves are drawn inside `<main>`. Also here: the card shown in place of a
//! screen whose words or code could not be fetched, which both modules show.

use crate::domain::clinic::{ClinicConfig, ConfigProblem};
use crate::domain::i18n::{self, t, Lang};
use crate::domain::wording::{protocol_text, setting_value};
use crate::ui::ids::{FOOT_ID, HEADING_ID, LANG_SWITCH_ID, MAIN_ID, RETRY_ID, TOP_ID, UPDATE_ID};
use crate::ui::markup::Markup;

/// Puts a clinic file's problem in words, in a language.
pub type ProblemText = fn(Lang, &ConfigProblem) -> String;

/// What the `?check-config` panel and the console take from the app's module: the code that
/// puts a problem in words, and the list of disputed numbers (which reads the protocol). The
/// first module names neither, so neither their words' keys nor the protocol ship in it.
#[derive(Clone, Copy)]
pub struct PanelWords {
    pub problem: ProblemText,
    pub disputed_numbers: fn(&mut Markup, Lang, &ClinicConfig),
}

/// The panel's words, for the app's module to hand over (and for tests).
pub const PANEL_WORDS: PanelWords = PanelWords {
    problem: crate::domain::clinic::problem_text,
    disputed_numbers,
};

/// What the top of the page shows.
pub struct Frame<'a> {
    pub lang: Lang,
    pub clinic: &'a ClinicConfig,
    /// What was wrong in the clinic's file, for the `?check-config` panel.
    pub config_problems: &'a [ConfigProblem],
    /// The panel's words (`PANEL_WORDS`), which come with the app's module (only this panel
    /// and the console need them); `None` until it is here.
    pub panel: Option<PanelWords>,
    pub check_config: bool,
    /// A new version is installed and waits for the person to refresh.
    pub update_ready: bool,
    /// Inside a clinic's page (`embed.js`, or `?embed`): the host page has the clinic's
    /// header, so the frame keeps only the language switch.
    pub embedded: bool,
}

/// The id of the language switch's button for `lang`, by which clicks name the language and
/// focus finds the button again after the header is redrawn.
pub fn lang_button_id(lang: Lang) -> String {
    format!("{LANG_BUTTON_PREFIX}{}", lang.code())
}

/// The language whose button has the id `id`, if it is one of the switch's.
pub fn lang_of_button(id: &str) -> Option<Lang> {
    id.strip_prefix(LANG_BUTTON_PREFIX)
        .and_then(Lang::from_code)
}

const LANG_BUTTON_PREFIX: &str = "lang-";

/// Everything above `<main>`.
pub fn top(frame: &Frame) -> Markup {
    let lang = frame.lang;
    let mut out = Markup::new();
    out.element(
        "a",
        &[("class", "skip-link no-print"), ("href", "#main")],
        t(lang, "app.skip"),
    );
    topbar(&mut out, frame);
    if frame.update_ready {
        out.open(
            "div",
            &[("class", "update-banner no-print"), ("role", "status")],
        )
        .element("span", &[], t(lang, "update.available"))
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "button secondary"),
                ("id", UPDATE_ID),
            ],
            t(lang, "update.refresh"),
        )
        .close("div");
    }
    if frame.check_config {
        config_panel(&mut out, lang, frame.config_problems, frame.panel);
        if let Some(panel) = frame.panel {
            (panel.disputed_numbers)(&mut out, lang, frame.clinic);
        }
    } else if !frame.config_problems.is_empty() {
        out.element(
            "p",
            &[("class", "config-notice no-print")],
            t(lang, "config.notice"),
        );
    }
    out
}

/// The clinic's logo and name (or the product's name), and the language switch; embedded,
/// the switch alone, since the host page is the clinic's header.
fn topbar(out: &mut Markup, frame: &Frame) {
    let lang = frame.lang;
    if frame.embedded {
        out.open("div", &[("class", "topbar compact")]);
        lang_switch(out, lang);
        out.close("div");
        return;
    }
    out.open("header", &[("class", "topbar")])
        .open("div", &[("class", "brand")]);
    if let Some(logo) = &frame.clinic.logo {
        // The name beside the logo says who it is, so the image itself is decorative.
        out.open("img", &[("src", logo), ("alt", ""), ("height", "40")]);
    }
    let name = frame.clinic.name.as_deref().unwrap_or(t(lang, "app.name"));
    out.element("span", &[], name).close("div");
    lang_switch(out, lang);
    out.close("header");
}

fn lang_switch(out: &mut Markup, lang: Lang) {
    out.open(
        "nav",
        &[
            ("class", "lang-switch"),
            ("id", LANG_SWITCH_ID),
            ("aria-label", t(lang, "lang.label")),
        ],
    );
    for option in Lang::ALL {
        let pressed = if option == lang { "true" } else { "false" };
        out.element(
            "button",
            &[
                ("type", "button"),
                ("id", &lang_button_id(option)),
                ("lang", option.code()),
                ("aria-pressed", pressed),
            ],
            option.name(),
        );
    }
    out.close("nav");
}

/// For the clinic's web person (`?check-config`): every problem in the clinic file, or a clear
/// "none". The problems' words, and the code that fills them in, are among what is fetched
/// after start-up (start-up waits for them when the panel is asked for); until they are here,
/// each problem shows its field alone.
fn config_panel(
    out: &mut Markup,
    lang: Lang,
    problems: &[ConfigProblem],
    panel: Option<PanelWords>,
) {
    out.open(
        "section",
        &[
            ("class", "config-panel card no-print"),
            ("aria-labelledby", "config-heading"),
        ],
    )
    .element(
        "h2",
        &[("id", "config-heading")],
        t(lang, "config.panel.title"),
    );
    if problems.is_empty() {
        out.element("p", &[], t(lang, "config.panel.none"));
    } else {
        out.element("p", &[], t(lang, "config.panel.intro"))
            .open("ul", &[]);
        for problem in problems {
            out.open("li", &[]).element("code", &[], &problem.field);
            if let Some(panel) = panel.filter(|_| i18n::is_ready(lang)) {
                out.text(": ").text(&(panel.problem)(lang, problem));
            }
            out.close("li");
        }
        out.close("ul");
    }
    out.close("section");
}

/// Also for the clinic (`?check-config`): each number on which the sources disagree, with the
/// value the clinic's file puts in force and the note that explains it. The notes are among
/// the words fetched after start-up, and the protocol is read by the app's module; the panel
/// is drawn again when they arrive.
pub fn disputed_numbers(out: &mut Markup, lang: Lang, clinic: &ClinicConfig) {
    if !i18n::is_ready(lang) || clinic.unread.is_some() {
        return;
    }
    let (protocol, settings) = (&clinic.protocol, &clinic.settings);
    out.open(
        "section",
        &[
            ("class", "config-numbers card no-print"),
            ("aria-labelledby", "config-disputed"),
        ],
    )
    .element(
        "h2",
        &[("id", "config-disputed")],
        t(lang, "summary.disputed"),
    )
    .open("dl", &[("class", "config-disputed")]);
    for def in protocol.settings.iter().filter(|d| d.disputed) {
        let value = setting_value(lang, protocol, settings, def.id).unwrap_or_default();
        let key = format!("setting.{}.note", def.id);
        out.open("dt", &[])
            .element("code", &[], def.id)
            .text(" = ")
            .text(&value)
            .close("dt")
            .element("dd", &[], &protocol_text(lang, &key, protocol, settings));
    }
    out.close("dl").close("section");
}

impl<'a> Frame<'a> {
    /// The frame `index.html` carries drawn (`tests/first_screen_page.rs`): the clinic file's
    /// defaults (a file of notes only reads as them), and no problems, check panel, update
    /// banner or embedding.
    pub fn plain(lang: Lang, clinic: &'a ClinicConfig) -> Frame<'a> {
        Frame {
            lang,
            clinic,
            config_problems: &[],
            panel: None,
            check_config: false,
            update_ready: false,
            embedded: false,
        }
    }
}

/// The page's skeleton, with what its three parts hold: the frame's top, the screen in
/// `<main>`, the frame's foot. The shell draws it empty; `index.html` carries it drawn with the
/// first screen (`tests/first_screen_page.rs`).
pub fn skeleton(top: &str, screen: &str, foot: &str) -> String {
    // <main> is named by its screen's heading, so that inside a clinic's page, which has a
    // main region of its own, a screen reader can tell the two apart.
    format!(
        "<div class=\"app\"><div id=\"{TOP_ID}\">{top}</div>\
         <main id=\"{MAIN_ID}\" aria-labelledby=\"{HEADING_ID}\">{screen}</main>\
         <div id=\"{FOOT_ID}\">{foot}</div></div>"
    )
}

/// The privacy line below every screen; embedded, with "not medical advice", in small print
/// at the end of the screen rather than as a footer of the app's own.
pub fn footer(lang: Lang, embedded: bool) -> Markup {
    let mut out = Markup::new();
    if embedded {
        out.open("div", &[("class", "small-print no-print")])
            .element("p", &[], t(lang, "welcome.privacy"))
            .element("p", &[], t(lang, "welcome.disclaimer"))
            .close("div");
        return out;
    }
    out.element(
        "footer",
        &[("class", "footer no-print")],
        t(lang, "footer.privacy"),
    );
    out
}

/// In place of a screen whose words or code could not be fetched (the network failed between
/// the app and the rest of it): what happened, and a way to try again. Nothing entered is
/// lost.
pub fn not_loaded(lang: Lang) -> Markup {
    let mut out = Markup::new();
    out.open(
        "section",
        &[
            ("class", "card"),
            ("aria-labelledby", HEADING_ID),
            ("role", "alert"),
        ],
    )
    .element(
        "h1",
        &[("id", HEADING_ID), ("tabindex", "-1")],
        t(lang, "words.missing.title"),
    )
    .element("p", &[], t(lang, "words.missing.body"))
    .open("div", &[("class", "actions")])
    .element(
        "button",
        &[
            ("type", "button"),
            ("class", "button primary"),
            ("id", RETRY_ID),
        ],
        t(lang, "words.missing.retry"),
    )
    .close("div")
    .close("section");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::protocol::Protocol;

    fn frame(clinic: &ClinicConfig, lang: Lang) -> String {
        top(&Frame::plain(lang, clinic)).into_string()
    }

    #[test]
    fn the_language_switch_marks_the_current_language() {
        let clinic = ClinicConfig::default();
        for lang in Lang::ALL {
            let html = frame(&clinic, lang);
            for option in Lang::ALL {
                let button = format!(
                    "id=\"lang-{}\" lang=\"{}\" aria-pressed=\"{}\"",
                    option.code(),
                    option.code(),
                    option == lang
                );
                assert!(html.contains(&button), "{button} in {html}");
            }
        }
    }

    #[test]
    fn each_language_button_names_its_language_and_nothing_else_does() {
        for lang in Lang::ALL {
            assert_eq!(lang_of_button(&lang_button_id(lang)), Some(lang));
        }
        for other in [LANG_SWITCH_ID, UPDATE_ID, RETRY_ID, "lang-xx", "es"] {
            assert_eq!(lang_of_button(other), None, "{other}");
        }
    }

    #[test]
    fn the_clinics_name_and_logo_replace_the_products_name() {
        let clinic = ClinicConfig {
            name: Some("Clínica <Sol>".into()),
            logo: Some("logo.svg".into()),
            ..ClinicConfig::default()
        };
        let html = frame(&clinic, Lang::Es);
        assert!(
            html.contains("<img src=\"logo.svg\" alt=\"\" height=\"40\">"),
            "{html}"
        );
        assert!(html.contains("<span>Clínica &lt;Sol&gt;</span>"), "{html}");
        assert!(!html.contains(t(Lang::Es, "app.name")), "{html}");
    }

    #[test]
    fn embedded_the_frame_keeps_only_the_language_switch_and_small_print() {
        let clinic = ClinicConfig {
            name: Some("Clínica Sol".into()),
            logo: Some("logo.svg".into()),
            ..ClinicConfig::default()
        };
        for lang in Lang::ALL {
            let html = top(&Frame {
                lang,
                clinic: &clinic,
                config_problems: &[],
                panel: None,
                check_config: false,
                update_ready: false,
                embedded: true,
            })
            .into_string();
            assert!(!html.contains("<header"), "{html}");
            assert!(
                !html.contains("Clínica Sol") && !html.contains("logo.svg"),
                "{html}"
            );
            assert!(
                html.contains(&format!("id=\"{}\"", lang_button_id(lang))),
                "{html}"
            );
            let foot = footer(lang, true).into_string();
            assert!(!foot.contains("<footer"), "{foot}");
            assert!(foot.contains(t(lang, "welcome.privacy")), "{foot}");
            assert!(foot.contains(t(lang, "welcome.disclaimer")), "{foot}");
        }
    }

    #[test]
    fn the_check_panel_lists_each_problem_or_says_there_is_none() {
        use crate::domain::clinic::{problem_text, Instead, ProblemKind};
        let clinic = ClinicConfig::default();
        let problems = [ConfigProblem::new(
            "colors.primary",
            ProblemKind::NotAColour {
                text: "teal".into(),
            },
            Instead::Default,
        )];
        for lang in Lang::ALL {
            let mut words = Markup::new();
            words.text(&problem_text(lang, &problems[0]));
            let listed = format!(
                "<li><code>colors.primary</code>: {}</li>",
                words.into_string()
            );
            for (given, expected) in [
                (&problems[..], listed.as_str()),
                (&[][..], t(lang, "config.panel.none")),
            ] {
                let html = top(&Frame {
                    lang,
                    clinic: &clinic,
                    config_problems: given,
                    panel: Some(PANEL_WORDS),
                    check_config: true,
                    update_ready: false,
                    embedded: false,
                })
                .into_string();
                assert!(html.contains("class=\"config-panel"), "{html}");
                assert!(html.contains(expected), "{expected} in {html}");
            }
        }
    }

    #[test]
    fn the_check_panel_explains_each_disputed_number_with_the_value_in_force() {
        let protocol = Protocol::builtin();
        let mut clinic = ClinicConfig::default();
        clinic
            .settings
            .try_set(&protocol, "retinoid_pause_days", 9)
            .unwrap();
        // The check panel, with the app's module here.
        let checked = |clinic: &ClinicConfig, lang| {
            top(&Frame {
                lang,
                clinic,
                config_problems: &[],
                panel: Some(PANEL_WORDS),
                check_config: true,
                update_ready: false,
                embedded: false,
            })
            .into_string()
        };
        for (lang, value) in [(Lang::En, "9 days"), (Lang::Es, "9 días")] {
            let html = checked(&clinic, lang);
            assert!(
                html.contains(&format!("<code>retinoid_pause_days</code> = {value}")),
                "{html}"
            );
            let disputed = protocol.settings.iter().filter(|d| d.disputed).count();
            assert_eq!(html.matches("<dd>").count(), disputed, "{lang:?}");
            assert!(!html.contains("{retinoid_pause_days}"), "{html}");
        }
        // Without the check, nothing of it; nor before the app's module has read the file's
        // settings with the protocol.
        assert!(!frame(&clinic, Lang::En).contains("retinoid_pause_days"));
        let unread = checked(&ClinicConfig::unread(), Lang::En);
        assert!(!unread.contains("config-disputed"), "{unread}");
    }
}
