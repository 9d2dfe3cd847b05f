//! The share link: its byte-level pieces against published test vectors, each error variant,
//! and the length of a link for a full answer set. Properties over arbitrary states and
//! arbitrary input are in `save_share_props.rs`.

mod common;

use careplanner::domain::i18n::Lang;
use careplanner::domain::protocol::Protocol;
use careplanner::domain::saved::SavedState;
use careplanner::domain::share::{
    base64url_decode, base64url_encode, crc32, decode_fragment, encode_fragment, fingerprint,
    ShareError,
};
use common::{full_answers, sample_states, schedule};

fn p() -> Protocol {
    Protocol::builtin()
}

/// A fragment built from raw body bytes with a correct checksum, for the decoder's inner checks.
fn sealed(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&crc32(body).to_be_bytes());
    base64url_encode(&bytes)
}

/// Version 1 and the built-in protocol's fingerprint, then `rest`.
fn body(rest: &[u8]) -> Vec<u8> {
    let mut b = vec![1];
    b.extend_from_slice(&fingerprint(&p()).to_be_bytes());
    b.extend_from_slice(rest);
    b
}

#[test]
fn crc32_matches_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn base64url_matches_rfc_4648_test_vectors_without_padding() {
    let cases: [(&[u8], &str); 8] = [
        (b"", ""),
        (b"f", "Zg"),
        (b"fo", "Zm8"),
        (b"foo", "Zm9v"),
        (b"foob", "Zm9vYg"),
        (b"fooba", "Zm9vYmE"),
        (b"foobar", "Zm9vYmFy"),
        (&[0xfb, 0xff, 0xbf], "-_-_"),
    ];
    for (bytes, text) in cases {
        assert_eq!(base64url_encode(bytes), text);
        assert_eq!(base64url_decode(text).as_deref(), Some(bytes), "{text}");
    }
    // A wrong character, an impossible length, padding, and stray bits in the last character.
    for bad in ["Zm9v+", "Z", "Zm9vY", "Zg==", "Zh", "Zm9", "Zm+v", "Zm9/"] {
        assert_eq!(base64url_decode(bad), None, "{bad}");
    }
}

#[test]
fn every_sample_state_comes_back_from_its_link() {
    for (name, state) in sample_states() {
        let fragment = encode_fragment(&state, &p());
        assert_eq!(
            decode_fragment(&fragment, &p()),
            Ok(state.clone()),
            "{name}"
        );
        assert_eq!(
            decode_fragment(&format!("#{fragment}"), &p()),
            Ok(state),
            "{name} with '#'"
        );
    }
}

#[test]
fn a_link_for_a_full_answer_set_is_short() {
    let state = SavedState {
        lang: Lang::Es,
        answers: full_answers(),
        schedule: Some(schedule()),
        phone: None,
    };
    let fragment = encode_fragment(&state, &p());
    // Every question answered (26, follow-ups included) and a schedule took 84 characters when
    // measured; the bound leaves room for a few more questions, and a page address in front
    // still makes a QR code that a phone reads at a glance.
    println!("full answer set: {} characters: {fragment}", fragment.len());
    assert!(
        fragment.len() <= 100,
        "{} characters: {fragment}",
        fragment.len()
    );
}

#[test]
fn each_kind_of_bad_link_gives_its_own_error() {
    let good = encode_fragment(&sample_states()[0].1, &p());
    let mut other_protocol = body(&[0]);
    other_protocol[1] ^= 0xff;
    let cases: Vec<(String, ShareError)> = vec![
        (String::new(), ShareError::Empty),
        ("  #  ".into(), ShareError::Empty),
        ("abc*def".into(), ShareError::NotBase64),
        ("a".into(), ShareError::NotBase64),
        ("%41QID".into(), ShareError::NotBase64),
        (
            base64url_encode(&[2, 0, 0, 0, 0, 0, 0, 0]),
            ShareError::UnknownVersion,
        ),
        (base64url_encode(&[1, 2, 3]), ShareError::Truncated),
        // Four characters are three bytes: cut whole groups, so what is left is still base64.
        (
            good[..good.len() - 8].to_string(),
            ShareError::ChecksumMismatch,
        ),
        (format!("{good}AAAA"), ShareError::ChecksumMismatch),
        (sealed(&other_protocol), ShareError::OtherProtocol),
        (sealed(&body(&[0x40])), malformed("unknown flags 0x40")),
        (sealed(&body(&[0x20])), malformed("phone: ends too soon")),
        (sealed(&body(&[0x05])), malformed("unknown language")),
        (sealed(&body(&[0x10, 0])), malformed("ends too soon")),
        (
            sealed(&body(&[0x10, 0, 0xff, 0xff, 0x7f, 3, 28])),
            malformed("start time out of range"),
        ),
        (
            sealed(&body(&[
                0x10, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01,
            ])),
            malformed("number too long"),
        ),
        (
            sealed(&body(&[
                0x10, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0, 1, 1,
            ])),
            malformed("date out of range"),
        ),
        (
            sealed(&body(&[0, 255, 3])),
            malformed("no question number 63"),
        ),
        (sealed(&body(&[0, 8 + 2])), malformed("age: ends too soon")),
        (
            sealed(&body(&[0, 8 * 8 + 5, 40])),
            malformed("area: no option number 40"),
        ),
        (
            sealed(&body(&[0, 8 * 8 + 6, 100, 1])),
            malformed("area: list longer than the link"),
        ),
        (
            sealed(&body(&[0, 8 * 8 + 6, 1, 0, 5, b'a'])),
            malformed("area: ends too soon"),
        ),
        (
            sealed(&body(&[0, 7, 1, 0xff, 1])),
            malformed("text is not UTF-8"),
        ),
        (
            sealed(&body(&[0, 8 + 1, 8])),
            malformed("age: answered twice"),
        ),
    ];
    for (fragment, expected) in cases {
        assert_eq!(
            decode_fragment(&fragment, &p()),
            Err(expected),
            "fragment {fragment:?}"
        );
    }
}

fn malformed(detail: &str) -> ShareError {
    ShareError::Malformed {
        detail: detail.into(),
    }
}

#[test]
fn every_error_has_a_translation_key() {
    let cases = [
        (ShareError::Empty, "share.error.empty"),
        (ShareError::NotBase64, "share.error.not_base64"),
        (ShareError::Truncated, "share.error.truncated"),
        (ShareError::ChecksumMismatch, "share.error.checksum"),
        (ShareError::UnknownVersion, "share.error.version"),
        (ShareError::OtherProtocol, "share.error.protocol"),
        (malformed("x"), "share.error.malformed"),
    ];
    for (error, key) in cases {
        assert_eq!(error.key(), key);
    }
}
