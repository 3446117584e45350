"""Death and injury tolls stated in a sentence, with their hedging and who stated them.

A toll is a quantity tied to a killing or wounding word: "killing at least 129 people",
"129 people were killed", "the death toll rose to 30", "left 12 dead", "no one was hurt".
Quantities that count a part of a toll already given ("including 2 women", "two of the dead")
are not tolls of their own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final, Literal

from spacy.tokens import Doc, Span, Token

from ..models import Quantity
from ..nlp.numbers import find_quantities
from ..nlp.text import doc_text
from .action_patterns import AIR_NOUNS
from .lexicon import (
    ATTACKER_NOUNS,
    AUTHORITY_SUBJECTS,
    KILL_WORDS,
    PEOPLE_NOUNS,
    SUBSET_MARKERS,
    WOUND_WORDS,
)

TollKind = Literal["killed", "wounded"]

# Words allowed between a quantity and its killing word: "12 people were reportedly killed".
_BRIDGE_WORDS = frozenset(
    {
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "be",
        "are",
        "is",
        "reportedly",
        "also",
        "all",
        "later",
        "other",
        "more",
        "others",
        "being",
        "confirmed",
        "feared",
        "believed",
        "thought",
        "to",
        "and",
        "seriously",
        "critically",
        "badly",
        "slightly",
        "instantly",
        "people",
        "in",
        "the",
        "attack",
        "blast",
        "explosion",
        "incident",
        "got",
        "left",
    }
)
_LEFT_BRIDGE_WORDS = frozenset(
    {"a", "an", "the", "some", "about", "at", "least", "off", "to", "all"}
)
_VERB_FORMS = frozenset({"killing", "killed", "wounding", "injuring", "wounded", "injured"})
_TOLL_NOUNS = frozenset({"toll", "tally"})
_TOLL_LINKS = frozenset({"to", "at", "of", "reached", "hit", "is", "was", "stood", "stands"})
_NONE_HURT = re.compile(
    r"\bno(?:body| one|-one)\s+(?:else\s+)?(?:was|were|has been|had been|is)\s+"
    r"(?:(?:reported\s+)?(killed|hurt|injured|wounded|harmed))\b"
    r"|\bno\s+(casualties|deaths|fatalities|injuries)\s+(?:were\s+|was\s+|have been\s+)?"
    r"(?:reported|caused)\b"
    r"|\bwithout\s+(?:causing\s+)?(casualties|injuries)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TollFinding:
    """One toll stated in a sentence. The quantity's offsets are in the article text."""

    kind: TollKind
    quantity: Quantity
    said_by: str | None
    superseded: bool = False
    """Whether the sentence tells that a later figure of the same kind replaced this one."""


# "The presidency first said at least 14 ...", "initially put the toll at": a figure told as
# the first of two; "but the Interior Ministry later put the toll at 12": the one replacing it.
_FIRST_TOLD = re.compile(
    r"\b(?:first|initially|originally|earlier)\b[^,;]{0,60}$"
    # "The Health Ministry had put the toll at 39 dead and 36 wounded, but ... said ... 38"
    r"|\bhad (?:put|given|set) the (?:death )?toll at $",
    re.IGNORECASE,
)
_LATER_TOLD = re.compile(r"\b(?:later|since|subsequently|but)\b|\brevised\b|\bcorrected\b", re.I)


def _mark_superseded(sent: Span, findings: list[TollFinding]) -> list[TollFinding]:
    """``findings`` with a figure marked superseded when the sentence tells it first and a later
    figure of the same kind replacing it ("first said at least 14 people had been killed, but
    the Interior Ministry later put the toll at 12"; "It first said more than 50 militants ...
    had been killed ..., and later put the toll at about 80")."""
    text = doc_text(sent.doc)

    def replaced(index: int, first: TollFinding) -> bool:
        return bool(_FIRST_TOLD.search(text[sent.start_char : first.quantity.start])) and any(
            f.kind == first.kind and _LATER_TOLD.search(text[first.quantity.end : f.quantity.start])
            for f in findings[index + 1 :]
        )

    return [
        dataclasses.replace(f, superseded=True) if replaced(i, f) else f
        for i, f in enumerate(findings)
    ]


_SAYING_LEMMAS = frozenset({"say", "report", "put", "give", "announce", "tell"})
_HARM: Final = r"\b(?:toll|killed|dead|died|injur\w*|wounded|hurt)\b"
_COUNTED: Final = r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
_CURRENT_COUNT = re.compile(rf"{_HARM}.*{_COUNTED}|{_COUNTED}.*{_HARM}", re.IGNORECASE)


def _an_earlier_count(sent: Span) -> bool:
    """Whether the sentence tells a count as one given before the count the sentence before it
    states ("Officials have put the toll at 20 people killed, not counting the two gunmen. A
    U.N. official had said on Friday that 27 bodies had been found in the hotel."): a saying
    verb in the past perfect with the day it was said, after a sentence with a toll."""
    root = sent.root
    if root.lemma_.lower() not in _SAYING_LEMMAS or not any(
        c.dep_ == "aux" and c.lower_ == "had" for c in root.children
    ):
        return False
    # the day it was said, before ("had said on Friday"); not "Officials at Sanglah Hospital
    # had put the toll at 23", another source's count of the same time
    if (
        not any(t.ent_type_ in {"DATE", "TIME"} for t in root.children)
        and not any(
            c.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
            for c in root.children
        )
        # "Police had earlier said five people ... were hurt"
        and not any(c.dep_ == "advmod" and c.lower_ == "earlier" for c in root.children)
    ):
        return False
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return _CURRENT_COUNT.search(before.text) is not None


def _kind_of(word: str) -> TollKind | None:
    word = word.lower()
    if word in KILL_WORDS:
        return "killed"
    if word in WOUND_WORDS:
        return "wounded"
    return None


def _token_kind(token: Token) -> TollKind | None:
    return _kind_of(token.lower_) or _kind_of(token.lemma_)


