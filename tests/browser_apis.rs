//! `src/ui/platform.rs` is the one module that names the browser's APIs (`web_sys`, `js_sys`,
//! `wasm_bindgen`'s casts and closures): everything else, the configurator included, goes
//! through its typed helpers, so the rest of the code reads as plain Rust and the browser is
//! met in one place. (Yew's event types, which it re-exports, are Yew's.)

mod source_tree;

use source_tree::files;
use std::path::Path;

/// The browser APIs `code` names, outside comments.
fn browser_names(code: &str) -> Vec<&'static str> {
    const NAMES: [&str; 4] = ["web_sys", "js_sys", "wasm_bindgen::", "JsCast"];
    let code: Vec<&str> = code
        .lines()
        .map(|line| line.find("//").map_or(line, |at| &line[..at]))
        .collect();
    let code = code.join("\n");
    NAMES
        .into_iter()
        .filter(|name| {
            code.match_indices(name).any(|(at, _)| {
                // `my_web_sys` is not `web_sys`.
                !code[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
        .collect()
}

#[test]
fn only_platform_names_the_browsers_apis() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let platform = root.join("ui").join("platform.rs");
    let mut paths = Vec::new();
    files(&root, &mut paths);
    assert!(paths.len() > 50, "{} files", paths.len());
    assert!(!browser_names(&std::fs::read_to_string(&platform).unwrap()).is_empty());
    let naming: Vec<String> = paths
        .iter()
        .filter(|path| **path != platform)
        .filter_map(|path| {
            let names = browser_names(&std::fs::read_to_string(path).unwrap());
            (!names.is_empty()).then(|| format!("{}: {names:?}", path.display()))
        })
        .collect();
    assert!(naming.is_empty(), "outside platform.rs: {naming:#?}");
}

#[test]
fn the_check_sees_a_cast_and_a_console_call_but_not_a_comment_or_a_longer_name() {
    let cases: [(&str, &[&str]); 5] = [
        (
            "let i = e.target_unchecked_into::<web_sys::HtmlInputElement>();",
            &["web_sys"],
        ),
        ("use wasm_bindgen::JsCast;", &["wasm_bindgen::", "JsCast"]),
        ("let a = js_sys::Array::new();", &["js_sys"]),
        ("// web_sys is only named in platform\nlet x = 1;", &[]),
        (
            "wasm_bindgen_futures::spawn_local(f); let my_web_sys = 2;",
            &[],
        ),
    ];
    for (code, expected) in cases {
        assert_eq!(browser_names(code), expected, "{code}");
    }
}
