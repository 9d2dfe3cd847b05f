//! A clinic file being written in the configurator: every field as the person typed it, turned
//! into `clinic.json` text and checked by the same parser the app uses, so the configurator can
//! never accept what the app would refuse, nor refuse what it would accept.

pub mod items;

use super::{content, parse_config, ClinicConfig, ConfigProblem, COLOR_FIELDS, FIELDS, WHOLE_FILE};
use crate::domain::i18n::Lang;
use crate::domain::json::{self, Json};
use crate::domain::protocol::Protocol;
use items::content_form_field;

/// The form's fields, by the path the parser names in its problems: `name`, `colors.accent`,
/// `embed_origins` (one origin a line), `settings.minimum_age` …
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub(super) values: Vec<(String, String)>,
    /// How many questions and care steps the form has (see `draft_content`).
    pub(super) counts: [usize; 2],
}

/// Every field of the form, in the order of the documentation.
pub fn draft_fields(protocol: &Protocol) -> Vec<String> {
    let mut fields = Vec::new();
    for field in FIELDS {
        match field {
            "colors" => fields.extend(COLOR_FIELDS.iter().map(|c| format!("colors.{c}"))),
            "settings" => fields.extend(
                protocol
                    .settings
                    .iter()
                    .map(|s| format!("settings.{}", s.id)),
            ),
            // Their fields come and go with the items (see `draft_content`).
            field if content::CONTENT_FIELDS.contains(&field) => {}
            other => fields.push(other.to_string()),
        }
    }
    fields
}

/// The form field a problem belongs to: `embed_origins[2]` is the origins' box, `settings`
/// (an order broken) and `colors` (not an object) their groups; `None` for what no field
/// holds (the file as a whole, an unknown field).
pub fn form_field<'a>(problem_field: &'a str, protocol: &Protocol) -> Option<&'a str> {
    if let Some(field) = content_form_field(problem_field, protocol) {
        return Some(field);
    }
    let field = problem_field.split('[').next().unwrap_or(problem_field);
    let known = draft_fields(protocol);
    if known.iter().any(|k| k == field) || field == "settings" || field == "colors" {
        Some(field)
    } else {
        None
    }
}

impl Draft {
    /// What the person typed in `field`, or "".
    pub fn get(&self, field: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| k == field)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn set(&mut self, field: &str, value: &str) {
        match self.values.iter_mut().find(|(k, _)| k == field) {
            Some(slot) => slot.1 = value.to_string(),
            None => self.values.push((field.to_string(), value.to_string())),
        }
    }

    /// The fields of an existing file, as written (a wrong value stays, so that its problem
    /// shows at its field); what no field holds is left to the file's own problems. A file
    /// that is not a JSON object gives an empty form.
    pub fn from_file(text: &str) -> Draft {
        let mut draft = Draft::default();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let Ok(Json::Object(members)) = json::parse(text) else {
            return draft;
        };
        let default = members
            .iter()
            .find(|(k, _)| k == "default_language")
            .and_then(|(_, v)| v.as_str())
            .and_then(Lang::from_code)
            .unwrap_or_default();
        for (key, value) in &members {
            match (key.as_str(), value) {
                (key, value) if content::CONTENT_FIELDS.contains(&key) => {
                    draft.fill_content(key, value, default);
                }
                ("colors" | "settings", Json::Object(inner)) => {
                    for (sub, value) in inner {
                        draft.set(&format!("{key}.{sub}"), &raw(value));
                    }
                }
                ("embed_origins", Json::Array(items)) => {
                    let lines: Vec<String> = items.iter().map(raw).collect();
                    draft.set(key, &lines.join("\n"));
                }
                (key, value) => draft.set(key, &raw(value)),
            }
        }
        draft
    }

