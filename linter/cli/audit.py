"""``batch --report audit.html``: one self-contained, offline HTML file people can look at.

The charts are drawn by matplotlib (its SVG backend, text as paths) and inlined, so the file
loads nothing: no script, no font, no stylesheet from elsewhere, and a Content-Security-Policy
that forbids any request. Every value from the input is escaped. The table of the lowest scores
names rows by ``id`` (and line), never by their text unless ``--include-text``.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from linter.cli.batch_stats import Stats
from linter.cli.parquet import missing_extra

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
main{max-width:960px;margin:0 auto;padding:24px}
section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:16px 20px;margin:16px 0}
h1{margin:8px 0}h2{margin:0 0 8px;font-size:1.2em}
.figures{display:flex;gap:12px;flex-wrap:wrap}.figures div{flex:1;min-width:130px}
.figures b{display:block;font-size:1.6em}
svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;
border-bottom:1px solid #eceff3;vertical-align:top}td.n,th.n{text-align:right}
.muted{color:#5b6472}
"""


def check_available() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise OSError(missing_extra("--report", "report")) from None


def _svg(labels: Sequence[str], values: Sequence[float], xlabel: str, name: str) -> str:
    """A bar chart as inline SVG: vertical bars for the score bins, horizontal for the rest."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    horizontal = name != "scores"
    height = 1.2 + 0.32 * len(labels) if horizontal else 3.2
    with rc_context({"svg.hashsalt": f"headline-lint-{name}", "svg.fonttype": "path"}):
        figure = Figure(figsize=(8, height), layout="constrained")
        axes = figure.subplots()
        if horizontal:
            axes.barh(list(labels)[::-1], list(values)[::-1], color="#3b6fb6")
            axes.set_xlabel(xlabel)
        else:
            axes.bar(list(labels), list(values), color="#3b6fb6", width=0.85)
            axes.set_ylabel(xlabel)
            axes.set_xlabel("score")
            axes.tick_params(axis="x", labelrotation=45, labelsize=8)
        if xlabel == "profiles":  # counts: whole numbers on the axis
            (axes.xaxis if horizontal else axes.yaxis).set_major_locator(MaxNLocator(integer=True))
        axes.spines[["top", "right"]].set_visible(False)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    svg = text[text.index("<svg") :]
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(name)} chart" ', 1)


def _table(head: Sequence[str], rows: Sequence[Sequence[object]], numeric: set[int]) -> str:
    def cell(tag: str, i: int, value: object) -> str:
        cls = ' class="n"' if i in numeric else ""
        return f"<{tag}{cls}>{escape(str(value))}</{tag}>"

    lines = ["<table><thead><tr>" + "".join(cell("th", i, h) for i, h in enumerate(head))]
    lines.append("</tr></thead><tbody>")
    for row in rows:
        lines.append("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>")
    return "\n".join(lines) + "</tbody></table>"


def _percent(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}%" if total else "-"


def render(stats: Stats, source: str, include_text: bool = False) -> str:
    n = stats.linted
    parts = [
        '<section aria-label="summary"><div class="figures">',
        *(
            f"<div><b>{escape(value)}</b>{escape(label)}</div>"
            for value, label in (
                (f"{n:,}", "profiles linted"),
                (f"{stats.malformed:,}", "malformed rows (reported, not linted)"),
                (f"{stats.mean():.1f}" if n else "-", "mean score"),
                (str(stats.percentile(0.5)) if n else "-", "median score"),
            )
        ),
        "</div></section>",
    ]
    if n:
        bins = [f"{low}-{low + 4}" for low in range(0, 100, 5)] + ["100"]
        counts = [sum(stats.scores[low : low + 5]) for low in range(0, 100, 5)] + [
            stats.scores[100]
        ]
        parts += [
            '<section id="scores"><h2>Score distribution</h2>',
            _svg(bins, counts, "profiles", "scores"),
            f'<p class="muted">min {stats.percentile(0)}, p25 {stats.percentile(0.25)}, median '
            f"{stats.percentile(0.5)}, p75 {stats.percentile(0.75)}, max {stats.percentile(1)}"
            "</p></section>",
        ]
        rules = stats.rule_rows.most_common()
        parts.append('<section id="rules"><h2>How often each rule fires</h2>')
        if rules:
            parts.append(
                _svg(
                    [r for r, _ in rules], [100 * c / n for _, c in rules], "% of profiles", "rules"
                )
            )
            parts.append(
                _table(
                    ("rule", "profiles", "share", "findings"),
                    [(r, c, _percent(c, n), stats.rules[r]) for r, c in rules],
                    {1, 2, 3},
                )
            )
        else:
            parts.append("<p>No rule fired.</p>")
        parts.append("</section>")
        for key, title, counter in (
            ("families", "Most common missing keyword families", stats.families),
            ("titles", "Title decisions", stats.titles),
        ):
            top = counter.most_common(12)
            parts.append(f'<section id="{key}"><h2>{escape(title)}</h2>')
            if top:
                parts.append(_svg([k for k, _ in top], [c for _, c in top], "profiles", key))
                parts.append(
                    _table(
                        ("what", "profiles", "share"),
                        [(k, c, _percent(c, n)) for k, c in top],
                        {1, 2},
                    )
                )
            else:
                parts.append("<p>None.</p>")
            parts.append("</section>")
        head = ["line", "id", "score", "findings"] + (["headline"] if include_text else [])
        rows = []
        for o in stats.lowest():
            found = ", ".join(dict.fromkeys(r.split(" ", 1)[0] for r in o.rules))
            row: list[object] = [o.line, o.id or "", o.score, found]
            rows.append([*row, o.text or ""] if include_text else row)
        parts += [
            '<section id="lowest"><h2>Lowest scores</h2>',
            '<p class="muted">Rows by line and <code>id</code>'
            + (
                " with their headline (--include-text)."
                if include_text
                else "; no profile text (add --include-text to show the headlines)."
            )
            + "</p>",
            _table(head, rows, {0, 2}),
            "</section>",
        ]
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Profile audit: {escape(source)}</title><style>{STYLE}</style></head>\n"
        f"<body><main><h1>Profile audit</h1>"
        f'<p class="muted">{escape(source)}, {when}, by headline-lint batch</p>\n'
        + "\n".join(parts)
        + "\n</main></body></html>\n"
    )


def write_report(path: Path, stats: Stats, source: str, include_text: bool = False) -> None:
    """Write the report atomically (a temporary file beside it, then a rename)."""
    text = render(stats, source, include_text)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # readable as any new file, not mkstemp's 0600
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
