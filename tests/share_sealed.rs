//! Locked share links, natively: the fragment's layout, the codes (made from random bytes,
//! read back however they are typed), and what opening one does to the journey's state. The
//! encryption itself is Web Crypto's and is exercised by the e2e tests (tests/e2e/share.test.mjs).

use careplanner::domain::i18n::{lookup, Lang};
use careplanner::domain::share::sealed::{
    code_from_random, display_code, is_sealed, normalize_code, open_fragment, seal_fragment,
    Sealed, CODE_LEN,
};
use careplanner::domain::share::{self, ShareError};
use careplanner::ui::ids::UNLOCK_CODE_ID;
use careplanner::ui::saving::{fragment_bytes, fragment_of, sealed_link};
use careplanner::ui::state::{Action, AppState, Notice, Screen};
use chrono::NaiveDate;
use proptest::prelude::*;
use std::rc::Rc;
use yew::Reducible;

fn sample() -> Sealed {
    Sealed {
        salt: (0..16).collect(),
        iv: (100..112).collect(),
        ciphertext: (200..=255).collect(),
    }
}

#[test]
fn a_sealed_fragment_holds_salt_iv_and_ciphertext_and_nothing_else() {
    let fragment = seal_fragment(&sample());
    assert!(fragment.starts_with('~') && is_sealed(&fragment));
    assert_eq!(open_fragment(&fragment), Ok(sample()));
    // A plain link is never taken for a sealed one, nor the other way round.
    assert!(!is_sealed("AQID"));
    assert_eq!(
        share::decode_fragment(
            &fragment,
            &careplanner::domain::protocol::Protocol::builtin()
        )
        .unwrap_err(),
        ShareError::NotBase64
    );
    // Cut short, or with a character that is not base64url.
    assert_eq!(open_fragment(&fragment[..29]), Err(ShareError::Truncated));
    assert_eq!(open_fragment("~abc*def"), Err(ShareError::NotBase64));
}

#[test]
fn the_locked_link_keeps_the_address_and_its_branch_and_only_swaps_the_fragment() {
    let plain = "https://clinic.example/planner/?config=clinics/north.json#AQIDBA";
    let link = sealed_link(plain, &sample());
    assert_eq!(
        link,
        format!(
            "https://clinic.example/planner/?config=clinics/north.json#{}",
            seal_fragment(&sample())
        )
    );
    assert_eq!(fragment_bytes(plain), vec![1, 2, 3, 4]);
    assert_eq!(fragment_of(&[1, 2, 3, 4]), "AQIDBA");
}

#[test]
fn codes_read_back_however_they_are_typed() {
    let code = code_from_random([0x3a, 0x91, 0x07, 0xfe, 0x55]);
    assert_eq!(code.len(), CODE_LEN);
    assert_eq!(normalize_code(&code).as_deref(), Some(code.as_str()));
    assert_eq!(display_code("7K2MQ9XD"), "7K2M-Q9XD");
    let cases = [
        ("7k2m-q9xd", Some("7K2MQ9XD")),
        (" 7K2M Q9XD ", Some("7K2MQ9XD")),
        ("OIL2-3456", Some("01123456")),
        ("7K2M-Q9X", None),
        ("7K2M-Q9XDD", None),
        ("7K2M-Q9XU", None),
        ("7K2M-Q9X!", None),
        ("", None),
    ];
    for (typed, expected) in cases {
        assert_eq!(normalize_code(typed).as_deref(), expected, "{typed:?}");
    }
}

proptest! {
    #[test]
    fn every_five_bytes_make_a_distinct_code_that_reads_back(bytes in any::<[u8; 5]>()) {
        let code = code_from_random(bytes);
        prop_assert_eq!(normalize_code(&display_code(&code).to_lowercase()), Some(code.clone()));
        // 40 bits in 8 characters of 5 bits: the bytes can be read back from the code.
        let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let bits = code.chars().fold(0u64, |acc, c| (acc << 5) | alphabet.find(c).unwrap() as u64);
        let expected = bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        prop_assert_eq!(bits, expected);
    }
}

#[test]
fn opening_a_locked_link_asks_for_its_code_and_resumes_nothing_saved_meanwhile() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let fragment = seal_fragment(&sample());
    let saved = r#"{"format":"careplanner-saved","version":1,"lang":"en","answers":{"age":52},"schedule":null}"#;
    let s = Rc::new(AppState::new(today)).reduce(Action::Boot {
        saved: Some(saved.to_string()),
        fragment: Some(format!("#{fragment}")),
    });
    assert_eq!(
        s.notice,
        Some(Notice::Locked {
            fragment: fragment.clone(),
            problem: None
        })
    );
    assert_eq!(s.screen, Screen::Welcome);
    assert!(
        s.answers.0.is_empty(),
        "the saved answers are not resumed over the link"
    );
    assert_eq!(
        s.focus.as_ref().map(|f| f.id.as_str()),
        Some(UNLOCK_CODE_ID)
    );
    // A wrong code says so and keeps the request.
    let wrong = s.clone().reduce(Action::UnlockFailed("share.locked.wrong"));
    assert!(matches!(
        wrong.notice,
        Some(Notice::Locked {
            problem: Some("share.locked.wrong"),
            ..
        })
    ));
    // The right code: what the link held opens like a plain link, and the request goes.
    let planned = careplanner::domain::saved::SavedState {
        lang: Lang::Es,
        answers: {
            let mut a = careplanner::domain::answers::Answers::new();
            a.set("age", careplanner::domain::answers::Value::Number(44.0));
            a
        },
        schedule: None,
        phone: None,
    };
    let plain = share::encode_fragment(&planned, &s.protocol);
    let opened = wrong.reduce(Action::Boot {
        saved: None,
        fragment: Some(plain),
    });
    assert_eq!(opened.notice, None);
    assert_eq!(opened.opened_in, Some(Lang::Es));
    assert_eq!(
        opened.answers.get("age"),
        Some(&careplanner::domain::answers::Value::Number(44.0))
    );
    assert!(!opened.remember);
    for key in [
        "share.locked.title",
        "share.locked.body",
        "share.locked.label",
        "share.locked.open",
        "share.locked.skip",
        "share.locked.invalid",
        "share.locked.wrong",
        "share.code_label",
        "share.kept",
        "share.preparing",
        "share.unavailable",
    ] {
        for lang in Lang::ALL {
            assert!(lookup(lang, key).is_some(), "{key} in {lang:?}");
        }
    }
}
