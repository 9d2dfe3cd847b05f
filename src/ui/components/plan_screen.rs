//! Planning: the session dates (with the clinic's defaults and ranges), the plan as an agenda
//! or a month grid, the warning signs always in view, and the plan to take home as a calendar
//! file or on paper. Any change to the dates rebuilds the plan at once.

use super::icons;
use super::month::MonthView;
use super::phase_plan::{phase_plan, Folds, PhasePlan, PHONE_FIELD_ID, PHONE_FOLD_ID};
use super::plan_item::info_cards;
use super::print_plan::{print_head, print_sources};
use super::today::today_card;
use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{format_date, format_date_short, t, tf, Lang};
use crate::domain::ics::{to_ics, IcsForm, IcsOptions};
use crate::domain::plan::{
    condition_texts, error_text, item_title, on_time_first_date, phases, today, CarePlan, Item,
    PlanError, Schedule,
};
use crate::domain::protocol::Protocol;
use crate::ui::ids::HEADING_ID;
use crate::ui::markup::Markup;
use crate::ui::platform;
use crate::ui::state::{AppState, PlanView};
use chrono::{NaiveDate, NaiveTime, Timelike};
use std::rc::Rc;
use yew::prelude::*;

/// The journey the plan is for (read only), and what the person's changes call.
#[derive(Properties, PartialEq)]
pub struct PlanScreenProps {
    pub lang: Lang,
    pub journey: Rc<AppState>,
    pub on_schedule: Callback<Schedule>,
    pub on_view: Callback<PlanView>,
    pub on_select_day: Callback<NaiveDate>,
    /// The calendar file's form: detailed or not.
    pub on_detailed: Callback<bool>,
    /// The clinic's phone number as typed.
    pub on_phone: Callback<String>,
    pub on_back: Callback<()>,
}

/// Reads "HH:MM" or "HH:MM:SS", what `<input type="time">` gives.
pub fn parse_clock_time(text: &str) -> Option<NaiveTime> {
    let mut parts = text.trim().split(':').map(|p| p.parse::<u32>().ok());
    let (h, m) = (parts.next()??, parts.next()??);
    let s = parts.next().map_or(Some(0), |s| s)?;
    NaiveTime::from_hms_opt(h, m, s)
}

/// The calendar file's name in the person's language, e.g. "microneedling-plan-2026-12-05.ics"
/// or "plan-microneedling-2026-12-05.ics".
pub fn ics_file_name(lang: Lang, plan: &CarePlan) -> String {
    tf(
        lang,
        "ics.file_name",
        &[("date", &plan.schedule.first_date.to_string())],
    )
}

/// Preparation that should already have begun, when the first session is too soon for it, and
/// the nearest first-session date that gives it its full time.
fn late_card(lang: Lang, late: &[&Item], moved: Option<(NaiveDate, Callback<MouseEvent>)>) -> Html {
    let mut out = Markup::new();
    out.element("h2", &[("id", "late-heading")], t(lang, "plan.late.title"))
        .element("p", &[], t(lang, "plan.late.body"))
        .open("ul", &[]);
    for item in late {
        let date = format_date_short(lang, item.date);
        let line = tf(
            lang,
            "plan.late.item",
            &[("title", &item_title(lang, item)), ("date", &date)],
        );
        out.element("li", &[], &line);
    }
    out.close("ul");
    let button = moved.map(|(date, onclick)| {
        let label = tf(lang, "plan.late.move", &[("date", &format_date(lang, date))]);
        html! { <button type="button" class="button primary no-print" id="move-first-date" {onclick}>{ label }</button> }
    });
    html! {
        <section class="card late-card" aria-labelledby="late-heading">
            { out.into_html() }
            { button }
        </section>
    }
}

fn download_ics(
    lang: Lang,
    plan: &CarePlan,
    clinic: &ClinicConfig,
    form: IcsForm,
    phone: Option<&str>,
) {
    let protocol = plan.protocol;
    let host = platform::host();
    let options = IcsOptions {
        lang,
        form,
        dtstamp: platform::now_utc(),
        clinic_name: clinic.name.as_deref(),
        phone: clinic.phone.as_deref().or(phone),
        settings: &clinic.settings,
        uid_domain: &host,
        protocol: &protocol,
        to_utc: &platform::local_to_utc,
    };
    let text = to_ics(plan, &options);
    if let Err(e) = platform::download(
        &ics_file_name(lang, plan),
        "text/calendar;charset=utf-8",
        &text,
    ) {
        platform::error(&format!("careplanner: the calendar download failed: {e}"));
    }
}

