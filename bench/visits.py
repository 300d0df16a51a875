"""The page's first and repeat visits in one browser profile, and its start-up step by step.

    .venv/bin/python -m bench.visits [--runs N] [--json]

Each run takes a fresh Chromium profile on disk (a persistent context, as a person's browser
keeps its cache and service workers), opens the page with a 2,600-character About already in its
storage, waits for the first lint and for the service worker to hold the build, closes the tab,
then opens the page again. The figures are medians over the runs of the page's own performance
marks (ms from navigation start):

- ``py:main``: the wheels are loaded and ``main.py`` starts; ``py:imported``: the linter is
  imported; ``py:warm``: the rules are compiled (a lint of empty text); ``page:catalog``: the
  catalogue is in (``catalog.json``); ``page:first-py-lint``: Python answered the first real
  lint; ``first-lint``: the findings are on screen.

Goal (issue 15): a repeat visit's first lint at most 0.75x the first visit's. Needs ``web/dist/``
and ``/usr/bin/chromium``; ``make bench`` calls :func:`measure` (section 6, ``bench/page.py``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Playwright, sync_playwright

from bench.browser import ABOUT, HEADLINE, missing, site
from tests.support import chromium, servers
from tests.support.paths import DIST

MARKS = ("py:main", "py:imported", "py:warm", "page:catalog", "page:first-py-lint", "first-lint")
READ_MARKS = (
    "names => Object.fromEntries(names.map(n => [n, performance.getEntriesByName(n)[0]?.startTime"
    " ?? null]))"
)
WATCH_WORKER = (
    "() => { navigator.serviceWorker.ready.then(() => { window.__workerReady = true; }); }"
)
TIMEOUT_MS = 300_000


def _visit(context: BrowserContext, url: str, keep: bool) -> tuple[dict[str, float], int]:
    """One visit's marks, and how many of its responses did not come from the service worker."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    from_worker: list[bool] = []
    page.on("response", lambda response: from_worker.append(response.from_service_worker))
    page.goto(url + "/")
    page.wait_for_function(
        "() => performance.getEntriesByName('first-lint').length", timeout=TIMEOUT_MS
    )
    marks: dict[str, float] = page.evaluate(READ_MARKS, list(MARKS))
    # CPU seconds of the page's renderer process so far (all its threads): far less sensitive
    # than the wall clock to what else runs on a shared machine.
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    marks["cpu"] = 1000 * float(metrics.get("ProcessTime", 0.0))
    if keep:  # let the service worker copy the build before the tab goes
        page.evaluate(WATCH_WORKER)
        page.wait_for_function("() => window.__workerReady === true", timeout=TIMEOUT_MS)
    page.close()
    return marks, len(from_worker) - sum(from_worker)


def _one_run(playwright: Playwright, url: str) -> tuple[dict[str, float], dict[str, float], int]:
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(chromium.CHROMIUM),
            headless=True,
            args=list(chromium.FLAGS),
        )
        try:
            stored = json.dumps({"headline": HEADLINE, "summary": ABOUT, "target": "ai-engineer"})
            script = f"localStorage.setItem('headline-linter:v1', {json.dumps(stored)})"
            context.add_init_script(script)
            first, _ = _visit(context, url, keep=True)
            repeat, not_served = _visit(context, url, keep=False)
        finally:
            context.close()
    return first, repeat, not_served


def _medians(runs: list[dict[str, float]]) -> dict[str, float]:
    names = (*MARKS, "cpu")
    return {m: statistics.median(r[m] for r in runs) for m in names if all(r.get(m) for r in runs)}


def measure(runs: int, dist: Path = DIST) -> dict[str, Any]:
    problem = missing(dist)
    if problem is not None:
        raise FileNotFoundError(problem)
    firsts: list[dict[str, float]] = []
    repeats: list[dict[str, float]] = []
    outside: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = site(Path(tmp), dist)
        port = servers.free_port()
        command = servers.static_command(root, port)
        with servers.running(command, port) as server, sync_playwright() as playwright:
            for _ in range(runs):
                first, repeat, not_served = _one_run(playwright, server.url)
                firsts.append(first)
                repeats.append(repeat)
                outside.append(not_served)
    first_med, repeat_med = _medians(firsts), _medians(repeats)
    return {
        "first": first_med,
        "repeat": repeat_med,
        "repeat_ratio": repeat_med["first-lint"] / first_med["first-lint"],
        "repeat_cpu_ratio": repeat_med["cpu"] / first_med["cpu"],
        "repeat_not_from_worker_max": max(outside),
        "first_lint_runs_ms": [round(r["first-lint"]) for r in firsts],
        "repeat_lint_runs_ms": [round(r["first-lint"]) for r in repeats],
        "runs": runs,
    }


def steps(marks: dict[str, float]) -> str:
    """``py:main 3100 (+3100), py:imported 3450 (+350), ...``: each mark and its step."""
    parts, before = [], 0.0
    for name in MARKS:
        if name in marks:
            parts.append(f"{name} {marks[name]:.0f} (+{marks[name] - before:.0f})")
            before = marks[name]
    return ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="fresh profiles, two visits each (3)")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of figures")
    parser.add_argument("--dist", type=Path, default=DIST, help="the built page (web/dist)")
    args = parser.parse_args(argv)
    problem = missing(args.dist)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    f = measure(args.runs, args.dist)
    print(f"first visit:  {steps(f['first'])}")
    print(f"repeat visit: {steps(f['repeat'])}")
    print(
        f"renderer CPU to the first lint: first {f['first']['cpu']:.0f} ms, repeat"
        f" {f['repeat']['cpu']:.0f} ms ({f['repeat_cpu_ratio']:.2f}x)"
    )
    print(
        f"repeat / first visit, first lint: {f['repeat_ratio']:.2f}x (goal <= 0.75x);"
        f" repeat-visit responses not from the service worker: {f['repeat_not_from_worker_max']}"
    )
    if args.json:
        print(json.dumps(f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
