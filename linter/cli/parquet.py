"""Parquet in and out for ``headline-lint batch`` (pyarrow, the ``parquet`` extra).

In: one row per profile, with the columns ``headline``, ``summary`` (or ``about``), ``target``
and ``id`` (others are ignored), read in record batches so memory stays bounded. A row's
``line`` is its 1-based row number. Out: the same records as the JSONL output, one column per
top-level key, typed from the wire models (``diagnostics`` is a list of structs), so Spark, Dask,
DuckDB or pandas query it natively; ``id`` is text (a numeric id is written as its JSON).
"""

from __future__ import annotations

import json
import types
from collections.abc import Iterator
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from linter.models import Report

KNOWN = ("id", "headline", "summary", "about", "target")
BATCH = 2048


def missing_extra(what: str, extra: str) -> str:
    return f"{what} needs the `{extra}` extra: pip install 'headline-linter[{extra}]'"


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet
    except ImportError:
        raise OSError(missing_extra("Parquet", "parquet")) from None
    return pa


def arrow_type(annotation: Any) -> Any:
    """The Arrow type of a wire-model annotation (str, int, bool, Literal, tuples, models)."""
    pa = _pyarrow()
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, types.UnionType):
        kept = [a for a in args if a is not type(None)]
        if len(kept) == 1:
            return arrow_type(kept[0])
    if origin is Literal and all(isinstance(a, str) for a in args):
        return pa.string()
    if origin in (tuple, list) and args and (origin is list or args[-1] is Ellipsis):
        return pa.list_(arrow_type(args[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(
            [
                pa.field(name, arrow_type(f.annotation))
                for name, f in annotation.model_fields.items()
            ]
        )
    simple = {str: pa.string(), int: pa.int64(), bool: pa.bool_(), float: pa.float64()}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"no Parquet type for {annotation!r}")


def output_schema() -> Any:
    """``line``, ``id``, ``error``, then every :class:`~linter.Report` field."""
    pa = _pyarrow()
    fields = [pa.field("line", pa.int64()), pa.field("id", pa.string())]
    fields.append(pa.field("error", pa.string()))
    fields += [pa.field(n, arrow_type(f.annotation)) for n, f in Report.model_fields.items()]
    return pa.schema(fields)


class ParquetOut:
    """Writes output records (the JSONL lines) to a Parquet file, a record batch at a time."""

    def __init__(self, path: str) -> None:
        pa = _pyarrow()
        self._pa = pa
        self._schema = output_schema()
        self._writer = pa.parquet.ParquetWriter(path, self._schema)
        self._rows: list[dict[str, Any]] = []

    def write(self, line: str) -> None:
        record = json.loads(line)
        ident = record.get("id")
        if ident is not None and not isinstance(ident, str):
            record["id"] = json.dumps(ident, ensure_ascii=False)
        self._rows.append(record)
        if len(self._rows) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def records(path: str) -> list[dict[str, Any]]:
    """A Parquet output read back as the JSONL records: an error row is ``line``, ``id`` and
    ``error``; a linted row is ``line``, ``id`` and every report field (nulls kept there)."""
    table = _pyarrow().parquet.read_table(path)
    out = []
    for row in table.to_pylist():
        head = {k: row.pop(k) for k in ("line", "id", "error")}
        record = {k: v for k, v in head.items() if v is not None}
        out.append(record if "error" in record else {**record, **row})
    return out


def _value(key: str, value: Any) -> tuple[Any, str | None]:
    """A cell as the JSON value a JSONL row would hold, or why the row is malformed."""
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        if key == "id":
            return str(value), None
        return None, f"`{key}` must be a string, not {type(value).__name__}"
    return value, None


def read_parquet(path: str) -> Iterator[Any]:
    from linter.cli.batch_io import Row

    pa = _pyarrow()
    try:
        source = pa.parquet.ParquetFile(path)
    except pa.ArrowException as exc:
        raise OSError(f"{path}: not a Parquet file: {exc}") from None
    columns = [name for name in source.schema_arrow.names if name.lower() in KNOWN]

    def rows() -> Iterator[Row]:
        with source:
            if not {"headline", "summary", "about"} & {c.lower() for c in columns}:
                yield Row(1, error="the Parquet file has no `headline` or `summary` column")
                return
            number = 0
            for batch in source.iter_batches(batch_size=BATCH, columns=columns):
                for cells in batch.to_pylist():
                    number += 1
                    record: dict[str, Any] = {}
                    error = None
                    for key, cell in cells.items():
                        if cell is None:
                            continue
                        value, problem = _value(key.lower(), cell)
                        if problem is None:
                            record[key.lower()] = value
                        error = error or problem
                    yield Row(number, record=record, error=error)

    return rows()
