//! The plan by phases: one section per session, the one that matters now open and the others
//! folded into a line; within a session, a few phases ("Getting ready", "The first 24
//! hours"…), each instruction once with the days it holds. Sessions 2 and later say what is
//! the same as session 1 instead of repeating it. Written as markup: it is the longest part of
//! the screen. On paper every session shows (`styles/print.css`).

use super::icons;
use super::plan_item::{setting_notes, source_list, ItemContext};
use super::print_plan::clinic_contact;
use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{fill, format_day, format_day_range, format_time, plural, t, Lang};
use crate::domain::plan::{
    entry_when, item_text, item_title, phase_title, warning_signs, CarePlan, Entry, Item, Phase,
    SessionCare,
};
use crate::domain::protocol::{Category, PhaseKind, Protocol};
use crate::ui::markup::Markup;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The folds the person opened or closed, by their `data-fold` key, with whether each is
/// open. The markup is written anew when anything on the screen changes (a phone number
/// typed), so it is written with the folds as the person left them, not as the plan opens
/// them (`platform::fold_toggled` reads a click on a fold's summary).
pub type Folds = BTreeMap<String, bool>;

/// A fold's key and its `open` attribute: as the person left it, else `default`.
fn fold<'k>(folds: &Folds, key: &'k str, default: bool) -> [(&'static str, &'k str); 2] {
    let open = if folds.get(key).copied().unwrap_or(default) {
        ("open", "")
    } else {
        ("", "")
    };
    [("data-fold", key), open]
}

/// The session whose care is still to come or under way on `today`: the one a person needs.
pub fn current_session(care: &[SessionCare], today: NaiveDate) -> usize {
    care.iter()
        .position(|s| {
            s.phases
                .iter()
                .filter(|p| p.kind != PhaseKind::BackToNormal)
                .any(|p| p.last >= today)
        })
        .unwrap_or(care.len().saturating_sub(1))
}

/// The phase under way on `today`, or the next one to come, as (session number, kind).
fn next_phase(care: &[SessionCare], today: NaiveDate) -> Option<(u32, PhaseKind)> {
    care.iter()
        .flat_map(|s| s.phases.iter())
        .find(|p| p.last >= today)
        .map(|p| (p.session, p.kind))
}

/// "Session 2 of 4 · Mon 11 Jan, 10:00 am".
pub fn session_heading(lang: Lang, care: &SessionCare, total: usize) -> String {
    let s = &care.session;
    fill(
        t(lang, "plan.session_heading"),
        &[
            ("n", &s.number.to_string()),
            ("total", &total.to_string()),
            ("date", &format_day(lang, s.date)),
            ("time", &format_time(lang, s.start_time)),
        ],
    )
}

/// What a folded session says in one line: "Getting ready from Mon 4 Jan · aftercare until
/// Fri 22 Jan".
fn session_line(lang: Lang, care: &SessionCare) -> String {
    let Some((first, last)) = care.span() else {
        return String::new();
    };
    fill(
        t(lang, "plan.session_summary"),
        &[
            ("first", &format_day(lang, first)),
            ("last", &format_day(lang, last)),
        ],
    )
}

/// How to reach the clinic, with the number the person typed when the clinic file has none.
pub fn contact(out: &mut Markup, lang: Lang, clinic: &ClinicConfig, phone: Option<&str>) {
    if clinic.phone.is_none() {
        if let Some(phone) = phone.filter(|p| !p.trim().is_empty()) {
            let mut with_phone = clinic.clone();
            with_phone.phone = Some(phone.trim().to_string());
            clinic_contact(out, lang, &with_phone);
            return;
        }
    }
    clinic_contact(out, lang, clinic);
}

/// The folded field where a person types the clinic's number, which "Add your clinic's phone
/// number" opens (see `platform::clicked_opener`).
pub const PHONE_FOLD_ID: &str = "phone-fold";
/// The phone field itself, focused when it opens.
pub const PHONE_FIELD_ID: &str = "clinic-phone";

