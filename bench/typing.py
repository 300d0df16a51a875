"""Re-lint per keystroke of two page builds, side by side: rounds alternate, in one process.

    .venv/bin/python -m bench.typing BEFORE_DIST [AFTER_DIST] [--rounds N] [--keys K] [--json]

Each round types ``K`` keystrokes into a 2,600-character About (``bench.browser.keystrokes``)
on the ``before`` build, then on the ``after`` build (web/dist by default), each build served by
its own local static server, in the same headless Chromium, each in a fresh context. Per round
and build: the medians of ``lintTimes`` (lint + render), ``pyTimes`` (Python's part) and
``paintTimes`` (the same plus the next frame's style, layout and paint), the page's own share
(``paintTimes`` minus ``pyTimes``, per keystroke: JavaScript, DOM and the frame), and the machine's
1-minute load average when the round started. Goal (issue 15): under 16 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from bench.browser import keystrokes, missing, site
from tests.support import chromium, servers
from tests.support.paths import DIST

FIGURES = (
    "keystroke_median_ms",
    "keystroke_python_median_ms",
    "keystroke_paint_median_ms",
    "keystroke_page_median_ms",
)


def side_by_side(before: Path, after: Path, rounds: int, keys: int) -> list[dict[str, Any]]:
    """One row per round and build: its figures and the load average at its start."""
    for dist in (before, after):
        problem = missing(dist)
        if problem is not None:
            raise FileNotFoundError(problem)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        urls = {}
        for name, dist in (("before", before), ("after", after)):
            folder = Path(tmp) / name
            folder.mkdir()
            port = servers.free_port()
            command = servers.static_command(site(folder, dist), port)
            urls[name] = stack.enter_context(servers.running(command, port)).url
        playwright = stack.enter_context(sync_playwright())
        browser = chromium.launch(playwright)
        for name in urls:  # warm each server and the OS file cache once, unmeasured
            keystrokes(browser, urls[name], 2)
        for round_ in range(1, rounds + 1):
            for name, url in urls.items():
                load = os.getloadavg()[0]
                rows.append(
                    {"round": round_, "build": name, "load": load, **keystrokes(browser, url, keys)}
                )
        browser.close()
    return rows


def summary(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per build, the median over rounds of each figure."""
    return {
        name: {f: statistics.median(r[f] for r in rows if r["build"] == name) for f in FIGURES}
        for name in ("before", "after")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("before", type=Path, help="the build to compare with (a web/dist copy)")
    parser.add_argument("after", type=Path, nargs="?", default=DIST, help="web/dist by default")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each build (3)")
    parser.add_argument("--keys", type=int, default=20, help="keystrokes per round (20)")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of rows")
    args = parser.parse_args(argv)
    try:
        rows = side_by_side(args.before, args.after, args.rounds, args.keys)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(
        "| round | build | load | lint + render, ms (Python) | with the next frame | page's share |"
    )
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['round']} | {r['build']} | {r['load']:.1f} | {r['keystroke_median_ms']:.1f}"
            f" ({r['keystroke_python_median_ms']:.1f}) | {r['keystroke_paint_median_ms']:.1f}"
            f" | {r['keystroke_page_median_ms']:.1f} |"
        )
    for name, f in summary(rows).items():
        print(
            f"{name}: median of rounds {f['keystroke_median_ms']:.1f} ms"
            f" (Python {f['keystroke_python_median_ms']:.1f}),"
            f" with the next frame {f['keystroke_paint_median_ms']:.1f} ms (goal < 16 ms),"
            f" the page's share {f['keystroke_page_median_ms']:.1f} ms"
        )
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
