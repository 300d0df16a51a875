"""Constants and the request recorder shared by the browser tests and their fixtures."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.support.paths import ROOT

AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
# The strictest policy the page must run under: no inline script or style, no eval, nothing from
# any other origin. Only WebAssembly compilation is allowed ('wasm-unsafe-eval').
STRICT_CSP = (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self'; connect-src 'self'; font-src 'none'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# The page's test hooks (window.__headlineLinter: lint times, settled()) exist only with ?test=1.
TEST_PATH = "/?test=1"
READY_TIMEOUT_MS = 180_000  # Python start-up: ~3 s idle, far more on a busy 2-core machine


@dataclass
class Recorded:
    """Everything a page did that a test may want to check."""

    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    bad_status: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
