//! The configurator's draft: what a clinic types becomes `clinic.json` that the app's own
//! parser reads back to the same configuration, an existing file fills the form with its values
//! as written (wrong ones too, so each problem shows at its field), and the embed snippet and
//! the server header follow the configuration.

use careplanner::domain::clinic::content::CONTENT_FIELDS;
use careplanner::domain::clinic::{
    app_folder, draft_fields, embed_snippet, file_level, form_field, frame_ancestors_header,
    parse_config, Draft, ProblemKind, COLOR_FIELDS, FIELDS,
};
use careplanner::domain::protocol::{Protocol, Unit};

fn draft(fields: &[(&str, &str)]) -> Draft {
    let mut draft = Draft::default();
    for (field, value) in fields {
        draft.set(field, value);
    }
    draft
}

#[test]
fn an_empty_draft_is_an_empty_file_the_app_reads_without_a_problem() {
    let protocol = Protocol::builtin();
    let text = Draft::default().to_json(&protocol);
    let (config, problems) = parse_config(&text);
    assert_eq!(problems, vec![]);
    assert_eq!(config, Default::default());
}

#[test]
fn a_filled_draft_reads_back_as_what_was_typed() {
    let protocol = Protocol::builtin();
    let typed = draft(&[
        ("name", "Clínica \"Norte\""),
        ("phone", " +34 911 234 567 "),
        ("email", "citas@clinica-norte.example"),
        ("website", "https://clinica-norte.example/"),
        ("colors.accent", "#7a1f5c"),
        ("default_language", "es"),
        (
            "embed_origins",
            "https://www.clinica-norte.example\n\n https://norte.example \n",
        ),
        ("settings.botox_wait_days", "21"),
        ("settings.sessions_default", "3"),
        ("settings.numbing_minutes", ""),
    ]);
    let (config, problems) = typed.check(&protocol);
    assert_eq!(problems, vec![]);
    assert_eq!(config.name.as_deref(), Some("Clínica \"Norte\""));
    assert_eq!(config.phone.as_deref(), Some("+34 911 234 567"));
    assert_eq!(
        config.colors.accent.map(|c| c.to_hex()).as_deref(),
        Some("#7a1f5c")
    );
    assert_eq!(
        config.embed_origins,
        ["https://www.clinica-norte.example", "https://norte.example"]
    );
    assert_eq!(config.settings.get(&protocol, "botox_wait_days"), 21);
    assert_eq!(config.settings.get(&protocol, "sessions_default"), 3);
    // An empty setting is left out, so its default applies.
    assert!(!typed.to_json(&protocol).contains("numbing_minutes"));
    assert_eq!(config.settings.get(&protocol, "numbing_minutes"), 60);
}

#[test]
fn the_example_file_fills_the_form_and_comes_back_the_same() {
    let protocol = Protocol::builtin();
    let example = std::fs::read_to_string("clinic.example.json").unwrap();
    let (expected, problems) = parse_config(&example);
    assert_eq!(problems, vec![]);
    let loaded = Draft::from_file(&example);
    assert_eq!(loaded.get("colors.accent"), "#7a1f5c");
    assert_eq!(loaded.get("settings.botox_wait_days"), "21");
    let (again, problems) = loaded.check(&protocol);
    assert_eq!(problems, vec![]);
    assert_eq!(again, expected);
    // Written again, it is the same text: nothing drifts between two saves.
    let written = loaded.to_json(&protocol);
    assert_eq!(Draft::from_file(&written).to_json(&protocol), written);
}

