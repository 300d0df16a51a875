"""The distributed-engine tests' input: generated profiles with malformed rows of every kind,
and the real ``headline-lint batch`` command to run on it."""

from __future__ import annotations

import json
import os
import random
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.paths import console_script


def batch(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``headline-lint batch ARGS`` as a real process (Spark's JVM start is slow: long timeout)."""
    return subprocess.run(
        [console_script("headline-lint"), "batch", *args],
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
