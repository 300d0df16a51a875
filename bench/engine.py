"""Sections 1 and 2: the engine's time per profile, its throughput, and how it scales.

1. Median and p99 time of ``lint()`` per profile over the generated profiles (after one warm-up
   pass, so that rule compilation is not counted); characters per second on a 1 MB About text.
2. Ratios measured side by side: a synthetic pack with 9x the shipped phrase rules and phrases
   added (10x in all) over the shipped rules; a 1 MB text over a 100 KB text.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import gen
from timing import Row, interleave, median, met, ms, percentile, timed

from linter import Config, Profile, lint
from linter.ruleset import load_ruleset

WORDS = sorted(
    {w.lower() for group in (gen.PLAIN, gen.FOCUS, gen.EVIDENCE, gen.SYSTEMS) for w in group}
    | {w.lower() for phrase in gen.EVIDENCE + gen.FOCUS for w in phrase.split()}
)


def shipped_phrase_counts() -> tuple[int, int]:
    """(phrase rules, phrases in them) of the shipped packs."""
    rules = [r for r in load_ruleset().rules if r.kind == "phrase"]
    phrases = sum(len(r.phrases) + len(r.conditional) for r in rules)
    return len(rules), phrases


def synthetic_pack(folder: Path, rules: int, phrases: int, seed: int = 99) -> Path:
    """Write a pack of ``rules`` phrase rules holding ``phrases`` phrases in all (HL9xx codes).

    Phrases are two or three words drawn from the words the generated profiles use, so the
    matcher walks into them often and a few of them match, as a real, larger pack would.
    """
    rng = random.Random(seed)
    seen: set[str] = set()
    while len(seen) < phrases:
        seen.add(" ".join(rng.sample(WORDS, rng.choice((2, 2, 3)))))
    pool = sorted(seen)
    rng.shuffle(pool)
    out = ["# Synthetic phrase rules for the scaling benchmark (generated; not shipped)."]
    for i in range(rules):
        chunk = pool[i::rules]
        out += [
            "",
            "[[rule]]",
            f'code = "HL{901 + i}"',
            f'name = "synthetic-phrases-{i + 1:02d}"',
            'kind = "phrase"',
            'severity = "info"',
            'fields = ["headline", "summary"]',
            "message = \"'{match}' is a synthetic phrase\"",
            'why = "Synthetic rule: it only exists to measure how matching scales with rules."',
            "suggestion = \"Rephrase '{match}'\"",
            f"phrases = {json.dumps(chunk)}",
            "",
            "[[rule.examples.bad]]",
            f"summary = {json.dumps(f'We value {chunk[0]} here.')}",
            'field = "summary"',
            "",
            "[[rule.examples.good]]",
            'summary = "Nothing synthetic in this sentence."',
            'field = "summary"',
        ]
    path = folder / "synthetic.toml"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def time_profiles(profiles: list[Profile], config: Config | None = None) -> list[float]:
    for p in profiles:  # warm-up: compile the rules, fill the caches
        lint(p, config)
    return [timed(lambda p=p: lint(p, config)) for p in profiles]  # type: ignore[misc]


def section_engine(profiles: list[Profile], rounds: int) -> list[Row]:
    times = time_profiles(profiles)
    chars = median([len(p.headline) + len(p.summary) for p in profiles])
    rows = [
        Row(
            "1 engine",
            f"lint() median per profile ({len(profiles)} profiles, ~{chars:.0f} chars)",
            ms(median(times)),
            "<= 0.5 ms (issue 2)",
            met(median(times) <= 0.0005),
        ),
        Row("1 engine", "lint() p99 per profile", ms(percentile(times, 99))),
    ]
    small, large = gen.long_text(100_000), gen.long_text(1_000_000)
    lint(Profile(summary=small))
    runs = interleave(
        {
            "100k": lambda: lint(Profile(summary=small)),
            "1M": lambda: lint(Profile(summary=large)),
        },
        rounds,
    )
    one_mb = median(runs["1M"])
    rows.append(
        Row(
            "1 engine",
            "characters per second, 1 MB About text",
            f"{1_000_000 / one_mb:,.0f} chars/s ({ms(one_mb)} per lint)",
        )
    )
    ratio = one_mb / median(runs["100k"])
    rows.append(
        Row(
            "2 scaling",
            "time on 1 MB text / on 100 KB text",
            f"{ratio:.1f}x ({ms(one_mb)} / {ms(median(runs['100k']))})",
            "8x-12x (linear)",
            met(8 <= ratio <= 12),
            f"medians of {rounds} interleaved runs each",
        )
    )
    return rows


def section_scaling_rules(profiles: list[Profile]) -> list[Row]:
    n_rules, n_phrases = shipped_phrase_counts()
    with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
        pack = synthetic_pack(Path(tmp), 9 * n_rules, 9 * n_phrases)
        big = Config(extra_packs=(str(pack),))
        extra = sum(1 for r in load_ruleset(big).rules if r.code.startswith("HL9"))
        for p in profiles:  # warm both, then time each profile with both, alternately
            lint(p)
            lint(p, big)
        base: list[float] = []
        more: list[float] = []
        for i, p in enumerate(profiles):
            pair = [(base, None), (more, big)]
            for out, config in pair if i % 2 else pair[::-1]:
                out.append(timed(lambda p=p, c=config: lint(p, c)))  # type: ignore[misc]
        hits = sum(1 for p in profiles[:100] for d in lint(p, big).diagnostics if d.code >= "HL900")
    ratio = median(more) / median(base)
    return [
        Row(
            "2 scaling",
            f"10x phrase rules ({n_rules}+{extra} rules, {n_phrases}+{9 * n_phrases} phrases) "
            "/ shipped",
            f"{ratio:.2f}x ({ms(median(more))} / {ms(median(base))})",
            "<= 1.3x",
            met(ratio <= 1.3),
            f"per-profile medians, {len(profiles)} profiles interleaved; the synthetic rules "
            f"reported {hits / min(100, len(profiles)):.1f} findings a profile",
        )
    ]
