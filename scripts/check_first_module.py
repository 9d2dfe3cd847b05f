#!/usr/bin/env python3
"""Checks that the release app's first module carries neither the protocol's tables nor the
keys of the screens after the first one (issue 19): they belong to the modules asked for
after the first screen. Run by scripts/size.sh on dist/.

What is looked for is read from the sources, so it follows them: every key of the catalogues
the release app fetches in English (src/domain/i18n: `ui::LATER` and the `lazy_catalogue!`
files), the citation of every source and the longer ids of the protocol's tables
(src/domain/protocol). Each must be in one of the later modules, so that a build which hides
them (or a reader that finds nothing) fails rather than passes; and the first screen's own
keys must be in the first module.
Usage: check_first_module.py dist
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
I18N = ROOT / "src" / "domain" / "i18n"
PROTOCOL = ROOT / "src" / "domain" / "protocol"
ENTRY = re.compile(r'^\s*\(\s*"([^"]+)",', re.M)
# Short ids ("age", "face") also occur inside other words; the longer ones name one thing.
LONG_ID = 10


def catalogue_keys(text):
    return ENTRY.findall(text)


def later_keys():
    keys = []
    for path in sorted(I18N.glob("*.rs")):
        text = path.read_text(encoding="utf-8")
        if path.name == "ui.rs":
            keys += catalogue_keys(text[text.index("pub const LATER"):])
        elif "lazy_catalogue![" in text:
            keys += catalogue_keys(text)
    return keys


def protocol_strings():
    strings = []
    for path in sorted(PROTOCOL.rglob("*.rs")):
        if "validate" in path.name:
            continue
        text = path.read_text(encoding="utf-8")
        strings += re.findall(r'citation: "([^"]+)"', text)
        strings += [i for i in re.findall(r'\bid: "([a-z0-9_]+)"', text) if len(i) >= LONG_ID]
    return strings


def main():
    dist = pathlib.Path(sys.argv[1])
    firsts = list(dist.glob("careplanner-*_bg.wasm"))
    if len(firsts) != 1:
        sys.exit(f"[first module] expected one careplanner-*_bg.wasm in {dist}, found {len(firsts)}")
    first = firsts[0].read_bytes()
    later = b"".join(p.read_bytes() for p in dist.glob("careplanner-*-*.wasm"))
    first_screen = catalogue_keys((I18N / "ui.rs").read_text(encoding="utf-8").split("pub const LATER")[0])
    wanted = {"a key of the screens after the first": later_keys(),
              "a string of the protocol's tables": protocol_strings()}
    failures = []
    for what, strings in wanted.items():
        if len(strings) < 20:
            failures.append(f"only {len(strings)} of {what} found in the sources: the reader is out of date")
        for s in strings:
            # As a whole string: a key is never a prefix of a longer first-screen text.
            needle = s.encode("utf-8")
            if needle in first:
                failures.append(f"{what} is in the first module: {s!r}")
            elif needle not in later:
                failures.append(f"{what} is in no later module (the check reads nothing?): {s!r}")
    missing = [k for k in first_screen if k.encode("utf-8") not in first]
    if missing or not first_screen:
        failures.append(f"first screen keys not in the first module: {missing[:5]}")
    if failures:
        print("\n".join(f"[first module] {f}" for f in failures[:20]), file=sys.stderr)
        sys.exit(f"[first module] {len(failures)} problems")
    count = sum(len(s) for s in wanted.values())
    print(f"[first module] none of {count} later keys and protocol strings in it; "
          f"its {len(first_screen)} first-screen keys are")


if __name__ == "__main__":
    main()
