//! The engine: care steps × sessions → merged, dated items.

use super::{CarePlan, Day, DayItem, Item, Param, PlanError, Schedule, Session};
use crate::domain::answers::Answers;
use crate::domain::protocol::ClinicSettings;
use crate::domain::protocol::{
    add_months, Amount, Applies, CareStep, Context, Direction, Offset, ParamSpec, Protocol, Unit,
    When,
};
use crate::domain::screening::{Assessment, Verdict};
use crate::domain::sorted_map::{sort_small_by_key, SortedMap};
use chrono::{Datelike, Days, Duration, Months, NaiveDate, NaiveDateTime};

/// The value in force for a setting, held to the protocol's declared range so that a
/// hand-edited clinic file cannot produce negative or absurd windows.
pub(super) fn setting(protocol: &Protocol, settings: &ClinicSettings, id: &str) -> i64 {
    let value = settings.get(protocol, id);
    match protocol.setting(id) {
        Some(def) if def.min <= def.max => value.clamp(def.min, def.max),
        _ => value,
    }
}

/// When some preparation would have had to begin before the day of the screening (the first
/// session is too soon for a pause to run its full length): the nearest first-session date
/// from which every item of the series begins on time. `None` when nothing is late, or when no
/// later date fixes it (an item tied to a fixed date, or the end of the calendar).
pub fn on_time_first_date(
    protocol: &Protocol,
    answers: &Answers,
    assessment: &Assessment,
    plan: &CarePlan,
    settings: &ClinicSettings,
) -> Option<NaiveDate> {
    let today = assessment.assessed_on;
    let earliest = plan.items.iter().map(|i| i.date).min()?;
    let late_by = u64::try_from((today - earliest).num_days())
        .ok()
        .filter(|&d| d > 0)?;
    let first_date = plan
        .schedule
        .first_date
        .checked_add_days(Days::new(late_by))?;
    let moved = Schedule {
        first_date,
        ..plan.schedule
    };
    let moved = build(protocol, answers, assessment, &moved, settings).ok()?;
    moved
        .items
        .iter()
        .all(|i| i.date >= today)
        .then_some(first_date)
}

/// Builds the care plan for `schedule`, or says why it cannot be planned.
pub fn build(
    protocol: &Protocol,
    answers: &Answers,
    assessment: &Assessment,
    schedule: &Schedule,
    settings: &ClinicSettings,
) -> Result<CarePlan, PlanError> {
    let env = Env { protocol, settings };
    check(&env, assessment, schedule)?;
    let sessions = sessions(&env, schedule)?;
    let ctx = Context {
        protocol,
        answers,
        settings,
        today: assessment.assessed_on,
    };
    let steps: Vec<(usize, &CareStep)> = protocol
        .care
        .iter()
        .enumerate()
        .filter(|(_, step)| step.only_if.as_ref().is_none_or(|c| c.holds(&ctx)))
        .filter(|(_, step)| step.omit_if_zero.is_none_or(|id| env.get(id) != 0))
        .collect();

    let mut raws = Vec::new();
    for &(order, step) in &steps {
        for session in &sessions {
            if applies(step.applies, session.number, schedule.sessions) {
                raws.push(place(&env, order, step, session)?);
            }
        }
    }
    hand_over(&mut raws);
    let merged = merge(raws);

    let mut items = Vec::with_capacity(merged.len() + 8);
    for raw in &merged {
        // `order` is an index into this very list, taken when the steps were placed.
        let Some(step) = protocol.care.get(raw.order) else {
            continue;
        };
        items.push(item(&env, step, raw, &sessions));
        if step.resume && !raw.clipped {
            if let Placed::Window(_, last) = raw.placed {
                let date = last.succ_opt().ok_or(PlanError::DateOutOfRange)?;
                items.push(resume_item(step, raw, date));
            }
        }
    }
    for item in &items {
        // The calendar writes four-digit years, and an all-day end as the day after the last.
        let end = item
            .last_date()
            .succ_opt()
            .ok_or(PlanError::DateOutOfRange)?;
        if item.date.year() < 1 || end.year() > 9999 {
            return Err(PlanError::DateOutOfRange);
        }
    }
    // Each item's key is worked out once, not at every comparison.
    let mut keyed: Vec<_> = items
        .into_iter()
        .map(|item| (sort_key(&item, &steps), item))
        .collect();
    sort_small_by_key(&mut keyed, |(key, _)| *key);
    let items: Vec<Item> = keyed.into_iter().map(|(_, item)| item).collect();
    let days = lay_out(&items);
    Ok(CarePlan {
        schedule: *schedule,
        sessions,
        items,
        days,
        conditions: assessment.conditions().map(|f| f.rule).collect(),
        settings: settings.clone(),
        protocol: *protocol,
    })
}