/// The warning signs and whom to call: in the aftercare and in Today.
pub fn warning_block(out: &mut Markup, lang: Lang, clinic: &ClinicConfig, phone: Option<&str>) {
    out.open("div", &[("class", "warning-signs")])
        .open("h4", &[]);
    icons::svg(out, icons::category_path(Category::WarningSigns));
    out.text(t(lang, "plan.warning.title"))
        .close("h4")
        .open("ul", &[]);
    for sign in warning_signs(lang) {
        out.element("li", &[], sign);
    }
    out.close("ul");
    contact(out, lang, clinic, phone);
    if clinic.phone.is_none() && phone.is_none_or(|p| p.trim().is_empty()) {
        out.open("p", &[("class", "no-print")])
            .element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "link-button add-phone"),
                    ("data-opens", PHONE_FOLD_ID),
                ],
                t(lang, "plan.phone.add"),
            )
            .close("p")
            // Paper leaves room to write the number down.
            .element("p", &[("class", "print-only")], t(lang, "plan.phone.blank"));
    }
    out.element("p", &[], t(lang, "plan.warning.call"))
        .close("div");
}

/// What the plan's markup needs.
pub struct PhasePlan<'a> {
    pub lang: Lang,
    pub plan: &'a CarePlan,
    pub care: &'a [SessionCare],
    pub today: NaiveDate,
    pub clinic: &'a ClinicConfig,
    pub phone: Option<&'a str>,
    pub folds: &'a Folds,
}

impl PhasePlan<'_> {
    fn cx<'p>(&self, protocol: &'p Protocol) -> ItemContext<'p>
    where
        Self: 'p,
    {
        ItemContext {
            lang: self.lang,
            protocol,
            settings: &self.plan.settings,
        }
    }
}

/// One instruction: its kind (an icon, and the name for screen readers), when it holds and
/// its short form; the full instruction and why open on demand, so a phone shows a phase at a
/// glance.
fn entry(out: &mut Markup, cx: ItemContext, folds: &Folds, item: &Item, e: &Entry) {
    let lang = cx.lang;
    let category = item.category;
    let key = format!("item-{}", item.id);
    let [fold_key, open] = fold(folds, &key, false);
    out.open("li", &[("class", &format!("item cat-{}", category.id()))])
        .open("span", &[("class", "item-icon")]);
    icons::svg(out, icons::category_path(category));
    out.close("span")
        .open("div", &[("class", "item-body")])
        .open("details", &[("class", "item-more"), fold_key, open])
        .open("summary", &[])
        .open("span", &[("class", "item-head")])
        .open("span", &[("class", "visually-hidden")])
        .text(t(lang, &category.key()))
        .text(": ")
        .close("span")
        .element(
            "strong",
            &[("class", "item-when")],
            &entry_when(lang, item, e),
        )
        .text(" ")
        .element("span", &[("class", "item-short")], &item_title(lang, item))
        .close("span")
        .close("summary")
        .element("p", &[("class", "item-text")], &item_text(lang, item));
    if !item.sources.is_empty() {
        out.element("p", &[("class", "why-title")], t(lang, "plan.why"));
        source_list(out, cx.lang, cx.protocol, item.sources);
        let disputed = cx
            .protocol
            .care_step(item.step)
            .map(|step| cx.protocol.disputed_settings_of(step))
            .unwrap_or_default();
        setting_notes(out, cx, &disputed);
    }
    out.close("details").close("div").close("li");
}

