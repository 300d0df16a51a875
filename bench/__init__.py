"""The benchmarks (``make bench``): a package, run from the checkout as ``python -m bench.run``.

Each section module calls the others' functions directly, and servers and Chromium come from
``tests.support``, as in the tests.
"""
