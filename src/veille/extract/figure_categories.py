"""A figure's category, and the tests that tell a figure from a toll, an action or a source.

Used by :mod:`veille.extract.figures`, whose module docstring says how a category is chosen:
the groups of words of the clause are read in order and the first one holding a cue decides.
A death or injury count is a figure only when it counts foreign fighters or is given over a
period or as a total; an attack's toll, the people one arrest takes and the sources of a report
are no figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Span, Token

from .action_patterns import PLACEMENT_VERBS, QUESTIONING_VERBS
from .action_syntax import done_overnight
from .figure_phrases import Cand
from .figure_words import (
    ABROAD_FOR_TERRORISM,
    AGGREGATE,
    ATTEMPTS,
    COMBATANTS,
    COMPLETED,
    DAY_LAST_YEAR,
    DEATH,
    DESTINATION,
    DETAINED,
    DISMANTLED,
    DISPLACED,
    EVENT_NOUNS,
    FOILED,
    FOREIGN_CUE,
    FOREIGN_FIGHTERS,
    FOREIGNERS,
    JOINED,
    LEFT,
    LEFT_TO_JOIN,
    MILITANT_CONTEXT,
    NETWORKS,
    NOT_FOREIGN_FIGHTERS,
    PEOPLE_HEADS,
    PLOTS,
    POPULATION,
    POPULATION_SIZE,
    PREVENTED,
    RADICAL,
    RELEASED,
    REPORTING,
    RETURNED,
    SINCE_EVENT,
    STATE_FORCES,
    STILL_THERE,
    STRIKE_WORDS,
    SUPERLATIVE_SINCE,
    THING_HEADS,
    WAR_ZONES,
    WATCH,
    WOUND,
    FigureCategory,
)
from .lexicon import ATTACKERS_OF_ONE_ATTACK, IN_MEMBER_STATES, KILL_WORDS, RAID_SIZE, TERROR_CUE

__all__ = [
    "about_the_field",
    "after_a_year_s_deaths",
    "brought_home",
    "category_of",
    "counts_people",
    "is_event_toll",
    "is_single_event",
    "is_source",
    "is_total",
    "killed_by_attackers",
    "one_arrest",
    "one_attack_toll",
    "own_verbs",
    "part_of_toll",
]


WANTED_LIST: Final = re.compile(r"(?i)\bwanted list\b|\b(?:search|arrest) warrants?\b")
_ATTACK_HEADS: Final = frozenset({"attack", "attacks", "bombing", "bombings", "shootings"})


_A_YEAR: Final = re.compile(r"\b(?:in|for|during) (?:19|20)\d\d\b")
_NUMBER_OF_A_YEAR: Final = re.compile(r"\bthe number of\b[^.;]*\b(?:in|for) (?:19|20)\d\d\b")
# "attacks in 2016, in which 142 people were killed"; "attacks in 2022, of which 16 were
# completed, and four people were killed"
_A_YEAR_S_ATTACKS_IN_WHICH: Final = re.compile(
    r"\battacks (?:in|during) (?:19|20)\d\d,? (?:in which\b|of which [^.;]{0,40}, and \w+ "
    r"(?:people|persons) (?:were|had been) (?:killed|injured|wounded))"
)
_ONE_ATTACK: Final = re.compile(
    r"\b(?:the|an?|this|that) (?:\w+ )?(?:attack|bombing|blast|explosion|shooting|stabbing|"
    r"assault)\b"
)


def category_of(
    groups: Sequence[tuple[str, bool]],
    head: Token,
    *,
    foreign: bool,
    sentence: str,
    counted: str,
    event_toll: bool = False,
    size: int = 0,
) -> FigureCategory | None:
    """The category from the first group of words holding a cue (see the module docstring).
    Each group is ``(words, close)``: death words count only in close groups (the governing
    verb, the words right after the counted phrase or right before the quantity, the phrase
    itself). ``None`` for a death or injury count that is neither about foreign fighters, nor
    about combatants, nor a total over a period."""
    head_word = head.lower_
    if (
        head_word == "deaths"
        # "6,644 deaths", not "seven of the deaths confirmed" (a part of others counted)
        and (
            any(c.dep_ == "nummod" for c in head.children)
            # "Deaths in Nigeria rose by more than 300 percent to 7,512"
            or (head.dep_ == "nsubj" and head.i == head.sent.start)
        )
        and not event_toll
        and not foreign
        and (
            MILITANT_CONTEXT.search(f"{counted} {sentence}")
            or TERROR_CUE.search(sentence)
            or after_a_year_s_deaths(head)
        )
        and (is_total(sentence) or _A_YEAR.search(sentence) or not _ONE_ATTACK.search(sentence))
    ):
        # "Boko Haram was responsible for 6,644 deaths in 2014", "Iraq remained the worst-hit,
        # with 9,929 deaths": deaths counted as a noun are a tally, unless one attack is told
        return "victims_total"
    foreign = foreign or head_word in _TRAVELLERS  # jihadist travellers went abroad
    militant_context = bool(MILITANT_CONTEXT.search(sentence)) or foreign
    not_fighters = head_word in DISPLACED or bool(STATE_FORCES.search(counted))
    # "The number of people killed in terrorist attacks ... rose 80 percent in 2014 to 32,685":
    # a year's number is a total
    total = (
        is_total(sentence)
        or bool(_NUMBER_OF_A_YEAR.search(sentence))
        or _a_group_s_tally(head)
        # "142 failed, foiled or completed terrorist attacks in 2016, in which 142 people were
        # killed and 379 injured": the dead of a year's attacks
        or bool(_A_YEAR_S_ATTACKS_IN_WHICH.search(sentence))
    )
    if len(groups) > 3 and (
        PREVENTED.search(groups[3][0])
        or STILL_THERE.search(groups[3][0])
        or PREVENTED.search(f"{groups[0][0]} {groups[1][0]}")
    ):
        # the clause of the verb: "50 had been prevented from leaving" after "87 had come back";
        # "112 of them were believed to be still in the conflict zone": those who stayed; the
        # verb and the words right after the count: "had barred 3,970 Tunisians from travelling"
        return "other"
    close_words = " ".join(w for w, close in groups if close)
    all_words = " ".join(w for w, _ in groups)
    if WANTED_LIST.search(close_words):
        return "other"  # "More than 1,700 of them have been put on an international wanted
        # list": those sought, a part of the people counted before
    if (
        ABROAD_FOR_TERRORISM.search(f"{counted} {all_words}")
        and not not_fighters
        and not RETURNED.search(close_words)  # "and that about 60 had returned"
    ):
        return "foreign_fighters_left"
    if (
        head_word in _TRAVELLERS
        and MILITANT_CONTEXT.search(f"{counted} {sentence}")
        and not (DEATH.search(close_words) or RETURNED.search(close_words))
    ):
        # "put the number of travellers at 62 and the number of possible returnees at 19": the
        # travellers left, whatever the next count is
        return "foreign_fighters_left"
    for words, close in groups:
        if not words.strip():
            continue
        if close and DEATH.search(words):
            if event_toll and not total:
                return None  # "airstrikes killed 120 fighters": a toll
            # "The 39 dead included 25 foreigners", "five Japanese men ... had been killed":
            # victims from abroad, not fighters, where nothing tells of fighting or a war zone
            nationals = head_word in FOREIGNERS or any(t.ent_type_ == "NORP" for t in head.subtree)
            victims_from_abroad = nationals and not (
                MILITANT_CONTEXT.search(f"{counted} {sentence}") or WAR_ZONES.search(sentence)
            )
            if (
                foreign
                and not not_fighters
                and head_word not in NOT_FOREIGN_FIGHTERS
                and not victims_from_abroad
            ):
                return "foreign_fighters_killed"
            if not total:
                return None  # a toll, not a figure tracked over time
            return "other" if head_word in COMBATANTS else "victims_total"
        if close and WOUND.search(words):
            return "victims_total" if total and not foreign else None
        if close and size >= POPULATION_SIZE and POPULATION.search(words):
            return None  # "a province of 2 million people", "where 3 million people live"
        if RADICAL.search(words):
            return "radicalised"
        if WATCH.search(words):
            return "under_watch"
        if RETURNED.search(words) and militant_context and not not_fighters:
            return "foreign_fighters_returned"
        if (
            (LEFT_TO_JOIN.search(words) or LEFT_TO_JOIN.search(f"{groups[0][0]} {words}"))
            and militant_context
            and not not_fighters
            and head_word not in NOT_FOREIGN_FIGHTERS
        ):
            # "5,000 people have left to join militant groups"; "have left for territory held
            # by Islamic State ... to fight" (the verb, then its complements): no custody
            return "foreign_fighters_left"
        if close and RELEASED.search(words):
            return "other"  # "189 were released without charge", after "379 people arrested"
        if DETAINED.search(words) and (close or not DEATH.search(counted)):
            # not "Two ... staff held hostage ... were among 49 people killed when ...": the
            # count's own words say they died
            # "57 arrests linked to four attacks": the attacks the arrests answer, no count of
            # people held
            if head_word in _ATTACK_HEADS or _what_they_belonged_to(head):
                # "190 of those arrested belonged to four cells": what the people held belonged
                # to, no count of people held
                return None
            return "detained"
        if (
            FOILED.search(words)
            and (PLOTS.search(words) or head_word in THING_HEADS)
            # "119 completed, failed or foiled attacks" counts them all; "Seven jihadist
            # attacks were completed ..., while 16 jihadist plots were foiled" counts plots
            and not COMPLETED.search(words + " " + counted)
        ):
            return "plots_foiled"  # not "119 completed, failed or foiled attacks": all of them
        if DISMANTLED.search(words) and (
            NETWORKS.search(words) or (head_word in THING_HEADS and head_word not in ATTEMPTS)
        ):
            # not "three attempts to dismantle Obamacare": what was dismantled is named
            return "networks_dismantled"
        if PREVENTED.search(words):
            return "other"  # "51 had been stopped before they could leave the country"
        if (
            foreign
            and LEFT.search(words)
            and (
                DESTINATION.search(words)
                or DESTINATION.search(sentence)
                or JOINED.search(words)
                or FOREIGN_FIGHTERS.search(sentence)
            )
            and militant_context
            and not not_fighters
            and head_word not in NOT_FOREIGN_FIGHTERS
        ):
            return "foreign_fighters_left"
        if FOREIGN_FIGHTERS.search(words):
            return "foreign_fighters_left"
    fighters = {"fighters", "jihadists", "jihadis", "recruits", "militants"}
    if foreign and head_word in fighters and not not_fighters:
        return "foreign_fighters_left"
    if (
        foreign
        and militant_context
        and JOINED.search(sentence)
        and not not_fighters
        and head_word not in NOT_FOREIGN_FIGHTERS
    ):
        return "foreign_fighters_left"  # "41,490 people from 80 countries became affiliated"
    if (
        foreign
        and _LEFT_FOR_THE_WAR.search(sentence)
        and not not_fighters
        and head_word not in NOT_FOREIGN_FIGHTERS
    ):
        # "between 2,000 and 4,000 people from the five former Soviet republics of Central
        # Asia had left for Islamic State territory", the verb hung away from the count
        return "foreign_fighters_left"
    if STATE_FORCES.search(counted):
        return None  # troops deployed, officials: actions and sources, not tracked figures
    if (
        (told := _WHO_LEFT_TO_JOIN.match(head.doc.text, head.idx + len(head))) is not None
        and told.group(0).lower() in sentence  # the count's own sentence, not the one it took from
        and not not_fighters
    ):
        # "at least 222 people, both Spaniards and foreigners living in Spain, who have set
        # out for Syria and Iraq to join jihadist groups": the clause the parse hung elsewhere
        return "foreign_fighters_left"
    return "other"


_LEFT_FOR_THE_WAR: Final = re.compile(
    r"\b(?:had|have|has)\s+(?:left|gone|travel+ed)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?:syria|iraq|islamic state|isis|isil|territory held)\b"
)
_WHO_LEFT_TO_JOIN: Final = re.compile(
    r"(?:,[^,.;]{1,80})?,?\s+who\s+(?:have\s+|had\s+)?(?:since\s+)?"
    r"(?:set out|left|gone|went|travel+ed|headed)\b[^.;]{0,60}?\bto (?:join|fight)\b"
)


_YEAR_S_DEATHS: Final = re.compile(
    r"(?i)\b(?:deaths|killed)\b[^.;]*\b(?:in|for|during) (?:19|20)\d\d\b"
)


def after_a_year_s_deaths(head: Token) -> bool:
    """Whether a sentence before the count's tallies a year's deaths from terrorism ("The
    number of people killed in terrorist attacks around the world rose 80 percent in 2014"):
    then "Iraq remained the worst-hit, with 9,929 deaths" is that report's tally too, with no
    cue of its own."""
    doc = head.doc
    return any(
        TERROR_CUE.search(sent.text)
        and _YEAR_S_DEATHS.search(sent.text)
        and not is_single_event(sent)
        for sent in doc.sents
        if sent.end <= head.sent.start
    )


def _a_group_s_tally(head: Token) -> bool:
    """Whether the count is of the people a named group killed, told in a report that tallies
    a year's deaths ("..., while Islamic State killed 6,073 people in terrorist attacks")."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in KILL_WORDS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ == "PROPN"
        and subject.lower_ not in ATTACKERS_OF_ONE_ATTACK
        and bool(TERROR_CUE.search(" ".join(t.text for t in subject.subtree)))
        and not _ONE_ATTACK.search(head.sent.text.lower())
        and after_a_year_s_deaths(head)
    )


