"""Attack words that tell a state's air war, not an incident.

Used by :mod:`veille.extract.triggers`: "jets dropped bombs", "France bombs Raqqa", "long-range
bombers", "the bombing campaign" and bombings told amid air strikes or shelling are air strikes
(the action extractor reads them), so the incident extractor leaves them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from ..nlp.places import default_gazetteer
from .lexicon import ATTACKERS_OF_ONE_ATTACK, STATE_ACTOR_TYPES

__all__ = [
    "AIRCRAFT_MODEL",
    "AIR_WORDS",
    "BOMB_WORDS",
    "air_campaign",
    "amid_an_air_war",
    "bombed_by_a_state",
    "by_aircraft",
    "dropped_by_crews",
    "shelled_by_forces",
    "struck_target_doing",
    "verb_chain",
    "warplanes",
]

AIR_WORDS = frozenset(
    {"aircraft", "warplane", "warplanes", "jet", "jets", "helicopter", "helicopters"}
    | {"airstrike", "airstrikes", "coalition"}
    # aircraft named by their type: "Two CF-18 Hornets dropped 500-pound laser-guided bombs"
    | {"hornets", "rafales", "tornados", "tornadoes", "typhoons", "mirages", "f-16s", "cf-18s"}
)


def by_aircraft(token: Token) -> bool:
    """Whether the attack word is done by military aircraft or a coalition: "jets dropped
    bombs", "coalition warplanes bombed", "warplanes carried out strikes, dropping bombs"."""
    verb = token if token.pos_ == "VERB" else token.head
    # "warplanes carried out strikes, dropping 20 bombs": the subject the verbs share. A clause
    # with a subject of its own is another doer's act: "jets struck Raqqa, two days after the
    # group claimed attacks in Paris".
    for node in verb_chain(verb, {"advcl", "xcomp", "conj"}, 3):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}]
        if any(
            any(t.lower_ in AIR_WORDS or AIRCRAFT_MODEL.fullmatch(t.text) for t in s.subtree)
            for s in subjects
        ):
            return True
        if subjects:
            return False
    return False


# Who drops bombs from the air: "the crews dropped", "the planes dropped their first bombs".
_CREWS = frozenset({"crew", "crews", "pilot", "pilots", "plane", "planes", "aircraft"})


def dropped_by_crews(token: Token) -> bool:
    """Whether a bomb word is what air crews dropped or fired: "The crews dropped a Paveway IV
    guided bomb on the heavy weapon position"; bombs told as dropped, by no one named."""
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() == "drop":
        return True  # "without saying when or where the bombs had been dropped": from the air
    if (
        token.dep_ == "nsubj"
        and token.tag_ in {"NNS", "NNPS"}
        and token.head.lemma_.lower() == "fall"
        and token.head.pos_ == "VERB"
    ):
        return True  # "The bombs fell in an open area near Balakot": dropped from the air
    if token.dep_ != "dobj":
        return False
    # "dropped a Paveway IV guided bomb" may parse "guided" as a verb under "dropped"
    verbs = list(token.ancestors)[:2]
    return any(
        verb.lemma_.lower() in {"drop", "fire"}
        and any(c.dep_ == "nsubj" and c.lower_ in _CREWS for c in verb.children)
        for verb in verbs
    )


def struck_target_doing(token: Token) -> bool:
    """Whether the attack word tells what the target of an air strike was doing: "air strikes
    ..., hitting an armed pick-up truck that were attacking Kurdish forces" (fighting the strike
    answers, not an incident)."""
    if token.dep_ != "relcl":
        return False
    target = token.head
    while target.dep_ == "conj" and target.head.i != target.i:
        target = target.head  # "hitting a position and an armed pick-up truck that were ..."
    struck = target.head  # the verb whose object the relative clause describes
    if struck.pos_ != "VERB" or target.dep_ != "dobj":
        return False
    text = token.sent.text.lower()
    return "air strike" in text or "airstrike" in text or by_aircraft(struck)


def bombed_by_a_state(token: Token) -> bool:
    """Whether the verb "bomb" has a country or city for subject: a state bombing by metonymy
    ("France bombs Raqqa", "Moscow bombs rebel positions"), never a terrorist bombing, whose
    doers are people or groups."""
    if token.pos_ == "NOUN" and token.lower_ == "bombs" and _a_country_before(token):
        return True  # "U.S. bombs Islamic State in Libya's Sirte": a headline's verb, misread
    if token.pos_ == "NOUN":
        # "revenge for the bombing of Syria": a country bombed is a state's air campaign
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        country = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if country is None or country.ent_type_ != "GPE":
            return False
        place = default_gazetteer().resolve(country.text)
        return place is not None and place.precision == "country"
    if token.pos_ != "VERB":
        return False
    if token.dep_ == "xcomp" and token.head.pos_ == "VERB":
        token = token.head  # "The United States began bombing Islamic State positions"
    # "as long as Britain kept bombing other countries": the parse may hang the subject on
    # the verb of going on, made an auxiliary
    subjects = [c for c in token.children if c.dep_ == "nsubj"] + [
        g for c in token.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"
    ]
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "country" for c in token.children):
        return True  # "bombing other countries": only states bomb countries
    # "France bombs Raqqa"; "the Turks bombed a YPJ position", "the regime bombed Ghouta";
    # "Kenya's air force bombed two al Shabaab camps"
    return any(
        child.ent_type_ == "GPE" or child.lemma_.lower() in _STATE_BOMBERS or _armed_forces(child)
        for child in subjects
    )


