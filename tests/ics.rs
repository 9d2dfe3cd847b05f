//! The calendar export: RFC 5545 structure, escaping and folding, all-day and timed events
//! across a daylight-saving change, golden files, and the samples that
//! `scripts/check-ics.sh` feeds to two independent parsers.

mod plan_support;

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::i18n::lookup;
use careplanner::domain::i18n::Lang;
use careplanner::domain::ics::*;
use careplanner::domain::plan::{
    build, item_text, phase_calendar_title, phases, CarePlan, Item, Schedule,
};
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::PhaseKind;
use careplanner::domain::screening::Verdict;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use plan_support::*;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

type Zone = fn(NaiveDateTime) -> Option<DateTime<Utc>>;

/// One calendar to write and check.
struct Sample {
    name: String,
    form: IcsForm,
    lang: Lang,
    answers: Answers,
    first: NaiveDate,
    start: NaiveTime,
    sessions: u32,
    interval: u32,
    settings: &'static [(&'static str, i64)],
    clinic: Option<&'static str>,
    zone: Zone,
}

impl Sample {
    fn clinic(&self) -> ClinicSettings {
        let mut clinic = ClinicSettings::defaults();
        for (id, value) in self.settings {
            clinic.try_set(&protocol(), id, *value).unwrap();
        }
        clinic
    }

    fn plan(&self) -> CarePlan {
        let p = protocol();
        let clinic = self.clinic();
        let schedule = Schedule {
            first_date: self.first,
            start_time: self.start,
            sessions: self.sessions,
            interval_days: self.interval,
        };
        let today = self.first - Duration::days(30);
        build(
            &p,
            &self.answers,
            &assessment(Verdict::Precautions, None, today),
            &schedule,
            &clinic,
        )
        .unwrap()
    }

    fn ics(&self) -> String {
        let p = protocol();
        let settings = self.clinic();
        let options = IcsOptions {
            lang: self.lang,
            form: self.form,
            dtstamp: d(2026, 10, 1).and_time(hm(8, 30)).and_utc(),
            clinic_name: self.clinic,
            phone: self.clinic.map(|_| "+1 555 0100"),
            uid_domain: "careplanner.example",
            protocol: &p,
            settings: &settings,
            to_utc: &self.zone,
        };
        to_ics(&self.plan(), &options)
    }
}

/// Every situation in both forms: `<name>` is the compact calendar, `<name>-detailed` the one
/// with an event per instruction.
fn samples() -> Vec<Sample> {
    situations()
        .into_iter()
        .flat_map(|s| {
            let detailed = Sample {
                name: format!("{}-detailed", s.name),
                form: IcsForm::Detailed,
                ..s.clone()
            };
            [s, detailed]
        })
        .collect()
}

fn situations() -> Vec<Sample> {
    let base = |name: &str, lang, first, sessions| Sample {
        name: name.to_string(),
        form: IcsForm::Compact,
        lang,
        answers: busy_answers(),
        first,
        start: hm(10, 0),
        sessions,
        interval: 28,
        settings: &[],
        clinic: None,
        zone: eastern,
    };
    vec![
        Sample {
            clinic: Some("Clínica Sol"),
            ..base("single-en", Lang::En, d(2026, 11, 21), 1)
        },
        // Clocks go forward on 14 March 2027, between sessions 1 and 2.
        Sample {
            clinic: Some("Centro Dermatológico Núñez; planta 2ª, consulta \\ 3"),
            ..base("series-dst-es", Lang::Es, d(2027, 2, 20), 4)
        },
        Sample {
            answers: plain_answers(),
            ..base("leap-day-en", Lang::En, d(2028, 2, 29), 1)
        },
        Sample {
            ..base("new-year-es", Lang::Es, d(2026, 12, 31), 2)
        },
        Sample {
            answers: plain_answers().with("nsaids", Value::Text("prescribed".into())),
            interval: 14,
            settings: &[
                ("interval_days_min", 14),
                ("product_resume_days", 30),
                ("spf_days", 30),
            ],
            ..base("merged-six-en", Lang::En, d(2027, 5, 3), 6)
        },
        // 2:30 does not exist on 14 March 2027 in the fake zone: the event moves to 3:30.
        Sample {
            start: hm(2, 30),
            sessions: 1,
            ..base("skipped-hour-en", Lang::En, d(2027, 3, 14), 1)
        },
    ]
}

