"""``headline-lint batch IN.(jsonl|csv) --out OUT.jsonl [--jobs N]``: audit many profiles.

Streaming with constant memory: rows are read lazily, linted in chunks by a process pool with a
bounded number of chunks in flight, and written in input order. :func:`lint_record` is the one
pure function per row; a Dask bag or a Spark ``mapPartitions`` can map the same function (see
:func:`lint_partition`) when one machine is not enough.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from linter import Config, LinterError, Profile, lint
from linter.cli.batch_io import Outcome, Row, Stats, read_rows

CHUNK = 64
_CONFIG: Config | None = None


def lint_record(record: Mapping[str, Any], config: Config | None = None) -> dict[str, Any]:
    """One input row -> one output record: the :class:`~linter.Report` fields, or ``error``."""
    values: dict[str, str] = {}
    for key, name in (
        ("headline", "headline"),
        ("summary", "summary"),
        ("about", "summary"),
        ("target", "target"),
    ):
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            return {"error": f"`{key}` must be a string, not {type(value).__name__}"}
        values[name] = value
    if not values.get("headline") and not values.get("summary"):
        return {"error": "no `headline` or `summary`"}
    try:
        report = lint(Profile.model_validate(values), config)
    except LinterError as exc:
        return {"error": str(exc)}
    return report.model_dump(mode="json")


def lint_partition(
    records: Iterable[Mapping[str, Any]], config: Config | None = None
) -> Iterator[dict[str, Any]]:
    """``rdd.mapPartitions(lambda rows: lint_partition(rows, config))`` in Spark,
    ``bag.map_partitions(lint_partition, config=config)`` in Dask."""
    for record in records:
        yield lint_record(record, config)


def _init(config: Config) -> None:
    global _CONFIG
    _CONFIG = config


def _work(chunk: list[Row]) -> list[tuple[str, Outcome]]:
    """Lint a chunk; return each record already encoded, with the little the totals need.

    Encoding in the worker keeps the parent (which also reads and writes) from becoming the
    bottleneck: it only writes finished lines and adds up small outcomes.
    """
    import json

    out = []
    for row in chunk:
        if row.error is not None:
            result: dict[str, Any] = {"error": row.error}
        else:
            assert row.record is not None
            result = lint_record(row.record, _CONFIG)
        head: dict[str, Any] = {"line": row.line}
        if row.record is not None and row.record.get("id") not in (None, ""):
            head["id"] = row.record["id"]
        record = {**head, **result}
        out.append((json.dumps(record, ensure_ascii=False) + "\n", Outcome.of(record)))
    return out


def _chunks(rows: Iterator[Row]) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(rows: Iterator[Row], jobs: int, config: Config) -> Iterator[tuple[str, Outcome]]:
    if jobs == 1:
        _init(config)
        for chunk in _chunks(rows):
            yield from _work(chunk)
        return
    import multiprocessing

    with multiprocessing.Pool(jobs, _init, (config,)) as pool:
        pending: deque[AsyncResult[list[tuple[str, Outcome]]]] = deque()
        for chunk in _chunks(rows):
            pending.append(pool.apply_async(_work, (chunk,)))
            while len(pending) >= jobs * 2:  # bounded: memory stays constant
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def run(args: argparse.Namespace) -> int:
    from linter.cli.inputs import Overrides, split_list

    overrides = Overrides(
        args.config, split_list(args.select), split_list(args.ignore), args.target
    )
    source = Path(args.input)
    try:
        config = overrides.for_path(args.input if args.input != "-" else "-")
        lint(Profile(headline="x"), config)  # compile once: a bad configuration stops here
        rows = read_rows(args.input)
        jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
        out_path = Path(args.out)
        fd, tmp = tempfile.mkstemp(dir=out_path.parent or None, prefix=f".{out_path.name}.")
    except (LinterError, OSError) as exc:
        print(f"headline-lint: error: {exc}", file=sys.stderr)
        return 2
    from tqdm import tqdm

    stats = Stats()
    try:
        with (
            os.fdopen(fd, "w", encoding="utf-8") as out,
            tqdm(unit=" profiles", disable=None, file=sys.stderr, desc=source.name) as bar,
        ):
            for line, outcome in _results(rows, jobs, config):
                out.write(line)
                stats.add(outcome)
                if outcome.error is not None:
                    bar.write(
                        f"{args.input}:{outcome.line}: malformed: {outcome.error}",
                        file=sys.stderr,
                    )
                bar.update()
        os.replace(tmp, out_path)
    except OSError as exc:
        os.unlink(tmp)
        print(f"headline-lint: error: {exc}", file=sys.stderr)
        return 2
    except BaseException:
        os.unlink(tmp)
        raise
    sys.stdout.write(stats.summary(args.input, args.out))
    return 1 if stats.malformed else 0
