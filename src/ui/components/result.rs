//! The screening result: a verdict in plain words, the reasons with their sources on demand,
//! the earliest date when postponed, what to ask the provider, and the provider's final say.

use crate::domain::i18n::{format_date, lookup, t, tf, Lang};
use crate::domain::protocol::{Protocol, Severity};
use crate::domain::screening::{Assessment, Finding, Verdict};
use crate::ui::state::HEADING_ID;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct ResultProps {
    pub lang: Lang,
    pub assessment: Assessment,
    pub on_plan: Option<Callback<()>>,
    pub on_edit: Callback<()>,
    pub on_restart: Callback<()>,
}

fn severity_id(severity: Severity) -> &'static str {
    match severity {
        Severity::Precaution => "precaution",
        Severity::Consult => "consult",
        Severity::Postpone => "postpone",
        Severity::NotSuitable => "not_suitable",
    }
}

fn finding_item(lang: Lang, protocol: &Protocol, finding: &Finding) -> Html {
    let severity = severity_id(finding.severity);
    let until = finding
        .until
        .map(|d| html! { <p>{ tf(lang, "result.finding_until", &[("date", &format_date(lang, d))]) }</p> });
    let note = finding.note_key.as_deref().and_then(|k| lookup(lang, k));
    html! {
        <li class="finding">
            <span class={ classes!("severity", severity) }>{ t(lang, &format!("severity.{severity}")) }</span>
            <p>{ t(lang, &finding.message_key) }</p>
            { until }
            <details>
                <summary>{ t(lang, "result.why") }</summary>
                if let Some(note) = note {
                    <p>{ note }</p>
                }
                <ul class="sources">
                    { for finding.sources.iter().filter_map(|id| protocol.source(id)).map(|s| html! {
                        <li>{ s.citation }</li>
                    }) }
                </ul>
            </details>
        </li>
    }
}

pub fn result_screen(props: &ResultProps) -> Html {
    let lang = props.lang;
    let a = &props.assessment;
    let protocol = Protocol::builtin();
    let verdict = a.verdict;
    let earliest = a.earliest_date.map(|d| {
        html! { <p class="earliest"><strong>{ tf(lang, "result.earliest", &[("date", &format_date(lang, d))]) }</strong></p> }
    });
    let asks: Vec<&str> = a.findings.iter().map(|f| t(lang, &f.ask_key)).collect();
    let on_edit = props.on_edit.reform(|_: MouseEvent| ());
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    let plan = match (&props.on_plan, verdict) {
        (Some(on_plan), v) if v != Verdict::NotSuitable && v != Verdict::Incomplete => {
            let onclick = on_plan.reform(|_: MouseEvent| ());
            Some(
                html! { <button type="button" class="button primary" id="plan-sessions" {onclick}>{ t(lang, "result.plan") }</button> },
            )
        }
        _ => None,
    };

    html! {
        <section aria-labelledby={ HEADING_ID }>
            <div class={ classes!("verdict", verdict.id()) }>
                <h1 id={ HEADING_ID } tabindex="-1">{ t(lang, &verdict.title_key()) }</h1>
                <p>{ t(lang, &verdict.body_key()) }</p>
                { earliest }
            </div>
            if !a.findings.is_empty() {
                <h2>{ t(lang, "result.reasons") }</h2>
                <ul class="findings">
                    { for a.findings.iter().map(|f| finding_item(lang, &protocol, f)) }
                </ul>
            }
            if !asks.is_empty() {
                <div class="card ask">
                    <h2>{ t(lang, "result.ask") }</h2>
                    <ul>{ for asks.iter().map(|text| html! { <li>{ *text }</li> }) }</ul>
                </div>
            }
            <p class="final-word">{ t(lang, "result.final") }</p>
            <div class="actions">
                { plan }
                <button type="button" class="button secondary" onclick={ on_edit }>{ t(lang, "result.edit") }</button>
                <button type="button" class="button secondary" onclick={ on_restart }>{ t(lang, "result.restart") }</button>
            </div>
        </section>
    }
}
