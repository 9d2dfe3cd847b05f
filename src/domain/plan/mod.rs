//! Assessment and session dates → a dated care plan.
//!
//! `build` places every care step of the protocol that applies to the person around each
//! session, merges the windows that meet between sessions, and lays the result out day by
//! day. It is pure and never panics: impossible schedules and dates beyond the calendar come
//! back as a `PlanError`. Texts are keys with typed parameters; `item_text` and `item_title`
//! turn them into words in either language.

mod build;
mod phase_text;
mod phases;
mod text;
mod today;

pub use build::{build, on_time_first_date};
pub use phase_text::{entry_when, phase_calendar_title, phase_title};
pub use phases::{phases, Entry, Phase, SessionCare};
pub use text::{
    condition_texts, continued_text, error_text, format_duration, item_text, item_title,
    param_text, warning_signs, Texts,
};
pub use today::{today, TodayView};

use super::protocol::ClinicSettings;
use super::protocol::{Category, Protocol};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize, Serializer};

/// When the sessions take place, in the person's local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub first_date: NaiveDate,
    pub start_time: NaiveTime,
    pub sessions: u32,
    pub interval_days: u32,
}

impl Schedule {
    /// The start time offered before the person picks one; no source names a time of day.
    pub const DEFAULT_START: NaiveTime = match NaiveTime::from_hms_opt(10, 0, 0) {
        Some(t) => t,
        None => NaiveTime::MIN,
    };

    /// The clinic's default series starting on `first_date`.
    pub fn default_for(
        protocol: &Protocol,
        settings: &ClinicSettings,
        first_date: NaiveDate,
    ) -> Schedule {
        let get = |id: &str| build::setting(protocol, settings, id);
        Schedule {
            first_date,
            start_time: Schedule::DEFAULT_START,
            sessions: u32::try_from(get("sessions_default")).unwrap_or(1),
            interval_days: u32::try_from(get("interval_days_default")).unwrap_or(28),
        }
    }
}

/// Why a schedule cannot be planned. Each variant has the i18n key `plan.error.<kind>` and
/// the parameters of `PlanError::params`, so the UI can say it in either language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanError {
    /// The screening found a reason to wait until this date.
    BeforeEarliestDate {
        earliest: NaiveDate,
    },
    /// The first session is before the day of the screening.
    InThePast {
        today: NaiveDate,
    },
    SessionsOutOfRange {
        min: u32,
        max: u32,
    },
    IntervalOutOfRange {
        min: u32,
        max: u32,
    },
    /// The screening found the person is not a candidate.
    NotSuitable,
    /// The screening found a reason to wait that lasts months and has no date the app can
    /// know (a pregnancy, isotretinoin still being taken): a postponement is not a booking.
    WaitWithoutDate {
        rule: &'static str,
    },
    /// The screening is missing answers, so nothing can be planned yet.
    Incomplete,
    /// A date of the plan would fall outside the calendar the app can write.
    DateOutOfRange,
}

impl PlanError {
    pub fn kind(&self) -> &'static str {
        match self {
            PlanError::BeforeEarliestDate { .. } => "before_earliest_date",
            PlanError::InThePast { .. } => "in_the_past",
            PlanError::SessionsOutOfRange { .. } => "sessions_out_of_range",
            PlanError::IntervalOutOfRange { .. } => "interval_out_of_range",
            PlanError::NotSuitable => "not_suitable",
            PlanError::WaitWithoutDate { .. } => "wait_without_date",
            PlanError::Incomplete => "incomplete",
            PlanError::DateOutOfRange => "date_out_of_range",
        }
    }

    pub fn key(&self) -> String {
        format!("plan.error.{}", self.kind())
    }

    pub fn params(&self) -> Vec<(&'static str, Param)> {
        match *self {
            PlanError::BeforeEarliestDate { earliest } => vec![("date", Param::Date(earliest))],
            PlanError::InThePast { today } => vec![("date", Param::Date(today))],
            PlanError::SessionsOutOfRange { min, max }
            | PlanError::IntervalOutOfRange { min, max } => {
                vec![
                    ("min", Param::Number(min.into())),
                    ("max", Param::Number(max.into())),
                ]
            }
            PlanError::NotSuitable
            | PlanError::WaitWithoutDate { .. }
            | PlanError::Incomplete
            | PlanError::DateOutOfRange => Vec::new(),
        }
    }
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error_text(super::i18n::Lang::En, self))
    }
}

