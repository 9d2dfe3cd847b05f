//! The plan by phases and the Today view: every item in exactly one phase, nothing repeated,
//! instructions that meet on one day told apart by their clock times, and what Today shows
//! over a whole series with a fake clock.

mod plan_support;

use careplanner::domain::answers::{Answers, Value};
use careplanner::domain::i18n::Lang;
use careplanner::domain::plan::*;
use careplanner::domain::protocol::ClinicSettings;
use careplanner::domain::protocol::{Category, PhaseKind, Protocol};
use careplanner::domain::screening::Verdict;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use plan_support::*;

/// One planning situation.
struct Case {
    name: &'static str,
    answers: Answers,
    first: NaiveDate,
    start: NaiveTime,
    sessions: u32,
    interval: u32,
    settings: &'static [(&'static str, i64)],
}

fn case(name: &'static str, answers: Answers, first: NaiveDate, sessions: u32) -> Case {
    Case {
        name,
        answers,
        first,
        start: hm(10, 0),
        sessions,
        interval: 28,
        settings: &[],
    }
}

/// Retinol and over-the-counter ibuprofen, the example person.
fn retinol_ibuprofen() -> Answers {
    plain_answers()
        .with("nsaids", Value::Text("otc".into()))
        .with("retinoids", Value::Bool(true))
}

impl Case {
    fn clinic(&self) -> ClinicSettings {
        let mut clinic = ClinicSettings::defaults();
        for (id, value) in self.settings {
            clinic.try_set(&protocol(), id, *value).unwrap();
        }
        clinic
    }

    fn plan(&self) -> CarePlan {
        let schedule = Schedule {
            first_date: self.first,
            start_time: self.start,
            sessions: self.sessions,
            interval_days: self.interval,
        };
        let today = self.first - chrono::Duration::days(30);
        build(
            &protocol(),
            &self.answers,
            &assessment(Verdict::Precautions, None, today),
            &schedule,
            &self.clinic(),
        )
        .unwrap()
    }

    fn phases(&self) -> (CarePlan, Vec<SessionCare>) {
        let plan = self.plan();
        let care = phases(&plan, &Protocol::builtin(), &self.clinic());
        check(self.name, &plan, &care);
        (plan, care)
    }
}

fn cases() -> Vec<Case> {
    vec![
        case("default-series", retinol_ibuprofen(), d(2026, 12, 14), 4),
        case("busy-single", busy_answers(), d(2026, 11, 21), 1),
        case("plain-single", plain_answers(), d(2028, 2, 29), 1),
        Case {
            start: hm(23, 30),
            ..case("late-evening", busy_answers(), d(2027, 3, 13), 2)
        },
        Case {
            interval: 14,
            settings: &[
                ("interval_days_min", 14),
                ("product_resume_days", 30),
                ("spf_days", 30),
            ],
            ..case(
                "merged-six",
                plain_answers().with("nsaids", Value::Text("prescribed".into())),
                d(2027, 5, 3),
                6,
            )
        },
        Case {
            settings: &[("no_sunscreen_hours", 0), ("redness_days", 1)],
            ..case("no-sunscreen-pause", busy_answers(), d(2026, 12, 31), 3)
        },
    ]
}

