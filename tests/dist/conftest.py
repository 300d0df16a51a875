"""Fixtures for the distributed-engine tests: a real Dask LocalCluster (two worker processes)
and a real Spark ``local[2]`` session, one of each per test session, and a generated input
with malformed rows of every kind, linted once with ``batch --jobs 1`` as the reference.

Under ``CI=true`` a missing engine (the dask or spark extra, or Java 17) fails; elsewhere the
tests skip with the reason.
"""

from __future__ import annotations

import json
import logging
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
SCRIPT = Path(sys.executable).with_name("headline-lint")


def unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"distributed tests cannot run under CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


def batch(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``headline-lint batch ARGS`` as a real process (Spark's JVM start is slow: long timeout)."""
    return subprocess.run(
        [str(SCRIPT), "batch", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "NO_COLOR": "1"},
        timeout=900,
    )


HEADLINES = (
    "Senior ML Engineer | PyTorch | Computer Vision",
    "AI Engineer | RAG in production | Python",
    "Machine Learning Engineer ✨ NLP",
    "PhD | Data Scientist | passionate about AI",
    "Research Scientist | NeurIPS",
    "ML Engineer II at Example Bank",
    "مهندس ذكاء اصطناعي | AI Engineer",  # right-to-left text
    "🚀🚀 GenAI Engineer 🤖 open to work",
)
SUMMARIES = (
    "I deployed a REST API to production on Kubernetes and built evaluation harnesses.",
    "Passionate about deep learning. I love training cycles and validation loss curves.",
    "I trained models that beat the baseline on two public benchmarks.",
    "I build RAG systems behind FastAPI services, with monitoring and CI/CD on AWS.",
    "",
)
# Rows that must come back as errors, never dropped (one of each kind).
MALFORMED = (
    b"{not json",
    b"[1, 2, 3]",
    b'"just a string"',
    b'{"id": "int-headline", "headline": 3}',
    b'{"id": "list-summary", "headline": "AI Engineer", "summary": ["a", "b"]}',
    b'{"id": "no-fields"}',
    b'{"id": "empty-fields", "headline": "", "summary": ""}',
    b'{"id": "bad-target", "headline": "ML Engineer", "target": "astronaut"}',
    b'{"id": "nan-target", "headline": "ML Engineer", "target": 1.5}',
    b'{"id": "\xff\xfe not utf-8"}',
)


def generate(count: int, seed: int = 14) -> bytes:
    """JSONL: mostly valid profiles (ids of several types, `about` for `summary`, targets), with
    every malformed kind above and blank lines spread through it."""
    rng = random.Random(seed)
    lines: list[bytes] = []
    for i in range(count):
        if i % 9 == 4:
            lines.append(MALFORMED[(i // 9) % len(MALFORMED)])
            continue
        if i % 23 == 11:
            lines.append(b"")
        record: dict[str, Any] = {"headline": rng.choice(HEADLINES)}
        summary = rng.choice(SUMMARIES)
        if summary:
            record["about" if i % 5 == 0 else "summary"] = summary
        if i % 7 != 3:
            record["id"] = f"p{i:04d}" if i % 3 else i
        if i % 11 == 2:
            record["target"] = rng.choice(("ml-research", "forward-deployed-ai-engineer"))
        lines.append(json.dumps(record, ensure_ascii=i % 2 == 0).encode("utf-8"))
    return b"\n".join(lines) + b"\n"


@dataclass(frozen=True)
class Reference:
    folder: Path
    input: Path  # the generated JSONL
    output: bytes  # `batch --jobs 1` on it
    stdout: str

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.output.decode("utf-8").splitlines()]

    def records(self) -> list[Any]:
        """The input rows that parse as JSON, as dicts or whatever else they are."""
        out = []
        for raw in self.input.read_bytes().splitlines():
            try:
                out.append(json.loads(raw.decode("utf-8")))
            except (UnicodeDecodeError, json.JSONDecodeError):
                continue
        return out


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    folder = tmp_path_factory.mktemp("dist")
    source = folder / "in.jsonl"
    source.write_bytes(generate(300))
    proc = batch("in.jsonl", "--out", "jobs1.jsonl", "--jobs", "1", cwd=folder)
    assert proc.returncode == 1, proc.stderr  # 1: the malformed rows
    return Reference(folder, source, (folder / "jobs1.jsonl").read_bytes(), proc.stdout)


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        unavailable("the dask extra is not installed: pip install 'headline-linter[dask]'")
        raise
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        unavailable("the spark extra is not installed: pip install 'headline-linter[spark]'")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        unavailable("no Java: apt-get install openjdk-17-jre-headless (make test does)")
    from linter.dist.spark_engine import session

    instance = session("local[2]")
    yield instance
    instance.stop()
