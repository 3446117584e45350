"""ACLED-style sub-event typing of a news snippet, by rules kept as data.

:func:`classify_event` reads a spaCy ``Doc`` or ``Span`` that went through veille's pipeline and
returns the ACLED sub-event type it reports ("Air/drone strike", "Peaceful protest", "Arrests",
...), coded with the short names of the CASE 2021 shared task (``AIR_STRIKE``, ``PEACE_PROTEST``,
``ARREST``), plus the five "unseen" types CASE 2021 added (diplomatic events, organised crime,
natural and man-made disasters, attribution of responsibility). The rules follow the definitions
of the ACLED codebook (2019 and later editions), not any evaluation data:

* each :class:`Rule` names a sub-event type, a weight (how specific its cues are: "suicide bomber"
  is surer than "bomb") and cue phrases; some also need a *context* phrase somewhere in the
  snippet (tear gas is a protest with intervention only where there is a protest), exclude
  phrases, or an actor of a given side (territory taken by the army is "Government regains
  territory", by rebels "Non-state actor overtakes territory");
* the product's own attack words (:func:`veille.extract.triggers.find_triggers`, which already
  drops negated, hypothetical and figurative uses) add low-weight votes from their GTD attack
  type (a bombing is a remote explosive unless a more specific cue says otherwise);
* a cue scores its rule's weight, times 0.9 outside the snippet's first sentence (news puts the
  event first) and times 0.9 when it is neither the sentence's root nor a direct dependent of it
  ("arrested ... in connection with the bombing" is an arrest);
* the type with the best score wins; ties go to the rule listed first. The confidence is the
  winner's score times its share of the two best scores. No cue at all gives ``None``.

Phrase syntax: words separated by spaces; a word matches a token whose lower-case text or lemma
equals it, so "arrest" also matches "arrested" while "riots" matches only "riots"; ``a|b`` are
alternatives; ``word*`` matches tokens starting with "word"; ``*`` is any one token; ``..`` a gap
of up to three tokens in the same sentence. Hyphens between words are skipped ("air-strike").
``=word`` matches the lower-case text only (``=storm`` is not "stormed"). Cues and context
phrases may also be ``@STATE`` / ``@NONSTATE`` / ``@CRIMINAL``: an actor of that kind from the
knowledge base in the snippet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..nlp.text import doc_text
from .acled_rules import RULES, Rule, Side
from .lexicon import (
    ARMED_ASSAULT,
    ASSASSINATION,
    BARRICADE,
    BOMBING,
    FACILITY,
    HIJACKING,
    KIDNAPPING,
    STATE_ACTOR_TYPES,
    UNARMED_ASSAULT,
)
from .triggers import find_triggers

__all__ = [
    "RULES",
    "SUB_EVENT_TYPES",
    "TRIGGER_TYPES",
    "AcledType",
    "Phrase",
    "Rule",
    "Side",
    "classify_event",
    "compile_phrase",
]

# --- the label set --------------------------------------------------------------------------------

SUB_EVENT_TYPES: Final = MappingProxyType(
    {
        # code: (ACLED event type, ACLED sub-event type)
        "ARMED_CLASH": ("Battles", "Armed clash"),
        "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
        "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
        "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
        "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
        "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
        "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        "GRENADE": ("Explosions/Remote violence", "Grenade"),
        "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
        "ATTACK": ("Violence against civilians", "Attack"),
        "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
        "PEACE_PROTEST": ("Protests", "Peaceful protest"),
        "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
        "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
        "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
        "MOB_VIOL": ("Riots", "Mob violence"),
        "AGREEMENT": ("Strategic developments", "Agreement"),
        "ARREST": ("Strategic developments", "Arrests"),
        "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
        "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
        "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
        "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
        "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
        "OTHER": ("Strategic developments", "Other"),
        # The "unseen" types CASE 2021 added to ACLED's.
        "DIPLO": ("Unseen (CASE 2021)", "Diplomatic event"),
        "ORG_CRIME": ("Unseen (CASE 2021)", "Organized crime"),
        "NATURAL_DISASTER": ("Unseen (CASE 2021)", "Natural disaster"),
        "MAN_MADE_DISASTER": ("Unseen (CASE 2021)", "Man-made disaster"),
        "ATTRIB": ("Unseen (CASE 2021)", "Attribution of responsibility"),
    }
)
"""Every sub-event type code with its ACLED event type and sub-event name. ``OTHER`` is never
predicted: nothing in a snippet says "other"."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TERRITORY: Final = _words(
    "town village city district area territory region province county locality "
    "neighbourhood neighborhood hill hilltop airport dam oilfield stronghold base "
    "position checkpoint outpost camp crossing road highway island valley front"
)

