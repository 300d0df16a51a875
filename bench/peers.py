"""Section 3: side by side with a peer, proselint (PyPI), in the same run.

In process: proselint's Python API (``LintFile(...).lint(config)`` after registering its checks,
which is what ``proselint check`` does) on the same generated profiles as ours, headline and About
as one text; for each profile ours and proselint's run back to back, in alternating order.

Whole process: ``headline-lint check FILE``, ``proselint check FILE`` and ``python -c pass`` on
the same small profile markdown file, interleaved round after round with the order rotated, and
compared by medians. (hyperfine would run each command's repetitions in one block, so a burst of
load from the other users of this machine could land on one command only: this loop interleaves.)
"""

from __future__ import annotations

import compileall
import sys
import tempfile
from pathlib import Path

from proselint.checks import __register__
from proselint.config import DEFAULT
from proselint.registry import CheckRegistry
from proselint.tools import LintFile

from bench import gen
from bench.timing import BIN, ROOT, Row, median, met, ms, run_quiet, timed
from linter import Config, Profile, lint
from linter.engine import compile_rules
from linter.text import tokenize

DEFAULT_CONFIG = Config()


def proselint_lint(text: str) -> int:
    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    return len(LintFile("<bench>", text).lint(DEFAULT))


def section_in_process(profiles: list[Profile]) -> list[Row]:
    texts = [f"{p.headline}\n\n{p.summary}" for p in profiles]
    for p, text in zip(profiles, texts, strict=True):  # warm-up: compile both sides' patterns
        lint(p)
        proselint_lint(text)
    ours: list[float] = []
    theirs: list[float] = []
    floor: list[float] = []
    for i, (p, text) in enumerate(zip(profiles, texts, strict=True)):
        if i % 2:
            ours.append(timed(lambda p=p: lint(p)))  # type: ignore[misc]
            theirs.append(timed(lambda t=text: proselint_lint(t)))  # type: ignore[misc]
        else:
            theirs.append(timed(lambda t=text: proselint_lint(t)))  # type: ignore[misc]
            ours.append(timed(lambda p=p: lint(p)))  # type: ignore[misc]
        floor.append(timed(lambda p=p: trie_scan(p)))  # type: ignore[misc]
    ratio = median(theirs) / median(ours)
    n = len(profiles)
    return [
        *floor_rows(median(floor), median(ours), median(theirs)),
        Row("3 peers", f"proselint in process, median per profile ({n})", ms(median(theirs))),
        Row("3 peers", f"headline-linter in process, same run ({n})", ms(median(ours))),
        Row(
            "3 peers",
            "proselint time / ours, in process",
            f"{ratio:.1f}x",
            ">= 20x",
            met(ratio >= 20),
            "ratio of per-profile medians, each profile linted by both back to back",
        ),
    ]


def trie_scan(profile: Profile) -> int:
    """The practical floor for pure Python that issue 15 names: the profile's two fields
    tokenized and scanned once with the rule trie (no evidence, no rule, no report)."""
    tries = compile_rules(DEFAULT_CONFIG, profile.target).tries
    return len(tries["headline"].scan(tokenize(profile.headline))) + len(
        tries["summary"].scan(tokenize(profile.summary))
    )


def floor_rows(floor: float, ours: float, theirs: float) -> list[Row]:
    return [
        Row("3 peers", "trie scan alone, median per profile (tokenize + one scan a field)",
            ms(floor), "-", "info", "the pure-Python floor of issue 15, same run"),
        Row("3 peers", "proselint time / trie scan alone", f"{theirs / floor:.1f}x", "-", "info",
            "the most any pure-Python lint could reach on this profile"),
        Row("3 peers", "lint() / trie scan alone", f"{ours / floor:.1f}x", "-", "info",
            "what the rules, the evidence model, the score and the report add"),
    ]  # fmt: skip


def section_whole_process(rounds: int) -> list[Row]:
    lint_cli, prose_cli = BIN / "headline-lint", BIN / "proselint"
    missing = [str(p) for p in (lint_cli, prose_cli) if not p.exists()]
    if missing:
        return [
            Row("3 peers", "whole process", "-", "<= 1.0x", "not measured", f"missing {missing}")
        ]
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as tmp:
        folder = Path(tmp)
        small = gen.profiles(1, seed=5)[0]
        small = Profile(headline=small.headline, summary=small.summary[:600])
        path = folder / "profile.md"
        path.write_text(gen.markdown(small), encoding="utf-8")
        commands = {
            "headline-lint check": [str(lint_cli), "check", path.name],
            "proselint check": [str(prose_cli), "check", path.name],
            "python -c pass": [sys.executable, "-c", "pass"],
        }
        # A regular `pip install` writes the package's bytecode, as proselint's install did; the
        # editable install here does not, and PYTHONDONTWRITEBYTECODE=1 (set on these machines)
        # keeps Python from writing it, so every run would recompile our sources. Write it once.
        for package in ("linter", "rules"):
            compileall.compile_dir(ROOT / package, quiet=1)
        for cmd in commands.values():  # warm the page cache
            run_quiet(cmd, folder)
        names = list(commands)
        times: dict[str, list[float]] = {name: [] for name in names}
        for r in range(rounds):
            for name in names[r % 3 :] + names[: r % 3]:
                times[name].append(run_quiet(commands[name], folder))
        size = path.stat().st_size
    ours, theirs, bare = (median(times[name]) for name in names)
    return [
        Row("3 peers", f"`headline-lint check FILE` ({size} bytes), whole process", ms(ours)),
        Row("3 peers", "`proselint check FILE`, same file, whole process", ms(theirs)),
        Row("3 peers", "`python -c pass`", ms(bare)),
        Row(
            "3 peers",
            "headline-lint check / proselint check",
            f"{ours / theirs:.2f}x",
            "<= 1.0x",
            met(ours / theirs <= 1.0),
            f"medians of {rounds} interleaved rounds",
        ),
        Row(
            "3 peers",
            "headline-lint check / python -c pass",
            f"{ours / bare:.1f}x",
            "- (start-up)",
            "info",
            f"{ms(ours - bare)} above a bare interpreter",
        ),
    ]
