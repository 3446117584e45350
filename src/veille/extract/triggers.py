"""Finding the words that report an attack, and whether the attack happened.

A sentence reports an incident when it holds an attack word ("bombing", "opened fire",
"kidnapped") that is not negated ("no attack took place"), not hypothetical ("could attack"), and
not a fixed phrase ("heart attack"). Cues in the sentence then give its status (carried out,
attempted, foiled, plotted or threatened): :mod:`veille.extract.trigger_status`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from spacy.tokens import Span, Token

from .lexicon import (
    ARMED_ASSAULT,
    ATTACKER_NOUNS,
    ATTACKERS_OF_ONE_ATTACK,
    AUTHORITY_SUBJECTS,
    FALSE_TRIGGER_PHRASES,
    HYPOTHETICAL_MODALS,
    KILLING_TRIGGERS,
    PEOPLE_NOUNS,
    PLOT_CUES,
    STATE_ACTOR_TYPES,
    TARGET_NOUNS,
    TRIGGER_LEMMAS,
    UNARMED_ASSAULT,
    VEHICLE,
    VIOLENT_CUES,
    WEAK_TRIGGERS,
)
from .trigger_air import (
    BOMB_WORDS,
    air_campaign,
    amid_an_air_war,
    bombed_by_a_state,
    by_aircraft,
    dropped_by_crews,
    shelled_by_forces,
    struck_target_doing,
    verb_chain,
    warplanes,
)
from .trigger_status import stopping_verb

_NEGATORS = frozenset({"no", "not", "never", "n't", "without"})
_RAMMING_VERBS = frozenset({"drive", "plough", "plow", "ram", "smash", "crash", "mow", "slam"})
_CROWD_WORDS = frozenset(
    {
        "crowd",
        "crowds",
        "pedestrians",
        "people",
        "shoppers",
        "revellers",
        "revelers",
        "tourists",
        "worshippers",
        "passers-by",
        "pedestrian",
        "bystanders",
        "marchers",
        "protesters",
        "market",
        # "drove a BMW into a group of soldiers", "rammed police officers"
        "soldiers",
        "soldier",
        "officers",
        "policemen",
        "students",
        "children",
        "schoolchildren",
        # "rammed his car into two police motorcyclists"
        "motorcyclists",
        "cyclists",
        "gendarmes",
        "guards",
        "fans",
        "pupils",
        "worshipers",
        # "drove a car into a trade union demonstration in Munich"
        "demonstration",
        "demonstrators",
        "rally",
        "procession",
        "parade",
    }
)
_SKIP_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """An attack word and what it says about the attack."""

    token: Token
    attack_type: str | None
    weapon_type: str | None


def _key(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in TRIGGER_LEMMAS:
        return lemma
    if token.lower_ in TRIGGER_LEMMAS:
        return token.lower_
    if lemma in _RAMMING_VERBS and _rams_into_people(token):
        return "ram"
    if lemma == "run" and _run_down(token):
        return "ram"
    if lemma in _TO_DEATH_BLOWS and token.pos_ == "VERB" and _to_death(token):
        return "stab"  # "ran him down and hacked him to death"
    if token.lower_ == "opened" or lemma == "open":
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.lower_ == "fire" and not _killed_firing_on_forces(token):
            return "shoot"
    if token.lower_ == "shot" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "dead":
        return "shoot"  # "a white supremacist shot dead nine ...", "shot" parsed as a noun
    if lemma == "blow" and _blown_up(token):
        return "bomb"
    if lemma in {"take", "seize"} and token.pos_ == "VERB" and _armed_men_took_people(token):
        return "kidnap"  # "Gunmen took the students from their dormitories in Chibok"
    if lemma == "bring" and token.pos_ == "VERB" and _brought_down_a_plane(token):
        return "attack"  # "said it had brought down a Russian airliner"
    if lemma == "go" and _went_off(token):
        return "detonate"  # "Three explosive devices hidden in a hedge went off"
    if lemma == "set" and _set_off_a_bomb(token):
        return "detonate"  # "He set off an explosive device when officers confronted him"
    if lemma in {"wound", "injure"} and token.pos_ == "VERB" and _armed_doer(token):
        return _ARMED_WOUNDING  # "A man armed with a machete ... slightly wounding one of them"
    if lemma in _BLOW_VERBS and token.pos_ == "VERB" and _struck_with_a_blade(token):
        return _ARMED_WOUNDING  # "pulled a machete from a sports bag and struck the two officers"
    if lemma in {"strike", "hit"} and token.pos_ == "VERB" and _struck_with_a_vehicle(token):
        return "ram"  # "struck two members of the armed forces with his car"
    if lemma == "strike" and token.pos_ == "VERB" and _attackers_struck(token):
        return _ARMED_WOUNDING  # "Small groups of attackers struck at several sites"
    if lemma == "set" and _set_fire_by_armed_men(token):
        return "torch"  # "The militants set fire to a Catholic church, the city jail"
    return None


def _set_fire_by_armed_men(verb: Token) -> bool:
    """Whether militants, gunmen or attackers "set fire to" something (not rioters)."""
    if not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj" and c.lower_ in _ARMED_SUBJECTS | {"attackers"} for c in verb.children
    )


# Not "bombers": suicide bombers are an attack word of their own, long-range bombers aircraft.
_STRIKING_ATTACKERS: Final = (
    ATTACKERS_OF_ONE_ATTACK - {"shooter", "shooters", "bomber", "bombers"}
) | {"militants"}


def _attackers_struck(verb: Token) -> bool:
    """Whether the subject of "struck" is attackers ("Small groups of attackers struck at
    several sites", "gunmen struck"): an armed attack. A verb joined to another by "and" has
    the first one's subject when it strikes people ("The attacker walked into the church ...
    and struck the priest ... in the neck")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if (
        not subjects
        and verb.dep_ == "conj"
        and any(c.dep_ == "dobj" and c.lower_ in _STRUCK_PEOPLE for c in verb.children)
    ):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subject in subjects:
        head = subject
        if head.lower_ in {"groups", "group", "team", "teams", "squads"}:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            head = next((c for c in of.children if c.dep_ == "pobj"), head) if of else head
        if head.lower_ in _STRIKING_ATTACKERS:
            return True
    return False


def _set_off_a_bomb(token: Token) -> bool:
    """Whether "set off" has an explosive for object ("set off an explosive device", "set off
    a bomb"), not an alarm or a chain of events."""
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children) and any(
        c.dep_ == "dobj"
        and any(t.lemma_.lower() in _SET_OFF_THINGS for t in c.subtree)
        # "Although his cousin had set off the bomb": the bomb told before
        and not any(d.dep_ in {"det", "poss"} and d.lower_ not in {"a", "an"} for d in c.children)
        for c in token.children
    )


# ("setting off an explosion" tells what a device did, and the explosion is told by its noun)
_SET_OFF_THINGS = frozenset(
    {"bomb", "explosive", "device", "grenade", "ied", "dynamite", "charge", "vest", "belt"}
)


_BLOW_VERBS = frozenset({"strike", "hit", "slash", "hack"})
_BLADES = frozenset({"knife", "knives", "machete", "machetes", "axe", "sword", "cleaver"})
_STRUCK_PEOPLE = PEOPLE_NOUNS | {"policewoman", "policewomen"}


def _struck_with_a_blade(verb: Token) -> bool:
    """Whether the verb strikes people and a blade is in its clause or in the act joined to it:
    "pulled a machete from a sports bag and struck the two officers on guard duty"."""
    if not any(c.dep_ == "dobj" and c.lower_ in _STRUCK_PEOPLE for c in verb.children):
        return False
    clauses = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        clauses.append(verb.head)
    return any(t.lower_ in _BLADES for clause in clauses for t in clause.subtree)


