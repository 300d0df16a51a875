"""Property tests: lint never raises on any str, and its output keeps its invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import Profile, Report, fix_profile, lint

WORDS = [
    "ML",
    "Engineer",
    "Machine",
    "Learning",
    "AI",
    "|",
    "•",
    "PhD",
    "passionate",
    "RAG",
    "𝗠𝗟",
    "🚀",
    "👩‍💻",
    "\u200f",
    "e\u0301",
    "\x00",
    "\ud800",
    "ＡＩ",
    "  ",
    "\n",
    "Sr.",
    "ex-",
    "/",
    "production",
    "Jupyter",
    "DATA",
    "SCIENTIST",
    "ß",
    "İ",
    "ﬁ",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _utf16(text: str, offset: int) -> int:
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text[:offset])


@SETTINGS
@given(headline=texts, summary=texts)
def test_lint_invariants(headline: str, summary: str) -> None:
    profile = Profile(headline=headline, summary=summary)
    report = lint(profile)
    assert 0 <= report.score <= 100
    keys = [(d.field != "headline", d.start) for d in report.diagnostics]
    assert keys == sorted(keys)
    idents = [(d.code, d.field, d.start, d.end) for d in report.diagnostics]
    assert len(idents) == len(set(idents))
    for d in report.diagnostics:
        text = profile.text(d.field)
        assert 0 <= d.start <= d.end <= len(text)
        assert (d.utf16_start, d.utf16_end) == (_utf16(text, d.start), _utf16(text, d.end))
        assert d.line == text.count("\n", 0, d.start) + 1
        for edit in d.fix.edits if d.fix else ():
            assert 0 <= edit.start <= edit.end <= len(text)
    wire = report.model_dump_json()  # the wire format always encodes, and validates back
    assert Report.model_validate_json(wire) == report


@SETTINGS
@given(headline=texts, summary=texts)
def test_fixes_are_idempotent_and_never_lower_the_score(headline: str, summary: str) -> None:
    profile = Profile(headline=headline, summary=summary)
    once = fix_profile(profile, unsafe=True)
    assert fix_profile(once.profile, unsafe=True).profile == once.profile
    assert once.report.score >= lint(profile).score


def test_a_megabyte_of_text_lints() -> None:
    sentence = "I deploy RAG services to production. Passionate about Jupyter. "
    summary = (sentence * 16000)[:1_000_000]
    report = lint(Profile(headline="ML Engineer", summary=summary))
    assert any(d.rule == "summary-too-long" for d in report.diagnostics)
