//! The printed care plan: hidden on screen, the only thing on paper. A checklist a person can
//! tick off day by day, the warning signs, the clinic, and every source cited.

use super::agenda::phase;
use super::plan_item::session_items;
use crate::domain::i18n::{format_date, format_time, t, tf, Lang};
use crate::domain::plan::{continued_text, item_text, warning_signs, CarePlan};
use crate::domain::protocol::Protocol;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct PrintPlanProps {
    pub lang: Lang,
    pub plan: CarePlan,
    pub clinic: std::rc::Rc<crate::domain::clinic::ClinicConfig>,
}

pub fn print_plan(props: &PrintPlanProps) -> Html {
    let lang = props.lang;
    let plan = &props.plan;
    let protocol = Protocol::builtin();
    // Every source the plan cites, in the protocol's order (seed articles first).
    let sources: Vec<_> = protocol
        .sources
        .iter()
        .filter(|s| plan.items.iter().any(|i| i.sources.contains(&s.id)))
        .collect();

    html! {
        <section class="print-plan" aria-hidden="true">
            <header class="print-head">
                <h2>{ t(lang, "print.title") }</h2>
                if let Some(name) = &props.clinic.name {
                    <p class="print-clinic">
                        { name.clone() }
                        { for [&props.clinic.phone, &props.clinic.email, &props.clinic.website].into_iter().flatten().map(|c| format!(" · {c}")) }
                    </p>
                }
                <ul class="print-sessions">
                    { session_items(lang, plan) }
                </ul>
            </header>
            <div class="print-warning">
                <h3>{ t(lang, "plan.warning.title") }</h3>
                <p>{ warning_signs(lang).join(" · ") }</p>
                { super::plan_screen::clinic_contact(lang, &props.clinic) }
            </div>
            <div class="print-days">
            { for plan.days.iter().map(|day| {
                let (key, n) = phase(plan, day);
                html! {
                    <div class="print-day">
                        <h4>{ format_date(lang, day.date) }<span class="print-phase">{ tf(lang, key, &[("n", &n.to_string())]) }</span></h4>
                        <ul>
                            { for plan.day_items(day).map(|(item, continued)| {
                                let text = if continued { continued_text(lang, item) } else { item_text(lang, item) };
                                let time = item.time.map(|tm| format!("{} · ", format_time(lang, tm)));
                                html! { <li><span class="tick"></span>{ time }{ text }</li> }
                            }) }
                        </ul>
                    </div>
                }
            }) }
            </div>
            <div class="print-sources">
                <h3>{ t(lang, "print.sources") }</h3>
                <ol>{ for sources.iter().map(|s| html! { <li>{ s.citation }</li> }) }</ol>
                <p>{ t(lang, "result.final") }</p>
            </div>
        </section>
    }
}
