//! The two text rules of RFC 5545 that are easy to get wrong: escaping TEXT values (§3.3.11)
//! and folding long content lines (§3.1). Both happen in one pass through `Line`, which writes
//! straight into the calendar, so a 100-event file needs no intermediate strings.

/// The longest content line, in octets, without its CRLF (§3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// One content line being written, folded as it goes: no physical line is longer than 75
/// octets (a continuation's leading space counts), a cut never falls inside a UTF-8 character
/// or an escape sequence, and there is never an empty continuation line.
pub struct Line<'a> {
    out: &'a mut String,
    /// Octets on the current physical line.
    used: usize,
}

impl<'a> Line<'a> {
    pub fn start(out: &'a mut String) -> Line<'a> {
        Line { out, used: 0 }
    }

    /// Appends text as it is (names, parameters, values that need no escaping).
    pub fn raw(&mut self, text: &str) -> &mut Self {
        self.folded(text, false)
    }

    /// Appends text that `escape_text` already escaped, folding it without ever separating
    /// a backslash from the character it escapes.
    pub fn escaped(&mut self, text: &str) -> &mut Self {
        self.folded(text, true)
    }

    /// Writes `text`, folding where the line is full: never inside a UTF-8 character and, for
    /// escaped text, never between a backslash and the character it escapes.
    fn folded(&mut self, mut text: &str, keep_escape_pairs: bool) -> &mut Self {
        while !text.is_empty() {
            let room = MAX_LINE_OCTETS - self.used;
            if text.len() <= room {
                self.out.push_str(text);
                self.used += text.len();
                return self;
            }
            let mut cut = room;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            if keep_escape_pairs {
                // An odd run of backslashes before the cut ends in the first half of a pair.
                let backslashes = text.as_bytes()[..cut]
                    .iter()
                    .rev()
                    .take_while(|&&b| b == b'\\')
                    .count();
                if backslashes % 2 == 1 {
                    cut -= 1;
                }
            }
            self.out.push_str(&text[..cut]);
            self.fold();
            text = &text[cut..];
        }
        self
    }

    /// Appends a TEXT value, escaped (see `escape_text`).
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(self, text);
        self
    }

    /// Ends the line.
    pub fn end(self) {
        self.out.push_str("\r\n");
    }

    /// An escape sequence, kept on one physical line: some readers unescape before they unfold.
    fn pair(&mut self, escape: &'static str) {
        if self.used + escape.len() > MAX_LINE_OCTETS {
            self.fold();
        }
        self.out.push_str(escape);
        self.used += escape.len();
    }

    fn fold(&mut self) {
        self.out.push_str("\r\n ");
        self.used = 1;
    }
}

/// Where escaped text goes: ordinary runs, and escape sequences that must stay whole.
trait Sink {
    fn run(&mut self, text: &str);
    fn pair(&mut self, escape: &'static str);
}

impl Sink for Line<'_> {
    fn run(&mut self, text: &str) {
        self.raw(text);
    }

    fn pair(&mut self, escape: &'static str) {
        Line::pair(self, escape);
    }
}

impl Sink for String {
    fn run(&mut self, text: &str) {
        self.push_str(text);
    }

    fn pair(&mut self, escape: &'static str) {
        self.push_str(escape);
    }
}

/// Escapes a TEXT value (§3.3.11) into `sink`. It copies runs of ordinary text whole and looks
/// only at the few bytes that need care.
fn escape(sink: &mut impl Sink, text: &str) {
    let bytes = text.as_bytes();
    let (mut run, mut i) = (0, 0);
    while let Some(offset) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| NEEDS_CARE[usize::from(b)]))
    {
        i += offset;
        let b = bytes[i];
        // U+0080..U+009F (C1 controls) are the only multi-byte controls: 0xC2 0x80..=0x9F.
        // Any other character that starts with 0xC2 ("ª", "º", "¿") is ordinary text.
        let c1 = b == 0xC2 && matches!(bytes.get(i + 1), Some(0x80..=0x9F));
        if b == 0xC2 && !c1 {
            i += 1;
            continue;
        }
        // Every byte that needs care starts a character, so the cuts are on boundaries.
        sink.run(&text[run..i]);
        match b {
            b'\\' => sink.pair("\\\\"),
            b';' => sink.pair("\\;"),
            b',' => sink.pair("\\,"),
            b'\n' => sink.pair("\\n"),
            b'\r' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                sink.pair("\\n");
            }
            _ => {}
        }
        i += if c1 { 2 } else { 1 };
        run = i;
    }
    sink.run(&text[run..]);
}

/// The bytes `escape` must look at: the escaped ones, ASCII controls but tab, and the lead
/// byte of the C1 controls.
const NEEDS_CARE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b != 0x09;
        b += 1;
    }
    table[b'\\' as usize] = true;
    table[b';' as usize] = true;
    table[b',' as usize] = true;
    table[0x7F] = true;
    table[0xC2] = true;
    table
};

/// A TEXT value escaped, without folding: backslash, semicolon and comma get a backslash,
/// and a line break (LF, CRLF or a lone CR) becomes `\n`. Other control characters are not
/// allowed in TEXT (§3.3.11, TSAFE-CHAR), so they are dropped; a tab is allowed and kept.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16 + 8);
    escape(&mut out, text);
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

/// Writes one content line that is already escaped, folded, with its CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    let mut writer = Line::start(out);
    writer.raw(line);
    writer.end();
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