    /// The `clinic.json` text: only the fields filled in, in the documentation's order, two
    /// spaces of indent. A setting that reads as a number is written as one (a fraction too,
    /// so the parser can say why it is refused); anything else as text.
    pub fn to_json(&self, protocol: &Protocol) -> String {
        let filled = |field: &str| Some(self.get(field).trim()).filter(|v| !v.is_empty());
        let mut root: Vec<(String, Json)> = Vec::new();
        for field in FIELDS {
            let value = match field {
                "colors" => object(COLOR_FIELDS.iter().filter_map(|c| {
                    filled(&format!("colors.{c}")).map(|v| (c.to_string(), text(v)))
                })),
                "settings" => object(protocol.settings.iter().filter_map(|s| {
                    filled(&format!("settings.{}", s.id)).map(|v| (s.id.to_string(), number(v)))
                })),
                "embed_origins" => {
                    let lines: Vec<Json> = self
                        .get(field)
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(text)
                        .collect();
                    (!lines.is_empty()).then_some(Json::Array(lines))
                }
                "switches" => self.switches_json(protocol),
                list if content::CONTENT_FIELDS.contains(&list) => self.list_json(list),
                other => filled(other).map(text),
            };
            if let Some(value) = value {
                root.push((field.to_string(), value));
            }
        }
        let mut out = String::new();
        pretty(&Json::Object(root), 0, &mut out);
        out.push('\n');
        out
    }

    /// What the app would make of this draft, and each problem it would report.
    pub fn check(&self, protocol: &Protocol) -> (ClinicConfig, Vec<ConfigProblem>) {
        parse_config(&self.to_json(protocol))
    }
}

/// A file's problems that no field of the form holds: the file as a whole, unknown fields.
pub fn file_level(problems: &[ConfigProblem], protocol: &Protocol) -> Vec<ConfigProblem> {
    problems
        .iter()
        .filter(|p| p.field == WHOLE_FILE || form_field(&p.field, protocol).is_none())
        .cloned()
        .collect()
}

/// The header the clinic's server sends with the app so that only its own pages may frame it.
pub fn frame_ancestors_header(config: &ClinicConfig) -> String {
    let mut sources = vec!["'self'".to_string()];
    sources.extend(config.embed_origins.iter().cloned());
    format!(
        "Content-Security-Policy: frame-ancestors {}",
        sources.join(" ")
    )
}

/// The one-line snippet for the clinic's page, for an app at `app_url` (ending in `/`).
pub fn embed_snippet(app_url: &str) -> String {
    let attr = app_url.replace('&', "&amp;").replace('"', "&quot;");
    format!("<script src=\"{attr}embed.js\" data-careplanner=\"{attr}\"></script>")
}

/// The folder of a page's address (`https://x.example/planner/configure.html?a` →
/// `https://x.example/planner/`): where the app and `embed.js` are.
pub fn app_folder(page_url: &str) -> String {
    let base = page_url.split(['?', '#']).next().unwrap_or(page_url);
    match base.rfind('/') {
        Some(slash) => base[..=slash].to_string(),
        None => base.to_string(),
    }
}

pub(super) fn raw(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        Json::Null => String::new(),
        // As people write numbers (the JSON writer's fractions are exact but unreadable).
        Json::Number(n) => format!("{n}"),
        other => other.to_json(),
    }
}

pub(super) fn text(value: &str) -> Json {
    Json::String(value.to_string())
}

pub(super) fn number(value: &str) -> Json {
    match json::parse(value) {
        Ok(number @ Json::Number(_)) => number,
        _ => text(value),
    }
}

fn object(members: impl Iterator<Item = (String, Json)>) -> Option<Json> {
    let members: Vec<(String, Json)> = members.collect();
    (!members.is_empty()).then_some(Json::Object(members))
}

/// JSON for people: one member a line.
fn pretty(value: &Json, depth: usize, out: &mut String) {
    let indent = |depth: usize| "  ".repeat(depth);
    match value {
        Json::Object(members) if members.is_empty() => out.push_str("{}"),
        Json::Object(members) => {
            out.push_str("{\n");
            for (i, (key, value)) in members.iter().enumerate() {
                out.push_str(&indent(depth + 1));
                out.push_str(&Json::String(key.clone()).to_json());
                out.push_str(": ");
                pretty(value, depth + 1, out);
                out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            out.push_str(&indent(depth));
            out.push('}');
        }
        // A list of items one item a line, indented like an object's members.
        Json::Array(items) if items.iter().any(|i| matches!(i, Json::Object(_))) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&indent(depth + 1));
                pretty(item, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&indent(depth));
            out.push(']');
        }
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&item.to_json());
            }
            out.push(']');
        }
        leaf => out.push_str(&leaf.to_json()),
    }
}

/// A `data:` address for a file's bytes (the logo the configurator previews in the app).
pub fn data_url(mime: &str, bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = format!("data:{mime};base64,");
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