def _struck_with_a_vehicle(verb: Token) -> bool:
    """Whether the verb strikes people with a vehicle ("struck two members of the armed forces
    with his car in a parking lot")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    people = any(
        o.lower_ in _STRUCK_PEOPLE
        or o.lemma_.lower() in {"member", "soldier", "pedestrian"}
        or o.like_num
        for o in objects
    )
    withs = [
        w
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for w in p.children
        if w.dep_ == "pobj"
    ]
    return people and any(w.lower_ in _VEHICLES for w in withs)


_ARMED_WOUNDING: Final = "wound"  # the key of a wounding by someone armed: an armed assault


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "oneself"})


_INTEREST_NOUNS: Final = frozenset(
    {"interest", "expertise", "experience", "capability", "capacity", "know-how"}
)


def _an_interest_in(token: Token) -> bool:
    """Whether the attack word is what someone is interested or skilled in ("interest in
    chemical, biological and radiological attacks"): a kind of attack, none made."""
    # "..., including so-called dirty bombs": the kinds listed under it too
    for node in [token, *list(token.ancestors)[:4]]:
        head = node.head
        if (
            node.dep_ == "pobj"
            and head.lower_ == "in"
            and head.head.lemma_.lower() in _INTEREST_NOUNS
        ):
            return True
    return False


def _blown_up(token: Token) -> bool:
    """ "blew himself up", "blew up a bus", "the car was blown up": a bombing. What else is
    blown up ("blew up the deal", "the row blew up") is no physical target."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(
        o.lower_ in _REFLEXIVES or any(t.lemma_.lower() in TARGET_NOUNS for t in o.subtree)
        for o in objects
    ):
        return True
    # "a truck packed with explosives blew up": what went off is the subject
    subjects = [c for c in token.children if c.dep_ == "nsubj"] if not objects else []
    return any(any(t.lemma_.lower() in _EXPLOSIVE_THINGS for t in s.subtree) for s in subjects)


_TAKEN_PEOPLE = frozenset(
    {"student", "students", "girl", "girls", "schoolgirl", "schoolgirls", "boy", "boys"}
    | {"child", "children", "pupil", "pupils", "woman", "women", "villager", "villagers"}
)


def _armed_men_took_people(token: Token) -> bool:
    """Whether armed men took or seized people away ("Gunmen took the students from their
    dormitories", "gunmen had seized eight more girls"), not hostages held on the spot."""
    if any(c.dep_ in {"oprd", "xcomp"} for c in token.children):
        return False  # "took 170 people hostage": a hostage-taking, told so
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(
        s.lemma_.lower() in _ARMED_SUBJECTS or s.lower_ in _ARMED_SUBJECTS for s in subjects
    ) and any(o.lower_ in _TAKEN_PEOPLE or o.lemma_.lower() in _TAKEN_PEOPLE for o in objects)


_GOING_OFF = frozenset({"bomb", "explosive", "device", "grenade", "mortar", "charge", "ied"})


def _went_off(token: Token) -> bool:
    """ "Three explosive devices hidden in a hedge went off", "a bomb went off": a bombing;
    not "the alarm went off"."""
    if not any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return any(
        s.lemma_.lower() in _GOING_OFF
        # "Neither device went off": none did
        and not any(c.lower_ in {"neither", "no", "none"} for c in s.children)
        for s in subjects
    )


_RAID_NOUNS = frozenset({"raid", "operation", "assault", "siege", "standoff"})
_CORNERING = frozenset({"corner", "surround", "raid", "storm", "trap", "chase"})


_FORCES_KILLED: Final = frozenset(
    {"officer", "policeman", "policemen", "soldier", "agent", "commando", "gendarme"}
)


def _blown_up_in_a_raid(token: Token) -> bool:
    """Whether someone blew himself up as forces came for him ("blew himself up along with
    members of his family during a raid on his hideout by U.S. special forces", "blew himself
    up after U.S. special forces cornered him", "Chased by U.S. military dogs, Baghdadi fled into
    a tunnel ... and set off a suicide vest"): the end of the raid, not an attack."""
    lemma = token.lemma_.lower()
    reflexive = lemma == "blow" and any(
        c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in token.children
    )
    vest = lemma == "set" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"vest", "belt"} for c in token.children
    )
    if not (reflexive or vest):
        return False
    if any(
        t.lemma_.lower() in {"kill", "wound", "injure"}
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCES_KILLED for c in t.children)
        for t in token.subtree
    ):
        return False  # "blew himself up ... as special police prepared to storm their flat,
        # killing one officer": an attack on the forces that came
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in {"during", "in"}
            and any(g.lemma_.lower() in _RAID_NOUNS for g in child.children)
        ):
            return True
    # "after U.S. special forces cornered him", "Chased by U.S. military dogs"
    return any(t.lemma_.lower() in _CORNERING and t.pos_ == "VERB" for t in token.sent)