struct Env<'a> {
    protocol: &'a Protocol,
    settings: &'a ClinicSettings,
}

impl Env<'_> {
    fn get(&self, id: &str) -> i64 {
        setting(self.protocol, self.settings, id)
    }

    fn amount(&self, amount: Amount) -> i64 {
        match amount {
            Amount::Fixed(n) => n,
            Amount::Setting(id) => self.get(id),
        }
    }

    fn count(&self, id: &str) -> u32 {
        u32::try_from(self.get(id).max(0)).unwrap_or(u32::MAX)
    }
}

fn check(env: &Env, assessment: &Assessment, schedule: &Schedule) -> Result<(), PlanError> {
    match assessment.verdict {
        Verdict::NotSuitable => return Err(PlanError::NotSuitable),
        Verdict::Incomplete => return Err(PlanError::Incomplete),
        _ => {}
    }
    if let Some(finding) = assessment.blocking() {
        return Err(PlanError::WaitWithoutDate { rule: finding.rule });
    }
    let (min, max) = (env.count("sessions_min"), env.count("sessions_max"));
    if schedule.sessions < min || schedule.sessions > max {
        return Err(PlanError::SessionsOutOfRange { min, max });
    }
    // The interval means nothing for a single session.
    let (min, max) = (
        env.count("interval_days_min"),
        env.count("interval_days_max"),
    );
    if schedule.sessions > 1 && (schedule.interval_days < min || schedule.interval_days > max) {
        return Err(PlanError::IntervalOutOfRange { min, max });
    }
    let today = assessment.assessed_on;
    if schedule.first_date < today {
        return Err(PlanError::InThePast { today });
    }
    if let Some(earliest) = assessment.earliest_date {
        if schedule.first_date < earliest {
            return Err(PlanError::BeforeEarliestDate { earliest });
        }
    }
    Ok(())
}

fn sessions(env: &Env, schedule: &Schedule) -> Result<Vec<Session>, PlanError> {
    let minutes = env.count("procedure_minutes");
    (0..schedule.sessions)
        .map(|i| {
            let days = u64::from(i) * u64::from(schedule.interval_days);
            let date = schedule
                .first_date
                .checked_add_days(Days::new(days))
                .ok_or(PlanError::DateOutOfRange)?;
            Ok(Session {
                number: i + 1,
                date,
                start_time: schedule.start_time,
                minutes,
            })
        })
        .collect()
}

fn applies(applies: Applies, number: u32, count: u32) -> bool {
    match applies {
        Applies::EverySession => true,
        Applies::FirstSession => number == 1,
        Applies::LastSession => number == count,
        Applies::AllButLast => number < count,
    }
}

#[derive(Clone, Copy, Debug)]
enum Placed {
    Day(NaiveDate),
    Window(NaiveDate, NaiveDate),
    Timed(NaiveDateTime),
}

impl Placed {
    fn first(self) -> NaiveDate {
        match self {
            Placed::Day(d) | Placed::Window(d, _) => d,
            Placed::Timed(at) => at.date(),
        }
    }
}

/// One step placed around one session, before merging.
#[derive(Clone, Copy, Debug)]
struct Raw {
    order: usize,
    group: &'static str,
    session: u32,
    placed: Placed,
    /// The window was cut short because the next session's step of the group takes over.
    clipped: bool,
}

fn place(
    env: &Env,
    order: usize,
    step: &'static CareStep,
    session: &Session,
) -> Result<Raw, PlanError> {
    let day = |offset: Offset| offset_date(env, session, offset).ok_or(PlanError::DateOutOfRange);
    let placed = match step.when {
        When::Day(offset) => Placed::Day(day(offset)?),
        When::Days { from, to } => {
            let (first, last) = (day(from)?, day(to)?);
            // An inverted window (only possible with odd settings) shrinks to its first day.
            Placed::Window(first, last.max(first))
        }
        When::Timed { minutes_before, .. } => {
            let start = session.date.and_time(session.start_time);
            let at = start
                .checked_sub_signed(Duration::minutes(
                    env.amount(minutes_before).clamp(0, 10_000),
                ))
                .ok_or(PlanError::DateOutOfRange)?;
            Placed::Timed(at)
        }
    };
    Ok(Raw {
        order,
        group: step.group.unwrap_or(step.id),
        session: session.number,
        placed,
        clipped: false,
    })
}

