"""The status of a phrase in its sentence: the cues in force, the senses of its words, lists,
and whose work it is (``linter.evidence.reading`` builds what this reads)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, get_args

from linter.evidence.clauses import Layout
from linter.models import EvidenceStatus as Status

if TYPE_CHECKING:
    from linter.evidence.reading import Reading

MODAL = frozenset({"negated", "aspiration", "learning", "hedged"})  # not work done
NAMES_WINDOW = 2  # an event or club a phrase names the subject of stands this close after it
OBJECT_WINDOW = 4  # what is run stands at most this many words after the work word
CUE_STATUS: dict[str, Status] = {s: s for s in get_args(Status)}


@dataclass(frozen=True, slots=True)
class Cue:
    first: int
    last: int
    status: str
    sentence_wide: bool
    ends_at: tuple[str, ...]


@dataclass
class Unit:
    cues: list[Cue] = field(default_factory=list)
    ends: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    objects: list[tuple[int, int]] = field(default_factory=list)
    strong: list[tuple[int, int]] = field(default_factory=list)
    other_sense: bool = False
    other_spans: set[int] = field(default_factory=set)
    research_clauses: set[int] = field(default_factory=set)
    not_systems: list[int] = field(
        default_factory=list
    )  # where a thing run that is no system starts


def _applies_at(cue: Cue, first: int, unit: Unit, lay: Layout) -> bool:
    if cue.last >= first:
        return False
    clause = lay.clause(cue.first)
    if clause != lay.clause(first):
        if not cue.sentence_wide and clause != _host(first, lay):
            return False  # a clause's cue weighs its clause, and the asides within it
        if cue.sentence_wide and _host(cue.first, lay) is not None:
            return False  # a cue in an aside stays in it
    if not cue.ends_at:
        return True  # most cues hold to the end of their scope
    return not any(cue.last < pos < first for kind in cue.ends_at for pos in unit.ends[kind])


def _host(first: int, lay: Layout) -> int | None:
    """The clause a parenthetical aside interrupts, when ``first`` stands in one."""
    return lay.host_clause(first) if lay.parens else None


def _governing(cues: list[Cue]) -> Cue:
    """The cue that weighs a phrase: the last one before it, except that research framing
    never lifts a wish, a course, a hedge or a negation ("I hope to research X")."""
    last = max(cues, key=lambda c: c.first)
    if last.status == "research":
        modal = [c for c in cues if c.status in MODAL]
        if modal:
            return max(modal, key=lambda c: c.first)
    return last


def _no_system_after(last: int, unit: Unit, lay: Layout, window: int) -> bool:
    """Whether a thing run that is no system (an event, a club, a business) follows the phrase
    within ``window`` words, in its clause: what a work word runs ("ran prompt-engineering
    workshops", ``OBJECT_WINDOW``), or what a phrase names the subject of ("our LLM meetup",
    ``NAMES_WINDOW``)."""
    return any(
        last < e <= last + window and lay.clause(e) == lay.clause(last) for e in unit.not_systems
    )


def _names_a_course(first: int, last: int, unit: Unit, lay: Layout) -> bool:
    """Whether the phrase names what a course, bootcamp or certificate right after it teaches
    ("a 2-week Generative AI bootcamp", "an NLP certificate")."""
    return any(
        c.status == "learning"
        and last < c.first <= last + 2
        and lay.clause(c.first) == lay.clause(first)
        for c in unit.cues
    )


def _one_apart(spans: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether one of the spans stands apart from tokens ``first..last`` (a loop: no
    generator made per phrase)."""
    for start, end in spans:  # noqa: SIM110 (any() of a generator: what this avoids)
        if end < first or start > last:
            return True
    return False


def status_of(first: int, last: int, ambiguous: bool, unit: Unit, reading: Reading) -> Status:
    lay = reading.lay
    if ambiguous:
        if unit.not_systems and _no_system_after(last, unit, lay, OBJECT_WINDOW):
            return "other-sense"  # "ran prompt-engineering workshops", "I run a society"
        if not _one_apart(unit.objects, first, last) or (
            unit.other_sense and not _one_apart(unit.strong, first, last)
        ):
            return "other-sense"
        if unit.research_clauses and lay.clauses[first] in unit.research_clauses:
            return "research"
    if unit.cues:  # most units hold none
        cues = [cue for cue in unit.cues if _applies_at(cue, first, unit, lay)]
        if cues:
            return CUE_STATUS[_governing(cues).status]
        if _names_a_course(first, last, unit, lay):
            return "learning"
    if unit.not_systems and _no_system_after(last, unit, lay, NAMES_WINDOW):
        return "topic"
    if lay.units[first] in reading.lists or (lay.paren_lists and lay.in_paren_list(first)):
        return "list"
    at = reading.tokens.starts[first]
    if reading.tokens.text[at - 1 : at] == "#":
        return "list"  # a hashtag is a tag, not work
    return "counted" if reading.agents.of(first) == "own" else "team"