def _killed_in_a_raid_by_forces(token: Token) -> bool:
    """Whether the killing happened in a raid that names forces as its doers ("killed in U.S.
    special forces raid", "killed during a raid by police")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "during"}
        and any(g.lemma_.lower() in _RAID_NOUNS and _by_authority(g) for g in c.children)
        for c in token.children
    )


_BOMB_WORK: Final = frozenset(
    {
        "making",
        "maker",
        "makers",
        "detection",
        "detecting",
        "detector",
        "detectors",
        "sniffing",
        "disposal",
        "squad",
        "squads",
        "proof",
        "resistant",
        "shelter",
        "shelters",
    }
)


def _making_of(token: Token) -> bool:
    """Whether the attack word names what is made or sought ("bomb-making materials", "a bomb
    maker"), or the work against it ("bomb-detection dog teams", "bomb-sniffing dogs", "a bomb
    disposal unit")."""
    after = [t for t in token.doc[token.i + 1 : token.i + 3] if t.text != "-"]
    return bool(after) and after[0].lower_ in _BOMB_WORK


def _the_attackers_killed(token: Token) -> bool:
    """Whether a killing verb tells attackers killed ("five attackers had been shot dead", "the
    gunmen were killed"): the end of an attack, not another one."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "nsubjpass" and c.lower_ in ATTACKER_NOUNS for c in token.children
    )


def _rams_into_people(token: Token) -> bool:
    """ "drove a truck into a crowd", "ploughed into pedestrians", "mowed down people", "the
    pair drove into him" (people driving into a person, not a car crashing into one)."""
    window = token.doc[token.i + 1 : min(token.sent.end, token.i + 9)]
    words = [t.lower_ for t in window]
    if token.lemma_.lower() == "ram" and any(
        c.dep_ == "dobj" and c.lower_ in _CROWD_WORDS for c in token.children
    ):
        return True  # "Driver rams soldiers outside Paris barracks"
    if _drove_into_a_person(token):
        return True
    return ("into" in words or "down" in words or "through" in words) and bool(
        set(words) & _CROWD_WORDS
    )


_VEHICLES = frozenset({"car", "truck", "van", "lorry", "vehicle", "suv", "bus"})
_PERSON_PRONOUNS = frozenset({"him", "her", "them"})


def _drove_into_a_person(token: Token) -> bool:
    """ "the pair drove into him": a driver's deliberate act on a person. A vehicle as the
    subject ("a car crashed into him") tells an accident, not an attack."""
    if token.lemma_.lower() != "drive":
        return False
    into = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "into"), None)
    if into is None or not any(c.lower_ in _PERSON_PRONOUNS for c in into.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(_lemma(c) in _VEHICLES for c in subjects)


_AIRCRAFT = frozenset({"airliner", "plane", "aircraft", "jet", "jetliner", "flight", "helicopter"})


def _brought_down_a_plane(token: Token) -> bool:
    """ "Islamic State's Sinai affiliate said it had brought down a Russian airliner": a plane
    downed on purpose (the subject may be anyone; "the storm brought down power lines" names
    no aircraft)."""
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return False
    return any(c.dep_ == "dobj" and _lemma(c) in _AIRCRAFT for c in token.children)


def _run_down(token: Token) -> bool:
    """ "was run down by a car", "ran him down with a car": someone struck by a vehicle on
    purpose. ("ran down the stairs", "run down the clock" name no vehicle.)"""
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return False
    return any(
        (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with"))
        and any(_lemma(t) in _VEHICLES for t in c.subtree)
        for c in token.children
    )


_FORCES_FIRED_ON = frozenset(
    {"soldiers", "troops", "police", "officers", "policemen", "forces", "commandos"}
)


def _killed_firing_on_forces(opened: Token) -> bool:
    """Whether those who "opened fire" on soldiers or police are the people the sentence says
    were killed: "All five people in the vehicle were killed after they ignored warning shots
    and opened fire on the French soldiers" tells the forces' operation, not an attack. (Named
    doers, as in "two officers were killed after gunmen opened fire on them", are attackers.)"""
    on = next((c for c in opened.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is None or not any(c.lower_ in _FORCES_FIRED_ON for c in on.children):
        return False
    clause = opened.head if opened.dep_ == "conj" else opened
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if clause.dep_ != "advcl" or not subjects or subjects[0].lower_ not in {"they", "he"}:
        return False
    killed = clause.head
    return killed.lemma_.lower() in {"kill", "shoot"} and any(
        c.dep_ == "nsubjpass" for c in killed.children
    )


_TO_DEATH_BLOWS = frozenset({"hack", "bludgeon"})


def _to_death(token: Token) -> bool:
    """ "hacked him to death", "bludgeoned to death": blows that killed (a hacked computer
    did not)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(t.lower_ == "death" for t in c.children)
        for c in token.children
    )


_TAKING_LEMMAS = frozenset({"take", "hold", "seize", "grab", "siege", "barricade"})


def _hostages_taken(sent: Span) -> bool:
    """ "took 170 people hostage", "held hostages": hostages taken, not merely mentioned."""
    return any(t.lemma_.lower() in _TAKING_LEMMAS for t in sent) or "hostage-taking" in (
        sent.text.lower()
    )


# Who may be held hostage: people, not "the funding of our government".
_HOSTAGE_PEOPLE = PEOPLE_NOUNS | {"hostage", "family", "customer"}


def _held_hostage_thing(token: Token) -> bool:
    """ "the funding ... should be held hostage": a thing, not people, is held hostage."""
    if token.dep_ != "oprd":
        return False
    held = [c for c in token.head.children if c.dep_ == "nsubjpass"]
    return bool(held) and all(
        c.pos_ in {"NOUN", "PROPN"}
        and c.ent_type_ not in {"PERSON", "NORP"}
        and _lemma(c) not in _HOSTAGE_PEOPLE
        for c in held
    )


_SOME = frozenset({"some", "many", "most", "several", "all", "none", "few"})


def _some_of_many(token: Token) -> bool:
    """Whether a plural attack noun is told as a share of many ("some of the attacks aimed at
    France"): attacks in general, no incident."""
    return (
        token.tag_ in {"NNS", "NNPS"}
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and (token.head.head.lower_ in _SOME or token.head.head.lower_ in _SHARE_WORDS)
    )


def _earlier_ones(token: Token) -> bool:
    """Whether a plural attack noun names past attacks in general ("those used in earlier
    attacks by the network", "previous bombings"): no one incident, no number, no date."""
    if token.tag_ not in {"NNS", "NNPS"}:
        return False
    mods = {c.lower_ for c in token.children if c.dep_ == "amod"}
    counted = any(c.dep_ == "nummod" or c.ent_type_ == "DATE" for c in token.subtree)
    return bool(mods & _EARLIER) and not counted


_EARLIER: Final = frozenset({"earlier", "previous", "past", "prior"})


# "accounted for 78 percent of the deaths and 57 percent of the attacks": a share of many
_SHARE_WORDS: Final = frozenset({"percent", "%", "cent", "half", "third", "quarter", "majority"})


def _counted_among(token: Token) -> bool:
    """Whether an attacker noun says who some of the people counted were, or were not:
    "including two suicide bombers", "among them three gunmen", "had put the toll at 23, also
    without the bombers", "not counting the bombers"."""
    if token.tag_ not in {"NNS", "NNPS"} or token.lower_ not in ATTACKER_NOUNS:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in {"including", "among", "without", "excluding", "besides"}
    return token.dep_ == "dobj" and token.head.lower_ in {"counting", "including", "excluding"}


def _never_or_generic(token: Token) -> bool:
    """An attack word that did not happen or tells what a kind of thing does: "cluster bombs
    ... sometimes fail to explode", "cluster munitions that explode 99 percent of the time"."""
    if token.dep_ == "xcomp" and _lemma(token.head) == "fail":
        return True
    if token.dep_ == "relcl" and token.head.lower_ in _ANYONE:
        return True  # "anyone who attacked India would meet the same fate": a warning
    return token.dep_ == "relcl" and token.tag_ in {"VBP", "VBZ"} and token.pos_ == "VERB"


_ANYONE: Final = frozenset({"anyone", "anybody", "whoever"})


def find_triggers(sent: Span, *, killings: bool = False) -> list[Trigger]:
    """Attack words in the sentence that report a real attack. With ``killings``, a killing
    verb in a sentence naming a non-state armed group is one too (for an article that has no
    other attack word: "two men who had pledged allegiance to Islamic State killed a priest")."""
    lowered = sent.text.lower()
    if any(phrase in lowered for phrase in FALSE_TRIGGER_PHRASES) and not _has_cue(sent):
        return []
    violent = _has_cue(sent)
    found: list[Trigger] = []
    for token in sent:
        if _a_burning_vehicle_driven_in(token):
            # "Two men drove a blazing jeep loaded with gas canisters into the main terminal
            # building": a vehicle set ablaze as a bomb
            found.append(Trigger(token, *TRIGGER_LEMMAS["bomb"]))
            continue
        key = _key(token)
        if key is None or token.pos_ in _SKIP_POS or _an_acronym(token, sent):
            continue
        if _attacker_killed_by_forces(token):
            continue  # "French police kill Toulouse gunman after 32-hour siege"
        if _making_of(token):
            continue  # "other bomb-making materials": what was found, not a bombing
        if _in_scare_quotes(token):
            continue  # 'to avenge British "massacres" in Iraq': the claimant's word
        armed = (
            (key == "storm" and _subject_has(token, _ARMED_SUBJECTS))
            # "The attackers opened fire at the Cappuccino cafe" (not "Isis had shot those
            # attempting desertion", a group's killing of its own)
            or (
                key == "shoot"
                and token.lemma_.lower() == "open"
                and _subject_has(token, _ARMED_SUBJECTS)
            )
            or (key == "storm" and _planned_by_a_group(token))
            or (key in WEAK_TRIGGERS and _by_armed(token))
            or (key == "attack" and _something_hit_by(token))
            or (key == "attack" and _armed_kind(token))
            or (key == "attack" and _plotted(token))
            or (key == "attack" and _person_attacked_somewhere(token))
            or (key == "attack" and _a_suspect_attacked_people(token))
            or (key in WEAK_TRIGGERS and _responsibility_claimed(token))
        )
        if key in KILLING_TRIGGERS and _by_explosive(token) and not _negated(token):
            # "killed by a roadside improvised explosive device": a bombing
            found.append(Trigger(token, *TRIGGER_LEMMAS["bomb"]))
            continue
        if key in KILLING_TRIGGERS and not (
            (_plotted(token) and _kills_people(token))  # "a plot to kill police officers"
            or _killed_by_attackers(token)
            or _killing_claimed_by_a_group(token)
            # "Islamic State fighters fired across the border ..., killing a non-commissioned
            # officer": the participle's doers are the subject of the verb it hangs on
            or (
                token.tag_ == "VBG"
                and token.dep_ == "advcl"
                and _armed_group_named(sent, within=token.head)
            )
            # "A man who killed five people with a bow and arrows ... appears to have carried
            # out an act of terrorism"
            or (violent and token.pos_ == "VERB" and (_with_a_weapon(token) or _armed_doer(token)))
            or (
                killings
                and token.pos_ == "VERB"
                and (
                    _armed_group_named(sent, within=token)
                    or (_called_terrorism(sent.text) and not _struck_from_the_air(token))
                )
            )
        ):
            continue  # "..., killing eight people, in what officials called an act of terrorism"
        if key in WEAK_TRIGGERS and not (violent or armed):
            continue  # "Isis fighters attempted to storm a US base" is an attack without one
        if key == "storm" and not (violent or armed):
            continue
        if key in {"raid", "storm", "shoot"} and (
            _subject_has(token, AUTHORITY_SUBJECTS)
            or _by_authority(token)
            or _forces_telling_their_act(token)
        ):
            continue  # "armed police raided the resort", "killed in a raid by US commandos"
        if token.lemma_.lower() in {"shell", "shelling"} and shelled_by_forces(token):
            continue  # "Turkish artillery, which began shelling YPG positions": the state's fire
        if _an_interest_in(token):
            continue  # "signs of al Qaeda's interest in chemical ... attacks": no attack made
        if _names_a_doer(token):
            continue  # "a senior Islamic State attack planner": who plans attacks, no attack
        if key == "attack" and _the_strike_ordered(token, sent):
            continue  # "a day after President Donald Trump said he had ordered the attack"
        if key in KILLING_TRIGGERS and _killed_in_a_raid_by_forces(token):
            continue  # "Islamic State leader Baghdadi killed in U.S. special forces raid"
        if (key in KILLING_TRIGGERS or key == "shoot") and _the_attackers_killed(token):
            continue  # "five attackers had been shot dead": by the forces that ended it
        if _blown_up_in_a_raid(token):
            continue  # "blew himself up ... during a raid on his hideout by U.S. special forces"
        if key == "raid" and not armed and _the_raids_told_before(token):
            continue  # "said the raids had no connection with the Islamist attack in Vienna"
        if key == "raid" and _arrests_made_in(token):
            continue  # "40 people ... had been arrested in raids on Thursday": police raids
        if _negated(token) or _hypothetical(token):
            continue
        if _capacity_for_attacks(token):
            continue  # "a unit tasked with carrying out attacks abroad": a mission, no event
        if key == "attack" and _to_attack_a_country(token):
            continue  # "militants had been using the area to attack Kenya": a purpose
        if _describes_a_group(token):
            continue  # "al Shabaab, the Islamist group that still carries out frequent bombings"
        if _plotted_by_the_person_described(token):
            continue  # "killed British Islamic State fighter who plotted attacks at home"
        if _a_role_given(token):
            continue  # "using Western recruits as frontline cannon fodder, suicide bombers"
        if _found_with(token):
            continue  # "a Tanzanian found hiding in a ceiling with grenades": possession
        if _kind_of_medium(token):
            continue  # "She had also viewed beheading videos": a kind of film, no event
        if key == "attack" and _from_a_person(token):
            continue  # "the program came under attack from President Donald Trump": words
        if key == "blast" and _blasts_someone(token):
            continue  # "Trump ... blasts Democrats": criticism
        if _a_kind_of_weapon(token, key):
            continue  # "a ban on cluster bombs", "North Korea's nuclear test detonation"
        if _not_yet(token) or _kept_from_happening(token) or _a_figure_of_speech(token):
            continue  # "to avoid a regime assault", "protect Americans from potential attacks"
        if _in_a_list_of_abuses(token):
            continue  # "from imprisonment to torture, murder and kidnap": a record of abuses
        if _what_a_law_makes_a_crime(token):
            continue  # "a law making it a crime to plan a terrorist attack": no attack
        if _named_not_done(token, key):
            continue  # "allegations ranging from kidnapping to bribery", "hijack an account"
        if key in {"behead", "beheading"} and _a_series(token):
            continue  # "the beheadings of journalists", "the beheading of 27 hostages"
        if key == "hostage" and (not _hostages_taken(sent) or _held_hostage_thing(token)):
            continue  # "the funding of our government should be held hostage": a figure
        if _never_or_generic(token):
            continue  # "cluster bombs ... sometimes fail to explode", "munitions that explode"
        if _counted_among(token):
            continue  # "15 Australians had been killed in the fighting, including two suicide
            # bombers": who the dead were, no attack of its own
        if _some_of_many(token):
            continue  # "some of the attacks aimed at France had been planned in Syria"
        if _earlier_ones(token):
            continue  # "the bomb resembled those used in earlier attacks by the network"
        if by_aircraft(token) or air_campaign(token) or warplanes(token) or dropped_by_crews(token):
            continue  # "warplanes dropped 20 bombs": an air strike, a state's act
        if struck_target_doing(token):
            continue  # "hitting ... a pick-up truck that were attacking Kurdish forces"
        if key in BOMB_WORDS and amid_an_air_war(token, sent):
            continue  # "hospitals have been bombed since Monday and ... barrel bombs are used"
        if key in {"bomb", "bombing"} and bombed_by_a_state(token):
            continue  # "France bombs Islamic State stronghold of Raqqa": a state's air strike
        if key == "ram":
            found.append(Trigger(token, UNARMED_ASSAULT, VEHICLE))
            continue
        if key in KILLING_TRIGGERS and (_with_a_weapon(token) or _armed_doer(token)):
            found.append(Trigger(token, ARMED_ASSAULT, None))  # "killed five with a bow"
            continue
        if key == _ARMED_WOUNDING:
            found.append(Trigger(token, ARMED_ASSAULT, None))
            continue
        attack_type, weapon_type = TRIGGER_LEMMAS[key]
        found.append(Trigger(token, attack_type, weapon_type))
    return found


def _to_attack_a_country(token: Token) -> bool:
    """Whether the word is an infinitive of purpose whose object is a whole country ("had been
    using the area to attack Kenya"): what someone means to do, no event."""
    if token.pos_ != "VERB" or token.dep_ not in {"xcomp", "advcl", "acl"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.ent_type_ == "GPE" and not any(c.dep_ in {"amod", "compound"} for c in o.children)
        for o in objects
    )


_PICTURES: Final = frozenset({"pictures", "picture", "images", "photographs", "photos", "video"})
_FOUND_VERBS: Final = frozenset({"find", "seize", "recover", "discover", "confiscate"})
_POSSESSING_VERBS: Final = frozenset(
    {"hide", "find", "catch", "arrest", "detain", "hold", "carry", "possess", "stop"}
)


_ARREST_LEMMAS = frozenset({"arrest", "detain", "capture", "hold", "seize", "round", "nab"})


def _arrests_made_in(token: Token) -> bool:
    """Whether the raids are those people were arrested in ("had been arrested in raids on
    Thursday", "detained in a raid on a flat"): the police's raids, no attack."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in {"in", "during"}
        and prep.head.lemma_.lower() in _ARREST_LEMMAS
    )


_GROUP_NOUNS = frozenset({"group", "organisation", "organization", "movement", "militia"})


def _describes_a_group(token: Token) -> bool:
    """Whether the attack word is in a relative clause describing a group by what it does as a
    habit ("the al Qaeda-linked group that still carries out frequent bombings in the
    capital"): plural attacks, a verb in the present; not "a far-right group that planned to
    storm parliament", a plot."""
    if token.tag_ != "NNS":
        return False
    for node in (token, *list(token.ancestors)[:3]):
        if node.dep_ == "relcl":
            head = node.head
            return node.tag_ in {"VBZ", "VBP"} and (
                head.lemma_.lower() in _GROUP_NOUNS or head.ent_type_ == "ORG"
            )
    return False


_PLOTTING_VERBS: Final = frozenset({"plot", "plan", "direct", "organise", "organize", "prepare"})


def _plotted_by_the_person_described(token: Token) -> bool:
    """Whether the attack word is a bare plural a person is described as plotting ("British
    Islamic State fighter who plotted attacks at home"): what he is known for, no attack."""
    if token.tag_ != "NNS" or any(c.dep_ in {"det", "nummod", "poss"} for c in token.children):
        return False
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() in _PLOTTING_VERBS
        and (
            verb.head.lower_ in PEOPLE_NOUNS
            or verb.head.lower_ in ATTACKER_NOUNS
            or verb.head.lemma_.lower() in {"fighter", "militant", "jihadist", "member"}
        )
    )


def _a_role_given(token: Token) -> bool:
    """Whether the attacker noun names a role people are used "as" ("using Western recruits
    as frontline cannon fodder, suicide bombers and propaganda tools"), not doers of an act."""
    if token.lower_ not in ATTACKER_NOUNS:
        return False
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "as"


def _found_with(token: Token) -> bool:
    """Whether a weapon word is what someone was found, caught or hiding with ("a Tanzanian
    found hiding in a ceiling with grenades"), or what was found ("three Kalashnikov rifles,
    ammunition magazines, grenades and balaclavas found at the scene"): no attack."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    listed = [first, *first.conjuncts]
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
        # "displayed pictures of three Kalashnikov rifles, ..., grenades ... found at the scene"
        holder = first.head.head
        if holder.lower_ in _PICTURES:
            return True
        listed.append(holder)
    if any(
        c.dep_ == "acl" and c.lemma_.lower() in _FOUND_VERBS for t in listed for c in t.children
    ):
        return True
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    verb = token.head.head
    for _ in range(3):  # "hiding in a ceiling with grenades": the parse may hang it on the ceiling
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _POSSESSING_VERBS


def _attacker_killed_by_forces(token: Token) -> bool:
    """Whether an attacker noun is the one police or troops killed or shot ("French police
    kill Toulouse gunman"): the forces' act, not an attack reported."""
    if token.lower_ not in ATTACKER_NOUNS or token.dep_ != "dobj":
        return False
    verb = token.head
    if verb.lemma_.lower() not in {"kill", "shoot"}:
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in AUTHORITY_SUBJECTS for c in verb.children
    ) or _forces_telling_their_act(verb)


def _forces_telling_their_act(verb: Token) -> bool:
    """Whether police or troops tell what they themselves did ("Police said they had shot dead
    four gunmen"): the subject "they" or "we" of a clause the forces say."""
    if not any(c.dep_ == "nsubj" and c.lower_ in {"they", "we"} for c in verb.children):
        return False
    if verb.dep_ != "ccomp":
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in AUTHORITY_SUBJECTS for c in verb.head.children
    )


_DOER_NOUNS = frozenset(
    {"planner", "plotter", "cell", "squad", "team", "unit", "chief", "commander", "leader"}
)


def _names_a_doer(token: Token) -> bool:
    """Whether the attack word only says what a person or group does: "a senior Islamic State
    attack planner", "a suicide bomb cell"."""
    return (
        token.dep_ == "compound"
        and token.pos_ == "NOUN"
        and token.head.lemma_.lower() in _DOER_NOUNS
    )


_ORDERING_VERBS = frozenset({"order", "authorize", "authorise", "approve"})
_STRIKE_WORDS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "bombing"})


def _the_strike_ordered(token: Token, sent: Span) -> bool:
    """Whether "the attack" is what a leader ordered in a sentence about strikes ("U.S. air
    strikes ... killed 'key figures', ... a day after President Donald Trump said he had
    ordered the attack"): the strikes, told again."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in _ORDERING_VERBS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
        return False
    return any(t.lower_ in _STRIKE_WORDS and t.i != token.i for t in sent)


def _the_raids_told_before(token: Token) -> bool:
    """Whether a raid noun names raids told before ("the raids", "these raids") with no doer
    of its own: news tells militants' raids with who made them, police raids often so."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.children)
        and not any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in token.children)
    )