def find_tolls(sent: Span) -> list[TollFinding]:
    """Tolls stated in one sentence (a spaCy span), in text order."""
    doc = sent.doc
    base = sent.start_char
    findings: list[TollFinding] = []
    said_by = speaker_of(sent)
    counted: set[int] = set()  # number tokens already added to a coordinated toll
    for found in find_quantities(sent.text):
        start, end = base + found.start, base + found.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0 or span.root.i in counted:
            continue
        if _is_age(span) or _might_have(span) or _object_of_another_verb(span):
            continue
        if _COMBINED_BEFORE.search(doc_text(doc), max(base, start - 60), start) or (
            _COMBINED_AFTER.match(doc_text(doc), end)
        ):
            continue  # "put the number of dead and wounded at more than 100": both at once
        kind = _left_kind(span) or _right_kind(span) or _gapped_kind(span, findings)
        if kind is not None and (_by_a_war(span) or _when_aircraft_struck(span)):
            continue  # "The war has killed more than 10,000 people": no attack's toll
        if kind is None or _is_subset(span):
            continue
        if kind == "killed" and _perpetrators_killed_by_police(span):
            continue  # "police killed two suspected militants in a shootout": no victims
        quantity = Quantity(
            value=found.value,
            qualifier=found.qualifier,
            minimum=found.minimum,
            maximum=found.maximum,
            text=found.text,
            start=start,
            end=end,
        )
        if found.value is not None and found.maximum in {None, found.value}:
            quantity = _with_coordinated(span, quantity, counted)
        if kind == "wounded" and quantity.qualifier is None and _still_there(span):
            # "Thirty-four people remained in hospital": some of the wounded, at least that many
            quantity = dataclasses.replace(quantity, qualifier="at least", minimum=quantity.value)
        findings.append(TollFinding(kind, quantity, said_by))
    if any(f.kind == "killed" for f in findings):
        # "stabbed three men, killing one": the three are all the victims, not the wounded
        findings = [f for f in findings if not (f.kind == "wounded" and _all_stabbed(doc, f))]
    findings = _mark_superseded(sent, findings)
    if findings and _an_earlier_count(sent):
        findings = [dataclasses.replace(f, superseded=True) for f in findings]
    if not any(f.kind == "killed" for f in findings):
        findings.extend(_deaths_without_number(sent, said_by) or _killing_of(sent, said_by))
    if findings and not any(f.kind == "wounded" for f in findings):
        findings.extend(_one_more_wounded(sent, said_by))
    if not findings:
        findings.extend(_both_of_them(sent, said_by))
    if not any(f.kind == "wounded" for f in findings):
        findings.extend(_one_wounded(sent, said_by))
    else:
        findings = [_and_one_more_hurt(sent, f) for f in findings]
    findings.extend(_none_hurt(sent, said_by))
    return findings


def _all_stabbed(doc: Doc, finding: TollFinding) -> bool:
    """Whether the count is the object of "stabbed" ("stabbed three men")."""
    span = doc.char_span(finding.quantity.start, finding.quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"stab", "slash"}


# A count of the dead and the wounded together, neither toll: "put the number of dead and
# wounded at more than 100", "more than 100 dead and wounded"
_COMBINED: Final = r"(?:dead|killed|deaths)\s+(?:and|or)\s+(?:wounded|injured|injuries)"
_COMBINED_BEFORE: Final = re.compile(rf"(?i)\b{_COMBINED}\s+(?:at|to|as|of)\s+$")
_COMBINED_AFTER: Final = re.compile(rf"(?i)\s+(?:people\s+)?{_COMBINED}\b")


# "Both victims were seriously wounded": two people told before, counted by "both"
_BOTH_HARMED: Final = re.compile(
    r"\b(?P<both>[Bb]oth (?:victims|men|women|officers|tourists|soldiers|policemen))\s+"
    r"(?:were|had been|have been)\s+(?:\w+ly\s+)?(?P<verb>killed|wounded|injured|hurt)\b"
)


# "One of the victims was seriously hurt ..., and the other had minor injuries": both hurt
_ONE_AND_THE_OTHER_HURT: Final = re.compile(
    r"\b(?P<both>One of the (?:two )?(?:victims|women|men|officers|tourists|soldiers|shoppers))"
    r"\s+(?:was|had been)\s+(?:\w+ly\s+)?(?P<verb>wounded|injured|hurt)\b[^.;]{0,120}?"
    r"\band the other\s+(?:had|suffered|was|sustained)\s+(?:\w+\s+)?(?:injur\w*|hurt|wound\w*)"
)


def _both_of_them(sent: Span, said_by: str | None) -> list[TollFinding]:
    """Two killed or wounded, told as "both" of the people named before, or as one of them and
    the other."""
    match = _BOTH_HARMED.search(sent.text) or _ONE_AND_THE_OTHER_HURT.search(sent.text)
    if match is None:
        return []
    start, end = sent.start_char + match.start("both"), sent.start_char + match.end("both")
    kind: TollKind = "killed" if match.group("verb") == "killed" else "wounded"
    quantity = Quantity(2, None, None, None, match.group("both"), start, end)
    return [TollFinding(kind, quantity, said_by)]


def _and_one_more_hurt(sent: Span, finding: TollFinding) -> TollFinding:
    """A wounded count with one more person told hurt in the clause joined to it: "The two
    motorcyclists suffered serious leg injuries and a municipal police officer was slightly
    hurt" is 3 wounded."""
    quantity = finding.quantity
    if finding.kind != "wounded" or quantity.value is None or quantity.maximum is not None:
        return finding
    count = sent.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if count is None:
        return finding
    verb = next((t for t in count.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return finding
    for hurt in verb.conjuncts:
        if hurt.i < verb.i or hurt.lemma_.lower() not in {"wound", "injure", "hurt"}:
            continue
        subject = next((c for c in hurt.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            # the parse may join the person to the injuries before: "suffered serious leg
            # injuries and a municipal police officer was slightly hurt"
            before = [t for t in sent.doc[count.end : hurt.i] if t.pos_ in {"NOUN", "VERB"}]
            subject = before[-1] if before and before[-1].dep_ == "conj" else None
        if subject is None or not _one_victim(subject) or subject.i < count.end:
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
            continue
        end = subject.idx + len(subject)
        text = doc_text(sent.doc)[quantity.start : end]
        minimum = quantity.value + 1 if quantity.minimum is not None else None
        more = Quantity(
            quantity.value + 1, quantity.qualifier, minimum, None, text, quantity.start, end
        )
        return TollFinding("wounded", more, finding.said_by)
    return finding


def _with_coordinated(span: Span, quantity: Quantity, counted: set[int]) -> Quantity:
    """The toll of coordinated victims counted one by one: "kills two police officers and a
    bystander" is 3, "killed two soldiers and three civilians" 5. The numbers added are noted in
    ``counted`` so that they make no toll of their own."""
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is None or quantity.value is None:
        return quantity
    total, last = quantity.value, None
    doc = span.doc
    closed = False  # the list has had its "and": a comma after it starts an apposition
    for conj in _listed_after(noun):
        if conj.i < noun.i or conj.pos_ not in {"NOUN", "PROPN"}:
            continue
        before = doc[conj.left_edge.i - 1]
        if closed and before.text == ",":
            break  # "three police officers and an administrative worker, three men and a woman"
        closed = closed or before.lower_ in {"and", "or"}
        numbers = [c for c in conj.children if c.dep_ == "nummod"]
        if numbers:
            values = [q.value for q in find_quantities(numbers[0].text)]
            if len(values) != 1 or values[0] is None:
                return quantity  # "and dozens of others": the total is not known
            total += values[0]
            counted.add(numbers[0].i)
        elif any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in conj.children):
            total += 1
        elif (
            conj.tag_ == "NN"
            and conj.lemma_.lower() not in ATTACKER_NOUNS
            and conj.lower_ not in _SUSPECT_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in conj.children)
            and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in conj.children)
        ):
            # "killing five Israelis and the Bulgarian driver": one more victim, told by his
            # nationality (not "two officers and the driver", who may be the attacker's)
            total += 1
        else:
            return quantity  # "two officers and the attacker": not counted one by one
        last = conj
    if last is None:
        return quantity
    end = last.idx + len(last.text)
    minimum = total if quantity.minimum is not None else None
    text = doc_text(span.doc)[quantity.start : end]
    return Quantity(total, quantity.qualifier, minimum, None, text, quantity.start, end)


def _listed_after(noun: Token) -> list[Token]:
    """The nouns coordinated after ``noun``; for nationalities, a list the parse hangs as an
    apposition too ("killing two Americans, a Dutchman and a Swiss": 4, not 2)."""
    listed = [c for c in noun.conjuncts if c.i > noun.i]
    if listed or noun.pos_ != "PROPN":
        return listed
    for appos in noun.children:
        if appos.dep_ != "appos" or appos.pos_ != "PROPN" or not appos.conjuncts:
            continue
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in appos.children):
            return [appos, *[c for c in appos.conjuncts if c.i > appos.i]]
    return []


