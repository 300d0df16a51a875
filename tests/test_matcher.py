from __future__ import annotations

import pytest

from linter.matcher import Trie, merged, non_overlapping
from linter.text import tokenize


def _spans(trie: Trie[str], text: str) -> list[tuple[object, str]]:
    return [(m.key, text[m.start : m.end]) for m in trie.scan(tokenize(text))]


def test_finds_nested_phrases_in_one_pass() -> None:
    trie: Trie[str] = Trie()
    trie.add("machine learning", "ml")
    trie.add("machine learning engineer", "mle")
    text = "Senior Machine-Learning Engineers"
    assert sorted(_spans(trie, text)) == [
        ("ml", "Machine-Learning"),
        ("mle", "Machine-Learning Engineers"),
    ]


def test_phrase_never_runs_across_a_separator() -> None:
    trie: Trie[str] = Trie()
    trie.add("machine learning engineer", "mle")
    assert _spans(trie, "Data Scientist | Machine Learning | Engineer") == []


def test_skippable_words_may_stand_inside_a_phrase() -> None:
    trie: Trie[str] = Trie(skippable={"senior"})
    trie.add("ml engineer", "t")
    assert _spans(trie, "ML Senior Engineer") == [("t", "ML Senior Engineer")]


def test_skipping_stops_at_a_break_the_end_or_another_word() -> None:
    trie: Trie[str] = Trie(skippable={"senior", "staff"})
    trie.add("ml engineer", "t")
    trie.add("ml", "ml")
    assert _spans(trie, "ML Senior Staff Engineers") == [
        ("ml", "ML"),
        ("t", "ML Senior Staff Engineers"),
    ]
    for text in ["ML Senior | Engineer", "ML Senior Staff", "ML Senior Data Engineer"]:
        assert _spans(trie, text) == [("ml", "ML")], text


def test_words_override_token_text() -> None:
    trie: Trie[str] = Trie()
    trie.add("ml engineer", "t")
    tokens = tokenize("ML Engg")
    assert [m.key for m in trie.scan(tokens, ["ml", "engineer"])] == ["t"]


def test_empty_phrase_is_refused() -> None:
    with pytest.raises(ValueError, match="no letters"):
        Trie[str]().add("--", "k")


def test_non_overlapping_keeps_leftmost_longest() -> None:
    trie: Trie[str] = Trie()
    for p in ("a b", "b c", "a b c"):
        trie.add(p, p)
    kept = non_overlapping(trie.scan(tokenize("a b c")))
    assert [m.key for m in kept] == ["a b c"]


def test_a_merged_trie_finds_what_each_trie_finds_in_its_order() -> None:
    first: Trie[str] = Trie()
    for phrase, name in [("machine learning", "ml"), ("machine learning engineer", "mle"),
                         ("engineer", "eng"), ("data", "d")]:  # fmt: skip
        first.add(phrase, name)
    second: Trie[tuple[str, str]] = Trie()
    for phrase, key in [("machine", ("w", "m")), ("learning engineers", ("w", "le")),
                        ("engineer", ("w", "e")), ("machine learning", ("w", "ml"))]:  # fmt: skip
        second.add(phrase, key)
    both = merged(first, second)
    for text in ["Machine Learning Engineers build data machines", "ML | Engineer, machine"]:
        tokens = tokenize(text)
        found = both.scan(tokens)
        assert [m for m in found if isinstance(m.key, str)] == first.scan(tokens)
        assert [m for m in found if isinstance(m.key, tuple)] == second.scan(tokens)
    # at a node both tries end at, the first's keys come first
    keys = [m.key for m in both.scan(tokenize("machine learning"))]
    assert keys == [("w", "m"), "ml", ("w", "ml")]


def test_tries_that_skip_words_are_never_merged() -> None:
    with pytest.raises(ValueError, match="skip"):
        merged(Trie(skippable={"senior"}), Trie())
