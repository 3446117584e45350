"""Who and what an attack sentence names: perpetrators, victims, physical targets, weapons.

These read the dependency parse of one sentence. People are named only as the article names
them: a perpetrator is a PERSON entity the sentence ties to the attack (as the subject of an attack
verb, or in apposition to "gunman", "suspect", "bomber"...), never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from spacy.tokens import Span, Token

from .action_patterns import FORCE_NOUNS, POLICE_OPERATION_MODIFIERS
from .incident_patterns import HE_DID_IT
from .lexicon import ATTACKER_NOUNS, TARGET_NOUNS, TARGET_TYPES, WEAPON_PHRASES

_ATTACK_VERBS = frozenset(
    {
        "attack",
        "bomb",
        "shoot",
        "stab",
        "kill",
        "detonate",
        "explode",
        "open",
        "storm",
        "kidnap",
        "abduct",
        "assassinate",
        "murder",
        "ambush",
        "plant",
        "blow",
        "hijack",
        "ram",
        "drive",
        "massacre",
        "behead",
        "carry",
        "launch",
        "set",
        "torch",
        "fire",
    }
)
_VICTIM_VERBS = frozenset(
    {
        "kill",
        "wound",
        "injure",
        "kidnap",
        "abduct",
        "assassinate",
        "murder",
        "shoot",
        "stab",
        "hurt",
        "behead",
        "execute",
        "slay",
        "die",
    }
)
_NAMING_WORDS = frozenset({"identified", "named", "included", "including"})
_VICTIM_MARKERS = frozenset({"victim", "victims", "hostage", "hostages"})
_TARGET_PREPS = frozenset({"at", "on", "outside", "near", "against", "inside", "into", "of"})


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A value for one role and its character offsets in the article text."""

    text: str
    start: int
    end: int


def _span_of(tokens: list[Token]) -> RoleSpan:
    doc = tokens[0].doc
    span = doc[tokens[0].i : tokens[-1].i + 1]
    return RoleSpan(span.text, span.start_char, span.end_char)


# Verbs that always take the one they befall as object: without one, a headline left out "was"
# ("British lawmaker David Amess stabbed to death", "Mayor X killed in ambush").
_OBJECT_VERBS = frozenset(
    {"kill", "murder", "assassinate", "behead", "injure", "wound", "kidnap", "abduct", "stab"}
    | {"execute", "slay", "hurt"}
)


def _passive_headline(verb: Token) -> bool:
    """Whether an attack verb with a subject tells what befell the subject, as headlines do
    without "was": it has no object and either always takes one or ends "to death"/"dead"."""
    if any(child.dep_ in {"dobj", "auxpass"} for child in verb.children):
        return False
    if verb.tag_ not in {"VBD", "VBN"}:
        return False  # "gunmen kill", "will kill": present and future tell the doer
    dead = any(
        child.lower_ == "dead"
        or (child.lower_ == "to" and any(g.lower_ == "death" for g in child.children))
        for child in verb.children
    )
    return dead or verb.lemma_.lower() in _OBJECT_VERBS


