"""``headline-lint suggest``: up to three honest headlines for one profile, with their sources.

The profile comes as ``check`` reads one: a profile markdown file, ``-`` for standard input, a
LinkedIn data export, or ``--headline``/``--summary`` (which, with a file, replace its fields).
``--format json`` prints exactly ``Suggestions.model_dump(mode="json")``.

Exit codes: 0 (with or without suggestions); 2 usage, configuration or I/O error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from linter import LinterError, Suggestions, lint, suggest
from linter.cli.didyoumean import describe
from linter.cli.inputs import STDIN, Overrides
from linter.cli.lintfile import make_profile
from linter.cli.source import InputError
from linter.models import FieldName


def _fields(args: argparse.Namespace) -> tuple[dict[FieldName, str], str | None]:
    """The profile's fields and the target its file names, if any."""
    fields: dict[FieldName, str] = {}
    target = None
    if args.path is not None:
        fields, target = _read(args.path)
    if args.headline is not None:
        fields["headline"] = args.headline
    if args.summary is not None:
        fields["summary"] = args.summary
    return fields, target


def _read(path: str) -> tuple[dict[FieldName, str], str | None]:
    from linter.cli.linkedin import is_export, read_export
    from linter.cli.profile_md import parse_profile
    from linter.cli.source import decode, read_text

    if path != STDIN and is_export(path):
        export = read_export(path)
        return {"headline": export.headline, "summary": export.summary}, None
    if path == STDIN:
        text, crlf, bom = decode(sys.stdin.buffer.read(), "<stdin>")
    else:
        text, crlf, bom = read_text(Path(path))
    doc, _ = parse_profile(text, "<stdin>" if path == STDIN else path, crlf=crlf, bom=bom)
    return {name: value.text for name, value in doc.fields.items()}, doc.target


def run(args: argparse.Namespace) -> int:
    if args.path is None and args.headline is None and args.summary is None:
        print("headline-lint: error: give a FILE, or --headline/--summary", file=sys.stderr)
        return 2
    try:
        fields, file_target = _fields(args)
        overrides = Overrides(config_file=args.config, target=args.target)
        config = overrides.for_path(args.path or STDIN)
        profile = make_profile(fields, args.target or file_target)
        result = suggest(profile, config)
        current = lint(profile, config).score if args.output_format == "text" else None
    except InputError as exc:
        print(f"headline-lint: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"headline-lint: error: {args.path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except LinterError as exc:
        print(f"headline-lint: error: {describe(exc)}", file=sys.stderr)
        return 2
    if args.output_format == "json":
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), indent=2, ensure_ascii=False))
        sys.stdout.write("\n")
    else:
        write_text(result, current, sys.stdout)
    return 0


def write_text(result: Suggestions, current: int | None, out: TextIO) -> None:
    if not result.suggestions:
        out.write(
            "No suggestion: the About does not show enough of your own work (two focus terms "
            "and a title it backs) to build an honest headline from.\n"
            "`headline-lint check --show-evidence` shows what was counted and why the rest "
            "was not.\n"
        )
        return
    for number, s in enumerate(result.suggestions, 1):
        delta = "" if current is None else f" (now {current}: {s.score - current:+d})"
        out.write(f"{number}. {s.headline}\n   score {s.score}{delta}\n")
        for field in ("headline", "summary"):
            quoted = [f"'{' '.join(src.text.split())}'" for src in s.sources if src.field == field]
            if quoted:
                name = "your headline" if field == "headline" else "your About"
                out.write(f"   from {name}: {', '.join(quoted)}\n")