def _a_country_before(token: Token) -> bool:
    """Whether a country's name is the word's compound ("U.S. bombs")."""
    for child in token.children:
        if child.dep_ == "compound" and child.ent_type_ == "GPE":
            place = default_gazetteer().resolve(child.text)
            if place is not None and place.precision == "country":
                return True
    return False


def _armed_forces(subject: Token) -> bool:
    """ "Kenya's air force", "the military", "the army": a state's forces."""
    word = subject.lemma_.lower()
    if word in {"military", "army", "navy"}:
        return True
    return word == "force" and any(c.lower_ == "air" for c in subject.children)


_STATE_BOMBERS = frozenset({"regime", "turk", "russian", "russians", "turks", "assad"})


_AIRCRAFT_MODIFIERS = frozenset({"long-range", "strategic", "stealth", "heavy"})
AIRCRAFT_MODEL = re.compile(r"[A-Z][A-Za-z]?-?\d+[A-Z]?")  # B-1B, B-52, Tu-160
_FLYING = frozenset({"fly", "overfly", "patrol", "escort"})  # not "take": bombers take hostages


def warplanes(token: Token) -> bool:
    """Whether "bombers" are aircraft: "long-range bombers", "strategic bombers"."""
    if token.lower_ not in {"bomber", "bombers"}:
        return False
    before = token.doc[max(token.sent.start, token.i - 3) : token.i].text.lower()
    if any(word in before for word in _AIRCRAFT_MODIFIERS):
        return True
    # "U.S. B-1B bombers", "B-52 bombers": a model designation; "bombers flew over": aircraft
    if any(AIRCRAFT_MODEL.fullmatch(c.text) for c in token.children if c.i < token.i):
        return True
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _FLYING


_ARMED_GROUP_WORDS = frozenset(
    {"group", "militants", "insurgents", "jihadists", "rebels", "militia", "militias"}
)
_CAMPAIGN_NOUNS = frozenset({"campaign", "campaigns", "mission", "missions", "sorties", "raids"})


BOMB_WORDS = frozenset({"bomb", "bombing", "bombed", "bombs"})
# Words of a state's air war or artillery: a bombing told with them is theirs.
_AIR_WAR_WORDS = frozenset(
    {"airstrike", "airstrikes", "shelling", "barrel", "blitz", "bombardment", "barrage"}
    | {"warplane", "warplanes", "jets", "planes", "helicopters", "artillery", "pro-regime"}
)


def amid_an_air_war(token: Token, sent: Span) -> bool:
    """Whether a bombing word is told with a state's air war or artillery and no one who
    attacks as terrorists do ("seven hospitals have been bombed since Monday and witnesses say
    barrel bombs are being used", "the bombing was less intense than airstrikes over the past
    week"): an air campaign, reported as strikes, not an incident."""
    words = {t.lower_ for t in sent}
    if not words & _AIR_WAR_WORDS and "air strikes" not in sent.text.lower():
        return False
    if words & (ATTACKERS_OF_ONE_ATTACK | {"suicide", "car", "truck", "terrorist", "claimed"}):
        return False
    groups = sent.doc.spans.get("veille_actors", [])
    return not any(
        a.label_ not in STATE_ACTOR_TYPES and sent.start <= a.start < sent.end for a in groups
    )  # "Isis claimed the bombing of a market ..., which came after coalition airstrikes"


def air_campaign(token: Token) -> bool:
    """Whether the attack word names a state's air campaign: "jets carried out their first air
    strikes ... after lawmakers voted to extend the bombing campaign"."""
    if token.dep_ != "compound" or token.head.lower_ not in _CAMPAIGN_NOUNS:
        return False
    against = [
        o
        for p in token.head.children
        if p.dep_ == "prep" and p.lower_ == "against"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if any(o.lower_ in _ARMED_GROUP_WORDS for o in against):
        return True  # "the bombing campaign against the group would go on", said the military
    words = [t.lower_ for t in token.sent]
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    return bool(AIR_WORDS.intersection(words) or {"air strikes", "air strike"} & pairs)


def verb_chain(verb: Token, deps: set[str], length: int) -> Iterator[Token]:
    """``verb`` and, while it hangs on another by one of ``deps``, the verbs above it, at most
    ``length`` in all: the verbs a clause's subject, condition or modal may sit on."""
    for _ in range(length):
        yield verb
        if verb.dep_ not in deps or verb.head.i == verb.i:
            return
        verb = verb.head


_FIRING_FORCES = frozenset(
    {"artillery", "army", "troops", "forces", "military", "tanks", "navy", "warships", "howitzers"}
)


def shelled_by_forces(token: Token) -> bool:
    """Whether the shelling is an army's: "Turkish artillery, which began shelling YPG
    positions around ... Azaz", "troops shelled the town"."""
    verb = token
    for _ in range(3):
        if verb.dep_ not in {"xcomp", "ccomp", "dobj", "pcomp"}:
            break
        verb = verb.head  # "began shelling": who began
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "agent"}), None)
    if subject is not None and subject.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
        subject = verb.head  # "Turkish artillery, which began shelling"
    if subject is None:
        return False
    # the subject's own words, not a clause told of it ("Militants, who fought troops, ...")
    return any(t.lower_ in _FIRING_FORCES for t in subject.subtree if t.i <= subject.i)
