"""Generated benchmark profiles: varied, realistic, reproducible (a seeded RNG).

Headlines of about 120 characters and About texts of about 2,500, written from a vocabulary that
holds what the rules look for (legacy titles, research-only phrases, buzzwords, deployment and
customer evidence, market keywords, credentials, styled letters, emoji) among plain words, mixed
in different proportions per profile ("personas"), so some profiles are clean and some are not.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from linter import Profile

TITLES = (
    "ML Engineer", "Machine Learning Engineer", "Senior ML Engineer",
    "Sr. Machine Learning Engineer", "Staff ML Engineer", "ML Engineer II",
    "Lead Machine-Learning Engineer", "AI Engineer",
    "Senior AI Engineer", "AI/ML Engineer", "LLM Engineer", "GenAI Engineer", "Data Scientist",
    "Software Engineer", "Research Scientist", "ML Engg", "Machine Learnig Engineer",
    "Forward-Deployed AI Engineer", "Product Manager, AI", "MLOps Engineer", "Applied Scientist",
)  # fmt: skip
CREDENTIALS = ("PhD", "Ph.D. candidate", "MSc", "MBA", "Dr.")
FOCUS = (
    "Computer Vision", "NLP", "Deep Learning", "LLM apps", "RAG in production", "MCP servers",
    "evaluation harnesses", "recommender systems", "Statistics", "Python", "PyTorch", "Kubernetes",
    "AWS", "MLOps", "forecasting", "search and ranking", "speech", "healthcare AI", "fintech",
    "agents", "data pipelines", "inference at scale", "open to new opportunities",
)  # fmt: skip
BUZZ = (
    "passionate", "enthusiast", "guru", "ninja", "rockstar", "wizard", "10x", "visionary",
    "thought leader", "results-driven", "team player", "go-getter", "aspiring", "self-starter",
    "highly motivated", "detail-oriented", "lifelong learner", "innovator",
)  # fmt: skip
RESEARCH = (
    "training cycles", "validation loss curves", "loss graphs", "loss functions",
    "gradient descent", "hyperparameter tuning", "Jupyter notebooks", "proof-of-concept notebooks",
    "PoC prototypes", "Kaggle competitions", "state-of-the-art accuracy", "backpropagation",
    "learning curves", "novel architectures", "ablation studies", "benchmark leaderboards",
)  # fmt: skip
EVIDENCE = (
    "deployed to production", "a REST API", "a FastAPI service", "a gRPC endpoint",
    "retrieval-augmented generation", "an MCP server", "an evaluation harness", "CI/CD pipelines",
    "Kubernetes", "Docker", "p99 latency dashboards", "observability and monitoring",
    "guardrails", "a vector database", "pgvector", "LangGraph agents", "an SLA of 99.9% uptime",
    "microservices", "integration tests", "on-call rotation",
)  # fmt: skip
CUSTOMER = (
    "inside client infrastructure", "on site with the customer engineering team",
    "embedded with client teams", "in customer environments", "on premise at the client site",
)  # fmt: skip
SYSTEMS = (
    "support assistant", "fraud model", "search service", "document pipeline", "chatbot",
    "ranking system", "forecasting service", "triage tool", "recommendation engine", "copilot",
)  # fmt: skip
PLAIN = (
    "team", "customers", "data", "product", "quality", "weeks", "months", "design", "platform",
    "people", "hospital", "bank", "retail", "logistics", "reports", "process", "cost", "growth",
    "mentoring", "teaching", "students", "writing", "open source", "community", "clear", "simple",
    "reliable", "careful", "small", "large", "new", "old", "shared", "documentation", "users",
    "stakeholders", "roadmap", "budget", "partners", "feedback", "lessons", "ideas", "questions",
    "HTML", "XML", "YAML", "email", "spreadsheets", "dashboards", "meetings", "research",
)  # fmt: skip
VERBS = ("built", "shipped", "designed", "led", "maintained", "scaled", "migrated", "owned")
STACK = ("Python", "PyTorch", "TensorFlow", "SQL", "Spark", "Docker", "Kubernetes", "AWS", "GCP")


def _styled(text: str, upper: int, lower: int) -> str:
    """``text`` in styled letters (mathematical alphanumerics) that search engines do not match."""
    return "".join(
        chr(upper + ord(c) - 65) if c.isupper() else chr(lower + ord(c) - 97) if c.islower() else c
        for c in text
    )


STYLED = (
    _styled("Deep Learning", 0x1D400, 0x1D41A),  # mathematical bold
    _styled("AI Engineer", 0x1D608, 0x1D622),  # mathematical sans-serif italic
    _styled("LLM", 0xFF21, 0xFF41),  # fullwidth
)
EMOJI = ("🚀", "🤖", "💡", "📊", "👩‍💻")
SEPARATORS = (" | ", " • ", " · ", " / ", ", ")
# Persona: relative weights of research, evidence, customer, buzzword and plain sentences.
PERSONAS = ((5, 1, 0, 1, 4), (1, 5, 0, 1, 4), (1, 4, 2, 0, 4), (0, 1, 0, 2, 6), (1, 1, 0, 0, 8))


def headline(rng: random.Random, size: int = 120) -> str:
    parts = [rng.choice(TITLES)]
    if rng.random() < 0.2:
        parts.insert(0, rng.choice(CREDENTIALS))
    if rng.random() < 0.1:
        parts[0] = f"{rng.choice(EMOJI)} {parts[0]}"
    sep = rng.choice(SEPARATORS)
    while len(sep.join(parts)) < size - 10:
        roll = rng.random()
        if roll < 0.15:
            part = f"{rng.choice(BUZZ).capitalize()} about {rng.choice(FOCUS)}"
        elif roll < 0.2:
            part = rng.choice(STYLED)
        elif roll < 0.25:
            part = rng.choice(FOCUS).upper()
        else:
            part = rng.choice(FOCUS)
        parts.append(part)
    return sep.join(parts)


def sentence(rng: random.Random, persona: tuple[int, ...]) -> str:
    kind = rng.choices(range(5), weights=persona)[0]
    words = " ".join(rng.choices(PLAIN, k=rng.randint(4, 10)))
    if kind == 0:
        s = rng.choice(
            (
                f"I spent {rng.randint(2, 6)} years on {rng.choice(RESEARCH)} and "
                f"{rng.choice(RESEARCH)} for {words}",
                f"Improved accuracy by {rng.randint(2, 30)}% with {rng.choice(RESEARCH)} "
                f"on {words}",
                f"My work on {rng.choice(RESEARCH)} was published with {words}",
            )
        )
    elif kind == 1:
        s = (
            f"I {rng.choice(VERBS)} a {rng.choice(SYSTEMS)} with {rng.choice(EVIDENCE)} and "
            f"{rng.choice(EVIDENCE)}, serving {rng.randint(2, 900)}k requests a day for {words}"
        )
    elif kind == 2:
        s = f"I {rng.choice(VERBS)} a {rng.choice(SYSTEMS)} {rng.choice(CUSTOMER)} for {words}"
    elif kind == 3:
        s = f"A {rng.choice(BUZZ)} {rng.choice(BUZZ)} who loves {words}"
    else:
        s = f"{words.capitalize()} with {rng.choice(PLAIN)} and {rng.choice(PLAIN)}"
    return s[0].upper() + s[1:] + "."


def summary(rng: random.Random, size: int = 2500) -> str:
    persona = rng.choice(PERSONAS)
    text = sentence(rng, persona)
    while len(text) < size - 120:
        text += ("\n\n" if rng.random() < 0.25 else " ") + sentence(rng, persona)
    if rng.random() < 0.5:
        text += "\n\nStack: " + ", ".join(rng.sample(STACK, rng.randint(3, 7))) + "."
    return text


def profiles(count: int, seed: int = 2026) -> list[Profile]:
    rng = random.Random(seed)
    return [
        Profile(headline=headline(rng, rng.randint(100, 140)), summary=summary(rng))
        for _ in range(count)
    ]


def long_text(chars: int, seed: int = 7) -> str:
    """About-like text of exactly ``chars`` characters (cut at a space), for the scaling runs."""
    rng = random.Random(seed)
    chunks: list[str] = []
    total = 0
    while total < chars:
        chunks.append(summary(rng))
        total += len(chunks[-1]) + 2
    text = "\n\n".join(chunks)[:chars]
    return text[: text.rfind(" ")].ljust(chars, ".")


def write_jsonl(path: Path, count: int, seed: int = 11) -> None:
    with path.open("w", encoding="utf-8") as out:
        for p in profiles(count, seed):
            record = {"headline": p.headline, "summary": p.summary}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def markdown(profile: Profile) -> str:
    """A profile markdown file as ``headline-lint check`` reads it (front matter + About)."""
    head = json.dumps(profile.headline, ensure_ascii=False)
    return f"---\nheadline: {head}\n---\n\n# A Profile\n\n## About\n\n{profile.summary}\n"


def sample(count: int = 3, seed: int = 2026) -> Iterator[str]:
    for p in profiles(count, seed):
        yield f"{p.headline}\n\n{p.summary}\n"


if __name__ == "__main__":
    for text in sample():
        print(text, "-" * 60, sep="\n")
