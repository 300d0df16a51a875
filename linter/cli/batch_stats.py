"""What the batch summary and the audit report need from each output record, summed up in
constant memory: counters per rule, family and title decision, a 101-bin score histogram and a
bounded heap of the lowest-scoring rows."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

LOWEST = 25  # rows kept for the report's table of the lowest scores
_MISSING = "missing-market-keywords"


def _families(message: str) -> tuple[str, ...]:
    """The family names in ``...use: LLMs (61%), cloud (AWS/GCP/Azure) (62%); found: ...``."""
    head, sep, _ = message.rpartition("; found: ")
    if not sep:
        return ()
    tail = head.rpartition(": ")[2]
    return tuple(part.rsplit(" (", 1)[0].strip() for part in tail.split(", ") if part.strip())


def _titles(diagnostics: list[dict[str, Any]]) -> tuple[str, ...]:
    """:func:`linter.decisions.title_decisions`, read from the JSON record (no model built)."""
    decisions = []
    for d in diagnostics:
        if d["rule"] == "legacy-title":
            offered = d.get("fix") is not None
            decisions.append(
                "legacy title, new title offered"
                if offered
                else "legacy title, no new title offered (no systems evidence)"
            )
        elif d["rule"] == "unsupported-title":
            decisions.append("modern title not backed by the About text")
        elif d["rule"] == "forward-deployed-title":
            decisions.append("forward-deployed title suggested")
    return tuple(dict.fromkeys(decisions))


@dataclass(frozen=True)
class Outcome:
    """What the totals need from one output record (small, so cheap to send between processes)."""

    line: int
    error: str | None = None
    score: int = 0
    rules: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    id: str | None = None
    text: str | None = None  # the headline, only with --include-text

    @classmethod
    def of(cls, record: dict[str, Any], text: str | None = None) -> Outcome:
        line = int(record.get("line", 0))
        ident = None if record.get("id") is None else str(record["id"])
        if "error" in record:
            return cls(line, error=str(record["error"]), id=ident, text=text)
        diagnostics = record["diagnostics"]
        families = tuple(
            name
            for d in diagnostics
            if d["rule"] == _MISSING
            for name in _families(str(d.get("message", "")))
        )
        return cls(
            line,
            score=int(record["score"]),
            rules=tuple(f"{d['code']} {d['rule']}" for d in diagnostics),
            families=families,
            titles=_titles(diagnostics),
            id=ident,
            text=text,
        )


@dataclass
class Stats:
    """Counts per rule and a score histogram (0-100: 101 counters, whatever the row count)."""

    linted: int = 0
    malformed: int = 0
    malformed_lines: list[int] = field(default_factory=list)  # the first few, for the summary
    rules: Counter[str] = field(default_factory=Counter)  # findings per rule
    rule_rows: Counter[str] = field(default_factory=Counter)  # rows with at least one finding
    families: Counter[str] = field(default_factory=Counter)  # rows missing each family
    titles: Counter[str] = field(default_factory=Counter)  # rows per title decision
    scores: list[int] = field(default_factory=lambda: [0] * 101)
    # the lowest scores, a heap of (-score, -line, -seen, outcome): ties keep the earliest lines
    _lowest: list[tuple[int, int, int, Outcome]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.malformed += 1
            if len(self.malformed_lines) < 10:
                self.malformed_lines.append(outcome.line)
            return
        self.linted += 1
        self.scores[outcome.score] += 1
        self.rules.update(outcome.rules)
        self.rule_rows.update(set(outcome.rules))
        self.families.update(set(outcome.families))
        self.titles.update(outcome.titles)
        item = (-outcome.score, -outcome.line, -self.linted, outcome)
        if len(self._lowest) < LOWEST:
            heapq.heappush(self._lowest, item)
        elif item[:3] > self._lowest[0][:3]:
            heapq.heapreplace(self._lowest, item)

    def lowest(self) -> list[Outcome]:
        """The lowest-scoring rows, lowest first (ties: input order)."""
        return [i[3] for i in sorted(self._lowest, key=lambda i: i[:3], reverse=True)]

    def percentile(self, share: float) -> int:
        rank, seen = share * (self.linted - 1), 0
        for score, count in enumerate(self.scores):
            seen += count
            if seen > rank:
                return score
        return 100

    def mean(self) -> float:
        return sum(s * n for s, n in enumerate(self.scores)) / self.linted if self.linted else 0.0

    def summary(self, source: str, out: str) -> str:
        lines = [f"Linted {self.linted} profiles from {source} into {out}."]
        if self.malformed:
            where = ", ".join(map(str, self.malformed_lines))
            more = ", ..." if self.malformed > len(self.malformed_lines) else ""
            lines.append(f"Malformed rows: {self.malformed} (lines {where}{more}).")
        if self.linted:
            lines.append(
                f"Scores: min {self.percentile(0)}, p25 {self.percentile(0.25)}, "
                f"median {self.percentile(0.5)}, p75 {self.percentile(0.75)}, "
                f"max {self.percentile(1)}, mean {self.mean():.1f}"
            )
            for low in range(0, 100, 10):
                high = 100 if low == 90 else low + 9
                count = sum(self.scores[low : high + 1])
                lines.append(f"  {low:>3}-{high:<3} {count:>8}")
        if self.rules:
            lines.append("Findings per rule:")
            width = max(len(name) for name in self.rules)
            for name, count in self.rules.most_common():
                lines.append(f"  {name:<{width}} {count:>8}")
        return "\n".join(lines) + "\n"
