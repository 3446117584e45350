"""Whether a verb the action extractor found tells an action, and what of it.

Used by :mod:`veille.extract.actions` while it reads a sentence's action words: a participle that
describes people by their condition ("mothers detained in the camps"), a count of those held or
a question ("how many soldiers had been sent") tells no act; custody a court ordered, an offence
of ordinary crime, people flown or brought home, an attacker who gave himself up or a rescue team
that moved in are told apart here, each predicate on the verb (a spaCy token) and its parse.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

from ..nlp.numbers import find_quantities, word_to_number
from . import action_patterns as pat
from . import action_syntax as syn
from .action_actors import is_authority
from .action_context import Context
from .lexicon import ATTACKER_NOUNS, RAID_SIZE

__all__ = [
    "a_first_time",
    "a_team_moved_in",
    "an_attacker_gave_up",
    "arrested_before",
    "brought_home",
    "by_a_party",
    "charging",
    "conditional",
    "court_custody",
    "custody_of_the_ones_held",
    "describes_people",
    "describes_people_acted_on",
    "flown",
    "generic_people",
    "how_many",
    "killed_by_the_forces",
    "ordinary_offence",
    "present_state",
    "share_of_people",
    "standing_count",
    "the_ones_held",
    "with_the_others",
]


def the_ones_held(verb: Token) -> bool:
    """ "The three detained in Morocco were placed in custody": a participle that tells which
    people, already arrested, the sentence is about."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.i < verb.i
        and any(c.dep_ == "det" and c.lower_ in {"the", "those", "these"} for c in head.children)
    )


def with_the_others(verb: Token) -> int | None:
    """The total of "arrested four people ... and five others": the parts added, or ``None``."""
    patient = syn.patient(verb)
    if patient is None:
        return None
    first = syn.child_of(patient, {"nummod"})
    others = next(
        (
            t
            for t in verb.doc[patient.i + 1 : verb.sent.end]
            if t.lower_ == "others" and syn.child_of(t, {"nummod"}) is not None
        ),
        None,
    )
    if first is None or others is None:
        return None
    second = syn.child_of(others, {"nummod"})
    assert second is not None
    a, b = word_to_number(first.lower_), word_to_number(second.lower_)
    return a + b if a is not None and b is not None else None


def flown(verb: Token) -> bool:
    """ "The group flown home ...": a participle describing who was flown (which the parse
    may take for a past tense with "group" as its subject)."""
    if verb.dep_ == "acl":
        return True
    return verb.lower_ == "flown" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def brought_home(verb: Token) -> bool:
    """ "brought five women and 14 children home", "brought back 110 citizens", "brought 47
    Kazakh citizens ... out of Syria": people a state brings home from abroad."""
    doc = verb.doc
    end = min(verb.sent.end, verb.i + 20)
    for token in doc[verb.i + 1 : end]:
        if token.tag_ in {"VBD", "VBZ", "VBP"} or token.text == ";":
            return False  # another clause: "brought ... and the men have been taken"
        if token.lower_ in {"home", "back"} and doc[token.i - 1].lower_ != "at":
            after = doc[token.i + 1 : token.i + 3]
            # however the parse hangs it ("four men suspected of ... home"); not "The new
            # realities were brought home to British diplomats"
            return not (
                token.lower_ == "home"
                and len(after) == 2
                and after[0].lower_ == "to"
                and after[1].pos_ != "PROPN"
            )
        if (
            token.lower_ == "out"
            and token.i + 2 < end
            and doc[token.i + 1].lower_ == "of"
            and doc[token.i + 2].pos_ == "PROPN"
        ):
            return True  # "out of Syria", not "out of the compound" (a rescue)
    return False


def arrested_before(verb: Token) -> bool:
    """Whether the arrest is the people's record, told in the past perfect with "previously"
    ("some of the suspects had previously been arrested in terrorism cases in Spain"): an
    earlier, untold act, not one the news reports."""
    return any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in {"previously", "once", "already"} for c in verb.children
    )


def ordinary_offence(verb: Token) -> bool:
    """Whether the arrest was for an offence of ordinary crime: "detained in Lyon on
    suspicion of stealing a jacket", "arrested for shoplifting"."""
    for prep in verb.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in {"on", "for"}
            and any(syn.lemma(t) in pat.ORDINARY_OFFENCES for t in prep.subtree)
        ):
            return True
    return False


