//! Reading a clinic file: JSON value tree → `ClinicConfig` plus the problems found.

use super::colour::{
    contrast, Rgb, DEFAULT_ACCENT, DEFAULT_ACCENT_INK, INK_SOFT, MIN_TEXT_CONTRAST, PAGE,
};
use super::content::CONTENT_FIELDS;
use super::problem::{ColourRole, ConfigProblem, Instead, JsonType, ProblemKind};
use super::text;
use super::{ClinicConfig, COLOR_FIELDS, FIELDS, LOGO_EXTENSIONS, ORDERED_SETTINGS, WHOLE_FILE};
use crate::domain::i18n::Lang;
use crate::domain::json::{self, Json};
use crate::domain::protocol::Protocol;
use crate::domain::protocol::{ClinicSettings, SettingError};

/// Reads a clinic file. Never fails as a whole: the config holds every valid field and the
/// defaults elsewhere; the problems say what was set aside and why.
pub fn parse_config(text: &str) -> (ClinicConfig, Vec<ConfigProblem>) {
    let (mut config, mut problems) = read_config(text);
    problems.extend(config.read_protocol());
    (config, problems)
}

/// Reads a clinic file but for its settings and its own content (questions, care steps,
/// switches), which wait in the config until `ClinicConfig::read_protocol`: the first screen
/// needs the name and the colours, not the protocol, so the release app reads those in the
/// module that asks the questions and keeps the first module free of the protocol's tables.
pub fn read_config(text: &str) -> (ClinicConfig, Vec<ConfigProblem>) {
    let mut config = ClinicConfig::unread();
    let mut reader = Reader {
        config: &mut config,
        problems: Vec::new(),
    };
    // Editors on Windows often save a byte-order mark, which RFC 8259 lets a reader skip.
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    match json::parse(&text[bom..]) {
        Err(e) => {
            let offset = e.offset + bom;
            // Offsets fall on character boundaries; the search keeps this panic-free regardless.
            let end = (0..=offset.min(text.len()))
                .rev()
                .find(|i| text.is_char_boundary(*i))
                .unwrap_or(0);
            let before = &text[..end];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            reader.problem(
                WHOLE_FILE,
                ProblemKind::NotJson {
                    reason: e.message,
                    offset,
                    line,
                    column,
                },
                Instead::FileIgnored,
            );
        }
        Ok(Json::Object(members)) => reader.root(&members),
        Ok(other) => reader.problem(
            WHOLE_FILE,
            ProblemKind::NotAnObject {
                found: JsonType::of(&other),
            },
            Instead::BuiltIn,
        ),
    }
    // Whatever happened, the words the translation layer falls back on are this file's (none
    // until its content is read).
    let problems = reader.problems;
    config.protocol.install_words();
    (config, problems)
}

/// Reads a clinic file's `settings` into `settings`, with the problems found.
pub(super) fn read_settings(
    settings: &mut ClinicSettings,
    protocol: &Protocol,
    value: &Json,
) -> Vec<ConfigProblem> {
    let mut config = ClinicConfig {
        settings: std::mem::take(settings),
        ..ClinicConfig::unread()
    };
    let mut reader = Reader {
        config: &mut config,
        problems: Vec::new(),
    };
    reader.settings(protocol, value);
    let problems = reader.problems;
    *settings = config.settings;
    problems
}

struct Reader<'c> {
    config: &'c mut ClinicConfig,
    problems: Vec<ConfigProblem>,
}

