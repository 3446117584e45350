"""The repository on a real SQLite file: round trips, filters, transactions, migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from veille.config import Settings
from veille.errors import NotFoundError, StoreError
from veille.records import incident_record
from veille.store.repository import IncidentFilter, Repository

from conftest import STORY, make_article, make_incident


def test_round_trip_keeps_every_field(db_path: Path) -> None:
    repo = Repository.open(f"sqlite:///{db_path}")
    article = make_article(STORY)
    incident = make_incident(article)
    repo.add_article(article, [incident])
    assert repo.has_article(article.id)
    assert incident_record(repo.get_incident(incident.id)) == incident_record(incident)
    stored = repo.get_article(article.id)
    assert stored.text == article.text and stored.raw == article.raw
    repo.close()


def test_filters_and_pagination(populated: Settings) -> None:
    repo = Repository.open(populated.db_url)
    assert repo.count_incidents() == 2
    assert [i.place.country for i in repo.list_incidents() if i.place] == ["US", "FR"]
    assert repo.count_incidents(IncidentFilter(country="fr")) == 1
    assert repo.count_incidents(IncidentFilter(group="islamic-state")) == 1
    assert repo.count_incidents(IncidentFilter(date_from="2016")) == 1
    assert repo.count_incidents(IncidentFilter(date_to="2015")) == 1
    assert repo.count_incidents(IncidentFilter(date_to="2015-10")) == 0
    assert len(repo.list_incidents(IncidentFilter(limit=1, offset=1))) == 1
    repo.close()


def test_unknown_ids(populated: Settings) -> None:
    repo = Repository.open(populated.db_url)
    with pytest.raises(NotFoundError, match="no incident"):
        repo.get_incident("inc_missing")
    with pytest.raises(NotFoundError, match="no article"):
        repo.get_article("art_missing")
    repo.close()


def test_failed_write_leaves_nothing(db_path: Path) -> None:
    """An incident that cannot be stored rolls back its whole article."""
    repo = Repository.open(f"sqlite:///{db_path}")
    article = make_article(STORY)
    good = make_incident(article, suffix="c")
    clash = make_incident(article, suffix="c")  # same id twice: the second insert fails
    with pytest.raises(StoreError, match=article.id):
        repo.add_article(article, [good, clash])
    assert not repo.has_article(article.id)
    assert repo.count_incidents() == 0
    repo.close()


def test_migrations_create_schema_and_are_idempotent(db_path: Path) -> None:
    repo = Repository.open(f"sqlite:///{db_path}")
    repo.migrate()
    tables = set(inspect(repo.engine).get_table_names())
    assert {"articles", "incidents", "incident_groups", "incident_articles", "evidence"} <= tables
    assert "alembic_version" in tables
    repo.close()


def test_unopenable_database(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot"):
        Repository.open(f"sqlite:///{blocker}/sub/veille.db")
