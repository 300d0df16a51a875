"""The title decisions a report makes, read from its findings: what the honesty gate decided.

Used by the honesty evaluation (``bench/evaluate.py``, ``tests/test_honesty.py``) and by audit
summaries: whether a rename was offered (and to which title), whether a modern title was
flagged as unbacked, and whether the forward-deployed title was suggested.
"""

from __future__ import annotations

from dataclasses import dataclass

from linter.models import Report

RENAME_RULE = "legacy-title"
UNBACKED_RULE = "unsupported-title"
FORWARD_RULE = "forward-deployed-title"


@dataclass(frozen=True)
class TitleDecisions:
    offered: tuple[str, ...]  # the titles a legacy-title fix would rename to
    unsupported: bool
    forward_deployed: bool

    @property
    def rename_offered(self) -> bool:
        return bool(self.offered)


def title_decisions(report: Report) -> TitleDecisions:
    offered = tuple(
        edit.replacement
        for d in report.diagnostics
        if d.rule == RENAME_RULE and d.fix is not None
        for edit in d.fix.edits
    )
    rules = {d.rule for d in report.diagnostics}
    return TitleDecisions(offered, UNBACKED_RULE in rules, FORWARD_RULE in rules)
