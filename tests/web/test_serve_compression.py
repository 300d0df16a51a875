"""``headline-lint serve`` sends the page's assets gzip-compressed when asked, with caching.

Against the real server (gunicorn, the session's ``api_server``) over real HTTP: the WebAssembly
runtime is ~9.6 MB as built and must go out compressed to a browser that accepts gzip.
"""

from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path

from tests.support.paths import runtime_folder


def get(url: str, encoding: str | None) -> tuple[dict[str, str], bytes]:
    headers = {"Accept-Encoding": encoding} if encoding else {}
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return {k.lower(): v for k, v in response.headers.items()}, response.read()


def wasm(dist: Path) -> str:
    return runtime_folder(dist) + "pyodide.asm.wasm"


def test_wasm_runtime_is_sent_gzip_compressed_when_accepted(api_server: str, dist: Path) -> None:
    raw = (dist / wasm(dist)).read_bytes()
    headers, body = get(f"{api_server}/{wasm(dist)}", "gzip, deflate, br")
    assert headers["content-encoding"] == "gzip"
    assert headers["content-type"] == "application/wasm"
    assert "accept-encoding" in headers["vary"].lower()
    assert int(headers["content-length"]) == len(body)
    assert len(body) < 0.45 * len(raw), f"{len(body)} bytes sent for {len(raw)}"
    assert gzip.decompress(body) == raw  # the same runtime, byte for byte
    # its folder's name carries the hash of the runtime's files: it never changes
    assert headers["cache-control"] == "public, max-age=31536000, immutable"


def test_uncompressed_without_accept_encoding(api_server: str, dist: Path) -> None:
    headers, body = get(f"{api_server}/{wasm(dist)}", None)
    assert "content-encoding" not in headers
    assert body == (dist / wasm(dist)).read_bytes()
    headers, body = get(f"{api_server}/{wasm(dist)}", "identity")
    assert "content-encoding" not in headers


def test_hashed_files_are_cached_for_a_year(api_server: str, dist: Path) -> None:
    hashed = sorted((dist / "pyscript").glob("core-*.js"))
    assert hashed, "PyScript's hashed core chunk is missing from web/dist"
    name = hashed[0].relative_to(dist).as_posix()
    headers, body = get(f"{api_server}/{name}", "gzip")
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["content-encoding"] == "gzip"
    assert gzip.decompress(body) == hashed[0].read_bytes()
    headers, _ = get(f"{api_server}/", "gzip")
    assert headers["cache-control"] == "no-cache"  # the page itself: always revalidated
    assert headers["content-type"].startswith("text/html")
