"""Published forms of the record kinds beside incidents: actions, alerts, figures, actors.

Same style as :mod:`veille.records`: flat JSON objects, ISO dates with their precision, every
filled field with evidence, and ``schema_version``. JSON Schemas live in ``schemas/``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from .extract.actions import CounterAction
from .extract.alerts import AlertLevelChange
from .extract.figures import Figure
from .extract.quotes import Quote
from .extract.references import Reference
from .fuse.actions import SameAs
from .fuse.links import IncidentLink
from .models import ActorRef, DateValue, Evidence, Place, Quantity
from .nlp.actors import ActorRecord
from .records import SCHEMA_VERSION, JSONObject, evidence_record

RECORD_KINDS = ("actions", "alerts", "figures", "quotes", "references")


def record_id(
    prefix: str, article: str, evidence: Sequence[Evidence], kind: str, *, anchor: str = ""
) -> str:
    """A stable id: the same statement in the same article always gets the same id. The
    statement is placed by its first evidence, or by its first evidence for the field
    ``anchor`` when given (three figures may cite one counted phrase: "6,817 people ... Of
    those, 1,310 ... and 1,350 ...")."""
    own = [e.start for e in evidence if e.field == anchor] if anchor else []
    first = min(own or [e.start for e in evidence] or [0])
    digest = hashlib.sha256(f"{article}:{first}:{kind}".encode()).hexdigest()[:16]
    return f"{prefix}_{digest}"


def quantity_record(quantity: Quantity | None) -> JSONObject | None:
    if quantity is None:
        return None
    return {
        "value": quantity.value,
        "qualifier": quantity.qualifier,
        "min": quantity.minimum,
        "max": quantity.maximum,
        "text": quantity.text,
        "percent": quantity.percent,
    }


def _date(prefix: str, value: DateValue | None) -> JSONObject:
    if value is None:
        return {prefix: None, f"{prefix}_precision": "unknown"}
    return {prefix: value.value, f"{prefix}_precision": value.precision}


def _place(place: Place | None) -> JSONObject:
    return {
        "place": place.name if place else None,
        "country": place.country if place else None,
        "country_name": place.country_name if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geo_precision": place.precision if place else "unknown",
    }


def _actor(actor: ActorRef | str | None) -> JSONObject | None:
    if actor is None:
        return None
    if isinstance(actor, ActorRef):
        return {"id": actor.id, "name": actor.name}
    return {"id": None, "name": actor}


def action_record(
    action: CounterAction, link: IncidentLink | None = None, *, same_as: SameAs | None = None
) -> JSONObject:
    """The published form of an action; ``link`` is the incident its hint names, if any;
    ``same_as`` the first telling of the same action by another article (``retold_by``, the
    reverse, is filled in when later tellings are stored)."""
    return {
        # placed by its action word: two strikes told in one sentence ("struck camps ... in
        # northern Iraq overnight and bombed Islamic State targets in Syria") share their actor
        "id": record_id("act", action.article, action.evidence, action.kind, anchor="kind"),
        "kind": action.kind,
        "status": action.status,
        **_date("date", action.date),
        "count": quantity_record(action.count),
        "what": action.what,
        "actor": _actor(action.actor),
        "target_group": _actor(action.target_group),
        **_place(action.place),
        "answers_incident_hint": action.answers_incident_hint,
        "answers_incident": (
            {"kind": link.kind, "id": link.id, "reason": link.reason} if link else None
        ),
        "said_by": action.said_by,
        "same_as": {"id": same_as.id, "reason": same_as.reason} if same_as else None,
        "retold_by": [],
        "article": action.article,
        "evidence": [evidence_record(e) for e in action.evidence],
        "schema_version": SCHEMA_VERSION,
    }


def tellings_label(record: JSONObject) -> str:
    """How many articles tell a published action: for the first telling, it and its later
    tellings; for a later one, which telling came first (records stored before 1.3 lack both
    keys and count one)."""
    first = record.get("same_as")
    if isinstance(first, dict):
        return f"told first in {first.get('id')}"
    retold = record.get("retold_by")
    return str(1 + (len(retold) if isinstance(retold, list) else 0))


def alert_record(change: AlertLevelChange, article: str) -> JSONObject:
    return {
        # the level, its change, region and date tell apart statements whose first evidence is
        # the same country named sentences before ("lowered to four for Utrecht ... the national
        # level ... has stood at four"; "raised twice to critical ... in 2017", then "It went to
        # critical again on Sept. 15")
        "id": record_id(
            "alr",
            article,
            change.evidence,
            f"{change.level}|{change.change}|{change.region or ''}|{change.effective.value or ''}",
        ),
        "country": change.country,
        "region": change.region,
        "scheme": change.scheme,
        "level": change.level,
        "level_name": change.level_name,
        "level_local_name": change.level_local_name,
        "rank": change.rank,
        "levels": change.levels,
        "change": change.change,
        **_date("effective", change.effective),
        **_date("period_end", change.period_end),
        "previous_level": change.previous_level,
        "date_source": change.date_source,
        "not_after": change.not_after,
        "said_by": change.said_by,
        "article": article,
        "evidence": [evidence_record(e) for e in change.evidence],
        "schema_version": SCHEMA_VERSION,
    }


def figure_record(figure: Figure, article: str) -> JSONObject:
    period_start, period_end = figure.period if figure.period else (None, None)
    return {
        "id": record_id("fig", article, figure.evidence, figure.category, anchor="quantity"),
        "category": figure.category,
        "quantity": quantity_record(figure.quantity),
        "counted": figure.counted,
        "country": figure.country,
        "place": figure.place.name if figure.place else None,
        **_date("as_of", figure.as_of),
        **_date("period_start", period_start),
        **_date("period_end", period_end),
        "said_by": figure.said_by,
        "article": article,
        "evidence": [evidence_record(e) for e in figure.evidence],
        "schema_version": SCHEMA_VERSION,
    }


def quote_record(quote: Quote, article: str) -> JSONObject:
    return {
        "id": record_id("quo", article, quote.evidence, "quote"),
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_role": quote.speaker_role,
        "article": article,
        "evidence": [evidence_record(e) for e in quote.evidence],
        "schema_version": SCHEMA_VERSION,
    }


def reference_record(reference: Reference) -> JSONObject:
    """A known incident the article names (``known_incident``), or a past attack it tells that
    the knowledge base does not hold (``told``, in the sentence's own words); one is null."""
    known, told = reference.known, reference.told
    if known is not None:
        date: str = known.date
        precision = {4: "year", 7: "month"}.get(len(known.date), "day")
    else:
        date = (told.when.value if told is not None else None) or ""
        precision = told.when.precision if told is not None else "unknown"
    return {
        # a told attack dated by the sentence before ("two attacks in October 2014") is placed
        # by its own words: two told in one sentence share that date
        "id": record_id(
            "ref",
            reference.article,
            reference.evidence,
            known.id if known else "told",
            anchor="told" if _dated_before(reference) else "",
        ),
        "known_incident": _known_incident(reference),
        "told": _told_attack(reference),
        "reason": reference.reason,
        "date": date,
        "date_precision": precision,
        "country": told.where.country if told is not None and told.where is not None else None,
        "article": reference.article,
        "evidence": [evidence_record(e) for e in reference.evidence],
        "schema_version": SCHEMA_VERSION,
    }


def _known_incident(reference: Reference) -> JSONObject | None:
    known = reference.known
    if known is None:
        return None
    return {
        "id": known.id,
        "name": known.name,
        "date": known.date,
        "type": known.type,
        "location": known.location,
        "killed": known.killed,
        "wounded": known.wounded,
        "perpetrator": known.perpetrator,
        "source": "wikipedia",
    }


def _told_attack(reference: Reference) -> JSONObject | None:
    told = reference.told
    if told is None:
        return None
    return {
        "attack_type": told.attack_type,
        "killed": quantity_record(told.killed),
        "wounded": quantity_record(told.wounded),
        **_place(told.where),
    }


def actor_record(actor: ActorRecord, incidents: int = 0) -> JSONObject:
    return {
        "id": actor.id,
        "name": actor.name,
        "type": actor.type,
        "aliases": list(actor.aliases) + list(actor.case_sensitive_aliases),
        "parent": actor.parent,
        "affiliations": list(actor.affiliations),
        "country": actor.country,
        "active": actor.active,
        "notes": actor.notes,
        "incidents": incidents,
        "schema_version": SCHEMA_VERSION,
    }


def _dated_before(reference: Reference) -> bool:
    """Whether the told attack's date is cited from another sentence than its own."""
    own = {e.sentence for e in reference.evidence if e.field == "told"}
    return any(e.field == "date" and e.sentence not in own for e in reference.evidence)
