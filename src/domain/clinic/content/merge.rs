//! A clinic's content merged into the built-in protocol, and checked by its validator.
//!
//! The protocol is static data (`&'static` slices and ids), which keeps it `Copy` and lets the
//! screening, the plan and every screen borrow from it freely. A clinic's content arrives at
//! run time, so its part is leaked into the same shape, once per distinct content: a page
//! reads one clinic file, and the configurator's preview, which reads one draft after another,
//! finds a content it has seen before in the cache.

use super::problem::{ContentKind, ContentProblem, Item, Then};
use super::{ClinicContent, OwnQuestion, OwnStep, OwnText, CLINIC_SOURCE};
use crate::domain::clinic::ConfigProblem;
use crate::domain::i18n::OwnWords;
use crate::domain::protocol::{
    Amount, CareStep, Condition, Direction, Offset, Period, Planning, Protocol, Question, Rule,
    Source, Unit, When,
};
use std::cell::RefCell;

/// The clinic's default source, cited where an item names none; `source.clinic` says it in
/// the person's language.
const CLINIC_SOURCE_ENTRY: Source = Source {
    id: CLINIC_SOURCE,
    citation: "Your clinic's instructions",
    url: None,
};

thread_local! {
    static MERGED: RefCell<Vec<(u64, Protocol, Vec<ConfigProblem>)>> = const { RefCell::new(Vec::new()) };
}

/// The built-in protocol with `content` added (nothing added for no content), and a problem
/// for each item the validator refused, which is then left out. The protocol's own words are
/// installed, so the translation layer finds them.
pub fn protocol_with(content: &ClinicContent) -> (Protocol, Vec<ConfigProblem>) {
    let builtin = Protocol::builtin();
    if content.is_empty() {
        builtin.install_words();
        return (builtin, Vec::new());
    }
    let fingerprint = content.fingerprint();
    let cached = MERGED.with(|m| {
        m.borrow()
            .iter()
            .find(|(f, _, _)| *f == fingerprint)
            .map(|(_, p, problems)| (*p, problems.clone()))
    });
    let (protocol, problems) = cached.unwrap_or_else(|| {
        let merged = validated(content, fingerprint);
        MERGED.with(|m| {
            m.borrow_mut()
                .push((fingerprint, merged.0, merged.1.clone()))
        });
        merged
    });
    protocol.install_words();
    (protocol, problems)
}

/// Merges, validates, and merges again without what the validator refused, until nothing is
/// refused (each round leaves out at least one item, so it ends).
fn validated(content: &ClinicContent, fingerprint: u64) -> (Protocol, Vec<ConfigProblem>) {
    let mut content = content.clone();
    let mut problems = Vec::new();
    loop {
        let protocol = merge(&content, fingerprint);
        protocol.install_words();
        let Err(errors) = protocol.validate() else {
            return (protocol, problems);
        };
        let mut refused = false;
        for error in errors {
            let (field, item) = if let Some(i) = content
                .questions
                .iter()
                .position(|q| names(&error.place, &q.id) || names(&error.place, &q.date_id()))
            {
                let refused = content.questions.remove(i);
                (format!("questions[{}]", refused.at), Item::Question)
            } else if let Some(i) = content
                .care_steps
                .iter()
                .position(|s| names(&error.place, &s.id))
            {
                let refused = content.care_steps.remove(i);
                (format!("care_steps[{}]", refused.at), Item::Step)
            } else {
                // A built-in part's own words are not in a release build's wasm until their
                // file arrives; the built-in protocol itself is checked by the tests.
                continue;
            };
            let reason = error.problem;
            let refused_item =
                ContentProblem::new(ContentKind::Refused { reason }, Then::LeftOut(item));
            problems.push(ConfigProblem::content(field, refused_item));
            refused = true;
            break;
        }
        if !refused {
            return (protocol, problems);
        }
    }
}

/// Whether a validator's place (`questions[x]`, `rules[x].when`, `care.x`) is about item `id`.
fn names(place: &str, id: &str) -> bool {
    let bracket = format!("[{id}]");
    place.contains(&bracket) || place == format!("care.{id}")
}

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Vec::leak(items)
}

fn leak_str(text: &str) -> &'static str {
    String::leak(text.to_string())
}

