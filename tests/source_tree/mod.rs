//! The Rust files under a folder, for the tests that read the code itself (which modules use
//! which, which name browser APIs, what README's map must name).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Every folder and `.rs` file under `dir`, at any depth, into `out`, each folder before what
/// it holds.
pub fn entries(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.push(path.clone());
            entries(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `.rs` file under `dir`, at any depth, into `out`.
pub fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut all = Vec::new();
    entries(dir, &mut all);
    out.extend(all.into_iter().filter(|p| !p.is_dir()));
}
