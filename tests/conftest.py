"""Shared fixtures: a populated SQLite database built from hand-made records (fast, no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.config import Settings
from veille.fuse.tolls import reconcile
from veille.ingest.text import article_id
from veille.models import (
    ActorRef,
    Article,
    DateValue,
    Evidence,
    Incident,
    Place,
    TollClaim,
)
from veille.store.repository import Repository

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "src" / "veille" / "schemas"

HOSTILE = 'Attack <script>alert("x")</script> & <b>bold</b> in "quotes"'


def make_article(text: str, published: str | None = "2015-11-14") -> Article:
    return Article(
        id=article_id(text),
        text=text,
        title=text.split(".")[0],
        url="https://example.org/story",
        published=published,
        published_source="given" if published else "none",
        source="test",
        raw=text.encode(),
    )


def make_incident(article: Article, *, suffix: str = "0", country: str = "FR") -> Incident:
    text = article.text
    k = text.index("129")
    sentence = text
    claim = TollClaim(
        value=129,
        qualifier="at least",
        minimum=129,
        maximum=None,
        article=article.id,
        evidence=Evidence(article.id, "killed", k - 9, k + 3, sentence, text[k - 9 : k + 3]),
        said_by="the prosecutor",
    )
    p = text.index("Paris")
    return Incident(
        id=f"inc_{suffix * 16}"[:20],
        title="Bombing and armed assault in Paris, France",
        date=DateValue("2015-11-13", "day", "on Friday"),
        place=Place("Paris", country, "France", 48.85, 2.35, "city"),
        attack_types=["Bombing/Explosion", "Armed Assault"],
        weapon_types=["Explosives", "Firearms"],
        perpetrator_groups=[ActorRef("islamic-state", "Islamic State")],
        killed=reconcile([claim]),
        articles=[article.id],
        evidence=[
            Evidence(article.id, "place", p, p + 5, sentence, "Paris"),
            claim.evidence,
        ],
    )


STORY = (
    "Gunmen and suicide bombers attacked Paris on Friday, killing at least 129 people. "
    + HOSTILE
    + "."
)


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "veille.db"


@pytest.fixture()
def populated(db_path: Path) -> Settings:
    repo = Repository.open(f"sqlite:///{db_path}")
    article = make_article(STORY)
    repo.add_article(article, [make_incident(article, suffix="a")])
    other = make_article(STORY.replace("Paris", "Paris, Texas") + " Again.", "2016-01-02")
    incident = make_incident(other, suffix="b", country="US")
    incident.date = DateValue("2016-01-01", "day")
    incident.perpetrator_groups = []
    repo.add_article(other, [incident])
    repo.close()
    return Settings(db=str(db_path))


def load_schema(name: str) -> dict[str, object]:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert isinstance(schema, dict)
    return schema
