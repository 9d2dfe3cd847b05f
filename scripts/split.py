#!/usr/bin/env python3
"""Splits the release wasm in two: what the app needs up to the result, and the screens after it.

Run by scripts/build.sh after `trunk build`, which built the wasm with the `split` feature and
`--emit-relocs` (the call graph the splitter reads). Trunk's own wasm-bindgen output is then
replaced in dist/ by:

  careplanner-<hash>_bg.wasm     the first module: every function the split point does not own
  careplanner-<hash>.js          wasm-bindgen's glue for it, with the splitter's loader inside
  careplanner-<hash>-later.wasm  the second module: what only `ui::later::views` reaches

The second module keeps the build's hash in its name, so a browser never pairs one build's
first module with another's second (their shared function table must match exactly).

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
        later = tmp / "split_later.wasm"
        if not later.is_file():
            sys.exit("[split] the splitter made no second module: is the split point there?")
        # The second module imports the function table, an export wasm-bindgen would drop.
        run("wasm-bindgen", "--target", "web", "--no-typescript", "--keep-lld-exports",
            "--out-dir", tmp / "out", tmp / f"{stem}.wasm")
        run(*WASM_OPT, tmp / "out" / f"{stem}_bg.wasm", "-o", dist / f"{stem}_bg.wasm")
        run(*WASM_OPT, later, "-o", dist / f"{stem}-later.wasm")

        loader = (tmp / "__wasm_split.js").read_text(encoding="utf-8")
        loader = replace_once(loader, f'import {{ initSync }} from "./{stem}.js";', "",
                              "the loader")
        loader = replace_once(loader, '"./split_later.wasm"', f'"./{stem}-later.wasm"',
                              "the loader")
        loader = replace_once(loader, STREAMING, BUFFERED, "the loader")
        loader = replace_once(loader, "export const __wasm_split_load_later",
                              "const __wasm_split_load_later", "the loader")
        glue = (tmp / "out" / f"{stem}.js").read_text(encoding="utf-8")
        for name in ("getSharedImports", "wrapAsyncCb", "makeLoad", "sharedImports"):
            if name in glue:
                sys.exit(f"[split] the glue already has a {name}: the loader cannot go inside")
        # The imports object keeps the module name the wasm asks for; only its source changes.
        glue = replace_once(glue, 'import * as import1 from "./__wasm_split.js"',
                            loader + "\nconst import1 = { __wasm_split_load_later };\n",
                            "the glue")
        (dist / f"{stem}.js").write_text(glue, encoding="utf-8")

    sizes = {name: (dist / name).stat().st_size
             for name in (f"{stem}_bg.wasm", f"{stem}-later.wasm")}
    print("[split] " + ", ".join(f"{n}: {b} bytes" for n, b in sizes.items()))


if __name__ == "__main__":
    main()
