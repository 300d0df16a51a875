"""``headline-lint batch IN --out OUT [--jobs N] [--engine local|dask|spark] [--report F]``.

Streaming with constant memory: rows are read lazily, linted in chunks by a process pool with a
bounded number of chunks in flight (or on Dask or Spark, :mod:`linter.dist`), and written in input
order. :func:`lint_record` is the one pure function per row, :func:`encode` the one per input row
of the command line (its exact output line), whatever runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from linter import Config, LinterError, Profile, lint
from linter.cli.batch_io import Outcome, Row, read_rows
from linter.cli.batch_out import write

CHUNK = 64
_STATE: tuple[Config, bool] = (Config(), False)  # a pool worker's configuration and --include-text


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


def make_record(
    line: int | None, record: Mapping[str, Any] | None, error: str | None, config: Config
) -> dict[str, Any]:
    """An output record: ``line`` (when known), ``id`` (when given), then the report or ``error``
    (a row found malformed while reading, or by :func:`lint_record`)."""
    if error is not None or record is None:
        result: dict[str, Any] = {"error": error or "empty row"}
    else:
        result = lint_record(record, config)
    head: dict[str, Any] = {} if line is None else {"line": line}
    if record is not None and record.get("id") not in (None, ""):
        head["id"] = record["id"]
    return {**head, **result}


def encode(row: Row, config: Config, include_text: bool = False) -> tuple[str, Outcome]:
    """One input row -> its output line and what the totals need. Encoding where the row is
    linted keeps the writer from being the bottleneck."""
    record = make_record(row.line, row.record, row.error, config)
    text = None
    if include_text and row.record is not None:
        value = row.record.get("headline")
        text = value if isinstance(value, str) else None
    return json.dumps(record, ensure_ascii=False) + "\n", Outcome.of(record, text)


def _init(config: Config, include_text: bool = False) -> None:
    global _STATE
    _STATE = (config, include_text)


def _work(chunk: list[Row]) -> list[tuple[str, Outcome]]:
    config, include_text = _STATE
    return [encode(row, config, include_text) for row in chunk]


def chunks(rows: Iterable[Row], size: int = CHUNK) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def local_results(
    rows: Iterator[Row], jobs: int, config: Config, include_text: bool = False
) -> Iterator[tuple[str, Outcome]]:
    if jobs == 1:
        _init(config, include_text)
        for chunk in chunks(rows):
            yield from _work(chunk)
        return
    import multiprocessing

    with multiprocessing.Pool(jobs, _init, (config, include_text)) as pool:
        pending: deque[AsyncResult[list[tuple[str, Outcome]]]] = deque()
        for chunk in chunks(rows):
            pending.append(pool.apply_async(_work, (chunk,)))
            while len(pending) >= jobs * 2:  # bounded: memory stays constant
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _results(
    args: argparse.Namespace, rows: Iterator[Row], config: Config, stack: ExitStack
) -> Iterator[tuple[str, Outcome]]:
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    if args.engine == "local":
        return local_results(rows, jobs, config, args.include_text)
    from linter.dist.runner import open_engine

    address = args.scheduler if args.engine == "dask" else args.master
    engine = stack.enter_context(open_engine(args.engine, address, jobs, config, args.include_text))
    return engine(rows)


def run(args: argparse.Namespace) -> int:
    from linter.cli.inputs import Overrides, split_list
    from linter.dist.runner import EngineError

    overrides = Overrides(
        args.config, split_list(args.select), split_list(args.ignore), args.target
    )
    source = Path(args.input)
    stack = ExitStack()
    try:
        if args.report:
            from linter.cli.audit import check_available

            check_available()
        config = overrides.for_path(args.input if args.input != "-" else "-")
        lint(Profile(headline="x"), config)  # compile once: a bad configuration stops here
        rows = read_rows(args.input)
        results = _results(args, rows, config, stack)
        out_path = Path(args.out)
        fd, tmp = tempfile.mkstemp(dir=out_path.parent or None, prefix=f".{out_path.name}.")
    except (LinterError, OSError, EngineError) as exc:
        stack.close()
        print(f"headline-lint: error: {exc}", file=sys.stderr)
        return 2
    with stack:
        return write(args, source, results, out_path, fd, tmp)