def court_custody(verb: Token) -> bool:
    """Whether the custody is a court's order: the placing verb told as what someone ordered
    ("ordered a man held in custody"). "has been remanded in custody" stays the arrest told
    again (week 32)."""
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        verb = verb.head  # "ordered [a man held in custody]", parsed as the man's participle
    if verb.dep_ == "conj" and charging(verb.head):
        return True  # "was placed under formal investigation ... and was remanded in custody"
    if verb.dep_ in {"ccomp", "xcomp", "oprd", "dobj"} and syn.lemma(verb.head) == "order":
        return True
    # "A court later ordered two of them, both aged 21, held in custody": the parse may hang
    # the placing verb anywhere under the court's order
    return any(
        syn.lemma(a) == "order" and any(c.lower_ in {"court", "judge"} for c in a.children)
        for a in list(verb.ancestors)[:3]
    )


def charging(verb: Token) -> bool:
    """ "charged", "indicted", "placed under formal investigation": a charge's verb."""
    if syn.lemma(verb) in {"charge", "indict"}:
        return True
    return syn.lemma(verb) == "place" and any(
        t.lower_ == "investigation" for t in verb.subtree if t.i > verb.i
    )


def custody_of_the_ones_held(verb: Token) -> bool:
    """Whether the people placed in custody are told by their arrest ("The three detained in
    Morocco were placed in custody")."""
    subject = syn.child_of(verb, {"nsubjpass"})
    return subject is not None and any(
        c.lemma_.lower() in {"detain", "arrest", "hold"} and the_ones_held(c)
        for c in subject.children
    )


def conditional(verb: Token) -> bool:
    """Whether a verb is under a modal of possibility or rule ("would need", "could face")."""
    return syn.is_verb(verb) and any(
        c.dep_ == "aux" and c.lower_ in pat.CONDITIONAL_MODALS for c in verb.children
    )


def share_of_people(verb: Token) -> bool:
    """Whether the acted-on are a share of a group ("Ninety-four percent of the people tried
    for jihadist terrorism offences were found guilty"): a statistic, not an act."""
    return any(
        t.lower_ in {"percent", "%"} or t.lemma_.lower() == "percentage"
        for c in verb.children
        if c.dep_ in {"nsubjpass", "dobj", "nsubj", "csubj", "csubjpass"}
        for t in c.subtree
    )


def standing_count(verb: Token) -> bool:
    """Whether a participle describes many people counted as they stand ("at least 20,000
    foreigners detained in north-east Syria"): the figures extractor reports the count."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    noun = verb.head
    numbers = [c for c in noun.children if c.dep_ == "nummod"]
    if not numbers:
        return False
    words = " ".join(t.text for t in numbers[0].subtree)
    found = find_quantities(words)
    size = max((q.value or q.minimum or 0) for q in found) if found else 0
    return size >= RAID_SIZE  # more than one operation takes: their state


def by_a_party(verb: Token) -> bool:
    """Whether a political party expels ("the regional branch of the ruling United Russia party
    said it had expelled him"), itself or as the speaker "it" stands for."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "ccomp" and any(s.pos_ == "PRON" for s in subjects):
        subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() == "party" for s in subjects for t in s.subtree)


def a_first_time(verb: Token) -> bool:
    """Whether the act is told in "It is the first time ... that ...": a remark on an act told
    before."""
    return any(
        t.lower_ == "time" and any(c.lower_ == "first" for c in t.children)
        for a in verb.ancestors
        for t in (a, *a.children)
    )


def a_team_moved_in(verb: Token, agent: Span | None) -> bool:
    """Whether a rescue or assault team is the subject of "moved in" ("as an FBI rescue team
    moved in"); not "moved in with his parents", nor troops moving into a region."""
    particle = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "in" for c in verb.children)
    if not particle or agent is None or any(c.dep_ == "prep" for c in verb.children):
        return False
    return any(t.lower_ in pat.ASSAULT_TEAM_WORDS for t in agent)


def an_attacker_gave_up(verb: Token, agent: Token | None) -> bool:
    """Whether a named attacker or an attacker noun is the subject of "surrendered", with no
    object ("surrendered his weapons" gives up things) and not in a clause of intent."""
    head = verb
    while agent is None and head.dep_ == "conj" and head.head.i != head.i:
        # "Bowers was shot and wounded ... and surrendered": the subject the verbs share
        head = head.head
        agent = syn.child_of(head, {"nsubj", "nsubjpass"})
    if agent is None or syn.child_of(verb, {"dobj"}) is not None:
        return False
    if verb.dep_ in {"xcomp", "ccomp"} or syn.child_of(verb, {"neg"}) is not None:
        return False
    # a surname the article gave in full before ("Robert Bowers", then "Bowers")
    named = agent.text[:1].isupper() and any(
        e.label_ == "PERSON" and e[-1].text == agent.text for e in agent.doc.ents
    )
    return agent.ent_type_ == "PERSON" or named or agent.lower_ in ATTACKER_NOUNS


