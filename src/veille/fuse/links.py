"""Which incident a counter-terrorism action answers, when the text says so.

The action extractor keeps the words that tie an action to an incident as
``answers_incident_hint`` ("after the attack on the concert hall", "in connection with the
Brussels bombings"). :func:`link_action` turns such a hint into a link, trying in order:

1. an incident the same article reports (after fusion, so its stored id): the one whose city or
   country the hint names, else the only one the article reports (several of its incidents
   merged into one stored incident count as one), else the only one of the day the hint names
   ("the investigation into Tuesday's attack");
2. a known past incident the hint names (:meth:`KnownIncidents.match`: "after the 2015 Paris
   attacks"), linked with the knowledge base's id;
3. a stored incident in the city the hint names, dated at most :data:`LOOKBACK_DAYS` before the
   article, when exactly one fits.

An action without a hint, or whose hint fits none or several incidents, gets no link: the hint
stays as written and nothing is guessed. Every link carries the rule that made it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ..models import Incident, Place
from ..nlp.dates import parse_reference, resolve_date
from .known import KnownIncidents

LOOKBACK_DAYS = 60
"""How far before the article a stored incident may lie to be the one a hint names."""

LinkKind = Literal["incident", "known"]


@dataclass(frozen=True, slots=True)
class IncidentLink:
    """``id`` is a stored incident's id (``kind`` "incident") or a known incident's id of the
    knowledge base (``kind`` "known"); ``reason`` says which rule linked it."""

    kind: LinkKind
    id: str
    reason: str


StoredLookup = Callable[[Place, str | None], Sequence[Incident]]
"""Stored incidents in a place's country, dated from the given ISO day on (any date when None)."""


def link_action(
    hint: str | None,
    hint_places: Sequence[Place],
    article_incidents: Sequence[tuple[Incident, str]],
    *,
    known: KnownIncidents,
    stored: StoredLookup | None = None,
    published: str | None = None,
) -> IncidentLink | None:
    """The incident an action's ``hint`` names (rules in the module docstring).

    ``hint_places`` are the places resolved inside the hint; ``article_incidents`` pairs each
    incident of the article with the id it is stored under; ``published`` is the article's
    publication date (ISO), which bounds rule 3.
    """
    if not hint:
        return None
    if article_incidents:
        for place in hint_places:
            same = [(i, sid) for i, sid in article_incidents if _same_place(i.place, place)]
            if len(same) == 1:
                return IncidentLink("incident", same[0][1], f"same article, {place.name}")
        stored_ids = {sid for _, sid in article_incidents}
        if len(stored_ids) == 1:  # one incident, or several reports of one stored incident
            return IncidentLink("incident", stored_ids.pop(), "the article's only incident")
        told_day = resolve_date(hint, parse_reference(published))
        if told_day.precision == "day":
            # "took over the investigation into Tuesday's attack": the one of that day
            that_day = {sid for i, sid in article_incidents if i.date.value == told_day.value}
            if len(that_day) == 1:
                return IncidentLink("incident", that_day.pop(), f"same article, {told_day.value}")
    names = [p.name for p in hint_places]
    match = known.match(hint, places=names)
    if match is not None:
        return IncidentLink("known", match.incident.id, match.reason)
    if stored is None:
        return None
    day = parse_reference(published)
    since = (day - dt.timedelta(days=LOOKBACK_DAYS)).isoformat() if day else None
    for place in hint_places:
        if place.precision not in {"city", "site"}:
            continue
        fits = [
            i
            for i in stored(place, since)
            if _same_place(i.place, place)
            and (day is None or i.date.value is None or i.date.value <= day.isoformat())
        ]
        if len(fits) == 1:
            return IncidentLink("incident", fits[0].id, f"stored incident in {place.name}")
    return None


def _same_place(incident_place: Place | None, named: Place) -> bool:
    """Whether a hint's place names where the incident happened: the same city, or the same
    country when the hint names only a country."""
    if incident_place is None or incident_place.country != named.country:
        return False
    if named.precision == "country":
        return True
    return incident_place.name.casefold() == named.name.casefold()
