//! The parts of the printed care plan that the screen shows differently: a title with the
//! clinic and the session dates, the warning signs in a box, and every source cited. The
//! day-by-day checklist on paper is the agenda itself, restyled by `styles/print.css`, so the
//! plan is built into the page once, not twice.

use super::plan_item::session_items;
use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{t, Lang};
use crate::domain::plan::{warning_signs, CarePlan};
use crate::domain::protocol::Protocol;
use yew::prelude::*;

/// Before the days: what the plan is, whose it is, when the sessions are, what to watch for.
pub fn print_head(lang: Lang, plan: &CarePlan, clinic: &ClinicConfig) -> Html {
    html! {
        <section class="print-plan print-head" aria-hidden="true">
            <h2>{ t(lang, "print.title") }</h2>
            if let Some(name) = &clinic.name {
                <p class="print-clinic">
                    { name.clone() }
                    { for [&clinic.phone, &clinic.email, &clinic.website].into_iter().flatten().map(|c| format!(" · {c}")) }
                </p>
            }
            <ul class="print-sessions">{ session_items(lang, plan) }</ul>
            <div class="print-warning">
                <h3>{ t(lang, "plan.warning.title") }</h3>
                <p>{ warning_signs(lang).join(" · ") }</p>
                { super::plan_screen::clinic_contact(lang, clinic) }
            </div>
        </section>
    }
}

/// After the days: every source the plan cites, in the protocol's order (seed articles first).
pub fn print_sources(lang: Lang, plan: &CarePlan) -> Html {
    let protocol = Protocol::builtin();
    html! {
        <section class="print-plan print-sources" aria-hidden="true">
            <h3>{ t(lang, "print.sources") }</h3>
            <ol>
                { for protocol.sources.iter()
                    .filter(|s| plan.items.iter().any(|i| i.sources.contains(&s.id)))
                    .map(|s| html! { <li>{ s.citation }</li> }) }
            </ol>
            <p>{ t(lang, "result.final") }</p>
        </section>
    }
}
