//! The clinic's own content in the form: the built-in care steps it uses, and its questions and
//! care steps, each a fieldset of labelled controls. Every control writes a draft field named as
//! the content reader names its problems, so each problem shows at its control.

use super::fields::{control_id, described, problem_list, Form};
use super::state::{Action, Cfg};
use crate::domain::clinic::content::{applies_id, severity_id};
use crate::domain::clinic::draft_content::{item_form, item_key, switchable, TEXTS};
use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{t, tf, Lang};
use crate::domain::protocol::{Applies, Category, PhaseKind, Severity};
use crate::domain::wording::protocol_text;
use crate::ui::platform;
use yew::prelude::*;

/// Every field of the content that can hold a problem, groups and items included (for the
/// summary's count).
pub fn content_fields(cfg: &Cfg) -> Vec<String> {
    let mut fields: Vec<String> = switchable(&cfg.protocol)
        .iter()
        .map(|id| format!("switches.{id}"))
        .collect();
    for list in ["questions", "care_steps"] {
        for i in 0..cfg.draft.count(list) {
            fields.push(format!("{list}[{i}]"));
            for member in item_form(list) {
                fields.push(item_key(list, i, member));
                if TEXTS.contains(member) {
                    fields.extend(
                        Lang::ALL
                            .iter()
                            .map(|l| item_key(list, i, &format!("{member}.{}", l.code()))),
                    );
                }
            }
            if list == "care_steps" {
                fields.push(item_key(list, i, "only_if"));
            }
        }
    }
    fields
}

