//! The Rust files under a folder, for the tests that read the code itself (which modules use
//! which, which name browser APIs).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, at any depth, into `out`.
pub fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
