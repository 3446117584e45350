"""Sentences that refer back to an attack rather than report a new one: an attack named by its
city ("the Moscow attack"), the story of a past attack told on with "he", and a share counted
out of a tally of attacks. Sentences written for these tests in wire-copy style."""

from __future__ import annotations

import pytest

from incident_helpers import incidents_in as read_incidents
from veille.config import Settings
from veille.models import Incident
from veille.services import Veille

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return Veille(Settings(db=str(tmp_path_factory.mktemp("references") / "v.db")))


def incidents_in(app: Veille, text: str, published: str) -> list[Incident]:
    return read_incidents(app, text, published, article_id="art-ref")


def test_an_attack_named_by_its_city_joins_that_incident_not_the_last_one(app: Veille) -> None:
    text = (
        "France raises alert to highest level\n\n"
        "PARIS (Reuters) - France raised its alert on Sunday, two days after gunmen killed 137 "
        "people at a concert hall in Krasnogorsk, just outside Moscow. France last moved to the "
        "top level in October, after a former pupil stabbed a teacher to death at a school in "
        "Arras. Officials said Islamic State Khorasan, which claimed the Moscow attack, had been "
        "behind several plots foiled in France and Germany."
    )
    by_place = {i.place.name: i for i in incidents_in(app, text, "2024-03-24") if i.place}
    assert set(by_place) == {"Krasnogorsk", "Arras"}
    assert [g.name for g in by_place["Krasnogorsk"].perpetrator_groups] == [
        "Islamic State Khorasan Province"
    ]
    # the plots foiled in France are not the Arras stabbing's: no group for it
    assert by_place["Arras"].perpetrator_groups == []


def test_a_past_attack_told_on_with_he_is_no_new_undated_incident(app: Veille) -> None:
    text = (
        "Train gunman jailed for life\n\n"
        "PARIS (Reuters) - A Paris court on Thursday sentenced Ayoub El Khazzani, who opened "
        "fire on a Thalys train in August 2015, to life in prison. El Khazzani boarded the "
        "train in Brussels on Aug. 21, 2015. He opened fire shortly after the train crossed "
        "into France and wounded a passenger."
    )
    assert incidents_in(app, text, "2020-12-17") == []


def test_he_after_a_sentence_of_this_week_still_reports_the_attack(app: Veille) -> None:
    text = (
        "Gunman wounds three in Berlin market\n\n"
        "BERLIN (Reuters) - Police said the man arrived in the city on Monday. He opened fire "
        "on shoppers in a market and wounded three people."
    )
    [incident] = incidents_in(app, text, "2020-12-17")
    assert incident.place is not None and incident.place.name == "Berlin"
    assert incident.wounded is not None and incident.wounded.best == 3


def test_a_share_counted_out_of_a_tally_of_attacks_is_no_incident(app: Veille) -> None:
    text = (
        "EU faced 211 attacks last year\n\n"
        "THE HAGUE (Reuters) - Six EU countries reported 211 terrorist attacks last year, "
        "Europol said on Wednesday. Separatist groups were behind 65 of the attacks, while 17 "
        "were attributed to jihadists."
    )
    assert incidents_in(app, text, "2016-07-20") == []


def test_a_long_past_attack_named_again_with_the_is_no_new_incident(app: Veille) -> None:
    text = (
        "U.S. drone kills al Qaeda leader\n\n"
        "WASHINGTON (Reuters) - Biden said the man had also played a key role in the attack on "
        "the destroyer USS Cole in Yemen in 2000 and in the 1998 bombings of the U.S. embassies "
        "in Kenya and Tanzania. The embassy bombings killed 224 people."
    )
    assert incidents_in(app, text, "2022-08-02") == []


def test_a_claim_s_day_does_not_date_the_attack_it_claims(app: Veille) -> None:
    text = (
        "Islamic State claims nightclub attack\n\n"
        "ISTANBUL (Reuters) - Islamic State claimed responsibility on Monday for the New Year "
        "shooting at an Istanbul nightclub that killed 39 people, saying it was punishing Turkey "
        "for its military operations in Syria."
    )
    [incident] = incidents_in(app, text, "2017-01-02")
    # the nightclub's city, not the Syria of the claim's reasons; no day of its own
    assert incident.place is not None and incident.place.name == "Istanbul"
    assert incident.date.value is None
    assert incident.killed is not None and incident.killed.best == 39


