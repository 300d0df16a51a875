"""Property test: ``suggest()`` never raises on any text, and each suggestion keeps its promises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import Profile, lint, suggest
from linter.catalog import catalog
from linter.offsets import utf16_len

WORDS = [
    "ML Engineer", "Senior", "AI Engineer", "Data Scientist", "ex-", "|", "•", ",", ".", "\n",
    "I", "we", "deployed", "run", "the", "retrieval", "API", "service", "RAG", "LLM", "agent",
    "evaluation harness", "in CI", "on Kubernetes", "in production", "never", "want to",
    "course", "12,000", "2 million", "users", "requests", "a day", "model", "🚀", "𝗠𝗟", "\ud800",
    "ＡＩ", "e\u0301", "\u200f", "  ", "Skills:", "FastAPI", "pgvector", "on site", "customers",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)
targets = st.sampled_from([None, "ai-engineer", "forward-deployed-ai-engineer", "ml-research"])
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(headline=texts, summary=texts, target=targets)
def test_suggest_invariants(headline: str, summary: str, target: str | None) -> None:
    profile = Profile(headline=headline, summary=summary, target=target)
    got = suggest(profile).suggestions
    assert len(got) <= 3
    current = lint(profile).score
    for s in got:
        assert utf16_len(s.headline) <= catalog().limits.headline
        report = lint(profile.model_copy(update={"headline": s.headline}))
        assert not [d for d in report.diagnostics if d.field == "headline" and d.severity != "info"]
        assert report.score == s.score >= current
        for src in s.sources:
            text = profile.text(src.field)
            assert text[src.start : src.end] == src.text
            assert src.utf16_start == utf16_len(text[: src.start])
            assert src.utf16_end == utf16_len(text[: src.end])
    assert [s.score for s in got] == sorted((s.score for s in got), reverse=True)