/// What every grouping must satisfy, whatever the plan.
fn check(name: &str, plan: &CarePlan, care: &[SessionCare]) {
    let mut seen = vec![0; plan.items.len()];
    assert_eq!(
        care.len(),
        plan.sessions.len(),
        "{name}: one care per session"
    );
    for (index, session) in care.iter().enumerate() {
        let kinds: Vec<PhaseKind> = session.phases.iter().map(|p| p.kind).collect();
        let mut sorted = kinds.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(kinds, sorted, "{name}: phases in order, each once");
        for pair in session.phases.windows(2) {
            assert!(
                pair[0].last < pair[1].first
                    || pair[1].kind == PhaseKind::BackToNormal
                    || pair[0].kind == PhaseKind::SessionDay,
                "{name}: session {} phases {:?} and {:?} do not overlap",
                session.session.number,
                pair[0],
                pair[1]
            );
        }
        for phase in &session.phases {
            assert!(!phase.entries.is_empty(), "{name}: no empty phase");
            assert!(phase.first <= phase.last);
            for entry in &phase.entries {
                seen[entry.item] += 1;
                let item = &plan.items[entry.item];
                assert_eq!(item.session, session.session.number, "{name}: {}", item.id);
                assert!(
                    phase.covers(item.date),
                    "{name}: {} begins within {:?} ({}..{})",
                    item.id,
                    phase.kind,
                    phase.first,
                    phase.last
                );
                if let Some(until) = entry.until.filter(|_| item.time.is_none()) {
                    assert_eq!(until.date(), item.last_date(), "{name}: {}", item.id);
                }
                if let Some(from) = entry.from {
                    assert_eq!(from.date(), item.date, "{name}: {}", item.id);
                }
                for lang in Lang::ALL {
                    let when = entry_when(lang, item, entry);
                    assert!(!when.contains('{') && !when.is_empty(), "{name}: {when}");
                }
            }
            for lang in Lang::ALL {
                let title = phase_title(lang, phase, session.session.date);
                assert!(
                    !title.contains('{') && !title.starts_with("phase."),
                    "{title}"
                );
            }
        }
        // A session's aftercare ends before the next session's care begins.
        if let (Some(next), Some((_, _))) = (care.get(index + 1), session.span()) {
            let next_first = next.span().unwrap().0;
            for phase in session
                .phases
                .iter()
                .filter(|p| p.kind.is_aftercare() && p.kind != PhaseKind::BackToNormal)
            {
                assert!(
                    phase.last < next_first,
                    "{name}: {:?} ends in time",
                    phase.kind
                );
            }
        }
    }
    for (index, count) in seen.iter().enumerate() {
        assert_eq!(
            *count, 1,
            "{name}: {} is in exactly one phase",
            plan.items[index].id
        );
    }
    // Two instructions of the sun that meet on one day hand over at a clock time.
    for session in care {
        let entries: Vec<&Entry> = session.phases.iter().flat_map(|p| &p.entries).collect();
        for a in &entries {
            for b in &entries {
                let (ia, ib) = (&plan.items[a.item], &plan.items[b.item]);
                if ia.category == Category::Sun
                    && ib.category == Category::Sun
                    && ia.step != ib.step
                    && ia.last_date() == ib.date
                {
                    let (until, from) = (a.until, b.from);
                    assert!(
                        until.is_some() && from.is_some() && until <= from,
                        "{name}: {} hands over to {} at a time",
                        ia.id,
                        ib.id
                    );
                }
            }
        }
    }
}

#[test]
fn every_case_groups_cleanly() {
    for case in cases() {
        case.phases();
    }
}

/// One line per phase: "session kind first..last: step step …".
fn outline(plan: &CarePlan, care: &[SessionCare]) -> Vec<String> {
    care.iter()
        .flat_map(|s| &s.phases)
        .map(|p| {
            let steps: Vec<&str> = p
                .entries
                .iter()
                .map(|e| plan.items[e.item].id.as_str())
                .collect();
            format!(
                "{} {} {}..{}: {}",
                p.session,
                p.kind.id(),
                p.first,
                p.last,
                steps.join(" ")
            )
        })
        .collect()
}

