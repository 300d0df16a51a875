"""Shortcuts the kinds and the engine take must never change a result."""

from __future__ import annotations

import dataclasses
import re

import emoji
import pytest

from linter import Config, Profile, lint
from linter.engine import compile_rules
from linter.kinds.emoji import _MAYBE_EMOJI
from linter.ruleset import load_ruleset


def test_every_emoji_the_library_knows_passes_the_prefilter() -> None:
    assert _MAYBE_EMOJI.pattern.startswith("[")
    missed = [e for e in emoji.EMOJI_DATA if not _MAYBE_EMOJI.search(e)]
    assert missed == []


def test_skipping_rules_without_their_phrases_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    examples = [ex for r in load_ruleset().rules for ex in (*r.examples.bad, *r.examples.good)]
    profiles = [ex.profile() for ex in examples]
    fast = [lint(p) for p in profiles]
    assert any(r.needs_own_hits for r in load_ruleset().rules)
    compiled = compile_rules(Config(), "ai-engineer")
    slow = dataclasses.replace(compiled, rules=tuple((r, s, None) for r, s, _ in compiled.rules))
    calls = []

    def without_skips(config: Config, target: str | None = None) -> object:
        calls.append(target)
        return slow

    monkeypatch.setattr("linter.engine.compile_rules", without_skips)
    checked = 0
    for profile, report in zip(profiles, fast, strict=True):
        if profile.target in (None, "ai-engineer"):
            assert lint(profile) == report
            checked += 1
    assert checked > 20 and len(calls) >= checked  # fixable findings are linted again (impact)


def test_line_and_column_after_many_lines() -> None:
    summary = "one\ntwo\n\nthree passionate"
    (d,) = [d for d in lint(Profile(summary=summary)).diagnostics if d.rule == "buzzword"]
    assert (d.line, d.column) == (4, 7)
    assert re.fullmatch(r"passionate", summary[d.start : d.end])