def _an_acronym(token: Token, sent: Span) -> bool:
    """Whether the word is a name written in capitals in a sentence that is not ("officers of
    the RAID elite police unit"): a unit or an organisation, not a raid."""
    if len(token.text) < 3 or not token.text.isupper():
        return False
    words = [t for t in sent if t.is_alpha]
    return sum(t.text.isupper() for t in words) * 2 < len(words)


# Subjects that make a killing an attack: "two attackers killed a priest", "gunmen shot dead
# four people". A "suspect" or "perpetrator" may have killed in any crime, so they stay out.
_KILLERS_WHO_ATTACK = ATTACKERS_OF_ONE_ATTACK | {"terrorist", "terrorists", "jihadist", "jihadists"}


# What an extremist killer is called ("neo-Nazi Stephan Ernst killed Walter Luebcke"); the
# parser may split "neo-Nazi", so "nazi" alone is listed.
_EXTREMIST_WORDS = frozenset(
    {"nazi", "neo-nazi", "jihadist", "islamist", "extremist", "supremacist", "neo-fascist"}
)


def _killed_by_attackers(token: Token) -> bool:
    """Whether the killing verb's subject is attackers themselves ("two attackers killed a
    priest"), not a modifier of another subject ("jihadist attacks killed ten"), or a person
    the article calls an extremist ("neo-Nazi Stephan Ernst killed Walter Luebcke")."""
    if token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return (
        any(s.lower_ in _KILLERS_WHO_ATTACK for s in subjects)
        or any(
            s.pos_ == "PROPN" and any(t.lower_ in _EXTREMIST_WORDS for t in s.subtree)
            for s in subjects
        )
        # "the group's fighters killed 148 people at a university": a group's own fighters
        or any(s.lower_ in {"fighters", "militants"} and _of_a_group(s) for s in subjects)
    )