# The product's own attack words vote for a type through their GTD attack type, with these weights.
TRIGGER_TYPES: Final = MappingProxyType(
    {
        BOMBING: ("REM_EXPLOS", 0.55),
        ARMED_ASSAULT: ("ATTACK", 0.5),
        ASSASSINATION: ("ATTACK", 0.6),
        KIDNAPPING: ("ABDUCT_DISSAP", 0.7),
        BARRICADE: ("ABDUCT_DISSAP", 0.6),
        HIJACKING: ("ABDUCT_DISSAP", 0.5),
        FACILITY: ("PROPERTY_DISTRUCT", 0.55),
        UNARMED_ASSAULT: ("ATTACK", 0.45),
    }
)

_NON_STATE_WORDS: Final = _words(
    "militant militants rebel rebels insurgent insurgents jihadist jihadists terrorist "
    "terrorists gunmen militia militias militiamen separatist separatists guerrilla "
    "guerrillas fighters opposition extremists islamists taliban isis isil daesh shabaab "
    "houthi houthis haram"
)
_STATE_WORDS: Final = _words(
    "army troops soldiers military government regime police forces security national "
    "state federal marines commandos defence defense"
)
_SECOND_SENTENCE: Final = 0.9
_DEEP_TOKEN: Final = 0.9


@dataclass(frozen=True, slots=True)
class AcledType:
    """The sub-event type a snippet reports (a key of :data:`SUB_EVENT_TYPES`, or ``None`` when
    no rule applies), how sure the rules are (0 to 1), and the cue it was read from: its
    character offsets in ``doc.text`` and its text."""

    sub_event_type: str | None
    confidence: float
    evidence: tuple[int, int] | None
    cue: str = ""

    @property
    def event_type(self) -> str | None:
        """The ACLED event type ("Battles", "Protests", ...) of the sub-event type."""
        if self.sub_event_type is None:
            return None
        return SUB_EVENT_TYPES[self.sub_event_type][0]


# --- the phrase matcher ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    alternatives: frozenset[str]  # match the token's lower-case text or its lemma
    exact: frozenset[str] = frozenset()  # match the lower-case text only
    prefix: bool = False
    gap: int = 0  # > 0: up to this many tokens of anything
    any: bool = False

    def matches(self, token: Token) -> bool:
        if self.any:
            return True
        lower = token.lower_
        if self.prefix:
            return any(lower.startswith(a) for a in self.alternatives)
        return (
            lower in self.alternatives
            or lower in self.exact
            or token.lemma_.lower() in self.alternatives
        )

    def first_keys(self) -> frozenset[str]:
        return self.alternatives | self.exact


Phrase = tuple[_Word, ...]


def compile_phrase(phrase: str) -> Phrase:
    """Parse one phrase of the syntax the module documents."""
    words: list[_Word] = []
    for part in phrase.split():
        if part == "*":
            words.append(_Word(frozenset(), any=True))
        elif part == "..":
            words.append(_Word(frozenset(), gap=3))
        elif part.endswith("*") and len(part) > 1:
            words.append(_Word(frozenset(part[:-1].lower().split("|")), prefix=True))
        else:
            options = part.lower().split("|")
            exact = frozenset(o[1:] for o in options if o.startswith("=") and len(o) > 1)
            loose = frozenset(o for o in options if not o.startswith("="))
            words.append(_Word(loose, exact))
    if not words or words[0].any or words[0].gap or words[-1].gap:
        raise ValueError(f"a phrase must start and end with a word: {phrase!r}")
    return tuple(words)


