//! Every key the UI code asks the translation layer for exists in both languages.
//!
//! The UI's keys are literals in calls such as `t(lang, "welcome.start")`; this test reads the
//! source files and checks each one, so a typo or a forgotten translation fails here rather
//! than showing a raw key to a patient.

use careplanner::domain::i18n::{lookup, Lang};
use std::fs;
use std::path::Path;

/// The string literal that follows the first argument of each `t(` / `tf(` call.
fn keys_in(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in ["t(", "tf("] {
        let mut rest = source;
        while let Some(at) = rest.find(call) {
            let boundary = rest[..at]
                .chars()
                .last()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            rest = &rest[at + call.len()..];
            if !boundary {
                continue;
            }
            let Some(comma) = rest.find(',') else { break };
            let first_arg = &rest[..comma];
            if first_arg.contains('(') || first_arg.contains('"') {
                continue;
            }
            let after = rest[comma + 1..].trim_start();
            if let Some(literal) = after.strip_prefix('"') {
                if let Some(end) = literal.find('"') {
                    keys.push(literal[..end].to_string());
                }
            }
        }
    }
    keys
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_scanner_finds_keys_in_calls() {
    let src = r#"t(lang, "a.b") + tf(props.lang, "c.d", &[]) + format(x, "no") + at(lang, "no")"#;
    assert_eq!(keys_in(src), vec!["a.b", "c.d"]);
}

#[test]
fn every_key_used_by_the_ui_is_translated() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui")),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for key in keys_in(&source) {
            seen += 1;
            for lang in Lang::ALL {
                if lookup(lang, &key).is_none() {
                    missing.push(format!("{}: {key} ({lang:?})", file.display()));
                }
            }
        }
    }
    assert!(
        seen > 5,
        "the scanner found only {seen} keys: is it still reading the UI?"
    );
    assert!(
        missing.is_empty(),
        "untranslated keys:\n{}",
        missing.join("\n")
    );
}
