//! Checks that the protocol description is consistent.
//!
//! The data is static, so the compiler checks its shape; this checks what the compiler cannot:
//! that every id a rule or condition names exists and has the right type, that numbers are
//! possible, that follow-ups only look back, and that every derived translation key exists in
//! every language. A test runs it on the built-in protocol, so a bad edit fails `cargo test`.

use super::{Amount, AnswerKind, Condition, Period, Protocol, Question};
use crate::domain::i18n::{self, Lang};
use std::fmt;

/// One problem found in the description, naming the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// Where, e.g. `rules[isotretinoin_recent].when`.
    pub place: String,
    pub problem: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.problem)
    }
}

impl Protocol {
    /// Every problem in the description, or `Ok` when there is none.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut v = Validator {
            protocol: self,
            errors: Vec::new(),
        };
        v.ids();
        v.settings();
        v.questions();
        v.rules();
        v.translations();
        v.errors.extend(super::care::validate_care(self));
        if v.errors.is_empty() {
            Ok(())
        } else {
            Err(v.errors)
        }
    }

    /// Every translation key the protocol derives from its ids, with the place that needs it.
    pub fn translation_keys(&self) -> Vec<(String, String)> {
        let mut keys = Vec::new();
        for step in self.steps {
            keys.push((format!("steps[{}]", step.id), format!("step.{}", step.id)));
        }
        for q in self.questions {
            let place = format!("questions[{}]", q.id);
            keys.push((place.clone(), format!("q.{}", q.id)));
            if q.help {
                keys.push((place.clone(), format!("q.{}.help", q.id)));
            }
            for option in q.kind.options() {
                keys.push((place.clone(), format!("opt.{}.{}", q.id, option)));
            }
        }
        for rule in self.rules {
            let place = format!("rules[{}]", rule.id);
            keys.push((place.clone(), format!("rule.{}", rule.id)));
            keys.push((place.clone(), format!("rule.{}.ask", rule.id)));
            if rule.disputed {
                keys.push((place.clone(), format!("rule.{}.note", rule.id)));
            }
            match rule.planning {
                super::Planning::Allowed => {}
                super::Planning::IfCleared => {
                    keys.push((place, format!("rule.{}.condition", rule.id)));
                }
                super::Planning::Blocked => {
                    keys.push((place, format!("rule.{}.come_back", rule.id)));
                }
            }
        }
        for card in self.info {
            let place = format!("info[{}]", card.id);
            keys.push((place.clone(), card.title_key()));
            keys.push((place, card.text_key()));
        }
        for setting in self.settings.iter().filter(|s| s.disputed) {
            keys.push((
                format!("settings[{}]", setting.id),
                format!("setting.{}.note", setting.id),
            ));
        }
        keys
    }
}

struct Validator<'a> {
    protocol: &'a Protocol,
    errors: Vec<ValidationError>,
}

