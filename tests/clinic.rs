//! The clinic file: a valid file applies in full, every kind of mistake is reported with its
//! field and leaves only that field at its default, colours are vetted for contrast, and paths
//! stay inside the app's folder. `docs/clinic-config.md` and `clinic.example.json` are checked
//! against the protocol here, so neither can drift from it.

use careplanner::domain::clinic::{
    config_path_from_query, content, contrast, parse_config, wants_config_check, ClinicConfig, Rgb,
    DEFAULT_ACCENT, FIELDS, MIN_TEXT_CONTRAST, ORDERED_SETTINGS, PAGE,
};
use careplanner::domain::i18n::Lang;
use careplanner::domain::protocol::Protocol;

/// Parses `text` and checks the problems: one `(field, words in the message)` pair for each, in
/// order. Returns the config for further checks.
fn check(text: &str, expected: &[(&str, &str)]) -> ClinicConfig {
    let (config, problems) = parse_config(text, &Protocol::builtin());
    let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), expected.len(), "{text}\n{got:#?}");
    for ((field, words), problem) in expected.iter().zip(&problems) {
        assert_eq!(problem.field, *field, "{text}\n{got:#?}");
        assert!(
            problem.problem.contains(words),
            "{text}: {problem} lacks {words:?}"
        );
    }
    config
}

fn setting(config: &ClinicConfig, id: &str) -> i64 {
    config.settings.get(&Protocol::builtin(), id)
}

#[test]
fn the_example_file_applies_in_full_without_problems() {
    let text = std::fs::read_to_string("clinic.example.json").unwrap();
    let config = check(&text, &[]);
    assert_eq!(config.name.as_deref(), Some("Clínica Norte Dermatología"));
    assert_eq!(config.logo.as_deref(), Some("clinic/logo.svg"));
    assert_eq!(config.phone_href().as_deref(), Some("tel:+34911234567"));
    assert_eq!(
        config.email_href().as_deref(),
        Some("mailto:citas@clinica-norte.example")
    );
    assert!(config.website.is_some());
    assert_eq!(config.colors.accent, Rgb::parse("#7a1f5c"));
    assert_eq!(config.default_language, Some(Lang::Es));
    assert_eq!(setting(&config, "botox_wait_days"), 21);
    assert_eq!(setting(&config, "interval_days_default"), 35);
    let vars = config.css_variables();
    let names: Vec<&str> = vars.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["--accent", "--accent-soft", "--accent-ink"]);
    assert_eq!(vars[0].1, "#7a1f5c");
}

#[test]
fn no_file_content_means_the_built_in_defaults() {
    let config = check("{}", &[]);
    assert_eq!(config, ClinicConfig::default());
    assert!(config.css_variables().is_empty());
    assert_eq!(config.phone_href(), None);
    // A byte-order mark, nulls and empty strings all mean "nothing set".
    let config = check(
        "\u{feff}{\"name\": \"\", \"logo\": null, \"colors\": null, \"settings\": {\"spf_days\": null}}",
        &[],
    );
    assert_eq!(config, ClinicConfig::default());
}

