pub const ENTRIES: &[(&str, &str, &str)] = &[];
