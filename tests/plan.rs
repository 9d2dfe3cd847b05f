//! The care-plan engine, case by case: each test states a schedule and what the plan must
//! (and must not) hold. Every plan is also checked against the invariants in `check`.

mod plan_support;

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::i18n::{lookup, Lang};
use careplanner::domain::plan::*;
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::{validate_care, Category, Protocol};
use careplanner::domain::screening::Verdict;
use chrono::{NaiveDate, NaiveTime, Timelike};
use plan_support::*;
use proptest::prelude::*;

/// One planning situation.
struct Case {
    answers: Answers,
    first: NaiveDate,
    start: NaiveTime,
    sessions: u32,
    interval: u32,
    settings: &'static [(&'static str, i64)],
}

impl Case {
    fn new(first: NaiveDate, sessions: u32, interval: u32) -> Case {
        Case {
            answers: plain_answers(),
            first,
            start: hm(10, 0),
            sessions,
            interval,
            settings: &[],
        }
    }

    fn answers(self, answers: Answers) -> Case {
        Case { answers, ..self }
    }

    fn settings(self, settings: &'static [(&'static str, i64)]) -> Case {
        Case { settings, ..self }
    }

    fn start(self, start: NaiveTime) -> Case {
        Case { start, ..self }
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            first_date: self.first,
            start_time: self.start,
            sessions: self.sessions,
            interval_days: self.interval,
        }
    }

    fn clinic(&self) -> ClinicSettings {
        let protocol = protocol();
        let mut clinic = ClinicSettings::defaults();
        for (id, value) in self.settings {
            clinic.try_set(&protocol, id, *value).unwrap();
        }
        clinic
    }

    fn build_on(
        &self,
        today: NaiveDate,
        earliest: Option<NaiveDate>,
    ) -> Result<CarePlan, PlanError> {
        let a = assessment(Verdict::Precautions, earliest, today);
        build(
            &protocol(),
            &self.answers,
            &a,
            &self.schedule(),
            &self.clinic(),
        )
    }

    /// The plan, assessed a month before the first session, checked against the invariants.
    fn plan(&self) -> CarePlan {
        let today = self.first.checked_sub_days(chrono::Days::new(30)).unwrap();
        let plan = self.build_on(today, None).expect("the case plans");
        check(&plan);
        plan
    }
}

/// One line per item: "first[..last] [time] id".
fn outline(plan: &CarePlan) -> Vec<String> {
    plan.items
        .iter()
        .map(|item| {
            let mut line = item.date.to_string();
            if let Some((_, last)) = item.span {
                line.push_str(&format!("..{last}"));
            }
            if let Some(time) = item.time {
                line.push_str(&format!(" {:02}:{:02}", time.hour(), time.minute()));
            }
            line.push(' ');
            line.push_str(&item.id);
            line
        })
        .collect()
}

fn has(plan: &CarePlan, line: &str) -> bool {
    outline(plan).iter().any(|l| l == line)
}

fn steps(plan: &CarePlan, step: &str) -> Vec<String> {
    outline(plan)
        .into_iter()
        .filter(|l| {
            l.split(' ')
                .next_back()
                .is_some_and(|id| id.starts_with(&format!("{step}-")))
        })
        .collect()
}

/// What every plan must satisfy, whatever the input.
fn check(plan: &CarePlan) {
    let mut ids: Vec<&str> = plan.items.iter().map(|i| i.id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "item ids are unique");
    for pair in plan.days.windows(2) {
        assert!(pair[0].date < pair[1].date, "days are in order, each once");
    }
    for day in &plan.days {
        assert!(
            !day.items.is_empty(),
            "{}: a listed day has items",
            day.date
        );
        let mut steps: Vec<(&str, bool)> = plan
            .day_items(day)
            .map(|(item, _)| (item.step, item.key.ends_with(".then")))
            .collect();
        steps.sort_unstable();
        let count = steps.len();
        steps.dedup();
        assert_eq!(steps.len(), count, "{}: no step twice on a day", day.date);
        for (item, continued) in plan.day_items(day) {
            assert!(
                item.date <= day.date && day.date <= item.last_date(),
                "{}: {} is on its days",
                day.date,
                item.id
            );
            assert_eq!(continued, day.date != item.date);
        }
    }
    for (index, item) in plan.items.iter().enumerate() {
        let days = plan
            .days
            .iter()
            .filter(|d| d.items.iter().any(|e| e.item == index))
            .count();
        let span = (item.last_date() - item.date).num_days() + 1;
        assert_eq!(days as i64, span, "{} shows on each of its days", item.id);
        assert!(!item.sources.is_empty(), "{} cites sources", item.id);
        for source in item.sources {
            assert!(
                Protocol::builtin().source(source).is_some(),
                "{}: unknown source {source}",
                item.id
            );
        }
        if let Some((first, last)) = item.span {
            assert!(first <= last && first == item.date);
        }
        for lang in Lang::ALL {
            for text in [item_text(lang, item), item_title(lang, item)] {
                assert!(
                    !text.contains('{') && !text.contains("care."),
                    "{}: unfilled text {text:?}",
                    item.id
                );
            }
        }
    }
}

