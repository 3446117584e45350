"""What a figure's quantity counts, and the words of its clause.

Used by :mod:`veille.extract.figures`: a quantity of a sentence is a :class:`Cand`; its counted
noun phrase is found from the parse (the head noun after the number, "the number of ..." that
rose to it), cut at the first comma that does not continue a list; the words around it (the
governing verb, the words right after the counted phrase and right before the quantity) are the
groups :mod:`veille.extract.figure_categories` reads the category from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..models import Quantity
from .figure_words import (
    AGGREGATE,
    APPROXIMATORS,
    CHANGE_VERBS,
    CUT_PUNCT,
    EVENT_NOUNS,
    MAX_COUNTED,
    NP_MODIFIER_DEPS,
    NUMBER_NOUNS,
    PEOPLE_HEADS,
    SUBSET_AFTER,
    THING_HEADS,
    YEAR,
    FigureCategory,
)

__all__ = [
    "Cand",
    "after_participles",
    "counted_span",
    "counts_attacks",
    "governor_words",
    "head_noun",
    "is_age_or_label",
    "left_start",
    "left_words",
    "lower",
    "number_of_phrase",
    "right_words",
]


@dataclass(slots=True)
class Cand:
    """A quantity of one sentence on its way to becoming a figure."""

    quantity: Quantity  # offsets in the article text
    span: Span  # its tokens
    head: Token | None = None  # head noun of the counted phrase
    counted: Span | None = None
    skip: bool = False  # a toll or a part of one: it and its subsets are no figures
    inherited: bool = False  # counted phrase taken from an earlier quantity
    source: Cand | None = None  # the quantity whose counted phrase this one took
    kept: bool = False  # became a figure
    category: FigureCategory | None = None  # the kept figure's category
    compared: bool = False  # the same count at another time ("up from 380 the year before")
    whole: Cand | None = None  # the count told before that "Of those 1,659," names again


# --- helpers: counted phrase -------------------------------------------------------------------


def head_noun(doc: Doc, qspan: Span, j: int, limit: int) -> Token | None:
    """The head noun of the phrase a quantity counts: the parse's head of the number when it
    follows the number, else the first noun that is not a pre-modifier."""
    for token in qspan:
        head = token.head
        if (
            token.dep_ in {"nummod", "quantmod", "amod", "compound"}
            and head.i >= j
            and head.i < min(limit, j + 7)
            and head.pos_ in {"NOUN", "PROPN"}
            and all(not _breaks_np(t) for t in doc[j : head.i])
        ):
            return _climb_compound(head, limit)
    for k in range(j, min(limit, j + 7)):
        token = doc[k]
        if _breaks_np(token):
            return None
        if token.pos_ == "PRON":
            return token if token.lower_ in SUBSET_AFTER else None
        if token.pos_ in {"NOUN", "PROPN"}:
            nxt = doc[k + 1] if k + 1 < limit else None
            if (
                token.dep_ in NP_MODIFIER_DEPS
                and token.head.i > k
                and token.head.i < min(limit, j + 8)
            ):
                continue
            if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.dep_ != "appos":
                continue
            return token
    return None


def after_participles(doc: Doc, j: int, limit: int) -> int:
    """Past a list of participles or adjectives before the counted noun ("205 foiled, failed
    or completed terrorist attacks"), which the parse reads as verbs; ``j`` when there is none."""
    k, words = j, 0
    while k < limit and doc[k].tag_ in {"VBN", "VBD", "JJ"}:
        words += 1
        following = k + 1
        if following < limit and doc[following].text == ",":
            following += 1
        if following < limit and doc[following].lower_ in {"or", "and"}:
            following += 1
        if following == k + 1:
            return k + 1 if words > 1 else j
        k = following
    return j


def _climb_compound(token: Token, limit: int) -> Token:
    """From a pre-modifier to the noun it modifies ("Isis" in "Isis foreign fighters")."""
    while (
        token.dep_ in {"compound", "nmod", "amod"}
        and token.i < token.head.i < limit
        and token.head.pos_ in {"NOUN", "PROPN"}
        and all(not _breaks_np(t) for t in token.doc[token.i + 1 : token.head.i])
    ):
        token = token.head
    return token


def _breaks_np(token: Token) -> bool:
    if token.is_punct and token.text not in {"-", "‐", "'s", "’s"}:
        return True
    if token.pos_ in {"AUX", "ADP", "SCONJ", "PART"} and token.lower_ not in {"'s", "’s"}:
        return True
    return token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}


_PUTTING_VERBS = frozenset({"put", "estimate", "place", "set"})


# "The number of terrorist acts in the country rose to 17": people, and the things tracked
_NUMBERED_HEADS: Final = PEOPLE_HEADS | THING_HEADS
# The plural nouns that count by themselves as the subject of a change ("Deaths ... rose to")
_COUNTED_SUBJECTS: Final = frozenset({"deaths", "attacks", "arrests"})
# "rose by more than 300 percent to 7,512": the words of a rate between the verb and the count
_RATE_QUALIFIERS: Final = frozenset({"more", "than", "over", "almost", "nearly", "about", "some"})


