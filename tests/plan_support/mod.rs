//! Helpers shared by the plan and calendar tests: the one place that builds assessments (the
//! screening's full type has more fields) and a fake time zone with daylight saving.
#![allow(dead_code)]

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::protocol::Protocol;
use careplanner::domain::screening::{Assessment, Verdict};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// An assessment as the screening would give it.
pub fn assessment(
    verdict: Verdict,
    earliest_date: Option<NaiveDate>,
    assessed_on: NaiveDate,
) -> Assessment {
    Assessment {
        verdict,
        earliest_date,
        findings: Vec::new(),
        missing: Vec::new(),
        problems: Vec::new(),
        assessed_on,
    }
}

/// The built-in protocol, as the app ships it.
pub fn protocol() -> Protocol {
    Protocol::builtin()
}

/// Someone who uses none of the products that need a pause.
pub fn plain_answers() -> Answers {
    Answers::new()
        .with("nsaids", Value::Text("none".into()))
        .with("retinoids", Value::Bool(false))
        .with("acne_topical", Value::Bool(false))
        .with("cold_sore_prone", Value::Bool(false))
        .with("pregnant_or_breastfeeding", Value::Bool(false))
}

/// Someone who uses everything that needs a pause, with over-the-counter NSAIDs.
pub fn busy_answers() -> Answers {
    Answers::new()
        .with("nsaids", Value::Text("otc".into()))
        .with("retinoids", Value::Bool(true))
        .with("acne_topical", Value::Bool(true))
        .with("cold_sore_prone", Value::Bool(true))
        .with("pregnant_or_breastfeeding", Value::Bool(false))
}

fn nth_sunday(year: i32, month: u32, n: u32) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n as u8).unwrap()
}

/// A fake US/Eastern rule: UTC−5, and UTC−4 from 2:00 on the second Sunday of March to 2:00
/// on the first Sunday of November. The skipped hour has no instant; the repeated hour takes
/// the first (daylight) one.
pub fn eastern(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let year = local.date().year();
    let spring = nth_sunday(year, 3, 2).and_time(hm(2, 0));
    let autumn = nth_sunday(year, 11, 1).and_time(hm(2, 0));
    if local >= spring && local < spring + Duration::hours(1) {
        return None;
    }
    let daylight = local >= spring && local < autumn;
    let offset = if daylight { 4 } else { 5 };
    Some((local + Duration::hours(offset)).and_utc())
}

/// UTC itself, for tests that do not care about zones.
pub fn utc(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    Some(local.and_utc())
}
