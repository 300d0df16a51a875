"""The page's Python side: the real linter, exposed to the page's modules as JSON-in/out calls.

Runs under Pyodide (Python 3.14) through PyScript. The page's UI lives in ``js/``; this module
only lints, applies fixes, suggests headlines and describes the rule set, always in the wire
format of ``linter.models`` (``model_dump(mode="json")``, the same JSON as the API). Nothing
leaves the page.
"""

from __future__ import annotations

import json
import os
from importlib.util import find_spec

from pyodide.ffi import create_proxy, to_js
from pyscript import window

window.performance.mark("py:main")  # packages are loaded: main.py starts


def failed(message: str) -> None:
    """Tell the page that the linter cannot start: a failure must never be silent."""
    detail = to_js({"detail": message}, dict_converter=window.Object.fromEntries)
    window.dispatchEvent(window.CustomEvent.new("linter:failed", detail))


def use_prebuilt_ruleset() -> None:
    """Read the rule set the build validated and pickled (``linter/prebuilt/``, see
    web/build_start.py) instead of validating the packs here: linter.packcache finds it under its
    content key, and any other key (another pack, module or version) validates as before."""
    spec = find_spec("linter")  # locates the package without importing it
    if spec is not None and spec.submodule_search_locations:
        folder = os.path.join(next(iter(spec.submodule_search_locations)), "prebuilt")
        if os.path.isdir(folder):  # only in the built wheel, never in a checkout
            os.environ.setdefault("HEADLINE_LINT_CACHE_DIR", folder)


try:  # a wheel that did not load shows up here, as an ImportError
    use_prebuilt_ruleset()
    from linter import Profile, apply_fix, fix_profile, lint, loader, suggest
    from linter.catalog import catalog
    from linter.errors import LinterError
except Exception as exc:
    failed(f"{type(exc).__name__}: {exc}")
    raise

window.performance.mark("py:imported")


def _profile(headline: str, summary: str, target: str) -> Profile:
    return Profile(headline=headline, summary=summary, target=target or None)


def _error(exc: Exception) -> str:
    return json.dumps({"error": str(exc)})


def lint_json(headline: str, summary: str, target: str) -> str:
    """The report for this text, as the API's JSON, or ``{"error": ...}``."""
    try:
        return lint(_profile(headline, summary, target)).model_dump_json()
    except LinterError as exc:
        return _error(exc)


def apply_json(headline: str, summary: str, target: str, which: str) -> str:
    """Apply one fix (``which`` = a diagnostic's ``id``) or all safe ones (``which`` = "safe").

    Returns ``{"profile": ..., "applied": n}``; the core lints the text again, so an edit never
    lands on text it was not computed for.
    """
    try:
        profile = _profile(headline, summary, target)
        if which == "safe":
            result = fix_profile(profile, unsafe=False)
        else:
            result = apply_fix(profile, which)
        return json.dumps(
            {"profile": result.profile.model_dump(mode="json"), "applied": result.applied}
        )
    except LinterError as exc:
        return _error(exc)


def suggest_json(headline: str, summary: str, target: str) -> str:
    """Up to three headlines from the profile's own words (``linter.suggest``), or an error."""
    try:
        return suggest(_profile(headline, summary, target)).model_dump_json()
    except LinterError as exc:
        return _error(exc)


def describe() -> str:
    """The catalogue (rules, targets, limits, score bands, the default target) as JSON."""
    return catalog().model_dump_json()


def packs_validated() -> bool:
    """Whether this page validated the packs (else it read the prebuilt rule set)."""
    adapter = getattr(loader, "_pack_adapter", None)  # built on a pack's first validation
    return adapter is None or adapter.cache_info().misses > 0


def start() -> None:
    lint_json("", "", "")  # compile the rules now, not on the first keystroke
    api = window.Object.new()
    api.lint = create_proxy(lint_json)
    api.apply = create_proxy(apply_json)
    api.suggest = create_proxy(suggest_json)
    api.describe = create_proxy(describe)
    window.performance.mark("py:warm")
    if not packs_validated():
        window.performance.mark("py:rules-prebuilt")
    window.headlineLinterPy = api
    window.dispatchEvent(window.CustomEvent.new("linter:ready"))


try:
    start()
except Exception as exc:
    failed(f"{type(exc).__name__}: {exc}")
    raise
