"""Evaluate the rules on real LinkedIn text, when ``../shared/data/real-dev/`` is present.

Prints aggregate figures only (never the texts: they are personal data): exceptions, how often
each rule fires, legacy-title recall on the legacy positives, its false-positive rate on the
ML-area negatives, the firing rate of the ML-specific rules on non-tech headlines, the score
against the ratings, ``suggest()`` on every headline + About pair (``bench.suggested``), and
the honesty probes.

    python -m bench.evaluate [DATA_DIR] [--show-misses]

``--show-misses`` prints the misclassified lines to the terminal for local debugging; never
paste its output into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bench import honesty, ratings, suggested
from linter import Profile, lint

ML_SPECIFIC = (
    "legacy-title",
    "research-framing",
    "unsupported-title",
    "forward-deployed-title",
    "missing-market-keywords",
    "headline-without-focus",
    "research-led-about",
)
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-dev"
CALIBRATION = DEFAULT.parent / "calibration-dev.jsonl"


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rules(profile: Profile, errors: list[str]) -> set[str]:
    try:
        return {d.rule for d in lint(profile).diagnostics}
    except Exception as exc:  # the point is to count them: lint must never raise
        errors.append(f"{type(exc).__name__}: {exc}")
        return set()


def _rate(hits: int, total: int) -> str:
    return f"{hits}/{total} ({hits / total:.1%})" if total else "0/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not data.is_dir():
        print(f"no data at {data}: nothing to evaluate", file=sys.stderr)
        return 2
    errors: list[str] = []
    fired: Counter[str] = Counter()
    headlines = _lines(data / "headlines.txt")
    for line in headlines:
        fired.update(_rules(Profile(headline=line), errors))
    summaries = [json.loads(line) for line in _lines(data / "summaries.jsonl")]
    summary_fired: Counter[str] = Counter()
    for row in summaries:
        p = Profile(headline=row.get("headline") or "", summary=row.get("summary") or "")
        summary_fired.update(_rules(p, errors))

    positives = _lines(data / "legacy_positive.txt")
    caught = [h for h in positives if "legacy-title" in _rules(Profile(headline=h), errors)]
    negatives = _lines(data / "ml_area_negative.txt")
    false_pos = [h for h in negatives if "legacy-title" in _rules(Profile(headline=h), errors)]
    nontech = _lines(data / "nontech_negative.txt")
    nontech_hits = [h for h in nontech if _rules(Profile(headline=h), errors) & set(ML_SPECIFIC)]

    print(f"exceptions: {len(errors)}")
    for err in errors[:5]:
        print(f"  {err}")
    print(f"\nheadlines.txt ({len(headlines)} headlines alone): findings per rule")
    for rule, n in fired.most_common():
        print(f"  {rule:24} {_rate(n, len(headlines))}")
    print(f"\nsummaries.jsonl ({len(summaries)} headline + About pairs): findings per rule")
    for rule, n in summary_fired.most_common():
        print(f"  {rule:24} {_rate(n, len(summaries))}")
    print(f"\nlegacy-title recall on legacy_positive.txt: {_rate(len(caught), len(positives))}")
    print(
        f"legacy-title false positives on ml_area_negative.txt: "
        f"{_rate(len(false_pos), len(negatives))}"
    )
    print(f"ML-specific rules on nontech_negative.txt: {_rate(len(nontech_hits), len(nontech))}")
    print("\n".join(ratings.report(data, data.parent / CALIBRATION.name)))
    pairs = [
        Profile(headline=r.get("headline") or "", summary=r.get("summary") or "") for r in summaries
    ]
    offered = suggested.evaluate(pairs)
    errors.extend(offered.errors)
    print("\n" + "\n".join(suggested.report(offered, "summaries.jsonl")))
    for probes in (honesty.HONESTY, honesty.OWN):
        if not probes.is_file():
            continue
        tallies = honesty.evaluate(honesty.load(probes))
        print("\n" + "\n".join(honesty.report(tallies, probes.name)))
        if args.show_misses:
            for key, tally in tallies.items():
                for ident in tally.inflated + tally.timid:
                    print(f"[honesty {key}] {ident}")
    if args.show_misses:
        missed = [h for h in positives if h not in caught]
        for label, rows in (
            ("missed", missed),
            ("false positive", false_pos),
            ("non-tech hit", nontech_hits),
        ):
            for row in rows:
                print(f"[{label}] {row}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