# Words for one person killed, when the text counts no number: "stabbed a 14-year-old boy to
# death", "a police officer ... has died", "a woman and her daughter have died".
_VICTIM_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "child", "teenager", "officer", "policeman", "policewoman"}
    | {"teacher", "priest", "soldier", "passer-by", "tourist", "daughter", "son", "mother"}
    | {"father", "wife", "husband", "student", "worker", "guard", "journalist", "worshipper"}
    | {"employee", "nurse", "doctor", "pensioner", "shopkeeper", "imam", "rabbi", "pupil"}
    | {"civilian", "commander", "partner", "lawmaker", "politician", "ambassador", "diplomat"}
    | {"sacristan", "verger", "caretaker", "monk", "pastor", "vicar"}
    | {"bystander", "customer", "mayor", "judge", "lawyer", "cleric", "volunteer"}
    | {"employer", "boss", "manager", "owner"}
    | {"waitress", "waiter", "cleaner", "shopper", "butcher", "cook"}
    # "the head of the provincial bar association was shot dead"
    | {"head", "president", "governor", "minister", "official"}
)
_FORCE_AGENTS = frozenset({"police", "officers", "officer", "troops", "soldiers", "forces"})
_DEATH_ADJUNCTS = frozenset({"dead", "death"})
# Who kills the attacker, not a victim: "A Belgian soldier shot dead a man who had tried ...".
_FORCE_SUBJECTS = frozenset({"soldier", "policeman", "officer", "gendarme", "police", "troops"})
# Verbs that kill only "to death": "stabbed a boy to death", "hacked him to death".
_TO_DEATH_VERBS = frozenset({"stab", "hack", "beat", "bludgeon"})
# Verbs whose infinitive is an aim: "meant to kill", "tried to kill", "planned to murder".
_AIMING_VERBS = frozenset(
    {"mean", "try", "plan", "want", "intend", "hope", "aim", "attempt", "seek", "plot", "vow"}
)


def _deaths_without_number(sent: Span, said_by: str | None) -> list[TollFinding]:
    """One killed per person the sentence says died or was killed, with no number: "stabbed a
    14-year-old boy to death" (1), "a woman and her two-year-old daughter have died" (2). Not
    the attacker ("was shot dead by armed officers"), not a hypothesis or a negation."""
    told: list[tuple[int, Span]] = []
    for token in sent:
        lemma = token.lemma_.lower()
        shot_dead = _shot_dead_verb(token)  # "Corporal Nathan Cirillo was shot dead"
        if token.pos_ != "VERB" or not (
            lemma in {"die", "kill", "murder", "behead"} | _TO_DEATH_VERBS or shot_dead
        ):
            continue
        if any(
            c.dep_ in {"neg", "aux"} and c.lower_ in _MODALS | {"not", "never"}
            for c in token.children
        ):
            continue
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in _AIMING_VERBS:
            continue  # "they meant to kill a police officer": an aim, not a death
        deadly = lemma not in _TO_DEATH_VERBS or any(
            t.lower_ in _DEATH_ADJUNCTS for t in token.subtree if t.i > token.i
        )
        if not deadly:
            continue
        deps = {"nsubj"} if lemma == "die" else {"dobj", "nsubjpass"}
        victim = next((c for c in token.children if c.dep_ in deps), None)
        if victim is None and token.dep_ == "acl" and token.tag_ == "VBN" and lemma != "die":
            victim = token.head  # "The soldier killed by two men in a street ... was named"
        if victim is not None and victim.lower_ in {"who", "that"} and token.dep_ == "relcl":
            victim = token.head  # "that of journalist Lyra McKee, who was shot dead"
        if victim is None and shot_dead:
            # "shot dead a police officer and a civilian", parsed as "dead" governing them
            dead = next(c for c in token.children if c.lower_ == "dead")
            victim = next((c for c in dead.children if c.dep_ == "pobj"), None)
        if victim is None:
            continue
        by_forces = any(
            t.lower_ in _FORCE_AGENTS
            for c in token.subtree
            if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "with"}
            for t in c.subtree
            if _in_clause_of(t, token)
        )
        by_forces = (
            by_forces
            or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _FORCE_SUBJECTS for c in token.children
            )
            # "Abaaoud was killed in a police raid in Saint-Denis"
            or any(
                t.lemma_.lower() in {"raid", "operation", "shootout", "assault"}
                and any(m.lower_ in _FORCE_AGENTS | {"security"} for m in t.children)
                for t in token.subtree
            )
        )
        if by_forces:
            continue  # "shot dead by armed officers", "A Belgian soldier shot dead a man"
        # "killing a 30-year-old rabbi who taught there, his two young sons and a young
        # daughter": the parser may hang the list as two objects
        objects = [
            victim,
            *(
                c
                for c in token.children
                if c.dep_ in deps and c.i != victim.i and c.lower_ not in {"who", "that"}
            ),
        ]
        people = [p for o in objects for p in (o, *(c for c in o.children if c.dep_ == "conj"))]
        counts = [1 if _one_victim(p) else _few_victims(p) for p in people]
        if any(n is None for n in counts) or not any(_one_victim(p) for p in people):
            continue
        doc = sent.doc
        first = min(p.left_edge.i for p in people)
        last = people[-1].i
        span = doc[first : last + 1]
        told.append((sum(n or 0 for n in counts), span))
    if not told:
        return []
    # "stabbed a police commander to death ... and then killed the officer's partner": two
    count = sum(n for n, _ in told)
    first_span, last_span = told[0][1], told[-1][1]
    text = doc_text(sent.doc)[first_span.start_char : last_span.end_char]
    quantity = Quantity(count, None, None, None, text, first_span.start_char, last_span.end_char)
    return [TollFinding("killed", quantity, said_by)]


