"""Section 6: the browser page, measured by ``bench.browser`` and ``bench.visits`` (Chromium).

Navigation-to-first-lint over a bare PyScript + Pyodide "ready" page from the same server; a
repeat visit's first lint over the first visit's, in one browser profile (the service worker
and the HTTP cache kept between the two); the first visit's start-up step by step (the page's
own performance marks); and the median re-lint time per keystroke with a 2,600-character About.
When ``web/dist/`` or Chromium is missing, the rows say so instead of showing a number.
"""

from __future__ import annotations

from bench import browser, visits
from bench.timing import Row, met

SECTION = "6 browser"
NAV, NAV_GOAL = "navigation to first lint / bare PyScript page", "<= 1.2x"
REPEAT, REPEAT_GOAL = "repeat visit's first lint / first visit's", "<= 0.75x"
CPU = "renderer CPU to the first lint, repeat / first visit"
STEPS = "first visit's start-up, ms from navigation (+ step)"
KEY, KEY_GOAL = "median re-lint per keystroke, 2,600-char About", "< 16 ms"
PAINT = "the same, with the next frame's style, layout and paint"
STOCK = "the same navigation ratio, the bare page on npm's stock stdlib (no bytecode)"


def section_browser(quick: bool) -> list[Row]:
    problem = browser.missing()
    if problem is not None:
        return [
            Row(SECTION, name, "-", goal, "not measured", problem)
            for name, goal in ((NAV, NAV_GOAL), (REPEAT, REPEAT_GOAL), (KEY, KEY_GOAL))
        ]
    runs, keys, profiles = (2, 10, 1) if quick else (5, 40, 3)
    figures = browser.measure(runs, keys)
    nav, key = float(figures["navigation_ratio"]), float(figures["keystroke_median_ms"])
    how = f"bench.browser.measure: {runs} loads of each page, {keys} keystrokes"
    seen = visits.measure(profiles)
    repeat, cpu = float(seen["repeat_ratio"]), float(seen["repeat_cpu_ratio"])
    outside = int(seen["repeat_not_from_worker_max"])
    how_visits = f"bench.visits: {profiles} fresh profiles, two visits each; medians"
    return [
        Row(SECTION, NAV, f"{nav:.2f}x", NAV_GOAL, met(nav <= 1.2), how),
        *(
            [
                Row(
                    SECTION,
                    STOCK,
                    f"{float(figures['navigation_ratio_stock']):.2f}x",
                    "-",
                    "info",
                    how,
                )
            ]
            if "navigation_ratio_stock" in figures
            else []
        ),
        Row(
            SECTION,
            REPEAT,
            f"{repeat:.2f}x",
            REPEAT_GOAL,
            met(repeat <= 0.75),
            f"{how_visits}; responses not from the service worker: {outside}",
        ),
        Row(SECTION, CPU, f"{cpu:.2f}x", "-", "info", "CDP Performance.getMetrics ProcessTime"),
        Row(SECTION, STEPS, visits.steps(seen["first"]), "-", "info", how_visits),
        Row(SECTION, KEY, f"{key:.1f} ms", KEY_GOAL, met(key < 16), how),
        Row(
            SECTION,
            PAINT,
            f"{float(figures['keystroke_paint_median_ms']):.1f} ms",
            "-",
            "info",
            "window.__headlineLinter.paintTimes (?test=1)",
        ),
    ]