def perpetrators(sent: Span) -> list[RoleSpan]:
    """PERSON entities the sentence ties to carrying out the attack."""
    found: list[RoleSpan] = []
    for ent in sent.ents:
        if ent.label_ == "ORG" and _name_given_the_attacker(ent):
            # "the gunman was Karim Cheurfi", the name labelled an organisation
            found.append(RoleSpan(ent.text, ent.start_char, ent.end_char))
            continue
        if ent.label_ != "PERSON" or len(ent.text) < 3:
            continue
        root = ent.root
        is_perp = False
        if _official(ent):
            continue  # "not including the bombers, federal prosecutor Frederic Van Leeuw said"
        if _a_name_given_to_the_attacker(root):
            continue  # "Islamic State called the gunman Abu Yahya al-Qayrawani": his war name
        if _leader_of_a_group(root):
            continue  # "Al Qaeda in Iraq, led by the Jordanian-born militant Abu Musab
            # al-Zarqawi, claimed responsibility": who leads the group, not who attacked
        if (
            (
                root.dep_ == "nsubj"
                and root.head.lemma_.lower() in _ATTACK_VERBS
                and not _passive_headline(root.head)
            )
            or (root.dep_ == "nsubj" and _shared_with_an_attack_verb(root.head))
            or (root.dep_ == "appos" and root.head.lower_ in ATTACKER_NOUNS)
            or _named_as_attacker(root)
            or _identified_as_attacker(root)
            or _named_after_the_attacker(root)
            or _named_as_the_suspect_told_before(root)
        ):
            is_perp = True
        else:
            before = sent.doc[max(sent.start, ent.start - 3) : ent.start]
            words = {t.lower_ for t in before}
            wider = {t.lower_ for t in sent.doc[max(sent.start, ent.start - 6) : ent.start]}
            sentence_words = {t.lower_ for t in sent}
            # "police named the bomber as ...": the attacker told before the name; not "named
            # them as X, ..., who lives in the same neighbourhood as the bomber", nor "a man
            # he knew had committed a terrorist act, named ... as X" (an adjective)
            told_before = {t.lower_ for t in sent.doc[sent.start : ent.start] if t.pos_ == "NOUN"}
            if words & ATTACKER_NOUNS or (
                wider & _NAMING_WORDS
                and told_before & (ATTACKER_NOUNS | {"driver", "bomber"})
                and not sentence_words & _VICTIM_MARKERS
            ):
                is_perp = True
        if is_perp:
            found.append(RoleSpan(ent.text, ent.start_char, ent.end_char))
    return found


_CALLING: Final = frozenset({"call", "dub", "hail"})


def _leader_of_a_group(root: Token) -> bool:
    """Whether the name is that of whoever "led" the group a participle phrase describes."""
    node = root
    for _ in range(3):
        if node.dep_ not in {"appos", "pobj", "compound"} or node.head is node:
            return False
        node = node.head
        if node.lower_ == "by" and node.head.lemma_.lower() == "lead" and node.head.dep_ == "acl":
            return True
    return False


def _a_name_given_to_the_attacker(root: Token) -> bool:
    """Whether the name is what someone "called the gunman": a name of war given by a group,
    not another attacker (the one named by the police stays the perpetrator)."""
    attacker = root.head
    return (
        root.dep_ == "appos"
        and attacker.lower_ in ATTACKER_NOUNS
        and attacker.dep_ == "dobj"
        and attacker.head.lemma_.lower() in _CALLING
    )


def _shared_with_an_attack_verb(verb: Token) -> bool:
    """Whether an attack verb joined to ``verb`` shares its subject: "Jamel Gorchene slipped
    into the secure entrance ... and stabbed her"."""
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.lemma_.lower() in _ATTACK_VERBS
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in verb.children
    )


# Titles and speech verbs that make a named person an official or a source, not a perpetrator.
_TITLE_WORDS = frozenset(
    {"prosecutor", "minister", "spokesman", "spokeswoman", "spokesperson", "commissioner"}
    | {"president", "mayor", "chief", "inspector", "judge", "lawyer", "secretary", "governor"}
    | {"ambassador", "director", "premier", "chancellor", "senator", "coordinator", "official"}
)
_SPEECH_LEMMAS = frozenset({"say", "tell", "announce", "add", "state", "confirm", "declare"})
# Verbs of reporting too: a person who reports, reveals or describes is a source of the news.
_REPORTING_LEMMAS = _SPEECH_LEMMAS | frozenset(
    {"report", "describe", "explain", "reveal", "disclose", "note", "stress", "indicate"}
)


