//! Checks on the text fields of a clinic file and on the URL query: paths, addresses, phone.
//! Each check returns the value to use, or the kind of problem (the field is the caller's).

use super::problem::ProblemKind;

/// A same-origin path relative to the app's folder, normalised (`a/./b` → `a/b`).
///
/// Relative only, so a clinic hosting the app in a folder of a shared origin cannot be pointed
/// at another folder's files; no `:` so no scheme; no `\` because browsers read it as `/`, which
/// would turn `\\host` into `//host`, another site.
pub fn relative_path(
    path: &str,
    extensions: &'static [&'static str],
) -> Result<String, ProblemKind> {
    if path.is_empty() {
        return Err(ProblemKind::Empty);
    }
    if path.contains('\\') {
        return Err(ProblemKind::Backslash);
    }
    if path.starts_with("//") || path.contains(':') {
        return Err(ProblemKind::NotAPath);
    }
    if path.starts_with('/') {
        return Err(ProblemKind::LeadingSlash);
    }
    if let Some(c) = path
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "-_.~/".contains(*c)))
    {
        return Err(ProblemKind::PathCharacter { found: c });
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" => return Err(ProblemKind::EmptyFolder),
            "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(ProblemKind::AboveFolder);
                }
            }
            name => parts.push(name),
        }
    }
    let file = parts.last().copied().unwrap_or("").to_ascii_lowercase();
    if !extensions
        .iter()
        .any(|ext| file.len() > ext.len() + 1 && file.ends_with(&format!(".{ext}")))
    {
        return Err(ProblemKind::Extension {
            allowed: extensions,
        });
    }
    Ok(parts.join("/"))
}

/// A clinic name for the header and the printed plan.
pub fn name(text: &str) -> Result<String, ProblemKind> {
    const MAX: usize = 80;
    let length = text.chars().count();
    if length > MAX {
        return Err(ProblemKind::TooLong { length, max: MAX });
    }
    if text.chars().any(char::is_control) {
        return Err(ProblemKind::ControlCharacter);
    }
    Ok(text.to_string())
}

/// A phone number as people write it: digits, spaces, `+ ( ) -`, with 5 to 15 digits (E.164).
pub fn phone(text: &str) -> Result<String, ProblemKind> {
    if let Some(c) = text
        .chars()
        .find(|c| !(c.is_ascii_digit() || " +()-".contains(*c)))
    {
        return Err(ProblemKind::PhoneCharacter { found: c });
    }
    if text.rfind('+').is_some_and(|at| at > 0) {
        return Err(ProblemKind::PlusNotFirst);
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if !(5..=15).contains(&digits) {
        return Err(ProblemKind::DigitCount { digits });
    }
    Ok(text.to_string())
}

/// A plausible e-mail address (ASCII; one `@`; a domain with a dot). The local part takes
/// only letters, digits and `. _ + -`: the address becomes a `mailto:` link, where `?`, `&`,
/// `=`, `%` and `#` would start headers (`?bcc=…`, `&body=…`) the clinic never meant.
pub fn email(text: &str) -> Result<String, ProblemKind> {
    let Some((local, domain)) = text.split_once('@') else {
        return Err(ProblemKind::NoAt);
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
    if !local_ok || text.len() > 254 {
        return Err(ProblemKind::NotAnEmail {
            text: text.to_string(),
        });
    }
    host(domain)?;
    Ok(text.to_string())
}

/// A website: `https://` and a real host name. http is refused because browsers flag it, and
/// every other scheme (`javascript:` above all) because the address becomes a link.
pub fn website(text: &str) -> Result<String, ProblemKind> {
    let lower = text.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://") else {
        return Err(if lower.starts_with("http://") {
            ProblemKind::HttpNotHttps
        } else {
            ProblemKind::NotHttps
        });
    };
    if text.len() > 2000 {
        return Err(ProblemKind::AddressTooLong { max: 2000 });
    }
    if let Some(c) = text
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "<>\"\\`{}|^".contains(*c))
    {
        return Err(ProblemKind::AddressCharacter { found: c });
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err(ProblemKind::UserInfo);
    }
    let (hostname, port) = authority.split_once(':').unwrap_or((authority, "1"));
    if port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) || port.len() > 5 {
        return Err(ProblemKind::PortNotNumber);
    }
    host(hostname)?;
    Ok(text.to_string())
}

/// The origin of a page that may frame the app, as browsers write it: `https://` and a host
/// name, an optional port, nothing after (no path, no `/`). `http://` only for `localhost`
/// and `127.0.0.1`, where a clinic tries the embedding out. Returned in lower case.
pub fn origin(text: &str) -> Result<String, ProblemKind> {
    let lower = text.to_ascii_lowercase();
    let lower = lower.strip_suffix('/').unwrap_or(&lower);
    let (scheme, authority) = lower.split_once("://").ok_or(ProblemKind::NotAnOrigin)?;
    if authority.contains(['/', '?', '#', '@']) || authority.is_empty() {
        return Err(ProblemKind::OriginWithPath);
    }
    let (hostname, port) = authority.split_once(':').unwrap_or((authority, ""));
    if !port.is_empty() && (!port.chars().all(|c| c.is_ascii_digit()) || port.len() > 5) {
        return Err(ProblemKind::PortNotNumber);
    }
    let local = hostname == "localhost" || hostname == "127.0.0.1";
    match scheme {
        "https" if local => {}
        "https" => host(hostname)?,
        "http" if local => {}
        "http" => return Err(ProblemKind::HttpOnlyLocal),
        _ => return Err(ProblemKind::NotHttps),
    }
    Ok(lower.to_string())
}

/// The address of a page that embeds the app: an origin as `origin` accepts it, then a path
/// and query a link can hold, and no fragment (the share link's own goes there).
pub fn page(text: &str) -> Result<String, ProblemKind> {
    let after_scheme = text.find("://").map_or(0, |i| i + 3);
    let split = text[after_scheme..]
        .find(['/', '?'])
        .map_or(text.len(), |i| i + after_scheme);
    let (start, rest) = text.split_at(split);
    origin(start)?;
    if rest.contains('#') {
        return Err(ProblemKind::HasFragment);
    }
    if let Some(c) = rest
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "<>\"\\`{}|^".contains(*c))
    {
        return Err(ProblemKind::AddressCharacter { found: c });
    }
    Ok(text.to_string())
}

/// A DNS host name with at least two labels and a top-level domain of letters.
fn host(name: &str) -> Result<(), ProblemKind> {
    let labels: Vec<&str> = name.split('.').collect();
    if name.len() > 253 || labels.len() < 2 {
        return Err(ProblemKind::NotFullDomain {
            host: name.to_string(),
        });
    }
    for label in &labels {
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !ok {
            return Err(ProblemKind::InvalidDomain {
                host: name.to_string(),
            });
        }
    }
    let tld = labels[labels.len() - 1];
    if tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(ProblemKind::NoTopLevelDomain {
            host: name.to_string(),
        });
    }
    Ok(())
}

/// The `(name, value)` pairs of a URL query (`?a=1&b`), percent-decoded; `None` for a part
/// that is not valid percent-encoded UTF-8.
pub fn query_pairs(query: &str) -> impl Iterator<Item = (Option<String>, Option<String>)> + '_ {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(name), percent_decode(value))
    })
}

/// Decodes `%XX` and `+` (a space) as `URLSearchParams` does.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The known name closest to a misspelt one, if any is close enough to be a likely typo.
pub fn suggestion<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    known
        .into_iter()
        .map(|k| (edit_distance(&word, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}
