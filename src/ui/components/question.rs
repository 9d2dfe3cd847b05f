//! One question, drawn from the protocol's description: the right native control for its
//! answer type, its label or legend, its help text and its error, all tied together with ids
//! so screen readers read them as one.

use crate::domain::answers::Value;
use crate::domain::i18n::{lookup, t, tf, Lang};
use crate::domain::protocol::{AnswerKind, Question};
use crate::ui::ids::field_id;
use crate::ui::platform;
use crate::ui::state::FieldError;
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: &'static Question,
    pub lang: Lang,
    pub value: Option<Value>,
    pub error: Option<FieldError>,
    pub today: NaiveDate,
    pub on_answer: Callback<(&'static str, Option<Value>)>,
}

#[function_component(QuestionField)]
pub fn question_field(props: &QuestionProps) -> Html {
    let q = props.question;
    let lang = props.lang;
    let id = field_id(q.id);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let help_key = format!("q.{}.help", q.id);
    let help = q
        .help
        .then(|| html! { <p class="help" id={ help_id.clone() }>{ t(lang, &help_key) }</p> });
    let error = props.error.as_ref().map(|e| {
        let params: Vec<(&str, &str)> = e.params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        html! { <p class="field-error" id={ error_id.clone() }>{ tf(lang, e.key, &params) }</p> }
    });
    let described: Vec<&str> = [
        q.help.then_some(help_id.as_str()),
        error.is_some().then_some(error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let describedby = (!described.is_empty()).then(|| described.join(" "));
    let invalid = props.error.as_ref().map(|_| "true");
    let label = t(lang, &format!("q.{}", q.id)).to_string();
    let class = classes!("question", props.error.as_ref().map(|_| "has-error"));
    let qid = q.id;

    match q.kind {
        AnswerKind::Number { min, max } => {
            let on_answer = props.on_answer.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                if let Some(raw) = platform::target_value(&e) {
                    on_answer.emit((qid, q.kind.read_form(&[raw])));
                }
            });
            let value = match &props.value {
                // Whole numbers only: the questions ask for whole years, and leaving float
                // formatting out of the wasm saves about 6 KB.
                Some(Value::Number(n)) => (*n as i64).to_string(),
                Some(Value::Text(s)) => s.clone(),
                _ => String::new(),
            };
            html! {
                <div {class}>
                    <label class="question-label" for={ id.clone() }>{ label }</label>
                    { help }
                    <input type="number" id={ id.clone() } name={ id } inputmode="numeric" step="1"
                        min={ min.to_string() } max={ max.to_string() } {value} {oninput}
                        aria-describedby={ describedby } aria-invalid={ invalid } />
                    { error }
                </div>
            }
        }
        AnswerKind::Date { past_only } => {
            let on_answer = props.on_answer.clone();
            let onchange = Callback::from(move |e: Event| {
                if let Some(raw) = platform::target_value(&e) {
                    on_answer.emit((qid, q.kind.read_form(&[raw])));
                }
            });
            let value = props
                .value
                .as_ref()
                .and_then(Value::as_text)
                .unwrap_or_default()
                .to_string();
            let max = past_only.then(|| props.today.to_string());
            html! {
                <div {class}>
                    <label class="question-label" for={ id.clone() }>{ label }</label>
                    { help }
                    <input type="date" id={ id.clone() } name={ id } {value} {max} {onchange}
                        aria-describedby={ describedby } aria-invalid={ invalid } />
                    { error }
                </div>
            }
        }
        AnswerKind::YesNo => {
            let chosen = props.value.as_ref().and_then(Value::as_bool);
            let options = [(true, "answer.yes"), (false, "answer.no")].map(|(answer, key)| {
                let on_answer = props.on_answer.clone();
                let onchange = Callback::from(move |_: Event| {
                    on_answer.emit((qid, Some(Value::Bool(answer))))
                });
                (
                    answer.to_string(),
                    t(lang, key).to_string(),
                    chosen == Some(answer),
                    onchange,
                )
            });
            html! {
                <fieldset {class} aria-describedby={ describedby.clone() }>
                    <legend>{ label }</legend>
                    { help }
                    <div class="choices inline">
                        { for options.into_iter().enumerate().map(|(i, (value, text, checked, onchange))| {
                            let input_id = if i == 0 { id.clone() } else { format!("{id}-{value}") };
                            html! {
                                <label class="choice" for={ input_id.clone() }>
                                    <input type="radio" id={ input_id } name={ id.clone() } {value} {checked} {onchange}
                                        aria-invalid={ invalid } />
                                    <span>{ text }</span>
                                </label>
                            }
                        }) }
                    </div>
                    { error }
                </fieldset>
            }
        }
        AnswerKind::Choice { options } | AnswerKind::Multi { options } => {
            let multi = matches!(q.kind, AnswerKind::Multi { .. });
            let chosen: Vec<String> = match &props.value {
                Some(Value::List(items)) => items.clone(),
                Some(Value::Text(one)) => vec![one.clone()],
                _ => Vec::new(),
            };
            let notes: Vec<&str> = options
                .iter()
                .filter(|o| chosen.iter().any(|c| c == *o))
                .filter_map(|o| lookup(lang, &format!("opt.{qid}.{o}.note")))
                .collect();
            html! {
                <fieldset {class} aria-describedby={ describedby.clone() }>
                    <legend>{ label }</legend>
                    { help }
                    <div class="choices">
                        { for options.iter().enumerate().map(|(i, &option)| {
                            let input_id = if i == 0 { id.clone() } else { format!("{id}-{option}") };
                            let checked = chosen.iter().any(|c| c == option);
                            let on_answer = props.on_answer.clone();
                            let current = chosen.clone();
                            let onchange = Callback::from(move |_: Event| {
                                let value = if multi {
                                    let mut list: Vec<String> = current.iter().filter(|c| *c != option).cloned().collect();
                                    if !checked {
                                        list.push(option.to_string());
                                    }
                                    (!list.is_empty()).then_some(Value::List(list))
                                } else {
                                    Some(Value::Text(option.to_string()))
                                };
                                on_answer.emit((qid, value));
                            });
                            html! {
                                <label class="choice" for={ input_id.clone() }>
                                    <input type={ if multi { "checkbox" } else { "radio" } } id={ input_id }
                                        name={ id.clone() } value={ option } {checked} {onchange}
                                        aria-invalid={ invalid } />
                                    <span>{ t(lang, &format!("opt.{qid}.{option}")) }</span>
                                </label>
                            }
                        }) }
                    </div>
                    { for notes.into_iter().map(|note| html! { <p class="notice" role="note">{ note }</p> }) }
                    { error }
                </fieldset>
            }
        }
    }
}
