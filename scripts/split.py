#!/usr/bin/env python3
"""Splits the release wasm: what the first screen needs, the questions and the result, and the
screens after the result.

Run by scripts/build.sh after `trunk build`, which built the wasm with the `split` feature and
`--emit-relocs` (the call graph the splitter reads). Trunk's own wasm-bindgen output is then
replaced in dist/ by:

  careplanner-<hash>_bg.wasm     the first module: every function no split point owns
  careplanner-<hash>.js          wasm-bindgen's glue for it, with the splitter's loader inside
  careplanner-<hash>-app.wasm    what only the split point `app` reaches (ui::app_part)
  careplanner-<hash>-later.wasm  what only the split point `later` reaches (ui::later)
  careplanner-<hash>-chunkN.wasm what both reach and the first module does not (the loader
                                 fetches it with either)

Every module keeps the build's hash in its name, so a browser never pairs one build's first
module with another's parts (their shared function table must match exactly).

The splitter writes its loader as a module of its own that the glue imports and that imports
the glue back; it is put inside the glue instead, which spares the first screen a request
made only once the glue has arrived. Its fetch is rewritten to work whatever content type a
clinic's server gives a .wasm file (the glue does the same for the first module), and to name
the file and status when it fails. Every text this script changes must be found exactly once,
so a splitter of another shape fails the build instead of shipping something half-done.
Usage: split.py dist
"""
import os
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPLITTER = ROOT / ".tools" / "wasm-split" / "bin" / "wasm-split-cli"
# The features wasm-opt may use: those the Rust target emits.
WASM_OPT = [
    "wasm-opt",
    "-Oz",
    "--enable-bulk-memory",
    "--enable-reference-types",
    "--enable-sign-ext",
    "--enable-nontrapping-float-to-int",
    "--enable-mutable-globals",
    "--enable-multivalue",
]
# The split points of src/ui (each a `part!` of ui::lazy).
SPLIT_POINTS = ("app", "later")
STREAMING = "WebAssembly.instantiateStreaming(src, imports)"
BUFFERED = (
    "src.then((r) => { if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`); "
    "return r.arrayBuffer(); }).then((b) => WebAssembly.instantiate(b, imports))"
)


def replace_once(text, old, new, where):
    if text.count(old) != 1:
        sys.exit(f"[split] {where}: expected {old!r} exactly once, found {text.count(old)}")
    return text.replace(old, new)


def run(*args):
    subprocess.run([str(a) for a in args], check=True)


def main():
    dist = pathlib.Path(sys.argv[1])
    glues = list(dist.glob("careplanner-*.js"))
    if len(glues) != 1:
        sys.exit(f"[split] expected one careplanner-*.js in {dist}, found {len(glues)}")
    stem = glues[0].stem
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    built = target / "wasm32-unknown-unknown" / "release" / "careplanner.wasm"

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        run(SPLITTER, built, tmp, "--out-name", stem)
        # split_<point>.wasm for each split point, chunk_<n>.wasm for code two of them share.
        parts = {part: part_name(stem, part) for part in sorted(tmp.glob("*.wasm"))
                 if part.name != f"{stem}.wasm"}
        for point in SPLIT_POINTS:
            if not (tmp / f"split_{point}.wasm").is_file():
                sys.exit(f"[split] the splitter made no module for the split point {point!r}")
        # The parts import the function table, an export wasm-bindgen would drop.
        run("wasm-bindgen", "--target", "web", "--no-typescript", "--keep-lld-exports",
            "--out-dir", tmp / "out", tmp / f"{stem}.wasm")
        run(*WASM_OPT, tmp / "out" / f"{stem}_bg.wasm", "-o", dist / f"{stem}_bg.wasm")
        for part, name in parts.items():
            run(*WASM_OPT, part, "-o", dist / name)

        loader = (tmp / "__wasm_split.js").read_text(encoding="utf-8")
        loader = replace_once(loader, f'import {{ initSync }} from "./{stem}.js";', "",
                              "the loader")
        for part, name in parts.items():
            loader = replace_once(loader, f'"./{part.name}"', f'"./{name}"', "the loader")
        if loader.count(STREAMING) != len(parts):
            sys.exit(f"[split] the loader: expected {STREAMING!r} once per module")
        loader = loader.replace(STREAMING, BUFFERED)
        exported = re.findall(r"^export const (__wasm_split_load_\w+)", loader, re.M)
        if sorted(exported) != sorted(f"__wasm_split_load_{p}" for p in SPLIT_POINTS):
            sys.exit(f"[split] the loader exports {exported}, not one loader per split point")
        loader = re.sub(r"^export const ", "const ", loader, flags=re.M)
        glue = (tmp / "out" / f"{stem}.js").read_text(encoding="utf-8")
        for name in ("getSharedImports", "wrapAsyncCb", "makeLoad", "sharedImports",
                     "__wasm_split_loaders"):
            if name in glue:
                sys.exit(f"[split] the glue already has a {name}: the loader cannot go inside")
        # The imports object keeps the module name the wasm asks for; only its source changes.
        imports = re.findall(r'^import \* as (import\d+) from "\./__wasm_split\.js";?$',
                             glue, re.M)
        if not imports:
            sys.exit("[split] the glue does not import the loader")
        glue = re.sub(r'^import \* as import\d+ from "\./__wasm_split\.js";?\n', "", glue,
                      flags=re.M)
        glue = (loader + f"\nconst __wasm_split_loaders = {{ {', '.join(exported)} }};\n"
                + "".join(f"const {i} = __wasm_split_loaders;\n" for i in imports) + glue)
        (dist / f"{stem}.js").write_text(glue, encoding="utf-8")

    sizes = {name: (dist / name).stat().st_size
             for name in [f"{stem}_bg.wasm", *parts.values()]}
    print("[split] " + ", ".join(f"{n}: {b} bytes" for n, b in sizes.items()))


def part_name(stem, part):
    """careplanner-<hash>-app.wasm for split_app.wasm, careplanner-<hash>-chunk3.wasm for
    chunk_3.wasm."""
    point = part.stem.removeprefix("split_").replace("_", "")
    return f"{stem}-{point}.wasm"


if __name__ == "__main__":
    main()
