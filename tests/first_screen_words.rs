//! The first screen waits for no fetched words: drawn as the release app has it (run with
//! `--features lazy-words`, as `scripts/test.sh` does), before any word file is installed,
//! the frame, its panels and the first screen show no catalogue key where a word should be.
//! Without the feature every word is built in and the test would hold trivially, so it is
//! built only with it.
#![cfg(feature = "lazy-words")]

use careplanner::domain::clinic::{ClinicConfig, ConfigProblem, Instead, ProblemKind};
use careplanner::domain::i18n::{all_keys, Lang};
use careplanner::ui::components::welcome::welcome;
use careplanner::ui::frame::{footer, not_loaded, top, Frame, PANEL_WORDS};

#[test]
fn the_first_screen_its_frame_and_panels_show_words_not_keys() {
    let clinic = ClinicConfig::default();
    // The problems' words are fetched: before they are here, the panel names the fields alone.
    let problems = [ConfigProblem::new(
        "colors.primary",
        ProblemKind::NotAColour {
            text: "teal".into(),
        },
        Instead::Default,
    )];
    for lang in Lang::ALL {
        // The clinic's check panel, its notice and the update banner are on the frame too.
        for (check_config, embedded) in [(false, false), (true, false), (false, true)] {
            let frame = Frame {
                lang,
                clinic: &clinic,
                config_problems: &problems,
                // The code that words them is here; their words are not.
                panel: Some(PANEL_WORDS),
                check_config,
                update_ready: true,
                embedded,
            };
            let html = [
                top(&frame),
                welcome(lang),
                footer(lang, embedded),
                not_loaded(lang),
            ]
            .map(|m| m.into_string())
            .concat();
            assert!(html.contains("id=\"start\""), "{html}");
            let shown: Vec<&str> = all_keys().filter(|key| html.contains(key)).collect();
            assert!(
                shown.is_empty(),
                "keys instead of words: {shown:?} in {html}"
            );
        }
    }
}
