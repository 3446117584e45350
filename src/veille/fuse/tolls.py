"""Reconciling toll claims into the figure veille publishes.

Claims are never dropped: the published :class:`~veille.models.Toll` keeps every claim beside
the figure chosen, and names the rule that chose it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Toll, TollClaim

LARGEST_STATED = (
    "largest-stated: best is the largest figure any claim states (tolls rise as victims are found "
    "and later reports supersede early ones); min is the largest lower bound stated; max is the "
    "largest upper bound when every claim is bounded above, else null"
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
    values = [c.value for c in claims if c.value is not None]
    lowers = [v for v in (_lower(c) for c in claims) if v is not None]
    uppers = [_upper(c) for c in claims]
    best = max(values) if values else (max(lowers) if lowers else None)
    minimum = max(lowers) if lowers else None
    maximum = None if any(u is None for u in uppers) else max(u for u in uppers if u is not None)
    return Toll(best=best, minimum=minimum, maximum=maximum, rule=LARGEST_STATED, claims=tuple(claims))
