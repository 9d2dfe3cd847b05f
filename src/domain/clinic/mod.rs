//! A clinic's own configuration: name, logo, contact, colours, default language and settings.
//!
//! The clinic drops a `clinic.json` beside the app (schema in `docs/clinic-config.md`). Reading
//! it never fails as a whole: every field that is wrong keeps its built-in default and becomes a
//! `ConfigProblem` naming the field, and everything else in the file still applies. Settings are
//! keyed by the protocol's own ids, so the protocol stays the one source of truth for their
//! defaults and ranges.

mod colour;
pub mod content;
mod draft;
mod parse;
mod problem;
mod text;
mod words;

pub use colour::{
    contrast, ratio_text, Rgb, DEFAULT_ACCENT, DEFAULT_ACCENT_INK, INK_SOFT, MIN_TEXT_CONTRAST,
    PAGE, PAPER,
};

use super::i18n::Lang;
use super::protocol::{ClinicSettings, Protocol};

pub use draft::items as draft_content;
pub use draft::{
    app_folder, data_url, draft_fields, embed_snippet, file_level, form_field,
    frame_ancestors_header, Draft,
};
pub use parse::{parse_config, read_config};
pub use problem::{ColourRole, ConfigProblem, Instead, JsonType, ProblemKind};
pub use words::{json_reason, problem_text, ratio as ratio_words, unit_name};

/// The file the app reads when the URL names none.
pub const DEFAULT_CONFIG_PATH: &str = "clinic.json";

/// The `field` of a problem with the file as a whole.
pub const WHOLE_FILE: &str = "(file)";

/// The fields a clinic file may hold, in the order the documentation lists them.
pub const FIELDS: [&str; 13] = [
    "name",
    "logo",
    "phone",
    "email",
    "website",
    "colors",
    "default_language",
    "embed_origins",
    "share_page",
    "settings",
    "care_steps",
    "questions",
    "switches",
];

/// The fields of `colors`.
pub const COLOR_FIELDS: [&str; 3] = ["accent", "accent_ink", "background"];
const LOGO_EXTENSIONS: [&str; 6] = ["svg", "png", "jpg", "jpeg", "webp", "gif"];

/// Settings that must stay in order (each ≤ the next); a file that breaks the order loses its
/// values for the whole group, since no single one of them can be trusted.
pub const ORDERED_SETTINGS: [&[&str]; 3] = [
    &["sessions_min", "sessions_default", "sessions_max"],
    &[
        "interval_days_min",
        "interval_days_default",
        "interval_days_max",
    ],
    &["flaking_from_day", "flaking_until_day"],
];

/// What a clinic chose; `Default` is the app without a clinic.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClinicConfig {
    pub name: Option<String>,
    /// A path relative to the app's folder, already checked and normalised.
    pub logo: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// An `https://` address.
    pub website: Option<String>,
    pub colors: ClinicColors,
    pub default_language: Option<Lang>,
    /// The origins of the pages allowed to show the app in a frame (`https://www.clinic.example`),
    /// checked and normalised; empty means any page may.
    pub embed_origins: Vec<String>,
    /// The clinic's page that shows the app in a frame (`https://www.clinic.example/plan`):
    /// share links made inside the frame open it, and `embed.js` there hands the link's
    /// fragment on to the frame. Without a fragment of its own.
    pub share_page: Option<String>,
    pub settings: ClinicSettings,
    /// The care steps and questions the clinic added and the care steps it switched off.
    pub content: content::ClinicContent,
    /// The file's settings and content members, until `read_protocol` reads them with the
    /// protocol (see `read_config`); `None` once they are read, or when there was no file.
    pub unread: Option<Vec<(String, super::json::Json)>>,
    /// The built-in protocol with the clinic's content merged in and validated: what the
    /// screening, the plan and every screen of this clinic's app read. `Protocol::NOT_READ`
    /// while `unread` waits.
    pub protocol: Protocol,
}

/// Colours that passed the contrast checks; `None` keeps the stylesheet's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClinicColors {
    /// Buttons, links, headings, focus rings.
    pub accent: Option<Rgb>,
    /// Text on accent-coloured buttons.
    pub accent_ink: Option<Rgb>,
    /// The sheet the screens sit on in embedded mode, instead of white; the frame around it
    /// stays transparent either way.
    pub background: Option<Rgb>,
}

impl ClinicConfig {
    /// A file's configuration before its settings and content are read: all the first screen
    /// needs. It names nothing of the built-in protocol, so the release app's first module,
    /// which reads the file, carries none of the protocol's tables (`Default` has them).
    pub fn unread() -> ClinicConfig {
        ClinicConfig {
            name: None,
            logo: None,
            phone: None,
            email: None,
            website: None,
            colors: ClinicColors::default(),
            default_language: None,
            embed_origins: Vec::new(),
            share_page: None,
            settings: ClinicSettings::default(),
            content: content::ClinicContent::default(),
            unread: Some(Vec::new()),
            protocol: Protocol::NOT_READ,
        }
    }