#[test]
fn single_session_holds_every_timing_of_the_brief() {
    let plan = Case::new(d(2026, 11, 21), 1, 28)
        .answers(busy_answers())
        .plan();
    let expected = [
        "2026-11-07 consult-1",
        "2026-11-07 cold_sore_antiviral-1",
        "2026-11-14..2026-11-21 nsaid_otc-1",
        "2026-11-16..2026-11-20 retinoid_pause-1",
        "2026-11-16..2026-11-20 acne_prescription-1",
        "2026-11-18..2026-11-20 sun_before-1",
        "2026-11-21 arrival-1",
        "2026-11-21 09:00 numbing-1",
        "2026-11-21 10:00 treatment-1",
        "2026-11-21 bleeding_serum-1",
        "2026-11-21..2026-11-22 no_makeup-1",
        "2026-11-21..2026-11-22 sun_first_hours-1",
        "2026-11-21..2026-11-24 redness-1",
        "2026-11-21..2026-11-27 product_avoid-1",
        "2026-11-21..2026-11-28 gentle_care-1",
        "2026-11-21..2026-11-24 no_workout-1",
        "2026-11-21..2026-12-01 warning_signs-1",
        "2026-11-22..2026-12-01 spf-1",
        "2026-11-22 back_to_work-1",
        "2026-11-23..2026-11-28 flaking-1",
        "2026-11-28 product_avoid-then-1",
        "2026-12-02 spf-then-1",
        "2027-02-21 results_review-1",
    ];
    assert_eq!(outline(&plan), expected);
    assert_eq!(
        plan.sessions,
        vec![Session {
            number: 1,
            date: d(2026, 11, 21),
            start_time: hm(10, 0),
            minutes: 60
        }]
    );
    let treatment = plan.items.iter().find(|i| i.step == "treatment").unwrap();
    assert_eq!(treatment.minutes, Some(60));
    assert_eq!(
        item_text(Lang::En, treatment),
        "Microneedling session 1 of 1 at 10:00 am. The treatment itself takes up to 1 hour."
    );
    let arrival = plan.items.iter().find(|i| i.step == "arrival").unwrap();
    assert!(item_text(Lang::En, arrival).contains("up to 3 hours at the clinic"));
    assert!(item_text(Lang::Es, arrival).contains("hasta 3 horas en la clínica"));
}

#[test]
fn clinic_settings_move_the_timings() {
    let plan = Case::new(d(2026, 11, 21), 1, 28)
        .answers(busy_answers())
        .settings(&[
            ("nsaid_pause_days", 10),
            ("numbing_minutes", 45),
            ("spf_days", 7),
            ("product_resume_days", 5),
            ("no_workout_hours", 48),
        ])
        .plan();
    assert!(has(&plan, "2026-11-11..2026-11-21 nsaid_otc-1"));
    assert!(has(&plan, "2026-11-21 09:15 numbing-1"));
    assert!(has(&plan, "2026-11-22..2026-11-28 spf-1"));
    assert!(has(&plan, "2026-11-21..2026-11-25 product_avoid-1"));
    assert!(has(&plan, "2026-11-26 product_avoid-then-1"));
    assert!(has(&plan, "2026-11-21..2026-11-23 no_workout-1"));
}

