"""Every message that quotes the text quotes the person's own words, never a folded stem."""

from __future__ import annotations

from linter import Profile, lint
from linter.ruleset import load_ruleset

RULES = {r.name: r for r in load_ruleset().rules}
EXTRA = [
    Profile(
        headline="KUBERNETES WIZARD | Kubernetes, Kubernetes, Kubernetes, Kubernetes",
        summary="Leveraging Kubernetes and leveraged Kubernetes operators, I am passionate "
        "about Kubernetes. Seeking a challenging position in Kubernetes.",
    ),
]


def test_a_quoted_match_is_the_text_as_written() -> None:
    profiles = [ex.profile() for r in RULES.values() for ex in (*r.examples.bad, *r.examples.good)]
    checked = 0
    for profile in [*profiles, *EXTRA]:
        for d in lint(profile).diagnostics:
            if "{match}" in RULES[d.rule].message:
                span = profile.text(d.field)[d.start : d.end]
                assert f"'{span}'" in d.message, (d.rule, span, d.message)
                checked += 1
    assert checked > 60


def test_no_stem_in_the_messages() -> None:
    messages = [d.message for d in lint(EXTRA[0]).diagnostics]
    assert any("Kubernetes" in m or "KUBERNETES" in m for m in messages)
    assert not any("kubernete'" in m.lower() or "kubernete " in m.lower() for m in messages)