impl Clone for Sample {
    fn clone(&self) -> Sample {
        Sample {
            name: self.name.clone(),
            answers: self.answers.clone(),
            ..*self
        }
    }
}

fn sample(name: &str) -> Sample {
    samples().into_iter().find(|s| s.name == name).unwrap()
}

/// The content lines, unfolded, without their CRLF.
fn lines(ics: &str) -> Vec<String> {
    unfold(ics)
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn values<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| {
            let (head, value) = l.split_once(':')?;
            (head == name || head.starts_with(&format!("{name};"))).then_some(value)
        })
        .collect()
}

/// A date as iCalendar writes it: 20261121.
fn compact(date: NaiveDate) -> String {
    date.to_string().replace('-', "")
}

#[test]
fn every_line_is_crlf_and_at_most_75_octets() {
    for s in samples() {
        let ics = s.ics();
        assert!(ics.ends_with("\r\n"), "{}", s.name);
        assert!(
            !ics.replace("\r\n", "").contains('\n') && !ics.replace("\r\n", "").contains('\r'),
            "{}: bare line ends",
            s.name
        );
        for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                line.len() <= MAX_LINE_OCTETS,
                "{}: {} octets: {line:?}",
                s.name,
                line.len()
            );
            assert!(line != " ", "{}: empty continuation line", s.name);
        }
    }
}

#[test]
fn calendar_and_events_have_the_required_properties() {
    let ics = sample("series-dst-es-detailed").ics();
    let lines = lines(&ics);
    assert_eq!(
        &lines[..5],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//careplanner//Care plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"
        ]
    );
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(events, sample("series-dst-es-detailed").plan().items.len());
    assert_eq!(values(&lines, "UID").len(), events);
    assert_eq!(values(&lines, "DTSTAMP"), vec!["20261001T083000Z"; events]);
    assert_eq!(values(&lines, "SUMMARY").len(), events);
    assert_eq!(
        values(&lines, "DESCRIPTION").len(),
        events + values(&lines, "ACTION").len()
    );
    assert!(lines
        .iter()
        .any(|l| l == "SUMMARY;LANGUAGE=es:Su sesión · Tratamiento"));
    assert_eq!(values(&lines, "CLASS"), vec!["PRIVATE"; events]);
    assert!(lines.contains(
        &"LOCATION:Centro Dermatológico Núñez\\; planta 2ª\\, consulta \\\\ 3".to_string()
    ));
}

#[test]
fn uids_are_unique_and_stable() {
    let s = sample("merged-six-en");
    let first = s.ics();
    assert_eq!(first, s.ics(), "the same plan gives the same file");
    let lines = lines(&first);
    let mut uids = values(&lines, "UID");
    let count = uids.len();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), count);
    assert!(uids.iter().all(|u| u.ends_with("@careplanner.example")));
    // Moving the series moves every item, so every UID changes.
    let moved = Sample {
        first: d(2027, 5, 4),
        ..sample("merged-six-en")
    }
    .ics();
    let moved_lines = self::lines(&moved);
    assert!(values(&moved_lines, "UID")
        .iter()
        .all(|u| !uids.contains(u)));
}

#[test]
fn all_day_events_end_the_day_after_their_last_day() {
    let s = sample("single-en-detailed");
    let plan = s.plan();
    let lines = lines(&s.ics());
    let starts = values(&lines, "DTSTART");
    let ends = values(&lines, "DTEND");
    for (i, item) in plan.items.iter().enumerate() {
        if item.time.is_none() {
            assert_eq!(starts[i], compact(item.date));
            assert_eq!(
                ends[i],
                compact(item.last_date().succ_opt().unwrap()),
                "{}",
                item.id
            );
        }
    }
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20261114".to_string()),
        "the NSAID pause begins a week before"
    );
    assert!(
        lines.contains(&"DTEND;VALUE=DATE:20261122".to_string()),
        "and runs through the session day"
    );
}

