"""The errors the core raises. Every one carries a message fit to show a person as it is."""

from __future__ import annotations


class LinterError(ValueError):
    """Base class: bad input to the linter (never a bug in it)."""


class ConfigError(LinterError):
    """A configuration file or value that cannot be used; the message names where and why."""


class RulePackError(LinterError):
    """A malformed rule pack; the message names the file, the rule and the field."""


class UnknownTargetError(LinterError):
    """A profile names a target that no pack defines."""

    def __init__(self, target: str, known: list[str]) -> None:
        self.target = target
        self.known = known
        super().__init__(f"unknown target {target!r}; known targets: {', '.join(known)}")


class FixNotFoundError(LinterError):
    """``apply_fix`` was given the id of a finding that this text has not (or that has no fix)."""

    def __init__(self, diagnostic_id: str) -> None:
        self.diagnostic_id = diagnostic_id
        super().__init__(
            f"no fixable finding {diagnostic_id!r} in this text: the text changed since it was "
            "linted, or that finding has no fix"
        )


class UnknownRuleError(LinterError):
    """A rule name or code that no pack defines (in a config, a suppression or a lookup)."""

    def __init__(self, name: str, where: str = "") -> None:
        self.name = name
        prefix = f"{where}: " if where else ""
        super().__init__(f"{prefix}unknown rule or code prefix {name!r}")
