"""Linking references to past attacks to the known-incident knowledge base."""

from __future__ import annotations

import pytest

from veille.fuse.known import KnownIncident, KnownIncidents, default_known_incidents
from veille.models import DateValue


def known(ident: str, date: str, name: str | None, location: str) -> KnownIncident:
    return KnownIncident(ident, date, "bombing", name, 10, 20, location, None)


KB = KnownIncidents(
    [
        known("a", "2004-03-11", "2004 Madrid train bombings", "Madrid, Spain"),
        known("b", "2015-01-07", "Charlie Hebdo shooting", "Paris, France"),
        known("c", "2015-11-13", "November 2015 Paris attacks", "Paris, France"),
        known("d", "2016-03-22", "2016 Brussels bombings", "Brussels and Zaventem, Belgium"),
        known("e", "2017-05-22", None, "Manchester, United Kingdom"),
        known("f", "2017-05-22", None, "Kabul, Afghanistan"),
    ]
)


def test_match_by_name_with_interchangeable_attack_words() -> None:
    match = KB.match("ten years since the Madrid train bombings")
    assert match is not None and match.incident.id == "a"
    match = KB.match("two years after the Charlie Hebdo attack")
    assert match is not None and match.incident.id == "b"


def test_year_must_agree() -> None:
    assert KB.match("the 2016 Charlie Hebdo attack") is None
    match = KB.match("since the November 2015 Paris attacks")
    assert match is not None and match.incident.id == "c"


def test_a_single_name_word_needs_the_year() -> None:
    assert KB.match("security was tightened in Brussels after the attacks") is None
    match = KB.match("the 2016 Brussels attacks")
    assert match is not None and match.incident.id == "d"


def test_match_by_place_and_date_only_when_unique() -> None:
    day = DateValue("2017-05-22", "day")
    match = KB.match("the bombing in Manchester", places=["Manchester"], date=day)
    assert match is not None and match.incident.id == "e"
    assert KB.match("the bombing", places=[], date=day) is None
    assert KB.match("the bombing in Manchester", places=["Manchester"]) is None


def test_a_name_made_only_of_places_needs_its_year() -> None:
    kb = KnownIncidents(
        [
            known(
                "ny",
                "2016-09-17",
                "2016 New York and New Jersey bombings",
                "New York and New Jersey",
            )
        ]
    )
    assert kb.match("A New Jersey man was killed in the truck attack in New York") is None
    match = kb.match("the 2016 bombings in New York and New Jersey")
    assert match is not None and match.incident.id == "ny"


def test_a_year_is_enough_only_with_a_town() -> None:
    year = DateValue("2017", "year", "in 2017")
    match = KB.match("the bombing in Manchester", places=["Manchester"], date=year)
    assert match is not None and match.incident.id == "e"
    # a country and a year fit too many incidents: none is chosen
    assert KB.match("a bombing in Britain", places=["United Kingdom"], date=year) is None
    assert (
        KB.match("the bombing in Manchester", places=["Manchester"], date=DateValue("2016", "year"))
        is None
    )
    # told as another kind of attack, it is another incident
    assert KB.match("an MP was stabbed in Manchester", places=["Manchester"], date=year) is None


def test_no_attack_word_no_match() -> None:
    assert KB.match("the Madrid train timetable") is None


def test_packaged_knowledge_base_loads() -> None:
    kb = default_known_incidents()
    assert len(kb) == 9319
    match = kb.match("remembering the victims of the Madrid train bombings")
    assert match is not None and match.incident.date == "2004-03-11"


