"""Writing ``batch``'s results: JSONL or Parquet through a temporary file renamed at the end,
the malformed rows on stderr, the closing summary and the optional HTML report."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from linter.cli.batch_stats import Outcome, Stats


class _Out(Protocol):
    def write(self, line: str, /) -> object: ...
    def close(self) -> None: ...


def write(
    args: argparse.Namespace,
    source: Path,
    results: Iterator[tuple[str, Outcome]],
    out_path: Path,
    fd: int,
    tmp: str,
) -> int:
    from tqdm import tqdm

    stats = Stats()
    try:
        out: _Out
        if out_path.suffix.lower() in (".parquet", ".pq"):
            from linter.cli.parquet import ParquetOut

            os.close(fd)
            out = ParquetOut(tmp)
        else:
            out = os.fdopen(fd, "w", encoding="utf-8")
        with tqdm(unit=" profiles", disable=None, file=sys.stderr, desc=source.name) as bar:
            try:
                for line, outcome in results:
                    out.write(line)
                    stats.add(outcome)
                    if outcome.error is not None:
                        bar.write(
                            f"{args.input}:{outcome.line}: malformed: {outcome.error}",
                            file=sys.stderr,
                        )
                    bar.update()
            finally:
                out.close()
        os.replace(tmp, out_path)
        if args.report:
            from linter.cli.audit import write_report

            write_report(Path(args.report), stats, args.input, args.include_text)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        print(f"headline-lint: error: {exc}", file=sys.stderr)
        return 2
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    sys.stdout.write(stats.summary(args.input, args.out))
    if args.report:
        sys.stdout.write(f"Audit report: {args.report}\n")
    return 1 if stats.malformed else 0
