"""The version, written once: ``version`` in pyproject.toml, read back from the installed metadata.

``linter.__version__`` is looked up on first use (``importlib.metadata`` scans the installed
distributions, ~10 ms), so ``import linter`` does not pay for it. The page runs the installed
wheel under Pyodide, so the metadata exists there too; only a source tree put on ``sys.path``
without being installed has none, and says ``0+unknown``.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as distribution_version

DISTRIBUTION = "headline-linter"
UNKNOWN = "0+unknown"


@cache
def version() -> str:
    try:
        return distribution_version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN


def module_getattr(name: str) -> str:
    """``linter.__getattr__`` (PEP 562): ``__version__`` on demand, nothing else."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'linter' has no attribute {name!r}")
