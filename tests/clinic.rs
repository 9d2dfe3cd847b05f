//! The clinic file: a valid file applies in full, every kind of mistake is reported with its
//! field and leaves only that field at its default, colours are vetted for contrast, and paths
//! stay inside the app's folder. `docs/clinic-config.md` and `clinic.example.json` are checked
//! against the protocol here, so neither can drift from it.

use careplanner::domain::clinic::{
    config_path_from_query, content, contrast, parse_config, problem_text, wants_config_check,
    ClinicConfig, ColourRole, ConfigProblem, Instead, JsonType, ProblemKind, Rgb, DEFAULT_ACCENT,
    DEFAULT_ACCENT_INK, FIELDS, INK_SOFT, MIN_TEXT_CONTRAST, ORDERED_SETTINGS, PAGE,
};
use careplanner::domain::i18n::Lang;
use careplanner::domain::protocol::{Protocol, Unit};

/// Parses `text` and checks the problems: one `(field, kind)` pair for each, in order.
/// Returns the config for further checks.
fn check(text: &str, expected: &[(&str, ProblemKind)]) -> ClinicConfig {
    let (config, problems) = parse_config(text);
    let got: Vec<(&str, &ProblemKind)> = problems
        .iter()
        .map(|p| (p.field.as_str(), &p.kind))
        .collect();
    let want: Vec<(&str, &ProblemKind)> = expected.iter().map(|(f, k)| (*f, k)).collect();
    assert_eq!(got, want, "{text}");
    config
}

/// The problems of `text`, whole (kind and what the app does instead).
fn problems(text: &str) -> Vec<ConfigProblem> {
    parse_config(text).1
}

