"""What the sentences around an attack say about it: whose day a date is ("ordered ... held
after", "hunted on Wednesday for a gunman who"), ages that are no tolls, a hometown that is no
place of the attack, a group that only urged attacks, "on the same day" and "both attacks", a
court's words about a long-past attack, and a tally of attacks listed by kind. Sentences written
for these tests in wire-copy style (weeks 35 and 36 showed the cases)."""

from __future__ import annotations

import pytest

from incident_helpers import incidents_in as read_incidents
from veille.config import Settings
from veille.models import Article, Incident
from veille.services import Veille

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return Veille(Settings(db=str(tmp_path_factory.mktemp("context") / "v.db")))


def incidents_in(app: Veille, text: str, published: str) -> list[Incident]:
    return read_incidents(app, text, published, article_id="art-context")


def test_the_day_of_an_order_given_after_the_attack_does_not_date_it(app: Veille) -> None:
    text = (
        "Man held over Dortmund stabbings\n\n"
        "DORTMUND, Germany (Reuters) - A judge on Sunday ordered a 31-year-old man held in "
        "custody after two women were stabbed to death in the centre of Dortmund. The man began "
        "stabbing shoppers in a bakery at about 4 p.m. on Saturday, police said. Two women, aged "
        "31 and 77, died of their wounds."
    )
    [incident] = incidents_in(app, text, "2022-05-16")
    assert incident.date.value == "2022-05-14"
    assert incident.killed is not None and incident.killed.best == 2  # 77 is an age


def test_the_day_of_the_hunt_for_the_gunman_is_not_the_attack_s(app: Veille) -> None:
    text = (
        "Police hunt gunman after Lille shooting\n\n"
        "LILLE, France (Reuters) - Hundreds of police hunted on Thursday for a gunman who killed "
        "two people near Lille's main square. Shortly before 9 p.m. on Wednesday, the man opened "
        "fire on passers-by and shot dead two of them, the prosecutor said."
    )
    [incident] = incidents_in(app, text, "2019-03-07")
    assert incident.date.value == "2019-03-06"


def test_where_the_attacker_comes_from_is_not_where_he_attacked(app: Veille) -> None:
    text = (
        "Driver rams factory gate\n\n"
        "PARIS (Reuters) - Karim B., a 29-year-old baker from the Lyon suburb of Villeurbanne, "
        "drove a van into the gate of a chemical plant near Grenoble on Friday, setting off an "
        "explosion that injured three workers, officials said."
    )
    [incident] = incidents_in(app, text, "2016-09-10")
    assert incident.place is not None and incident.place.name != "Villeurbanne"


def test_a_group_that_urged_attacks_did_not_carry_this_one_out(app: Veille) -> None:
    text = (
        "Man stabs two in Nantes\n\n"
        "NANTES, France (Reuters) - A man stabbed two people at a tram stop in Nantes on "
        "Tuesday. No group has claimed the attack, which came a week after Islamic State urged "
        "its followers to attack civilians in Europe."
    )
    [incident] = incidents_in(app, text, "2016-05-11")
    assert incident.perpetrator_groups == []


def test_attacks_on_the_same_day_take_its_date_and_both_are_claimed(app: Veille) -> None:
    text = (
        "Gunman kills four in Lyon\n\n"
        "LYON, France (Reuters) - A gunman killed four people at a market in Lyon on Friday, "
        "police said. On the same day a suicide bomber killed 12 people at a mosque in Kano, "
        "Nigeria, and a gunman killed nine people at a hotel in Mombasa, Kenya. Islamic State "
        "claimed both attacks."
    )
    found = incidents_in(app, text, "2016-06-18")
    by_place = {i.place.name: i for i in found if i.place}
    assert {"Kano", "Mombasa"} <= set(by_place)
    for name in ("Kano", "Mombasa"):
        assert by_place[name].date.value == "2016-06-17"
        assert [g.name for g in by_place[name].perpetrator_groups] == ["Islamic State"]
    assert by_place["Lyon"].perpetrator_groups == []


def test_a_court_s_words_about_a_long_past_bombing_report_no_new_attack(app: Veille) -> None:
    text = (
        "Bomber's cousin jailed\n\n"
        "LONDON (Reuters) - A man who helped his cousin plan the bombing that killed 14 people "
        "at a railway station in Leeds in 2016 was sentenced on Friday to life in prison. "
        "Although his cousin had set off the bomb, the judge said the two were equally "
        "culpable. A jury found him guilty in May of murder and of conspiring to cause an "
        "explosion. His cousin died in the blast."
    )
    assert incidents_in(app, text, "2019-09-20") == []


def test_a_tally_listed_by_kind_of_attack_is_no_incident(app: Veille) -> None:
    text = (
        "Police detain 50 suspects\n\n"
        "ANKARA (Reuters) - Turkish police detained 50 suspected militants on Friday. The group "
        "has carried out at least 12 suicide bombings, six bomb attacks and three armed attacks "
        "in Turkey since 2015, killing more than 250 people."
    )
    assert incidents_in(app, text, "2019-02-08") == []


def test_beheading_his_employer_is_one_killed(app: Veille) -> None:
    text = (
        "Beheading suspect held\n\n"
        "PARIS (Reuters) - The man suspected of beheading his employer at a warehouse in "
        "Chambery on Monday was refusing to talk to investigators, officials said."
    )
    [incident] = incidents_in(app, text, "2018-03-06")
    assert incident.killed is not None and incident.killed.best == 1


def test_the_dateline_city_names_no_past_attack(app: Veille) -> None:
    text = (
        "LONDON (Reuters) - A man who helped his brother plan the suicide bombing that killed "
        "22 people at a pop concert in Manchester in 2017 was sentenced on Thursday."
    )
    article = Article(id="art-dateline", text=text, published="2020-08-20", source="test")
    doc = app.nlp(text)
    names = [r.known.name for r in app.reference_extractor(doc, article)]
    assert not any(name and "London" in name for name in names)


def test_beheading_videos_are_no_beheading(app: Veille) -> None:
    text = (
        "Woman held in camp wants to go home\n\n"
        "She said that while in Britain she had been lured by propaganda. She had also viewed "
        "beheading videos and those glorifying Isis fighters."
    )
    assert incidents_in(app, text, "2019-03-01") == []


def test_a_named_man_attacked_near_a_place_is_an_attack_not_words(app: Veille) -> None:
    text = (
        "Soldier named after street attack\n\n"
        "LONDON (Reuters) - The soldier killed in a street in east London was named on Thursday "
        "as Private John Carter. Carter was attacked on Wednesday afternoon near the barracks in "
        "Hounslow, police said. Senator Jane Miller was attacked in the press on Thursday."
    )
    dates = {i.date.value for i in incidents_in(app, text, "2014-06-12")}
    assert dates == {"2014-06-11"}  # the press's attack on Miller is words
