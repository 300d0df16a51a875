"""``headline-lint``: the command line's parser and dispatch.

Only argparse is imported at start-up; each command imports what it needs (the engine, the
markdown parser, Flask for ``serve``) when it runs, so ``headline-lint check`` starts fast.
"""

from __future__ import annotations

import argparse
import sys

EXIT_CODES = """exit codes:
  0  no finding at or above --fail-on (default: warning)
  1  findings at or above --fail-on (check --diff: a file would change; batch: malformed rows)
  2  usage, configuration or I/O error
"""


def _check_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="lint profile markdown files",
        description="Lint profile markdown files (front matter `headline:` and/or `## Headline` "
        "and `## About` sections), or a headline/summary given on the command line.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, directories (searched for *.md) or - for standard input (default: .)",
    )
    p.add_argument("--headline", help="lint this headline text instead of (or besides) files")
    p.add_argument("--summary", help="lint this About text instead of (or besides) files")
    p.add_argument("--target", help="the market the profile aims at (e.g. ai-engineer)")
    p.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="only these rules: names or code prefixes, comma-separated",
    )
    p.add_argument(
        "--ignore",
        action="append",
        metavar="RULES",
        help="skip these rules: names or code prefixes, comma-separated",
    )
    p.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: nearest .headline-lint.toml or "
        "pyproject.toml [tool.headline-lint] from each file's directory upward)",
    )
    p.add_argument(
        "--format",
        dest="output_format",
        default="text",
        choices=("text", "json", "sarif", "github"),
        help="output format",
    )
    p.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    p.add_argument(
        "--unsafe-fixes",
        dest="unsafe",
        action="store_true",
        help="with --fix or --diff, also apply unsafe fixes",
    )
    p.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff instead of writing them",
    )
    p.add_argument(
        "--fail-on",
        default="warning",
        choices=("error", "warning", "info"),
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    p.add_argument(
        "--show-evidence",
        action="store_true",
        help="after each file's findings, the About phrases the title decisions weighed: "
        "counted, or why not (negated, aspiration, a skills list...)",
    )
    p.add_argument(
        "--report-unused-suppressions",
        dest="report_unused",
        action="store_true",
        help="report suppression comments that silenced nothing",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="headline-lint",
        description="Lint LinkedIn headlines and About texts for AI-engineering discoverability.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _check_parser(sub)

    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--format", dest="output_format", default="text", choices=("text", "json"))
    rules.add_argument("--config", metavar="FILE", help="configuration file (for extra packs)")

    explain = sub.add_parser("explain", help="explain one rule: why, examples, fix safety")
    explain.add_argument("rule", metavar="NAME|CODE")
    explain.add_argument("--config", metavar="FILE", help="configuration file (for extra packs)")
    explain.add_argument(
        "--verbose", "-v", action="store_true", help="also the kind, templates and settings"
    )

    batch = sub.add_parser(
        "batch",
        help="lint many profiles from JSONL or CSV",
        description="Lint one profile per JSONL line or CSV row (headline, summary, optional "
        "target and id), streaming, in parallel processes; write one JSON result per input.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument("input", metavar="IN", help="a .jsonl or .csv file (- for JSONL on stdin)")
    batch.add_argument("--out", required=True, metavar="OUT.jsonl", help="where to write results")
    batch.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=0,
        help="worker processes (default: the CPU count; 1: no subprocesses)",
    )
    batch.add_argument("--config", metavar="FILE", help="configuration file")
    batch.add_argument("--target", help="target for rows that name none")
    batch.add_argument("--select", action="append", metavar="RULES")
    batch.add_argument("--ignore", action="append", metavar="RULES")

    lsp = sub.add_parser(
        "lsp",
        help="run the language server (stdio) for editors",
        description="A language server over stdio for profile markdown files: diagnostics as "
        "you type, quick fixes, hover. See docs/editors.md.",
    )
    lsp.add_argument("--stdio", action="store_true", help="accepted for clients that pass it")

    from linter.cli.init import add_parser as init_parser

    init_parser(sub)

    serve = sub.add_parser("serve", help="run the HTTP API (delegates to linter.api.serve)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=None)
    serve.add_argument("--dev", action="store_true", help="Flask's development server")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from linter import __version__

        print(f"headline-lint {__version__}")
        return 0
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "check":
        if args.unsafe and not (args.fix or args.diff):
            parser.error("--unsafe-fixes needs --fix or --diff")
        from linter.cli.check import run

        return run(args)
    if args.command in ("rules", "explain"):
        from linter.cli import rules

        return rules.run(args)
    if args.command == "lsp":
        from linter.cli.lsp import main as run_lsp

        return run_lsp()
    if args.command == "init":
        from linter.cli.init import run as run_init

        return run_init(args)
    if args.command == "batch":
        from linter.cli.batch import run as run_batch

        return run_batch(args)
    return _serve(args)


SERVER_PACKAGES = frozenset({"flask", "gunicorn", "werkzeug"})


def _serve(args: argparse.Namespace) -> int:
    try:
        from linter.api import serve as api_serve  # only now: Flask is slow to import
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in SERVER_PACKAGES:
            raise
        print(
            f"headline-lint: error: `serve` needs the server extra ({exc.name} is not installed):"
            " pip install 'headline-linter[server]'",
            file=sys.stderr,
        )
        return 2
    code: int = api_serve.main(host=args.host, port=args.port, workers=args.workers, dev=args.dev)
    return code


def entry() -> None:
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `headline-lint check ... | head`
        sys.exit(0)


if __name__ == "__main__":
    entry()