#[test]
fn wrong_values_stay_in_the_form_and_each_problem_belongs_to_its_field() {
    let protocol = Protocol::builtin();
    let file = r##"{"phone": "12", "colors": {"accent": "#ffd700"}, "settings": {"isotretinoin_months": 30, "spf_days": 7.5, "redness_days": "three"}, "colours": {}}"##;
    let loaded = Draft::from_file(file);
    assert_eq!(loaded.get("phone"), "12");
    assert_eq!(loaded.get("settings.isotretinoin_months"), "30");
    assert_eq!(loaded.get("settings.spf_days"), "7.5");
    let (_, problems) = loaded.check(&protocol);
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "phone",
            "colors.accent",
            "settings.isotretinoin_months",
            "settings.spf_days",
            "settings.redness_days"
        ]
    );
    assert!(
        matches!(problems[1].kind, ProblemKind::LowContrast { .. }),
        "{:?}",
        problems[1]
    );
    assert_eq!(problems[3].kind, ProblemKind::NotWhole { unit: Unit::Days });
    for problem in &problems {
        assert_eq!(
            form_field(&problem.field, &protocol),
            Some(problem.field.as_str())
        );
    }
    // The unknown field has no place in the form: it is the file's own problem.
    let (_, in_file) = parse_config(file);
    let left = file_level(&in_file, &protocol);
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0].field, "colours");
}

#[test]
fn problems_of_a_list_or_a_group_go_to_the_list_or_the_group() {
    let protocol = Protocol::builtin();
    let cases = [
        ("embed_origins[2]", Some("embed_origins")),
        ("settings", Some("settings")),
        ("colors", Some("colors")),
        ("settings.minimum_age", Some("settings.minimum_age")),
        ("settings.no_such", None),
        ("(file)", None),
        ("colours", None),
    ];
    for (field, expected) in cases {
        assert_eq!(form_field(field, &protocol), expected, "{field}");
    }
    let fields = draft_fields(&protocol);
    // `colors` and `settings` are groups: their members are the fields. The clinic's own
    // content has fields per item (see `content_form_field`).
    assert_eq!(
        fields.len(),
        FIELDS.len() - 2 + COLOR_FIELDS.len() + protocol.settings.len() - CONTENT_FIELDS.len()
    );
    assert!(fields.iter().any(|f| f == "share_page"));
    assert_eq!(fields[0], "name");
}

#[test]
fn a_file_that_is_not_an_object_gives_an_empty_form() {
    for text in ["", "[1]", "{", "\"x\""] {
        assert_eq!(Draft::from_file(text), Draft::default(), "{text}");
    }
}

#[test]
fn the_snippet_and_the_header_follow_the_configuration() {
    let protocol = Protocol::builtin();
    let (config, _) = draft(&[("embed_origins", "https://www.clinic.example")]).check(&protocol);
    assert_eq!(
        frame_ancestors_header(&config),
        "Content-Security-Policy: frame-ancestors 'self' https://www.clinic.example"
    );
    assert_eq!(
        frame_ancestors_header(&Default::default()),
        "Content-Security-Policy: frame-ancestors 'self'"
    );
    assert_eq!(
        embed_snippet("https://x.example/p/"),
        "<script src=\"https://x.example/p/embed.js\" data-careplanner=\"https://x.example/p/\"></script>"
    );
    assert!(embed_snippet("https://x.example/\"&/").contains("/&quot;&amp;/embed.js"));
    assert_eq!(
        app_folder("https://x.example/planner/configure.html?lang=es#top"),
        "https://x.example/planner/"
    );
}

#[test]
fn a_logo_becomes_a_data_address_as_base64_writes_it() {
    use careplanner::domain::clinic::data_url;
    let cases: [(&[u8], &str); 5] = [
        (b"", ""),
        (b"f", "Zg=="),
        (b"fo", "Zm8="),
        (b"foo", "Zm9v"),
        (b"<svg>\xff\x00", "PHN2Zz7/AA=="),
    ];
    for (bytes, base64) in cases {
        assert_eq!(
            data_url("image/svg+xml", bytes),
            format!("data:image/svg+xml;base64,{base64}")
        );
    }
}

