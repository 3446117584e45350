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


def test_a_database_of_an_earlier_version_gains_same_as_and_keeps_its_records(
    db_path: Path,
) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from veille.store import repository

    engine = create_engine(f"sqlite:///{db_path}")
    config = Config()
    config.set_main_option("script_location", str(repository._MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        assert "same_as" not in {c["name"] for c in inspect(connection).get_columns("records")}
        connection.execute(
            text(
                "insert into articles values "
                "('art_1', null, 't', '2020-01-02', 'text', 'en', 's', 'x', x'00', 'now')"
            )
        )
        connection.execute(
            text(
                "insert into records values ('act_1', 'actions', 'art_1', null, '2020-01-02', "
                """'{"id": "act_1", "date": "2020-01-02"}')"""
            )
        )
    engine.dispose()
    repo = Repository.open(f"sqlite:///{db_path}")
    with repo.engine.connect() as connection:
        assert "same_as" in {c["name"] for c in inspect(connection).get_columns("records")}
        assert connection.execute(text("select same_as from records")).scalar() is None
    # a record stored before 1.3 lacks same_as and is listed among the distinct ones
    assert repo.list_records("actions", IncidentFilter(distinct=True)) == [
        {"id": "act_1", "date": "2020-01-02"}
    ]
    repo.close()
