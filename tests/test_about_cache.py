"""An About's reading (``linter.about``: its scan, evidence assessment, voice...) is reused only
for the same text and the same compiled rules: linting under another target or another pack, or
another About in between, gives what a fresh lint gives; the cache stays bounded."""

from __future__ import annotations

from pathlib import Path

from bench import gen
from linter import Config, Profile, about, lint, suggest
from linter.about import folded, split
from linter.engine import build_context, compile_rules
from linter.text import tokenize

ABOUT = "I deployed our retrieval API to production and wrote its eval gate. Synergy matters."
PACK = """
[[rule]]
code = "HL901"
name = "synergy"
kind = "phrase"
severity = "warning"
fields = ["summary"]
message = "'{match}'"
why = "A test rule."
suggestion = "Drop '{match}'"
phrases = ["synergy"]

[[rule.examples.bad]]
summary = "Synergy."
field = "summary"

[[rule.examples.good]]
summary = "Nothing."
field = "summary"
"""


def fresh(profile: Profile, config: Config | None = None) -> list[str]:
    about.clear()
    return [d.id for d in lint(profile, config).diagnostics]


def test_another_target_or_pack_is_never_served_the_cached_about(tmp_path: Path) -> None:
    pack = tmp_path / "synergy.toml"
    pack.write_text(PACK, encoding="utf-8")
    extra = Config(extra_packs=(str(pack),))
    runs = [
        (Profile(headline="ML Engineer", summary=ABOUT), None),
        (Profile(headline="ML Engineer", summary=ABOUT, target="ml-research"), None),
        (Profile(headline="AI Engineer", summary=ABOUT), extra),
        (Profile(headline="ML Engineer", summary=ABOUT), None),
    ]
    expected = [fresh(profile, config) for profile, config in runs]
    assert "HL101:headline:0-11" in expected[0] and "HL101:headline:0-11" not in expected[1]
    assert "HL901:summary:68-75" in expected[2]
    warm = [[d.id for d in lint(profile, config).diagnostics] for profile, config in runs]
    assert warm == expected
    assert about._CACHE  # the cache was in use


OTHER = (  # a company's voice and a run of capitals: findings of the About alone
    "We are a consultancy. Our team builds chatbots for banks. He leads the GLOBAL SALES "
    "DIVISION and she writes our newsletter."
)


def test_a_then_b_then_a_gives_a_first_report_each_time() -> None:
    a = Profile(headline="ML Engineer | RAG 🚀", summary=ABOUT)
    b = Profile(headline="ML Engineer | RAG 🚀🚀🚀", summary=OTHER)
    about.clear()
    first_a, first_b = lint(a).model_dump_json(), lint(b).model_dump_json()
    about.clear()
    assert lint(b).model_dump_json() == first_b
    about.clear()
    assert first_a != first_b  # the two Abouts read differently: a mix-up would show
    for profile, expected in [(a, first_a), (b, first_b), (a, first_a), (a, first_a)]:
        assert lint(profile).model_dump_json() == expected


def test_suggest_after_other_abouts_is_suggest_fresh() -> None:
    a = Profile(headline="ML Engineer", summary=ABOUT)
    b = Profile(headline="Consultant", summary=OTHER)
    about.clear()
    expected = suggest(a).model_dump_json()
    lint(b)
    suggest(b)
    assert suggest(a).model_dump_json() == expected


def test_a_context_has_weighed_nothing_until_one_of_its_checks_asks() -> None:
    # the About's assessment is cached by an earlier lint; the report shows evidence only when
    # one of this lint's checks weighed it, so a new context must not start with it
    profile = Profile(headline="ML Engineer", summary=ABOUT)
    lint(profile)
    ctx = build_context(compile_rules(Config()), profile, Config())
    assert ctx.about is not None and ctx.about.assessment() is not None
    assert ctx.assessed is None
    assert ctx.assessment() is ctx.about.assessment() and ctx.assessed is not None


def test_the_cache_is_bounded_and_keyed_by_the_compiled_rules() -> None:
    about.clear()
    for n in range(3):
        lint(Profile(summary=f"I deployed {n} services to production."))
    assert [a.text for a in about._CACHE] == ["I deployed 2 services to production."]
    default = compile_rules(Config())
    research = compile_rules(Config(), "ml-research")
    one = about.read_about(ABOUT, default.tries["summary"], default.evidence)
    assert about.read_about(ABOUT, default.tries["summary"], default.evidence) is one
    two = about.read_about(ABOUT, research.tries["summary"], research.evidence)
    assert one is not two and len(about._CACHE) == 1 and about._CACHE[0] is two


def test_one_folded_scan_finds_what_the_two_tries_find() -> None:
    compiled = compile_rules(Config())
    trie, evidence = compiled.tries["summary"], compiled.evidence.trie
    assert folded(trie, evidence) is folded(trie, evidence)  # merged once per compiled rules
    for profile in gen.profiles(40):
        tokens = tokenize(profile.summary)
        main, found = split(folded(trie, evidence).scan(tokens))
        assert main == trie.scan(tokens)
        assert found == evidence.scan(tokens)
        assert found  # the generated Abouts hold evidence phrases: the test compares something
        reading = about.read_about(profile.summary, trie, compiled.evidence)
        assert reading.evidence_matches() == found