_KILLING_NOUNS = frozenset({"killing", "murder", "assassination"})
_TRIED = frozenset({"attempted", "attempt", "failed", "planned", "plotted", "foiled"})


_PAST_CRIME_WORDS: Final = frozenset({"accessory", "bail"})


def _killing_of(sent: Span, said_by: str | None) -> list[TollFinding]:
    """One killed for "the killing of Labour lawmaker Jo Cox", "the murder of a teacher": a
    killing noun of one person the text names or describes."""
    for token in sent:
        if token.pos_ != "NOUN" or token.lower_ not in _KILLING_NOUNS:
            continue
        if any(c.lower_ in _TRIED for c in token.children if c.dep_ in {"amod", "compound"}):
            continue  # "guilty of the attempted murder of Lyle Zimmerman": he lived
        if any(a.lower_ in _PAST_CRIME_WORDS for a in list(token.ancestors)[:4]):
            continue  # "on bail on a charge of being an accessory to the murder of his former
            # wife": a crime he was charged with before, not this attack's dead
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        victim = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if victim is None or any(c.dep_ == "conj" for c in victim.children):
            continue
        if not _one_victim(victim):
            continue
        span = sent.doc[victim.left_edge.i : victim.i + 1]
        quantity = Quantity(1, None, None, None, span.text, span.start_char, span.end_char)
        return [TollFinding("killed", quantity, said_by)]
    return []


def _one_wounded(sent: Span, said_by: str | None) -> list[TollFinding]:
    """One wounded for "A 77-year-old man who tried to help her was also attacked and
    wounded": one person, told with "a", whom the passive wounding befalls."""
    for token in sent:
        if token.tag_ != "VBN" or token.lemma_.lower() not in {"wound", "injure", "hurt"}:
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue
        # "Two men ... died at the scene, and a 28-year-old woman was wounded": the subject of
        # its own clause first
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if subject is None and token.dep_ == "conj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
        if subject is None or not _one_victim(subject):
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
            continue
        span = sent.doc[subject.left_edge.i : subject.i + 1]
        quantity = Quantity(1, None, None, None, span.text, span.start_char, span.end_char)
        return [TollFinding("wounded", quantity, said_by)]
    return _a_second_one_stabbed(sent, said_by) or _each_still_in_hospital(sent, said_by)


def _still_in_hospital(verb: Token) -> bool:
    """Whether the verb tells people still in hospital ("remained in hospital")."""
    return verb.lemma_.lower() in {"remain", "stay"} and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "hospital" for g in c.children)
        for c in verb.children
    )


def _still_there(span: Span) -> bool:
    """Whether the counted people are the subject of "remained in hospital"."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    return noun.dep_ == "nsubj" and _still_in_hospital(noun.head)


def _each_still_in_hospital(sent: Span, said_by: str | None) -> list[TollFinding]:
    """The wounded named one by one who "remained in hospital": "A Marine and a police officer
    who was shot in the ankle remained in hospital on Saturday" is 2."""
    for verb in sent:
        if not _still_in_hospital(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        people = [subject, *(c for c in subject.conjuncts if c.i > subject.i)]
        if not all(
            any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in p.children) for p in people
        ):
            continue
        last = people[-1]
        span = sent.doc[subject.left_edge.i : last.i + 1]
        quantity = Quantity(
            len(people), "at least", len(people), None, span.text, span.start_char, span.end_char
        )
        return [TollFinding("wounded", quantity, said_by)]
    return []


_ANOTHER: Final = frozenset({"second", "another", "third"})


def _a_second_one_stabbed(sent: Span, said_by: str | None) -> list[TollFinding]:
    """One wounded for "then stabbed the second officer, 23, in the arm", "stabbed a second
    woman in the neck": another person stabbed, not to death."""
    if "to death" in sent.text:
        return []
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in {"stab", "slash"}:
            continue
        for victim in (c for c in token.children if c.dep_ == "dobj"):
            if not _one_victim(victim) or not any(
                c.dep_ in {"amod", "det"} and c.lower_ in _ANOTHER for c in victim.children
            ):
                continue
            span = sent.doc[victim.left_edge.i : victim.i + 1]
            quantity = Quantity(1, None, None, None, span.text, span.start_char, span.end_char)
            return [TollFinding("wounded", quantity, said_by)]
    return []


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs on ``verb`` through no other verb: "killed a priest by slitting
    his throat ... before being shot dead by police" has the police in another clause."""
    node = token.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return node.i == verb.i


_ONE_MORE = frozenset({"another", "second", "third", "fourth", "fifth", "sixth"})


def _one_more_wounded(sent: Span, said_by: str | None) -> list[TollFinding]:
    """One wounded told after a count of the dead: "shot dead two fans ... and wounded a third",
    "killed one person and injured another"."""
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in {"wound", "injure", "hurt"}:
            continue
        victim = next((c for c in token.children if c.dep_ == "dobj"), None)
        if victim is None:
            continue
        another = next(
            (c for c in victim.children if c.dep_ == "det" and c.lower_ == "another"), None
        )
        if another is not None and victim.tag_ == "NN":
            first = another  # "killed a priest and wounded another hostage"
        elif victim.lower_ in _ONE_MORE:
            article = [c for c in victim.children if c.dep_ == "det" and c.lower_ in {"a", "an"}]
            if victim.lower_ != "another" and not article:
                continue  # "wounded the third": which one is meant, not how many
            first = article[0] if article else victim
        else:
            continue
        quantity = Quantity(
            1,
            None,
            None,
            None,
            sent.doc[first.i : victim.i + 1].text,
            first.idx,
            victim.idx + len(victim),
        )
        return [TollFinding("wounded", quantity, said_by)]
    return []


_RANKS = frozenset(
    {"corporal", "sergeant", "lieutenant", "captain", "private", "constable", "officer"}
    | {"major", "colonel", "general", "commander", "inspector", "detective", "trooper"}
)


