"""The discoverability score: four named components, each pinned on small profiles."""

from __future__ import annotations

from linter import Profile, lint
from linter.models import Report
from linter.ruleset import load_ruleset
from linter.score import band

SETTINGS = load_ruleset().score

SYSTEMS = (
    "I deploy our models to production behind REST APIs and build the RAG pipeline that "
    "answers 3,000 support questions a day for our customers."
)


def parts(report: Report) -> dict[str, int]:
    return {p.name: p.points for p in report.breakdown}


def test_an_empty_profile_scores_zero_with_no_breakdown() -> None:
    report = lint(Profile())
    assert report.score == 0
    assert report.breakdown == ()
    assert lint(Profile(headline="   ", summary="\n")).score == 0


def test_the_score_is_the_sum_of_its_parts_pinned() -> None:
    report = lint(Profile(headline="Senior ML Engineer | PyTorch", summary=SYSTEMS))
    assert parts(report) == {"title": 14, "focus": 13, "evidence": 28, "clarity": 5}
    assert report.score == 60 == sum(parts(report).values())
    assert [p.label for p in report.breakdown] == [
        "Title",
        "Focus and keywords",
        "Evidence of work",
        "Clarity",
    ]
    title = report.breakdown[0]
    assert title.max == 25
    assert "'Senior ML Engineer' is the legacy title, before the fold" in title.detail


def test_the_headlines_own_focus_earns_its_part_of_the_focus() -> None:
    bare = lint(Profile(headline="Senior ML Engineer | PyTorch", summary=SYSTEMS))
    named = lint(Profile(headline="Senior ML Engineer | LLM apps, RAG", summary=SYSTEMS))
    # the headline's part is 30% of 20, whole at a share of 1.0 (LLMs 0.61 + RAG 0.39); the rest
    # weighs every family named, the headline's 1.5 times
    assert (parts(bare)["focus"], parts(named)["focus"]) == (13, 20)


def test_a_backed_modern_title_earns_the_whole_title_component() -> None:
    report = lint(Profile(headline="Senior AI Engineer | PyTorch", summary=SYSTEMS))
    assert parts(report)["title"] == 25


def test_a_thinly_backed_modern_title_earns_part_of_the_component() -> None:
    # one kind of work (an LLM app) backs the title, too little for the linter to offer it
    thin = lint(Profile(headline="AI Engineer", summary="I build LLM chatbots for our shop."))
    assert parts(thin)["title"] == 15  # 60% of 25
    assert "backed by one kind of work only" in thin.breakdown[0].detail


def test_a_modern_title_backed_by_work_told_in_cliches_earns_part() -> None:
    hyped = "Passionate, results-driven guru leveraging cutting-edge tech. " + SYSTEMS
    report = lint(Profile(headline="AI Engineer", summary=hyped))
    assert parts(report)["title"] == 15
    assert "backed by work told in clichés" in report.breakdown[0].detail
    assert parts(lint(Profile(headline="AI Engineer", summary=SYSTEMS)))["title"] == 25


def test_an_unbacked_modern_title_costs_points() -> None:
    report = lint(Profile(headline="AI Engineer", summary="I enjoy hiking and I read a lot."))
    assert parts(report)["title"] == -10
    assert "does not back" in report.breakdown[0].detail
    # a headline alone backs nothing either: the recruiter finds nothing behind it
    assert parts(lint(Profile(headline="AI Engineer | LLMs")))["title"] == -10


def test_no_role_title_earns_nothing_and_a_role_some() -> None:
    assert parts(lint(Profile(headline="Passionate about data | Python | SQL")))["title"] == 0
    assert parts(lint(Profile(headline="Data Analyst at Acme")))["title"] == 4  # 15% of 25
    assert parts(lint(Profile(headline="Data Scientist at Acme")))["title"] == 9  # 35%


def test_a_title_after_the_fold_earns_half() -> None:
    head = "Helping retailers forecast demand and plan stock for stores | ML Engineer"
    assert head.index("ML Engineer") >= 60
    assert parts(lint(Profile(headline=head)))["title"] == 7  # 55% x 50% of 25


def test_the_research_target_weighs_titles_its_own_way() -> None:
    profile = Profile(headline="Machine Learning Engineer", target="ml-research")
    assert parts(lint(profile))["title"] == 25


def test_focus_weighs_the_headline_above_the_about_and_skips_other_senses() -> None:
    about = lint(Profile(headline="Engineer", summary="I build RAG systems."))
    head = lint(Profile(headline="Engineer | RAG", summary="I build systems."))
    assert parts(head)["focus"] > parts(about)["focus"] > 0
    tax = lint(Profile(headline="Tax Agent", summary="I am a tax agent for families."))
    assert "agents" not in tax.breakdown[1].detail


