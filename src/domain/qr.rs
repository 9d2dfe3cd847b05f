//! A QR code of a link, drawn as an SVG string.
//!
//! The encoder is ours and does only what a share link needs: byte mode, error correction
//! level M, versions 1 to 40 (ISO/IEC 18004). A general encoder (numeric, alphanumeric and
//! kanji segments, four levels) cost the first load about 13 KB gzip, most of it tables; here
//! two 40-entry tables remain and the rest is computed. Level M recovers about 15% of damaged
//! modules, plenty for a code read off a screen, and keeps modules larger than Q or H would.
//! `tests/qr.rs` checks the codewords against the `qrcode` crate for every version, and
//! `scripts/check-qr.sh` reads the drawn codes back with an independent decoder.

use super::escape::escape_markup;

/// Light modules around the code, as the QR standard asks (ISO/IEC 18004 §6.3.8).
pub const QUIET_ZONE: usize = 4;

/// The text does not fit in a QR code (more than 2,331 bytes at level M).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong;

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the text is too long for a QR code")
    }
}

/// Error correction codewords in each block at level M, by version (index 0 is version 1).
const ECC_PER_BLOCK: [u8; 40] = [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];

/// Error correction blocks at level M, by version (index 0 is version 1).
const BLOCKS: [u8; 40] = [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25,
    26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// A drawn QR code: `size` × `size` modules, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    pub version: usize,
    pub size: usize,
    pub mask: u8,
    modules: Vec<bool>,
}

impl Code {
    /// Whether the module in column `x`, row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.modules[y * self.size + x]
    }
}

/// The smallest code that holds `data` in byte mode at level M.
pub fn encode(data: &[u8]) -> Result<Code, TooLong> {
    let (version, codewords) = codewords(data)?;
    let mut grid = Grid::new(version);
    grid.draw_function_patterns();
    grid.draw_codewords(&codewords);
    let mask = (0..8)
        .min_by_key(|&mask| {
            grid.apply_mask(mask);
            grid.draw_format(mask);
            let penalty = grid.penalty();
            grid.apply_mask(mask); // XOR again undoes it.
            penalty
        })
        .unwrap_or(0);
    grid.apply_mask(mask);
    grid.draw_format(mask);
    Ok(Code {
        version,
        size: grid.size,
        mask,
        modules: grid.dark,
    })
}

/// The version that fits `data`, and the codewords to place: the data and error correction
/// codewords of every block, interleaved as the standard orders them (§7.6).
pub fn codewords(data: &[u8]) -> Result<(usize, Vec<u8>), TooLong> {
    let fits = |v: usize| 4 + count_bits(v) + 8 * data.len() <= 8 * data_codewords(v);
    let version = (1..=40).find(|&v| fits(v)).ok_or(TooLong)?;
    let capacity = data_codewords(version);

    // Mode indicator 0100 (bytes), the length, the bytes, a terminator of up to four zero
    // bits, zeros to the byte boundary, then the two pad bytes in turn (§7.4).
    let mut bits = Bits::default();
    bits.push(0b0100, 4);
    bits.push(data.len() as u32, count_bits(version));
    for &byte in data {
        bits.push(u32::from(byte), 8);
    }
    bits.push(0, (8 * capacity - bits.len).min(4));
    bits.push(0, (8 - bits.len % 8) % 8);
    let mut stream = bits.bytes;
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if stream.len() >= capacity {
            break;
        }
        stream.push(pad);
    }

    let total = raw_data_modules(version) / 8;
    let blocks = usize::from(BLOCKS[version - 1]);
    let ecc_len = usize::from(ECC_PER_BLOCK[version - 1]);
    // The later blocks are one data codeword longer when the codewords do not divide evenly.
    let short_blocks = blocks - total % blocks;
    let short_data = total / blocks - ecc_len;
    let divisor = reed_solomon_divisor(ecc_len);
    let mut data_blocks = Vec::with_capacity(blocks);
    let mut ecc_blocks = Vec::with_capacity(blocks);
    let mut start = 0;
    for i in 0..blocks {
        let end = start + short_data + usize::from(i >= short_blocks);
        let block = &stream[start..end];
        ecc_blocks.push(reed_solomon_remainder(block, &divisor));
        data_blocks.push(block);
        start = end;
    }
    let mut out = Vec::with_capacity(total);
    for i in 0..=short_data {
        out.extend(data_blocks.iter().filter_map(|b| b.get(i)));
    }
    for i in 0..ecc_len {
        out.extend(ecc_blocks.iter().map(|b| b[i]));
    }
    Ok((version, out))
}

