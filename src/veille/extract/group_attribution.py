"""On what grounds a sentence ties a group to an attack: its own claim, a plain statement, or
a suspicion.

Used by :mod:`veille.extract.incidents` for each perpetrator group it keeps, and by the fusion
of incidents across articles. :func:`attribution_of` reads one mention of the group;
:func:`veille.models.strongest_attribution` picks the one an incident publishes when several
sentences or articles tie the same group to it.

- ``claimed``: the group says it did it ("Jamaat-ul-Ahrar claimed responsibility", "a claim
  by Islamic State", "the group, which claimed the attack").
- ``suspected``: someone else says it may have done it, or accuses it ("Kenyan officials said
  al Qaeda could be responsible", "bore the hallmarks of a Jemaah Islamiah splinter group",
  "If confirmed as the work of al Qaeda", "Turkey blamed the PKK").
- ``named``: the text states it as who did it ("the attackers were members of the PKK", "an
  attack by al Shabaab").

A claim is the most specific of the three, so it wins; a plain statement wins over a
suspicion because a later report that states it settles what an earlier one supposed.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

from ..models import Attribution

__all__ = ["attribution_of"]

# Verbs and nouns whose subject or owner claims the attack.
_CLAIM_LEMMAS: Final = frozenset({"claim", "responsibility"})
# Verbs of saying whose subject claims the attack when what is said is that "it" did it.
_SAYING: Final = frozenset({"say", "announce", "declare", "state", "post", "publish", "issue"})
_CARRYING_OUT: Final = frozenset({"carry", "conduct", "stage", "launch", "commit", "perpetrate"})
# People who speak for a group: what "Boko Haram leader Abubakar Shekau" or "an al Shabaab
# spokesman" says the group's fighters did is the group's claim.
_SPEAKERS_FOR: Final = frozenset(
    {"leader", "spokesman", "spokesperson", "commander", "chief", "emir", "head", "founder"}
)
# What a group or its speaker says it or its fighters did, besides carrying out "the attack"
# ("said it had struck in revenge for the killing of one of its leaders").
_DEEDS: Final = frozenset(
    {
        "seize",
        "abduct",
        "kidnap",
        "kill",
        "attack",
        "bomb",
        "storm",
        "behead",
        "shoot",
        "execute",
        "strike",
    }
)
# Words on the path from the group to the sentence's verb that make the tie a supposition.
_SUSPICION_LEMMAS: Final = frozenset(
    {
        "suspect",
        "suspicion",
        "blame",
        "accuse",
        "believe",
        "think",
        "hallmark",
        "possible",
        "possibly",
        "probably",
        "likely",
        "allegedly",
        "alleged",
    }
)
_ACCUSING: Final = frozenset({"suspect", "blame", "accuse", "believe"})
# A group's own news outlets: what they say it did is its claim ("the Amaq news agency, which is
# linked to Islamic State, said an Islamic State fighter had detonated an explosive vest").
_CLAIMING_OUTLETS: Final = frozenset({"amaq", "a'maq"})
_MODALS: Final = frozenset({"could", "may", "might"})


def attribution_of(span: Span) -> Attribution:
    """How the sentence holding ``span`` (a group's name) ties the group to the attack."""
    if _claims(span.root) or _CLAIMING_OUTLETS & {t.lower_ for t in span.sent}:
        return "claimed"
    if _supposed(span.root):
        return "suspected"
    return "named"


def _claims(token: Token) -> bool:
    """ "Islamic State claimed the attack", "a claim by Jamaat-ul-Ahrar", "the group's claim of
    responsibility", "Islamic State, which claimed the attack", "al Shabaab said it carried out
    the attack"."""
    names = [token]
    while (
        names[-1].dep_ in {"appos", "conj"}
        and names[-1].head.i != names[-1].i
        and names[-1].head.pos_ in {"NOUN", "PROPN"}
    ):
        # "A Kurdish militant group, the Kurdistan Freedom Falcons (TAK), claimed": the name
        # in apposition (which the parse may join as a conjunct after a dateline) claims what
        # the phrase it renames claims
        names.append(names[-1].head)
    if any(
        c.dep_ == "relcl"
        and (
            c.lemma_.lower() in _CLAIM_LEMMAS
            or (c.lemma_.lower() == "take" and _takes_responsibility(c))
        )
        for name in names
        for c in name.children
    ):
        return True  # "Islamic State Khorasan, which claimed the Moscow attack"
    token = names[-1]
    if _speaker_says_it_did_it(token) or _in_whose_name(token):
        return True
    head = token.head
    if token.dep_ in {"nsubj", "poss"}:
        if head.lemma_.lower() in _CLAIM_LEMMAS:
            return True
        if head.lemma_.lower() == "take" and _takes_responsibility(head):
            return True
        if head.lemma_.lower() in _SAYING and _says_it_did_it(head, deeds=_DEEDS):
            return True
    if token.dep_ == "pobj" and head.lower_ == "by":
        owner = head.head
        if owner.lemma_.lower() == "by":
            owner = owner.head
        return owner.lemma_.lower() in _CLAIM_LEMMAS
    return False


def _takes_responsibility(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in verb.children)


def _in_whose_name(token: Token) -> bool:
    """ "A statement posted on an Islamist website ... in the name of Jemaah Islamiah claimed
    the bombing": the group in whose name the claim was made."""
    of = token.head
    name = of.head
    if not (token.dep_ == "pobj" and of.lower_ == "of" and name.lemma_.lower() == "name"):
        return False
    for ancestor in name.ancestors:
        if ancestor.dep_ == "nsubj":
            return ancestor.head.lemma_.lower() in _CLAIM_LEMMAS
    return False


def _speaker_says_it_did_it(token: Token) -> bool:
    """ "Boko Haram leader Abubakar Shekau said his fighters had seized the girls", "al
    Shabaab's spokesman said its fighters carried out the attack": the group's name is part of
    the phrase of the man who speaks for it, and he says that it, he or its fighters did it."""
    speaker = token
    spoken_for = False
    while speaker.dep_ in {"compound", "poss"} and speaker.head.i != speaker.i:
        speaker = speaker.head
        spoken_for = spoken_for or speaker.lemma_.lower() in _SPEAKERS_FOR
    if not spoken_for or speaker.dep_ != "nsubj":
        return False
    verb = speaker.head
    return verb.lemma_.lower() in _SAYING and _says_it_did_it(verb, deeds=_DEEDS, doers={"he"})


def _says_it_did_it(
    verb: Token, *, deeds: frozenset[str] = frozenset(), doers: set[str] | None = None
) -> bool:
    """ "said it had carried out the attacks", "said in a statement that its fighters staged";
    ``deeds`` are more verbs of doing it and ``doers`` more subjects that do it."""
    subjects = {"it", "we", "its", "fighters", "members", *(doers or ())}
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        lemma = clause.lemma_.lower()
        did = lemma in _CARRYING_OUT or lemma in _CLAIM_LEMMAS or lemma in deeds
        by_it = any(c.dep_ == "nsubj" and c.lower_ in subjects for c in clause.children)
        if did and by_it:
            return True
    return False


def _supposed(token: Token) -> bool:
    """Whether a word of suspicion or a modal stands between the group and its clause's verb,
    or the sentence makes the tie conditional ("If confirmed as the work of al Qaeda")."""
    # "suspected Boko Haram Islamists": the word may modify the noun the name is part of
    modified = [*token.children, *(token.head.children if token.dep_ == "compound" else [])]
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "identify":
        return True  # "the council had identified ISWAP as the group behind the killings"
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_ == "point":
        return True  # "analysts pointed to Jemaah Islamiah": where suspicion turned
    if token.dep_ == "nsubj" and any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(p.lemma_.lower() in {"suspect", "culprit"} for p in c.children)
        for c in token.head.children
    ):
        return True  # "Jemaah Islamiah has emerged as the main suspect"
    for child in modified:
        if child.dep_ == "amod" and child.lemma_.lower() in _SUSPICION_LEMMAS:
            return True  # "suspected al Shabaab militants"
        if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in _ACCUSING:
            return True  # "Islamic State, which is blamed for ..."
    for ancestor in [token, *token.ancestors]:
        if ancestor.i != token.i and _doubting(ancestor):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in ancestor.children):
            return True
        if any(
            c.dep_ in {"advmod", "acomp"} and c.lemma_.lower() in _SUSPICION_LEMMAS
            for c in ancestor.children
        ):
            return True
        if ancestor.dep_ == "ROOT":
            break
    return False


def _doubting(word: Token) -> bool:
    """A word of suspicion, a clause of "whether" or "if" ("too early to say whether the
    Jemaah Islamiah network was behind the bombings", "If confirmed as the work of al Qaeda")."""
    if word.lemma_.lower() in _SUSPICION_LEMMAS:
        return True
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in word.children)
