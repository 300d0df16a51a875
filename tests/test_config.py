from __future__ import annotations

from pathlib import Path

import pytest

from linter import Config, ConfigError
from linter.cli.config_files import find_config, load_config


def test_found_upward_from_a_file_in_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.headline-lint]\nignore = ["buzzword"]\nfold = 50\n', encoding="utf-8"
    )
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    config, origin = find_config(nested / "profile.md")
    assert config == Config(ignore=("buzzword",), fold=50)
    assert origin == tmp_path / "pyproject.toml"


def test_dot_file_wins_and_extra_packs_are_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.headline-lint]\nfold = 50\n")
    (tmp_path / ".headline-lint.toml").write_text('extra_packs = ["packs/team.toml"]\n')
    config, _ = find_config(tmp_path)
    assert config.extra_packs == (str(tmp_path / "packs" / "team.toml"),)


def test_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path)[0] == Config()


def test_unknown_key_and_bad_value_are_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / ".headline-lint.toml"
    path.write_text('ignor = ["buzzword"]\n')
    expected = (
        r"headline-lint\.toml: unknown key 'ignor' in \.headline-lint\.toml "
        r"\(did you mean 'ignore'\?\); known keys: select, ignore"
    )
    with pytest.raises(ConfigError, match=expected):
        load_config(path)
    path.write_text('severity = { buzzword = "fatal" }\n')
    with pytest.raises(ConfigError, match=r"severity\.buzzword"):
        load_config(path)
    path.write_text("fold = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path)
