"""Six short news reports of the kind an analyst reads in a week (tests/data/week, written for
these tests): an attack in Europe reported twice, the arrests and air strikes that followed,
changes of national alert level and statistics on foreign fighters. Each must come out as the
right kind of record with the right numbers, dates and speakers, one incident per real event."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from veille.cli import main
from veille.config import Settings
from veille.services import Veille
from veille.store.repository import IncidentFilter

from conftest import ROOT

pytestmark = pytest.mark.slow

WEEK = ROOT / "tests" / "data" / "week"


def ingested(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Veille:
    """A fresh database holding every article of ``folder``, each stored without failure."""
    app = Veille(Settings(db=str(tmp_path_factory.mktemp(folder.name) / "v.db")))
    report = app.ingest([folder])
    assert report.added == len([p for p in folder.iterdir() if p.suffix in {".txt", ".html"}])
    assert not report.failed
    return app


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK, tmp_path_factory)


def records(app: Veille, kind: str) -> list[dict[str, Any]]:
    return list(app.records(kind, IncidentFilter(limit=200)).items)


def test_one_incident_for_the_manchester_bombing_reported_twice(app: Veille) -> None:
    incidents = app.incidents(IncidentFilter(limit=50)).items
    manchester = [i for i in incidents if i.place and i.place.name == "Manchester"]
    assert len(manchester) == 1
    (bombing,) = manchester
    assert len(bombing.articles) == 2
    assert bombing.date.value == "2017-05-22"
    assert bombing.killed is not None and bombing.killed.best == 22
    assert bombing.wounded is not None and bombing.wounded.best == 59
    assert [g.id for g in bombing.perpetrator_groups] == ["islamic-state"]
    # the air strikes on Raqqa are a state's action, not an attack
    assert not [i for i in incidents if i.place and i.place.country == "SY"]


def test_alert_level_changes_per_country(app: Veille) -> None:
    gb = [(a["effective"], a["level"], a["change"]) for a in app.alert_timeline("GB")]
    assert gb == [("2017-05-23", "critical", "raised"), ("2017-05-27", "severe", "lowered")]
    assert {a["said_by"] for a in app.alert_timeline("GB")} == {"Prime Minister Theresa May"}
    (be,) = app.alert_timeline("BE")
    assert (be["effective"], be["rank"], be["change"]) == ("2015-11-21", 4, "raised")
    (fr,) = app.alert_timeline("FR")
    assert (fr["effective"], fr["change"]) == ("2015-01-07", "raised")


def test_actions_that_followed(app: Veille) -> None:
    actions = records(app, "actions")
    (strike,) = [a for a in actions if a["kind"] == "air_strike"]
    assert strike["date"] == "2015-11-15" and strike["country"] == "SY"
    assert strike["actor"]["name"] == "French Armed Forces"
    counted = {(a["kind"], a["count"]["value"]) for a in actions if a["count"]}
    assert {("raid", 168), ("arrest", 23), ("seizure", 31), ("arrest", 11)} <= counted
    one = [a for a in actions if a["what"] == "a 23-year-old man"]
    assert one and one[0]["date"] == "2017-05-23" and one[0]["place"] == "Manchester"
    # "the plan allows the deployment of extra police" deploys nobody
    assert not [a for a in actions if a["kind"] == "deployment" and a["status"] != "announced"]


def test_foreign_fighter_figures_with_speakers(app: Veille) -> None:
    figures = {(f["category"], f["quantity"]["value"]): f for f in records(app, "figures")}
    left = figures[("foreign_fighters_left", 850)]
    assert left["quantity"]["qualifier"] == "about" and left["country"] == "GB"
    assert left["said_by"] == "security minister Ben Wallace"
    assert left["period_start"] == "2012"
    assert figures[("foreign_fighters_returned", 425)]["said_by"] == "Wallace"
    assert figures[("foreign_fighters_killed", 130)]["country"] == "GB"
    europe = figures[("foreign_fighters_left", 5000)]
    assert europe["quantity"]["qualifier"] == "more than" and europe["said_by"] == "Europol"
    # "Police have now arrested 11 men in connection with Monday's attack": the count of an
    # arrest told by its verb is the action's, reported once, not also a figure
    assert ("detained", 11) not in figures
    arrests = {(a["count"] or {}).get("value") for a in records(app, "actions")}
    assert 11 in arrests


# ------------------------------------------------- a second week: Brussels, Nice, London Bridge

WEEK2 = ROOT / "tests" / "data" / "week2"


@pytest.fixture(scope="module")
def app2(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK2, tmp_path_factory)


def test_a_rising_toll_and_no_prosecutor_as_perpetrator(app2: Veille) -> None:
    incidents = app2.incidents(IncidentFilter(limit=50)).items
    by_city = {i.place.name: i for i in incidents if i.place}
    assert set(by_city) == {"Brussels", "Nice", "London"}
    brussels = by_city["Brussels"]
    assert len(brussels.articles) == 2 and brussels.date.value == "2016-03-22"
    assert brussels.killed is not None and brussels.killed.best == 32
    claims = sorted((c.value, c.qualifier) for c in brussels.killed.claims)
    assert claims == [(31, "at least"), (31, "at least"), (32, None)]
    assert "Frederic Van Leeuw" not in brussels.perpetrators
    nice = by_city["Nice"]
    assert nice.date.value == "2016-07-14" and "Unarmed Assault" in nice.attack_types
    assert nice.killed is not None and nice.killed.best == 84
    assert by_city["London"].date.value == "2017-06-03"


def test_kept_and_changed_levels_and_dutch_figures(app2: Veille) -> None:
    be = [
        (a["rank"], a["change"], a["effective"], a["not_after"]) for a in app2.alert_timeline("BE")
    ]
    # raised on a day the article does not give: no later than its publication
    assert be == [(4, "raised", None, "2016-03-22"), (3, "lowered", "2016-03-24", None)]
    (nl,) = app2.alert_timeline("NL")
    assert (nl["rank"], nl["change"]) == (4, "maintained")
    (gb,) = app2.alert_timeline("GB")
    assert (gb["level"], gb["change"]) == ("severe", "maintained")
    figures = {(f["category"], f["quantity"]["value"]): f for f in records(app2, "figures")}
    for key in [
        ("foreign_fighters_left", 270),
        ("foreign_fighters_killed", 45),
        ("foreign_fighters_returned", 40),
    ]:
        assert figures[key]["country"] == "NL" and figures[key]["said_by"] == "the NCTV"
    (arrest,) = [a for a in records(app2, "actions") if a["place"] == "Barking"]
    assert arrest["count"]["value"] == 12 and arrest["date"] == "2017-06-04"


# ------------------------------------------------------- 2023: Sweden's level, Brussels shooting

WEEK3 = ROOT / "tests" / "data" / "week3"


@pytest.fixture(scope="module")
def app3(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK3, tmp_path_factory)


def test_an_inspired_attacker_and_the_swedish_scale(app3: Veille) -> None:
    (shooting,) = app3.incidents(IncidentFilter(limit=10)).items
    assert shooting.place is not None and shooting.place.name == "Brussels"
    assert shooting.date.value == "2023-10-16"
    assert shooting.perpetrator_groups == []  # "claimed to be inspired by Islamic State"
    assert shooting.killed is not None and shooting.killed.best == 2
    se = [(a["effective"], a["level"], a["change"]) for a in app3.alert_timeline("SE")]
    assert se == [("2016", "3", "in force"), ("2023-08-17", "4", "raised")]
    be = [(a["effective"], a["rank"], a["change"]) for a in app3.alert_timeline("BE")]
    assert be[0] == ("2023-10-16", 4, "raised")


# ------------------------------------- Parsons Green 2017, Arras 2023, Crocus City Hall 2024
# Written for the test after a first run on them found: "Friday's bombing" in a sentence dated
# Sunday, "blasts Democrats", gunmen "caught trying to flee towards Ukraine" as an attack there,
# a town named in the toll sentence after a headline naming the country, "in the port area of
# Dover", "deployed ... by Monday evening" read as the deployer, a speaker of eleven words.

WEEK4 = ROOT / "tests" / "data" / "week4"


@pytest.fixture(scope="module")
def app4(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK4, tmp_path_factory)


def test_one_incident_per_attack_with_its_own_date_and_town(app4: Veille) -> None:
    incidents = app4.incidents(IncidentFilter(limit=20)).items
    found = {(i.date.value, i.place.name if i.place else None) for i in incidents}
    assert found == {
        ("2017-09-15", "London"),  # both reports, "Friday's bombing" in the one of Sunday
        ("2023-10-13", "Arras"),
        ("2024-03-22", "Moscow"),  # the Bataclan recalled is no new incident, Ukraine no place
    }
    by_date = {i.date.value: i for i in incidents}
    assert len(by_date["2017-09-15"].articles) == 2
    crocus = by_date["2024-03-22"]
    assert len(crocus.articles) == 2
    assert crocus.killed is not None and crocus.killed.best == 133
    assert [g.id for g in crocus.perpetrator_groups] == ["islamic-state"]


def test_alert_changes_after_the_attacks(app4: Veille) -> None:
    gb = [(a["effective"], a["level"], a["change"]) for a in app4.alert_timeline("GB")]
    assert ("2017-09-15", "critical", "raised") in gb
    assert ("2017-09-17", "severe", "lowered") in gb
    fr = [(a["effective"], a["change"], a["said_by"]) for a in app4.alert_timeline("FR")]
    assert fr == [
        ("2023-10-13", "raised", "Interior Minister Gerald Darmanin"),
        ("2024-03-24", "raised", "Prime Minister Gabriel Attal"),
    ]


def test_arrests_and_deployments_after_the_attacks(app4: Veille) -> None:
    actions = records(app4, "actions")
    arrests = {(a["place"], a["date"]) for a in actions if a["kind"] == "arrest"}
    assert {("Dover", "2017-09-16"), ("Hounslow", "2017-09-16")} <= arrests
    (troops,) = [a for a in actions if a["kind"] == "deployment" and a["count"]["value"] == 7000]
    assert troops["status"] == "announced" and troops["actor"] is None
    (detained,) = [a for a in actions if a["count"] and a["count"]["value"] == 11]
    assert detained["actor"]["id"] == "fsb"


def test_foreign_fighter_figures_by_country_and_speaker(app4: Veille) -> None:
    figures = {(f["category"], f["quantity"]["value"]): f for f in records(app4, "figures")}
    left = figures[("foreign_fighters_left", 5000)]
    assert left["said_by"] == (
        "the European Union's counter-terrorism coordinator Gilles de Kerchove"
    )
    assert figures[("foreign_fighters_returned", 1500)]["said_by"] == left["said_by"]
    assert figures[("foreign_fighters_left", 1050)]["country"] == "DE"
    assert figures[("foreign_fighters_left", 900)]["country"] == "GB"
    assert figures[("foreign_fighters_left", 413)]["said_by"] is not None


# ------------------- Strasbourg 2018 (an HTML page), Vienna 2020, Liverpool 2021, strikes, Prevent
# Written for the test after a first run on them found: an age ("Emad Al Swealmeen, 32, died")
# read as a death toll, "meaning an attack is highly likely" read as an attack, "police were
# hunting the gunman on Wednesday" starting a second incident, three figures citing one counted
# phrase stored under one id (two of them lost), "the number of people referred ... rose to
# 6,817" and "Of those, 1,310 ..." not read, a headline figure told again in the body kept twice.

WEEK5 = ROOT / "tests" / "data" / "week5"


@pytest.fixture(scope="module")
def app5(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK5, tmp_path_factory)


def test_one_incident_per_attack_and_no_age_as_toll(app5: Veille) -> None:
    incidents = app5.incidents(IncidentFilter(limit=20)).items
    found = {
        (i.date.value, i.place.name if i.place else None, i.killed.best if i.killed else None)
        for i in incidents
    }
    assert found == {
        ("2018-12-11", "Strasbourg", 4),  # two reports, the toll risen from three to four
        ("2020-11-02", "Vienna", 4),
        ("2021-11-14", "Liverpool", None),  # "Emad Al Swealmeen, 32, died in the blast"
    }


def test_threat_level_raised_and_recalled(app5: Veille) -> None:
    gb = [(a["effective"], a["level"], a["change"]) for a in app5.alert_timeline("GB")]
    assert gb == [("2021-02", "substantial", "lowered"), ("2021-11-15", "severe", "raised")]
    (fr,) = app5.alert_timeline("FR")
    assert (fr["rank"], fr["change"]) == (3, "raised")


def test_strikes_searches_and_detentions(app5: Veille) -> None:
    actions = records(app5, "actions")
    strikes = {
        (a["actor"]["id"] if a["actor"] else None, a["date"])
        for a in actions
        if a["kind"] == "air_strike"
    }
    assert ("us-armed-forces", None) in strikes
    assert any(date == "2023-10-05" for _, date in strikes)  # Iraqi warplanes, on Thursday
    counted = {(a["kind"], a["count"]["value"]) for a in actions if a["count"]}
    assert {("search", 18), ("arrest", 14), ("arrest", 4)} <= counted


def test_prevent_referrals_and_foiled_plots(app5: Veille) -> None:
    figures = records(app5, "figures")
    by_value = {f["quantity"]["value"]: f for f in figures}
    assert {6817, 1310, 1350} <= set(by_value)
    referred = by_value[6817]
    assert referred["counted"].startswith("people referred to Britain's Prevent")
    assert (referred["period_start"], referred["period_end"]) == ("2022-04", "2023-03")
    assert referred["said_by"] == "Home Office figures"
    plots = [f for f in figures if f["category"] == "plots_foiled"]
    assert [p["quantity"]["value"] for p in plots] == [43]  # the headline's 43 is not kept twice
    assert len({f["id"] for f in figures}) == len(figures)


# ------------------------- Solingen 2024, the Dutch level, an NTAS bulletin, football, returnees
# Written for the test after a first run on them found: Solingen, labelled an organisation by
# the recogniser, lost to the dateline city, and two people detained on one day merged into one
# arrest.

WEEK6 = ROOT / "tests" / "data" / "week6"


@pytest.fixture(scope="module")
def app6(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK6, tmp_path_factory)


def test_the_festival_attack_is_in_solingen_and_football_is_no_attack(app6: Veille) -> None:
    (attack,) = app6.incidents(IncidentFilter(limit=20)).items  # "Liverpool's attack ran riot"
    assert attack.place is not None and attack.place.name == "Solingen"
    assert (attack.date.value, attack.killed.best if attack.killed else None) == ("2024-08-23", 3)
    assert [g.id for g in attack.perpetrator_groups] == ["islamic-state"]
    arrests = [a for a in records(app6, "actions") if a["kind"] == "arrest"]
    assert len(arrests) == 2  # the suspect, and a 15-year-old "also" detained


def test_dutch_level_and_us_bulletin(app6: Veille) -> None:
    nl = [(a["effective"], a["rank"], a["change"]) for a in app6.alert_timeline("NL")]
    assert nl == [("2022-02", 3, "in force"), ("2023-12-12", 4, "raised")]
    (us,) = app6.alert_timeline("US")
    assert (us["effective"], us["scheme"]) == ("2020-01-04", "us-ntas")


def test_returnee_figures(app6: Veille) -> None:
    figures = {(f["category"], f["quantity"]["value"]): f for f in records(app6, "figures")}
    assert figures[("foreign_fighters_left", 900)]["country"] == "GB"
    assert figures[("foreign_fighters_returned", 400)]["said_by"] == "the Home Office"
    assert ("under_watch", 3000) in figures


# ----------------------- Berlin 2016 and the Milan shooting, a foiled plot, a fire not an attack
# Written for the test after a first run on them found: the Berlin market attack placed in Milan
# (where the suspect was shot), "a bomb attack on a Berlin airport" cut into two places, and
# "Had the gas cylinder exploded, dozens could have died" stored as a bombing with 24 dead.

WEEK7 = ROOT / "tests" / "data" / "week7"


@pytest.fixture(scope="module")
def app7(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK7, tmp_path_factory)


def test_an_attack_its_plot_and_no_accident(app7: Veille) -> None:
    incidents = app7.incidents(IncidentFilter(limit=20)).items
    found = {(i.date.value, i.place.name if i.place else None, i.status) for i in incidents}
    assert found == {("2016-12-19", "Berlin", "attack"), ("2016-10-10", "Berlin", "plot")}
    (market,) = [i for i in incidents if i.status == "attack"]
    assert len(market.articles) == 2  # the Milan report of the suspect's death
    assert market.killed is not None and market.killed.best == 12


# -------------------- Madrid recalled, Kabul airport 2021 in two reports, Brussels 2023 level 3
# Written for the test after a first run on them found: the Madrid toll of 2004 stored as a
# figure of 2024 ("20 years since the bombings" read as a period), "including 13 U.S. service
# members" kept as a figure, the Brussels shooting left undated (its day sat on "killing"),
# and "two or three thousand" in quotation marks not counted.

WEEK8 = ROOT / "tests" / "data" / "week8"


@pytest.fixture(scope="module")
def app8(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK8, tmp_path_factory)


def test_kabul_under_one_canonical_branch_and_madrid_linked(app8: Veille) -> None:
    incidents = app8.incidents(IncidentFilter(limit=20)).items
    found = {(i.date.value, i.place.name if i.place else None) for i in incidents}
    assert found == {("2021-08-26", "Kabul"), ("2023-10-16", "Brussels")}
    (kabul,) = [i for i in incidents if i.place and i.place.name == "Kabul"]
    assert len(kabul.articles) == 2
    assert [g.id for g in kabul.perpetrator_groups] == ["is-khorasan"]  # ISIS-K, ISKP
    # "has risen to about 170 Afghans and 13 U.S. troops": the two groups add up, about 183
    assert kabul.killed is not None and (kabul.killed.best, kabul.killed.minimum) == (183, 85)
    references = [r for r in records(app8, "references") if r["known_incident"]]
    assert [r["known_incident"]["name"] for r in references] == ["2004 Madrid train bombings"]


def test_levels_in_force_and_lowered(app8: Veille) -> None:
    (es,) = app8.alert_timeline("ES")
    assert (es["effective"], es["rank"], es["change"]) == ("2015-06", 4, "in force")
    (be,) = app8.alert_timeline("BE")
    assert (be["effective"], be["rank"], be["change"]) == ("2023-10-18", 3, "lowered")


def test_watch_figures_and_no_recalled_toll(app8: Veille) -> None:
    figures = [(f["category"], f["quantity"]["text"]) for f in records(app8, "figures")]
    assert sorted(figures) == [
        ("under_watch", "Close to 50"),
        ("under_watch", "two or three thousand"),
    ]


# ---------------------- an analysis piece full of history, two attacks in two cities in one day
# Written for the test after a first run on them found: the Taliban's claim of the Kabul attack
# given to the Baghdad bombing, and a claim by "the group" left without its group.

WEEK9 = ROOT / "tests" / "data" / "week9"


@pytest.fixture(scope="module")
def app9(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK9, tmp_path_factory)


def test_history_is_linked_and_news_is_stored(app9: Veille) -> None:
    incidents = app9.incidents(IncidentFilter(limit=20)).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            tuple(g.id for g in i.perpetrator_groups),
        )
        for i in incidents
    }
    assert found == {
        ("2024-03-22", "Moscow", ("is-khorasan",)),  # "the group claimed the attack"
        ("2016-07-03", "Baghdad", ("islamic-state",)),
        ("2016-07-02", "Kabul", ("taliban",)),
    }
    linked = {
        r["known_incident"]["name"] for r in records(app9, "references") if r["known_incident"]
    }
    assert {"November 2015 Paris attacks", "Parsons Green bombing"} <= linked
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app9, "figures")}
    assert ("foreign_fighters_left", 40000) in figures


# -------- a treaty clause, a law announced, raids and seizures, a trial's sentences, Australia's
# level. Written for the test after a first run on them found: "will vote on Thursday" dated the
# Thursday before, the dateline in an actor ("PARIS (Reuters) - France"), a trial report's
# headline ("Paris attacks: ... sentenced") stored as a new incident dated 2015, and an alert
# "in force" made of a sentence that only named the intelligence agency.

WEEK10 = ROOT / "tests" / "data" / "week10"


@pytest.fixture(scope="module")
def app10(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK10, tmp_path_factory)


def test_measures_after_an_attack_and_a_trial(app10: Veille) -> None:
    actions = records(app10, "actions")
    by_kind = {a["kind"]: a for a in actions}
    assert by_kind["treaty_clause"]["actor"]["name"] == "France"
    assert by_kind["treaty_clause"]["date"] == "2015-11-17"
    law = by_kind["law"]
    assert (law["status"], law["date"]) == ("announced", "2015-11-19")  # "will vote on Thursday"
    counted = {(a["kind"], a["count"]["value"]) for a in actions if a["count"]}
    assert {("raid", 128), ("seizure", 25), ("conviction", 20)} <= counted
    assert by_kind["sentence"]["what"] == "life in prison"
    # the 2015 attacks recalled by the 2022 trial report are no new incident
    assert all(i.date.value != "2015-11" for i in app10.incidents(IncidentFilter()).items)


def test_australia_lowered_and_nothing_else(app10: Veille) -> None:
    au = [(a["effective"], a["level"], a["change"]) for a in app10.alert_timeline("AU")]
    assert au == [("2022-11-28", "possible", "lowered")]


# ----------- a JSON Lines feed: the Bajaur rally bombing in two reports, and two broken lines
# Written for the test after a first run on it found: the dateline "PESHAWAR" read as part of
# the name of a past Peshawar bombing (the report of the rising toll was dropped as history),
# "northwest Pakistan's Bajaur district" not placing the attack (so the dateline city did), and
# "Islamic State's Khorasan branch" read as Islamic State.

WEEK11 = ROOT / "tests" / "data" / "week11"


def test_a_feed_with_two_reports_and_two_broken_lines(tmp_path: Path) -> None:
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    report = app.ingest([WEEK11])
    assert report.added == 2
    reasons = sorted(f.reason for f in report.failed)
    assert len(reasons) == 2 and any("not a date" in r for r in reasons)
    assert any("malformed JSON" in r for r in reasons)
    (bombing,) = app.incidents(IncidentFilter(limit=10)).items
    assert len(bombing.articles) == 2
    assert bombing.date.value == "2023-07-30"
    assert bombing.place is not None and bombing.place.country == "PK"
    assert bombing.place.name != "Peshawar"  # where the reporter filed
    assert bombing.killed is not None and bombing.killed.best == 54
    assert [g.id for g in bombing.perpetrator_groups] == ["is-khorasan"]


# ------------- two London attacks three months apart, one New York attack in two reports
# Written for the test after a first run on them found: Westminster placed in the United States,
# and a report with no attack word ("drove a rented pickup truck down a crowded bike path ...,
# killing eight people, in what officials called an act of terrorism") giving no incident.

WEEK12 = ROOT / "tests" / "data" / "week12"


@pytest.fixture(scope="module")
def app12(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK12, tmp_path_factory)


def test_alike_attacks_stay_apart_and_one_attack_is_one(app12: Veille) -> None:
    incidents = app12.incidents(IncidentFilter(limit=20)).items
    found = {
        (i.date.value, i.place.country if i.place else None, len(i.articles)) for i in incidents
    }
    assert found == {
        ("2017-03-22", "GB", 1),  # Westminster: not the US town of that name
        ("2017-06-03", "GB", 1),  # London Bridge, not merged with Westminster
        ("2017-10-31", "US", 2),  # "lower Manhattan" and "New York City", one attack
    }
    (new_york,) = [i for i in incidents if i.place and i.place.country == "US"]
    assert new_york.killed is not None and new_york.killed.best == 8


# ----------------------- Nice 2016 told "three days after", Charlie Hebdo claimed a week later
# Written for the test after a first run on them found the Nice attack dated on the day of the
# French strikes that followed it ("on Sunday, three days after a man drove a truck ...").

WEEK13 = ROOT / "tests" / "data" / "week13"


@pytest.fixture(scope="module")
def app13(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK13, tmp_path_factory)


def test_attacks_dated_back_and_claims_kept(app13: Veille) -> None:
    incidents = app13.incidents(IncidentFilter(limit=20)).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            tuple(g.id for g in i.perpetrator_groups),
        )
        for i in incidents
    }
    assert found == {
        ("2016-07-14", "Nice", ("islamic-state",)),  # "ISIL claimed the Nice attack"
        (None, "Paris", ("aqap",)),  # "last week's attack": a week is no date
    }
    (strike,) = [a for a in records(app13, "actions") if a["kind"] == "air_strike"]
    assert strike["target_group"]["id"] == "islamic-state"  # "Daesh targets"
    speakers = {q["speaker"]: q["speaker_role"] for q in records(app13, "quotes")}
    assert speakers["Nasr al-Ansi"] == "senior AQAP official"


# ---------------- Barcelona, Stockholm, Hanau, Nice 2020, strikes after Tower 22, Soufan report
# Written for the test after a first run on them found the Soufan breakdown by country lost
# after an aside, Hanau unplaced ("Hanau am Main" in GeoNames), the Jordan drone attack placed
# in Iraq by the strikes of its headline, "would keep its alert at level four" taken for a
# hypothesis, and "would rise from 3,000 to 7,000" read as a range of soldiers already deployed.

WEEK14 = ROOT / "tests" / "data" / "week14"


@pytest.fixture(scope="module")
def app14(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK14, tmp_path_factory)


def test_attacks_placed_by_the_towns_news_names(app14: Veille) -> None:
    incidents = app14.incidents(IncidentFilter(limit=20)).items
    found = {(i.date.value, i.place.name if i.place else None) for i in incidents}
    assert {
        ("2017-08-17", "Barcelona"),
        ("2017-04-07", "Stockholm"),
        ("2020-02-19", "Hanau am Main"),
        ("2020-10-29", "Nice"),
        ("2024-01-28", "Jordan"),  # not "Iraq": the strikes' place in the same headline
    } <= found
    assert not [i for i in incidents if i.place and i.place.country in {"IQ", "SY"}]
    (hanau,) = [i for i in incidents if i.place and i.place.country == "DE"]
    assert hanau.killed is not None and hanau.killed.best == 9


def test_foreign_fighters_broken_down_by_country(app14: Veille) -> None:
    fighters = [f for f in records(app14, "figures") if f["category"] == "foreign_fighters_left"]
    by_country = {(f["country"], f["quantity"]["text"]) for f in fighters}
    assert by_country == {
        (None, "Between 27,000 and 31,000"),
        (None, "About 5,000"),
        ("FR", "Around 1,700"),
        ("GB", "760"),
        ("DE", "760"),
        ("BE", "some 470"),
    }
    # "Police have detained four suspects linked to the cell": an arrest (its count is the
    # action's), and "three Moroccans" is no figure either
    detained = [f for f in records(app14, "figures") if f["category"] == "detained"]
    assert detained == []
    arrests = [a for a in records(app14, "actions") if a["kind"] == "arrest"]
    assert 4 in {(a["count"] or {}).get("value") for a in arrests}


def test_measures_announced_and_the_level_kept(app14: Veille) -> None:
    actions = records(app14, "actions")
    deployments = {
        (a["status"], a["count"]["value"] if a["count"] else None)
        for a in actions
        if a["kind"] == "deployment"
    }
    assert deployments == {("announced", 7000), ("announced", None)}  # Sentinelle, Seehofer
    (strike,) = [a for a in actions if a["kind"] == "air_strike"]
    assert (strike["date"], strike["what"]) == ("2024-02-02", "more than 85 targets")
    (stockholm,) = [a for a in actions if a["kind"] == "arrest" and a["country"] == "SE"]
    assert (stockholm["date"], stockholm["place"]) == ("2017-04-07", "Märsta")
    (spain,) = app14.alert_timeline("ES")
    assert (spain["level"], spain["change"]) == ("4", "maintained")
    (france,) = app14.alert_timeline("FR")
    assert (france["level"], france["change"]) == ("urgence-attentat", "raised")


# ------------- Halle, Samuel Paty, RAF strikes in Syria, the UK level lowered, Europol, the BfV
# Written for the test after a first run on them found Europol's yearly count of attacks stored
# as an incident in The Hague, "extend the bombing campaign" as an attack in Syria, the killing
# of Samuel Paty dated and placed by the raids that followed it, the report's dateline taken for
# its speaker, and fighters "believed to have been killed" counted as fighters who left.

WEEK15 = ROOT / "tests" / "data" / "week15"


@pytest.fixture(scope="module")
def app15(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK15, tmp_path_factory)


def test_three_attacks_and_no_incident_from_a_report_or_a_campaign(app15: Veille) -> None:
    incidents = app15.incidents(IncidentFilter(limit=20)).items
    found = {(i.date.value, i.place.name if i.place else None) for i in incidents}
    assert found == {
        ("2019-10-09", "Halle (Saale)"),
        ("2020-10-16", "Conflans-Sainte-Honorine"),  # three days before the raids, not Paris
        # "raised to severe in November after a bomb exploded in a taxi outside Liverpool
        # Women's Hospital", told in February: an attack of the last months, in no knowledge
        # base, is an incident dated by what the text says
        ("2021-11", "Liverpool"),
    }
    (halle,) = [i for i in incidents if i.place and i.place.country == "DE"]
    assert halle.killed is not None and halle.killed.best == 2


def test_raids_strikes_and_jets_sent(app15: Veille) -> None:
    actions = records(app15, "actions")
    (raid,) = [a for a in actions if a["kind"] == "raid"]
    assert (raid["date"], raid["count"]["qualifier"], raid["place"]) == (
        "2020-10-19",
        "dozens",
        None,
    )
    (strike,) = [a for a in actions if a["kind"] == "air_strike"]
    assert (strike["date"], strike["country"]) == ("2015-12-03", "SY")
    (jets,) = [a for a in actions if a["kind"] == "deployment"]
    assert (jets["status"], jets["country"]) == ("announced", "CY")
    (expulsion,) = [a for a in actions if a["kind"] == "expulsion"]
    assert (expulsion["status"], expulsion["count"]["value"]) == ("announced", 231)


def test_yearly_figures_with_their_publishers(app15: Veille) -> None:
    figures = {(f["category"], f["quantity"]["value"]): f for f in records(app15, "figures")}
    assert figures[("detained", 1004)]["place"] is None  # "most of them in Britain, ..."
    assert figures[("other", 119)]["said_by"] == "the European police agency Europol"
    assert figures[("foreign_fighters_left", 1050)]["country"] == "DE"
    assert figures[("foreign_fighters_killed", 200)]["said_by"] == "the BfV agency"
    assert figures[("under_watch", 2240)]["counted"] == "Islamists"
    assert ("other", 50) not in figures  # the worshippers in the synagogue: the scene


def test_the_uk_level_lowered_and_the_raise_it_recalls(app15: Veille) -> None:
    timeline = [(a["effective"], a["level"], a["change"]) for a in app15.alert_timeline("GB")]
    assert timeline == [("2021-11", "severe", "raised"), ("2022-02-09", "substantial", "lowered")]


# -------- Magdeburg told twice, Mannheim, the TUSAS attack and Turkey's strikes, the Dutch level
# lowered, the ICSR count of foreigners who joined Islamic State, arrests in Catalonia
# Written for the test after a first run on them found police raids stored as an attack in
# Catalonia, the PKK named as the attackers' group but not kept, the ICSR's women and children
# counted as "other" and its returnees counted as children, and "Two of those arrested were
# later released" stored as a new arrest.

WEEK16 = ROOT / "tests" / "data" / "week16"


@pytest.fixture(scope="module")
def app16(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK16, tmp_path_factory)


def test_attacks_with_their_tolls_and_group(app16: Veille) -> None:
    incidents = app16.incidents(IncidentFilter(limit=20)).items
    found = {(i.date.value, i.place.name if i.place else None, len(i.articles)) for i in incidents}
    assert found == {
        ("2024-12-20", "Magdeburg", 2),  # the toll told again three days later
        ("2024-05-31", "Mannheim", 1),
        ("2024-10-23", "Ankara", 1),
    }
    by_place = {i.place.name: i for i in incidents if i.place}
    assert by_place["Magdeburg"].killed is not None and by_place["Magdeburg"].killed.best == 6
    assert [g.id for g in by_place["Ankara"].perpetrator_groups] == ["pkk"]


def test_strikes_and_arrests_that_followed(app16: Veille) -> None:
    actions = records(app16, "actions")
    (strike,) = [a for a in actions if a["kind"] == "air_strike"]
    assert (strike["date"], strike["what"], strike["actor"]["id"]) == (
        "2024-10-23",
        "32 targets",
        "turkish-armed-forces",
    )
    arrests = [a for a in actions if a["kind"] == "arrest"]
    assert len(arrests) == 2  # nine in Catalonia and the driver; not "those arrested"
    (nine,) = [a for a in arrests if a["count"]]
    assert (nine["count"]["value"], nine["date"], nine["country"]) == (9, "2019-01-15", "ES")
    timeline = [(a["effective"], a["level"], a["change"]) for a in app16.alert_timeline("NL")]
    assert timeline == [("2013-03", "4", "in force"), ("2019-12-10", "3", "lowered")]


def test_foreigners_who_joined_islamic_state_and_their_parts(app16: Veille) -> None:
    figures = [f for f in records(app16, "figures") if f["category"].startswith("foreign")]
    found = {(f["category"], f["quantity"]["value"], f["counted"]) for f in figures}
    assert {
        ("foreign_fighters_left", 41490, "people"),
        ("foreign_fighters_left", 4761, "women"),
        ("foreign_fighters_left", 4640, "children"),
        ("foreign_fighters_returned", 7366, "people"),
    } <= found


# ------ Fishmongers' Hall, Streatham, the Metrojet bomb and Russia's strikes, Belgian fighters,
# Oslo 2022 (Norway has no scheme here: no alert), the Lyon parcel bomb
# Written for the test after a first run on them found Streatham split from "south London" the
# day before, the Sinai bombing placed in Russia ("Russia says ...") with no toll ("killing all
# 224"), Russia's long-range bombers stored as a bombing, "another 60" counted as returnees and
# "people convicted of terrorism offences" as a conviction.

WEEK17 = ROOT / "tests" / "data" / "week17"


@pytest.fixture(scope="module")
def app17(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK17, tmp_path_factory)


def test_one_incident_per_attack_and_none_for_bombers(app17: Veille) -> None:
    incidents = app17.incidents(IncidentFilter(limit=20)).items
    found = {(i.date.value, i.place.country if i.place else None) for i in incidents}
    assert found == {
        ("2022-06-25", "NO"),
        ("2020-02-02", "GB"),  # Streatham, "a day after" Monday
        ("2019-11-29", "GB"),
        ("2019-05-24", "FR"),
        ("2015-10", "EG"),
    }
    (sinai,) = [i for i in incidents if i.place and i.place.country == "EG"]
    assert sinai.killed is not None and sinai.killed.best == 224
    # Norway's PST scale (kb/alert_levels.json): "extraordinary", the highest, is level 5
    (oslo_level,) = app17.alert_timeline("NO")
    # the sentence gives no day: the level held by the article's, no earlier day is invented
    assert (oslo_level["level"], oslo_level["change"], oslo_level["effective"]) == (
        "5",
        "raised",
        None,
    )
    assert oslo_level["not_after"] == "2022-06-25"


def test_belgian_fighters_and_no_generic_conviction(app17: Veille) -> None:
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app17, "figures")}
    assert figures == {
        ("foreign_fighters_left", 413),
        ("foreign_fighters_killed", 150),
        ("foreign_fighters_returned", 130),
        ("other", 60),
    }
    actions = records(app17, "actions")
    assert not [a for a in actions if a["what"] == "terrorism offences"]
    (law,) = [a for a in actions if a["kind"] == "law"]
    assert law["status"] == "announced"


# ------------- Munich told twice, Villach, Germany's deportations after Solingen, MI5's count of
# plots, the BfV's counts of extremists
# Written for the test after a first run on them found the Solingen attack dated by the arrest
# of its suspect and given to the Taliban named in the same sentence, the deportees' convictions
# stored as a conviction and the deportees counted as returned fighters, and "fell slightly to
# 27,200" not read.

WEEK18 = ROOT / "tests" / "data" / "week18"


@pytest.fixture(scope="module")
def app18(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK18, tmp_path_factory)


def test_attacks_dated_by_their_own_day(app18: Veille) -> None:
    incidents = app18.incidents(IncidentFilter(limit=20)).items
    found = {
        (i.date.value, i.place.country if i.place else None, len(i.articles)) for i in incidents
    }
    assert found == {
        ("2025-02-13", "DE", 2),  # Munich, told again when the injured rose to 39
        ("2025-02-15", "AT", 1),
        ("2024-08-23", "DE", 1),  # Solingen, "a week after" the deportations on Friday
    }
    (solingen,) = [i for i in incidents if i.date.value == "2024-08-23"]
    assert [g.id for g in solingen.perpetrator_groups] == ["islamic-state"]
    (munich,) = [i for i in incidents if i.date.value == "2025-02-13"]
    assert munich.wounded is not None and munich.wounded.best == 39
    # "a 37-year-old woman and her two-year-old daughter have died"; "stabbed a 14-year-old boy
    # to death": deaths told without a number
    assert munich.killed is not None and munich.killed.best == 2
    (villach,) = [i for i in incidents if i.date.value == "2025-02-15"]
    assert villach.killed is not None and villach.killed.best == 1


def test_deportations_are_an_action_not_figures(app18: Veille) -> None:
    actions = records(app18, "actions")
    assert {a["kind"] for a in actions} == {"expulsion", "arrest"}
    (expulsion,) = [a for a in actions if a["kind"] == "expulsion"]
    assert (expulsion["count"]["value"], expulsion["country"]) == (28, "AF")
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app18, "figures")}
    assert figures == {
        ("plots_foiled", 43),
        ("other", 40600),
        ("other", 27200),
        ("other", 14500),
        ("other", 38800),  # "rose to 40,600 in 2023 from 38,800 a year earlier"
    }
    (earlier,) = [f for f in records(app18, "figures") if f["quantity"]["value"] == 38800]
    assert (earlier["period_start"], earlier["period_end"]) == ("2022", "2022")


# ---------------- Brussels 2016 with Belgium at level four, Sri Lanka's toll rising, UK arrests
# Written for the test after a first run on them found Sri Lanka's Easter Sunday bombings dated
# on the day the toll rose, and "deployed thousands of troops" not read as a deployment.

WEEK19 = ROOT / "tests" / "data" / "week19"


@pytest.fixture(scope="module")
def app19(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK19, tmp_path_factory)


def test_attacks_dated_by_their_day_not_their_toll(app19: Veille) -> None:
    incidents = app19.incidents(IncidentFilter(limit=20)).items
    found = {(i.date.value, i.place.country if i.place else None) for i in incidents}
    assert found == {("2016-03-22", "BE"), ("2019-04-21", "LK")}
    (be,) = app19.alert_timeline("BE")
    assert (be["rank"], be["change"]) == (4, "raised")
    actions = records(app19, "actions")
    (troops,) = [a for a in actions if a["kind"] == "deployment"]
    assert (troops["what"], troops["count"]["qualifier"]) == ("troops", "thousands")
    counted = {(a["kind"], a["count"]["value"]) for a in actions if a["count"]}
    assert {("arrest", 18), ("arrest", 58)} <= counted
    # "216 arrests ... in the year to June 30, ..., Home Office figures showed": statistics, a
    # figure and no arrest action (week 38's gold, the same bulletin of another year, says so)
    assert ("arrest", 216) not in counted
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app19, "figures")}
    assert ("detained", 216) in figures


# ------------------ Brussels 2023 with Belgium at level four, Arras with Vigipirate at "urgence
# attentat", the Istiklal bombing, its arrests and Turkey's strikes, Sweden's level raised in
# 2023, the Netherlands' count of its fighters
# Written for the test after a first run on them found "a legitimate target for terrorist
# attacks" stored as an attack in Sweden, the headline "air strikes ... in Syria and Iraq after
# Istanbul bomb" stored as a bombing in Syria, "shot dead two ... and wounded a third" with no
# toll, "had been at three, or elevated, since 2016" read as a raise, France's one raise told
# twice (once undated), and the 35,000 spectators kept in the stadium counted as a figure.

WEEK20 = ROOT / "tests" / "data" / "week20"


@pytest.fixture(scope="module")
def app20(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK20, tmp_path_factory)


def test_one_incident_per_attack_with_its_tolls(app20: Veille) -> None:
    incidents = app20.incidents(IncidentFilter(limit=20)).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
            len(i.articles),
        )
        for i in incidents
    }
    assert found == {
        ("2023-10-16", "Brussels", 2, 1, 1),
        ("2023-10-13", "Arras", 1, 3, 1),
        ("2022-11-13", "Istanbul", 6, 81, 2),  # told again by the article on the strikes
    }
    actions = records(app20, "actions")
    (strike,) = [a for a in actions if a["kind"] == "air_strike"]
    istanbul = next(i for i in incidents if i.place and i.place.name == "Istanbul")
    assert strike["date"] == "2022-11-20"
    assert (
        strike["answers_incident"] is not None and strike["answers_incident"]["id"] == istanbul.id
    )


def test_alert_changes_once_each_with_the_level_held_before(app20: Veille) -> None:
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"]) for a in records(app20, "alerts")
    }
    assert alerts == {
        ("BE", "4", "raised", "2023-10-16"),
        ("FR", "urgence-attentat", "raised", "2023-10-13"),
        ("SE", "4", "raised", "2023-08-17"),
        ("SE", "3", "in force", "2016"),
        ("NL", "4", "maintained", None),
    }
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app20, "figures")}
    assert ("foreign_fighters_left", 310) in figures
    assert ("foreign_fighters_returned", 60) in figures
    assert not [v for _, v in figures if v == 35000]


# -------------- Trèbes told twice, the Utrecht tram and its province's level, Europol's count of
# 2017, the Cologne cathedral plot
# Written for the test after a first run on them found: the Utrecht raise to five stored as the
# whole country's level, the national level "at four since March 2013" lost (its record took the
# id of the province's), "205 foiled, failed or completed terrorist attacks" counted as arrests,
# the plot to attack Cologne cathedral not read, "on Christmas Eve" not read and then given to
# the Vienna arrests of Saturday, the Utrecht gunman arrested in Turkey (where he was born), and
# the arrest of the Trèbes attacker's girlfriend tied to no attack.

WEEK21 = ROOT / "tests" / "data" / "week21"


def run_cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), stdout=out), out.getvalue()


@pytest.fixture(scope="module")
def app21(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK21, tmp_path_factory)


def test_two_attacks_told_twice_and_a_plot(app21: Veille) -> None:
    incidents = app21.incidents(IncidentFilter(limit=20)).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            i.status,
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
            len(i.articles),
        )
        for i in incidents
    }
    assert found == {
        ("2018-03-23", "Carcassonne", "attack", 4, 16, 2),
        ("2019-03-18", "Utrecht", "attack", 3, 5, 2),
        ("2023-12-31", "Cologne", "plot", None, None, 1),
    }
    trebes = next(i for i in incidents if i.place and i.place.name == "Carcassonne")
    assert trebes.killed is not None
    assert {c.value for c in trebes.killed.claims} == {3, 4}  # the toll rose: both kept
    assert [g.name for g in trebes.perpetrator_groups] == ["Islamic State"]
    ids = {i.place.name: i.id for i in incidents if i.place}
    actions = records(app21, "actions")
    arrests = {
        (a["what"], a["date"], a["place"], (a["answers_incident"] or {}).get("id"))
        for a in actions
        if a["kind"] == "arrest"
    }
    assert {
        (
            "the attacker's 18-year-old girlfriend and a 17-year-old friend of his",
            None,
            "Carcassonne",
            ids["Carcassonne"],
        ),
        ("a 37-year-old man", None, None, None),  # born in Turkey, not arrested there
        ("more men", "2023-12-31", None, ids["Cologne"]),
        ("people", "2023-12-30", "Vienna", None),
        (None, "2023-12-24", "Wesel", None),
    } <= arrests


def test_a_province_level_and_the_national_one(app21: Veille) -> None:
    alerts = {
        (a["region"], a["level"], a["change"], a["effective"])
        for a in records(app21, "alerts")
        if a["country"] == "NL"
    }
    assert alerts == {
        ("Utrecht", "5", "raised", None),
        ("Utrecht", "4", "lowered", "2019-03-19"),
        (None, "4", "maintained", "2013-03"),
    }
    timeline = app21.alert_timeline("NL")
    # the raise is undated but held by the day of its article, before the day it was lowered
    assert [(r["region"], r["level"]) for r in timeline] == [
        (None, "4"),
        ("Utrecht", "5"),
        ("Utrecht", "4"),
    ]
    code, out = run_cli("--db", app21.settings.db, "alerts", "NL")
    assert code == 0 and "whole country" in out and "Utrecht" in out


def test_europol_counts_of_2017(app21: Veille) -> None:
    figures = {(f["category"], f["quantity"]["value"]): f for f in records(app21, "figures")}
    attacks = figures[("other", 205)]
    assert attacks["counted"] == "terrorist attacks"
    assert (
        attacks["period_start"] == "2017" and attacks["said_by"] == "the EU police agency Europol"
    )
    assert figures[("detained", 975)]["period_start"] == "2017"
    assert ("detained", 705) in figures
    assert ("detained", 205) not in figures and ("detained", 1000) not in figures


# -------------- Copenhagen told twice with Denmark's level, Turku, the Ansbach festival bomb,
# Egypt's strikes in Libya, the EU's count of Europeans in Syria
# Written for the test after a first run on them found: no Danish (nor Norwegian) alert scheme,
# "blew himself up" read as no attack (Ansbach undated and without its 15 wounded), the
# headline's "Up to 6,000" kept beside the body's "between 5,000 and 6,000", a count said "on
# Monday" left undated, "about 1,450 of its nationals" given no country, and "charged two men" and
# "detained four more Moroccan men" stored as tracked figures besides their actions.

WEEK22 = ROOT / "tests" / "data" / "week22"


@pytest.fixture(scope="module")
def app22(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK22, tmp_path_factory)


def test_copenhagen_once_ansbach_dated_and_recalled_attacks_undated(app22: Veille) -> None:
    incidents = app22.incidents(IncidentFilter(limit=20)).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
            len(i.articles),
        )
        for i in incidents
    }
    assert {
        ("2015-02-15", "Copenhagen", 2, 5, 2),
        ("2017-08-18", "Turku", 2, 8, 1),
        ("2016-07-24", "Ansbach", None, 15, 1),  # the bomber's own death is no victim
    } <= found
    # "following an axe attack near Wuerzburg and a shooting spree in Munich": told, not dated
    assert {(d, p) for d, p, *_ in found if p in {"Munich", "Würzburg"}} == {
        (None, "Munich"),
        (None, "Würzburg"),
    }
    ansbach = next(i for i in incidents if i.place and i.place.name == "Ansbach")
    assert [g.id for g in ansbach.perpetrator_groups] == ["islamic-state"]


def test_danish_level_strikes_and_arrests(app22: Veille) -> None:
    (level,) = app22.alert_timeline("DK")
    assert (level["scheme"], level["level"], level["change"]) == ("dk-cta", "4", "maintained")
    actions = {
        (a["kind"], a["date"], (a["count"] or {}).get("value")) for a in records(app22, "actions")
    }
    assert {
        ("charge", "2015-02-16", 2),
        ("air_strike", "2015-02-16", None),
        ("arrest", "2017-08-18", None),
        ("arrest", None, 4),
    } <= actions


def test_europeans_in_syria_counted_once_as_of_the_day_said(app22: Veille) -> None:
    figures = records(app22, "figures")
    assert [
        (f["category"], f["quantity"]["min"], f["quantity"]["max"], f["country"])
        for f in figures
        if f["quantity"]["value"] is None
    ] == [("foreign_fighters_left", 5000, 6000, None)]
    eu = next(f for f in figures if f["quantity"]["value"] is None)
    assert eu["as_of"] == "2015-04-13" and "Vera Jourova" in eu["said_by"]
    france = next(f for f in figures if f["quantity"]["value"] == 1450)
    assert (france["category"], france["country"]) == ("foreign_fighters_left", "FR")
    assert len(figures) == 2  # the charge and the arrests are actions, not tracked figures


# -------------- The Verviers raid with Belgium's level, Jordan's strikes after its pilot's killing,
# Britain raised to severe in 2014, France's soldiers after the January 2015 attacks, Germany's
# foreign fighters
# Written for the test after a first run on them found: "foiling ... a plot to kill police
# officers" read as no incident, the two suspects police killed counted as its victims, "a woman
# convicted over a 2005 hotel bombing" convicted on the day of her hanging, "hanged two Iraqi
# jihadists" counted as detainees, and an arrest "at the scene" dated by the news conference.

WEEK23 = ROOT / "tests" / "data" / "week23"


@pytest.fixture(scope="module")
def app23(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK23, tmp_path_factory)


def test_a_foiled_plot_without_the_suspects_as_victims(app23: Veille) -> None:
    incidents = app23.incidents(IncidentFilter(limit=20)).items
    verviers = next(i for i in incidents if i.place and i.place.name == "Verviers")
    assert (verviers.status, verviers.date.value, verviers.killed) == ("foiled", "2015-01-15", None)
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"]) for a in records(app23, "alerts")
    }
    assert alerts == {("BE", "3", "raised", "2015-01-16"), ("GB", "severe", "raised", "2014-08-29")}


def test_strikes_deployments_and_no_invented_days(app23: Veille) -> None:
    actions = {
        (a["kind"], a["date"], (a["count"] or {}).get("value")) for a in records(app23, "actions")
    }
    assert {
        ("air_strike", "2015-02-05", None),
        ("raid", "2015-01-15", None),
        ("deployment", "2015-01-16", 300),
        ("deployment", None, 10000),
        ("arrest", None, 13),
        ("conviction", None, None),  # "convicted over a 2005 hotel bombing": not the hanging's day
    } <= actions
    assert ("arrest", "2015-01-16", None) not in actions  # told on Friday, done on Thursday


def test_german_fighters_and_no_executed_detainees(app23: Veille) -> None:
    figures = {
        (f["category"], f["quantity"]["value"], f["country"]) for f in records(app23, "figures")
    }
    assert figures == {
        ("foreign_fighters_left", 600, "DE"),
        ("foreign_fighters_returned", 180, "DE"),
        ("foreign_fighters_killed", 60, "DE"),
        ("foreign_fighters_left", 500, "GB"),
    }


# -------------- Christchurch told twice with New Zealand's level, Britain's returnees by share,
# a day of coalition strikes
# Written for the test after a first run on them found: no New Zealand alert scheme, "lifted from
# low to high" read as no change, "wounded dozens" published as a best toll of 24, "three men and
# a woman" counted as three, and "a vehicle bomb factory" hit by air strikes stored as a bombing
# in Mosul, and "about 40 percent of them have returned" read as nothing (figures now carry
# shares as `percent`, with no count).

WEEK24 = ROOT / "tests" / "data" / "week24"


@pytest.fixture(scope="module")
def app24(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK24, tmp_path_factory)


def test_christchurch_once_with_its_rising_toll_and_new_zealand_s_level(app24: Veille) -> None:
    (attack,) = app24.incidents(IncidentFilter(limit=20)).items
    assert attack.place is not None and attack.place.name == "Christchurch"
    assert (attack.date.value, len(attack.articles)) == ("2019-03-15", 2)
    assert attack.killed is not None and attack.killed.best == 50
    assert sorted(c.value or 0 for c in attack.killed.claims) == [49, 49, 50]
    assert attack.wounded is not None
    # "dozens", and "Thirty-four people remained in hospital": at least 34
    assert (attack.wounded.best, attack.wounded.minimum) == (34, 34)
    (level,) = app24.alert_timeline("NZ")
    assert (level["scheme"], level["level"], level["previous_level"], level["change"]) == (
        "nz-ctag",
        "5",
        "3",
        "raised",
    )


def test_a_day_of_strikes_and_arrests_without_a_wrong_count(app24: Veille) -> None:
    actions = records(app24, "actions")
    (strikes,) = [a for a in actions if a["kind"] == "air_strike"]
    assert (strikes["date"], strikes["count"]["value"]) == ("2017-01-08", 21)
    (arrest,) = [a for a in actions if a["kind"] == "arrest"]
    assert (arrest["count"], arrest["what"]) == (None, "three men and a woman")
    figures = {
        (f["category"], f["quantity"]["value"], f["quantity"]["percent"], f["country"], f["as_of"])
        for f in records(app24, "figures")
    }
    # shares of the 900 counted before: no count is written, so none is invented
    assert figures == {
        ("foreign_fighters_left", 900, None, "GB", "2019-02-11"),
        ("foreign_fighters_returned", None, 40, "GB", "2019-02-11"),
        ("foreign_fighters_killed", None, 20, "GB", None),  # "Wallace told parliament": no day
    }


WEEK25 = ROOT / "tests" / "data" / "week25"


@pytest.fixture(scope="module")
def app25(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK25, tmp_path_factory)


def test_a_church_attack_a_train_attack_and_paris_recalled_by_its_strikes(app25: Veille) -> None:
    incidents = {
        i.place.name if i.place else None: i for i in app25.incidents(IncidentFilter()).items
    }
    # no Raqqa "bombing" (France's air strike), no new Brussels incident (March 2016 is history)
    assert set(incidents) == {"Saint-Étienne-du-Rouvray", "Würzburg", "Paris"}
    church = incidents["Saint-Étienne-du-Rouvray"]
    assert (church.date.value, len(church.articles)) == ("2016-07-26", 2)
    assert church.killed is not None and church.killed.best == 1  # "two attackers killed"
    assert church.wounded is not None and church.wounded.best == 1  # "another hostage"
    assert [g.name for g in church.perpetrator_groups] == ["Islamic State"]
    train = incidents["Würzburg"]
    assert (train.date.value, [g.name for g in train.perpetrator_groups]) == (
        "2016-07-18",
        ["Islamic State"],  # "Amaq said the attacker was one of its fighters"
    )
    assert train.wounded is not None and train.wounded.best == 5
    paris = incidents["Paris"]  # "two days after ... attacks in Paris that killed 129 people"
    assert (paris.date.value, paris.killed.best if paris.killed else None) == ("2015-11-13", 129)
    (reference,) = [r for r in records(app25, "references") if r["known_incident"]]
    assert reference["known_incident"]["name"] == "2016 Brussels bombings"


def test_the_night_of_raids_the_strikes_and_the_arrest_over_the_church(app25: Veille) -> None:
    actions = records(app25, "actions")
    by_kind = {(a["kind"], (a["count"] or {}).get("value")): a for a in actions}
    for key in [("raid", 168), ("arrest", 23), ("seizure", 31)]:
        # "carried out 168 raids overnight, ..., the minister said on Monday"
        assert by_kind[key]["date"] == "2015-11-16"
    strike = by_kind[("air_strike", None)]
    assert (strike["date"], strike["actor"]["name"]) == ("2015-11-15", "French Armed Forces")
    (detained,) = [a for a in actions if a["what"] == "a 30-year-old man"]
    assert detained["actor"]["name"] == "Police nationale (France)"  # not the dateline "PARIS"
    assert detained["answers_incident"]["kind"] == "incident"


def test_belgium_s_level_and_french_fighters_with_their_speaker(app25: Veille) -> None:
    levels = app25.alert_timeline("BE")
    assert [(lv["effective"], lv["level"], lv["change"]) for lv in levels] == [
        ("2016-03", "3", "in force"),
        ("2018-01-26", "2", "lowered"),
    ]
    figures = {
        (
            f["category"],
            f["quantity"]["value"] or f["quantity"]["min"],
            f["country"],
            f["said_by"],
        )
        for f in records(app25, "figures")
    }
    castaner = "Interior Minister Christophe Castaner"
    assert figures == {
        ("foreign_fighters_left", 1700, "FR", castaner),
        ("foreign_fighters_killed", 300, "FR", castaner),
        # "are still in Syria's northeast, ..., he told France 2 television": those who remain
        # (weeks 33 and 35 count them so), not all who left
        ("other", 450, "FR", castaner),
        ("foreign_fighters_returned", 260, "FR", None),
        ("detained", 104, None, "Interior Minister Bernard Cazeneuve"),  # house arrest
    }


# ------------- Champs-Elysees 2017, Liege 2018, David Amess 2021, al-Sahrawi, Europol's tallies
# Run first as a new user would, before writing this test. The first run found the victim of
# "British lawmaker David Amess stabbed to death" taken for his killer, "Leigh-on-Sea" read as
# Leigh (Greater Manchester) and then left for the dateline's London, "kills two police officers
# and a bystander" counted as two, "level 2 of 4" and "Britain's national terrorism threat level"
# not read, "held three members of the gunman's family in custody" a figure instead of an
# arrest, Europol's "388 people were arrested ... in 2021" an arrest, the deployment "to secure
# Sunday's vote" dated the Sunday before, no strike in "killed in a strike by French forces",
# the murder charge dropped for want of a terrorism word, and "travelled ... to engage with the
# conflict in Syria and Iraq" not counted as foreign fighters.

WEEK26 = ROOT / "tests" / "data" / "week26"


@pytest.fixture(scope="module")
def app26(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK26, tmp_path_factory)


def test_three_attacks_each_one_incident_with_its_victims_and_killers(app26: Veille) -> None:
    incidents = {
        i.place.name if i.place else None: i for i in app26.incidents(IncidentFilter()).items
    }
    assert set(incidents) == {"Paris", "Liège", "Leigh-on-Sea"}
    paris, liege, leigh = incidents["Paris"], incidents["Liège"], incidents["Leigh-on-Sea"]
    assert (paris.date.value, len(paris.articles)) == ("2017-04-20", 2)
    assert [g.name for g in paris.perpetrator_groups] == ["Islamic State"]
    # the name Amaq gave and the one the prosecutor gave ("the gunman was Karim Cheurfi")
    assert paris.perpetrators == ["Abu Yousif al-Beljiki", "Karim Cheurfi"]
    assert paris.killed is not None and paris.killed.best == 1
    assert (liege.date.value, liege.perpetrators) == ("2018-05-29", ["Benjamin Herman"])
    assert liege.killed is not None and liege.killed.best == 3  # two officers and a bystander
    assert liege.wounded is not None and liege.wounded.best == 4
    # the charge article places the murder nowhere but the dateline: the victim ties the two
    assert (leigh.date.value, leigh.victims, leigh.perpetrators) == (
        "2021-10-15",
        ["David Amess"],
        [],
    )
    assert len(leigh.articles) == 2


def test_custody_searches_a_deployment_a_strike_and_a_charge(app26: Veille) -> None:
    actions = {
        (a["kind"], a["date"], (a["count"] or {}).get("value"), a["status"])
        for a in records(app26, "actions")
    }
    assert {
        ("arrest", "2017-04-21", 3, "carried out"),  # held in custody on Friday
        ("search", "2017-04-21", None, "carried out"),  # his home in Chelles
        ("deployment", "2017-04-23", None, "announced"),  # to secure Sunday's vote
        ("air_strike", "2021-08", None, "carried out"),  # "a strike by French forces in August"
        ("charge", "2021-10-21", None, "carried out"),  # murder, and "also" terrorism: one
        ("search", None, 3, "carried out"),  # three addresses in the London area
    } <= actions
    assert not any(kind == "arrest" and count == 388 for kind, _, count, _ in actions)
    (charge,) = [a for a in records(app26, "actions") if a["kind"] == "charge"]
    assert len([e for e in charge["evidence"] if e["field"] == "kind"]) == 2


def test_levels_kept_in_belgium_and_britain_and_the_year_s_figures(app26: Veille) -> None:
    alerts = {(a["country"], a["level"], a["change"]) for a in records(app26, "alerts")}
    assert alerts == {("BE", "2", "maintained"), ("GB", "substantial", "maintained")}
    figures = {
        (f["category"], f["quantity"]["value"], f["quantity"]["percent"])
        for f in records(app26, "figures")
    }
    assert {
        ("detained", 388, None),  # Europol's arrests of 2021: a figure, not an act
        ("foreign_fighters_left", 900, None),
        ("foreign_fighters_returned", None, 40),  # "of whom about 40 percent have returned"
    } <= figures
    assert not any(category == "detained" and value == 3 for category, value, _ in figures)


# --- week 27: Brussels 2014, Reading 2020, France's first strike in Iraq, the UK's level, ICCT

WEEK27 = ROOT / "tests" / "data" / "week27"


@pytest.fixture(scope="module")
def app27(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK27, tmp_path_factory)


def test_two_attacks_reported_twice_and_four_recalled(app27: Veille) -> None:
    incidents = app27.incidents(IncidentFilter()).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            i.killed.best if i.killed else None,
            len(i.articles),
        )
        for i in incidents
    }
    assert {
        # "attacked members of the public with a knife" on Saturday; the charge article's
        # "in the English town of Reading" (a common word the gazetteer's scan leaves out)
        ("2020-06-20", "Reading", 3, 2),
        ("2014-05-24", "Brussels", 3, 2),  # the museum, and the arrest in Marseille
        ("2020-11-02", "Vienna", 4, 1),
        ("2020-10-29", "Nice", 3, 1),
    } <= found
    (reading,) = [i for i in incidents if i.place and i.place.name == "Reading"]
    assert reading.wounded is not None and reading.wounded.best == 3
    assert reading.perpetrators == ["Khairi Saadallah"]


def test_arrests_at_the_scene_the_charge_told_twice_and_a_manhunt(app27: Veille) -> None:
    actions = records(app27, "actions")
    arrests = {(a["date"], a["what"]) for a in actions if a["kind"] == "arrest"}
    assert {
        ("2014-05-30", "Mehdi Nemmouche"),
        # "arrested at the scene": the attack's day
        ("2020-06-20", "a 25-year-old man from Reading"),
        ("2020-06-20", "Saadallah"),
    } <= arrests
    # the lead's "A 29-year-old Frenchman ... has been arrested" is the same arrest
    assert not [w for _, w in arrests if w and w.startswith("A 29-year-old")]
    # "police were still searching for him": a manhunt, not a search of premises
    assert not [a for a in actions if a["kind"] == "search"]
    # the lead's "charged with murdering three people" and "charged on Saturday with three
    # counts of murder": one charge
    (charge,) = [a for a in actions if a["kind"] == "charge"]
    assert charge["date"] == "2020-06-27"
    (french,) = [a for a in actions if a["kind"] == "air_strike" and a["date"] == "2014-09-19"]
    assert french["what"] == "a logistics depot"


def test_britain_raises_its_national_terrorism_threat_level_and_recalls_two_periods(
    app27: Veille,
) -> None:
    alerts = {
        (a["level"], a["change"], a["effective"], a["period_end"], a["said_by"])
        for a in records(app27, "alerts")
        if a["country"] == "GB"
    }
    assert alerts == {
        ("severe", "raised", "2020-11-03", None, "Home Secretary Priti Patel"),
        ("substantial", "lowered", "2019-11", None, None),  # "since November 2019, when ..."
        ("severe", "raised", "2014-08", "2019-11", None),  # "It had been at severe from ..."
        ("substantial", "in force", None, None, None),  # Reading: "stands at substantial"
    }


def test_the_icct_s_foreign_fighters(app27: Veille) -> None:
    figures = {
        (
            f["category"],
            f["quantity"]["value"] or f["quantity"]["min"],
            f["quantity"]["percent"],
            f["place"],
            f["said_by"],
        )
        for f in records(app27, "figures")
    }
    icct = "the International Centre for Counter-Terrorism (ICCT)"
    assert {
        ("foreign_fighters_left", 3922, None, "Syria", icct),
        ("foreign_fighters_returned", None, 30, None, icct),
        # "14 percent of the fighters", after "... as foreign fighters"; the speaker's own
        # clause ("which is based in The Hague") is no place
        ("foreign_fighters_killed", None, 14, None, "the research centre"),
        # four countries together: no one place
        ("foreign_fighters_left", 2838, None, None, "the report"),
    } <= figures
    # "Three other people were wounded ... and all have since been discharged": a toll
    assert not any(category == "victims_total" for category, *_ in figures)


# --- week 28: Dresden 2020 and the verdict, Bir-Hakeim 2023 and the charge, the first Dutch and
# Belgian strikes of 2014, Austria's level of October 2023, Denmark's fighters, a court ruling

WEEK28 = ROOT / "tests" / "data" / "week28"


@pytest.fixture(scope="module")
def app28(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK28, tmp_path_factory)


def test_dresden_dated_by_its_day_and_bir_hakeim_reported_twice(app28: Veille) -> None:
    incidents = app28.incidents(IncidentFilter()).items
    found = {(i.date.value, i.place.name if i.place else None, len(i.articles)) for i in incidents}
    assert {
        # "earlier this month" in the lead, then "were stabbed in the old town on Oct. 4"; the
        # verdict's "jailed for life over Islamist knife attack on gay couple in Dresden", then
        # "were attacked ... in the old town on Oct. 4", seven months before: a past attack
        # told again, which adds the verdict's claims to the stored one and makes no other
        ("2020-10-04", "Dresden", 2),
        ("2023-12-02", "Paris", 2),
        ("2023-10-13", "Arras", 2),
        ("2023-10-16", "Brussels", 1),
    } <= found
    (dresden,) = [i for i in incidents if i.place and i.place.name == "Dresden"]
    assert [m.reason.split(";")[0] for m in dresden.merges] == ["told as a past attack"]
    # "Macron, who was on a visit to Qatar, ... describing the killing as a terrorist attack"
    assert not any(i.place and i.place.country == "QA" for i in incidents)
    # "released on Sept. 29, five days before the stabbing" dates no attack of its own
    assert not any(i.date.value == "2020-09-29" for i in incidents)


def test_strikes_dropped_and_begun_and_one_arrest_per_suspect(app28: Veille) -> None:
    actions = records(app28, "actions")
    strikes = {(a["date"], a["what"]) for a in actions if a["kind"] == "air_strike"}
    assert {
        ("2014-10-07", "armed Islamic State vehicles"),  # "dropped three bombs on ..."
        ("2014-10-05", None),  # Belgium's first, "on Sunday"
        ("2014-08-08", "Islamic State positions"),  # "The United States began bombing ..."
    } <= strikes
    deployments = {
        (a["status"], a["date"], (a["count"] or {}).get("value"))
        for a in actions
        if a["kind"] == "deployment"
    }
    # "The Netherlands has sent six F-16s"; "parliament voted last Thursday to send seven F-16s"
    assert {("carried out", None, 6), ("announced", "2014-10-02", 7)} <= deployments
    arrests = [a for a in actions if a["kind"] == "arrest"]
    # the headline's "arrest Syrian Islamist" (dropped for the body's), the lead's "a
    # 20-year-old Syrian man" and "The suspect was detained ... on Tuesday evening": one arrest
    dresden = [a for a in arrests if a["date"] and a["date"].startswith("2020-10")]
    (lead,) = [
        a
        for a in dresden
        if any("German police have arrested" in e["sentence"] for e in a["evidence"])
    ]
    assert [(a["date"], a["what"]) for a in dresden if a["article"] == lead["article"]] == [
        ("2020-10-20", "a 20-year-old Syrian man")
    ]
    # the verdict's "He was arrested almost three weeks after the stabbing, on Oct. 20": the
    # same arrest, told again (both articles report the Dresden incident)
    (again,) = [a for a in dresden if a["same_as"]]
    assert "both articles report incident" in again["same_as"]["reason"]
    # "before police arrested him" and "brought him down with a Taser and arrested him": one;
    # the charge article's "Police arrested him shortly afterwards" is that arrest told again
    bir_hakeim = [a for a in arrests if a["date"] == "2023-12-02"]
    assert len([a for a in bir_hakeim if not a["same_as"]]) == 1
    assert all(
        "both articles report incident" in a["same_as"]["reason"]
        for a in bir_hakeim
        if a["same_as"]
    )
    # "has been charged with murder and attempted murder" and "was placed under formal
    # investigation ... late on Wednesday": one charge
    charges = [(a["date"], a["what"]) for a in actions if a["kind"] == "charge"]
    assert charges == [("2023-12-06", "murder and attempted murder")]


def test_denmark_s_fighters_with_who_counted_them(app28: Veille) -> None:
    figures = {
        (f["category"], f["quantity"]["value"], f["quantity"]["qualifier"], f["said_by"])
        for f in records(app28, "figures")
    }
    pet = "the Danish Security and Intelligence Service (PET)"
    assert {
        ("foreign_fighters_left", 125, "at least", pet),
        ("foreign_fighters_killed", 27, "at least", None),
        # "According to figures PET provided earlier this year ...": PET
        ("foreign_fighters_left", 37, "about", "PET"),
        ("foreign_fighters_killed", 10, None, "PET"),
        # "The new figures show a slight rise since March, when PET said that at least 115 ..."
        ("foreign_fighters_left", 115, "at least", "PET"),
        ("foreign_fighters_killed", 19, "at least", "PET"),
    } <= figures


def test_austria_raises_its_level_to_high_and_recalls_increased(app28: Veille) -> None:
    austria = {
        (a["level"], a["change"], a["effective"], a["said_by"])
        for a in records(app28, "alerts")
        if a["country"] == "AT"
    }
    assert austria == {
        ("4", "raised", "2023-10-18", "Interior Minister Gerhard Karner"),
        ("3", "in force", "2022-03", None),  # "had stood at 'increased' ... since March 2022"
    }


# --- week 29: Levallois-Perret 2017 and the charge, Kongsberg 2021, Canada's first strike of
# 2014 and the October attacks, Sweden's and Spain's levels, Norway's fighters, Canada's bill

WEEK29 = ROOT / "tests" / "data" / "week29"


@pytest.fixture(scope="module")
def app29(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK29, tmp_path_factory)


def test_car_ramming_bow_attack_and_two_attacks_in_one_sentence(app29: Veille) -> None:
    incidents = app29.incidents(IncidentFilter()).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
            len(i.articles),
        )
        for i in incidents
    }
    assert {
        # "Driver rams soldiers", "drove a BMW into a group of soldiers ..., injuring six of
        # them, and police shot and arrested a suspect"; the charge article's "this month",
        # then "Six soldiers ... were injured when a black BMW accelerated into them ... on
        # Aug. 9" (the news conference of Aug. 23 dates no attack)
        ("2017-08-09", "Levallois-Perret", None, 6, 2),
        # "killed five people with a bow and arrows"; "the deadliest in Norway since July 22,
        # 2011, when Breivik killed 77 people ... on the island of Utoya" places nothing
        ("2021-10-13", "Kongsberg", 5, 3, 1),
        # "Vincent was run down by a car in Saint-Jean-sur-Richelieu, Quebec, on Oct. 20, and
        # Corporal Nathan Cirillo was shot dead on Oct. 22 ... at the National War Memorial in
        # Ottawa": two attacks, "Quebec" only says where the town lies
        ("2014-10-20", "Saint-Jean-sur-Richelieu", None, None, 1),
        ("2014-10-22", "Ottawa", 1, None, 1),
        ("2015-06-26", "Kuwait", 25, None, 1),
    } <= found
    (levallois,) = [i for i in incidents if i.place and i.place.name == "Levallois-Perret"]
    assert levallois.attack_types == ["Unarmed Assault"]
    (kongsberg,) = [i for i in incidents if i.place and i.place.name == "Kongsberg"]
    assert kongsberg.perpetrators == ["Espen Andersen Braathen"]
    assert not [i for i in incidents if i.place and i.place.country == "SY"]
    # "in Saint-Quentin-Fallavier, near Lyon": not the town of Saint-Quentin in Aisne
    assert not [i for i in incidents if i.place and i.place.name == "Saint-Quentin"]
    # "two Canadian soldiers were killed in separate attacks": no third incident of both
    assert not [i for i in incidents if i.killed and i.killed.best == 2]
    assert not [i for i in incidents if i.date.value in {"2017-08-23", "2015-01-30"}]
    # the bill article's "comes three weeks after Islamist gunmen killed 17 people in Paris",
    # published on 30 January: January 2015, the attacks other articles recall
    (paris,) = [i for i in incidents if i.date.value == "2015-01"]
    assert paris.killed is not None and paris.killed.best == 17 and len(paris.articles) >= 2


def test_one_arrest_per_suspect_and_powers_a_bill_would_give(app29: Veille) -> None:
    actions = records(app29, "actions")
    arrests = sorted((a["date"] or "", a["what"] or "") for a in actions if a["kind"] == "arrest")
    # Levallois: the lead's arrest and "the man at the wheel ... had been arrested": one;
    # "the gunshot wounds he suffered during his arrest" is no arrest of Aug. 29.
    # Kongsberg: "arrested in the street at 6:47 p.m., a little over half an hour after" the
    # first report, on the attack's day; "is being held in custody and will face a custody
    # hearing on Friday" is the same arrest, not one of Friday.
    assert [a for a in arrests if a[0].startswith(("2017-08", "2021-10"))] == [
        ("2017-08-05", ""),  # "was detained by soldiers" at the Eiffel Tower, on Saturday
        ("2017-08-09", "a suspect"),
        ("2021-10-13", ""),
    ]
    # "a warrant had been issued for the arrest of one suspect", "Police would be able to
    # detain a suspect if ...", "legislation that would ... make it easier for police to
    # detain people": no arrest
    assert not [a for a in actions if a["kind"] == "arrest" and a["count"]]
    assert not [a for a in arrests if a[1] in {"a suspect", "people"} and a[0] != "2017-08-09"]
    (charge,) = [a for a in actions if a["kind"] == "charge"]
    assert charge["date"] == "2017-08-29"
    strikes = {
        (a["date"], (a["actor"] or {}).get("name")) for a in actions if a["kind"] == "air_strike"
    }
    assert ("2014-11-02", "Canada") in strikes


def test_sweden_and_spain_raise_their_levels_norway_keeps_its_own(app29: Veille) -> None:
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"]) for a in records(app29, "alerts")
    }
    assert {
        ("SE", "4", "raised", "2015-11-18"),
        ("ES", "4", "raised", "2015-06-26"),
        ("NO", "3", "maintained", None),
        # "The threat level had stood at three ... since October 2010, when Sapo raised it from
        # 'low'": "Sapo", as English copy spells Säpo, names Sweden's scheme
        ("SE", "3", "raised", "2010-10"),
    } <= alerts
    # "to highest level it has used": the highest so far, not level 5 of 5; "It is the first
    # time Sweden has been placed at level four" is the raise told again
    assert {a for a in alerts if a[0] == "SE"} == {
        ("SE", "4", "raised", "2015-11-18"),
        ("SE", "3", "raised", "2010-10"),
    }


def test_norway_s_fighters_with_who_counted_them_and_when(app29: Veille) -> None:
    figures = {
        (
            f["category"],
            f["quantity"]["value"],
            f["quantity"]["min"],
            f["said_by"],
            f["as_of"],
        )
        for f in records(app29, "figures")
    }
    bjornland = "Benedicte Bjornland, head of the Police Security Service (PST)"
    assert {
        # "about 70 people have travelled from the country to fight in Syria and Iraq"
        ("foreign_fighters_left", 70, None, "the head of the service", "2015-03-23"),
        ("foreign_fighters_killed", 15, None, bjornland, None),
        ("foreign_fighters_returned", 25, None, bjornland, None),
        # "When PST presented its annual threat assessment ..., it said it knew of 50"
        ("foreign_fighters_left", 50, None, "PST", None),
        # "said in its own assessment early last year that at least 40 to 50 people with
        # links to Norway had fought in Syria or were fighting there"
        ("foreign_fighters_left", None, 40, "The Norwegian Intelligence Service", "2014"),
    } <= figures
    # "Kongsberg, a town of about 26,000 people": a town's size
    assert not [f for f in figures if f[1] == 26000]


# --- week 30, read first as a held-out week: Marseille 2017 and the brother's arrest in Italy,
# France's law, France's first strikes in Syria, Australia's level and raids of 2014

WEEK30 = ROOT / "tests" / "data" / "week30"


@pytest.fixture(scope="module")
def app30(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK30, tmp_path_factory)


def test_marseille_told_three_times_and_places_that_only_sound_alike(app30: Veille) -> None:
    incidents = app30.incidents(IncidentFilter()).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            i.place.country if i.place else None,
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
        )
        for i in incidents
    }
    assert {
        # "A man armed with a knife killed two young women outside the main railway station in
        # the southern French city of Marseille on Sunday afternoon", with the prosecutors "in
        # Paris" in the same sentence
        ("2017-10-01", "Marseille", "FR", 2, None),
        # "In August, a man drove a car into a group of Sentinelle soldiers as they left their
        # quarters in Levallois-Perret, outside Paris, injuring six of them"
        ("2017-08", "Levallois-Perret", "FR", None, 6),
    } <= found
    (marseille,) = [i for i in incidents if i.date.value == "2017-10-01"]
    assert len(marseille.articles) >= 2
    # "in front of Saint-Charles station" is not Saint Charles, Missouri; Bali is Indonesia's
    assert {i.place.country for i in incidents if i.place} <= {"FR", "ID", "AU"}
    # "A 'high' level means that a terrorist attack is considered likely", "including two
    # suicide bombers", "refused to bomb Islamic State in Syria", "some of the attacks aimed at
    # France had been planned in Syria": no incident
    assert not [i for i in incidents if i.place and i.place.name in {"Australia", "Syria"}]


def test_australia_s_raids_level_and_fighters(app30: Veille) -> None:
    actions = records(app30, "actions")
    kinds = {(a["kind"], a["date"], (a["count"] or {}).get("value")) for a in actions}
    assert {
        ("raid", "2014-09-18", None),
        ("arrest", "2014-09-18", 15),
        ("air_strike", "2015-09-27", None),
        ("arrest", "2017-10-07", None),  # Anis Hanachi, "on Saturday evening" from a Monday
    } <= kinds
    # "he ruled out sending French ground troops to Syria": no deployment
    assert not [a for a in actions if a["kind"] == "deployment" and a["country"] == "SY"]
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"]) for a in records(app30, "alerts")
    }
    assert ("AU", "high", "raised", "2014-09-12") in alerts
    figures = {
        (f["category"], f["quantity"]["value"], f["said_by"]) for f in records(app30, "figures")
    }
    irvine = "ASIO Director-General David Irvine"
    assert {
        ("foreign_fighters_left", 60, irvine),
        ("foreign_fighters_killed", 15, irvine),
    } <= figures
    # "88 Australians were among those killed in the Bali bombings": the bombings' dead
    assert not [f for f in figures if f[1] == 88]


def test_the_brother_s_arrest_told_twice_and_what_is_no_arrest(app30: Veille) -> None:
    actions = records(app30, "actions")
    # "Italian police have arrested a brother of the Tunisian man ..." and "Anis Hanachi, 25,
    # was detained on Saturday evening in ... Ferrara by anti-terrorism police officers": one
    italy = [a for a in actions if a["kind"] == "arrest" and a["country"] == "IT"]
    assert [(a["date"], a["place"]) for a in italy] == [("2017-10-07", "Ferrara")]
    # "detained in Lyon on suspicion of stealing a jacket", "planned to seize a member of the
    # public", "searches of premises would need the approval of a judge": no actions
    assert not [a for a in actions if a["place"] == "Lyon"]
    assert not [a for a in actions if "member of the public" in (a["what"] or "")]
    assert not [a for a in actions if a["kind"] == "search" and a["country"] == "FR"]
    (sydney,) = [
        i for i in app30.incidents(IncidentFilter()).items if i.place and i.place.name == "Sydney"
    ]
    assert sydney.status == "plot"


# Week 31, read first as a held-out week: the Louvre (2017), Rambouillet (2021), Brussels
# Central Station (2017), the Reichsbuerger raids (2022), the RAF's first strikes in Iraq
# (2014) and Austria's foreign fighters (2017)

WEEK31 = ROOT / "tests" / "data" / "week31"


@pytest.fixture(scope="module")
def app31(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK31, tmp_path_factory)


def test_the_louvre_rambouillet_and_brussels_and_no_incident_from_air_strikes(
    app31: Veille,
) -> None:
    incidents = app31.incidents(IncidentFilter()).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
        )
        for i in incidents
    }
    assert {
        ("2017-02-03", "Paris", None, 1),  # the soldier; not the attacker the soldiers shot
        ("2021-04-23", "Rambouillet", 1, None),  # "on Friday", in the killer's relative clause
        ("2017-06-20", "Brussels", 0, 0),  # the soldier shot the attacker dead: no victim
    } <= found
    (louvre,) = [i for i in incidents if i.date.value == "2017-02-03"]
    assert len(louvre.articles) == 2
    (rambouillet,) = [i for i in incidents if i.date.value == "2021-04-23"]
    assert rambouillet.perpetrators == ["Jamel Gorchene"]
    # "The attacker was a 36-year-old Moroccan ...", then "A security source named him as ..."
    (brussels,) = [i for i in incidents if i.date.value == "2017-06-20"]
    assert brussels.perpetrators == ["Oussama Zariouh"]
    # "a far-right group that planned to storm parliament": a plot, dated by the raids' day
    assert ("2022-12-07", "plot") in {(i.date.value, i.status) for i in incidents}
    # the RAF's strikes, the truck "attacking Kurdish forces" and the crews' bomb: no incident
    assert not [i for i in incidents if i.date.value == "2014-09-30"]
    assert not [i for i in incidents if i.place and i.place.country in {"CY", "GB"}]


def test_the_reichsbuerger_raids_the_louvre_charge_and_austria_s_fighters(app31: Veille) -> None:
    actions = records(app31, "actions")
    kinds = {(a["kind"], a["date"], (a["count"] or {}).get("value")) for a in actions}
    assert {
        ("search", "2022-12-07", 130),
        ("arrest", "2022-12-07", 25),
        ("charge", "2017-02-10", None),  # "on Friday", not the attack's "last Friday"
        ("air_strike", "2014-09-30", None),
        ("law", "2021-04-28", None),  # "is due to present a bill ... on Wednesday"
    } <= kinds
    # "Twenty-two German citizens were detained ..." counts some of the 25; the headline's
    # "raids" are the searches
    assert not [a for a in actions if (a["count"] or {}).get("value") == 22]
    assert not [a for a in actions if a["kind"] == "raid"]
    # "Being placed under formal investigation is a step short of being charged": no charge
    assert len([a for a in actions if a["kind"] == "charge"]) == 1
    alerts = {(a["country"], a["level"], a["change"]) for a in records(app31, "alerts")}
    assert alerts == {("BE", "3", "maintained")}
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app31, "figures")}
    assert {
        ("foreign_fighters_left", 296),
        ("foreign_fighters_returned", 90),
        ("other", 51),
        ("foreign_fighters_killed", 45),
        ("under_watch", 287),
        ("foreign_fighters_killed", 44),
        ("foreign_fighters_returned", 87),
        ("other", 50),
    } <= figures
    # "Peter Gridling, director of the ... (BVT), gave the figures ...", then "..., he said"
    speakers = {f["quantity"]["value"]: f["said_by"] for f in records(app31, "figures")}
    assert speakers[90] == speakers[51] == "Peter Gridling"
    # the headline's "296 foreign fighters, says returnees ..." is the body's 296; "the two
    # men held in Austria and Italy" and "Twenty-three of the arrests" are no tallies
    assert ("foreign_fighters_returned", 296) not in figures
    assert not [f for f in figures if f[1] in {2, 23}]


# Week 32, read first as a held-out week: Hamburg-Barmbek (2017), the Arnhem plot (2018),
# Germany's Tornados (2015), France's "urgence attentat" (2024), Europol's TE-SAT 2016 and the
# Thalys verdict (2020)

WEEK32 = ROOT / "tests" / "data" / "week32"


@pytest.fixture(scope="module")
def app32(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK32, tmp_path_factory)


def test_hamburg_arnhem_and_the_recalled_attacks(app32: Veille) -> None:
    incidents = app32.incidents(IncidentFilter()).items
    found = {(i.date.value, i.place.name if i.place else None, i.status) for i in incidents}
    assert {
        ("2017-07-28", "Hamburg", "attack"),
        ("2018-09-27", "Arnhem", "plot"),  # "wanted to carry out an attack": no attack
        ("2024-03-22", "Krasnogorsk", "attack"),  # "near Moscow" and "in Krasnogorsk": one
    } <= found
    (hamburg,) = [i for i in incidents if i.date.value == "2017-07-28"]
    # "there was no sign that he belonged to Islamic State": no group
    assert len(hamburg.articles) == 2 and hamburg.perpetrator_groups == []
    (paris,) = [i for i in incidents if i.date.value == "2015-11-13"]
    # not the Syrian war's "more than 250,000"
    assert paris.killed is not None and paris.killed.best == 130
    # "Abaaoud was killed in a police raid in Saint-Denis": no incident, no toll
    assert not [i for i in incidents if i.place and i.place.name == "Saint-Denis"]


def test_arnhem_s_arrests_the_tornados_and_europol_s_counts(app32: Veille) -> None:
    actions = records(app32, "actions")
    kinds = {(a["kind"], a["date"], (a["count"] or {}).get("value")) for a in actions}
    assert {
        ("arrest", "2018-09-27", 7),  # "The men ... were detained late in the afternoon": one
        ("deployment", "2015-12-04", 6),
        ("sentence", "2020-12-17", None),
    } <= kinds
    assert len([a for a in actions if a["date"] == "2018-09-27"]) == 1
    # "Ninety-four percent of the people tried ... were found guilty": a statistic
    assert not [
        a for a in actions if a["kind"] == "conviction" and a["date"] is None and not a["count"]
    ]
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"]) for a in records(app32, "alerts")
    }
    assert ("FR", "urgence-attentat", "raised", "2024-03-24") in alerts
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app32, "figures")}
    assert {
        ("victims_total", 151),
        ("detained", 1077),
        ("detained", 424),
        ("under_watch", 800),
    } <= figures
    # the Bundestag's vote, Russia's 11 detained and the headline's seven men: no figures
    assert not [f for f in figures if f[1] in {598, 445, 146, 11, 7}]


def test_week_32_s_thalys_paris_and_crocus_are_told_once_each(app32: Veille) -> None:
    incidents = app32.incidents(IncidentFilter()).items
    # "He opened fire shortly after the train crossed into northern France": the Thalys attack
    # of 2015, told on after a sentence dated Aug. 21, 2015, is no new undated attempt
    assert not [i for i in incidents if i.status == "attempt" and i.date.value is None]
    # "Islamic State Khorasan, which claimed the Moscow attack": Crocus's group, not Arras's
    (arras,) = [i for i in incidents if i.place and i.place.name == "Arras"]
    assert arras.perpetrator_groups == []


# Week 33, read first as a held-out week: Magnanville (2016), Finsbury Park (2017), the St
# Petersburg metro (2017), Germany's Hamas ban searches (2023), Kosovo's fighters (2019) and
# Norway's level after the Oslo shooting (2022)

WEEK33 = ROOT / "tests" / "data" / "week33"


@pytest.fixture(scope="module")
def app33(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK33, tmp_path_factory)


def test_magnanville_finsbury_park_and_st_petersburg(app33: Veille) -> None:
    incidents = app33.incidents(IncidentFilter()).items
    found = {
        (
            i.date.value,
            i.place.name if i.place else None,
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
            len(i.articles),
        )
        for i in incidents
    }
    assert {
        ("2016-06-13", "Magnanville", 2, None, 2),  # "stabbed ... and then killed": two
        ("2017-06-19", "London", 1, 11, 1),
        ("2017-04-03", "Saint Petersburg", 13, 50, 1),
        ("2022-06-25", "Oslo", 2, 21, 1),  # "the London Pub" is a bar in Oslo
        ("2023-10-07", "Israel", 1200, None, 1),
    } <= found
    # "to celebrate the Oct. 7 attack on Israel": no attack in Germany; nothing in London 2022
    assert not [i for i in incidents if i.place and i.place.country == "DE"]
    assert not [
        i for i in incidents if i.date.value == "2022-06-25" and i.place and i.place.country == "GB"
    ]


def test_week_33_s_arrests_searches_and_norway_s_levels(app33: Veille) -> None:
    actions = records(app33, "actions")
    kinds = {(a["kind"], a["date"], (a["count"] or {}).get("value")) for a in actions}
    assert {
        ("arrest", "2016-06-14", 3),
        ("charge", "2016-06-18", 2),
        ("arrest", "2017-04-06", 8),
        ("arrest", "2017-04-05", 6),
        ("search", "2023-11-23", 15),
        ("other", "2023-11-02", None),
    } <= kinds
    alerts = {(a["level"], a["change"], a["effective"]) for a in records(app33, "alerts")}
    # "The threat now stands at level four": the lowering's level told again
    assert alerts == {("4", "lowered", "2022-06-29"), ("5", "raised", "2022-06-25")}
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app33, "figures")}
    assert {("detained", 187), ("foreign_fighters_left", 300), ("other", 450)} <= figures
    # the London Bridge attack's eight dead and the arrests' six and two: no figures
    assert not [f for f in figures if f[1] in {8, 6, 2}]


# Week 34, read first as a held-out week: Jo Cox (2016) and her killer's sentence, Charleroi
# (2016), the Reina nightclub (2017) and its gunman's capture, the Zawahiri strike (2022),
# Australia's first strike in Iraq (2014) and Finland's fighters (2019)

WEEK34 = ROOT / "tests" / "data" / "week34"


@pytest.fixture(scope="module")
def app34(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK34, tmp_path_factory)


def test_jo_cox_charleroi_and_the_reina_nightclub(app34: Veille) -> None:
    incidents = app34.incidents(IncidentFilter()).items
    found = {
        (i.date.value, i.place.country if i.place else None, len(i.articles)) for i in incidents
    }
    assert {
        ("2016-06-16", "GB", 2),  # the sentencing article dates it by the verdict's "June 16"
        ("2016-08-06", "BE", 1),  # "on Saturday", not the claim's Sunday
        ("2017-01-01", "TR", 2),  # not the claim's Monday, not Syria, not Afghanistan
        ("2016-12", "TR", 1),  # "Last month a bomb attack": another incident
    } <= found
    (reina,) = [i for i in incidents if i.date.value == "2017-01-01"]
    assert reina.killed is not None and reina.killed.best == 39
    # "The embassy bombings killed 224 people": the 1998 bombings, no new incident
    assert not [i for i in incidents if i.date.value is None]
    assert not [i for i in incidents if i.place and i.place.country in {"AF", "SY", "US"}]


def test_week_34_s_strikes_captures_and_finland_s_figures(app34: Veille) -> None:
    actions = records(app34, "actions")
    strikes = [a for a in actions if a["kind"] == "air_strike"]
    # the Australian strike told by the headline and the lead survives the U.S. one
    assert any("Australia" in ((a["actor"] or {}).get("name") or "") for a in strikes)
    kabul = [a for a in strikes if a["place"] == "Kabul"]
    # not 2011, the bin Laden raid's year: the drone's "fired two Hellfire missiles at him ...
    # on Sunday" and the Taliban's "air strike ... on July 31" are one strike of that day
    assert sorted(a["date"] or "" for a in kabul) == ["", "2022-07-31"]
    assert not [a for a in actions if a["place"] in {"Sherpur", "Afghanistan"}]
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app34, "figures")}
    assert {
        ("foreign_fighters_left", 80),
        ("foreign_fighters_returned", 20),
        ("foreign_fighters_killed", 20),
        ("other", 30),  # children taken to the region by their parents
    } <= figures
    # the Reina's 25 foreign dead, "A few men", the 11 French being processed: no figures
    assert not [f for f in figures if f[0] == "foreign_fighters_killed" and f[1] in {25, 30}]
    elevens = [f for f in records(app34, "figures") if f["quantity"]["value"] == 11]
    assert len(elevens) == 1  # the 11 Finnish women in al-Hol, not the French being processed
    assert not [f for f in figures if f[0] == "detained" and f[1] is None]  # "A few men"


def test_week_34_s_belgian_level_kept_is_read_from_the_sentence_after(app34: Veille) -> None:
    # "would stay unchanged for the time being. It stands at three on a scale of four."
    (level,) = app34.alert_timeline("BE")
    assert (level["level"], level["change"], level["effective"]) == (
        "3",
        "maintained",
        "2016-08-06",
    )


# Week 35, read first as a held-out week: Saint-Quentin-Fallavier (2015) and the charge,
# Romans-sur-Isere (2020), the killing of Droukdel (2020), Denmark's level (2024), Sweden's
# fighters (2017) and the Rawti Shax raids (2015)

WEEK35 = ROOT / "tests" / "data" / "week35"


@pytest.fixture(scope="module")
def app35(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK35, tmp_path_factory)


def test_saint_quentin_fallavier_romans_and_the_same_day_attacks(app35: Veille) -> None:
    incidents = app35.incidents(IncidentFilter()).items
    by_place = {i.place.name: i for i in incidents if i.place}
    plant = by_place["Lyon"]  # "near Lyon": Saint-Quentin-Fallavier is not in the gazetteer
    assert (plant.date.value, len(plant.articles)) == ("2015-06-26", 2)
    assert plant.killed is not None and plant.killed.best == 1  # "beheading his employer"
    assert plant.perpetrator_groups == []  # IS only "urged its followers", claimed others
    assert "Saint-Priest" not in by_place  # where he lived
    for place, killed in (("Sousse", 38), ("Kuwait City", 27)):
        same_day = by_place[place]  # "On the same day ...", "Islamic State claimed both"
        assert same_day.date.value == "2015-06-26"
        assert same_day.killed is not None and same_day.killed.best == killed
        assert [g.name for g in same_day.perpetrator_groups] == ["Islamic State"]
    romans = by_place["Romans-sur-Isère"]
    assert (romans.date.value, romans.killed.best if romans.killed else None) == ("2020-04-04", 2)


def test_week_35_s_operation_levels_and_sweden_s_fighters(app35: Veille) -> None:
    actions = records(app35, "actions")
    assert any(a["kind"] == "raid" and a["place"] == "Mali" for a in actions)  # Droukdel
    assert not [a for a in actions if (a["count"] or {}).get("value") == 500]  # a tally
    norway = [a for a in actions if a["place"] == "Norway"]
    assert norway and all(a["date"] != "2015-11-13" for a in norway)  # the hearing's Friday
    alerts = {(a["country"], a["level"], a["change"]) for a in records(app35, "alerts")}
    assert {("FR", "alerte-attentat", "raised"), ("DK", "4", "maintained")} <= alerts
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app35, "figures")}
    assert {
        ("foreign_fighters_killed", 49),
        ("foreign_fighters_returned", 106),
        ("foreign_fighters_left", 267),
        ("other", 112),  # "still in the conflict zone"
        ("foreign_fighters_returned", 150),  # "about 150 of those who had left Sweden"
    } <= figures
    # the arrests' counts, the warrants, "several" and Stockholm's dead: no figures
    assert not [f for f in figures if f[0] == "detained" or f[1] in {5, 15, 16, 17}]


# Week 36, read first as a held-out week: Wuerzburg (2021), Hashem Abedi's sentence (2020), the
# Baghdadi raid (2019), Strasbourg (2018), Turkey's Heroes-34 raids (2023) and Italy's
# fighters (2019)

WEEK36 = ROOT / "tests" / "data" / "week36"


@pytest.fixture(scope="module")
def app36(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK36, tmp_path_factory)


def test_wuerzburg_strasbourg_and_a_sentence_for_a_past_bombing(app36: Veille) -> None:
    incidents = app36.incidents(IncidentFilter()).items
    by_place = {i.place.name: i for i in incidents if i.place}
    wuerzburg = by_place["Würzburg"]  # one incident, not the custody order's Saturday
    assert len([i for i in incidents if i.place and i.place.name == "Würzburg"]) == 1
    assert wuerzburg.date.value == "2021-06-25"
    assert wuerzburg.killed is not None and wuerzburg.killed.best == 3  # "aged 24, 49 and 82"
    assert wuerzburg.perpetrator_groups == []  # IS claimed the 2016 train attack
    strasbourg = by_place["Strasbourg"]
    assert strasbourg.date.value == "2018-12-11"  # not the hunt's Wednesday
    assert strasbourg.killed is not None and strasbourg.killed.best == 2  # not Paris's 130
    assert strasbourg.perpetrator_groups == []
    # Manchester 2017 is a known incident; the verdict's March and the dateline's London make
    # no new one, nor do Berlin 2016 ("Two years ago this month") or Reina ("the first hours of
    # 2017")
    assert not [i for i in incidents if i.place and i.place.name in {"London", "Berlin"}]
    assert not [i for i in incidents if (i.date.value or "").startswith(("2020", "2016", "2017"))]
    references = {
        r["known_incident"]["name"] for r in records(app36, "references") if r["known_incident"]
    }
    assert {"2017 Manchester Arena bombing", "2016 Würzburg train attack"} <= references
    assert "June 2017 London attack" not in references


def test_week_36_s_arrests_alert_and_italy_s_fighters(app36: Veille) -> None:
    actions = records(app36, "actions")
    sentences = [a for a in actions if a["kind"] == "sentence"]
    assert not [a for a in sentences if (a["count"] or {}).get("value") in {23, 24}]
    assert not [a for a in actions if a["kind"] == "arrest" and a["date"] == "2018-12-11"]
    libya = [a for a in actions if a["kind"] == "arrest" and a["place"] == "Libya"]
    assert libya and libya[0]["date"] is None  # "the day after the bombing", not July 2019
    alerts = [a for a in records(app36, "alerts") if a["country"] == "FR"]
    assert [(a["level"], a["change"]) for a in alerts] == [("urgence-attentat", "raised")]
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app36, "figures")}
    assert {
        ("foreign_fighters_left", 138),
        ("foreign_fighters_killed", 47),
        ("foreign_fighters_returned", 28),  # "were believed to have come back"
        ("foreign_fighters_returned", 11),
        ("under_watch", 26000),
    } <= figures
    # the operation's 304, 86 and 20 arrests and Istiklal's six dead: no figures
    assert not [f for f in figures if f[1] in {304, 86, 39, 20, 6}]


# Week 37, read first as a held-out week after this stop's rules: Woolwich (2013) and the
# verdict, Dover (2022), Northern Ireland's level (2023), the Brussels raids (2015) and
# Germany's Gefaehrder (2021). Pinned: what its first run showed and was fixed.

WEEK37 = ROOT / "tests" / "data" / "week37"


@pytest.fixture(scope="module")
def app37(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK37, tmp_path_factory)


def test_week_37_s_gefaehrder_and_known_incidents(app37: Veille) -> None:
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app37, "figures")}
    assert {("under_watch", 564), ("under_watch", 774), ("under_watch", 596)} <= figures
    assert not [f for f in figures if f[0] == "victims_total"]  # "four suicide bombers"
    references = {
        r["known_incident"]["name"] for r in records(app37, "references") if r["known_incident"]
    }
    assert "7 July 2005 London bombings" in references  # its day now right in the list
    alerts = {(a["country"], a["level"], a["change"]) for a in records(app37, "alerts")}
    assert ("GB", "severe", "raised") in alerts  # Northern Ireland's scheme


def test_week_37_s_woolwich_is_one_dated_incident_and_dover_has_its_wounded(
    app37: Veille,
) -> None:
    # fixed at the next stop: the verdict's "in May" and "on the afternoon of May 22 when the
    # pair drove into him" date the verdict article's telling, which joins the first article's;
    # "The soldier killed by two men" counts one killed; "Two members of staff ... suffered
    # minor injuries" two wounded
    incidents = app37.incidents(IncidentFilter(limit=50)).items
    woolwich = [i for i in incidents if (i.date.value or "").startswith("2013")]
    assert len(woolwich) == 1
    assert woolwich[0].date.value == "2013-05-22" and len(woolwich[0].articles) == 2
    assert woolwich[0].killed is not None and woolwich[0].killed.best == 1
    [dover] = [i for i in incidents if i.place and i.place.name == "Dover"]
    assert dover.wounded is not None and dover.wounded.best == 2


# Week 38, read first as a held-out week at the start of the next stop: Hanau (2020) and the
# close of its inquiry (2021), Solingen (2024), Britain's arrest statistics (2017), France's
# Vigipirate lowering (2021) and the killing of Bah ag Moussa in Mali (2020). Pinned: what its
# first run showed and was fixed.

WEEK38 = ROOT / "tests" / "data" / "week38"


@pytest.fixture(scope="module")
def app38(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK38, tmp_path_factory)


def test_week_38_s_attacks(app38: Veille) -> None:
    incidents = app38.incidents(IncidentFilter(limit=50)).items
    # "on Feb. 19 last year", told in December 2021, is 2020: both articles tell one attack
    [hanau] = [i for i in incidents if i.place and i.place.name == "Hanau am Main"]
    assert hanau.date.value == "2020-02-19" and len(hanau.articles) == 2
    assert hanau.killed is not None and hanau.killed.best == 9
    assert hanau.wounded is not None and hanau.wounded.best == 6
    # Scholz "on Monday called the knife attack ... an act of terrorism"; a festival "marking
    # the 650th anniversary of Solingen's founding" recalls nothing
    [solingen] = [i for i in incidents if i.place and i.place.name == "Solingen"]
    assert solingen.date.value == "2024-08-23"
    assert solingen.killed is not None and solingen.killed.best == 3
    assert solingen.wounded is not None and solingen.wounded.best == 8
    # "a gunman killed two people after failing to force his way into a synagogue"
    [halle] = [i for i in incidents if i.place and i.place.name == "Halle (Saale)"]
    assert halle.status == "attack"
    # "All five people in the vehicle were killed after they ... opened fire on the French
    # soldiers": the French operation, no attack
    assert not [i for i in incidents if i.place and i.place.country == "ML"]
    references = {
        r["known_incident"]["name"] for r in records(app38, "references") if r["known_incident"]
    }
    assert "2017 Notre Dame attack" not in references  # the basilica in Nice


def test_week_38_s_statistics_alert_and_actions(app38: Veille) -> None:
    actions = records(app38, "actions")
    # the year's arrests, charges and their breakdowns are figures, not acts
    counted = {(a["kind"], (a["count"] or {}).get("value")) for a in actions}
    assert not counted & {("arrest", 379), ("arrest", 226), ("arrest", 57), ("charge", 123)}
    assert ("sentence", "2021-01") in {(a["kind"], a["date"]) for a in actions}  # neo-Nazi
    raids = [a for a in actions if a["kind"] == "raid"]
    assert [a["date"] for a in raids] == ["2020-11-10"]  # "carried out the operation" dates it
    france = [a for a in records(app38, "alerts") if a["effective"] == "2021-03-05"]
    assert [(a["level"], a["change"], a["previous_level"]) for a in france] == [
        ("securite-renforcee-risque-attentat", "lowered", "urgence-attentat")
    ]
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app38, "figures")}
    assert {("detained", 379), ("detained", 204), ("other", 189)} <= figures
    assert not [f for f in figures if f[1] == 4]  # "57 arrests linked to four attacks"


# Week 39, read first as a held-out week after week 38's rules: Merah's killings (2012) and his
# brother's verdict (2017), the Colombes ramming (2020), a Spanish-Moroccan round-up (2024),
# Sweden's level lowered (2025) and Europol's report on 2018. Pinned: what its first run showed
# and was fixed.

WEEK39 = ROOT / "tests" / "data" / "week39"


@pytest.fixture(scope="module")
def app39(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK39, tmp_path_factory)


def test_week_39_s_attacks(app39: Veille) -> None:
    incidents = app39.incidents(IncidentFilter(limit=50)).items
    merah = {i.date.value or "": i for i in incidents if (i.date.value or "").startswith("2012")}
    # "Four days later" after 11 March; no attack for the police assault of 22 March
    assert sorted(merah) == ["2012-03-11", "2012-03-15", "2012-03-19"]
    school = merah["2012-03-19"]  # "a 30-year-old rabbi ..., his two young sons and a ..."
    assert school.killed is not None and school.killed.best == 4
    [colombes] = [i for i in incidents if i.place and i.place.name == "Colombes"]
    assert colombes.attack_types == ["Unarmed Assault"]
    assert colombes.date.value == "2020-04-27"  # "arrested at the scene on Monday"
    assert colombes.wounded is not None and colombes.wounded.best == 3
    assert not [i for i in incidents if i.place and i.place.name == "The Hague"]


def test_week_39_s_actions_alerts_and_figures(app39: Veille) -> None:
    actions = records(app39, "actions")
    evidence = " ".join(e["sentence"] for a in actions for e in a["evidence"])
    assert "previously been arrested" not in evidence
    assert "information about attacks and arrests" not in evidence
    sweden = [
        (a["level"], a["change"], a["effective"])
        for a in records(app39, "alerts")
        if a["country"] == "SE" and a["change"] == "lowered"
    ]
    assert sorted(sweden) == [("3", "lowered", "2016-03-02"), ("3", "lowered", "2025-05-23")]
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app39, "figures")}
    assert {("plots_foiled", 16), ("detained", 1056), ("other", 129)} <= figures
    kinds = [a["kind"] for a in actions]
    assert "sentence" in kinds and len([k for k in kinds if k == "sentence"]) == 2  # not "jailed"


# Week 40, read first as a held-out week after week 39's rules: the Mulhouse knife attack told
# the day after and at the charge (2025), Austria's Operation Luxor (2020), U.S. strikes in
# Somalia (2025), Britain's level lowered to substantial (2019) with its earlier periods, and
# Tunisia's counts of its fighters (2017). Pinned: what its first run showed and was fixed.

WEEK40 = ROOT / "tests" / "data" / "week40"


@pytest.fixture(scope="module")
def app40(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK40, tmp_path_factory)


def test_week_40_s_attacks(app40: Veille) -> None:
    incidents = app40.incidents(IncidentFilter(limit=50)).items
    places = sorted((i.place.name if i.place else "", i.date.value or "") for i in incidents)
    # no incident for "the raids had no connection with ..." in Graz, none for the strikes
    # Trump "ordered", no Paris incident for the Mulhouse attack told at the charge
    assert places == [("Bari", "2024-12-31"), ("Mulhouse", "2025-02-22"), ("Vienna", "2020-11-02")]
    [mulhouse] = [i for i in incidents if i.place and i.place.name == "Mulhouse"]
    assert mulhouse.killed is not None and mulhouse.killed.best == 1
    assert mulhouse.wounded is not None and mulhouse.wounded.best == 6
    assert len({e.article for e in mulhouse.evidence}) == 2
    known = {
        r["known_incident"]["name"] for r in records(app40, "references") if r["known_incident"]
    }
    assert {
        "2017 Manchester Arena bombing",
        "Parsons Green bombing",
        "Bardo National Museum attack",
        "Sousse attacks",
    } <= known


def test_week_40_s_actions_alerts_and_figures(app40: Veille) -> None:
    actions = {(a["kind"], a["date"]) for a in records(app40, "actions")}
    assert {("air_strike", "2025-02-01"), ("other", "2025-02-26")} <= actions
    assert ("arrest", "2025-02-26") not in actions  # remanded in custody at the charge
    assert not [a for a in actions if a[0] == "expulsion"]  # "needed to deport", "failed"
    uk = {
        (a["level"], a["change"], a["effective"])
        for a in records(app40, "alerts")
        if a["country"] == "GB"
    }
    assert {
        ("substantial", "lowered", "2019-11-04"),
        ("severe", "raised", "2014-08-29"),
        ("substantial", "lowered", "2011-07-11"),
        # two raises to critical whose country is named sentences before: two records
        ("critical", "raised", "2017"),
        ("critical", "raised", "2017-09-15"),
    } <= uk
    assert not [a for a in uk if a[2] == "2019-07"]  # "the extreme right and left"
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app40, "figures")}
    assert {("foreign_fighters_returned", 800), ("foreign_fighters_killed", 760)} <= figures
    assert ("other", 3970) in figures
    assert not [f for f in figures if f[1] in {4, 10, 30}]  # people held, a raid's toll


# Week 41, read first as a held-out week after week 40's rules: the Leytonstone stabbing (2015)
# and its attacker's sentence (2016), Danish arrests over an Islamist plot (2019), a U.S. strike
# near Sabratha (2016), Australia's level raised to probable (2024) with its earlier periods, and
# Switzerland's count of jihadist travellers (2015). Pinned: what its first run showed and was
# fixed.

WEEK41 = ROOT / "tests" / "data" / "week41"


@pytest.fixture(scope="module")
def app41(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK41, tmp_path_factory)


def test_week_41_s_attacks_and_plot(app41: Veille) -> None:
    incidents = app41.incidents(IncidentFilter(limit=50)).items
    [london] = [i for i in incidents if i.place and i.place.name == "London"]
    assert london.date.value == "2015-12-05"
    assert london.perpetrator_groups == []  # "days after Britain began bombing Islamic State"
    assert not [i for i in incidents if i.place and i.place.name == "Syria"]
    [plot] = [i for i in incidents if i.status == "plot"]
    assert plot.status == "plot"  # "the ability to carry out a terrorist attack"


def test_week_41_s_actions_alerts_and_figures(app41: Veille) -> None:
    actions = [(a["kind"], (a["count"] or {}).get("value")) for a in records(app41, "actions")]
    assert ("search", 20) in actions and ("raid", None) not in actions
    assert len([a for a in actions if a[0] == "arrest"]) == 4  # not "We detained all those"
    australia = {
        (a["level"], a["change"], a["effective"])
        for a in records(app41, "alerts")
        if a["country"] == "AU"
    }
    assert {
        ("probable", "raised", "2024-08-05"),
        ("possible", "lowered", "2022-11-28"),
        ("high", "raised", "2014-09-12"),
    } <= australia
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app41, "figures")}
    assert {
        ("foreign_fighters_left", 20),
        ("foreign_fighters_left", 62),
        ("foreign_fighters_returned", 19),
        ("foreign_fighters_killed", 8),
    } <= figures
    assert not [f for f in figures if f[1] in {2, 6, 49}]


# Week 42, read first as a held-out week after week 41's rules: the Manchester Victoria stabbing
# (New Year's Eve 2018) and its attacker's sentence (2019), Venice arrests over a Rialto bridge
# plot (2017), the U.S. strike that killed Maher al-Agal in Syria (2022), Britain raised to
# critical over the airliner plot (2006), Canada's 2016 report on the terrorist threat. Pinned:
# what its first run showed and was fixed.

WEEK42 = ROOT / "tests" / "data" / "week42"


@pytest.fixture(scope="module")
def app42(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK42, tmp_path_factory)


def test_week_42_s_attacks_and_plot(app42: Veille) -> None:
    incidents = app42.incidents(IncidentFilter(limit=50)).items
    found = sorted(
        (i.date.value or "", i.place.name if i.place else None, i.status) for i in incidents
    )
    assert found == [
        ("", "Venice", "plot"),  # talk of a bomb on the Rialto, not Rialto in California
        ("2016-08", "Strathroy", "attack"),
        ("2017-03-22", "London", "attack"),  # Westminster Bridge, not Westminster, Colorado
        ("2018-12-31", "Manchester", "attack"),  # one incident told by two articles
    ]
    [manchester] = [i for i in incidents if i.date.value == "2018-12-31"]
    assert manchester.wounded is not None and manchester.wounded.best == 3
    references = {
        r["known_incident"]["name"] for r in records(app42, "references") if r["known_incident"]
    }
    assert "7 July 2005 London bombings" in references  # "the July 7 bombings ... last year"


def test_week_42_s_actions_alerts_and_figures(app42: Veille) -> None:
    actions = {(a["kind"], a["date"]) for a in records(app42, "actions")}
    assert {
        ("arrest", "2018-12-31"),  # "arrested within minutes" of the attack
        ("conviction", "2019-11-26"),  # "pleaded guilty on Tuesday"
        ("air_strike", "2022-07-12"),  # "The strike on Tuesday"
        ("raid", "2022-02"),  # the raid in which Qurayshi blew himself up
    } <= actions
    assert ("arrest", "2019-01-01") not in actions  # "detained under the Mental Health Act"
    assert len([a for a in actions if a[0] == "raid" and a[1] == "2006-08-10"]) == 1
    [critical] = [a for a in records(app42, "alerts") if a["level"] == "critical"]
    assert (critical["effective"], critical["previous_level"]) == ("2006-08-10", "severe")
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app42, "figures")}
    assert {
        ("foreign_fighters_left", 180),
        ("foreign_fighters_left", 130),
        ("foreign_fighters_returned", 60),
    } <= figures
    assert ("detained", 2) not in figures  # "made two of the arrests"


# Week 43, read first as a held-out week after week 42's rules: the Boston Marathon bombing (2013)
# and Dzhokhar Tsarnaev's death sentence (2015), the Sauerland cell and Copenhagen arrests (2007),
# the U.S. strike that killed Abu Musab al-Zarqawi (2006), the U.S. alert raised to orange for
# the financial sector (2004), Europol's TE-SAT 2024. Pinned: what its first run showed and was
# fixed.

WEEK43 = ROOT / "tests" / "data" / "week43"


@pytest.fixture(scope="module")
def app43(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK43, tmp_path_factory)


def test_week_43_s_attacks_and_plots(app43: Veille) -> None:
    incidents = app43.incidents(IncidentFilter(limit=50)).items
    [boston] = [i for i in incidents if i.place and i.place.name == "Boston"]
    assert boston.date.value == "2013-04-15"
    assert boston.perpetrator_groups == []  # the Pakistani Taliban denied any part
    assert {i.status for i in incidents if i.place and i.place.name == "Washington"} == {"plot"}
    assert not [i for i in incidents if i.place and i.place.name == "Paris"]  # Dec. 2, 2023


def test_week_43_s_actions_and_figures(app43: Veille) -> None:
    actions = [
        (a["kind"], (a["count"] or {}).get("value"), a["date"]) for a in records(app43, "actions")
    ]
    assert ("sentence", None, "2015-05-15") in actions  # "A federal jury on Friday sentenced"
    assert ("arrest", 3, "2007-09-04") in actions  # "seized the men on Tuesday afternoon"
    assert [a for a in actions if a[0] == "air_strike"] == [("air_strike", None, "2006-06-07")]
    assert ("raid", 17, "2006-06-08") in actions
    assert not [a for a in actions if a[1] == 78]  # "78 such arrests": a figure's part
    assert len([a for a in actions if a[0] == "deployment"]) == 2
    values = {f["quantity"]["value"] for f in records(app43, "figures")}
    assert {120, 98, 13, 426, 334, 78} <= values
    assert 60 not in values  # the Amman bombings' dead "on Nov. 9 last year"
    years = {
        f["quantity"]["value"]: f["period_start"]
        for f in records(app43, "figures")
        if f["quantity"]["value"] in {28, 380, 426}
    }
    # "In 2022, member states had reported 28 attacks"; "426 ... in 2023, up from 380 the
    # year before"
    assert years == {28: "2022", 380: "2022", 426: "2023"}


# Week 44, read first as a held-out week after week 43's rules: the Holey Artisan Bakery siege
# in Dhaka (2016) and its verdict (2019), Brazil's arrests before the Rio Olympics (2016), the
# U.S. strike that killed Ahmed Abdi Godane (2014), New Zealand lowered to medium (2019),
# Indonesia's 2018 count of terrorism suspects. Pinned: what its first run showed and was fixed.

WEEK44 = ROOT / "tests" / "data" / "week44"


@pytest.fixture(scope="module")
def app44(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK44, tmp_path_factory)


def test_week_44_s_actions_and_figures(app44: Veille) -> None:
    actions = [
        (a["kind"], (a["count"] or {}).get("value"), a["date"]) for a in records(app44, "actions")
    ]
    assert [a for a in actions if a[0] == "arrest" and a[2] == "2016-07-21"] == [
        ("arrest", 10, "2016-07-21")  # "one arrest in each of 10 states" is the same ten
    ]
    assert ("other", 12, None) in actions  # "warrants to detain 12 people"
    assert ("charge", 21, "2018-07") in actions
    assert not [a for a in actions if a[0] == "conviction"]  # "had already been convicted"
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app44, "figures")}
    assert not [f for f in figures if f[0] == "foreign_fighters_killed" and f[1] == 9]
    assert ("victims_total", 202) not in figures  # the Bali bombings' dead
    assert ("other", 396) in figures
    # the twelve convicted of the 396 and the 12 terrorist acts of 2017 ("rose to 17 from 12 in
    # 2017"), not the warrants' 12 again
    twelves = [f for f in records(app44, "figures") if f["quantity"]["value"] == 12]
    assert sorted(f["period_start"] or "" for f in twelves) == ["2017", "2018"]
    assert ("victims_total", 14) in figures  # "against four killed and 14 wounded a year earlier"
    (earlier,) = [f for f in records(app44, "figures") if f["quantity"]["value"] == 14]
    assert earlier["period_start"] == "2017"


# Week 45, read first as a held-out week after week 44's rules: the Mumbai attacks (2008) and
# Kasab's death sentence (2010), Kenya's strikes after Garissa (2015), martial law and the Marawi
# siege (2017), Finland's first raise of its threat level (2017), Crisis Group's count of Central
# Asians gone to Islamic State (2015). Pinned: what its first run showed and was fixed.

WEEK45 = ROOT / "tests" / "data" / "week45"


@pytest.fixture(scope="module")
def app45(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK45, tmp_path_factory)


def test_week_45_s_incidents_and_alerts(app45: Veille) -> None:
    incidents = app45.incidents(IncidentFilter(limit=50)).items
    places = {(i.date.value, i.place.name if i.place else None) for i in incidents}
    assert ("2015-04-02", "Garissa") in places
    assert not [i for i in incidents if i.place and i.place.country == "SO"]  # Kenya's strikes
    (mumbai,) = [i for i in incidents if i.place and i.place.country == "IN"]
    assert (mumbai.date.value, len(mumbai.articles)) == ("2008-11-26", 2)
    assert mumbai.killed is not None and mumbai.killed.best == 166
    assert 4 not in [c.value for c in mumbai.killed.claims]  # the gunmen police shot dead
    assert mumbai.wounded is not None and mumbai.wounded.best == 287
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"]) for a in records(app45, "alerts")
    }
    assert alerts == {
        ("FI", "elevated", "raised", "2017-06-14"),
        ("SE", "3", "maintained", "2017-04"),
        ("SE", "3", "lowered", "2016-03"),
    }


def test_week_45_s_actions_and_figures(app45: Veille) -> None:
    actions = [(a["kind"], a["date"], a["country"]) for a in records(app45, "actions")]
    assert any(a[:2] == ("sentence", "2010-05-06") for a in actions)  # Kasab's
    assert any(a[:2] == ("law", "2017-05-23") for a in actions)  # martial law over Mindanao
    strikes = [a for a in actions if a[0] == "air_strike" and a[2] == "SO"]
    assert [a[1] for a in strikes] == ["2015-04-05"]  # "Jets struck the camps" is the same
    assert ("arrest", "2014-08", "SO") in actions  # the African Union's, "last August"
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app45, "figures")}
    assert ("under_watch", 350) in figures
    assert ("victims_total", 400) in figures
    assert not {v for _, v in figures} & {67, 7, 14}  # one siege's dead, the charged, hostages
    ranges = [f for f in records(app45, "figures") if f["quantity"]["qualifier"] == "range"]
    assert [(f["category"], f["quantity"]["min"]) for f in ranges] == [
        ("foreign_fighters_left", 2000)
    ]


# Week 46, read first as a held-out week after week 45's rules: the Grand-Bassam beach attack
# (2016) and the arrests after it, Nigeria's emergency and strikes (2013), Pakistan's Zarb-e-Azb
# offensive after the Karachi airport siege (2014), Canada's threat level raised to medium
# (2014), the Global Terrorism Index 2015. Pinned: what its first run showed and was fixed.

WEEK46 = ROOT / "tests" / "data" / "week46"


@pytest.fixture(scope="module")
def app46(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK46, tmp_path_factory)


def test_week_46_s_incidents_and_alerts(app46: Veille) -> None:
    incidents = app46.incidents(IncidentFilter(limit=50)).items
    (bassam,) = [i for i in incidents if i.place and i.place.country == "CI"]
    assert (bassam.date.value, len(bassam.articles), bassam.attack_types) == (
        "2016-03-13",
        2,
        ["Armed Assault"],
    )
    assert bassam.killed is not None and bassam.killed.best == 19
    (karachi,) = [i for i in incidents if i.date.value == "2014-06-08"]
    assert karachi.place is not None and karachi.place.name == "Karachi"
    assert karachi.killed is not None and karachi.killed.best == 26  # not the strike's 150
    assert not [i for i in incidents if i.place and i.place.country == "IQ"]  # a report's totals
    assert ("2013-05-17", "Daura") in {(i.date.value, i.place and i.place.name) for i in incidents}
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"]) for a in records(app46, "alerts")
    }
    assert alerts == {("CA", "medium", "raised", "2014-10-17")}


def test_week_46_s_actions_and_figures(app46: Veille) -> None:
    actions = [(a["kind"], a["date"], a["country"]) for a in records(app46, "actions")]
    assert ("law", "2013-05-14", "NG") in actions  # the emergency in three states
    assert any(a[:2] == ("other", "2013-05-16") for a in actions)  # the curfew in Adamawa
    assert ("deployment", "2014-06-15", "PK") in actions  # Zarb-e-Azb
    assert [a for a in actions if a[0] == "air_strike" and a[2] == "PK"] == [
        ("air_strike", "2014-06-15", "PK")  # "Jets struck hideouts in the Degan area" too
    ]
    figures = {
        (f["category"], f["quantity"]["value"], f["period_start"])
        for f in records(app46, "figures")
    }
    assert {("victims_total", 32685, "2014"), ("victims_total", 6644, "2014")} <= figures
    assert ("foreign_fighters_left", 7000, "2015-01") in figures
    assert not {v for _, v, _ in figures} & {80, 317, 51}  # rates and shares of change


# Week 47 (held out, then its rules): the Tunis bus bombing told twice, Egypt's strikes after
# Minya, the Djerba verdict, Brussels lowered to level three, the U.N. monitors' count.
WEEK47 = ROOT / "tests" / "data" / "week47"


@pytest.fixture(scope="module")
def app47(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK47, tmp_path_factory)


def test_week_47_s_incidents_and_alerts(app47: Veille) -> None:
    incidents = app47.incidents(IncidentFilter(limit=50)).items
    (tunis,) = [i for i in incidents if i.place and i.place.country == "TN"]
    assert (tunis.date.value, len(tunis.articles), tunis.place and tunis.place.name) == (
        "2015-11-24",
        2,
        "Tunis",
    )
    egypt = {(i.date.value, i.place.name if i.place else None) for i in incidents}
    assert ("2017-05-26", "Minya") in egypt and ("2017-04-09", "Egypt") in egypt
    assert not [i for i in incidents if i.place and i.place.country in {"LY", "NO"}]
    alerts = {(a["level"], a["change"], a["effective"]) for a in records(app47, "alerts")}
    assert alerts == {
        ("3", "lowered", "2015-11-26"),
        ("4", "raised", "2015-11-21"),
        ("4", "maintained", "2015-11-23"),
    }
    known = {
        r["known_incident"]["name"] for r in records(app47, "references") if r["known_incident"]
    }
    assert {"Bardo National Museum attack", "Sousse attacks"} <= known


def test_week_47_s_actions_and_figures(app47: Veille) -> None:
    actions = [(a["kind"], a["date"]) for a in records(app47, "actions")]
    assert ("air_strike", "2017-05-26") in actions  # six strikes near Derna on Friday
    assert actions.count(("sentence", "2009-02-05")) == 2  # Ganczarski and Nouar, one ruling
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app47, "figures")}
    assert ("foreign_fighters_left", 25000) in figures
    assert not {v for _, v in figures} & {3, 92, 3000}  # men sought, house arrests, recruits


# Week 48 (held out, then its rules): Mogadishu's truck bomb told twice beside two other car
# bombs, Burgas, the UK raised to severe in 2010, Europol's TE-SAT 2017.
WEEK48 = ROOT / "tests" / "data" / "week48"


@pytest.fixture(scope="module")
def app48(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK48, tmp_path_factory)


def test_week_48_s_incidents_and_alerts(app48: Veille) -> None:
    incidents = app48.incidents(IncidentFilter(limit=50)).items
    somalia = sorted(
        (i.date.value, i.killed.best if i.killed else None, len(i.articles))
        for i in incidents
        if i.place and i.place.country == "SO"
    )
    # the truck bomb (358, both articles), the Madina car bomb and the Markaz one
    assert somalia == [("2017-10-14", 2, 1), ("2017-10-14", 358, 2), ("2017-10-20", 2, 1)]
    (burgas,) = [i for i in incidents if i.place and i.place.country == "BG"]
    assert burgas.killed is not None and burgas.killed.best == 6  # five Israelis and the driver
    alerts = {(a["level"], a["change"], a["effective"]) for a in records(app48, "alerts")}
    assert ("severe", "raised", "2010-01-22") in alerts
    known = {
        r["known_incident"]["name"] for r in records(app48, "references") if r["known_incident"]
    }
    assert {"2016 Brussels bombings", "2016 Nice attack", "2016 Berlin attack"} <= known
    assert "November Mogadishu car bombing" not in known


def test_week_48_s_actions_and_figures(app48: Veille) -> None:
    actions = [(a["kind"], a["date"]) for a in records(app48, "actions")]
    assert ("sentence", "2020-09-21") in actions
    assert not [a for a in actions if a[0] == "arrest" and a[1] == "2016"]  # a trend
    figures = {
        (f["category"], f["quantity"]["value"], f["period_start"])
        for f in records(app48, "figures")
    }
    assert {
        ("victims_total", 142, "2016"),
        ("victims_total", 379, "2016"),
        ("other", 142, "2016"),
        ("detained", 1002, "2016"),
        ("detained", 1077, "2015"),
    } <= figures


# Week 49 (held out, then its rules): Sousse told twice, Kuwait and Lyon the same day, the
# Kampala bombings, the two Volgograd bombings, the Dutch raise of 2013, the Soufan Center's
# counts of returnees.
WEEK49 = ROOT / "tests" / "data" / "week49"


@pytest.fixture(scope="module")
def app49(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK49, tmp_path_factory)


def test_week_49_s_incidents_and_alerts(app49: Veille) -> None:
    incidents = app49.incidents(IncidentFilter(limit=50)).items
    told = {
        (i.date.value, i.place.name if i.place else None): i
        for i in incidents
        if i.date.value is not None
    }
    sousse = told[("2015-06-26", "Sousse")]
    # the first count of 39 included the gunman: superseded, kept and not counted
    assert sousse.killed is not None and sousse.killed.best == 38 and len(sousse.articles) == 2
    assert [g.id for g in told[("2015-06-26", "Kuwait City")].perpetrator_groups] == [
        "islamic-state"
    ]
    assert told[("2015-06-26", "Lyon")].perpetrator_groups == []
    kampala = told[("2010-07-11", "Kampala")]
    assert kampala.killed is not None and kampala.killed.best == 74
    assert {("2013-12-30", "Volgograd"), ("2013-12-29", "Volgograd")} <= set(told)
    # not the match's Spain, the spokesman's Mogadishu nor the threatened Bujumbura
    assert not [i for i in incidents if i.place and i.place.country in {"ES", "SO", "BI"}]
    alerts = {(a["level_name"], a["change"], a["effective"]) for a in records(app49, "alerts")}
    assert ("substantial", "raised", "2013-03-13") in alerts


def test_week_49_s_figures(app49: Veille) -> None:
    figures = {
        (f["category"], f["quantity"]["value"], f["place"]) for f in records(app49, "figures")
    }
    assert {
        ("foreign_fighters_left", 3417, "Russia"),
        ("foreign_fighters_left", 2926, "Tunisia"),
        ("foreign_fighters_returned", 900, "Turkey"),
    } <= figures


# Week 50 (held out, then its rules): Westgate told on its second day and at the charges, the
# Jakarta attack, Turkey's July 2015 strikes beside three attacks, the Ankara bomber named, the
# first NTAS bulletin.
WEEK50 = ROOT / "tests" / "data" / "week50"


@pytest.fixture(scope="module")
def app50(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK50, tmp_path_factory)


def test_week_50_s_incidents_and_alerts(app50: Veille) -> None:
    incidents = app50.incidents(IncidentFilter(limit=50)).items
    (westgate,) = [i for i in incidents if i.place and i.place.country == "KE"]
    # one siege of four days: the first day, both articles, 67 dead and 175 taken to hospital
    assert (westgate.date.value, len(westgate.articles)) == ("2013-09-21", 2)
    assert westgate.wounded is not None and westgate.wounded.best == 175
    (jakarta,) = [i for i in incidents if i.place and i.place.country == "ID"]
    assert (jakarta.place and jakarta.place.name, jakarta.killed and jakarta.killed.best) == (
        "Jakarta",
        2,
    )
    turkey = {i.date.value: i for i in incidents if i.place and i.place.country == "TR"}
    assert {"2015-07-20", "2015-07-22", "2015-07-23", "2015-10-10"} <= set(turkey)
    assert len(turkey["2015-07-20"].articles) == 2  # Suruc, told by both Turkish articles
    alerts = {(a["level"], a["change"], a["effective"]) for a in records(app50, "alerts")}
    assert ("bulletin", "set", "2015-12-16") in alerts


def test_week_50_s_actions_and_figures(app50: Veille) -> None:
    actions = {(a["kind"], a["date"], a["place"]) for a in records(app50, "actions")}
    # the overnight strikes in Iraq and Syria told in one sentence stay two records
    assert {("air_strike", "2015-07-25", "Iraq"), ("air_strike", "2015-07-25", "Syria")} <= actions
    assert ("seizure", None, "Gaziantep") in actions
    figures = {f["quantity"]["value"] for f in records(app50, "figures")}
    assert not figures & {9, 175, 1000}  # a month's arrest, the hurt, the evacuated


# Week 51 (held out, then its rules): the Domodedovo bombing told on the day and at Umarov's
# claim, Russia's first strikes in Syria, NATO's Article 5 and the ANZUS treaty, Bosnia's
# foreign fighters, Europol's TE-SAT 2021.
WEEK51 = ROOT / "tests" / "data" / "week51"


@pytest.fixture(scope="module")
def app51(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK51, tmp_path_factory)


def test_week_51_s_incidents_and_actions(app51: Veille) -> None:
    incidents = app51.incidents(IncidentFilter(limit=50)).items
    (domodedovo,) = [i for i in incidents if i.date.value == "2011-01-24"]
    assert len(domodedovo.articles) == 2
    assert domodedovo.killed is not None and domodedovo.killed.best == 36
    # Umarov said he ordered it, and the article says he leads the Caucasus Emirate
    assert [g.id for g in domodedovo.perpetrator_groups] == ["caucasus-emirate"]
    # the report's "one attack, in Germany" counted by kind is no incident
    assert not [i for i in incidents if i.date.value is None]
    actions = {(a["kind"], a["date"], a["status"]) for a in records(app51, "actions")}
    assert {
        ("treaty_clause", "2001-10-02", "carried out"),
        ("treaty_clause", "2001-09-12", "announced"),
        ("treaty_clause", "2001-09-14", "carried out"),
        ("other", "2011-01-26", "carried out"),  # the transport police chief dismissed
        ("deployment", "2011-01-24", "carried out"),  # security ordered stepped up
    } <= actions
    assert not [a for a in records(app51, "actions") if a["kind"] == "search"]


def test_week_51_s_figures(app51: Veille) -> None:
    figures = {
        (f["category"], f["quantity"]["value"], f["place"]) for f in records(app51, "figures")
    }
    assert {
        ("foreign_fighters_killed", 50, None),  # "At least 50 of the men"
        ("foreign_fighters_returned", 47, None),
        ("other", 62, "United Kingdom"),
        ("detained", 185, "United Kingdom"),
    } <= figures


# Week 52 (held out, then its rules): the Ataturk airport attack told twice, the DusitD2
# suspects held, France's first Serval strikes, the Dagestan attacks, Europol's TE-SAT 2023.
WEEK52 = ROOT / "tests" / "data" / "week52"


@pytest.fixture(scope="module")
def app52(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK52, tmp_path_factory)


def test_week_52_s_incidents_and_references(app52: Veille) -> None:
    incidents = app52.incidents(IncidentFilter(limit=50)).items
    (istanbul,) = [i for i in incidents if i.place and i.place.name == "Istanbul"]
    assert len(istanbul.articles) == 2 and istanbul.killed and istanbul.killed.best == 44
    assert {"Rakim Bulgarov", "Vadim Osmanov"} <= set(istanbul.perpetrators)
    assert not [i for i in incidents if i.place and i.place.country == "IT"]
    # Derbent and Makhachkala, "at about the same time": the coordinated attacks told as one
    (dagestan,) = [i for i in incidents if i.date.value == "2024-06-23"]
    assert dagestan.wounded is not None and dagestan.wounded.best == 46
    assert not [i for i in incidents if i.place and i.place.name == "Makhachkala"]
    names = {
        r["known_incident"]["name"] for r in records(app52, "references") if r["known_incident"]
    }
    assert {
        "March 2016 Istanbul bombing",
        "Garissa University College attack",
        "7 July 2005 London bombings",
    } <= names


def test_week_52_s_actions_and_figures(app52: Veille) -> None:
    actions = {(a["kind"], a["date"]) for a in records(app52, "actions")}
    assert {("other", "2019-01-18"), ("air_strike", "2013-01-11")} <= actions
    assert not [a for a in records(app52, "actions") if a["kind"] in {"expulsion", "search"}]
    figures = {
        (f["category"], f["quantity"]["value"], f["place"]) for f in records(app52, "figures")
    }
    assert {
        ("detained", 93, "France"),
        ("detained", 22, "Belgium"),
        ("detained", 18, None),
        ("victims_total", 4, None),
    } <= figures
    assert not {f["quantity"]["value"] for f in records(app52, "figures")} & {5, 6000}


# Week 53 (held out, then its rules): the London bombings of 7 July 2005 and the failed attacks
# of 21 July, the U.S. mass-transit alert, the arrests of 27-29 July, Denmark's first strikes on
# Islamic State, Spain's foreign fighters.
WEEK53 = ROOT / "tests" / "data" / "week53"


@pytest.fixture(scope="module")
def app53(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK53, tmp_path_factory)


def test_week_53_s_incidents_and_alerts(app53: Veille) -> None:
    incidents = app53.incidents(IncidentFilter(limit=50)).items
    # one incident for each day, told by several articles, never merged with each other
    assert sorted(i.date.value or "" for i in incidents) == ["2005-07-07", "2005-07-21"]
    july7, july21 = sorted(incidents, key=lambda i: i.date.value or "")
    assert len(july7.articles) >= 3 and july7.killed is not None and july7.killed.best == 52
    assert july21.status == "attempt"
    assert july21.killed is not None and july21.killed.best == 0
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"]) for a in records(app53, "alerts")
    }
    assert ("US", "orange", "raised", "2005-07-07") in alerts


def test_week_53_s_actions_and_figures(app53: Veille) -> None:
    actions = [(a["kind"], a["date"], a["place"]) for a in records(app53, "actions")]
    assert ("arrest", "2005-07-27", "Birmingham") in actions
    assert not [a for a in actions if a[0] == "seizure"]  # people seized are arrested
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app53, "figures")}
    assert {
        ("foreign_fighters_left", 222),
        ("foreign_fighters_returned", 34),
        ("foreign_fighters_killed", 47),
        ("foreign_fighters_left", 115),
        ("foreign_fighters_returned", 14),
        ("other", 199),  # "Of the 222, 199 are men and 23 are women"
        ("other", 23),
    } <= figures


# Week 54 (held out, then its rules): Oslo and Utoya told the next day and after the toll's
# revision, Glasgow airport and the Haymarket car bombs with Britain's raise to critical and its
# lowering, the Stockholm suicide bombing of 2010, Morocco's foreign fighters.
WEEK54 = ROOT / "tests" / "data" / "week54"


@pytest.fixture(scope="module")
def app54(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK54, tmp_path_factory)


def test_week_54_s_incidents_and_alerts(app54: Veille) -> None:
    incidents = app54.incidents(IncidentFilter(limit=50)).items
    places = sorted(i.place.name for i in incidents if i.place)
    # two attacks by one man are two incidents; Glasgow is not London; Stockholm is one attack
    assert places.count("Oslo") == 1 and places.count("Stockholm") == 1
    assert "Glasgow" in places
    (oslo,) = [i for i in incidents if i.place and i.place.name == "Oslo"]
    assert oslo.killed is None or oslo.killed.best not in {76, 84, 91}
    (stockholm,) = [i for i in incidents if i.place and i.place.name == "Stockholm"]
    assert stockholm.wounded is not None and stockholm.wounded.best == 2
    alerts = {
        (a["country"], a["level"], a["change"], a["effective"], a["said_by"])
        for a in records(app54, "alerts")
    }
    assert {
        ("GB", "critical", "raised", "2007-06-30", "Home Secretary Jacqui Smith"),
        ("GB", "severe", "lowered", "2007-07-04", "Home Secretary Jacqui Smith"),
    } <= alerts


def test_week_54_s_actions_and_figures(app54: Veille) -> None:
    actions = {(a["kind"], a["date"]) for a in records(app54, "actions")}
    assert {("charge", None), ("arrest", "2019-10-25"), ("sentence", "2019-07")} <= actions
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app54, "figures")}
    assert {("foreign_fighters_left", 1659), ("foreign_fighters_killed", 742)} <= figures
    assert ("foreign_fighters_killed", 1659) not in figures


# Week 55 (held out, then its rules): the Madrid train bombings told the same day, after the
# first arrests and after the Leganes blast; the U.S. orange alert of February 2003; the Beslan
# school siege; Kazakhstan's repatriations and its citizens in Syria.
WEEK55 = ROOT / "tests" / "data" / "week55"


@pytest.fixture(scope="module")
def app55(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK55, tmp_path_factory)


def test_week_55_s_incidents_and_alerts(app55: Veille) -> None:
    incidents = app55.incidents(IncidentFilter(limit=50)).items
    # Madrid is one incident of its three articles, dated by the bombings, not the arrests
    madrid = [i for i in incidents if i.date.value == "2004-03-11"]
    assert len(madrid) == 1 and len(madrid[0].articles) == 3
    assert madrid[0].killed is not None and madrid[0].killed.best != 800  # ETA's history
    # the Leganes blast is an incident of its own, not the bombings its doer was suspected of
    (leganes,) = [i for i in incidents if i.date.value == "2004-04-03"]
    assert leganes.place is not None and leganes.place.name != "Madrid"
    assert not any(i.status == "threat" for i in incidents)  # an interest in dirty bombs
    alerts = {(a["level"], a["change"], a["effective"]) for a in records(app55, "alerts")}
    assert ("orange", "raised", "2003-02-07") in alerts
    assert not any(effective == "2002-03" for _, _, effective in alerts)


def test_week_55_s_actions_and_figures(app55: Veille) -> None:
    actions = {(a["kind"], a["date"]) for a in records(app55, "actions")}
    assert {("other", "2019-01-06"), ("other", "2019-05-07")} <= actions  # repatriations
    # no air strike from the passenger planes, no seizure from the gunmen who seized the school
    assert ("air_strike", "2004-08-24") not in actions
    assert ("seizure", "2004-09-01") not in actions
    figures = {
        (f["category"], f["quantity"]["value"], f["as_of"]) for f in records(app55, "figures")
    }
    assert {
        ("foreign_fighters_left", 300, "2014-11"),
        ("foreign_fighters_left", 800, "2018-07"),
        ("other", 120, "2018-07"),
    } <= figures


# Week 56 (held out, then its rules): the Bardo museum attack told the next day and after the
# arrests; the Forest raid in Brussels with Belgium's level kept at three; the U.S. orange alert
# of December 2003; Albania's and North Macedonia's repatriations and fighters.
WEEK56 = ROOT / "tests" / "data" / "week56"


@pytest.fixture(scope="module")
def app56(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK56, tmp_path_factory)


def test_week_56_s_incidents_and_alerts(app56: Veille) -> None:
    incidents = app56.incidents(IncidentFilter(limit=50)).items
    (bardo,) = [i for i in incidents if i.date.value == "2015-03-18"]
    assert bardo.place is not None and bardo.place.name == "Tunis"  # not Libya
    assert len(bardo.articles) == 2 and bardo.killed is not None and bardo.killed.best == 21
    alerts = {(a["country"], a["change"], a["effective"]) for a in records(app56, "alerts")}
    assert {("BE", "maintained", None), ("BE", "raised", "2015-01")} <= alerts
    assert not any(effective == "2002-03" for _, _, effective in alerts)


def test_week_56_s_actions_and_figures(app56: Veille) -> None:
    actions = [(a["kind"], a["count"], a["date"]) for a in records(app56, "actions")]
    counts = [c["value"] if c else None for k, c, _ in actions if k == "other"]
    assert 34 in counts and 11 in counts  # repatriations by North Macedonia and Kosovo
    nine = [d for k, c, d in actions if k == "arrest" and c and c["value"] in {4, 9}]
    assert "2015-03-19" in nine and len([d for d in nine if d is None]) == 0
    figures = {(f["category"], f["quantity"]["value"]) for f in records(app56, "figures")}
    assert ("foreign_fighters_left", 150) in figures
    assert not any(value in {14, 34} for _, value in figures)  # people brought home: actions


# Week 57 (held out, then its rules): the Istanbul synagogue bombings and, five days later, the
# HSBC and British consulate bombings, with the charges that followed (2003); the Amman hotel
# bombings and the failed bomber's confession (2005); Trinidad and Tobago's citizens abroad.
WEEK57 = ROOT / "tests" / "data" / "week57"


@pytest.fixture(scope="module")
def app57(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK57, tmp_path_factory)


def test_week_57_s_incidents(app57: Veille) -> None:
    incidents = app57.incidents(IncidentFilter(limit=50)).items
    istanbul = {i.date.value: i for i in incidents if i.place and i.place.name == "Istanbul"}
    # two incidents five days apart, never merged, never placed in Israel or Britain
    assert set(istanbul) == {"2003-11-15", "2003-11-20"}
    assert len(istanbul["2003-11-15"].articles) == 3 and len(istanbul["2003-11-20"].articles) == 2
    assert not [i for i in incidents if i.place and i.place.country in {"IL", "GB"}]
    (amman,) = [i for i in incidents if i.place and i.place.name == "Amman"]
    assert amman.date.value == "2005-11-09" and len(amman.articles) == 2
    assert amman.killed is not None and amman.killed.best == 57
    assert "Abu Musab al-Zarqawi" not in amman.perpetrators  # the leader of the claiming group


def test_week_57_s_actions_and_figures(app57: Veille) -> None:
    actions = {
        (a["kind"], a["date"], (a["count"] or {}).get("value")) for a in records(app57, "actions")
    }
    assert {
        ("arrest", "2003-11-25", None),  # caught at the Gurbulak border crossing
        ("charge", "2003-11-25", 9),
        ("charge", "2003-11-19", 6),
        ("charge", None, 20),
    } <= actions
    figures = [(f["quantity"]["value"], f["as_of"]) for f in records(app57, "figures")]
    assert (120, "2016-08") in figures  # "By August, the Sunday Guardian put the number ..."
    assert (40, "2016-04") in figures  # "Dillon said then that about 40 of them were children"
    assert [v for v, _ in figures].count(130) == 1  # his own words repeat the dated count


# Week 58 (held out, then its rules): the second Bali bombings (2005); the Sharm el-Sheikh
# bombings (2005); the Minsk metro bombing (2011); Britain's raise to severe and the powers that
# followed (2014); Saudi Arabia's 431 arrests (2015); the Maldives' citizens abroad.
WEEK58 = ROOT / "tests" / "data" / "week58"


@pytest.fixture(scope="module")
def app58(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK58, tmp_path_factory)


def test_week_58_s_incidents_and_alerts(app58: Veille) -> None:
    incidents = app58.incidents(IncidentFilter(limit=50)).items
    by_place = {(i.place.name if i.place else None, i.date.value): i for i in incidents}
    bali = by_place[("Jimbaran", "2005-10-01")]
    assert bali.killed is not None and 202 not in {c.value for c in bali.killed.claims}
    assert ("Sharm el-Sheikh", "2005-07-23") in by_place  # not the GMT clock's Friday
    assert [d for p, d in by_place if p == "Minsk"] == ["2011-04-11"]  # the headline joins it
    assert ("Sousse", "2015-06-26") in by_place and ("Al Qaţīf", "2015-05-22") in by_place
    assert not [i for i in incidents if i.place and i.place.country in {"LK", "DZ"}]
    alerts = {(a["level"], a["change"], a["effective"]) for a in records(app58, "alerts")}
    assert ("severe", "raised", "2014-08-29") in alerts


def test_week_58_s_actions_and_figures(app58: Veille) -> None:
    actions = records(app58, "actions")
    found = {(a["kind"], a["date"]) for a in actions}
    assert {("law", "2015"), ("other", "2017"), ("arrest", "2011-04-12")} <= found
    (minsk,) = [a for a in actions if a["date"] == "2011-04-12"]
    assert minsk["actor"]["name"] == "State Security Committee (Belarus)"
    figures = {
        (f["quantity"]["value"], f["as_of"], f["said_by"]) for f in records(app58, "figures")
    }
    assert (50, "2015-01", "Police Commissioner Hussain Waheed") in figures
    assert (40, "2016-03", "Foreign Secretary Ali Naseer Mohamed") in figures
    assert (200, "2015-12", "The Soufan Group") in figures
    assert not {v for v, _, _ in figures} & {350000, 4, 3}  # a population, cells, custody


# Week 59 (held out, then its rules): the Casablanca bombings and Morocco's round-up (2003); the
# Riyadh compound bombings (2003); the Moscow metro bombings and Umarov's claim (2010); Tajikistan's
# children brought home from Iraq and its counts of citizens who left (2019).
WEEK59 = ROOT / "tests" / "data" / "week59"


@pytest.fixture(scope="module")
def app59(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK59, tmp_path_factory)


def test_week_59_s_incidents_and_references(app59: Veille) -> None:
    incidents = app59.incidents(IncidentFilter(limit=50)).items
    by_place = {(i.place.name if i.place else None, i.date.value): i for i in incidents}
    metro = by_place[("Moscow", "2010-03-29")]
    assert len(metro.articles) == 2 and metro.killed is not None and metro.killed.best == 39
    assert len(by_place[("Casablanca", "2003-05-16")].articles) == 2
    assert len(by_place[("Riyadh", "2003-05-12")].articles) == 3
    # a pledge and an ally name no place; Tuesday's vow dates no attack in Dagestan
    assert not [i for i in incidents if i.place and i.place.country == "US"]
    assert [d for p, d in by_place if p == "Kizlyar"] == [None]
    references = records(app59, "references")
    known = {r["known_incident"]["name"] for r in references if r["known_incident"]}
    assert "Terrorist attack against cyclists in Tajikistan" in known  # "on July 29 ..., when"
    told = {(r["date"], (r["told"]["killed"] or {}).get("value")) for r in references if r["told"]}
    assert {("2004-08-31", 10), ("2004-02", None)} <= told


def test_week_59_s_actions_and_figures(app59: Veille) -> None:
    actions = records(app59, "actions")
    counts = [(a["count"] or {}).get("value") for a in actions if a["kind"] == "arrest"]
    assert 3 in counts and 700 not in counts  # "according to the committee's figures": a tally
    assert [a["place"] for a in actions if a["kind"] == "seizure"] == ["Riyadh"]
    figures = {(f["quantity"]["value"], f["category"]) for f in records(app59, "figures")}
    assert {(1700, "other"), (500, "foreign_fighters_killed"), (700, "detained")} <= figures
    assert not {v for v, _ in figures} & {70, 50, 40, 19}  # staff, the wounded, men sought
    (liberty,) = [f for f in records(app59, "figures") if f["quantity"]["value"] == 100]
    assert liberty["as_of"] == "2019-03" and liberty["period_start"] is None


# Week 60 (held out, then its rules): the Jakarta hotel bombings and Noordin Top's death (2009);
# the Mumbai train bombings (2006); the Mombasa attacks (2002); the NTAS bulletin after the
# Capitol riot (2021); Kyrgyzstan's children brought home from Iraq (2021).
WEEK60 = ROOT / "tests" / "data" / "week60"


@pytest.fixture(scope="module")
def app60(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK60, tmp_path_factory)


def test_week_60_s_incidents_and_references(app60: Veille) -> None:
    incidents = app60.incidents(IncidentFilter(limit=50)).items
    by_place = {(i.place.name if i.place else None, i.date.value): i for i in incidents}
    assert len(by_place[("Jakarta", "2009-07-17")].articles) == 2  # told from Solo two months on
    mumbai = [i for (p, _), i in by_place.items() if p == "Mumbai"]
    assert [i.date.value for i in mumbai] == ["2006-07-11"]  # not the day the toll rose
    # "the Paradise Hotel at Kikambala, about 25 km ... north of Mombasa", not where the airliner
    # took off from
    assert ("Kikambala", "2002-11-28") in by_place and ("Bet She’an", "2002-11-28") in by_place
    assert not [d for _, d in by_place if d and d.startswith("2020")]
    references = records(app60, "references")
    known = {r["known_incident"]["name"] for r in references if r["known_incident"]}
    assert "2003 Mumbai train bombing" not in known  # the headline names the news
    told = {(r["date"], r["told"]["place"]) for r in references if r["told"]}
    assert ("2005-10", "Bali") in told and ("2005-10", "New Delhi") in told


def test_week_60_s_alert_actions_and_figures(app60: Veille) -> None:
    (alert,) = records(app60, "alerts")
    assert (alert["level"], alert["effective"], alert["period_end"]) == (
        "bulletin",
        "2021-01-27",
        "2021-04-30",
    )
    actions = records(app60, "actions")
    assert [
        a["kind"] for a in actions if (a["actor"] or {}).get("name", "").startswith("Supp")
    ] == []
    (kyrgyz,) = [a for a in actions if a["kind"] == "other" and a["country"] == "KG"]
    assert (kyrgyz["count"] or {}).get("value") == 79
    assert 4500 not in {f["quantity"]["value"] for f in records(app60, "figures")}


# Week 61 (held out, then its rules): the Peshawar school attack and Pakistan's executions and
# Khyber air strikes (2014); the Lahore park bombing and the Punjab sweep (2016); the Quetta
# hospital bombing hours after a lawyers' leader was shot (2016); Uzbekistan's families brought
# home from Syria (2019).
WEEK61 = ROOT / "tests" / "data" / "week61"


@pytest.fixture(scope="module")
def app61(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK61, tmp_path_factory)


def test_week_61_s_incidents_groups_and_references(app61: Veille) -> None:
    incidents = app61.incidents(IncidentFilter(limit=50)).items
    quetta = [i for i in incidents if i.place and i.place.name == "Quetta"]
    assert sorted(i.killed.best or 0 for i in quetta if i.killed) == [1, 70]  # two attacks
    by_place = {i.place.name: i for i in incidents if i.place and i.place.name != "Quetta"}
    school = by_place["Peshawar"]
    assert school.date.value == "2014-12-16"  # the burials' Wednesday is not its day
    assert school.killed is not None and school.killed.best == 141
    assert [(g.id, g.attribution) for g in school.perpetrator_groups] == [("ttp", "claimed")]
    park = by_place["Lahore"]
    assert [(g.name, g.attribution) for g in park.perpetrator_groups] == [
        ("Jamaat-ul-Ahrar", "claimed")
    ]
    references = records(app61, "references")
    told = {(r["date"], r["told"]["place"]) for r in references if r["told"]}
    assert ("2012-10", "Swat") in told and ("2009", "Rawalpindi") in told
    known = {r["known_incident"]["date"] for r in references if r["known_incident"]}
    assert "2014-06-19" not in known  # June 2014 is the offensive's month


def test_week_61_s_actions_and_figures(app61: Veille) -> None:
    actions = records(app61, "actions")
    (hanged,) = [a for a in actions if a["kind"] == "sentence" and a["date"] == "2014-12-19"]
    assert (hanged["count"] or {}).get("value") == 2
    assert any(a["kind"] == "law" and a["date"] == "2014-12-17" for a in actions)
    assert any((a["count"] or {}).get("value") == 5221 and a["kind"] == "arrest" for a in actions)
    (uzbek,) = [
        a for a in actions if a["country"] == "UZ" or (a["count"] or {}).get("value") == 156
    ]
    assert uzbek["date"] == "2019-05-30"
    figures = {f["quantity"]["value"]: f for f in records(app61, "figures")}
    assert figures[1500]["category"] == "foreign_fighters_left"
    assert figures[1500]["as_of"] == "2017-10"
    assert 5221 not in figures  # an arrest, not a figure


# Week 62 (held out, then its rules): the Radisson Blu siege in Bamako and Mali's state of
# emergency (2015); the Splendid Hotel attack in Ouagadougou (2016); the Pittsburgh and
# Colleyville synagogue attacks (2018, 2022); Denmark's count of its fighters (2014).
WEEK62 = ROOT / "tests" / "data" / "week62"


@pytest.fixture(scope="module")
def app62(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK62, tmp_path_factory)


def test_week_62_s_incidents_and_references(app62: Veille) -> None:
    incidents = app62.incidents(IncidentFilter(limit=50)).items
    bamako = [i for i in incidents if i.place and i.place.name == "Bamako"]
    assert len(bamako) == 1 and len(bamako[0].articles) == 2
    assert bamako[0].date.value == "2015-11-20"
    assert bamako[0].killed is not None and bamako[0].killed.best == 20  # not the day's 27
    ouaga = next(i for i in incidents if i.place and i.place.name == "Ouagadougou")
    assert ouaga.date.value == "2016-01-15"
    assert {g.attribution for g in ouaga.perpetrator_groups} == {"claimed", "named"}
    assert not [i for i in incidents if i.place and i.place.country == "IQ"]  # jets' bombs
    colleyville = next(i for i in incidents if i.place and i.place.country == "US" and not i.killed)
    assert colleyville.date.value == "2022-01-15"
    references = records(app62, "references")
    told = {(r["date"], r["told"]["place"]) for r in references if r["told"]}
    assert ("2019-04", "Poway") in told
    known = {r["known_incident"]["name"] for r in references if r["known_incident"]}
    assert "Pittsburgh synagogue shooting" in known


def test_week_62_s_actions_and_figures(app62: Veille) -> None:
    actions = records(app62, "actions")
    assert not [a for a in actions if a["kind"] == "seizure"]  # militants seized the north
    raids = [a for a in actions if a["kind"] == "raid" and a["date"] == "2015-11-20"]
    assert raids and all(a["count"] is None for a in raids)  # the rescue counts no raids
    assert len([a for a in actions if a["kind"] == "arrest" and a["country"] == "GB"]) == 1
    figures = records(app62, "figures")
    assert not [f for f in figures if f["category"] == "detained"]  # hostages are no detainees
    left = {f["quantity"]["value"]: f for f in figures if f["category"] == "foreign_fighters_left"}
    assert (left[110]["period_start"], left[110]["period_end"]) == ("2012", "2014-12-12")
    assert left[100]["as_of"] == "2014-09"


def test_week_62_s_dateline_town_second_charges_and_one_siege_raid(app62: Veille) -> None:
    incidents = app62.incidents(IncidentFilter(limit=50)).items
    assert any(i.place and i.place.name == "Colleyville" for i in incidents)  # not "Texas"
    actions = records(app62, "actions")
    charges = [a for a in actions if a["kind"] == "charge"]
    assert len(charges) == 2  # federal and state, two prosecutors
    splendid = [a for a in actions if a["kind"] == "raid" and a["country"] == "BF"]
    assert [a["date"] for a in splendid] == ["2016-01-16"]  # the lead's and the body's, one
    (surrender,) = [a for a in actions if a["kind"] == "arrest" and a["country"] != "GB"]
    assert surrender["date"] == "2018-10-27"


# Week 63 (held out, then its rules): the Chibok abduction and the Nyanya bombing (2014); the
# Kampala suicide bombings (2021); Egypt's Palm Sunday church bombings and the Rawda mosque
# attack (2017); Jordan's count of its fighters (2017).
WEEK63 = ROOT / "tests" / "data" / "week63"


@pytest.fixture(scope="module")
def app63(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK63, tmp_path_factory)


def test_week_63_s_incidents(app63: Veille) -> None:
    incidents = app63.incidents(IncidentFilter(limit=50)).items
    by_place = {i.place.name: i for i in incidents if i.place}
    chibok = by_place["Chibok"]
    assert chibok.date.value == "2014-04-14" and len(chibok.articles) == 2
    assert chibok.killed is not None and chibok.killed.best == 2
    nyanya = by_place["Nyanya"]  # the same day, another attack; told twice, counted once
    assert nyanya.killed is not None and nyanya.killed.best == 75
    assert by_place["Borno"].date.value == "2014-05-05"  # eight more girls, another raid
    churches = {
        p: (by_place[p].killed, by_place[p].perpetrator_groups) for p in ("Tanta", "Alexandria")
    }
    assert {p: k.best for p, (k, _) in churches.items() if k} == {"Tanta": 27, "Alexandria": 17}
    assert all(
        [(g.id, g.attribution) for g in groups] == [("islamic-state", "claimed")]
        for _, groups in churches.values()
    )
    (car_bomb,) = [i for i in incidents if i.date.value == "2014-05-01"]  # told after the 14th's
    assert car_bomb.killed is not None and car_bomb.killed.best == 19
    kampala = [i for i in incidents if i.date.value == "2021-11-16"]
    assert [(g.id, g.attribution) for g in kampala[0].perpetrator_groups] == [
        ("islamic-state", "claimed"),
        ("adf", "suspected"),  # "the bombers belonged to domestic groups linked to the ADF"
    ]
    assert [(i.killed and i.killed.best, i.wounded and i.wounded.best) for i in kampala] == [
        (3, 33)
    ]
    rawda = by_place["Bir al-Abed"]
    assert [(g.id, g.attribution) for g in rawda.perpetrator_groups] == [
        ("islamic-state", "suspected")  # the gunmen carried its flag; no one claimed
    ]


def test_week_63_s_actions_and_figures(app63: Veille) -> None:
    actions = records(app63, "actions")
    assert any(a["kind"] == "other" and a["date"] == "2014-05-07" for a in actions)  # reward
    assert not [a for a in actions if a["kind"] == "raid" and a["country"] == "NG"]
    strikes = [a for a in actions if a["kind"] == "air_strike" and a["country"] != "SY"]
    assert "2017-11-24" in {a["date"] for a in strikes}
    orders = [
        a for a in actions if a["kind"] in {"arrest", "deployment"} and a["status"] == "announced"
    ]
    # the prosecutor's order, the army units ordered deployed and the teams "prepared to send"
    assert len(orders) == 3
    figures = records(app63, "figures")
    assert not [f for f in figures if f["counted"] in {"girls", "gunmen"}]
    (jordan,) = [f for f in figures if f["quantity"]["value"] == 900]
    assert jordan["as_of"] == "2017-05-02"
    # the U.S. and British teams "prepared to send" (announced), Metrojet's known incident
    teams = [a for a in actions if a["kind"] == "deployment" and "experts" in (a["what"] or "")]
    assert [t["status"] for t in teams] == ["announced"]
    known = {
        r["known_incident"]["date"] for r in records(app63, "references") if r["known_incident"]
    }
    assert "2015-10-31" in known


def test_week_63_s_claim_by_a_leader(app63: Veille) -> None:
    incidents = app63.incidents(IncidentFilter(limit=50)).items
    (chibok,) = [i for i in incidents if i.place and i.place.name == "Chibok"]
    # "Boko Haram leader Abubakar Shekau said his fighters had seized the girls"
    assert [(g.id, g.attribution) for g in chibok.perpetrator_groups] == [("boko-haram", "claimed")]


# Week 64 (held out, then its rules): the Ansbach bombing (2016); the Dortmund bus bombing's
# arrest (2017); the Trebes girlfriend charged (2018); TAK's claim of the Ankara car bombing
# (2016); Germany's BfV counts (2018); the Dutch threat level after the Amsterdam stabbing (2018).
WEEK64 = ROOT / "tests" / "data" / "week64"


@pytest.fixture(scope="module")
def app64(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK64, tmp_path_factory)


def test_week_64_s_incidents(app64: Veille) -> None:
    incidents = app64.incidents(IncidentFilter(limit=50)).items
    assert not [i for i in incidents if i.place and i.place.country in {"SY", "IQ", "PK", "MC"}]
    by_day = {i.date.value: i for i in incidents}
    ankara = by_day["2016-02-17"]
    assert ankara.place is not None and ankara.place.name == "Ankara"  # not Cizre, avenged
    assert [(g.id, g.attribution) for g in ankara.perpetrator_groups] == [
        ("tak", "claimed"),
        ("ypg", "named"),
    ]
    lice = by_day["2016-02-18"]
    assert lice.killed is not None and lice.killed.best == 6 and not lice.perpetrator_groups
    trebes = by_day["2018-03-23"]
    assert trebes.killed is not None and trebes.killed.best == 4
    assert "2018-03-24" not in by_day  # the officer's death the next day is no attack
    assert by_day["2017-04-11"].place.name == "Dortmund"  # type: ignore[union-attr]
    amsterdam = by_day["2018-08-31"]
    assert amsterdam.wounded is not None and amsterdam.wounded.best == 2
    munich = next(i for i in incidents if i.place and i.place.name == "Munich")
    assert munich.killed is not None and munich.killed.best == 9
    reutlingen = next(i for i in incidents if i.place and i.place.name == "Reutlingen")
    assert reutlingen.date.value == "2016-07-24"


def test_week_64_s_actions_and_figures(app64: Veille) -> None:
    actions = records(app64, "actions")
    arrests = [a for a in actions if a["kind"] == "arrest" and a["date"] == "2017-04-21"]
    assert len(arrests) == 1  # the police and their special unit: one arrest
    assert any(a["kind"] == "arrest" and a["date"] == "2018-08-31" for a in actions)  # "him"
    (shelling,) = [a for a in actions if a["country"] == "SY"]
    assert (shelling["kind"], shelling["date"]) == ("other", "2016-02-13")
    figures = records(app64, "figures")
    salafists = {f["quantity"]["value"]: f for f in figures if f["category"] == "radicalised"}
    assert salafists[10800]["period_start"] == "2017"

    by_value = {f["quantity"]["value"]: f for f in figures}
    assert by_value[774]["as_of"] == "2018-07-24"  # "police currently classed 774 Islamists"
    # "On the day after the attack, police detained ... in Wuppertal"; "hours after the bombing"
    (wuppertal,) = [a for a in actions if a["kind"] == "arrest" and a["place"] == "Wuppertal"]
    assert wuppertal["date"] == "2017-04-12"
    (haftanin,) = [a for a in actions if a["kind"] == "air_strike" and a["date"] == "2016-02-17"]
    assert haftanin["what"] == "PKK camps"


# Week 65 (held out, then its rules): the Bali bombings (2002) and Amrozi's arrest; the Pulwama
# bombing and India's strike at Balakot (2019); Malaysia's counts of its fighters (2020); Britain's
# lowering of its threat level to substantial (2021).
WEEK65 = ROOT / "tests" / "data" / "week65"


@pytest.fixture(scope="module")
def app65(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK65, tmp_path_factory)


def test_week_65_s_incidents(app65: Veille) -> None:
    incidents = app65.incidents(IncidentFilter(limit=50)).items
    by_place = {i.place.name: i for i in incidents if i.place}
    kuta = by_place["Kuta"]  # "on the main street of Kuta"; Denpasar's blast is another
    assert kuta.date.value == "2002-10-12" and len(kuta.articles) == 2
    assert kuta.killed is not None and kuta.killed.best == 187
    assert [(g.id, g.attribution) for g in kuta.perpetrator_groups] == [
        ("jemaah-islamiyah", "suspected")  # "analysts pointed to", "the main suspect"
    ]
    assert by_place["Denpasar"].date.value == "2002-10-12"
    pulwama = by_place["Pulwama"]  # "The raid on Balakot ... came 12 days after"
    assert pulwama.date.value == "2019-02-14" and len(pulwama.articles) == 2
    assert [(g.id, g.attribution) for g in pulwama.perpetrator_groups] == [
        ("jaish-e-mohammed", "claimed")
    ]
    assert "Balakot" not in by_place  # the bombs that fell were India's strike


def test_week_65_s_alerts_and_actions(app65: Veille) -> None:
    alerts = records(app65, "alerts")
    assert sorted((a["level"], a["change"], a["effective"]) for a in alerts) == [
        ("severe", "raised", "2020-11-03"),
        ("substantial", "lowered", "2019-11-04"),
        ("substantial", "lowered", "2021-02-04"),  # "had taken the decision last Thursday"
    ]
    actions = records(app65, "actions")
    (strike,) = [a for a in actions if a["kind"] == "air_strike" and a["country"] == "PK"]
    assert (strike["date"], strike["place"]) == ("2019-02-26", "Balakot")
    (amrozi,) = [a for a in actions if a["kind"] == "arrest" and a["date"] == "2002-11-05"]
    assert amrozi["place"] == "Tenggulun"
    figures = records(app65, "figures")
    (al_hol,) = [f for f in figures if f["quantity"]["value"] == 27]
    assert al_hol["counted"] == "Malaysians linked to militant groups"  # not "boys"


# Week 66 (held out, then its rules): the Palma attack (2021) and Rwanda's troops; the Owo church
# attack (2022); the Kuje prison attack (2022); the Ouagadougou attacks (2018); the car bombing at
# the Australian embassy in Jakarta (2004).
WEEK66 = ROOT / "tests" / "data" / "week66"


@pytest.fixture(scope="module")
def app66(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK66, tmp_path_factory)


def test_week_66_s_incidents(app66: Veille) -> None:
    incidents = app66.incidents(IncidentFilter(limit=50)).items
    assert not [i for i in incidents if i.place and i.place.country in {"ES", "AU", "IQ"}]
    by_day = {i.date.value: i for i in incidents if i.date.value}
    palma = by_day["2021-03-24"]
    assert palma.place is not None and (palma.place.name, palma.place.country) == ("Palma", "MZ")
    assert len(palma.articles) == 2  # Rwanda's article recalls the same assault
    ouaga = by_day["2018-03-02"]
    assert ouaga.place is not None and ouaga.place.name == "Ouagadougou"  # "Burkina Faso's capital"
    assert ouaga.killed is not None and ouaga.killed.best == 8  # not the raid's "about 20"
    assert [(g.id, g.attribution) for g in ouaga.perpetrator_groups] == [("jnim", "claimed")]
    (kuje,) = [i for i in incidents if i.place and i.place.name == "Kuje"]
    assert kuje.date.value == "2022-07-05"
    (ambush,) = [i for i in incidents if i.place and i.place.name == "Dutsinma"]
    assert ambush.date.value == "2022-07-05"  # "Hours before the jailbreak"
    assert [(g.id, g.attribution) for g in kuje.perpetrator_groups] == [("iswap", "claimed")]
    assert kuje.killed is not None and kuje.killed.best == 5  # four inmates and a guard
    (mali,) = [i for i in incidents if i.place and i.place.country == "ML"]
    assert [(g.id, g.attribution) for g in mali.perpetrator_groups] == [("jnim", "claimed")]
    assert mali.date.value == "2018-02-21"  # "It also claimed a bomb ... on Feb. 21"
    owo = by_day["2022-06-05"]
    assert owo.place is not None and owo.place.name == "Owo"
    assert len(owo.articles) == 2  # "Last month, the government blamed ISWAP for an attack"
    assert [(g.id, g.attribution) for g in owo.perpetrator_groups] == [("iswap", "suspected")]
    jakarta = by_day["2004-09-09"]
    assert [(g.id, g.attribution) for g in jakarta.perpetrator_groups] == [
        ("jemaah-islamiyah", "claimed")  # "in the name of Jemaah Islamiah claimed the bombing"
    ]
    told = {r["date"] for r in records(app66, "references")}
    assert "2003-10-09" not in told  # Australia's election is no attack


def test_week_66_s_actions_and_figures(app66: Veille) -> None:
    actions = records(app66, "actions")
    (rwanda,) = [a for a in actions if a["kind"] == "deployment" and a["status"] == "carried out"]
    assert rwanda["count"]["value"] == 1000 and rwanda["place"] == "Cabo Delgado"
    assert not [a for a in actions if a["kind"] == "seizure"]  # the port the insurgents took
    assert any(a["kind"] == "arrest" and (a["count"] or {}).get("value") == 443 for a in actions)
    figures = records(app66, "figures")
    totals = {f["quantity"]["value"] for f in figures if f["category"] == "victims_total"}
    assert {2600, 3000} <= totals
    assert not [f for f in figures if f["counted"] == "inmates"]


# Week 67 (held out, then its rules): the Bratislava bar shooting (2022); the Lugano store
# stabbing (2020); the Algeciras church attack (2023); the RAF drone strike on Reyaad Khan (2015);
# Norway's raise after the Oslo shooting (2022); Azerbaijan's fighters (2017).
WEEK67 = ROOT / "tests" / "data" / "week67"


@pytest.fixture(scope="module")
def app67(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK67, tmp_path_factory)


def test_week_67_s_incidents_and_actions(app67: Veille) -> None:
    incidents = app67.incidents(IncidentFilter(limit=50)).items
    by_place = {i.place.name: i for i in incidents if i.place}
    algeciras = by_place["Algeciras"]
    assert algeciras.date.value == "2023-01-25"  # "struck the priest ... on Wednesday"
    assert algeciras.killed is not None and algeciras.killed.best == 1  # the sacristan
    assert algeciras.perpetrator_groups == []  # not Barcelona's Islamic State claim
    bratislava = by_place["Bratislava"]
    assert (
        bratislava.killed and bratislava.killed.best,
        bratislava.wounded and bratislava.wounded.best,
    ) == (2, 1)
    # the RAF strike is the state's act, not an incident of the man it killed
    assert not [i for i in incidents if i.place and i.place.country == "SY"]
    actions = records(app67, "actions")
    strikes = {
        (a["date"], (a["actor"] or {}).get("id"), a["status"])
        for a in actions
        if a["kind"] == "air_strike"
    }
    assert ("2015-08-21", "british-armed-forces", "carried out") in strikes
    assert ("2015-08-24", "us-armed-forces", "carried out") in strikes
    assert ("2014-09", "british-armed-forces", "announced") in strikes  # parliament approved
    arrests = {(a["date"], a["place"]) for a in actions if a["kind"] == "arrest"}
    assert ("2020-11-24", "Lugano") in arrests  # "held her until officers arrived"
    (lugano,) = [i for i in incidents if i.place and i.place.name == "Lugano"]
    taken = [a for a in actions if a["kind"] == "other" and a["what"] == "the investigation"]
    # "have taken over the investigation into Tuesday's attack": the attack of that Tuesday
    assert [(a["answers_incident"] or {}).get("id") for a in taken] == [lugano.id]
    assert not [a for a in actions if a["kind"] == "expulsion" and a["status"] == "carried out"]


def test_week_67_s_leftovers(app67: Veille) -> None:
    incidents = app67.incidents(IncidentFilter(limit=50)).items
    (lugano,) = [i for i in incidents if i.place and i.place.name == "Lugano"]
    # "One of the victims was seriously hurt ..., and the other had minor injuries"
    assert lugano.wounded is not None and lugano.wounded.best == 2
    # "lifted the level from "moderate"", told after the raise to "extraordinary"
    (norway,) = app67.alert_timeline("NO")
    assert (norway["level"], norway["previous_level"]) == ("5", "3")
    actions = records(app67, "actions")
    # "A judge at the High Court in Madrid, the Audiencia Nacional, ... opened an investigation"
    assert [a["place"] for a in actions if a["kind"] == "other" and a["place"] == "Madrid"]
    assert not [a for a in actions if (a["target_group"] or {}).get("id") == "audiencia-nacional"]


def test_week_67_s_figures(app67: Veille) -> None:
    figures = {f["quantity"]["value"]: f for f in records(app67, "figures")}
    assert (figures[85]["category"], figures[85]["as_of"]) == ("detained", "2017-09-24")
    assert figures[195]["category"] == "other"  # stripped of citizenship, not a departure


# Week 68 (held out, then its rules): the Ottawa shooting (2014); the Sydney cafe siege (2014);
# the Orlando nightclub shooting (2016); the San Bernardino shooting (2015); the charges over the
# Quebec City mosque shooting (2017); Australia's fighters (2014).
WEEK68 = ROOT / "tests" / "data" / "week68"


@pytest.fixture(scope="module")
def app68(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK68, tmp_path_factory)


def test_week_68_s_incidents(app68: Veille) -> None:
    incidents = app68.incidents(IncidentFilter(limit=50)).items
    tolls = {
        i.place.name: (
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
        )
        for i in incidents
        if i.place and i.status == "attack"
    }
    assert tolls["Orlando"] == (49, 53)  # not "dead and wounded at more than 100"
    assert tolls["San Bernardino"] == (14, 21)  # "The count of wounded was raised ... to 21"
    assert tolls["Paris"][0] == 130  # the attack it "came less than three weeks after"
    assert tolls["Sydney"][0] == 2  # two hostages; not the murder Monis was charged over
    assert tolls["Saint-Jean-sur-Richelieu"][0] == 1
    assert tolls["Endeavour Hills"] == (None, 2)  # "stabbed two counter-terrorism officers"
    # the plot the raids foiled is not the siege, nor the stabbing: one record of two articles
    (plot,) = [i for i in incidents if i.status != "attack"]
    assert (plot.status, plot.date.value, len(plot.articles)) == ("foiled", "2014-09", 2)
    # "two attacks in October 2014", told one by one in the Quebec article, are past ones
    told = {(r["date"], (r["told"] or {}).get("place")) for r in records(app68, "references")}
    assert {("2014-10", "Ottawa"), ("2014-10", "Saint-Jean-sur-Richelieu")} <= told
    assert not [i for i in incidents if i.date.value is None and i.status == "attack"]
    # the siege is dated by the day the hostages were taken, not by the storming
    (sydney,) = [i for i in incidents if i.place and i.place.name == "Sydney"]
    assert sydney.date.value == "2014-12-15"
    refs = records(app68, "references")
    # "Newtown, Connecticut" is no Tallahassee; "the Boston Marathon" is in Boston
    assert "Tallahassee" not in {(r["told"] or {}).get("place") for r in refs}
    assert "2013-04-15" in {(r["known_incident"] or {}).get("date") for r in refs}


def test_week_68_s_figures(app68: Veille) -> None:
    figures = records(app68, "figures")
    irvine = [f for f in figures if f["quantity"]["value"] == 60]
    assert [(f["as_of"], f["period_start"]) for f in irvine] == [("2014-08", None)]
    values = {f["quantity"]["value"] for f in figures}
    assert not {17, 50, 800, 2} & values  # hostages, a crowd, raiding officers, one attack's
    # "He was not one of the 90 high-risk travellers the police were tracking"
    assert [f["category"] for f in figures if f["quantity"]["value"] == 90] == ["under_watch"]
    actions = records(app68, "actions")
    assert not [a for a in actions if "sexual" in (a["what"] or "")]  # Monis's record
    assert "later more than 800 police officers" not in {
        (a["actor"] or {}).get("name") for a in actions
    }


# Week 69 (held out, then its rules): the Paris police headquarters stabbing (2019); the car
# rammed into barriers outside the UK parliament (2018); the Bielefeld bar stabbing (2025); the
# Schaerbeek police officer's killing (2022); Northern Ireland's lowered level (2022); Ireland's
# fighters (2018).
WEEK69 = ROOT / "tests" / "data" / "week69"


@pytest.fixture(scope="module")
def app69(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK69, tmp_path_factory)


def test_week_69_s_incidents(app69: Veille) -> None:
    incidents = app69.incidents(IncidentFilter(limit=50)).items
    found = {
        (i.date.value, i.place.name if i.place else None): (
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
        )
        for i in incidents
    }
    # "killing three police officers and an administrative worker, three men and a woman"
    assert found[("2019-10-03", "Paris")] == (4, 2)
    # "drove a car into cyclists ... outside Britain's parliament ..., and was arrested"
    assert found[("2018-08-14", "London")] == (None, 3)
    # "leaving four people with life-threatening injuries"; "Police had earlier said five"
    assert found[("2025-05-18", "Bielefeld")] == (None, 4)
    # "The attacker then went round the car and stabbed the second officer"
    assert found[("2022-11-10", "Brussels")] == (1, 1)
    refs = records(app69, "references")
    known = {(r["known_incident"] or {}).get("name") for r in refs}
    assert "2017 Westminster attack" in known  # on Westminster Bridge, in London
    assert "2017 Notre Dame attack" not in known  # "near Notre-Dame cathedral"
    (mckee,) = [r for r in refs if r["date"] == "2019-04"]
    assert (mckee["told"]["place"], mckee["told"]["killed"]["value"]) == ("Derry", 1)


def test_week_69_s_alerts_and_actions(app69: Veille) -> None:
    alerts = records(app69, "alerts")
    ni = [a for a in alerts if a["scheme"] == "gb-northern-ireland" and a["level"] == "substantial"]
    # "the first change since the level was first published in 2010" does not date it
    assert [(a["previous_level"], a["effective"]) for a in ni] == [("severe", None)]
    # "the threat level in Ireland was moderate": no scheme veille knows, not Britain's
    assert not [
        a for a in alerts if a["scheme"] == "gb-national-threat-level" and a["level"] == "moderate"
    ]
    arrests = {(a["date"], a["place"]) for a in records(app69, "actions") if a["kind"] == "arrest"}
    assert ("2025-05-19", "Heiligenhaus") in arrests  # "in Heiligenhaus, near Duesseldorf"


# Week 70 (held out, then its rules): the Chattanooga shootings (2015); the Bourke Street
# stabbing (2018); the LynnMall supermarket stabbing (2021); the Peshawar police mosque bombing
# (2023); the US strikes on Sirte (2016); Americans who went to Syria (2015).
WEEK70 = ROOT / "tests" / "data" / "week70"


@pytest.fixture(scope="module")
def app70(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return ingested(WEEK70, tmp_path_factory)


def test_week_70_s_incidents(app70: Veille) -> None:
    incidents = app70.incidents(IncidentFilter(limit=50)).items
    found = {
        i.place.name: (
            i.date.value,
            i.killed.best if i.killed else None,
            i.wounded.best if i.wounded else None,
        )
        for i in incidents
        if i.place
    }
    # a sailor "wounded when a gunman attacked ... died early on Saturday": one attack, Thursday
    assert found["Chattanooga"] == ("2015-07-16", 5, 2)
    # the lead is not the "2018 Peshawar suicide bombing"; what the bombing avenged is elsewhere
    assert found["Peshawar"] == ("2023-01-30", 101, 220)
    # "a day after ... stabbed shoppers in an Auckland supermarket"; "today" in Friday's quote
    assert found["Auckland"] == ("2021-09-03", None, 7)
    # "stabbed three men, killing one": two wounded, not three
    assert found["Melbourne"] == ("2018-11-09", 1, 2)
    assert "Sirte" not in found  # "U.S. bombs Islamic State in Libya's Sirte": an air strike
    assert len(incidents) == 4


def test_week_70_s_actions_and_figures(app70: Veille) -> None:
    actions = records(app70, "actions")
    laws = [(a["status"], a["date"]) for a in actions if a["kind"] == "law"]
    assert laws == [("announced", "2021-09-04")]  # "will rush through a law"
    figures = {f["quantity"]["value"]: f["category"] for f in records(app70, "figures")}
    assert figures[3400] == figures[4500] == "foreign_fighters_left"  # "of them", not countries
    assert "foreign_fighters_returned" in figures.values()  # "made their way back"
    refs = records(app70, "references")
    lahore = [
        r for r in refs if (r["known_incident"] or {}).get("name") == "2016 Lahore suicide bombing"
    ]
    assert [r["date"] for r in lahore] == ["2016-03-27"]  # "on Easter Sunday in 2016"