def speaking(token: Token) -> bool:
    """Whether the person named at ``token`` (the root of the name) is a source of the news in
    this sentence: the subject of a verb of saying or reporting ("general hector gramajo morales
    has reported", "edmundo vargas carreno, chilean foreign ministry under secretary, has stated"),
    the source of "according to", the author of "a report by", or introduced as the reporter
    ("here is francisco benitez with a report")."""
    if token.dep_ == "appos":
        token = token.head
    head = token.head
    if token.dep_ in {"nsubj", "attr"} and head.lemma_ == "be":
        return any(child.lower_ == "here" for child in head.children)
    if token.dep_ == "nsubj":
        return head.lemma_.lower() in _REPORTING_LEMMAS
    if token.dep_ == "pobj":
        above = head.head
        return (head.lower_ == "to" and above.lower_ == "according") or (
            head.lower_ == "by" and above.lemma_.lower() in {"report", "recording"}
        )
    return False


def _official(ent: Span) -> bool:
    """Whether the named person is given a title ("federal prosecutor Frederic Van Leeuw") or is
    the one speaking ("..., Van Leeuw said")."""
    before = ent.doc[max(ent.sent.start, ent.start - 2) : ent.start]
    if any(t.lower_ in _TITLE_WORDS for t in before):
        return True
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_LEMMAS


def _name_given_the_attacker(ent: Span) -> bool:
    """An entity the recogniser labelled an organisation that reads as a person's name (two to
    four capitalised words, no group of the actor knowledge base) and is what "the gunman was"."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.is_title for t in words):
        return False
    groups = ent.doc.spans.get("veille_actors", [])
    if any(a.start < ent.end and ent.start < a.end for a in groups):
        return False
    root = ent.root
    return (root.dep_ == "attr" and _named_as_attacker(root)) or _identified_as_attacker(root)


def _named_as_attacker(root: Token) -> bool:
    """ "The attacker, named by prosecutors as Benjamin Herman", "the gunman was Karim Cheurfi",
    "The suspect, a 37-year-old Algerian named by French media as Brahim A.": the name is given
    to the attacker noun itself."""
    head = root.head
    if root.dep_ == "attr" and head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and c.lower_ in ATTACKER_NOUNS for c in head.children)
    node = root
    for _ in range(6):
        if node.dep_ not in {"pobj", "prep", "acl", "agent", "appos"} or node.head is node:
            return False
        node = node.head
        if node.lower_ in ATTACKER_NOUNS:
            return any(t.lower_ in {"named", "identified"} for t in node.subtree)
    return False


def _naming_verb(root: Token) -> Token | None:
    """The word that the "as" before the name hangs on ("identified the bomber as X", "named
    him as X"): the naming verb when the parse reads it so."""
    return root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else None


def _names(verb: Token) -> bool:
    return verb.lemma_.lower() in {"name", "identify"}


def _identified_as_attacker(root: Token) -> bool:
    """ "Investigators have identified the bomber as Akbarzhon Jalilov", "named the suspect as
    Abdulkadir Masharipov": the name given to the attacker noun the naming verb takes."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "as Rakim Bulgarov and Vadim Osmanov"
    verb = _naming_verb(root)
    if verb is not None and verb.dep_ == "relcl" and verb.head.lower_ in ATTACKER_NOUNS:
        # "identified two of the three suicide bombers who attacked ... as X": the parse hangs
        # "as" on the relative clause
        some = verb.head.head.head if verb.head.head.lower_ == "of" else None
        if some is not None and some.dep_ == "dobj":
            verb = some.head
    if verb is None or not _names(verb):
        return False
    return any(
        c.dep_ == "dobj" and (c.lower_ in ATTACKER_NOUNS or _some_of_the_attackers(c))
        for c in verb.children
    )


def _some_of_the_attackers(token: Token) -> bool:
    """ "identified two of the three suicide bombers", "named one of the attackers"."""
    if token.pos_ not in {"NUM", "PRON"}:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in ATTACKER_NOUNS for g in c.children)
        for c in token.children
    )


def _named_after_the_attacker(root: Token) -> bool:
    """ "The attacker was a 36-year-old Moroccan ...", then "A security source named him as
    Oussama Zariouh": "him" is the attacker the sentence before is about; so is the man it
    says did it ("... said they believed he had carried out both attacks", then "Norwegian
    media named him as Anders Behring Breivik")."""
    verb = _naming_verb(root)
    if verb is None or not _names(verb):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in {"him", "her"} for c in verb.children):
        return False
    sent = root.sent
    if sent.start == 0:
        return False
    before = root.doc[sent.start - 1].sent
    return HE_DID_IT.search(before.text) is not None or any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in ATTACKER_NOUNS for t in before
    )


