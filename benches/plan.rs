//! Building a six-session plan, and writing its calendar file. Target: under 200 µs each.

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::i18n::Lang;
use careplanner::domain::ics::{to_ics, IcsForm, IcsOptions};
use careplanner::domain::plan::{build, phases, Schedule};
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::Protocol;
use careplanner::domain::screening::{assess, Assessment};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn setup() -> (Protocol, Answers, Assessment, Schedule, ClinicSettings) {
    let protocol = Protocol::builtin();
    // A full screening with nothing to report, then everything that adds a care step: the
    // largest plan a person can have.
    let answers = protocol
        .nothing_to_report()
        .with("nsaids", Value::Text("otc".into()))
        .with("retinoids", Value::Bool(true))
        .with("acne_topical", Value::Bool(true))
        .with("cold_sore_prone", Value::Bool(true))
        .with("pregnant_or_breastfeeding", Value::Bool(true));
    let today = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let assessment = assess(&protocol, &answers, today);
    let schedule = Schedule {
        first_date: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
        start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        sessions: 6,
        interval_days: 28,
    };
    (
        protocol,
        answers,
        assessment,
        schedule,
        ClinicSettings::defaults(),
    )
}

/// A fixed UTC−5 zone: the conversion's own cost is not what is measured.
fn zone(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    Some((local + Duration::hours(5)).and_utc())
}

fn bench(c: &mut Criterion) {
    let (protocol, answers, assessment, schedule, settings) = setup();
    c.bench_function("plan::build, 6 sessions", |b| {
        b.iter(|| {
            build(
                black_box(&protocol),
                black_box(&answers),
                &assessment,
                black_box(&schedule),
                &settings,
            )
        })
    });
    let plan = build(&protocol, &answers, &assessment, &schedule, &settings).unwrap();
    let mut options = IcsOptions {
        lang: Lang::Es,
        form: IcsForm::Compact,
        dtstamp: NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc(),
        clinic_name: Some("Clínica Sol"),
        phone: Some("+34 900 000 000"),
        uid_domain: "careplanner.example",
        protocol: &protocol,
        settings: &settings,
        to_utc: &zone,
    };
    c.bench_function("ics::to_ics, 6 sessions, compact", |b| {
        b.iter(|| to_ics(black_box(&plan), &options))
    });
    options.form = IcsForm::Detailed;
    c.bench_function("ics::to_ics, 6 sessions, detailed", |b| {
        b.iter(|| to_ics(black_box(&plan), &options))
    });
    c.bench_function("plan::phases, 6 sessions", |b| {
        b.iter(|| phases(black_box(&plan), &protocol, &settings))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
