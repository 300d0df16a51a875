"""Who did the work (the agent of each clause) and which units are bare lists."""

from __future__ import annotations

from bisect import bisect_right

from linter.evidence.blocks import bullets_under, header_alone
from linter.evidence.clauses import Layout
from linter.evidence.compile import EKey
from linter.matcher import Match
from linter.text import Tokens


class Agents:
    """Each clause's agent: own, team (we), or that of the nearest clause before it in its unit
    that names one; a unit that opens with no subject is team work."""

    def __init__(self, lay: Layout, own: set[int], team: set[int]) -> None:
        self._lay = lay
        self._known = sorted({**{c: "team" for c in team}, **{c: "own" for c in own}}.items())
        self._ids = [c for c, _ in self._known]
        self._memo: dict[int, str] = {}

    def of(self, i: int) -> str:
        clause = self._lay.clauses[i]
        cached = self._memo.get(clause)
        if cached is not None:
            return cached
        self._memo[clause] = agent = self._find(clause, self._lay.units[i])
        return agent

    def _find(self, clause: int, unit: int) -> str:
        lay = self._lay
        k = bisect_right(self._ids, clause) - 1
        if k < 0:
            return "team"
        found, agent = self._known[k]
        start, _ = lay.unit_span(unit)
        # the agent's clause must stand in this unit: its id is at least this unit's first clause
        first_clause = unit + bisect_right(lay.clause_breaks, start)
        return agent if found >= first_clause else "team"


def list_units(
    tokens: Tokens, by: dict[str, list[Match[EKey]]], lay: Layout, candidates: set[int]
) -> set[int]:
    unit_of = lay.units
    people = {
        unit_of[m.first] for g in ("own", "own-possessive", "team", "own-verb") for m in by[g]
    }
    lists = set()
    for m in by.get("list-header", []):
        after = tokens.gap(m.last + 1) if m.last + 1 < len(tokens) else ""
        if lay.opens_unit(m.first) and (":" in after or "-" in after.strip()):
            lists.add(lay.unit(m.first))  # "Skills: ...", "Stack - ..."
        if lay.opens_unit(m.first) and header_alone(tokens, lay, m.first, m.last):
            lists.update(bullets_under(tokens, lay, lay.unit(m.first)))  # "SKILLS" + bullets
    for u in candidates:
        if u not in people and lay.is_short_list(u):
            lists.add(u)
    return lists
