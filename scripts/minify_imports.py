#!/usr/bin/env python3
"""Gives the wasm's imports short names, in the wasm and in wasm-bindgen's JS glue alike.

wasm-bindgen names every import after the function it calls plus a 16-digit hash
(`__wbg_setAttribute_a1b2c3d4e5f60718`), and the name appears twice: in the wasm's import
section and as a key of the glue's imports object. Random hex compresses badly, so the 160-odd
names cost about 4.6 KB gzip of the first load. Terser cannot rename them (they are property
keys the wasm looks up), so this does, after Trunk and terser: `a`, `b`, … `ba`, …

Only a name found exactly once in the glue is renamed, so a glue of another shape is left
working, only larger; the script says how many it renamed. The end-to-end tests run against
the result. Usage: minify_imports.py app_bg.wasm app.js
"""
import sys

from wasm_sections import MAGIC, encode_section, leb128, read_leb128, sections

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def short_name(n):
    """The n-th short name: a … Z, then aa, ab, …"""
    name = ""
    n += 1
    while n:
        n -= 1
        name = LETTERS[n % len(LETTERS)] + name
        n //= len(LETTERS)
    return name


def skip_limits(body, k):
    flags = body[k]
    _, k = read_leb128(body, k + 1)
    if flags & 1:
        _, k = read_leb128(body, k)
    return k


def skip_import_description(body, k):
    """The end of one import's description (function, table, memory or global)."""
    kind = body[k]
    k += 1
    if kind == 0:  # function: a type index
        return read_leb128(body, k)[1]
    if kind == 1:  # table: a reference type, then limits
        return skip_limits(body, k + 1)
    if kind == 2:  # memory: limits
        return skip_limits(body, k)
    if kind == 3:  # global: a value type and mutability
        return k + 2
    sys.exit(f"minify_imports: unknown import kind {kind}")


def rename_imports(section, glue):
    """The import section with short field names, the glue to match, and how many changed."""
    count, k = read_leb128(section, 0)
    out = bytearray(leb128(count))
    renamed = 0
    for n in range(count):
        module_len, k = read_leb128(section, k)
        module = section[k : k + module_len]
        k += module_len
        field_len, k = read_leb128(section, k)
        field = section[k : k + field_len].decode()
        k += field_len
        start = k
        k = skip_import_description(section, k)
        if glue.count(field) == 1:
            new = short_name(n)
            glue = glue.replace(field, new)
            field = new
            renamed += 1
        name = field.encode()
        out += leb128(len(module)) + module + leb128(len(name)) + name + section[start:k]
    return bytes(out), glue, renamed, count


def main(wasm_path, glue_path):
    wasm = open(wasm_path, "rb").read()
    glue = open(glue_path, encoding="utf-8").read()
    out = bytearray(MAGIC)
    renamed = count = 0
    for section_id, body in sections(wasm, wasm_path, "minify-imports"):
        if section_id == 2:
            body, glue, renamed, count = rename_imports(body, glue)
        out += encode_section(section_id, body)
    open(wasm_path, "wb").write(out)
    open(glue_path, "w", encoding="utf-8").write(glue)
    print(f"[minify-imports] {renamed} of {count} import names shortened")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: minify_imports.py app_bg.wasm app.js")
    main(sys.argv[1], sys.argv[2])
