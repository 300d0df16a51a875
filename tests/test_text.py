from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from linter.text import (
    ASCII_WORD_SPLIT_RE,
    SENTENCE_RE,
    WORD_SPLIT_RE,
    counts_upto,
    fold,
    phrase_tokens,
    stem,
    surface_forms,
    tokenize,
)


def test_fold_keeps_ascii_offsets() -> None:
    assert fold("ML Engineer") == ("ml engineer", None)


def test_fold_maps_styled_letters_back_to_their_offsets() -> None:
    text = "𝗠𝗟 Engineer"
    folded, index = fold(text)
    assert folded == "ml engineer"
    assert index is not None and index[0] == 0 and index[1] == 1 and index[3] == 3


def test_tokens_are_normalised_and_keep_original_spans() -> None:
    text = "🚀 Machine-Learning Engineers"
    tokens = tokenize(text)
    assert tokens.norms == ["machine", "learning", "engineer"]
    spans = zip(tokens.starts, tokens.ends, strict=True)
    assert [text[s:e] for s, e in spans] == ["Machine", "Learning", "Engineers"]


def test_separators_are_hard_breaks_but_hyphens_and_slashes_are_not() -> None:
    assert tokenize("AI/ML | Machine-Learning Engineer").hard == [True, False, True, False, False]


def test_abbreviation_period_does_not_break_a_phrase() -> None:
    assert phrase_tokens("Ph.D. candidate") == ("ph", "d", "candidate")
    assert tokenize("Ph.D. candidate. Then more").hard == [True, False, False, True, False]


def test_stem_strips_simple_plurals_only() -> None:
    assert [stem(w) for w in ("engineers", "llms", "apis", "aws", "class", "ops")] == [
        "engineer",
        "llm",
        "api",
        "aws",
        "class",
        "ops",
    ]


def test_sentences_are_counted() -> None:
    tokens = tokenize("One thing. Another thing!\nThird Ph.D. and more")
    # "Ph.D." inside a sentence is no break; "Ph.D. and" reads as one (an abbreviation at a
    # sentence end is ambiguous, and the safe reading keeps conditional phrases apart)
    assert [tokens.sentence(i) for i in range(len(tokens))] == [0, 0, 1, 1, 2, 2, 2, 3, 3]
    assert tokens.sentence_breaks == [9, 24, 36]  # ". ", "!" with its newline, "D. "
    assert tokens.sentences == [0, 0, 1, 1, 2, 2, 2, 3, 3]  # all at once: the same
    assert [tokens.sentence(i) for i in range(len(tokens))] == tokens.sentences


def test_styled_text_tokens_point_into_the_original() -> None:
    text = "ｘ 𝗠𝗟 Eng"
    tokens = tokenize(text)
    assert tokens.norms == ["x", "ml", "eng"]
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == [
        "ｘ",
        "𝗠𝗟",
        "Eng",
    ]


@given(st.text(alphabet="abcdesz", min_size=1, max_size=8))
def test_every_word_is_a_surface_form_of_its_stem(word: str) -> None:
    assert stem(stem(word)) == stem(word)
    assert word in surface_forms(stem(word))
    assert all(stem(form) == stem(word) for form in surface_forms(stem(word)))


@given(st.integers(0, 40).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.integers(0, n)))))
def test_counts_upto_counts_the_cuts_at_or_before_each_index(case: tuple[int, list[int]]) -> None:
    n, cuts = case
    cuts.sort()
    assert counts_upto(cuts, n) == [sum(c <= i for c in cuts) for i in range(n)]


@given(st.text(alphabet=".!?\n\t\r x1\u2028\u00a0", max_size=30))
def test_sentence_breaks_are_those_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"[.!?](\s|$)|\n")  # what SENTENCE_RE is written to find faster
    found = [m.span() for m in SENTENCE_RE.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_text_splits_into_the_same_words_either_way(text: str) -> None:
    folded = text.lower()
    assert ASCII_WORD_SPLIT_RE.split(folded) == WORD_SPLIT_RE.split(folded)


@given(st.text(alphabet="ab Ph.D,|-\n:;()\u2014 \u00e9\U0001d400", max_size=40))
def test_hard_breaks_found_at_once_are_those_found_one_by_one(text: str) -> None:
    tokens = tokenize(text)
    assert tokens.hard == [tokens.is_hard(i) for i in range(len(tokens))]
