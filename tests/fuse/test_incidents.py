"""Fusion across articles: when reports merge, when they never do, and conflicting figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.config import Settings
from veille.fuse.incidents import Candidate, find_match, merge
from veille.fuse.tolls import reconcile
from veille.models import DateValue, Evidence, Incident, Place, TollClaim
from veille.services import Veille

PARIS = Place("Paris", "FR", "France", 48.85, 2.35, "city")
MOSCOW = Place("Krasnogorsk", "RU", "Russia", 55.8, 37.3, "city")
FRANCE = Place("France", "FR", "France", 48.85, 2.35, "country")


def claim(value: int, article: str, qualifier: str | None = None) -> TollClaim:
    ev = Evidence(article, "killed", 0, 3, "sentence", "129")
    lo = value if qualifier in (None, "at least") else None
    hi = value if qualifier is None else None
    return TollClaim(value, qualifier, lo, hi, article, ev)


def incident(
    ident: str,
    place: Place | None = PARIS,
    date: str | None = "2015-11-13",
    precision: str = "day",
    types: tuple[str, ...] = ("Armed Assault",),
    killed: list[TollClaim] | None = None,
    article: str = "art_a",
) -> Incident:
    return Incident(
        id=ident,
        title="t",
        date=DateValue(date, precision),  # type: ignore[arg-type]
        place=place,
        attack_types=list(types),
        killed=reconcile(killed or []),
        articles=[article],
        evidence=[Evidence(article, "place", 0, 5, "s", "Paris")],
    )


def test_same_event_merges_with_reason() -> None:
    stored = incident("inc_stored")
    decision = find_match(incident("inc_new"), "2015-11-14", [Candidate(stored, "2015-11-14")])
    assert decision.incident_id == "inc_stored"
    assert "same city Paris" in decision.reason and "dates agree" in decision.reason


def test_concert_hall_in_moscow_is_not_the_one_in_paris() -> None:
    paris = incident("inc_paris")
    moscow = incident("inc_moscow", place=MOSCOW)
    assert find_match(moscow, "2015-11-14", [Candidate(paris, "2015-11-14")]).incident_id is None


def test_different_city_or_day_or_type_never_merge() -> None:
    stored = Candidate(incident("inc_stored"), "2015-11-14")
    lyon = Place("Lyon", "FR", "France", 45.7, 4.8, "city")
    assert find_match(incident("a", place=lyon), "2015-11-14", [stored]).incident_id is None
    other_day = incident("b", date="2015-11-20")
    assert find_match(other_day, "2015-11-21", [stored]).incident_id is None
    bombing = incident("c", types=("Bombing/Explosion",))
    assert find_match(bombing, "2015-11-14", [stored]).incident_id is None
    assert find_match(incident("d", place=None), "2015-11-14", [stored]).incident_id is None


def test_assaults_in_one_city_on_one_day_are_one_event() -> None:
    # a van attack ("Unarmed Assault") and, in another report, the stabbing in its course
    stored = Candidate(incident("inc_stored", types=("Unarmed Assault",)), "2015-11-14")
    decision = find_match(incident("s"), "2015-11-16", [stored])
    assert decision.incident_id == "inc_stored"
    assert "assaults on the same day" in decision.reason
    next_day = incident("t", date="2015-11-14")
    assert find_match(next_day, "2015-11-16", [stored]).incident_id is None
    vague = incident("u", date="2015-11", precision="month")
    assert find_match(vague, "2015-11-16", [stored]).incident_id is None


def test_unknown_date_merges_only_within_the_window() -> None:
    stored = Candidate(incident("inc_stored"), "2015-11-14")
    undated = incident("n", date=None, precision="unknown")
    assert find_match(undated, "2015-11-16", [stored]).incident_id == "inc_stored"
    assert find_match(undated, "2016-02-01", [stored]).incident_id is None


def test_an_undated_attack_of_the_news_is_no_attack_of_months_before() -> None:
    # "two suicide bombers killed at least 12 people in the town of Kizlyar" (undated, told on
    # 31 March 2010) is not the Nevsky Express bombing of November 2009 stored two days before
    russia = Place("Russia", "RU", "Russia", 61.5, 105.3, "country")
    kizlyar = Place("Kizlyar", "RU", "Russia", 43.8, 46.7, "city")
    nevsky = Candidate(incident("inc_nevsky", russia, "2009-11", "month"), "2010-03-29")
    undated = incident("inc_kizlyar", kizlyar, None, "unknown")
    assert find_match(undated, "2010-03-31", [nevsky]).incident_id is None
    # within the window it may still be the same attack
    recent = Candidate(incident("inc_recent", russia, "2010-03", "month"), "2010-03-29")
    assert find_match(undated, "2010-03-31", [recent]).incident_id == "inc_recent"
    # an undated report placed only in the country may still tell the earlier attack again
    told_again = incident("inc_again", russia, None, "unknown")
    assert find_match(told_again, "2010-03-31", [nevsky]).incident_id == "inc_nevsky"


def test_coarser_place_and_date_are_compatible() -> None:
    stored = Candidate(incident("inc_stored"), "2015-11-14")
    coarse = incident("n", place=FRANCE, date="2015-11", precision="month")
    assert find_match(coarse, "2015-11-14", [stored]).incident_id == "inc_stored"


def test_tie_between_two_stored_incidents_is_not_merged() -> None:
    a = Candidate(incident("inc_a"), "2015-11-14")
    b = Candidate(incident("inc_b"), "2015-11-14")
    decision = find_match(incident("n"), "2015-11-14", [a, b])
    assert decision.incident_id is None and "ambiguous" in decision.reason


def test_merge_keeps_conflicting_figures_side_by_side() -> None:
    stored = incident("inc_stored", killed=[claim(120, "art_a")], article="art_a")
    new = incident("n", killed=[claim(129, "art_b", "at least")], article="art_b")
    merged = merge(stored, new)
    assert merged.id == "inc_stored"
    assert merged.articles == ["art_a", "art_b"]
    assert merged.killed is not None
    assert [(c.value, c.qualifier, c.article) for c in merged.killed.claims] == [
        (120, None, "art_a"),
        (129, "at least", "art_b"),
    ]
    assert (merged.killed.best, merged.killed.minimum, merged.killed.maximum) == (129, 129, None)
    assert len(merged.evidence) == 2


def test_merge_takes_the_more_precise_place_and_date() -> None:
    stored = incident("inc_stored", place=FRANCE, date="2015-11", precision="month")
    merged = merge(stored, incident("n"))
    assert merged.place == PARIS and merged.date.value == "2015-11-13"


def test_an_unknown_attack_type_gives_way_to_a_known_one() -> None:
    stored = incident("inc_stored", types=("Armed Assault", "Bombing/Explosion"))
    merged = merge(stored, incident("n", types=("Unknown",)))
    assert merged.attack_types == ["Armed Assault", "Bombing/Explosion"]
    alone = merge(incident("a", types=("Unknown",)), incident("b", types=("Unknown",)))
    assert alone.attack_types == ["Unknown"]


FIRST = """Gunmen kill 12 at Paris newspaper office
Published: 7 Jan 2015 14:00 GMT+01:00