def test_a_machete_and_struck_officers_make_an_armed_assault_dated_by_its_day(
    app: Veille,
) -> None:
    text = (
        "Islamic State claims machete attack on policewomen\n\n"
        "CHARLEROI, Belgium (Reuters) - Islamic State claimed responsibility on Sunday for a "
        "machete attack on two policewomen outside the police headquarters in Charleroi. The "
        "man walked up to the entrance shortly before 4 p.m. on Saturday, pulled a machete from "
        "a sports bag and struck the two officers on guard duty in the face."
    )
    [incident] = incidents_in(app, text, "2016-08-07")
    assert incident.attack_types == ["Armed Assault"]
    assert incident.date.value == "2016-08-06"


def test_deaths_told_without_numbers_add_up_across_the_sentence(app: Veille) -> None:
    text = (
        "Police couple killed\n\n"
        "PARIS (Reuters) - A man stabbed a police commander to death outside his house in "
        "Magnanville on Monday evening and then killed the officer's partner inside the home."
    )
    [incident] = incidents_in(app, text, "2016-06-14")
    assert incident.killed is not None and incident.killed.best == 2


def test_a_sentence_day_is_not_the_murder_s_and_the_verdict_tells_its_day(app: Veille) -> None:
    text = (
        "Killer of lawmaker jailed for life\n\n"
        "LONDON (Reuters) - A loner was sentenced on Wednesday to spend the rest of his life in "
        "prison for the murder of lawmaker Jo Cox, who was shot and stabbed outside a library "
        "in her constituency. A jury found Thomas Mair guilty of murdering the lawmaker in "
        "Birstall, West Yorkshire, on June 16."
    )
    [incident] = incidents_in(app, text, "2016-11-23")
    assert incident.date.value == "2016-06-16"
    assert incident.killed is not None and incident.killed.best == 1


def test_an_attack_of_last_month_is_not_the_one_of_new_year_s_day(app: Veille) -> None:
    text = (
        "Gunman kills 39 at Istanbul nightclub\n\n"
        "ISTANBUL (Reuters) - A gunman killed 39 people at an Istanbul nightclub at about "
        "1:15 a.m. on Sunday. Last month a bomb attack on riot police outside a football "
        "stadium in Istanbul was claimed by Kurdish militants."
    )
    dates = sorted(i.date.value or "" for i in incidents_in(app, text, "2017-01-02"))
    assert dates == ["2016-12", "2017-01-01"]


def test_an_attack_on_a_country_is_placed_there_not_where_the_sentence_is(app: Veille) -> None:
    text = (
        "Germany bans Hamas activity\n\n"
        "BERLIN (Reuters) - The minister banned all activity by Hamas in Germany on Nov. 2 and "
        "dissolved the German branch of Samidoun, which had handed out sweets on a Berlin "
        "street to celebrate the Oct. 7 attack on Israel by Hamas gunmen."
    )
    [incident] = incidents_in(app, text, "2023-11-23")
    assert incident.place is not None and incident.place.country == "IL"


def test_a_bar_named_after_a_far_city_does_not_place_the_attack_there(app: Veille) -> None:
    text = (
        "Norway lowers threat level\n\n"
        "OSLO (Reuters) - Norway lowered its terrorism threat level on Wednesday. The gunman "
        "opened fire at the London Pub, a well-known gay bar, and at a nearby bar early on "
        "Saturday, killing two people and wounding 21."
    )
    [incident] = incidents_in(app, text, "2022-06-29")
    assert incident.place is not None and incident.place.country == "NO"
    assert incident.wounded is not None and incident.wounded.best == 21


def test_the_name_given_to_the_bomber_is_the_perpetrator_s(app: Veille) -> None:
    text = (
        "Bomb kills 13 on St Petersburg metro\n\n"
        "ST PETERSBURG (Reuters) - A bomb exploded in a metro carriage on Monday afternoon, "
        "killing 13 passengers. Investigators have identified the bomber as Akbarzhon Jalilov, a "
        "22-year-old Russian citizen who was born in Kyrgyzstan."
    )
    [incident] = incidents_in(app, text, "2017-04-06")
    assert incident.perpetrators == ["Akbarzhon Jalilov"]  # labelled an organisation
