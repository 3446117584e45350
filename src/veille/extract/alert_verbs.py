"""The words of change in an alert sentence, and which one a level goes with; used by
:mod:`veille.extract.alerts`.

A change word is a verb, read by its lemma, or a noun ("increase", "downgrade"):
raise/increase/elevate/step up → raised; lower/reduce/downgrade/cut/ease → lowered;
keep/maintain/extend/remain/stay → maintained; set/put on/place/declare/issue/move/change → set;
be/stand/use → in force. Each is marked
negated ("has not been lowered") or hypothetical ("could be raised", "no plans to lower", "calls
to raise"); what a negated or hypothetical change yields is decided by the extractor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import alert_patterns as pat
from .alert_patterns import ChangeKind

__all__ = ["ChangeVerb", "change_verbs", "main_verb"]


@dataclass(frozen=True, slots=True)
class ChangeVerb:
    """A word of change in a sentence and how it reads."""

    token: Token
    kind: ChangeKind
    negated: bool
    hypothetical: bool


def _lemma(token: Token) -> str:
    lower = token.lower_
    return pat.IRREGULAR.get(lower) or token.lemma_.lower() or lower


def change_verbs(sent: Span) -> list[ChangeVerb]:
    verbs: list[ChangeVerb] = []
    for token in sent:
        lemma = _lemma(token)
        kind: ChangeKind | None = None
        if token.pos_ in {"VERB", "AUX"}:
            particle = next(
                (c.lower_ for c in token.children if c.dep_ == "prt" and c.lower_ in pat.PARTICLES),
                None,
            )
            if particle is not None and lemma in pat.SET | pat.RAISE | pat.LOWER:
                kind = pat.PARTICLES[particle]
            elif lemma in pat.RAISE:
                kind = "raised"
            elif lemma in pat.LOWER:
                kind = "lowered"
            elif lemma in pat.MAINTAIN:
                kind = "maintained"
            elif lemma in pat.SET:
                kind = "set"
            elif lemma in pat.STATE:
                kind = "in force"
        elif token.pos_ == "NOUN" and token.lower_ in pat.NOUN_KIND:
            kind = pat.NOUN_KIND[token.lower_]
        if kind is None or _another_name(token) or _the_political_left(token):
            continue
        if token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "VERB":
            continue  # "that setting became 'probable'": a level, named by a gerund
        verbs.append(ChangeVerb(token, kind, _negated(token), _hypothetical(token)))
    return verbs


def _another_name(token: Token) -> bool:
    """Whether a change word is a level's other name: "at three, or elevated, since 2016" (a
    bare participle after "or", with no subject, object or auxiliary of its own)."""
    if token.i == 0 or token.nbor(-1).lower_ != "or" or token.tag_ not in {"VBN", "VBD"}:
        return False
    own = {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"}
    return not any(c.dep_ in own for c in token.children)


def _the_political_left(token: Token) -> bool:
    """ "all forms of terrorism, including the extreme right and left": no verb of leaving."""
    if token.lower_ != "left" or token.i < 2:
        return False
    doc = token.doc
    return doc[token.i - 1].lower_ in {"and", "or"} and doc[token.i - 2].lower_ == "right"


def _negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ in {"aux", "auxpass"} and any(c.dep_ == "neg" for c in child.children):
            return True
    return False


def _hypothetical(token: Token) -> bool:
    # "Zoido said Spain would keep its terrorism alert at level four": "would" is the future
    # of a decision reported, not a condition
    # "said ... the level had been reviewed after the attack and would stay unchanged": the
    # second verb of the reported clause too
    clause = token.head if token.dep_ == "conj" and token.head.dep_ == "ccomp" else token
    reported = (
        clause.dep_ == "ccomp"
        and _lemma(clause.head) in pat.REPORTING_VERBS
        and not any(t.lower_ in {"if", "unless", "probably", "likely"} for t in token.subtree)
    )
    for child in token.children:
        modal = child.dep_ in {"aux", "auxpass"} and child.lower_ in pat.MODALS
        if modal and not (reported and child.lower_ == "would"):
            return True
        if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
            return True
    node = token
    for _ in range(3):
        if node.head is node:
            break
        if node.dep_ not in {"xcomp", "ccomp", "acl", "pobj", "pcomp", "prep", "advcl"}:
            break
        node = node.head
        if _lemma(node) in pat.HYPOTHETICAL_HEADS or node.lower_ in pat.HYPOTHETICAL_HEADS:
            return True  # "considering raising", "no plans to lower", "calls to raise"
    return False


def main_verb(verbs: Sequence[ChangeVerb], anchor: int) -> ChangeVerb | None:
    """The change word nearest the level, a real change before a state verb ("was raised")."""
    if not verbs:
        return None
    changes = [v for v in verbs if v.kind != "in force"]
    if not changes:  # "was used": the verb, not its auxiliary
        changes = [v for v in verbs if v.token.pos_ != "AUX"] or list(verbs)
    return min(changes, key=lambda v: (v.token.idx > anchor, abs(v.token.idx - anchor)))
