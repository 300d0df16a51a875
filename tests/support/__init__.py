"""Shared by the tests and the benchmarks: paths, server processes and Chromium.

``tests.support.paths`` (the checkout's folders, the venv's console scripts),
``tests.support.servers`` (free ports; a server subprocess that is waited on until it answers,
its output kept for error messages, and stopped at the end) and ``tests.support.chromium``
(Debian's Chromium with the offline flags). None of them imports pytest:
``tests.support.policy`` holds the one rule that does (skip on a developer's machine, fail under
``CI=true``).
"""