def _one_victim(token: Token) -> bool:
    """A singular person the text names or describes ("a 14-year-old boy", "her daughter",
    "Samuel Paty"); the caller has left out the attacker killed by police."""
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
        return True
    if token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in _RANKS for c in token.children
    ):
        return True  # "Corporal Nathan Cirillo", which the recogniser may take for a body
    if (
        token.ent_type_ == "NORP"
        and token.tag_ in {"NNP", "NN"}
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    ):
        return True  # "A Canadian and an Indonesian were killed": one person of each
    if token.tag_ != "NN" or token.lower_ not in _VICTIM_NOUNS:
        return False
    deps = {c.dep_ for c in token.children}
    return "nummod" not in deps and bool(deps & {"det", "poss", "compound"})


def _few_victims(token: Token) -> int | None:
    """How many people a plural victim noun counts in a list that also names one victim ("a
    30-year-old rabbi ..., his two young sons and a young daughter": the sons are 2)."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in _VICTIM_NOUNS:
        return None
    numbers = [c for c in token.children if c.dep_ == "nummod"]
    if len(numbers) != 1:
        return None
    amounts = find_quantities(numbers[0].text)
    value = amounts[0].value if amounts else None
    return value if value is not None and 1 < value < 10 else None


_AGED = frozenset({"aged", "ages"})


def _follows_aged(doc: Doc, start: int, sent_start: int, joiners: frozenset[str]) -> bool:
    """Whether the tokens just before ``start`` run back to "aged" through numbers, commas and
    ``joiners`` only (within eight tokens of the sentence)."""
    for before in reversed(doc[max(sent_start, start - 8) : start]):
        if before.lower_ in _AGED:
            return True
        if not (before.like_num or before.text == "," or before.lower_ in joiners):
            return False
    return False


def _in_age_list(token: Token) -> bool:
    """Whether the token is "aged" or a word of the list of ages after it ("aged 24, 49 and
    82")."""
    if token.lower_ in _AGED:
        return True
    if not (token.like_num or token.text == "," or token.lower_ == "and"):
        return False
    return _follows_aged(token.doc, token.i, token.sent.start, frozenset({"and"}))


def _is_age(span: Span) -> bool:
    """ "Emad Al Swealmeen, 32, died in the blast": a number set off by commas after a name;
    "Three women, aged 24, 49 and 82, died": the numbers of a list opened by "aged"."""
    doc = span.doc
    if _follows_aged(doc, span.start, span.sent.start, frozenset({"and", "between"})):
        return True
    before, after = span.start - 1, span.end
    return (
        before - 1 >= span.sent.start
        and after < span.sent.end
        and doc[before].text == ","
        and doc[after].text == ","
        and doc[before - 1].pos_ == "PROPN"
    )


def _gapped_kind(span: Span, findings: Sequence[TollFinding]) -> TollKind | None:
    """The kind of the toll a bare number shares its verb with ("at least 84 people had been
    killed on the island of Utoya and seven in the blast in Oslo": seven killed)."""
    number = span.root
    if (
        number.dep_ != "conj"
        or number.pos_ != "NUM"
        or not any(c.dep_ == "prep" for c in number.children)
    ):
        return None
    place = number.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return None
    verb = place.head.head
    doc = span.doc
    for finding in findings:
        told = doc.char_span(finding.quantity.start, finding.quantity.end, alignment_mode="expand")
        if told is not None and verb in told.root.ancestors:
            return finding.kind
    return None


def _might_have(span: Span) -> bool:
    """ "dozens could have died", "would have killed", "there would have been many more lives
    lost": a toll that did not happen."""
    after = [t.lower_ for t in span.doc[span.end : min(span.end + 4, span.sent.end)]]
    before = [t.lower_ for t in span.doc[max(span.sent.start, span.start - 4) : span.start]]
    return any(word in _MODALS and nxt == "have" for word, nxt in pairwise(after)) or any(
        word in _MODALS and nxt == "have" for word, nxt in pairwise(before)
    )


def _left_kind(span: Span) -> TollKind | None:
    """ "killing at least 129", "wounded 20", "the death toll rose to 30"."""
    doc = span.doc
    i = span.start - 1
    steps = 0
    while i >= span.sent.start and steps < 3:
        token = doc[i]
        if token.lower_ in _LEFT_BRIDGE_WORDS:
            i -= 1
            steps += 1
            continue
        kind = _token_kind(token)
        if kind is not None and (token.pos_ in {"VERB", "AUX"} or token.lower_ in _VERB_FORMS):
            return kind
        if (
            token.pos_ == "VERB"
            and token.lemma_.lower() in {"stab", "slash"}
            and "to death" not in span.sent.text
        ):
            return "wounded"  # "stabbed two counter-terrorism officers": they lived
        if _shot_dead(token):
            return "killed"  # "a gunman shot dead two Swedish football fans"
        break
    # "the death toll rose to 30", "a toll of 30 dead"
    window = doc[max(span.sent.start, span.start - 7) : span.start]
    words = [t.lower_ for t in window]
    # "The count of wounded was raised on Thursday to 21 from 17"
    wider = {t.lower_ for t in doc[max(span.sent.start, span.start - 10) : span.start]}
    counted_harm = "count" in wider and bool(wider & {"wounded", "injured", "dead"})
    if (
        (any(w in _TOLL_NOUNS for w in words) or counted_harm)
        and window
        and window[-1].lower_ in _TOLL_LINKS
    ):
        if any(w in {"injury", "injured", "wounded"} for w in words) or (
            counted_harm and wider & {"injured", "wounded"}
        ):
            return "wounded"
        return "killed"
    if window and window[-1].lower_ in _TOLL_LINKS:
        # "the death toll from Tuesday's bombings in Brussels has risen to 32": the toll noun is
        # the subject of the verb the number completes, however far back
        link = window[-1]
        verb = link.head if link.dep_ == "prep" else link
        for _ in range(3):
            # "had risen by one to eight", the "to" parsed under "one"
            if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in {"pobj", "prep"}:
                break
            verb = verb.head
        # a dateline ("BRUSSELS -") can parse as a second subject
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        subject = next(
            (
                c
                for c in subjects
                if c.lower_ in _TOLL_NOUNS
                # "the number killed by the bomb ... had risen by one to eight"
                or (c.lower_ == "number" and any(t.lower_ in _NUMBER_OF for t in c.subtree))
            ),
            None,
        )
        if subject is not None:
            subject_words = {t.lower_ for t in subject.subtree}
            if subject_words & {"injury", "injured", "wounded"}:
                return "wounded"
            return "killed"
    return None


_NUMBER_OF: Final = frozenset({"killed", "dead", "died", "injured", "wounded"})
"""What "the number" of a toll counts ("the number killed by the bomb")."""

# Subjects whose toll is a war's, not an attack's.
_WAR_NOUNS: Final = frozenset(
    {"war", "conflict", "fighting", "insurgency", "violence", "unrest", "crisis", "battle"}
)


_GROUP_NOUNS: Final = frozenset({"group", "organisation", "organization", "movement", "militia"})


def _by_a_war(span: Span) -> bool:
    """Whether the count is of people a war or a conflict killed ("The war has killed more than
    10,000 people", "fighting has left 300 dead")."""
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _WAR_NOUNS:
        return True  # "the Syrian civil war, which has killed more than 250,000 people"
    if (
        verb.dep_ == "relcl"
        and (verb.head.ent_type_ in {"ORG", "NORP"} or verb.head.lemma_.lower() in _GROUP_NOUNS)
        and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)
    ):
        # "ETA, which has killed more than 800 people ...": the group's history, no attack's
        return True
    if any(
        c.dep_ == "prep" and any(g.lemma_.lower() == "campaign" for g in c.children)
        for c in verb.children
    ):
        return True  # "has killed more than 800 people in its campaign for independence"
    return any(
        c.dep_ in {"nsubj", "agent"}
        and (
            c.lemma_.lower() in _WAR_NOUNS
            or any(g.lemma_.lower() in _WAR_NOUNS for g in c.children)
        )
        for c in verb.children
    )


