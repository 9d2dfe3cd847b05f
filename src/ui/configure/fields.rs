//! The configurator's form fields. Each has a label, a hint with its rules, and the problems the
//! app's parser finds there, linked to it (`aria-describedby`, `aria-invalid`).

use super::state::{Action, Cfg};
use crate::domain::clinic::{
    contrast, problem_text, ratio_words, unit_name, ClinicConfig, ConfigProblem, Rgb,
    DEFAULT_ACCENT, DEFAULT_ACCENT_INK, INK_SOFT, MIN_TEXT_CONTRAST, PAGE, PAPER,
};
use crate::domain::i18n::{t, tf, Lang};
use crate::domain::protocol::SettingDef;
use crate::domain::wording::protocol_text;
use crate::ui::platform;
use std::rc::Rc;
use yew::prelude::*;

/// What every field needs: the state to change and the draft's problems.
pub struct Form {
    pub cfg: UseReducerHandle<Cfg>,
    pub live: Rc<Vec<ConfigProblem>>,
}

/// The id of a field's control: `f-colors-accent` for `colors.accent`, `f-questions-1-text-en`
/// for `questions[1].text.en`.
pub fn control_id(field: &str) -> String {
    format!("f-{}", field.replace(['.', '_', '['], "-").replace(']', ""))
}

impl Form {
    pub(super) fn problems(&self, field: &str) -> Vec<ConfigProblem> {
        self.cfg.problems_at(field, &self.live)
    }

    /// How many fields have a problem (for the summary at the top of the form), the form's own
    /// and `more` (the content's).
    pub fn fields_with_problems(&self, more: Vec<String>) -> usize {
        let mut fields = crate::domain::clinic::draft_fields(&self.cfg.protocol);
        fields.extend(["colors".to_string(), "settings".to_string()]);
        fields.extend(more);
        fields
            .iter()
            .filter(|f| !self.problems(f).is_empty())
            .count()
    }

    pub(super) fn on_input(&self, field: &str) -> Callback<InputEvent> {
        let cfg = self.cfg.clone();
        let field = field.to_string();
        Callback::from(move |e: InputEvent| {
            cfg.dispatch(Action::Set(field.clone(), platform::event_value(&e)))
        })
    }

    /// The problems of a group (`colors` not an object, `settings` out of order).
    pub fn group_problems(&self, group: &str) -> Html {
        problem_list(
            self.cfg.lang,
            &format!("{}-problems", control_id(group)),
            &self.problems(group),
        )
    }
}

pub(super) fn problem_list(lang: Lang, id: &str, problems: &[ConfigProblem]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="field-problems" id={id.to_string()}>
            <p class="field-problem-label">{ t(lang, "cfg.problem.label") }</p>
            <ul>{ for problems.iter().map(|p| html! { <li class="field-problem">{ problem_text(lang, p) }</li> }) }</ul>
        </div>
    }
}

/// A field's hint and problems, and the attributes that link them to its control.
pub(super) struct Described {
    pub described_by: String,
    pub invalid: Option<&'static str>,
    pub problems: Html,
}

pub(super) fn described(form: &Form, field: &str, hint: bool) -> Described {
    let id = control_id(field);
    let problems = form.problems(field);
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if !problems.is_empty() {
        ids.push(format!("{id}-problems"));
    }
    Described {
        described_by: ids.join(" "),
        invalid: (!problems.is_empty()).then_some("true"),
        problems: problem_list(form.cfg.lang, &format!("{id}-problems"), &problems),
    }
}

/// A text field of the clinic's own (`name`, `phone` …), labelled `cfg.<field>.label`.
pub fn text_field(
    form: &Form,
    field: &str,
    kind: &'static str,
    autocomplete: &'static str,
) -> Html {
    let lang = form.cfg.lang;
    let base = if field == "logo" {
        "cfg.logo.path".to_string()
    } else {
        format!("cfg.{field}")
    };
    let id = control_id(field);
    let d = described(form, field, true);
    html! {
        <div class="field">
            <label for={id.clone()}>{ t(lang, &format!("{base}.label")) }</label>
            <p class="hint" id={format!("{id}-hint")}>{ t(lang, &format!("{base}.hint")) }</p>
            <input id={id} type={kind} autocomplete={autocomplete} spellcheck="false"
                value={form.cfg.draft.get(field).to_string()}
                aria-describedby={d.described_by} aria-invalid={d.invalid}
                oninput={form.on_input(field)} />
            { d.problems }
        </div>
    }
}

