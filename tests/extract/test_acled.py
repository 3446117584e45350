"""Tests of the ACLED sub-event classifier on sentences written for these tests.

The sentences are made up (none comes from an evaluation set); each states one event the way
wire copy does, and the expected type is the one the ACLED codebook's definitions give it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language

from veille.config import Settings
from veille.extract.acled import (
    RULES,
    SUB_EVENT_TYPES,
    TRIGGER_TYPES,
    AcledType,
    classify_event,
    compile_phrase,
)
from veille.nlp.pipeline import build_pipeline

# --- without a model: the rules as data and the phrase matcher ------------------------------------


def test_every_rule_names_a_known_type_and_compiles() -> None:
    for rule in RULES:
        assert rule.label in SUB_EVENT_TYPES
        assert 0 < rule.weight <= 1
        for phrase in (*rule.cues, *rule.context, *rule.exclude):
            if not phrase.startswith("@"):
                assert compile_phrase(phrase)
    assert {label for label, _ in TRIGGER_TYPES.values()} <= set(SUB_EVENT_TYPES)
    assert "OTHER" not in {rule.label for rule in RULES}  # nothing in a text says "other"


@pytest.mark.parametrize("phrase", ["", "* bomb", ".. bomb", "bomb .."])
def test_compile_phrase_refuses_phrases_without_a_word_at_each_end(phrase: str) -> None:
    with pytest.raises(ValueError, match="must start and end with a word"):
        compile_phrase(phrase)


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_matching_on_words_gaps_hyphens_and_evidence(blank: Language) -> None:
    doc = blank("On Monday an air-strike hit the market.")
    result = classify_event(doc)
    assert result.sub_event_type == "AIR_STRIKE"
    assert result.evidence is not None
    assert doc.text[result.evidence[0] : result.evidence[1]] == "air-strike" == result.cue
    assert result.event_type == "Explosions/Remote violence"
    gap = classify_event(blank("Pirates took twelve crew members hostage."))
    assert (gap.sub_event_type, gap.cue) == ("ABDUCT_DISSAP", "took twelve crew members hostage")


def test_exact_words_do_not_match_other_forms(blank: Language) -> None:
    # "=storm" is the weather word only; a blank pipeline has no lemmas, so this checks the
    # lower-case text path: "stormed" is not "storm".
    assert classify_event(blank("Police stormed the flat.")).sub_event_type is None
    assert classify_event(blank("A storm flattened the village.")).sub_event_type == (
        "NATURAL_DISASTER"
    )


def test_context_and_exclusions(blank: Language) -> None:
    # Tear gas is an intervention only where there is a protest.
    assert classify_event(blank("Police fired tear gas at protesters.")).sub_event_type == (
        "PROTEST_WITH_INTER"
    )
    assert classify_event(blank("Police fired tear gas.")).sub_event_type is None
    # A stun grenade at a protest is not a grenade attack.
    result = classify_event(blank("Police threw a stun grenade at the protesters."))
    assert result.sub_event_type == "PROTEST_WITH_INTER"


def test_nothing_to_say_is_none(blank: Language) -> None:
    assert classify_event(blank("The weather was pleasant.")) == AcledType(None, 0.0, None)
    assert classify_event(blank("")) == AcledType(None, 0.0, None)


# --- with the product's pipeline ------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield build_pipeline(Settings(db="unused").model)


CASES: list[tuple[str, str | None]] = [
    (
        "Russian warplanes bombed a market in Idlib province on Tuesday, killing nine civilians.",
        "AIR_STRIKE",
    ),
    ("A US drone strike killed three suspected militants in North Waziristan.", "AIR_STRIKE"),
    (
        "A suicide bomber blew himself up at a wedding hall in Kabul, killing 14 guests.",
        "SUIC_BOMB",
    ),
    ("Two soldiers were killed when a roadside bomb hit their vehicle near Kirkuk.", "REM_EXPLOS"),
    ("A landmine exploded under a minibus, wounding four farmers.", "REM_EXPLOS"),
    ("A bomb planted on a motorcycle exploded in a crowded market, wounding 15.", "REM_EXPLOS"),
    ("Unknown attackers hurled a grenade into a bar in Bujumbura, injuring six people.", "GRENADE"),
    (
        "Government forces shelled rebel-held neighbourhoods with artillery overnight.",
        "ART_MISS_ATTACK",
    ),
    ("Militants fired two rockets at the airport, causing no casualties.", "ART_MISS_ATTACK"),
    ("Dozens of people suffocated after a chlorine gas attack on the town.", "CHEM_WEAP"),
    (
        "Heavy fighting broke out between the army and Houthi rebels near the port city.",
        "ARMED_CLASH",
    ),
    ("Rebels attacked an army checkpoint, sparking a gunfight that lasted hours.", "ARMED_CLASH"),
    ("Security forces killed five militants in an encounter in Shopian district.", "ARMED_CLASH"),
    (
        "Iraqi troops recaptured the town of Baiji from Islamic State militants.",
        "GOV_REGAINS_TERIT",
    ),
    (
        "The army said it had regained control of the town after a week of fighting.",
        "GOV_REGAINS_TERIT",
    ),
    (
        "Taliban fighters seized the district headquarters after government forces fled.",
        "NON_STATE_ACTOR_OVERTAKES_TER",
    ),
    (
        "Islamic State fighters recaptured the village from Syrian government forces.",
        "NON_STATE_ACTOR_OVERTAKES_TER",
    ),
    ("The town fell to al-Shabaab militants on Friday.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Gunmen stormed a village and shot dead twelve villagers on Sunday night.", "ATTACK"),
    ("Suspected herders killed seven people in an attack on a village in Benue state.", "ATTACK"),
    ("Armed men abducted a local chief and his two sons from their farm.", "ABDUCT_DISSAP"),
    ("Soldiers raped two women at a checkpoint, a rights group said.", "SEX_VIOL"),
    (
        "Thousands of teachers held a peaceful rally outside parliament to demand higher pay.",
        "PEACE_PROTEST",
    ),
    (
        "Hundreds of farmers protested in front of the district office against the new law.",
        "PEACE_PROTEST",
    ),
    (
        "Police fired tear gas to disperse hundreds of protesters in the capital.",
        "PROTEST_WITH_INTER",
    ),
    ("Police used water cannon against students protesting fee hikes.", "PROTEST_WITH_INTER"),
    (
        "Security forces opened fire on demonstrators with live ammunition, killing four.",
        "FORCE_AGAINST_PROTEST",
    ),
    ("Angry protesters threw stones at police and torched two buses.", "VIOL_DEMONSTR"),
    ("A mob lynched a man accused of theft in a market town.", "MOB_VIOL"),
    ("Police arrested three men suspected of planning attacks on churches.", "ARREST"),
    (
        "Police arrested two suspects in connection with last week's bombing of a bus station.",
        "ARREST",
    ),
    ("Bomb disposal experts defused an explosive device found near the school.", "DISR_WEAP"),
    ("Saudi air defences intercepted a ballistic missile fired towards Riyadh.", "DISR_WEAP"),
    ("Turkish forces established a new military base near the border town.", "HQ_ESTABLISHED"),
    ("The militia set up a new headquarters in the abandoned school.", "HQ_ESTABLISHED"),
    (
        "Rebel forces withdrew from the city under the terms of the accord.",
        "NON_VIOL_TERRIT_TRANSFER",
    ),
    ("The two factions signed a ceasefire agreement in Khartoum.", "AGREEMENT"),
    (
        "The two militant factions announced that they had merged into a single group.",
        "CHANGE_TO_GROUP_ACT",
    ),
    ("Looters ransacked shops and set fire to houses in the village.", "PROPERTY_DISTRUCT"),
    ("Islamic State claimed responsibility for the attack in a statement.", "ATTRIB"),
    (
        "Customs officers seized 200 kilograms of cocaine hidden in a shipment of bananas.",
        "ORG_CRIME",
    ),
    ("Gang members extorted money from shopkeepers in the city centre.", "ORG_CRIME"),
    ("Floods triggered by heavy rains have displaced thousands of families.", "NATURAL_DISASTER"),
    ("A magnitude 6.1 earthquake struck the region, flattening homes.", "NATURAL_DISASTER"),
    ("A fire broke out at a garment factory, killing 20 workers.", "MAN_MADE_DISASTER"),
    ("A helicopter crashed in the mountains, killing all 12 people on board.", "MAN_MADE_DISASTER"),
    ("The foreign minister met his counterpart to discuss bilateral trade ties.", "DIPLO"),
    ("The weather was pleasant and the market was busy.", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_classify_event(nlp: Language, text: str, expected: str | None) -> None:
    result = classify_event(nlp(text))
    assert result.sub_event_type == expected
    if expected is None:
        assert result.evidence is None and result.confidence == 0.0
    else:
        assert result.evidence is not None
        assert text[result.evidence[0] : result.evidence[1]] == result.cue
        assert 0.0 < result.confidence <= 1.0


@pytest.mark.slow
def test_a_span_is_classified_alone_with_offsets_in_the_doc(nlp: Language) -> None:
    doc = nlp("The weather was pleasant. Police arrested two men in the market.")
    first, second = doc.sents
    result = classify_event(second)
    assert result.sub_event_type == "ARREST"
    assert result.evidence is not None
    assert doc.text[result.evidence[0] : result.evidence[1]] == "arrested"
    assert classify_event(first).sub_event_type is None


@pytest.mark.slow
def test_a_negated_attack_word_gives_no_vote(nlp: Language) -> None:
    # The product's triggers drop "no attack took place"; no rule cue is in the sentence either.
    assert classify_event(nlp("Officials said no attack took place.")).sub_event_type is None


@pytest.mark.slow
def test_the_first_sentence_outweighs_background(nlp: Language) -> None:
    result = classify_event(
        nlp("Police arrested a man in Lagos on Monday. The city saw a bombing last year.")
    )
    assert result.sub_event_type == "ARREST"