def _inside(token: Token, noun: Token) -> bool:
    """Whether the token is one of the noun phrase's own words, its clauses included."""
    return noun.left_edge.i <= token.i <= noun.right_edge.i


def number_of_phrase(span: Span) -> tuple[Token, Span] | None:
    """What "the number of ..." before the quantity counts, when the sentence says that number
    rose, fell or stood at the quantity ("The number of people referred to Britain's Prevent
    programme rose to 6,817")."""
    for token in span.sent:
        if token.i >= span.start:
            return None
        noun: Token | None
        if (
            token.lower_ in _COUNTED_SUBJECTS
            and token.dep_ == "nsubj"
            and token.i == token.sent.start
        ):
            # "Deaths in Nigeria rose by more than 300 percent to 7,512": the noun is the count
            noun = token
        elif token.lower_ in NUMBER_NOUNS:
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            # "the number of Moroccans who had joined the groups": a people by its name
            if noun is None or not (noun.lower_ in _NUMBERED_HEADS or noun.tag_ == "NNPS"):
                continue
        else:
            continue
        doc = span.doc
        k = span.start - 1
        if k - 1 > noun.i and doc[k].lower_ == "record" and doc[k - 1].lower_ in {"a", "new"}:
            k -= 2  # "rose to a record 10,800"
        if (
            doc[k].lower_ == "at"
            and token.head.lemma_.lower() in _PUTTING_VERBS
            and (
                max(t.i for t in noun.subtree) == k - 1
                # "put the number of Moroccans who had joined the groups at 1,659": the
                # clause about them, up to the count, with no other count or clause between
                or not any(
                    t.is_punct or (t.like_num and not _inside(t, noun)) for t in doc[noun.i + 1 : k]
                )
                # "put the number of people from Uzbekistan who had gone to the two countries
                # at about 1,500": a number of the clause about them is no other count
            )
        ):
            # "put the number of travellers at 62 and the number of possible returnees at 19"
            return noun, doc[noun.left_edge.i : k]
        # the parse of such long subjects is unreliable: look for "rose to", "stood at",
        # "reached" right before the quantity
        if k > noun.i and doc[k].lower_ in {"to", "at"}:
            k -= 1
            while k > noun.i + 1 and doc[k].pos_ == "ADV":
                k -= 1  # "fell slightly to 27,200"
            if k - 1 > noun.i and doc[k].like_num and doc[k - 1].lower_ == "from":
                k -= 2  # "rose from 6,000 to 6,817": the count now, not the one before
            # "rose 80 percent in 2014 to 32,685": the year and the rate between verb and count
            while k > noun.i + 1 and (
                doc[k].lower_ in {"percent", "%", "cent", "in", "by"} | _RATE_QUALIFIERS
                or (doc[k].like_num and doc[k + 1].lower_ in {"percent", "%", "per"})
                or (doc[k].ent_type_ == "DATE" and doc[k - 1].lower_ in {"in", "during"})
                or (doc[k].like_num and doc[k - 1].lower_ == "in")
            ):
                k -= 1
        if k <= noun.i or doc[k].lemma_.lower() not in CHANGE_VERBS:
            continue
        end = k
        while end > noun.i + 1 and (
            doc[end - 1].is_punct or doc[end - 1].pos_ in {"ADP", "DET", "AUX"}
        ):
            end -= 1  # "extremists considered violent had risen to": not "had"
        if noun is token:
            # "Attacks by violent left-wing extremists have been rising since 2014 and reached
            # 27": the subject's own words
            end = min(end, noun.right_edge.i + 1)
        return noun, doc[noun.left_edge.i : end]
    return None


def counted_span(doc: Doc, j: int, head: Token, limit: int) -> Span:
    """From the first word after the quantity to the end of the head's phrase: its
    complements and relative clauses, cut at a comma that does not continue a list."""
    members = {t.i for t in head.subtree}
    end = head.i + 1
    k = head.i + 1
    stop = min(limit, head.i + MAX_COUNTED)
    while k < stop and k in members:
        token = doc[k]
        if token.text in CUT_PUNCT:
            break
        if token.text == ",":
            nxt = doc[k + 1 : min(stop, k + 4)]
            if not any(t.dep_ == "conj" and t.head.i in range(j, k) for t in nxt):
                break
        if AGGREGATE.fullmatch(token.lower_) or token.lower_ in {"since", "including"}:
            break
        if token.head.i == head.i and _time_phrase(token):
            break  # "attacks in 2017": when they were counted is the period, not what
        if token.tag_ in {"VBD", "VBZ", "VBP"} and token.head.i == head.i and token.dep_ != "relcl":
            break  # a finite verb the parser hung on the noun: the sentence's own predicate
        k += 1
        if not token.is_punct and token.pos_ not in {"CCONJ", "ADP", "DET", "SCONJ"}:
            end = k
    return doc[j:end]


def _time_phrase(token: Token) -> bool:
    """Whether ``token`` opens a phrase of time: "in 2017", "during the last year"."""
    if token.pos_ != "ADP":
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.ent_type_ == "DATE" or YEAR.fullmatch(o.text) is not None for o in objects
    )


