"""``linter.suggest_areas``: a suggestion keeps the headline's own focus area when the About's
own work shows it, first, and never repeats one the title itself holds."""

from __future__ import annotations

from linter import Profile, suggest
from linter.suggest_parts import Part
from linter.suggestions import _inside

# Synthetic: own search-ranking work in production.
ABOUT = (
    "I build and run the search ranking service of our shop: learning-to-rank models behind a "
    "FastAPI endpoint, deployed on Kubernetes, with an LLM reranker and an evaluation harness "
    "in CI. It answers 12,000 queries a day."
)


def _headlines(headline: str) -> list[str]:
    return [s.headline for s in suggest(Profile(headline=headline, summary=ABOUT)).suggestions]


def test_the_headlines_own_area_comes_first_when_the_about_shows_it() -> None:
    got = suggest(Profile(headline="ML Engineer | Search ranking", summary=ABOUT)).suggestions
    assert got and all(s.headline.startswith("AI Engineer | Search and ranking, ") for s in got)
    area = got[0].sources[1]
    assert (area.field, area.text) == ("headline", "Search ranking")


def test_an_area_the_about_does_not_show_is_not_kept() -> None:
    got = _headlines("ML Engineer | Search ranking and recommender systems")
    assert got and not [h for h in got if "ecommender" in h]


def test_an_area_the_title_holds_is_not_repeated() -> None:
    title = Part("Computer Vision Engineer", (("headline", 0, 24),))
    in_title = Part("computer vision", (("headline", 0, 15),))
    after = Part("search and ranking", (("headline", 27, 41),))
    assert _inside(in_title, title) and not _inside(after, title)
