"""``headline-lint batch``: JSONL or CSV in, one JSON result per row out, bad rows counted."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from linter import Config, Report
from linter.cli.batch import lint_partition, lint_record
from linter.cli.batch_io import Outcome, Stats, read_rows
from tests.cli.helpers import Run, Write

ROWS = [
    {"id": "a", "headline": "Senior ML Engineer | PyTorch"},
    {"id": "b", "headline": "AI Engineer | RAG in production", "summary": "Passionate about AI."},
    {"headline": "Research Scientist", "target": "ml-research"},
]


def jsonl(rows: Sequence[object]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def read_out(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_batch_in_order_with_malformed_lines(
    cli: Run, write: Write, tmp_path: Path, jobs: str
) -> None:
    text = jsonl(ROWS[:2]) + "{not json\n\n" + jsonl([[1, 2], {"headline": 3}]) + jsonl(ROWS[2:])
    write("in.jsonl", text * 40)  # 280 lines: several chunks in flight
    proc = cli("batch", "in.jsonl", "--out", "out.jsonl", "--jobs", jobs)
    assert proc.returncode == 1, proc.stderr
    out = read_out(tmp_path / "out.jsonl")
    assert len(out) == 6 * 40
    assert [row["line"] for row in out[:6]] == [1, 2, 3, 5, 6, 7]
    assert out[0]["id"] == "a" and "id" not in out[5]
    Report.model_validate({k: v for k, v in out[0].items() if k not in ("line", "id")})
    assert "invalid JSON" in str(out[2]["error"]) and "JSON object" in str(out[3]["error"])
    assert "must be a string" in str(out[4]["error"])
    assert "in.jsonl:3: malformed: invalid JSON" in proc.stderr
    assert f"Linted {3 * 40} profiles" in proc.stdout
    assert f"Malformed rows: {3 * 40} (lines 3, 5, 6, 10, 12" in proc.stdout
    assert "HL101 legacy-title" in proc.stdout and "median" in proc.stdout


def test_csv_batch_reports_rows_by_their_first_line(cli: Run, write: Write, tmp_path: Path) -> None:
    with (tmp_path / "in.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "headline", "summary"])
        writer.writerow(["1", "Senior ML Engineer", "Two\nlines"])
        writer.writerow(["2", "only two fields"])
        writer.writerow(["3", "AI Engineer", ""])
    proc = cli("batch", "in.csv", "--out", "out.jsonl", "--jobs", "1")
    out = read_out(tmp_path / "out.jsonl")
    assert [(row["line"], row.get("id")) for row in out] == [(2, "1"), (4, None), (5, "3")]
    assert "expected 3 fields, got 2" in str(out[1]["error"])
    assert proc.returncode == 1
    assert "in.csv:4: malformed" in proc.stderr


def test_missing_input_and_bad_config_exit_2(cli: Run, write: Write) -> None:
    proc = cli("batch", "nope.jsonl", "--out", "o.jsonl")
    assert proc.returncode == 2 and "nope.jsonl" in proc.stderr
    write("in.jsonl", jsonl(ROWS))
    proc = cli("batch", "in.jsonl", "--out", "o.jsonl", "--select", "nonsense")
    assert proc.returncode == 2 and "nonsense" in proc.stderr


def test_all_good_rows_exit_0(cli: Run, write: Write) -> None:
    write("in.jsonl", jsonl(ROWS))
    assert cli("batch", "in.jsonl", "--out", "o.jsonl", "-j", "1").returncode == 0


def test_lint_record_and_partition_are_the_distributed_entry_points() -> None:
    config = Config(select=("legacy-title",))
    results = list(lint_partition(iter(ROWS), config))
    assert [len(r["diagnostics"]) for r in results] == [1, 0, 0]
    assert lint_record({"summary": ""}) == {"error": "no `headline` or `summary`"}
    assert "unknown target" in lint_record({"headline": "x", "target": "astronaut"})["error"]


def test_stats_are_constant_size_and_exact(tmp_path: Path) -> None:
    stats = Stats()
    for score in (10, 20, 30, 40, 100):
        stats.add(Outcome.of({"score": score, "diagnostics": [{"code": "HL1", "rule": "r"}]}))
    stats.add(Outcome.of({"line": 9, "error": "x"}))
    assert (stats.percentile(0), stats.percentile(0.5), stats.percentile(1)) == (10, 30, 100)
    assert stats.rules["HL1 r"] == 5 and stats.malformed == 1 and len(stats.scores) == 101
    assert stats.malformed_lines == [9]
    path = tmp_path / "x.jsonl"
    path.write_text('{"headline": "a"}\n', encoding="utf-8")
    assert [row.line for row in read_rows(str(path))] == [1]
