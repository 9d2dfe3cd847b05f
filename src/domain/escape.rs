//! Text made safe to put inside HTML or XML: the app's markup (`ui::markup`) and the QR code's
//! SVG title both go through here.

/// Appends `text` with the five characters that could end a text or an attribute value
/// escaped. `&#39;` rather than `&apos;`, which older HTML does not know.
pub fn escape_markup(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}