def _when_aircraft_struck(span: Span) -> bool:
    """Whether the dead were killed "when U.S. warplanes bombed a suspected Islamic State
    training camp": an air strike's toll, no attack's."""
    killed = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
    if killed is None:
        return False
    for clause in killed.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children
        ):
            continue
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in AIR_NOUNS for c in clause.children):
            return True
    return False


def _object_of_another_verb(span: Span) -> bool:
    """Whether the count is the object of a verb that tells no toll ("The attack has displaced
    5,000 people and killed scores"): the toll word belongs to another clause."""
    head = span.root
    while head.dep_ in {"nummod", "quantmod", "compound"} and head.head is not head:
        head = head.head  # from "5,000" to "people"
    verb = head.head
    return head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _NOT_TOLL_VERBS


# Verbs whose object is counted but neither killed nor hurt.
_NOT_TOLL_VERBS: Final = frozenset(
    {"displace", "evacuate", "rescue", "arrest", "detain", "deport", "free", "release", "save"}
    | {"recruit", "train", "deploy", "send", "house", "shelter", "kidnap", "abduct"}
)


_SUSPECT_NOUNS: Final = ATTACKER_NOUNS | {"militants", "jihadists", "extremists", "islamists"}


def _perpetrators_killed_by_police(span: Span) -> bool:
    """Whether the number counts attackers or suspects whom police or troops killed ("police
    killed two suspected Islamist militants", "police shot dead three attackers")."""
    counted = span.root.head if span.root.dep_ == "nummod" else None
    if counted is None:
        return False
    if counted.lower_ not in _SUSPECT_NOUNS and not (
        # "Ugandan security forces have killed five people ... whom police accuse of links to
        # the militants": whoever the forces killed, no victims of an attack
        counted.lower_ in {"people", "men", "persons"}
        and counted.dep_ == "dobj"
        and counted.head.lemma_.lower() in {"kill", "shoot"}
    ):
        return False
    verb = counted.head
    if counted.lower_ in _SUSPECT_NOUNS and counted.dep_ == "nsubjpass" and _an_operation_s(verb):
        return True  # "about 20 militants were killed or captured in that operation"
    if (
        counted.lower_ in ATTACKER_NOUNS
        and verb.pos_ == "VERB"
        and (
            counted.dep_ == "nsubjpass"
            or (counted.dep_ == "nsubj" and verb.lemma_.lower() == "die")
        )
    ):
        return True  # "five attackers had been shot dead", "All five attackers died": never
        # victims, whoever killed them
    if counted.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lower_ in {"they", "we"} for s in subjects) and verb.dep_ == "ccomp":
        # "Police said they had shot dead four gunmen": the forces telling their own act
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(
        t.lemma_.lower() in AUTHORITY_SUBJECTS or t.lower_ in AUTHORITY_SUBJECTS
        for s in subjects
        # the subject's own words: not "The blast, which police blamed on Abedi, killed 22"
        for t in s.subtree
        if t.i <= s.i
    )


def _an_operation_s(verb: Token) -> bool:
    """Whether the killing is the forces' operation: "killed or captured", "killed in a
    raid"."""
    if any(
        c.dep_ == "conj" and c.lemma_.lower() in {"capture", "arrest", "detain"}
        for c in verb.children
    ):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "during"}
        and any(p.lemma_.lower() in {"operation", "raid", "offensive"} for p in c.children)
        for c in verb.children
    )


def _shot_dead_verb(verb: Token) -> bool:
    """Whether the verb is "shot" with "dead" hung on it ("was shot dead")."""
    return verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in verb.children)


def _shot_dead(token: Token) -> bool:
    return (
        token.lower_ == "dead"
        and token.i > token.sent.start
        # "shot" misparsed as a noun ("an 18-year-old German-Iranian shot dead nine people")
        and (
            token.nbor(-1).lemma_.lower() in {"shoot", "stab", "gun"}
            or token.nbor(-1).lower_ == "shot"
        )
    )


# a bare count with its verb: "and 33 were taken to hospital" (the parse may hang the count
# on the words before it)
_TAKEN_TO_HOSPITAL = re.compile(
    r"\s+(?:were|had been|have been)\s+(?:taken|rushed|admitted)\s+(?:to|into)\s+hospital\b"
)


def _taken_to_hospital(verb: Token) -> bool:
    """ "had been taken to hospital", "were rushed to hospital", "were hospitalised", "were
    treated in hospital for minor injuries"."""
    lemma = verb.lemma_.lower()
    if lemma in {"hospitalise", "hospitalize", "hospitalised", "hospitalized"}:
        return True
    if lemma == "treat" and any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at", "for"}
        and any(g.lemma_.lower() in {"hospital", "injury", "wound"} for g in c.children)
        for c in verb.children
    ):
        return True
    return lemma in {"take", "rush", "admit"} and any(
        c.dep_ == "prep"
        and c.lower_ in {"to", "into"}
        and any(g.lemma_.lower() == "hospital" for g in c.children)
        for c in verb.children
    )


# "raising to five the number of service members killed": the count before what it counts
_NUMBER_OF_AFTER: Final = re.compile(
    r"\s+the (?:number|toll|count) of (?:[\w-]+ ){0,3}(?P<kind>killed|dead|wounded|injured)\b"
)


