"""Which perpetrator groups the sentences of an incident name, and which they only mention.

Used by :mod:`veille.extract.incidents`, which gives an incident the non-state groups named in
its sentences and in the sentences that claim it. :func:`outside_the_link` tells a group named
outside the phrase tying its sentence to the attack, :func:`denies` a group that denies it and
:func:`struck_by_a_state` a group a state bombs; :func:`claimed_by_the_group` finds the group
a claim by "the group" refers back to, :func:`groups_the_claimant_leads` the group led by a man
who says he ordered the attack, :func:`attackers_membership` a group the attackers are said to
belong to, and
:func:`mentions_claim` a sentence in which a group claims something. :func:`unlisted_actor`
names a group the knowledge base does not hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Span

from ..models import ActorRef
from ..nlp.text import doc_text
from .action_patterns import sentence_link
from .incident_dates import only_linked
from .incident_patterns import (
    A_GAP_BEFORE,
    CALLING_VERBS,
    CLAIM_WORDS,
    DENIAL_VERBS,
    GROUP_ANAPHOR,
    MEMBER_LEMMAS,
    NO_SIGN_THAT,
    ONE_OF_ITS,
)
from .lexicon import ATTACKER_NOUNS, STATE_ACTOR_TYPES
from .trigger_air import bombed_by_a_state
from .triggers import Trigger

__all__ = [
    "UNLISTED",
    "among_the_held",
    "attackers_membership",
    "attackers_said_members",
    "belonged_to_groups_tied_to",
    "claimed_by_the_group",
    "collaborated_with",
    "denies",
    "doer_of_an_earlier_attack",
    "groups_the_claimant_leads",
    "mentions_claim",
    "names_a_part",
    "outside_the_link",
    "self_named_claimants",
    "struck_by_a_state",
    "under_its_flag",
    "unlisted_actor",
]


def outside_the_link(span: Span, triggers: Sequence[Trigger]) -> bool:
    """Whether the group is named outside the phrase that ties its sentence to the attack
    ("Germany deported 28 Afghans, the first since the Taliban returned to power, a week after
    a knife attack in Solingen"): the sentence is about another act."""
    sent = span.sent
    own = [t for t in triggers if sent.start <= t.token.i < sent.end]
    if not own or not only_linked(sent, own):
        return False
    if any(t.lemma_.lower() in MEMBER_LEMMAS for t in span.root.ancestors):
        return False  # "two former Ku Klux Klan members for their involvement in a bombing"
    link = sentence_link(sent)
    assert link is not None
    start, end = link
    return not start <= span.start_char < end


def attackers_membership(span: Span, sentences: Sequence[Span]) -> bool:
    """Whether a sentence about the attackers says they belonged to the group: "the attackers
    were members of the PKK", "the gunman was a supporter of Islamic State"."""
    sent = next((s for s in sentences if s.start <= span.start < s.end), None)
    if sent is None:
        return False
    attackers = any(t.dep_ == "nsubj" and t.lower_ in ATTACKER_NOUNS for t in sent)
    return attackers and any(
        t.lemma_.lower() in MEMBER_LEMMAS and t.dep_ == "attr" for t in span.root.ancestors
    )


def attackers_said_members(sent: Span) -> bool:
    """Whether the sentence says the attackers belonged to something ("told reporters the
    attackers were members of Jamaat-ul-Mujahideen Bangladesh")."""
    return any(
        t.dep_ == "nsubj"
        and t.lower_ in ATTACKER_NOUNS
        and any(c.dep_ == "attr" and c.lemma_.lower() in MEMBER_LEMMAS for c in t.head.children)
        for t in sent
    )


def denies(span: Span) -> bool:
    """Whether the group is the subject of a denial ("denied responsibility", "rejected any
    involvement") or of a call on others ("Islamic State urged its followers to step up
    attacks"), or named in what was found not to be ("there was no sign that he belonged to
    Islamic State")."""
    before = span.doc[span.sent.start : span.start].text
    if NO_SIGN_THAT.search(before):
        return True
    node = span.root
    for _ in range(5):
        # "A spokesman for the Pakistani Taliban ... denied": the group's speaker denies
        spoken_for = node.dep_ == "pobj" and node.head.lower_ in {"for", "of"}
        if (
            node.dep_ not in {"nsubj", "compound", "appos", "conj", "prep"} and not spoken_for
        ) or node.head is node:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return node.lemma_.lower() in DENIAL_VERBS | CALLING_VERBS
    return False


_TIES: Final = frozenset({"tie", "link", "linked", "connection", "connected", "close"})


# "in which 879 inmates escaped, among them dozens of suspected Boko Haram members"
_AMONG_THE_HELD: Final = re.compile(
    r"(?i)\b(?:inmates|prisoners|detainees|convicts)\b[^.;]{0,40}\b(?:among them|including|"
    r"of whom|among whom)\b[^.;]{0,40}$"
)


def among_the_held(span: Span) -> bool:
    """Whether the group names some of the people a prison held ("879 inmates escaped, among
    them dozens of suspected Boko Haram members"): whom an attack freed, not who did it."""
    sent = span.sent
    return _AMONG_THE_HELD.search(doc_text(span.doc)[sent.start_char : span.start_char]) is not None


def ties_told(span: Span) -> bool:
    """Whether the group is named only as one another has ties to ("Salafia Jihadia, a radical
    group suspected of ties to al Qaeda"): the other's affiliation, not who did it."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        # "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed responsibility": the
        # parent of the group named, not who did it
        part = root.head.head
        return part.dep_ == "appos" and part.lemma_.lower() in _PARTS_OF_A_GROUP
    if root.dep_ != "pobj" or root.head.lower_ not in {"to", "with"}:
        return False
    word = root.head.head
    return word.lemma_.lower() in _TIES or word.lower_ in _TIES


def doer_of_an_earlier_attack(span: Span) -> bool:
    """Whether the group is the subject of the attack a clause dates the sentence's attack by
    ("The attack in Bamako came a week after Islamic State gunmen and suicide bombers attacked
    a concert hall ... in Paris"): that attack's doer, not this one's."""
    for node in span.root.ancestors:
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        mark = next(
            (c for c in node.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}),
            None,
        )
        if mark is None:
            return False
        text = doc_text(span.doc)
        if A_GAP_BEFORE.search(text[max(0, mark.idx - 40) : mark.idx]) is None:
            return False
        # the clause above tells the attack ("The attack in Bamako came a week after ..."),
        # not another act ("The study was published ten days after Islamic State suicide
        # bombers killed 32 people at Brussels airport": that attack is the one told)
        main = node.head
        return any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _ATTACK_SUBJECTS
            for c in main.children
        )
    return False


