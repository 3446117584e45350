"""Linking a counter-terrorism action to the incident its hint names, and not guessing."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.config import Settings
from veille.fuse.known import KnownIncident, KnownIncidents
from veille.fuse.links import link_action
from veille.models import DateValue, Incident, Place
from veille.services import Veille
from veille.store.repository import IncidentFilter

BRUSSELS = Place("Brussels", "BE", "Belgium", 50.85, 4.35, "city")
LIEGE = Place("Liège", "BE", "Belgium", 50.63, 5.57, "city")
BELGIUM = Place("Belgium", "BE", "Belgium", 50.5, 4.5, "country")
KNOWN = KnownIncidents(
    [
        KnownIncident(
            "wp_1", "2004-03-11", "Bombing", "2004 Madrid train bombings", 191, 2050, "Madrid", None
        )
    ]
)


def incident(ident: str, place: Place | None, date: str | None = "2019-05-04") -> Incident:
    precision = "day" if date else "unknown"
    return Incident(id=ident, title="t", date=DateValue(date, precision), place=place)  # type: ignore[arg-type]


def test_no_hint_no_link() -> None:
    only = [(incident("inc_a", BRUSSELS), "inc_a")]
    assert link_action(None, [], only, known=KNOWN) is None


def test_the_article_incident_whose_place_the_hint_names() -> None:
    pairs = [
        (incident("inc_a", BRUSSELS), "inc_stored_a"),  # merged into a stored incident
        (incident("inc_b", LIEGE), "inc_b"),
    ]
    link = link_action("after the attack in Liège", [LIEGE], pairs, known=KNOWN)
    assert link is not None and (link.kind, link.id) == ("incident", "inc_b")
    link = link_action("after the attack in Brussels", [BRUSSELS], pairs, known=KNOWN)
    assert link is not None and link.id == "inc_stored_a"  # the id it is stored under
    # a country that fits both, and no place at all, decide nothing when there are two
    assert link_action("after the attacks in Belgium", [BELGIUM], pairs, known=KNOWN) is None
    assert link_action("after the attack", [], pairs, known=KNOWN) is None


def test_the_article_only_incident() -> None:
    pairs = [(incident("inc_a", BRUSSELS), "inc_a")]
    link = link_action("in connection with the attack", [], pairs, known=KNOWN)
    assert link is not None and link.reason == "the article's only incident"
    # a headline's report and the body's, both merged into one stored incident, are one
    pairs = [(incident("inc_h", BELGIUM), "inc_s"), (incident("inc_b", BRUSSELS), "inc_s")]
    link = link_action("in connection with the attack", [], pairs, known=KNOWN)
    assert link is not None and link.id == "inc_s"


def test_the_article_incident_of_the_day_the_hint_names() -> None:
    pairs = [
        (incident("inc_lugano", BRUSSELS, "2020-11-24"), "inc_lugano"),
        (incident("inc_vienna", LIEGE, "2020-11-02"), "inc_vienna"),
    ]
    hint = "over the investigation into Tuesday's attack"
    link = link_action(hint, [], pairs, known=KNOWN, published="2020-11-25")
    assert link is not None and (link.id, link.reason) == ("inc_lugano", "same article, 2020-11-24")
    # no publication date, no day: nothing guessed
    assert link_action(hint, [], pairs, known=KNOWN) is None


def test_a_known_past_incident_by_name() -> None:
    link = link_action("in connection with the 2004 Madrid train bombings", [], [], known=KNOWN)
    assert link is not None and (link.kind, link.id) == ("known", "wp_1")


def test_a_stored_incident_only_when_exactly_one_fits() -> None:
    stored = [incident("inc_x", BRUSSELS, "2019-05-04"), incident("inc_y", LIEGE, "2019-05-01")]

    def lookup(place: Place, since: str | None) -> list[Incident]:
        assert since == "2019-03-09"  # 60 days before publication
        return stored

    hint = "in connection with the attack in Brussels"
    link = link_action(hint, [BRUSSELS], [], known=KNOWN, stored=lookup, published="2019-05-08")
    assert link is not None and (link.id, link.reason) == ("inc_x", "stored incident in Brussels")
    stored.append(incident("inc_z", BRUSSELS, "2019-04-20"))
    assert (
        link_action(hint, [BRUSSELS], [], known=KNOWN, stored=lookup, published="2019-05-08")
        is None
    )
    # an incident after the article cannot be the one it answers
    later = [incident("inc_late", BRUSSELS, "2019-06-01")]
    assert (
        link_action(
            hint, [BRUSSELS], [], known=KNOWN, stored=lambda p, s: later, published="2019-05-08"
        )
        is None
    )


@pytest.mark.slow
def test_ingested_actions_carry_their_links(tmp_path: Path) -> None:
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    first = tmp_path / "a.txt"
    first.write_text(
        "Gunmen attack concert hall\nBRUSSELS (Reuters) - Gunmen attacked a concert hall in "
        "Brussels on Saturday, killing three people. Police later arrested two men in "
        "connection with the attack.\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.txt"
    second.write_text(
        "Arrests\nANTWERP (Reuters) - Belgian police arrested four people on Tuesday in "
        "connection with the attack in Brussels, prosecutors said.\n",
        encoding="utf-8",
    )
    third = tmp_path / "c.txt"
    third.write_text(
        "Arrest in Spain\nMADRID (Reuters) - Spanish police arrested a man on Monday in "
        "connection with the 2004 Madrid train bombings, officials said.\n",
        encoding="utf-8",
    )
    app.ingest([first], published="2019-05-06")
    app.ingest([second, third], published="2019-05-08")
    [attack] = app.incidents().items  # the 2004 bombings named in passing create none
    links = {
        a["answers_incident_hint"]: a["answers_incident"]
        for a in app.records("actions", IncidentFilter(limit=50)).items
        if a["answers_incident_hint"]
    }
    assert links["in connection with the attack"]["id"] == attack.id
    assert links["in connection with the attack in Brussels"]["id"] == attack.id
    madrid = links["in connection with the 2004 Madrid train bombings"]
    assert madrid["kind"] == "known" and madrid["id"].startswith("wp_")
