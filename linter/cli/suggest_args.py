"""``headline-lint suggest``'s flags: argparse only, so building the parser stays cheap."""

from __future__ import annotations

import argparse
from typing import Any


def add_suggest_parser(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "suggest",
        help="suggest headlines built from the profile's own words",
        description="Suggest up to three headlines built only from the profile's own words and "
        "evidence: the title it earns, focus terms its About supports, one number it states. "
        "Each is linted first: none draws a warning or lowers the score.",
        epilog="exit codes:\n  0  done (with or without suggestions)\n"
        "  2  usage, configuration or I/O error\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "path",
        nargs="?",
        metavar="FILE",
        help="a profile markdown file, a LinkedIn data export, or - for standard input",
    )
    p.add_argument("--headline", help="the headline (replaces the file's)")
    p.add_argument("--summary", help="the About text (replaces the file's)")
    p.add_argument("--target", help="the market the profile aims at (e.g. ai-engineer)")
    p.add_argument("--config", metavar="FILE", help="configuration file")
    p.add_argument(
        "--format",
        "--output-format",
        dest="output_format",
        default="text",
        choices=("text", "json"),
        help="text for people (default), or json (the wire format)",
    )
