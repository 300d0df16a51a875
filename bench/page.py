"""Section 6: the browser page, through ``bench/browser.py`` (the page engineer's measurement).

``bench/browser.py`` drives headless Chromium: navigation-to-first-lint over a bare PyScript +
Pyodide "ready" page from the same server, and the median re-lint time per keystroke with a
2,600-character About. It is run as a subprocess (``--json`` when its ``--help`` offers it) and its
figures are read from the last JSON object it prints, else from its text. When the script or
``web/dist/`` is missing, the rows say so instead of showing a number.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

from timing import ROOT, Row, met

SECTION = "6 browser"
SCRIPT = ROOT / "bench" / "browser.py"
NAV_GOAL, KEY_GOAL = "<= 1.3x", "< 16 ms"


def _json(stdout: str) -> dict[str, Any] | None:
    for line in reversed(stdout.strip().splitlines()):
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if isinstance(data, dict):
                return data
    return None


def _find(data: dict[str, Any], *words: str) -> float | None:
    """The first numeric value whose (flattened) key holds all ``words``."""
    stack: list[tuple[str, Any]] = list(data.items())
    while stack:
        key, value = stack.pop(0)
        if isinstance(value, dict):
            stack += [(f"{key}.{k}", v) for k, v in value.items()]
        elif isinstance(value, int | float) and all(w in key.lower() for w in words):
            return float(value)
    return None


def _from_text(stdout: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    ratio = re.search(r"ratio\D{0,40}?([\d.]+)\s*x?", stdout, re.I)
    key = re.search(r"(?:keystroke|re-?lint)[^\n]*?([\d.]+)\s*ms", stdout, re.I)
    if ratio:
        out["navigation_ratio"] = float(ratio.group(1))
    if key:
        out["keystroke_median_ms"] = float(key.group(1))
    return out


def section_browser(quick: bool) -> list[Row]:
    def missing(reason: str) -> list[Row]:
        return [
            Row(
                SECTION,
                "navigation to first lint / bare PyScript page",
                "-",
                NAV_GOAL,
                "not measured",
                reason,
            ),
            Row(
                SECTION,
                "median re-lint per keystroke, 2,600-char About",
                "-",
                KEY_GOAL,
                "not measured",
                reason,
            ),
        ]

    if not SCRIPT.exists():
        return missing("bench/browser.py does not exist yet (the page engineer writes it)")
    if not (ROOT / "web" / "dist" / "index.html").exists():
        return missing("web/dist/ is not built (make web)")
    helptext = subprocess.run(
        [sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    cmd = [sys.executable, str(SCRIPT)]
    cmd += [
        flag for flag in ("--json", "--quick") if flag in helptext and (quick or flag != "--quick")
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=900)
    except subprocess.TimeoutExpired:
        return missing("bench/browser.py did not finish within 15 minutes")
    data = _json(proc.stdout) or _from_text(proc.stdout)
    nav = _find(data, "ratio")
    key = _find(data, "keystroke") or _find(data, "relint") or _find(data, "re_lint")
    if nav is None and key is None:
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-3:]
        return missing(f"no figures in bench/browser.py's output (exit {proc.returncode}): {tail}")
    rows = []
    label = " ".join(cmd[1:]).replace(str(ROOT) + "/", "")
    if nav is None:
        rows.append(missing("bench/browser.py gave no navigation ratio")[0])
    else:
        rows.append(
            Row(
                SECTION,
                "navigation to first lint / bare PyScript page",
                f"{nav:.2f}x",
                NAV_GOAL,
                met(nav <= 1.3),
                f"from {label}",
            )
        )
    if key is None:
        rows.append(missing("bench/browser.py gave no re-lint time")[1])
    else:
        rows.append(
            Row(
                SECTION,
                "median re-lint per keystroke, 2,600-char About",
                f"{key:.1f} ms",
                KEY_GOAL,
                met(key < 16),
                f"from {label}",
            )
        )
    return rows
