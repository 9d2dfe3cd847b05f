//! The protocol validator: the built-in protocol passes, and each kind of mistake in the data
//! is caught with a message that names the place. Broken protocols are the built-in one with
//! one slice replaced; `Box::leak` gives the replacement the `'static` lifetime the data has.

use careplanner::domain::i18n::{self, Lang};
use careplanner::domain::protocol::{
    Amount, AnswerKind, Condition, Period, Protocol, Question, Rule, SettingDef, Severity, Source,
    Step, Unit,
};

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

fn with_questions(edit: impl FnOnce(&mut Vec<Question>)) -> Protocol {
    let mut items = Protocol::builtin().questions.to_vec();
    edit(&mut items);
    Protocol {
        questions: leak(items),
        ..Protocol::builtin()
    }
}

fn with_rules(edit: impl FnOnce(&mut Vec<Rule>)) -> Protocol {
    let mut items = Protocol::builtin().rules.to_vec();
    edit(&mut items);
    Protocol {
        rules: leak(items),
        ..Protocol::builtin()
    }
}

fn with_settings(edit: impl FnOnce(&mut Vec<SettingDef>)) -> Protocol {
    let mut items = Protocol::builtin().settings.to_vec();
    edit(&mut items);
    Protocol {
        settings: leak(items),
        ..Protocol::builtin()
    }
}

fn question_mut<'a>(items: &'a mut [Question], id: &str) -> &'a mut Question {
    items
        .iter_mut()
        .find(|q| q.id == id)
        .expect("a built-in question")
}

fn rule_mut<'a>(items: &'a mut [Rule], id: &str) -> &'a mut Rule {
    items
        .iter_mut()
        .find(|r| r.id == id)
        .expect("a built-in rule")
}

/// The validator must reject `protocol` with an error at `place` whose message contains
/// `fragment`.
fn caught(protocol: Protocol, place: &str, fragment: &str) {
    let errors = protocol
        .validate()
        .expect_err("the broken protocol must not validate");
    let found = errors
        .iter()
        .any(|e| e.place == place && e.problem.contains(fragment));
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(found, "expected `{place}: …{fragment}…`, got {shown:#?}");
}

#[test]
fn builtin_protocol_is_valid() {
    if let Err(errors) = Protocol::builtin().validate() {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the built-in protocol has errors:\n{}", shown.join("\n"));
    }
}

#[test]
fn every_derived_key_has_english_and_spanish_text() {
    for (place, key) in Protocol::builtin().translation_keys() {
        for lang in Lang::ALL {
            assert!(
                i18n::lookup(lang, &key).is_some(),
                "{place}: no {} text for {key}",
                lang.code()
            );
        }
    }
}

#[test]
fn spanish_text_is_not_left_in_english() {
    let p = Protocol::builtin();
    for (_, key) in p.translation_keys() {
        let (en, es) = (
            i18n::lookup(Lang::En, &key).unwrap(),
            i18n::lookup(Lang::Es, &key).unwrap(),
        );
        // "No" is the same word in both languages; anything longer must be translated.
        assert!(
            en != es || en.len() <= 2,
            "{key}: the Spanish text is the English one"
        );
    }
}

#[test]
fn protocol_catalogue_has_no_orphan_keys() {
    let p = Protocol::builtin();
    let derived: Vec<String> = p.translation_keys().into_iter().map(|(_, k)| k).collect();
    // Only the key families the protocol derives; other layers may label settings their own way.
    let prefixes = ["step.", "q.", "opt.", "rule."];
    let derived_family = |k: &&str| {
        prefixes.iter().any(|p| k.starts_with(p))
            || (k.starts_with("setting.") && k.ends_with(".note"))
    };
    for key in i18n::all_keys().filter(derived_family) {
        assert!(
            derived.iter().any(|d| d == key),
            "{key} is in a catalogue but no protocol id needs it"
        );
    }
}

#[test]
fn every_rule_of_the_content_brief_is_covered() {
    // One or more rules per row of the brief's screening table (18 rows).
    let rows: [&[&str]; 18] = [
        &["under_minimum_age"],
        &["keloid_tendency"],
        &["cancer_treatment", "skin_cancer_area"],
        &["eczema_psoriasis", "eczema_psoriasis_area"],
        &["blood_disorder", "anticoagulants"],
        &["changing_moles"],
        &["metal_allergy", "numbing_allergy"],
        &["pregnant_or_breastfeeding"],
        &["acne_breakout"],
        &["cold_sore_now"],
        &["cold_sore_prone"],
        &["skin_not_intact"],
        &["isotretinoin_recent", "isotretinoin_current"],
        &["injection_recent"],
        &["acne_topical"],
        &["nsaids_otc", "nsaids_prescribed"],
        &["retinoids"],
        &["feeling_unwell"],
    ];
    let p = Protocol::builtin();
    for row in rows {
        for id in row {
            assert!(p.rule(id).is_some(), "no rule {id}");
        }
    }
    let covered: usize = rows.iter().map(|r| r.len()).sum();
    assert_eq!(
        covered,
        p.rules.len(),
        "every rule belongs to a row of the brief"
    );
}

