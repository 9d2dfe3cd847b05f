//! What matters now, at the top of the plan: today's instructions, the next thing coming with
//! its date, and, in the aftercare, the warning signs with a way to call. What it shows is
//! worked out by `plan::today`; this only writes it.

use super::phase_plan::warning_block;
use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{fill, format_date, format_day, t, Lang};
use crate::domain::plan::{
    entry_when, item_title, phase_title, CarePlan, Entry, SessionCare, TodayView,
};
use crate::ui::markup::Markup;

fn titles(out: &mut Markup, lang: Lang, plan: &CarePlan, entries: &[Entry], with_when: bool) {
    out.open("ul", &[("class", "today-items")]);
    for e in entries {
        let Some(item) = plan.items.get(e.item) else {
            continue;
        };
        out.open("li", &[("class", &format!("cat-{}", item.category.id()))])
            .element("span", &[("class", "today-title")], &item_title(lang, item));
        if with_when {
            out.text(" ").element(
                "span",
                &[("class", "today-when")],
                &entry_when(lang, item, e),
            );
        }
        out.close("li");
    }
    out.close("ul");
}

/// The Today card.
pub fn today_card(
    lang: Lang,
    plan: &CarePlan,
    care: &[SessionCare],
    view: &TodayView,
    clinic: &ClinicConfig,
    phone: Option<&str>,
) -> String {
    let mut out = Markup::with_capacity(4096);
    out.open(
        "section",
        &[
            ("class", "card today-card"),
            ("id", "today"),
            ("aria-labelledby", "today-heading"),
        ],
    )
    .element(
        "h2",
        &[("id", "today-heading"), ("tabindex", "-1")],
        &fill(
            t(lang, "today.title"),
            &[("date", &format_date(lang, view.date))],
        ),
    );
    if let Some((s, p)) = view.phase {
        if let Some((session, phase)) = care.get(s).and_then(|c| Some((c, c.phases.get(p)?))) {
            let line = fill(
                t(lang, "today.phase"),
                &[
                    ("n", &session.session.number.to_string()),
                    ("phase", &phase_title(lang, phase, session.session.date)),
                ],
            );
            out.element("p", &[("class", "today-phase")], &line);
        }
    }
    if view.done {
        out.element("p", &[], t(lang, "today.done"));
    } else if view.now.is_empty() {
        out.element("p", &[], t(lang, "today.nothing"));
    } else {
        out.element("h3", &[], t(lang, "today.now"));
        titles(&mut out, lang, plan, &view.now, true);
    }
    if let Some((date, entries)) = &view.next {
        out.element(
            "h3",
            &[],
            &fill(t(lang, "today.next"), &[("date", &format_day(lang, *date))]),
        );
        titles(&mut out, lang, plan, entries, false);
    }
    if view.warning {
        warning_block(&mut out, lang, clinic, phone);
    }
    out.close("section");
    out.into_string()
}
