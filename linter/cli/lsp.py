"""``headline-lint lsp``: a language server over stdio (pygls) for profile markdown files.

Findings are published when a document opens or is saved, and while it is edited once typing
pauses for :data:`DEBOUNCE` seconds. Positions go out in the client's units (UTF-16 unless the
client and server agree on another encoding), through pygls's position codec. Code actions:
each fix as a quick fix (safe ones preferred; unsafe ones say so in their title), and "fix all
safe" as ``source.fixAll``. Hover on a finding shows its rule's explanation. The configuration
is the one ``check`` would use for the file: the nearest ``.headline-lint.toml`` or
``pyproject.toml`` from its folder upward, read again on each lint.
"""

from __future__ import annotations

import asyncio

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument

from linter import __version__
from linter.cli.lsp_lint import (
    Finding,
    Linted,
    Point,
    TextChange,
    fix_all_change,
    fix_change,
    fix_title,
    lint_text,
)

DEBOUNCE = 0.3
SOURCE = "headline-lint"
SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}
FIX_ALL = f"{lsp.CodeActionKind.SourceFixAll.value}.{SOURCE}"


class ProfileServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(SOURCE, __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Full)
        self.pending: dict[str, asyncio.TimerHandle] = {}


server = ProfileServer()


def _lint(document: TextDocument) -> Linted:
    return lint_text(document.source, to_fs_path(document.uri) or document.uri)


def _position(document: TextDocument, point: Point) -> lsp.Position:
    server_units = lsp.Position(line=point[0], character=point[1])
    return document.position_codec.position_to_client_units(document.lines, server_units)


def _range(document: TextDocument, start: Point, end: Point) -> lsp.Range:
    return lsp.Range(start=_position(document, start), end=_position(document, end))


def _diagnostic(document: TextDocument, finding: Finding) -> lsp.Diagnostic:
    diag = finding.diagnostic
    message = diag.message + "".join(f"\nsuggestion: {s}" for s in diag.suggestions)
    return lsp.Diagnostic(
        range=_range(document, finding.start, finding.end),
        message=message,
        severity=SEVERITY[diag.severity],
        code=diag.code,
        source=SOURCE,
        data={"rule": diag.rule, "fix": diag.fix.applicability if diag.fix else None},
    )


def publish(ls: ProfileServer, uri: str) -> None:
    ls.pending.pop(uri, None)
    document = ls.workspace.get_text_document(uri)
    linted = _lint(document)
    diagnostics = [_diagnostic(document, finding) for finding in linted.findings]
    if linted.problem is not None:
        start = lsp.Position(line=0, character=0)
        problem = linted.problem.split(": ", 1)[-1] if linted.problem else ""
        diagnostics.append(
            lsp.Diagnostic(
                range=lsp.Range(start=start, end=start),
                message=f"headline-lint cannot lint this file: {problem}",
                severity=lsp.DiagnosticSeverity.Error,
                source=SOURCE,
            )
        )
    params = lsp.PublishDiagnosticsParams(
        uri=uri, version=document.version, diagnostics=diagnostics
    )
    ls.text_document_publish_diagnostics(params)


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: ProfileServer, params: lsp.DidOpenTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: ProfileServer, params: lsp.DidSaveTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: ProfileServer, params: lsp.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    previous = ls.pending.pop(uri, None)
    if previous is not None:
        previous.cancel()
    ls.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE, publish, ls, uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ProfileServer, params: lsp.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    pending = ls.pending.pop(uri, None)
    if pending is not None:
        pending.cancel()
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _overlaps(a: lsp.Range, b: lsp.Range) -> bool:
    def key(p: lsp.Position) -> tuple[int, int]:
        return p.line, p.character

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def _edit(document: TextDocument, change: TextChange) -> lsp.WorkspaceEdit:
    edit = lsp.TextEdit(range=_range(document, change.start, change.end), new_text=change.text)
    versioned = lsp.OptionalVersionedTextDocumentIdentifier(
        uri=document.uri, version=document.version
    )
    return lsp.WorkspaceEdit(
        document_changes=[lsp.TextDocumentEdit(text_document=versioned, edits=[edit])]
    )


@server.feature(
    lsp.TEXT_DOCUMENT_CODE_ACTION,
    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL]),
)
def code_action(ls: ProfileServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    document = ls.workspace.get_text_document(params.text_document.uri)
    linted = _lint(document)
    only = params.context.only
    actions: list[lsp.CodeAction] = []
    for finding in linted.findings:
        diag = finding.diagnostic
        if diag.fix is None or (only and lsp.CodeActionKind.QuickFix not in only):
            continue
        if not _overlaps(_range(document, finding.start, finding.end), params.range):
            continue
        change = fix_change(linted, finding)
        if change is None:
            continue
        actions.append(
            lsp.CodeAction(
                title=fix_title(finding),
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[_diagnostic(document, finding)],
                is_preferred=diag.fix.applicability == "safe",
                edit=_edit(document, change),
            )
        )
    if not only or any(kind.startswith(lsp.CodeActionKind.SourceFixAll) for kind in only):
        change = fix_all_change(linted)
        if change is not None:
            title = "Fix all safe fixes (headline-lint)"
            actions.append(lsp.CodeAction(title=title, kind=FIX_ALL, edit=_edit(document, change)))
    return actions


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: ProfileServer, params: lsp.HoverParams) -> lsp.Hover | None:
    from linter.cli.explain import explain_text

    document = ls.workspace.get_text_document(params.text_document.uri)
    linted = _lint(document)
    at = lsp.Range(start=params.position, end=params.position)
    parts: list[str] = []
    for finding in linted.findings:
        where = _range(document, finding.start, finding.end)
        if _overlaps(where, at) and linted.config is not None:
            text = explain_text(finding.diagnostic.rule, linted.config, markdown=True)
            if text and text not in parts:
                parts.append(text)
    if not parts:
        return None
    content = lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n---\n\n".join(parts))
    return lsp.Hover(contents=content)


def main() -> int:
    server.start_io()
    return 0
