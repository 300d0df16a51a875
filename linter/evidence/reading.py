"""Reading an About: its units, clauses, cues, agents, senses and lists (``linter.evidence.status``
weighs a phrase in its sentence; see ``linter.evidence.assess`` for the order of the reasons)."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from linter.evidence.agents import Agents, list_units
from linter.evidence.blocks import blocks, is_bullet
from linter.evidence.clauses import Layout, layout
from linter.evidence.compile import CompiledEvidence, EKey
from linter.evidence.status import Cue, Unit, status_of
from linter.matcher import Match
from linter.models import EvidenceStatus as Status
from linter.text import Tokens


@dataclass
class Scan:
    by: dict[str, list[Match[EKey]]]
    cues: list[Match[EKey]]
    families: list[Match[EKey]]


def scan_about(
    tokens: Tokens, compiled: CompiledEvidence, matches: list[Match[EKey]] | None = None
) -> Scan:
    """The About's evidence phrases by group (``matches``: the trie's scan, when made)."""
    scan = Scan(defaultdict(list), [], [])
    for m in compiled.trie.scan(tokens) if matches is None else matches:
        group = m.key.group
        if group == "word":
            for name in _groups(m.key.name):
                scan.by[name].append(m)
        elif group == "cue":
            scan.cues.append(m)
        else:
            scan.families.append(m)
    return scan


@lru_cache(maxsize=256)
def _groups(name: str) -> tuple[str, ...]:
    """The word groups of a word key ("object|strong-object")."""
    return tuple(name.split("|"))


def _follows(tokens: Tokens, last: int, seqs: tuple[tuple[str, ...], ...]) -> bool:
    if not seqs:
        return False  # most cues have nothing that cancels them
    norms = tokens.norms  # computed once per text, shared with the other rules
    return any(tuple(norms[last + 1 : last + 1 + len(seq)]) == seq for seq in seqs)


@dataclass
class Reading:
    """An About cut into units and clauses, with its cues, agents, senses and lists: what
    weighs a phrase in its sentence. Built on first use."""

    tokens: Tokens
    by: dict[str, list[Match[EKey]]]
    lay: Layout
    units: dict[int, Unit]
    lists: set[int]
    agents: Agents

    def status(self, first: int, last: int, ambiguous: bool) -> Status:
        return status_of(first, last, ambiguous, self.units[self.lay.units[first]], self)


def _read(tokens: Tokens, compiled: CompiledEvidence, scan: Scan) -> Reading:
    by = scan.by
    lay = layout(tokens, [m.start for m in by.get("clause", ())])
    unit_of, clause_of = lay.units, lay.clauses  # lists: no call per look-up
    units: dict[int, Unit] = defaultdict(Unit)
    others_spans: set[int] = set()
    for m in scan.cues:
        cue = compiled.cues[m.key.name]
        before = tokens.norm(m.first - 1) if m.first and not tokens.is_hard(m.first) else ""
        if _follows(tokens, m.last, cue.cancels) or before in cue.cancelled_after:
            continue
        units[unit_of[m.first]].cues.append(
            Cue(m.first, m.last, cue.status, cue.sentence_wide, cue.ends_at)
        )
        if cue.status == "others":
            others_spans.update(range(m.first, m.last + 1))
    own: set[int] = set()
    for group in ("own", "own-possessive"):
        for m in by.get(group, ()):
            if m.first not in others_spans:
                own.add(clause_of[m.first])
                if group == "own":
                    units[unit_of[m.first]].ends["own"].append(m.first)
    for m in by.get("own-verb", ()):
        unit = units[unit_of[m.first]]
        unit.ends["own-verb"].append(m.first)
        if "," in tokens.gap(m.first):
            unit.ends["next-verb"].append(m.first)
        if lay.opens_clause(m.first):
            own.add(clause_of[m.first])
    for m in by.get("shift", ()):
        units[unit_of[m.first]].ends["shift"].append(m.first)
    for m in by.get("other-sense", ()):
        unit = units[unit_of[m.first]]
        unit.other_sense = True
        unit.other_spans.update(range(m.first, m.last + 1))
    for m in by.get("object", ()):
        unit = units[unit_of[m.first]]
        if m.first not in unit.other_spans:
            unit.objects.append((m.first, m.last))
    for m in by.get("strong-object", ()):
        units[unit_of[m.first]].strong.append((m.first, m.last))
    for m in by.get("refers-back", ()):
        _refer_back(m.first, lay, units)
    _frame_bullets(tokens, lay, units)
    for m in by.get("research-object", ()):
        units[unit_of[m.first]].research_clauses.add(clause_of[m.first])
    for m in by.get("not-system", ()):
        units[unit_of[m.first]].not_systems.append(m.first)
    team = {clause_of[m.first] for m in by.get("team", ())}
    if by.get("own-verb"):
        own |= _bullets_of_the_author(tokens, lay, by, team)
    agents = Agents(lay, own, team)
    lists = list_units(tokens, by, lay, {unit_of[m.first] for m in scan.families})
    return Reading(tokens, by, lay, units, lists, agents)


def _refer_back(first: int, lay: Layout, units: dict[int, Unit]) -> None:
    """A sentence that opens with "It" ("It has been running in 210 stores") is about what the
    sentence before names: it takes that sentence's software objects, unless a cue there spans
    the sentence (a course, a plan: "It will serve..." stays the plan)."""
    u = prev = lay.unit(first)
    if not lay.opens_unit(first):
        return
    text = lay.tokens.text
    while prev > 0 and (
        prev == u or not any(c.isalnum() for c in text[slice(*lay.unit_span(prev))])
    ):
        prev -= 1  # over the wordless units between paragraphs
    before = units.get(prev) if prev < u else None
    if before is None or not before.objects:
        return
    if any(c.sentence_wide for c in before.cues) or units[u].objects:
        return
    units[u].objects.extend(before.objects)


def _frame_bullets(tokens: Tokens, lay: Layout, units: dict[int, Unit]) -> None:
    """Bullets under a lead-in line take the cues in force where it ends ("I completed these
    courses:" makes each course bullet learning; "What I can do:" each bullet a capability)."""
    for lead, bullets in blocks(tokens, lay):
        frame = units[lead].cues if lead in units else []
        if not frame or not bullets:
            continue
        end = lay.clause(bisect_left(tokens.starts, lay.unit_span(lead)[1]) - 1)
        inherited = [
            Cue(c.first, c.last, c.status, True, ())  # the frame holds for the whole bullet
            for c in frame
            if c.sentence_wide or lay.clause(c.first) == end
        ]
        for u in bullets:
            units[u].cues.extend(inherited)


def _bullets_of_the_author(
    tokens: Tokens, lay: Layout, by: dict[str, list[Match[EKey]]], team: set[int]
) -> set[int]:
    """The first clause of each bullet with no subject of its own but a work verb ("• Built
    ..."), in an About whose author says what they did ("I built ..."): a résumé's bullets are
    its author's work. A bullet that names no work ("• Generative AI & LLMs") is a skill."""
    named = {
        lay.unit(m.first)
        for g in ("own", "own-possessive", "team", "others")
        for m in by.get(g, [])
    }
    worked = {lay.unit(m.first) for m in by.get("own-verb", [])}
    starts, found = tokens.starts, set()
    for u in worked - named:  # unit by unit: no walk over every token
        if is_bullet(tokens, lay, u):
            first = lay.clause(bisect_left(starts, lay.unit_span(u)[0]))
            if first not in team:
                found.add(first)
    return found


class Reader:
    """Builds the :class:`Reading` on first use: most Abouts without family words never need
    one, and the assessment's own reading is built once and shared."""

    __slots__ = ("_args", "_built")

    def __init__(self, tokens: Tokens, compiled: CompiledEvidence, scan: Scan) -> None:
        self._args = (tokens, compiled, scan)
        self._built: Reading | None = None

    def get(self) -> Reading:
        if self._built is None:
            self._built = _read(*self._args)
        return self._built

    def status(self, first: int, last: int, ambiguous: bool) -> Status:
        return self.get().status(first, last, ambiguous)