#[test]
fn the_default_series_reads_in_a_few_phases() {
    let c = &cases()[0];
    let (plan, care) = c.phases();
    let lines = outline(&plan, &care);
    let expected_first = [
        "1 before_you_start 2026-11-30..2026-11-30: consult-1",
        "1 getting_ready 2026-12-07..2026-12-13: nsaid_otc-1 retinoid_pause-1 sun_before-1",
        "1 session_day 2026-12-14..2026-12-14: arrival-1 numbing-1 treatment-1 bleeding_serum-1 next_session-1",
        "1 first_day 2026-12-14..2026-12-15: no_makeup-1 sun_first_hours-1 redness-1 product_avoid-1 gentle_care-1 no_workout-1 warning_signs-1 spf-1 back_to_work-1",
        "1 early_days 2026-12-16..2026-12-17: flaking-1",
        "1 back_to_normal 2026-12-21..2026-12-25: product_avoid-then-1 spf-then-1",
    ];
    for line in expected_first {
        assert!(
            lines.iter().any(|l| l == line),
            "missing {line}\n{lines:#?}"
        );
    }
    // The pause runs into the session day, so the ibuprofen pause is in getting ready.
    assert_eq!(care.len(), 4);
    // Sessions 2 and 3 are the same care as session 1; session 4 adds the results check.
    for s in &care[1..3] {
        assert!(
            s.same_as_first(),
            "session {} same as 1\n{lines:#?}",
            s.session.number
        );
    }
    assert!(!care[3].same_as_first());
    assert!(!care[0].same_as_first());
    let last = care[3].phases.last().unwrap();
    assert_eq!(last.kind, PhaseKind::BackToNormal);
    assert!(last
        .entries
        .iter()
        .any(|e| plan.items[e.item].step == "results_review"));
    // No phase of session 2 is a "before you start".
    assert!(care[1]
        .phases
        .iter()
        .all(|p| p.kind != PhaseKind::BeforeYouStart));
}

#[test]
fn no_sunscreen_until_a_time_then_spf() {
    let c = &cases()[0];
    let (plan, care) = c.phases();
    let entries: Vec<&Entry> = care[0].phases.iter().flat_map(|p| &p.entries).collect();
    let find = |step: &str| {
        let e = entries
            .iter()
            .find(|e| plan.items[e.item].step == step)
            .unwrap();
        (*e, &plan.items[e.item])
    };
    let (no_sun, no_sun_item) = find("sun_first_hours");
    let (spf, spf_item) = find("spf");
    // 10:00 start, 60 minutes of treatment, 24 hours: 11:00 the next day.
    let at = d(2026, 12, 15).and_time(hm(11, 0));
    assert_eq!(no_sun.until, Some(at));
    assert_eq!(spf.from, Some(at));
    let cases = [
        (
            Lang::En,
            no_sun_item,
            no_sun,
            "Mon 14 – Tue 15 Dec, until 11:00 am",
        ),
        (
            Lang::En,
            spf_item,
            spf,
            "From 11:00 am on Tue 15 Dec to Thu 24 Dec",
        ),
        (
            Lang::Es,
            no_sun_item,
            no_sun,
            "lun 14 – mar 15 dic, hasta las 11:00",
        ),
        (
            Lang::Es,
            spf_item,
            spf,
            "Desde las 11:00 del mar 15 dic hasta el jue 24 dic",
        ),
    ];
    for (lang, item, entry, expected) in cases {
        assert_eq!(entry_when(lang, item, entry), expected);
    }
}

/// One moment of the series and what Today must show then: the phase, the steps in force,
/// the next date and what begins then, the warning signs, and whether the plan is done.
struct Moment {
    at: NaiveDateTime,
    phase: Option<(u32, PhaseKind)>,
    now: &'static [&'static str],
    next: Option<(NaiveDate, &'static [&'static str])>,
    warning: bool,
}

fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
    d(y, m, day).and_time(hm(h, min))
}

