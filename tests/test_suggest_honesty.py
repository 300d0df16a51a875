"""``suggest()`` never offers a title the evidence does not earn: the honesty probes.

``honesty-dev.jsonl`` (beside the project, in the workspace's shared data) and the project's own
``tests/data/honesty-own.jsonl`` say, per invented profile, whether renaming to "AI Engineer" and
suggesting "Forward-Deployed AI Engineer" is honest. No suggestion may name one of those titles
where the probe says no, unless the headline already names it (then it is the person's own).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter import Profile, lint, suggest
from tests.support import policy
from tests.support.paths import ROOT, SHARED_DATA

DEV = SHARED_DATA / "honesty-dev.jsonl"
OWN = ROOT / "tests" / "data" / "honesty-own.jsonl"
# probe field -> the title it judges
TITLES = {
    "offer_ai_engineer": "AI Engineer",
    "forward_deployed_title": "Forward-Deployed AI Engineer",
}


def load(path: Path) -> list[dict[str, object]]:
    if not path.is_file():
        policy.unavailable(f"{path} is not here (it is beside the project in CI)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def profile_of(row: dict[str, object]) -> Profile:
    target = row.get("target")
    return Profile(
        headline=str(row["headline"]),
        summary=str(row["summary"]),
        target=target if isinstance(target, str) else None,
    )


def inflated(rows: list[dict[str, object]]) -> list[str]:
    """``id: headline`` of each suggestion naming a title its probe says must not be offered."""
    found = []
    for row in rows:
        expect = row["expect"]
        assert isinstance(expect, dict)
        profile = profile_of(row)
        barred = [
            title
            for key, title in TITLES.items()
            if expect.get(key) is False and title.casefold() not in profile.headline.casefold()
        ]
        for s in suggest(profile).suggestions:
            # "Forward-Deployed AI Engineer" holds "AI Engineer": judge the longest title named
            named = [t for t in TITLES.values() if t.casefold() in s.headline.casefold()]
            longest = max(named, key=len, default=None)
            if longest in barred:
                found.append(f"{row['id']}: {s.headline}")
    return found


@pytest.mark.parametrize("path", [DEV, OWN], ids=["honesty-dev", "honesty-own"])
def test_no_suggestion_offers_a_title_the_probe_says_is_not_earned(path: Path) -> None:
    rows = load(path)
    assert len(rows) == (120 if path == DEV else 70)
    assert inflated(rows) == []


@pytest.mark.parametrize("path", [DEV, OWN], ids=["honesty-dev", "honesty-own"])
def test_every_probe_suggestion_lints_clean_and_scores_no_lower(path: Path) -> None:
    offered = 0
    for row in load(path):
        profile = profile_of(row)
        before = lint(profile)
        for s in suggest(profile).suggestions:
            offered += 1
            report = lint(profile.model_copy(update={"headline": s.headline}))
            # the About's own findings (a buzzword in it) are the same whatever the headline
            blocking = [
                d.rule for d in report.diagnostics if d.field == "headline" and d.severity != "info"
            ]
            assert blocking == [], s.headline
            assert report.score == s.score >= before.score
    assert offered > 0  # the probes hold earned titles: some suggestions must come


def test_the_check_catches_an_inflated_title() -> None:
    # the check itself can fail: a legacy title the probe says must not be renamed, with
    # evidence that earns a rename under the default target, judged as if it were barred
    row: dict[str, object] = {
        "id": "self-check",
        "headline": "ML Engineer",
        "summary": "I deployed our retrieval API to production and run its eval gate in CI.",
        "target": None,
        "expect": {"offer_ai_engineer": False, "forward_deployed_title": False},
    }
    assert inflated([row]) == [
        f"self-check: {s.headline}" for s in suggest(profile_of(row)).suggestions
    ]
    assert inflated([row]) != []