PARIS — Two gunmen armed with assault rifles stormed the Paris offices of the satirical weekly
Charlie Hebdo on Wednesday, killing 12 people, police said.
"""
SECOND = """Manhunt after attack on Charlie Hebdo
Published: 8 Jan 2015 09:00 GMT+01:00

French police hunted two brothers on Thursday after gunmen shot dead 12 people at the offices of
the magazine Charlie Hebdo in Paris on Wednesday, in the deadliest attack in France in decades.
At least 11 others were wounded, the interior minister said.
"""
OTHER = """Gunmen storm concert hall near Moscow
Published: 23 Mar 2024 08:00 GMT+03:00

MOSCOW — Gunmen opened fire at the Crocus City Hall concert venue in Krasnogorsk on Friday
evening, killing at least 60 people, Russian officials said.
"""


@pytest.mark.slow
def test_ingest_merges_reports_of_one_attack(tmp_path: Path) -> None:
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND), ("other.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    report = app.ingest([tmp_path / "first.txt", tmp_path / "second.txt", tmp_path / "other.txt"])
    assert report.added == 3 and report.merged == 1, report.outcomes
    incidents = app.incidents().items
    assert len(incidents) == 2
    paris = next(i for i in incidents if i.place and i.place.country == "FR")
    assert len(paris.articles) == 2
    assert paris.merges and "same city Paris" in paris.merges[0].reason
    assert paris.date.value == "2015-01-07"
    assert paris.killed is not None and {c.value for c in paris.killed.claims} == {12}
    assert paris.wounded is not None and paris.wounded.best == 11
    app.close()


def test_nearby_city_names_are_one_place_and_a_day_apart_is_tolerated() -> None:
    nyc = Place("New York City", "US", "United States", 40.71, -74.01, "city")
    manhattan = Place("Manhattan", "US", "United States", 40.78, -73.97, "city")
    boston = Place("Boston", "US", "United States", 42.36, -71.06, "city")
    stored = Candidate(incident("inc_nyc", place=nyc, date="2017-10-31"), "2017-11-01")
    later = incident("n", place=manhattan, date="2017-11-01", types=("Unknown",))
    decision = find_match(later, "2017-11-02", [stored])
    assert decision.incident_id == "inc_nyc" and "same city" in decision.reason
    far = incident("m", place=boston, date="2017-10-31")
    assert find_match(far, "2017-11-01", [stored]).incident_id is None
    two_days = incident("k", place=manhattan, date="2017-11-02")
    assert find_match(two_days, "2017-11-02", [stored]).incident_id is None


def test_a_person_named_in_both_ties_a_town_to_the_dateline_city() -> None:
    leigh = Place("Leigh-on-Sea", "GB", "United Kingdom", 51.54, 0.65, "city")
    london = Place("London", "GB", "United Kingdom", 51.51, -0.13, "city")
    stabbing = incident("inc_leigh", place=leigh, date="2021-10-15")
    stabbing.victims = ["David Amess"]
    charged = incident("inc_new", place=london, date=None, precision="unknown")
    charged.victims = ["David Amess"]
    decision = find_match(charged, "2021-10-22", [Candidate(stabbing, "2021-10-16")])
    assert decision.incident_id == "inc_leigh"
    assert "same person named (David Amess)" in decision.reason
    # without the name, 60 km apart: two places, two incidents
    charged.victims = []
    assert (
        find_match(charged, "2021-10-22", [Candidate(stabbing, "2021-10-16")]).incident_id is None
    )
    # a name alone does not cross a border
    charged.victims = ["David Amess"]
    charged.place = PARIS
    assert (
        find_match(charged, "2021-10-22", [Candidate(stabbing, "2021-10-16")]).incident_id is None
    )


VERDICT = """Charlie Hebdo accomplices jailed over attack on newspaper
Published: 16 Dec 2020 18:00 GMT+01:00

