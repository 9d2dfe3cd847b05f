//! `index.html` carries the first screen and the first step, in both languages, for its own
//! script to draw while the app's code is on its way: the markup is the shell's own (the frame,
//! the welcome, the step the shell draws ahead), for a clinic file with nothing but notes,
//! which is the only file the script draws for. The test fails when the page's copy differs and
//! rewrites it with `UPDATE_DOCS=1`; it also checks that the script names the ids and the saved
//! journey's key the app uses.

use careplanner::domain::clinic::{read_config, ClinicConfig};
use careplanner::domain::i18n::{t, Lang};
use careplanner::domain::protocol::Protocol;
use careplanner::ui::components::welcome::welcome;
use careplanner::ui::first_step::drawn;
use careplanner::ui::frame::{self, Frame};
use careplanner::ui::ids::{BACK_ID, HEADING_ID, LANG_SWITCH_ID, MAIN_ID, NEXT_ID, START_ID};
use careplanner::ui::saving::STORAGE_KEY;

const PAGE: &str = "index.html";
const BEGIN: &str = "<!-- The first screen and the first step";
const END: &str = "<!-- End of the drawn screens. -->";

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// The templates the page's script draws from, for a clinic file that is only notes.
fn templates(clinic: &ClinicConfig) -> String {
    let mut out = String::new();
    for lang in [Lang::En, Lang::Es] {
        let code = lang.code();
        let frame = Frame {
            lang,
            clinic,
            config_problems: &[],
            problem_text: None,
            check_config: false,
            update_ready: false,
            embedded: false,
        };
        let page = frame::skeleton(
            &frame::top(&frame).into_string(),
            &welcome(lang).into_string(),
            &frame::footer(lang, false).into_string(),
        );
        let step = drawn(lang);
        out.push_str(&format!(
            "  <template id=\"first-screen-{code}\" data-title=\"{}\">{page}</template>\n\
             \x20 <template id=\"first-step-{code}\" data-title=\"{}\">{}</template>\n",
            attribute(t(lang, "app.name")),
            attribute(step.title),
            step.markup,
        ));
    }
    out
}

#[test]
fn the_page_carries_the_shells_first_screen_and_step() {
    // The script draws only for a file whose every key is a note: the app reads it as no file.
    let notes = r#"{"_about": "This planner's clinic settings.", "_notes": ["anything"]}"#;
    let (clinic, problems) = read_config(notes, &Protocol::builtin());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(clinic, ClinicConfig::default());

    let page = std::fs::read_to_string(PAGE).unwrap();
    let begin = page.find(BEGIN).expect("index.html has the drawn screens' mark");
    let from = begin + page[begin..].find("-->\n").unwrap() + 4;
    let to = page.find(END).expect("index.html has the drawn screens' end mark");
    let wanted = format!("{}{}  ", &page[..from], templates(&clinic)) + &page[to..];
    if page != wanted {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(PAGE, &wanted).unwrap();
        } else {
            panic!("{PAGE}'s drawn screens are not the shell's; run `UPDATE_DOCS=1 cargo test --test first_screen_page`");
        }
    }

    // The script after them names what the app names.
    let script = &wanted[wanted.find(END).unwrap()..];
    for (what, name) in [
        ("the saved journey's key", STORAGE_KEY),
        ("Start", START_ID),
        ("Back", BACK_ID),
        ("Next", NEXT_ID),
        ("the heading", HEADING_ID),
        ("the language switch", LANG_SWITCH_ID),
        ("<main>", MAIN_ID),
    ] {
        assert!(
            script.contains(&format!("\"{name}\"")) || script.contains(&format!("\"#{name}\"")),
            "the page's script does not name {what} (\"{name}\")"
        );
    }
}
