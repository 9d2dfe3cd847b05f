"""Reading and writing the two things the build's wasm scripts need from the binary format:
LEB128 integers and the list of sections (id, body). Shared by strip_wasm.py and
minify_imports.py, so that one reader of the format is kept, not two.
"""
import sys

MAGIC = b"\0asm\x01\0\0\0"


def read_leb128(buf, i):
    """The unsigned LEB128 integer at `i`, and the index after it."""
    result = shift = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, i


def leb128(n):
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | 0x80 if n else byte)
        if not n:
            return bytes(out)


def sections(wasm, path, tool):
    """Each section of a wasm module as (id, body); exits with `tool`'s name if it is none."""
    if wasm[:8] != MAGIC:
        sys.exit(f"[{tool}] {path} is not a wasm module")
    i = 8
    while i < len(wasm):
        section_id = wasm[i]
        size, body = read_leb128(wasm, i + 1)
        i = body + size
        yield section_id, wasm[body:i]


def encode_section(section_id, body):
    """A section's bytes: its id, its size, its body."""
    return bytes([section_id]) + leb128(len(body)) + body


def custom_name(body):
    """The name of a custom section (id 0)."""
    length, at = read_leb128(body, 0)
    return body[at:at + length].decode("utf-8", "replace")