def about_the_field(sent: Span) -> bool:
    """Whether the sentence, or the one before it (when that one is not about a single attack),
    is about terrorism or political violence or about foreigners ("Between 1,000 and 1,500 men
    are believed to be still inside the pocket" after a sentence on the Isis enclave)."""
    if TERROR_CUE.search(sent.text) or FOREIGN_CUE.search(sent.text):
        return True
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    # "The shooting took place ... near the stadium. Some 35,000 spectators were kept inside":
    # after a sentence on one attack, a count of others is a detail of its scene
    return bool(TERROR_CUE.search(before.text)) and not is_single_event(before)


def is_total(sentence: str) -> bool:
    """Whether the sentence gives a period or a total, not counting "since" after a
    superlative ("the deadliest attack since 2001") nor "since" an event ("since the attack")."""
    told = DAY_LAST_YEAR.sub(" ", sentence)  # "on Nov. 9 last year": a day, no period
    return bool(AGGREGATE.search(SINCE_EVENT.sub(" ", SUPERLATIVE_SINCE.sub(" ", told))))


def part_of_toll(cand: Cand, previous: Cand, tolls: Sequence[tuple[int, int]]) -> bool:
    """Whether ``cand`` counts some of the dead or hurt of the toll just before it."""
    doc = cand.span.doc
    before = doc[cand.span.start - 1].lower_ if cand.span.start > 0 else ""
    start, end = previous.quantity.start, previous.quantity.end
    return before in {"including", "among"} and any(s < end and start < e for s, e in tolls)


