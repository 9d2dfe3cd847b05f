//! The compact calendar: per session, one event per phase of its care instead of one per
//! instruction. A reminder to have the consultation, "getting ready" on the day the first
//! pause begins (reminded the evening before), the session itself (timed, reminded the day
//! before), one all-day event per aftercare phase, and one per day on which something comes
//! back ("back to your usual routine", the results check). Each description lists every
//! instruction of its phase with the days it holds.

use super::{citations, placed, Event, IcsOptions, When};
use crate::domain::i18n::{fill, lookup, t, Lang};
use crate::domain::plan::{
    condition_texts, entry_when, item_text, phase_calendar_title, warning_signs, CarePlan, Phase,
    SessionCare,
};
use crate::domain::protocol::{Category, PhaseKind};
use chrono::NaiveDate;

/// The compact events of the plan, in order.
pub(super) fn events(plan: &CarePlan, care: &[SessionCare], options: &IcsOptions) -> Vec<Event> {
    let lang = options.lang;
    let total = plan.sessions.len();
    let mut out = Vec::with_capacity(care.len() * 8);
    for session in care {
        let number = session.session.number;
        for phase in &session.phases {
            let title = phase_calendar_title(lang, phase, session.session.date);
            match phase.kind {
                PhaseKind::SessionDay => {
                    let title = fill(
                        t(lang, "ics.title.session"),
                        &[("n", &number.to_string()), ("total", &total.to_string())],
                    );
                    // From the first timed moment (the numbing) to the end of the treatment.
                    let timed: Vec<_> = phase
                        .entries
                        .iter()
                        .filter_map(|e| Some((e.from?, e.until?)))
                        .collect();
                    let start = timed.iter().map(|(f, _)| *f).min();
                    let end = timed.iter().map(|(_, u)| *u).max();
                    let when = match start.zip(end) {
                        Some((start, end)) => {
                            let minutes = u32::try_from((end - start).num_minutes()).unwrap_or(0);
                            When::Local(start, minutes)
                        }
                        None => When::AllDay(phase.first, phase.last),
                    };
                    let mut session_event = event(plan, phase, options, title, when, true, None);
                    // A session that depends on something clearing says so in its own event.
                    let conditions = condition_texts(lang, plan);
                    if !conditions.is_empty() {
                        session_event.description.push_str("\n\n");
                        session_event.description.push_str(&conditions.join("\n\n"));
                    }
                    out.push(session_event);
                }
                PhaseKind::BackToNormal => {
                    // One event for each day something comes back, so that a results check
                    // months later is not an event lasting months.
                    let mut days: Vec<NaiveDate> = phase
                        .entries
                        .iter()
                        .filter_map(|e| plan.items.get(e.item).map(|i| i.date))
                        .collect();
                    days.dedup();
                    for day in days {
                        let results = phase.entries.iter().any(|e| {
                            plan.items.get(e.item).is_some_and(|i| {
                                i.date == day && i.category == Category::NextSession
                            })
                        });
                        let title = if results {
                            t(lang, "ics.title.results").to_string()
                        } else {
                            title.clone()
                        };
                        let when = When::AllDay(day, day);
                        out.push(event(plan, phase, options, title, when, results, Some(day)));
                    }
                }
                kind => {
                    let alarm = matches!(kind, PhaseKind::BeforeYouStart | PhaseKind::GettingReady);
                    let when = When::AllDay(phase.first, phase.last);
                    out.push(event(plan, phase, options, title, when, alarm, None));
                }
            }
        }
    }
    out
}

/// One phase's event (or one day's of it): its instructions with their days, the warning
/// signs and how to call in the aftercare, and the sources.
fn event(
    plan: &CarePlan,
    phase: &Phase,
    options: &IcsOptions,
    title: String,
    when: When,
    alarm: bool,
    only_day: Option<NaiveDate>,
) -> Event {
    let lang = options.lang;
    let mut description = String::new();
    let mut sources: Vec<&str> = Vec::new();
    let mut warning = false;
    for entry in &phase.entries {
        let Some(item) = plan.items.get(entry.item) else {
            continue;
        };
        if only_day.is_some_and(|d| d != item.date) {
            continue;
        }
        if item.category == Category::WarningSigns {
            warning = true;
        } else {
            if !description.is_empty() {
                description.push('\n');
            }
            description.push_str("• ");
            description.push_str(&entry_when(lang, item, entry));
            description.push_str(": ");
            description.push_str(&item_text(lang, item));
        }
        for id in item.sources {
            if !sources.contains(id) {
                sources.push(id);
            }
        }
    }
    if warning || phase.kind.is_aftercare() && phase.kind != PhaseKind::BackToNormal {
        description.push_str("\n\n");
        description.push_str(&call_line(lang, options));
    }
    let (first, last, seconds, minutes) = match when {
        When::AllDay(first, last) => (first, last, None, 0),
        When::Local(at, minutes) => (
            at.date(),
            at.date(),
            Some(chrono::Timelike::num_seconds_from_midnight(&at)),
            minutes,
        ),
    };
    let uid = match only_day {
        Some(day) => format!("{}-{}-{day}", phase.kind.id(), phase.session),
        None => format!("{}-{}", phase.kind.id(), phase.session),
    };
    Event {
        fingerprint: placed(&uid, first, last, seconds, minutes),
        uid,
        when,
        title,
        description,
        sources: super::escape_text(&citations(&sources, options, t(lang, "ics.sources"))),
        category: lookup(lang, &phase.kind.key())
            .unwrap_or_default()
            .to_string(),
        alarm,
    }
}

/// "Call North Clinic on 555 0100 if you notice: …".
fn call_line(lang: Lang, options: &IcsOptions) -> String {
    let clinic = options
        .clinic_name
        .unwrap_or_else(|| t(lang, "plan.contact.your_clinic"));
    let signs = warning_signs(lang).join("; ");
    match options.phone {
        Some(phone) => fill(
            t(lang, "ics.call_number"),
            &[("clinic", clinic), ("phone", phone), ("signs", &signs)],
        ),
        None => fill(
            t(lang, "ics.call"),
            &[("clinic", clinic), ("signs", &signs)],
        ),
    }
}
