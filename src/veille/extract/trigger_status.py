"""Whether the attack a sentence reports was carried out, attempted, foiled, plotted or only
threatened.

Used by :mod:`veille.extract.incidents` with the attack words :mod:`veille.extract.triggers`
found; the words that tell someone was stopped from an attack are shared with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..models import IncidentStatus
from .lexicon import FOILED_CUES, KILLING_TRIGGERS, PLOT_CUES, THREAT_CUES

if TYPE_CHECKING:  # triggers.py imports this module
    from .triggers import Trigger

__all__ = ["sentence_status", "stopped_from", "stopping_verb"]

_ATTEMPT_CUES = frozenset({"attempt", "attempted", "try", "tried", "fail", "failed"})
_STOPPING = frozenset({"stop", "prevent", "bar", "ban", "block", "keep", "deter", "refrain"})


def stopping_verb(token: Token) -> Token | None:
    """The verb that stops someone from the attack ("stopped the men from bombing"), if any."""
    if token.tag_ != "VBG" or token.head.lower_ != "from":
        return None
    verb = token.head.head
    return verb if verb.lemma_.lower() in _STOPPING else None


def stopped_from(token: Token) -> bool:
    """Whether someone was stopped from the attack: "police stopped the men from bombing the
    station" (a law that would stop someone is no such act: see the triggers module)."""
    verb = stopping_verb(token)
    return verb is not None and verb.tag_ in {"VBD", "VBN", "VBZ"}


def _bears_on(cue: Token, attack_words: set[int]) -> bool:
    """Whether ``cue`` governs one of the attack words, or one of them governs it."""
    if cue.i in attack_words:
        return True
    if cue.lemma_.lower() == "call":  # only "called for attacks"
        phrase = [t.i for c in cue.children if c.lower_ == "for" for t in c.subtree]
    else:
        phrase = [t.i for t in cue.subtree]
    if attack_words.intersection(phrase):
        return True
    if (
        cue.dep_ in {"nsubj", "nsubjpass"}
        and cue.pos_ == "NOUN"
        and cue.lemma_.lower() in PLOT_CUES | {"attempt"}
    ) and attack_words.intersection(t.i for t in cue.head.subtree):
        # "the plans appeared to involve car or truck bombs", "attempts had been made to
        # detonate explosive devices"
        return True
    return any(a.i in attack_words for a in cue.ancestors)


def _continued_infinitive(verb: Token) -> int | None:
    """The infinitive a bare verb continues, where the parser hung the list elsewhere:
    "planned to seize a member of the public, drape the victim in a flag and behead him"
    (the plan bears on "behead" through "to seize")."""
    if verb.tag_ != "VB" or any(c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in verb.children):
        return None
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return token.i
        if token.pos_ == "VERB" and token.tag_ != "VB":
            return None  # a finite verb between: another clause
    return None


def sentence_status(sent: Span, triggers: list[Trigger]) -> IncidentStatus:
    """Whether the attack the sentence reports was carried out, attempted, foiled, plotted or
    only threatened.

    A cue word counts only when it bears on an attack word: the attack word lies in the cue's
    phrase ("threatened to attack", "a bomb plot", "warned of attacks", "called for attacks"),
    or the cue lies in the attack word's ("the attack was planned"). "The threat level was
    raised after a bomber killed 22" or "he called it a terrorist attack" report an attack.
    """
    attack_words = {t.token.i for t in triggers}
    attack_words |= {i for t in triggers if (i := _continued_infinitive(t.token)) is not None}
    lemmas = {
        word for t in sent if _bears_on(t, attack_words) for word in (t.lemma_.lower(), t.lower_)
    }
    if lemmas & FOILED_CUES or any(stopped_from(t.token) for t in triggers):
        return "foiled"
    if lemmas & PLOT_CUES and not lemmas & {"kill", "killed", "wound", "wounded", "die", "dead"}:
        return "plot"
    if any(_intended(t.token) or _talked_of(t.token) for t in triggers):
        return "plot"  # "one of the Arnhem men wanted to carry out an attack on a big event"
    if lemmas & _ATTEMPT_CUES and not _killed_besides_the_attempt(sent):
        return "attempt"
    if lemmas & THREAT_CUES and not any(t.token.tag_ in {"VBD", "VBN"} for t in triggers):
        return "threat"
    if any(_found_bomb(t.token) for t in triggers) and not any(
        t.lemma_.lower() in _WENT_OFF | _HIDEOUTS for t in sent
    ):
        return "attempt"  # "two car bombs found in central London": bombs that did not go off
    return "attack"


