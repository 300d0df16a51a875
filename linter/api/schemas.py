"""Response models of the API's own; rules and targets are the catalogue's (``linter.catalog``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from linter.catalog import Catalog, RuleDoc
from linter.schema import Target


class ApiModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleList(ApiModel):
    rules: tuple[RuleDoc, ...]


class TargetList(ApiModel):
    targets: tuple[Target, ...]


class Health(ApiModel):
    status: Literal["ok"] = "ok"
    version: str
    rules: int = Field(ge=0, description="How many rules are loaded.")


def rule_list(catalog: Catalog) -> RuleList:
    return RuleList(rules=catalog.rules)


def target_list(catalog: Catalog) -> TargetList:
    return TargetList(targets=catalog.targets)
