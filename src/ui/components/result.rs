//! The screening result: a verdict in plain words, the reasons with their sources on demand,
//! the earliest date when postponed, what to ask the provider, and the provider's final say.

use super::plan_item::source_list;
use crate::domain::i18n::{format_date, lookup, t, tf, Lang};
use crate::domain::protocol::{Protocol, Severity};
use crate::domain::screening::{Assessment, Finding, Verdict};
use crate::ui::markup::Markup;
use crate::ui::state::HEADING_ID;
use yew::prelude::*;

/// The id of "Plan my sessions", which is busy while the plan's module loads.
pub const PLAN_ID: &str = "plan-sessions";

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

fn finding_item(out: &mut Markup, lang: Lang, protocol: &Protocol, finding: &Finding) {
    let severity = severity_id(finding.severity);
    out.open("li", &[("class", "finding")])
        .element(
            "span",
            &[("class", &format!("severity {severity}"))],
            t(lang, &format!("severity.{severity}")),
        )
        .element("p", &[], t(lang, &finding.message_key));
    if let Some(d) = finding.until {
        let until = tf(
            lang,
            "result.finding_until",
            &[("date", &format_date(lang, d))],
        );
        out.element("p", &[], &until);
    }
    out.open("details", &[])
        .element("summary", &[], t(lang, "result.why"));
    if let Some(note) = finding.note_key.as_deref().and_then(|k| lookup(lang, k)) {
        out.element("p", &[], note);
    }
    source_list(out, protocol, finding.sources);
    out.close("details").close("li");
}

/// Everything the result says, before the buttons: the verdict, the reasons, what to ask.
fn result_text(lang: Lang, a: &Assessment) -> Html {
    let protocol = Protocol::builtin();
    let verdict = a.verdict;
    let mut out = Markup::new();
    out.open("div", &[("class", &format!("verdict {}", verdict.id()))])
        .element(
            "h1",
            &[("id", HEADING_ID), ("tabindex", "-1")],
            t(lang, &verdict.title_key()),
        )
        .element("p", &[], t(lang, &verdict.body_key()));
    if let Some(d) = a.earliest_date {
        let earliest = tf(lang, "result.earliest", &[("date", &format_date(lang, d))]);
        out.open("p", &[("class", "earliest")])
            .element("strong", &[], &earliest)
            .close("p");
    }
    out.close("div");
    if !a.findings.is_empty() {
        out.element("h2", &[], t(lang, "result.reasons"))
            .open("ul", &[("class", "findings")]);
        for finding in &a.findings {
            finding_item(&mut out, lang, &protocol, finding);
        }
        out.close("ul")
            .open("div", &[("class", "card ask")])
            .element("h2", &[], t(lang, "result.ask"))
            .open("ul", &[]);
        for finding in &a.findings {
            out.element("li", &[], t(lang, &finding.ask_key));
        }
        out.close("ul").close("div");
    }
    out.element("p", &[("class", "final-word")], t(lang, "result.final"));
    out.into_html()
}

pub fn result_screen(props: &ResultProps) -> Html {
    let lang = props.lang;
    let verdict = props.assessment.verdict;
    let on_edit = props.on_edit.reform(|_: MouseEvent| ());
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    let plan = match (&props.on_plan, verdict) {
        (Some(on_plan), v) if v != Verdict::NotSuitable && v != Verdict::Incomplete => {
            let onclick = on_plan.reform(|_: MouseEvent| ());
            Some(
                html! { <button type="button" class="button primary" id={ PLAN_ID } {onclick}>{ t(lang, "result.plan") }</button> },
            )
        }
        _ => None,
    };

    html! {
        <section aria-labelledby={ HEADING_ID }>
            { result_text(lang, &props.assessment) }
            <div class="actions">
                { plan }
                <button type="button" class="button secondary" onclick={ on_edit }>{ t(lang, "result.edit") }</button>
                <button type="button" class="button secondary" onclick={ on_restart }>{ t(lang, "result.restart") }</button>
            </div>
        </section>
    }
}
