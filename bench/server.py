"""Section 5: the API under load, through ``bench.api_load`` (the API's load tool).

Its server start-up (``headline-lint serve`` under gunicorn, on a free 127.0.0.1 port), its
request body (a ~2,600-character profile) and its load generators (wrk, or its own Python one)
are used as they are; this module adds the 16- and 64-connection runs, the order alternating
between the no-op endpoint and ``/v1/lint`` (ABBA), and the workers' resident memory before and
after the load.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from bench import api_load
from bench.api_load import Result
from bench.timing import Row, met
from tests.support import servers

SECTION = "5 API"
NOOP = ("GET", "/healthz")
LINT = ("POST", "/v1/lint")


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
        return [int(c) for c in text.split()]
    except OSError:
        kids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(stat.parent.name))
        return kids


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def workers_rss(pid: int) -> dict[int, float]:
    return {child: _rss_mib(child) for child in sorted(_children(pid))}


def section_api(seconds: int, connections: tuple[int, ...], workers: int = 2) -> list[Row]:
    tool = "wrk" if shutil.which("wrk") else "python"
    run: Callable[[str, str, bytes, int, int], Result] = (
        api_load.run_wrk if tool == "wrk" else api_load.run_python
    )
    body = api_load.profile_body()
    server = api_load.start_server(workers)
    url, pid = server.url, server.process.pid
    rows: list[Row] = []
    try:
        for method, path in (NOOP, LINT):  # warm-up: every worker has compiled its rules
            run(f"{url}{path}", method, body, 2, max(connections))
        before = workers_rss(pid)
        for i, conns in enumerate(connections):
            order = (NOOP, LINT) if i % 2 == 0 else (LINT, NOOP)
            res = {path: run(f"{url}{path}", m, body, seconds, conns) for m, path in order}
            noop, lint = res[NOOP[1]], res[LINT[1]]
            ratio = lint.rps / noop.rps if noop.rps else 0.0
            bad = lint.non_2xx + lint.errors + noop.non_2xx + noop.errors
            rows += [
                Row(
                    SECTION,
                    f"{conns} connections: /v1/lint / no-op throughput",
                    f"{ratio:.2f} ({lint.rps:,.0f} / {noop.rps:,.0f} req/s)",
                    ">= 0.75",
                    met(ratio >= 0.75),
                    f"{tool}, {seconds} s each, {workers} sync workers",
                ),
                Row(
                    SECTION,
                    f"{conns} connections: /v1/lint p50 / p99",
                    f"{lint.p50_ms:.1f} / {lint.p99_ms:.1f} ms",
                    note=f"no-op: {noop.p50_ms:.1f} / {noop.p99_ms:.1f} ms",
                ),
                Row(
                    SECTION,
                    f"{conns} connections: non-2xx responses and socket errors",
                    str(bad),
                    "0",
                    met(bad == 0),
                    f"lint {lint.non_2xx}+{lint.errors}, no-op {noop.non_2xx}+{noop.errors}",
                ),
            ]
        after = workers_rss(pid)
    finally:
        servers.stop(server)
    growth = max((after[w] - before[w] for w in before if w in after), default=float("nan"))
    same = set(before) == set(after)
    fmt = ", ".join(f"{before[w]:.1f}->{after.get(w, float('nan')):.1f}" for w in before)
    rows.append(
        Row(
            SECTION,
            "workers' resident memory before -> after load (MiB)",
            fmt,
            "no growth beyond noise (<= 2 MiB)",
            met(same and growth <= 2.0),
            "after warm-up vs after all runs"
            + ("" if same else f"; workers changed: {sorted(before)} -> {sorted(after)}"),
        )
    )
    return rows
