"""Rule packs: TOML files of rules, lexicons, targets and score settings, validated by pydantic.

The shipped packs are package data (``linter.packs``, the repository's ``rules/`` folder), read
through importlib.resources so the same code works from a wheel, an editable install and inside
Pyodide. Errors name the file, the entry and the field, in words fit to show a person.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, TypeAdapter, ValidationError

from linter.errors import RulePackError
from linter.evidence.schema import EvidenceSettings
from linter.kinds import KINDS, AnyRule
from linter.schema import DataModel, Lexicon, Target
from linter.score_schema import ScoreSettings
from linter.suggest_schema import SuggestSettings


class Pack(DataModel):
    rule: tuple[Annotated[AnyRule, Field(discriminator="kind")], ...] = ()
    lexicon: dict[str, Lexicon] = Field(default_factory=dict)
    target: tuple[Target, ...] = ()
    score: ScoreSettings | None = None
    evidence: EvidenceSettings | None = None
    suggest: SuggestSettings | None = None


@cache
def _pack_adapter() -> TypeAdapter[Pack]:
    """Built on first use: a cached rule set (linter.packcache) never validates a pack."""
    return TypeAdapter(Pack)


def _describe(error: Any, data: dict[str, Any]) -> str:
    loc = list(error["loc"])
    where = []
    if len(loc) >= 2 and loc[0] in ("rule", "target") and isinstance(loc[1], int):
        entries = data.get(loc[0]) or []
        entry = entries[loc[1]] if loc[1] < len(entries) else {}
        label = entry.get("name", f"#{loc[1] + 1}") if isinstance(entry, dict) else f"#{loc[1]}"
        where.append(f"{loc[0]} {label!r}")
        loc = loc[2:]
        if loc and isinstance(loc[0], str) and loc[0] in KINDS:  # the union's branch name
            loc = loc[1:]
    elif len(loc) >= 2 and loc[0] == "lexicon":
        where.append(f"lexicon {loc[1]!r}")
        loc = loc[2:]
    field = ".".join(str(p) for p in loc) or "<entry>"
    return f"{', '.join([*where, f'field {field!r}'])}: {error['msg']}"


def parse_pack(text: str, origin: str) -> Pack:
    import tomllib  # a cached rule set (linter.packcache) never parses a pack

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{origin}: invalid TOML: {exc}") from None
    try:
        return _pack_adapter().validate_python(data)
    except ValidationError as exc:
        details = "; ".join(_describe(e, data) for e in exc.errors()[:5])
        raise RulePackError(f"{origin}: {details}") from None


def shipped_packs() -> Iterable[tuple[str, str]]:
    """``(origin, TOML text)`` of every shipped pack, in name order."""
    folder = resources.files("linter.packs")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield f"rules/{entry.name}", entry.read_text(encoding="utf-8")


def read_pack_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(f"{path}: cannot read rule pack: {exc}") from None