fn phase_section(
    out: &mut Markup,
    props: &PhasePlan,
    cx: ItemContext,
    session: &SessionCare,
    phase: &Phase,
    only_new: bool,
) {
    let lang = props.lang;
    let class = format!("phase phase-{}", phase.kind.id());
    // The phase under way or next is open; the others fold into their heading, their dates and
    // how many instructions they hold.
    let open = next_phase(props.care, props.today) == Some((session.session.number, phase.kind));
    let shown = phase
        .entries
        .iter()
        .filter(|e| !only_new || !e.same_as_first)
        .filter(|e| {
            props
                .plan
                .items
                .get(e.item)
                .is_some_and(|i| i.category != Category::WarningSigns)
        })
        .count();
    let key = format!("phase-{}-{}", session.session.number, phase.kind.id());
    let [fold_key, open] = fold(props.folds, &key, open);
    out.open("details", &[("class", &class), fold_key, open])
        .open("summary", &[])
        .open("h3", &[])
        .text(&phase_title(lang, phase, session.session.date))
        .text(" ")
        .element(
            "span",
            &[("class", "phase-dates")],
            &format_day_range(lang, phase.first, phase.last),
        )
        .element(
            "span",
            &[("class", "phase-count")],
            &plural(lang, "plan.phase.count", shown, &[]),
        )
        .close("h3")
        .close("summary");
    let entries: Vec<&Entry> = phase
        .entries
        .iter()
        .filter(|e| !only_new || !e.same_as_first)
        .collect();
    if only_new && entries.len() < phase.entries.len() {
        out.element("p", &[("class", "same-note")], t(lang, "plan.same.except"));
    }
    out.open("ul", &[("class", "items")]);
    let mut warning = false;
    for e in entries {
        let Some(item) = props.plan.items.get(e.item) else {
            continue;
        };
        if item.category == Category::WarningSigns {
            warning = true;
            continue;
        }
        entry(out, cx, props.folds, item, e);
    }
    out.close("ul");
    if warning {
        warning_block(out, lang, props.clinic, props.phone);
    }
    out.close("details");
}

/// A later session that repeats session 1's care: its phases and their dates.
fn same_dates(out: &mut Markup, lang: Lang, session: &SessionCare, phases: &[&Phase]) {
    out.open("ul", &[("class", "same-dates")]);
    for phase in phases {
        out.open("li", &[])
            .element(
                "span",
                &[("class", "same-phase")],
                &phase_title(lang, phase, session.session.date),
            )
            .text(" ")
            .element(
                "span",
                &[("class", "same-range")],
                &format_day_range(lang, phase.first, phase.last),
            )
            .close("li");
    }
    out.close("ul");
}

fn session_body(out: &mut Markup, props: &PhasePlan, cx: ItemContext, session: &SessionCare) {
    let lang = props.lang;
    if session.session.number == 1 {
        for phase in &session.phases {
            phase_section(out, props, cx, session, phase, false);
        }
        return;
    }
    let same: Vec<&Phase> = session
        .phases
        .iter()
        .filter(|p| p.same_as_first())
        .collect();
    if !same.is_empty() {
        out.element("p", &[("class", "same-note")], t(lang, "plan.same.session"));
        same_dates(out, lang, session, &same);
    }
    for phase in session.phases.iter().filter(|p| !p.same_as_first()) {
        phase_section(out, props, cx, session, phase, true);
    }
}

/// The plan, session by session.
pub fn phase_plan(props: &PhasePlan) -> String {
    let protocol = props.plan.protocol;
    let cx = props.cx(&protocol);
    let lang = props.lang;
    let total = props.care.len();
    let mut out = Markup::with_capacity(48 * 1024);
    out.open("div", &[("class", "phase-plan")]);
    if total == 1 {
        for session in props.care {
            out.element(
                "p",
                &[("class", "session-title")],
                &session_heading(lang, session, total),
            );
            session_body(&mut out, props, cx, session);
        }
    } else {
        let open = current_session(props.care, props.today);
        for (index, session) in props.care.iter().enumerate() {
            let id = format!("session-{}", session.session.number);
            let [fold_key, open] = fold(props.folds, &id, index == open);
            out.open(
                "details",
                &[("class", "session-group"), ("id", &id), fold_key, open],
            )
            .open("summary", &[])
            .open("span", &[("class", "session-head")])
            .element(
                "span",
                &[("class", "session-title")],
                &session_heading(lang, session, total),
            )
            .element(
                "span",
                &[("class", "session-line")],
                &session_line(lang, session),
            )
            .close("span")
            .close("summary");
            session_body(&mut out, props, cx, session);
            out.close("details");
        }
    }
    out.close("div");
    out.into_string()
}