def _match(tokens: Doc, i: int, words: Phrase, k: int, limit: int) -> int | None:
    """The end of a match of ``words[k:]`` starting at token ``i`` (before ``limit``), or None."""
    if k == len(words):
        return i
    word = words[k]
    if word.gap:
        for skip in range(word.gap + 1):
            if i + skip >= limit:
                break
            end = _match(tokens, i + skip, words, k + 1, limit)
            if end is not None:
                return end
        return None
    if i >= limit:
        return None
    token = tokens[i]
    if word.matches(token):
        return _match(tokens, i + 1, words, k + 1, limit)
    if k > 0 and token.text == "-":
        return _match(tokens, i + 1, words, k, limit)
    return None


@dataclass(frozen=True, slots=True)
class _Compiled:
    """Every phrase of :data:`RULES`, numbered, with an index by first word."""

    phrases: tuple[Phrase, ...]
    by_first: MappingProxyType[str, tuple[int, ...]]
    prefixed: tuple[int, ...]
    ids: MappingProxyType[str, int]


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    texts: list[str] = []
    for rule in RULES:
        for text in (*rule.cues, *rule.context, *rule.exclude):
            if not text.startswith("@") and text not in texts:
                texts.append(text)
    phrases = tuple(compile_phrase(t) for t in texts)
    by_first: dict[str, list[int]] = {}
    prefixed: list[int] = []
    for number, phrase in enumerate(phrases):
        if phrase[0].prefix:
            prefixed.append(number)
            continue
        for alternative in phrase[0].first_keys():
            by_first.setdefault(alternative, []).append(number)
    return _Compiled(
        phrases,
        MappingProxyType({k: tuple(v) for k, v in by_first.items()}),
        tuple(prefixed),
        MappingProxyType({t: n for n, t in enumerate(texts)}),
    )


def _occurrences(span: Span) -> dict[int, list[tuple[int, int]]]:
    """Token ranges of every phrase occurrence in ``span``, keyed by phrase number."""
    compiled = _compiled()
    doc = span.doc
    found: dict[int, list[tuple[int, int]]] = {}
    for token in span:
        candidates = set(compiled.by_first.get(token.lower_, ()))
        candidates.update(compiled.by_first.get(token.lemma_.lower(), ()))
        candidates.update(compiled.prefixed)
        limit = min(token.sent.end, span.end)
        for number in candidates:
            end = _match(doc, token.i, compiled.phrases[number], 0, limit)
            if end is not None:
                found.setdefault(number, []).append((token.i, end))
    return found


# --- classification -------------------------------------------------------------------------------


def _actor_side(span: Span, tokens: Iterable[Token]) -> Side | None:
    """The side of the actors among ``tokens``: from the knowledge base's actor spans first,
    then from words ("militants", "troops")."""
    indices = {t.i for t in tokens}
    if not indices:
        return None
    for actor in span.doc.spans.get("veille_actors", []):
        if indices & set(range(actor.start, actor.end)):
            return "state" if actor.label_ in STATE_ACTOR_TYPES else "non_state"
    words = {span.doc[i].lower_ for i in indices}
    if words & _NON_STATE_WORDS:
        return "non_state"
    if words & _STATE_WORDS:
        return "state"
    return None


def _agent_of(token: Token) -> list[Token]:
    """The subject of the cue's verb, or the agent of its passive ("was seized by rebels") or
    the object of "fell to"."""
    verb = token
    while (
        verb.dep_ in {"prt", "dobj", "prep", "pobj", "compound", "amod"} and verb.head is not verb
    ):
        verb = verb.head
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            found.extend(child.subtree)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "to"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found.extend(grandchild.subtree)
    if not found and verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head is not verb:
        return _agent_of(verb.head)
    return found


