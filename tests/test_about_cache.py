"""The last About's scan and evidence assessment are reused only for the same text and the same
compiled rules: linting under another target or another pack gives what a fresh lint gives."""

from __future__ import annotations

from pathlib import Path

from linter import Config, Profile, lint
from linter import context as context_module
from linter.evidence import assess as assess_module

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
    context_module._LAST.clear()
    assess_module._LAST.clear()
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
    assert assess_module._LAST and context_module._LAST  # the caches were in use