_ORDERING: Final = frozenset({"order", "direct", "command", "instruct"})


def describes_people(verb: Token, ctx: Context) -> bool:
    """Whether a participle with no count and no date describes people by their condition
    ("many mothers detained in the camps", "the families of dead or imprisoned militants",
    "illegal immigrants arrested for crimes") rather than telling an act."""
    if verb.dep_ == "conj" and verb.head.dep_ == "amod":
        return True  # "dead or imprisoned militants"
    if verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.tag_ == "VBN":
        verb = verb.head  # "militants killed or imprisoned by Israel": as the first participle
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.tag_ not in {"NNS", "NNPS"}:
        return False
    if verb.head.dep_ == "dobj" and syn.lemma(verb.head.head) in _ORDERING:
        return False  # "Sisi also ordered army units deployed across the country": an order
    if any(c.dep_ == "nummod" for c in verb.head.children) or syn.number_change(verb):
        return False  # "two men detained in a raid", "the number of soldiers deployed ... would
        # rise": people counted by the act
    words = [t.i for t in verb.subtree]
    first, last = min(words), max(words)
    doc = verb.doc
    return not any(doc[first].idx <= m.start < doc[last].idx + len(doc[last]) for m in ctx.dates)


def how_many(verb: Token) -> bool:
    """Whether the verb's subject or object is asked about ("how many soldiers had been sent",
    "how many people were detained"): an indirect question tells no act."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.left_edge.lower_ == "how"
        for c in verb.children
    )


def present_state(verb: Token) -> bool:
    """Whether a passive in the present tense tells a state ("their father is detained in a
    separate camp", "2,000 US troops are stationed", "who are reportedly deployed alongside"):
    outside a headline, whose present tells past acts ("Three men are arrested in Brussels")."""
    if verb.sent.start == 0:
        return False
    return any(
        c.dep_ in {"auxpass", "aux"} and c.lower_ in {"is", "are", "am"} for c in verb.children
    ) and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def generic_people(verb: Token) -> bool:
    """Whether a participle describes a kind of people ("people convicted of terrorism
    offences", "offenders sentenced to ..."), not people the article reports on."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.tag_ == "NNS"
        and not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children)
    )


def describes_people_acted_on(verb: Token) -> bool:
    """Whether a participle describes the people another action befalls ("deported 28 Afghan
    nationals convicted of crimes"): their past, not news."""
    noun = verb.head
    above = noun.head
    return (
        verb.dep_ == "acl"
        and noun.dep_ in {"dobj", "nsubjpass"}
        and syn.is_verb(above)
        and syn.lemma(above) in pat.VERB_TRIGGERS
        and pat.VERB_TRIGGERS[syn.lemma(above)] not in {"conviction", "sentence", "charge"}
    )


# Those the security forces shoot dead in an operation: "four suspects were shot dead".
_SUSPECT_NOUNS: Final = frozenset(
    {"suspect", "militant", "attacker", "gunman", "assailant", "jihadist", "bomber", "insurgent"}
)


def killed_by_the_forces(
    verb: Token, patient: Token | None, agent: Span | None, ctx: Context
) -> bool:
    """ "Police shot dead three militants", "four suspects were shot dead in an exchange of
    fire": suspects killed by the authorities, an operation of theirs. With no doer told, only
    suspects ("four suspects were shot dead"): militants killed may be anyone's victims."""
    # "shot dead two suspects" (the parse may take "dead" for their adjective), "shot the
    # attacker dead"
    dead = (verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "dead") or any(
        c.lower_ == "dead" for c in verb.children
    )
    if syn.lemma(verb) == "shoot" and not dead:
        return False  # "shot and wounded": no killing; "shot dead", "shot the attacker dead"
    if patient is None or syn.lemma(patient) not in _SUSPECT_NOUNS:
        return False
    if verb.dep_ == "acl":
        return False  # "the families of militants killed by Israeli forces": who they were
    if agent is None:
        return syn.lemma(patient) == "suspect" and verb.tag_ == "VBN"
    doer = syn.lemma(agent.root)
    if (
        doer in pat.NOUN_TRIGGERS
        or doer in pat.AIR_NOUNS
        or doer.removesuffix("s") in pat.AIR_NOUNS
    ):
        return False  # "U.S. air strikes killed several militants": the strike is the act
    return is_authority(agent, ctx)
