"""User configuration: the ``Config`` model and where it is found on disk.

Read from ``[tool.headline-lint]`` in ``pyproject.toml`` or from ``.headline-lint.toml`` (top
level), searched from a directory upward, as ruff finds its settings. Unknown keys are errors.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from linter.errors import ConfigError
from linter.models import Severity


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    select: tuple[str, ...] = Field(
        default=(), description="Rule names or code prefixes to enable; empty means all."
    )
    ignore: tuple[str, ...] = Field(default=(), description="Rule names or code prefixes to skip.")
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="Per-rule severity overrides, by name or code."
    )
    fold: int | None = Field(
        default=None,
        ge=1,
        le=220,
        description="Characters of the headline shown in search results; default from the rule.",
    )
    extra_packs: tuple[str, ...] = Field(default=(), description="Extra rule-pack TOML files.")
    target: str | None = Field(default=None, description="Default target when a profile has none.")

    def __hash__(self) -> int:  # dict field: hash the JSON form so compiled rule sets can be cached
        return hash(self.model_dump_json())


CONFIG_FILES = (".headline-lint.toml", "pyproject.toml")


def _table(path: Path) -> dict[str, Any] | None:
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


def _make(table: dict[str, Any], origin: Path) -> Config:
    base = origin.parent
    packs = table.get("extra_packs") or table.get("extra-packs")
    if isinstance(packs, list):  # relative pack paths are relative to the config file
        table = {**table, "extra_packs": [str((base / p).resolve()) for p in packs]}
        table.pop("extra-packs", None)
    try:
        return Config.model_validate(table)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"{origin}: {problems}") from None


def load_config(path: str | Path) -> Config:
    """Load one named configuration file (either kind)."""
    path = Path(path)
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.headline-lint] table")
    return _make(table, path)


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
                    return _make(table, candidate), candidate
    return Config(), None
