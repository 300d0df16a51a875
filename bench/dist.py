"""Section 7: ``headline-lint batch`` on each engine, the same generated profiles, one run.

The whole command is timed for ``--jobs 1``, ``--jobs 2``, ``--engine dask`` (a LocalCluster of
two worker processes, started by the command) and ``--engine spark`` (``local[2]``, its own JVM),
each on the same JSONL file, one after the other in this one run. Each engine's start-up cost
is the same command on a one-profile file; the steady rate is the profiles over the time left
once that cost is taken out. Every output is checked against ``--jobs 1``, byte for byte.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from bench import gen
from bench.timing import BIN, Row, not_measured

ENGINES = {
    "`batch --jobs 1`": ("--jobs", "1"),
    "`batch --jobs 2`": ("--jobs", "2"),
    "`batch --engine dask` (LocalCluster, 2 workers)": ("--engine", "dask", "--jobs", "2"),
    "`batch --engine spark` (local[2])": ("--engine", "spark", "--master", "local[2]"),
}


def _run(cli: Path, data: Path, out: Path, flags: tuple[str, ...]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(
        [str(cli), "batch", str(data), "--out", str(out), *flags], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(
            f"batch {' '.join(flags)} exited {proc.returncode}: {proc.stderr[-400:]}"
        )
    return elapsed


def section_dist(count: int) -> list[Row]:
    cli = BIN / "headline-lint"
    if not cli.exists():
        return [not_measured("7 engines", "batch on each engine", f"no {cli}")]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-dist-") as tmp:
        data, tiny = Path(tmp) / "profiles.jsonl", Path(tmp) / "one.jsonl"
        gen.write_jsonl(data, count)
        gen.write_jsonl(tiny, 1)
        whole: dict[str, float] = {}
        start: dict[str, float] = {}
        reference: bytes | None = None
        for name, flags in ENGINES.items():
            out = Path(tmp) / "out.jsonl"
            try:
                start[name] = _run(cli, tiny, out, flags)
                whole[name] = _run(cli, data, out, flags)
            except (RuntimeError, OSError) as exc:
                rows.append(not_measured("7 engines", name, str(exc)))
                continue
            result = out.read_bytes()
            reference = reference or result
            if result != reference:
                rows.append(not_measured("7 engines", name, "output differs from --jobs 1"))
                whole.pop(name)
    for i, (name, seconds) in enumerate(whole.items()):
        steady = seconds - start[name]
        rate = f"{count / seconds:,.0f} profiles/s"
        note = (
            f"whole command {seconds:.1f} s; start-up {start[name]:.1f} s (1 profile); "
            f"without it {count / steady:,.0f} profiles/s"
            if steady > 0
            else f"whole command {seconds:.1f} s; start-up {start[name]:.1f} s"
        )
        if i == 0:
            note += f"; {count:,} generated profiles (bench/gen.py), output identical to --jobs 1"
        rows.append(Row("7 engines", name, rate, note=note))
    return rows
