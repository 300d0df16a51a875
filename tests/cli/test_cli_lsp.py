"""``headline-lint lsp``: the real server process, driven over stdio by a real client
(pytest-lsp): open, diagnostics, change, fresh diagnostics, code action, apply, hover."""

from __future__ import annotations

import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.support.paths import console_script

# The headline's emoji is two UTF-16 units: every position after it tests the encoding.
EVIDENCE = "I deploy models to production behind REST APIs and build RAG pipelines."
PROFILE = (
    "---\nheadline: 🚀 Senior ML  Engineer | PyTorch\n---\n\n## About\n\nPassionate about models.\n"
)


@pytest_lsp.fixture(  # type: ignore[untyped-decorator]
    config=ClientServerConfig(server_command=[console_script("headline-lint"), "lsp"]),
)
async def client(lsp_client: LanguageClient, tmp_path: Path) -> AsyncIterator[None]:
    (tmp_path / ".headline-lint.toml").write_text('ignore = ["emoji-overload"]\n', "utf-8")
    capabilities = client_capabilities("neovim")  # it offers UTF-8 too: ask for UTF-16 alone
    capabilities.general = lsp.GeneralClientCapabilities(
        position_encodings=[lsp.PositionEncodingKind.Utf16]
    )
    params = lsp.InitializeParams(capabilities=capabilities, root_uri=tmp_path.as_uri())
    result = await lsp_client.initialize_session(params)
    assert result.capabilities.position_encoding in (None, lsp.PositionEncodingKind.Utf16)
    yield
    await lsp_client.shutdown_session()


async def _open(client: LanguageClient, path: Path, text: str) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(
                uri=uri, language_id="markdown", version=1, text=text
            )
        )
    )
    await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


def _by_code(client: LanguageClient, uri: str) -> dict[str, lsp.Diagnostic]:
    return {str(d.code): d for d in client.diagnostics[uri]}


def _apply(text: str, edit: lsp.TextEdit) -> str:
    """Apply one edit as an editor does, positions in UTF-16 code units."""
    lines = text.splitlines(keepends=True)

    def offset(position: lsp.Position) -> int:
        before = "".join(lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return len(before) + len(units)

    return text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]


@pytest.mark.asyncio
async def test_diagnostics_change_fix_and_hover(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "profile.md"
    uri = await _open(client, path, PROFILE)
    found = _by_code(client, uri)
    assert "HL101" in found and "HL307" in found and "HL301" in found, found
    assert "HL305" not in found  # emoji-overload: ignored by the .headline-lint.toml beside it
    legacy = found["HL101"]
    # "headline: " is 10 units, the rocket 2, "␣Senior␣" 8: "ML  Engineer" is 20 to 32.
    assert (legacy.range.start.line, legacy.range.start.character) == (1, 20)
    assert (legacy.range.end.line, legacy.range.end.character) == (1, 32)
    assert legacy.severity == lsp.DiagnosticSeverity.Warning and legacy.source == "headline-lint"

    # Typing: three changes in a row are linted once, when typing pauses (debounced).
    for version, about in enumerate(("I build", "I deploy models", EVIDENCE), start=2):
        text = PROFILE.replace("Passionate about models.", about)
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
    published = await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert published.version == 4
    assert "HL301" not in _by_code(client, uri)  # the buzzword is gone: fresh diagnostics

    whitespace = _by_code(client, uri)["HL307"]
    actions = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            range=whitespace.range,
            context=lsp.CodeActionContext(diagnostics=[whitespace]),
        )
    )
    assert actions is not None
    kinds = {a.kind for a in actions if isinstance(a, lsp.CodeAction)}
    assert kinds == {lsp.CodeActionKind.QuickFix, "source.fixAll.headline-lint"}
    fix = next(a for a in actions if isinstance(a, lsp.CodeAction) and "HL307" in a.title)
    assert fix.kind == lsp.CodeActionKind.QuickFix and fix.is_preferred
    assert fix.edit is not None and fix.edit.document_changes
    (change,) = fix.edit.document_changes
    assert isinstance(change, lsp.TextDocumentEdit)
    (edit,) = change.edits
    assert isinstance(edit, lsp.TextEdit)
    text = _apply(text, edit)
    assert "Senior ML Engineer" in text
    client.text_document_did_change(
        lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    after = _by_code(client, uri)
    assert "HL307" not in after and "HL101" in after

    legacy = after["HL101"]
    unsafe = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            range=legacy.range,
            context=lsp.CodeActionContext(diagnostics=[legacy]),
        )
    )
    assert unsafe is not None
    (rename,) = [a for a in unsafe if isinstance(a, lsp.CodeAction) and "HL101" in a.title]
    assert rename.title.startswith("Unsafe fix HL101 [legacy-title]: replace with “AI Engineer”")
    assert not rename.is_preferred
    assert {a.kind for a in unsafe if isinstance(a, lsp.CodeAction)} == {"quickfix"}

    hover = await client.text_document_hover_async(
        lsp.HoverParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=legacy.range.start
        )
    )
    assert hover is not None and isinstance(hover.contents, lsp.MarkupContent)
    assert "legacy-title (HL101)" in hover.contents.value
    assert "{" not in hover.contents.value


@pytest.mark.asyncio
async def test_a_readme_gets_no_diagnostics_and_a_broken_file_one(
    client: LanguageClient, tmp_path: Path
) -> None:
    readme = await _open(client, tmp_path / "README.md", "# Notes\n\nNothing here.\n")
    assert list(client.diagnostics[readme]) == []
    broken = await _open(client, tmp_path / "bad.md", "---\nheadline: [oops\n---\n")
    (problem,) = client.diagnostics[broken]
    assert "invalid front matter" in problem.message
    assert problem.severity == lsp.DiagnosticSeverity.Error


def test_lsp_help() -> None:
    result = subprocess.run(
        [console_script("headline-lint"), "lsp", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and "language server" in result.stdout
