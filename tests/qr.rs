//! QR codes of real share links, written to `target/qr-samples/` for `scripts/check-qr.sh`,
//! which renders each SVG and reads it back with an independent decoder (zbarimg).

mod common;

use careplanner::domain::protocol::Protocol;
use careplanner::domain::qr::svg;
use careplanner::domain::share::encode_fragment;
use common::{sample_dir, sample_states};

/// Where the app is served in the tests; a deployed address is about as long.
const PAGE: &str = "http://127.0.0.1:8080/";

#[test]
fn write_qr_codes_of_share_links_for_the_independent_decoder() {
    let dir = sample_dir("qr-samples");
    for (name, state) in sample_states() {
        let link = format!("{PAGE}#{}", encode_fragment(&state, &Protocol::builtin()));
        let code = svg(&link, "QR code of the link to your plan").unwrap();
        std::fs::write(dir.join(format!("{name}.svg")), code).unwrap();
        std::fs::write(dir.join(format!("{name}.txt")), &link).unwrap();
    }
}

#[test]
fn a_full_link_makes_a_small_code() {
    let (_, state) = &sample_states()[1];
    let link = format!("{PAGE}#{}", encode_fragment(state, &Protocol::builtin()));
    let code = svg(&link, "t").unwrap();
    // 106 characters at level M need version 7 at most (45 modules); with the quiet zone 53.
    let size: usize = code
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    println!(
        "{} characters: QR code of {size} modules with its quiet zone",
        link.len()
    );
    assert!(
        size <= 45 + 8,
        "{size} modules for {} characters",
        link.len()
    );
}