/// A colour: a picker and the hex text, with the contrast as it will be checked.
pub fn colour_field(form: &Form, which: &'static str, config: &ClinicConfig) -> Html {
    let lang = form.cfg.lang;
    let field = format!("colors.{which}");
    let id = control_id(&field);
    let typed = form.cfg.draft.get(&field).trim().to_string();
    let accent = config.colors.accent.unwrap_or(DEFAULT_ACCENT);
    let chosen = Rgb::parse(&typed);
    let (default, against, line_key, hint_key) = match which {
        "accent" => (
            DEFAULT_ACCENT,
            PAGE,
            "cfg.contrast.accent",
            "cfg.colour.hint",
        ),
        "accent_ink" => (
            DEFAULT_ACCENT_INK,
            accent,
            "cfg.contrast.ink",
            "cfg.colour.hint",
        ),
        // The sheet under the text: checked against the text that reads worst on it, as the
        // parser does.
        _ => {
            let sheet = chosen.unwrap_or(PAPER);
            let against = if contrast(INK_SOFT, sheet) <= contrast(accent, sheet) {
                INK_SOFT
            } else {
                accent
            };
            (
                PAPER,
                against,
                "cfg.contrast.background",
                "cfg.background.hint",
            )
        }
    };
    let shown = chosen.unwrap_or(default);
    let ratio = contrast(shown, against);
    let verdict = if ratio >= MIN_TEXT_CONTRAST {
        "cfg.contrast.pass"
    } else {
        "cfg.contrast.fail"
    };
    let label = t(lang, &format!("cfg.{which}.label")).to_string();
    let d = described(form, &field, true);
    let picked = {
        let cfg = form.cfg.clone();
        let field = field.clone();
        Callback::from(move |e: InputEvent| {
            cfg.dispatch(Action::Set(field.clone(), platform::event_value(&e)))
        })
    };
    html! {
        <div class="field colour-field">
            <label for={id.clone()}>{ label.clone() }</label>
            <p class="hint" id={format!("{id}-hint")}>
                { tf(lang, hint_key, &[("default", &default.to_hex())]) }{ " " }
                { tf(lang, line_key, &[("page", &PAGE.to_hex()), ("accent", &against.to_hex()), ("ratio", &ratio_words(lang, ratio))]) }
                { " " }<strong>{ t(lang, verdict) }</strong>
            </p>
            <div class="colour-row">
                <input type="color" id={format!("{id}-pick")} value={shown.to_hex()}
                    aria-label={tf(lang, "cfg.colour.pick", &[("what", &label)])} oninput={picked} />
                <input id={id} type="text" spellcheck="false" autocomplete="off" placeholder={default.to_hex()}
                    value={typed} aria-describedby={d.described_by} aria-invalid={d.invalid}
                    oninput={form.on_input(&field)} />
            </div>
            { d.problems }
        </div>
    }
}

pub fn language_field(form: &Form) -> Html {
    let lang = form.cfg.lang;
    let field = "default_language";
    let id = control_id(field);
    let d = described(form, field, true);
    let current = form.cfg.draft.get(field).trim().to_string();
    let onchange = {
        let cfg = form.cfg.clone();
        Callback::from(move |e: Event| {
            cfg.dispatch(Action::Set(field.into(), platform::event_value(&e)))
        })
    };
    let known = Lang::from_code(&current).is_some() || current.is_empty();
    html! {
        <div class="field">
            <label for={id.clone()}>{ t(lang, "cfg.default_language.label") }</label>
            <p class="hint" id={format!("{id}-hint")}>{ t(lang, "cfg.default_language.hint") }</p>
            <select id={id} aria-describedby={d.described_by} aria-invalid={d.invalid} {onchange}>
                <option value="" selected={current.is_empty()}>{ t(lang, "cfg.default_language.browser") }</option>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} selected={current == l.code()}>{ l.name() }</option>
                }) }
                if !known { <option value={current.clone()} selected=true>{ current.clone() }</option> }
            </select>
            { d.problems }
        </div>
    }
}

pub fn origins_field(form: &Form) -> Html {
    let lang = form.cfg.lang;
    let field = "embed_origins";
    let id = control_id(field);
    let d = described(form, field, true);
    html! {
        <div class="field">
            <label for={id.clone()}>{ t(lang, "cfg.embed_origins.label") }</label>
            <p class="hint" id={format!("{id}-hint")}>{ t(lang, "cfg.embed_origins.hint") }</p>
            <textarea id={id} rows="3" spellcheck="false" value={form.cfg.draft.get(field).to_string()}
                aria-describedby={d.described_by} aria-invalid={d.invalid} oninput={form.on_input(field)} />
            { d.problems }
        </div>
    }
}

/// A setting: its default and range, its sources, and where they disagree, the note with the
/// value in force.
pub fn setting_field(form: &Form, def: &SettingDef, config: &ClinicConfig) -> Html {
    let cfg = &form.cfg;
    let lang = cfg.lang;
    let field = format!("settings.{}", def.id);
    let id = control_id(&field);
    let d = described(form, &field, true);
    let range = tf(
        lang,
        "cfg.setting.range",
        &[
            ("default", &def.default.to_string()),
            ("min", &def.min.to_string()),
            ("max", &def.max.to_string()),
            ("unit", unit_name(lang, def.unit)),
        ],
    );
    let sources: Vec<&str> = def
        .sources
        .iter()
        .filter_map(|s| cfg.protocol.source(s).map(|s| s.citation))
        .collect();
    let note = def.disputed.then(|| {
        protocol_text(
            lang,
            &format!("setting.{}.note", def.id),
            &cfg.protocol,
            &config.settings,
        )
    });
    html! {
        <div class="field setting-field">
            <label for={id.clone()}>{ t(lang, &format!("setting.{}.label", def.id)) }</label>
            <div class="hint" id={format!("{id}-hint")}>
                <p>{ range }</p>
                <p class="setting-sources">{ t(lang, "cfg.setting.sources") }{ " " }{ sources.join("; ") }</p>
                if let Some(note) = note {
                    <p class="setting-note"><strong>{ t(lang, "cfg.setting.disputed") }{ ": " }</strong>{ note }</p>
                }
            </div>
            <input id={id} type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                placeholder={def.default.to_string()} value={cfg.draft.get(&field).to_string()}
                aria-describedby={d.described_by} aria-invalid={d.invalid}
                oninput={form.on_input(&field)} />
            { d.problems }
        </div>
    }
}
