"""``headline-lint suggest`` end to end: the real console script in a subprocess."""

from __future__ import annotations

import json

from linter import Profile, suggest
from tests.cli.helpers import Run, Write

HEADLINE = "Senior ML Engineer | Python"
ABOUT = (
    "I build and run the retrieval service behind our support assistant: a FastAPI endpoint "
    "over pgvector, deployed on Kubernetes, with an evaluation harness in CI. "
    "It answers 12,000 questions a day for 300 agents."
)
FIRST = "Senior AI Engineer | Deployment, LLM applications, APIs | 12,000 questions a day"


def test_text_output_lists_each_headline_its_score_and_its_sources(cli: Run) -> None:
    proc = cli("suggest", "--headline", HEADLINE, "--summary", ABOUT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[:4] == [
        f"1. {FIRST}",
        "   score 88 (now 71: +17)",
        "   from your headline: 'Senior ML Engineer'",
        "   from your About: 'deployed', 'assistant', 'FastAPI', '12,000 questions a day'",
    ]
    assert proc.stdout.count("\n3. ") == 1 and "\n4. " not in proc.stdout


def test_json_is_exactly_the_wire_model(cli: Run) -> None:
    proc = cli("suggest", "--headline", HEADLINE, "--summary", ABOUT, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    expected = suggest(Profile(headline=HEADLINE, summary=ABOUT)).model_dump(mode="json")
    assert json.loads(proc.stdout) == expected
    assert expected["suggestions"][0]["headline"] == FIRST


def test_a_profile_file_with_its_target_and_standard_input(cli: Run, write: Write) -> None:
    text = f"---\nheadline: {HEADLINE}\ntarget: ai-engineer\n---\n\n## About\n\n{ABOUT}\n"
    write("profile.md", text)
    from_file = cli("suggest", "profile.md", "--format", "json")
    assert from_file.returncode == 0, from_file.stderr
    assert json.loads(from_file.stdout)["suggestions"][0]["headline"] == FIRST
    from_stdin = cli("suggest", "-", "--format", "json", stdin=text)
    assert from_stdin.stdout == from_file.stdout
    # --headline replaces the file's headline: a headline naming no role gets the earned title
    other = cli("suggest", "profile.md", "--headline", "Python | PyTorch", "--format", "json")
    assert json.loads(other.stdout)["suggestions"][0]["headline"].startswith("AI Engineer | ")


def test_nothing_to_build_from_says_why_and_exits_0(cli: Run) -> None:
    proc = cli("suggest", "--headline", "ML Engineer", "--summary", "I plan to deploy models.")
    assert proc.returncode == 0
    assert proc.stdout.startswith("No suggestion: the About does not show enough of your own")
    empty = cli("suggest", "--headline", "", "--format", "json")
    assert json.loads(empty.stdout) == {"target": "ai-engineer", "suggestions": []}


def test_bad_input_is_one_line_and_exit_2(cli: Run) -> None:
    none = cli("suggest")
    assert none.returncode == 2
    assert none.stderr == "headline-lint: error: give a FILE, or --headline/--summary\n"
    missing = cli("suggest", "missing.md")
    assert missing.returncode == 2 and missing.stderr.startswith("headline-lint: error: missing.md")
    target = cli("suggest", "--headline", "AI Engineer", "--target", "astronaut")
    assert target.returncode == 2 and "unknown target 'astronaut'" in target.stderr
    assert len(target.stderr.splitlines()) == 1