#[test]
fn today_over_a_whole_series() {
    let c = &cases()[0];
    let (plan, care) = c.phases();
    let moments = [
        // The day the plan is made: nothing yet, the consultation comes first.
        Moment {
            at: at(2026, 11, 20, 9, 0),
            phase: None,
            now: &[],
            next: Some((d(2026, 11, 30), &["consult-1"])),
            warning: false,
        },
        // A pause has begun.
        Moment {
            at: at(2026, 12, 8, 18, 0),
            phase: Some((1, PhaseKind::GettingReady)),
            now: &["nsaid_otc-1"],
            next: Some((d(2026, 12, 9), &["retinoid_pause-1"])),
            warning: false,
        },
        // The morning after the session, before the sunscreen pause ends at 11:00.
        Moment {
            at: at(2026, 12, 15, 8, 0),
            phase: Some((1, PhaseKind::FirstDay)),
            now: &[
                "no_makeup-1",
                "sun_first_hours-1",
                "redness-1",
                "product_avoid-1",
                "gentle_care-1",
                "no_workout-1",
                "back_to_work-1",
                "spf-1",
            ],
            next: Some((d(2026, 12, 16), &["flaking-1"])),
            warning: true,
        },
        // The same day after 11:00: no more "no sunscreen".
        Moment {
            at: at(2026, 12, 15, 12, 0),
            phase: Some((1, PhaseKind::FirstDay)),
            now: &[
                "redness-1",
                "product_avoid-1",
                "gentle_care-1",
                "no_workout-1",
                "back_to_work-1",
                "spf-1",
            ],
            next: Some((d(2026, 12, 16), &["flaking-1"])),
            warning: true,
        },
        // Two days after the session (a restored plan opened then).
        Moment {
            at: at(2026, 12, 16, 9, 0),
            phase: Some((1, PhaseKind::EarlyDays)),
            now: &[
                "redness-1",
                "flaking-1",
                "product_avoid-1",
                "gentle_care-1",
                "no_workout-1",
                "spf-1",
            ],
            next: Some((d(2026, 12, 21), &["product_avoid-then-1"])),
            warning: true,
        },
        // Session 3's day.
        Moment {
            at: at(2027, 2, 8, 7, 0),
            phase: Some((3, PhaseKind::SessionDay)),
            now: &[
                "nsaid_otc-3",
                "arrival-3",
                "numbing-3",
                "treatment-3",
                "bleeding_serum-3",
                "no_makeup-3",
                "sun_first_hours-3",
                "redness-3",
                "product_avoid-3",
                "gentle_care-3",
                "no_workout-3",
                "next_session-3",
            ],
            next: Some((d(2027, 2, 9), &["spf-3", "back_to_work-3"])),
            warning: true,
        },
        // After the last session's aftercare: the results check is next.
        Moment {
            at: at(2027, 3, 20, 9, 0),
            phase: Some((4, PhaseKind::BackToNormal)),
            now: &[],
            next: Some((d(2027, 6, 8), &["results_review-4"])),
            warning: false,
        },
        // After the results check: nothing left.
        Moment {
            at: at(2027, 7, 1, 9, 0),
            phase: None,
            now: &[],
            next: None,
            warning: false,
        },
    ];
    for m in moments {
        let view = today(&plan, &care, m.at);
        let ids = |entries: &[Entry]| -> Vec<String> {
            entries
                .iter()
                .map(|e| plan.items[e.item].id.clone())
                .collect()
        };
        let phase = view.phase.map(|(s, p)| {
            let phase = &care[s].phases[p];
            (phase.session, phase.kind)
        });
        assert_eq!(phase, m.phase, "{}: phase", m.at);
        let mut now = ids(&view.now);
        let mut expected: Vec<String> = m.now.iter().map(|s| s.to_string()).collect();
        now.sort();
        expected.sort();
        assert_eq!(now, expected, "{}: in force", m.at);
        let next = view.next.as_ref().map(|(date, e)| (*date, ids(e)));
        let expected_next = m
            .next
            .map(|(date, steps)| (date, steps.iter().map(|s| s.to_string()).collect()));
        assert_eq!(next, expected_next, "{}: next", m.at);
        assert_eq!(view.warning, m.warning, "{}: warning signs", m.at);
        assert_eq!(view.done, m.next.is_none() && m.now.is_empty(), "{}", m.at);
    }
}

#[test]
fn every_phase_has_its_words() {
    use careplanner::domain::i18n::lookup;
    for lang in Lang::ALL {
        for kind in PhaseKind::ALL {
            let keys = match kind {
                PhaseKind::EarlyDays | PhaseKind::RestOfWeek => {
                    vec!["phase.day".to_string(), "ics.title.days".to_string()]
                }
                _ => vec![kind.key(), format!("ics.title.{}", kind.id())],
            };
            for key in keys {
                assert!(lookup(lang, &key).is_some_and(|t| !t.is_empty()), "{key}");
            }
        }
    }
}
