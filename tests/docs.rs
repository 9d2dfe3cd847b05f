//! Docs that cannot drift: the tables of `docs/protocol.md` are written from the protocol
//! itself. Each sits between `<!-- generated: NAME -->` and `<!-- end generated -->`; this test
//! fails when a table differs from what the protocol says, and rewrites it when run with
//! `UPDATE_DOCS=1` (as rust-analyzer does for its manual).

use careplanner::domain::protocol::{
    Amount, AnswerKind, Condition, Planning, Protocol, Question, Rule, Severity,
};

fn amount(p: &Protocol, amount: Amount) -> String {
    match amount {
        Amount::Fixed(n) => n.to_string(),
        Amount::Setting(id) => {
            let default = p.setting(id).map_or(0, |s| s.default);
            format!("setting `{id}` ({default})")
        }
    }
}

fn condition(p: &Protocol, c: &Condition) -> String {
    let join = |cs: &[Condition], word: &str| {
        cs.iter()
            .map(|c| condition(p, c))
            .collect::<Vec<_>>()
            .join(word)
    };
    match *c {
        Condition::Yes(q) => format!("`{q}` yes"),
        Condition::No(q) => format!("`{q}` no"),
        Condition::Chose(q, option) => format!("`{q}` is {option}"),
        Condition::Below(q, a) => format!("`{q}` below {}", amount(p, a)),
        Condition::Within(q, period) => {
            format!(
                "`{q}` within {} {}",
                amount(p, period.amount),
                period.unit.name()
            )
        }
        Condition::All(cs) => join(cs, " and "),
        Condition::Any(cs) => join(cs, " or "),
    }
}

fn kind(q: &Question) -> String {
    match q.kind {
        AnswerKind::YesNo => "yes/no".into(),
        AnswerKind::Number { min, max } => format!("number {min}–{max}"),
        AnswerKind::Date { past_only: true } => "date, past only".into(),
        AnswerKind::Date { past_only: false } => "date".into(),
        AnswerKind::Choice { options } => format!("choice: {}", options.join(", ")),
        AnswerKind::Multi { options } => format!("multi: {}", options.join(", ")),
    }
}

fn reads(rule: &Rule, question: &str) -> bool {
    rule.when.questions().contains(&question) || rule.until.is_some_and(|(q, _)| q == question)
}

fn questions(p: &Protocol) -> String {
    let mut out = String::from(
        "| id | type | step | asked when | rules that read it |\n|---|---|---|---|---|\n",
    );
    for q in p.questions {
        let when = q
            .show_if
            .as_ref()
            .map_or("always".into(), |c| condition(p, c));
        let rules: Vec<String> = p
            .rules
            .iter()
            .filter(|r| reads(r, q.id))
            .map(|r| format!("`{}`", r.id))
            .collect();
        let rules = if rules.is_empty() {
            "none".into()
        } else {
            rules.join(", ")
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {when} | {rules} |\n",
            q.id,
            kind(q),
            q.step
        ));
    }
    out
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Precaution => "precaution",
        Severity::Consult => "consult",
        Severity::Postpone => "postpone",
        Severity::NotSuitable => "not suitable",
    }
}

fn rules(p: &Protocol) -> String {
    let mut out = String::from(
        "| rule | severity | planning | fires when | until | sources | disputed |\n|---|---|---|---|---|---|---|\n",
    );
    for r in p.rules {
        let planning = match r.planning {
            Planning::Allowed => "allowed",
            Planning::IfCleared => "if cleared",
            Planning::Blocked => "no calendar",
        };
        let until = r.until.map_or("—".into(), |(q, period)| {
            format!(
                "`{q}` + {} {}",
                amount(p, period.amount),
                period.unit.name()
            )
        });
        out.push_str(&format!(
            "| `{}` | {} | {planning} | {} | {until} | {} | {} |\n",
            r.id,
            severity(r.severity),
            condition(p, &r.when),
            r.sources.join(", "),
            if r.disputed { "yes" } else { "no" },
        ));
    }
    out
}

fn settings(p: &Protocol) -> String {
    let mut out = String::from(
        "| setting | default | range | unit | sources | disputed |\n|---|---|---|---|---|---|\n",
    );
    for s in p.settings {
        out.push_str(&format!(
            "| `{}` | {} | {}–{} | {} | {} | {} |\n",
            s.id,
            s.default,
            s.min,
            s.max,
            s.unit.name(),
            s.sources.join(", "),
            if s.disputed { "yes" } else { "no" },
        ));
    }
    out
}

fn info(p: &Protocol) -> String {
    let mut out = String::from("| card | sources |\n|---|---|\n");
    for card in p.info {
        out.push_str(&format!(
            "| `{}` | {} |\n",
            card.id,
            card.sources.join(", ")
        ));
    }
    out
}

/// `text` with each generated section replaced by `tables`' content for its name.
fn regenerate(text: &str, tables: &[(&str, String)]) -> Result<String, String> {
    let mut out = text.to_string();
    for (name, table) in tables {
        let open = format!("<!-- generated: {name} -->\n");
        let close = "<!-- end generated -->";
        let start = out.find(&open).ok_or(format!("no `{open}` marker"))? + open.len();
        let end = start
            + out[start..]
                .find(close)
                .ok_or(format!("{name}: no end marker"))?;
        out.replace_range(start..end, table);
    }
    Ok(out)
}

fn check_doc(file: &str, tables: &[(&str, String)]) {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let fresh = regenerate(&text, tables).unwrap_or_else(|e| panic!("{file}: {e}"));
    if fresh != text {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, fresh).unwrap();
        } else {
            panic!("{file} differs from the protocol; run `UPDATE_DOCS=1 cargo test --test docs`");
        }
    }
}

#[test]
fn the_protocol_doc_tables_are_the_protocol() {
    let p = Protocol::builtin();
    check_doc(
        "docs/protocol.md",
        &[
            ("questions", questions(&p)),
            ("rules", rules(&p)),
            ("settings", settings(&p)),
            ("info", info(&p)),
        ],
    );
}

#[test]
fn regenerating_replaces_only_what_is_between_the_markers() {
    let text = "a\n<!-- generated: t -->\nold\n<!-- end generated -->\nb\n";
    let fresh = regenerate(text, &[("t", "new\n".into())]).unwrap();
    assert_eq!(
        fresh,
        "a\n<!-- generated: t -->\nnew\n<!-- end generated -->\nb\n"
    );
    assert!(regenerate("no markers", &[("t", String::new())]).is_err());
}
