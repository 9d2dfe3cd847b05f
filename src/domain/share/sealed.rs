//! Share links whose answers are locked with a short code, so that a link left in a browser's
//! history (or in a chat, or in the QR code's photo) reveals nothing without the code, which
//! is shown only beside the QR code and typed once on the phone.
//!
//! A sealed fragment is `~` followed by base64url (no padding) of
//!
//! ```text
//! salt (16) | iv (12) | AES-256-GCM ciphertext of the plain link's bytes, with its tag (16)
//! ```
//!
//! The key is PBKDF2-HMAC-SHA-256 of the code (as its 8 canonical characters) with the salt and
//! `PBKDF2_ITERATIONS` rounds. The code has 40 bits (8 characters of Crockford's base32); the
//! rounds make each guess cost what a quarter of a second of a phone's time costs, so trying
//! every code is out of reach. The cryptography itself is the browser's (Web Crypto, in
//! `ui::platform`); this module only packs, unpacks and reads codes.

use super::codec::{base64url_decode, base64url_encode};
use super::ShareError;

/// What starts a sealed fragment; plain fragments are base64url, which never holds it.
pub const SEALED_PREFIX: char = '~';
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;
/// The AES-GCM authentication tag at the end of the ciphertext.
pub const TAG_LEN: usize = 16;
pub const PBKDF2_ITERATIONS: u32 = 250_000;
/// Characters in a code.
pub const CODE_LEN: usize = 8;
/// The random bytes a code is made from (5 bits per character).
pub const CODE_BYTES: usize = 5;

/// Crockford's base32: digits and capitals without I, L, O and U, so nothing reads as another.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A sealed link's parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// Ciphertext and tag.
    pub ciphertext: Vec<u8>,
}

/// The fragment (without '#') for sealed parts.
pub fn seal_fragment(sealed: &Sealed) -> String {
    let mut bytes = sealed.salt.clone();
    bytes.extend_from_slice(&sealed.iv);
    bytes.extend_from_slice(&sealed.ciphertext);
    format!("{SEALED_PREFIX}{}", base64url_encode(&bytes))
}

/// Whether a fragment is a sealed one (it may still be damaged).
pub fn is_sealed(fragment: &str) -> bool {
    fragment.starts_with(SEALED_PREFIX)
}

/// The parts of a sealed fragment, or why it cannot be one.
pub fn open_fragment(fragment: &str) -> Result<Sealed, ShareError> {
    let body = fragment
        .strip_prefix(SEALED_PREFIX)
        .ok_or(ShareError::UnknownVersion)?;
    let bytes = base64url_decode(body).ok_or(ShareError::NotBase64)?;
    if bytes.len() < SALT_LEN + IV_LEN + TAG_LEN + 1 {
        return Err(ShareError::Truncated);
    }
    let (salt, rest) = bytes.split_at(SALT_LEN);
    let (iv, ciphertext) = rest.split_at(IV_LEN);
    Ok(Sealed {
        salt: salt.to_vec(),
        iv: iv.to_vec(),
        ciphertext: ciphertext.to_vec(),
    })
}

/// A code from `CODE_BYTES` random bytes: 8 characters, 5 bits each.
pub fn code_from_random(bytes: [u8; CODE_BYTES]) -> String {
    let bits = bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    (0..CODE_LEN)
        .rev()
        .map(|i| char::from(ALPHABET[((bits >> (i * 5)) & 31) as usize]))
        .collect()
}

/// A code as shown to the person: two groups of four, easier to read out and type.
pub fn display_code(code: &str) -> String {
    let (first, second) = code.split_at(code.len().min(CODE_LEN / 2));
    format!("{first}-{second}")
}

/// The code a person typed, in its canonical form, or `None` when it cannot be one: case,
/// spaces and dashes do not matter, and the letters people confuse with digits read as those
/// digits (O as 0, I and L as 1), as Crockford's base32 says.
pub fn normalize_code(typed: &str) -> Option<String> {
    let mut code = String::with_capacity(CODE_LEN);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\u{a0}' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
            _ => return None,
        };
        code.push(c);
    }
    (code.len() == CODE_LEN).then_some(code)
}