/// The configurator names its labels and hints by field (`cfg.<field>.label`,
/// `setting.<id>.label`), which the scan of literal keys cannot see: each is here, in both
/// languages, and translated.
#[test]
fn every_field_of_the_configurator_has_its_words_in_both_languages() {
    use careplanner::domain::i18n::{lookup, Lang};
    let protocol = Protocol::builtin();
    let mut keys: Vec<String> = protocol
        .settings
        .iter()
        .map(|s| format!("setting.{}.label", s.id))
        .collect();
    for field in [
        "name",
        "phone",
        "email",
        "website",
        "logo.path",
        "accent",
        "accent_ink",
        "background",
    ] {
        keys.push(format!("cfg.{field}.label"));
    }
    for field in [
        "name",
        "phone",
        "email",
        "website",
        "logo.path",
        "share_page",
    ] {
        keys.push(format!("cfg.{field}.hint"));
    }
    for unit in ["minutes", "hours", "days", "months", "years", "sessions"] {
        keys.push(format!("problem.unit.{unit}"));
    }
    for key in &keys {
        let en = lookup(Lang::En, key).unwrap_or_else(|| panic!("{key} has no English"));
        let es = lookup(Lang::Es, key).unwrap_or_else(|| panic!("{key} has no Spanish"));
        assert_ne!(en, es, "{key} is not translated");
    }
}

/// A file with every kind of content keeps it, exactly, through the form's fields.
#[test]
fn a_files_own_content_is_carried_over_through_the_form() {
    let protocol = Protocol::builtin();
    let text = std::fs::read_to_string("clinic.example.json").unwrap();
    let (original, problems) = careplanner::domain::clinic::parse_config(&text);
    assert!(problems.is_empty(), "{problems:?}");
    let draft = Draft::from_file(&text);
    let (config, problems) = draft.check(&protocol);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(!config.content.is_empty());
    assert_eq!(config.content, original.content);
    assert_eq!(config.protocol.content, original.protocol.content);
}

fn with_content() -> Draft {
    let mut typed = draft(&[("name", "Clínica Norte"), ("switches.numbing", "false")]);
    typed.add("questions");
    typed.add("care_steps");
    for (field, value) in [
        ("questions[0].id", "recent_antibiotics"),
        ("questions[0].step", "medicines"),
        (
            "questions[0].text.en",
            "Have you taken antibiotics in the last 2 weeks?",
        ),
        (
            "questions[0].text.es",
            "¿Ha tomado antibióticos en las últimas 2 semanas?",
        ),
        ("questions[0].effect", "postpone"),
        ("questions[0].date_question.en", "When was your last dose?"),
        (
            "questions[0].date_question.es",
            "¿Cuándo fue su última dosis?",
        ),
        ("questions[0].postpone_days", "14"),
        (
            "questions[0].finding.en",
            "Wait 2 weeks after your last antibiotic.",
        ),
        (
            "questions[0].finding.es",
            "Espere 2 semanas tras su último antibiótico.",
        ),
        ("care_steps[0].id", "no_sauna"),
        ("care_steps[0].title.en", "No sauna or swimming"),
        ("care_steps[0].title.es", "Sin sauna ni piscina"),
        ("care_steps[0].text.en", "Avoid saunas and pools."),
        ("care_steps[0].text.es", "Evite saunas y piscinas."),
        ("care_steps[0].from", "1"),
        ("care_steps[0].to", "5"),
        ("care_steps[0].sessions", "every"),
        ("care_steps[0].phase", "early_days"),
        ("care_steps[0].reminder", "true"),
        ("care_steps[0].only_if.question", "recent_antibiotics"),
        ("care_steps[0].only_if.answer", "no"),
        ("care_steps[0].source.en", "Our aftercare sheet"),
    ] {
        typed.set(field, value);
    }
    typed
}

