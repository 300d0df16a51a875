"""``headline-lint init --from EXPORT [profile.md]``: a profile markdown file from a LinkedIn
data export (the archive or its CSV files), holding the headline and the About and nothing else.

The file is the format :mod:`linter.cli.profile_md` reads: the headline in front matter and the
About in an ``## About`` section, written as LinkedIn has it. When the About holds text that
markdown would change (a line of ``---`` under a line makes it a heading, an HTML comment is
left out...), it goes into the front matter as a quoted ``about:`` value instead. Either way the
file is parsed back and must give exactly the export's texts, so ``check`` on it finds what
``check`` on the export finds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from linter.cli.linkedin import ExportProfile, read_export
from linter.cli.profile_md import parse_profile
from linter.cli.source import InputError


def _front(key: str, value: str) -> str:
    import yaml

    dumped: str = yaml.safe_dump({key: value}, allow_unicode=True, width=1 << 30)
    return dumped.rstrip("\n")


def _markdown(profile: ExportProfile, target: str | None, about_section: bool) -> str:
    front = [_front("headline", profile.headline)] if profile.headline.strip() else []
    if target:
        front.append(_front("target", target))
    if profile.summary.strip() and not about_section:
        front.append(f"about: {json.dumps(profile.summary, ensure_ascii=False)}")
    text = "---\n" + "".join(line + "\n" for line in front) + "---\n" if front else ""
    if profile.summary.strip() and about_section:
        text += ("\n" if text else "") + "## About\n\n" + profile.summary + "\n"
    return text


def render(profile: ExportProfile, label: str, target: str | None = None) -> str:
    """The profile file's text, checked by parsing it back."""
    expected = {"headline": profile.headline, "summary": profile.summary}
    expected = {name: text for name, text in expected.items() if text.strip()}
    for about_section in (True, False):
        text = _markdown(profile, target, about_section)
        try:
            doc, _ = parse_profile(text, label)
        except InputError:
            continue
        if {name: field.text for name, field in doc.fields.items()} == expected:
            return text
    raise InputError(f"{label}: cannot write this profile as markdown without changing its text")


def _write(path: Path, data: bytes, force: bool) -> None:
    if force:
        from linter.cli.fixwrite import atomic_write

        atomic_write(path, data)
        return
    with path.open("xb") as handle:  # exclusive: never overwrite without --force
        handle.write(data)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    try:
        profile = read_export(args.source)
        text = render(profile, str(out), args.target)
        if out.exists() and not args.force:
            raise InputError(f"{out}: already exists; pass --force to overwrite it")
        _write(out, text.encode("utf-8"), args.force)
    except InputError as exc:
        print(f"headline-lint: error: {exc}", file=sys.stderr)
        return 2
    except FileExistsError:
        print(f"headline-lint: error: {out}: already exists; pass --force", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"headline-lint: error: {out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    parts = ["the headline"] if profile.headline.strip() else []
    parts += ["the About"] if profile.summary.strip() else []
    print(
        f"wrote {out} ({' and '.join(parts)} from {args.source}); next: headline-lint check {out}"
    )
    return 0