def _of_a_group(fighters: Token) -> bool:
    """Whether fighters are told as a group's ("the group's fighters", "al Shabaab's
    fighters"), not as an army's."""
    owners = [c for c in fighters.children if c.dep_ == "poss"]
    return any(
        o.lower_ in {"group", "movement", "network"}
        or (o.pos_ == "PROPN" and not any(t.lower_ in {"army", "government"} for t in o.subtree))
        for o in owners
    )


# Subjects that make an attack word a military air strike. Ambiguous words stay out: "bombers"
# (suicide bombers), "planes" (hijacked ones), "drones" (militants fly them too).
def _a_series(token: Token) -> bool:
    """Whether an attack noun names several killings ("the beheadings of journalists James
    Foley and Steven Sotloff", "the beheading of up to 27 foreign hostages"), a record of
    deeds rather than one incident."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.tag_ in {"NNS", "NNPS"}:
        return True
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    victims = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    return any(
        v.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in v.children) for v in victims
    )


_ARMED_SUBJECTS = frozenset(
    {"fighter", "militant", "gunman", "jihadist", "insurgent", "attacker", "terrorist"}
    | {"isis", "isil", "jihadists", "fighters", "militants", "gunmen"}
)


def _subject_has(token: Token, words: frozenset[str]) -> bool:
    """Whether the subject (or passive agent) of the attack verb holds one of ``words``; the
    subject of the verb an infinitive depends on counts ("attempted to storm")."""
    verb = token if token.pos_ == "VERB" else token.head
    if token.dep_ == "pobj" and verb.lower_ == "of" and verb.head.pos_ in {"NOUN", "NUM"}:
        verb = verb.head.head  # "police launched dozens of raids": the verb of "dozens"
    elif token.dep_ == "pobj" and verb.pos_ == "ADP":
        # "police arrested nine people during raids", "police arrest nine jihadists in raids":
        # the verb the phrase hangs on
        for _ in range(3):
            if verb.pos_ == "VERB" or verb.head is verb:
                break
            verb = verb.head
    nodes = list(verb_chain(verb, {"xcomp"}, 2))
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        nodes.append(verb.head)  # "troops had entered Borno ... and raided a ... hideout"
    return any(
        child.dep_ in {"nsubj", "agent"}
        and any(t.lower_ in words or t.lemma_.lower() in words for t in child.subtree)
        for node in nodes
        for child in node.children
    )


# Lower case only: "the National Terrorism Advisory System" names a scheme, calls nothing so.
_TERRORISM = re.compile(r"\b(?:terrorism|terrorist attack|act of terror|terror attack)\b")
_STRIKE_SUBJECTS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "drone", "drones"})


def _called_terrorism(text: str) -> bool:
    """Whether the sentence calls something terrorism, not "not a terrorist attack"."""
    return any(
        not re.search(r"\b(?:not|no|n't|nor)\b(?:\s+\w+){0,2}\s*$", text[: m.start()])
        for m in _TERRORISM.finditer(text)
    )


def _struck_from_the_air(verb: Token) -> bool:
    """Whether a killing is done by a strike or a drone ("a U.S. drone strike killed ...")."""
    return by_aircraft(verb) or any(
        c.dep_ in {"nsubj", "agent"} and any(t.lower_ in _STRIKE_SUBJECTS for t in c.subtree)
        for c in verb.children
    )


def _armed_group_named(sent: Span, *, within: Token | None = None) -> bool:
    """Whether the sentence names a non-state armed group; with ``within``, inside the subject
    of that verb ("two men who had pledged allegiance to Islamic State killed a priest")."""
    actors = sent.doc.spans.get("veille_actors", [])
    if within is None:
        lo, hi = sent.start, sent.end
        return any(lo <= a.start < hi and a.label_ not in STATE_ACTOR_TYPES for a in actors)
    subjects = [c for c in within.children if c.dep_ in {"nsubj", "agent"}]
    spans = [(min(t.i for t in c.subtree), max(t.i for t in c.subtree) + 1) for c in subjects]
    return any(
        lo <= a.start and a.end <= hi and a.label_ not in STATE_ACTOR_TYPES
        for a in actors
        for lo, hi in spans
    )


def _killing_claimed_by_a_group(token: Token) -> bool:
    """Whether a non-state armed group says it killed ("the PKK's armed wing said it had killed
    two police officers in Ceylanpinar"): a killing the group claims."""
    if token.pos_ != "VERB" or token.dep_ != "ccomp":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in {"it", "they"} for c in token.children):
        return False
    said = token.head
    return said.lemma_.lower() in {"say", "claim"} and _armed_group_named(token.sent, within=said)


# What, after "killed by", makes a killing a bombing.
_EXPLOSIVE_WORDS = frozenset(
    {"bomb", "bombs", "ied", "ieds", "explosive", "explosives", "grenade", "grenades"}
)


def by_phrases(token: Token) -> list[Span]:
    """The words after each "by" that hangs on the attack word: who or what did it ("the
    attack by Ansar al-Tawhid fighters", "killed by a roadside bomb")."""
    return [
        token.doc[child.i + 1 : child.right_edge.i + 1]
        for child in token.children
        if child.lower_ == "by" and child.dep_ in {"agent", "prep"}
    ]


def agent_groups(token: Token) -> list[Span]:
    """The non-state armed groups named in the attack word's "by" phrases."""
    actors = token.doc.spans.get("veille_actors", [])
    return [
        actor
        for phrase in by_phrases(token)
        for actor in actors
        if phrase.start <= actor.start < phrase.end and actor.label_ not in STATE_ACTOR_TYPES
    ]


def _by_explosive(token: Token) -> bool:
    """Whether the killing is done "by" a bomb: "killed by a roadside improvised explosive
    device", "killed by a car bomb" (a mine or a shell is not counted: war, not an attack)."""
    return any(t.lower_ in _EXPLOSIVE_WORDS for phrase in by_phrases(token) for t in phrase)


# What an attack is made with, named before it: "the truck attack", "a knife attack".
_ATTACK_MEANS = frozenset(
    {"truck", "van", "lorry", "car", "vehicle", "knife", "machete", "axe", "gun", "rifle"}
    | {"grenade", "rocket", "mortar", "missile", "acid", "arson", "chemical", "drone"}
    | {"bow", "crossbow", "arrow", "hammer", "sword", "cleaver", "pistol"}
)


_CLAIMS: Final = frozenset({"responsibility", "credit"})


def _responsibility_claimed(token: Token) -> bool:
    """ "Isis claimed responsibility for an attack in Raqqa", "JNIM claims twin attacks": what
    a group claims to have done is violence, whatever word names it."""
    prep = token.head
    claimed = token.dep_ == "dobj" and prep.lemma_.lower() == "claim" and prep.pos_ == "VERB"
    if not claimed and (token.dep_ != "pobj" or prep.lower_ != "for"):
        return False
    if any(
        c.dep_ in {"det", "poss"}
        and c.lower_ not in {"a", "an"}
        # "for Tuesday night's attack", "for Friday's coordinated attacks": dated, not told before
        and c.ent_type_ not in {"DATE", "TIME"}
        for c in token.children
    ):
        return False  # "claimed responsibility for the attack": one told before, on its own day
    if claimed:
        return True  # "Al Qaeda-linked JNIM claims twin attacks on French embassy"
    owner = prep.head
    if owner.lemma_.lower() in _CLAIMS:  # "claimed responsibility for", "claimed credit for"
        return owner.head.lemma_.lower() == "claim"
    # "claimed responsibility ... for the attack", the "for" hung on the verb
    return owner.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMS for c in owner.children
    )


def _plotted(token: Token) -> bool:
    """Whether the attack verb is what a plot or plan was to do ("a suspected Islamist plot to
    attack Cologne cathedral"): words are not plotted, violence is."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ in {"acl", "relcl", "xcomp"} and token.head.pos_ == "NOUN":
        return token.head.lemma_.lower() in PLOT_CUES
    # "foiled a plot to kill police officers", the infinitive parsed as the verb's clause
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].lower_ == "to"
        and doc[token.i - 2].pos_ == "NOUN"
        and doc[token.i - 2].lemma_.lower() in PLOT_CUES
    )


_PLOTTING_GROUPS = frozenset({"group", "cell", "network", "organisation", "organization"})


def _planned_by_a_group(token: Token) -> bool:
    """Whether storming is what a group planned: "a far-right group that planned to storm
    parliament and seize power by force" (a plot; "fans planned to storm the pitch" is no
    group's)."""
    plan = token.head
    if token.dep_ != "xcomp" or plan.lemma_.lower() not in PLOT_CUES:
        return False
    doers = [c for c in plan.children if c.dep_ == "nsubj"]
    if plan.dep_ == "relcl":
        doers.append(plan.head)
    return any(d.lemma_.lower() in _PLOTTING_GROUPS for d in doers)