#[test]
fn default_series_is_four_sessions_four_weeks_apart() {
    let p = protocol();
    let schedule = Schedule::default_for(&p, &ClinicSettings::defaults(), d(2026, 11, 21));
    assert_eq!(
        schedule,
        Schedule {
            first_date: d(2026, 11, 21),
            start_time: hm(10, 0),
            sessions: 4,
            interval_days: 28
        }
    );
    let plan = Case::new(d(2026, 11, 21), 4, 28).plan();
    let dates: Vec<_> = plan.sessions.iter().map(|s| s.date).collect();
    assert_eq!(
        dates,
        [
            d(2026, 11, 21),
            d(2026, 12, 19),
            d(2027, 1, 16),
            d(2027, 2, 13)
        ]
    );
    assert_eq!(
        steps(&plan, "next_session").len(),
        3,
        "no next session after the last"
    );
    assert_eq!(
        steps(&plan, "results_review"),
        ["2027-05-13 results_review-4"]
    );
    assert_eq!(
        steps(&plan, "consult"),
        ["2026-11-07 consult-1"],
        "one consultation, before the first session"
    );
    let next = plan
        .items
        .iter()
        .find(|i| i.id == "next_session-1")
        .unwrap();
    assert_eq!(
        item_text(Lang::En, next),
        "Your next session, 2 of 4, is on Saturday, 19 December 2026 at 10:00 am. Results build up over the weeks between sessions."
    );
}

#[test]
fn windows_that_meet_between_sessions_merge() {
    const SHORT: &[(&str, i64)] = &[
        ("interval_days_min", 14),
        ("product_resume_days", 30),
        ("nsaid_pause_days", 21),
        ("sun_avoid_days_before", 5),
    ];
    // Two weeks apart and a month without active products: the product windows of all four
    // sessions touch and become one, with a single "resume" at the very end.
    let otc = plain_answers().with("nsaids", Value::Text("otc".into()));
    let plan = Case::new(d(2026, 3, 2), 4, 14)
        .answers(otc)
        .settings(SHORT)
        .plan();
    assert_eq!(
        steps(&plan, "product_avoid"),
        [
            "2026-03-02..2026-05-12 product_avoid-1",
            "2026-05-13 product_avoid-then-1"
        ]
    );
    let merged = plan
        .items
        .iter()
        .find(|i| i.id == "product_avoid-1")
        .unwrap();
    assert!(item_text(Lang::En, merged).contains("until Tuesday, 12 May 2026."));
    // A 21-day pause before sessions 14 days apart: one continuous pause through the last session.
    assert_eq!(
        steps(&plan, "nsaid_otc"),
        ["2026-02-09..2026-04-13 nsaid_otc-1"]
    );
    // "SPF daily" after each session hands over to "avoid direct sun" before the next.
    assert_eq!(
        steps(&plan, "spf"),
        [
            "2026-03-03..2026-03-10 spf-1",
            "2026-03-17..2026-03-24 spf-2",
            "2026-03-31..2026-04-07 spf-3",
            "2026-04-14..2026-04-23 spf-4",
            "2026-04-24 spf-then-4"
        ]
    );
    assert!(has(&plan, "2026-03-11..2026-03-15 sun_before-2"));

    // A retinoid user: the retinoid pause before session 2 takes over from "no active
    // products" after session 1, with no "resume" in between; only the last one resumes.
    let plan = Case::new(d(2026, 3, 2), 4, 14)
        .answers(busy_answers())
        .settings(SHORT)
        .plan();
    assert_eq!(
        steps(&plan, "product_avoid"),
        [
            "2026-03-02..2026-03-10 product_avoid-1",
            "2026-03-16..2026-03-24 product_avoid-2",
            "2026-03-30..2026-04-07 product_avoid-3",
            "2026-04-13..2026-05-12 product_avoid-4",
            "2026-05-13 product_avoid-then-4",
        ]
    );
    assert!(has(&plan, "2026-03-11..2026-03-15 retinoid_pause-2"));
}

#[test]
fn the_same_step_never_shows_twice_on_a_day_at_the_shortest_interval() {
    let long = &[
        ("interval_days_min", 14),
        ("nsaid_pause_days", 21),
        ("retinoid_pause_days", 21),
        ("acne_med_pause_days", 21),
        ("sun_avoid_days_before", 14),
        ("spf_days", 30),
        ("product_resume_days", 30),
        ("flaking_until_day", 14),
        ("no_makeup_hours", 168),
        ("no_workout_hours", 168),
        ("consult_days_before", 90),
    ];
    for sessions in 1..=6 {
        // `check` finds any duplicate.
        Case::new(d(2026, 6, 1), sessions, 14)
            .answers(busy_answers())
            .settings(long)
            .plan();
    }
}

#[test]
fn someone_on_isotretinoin_can_plan_from_the_earliest_date() {
    let case = Case::new(d(2027, 2, 20), 4, 28);
    let earliest = Some(d(2027, 3, 1));
    assert_eq!(
        case.build_on(d(2026, 11, 1), earliest),
        Err(PlanError::BeforeEarliestDate {
            earliest: d(2027, 3, 1)
        })
    );
    for first in [d(2027, 3, 1), d(2027, 3, 2)] {
        let later = Case::new(first, 4, 28);
        let plan = later
            .build_on(d(2026, 11, 1), earliest)
            .expect("on or after the earliest date");
        check(&plan);
        assert_eq!(plan.sessions[0].date, first);
    }
}

