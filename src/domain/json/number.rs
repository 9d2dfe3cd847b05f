//! Numbers in JSON text, read and written without the standard library's float parsing and
//! formatting, which would cost about 15 KB of wasm between them.

use std::fmt::Write as _;

/// The value of a number already checked against JSON's grammar. Written by hand because the
/// standard library's float parser costs about 5 KB of wasm. The common case is exact: up to 19
/// significant digits with a power of ten up to 22 either way (all whole numbers a clinic file
/// holds, and ordinary decimals) is one correctly rounded multiplication or division. Longer or
/// more extreme numbers are read to within a relative error of about 1e-15.
pub(super) fn number_value(text: &[u8]) -> Option<f64> {
    let (negative, text) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut digits = 0;
    let mut i = 0;
    let mut after_point = false;
    while let Some(&b) = text.get(i) {
        match b {
            b'0'..=b'9' => {
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    if mantissa > 0 {
                        digits += 1;
                    }
                    if after_point {
                        exponent -= 1;
                    }
                } else if !after_point {
                    // Digits past the 19th only scale the number.
                    exponent += 1;
                }
            }
            b'.' => after_point = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        i += 1;
    }
    if i < text.len() {
        let rest = &text[i + 1..];
        let (sign, rest) = match rest.split_first() {
            Some((b'-', r)) => (-1, r),
            Some((b'+', r)) => (1, r),
            _ => (1, rest),
        };
        let mut e: i64 = 0;
        for &b in rest {
            e = (e * 10 + i64::from(b - b'0')).min(100_000);
        }
        exponent += sign * e;
    }
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = mantissa as f64;
    let value = if mantissa == 0 {
        0.0
    } else if (0..=22).contains(&exponent) {
        m * EXACT[exponent as usize]
    } else if (-22..0).contains(&exponent) {
        m / EXACT[(-exponent) as usize]
    } else {
        scale(m, exponent.clamp(-800, 800) as i32)
    };
    Some(if negative { -value } else { value })
}

/// A number that is not whole, in scientific notation with 17 significant digits, worked out
/// with integer arithmetic: the standard float formatting would cost about 10 KB of wasm. It
/// reads back to within a relative error of about 1e-15 (whole numbers are written exactly).
pub(super) fn write_fraction(n: f64, out: &mut String) {
    if n < 0.0 {
        out.push('-');
    }
    // Estimate the decimal exponent from the binary one (log10 2 ≈ 0.30103), scale into
    // [1e16, 1e17) in a few large steps, so that the integer part holds 17 significant digits.
    let binary = ((n.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut exponent = binary * 30103 / 100_000 - 16;
    let mut a = scale(n.abs(), -exponent);
    while a >= 1e17 {
        a /= 10.0;
        exponent += 1;
    }
    while a < 1e16 {
        a *= 10.0;
        exponent -= 1;
    }
    let _ = write!(out, "{}e{}", a.round() as u64, exponent);
}

/// `value` × 10^`power`, in steps that neither overflow nor underflow on the way.
fn scale(mut value: f64, mut power: i32) -> f64 {
    while power > 0 {
        let step = power.min(300);
        value *= 10f64.powi(step);
        power -= step;
    }
    while power < 0 {
        let step = (-power).min(300);
        value /= 10f64.powi(step);
        power += step;
    }
    value
}
