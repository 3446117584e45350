"""Reading and writing veille's records in SQLite or PostgreSQL.

:class:`Repository` is the only code that speaks SQL. Each article is written with its incidents
and their evidence in one transaction, so a failure leaves no half-written article behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, delete, event, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import NotFoundError, StoreError
from ..fuse.actions import ActionTelling
from ..fuse.incidents import Candidate
from ..models import ActorRef, Article, DateValue, Incident, MergeNote, Place
from ..records import evidence_from_record, evidence_record, toll_from_record, toll_record
from .schema import (
    ArticleRow,
    EvidenceRow,
    IncidentArticleRow,
    IncidentGroupRow,
    IncidentMergeRow,
    IncidentRow,
    RecordRow,
)

_MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    """Filters for listing incidents. Dates are ISO strings compared on their prefix."""

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    group: str | None = None
    limit: int = 50
    offset: int = 0
    distinct: bool = False
    """Records only: leave out later tellings of an action another article told first."""


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


class Repository:
    """One database. Open it with :meth:`open`, which migrates the schema to the newest version."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Repository:
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            repo = cls(engine)
            repo.migrate()
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open database {_safe(url)}: {exc.__class__.__name__}: {exc}"
            ) from None
        except OSError as exc:
            raise StoreError(f"cannot create database {_safe(url)}: {exc}") from None
        return repo

    def migrate(self) -> None:
        """Bring the schema to the newest migration (idempotent)."""
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self._sessions() as session:
            return session.get(ArticleRow, article_id) is not None

    def add_article(
        self,
        article: Article,
        incidents: Sequence[Incident],
        merged: Sequence[tuple[Incident, MergeNote]] = (),
        records: Sequence[tuple[str, dict[str, Any]]] = (),
    ) -> None:
        """Store an article with its new incidents, the stored incidents its reports were
        merged into (each with the merge decision), and its other records, in one transaction.
        A record that is a later telling of a stored one (``same_as``) is listed in that one's
        ``retold_by``."""
        try:
            with self._sessions.begin() as session:
                session.add(_article_row(article))
                session.flush()
                for incident in incidents:
                    _add_incident(session, incident)
                seen: set[str] = set()
                for kind, data in records:
                    if data["id"] in seen:
                        continue  # the same statement read twice in one article
                    seen.add(data["id"])
                    first = (data.get("same_as") or {}).get("id")
                    session.add(
                        RecordRow(
                            id=data["id"],
                            kind=kind,
                            article_id=article.id,
                            country=data.get("country"),
                            date=_record_date(data),
                            same_as=first,
                            data=data,
                        )
                    )
                    if first is not None:
                        _add_retelling(session, first, data)
                for incident, note in merged:
                    _replace_incident(session, incident)
                    session.add(
                        IncidentMergeRow(
                            incident_id=incident.id, article_id=note.article, reason=note.reason
                        )
                    )
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot store article {article.id} ({article.source}): {exc}"
            ) from None

    # -- reading ---------------------------------------------------------------------------

    def count_incidents(self, filters: IncidentFilter | None = None) -> int:
        query = self._incident_query(filters or IncidentFilter())
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def list_incidents(self, filters: IncidentFilter | None = None) -> list[Incident]:
        filters = filters or IncidentFilter()
        query = (
            self._incident_query(filters)
            .order_by(IncidentRow.date.desc().nulls_last(), IncidentRow.id)
            .limit(filters.limit)
            .offset(filters.offset)
        )
        with self._sessions() as session:
            rows = session.scalars(query).all()
            return [_incident(session, row) for row in rows]

    def iter_incidents(self, batch: int = 200) -> Iterator[Incident]:
        offset = 0
        while True:
            page = self.list_incidents(IncidentFilter(limit=batch, offset=offset))
            yield from page
            if len(page) < batch:
                return
            offset += batch

    def list_records(
        self, kind: str, filters: IncidentFilter | None = None
    ) -> list[dict[str, Any]]:
        """Stored records of one kind (actions, alerts, figures), newest first."""
        filters = filters or IncidentFilter()
        query = self._record_query(kind, filters)
        query = query.order_by(RecordRow.date.desc().nulls_last(), RecordRow.id)
        query = query.limit(filters.limit).offset(filters.offset)
        with self._sessions() as session:
            return [dict(row.data) for row in session.scalars(query)]

    def action_tellings(self, date: str) -> list[ActionTelling]:
        """Stored actions dated ``date``, each with the stored incidents its article reports;
        first tellings come first (candidates for :func:`veille.fuse.actions.find_same`)."""
        query = (
            select(RecordRow)
            .where(RecordRow.kind == "actions", RecordRow.date == date)
            .order_by(RecordRow.same_as.is_not(None), RecordRow.id)
        )
        with self._sessions() as session:
            rows = list(session.scalars(query))
            articles = {row.article_id for row in rows}
            reported: dict[str, set[str]] = {a: set() for a in articles}
            links = select(IncidentArticleRow).where(IncidentArticleRow.article_id.in_(articles))
            for link in session.scalars(links):
                reported[link.article_id].add(link.incident_id)
            return [ActionTelling.of(row.data, reported[row.article_id]) for row in rows]

    def count_records(self, kind: str, filters: IncidentFilter | None = None) -> int:
        query = self._record_query(kind, filters or IncidentFilter())
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def iter_records(self, kind: str, batch: int = 500) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            page = self.list_records(kind, IncidentFilter(limit=batch, offset=offset))
            yield from page
            if len(page) < batch:
                return
            offset += batch

    def incident_counts_by_group(self) -> dict[str, int]:
        with self._sessions() as session:
            rows = session.execute(
                select(IncidentGroupRow.actor_id, func.count()).group_by(IncidentGroupRow.actor_id)
            )
            return {actor: int(n) for actor, n in rows}

    @staticmethod
    def _record_query(kind: str, filters: IncidentFilter):  # type: ignore[no-untyped-def]
        query = select(RecordRow).where(RecordRow.kind == kind)
        if filters.distinct:
            query = query.where(RecordRow.same_as.is_(None))
        return _filtered(query, RecordRow.date, RecordRow.country, filters)

    def candidates(self, incident: Incident, *, limit: int = 500) -> list[Candidate]:
        """Stored incidents that could be the same event: same country, and a date that does
        not contradict (see :func:`veille.fuse.incidents.find_match` for the full rule)."""
        if incident.place is None or incident.place.country is None:
            return []
        query = select(IncidentRow).where(IncidentRow.country == incident.place.country)
        if incident.date.value is not None:
            year = incident.date.value[:4]
            query = query.where(or_(IncidentRow.date.is_(None), IncidentRow.date.like(f"{year}%")))
        query = query.order_by(IncidentRow.date.desc().nulls_last()).limit(limit)
        with self._sessions() as session:
            found: list[Candidate] = []
            for row in session.scalars(query):
                published = session.scalar(
                    select(func.min(ArticleRow.published))
                    .join(IncidentArticleRow, IncidentArticleRow.article_id == ArticleRow.id)
                    .where(IncidentArticleRow.incident_id == row.id)
                )
                found.append(Candidate(_incident(session, row), published))
            return found

    def get_incident(self, incident_id: str) -> Incident:
        with self._sessions() as session:
            row = session.get(IncidentRow, incident_id)
            if row is None:
                raise NotFoundError("incident", incident_id)
            return _incident(session, row)

    def get_article(self, article_id: str) -> Article:
        with self._sessions() as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                raise NotFoundError("article", article_id)
            return _article(row)

    def iter_articles(self) -> Iterator[Article]:
        with self._sessions() as session:
            for row in session.scalars(select(ArticleRow).order_by(ArticleRow.id)):
                yield _article(row)

    def count_articles(self) -> int:
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(ArticleRow)) or 0)

    @staticmethod
    def _incident_query(filters: IncidentFilter):  # type: ignore[no-untyped-def]
        query = _filtered(select(IncidentRow), IncidentRow.date, IncidentRow.country, filters)
        if filters.group:
            query = query.where(
                IncidentRow.id.in_(
                    select(IncidentGroupRow.incident_id).where(
                        IncidentGroupRow.actor_id == filters.group
                    )
                )
            )
        return query


