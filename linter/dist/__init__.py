"""Run ``headline-lint batch`` on a distributed engine: Dask (the ``dask`` extra) or Spark (the
``spark`` extra). Each returns exactly the records ``batch`` writes, row for row.

- :func:`lint_bag` (Dask bag of records -> bag of output records),
- :func:`lint_dataframe` (Dask DataFrame -> DataFrame of ``line``, ``score``, ``error``, ``record``),
- :func:`lint_spark` (Spark DataFrame -> DataFrame of the same four columns, via ``mapInPandas``).

The engines are imported only when one of these is used.
"""

from __future__ import annotations

from typing import Any

__all__ = ["lint_bag", "lint_dataframe", "lint_spark"]


def __getattr__(name: str) -> Any:
    if name in ("lint_bag", "lint_dataframe"):
        from linter.dist import dask_engine

        return getattr(dask_engine, name)
    if name == "lint_spark":
        from linter.dist import spark_engine

        return spark_engine.lint_spark
    raise AttributeError(name)
