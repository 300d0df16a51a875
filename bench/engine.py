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
from collections.abc import Callable
from pathlib import Path

from bench import gen
from bench.timing import Row, interleave, median, met, ms, percentile, timed
from linter import Config, Profile, about, lint, suggest
from linter.kinds import phrase
from linter.ruleset import load_ruleset

WORDS = sorted(
    {w.lower() for group in (gen.PLAIN, gen.FOCUS, gen.EVIDENCE, gen.SYSTEMS) for w in group}
    | {w.lower() for phrase in gen.EVIDENCE + gen.FOCUS for w in phrase.split()}
)


def shipped_phrase_counts() -> tuple[int, int]:
    """(phrase rules, phrases in them) of the shipped packs."""
    rules = [r for r in load_ruleset().rules if isinstance(r, phrase.Rule)]
    phrases = sum(len(r.phrases) + len(r.conditional) for r in rules)
    return len(rules), phrases


def synthetic_pack(folder: Path, rules: int, phrases: int, silent: bool, seed: int = 99) -> Path:
    """Write a pack of ``rules`` phrase rules holding ``phrases`` phrases in all (HL9xx codes).

    Phrases are two or three words drawn from the words the generated profiles use, so the
    matcher walks into them often and some of them match, as a real, larger pack would. With
    ``silent``, each phrase ends in a word no profile holds: the matcher still steps into every
    phrase that starts with a common word, but nothing is reported (matching cost alone).
    """
    rng = random.Random(seed)
    seen: set[str] = set()
    while len(seen) < phrases:
        words = rng.sample(WORDS, rng.choice((1, 1, 2)) if silent else rng.choice((2, 2, 3)))
        seen.add(" ".join(words + ([f"zq{len(seen)}"] if silent else [])))
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


def lint_anew(profile: Profile) -> object:
    """``lint()`` of an About it has not read: the About's reading is kept for the next lint
    of it (``linter.about``), and timing the same text again would time the cache."""
    about.clear()
    return lint(profile)


def time_profiles(
    profiles: list[Profile], passes: int, fn: Callable[[Profile], object] = lint
) -> list[float]:
    """Each profile's median time of ``fn`` over ``passes`` passes (after a warm-up pass)."""
    for p in profiles:  # warm-up: compile the rules, fill the caches
        fn(p)
    runs = [[timed(lambda p=p: fn(p)) for p in profiles] for _ in range(passes)]  # type: ignore[misc]
    return [median(times) for times in zip(*runs, strict=True)]


def section_engine(profiles: list[Profile], rounds: int) -> list[Row]:
    times = time_profiles(profiles, 3)
    chars = median([len(p.headline) + len(p.summary) for p in profiles])
    rows = [
        Row(
            "1 engine",
            f"lint() median per profile ({len(profiles)} profiles, ~{chars:.0f} chars)",
            ms(median(times)),
            "<= 0.5 ms (issue 2)",
            met(median(times) <= 0.0005),
        ),
        Row(
            "1 engine",
            "lint() p99 per profile",
            ms(percentile(times, 99)),
            note="each profile's time is its median over 3 passes (the machine is shared)",
        ),
    ]
    # suggest() lints the profile and each candidate headline: timed like lint(), right after it
    suggested = time_profiles(profiles, 3, suggest)
    offered = sum(1 for p in profiles[:100] if suggest(p).suggestions)
    rows.append(
        Row(
            "1 engine",
            f"suggest() median per profile (lint() {ms(median(times))} in the row above)",
            ms(median(suggested)),
            "<= 2 ms (issue 11)",
            met(median(suggested) <= 0.002),
            f"{median(suggested) / median(times):.1f}x lint(); suggestions for {offered} of "
            "the first 100 profiles",
        )
    )
    small, large = gen.long_text(100_000), gen.long_text(1_000_000)
    lint(Profile(summary=small))
    runs = interleave(
        {
            "100k": lambda: lint_anew(Profile(summary=small)),
            "1M": lambda: lint_anew(Profile(summary=large)),
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
    configs: dict[str, Config | None] = {"shipped": None}
    with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
        for kind in ("matching", "silent"):
            folder = Path(tmp) / kind
            folder.mkdir()
            pack = synthetic_pack(folder, 9 * n_rules, 9 * n_phrases, kind == "silent")
            configs[kind] = Config(extra_packs=(str(pack),))
        extra = sum(1 for r in load_ruleset(configs["matching"]).rules if r.code >= "HL900")
        names = list(configs)
        times: dict[str, list[float]] = {name: [] for name in names}
        for p in profiles:  # warm every configuration up
            for config in configs.values():
                lint(p, config)
        for i, p in enumerate(profiles):  # each profile with each configuration, order rotated
            for name in names[i % 3 :] + names[: i % 3]:
                config = configs[name]
                times[name].append(timed(lambda p=p, c=config: lint(p, c)))  # type: ignore[misc]
        sample = profiles[:100]
        hits = {
            name: sum(
                1 for p in sample for d in lint(p, configs[name]).diagnostics if d.code >= "HL900"
            )
            / len(sample)
            for name in ("matching", "silent")
        }
    base = median(times["shipped"])
    rows = []
    for name, what in (("matching", "realistic phrases"), ("silent", "phrases that never match")):
        ratio = median(times[name]) / base
        rows.append(
            Row(
                "2 scaling",
                f"10x phrase rules, {what} ({n_rules}+{extra} rules, "
                f"{n_phrases}+{9 * n_phrases} phrases) / shipped",
                f"{ratio:.2f}x ({ms(median(times[name]))} / {ms(base)})",
                "<= 1.3x",
                met(ratio <= 1.3),
                f"per-profile medians, {len(profiles)} profiles, the three configurations "
                f"interleaved; synthetic findings: {hits[name]:.1f} a profile",
            )
        )
    return rows
