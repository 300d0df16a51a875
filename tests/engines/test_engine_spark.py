"""Spark, for real: ``local[2]`` on Java 17 gives exactly ``batch --jobs 1``."""

from __future__ import annotations

import json
from typing import Any

import pytest

from linter import Config
from tests.engines.helpers import Reference, batch

pytestmark = pytest.mark.dist


def test_cli_on_spark_local_is_byte_identical_to_jobs_1(reference: Reference, spark: Any) -> None:
    # `spark` only checks that Spark and Java are there; the command starts its own JVM.
    proc = batch(
        "in.jsonl", "--out", "spark.jsonl", "--engine", "spark", "--master", "local[2]",
        cwd=reference.folder,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert (reference.folder / "spark.jsonl").read_bytes() == reference.output
    assert proc.stdout == reference.stdout.replace("jobs1.jsonl", "spark.jsonl")


def test_lint_spark_on_typed_columns_matches_jobs_1(reference: Reference, spark: Any) -> None:
    from linter.dist import lint_spark

    wanted = [r for r in reference.lines() if "error" not in r or "id" in r]
    raw = reference.input.read_bytes().splitlines()
    rows = []
    for r in wanted:
        record = json.loads(raw[r["line"] - 1])
        if not all(isinstance(v, str) for k, v in record.items() if k != "id"):
            continue  # a string column cannot hold a number or a list
        rows.append(
            {
                "line": r["line"],
                "id": None if record.get("id") is None else str(record["id"]),
                "headline": record.get("headline"),
                "summary": record.get("summary") or record.get("about"),
                "target": record.get("target"),
            }
        )
    schema = "line long, id string, headline string, summary string, target string"
    frame = spark.createDataFrame(rows, schema=schema).repartition(3)  # shuffled on purpose
    out = lint_spark(frame, Config()).orderBy("line").collect()
    assert [row["line"] for row in out] == [r["line"] for r in rows]
    expected = {r["line"]: r for r in reference.lines()}
    for row in out:
        want = dict(expected[row["line"]])
        if "id" in want:
            want["id"] = str(want["id"])
        assert json.loads(row["record"]) == want
        assert row["score"] == want.get("score") and row["error"] == want.get("error")
    assert any(row["error"] for row in out)  # the unknown target and the empty row
