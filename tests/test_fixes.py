from __future__ import annotations

from collections import Counter

import pytest

from linter import LinterError, Profile, apply_fixes, fix_profile, lint

EVIDENCE = "I deploy LLM services to production behind REST APIs and build RAG pipelines."


def test_safe_fixes_leave_unsafe_ones() -> None:
    profile = Profile(headline="  ML Engineer  |  𝗥𝗔𝗚", summary=EVIDENCE)
    fixed = apply_fixes(profile, lint(profile))
    assert fixed.headline == "ML Engineer | RAG"
    assert apply_fixes(profile, lint(profile), unsafe=True).headline == "AI Engineer | RAG"


def test_fix_profile_loops_to_a_fixed_point_and_is_idempotent() -> None:
    profile = Profile(headline=" SENIOR MACHINE LEARNING ENGINEER ", summary=EVIDENCE)
    once = fix_profile(profile, unsafe=True)
    twice = fix_profile(once.profile, unsafe=True)
    assert once.applied >= 2 and twice.applied == 0
    assert twice.profile == once.profile
    assert not [d for d in once.report.diagnostics if d.fix is not None]
    assert once.report.score >= lint(profile).score


def test_a_fix_never_creates_a_finding_of_its_own_rule() -> None:
    profile = Profile(headline="𝗠𝗟 𝗘𝗻𝗴𝗶𝗻𝗲𝗲𝗿 ＡＩ  |  DATA SCIENTIST", summary=EVIDENCE)
    before = Counter(d.rule for d in lint(profile).diagnostics)
    after = Counter(d.rule for d in fix_profile(profile, unsafe=True).report.diagnostics)
    fixed_rules = {d.rule for d in lint(profile).diagnostics if d.fix}
    for rule in fixed_rules:
        assert after[rule] <= before[rule], rule


def test_a_report_for_other_text_is_refused() -> None:
    report = lint(Profile(headline="Data person | ML Engineer", summary=EVIDENCE))
    with pytest.raises(LinterError, match="does not belong"):
        apply_fixes(Profile(headline="ML", summary=EVIDENCE), report, unsafe=True)
