"""What every engine runs on its workers: no engine imported here, only the linter and pandas.

:func:`warm` compiles the rules once per worker process (the engine's ``compile_rules`` is cached
per process, so every later row and partition reuses them); :func:`lint_frame` lints a pandas
partition and returns the command line's records as JSON text, with their ``line`` and score.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from linter import Config, Profile, lint
from linter.cli.batch import make_record

KNOWN = ("id", "headline", "summary", "about", "target")
OUT_SCHEMA = "line long, score int, error string, record string"  # Spark's DDL for lint_frame
_WARM: set[str] = set()  # the configurations this process has compiled


def warm(config: Config) -> bool:
    """Compile ``config``'s rules in this process unless done already; True when it compiled."""
    key = config.model_dump_json()
    if key in _WARM:
        return False
    lint(Profile(headline="x"), config)
    _WARM.add(key)
    return True


def lint_records(records: Iterable[Any], config: Config) -> list[dict[str, Any]]:
    """A partition of input records (mappings) -> their output records, without ``line``."""
    warm(config)
    out = []
    for record in records:
        if isinstance(record, Mapping):
            out.append(make_record(None, record, None, config))
        else:
            out.append({"error": f"expected a JSON object, got {type(record).__name__}"})
    return out


def _plain(value: Any) -> Any:
    """A pandas cell as a plain Python value; None for a missing one."""
    import numpy
    import pandas

    if isinstance(value, numpy.generic):
        value = value.item()
    if pandas.api.types.is_scalar(value) and pandas.isna(value):
        return None
    return value


def _decode(text: Any) -> tuple[dict[str, Any] | None, str | None]:
    if text is None:
        return None, "empty row"
    try:
        value = json.loads(text)
    except (TypeError, json.JSONDecodeError) as exc:
        return None, f"invalid JSON record: {exc}"
    if not isinstance(value, dict):
        return None, f"expected a JSON object, got {type(value).__name__}"
    return value, None


def lint_frame(frame: Any, config: Config) -> Any:
    """A pandas partition -> ``line``, ``score``, ``error``, ``record`` (the output line's JSON).

    Input columns: ``record`` (a row as JSON text, what the command line sends) or the profile
    columns (``headline``, ``summary`` or ``about``, ``target``, ``id``); optionally ``line``
    (kept in the output, and in each record as ``batch`` writes it) and ``error`` (a row found
    malformed while reading: reported, never dropped)."""
    import pandas

    warm(config)
    size = len(frame)
    columns = {str(c).lower(): c for c in frame.columns}

    def column(name: str) -> list[Any]:
        if name not in columns:
            return [None] * size
        return [_plain(v) for v in frame[columns[name]].tolist()]

    lines, errors = column("line"), column("error")
    if "record" in columns:
        decoded = [_decode(text) for text in column("record")]
    else:
        cells = {name: column(name) for name in KNOWN if name in columns}
        decoded = [
            ({k: v[i] for k, v in cells.items() if v[i] is not None}, None) for i in range(size)
        ]
    out: dict[str, list[Any]] = {"line": [], "score": [], "error": [], "record": []}
    for line, error, (record, problem) in zip(lines, errors, decoded, strict=True):
        line = None if line is None else int(line)
        result = make_record(line, record, error or problem, config)
        out["line"].append(line)
        out["score"].append(result.get("score"))
        out["error"].append(result.get("error"))
        out["record"].append(json.dumps(result, ensure_ascii=False))
    return pandas.DataFrame(
        {
            "line": pandas.array(out["line"], dtype="Int64"),
            "score": pandas.array(out["score"], dtype="Int32"),
            "error": pandas.array(out["error"], dtype=object),
            "record": pandas.array(out["record"], dtype=object),
        }
    )


def empty_frame() -> Any:
    """``lint_frame``'s output columns and types, with no row (Dask's ``meta``)."""
    import pandas

    return pandas.DataFrame(
        {
            "line": pandas.array([], dtype="Int64"),
            "score": pandas.array([], dtype="Int32"),
            "error": pandas.array([], dtype=object),
            "record": pandas.array([], dtype=object),
        }
    )
