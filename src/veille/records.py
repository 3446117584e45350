"""The published form of veille's records: the export contract.

``incident_record`` gives the JSON object documented in ``docs/export.md`` and validated by
``schemas/incident.schema.json``. The CLI, the API, the pages and the exporters all publish
through these functions, so the contract lives in one place. Extend it; never rename a key.
"""

from __future__ import annotations

from typing import Any

from .models import Article, Evidence, Incident, Toll, TollClaim

SCHEMA_VERSION = "1.6"

JSONObject = dict[str, Any]


def evidence_record(evidence: Evidence) -> JSONObject:
    return {
        "article": evidence.article,
        "field": evidence.field,
        "start": evidence.start,
        "end": evidence.end,
        "text": evidence.text,
        "sentence": evidence.sentence,
    }


def evidence_from_record(data: JSONObject) -> Evidence:
    return Evidence(
        article=data["article"],
        field=data["field"],
        start=data["start"],
        end=data["end"],
        sentence=data["sentence"],
        text=data.get("text", ""),
    )


def claim_record(claim: TollClaim) -> JSONObject:
    return {
        "value": claim.value,
        "qualifier": claim.qualifier,
        "min": claim.minimum,
        "max": claim.maximum,
        "article": claim.article,
        "said_by": claim.said_by,
        "superseded": claim.superseded,
        "evidence": evidence_record(claim.evidence),
    }


def toll_record(toll: Toll | None) -> JSONObject | None:
    if toll is None:
        return None
    return {
        "best": toll.best,
        "min": toll.minimum,
        "max": toll.maximum,
        "rule": toll.rule,
        "claims": [claim_record(c) for c in toll.claims],
    }


def toll_from_record(data: JSONObject | None) -> Toll | None:
    if data is None:
        return None
    claims = tuple(
        TollClaim(
            value=c["value"],
            qualifier=c["qualifier"],
            minimum=c["min"],
            maximum=c["max"],
            article=c["article"],
            evidence=evidence_from_record(c["evidence"]),
            said_by=c.get("said_by"),
            superseded=bool(c.get("superseded", False)),
        )
        for c in data["claims"]
    )
    return Toll(
        best=data["best"],
        minimum=data["min"],
        maximum=data["max"],
        rule=data["rule"],
        claims=claims,
    )


def incident_record(incident: Incident) -> JSONObject:
    """The exported form of an incident (export contract version :data:`SCHEMA_VERSION`)."""
    place = incident.place
    return {
        "id": incident.id,
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
        "perpetrator_groups": [
            {"id": g.id, "name": g.name, "attribution": g.attribution}
            for g in incident.perpetrator_groups
        ],
        "perpetrators": list(incident.perpetrators),
        "victims": list(incident.victims),
        "targets": list(incident.targets),
        "weapons": list(incident.weapons),
        "killed": toll_record(incident.killed),
        "wounded": toll_record(incident.wounded),
        "articles": list(incident.articles),
        "evidence": [evidence_record(e) for e in incident.evidence],
        "merges": [{"article": m.article, "reason": m.reason} for m in incident.merges],
        "schema_version": SCHEMA_VERSION,
    }


def article_record(article: Article, *, with_text: bool = True) -> JSONObject:
    """The exported form of an article. Raw bytes are kept in the database, not exported."""
    record: JSONObject = {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "published_source": article.published_source,
        "language": article.language,
        "source": article.source,
        "schema_version": SCHEMA_VERSION,
    }
    if with_text:
        record["text"] = article.text
    return record