def is_single_event(sent: Span) -> bool:
    """Whether the sentence reports one attack: a singular attack noun ("a bomb", "the
    attack"), or an attack verb in the simple past with an attack noun as subject."""
    return any(t.lemma_.lower() in EVENT_NOUNS and t.tag_ in {"NN", "NNP"} for t in sent)


def own_verbs(cand: Cand) -> str:
    """The verbs said of the counted noun inside its own phrase ("British men killed fighting",
    "nationals who left"), not those of another subject ("children whose parents died")."""
    head = cand.head
    if head is None or cand.inherited:
        return ""
    words: list[str] = []
    for child in head.children:
        if child.dep_ not in {"acl", "relcl", "amod"} or child.i < head.i:
            continue
        subjects = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(c.lower_ not in {"who", "that", "which"} for c in subjects):
            continue
        words.append(child.lower_)
        words.extend(
            c.lower_ for c in child.children if c.dep_ in {"aux", "auxpass", "prt", "neg", "xcomp"}
        )
    return " ".join(words)


def killed_by_attackers(cand: Cand) -> bool:
    """Whether the count is of the people the attackers of one attack killed ("since March
    2016, when suicide bombers killed 32 people"): that attack's toll, whatever period the
    sentence also names."""
    head = cand.head
    if head is None or cand.inherited or head.dep_ != "dobj":
        return False
    verb = head.head
    if verb.lower_ not in KILL_WORDS and verb.lemma_ not in KILL_WORDS:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # "a Tunisian man drove a truck into a crowd ... in Nice, killing 86 people": the
        # killing is what one man's act did; "a hijacked truck was driven into shoppers ...,
        # killing five people": what one vehicle or bomb did
        act = verb.head
        if act.lemma_.lower() not in _ONE_MANS_ACTS:
            # "since April 7, when a hijacked truck was driven into shoppers ..., killing five
            # people", the participle hung on the main verb: the act is the nearest verb before
            before = [t for t in head.doc[head.sent.start : verb.i] if t.pos_ == "VERB"]
            if not before or before[-1].lemma_.lower() not in _ONE_MANS_ACTS:
                return False
            act = before[-1]
        if act.tag_ == "VBD":
            return any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _ONE_ATTACKER for c in act.children
            )
        return act.tag_ == "VBN" and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in _ONE_WEAPON for c in act.children
        )
    if verb.tag_ != "VBD":
        return False
    if verb.dep_ == "relcl" and verb.head.lower_ in ATTACKERS_OF_ONE_ATTACK:
        return True  # "no evidence that the gunman who killed nine people had accomplices"
    return any(c.dep_ == "nsubj" and c.lower_ in ATTACKERS_OF_ONE_ATTACK for c in verb.children)


