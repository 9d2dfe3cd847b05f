//! The summary for the person's provider: every answer in words, the verdict, the findings
//! with their sources, the planned sessions and the date it was made, to print and bring to
//! the consultation. The same screen offers the answers in FHIR for the clinic's records.

use super::plan_item::{session_items, setting_notes, source_list, ItemContext};
use crate::domain::answers::Value;
use crate::domain::fhir::questionnaire_file;
use crate::domain::i18n::{format_date, lookup, t, tf, Lang};
use crate::domain::plan::condition_texts;
use crate::domain::protocol::{AnswerKind, Question, SettingDef};
use crate::domain::wording::protocol_text;
use crate::ui::ids::HEADING_ID;
use crate::ui::markup::Markup;
use crate::ui::state::AppState;
use yew::prelude::*;

pub struct SummaryProps<'a> {
    pub lang: Lang,
    pub state: &'a AppState,
    pub on_print: Callback<()>,
    pub on_response: Callback<()>,
    /// Downloads the Questionnaire of a clinic with its own questions (the build's file has
    /// only the built-in ones).
    pub on_questionnaire: Callback<()>,
    pub on_back: Callback<()>,
}

/// An answer in the person's words: Yes or No, the number, the date in full, the options' names.
pub fn answer_text(lang: Lang, q: &Question, value: &Value) -> String {
    let option = |o: &str| {
        lookup(lang, &format!("opt.{}.{o}", q.id))
            .unwrap_or(o)
            .to_string()
    };
    match value {
        Value::Bool(b) => t(lang, if *b { "answer.yes" } else { "answer.no" }).to_string(),
        // Whole numbers only, as the questions ask; float formatting would cost wasm size.
        Value::Number(n) => (*n as i64).to_string(),
        Value::Text(text) => match (q.kind, value.as_date()) {
            (AnswerKind::Date { .. }, Some(d)) => format_date(lang, d),
            _ => option(text),
        },
        Value::List(items) => items
            .iter()
            .map(|o| option(o))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// What the provider reads: the result, the reasons with their sources, the sessions, every
/// answer, and the date.
fn summary_text(lang: Lang, state: &AppState) -> Html {
    let assessment = state.assessment();
    let plan = state.plan(&assessment).and_then(Result::ok);
    let verdict = assessment.verdict;
    let protocol = &state.protocol;
    let text = |key: &str| protocol_text(lang, key, protocol, &state.settings);
    let mut out = Markup::new();
    out.element(
        "h1",
        &[("id", HEADING_ID), ("tabindex", "-1")],
        t(lang, "title.summary"),
    )
    .open("section", &[])
    .element("h2", &[], t(lang, "summary.result"))
    .open("p", &[("class", "summary-verdict")])
    .element("strong", &[], t(lang, &verdict.title_key()))
    .close("p")
    .element("p", &[], t(lang, &verdict.body_key()));
    if let Some(d) = assessment.earliest_date {
        let earliest = tf(lang, "result.earliest", &[("date", &format_date(lang, d))]);
        out.element("p", &[], &earliest);
    }
    out.close("section")
        .open("section", &[])
        .element("h2", &[], t(lang, "summary.findings"));
    if assessment.findings.is_empty() {
        out.element("p", &[], t(lang, "summary.no_findings"));
    } else {
        out.open("ul", &[("class", "summary-findings")]);
        for finding in &assessment.findings {
            out.open("li", &[])
                .element("p", &[], &text(&finding.message_key));
            for key in [
                finding.note_key.clone(),
                finding.come_back_key(),
                finding.condition_key(),
            ]
            .into_iter()
            .flatten()
            {
                out.element("p", &[("class", "finding-note")], &text(&key));
            }
            source_list(&mut out, lang, protocol, finding.sources);
            out.close("li");
        }
        out.close("ul");
    }
    out.close("section");
    let disputed = disputed_numbers(state, &assessment, plan.as_ref());
    if !disputed.is_empty() {
        let cx = ItemContext {
            lang,
            protocol,
            settings: &state.settings,
        };
        out.open("section", &[])
            .element("h2", &[], t(lang, "summary.disputed"));
        setting_notes(&mut out, cx, &disputed);
        out.close("section");
    }
    if let Some(plan) = &plan {
        out.open("section", &[])
            .element("h2", &[], t(lang, "summary.sessions"))
            .open("ol", &[]);
        session_items(&mut out, lang, plan);
        out.close("ol");
        for condition in condition_texts(lang, plan) {
            out.element("p", &[("class", "plan-condition")], &condition);
        }
        out.close("section");
    }
    out.open("section", &[])
        .element("h2", &[], t(lang, "summary.answers"))
        .open("dl", &[("class", "summary-answers")]);
    let ctx = state.context();
    for step in state.visible_steps() {
        for q in state.shown_questions(step, &ctx) {
            let answer = state.answers.get(q.id).map_or_else(
                || t(lang, "summary.unanswered").to_string(),
                |v| answer_text(lang, q, v),
            );
            out.element("dt", &[], t(lang, &format!("q.{}", q.id)))
                .element("dd", &[], &answer);
        }
    }
    out.close("dl")
        .close("section")
        .element("p", &[("class", "final-word")], t(lang, "result.final"))
        .element(
            "p",
            &[],
            &tf(
                lang,
                "summary.made_on",
                &[("date", &format_date(lang, state.today))],
            ),
        );
    out.into_html()
}

/// The numbers this person's screening and plan use on which the sources disagree, each once,
/// in the protocol's order: the provider sees what the planner chose and why.
fn disputed_numbers(
    state: &AppState,
    assessment: &crate::domain::screening::Assessment,
    plan: Option<&crate::domain::plan::CarePlan>,
) -> Vec<&'static SettingDef> {
    let protocol = &state.protocol;
    let mut used: Vec<&str> = assessment
        .findings
        .iter()
        .filter_map(|f| protocol.rule(f.rule))
        .flat_map(|rule| rule.settings())
        .collect();
    if let Some(plan) = plan {
        used.extend(
            plan.items
                .iter()
                .filter_map(|item| protocol.care_step(item.step))
                .flat_map(|step| step.settings()),
        );
    }
    protocol
        .settings
        .iter()
        .filter(|def| def.disputed && used.contains(&def.id))
        .collect()
}

pub fn summary_screen(props: &SummaryProps) -> Html {
    let lang = props.lang;
    html! {
        <section aria-labelledby={ HEADING_ID } class="summary">
            { summary_text(lang, props.state) }
            <div class="actions no-print">
                <button type="button" class="button primary" id="print-summary" onclick={ props.on_print.reform(|_| ()) }>{ t(lang, "summary.print") }</button>
                <button type="button" class="button secondary" id="export-response" onclick={ props.on_response.reform(|_| ()) }>{ t(lang, "export.response") }</button>
                if props.state.protocol.content.is_some() {
                    // A clinic's own questions: its Questionnaire is made here.
                    <button type="button" class="link-button" id="export-questionnaire" onclick={ props.on_questionnaire.reform(|_| ()) }>{ t(lang, "export.questionnaire") }</button>
                } else {
                    // The built-in Questionnaire is the same for everyone: a file of the build.
                    <a class="link-button" id="export-questionnaire" href={ questionnaire_file(lang) }
                        download="microneedling-questionnaire.json">{ t(lang, "export.questionnaire") }</a>
                }
                <button type="button" class="button secondary" onclick={ props.on_back.reform(|_| ()) }>{ t(lang, "nav.back") }</button>
            </div>
        </section>
    }
}
