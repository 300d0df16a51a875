"""``GET /`` and the page's assets from the built folder, with the types Pyodide needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from linter.api import create_app
from linter.api.security import PAGE_CSP

ASSETS = {
    "index.html": ("text/html", b"<!doctype html><title>headline-linter</title>"),
    "app.mjs": ("text/javascript", b"export const x = 1;"),
    "pyodide/pyodide.asm.wasm": ("application/wasm", b"\x00asm\x01\x00\x00\x00"),
    "pyodide/pyodide-lock.json": ("application/json", b"{}"),
    "wheels/headline_linter-0.1.0-py3-none-any.whl": ("application/zip", b"PK\x03\x04"),
    "pyscript/core.js": ("text/javascript", b"export {};"),
    "pyscript/core.css": ("text/css", b"py-script{display:none}"),
    "pyscript.toml": ("application/toml", b"packages = []"),
}


@pytest.fixture
def page(tmp_path: Path) -> Path:
    root = tmp_path / "dist"
    for name, (_, data) in ASSETS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    (tmp_path / "secret.txt").write_text("outside the page folder")
    return root


@pytest.fixture
def page_client(page: Path) -> FlaskClient:
    return create_app({"TESTING": True, "WEB_DIR": page}).test_client()


def test_index_is_served_at_the_root(page_client: FlaskClient) -> None:
    response = page_client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.get_data() == ASSETS["index.html"][1]
    assert response.headers["Content-Security-Policy"] == PAGE_CSP


@pytest.mark.parametrize("name", sorted(ASSETS))
def test_every_asset_with_its_mime_type(page_client: FlaskClient, name: str) -> None:
    mimetype, data = ASSETS[name]
    response = page_client.get(f"/{name}")
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert response.get_data() == data
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == PAGE_CSP


@pytest.mark.parametrize(
    ("name", "cache_control"),
    [
        ("pyodide-0123456789abcdef/pyodide.asm.wasm", "public, max-age=31536000, immutable"),
        ("pyscript/core-AbCd_-12.js", "public, max-age=31536000, immutable"),
        ("pyodide/pyodide.asm.wasm", "no-cache"),  # no hash in its path
        ("pyodide-0123/pyodide.asm.wasm", "no-cache"),  # not a full hash
        ("pyscript/core.js", "no-cache"),
        ("index.html", "no-cache"),
    ],
)
def test_only_content_hashed_paths_are_immutable(
    page: Path, page_client: FlaskClient, name: str, cache_control: str
) -> None:
    (page / name).parent.mkdir(parents=True, exist_ok=True)
    (page / name).write_bytes(b"\x00asm\x01\x00\x00\x00")
    assert page_client.get(f"/{name}").headers["Cache-Control"] == cache_control


def test_assets_revalidate_with_etags(page_client: FlaskClient) -> None:
    first = page_client.get("/app.mjs")
    again = page_client.get("/app.mjs", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(
    "path", ["/../secret.txt", "/%2e%2e/secret.txt", "/pyodide/", "/missing.js"]
)
def test_nothing_outside_the_folder_and_no_missing_file(
    page_client: FlaskClient, path: str
) -> None:
    response = page_client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
    assert b"outside the page folder" not in response.get_data()


def test_an_asset_only_answers_get_and_head(page_client: FlaskClient) -> None:
    assert page_client.head("/app.mjs").status_code == 200
    response = page_client.post("/app.mjs")
    assert response.status_code == 405
    assert response.mimetype == "application/problem+json"
    assert "GET" in response.headers["Allow"]
    assert page_client.options("/app.mjs").status_code == 200


def test_without_a_built_page_the_root_is_a_clear_404(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
    assert "make web" in response.get_json()["detail"]
    assert client.get("/index.html").status_code == 404


def test_the_folder_is_looked_up_per_request(app: Flask, tmp_path: Path) -> None:
    client = app.test_client()
    assert client.get("/").status_code == 404
    folder = Path(app.config["WEB_DIR"])
    folder.mkdir()
    (folder / "index.html").write_text("<!doctype html><p>built later</p>")
    assert client.get("/").status_code == 200


def test_the_default_folder_is_web_dist_in_the_working_directory(
    page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEADLINE_LINT_WEB_DIR", raising=False)
    (page.parent / "web").mkdir()
    page.rename(page.parent / "web" / "dist")
    monkeypatch.chdir(page.parent)
    client = create_app({"TESTING": True}).test_client()
    assert client.get("/").get_data() == ASSETS["index.html"][1]


def test_the_environment_names_the_folder(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEADLINE_LINT_WEB_DIR", str(page))
    assert create_app({"TESTING": True}).test_client().get("/").status_code == 200
