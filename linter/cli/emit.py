"""Writing ``check``'s report: the format, ``--statistics``, ``--quiet``, ``--output-file``."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from linter.cli import formats
from linter.cli.inputs import STDIN, Overrides
from linter.cli.lintfile import FileResult


def render(
    results: list[FileResult], args: argparse.Namespace, overrides: Overrides, colour: bool
) -> str:
    style = formats.TextStyle(
        full=args.output_format in ("full", "text"), quiet=args.quiet, unsafe=args.unsafe
    )
    if args.statistics:
        return formats.statistics(results, style)
    if args.output_format == "json":
        return formats.as_json(results)
    if args.output_format == "github":
        return formats.github(results)
    if args.output_format == "sarif":
        from linter import __version__
        from linter.cli.sarif import sarif

        return sarif(results, overrides.for_path(STDIN), __version__)
    fixing = bool(args.fix or args.diff)
    return formats.text(results, colour, fixing=fixing, style=style, evidence=args.show_evidence)


def emit(
    results: list[FileResult], args: argparse.Namespace, out: TextIO, overrides: Overrides
) -> None:
    """Write the report to ``out``, or to ``--output-file`` (never coloured)."""
    if args.output_file is None:
        out.write(render(results, args, overrides, formats.use_colour(out)))
        return
    text = render(results, args, overrides, colour=False)
    try:
        with open(args.output_file, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        print(
            f"headline-lint: error: {args.output_file}: cannot write: {exc.strerror or exc}",
            file=sys.stderr,
        )
        raise SystemExit(2) from None
