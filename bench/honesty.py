"""The honesty gate on ``honesty-dev.jsonl``: inflation and timidity per title rule.

Inflation: a rename or the forward-deployed title offered without earned evidence, or an
unbacked modern title let pass. Timidity: a rename or forward-deployed title refused though
earned, or an earned modern title flagged. Each is a share of the cases where the reader said
the rule should stay silent (inflation) or act (timidity), as the set's README defines them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from linter import Profile, lint
from linter.decisions import title_decisions

HONESTY = Path(__file__).resolve().parents[2] / "shared" / "data" / "honesty-dev.jsonl"
# expectation key -> the decision's name in the printed table
RULES = {
    "offer_ai_engineer": "legacy-title rename",
    "unsupported_title": "unsupported-title",
    "forward_deployed_title": "forward-deployed-title",
}


@dataclass
class Tally:
    inflated: list[str] = field(default_factory=list)
    timid: list[str] = field(default_factory=list)
    should_not: int = 0  # cases where inflation is possible
    should: int = 0  # cases where timidity is possible

    def rates(self) -> tuple[float, float]:
        inflation = len(self.inflated) / self.should_not if self.should_not else 0.0
        timidity = len(self.timid) / self.should if self.should else 0.0
        return inflation, timidity


def load(path: Path = HONESTY) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def evaluate(rows: list[dict[str, object]]) -> dict[str, Tally]:
    tallies = {key: Tally() for key in RULES}
    for row in rows:
        target = row.get("target")
        profile = Profile(
            headline=str(row["headline"]),
            summary=str(row["summary"]),
            target=target if isinstance(target, str) else None,
        )
        got = title_decisions(lint(profile))
        decided = {
            "offer_ai_engineer": got.rename_offered,
            "unsupported_title": got.unsupported,
            "forward_deployed_title": got.forward_deployed,
        }
        expect = row["expect"]
        assert isinstance(expect, dict)
        for key, tally in tallies.items():
            want = expect.get(key)
            if want is None:
                continue
            ident = str(row["id"])
            # for unsupported-title, letting an unbacked title pass is the inflation
            inflating_side = want if key == "unsupported_title" else not want
            if inflating_side:
                tally.should_not += 1
                if decided[key] != want:
                    tally.inflated.append(ident)
            else:
                tally.should += 1
                if decided[key] != want:
                    tally.timid.append(ident)
    return tallies


OWN = Path(__file__).resolve().parents[1] / "tests" / "data" / "honesty-own.jsonl"


def report(tallies: dict[str, Tally], name: str = "honesty-dev.jsonl") -> list[str]:
    lines = [f"{name}: inflation and timidity per title rule"]
    for key, tally in tallies.items():
        inflation, timidity = tally.rates()
        lines.append(
            f"  {RULES[key]:24} inflation {len(tally.inflated)}/{tally.should_not} "
            f"({inflation:.1%})  timidity {len(tally.timid)}/{tally.should} ({timidity:.1%})"
        )
    return lines