#[test]
fn leap_day_sessions_and_windows() {
    let plan = Case::new(d(2028, 2, 29), 1, 28).plan();
    assert!(has(&plan, "2028-02-26..2028-02-28 sun_before-1"));
    assert!(has(&plan, "2028-02-29 10:00 treatment-1"));
    assert!(has(&plan, "2028-03-01..2028-03-10 spf-1"));
    assert!(has(&plan, "2028-05-29 results_review-1"));
    assert!(plan.day(d(2028, 2, 29)).is_some());

    let series = Case::new(d(2028, 2, 1), 2, 28).plan();
    assert_eq!(series.sessions[1].date, d(2028, 2, 29));
    // 29 February + 3 months is 29 May; a day the month lacks rounds up, never down:
    // 30 November + 3 months is 1 March, not 29 February.
    assert!(has(&series, "2028-05-29 results_review-2"));
    let rounded = Case::new(d(2027, 11, 30), 1, 28).plan();
    assert!(has(&rounded, "2028-03-01 results_review-1"));
    let text = item_text(
        Lang::Es,
        series
            .items
            .iter()
            .find(|i| i.id == "next_session-1")
            .unwrap(),
    );
    assert!(text.contains("martes, 29 de febrero de 2028"), "{text}");
}

#[test]
fn new_year_inside_the_windows() {
    let plan = Case::new(d(2027, 1, 1), 2, 28)
        .answers(busy_answers())
        .plan();
    assert!(has(&plan, "2026-12-25..2027-01-01 nsaid_otc-1"));
    assert!(has(&plan, "2026-12-29..2026-12-31 sun_before-1"));
    assert!(has(&plan, "2027-01-01 10:00 treatment-1"));
    let eve = Case::new(d(2026, 12, 31), 1, 28).plan();
    assert!(has(&eve, "2026-12-31..2027-01-03 redness-1"));
    assert!(has(&eve, "2027-01-01..2027-01-10 spf-1"));
    let days: Vec<_> = eve.days.iter().map(|d| d.date).collect();
    assert!(days.contains(&d(2026, 12, 31)) && days.contains(&d(2027, 1, 1)));
}

#[test]
fn local_times_stay_put_across_a_daylight_saving_change() {
    // US clocks go forward on 14 March 2027, between these sessions; the plan keeps local
    // times (the calendar converts them, see tests/ics.rs).
    let plan = Case::new(d(2027, 2, 20), 2, 28).plan();
    assert!(has(&plan, "2027-02-20 10:00 treatment-1"));
    assert!(has(&plan, "2027-03-20 10:00 treatment-2"));
    assert!(has(&plan, "2027-03-20 09:00 numbing-2"));
}

#[test]
fn numbing_before_an_early_start_falls_on_the_day_before() {
    let plan = Case::new(d(2027, 1, 1), 1, 28).start(hm(0, 30)).plan();
    assert!(has(&plan, "2026-12-31 23:30 numbing-1"));
    assert!(has(&plan, "2027-01-01 00:30 treatment-1"));
}

#[test]
fn only_what_applies_to_the_person() {
    let plain = Case::new(d(2026, 11, 21), 1, 28).plan();
    for step in [
        "retinoid_pause",
        "nsaid_otc",
        "nsaid_prescribed",
        "acne_prescription",
        "cold_sore_antiviral",
        "pregnancy_numbing",
    ] {
        assert!(
            steps(&plain, step).is_empty(),
            "{step} is only for those it concerns"
        );
    }
    let retinoids = Case::new(d(2026, 11, 21), 1, 28)
        .answers(plain_answers().with("retinoids", Value::Bool(true)))
        .plan();
    assert_eq!(
        steps(&retinoids, "retinoid_pause"),
        ["2026-11-16..2026-11-20 retinoid_pause-1"]
    );
    let pregnant = Case::new(d(2026, 11, 21), 1, 28)
        .answers(plain_answers().with("pregnant_or_breastfeeding", Value::Bool(true)))
        .plan();
    assert_eq!(
        steps(&pregnant, "pregnancy_numbing"),
        ["2026-11-21 pregnancy_numbing-1"]
    );
}

