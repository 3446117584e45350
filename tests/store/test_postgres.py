"""The repository and the API against a real PostgreSQL server.

The session fixture finds Debian's PostgreSQL server binaries (installing the ``postgresql``
package with apt-get when they are missing and we are root), starts a throwaway cluster on a free
port of 127.0.0.1 with trust authentication, and stops it at the end. The tests never skip
silently: without the binaries and without root they fail, unless VEILLE_SKIP_SERVICES=1.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from veille.api.app import create_app
from veille.config import Settings, database_url
from veille.errors import NotFoundError, StoreError
from veille.models import DateValue
from veille.records import incident_record
from veille.store.repository import IncidentFilter, Repository

from conftest import STORY, make_article, make_incident
from service_helpers import SKIP_ENV, apt_install, free_port

pytestmark = pytest.mark.postgres

DB_NAME = "veille_test"
TABLES = {"articles", "incidents", "incident_groups", "incident_articles", "evidence"}


# -- installing and running the server -------------------------------------------------------


def postgres_bindir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` that has initdb and pg_ctl."""
    found = [
        Path(initdb).parent
        for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb")
        if (Path(initdb).parent / "pg_ctl").exists()
    ]
    found.sort(key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    return found[-1] if found else None


def run_as_owner(command: list[str], cwd: Path, as_postgres: bool) -> tuple[int, str]:
    """Run a server command; as root, run it as the ``postgres`` user (initdb refuses root).
    Return its exit status and output."""
    if as_postgres:
        command = ["runuser", "-u", "postgres", "--", *command]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)
    return (
        done.returncode,
        f"`{' '.join(command)}` (exit {done.returncode}):\n{done.stdout}{done.stderr}",
    )