# What one attacker does that kills ("drove a truck into a crowd, killing 86 people").
_ONE_MANS_ACTS: Final = frozenset(
    {"drive", "plough", "plow", "ram", "open", "detonate", "blow", "stab", "shoot", "attack"}
)
_ONE_ATTACKER: Final = ATTACKERS_OF_ONE_ATTACK | {"man", "woman", "driver"}
_ONE_WEAPON: Final = frozenset({"truck", "lorry", "van", "car", "vehicle", "bomb", "device"})


def is_event_toll(cand: Cand) -> bool:
    """Whether the count is the object of a killing done by an attack ("airstrikes killed 120
    fighters", "a series of raids killed ..."): a toll, not a tracked figure."""
    head = cand.head if cand.head is not None and not cand.inherited else None
    if head is None:
        return False
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head
    verb = head.head
    events = EVENT_NOUNS | STRIKE_WORDS
    if verb.lemma_ == "be" and head.dep_ == "nsubj":
        # "88 Australians were among those killed in the Bali bombings": the attack's dead
        return any(
            acl.lemma_ in KILL_WORDS or acl.lower_ in KILL_WORDS
            for among in verb.children
            if among.dep_ == "prep" and among.lower_ == "among"
            for those in among.children
            if those.dep_ == "pobj"
            for acl in those.children
            if acl.dep_ == "acl"
            and any(
                p.lower_ in {"in", "by", "during"}
                and any(t.lemma_.lower() in events for t in p.children if t.dep_ == "pobj")
                for p in acl.children
                if p.dep_ in {"prep", "agent"}
            )
        )
    if verb.lower_ not in KILL_WORDS and verb.lemma_ not in KILL_WORDS:
        return False
    if verb.dep_ == "relcl" and _told_of_an_event(verb.head, events):
        return True  # "a truck attack this week that killed eight people"
    if head.dep_ == "dobj":  # "airstrikes killed 120 fighters"
        if not any(c.dep_ == "nsubj" for c in verb.children):
            # "a year after bombings on the resort island of Bali killed 202 people": the parse
            # may lose the subject in a phrase before the verb
            return any(t.lemma_.lower() in events for c in verb.lefts for t in c.subtree)
        return any(
            c.dep_ == "nsubj" and any(t.lemma_.lower() in events for t in c.subtree)
            for c in verb.children
        )
    if head.dep_ == "nsubjpass":  # "200 were killed by a counterattack", "in a clash"
        return any(
            child.dep_ in {"agent", "prep"}
            and child.lower_ in {"by", "in", "during"}
            and any(t.lemma_.lower() in events for t in child.children if t.dep_ == "pobj")
            for child in verb.children
        )
    return False


