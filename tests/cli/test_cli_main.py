"""The parser and dispatch: ``serve`` delegates; ``check`` starts without the heavy modules."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import types

import pytest

from linter.cli.main import build_parser, main
from tests.support.paths import EXAMPLES, ROOT


def test_serve_delegates_to_the_api_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []

    def fake_main(**kwargs: object) -> int:
        calls.append(kwargs)
        return 7

    module = types.ModuleType("linter.api.serve")
    module.main = fake_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "linter.api.serve", module)
    import linter.api

    monkeypatch.setattr(linter.api, "serve", module, raising=False)
    code = main(["serve", "--host", "0.0.0.0", "--port", "9001", "--workers", "3", "--dev"])
    assert code == 7
    assert calls == [{"host": "0.0.0.0", "port": 9001, "workers": 3, "dev": True}]


def test_serve_defaults() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.workers, args.dev) == ("127.0.0.1", 8000, None, False)


HEAVY = (
    "flask",
    "werkzeug",
    "gunicorn",
    "tqdm",
    "multiprocessing",
    "difflib",
    "rich",
    "pygls",
    "lsprotocol",
)


def test_check_does_not_import_the_heavy_modules() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "linter.cli.main",
            "check",
            str(EXAMPLES / "clean-profile.md"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()}
    assert "markdown_it" in imported  # the probe sees real imports
    assert not {name for name in imported if name.split(".")[0] in HEAVY}


def test_the_parser_alone_loads_neither_pydantic_nor_the_engine() -> None:
    code = (
        "import sys; from linter.cli.main import build_parser; build_parser(); "
        "import linter; print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pydantic', 'yaml', 'markdown_it'}), 'linter.engine' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert proc.stdout.split() == ["[]", "False"]


@pytest.mark.parametrize(("chosen", "seen"), [(None, "__all__"), ("logfire", "logfire")])
def test_check_asks_pydantic_for_no_plugins_unless_the_user_chose(
    chosen: str | None, seen: str
) -> None:
    code = (
        "import os; from linter.cli.main import main; "
        f"code = main(['check', '--quiet', {str(EXAMPLES / 'clean-profile.md')!r}]); "
        "print(os.environ['PYDANTIC_DISABLE_PLUGINS'])"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if chosen is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = chosen
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert proc.stdout.split()[-1:] == [seen], proc.stderr[-2000:]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("headline-lint ")


def test_a_parser_built_for_one_command_has_the_same_help_and_that_commands_flags() -> None:
    full, for_check = build_parser(), build_parser("check")
    assert for_check.format_help() == full.format_help()
    subs = next(a for a in for_check._actions if isinstance(a, argparse._SubParsersAction))
    full_subs = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert list(subs.choices) == list(full_subs.choices)
    assert subs.choices["check"].format_help() == full_subs.choices["check"].format_help()
    assert subs.choices["batch"]._actions == []  # an outline only: not even -h
    args = for_check.parse_args(["check", "--format", "json", "a.md"])
    assert (args.output_format, args.paths) == ("json", ["a.md"])