def log_tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:] if log.exists() else ""


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """``postgresql://postgres@127.0.0.1:PORT/veille_test`` on a throwaway cluster."""
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: PostgreSQL tests skipped")
    bindir = postgres_bindir()
    if bindir is None:
        seconds = apt_install(["postgresql"], "the PostgreSQL server")
        print(f"installed PostgreSQL in {seconds:.1f} s")
        bindir = postgres_bindir()
        if bindir is None:
            pytest.fail(
                "apt-get installed postgresql but no /usr/lib/postgresql/*/bin/initdb appeared",
                pytrace=False,
            )
    as_postgres = os.geteuid() == 0
    # As root the server runs as `postgres`, which cannot enter pytest's 0700 tmp tree: use a
    # directory of its own under /tmp.
    base = Path(tempfile.mkdtemp(prefix="veille-pg-", dir="/tmp" if as_postgres else None))
    if as_postgres:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail("running as root but there is no `postgres` OS user", pytrace=False)
        os.chown(base, owner.pw_uid, owner.pw_gid)
    data, log = base / "data", base / "server.log"
    pg_ctl = str(bindir / "pg_ctl")
    started = False
    try:
        initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
        status, output = run_as_owner(
            [*initdb, "-E", "UTF8", "--no-locale", "--no-sync"], base, as_postgres
        )
        if status != 0:
            pytest.fail(f"initdb failed: {output}", pytrace=False)
        for _attempt in range(3):  # another process may take the free port before we bind it
            port = free_port()
            options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
            options += " -c synchronous_commit=off -c full_page_writes=off"
            start = [pg_ctl, "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options]
            status, output = run_as_owner([*start, "start"], base, as_postgres)
            if status == 0:
                started = True
                break
            if "could not bind" not in log_tail(log):
                break
        if not started:
            pytest.fail(f"PostgreSQL did not start: {output}{log_tail(log)}", pytrace=False)
        admin = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {DB_NAME}")
        yield f"postgresql://postgres@127.0.0.1:{port}/{DB_NAME}"
    finally:
        if started:
            stop = [pg_ctl, "-D", str(data), "-w", "-t", "30", "stop"]
            status, _ = run_as_owner([*stop, "-m", "fast"], base, as_postgres)
            if status != 0:
                run_as_owner([*stop, "-m", "immediate"], base, as_postgres)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture()
def pg(postgres_url: str) -> str:
    """The test database, emptied: every test starts from a database with no tables."""
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("SET lock_timeout = '10s'")
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")
    return postgres_url


def open_repo(url: str) -> Repository:
    return Repository.open(database_url(url))


def populate(url: str) -> None:
    """The same two incidents as conftest's ``populated`` fixture (FR 2015, US 2016)."""
    repo = open_repo(url)
    article = make_article(STORY)
    repo.add_article(article, [make_incident(article, suffix="a")])
    other = make_article(STORY.replace("Paris", "Paris, Texas") + " Again.", "2016-01-02")
    incident = make_incident(other, suffix="b", country="US")
    incident.date = DateValue("2016-01-01", "day")
    incident.perpetrator_groups = []
    repo.add_article(other, [incident])
    repo.close()


# -- the repository ----------------------------------------------------------------------------


def test_url_uses_psycopg(postgres_url: str) -> None:
    assert database_url(postgres_url).startswith("postgresql+psycopg://postgres@127.0.0.1:")


def test_round_trip_keeps_every_field(pg: str) -> None:
    repo = open_repo(pg)
    assert repo.engine.dialect.name == "postgresql"
    article = make_article(STORY)
    incident = make_incident(article)
    repo.add_article(article, [incident])
    assert repo.has_article(article.id)
    assert incident_record(repo.get_incident(incident.id)) == incident_record(incident)
    stored = repo.get_article(article.id)
    assert stored.text == article.text and stored.raw == article.raw
    assert [a.id for a in repo.iter_articles()] == [article.id]
    repo.close()


def test_filters_and_pagination(pg: str) -> None:
    populate(pg)
    repo = open_repo(pg)
    assert repo.count_incidents() == 2
    assert repo.count_articles() == 2
    assert [i.place.country for i in repo.list_incidents() if i.place] == ["US", "FR"]
    assert repo.count_incidents(IncidentFilter(country="fr")) == 1
    assert repo.count_incidents(IncidentFilter(group="islamic-state")) == 1
    assert repo.count_incidents(IncidentFilter(date_from="2016")) == 1
    assert repo.count_incidents(IncidentFilter(date_to="2015")) == 1
    assert repo.count_incidents(IncidentFilter(date_to="2015-10")) == 0
    assert repo.count_incidents(IncidentFilter(date_from="2015-11", date_to="2015-11")) == 1
    second = repo.list_incidents(IncidentFilter(limit=1, offset=1))
    assert [i.id for i in second] == [repo.list_incidents()[1].id]
    assert repo.list_incidents(IncidentFilter(limit=1, offset=2)) == []
    assert len(list(repo.iter_incidents(batch=1))) == 2
    repo.close()


def test_unknown_ids(pg: str) -> None:
    populate(pg)
    repo = open_repo(pg)
    with pytest.raises(NotFoundError, match="no incident"):
        repo.get_incident("inc_missing")
    with pytest.raises(NotFoundError, match="no article"):
        repo.get_article("art_missing")
    repo.close()


def test_failed_write_leaves_nothing(pg: str) -> None:
    """An incident that cannot be stored rolls back its whole article."""
    repo = open_repo(pg)
    article = make_article(STORY)
    good = make_incident(article, suffix="c")
    clash = make_incident(article, suffix="c")  # same id twice: the second insert fails
    with pytest.raises(StoreError, match=article.id):
        repo.add_article(article, [good, clash])
    assert not repo.has_article(article.id)
    assert repo.count_incidents() == 0
    assert repo.count_articles() == 0
    # The connection is usable afterwards and the article can still be stored.
    repo.add_article(article, [good])
    assert repo.count_incidents() == 1
    repo.close()


def test_migrations_create_schema_and_are_idempotent(pg: str) -> None:
    repo = open_repo(pg)
    repo.migrate()
    repo.close()
    repo = open_repo(pg)  # opening again migrates again: nothing to do
    tables = set(inspect(repo.engine).get_table_names())
    assert tables >= TABLES | {"alembic_version"}
    with repo.engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    assert len(versions) == 1
    repo.close()


# -- the API -----------------------------------------------------------------------------------


def test_api_lists_incidents_from_postgres(pg: str) -> None:
    populate(pg)
    with TestClient(create_app(Settings(db=pg))) as api:
        health = api.get("/api/health").json()
        assert (health["articles"], health["incidents"]) == (2, 2)
        body = api.get("/api/incidents").json()
        assert body["total"] == 2
        assert [item["country"] for item in body["items"]] == ["US", "FR"]
        fr = api.get("/api/incidents", params={"country": "FR"}).json()
        assert fr["total"] == 1
        one = api.get(f"/api/incidents/{fr['items'][0]['id']}").json()
        assert one == fr["items"][0]
        assert one["killed"]["min"] == 129
        page = api.get("/api/incidents", params={"limit": 1, "offset": 1}).json()
        assert (page["total"], len(page["items"])) == (2, 1)
        assert api.get("/api/incidents/inc_nope").status_code == 404
        index = api.get("/")
        assert index.status_code == 200
        assert "Bombing and armed assault in Paris, France" in index.text
