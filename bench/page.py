"""Section 6: the browser page, measured by ``bench.browser.measure`` (headless Chromium).

Navigation-to-first-lint over a bare PyScript + Pyodide "ready" page from the same server, and
the median re-lint time per keystroke with a 2,600-character About. When ``web/dist/`` or
Chromium is missing, the rows say so instead of showing a number.
"""

from __future__ import annotations

from bench import browser
from bench.timing import Row, met

SECTION = "6 browser"
NAV, NAV_GOAL = "navigation to first lint / bare PyScript page", "<= 1.3x"
KEY, KEY_GOAL = "median re-lint per keystroke, 2,600-char About", "< 16 ms"


def section_browser(quick: bool) -> list[Row]:
    problem = browser.missing()
    if problem is not None:
        return [
            Row(SECTION, NAV, "-", NAV_GOAL, "not measured", problem),
            Row(SECTION, KEY, "-", KEY_GOAL, "not measured", problem),
        ]
    runs, keys = (2, 10) if quick else (5, 40)
    figures = browser.measure(runs, keys)
    nav, key = float(figures["navigation_ratio"]), float(figures["keystroke_median_ms"])
    how = f"bench.browser.measure: {runs} loads of each page, {keys} keystrokes"
    return [
        Row(SECTION, NAV, f"{nav:.2f}x", NAV_GOAL, met(nav <= 1.3), how),
        Row(SECTION, KEY, f"{key:.1f} ms", KEY_GOAL, met(key < 16), how),
    ]
