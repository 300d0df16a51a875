"""``headline-lint batch``'s flags (the command itself is :mod:`linter.cli.batch`)."""

from __future__ import annotations

import argparse
from typing import Any


def add_batch_parser(sub: argparse._SubParsersAction[Any], exit_codes: str) -> None:
    batch = sub.add_parser(
        "batch",
        help="lint many profiles from JSONL, CSV or Parquet",
        description="Lint one profile per JSONL line, CSV row or Parquet row (headline, summary, "
        "optional target and id), streaming, in parallel processes or on Dask or Spark; write "
        "one result per input row (JSONL, or Parquet when OUT ends in .parquet).",
        epilog=exit_codes,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument(
        "input", metavar="IN", help="a .jsonl, .csv or .parquet file (- for JSONL on stdin)"
    )
    batch.add_argument(
        "--out", required=True, metavar="OUT", help="where to write results (.jsonl or .parquet)"
    )
    batch.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=0,
        help="worker processes (default: the CPU count; 1: no subprocesses); with --engine dask "
        "and no --scheduler, the local cluster's workers",
    )
    batch.add_argument(
        "--engine",
        default="local",
        choices=("local", "dask", "spark"),
        help="where rows are linted: this machine's process pool (default), a Dask cluster "
        "(the dask extra) or Spark (the spark extra)",
    )
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler (tcp://host:8786); default: a local cluster",
    )
    batch.add_argument(
        "--master",
        metavar="URL",
        help="with --engine spark: the master URL (default: local[2])",
    )
    batch.add_argument(
        "--report",
        metavar="FILE.html",
        help="also write a self-contained HTML audit report (charts, lowest scores by id)",
    )
    batch.add_argument(
        "--include-text",
        action="store_true",
        help="with --report: show each lowest-scoring row's headline (default: ids only)",
    )
    batch.add_argument("--config", metavar="FILE", help="configuration file")
    batch.add_argument("--target", help="target for rows that name none")
    batch.add_argument("--select", action="append", metavar="RULES")
    batch.add_argument("--ignore", action="append", metavar="RULES")
