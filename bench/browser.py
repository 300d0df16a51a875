"""The page in headless Chromium: start-up over bare PyScript, and re-lint time per keystroke.

    .venv/bin/python -m bench.browser [--runs N] [--quick] [--json]

1. Navigation to the first lint result of ``web/dist/`` (with a profile already in the browser's
   storage, so the first lint is of real text), as a ratio to a bare PyScript + Pyodide page that
   only prints "ready", both from the same local static server, each load in a fresh browser
   context (no HTTP cache shared), alternating. Goal (issue 15): at most 1.2x. The build adds
   bytecode to the runtime's stdlib, which speeds up the bare page as much as the page's own
   boot, so the bare page is also loaded on npm's stock stdlib ("stock"), and both ratios shown.
2. The median time to re-lint after a keystroke with a 2,600-character About: keystrokes typed
   into the About one by one, spaced past the debounce so each one lints; the time is the page's
   own measure of lint + render (``window.__headlineLinter.lintTimes``, with ``?test=1``).
   Goal: under 16 ms. Also shown: the same plus the next frame's style, layout and paint
   (``paintTimes``), so that work moved out of the lint into the frame is still counted.

Needs ``web/dist/`` (``make web``) and ``/usr/bin/chromium``. Not part of the test suite;
``make bench`` calls :func:`measure` (section 6, ``bench/page.py``).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

from tests.support import chromium, servers
from tests.support.paths import DIST

BARE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare PyScript</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<script type="module" src="pyscript/core.js"></script></head>
<body><p id="out">loading</p>
<script type="py" config="bare.json">
from pyscript import document, window
document.getElementById("out").textContent = "ready"
window.performance.mark("ready")
</script></body></html>
"""
# The floor for any page with pydantic (the wire format's package): PyScript with pydantic
# loaded from the same lock, one frozen model built and validated, then "ready".
FLOOR_HTML = BARE_HTML.replace("bare PyScript", "PyScript + pydantic").replace(
    'config="bare.json">\n',
    'config="floor.json">\n'
    "from pydantic import BaseModel, ConfigDict\n"
    "class Profile(BaseModel):\n"
    '    model_config = ConfigDict(extra="forbid", frozen=True)\n'
    '    headline: str = ""\n'
    'Profile.model_validate({"headline": "ML Engineer"})\n',
)
HEADLINE = "\U0001f680 ML Engineer | PyTorch | LLMs | RAG"
PARAGRAPH = (
    "I build and deploy LLM applications to production: REST APIs with FastAPI, RAG pipelines "
    "over vector databases, evaluation harnesses, monitoring and cost dashboards. Before that I "
    "trained ranking models serving two million users and moved them from notebooks to Docker "
    "and Kubernetes, with CI, canary releases and on-call. "
)
ABOUT = (PARAGRAPH * 12)[:2600]
# The stdlib as npm's pyodide ships it; web/build.py adds bytecode to the build's copy, which
# speeds up the bare page too: "stock" is the bare page on this one instead.
STOCK_STDLIB = DIST.parent / "node_modules" / "pyodide" / "python_stdlib.zip"
DEBOUNCE_GAP_MS = 180  # longer than the page's 100 ms debounce, so each keystroke lints


def site(tmp: Path, dist: Path = DIST) -> Path:
    """``dist`` (web/dist) plus the bare page beside it (links, so both share the same files)."""
    root = tmp / "site"
    root.mkdir()
    for entry in dist.iterdir():
        (root / entry.name).symlink_to(entry)
    # the same Pyodide runtime as the page's (its folder name carries the build's hash)
    interpreter = json.loads((dist / "pyscript.json").read_text("utf-8"))["interpreter"]
    (root / "bare.html").write_text(BARE_HTML, "utf-8")
    (root / "bare.json").write_text(json.dumps({"interpreter": interpreter}), "utf-8")
    (root / "floor.html").write_text(FLOOR_HTML, "utf-8")
    floor = {"interpreter": interpreter, "packages": ["pydantic"], "packages_cache": "passthrough"}
    (root / "floor.json").write_text(json.dumps(floor), "utf-8")
    stock = _stock_runtime(root, dist / interpreter.rpartition("/")[0])
    if stock is not None:
        (root / "stock.html").write_text(BARE_HTML.replace("bare.json", "stock.json"), "utf-8")
        (root / "stock.json").write_text(json.dumps({"interpreter": stock}), "utf-8")
    return root


