//! What can be wrong in a clinic file, as data: the parser says which field, what kind of
//! problem with its values (the range allowed, the contrast found …), and what the app does
//! instead. `words::problem_text` is the one place that turns a problem into words, in the
//! language of whoever reads it.

use super::colour::Rgb;
use super::content::ContentProblem;
use crate::domain::json::Json;
use crate::domain::protocol::Unit;

/// One thing wrong in a clinic file, for the clinic's web person (never shown to patients).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// Where: a JSON path such as `settings.isotretinoin_months`, `?config` for the URL
    /// parameter, or `(file)` for the file as a whole.
    pub field: String,
    /// What is wrong.
    pub kind: ProblemKind,
    /// What the app does about it.
    pub instead: Instead,
}

impl ConfigProblem {
    /// A problem with the clinic's own content (its kind says what the app does instead).
    pub fn content(field: impl Into<String>, problem: ContentProblem) -> ConfigProblem {
        ConfigProblem::new(
            field,
            ProblemKind::Content(Box::new(problem)),
            Instead::InTheWords,
        )
    }

    pub fn new(field: impl Into<String>, kind: ProblemKind, instead: Instead) -> ConfigProblem {
        ConfigProblem {
            field: field.into(),
            kind,
            instead,
        }
    }
}

/// What kind of value a JSON value is, for "expected …, found a list".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl JsonType {
    pub fn of(value: &Json) -> JsonType {
        match value {
            Json::Null => JsonType::Null,
            Json::Bool(_) => JsonType::Bool,
            Json::Number(_) => JsonType::Number,
            Json::String(_) => JsonType::Text,
            Json::Array(_) => JsonType::List,
            Json::Object(_) => JsonType::Object,
        }
    }
}

/// Which colour a contrast check was about, and so what it is read against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColourRole {
    /// Links and headings, on the page background.
    Accent,
    /// Button text, on the accent.
    AccentInk,
    /// The embedded page's background, under the app's text.
    Background,
}

/// What is wrong with a field. Values a clinic typed are kept only where they help it find
/// the mistake, and never from the URL (a crafted link could put any words there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not JSON; `reason` is the JSON reader's own (see `words::json_reason`).
    NotJson {
        reason: &'static str,
        offset: usize,
        line: usize,
        column: usize,
    },
    /// The file holds a JSON value that is not an object.
    NotAnObject {
        found: JsonType,
    },
    Repeated,
    /// A field the app does not know, with the closest known one if it looks like a typo.
    UnknownField {
        suggestion: Option<&'static str>,
        known: &'static [&'static str],
    },
    UnknownSetting {
        suggestion: Option<&'static str>,
    },
    ExpectedText {
        found: JsonType,
    },
    ExpectedObject {
        found: JsonType,
    },
    ExpectedList {
        found: JsonType,
    },
    ExpectedNumber {
        unit: Unit,
        found: JsonType,
    },
    /// A number written in quotes (`"45"`).
    QuotedNumber {
        text: String,
    },
    NotWhole {
        unit: Unit,
    },
    OutOfRange {
        value: i64,
        min: i64,
        max: i64,
        unit: Unit,
    },
    /// Settings that must be in order (each at most the next) are not.
    OutOfOrder {
        group: &'static [&'static str],
        values: Vec<i64>,
    },
    NotAColour {
        text: String,
    },
    /// A colour too close to what it is read against (WCAG AA asks for 4.5:1).
    LowContrast {
        role: ColourRole,
        colour: Rgb,
        against: Rgb,
    },
    UnknownLanguage {
        code: String,
    },
    // Paths (the logo, `?config`).
    Empty,
    Backslash,
    NotAPath,
    LeadingSlash,
    PathCharacter {
        found: char,
    },
    EmptyFolder,
    AboveFolder,
    Extension {
        allowed: &'static [&'static str],
    },
    // The name.
    TooLong {
        length: usize,
        max: usize,
    },
    ControlCharacter,
    // The phone.
    PhoneCharacter {
        found: char,
    },
    PlusNotFirst,
    DigitCount {
        digits: usize,
    },
    // E-mail, addresses, origins.
    NoAt,
    NotAnEmail {
        text: String,
    },
    HttpNotHttps,
    NotHttps,
    /// `http://` where only `localhost` may have it.
    HttpOnlyLocal,
    AddressTooLong {
        max: usize,
    },
    AddressCharacter {
        found: char,
    },
    UserInfo,
    PortNotNumber,
    NotAnOrigin,
    OriginWithPath,
    HasFragment,
    NotFullDomain {
        host: String,
    },
    InvalidDomain {
        host: String,
    },
    NoTopLevelDomain {
        host: String,
    },
    // The URL parameter and the fetch.
    NotPercentEncoded,
    /// The file `?config` names is not on the server.
    NamedFileMissing,
    /// The file could not be read (a network error, a server error).
    Unreadable,
    /// A problem with the clinic's own questions, care steps or switches (`questions`,
    /// `care_steps`, `switches`), with what the app does about it (`Instead::InTheWords`).
    Content(Box<ContentProblem>),
}

/// What the app does about a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Instead {
    /// The field keeps its built-in default.
    Default,
    /// The setting keeps its default, this number.
    DefaultNumber(i64),
    /// The colour keeps its default, this one.
    DefaultColour(Rgb),
    /// The group's fields keep their defaults.
    Defaults,
    /// The app runs on its built-in defaults.
    BuiltIn,
    /// The whole file is set aside, and the app runs on its built-in defaults.
    FileIgnored,
    LastOneUsed,
    Ignored,
    /// `embed_origins` unset: any page may show the app.
    AnyPage,
    /// The URL parameter is ignored.
    ParameterIgnored,
    /// `clinic.json` is read instead of the named file.
    DefaultFile,
    /// Every setting of an ordered group keeps its default, these.
    GroupDefaults(Vec<i64>),
    /// The embedded planner keeps its own background.
    NoBackground,
    /// The kind's own words say it (`ProblemKind::Content`).
    InTheWords,
}
