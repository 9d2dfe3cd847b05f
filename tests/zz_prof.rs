use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::i18n::{t, Lang};
use careplanner::domain::ics::*;
use careplanner::domain::plan::*;
use careplanner::domain::protocol::Protocol;
use careplanner::domain::screening::{Assessment, Verdict};
use careplanner::domain::settings::ClinicSettings;
use chrono::*;
#[test]
fn prof() {
    let protocol = Protocol::builtin();
    let answers = Answers::new()
        .with("nsaids", Value::Text("otc".into()))
        .with("retinoids", Value::Bool(true))
        .with("acne_topical", Value::Bool(true))
        .with("cold_sore_prone", Value::Bool(true));
    let a = Assessment {
        verdict: Verdict::Precautions,
        earliest_date: None,
        assessed_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    };
    let s = Schedule {
        first_date: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
        start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        sessions: 6,
        interval_days: 28,
    };
    let plan = build(&protocol, &answers, &a, &s, &ClinicSettings::defaults()).unwrap();
    let zone = |l: NaiveDateTime| Some(l.and_utc());
    let o = IcsOptions {
        lang: Lang::Es,
        dtstamp: NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc(),
        clinic_name: None,
        uid_domain: "x",
        protocol: &protocol,
        to_utc: &zone,
    };
    let n = 300;
    let time = |name: &str, f: &dyn Fn()| {
        let st = std::time::Instant::now();
        for _ in 0..n {
            f()
        }
        println!("{name}: {:?}", st.elapsed() / n);
    };
    println!("items {}", plan.items.len());
    time("to_ics", &|| {
        std::hint::black_box(to_ics(&plan, &o));
    });
    time("texts", &|| {
        for i in &plan.items {
            std::hint::black_box(item_text(Lang::Es, i));
        }
    });
    time("titles", &|| {
        for i in &plan.items {
            std::hint::black_box(item_title(Lang::Es, i));
        }
    });
    time("lookups", &|| {
        for i in &plan.items {
            std::hint::black_box(t(Lang::Es, &i.key));
        }
    });
    time("escape+fold", &|| {
        for i in &plan.items {
            let s = escape_text(&item_text(Lang::Es, i));
            std::hint::black_box(fold_line(&s));
        }
    });
    time("build", &|| {
        std::hint::black_box(
            build(&protocol, &answers, &a, &s, &ClinicSettings::defaults()).unwrap(),
        );
    });
}
#[test]
fn prof2() {
    let protocol = Protocol::builtin();
    let answers = Answers::new()
        .with("nsaids", Value::Text("otc".into()))
        .with("retinoids", Value::Bool(true))
        .with("acne_topical", Value::Bool(true))
        .with("cold_sore_prone", Value::Bool(true));
    let a = Assessment {
        verdict: Verdict::Precautions,
        earliest_date: None,
        assessed_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    };
    let s = Schedule {
        first_date: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
        start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        sessions: 6,
        interval_days: 28,
    };
    let plan = build(&protocol, &answers, &a, &s, &ClinicSettings::defaults()).unwrap();
    let n = 300;
    let time = |name: &str, f: &dyn Fn()| {
        let st = std::time::Instant::now();
        for _ in 0..n {
            f()
        }
        println!("{name}: {:?}", st.elapsed() / n);
    };
    let descs: Vec<String> = plan
        .items
        .iter()
        .map(|i| {
            let c: Vec<&str> = i
                .sources
                .iter()
                .map(|id| protocol.source(id).unwrap().citation)
                .collect();
            format!(
                "DESCRIPTION;LANGUAGE=es:{}\n\nFuentes: {}",
                item_text(Lang::Es, i),
                c.join("; ")
            )
        })
        .collect();
    println!("bytes {}", descs.iter().map(|d| d.len()).sum::<usize>());
    time("escape descs", &|| {
        for d in &descs {
            std::hint::black_box(escape_text(d));
        }
    });
    let esc: Vec<String> = descs.iter().map(|d| escape_text(d)).collect();
    time("fold descs", &|| {
        for d in &esc {
            std::hint::black_box(fold_line(d));
        }
    });
    time("sources", &|| {
        for i in &plan.items {
            let c: Vec<&str> = i
                .sources
                .iter()
                .map(|id| protocol.source(id).unwrap().citation)
                .collect();
            std::hint::black_box(c.join("; "));
        }
    });
}
#[test]
fn prof3() {
    let protocol = Protocol::builtin();
    let answers = Answers::new()
        .with("nsaids", Value::Text("otc".into()))
        .with("retinoids", Value::Bool(true))
        .with("acne_topical", Value::Bool(true))
        .with("cold_sore_prone", Value::Bool(true));
    let a = Assessment {
        verdict: Verdict::Precautions,
        earliest_date: None,
        assessed_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    };
    let s = Schedule {
        first_date: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
        start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        sessions: 6,
        interval_days: 28,
    };
    let plan = build(&protocol, &answers, &a, &s, &ClinicSettings::defaults()).unwrap();
    let n = 1000;
    let time = |name: &str, f: &dyn Fn()| {
        let st = std::time::Instant::now();
        for _ in 0..n {
            f()
        }
        println!("{name}: {:?}", st.elapsed() / n);
    };
    time("Texts", &|| {
        let mut t = Texts::new(Lang::Es);
        for i in &plan.items {
            std::hint::black_box(t.get(i));
        }
    });
    time("dates", &|| {
        for i in &plan.items {
            std::hint::black_box(careplanner::domain::i18n::format_date(Lang::Es, i.date));
        }
    });
    time("warn", &|| {
        for _ in &plan.items {
            std::hint::black_box(param_text(Lang::Es, &Param::WarningSigns));
        }
    });
    let zone = |l: NaiveDateTime| Some(l.and_utc());
    let o = IcsOptions {
        lang: Lang::Es,
        dtstamp: NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc(),
        clinic_name: None,
        uid_domain: "x",
        protocol: &protocol,
        to_utc: &zone,
    };
    time("to_ics", &|| {
        std::hint::black_box(to_ics(&plan, &o));
    });
    println!("len {}", to_ics(&plan, &o).len());
}
#[test]
fn prof4() {
    let protocol = Protocol::builtin();
    let answers = Answers::new()
        .with("nsaids", Value::Text("otc".into()))
        .with("retinoids", Value::Bool(true))
        .with("acne_topical", Value::Bool(true))
        .with("cold_sore_prone", Value::Bool(true));
    let a = Assessment {
        verdict: Verdict::Precautions,
        earliest_date: None,
        assessed_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    };
    let s = Schedule {
        first_date: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
        start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        sessions: 6,
        interval_days: 28,
    };
    let plan = build(&protocol, &answers, &a, &s, &ClinicSettings::defaults()).unwrap();
    let zone = |l: NaiveDateTime| Some(l.and_utc());
    let o = IcsOptions {
        lang: Lang::Es,
        dtstamp: NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc(),
        clinic_name: None,
        uid_domain: "x",
        protocol: &protocol,
        to_utc: &zone,
    };
    for _ in 0..5000 {
        std::hint::black_box(to_ics(&plan, &o));
    }
}
