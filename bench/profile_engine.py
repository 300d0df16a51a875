"""Where the time goes: pyinstrument over ``lint()`` and ``-X importtime`` over the CLI's start-up.

    .venv/bin/python -m bench.profile_engine [--profiles 1000] [--big]   # lint(), per call tree
    .venv/bin/python -m bench.profile_engine --startup                  # imports of `check`

``--big`` profiles one lint of a 1 MB About text instead of the generated profiles.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import gen
from bench.timing import BIN
from linter import Profile, lint


def profile_lint(count: int, big: bool) -> None:
    from pyinstrument import Profiler

    profiles = [Profile(summary=gen.long_text(1_000_000))] if big else gen.profiles(count)
    for p in profiles[:50]:
        lint(p)  # compile the rules outside the profile
    profiler = Profiler(interval=0.0002)
    with profiler:
        for p in profiles:
            lint(p)
    print(profiler.output_text(unicode=True, color=sys.stdout.isatty()))


def startup() -> None:
    """Cumulative import time of each top-level package imported by `headline-lint check`."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profile.md"
        path.write_text(gen.markdown(gen.profiles(1)[0]), encoding="utf-8")
        code = (
            "import sys; from linter.cli.main import main; "
            f"sys.exit(main(['check', {str(path)!r}]))"
        )
        err = subprocess.run(
            [str(BIN / "python"), "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
        ).stderr
    totals: dict[str, int] = {}
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(3)) == 1:  # top level imports only: their cumulative time
            totals[m.group(4)] = totals.get(m.group(4), 0) + int(m.group(2))
    for name, micros in sorted(totals.items(), key=lambda kv: -kv[1])[:20]:
        print(f"{micros / 1000:8.1f} ms  {name}")
    print(f"{sum(totals.values()) / 1000:8.1f} ms  in all (top-level imports, cumulative)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--profiles", type=int, default=1000)
    p.add_argument("--big", action="store_true", help="one 1 MB About text")
    p.add_argument("--startup", action="store_true", help="import times of `check` instead")
    args = p.parse_args()
    if args.startup:
        startup()
    else:
        profile_lint(args.profiles, args.big)


if __name__ == "__main__":
    main()
