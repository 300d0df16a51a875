"""In-file suppressions, as markdownlint and Vale users write them.

``<!-- headline-lint: disable NAME ... -->`` silences the named rules for the rest of the file
(no names: every rule); ``<!-- headline-lint: disable-next-line NAME ... -->`` for the next
non-blank line only. Names are rule names, codes or code prefixes, separated by spaces or commas.
A name no rule answers to is reported (``unknown-suppression``); with
``--report-unused-suppressions`` so is a name that silenced nothing (``unused-suppression``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from linter.cli.source import Comment, ProfileDoc
from linter.models import FieldName

PREFIX = "headline-lint:"
KINDS = ("disable", "disable-next-line")
UNKNOWN = ("HL001", "unknown-suppression")
UNUSED = ("HL002", "unused-suppression")


@dataclass
class Directive:
    comment: Comment
    kind: str
    names: tuple[str, ...]  # as written; empty means every rule
    rules: dict[str, set[str]] = field(default_factory=dict)  # written name -> rule names
    used: set[str] = field(default_factory=set)  # written names that silenced something
    line: int = 0  # the line it covers (disable-next-line)


@dataclass(frozen=True)
class Problem:
    """A suppression that is itself a finding, at a file offset."""

    offset: int
    field: FieldName
    code: str
    rule: str
    message: str


def parse(
    doc: ProfileDoc, resolve: Callable[[str], set[str] | None]
) -> tuple[list[Directive], list[Problem]]:
    """The file's directives; ``resolve`` maps a written name to rule names (None: unknown)."""
    directives: list[Directive] = []
    problems: list[Problem] = []
    for comment in doc.comments:
        body = comment.text.strip()
        if not body.startswith(PREFIX):
            continue
        kind, _, rest = body[len(PREFIX) :].strip().partition(" ")
        names = tuple(rest.replace(",", " ").split())
        where = doc.field_of(comment.start)
        if kind not in KINDS:
            message = f"unknown suppression {kind!r}; use `disable` or `disable-next-line`"
            problems.append(Problem(comment.start, where, *UNKNOWN, message))
            continue
        directive = Directive(comment, kind, names)
        if kind == "disable-next-line":
            directive.line = doc.next_text_line(doc.position(comment.end)[0])
        for name in names:
            found = resolve(name)
            if found is None:
                message = f"suppression names unknown rule or code {name!r}"
                problems.append(Problem(comment.start, where, *UNKNOWN, message))
            else:
                directive.rules[name] = found
        directives.append(directive)
    return directives, problems


def suppressed(directives: Iterable[Directive], rule: str, offset: int, line: int) -> bool:
    """Whether a finding of ``rule`` starting at file ``offset`` (on ``line``) is silenced;
    marks the directives that silence it as used."""
    hit = False
    for directive in directives:
        if directive.kind == "disable" and offset < directive.comment.end:
            continue
        if directive.kind == "disable-next-line" and line != directive.line:
            continue
        if not directive.names:
            directive.used.add("")
            hit = True
        for name, rules in directive.rules.items():
            if rule in rules:
                directive.used.add(name)
                hit = True
    return hit


def unused(doc: ProfileDoc, directives: Iterable[Directive]) -> list[Problem]:
    problems = []
    for directive in directives:
        where = doc.field_of(directive.comment.start)
        start = directive.comment.start
        if not directive.names and "" not in directive.used:
            message = f"unused suppression: `{directive.kind}` silenced nothing"
            problems.append(Problem(start, where, *UNUSED, message))
        for name in directive.rules:
            if name not in directive.used:
                message = f"unused suppression: {name!r} silenced nothing here"
                problems.append(Problem(start, where, *UNUSED, message))
    return problems