impl std::error::Error for PlanError {}

/// A value filled into a text. Dates, times and lengths are formatted for the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Param {
    Number(i64),
    /// A length of time in minutes.
    Minutes(i64),
    Date(NaiveDate),
    Time(NaiveTime),
    /// The list of warning signs.
    WarningSigns,
}

/// One session of the series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Session {
    /// 1-based.
    pub number: u32,
    pub date: NaiveDate,
    pub start_time: NaiveTime,
    /// How long the treatment itself takes.
    pub minutes: u32,
}

/// One instruction of the plan: a single day, a timed event or a window of days.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    /// Unique within the plan and the same for the same plan: `<step>-<session>`.
    pub id: String,
    /// The care step it comes from.
    pub step: &'static str,
    pub category: Category,
    /// The i18n key of the full text; `<key>.title` is the short summary.
    pub key: String,
    #[serde(serialize_with = "params_as_map")]
    pub params: Vec<(&'static str, Param)>,
    /// The first (or only) day.
    pub date: NaiveDate,
    /// A local clock time, for timed items (numbing, treatment).
    pub time: Option<NaiveTime>,
    /// The length of a timed item.
    pub minutes: Option<u32>,
    /// First and last day, both included, for an instruction that lasts several days.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// The session it belongs to (the first one, for a window merged across sessions).
    pub session: u32,
    /// Whether the calendar should remind the person.
    pub alarm: bool,
    /// Source ids, resolvable with `Protocol::source`.
    pub sources: &'static [&'static str],
}

impl Item {
    /// The last day the item covers.
    pub fn last_date(&self) -> NaiveDate {
        self.span.map_or(self.date, |(_, last)| last)
    }

    pub fn title_key(&self) -> String {
        format!("{}.title", self.key)
    }
}

fn params_as_map<S: Serializer>(
    params: &[(&'static str, Param)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(params.iter().map(|(k, v)| (k, v)))
}

/// One item as it shows on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DayItem {
    /// Index into `CarePlan::items`.
    pub item: usize,
    /// The item began on an earlier day: show it compactly (`continued_text`).
    pub continued: bool,
}

/// Everything that happens on one date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Day {
    pub date: NaiveDate,
    /// Items that begin today first, then those that carry on; each in plan order.
    pub items: Vec<DayItem>,
}

/// The dated plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CarePlan {
    pub schedule: Schedule,
    pub sessions: Vec<Session>,
    /// Every item once, ordered by first day, then in the protocol's order.
    pub items: Vec<Item>,
    /// Every date that has something on it, in order; dates with nothing are left out.
    pub days: Vec<Day>,
    /// The rules whose reason must have cleared before each session goes ahead (a breakout, a
    /// cold sore…; see `Planning::IfCleared`), in the screening's order. Every output of the
    /// plan says so (`condition_texts`).
    pub conditions: Vec<&'static str>,
    /// The clinic's numbers the plan was made with, for the texts that explain them.
    pub settings: ClinicSettings,
    /// The protocol the plan was made with (the built-in one, or with a clinic's content),
    /// for the sources and steps its items name.
    #[serde(skip)]
    pub protocol: Protocol,
}

impl CarePlan {
    /// The day's items with their flag, for rendering one day.
    pub fn day_items<'a>(&'a self, day: &'a Day) -> impl Iterator<Item = (&'a Item, bool)> + 'a {
        day.items
            .iter()
            .filter_map(|d| self.items.get(d.item).map(|item| (item, d.continued)))
    }

    /// The items that should have begun before `today`, in plan order: a pause that can no
    /// longer run its full length before the session.
    pub fn begun_before(&self, today: NaiveDate) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |i| i.date < today)
    }

    /// The day for `date`, if anything happens on it.
    pub fn day(&self, date: NaiveDate) -> Option<&Day> {
        self.days
            .binary_search_by_key(&date, |d| d.date)
            .ok()
            .and_then(|i| self.days.get(i))
    }
}
