"""The catalogue: one description of rules, targets, limits and score bands."""

from __future__ import annotations

import pytest

from linter import Config, LinterError, Profile, apply_fix, lint
from linter.catalog import catalog
from linter.errors import RulePackError
from linter.loader import parse_pack, shipped_packs
from linter.ruleset import _merge, load_ruleset


def test_limits_come_from_the_rules_that_enforce_them() -> None:
    found = catalog()
    assert (found.limits.headline, found.limits.summary, found.limits.fold) == (220, 2600, 60)
    assert catalog(Config(fold=45)).limits.fold == 45


def test_default_target_is_data_and_config_overrides_it() -> None:
    assert catalog().default_target == "ai-engineer"
    assert [t.name for t in catalog().targets if t.default] == ["ai-engineer"]
    assert catalog(Config(target="ml-research")).default_target == "ml-research"


def test_an_omitted_target_means_the_configured_default() -> None:
    profile = Profile(headline="Machine Learning Engineer at Acme")
    assert profile.target is None
    assert lint(profile).target == "ai-engineer"
    assert lint(profile, Config(target="ml-research")).target == "ml-research"
    explicit = Profile(headline=profile.headline, target="ai-engineer")
    assert lint(explicit, Config(target="ml-research")).target == "ai-engineer"


def test_score_bands_are_ordered_highest_first() -> None:
    assert [(b.name, b.min) for b in catalog().score_bands] == [
        ("good", 80),
        ("fair", 50),
        ("poor", 0),
    ]


def test_every_rule_is_in_the_catalogue_with_its_docs() -> None:
    rules = {r.name: r for r in catalog().rules}
    assert set(rules) == {r.name for r in load_ruleset().rules}
    assert rules["legacy-title"].fixable == "unsafe"
    assert rules["legacy-title"].docs.startswith("## legacy-title (HL101)")


def test_packs_without_exactly_one_default_target_are_refused() -> None:
    packs = [(o, parse_pack(t, o)) for o, t in shipped_packs()]
    undefaulted = [
        (
            o,
            p.model_copy(
                update={"target": tuple(t.model_copy(update={"default": False}) for t in p.target)}
            ),
        )
        for o, p in packs
    ]
    with pytest.raises(RulePackError, match="exactly one target"):
        _merge(undefaulted)


def test_apply_fix_by_the_diagnostics_id() -> None:
    profile = Profile(headline="AI Engineer | 𝐑𝐀𝐆 pipelines")
    report = lint(profile)
    styled = next(d for d in report.diagnostics if d.rule == "fancy-unicode")
    assert styled.id == f"{styled.code}:headline:{styled.start}-{styled.end}"
    result = apply_fix(profile, styled.id)
    assert result.applied == 1
    assert result.profile.headline == "AI Engineer | RAG pipelines"
    assert all(d.rule != "fancy-unicode" for d in result.report.diagnostics)
    with pytest.raises(LinterError, match="no fixable finding"):
        apply_fix(result.profile, styled.id)