def test_market_words_with_no_ai_work_keep_part_of_the_focus() -> None:
    backend = (
        "I deploy our payment microservices to production on AWS behind REST APIs and run the "
        "CI/CD pipeline for 40 engineers."
    )
    plain = lint(Profile(headline="Backend Engineer", summary=backend))
    ai = lint(Profile(headline="Backend Engineer", summary=backend + " I also built our RAG bot."))
    assert 0 < parts(plain)["focus"] < parts(ai)["focus"]
    assert "No AI or ML work named in the About, so 40% kept." in plain.breakdown[1].detail
    # a headline naming an AI focus is a profile aimed at AI search: its focus counts whole
    aimed = lint(Profile(headline="Backend Engineer | LLMs", summary=backend))
    assert "40% kept" not in aimed.breakdown[1].detail


def test_the_focus_ai_families_are_families_or_areas_a_target_defines() -> None:
    names = {
        item.name
        for target in load_ruleset().targets.values()
        for item in (*target.keywords, *target.focus_areas)
    }
    assert set(SETTINGS.focus.ai_families) <= names


def test_work_with_no_ai_in_it_keeps_part_of_its_evidence() -> None:
    backend = (
        "I deploy our payment services to production behind REST APIs and run the CI/CD "
        "pipeline for 40 engineers."
    )
    plain = lint(Profile(headline="Backend Engineer", summary=backend))
    ai = lint(Profile(headline="Backend Engineer", summary=backend + " I also ship the LLM."))
    assert parts(plain)["evidence"] < parts(ai)["evidence"]
    assert "no AI or ML work named, so 40% kept" in plain.breakdown[2].detail
    # AI only wished for, or only in the headline, is no AI work of the person's
    wish = backend + " I would like to move into LLM work."
    assert "no AI or ML work named" in lint(Profile(summary=wish)).breakdown[2].detail
    claimed = lint(Profile(headline="Backend Engineer | AI | LLMs", summary=backend))
    assert "no AI or ML work named" in claimed.breakdown[2].detail


def test_cliches_discount_the_evidence() -> None:
    clean = lint(Profile(headline="Engineer", summary=SYSTEMS))
    hyped = lint(Profile(headline="Engineer", summary="Passionate guru. " + SYSTEMS))
    assert parts(hyped)["evidence"] < parts(clean)["evidence"]
    assert "taken for 2 clichés" in hyped.breakdown[2].detail


def test_clarity_counts_in_proportion_to_what_there_is_to_read() -> None:
    short = lint(Profile(headline="Data Analyst", summary="Data analyst."))
    assert parts(short)["clarity"] == 0  # 2 words of 50
    assert parts(lint(Profile(headline="Data Analyst", summary=SYSTEMS)))["clarity"] == 5  # 27/50


def test_each_fix_reports_its_measured_impact() -> None:
    profile = Profile(headline="Senior ML Engineer | PyTorch", summary=SYSTEMS)
    report = lint(profile)
    (rename,) = [d for d in report.diagnostics if d.rule == "legacy-title"]
    assert rename.impact == 11  # the legacy title's 14 points become the modern title's 25
    fixed = Profile(headline="Senior AI Engineer | PyTorch", summary=SYSTEMS)
    assert lint(fixed).score - report.score == 11
    assert all(d.impact is None for d in report.diagnostics if d.fix is None)


def test_bands_read_from_the_data() -> None:
    assert [band(v, SETTINGS).name for v in (100, 80, 79, 50, 49, 0)] == [
        "good",
        "good",
        "fair",
        "fair",
        "poor",
        "poor",
    ]


def test_numbers_count_when_a_reader_can_check_them() -> None:
    def numbers(about: str) -> str:
        return lint(Profile(headline="Engineer", summary=about)).breakdown[2].detail

    assert "3 numbers stated" in numbers("I cut p95 latency from 900 ms to 120 ms for 4,000 users.")
    # a year and a boast of magnitude are no outcome
    assert "number" not in numbers("In 2021 I shipped 40+ AI systems and $250M+ in value.")
    # a list's numbering is no outcome either; the numbers in its items are
    listed = "What I do:\n1. Build search.\n2) Ship APIs for 300 stores.\n (3) Mentor juniors."
    assert "1 number stated" in numbers(listed)


def test_a_focus_area_the_postings_do_not_measure_still_counts_a_little() -> None:
    vision = lint(Profile(headline="Computer Vision Engineer", summary="I train detectors."))
    assert vision.breakdown[1].detail == "In the headline: computer vision."
    assert parts(vision)["focus"] == 2  # 1.5 x 15% of 3.0 for full: 7.5% of 20


def test_a_study_status_is_no_role_title() -> None:
    assert parts(lint(Profile(headline="Student at Example University")))["title"] == 0


def test_a_title_detail_quoting_a_lone_surrogate_still_encodes() -> None:
    report = lint(Profile(headline="ML \ud800 Engineer"))
    assert report.breakdown[0].detail.startswith("'ML ? Engineer' is the legacy title")
    report.model_dump_json()
