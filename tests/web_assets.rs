//! The hand-written web files around the app: embed.js stays under its size budget, the web
//! app manifest names icons that exist at the sizes it claims, index.html ships them all, and
//! the precache step writes a service worker whose version follows the build's content.

use careplanner::domain::json::{self, Json};
use std::path::{Path, PathBuf};
use std::process::Command;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn embed_js_is_under_2_kb_as_shipped() {
    // Trunk copies it byte for byte, so the source size is the shipped size.
    let size = std::fs::metadata("assets/embed.js").unwrap().len();
    assert!(size < 2048, "assets/embed.js is {size} bytes");
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{}", path.display());
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn the_manifest_makes_the_app_installable_with_icons_that_exist() {
    let manifest = json::parse(&read("assets/manifest.webmanifest")).unwrap();
    let text = |key: &str| manifest.get(key).and_then(Json::as_str).unwrap_or("");
    assert!(!text("name").is_empty() && !text("short_name").is_empty());
    assert_eq!(text("start_url"), "./");
    assert_eq!(text("scope"), "./");
    assert_eq!(text("display"), "standalone");
    let icons = manifest.get("icons").and_then(Json::as_array).unwrap();
    let mut png_sizes = Vec::new();
    for icon in icons {
        let field = |key: &str| icon.get(key).and_then(Json::as_str).unwrap();
        let path = Path::new("assets").join(field("src"));
        assert!(path.is_file(), "{}", path.display());
        if field("type") == "image/png" {
            let (w, h) = png_size(&path);
            assert_eq!(format!("{w}x{h}"), field("sizes"), "{}", path.display());
            png_sizes.push((w, field("purpose").to_string()));
        }
    }
    // Chromium's install criteria: a 192 px and a 512 px icon for any purpose.
    assert!(png_sizes.contains(&(192, "any".into())));
    assert!(png_sizes.contains(&(512, "any".into())));
    assert!(png_sizes.contains(&(512, "maskable".into())));
}

#[test]
fn index_html_ships_the_worker_the_embed_script_the_manifest_and_the_icons() {
    let html = read("index.html");
    for link in [
        r#"<link data-trunk rel="copy-file" href="assets/sw.js">"#,
        r#"<link data-trunk rel="copy-file" href="assets/embed.js">"#,
        r#"<link data-trunk rel="copy-file" href="assets/manifest.webmanifest">"#,
        r#"<link data-trunk rel="copy-dir" href="assets/icons">"#,
        r#"<link rel="manifest" href="manifest.webmanifest">"#,
    ] {
        assert!(html.contains(link), "index.html lacks {link}");
    }
    assert!(read("scripts/build.sh").contains("scripts/precache.py"));
}

/// A fresh folder under the system's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("careplanner-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("icons")).unwrap();
    dir
}

fn precache(dist: &Path) -> String {
    let status = Command::new("python3")
        .arg("scripts/precache.py")
        .arg(dist)
        .status()
        .expect("python3 runs scripts/precache.py");
    assert!(status.success());
    std::fs::read_to_string(dist.join("sw.js")).unwrap()
}

fn version(sw: &str) -> &str {
    sw.split("var VERSION = \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
}

#[test]
fn the_precache_step_lists_every_file_and_versions_the_content() {
    let dist = scratch("precache");
    std::fs::write(dist.join("index.html"), "<!doctype html>").unwrap();
    std::fs::write(dist.join("app-0123abcd.wasm"), [0u8, 97, 115, 109]).unwrap();
    std::fs::write(dist.join("icons/icon.svg"), "<svg/>").unwrap();
    std::fs::write(dist.join("sw.js"), "the copy Trunk made").unwrap();
    // The clinic's file is the clinic's to edit: the worker never precaches it.
    std::fs::write(dist.join("clinic.json"), "{}").unwrap();

    let sw = precache(&dist);
    // Each entry carries the SHA-256 of its bytes (`printf '<!doctype html>' | openssl dgst -sha256 -binary | base64`);
    // "./" is index.html.
    let page = "sha256-/ibFnpGsjeaUslMdw73Bt/r0cdPX5OAIcK9g9fIol8s=";
    let wasm = "sha256-zV1JNaSMBnLLBkB7tEO8AIev+UfGuGS6yIaYLHOzAn8=";
    let svg = "sha256-1NxWZpFDA08xqjCWNdQRPZrXagKxc52iLJZe0gSb6eY=";
    assert!(
        sw.contains(&format!(
            r#"var PRECACHE = [["./", "{page}"], ["app-0123abcd.wasm", "{wasm}"], ["icons/icon.svg", "{svg}"], ["index.html", "{page}"]];"#
        )),
        "{sw}"
    );
    let first = version(&sw).to_string();
    assert_eq!(first.len(), 16);
    assert!(!sw.contains("__CAREPLANNER_"));

    // Same files, same version; one changed byte in a file that keeps its name, a new one.
    assert_eq!(version(&precache(&dist)), first);
    std::fs::write(dist.join("index.html"), "<!doctype html> ").unwrap();
    assert_ne!(version(&precache(&dist)), first);
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn the_worker_source_holds_each_placeholder_once() {
    let sw = read("assets/sw.js");
    for placeholder in [
        r#""__CAREPLANNER_PRECACHE__""#,
        r#""__CAREPLANNER_VERSION__""#,
    ] {
        assert_eq!(sw.matches(placeholder).count(), 1, "{placeholder}");
    }
}
