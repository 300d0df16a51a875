"""The honesty gate on the invented probes of ``../shared/data/honesty-dev.jsonl``.

Inflation (a title offered or let pass that the About does not earn) at most 5% per rule;
timidity (an earned title refused or flagged) at most 20%, as the evidence issue requires.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.honesty import HONESTY, OWN, evaluate, load
from linter import Profile, lint
from linter.decisions import title_decisions

MAX_INFLATION = 0.05
MAX_TIMIDITY = 0.20

if not HONESTY.is_file() and not os.environ.get("CI"):
    pytest.skip(f"{HONESTY} is not here (it is beside the project in CI)", allow_module_level=True)


def test_the_probe_sets_are_there_and_whole() -> None:
    assert len(load(HONESTY)) == 120
    assert len(load(OWN)) == 70  # tests/data/honesty-own.jsonl, written apart from the rules


KEYS = ["offer_ai_engineer", "unsupported_title", "forward_deployed_title"]


@pytest.mark.parametrize("probes", [HONESTY, OWN], ids=["honesty-dev", "honesty-own"])
@pytest.mark.parametrize("key", KEYS)
def test_inflation_and_timidity_stay_within_bounds(key: str, probes: Path) -> None:
    tally = evaluate(load(probes))[key]
    inflation, timidity = tally.rates()
    assert tally.should_not > 0 and tally.should > 0
    assert inflation <= MAX_INFLATION, tally.inflated
    assert timidity <= MAX_TIMIDITY, tally.timid


def test_the_forward_deployed_target_never_offers_the_unearned_forward_title() -> None:
    # internal platform work only: the plain rename is right, the forward-deployed one is not
    profile = Profile(
        headline="ML Engineer",
        summary="I run our internal search service for the finance team: the retrieval API, "
        "its nightly re-indexing job and the eval gate in CI. I have never worked at a "
        "customer site.",
        target="forward-deployed-ai-engineer",
    )
    decisions = title_decisions(lint(profile))
    assert decisions.offered == ("AI Engineer",)
    assert not decisions.forward_deployed
