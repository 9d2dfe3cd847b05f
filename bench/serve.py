#!/usr/bin/env python3
"""A static file server for the browser benchmark that compresses as a clinic's server would.

Python's http.server sends every file uncompressed, which is fine on localhost but not when
the benchmark emulates a slow network (NETWORK=slow4g): there the bytes on the wire decide,
and real servers send text and wasm with gzip. This one answers GET and HEAD from a folder,
with gzip -9 (computed once per file) when the browser accepts it.

Usage: serve.py FOLDER PORT
"""
import gzip
import http.server
import mimetypes
import pathlib
import sys

ROOT = pathlib.Path(sys.argv[1]).resolve()
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("application/manifest+json", ".webmanifest")
COMPRESSED = {}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.answer(body=False)

    def do_GET(self):
        self.answer(body=True)

    def answer(self, body):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        file = (ROOT / path.lstrip("/")).resolve()
        if file.is_dir():
            file = file / "index.html"
        if ROOT not in file.parents or not file.is_file():
            self.send_error(404)
            return
        data = file.read_bytes()
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            key = (file, file.stat().st_mtime_ns)
            if key not in COMPRESSED:
                COMPRESSED[key] = gzip.compress(data, 9)
            data = COMPRESSED[key]
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(file.name)[0] or "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Handler).serve_forever()
