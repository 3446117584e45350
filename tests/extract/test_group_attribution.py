"""On what grounds an incident's perpetrator groups are tied to it (``attribution``): a claim,
a plain statement or a suspicion, in one article and across articles. Sentences written for
these tests in wire-copy style (weeks 60 to 62 showed the cases)."""

from __future__ import annotations

import pytest

from incident_helpers import incidents_in as read_incidents
from veille.config import Settings
from veille.models import ActorRef, Incident, strongest_attribution
from veille.records import incident_record
from veille.services import Veille

from conftest import load_schema

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return Veille(Settings(db=str(tmp_path_factory.mktemp("attribution") / "v.db")))


def incidents_in(app: Veille, text: str, published: str) -> list[Incident]:
    return read_incidents(app, text, published, article_id="art-attribution")


def groups(incident: Incident) -> dict[str, str | None]:
    return {g.name: g.attribution for g in incident.perpetrator_groups}


def test_a_claim_and_a_suspicion_are_told_apart(app: Veille) -> None:
    text = (
        "MOMBASA, Kenya (Reuters) - A suicide car bomb killed 12 people at an Israeli-owned "
        "hotel near Mombasa on Thursday. A previously unknown group calling itself the Army of "
        "Palestine said in a statement in Lebanon that it had carried out the attack, but "
        "Kenyan and Israeli officials said Osama bin Laden's al Qaeda network could be "
        "responsible."
    )
    [incident] = incidents_in(app, text, "2002-11-29")
    assert groups(incident) == {"al-Qaeda": "suspected", "Army of Palestine": "claimed"}


def test_hallmarks_and_too_early_to_say_whether_are_suspicions(app: Veille) -> None:
    text = (
        "JAKARTA (Reuters) - Suicide bombers struck two luxury hotels in Jakarta on Friday, "
        "killing at least eight people. Yudhoyono said it was too early to say whether the "
        "Jemaah Islamiah network was behind the bombings. Security analysts said the attacks "
        "bore the hallmarks of a Jemaah Islamiah splinter group."
    )
    [incident] = incidents_in(app, text, "2009-07-17")
    assert groups(incident) == {"Jemaah Islamiyah": "suspected"}


def test_a_claim_through_amaq_is_the_group_s_own(app: Veille) -> None:
    text = (
        "QUETTA, Pakistan (Reuters) - A suicide bomber killed at least 70 people at the main "
        "government hospital in Quetta on Monday. Jamaat-ul-Ahrar, a faction of the Pakistani "
        "Taliban, said it had carried out the bombing. Later, the Amaq news agency, which is "
        "linked to Islamic State, said an Islamic State fighter had detonated an explosive "
        "vest among the crowd."
    )
    [incident] = incidents_in(app, text, "2016-08-08")
    # the Pakistani Taliban, named only as the parent of the claimant, did not do it
    assert groups(incident) == {"Jamaat-ul-Ahrar": "claimed", "Islamic State": "claimed"}


def test_a_parent_that_claims_for_its_unit_stays_beside_it(app: Veille) -> None:
    text = (
        "OUAGADOUGOU, Burkina Faso (Reuters) - Al Qaeda gunmen killed at least 23 people at a "
        "hotel in Ouagadougou on Friday. Al Qaeda in the Islamic Maghreb (AQIM) claimed "
        "responsibility while the siege was still under way. It said fighters of al "
        "Mourabitoun, the group that announced last month it had joined AQIM, had carried out "
        "the attack."
    )
    [incident] = incidents_in(app, text, "2016-01-16")
    assert groups(incident) == {
        "al-Qaeda in the Islamic Maghreb": "claimed",
        "al-Mourabitoun": "named",
    }