    /// Reads the settings and the clinic's own content that `read_config` left waiting, with
    /// the built-in protocol, into `settings`, `content` and `protocol`, and returns their
    /// problems; nothing the second time.
    pub fn read_protocol(&mut self) -> Vec<ConfigProblem> {
        let Some(members) = self.unread.take() else {
            return Vec::new();
        };
        let builtin = Protocol::builtin();
        let mut problems = Vec::new();
        if let Some((_, settings)) = members.iter().find(|(key, _)| key == "settings") {
            problems = parse::read_settings(&mut self.settings, &builtin, settings);
        }
        let content: Vec<(&str, &super::json::Json)> = members
            .iter()
            .filter(|(key, _)| key != "settings")
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        // A missing translation falls back to the default language.
        let default = self.default_language.unwrap_or_default();
        let (read, found) = content::read_content(&content, &builtin, default);
        problems.extend(found);
        let (protocol, refused) = content::protocol_with(&read);
        problems.extend(refused);
        self.content = read;
        self.protocol = protocol;
        problems
    }

    /// Whether the file adds questions or care steps of its own, or switches built-in ones off,
    /// read or still waiting to be.
    pub fn adds_content(&self) -> bool {
        let waiting = self.unread.iter().flatten();
        !self.content.is_empty()
            || waiting
                .map(|(k, _)| k.as_str())
                .any(|k| content::CONTENT_FIELDS.contains(&k))
    }

    /// The custom properties to set on `:root`; only what the clinic changed, so without a
    /// clinic the stylesheet's values stand.
    pub fn css_variables(&self) -> Vec<(&'static str, String)> {
        let mut vars = Vec::new();
        if let Some(accent) = self.colors.accent {
            vars.push(("--accent", accent.to_hex()));
            vars.push(("--accent-soft", accent.soft_tint().to_hex()));
        }
        if let Some(ink) = self.colors.accent_ink {
            vars.push(("--accent-ink", ink.to_hex()));
        }
        if let Some(background) = self.colors.background {
            vars.push(("--embed-background", background.to_hex()));
        }
        vars
    }

    /// A `tel:` link for the phone number.
    pub fn phone_href(&self) -> Option<String> {
        let phone = self.phone.as_deref()?;
        let plus = if phone.starts_with('+') { "+" } else { "" };
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        Some(format!("tel:{plus}{digits}"))
    }

    /// Whether a page of `origin` (as the browser reports it, `https://host[:port]`) may talk
    /// to the app in its frame.
    pub fn may_embed(&self, origin: &str) -> bool {
        self.embed_origins.is_empty() || self.embed_origins.iter().any(|o| o == origin)
    }

    /// A `mailto:` link for the e-mail address.
    pub fn email_href(&self) -> Option<String> {
        self.email.as_ref().map(|e| format!("mailto:{e}"))
    }
}

/// The clinic file named by the URL (`?config=clinics/north.json`): `Ok(None)` when there is no
/// such parameter (read `DEFAULT_CONFIG_PATH`), an error when the path is not allowed.
pub fn config_path_from_query(query: &str) -> Result<Option<String>, ConfigProblem> {
    let refuse = |kind| ConfigProblem::new("?config", kind, Instead::ParameterIgnored);
    for (name, value) in text::query_pairs(query) {
        if name.as_deref() != Some("config") {
            continue;
        }
        // The value is never repeated in the problem: the panel would show whatever text a
        // crafted link put there ("Your appointment was moved…") as if the app said it.
        let value = value.ok_or_else(|| refuse(ProblemKind::NotPercentEncoded))?;
        return text::relative_path(&value, &["json"])
            .map(Some)
            .map_err(refuse);
    }
    Ok(None)
}

/// The part of the URL a link back to the app keeps (a share link, the installed app's start
/// page): `?config=<path>` when the URL names a clinic file the app accepts, so a branch's
/// link opens on that branch's numbers; empty otherwise. Nothing else of the query is kept.
pub fn branch_query(query: &str) -> String {
    match config_path_from_query(query) {
        Ok(Some(path)) => format!("?config={path}"),
        _ => String::new(),
    }
}

/// Whether the URL asks for embedded mode (`?embed`), as when `embed.js` frames the app.
pub fn wants_embedded(query: &str) -> bool {
    text::query_pairs(query).any(|(name, _)| name.as_deref() == Some("embed"))
}

/// Whether the URL asks for the configurator's preview (`?preview`): the clinic file then comes
/// from the configurator, if it is the page around the app.
pub fn wants_preview(query: &str) -> bool {
    text::query_pairs(query).any(|(name, _)| name.as_deref() == Some("preview"))
}

/// Whether the URL asks for the configuration problems panel (`?check-config`).
pub fn wants_config_check(query: &str) -> bool {
    text::query_pairs(query).any(|(name, _)| name.as_deref() == Some("check-config"))
}
