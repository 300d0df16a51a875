"""``linter.offsets``: code points to UTF-16 units and lines, and text JSON can carry."""

from __future__ import annotations

from linter.offsets import Offsets, clean, encodable, utf16_len


def test_offsets_count_utf16_and_lines() -> None:
    text = "🚀 ML Engineer\nsecond 🚀 line"
    offsets = Offsets(text)
    assert (offsets.utf16(2), offsets.utf16(13)) == (3, 14)
    assert offsets.line_column(2) == (1, 3)
    assert offsets.line_column(text.index("line")) == (2, 10)
    assert utf16_len(text) == len(text) + 2


def test_a_lone_surrogate_is_not_encodable_and_clean_makes_it_a_question_mark() -> None:
    assert encodable("plain") and encodable("ML 🚀 Engineer")
    assert not encodable("ML \ud800 Engineer")
    assert clean("ML \ud800 Engineer") == "ML ? Engineer"
