"""``linter.evidence.voice``: the About's agents counted from the evidence model's trie scan."""

from __future__ import annotations

from linter.evidence.compile import compile_evidence
from linter.evidence.voice import Voice, read_voice
from linter.ruleset import load_ruleset
from linter.text import tokenize

MODEL = compile_evidence(load_ruleset().evidence)


def _voice(text: str) -> Voice:
    tokens = tokenize(text)
    return read_voice(tokens, MODEL.trie.scan(tokens))


def test_first_person_team_and_work_verbs() -> None:
    v = _voice("I built the API. We ship it weekly.\n- Led the migration\n- Maintained my tools")
    assert (v.first_person, v.team, v.work_openings, v.work_verbs) == (2, 1, 2, 4)


def test_pro_drop_verbs_are_first_person() -> None:
    v = _voice("Desarrollé el servicio de pagos y lo opero.")
    assert v.first_person == 2


def test_a_third_person_text_has_no_first_person() -> None:
    # its work verbs are counted (work was done), but no unit opens with one: not a bullet
    v = _voice("She leads the data team. Her models run the pricing.")
    assert (v.first_person, v.team, v.work_openings, v.work_verbs) == (0, 0, 0, 2)