#[test]
fn documentation_lists_every_question_and_rule() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/protocol.md"))
        .expect("docs/protocol.md exists");
    let p = Protocol::builtin();
    // The settings the screening reads; the care plan documents its own.
    let screening_settings = ["minimum_age", "isotretinoin_months", "botox_wait_days"];
    let ids = p
        .questions
        .iter()
        .map(|q| q.id)
        .chain(p.rules.iter().map(|r| r.id))
        .chain(screening_settings);
    for id in ids {
        assert!(
            docs.contains(&format!("`{id}`")),
            "docs/protocol.md does not mention `{id}`"
        );
    }
    // Each question's row names every rule that reads it.
    for q in p.questions {
        let row = docs
            .lines()
            .find(|line| line.starts_with(&format!("| `{}` |", q.id)))
            .unwrap_or_else(|| panic!("docs/protocol.md has no row for `{}`", q.id));
        for rule in p.rules {
            let reads =
                rule.when.questions().contains(&q.id) || rule.until.is_some_and(|(d, _)| d == q.id);
            if reads {
                assert!(
                    row.contains(&format!("`{}`", rule.id)),
                    "the row of `{}` must name `{}`",
                    q.id,
                    rule.id
                );
            }
        }
    }
}

#[test]
fn duplicate_ids_are_caught() {
    let p = with_questions(|qs| {
        let copy = *question_mut(qs, "age");
        qs.push(copy);
    });
    caught(p, "questions[age]", "duplicate id");

    let p = with_rules(|rs| {
        let copy = *rule_mut(rs, "retinoids");
        rs.push(copy);
    });
    caught(p, "rules[retinoids]", "duplicate id");

    let mut steps = Protocol::builtin().steps.to_vec();
    steps.push(Step { id: "health" });
    caught(
        Protocol {
            steps: leak(steps),
            ..Protocol::builtin()
        },
        "steps[health]",
        "duplicate id",
    );

    let mut sources = Protocol::builtin().sources.to_vec();
    sources.push(Source {
        id: "what_to_expect",
        citation: "again",
        url: None,
    });
    caught(
        Protocol {
            sources: leak(sources),
            ..Protocol::builtin()
        },
        "sources[what_to_expect]",
        "duplicate id",
    );

    let p = with_settings(|ss| {
        let copy = ss[0];
        ss.push(copy);
    });
    caught(p, "settings[minimum_age]", "duplicate id");

    let p = with_questions(|qs| {
        question_mut(qs, "nsaids").kind = AnswerKind::Choice {
            options: &["none", "otc", "otc"],
        };
    });
    caught(p, "questions[nsaids].options[otc]", "duplicate id");
}

#[test]
fn ids_that_are_not_snake_case_are_caught() {
    let p = with_questions(|qs| question_mut(qs, "age").id = "Age-Years");
    caught(p, "questions[Age-Years]", "snake_case");
    let p = with_rules(|rs| rule_mut(rs, "retinoids").id = "retinoids_");
    caught(p, "rules[retinoids_]", "snake_case");
    let p = with_questions(|qs| {
        question_mut(qs, "area").kind = AnswerKind::Choice {
            options: &["face", "Upper Arm"],
        };
    });
    caught(p, "questions[area].options[Upper Arm]", "snake_case");
}

#[test]
fn unknown_questions_in_conditions_and_rules_are_caught() {
    let p = with_rules(|rs| rule_mut(rs, "retinoids").when = Condition::Yes("retinol_cream"));
    caught(
        p,
        "rules[retinoids].when",
        "unknown question \"retinol_cream\"",
    );

    let p = with_questions(|qs| {
        question_mut(qs, "injection_last_date").show_if = Some(Condition::Yes("had_injection"));
    });
    caught(
        p,
        "questions[injection_last_date].show_if",
        "unknown question \"had_injection\"",
    );

    let p = with_rules(|rs| {
        let r = rule_mut(rs, "isotretinoin_recent");
        r.until = Some(("last_dose", r.until.unwrap().1));
    });
    caught(
        p,
        "rules[isotretinoin_recent].until",
        "unknown question \"last_dose\"",
    );
}

