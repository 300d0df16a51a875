"""The on-disk cache of validated rule sets: used when it can be, never stale, never in the way."""

from __future__ import annotations

import os
import pickle
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter import Config, Profile, lint, loader, packcache, ruleset
from tests.support.paths import console_script
from tests.test_ruleset import GOOD_RULE


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv(packcache.ENV, str(folder))
    ruleset._load.cache_clear()  # a new process, as far as the rule set is concerned
    yield folder
    ruleset._load.cache_clear()


def _fresh_load(config: Config | None = None) -> ruleset.RuleSet:
    ruleset._load.cache_clear()
    return ruleset.load_ruleset(config)


def _no_validation(text: str, origin: str) -> loader.Pack:
    raise AssertionError(f"{origin} was validated although the cache holds it")


def test_a_second_load_reads_the_cache_instead_of_validating(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _fresh_load()
    assert len(list(cache.glob("ruleset-*.pickle"))) == 1
    monkeypatch.setattr(ruleset, "parse_pack", _no_validation)
    again = _fresh_load()
    assert again == first
    assert [r.code for r in again.rules] == [r.code for r in first.rules]


def test_an_edited_pack_is_validated_again_never_served_stale(cache: Path, tmp_path: Path) -> None:
    pack = tmp_path / "team.toml"
    pack.write_text(GOOD_RULE, encoding="utf-8")
    config = Config(extra_packs=(str(pack),))
    before = _fresh_load(config).find("team-speak")
    assert before is not None and before.severity == "info"
    pack.write_text(GOOD_RULE.replace('severity = "info"', 'severity = "error"'), "utf-8")
    after = _fresh_load(config).find("team-speak")
    assert after is not None and after.severity == "error"
    assert len(list(cache.glob("ruleset-*.pickle"))) == 2  # one per content


def test_an_edited_pack_is_seen_by_the_next_command(tmp_path: Path) -> None:
    pack = tmp_path / "team.toml"
    pack.write_text(GOOD_RULE, encoding="utf-8")
    (tmp_path / ".headline-lint.toml").write_text('extra_packs = ["team.toml"]\n', "utf-8")
    env = {**os.environ, packcache.ENV: str(tmp_path / "cache")}
    command = [console_script("headline-lint"), "check", "--headline", "We synergize"]

    def code_shown() -> str:
        done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
        line = next(x for x in done.stdout.splitlines() if "[team-speak]" in x)
        return line.split()[1]

    assert code_shown() == "HL901"
    pack.write_text(GOOD_RULE.replace("HL901", "HL902"), encoding="utf-8")
    assert code_shown() == "HL902"


def test_a_corrupt_or_foreign_cache_file_is_rebuilt(cache: Path) -> None:
    expected = _fresh_load()
    (path,) = cache.glob("ruleset-*.pickle")
    path.write_bytes(b"\x80\x05not a pickle")
    assert _fresh_load() == expected
    assert isinstance(pickle.loads(path.read_bytes()), ruleset.RuleSet)  # written again
    path.write_bytes(pickle.dumps({"rules": "someone else's"}))
    assert _fresh_load() == expected


def test_an_unwritable_cache_folder_only_costs_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv(packcache.ENV, str(blocker / "cache"))
    report = lint(Profile(headline="Senior ML Engineer"))
    assert "HL101" in [d.code for d in report.diagnostics]
    assert _fresh_load().find("legacy-title") is not None
    ruleset._load.cache_clear()


@pytest.mark.parametrize("value", ["off", ""])
def test_the_cache_can_be_turned_off(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(packcache.ENV, value)
    assert packcache.cache_dir() is None
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    _fresh_load()
    assert list(tmp_path.rglob("*.pickle")) == []
    ruleset._load.cache_clear()


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(packcache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert packcache.cache_dir() == tmp_path / "headline-linter"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert packcache.cache_dir() == tmp_path / ".cache" / "headline-linter"


def test_the_key_covers_each_pack_text_and_origin() -> None:
    base = packcache.key([("a.toml", "x = 1")])
    assert packcache.key([("a.toml", "x = 2")]) != base
    assert packcache.key([("b.toml", "x = 1")]) != base
    assert packcache.key([("a.toml", "x = 1")]) == base
    assert len(base) == 64
