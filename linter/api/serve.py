"""Run the app under gunicorn (production) or Flask's reloader (``--dev``).

``headline-lint serve`` calls :func:`main`; ``python -m linter.api.serve`` is the same with a small
argument parser of its own. The rest of the configuration comes from ``HEADLINE_LINT_*``
environment variables (see :data:`linter.api.settings.ENVIRONMENT`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication
from werkzeug.serving import WSGIRequestHandler

from linter.api.app import create_app
from linter.api.settings import ENVIRONMENT

LOG_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


class Server(BaseApplication):  # type: ignore[misc]
    """gunicorn with its options from here, never from its own command line or config file."""

    def __init__(self, app: Flask, options: dict[str, Any]) -> None:
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self.application


class QuietRequestHandler(WSGIRequestHandler):
    """Flask's development server without its request line (it has the query string): the app's
    own access log says what may be said."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None


def bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"


def worker_count(workers: int | None) -> int:
    """``workers`` if positive, else ``HEADLINE_LINT_WORKERS``, else one per CPU."""
    if workers is not None and workers > 0:
        return workers
    raw = os.environ.get("HEADLINE_LINT_WORKERS", "").strip()
    if raw:
        if not raw.isdigit() or int(raw) < 1:
            raise ValueError(f"HEADLINE_LINT_WORKERS: not a positive number: {raw!r}")
        return int(raw)
    return max(os.cpu_count() or 1, 1)


def options(host: str, port: int, workers: int | None) -> dict[str, Any]:
    timeout = os.environ.get("HEADLINE_LINT_TIMEOUT", "30").strip() or "30"
    if not timeout.isdigit():
        raise ValueError(f"HEADLINE_LINT_TIMEOUT: not a number of seconds: {timeout!r}")
    return {
        "bind": [bind_address(host, port)],
        "workers": worker_count(workers),
        "worker_class": "sync",  # linting is CPU work: one request per process at a time
        "preload_app": True,  # load the rules once, before forking
        "timeout": int(timeout),
        "graceful_timeout": 10,
        "accesslog": None,  # the app logs method, path, status and duration itself
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "headline-lint",
        "control_socket_disable": True,  # no shared ~/.gunicorn socket between servers
    }


def main(host: str, port: int, workers: int | None, dev: bool) -> int:
    """Serve the API and the page on ``host:port``; returns the exit status.

    ``workers`` 0 or None: ``HEADLINE_LINT_WORKERS``, else one worker per CPU.
    """
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT, stream=sys.stderr)
    try:
        app = create_app()
        opts = options(host, port, workers)
    except ValueError as exc:  # a bad variable, config file or rule pack
        print(f"headline-lint serve: {exc}", file=sys.stderr)
        return 2
    if dev:
        app.run(
            host=host,
            port=port,
            debug=True,
            use_reloader=True,
            use_debugger=False,
            request_handler=QuietRequestHandler,
        )
        return 0
    try:
        Server(app, opts).run()
    except SystemExit as exc:  # gunicorn's arbiter exits when it halts
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


def parser() -> argparse.ArgumentParser:
    env = "\n".join(f"  {name:28} {what}" for name, what in ENVIRONMENT.items())
    p = argparse.ArgumentParser(
        prog="python -m linter.api.serve",
        description="Serve the headline-linter API and page.",
        epilog=f"environment variables:\n{env}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to bind (default 8000)")
    p.add_argument("--workers", type=int, default=0, help="gunicorn workers (0: auto)")
    p.add_argument("--dev", action="store_true", help="Flask's server with the reloader")
    return p


def cli(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return main(args.host, args.port, args.workers, args.dev)


if __name__ == "__main__":
    sys.exit(cli())
