//! A QR code of a link, drawn as an SVG string.
//!
//! The `qrcode` crate computes the module matrix only (its image and SVG features are off, to
//! keep the wasm small); the drawing is here. Error correction level M recovers about 15% of
//! damaged modules, which is plenty for a code read off a screen, and keeps the code smaller
//! than Q or H would, so each module is larger and easier for a phone camera.

use super::escape::escape_markup;
use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code, as the QR standard asks (ISO/IEC 18004 §6.3.8).
pub const QUIET_ZONE: usize = 4;

/// The text does not fit in a QR code (more than about 2,300 bytes at level M).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong;

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the text is too long for a QR code")
    }
}

/// An SVG of the QR code of `text`. `title` is read by screen readers (the SVG is an image
/// with that name). One unit of the `viewBox` is one module, so the SVG scales to any size;
/// `crispEdges` keeps modules from blurring into their neighbours.
pub fn svg(text: &str, title: &str) -> Result<String, TooLong> {
    let code =
        QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|_| TooLong)?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                // A run of dark modules in a row becomes one rectangle: a much shorter path.
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    x + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    let mut escaped_title = String::with_capacity(title.len());
    escape_markup(&mut escaped_title, title);
    Ok(format!(
        concat!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" "##,
            r##"role="img" shape-rendering="crispEdges">"##,
            r##"<title>{title}</title>"##,
            r##"<rect width="{size}" height="{size}" fill="#fff"/>"##,
            r##"<path fill="#000" d="{path}"/></svg>"##
        ),
        size = size,
        title = escaped_title,
        path = path,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_svg_has_a_quiet_zone_a_title_and_one_path() {
        let svg = svg("https://example.org/#AQ", "Scan <me> & go").unwrap();
        // Version 2 (25 modules) holds this text at level M; 25 + 2 × 4 = 33.
        assert!(svg.contains(r#"viewBox="0 0 33 33""#), "{svg}");
        assert!(
            svg.contains("<title>Scan &lt;me&gt; &amp; go</title>"),
            "{svg}"
        );
        assert!(svg.contains(r#"shape-rendering="crispEdges""#));
        assert_eq!(svg.matches("<path").count(), 1);
        // The finder pattern's top row starts at the quiet zone's inner edge.
        assert!(svg.contains(r#"d="M4 4h7v1h-7z"#), "{svg}");
    }

    #[test]
    fn text_too_long_for_any_qr_code_is_an_error_not_a_panic() {
        assert_eq!(svg(&"x".repeat(5000), "t"), Err(TooLong));
    }
}
