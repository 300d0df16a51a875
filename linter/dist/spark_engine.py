"""Spark: :func:`lint_spark` (``mapInPandas``), and the command line's ``--engine spark``."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from functools import partial
from typing import Any

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from linter import Config
from linter.cli.batch import chunks
from linter.cli.batch_io import Outcome, Row
from linter.dist.core import KNOWN, OUT_SCHEMA, lint_frame

WINDOW = 8192  # rows sent to Spark per job


def _frames(batches: Iterator[Any], config: Config) -> Iterator[Any]:
    for batch in batches:
        yield lint_frame(batch, config)


def lint_spark(frame: DataFrame, config: Config | None = None) -> DataFrame:
    """A Spark DataFrame of profiles -> ``line``, ``score``, ``error``, ``record`` (the JSON text
    of ``batch``'s output record). Input: the profile columns (``headline``, ``summary`` or
    ``about``, ``target``, ``id``) or ``record``, a row as JSON text; optional ``line`` (kept,
    to restore the order after a shuffle) and ``error`` (a row found malformed while reading)."""
    names = {c.lower(): c for c in frame.columns}
    if "record" not in names:
        profile = [F.col(names[k]).alias(k) for k in KNOWN if k in names]
        keep = [F.col(names[k]).alias(k) for k in ("line", "error") if k in names]
        frame = frame.select(*keep, F.to_json(F.struct(*profile)).alias("record"))
    return frame.mapInPandas(partial(_frames, config=config or Config()), schema=OUT_SCHEMA)


def session(master: str | None) -> SparkSession:
    """A Spark session for the command line: quiet, no UI, Arrow on, this Python on workers."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # read when the JVM starts
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(master or "local[2]")
        .appName("headline-lint batch")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.pyspark.driver.python", sys.executable)
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


class SparkEngine:
    """The command line's runner: windows of rows as DataFrames, linted by :func:`lint_spark`."""

    def __init__(self, master: str | None) -> None:
        self.spark = session(master)

    def close(self) -> None:
        self.spark.stop()

    def results(
        self, rows: Iterator[Row], config: Config, include_text: bool
    ) -> Iterator[tuple[str, Outcome]]:
        import pandas

        for window in chunks(rows, WINDOW):
            sent = pandas.DataFrame(
                {
                    "line": [row.line for row in window],
                    "record": [
                        None if row.record is None else json.dumps(row.record) for row in window
                    ],
                    "error": [row.error for row in window],
                }
            )
            frame = self.spark.createDataFrame(sent, schema="line long, record string, error string")
            done: Any = lint_spark(frame, config).toPandas()
            done = done.sort_values("line", kind="stable")
            texts = {row.line: row.record.get("headline") for row in window if row.record}
            for line, text in zip(done["line"].tolist(), done["record"].tolist(), strict=True):
                headline = texts.get(int(line)) if include_text else None
                yield text + "\n", Outcome.of(json.loads(text), headline if isinstance(headline, str) else None)
