"""One incident per real-world event across articles.

When a new article reports an incident, :func:`find_match` compares it with the stored incidents
that could be the same event and returns a :class:`MergeDecision` that says which one and why.
The rules are strict on purpose, because a wrong merge hides an attack while a missed merge only
shows it twice:

* the same country is required, and where both name a city the cities must be the same: the
  same name, or places within :data:`SAME_PLACE_KM` ("Manhattan" and "New York City"); a
  concert-hall attack in Moscow is never the one in Paris;
* dates must agree: the same day (one day apart at the same place, as reports of a late-evening
  attack differ) when both are known to the day, the same month or year when one is coarser;
  when one or both dates are unknown the articles must have been published within
  ``window_days`` of each other;
* at least one attack type must be shared ("Unknown" agrees with any), or, at the same city on
  the same day, both must be assaults: a van attack read as "Unarmed Assault" in one report and,
  from a stabbing in its course, "Armed Assault" in another is one event, while a bombing and a
  shooting in one city on one day stay apart;
* a plot or a foiled plot is never an attack carried out (the plot that raids in September
  foiled is not the stabbing of Sept. 23);
* and when several stored incidents qualify, the closest (same city and day first) wins, and a
  tie between two different stored incidents means no merge.

:func:`merge` unions the two incidents' values and evidence and re-reconciles the tolls; every
claim is kept with its article, so conflicting figures stay side by side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ..models import (
    DateValue,
    Incident,
    Place,
    Toll,
    distance_km,
    merged_groups,
    more_precise,
    period_end,
)
from .tolls import reconcile

_ASSAULTS = frozenset({"Armed Assault", "Unarmed Assault"})
SAME_PLACE_KM = 30.0  # two city-level places this close are the same place for fusion
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Why an incident was merged into a stored one (or ``incident_id`` None: kept apart)."""

    incident_id: str | None
    reason: str
    score: int = 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored incident with the earliest publication date of its articles."""

    incident: Incident
    published: str | None


def dates_agree(a: DateValue, b: DateValue, *, slack_days: int = 0) -> bool | None:
    """True/False when both dates are known, None when either is unknown. Two days agree
    within ``slack_days`` (reports of a late-evening attack disagree by a day)."""
    if a.value is None or b.value is None:
        return None
    if slack_days and a.precision == b.precision == "day":
        delta = dt.date.fromisoformat(a.value) - dt.date.fromisoformat(b.value)
        return abs(delta.days) <= slack_days
    shortest = min(len(a.value), len(b.value))
    return a.value[:shortest] == b.value[:shortest]


def _places_agree(a: Place | None, b: Place | None) -> tuple[bool, bool]:
    """(compatible, same city)."""
    if a is None or b is None or a.country is None or b.country is None:
        return False, False
    if a.country != b.country:
        return False, False
    a_city = a.precision in {"city", "site"}
    b_city = b.precision in {"city", "site"}
    if a_city and b_city:
        # "Manhattan" and "New York City" are one place: names differ, coordinates are close.
        distance = distance_km(a, b)
        same = a.name.casefold() == b.name.casefold() or (
            distance is not None and distance <= SAME_PLACE_KM
        )
        return same, same
    return True, False


def _types_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """At least one shared attack type; "Unknown" agrees with any."""
    return bool(set(a) & set(b)) or "Unknown" in a or "Unknown" in b


def _within(a: str | None, b: str | None, days: int) -> bool:
    if a is None or b is None:
        return False
    try:
        delta = dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])
    except ValueError:
        return False
    return abs(delta.days) <= days


def _in_a_town(incident: Incident) -> bool:
    return incident.place is not None and incident.place.precision in {"city", "site"}


def _long_before(date: DateValue, published: str | None, days: int) -> bool:
    """Whether a known date ends more than ``days`` days before the publication day."""
    end = period_end(date)
    if end is None or published is None:
        return False
    try:
        return (dt.date.fromisoformat(published[:10]) - end).days > days
    except ValueError:
        return False


def find_match(
    incident: Incident,
    published: str | None,
    candidates: Sequence[Candidate],
    *,
    window_days: int = 7,
) -> MergeDecision:
    """Which stored incident, if any, ``incident`` (from an article published on ``published``)
    reports again."""
    scored: list[tuple[int, Candidate, str]] = []
    for candidate in candidates:
        other = candidate.incident
        compatible, same_city = _places_agree(incident.place, other.place)
        names = _shared_names(incident, other)
        if not compatible and not (names and _same_country(incident.place, other.place)):
            continue  # a person named in both holds two reports of one attack in one country
            # together though one places it in the town and the other at the dateline city
        agree = dates_agree(incident.date, other.date, slack_days=1 if same_city else 0)
        if agree is False:
            continue
        if {incident.status, other.status} in _PLOT_AND_ATTACK:
            continue  # a plot the raids of September foiled is not the stabbing of Sept. 23
        same_day = incident.date.precision == other.date.precision == "day"
        types_agree = _types_agree(incident.attack_types, other.attack_types)
        same_date = incident.date.value == other.date.value
        assaults = _ASSAULTS & set(incident.attack_types) and _ASSAULTS & set(other.attack_types)
        if not types_agree and not (same_city and same_day and same_date and assaults):
            continue
        if agree is None and not _within(published, candidate.published, window_days):
            continue
        if (
            agree is None
            and not same_city
            and (
                (_in_a_town(incident) and _long_before(other.date, published, window_days))
                or (
                    _in_a_town(other)
                    and _long_before(incident.date, candidate.published, window_days)
                )
            )
        ):
            # an undated attack in a town, told as news, is no attack of months before placed
            # only in its country (the Kizlyar bombings are not the Nevsky Express bombing)
            continue
        shared = (sorted(set(incident.attack_types) & set(other.attack_types)) or ["Unknown"])[0]
        kind = f", shared attack type {shared}" if types_agree else ", assaults on the same day"
        score = 2 * same_city + (2 if agree else 0) + (2 if names else 0)
        if agree and same_day:
            score += 1
        reason = (
            f"same country {incident.place.country if incident.place else '?'}"
            + (f", same city {other.place.name}" if same_city and other.place else "")
            + (f", same person named ({names[0]})" if names else "")
            + (f", dates agree ({incident.date.value} ~ {other.date.value})" if agree else "")
            + ("" if agree else f", published within {window_days} days, date unknown")
            + kind
        )
        scored.append((score, candidate, reason))
    if not scored:
        return MergeDecision(None, "no stored incident with the same place, date and attack type")
    scored.sort(key=lambda item: -item[0])
    best_score, best, reason = scored[0]
    tied = [item for item in scored if item[0] == best_score]
    if len(tied) > 1:
        # two bombings in Mogadishu on Oct. 14, 2017 (276 and two killed): a toll of the same
        # size ("358") and a group named by both settle which one is reported again
        ranked = sorted(tied, key=lambda item: -_likeness(incident, item[1].incident))
        first, second = (_likeness(incident, item[1].incident) for item in ranked[:2])
        if first == second:
            return MergeDecision(
                None,
                f"ambiguous: {best.incident.id} and {scored[1][1].incident.id} match equally",
            )
        _, best, reason = ranked[0]
        reason += ", the toll's size and the group told settle a tie"
    return MergeDecision(best.incident.id, reason, best_score)


# A plot that never happened and an attack carried out are two events, however alike.
_PLOT_AND_ATTACK: Final = ({"plot", "attack"}, {"foiled", "attack"})


def _likeness(a: Incident, b: Incident) -> int:
    """How alike two incidents tied on place, date and type are: tolls of the same size (within
    a factor of three) and a perpetrator group both name."""
    like = 0
    ka = a.killed.best if a.killed else None
    kb = b.killed.best if b.killed else None
    if ka and kb and min(ka, kb) * 3 >= max(ka, kb):
        like += 1
    if {g.id for g in a.perpetrator_groups} & {g.id for g in b.perpetrator_groups}:
        like += 1
    return like


def _shared_names(a: Incident, b: Incident) -> list[str]:
    """Victims or perpetrators both incidents name in full (two words or more): "David Amess"."""
    theirs = {n.casefold() for n in (*b.victims, *b.perpetrators)}
    return [
        n for n in (*a.victims, *a.perpetrators) if len(n.split()) >= 2 and n.casefold() in theirs
    ]


def _same_country(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and a.country is not None and a.country == b.country


def _union(a: Sequence[str], b: Sequence[str]) -> list[str]:
    seen = {x.casefold() for x in a}
    return [*a, *(x for x in b if x.casefold() not in seen)]


def _merge_toll(a: Toll | None, b: Toll | None) -> Toll | None:
    claims = [*(a.claims if a else ()), *(b.claims if b else ())]
    return reconcile(claims)


def _known_types(types: list[str]) -> list[str]:
    """ "Unknown" says only that a report did not tell the type: it goes when another does."""
    known = [t for t in types if t != "Unknown"]
    return known or types


def merge(stored: Incident, new: Incident) -> Incident:
    """The stored incident enriched with what the new report adds; the stored id is kept."""
    date = stored.date
    if _PRECISION_RANK[new.date.precision] > _PRECISION_RANK[stored.date.precision]:
        date = new.date
    place = stored.place
    if new.place is not None and (place is None or more_precise(new.place, place)):
        place = new.place
    groups = merged_groups([*stored.perpetrator_groups, *new.perpetrator_groups])
    status = stored.status if stored.status == "attack" else new.status
    return Incident(
        id=stored.id,
        title=stored.title if place is stored.place else new.title,
        date=date,
        status=status,
        place=place,
        attack_types=_known_types(_union(stored.attack_types, new.attack_types)),
        weapon_types=_union(stored.weapon_types, new.weapon_types),
        target_types=_union(stored.target_types, new.target_types),
        perpetrator_groups=groups,
        perpetrators=_union(stored.perpetrators, new.perpetrators),
        victims=_union(stored.victims, new.victims),
        targets=_union(stored.targets, new.targets),
        weapons=_union(stored.weapons, new.weapons),
        killed=_merge_toll(stored.killed, new.killed),
        wounded=_merge_toll(stored.wounded, new.wounded),
        articles=_union(stored.articles, new.articles),
        evidence=[*stored.evidence, *new.evidence],
    )