#[test]
fn timed_events_are_utc_across_a_daylight_saving_change() {
    let lines = lines(&sample("series-dst-es-detailed").ics());
    let timed: Vec<&str> = values(&lines, "DTSTART")
        .into_iter()
        .filter(|v| v.ends_with('Z'))
        .collect();
    // 10:00 local is 15:00 UTC in February (UTC−5) and 14:00 UTC from March (UTC−4).
    assert_eq!(
        timed,
        [
            "20270220T140000Z",
            "20270220T150000Z",
            "20270320T130000Z",
            "20270320T140000Z",
            "20270417T130000Z",
            "20270417T140000Z",
            "20270515T130000Z",
            "20270515T140000Z",
        ]
    );
    assert!(
        lines.contains(&"DTEND:20270320T150000Z".to_string()),
        "a 60-minute treatment"
    );
    assert!(
        !lines
            .iter()
            .any(|l| l.starts_with("DTSTART:") && !l.ends_with('Z')),
        "no floating times"
    );
}

#[test]
fn a_skipped_local_time_moves_an_hour_later() {
    let lines = lines(&sample("skipped-hour-en-detailed").ics());
    assert!(
        lines.contains(&"DTSTART:20270314T073000Z".to_string()),
        "{:?}",
        values(&lines, "DTSTART")
    );
    // Numbing at 1:30 still exists (UTC−5).
    assert!(lines.contains(&"DTSTART:20270314T063000Z".to_string()));
}

#[test]
fn a_time_no_zone_can_place_becomes_an_all_day_event() {
    let s = sample("single-en-detailed");
    let p = protocol();
    let nowhere = |_: NaiveDateTime| None;
    let settings = s.clinic();
    let options = IcsOptions {
        lang: Lang::En,
        form: IcsForm::Detailed,
        dtstamp: d(2026, 10, 1).and_time(hm(0, 0)).and_utc(),
        clinic_name: None,
        phone: None,
        uid_domain: "x",
        protocol: &p,
        settings: &settings,
        to_utc: &nowhere,
    };
    let lines = lines(&to_ics(&s.plan(), &options));
    assert!(!lines.iter().any(|l| l.starts_with("DTSTART:")));
    assert_eq!(values(&lines, "DTSTART").len(), s.plan().items.len());
}

#[test]
fn reminders_on_each_session_and_each_pause_start() {
    let s = sample("series-dst-es-detailed");
    let plan = s.plan();
    let lines = lines(&s.ics());
    let alarmed: Vec<&str> = plan
        .items
        .iter()
        .filter(|i| i.alarm)
        .map(|i| i.step)
        .collect();
    assert_eq!(alarmed.iter().filter(|s| **s == "treatment").count(), 4);
    for pause in ["nsaid_otc", "retinoid_pause", "acne_prescription"] {
        assert_eq!(
            alarmed.iter().filter(|s| **s == pause).count(),
            4,
            "{pause}"
        );
    }
    assert_eq!(values(&lines, "ACTION"), vec!["DISPLAY"; alarmed.len()]);
    assert_eq!(
        values(&lines, "TRIGGER")
            .iter()
            .filter(|t| **t == "-P1D")
            .count(),
        4
    );
    assert_eq!(
        values(&lines, "TRIGGER")
            .iter()
            .filter(|t| **t == "-PT6H")
            .count(),
        12
    );
}

#[test]
fn text_is_in_the_persons_language_with_sources() {
    let lines = lines(&sample("series-dst-es-detailed").ics());
    let descriptions = values(&lines, "DESCRIPTION");
    let first = unescape_text(descriptions[0]);
    assert!(
        first.starts_with("Antes de su primera sesión, el sábado, 20 de febrero de 2027"),
        "{first}"
    );
    assert!(
        first.contains("\n\nFuentes: “What To Expect During Microneedling Treatment?”"),
        "{first}"
    );
    assert!(
        values(&lines, "X-WR-CALNAME")[0].starts_with("Plan de cuidados de microneedling – Centro")
    );
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/ics/golden")
        .join(format!("{name}.ics"))
}