#[test]
fn answer_type_mismatches_are_caught() {
    let p = with_rules(|rs| rule_mut(rs, "retinoids").when = Condition::Yes("age"));
    caught(
        p,
        "rules[retinoids].when",
        "\"age\" is not a yes/no question",
    );

    let p =
        with_rules(|rs| rule_mut(rs, "nsaids_otc").when = Condition::Chose("nsaids", "aspirin"));
    caught(
        p,
        "rules[nsaids_otc].when",
        "\"nsaids\" has no option \"aspirin\"",
    );

    let p = with_rules(|rs| rule_mut(rs, "nsaids_otc").when = Condition::Chose("retinoids", "yes"));
    caught(
        p,
        "rules[nsaids_otc].when",
        "\"retinoids\" is not a choice question",
    );

    let p = with_rules(|rs| {
        rule_mut(rs, "under_minimum_age").when = Condition::Below("area", Amount::Fixed(22));
    });
    caught(
        p,
        "rules[under_minimum_age].when",
        "\"area\" is not a number question",
    );

    let days = Period {
        amount: Amount::Fixed(14),
        unit: Unit::Days,
    };
    let p = with_rules(|rs| {
        rule_mut(rs, "injection_recent").when = Condition::Within("recent_injection", days)
    });
    caught(
        p,
        "rules[injection_recent].when",
        "\"recent_injection\" is not a date question",
    );

    let p = with_rules(|rs| rule_mut(rs, "injection_recent").until = Some(("age", days)));
    caught(
        p,
        "rules[injection_recent].until",
        "\"age\" is not a date question",
    );

    // Nested conditions are checked too, and the place still names the rule.
    let p = with_rules(|rs| {
        rule_mut(rs, "isotretinoin_current").when =
            Condition::All(&[Condition::Yes("isotretinoin"), Condition::No("goals")]);
    });
    caught(
        p,
        "rules[isotretinoin_current].when",
        "\"goals\" is not a yes/no question",
    );
}

#[test]
fn unknown_sources_are_caught() {
    let p = with_rules(|rs| {
        rule_mut(rs, "metal_allergy").sources = &["skinpen_labelling", "no_such_article"]
    });
    caught(
        p,
        "rules[metal_allergy].sources",
        "unknown source \"no_such_article\"",
    );
    let p = with_settings(|ss| ss[0].sources = &["fda"]);
    caught(p, "settings[minimum_age].sources", "unknown source \"fda\"");
}

#[test]
fn a_rule_without_sources_is_caught() {
    let p = with_rules(|rs| rule_mut(rs, "acne_breakout").sources = &[]);
    caught(p, "rules[acne_breakout].sources", "at least one source");
}

#[test]
fn unknown_settings_are_caught() {
    let p = with_rules(|rs| {
        rule_mut(rs, "under_minimum_age").when =
            Condition::Below("age", Amount::Setting("min_age"));
    });
    caught(
        p,
        "rules[under_minimum_age].when",
        "unknown setting \"min_age\"",
    );
    let months = Period {
        amount: Amount::Setting("accutane_months"),
        unit: Unit::Months,
    };
    let p = with_rules(|rs| {
        rule_mut(rs, "isotretinoin_recent").until = Some(("isotretinoin_last_dose", months))
    });
    caught(
        p,
        "rules[isotretinoin_recent].until",
        "unknown setting \"accutane_months\"",
    );
}

#[test]
fn impossible_numbers_are_caught() {
    let p = with_settings(|ss| ss[0].default = 12);
    caught(p, "settings[minimum_age]", "default 12 is outside 22..=99");
    let p = with_settings(|ss| {
        ss[0].min = 50;
        ss[0].max = 30;
    });
    caught(p, "settings[minimum_age]", "min 50 is above max 30");
    let p =
        with_questions(|qs| question_mut(qs, "age").kind = AnswerKind::Number { min: 120, max: 0 });
    caught(p, "questions[age].kind", "min 120 is above max 0");
    let back = Period {
        amount: Amount::Fixed(-14),
        unit: Unit::Days,
    };
    let p = with_rules(|rs| {
        rule_mut(rs, "injection_recent").when = Condition::Within("injection_last_date", back)
    });
    caught(p, "rules[injection_recent].when", "a negative period (-14)");
}

#[test]
fn a_period_in_another_unit_than_its_setting_is_caught() {
    let days = Period {
        amount: Amount::Setting("isotretinoin_months"),
        unit: Unit::Days,
    };
    let p = with_rules(|rs| {
        rule_mut(rs, "isotretinoin_recent").when = Condition::Within("isotretinoin_last_dose", days)
    });
    caught(
        p,
        "rules[isotretinoin_recent].when",
        "is in months but the period is in days",
    );
}

#[test]
fn an_end_date_on_a_rule_that_does_not_postpone_is_caught() {
    let p = with_rules(|rs| rule_mut(rs, "injection_recent").severity = Severity::Consult);
    caught(p, "rules[injection_recent].until", "only a postponement");
}

#[test]
fn a_question_in_an_unknown_step_is_caught() {
    let p = with_questions(|qs| question_mut(qs, "retinoids").step = "medication");
    caught(
        p,
        "questions[retinoids].step",
        "unknown step \"medication\"",
    );
}