def counts_attacks(cand: Cand) -> bool:
    head = cand.head
    return head is not None and head.tag_ == "NNS" and head.lemma_.lower() in EVENT_NOUNS


def is_age_or_label(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > span.sent.start else ""
    return before in {"aged", "age", "ages", "number", "no", "no."}


# --- helpers: clause words --------------------------------------------------------------------


def lower(span: Span) -> str:
    return " ".join(t.lower_ for t in span)


def right_words(cand: Cand, next_start: int) -> str:
    """Up to eight words after the counted phrase, not past the next quantity, a semicolon or
    a comma that begins another clause ("..., by the end of last year, and returnees are the
    biggest threat")."""
    assert cand.counted is not None
    doc = cand.span.doc
    start = max(cand.counted.end, cand.span.end)
    if cand.inherited:
        start = cand.span.end
    holding = _holding_verb(cand)
    out: list[str] = []
    for token in doc[start:next_start]:
        if token.text in {";", ":"} or len(out) >= 10:
            break
        if (
            out
            and token.text == ","
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in _NEW_CLAUSE
        ):
            break
        if holding is None or token.i != holding.i:
            out.append(token.lower_)
    return " ".join(out)


_NEW_CLAUSE: Final = frozenset({"and", "but", "while", "whereas"})


def _holding_verb(cand: Cand) -> Token | None:
    """The verb of "35,000 fighters held 17,500 square miles": the counted hold something,
    nobody holds them, so the verb is no detention cue."""
    head = cand.head
    if head is None or cand.inherited or head.dep_ != "nsubj":
        return None
    verb = head.head
    if verb.lemma_ == "hold" and any(c.dep_ == "dobj" for c in verb.children):
        return verb
    return None


def left_start(span: Span, prev_end: int) -> int:
    doc = span.doc
    k = span.start
    count = 0
    while k > prev_end and count < 8:
        if doc[k - 1].text in {",", ";", ":", "(", "—", "–"}:
            break
        k -= 1
        count += 1
    return doc[k].idx


def left_words(span: Span, prev_end: int) -> str:
    doc = span.doc
    start_char = left_start(span, prev_end)
    return " ".join(t.lower_ for t in doc[prev_end : span.start] if t.idx >= start_char)


def governor_words(cand: Cand, others: Sequence[Span]) -> tuple[str, str, tuple[int, int] | None]:
    """The verb the counted noun hangs from (with its particles and auxiliaries), then its
    complements and prepositional objects; clauses holding another quantity are left out."""
    head = cand.head
    if head is None or cand.inherited:
        head = _number_token(cand.span)
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head
    verb = head.head
    if verb.i == head.i - 1 and verb.lower_ in APPROXIMATORS and verb.head.i != verb.i:
        # "Around 200 of those who went are believed to have been killed", with "Around"
        # parsed as the number's head: the verb is above it
        head, verb = verb, verb.head
    if verb.lower_ == "between" and verb.head.i != verb.i and head.dep_ == "pobj":
        head, verb = verb, verb.head  # "Between 2,000 and 4,000 people ... have left"
    if verb.lower_ == "of" and verb.head.lower_ in {"percent", "%", "cent"}:
        head, verb = verb, verb.head  # "Around 14 percent of the fighters are confirmed ..."
    if verb.lower_ in {"percent", "%", "cent"} and verb.head.i != verb.i:
        head, verb = verb, verb.head  # "About 20 percent of those ... are believed killed"
    if verb.i == head.i:
        return "", "", None
    holding = _holding_verb(cand)
    near: list[Token] = [] if holding is not None and holding.i == verb.i else [verb]
    far: list[Token] = []
    for child in verb.children:
        if child.i == head.i:
            continue
        sub = list(child.subtree)
        if any(o.start >= sub[0].i and o.end <= sub[-1].i + 1 for o in others):
            continue
        if child.dep_ in {"prt", "aux", "auxpass", "neg", "acomp"} or (
            child.dep_ == "advmod" and child.lower_ in {"back", "home"}
        ):
            near.extend(sub)  # "have gone home": where they went, as a particle would say
        elif child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            # "are known to have been killed", "are believed to have travelled"
            # "were believed to have come back": "back" says where, as a particle would
            close = [child] + [
                c
                for c in child.children
                if c.dep_ in {"prt", "aux", "auxpass", "neg"}
                or (c.dep_ == "advmod" and c.lower_ in {"back", "home"})
            ]
            near.extend(close)
            far.extend(t for t in sub if t not in close)
        elif child.dep_ in {"attr", "oprd", "dobj", "xcomp", "ccomp", "prep", "agent", "advcl"}:
            far.extend(sub)
    own = {t.i for t in head.subtree}
    doc = cand.span.doc

    def words(tokens: list[Token]) -> str:
        kept = sorted({t.i for t in tokens if t.i not in own})
        return " ".join(doc[i].lower_ for i in kept)

    span = (min(t.i for t in near + far), max(t.i for t in near + far) + 1)
    return words(near), words(far), span


def _number_token(span: Span) -> Token:
    for token in reversed(span):
        if token.like_num or token.pos_ == "NUM":
            return token
    return span.root
