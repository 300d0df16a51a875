"""Reading profile files: encodings, newlines, a byte-order mark, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.cli.profile_md import parse_profile
from linter.cli.source import InputError, decode, encode, read_text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "f.md: binary file"),
        (b"## About\n\xff\xfe bad", "f.md: not UTF-8 text (invalid byte 0xff at byte 9)"),
        (b"", "f.md: empty file"),
        (b" \n\n\t\n", "f.md: empty file"),
    ],
)
def test_refused_content(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "f.md")
    assert str(caught.value).startswith(message)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.md")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


def test_crlf_and_bom_are_kept_when_writing_back() -> None:
    raw = "\ufeff## Headline\r\nAI Engineer\r\n".encode()
    text, crlf, bom = decode(raw, "f.md")
    assert text == "## Headline\nAI Engineer\n" and crlf and bom
    doc, _ = parse_profile(text, "f.md", crlf=crlf, bom=bom)
    assert doc.position(doc.fields["headline"].to_file(3)) == (2, 4)
    assert encode(doc, text) == raw
