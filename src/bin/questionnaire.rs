//! Writes the FHIR Questionnaire of the built-in questions in one language (`docs/fhir.md`).
//! It depends on nothing the person enters, so the release build ships it as a file beside the
//! app (`questionnaire-en.json`, `questionnaire-es.json`) that the summary links to, instead of
//! carrying the code that writes it. `scripts/build.sh` runs it:
//! `cargo run --bin questionnaire -- en > dist/questionnaire-en.json`.

#[cfg(not(feature = "lazy-words"))]
fn main() {
    use careplanner::domain::fhir::questionnaire;
    use careplanner::domain::i18n::Lang;
    use careplanner::domain::protocol::Protocol;
    let arg = std::env::args().nth(1).unwrap_or_default();
    let Some(lang) = Lang::from_code(&arg) else {
        eprintln!("usage: questionnaire en|es");
        std::process::exit(2);
    };
    println!("{}", questionnaire(&Protocol::builtin(), lang).to_json());
}

/// A build without every word cannot write the texts.
#[cfg(feature = "lazy-words")]
fn main() {
    eprintln!("questionnaire: build it without the lazy-words feature");
    std::process::exit(1);
}