/// Bits of the character count: 8 up to version 9, 16 from version 10 (§7.4.1, byte mode).
fn count_bits(version: usize) -> usize {
    if version < 10 {
        8
    } else {
        16
    }
}

/// Modules left for data and error correction once the function patterns are drawn.
fn raw_data_modules(version: usize) -> usize {
    let mut n = (16 * version + 128) * version + 64;
    if version >= 2 {
        let align = version / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if version >= 7 {
            n -= 36; // The two version information blocks.
        }
    }
    n
}

fn data_codewords(version: usize) -> usize {
    raw_data_modules(version) / 8
        - usize::from(ECC_PER_BLOCK[version - 1]) * usize::from(BLOCKS[version - 1])
}

/// Bits written most significant first into bytes.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                if let Some(last) = self.bytes.last_mut() {
                    *last |= 0x80 >> (self.len % 8);
                }
            }
            self.len += 1;
        }
    }
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1, the QR code's field.
fn gf_multiply(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u16::from((y >> i) & 1) * u16::from(x);
    }
    z as u8
}

/// The generator polynomial of degree `degree`, (x − α⁰)(x − α¹)…, without its leading 1.
fn reed_solomon_divisor(degree: usize) -> Vec<u8> {
    let mut result = vec![0; degree];
    result[degree - 1] = 1;
    let mut root = 1;
    for _ in 0..degree {
        for j in 0..degree {
            result[j] = gf_multiply(result[j], root);
            if j + 1 < degree {
                result[j] ^= result[j + 1];
            }
        }
        root = gf_multiply(root, 2);
    }
    result
}

/// The error correction codewords of `data`: the remainder of its division by the generator.
fn reed_solomon_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut result = vec![0; divisor.len()];
    for &byte in data {
        let factor = byte ^ result.remove(0);
        result.push(0);
        for (r, &d) in result.iter_mut().zip(divisor) {
            *r ^= gf_multiply(d, factor);
        }
    }
    result
}