#[test]
fn a_draft_with_content_round_trips_to_the_same_file() {
    let protocol = Protocol::builtin();
    let typed = with_content();
    let text = typed.to_json(&protocol);
    let (config, problems) = parse_config(&text);
    // Only the untranslated source is reported, at its Spanish box.
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["care_steps[0].source.es"]);
    assert_eq!(config.content.questions.len(), 1);
    assert_eq!(config.content.questions[0].postpone_days, Some(14));
    let step = &config.content.care_steps[0];
    assert_eq!((step.first_day, step.last_day), (1, Some(5)));
    assert!(step.reminder);
    assert_eq!(step.only_if.as_ref().map(|o| o.answer.as_str()), Some("no"));
    assert_eq!(config.content.switched_off, ["numbing"]);
    let again = Draft::from_file(&text);
    assert_eq!(again.count("questions"), 1);
    assert_eq!(again.get("care_steps[0].to"), "5");
    assert_eq!(again.to_json(&protocol), text);
}

#[test]
fn a_content_mistake_is_reported_at_its_items_field() {
    let protocol = Protocol::builtin();
    let text = r#"{
      "questions": [
        {"id": "ok_one", "step": "medicines", "text": {"en": "A?"}, "effect": "consult", "finding": {"en": "A.", "es": "A."}},
        {"id": "two", "step": "medicines", "text": {"es": "¿B?"}, "effect": "consult", "finding": {"en": "B.", "es": "B."}}
      ],
      "care_steps": [
        {"id": "late", "title": {"en": "T", "es": "T"}, "text": {"en": "X", "es": "X"}, "day": 3, "phase": "getting_ready"}
      ],
      "switches": {"numbing": "off"}
    }"#;
    let typed = Draft::from_file(text);
    // The wrong values are in the form, to be corrected there.
    assert_eq!(typed.get("care_steps[0].phase"), "getting_ready");
    assert_eq!(typed.get("switches.numbing"), "off");
    let (_, problems) = typed.check(&protocol);
    let at = |field: &str| {
        problems
            .iter()
            .any(|p| form_field(&p.field, &protocol) == Some(field))
    };
    assert!(at("care_steps[0].phase"), "{problems:?}");
    // A missing translation at its box; no text in the default language at the text's boxes.
    assert!(at("questions[0].text.es"), "{problems:?}");
    assert!(at("questions[1].text"), "{problems:?}");
    assert!(at("switches.numbing"), "{problems:?}");
    // Correcting the phase takes the problem away.
    let mut fixed = typed.clone();
    fixed.set("care_steps[0].phase", "early_days");
    let (config, problems) = fixed.check(&protocol);
    assert!(
        !problems.iter().any(|p| p.field.starts_with("care_steps")),
        "{problems:?}"
    );
    assert_eq!(config.content.care_steps.len(), 1);
}

#[test]
fn content_problems_belong_to_their_fields_or_the_top() {
    let protocol = Protocol::builtin();
    let cases = [
        ("questions[1].text.en", Some("questions[1].text.en")),
        ("questions[1].text", Some("questions[1].text")),
        ("care_steps[0].phase", Some("care_steps[0].phase")),
        ("care_steps[0]", Some("care_steps[0]")),
        (
            "care_steps[0].only_if.answer",
            Some("care_steps[0].only_if.answer"),
        ),
        ("switches.numbing", Some("switches.numbing")),
        // No field of their own: an unknown member, a language, a step that cannot be
        // switched off, the list itself.
        ("care_steps[0].colour", None),
        ("questions[0].text.fr", None),
        ("questions[0].title.en", None),
        ("switches.treatment", None),
        ("switches.no_such", None),
        ("questions", None),
    ];
    for (field, expected) in cases {
        assert_eq!(form_field(field, &protocol), expected, "{field}");
    }
}

#[test]
fn removing_an_item_moves_the_next_ones_up() {
    let protocol = Protocol::builtin();
    let mut typed = with_content();
    typed.add("questions");
    typed.set("questions[1].id", "second");
    typed.remove("questions", 0);
    assert_eq!(typed.count("questions"), 1);
    assert_eq!(typed.get("questions[0].id"), "second");
    assert_eq!(typed.get("questions[1].id"), "");
    assert!(typed.to_json(&protocol).contains("\"second\""));
}
