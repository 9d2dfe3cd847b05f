//! The QR encoder against the `qrcode` crate, for every version: the same version for the same
//! bytes, the same codewords, and the same modules under the same mask. Also QR codes of real
//! share links and of every version, written to `target/qr-samples/` for
//! `scripts/check-qr.sh`, which renders each SVG and reads it back with an independent decoder
//! (zbarimg).

mod common;

use careplanner::domain::protocol::Protocol;
use careplanner::domain::qr::{codewords, encode, svg};
use careplanner::domain::share::encode_fragment;
use common::{sample_dir, sample_states};
use qrcode::bits::Bits;
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::ec::construct_codewords;
use qrcode::{Color, EcLevel, Version};

/// Where the app is served in the tests; a deployed address is about as long.
const PAGE: &str = "http://127.0.0.1:8080/";

/// Bytes that look like a share link, `len` of them.
fn link_bytes(len: usize) -> Vec<u8> {
    let alphabet = b"https://clinic.example/planner/#ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..len)
        .map(|i| alphabet[(i * 7 + i / 3) % alphabet.len()])
        .collect()
}

/// Whether the `qrcode` crate fits `data` in byte mode at level M in `version`.
fn reference_bits(data: &[u8], version: i16) -> Option<Bits> {
    let mut bits = Bits::new(Version::Normal(version));
    bits.push_byte_data(data).ok()?;
    bits.push_terminator(EcLevel::M).ok()?;
    Some(bits)
}

/// For each version, the most bytes it holds and one byte more.
fn lengths_at_every_version_boundary() -> Vec<(usize, i16)> {
    let mut out = Vec::new();
    let mut len = 1;
    for version in 1..=40 {
        while reference_bits(&link_bytes(len + 1), version).is_some() {
            len += 1;
        }
        out.push((len, version));
        out.push((len + 1, version + 1));
    }
    out
}

#[test]
fn every_version_matches_the_qrcode_crate_module_for_module() {
    const MASKS: [MaskPattern; 8] = [
        MaskPattern::Checkerboard,
        MaskPattern::HorizontalLines,
        MaskPattern::VerticalLines,
        MaskPattern::DiagonalLines,
        MaskPattern::LargeCheckerboard,
        MaskPattern::Fields,
        MaskPattern::Diamonds,
        MaskPattern::Meadow,
    ];
    for (len, version) in lengths_at_every_version_boundary() {
        let data = link_bytes(len);
        if version > 40 {
            assert!(codewords(&data).is_err(), "{len} bytes fit no version");
            continue;
        }
        let (ours_version, ours) = codewords(&data).unwrap();
        assert_eq!(ours_version, version as usize, "{len} bytes");

        let reference = Version::Normal(version);
        let raw = reference_bits(&data, version).unwrap().into_bytes();
        let (data_words, ecc_words) = construct_codewords(&raw, reference, EcLevel::M).unwrap();
        let expected = [data_words.clone(), ecc_words.clone()].concat();
        let first_difference = (0..expected.len()).find(|&i| ours.get(i) != expected.get(i));
        assert_eq!(
            ours.len(),
            expected.len(),
            "version {version}: codeword count"
        );
        assert_eq!(
            first_difference, None,
            "version {version}: codewords differ"
        );

        let code = encode(&data).unwrap();
        let mut canvas = Canvas::new(reference, EcLevel::M);
        canvas.draw_all_functional_patterns();
        canvas.draw_data(&data_words, &ecc_words);
        canvas.apply_mask(MASKS[usize::from(code.mask)]);
        let expected = canvas.into_colors();
        assert_eq!(code.size * code.size, expected.len());
        for y in 0..code.size {
            for x in 0..code.size {
                let want = expected[y * code.size + x] == Color::Dark;
                assert_eq!(
                    code.is_dark(x, y),
                    want,
                    "version {version}, module ({x}, {y})"
                );
            }
        }
    }
}

/// QR codes of real share links, and of every sixth version at its fullest so that the
/// decoder sees every shape of version block and alignment grid, for `scripts/check-qr.sh`.
/// One test, because `sample_dir` empties the folder.
#[test]
fn write_qr_codes_for_the_independent_decoder() {
    let dir = sample_dir("qr-samples");
    let links = sample_states().into_iter().map(|(name, state)| {
        let link = format!("{PAGE}#{}", encode_fragment(&state, &Protocol::builtin()));
        (name.to_string(), link)
    });
    let versions = lengths_at_every_version_boundary()
        .into_iter()
        .filter(|&(_, version)| version % 6 == 1 && version <= 40)
        .map(|(len, version)| {
            let text = String::from_utf8(link_bytes(len)).unwrap();
            (format!("version-{version:02}"), text)
        });
    for (name, text) in links.chain(versions) {
        let code = svg(&text, "QR code of the link to your plan").unwrap();
        std::fs::write(dir.join(format!("{name}.svg")), code).unwrap();
        std::fs::write(dir.join(format!("{name}.txt")), &text).unwrap();
    }
}

#[test]
fn a_full_link_makes_a_small_code() {
    let (_, state) = &sample_states()[1];
    let link = format!("{PAGE}#{}", encode_fragment(state, &Protocol::builtin()));
    let code = encode(link.as_bytes()).unwrap();
    println!(
        "{} characters: QR code version {} of {} modules",
        link.len(),
        code.version,
        code.size
    );
    // 106 characters at level M need version 7 at most (45 modules).
    assert!(
        code.version <= 7,
        "version {} for {} characters",
        code.version,
        link.len()
    );
}
