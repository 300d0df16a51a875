"""The ``headline-lint`` command line: profile markdown files, suppressions, formats and fixes.

``linter.cli.main`` is the entry point. Modules import the engine and the markdown/YAML parsers
lazily so that ``headline-lint check`` starts fast.
"""
