"""Typed records that flow between the stages of veille.

Every value veille publishes is carried by one of these records, and every extracted value keeps
its :class:`Evidence`: the article, the character offsets and the sentence it came from.
Records are frozen dataclasses so a stage cannot quietly change what an earlier stage produced.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

DatePrecision = Literal["day", "month", "year", "unknown"]
GeoPrecision = Literal["site", "city", "region", "country", "unknown"]
IncidentStatus = Literal["attack", "attempt", "foiled", "threat", "plot"]
DateSource = Literal["given", "metadata", "html", "dateline", "none"]
# How a sentence ties a perpetrator group to an attack: its own claim, a plain statement, or a
# suspicion voiced by someone else ("could be responsible", "bore the hallmarks of").
Attribution = Literal["claimed", "named", "suspected"]

GEO_PRECISION_RANK: dict[str, int] = {"site": 4, "city": 3, "region": 2, "country": 1, "unknown": 0}
"""How precise a place is, for choosing the most precise of several."""


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested.

    ``id`` is a hash of the normalised text, so the same story ingested twice is one article.
    ``published`` is an ISO date (``YYYY-MM-DD``) or ``None`` when no date could be found;
    ``published_source`` says how it was found (never guessed from the clock).
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: DateSource = "none"
    language: str = "en"
    source: str = ""  # file path or feed name the article came from
    raw: bytes = b""  # the bytes as read, kept for provenance


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value was read: the article, the span's character offsets in the article text,
    and the whole sentence holding it."""

    article: str
    field: str
    start: int
    end: int
    sentence: str
    text: str = ""  # the span itself, ``article.text[start:end]``


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as precise as the text allows.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (or ``None`` when unknown)."""

    value: str | None
    precision: DatePrecision
    expression: str = ""  # the words it was read from ("on Friday", "13 November 2015")

    @staticmethod
    def unknown() -> DateValue:
        return DateValue(None, "unknown", "")


_ATTRIBUTION_RANK: dict[Attribution, int] = {"claimed": 3, "named": 2, "suspected": 1}


def strongest_attribution(attributions: Iterable[Attribution | None]) -> Attribution | None:
    """The attribution an incident publishes for a group several sentences or articles tie to
    it: a claim is the most specific; a plain statement settles what a suspicion supposed."""
    known: list[Attribution] = [a for a in attributions if a is not None]
    if not known:
        return None
    return max(known, key=_ATTRIBUTION_RANK.__getitem__)


def merged_groups(groups: Iterable[ActorRef]) -> list[ActorRef]:
    """Each group once, in the order first named, on the strongest grounds any of its mentions
    or reports gave (:func:`strongest_attribution`)."""
    merged: dict[str, ActorRef] = {}
    for group in groups:
        first = merged.get(group.id)
        merged[group.id] = (
            group
            if first is None
            else replace(
                first, attribution=strongest_attribution([first.attribution, group.attribution])
            )
        )
    return list(merged.values())


def period_end(value: DateValue) -> dt.date | None:
    """The last day of the period a partial date names ("2004-02": 29 February 2004)."""
    if value.value is None:
        return None
    parts = value.value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, int(parts[2]))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as the text states it: "at least 129" is value 129, qualifier "at least",
    minimum 129 and no maximum. ``value`` is ``None`` for vague amounts ("dozens")."""

    value: int | None
    qualifier: str | None = None  # "at least", "more than", "about", "up to", "dozens", ...
    minimum: int | None = None
    maximum: int | None = None
    text: str = ""
    start: int = 0  # character offsets in the text the quantity was parsed from
    end: int = 0
    # a share of a group counted elsewhere ("about 40 percent of them": 40); value, minimum and
    # maximum are then None, since the text states no count
    percent: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. ``country`` is an ISO 3166-1 alpha-2 code."""

    name: str
    country: str | None
    country_name: str | None
    lat: float | None
    lon: float | None
    precision: GeoPrecision


def more_precise(a: Place, b: Place) -> bool:
    """Whether place ``a`` is located more precisely than place ``b``."""
    return GEO_PRECISION_RANK[a.precision] > GEO_PRECISION_RANK[b.precision]


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places with coordinates, else ``None``."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A canonical actor from the knowledge base. As a perpetrator group, ``attribution`` says
    on what grounds the text ties it to the attack (see :mod:`veille.extract.group_attribution`);
    it is ``None`` where no sentence was read for it (the tagger of lower-cased text)."""

    id: str
    name: str
    attribution: Attribution | None = None


@dataclass(frozen=True, slots=True)
class TollClaim:
    """One article's statement of a death or injury toll."""

    value: int | None
    qualifier: str | None
    minimum: int | None
    maximum: int | None
    article: str
    evidence: Evidence
    said_by: str | None = None
    superseded: bool = False
    """Whether the claim's own sentence tells that a later figure replaced it ("The presidency
    first said at least 14 people had been killed, but the Interior Ministry later put the toll
    at 12")."""


@dataclass(frozen=True, slots=True)
class Toll:
    """All claims about one toll and the figure veille publishes from them by ``rule``."""

    best: int | None
    minimum: int | None
    maximum: int | None
    rule: str
    claims: tuple[TollClaim, ...] = ()


@dataclass(frozen=True, slots=True)
class MergeNote:
    """Why an article's report was merged into an incident (see veille.fuse.incidents)."""

    article: str
    reason: str


@dataclass(slots=True)
class Incident:
    """An incident found in one or more articles. Every filled field has evidence."""

    id: str
    title: str
    date: DateValue
    status: IncidentStatus = "attack"
    place: Place | None = None
    attack_types: list[str] = field(default_factory=list)
    weapon_types: list[str] = field(default_factory=list)
    target_types: list[str] = field(default_factory=list)
    perpetrator_groups: list[ActorRef] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    killed: Toll | None = None
    wounded: Toll | None = None
    articles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    merges: list[MergeNote] = field(default_factory=list)
