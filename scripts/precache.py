#!/usr/bin/env python3
"""Writes dist/sw.js from assets/sw.js with the list of every file of the build to precache.

Run by scripts/build.sh after `trunk build`. The version is a hash of every file's name and
content, so any change to the build changes sw.js by at least that string, which is how
browsers notice a new version of a service worker.
"""
import base64
import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIST = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"
TEMPLATE = ROOT / "assets" / "sw.js"
PLACEHOLDERS = ('"__CAREPLANNER_PRECACHE__"', '"__CAREPLANNER_VERSION__"', '"__CAREPLANNER_CONFIGURATOR__"')
# The worker itself is fetched by the browser, never from its own cache; compressed
# variants, if a host adds them, are the server's business. clinic.json is the clinic's to
# edit at any time: the worker serves it from the network first (see assets/sw.js).
SKIP_NAMES = {"sw.js", "clinic.json"}
SKIP_SUFFIXES = (".gz", ".br")
# The configurator (configure.html and its own wasm, JS and CSS) is for a clinic's staff: the
# worker caches it when that page is opened, never on a patient's install.
CONFIGURATOR_PREFIX = "configure"


def main() -> int:
    if not (DIST / "index.html").is_file():
        print(f"[precache] {DIST}/index.html is missing: run trunk build first", file=sys.stderr)
        return 1
    files = sorted(
        p.relative_to(DIST).as_posix()
        for p in DIST.rglob("*")
        if p.is_file() and p.name not in SKIP_NAMES and not p.name.endswith(SKIP_SUFFIXES)
    )
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + hashlib.sha256((DIST / name).read_bytes()).digest())
    version = digest.hexdigest()[:16]

    def integrity(name):
        return "sha256-" + base64.b64encode(hashlib.sha256((DIST / name).read_bytes()).digest()).decode()

    # "./" is the address people open; the server answers it with index.html. Each file comes
    # with its Subresource Integrity hash: the worker fetches with it, so a file that is not
    # this build's (a deploy half copied, a proxy's error page) fails the install.
    app = [name for name in files if not name.startswith(CONFIGURATOR_PREFIX)]
    staff = [name for name in files if name.startswith(CONFIGURATOR_PREFIX)]
    precache = [["./", integrity("index.html")]] + [[name, integrity(name)] for name in app]
    configurator = [[name, integrity(name)] for name in staff]

    source = TEMPLATE.read_text(encoding="utf-8")
    for placeholder in PLACEHOLDERS:
        if source.count(placeholder) != 1:
            print(f"[precache] {TEMPLATE} must hold {placeholder} exactly once", file=sys.stderr)
            return 1
    out = (
        source.replace(PLACEHOLDERS[0], json.dumps(precache))
        .replace(PLACEHOLDERS[1], json.dumps(version))
        .replace(PLACEHOLDERS[2], json.dumps(configurator))
    )
    (DIST / "sw.js").write_text(out, encoding="utf-8")
    print(f"[precache] dist/sw.js: version {version}, {len(precache)} entries, "
          f"{len(configurator)} more for the configurator")
    return 0


if __name__ == "__main__":
    sys.exit(main())
