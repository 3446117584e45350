"""The toll rule: every claim kept, best/min/max chosen by the documented rule."""

from __future__ import annotations

import dataclasses

from veille.fuse.tolls import LARGEST_STATED, reconcile
from veille.models import Evidence, TollClaim


def claim(
    value: int | None, qualifier: str | None = None, lo: int | None = None, hi: int | None = None
) -> TollClaim:
    evidence = Evidence("art_0000000000000000", "killed", 0, 1, "s", "x")
    return TollClaim(value, qualifier, lo, hi, "art_0000000000000000", evidence)


def test_no_claims_no_toll() -> None:
    assert reconcile([]) is None


def test_at_least_stays_open() -> None:
    toll = reconcile([claim(129, "at least", 129)])
    assert toll is not None
    assert (toll.best, toll.minimum, toll.maximum) == (129, 129, None)
    assert toll.rule == LARGEST_STATED and len(toll.claims) == 1


def test_exact_figure() -> None:
    toll = reconcile([claim(350)])
    assert toll is not None and (toll.best, toll.minimum, toll.maximum) == (350, 350, 350)


def test_rising_toll_takes_largest_and_keeps_all_claims() -> None:
    toll = reconcile([claim(12), claim(30, "at least", 30), claim(28)])
    assert toll is not None
    assert (toll.best, toll.minimum, toll.maximum) == (30, 30, None)
    assert [c.value for c in toll.claims] == [12, 30, 28]


def test_vague_claim_does_not_open_an_exact_one() -> None:
    toll = reconcile([claim(None, "dozens", 24), claim(63)])
    assert toll is not None and (toll.best, toll.minimum, toll.maximum) == (63, 63, 63)


def test_more_than_opens_the_bound() -> None:
    toll = reconcile([claim(100, "more than", 101), claim(100)])
    assert toll is not None and (toll.best, toll.minimum, toll.maximum) == (100, 101, None)


def test_range_and_up_to() -> None:
    toll = reconcile([claim(None, "range", 20, 30)])
    assert toll is not None and (toll.best, toll.minimum, toll.maximum) == (20, 20, 30)
    toll = reconcile([claim(30, "up to", None, 30)])
    assert toll is not None and (toll.best, toll.minimum, toll.maximum) == (30, None, 30)


def test_zero_is_a_value() -> None:
    toll = reconcile([claim(0, None, 0, 0)])
    assert toll is not None and (toll.best, toll.minimum, toll.maximum) == (0, 0, 0)


def test_a_vague_toll_alone_has_no_best() -> None:
    # "wounded dozens": at least 24, but no number a table may show as the toll
    toll = reconcile([claim(None, "dozens", 24)])
    assert toll is not None and (toll.best, toll.minimum, toll.maximum) == (None, 24, None)


def test_a_superseded_claim_is_kept_but_not_counted() -> None:
    first = TollClaim(14, "at least", 14, None, "art_0000000000000000", claim(1).evidence)
    corrected = dataclasses.replace(first, superseded=True)
    toll = reconcile([claim(12), corrected, claim(12)])
    assert toll is not None
    # "first said at least 14 ..., but ... later put the toll at 12": 12, and the 14 stays visible
    assert (toll.best, toll.minimum, toll.maximum) == (12, 12, 12)
    assert [(c.value, c.superseded) for c in toll.claims] == [(12, False), (14, True), (12, False)]
    # a toll of superseded claims only still publishes them
    only = reconcile([corrected])
    assert only is not None and only.best == 14