impl Validator<'_> {
    fn error(&mut self, place: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(ValidationError {
            place: place.into(),
            problem: problem.into(),
        });
    }

    /// Ids are unique within their list and written in snake_case.
    fn ids(&mut self) {
        let p = self.protocol;
        let lists: [(&str, Vec<&str>); 5] = [
            ("sources", p.sources.iter().map(|s| s.id).collect()),
            ("settings", p.settings.iter().map(|s| s.id).collect()),
            ("steps", p.steps.iter().map(|s| s.id).collect()),
            ("questions", p.questions.iter().map(|q| q.id).collect()),
            ("rules", p.rules.iter().map(|r| r.id).collect()),
        ];
        for (list, ids) in lists {
            self.unique_snake_case(list, &ids);
        }
        for q in p.questions {
            self.unique_snake_case(&format!("questions[{}].options", q.id), q.kind.options());
        }
    }

    fn unique_snake_case(&mut self, list: &str, ids: &[&str]) {
        // A list, not a hash set: the lists are short, and the validator runs in the app too
        // (on a clinic's content), where a hash set would cost its code.
        let mut seen: Vec<&str> = Vec::with_capacity(ids.len());
        for id in ids {
            if seen.contains(id) {
                self.error(format!("{list}[{id}]"), "duplicate id");
            } else {
                seen.push(id);
            }
            if !is_snake_case(id) {
                self.error(
                    format!("{list}[{id}]"),
                    "id is not snake_case (a-z, 0-9 and _)",
                );
            }
        }
    }

    fn settings(&mut self) {
        for s in self.protocol.settings {
            let place = format!("settings[{}]", s.id);
            if s.min > s.max {
                self.error(&place, format!("min {} is above max {}", s.min, s.max));
            } else if s.default < s.min || s.default > s.max {
                self.error(
                    &place,
                    format!("default {} is outside {}..={}", s.default, s.min, s.max),
                );
            }
            self.sources(&format!("{place}.sources"), s.sources);
        }
    }

    fn questions(&mut self) {
        let p = self.protocol;
        for (index, q) in p.questions.iter().enumerate() {
            let place = format!("questions[{}]", q.id);
            if !p.steps.iter().any(|s| s.id == q.step) {
                self.error(
                    format!("{place}.step"),
                    format!("unknown step {:?}", q.step),
                );
            }
            match q.kind {
                AnswerKind::Number { min, max } if min > max => {
                    self.error(
                        format!("{place}.kind"),
                        format!("min {min} is above max {max}"),
                    );
                }
                AnswerKind::Choice { options } | AnswerKind::Multi { options }
                    if options.is_empty() =>
                {
                    self.error(format!("{place}.kind"), "a choice with no options");
                }
                _ => {}
            }
            if let Some(condition) = &q.show_if {
                let place = format!("{place}.show_if");
                self.condition(&place, condition);
                // A follow-up may only depend on questions asked before it, which also rules
                // out cycles and lets the screening read the answers in one pass.
                for read in condition.questions() {
                    let position = p.questions.iter().position(|other| other.id == read);
                    if read == q.id {
                        self.error(&place, "the condition reads its own question");
                    } else if position.is_some_and(|pos| pos > index) {
                        self.error(
                            &place,
                            format!("the condition reads {read:?}, which is asked later"),
                        );
                    }
                }
            }
        }
        for step in p.steps {
            if !p.questions.iter().any(|q| q.step == step.id) {
                self.error(format!("steps[{}]", step.id), "a step with no questions");
            }
        }
    }

    fn rules(&mut self) {
        for rule in self.protocol.rules {
            let place = format!("rules[{}]", rule.id);
            self.condition(&format!("{place}.when"), &rule.when);
            if let Some((q, period)) = rule.until {
                let place = format!("{place}.until");
                if rule.severity != super::Severity::Postpone {
                    self.error(&place, "only a postponement has an end date");
                }
                self.date_question(&place, q);
                self.period(&place, &period);
            }
            if rule.planning != super::Planning::Allowed {
                let place = format!("{place}.planning");
                if rule.severity != super::Severity::Postpone {
                    self.error(&place, "only a postponement holds back a plan");
                }
                if rule.until.is_some() {
                    self.error(
                        &place,
                        "a postponement with an end date plans from that date",
                    );
                }
            }
            if rule.sources.is_empty() {
                self.error(
                    format!("{place}.sources"),
                    "a rule must name at least one source",
                );
            }
            self.sources(&format!("{place}.sources"), rule.sources);
        }
        for card in self.protocol.info {
            let place = format!("info[{}].sources", card.id);
            if card.sources.is_empty() {
                self.error(&place, "a card must name at least one source");
            }
            self.sources(&place, card.sources);
        }
    }

    fn sources(&mut self, place: &str, ids: &[&str]) {
        for id in ids {
            if self.protocol.source(id).is_none() {
                self.error(place, format!("unknown source {id:?}"));
            }
        }
    }

    /// The question a condition names, if it exists; an error otherwise.
    fn question(&mut self, place: &str, id: &str) -> Option<&'static Question> {
        let found = self.protocol.question(id);
        if found.is_none() {
            self.error(place, format!("unknown question {id:?}"));
        }
        found
    }

    fn condition(&mut self, place: &str, condition: &Condition) {
        match *condition {
            Condition::Yes(id) | Condition::No(id) => {
                if let Some(q) = self.question(place, id) {
                    if q.kind != AnswerKind::YesNo {
                        self.error(place, format!("{id:?} is not a yes/no question"));
                    }
                }
            }
            Condition::Chose(id, option) => {
                if let Some(q) = self.question(place, id) {
                    match q.kind {
                        AnswerKind::Choice { options } | AnswerKind::Multi { options } => {
                            if !options.contains(&option) {
                                self.error(place, format!("{id:?} has no option {option:?}"));
                            }
                        }
                        _ => self.error(place, format!("{id:?} is not a choice question")),
                    }
                }
            }
            Condition::Below(id, amount) => {
                if let Some(q) = self.question(place, id) {
                    if !matches!(q.kind, AnswerKind::Number { .. }) {
                        self.error(place, format!("{id:?} is not a number question"));
                    }
                }
                self.amount(place, &amount);
            }
            Condition::Within(id, period) => {
                self.date_question(place, id);
                self.period(place, &period);
            }
            Condition::All(conditions) | Condition::Any(conditions) => {
                if conditions.is_empty() {
                    self.error(place, "an empty list of conditions");
                }
                for c in conditions {
                    self.condition(place, c);
                }
            }
        }
    }

    fn date_question(&mut self, place: &str, id: &str) {
        if let Some(q) = self.question(place, id) {
            if !matches!(q.kind, AnswerKind::Date { .. }) {
                self.error(place, format!("{id:?} is not a date question"));
            }
        }
    }

    fn amount(&mut self, place: &str, amount: &Amount) {
        if let Amount::Setting(id) = amount {
            if self.protocol.setting(id).is_none() {
                self.error(place, format!("unknown setting {id:?}"));
            }
        }
    }

    fn period(&mut self, place: &str, period: &Period) {
        match period.amount {
            Amount::Fixed(n) if n < 0 => self.error(place, format!("a negative period ({n})")),
            Amount::Fixed(_) => {}
            Amount::Setting(id) => match self.protocol.setting(id) {
                None => self.error(place, format!("unknown setting {id:?}")),
                Some(s) if s.unit != period.unit => self.error(
                    place,
                    format!(
                        "setting {id:?} is in {} but the period is in {}",
                        s.unit.name(),
                        period.unit.name()
                    ),
                ),
                Some(s) if s.min < 0 => {
                    self.error(place, format!("setting {id:?} allows a negative period"))
                }
                Some(_) => {}
            },
        }
    }

    fn translations(&mut self) {
        for (place, key) in self.protocol.translation_keys() {
            for lang in Lang::ALL {
                if i18n::lookup(lang, &key).is_none() {
                    self.error(&place, format!("no {} text for {key:?}", lang.code()));
                }
            }
        }
    }
}

/// Lower-case ASCII letters, digits and single underscores, starting with a letter.
fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('_')
        && !id.contains("__")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
