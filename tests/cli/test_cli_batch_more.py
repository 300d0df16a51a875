"""``headline-lint batch``: Parquet in and out, the HTML audit report's content, and the engine
flags when their extra is missing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from linter.cli.parquet import records
from tests.cli.helpers import Run, Write

ROWS = [
    {"id": "a", "headline": "Senior ML Engineer | PyTorch", "summary": "I like data."},
    {
        "id": "b",
        "headline": "ML Engineer",
        "summary": "I deployed a REST API to production, and I built the chatbot our staff use.",
    },
    {"id": "c", "headline": "AI Engineer", "summary": "I love puzzles."},
    {"id": "<script>alert(1)</script>", "headline": "Data person <b>bold</b> & co"},
    {"id": "e", "headline": "AI Engineer", "target": "astronaut"},
    {"id": "f", "headline": "Research Scientist | NeurIPS", "target": "ml-research"},
]


def jsonl(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def read_out(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_parquet_in_gives_the_jsonl_records_and_parquet_out_reads_back(
    cli: Run, write: Write, tmp_path: Path
) -> None:
    write("in.jsonl", jsonl(ROWS))
    columns = {k: [row.get(k) for row in ROWS] for k in ("id", "headline", "summary", "target")}
    pq.write_table(pa.table(columns), tmp_path / "in.parquet", row_group_size=4)
    assert cli("batch", "in.jsonl", "--out", "j.jsonl", "-j", "1").returncode == 1
    proc = cli("batch", "in.parquet", "--out", "p.jsonl", "-j", "2")
    assert proc.returncode == 1, proc.stderr
    expected = read_out(tmp_path / "j.jsonl")
    assert read_out(tmp_path / "p.jsonl") == expected  # row numbers are the JSONL's lines
    assert "in.parquet:5: malformed: unknown target" in proc.stderr
    assert cli("batch", "in.parquet", "--out", "p.parquet", "-j", "1").returncode == 1
    assert records(str(tmp_path / "p.parquet")) == expected
    schema = pq.read_schema(tmp_path / "p.parquet")
    assert schema.field("diagnostics").type.value_type.field("fix").type.num_fields == 2


def test_parquet_typed_cells_and_bad_files(cli: Run, write: Write, tmp_path: Path) -> None:
    table = pa.table({"id": [7, 8], "headline": ["ML Engineer", None], "summary": [None, None]})
    pq.write_table(table, tmp_path / "typed.parquet")
    pq.write_table(pa.table({"headline": [b"ML Engineer"]}), tmp_path / "bytes.parquet")
    proc = cli("batch", "typed.parquet", "--out", "t.jsonl", "-j", "1")
    out = read_out(tmp_path / "t.jsonl")
    assert out[0]["id"] == 7 and out[0]["line"] == 1 and "score" in out[0]
    assert out[1] == {"line": 2, "id": 8, "error": "no `headline` or `summary`"}
    assert proc.returncode == 1
    cli("batch", "bytes.parquet", "--out", "b.jsonl", "-j", "1")
    assert read_out(tmp_path / "b.jsonl") == [
        {"line": 1, "error": "`headline` must be a string, not bytes"}
    ]
    write("fake.parquet", "not parquet at all")
    proc = cli("batch", "fake.parquet", "--out", "f.jsonl")
    assert proc.returncode == 2 and "fake.parquet: not a Parquet file" in proc.stderr
    pq.write_table(pa.table({"name": ["x"]}), tmp_path / "cols.parquet")
    proc = cli("batch", "cols.parquet", "--out", "c.jsonl")
    assert proc.returncode == 1
    assert "no `headline` or `summary` column" in str(read_out(tmp_path / "c.jsonl")[0]["error"])


def test_report_counts_escapes_and_keeps_text_out(cli: Run, write: Write, tmp_path: Path) -> None:
    write("in.jsonl", jsonl(ROWS) + "{broken\n")
    proc = cli("batch", "in.jsonl", "--out", "o.jsonl", "--report", "audit.html", "-j", "1")
    assert proc.returncode == 1 and "Audit report: audit.html" in proc.stdout
    html = (tmp_path / "audit.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 4  # scores, rules, missing families, title decisions
    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Data person" not in html and "Senior ML Engineer" not in html  # ids only
    assert not re.search(r"\b(src|href)=\"(?!#)|url\((?!#)|@import", html)  # only #fragments
    assert "default-src &#x27;none&#x27;" in html or "default-src 'none'" in html
    cells = re.findall(r"<tr><td>([^<]+)</td><td class=\"n\">(\d+)</td>", html)
    counts = dict(cells)
    assert counts["legacy title, new title offered"] == "1"  # b: deployment evidence
    assert counts["legacy title, no new title offered (no systems evidence)"] == "1"  # a
    assert counts["modern title not backed by the About text"] == "1"  # c
    assert counts["LLMs"] == "1"  # b: its chatbot, never named as LLM work
    assert "<b>5</b>profiles linted" in html and "<b>2</b>malformed rows" in html


def test_report_include_text_shows_escaped_headlines(
    cli: Run, write: Write, tmp_path: Path
) -> None:
    write("in.jsonl", jsonl(ROWS))
    args = ("batch", "in.jsonl", "--out", "o.jsonl", "--report", "a.html", "-j", "1")
    assert cli(*args, "--include-text").returncode == 1
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "Data person &lt;b&gt;bold&lt;/b&gt; &amp; co" in html and "<b>bold" not in html
    assert cli("batch", "in.jsonl", "--out", "o.jsonl", "--include-text").returncode == 2


def test_engine_flags_name_the_extra_when_it_is_missing(
    cli: Run, write: Write, tmp_path: Path
) -> None:
    write("in.jsonl", jsonl(ROWS))
    blocked = tmp_path / "blocked"
    for name in ("dask", "distributed", "pyspark"):  # importing any of them fails
        write(f"blocked/{name}/__init__.py", "raise ImportError('not installed')\n")
    env = {"PYTHONPATH": str(blocked)}
    for engine in ("dask", "spark"):
        proc = cli("batch", "in.jsonl", "--out", "o.jsonl", "--engine", engine, env=env)
        assert proc.returncode == 2
        assert proc.stderr == (
            f"headline-lint: error: --engine {engine} needs the `{engine}` extra: "
            f"pip install 'headline-linter[{engine}]'\n"
        )
        assert not (tmp_path / "o.jsonl").exists()
    proc = cli("batch", "in.jsonl", "--out", "o.jsonl", "--scheduler", "tcp://x:1")
    assert proc.returncode == 2 and "--scheduler needs --engine dask" in proc.stderr


def test_stats_keep_the_lowest_scores_in_bounded_memory() -> None:
    from linter.cli.batch_stats import LOWEST, Outcome, Stats

    stats = Stats()
    scores = [(i * 37) % 101 for i in range(1, 400)]
    for line, score in enumerate(scores, start=1):
        stats.add(Outcome(line, score=score, rules=("HL101 legacy-title",) * (score % 3)))
    kept = stats.lowest()
    expected = sorted(enumerate(scores, start=1), key=lambda pair: (pair[1], pair[0]))[:LOWEST]
    assert [(o.line, o.score) for o in kept] == expected
    assert len(stats._lowest) == LOWEST
    assert stats.rule_rows["HL101 legacy-title"] == sum(1 for s in scores if s % 3)
    assert stats.rules["HL101 legacy-title"] == sum(s % 3 for s in scores)


def test_report_title_decisions_agree_with_linter_decisions() -> None:
    from linter import Profile, lint
    from linter.cli.batch_stats import Outcome
    from linter.decisions import title_decisions

    profiles = [
        Profile(headline=row["headline"], summary=row.get("summary", "")) for row in ROWS[:4]
    ]
    profiles.append(
        Profile(
            headline="AI Engineer",
            summary="I deploy LLM agents inside client infrastructure, embedded with client teams.",
        )
    )
    seen: set[str] = set()
    for profile in profiles:
        report = lint(profile)
        decided = title_decisions(report)
        titles = Outcome.of(report.model_dump(mode="json")).titles
        assert ("legacy title, new title offered" in titles) == decided.rename_offered
        assert ("modern title not backed by the About text" in titles) == decided.unsupported
        assert ("forward-deployed title suggested" in titles) == decided.forward_deployed
        seen.update(titles)
    assert len(seen) >= 3
