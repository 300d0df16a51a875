"""The assessment: each evidence match in the About with its status, and what it earns.

Status of a family match, the first reason that applies: ``other-sense`` (an ambiguous word with
no software object in its sentence, or with an other-sense cue and no strong object),
``research`` (an ambiguous word beside a research object), then the nearest cue before it in its
scope (``negated``, ``aspiration``, ``learning``, ``hedged``, ``research``, ``topic``,
``others``), then ``list`` (a bare list unit), then the clause's agent: ``counted`` for the
person's own work; ``team`` for we-work or subject-less work, counted too once the About names
an own part anywhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import get_args

from linter.evidence.agents import Agents, list_units
from linter.evidence.clauses import Layout, layout
from linter.evidence.compile import CompiledEvidence, EKey
from linter.matcher import Match, non_overlapping
from linter.models import EvidenceStatus as Status
from linter.text import Tokens

CUE_STATUS: dict[str, Status] = {s: s for s in get_args(Status)}
NOT_SYSTEMS = frozenset({"customer-embedded"})  # counted, but earns no title by itself
SCALE_WINDOW = 4  # a number stands at most this many words before its unit


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
    ends: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    objects: list[tuple[int, int]] = field(default_factory=list)
    strong: list[tuple[int, int]] = field(default_factory=list)
    other_sense: bool = False
    other_spans: set[int] = field(default_factory=set)
    research_clauses: set[int] = field(default_factory=set)


@dataclass
class _Scan:
    by: dict[str, list[Match[EKey]]]
    cues: list[Match[EKey]]
    families: list[Match[EKey]]


def _scan(matches: list[Match[EKey]]) -> _Scan:
    scan = _Scan(defaultdict(list), [], [])
    for m in matches:
        group = m.key.group
        if group == "word":
            for name in m.key.name.split("|"):
                scan.by[name].append(m)
        elif group == "cue":
            scan.cues.append(m)
        else:
            scan.families.append(m)
    return scan


def _follows(tokens: Tokens, last: int, seqs: tuple[tuple[str, ...], ...]) -> bool:
    norms = tokens.norms  # computed once per text, shared with the other rules
    return any(tuple(norms[last + 1 : last + 1 + len(seq)]) == seq for seq in seqs)


def _scale(tokens: Tokens, by: dict[str, list[Match[EKey]]], lay: Layout) -> list[Match[EKey]]:
    """A number (digits or a number word) at most four words before a unit of people or work."""
    numbers = {m.first for m in by.get("number", [])}
    words, found, used = tokens.words, [], set()
    for unit in by.get("unit", []):  # in text order: a number goes with the first unit after it
        j = unit.first
        for i in range(j - 1, max(-1, j - 1 - SCALE_WINDOW), -1):
            if lay.clause(i) != lay.clause(j) or i in used:
                break
            if words[i][:1].isdigit() or i in numbers:
                while i > 0 and words[i - 1][:1].isdigit() and tokens.gap(i) in (",", "."):
                    i -= 1  # "4,000" is one number of two tokens
                used.add(i)
                key = EKey("ambiguous", "scale")
                found.append(Match(key, i, j, tokens.starts[i], tokens.ends[j]))
                break
    return found


def assess(
    tokens: Tokens, compiled: CompiledEvidence, matches: list[Match[EKey]] | None = None
) -> Assessment:
    """The About's evidence; ``matches``: the evidence trie's scan of it, when already made."""
    if not len(tokens):
        return EMPTY
    scan = _scan(compiled.trie.scan(tokens) if matches is None else matches)
    if not scan.families and not scan.by.get("unit"):
        return EMPTY
    by = scan.by
    lay = layout(tokens, [m.start for m in by.get("clause", [])])
    units: dict[int, _Unit] = defaultdict(_Unit)
    others_spans: set[int] = set()
    for m in scan.cues:
        cue = compiled.cues[m.key.name]
        before = tokens.norm(m.first - 1) if m.first and not tokens.is_hard(m.first) else ""
        if _follows(tokens, m.last, cue.cancels) or before in cue.cancelled_after:
            continue
        units[lay.unit(m.first)].cues.append(
            _Cue(m.first, m.last, m.key.name, cue.sentence_wide, cue.ends_at)
        )
        if m.key.name == "others":
            others_spans.update(range(m.first, m.last + 1))
    own: set[int] = set()
    for group in ("own", "own-possessive"):
        for m in by.get(group, []):
            if m.first not in others_spans:
                own.add(lay.clause(m.first))
                if group == "own":
                    units[lay.unit(m.first)].ends["own"].append(m.first)
    for m in by.get("own-verb", []):
        unit = units[lay.unit(m.first)]
        unit.ends["own-verb"].append(m.first)
        if "," in tokens.gap(m.first):
            unit.ends["next-verb"].append(m.first)
        if lay.opens_clause(m.first):
            own.add(lay.clause(m.first))
    for m in by.get("shift", []):
        units[lay.unit(m.first)].ends["shift"].append(m.first)
    for m in by.get("other-sense", []):
        unit = units[lay.unit(m.first)]
        unit.other_sense = True
        unit.other_spans.update(range(m.first, m.last + 1))
    for m in by.get("object", []):
        unit = units[lay.unit(m.first)]
        if m.first not in unit.other_spans:
            unit.objects.append((m.first, m.last))
    for m in by.get("strong-object", []):
        units[lay.unit(m.first)].strong.append((m.first, m.last))
    for m in by.get("research-object", []):
        units[lay.unit(m.first)].research_clauses.add(lay.clause(m.first))
    team = {lay.clause(m.first) for m in by.get("team", [])}
    agents = Agents(lay, own, team)
    lists = list_units(tokens, by, lay, {lay.unit(m.first) for m in scan.families})
    matches = non_overlapping([*scan.families, *_scale(tokens, by, lay)])
    raw = [(m, _status(m, units[lay.unit(m.first)], lay, lists, agents)) for m in matches]
    own_part = any(s == "counted" for _, s in raw)
    items = tuple(
        Item(m.key.name, "counted" if s == "team" and own_part else s, m.start, m.end)
        for m, s in raw
    )
    counted = frozenset(i.family for i in items if i.status == "counted")
    fd = _forward_deployed(raw, items, by, lay, compiled)
    return Assessment(items, counted, fd)


def _applies(cue: _Cue, m: Match[EKey], unit: _Unit, lay: Layout) -> bool:
    if cue.last >= m.first:
        return False
    if not cue.sentence_wide and lay.clause(cue.first) != lay.clause(m.first):
        return False
    return not any(cue.last < pos < m.first for kind in cue.ends_at for pos in unit.ends[kind])


def _status(m: Match[EKey], unit: _Unit, lay: Layout, lists: set[int], agents: Agents) -> Status:
    if m.key.group == "ambiguous":
        first, last = m.first, m.last
        if not any(o[1] < first or o[0] > last for o in unit.objects) or (
            unit.other_sense and not any(o[1] < first or o[0] > last for o in unit.strong)
        ):
            return "other-sense"
        if lay.clause(m.first) in unit.research_clauses:
            return "research"
    cues = [cue for cue in unit.cues if _applies(cue, m, unit, lay)]
    if cues:
        return CUE_STATUS[max(cues, key=lambda c: c.first).status]
    if lay.unit(m.first) in lists:
        return "list"
    return "counted" if agents.of(m.first) == "own" else "team"


def _forward_deployed(
    raw: list[tuple[Match[EKey], Status]],
    items: tuple[Item, ...],
    by: dict[str, list[Match[EKey]]],
    lay: Layout,
    compiled: CompiledEvidence,
) -> bool:
    fd = compiled.settings.forward_deployed
    per_unit: dict[int, set[str]] = defaultdict(set)
    for (m, _), item in zip(raw, items, strict=True):
        if item.status == "counted":
            per_unit[lay.unit(m.first)].add(item.family)
    customers = {lay.unit(m.first) for m in by.get("customer", [])}
    ai = {lay.unit(m.first) for m in by.get("ai", [])}
    work = set(fd.work_families)
    for u, fams in per_unit.items():
        customer = u in customers or u - 1 in customers  # this sentence or the one before
        if "customer-embedded" in fams and fams & work and u in ai and customer:
            return True
    return False
