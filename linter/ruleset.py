"""The rule set: the shipped packs plus the configuration's extra packs, merged and checked.

Merging refuses a code or name defined twice (codes are never reused), a reference to an unknown
lexicon or rule, and anything but exactly one default target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from linter.config import Config
from linter.errors import RulePackError, UnknownRuleError
from linter.evidence.schema import EvidenceSettings
from linter.kinds import AnyRule
from linter.loader import Pack, parse_pack, read_pack_text, shipped_packs
from linter.packcache import cached
from linter.schema import Lexicon, Target
from linter.score_schema import ScoreSettings
from linter.suggest_schema import SuggestSettings


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[AnyRule, ...]
    lexicons: dict[str, Lexicon]
    targets: dict[str, Target]
    score: ScoreSettings
    default_target: str
    evidence: EvidenceSettings
    suggest: SuggestSettings | None = None  # rules/suggest.toml: headline suggestions

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
    score: ScoreSettings | None = None
    evidence: EvidenceSettings | None = None
    suggest: SuggestSettings | None = None
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
        score = pack.score or score
        evidence = pack.evidence or evidence
        suggest = pack.suggest or suggest
    if score is None:
        raise RulePackError("no pack defines the [score] settings")
    if evidence is None:
        raise RulePackError("no pack defines the [evidence] settings")
    _check_references(rules, lexicons, targets)
    defaults = [t.name for t in targets.values() if t.default]
    if len(defaults) != 1:
        found = ", ".join(defaults) or "none"
        raise RulePackError(f"exactly one target must say `default = true` (found: {found})")
    ordered = tuple(sorted(rules, key=lambda r: r.code))
    return RuleSet(ordered, lexicons, targets, score, defaults[0], evidence, suggest)


def _check_references(
    rules: list[AnyRule], lexicons: dict[str, Lexicon], targets: dict[str, Target]
) -> None:
    for rule in rules:
        for name in rule.lexicons():
            if name not in lexicons:
                raise RulePackError(f"rule {rule.name!r}: unknown lexicon {name!r}")
        for name in rule.targets():
            if name not in targets:
                raise RulePackError(f"rule {rule.name!r}: unknown target {name!r}")
    known_rules = {r.name for r in rules}
    for target in targets.values():
        for name in target.disabled:
            if name not in known_rules:
                raise RulePackError(f"target {target.name!r}: disables unknown rule {name!r}")


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> RuleSet:
    sources = [*shipped_packs(), *((path, read_pack_text(path)) for path in extra)]
    # validated once per content (linter.packcache): a changed pack or kind is another key
    return cached(sources, RuleSet, lambda: _merge((o, parse_pack(t, o)) for o, t in sources))


def load_ruleset(config: Config | None = None) -> RuleSet:
    """The shipped packs plus the configuration's extra packs (cached)."""
    return _load(tuple(config.extra_packs) if config else ())
