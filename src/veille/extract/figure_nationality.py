"""Who the people a figure counts are: their nationality, and whether they are foreign.

Used by :mod:`veille.extract.figures`. The nationality is read through the gazetteer's demonyms
("French nationals", "Britons", "UK citizens", "from Britain", "Britain's ..."); words naming an
ethnic or religious group are never read as a nationality, and nothing is inferred from a
person's name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp.places import Gazetteer
from ..nlp.text import doc_text
from .figure_phrases import Cand, lower
from .figure_words import FOREIGN_WORDS, FROM_COUNTRIES, LEFT, NOT_NATIONALITY

__all__ = ["breakdown", "country_of", "is_demonym_head", "is_foreign"]


def country_of(cand: Cand, gaz: Gazetteer) -> tuple[str | None, tuple[int, int] | None]:
    """The nationality of the people counted, when the text states it."""
    assert cand.counted is not None and cand.head is not None
    doc = cand.span.doc
    found: dict[str, tuple[int, int]] = {}
    counted = cand.counted
    head = cand.head
    for token in counted:
        if token.i > head.i:
            break
        code = _nationality(token, gaz)
        if code is not None:
            found.setdefault(code, (token.idx, token.idx + len(token.text)))
    # "from Britain" inside the phrase or right after the quantity ("at least 10 from Britain")
    tails = [t for t in counted if t.i > head.i]
    if cand.span.end < cand.span.sent.end and doc[cand.span.end].lower_ == "from":
        tails = [doc[cand.span.end], *doc[cand.span.end + 1 : cand.span.end + 4]]
        if cand.inherited:
            found.clear()
    for k, token in enumerate(tails[:-1]):
        if token.lower_ == "from":
            named = _gpe_country(tails[k + 1], gaz)
            if named is not None:
                found.setdefault(*named)
            break
        if token.lower_ == "to" and k > 0 and tails[k - 1].lower_ in _LINKS:
            # "40 to 50 people with links to Norway"
            named = _gpe_country(tails[k + 1], gaz)
            if named is not None:
                found.setdefault(*named)
            break
    # "Around 1,700 came from France, 760 from Britain": the first "from" of the count's
    # own verb says where they came from (the later ones belong to the later counts)
    own_verb = cand.span.root.head
    if not found and cand.inherited and own_verb.lemma_.lower() in {"come", "be"}:
        froms = [
            obj
            for prep in own_verb.children
            if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i >= cand.span.end
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        named = _gpe_country(froms[0], gaz) if froms else None
        if named is not None:
            found[named[0]] = named[1]
    # "Belgium, with some 470, had the highest number": the country the count is given to
    start = cand.span.start
    if (
        not found
        and cand.inherited
        and start >= 3
        and doc[start - 1].lower_ == "with"
        and doc[start - 2].text == ","
    ):
        named = _gpe_country(doc[start - 3], gaz)
        if named is not None:
            found[named[0]] = named[1]
    # "Britain's 900 jihadists"
    if not found and start >= 2 and doc[start - 1].lower_ in {"'s", "’s"}:
        named = _gpe_country(doc[start - 2], gaz)
        if named is not None:
            found[named[0]] = named[1]
    # "Australia believes more than 100 of its citizens were fighting": the country whose
    # citizens they are is the subject the possessive refers to
    if not found and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
        named = _subject_country(head, gaz)
        if named is not None:
            found[named[0]] = named[1]
    # "270 people have travelled from the Netherlands to Syria": the country they left
    verb = head.head
    if not found and verb.pos_ == "VERB" and LEFT.fullmatch(verb.lower_):
        sources = [
            obj
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        # "1,050 Islamists had left Germany for Syria"
        sources += [obj for obj in verb.children if obj.dep_ == "dobj"]
        for obj in sources:
            named = _gpe_country(obj, gaz)
            if named is None and obj.lower_ == "country":
                named = _the_country(obj, gaz)
            if named is not None:
                found[named[0]] = named[1]
    if len(found) != 1:
        return None, None
    code, at = next(iter(found.items()))
    return code, at


_LINKS = frozenset({"links", "link", "ties", "connections"})


def _the_country(token: Token, gaz: Gazetteer) -> tuple[str, tuple[int, int]] | None:
    """ "Norway's domestic intelligence service is reasonably sure that about 70 people have
    travelled from the country to fight in Syria": the one country the sentence names before
    (those after are where they went)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    named = {
        found[0]: found
        for t in token.sent
        if t.i < token.i and (found := _gpe_country(t, gaz)) is not None
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _subject_country(token: Token, gaz: Gazetteer) -> tuple[str, tuple[int, int]] | None:
    """The country named as the subject of the nearest clause above ``token``."""
    node = token
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ == "nsubj" and child.i < token.i and token not in child.subtree:
                return _gpe_country(child, gaz)
    return None


def _gpe_country(token: Token, gaz: Gazetteer) -> tuple[str, tuple[int, int]] | None:
    """The country a GPE entity at ``token`` names, with the entity's character offsets."""
    ent = _ent_at(token)
    if ent is None or ent.label_ != "GPE":
        return None
    place = gaz.country(ent.text)
    if place is None or place.country is None:
        return None
    return place.country, (ent.start_char, ent.end_char)


_FIGHTER_HEADS = frozenset({"fighters", "jihadists", "militants", "recruits"})
# Words that refer back to people counted before: "14 percent of the fighters", "Another 45
# fighters" after a count of foreign fighters.
_DEFINITE = frozenset({"the", "these", "those", "another", "further", "other"})


def is_foreign(cand: Cand, gaz: Gazetteer) -> bool:
    """Whether the counted people are described as foreign: a nationality or "foreign" before
    the head noun ("British citizens", "foreign fighters"), or "who left/travelled/joined"."""
    assert cand.counted is not None and cand.head is not None
    head = cand.head
    before = [t for t in cand.counted if t.i <= head.i]
    if any(t.lower_ in FOREIGN_WORDS for t in before):
        return True
    if any(_nationality(t, gaz) is not None for t in before):
        return True
    text = lower(cand.counted)
    if FROM_COUNTRIES.search(text):
        return True  # "41,490 people from 80 countries"
    start = cand.counted.start
    determiner = head.doc[start - 1].lower_ if start > 0 else ""
    quantity_start = cand.span.start
    before_number = head.doc[quantity_start - 1].lower_ if quantity_start > 0 else ""
    if head.lower_ in _FIGHTER_HEADS and (
        determiner in _DEFINITE
        or before_number in _DEFINITE  # "Another 45 fighters"
        or any(t.lower_ in _DEFINITE for t in before)
    ):
        # "14 percent of the fighters", after "3,922 ... have travelled as foreign fighters"
        earlier = doc_text(head.doc)[: cand.counted.start_char].lower()
        if "foreign fighter" in earlier:
            return True
    return bool(re.search(r"\bwho (?:had |have |has )?(?:left|travel+ed|went|gone|joined)\b", text))


def breakdown(cand: Cand, previous: Cand, gaz: Gazetteer) -> bool:
    """Whether the count gives the nationalities of the people the previous count counted,
    right after it ("four people, three Moroccans and a Spaniard")."""
    counted, head = previous.counted, cand.head
    if counted is None or head is None or previous.inherited or cand.inherited:
        return False
    start = cand.span.start
    return (
        counted.end == start - 1
        and cand.span.doc[start - 1].text == ","
        and is_demonym_head(head, gaz)
    )


def _nationality(token: Token, gaz: Gazetteer) -> str | None:
    """Country of a nationality word ("French", "Britons", "UK" in "UK nationals")."""
    word = token.lower_
    if word in NOT_NATIONALITY or not token.text[:1].isupper():
        return None
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text in {"-", "‐"} and doc[token.i - 2].lower_ == "non":
        return None  # "non-Syrians"
    if token.i >= 1 and doc[token.i - 1].lower_.startswith("non-"):
        return None
    code = gaz.country_of_demonym(token.text)
    if code is not None:
        return code
    if token.ent_type_ == "GPE" and token.dep_ in {"compound", "amod", "nmod"}:
        place = gaz.country(token.text)
        if place is not None:
            return place.country
    return None


def is_demonym_head(head: Token, gaz: Gazetteer) -> bool:
    return head.lower_ not in NOT_NATIONALITY and (
        gaz.country_of_demonym(head.text) is not None
        or (head.ent_type_ == "NORP" and head.text.endswith("s"))
    )


def _ent_at(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None
