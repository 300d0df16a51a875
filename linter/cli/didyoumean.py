""" "Did you mean ...?" for a mistyped rule, code, target, key or flag."""

from __future__ import annotations

from collections.abc import Iterable


def close(word: str, choices: Iterable[str], n: int = 1) -> list[str]:
    """The known names closest to ``word`` (case-insensitive), best first."""
    import difflib

    known = {choice.lower(): choice for choice in choices}
    matches = difflib.get_close_matches(word.lower(), list(known), n=n, cutoff=0.6)
    return [known[match] for match in matches]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``"; did you mean 'x'?"``, or ``""`` when nothing is close."""
    found = close(word, choices)
    return f"; did you mean {found[0]!r}?" if found else ""


def describe(exc: Exception) -> str:
    """A core error's message, with the closest known name when it names an unknown one."""
    from linter import UnknownRuleError, UnknownTargetError

    message = str(exc)
    if isinstance(exc, UnknownTargetError):
        return message + did_you_mean(exc.target, exc.known)
    if isinstance(exc, UnknownRuleError):
        from linter.ruleset import load_ruleset

        rules = load_ruleset().rules
        return message + did_you_mean(exc.name, [r.name for r in rules] + [r.code for r in rules])
    return message


def choice_hint(message: str) -> str:
    """argparse's "invalid choice: 'x' (choose from ...)" with the closest choice added."""
    import re

    found = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
    if found is None:
        return message
    choices = re.findall(r"[\w.-]+", found.group(2))
    return message + did_you_mean(found.group(1), choices).replace(";", ":", 1)
