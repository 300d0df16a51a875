"""Dask: :func:`lint_bag`, :func:`lint_dataframe`, and the command line's ``--engine dask``."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

import dask.bag as db
import dask.dataframe as dd
from distributed import Client, Future, LocalCluster

from linter import Config
from linter.cli.batch import chunks, encode
from linter.cli.batch_io import Outcome, Row
from linter.dist.core import empty_frame, lint_frame, lint_records, warm

WINDOW = 4096  # rows sent to the cluster at once; two windows in flight
PARTITION = 256  # rows per task


def lint_bag(bag: db.Bag, config: Config | None = None) -> db.Bag:
    """A bag of input records (dicts, as ``json.loads`` gives them) -> a bag of output records,
    in the same order: the ``Report`` fields (or ``error``) and ``id`` when given, exactly what
    ``batch`` writes for each row, without its ``line``."""
    return bag.map_partitions(lint_records, config or Config())


def lint_dataframe(frame: dd.DataFrame, config: Config | None = None) -> dd.DataFrame:
    """A Dask DataFrame of profiles (``headline``, ``summary`` or ``about``, ``target``, ``id``;
    optional ``line`` and ``error``) -> ``line``, ``score``, ``error`` and ``record``, the JSON
    text of ``batch``'s output record, partition for partition (so in the same order)."""
    return frame.map_partitions(lint_frame, config or Config(), meta=empty_frame())


def _encode_partition(
    rows: list[Row], config: Config, include_text: bool
) -> list[tuple[str, Outcome]]:
    warm(config)
    return [encode(row, config, include_text) for row in rows]


class DaskEngine:
    """The command line's runner: a client on ``address``, or on a new local cluster."""

    def __init__(self, address: str | None, workers: int) -> None:
        self.cluster: LocalCluster | None = None
        if address is None:
            import logging

            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            address = self.cluster.scheduler_address
        self.client = Client(address, timeout=60)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def results(
        self, rows: Iterator[Row], config: Config, include_text: bool
    ) -> Iterator[tuple[str, Outcome]]:
        pending: deque[Future[Any]] = deque()
        for window in chunks(rows, WINDOW):
            bag = db.from_sequence(window, partition_size=PARTITION)
            job = bag.map_partitions(_encode_partition, config, include_text)
            pending.append(self.client.compute(job))
            while len(pending) >= 2:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