/// Compares with the stored file; `UPDATE_GOLDEN=1 cargo test --test ics` rewrites it after a
/// deliberate change (review the diff).
#[test]
fn golden_files() {
    for name in ["single-en", "new-year-es", "single-en-detailed"] {
        let ics = sample(name).ics();
        let path = golden(name);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &ics).unwrap();
        }
        let stored =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            stored == ics,
            "{name}.ics differs from {}; rerun with UPDATE_GOLDEN=1 if intended",
            path.display()
        );
    }
}

/// What a parser must find for one item: the manifest entry.
fn expected(item: &Item, summary: &str, zone: Zone, uid: &str) -> serde_json::Value {
    let (start, end) = match item.time {
        Some(time) => {
            let local = item.date.and_time(time);
            let start = zone(local)
                .or_else(|| zone(local + Duration::hours(1)))
                .unwrap();
            let end = start + Duration::minutes(i64::from(item.minutes.unwrap()));
            let f = |t: DateTime<Utc>| {
                let n = t.naive_utc();
                format!(
                    "{}T{:02}:{:02}:{:02}Z",
                    n.date(),
                    n.hour(),
                    n.minute(),
                    n.second()
                )
            };
            (f(start), f(end))
        }
        None => (
            item.date.to_string(),
            item.last_date().succ_opt().unwrap().to_string(),
        ),
    };
    serde_json::json!({
        "uid": uid,
        "summary": summary,
        "start": start,
        "end": end,
        "alarms": u8::from(item.alarm),
        "class": "PRIVATE",
    })
}

/// The detailed calendar's discreet titles, item by item: the phase and the kind of
/// instruction ("Getting ready for your session · Medicines").
fn detailed_titles(s: &Sample, plan: &CarePlan) -> Vec<String> {
    let care = phases(plan, &protocol(), &s.clinic());
    let mut titles = vec![String::new(); plan.items.len()];
    for session in &care {
        for phase in &session.phases {
            let heading = phase_calendar_title(s.lang, phase, session.session.date);
            for e in &phase.entries {
                let category = lookup(s.lang, &plan.items[e.item].category.key()).unwrap();
                titles[e.item] = format!("{heading} · {category}");
            }
        }
    }
    titles
}

/// A UTC instant as the parsers' manifest writes it.
fn utc_text(t: DateTime<Utc>) -> String {
    let n = t.naive_utc();
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        n.date(),
        n.hour(),
        n.minute(),
        n.second()
    )
}

