//! Colours from a clinic file and the WCAG 2.x contrast arithmetic that vets them.

/// An sRGB colour as the clinic wrote it (`#rgb` or `#rrggbb`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// The app's white cards (`--paper`).
pub const PAPER: Rgb = Rgb::new(0xff, 0xff, 0xff);
/// The page behind the cards (`--page`): the darkest light background accent text sits on.
pub const PAGE: Rgb = Rgb::new(0xf5, 0xf7, 0xf7);
/// The lightest text the screens write straight on their sheet (`--ink-soft`: hints, the
/// small print), which a clinic's background for the embedded sheet must keep readable.
pub const INK_SOFT: Rgb = Rgb::new(0x4a, 0x55, 0x60);
/// The built-in accent (`--accent` in `styles/app.css`).
pub const DEFAULT_ACCENT: Rgb = Rgb::new(0x0f, 0x5e, 0x63);
/// The built-in text colour on accent buttons (`--accent-ink`).
pub const DEFAULT_ACCENT_INK: Rgb = PAPER;
/// WCAG 2 level AA for normal-size text.
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

impl Rgb {
    pub const fn new(r: u8, g: u8, b: u8) -> Rgb {
        Rgb { r, g, b }
    }

    /// Reads `#rgb` or `#rrggbb` (either case). Named colours and `rgb()` are not accepted, so
    /// every colour in a clinic file can be checked for contrast the same way.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            3 => Some(Rgb::new(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Rgb::new(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb` in lower case, as CSS takes it.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2.x relative luminance, 0 (black) to 1 (white). Without `powf`: for it the wasm
    /// would carry a general power function (2 KB), and the one exponent needed is cheap.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// This colour mixed with white; `amount` is this colour's share, 0 to 1.
    pub fn tint(self, amount: f64) -> Rgb {
        let mix = |c: u8| (255.0 + amount * (f64::from(c) - 255.0)).round() as u8;
        Rgb::new(mix(self.r), mix(self.g), mix(self.b))
    }

    /// The light background that goes with this accent (`--accent-soft`): as tinted as it can
    /// be, up to 10 %, while the accent stays readable on it as text.
    pub fn soft_tint(self) -> Rgb {
        (0..=10)
            .rev()
            .map(|percent| self.tint(f64::from(percent) / 100.0))
            .find(|soft| contrast(self, *soft) >= MIN_TEXT_CONTRAST)
            .unwrap_or(PAPER)
    }
}

/// WCAG 2.x contrast ratio, 1 to 21; the order of the two colours does not matter.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A ratio for a message, rounded down so a refused 4.49 never reads as "4.5".
pub fn ratio_text(ratio: f64) -> String {
    // Written with integers: float formatting would add about 10 KB to the shipped wasm.
    let hundredths = (ratio * 100.0).floor().max(0.0) as i64;
    format!("{}.{:02}:1", hundredths / 100, hundredths % 100)
}

/// `x` to the power 2.4 for `x` in [0, 1]: `x² · (x²)^(1/5)`, the fifth root by Newton's
/// method, which from 1 comes down to it monotonically and stops when it stops moving.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    if square <= 0.0 {
        return 0.0;
    }
    let mut root = 1.0_f64;
    for _ in 0..100 {
        let next = (4.0 * root + square / (root * root * root * root)) / 5.0;
        if next >= root {
            break;
        }
        root = next;
    }
    square * root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_2_4_matches_powf_for_every_channel_value() {
        for c in 0..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-14, "{c}: {ours} vs {std}");
        }
        assert_eq!(pow_2_4(0.0), 0.0);
        assert_eq!(pow_2_4(1.0), 1.0);
    }
}
