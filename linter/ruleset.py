"""Loading rule packs: TOML files of rules, lexicons and targets, validated by pydantic.

The shipped packs are package data (``linter.packs``, the repository's ``rules/`` folder), read
through importlib.resources so the same code works from a wheel, an editable install and inside
Pyodide. Extra packs named in the configuration are read from disk after them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, TypeAdapter, ValidationError

from linter.config import Config
from linter.errors import RulePackError, UnknownRuleError
from linter.kinds import KINDS, AnyRule
from linter.rule import DataModel


class Lexicon(DataModel):
    """A named set of phrases that rules share (evidence of deployment work, role titles...)."""

    description: str
    phrases: tuple[str, ...] = Field(min_length=1)


class KeywordFamily(DataModel):
    name: str
    share: float = Field(ge=0, le=1, description="Share of the target's postings that ask for it.")
    phrases: tuple[str, ...] = Field(min_length=1)


class TitleOffer(DataModel):
    """A title the linter may offer, only when the profile shows this much of this evidence."""

    title: str
    evidence: str
    min_evidence: int = Field(ge=1)


class Target(DataModel):
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str
    description: str
    source: str = Field(description="Where the keyword shares come from.")
    disabled: tuple[str, ...] = ()
    offers: tuple[TitleOffer, ...] = ()
    min_keywords: int = Field(ge=0)
    keywords: tuple[KeywordFamily, ...] = Field(min_length=1)


class Pack(DataModel):
    rule: tuple[Annotated[AnyRule, Field(discriminator="kind")], ...] = ()
    lexicon: dict[str, Lexicon] = Field(default_factory=dict)
    target: tuple[Target, ...] = ()


_PACK = TypeAdapter(Pack)


def _describe(error: Any, data: dict[str, Any]) -> str:
    loc = list(error["loc"])
    where = []
    if len(loc) >= 2 and loc[0] in ("rule", "target") and isinstance(loc[1], int):
        entry = (data.get(loc[0]) or [{}])[loc[1]] if loc[1] < len(data.get(loc[0]) or []) else {}
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
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{origin}: invalid TOML: {exc}") from None
    try:
        return _PACK.validate_python(data)
    except ValidationError as exc:
        details = "; ".join(_describe(e, data) for e in exc.errors()[:5])
        raise RulePackError(f"{origin}: {details}") from None


def _shipped() -> Iterable[tuple[str, str]]:
    folder = resources.files("linter.packs")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield f"rules/{entry.name}", entry.read_text(encoding="utf-8")


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[AnyRule, ...]
    lexicons: dict[str, Lexicon]
    targets: dict[str, Target]

    def find(self, name_or_code: str) -> AnyRule | None:
        wanted = name_or_code.strip()
        for rule in self.rules:
            if wanted in (rule.name, rule.code) or wanted.upper() == rule.code:
                return rule
        return None

    def select(self, selectors: Iterable[str], where: str) -> set[str]:
        """Names of the rules matched by names or code prefixes; an unknown one is an error."""
        names: set[str] = set()
        for sel in selectors:
            hit = {r.name for r in self.rules if sel == r.name or r.code.startswith(sel.upper())}
            if not hit:
                raise UnknownRuleError(sel, where)
            names |= hit
        return names


def _merge(packs: Iterable[tuple[str, Pack]]) -> RuleSet:
    rules: list[AnyRule] = []
    lexicons: dict[str, Lexicon] = {}
    targets: dict[str, Target] = {}
    seen: dict[str, str] = {}
    for origin, pack in packs:
        for rule in pack.rule:
            for ident in (rule.code, rule.name):
                if ident in seen:
                    raise RulePackError(
                        f"{origin}: rule {rule.name!r}: {ident} is already "
                        f"defined in {seen[ident]} (codes are never reused)"
                    )
                seen[ident] = origin
            rules.append(rule)
        lexicons.update(pack.lexicon)
        targets.update({t.name: t for t in pack.target})
    _check_references(rules, lexicons, targets)
    return RuleSet(tuple(sorted(rules, key=lambda r: r.code)), lexicons, targets)


def _check_references(
    rules: list[AnyRule], lexicons: dict[str, Lexicon], targets: dict[str, Target]
) -> None:
    for rule in rules:
        for name in KINDS[rule.kind].lexicons(rule):
            if name not in lexicons:
                raise RulePackError(f"rule {rule.name!r}: unknown lexicon {name!r}")
    known_rules = {r.name for r in rules}
    for target in targets.values():
        for name in target.disabled:
            if name not in known_rules:
                raise RulePackError(f"target {target.name!r}: disables unknown rule {name!r}")
        for offer in target.offers:
            if offer.evidence not in lexicons:
                raise RulePackError(f"target {target.name!r}: unknown lexicon {offer.evidence!r}")


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> RuleSet:
    packs = [(origin, parse_pack(text, origin)) for origin, text in _shipped()]
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RulePackError(f"{path}: cannot read rule pack: {exc}") from None
        packs.append((path, parse_pack(text, path)))
    return _merge(packs)


def load_ruleset(config: Config | None = None) -> RuleSet:
    """The shipped packs plus the configuration's extra packs (cached)."""
    return _load(tuple(config.extra_packs) if config else ())