/// What the compact calendar must hold, worked out from the plan's phases: per session a
/// reminder for the consultation (first session), getting ready, the session from the
/// numbing to the end of the treatment, an event per aftercare phase, and one per day
/// something comes back. The UIDs are filled in from the file.
fn expected_compact(s: &Sample) -> Vec<serde_json::Value> {
    let plan = s.plan();
    let care = phases(&plan, &protocol(), &s.clinic());
    let word = |key: &str| lookup(s.lang, key).unwrap().to_string();
    let all_day = |summary: String, first: NaiveDate, last: NaiveDate, alarms: u8| {
        serde_json::json!({
            "summary": summary,
            "start": first.to_string(),
            "end": last.succ_opt().unwrap().to_string(),
            "alarms": alarms,
            "class": "PRIVATE",
        })
    };
    let mut out = Vec::new();
    for session in &care {
        for phase in &session.phases {
            match phase.kind {
                PhaseKind::SessionDay => {
                    let from = phase.entries.iter().filter_map(|e| e.from).min().unwrap();
                    let until = phase.entries.iter().filter_map(|e| e.until).max().unwrap();
                    let place = |t: NaiveDateTime| {
                        (s.zone)(t)
                            .or_else(|| (s.zone)(t + Duration::hours(1)))
                            .unwrap()
                    };
                    let start = place(from);
                    let end = start + (until - from);
                    let summary = word("ics.title.session")
                        .replace("{n}", &session.session.number.to_string())
                        .replace("{total}", &plan.sessions.len().to_string());
                    out.push(serde_json::json!({
                        "summary": summary,
                        "start": utc_text(start),
                        "end": utc_text(end),
                        "alarms": 1,
                        "class": "PRIVATE",
                    }));
                }
                PhaseKind::BackToNormal => {
                    let mut days: Vec<NaiveDate> = phase
                        .entries
                        .iter()
                        .map(|e| plan.items[e.item].date)
                        .collect();
                    days.dedup();
                    for day in days {
                        let results = phase.entries.iter().any(|e| {
                            let item = &plan.items[e.item];
                            item.date == day && item.step == "results_review"
                        });
                        let summary = if results {
                            word("ics.title.results")
                        } else {
                            word("ics.title.back_to_normal")
                        };
                        out.push(all_day(summary, day, day, u8::from(results)));
                    }
                }
                kind => {
                    let alarm = matches!(kind, PhaseKind::BeforeYouStart | PhaseKind::GettingReady);
                    let summary = phase_calendar_title(s.lang, phase, session.session.date);
                    out.push(all_day(summary, phase.first, phase.last, u8::from(alarm)));
                }
            }
        }
    }
    out
}

/// Writes every sample and a manifest of what each must contain to target/ics-samples/, for
/// `scripts/check-ics.sh`. The expectations come from the plan, not from the file.
#[test]
fn write_samples_for_the_parsers() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("ics-samples");
    std::fs::create_dir_all(&dir).unwrap();
    let mut manifest = Vec::new();
    for s in samples() {
        let ics = s.ics();
        let file = format!("{}.ics", s.name);
        std::fs::write(dir.join(&file), &ics).unwrap();
        let lines = lines(&ics);
        let uids = values(&lines, "UID");
        let plan = s.plan();
        let events: Vec<_> = match s.form {
            IcsForm::Detailed => {
                assert_eq!(uids.len(), plan.items.len());
                let titles = detailed_titles(&s, &plan);
                plan.items
                    .iter()
                    .zip(titles)
                    .zip(uids)
                    .map(|((item, title), uid)| expected(item, &title, s.zone, uid))
                    .collect()
            }
            IcsForm::Compact => {
                let wanted = expected_compact(&s);
                assert_eq!(uids.len(), wanted.len(), "{}", s.name);
                wanted
                    .into_iter()
                    .zip(uids)
                    .map(|(mut event, uid)| {
                        event["uid"] = uid.into();
                        event
                    })
                    .collect()
            }
        };
        manifest.push(serde_json::json!({ "file": file, "events": events }));
    }
    let manifest = serde_json::json!({ "samples": manifest });
    std::fs::write(
        dir.join("manifest.json"),
        serde_json::to_string_pretty(&manifest).unwrap(),
    )
    .unwrap();
}

#[test]
fn escaping_follows_rfc_5545_3_3_11() {
    let cases = [
        ("a;b,c\\d", "a\\;b\\,c\\\\d"),
        ("line\nnext", "line\\nnext"),
        ("crlf\r\nnext", "crlf\\nnext"),
        ("cr\rnext", "cr\\nnext"),
        ("tab\tkept", "tab\tkept"),
        ("bell\u{7}gone", "bellgone"),
        ("c1\u{85}gone\u{9f}", "c1gone"),
        ("del\u{7f}gone", "delgone"),
        ("colon: fine", "colon: fine"),
        ("niño, acción; 🙂", "niño\\, acción\\; 🙂"),
    ];
    for (text, escaped) in cases {
        assert_eq!(escape_text(text), escaped, "{text:?}");
    }
}