#[test]
fn prescribed_nsaids_mean_asking_the_prescriber_never_pausing() {
    let answers = plain_answers().with("nsaids", Value::Text("prescribed".into()));
    let plan = Case::new(d(2026, 11, 21), 2, 28).answers(answers).plan();
    assert!(steps(&plan, "nsaid_otc").is_empty());
    assert_eq!(
        steps(&plan, "nsaid_prescribed"),
        [
            "2026-11-14 nsaid_prescribed-1",
            "2026-12-12 nsaid_prescribed-2"
        ]
    );
    for item in plan
        .items
        .iter()
        .filter(|i| i.category == Category::Medicine)
    {
        for lang in Lang::ALL {
            let words =
                format!("{} {}", item_text(lang, item), item_title(lang, item)).to_lowercase();
            assert!(
                words.contains("prescri") || words.contains("recet"),
                "{words}"
            );
            for never in ["pause", "stop", "suspend", "deje", "pausa", "interrump"] {
                assert!(
                    !words.contains(never),
                    "{lang:?}: {words:?} must not say {never:?}"
                );
            }
        }
    }
}

#[test]
fn every_error_says_what_is_wrong() {
    let case = Case::new(d(2026, 11, 21), 4, 28);
    let today = d(2026, 11, 1);
    let with = |verdict| {
        let a = assessment(verdict, None, today);
        build(
            &protocol(),
            &case.answers,
            &a,
            &case.schedule(),
            &case.clinic(),
        )
    };
    let mut schedule = case.schedule();
    let run = |schedule: &Schedule, today| {
        build(
            &protocol(),
            &case.answers,
            &assessment(Verdict::NoConcerns, None, today),
            schedule,
            &ClinicSettings::defaults(),
        )
    };
    let cases: Vec<(Result<CarePlan, PlanError>, PlanError, &str)> = vec![
        (
            with(Verdict::NotSuitable),
            PlanError::NotSuitable,
            "not suitable",
        ),
        (
            with(Verdict::Incomplete),
            PlanError::Incomplete,
            "unanswered",
        ),
        (
            case.build_on(d(2026, 11, 22), None),
            PlanError::InThePast {
                today: d(2026, 11, 22),
            },
            "Sunday, 22 November 2026 or a later day",
        ),
        (
            case.build_on(today, Some(d(2026, 12, 1))),
            PlanError::BeforeEarliestDate {
                earliest: d(2026, 12, 1),
            },
            "before Tuesday, 1 December 2026",
        ),
        (
            {
                schedule.sessions = 7;
                run(&schedule, today)
            },
            PlanError::SessionsOutOfRange { min: 1, max: 6 },
            "between 1 and 6 sessions",
        ),
        (
            {
                schedule.sessions = 0;
                run(&schedule, today)
            },
            PlanError::SessionsOutOfRange { min: 1, max: 6 },
            "between 1 and 6",
        ),
        (
            {
                schedule.sessions = 2;
                schedule.interval_days = 27;
                run(&schedule, today)
            },
            PlanError::IntervalOutOfRange { min: 28, max: 42 },
            "28 to 42 days apart",
        ),
        (
            {
                schedule.interval_days = 43;
                run(&schedule, today)
            },
            PlanError::IntervalOutOfRange { min: 28, max: 42 },
            "28 to 42",
        ),
        (
            {
                schedule.interval_days = 28;
                schedule.first_date = NaiveDate::MAX;
                run(&schedule, today)
            },
            PlanError::DateOutOfRange,
            "too far in the future",
        ),
        (
            {
                // The results review would fall in a five-digit year, which a calendar cannot hold.
                schedule.first_date = d(9999, 12, 1);
                run(&schedule, today)
            },
            PlanError::DateOutOfRange,
            "Choose an earlier date",
        ),
    ];
    for (got, expected, words) in cases {
        assert_eq!(got, Err(expected));
        let english = error_text(Lang::En, &expected);
        assert!(
            english.contains(words),
            "{english:?} should contain {words:?}"
        );
        assert_eq!(expected.to_string(), english);
        let spanish = error_text(Lang::Es, &expected);
        assert!(!spanish.contains('{') && spanish != english, "{spanish}");
    }
    // The interval does not matter for a single session; the other verdicts plan.
    let single = Schedule {
        sessions: 1,
        interval_days: 0,
        ..case.schedule()
    };
    assert!(run(&single, today).is_ok());
    for verdict in [
        Verdict::NoConcerns,
        Verdict::Precautions,
        Verdict::ConsultProvider,
        Verdict::Postpone,
    ] {
        assert!(with(verdict).is_ok(), "{verdict:?} plans");
    }
}

