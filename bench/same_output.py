"""Whether a change to the engine keeps every byte of its output: dump ``lint()`` and ``suggest()``
of many profiles, under several targets and configurations, and compare with a saved dump.

    .venv/bin/python -m bench.same_output --save /tmp/before.jsonl   # on the code before
    .venv/bin/python -m bench.same_output --check /tmp/before.jsonl  # after: byte-identical?

The profiles: the generated ones (``bench.gen``), and, when ``../shared/data/`` is present, the
real ones of ``real-dev/`` (summaries and headlines), ``calibration-dev.jsonl`` and
``honesty-dev.jsonl``. They are linted in one process, in an order that revisits Abouts (A, B,
A), so a cache keyed wrongly shows as a difference. The dump holds personal data: keep it out of
the repository (``/tmp``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from bench import gen
from linter import Config, Profile, lint, suggest
from linter.ruleset import load_ruleset

# ``shared/data`` beside the checkout (a worktree may stand one level deeper than the main one)
_FOUND = [p / "shared" / "data" for p in Path(__file__).resolve().parents[1:4]]
SHARED = next((p for p in _FOUND if p.is_dir()), _FOUND[0])


def _jsonl(path: Path) -> Iterator[Profile]:
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if not isinstance(row, dict) or not ("headline" in row or "summary" in row):
            continue
        yield Profile(
            headline=row.get("headline") or "",
            summary=row.get("summary") or "",
            target=row.get("target"),
        )


def _lines(path: Path) -> Iterator[Profile]:
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield Profile(headline=line)


def profiles(shared: Path = SHARED) -> dict[str, list[Profile]]:
    data = shared / "real-dev"
    sets = {
        "gen": gen.profiles(400),
        "summaries": list(_jsonl(data / "summaries.jsonl")),
        "calibration": list(_jsonl(shared / "calibration-dev.jsonl")),
        "honesty": list(_jsonl(shared / "honesty-dev.jsonl")),
        "headlines": [
            p
            for name in ("headlines", "legacy_positive", "ml_area_negative", "nontech_negative")
            for p in _lines(data / f"{name}.txt")
        ],
    }
    return {k: v for k, v in sets.items() if v}


def runs(shared: Path) -> Iterator[tuple[str, Profile, Config]]:
    """(label, profile, config) in the order they are linted."""
    sets = profiles(shared)
    default = Config()
    targets = sorted(load_ruleset().targets)
    for name, items in sets.items():
        for i, p in enumerate(items):
            yield f"{name}:{i}", p, default
            if i % 7 == 3 and i >= 3:  # back to an About seen three profiles ago: A, B, C, A
                yield f"{name}:{i - 3}:again", items[i - 3], default
    # every target, and configurations that change the compiled rules, on a sample of each set
    configs = {
        "fold40": Config(fold=40),
        "no-hygiene": Config(ignore=("HL2",)),
        "errors": Config(severity={"HL1": "error"}),
    }
    for name, items in sets.items():
        sample = items[:: max(1, len(items) // 60)]
        for target in targets:
            for i, p in enumerate(sample):
                yield f"{name}:{i}@{target}", p.model_copy(update={"target": target}), default
        for label, config in configs.items():
            for i, p in enumerate(sample):
                yield f"{name}:{i}#{label}", p, config
                yield f"{name}:{i}#default", p, default  # the same profile, another config


def dump(shared: Path) -> Iterator[str]:
    for label, p, config in runs(shared):
        yield f"{label}\tlint\t{lint(p, config).model_dump_json()}"
        yield f"{label}\tsuggest\t{suggest(p, config).model_dump_json()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the dump here")
    group.add_argument("--check", type=Path, help="compare with this dump")
    parser.add_argument("--data", type=Path, default=SHARED, help="the shared data folder")
    args = parser.parse_args()
    lines = list(dump(args.data))
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} outputs written to {args.save}")
        return 0
    saved = args.check.read_text(encoding="utf-8").splitlines()
    differ = [i for i, (a, b) in enumerate(zip(saved, lines, strict=False)) if a != b]
    if len(saved) != len(lines):
        print(f"{len(lines)} outputs, {len(saved)} saved")
    for i in differ[:5]:
        print(f"differs: {saved[i][:200]}\n   now: {lines[i][:200]}")
    ok = not differ and len(saved) == len(lines)
    print(f"{len(lines)} outputs: {'identical' if ok else f'{len(differ)} differ'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
