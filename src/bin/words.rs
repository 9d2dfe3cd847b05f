//! Writes `en.json` or `es.json`, the words the release app fetches (built with the
//! `lazy-words` feature, which leaves them out of the wasm; see `domain::i18n`).
//! `scripts/build.sh` runs it: `cargo run --bin words -- es > dist/es.json`.

#[cfg(not(feature = "lazy-words"))]
fn main() {
    use careplanner::domain::i18n::{words_json, Lang};
    let arg = std::env::args().nth(1).unwrap_or_default();
    let Some(lang) = Lang::from_code(&arg) else {
        eprintln!("usage: words en|es");
        std::process::exit(2);
    };
    println!("{}", words_json(lang));
}

/// A build without the words has none to write.
#[cfg(feature = "lazy-words")]
fn main() {
    eprintln!("words: build it without the lazy-words feature");
    std::process::exit(1);
}
