"""linter.cli.plugins: pydantic's plugin loader stood in for while plugins are off."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, env_value: str | None) -> str:
    env_line = (
        "" if env_value is None else f"os.environ['PYDANTIC_DISABLE_PLUGINS'] = {env_value!r}"
    )
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ.pop('PYDANTIC_DISABLE_PLUGINS', None)
        {env_line}
        from linter.cli import plugins
        plugins.disable()
        """
    ) + textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return done.stdout.strip()


def test_disabled_plugins_build_models_without_importing_the_metadata_scanner() -> None:
    out = _run(
        """
        from linter import Profile
        Profile(headline="ML Engineer")
        from pydantic.plugin._loader import get_plugins
        print(list(get_plugins()), "importlib.metadata" in sys.modules)
        print(os.environ["PYDANTIC_DISABLE_PLUGINS"])
        """,
        None,
    )
    assert out.splitlines() == ["[] False", "__all__"]


def test_a_users_choice_of_plugins_gets_the_real_loader() -> None:
    out = _run(
        """
        from linter import Profile
        Profile(headline="ML Engineer")
        print(type(sys.modules["pydantic.plugin._loader"]).__name__)
        """,
        "some-plugin",
    )
    assert out == "module"


def test_any_other_name_is_read_from_the_real_loader() -> None:
    out = _run(
        """
        import pydantic.plugin._loader as loader
        print(loader.PYDANTIC_ENTRY_POINT_GROUP, type(sys.modules[loader.__name__]).__name__)
        """,
        "__all__",
    )
    assert out == "pydantic module"