fn rgb(hex: &str) -> Rgb {
    Rgb::parse(hex).unwrap()
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
    assert_eq!(
        names,
        [
            "--accent",
            "--accent-soft",
            "--accent-ink",
            "--embed-background"
        ]
    );
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
    use JsonType as J;
    use ProblemKind as K;
    let domain = |host: &str| K::NotFullDomain { host: host.into() };
    let cases: Vec<(String, Vec<(&str, ProblemKind)>)> = vec![
        (
            "{\"name\": \"A\",\n  \"phone\" 1}".into(),
            vec![(
                "(file)",
                K::NotJson {
                    reason: "expected ':' after a member name",
                    offset: 24,
                    line: 2,
                    column: 11,
                },
            )],
        ),
        (
            "[1, 2]".into(),
            vec![("(file)", K::NotAnObject { found: J::List })],
        ),
        (
            r#"{"colours": {}}"#.into(),
            vec![(
                "colours",
                K::UnknownField {
                    suggestion: Some("colors"),
                    known: &FIELDS,
                },
            )],
        ),
        (
            r#"{"favicon": "x.png"}"#.into(),
            vec![(
                "favicon",
                K::UnknownField {
                    suggestion: None,
                    known: &FIELDS,
                },
            )],
        ),
        (
            r#"{"name": 42}"#.into(),
            vec![("name", K::ExpectedText { found: J::Number })],
        ),
        (
            r#"{"name": "Clinic\nNorth"}"#.into(),
            vec![("name", K::ControlCharacter)],
        ),
        (
            format!(r#"{{"name": "{}"}}"#, "x".repeat(81)),
            vec![(
                "name",
                K::TooLong {
                    length: 81,
                    max: 80,
                },
            )],
        ),
        (
            r#"{"name": "A", "name": 2}"#.into(),
            vec![
                ("name", K::Repeated),
                ("name", K::ExpectedText { found: J::Number }),
            ],
        ),
        (
            r#"{"phone": "call 555 1234"}"#.into(),
            vec![("phone", K::PhoneCharacter { found: 'c' })],
        ),
        (
            r#"{"phone": "12 34"}"#.into(),
            vec![("phone", K::DigitCount { digits: 4 })],
        ),
        (
            r#"{"phone": "34+911"}"#.into(),
            vec![("phone", K::PlusNotFirst)],
        ),
        (
            r#"{"email": "clinic.example"}"#.into(),
            vec![("email", K::NoAt)],
        ),
        (
            r#"{"email": "a b@clinic.example"}"#.into(),
            vec![(
                "email",
                K::NotAnEmail {
                    text: "a b@clinic.example".into(),
                },
            )],
        ),
        (
            r#"{"email": "desk@localhost"}"#.into(),
            vec![("email", domain("localhost"))],
        ),
        (
            r#"{"website": "http://clinic.example"}"#.into(),
            vec![("website", K::HttpNotHttps)],
        ),
        (
            r#"{"website": "javascript:alert(1)"}"#.into(),
            vec![("website", K::NotHttps)],
        ),
        (
            r#"{"website": "https://me@clinic.example"}"#.into(),
            vec![("website", K::UserInfo)],
        ),
        (
            r#"{"website": "https://clinic.example/a b"}"#.into(),
            vec![("website", K::AddressCharacter { found: ' ' })],
        ),
        (
            r#"{"website": "https://clinic"}"#.into(),
            vec![("website", domain("clinic"))],
        ),
        (
            r#"{"website": "https://clinic.example:80x"}"#.into(),
            vec![("website", K::PortNotNumber)],
        ),
        (
            r#"{"website": "https://clinic.123"}"#.into(),
            vec![(
                "website",
                K::NoTopLevelDomain {
                    host: "clinic.123".into(),
                },
            )],
        ),
        (
            r#"{"website": "https://-clinic.example"}"#.into(),
            vec![(
                "website",
                K::InvalidDomain {
                    host: "-clinic.example".into(),
                },
            )],
        ),
        (
            format!(
                r#"{{"website": "https://clinic.example/{}"}}"#,
                "a".repeat(2000)
            ),
            vec![("website", K::AddressTooLong { max: 2000 })],
        ),
        (
            r#"{"logo": "https://cdn.example/logo.svg"}"#.into(),
            vec![("logo", K::NotAPath)],
        ),
        (
            r#"{"logo": "logo.pdf"}"#.into(),
            vec![(
                "logo",
                K::Extension {
                    allowed: &["svg", "png", "jpg", "jpeg", "webp", "gif"],
                },
            )],
        ),
        (
            r##"{"colors": "#0f5e63"}"##.into(),
            vec![("colors", K::ExpectedObject { found: J::Text })],
        ),
        (
            r##"{"colors": {"accent": "teal"}}"##.into(),
            vec![(
                "colors.accent",
                K::NotAColour {
                    text: "teal".into(),
                },
            )],
        ),
        (
            r##"{"colors": {"accent": "#12345"}}"##.into(),
            vec![(
                "colors.accent",
                K::NotAColour {
                    text: "#12345".into(),
                },
            )],
        ),
        (
            r##"{"colors": {"link": "#000"}}"##.into(),
            vec![(
                "colors.link",
                K::UnknownField {
                    suggestion: None,
                    known: &["accent", "accent_ink", "background"],
                },
            )],
        ),
        (
            r##"{"colors": {"accent": "#ffd700"}}"##.into(),
            vec![(
                "colors.accent",
                K::LowContrast {
                    role: ColourRole::Accent,
                    colour: rgb("#ffd700"),
                    against: PAGE,
                },
            )],
        ),
        (
            r##"{"colors": {"accent_ink": "#000000"}}"##.into(),
            vec![(
                "colors.accent_ink",
                K::LowContrast {
                    role: ColourRole::AccentInk,
                    colour: rgb("#000"),
                    against: DEFAULT_ACCENT,
                },
            )],
        ),
        (
            r#"{"default_language": "fr"}"#.into(),
            vec![("default_language", K::UnknownLanguage { code: "fr".into() })],
        ),
        (
            r#"{"default_language": ["es"]}"#.into(),
            vec![("default_language", K::ExpectedText { found: J::List })],
        ),
        (
            r#"{"embed_origins": true}"#.into(),
            vec![("embed_origins", K::ExpectedList { found: J::Bool })],
        ),
        (
            r#"{"settings": []}"#.into(),
            vec![("settings", K::ExpectedObject { found: J::List })],
        ),
        (
            r#"{"settings": {"isotretinoin_month": 3}}"#.into(),
            vec![(
                "settings.isotretinoin_month",
                K::UnknownSetting {
                    suggestion: Some("isotretinoin_months"),
                },
            )],
        ),
        (
            r#"{"settings": {"isotretinoin_months": 30}}"#.into(),
            vec![(
                "settings.isotretinoin_months",
                K::OutOfRange {
                    value: 30,
                    min: 0,
                    max: 24,
                    unit: Unit::Months,
                },
            )],
        ),
        (
            r#"{"settings": {"numbing_minutes": 45.5}}"#.into(),
            vec![(
                "settings.numbing_minutes",
                K::NotWhole {
                    unit: Unit::Minutes,
                },
            )],
        ),
        (
            r#"{"settings": {"numbing_minutes": "45"}}"#.into(),
            vec![(
                "settings.numbing_minutes",
                K::QuotedNumber { text: "45".into() },
            )],
        ),
        (
            r#"{"settings": {"numbing_minutes": true}}"#.into(),
            vec![(
                "settings.numbing_minutes",
                K::ExpectedNumber {
                    unit: Unit::Minutes,
                    found: J::Bool,
                },
            )],
        ),
        (
            r#"{"settings": {"sessions_min": 5}}"#.into(),
            vec![(
                "settings",
                K::OutOfOrder {
                    group: &["sessions_min", "sessions_default", "sessions_max"],
                    values: vec![5, 4, 6],
                },
            )],
        ),
        (
            r#"{"settings": {"interval_days_default": 60}}"#.into(),
            vec![(
                "settings",
                K::OutOfOrder {
                    group: &[
                        "interval_days_min",
                        "interval_days_default",
                        "interval_days_max",
                    ],
                    values: vec![28, 60, 42],
                },
            )],
        ),
        (
            r#"{"settings": {"flaking_from_day": 7, "flaking_until_day": 3}}"#.into(),
            vec![(
                "settings",
                K::OutOfOrder {
                    group: &["flaking_from_day", "flaking_until_day"],
                    values: vec![7, 3],
                },
            )],
        ),
    ];
    for (text, expected) in &cases {
        let config = check(text, expected);
        // Whatever was wrong, that field is at its default.
        assert_eq!(config, ClinicConfig::default(), "{text}");
    }
}

#[test]
fn each_problem_says_what_the_app_does_instead() {
    let cases: &[(&str, Instead)] = &[
        ("[[", Instead::FileIgnored),
        ("7", Instead::BuiltIn),
        (r#"{"favicon": 1}"#, Instead::Ignored),
        (r#"{"phone": "12"}"#, Instead::Default),
        (r#"{"colors": 1}"#, Instead::Defaults),
        (
            r##"{"colors": {"accent": "#ff0"}}"##,
            Instead::DefaultColour(DEFAULT_ACCENT),
        ),
        (
            r##"{"colors": {"accent_ink": "#000"}}"##,
            Instead::DefaultColour(DEFAULT_ACCENT_INK),
        ),
        (r#"{"embed_origins": "x"}"#, Instead::AnyPage),
        (
            r#"{"settings": {"isotretinoin_months": 30}}"#,
            Instead::DefaultNumber(6),
        ),
        (
            r#"{"settings": {"sessions_min": 5}}"#,
            Instead::GroupDefaults(vec![1, 4, 6]),
        ),
    ];
    for (text, instead) in cases {
        let found = problems(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(&found[0].instead, instead, "{text}");
    }
    let repeated = problems(r#"{"name": "A", "name": "B"}"#);
    assert_eq!(repeated[0].instead, Instead::LastOneUsed);
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
            ("logo", ProblemKind::AboveFolder),
            (
                "colors.accent",
                ProblemKind::LowContrast {
                    role: ColourRole::Accent,
                    colour: rgb("#ffd700"),
                    against: PAGE,
                },
            ),
            (
                "settings.botox_wait_days",
                ProblemKind::OutOfRange {
                    value: 7,
                    min: 14,
                    max: 183,
                    unit: Unit::Days,
                },
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
        let (config, problems) = parse_config(&text);
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
            (
                "colors.accent",
                ProblemKind::LowContrast {
                    role: ColourRole::Accent,
                    colour: rgb("#ffd700"),
                    against: PAGE,
                },
            ),
            (
                "colors.accent_ink",
                ProblemKind::LowContrast {
                    role: ColourRole::AccentInk,
                    colour: rgb("#777"),
                    against: DEFAULT_ACCENT,
                },
            ),
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
fn the_embedded_background_must_keep_the_text_on_it_readable() {
    let config = check(r##"{"colors": {"background": "#FDF6EC"}}"##, &[]);
    assert_eq!(config.colors.background, Some(rgb("#fdf6ec")));
    assert!(config
        .css_variables()
        .contains(&("--embed-background", "#fdf6ec".to_string())));
    // Dark: the small print (the lightest text), or the accent itself, would not read on it.
    for (dark, against) in [
        ("#14181c", INK_SOFT),
        ("#777", DEFAULT_ACCENT),
        ("#0f5e63", DEFAULT_ACCENT),
    ] {
        let text = format!(r#"{{"colors": {{"background": "{dark}"}}}}"#);
        let config = check(
            &text,
            &[(
                "colors.background",
                ProblemKind::LowContrast {
                    role: ColourRole::Background,
                    colour: rgb(dark),
                    against,
                },
            )],
        );
        assert_eq!(config.colors.background, None, "{dark}");
        assert_eq!(problems(&text)[0].instead, Instead::NoBackground);
    }
    // A pale accent that reads on the page may still not read on a tinted sheet: the accent in
    // force is checked too, whichever reads worse.
    let text = r##"{"colors": {"accent": "#4d6b00", "background": "#dfe8c8"}}"##;
    let (config, found) = parse_config(text);
    assert_eq!(config.colors.accent, Some(rgb("#4d6b00")), "{found:?}");
    let worse = if contrast(INK_SOFT, rgb("#dfe8c8")) <= contrast(rgb("#4d6b00"), rgb("#dfe8c8")) {
        INK_SOFT
    } else {
        rgb("#4d6b00")
    };
    let readable = contrast(worse, rgb("#dfe8c8")) >= MIN_TEXT_CONTRAST;
    assert_eq!(config.colors.background.is_some(), readable, "{found:?}");
    // Without the field, the sheet is the stylesheet's own.
    assert!(!check("{}", &[])
        .css_variables()
        .iter()
        .any(|(name, _)| *name == "--embed-background"));
}

#[test]
fn logo_paths_stay_inside_the_app_folder() {
    use ProblemKind as K;
    let cases = [
        ("logo.svg", Ok("logo.svg")),
        ("./img/../img/Logo.PNG", Ok("img/Logo.PNG")),
        ("clinic/logo~2.webp", Ok("clinic/logo~2.webp")),
        ("/logo.svg", Err(K::LeadingSlash)),
        ("//evil.example/logo.svg", Err(K::NotAPath)),
        ("\\\\evil.example\\logo.svg", Err(K::Backslash)),
        ("data:image/svg+xml,<svg/>", Err(K::NotAPath)),
        ("img/../../logo.svg", Err(K::AboveFolder)),
        ("img//logo.svg", Err(K::EmptyFolder)),
        ("img/", Err(K::EmptyFolder)),
        ("logo.svg?v=2", Err(K::PathCharacter { found: '?' })),
        ("my logo.svg", Err(K::PathCharacter { found: ' ' })),
        (
            ".svg",
            Err(K::Extension {
                allowed: &["svg", "png", "jpg", "jpeg", "webp", "gif"],
            }),
        ),
        (
            "logo.svg.js",
            Err(K::Extension {
                allowed: &["svg", "png", "jpg", "jpeg", "webp", "gif"],
            }),
        ),
    ];
    for (path, expected) in cases {
        let text = format!(
            r#"{{"logo": {}}}"#,
            careplanner::domain::json::Json::String(path.into()).to_json()
        );
        let (config, problems) = parse_config(&text);
        match expected {
            Ok(normal) => {
                assert_eq!(config.logo.as_deref(), Some(normal), "{path}: {problems:?}");
                assert!(problems.is_empty());
            }
            Err(kind) => {
                assert_eq!(config.logo, None, "{path}");
                assert_eq!(problems.len(), 1, "{path}: {problems:?}");
                assert_eq!(problems[0].kind, kind, "{path}");
            }
        }
    }
}

#[test]
fn the_config_parameter_names_only_json_files_in_the_app_folder() {
    use ProblemKind as K;
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
        ("?config=https://evil.example/c.json", Err(K::NotAPath)),
        ("?config=%2F%2Fevil.example/c.json", Err(K::NotAPath)),
        ("?config=%2e%2e/other/clinic.json", Err(K::AboveFolder)),
        (
            "?config=clinic.js",
            Err(K::Extension { allowed: &["json"] }),
        ),
        ("?config=", Err(K::Empty)),
        ("?config=%ff.json", Err(K::NotPercentEncoded)),
        ("?config=a+b.json", Err(K::PathCharacter { found: ' ' })),
    ];
    for (query, expected) in cases {
        let got = config_path_from_query(query);
        match (expected, got) {
            (Ok(path), Ok(got)) => assert_eq!(got.as_deref(), path, "{query}"),
            (Err(kind), Err(problem)) => {
                assert_eq!(problem.field, "?config");
                assert_eq!(problem.kind, kind, "{query}");
                assert_eq!(problem.instead, Instead::ParameterIgnored);
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
        let found = problems(&format!(r#"{{"email": "{smuggled}"}}"#));
        assert_eq!(found.len(), 1, "{smuggled}");
        assert_eq!(found[0].field, "email");
        assert_eq!(found[0].instead, Instead::Default);
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
            ("embed_origins[4]", ProblemKind::HttpOnlyLocal),
            ("embed_origins[5]", ProblemKind::OriginWithPath),
            ("embed_origins[6]", ProblemKind::NotAnOrigin),
            (
                "embed_origins[7]",
                ProblemKind::ExpectedText {
                    found: JsonType::Number,
                },
            ),
            ("embed_origins[8]", ProblemKind::OriginWithPath),
            ("embed_origins[9]", ProblemKind::NotHttps),
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
        &[(
            "embed_origins",
            ProblemKind::ExpectedList {
                found: JsonType::Text,
            },
        )],
    );
    assert!(config.may_embed("https://anyone.example"));
}

#[test]
fn a_crafted_config_parameter_is_never_repeated_in_the_problem() {
    let message = "Your appointment was moved. Call us on 555 0100";
    let query = format!("?config={}", message.replace(' ', "+"));
    for query in [
        query.as_str(),
        "?config=Your_appointment_was_moved_call_5550100.jsonx",
    ] {
        let problem = config_path_from_query(query).unwrap_err();
        for lang in Lang::ALL {
            let text = format!("{} {}", problem.field, problem_text(lang, &problem));
            for word in ["appointment", "moved", "Call", "555"] {
                assert!(!text.contains(word), "{text}");
            }
        }
    }
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
    for (bad, kind) in [
        (
            "https://www.clinic.example/plan#top",
            ProblemKind::HasFragment,
        ),
        ("http://www.clinic.example/plan", ProblemKind::HttpOnlyLocal),
        ("javascript:alert(1)", ProblemKind::NotAnOrigin),
        (
            "https://www.clinic.example/a b",
            ProblemKind::AddressCharacter { found: ' ' },
        ),
        (
            "https://me@clinic.example/plan",
            ProblemKind::OriginWithPath,
        ),
    ] {
        check(
            &format!(r#"{{"share_page": "{bad}"}}"#),
            &[("share_page", kind)],
        );
    }
}

#[test]
fn the_documentations_example_problems_are_the_apps_own_words() {
    let doc = std::fs::read_to_string(DOC).unwrap();
    for text in [
        "[1, 2]",
        r#"{"name": 42}"#,
        r#"{"name": "A", "name": "B"}"#,
        r#"{"settings": {"isotretinoin_months": 30}}"#,
        r#"{"settings": {"isotretinoin_month": 3}}"#,
        r##"{"colors": {"accent": "teal"}}"##,
        r##"{"colors": {"accent": "#ffd700"}}"##,
        r#"{"logo": "/logo.svg"}"#,
        r#"{"settings": {"sessions_min": 5}}"#,
    ] {
        let problem = &problems(text)[0];
        let line = format!("`{}: {}`", problem.field, problem_text(Lang::En, problem));
        assert!(doc.contains(&line), "{DOC} lacks {line}");
    }
}