/// The module matrix while it is drawn; `function` marks the modules that are not data.
struct Grid {
    version: usize,
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn new(version: usize) -> Self {
        let size = 4 * version + 17;
        Grid {
            version,
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        }
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    fn draw_function_patterns(&mut self) {
        let size = self.size;
        for i in 0..size {
            self.set_function(6, i, i % 2 == 0);
            self.set_function(i, 6, i % 2 == 0);
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            self.draw_square(x, y, 4, |d| d != 2 && d != 4);
        }
        let positions = alignment_positions(self.version);
        let last = positions.len().saturating_sub(1);
        let end = |k: usize| k == 0 || k == last;
        for (i, &x) in positions.iter().enumerate() {
            for (j, &y) in positions.iter().enumerate() {
                // Three corners belong to the finder patterns; the bottom right one is free.
                if !(end(i) && end(j) && (i == 0 || j == 0)) {
                    self.draw_square(x, y, 2, |d| d != 1);
                }
            }
        }
        // Reserve the format areas (their bits come with the mask) and write the version.
        self.draw_format(0);
        if self.version >= 7 {
            let mut rem = self.version as u32;
            for _ in 0..12 {
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            }
            let bits = (self.version as u32) << 12 | rem;
            for i in 0..18 {
                let dark = (bits >> i) & 1 == 1;
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set_function(a, b, dark);
                self.set_function(b, a, dark);
            }
        }
    }

    /// A square of side 2 × `radius` + 1 around (`cx`, `cy`), clipped to the symbol; a module
    /// is dark when `dark` says so of its distance from the centre (in rings).
    fn draw_square(&mut self, cx: usize, cy: usize, radius: usize, dark: impl Fn(usize) -> bool) {
        for y in cy.saturating_sub(radius)..=(cy + radius).min(self.size - 1) {
            for x in cx.saturating_sub(radius)..=(cx + radius).min(self.size - 1) {
                self.set_function(x, y, dark(x.abs_diff(cx).max(y.abs_diff(cy))));
            }
        }
    }

    /// The level (M is 00) and mask with their BCH check bits, twice (§7.9).
    fn draw_format(&mut self, mask: u8) {
        let data = u32::from(mask);
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = (data << 10 | rem) ^ 0x5412;
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        for i in 0..6 {
            self.set_function(8, i, bit(i));
        }
        self.set_function(8, 7, bit(6));
        self.set_function(8, 8, bit(7));
        self.set_function(7, 8, bit(8));
        for i in 9..15 {
            self.set_function(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set_function(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set_function(8, size - 15 + i, bit(i));
        }
        self.set_function(8, size - 8, true); // The dark module.
    }

    /// The codewords in the zigzag order of §7.7.3: two columns at a time from the right,
    /// up then down, around the function patterns; the remainder bits stay light.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let size = self.size;
        let mut i = 0;
        let mut right = size - 1;
        while right >= 1 {
            if right == 6 {
                right = 5; // The vertical timing pattern.
            }
            let upward = (right + 1) & 2 == 0;
            for step in 0..size {
                let y = if upward { size - 1 - step } else { step };
                for x in [right, right - 1] {
                    let at = y * size + x;
                    if !self.function[at] && i < codewords.len() * 8 {
                        self.dark[at] = (codewords[i / 8] >> (7 - i % 8)) & 1 == 1;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    /// Flips the data modules that mask `mask` selects (§7.8.2); applying it twice undoes it.
    fn apply_mask(&mut self, mask: u8) {
        let size = self.size;
        for y in 0..size {
            for x in 0..size {
                let flip = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let at = y * size + x;
                if flip && !self.function[at] {
                    self.dark[at] = !self.dark[at];
                }
            }
        }
    }

    /// The penalty of §7.8.3: long runs, 2 × 2 blocks, finder-like patterns, and dark modules
    /// far from half. The mask with the lowest penalty is easiest to read.
    fn penalty(&self) -> usize {
        let size = self.size;
        let at = |x: usize, y: usize| self.dark[y * size + x];
        let mut total = 0;
        for transposed in [false, true] {
            for a in 0..size {
                let line: Vec<bool> = (0..size)
                    .map(|b| if transposed { at(a, b) } else { at(b, a) })
                    .collect();
                total += line_penalty(&line);
            }
        }
        for y in 0..size - 1 {
            for x in 0..size - 1 {
                let c = at(x, y);
                if at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c {
                    total += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&d| d).count();
        total + 10 * ((dark * 100 / (size * size)).abs_diff(50) / 5)
    }
}

/// Runs of five or more (3 points, and 1 more for each module beyond five), and the finder's
/// 1:1:3:1:1 pattern with four light modules on one side (40 points).
fn line_penalty(line: &[bool]) -> usize {
    const FINDER: [bool; 11] = [
        true, false, true, true, true, false, true, false, false, false, false,
    ];
    let mut total = 0;
    let mut run = 1;
    for i in 1..=line.len() {
        if i < line.len() && line[i] == line[i - 1] {
            run += 1;
        } else {
            if run >= 5 {
                total += run - 2;
            }
            run = 1;
        }
    }
    for window in line.windows(FINDER.len()) {
        if window == FINDER || window.iter().rev().eq(FINDER.iter()) {
            total += 40;
        }
    }
    total
}

/// The rows (and columns) of the alignment patterns' centres (§6.3.6, Annex E).
fn alignment_positions(version: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let count = version / 7 + 2;
    let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
    let size = 4 * version + 17;
    let mut positions: Vec<usize> = (0..count - 1).map(|i| size - 7 - i * step).collect();
    positions.push(6);
    positions.reverse();
    positions
}

/// An SVG of the QR code of `text`. `title` is read by screen readers (the SVG is an image
/// with that name). One unit of the `viewBox` is one module, so the SVG scales to any size;
/// `crispEdges` keeps modules from blurring into their neighbours.
pub fn svg(text: &str, title: &str) -> Result<String, TooLong> {
    let code = encode(text.as_bytes())?;
    let width = code.size;
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if code.is_dark(x, y) {
                // A run of dark modules in a row becomes one rectangle: a much shorter path.
                let run = (x..width).take_while(|&i| code.is_dark(i, y)).count();
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

    /// The byte-mode capacities at level M of the standard's Table 7.
    #[test]
    fn each_version_holds_the_standards_number_of_bytes() {
        for (version, capacity) in [(1, 14), (2, 26), (7, 122), (9, 180), (10, 213), (40, 2331)] {
            let full = encode(&vec![b'a'; capacity]).unwrap();
            assert_eq!(full.version, version, "{capacity} bytes");
            if version < 40 {
                assert_eq!(
                    encode(&vec![b'a'; capacity + 1]).unwrap().version,
                    version + 1
                );
            }
        }
        assert_eq!(encode(&[b'a'; 2332]), Err(TooLong));
    }

    /// Appending the error correction to the data gives a polynomial with roots α⁰ … αⁿ⁻¹:
    /// checked by evaluating it there, which is not how the remainder was computed.
    #[test]
    fn error_correction_codewords_make_every_syndrome_zero() {
        for (data, degree) in [(&b"careplanner"[..], 10), (&[0u8, 255, 17, 3][..], 28)] {
            let mut word = data.to_vec();
            word.extend(reed_solomon_remainder(data, &reed_solomon_divisor(degree)));
            let mut root = 1;
            for _ in 0..degree {
                let syndrome = word.iter().fold(0, |acc, &c| gf_multiply(acc, root) ^ c);
                assert_eq!(syndrome, 0);
                root = gf_multiply(root, 2);
            }
        }
    }

    #[test]
    fn alignment_patterns_sit_where_the_standards_annex_e_puts_them() {
        assert_eq!(alignment_positions(1), Vec::<usize>::new());
        assert_eq!(alignment_positions(2), [6, 18]);
        assert_eq!(alignment_positions(7), [6, 22, 38]);
        assert_eq!(alignment_positions(32), [6, 34, 60, 86, 112, 138]);
        assert_eq!(alignment_positions(40), [6, 30, 58, 86, 114, 142, 170]);
    }

    /// The format information read back from beside the top-left finder names level M and the
    /// mask the encoder chose.
    #[test]
    fn the_format_bits_name_level_m_and_the_chosen_mask() {
        for text in ["a", "https://example.org/#AQ", &"z".repeat(300)] {
            let code = encode(text.as_bytes()).unwrap();
            let mut bits = 0u32;
            let cells = (0..6).map(|i| (8, i)).chain([(8, 7), (8, 8), (7, 8)]);
            let cells = cells.chain((9..15).map(|i| (14 - i, 8)));
            for (i, (x, y)) in cells.enumerate() {
                bits |= u32::from(code.is_dark(x, y)) << i;
            }
            let format = (bits ^ 0x5412) >> 10;
            assert_eq!(format >> 3, 0b00, "level M");
            assert_eq!(format & 7, u32::from(code.mask));
        }
    }
}
