"""headline-linter: lint LinkedIn headlines and About texts for AI-engineering discoverability.

The same ``lint()`` runs in the terminal, behind the Flask API and inside the browser page.
"""

from typing import TYPE_CHECKING

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
from linter.models import Diagnostic, Edit, FileReport, Fix, FixRequest, FixResult, Profile, Report
from linter.suggest_models import Source, Suggestion, Suggestions
from linter.suggestions import suggest

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

if TYPE_CHECKING:
    __version__: str  # pyproject.toml's version, from the installed metadata (linter/version.py)
else:
    from linter.version import module_getattr as __getattr__  # noqa: F401 (PEP 562)