/// The date `offset` away from a session day with the clinic's settings, or `None` beyond
/// the calendar: how the phases find their ends with the same rules as the care steps.
pub(super) fn offset_on(
    protocol: &Protocol,
    settings: &ClinicSettings,
    session: &Session,
    offset: Offset,
) -> Option<NaiveDate> {
    offset_date(&Env { protocol, settings }, session, offset)
}

/// The moment the treatment ends, from which "24 hours after" is counted: never shorter than
/// the hours it says, even for a session late in the evening.
pub(super) fn treatment_end(session: &Session) -> Option<NaiveDateTime> {
    session
        .date
        .and_time(session.start_time)
        .checked_add_signed(Duration::minutes(i64::from(session.minutes)))
}

/// The date `offset` away from a session day, or `None` beyond the calendar. Hours and
/// minutes after the session count from the end of the treatment, to the day they run out in.
fn offset_date(env: &Env, session: &Session, offset: Offset) -> Option<NaiveDate> {
    let date = session.date;
    let n = env.amount(offset.amount).max(0);
    let after_hours =
        offset.direction == Direction::After && matches!(offset.unit, Unit::Hours | Unit::Minutes);
    if after_hours {
        let minutes = if offset.unit == Unit::Hours {
            n.checked_mul(60)?
        } else {
            n
        };
        let at = treatment_end(session)?.checked_add_signed(Duration::try_minutes(minutes)?)?;
        return if offset.day_before {
            at.date().pred_opt()
        } else {
            Some(at.date())
        };
    }
    let moved = if offset.unit == Unit::Months || offset.unit == Unit::Years {
        let months = if offset.unit == Unit::Years {
            n.checked_mul(12)?
        } else {
            n
        };
        match offset.direction {
            // Earlier is the cautious side before a session: a short month clamps to its end.
            Direction::Before => {
                date.checked_sub_months(Months::new(u32::try_from(months).ok()?))?
            }
            // Later is the cautious side after one: a short month rounds up (see `add_months`).
            Direction::After => add_months(date, months)?,
        }
    } else {
        let days = match offset.unit {
            Unit::Hours => (n + 23) / 24,
            Unit::Minutes => (n + 1439) / 1440,
            _ => n,
        };
        let days = Days::new(u64::try_from(days).ok()?);
        match offset.direction {
            Direction::Before => date.checked_sub_days(days)?,
            Direction::After => date.checked_add_days(days)?,
        }
    };
    if offset.day_before {
        moved.pred_opt()
    } else {
        Some(moved)
    }
}

/// Cuts each window where the next session's steps of the same group begin, so that, for
/// example, "SPF daily" after one session ends when "avoid direct sun" before the next
/// begins, instead of saying both. A window is only cut after its own first day.
fn hand_over(raws: &mut [Raw]) {
    let mut starts: SortedMap<(&str, u32), NaiveDate> = SortedMap::new();
    for raw in raws.iter() {
        let first = raw.placed.first();
        let start = starts.get_or_insert_with((raw.group, raw.session), || first);
        *start = (*start).min(first);
    }
    for raw in raws.iter_mut() {
        let Placed::Window(first, last) = raw.placed else {
            continue;
        };
        let Some(&next) = starts.get(&(raw.group, raw.session + 1)) else {
            continue;
        };
        if next > first && next <= last.succ_opt().unwrap_or(last) {
            // `next > first` guarantees a day before it that is not before `first`.
            let end = next.pred_opt().unwrap_or(first).min(last);
            raw.placed = Placed::Window(first, end);
            raw.clipped = true;
        }
    }
}

