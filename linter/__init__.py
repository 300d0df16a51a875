"""headline-linter: lint LinkedIn headlines and About texts for AI-engineering discoverability.

The same ``lint()`` runs in the terminal, behind the Flask API and inside the browser page.

The names below are imported on first use (PEP 562), so importing a submodule (the command
line's parser, ``linter.errors``) does not load pydantic, the rule kinds and the engine.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linter.config import Config
    from linter.engine import lint
    from linter.errors import (
        ConfigError,
        LinterError,
        RulePackError,
        UnknownRuleError,
        UnknownTargetError,
    )
    from linter.fixes import apply_fix, apply_fixes, fix_profile
    from linter.models import (
        Diagnostic,
        Edit,
        FileReport,
        Fix,
        FixRequest,
        FixResult,
        Profile,
        Report,
    )
    from linter.suggest_models import Source, Suggestion, Suggestions
    from linter.suggestions import suggest

    __version__: str  # pyproject.toml's version, from the installed metadata (linter/version.py)

# each public name, and the module it comes from
_HOMES = {
    "Config": "config",
    "lint": "engine",
    "ConfigError": "errors",
    "LinterError": "errors",
    "RulePackError": "errors",
    "UnknownRuleError": "errors",
    "UnknownTargetError": "errors",
    "apply_fix": "fixes",
    "apply_fixes": "fixes",
    "fix_profile": "fixes",
    "Diagnostic": "models",
    "Edit": "models",
    "FileReport": "models",
    "Fix": "models",
    "FixRequest": "models",
    "FixResult": "models",
    "Profile": "models",
    "Report": "models",
    "Source": "suggest_models",
    "Suggestion": "suggest_models",
    "Suggestions": "suggest_models",
    "suggest": "suggestions",
}

__all__ = [
    "Config",
    "ConfigError",
    "Diagnostic",
    "Edit",
    "FileReport",
    "Fix",
    "FixRequest",
    "FixResult",
    "LinterError",
    "Profile",
    "Report",
    "RulePackError",
    "Source",
    "Suggestion",
    "Suggestions",
    "UnknownRuleError",
    "UnknownTargetError",
    "apply_fix",
    "apply_fixes",
    "fix_profile",
    "lint",
    "suggest",
]


def __getattr__(name: str) -> Any:
    """A public name on first use (then kept in the module, so this runs once per name)."""
    home = _HOMES.get(name)
    if home is None:
        if name != "__version__":  # `from linter import market` asks first: no metadata for it
            raise AttributeError(f"module 'linter' has no attribute {name!r}")
        from linter.version import module_getattr

        return module_getattr(name)
    value = getattr(import_module(f"linter.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