def one_attack_toll(cand: Cand) -> bool:
    """Whether the count is the dead or wounded of one attack a relative clause tells ("the
    van and knife attack on London Bridge on June 3, in which eight people were killed"): a
    toll, even in a sentence that counts attacks "since March"."""
    head = cand.head if cand.head is not None and not cand.inherited else None
    if head is None or head.dep_ not in {"nsubjpass", "dobj"}:
        return False
    verb = head.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in KILL_WORDS | {"wound", "injure"}:
        return False
    noun = verb.head
    if noun.tag_ == "NN" and noun.lemma_.lower() in EVENT_NOUNS | STRIKE_WORDS:
        return True
    # "Tuesday's attack by Somalia's al Shabaab on a Nairobi hotel and office complex that
    # killed 21 people": the clause hangs on the place the attack hit
    return noun.tag_ == "NN" and _told_of_an_event(noun, EVENT_NOUNS | STRIKE_WORDS)


def _told_of_an_event(noun: Token, events: frozenset[str]) -> bool:
    """Whether the noun a relative clause hangs on is an event, or a place or day of one
    ("the attack on London Bridge on June 3"): up through nouns and prepositions."""
    node = noun
    for _ in range(5):
        if node.lemma_.lower() in events:
            return True
        if node.pos_ not in {"NOUN", "PROPN", "ADP", "NUM"} or node.head.i == node.i:
            return False
        node = node.head
    return False