_BOMB_NOUNS = frozenset({"bomb", "device", "explosive"})
# "found a nail bomb ... in a flat in the Schaerbeek district" in searches: what police seize
_HIDEOUTS = frozenset(
    {"flat", "apartment", "home", "house", "garage", "hideout", "premises", "search", "raid"}
)
_FINDING = frozenset({"find", "discover", "locate", "uncover", "spot"})
_WENT_OFF = frozenset({"explode", "detonate", "blast", "explosion", "blow", "go", "kill", "wound"})


def _found_bomb(attack: Token) -> bool:
    """Whether the attack word is a bomb someone found ("two car bombs found in central London",
    "police found a car bomb"): laid, but found before it went off."""
    if attack.lemma_.lower() not in _BOMB_NOUNS:
        return False
    if attack.dep_ in {"dobj", "nsubjpass"} and attack.head.lemma_.lower() in _FINDING:
        return True
    head = attack.head
    if attack.dep_ == "nsubj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in _FINDING:
        return True  # "found a car bomb packed with petrol", parsed as a clause
    return any(c.dep_ == "acl" and c.lemma_.lower() in _FINDING for c in attack.children)


def _killed_besides_the_attempt(sent: Span) -> bool:
    """Whether the sentence tells a killing done, outside what was attempted: "a gunman killed
    two people after failing to force his way into a synagogue" (carried out), not "tried to
    kill the mayor" (attempted)."""
    attempted = {t.i for cue in sent if cue.lemma_.lower() in _ATTEMPT_CUES for t in cue.subtree}
    return any(
        token.lemma_.lower() in KILLING_TRIGGERS
        and token.tag_ in {"VBD", "VBN", "VBZ"}
        and not any(c.dep_ == "neg" for c in token.children)
        and token.i not in attempted
        and not _no_one_killed(token)
        # "two weeks to the day after suicide bombers killed 52 people": the earlier attack
        and not any(c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in token.children)
        for token in sent
    )


def _no_one_killed(verb: Token) -> bool:
    """ "no one was killed", "nobody was killed"."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and (
            c.lower_ in {"nobody", "none", "no-one"}
            or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))
        )
        for c in verb.children
    )


_WANTING = frozenset({"want", "intend", "aim", "hope", "seek"})
_TALKING = frozenset({"talk", "speak", "discuss", "boast", "brag", "chat"})


def _talked_of(attack: Token) -> bool:
    """Whether the attack is what someone talked of doing: "was recorded talking about putting
    a bomb on the Rialto bridge", "spoke of putting a bomb on the Rialto" (words, no act)."""
    node = attack
    for _ in range(3):
        if node.head is node:
            return False
        if node.dep_ == "pcomp" and node.head.lower_ in {"about", "of"}:
            return node.head.head.lemma_.lower() in _TALKING
        node = node.head
    return False


_DOING = frozenset({"carry", "commit", "stage", "launch", "mount", "conduct"})


def _intended(attack: Token) -> bool:
    """Whether the attack is what someone wanted to do: "wanted to carry out an attack on a big
    event" ("police want to know why the attack happened" wants no attack)."""
    node = attack
    if attack.dep_ == "dobj" and attack.head.lemma_.lower() in _DOING:
        node = attack.head
    return (
        node.dep_ == "xcomp"
        and node.head.lemma_.lower() in _WANTING
        and node.head.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
    )