def _objects_of(doc: Doc, start: int, end: int) -> list[Token]:
    """What a cue acts on: the objects of its words ("seized the town", "took control of the
    town"), the subject of a passive ("the town was captured") or of "fell" ("the town fell")."""
    found: list[Token] = []
    cue = {doc[i] for i in range(start, end)}
    for token in cue:
        for child in token.children:
            if child in cue:
                continue
            if child.dep_ in {"dobj", "nsubjpass", "attr", "oprd"} or (
                child.dep_ == "nsubj" and token.lemma_.lower() == "fall"
            ):
                found.extend(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in {"of", "over", "in", "at", "into"}:
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        found.extend(grandchild.subtree)
    return found


def _is_territory(tokens: Iterable[Token]) -> bool:
    return any(
        t.ent_type_ in {"GPE", "LOC", "FAC"}
        or t.lower_ in _TERRITORY
        or t.lemma_.lower() in _TERRITORY
        for t in tokens
    )


def _special(span: Span, name: str) -> bool:
    actors = span.doc.spans.get("veille_actors", [])
    inside = [a for a in actors if span.start <= a.start < span.end]
    if name == "@STATE":
        return any(a.label_ in STATE_ACTOR_TYPES for a in inside)
    if name == "@NONSTATE":
        return any(a.label_ not in STATE_ACTOR_TYPES for a in inside)
    if name == "@CRIMINAL":
        return any(a.label_ == "criminal" for a in inside)
    raise ValueError(f"unknown special phrase {name!r}")


def _present(span: Span, phrases: Sequence[str], found: dict[int, list[tuple[int, int]]]) -> bool:
    ids = _compiled().ids
    return any(
        _special(span, phrase) if phrase.startswith("@") else ids[phrase] in found
        for phrase in phrases
    )


def _depth(token: Token) -> int:
    depth = 0
    while token.head is not token and depth < 50:
        token = token.head
        depth += 1
    return depth


def _position_factor(span: Span, start: int, end: int) -> float:
    doc = span.doc
    factor = 1.0
    first_sentence = doc[span.start].sent
    if doc[start].sent.start != first_sentence.start:
        factor *= _SECOND_SENTENCE
    if min(_depth(doc[i]) for i in range(start, end)) > 1:
        factor *= _DEEP_TOKEN
    return factor


def classify_event(doc_or_span: Doc | Span) -> AcledType:
    """The ACLED sub-event type a snippet reports, by the rules of this module (module doc).

    ``doc_or_span`` must have been parsed (sentences, lemmas, dependencies) by veille's
    pipeline or any English spaCy pipeline with a parser; evidence offsets are in ``doc.text``.
    """
    span = doc_or_span[:] if isinstance(doc_or_span, Doc) else doc_or_span
    if len(span) == 0:
        return AcledType(None, 0.0, None)
    doc = span.doc
    found = _occurrences(span)
    ids = _compiled().ids
    best: dict[str, tuple[float, int, tuple[int, int]]] = {}  # label: (score, -order, tokens)

    def vote(label: str, score: float, order: int, tokens: tuple[int, int]) -> None:
        current = best.get(label)
        if current is None or (score, -order) > current[:2]:
            best[label] = (score, -order, tokens)

    for order, rule in enumerate(RULES):
        if rule.context and not _present(span, rule.context, found):
            continue
        if rule.exclude and _present(span, rule.exclude, found):
            continue
        for cue in rule.cues:
            if cue.startswith("@"):
                if _special(span, cue):
                    vote(rule.label, rule.weight * _SECOND_SENTENCE, order, (span.start, span.end))
                continue
            for start, end in found.get(ids[cue], []):
                if rule.territory and not _is_territory(_objects_of(doc, start, end)):
                    continue
                if rule.actor is not None:
                    side = _actor_side(span, _agent_of(doc[start]))
                    if side is None and not rule.unknown_actor:
                        continue
                    if side is not None and side != rule.actor:
                        continue
                score = rule.weight * _position_factor(span, start, end)
                vote(rule.label, score, order, (start, end))
    for sent in doc.sents:
        if sent.end <= span.start or sent.start >= span.end:
            continue
        for trigger in find_triggers(sent):
            if trigger.attack_type is None or trigger.attack_type not in TRIGGER_TYPES:
                continue
            if not span.start <= trigger.token.i < span.end:
                continue
            label, weight = TRIGGER_TYPES[trigger.attack_type]
            i = trigger.token.i
            vote(label, weight * _position_factor(span, i, i + 1), len(RULES), (i, i + 1))
    if not best:
        return AcledType(None, 0.0, None)
    ranked = sorted(best.items(), key=lambda item: item[1][:2], reverse=True)
    label, (score, _, (start, end)) = ranked[0]
    runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
    confidence = round(score * score / (score + runner_up), 3)
    chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    return AcledType(label, confidence, chars, doc_text(doc)[chars[0] : chars[1]])
