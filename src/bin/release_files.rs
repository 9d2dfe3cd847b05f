//! Writes the files the release build ships beside the app instead of carrying in the wasm:
//! `en.json` and `es.json`, the words the `lazy-words` feature leaves out (see
//! `domain::i18n`), and `questionnaire-en.json` and `questionnaire-es.json`, the FHIR
//! Questionnaire, which depends on nothing the person enters (see docs/fhir.md).
//! `scripts/build.sh` runs it: `cargo run --bin release_files -- dist`.

#[cfg(not(feature = "lazy-words"))]
fn main() {
    use careplanner::domain::fhir::{questionnaire, questionnaire_file};
    use careplanner::domain::i18n::{words_file, words_json, Lang};
    use careplanner::domain::protocol::Protocol;
    use std::path::PathBuf;

    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: release_files DIR");
        std::process::exit(2);
    };
    let protocol = Protocol::builtin();
    for lang in Lang::ALL {
        let files = [
            (words_file(lang).to_string(), words_json(lang)),
            (
                questionnaire_file(lang),
                questionnaire(&protocol, lang).to_json(),
            ),
        ];
        for (name, text) in files {
            let path = dir.join(&name);
            if let Err(e) = std::fs::write(&path, text + "\n") {
                eprintln!("release_files: {}: {e}", path.display());
                std::process::exit(1);
            }
            println!("[release-files] {}", path.display());
        }
    }
}

/// A build without every word has none to write.
#[cfg(feature = "lazy-words")]
fn main() {
    eprintln!("release_files: build it without the lazy-words feature");
    std::process::exit(1);
}