#[test]
fn errors_serialise_with_their_kind_and_values() {
    let error = PlanError::SessionsOutOfRange { min: 1, max: 6 };
    let json = serde_json::to_value(error).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "kind": "sessions_out_of_range", "min": 1, "max": 6 })
    );
    assert_eq!(error.key(), "plan.error.sessions_out_of_range");
}

#[test]
fn the_plan_serialises_for_the_ui() {
    let plan = Case::new(d(2026, 11, 21), 1, 28)
        .answers(busy_answers())
        .plan();
    let json = serde_json::to_value(&plan).unwrap();
    let items = json["items"].as_array().unwrap();
    let nsaid = items.iter().find(|i| i["id"] == "nsaid_otc-1").unwrap();
    assert_eq!(nsaid["category"], "medicine");
    assert_eq!(nsaid["key"], "care.nsaid_otc");
    assert_eq!(
        nsaid["params"]["until"],
        serde_json::json!({ "date": "2026-11-21" })
    );
    assert_eq!(
        nsaid["span"],
        serde_json::json!(["2026-11-14", "2026-11-21"])
    );
    assert_eq!(nsaid["alarm"], true);
    assert_eq!(json["sessions"][0]["start_time"], "10:00:00");
    assert_eq!(json["days"][0]["date"], "2026-11-07");
}

#[test]
fn days_serve_an_agenda_and_a_month_grid() {
    let plan = Case::new(d(2026, 11, 21), 1, 28).plan();
    let day = plan.day(d(2026, 11, 23)).unwrap();
    let shown: Vec<(&str, bool)> = plan.day_items(day).map(|(i, c)| (i.step, c)).collect();
    assert_eq!(
        shown.first(),
        Some(&("flaking", false)),
        "what begins today comes first"
    );
    assert!(shown.contains(&("spf", true)) && shown.contains(&("redness", true)));
    let spf = plan.items.iter().find(|i| i.step == "spf").unwrap();
    assert_eq!(
        continued_text(Lang::En, spf),
        "SPF 50+ every day (until Tuesday, 1 December 2026)"
    );
    assert_eq!(
        continued_text(Lang::Es, spf),
        "Protector solar FPS 50+ a diario (hasta el martes, 1 de diciembre de 2026)"
    );
    assert!(
        plan.day(d(2026, 12, 15)).is_none(),
        "empty days are left out"
    );
}

#[test]
fn warning_signs_are_a_list_and_part_of_the_text() {
    assert_eq!(warning_signs(Lang::En).len(), 6);
    assert!(warning_signs(Lang::Es).contains(&"fiebre"));
    let plan = Case::new(d(2026, 11, 21), 1, 28).plan();
    let item = plan
        .items
        .iter()
        .find(|i| i.category == Category::WarningSigns)
        .unwrap();
    let text = item_text(Lang::En, item);
    assert!(
        text.starts_with(
            "Call the clinic straight away if you notice: bruising; an allergic reaction;"
        ),
        "{text}"
    );
    assert!(text.contains("pus; fever; a cold sore."));
}

#[test]
fn durations_read_naturally() {
    let cases = [
        (Lang::En, 45, "45 minutes"),
        (Lang::En, 60, "1 hour"),
        (Lang::En, 150, "2 hours 30 minutes"),
        (Lang::En, 61, "1 hour 1 minute"),
        (Lang::Es, 180, "3 horas"),
        (Lang::Es, 90, "1 hora y 30 minutos"),
        (Lang::Es, 1, "1 minuto"),
    ];
    for (lang, minutes, expected) in cases {
        assert_eq!(format_duration(lang, minutes), expected);
    }
}

#[test]
fn care_data_is_consistent_and_every_text_exists_in_both_languages() {
    let errors = validate_care(&protocol());
    assert!(errors.is_empty(), "{errors:#?}");
    for key in [
        "plan.continues",
        "plan.duration.and",
        "ics.calendar_name",
        "ics.sources",
    ] {
        assert!(
            lookup(Lang::En, key).is_some() && lookup(Lang::Es, key).is_some(),
            "{key}"
        );
    }
    let variants = [
        PlanError::BeforeEarliestDate {
            earliest: d(2026, 1, 1),
        },
        PlanError::InThePast {
            today: d(2026, 1, 1),
        },
        PlanError::SessionsOutOfRange { min: 1, max: 6 },
        PlanError::IntervalOutOfRange { min: 1, max: 6 },
        PlanError::NotSuitable,
        PlanError::WaitWithoutDate {
            rule: "pregnant_or_breastfeeding",
        },
        PlanError::Incomplete,
        PlanError::DateOutOfRange,
    ];
    for error in variants {
        for lang in Lang::ALL {
            assert!(lookup(lang, &error.key()).is_some(), "{}", error.key());
        }
    }
    // Spanish texts are translated, not copied (a few words are the same in both).
    for (key, en, es) in careplanner::domain::i18n::all_entries() {
        if key.starts_with("care.") && !["care.warning.pus", "care.category.sun"].contains(key) {
            assert_ne!(en, es, "{key} is not translated");
        }
    }
}