#[test]
fn follow_ups_that_read_themselves_or_later_questions_are_caught() {
    let p = with_questions(|qs| {
        question_mut(qs, "isotretinoin").show_if = Some(Condition::Yes("isotretinoin"))
    });
    caught(
        p,
        "questions[isotretinoin].show_if",
        "reads its own question",
    );

    // A cycle: the still-taking follow-up now depends on the last dose, asked after it.
    let p = with_questions(|qs| {
        question_mut(qs, "isotretinoin_still_taking").show_if = Some(Condition::Within(
            "isotretinoin_last_dose",
            Period {
                amount: Amount::Fixed(6),
                unit: Unit::Months,
            },
        ));
    });
    caught(
        p,
        "questions[isotretinoin_still_taking].show_if",
        "\"isotretinoin_last_dose\", which is asked later",
    );
}

#[test]
fn missing_translations_are_caught() {
    let p = with_questions(|qs| {
        qs.push(Question {
            id: "smoker",
            step: "health",
            kind: AnswerKind::YesNo,
            required: false,
            show_if: None,
            help: true,
        });
    });
    caught(p, "questions[smoker]", "no en text for \"q.smoker\"");
    caught(p, "questions[smoker]", "no es text for \"q.smoker.help\"");
}

#[test]
fn errors_read_as_place_then_problem() {
    let p = with_rules(|rs| rule_mut(rs, "acne_breakout").sources = &[]);
    let errors = p.validate().unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "rules[acne_breakout].sources: a rule must name at least one source"
    );
}

/// Sources are cited by their titles: nothing a person reads, and nothing in the project's own
/// docs, calls an article a "seed" or points outside the project.
#[test]
fn nothing_says_seed_or_points_outside_the_project() {
    let p = Protocol::builtin();
    let mut texts: Vec<(String, String)> = i18n::all_entries()
        .flat_map(|(key, en, es)| {
            [
                (key.to_string(), en.to_string()),
                (key.to_string(), es.to_string()),
            ]
        })
        .collect();
    texts.extend(
        p.sources
            .iter()
            .map(|s| (s.id.to_string(), s.citation.to_string())),
    );
    let root = env!("CARGO_MANIFEST_DIR");
    let mut docs = vec![format!("{root}/README.md")];
    for entry in std::fs::read_dir(format!("{root}/docs")).unwrap() {
        docs.push(entry.unwrap().path().display().to_string());
    }
    for doc in docs {
        texts.push((doc.clone(), std::fs::read_to_string(&doc).unwrap()));
    }
    for (place, text) in texts {
        let lower = text.to_lowercase();
        assert!(!lower.contains("seed"), "{place} says \"seed\"");
        assert!(!lower.contains("shared/"), "{place} points at shared/");
    }
    // The five articles are cited by title.
    for id in [
        "what_to_prepare",
        "all_you_need",
        "what_to_expect",
        "what_is",
        "benefits_results",
    ] {
        let citation = p.source(id).unwrap().citation;
        assert!(citation.starts_with('“'), "{id}: {citation}");
    }
}

#[test]
fn each_kind_reads_its_form_controls() {
    use careplanner::domain::answers::Value;
    let options: &'static [&'static str] = &["a", "b"];
    let text = |s: &str| Some(Value::Text(s.to_string()));
    let cases: &[(AnswerKind, &[&str], Option<Value>)] = &[
        (
            AnswerKind::Number { min: 0, max: 120 },
            &["34"],
            Some(Value::Number(34.0)),
        ),
        (
            AnswerKind::Number { min: 0, max: 120 },
            &[" 34 "],
            Some(Value::Number(34.0)),
        ),
        // Kept as typed, for the screening to call "not a number".
        (
            AnswerKind::Number { min: 0, max: 120 },
            &["3.5"],
            text("3.5"),
        ),
        (AnswerKind::Number { min: 0, max: 120 }, &["  "], None),
        (
            AnswerKind::Date { past_only: true },
            &["2026-11-02"],
            text("2026-11-02"),
        ),
        (AnswerKind::Date { past_only: true }, &[""], None),
        (AnswerKind::YesNo, &["true"], Some(Value::Bool(true))),
        (AnswerKind::YesNo, &["false"], Some(Value::Bool(false))),
        (AnswerKind::YesNo, &["maybe"], None),
        (AnswerKind::Choice { options }, &["b"], text("b")),
        (
            AnswerKind::Multi { options },
            &["a", "b"],
            Some(Value::List(vec!["a".into(), "b".into()])),
        ),
        (AnswerKind::Multi { options }, &[], None),
    ];
    for (kind, given, expected) in cases {
        let given: Vec<String> = given.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            kind.read_form(&given),
            *expected,
            "{kind:?} given {given:?}"
        );
    }
}
