"""Export writers: JSON Lines (the full contract) and CSV (a flat view for spreadsheets).

JSONL carries everything, evidence included, in the form of :mod:`veille.records`. CSV flattens
lists with "; " and gives each toll's best/min/max; the evidence stays in the JSONL export.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from ..errors import ConfigError
from ..models import Article, Incident
from ..records import article_record, incident_record

INCIDENT_CSV_COLUMNS = (
    "id",
    "title",
    "date",
    "date_precision",
    "country",
    "country_name",
    "place",
    "lat",
    "lon",
    "geo_precision",
    "status",
    "attack_types",
    "weapon_types",
    "target_types",
    "perpetrator_groups",
    "perpetrators",
    "victims",
    "targets",
    "weapons",
    "killed_best",
    "killed_min",
    "killed_max",
    "wounded_best",
    "wounded_min",
    "wounded_max",
    "articles",
)
ARTICLE_CSV_COLUMNS = ("id", "url", "title", "published", "published_source", "language", "source")


def _jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    row = dict(record)
    row["perpetrator_groups"] = "; ".join(g["name"] for g in record["perpetrator_groups"])
    for key in (
        "attack_types",
        "weapon_types",
        "target_types",
        "perpetrators",
        "victims",
        "targets",
        "weapons",
        "articles",
    ):
        row[key] = "; ".join(record[key])
    for toll in ("killed", "wounded"):
        data = record[toll] or {}
        for part in ("best", "min", "max"):
            row[f"{toll}_{part}"] = data.get(part)
    return row


def _csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_incidents(incidents: Iterable[Incident], fmt: str, out: IO[str]) -> int:
    records = (incident_record(i) for i in incidents)
    if fmt == "jsonl":
        return _jsonl(records, out)
    if fmt == "csv":
        return _csv((_flat(r) for r in records), INCIDENT_CSV_COLUMNS, out)
    raise ConfigError(f"unknown export format {fmt!r}; use jsonl or csv")


def write_articles(articles: Iterable[Article], fmt: str, out: IO[str]) -> int:
    if fmt == "jsonl":
        return _jsonl((article_record(a) for a in articles), out)
    if fmt == "csv":
        return _csv(
            (article_record(a, with_text=False) for a in articles), ARTICLE_CSV_COLUMNS, out
        )
    raise ConfigError(f"unknown export format {fmt!r}; use jsonl or csv")


RECORD_CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "actions": (
        "id",
        "kind",
        "status",
        "date",
        "date_precision",
        "count_value",
        "count_qualifier",
        "count_min",
        "count_max",
        "count_percent",
        "what",
        "actor_id",
        "actor_name",
        "target_group_id",
        "target_group_name",
        "place",
        "country",
        "lat",
        "lon",
        "geo_precision",
        "answers_incident_hint",
        "answers_incident_kind",
        "answers_incident_id",
        "said_by",
        "same_as_id",
        "same_as_reason",
        "article",
    ),
    "alerts": (
        "id",
        "country",
        "region",
        "scheme",
        "level",
        "level_name",
        "level_local_name",
        "rank",
        "levels",
        "change",
        "effective",
        "effective_precision",
        "period_end",
        "period_end_precision",
        "previous_level",
        "date_source",
        "not_after",
        "said_by",
        "article",
    ),
    "figures": (
        "id",
        "category",
        "quantity_value",
        "quantity_qualifier",
        "quantity_min",
        "quantity_max",
        "quantity_percent",
        "counted",
        "country",
        "place",
        "as_of",
        "as_of_precision",
        "period_start",
        "period_end",
        "said_by",
        "article",
    ),
    "quotes": ("id", "text", "speaker", "speaker_role", "article"),
    "references": (
        "id",
        "known_incident_id",
        "known_incident_name",
        "known_incident_date",
        "known_incident_location",
        "known_incident_killed",
        "told_attack_type",
        "told_killed_value",
        "told_killed_qualifier",
        "told_wounded_value",
        "told_wounded_qualifier",
        "told_place",
        "told_geo_precision",
        "reason",
        "date",
        "date_precision",
        "country",
        "article",
    ),
    "actors": (
        "id",
        "name",
        "type",
        "aliases",
        "parent",
        "affiliations",
        "country",
        "active",
        "incidents",
    ),
}


def _flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row: nested objects become ``key_sub`` columns ("told_killed_value"), lists one
    cell, and the evidence is left to the JSONL export."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key == "evidence":
            continue
        if isinstance(value, dict):
            for sub, inner in _flatten(value).items():
                row[f"{key}_{sub}"] = inner
        elif isinstance(value, list):
            row[key] = "; ".join(str(v) for v in value)
        else:
            row[key] = value
    return row


def write_records(records: Iterable[dict[str, Any]], kind: str, fmt: str, out: IO[str]) -> int:
    """Actions, alerts, figures, quotes, references or actors: JSONL in full, CSV flattened
    without evidence."""
    if fmt == "jsonl":
        return _jsonl(records, out)
    if fmt == "csv":
        return _csv((_flatten(r) for r in records), RECORD_CSV_COLUMNS[kind], out)
    raise ConfigError(f"unknown export format {fmt!r}; use jsonl or csv")