_SUSPECTED_OF: Final = frozenset({"plant", "carry", "detonate", "attack", "bomb", "stab", "shoot"})


def _named_as_the_suspect_told_before(root: Token) -> bool:
    """ "..., including a Syrian woman suspected of planting the bomb", then "Soylu said the
    woman, whom police named as Ahlam Albashir, ...": the person named is the one suspected."""
    verb = _naming_verb(root)
    if verb is None or not _names(verb) or verb.dep_ != "relcl":
        return False
    person = verb.head
    if person.lower_ not in {"man", "woman"} or not any(c.lower_ == "the" for c in person.children):
        return False
    doc = root.doc
    for token in doc[: root.sent.start]:
        if token.lower_ != person.lower_:
            continue
        for acl in token.children:
            if (
                acl.dep_ == "acl"
                and acl.lemma_.lower() == "suspect"
                and any(t.lemma_.lower() in _SUSPECTED_OF for t in acl.subtree)
            ):
                return True
    return False


def victims(sent: Span) -> list[RoleSpan]:
    """PERSON entities the sentence says were killed, wounded, kidnapped or shot."""
    found: list[RoleSpan] = []
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        head = root.head
        if root.dep_ == "appos":
            root, head = head, head.head
        if (
            (root.dep_ == "nsubjpass" and head.lemma_.lower() in _VICTIM_VERBS)
            or (
                root.dep_ == "dobj"
                and head.lemma_.lower() in _VICTIM_VERBS
                and not _militant_killed_by_forces(root, head)
            )
            or (root.dep_ == "nsubj" and head.lemma_.lower() == "die")
            or (
                root.dep_ == "nsubj"
                and head.lemma_.lower() in _VICTIM_VERBS
                and _passive_headline(head)
            )
            or _victim_by_noun(root)
            or _victim_of_relative(root)
        ):
            found.append(RoleSpan(ent.text, ent.start_char, ent.end_char))
    return found


# What a man killed by the state's forces is called when he is no victim of an attack.
_MILITANT_NOUNS: Final = frozenset(
    {"militant", "leader", "commander", "chief", "jihadist", "mastermind"}
)


def _militant_killed_by_forces(person: Token, verb: Token) -> bool:
    """ "Indonesian anti-terrorism police killed Noordin Mohammad Top, the Malaysian-born
    militant blamed for the July bombings": a counter-terrorism force's target is no victim of
    the attacks he is blamed for. Troops who kill a civilian ("soldiers killed six Jesuit
    priests") still make victims, so the force must be a counter-terrorism one or the man a
    militant."""
    forces = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in FORCE_NOUNS]
    if not forces:
        return False
    counter_terror = any(
        m.lower_ in POLICE_OPERATION_MODIFIERS - {"police", "security"}
        for force in forces
        for m in force.children
        if m.dep_ in {"amod", "compound"}
    )
    militant = any(
        c.dep_ == "appos" and c.lemma_.lower() in _MILITANT_NOUNS for c in person.children
    )
    return counter_terror or militant


# Nouns of acts that befall a person: "the murder of lawmaker David Amess".
_ACTS_ON_A_PERSON = frozenset(
    {"murder", "killing", "assassination", "kidnapping", "abduction", "stabbing", "shooting"}
)


def _victim_by_noun(root: Token) -> bool:
    """ "the murder of lawmaker David Amess", "the kidnapping of X": the person the act befell."""
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in _ACTS_ON_A_PERSON
    )