fn merge(content: &ClinicContent, fingerprint: u64) -> Protocol {
    let builtin = Protocol::builtin();
    let mut words = Vec::new();
    let mut sources = builtin.sources.to_vec();
    sources.push(CLINIC_SOURCE_ENTRY);
    let mut source_of = |id: &str, text: &Option<OwnText>, words: &mut Vec<OwnWords>| {
        let Some(text) = text else {
            return leak(vec![CLINIC_SOURCE]);
        };
        let id = leak_str(&format!("{CLINIC_SOURCE}_{id}"));
        sources.push(Source {
            id,
            citation: leak_str(text.get(crate::domain::i18n::Lang::En)),
            url: None,
        });
        words.push(own(&format!("source.{id}"), text));
        leak(vec![id])
    };

    let mut questions = builtin.questions.to_vec();
    let mut rules = builtin.rules.to_vec();
    for q in &content.questions {
        let (question, follow_up, rule) =
            question_parts(q, source_of(&q.id, &q.source, &mut words));
        words.push(own(&format!("q.{}", q.id), &q.text));
        if let Some(help) = &q.help {
            words.push(own(&format!("q.{}.help", q.id), help));
        }
        if let Some(date) = &q.date_question {
            words.push(own(&format!("q.{}", q.date_id()), date));
        }
        words.push(own(&format!("rule.{}", q.id), &q.finding));
        // What to tell the provider: the clinic's own question, answered yes.
        words.push(own(&format!("rule.{}.ask", q.id), &q.text));
        questions.push(question);
        questions.extend(follow_up);
        rules.push(rule);
    }

    let mut care: Vec<CareStep> = builtin
        .care
        .iter()
        .filter(|s| !content.switched_off.iter().any(|off| off == s.id))
        .copied()
        .collect();
    for s in &content.care_steps {
        let sources = source_of(&s.id, &s.source, &mut words);
        words.push(own(&format!("care.{}", s.id), &s.text));
        words.push(own(&format!("care.{}.title", s.id), &s.title));
        care.push(care_step(s, sources));
    }

    Protocol {
        sources: leak(sources),
        questions: leak(questions),
        rules: leak(rules),
        care: leak(care),
        words: leak(words),
        content: Some(fingerprint),
        ..builtin
    }
}

fn own(key: &str, text: &OwnText) -> OwnWords {
    OwnWords {
        key: leak_str(key),
        texts: [leak_str(&text.texts[0]), leak_str(&text.texts[1])],
    }
}

/// The question, its date follow-up, and the rule a "yes" fires.
fn question_parts(
    q: &OwnQuestion,
    sources: &'static [&'static str],
) -> (Question, Option<Question>, Rule) {
    let id = leak_str(&q.id);
    let question = Question {
        id,
        step: leak_str(&q.step),
        kind: crate::domain::protocol::AnswerKind::YesNo,
        required: true,
        show_if: None,
        help: q.help.is_some(),
    };
    let date_id = q.date_question.as_ref().map(|_| leak_str(&q.date_id()));
    let follow_up = date_id.map(|date_id| Question {
        id: date_id,
        step: question.step,
        kind: crate::domain::protocol::AnswerKind::Date { past_only: true },
        required: true,
        show_if: Some(Condition::Yes(id)),
        help: false,
    });
    let until = date_id.zip(q.postpone_days).map(|(date_id, days)| {
        (
            date_id,
            Period {
                amount: Amount::Fixed(days),
                unit: Unit::Days,
            },
        )
    });
    let rule = Rule {
        id,
        when: Condition::Yes(id),
        severity: q.effect,
        until,
        // A clinic's postponement always has a computable end (the reader insists on one), so
        // sessions are planned from it.
        planning: Planning::Allowed,
        sources,
        disputed: false,
    };
    (question, follow_up, rule)
}

fn offset(days: i64) -> Offset {
    let direction = if days < 0 {
        Direction::Before
    } else {
        Direction::After
    };
    Offset {
        direction,
        amount: Amount::Fixed(days.abs()),
        unit: Unit::Days,
        day_before: false,
    }
}

fn care_step(s: &OwnStep, sources: &'static [&'static str]) -> CareStep {
    let when = match s.last_day {
        None => When::Day(offset(s.first_day)),
        Some(last) => When::Days {
            from: offset(s.first_day),
            to: offset(last),
        },
    };
    let only_if = s.only_if.as_ref().map(|c| {
        let q = leak_str(&c.question);
        match c.answer.as_str() {
            "yes" => Condition::Yes(q),
            "no" => Condition::No(q),
            option => Condition::Chose(q, leak_str(option)),
        }
    });
    CareStep {
        id: leak_str(&s.id),
        category: s.category,
        when,
        applies: s.sessions,
        only_if,
        omit_if_zero: None,
        group: None,
        params: &[],
        resume: false,
        alarm: s.reminder,
        sources,
        phase: s.phase,
    }
}