_ATTACK_SUBJECTS: Final = frozenset(
    {"attack", "bombing", "siege", "shooting", "assault", "massacre", "blast", "raid"}
)


def names_a_part(span: Span) -> bool:
    """Whether the group is named as the whole a faction of it belongs to ("Taliban faction
    says it targeted Christians"): the faction did it, which a sentence may name."""
    root = span.root
    return root.dep_ in {"compound", "amod", "nmod"} and (
        root.head.lemma_.lower() in _PARTS_OF_A_GROUP
    )


_PARTS_OF_A_GROUP = frozenset(
    {"faction", "offshoot", "splinter", "wing", "branch", "affiliate", "arm", "cell", "unit"}
)


_COLLABORATING = frozenset({"collaborate", "collaboration", "cooperate", "cooperation", "collude"})


def collaborated_with(span: Span) -> bool:
    """Whether the group is named as the one someone worked with ("accusing them of
    collaborating with Islamic State"): a charge against the victims, not who attacked."""
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.lemma_.lower() in _COLLABORATING
    )


_STRIKING_VERBS = frozenset({"bomb", "strike", "target", "hit", "pound", "fight"})


_FIGHTING_FORCES = frozenset({"force", "troops", "army", "military", "soldier", "government"})


def struck_by_a_state(span: Span) -> bool:
    """Whether the group is what a state bombs or fights ("days after Britain began bombing
    Islamic State in Syria", "air strikes against Islamic State"): the target, not a doer."""
    root = span.root
    if (
        root.dep_ == "dobj"
        and root.head.lemma_.lower() in {"fight", "battle", "combat"}
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _FIGHTING_FORCES for c in root.head.children
        )
    ):
        # "where Turkish forces have been fighting the PKK since a ceasefire collapsed": the
        # forces' enemy, told as the setting
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _STRIKING_VERBS:
        return bombed_by_a_state(root.head)
    if root.dep_ == "pobj" and root.head.lower_ in {"against", "on"}:
        noun = root.head.head
        return noun.lemma_.lower() in {"strike", "airstrike", "campaign", "raid", "bombing"} and (
            any(c.lower_ == "air" for c in noun.children) or noun.lemma_.lower() == "airstrike"
        )
    return False


# "It also claimed a bomb that killed two French soldiers in Mali", after "JNIM, led by ...,
# was formed last year": "it", opening the sentence, is the group named just before
_IT_CLAIMED: Final = re.compile(r"^\W*It\s+(?:(?:also|later|has|had|then)\s+)*claimed\b")


def claimed_by_the_group(sentences: Sequence[Span], spans: Sequence[Span]) -> list[Span]:
    """ "Islamic State Khorasan is the most dangerous. ... the group claimed the attack": the
    non-state group named last in the two sentences before a claim by "the group" (or by "It"
    opening the sentence)."""
    found: list[Span] = []
    for sent in sentences:
        words = {t.lower_ for t in sent}
        if not words & CLAIM_WORDS or not (
            GROUP_ANAPHOR.search(sent.text) or _IT_CLAIMED.match(sent.text)
        ):
            continue
        if any(t.lemma_.lower() in DENIAL_VERBS for t in sent):
            continue  # "the group denied any role"
        doc = sent.doc
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = doc[start - 1].sent.start
        named = [
            a
            for a in spans
            if start <= a.start and a.end <= sent.start and a.label_ not in STATE_ACTOR_TYPES
        ]
        if not GROUP_ANAPHOR.search(sent.text):
            # "It": the subject of the sentence just before ("JNIM, led by ..., was formed last
            # year by the merger of several al Qaeda-linked groups"), not its last group
            before = doc[sent.start - 1].sent if sent.start > 0 else None
            named = [
                a
                for a in named
                if before is not None
                and before.start <= a.start
                and a.root.dep_ in {"nsubj", "nsubjpass"}
            ]
        if named:
            found.append(named[-1])
    return found


