"""tests.support itself: server start-up and shutdown, and the rule for a missing tool."""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

import pytest

from tests.support import chromium, policy, servers

SERVER_WITH_A_CHILD = """
import http.server, subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
open(sys.argv[2], "w").write(str(child.pid))
print("serving", flush=True)
http.server.test(http.server.SimpleHTTPRequestHandler, port=int(sys.argv[1]), bind="127.0.0.1")
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"


def test_free_port_can_be_bound() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", servers.free_port()))


def test_a_server_that_exits_raises_with_its_output() -> None:
    command = [sys.executable, "-c", "import sys; print('no such setting: X'); sys.exit(3)"]
    with pytest.raises(RuntimeError, match=r"(?s)exited with 3:.*no such setting: X"):
        servers.start(command, servers.free_port())


def test_a_server_that_never_answers_times_out_and_is_stopped() -> None:
    command = [sys.executable, "-c", "import time; print('stuck', flush=True); time.sleep(300)"]
    with pytest.raises(RuntimeError, match=r"(?s)did not answer on port \d+ within 1 s.*stuck"):
        servers.start(command, servers.free_port(), timeout=1)


def test_stop_ends_the_server_and_what_it_started(tmp_path: Path) -> None:
    port = servers.free_port()
    pid_file = tmp_path / "child.pid"
    command = [sys.executable, "-c", SERVER_WITH_A_CHILD, str(port), str(pid_file)]
    with servers.running(command, port, cwd=tmp_path) as server:
        assert "serving" in server.log()
        child = int(pid_file.read_text())
        assert _alive(child)
    assert server.process.returncode is not None
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)


def test_a_missing_chromium_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(chromium, "CHROMIUM", tmp_path / "chromium")
    assert chromium.missing() == f"{tmp_path / 'chromium'} is missing: " + (
        "`apt-get install -y chromium` (make test does)"
    )


def test_a_missing_tool_skips_locally_and_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(policy, "IN_CI", False)
    with pytest.raises(pytest.skip.Exception, match="no tool"):
        policy.unavailable("no tool")
    monkeypatch.setattr(policy, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="cannot run under CI=true: no tool"):
        policy.unavailable("no tool")
