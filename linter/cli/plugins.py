"""Pydantic plugins off for ``check``: without loading ``importlib.metadata`` to say so.

pydantic looks for plugins through every installed distribution's entry points the first time it
builds a schema: in a big environment, longer than linting one file. ``check`` validates only its
own models, so it asks for none, through pydantic's documented ``PYDANTIC_DISABLE_PLUGINS``
(unless the user set it). pydantic's loader then returns no plugins, but its module still imports
``importlib.metadata`` (and with it ``email``, ``socket``...), about a tenth of proselint's whole
run in instructions. So while plugins are disabled, the loader module is a stand-in whose
``get_plugins()`` returns what the real one would (nothing); any other name is looked up in the
real module, loaded then, so a pydantic that reads more from it keeps working.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from importlib import import_module
from types import ModuleType
from typing import Any

LOADER = "pydantic.plugin._loader"
DISABLED = ("__all__", "1", "true")  # the values for which pydantic's loader returns nothing


class _Loader(ModuleType):
    def get_plugins(self) -> Iterable[Any]:
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in DISABLED:
            return ()
        return self._real().get_plugins()  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system asks for `__path__`: a plain module
            raise AttributeError(name)
        return getattr(self._real(), name)

    def _real(self) -> ModuleType:
        if sys.modules.get(LOADER) is self:
            del sys.modules[LOADER]
        return import_module(LOADER)


def disable() -> None:
    """Ask pydantic for no plugins (unless the user chose), without the cost of its loader."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] in DISABLED and LOADER not in sys.modules:
        import pydantic.plugin  # the parent first, as an import would have it

        stand_in = _Loader(LOADER)
        sys.modules[LOADER] = stand_in
        pydantic.plugin._loader = stand_in  # type: ignore[attr-defined]
