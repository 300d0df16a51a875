"""The pre-commit hook, round trip with the real ``pre-commit`` tool and real ``git commit``s.

pre-commit builds its own virtualenv and pip-installs this repository at ``rev`` (the checkout's
HEAD commit), so this tests the committed hook definition and code, with the README's snippet
as written (only its two documented placeholders filled in). pip uses the configured package
index like every other install here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.support.paths import EXAMPLES, ROOT, console_script

SNIPPET_MARK = "<!-- pre-commit-snippet:"
PLACEHOLDERS = ("<git URL of headline-linter>", "<commit sha or tag>")


def readme_snippet() -> str:
    """The README's ``.pre-commit-config.yaml`` block, exactly as a reader copies it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    after = readme[readme.index(SNIPPET_MARK) :]
    block = after[after.index("```yaml\n") + len("```yaml\n") :]
    return block[: block.index("```")]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.invalid",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.invalid",
        GIT_CONFIG_GLOBAL=os.devnull,
        NO_COLOR="1",
    )
    return env


def test_hook_blocks_a_legacy_title_commit_and_lets_a_clean_one_through(tmp_path: Path) -> None:
    git = shutil.which("git")
    assert git, "git is needed for the pre-commit round trip"
    env = _env(tmp_path)

    def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False
        )

    rev = run(git, "rev-parse", "HEAD", cwd=ROOT).stdout.strip()
    assert len(rev) == 40, "the checkout must have a commit for pre-commit to install"
    shown = run(git, "show", f"{rev}:.pre-commit-hooks.yaml", cwd=ROOT)
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert shown.stdout == hooks, "commit .pre-commit-hooks.yaml first: the hook installs HEAD"

    snippet = readme_snippet()
    assert all(p in snippet for p in PLACEHOLDERS), snippet
    config = snippet.replace(PLACEHOLDERS[0], str(ROOT)).replace(PLACEHOLDERS[1], rev)
    assert "<" not in config, f"a placeholder the README does not explain: {config}"

    repo = tmp_path / "profile-repo"
    repo.mkdir()
    assert run(git, "init", "-q", cwd=repo).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    installed = run(console_script("pre-commit"), "install", cwd=repo)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    (repo / "README.md").write_text("# My LinkedIn profile\n\nKept in git.\n", encoding="utf-8")
    (repo / "notes.md").write_text("---\ntitle: Notes\n---\n\n## Ideas\n\nx\n", encoding="utf-8")
    profile = repo / "profile.md"
    profile.write_text("---\nheadline: Senior ML Engineer | PyTorch\n---\n", encoding="utf-8")
    run(git, "add", "README.md", "notes.md", "profile.md", ".pre-commit-config.yaml", cwd=repo)
    blocked = run(git, "commit", "-m", "legacy title", cwd=repo)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "headline-lint" in output and "Failed" in output
    assert "profile.md:2:18: HL101 [legacy-title]" in output
    assert "README.md" not in output and "notes.md" not in output  # not profile files
    assert run(git, "rev-parse", "--verify", "-q", "HEAD", cwd=repo).returncode != 0

    shutil.copy(EXAMPLES / "clean-profile.md", profile)
    run(git, "add", "profile.md", cwd=repo)
    passed = run(git, "commit", "-m", "clean profile", cwd=repo)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "headline-lint" in passed.stderr and "Passed" in passed.stderr  # hook output
    assert run(git, "log", "--oneline", cwd=repo).stdout.count("\n") == 1