def _filtered(query, date, country, filters: IncidentFilter):  # type: ignore[no-untyped-def]
    """Date-range and country filters, shared by incidents and the other record kinds.
    Dates compare on their prefix: "2015" as an upper bound includes every date in 2015."""
    if filters.date_from:
        query = query.where(date >= filters.date_from)
    if filters.date_to:
        query = query.where(date <= filters.date_to + "\uffff")
    if filters.country:
        query = query.where(country == filters.country.upper())
    return query


def _add_retelling(session: Session, first: str, later: dict[str, Any]) -> None:
    """List a later telling in the first telling's ``retold_by``."""
    row = session.get(RecordRow, first)
    if row is None:
        raise StoreError(f"record {later['id']} retells {first}, which is not stored")
    entry = {"id": later["id"], "article": later["article"], "reason": later["same_as"]["reason"]}
    # a new dict, so that the JSON column sees the change
    row.data = {**row.data, "retold_by": [*row.data.get("retold_by", []), entry]}


def _record_date(data: dict[str, Any]) -> str | None:
    for key in ("date", "effective", "not_after", "as_of", "period_start"):
        value = data.get(key)
        if isinstance(value, str):
            return value[:10]
    return None


def _safe(url: str) -> str:
    """The URL without its password, for error messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _article_row(article: Article) -> ArticleRow:
    return ArticleRow(
        id=article.id,
        url=article.url,
        title=article.title,
        published=article.published,
        published_source=article.published_source,
        language=article.language,
        source=article.source,
        text=article.text,
        raw=article.raw,
        ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


def _article(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        title=row.title,
        url=row.url,
        published=row.published,
        published_source=row.published_source,  # type: ignore[arg-type]
        language=row.language,
        source=row.source,
        raw=row.raw,
    )


def _incident_columns(incident: Incident) -> dict[str, Any]:
    place = incident.place
    return {
        "title": incident.title,
        "date": incident.date.value,
        "date_precision": incident.date.precision,
        "country": place.country if place else None,
        "country_name": place.country_name if place else None,
        "place": place.name if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geo_precision": place.precision if place else "unknown",
        "status": incident.status,
        "attack_types": list(incident.attack_types),
        "weapon_types": list(incident.weapon_types),
        "target_types": list(incident.target_types),
        "perpetrators": list(incident.perpetrators),
        "victims": list(incident.victims),
        "targets": list(incident.targets),
        "weapons": list(incident.weapons),
        "tolls": {"killed": toll_record(incident.killed), "wounded": toll_record(incident.wounded)},
    }


def _add_incident(session: Session, incident: Incident) -> None:
    session.add(IncidentRow(id=incident.id, **_incident_columns(incident)))
    session.flush()
    _add_children(session, incident)


def _replace_incident(session: Session, incident: Incident) -> None:
    row = session.get(IncidentRow, incident.id)
    if row is None:
        raise StoreError(f"cannot merge into incident {incident.id}: it is no longer stored")
    for key, value in _incident_columns(incident).items():
        setattr(row, key, value)
    session.execute(delete(IncidentGroupRow).where(IncidentGroupRow.incident_id == incident.id))
    session.execute(delete(IncidentArticleRow).where(IncidentArticleRow.incident_id == incident.id))
    session.execute(delete(EvidenceRow).where(EvidenceRow.incident_id == incident.id))
    session.flush()
    _add_children(session, incident)


def _add_children(session: Session, incident: Incident) -> None:
    for position, group in enumerate(incident.perpetrator_groups):
        session.add(
            IncidentGroupRow(
                incident_id=incident.id,
                actor_id=group.id,
                name=group.name,
                position=position,
                attribution=group.attribution,
            )
        )
    for article_id in incident.articles:
        session.add(IncidentArticleRow(incident_id=incident.id, article_id=article_id))
    for position, evidence in enumerate(incident.evidence):
        data = evidence_record(evidence)
        session.add(
            EvidenceRow(
                incident_id=incident.id,
                article_id=data["article"],
                field=data["field"],
                start=data["start"],
                end=data["end"],
                sentence=data["sentence"],
                text=data["text"],
                position=position,
            )
        )


def _incident(session: Session, row: IncidentRow) -> Incident:
    groups = session.scalars(
        select(IncidentGroupRow)
        .where(IncidentGroupRow.incident_id == row.id)
        .order_by(IncidentGroupRow.position)
    ).all()
    articles = session.scalars(
        select(IncidentArticleRow.article_id).where(IncidentArticleRow.incident_id == row.id)
    ).all()
    evidence = session.scalars(
        select(EvidenceRow).where(EvidenceRow.incident_id == row.id).order_by(EvidenceRow.position)
    ).all()
    merges = session.scalars(
        select(IncidentMergeRow)
        .where(IncidentMergeRow.incident_id == row.id)
        .order_by(IncidentMergeRow.id)
    ).all()
    place = None
    if row.place or row.country:
        place = Place(
            name=row.place or row.country_name or row.country or "",
            country=row.country,
            country_name=row.country_name,
            lat=row.lat,
            lon=row.lon,
            precision=row.geo_precision,  # type: ignore[arg-type]
        )
    return Incident(
        id=row.id,
        title=row.title,
        date=DateValue(row.date, row.date_precision),  # type: ignore[arg-type]
        status=row.status,  # type: ignore[arg-type]
        place=place,
        attack_types=list(row.attack_types),
        weapon_types=list(row.weapon_types),
        target_types=list(row.target_types),
        perpetrator_groups=[
            ActorRef(g.actor_id, g.name, g.attribution)  # type: ignore[arg-type]
            for g in groups
        ],
        perpetrators=list(row.perpetrators),
        victims=list(row.victims),
        targets=list(row.targets),
        weapons=list(row.weapons),
        killed=toll_from_record(row.tolls.get("killed")),
        wounded=toll_from_record(row.tolls.get("wounded")),
        articles=list(articles),
        evidence=[
            evidence_from_record(
                {
                    "article": e.article_id,
                    "field": e.field,
                    "start": e.start,
                    "end": e.end,
                    "sentence": e.sentence,
                    "text": e.text,
                }
            )
            for e in evidence
        ],
        merges=[MergeNote(m.article_id, m.reason) for m in merges],
    )