_SO_FAR: Final = re.compile(r"(?i)\b(?:so far|to date|in total|altogether)\b")
_HOLDING: Final = frozenset({"hold", "detain", "remand", "jail", "keep", "imprison"})


def custody_ordered(cand: Cand) -> bool:
    """Whether the count is of people a court or official ordered held ("A Kenyan court on
    Friday ordered five suspects held for 30 days"): an order the action extractor reports."""
    head = cand.head
    if head is None or cand.inherited or head.dep_ not in {"dobj", "nsubj"}:
        return False
    if head.head.lemma_.lower() != "order":
        return False
    return any(
        c.dep_ in {"acl", "oprd", "xcomp", "ccomp"} and c.lemma_.lower() in _HOLDING
        for c in (*head.children, *head.head.children)
    )


def counts_people(cand: Cand) -> bool:
    return cand.head is not None and cand.head.lower_ in PEOPLE_HEADS


def is_source(cand: Cand) -> bool:
    """Whether the counted people are the subject of a reporting verb: "two officials said"."""
    head = cand.head
    if head is None or cand.inherited:
        return False
    if head.dep_ != "nsubj" or head.head.lemma_ not in REPORTING:
        return False
    # "More than 40,000 foreigners ... travelled to join the group ..., the research centre
    # said": a subject parsed onto the reporting verb, whose own speaker stands nearer it
    verb = head.head
    return not any(
        c.dep_ == "nsubj" and head.i < c.i < verb.i for c in verb.children if c is not head
    )


_ARREST_LEMMAS: Final = frozenset(
    {"arrest", "detain", "capture", "apprehend", "charge", "convict", "sentence", "jail"}
)


_TRAVELLERS: Final = frozenset({"traveller", "travellers", "traveler", "travelers"})


_BRINGING: Final = frozenset({"bring", "repatriate", "fly"})


def brought_home(cand: Cand) -> bool:
    """Whether the count is of people a state brought home ("Albania brought five women and 14
    children home on Sunday", "brought home 34 of their citizens", "... along with five women
    and 14 children"): the action extractor reports the repatriation."""
    head = cand.head
    if head is None or cand.inherited:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj":
        head = head.head.head  # "brought home 34 of their citizens"
    if head.dep_ == "pobj" and head.head.lower_ == "with":
        head = head.head  # "along with five women and 14 children"
        while head.dep_ == "prep" and head.head.i != head.i and head.head.pos_ != "VERB":
            head = head.head
        verb = head.head
    elif head.dep_ == "dobj":
        verb = head.head
    else:
        return False
    if verb.lemma_.lower() not in _BRINGING or verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"}:
        return False
    if verb.dep_ == "relcl":
        return False  # "the scheme, which brought back 21 women ... in 2017": a tally kept
    after = verb.doc[verb.i + 1 : min(verb.sent.end, verb.i + 20)]
    return any(t.lower_ in {"home", "back"} for t in after)


