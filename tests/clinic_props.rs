//! Properties of clinic files that must hold for any input: reading never panics, and whatever
//! the file says, the config that comes out is safe to use (settings in range and in order,
//! colours readable, paths inside the app's folder).

use careplanner::domain::clinic::{
    config_path_from_query, contrast, parse_config, problem_text, wants_config_check, ClinicConfig,
    COLOR_FIELDS, DEFAULT_ACCENT, FIELDS, MIN_TEXT_CONTRAST, ORDERED_SETTINGS, PAGE,
};
use careplanner::domain::i18n::Lang;
use careplanner::domain::json::Json;
use careplanner::domain::protocol::Protocol;
use proptest::prelude::*;

/// Names a clinic file uses, so generated objects hit the real fields, not only unknown ones.
fn key() -> impl Strategy<Value = String> {
    let protocol = Protocol::builtin();
    let mut known: Vec<String> = FIELDS
        .iter()
        .chain(&COLOR_FIELDS)
        .chain(&["_note"])
        .map(|s| s.to_string())
        .collect();
    known.extend(protocol.settings.iter().map(|s| s.id.to_string()));
    prop_oneof![3 => proptest::sample::select(known), 1 => "\\PC{0,12}"]
}

fn leaf() -> impl Strategy<Value = Json> {
    prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        (-400i64..400).prop_map(|n| Json::Number(n as f64)),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |n| n.is_finite())
            .prop_map(Json::Number),
        "#[0-9a-fA-F]{3,6}".prop_map(Json::String),
        "[a-z./:@+ ()0-9-]{0,30}".prop_map(Json::String),
        "\\PC{0,20}".prop_map(Json::String),
    ]
}

fn value() -> impl Strategy<Value = Json> {
    leaf().prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            prop::collection::vec((key(), inner), 0..10).prop_map(Json::Object),
        ]
    })
}

/// What every config must satisfy, however bad the file.
fn assert_safe(config: &ClinicConfig) {
    let protocol = Protocol::builtin();
    for (id, value) in &config.settings.0 {
        let def = protocol.setting(id).expect("only known settings are kept");
        assert!((def.min..=def.max).contains(value), "{id} = {value}");
    }
    for group in ORDERED_SETTINGS {
        let values: Vec<i64> = group
            .iter()
            .map(|id| config.settings.get(&protocol, id))
            .collect();
        assert!(
            values.windows(2).all(|w| w[0] <= w[1]),
            "{group:?}: {values:?}"
        );
    }
    let accent = config.colors.accent.unwrap_or(DEFAULT_ACCENT);
    assert!(contrast(accent, PAGE) >= MIN_TEXT_CONTRAST);
    if let Some(ink) = config.colors.accent_ink {
        assert!(contrast(ink, accent) >= MIN_TEXT_CONTRAST);
    }
    if let Some(logo) = &config.logo {
        assert!(!logo.starts_with('/') && !logo.contains("..") && !logo.contains(':'));
    }
    if let Some(site) = &config.website {
        assert!(site.to_ascii_lowercase().starts_with("https://"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,200}") {
        let (config, problems) = parse_config(&text);
        assert_safe(&config);
        prop_assert!(problems.iter().all(|p| !p.field.is_empty()));
        // Every problem has words, in both languages.
        for lang in Lang::ALL {
            prop_assert!(problems.iter().all(|p| !problem_text(lang, p).contains("problem.")));
        }
    }

    #[test]
    fn any_json_value_gives_a_safe_config(
        members in prop::collection::vec((key(), value()), 0..12),
        settings in prop::collection::vec((key(), leaf()), 0..12),
    ) {
        let mut members = members;
        members.push(("settings".into(), Json::Object(settings)));
        let text = Json::Object(members).to_json();
        let (config, _) = parse_config(&text);
        assert_safe(&config);
    }

    #[test]
    fn any_value_at_the_top_is_read_without_panicking(v in value()) {
        let (config, _) = parse_config(&v.to_json());
        assert_safe(&config);
    }

    #[test]
    fn accepted_config_paths_stay_in_the_app_folder(query in "[?a-z&=%0-9./:+_\\\\-]{0,40}") {
        wants_config_check(&query);
        if let Ok(Some(path)) = config_path_from_query(&query) {
            prop_assert!(path.ends_with(".json"));
            prop_assert!(!path.starts_with('/') && !path.contains("//"));
            prop_assert!(!path.split('/').any(|p| p == ".." || p == "."));
            prop_assert!(!path.contains(':') && !path.contains('\\'));
        }
    }
}
