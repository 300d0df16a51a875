"""``headline-lint init``'s flags (its implementation, :mod:`linter.cli.init`, loads only when it
runs: it reads exports and profile files, with the models that come with them)."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "init",
        help="write a profile markdown file from a LinkedIn data export",
        description="Write a profile markdown file (headline in front matter, an ## About "
        "section) from a LinkedIn data export: the zip LinkedIn sends, or its Profile.csv / "
        "Profile Summary.csv. Only the headline and the About are read.",
    )
    p.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="EXPORT",
        help="the export archive (Basic_LinkedInDataExport_*.zip or the complete one) or a CSV",
    )
    p.add_argument("output", nargs="?", default="profile.md", metavar="PROFILE.md")
    p.add_argument("--target", help="write this target into the front matter")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
