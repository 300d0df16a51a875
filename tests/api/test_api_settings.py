"""Parsing the environment and the gunicorn options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from linter.api import serve, settings


@pytest.mark.parametrize(
    ("raw", "size"),
    [("65536", 65536), ("64k", 65536), ("64KiB", 65536), (" 2 m ", 2 * 1024**2), ("1", 1)],
)
def test_sizes(raw: str, size: int) -> None:
    assert settings.parse_size(raw) == size


@pytest.mark.parametrize("raw", ["", "0", "-5", "64 GB", "lots", "1.5k"])
def test_bad_sizes(raw: str) -> None:
    with pytest.raises(ValueError, match="not a size"):
        settings.parse_size(raw)


def test_origins() -> None:
    parsed = settings.parse_origins("https://a.example, http://localhost:3000/,,")
    assert parsed == ("https://a.example", "http://localhost:3000")
    for bad in ("*", "a.example", "https://a.example/path"):
        with pytest.raises(ValueError, match="not an origin"):
            settings.parse_origins(bad)


def test_from_env_names_the_bad_variable(tmp_path: Path) -> None:
    assert settings.from_env({}) == {}
    env = {"HEADLINE_LINT_MAX_BODY": "1M", "HEADLINE_LINT_WEB_DIR": str(tmp_path)}
    assert settings.from_env(env) == {"MAX_CONTENT_LENGTH": 1024**2, "WEB_DIR": tmp_path}
    with pytest.raises(ValueError, match=r"^HEADLINE_LINT_CORS_ORIGINS: "):
        settings.from_env({"HEADLINE_LINT_CORS_ORIGINS": "*"})
    with pytest.raises(ValueError, match=r"^HEADLINE_LINT_CONFIG: "):
        settings.from_env({"HEADLINE_LINT_CONFIG": str(tmp_path / "missing.toml")})


def test_a_linter_config_file(tmp_path: Path) -> None:
    path = tmp_path / ".headline-lint.toml"
    path.write_text('ignore = ["HL1"]\n')
    config = settings.from_env({"HEADLINE_LINT_CONFIG": str(path)})["LINT_CONFIG"]
    assert config.ignore == ("HL1",)


def test_gunicorn_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEADLINE_LINT_WORKERS", raising=False)
    monkeypatch.delenv("HEADLINE_LINT_TIMEOUT", raising=False)
    opts = serve.options("127.0.0.1", 8000, 3)
    assert opts["bind"] == ["127.0.0.1:8000"]
    assert opts["workers"] == 3
    assert opts["accesslog"] is None  # the app's own log: no query strings, no bodies
    assert opts["control_socket_disable"] is True
    assert serve.options("::1", 8001, 1)["bind"] == ["[::1]:8001"]
    assert serve.options("127.0.0.1", 8000, None)["workers"] >= 1
    monkeypatch.setenv("HEADLINE_LINT_WORKERS", "5")
    assert serve.options("127.0.0.1", 8000, 0)["workers"] == 5
    assert serve.options("127.0.0.1", 8000, None)["workers"] == 5
    monkeypatch.setenv("HEADLINE_LINT_WORKERS", "many")
    with pytest.raises(ValueError, match="HEADLINE_LINT_WORKERS"):
        serve.options("127.0.0.1", 8000, 0)


def test_main_reports_a_bad_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEADLINE_LINT_MAX_BODY", "huge")
    assert serve.main("127.0.0.1", 0, 1, dev=False) == 2
    assert "HEADLINE_LINT_MAX_BODY" in capsys.readouterr().err


def test_help_documents_the_environment(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        serve.cli(["--help"])
    out = capsys.readouterr().out
    for variable in settings.ENVIRONMENT:
        assert variable in out


def test_the_settings_import_without_flask() -> None:
    code = (
        "import sys; from linter.api.settings import ENVIRONMENT; "
        "assert ENVIRONMENT; assert 'flask' not in sys.modules, 'flask imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