#[function_component(PlanScreen)]
pub fn plan_screen(props: &PlanScreenProps) -> Html {
    // Kept apart from the journey and without a redraw: a click has already opened or closed
    // the fold in the page; the folds are only read when the plan is written again.
    let folds = use_mut_ref(Folds::new);
    let state = &props.journey;
    let lang = props.lang;
    let Some(schedule) = state.schedule else {
        return html! {};
    };
    let assessment = state.assessment();
    let built = platform::measure("careplanner:plan-build", || state.plan(&assessment));
    let settings = &state.settings;
    let protocol = &state.protocol;
    let get = |id: &str| settings.get(protocol, id);
    let earliest = assessment.earliest_date;
    let min_date = earliest.map_or(state.today, |e| e.max(state.today));

    let set = |update: fn(Schedule, &str) -> Option<Schedule>| {
        let on_schedule = props.on_schedule.clone();
        Callback::from(move |e: Event| {
            if let Some(next) = platform::target_value(&e).and_then(|v| update(schedule, &v)) {
                on_schedule.emit(next);
            }
        })
    };
    let on_date = set(|s, v| {
        crate::domain::answers::parse_iso_date(v).map(|first_date| Schedule { first_date, ..s })
    });
    let on_time = set(|s, v| parse_clock_time(v).map(|start_time| Schedule { start_time, ..s }));
    let on_sessions = set(|s, v| v.parse().ok().map(|sessions| Schedule { sessions, ..s }));
    let on_interval = set(|s, v| {
        v.parse()
            .ok()
            .map(|interval_days| Schedule { interval_days, ..s })
    });

    let error = built.as_ref().and_then(|r| r.as_ref().err()).copied();
    let date_error = matches!(
        error,
        Some(PlanError::BeforeEarliestDate { .. } | PlanError::InThePast { .. })
    );
    let error_html = error.map(|e| html! { <p class="field-error" id="schedule-error" role="alert">{ error_text(lang, &e) }</p> });

    let sessions_range = get("sessions_min")..=get("sessions_max");
    let (interval_min, interval_max) = (get("interval_days_min"), get("interval_days_max"));
    // Whole weeks read best; the ends of the clinic's range and the current choice are offered
    // too, whatever they are. Built in order, so no sort is needed.
    let current = i64::from(schedule.interval_days);
    let intervals: Vec<i64> = (interval_min..=interval_max)
        .filter(|&d| d % 7 == 0 || d == interval_min || d == interval_max || d == current)
        .collect();

    let view = state.plan_view;
    let set_view = |v: PlanView| props.on_view.reform(move |_: MouseEvent| v);
    let on_select = props.on_select_day.clone();
    let on_back = props.on_back.reform(|_: MouseEvent| ());

    let plan = built.and_then(Result::ok);
    let late_html = plan.as_ref().and_then(|plan| {
        let late: Vec<&Item> = plan.begun_before(state.today).collect();
        // A plan the person already follows is not late: its first days are simply behind.
        if late.is_empty() || state.is_kept_plan() {
            return None;
        }
        let moved = on_time_first_date(protocol, &state.answers, &assessment, plan, settings);
        let move_to = moved.map(|first_date| {
            let on_schedule = props.on_schedule.clone();
            let on_move = Callback::from(move |_: MouseEvent| {
                on_schedule.emit(Schedule {
                    first_date,
                    ..schedule
                });
                // The button goes with the problem; the date it changed takes the focus.
                platform::focus("first-date");
            });
            (first_date, on_move)
        });
        Some(late_card(lang, &late, move_to))
    });
    let phone = state.phone.clone();
    let plan_html = plan.as_ref().map(|plan| {
        let care = phases(plan, protocol, &plan.settings);
        let now = state.today.and_time(platform::local_time());
        let today = today(plan, &care, now);
        let detailed = state.detailed_calendar;
        let on_download = {
            let (plan, clinic, phone) = (plan.clone(), state.clinic.clone(), phone.clone());
            let form = if detailed { IcsForm::Detailed } else { IcsForm::Compact };
            Callback::from(move |_: MouseEvent| download_ics(lang, &plan, &clinic, form, phone.as_deref()))
        };
        let on_print = Callback::from(|_: MouseEvent| platform::print());
        let set_form = |on: bool| props.on_detailed.reform(move |_: Event| on);
        let on_phone = {
            let on_phone = props.on_phone.clone();
            Callback::from(move |e: Event| {
                if let Some(v) = platform::target_value(&e) {
                    on_phone.emit(v);
                }
            })
        };
        let phase_markup = || {
            Html::from_html_unchecked(AttrValue::from(phase_plan(&PhasePlan {
                lang,
                plan,
                care: &care,
                today: state.today,
                clinic: &state.clinic,
                phone: phone.as_deref(),
                folds: &folds.borrow(),
            })))
        };
        let today_markup = Html::from_html_unchecked(AttrValue::from(today_card(
            lang,
            plan,
            &care,
            &today,
            &state.clinic,
            phone.as_deref(),
        )));
        let plan_views = html! {
            <>
                { condition_card(lang, plan) }
                { print_head(lang, plan, &state.clinic) }
                <section class="plan-views" aria-labelledby="plan-heading">
                    <h2 id="plan-heading" class="no-print">{ t(lang, "plan.by_phase") }</h2>
                    <div class="view-switch no-print" role="group" aria-label={ t(lang, "plan.view_label") }>
                        <button type="button" aria-pressed={ (view == PlanView::Agenda).to_string() } onclick={ set_view(PlanView::Agenda) }>
                            { t(lang, "plan.view_agenda") }
                        </button>
                        <button type="button" aria-pressed={ (view == PlanView::Month).to_string() } onclick={ set_view(PlanView::Month) }>
                            { t(lang, "plan.view_month") }
                        </button>
                    </div>
                    if view == PlanView::Agenda {
                        { platform::measure("careplanner:phases", phase_markup) }
                    } else {
                        <div class="no-print">
                            <MonthView lang={ lang } plan={ plan.clone() } today={ state.today } selected={ state.selected_day } on_select={ on_select.clone() } />
                        </div>
                        // Paper always gets the plan by phases, whichever view is on screen.
                        <div class="print-only" aria-hidden="true">
                            { phase_markup() }
                        </div>
                    }
                </section>
                { info_section(lang) }
                { print_sources(lang, plan) }
            </>
        };
        let take_home = html! {
            <section class="card take-home no-print" aria-labelledby="take-home-heading">
                <h2 id="take-home-heading">{ t(lang, "plan.take_home") }</h2>
                <fieldset class="calendar-form">
                    <legend>{ t(lang, "ics.form.label") }</legend>
                    <label class="choice">
                        <input type="radio" name="calendar-form" id="calendar-compact" checked={ !detailed } onchange={ set_form(false) } />
                        <span>{ t(lang, "ics.form.compact") }</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="calendar-form" id="calendar-detailed" checked={ detailed } onchange={ set_form(true) } />
                        <span>{ t(lang, "ics.form.detailed") }</span>
                    </label>
                </fieldset>
                <div class="actions">
                    <button type="button" class="button primary" id="download-ics" onclick={ on_download }>
                        { icons::download() }<span>{ t(lang, "plan.download") }</span>
                    </button>
                    <button type="button" class="button secondary" id="print-plan" onclick={ on_print }>
                        { icons::printer() }<span>{ t(lang, "plan.print") }</span>
                    </button>
                </div>
                if state.clinic.phone.is_none() {
                    // Folded until wanted (the aftercare's "Add your clinic's phone number" opens
                    // it); open once a number is there, so it can be corrected.
                    <details class="phone-fold" id={ PHONE_FOLD_ID } open={ phone.is_some() }>
                        <summary>{ t(lang, "plan.phone.label") }</summary>
                        <div class="field phone-field">
                            <label for="clinic-phone" class="visually-hidden">{ t(lang, "plan.phone.label") }</label>
                            <input type="tel" id={ PHONE_FIELD_ID } autocomplete="tel" inputmode="tel"
                                value={ phone.clone().unwrap_or_default() } onchange={ on_phone }
                                aria-describedby="clinic-phone-help" />
                            <p class="help" id="clinic-phone-help">{ t(lang, "plan.phone.help") }</p>
                        </div>
                    </details>
                }
            </section>
        };
        (today_markup, take_home, plan_views)
    });
    let (today_html, take_home_html, plan_html) = match plan_html {
        Some((a, b, c)) => (Some(a), Some(b), Some(c)),
        None => (None, None, None),
    };

    // "Add your clinic's phone number" in the plan's markup opens the field and focuses it; a
    // fold the person opens or closes stays so when the plan is written again.
    let on_opener = Callback::from(move |e: MouseEvent| {
        if platform::clicked_opener(&e).as_deref() == Some(PHONE_FOLD_ID) {
            platform::open_and_focus(PHONE_FOLD_ID, PHONE_FIELD_ID);
        }
        if let Some((key, open)) = platform::fold_toggled(&e) {
            folds.borrow_mut().insert(key, open);
        }
    });
    html! {
        <section aria-labelledby={ HEADING_ID } class="plan-screen" onclick={ on_opener }>
            <h1 id={ HEADING_ID } tabindex="-1" class="no-print">{ t(lang, "plan.title") }</h1>
            <div class="no-print">{ today_html }</div>
            <form class="card schedule no-print" novalidate=true onsubmit={ Callback::from(|e: SubmitEvent| e.prevent_default()) }>
                <fieldset>
                    <legend>{ t(lang, "plan.schedule") }</legend>
                    if let Some(e) = earliest {
                        <p class="help">{ tf(lang, "plan.earliest_hint", &[("date", &format_date(lang, e))]) }</p>
                    }
                    <div class="schedule-grid">
                        <div class="field">
                            <label for="first-date">{ t(lang, "plan.first_date") }</label>
                            <input type="date" id="first-date" value={ schedule.first_date.to_string() }
                                min={ min_date.to_string() } onchange={ on_date }
                                aria-invalid={ date_error.then_some("true") }
                                aria-describedby={ date_error.then_some("schedule-error") } />
                        </div>
                        <div class="field">
                            <label for="start-time">{ t(lang, "plan.start_time") }</label>
                            <input type="time" id="start-time" step="900" value={ format!("{:02}:{:02}", schedule.start_time.hour(), schedule.start_time.minute()) } onchange={ on_time } />
                        </div>
                        <div class="field">
                            <label for="session-count">{ t(lang, "plan.session_count") }</label>
                            <select id="session-count" onchange={ on_sessions }>
                                { for sessions_range.map(|n| html! {
                                    <option value={ n.to_string() } selected={ n == i64::from(schedule.sessions) }>{ n }</option>
                                }) }
                            </select>
                        </div>
                        if schedule.sessions > 1 {
                            <div class="field">
                                <label for="interval">{ t(lang, "plan.interval") }</label>
                                <select id="interval" onchange={ on_interval }>
                                    { for intervals.iter().map(|&d| {
                                        let label = if d % 7 == 0 {
                                            tf(lang, "plan.interval_weeks", &[("weeks", &(d / 7).to_string()), ("days", &d.to_string())])
                                        } else {
                                            tf(lang, "plan.interval_days", &[("days", &d.to_string())])
                                        };
                                        html! { <option value={ d.to_string() } selected={ d == i64::from(schedule.interval_days) }>{ label }</option> }
                                    }) }
                                </select>
                            </div>
                        }
                    </div>
                    { error_html }
                </fieldset>
            </form>
            <div aria-live="polite">{ late_html }</div>
            { take_home_html }
            { plan_html }
            <div class="actions no-print">
                <button type="button" class="button secondary" onclick={ on_back }>{ t(lang, "plan.back") }</button>
            </div>
        </section>
    }
}

/// What each session depends on, for a plan made while something short-lived must clear
/// first: on screen and on paper, above the dates it concerns.
fn condition_card(lang: Lang, plan: &CarePlan) -> Html {
    let texts = condition_texts(lang, plan);
    if texts.is_empty() {
        return Html::default();
    }
    let mut out = Markup::new();
    out.open(
        "section",
        &[("class", "card plan-condition"), ("role", "note")],
    );
    for text in &texts {
        out.element("p", &[], text);
    }
    out.close("section");
    out.into_html()
}

/// "Good to know", on screen and on paper.
fn info_section(lang: Lang) -> Html {
    let protocol = Protocol::builtin();
    let mut out = Markup::new();
    info_cards(&mut out, lang, &protocol, protocol.info);
    out.into_html()
}
