"""The assessment: each evidence match in the About with its status, and what it earns.

Status of a family match, the first reason that applies: ``other-sense`` (one of the family's own
``other_senses`` phrases, "support agents"; an ambiguous word with no software object in its
sentence, or with an other-sense cue and no strong object),
``research`` (an ambiguous word beside a research object), then the nearest cue before it in its
scope (``negated``, ``aspiration``, ``learning``, ``hedged``, ``research``, ``topic``,
``others``), then ``list`` (a bare list unit), then the clause's agent: ``counted`` for the
person's own work; ``team`` for we-work or subject-less work, counted too once the About names
an own part anywhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from linter.evidence.clauses import Layout
from linter.evidence.compile import CompiledEvidence, EKey
from linter.evidence.reading import Reader, Reading, Scan, scan_about
from linter.matcher import Match, non_overlapping
from linter.models import EvidenceStatus as Status
from linter.text import Tokens

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
    reading: Reader | None = field(default=None, compare=False, repr=False)

    @property
    def systems(self) -> frozenset[str]:
        return self.families - NOT_SYSTEMS

    def weigh(self, first: int, last: int, ambiguous: bool) -> Status:
        """The status of any other phrase of the About, tokens ``first..last``, read as the
        families' phrases are (``ambiguous``: it counts only in its software sense)."""
        if self.reading is None:
            return "other-sense"  # an empty About holds no phrase
        return self.reading.status(first, last, ambiguous)


EMPTY = Assessment((), frozenset(), False)


def _scale(tokens: Tokens, scan: Scan, lay: Layout) -> list[Match[EKey]]:
    """A number (digits or a number word) at most four words before a unit of people or work;
    never a boast of magnitude ("100+ AI agents"), nor a family's phrase counted ("3 LLM
    agents" are no staff)."""
    by = scan.by
    numbers = {m.first for m in by.get("number", [])}
    ranks = {m.last for m in by.get("rank", [])}
    events = [m.last for m in by.get("not-system", [])]
    named = {m.last: m.first for m in scan.families if m.key.group == "family"}
    words, found, used, clause_of = tokens.words, [], set(), lay.clauses
    for unit in by.get("unit", []):  # in text order: a number goes with the first unit after it
        j = unit.first
        clause = clause_of[j]
        for i in range(j - 1, max(-1, j - 1 - SCALE_WINDOW), -1):
            if clause_of[i] != clause or i in used:
                break
            if words[i][:1].isdigit() or i in numbers:
                if tokens.text[tokens.ends[i] : tokens.ends[i] + 1] == "+":
                    break  # "100+ agents": a boast of magnitude, no count a reader can check
                if named.get(j, -1) > i:
                    break  # "3 LLM agents": what was built, not whom it serves
                while i > 0 and words[i - 1][:1].isdigit() and tokens.gap(i) in (",", "."):
                    i -= 1  # "4,000" is one number of two tokens
                if i - 1 in ranks:
                    break  # "any top-20 customer": a rank, not a count
                if any(i - SCALE_WINDOW <= e < i for e in events):
                    break  # "workshops for 300 staff": an audience, not users served
                used.add(i)
                key = EKey("ambiguous", "scale")
                found.append(Match(key, i, j, tokens.starts[i], tokens.ends[j]))
                break
    return found


def assess(
    tokens: Tokens,
    compiled: CompiledEvidence,
    scanned: Callable[[], list[Match[EKey]]] | None = None,
) -> Assessment:
    """The About's evidence; ``scanned``: the evidence trie's scan of it, when another check
    shares it. A lint weighs each About once (``linter.about`` keeps the assessment)."""
    return _assess(tokens, compiled, scanned() if scanned is not None else None)


def _assess(
    tokens: Tokens, compiled: CompiledEvidence, matches: list[Match[EKey]] | None
) -> Assessment:
    if not len(tokens):
        return EMPTY
    scan = scan_about(tokens, compiled, matches)
    if not scan.families and not scan.by.get("unit"):
        return Assessment((), frozenset(), False, Reader(tokens, compiled, scan))
    reader = Reader(tokens, compiled, scan)
    reading = reader.get()
    matches = non_overlapping([*scan.families, *_scale(tokens, scan, reading.lay)])
    raw = [(m, _status(m, reading)) for m in matches]
    own_part = any(s == "counted" for _, s in raw)
    items = tuple(
        Item(m.key.name, "counted" if s == "team" and own_part else s, m.start, m.end)
        for m, s in raw
    )
    counted = frozenset(i.family for i in items if i.status == "counted")
    fd = _forward_deployed(raw, items, scan.by, reading.lay, compiled)
    return Assessment(items, counted, fd, reader)


def _status(m: Match[EKey], reading: Reading) -> Status:
    if m.key.group == "other":
        return "other-sense"  # a family's word in another sense: "support agents" are people
    return reading.status(m.first, m.last, m.key.group == "ambiguous")


def _forward_deployed(
    raw: list[tuple[Match[EKey], Status]],
    items: tuple[Item, ...],
    by: dict[str, list[Match[EKey]]],
    lay: Layout,
    compiled: CompiledEvidence,
) -> bool:
    fd = compiled.settings.forward_deployed
    per_unit: dict[int, set[str]] = defaultdict(set)
    unit_of = lay.units
    for (m, _), item in zip(raw, items, strict=True):
        if item.status == "counted":
            per_unit[unit_of[m.first]].add(item.family)
    customers = {unit_of[m.first] for m in by.get("customer", [])}
    ai = {unit_of[m.first] for m in by.get("ai", [])}
    work = set(fd.work_families)
    for u, fams in per_unit.items():
        customer = u in customers or u - 1 in customers  # this sentence or the one before
        if "customer-embedded" in fams and fams & work and u in ai and customer:
            return True
    return False
