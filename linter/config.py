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
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

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
        where = "[tool.headline-lint]" if origin.name == "pyproject.toml" else origin.name
        problems = "; ".join(_problem(err, where) for err in exc.errors())
        raise ConfigError(f"{origin}: {problems}") from None


def _problem(err: Any, where: str) -> str:
    """One validation error in the configuration's own words, not pydantic's."""
    import difflib

    key = ".".join(str(p) for p in err["loc"]) or "<root>"
    if err["type"] == "extra_forbidden":
        known = list(Config.model_fields)
        close = difflib.get_close_matches(key.replace("-", "_"), known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"unknown key {key!r} in {where}{hint}; known keys: {', '.join(known)}"
    expected = _EXPECTED.get(err["type"])
    value = err.get("input")
    got = f", got {value!r}" if expected and not isinstance(value, dict | list) else ""
    return f"{key}: {expected}{got}" if expected else f"{key}: {err['msg']}"


_EXPECTED = {
    "tuple_type": "expected a list of strings",
    "string_type": "expected a string",
    "dict_type": "expected a table",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "literal_error": "expected one of error, warning, info",
}