#[test]
fn folding_never_splits_a_character() {
    // 74 ASCII octets then a 4-octet emoji: the emoji moves whole to the next line.
    let line = format!("{}🙂{}", "a".repeat(74), "ñ".repeat(60));
    let folded = fold_line(&line);
    let physical: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(physical[0], "a".repeat(74));
    assert!(physical[1].starts_with(" 🙂"));
    assert!(physical.iter().all(|l| l.len() <= 75));
    assert_eq!(unfold(&folded).trim_end_matches("\r\n"), line);
    // Exactly 75 octets is not folded; 76 is, and never into an empty continuation.
    assert_eq!(
        fold_line(&"x".repeat(75)),
        format!("{}\r\n", "x".repeat(75))
    );
    assert_eq!(
        fold_line(&"x".repeat(76)),
        format!("{}\r\n x\r\n", "x".repeat(75))
    );
    assert_eq!(fold_line(""), "\r\n");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Escape then fold, unfold then unescape: the original text, with no physical line over
    /// 75 octets. Texts mix any printable Unicode (emoji, accents) with the characters that
    /// need escaping and line breaks.
    #[test]
    fn folding_and_escaping_round_trip(
        parts in proptest::collection::vec(prop_oneof![
            "\\PC{0,40}",
            Just("\n".to_string()),
            Just(";,\\".to_string()),
            Just("áéíóúñü¿¡ ÁÉÍÓÚÑ".to_string()),
            Just("🙂👩🏽‍⚕️🇪🇸".to_string()),
            Just("\\n".to_string()),
        ], 0..12),
        name in "[A-Z]{1,12}",
    ) {
        let text: String = parts.concat();
        let line = format!("{name}:{}", escape_text(&text));
        let folded = fold_line(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            prop_assert!(physical.len() <= MAX_LINE_OCTETS);
            prop_assert!(physical != " ");
        }
        let unfolded = unfold(&folded);
        let value = unfolded.trim_end_matches("\r\n").strip_prefix(&format!("{name}:")).unwrap();
        prop_assert!(!value.contains('\n'));
        prop_assert_eq!(unescape_text(value), text);
    }

    /// The streaming writer the export uses: escaping while folding gives the same lines as
    /// folding pre-escaped text, never splits an escape pair, and round-trips.
    #[test]
    fn the_line_writer_folds_escaped_text_whole(
        prefix in "[A-Z;=]{0,80}",
        text in proptest::collection::vec(prop_oneof!["\\PC{0,30}", Just("\\".to_string()), Just(";,".to_string()), Just("\n".to_string())], 0..10),
    ) {
        let text = text.concat();
        let mut streamed = String::new();
        let mut line = Line::start(&mut streamed);
        line.raw(&prefix).text(&text);
        line.end();
        let mut cached = String::new();
        let mut line = Line::start(&mut cached);
        line.raw(&prefix).escaped(&escape_text(&text));
        line.end();
        prop_assert_eq!(&streamed, &cached);
        for physical in streamed.split("\r\n").filter(|l| !l.is_empty()) {
            prop_assert!(physical.len() <= MAX_LINE_OCTETS && physical != " ");
            let trailing = physical.bytes().rev().take_while(|&b| b == b'\\').count();
            prop_assert!(trailing % 2 == 0, "an escape pair was split: {:?}", physical);
        }
        let unfolded = unfold(&streamed);
        prop_assert_eq!(unescape_text(unfolded.trim_end_matches("\r\n").strip_prefix(prefix.as_str()).unwrap()), text);
    }
}

/// The events of a calendar: each one's UID, first and last local day, title, reminder text
/// and description, in file order.
struct Ev {
    uid: String,
    first: NaiveDate,
    last: NaiveDate,
    summary: String,
    alarm: Option<String>,
    description: String,
    class: String,
    transparent: bool,
}

