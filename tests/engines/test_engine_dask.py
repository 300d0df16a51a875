"""Dask, for real: a LocalCluster with two worker processes gives exactly ``batch --jobs 1``."""

from __future__ import annotations

import json
from typing import Any

import pytest

from linter import Config
from linter.cli.batch import lint_partition
from linter.cli.parquet import records
from tests.engines.helpers import Reference, batch

pytestmark = pytest.mark.dist


def test_cli_on_a_running_scheduler_is_byte_identical_to_jobs_1(
    reference: Reference, dask_client: Any
) -> None:
    address = dask_client.scheduler.address
    proc = batch(
        "in.jsonl", "--out", "dask.jsonl", "--engine", "dask", "--scheduler", address,
        cwd=reference.folder,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert (reference.folder / "dask.jsonl").read_bytes() == reference.output
    assert proc.stdout == reference.stdout.replace("jobs1.jsonl", "dask.jsonl")
    assert "in.jsonl:1: malformed" not in proc.stderr
    assert "malformed: invalid JSON" in proc.stderr and "malformed: not UTF-8" in proc.stderr


def test_cli_starts_its_own_local_cluster_and_writes_parquet(reference: Reference) -> None:
    proc = batch(
        "in.jsonl", "--out", "dask.parquet", "--engine", "dask", "--jobs", "2",
        cwd=reference.folder,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    expected = reference.lines()
    for record in expected:  # Parquet's id column is text: a numeric id is its JSON
        if "id" in record and not isinstance(record["id"], str):
            record["id"] = json.dumps(record["id"])
    assert records(str(reference.folder / "dask.parquet")) == expected


def test_lint_bag_gives_what_lint_partition_gives(reference: Reference, dask_client: Any) -> None:
    import dask.bag as db

    from linter.dist import lint_bag

    rows = reference.records()  # dicts, and the lists and strings that are not objects
    config = Config(ignore=("emoji-overload",))
    result = lint_bag(db.from_sequence(rows, npartitions=7), config).compute()
    expected = [
        {**({"id": r["id"]} if r.get("id") not in (None, "") else {}), **out}
        if isinstance(r, dict)
        else {"error": f"expected a JSON object, got {type(r).__name__}"}
        for r, out in zip(rows, _partition(rows, config), strict=True)
    ]
    assert result == expected
    assert any("error" in r for r in result) and any("score" in r for r in result)


def _partition(rows: list[Any], config: Config) -> list[dict[str, Any]]:
    return [next(lint_partition([r], config)) if isinstance(r, dict) else {} for r in rows]


def test_lint_dataframe_keeps_line_and_matches_jobs_1(
    reference: Reference, dask_client: Any
) -> None:
    import dask.dataframe as dd
    import pandas

    from linter.dist import lint_dataframe

    # The valid rows with plain string columns, as a Parquet file or a table would hold them.
    wanted = [r for r in reference.lines() if "error" not in r]
    by_line = {r["line"]: r for r in wanted}
    raw = reference.input.read_bytes().splitlines()
    table = []
    for line in by_line:
        record = json.loads(raw[line - 1])
        table.append(
            {
                "line": line,
                "id": None if record.get("id") is None else str(record["id"]),
                "headline": record.get("headline"),
                "summary": record.get("summary") or record.get("about"),
                "target": record.get("target"),
            }
        )
    for record in wanted:  # a table's id column holds text
        if "id" in record:
            record["id"] = str(record["id"])
    frame = dd.from_pandas(pandas.DataFrame(table), npartitions=5)
    out = lint_dataframe(frame, Config()).compute()
    assert out["line"].tolist() == list(by_line)
    assert [json.loads(text) for text in out["record"]] == wanted
    assert out["score"].tolist() == [r["score"] for r in wanted]


def test_each_worker_compiles_the_rules_once(dask_client: Any) -> None:
    import dask.bag as db

    from linter.dist import lint_bag

    def reset() -> None:
        from linter.dist import core
        from linter.engine import compile_rules

        compile_rules.cache_clear()
        core._WARM.clear()

    def compiled() -> tuple[int, int, int]:
        from linter.dist import core
        from linter.engine import compile_rules

        info = compile_rules.cache_info()
        return info.misses, info.hits, len(core._WARM)

    dask_client.run(reset)
    rows = [{"headline": f"ML Engineer {i}", "summary": "I deploy APIs."} for i in range(400)]
    lint_bag(db.from_sequence(rows, npartitions=16), Config(fold=60)).compute()
    counts = dask_client.run(compiled)
    assert len(counts) == 2
    assert sum(hits for _, hits, _ in counts.values()) >= len(rows)
    for misses, _hits, warmed in counts.values():
        # one compilation per worker process (none if the scheduler gave it no task), every
        # later row and partition a cache hit: never one per row or per partition
        assert misses <= 1 and warmed <= 1, counts
