"""Server processes for the tests and the benchmarks: free ports, start-up, shutdown.

A server is a real subprocess in its own process group, its output going to a log file (kept
for error messages and for tests that read the log). :func:`start` waits until it answers HTTP
on its port, or raises with the log when it exits or does not answer in time; :func:`stop`
sends SIGTERM, waits, and then kills whatever is left of its group (gunicorn workers, Flask's
reloader child).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.support.paths import ROOT, console_script

START_TIMEOUT = 60.0  # seconds: gunicorn on a busy 2-core machine takes a few
STOP_TIMEOUT = 20.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        """Everything the server wrote to stdout and stderr so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy


def _answers(url: str) -> bool:
    try:
        with _DIRECT.open(url, timeout=2) as response:
            return int(response.status) < 500
    except urllib.error.HTTPError as error:
        return error.code < 500
    except OSError:
        return False


def start(
    command: Sequence[str],
    port: int,
    *,
    ready_path: str = "/",
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = START_TIMEOUT,
) -> Server:
    """Run ``command`` (which must listen on ``port``) until ``GET ready_path`` answers.

    ``env`` is the whole environment (default: this one); output is unbuffered either way.
    """
    folder = Path(tempfile.mkdtemp(prefix="headline-lint-server-"))
    log_path = folder / "server.log"
    full_env = {**(os.environ if env is None else env), "PYTHONUNBUFFERED": "1"}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            list(command),
            stdout=log,
            stderr=subprocess.STDOUT,
            env=full_env,
            cwd=cwd,
            start_new_session=True,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log_text = server.log()
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"server exited with {process.returncode}:\n{log_text}")
        if _answers(server.url + ready_path):
            return server
        time.sleep(0.1)
    log_text = server.log()
    stop(server)
    raise RuntimeError(f"server did not answer on port {port} within {timeout:.0f} s:\n{log_text}")


def stop(server: Server) -> int:
    """SIGTERM (gunicorn's master stops its workers), then SIGKILL to what is left of the group."""
    process = server.process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    shutil.rmtree(server.log_path.parent, ignore_errors=True)
    return process.returncode


@contextlib.contextmanager
def running(
    command: Sequence[str],
    port: int,
    *,
    ready_path: str = "/",
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Iterator[Server]:
    """:func:`start`, then :func:`stop` at the end of the ``with`` block."""
    server = start(command, port, ready_path=ready_path, env=env, cwd=cwd)
    try:
        yield server
    finally:
        stop(server)


def static_command(directory: Path, port: int) -> list[str]:
    """A plain static file server for ``directory``, as GitHub Pages would serve it."""
    return [
        sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(directory)
    ]  # fmt: skip


def serve_command(port: int, args: Sequence[str] = ()) -> list[str]:
    """``headline-lint serve`` (gunicorn, or Flask's reloader with ``--dev``) on loopback."""
    script = console_script("headline-lint")
    return [script, "serve", "--host", "127.0.0.1", "--port", str(port), *args]


def clean_environ() -> dict[str, str]:
    """The environment without the server's own variables, so a developer's shell cannot leak in."""
    return {k: v for k, v in os.environ.items() if not k.startswith("HEADLINE_LINT_")}


def start_api(
    env: Mapping[str, str] | None = None, args: Sequence[str] = ("--workers", "2")
) -> Server:
    """``headline-lint serve`` from the checkout, ready once ``/healthz`` answers.

    The environment is this one without ``HEADLINE_LINT_*`` variables, plus ``env``.
    """
    port = free_port()
    return start(
        serve_command(port, args),
        port,
        ready_path="/healthz",
        env={**clean_environ(), **(env or {})},
        cwd=ROOT,
    )
