"""``batch --engine dask|spark``: start the engine (or say which extra to install) and stream
the rows through it in input order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from linter import Config
from linter.cli.batch_io import Outcome, Row

Results = Callable[[Iterator[Row]], Iterator[tuple[str, Outcome]]]


class EngineError(Exception):
    """The engine is not installed or did not start: one line for the user, exit code 2."""


@contextmanager
def open_engine(
    name: str, address: str | None, jobs: int, config: Config, include_text: bool
) -> Iterator[Results]:
    if name == "dask":
        try:
            from linter.dist.dask_engine import DaskEngine
        except ImportError:
            raise EngineError(_missing("dask")) from None
        try:
            engine: DaskEngine | SparkEngine = DaskEngine(address, jobs)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(f"Dask did not start ({address or 'local cluster'}): {exc}") from None
    else:
        try:
            from linter.dist.spark_engine import SparkEngine
        except ImportError:
            raise EngineError(_missing("spark")) from None
        try:
            engine = SparkEngine(address)
        except Exception as exc:  # pyspark raises its own errors (no Java, bad master URL)
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise EngineError(f"Spark did not start (Java 17 is needed): {first}") from None
    try:
        yield lambda rows: engine.results(rows, config, include_text)
    finally:
        engine.close()


def _missing(extra: str) -> str:
    return f"--engine {extra} needs the `{extra}` extra: pip install 'headline-linter[{extra}]'"
