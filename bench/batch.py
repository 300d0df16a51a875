"""Section 4: ``headline-lint batch`` throughput with one and with two worker processes.

The whole command is timed (start-up included) on a generated JSONL file of a few thousand
profiles; the two job counts alternate round after round and profiles per second come from the
median wall time. The output is checked: one result per input line, none an error.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
from pathlib import Path

from bench import gen
from bench.timing import BIN, Row, median


def _run(cli: Path, data: Path, out: Path, jobs: int) -> float:
    started = time.perf_counter()
    proc = subprocess.run(
        [str(cli), "batch", str(data), "--out", str(out), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"batch --jobs {jobs} exited {proc.returncode}: {proc.stderr[-500:]}")
    return elapsed


def _check(out: Path, count: int) -> str | None:
    lines = out.read_text(encoding="utf-8").splitlines()
    if len(lines) != count:
        return f"{len(lines)} results for {count} profiles"
    errors = sum(1 for line in lines if "error" in json.loads(line))
    return f"{errors} rows reported an error" if errors else None


def section_batch(count: int, rounds: int) -> list[Row]:
    cli = BIN / "headline-lint"
    if not cli.exists():
        return [Row("4 batch", "headline-lint batch", "-", "-", "not measured", f"no {cli}")]
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        data, out = Path(tmp) / "profiles.jsonl", Path(tmp) / "out.jsonl"
        gen.write_jsonl(data, count)
        times: dict[int, list[float]] = {1: [], 2: []}
        try:
            for r in range(rounds):
                for jobs in (1, 2) if r % 2 == 0 else (2, 1):
                    times[jobs].append(_run(cli, data, out, jobs))
                    problem = _check(out, count)
                    if problem:
                        raise RuntimeError(f"batch --jobs {jobs}: {problem}")
        except (RuntimeError, OSError) as exc:
            return [Row("4 batch", "headline-lint batch", "-", "-", "not measured", str(exc))]
    rate = {jobs: count / median(t) for jobs, t in times.items()}
    note = f"{count} profiles, whole command, medians of {rounds} alternating runs"
    return [
        Row("4 batch", "`headline-lint batch --jobs 1`", f"{rate[1]:,.0f} profiles/s", note=note),
        Row("4 batch", "`headline-lint batch --jobs 2`", f"{rate[2]:,.0f} profiles/s"),
        Row(
            "4 batch",
            "batch scaling, 2 processes / 1",
            f"{rate[2] / rate[1]:.2f}x",
            "- (2.0x ideal on 2 cores)",
            "info",
            "no numeric goal in the issue; the cores are shared with other users",
        ),
    ]