/// Joins windows of the same step that overlap or meet, and drops a single-day item that
/// repeats on a day it already has.
fn merge(mut raws: Vec<Raw>) -> Vec<Raw> {
    sort_small_by_key(&mut raws, |r| (r.order, r.placed.first(), r.session));
    let mut out: Vec<Raw> = Vec::with_capacity(raws.len());
    for raw in raws {
        if let Some(prev) = out.last_mut().filter(|p| p.order == raw.order) {
            match (prev.placed, raw.placed) {
                (Placed::Window(first, last), Placed::Window(next_first, next_last))
                    if next_first <= last.succ_opt().unwrap_or(last) =>
                {
                    if next_last >= last {
                        prev.placed = Placed::Window(first, next_last);
                        prev.clipped = raw.clipped;
                    }
                    continue;
                }
                (Placed::Day(a), Placed::Day(b)) if a == b => continue,
                (Placed::Timed(a), Placed::Timed(b)) if a == b => continue,
                _ => {}
            }
        }
        out.push(raw);
    }
    out
}

fn item(env: &Env, step: &'static CareStep, raw: &Raw, sessions: &[Session]) -> Item {
    let (date, time, span) = match raw.placed {
        Placed::Day(d) => (d, None, None),
        Placed::Window(first, last) => (first, None, Some((first, last))),
        Placed::Timed(at) => (at.date(), Some(at.time()), None),
    };
    let minutes = match step.when {
        When::Timed { minutes, .. } => {
            Some(u32::try_from(env.amount(minutes).clamp(0, 10_000)).unwrap_or(0))
        }
        _ => None,
    };
    let index = usize::try_from(raw.session.saturating_sub(1)).unwrap_or(0);
    let session = sessions.get(index);
    let next = sessions.get(index + 1);
    let count = i64::try_from(sessions.len()).unwrap_or(i64::MAX);
    let mut params = Vec::with_capacity(step.params.len());
    for &(name, spec) in step.params {
        let value = match spec {
            ParamSpec::Setting(id) => Some(Param::Number(env.get(id))),
            ParamSpec::Duration(amount) => Some(Param::Minutes(env.amount(amount))),
            ParamSpec::Time => time.map(Param::Time),
            ParamSpec::Until => Some(Param::Date(span.map_or(date, |(_, last)| last))),
            ParamSpec::SessionDate => session.map(|s| Param::Date(s.date)),
            ParamSpec::SessionNumber => Some(Param::Number(raw.session.into())),
            ParamSpec::SessionCount => Some(Param::Number(count)),
            ParamSpec::NextSessionDate => next.map(|s| Param::Date(s.date)),
            ParamSpec::NextSessionTime => next.map(|s| Param::Time(s.start_time)),
            ParamSpec::NextSessionNumber => next.map(|s| Param::Number(s.number.into())),
            ParamSpec::WarningSigns => Some(Param::WarningSigns),
        };
        if let Some(value) = value {
            params.push((name, value));
        }
    }
    Item {
        id: format!("{}-{}", step.id, raw.session),
        step: step.id,
        category: step.category,
        key: step.key(),
        params,
        date,
        time,
        minutes,
        span,
        session: raw.session,
        alarm: step.alarm,
        sources: step.sources,
    }
}

fn resume_item(step: &'static CareStep, raw: &Raw, date: NaiveDate) -> Item {
    Item {
        id: format!("{}-then-{}", step.id, raw.session),
        step: step.id,
        category: step.category,
        key: format!("{}.then", step.key()),
        params: Vec::new(),
        date,
        time: None,
        minutes: None,
        span: None,
        session: raw.session,
        alarm: false,
        sources: step.sources,
    }
}

/// Plan order: by first day, then in the protocol's order (which follows the day: arrival,
/// numbing, treatment, aftercare), with a resume item after its window.
fn sort_key(item: &Item, steps: &[(usize, &CareStep)]) -> (NaiveDate, usize, bool) {
    let order = steps
        .iter()
        .find(|(_, s)| s.id == item.step)
        .map_or(usize::MAX, |(i, _)| *i);
    (item.date, order, item.key.ends_with(".then"))
}

fn lay_out(items: &[Item]) -> Vec<Day> {
    let mut days: SortedMap<NaiveDate, Vec<DayItem>> = SortedMap::new();
    for (index, item) in items.iter().enumerate() {
        let mut date = item.date;
        loop {
            let continued = date != item.date;
            days.get_or_insert_with(date, Vec::new).push(DayItem {
                item: index,
                continued,
            });
            match date.succ_opt() {
                Some(next) if next <= item.last_date() => date = next,
                _ => break,
            }
        }
    }
    days.into_iter()
        .map(|(date, mut items)| {
            // A stable sort keeps plan order within "begins today" and "carries on".
            sort_small_by_key(&mut items, |d| d.continued);
            Day { date, items }
        })
        .collect()
}
