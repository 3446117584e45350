"""Where an event sentence says its attack happened, and whether two places are one.

Used by :mod:`veille.extract.incidents`. :func:`sentence_place` gives a sentence's place (the
rules are in its docstring: modifiers, hometowns, speakers and places naming a group say nothing
about where; a place after a locative preposition is preferred; several cities sum up several
places unless one follows an attack word); :func:`linked_place` the place inside the phrase that
ties a sentence to an earlier attack; :func:`split_by_place` cuts a sentence naming attacks in
two places into one part per place. :func:`missed_places` finds the places the NER missed after a
locative preposition, :func:`dateline_city` the city of a wire dateline. :func:`is_same_place`,
:func:`same_country` and :func:`more_precise_same_country` compare two sentences' places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..models import GEO_PRECISION_RANK, distance_km, more_precise
from ..nlp.places import FACILITY_WORDS, Gazetteer, PlaceMention, a_local_name
from ..nlp.text import doc_text, is_lowercase
from .action_patterns import sentence_link
from .incident_dates import dated_when_clause
from .incident_patterns import (
    ATTACK_THEN_PLACE,
    CALLED_A_TOWN,
    CLAUSE_JOINTS,
    DATELINE_PLACE,
    HYPHEN_MODIFIER,
    LOCATIVE,
    MODIFIER_DEPS,
    PLACE_KINDS,
    PLACE_SKIP_BEFORE,
    SPEECH_VERBS,
)
from .lexicon import ATTACKER_NOUNS
from .triggers import Trigger

__all__ = [
    "avenged_ranges",
    "dateline_city",
    "dateline_in_region",
    "is_same_place",
    "linked_place",
    "missed_places",
    "more_precise_same_country",
    "same_country",
    "sentence_place",
    "split_by_place",
]


# Two city-level places of one article this close are one place ("south London" and "Streatham
# High Road"); Caterham, 27 km from London, is another town.
_DISTRICT_KM = 15.0
_NEAR_KM = 40.0  # how far "near X" may lie from X


def split_by_place(
    sent: Span, triggers: list[Trigger], places: Sequence[PlaceMention]
) -> list[tuple[Span, list[Trigger]]]:
    """One sentence that names attack words in two places ("last month's attacks in Paris and
    the Dec. 2 shooting in San Bernardino that killed 14") becomes one part per place, cut where
    the words of the next attack word begin, so that place, date and toll stay with their own
    attack. The cut is by position, not by the parse, which often hangs such a list wrongly.
    Other sentences are one part."""
    if len(triggers) < 2:
        return [(sent, triggers)]
    doc = sent.doc
    ordered = sorted(triggers, key=lambda t: t.token.i)
    cuts = [sent.start]
    clause_starts: set[int] = set()  # cuts made after an "and" or a comma
    for before, trigger in pairwise(ordered):
        if before.token.head is trigger.token or before.token.i + 1 == trigger.token.i:
            continue  # "a bomb attack", "car bombings": one attack named with two words
        edge = trigger.token.left_edge.i
        cut = edge if before.token.i < edge else trigger.token.i
        # "Islamic State claimed the Baghdad bombing, and the Taliban said they had carried out
        # the Kabul attack": the next attack's clause begins after the last "and" or comma
        joints = [
            t.i + 1
            for t in doc[before.token.i + 1 : cut]
            if t.lower_ in CLAUSE_JOINTS and t.i + 1 < cut
        ]
        if joints:
            # "..., and on Sunday, hours before the Ansbach blast, a Syrian ... killed": the
            # clause begins at its "and" when its day follows it
            ands = [
                j
                for j in joints
                if doc[j - 1].lower_ == "and"
                and (doc[j].ent_type_ == "DATE" or doc[j].lower_ in {"on", "late", "early"})
                and any(t.ent_type_ == "DATE" for t in doc[j : min(j + 3, joints[-1])])
            ]
            cut = ands[-1] if ands else joints[-1]
            clause_starts.add(cut)
        if cut > cuts[-1]:
            cuts.append(cut)
    cuts.append(sent.end)

    def place_in(span: Span) -> PlaceMention | None:
        return next(
            (
                m
                for m in places
                if span.start_char <= m.start_char < span.end_char
                and m.place.precision != "country"
            ),
            None,
        )

    parts: list[tuple[Span, list[Trigger], PlaceMention | None]] = []
    carried: int | None = None  # start of a clause held for the part after it
    for index, (lo, hi) in enumerate(pairwise(cuts)):
        start = lo if carried is None else carried
        span = doc[start:hi]
        own = [t for t in ordered if start <= t.token.i < hi]
        where = place_in(doc[lo:hi])
        carried = None
        if (
            where is None
            and lo in clause_starts
            # "..., in an attack also claimed by Islamic State, and a man was found beheaded
            # ... near Lyon": a phrase that goes on telling the attack before, not a clause
            and not any(t.token.head.i == lo for t in own)
            and index + 2 < len(cuts)
            and place_in(doc[hi : cuts[index + 2]]) is not None
        ):
            # "Vincent was run down ... in Saint-Jean-sur-Richelieu ..., and Corporal Nathan
            # Cirillo was shot dead ... in Ottawa by a gunman": a clause begun after "and" goes
            # with the place that follows it, not the one before
            carried = start
            continue
        if parts and (where is None or is_same_place(where, parts[-1][2])):
            # no place of its own, or the same one: the same attack goes on
            last, mine, place = parts[-1]
            parts[-1] = (doc[last.start : hi], mine + own, place or where)
        else:
            parts.append((span, own, where))
    if len(parts) < 2 or parts[0][2] is None:
        return [(sent, triggers)]
    return [(span, own) for span, own, _ in parts]


def sentence_place(
    sent: Span,
    places: Sequence[PlaceMention],
    lowercase: bool,
    triggers: Sequence[Token] = (),
) -> tuple[PlaceMention | None, bool]:
    """Where the sentence says something happened, and whether it sums up several places.

    Places used as modifiers ("the US singer", "Iraqi forces") say nothing about where; places
    after a locative preposition ("in Manchester") are preferred. In lower-cased text, where the
    parser is unreliable, only places after a locative preposition count. When the sentence
    names several cities, the one right after an attack word ("the attack in New York City ...
    to the prison in Guantanamo Bay") is where it happened; without one, the sentence sums up
    several places.
    """
    doc = sent.doc
    actor_spans = [
        (a.start_char, a.end_char)
        for a in doc.spans.get("veille_actors", [])
        if sent.start_char <= a.start_char < sent.end_char
    ]
    ranked: list[tuple[int, int, PlaceMention]] = []
    points: list[PlaceMention] = []  # the places others are told from
    for mention in places:
        if not sent.start_char <= mention.start_char < sent.end_char:
            continue
        if any(a <= mention.start_char and mention.end_char <= b for a, b in actor_spans):
            continue  # "the zarate willka armed forces of liberation" names a group, not a place
        if HYPHEN_MODIFIER.match(doc_text(doc), mention.end_char):
            continue  # "the US-backed council", "the Manchester-born soldier"
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if _hometown(span) or (
            # "Islamic State Khorasan, which claimed the Moscow attack": the attack's place
            _where_someone_was(span) and not _governed_by_attack(doc, mention, triggers)
        ):
            continue  # "Mehmet Aksoy, 32, from London, was working ... when the base was hit"
        if _in_a_dated_when_clause(span, triggers):
            continue  # "the deadliest since July 22, 2011, when Breivik killed ... on Utoya"
        if _a_destination(span):
            continue  # "flights were diverted to Varna": where people went, not where it was
        if _in_a_motive(root, triggers):
            continue  # "carried out the bombings to avenge British massacres in Iraq"
        if _in_a_time_clause_of_another_act(root, triggers):
            continue  # "The bombings came as Bush was on a state visit to Britain"
        if _where_they_trained(root):
            continue  # "the two had trained with militants in Libya before the attack"
        if root.dep_ == "dobj" and root.head.lemma_.lower() in {"blame", "accuse"}:
            continue  # "Israel blames Iran": who is blamed, not where
        if _between(root):
            continue  # "watching the match between Spain and the Netherlands": two sides
        if _an_ally(root):
            continue  # "an Arab country allied with Washington": whose friend, not where
        if _where_someone_spoke(root):
            continue  # "the group's spokesman ... told reporters in Mogadishu"
        subject = root.head if root.dep_ == "conj" and root.head.dep_ == "nsubj" else root
        if (
            mention.place.precision == "country"
            and subject.dep_ == "nsubj"
            and subject.head.lemma_.lower() in SPEECH_VERBS
        ):
            continue  # "Russia says bomb brought down airliner": who speaks, not where
        if mention.place.precision == "country" and _who_will_act(subject):
            continue  # "said the United States would find those responsible": a pledge
        if (
            mention.place.precision == "country"
            and root.dep_ in {"dobj", "nsubj"}
            and root.head.pos_ == "VERB"
            and root.head not in triggers
            and not _after_locative(span)
        ):
            continue  # "We decided to make Australia pay", "unless Australia pulled its troops"
        if _names_container(span):
            continue  # "in the Paris suburb of Conflans-Sainte-Honorine": the suburb, not Paris
        if _reference_point(span):
            points.append(mention)
            continue  # "in Leigh-on-Sea, east of London": London only says where Leigh is
        if _qualifies_the_town_before(mention, places, doc_text(doc)):
            continue  # "in Saint-Jean-sur-Richelieu, Quebec, on Oct. 20": where the town lies
        if _placed_by(mention, places, doc_text(doc)):
            continue  # "in Levallois-Perret, outside Paris": Paris only says where it lies
        locative = (
            _after_locative(span)
            or _called_a_place(span)
            or (mention.place.precision in {"city", "site"} and _names_a_located_noun(span))
        )
        if lowercase and not locative:
            continue
        if (
            not locative
            and mention.place.precision
            in {"country", "region"}  # "the US singer", not "Kabul hall"
            and root.dep_ in MODIFIER_DEPS
            and root.head.i >= span.end
            and root.head.pos_ in {"NOUN", "PROPN"}
            and root.head.ent_type_ not in {"GPE", "LOC", "FAC"}
            and root.head.lower_ not in PLACE_KINDS  # "northwest Pakistan's Bajaur district"
        ):
            continue
        ranked.append((int(locative), GEO_PRECISION_RANK[mention.place.precision], mention))
    if (
        not ranked
        and len(points) == 1
        and _NAMED_LOCALITY.search(doc_text(doc)[sent.start_char : points[0].start_char])
    ):
        # "in the village of Markaz, about 20 km northwest of Mogadishu", the village unknown
        # to the gazetteer: somewhere around the town it is told from (not "at the resort,
        # about 40 km east of Abidjan": a place told before, named again)
        return replace(points[0], near=True), False
    if not ranked:
        return None, False
    cities = {m.place.name.lower() for _, _, m in ranked if m.place.precision in {"city", "site"}}
    if len(cities) >= 2:
        for trigger in triggers:
            for _, _, mention in ranked:
                gap = doc_text(doc)[trigger.idx + len(trigger) : mention.start_char]
                if 0 <= len(gap) <= 12 and ATTACK_THEN_PLACE.fullmatch(gap):
                    return mention, False
        # "Berlin market attack suspect shot dead ... in Milan", "driving a truck into a Berlin
        # Christmas market ..., was shot dead ... in Milan": the city the attack words govern
        governed = [m for _, _, m in ranked if _governed_by_attack(doc, m, triggers)]
        if len({m.place.name for m in governed}) == 1:
            return governed[0], False
        located = [m for loc, _, m in ranked if loc and m.place.precision in {"city", "site"}]
        aims = [m for loc, _, m in ranked if not loc]
        if (
            not governed
            and aims
            and all(_named_as_an_aim(doc, m) for m in aims)
            and len({m.place.name for m in located}) == 1
        ):
            # "activists planning to help rebuild the Syrian town of Kobani, in the border town
            # of Suruc": the one city told as where
            return located[0], False
        countries = {m.place.country for _, _, m in ranked}
        country_level = [m for _, _, m in ranked if m.place.precision == "country"]
        if len(countries) == 1 and country_level:
            return country_level[0], True
        return None, True
    own = _named_by_every_attack_word(doc, [m for _, _, m in ranked], triggers)
    if own is not None:
        # "Islamic State Khorasan, which claimed the Moscow attack, had been behind several plots
        # foiled in France": the attack's own name places it, not the plots' places; a name
        # only places it around the city (the Moscow attack was in Krasnogorsk, outside Moscow)
        return replace(own, near=True), False
    # "Kenya's air force bombed two al Shabaab camps in Somalia ... since gunmen ... killed 148
    # people at a university in northeastern Kenya": of two like places, the one the attack
    # words govern
    best = max(
        ranked,
        key=lambda item: (
            item[0],
            item[1],
            _governed_by_attack(doc, item[2], triggers),
            -item[2].start_char,
        ),
    )
    return best[2], False


_ATTACKED_PREPOSITIONS = frozenset({"on", "against"})
_ALLIES = frozenset({"ally", "allied", "align", "aligned", "friendly", "tie", "close"})


def _an_ally(root: Token) -> bool:
    """Whether the place is named as a partner ("allied with Washington", "an ally of the
    United States", "close to Moscow")."""
    if root.dep_ != "pobj" or root.head.lower_ not in {"with", "of", "to"}:
        return False
    word = root.head.head
    return word.lower_ in _ALLIES or word.lemma_.lower() in _ALLIES


def _modifies(doc: Doc, mention: PlaceMention, trigger: Token) -> bool:
    """Whether the place is a modifier of the attack word itself ("the Moscow attack"; not
    "the IRA's Belfast brigade had detonated")."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.head.i == trigger.i


def _place_of_attack_word(doc: Doc, mention: PlaceMention, trigger: Token) -> bool:
    """Whether the place is what one attack word attacked ("the attack on Israel"; not "bomb
    and gun attacks in Southern England ..., mostly in and around London")."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or len(span) == 0 or trigger.tag_ != "NN":
        return False
    prep = span.root.head
    return prep.lower_ in _ATTACKED_PREPOSITIONS and prep.head.i == trigger.i


def _named_by_every_attack_word(
    doc: Doc, mentions: Sequence[PlaceMention], triggers: Sequence[Token]
) -> PlaceMention | None:
    """The one place every attack word of the sentence names: a city or site it carries as a
    modifier ("the Moscow attack") or a place after one preposition ("the attack on Israel").
    With any attack word not so named ("Bombs killed 32 in Brussels, four months after the
    Paris attacks") the sentence's other places stay in play."""
    if not triggers:
        return None
    own: dict[str, PlaceMention] = {}
    # "the Oct. 7 attack on Israel by Hamas gunmen": the doers hang on the attack word
    heads = [t for t in triggers if not any(o is not t and t in o.subtree for o in triggers)]
    # "to celebrate the attack on Israel by Hamas gunmen", the "by" hung on "celebrate"
    heads = [t for t in heads if t.lower_ not in ATTACKER_NOUNS] or heads
    for trigger in heads:
        named = [
            m
            for m in mentions
            if (
                m.place.precision in {"city", "site"}
                and m.end_char <= trigger.idx
                and _modifies(doc, m, trigger)
            )
            or (_place_of_attack_word(doc, m, trigger) and _governed_by_attack(doc, m, [trigger]))
        ]
        if not named:
            return None
        own.update((m.place.name, m) for m in named)
    return next(iter(own.values())) if len(own) == 1 else None


def _governed_by_attack(doc: Doc, mention: PlaceMention, triggers: Sequence[Token]) -> bool:
    """Whether the place hangs on an attack word through nouns and prepositions only ("Berlin
    market attack", "driving a truck into a Berlin Christmas market")."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    wanted = {t.i for t in triggers}
    node = span.root
    # "killed two young women outside the main railway station in the southern French city of
    # Marseille": seven steps
    for _ in range(7):
        if node.head is node:
            return False
        node = node.head
        if node.i in wanted:
            return True
        if node.pos_ not in {"NOUN", "PROPN", "ADP"}:
            return False
    return False


def linked_place(sent: Span, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place named inside the phrase that ties the sentence to an attack ("after the Paris
    attacks", "after Jordan drone attack"), if any."""
    link = sentence_link(sent)
    if link is None:
        return None
    start, end = link
    inside = next((m for m in places if start <= m.start_char < end), None)
    if inside is not None:
        return inside
    # "in its first major military response since gunmen from the Somali Islamist group killed
    # 148 people at a university in northeastern Kenya": the place of the clause the link opens
    doc = sent.doc
    opening = doc.char_span(start, end, alignment_mode="expand")
    if opening is None or len(opening) == 0:
        return None
    verb = opening[0].head if opening[0].dep_ == "mark" else None
    if verb is None:
        # "hours after masked gunmen attacked a bus ... in Minya province": the verb the
        # link's attackers are the subject of
        doer = next(
            (t for t in opening if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i >= opening.end),
            None,
        )
        verb = doer.head if doer is not None else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    # (the parse may make the clause the root of the whole sentence: only what follows the link)
    lo = max(start, min(t.idx for t in verb.subtree))
    hi = max(t.idx + len(t) for t in verb.subtree)
    for mention in places:
        if lo <= mention.start_char and mention.end_char <= hi:
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is not None and _a_destination(span):
                continue  # "after the explosion and flights were diverted to Varna"
            return mention
    return None


def _in_a_dated_when_clause(span: Span, triggers: Sequence[Token]) -> bool:
    """Whether the place lies in a "when" clause that tells what happened on a date the sentence
    names, and some attack words lie outside it: the clause tells another event ("The attack
    was the deadliest in Norway since July 22, 2011, when Breivik killed 77 people ... on the
    island of Utoya")."""
    clause = dated_when_clause(span.root)
    return clause is not None and any(t not in clause.subtree for t in triggers)


# A locality named by a name the gazetteer may not hold ("the village of Markaz")
_NAMED_LOCALITY: Final = re.compile(
    r"\b(?:village|town|hamlet|settlement|district|area|city) of [A-Z][\w'’-]+"
)

_MOTION_LEMMAS = frozenset(
    {"divert", "fly", "move", "evacuate", "transfer", "airlift", "flee", "redirect", "reroute"}
)


def _a_destination(span: Span) -> bool:
    """Whether the place is where people or planes were sent after the event ("flights were
    diverted to Varna", "the wounded were flown to Turkey")."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in {"to", "towards"}
        and prep.head.lemma_.lower() in _MOTION_LEMMAS
    )


def _hometown(span: Span) -> bool:
    """Whether the place says where a person is from ("a man from Luton", "Aksoy, 32, from
    London", "a driver from the Lyon suburb of Saint-Priest"): "from" hangs on a noun or a
    number, not on a verb ("fired from Gaza")."""
    at = span.start - 1
    while at > span.sent.start and span.doc[at].pos_ == "ADJ":
        at -= 1  # "a taxi driver from northern England"
    if at < span.sent.start:
        return False
    before = span.doc[at]
    if before.lower_ == "of" and before.head.pos_ == "NOUN" and before.head.dep_ == "pobj":
        before = before.head.head  # "a delivery driver from the Lyon suburb of Saint-Priest"
    if before.lower_ != "from":
        return False
    if before.head.pos_ in {"NOUN", "PROPN", "NUM"}:
        return True
    if before.head.lemma_.lower() in _ARRIVING:
        return True  # "a YPG member who infiltrated from Syria": where he came from
    if _took_off(before.head):
        return True  # "an airliner that crashed ... after taking off from Sharm el-Sheikh"
    # "a boy who said he was from Kazakhstan": being from a place
    return (
        before.head.lemma_.lower() == "be"
        and before.head.pos_ in {"AUX", "VERB"}
        and any(
            c.dep_ == "nsubj" and c.pos_ in {"PRON", "NOUN", "PROPN"} for c in before.head.children
        )
    )


def _took_off(verb: Token) -> bool:
    """Whether the verb tells a plane leaving a place: "taking off from", "departing from"."""
    lemma = verb.lemma_.lower()
    if lemma in {"depart", "fly"}:
        return True
    return lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


_ARRIVING: Final = frozenset(
    {"infiltrate", "enter", "come", "cross", "arrive", "travel", "return", "sneak", "slip"}
)

_LIFE_VERBS: Final = frozenset({"train", "live", "study", "grow", "radicalise", "radicalize"})


def _where_they_trained(root: Token) -> bool:
    """Whether the place is where someone trained, lived or grew up ("had trained with
    militants in Libya before the attack"), not where the attack happened. (Where someone
    travelled or fought may well be where the attack was: "forces fighting Islamic State in
    Syria".)"""
    verb = next((t for t in root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.lemma_.lower() in _LIFE_VERBS


def _where_someone_was(span: Span) -> bool:
    """Whether the place is in a clause about a named person ("President Emmanuel Macron, who
    was on a visit to Qatar, offered his condolences", "Rigby, 25, a drummer who had served in
    Afghanistan"): where they were, not the event."""
    for token in span.root.ancestors:
        if token.dep_ == "relcl":
            head = token.head
            return _a_person(head) or (head.dep_ == "appos" and _a_person(head.head))
    return False


def _a_person(token: Token) -> bool:
    """A person the recogniser tags so, or a name told with an age ("Rigby, 25, a drummer"),
    which the small model may take for a place."""
    return token.ent_type_ == "PERSON" or (
        token.pos_ == "PROPN"
        and any(c.dep_ == "appos" and c.like_num and c.text.isdigit() for c in token.children)
    )


def _a_town_taken_for_a_people(span: Span) -> bool:
    """Whether the recogniser took a whole town's name for a nationality ("on a bus in central
    Tunis", "Tunis" tagged NORP): the entity is the name alone (the gazetteer's scan never
    returns a demonym)."""
    ent = next((e for e in span.doc.ents if e.start <= span.root.i < e.end), None)
    return (
        ent is not None and ent.label_ == "NORP" and (ent.start, ent.end) == (span.start, span.end)
    )


def _glued(span: Span) -> bool:
    """Whether the recogniser glued a place to the name before it with a locative preposition
    ("Isis in Raqqa" as one organisation): the preposition belongs to the same entity."""
    if span.start == 0 or span.root.ent_iob_ == "B":
        return False
    before = span.doc[span.start - 1]
    return before.lower_ in LOCATIVE and before.ent_type_ == span.root.ent_type_


def _names_container(span: Span) -> bool:
    """Whether the place modifies a kind of place that names a smaller one after "of" ("the
    Paris suburb of Conflans-Sainte-Honorine", "the Kabul district of Shash Darak")."""
    head = span.root.head
    if span.root.dep_ != "compound" or head.lower_ not in PLACE_KINDS:
        return False
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in of.children)


_COMPASS: Final = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west"}
)


_NEAR_AFTER_A_TOWN: Final = re.compile(
    r",\s*(?:just\s+)?(?:outside|near|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    # "near Dutsinma, in his home state of Katsina": the state the town lies in
    r"in\s+(?:the|his|her|its|their)\s+(?:\w+\s+){0,2}(?:state|province|region)\s+of|"
    # "in Endeavour Hills, a suburb of Melbourne": the city the suburb belongs to
    r"(?:a|an)\s+(?:\w+\s+)?(?:suburb|district|neighbourhood|neighborhood)\s+of)\s+$",
    re.IGNORECASE,
)


def _placed_by(mention: PlaceMention, places: Sequence[PlaceMention], text: str) -> bool:
    """Whether the place only says where the town named just before lies: "in Levallois-Perret,
    outside Paris", "Saint-Quentin-Fallavier, near Lyon"."""
    for town in places:
        if town.end_char >= mention.start_char or mention.start_char - town.end_char > 30:
            continue
        if _NEAR_AFTER_A_TOWN.search(text[town.end_char : mention.start_char]):
            return True
    return False


QUALIFIER_KM = 400.0
"""How near a place named after a town and a comma must be to say where the town lies."""


_A_TOWN_IN: Final = re.compile(
    r",\s+(?:a|the)\s+(?:\w+\s+){0,2}(?:town|city|village|district)\s+(?:in|of|near)\s+"
    r"(?:the\s+)?(?:\w+\s+)?",
    re.IGNORECASE,
)


def _qualifies_the_town_before(
    mention: PlaceMention, places: Sequence[PlaceMention], text: str
) -> bool:
    """Whether the place follows a town and a comma to say where the town lies ("Saint-Jean-sur-
    Richelieu, Quebec", "Reading, England"): same country, nearby, and no list going on ("in
    Paris, Lyon and Nice")."""
    town = next(
        (
            m
            for m in places
            if m.place.precision in {"city", "site"}
            and 0 < mention.start_char - m.end_char <= 2
            and text[m.end_char : mention.start_char].strip() == ","
        ),
        None,
    )
    if town is None:
        # "in Daura, a town in Katsina state near the border with Niger": where the town lies
        town = next(
            (
                m
                for m in places
                if m.place.precision in {"city", "site"}
                and 0 < mention.start_char - m.end_char <= 40
                and _A_TOWN_IN.fullmatch(text[m.end_char : mention.start_char])
            ),
            None,
        )
        if town is not None and town.place.country == mention.place.country:
            return True
    if town is None or town.place.country != mention.place.country:
        return False
    if mention.place.precision == "country":
        return False  # "in Charikar and Kabul, Afghanistan": the country still sums them up
    if mention.place.precision == "city":
        km = distance_km(town.place, mention.place)
        if km is None or km > QUALIFIER_KM:
            return False
    # "in Paris, Lyon and Nice", "Paris, Lyon, Nice": another place follows, a list goes on
    listing = any(
        re.fullmatch(r",?\s*(?:(?:and|or)\s+)?", text[mention.end_char : m.start_char])
        for m in places
        if m.start_char > mention.end_char
    )
    return not listing


def _reference_point(span: Span) -> bool:
    """Whether the place is the point another is told from ("east of London", "50 km north of
    Baghdad"); "in the north of Hama province" names a part of it, where it happened."""
    root = span.root
    prep = root.head
    compass = prep.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and compass.lower_ in _COMPASS
        and not any(c.dep_ == "det" for c in compass.children)
    )


def _names_a_located_noun(span: Span) -> bool:
    """Whether the city modifies the noun of a locative phrase ("at an Istanbul nightclub",
    "outside a Berlin synagogue"): the place is where that is."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.lower_ not in PLACE_KINDS  # "in Afghanistan's southern Kandahar province"
        and head.dep_ == "pobj"
        and head.head.lower_ in LOCATIVE
    )


def _called_a_place(span: Span) -> bool:
    """Whether the text calls the name a place ("the western German city of Solingen"), which
    outweighs the recogniser's label (ORG)."""
    doc = span.doc
    return (
        span.start - 2 >= span.sent.start
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in PLACE_KINDS
        and not _object_of_an_aim(doc[span.start - 2])
    )


def _named_as_an_aim(doc: Doc, mention: PlaceMention) -> bool:
    """Whether the place is named as what people meant to do something to ("planning to help
    rebuild the Syrian town of Kobani")."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.head.lower_ != "of":
        return False
    return _object_of_an_aim(span.root.head.head)


def _where_someone_spoke(root: Token) -> bool:
    """Whether the place is where a statement was made ("told reporters in Mogadishu", "said
    in Paris"), which says nothing of where the attack was."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"in", "at"}:
        return False
    told = prep.head
    if told.lemma_.lower() in {"reporter", "journalist", "conference", "briefing"}:
        told = told.head  # "told reporters in Maputo", the parse hanging the place on them
    return told.lemma_.lower() in {"tell", "say", "announce", "speak"}


def _who_will_act(subject: Token) -> bool:
    """Whether the place is the subject of what it will do ("the United States would find
    those responsible"), not where anything happened."""
    return subject.dep_ == "nsubj" and any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "must", "'ll"}
        for c in subject.head.children
    )


def _between(root: Token) -> bool:
    """Whether the place is one of two sides "between" which something is ("the match between
    Spain and the Netherlands", "talks between Israel and Hamas"), not where anything was."""
    first = root.head if root.dep_ == "conj" else root
    return first.dep_ == "pobj" and first.head.lower_ == "between"


def _object_of_an_aim(noun: Token) -> bool:
    """Whether the place noun is what people meant to do something to ("activists planning to
    help rebuild the Syrian town of Kobani"): no place where anything happened."""
    return noun.dep_ == "dobj" and noun.head.dep_ in {"xcomp", "acl"}


# Parts of a place: "in the centre of Jakarta", "in the heart of Paris".
_PARTS_OF_A_PLACE = frozenset({"centre", "center", "heart", "middle", "edge"})


def _after_locative(span: Span) -> bool:
    i = span.start - 1
    doc = span.doc
    while i >= span.sent.start and doc[i].lower_ in PLACE_SKIP_BEFORE:
        word = doc[i].lower_
        if (
            word == "of"
            and i - 1 >= span.sent.start
            and doc[i - 1].lower_ in PLACE_KINDS | _PARTS_OF_A_PLACE
        ):
            return not _object_of_an_aim(doc[i - 1])
        i -= 1
    return i >= span.sent.start and doc[i].lower_ in LOCATIVE


def missed_places(
    doc: Doc, found: Sequence[PlaceMention], *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """Places the NER missed after a locative preposition ("in Manchester on Monday")."""
    if is_lowercase(doc_text(doc)):
        return []  # the places component already scans lower-cased text
    covered = [(m.start_char, m.end_char) for m in found]
    context = tuple(
        {m.place.country for m in found if m.place.country and m.place.precision != "country"}
    )
    extra: list[PlaceMention] = []
    for sent in doc.sents:
        for mention in gazetteer.find_in_text(sent.text):
            start = sent.start_char + mention.start_char
            end = sent.start_char + mention.end_char
            if any(a < end and start < b for a, b in covered):
                continue
            if a_local_name(mention.text, doc._.veille_local_names):
                continue  # "Kabul's Sherpur district", then "in Sherpur": not the far town
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (
                span.root.ent_type_ in {"PERSON", "ORG", "NORP"}
                and not _glued(span)
                and not _called_a_place(span)
                and not _a_town_taken_for_a_people(span)
                # "in Buni Yadi", its last word alone taken for a person's name
                and not (len(span) > 1 and not span[0].ent_type_)
            ):
                continue
            if not _after_locative(span):
                continue
            # Re-resolve without the sentence's own words as context ("the US singer").
            place = gazetteer.resolve(mention.text, context_countries=context)
            after = doc_text(doc)[end : end + 20].split()
            if (
                place is not None
                and after
                and after[0].lower().strip(".,;") in FACILITY_WORDS
                and place.country not in context
            ):
                continue  # "in front of Saint-Charles station" in Marseille: not Missouri's town
            if place is not None:
                extra.append(PlaceMention(start, end, mention.text, place))
                covered.append((start, end))
        for match in CALLED_A_TOWN.finditer(sent.text):
            start = sent.start_char + match.start(1)
            end = sent.start_char + match.end(1)
            if any(a < end and start < b for a, b in covered):
                continue
            place = gazetteer.resolve(match.group(1), context_countries=context)
            if place is not None and place.precision in {"city", "site"}:
                extra.append(PlaceMention(start, end, match.group(1), place))
    return extra


def dateline_city(doc: Doc, *, gazetteer: Gazetteer) -> PlaceMention | None:
    """The city of a dateline ("KABUL, Afghanistan —"), where wire copy says "here"."""
    match = DATELINE_PLACE.search(doc_text(doc)[:600])
    if match is None:
        return None
    name = match.group(1).strip().title()
    context: tuple[str, ...] = ()
    if match.group(2):
        country = gazetteer.resolve(match.group(2).strip())
        context = (country.country,) if country and country.country else ()
    place = gazetteer.resolve(name, context_countries=context)
    if place is None:
        return None
    return PlaceMention(match.start(1), match.end(1), match.group(1), place)


def is_same_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None:
        return True
    pa, pb = a.place, b.place
    if pa.country and pb.country and pa.country != pb.country:
        return False
    if pa.precision in {"city", "site"} and pb.precision in {"city", "site"}:
        # "in south London" and "on Streatham High Road": a district of the city, close by
        distance = distance_km(pa, pb)
        # "a concert hall near Moscow" and "in Krasnogorsk, just outside Moscow": one place
        within = _NEAR_KM if a.near or b.near else _DISTRICT_KM
        return pa.name.lower() == pb.name.lower() or (distance is not None and distance <= within)
    return True


def more_precise_same_country(new: PlaceMention | None, old: PlaceMention) -> bool:
    """Whether ``new`` says better where the event was: a finer place in the same country, or
    the place itself after one it was near ("in Krasnogorsk" after "near Moscow")."""
    if new is None or new.place.country != old.place.country:
        return False
    return more_precise(new.place, old.place) or (
        # "in Krasnogorsk" after "near Moscow"; not "in Northern Ireland" after it
        old.near and not new.near and not more_precise(old.place, new.place)
    )


def settled_place(new: PlaceMention | None, old: PlaceMention | None) -> PlaceMention | None:
    """The place an incident takes from a sentence that says better where it was. An incident
    first placed "near Moscow" keeps matching mentions around it once "in Krasnogorsk" places it
    ("devoted to the Moscow attack" is still the same one)."""
    if new is None:
        return old
    if old is not None and old.near and not new.near:
        return replace(new, near=True)
    return new


def same_country(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    return a is None or b is None or a.place.country == b.place.country


_MOTIVE_VERBS: Final = frozenset({"avenge", "revenge", "punish", "retaliate", "protest"})


def _in_a_time_clause_of_another_act(root: Token, triggers: Sequence[Token]) -> bool:
    """Whether the place is named in a clause that tells what else was going on ("The bombings
    came as U.S. President George W. Bush was on a state visit to Britain"), which holds no
    attack word."""
    for node in (root, *root.ancestors):
        if node.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in node.children
        ):
            continue
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and subject.ent_type_ in {"GPE", "NORP"}
            and not any(t.i in range(node.left_edge.i, node.right_edge.i + 1) for t in triggers)
        ):
            # "..., as the United States and Britain prepared to send teams", "as France gives
            # Algeria six weeks": what a state did meanwhile, where it acted or whom it faced
            return True
        break
    for node in root.ancestors:
        if any(t.i == node.i for t in triggers):
            return False
        if (
            node.dep_ == "advcl"
            and node.head.lemma_.lower() in {"come", "happen", "occur"}
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in node.children)
            and any(c.dep_ == "nsubj" for c in node.children)
        ):
            return not any(t.i in range(node.left_edge.i, node.right_edge.i + 1) for t in triggers)
    return False


def _in_a_motive(root: Token, triggers: Sequence[Token]) -> bool:
    """Whether the place is named in the motive the attackers gave, a clause of its own ("it
    had carried out the bombings to avenge British massacres in Iraq and Afghanistan"), away
    from every attack word."""
    for node in root.ancestors:
        if any(t.i == node.i for t in triggers):
            return False
        if node.pos_ == "VERB" and node.lemma_.lower() in _MOTIVE_VERBS:
            return not any(t.i in range(node.left_edge.i, node.right_edge.i + 1) for t in triggers)
    return False


_AVENGING: Final = frozenset({"revenge", "retaliation", "reprisal", "vengeance", "avenge"})


def _subtree_chars(token: Token) -> tuple[int, int] | None:
    """The character range of the phrase a noun heads, past the noun itself ("revenge for
    Turkish military operations in ... Cizre"), or of the clause it completes."""
    # "and was revenge for ... in the ... town of Cizre": the parse may hang the place on "was"
    right = token.head.right_edge if token.dep_ in {"acomp", "attr"} else token.right_edge
    if right.i <= token.i:
        return None
    return token.idx, right.idx + len(right)


def dateline_in_region(place: PlaceMention, dateline: PlaceMention | None, doc: Doc) -> bool:
    """Whether ``place`` is a region the dateline names after its town ("COLLEYVILLE, Texas")."""
    if dateline is None or place.place.precision != "region":
        return False
    match = DATELINE_PLACE.search(doc_text(doc)[:600])
    region = match.group(2) if match is not None else None
    return (
        region is not None
        and region.strip().lower() == place.place.name.lower()
        and dateline.place.country == place.place.country
    )


def avenged_ranges(sent: Span) -> list[tuple[int, int]]:
    """The character ranges of what the sentence says an attack avenged ("was revenge for
    Turkish military operations in the mainly Kurdish town of Cizre"): places there are not the
    attack's."""
    return [
        chars
        for t in sent
        if t.lemma_.lower() in _AVENGING and (chars := _subtree_chars(t)) is not None
    ]