PARIS — A French court on Wednesday sentenced 14 people to prison for helping the gunmen behind
the attack on the satirical weekly Charlie Hebdo. The gunmen attacked the magazine's offices in
Paris with assault rifles on Jan. 7, 2015, killing 12 people.
"""
OTHER_VERDICT = """Two jailed over attack on Marseille bar
Published: 16 Dec 2020 18:00 GMT+01:00

MARSEILLE — A French court on Wednesday sentenced two men to prison for helping the gunman
behind the attack on a bar in Marseille. The gunman attacked the bar with a rifle
on Jan. 7, 2015, killing three people.
"""


@pytest.mark.slow
def test_a_past_attack_told_again_adds_to_the_stored_one_and_never_makes_a_new_one(
    tmp_path: Path,
) -> None:
    for name, text in (
        ("first.txt", FIRST),
        ("verdict.txt", VERDICT),
        ("other.txt", OTHER_VERDICT),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    report = app.ingest([tmp_path / n for n in ("first.txt", "verdict.txt", "other.txt")])
    assert report.added == 3 and report.merged == 1, report.outcomes
    # the Marseille attack of that day is past news stored nowhere: no incident, no merge
    (paris,) = app.incidents().items
    assert paris.date.value == "2015-01-07" and len(paris.articles) == 2
    (note,) = paris.merges
    assert note.reason.startswith("told as a past attack; same country FR, same city Paris")
    app.close()


def test_two_bombings_of_one_day_in_one_city_the_toll_s_size_settles_which() -> None:
    # week 48: a truck bomb (276 dead) and, two hours later, a car bomb (two dead) in
    # Mogadishu; six days later the truck bomb's toll is 358
    mogadishu = Place("Mogadishu", "SO", "Somalia", 2.04, 45.34, "city")
    bombing = ("Bombing/Explosion",)

    def told(ident: str, killed: int, article: str) -> Incident:
        return incident(
            ident, mogadishu, "2017-10-14", types=bombing, killed=[claim(killed, article)]
        )

    truck, car = told("inc_truck", 276, "art_1"), told("inc_car", 2, "art_1")
    stored = [Candidate(truck, "2017-10-15"), Candidate(car, "2017-10-15")]
    decision = find_match(told("inc_new", 358, "art_2"), "2017-10-21", stored)
    assert decision.incident_id == "inc_truck"
    assert "settle a tie" in decision.reason
    # nothing tells them apart: no merge
    untold = incident("inc_new2", mogadishu, "2017-10-14", types=bombing)
    assert find_match(untold, "2017-10-21", stored).incident_id is None
