"""Every endpoint through Flask's test client, compared with the engine called directly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from linter import Config, FixRequest, Profile, fix_profile, lint
from linter.docs import rule_markdown
from linter.ruleset import load_ruleset

PROFILE = {
    "headline": "ML Engineer | PhD | Passionate about Deep Learning",
    "summary": "I am a researcher exploring novel architectures.\n\nPublished at NeurIPS.",
    "target": "ai-engineer",
}


def test_lint_returns_the_engine_report_in_its_wire_format(client: FlaskClient) -> None:
    response = client.post("/v1/lint", json=PROFILE)
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == lint(Profile(**PROFILE)).model_dump(mode="json")
    assert response.headers["Cache-Control"] == "no-store"


def test_about_is_accepted_as_summary_and_answered_as_summary(client: FlaskClient) -> None:
    about = {**{k: v for k, v in PROFILE.items() if k != "summary"}, "about": PROFILE["summary"]}
    response = client.post("/v1/lint", json=about)
    assert response.status_code == 200
    assert response.get_json() == client.post("/v1/lint", json=PROFILE).get_json()
    fixed = client.post("/v1/fix", json={**about, "unsafe": True}).get_json()
    assert (
        fixed["profile"]["summary"] == fix_profile(Profile(**PROFILE), unsafe=True).profile.summary
    )
    assert "about" not in fixed["profile"]
    both = client.post("/v1/lint", json={**PROFILE, "about": "x"})
    assert both.status_code == 422  # one or the other, never both


def test_lint_defaults_missing_fields_like_the_engine(client: FlaskClient) -> None:
    response = client.post("/v1/lint", json={"headline": "ML Engineer"})
    assert response.status_code == 200
    assert response.get_json() == lint(Profile(headline="ML Engineer")).model_dump(mode="json")


def test_lint_accepts_a_json_suffix_content_type(client: FlaskClient) -> None:
    response = client.post(
        "/v1/lint", data='{"headline": "ML Engineer"}', content_type="application/merge+json"
    )
    assert response.status_code == 200


def test_an_overlong_headline_is_a_finding_not_an_error(client: FlaskClient) -> None:
    headline = "AI Engineer shipping LLM systems " * 8  # 264 characters
    response = client.post("/v1/lint", json={"headline": headline})
    assert response.status_code == 200
    report = response.get_json()
    assert report == lint(Profile(headline=headline)).model_dump(mode="json")
    assert any(d["field"] == "headline" and d["end"] > 220 for d in report["diagnostics"])


def test_fix_returns_the_engine_fix_result(client: FlaskClient) -> None:
    for unsafe in (False, True):
        response = client.post("/v1/fix", json={**PROFILE, "unsafe": unsafe})
        assert response.status_code == 200
        expected = fix_profile(Profile(**PROFILE), unsafe=unsafe)
        assert response.get_json() == expected.model_dump(mode="json")
        assert response.headers["Cache-Control"] == "no-store"


def test_fix_request_model_is_the_engines(client: FlaskClient) -> None:
    body: dict[str, Any] = FixRequest(headline="ML Engineer", unsafe=True).model_dump()
    response = client.post("/v1/fix", json=body)
    assert response.status_code == 200
    assert set(response.get_json()) == {"profile", "report", "applied"}


def test_a_configured_default_target_applies_when_the_body_names_none(tmp_path: Path) -> None:
    from linter.api import create_app

    config = Config(target="ml-research")
    client = create_app({"TESTING": True, "LINT_CONFIG": config, "WEB_DIR": tmp_path}).test_client()
    for path in ("/v1/lint", "/v1/fix"):
        plain = client.post(path, json={"headline": "ML Engineer"}).get_json()
        named = client.post(path, json={"headline": "ML Engineer", "target": "ai-engineer"})
        report = plain.get("report", plain)
        assert report["target"] == "ml-research", path
        assert named.get_json().get("report", named.get_json())["target"] == "ai-engineer", path


def test_rules_lists_every_rule_with_its_docs(client: FlaskClient) -> None:
    rules = load_ruleset().rules
    response = client.get("/v1/rules")
    assert response.status_code == 200
    listed = response.get_json()["rules"]
    assert [r["code"] for r in listed] == [r.code for r in rules]
    for entry, rule in zip(listed, rules, strict=True):
        assert entry["name"] == rule.name
        assert entry["docs"] == rule_markdown(rule)
        assert entry["fixable"] == rule.fixable
        assert entry["examples"] == rule.examples.model_dump(mode="json")


def test_one_rule_by_name_or_code(client: FlaskClient) -> None:
    rule = load_ruleset().rules[0]
    by_name = client.get(f"/v1/rules/{rule.name}")
    by_code = client.get(f"/v1/rules/{rule.code}")
    by_lower_code = client.get(f"/v1/rules/{rule.code.lower()}")
    assert by_name.status_code == by_code.status_code == by_lower_code.status_code == 200
    assert by_name.get_json() == by_code.get_json() == by_lower_code.get_json()
    assert by_name.get_json()["code"] == rule.code
    assert by_name.get_json()["docs"] == rule_markdown(rule)


def test_targets_lists_the_rule_set_targets(client: FlaskClient) -> None:
    response = client.get("/v1/targets")
    assert response.status_code == 200
    targets = response.get_json()["targets"]
    known = load_ruleset().targets
    assert [t["name"] for t in targets] == list(known)
    assert targets[0] == known[targets[0]["name"]].model_dump(mode="json")


def test_healthz(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["rules"] == len(load_ruleset().rules) > 0


def test_head_works_where_get_does(client: FlaskClient) -> None:
    response = client.head("/healthz")
    assert response.status_code == 200
    assert response.get_data() == b""


def test_app_factory_takes_config_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from linter.api import create_app

    monkeypatch.setenv("HEADLINE_LINT_MAX_BODY", "1k")
    assert create_app().config["MAX_CONTENT_LENGTH"] == 1024
    assert create_app({"MAX_CONTENT_LENGTH": 10}).config["MAX_CONTENT_LENGTH"] == 10


def test_every_app_has_its_own_state(app: Flask) -> None:
    from linter.api import create_app

    other = create_app({"TESTING": True})
    assert other.extensions["headline_lint"] is not app.extensions["headline_lint"]


def test_the_linter_configuration_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from linter.api import create_app

    path = tmp_path / ".headline-lint.toml"
    path.write_text('ignore = ["legacy-title"]\n')
    monkeypatch.setenv("HEADLINE_LINT_CONFIG", str(path))
    client = create_app({"TESTING": True}).test_client()
    body = client.post("/v1/lint", json={"headline": "ML Engineer"}).get_json()
    assert body == lint(
        Profile(headline="ML Engineer"), Config(ignore=("legacy-title",))
    ).model_dump(mode="json")
    assert "legacy-title" not in {d["rule"] for d in body["diagnostics"]}
    default = lint(Profile(headline="ML Engineer"))
    assert "legacy-title" in {d.rule for d in default.diagnostics}  # so the line above can fail
