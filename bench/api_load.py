"""Load test of the API server on loopback: ``POST /v1/lint`` against the no-op ``GET /healthz``.

Starts the real server (gunicorn, ``headline-lint serve``) on a free 127.0.0.1 port, then
drives each endpoint with 64 connections for 10 s: with ``wrk`` when it is installed, else with
the Python load generator below (several processes of asyncio connections). Prints requests/s,
p50/p99 latency and non-2xx counts, and the lint/no-op throughput ratio; exits 1 when the ratio
is under 75 % or any response was not 2xx. Not part of the test suite: numbers depend on the host.

    .venv/bin/python -m bench.api_load [--seconds 10] [--connections 64] [--workers 2]
                                       [--tool auto|wrk|python] [--url http://127.0.0.1:8000]
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests

from tests.support import servers
from tests.support.servers import Server

HEADLINE = (
    "ML Engineer | PhD in Computer Vision | Building LLM-powered retrieval systems, evaluation "
    "harnesses and production inference APIs | Python, PyTorch, Kubernetes"
)
PARAGRAPHS = (
    "I design and ship machine learning systems end to end: data pipelines, model training, "
    "evaluation and deployment behind APIs that serve millions of requests a day.",
    "Recently I built a retrieval-augmented generation service with hybrid search, reranking "
    "and an offline evaluation harness that caught regressions before every release.",
    "Before that I was a researcher exploring novel architectures for video understanding; "
    "I published at CVPR and NeurIPS and I am passionate about deep learning.",
    "I care about latency budgets, observability and cost: our inference stack runs on "
    "Kubernetes with autoscaling GPU pools, and I own its on-call rotation.",
)


def profile_body(size: int = 2600) -> bytes:
    """A realistic headline plus About text of ``size`` characters, as the JSON request body."""
    summary = ""
    while len(HEADLINE) + len(summary) < size:
        summary += " ".join(PARAGRAPHS) + "\n\n"
    summary = summary[: size - len(HEADLINE)].rstrip() + "."
    return json.dumps({"headline": HEADLINE, "summary": summary}).encode()


@dataclass
class Result:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


# --- wrk ---------------------------------------------------------------------------------------

LUA = """wrk.method = "{method}"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("{body}", "rb"); wrk.body = f:read("*a"); f:close()
"""
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def run_wrk(url: str, method: str, body: bytes, seconds: int, connections: int) -> Result:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "body.json").write_bytes(body)
        script = Path(tmp) / "req.lua"
        script.write_text(LUA.format(method=method, body=Path(tmp) / "body.json"))
        cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script)]
        out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    pct = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    total = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    assert total is not None, out
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return Result(
        requests=int(total.group(1)),
        seconds=float(total.group(2)) * UNITS[total.group(3)] / 1000,
        p50_ms=_ms(pct["50"]),
        p99_ms=_ms(pct["99"]),
        non_2xx=int(non2xx.group(1)) if non2xx else 0,
        errors=sum(int(n) for n in sock.groups()) if sock else 0,
    )


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()  # type: ignore[union-attr]
    return float(number) * UNITS[unit]


# --- the Python load generator ------------------------------------------------------------------


async def _connection(
    host: str, port: int, request: bytes, until: float, out: list[tuple[float, int]]
) -> int:
    errors = 0
    reader = writer = None
    while time.perf_counter() < until:
        started = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            assert reader is not None
            writer.write(request)
            status_line = await reader.readline()
            headers = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
            length = int(re.search(r"content-length: *(\d+)", headers).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            out.append((time.perf_counter() - started, int(status_line.split()[1])))
            if "connection: close" in headers:
                writer.close()
                writer = None
        except (OSError, asyncio.IncompleteReadError, ValueError, AttributeError):
            errors += 1
            if writer is not None:
                writer.close()
            writer = None
    if writer is not None:
        writer.close()
    return errors


def _generator(args: tuple[str, int, bytes, float, int]) -> tuple[list[tuple[float, int]], int]:
    host, port, request, seconds, connections = args

    async def main() -> tuple[list[tuple[float, int]], int]:
        out: list[tuple[float, int]] = []
        until = time.perf_counter() + seconds
        errors = await asyncio.gather(
            *(_connection(host, port, request, until, out) for _ in range(connections))
        )
        return out, sum(errors)

    return asyncio.run(main())


def run_python(url: str, method: str, body: bytes, seconds: int, connections: int) -> Result:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    head = f"{method} {parts.path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
    if method == "POST":
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    request = head.encode() + b"\r\n" + (body if method == "POST" else b"")
    procs = max(1, min(os.cpu_count() or 1, 4))
    shares = [connections // procs + (i < connections % procs) for i in range(procs)]
    started = time.perf_counter()
    with multiprocessing.Pool(procs) as pool:
        parts_out = pool.map(_generator, [(host, port, request, seconds, n) for n in shares])
    elapsed = time.perf_counter() - started
    samples = sorted(s for out, _ in parts_out for s in out)
    latencies = sorted(latency for latency, _ in samples)

    def pct(p: float) -> float:
        return (
            latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else 0
        )

    return Result(
        requests=len(samples),
        seconds=min(elapsed, float(seconds)) if samples else elapsed,
        p50_ms=pct(0.50),
        p99_ms=pct(0.99),
        non_2xx=sum(1 for _, status in samples if not 200 <= status < 300),
        errors=sum(errors for _, errors in parts_out),
    )


# --- the server and the report ------------------------------------------------------------------


def start_server(workers: int) -> Server:
    """``headline-lint serve`` with ``workers`` sync workers, once ``/healthz`` answers."""
    return servers.start_api(args=("--workers", str(workers)))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--connections", type=int, default=64)
    p.add_argument("--workers", type=int, default=2, help="gunicorn workers of the started server")
    p.add_argument("--tool", choices=("auto", "wrk", "python"), default="auto")
    p.add_argument(
        "--url", help="an already running server (loopback only) instead of starting one"
    )
    args = p.parse_args(argv)
    tool = ("wrk" if shutil.which("wrk") else "python") if args.tool == "auto" else args.tool
    run = run_wrk if tool == "wrk" else run_python
    server = None
    if args.url:
        host = urlsplit(args.url).hostname or ""
        if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
            raise SystemExit(f"--url must be a loopback address, not {host}")
        url = args.url.rstrip("/")
    else:
        server = start_server(args.workers)
        url = server.url
    body = profile_body()
    try:
        requests.post(
            f"{url}/v1/lint", data=body, headers={"Content-Type": "application/json"}
        ).raise_for_status()
        results = {}
        for name, method, path in (
            ("no-op GET /healthz", "GET", "/healthz"),
            ("POST /v1/lint", "POST", "/v1/lint"),
        ):
            run(f"{url}{path}", method, body, 2, args.connections)  # warm-up
            results[name] = run(f"{url}{path}", method, body, args.seconds, args.connections)
    finally:
        if server is not None:
            servers.stop(server)
    profile = json.loads(body)
    chars = len(profile["headline"]) + len(profile["summary"])
    print(f"tool: {tool}; {args.connections} connections, {args.seconds} s per endpoint")
    print(f"profile: {chars} characters ({len(body)} bytes of JSON); {os.cpu_count()} CPUs")
    columns = ("requests", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors")
    print(f"{'endpoint':20}" + "".join(f"{c:>10}" for c in columns))
    for name, r in results.items():
        cells = (
            r.requests,
            round(r.rps),
            f"{r.p50_ms:.2f}",
            f"{r.p99_ms:.2f}",
            r.non_2xx,
            r.errors,
        )
        print(f"{name:20}" + "".join(f"{c:>10}" for c in cells))
    noop, lint = results["no-op GET /healthz"], results["POST /v1/lint"]
    ratio = lint.rps / noop.rps if noop.rps else 0.0
    ok = ratio >= 0.75 and lint.non_2xx == noop.non_2xx == 0
    verdict = "PASS" if ok else "FAIL"
    print(f"lint/no-op throughput: {ratio:.1%} (goal: >= 75 %, zero non-2xx): {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
