//! The screening result: a verdict in plain words, the reasons with their sources on demand,
//! the earliest date when postponed, when to come back when no calendar can be made, what a
//! plan would depend on, what to ask the provider, "Good to know", and the provider's final say.

use super::plan_item::{info_cards, source_list};
use super::print_plan::clinic_contact;
use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{fill, format_date, t, tf, Lang};
use crate::domain::protocol::ClinicSettings;
use crate::domain::protocol::{Protocol, Severity};
use crate::domain::screening::{Assessment, Finding, Verdict};
use crate::domain::wording::protocol_text;
use crate::ui::ids::{HEADING_ID, PLAN_ID};
use crate::ui::markup::Markup;
use std::rc::Rc;
use yew::prelude::*;

/// The id of "Plan my sessions", which is busy while the plan's module loads.

#[derive(PartialEq)]
pub struct ResultProps {
    pub lang: Lang,
    pub assessment: Assessment,
    /// The numbers in force, which the findings' texts show.
    pub settings: ClinicSettings,
    /// Whom to call, for a person who may not have the treatment.
    pub clinic: Rc<ClinicConfig>,
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

/// A protocol text with the numbers in force.
struct Words<'a> {
    lang: Lang,
    protocol: &'a Protocol,
    settings: &'a ClinicSettings,
}

impl Words<'_> {
    fn text(&self, key: &str) -> String {
        protocol_text(self.lang, key, self.protocol, self.settings)
    }
}

fn finding_item(out: &mut Markup, words: &Words, finding: &Finding) {
    let (lang, protocol) = (words.lang, words.protocol);
    let severity = severity_id(finding.severity);
    out.open("li", &[("class", "finding")])
        .element(
            "span",
            &[("class", &format!("severity {severity}"))],
            t(lang, &format!("severity.{severity}")),
        )
        .element("p", &[], &words.text(&finding.message_key));
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
    if let Some(note) = finding.note_key.as_deref() {
        out.element("p", &[], &words.text(note));
    }
    source_list(out, lang, protocol, finding.sources);
    out.close("details").close("li");
}

/// Everything the result says, before the buttons: the verdict, the reasons, when to come back
/// or what a plan depends on, what to ask, whom to call, and the cards.
fn result_text(props: &ResultProps) -> Html {
    let (lang, a) = (props.lang, &props.assessment);
    let protocol = props.clinic.protocol;
    let words = Words {
        lang,
        protocol: &protocol,
        settings: &props.settings,
    };
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
            finding_item(&mut out, &words, finding);
        }
        out.close("ul");
        come_back(&mut out, &words, a);
        if a.may_plan() {
            conditions(&mut out, &words, a);
        }
        out.open("div", &[("class", "card ask")])
            .element("h2", &[], t(lang, "result.ask"))
            .open("ul", &[]);
        for finding in &a.findings {
            out.element("li", &[], &words.text(&finding.ask_key));
        }
        out.close("ul").close("div");
    }
    if verdict == Verdict::NotSuitable {
        out.open("div", &[("class", "card next-steps")]).element(
            "h2",
            &[],
            t(lang, "result.next_steps"),
        );
        clinic_contact(&mut out, lang, &props.clinic);
        out.close("div");
    }
    out.element("p", &[("class", "final-word")], t(lang, "result.final"));
    out.into_html()
}

/// "Good to know", after the buttons: background for a first consultation, not a step to take.
fn good_to_know(props: &ResultProps) -> Html {
    if props.assessment.verdict == Verdict::Incomplete {
        return Html::default();
    }
    let protocol = props.clinic.protocol;
    let mut out = Markup::new();
    info_cards(&mut out, props.lang, &protocol, protocol.info);
    out.into_html()
}

/// Where a wait lasts months with no date the app can know: when to come back, and that no
/// calendar is made.
fn come_back(out: &mut Markup, words: &Words, a: &Assessment) {
    let keys: Vec<String> = a
        .findings
        .iter()
        .filter_map(Finding::come_back_key)
        .collect();
    if keys.is_empty() || a.verdict == Verdict::NotSuitable {
        return;
    }
    out.open("div", &[("class", "card come-back")]).element(
        "h2",
        &[],
        t(words.lang, "result.come_back"),
    );
    for key in keys {
        out.element("p", &[], &words.text(&key));
    }
    out.element("p", &[], t(words.lang, "result.no_plan"))
        .close("div");
}

/// Where a plan may be made on condition that a short-lived reason has cleared: what each
/// session will depend on.
fn conditions(out: &mut Markup, words: &Words, a: &Assessment) {
    let mut conditions = a.conditions().filter_map(Finding::condition_key).peekable();
    if conditions.peek().is_none() {
        return;
    }
    out.open("div", &[("class", "card condition")]).element(
        "h2",
        &[],
        t(words.lang, "result.condition"),
    );
    for key in conditions {
        let what = words.text(&key);
        let text = fill(t(words.lang, "plan.condition"), &[("what", &what)]);
        out.element("p", &[], &text);
    }
    out.close("div");
}

pub fn result_screen(props: &ResultProps) -> Html {
    let lang = props.lang;
    let on_edit = props.on_edit.reform(|_: MouseEvent| ());
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    let plan = match &props.on_plan {
        Some(on_plan) if props.assessment.may_plan() => {
            let onclick = on_plan.reform(|_: MouseEvent| ());
            Some(
                html! { <button type="button" class="button primary" id={ PLAN_ID } {onclick}>{ t(lang, "result.plan") }</button> },
            )
        }
        _ => None,
    };

    html! {
        <section aria-labelledby={ HEADING_ID }>
            { result_text(props) }
            <div class="actions">
                { plan }
                <button type="button" class="button secondary" onclick={ on_edit }>{ t(lang, "result.edit") }</button>
                <button type="button" class="button secondary" onclick={ on_restart }>{ t(lang, "result.restart") }</button>
            </div>
            { good_to_know(props) }
        </section>
    }
}
