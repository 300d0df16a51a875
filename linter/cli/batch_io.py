"""Reading batch input rows lazily: JSONL, CSV or Parquet (``Outcome`` and ``Stats``, the totals,
live in :mod:`linter.cli.batch_stats` and are re-exported here)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from linter.cli.batch_stats import Outcome, Stats

__all__ = ["Outcome", "Row", "Stats", "read_rows"]


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
    """The rows of ``path`` (``.csv``, ``.parquet`` or JSONL; ``-``: JSONL on stdin). The file is
    opened now, so a missing one fails here rather than mid-stream."""
    if path == "-":
        return _jsonl(sys.stdin.buffer)
    if path.lower().endswith((".parquet", ".pq")):
        from linter.cli.parquet import read_parquet

        return read_parquet(path)
    stream = open(path, "rb")  # noqa: SIM115 - closed by the generator below
    reader = _csv if path.lower().endswith(".csv") else _jsonl

    def rows() -> Iterator[Row]:
        with stream:
            yield from reader(stream)

    return rows()