#[test]
fn each_kind_of_mistake_names_its_field() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("{\"name\": \"A\",\n  \"phone\" 1}", &[("(file)", "not valid JSON: expected ':' after a member name at byte 24 (line 2, column 11)")]),
        ("[1, 2]", &[("(file)", "must hold one JSON object ({ ... }) but holds a list")]),
        (r#"{"colours": {}}"#, &[("colours", "unknown field (did you mean \"colors\"?); the fields here are")]),
        (r#"{"favicon": "x.png"}"#, &[("favicon", "the fields here are name, logo,")]),
        (r#"{"name": 42}"#, &[("name", "expected text in quotes, found a number")]),
        (r#"{"name": "Clinic\nNorth"}"#, &[("name", "control character")]),
        (&format!(r#"{{"name": "{}"}}"#, "x".repeat(81)), &[("name", "81 characters long; at most 80")]),
        (r#"{"name": "A", "name": 2}"#, &[("name", "appears more than once; the last one is used"), ("name", "found a number")]),
        (r#"{"phone": "call 555 1234"}"#, &[("phone", "only digits, spaces and + ( ) -, but contains 'c'")]),
        (r#"{"phone": "12 34"}"#, &[("phone", "has 4 digits")]),
        (r#"{"phone": "34+911"}"#, &[("phone", "+ only at the start")]),
        (r#"{"email": "clinic.example"}"#, &[("email", "no @")]),
        (r#"{"email": "a b@clinic.example"}"#, &[("email", "not a plausible e-mail address")]),
        (r#"{"email": "desk@localhost"}"#, &[("email", "not a full domain")]),
        (r#"{"website": "http://clinic.example"}"#, &[("website", "must start with https://")]),
        (r#"{"website": "javascript:alert(1)"}"#, &[("website", "full address starting with https://")]),
        (r#"{"website": "https://me@clinic.example"}"#, &[("website", "user name or password")]),
        (r#"{"website": "https://clinic.example/a b"}"#, &[("website", "contains ' '")]),
        (r#"{"website": "https://clinic"}"#, &[("website", "not a full domain")]),
        (r#"{"logo": "https://cdn.example/logo.svg"}"#, &[("logo", "not a web address")]),
        (r#"{"logo": "logo.pdf"}"#, &[("logo", "must name a file ending in .svg, .png")]),
        (r##"{"colors": "#0f5e63"}"##, &[("colors", "expected an object ({ ... }), found a string")]),
        (r##"{"colors": {"accent": "teal"}}"##, &[("colors.accent", "\"teal\" is not a colour this file accepts")]),
        (r##"{"colors": {"accent": "#12345"}}"##, &[("colors.accent", "write #rgb or #rrggbb")]),
        (r##"{"colors": {"link": "#000"}}"##, &[("colors.link", "the fields here are accent, accent_ink")]),
        (r##"{"colors": {"accent": "#ffd700"}}"##, &[("colors.accent", "contrast of 1.30:1, below the 4.5:1")]),
        (r##"{"colors": {"accent_ink": "#000000"}}"##, &[("colors.accent_ink", "on the accent #0f5e63 has a contrast of 2.80:1")]),
        (r#"{"default_language": "fr"}"#, &[("default_language", "\"fr\" is not a language the app speaks; use one of en, es")]),
        (r#"{"default_language": ["es"]}"#, &[("default_language", "found a list")]),
        (r#"{"settings": []}"#, &[("settings", "expected an object")]),
        (r#"{"settings": {"isotretinoin_month": 3}}"#, &[("settings.isotretinoin_month", "unknown setting (did you mean \"isotretinoin_months\"?); docs/clinic-config.md lists them all")]),
        (r#"{"settings": {"isotretinoin_months": 30}}"#, &[("settings.isotretinoin_months", "30 is outside the allowed range 0 to 24 months; the default 6 is used")]),
        (r#"{"settings": {"numbing_minutes": 45.5}}"#, &[("settings.numbing_minutes", "must be a whole number of minutes;")]),
        (r#"{"settings": {"numbing_minutes": "45"}}"#, &[("settings.numbing_minutes", "write 45 without quotes")]),
        (r#"{"settings": {"numbing_minutes": true}}"#, &[("settings.numbing_minutes", "expected a number of minutes, found a true/false value")]),
        (r#"{"settings": {"sessions_min": 5}}"#, &[("settings", "sessions_min ≤ sessions_default ≤ sessions_max must be in this order (each at most the next), but the values would be 5, 4, 6; all 3 keep their defaults (1, 4, 6)")]),
        (r#"{"settings": {"interval_days_default": 60}}"#, &[("settings", "the values would be 28, 60, 42")]),
        (r#"{"settings": {"flaking_from_day": 7, "flaking_until_day": 3}}"#, &[("settings", "flaking_from_day ≤ flaking_until_day")]),
    ];
    for (text, expected) in cases {
        let config = check(text, expected);
        // Whatever was wrong, that field is at its default.
        assert_eq!(config, ClinicConfig::default(), "{text}");
    }
}

#[test]
fn one_bad_field_leaves_the_others_in_force() {
    let config = check(
        r##"{
          "name": "Clinic North",
          "logo": "../logo.svg",
          "phone": "+1 (555) 010-0199",
          "colors": {"accent": "#ffd700", "accent_ink": "#fff"},
          "default_language": "es-MX",
          "settings": {"botox_wait_days": 7, "isotretinoin_months": 12, "sessions_max": 5}
        }"##,
        &[
            ("logo", "goes above the app's folder"),
            ("colors.accent", "#ffd700"),
            (
                "settings.botox_wait_days",
                "7 is outside the allowed range 14 to 183 days",
            ),
        ],
    );
    assert_eq!(config.name.as_deref(), Some("Clinic North"));
    assert_eq!(config.logo, None);
    assert_eq!(config.phone_href().as_deref(), Some("tel:+15550100199"));
    assert_eq!(config.colors.accent, None);
    assert_eq!(config.colors.accent_ink, Rgb::parse("#ffffff"));
    assert_eq!(config.default_language, Some(Lang::Es));
    assert_eq!(setting(&config, "botox_wait_days"), 14);
    assert_eq!(setting(&config, "isotretinoin_months"), 12);
    assert_eq!(setting(&config, "sessions_max"), 5);
}

#[test]
fn accents_need_4_5_to_1_on_the_page_and_under_their_ink() {
    let cases = [
        ("#0f5e63", true), // The built-in teal.
        ("#000", true),
        ("#b00020", true),
        ("#717171", true),  // 4.53:1 on the page.
        ("#727272", false), // 4.47:1 on the page.
        ("#767676", false), // 4.54:1 on white, but 4.22:1 on the page background.
        ("#ff0000", false),
        ("#ffd700", false), // Yellow.
        ("#FFF", false),
    ];
    for (accent, accepted) in cases {
        let text = format!(r#"{{"colors": {{"accent": "{accent}"}}}}"#);
        let (config, problems) = parse_config(&text, &Protocol::builtin());
        assert_eq!(
            config.colors.accent.is_some(),
            accepted,
            "{accent}: {problems:?}"
        );
        assert_eq!(problems.is_empty(), accepted, "{accent}");
        if let Some(accent) = config.colors.accent {
            // The derived light tint keeps the accent readable as text on it too.
            let soft = accent.soft_tint();
            assert!(
                contrast(accent, soft) >= MIN_TEXT_CONTRAST,
                "{accent:?} on {soft:?}"
            );
            assert!(contrast(accent, PAGE) >= MIN_TEXT_CONTRAST);
        }
    }
    // The ink is checked against the accent in force: the clinic's, or else the default.
    check(
        r##"{"colors": {"accent": "#1b1f23", "accent_ink": "#ffd700"}}"##,
        &[],
    );
    check(
        r##"{"colors": {"accent": "#ffd700", "accent_ink": "#777"}}"##,
        &[
            ("colors.accent", "#ffd700"),
            ("colors.accent_ink", "accent #0f5e63"),
        ],
    );
    assert_eq!(DEFAULT_ACCENT.soft_tint().to_hex(), "#e7efef");
    assert_eq!(Rgb::parse("#AbC"), Some(Rgb::new(0xaa, 0xbb, 0xcc)));
    assert_eq!(Rgb::parse("#0f5e6"), None);
    assert_eq!(Rgb::parse("0f5e63"), None);
    assert_eq!(Rgb::parse("#0f5e6g"), None);
    assert_eq!(Rgb::parse("#ééé"), None);
}

#[test]
fn logo_paths_stay_inside_the_app_folder() {
    let cases = [
        ("logo.svg", Ok("logo.svg")),
        ("./img/../img/Logo.PNG", Ok("img/Logo.PNG")),
        ("clinic/logo~2.webp", Ok("clinic/logo~2.webp")),
        ("/logo.svg", Err("without a leading /")),
        ("//evil.example/logo.svg", Err("not a web address")),
        ("\\\\evil.example\\logo.svg", Err("not \\")),
        ("data:image/svg+xml,<svg/>", Err("not a web address")),
        ("img/../../logo.svg", Err("goes above the app's folder")),
        ("img//logo.svg", Err("empty folder name")),
        ("img/", Err("empty folder name")),
        ("logo.svg?v=2", Err("contains '?'")),
        ("my logo.svg", Err("contains ' '")),
        (".svg", Err("must name a file ending in")),
        ("logo.svg.js", Err("must name a file ending in")),
    ];
    for (path, expected) in cases {
        let text = format!(
            r#"{{"logo": {}}}"#,
            careplanner::domain::json::Json::String(path.into()).to_json()
        );
        let (config, problems) = parse_config(&text, &Protocol::builtin());
        match expected {
            Ok(normal) => {
                assert_eq!(config.logo.as_deref(), Some(normal), "{path}: {problems:?}");
                assert!(problems.is_empty());
            }
            Err(words) => {
                assert_eq!(config.logo, None, "{path}");
                assert!(problems[0].problem.contains(words), "{path}: {problems:?}");
            }
        }
    }
}

#[test]
fn the_config_parameter_names_only_json_files_in_the_app_folder() {
    let cases = [
        ("", Ok(None)),
        ("?lang=es", Ok(None)),
        ("?config=clinics/north.json", Ok(Some("clinics/north.json"))),
        (
            "lang=es&config=clinics%2Fnorth.json",
            Ok(Some("clinics/north.json")),
        ),
        (
            "?config=north.json&config=other.json",
            Ok(Some("north.json")),
        ),
        (
            "?config=https://evil.example/c.json",
            Err("not a web address"),
        ),
        (
            "?config=%2F%2Fevil.example/c.json",
            Err("not a web address"),
        ),
        (
            "?config=%2e%2e/other/clinic.json",
            Err("goes above the app's folder"),
        ),
        ("?config=clinic.js", Err("ending in .json")),
        ("?config=", Err("is empty")),
        ("?config=%ff.json", Err("not valid percent-encoded text")),
        ("?config=a+b.json", Err("contains ' '")),
    ];
    for (query, expected) in cases {
        let got = config_path_from_query(query);
        match (expected, got) {
            (Ok(path), Ok(got)) => assert_eq!(got.as_deref(), path, "{query}"),
            (Err(words), Err(problem)) => {
                assert_eq!(problem.field, "?config");
                assert!(problem.problem.contains(words), "{query}: {problem}");
                assert!(problem.problem.ends_with("the parameter is ignored"));
            }
            (expected, got) => panic!("{query}: expected {expected:?}, got {got:?}"),
        }
    }
    assert!(wants_config_check("?check-config"));
    assert!(wants_config_check("?config=a.json&check-config=1"));
    assert!(!wants_config_check("?config=check-config.json"));
    assert!(!wants_config_check(""));
}

#[test]
fn the_ordered_groups_name_real_settings_and_their_defaults_are_in_order() {
    let protocol = Protocol::builtin();
    for group in ORDERED_SETTINGS {
        let defaults: Vec<i64> = group
            .iter()
            .map(|id| protocol.setting(id).unwrap().default)
            .collect();
        assert!(defaults.windows(2).all(|w| w[0] <= w[1]), "{group:?}");
    }
}

const DOC: &str = "docs/clinic-config.md";

/// The table row a setting must have in the documentation; a description may follow.
fn doc_row(id: &str) -> String {
    let s = Protocol::builtin().setting(id).unwrap();
    format!(
        "| `{}` | {} | {} to {} | {} |",
        s.id,
        s.default,
        s.min,
        s.max,
        s.unit.name()
    )
}

#[test]
fn the_documentation_lists_every_setting_with_its_true_default_and_range() {
    let doc = std::fs::read_to_string(DOC).unwrap();
    let protocol = Protocol::builtin();
    let missing: Vec<String> = protocol
        .settings
        .iter()
        .map(|s| doc_row(s.id))
        .filter(|row| !doc.lines().any(|line| line.starts_with(row.as_str())))
        .collect();
    assert!(
        missing.is_empty(),
        "{DOC} lacks or misstates these rows:\n{}",
        missing.join("\n")
    );
    let content_fields: Vec<&str> = content::QUESTION_FIELDS
        .iter()
        .chain(&content::STEP_FIELDS)
        .copied()
        .collect();
    // And no row for a setting the protocol does not have.
    for line in doc.lines().filter(|l| l.starts_with("| `")) {
        let id = line[3..].split('`').next().unwrap();
        assert!(
            protocol.setting(id).is_some()
                || FIELDS.contains(&id)
                || id.contains('.')
                || content_fields.contains(&id),
            "{DOC} documents an unknown setting {id:?}"
        );
    }
    for field in FIELDS.iter().chain(&content_fields) {
        assert!(
            doc.contains(&format!("| `{field}`")),
            "{DOC} lacks the field {field}"
        );
    }
    let example = std::fs::read_to_string("clinic.example.json").unwrap();
    assert!(
        doc.contains(&format!("```json\n{example}```")),
        "{DOC} must show clinic.example.json verbatim"
    );
}

#[test]
fn an_email_address_cannot_add_headers_to_the_mailto_link() {
    for smuggled in [
        "desk?bcc=spy@clinic.example",
        "desk&bcc=spy@clinic.example",
        "desk%3Fbcc%3Dspy@clinic.example",
        "desk#x@clinic.example",
        "desk=1@clinic.example",
        "desk@clinic.example?bcc=spy@tracker.example",
        "desk@clinic.example&body=hi",
    ] {
        check(
            &format!(r#"{{"email": "{smuggled}"}}"#),
            &[("email", "the default is used")],
        );
    }
    let config = check(r#"{"email": "front.desk+web_1-a@clinic.example"}"#, &[]);
    assert_eq!(
        config.email_href().as_deref(),
        Some("mailto:front.desk+web_1-a@clinic.example")
    );
}

#[test]
fn the_embedding_origins_are_origins_and_each_wrong_one_is_named() {
    let config = check(
        r#"{"embed_origins": ["https://www.Clinic.example", "https://www.clinic.example/",
            "http://localhost:8080", "https://clinic.example:8443", "http://clinic.example",
            "https://clinic.example/planner", "clinic.example", 7, "https://me@clinic.example",
            "javascript://clinic.example"]}"#,
        &[
            ("embed_origins[4]", "http:// only for localhost"),
            ("embed_origins[5]", "without a path"),
            ("embed_origins[6]", "must be an origin"),
            ("embed_origins[7]", "expected text in quotes"),
            ("embed_origins[8]", "without a path"),
            ("embed_origins[9]", "must start with https://"),
        ],
    );
    assert_eq!(
        config.embed_origins,
        [
            "https://www.clinic.example",
            "http://localhost:8080",
            "https://clinic.example:8443"
        ]
    );
    assert!(config.may_embed("https://www.clinic.example"));
    assert!(!config.may_embed("https://tracker.example"));
    assert!(!config.may_embed("https://www.clinic.example.tracker.example"));
    // Not a list: any page may embed, as without the field.
    let config = check(
        r#"{"embed_origins": "https://www.clinic.example"}"#,
        &[("embed_origins", "expected a list")],
    );
    assert!(config.may_embed("https://anyone.example"));
}

#[test]
fn a_crafted_config_parameter_is_never_repeated_in_the_problem() {
    let message = "Your appointment was moved. Call us on 555 0100";
    let query = format!("?config={}", message.replace(' ', "+"));
    let problem = config_path_from_query(&query).unwrap_err().to_string();
    for word in ["appointment", "moved", "Call", "555"] {
        assert!(!problem.contains(word), "{problem}");
    }
    let query = "?config=Your_appointment_was_moved_call_5550100.jsonx";
    let problem = config_path_from_query(query).unwrap_err().to_string();
    assert!(!problem.contains("appointment"), "{problem}");
}

#[test]
fn links_back_to_the_app_keep_only_an_accepted_clinic_file() {
    use careplanner::domain::clinic::branch_query;
    let cases = [
        ("", ""),
        ("?check-config", ""),
        ("?config=clinics/north.json", "?config=clinics/north.json"),
        (
            "?check-config&config=clinics%2Fnorth.json&x=1",
            "?config=clinics/north.json",
        ),
        ("?config=clinics/./north.json", "?config=clinics/north.json"),
        ("?config=https://evil.example/c.json", ""),
        ("?config=..%2Fother.json", ""),
    ];
    for (query, kept) in cases {
        assert_eq!(branch_query(query), kept, "{query}");
    }
}

#[test]
fn the_share_page_is_a_page_address_without_a_fragment() {
    let config = check(
        r#"{"share_page": "https://www.clinic.example/microneedling?from=planner"}"#,
        &[],
    );
    assert_eq!(
        config.share_page.as_deref(),
        Some("https://www.clinic.example/microneedling?from=planner")
    );
    assert!(
        check(r#"{"share_page": "http://localhost:8080/plan"}"#, &[])
            .share_page
            .is_some()
    );
    for (bad, words) in [
        (
            "https://www.clinic.example/plan#top",
            "must not hold a # part",
        ),
        (
            "http://www.clinic.example/plan",
            "http:// only for localhost",
        ),
        ("javascript:alert(1)", "must be an origin"),
        ("https://www.clinic.example/a b", "contains ' '"),
        ("https://me@clinic.example/plan", "without a path"),
    ] {
        check(
            &format!(r#"{{"share_page": "{bad}"}}"#),
            &[("share_page", words)],
        );
    }
}