def _kills_people(token: Token) -> bool:
    """Whether a killing verb's object is people ("a plot to kill police officers"), not a
    thing ("a plan to kill the deal")."""
    return any(
        child.dep_ == "dobj"
        and (
            child.lemma_.lower() in PEOPLE_NOUNS
            or child.lower_ in PEOPLE_NOUNS
            or child.ent_type_ in {"PERSON", "NORP"}
            or child.lower_ in {"officers", "soldiers", "policemen", "jews", "christians"}
        )
        for child in token.children
    )


def _armed_kind(token: Token) -> bool:
    """Whether the attack word names what it was made with ("Tuesday's truck attack"), the
    place it struck ("after New York attack") or its day ("the Nov. 2 attack"): news names
    violent attacks so. A place-named attack "since" which something holds is a period's start,
    not news ("the state of emergency, in place since the Paris attacks")."""
    since = token.dep_ == "pobj" and token.head.lower_ == "since"
    return any(
        (
            child.dep_ in {"compound", "amod", "nmod"}
            and (
                child.lower_ in _ATTACK_MEANS
                or (child.ent_type_ in {"GPE", "DATE"} and not since)  # "the Nov. 2 attack"
            )
        )
        or (child.dep_ == "prep" and child.lower_ == "with" and _a_weapon_after(child))
        for child in token.children
    )


def _with_a_weapon(token: Token) -> bool:
    """ "killed five people with a bow and arrows": what the killing was done with."""
    return any(
        child.dep_ == "prep" and child.lower_ == "with" and _a_weapon_after(child)
        for child in token.children
    )


def _armed_doer(token: Token) -> bool:
    """ "A man armed with a knife killed two young women": the killer carries a weapon ("A car
    bomb blast killed five people" names the weapon, not who carried it)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ in {"advcl", "conj"} and token.tag_ in {"VBG", "VBD"}:
        # "A man armed with a machete rushed at soldiers ..., slightly wounding one of them"
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(
        any(t.dep_ == "prep" and t.lower_ == "with" and _a_weapon_after(t) for t in child.subtree)
        for child in subjects
    )


def _a_weapon_after(prep: Token) -> bool:
    """ "attacked members of the public with a knife": what the attack was made with."""
    return any(
        t.dep_ == "pobj" and (_lemma(t) in _ATTACK_MEANS or t.lower_ in _ATTACK_MEANS)
        for t in prep.children
    )


# Where words, not blows, attack someone: "was attacked in the press".
_WORDS_VENUES: Final = frozenset(
    {"press", "media", "newspaper", "article", "column", "interview", "parliament", "debate"}
    | {"speech", "statement", "report", "book", "campaign", "editorial", "post", "tweet"}
)
_PLACE_PREPOSITIONS: Final = frozenset({"near", "outside", "at", "in", "on", "inside"})


def _person_attacked_somewhere(token: Token) -> bool:
    """Whether a named person was attacked, by no one named, at a place: "Rigby ... was
    attacked on Wednesday afternoon near the Royal Artillery Barracks in Woolwich" (not "was
    attacked by critics", "was attacked in the press")."""
    if token.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not _a_person(subject):
        return False
    places = [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPOSITIONS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return bool(places) and not any(p.lemma_.lower() in _WORDS_VENUES for p in places)


_SUSPECTS = frozenset({"suspect", "attacker", "assailant", "gunman", "knifeman"})


def _a_suspect_attacked_people(token: Token) -> bool:
    """Whether a suspect attacked people: "The suspect, a 19-year-old Afghan identified only as
    Jawed S., attacked the two men in the station on Friday" (not "critics attacked him")."""
    if token.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _SUSPECTS and _kills_people(token)


def _a_person(token: Token) -> bool:
    """A person by the recogniser, or the last word of a person it named before ("Drummer Lee
    Rigby", then "Rigby", which the small model may take for a place)."""
    if token.ent_type_ == "PERSON":
        return True
    if token.pos_ != "PROPN":
        return False
    return any(
        e.label_ == "PERSON" and e.end <= token.i and e[-1].text == token.text
        for e in token.doc.ents
    )


def _from_a_person(token: Token) -> bool:
    """Whether the attack comes "from" a named person: criticism, not violence."""
    return any(
        child.lower_ == "from" and any(t.ent_type_ == "PERSON" for t in child.subtree)
        for child in token.children
    )


_PEOPLE_ENTITY_TYPES = frozenset({"PERSON", "NORP", "ORG"})
# What is blasted when "blast" is criticism, and who blasts then.
_CRITICISED = frozenset(
    {"proposal", "plan", "bill", "legislation", "decision", "policy", "move", "agency", "report"}
    | {"idea", "deal", "law", "ruling", "comment", "remark", "statement", "tax", "cut", "budget"}
    | {"reform", "government", "administration", "approach", "response", "handling", "verdict"}
    | {"committee", "panel", "court", "investigation", "inquiry", "probe", "media", "press"}
)
_CRITICS = frozenset(
    {"senator", "chairman", "lawmaker", "critic", "democrat", "republican", "group", "leader"}
    | {"union", "association", "official", "minister", "president", "opposition", "activist"}
)
_EXPLOSIVE_THINGS = frozenset(
    {"bomb", "explosion", "blast", "explosive", "device", "grenade", "rocket", "missile", "shell"}
    | {"mortar", "charge", "car", "truck", "vehicle", "ied", "dynamite"}
)
# Modifiers naming a kind of weapon, not one used: "cluster bombs", "a nuclear test detonation".
_WEAPON_KINDS = frozenset(
    {"cluster", "nuclear", "atomic", "hydrogen", "thermonuclear", "test", "smart", "ballistic"}
)
_WEAPON_KEYS = frozenset(
    {"bomb", "bomber", "rocket", "mortar", "grenade", "dynamite", "detonation", "explosion"}
)
# What explodes in "the explosion of X" when it is one: otherwise a figure of speech ("the
# explosion of internet and cable news").
_EXPLODING = _EXPLOSIVE_THINGS | {
    "gas",
    "cylinder",
    "tank",
    "mine",
    "package",
    "parcel",
    "suitcase",
    "bag",
    "pipeline",
    "plant",
    "factory",
    "depot",
    "building",
    "boiler",
    "bus",
    "train",
    "plane",
    "aircraft",
    "ammunition",
    "munition",
}


# Nouns a trigger word may modify without naming an event.
_NOT_EVENT_HEADS = frozenset(
    {"squad", "file", "record", "document", "unit", "disposal", "technician", "expert"}
    | {"detector", "dog", "theory", "presence", "mission", "proof", "shelter"}
    | {"factory", "workshop", "lab", "laboratory", "maker", "making", "cache", "depot"}
    # "urgence attentat (attack emergency)": an alert level's name
    | {"emergency"}
)
# Modifiers that make an attack word something else than political violence.
_NOT_VIOLENCE = frozenset({"character", "sexual", "verbal", "cyber", "heart", "panic"})
_HARDWARE = frozenset(
    {"submarine", "missile", "jet", "fighter", "aircraft", "plane", "warship", "tank", "drone"}
)


def _among_hardware(token: Token) -> bool:
    """Whether "bombers" is listed with other military hardware."""
    listed = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        listed += [token.head, *(c for c in token.head.children if c.dep_ == "conj")]
    return any(_lemma(t) in _HARDWARE for t in listed if t is not token)


_ALLEGING = frozenset({"allegation", "accusation", "rumour", "rumor"})
_HIJACKED = frozenset(
    {"plane", "aircraft", "airliner", "jet", "flight", "bus", "ship", "vessel", "boat", "ferry"}
    | {"car", "truck", "lorry", "van", "vehicle", "train", "tanker", "coach", "taxi"}
)


def _named_not_done(token: Token, key: str) -> bool:
    """Whether an attack word names an act no one is reported to have done: one alleged in a
    list of accusations ("allegations ... ranging from kidnapping to bribery"), one someone is
    to be stopped from ("a law to stop Trump from bombing North Korea"), or hijacking what is
    no vehicle ("hijack an account")."""
    if token.pos_ == "NOUN" and any(
        a.pos_ == "NOUN" and _lemma(a) in _ALLEGING for a in list(token.ancestors)[:4]
    ):
        return True
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in {"from", "to"}
        and _lemma(token.head.head) == "range"
    ):
        return True  # "ranging from kidnapping to bribery": kinds of acts listed
    stopping = stopping_verb(token)
    if stopping is not None and stopping.tag_ == "VB":
        return True  # "a law to stop Trump from bombing"; not "police stopped"
    if key == "hijack" and token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return bool(objects) and not any(_lemma(o) in _HIJACKED for o in objects)
    return False


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _a_kind_of_weapon(token: Token, key: str) -> bool:
    """Whether a weapon word names a kind of weapon ("cluster bombs", "nuclear bombs", "a
    nuclear test detonation", "Rocket Man") or a figure of speech ("the explosion of internet
    and cable news") rather than one that went off."""
    if token.dep_ == "compound" and _lemma(token.head) in _NOT_EVENT_HEADS:
        return True  # "the LAPD bomb squad", "JFK assassination files" (tagged a verb or not)
    if token.pos_ == "VERB":
        return False
    if any(c.dep_ in {"amod", "compound"} and _lemma(c) in _NOT_VIOLENCE for c in token.children):
        return True  # "character assassination", "sexual assault accusations"
    if _laid_with(token):
        return True  # "an area laced with IEDs and suicide vehicles": weapons lying in wait
    if key not in _WEAPON_KEYS:
        return False
    if token.ent_type_ == "WORK_OF_ART":
        return True
    if key == "bomber" and _among_hardware(token):
        return True  # "submarines, bombers and land-based missiles": aircraft
    if any(c.dep_ in {"amod", "compound"} and _lemma(c) in _WEAPON_KINDS for c in token.children):
        return True
    if key in {"explosion", "detonation"}:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        named = [thing, *(c for c in thing.children if c.dep_ == "nmod")] if thing else []
        return bool(named) and not any(_lemma(t) in _EXPLODING for t in named)
    return False


