"""Past attacks an article tells that the known-incident knowledge base does not hold.

Input: one sentence of a Doc from veille's pipeline, its attack words, and the date the sentence
gives its attack, already found to lie well before the article's publication (see
:mod:`veille.extract.references`). Output: a :class:`ToldAttack` with what the sentence itself
says of that attack (its date, its place, its toll, its kind), or ``None`` when the sentence
does not tell one attack ("several attacks in 2015", a plot, a trial).

"Neve Shalom was attacked in 1986, when gunmen killed 22 worshippers during a Sabbath
service" is told in a background paragraph and creates no incident (a past event dated only by
year or month can never be fused with the reports of the time); when no known incident fits,
it is kept as a reference that carries its own words instead of a link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from spacy.tokens import Span, Token

from ..models import DateValue, Place, Quantity
from ..nlp.dates import DateMention
from ..nlp.places import PlaceMention
from ..nlp.text import doc_text
from .incident_patterns import GENERIC, REPORT_BREAKDOWN, after_dateline
from .incident_places import sentence_place
from .incident_tolls import sums_up_attacks
from .lexicon import ATTACKER_NOUNS
from .tolls import find_tolls
from .triggers import Trigger


@dataclass(frozen=True, slots=True)
class ToldAttack:
    """One past attack as a sentence tells it: nothing here comes from outside the sentence."""

    date: DateMention
    trigger: Token
    attack_type: str | None
    place: PlaceMention | None
    killed: Quantity | None
    wounded: Quantity | None

    @property
    def when(self) -> DateValue:
        return self.date.value

    @property
    def where(self) -> Place | None:
        return self.place.place if self.place is not None else None


# Not one attack carried out: a plan, a trial, a count of many. ("was convicted in 2005 of
# bombing ...": the sentence is about the trial, whose date it may give)
_NOT_ONE_ATTACK: Final = re.compile(
    r"(?i)\b(?:plot\w*|plann\w*|conspir\w*|foil\w*|thwart\w*|attempt\w*|fail\w*|"
    r"frequent|regular|repeated|waves? of|series of|spate of|string of|separate|"
    r"every|each|per|total|tally|rate|average|percent|number of|worldwide|around the world|"
    # a state's strike, not an attack: "killed in a US-led bombing of the Iraqi city of Mosul"
    r"(?:US|U\.S\.|coalition|Russian|Saudi|Israeli|Turkish|government)[- ]led|air ?strikes?)\b"
)
# A trial, whose date the sentence may give instead of the attack's: "was convicted in 2005 of
# bombing ...". ("convicted over the 2009 attack on army headquarters" dates the attack itself.)
_A_TRIAL: Final = re.compile(
    r"(?i)\b(?:convict\w*|sentenc\w*|jailed|acquit\w*|trial|tried|guilty|charged|accused)\b"
)
_SITE_PRECISIONS: Final = frozenset({"city", "site", "region"})


def _tells_a_trial(sent: Span, lo: int, hi: int) -> bool:
    """Whether the words ``[lo, hi)`` of the sentence tell of a trial or a judgment; "a convicted
    terrorist released early from prison stabbed two people" describes the doer by a past
    judgment, it tells none."""
    text = doc_text(sent.doc)
    for match in _A_TRIAL.finditer(text, lo, hi):
        span = sent.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.root.dep_ != "amod":
            return True
    return False


def told_attack(
    sent: Span,
    triggers: Sequence[Trigger],
    date: DateMention,
    places: Sequence[PlaceMention],
    part: tuple[int, int] | None = None,
    *,
    dated_before: bool = False,
) -> ToldAttack | None:
    """The one past attack ``sent`` tells, dated ``date``, or ``None``; ``part``: the character
    range of the sentence that tells it, when the sentence tells several past attacks, each
    with its date ("a bomb attack on an open-air concert in Minsk ... in July 2008 and ... a
    blast at a cafe in the city of Vitebsk in 2005").

    The words must tell a single attack: no plot, trial or count of attacks, and a toll, a
    place more precise than a country, or a day or month with an attack verb (a year and a
    country alone fit too many attacks: "in 2016 attacks in France killed ...").
    """
    whole = doc_text(sent.doc)
    lo, hi = part if part is not None else (sent.start_char, sent.end_char)
    text = after_dateline(whole[lo:hi]) if lo == sent.start_char else whole[lo:hi]
    lo = hi - len(text)  # the dateline says where the story was filed
    every = list(triggers)
    triggers = [t for t in triggers if lo <= t.token.idx < hi]
    if not triggers:
        return None
    if _NOT_ONE_ATTACK.search(text) or REPORT_BREAKDOWN.search(text):
        return None
    plural = all(t.token.tag_ in {"NNS", "NNPS"} for t in triggers)
    if plural and (GENERIC.search(text) or date.value.precision == "year"):
        return None  # "In 2022, member states had reported 28 attacks": a year's attacks
    own = [p for p in places if lo <= p.start_char < hi]
    # "blamed the cells for the killing of eight Shi'ites in ... al-Ahsa last November, and
    # for shootings at security patrols east of Riyadh": the attack word the date is told of
    if dated_before:
        # "Canada was shaken by two attacks in October 2014. A man ... ran down two soldiers
        # ...": the date the sentence before gave the attacks it counted
        anchor = triggers[0]
    else:
        anchor = min(triggers, key=lambda t: _distance(t.token, date))
        if _another_part(anchor.token, date) or not _dates_the_attack(anchor.token, date):
            return None  # the date is told of another act
        if _tells_a_trial(sent, lo, hi) and not _the_attack_s_own_date(anchor.token, date):
            return None  # the trial's date, maybe
        # not "... who was shot ... by the Taliban ... in October 2012 and who received the
        # Nobel Peace Prize in Oslo last week": a place of another clause
        own = [p for p in own if not _in_another_clause(p, anchor.token, date)]
    where, several = sentence_place(sent, own, False, [anchor.token])
    if several or (where is not None and _names_another_attack(where, anchor, triggers)):
        return None  # "the knife attack on a train ..., or the Berlin Christmas market attack"
    if where is None or where.place.precision == "country":
        # "killed 58 foreign tourists ... at a temple near Luxor", "Indonesia ... had been free
        # of such attacks since October 2005, when suicide bombers struck restaurants on Bali":
        # the one town told (in the country told)
        country = where.place.country if where is not None else None
        towns = [
            p
            for p in own
            if p.place.precision in _SITE_PRECISIONS
            and (country is None or p.place.country == country)
        ]
        if len({p.place.name for p in towns}) == 1:
            where = towns[0]
    # "killing at least 91 people in the two attacks": a toll of them all, none's own
    # ... and one of the attack's own clause ("convicted over a 2005 hotel bombing in Amman,
    # ... in response to the killing of pilot Muath al-Kasasbeh": not the bombing's dead)
    others = _other_acts(sent, anchor, every, date)
    # in a part closed by its date, the toll follows the attack ("the truck attack ... in Nice
    # on July 14, which killed 86"): one before it is the part before's ("..., which killed
    # 32 people, the truck attack")
    after = anchor.token.idx if part is not None and date.start > anchor.token.idx else lo
    tolls = [
        f
        for f in find_tolls(sent)
        if not f.superseded
        and max(lo, after) <= f.quantity.start < hi
        and not any(a <= f.quantity.start < b for a, b in others)
        and not sums_up_attacks(whole, f.quantity.end)
    ]
    killed = _largest([f.quantity for f in tolls if f.kind == "killed"])
    wounded = _largest([f.quantity for f in tolls if f.kind == "wounded"])
    precise = where is not None and where.place.precision in _SITE_PRECISIONS
    # "In February 2004, a suicide bomber blew up a carriage on a train between Avtozavodskaya
    # and Paveletskaya stations": one attack told by its month and its own verb
    one_dated = date.value.precision in {"day", "month"} and _told_by_a_verb(anchor.token)
    if killed is None and wounded is None and not precise and not one_dated:
        return None
    typed = anchor if anchor.attack_type else next((t for t in triggers if t.attack_type), anchor)
    return ToldAttack(date, anchor.token, typed.attack_type, where, killed, wounded)


def _dates_the_attack(anchor: Token, date: DateMention) -> bool:
    """Whether the parse hangs the date on the attack word, or on a verb that governs it, not
    on a clause of its own ("the "urgence attentat" level, created in 2016, after a gunman
    attacked ...", "attacks on the Winter Olympics, which open ... on Feb. 7", "The bombings
    pushed parliament to pass a revised law in May 2018")."""
    span = anchor.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node = span.root
    if node.i == anchor.i:
        return True
    if node.dep_ in {"poss", "compound", "nmod", "amod"} and node.head.i != anchor.i:
        return False  # "last year's election": the date of another thing
    while node.head.i != node.i:
        node = node.head
        if node.i == anchor.i:
            return True
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        inside = node.left_edge.i <= anchor.i <= node.right_edge.i
        if node.dep_ in {"relcl", "acl", "xcomp"} and not inside:
            return False  # a clause describing something else
        return any(a.i == node.i for a in anchor.ancestors) or inside
    return False


def _other_acts(
    sent: Span, anchor: Trigger, triggers: Sequence[Trigger], date: DateMention
) -> list[tuple[int, int]]:
    """The character ranges of the phrases of other acts the sentence names, not holding the
    attack told: another attack noun with its clauses ("the suicide bombings at Brussels airport
    ... on March 22, which killed 32 people", told before "the truck attack in Nice on July
    14") or a killing ("in response to the killing of pilot Muath al-Kasasbeh", after "a 2005
    hotel bombing in Amman"). Its doers ("the gunman who killed nine people") are the attack's,
    and so is a killing nearer the date than the attack word ("the killing of a German tourist
    near the Eiffel Tower in Paris on Dec. 2": the act that date tells)."""
    nouns = [t.token for t in triggers if t.token.pos_ in {"NOUN", "PROPN"}]
    nouns += [
        t
        for t in sent
        if t.pos_ == "NOUN"
        and t.lower_ in _KILLING_NOUNS
        and _distance(t, date) >= _distance(anchor.token, date)
    ]
    ranges = []
    for noun in nouns:
        if noun.i == anchor.token.i or noun.lower_ in ATTACKER_NOUNS:
            continue
        first, last = noun.left_edge, noun.right_edge
        if first.i <= anchor.token.i <= last.i:
            continue
        ranges.append((first.idx, last.idx + len(last)))
    return ranges


_KILLING_NOUNS: Final = frozenset({"killing", "murder", "assassination", "execution"})


def _the_attack_s_own_date(anchor: Token, date: DateMention) -> bool:
    """Whether the date modifies the attack noun itself ("the 2009 attack on army
    headquarters")."""
    span = anchor.doc.char_span(date.start, date.end, alignment_mode="expand")
    return (
        span is not None
        and len(span) > 0
        and span.root.head.i == anchor.i
        and span.root.i < anchor.i
    )


_NEXT_PART: Final = re.compile(r",\s+(?:and|but|while)\b")


def _in_another_clause(place: PlaceMention, anchor: Token, date: DateMention) -> bool:
    """Whether the place hangs in a clause (relative, adverbial, or conjoined with a subject of
    its own) that holds
    neither the attack word nor the date, nor tells of the date ("since October 2005, when
    suicide bombers struck restaurants on Bali")."""
    span = anchor.doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    # (not a participle on a noun: "drove a truck into a crowd celebrating Bastille Day in
    # Nice" places the crowd, and so the attack)
    if verb is None or verb.dep_ not in {"relcl", "conj", "advcl"}:
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False  # "was stabbed and wounded at his constituency surgery in east London"
    first, last = verb.left_edge, verb.right_edge
    inside = range(first.i, last.i + 1)
    holds_date = first.idx <= date.start < last.idx + len(last)
    of_the_date = date.start <= verb.head.idx < date.end
    return anchor.i not in inside and not holds_date and not of_the_date


def _another_part(token: Token, date: DateMention) -> bool:
    """Whether a ", and" parts the attack word from its date."""
    text = doc_text(token.doc)
    low, high = sorted((token.idx + len(token), date.start))
    if token.idx > date.start:
        low, high = date.end, token.idx
    return _NEXT_PART.search(text, low, high) is not None


def _distance(token: Token, date: DateMention) -> int:
    """How far the word is from the date, in characters (a word before it first on a tie)."""
    if token.idx < date.start:
        return date.start - token.idx - len(token)
    return token.idx - date.end + 1


def _names_another_attack(
    where: PlaceMention, anchor: Trigger, triggers: Sequence[Trigger]
) -> bool:
    """Whether the place found names another attack word of the sentence ("the Berlin
    Christmas market attack"), not the one the date is told of."""
    span = anchor.token.doc.char_span(where.start_char, where.end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    named = span.root.head
    while named.dep_ == "compound" and named.head.i != named.i:
        named = named.head
    return any(t.token.i == named.i for t in triggers if t.token.i != anchor.token.i)


def _told_by_a_verb(token: Token) -> bool:
    """Whether the attack word is a verb, or the doer who is its subject ("a suicide bomber
    blew up a carriage")."""
    if token.pos_ == "VERB":
        return True
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.tag_ == "VBD"


def _largest(quantities: Sequence[Quantity]) -> Quantity | None:
    stated = [q for q in quantities if q.value is not None]
    return max(stated, key=lambda q: q.value or 0) if stated else None
