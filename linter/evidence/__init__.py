"""The evidence model: what in an About text counts as the person's own systems work.

``assess(tokens, compile_evidence(settings))`` weighs every family phrase of
``rules/evidence.toml`` in the About and returns an :class:`~linter.evidence.assess.Assessment`;
the title rules decide on it and the report shows it (``Report.evidence``).
"""