_LAID_VERBS = frozenset(
    {"lace", "riddle", "fill", "pack", "strew", "litter", "seed", "rig", "stock", "line", "plant"}
)


def _laid_with(token: Token) -> bool:
    """Whether the weapon is what a place is laced, riddled or filled with."""
    while token.dep_ == "conj":
        token = token.head
    prep = token.head
    return (
        token.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in _LAID_VERBS
    )


def _blasts_someone(token: Token) -> bool:
    """Whether "blast" is a verb aimed at people ("May blasts Corbyn", headline style), which
    is criticism; "a bomb blasted the police station" hits a thing and stays an attack."""
    if token.pos_ != "VERB":
        # "Senators blast State Department over cuts", parsed as a noun between critics and
        # the criticised: a headline verb
        before = token.nbor(-1) if token.i > token.sent.start else None
        after = token.nbor(1) if token.i + 1 < token.sent.end else None
        return (
            before is not None
            and after is not None
            and _lemma(before) in _CRITICS
            and (after.pos_ == "PROPN" or after.ent_type_ in _PEOPLE_ENTITY_TYPES)
        )
    aimed = [c for c in token.children if c.dep_ in {"dobj", "nsubj"} and c.i > token.i]
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.i < token.sent.end:
        aimed.append(following)
    if any(t.ent_type_ in _PEOPLE_ENTITY_TYPES or t.pos_ == "PROPN" for t in aimed):
        return True
    # "Democrats have blasted the proposals", "groups blasted the legislation": people who
    # blast, or a plan blasted, is criticism; a bomb that blasted a building is not
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        # "Page ... said his trips were benign and blasted the committee"
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    subjects += [  # "a tax break once blasted by Trump"
        p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
    ]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if any(_lemma(o) in _CRITICISED for o in objects):
        return True
    return any(
        s.ent_type_ in _PEOPLE_ENTITY_TYPES or s.pos_ == "PROPN" or _lemma(s) in _CRITICS
        for s in subjects
    ) and not any(_lemma(s) in _EXPLOSIVE_THINGS for s in subjects)


def _something_hit_by(token: Token) -> bool:
    """Whether the attack is what something "was hit by" or "struck by": "the base in which he
    was stationed was hit by a surprise attack" (a verbal attack hits no one)."""
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in {"agent", "prep"}:
        return False
    verb = by.head
    return verb.lemma_.lower() in {"hit", "strike", "rock"} and any(
        child.dep_ == "auxpass" for child in verb.children
    )


def _by_armed(token: Token) -> bool:
    """Whether the attack word is done "by" armed men or a non-state armed group: "Sunday's
    attack by Ansar al-Tawhid fighters", "the raid by militants"."""
    armed_words = any(t.lower_ in _ARMED_SUBJECTS for phrase in by_phrases(token) for t in phrase)
    return armed_words or bool(agent_groups(token))


def _has_cue(sent: Span) -> bool:
    for token in sent:
        if token.lower_ in VIOLENT_CUES or token.lemma_.lower() in VIOLENT_CUES:
            return True
        if token.lemma_.lower() in TRIGGER_LEMMAS and token.lemma_.lower() not in WEAK_TRIGGERS:
            return True
    return False


def _negated(token: Token) -> bool:
    for node in (token, token.head):
        negated = any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in node.children)
        if negated and (node is token or token.dep_ in {"nsubj", "nsubjpass", "dobj"}):
            return True
    # "knew of no specific and credible intelligence of a plot by terrorist organizations to
    # attack the United States": nothing known of it
    path = [token, *list(token.ancestors)[:6]]
    for k in range(2, len(path)):
        above, of, known = path[k], path[k - 1], path[k - 2]
        if (
            above.lower_ in _KNOWLEDGE_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "no" for c in above.children)
            and of.dep_ == "prep"
            and of.lower_ == "of"
            # the attack itself or a plot of it, not "no evidence of an international terrorism
            # connection in the explosion" nor "no evidence that the attack was planned"
            and (known.i == token.i or known.lemma_.lower() in _PLOT_WORDS)
        ):
            return True
    return False


_PLOT_WORDS: Final = frozenset({"plot", "plan", "conspiracy"})


_KNOWLEDGE_NOUNS: Final = frozenset(
    {"intelligence", "evidence", "information", "indication", "indications", "sign", "signs"}
)


def _hypothetical(token: Token) -> bool:
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if _has_modal(verb):
        return True
    if verb.dep_ == "xcomp" and _has_modal(verb.head):
        return True  # "extremists who might be inspired to attack at home"
    # "speculation Russia would retaliate with an attack": the modal sits on the verb the
    # attack word's preposition hangs on
    if (
        token.dep_ == "pobj"
        and token.head.head.pos_ in {"VERB", "AUX"}
        and _has_modal(token.head.head)
    ):
        return True
    if _inverted_condition(verb):
        return True  # "Had the gas cylinder exploded, dozens could have died"
    if _foretold(verb):
        return True  # "blasts will continue, and it will happen in Bujumbura too": a threat
    if token.dep_ == "pobj" and token.head.head.lemma_.lower() in _COUNTING_HEADS:
        return True  # "the numbers of roadside bombs have increased": a trend, not an attack
    if token.dep_ == "pobj" and _target_of_attacks(token):
        return True  # "a legitimate target for terrorist attacks": what attacks may aim at
    if token.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ in {"acomp", "xcomp", "oprd"} and c.lemma_.lower() in _LIKELIHOOD_WORDS
        for c in token.head.children
    ):
        return True  # "meaning an attack is highly likely", "an attack is considered likely"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING:
        return True  # "Paris had until now refused to bomb Islamic State in Syria"
    # "if the bomb had exploded", "if you have chosen to fight for Isis": the condition may sit
    # on a verb the attack word depends on
    return any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"}
        for node in verb_chain(verb, {"xcomp", "conj", "ccomp"}, 3)
        for c in node.children
    )


# Words for a duty, skill or aim an act of attacking is the content of: "tasked with carrying
# out attacks", "trained to carry out attacks", "capable of launching attacks".
_CAPACITY_HEADS = frozenset(
    {"task", "train", "capable", "capability", "capacity", "ability", "able", "equip"}
    | {"ready", "prepare", "intent", "intention", "aim", "seek", "mission", "responsible"}
)
_CARRYING_OUT = frozenset({"carry", "conduct", "launch", "mount", "stage", "commit", "plan"})


_MEDIA: Final = frozenset(
    {"video", "footage", "film", "clip", "image", "photo", "photograph", "picture", "propaganda"}
)


def _kind_of_medium(token: Token) -> bool:
    """Whether the attack word only says what a video or picture shows ("beheading videos",
    "bombing footage")."""
    if token.dep_ in {"compound", "amod", "nmod"} and token.head.lemma_.lower() in _MEDIA:
        return True
    # the parser may read "viewed beheading videos" as a gerund taking the videos as object
    return token.tag_ == "VBG" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MEDIA for c in token.children
    )


def _capacity_for_attacks(token: Token) -> bool:
    """Whether the attack word is bare plural attacks that a duty, skill or aim is to carry out
    ("tasked with carrying out attacks abroad", "trained to carry out attacks in Europe"): no
    attack that happened, nor "an attack" so ("the ability to carry out a terrorist attack").
    Attacks with a definite determiner or a number stay ("capable of the attacks")."""
    if _tasked_with(token):
        return True  # "a unit of about 10 men in Iraq tasked with kidnappings and killings"
    if token.dep_ != "dobj":
        return False
    # "the intent and the ability to carry out a terrorist attack": an attack, not the attack
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    if token.tag_ not in {"NNS", "NNPS"} and not indefinite:
        return False
    if any(
        c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ not in {"a", "an"})
        for c in token.children
    ):
        return False
    verb = token.head
    if verb.lemma_.lower() not in _CARRYING_OUT:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp":
        head = verb.head.head  # "tasked" in "tasked with carrying out"
    elif verb.tag_ == "VB" and verb.dep_ in {"xcomp", "acl"}:
        head = verb.head  # "trained" in "trained to carry out"
    elif verb.tag_ == "VB" and verb.dep_ == "conj":
        # "the organization's ability to further plot and carry out global attacks", which the
        # parser may join to the main verb: the capacity word right before the first infinitive
        before = verb.doc[max(verb.sent.start, verb.i - 6) : verb.i]
        return any(t.lemma_.lower() in _CAPACITY_HEADS and t.nbor().lower_ == "to" for t in before)
    else:
        return False
    return head.lemma_.lower() in _CAPACITY_HEADS