def test_the_short_name_and_the_country_name_the_local_group(app: Veille) -> None:
    text = (
        "PESHAWAR, Pakistan (Reuters) - Taliban gunmen stormed an army-run school in the city "
        "of Peshawar on Tuesday and killed 141 people. The Pakistani Taliban, or "
        "Tehrik-e-Taliban Pakistan, claimed responsibility."
    )
    [incident] = incidents_in(app, text, "2014-12-17")
    assert groups(incident) == {"Tehrik-i-Taliban Pakistan": "claimed"}
    headline = "Taliban gunmen kill 141 at a school in Peshawar\n\n"
    [alone] = incidents_in(app, headline + text.split(" The Pakistani")[0], "2014-12-17")
    assert [g.id for g in alone.perpetrator_groups] == ["ttp"]  # "Taliban" in Pakistan


def test_the_doer_of_the_attack_a_clause_dates_this_one_by_is_not_its_doer(app: Veille) -> None:
    text = (
        "BAMAKO, Mali (Reuters) - Islamist gunmen stormed the Radisson Blu hotel in Bamako on "
        "Friday and killed at least 27 people. The attack in Bamako came a week after Islamic "
        "State gunmen and suicide bombers attacked a concert hall, restaurants and the "
        "national stadium in Paris."
    )
    bamako = next(
        i for i in incidents_in(app, text, "2015-11-20") if i.place and i.place.name == "Bamako"
    )
    assert bamako.perpetrator_groups == []


def test_the_strongest_grounds_win_and_the_export_says_them(app: Veille) -> None:
    assert strongest_attribution(["suspected", None, "named"]) == "named"
    assert strongest_attribution(["named", "claimed"]) == "claimed"
    assert strongest_attribution([None]) is None
    text = (
        "ISTANBUL (Reuters) - A bomb killed six people on Istiklal avenue on Sunday. Officials "
        "said the PKK could be responsible. The attackers were members of the PKK, the "
        "interior minister said later."
    )
    [incident] = incidents_in(app, text, "2022-11-14")
    record = incident_record(incident)
    assert record["perpetrator_groups"] == [
        {"id": "pkk", "name": "Kurdistan Workers' Party", "attribution": "named"}
    ]
    schema = load_schema("incident")
    enum = schema["properties"]["perpetrator_groups"]["items"]["properties"]["attribution"]["enum"]  # type: ignore[index]
    assert set(enum) == {"claimed", "named", "suspected", None}
    assert ActorRef("pkk", "x").attribution is None  # records before 1.6


def test_attackers_belonging_to_groups_tied_to_a_group_make_it_suspected(app: Veille) -> None:
    text = (
        "KAMPALA (Reuters) - Three suicide bombers struck within minutes of each other on Tuesday "
        "morning, killing three people. Police said intelligence showed the bombers belonged to "
        "domestic groups linked to the ADF."
    )
    [bombing] = incidents_in(app, text, "2021-11-18")
    assert [(g.id, g.attribution) for g in bombing.perpetrator_groups] == [("adf", "suspected")]


def test_what_a_leader_says_his_fighters_did_is_the_group_s_claim(app: Veille) -> None:
    text = (
        "MAIDUGURI, Nigeria (Reuters) - Gunmen abducted more than 200 schoolgirls from a school "
        "in Chibok on April 14. In a video obtained on Monday, Boko Haram leader Abubakar Shekau "
        "said his fighters had seized the girls and threatened to sell them."
    )
    [chibok] = incidents_in(app, text, "2014-05-06")
    assert groups(chibok) == {"Boko Haram": "claimed"}


def test_a_leader_who_says_something_else_claims_nothing(app: Veille) -> None:
    text = (
        "MAIDUGURI, Nigeria (Reuters) - Gunmen abducted more than 200 schoolgirls from a school "
        "in Chibok on April 14. The army blamed Boko Haram. Boko Haram leader Abubakar Shekau "
        "said his fighters would never negotiate with the government."
    )
    [chibok] = incidents_in(app, text, "2014-05-06")
    assert groups(chibok) == {"Boko Haram": "suspected"}


