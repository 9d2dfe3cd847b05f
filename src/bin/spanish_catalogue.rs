//! Writes `es.json`, the Spanish column of the translation catalogues, for the release app
//! (built with the `lazy-spanish` feature, which leaves that column out of the wasm).
//! `scripts/build.sh` runs it: `cargo run --bin spanish_catalogue > dist/es.json`.

#[cfg(not(feature = "lazy-spanish"))]
fn main() {
    println!("{}", careplanner::domain::i18n::spanish_json());
}

/// A build without the Spanish column has nothing to write.
#[cfg(feature = "lazy-spanish")]
fn main() {
    eprintln!("spanish_catalogue: build it without the lazy-spanish feature");
    std::process::exit(1);
}
