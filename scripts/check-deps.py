#!/usr/bin/env python3
"""Fails when Cargo.toml names a dependency that no code uses.

Every dependency must earn its bytes, so each one listed (normal, dev and target-specific)
must be named somewhere in the code that may use it: `name::`, `use name`, or an attribute
such as `#[name::test]`. Normal dependencies are looked for in src/, dev-dependencies in
tests/, benches/ and examples/ as well.
"""
import pathlib
import re
import sys
import tomllib

root = pathlib.Path(__file__).resolve().parent.parent
manifest = tomllib.loads((root / "Cargo.toml").read_text())


def tables(doc):
    """(kind, {name: spec}) for every dependency table, target-specific ones included."""
    for kind in ("dependencies", "dev-dependencies", "build-dependencies"):
        yield kind, doc.get(kind, {})
    for target in doc.get("target", {}).values():
        for kind in ("dependencies", "dev-dependencies", "build-dependencies"):
            yield kind, target.get(kind, {})


def sources(folders):
    for folder in folders:
        for path in (root / folder).rglob("*.rs"):
            yield path.read_text()


code = {
    "dependencies": "\n".join(sources(["src"])),
    "dev-dependencies": "\n".join(sources(["src", "tests", "benches", "examples"])),
    "build-dependencies": (root / "build.rs").read_text() if (root / "build.rs").exists() else "",
}

unused = []
for kind, deps in tables(manifest):
    for name, spec in deps.items():
        crate = (spec.get("package", name) if isinstance(spec, dict) else name).replace("-", "_")
        if not re.search(rf"\b{re.escape(crate)}\s*::|\buse\s+{re.escape(crate)}\b", code[kind]):
            unused.append(f"{kind}: {name}")

if unused:
    print("unused dependencies (remove them, or use them):", *unused, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"[deps] every dependency in Cargo.toml is used")
