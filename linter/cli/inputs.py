"""Which files ``check`` reads, and with which configuration each one is linted."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from linter import Config, ConfigError
from linter.cli.config_files import find_config, load_config

SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}
STDIN = "-"


@dataclass(frozen=True)
class Input:
    """A path to lint; ``found`` when it came from walking a directory (a markdown file there
    that holds no profile is skipped, where a file named on the command line is an error)."""

    path: str
    found: bool = False


def _walk(folder: Path) -> Iterator[Path]:
    for entry in sorted(folder.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            if not entry.name.startswith(".") and entry.name not in SKIP_DIRS:
                yield from _walk(entry)
        elif entry.suffix.lower() in (".md", ".markdown") and entry.is_file():
            yield entry


def collect(paths: Sequence[str]) -> tuple[list[Input], list[str]]:
    """The inputs named by ``paths`` (files, directories, ``-``) and the errors met finding
    them, each one line naming the path."""
    inputs: list[Input] = []
    errors: list[str] = []
    for raw in paths:
        if raw == STDIN:
            inputs.append(Input(STDIN))
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                found = [Input(str(p), found=True) for p in _walk(path)]
            except OSError as exc:
                errors.append(f"{raw}: cannot list directory: {exc.strerror or exc}")
                continue
            if not found:
                errors.append(f"{raw}: no markdown files (*.md) in this directory")
            inputs.extend(found)
        elif path.exists():
            inputs.append(Input(raw))
        else:
            errors.append(f"{raw}: no such file or directory")
    return inputs, errors


@dataclass
class Overrides:
    """What the command line says over the configuration file (as ruff: ``--select`` replaces,
    ``--ignore`` adds, ``--target`` wins over the file's and the configuration's target)."""

    config_file: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    target: str | None = None
    _cache: dict[str, Config] = field(default_factory=dict)

    def apply(self, config: Config) -> Config:
        data = config.model_dump()
        if self.select:
            data["select"] = self.select
        data["ignore"] = (*config.ignore, *self.ignore)
        if self.target:
            data["target"] = self.target
        return Config.model_validate(data)

    def for_path(self, path: str) -> Config:
        """The configuration for ``path``: ``--config``, else the nearest
        ``.headline-lint.toml`` / ``pyproject.toml`` from the file's directory upward."""
        if self.config_file:
            key = f"config:{self.config_file}"
            if key not in self._cache:
                self._cache[key] = self.apply(load_config(self.config_file))
            return self._cache[key]
        start = Path.cwd() if path == STDIN else Path(path).parent
        key = str(start.resolve())
        if key not in self._cache:
            config, _origin = find_config(start)
            self._cache[key] = self.apply(config)
        return self._cache[key]


def split_list(values: Sequence[str] | None) -> tuple[str, ...]:
    """``--select a,b --select c`` -> ("a", "b", "c")."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(out)


__all__ = ["STDIN", "ConfigError", "Input", "Overrides", "collect", "split_list"]
