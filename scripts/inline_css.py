#!/usr/bin/env python3
"""Puts the app's stylesheet inside dist/index.html, in a <style> element.

The first screen cannot be painted before its stylesheet is here, and an inline script (the
one that draws index.html's own first screen) cannot run before it either: in the page
itself, it costs no request, nor the tasks that handle its answer. The stylesheet's file
stays, for configure.html. The Content-Security-Policy names the element by its hash
(scripts/csp.py, run after this).

The link must be found exactly once, so a Trunk that writes it otherwise fails the build.
Usage: inline_css.py dist
"""
import pathlib
import re
import sys

LINK = re.compile(r'<link href=\./(app-[0-9a-f]+\.css)(?: integrity=[^ >]+)? rel=stylesheet>')


def main(dist):
    dist = pathlib.Path(dist)
    page = dist / "index.html"
    html = page.read_text(encoding="utf-8")
    found = LINK.findall(html)
    if len(found) != 1:
        sys.exit(f"[inline-css] {page}: expected the app's stylesheet link exactly once, found {len(found)}")
    css = (dist / found[0]).read_text(encoding="utf-8")
    if "</style" in css:
        sys.exit(f"[inline-css] {found[0]} holds '</style', which would end the element early")
    page.write_text(LINK.sub(lambda _: f"<style>{css}</style>", html), encoding="utf-8")
    print(f"[inline-css] index.html: {found[0]} inlined ({len(css)} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