def test_claims_for_a_dated_attack_in_a_name_and_in_a_headline(app: Veille) -> None:
    text = (
        "ABUJA, Nigeria (Reuters) - Islamic State West Africa Province (ISWAP) has claimed "
        "responsibility for Tuesday night's attack on a prison on the outskirts of Nigeria's "
        "capital, in which 879 inmates escaped, among them dozens of suspected Boko Haram "
        "members, officials said. The attackers struck the prison in Kuje at about 10:30 p.m. "
        "on Tuesday, blowing open the main gate with explosives."
    )
    # the inmates' group is whom the attack freed; "the outskirts of Nigeria's capital" is
    # around Abuja, and Kuje, one of its towns, is the prison's place: one incident
    [prison] = incidents_in(app, text, "2022-07-07")
    assert groups(prison) == {"Islamic State West Africa Province": "claimed"}
    assert prison.place is not None and prison.place.name == "Kuje"
    text = (
        "JAKARTA, Indonesia (Reuters) - A car bomb exploded outside the Australian embassy in "
        "Jakarta on Thursday, killing nine people. A statement posted on an Islamist website "
        "late on Thursday in the name of Jemaah Islamiah claimed the bombing."
    )
    [embassy] = incidents_in(app, text, "2004-09-10")
    assert groups(embassy) == {"Jemaah Islamiyah": "claimed"}
    text = (
        "Al Qaeda-linked JNIM claims twin attacks on French embassy in Burkina Faso\n\n"
        "OUAGADOUGOU, Burkina Faso (Reuters) - Gunmen attacked the French embassy and the army "
        "headquarters on Friday, killing eight soldiers."
    )
    [twin] = incidents_in(app, text, "2018-03-03")
    assert set(groups(twin).values()) == {"claimed"}
    text = (
        "MOGADISHU (Reuters) - Gunmen attacked a military base near Mogadishu on Monday. Al "
        "Shabaab said its fighters had killed 12 soldiers in the attack on the base."
    )
    [base] = incidents_in(app, text, "2018-03-03")
    assert set(groups(base).values()) == {"claimed"}


def test_a_group_a_government_identified_as_behind_an_attack_is_suspected(app: Veille) -> None:
    text = (
        "ABUJA, Nigeria (Reuters) - Nigeria's government on Thursday blamed Islamic State West "
        "Africa Province (ISWAP) for Sunday's attack on a Catholic church in the town of Owo "
        "that killed at least 40 worshippers. The interior minister said the council had "
        "identified ISWAP as the group behind the killings."
    )
    [owo] = incidents_in(app, text, "2022-06-09")
    assert groups(owo) == {"Islamic State West Africa Province": "suspected"}


def test_a_group_analysts_pointed_to_or_the_main_suspect_is_suspected(app: Veille) -> None:
    text = (
        "KUTA, Indonesia (Reuters) - A car bomb destroyed a crowded nightclub in Kuta late on "
        "Saturday, killing at least 187 people. No group has claimed responsibility; for the "
        "bombing analysts pointed to Jemaah Islamiah."
    )
    [bali] = incidents_in(app, text, "2002-10-13")
    assert groups(bali) == {"Jemaah Islamiyah": "suspected"}
    text = (
        "DENPASAR, Indonesia (Reuters) - A car bomb destroyed a crowded nightclub in Kuta on "
        "Oct. 12, killing more than 180 people. No group has claimed the attack, but Jemaah "
        "Islamiah has emerged as the main suspect."
    )
    [bali] = incidents_in(app, text, "2002-11-08")
    assert groups(bali) == {"Jemaah Islamiyah": "suspected"}


def test_it_opening_a_claim_is_the_group_the_sentence_before_tells_of(app: Veille) -> None:
    text = (
        "OUAGADOUGOU, Burkina Faso (Reuters) - Gunmen attacked the French embassy on Friday, "
        "killing eight soldiers. JNIM, led by the Malian militant Iyad Ag Ghaly, was formed "
        "last year by the merger of several al Qaeda-linked groups. It also claimed a bomb that "
        "killed two French soldiers in Mali."
    )
    mali = [i for i in incidents_in(app, text, "2018-03-03") if i.place and i.place.country == "ML"]
    assert [[(g.id, g.attribution) for g in i.perpetrator_groups] for i in mali] == [
        [("jnim", "claimed")]
    ]
