#!/usr/bin/env python3
"""Draws the app icons (assets/icons/*.png) from the favicon's design, without any library.

The design is assets/favicon.svg: a teal rounded square with four white bars (needles). Each
shape is a signed distance field, so one sample per pixel gives smooth anti-aliased edges.
The output is committed; run this again only when the design changes.
"""
import math
import pathlib
import struct
import zlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "assets" / "icons"
TEAL = (0x0F, 0x5E, 0x63)
WHITE = (0xFF, 0xFF, 0xFF)
# The favicon's bars in its 32-unit grid: (x, top, bottom), stroke width 2.6, round caps.
BARS = [(9, 11, 23), (14, 9, 23), (19, 11, 23), (24, 13, 23)]
HALF_STROKE = 1.3


def rounded_square(x, y, radius):
    """Distance to a 32x32 square with rounded corners (negative inside)."""
    qx = abs(x - 16) - (16 - radius)
    qy = abs(y - 16) - (16 - radius)
    outside = math.hypot(max(qx, 0), max(qy, 0))
    return outside + min(max(qx, qy), 0) - radius


def bars(x, y, scale):
    """Distance to the nearest bar, the design shrunk by `scale` about the centre."""
    best = float("inf")
    for bx, top, bottom in BARS:
        cx = 16 + (bx - 16) * scale
        t = 16 + (top - 16) * scale
        b = 16 + (bottom - 16) * scale
        dy = y - min(max(y, t), b)
        best = min(best, math.hypot(x - cx, dy) - HALF_STROKE * scale)
    return best


def draw(size, maskable):
    unit = 32 / size  # Grid units per pixel.
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter type 0 for each row.
        for px in range(size):
            x, y = (px + 0.5) * unit, (py + 0.5) * unit
            # A maskable icon fills the square (the platform cuts its own shape) and keeps the
            # design inside the central safe circle, 80 % of the width.
            back = 1.0 if maskable else clamp(0.5 - rounded_square(x, y, 7) / unit)
            fore = clamp(0.5 - bars(x, y, 0.75 if maskable else 1.0) / unit)
            colour = [round(t + (w - t) * fore) for t, w in zip(TEAL, WHITE)]
            row += bytes(colour + [round(255 * back)])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def clamp(v):
    return min(max(v, 0.0), 1.0)


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA.
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ]:
        (OUT / name).write_bytes(draw(size, maskable))
        print(f"[icons] assets/icons/{name}")


if __name__ == "__main__":
    main()
