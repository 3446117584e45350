"""Attacks told around another one: an earlier attack of the same day in a ", hours after"
clause, the attack whose dead a burial or a state of emergency concerns, the count given
before the current one, the day the attacker was named, and attack words a parse misses.
Sentences written for these tests in wire-copy style (weeks 61 and 62 showed the cases)."""

from __future__ import annotations

import pytest

from incident_helpers import incidents_in as read_incidents
from veille.config import Settings
from veille.fuse.tolls import reconcile
from veille.models import Evidence, Incident, TollClaim
from veille.services import Veille

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return Veille(Settings(db=str(tmp_path_factory.mktemp("around") / "v.db")))


def incidents_in(app: Veille, text: str, published: str) -> list[Incident]:
    return read_incidents(app, text, published, article_id="art-around")


def test_an_earlier_attack_of_the_day_in_an_hours_after_clause_is_its_own(app: Veille) -> None:
    text = (
        "QUETTA, Pakistan (Reuters) - A suicide bomber blew himself up among lawyers gathered "
        "at the main government hospital in the southwestern Pakistani city of Quetta on "
        "Monday, killing at least 70 people, hours after the head of the provincial bar "
        "association was shot dead, officials said.\n\n"
        "More than 100 people were wounded in the blast at the emergency ward, where lawyers "
        "had come with the body of Bilal Anwar Kasi, president of the Balochistan Bar "
        "Association, who was killed by gunmen near his home earlier in the morning.\n\n"
        "Jamaat-ul-Ahrar said it had carried out the bombing and the killing of Kasi."
    )
    incidents = incidents_in(app, text, "2016-08-08")
    bombing = next(i for i in incidents if "Bombing/Explosion" in i.attack_types)
    shooting = next(i for i in incidents if i is not bombing)
    assert bombing.attack_types == ["Bombing/Explosion"]
    assert bombing.killed is not None and bombing.killed.best == 70
    assert all(c.value != 1 for c in bombing.killed.claims)  # Kasi is the shooting's
    assert bombing.wounded is not None and bombing.wounded.best == 100
    assert shooting.attack_types == ["Armed Assault"]
    assert shooting.date.value == "2016-08-08"  # hours before, the same day
    assert shooting.killed is not None and shooting.killed.best == 1


def test_the_burials_day_is_not_the_attack_s_nor_its_toll_another_s(app: Veille) -> None:
    text = (
        "PESHAWAR, Pakistan (Reuters) - Pakistan began burying the victims of a Taliban "
        "assault on an army-run school in the northwestern city of Peshawar on Wednesday, a "
        "day after gunmen went from classroom to classroom shooting pupils and killed 141 "
        "people, 132 of them children, the army said."
    )
    [incident] = incidents_in(app, text, "2014-12-17")
    assert incident.date.value == "2014-12-16"
    assert incident.killed is not None and incident.killed.best == 141


def test_a_claim_day_before_an_at_the_latest_day_dates_the_attack(app: Veille) -> None:
    text = (
        "BAMAKO, Mali (Reuters) - Mali was in national mourning on Monday after Islamist "
        "gunmen killed 20 people at a luxury hotel in the capital.\n\n"
        "Officials have put the toll at 20 people killed, not counting the two gunmen. A U.N. "
        "official had said on Friday that 27 bodies had been found in the hotel.\n\n"
        "Al Mourabitoun claimed responsibility on Friday in statements to Al Jazeera "
        "television, saying it had carried out the raid."
    )
    [incident] = incidents_in(app, text, "2015-11-23")
    assert incident.date.value == "2015-11-20"
    assert incident.killed is not None and incident.killed.best == 20
    earlier = [c for c in incident.killed.claims if c.value == 27]
    assert earlier and all(c.superseded for c in earlier)


def test_a_number_another_report_gives_as_replaced_is_not_counted() -> None:
    # the day's report: "at least 27"; three days on: "20", and "had said on Friday that 27"

    def claim(value: int, qualifier: str | None, superseded: bool) -> TollClaim:
        evidence = Evidence("a", "killed", 0, 2, "s", str(value))
        return TollClaim(
            value=value,
            qualifier=qualifier,
            minimum=value if qualifier else None,
            maximum=None,
            article="a",
            evidence=evidence,
            superseded=superseded,
        )

    toll = reconcile([claim(27, "at least", False), claim(20, None, False), claim(27, None, True)])
    assert toll is not None and toll.best == 20
    assert len(toll.claims) == 3  # every claim stays visible


def test_the_day_the_attacker_was_named_is_not_the_attack_s(app: Veille) -> None:
    text = (
        "COLLEYVILLE, Texas (Reuters) - The FBI on Sunday identified the man who held four "
        "people hostage for more than 10 hours at a synagogue in Texas as Malik Faisal Akram, "
        "a 44-year-old British citizen, and said he was killed when the standoff ended on "
        "Saturday night."
    )
    [incident] = incidents_in(app, text, "2022-01-16")
    assert incident.date.value == "2022-01-15"


def test_attackers_opening_fire_tell_the_attack_and_its_day(app: Veille) -> None:
    text = (
        "OUAGADOUGOU, Burkina Faso (Reuters) - Al Qaeda gunmen killed at least 23 people at a "
        "hotel and a cafe in Burkina Faso's capital, the government said on Saturday.\n\n"
        "The attackers opened fire at the Cappuccino cafe in central Ouagadougou at about "
        "7:30 p.m. on Friday and set fire to vehicles outside."
    )
    [incident] = incidents_in(app, text, "2016-01-16")
    assert incident.date.value == "2016-01-15"


def test_bombs_dropped_by_planes_are_no_attack(app: Veille) -> None:
    text = (
        "COPENHAGEN (Reuters) - Denmark has sent seven F-16 fighter jets to Iraq to take part "
        "in the U.S.-led air campaign against Islamic State, and the planes dropped their first "
        "bombs in October."
    )
    assert incidents_in(app, text, "2014-12-12") == []
