//! Words for the protocol part of the protocol: `(key, English, Spanish)`.

pub const ENTRIES: &[(&str, &str, &str)] = &[];
