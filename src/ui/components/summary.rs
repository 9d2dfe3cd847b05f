//! The summary for the person's provider: every answer in words, the verdict, the findings
//! with their sources, the planned sessions and the date it was made, to print and bring to
//! the consultation. The same screen offers the answers in FHIR for the clinic's records.

use super::plan_item::session_items;
use crate::domain::answers::Value;
use crate::domain::i18n::{format_date, lookup, t, tf, Lang};
use crate::domain::protocol::{AnswerKind, Question};
use crate::ui::state::{AppState, HEADING_ID};
use yew::prelude::*;

pub struct SummaryProps<'a> {
    pub state: &'a AppState,
    pub on_print: Callback<()>,
    pub on_response: Callback<()>,
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

pub fn summary_screen(props: &SummaryProps) -> Html {
    let state = props.state;
    let lang = state.lang;
    let assessment = state.assessment();
    let ctx = state.context();
    let answers = state.visible_steps().into_iter().flat_map(|i| {
        state.shown_questions(i, &ctx).into_iter().map(|q| {
            let answer = state.answers.get(q.id).map_or_else(
                || t(lang, "summary.unanswered").to_string(),
                |v| answer_text(lang, q, v),
            );
            html! { <><dt>{ t(lang, &format!("q.{}", q.id)) }</dt><dd>{ answer }</dd></> }
        })
    });
    let findings = assessment.findings.iter().map(|f| {
        let sources = f.sources.iter().filter_map(|id| state.protocol.source(id));
        html! {
            <li>
                <p>{ t(lang, &f.message_key) }</p>
                <ul class="sources">{ for sources.map(|s| html! { <li>{ s.citation }</li> }) }</ul>
            </li>
        }
    });
    let sessions = state.plan(&assessment).and_then(Result::ok).map(|plan| {
        html! {
            <section>
                <h2>{ t(lang, "summary.sessions") }</h2>
                <ol>
                    { session_items(lang, &plan) }
                </ol>
            </section>
        }
    });
    let verdict = assessment.verdict;

    html! {
        <section aria-labelledby={ HEADING_ID } class="summary">
            <h1 id={ HEADING_ID } tabindex="-1">{ t(lang, "title.summary") }</h1>
            <section>
                <h2>{ t(lang, "summary.result") }</h2>
                <p class="summary-verdict"><strong>{ t(lang, &verdict.title_key()) }</strong></p>
                <p>{ t(lang, &verdict.body_key()) }</p>
                if let Some(d) = assessment.earliest_date {
                    <p>{ tf(lang, "result.earliest", &[("date", &format_date(lang, d))]) }</p>
                }
            </section>
            <section>
                <h2>{ t(lang, "summary.findings") }</h2>
                if assessment.findings.is_empty() {
                    <p>{ t(lang, "summary.no_findings") }</p>
                } else {
                    <ul class="summary-findings">{ for findings }</ul>
                }
            </section>
            { sessions }
            <section>
                <h2>{ t(lang, "summary.answers") }</h2>
                <dl class="summary-answers">{ for answers }</dl>
            </section>
            <p class="final-word">{ t(lang, "result.final") }</p>
            <p>{ tf(lang, "summary.made_on", &[("date", &format_date(lang, state.today))]) }</p>
            <div class="actions no-print">
                <button type="button" class="button primary" id="print-summary" onclick={ props.on_print.reform(|_| ()) }>{ t(lang, "summary.print") }</button>
                <button type="button" class="button secondary" id="export-response" onclick={ props.on_response.reform(|_| ()) }>{ t(lang, "export.response") }</button>
                <button type="button" class="link-button" id="export-questionnaire" onclick={ props.on_questionnaire.reform(|_| ()) }>{ t(lang, "export.questionnaire") }</button>
                <button type="button" class="button secondary" onclick={ props.on_back.reform(|_| ()) }>{ t(lang, "nav.back") }</button>
            </div>
        </section>
    }
}