def _stock_runtime(root: Path, runtime: Path) -> str | None:
    """The build's runtime with npm's own ``python_stdlib.zip`` (source only, no bytecode), for
    the bare page as PyScript and Pyodide ship it; ``None`` without ``web/node_modules``."""
    zipped = STOCK_STDLIB
    if not zipped.is_file():
        return None
    folder = root / "pyodide-stock"
    folder.mkdir()
    for entry in runtime.iterdir():
        (folder / entry.name).symlink_to(zipped if entry.name == zipped.name else entry)
    return "pyodide-stock/pyodide.mjs"


def load_bare(browser: Browser, url: str, name: str = "bare") -> float:
    """Navigation to "ready" of the bare page (``name="floor"``: the pydantic floor page)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{url}/{name}.html")
        page.wait_for_function(
            "() => performance.getEntriesByName('ready').length", timeout=300_000
        )
        value: float = page.evaluate("() => performance.getEntriesByName('ready')[0].startTime")
        return value
    finally:
        context.close()


def load_page(browser: Browser, url: str) -> float:
    context = browser.new_context()
    try:
        stored = json.dumps({"headline": HEADLINE, "summary": ABOUT, "target": "ai-engineer"})
        context.add_init_script(f"localStorage.setItem('headline-linter:v1', {json.dumps(stored)})")
        page = context.new_page()
        page.goto(url + "/")
        page.wait_for_function(
            "() => performance.getEntriesByName('first-lint').length", timeout=300_000
        )
        value: float = page.evaluate(
            "() => performance.getEntriesByName('first-lint')[0].startTime"
        )
        return value
    finally:
        context.close()


def keystrokes(browser: Browser, url: str, count: int) -> dict[str, float]:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url + "/?test=1")  # the page's lint times exist only with the test flag
        page.wait_for_selector("body[data-state=ready]", timeout=300_000)
        page.fill("#headline", HEADLINE)
        page.fill("#summary", ABOUT[:-count])
        page.wait_for_function("() => window.__headlineLinter.settled()")
        page.evaluate(  # paintTimes: absent from builds before it existed
            "() => { const h = window.__headlineLinter;"
            " for (const k of ['lintTimes', 'pyTimes', 'paintTimes']) if (h[k]) h[k].length = 0; }"
        )
        page.focus("#summary")
        page.keyboard.press("End")
        page.keyboard.press("Control+End")
        for ch in ABOUT[-count:]:
            page.keyboard.type(ch)
            page.wait_for_timeout(DEBOUNCE_GAP_MS)
        page.wait_for_function("() => window.__headlineLinter.settled()")
        assert len(page.input_value("#summary")) == 2600
        times: dict[str, list[float]] = page.evaluate(
            "() => ({total: window.__headlineLinter.lintTimes,"
            " python: window.__headlineLinter.pyTimes, paint: window.__headlineLinter.paintTimes})"
        )
        paint = times.get("paint") or []
        # The page's own share (JavaScript, DOM and the frame): paint minus Python, per lint, so
        # that Python's spread on a busy machine does not hide it.
        page_share = [p - py for p, py in zip(paint, times["python"], strict=False)]
        return {
            "keystroke_median_ms": statistics.median(times["total"]),
            "keystroke_python_median_ms": statistics.median(times["python"]),
            "keystroke_p90_ms": sorted(times["total"])[int(len(times["total"]) * 0.9) - 1],
            # a build from before paintTimes existed has none
            "keystroke_paint_median_ms": statistics.median(paint or [math.nan]),
            "keystroke_page_median_ms": statistics.median(page_share or [math.nan]),
            "keystroke_lints": float(len(times["total"])),
        }
    finally:
        context.close()


def missing(dist: Path = DIST) -> str | None:
    """Why the page cannot be measured here, or ``None``."""
    if not (dist / "index.html").is_file():
        return f"{dist} is not built: run `make web`"
    return chromium.missing()


def measure(runs: int, keys: int, dist: Path = DIST) -> dict[str, Any]:
    """The figures: medians of ``runs`` loads of each page, and ``keys`` keystrokes' re-lints."""
    problem = missing(dist)
    if problem is not None:
        raise FileNotFoundError(problem)
    with tempfile.TemporaryDirectory() as tmp:
        root = site(Path(tmp), dist)
        port = servers.free_port()
        with servers.running(servers.static_command(root, port), port) as server:
            url = server.url
            with sync_playwright() as playwright:
                browser = chromium.launch(playwright)
                load_bare(browser, url)  # warm the OS file cache and the server once
                load_page(browser, url)
                load_bare(browser, url, "floor")
                bare: list[float] = []
                page: list[float] = []
                floor: list[float] = []
                stock: list[float] = []
                has_stock = (root / "stock.html").is_file()
                for _ in range(runs):
                    bare.append(load_bare(browser, url))
                    page.append(load_page(browser, url))
                    floor.append(load_bare(browser, url, "floor"))
                    if has_stock:
                        stock.append(load_bare(browser, url, "stock"))
                typing = keystrokes(browser, url, keys)
                browser.close()
    figures: dict[str, Any] = {
        "bare_ready_ms": statistics.median(bare),
        "page_first_lint_ms": statistics.median(page),
        "navigation_ratio": statistics.median(page) / statistics.median(bare),
        "floor_ready_ms": statistics.median(floor),
        "floor_ratio": statistics.median(floor) / statistics.median(bare),
        "page_over_floor": statistics.median(page) / statistics.median(floor),
        "runs": runs,
        "bare_ready_runs_ms": [round(v) for v in bare],
        "floor_ready_runs_ms": [round(v) for v in floor],
        "page_first_lint_runs_ms": [round(v) for v in page],
        **typing,
    }
    if stock:
        figures["stock_ready_ms"] = statistics.median(stock)
        figures["stock_ready_runs_ms"] = [round(v) for v in stock]
        figures["navigation_ratio_stock"] = statistics.median(page) / statistics.median(stock)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="page loads of each kind (5)")
    parser.add_argument("--quick", action="store_true", help="2 loads each, 10 keystrokes")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of figures")
    parser.add_argument("--dist", type=Path, default=DIST, help="the built page (web/dist)")
    args = parser.parse_args(argv)
    problem = missing(args.dist)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    f = measure(2 if args.quick else args.runs, 10 if args.quick else 40, args.dist)
    print(f"bare PyScript + Pyodide 'ready': median {f['bare_ready_ms']:.0f} ms", end=" ")
    print(f["bare_ready_runs_ms"])
    print(f"page first lint result:        median {f['page_first_lint_ms']:.0f} ms", end=" ")
    print(f["page_first_lint_runs_ms"])
    print(f"navigation ratio: {f['navigation_ratio']:.2f}x (goal <= 1.2x)")
    print(f"PyScript + pydantic 'ready':    median {f['floor_ready_ms']:.0f} ms", end=" ")
    print(f["floor_ready_runs_ms"])
    print(f"the pydantic floor / bare: {f['floor_ratio']:.2f}x; page / floor:", end=" ")
    print(f"{f['page_over_floor']:.2f}x")
    if "stock_ready_ms" in f:
        print(f"bare page, stock stdlib 'ready': median {f['stock_ready_ms']:.0f} ms", end=" ")
        print(f"{f['stock_ready_runs_ms']}; page / it: {f['navigation_ratio_stock']:.2f}x")
    print(
        f"re-lint per keystroke, 2,600-char About: median {f['keystroke_median_ms']:.1f} ms"
        f" (Python {f['keystroke_python_median_ms']:.1f} ms, p90"
        f" {f['keystroke_p90_ms']:.1f} ms, {f['keystroke_lints']:.0f} lints; goal < 16 ms)"
    )
    print(
        "with the next frame's style, layout and paint: median"
        f" {f['keystroke_paint_median_ms']:.1f} ms"
    )
    if args.json:
        print(json.dumps(f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
