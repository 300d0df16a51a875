"""Synthetic LinkedIn data exports for the tests (never a real one): the zip and its CSV files."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

PROFILE_HEADER = [
    "First Name",
    "Last Name",
    "Maiden Name",
    "Address",
    "Birth Date",
    "Headline",
    "Summary",
    "Industry",
    "Zip Code",
    "Geo Location",
    "Twitter Handles",
    "Websites",
    "Instant Messengers",
]
HEADLINE = "Senior ML Engineer | PyTorch | Computer Vision"
SUMMARY = (
    "Passionate about shipping vision models.\n\n"
    "I trained detectors that beat the baseline on two public benchmarks, in Python."
)


def marker(column: str) -> str:
    """A value no output may ever show: the column it was put in, made unmistakable."""
    return f"QX7{column.replace(' ', '')}Z9"


def csv_bytes(header: list[str], rows: list[list[str]], bom: bool = True) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")  # LinkedIn's files use CRLF
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8")


def profile_csv(headline: str = HEADLINE, summary: str = SUMMARY) -> bytes:
    values = {"Headline": headline, "Summary": summary}
    return csv_bytes(PROFILE_HEADER, [[values.get(c, marker(c)) for c in PROFILE_HEADER]])


def summary_csv(summary: str) -> bytes:
    return csv_bytes(["Profile Summary"], [[summary]])


def other_files() -> dict[str, bytes]:
    """Files every export holds besides the profile, each full of markers."""
    connections = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position"]
    return {
        "Connections.csv": b"Notes:\r\n"
        + csv_bytes(connections, [[marker(c) for c in connections]]),
        "Positions.csv": csv_bytes(["Company Name", "Title"], [[marker("Company"), "Engineer"]]),
        "Email Addresses.csv": csv_bytes(["Email Address"], [[marker("Email")]]),
        "messages/readme.txt": marker("Message").encode(),
    }


def write_zip(path: Path, files: dict[str, bytes], folder: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(folder + name, data)
    return path


def write_export(
    tmp: Path,
    name: str = "Basic_LinkedInDataExport_12-01-2026.zip",
    profile_name: str = "Profile.csv",
    headline: str = HEADLINE,
    summary: str = SUMMARY,
    summary_file: str | None = None,
) -> Path:
    files = {**other_files(), profile_name: profile_csv(headline, summary)}
    if summary_file is not None:
        files["Profile Summary.csv"] = summary_csv(summary_file)
    return write_zip(tmp / name, files)