def _tasked_with(token: Token) -> bool:
    """Whether bare plural attack words are what someone is tasked with ("tasked with
    kidnappings and killings")."""
    if token.tag_ not in {"NNS", "NNPS"} or any(
        c.dep_ in {"det", "poss", "nummod"} for c in token.children
    ):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ == "with"
        and preposition.head.lemma_.lower() in _CAPACITY_HEADS
    )


def _target_of_attacks(token: Token) -> bool:
    """Whether the attack word says what something may be a target of: "a target for terrorist
    attacks", "a target of attacks"; not "the target of the attack" (one that happened)."""
    preposition, noun = token.head, token.head.head
    if noun.lemma_.lower() != "target" or preposition.lower_ not in {"for", "of"}:
        return False
    if preposition.lower_ == "for":
        return True
    return token.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in token.children)


_HAPPENING_VERBS = frozenset({"continue", "happen", "occur", "come", "follow", "resume", "strike"})


def _foretold(verb: Token) -> bool:
    """Whether the verb says attacks will happen ("blasts will continue", "attacks will come")."""
    return verb.lemma_.lower() in _HAPPENING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children
    )


def _has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children)


def _by_authority(token: Token) -> bool:
    """Whether a raid noun names its doers as an authority: "a raid by US commandos", "a police
    raid"."""
    if any(
        c.dep_ in {"compound", "amod"} and c.lower_ in AUTHORITY_SUBJECTS for c in token.children
    ):
        return True
    by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    doers = [c for c in by.children if c.dep_ == "pobj"] if by is not None else []
    return any(_lemma(d) in AUTHORITY_SUBJECTS or d.lower_ in AUTHORITY_SUBJECTS for d in doers)


# Words after which an attack verb is one about to happen ("poised to storm").
_ABOUT_TO = frozenset({"poised", "ready", "about", "set", "preparing", "gearing"})


def _not_yet(token: Token) -> bool:
    """Whether the attack is still to come: "forces are poised to storm Idlib", "worried that
    another attack ... will compromise his living conditions", "a stab in the back"."""
    head = token.head
    if token.dep_ == "xcomp" and head.lower_ in _ABOUT_TO:
        return True
    indefinite = any(c.dep_ == "det" and c.lower_ in {"another", "a", "an"} for c in token.children)
    if (
        indefinite
        and token.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "aux" and c.lower_ in {"will", "wo"} for c in head.children)
    ):
        return True  # not "the attack will be remembered", which happened
    text = token.doc[token.i : token.i + 4].text.lower()
    return text.startswith("stab in the back")


# What keeps an attack from happening, or fears or expects it: "to avoid a regime assault",
# "protect Americans from potential terrorist attacks", "a precaution against car bombs".
_KEEPING_OFF = frozenset({"avoid", "avert", "fear", "expect", "anticipate", "brace", "pretext"})
_PROTECTING = frozenset(
    {"protect", "guard", "shield", "defend", "safeguard", "precaution", "measure", "defence"}
    | {"defense", "protection", "security", "vigilance"}
)
_NOT_YET_MODIFIERS = frozenset({"expected", "potential", "possible", "future", "staged"})
# Abuses listed with an attack word when a record of deeds is told, not one event.
_ABUSES = frozenset(
    {"torture", "imprisonment", "arrest", "beating", "rape", "starvation", "disappearance"}
    | {"intimidation", "detention", "looting", "abuse", "persecution", "repression", "torturing"}
)


def _kept_from_happening(token: Token) -> bool:
    """An attack averted, feared, expected or guarded against, not one that happened."""
    if any(c.dep_ == "amod" and c.lower_ in _NOT_YET_MODIFIERS for c in token.children):
        return True
    head = token.head
    if token.dep_ == "dobj" and _lemma(head) in _KEEPING_OFF:
        return True
    if token.dep_ == "pobj":
        above = head.head
        if head.lower_ in {"from", "against"} and _lemma(above) in _PROTECTING:
            return True
        if head.lower_ in {"of", "for"} and _lemma(above) in _KEEPING_OFF | {"warn"}:
            return True  # "warned of attacks", "braced for an assault", "fear of attacks"
    return False


def _a_figure_of_speech(token: Token) -> bool:
    """ "The US had stabbed Turkey in the back", "Idlib is a ticking bomb"; "A fire ..., at
    first reported as a third explosion, did not appear to be linked": what it was taken for."""
    if token.dep_ == "pobj" and token.head.lower_ == "as" and _taken_for(token.head.head):
        return True
    if _lemma(token) == "stab" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "back" for g in c.children)
        for c in token.children
    ):
        return True
    return any(c.dep_ == "amod" and c.lower_ == "ticking" for c in token.children)


def _taken_for(verb: Token) -> bool:
    """Whether the verb tells what something was wrongly or first taken for: "mistaken for",
    "at first reported as", "initially described as"."""
    lemma = verb.lemma_.lower()
    if lemma in {"mistake", "misidentify", "misreport"}:
        return True
    first = any(
        c.lower_ in {"initially", "first", "originally"}
        or (c.lower_ == "at" and any(g.lower_ == "first" for g in c.children))
        for c in verb.children
    )
    return first and lemma in {"report", "describe", "believe", "think"}


def _in_a_list_of_abuses(token: Token) -> bool:
    """Whether the attack word is one of several abuses listed ("from imprisonment to torture,
    murder and kidnap", "beatings, arbitrary arrests, ... attempting to assassinate"). A clause
    with a subject of its own is another act, not one of a list: "A man drove a BMW into a group
    of soldiers ..., and police shot and arrested a suspect"."""
    return any(
        _lemma(c) in _ABUSES and not _own_clause(c, token) and not _befell_the_doer(c, token)
        for c in token.conjuncts
    )


_OFFENCES: Final = frozenset({"crime", "offence", "offense", "illegal", "criminal"})


def _what_a_law_makes_a_crime(token: Token) -> bool:
    """Whether the attack word is the object of an infinitive a law makes an offence ("making
    it a crime to plan a terrorist attack", "an offence to prepare attacks")."""
    verb = token.head
    if token.dep_ != "dobj" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(a.lemma_.lower() in _OFFENCES for a in list(verb.ancestors)[:2])


def _befell_the_doer(conjunct: Token, verb: Token) -> bool:
    """ "A man drove a car into cyclists ... and was arrested": what happened to the doer of
    an active verb, told in the passive, is no abuse listed beside the attack."""
    return verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in conjunct.children)


def _own_clause(conjunct: Token, first: Token) -> bool:
    """Whether a conjunct, or a conjunct between it and ``first``, has a subject of its own."""
    node = conjunct
    while node != first and node.dep_ == "conj":
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return True
        node = node.head
    return False


def _inverted_condition(verb: Token) -> bool:
    """ "Had the bomb exploded ...", "Were the attack to succeed ...": a condition told by
    putting the auxiliary before the subject."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and any(
        c.dep_ in {"aux", "auxpass"}
        and c.lower_ in {"had", "were", "should"}
        and c.i < min(subjects)
        and (c.i == c.sent.start or c.nbor(-1).is_punct)
        for c in verb.children
    )


_REFUSING = frozenset({"refuse", "decline", "reject"})
# Words that weigh an attack's chances ("an attack is highly likely", "... is expected").
_LIKELIHOOD_WORDS = frozenset(
    {"likely", "unlikely", "possible", "probable", "imminent", "expected", "feared", "plausible"}
)
# Nouns that count or weigh attacks rather than report one.
_COUNTING_HEADS = frozenset({"number", "rate", "level", "risk", "danger", "fear", "threat"})


_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def _in_scare_quotes(token: Token) -> bool:
    """Whether the attack word stands in quotes of its own, with at most one word beside it
    ('to avenge British "massacres" in Iraq'): a word someone else used, not an event told."""
    doc = token.doc
    for before in range(1, 3):
        opening = token.i - before
        if opening < 0 or doc[opening].text not in _QUOTES:
            continue
        for after in range(1, 3):
            closing = token.i + after
            if closing < len(doc) and doc[closing].text in _QUOTES and closing - opening <= 3:
                return True
    return False


_DRIVING_IN = frozenset({"drive", "ram", "crash", "smash", "plough", "plow", "steer"})
_BURNING = frozenset({"burning", "blazing", "flaming", "ablaze"})
_FUEL = frozenset({"gas", "petrol", "gasoline", "propane", "fuel", "explosives", "canisters"})
_CAR_WORDS = _VEHICLES | {"jeep", "cherokee", "pickup", "pick-up"}


def _a_burning_vehicle_driven_in(token: Token) -> bool:
    """Whether the verb tells a burning vehicle, or one loaded with gas or explosives, driven
    into something ("Burning jeep rammed into Glasgow airport terminal", "drove a blazing jeep
    loaded with gas canisters into the main terminal building")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _DRIVING_IN:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in {"into", "through"} for c in token.children):
        return False
    vehicles = [
        c
        for c in token.children
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in _CAR_WORDS
    ]
    return any(
        any(t.lower_ in _BURNING for t in v.lefts)
        or any(t.lower_ in _FUEL for t in v.subtree if t.i > v.i)
        for v in vehicles
    )
