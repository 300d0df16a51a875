"""Parsing profile markdown: front matter, sections, and the map from field text to the file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.cli.profile_md import parse_profile
from linter.cli.source import InputError, ProfileDoc


def parse(text: str) -> ProfileDoc:
    return parse_profile(text, "p.md")[0]


def where(doc: ProfileDoc, field: str, needle: str) -> tuple[int, int]:
    text = doc.fields[field].text  # type: ignore[index]
    return doc.position(doc.fields[field].to_file(text.index(needle)))  # type: ignore[index]


def test_front_matter_headline_and_target_map_to_the_file() -> None:
    doc = parse('---\ntitle: x\nheadline: "Senior ML Engineer"\ntarget: ml-research\n---\n')
    assert doc.fields["headline"].text == "Senior ML Engineer"
    assert doc.target == "ml-research"
    assert where(doc, "headline", "ML") == (3, 19)


def test_sections_headline_and_about() -> None:
    doc = parse("# Name\n\n## Headline\n\nAI Engineer | RAG\n\n## About\n\nFirst line.\nSecond.\n")
    assert doc.fields["headline"].text == "AI Engineer | RAG"
    assert doc.fields["summary"].text == "First line.\nSecond."
    assert where(doc, "summary", "Second") == (10, 1)


def test_summary_heading_is_accepted_and_case_and_colon_do_not_matter() -> None:
    doc = parse("### SUMMARY:\nShips things.\n")
    assert doc.fields["summary"].text == "Ships things."


def test_setext_heading_is_a_section() -> None:
    doc = parse("Headline\n--------\nAI Engineer\n\nAbout\n=====\n\nBuilt a RAG service.\n")
    assert doc.fields["headline"].text == "AI Engineer"
    assert doc.fields["summary"].text == "Built a RAG service."


def test_heading_inside_code_block_or_comment_is_not_a_section() -> None:
    text = "## Headline\nAI Engineer\n\n```\n## About\nnot this\n```\n\n<!--\n## About\n-->\n"
    doc = parse(text)
    assert "summary" not in doc.fields
    assert "## About" not in doc.fields["headline"].text.replace("```\n## About", "")


def test_section_ends_at_a_heading_of_the_same_level() -> None:
    doc = parse("## About\nOne.\n\n### Detail\nTwo.\n\n## Experience\nNot About.\n")
    assert doc.fields["summary"].text == "One.\n\n### Detail\nTwo."


def test_html_comments_are_cut_out_of_the_text_and_recorded() -> None:
    doc = parse("## About\n<!-- headline-lint: disable buzzword -->\nPassionate <!-- x --> dev.\n")
    assert doc.fields["summary"].text == "Passionate  dev."
    assert [c.text.strip() for c in doc.comments] == ["headline-lint: disable buzzword", "x"]
    assert where(doc, "summary", "dev") == (3, 23)


def test_paragraphs_keep_their_blank_line() -> None:
    doc = parse("## About\n\nOne.\n\n\nTwo.\n")
    assert doc.fields["summary"].text == "One.\n\nTwo."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Just a README\n\nNothing here.\n", "p.md: no profile found"),
        ("---\nheadline: [unclosed\n---\n", "p.md:3: invalid front matter"),
        ("---\nheadline: x\n", "p.md:1: front matter opened with `---` is never closed"),
        ("---\n- a list\n---\n## About\nx\n", "p.md:2: invalid front matter"),
        ("---\nheadline:\n  - a\n---\n", "p.md:3: front matter `headline` must be text"),
        ("---\nheadline: a\n---\n## Headline\nb\n", "p.md:4: the headline is given twice"),
        ("## About\nx\n\n## Summary\ny\n", "p.md:4: the summary is given twice"),
    ],
)
def test_bad_profiles_get_one_line_naming_the_path(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse(text)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_escaped_front_matter_value_maps_to_its_start() -> None:
    doc = parse('---\nheadline: "AI \\u0045ngineer"\n---\n')
    assert doc.fields["headline"].text == "AI Engineer"
    assert where(doc, "headline", "Engineer") == (2, 11)


words = st.text(alphabet=st.sampled_from("ab 𝐃é\t"), min_size=1, max_size=12).filter(
    lambda s: s.strip() and s == s.strip()
)


@given(st.lists(st.lists(words, min_size=1, max_size=3), min_size=1, max_size=4))
def test_every_field_character_maps_to_the_same_file_character(paragraphs: list[list[str]]) -> None:
    body = "\n\n".join("\n".join(lines) for lines in paragraphs)
    doc = parse(f"# T\n\n## About\n\n<!-- c -->\n{body}\n\n## Other\nz\n")
    field = doc.fields["summary"]
    assert field.text == body
    for index, char in enumerate(field.text):
        if char != "\n":
            assert doc.source[field.to_file(index)] == char
