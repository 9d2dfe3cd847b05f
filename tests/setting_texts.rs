//! Every number a clinic can change reaches the person as the value in force. No text carries a
//! default as a literal (except where it quotes what a source says, listed below with the
//! reason), and with each setting in turn set to an unusual value, every text that names it, in
//! the catalogues and in a busy plan, shows that value.

use careplanner::domain::answers::Value;
use careplanner::domain::i18n::{all_entries, Lang};
use careplanner::domain::plan::{build, item_text, Schedule};
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::{Amount, ParamSpec, Protocol, SettingDef, Unit};
use careplanner::domain::screening::assess_with;
use careplanner::domain::wording::{setting_value, with_settings};
use chrono::NaiveDate;

/// (key, words): a literal that equals some setting's default but is a source's own number.
const SOURCE_QUOTES: &[(&str, &str)] = &[
    // SkinPen's 24 hours, set against the articles' numbers.
    ("rule.retinoids.note", "24 hours"),
    ("rule.retinoids.note", "24 horas"),
    ("setting.retinoid_pause_days.note", "24 hours"),
    ("setting.retinoid_pause_days.note", "24 horas"),
    ("setting.sun_avoid_days_before.note", "24 hours"),
    ("setting.sun_avoid_days_before.note", "24 horas"),
    ("setting.sun_avoid_days_before.note", "3 days"),
    ("setting.sun_avoid_days_before.note", "3 días"),
    ("setting.no_makeup_hours.note", "24 hours"),
    ("setting.no_makeup_hours.note", "24 horas"),
    ("setting.no_sunscreen_hours.note", "24 hours"),
    ("setting.no_sunscreen_hours.note", "24 horas"),
    // The devices' authorised age, which a clinic may raise but not lower.
    ("rule.under_minimum_age", "22"),
    // The question asks about the longest wait a clinic may set after an injection.
    ("q.recent_injection", "6 months"),
    ("q.recent_injection", "6 meses"),
    // What clinic pages ask for after injections, as the note reports it.
    ("rule.injection_recent.note", "6 months"),
    ("rule.injection_recent.note", "6 meses"),
    ("setting.botox_wait_days.note", "6 months"),
    ("setting.botox_wait_days.note", "6 meses"),
];

/// A value in the setting's range unlike any default or any number the texts quote.
fn unusual(def: &SettingDef) -> i64 {
    [
        17, 19, 23, 13, 11, 29, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101,
    ]
    .into_iter()
    .chain(def.min..=def.max)
    .find(|v| (def.min..=def.max).contains(v) && *v != def.default)
    .expect("a setting whose range has one value cannot be changed")
}

/// Whether `text` holds `words` as a whole number phrase (not "15 days" for "5 days").
fn shows(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

fn busy_answers(protocol: &Protocol) -> careplanner::domain::answers::Answers {
    let mut answers = protocol.nothing_to_report();
    for (id, value) in [
        ("nsaids", Value::Text("otc".into())),
        ("retinoids", Value::Bool(true)),
        ("acne_topical", Value::Bool(true)),
        ("cold_sore_prone", Value::Bool(true)),
    ] {
        answers.set(id, value);
    }
    answers
}

/// A default a text could carry as a literal: a length of time with its unit, or the age.
fn checkable(def: &SettingDef) -> bool {
    !matches!(def.unit, Unit::Sessions) && (def.unit != Unit::Years || def.id == "minimum_age")
}

#[test]
fn no_text_carries_a_default_as_a_literal() {
    let protocol = Protocol::builtin();
    let defaults = ClinicSettings::defaults();
    for def in protocol.settings.iter().filter(|d| checkable(d)) {
        for lang in Lang::ALL {
            let old = setting_value(lang, &protocol, &defaults, def.id).unwrap();
            for (key, en, es) in all_entries() {
                let template = if lang == Lang::En { en } else { es };
                assert!(
                    !shows(template, &old) || SOURCE_QUOTES.contains(&(key, old.as_str())),
                    "{key} ({lang:?}) writes {old:?}, the default of {}, as a literal: {template}",
                    def.id
                );
            }
        }
    }
}

#[test]
fn every_text_shows_the_value_in_force() {
    let protocol = Protocol::builtin();
    let defaults = ClinicSettings::defaults();
    let today = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let mut filled = 0;
    for def in protocol.settings {
        let mut settings = ClinicSettings::defaults();
        let value = unusual(def);
        settings.try_set(&protocol, def.id, value).unwrap();
        for lang in Lang::ALL {
            let old = setting_value(lang, &protocol, &defaults, def.id).unwrap();
            let new = setting_value(lang, &protocol, &settings, def.id).unwrap();
            assert_ne!(old, new, "{}", def.id);
            // Every text that names the setting shows the new value, and no placeholder is left.
            let placeholder = format!("{{{}}}", def.id);
            for (key, en, es) in all_entries() {
                let template = if lang == Lang::En { en } else { es };
                let text = with_settings(lang, template, &protocol, &settings);
                assert!(!text.contains(&placeholder), "{key}: {text}");
                if template.contains(&placeholder) {
                    assert!(
                        shows(&text, &new),
                        "{key} ({lang:?}) does not show {new:?}: {text}"
                    );
                    filled += 1;
                }
            }
            // A plan made with the changed number: each item whose words carry the setting
            // shows the new value.
            let first = NaiveDate::from_ymd_opt(2026, 12, 20).unwrap();
            let mut schedule = Schedule::default_for(&protocol, &defaults, first);
            schedule.sessions = 2;
            let answers = busy_answers(&protocol);
            let assessment = assess_with(&protocol, &answers, &settings, today);
            let Ok(plan) = build(&protocol, &answers, &assessment, &schedule, &settings) else {
                continue;
            };
            for item in &plan.items {
                let Some(step) = protocol.care_step(item.step) else {
                    continue;
                };
                let carries = step.params.iter().any(|(_, spec)| {
                    matches!(spec, ParamSpec::Setting(id) if *id == def.id)
                        || matches!(spec, ParamSpec::Duration(Amount::Setting(id)) if *id == def.id)
                });
                if !carries || item.key.ends_with(".then") {
                    continue;
                }
                let shown = if def.unit == Unit::Minutes {
                    new.clone()
                } else {
                    value.to_string()
                };
                let text = item_text(lang, item);
                assert!(
                    shows(&text, &shown),
                    "{} ({lang:?}) does not show {shown:?}: {text}",
                    item.id
                );
                filled += 1;
            }
        }
    }
    assert!(filled > 20, "only {filled} texts carry a setting");
}

#[test]
fn no_text_names_a_default_as_a_literal() {
    for (key, en, es) in all_entries() {
        for (text, words) in [(en, "default of"), (es, "por defecto de")] {
            assert!(!text.contains(words), "{key}: {text}");
        }
    }
}

#[test]
fn the_helper_sees_whole_numbers_only() {
    assert!(shows("for 5 days.", "5 days"));
    assert!(!shows("for 15 days.", "5 days"));
    assert!(!shows("0,5 days", "5 days"));
    assert!(shows("22 or over", "22"));
    assert!(!shows("220", "22"));
}