/// The built-in care steps, each with a checkbox "used by the clinic".
pub fn switches_section(form: &Form, config: &ClinicConfig) -> Html {
    let cfg = &form.cfg;
    let lang = cfg.lang;
    html! {
        <fieldset class="card cfg-switches" id="f-switches">
            <legend>{ t(lang, "cfg.switches.title") }</legend>
            <p class="hint">{ t(lang, "cfg.switches.lead") }</p>
            { for switchable(&cfg.protocol).into_iter().map(|id| {
                let field = format!("switches.{id}");
                let control = control_id(&field);
                let d = described(form, &field, false);
                let on = cfg.draft.get(&field).trim() != "false";
                let title = step_title(cfg, id, config);
                let onchange = {
                    let cfg = cfg.clone();
                    let field = field.clone();
                    Callback::from(move |e: Event| {
                        let value = if platform::is_checked(&e) { "true" } else { "false" };
                        cfg.dispatch(Action::Set(field.clone(), value.into()));
                    })
                };
                html! {
                    <div class="field switch-field">
                        <label class="choice" for={control.clone()}>
                            <input type="checkbox" id={control} checked={on} {onchange}
                                aria-describedby={d.described_by} aria-invalid={d.invalid} />
                            { tf(lang, "cfg.switch.label", &[("step", &title)]) }
                        </label>
                        { d.problems }
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// A built-in step's title in the page's language; one that needs a plan's numbers (the next
/// session's "{next} of {sessions}") is named by its kind instead.
fn step_title(cfg: &Cfg, id: &str, config: &ClinicConfig) -> String {
    let lang = cfg.lang;
    let title = protocol_text(
        lang,
        &format!("care.{id}.title"),
        &cfg.protocol,
        &config.settings,
    );
    match cfg.protocol.care_step(id) {
        Some(step) if title.contains('{') => {
            t(lang, &format!("care.category.{}", step.category.id())).to_string()
        }
        _ => title,
    }
}

/// The clinic's questions or care steps: a fieldset per item, and a button to add one.
pub fn items_section(form: &Form, list: &'static str) -> Html {
    let cfg = &form.cfg;
    let lang = cfg.lang;
    let questions = list == "questions";
    let key = |k: &str| format!("cfg.{}.{k}", if questions { "questions" } else { "steps" });
    let onclick = {
        let cfg = cfg.clone();
        Callback::from(move |_| cfg.dispatch(Action::Add(list)))
    };
    html! {
        <fieldset class="card cfg-items" id={control_id(list)}>
            <legend>{ t(lang, &key("title")) }</legend>
            <p class="hint">{ t(lang, &key("lead")) }</p>
            if cfg.draft.count(list) == 0 { <p>{ t(lang, &key("none")) }</p> }
            { for (0..cfg.draft.count(list)).map(|i| item(form, list, i)) }
            <p><button type="button" class="button secondary" id={format!("{}-add", control_id(list))} {onclick}>
                { t(lang, &key("add")) }
            </button></p>
        </fieldset>
    }
}

fn item(form: &Form, list: &'static str, i: usize) -> Html {
    let cfg = &form.cfg;
    let lang = cfg.lang;
    let questions = list == "questions";
    let field = format!("{list}[{i}]");
    let n = (i + 1).to_string();
    let (legend_key, remove_key) = if questions {
        ("cfg.question.legend", "cfg.question.remove")
    } else {
        ("cfg.step.legend", "cfg.step.remove")
    };
    let legend = tf(lang, legend_key, &[("n", &n)]);
    // What the item is about, for its folded line: its text in the page's language, or the
    // other's.
    let named = if questions { "text" } else { "title" };
    let summary = std::iter::once(lang)
        .chain(Lang::ALL)
        .map(|l| {
            cfg.draft
                .get(&item_key(list, i, &format!("{named}.{}", l.code())))
                .trim()
                .to_string()
        })
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| t(lang, "cfg.item.empty").to_string());
    // An item of the opened file with nothing to correct starts folded; a new one, one with a
    // problem and one being edited stay open.
    let open = cfg.opened.is_none()
        || i >= cfg.opened_count(list)
        || cfg.item_in_progress(&field, &form.live);
    let onclick = {
        let cfg = cfg.clone();
        Callback::from(move |_| cfg.dispatch(Action::Remove(list, i)))
    };
    let at = |member: &str| item_key(list, i, member);
    let body = if questions {
        let steps: Vec<(String, String)> = cfg
            .protocol
            .steps
            .iter()
            .map(|s| {
                (
                    s.id.to_string(),
                    t(lang, &format!("step.{}", s.id)).to_string(),
                )
            })
            .collect();
        let effects: Vec<(String, String)> =
            [Severity::Precaution, Severity::Consult, Severity::Postpone]
                .iter()
                .map(|e| {
                    (
                        severity_id(*e).to_string(),
                        t(lang, &format!("cfg.effect.{}", severity_id(*e))).to_string(),
                    )
                })
                .collect();
        html! {
            <>
            { input(form, &at("id"), "cfg.item.id", true, "") }
            { select(form, &at("step"), "cfg.item.step", None, steps) }
            { texts(form, &at("text"), "cfg.item.question", true) }
            { texts(form, &at("help"), "cfg.item.help", true) }
            { select(form, &at("effect"), "cfg.item.effect", None, effects) }
            { texts(form, &at("date_question"), "cfg.item.date_question", false) }
            { input(form, &at("postpone_days"), "cfg.item.postpone_days", true, "") }
            { texts(form, &at("finding"), "cfg.item.finding", true) }
            { texts(form, &at("source"), "cfg.item.source", false) }
            </>
        }
    } else {
        let sessions: Vec<(String, String)> = [
            Applies::EverySession,
            Applies::FirstSession,
            Applies::LastSession,
        ]
        .iter()
        .map(|a| {
            (
                applies_id(*a).to_string(),
                t(lang, &format!("cfg.sessions.{}", applies_id(*a))).to_string(),
            )
        })
        .collect();
        let phases: Vec<(String, String)> = PhaseKind::ALL
            .iter()
            .map(|p| (p.id().to_string(), t(lang, &p.name_key()).to_string()))
            .collect();
        let categories: Vec<(String, String)> = Category::ALL
            .iter()
            .filter(|c| **c != Category::SkinCare)
            .map(|c| {
                (
                    c.id().to_string(),
                    t(lang, &format!("care.category.{}", c.id())).to_string(),
                )
            })
            .collect();
        let skin = tf(
            lang,
            "cfg.item.default",
            &[("name", t(lang, "care.category.skin_care"))],
        );
        let only_if = at("only_if");
        let group = described(form, &only_if, true);
        let only_id = control_id(&only_if);
        // The timing's problems are the item's (a half window, a day and a window): they
        // describe its three boxes, as the group's hint does.
        let item_id = control_id(&field);
        let mut timing = format!("{item_id}-timing-hint");
        if !form.problems(&field).is_empty() {
            timing.push_str(&format!(" {item_id}-problems"));
        }
        let condition = group.described_by.clone();
        html! {
            <>
            { input(form, &at("id"), "cfg.item.id", true, "") }
            { texts(form, &at("title"), "cfg.item.title", false) }
            { texts(form, &at("text"), "cfg.item.instruction", true) }
            <fieldset class="cfg-group">
                <legend>{ t(lang, "cfg.item.timing") }</legend>
                <p class="hint" id={format!("{}-timing-hint", control_id(&field))}>{ t(lang, "cfg.item.timing.hint") }</p>
                <div class="cfg-row">
                    { input(form, &at("day"), "cfg.item.day", false, &timing) }
                    { input(form, &at("from"), "cfg.item.from", false, &timing) }
                    { input(form, &at("to"), "cfg.item.to", false, &timing) }
                </div>
                { select(form, &at("sessions"), "cfg.item.sessions", Some(t(lang, "cfg.sessions.every").to_string()), sessions) }
            </fieldset>
            { select(form, &at("phase"), "cfg.item.phase", Some(t(lang, "cfg.item.phase.auto").to_string()), phases) }
            { select(form, &at("category"), "cfg.item.category", Some(skin), categories) }
            { checkbox(form, &at("reminder"), "cfg.item.reminder") }
            <fieldset class="cfg-group" id={only_id.clone()}>
                <legend>{ t(lang, "cfg.item.only_if") }</legend>
                <p class="hint" id={format!("{only_id}-hint")}>{ t(lang, "cfg.item.only_if.hint") }</p>
                { group.problems }
                <div class="cfg-row">
                    { input(form, &at("only_if.question"), "cfg.item.only_if.question", false, &condition) }
                    { input(form, &at("only_if.answer"), "cfg.item.only_if.answer", false, &condition) }
                </div>
            </fieldset>
            { texts(form, &at("source"), "cfg.item.source", false) }
            </>
        }
    };
    html! {
        <fieldset class="cfg-item" id={control_id(&field)}>
            <legend>{ legend }</legend>
            { problem_list(lang, &format!("{}-problems", control_id(&field)), &form.problems(&field)) }
            <details {open}>
                <summary>{ summary }</summary>
                { body }
                <p><button type="button" class="button secondary" id={format!("{}-remove", control_id(&field))} {onclick}>
                    { tf(lang, remove_key, &[("n", &n)]) }
                </button></p>
            </details>
        </fieldset>
    }
}

/// A text box; its hint, when it has one, is `<key>.hint`; `also` are the ids of its group's
/// hint and problems, which describe it too.
fn input(form: &Form, field: &str, key: &str, hint: bool, also: &str) -> Html {
    let lang = form.cfg.lang;
    let id = control_id(field);
    let d = described(form, field, hint);
    let described_by = [also, &d.described_by]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <div class="field">
            <label for={id.clone()}>{ t(lang, key) }</label>
            if hint { <p class="hint" id={format!("{id}-hint")}>{ t(lang, &format!("{key}.hint")) }</p> }
            <input id={id} type="text" autocomplete="off" spellcheck="false"
                value={form.cfg.draft.get(field).to_string()}
                aria-describedby={described_by} aria-invalid={d.invalid}
                oninput={form.on_input(field)} />
            { d.problems }
        </div>
    }
}

/// A text in each language: a box per language, and the text's own problems (missing, no
/// text in the default language) above them, linked to each box.
fn texts(form: &Form, field: &str, key: &str, long: bool) -> Html {
    let lang = form.cfg.lang;
    let group = described(form, field, false);
    let group_problems = (!group.described_by.is_empty()).then(|| group.described_by.clone());
    html! {
        <div class="cfg-texts">
            { group.problems }
            { for Lang::ALL.iter().map(|l| {
                let box_field = format!("{field}.{}", l.code());
                let id = control_id(&box_field);
                let d = described(form, &box_field, false);
                let by: Vec<String> = group_problems.iter().cloned().chain(Some(d.described_by).filter(|s| !s.is_empty())).collect();
                let invalid = d.invalid.or(group.invalid);
                let label = tf(lang, "cfg.item.in", &[("what", t(lang, key)), ("lang", t(lang, &format!("cfg.in.{}", l.code())))]);
                let value = form.cfg.draft.get(&box_field).to_string();
                let oninput = form.on_input(&box_field);
                html! {
                    <div class="field">
                        <label for={id.clone()}>{ label }</label>
                        if long {
                            <textarea id={id} rows="2" lang={l.code()} {value} aria-describedby={by.join(" ")} aria-invalid={invalid} {oninput} />
                        } else {
                            <input id={id} type="text" autocomplete="off" lang={l.code()} {value} aria-describedby={by.join(" ")} aria-invalid={invalid} {oninput} />
                        }
                        { d.problems }
                    </div>
                }
            }) }
        </div>
    }
}

/// A choice among `options` (`(value, words)`); `empty`, when given, is the words of leaving
/// it out. A value the file gave that is none of them stays selected, so its problem shows.
fn select(
    form: &Form,
    field: &str,
    key: &str,
    empty: Option<String>,
    options: Vec<(String, String)>,
) -> Html {
    let lang = form.cfg.lang;
    let id = control_id(field);
    let d = described(form, field, false);
    let current = form.cfg.draft.get(field).trim().to_string();
    let known = current.is_empty() || options.iter().any(|(v, _)| *v == current);
    let onchange = {
        let cfg = form.cfg.clone();
        let field = field.to_string();
        Callback::from(move |e: Event| {
            cfg.dispatch(Action::Set(field.clone(), platform::event_value(&e)))
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ t(lang, key) }</label>
            <select id={id} aria-describedby={d.described_by} aria-invalid={d.invalid} {onchange}>
                <option value="" selected={current.is_empty()}>{ empty.unwrap_or_else(|| t(lang, "cfg.item.choose").to_string()) }</option>
                { for options.iter().map(|(v, words)| html! { <option value={v.clone()} selected={*v == current}>{ words.clone() }</option> }) }
                if !known { <option value={current.clone()} selected=true>{ current.clone() }</option> }
            </select>
            { d.problems }
        </div>
    }
}

fn checkbox(form: &Form, field: &str, key: &str) -> Html {
    let lang = form.cfg.lang;
    let id = control_id(field);
    let d = described(form, field, false);
    let onchange = {
        let cfg = form.cfg.clone();
        let field = field.to_string();
        Callback::from(move |e: Event| {
            let value = if platform::is_checked(&e) { "true" } else { "" };
            cfg.dispatch(Action::Set(field.clone(), value.into()));
        })
    };
    html! {
        <div class="field">
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} checked={form.cfg.draft.get(field).trim() == "true"}
                    aria-describedby={d.described_by} aria-invalid={d.invalid} {onchange} />
                { t(lang, key) }
            </label>
            { d.problems }
        </div>
    }
}