def _victim_of_relative(root: Token) -> bool:
    """ "David Amess, who was stabbed to death at a meeting": the clause about the person says
    what befell them."""
    return any(
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in _VICTIM_VERBS
        and any(c.dep_ == "nsubjpass" and c.lower_ in {"who", "that"} for c in clause.children)
        for clause in root.children
    )


def targets(sent: Span, triggers: list[Token]) -> list[RoleSpan]:
    """Physical targets: the objects of attack words ("attacked the farm",
    "a bomb exploded outside the embassy", "the bombing of a market")."""
    found: list[RoleSpan] = []
    seen: set[int] = set()
    for trigger in triggers:
        candidates: list[Token] = []
        for child in trigger.children:
            if child.dep_ == "dobj":
                candidates.append(child)
            elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
        for noun in candidates:
            if noun.i in seen or noun.ent_type_ in {"PERSON", "GPE", "DATE", "TIME", "CARDINAL"}:
                continue
            if noun.lemma_.lower() not in TARGET_NOUNS and noun.lower_ not in TARGET_NOUNS:
                continue
            seen.add(noun.i)
            left = [t for t in noun.lefts if t.dep_ in {"compound", "amod", "det", "poss", "nmod"}]
            tokens = [*left, noun] if left else [noun]
            tokens.sort(key=lambda t: t.i)
            found.append(_span_of(tokens))
    return found


def target_types(words: list[str]) -> list[str]:
    """GTD target types named by target and victim words."""
    types: list[str] = []
    for phrase in words:
        for word in phrase.lower().split():
            kind = TARGET_TYPES.get(word)
            if kind is not None and kind not in types:
                types.append(kind)
    return types


_WEAPON_KEYS = sorted(WEAPON_PHRASES, key=lambda p: (-len(p.split()), -len(p)))

# Verbs whose objects are held, not used or attacked: "troops seized a rifle", "police found a car
# with 15 kg of dynamite", "the rebels captured 13 rocket launchers", "they delivered dynamite".
# In MUC-4's training templates 2 of about 300 weapons and 3 of about 900 targets were governed
# by one of them.
_HOLDING_VERBS = frozenset(
    {"seize", "confiscate", "capture", "find", "discover", "recover", "deliver", "surrender"}
)


def seized_or_found(token: Token) -> bool:
    """Whether the weapon or target word ``token`` names something seized, found or handed over
    rather than used or attacked: the nearest verb above it in the parse is one of
    :data:`_HOLDING_VERBS`."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor.lemma_ in _HOLDING_VERBS
    return False


def weapons(sent: Span) -> list[tuple[RoleSpan, str]]:
    """Weapon phrases in the sentence with their GTD weapon type, longest phrase first."""
    lowers = [t.lower_ for t in sent]
    taken: set[int] = set()
    found: list[tuple[RoleSpan, str]] = []
    for phrase in _WEAPON_KEYS:
        words = phrase.split()
        n = len(words)
        for i in range(len(lowers) - n + 1):
            if lowers[i : i + n] != words or taken & set(range(i, i + n)):
                continue
            tokens = [sent[j] for j in range(i, i + n)]
            # "mine" as a pronoun, "bomb" as a verb; "a machete attack" may be tagged an
            # adjective before its noun
            modifier = tokens[0].pos_ == "ADJ" and tokens[0].dep_ in {"amod", "compound"}
            if n == 1 and tokens[0].pos_ not in {"NOUN", "PROPN"} and not modifier:
                continue
            if (
                n == 1
                and i > 0
                and tokens[0].text[:1].isupper()
                and tokens[0].pos_ == "PROPN"
                and lowers[i - 1] in {"of", "in"}
            ):
                continue  # "the eastern Turkish province of Van": a name, not a vehicle
            if seized_or_found(tokens[-1]):
                continue
            taken.update(range(i, i + n))
            found.append((_span_of(tokens), WEAPON_PHRASES[phrase]))
    found.sort(key=lambda item: item[0].start)
    return found
