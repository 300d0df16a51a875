"""``batch --report``: the audit report opens in real Chromium from a file, draws its charts,
and makes no request but the file itself (the shared ``browser`` fixture from conftest.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.support.paths import console_script
from tests.web.helpers import ARTIFACTS, Recorded

pytestmark = pytest.mark.browser

ROWS = [
    {"id": "weak-1", "headline": "🚀 Passionate ML Engineer guru | PhD", "summary": "I love data."},
    {"id": "ok-2", "headline": "ML Engineer", "summary": "I deployed a REST API to production."},
    {"id": "<img src=x onerror=alert(1)>", "headline": "AI Engineer", "summary": "Puzzles."},
    {"id": "r-4", "headline": "Research Scientist", "target": "ml-research"},
    {  # plain words for market families: the missing keyword families chart has a bar
        "id": "plain-5",
        "headline": "Data Scientist | Python",
        "summary": "I built a chatbot for our support team and a Flask service that answers "
        "2,000 customer questions a day.",
    },
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    lines = [json.dumps(row) for row in ROWS * 5] + ["{broken"]
    (folder / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = console_script("headline-lint")
    args = ["batch", "in.jsonl", "--out", "out.jsonl", "--report", "audit.html", "-j", "1"]
    proc = subprocess.run([str(script), *args], cwd=folder, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr  # 1: the broken row
    return folder / "audit.html"


def test_report_renders_its_charts_offline(page: Page, report: Path, recorded: Recorded) -> None:
    url = report.as_uri()
    page.goto(url)
    expect(page.get_by_role("heading", name="Profile audit")).to_be_visible()
    charts = page.locator("svg[role=img]")
    expect(charts).to_have_count(4)
    for i in range(4):
        chart = charts.nth(i)
        expect(chart).to_be_visible()
        box = chart.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 100
        assert chart.locator("path").count() > 10  # bars, axes and text drawn as paths
    lowest = page.locator("#lowest tbody tr")
    expect(lowest).to_have_count(25)
    expect(page.locator("#lowest")).to_contain_text("<img src=x onerror=alert(1)>")  # as text
    assert page.locator("#lowest img").count() == 0 and recorded.dialogs == []
    expect(page.locator("#titles")).to_contain_text("legacy title, new title offered")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "audit-report.png"), full_page=True)
    assert recorded.requests == [url], recorded.requests
    assert recorded.failed == [] and recorded.console_errors == [] and recorded.page_errors == []
