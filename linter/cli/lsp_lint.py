"""The language server's linting, free of the protocol: a document's text in, findings placed in
it out, and the edit each fix makes to the document.

Positions here are 0-based (line, code point in the line) of the editor's own text; the server
turns them into the client's units (UTF-16 by default) with pygls's position codec.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from linter import Config, Diagnostic, LinterError, apply_fix, fix_profile
from linter.cli.fixwrite import rewrite
from linter.cli.inputs import Overrides
from linter.cli.lintfile import lint_doc, make_profile
from linter.cli.profile_md import parse_profile
from linter.cli.source import InputError, ProfileDoc

Point = tuple[int, int]  # 0-based line, code point within the line


@dataclass(frozen=True)
class Finding:
    diagnostic: Diagnostic
    start: Point
    end: Point


@dataclass(frozen=True)
class TextChange:
    """Replace ``start``-``end`` of the editor's text with ``text``."""

    start: Point
    end: Point
    text: str


@dataclass
class Linted:
    """One document: its findings, or the one problem that stopped it (``None``: no profile)."""

    text: str
    doc: ProfileDoc | None = None
    config: Config | None = None
    findings: list[Finding] = field(default_factory=list)
    problem: str | None = None
    crlf: bool = False
    bom: bool = False

    def point(self, offset: int) -> Point:
        """The editor's (line, code point) of an offset in the parsed (``\\n``, no BOM) text."""
        assert self.doc is not None
        line, column = self.doc.position(offset)
        return line - 1, column - 1 + (1 if self.bom and line == 1 else 0)


def lint_text(text: str, path: str) -> Linted:
    """Lint a document as ``check`` would lint the file at ``path`` (its configuration too)."""
    bom = text.startswith("\ufeff")
    source = text[1:] if bom else text
    linted = Linted(text, crlf="\r\n" in source, bom=bom)
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    try:
        linted.config = Overrides().for_path(path)  # found from the file's folder upward
        doc, _ = parse_profile(source, path, crlf=linted.crlf, bom=bom)
        report, ends = lint_doc(doc, linted.config, None)
    except InputError as exc:
        if "no profile found" not in str(exc):
            linted.problem = str(exc)
        return linted
    except LinterError as exc:  # the configuration, or an unknown target
        linted.problem = str(exc)
        return linted
    linted.doc = doc
    bump = 1 if bom else 0
    for diag, (end_line, end_column) in zip(report.diagnostics, ends, strict=True):
        start = (diag.line - 1, diag.column - 1 + (bump if diag.line == 1 else 0))
        end = (end_line - 1, end_column - 1 + (bump if end_line == 1 else 0))
        linted.findings.append(Finding(diag, start, end))
    return linted


def _change(linted: Linted, new_source: str) -> TextChange | None:
    """The smallest single replacement that turns the parsed text into ``new_source``."""
    assert linted.doc is not None
    old = linted.doc.source
    if new_source == old:
        return None
    prefix = 0
    limit = min(len(old), len(new_source))
    while prefix < limit and old[prefix] == new_source[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix
        and old[len(old) - 1 - suffix] == new_source[len(new_source) - 1 - suffix]
    ):
        suffix += 1
    replacement = new_source[prefix : len(new_source) - suffix]
    if linted.crlf:
        replacement = replacement.replace("\n", "\r\n")
    return TextChange(linted.point(prefix), linted.point(len(old) - suffix), replacement)


def fix_change(linted: Linted, finding: Finding) -> TextChange | None:
    """The edit that applies this one finding's fix (``None``: it has none, or it cannot be
    written back into the markdown)."""
    doc, diag = linted.doc, finding.diagnostic
    if doc is None or diag.fix is None:
        return None
    fields = {name: text.text for name, text in doc.fields.items()}
    profile = make_profile(fields, doc.target)
    try:
        fixed = apply_fix(profile, diag.id, linted.config).profile
        new_source = rewrite(doc, {name: fixed.text(name) for name in fields})
    except (InputError, LinterError):
        return None
    return _change(linted, new_source)


def fix_all_change(linted: Linted) -> TextChange | None:
    """The edit that applies every safe fix (as ``check --fix``)."""
    doc = linted.doc
    if doc is None or linted.config is None:
        return None
    fields = {name: text.text for name, text in doc.fields.items()}
    result = fix_profile(make_profile(fields, doc.target), linted.config, unsafe=False)
    try:
        new_source = rewrite(doc, {name: result.profile.text(name) for name in fields})
    except InputError:
        return None
    return _change(linted, new_source)


def fix_title(finding: Finding) -> str:
    """What a code action says: which rule, what it changes, and whether it is safe."""
    diag = finding.diagnostic
    assert diag.fix is not None
    edits = diag.fix.edits
    if len(edits) == 1 and edits[0].replacement:
        change = f"replace with “{edits[0].replacement}”"
    elif all(not edit.replacement for edit in edits):
        change = "remove"
    else:
        change = "rewrite"
    if diag.fix.applicability == "safe":
        return f"Fix {diag.code} [{diag.rule}]: {change}"
    return (
        f"Unsafe fix {diag.code} [{diag.rule}]: {change} (changes what the text claims: check it)"
    )