impl Reader<'_> {
    fn problem(&mut self, field: impl Into<String>, kind: ProblemKind, instead: Instead) {
        self.problems.push(ConfigProblem::new(field, kind, instead));
    }

    /// The members of an object, last occurrence winning as in `JSON.parse`, with a problem for
    /// each repeat and without the `_` and `$` keys a clinic may use for notes or a schema.
    fn members<'j>(
        &mut self,
        path: &str,
        members: &'j [(String, Json)],
    ) -> Vec<(&'j str, &'j Json)> {
        let mut out: Vec<(&str, &Json)> = Vec::new();
        for (key, value) in members {
            if key.starts_with(['_', '$']) {
                continue;
            }
            if let Some(slot) = out.iter_mut().find(|(k, _)| k == key) {
                self.problem(join(path, key), ProblemKind::Repeated, Instead::LastOneUsed);
                slot.1 = value;
            } else {
                out.push((key, value));
            }
        }
        out
    }

    fn unknown(&mut self, path: &str, key: &str, known: &'static [&'static str]) {
        let suggestion = text::suggestion(key, known.iter().copied());
        self.problem(
            join(path, key),
            ProblemKind::UnknownField { suggestion, known },
            Instead::Ignored,
        );
    }

    fn root(&mut self, members: &[(String, Json)]) {
        let members = self.members("", members);
        for &(key, value) in &members {
            match key {
                "name" => self.config.name = self.text(key, value, text::name),
                "logo" => {
                    self.config.logo =
                        self.text(key, value, |t| text::relative_path(t, &LOGO_EXTENSIONS))
                }
                "phone" => self.config.phone = self.text(key, value, text::phone),
                "email" => self.config.email = self.text(key, value, text::email),
                "website" => self.config.website = self.text(key, value, text::website),
                "colors" => self.colors(value),
                "default_language" => {
                    self.config.default_language = self.text(key, value, |code| {
                        Lang::from_code(code).ok_or_else(|| ProblemKind::UnknownLanguage {
                            code: code.to_string(),
                        })
                    })
                }
                "embed_origins" => self.embed_origins(value),
                "share_page" => self.config.share_page = self.text(key, value, text::page),
                // Read with the protocol, by `ClinicConfig::read_protocol`.
                key if key == "settings" || CONTENT_FIELDS.contains(&key) => {
                    if let Some(unread) = &mut self.config.unread {
                        unread.push((key.to_string(), value.clone()));
                    }
                }
                _ => self.unknown("", key, &FIELDS),
            }
        }
    }

    /// A text field: `null` or `""` mean "not set"; anything else must pass `check`.
    fn text<T>(
        &mut self,
        field: &str,
        value: &Json,
        check: impl FnOnce(&str) -> Result<T, ProblemKind>,
    ) -> Option<T> {
        let text = match value {
            Json::Null => return None,
            Json::String(s) => s.trim(),
            other => {
                self.problem(
                    field,
                    ProblemKind::ExpectedText {
                        found: JsonType::of(other),
                    },
                    Instead::Default,
                );
                return None;
            }
        };
        if text.is_empty() {
            return None;
        }
        check(text)
            .map_err(|kind| self.problem(field, kind, Instead::Default))
            .ok()
    }

    /// A list of origins; each wrong one is set aside with its own problem, the rest apply.
    fn embed_origins(&mut self, value: &Json) {
        let items = match value {
            Json::Null => return,
            Json::Array(items) => items,
            other => {
                return self.problem(
                    "embed_origins",
                    ProblemKind::ExpectedList {
                        found: JsonType::of(other),
                    },
                    Instead::AnyPage,
                )
            }
        };
        for (i, item) in items.iter().enumerate() {
            let field = format!("embed_origins[{i}]");
            if let Some(origin) = self.text(&field, item, text::origin) {
                if !self.config.embed_origins.contains(&origin) {
                    self.config.embed_origins.push(origin);
                }
            }
        }
    }

    fn object<'j>(&mut self, field: &str, value: &'j Json) -> Option<&'j [(String, Json)]> {
        match value {
            Json::Null => None,
            Json::Object(members) => Some(members),
            other => {
                self.problem(
                    field,
                    ProblemKind::ExpectedObject {
                        found: JsonType::of(other),
                    },
                    Instead::Defaults,
                );
                None
            }
        }
    }

    fn colors(&mut self, value: &Json) {
        let Some(members) = self.object("colors", value) else {
            return;
        };
        let mut given = [None; COLOR_FIELDS.len()];
        for (key, value) in self.members("colors", members) {
            let Some(slot) = COLOR_FIELDS.iter().position(|k| *k == key) else {
                self.unknown("colors", key, &COLOR_FIELDS);
                continue;
            };
            given[slot] = self.text(&join("colors", key), value, |t| {
                Rgb::parse(t).ok_or_else(|| ProblemKind::NotAColour {
                    text: t.to_string(),
                })
            });
        }
        if let Some(accent) = given[0] {
            let instead = Instead::DefaultColour(DEFAULT_ACCENT);
            if self.contrast_ok(ColourRole::Accent, accent, PAGE, instead) {
                self.config.colors.accent = Some(accent);
            }
        }
        if let Some(ink) = given[1] {
            let accent = self.config.colors.accent.unwrap_or(DEFAULT_ACCENT);
            let instead = Instead::DefaultColour(DEFAULT_ACCENT_INK);
            if self.contrast_ok(ColourRole::AccentInk, ink, accent, instead) {
                self.config.colors.accent_ink = Some(ink);
            }
        }
        if let Some(background) = given[2] {
            // The sheet carries the small print and hints (the lightest text) and the accent's
            // links and headings: the one that reads worse on it is checked.
            let accent = self.config.colors.accent.unwrap_or(DEFAULT_ACCENT);
            let against = if contrast(INK_SOFT, background) <= contrast(accent, background) {
                INK_SOFT
            } else {
                accent
            };
            let role = ColourRole::Background;
            if self.contrast_ok(role, background, against, Instead::NoBackground) {
                self.config.colors.background = Some(background);
            }
        }
    }

    /// Whether `colour` reads against `against` at WCAG AA; if not, a problem at its field.
    fn contrast_ok(
        &mut self,
        role: ColourRole,
        colour: Rgb,
        against: Rgb,
        instead: Instead,
    ) -> bool {
        if contrast(colour, against) >= MIN_TEXT_CONTRAST {
            return true;
        }
        let field = match role {
            ColourRole::Accent => "colors.accent",
            ColourRole::AccentInk => "colors.accent_ink",
            ColourRole::Background => "colors.background",
        };
        self.problem(
            field,
            ProblemKind::LowContrast {
                role,
                colour,
                against,
            },
            instead,
        );
        false
    }

    fn settings(&mut self, protocol: &Protocol, value: &Json) {
        let Some(members) = self.object("settings", value) else {
            return;
        };
        let ids: Vec<&'static str> = protocol.settings.iter().map(|s| s.id).collect();
        for (id, value) in self.members("settings", members) {
            let field = join("settings", id);
            let Some(def) = protocol.setting(id) else {
                let suggestion = text::suggestion(id, ids.iter().copied());
                self.problem(
                    field,
                    ProblemKind::UnknownSetting { suggestion },
                    Instead::Ignored,
                );
                continue;
            };
            let unit = def.unit;
            let refused = match value {
                Json::Null => continue,
                Json::Number(_) => match value.as_i64() {
                    None => ProblemKind::NotWhole { unit },
                    Some(whole) => match self.config.settings.try_set(protocol, id, whole) {
                        Ok(()) => continue,
                        Err(SettingError::OutOfRange { min, max, .. }) => ProblemKind::OutOfRange {
                            value: whole,
                            min,
                            max,
                            unit,
                        },
                        Err(SettingError::Unknown { .. }) => continue,
                    },
                },
                Json::String(s)
                    if matches!(crate::domain::json::parse(s.trim()), Ok(Json::Number(_))) =>
                {
                    ProblemKind::QuotedNumber {
                        text: s.trim().to_string(),
                    }
                }
                other => ProblemKind::ExpectedNumber {
                    unit,
                    found: JsonType::of(other),
                },
            };
            self.problem(field, refused, Instead::DefaultNumber(def.default));
        }
        self.ordered_settings(protocol);
    }

    fn ordered_settings(&mut self, protocol: &Protocol) {
        for group in ORDERED_SETTINGS {
            if group.iter().any(|id| protocol.setting(id).is_none()) {
                continue;
            }
            let values: Vec<i64> = group
                .iter()
                .map(|id| self.config.settings.get(protocol, id))
                .collect();
            if values.windows(2).all(|w| w[0] <= w[1]) {
                continue;
            }
            for id in group {
                self.config.settings.0.remove(*id);
            }
            let defaults: Vec<i64> = group
                .iter()
                .map(|id| self.config.settings.get(protocol, id))
                .collect();
            self.problem(
                "settings",
                ProblemKind::OutOfOrder { group, values },
                Instead::GroupDefaults(defaults),
            );
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}