fn events(ics: &str, zone_offset_hours: i64) -> Vec<Ev> {
    let mut out = Vec::new();
    let mut current: Option<Ev> = None;
    let mut in_alarm = false;
    let day = |v: &str| NaiveDate::parse_from_str(&v[..8], "%Y%m%d").unwrap();
    for l in lines(ics) {
        let (head, value) = l.split_once(':').unwrap_or((&l, ""));
        match (head, current.as_mut()) {
            ("BEGIN", _) if value == "VEVENT" => {
                current = Some(Ev {
                    uid: String::new(),
                    first: NaiveDate::MIN,
                    last: NaiveDate::MIN,
                    summary: String::new(),
                    alarm: None,
                    description: String::new(),
                    class: String::new(),
                    transparent: false,
                })
            }
            ("BEGIN", _) if value == "VALARM" => in_alarm = true,
            ("END", _) if value == "VALARM" => in_alarm = false,
            ("END", Some(_)) if value == "VEVENT" => out.push(current.take().unwrap()),
            ("UID", Some(e)) => e.uid = value.to_string(),
            ("DTSTART", Some(e)) => {
                // A UTC time, back to the local day (the samples' zone is a few hours west).
                let local = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%SZ").unwrap()
                    - Duration::hours(zone_offset_hours);
                e.first = local.date();
                e.last = local.date();
            }
            ("DTEND", Some(_)) => {}
            ("DTSTART;VALUE=DATE", Some(e)) => e.first = day(value),
            ("DTEND;VALUE=DATE", Some(e)) => e.last = day(value).pred_opt().unwrap(),
            ("CLASS", Some(e)) => e.class = value.to_string(),
            ("TRANSP", Some(e)) => e.transparent = value == "TRANSPARENT",
            (h, Some(e)) if h.starts_with("SUMMARY") => e.summary = unescape_text(value),
            (h, Some(e)) if h.starts_with("DESCRIPTION") => {
                if in_alarm {
                    e.alarm = Some(unescape_text(value));
                } else {
                    e.description = unescape_text(value);
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_compact_calendar_is_calm() {
    for s in samples().into_iter().filter(|s| s.form == IcsForm::Compact) {
        let plan = s.plan();
        let events = events(&s.ics(), 5);
        for session in &plan.sessions {
            let tag = format!("-{}-", session.number);
            let count = events.iter().filter(|e| e.uid.contains(&tag)).count();
            assert!(
                (4..=10).contains(&count),
                "{}: session {} has {count} events",
                s.name,
                session.number
            );
        }
        let first = events.iter().map(|e| e.first).min().unwrap();
        let last = events.iter().map(|e| e.last).max().unwrap();
        for day in first.iter_days().take_while(|d| *d <= last) {
            let on = events
                .iter()
                .filter(|e| e.first <= day && day <= e.last)
                .count();
            assert!(on <= 3, "{}: {on} events on {day}", s.name);
        }
        // Only the sessions are timed; the consultation is a reminder, not a booking.
        let timed = events.iter().filter(|e| !e.transparent).count();
        assert_eq!(timed, plan.sessions.len(), "{}", s.name);
        let consult = events
            .iter()
            .find(|e| e.uid.starts_with("before_you_start-"));
        assert!(
            consult.is_some_and(|e| e.transparent && e.alarm.is_some()),
            "{}",
            s.name
        );
    }
}

#[test]
fn the_compact_calendar_holds_every_instruction_in_its_descriptions() {
    for s in samples().into_iter().filter(|s| s.form == IcsForm::Compact) {
        let plan = s.plan();
        let events = events(&s.ics(), 5);
        let all: String = events.iter().map(|e| e.description.as_str()).collect();
        for item in &plan.items {
            if item.category == careplanner::domain::protocol::Category::WarningSigns {
                continue;
            }
            assert!(
                all.contains(&item_text(s.lang, item)),
                "{}: {} is described",
                s.name,
                item.id
            );
        }
    }
    // Getting ready lists every pause with the day it begins; the aftercare says whom to call.
    let s = sample("single-en");
    let events = events(&s.ics(), 5);
    let ready = events
        .iter()
        .find(|e| e.summary == "Getting ready for your session")
        .unwrap();
    for line in [
        "• Sat 14 – Sat 21 Nov: Pause over-the-counter ibuprofen",
        "• Mon 16 – Fri 20 Nov: Stop using retinoid creams",
        "• Mon 16 – Fri 20 Nov: Prescription acne cream",
        "• Wed 18 – Fri 20 Nov: ",
    ] {
        assert!(
            ready.description.contains(line),
            "{line}\n{}",
            ready.description
        );
    }
    let first_day = events
        .iter()
        .find(|e| e.summary == "Aftercare: first 24 hours")
        .unwrap();
    assert!(
        first_day
            .description
            .contains("Call Clínica Sol on +1 555 0100 if you notice:"),
        "{}",
        first_day.description
    );
    assert!(
        first_day
            .description
            .contains("Sat 21 – Sun 22 Nov, until 11:00 am: No makeup"),
        "{}",
        first_day.description
    );
}

/// Words that name a medicine or a condition, in either language.
const REVEALING: &[&str] = &[
    "ibuprofen",
    "naproxen",
    "nsaid",
    "aine",
    "inflam",
    "retino",
    "acne",
    "acné",
    "antivir",
    "cold sore",
    "herpes",
    "calentura",
    "pregnan",
    "embaraz",
    "breastfeed",
    "lactan",
    "isotretin",
    "anticoag",
    "blood thinner",
    "diabet",
    "keloid",
    "queloide",
    "prescri",
    "receta",
    "microneedling",
    "microaguja",
];

#[test]
fn titles_and_reminders_name_no_medicine_and_no_condition() {
    for s in samples() {
        let events = events(&s.ics(), 5);
        assert!(!events.is_empty());
        for e in &events {
            assert_eq!(e.class, "PRIVATE", "{}: {}", s.name, e.uid);
            for text in std::iter::once(&e.summary).chain(e.alarm.as_ref()) {
                let lower = text.to_lowercase();
                for word in REVEALING {
                    assert!(!lower.contains(word), "{}: {text:?} names {word:?}", s.name);
                }
            }
            if let Some(alarm) = &e.alarm {
                assert_eq!(alarm, &e.summary);
            }
        }
    }
    // The check can fail: the detailed descriptions do name the medicines.
    let detailed = events(&sample("single-en-detailed").ics(), 5);
    assert!(detailed
        .iter()
        .any(|e| e.description.to_lowercase().contains("ibuprofen")));
}

/// A plan that depends on an acne breakout clearing says so in each session's own event, in
/// the person's language, and nowhere else.
#[test]
fn a_conditional_session_says_its_condition_in_its_event() {
    use careplanner::domain::screening::assess;
    let p = protocol();
    let mut answers = p.nothing_to_report();
    answers.set("acne_breakout", Value::Bool(true));
    let today = d(2026, 11, 1);
    let assessment = assess(&p, &answers, today);
    let schedule = Schedule::default_for(&p, &ClinicSettings::defaults(), d(2026, 11, 20));
    let plan = build(
        &p,
        &answers,
        &assessment,
        &schedule,
        &ClinicSettings::defaults(),
    )
    .unwrap();
    for (lang, words) in [
        (
            Lang::En,
            "goes ahead only if the acne breakout in the area has cleared",
        ),
        (Lang::Es, "el brote de acné de la zona ha desaparecido"),
    ] {
        for form in [IcsForm::Compact, IcsForm::Detailed] {
            let settings = ClinicSettings::defaults();
            let options = IcsOptions {
                lang,
                form,
                dtstamp: d(2026, 10, 1).and_time(hm(8, 30)).and_utc(),
                clinic_name: None,
                phone: None,
                uid_domain: "careplanner.example",
                protocol: &p,
                settings: &settings,
                to_utc: &|t: NaiveDateTime| Some(t.and_utc()),
            };
            let ics = unfold(&to_ics(&plan, &options));
            let events: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).collect();
            let with_condition = events
                .iter()
                .filter(|e| unescape_text(e).contains(words))
                .count();
            assert_eq!(with_condition, plan.sessions.len(), "{lang:?} {form:?}");
        }
    }
}
