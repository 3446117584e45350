"""Reconciling toll claims into the figure veille publishes.

Claims are never dropped: the published :class:`~veille.models.Toll` keeps every claim beside
the figure chosen, and names the rule that chose it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Toll, TollClaim

LARGEST_STATED = (
    "largest-stated: best is the largest figure any claim states (tolls rise as victims are found "
    "and later reports supersede early ones; a range counts by its lower end), null when every "
    "claim is vague ('dozens'); min is "
    "the largest lower bound stated; max is the "
    "largest upper bound stated, or null when no claim bounds the toll above or an open-ended "
    "claim ('at least N') goes beyond it; a claim its own sentence says a later figure replaced "
    "('first said at least 14 ..., later put the toll at 12'), or that it tells as the figure "
    "given before the current one ('had said on Friday that 27 bodies had been found'), is "
    "kept, marked superseded, and not counted, nor is another report's claim of the same number"
)


def _lower(claim: TollClaim) -> int | None:
    if claim.minimum is not None:
        return claim.minimum
    if claim.qualifier in (None, "exactly"):
        return claim.value
    return None


def _upper(claim: TollClaim) -> int | None:
    if claim.maximum is not None:
        return claim.maximum
    if claim.qualifier in (None, "exactly"):
        return claim.value
    return None


def reconcile(claims: Sequence[TollClaim]) -> Toll | None:
    """The published toll for a set of claims, or ``None`` when no claim was made."""
    if not claims:
        return None
    # a claim replaced by a later figure stays visible but does not count
    # ... and so is the same number told by another report ("at least 27" on the day, later
    # told as what "a U.N. official had said on Friday")
    retired = {c.value for c in claims if c.superseded and c.value is not None}
    counted = [c for c in claims if not c.superseded and c.value not in retired] or list(claims)
    values = [c.value for c in counted if c.value is not None]
    # a range states its numbers ("between 20 and 30": 20, as a count's lower estimate)
    values += [c.minimum for c in counted if c.qualifier == "range" and c.minimum is not None]
    lowers = [v for v in (_lower(c) for c in counted) if v is not None]
    uppers = [u for u in (_upper(c) for c in counted) if u is not None]
    # "wounded dozens" states no number: min 24, but no best that a table would show as "24"
    best = max(values) if values else None
    minimum = max(lowers) if lowers else None
    maximum = max(uppers) if uppers else None
    if maximum is not None:
        bound = maximum
        # "dozens" (at least 24) does not contradict "63"; "at least 70" or "more than 63" does.
        open_ended = [_lower(c) for c in counted if _upper(c) is None]
        exceeded = any(low is not None and low > bound for low in open_ended)
        open_at_bound = any(
            _upper(c) is None and c.value is not None and c.value >= bound for c in counted
        )
        if (
            exceeded
            or open_at_bound
            or any(c.value is not None and c.value > bound for c in counted)
        ):
            maximum = None
    return Toll(
        best=best, minimum=minimum, maximum=maximum, rule=LARGEST_STATED, claims=tuple(claims)
    )
