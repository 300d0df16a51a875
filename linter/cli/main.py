"""``headline-lint``: the command line's parser and dispatch.

Only argparse is imported at start-up; each command imports what it needs (the engine, the
markdown parser, Flask for ``serve``) when it runs, so ``headline-lint check`` starts fast.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from typing import Any, NoReturn

from linter.cli.batch_args import add_batch_parser
from linter.cli.check_args import add_check_parser
from linter.cli.init_args import add_parser as add_init_parser
from linter.cli.suggest_args import add_suggest_parser

EXIT_CODES = """exit codes:
  0  no finding at or above --fail-on (default: warning)
  1  findings at or above --fail-on (check --diff: a file would change; batch: malformed rows)
  2  usage, configuration or I/O error
"""


class Parser(argparse.ArgumentParser):
    """argparse, saying which choice or flag was probably meant."""

    def error(self, message: str) -> NoReturn:
        from linter.cli.didyoumean import choice_hint

        super().error(choice_hint(message))

    def unknown(self, extras: list[str]) -> NoReturn:
        from linter.cli.didyoumean import did_you_mean

        flag = next((e.split("=", 1)[0] for e in extras if e.startswith("-")), "")
        hint = did_you_mean(flag, self._option_string_actions) if flag else ""
        super().error(f"unrecognized arguments: {' '.join(extras)}{hint.replace(';', ':', 1)}")


class Outline(Parser):
    """A command's parser with its name and help but no flags: what the top-level help lists,
    built when another command runs (each flag costs a help formatter, ~0.4M instructions)."""

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        return argparse.Action([], argparse.SUPPRESS)


class _Commands:
    """Sub-parsers for every command, in full only for ``chosen`` (``None``: all in full)."""

    def __init__(self, sub: argparse._SubParsersAction[Any], chosen: str | None) -> None:
        self.sub, self.chosen = sub, chosen

    def add(self, name: str) -> argparse._SubParsersAction[Any]:
        full = self.chosen is None or self.chosen == name
        self.sub._parser_class = Parser if full else Outline
        return self.sub


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command``'s flags when given (the others' help is still listed)."""
    parser = Parser(
        prog="headline-lint",
        description="Lint LinkedIn headlines and About texts for AI-engineering discoverability.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = _Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), command)
    sub = commands.add("check")
    add_check_parser(sub, EXIT_CODES)

    sub = commands.add("rules")
    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--format", dest="output_format", default="text", choices=("text", "json"))
    rules.add_argument("--config", metavar="FILE", help="configuration file (for extra packs)")

    sub = commands.add("explain")
    explain = sub.add_parser("explain", help="explain one rule: why, examples, fix safety")
    explain.add_argument("rule", metavar="NAME|CODE")
    explain.add_argument("--config", metavar="FILE", help="configuration file (for extra packs)")
    explain.add_argument(
        "--verbose", "-v", action="store_true", help="also the kind, templates and settings"
    )

    sub = commands.add("batch")
    add_batch_parser(sub, EXIT_CODES)
    sub = commands.add("suggest")
    add_suggest_parser(sub)

    sub = commands.add("lsp")
    lsp = sub.add_parser(
        "lsp",
        help="run the language server (stdio) for editors",
        description="A language server over stdio for profile markdown files: diagnostics as "
        "you type, quick fixes, hover. See docs/editors.md.",
    )
    lsp.add_argument("--stdio", action="store_true", help="accepted for clients that pass it")

    sub = commands.add("init")
    add_init_parser(sub)

    sub = commands.add("serve")
    serve = sub.add_parser("serve", help="run the HTTP API (delegates to linter.api.serve)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=None)
    serve.add_argument("--dev", action="store_true", help="Flask's development server")
    return parser


def main(argv: list[str] | None = None) -> int:
    # the command is the first word that is no flag (the top level's only flag takes no value)
    chosen = next((a for a in (sys.argv[1:] if argv is None else argv) if a[:1] != "-"), None)
    parser = build_parser(chosen)
    args, extras = parser.parse_known_args(argv)
    if extras:
        subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        chosen = subparsers.choices.get(args.command, parser)
        assert isinstance(chosen, Parser)
        chosen.unknown(extras)
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
        # `check` validates only its own models: pydantic need not scan every installed
        # distribution's entry points for plugins (its documented switch; the user's choice wins)
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        from linter.cli.check import run

        return run(args)
    if args.command in ("rules", "explain"):
        from linter.cli import rules

        return rules.run(args)
    if args.command == "suggest":
        from linter.cli.suggest import run as run_suggest

        return run_suggest(args)
    if args.command == "lsp":
        from linter.cli.lsp import main as run_lsp

        return run_lsp()
    if args.command == "init":
        from linter.cli.init import run as run_init

        return run_init(args)
    if args.command == "batch":
        if args.scheduler and args.engine != "dask":
            parser.error("--scheduler needs --engine dask")
        if args.master and args.engine != "spark":
            parser.error("--master needs --engine spark")
        if args.include_text and not args.report:
            parser.error("--include-text needs --report")
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


# A command's objects are nearly all long-lived (modules, the rule set, its tries): the default
# young-generation threshold (700) made start-up pay several collections scanning them (~10% of a
# `check` of one file, in instructions). Cycles are still collected, just in bigger batches.
GC_THRESHOLDS = (100_000, 10, 10)


def entry() -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        code = main()
        # Nothing is left to free: the interpreter's last full collection at exit would scan
        # every object only to find them still reachable.
        gc.freeze()
        sys.exit(code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `headline-lint check ... | head`
        sys.exit(0)
    except Exception as exc:  # a bug: exit 2 (1 means findings), one line, never a traceback
        if os.environ.get("HEADLINE_LINT_TRACEBACK"):
            raise
        where = exc.__traceback__
        while where is not None and where.tb_next is not None:
            where = where.tb_next
        frame = ""
        if where is not None:
            frame = f" ({where.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{where.tb_lineno})"
        detail = (str(exc).splitlines() or [""])[0][:200]
        print(
            f"headline-lint: internal error: {type(exc).__name__}: {detail}{frame}"
            "; this is a bug: please report it with the command you ran and "
            "`headline-lint --version` (HEADLINE_LINT_TRACEBACK=1 shows the traceback)",
            file=sys.stderr,
        )
        sys.exit(2)


if __name__ == "__main__":
    entry()