def _right_kind(span: Span) -> TollKind | None:
    """ "129 people were killed", "12 dead", "three other soldiers were wounded"."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "to":
        after = _NUMBER_OF_AFTER.match(doc_text(doc), span.end_char)
        if after is not None:
            return _kind_of(after.group("kind"))
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is not None and noun.lower_ in PEOPLE_NOUNS and noun.dep_ == "nsubjpass":
        # "Six soldiers from Operation Sentinelle, three of them seriously, were injured"
        kind = _token_kind(noun.head)
        if kind is not None:
            return kind
        if _shot_dead_verb(noun.head):
            return "killed"  # "two uniformed paratroopers, Abel Chennouf, 25, and ..., were
            # shot dead": the ages between the count and its verb are no toll
    if (
        noun is not None
        and noun.lower_ in PEOPLE_NOUNS
        and (
            _suffered_injuries(noun)  # "Two members of staff ... suffered minor injuries"
            or _with_injuries(noun)  # "leaving four people with life-threatening injuries"
            # "Three people remained in hospital on Saturday"
            or (noun.dep_ == "nsubj" and _still_in_hospital(noun.head))
            # "175 people had been taken to hospital"
            or (noun.dep_ == "nsubjpass" and _taken_to_hospital(noun.head))
        )
    ):
        return "wounded"
    if span.root.pos_ == "NUM" and _TAKEN_TO_HOSPITAL.match(doc_text(doc), span.end_char):
        return "wounded"  # "three people were killed ... and 33 were taken to hospital"
    end = min(span.sent.end, span.end + 7)
    saw_noun = False
    ages = 0
    for token in doc[span.end : span.sent.end]:
        if token.i >= end + ages:
            break
        if _in_age_list(token):
            ages += 1  # "Three women, aged 24, 49 and 82, died": the ages are no count
            continue
        kind = _token_kind(token)
        if kind is not None and _counts_the_doers(span, token):
            return None  # "two attackers killed a priest": the attackers are no toll
        if kind is not None and token.lower_ not in {"life", "body"}:
            return kind
        lower = token.lower_
        if token.like_num or lower in {";", ":", "("}:
            return None
        if lower in PEOPLE_NOUNS:
            saw_noun = True
            continue
        if lower in _BRIDGE_WORDS or token.pos_ in {"ADJ", "ADV", "AUX"}:
            continue
        if token.pos_ == "PROPN" and not saw_noun:
            continue  # "three Russian soldiers", "five Afghan police"
        if token.pos_ in {"NOUN", "PROPN"} and not saw_noun:
            return None  # "two bombs killed ...": the quantity counts bombs, not people
        if lower == ",":
            continue
        return None
    return None


_INTRANSITIVE_DEATHS = frozenset({"die", "perish"})
_SUFFERING_VERBS: Final = frozenset({"suffer", "sustain"})
_FATAL: Final = frozenset({"fatal", "mortal", "deadly"})


def _with_injuries(noun: Token) -> bool:
    """Whether the counted people are "with (life-threatening) injuries", not fatal ones
    (the parse may hang the phrase on "leaving")."""
    around = list(noun.children)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "leave":
        around += list(noun.head.children)
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(
            g.dep_ == "pobj"
            and _kind_of(g.lower_) == "wounded"
            and not any(m.lower_ in _FATAL for m in g.children)
            for g in c.children
        )
        for c in around
    )


def _suffered_injuries(noun: Token) -> bool:
    """Whether the counted people are the subject of "suffered (minor) injuries" ("sustained
    wounds"); "fatal injuries" is a death, told in other words elsewhere, and is left out."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _SUFFERING_VERBS:
        return False
    return any(
        c.dep_ == "dobj"
        and _kind_of(c.lower_) == "wounded"
        and not any(m.lower_ in _FATAL for m in c.children)
        for c in verb.children
    )


def _counts_the_doers(span: Span, verb: Token) -> bool:
    """Whether the counted people are the subject of an active killing or wounding verb: they
    did it ("two attackers killed a priest"); those who "died" are victims."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _INTRANSITIVE_DEATHS:
        return False
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False  # "two people killed in the attack": a participle, said of the victims
    return any(
        child.dep_ == "nsubj" and span.start <= child.i <= span.end + 2 for child in verb.children
    )


def _is_subset(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    if before is not None and before.lower_ in SUBSET_MARKERS:
        return True
    if before is not None and before.lower_ == "them" and span.start - 2 >= span.sent.start:
        return doc[span.start - 2].lower_ == "among"
    after = doc[span.end] if span.end < span.sent.end else None
    if after is None or after.lower_ != "of":
        return False
    # "injuring six of them", with no count before: the soldiers hit, uncounted till then
    hit = (
        before is not None
        and before.pos_ == "VERB"
        and before.lemma_.lower() in {"kill", "injure", "wound", "hurt"}
    )
    return not hit or any(t.like_num for t in doc[span.sent.start : span.start])


def _none_hurt(sent: Span, said_by: str | None) -> list[TollFinding]:
    findings: list[TollFinding] = []
    for match in _NONE_HURT.finditer(sent.text):
        word = next(g for g in match.groups() if g)
        kinds: list[TollKind]
        if word.lower() == "casualties":
            kinds = ["killed", "wounded"]
        elif word.lower() in {"killed", "deaths", "fatalities"}:
            kinds = ["killed"]
        elif word.lower() in {"hurt", "harmed"}:
            kinds = ["killed", "wounded"]
        else:
            kinds = ["wounded"]
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        for kind in kinds:
            quantity = Quantity(0, None, 0, 0, match.group(0), start, end)
            findings.append(TollFinding(kind, quantity, said_by))
    return findings


_SPEECH_LEMMAS = frozenset(
    {"say", "tell", "report", "announce", "confirm", "state", "estimate", "warn"}
)
_MODALS = frozenset({"could", "would"})  # "may have been killed" is a toll not yet sure
_SHOW_LEMMAS = frozenset({"show", "reveal", "suggest", "indicate"})
_DATA_NOUNS = frozenset({"figure", "figures", "data", "statistic", "statistics", "record"})


NEWS_AGENCIES: Final = frozenset({"reuters", "afp", "ap", "dpa", "ansa", "efe"})


def _hyphened(token: Token) -> bool:
    """Whether the word closes a hyphened modifier ("New York-based", "state-run")."""
    return token.dep_ == "amod" and token.i > 0 and token.doc[token.i - 1].text == "-"


def speaker_of(sent: Span) -> str | None:
    """Who the sentence attributes its statement to: "according to X", "X said"."""
    tokens = list(sent)
    for i, token in enumerate(tokens[:-2]):
        if token.lower_ == "according" and tokens[i + 1].lower_ == "to":
            phrase: list[Token] = []
            for nxt in tokens[i + 2 : i + 10]:
                if nxt.is_punct or nxt.lower_ in {"which", "who", "that"} or nxt.pos_ == "VERB":
                    break
                phrase.append(nxt)
            if len(phrase) > 1 and phrase[0].lower_ in _DATA_NOUNS and phrase[1].pos_ == "PROPN":
                phrase = phrase[1:]  # "according to figures PET provided": PET's figures
            if len(phrase) > 2 and phrase[-1].lower_ in _DATA_NOUNS and phrase[-2].tag_ == "POS":
                phrase = phrase[:-2]  # "according to the committee's figures": the committee
            text = "".join(t.text_with_ws for t in phrase).strip()
            return text or None
    for token in sent:
        if token.lemma_ in _SHOW_LEMMAS and token.pos_ == "VERB":
            for child in token.children:
                # "Home Office figures showed": published figures speak for their publisher
                if child.dep_ == "nsubj" and child.lemma_.lower() in _DATA_NOUNS:
                    return sent.doc[child.left_edge.i : child.i + 1].text
    # "Member states reported 119 attacks, Europol said": the outermost speech verb speaks,
    # and "say" before any other (the parse may hang "said" under "reported")
    verbs = sorted(
        (
            t
            for t in sent
            if (
                t.lemma_ in _SPEECH_LEMMAS
                # "Nurtai Abykayev put the number of Kazakhs ... at more than 300"
                or (
                    t.lemma_ == "put"
                    and any(
                        c.dep_ == "dobj" and c.lemma_ in {"number", "toll", "figure", "total"}
                        for c in t.children
                    )
                )
            )
            and t.pos_ == "VERB"
            # "raised its threat level ..., after police said the attack appeared to be
            # linked": what was said before the act, not who tells it
            and not (
                t.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in t.children)
            )
            # "foiling what prosecutors said was a plot": who named a thing, not who tells
            and not any(
                c.lower_ == "what" for c in t.subtree if c.i < t.i and c.tag_ in {"WP", "WDT"}
            )
        ),
        key=lambda t: (t.lemma_ != "say", len(list(t.ancestors))),
    )
    for token in verbs:
        # a passive subject is what is told ("14 percent ... are confirmed to have died")
        # "THE HAGUE (Reuters) - Eight ... countries reported ...": the dateline's agency, which
        # the parse may make the subject, speaks for no one
        subjects = [
            c for c in token.children if c.dep_ == "nsubj" and c.lower_ not in NEWS_AGENCIES
        ]
        for child in subjects:
            if child.lower_ == "it":
                # "When PST presented its annual threat assessment ..., it said": the body the
                # clause before names
                doer = next(
                    (
                        s
                        for c in token.children
                        # the clause told before "it said", not "while nearly 200 Bosnians
                        # ... were still in the region" after it
                        if c.dep_ == "advcl" and c.i < token.i
                        for s in c.children
                        if s.dep_ == "nsubj" and s.pos_ == "PROPN"
                    ),
                    None,
                )
                if doer is not None:
                    return sent.doc[doer.left_edge.i : doer.i + 1].text
            named = next(
                (c for c in child.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None
            )
            if child.pos_ == "NOUN" and named is not None and named.i > child.i:
                # "travelled as foreign fighters, the International Centre ... said", parsed
                # as one subject of two conjuncts: the name after the comma speaks
                child = named
            if child.pos_ in {"PROPN", "NOUN"}:
                # "the research centre, which is based in The Hague": the name, not its clause
                clauses = [c for c in child.children if c.dep_ in {"relcl", "acl"}]
                # "The Norwegian Intelligence Service, the military agency that watches threats
                # from abroad, said": an apposition holding a clause goes too
                clauses += [
                    c
                    for c in child.children
                    if c.dep_ == "appos"
                    and any(t.pos_ == "VERB" and not t.text.isupper() for t in c.subtree)
                ]
                cut = min((c.left_edge.i for c in clauses), default=None)
                subtree = [t for t in child.subtree if cut is None or t.i < cut]
                while subtree and subtree[-1].text in {",", ";", ":", "-", "—"}:
                    subtree.pop()
                while len(subtree) > 1 and subtree[0].ent_type_ in {"DATE", "TIME"}:
                    # "on Saturday Interior Ministry spokesman Mohamed Ali Aroui said": the day
                    # the parse took into the name
                    subtree.pop(0)
                following = next((s for s in subjects if s.left_edge.i == child.i + 1), None)
                if following is not None:
                    # "the EU police agency Europol said", parsed as two subjects
                    subtree += list(following.subtree)
                # "the European Union's counter-terrorism coordinator Gilles de Kerchove";
                # a longer subject, or one holding a verb, is a clause, not a speaker
                # (an acronym the tagger took for a verb, "(ICCT)", is still a name)
                # ("the New York-based Soufan Center": a hyphened participle is a name's word)
                if len(subtree) <= 14 and not any(
                    t.pos_ == "VERB" and not _hyphened(t) and not t.text.isupper() for t in subtree
                ):
                    # "The coordinator, Pieter-Jaap Aalbersberg, said": no trailing comma
                    words = sent.doc[subtree[0].i : subtree[-1].i + 1].text
                    return _without_dateline(words).rstrip(" ,")
        if not subjects:
            # "..., Benedicte Bjornland, head of the Police Security Service (PST), said in a
            # speech", the name parsed as part of the clause before
            before = doc_text(sent.doc)[sent.start_char : token.idx]
            titled = _NAME_THEN_TITLE.search(before)
            if titled is not None:
                return titled.group("who")
            # "..., and Nigeria's Boko Haram overtook Islamic State as the deadliest militant
            # group, the Institute for Economics and Peace said": a body's name parsed as part
            # of the clause before
            body = _BODY_BEFORE_SAID.search(before)
            if body is not None:
                return body.group("who")
    return None


_BODY_BEFORE_SAID = re.compile(
    r",\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]+(?:\s+(?:for|of|and|on|[A-Z][\w'’.-]+)){1,8}"
    r"(?<=[A-Za-z)]))\s*$"
)


# A name and a title set off by commas right before a saying verb: ", Jane Doe, head of X, said"
_NAME_THEN_TITLE = re.compile(
    r"(?:^|,\s+)(?P<who>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+,\s+[^,]{3,90}?),\s*$"
)


_DATELINE_END = re.compile(r"^[^()]{0,60}\([A-Za-z .]{2,30}\)\s*[-–—]+\s*")


def _without_dateline(text: str) -> str:
    """ "THE HAGUE (Reuters) - European Union member states" → "European Union member states":
    the dateline the parser glued to the first sentence's subject."""
    match = _DATELINE_END.search(text)
    return text[match.end() :] if match else text
