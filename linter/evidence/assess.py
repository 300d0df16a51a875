"""The assessment: each evidence match in the About with its status, and what it earns.

Status of a family match, the first reason that applies: ``other-sense`` (an ambiguous word with
no software object in its clause, or with an other-sense cue), then the nearest cue before it in
its clause (``negated``, ``aspiration``, ``learning``, ``hedged``, ``others``; an own pronoun
after an ``others`` cue ends it), then ``list`` (a bare list unit), then the clause's agent:
``counted`` for the person's own work; ``team`` for we/our or subject-less work, which is
counted too once the About names an own part anywhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import get_args

from linter.evidence.clauses import MAX_ITEM_WORDS, Layout, layout, unit_words
from linter.evidence.compile import CompiledEvidence, EKey
from linter.matcher import Match, non_overlapping
from linter.models import EvidenceStatus as Status
from linter.text import Tokens

CUE_STATUS: dict[str, Status] = {s: s for s in get_args(Status)}
NOT_SYSTEMS = frozenset({"customer-embedded"})  # counted, but earns no title by itself


@dataclass(frozen=True, slots=True)
class Item:
    family: str
    status: Status
    start: int
    end: int


@dataclass(frozen=True)
class Assessment:
    items: tuple[Item, ...]
    families: frozenset[str]  # the distinct families counted
    forward_deployed: bool

    @property
    def systems(self) -> frozenset[str]:
        return self.families - NOT_SYSTEMS


EMPTY = Assessment((), frozenset(), False)


@dataclass(frozen=True, slots=True)
class _Cue:
    first: int
    last: int
    status: str
    sentence_wide: bool
    ends_at: tuple[str, ...]


@dataclass
class _Unit:
    cues: list[_Cue] = field(default_factory=list)
    own: list[int] = field(default_factory=list)  # own pronouns (not inside an others cue)
    verbs: list[int] = field(default_factory=list)  # own work verbs
    shifts: list[int] = field(default_factory=list)  # time-shift words
    next_verbs: list[int] = field(default_factory=list)  # own work verbs after a comma
    strong: list[tuple[int, int]] = field(default_factory=list)
    other_spans: set[int] = field(default_factory=set)
    research_clauses: set[int] = field(default_factory=set)
    objects: list[tuple[int, int]] = field(default_factory=list)
    other_sense: bool = False


def _cancelled(tokens: Tokens, last: int, cancels: tuple[tuple[str, ...], ...]) -> bool:
    norms = tokens.norms
    return any(tuple(norms[last + 1 : last + 1 + len(seq)]) == seq for seq in cancels)


def _scale(tokens: Tokens, by: dict[str, list[Match[EKey]]], lay: Layout) -> list[Match[EKey]]:
    """A number (digits or a number word) with a unit of people or requests within 4 words."""
    units = {m.first for m in by.get("unit", [])}
    numbers = {m.first for m in by.get("number", [])}
    found = []
    words = tokens.words
    for i, word in enumerate(words):
        if not (word[:1].isdigit() or i in numbers):
            continue
        for j in range(i + 1, min(i + 5, len(words))):
            if lay.clause[j] != lay.clause[i]:
                break
            if j in units:
                key = EKey("ambiguous", "scale")
                found.append(Match(key, i, j, tokens.starts[i], tokens.ends[j]))
                break
    return found


def assess(tokens: Tokens, compiled: CompiledEvidence) -> Assessment:
    if not len(tokens):
        return EMPTY
    by: dict[str, list[Match[EKey]]] = defaultdict(list)
    families: list[Match[EKey]] = []
    cue_matches: list[Match[EKey]] = []
    for m in compiled.trie.scan(tokens):
        if m.key.group == "word":
            by[m.key.name].append(m)
        elif m.key.group == "cue":
            cue_matches.append(m)
        else:
            families.append(m)
    lay = layout(tokens, frozenset(m.first for m in by.get("clause", [])))
    units: dict[int, _Unit] = defaultdict(_Unit)
    team_clauses = {lay.clause[m.first] for m in by.get("team", [])}
    others_spans: set[int] = set()
    for m in cue_matches:
        cue = compiled.cues[m.key.name]
        before = tokens.norm(m.first - 1) if m.first and not tokens.is_hard(m.first) else ""
        if not _cancelled(tokens, m.last, cue.cancels) and before not in cue.cancelled_after:
            units[lay.unit[m.first]].cues.append(
                _Cue(m.first, m.last, m.key.name, cue.sentence_wide, cue.ends_at)
            )
            if m.key.name == "others":
                others_spans.update(range(m.first, m.last + 1))
    own_clauses: set[int] = set()
    for m in by.get("own", []):
        if m.first not in others_spans:
            units[lay.unit[m.first]].own.append(m.first)
            own_clauses.add(lay.clause[m.first])
    for m in by.get("own-possessive", []):
        if m.first not in others_spans:
            own_clauses.add(lay.clause[m.first])
    for m in by.get("shift", []):
        units[lay.unit[m.first]].shifts.append(m.first)
    clause_first = _clause_firsts(lay)
    for m in by.get("own-verb", []):
        units[lay.unit[m.first]].verbs.append(m.first)
        if "," in tokens.gap(m.first):
            units[lay.unit[m.first]].next_verbs.append(m.first)
        if clause_first.get(lay.clause[m.first]) == m.first:
            own_clauses.add(lay.clause[m.first])
    for m in by.get("other-sense", []):
        units[lay.unit[m.first]].other_sense = True
        units[lay.unit[m.first]].other_spans.update(range(m.first, m.last + 1))
    for m in by.get("object", []):
        if m.first not in units[lay.unit[m.first]].other_spans:
            units[lay.unit[m.first]].objects.append((m.first, m.last))
    for m in by.get("research-object", []):
        units[lay.unit[m.first]].research_clauses.add(lay.clause[m.first])
    for m in by.get("strong-object", []):
        units[lay.unit[m.first]].strong.append((m.first, m.last))
    lists = _list_units(tokens, by, lay)
    agents = _agents(lay, own_clauses, team_clauses)
    matches = non_overlapping([*families, *_scale(tokens, by, lay)])
    raw = [(m, _status(m, units[lay.unit[m.first]], lay, lists, agents)) for m in matches]
    own_part = any(s == "counted" for _, s in raw)
    items = tuple(
        Item(m.key.name, "counted" if s == "team" and own_part else s, m.start, m.end)
        for m, s in raw
    )
    counted = frozenset(i.family for i in items if i.status == "counted")
    fd = _forward_deployed(items, by, lay, compiled, tokens)
    return Assessment(items, counted, fd)


def _clause_firsts(lay: Layout) -> dict[int, int]:
    firsts: dict[int, int] = {}
    for i, c in enumerate(lay.clause):
        firsts.setdefault(c, i)
    return firsts


def _list_units(tokens: Tokens, by: dict[str, list[Match[EKey]]], lay: Layout) -> set[int]:
    people = {
        lay.unit[m.first]
        for g in ("own", "own-possessive", "team", "own-verb")
        for m in by.get(g, [])
    }
    lists = set()
    for m in by.get("list-header", []):
        u = lay.unit[m.first]
        after = tokens.gap(m.last + 1) if m.last + 1 < len(tokens) else ""
        if lay.unit_first[u] == m.first and (":" in after or "-" in after.strip()):
            lists.add(u)  # "Skills: ...", "Stack - ..."
    for u, count in enumerate(lay.items):
        short = unit_words(lay, u, len(tokens)) <= count * MAX_ITEM_WORDS
        if count >= 3 and u not in people and short:
            lists.add(u)
    return lists


def _agents(lay: Layout, own: set[int], team: set[int]) -> list[str]:
    """Each clause's agent: own, team, or that of the clause before it in its unit."""
    agents: list[str] = []
    for c, u in enumerate(lay.clause_unit):
        if c in own:
            agent = "own"
        elif c in team:
            agent = "team"
        elif c > 0 and lay.clause_unit[c - 1] == u:
            agent = agents[c - 1]
        else:
            agent = "team"  # no subject: counted only beside an own part
        agents.append(agent)
    return agents


