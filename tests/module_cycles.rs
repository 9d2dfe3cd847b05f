//! No import cycles under `src/`: reading the code module by module, in the order that each
//! uses the other, must come to an end. Every `crate::…` and `super::…` path and every `use`
//! of a child module is an edge from the file's module to the module it names; an edge to
//! one's own ancestor is not (a child is part of its parent, as Rust's privacy has it).
//! Test modules (`#[cfg(test)] mod tests`) are left out: nothing ships depends on them.

mod source_tree;

use source_tree::files;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module, as its path from the crate root: `["ui", "shell"]`.
type Module = Vec<String>;

/// The module a file under `src/` defines; `None` for binaries, which nothing imports.
fn module_of(relative: &Path) -> Option<Module> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") || parts == ["main.rs"] {
        return None;
    }
    let last = parts.pop()?;
    match last.as_str() {
        "lib.rs" | "mod.rs" => {}
        name => parts.push(name.trim_end_matches(".rs").to_string()),
    }
    Some(parts)
}

/// The code of a file without its test module and its comments.
fn shipped_code(text: &str) -> String {
    let code = text
        .find("#[cfg(test)]\nmod ")
        .map_or(text, |end| &text[..end]);
    code.lines()
        .map(|line| line.find("//").map_or(line, |at| &line[..at]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path written from `start`: `a::b::{c, d::e}` gives `a::b::c` and `a::b::d::e`.
fn paths_at(code: &str, start: usize) -> Vec<Vec<String>> {
    fn skip_space(chars: &[char], at: &mut usize) {
        while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
            *at += 1;
        }
    }
    fn tree(chars: &[char], at: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
        let mut path = prefix;
        loop {
            skip_space(chars, at);
            if chars.get(*at) == Some(&'{') {
                *at += 1;
                loop {
                    skip_space(chars, at);
                    if chars.get(*at) == Some(&'}') {
                        *at += 1;
                        return;
                    }
                    let before = *at;
                    tree(chars, at, path.clone(), out);
                    skip_space(chars, at);
                    if chars.get(*at) == Some(&',') {
                        *at += 1;
                    } else if *at == before || chars.get(*at) != Some(&'}') {
                        return;
                    }
                }
            }
            let begin = *at;
            while chars
                .get(*at)
                .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '*')
            {
                *at += 1;
            }
            if *at == begin {
                break;
            }
            path.push(chars[begin..*at].iter().collect());
            if chars.get(*at..*at + 2) == Some(&[':', ':'][..]) {
                *at += 2;
            } else {
                break;
            }
        }
        out.push(path);
    }
    let chars: Vec<char> = code[start..].chars().collect();
    let mut out = Vec::new();
    tree(&chars, &mut 0, Vec::new(), &mut out);
    out
}

/// Whether the text just before `at` is part of a longer path or name (`a::crate` cannot be,
/// `my_crate::` is not `crate::`).
fn inside_a_name(code: &str, at: usize) -> bool {
    code[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
}

/// The modules `module`'s code names, resolved against the set of modules.
fn names(module: &Module, code: &str, modules: &BTreeSet<Module>) -> BTreeSet<Module> {
    let mut written: Vec<Vec<String>> = Vec::new();
    for prefix in ["crate::", "super::", "use "] {
        for (at, _) in code.match_indices(prefix) {
            if inside_a_name(code, at) {
                continue;
            }
            if prefix == "use " {
                // `use child::…`, relative to this module (`crate` and `super` are read above).
                let mut paths = paths_at(code, at + prefix.len());
                paths.retain(|p| {
                    !p.is_empty() && !matches!(p[0].as_str(), "crate" | "super" | "self")
                });
                written.extend(paths);
            } else {
                written.extend(paths_at(code, at));
            }
        }
    }
    let mut named = BTreeSet::new();
    for path in written {
        let mut base = module.clone();
        let mut rest = path.as_slice();
        if rest.first().is_some_and(|p| p == "crate") {
            base.clear();
            rest = &rest[1..];
        }
        while rest.first().is_some_and(|p| p == "super") {
            base.pop();
            rest = &rest[1..];
        }
        // The longest prefix that is a module: `ui::shell::MAIN_ID` names `ui::shell`.
        let mut target = base;
        for part in rest {
            target.push(part.clone());
            if !modules.contains(&target) {
                target.pop();
                break;
            }
        }
        if modules.contains(&target) && !module.starts_with(&target) {
            named.insert(target);
        }
    }
    named
}

/// One cycle of `graph`, if it has any, as the modules in the order they use each other.
fn a_cycle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    fn visit(
        node: &Module,
        graph: &BTreeMap<Module, BTreeSet<Module>>,
        done: &mut BTreeSet<Module>,
        path: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        if let Some(at) = path.iter().position(|m| m == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.clone());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, done, path) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

fn graph_of(sources: &[(Module, String)]) -> BTreeMap<Module, BTreeSet<Module>> {
    let modules: BTreeSet<Module> = sources.iter().map(|(m, _)| m.clone()).collect();
    sources
        .iter()
        .map(|(module, text)| {
            let code = shipped_code(text);
            (module.clone(), names(module, &code, &modules))
        })
        .collect()
}

fn show(cycle: &[Module]) -> String {
    let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
    names.join(" → ")
}

#[test]
fn no_module_under_src_is_reached_again_by_what_it_uses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    files(&root, &mut paths);
    let sources: Vec<(Module, String)> = paths
        .iter()
        .filter_map(|path| {
            let module = module_of(path.strip_prefix(&root).unwrap())?;
            Some((module, std::fs::read_to_string(path).unwrap()))
        })
        .collect();
    assert!(sources.len() > 50, "{} files read", sources.len());
    let graph = graph_of(&sources);
    // The reading itself: shell's use of the app's part is seen.
    let edges: usize = graph.values().map(BTreeSet::len).sum();
    assert!(edges > 100, "{edges} edges");
    if let Some(cycle) = a_cycle(&graph) {
        panic!("import cycle: {}", show(&cycle));
    }
}

fn module(path: &str) -> Module {
    path.split("::")
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn the_reading_finds_a_cycle_through_grouped_and_relative_paths_and_none_to_a_parent() {
    struct Case {
        files: &'static [(&'static str, &'static str)],
        cycle: Option<&'static str>,
    }
    let cases = [
        Case {
            files: &[
                ("", "mod a;\nmod b;"),
                ("a", "use crate::b::{self, X};"),
                ("b", "use super::{a::Y, c};"),
            ],
            cycle: Some("a → b → a"),
        },
        Case {
            files: &[
                ("", "mod ui;"),
                ("ui", "mod shell;\nuse shell::open;\npub struct Props;"),
                (
                    "ui::shell",
                    "use super::Props;\nfn f() { crate::ui::go(); }",
                ),
            ],
            cycle: None,
        },
        Case {
            files: &[
                ("", ""),
                ("x", "fn f() { let v = crate::y::z::f(); }"),
                ("y", ""),
                ("y::z", "use crate::x;"),
            ],
            cycle: Some("x → y::z → x"),
        },
        Case {
            files: &[
                ("", ""),
                (
                    "a",
                    "fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::b::f;\n}",
                ),
                ("b", "use crate::a::f;"),
            ],
            cycle: None,
        },
    ];
    for case in cases {
        let sources: Vec<(Module, String)> = case
            .files
            .iter()
            .map(|(m, text)| (module(m), text.to_string()))
            .collect();
        let found = a_cycle(&graph_of(&sources)).map(|c| show(&c));
        assert_eq!(found.as_deref(), case.cycle, "{:?}", case.files);
    }
}
