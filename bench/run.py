"""``make bench``: every section of the benchmark issue, one table, written to docs/performance.md.

    .venv/bin/python -m bench.run [--quick] [--only engine,scaling,peers,batch,api,browser,dist]
                                   [--out docs/performance.md]

The full run takes a few minutes; ``--quick`` is a smoke run of about a minute (fewer profiles,
fewer rounds, 2-second loads) that prints the table without touching docs/performance.md unless
``--out`` is given. A section that cannot run gives a "not measured" row with its reason.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench import batch, dist, engine, gen, page, peers, server
from bench.timing import ROOT, Row, load_average, machine, not_measured

BEGIN = "<!-- bench:begin: written by `make bench` (bench/run.py); edit outside the markers -->"
END = "<!-- bench:end -->"
SECTIONS = ("engine", "scaling", "peers", "batch", "api", "browser", "dist")


@dataclass(frozen=True)
class Sizes:
    profiles: int
    text_rounds: int
    process_rounds: int
    batch_profiles: int
    batch_rounds: int
    api_seconds: int
    dist_profiles: int


FULL = Sizes(1000, 5, 30, 4000, 3, 10, 20_000)
QUICK = Sizes(150, 2, 5, 500, 1, 2, 1000)


def plan(sizes: Sizes, quick: bool) -> dict[str, Callable[[], list[Row]]]:
    profiles = gen.profiles(sizes.profiles)
    return {
        "engine": lambda: engine.section_engine(profiles, sizes.text_rounds),
        "scaling": lambda: engine.section_scaling_rules(profiles),
        "peers": lambda: [
            *peers.section_in_process(profiles),
            *peers.section_whole_process(sizes.process_rounds),
        ],
        "batch": lambda: batch.section_batch(sizes.batch_profiles, sizes.batch_rounds),
        "api": lambda: server.section_api(sizes.api_seconds, (16, 64)),
        "browser": lambda: page.section_browser(quick),
        "dist": lambda: dist.section_dist(sizes.dist_profiles),
    }


def table(rows: list[Row]) -> str:
    head = ("section", "figure", "measured", "goal", "status", "how / why")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        status = r.status.upper() if r.status in ("not met", "not measured") else r.status
        cells = (r.section, r.name, r.figure, r.goal, status, r.note)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def report(rows: list[Row], info: dict[str, str], quick: bool) -> str:
    missing = [r for r in rows if r.status == "not measured"]
    missed = [r for r in rows if r.status == "not met"]
    parts = [
        f"Measured {info['date']} on a shared machine while other work ran on it "
        "(figures that count are the ratios, each measured side by side in this one run)"
        + (" - a `--quick` smoke run, not the full one." if quick else "."),
        "",
        *(f"- **{k}**: {v}" for k, v in info.items() if k != "date"),
        "",
        table(rows),
        "",
        f"Goals met: {sum(r.status == 'met' for r in rows)}; not met: {len(missed)}; "
        f"not measured: {len(missing)}.",
    ]
    if missing:
        parts += ["", "Not measured:", *(f"- {r.name}: {r.note}" for r in missing)]
    return "\n".join(parts)


METHOD = """
## How it is measured

- Profiles are generated with a seeded RNG (`bench/gen.py`): headlines of ~120 characters and About
  texts of ~2,500, mixing legacy titles, research-only phrases, buzzwords, deployment and
  customer evidence, credentials, styled letters and emoji with plain words, per "persona".
- Engine times exclude rule compilation (one warm-up pass first); the 10x-rules pack is generated
  into a temporary directory (`bench/engine.py`, codes HL901...) and loaded through
  `Config(extra_packs=...)`.
- Every ratio compares two things measured alternately in the same run (order rotated each round)
  and divides medians. Whole-process timings use an interleaved loop rather than hyperfine, which
  runs each command's repetitions in one block.
- The API section drives `bench/api_load.py` (wrk when installed, else its Python generator);
  the browser section calls `bench/browser.py`'s `measure()` (headless Chromium).

## Before and after

(Engine, start-up and API changes made because of these figures: what each figure was before and
after, and the commit.)
"""


def write(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    marked = f"{BEGIN}\n{block}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + marked + rest.split(END, 1)[1]
    else:
        text = f"# Performance\n\n{marked}\n{METHOD}"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="smoke run: about a minute")
    p.add_argument("--only", help=f"comma-separated sections ({', '.join(SECTIONS)})")
    p.add_argument("--out", type=Path, help="markdown file (default: docs/performance.md)")
    args = p.parse_args(argv)
    only = args.only.split(",") if args.only else list(SECTIONS)
    unknown = set(only) - set(SECTIONS)
    if unknown:
        p.error(f"unknown sections: {sorted(unknown)}")
    sizes = QUICK if args.quick else FULL
    info = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), **machine()}
    info["load average at start"] = load_average()
    rows: list[Row] = []
    started = time.perf_counter()
    for name, section in plan(sizes, args.quick).items():
        if name not in only:
            continue
        print(f"bench: {name}...", file=sys.stderr, flush=True)
        try:
            rows += section()
        except Exception as exc:  # one broken section must not hide the others
            traceback.print_exc()
            rows.append(not_measured(name, name, f"{type(exc).__name__}: {exc}"))
    info["load average at end"] = load_average()
    info["run time"] = f"{time.perf_counter() - started:.0f} s"
    text = report(rows, info, args.quick)
    print(text)
    out = args.out or (None if args.quick or args.only else ROOT / "docs" / "performance.md")
    if out is not None:
        write(out, text)
        print(f"\nwritten to {out}", file=sys.stderr)
    else:
        print("\n(partial or quick run: docs/performance.md not updated)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
