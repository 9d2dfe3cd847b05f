//! The parts of the printed care plan that the screen shows differently: a title with the
//! clinic and the session dates, the warning signs in a box, and every source cited. The
//! day-by-day checklist on paper is the agenda itself, restyled by `styles/print.css`, so the
//! plan is built into the page once, not twice.

use super::plan_item::session_items;
use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{t, Lang};
use crate::domain::plan::{warning_signs, CarePlan};
use crate::ui::markup::Markup;
use yew::Html;

/// How to reach the clinic, as shown beside the warning signs and on paper: "call North Clinic
/// on 555 0100 or write to desk@north.example", or a plain "call your clinic".
pub fn clinic_contact(out: &mut Markup, lang: Lang, clinic: &ClinicConfig) {
    let name = clinic
        .name
        .as_deref()
        .unwrap_or_else(|| t(lang, "plan.contact.your_clinic"));
    out.open("p", &[("class", "clinic-contact")])
        .text(t(lang, "plan.contact.call"))
        .text(" ")
        .text(name);
    let phone = clinic.phone.as_ref().zip(clinic.phone_href());
    let email = clinic.email.as_ref().zip(clinic.email_href());
    for (joiner, (shown, href)) in [("plan.contact.on", phone), ("plan.contact.or_write", email)]
        .into_iter()
        .filter_map(|(joiner, link)| Some((joiner, link?)))
    {
        out.text(" ")
            .text(t(lang, joiner))
            .text(" ")
            .element("a", &[("href", &href)], shown);
    }
    out.text(".").close("p");
}

/// Before the days: what the plan is, whose it is, when the sessions are, what to watch for.
pub fn print_head(lang: Lang, plan: &CarePlan, clinic: &ClinicConfig) -> Html {
    let mut out = Markup::new();
    out.open(
        "section",
        &[("class", "print-plan print-head"), ("aria-hidden", "true")],
    )
    .element("h2", &[], t(lang, "print.title"));
    if let Some(name) = &clinic.name {
        out.open("p", &[("class", "print-clinic")]).text(name);
        for contact in [&clinic.phone, &clinic.email, &clinic.website]
            .into_iter()
            .flatten()
        {
            out.text(" · ").text(contact);
        }
        out.close("p");
    }
    out.open("ul", &[("class", "print-sessions")]);
    session_items(&mut out, lang, plan);
    out.close("ul")
        .open("div", &[("class", "print-warning")])
        .element("h3", &[], t(lang, "plan.warning.title"))
        .element("p", &[], &warning_signs(lang).join(" · "));
    clinic_contact(&mut out, lang, clinic);
    out.close("div").close("section");
    out.into_html()
}

/// After the days: every source the plan and its "Good to know" cards cite, in the protocol's
/// order (the five articles first).
pub fn print_sources(lang: Lang, plan: &CarePlan) -> Html {
    let mut out = Markup::new();
    out.open(
        "section",
        &[
            ("class", "print-plan print-sources"),
            ("aria-hidden", "true"),
        ],
    )
    .element("h3", &[], t(lang, "print.sources"))
    .open("ol", &[]);
    let protocol = plan.protocol;
    for source in protocol.sources {
        let cited = |sources: &[&str]| sources.contains(&source.id);
        if plan.items.iter().any(|i| cited(i.sources))
            || protocol.info.iter().any(|c| cited(c.sources))
        {
            out.element("li", &[], source.cite(lang));
        }
    }
    out.close("ol")
        .element("p", &[], t(lang, "result.final"))
        .close("section");
    out.into_html()
}
