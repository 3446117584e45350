"""Database tables (SQLAlchemy 2). Migrations in ``migrations/versions`` create exactly these.

Scalar fields that filters use (date, country, status) are columns; lists that are read whole
(attack types, weapons) are JSON; evidence and toll claims are rows of their own so a value and
its sentence can never drift apart.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    published_source: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    ingested_at: Mapped[str] = mapped_column(String(32))


class IncidentRow(Base):
    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    country_name: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(8))
    attack_types: Mapped[list[str]] = mapped_column(JSON)
    weapon_types: Mapped[list[str]] = mapped_column(JSON)
    target_types: Mapped[list[str]] = mapped_column(JSON)
    perpetrators: Mapped[list[str]] = mapped_column(JSON)
    victims: Mapped[list[str]] = mapped_column(JSON)
    targets: Mapped[list[str]] = mapped_column(JSON)
    weapons: Mapped[list[str]] = mapped_column(JSON)
    tolls: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"killed": {...}, "wounded": {...}}


class IncidentGroupRow(Base):
    __tablename__ = "incident_groups"

    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    attribution: Mapped[str | None] = mapped_column(String(12), nullable=True)


class IncidentArticleRow(Base):
    __tablename__ = "incident_articles"

    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EvidenceRow(Base):
    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_incident", "incident_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(40))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class IncidentMergeRow(Base):
    __tablename__ = "incident_merges"
    __table_args__ = (Index("ix_incident_merges_incident", "incident_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)


class RecordRow(Base):
    """Records other than incidents (actions, alerts, figures) in their published JSON form;
    the columns filters use are copied out of it."""

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_kind_country_date", "kind", "country", "date"),
        Index("ix_records_same_as", "same_as"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    country: Mapped[str | None] = mapped_column(String(2))
    date: Mapped[str | None] = mapped_column(String(10))
    # the first telling of the same action by another article (veille.fuse.actions)
    same_as: Mapped[str | None] = mapped_column(String(40))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
