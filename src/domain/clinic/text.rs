//! Checks on the text fields of a clinic file and on the URL query: paths, addresses, phone.
//! Each check returns the value to use, or the reason in plain words (without the field name).

/// A same-origin path relative to the app's folder, normalised (`a/./b` → `a/b`).
///
/// Relative only, so a clinic hosting the app in a folder of a shared origin cannot be pointed
/// at another folder's files; no `:` so no scheme; no `\` because browsers read it as `/`, which
/// would turn `\\host` into `//host`, another site.
pub fn relative_path(path: &str, extensions: &[&str]) -> Result<String, String> {
    if path.is_empty() {
        return Err("is empty".into());
    }
    if path.contains('\\') {
        return Err("must use / between folders, not \\".into());
    }
    if path.starts_with("//") || path.contains(':') {
        return Err(
            "must be a path inside the app's folder (like images/logo.svg), not a web address"
                .into(),
        );
    }
    if path.starts_with('/') {
        return Err("must be relative to the app's folder, without a leading /".into());
    }
    if let Some(c) = path
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "-_.~/".contains(*c)))
    {
        return Err(format!(
            "may contain only letters a-z, digits, -, _, ., ~ and /, but contains '{c}'"
        ));
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" => return Err("has an empty folder name (// or a trailing /)".into()),
            "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err("goes above the app's folder with ..".into());
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
        let list: Vec<String> = extensions.iter().map(|e| format!(".{e}")).collect();
        return Err(format!("must name a file ending in {}", list.join(", ")));
    }
    Ok(parts.join("/"))
}

/// A clinic name for the header and the printed plan.
pub fn name(text: &str) -> Result<String, String> {
    const MAX: usize = 80;
    let length = text.chars().count();
    if length > MAX {
        return Err(format!("is {length} characters long; at most {MAX} fit"));
    }
    if text.chars().any(char::is_control) {
        return Err("contains a control character (such as a line break)".into());
    }
    Ok(text.to_string())
}

/// A phone number as people write it: digits, spaces, `+ ( ) -`, with 5 to 15 digits (E.164).
pub fn phone(text: &str) -> Result<String, String> {
    if let Some(c) = text
        .chars()
        .find(|c| !(c.is_ascii_digit() || " +()-".contains(*c)))
    {
        return Err(format!(
            "may contain only digits, spaces and + ( ) -, but contains '{c}'"
        ));
    }
    if text.rfind('+').is_some_and(|at| at > 0) {
        return Err("may have + only at the start".into());
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if !(5..=15).contains(&digits) {
        return Err(format!("has {digits} digits; a phone number has 5 to 15"));
    }
    Ok(text.to_string())
}

/// A plausible e-mail address (ASCII; one `@`; a domain with a dot). The local part takes
/// only letters, digits and `. _ + -`: the address becomes a `mailto:` link, where `?`, `&`,
/// `=`, `%` and `#` would start headers (`?bcc=…`, `&body=…`) the clinic never meant.
pub fn email(text: &str) -> Result<String, String> {
    let Some((local, domain)) = text.split_once('@') else {
        return Err("is not an e-mail address (no @)".into());
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
        return Err(format!(
            "{} is not a plausible e-mail address",
            quoted(text)
        ));
    }
    host(domain).map_err(|why| format!("has a domain that {why}"))?;
    Ok(text.to_string())
}

/// A website: `https://` and a real host name. http is refused because browsers flag it, and
/// every other scheme (`javascript:` above all) because the address becomes a link.
pub fn website(text: &str) -> Result<String, String> {
    let lower = text.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://") else {
        return Err(if lower.starts_with("http://") {
            "must start with https:// (http:// is not accepted)".into()
        } else {
            "must be a full address starting with https://".into()
        });
    };
    if text.len() > 2000 {
        return Err("is longer than 2000 characters".into());
    }
    if let Some(c) = text
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "<>\"\\`{}|^".contains(*c))
    {
        return Err(format!("contains '{c}', which a web address cannot hold"));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err("must not contain a user name or password (@)".into());
    }
    let (hostname, port) = authority.split_once(':').unwrap_or((authority, "1"));
    if port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) || port.len() > 5 {
        return Err("has a port that is not a number".into());
    }
    host(hostname).map_err(|why| format!("has a host name that {why}"))?;
    Ok(text.to_string())
}

/// The origin of a page that may frame the app, as browsers write it: `https://` and a host
/// name, an optional port, nothing after (no path, no `/`). `http://` only for `localhost`
/// and `127.0.0.1`, where a clinic tries the embedding out. Returned in lower case.
pub fn origin(text: &str) -> Result<String, String> {
    let lower = text.to_ascii_lowercase();
    let lower = lower.strip_suffix('/').unwrap_or(&lower);
    let (scheme, authority) = lower
        .split_once("://")
        .ok_or("must be an origin such as https://www.clinic.example")?;
    if authority.contains(['/', '?', '#', '@']) || authority.is_empty() {
        return Err(
            "must be an origin only (scheme, host and port), such as https://www.clinic.example, \
             without a path"
                .into(),
        );
    }
    let (hostname, port) = authority.split_once(':').unwrap_or((authority, ""));
    if !port.is_empty() && (!port.chars().all(|c| c.is_ascii_digit()) || port.len() > 5) {
        return Err("has a port that is not a number".into());
    }
    let local = hostname == "localhost" || hostname == "127.0.0.1";
    match scheme {
        "https" if local => {}
        "https" => host(hostname).map_err(|why| format!("has a host name that {why}"))?,
        "http" if local => {}
        "http" => return Err("must start with https:// (http:// only for localhost)".into()),
        _ => return Err("must start with https://".into()),
    }
    Ok(lower.to_string())
}

/// The address of a page that embeds the app: an origin as `origin` accepts it, then a path
/// and query a link can hold, and no fragment (the share link's own goes there).
pub fn page(text: &str) -> Result<String, String> {
    let after_scheme = text.find("://").map_or(0, |i| i + 3);
    let split = text[after_scheme..]
        .find(['/', '?'])
        .map_or(text.len(), |i| i + after_scheme);
    let (start, rest) = text.split_at(split);
    origin(start)?;
    if rest.contains('#') {
        return Err("must not hold a # part: the share link puts its own there".into());
    }
    if let Some(c) = rest
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "<>\"\\`{}|^".contains(*c))
    {
        return Err(format!("contains '{c}', which a web address cannot hold"));
    }
    Ok(text.to_string())
}

/// A DNS host name with at least two labels and a top-level domain of letters.
fn host(name: &str) -> Result<(), String> {
    let labels: Vec<&str> = name.split('.').collect();
    if name.len() > 253 || labels.len() < 2 {
        return Err(format!(
            "{} is not a full domain (like clinic.example)",
            quoted(name)
        ));
    }
    for label in &labels {
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !ok {
            return Err(format!("{} is not a valid domain", quoted(name)));
        }
    }
    let tld = labels[labels.len() - 1];
    if tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(format!(
            "{} does not end in a domain such as .com",
            quoted(name)
        ));
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

/// Text in double quotes for a message, as `{:?}` would show it for plain text, without
/// pulling Debug formatting into the shipped wasm.
pub fn quoted(text: &str) -> String {
    format!("\"{text}\"")
}
