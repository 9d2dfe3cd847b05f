#!/usr/bin/env python3
"""Makes Trunk's loader in dist/index.html wait for the page's word before the app's code runs.

Trunk writes a module script that imports wasm-bindgen's glue and starts the first module at
once. index.html draws its own first screen while that code is on its way, and the code's
arrival (evaluating the glue, instantiating the wasm, `main`) is a long task that held back the
frame showing that screen. The loader now waits for `careplannerEarly.started`, which the page's
script resolves once that frame is out, or at once when the app draws the page itself. The glue
and the wasm are still fetched from the start (Trunk's modulepreload and preload links).

Run by scripts/build.sh before scripts/csp.py, which hashes the script as it is then. The text
to change must be found exactly once, so a Trunk that writes another loader fails the build.
Usage: app_start.py dist
"""
import pathlib
import re
import sys

STATIC_IMPORT = re.compile(r"import init, \* as bindings from '(\./careplanner-[0-9a-f]+\.js)';")


def main(dist):
    page = pathlib.Path(dist) / "index.html"
    html = page.read_text(encoding="utf-8")
    found = STATIC_IMPORT.findall(html)
    if len(found) != 1:
        sys.exit(f"[app-start] {page}: expected Trunk's loader import exactly once, found {len(found)}")
    waiting = (
        "await self.careplannerEarly?.started;\n"
        f"const bindings = await import('{found[0]}'), init = bindings.default;"
    )
    page.write_text(STATIC_IMPORT.sub(lambda _: waiting, html), encoding="utf-8")
    print(f"[app-start] {page.name}: the loader waits for the page's first frame")


if __name__ == "__main__":
    main(sys.argv[1])
