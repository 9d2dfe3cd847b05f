#!/usr/bin/env python3
"""Writes a strict Content-Security-Policy into dist/index.html and dist/configure.html.

Trunk inlines one small module script (it loads the wasm), index.html has scripts of its own
and carries the app's stylesheet inside. Rather than allow inline scripts and styles, the
policy names each by its SHA-256 hash, which only exists after the build: hence this step.
Everything else may come only from the app's own origin; nothing may be sent anywhere else
(connect-src 'self'). WebAssembly compilation needs 'wasm-unsafe-eval'.
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")


def source_hash(body):
    """The policy's name for an inline element with this text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def write_policy(page):
    html = page.read_text(encoding="utf-8")
    if 'http-equiv="Content-Security-Policy"' in html:
        sys.exit(f"[csp] {page.name} already has a policy; build afresh")

    hashes = []
    for match in re.finditer(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", html, re.S):
        if "src=" in match.group("attrs"):
            continue
        hashes.append(source_hash(match.group("body")))

    # The app's stylesheet is inside index.html (scripts/inline_css.py): named by its hash too.
    styles = [source_hash(body) for body in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S)]

    policy = "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
        " ".join(["style-src 'self'"] + styles),
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    # The policy must come before anything it governs, so it goes first in <head>.
    html, count = re.subn(r"(<head[^>]*>|<meta charset=utf-8>|<meta charset=\"utf-8\">)", r"\1" + meta, html, count=1)
    if count != 1:
        sys.exit(f"[csp] could not find where to put the policy in {page.name}")
    page.write_text(html, encoding="utf-8")
    print(f"[csp] {page.name}: policy written with {len(hashes)} inline script hash(es), {len(styles)} style hash(es)")


write_policy(dist / "index.html")
# The configurator (scripts/build.sh builds it apart), under the same policy.
if (dist / "configure.html").is_file():
    write_policy(dist / "configure.html")
