"""The page's Python side: the real linter, exposed to ``app.js`` as a few JSON-in/JSON-out calls.

Runs under Pyodide (Python 3.14) through PyScript. The page's UI lives in ``app.js``; this module
only lints, applies fixes and describes the rule set, always in the wire format of
``linter.models`` (``model_dump(mode="json")``, the same JSON as the API). Nothing leaves the page.
"""

from __future__ import annotations

import json
from typing import Any

from pyodide.ffi import create_proxy, to_js
from pyscript import window

window.performance.mark("py:main")  # packages are loaded: main.py starts


def failed(message: str) -> None:
    """Tell the page that the linter cannot start: a failure must never be silent."""
    detail = to_js({"detail": message}, dict_converter=window.Object.fromEntries)
    window.dispatchEvent(window.CustomEvent.new("linter:failed", detail))


try:  # a wheel that did not load shows up here, as an ImportError
    import linter
    from linter import Profile, Report, apply_fixes, fix_profile, lint
    from linter.errors import LinterError
    from linter.ruleset import load_ruleset
except Exception as exc:
    failed(f"{type(exc).__name__}: {exc}")
    raise

window.performance.mark("py:imported")
DEFAULT_FOLD = 60


def _profile(headline: str, summary: str, target: str) -> Profile:
    return Profile(headline=headline, summary=summary, target=target)


def _error(exc: Exception) -> str:
    return json.dumps({"error": str(exc)})


def lint_json(headline: str, summary: str, target: str) -> str:
    """The report for this text, as the API's JSON, or ``{"error": ...}``."""
    try:
        return lint(_profile(headline, summary, target)).model_dump_json()
    except LinterError as exc:
        return _error(exc)


def apply_json(headline: str, summary: str, target: str, which: str) -> str:
    """Apply one fix (``which`` = "code:field:start:end") or all safe ones (``which`` = "safe").

    Returns ``{"profile": ..., "applied": n}``; the text is re-linted here so an edit never
    lands on text it was not computed for.
    """
    try:
        profile = _profile(headline, summary, target)
        if which == "safe":
            result = fix_profile(profile, unsafe=False)
            return json.dumps(
                {"profile": result.profile.model_dump(mode="json"), "applied": result.applied}
            )
        report = lint(profile)
        chosen = tuple(
            d
            for d in report.diagnostics
            if d.fix is not None and f"{d.code}:{d.field}:{d.start}:{d.end}" == which
        )
        if not chosen:
            return json.dumps({"error": "that finding is gone: the text changed"})
        one = Report(target=report.target, score=report.score, diagnostics=chosen[:1])
        fixed = apply_fixes(profile, one, unsafe=True)
        return json.dumps({"profile": fixed.model_dump(mode="json"), "applied": 1})
    except LinterError as exc:
        return _error(exc)


def describe() -> str:
    """Targets, each rule's why, and the fold that search results cut the headline at."""
    ruleset = load_ruleset()
    fold_rule: Any = ruleset.find("title-below-fold")
    fold = getattr(fold_rule, "fold", DEFAULT_FOLD)
    targets = [
        {"name": t.name, "title": t.title, "description": t.description}
        for t in ruleset.targets.values()
    ]
    rules = {r.name: {"code": r.code, "why": " ".join(r.why.split())} for r in ruleset.rules}
    return json.dumps(
        {
            "version": linter.__version__,
            "default_target": Profile().target,
            "fold": fold,
            "targets": targets,
            "rules": rules,
        }
    )


def start() -> None:
    lint_json("", "", Profile().target)  # compile the rules now, not on the first keystroke
    api = window.Object.new()
    api.lint = create_proxy(lint_json)
    api.apply = create_proxy(apply_json)
    api.describe = create_proxy(describe)
    window.performance.mark("py:warm")
    window.headlineLinterPy = api
    window.dispatchEvent(window.CustomEvent.new("linter:ready"))


try:
    start()
except Exception as exc:
    failed(f"{type(exc).__name__}: {exc}")
    raise
