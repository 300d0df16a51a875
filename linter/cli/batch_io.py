"""Reading batch input rows lazily (JSONL or CSV) and summing up the results in constant memory."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any


@dataclass(frozen=True)
class Row:
    """One input row: its 1-based line in the input, and the record or why it is malformed."""

    line: int
    record: dict[str, Any] | None = None
    error: str | None = None


def _jsonl(stream: IO[bytes]) -> Iterator[Row]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Row(number, error=f"not UTF-8 (byte {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield Row(number, error=f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(value, dict):
            yield Row(number, error=f"expected a JSON object, got {type(value).__name__}")
            continue
        yield Row(number, record=value)


def _csv(stream: IO[bytes]) -> Iterator[Row]:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield Row(1, error=f"invalid CSV header: {exc}")
        return
    names = [name.strip().lower() for name in header]
    if not {"headline", "summary", "about"} & set(names):
        yield Row(1, error="the CSV header names no `headline` or `summary` column")
        return
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Row(start, error=f"invalid CSV: {exc}")
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(names):
            yield Row(start, error=f"expected {len(names)} fields, got {len(cells)}")
            continue
        if any("\udc80" <= ch <= "\udcff" for cell in cells for ch in cell):
            yield Row(start, error="not UTF-8")
            continue
        yield Row(start, record=dict(zip(names, cells, strict=True)))


def read_rows(path: str) -> Iterator[Row]:
    """The rows of ``path`` (``.csv`` or JSONL; ``-``: JSONL on stdin). The file is opened now,
    so a missing one fails here rather than mid-stream."""
    if path == "-":
        return _jsonl(sys.stdin.buffer)
    stream = open(path, "rb")  # noqa: SIM115 - closed by the generator below
    reader = _csv if path.lower().endswith(".csv") else _jsonl

    def rows() -> Iterator[Row]:
        with stream:
            yield from reader(stream)

    return rows()


@dataclass(frozen=True)
class Outcome:
    """What the totals need from one output record (small, so cheap to send between processes)."""

    line: int
    error: str | None = None
    score: int = 0
    rules: tuple[str, ...] = ()

    @classmethod
    def of(cls, record: dict[str, Any]) -> Outcome:
        line = int(record.get("line", 0))
        if "error" in record:
            return cls(line, error=str(record["error"]))
        rules = tuple(f"{d['code']} {d['rule']}" for d in record["diagnostics"])
        return cls(line, score=int(record["score"]), rules=rules)


@dataclass
class Stats:
    """Counts per rule and a score histogram (0-100: 101 counters, whatever the row count)."""

    linted: int = 0
    malformed: int = 0
    malformed_lines: list[int] = field(default_factory=list)  # the first few, for the summary
    rules: Counter[str] = field(default_factory=Counter)
    scores: list[int] = field(default_factory=lambda: [0] * 101)

    def add(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.malformed += 1
            if len(self.malformed_lines) < 10:
                self.malformed_lines.append(outcome.line)
            return
        self.linted += 1
        self.scores[outcome.score] += 1
        self.rules.update(outcome.rules)

    def percentile(self, share: float) -> int:
        rank, seen = share * (self.linted - 1), 0
        for score, count in enumerate(self.scores):
            seen += count
            if seen > rank:
                return score
        return 100

    def summary(self, source: str, out: str) -> str:
        lines = [f"Linted {self.linted} profiles from {source} into {out}."]
        if self.malformed:
            where = ", ".join(map(str, self.malformed_lines))
            more = ", ..." if self.malformed > len(self.malformed_lines) else ""
            lines.append(f"Malformed rows: {self.malformed} (lines {where}{more}).")
        if self.linted:
            total = sum(s * n for s, n in enumerate(self.scores))
            lines.append(
                f"Scores: min {self.percentile(0)}, p25 {self.percentile(0.25)}, "
                f"median {self.percentile(0.5)}, p75 {self.percentile(0.75)}, "
                f"max {self.percentile(1)}, mean {total / self.linted:.1f}"
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
