"""Does the score rank profiles as a reviewer would, and do the rules find what the reviewer
tagged? Aggregate figures only: the real profiles are personal data.

- Spearman's rank correlation of the score with ``real-dev/ratings.jsonl`` (one reviewer's 1-5
  ratings of 157 real profiles, by line of ``summaries.jsonl``) and with
  ``calibration-dev.jsonl`` (60 invented profiles, 12 per rating), with pairwise accuracy;
- the mean score per rating, so a flat or inverted level shows;
- per tag, the share of tagged profiles where the matching rules fire (recall), and how often
  they fire on the rated profiles without the tag;
- the share of all real profiles scoring 95 or more, and the empty profile's score.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from scipy.stats import spearmanr

from linter import Profile, Report, lint

# The reviewer's tags and the rules that state the same problem (a tag no rule matches, such
# as strong_systems_evidence, is measured by the score, not here).
TAG_RULES: dict[str, tuple[str, ...]] = {
    "legacy_title": ("legacy-title",),
    "no_role_title": ("no-role-title",),
    "research_framing": ("research-led-about", "research-framing"),
    "boilerplate_about": ("about-not-own-work",),
    "third_person_about": ("about-not-own-work",),
    "buzzwords": ("buzzword", "keyword-stuffing"),
    "unsupported_claim": ("unsupported-title",),
}


@dataclass(frozen=True)
class Rated:
    rating: int
    tags: tuple[str, ...]
    report: Report


def _profile(row: dict[str, str]) -> Profile:
    return Profile(headline=row.get("headline") or "", summary=row.get("summary") or "")


def load_real(data: Path) -> list[Rated]:
    rows = [json.loads(x) for x in (data / "summaries.jsonl").read_text("utf-8").splitlines()]
    out = []
    for line in (data / "ratings.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            report = lint(_profile(rows[r["line"] - 1]))
            out.append(Rated(r["rating"], tuple(r["tags"]), report))
    return out


def load_calibration(path: Path) -> list[Rated]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append(Rated(r["rating"], (), lint(_profile(r))))
    return out


def pairwise(rated: list[Rated]) -> float:
    """Share of pairs with different ratings that the score orders the same way (ties: 1/2)."""
    agree = total = 0.0
    for a, b in combinations(rated, 2):
        if a.rating == b.rating:
            continue
        total += 1
        d = (a.rating - b.rating) * (a.report.score - b.report.score)
        agree += 1.0 if d > 0 else 0.5 if d == 0 else 0.0
    return agree / total if total else 0.0


def correlation_lines(rated: list[Rated], name: str) -> list[str]:
    rho = spearmanr([r.report.score for r in rated], [r.rating for r in rated]).statistic
    by: dict[int, list[int]] = defaultdict(list)
    for r in rated:
        by[r.rating].append(r.report.score)
    means = "  ".join(f"{k}: {sum(v) / len(v):.0f} (n={len(v)})" for k, v in sorted(by.items()))
    return [
        f"{name}: Spearman {rho:.3f}, pairwise accuracy {pairwise(rated):.3f} ({len(rated)})",
        f"  mean score per rating  {means}",
    ]


def tag_lines(rated: list[Rated]) -> list[str]:
    lines = []
    for tag, rules in TAG_RULES.items():
        tagged = [r for r in rated if tag in r.tags]
        others = [r for r in rated if tag not in r.tags]

        def fires(r: Rated, rules: tuple[str, ...] = rules) -> bool:
            return any(d.rule in rules for d in r.report.diagnostics)

        hit = sum(fires(r) for r in tagged)
        fp = sum(fires(r) for r in others)
        lines.append(
            f"  {tag:28} recall {hit}/{len(tagged)}"
            f"{f' ({hit / len(tagged):.0%})' if tagged else ''}"
            f"  fires untagged {fp}/{len(others)} ({fp / len(others):.0%})  [{', '.join(rules)}]"
        )
    return lines


def high_scores(data: Path, threshold: int = 95) -> tuple[int, int]:
    rows = [json.loads(x) for x in (data / "summaries.jsonl").read_text("utf-8").splitlines()]
    high = sum(lint(_profile(r)).score >= threshold for r in rows if r)
    return high, len(rows)


def report(data: Path, calibration: Path) -> list[str]:
    lines = ["", "score against ratings"]
    real = load_real(data) if (data / "ratings.jsonl").is_file() else []
    if real:
        lines += correlation_lines(real, "ratings.jsonl")
    if calibration.is_file():
        lines += correlation_lines(load_calibration(calibration), calibration.name)
    high, total = high_scores(data)
    lines.append(f"real profiles scoring 95 or more: {high}/{total} ({high / total:.1%})")
    lines.append(f"an empty profile scores {lint(Profile()).score}")
    if real:
        lines += ["", "per-tag recall on ratings.jsonl (rules that state the tagged problem)"]
        lines += tag_lines(real)
    return lines