@pytest.mark.slow
def test_anniversary_article_links_instead_of_creating(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from veille.config import Settings
    from veille.services import Veille

    root = Path(__file__).resolve().parents[1] / "data" / "cased" / "madrid_anniversary.txt"
    app = Veille(Settings(db=str(Path(str(tmp_path)) / "v.db")))
    report = app.ingest([root])
    assert report.added == 1 and report.incidents == 0
    refs = app.records("references").items
    assert [r["known_incident"]["name"] for r in refs] == ["2004 Madrid train bombings"]
    assert refs[0]["evidence"][0]["text"] == "Madrid train bombings"
    app.close()


def test_the_doers_name_the_attack_and_each_place_of_a_location_counts() -> None:
    # "Brussels and Zaventem": Brussels alone finds it, on the month the text gives
    month = DateValue("2016-03", "month")
    sentence = "since March 2016, when suicide bombers killed 32 people at Brussels airport"
    match = KB.match(sentence, places=["Brussels"], date=month)
    assert match is not None and match.incident.id == "d"
    assert KB.match("when suicide bombers struck", places=["Brussels"], date=month) is not None
    assert KB.match("when protesters marched", places=["Brussels"], date=month) is None


def test_a_name_that_is_a_day_matches_by_its_day_however_written() -> None:
    kb = KnownIncidents([known("s", "2001-09-11", "September 11 attacks", "United States")])
    for sentence in (
        "held during the War on Terror following the Sept. 11 attacks",
        "after the September 11 attacks",
        "since the 9/11 attacks",
    ):
        match = kb.match(sentence)
        assert match is not None and match.incident.id == "s", sentence
    assert kb.match("after the attacks on Sept. 12") is None
    assert kb.match("a bombing in Kabul on March 11") is None


def test_an_attack_found_by_its_verb_matches_by_place_and_month() -> None:
    month = DateValue("2017-05", "month")
    sentence = "Manchester was shaken in May 2017, when a man blew himself up at a concert"
    assert KB.match(sentence, places=["Manchester"], date=month) is None  # no attack noun
    match = KB.match(sentence, places=["Manchester"], date=month, attack=True)
    assert match is not None and match.incident.id == "e"


def test_a_possessive_names_the_place() -> None:
    kb = KnownIncidents([known("l", "2005-07-07", "7 July 2005 London bombings", "London")])
    match = kb.match("the deadliest attack since July 2005, on London's transport network")
    assert match is not None and match.incident.id == "l"


def test_the_knowledge_base_dates_a_named_day_by_its_name() -> None:
    from veille.kb.build_known import build

    row = {
        "date": "2005-06-07",
        "type": "bombing",
        "details": "7 July 2005 London bombings: Four suicide bombers detonated bombs.",
        "dead": "56",
        "injured": "700",
        "location": "London, United Kingdom",
        "perpetrator": "Islamists",
    }
    other = {**row, "date": "2005-06-08", "details": "A bomb exploded at a market."}
    incidents = build([row, other])["incidents"]
    assert [i["date"] for i in incidents] == ["2005-07-07", "2005-06-08"]
    day = DateValue("2005-07-07", "day")
    london = default_known_incidents().match(
        "the bombings in London on July 7, 2005", places=["London"], date=day
    )
    assert london is not None and london.incident.name == "7 July 2005 London bombings"


def test_of_several_attacks_that_fit_the_deadly_one_or_the_one_with_the_told_toll() -> None:
    kb = KnownIncidents(
        [
            KnownIncident("7j", "2005-07-07", "bombing", None, 56, 700, "London, UK", None),
            KnownIncident("21j", "2005-07-21", "bombing", None, 0, 1, "London, UK", None),
            KnownIncident("m3", "2016-03-03", "bombing", None, 2, 1, "Istanbul, Turkey", None),
            KnownIncident("m19", "2016-03-19", "bombing", None, 5, 36, "Istanbul, Turkey", None),
        ]
    )
    july = DateValue("2005-07", "month")
    match = kb.match("since the London bombings of July 2005", places=["London"], date=july)
    assert match is not None and match.incident.id == "7j"
    # a failed attempt told: either may be meant
    text = "since the failed London bombings of July 2005"
    assert kb.match(text, places=["London"], date=july) is None
    # the toll told picks one (the list may count the bomber: 4 told, 5 listed)
    march = DateValue("2016-03", "month")
    text = "in March another blew himself up on the Istiklal shopping street, killing four people"
    match = kb.match(text, places=["Istanbul"], date=march, attack=True)
    assert match is not None and match.incident.id == "m19"


def test_a_place_named_as_written_and_as_resolved_counts_once() -> None:
    kb = KnownIncidents([known("g", "2013-04-15", None, "Boston, United States")])
    sentence = (
        "He voiced support for the brothers who bombed the Boston Marathon in 2013 and for a "
        "Florida man who blew himself up in Syria."
    )
    places = ["the Boston Marathon", "Florida", "Syria", "Boston", "Florida", "Syria"]
    match = kb.match(sentence, places=places, date=DateValue("2013", "year"), attack=True)
    assert match is not None and match.incident.id == "g"


def test_a_name_telling_only_the_way_of_attack_besides_its_place_needs_its_year() -> None:
    kb = KnownIncidents([known("p", "2018-07-10", "2018 Peshawar suicide bombing", "Peshawar")])
    sentence = "A suicide bomber blew himself up in a police mosque in Peshawar on Monday."
    assert kb.match(sentence) is None
    match = kb.match("the 2018 Peshawar suicide bombing")
    assert match is not None and match.incident.id == "p"


def test_a_landmark_of_the_name_is_not_the_known_incident() -> None:
    kb = KnownIncidents([known("n", "2017-06-06", "2017 Notre Dame attack", "Paris, France")])
    sentence = "He attacked colleagues near Notre-Dame cathedral, killing four people."
    assert kb.match(sentence) is None
    match = kb.match("a year after the Notre Dame attack")
    assert match is not None and match.incident.id == "n"