#[test]
fn the_validator_finds_mistakes_in_care_data() {
    use careplanner::domain::protocol::{
        Amount, Applies, CareStep, Condition, Offset, ParamSpec, Unit, When,
    };
    const BAD: &[CareStep] = &[
        CareStep {
            id: "flaking",
            category: Category::Sun,
            when: When::Days {
                from: Offset::after(Amount::Setting("spf_days"), Unit::Days),
                to: Offset::SESSION_DAY,
            },
            applies: Applies::EverySession,
            only_if: Some(Condition::Chose("nsaids", "sometimes")),
            omit_if_zero: Some("no_such_setting"),
            group: None,
            params: &[
                ("next_date", ParamSpec::NextSessionDate),
                ("unused", ParamSpec::Setting("spf_days")),
            ],
            resume: false,
            alarm: false,
            sources: &["no_such_source"],
            phase: None,
        },
        CareStep {
            id: "flaking",
            category: Category::Sun,
            when: When::Day(Offset::SESSION_DAY),
            applies: Applies::EverySession,
            only_if: Some(Condition::Yes("no_such_question")),
            omit_if_zero: None,
            group: None,
            params: &[],
            resume: true,
            alarm: false,
            sources: &[],
            phase: None,
        },
    ];
    let bad = Protocol {
        care: BAD,
        ..protocol()
    };
    let problems: Vec<String> = validate_care(&bad)
        .into_iter()
        .map(|e| format!("{}: {}", e.place, e.problem))
        .collect();
    let expect = [
        "unknown source \"no_such_source\"",
        "unknown setting \"no_such_setting\"",
        "has no option \"sometimes\"",
        "per-session value \"next_date\"",
        "\"unused\" is provided but no text uses it",
        "ends (day 0) before it begins (day 10) at the defaults",
        "duplicate care step id",
        "cites no source",
        "unknown question \"no_such_question\"",
        "only a window can end with a resume item",
        "no en text for care.flaking.then",
    ];
    for words in expect {
        assert!(
            problems.iter().any(|p| p.contains(words)),
            "expected a problem with {words:?} in {problems:#?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any schedule and any clinic values give a plan or an error, never a panic, and every
    /// plan keeps the invariants.
    #[test]
    fn never_panics(
        first in -200_000i32..3_000_000,
        hour in 0u32..24,
        sessions in prop_oneof![0u32..8, Just(u32::MAX)],
        interval in prop_oneof![0u32..100, Just(u32::MAX)],
        values in proptest::collection::vec(-1_000i64..1_000, 8),
        busy in any::<bool>(),
    ) {
        let p = protocol();
        let mut clinic = ClinicSettings::defaults();
        let ids = ["interval_days_min", "sessions_max", "nsaid_pause_days", "spf_days", "product_resume_days", "numbing_minutes", "flaking_from_day", "no_sunscreen_hours"];
        for (id, value) in ids.iter().zip(values) {
            // Straight into the map: a hand-edited clinic file need not respect the ranges.
            clinic.0.insert(id.to_string(), value);
        }
        let first = NaiveDate::from_num_days_from_ce_opt(first).unwrap_or(NaiveDate::MAX);
        let schedule = Schedule { first_date: first, start_time: hm(hour, 0), sessions, interval_days: interval };
        let answers = if busy { busy_answers() } else { plain_answers() };
        let today = first.checked_sub_days(chrono::Days::new(1)).unwrap_or(first);
        if let Ok(plan) = build(&p, &answers, &assessment(Verdict::NoConcerns, None, today), &schedule, &clinic) {
            check(&plan);
        }
    }
}

#[test]
fn a_session_too_soon_for_a_pause_names_what_is_late_and_the_nearest_date_in_time() {
    let today = d(2026, 11, 22);
    // Two days ahead, with retinol: its pause should have begun days ago.
    let case = Case::new(d(2026, 11, 24), 2, 28)
        .answers(plain_answers().with("retinoids", Value::Bool(true)));
    let plan = case.build_on(today, None).unwrap();
    let late: Vec<&str> = plan.begun_before(today).map(|i| i.step).collect();
    assert!(late.contains(&"retinoid_pause"), "late: {late:?}");
    assert!(plan.begun_before(today).all(|i| i.date < today));

    let a = assessment(Verdict::Precautions, None, today);
    let (protocol, clinic) = (protocol(), case.clinic());
    let moved = on_time_first_date(&protocol, &case.answers, &a, &plan, &clinic)
        .expect("a later first session gives every pause its time");
    let at = |first_date| {
        let schedule = Schedule {
            first_date,
            ..case.schedule()
        };
        build(&protocol, &case.answers, &a, &schedule, &clinic).unwrap()
    };
    assert_eq!(at(moved).begun_before(today).count(), 0);
    // And it is the nearest such date: one day sooner is still late.
    assert!(at(moved.pred_opt().unwrap()).begun_before(today).count() > 0);
}

#[test]
fn a_session_far_enough_ahead_has_nothing_late_and_no_suggestion() {
    let today = d(2026, 11, 1);
    let case = Case::new(d(2026, 12, 5), 4, 28)
        .answers(plain_answers().with("retinoids", Value::Bool(true)));
    let plan = case.build_on(today, None).unwrap();
    assert_eq!(plan.begun_before(today).count(), 0);
    let a = assessment(Verdict::Precautions, None, today);
    let moved = on_time_first_date(&protocol(), &case.answers, &a, &plan, &case.clinic());
    assert_eq!(moved, None);
}

/// Each postponement's effect on planning, through the real screening: a wait that lasts months
/// with no date the app can know gives no plan, whatever path asks for one; a short-lived one
/// plans, and every session depends on it having cleared.
#[test]
fn postponements_without_a_date_refuse_a_plan_or_make_it_conditional() {
    use careplanner::domain::screening::assess;
    let today = d(2026, 11, 1);
    type Expect = Result<&'static [&'static str], &'static str>;
    type Case<'a> = (&'a str, &'a [(&'a str, Value)], Expect);
    #[rustfmt::skip]
    let cases: &[Case] = &[
        ("nothing to report", &[], Ok(&[])),
        ("pregnant", &[("pregnant_or_breastfeeding", Value::Bool(true))], Err("pregnant_or_breastfeeding")),
        ("still on isotretinoin", &[("isotretinoin", Value::Bool(true)), ("isotretinoin_still_taking", Value::Bool(true))], Err("isotretinoin_current")),
        ("acne breakout", &[("acne_breakout", Value::Bool(true))], Ok(&["acne_breakout"])),
        ("cold sore and sunburn", &[("cold_sore_now", Value::Bool(true)), ("skin_not_intact", Value::Bool(true))], Ok(&["cold_sore_now", "skin_not_intact"])),
        ("eczema active in the area", &[("eczema_psoriasis", Value::Text("mild".into())), ("eczema_psoriasis_active_area", Value::Bool(true))], Ok(&["eczema_psoriasis_area"])),
    ];
    let protocol = protocol();
    for (name, changes, expected) in cases {
        let mut answers = protocol.nothing_to_report();
        for (id, value) in *changes {
            answers.set(id, value.clone());
        }
        let assessment = assess(&protocol, &answers, today);
        let schedule =
            Schedule::default_for(&protocol, &ClinicSettings::defaults(), d(2026, 11, 20));
        let built = build(
            &protocol,
            &answers,
            &assessment,
            &schedule,
            &ClinicSettings::defaults(),
        );
        match (built, expected) {
            (Ok(plan), Ok(conditions)) => {
                check(&plan);
                assert_eq!(plan.conditions, *conditions, "{name}");
                let texts = condition_texts(Lang::En, &plan);
                assert_eq!(texts.len(), conditions.len(), "{name}");
                for text in texts {
                    assert!(
                        text.starts_with("Each session goes ahead only if")
                            && text.contains("call your clinic"),
                        "{name}: {text}"
                    );
                }
                for text in condition_texts(Lang::Es, &plan) {
                    assert!(text.contains("llame a su clínica"), "{name}: {text}");
                }
            }
            (Err(error), Err(rule)) => {
                assert_eq!(error, PlanError::WaitWithoutDate { rule }, "{name}");
                assert!(error_text(Lang::Es, &error).contains("cuándo volver"));
            }
            (got, _) => panic!("{name}: {got:?}"),
        }
    }
}
