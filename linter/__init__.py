"""headline-linter: lint LinkedIn headlines and About texts for AI-engineering discoverability.

The same ``lint()`` runs in the terminal, behind the Flask API and inside the browser page.
"""

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
    "UnknownRuleError",
    "UnknownTargetError",
    "apply_fix",
    "apply_fixes",
    "fix_profile",
    "lint",
]
__version__ = "0.1.0"
