//! The two text rules of RFC 5545 that are easy to get wrong: escaping TEXT values (§3.3.11)
//! and folding long content lines (§3.1).

/// Escapes a TEXT value: backslash, semicolon and comma get a backslash, and a line break
/// becomes `\n`. A lone CR or CRLF is a line break too. Other control characters are not
/// allowed in TEXT (§3.3.11, TSAFE-CHAR), so they are dropped; a tab is allowed and kept.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The inverse of `escape_text`, for tests and readers: `\n` or `\N` is a line break, and a
/// backslash before any other character stands for that character.
pub fn unescape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The longest content line, in octets, without its CRLF (§3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// Writes one content line, folded so that no physical line is longer than 75 octets: each
/// continuation starts with a space (which counts), a cut never falls inside a UTF-8
/// character, and there is never an empty continuation line.
pub fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = MAX_LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// `push_folded` into a new string.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    push_folded(&mut out, line);
    out
}

/// Undoes folding: a CRLF followed by a space or a tab joins the lines (§3.1).
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}
