"""The engine compiled with mypyc, measured against pure Python, side by side (issue 11).

    .venv/bin/python -m bench.compiled                      # build, then 4 rounds of timing
    .venv/bin/python -m bench.compiled --instructions       # also count instructions (valgrind)
    .venv/bin/python -m bench.compiled --check /tmp/d.jsonl # also compare output byte for byte

The hot modules are compiled into a scratch copy of ``linter/`` (``mypyc``, from the mypy wheel,
and a C compiler), never into the checkout: the shipped engine stays pure Python. Each round runs
one child process per build, the order alternating, each timing ``lint()`` and ``suggest()`` of
the generated profiles as ``make bench`` does (per-profile medians of 3 passes after a warm-up).
The dump for ``--check`` is written on pure Python first (``python -m bench.same_output --save``).
Not part of ``make bench``: building takes a minute or two. The figures and the decision are in
docs/performance.md, "Compiled with mypyc: measured, not kept".
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.timing import BIN, ROOT

# What mypyc compiles and keeps byte-identical output with (modules of linter/).
COMPILED = (
    *(f"evidence/{m}.py" for m in ("__init__", "agents", "assess", "blocks", "clauses")),
    *(f"evidence/{m}.py" for m in ("compile", "reading", "voice")),
    *(f"{m}.py" for m in ("text", "matcher", "score", "signals", "suggest_parts", "suggestions")),
    *(f"{m}.py" for m in ("about", "engine", "market", "context", "impact", "edits", "fixes")),
    "keys.py",
    "decisions.py",
)
# What it does not, and why (mypyc of mypy 2.4.1, pydantic 2.14; see docs/performance.md).
NOT_COMPILED = {
    "kinds/*.py, evidence/schema.py, evidence/report.py, rule.py": "pydantic models: mypyc checks "
    "a class attribute's default against its type at import (`x: tuple[str, ...] = Field(...)` "
    "fails), compiled methods are objects pydantic takes for fields, and the `kind` Literal is "
    "erased, which breaks the discriminated union of rules",
    "kinds/__init__.py": "an `if TYPE_CHECKING: ... else:` branch mypyc treats as unreachable",
}
CHILD = """
import json, sys
import linter.engine
from bench import gen
from bench.engine import time_profiles
from bench.timing import median
from linter import lint, suggest
fn = {"lint": lint, "suggest": suggest}
if sys.argv[1] == "time":
    ps = gen.profiles(int(sys.argv[2]))
    out = {name: median(time_profiles(ps, 3, f)) for name, f in fn.items()}
    print(json.dumps({"engine": linter.engine.__file__, **out}))
else:  # "run K FN N": of 10 + N profiles (made in every run), FN on the first 10 + K
    k, f, n = int(sys.argv[2]), fn[sys.argv[3]], int(sys.argv[4])
    for p in gen.profiles(10 + n)[: 10 + k]:
        f(p)
"""


def build(dest: Path) -> None:
    """Copy ``linter/`` to ``dest`` and compile ``COMPILED`` there in place."""
    shutil.copytree(ROOT / "linter", dest / "linter", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):  # mypy's settings; setuptools reads both
        shutil.copy(ROOT / name, dest / name)
    mypyc = [str(BIN / "mypyc"), *(f"linter/{m}" for m in COMPILED)]
    subprocess.run(mypyc, cwd=dest, check=True, stdout=subprocess.DEVNULL)


def _env(path: Path | None) -> dict[str, str]:
    search = [str(path), str(ROOT)] if path else [str(ROOT)]
    return dict(os.environ, PYTHONPATH=os.pathsep.join(search), PYTHONHASHSEED="0")


def _child(path: Path | None, *args: str, prefix: tuple[str, ...] = ()) -> str:
    cmd = [*prefix, str(BIN / "python"), "-c", CHILD, *args]
    with tempfile.TemporaryDirectory() as cwd:  # nothing importable from the working directory
        done = subprocess.run(cmd, env=_env(path), cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stderr)
    return done.stdout + done.stderr


def time_builds(
    builds: dict[str, Path | None], rounds: int, n: int
) -> dict[str, list[dict[str, Any]]]:
    names = list(builds)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            row = json.loads(_child(builds[name], "time", str(n)).splitlines()[-1])
            if row["engine"].endswith(".py") != (builds[name] is None):
                sys.exit(f"{name}: the engine came from {row['engine']}")
            runs[name].append(row)
            print(
                f"round {r} {name}: lint {row['lint'] * 1e3:.3f} ms, suggest "
                f"{row['suggest'] * 1e3:.3f} ms ({Path(row['engine']).name})",
                flush=True,
            )
    return runs


def instructions(path: Path | None, fn: str, n: int = 50) -> float:
    """Instructions per call of ``fn`` (millions): N profiles after a warm-up, minus none."""
    grind = ("valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null")
    counts = []
    for k in (0, n):
        out = _child(path, "run", str(k), fn, str(n), prefix=grind)
        found = re.search(r"I\s+refs:\s+([\d,]+)", out)
        assert found, out
        counts.append(int(found.group(1).replace(",", "")))
    return (counts[1] - counts[0]) / n / 1e6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--profiles", type=int, default=400)
    parser.add_argument("--instructions", action="store_true", help="count with valgrind")
    parser.add_argument("--check", type=Path, help="a bench.same_output dump made on pure Python")
    args = parser.parse_args(argv)
    for modules, why in NOT_COMPILED.items():
        print(f"not compiled: {modules}: {why}")
    with tempfile.TemporaryDirectory(prefix="mypyc-") as tmp:
        build(Path(tmp))
        builds: dict[str, Path | None] = {"pure": None, "compiled": Path(tmp)}
        if args.check:
            check = [str(BIN / "python"), "-m", "bench.same_output", "--check", str(args.check)]
            subprocess.run(check, env=_env(Path(tmp)), cwd=tmp, check=True)
        runs = time_builds(builds, args.rounds, args.profiles)
        for fn in ("lint", "suggest"):
            med = {b: statistics.median(r[fn] for r in runs[b]) for b in builds}
            print(
                f"{fn}(): pure {med['pure'] * 1e3:.3f} ms, compiled "
                f"{med['compiled'] * 1e3:.3f} ms, {med['pure'] / med['compiled']:.2f}x "
                f"(medians of {args.rounds} rounds)"
            )
            if args.instructions:
                pure, comp = (instructions(builds[b], fn) for b in builds)
                print(
                    f"  instructions: pure {pure:.2f} M, compiled {comp:.2f} M, {pure / comp:.2f}x"
                )


if __name__ == "__main__":
    main()
