"""Fixtures for the distributed-engine tests: a real Dask LocalCluster (two worker processes)
and a real Spark ``local[2]`` session, one of each per test session, and the generated input
linted once with ``batch --jobs 1`` as the reference.

Under ``CI=true`` a missing engine (the dask or spark extra, or Java 17) fails; elsewhere the
tests skip with the reason.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from tests.engines.helpers import Reference, batch, generate
from tests.support.policy import unavailable


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
