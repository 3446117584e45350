"""HTML views of the other record kinds (actions, alerts, figures, quotes, references, actors).

Each view renders the records the API's JSON twin returns, unchanged (``/actions`` shows what
``/api/actions`` lists). What each table shows is data: :data:`COLUMNS` maps a kind to its
columns, each a header and a function from a record to plain text, which the template escapes.
The source column shows the evidence sentence with the record's main span marked; it is built
from escaped pieces, like the incident page's article text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

from ..records_more import tellings_label
from ..services import RecordPage
from ..store.repository import IncidentFilter
from .pages import paging, render_template

Record = Mapping[str, Any]
Column = tuple[str, Callable[[Record], str]]

TITLES: Mapping[str, str] = {
    "actions": "Counter-terrorism actions",
    "alerts": "Official alert levels",
    "figures": "Figures",
    "quotes": "Quotes",
    "references": "References to past incidents",
}
"""Page titles; their keys are the kinds that have a page, in menu order."""

# The evidence field marked in each kind's source sentence.
MAIN_FIELD: Mapping[str, str] = {
    "actions": "kind",
    "alerts": "level",
    "figures": "quantity",
    "quotes": "quote",
    "references": "known_incident",
}


def _text(value: object) -> str:
    return "–" if value is None or value == "" else str(value)


def _date(prefix: str) -> Callable[[Record], str]:
    def show(record: Record) -> str:
        value = record.get(prefix)
        if value is None:
            return "unknown"
        return f"{value} ({record.get(prefix + '_precision', '')})"

    return show


def _amount(key: str) -> Callable[[Record], str]:
    def show(record: Record) -> str:
        amount = record.get(key)
        return _text(amount.get("text")) if isinstance(amount, Mapping) else "–"

    return show


def _named(key: str) -> Callable[[Record], str]:
    def show(record: Record) -> str:
        value = record.get(key)
        return _text(value.get("name")) if isinstance(value, Mapping) else "–"

    return show


def _field(key: str) -> Callable[[Record], str]:
    return lambda record: _text(record.get(key))


def _articles(record: Record) -> str:
    """How many articles tell the action (:func:`veille.records_more.tellings_label`)."""
    return tellings_label(dict(record))


def _place(record: Record) -> str:
    place, country = record.get("place"), record.get("country")
    if place and country:
        return f"{place} ({country})"
    return _text(place or country)


def _period(record: Record) -> str:
    if record.get("as_of"):
        return f"as of {record['as_of']}"
    start, end = record.get("period_start"), record.get("period_end")
    if start or end:
        return f"{start or '?'} – {end or 'now'}"
    return "–"


def _level(record: Record) -> str:
    name, local = record.get("level_name"), record.get("level_local_name")
    shown = f"{name} / {local}" if local and local != name else _text(name)
    return f"{shown} ({record.get('rank')} of {record.get('levels')})"


def _known(record: Record) -> str:
    """The known incident's name, or, for a past attack the knowledge base lacks, what the
    article tells of it ("Bombing/Explosion in Taba, 34 killed, as told")."""
    known = record.get("known_incident")
    if isinstance(known, Mapping):
        return _text(known.get("name") or known.get("location"))
    told = record.get("told")
    if not isinstance(told, Mapping):
        return "–"
    what = f"{told.get('attack_type') or 'Attack'} in {told.get('place') or 'a place not told'}"
    killed = told.get("killed")
    if isinstance(killed, Mapping) and killed.get("text"):
        what += f", {killed['text']} killed"
    return f"{what}, as told"


COLUMNS: Mapping[str, Sequence[Column]] = {
    "actions": (
        ("Date", _date("date")),
        ("Kind", _field("kind")),
        ("Status", _field("status")),
        ("Count", _amount("count")),
        ("What / who", _field("what")),
        ("Actor", _named("actor")),
        ("Place", _place),
        ("Articles", _articles),
    ),
    "alerts": (
        ("Effective", _date("effective")),
        ("Country", _field("country")),
        ("Region", _field("region")),
        ("Scheme", _field("scheme")),
        ("Level", _level),
        ("Change", _field("change")),
        ("Previous", _field("previous_level")),
        ("Said by", _field("said_by")),
    ),
    "figures": (
        ("Category", _field("category")),
        ("Quantity", _amount("quantity")),
        ("Counted", _field("counted")),
        ("Country", _field("country")),
        ("When", _period),
        ("Said by", _field("said_by")),
    ),
    "quotes": (
        ("Speaker", _field("speaker")),
        ("Role", _field("speaker_role")),
        ("Quote", _field("text")),
    ),
    "references": (
        ("Past incident", _known),
        ("Date", _field("date")),
        ("Linked by", _field("reason")),
    ),
}


def marked_sentence(record: Record, field: str) -> Markup:
    """The sentence of the record's ``field`` evidence, escaped, with that span in ``<mark>``."""
    evidence = [e for e in record.get("evidence", []) if isinstance(e, Mapping)]
    chosen = next((e for e in evidence if e.get("field") == field), None)
    chosen = chosen or (evidence[0] if evidence else None)
    if chosen is None:
        return Markup("")
    sentence, text = str(chosen.get("sentence", "")), str(chosen.get("text", ""))
    at = sentence.find(text) if text else -1
    if at < 0:
        return escape(sentence)
    label = escape(str(chosen.get("field", "")))
    return Markup("").join(
        (
            escape(sentence[:at]),
            Markup(f'<mark data-field="{label}">{escape(text)}</mark>'),
            escape(sentence[at + len(text) :]),
        )
    )


