#!/usr/bin/env python3
"""Drops the custom sections a browser never reads (the linker's relocations, which the
release build keeps for the splitter, and the producers note) from a wasm file, in place.

Usage: strip_wasm.py FILE.wasm
"""
import pathlib
import sys

KEEP_NAMES = ("name",)


def leb(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def main(path):
    data = pathlib.Path(path).read_bytes()
    if data[:4] != b"\0asm":
        sys.exit(f"[strip] {path} is not a wasm module")
    out, i = bytearray(data[:8]), 8
    while i < len(data):
        start = i
        section = data[i]
        size, body = leb(data, i + 1)
        i = body + size
        if section == 0:
            length, at = leb(data, body)
            name = data[at:at + length].decode("utf-8", "replace")
            if name not in KEEP_NAMES:
                continue
        out += data[start:i]
    pathlib.Path(path).write_bytes(bytes(out))
    print(f"[strip] {path}: {len(data)} -> {len(out)} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