def mentions_claim(sent: Span) -> bool:
    """Whether a non-state group, by name or as "the group", claims something in the sentence."""
    words = {t.lower_ for t in sent}
    if not words & CLAIM_WORDS and not ONE_OF_ITS.search(sent.text):
        return False
    if GROUP_ANAPHOR.search(sent.text) or _SELF_NAMED.search(sent.text):
        return True
    return "veille_actors" in sent.doc.spans and any(
        sent.start <= s.start < sent.end and s.label_ not in STATE_ACTOR_TYPES
        for s in sent.doc.spans["veille_actors"]
    )


# "A previously unknown group calling itself the Deccan Mujahideen claimed responsibility": a
# claimant the knowledge base cannot hold, named as it names itself
_SELF_NAMED: re.Pattern[str] = re.compile(
    r"\b(?i:(?:an?|the) (?:[\w-]+ ){0,3}?(?:group|organi[sz]ation|movement|outfit) "
    r"(?:calling itself|that calls itself|which calls itself|called|known as|named) "
    r"(?:the )?)((?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|of|al|el|e|al-\w+))*)"
)


def self_named_claimants(sentences: Sequence[Span]) -> list[tuple[int, int]]:
    """The character offsets of the names of groups that claimed the attack, told by the name
    they call themselves, in sentences that tell the claim and deny nothing."""
    found: list[tuple[int, int]] = []
    for sent in sentences:
        if not {t.lower_ for t in sent} & CLAIM_WORDS:
            continue
        if any(t.lemma_.lower() in DENIAL_VERBS for t in sent):
            continue
        for match in _SELF_NAMED.finditer(sent.text):
            name = match.group(1)
            while name.split()[-1] in {"of", "al", "el", "e"}:
                name = name.rsplit(" ", 1)[0]
            start = sent.start_char + match.start(1)
            found.append((start, start + len(name)))
    return found


UNLISTED: Final = "unlisted:"
"""The prefix of the ids of actors the knowledge base does not hold."""


def unlisted_actor(name: str) -> ActorRef:
    """An actor the knowledge base does not hold: id ``unlisted:<slug>``, the name as written."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return ActorRef(f"{UNLISTED}{slug}", " ".join(name.split()))


# "Doku Umarov said he had ordered ...", "... carried out on my orders," Umarov ... said
_ORDERED_IT: Final = re.compile(
    r"\b(?P<a>[A-Z][\w'-]+)(?:, [^.;,\"]{1,40},)? (?:said|says) (?:that )?he (?:had )?ordered\b"
    r"|\bon my orders,?\"\s*(?P<b>[A-Z][\w'-]+)\b"
)
_LEADS: Final = re.compile(
    r"\b(?:leads|led|heads|headed|commands|commanded|founded|"
    r"(?:is|was|as) (?:the )?(?:leader|head|chief|founder|commander) of)\b"
)


def groups_the_claimant_leads(
    sentences: Sequence[Span], article_sentences: Sequence[Span], spans: Sequence[Span]
) -> list[Span]:
    """The group led by a man who says he ordered the attack: "Doku Umarov said he had
    ordered last month's suicide bombing", then "Umarov, Russia's most wanted man, leads the
    self-styled Caucasus Emirate". The sentence telling whom he leads must name him first and
    the group after the verb."""
    names = {
        match.group("a") or match.group("b")
        for sent in sentences
        for match in _ORDERED_IT.finditer(sent.text)
    }
    found: list[Span] = []
    for sent in article_sentences:
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.text not in names:
            continue
        leads = _LEADS.search(sent.text)
        if leads is None:
            continue
        start = sent.start_char + leads.end()
        led = [
            span
            for span in spans
            if span.label_ not in STATE_ACTOR_TYPES and start <= span.start_char < sent.end_char
        ]
        if led:
            found.append(min(led, key=lambda span: span.start_char))
    return found


def under_its_flag(span: Span) -> bool:
    """Whether the group is named as whose flag attackers carried ("carried the flag of
    Islamic State")."""
    root = span.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in {"flag", "banner"}
    )


def belonged_to_groups_tied_to(span: Span) -> bool:
    """Whether the attackers are said to belong to groups tied to the group ("the bombers
    belonged to domestic groups linked to the ADF"): a suspicion of it, not a claim."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in {"to", "with"}:
        return False
    tie = root.head.head
    if not (tie.lemma_.lower() in _TIES or tie.lower_ in _TIES):
        return False
    groups = tie.head if tie.dep_ in {"acl", "amod"} else None
    if groups is None or groups.dep_ != "pobj" or groups.head.lower_ != "to":
        return False
    belong = groups.head.head
    return belong.lemma_.lower() == "belong" and any(
        c.dep_ == "nsubj" and c.lower_ in ATTACKER_NOUNS for c in belong.children
    )
