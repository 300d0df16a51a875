"""The headline and About from a LinkedIn data export: the archive, or its CSV files.

LinkedIn's "Get a copy of your data" gives a zip of CSV files (``Basic_LinkedInDataExport_*.zip``,
or the complete one). File names are localised, so the files are recognised by their header
row (see :func:`kind`), never by name. Only the headline and the summary are kept: every other
column (names, address, birth date...) is read past and never stored, printed or written.

An archive is read without extracting anything: each CSV member's first line to recognise it,
then the profile members in full, each capped at :data:`MAX_CSV_BYTES`. Declared sizes are
checked before anything is decompressed (zip bombs: :data:`MAX_RATIO`, :data:`MAX_TOTAL`).
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from linter.cli.source import InputError

Kind = Literal["profile", "summary"]
# Profile.csv's header: First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,
# Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers. These four identify
# it (LinkedIn has added columns over the years); Profile Summary.csv's is this one column.
PROFILE_COLUMNS = frozenset({"first name", "last name", "headline", "summary"})
SUMMARY_HEADERS = (("profile summary",), ("summary",))
MAX_CSV_BYTES = 1 << 20  # a profile CSV holds one row: 1 MiB is far more than it needs
MAX_HEADER_BYTES = 64 << 10
MAX_RATIO = 100  # a member that expands more than this (and past 1 MiB) is a zip bomb
MAX_TOTAL = 4 << 30  # declared uncompressed size of the whole archive
MAX_MEMBERS = 100_000
WRONG_HEADER = (
    "not a LinkedIn profile export: its header row is neither Profile.csv's "
    "(First Name, Last Name, ..., Headline, Summary, ...) nor Profile Summary.csv's "
    "(Profile Summary)"
)


@dataclass(frozen=True)
class ExportProfile:
    """What the export says: the headline and the About text (newlines as ``\\n``)."""

    headline: str
    summary: str


def is_export(path: str) -> bool:
    return Path(path).suffix.lower() in (".zip", ".csv")


def _cells(header: list[str]) -> list[str]:
    return [cell.strip().lstrip("\ufeff").strip().lower() for cell in header]


def kind(header: list[str]) -> Kind | None:
    """Which export file a CSV header row belongs to, if any."""
    cells = _cells(header)
    if set(cells) >= PROFILE_COLUMNS:
        return "profile"
    if tuple(cells) in SUMMARY_HEADERS:
        return "summary"
    return None


def _decode(data: bytes, label: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: not UTF-8 text (invalid byte at {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _header(first: bytes) -> list[str]:
    line = first.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return []


def _fields(data: bytes, label: str) -> tuple[Kind, dict[str, str]]:
    """The headline and/or summary of one export CSV; nothing else leaves this function."""
    if len(data) > MAX_CSV_BYTES:
        raise InputError(f"{label}: too large for a profile file (limit {MAX_CSV_BYTES} bytes)")
    reader = csv.reader(io.StringIO(_decode(data, label), newline=""))
    try:
        header = next(reader, [])
        found = kind(header)
        if found is None:
            raise InputError(f"{label}: {WRONG_HEADER}")
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise InputError(f"{label}: invalid CSV: {exc}") from None
    if len(rows) != 1:
        raise InputError(f"{label}: expected one profile row, found {len(rows)}")
    cells = _cells(header)
    if len(rows[0]) != len(cells):
        raise InputError(f"{label}: the row has {len(rows[0])} fields, the header {len(cells)}")
    if found == "summary":
        return found, {"summary": rows[0][0]}
    return found, {name: rows[0][cells.index(name)] for name in ("headline", "summary")}


def _combine(label: str, parts: dict[Kind, dict[str, str]]) -> ExportProfile:
    headline = parts.get("profile", {}).get("headline", "")
    # Profile Summary.csv (newer archives) holds the About; else Profile.csv's Summary column.
    summary = parts.get("summary", {}).get("summary", "") or parts.get("profile", {}).get(
        "summary", ""
    )
    if not headline.strip() and not summary.strip():
        raise InputError(f"{label}: the export's headline and summary are both empty")
    return ExportProfile(headline=headline, summary=summary)


def _read_csv(path: Path) -> ExportProfile:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    found, fields = _fields(data, str(path))
    return _combine(str(path), {found: fields})


def _check_sizes(label: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{label}: refused: {len(members)} files (limit {MAX_MEMBERS})")
    total = sum(info.file_size for info in members)
    if total > MAX_TOTAL:
        raise InputError(f"{label}: refused: would expand to {total} bytes (limit {MAX_TOTAL})")
    for info in members:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_CSV_BYTES and ratio > MAX_RATIO:
            raise InputError(
                f"{label}: refused: {info.filename} would expand {ratio:.0f} times "
                f"(limit {MAX_RATIO}): a zip bomb?"
            )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, label: str) -> bytes:
    try:
        with archive.open(info) as handle:
            return handle.read(limit)
    except RuntimeError:  # zipfile: "File ... is encrypted, password required"
        raise InputError(f"{label}: {info.filename} is encrypted") from None
    except NotImplementedError:
        raise InputError(f"{label}: {info.filename}: unsupported compression method") from None
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise InputError(f"{label}: corrupt archive (cannot read {info.filename})") from None


def _read_zip(path: Path) -> ExportProfile:
    label = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(label, members)
            parts: dict[Kind, dict[str, str]] = {}
            seen: dict[Kind, str] = {}
            for info in sorted(members, key=lambda member: member.filename):
                if info.is_dir() or not info.filename.lower().endswith(".csv"):
                    continue
                found = kind(_header(_read_member(archive, info, MAX_HEADER_BYTES, label)))
                if found is None:
                    continue
                if found in seen:
                    raise InputError(
                        f"{label}: two {found} files ({seen[found]} and {info.filename})"
                    )
                seen[found] = info.filename
                data = _read_member(archive, info, MAX_CSV_BYTES + 1, label)
                parts[found] = _fields(data, f"{label}:{info.filename}")[1]
    except zipfile.BadZipFile:
        raise InputError(f"{label}: not a valid zip archive (corrupt or truncated)") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot read: {exc.strerror or exc}") from None
    if "profile" not in parts and "summary" not in parts:
        raise InputError(
            f"{label}: no LinkedIn profile in this archive (no CSV file with Profile.csv's "
            "header row)"
        )
    return _combine(label, parts)


def read_export(path: str | Path) -> ExportProfile:
    """The profile in a LinkedIn export archive or one of its CSV files; :class:`InputError`
    (one line, naming the file) for anything else."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    return _read_zip(path)
