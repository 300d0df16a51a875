"""User configuration: the ``Config`` model, validated from a table with errors fit for people.

Finding a configuration file on disk is the command line's business (``linter.cli.config_files``);
the core only validates the table it is given. Unknown keys are errors.
"""

from __future__ import annotations

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


def config_from_table(table: dict[str, Any], origin: Path) -> Config:
    """Validate a ``[tool.headline-lint]`` table; pack paths are relative to ``origin``."""
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
