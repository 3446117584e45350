"""One counter-terrorism action reported by several articles.

Each article's telling of an action stays a record of its own, with that article's evidence; a
later telling of an action already stored gets ``same_as``, naming the first telling and the
reason, and the first telling lists its later tellings in ``retold_by``. Listings can then show
one row per real action (``distinct``) without losing any article's claims.

Two tellings are the same action only when nothing in them disagrees and something ties them:

* nothing disagrees: same kind and status, from different articles, both dated to the same
  day (an action dated only to a month or a year, or not dated, is never folded: "police
  arrested a man in October" does not say which arrest), no two different countries or places,
  no two different stated counts;
* something ties them: the same place named by both, or an incident that both articles report
  (after incident fusion, so the same stored incident), or the same acting authority of the
  knowledge base in the same country.

An arrest on the same day in the same city by the same police is very nearly always the same
arrest when two articles tell it; a second, different arrest that day would have to be told
with the same count, which is the case this rule cannot see (see docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["ActionTelling", "SameAs", "find_same", "same_action"]


@dataclass(frozen=True, slots=True)
class ActionTelling:
    """What the decision reads from one stored or new action record."""

    id: str
    article: str
    kind: str
    status: str
    date: str | None
    date_precision: str
    country: str | None
    place: str | None
    count: int | None
    actor: str | None
    """The acting authority's knowledge-base id; None when it is not in the knowledge base."""
    incidents: frozenset[str]
    """Stored incidents the telling's article reports, and the one the action answers."""
    same_as: str | None = None
    """The first telling, when this one is itself a later telling."""

    @classmethod
    def of(cls, record: Mapping[str, Any], incidents: Iterable[str] = ()) -> ActionTelling:
        """The telling of a published action record (:func:`veille.records_more.action_record`)
        whose article reports ``incidents``."""
        count = record.get("count") or {}
        actor = record.get("actor") or {}
        answers = record.get("answers_incident") or {}
        linked = {str(answers["id"])} if answers.get("kind") == "incident" else set()
        same_as = record.get("same_as") or {}
        return cls(
            id=str(record["id"]),
            article=str(record["article"]),
            kind=str(record["kind"]),
            status=str(record["status"]),
            date=record.get("date"),
            date_precision=str(record.get("date_precision") or "unknown"),
            country=record.get("country"),
            place=record.get("place"),
            count=count.get("value"),
            actor=actor.get("id"),
            incidents=frozenset(incidents) | linked,
            same_as=same_as.get("id"),
        )


@dataclass(frozen=True, slots=True)
class SameAs:
    """A later telling's link to the first telling of the same action."""

    id: str
    reason: str


def _disagree(a: ActionTelling, b: ActionTelling) -> bool:
    if a.article == b.article or a.kind != b.kind or a.status != b.status:
        return True
    if a.date_precision != "day" or b.date_precision != "day" or a.date != b.date:
        return True
    if a.country and b.country and a.country != b.country:
        return True
    if a.place and b.place and a.place != b.place:
        return True
    return a.count is not None and b.count is not None and a.count != b.count


def same_action(new: ActionTelling, stored: ActionTelling) -> str | None:
    """Why ``new`` tells the action ``stored`` tells, or None when it may be another action."""
    if _disagree(new, stored):
        return None
    day = f"same {new.kind.replace('_', ' ')} on {new.date}"
    if new.place and new.place == stored.place:
        return f"{day} in {new.place}"
    shared = sorted(new.incidents & stored.incidents)
    if shared:
        return f"{day}; both articles report incident {shared[0]}"
    if new.actor and new.actor == stored.actor and new.country and new.country == stored.country:
        return f"{day} by {new.actor} in {new.country}"
    return None


def find_same(new: ActionTelling, stored: Iterable[ActionTelling]) -> SameAs | None:
    """The first telling of the action ``new`` tells again, among ``stored`` tellings (in the
    order they were stored), or None when it tells a new action."""
    for telling in stored:
        reason = same_action(new, telling)
        if reason is not None:
            return SameAs(telling.same_as or telling.id, reason)
    return None