def _answers(record: Record) -> tuple[str, str | None]:
    """What an action answers, and the page to link when it is a stored incident."""
    link = record.get("answers_incident")
    hint = record.get("answers_incident_hint")
    if isinstance(link, Mapping) and link.get("kind") == "incident":
        return _text(hint), f"/incidents/{link.get('id')}"
    if isinstance(link, Mapping):
        return f"{_text(hint)} (known incident {link.get('id')})", None
    return _text(hint), None


def render_records(kind: str, page: RecordPage, filters: IncidentFilter) -> str:
    """One page of records of ``kind`` with filters, pager and a link to the JSON twin."""
    columns = COLUMNS[kind]
    rows = [
        {
            "cells": [show(record) for _, show in columns],
            "answers": _answers(record) if kind == "actions" else None,
            "source": marked_sentence(record, MAIN_FIELD[kind]),
            "article": record.get("article"),
        }
        for record in page.items
    ]
    return render_template(
        "records.html",
        kind=kind,
        title=TITLES[kind],
        headers=[header for header, _ in columns],
        rows=rows,
        total=page.total,
        filters=filters,
        **paging(f"/{kind}", f"/api/{kind}", filters, page.total),
    )


def render_alert_timeline(country: str, entries: Sequence[Record]) -> str:
    """A country's alert levels in date order (the JSON twin is /api/alerts/CC/timeline)."""
    rows = [
        {
            "cells": [show(entry) for _, show in COLUMNS["alerts"]],
            "articles": len(entry.get("articles", [])),
            "source": marked_sentence(entry, MAIN_FIELD["alerts"]),
        }
        for entry in entries
    ]
    return render_template(
        "alert_timeline.html",
        country=country,
        headers=[header for header, _ in COLUMNS["alerts"]],
        rows=rows,
        api_url=f"/api/alerts/{country}/timeline",
    )


def render_actors(actors: Sequence[Record], *, all_actors: bool) -> str:
    """The actor table (the JSON twin is /api/actors)."""
    return render_template(
        "actors.html",
        actors=actors,
        all_actors=all_actors,
        api_url="/api/actors" + ("?all=true" if all_actors else ""),
    )