def _applies(cue: _Cue, m: Match[EKey], unit: _Unit, lay: Layout) -> bool:
    if cue.last >= m.first:
        return False
    if not cue.sentence_wide and lay.clause[cue.first] != lay.clause[m.first]:
        return False
    ends = [
        *(unit.own if "own" in cue.ends_at else ()),
        *(unit.verbs if "own-verb" in cue.ends_at else ()),
        *(unit.shifts if "shift" in cue.ends_at else ()),
        *(unit.next_verbs if "next-verb" in cue.ends_at else ()),
    ]
    return not any(cue.last < pos < m.first for pos in ends)


def _status(m: Match[EKey], unit: _Unit, lay: Layout, lists: set[int], agents: list[str]) -> Status:
    if m.key.group == "ambiguous":
        objects = [o for o in unit.objects if o[1] < m.first or o[0] > m.last]
        strong = [o for o in unit.strong if o[1] < m.first or o[0] > m.last]
        if not objects or (unit.other_sense and not strong):
            return "other-sense"
        if lay.clause[m.first] in unit.research_clauses:
            return "research"
    cues = [cue for cue in unit.cues if _applies(cue, m, unit, lay)]
    if cues:
        return CUE_STATUS[max(cues, key=lambda c: c.first).status]
    if lay.unit[m.first] in lists:
        return "list"
    return "counted" if agents[lay.clause[m.first]] == "own" else "team"


def _forward_deployed(
    items: tuple[Item, ...],
    by: dict[str, list[Match[EKey]]],
    lay: Layout,
    compiled: CompiledEvidence,
    tokens: Tokens,
) -> bool:
    fd = compiled.settings.forward_deployed
    unit_of = {tokens.starts[i]: lay.unit[i] for i in range(len(tokens))}
    per_unit: dict[int, set[str]] = defaultdict(set)
    for item in items:
        if item.status == "counted":
            per_unit[unit_of[item.start]].add(item.family)
    customers = {lay.unit[m.first] for m in by.get("customer", [])}
    ai = {lay.unit[m.first] for m in by.get("ai", [])}
    work = set(fd.work_families)
    for u, fams in per_unit.items():
        customer = u in customers or u - 1 in customers  # this sentence or the one before
        if "customer-embedded" in fams and fams & work and u in ai and customer:
            return True
    return False
