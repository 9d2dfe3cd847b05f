#!/usr/bin/env python3
"""Drops the custom sections a browser never reads (the linker's relocations, which the
release build keeps for the splitter, and the producers note) from a wasm file, in place.

Usage: strip_wasm.py FILE.wasm
"""
import pathlib
import sys

from wasm_sections import MAGIC, custom_name, encode_section, sections

KEEP_NAMES = ("name",)


def main(path):
    data = pathlib.Path(path).read_bytes()
    out = bytearray(MAGIC)
    for section_id, body in sections(data, path, "strip"):
        if section_id == 0 and custom_name(body) not in KEEP_NAMES:
            continue
        out += encode_section(section_id, body)
    pathlib.Path(path).write_bytes(bytes(out))
    print(f"[strip] {path}: {len(data)} -> {len(out)} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
