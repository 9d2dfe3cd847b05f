//! The first screen waits for no fetched words: rendered as the release app has it (run with
//! `--features lazy-words`, as `scripts/test.sh` does), before any word file is installed, it
//! shows no catalogue key where a word should be. Without the feature every word is built in
//! and the test holds trivially.

use careplanner::domain::i18n::{all_keys, Lang};
use careplanner::ui::{App, AppProps};
use chrono::NaiveDate;

#[tokio::test]
async fn the_first_screen_and_its_panels_show_words_not_keys() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    // The clinic's check panel and its notice are on the first screen too.
    for check_config in [false, true] {
        let html = yew::ServerRenderer::<App>::with_props(move || AppProps {
            check_config,
            config_problems: vec!["colors.primary: not a colour".into()],
            ..AppProps::new(Lang::En, today)
        })
        .hydratable(false)
        .render()
        .await;
        assert!(html.contains("Microneedling care planner"), "{html}");
        let shown: Vec<&str> = all_keys().filter(|key| html.contains(key)).collect();
        assert!(
            shown.is_empty(),
            "keys instead of words: {shown:?} in {html}"
        );
    }
}
