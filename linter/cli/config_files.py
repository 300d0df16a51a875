"""Finding the configuration on disk, as ruff finds its settings.

Read from ``[tool.headline-lint]`` in ``pyproject.toml`` or from ``.headline-lint.toml`` (top
level), searched from a directory upward. The command line, the language server and the API's
``HEADLINE_LINT_CONFIG`` use these; the core only validates the table (``linter.config``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from linter.config import Config, config_from_table
from linter.errors import ConfigError

CONFIG_FILES = (".headline-lint.toml", "pyproject.toml")


def _table(path: Path) -> dict[str, Any] | None:
    import tomllib  # only when a configuration file is found

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("headline-lint")
        return table if isinstance(table, dict) else None
    return data


def load_config(path: str | Path) -> Config:
    """Load one named configuration file (either kind)."""
    path = Path(path)
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.headline-lint] table")
    return config_from_table(table, path)


def find_config(start: str | Path) -> tuple[Config, Path | None]:
    """The first configuration found from ``start`` (a file or directory) upward."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                table = _table(candidate)
                if table is not None:
                    return config_from_table(table, candidate), candidate
    return Config(), None
