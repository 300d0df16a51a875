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