def _what_they_belonged_to(head: Token) -> bool:
    """Whether the counted noun is what someone "belonged to" ("belonged to four cells")."""
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and head.head.head.lemma_.lower() in {"belong", "link", "tie"}
    )


def one_arrest(cand: Cand) -> bool:
    """Whether the count is the object of one arrest or charge told in the past ("police
    detained four more men", "charged two men"): the action extractor reports it; a tally over
    a period is a figure."""
    head = cand.head
    if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of":
        # "Six of the suspects were detained in St Petersburg and two in Moscow": the count
        # of the people the verb befalls
        head = head.head.head
        if cand.inherited and head.dep_ == "nsubjpass":
            return _arrest_verb(head.head) and _told_in_the_past(head.head, passive=True)
    if head is not None and not cand.inherited:
        # "Krekar and two other men had been arrested": the count joined to the subject
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
    if head is None or cand.inherited or head.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = head.head
    if not _arrest_verb(verb) or not _told_in_the_past(verb, passive=head.dep_ == "nsubjpass"):
        return False
    if IN_MEMBER_STATES.search(verb.sent.text):
        return False  # "18 people were arrested ... in four member states": a report's count
    if _SO_FAR.search(" ".join(t.text for t in verb.subtree)):
        # "nine people had been detained so far": a running tally, which the action extractor
        # leaves to the figures
        return False
    size = max(q for q in (cand.quantity.value, cand.quantity.maximum, 0) if q is not None)
    # a raid takes a handful; "arrested nearly 1,000 people" is a tally even undated, unless
    # the arrests are told as one operation's outcome ("carried out 168 raids overnight,
    # arrested 23 people and seized 31 weapons")
    return size < RAID_SIZE or _outcome_of_raids(verb)


def _told_in_the_past(verb: Token, *, passive: bool) -> bool:
    """ "police detained four men", "Twenty-two German citizens were detained", "said they had
    detained 11 people", a headline's "Dutch police arrest seven men": one act told in the
    simple past, the past perfect or a headline's present ("have been detained since 2014" is
    a tally)."""
    had = _aux(verb, "aux", {"had"})
    if not passive:
        return verb.tag_ in {"VBD", "VBP", "VBZ"} or (verb.tag_ == "VBN" and had)
    # "eight people had been taken into custody": the past perfect of one act too
    return verb.tag_ == "VBN" and (
        (had and _aux(verb, "auxpass", {"been"})) or _aux(verb, "auxpass", {"was", "were"})
    )


def _aux(verb: Token, dep: str, words: set[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in verb.children)


def _arrest_verb(verb: Token) -> bool:
    """An arrest verb, or one that puts people in custody ("held three men in custody") or
    brings them in for questioning ("30 people were brought in for immediate questioning")."""
    if verb.lemma_.lower() in _ARREST_LEMMAS:
        return True
    return verb.lemma_.lower() in PLACEMENT_VERBS | QUESTIONING_VERBS and any(
        child.dep_ == "prep" and any(g.lower_ in {"custody", "questioning"} for g in child.children)
        for child in verb.children
    )


_OPERATION_NOUNS: Final = frozenset({"raid", "search", "operation", "sweep", "swoop"})


def _outcome_of_raids(verb: Token) -> bool:
    """Whether the arrest verb is joined to a verb of raids or searches ("carried out 168
    raids, arrested 23 people"), or told of one night ("arrested 23 people overnight")."""
    if done_overnight(verb):
        return True
    if any(v.lemma_.lower() in {"search", "raid"} for v in verb.conjuncts):
        return True  # "searched more than 130 sites ... and arrested 25 people"
    return any(
        child.dep_ == "dobj" and child.lemma_.lower() in _OPERATION_NOUNS
        for v in (verb, *verb.conjuncts)
        for child in v.children
    )
