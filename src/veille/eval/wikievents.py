"""WikiEvents (KAIROS ontology): the product's incidents scored as event mentions and arguments.

:func:`run_wikievents` feeds each document's ``text`` through :meth:`Veille.extract` — the same
spaCy pipeline and :class:`~veille.extract.incidents.IncidentExtractor` that ``veille ingest``
uses — and maps the incidents it returns to KAIROS event mentions (docs/evaluation.md has the
full table):

* ``Conflict.Attack.*``: one event per incident, sentence and subtype holding the incident's attack
  words (``attack_types`` evidence). A sentence whose attack words include an explosive word
  ("bomb", "blast", "exploded", "IED") gives ``Conflict.Attack.DetonateExplode``, any other
  ("attack", "shooting", "ambush") ``Conflict.Attack.Unspecified``.
* ``Life.Die.Unspecified``: one event per incident and sentence holding a death toll claim other
  than zero ("killing at least 12"); ``Life.Injure.Unspecified`` the same for wounded tolls.
* ``Justice.ArrestJailDetain.Unspecified``: one event per arrest the action extractor reports
  (:class:`~veille.extract.actions.CounterAction` of kind ``arrest``), its trigger the action word.

Sentences are the data set's own (``sentences``), so both sides use one segmentation: a predicted
event lies in the gold sentence holding the first character of its evidence span.

Event matching: a predicted event matches a gold event of the same family (``Conflict.Attack.*``
counts as one family; the other types are their own family) whose trigger lies in the same
sentence, one to one. Within a sentence, pairs whose exact subtypes agree are taken first, then the
nearest triggers. The per-subtype rows count matches of the exact type only.

Arguments, attached to the event of their sentence (the incident's evidence in that sentence):

* Attack — Attacker: perpetrators and perpetrator groups; Place: the place; ExplosiveDevice (in a
  DetonateExplode event, for explosive weapons) or Instrument: weapons; Target: physical targets.
* Die — Victim: the toll span extended to the people noun it counts ("12 civilians") and named
  victims; Place: the place; Killer: perpetrators and groups.
* Injure — Victim: the wounded toll span (extended the same way), and named victims in a sentence
  without a death event; Injurer: perpetrators and groups.
* ArrestJailDetain — Detainee: who was arrested (``what``), or the count extended to the people
  noun it counts ("three men"); Jailer: the acting authority; Place: the place.

Argument identification (the head-word match of BART-Gen, NAACL 2021, end to end): a predicted
argument of a matched event is correct when its head word overlaps a gold argument span of the
matched gold event; classification also needs the role to be the gold argument's. The head of a
predicted span is its last word before the first preposition, relative pronoun, conjunction or
comma ("roof of the mosque" → "roof", "six civilians" → "civilians"). Every gold argument is
used once at most (maximum one-to-one matching). Arguments of unmatched predicted events count as
predicted, arguments of unmatched gold events as gold.
"""

from __future__ import annotations

import bisect
import json
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import EvalError
from ..extract.actions import CounterAction
from ..extract.lexicon import BOMBING, PEOPLE_NOUNS, TRIGGER_LEMMAS, WEAPON_PHRASES
from ..ingest.text import article_id
from ..models import Article, Evidence, Incident
from ..services import Veille
from .ceaf import CeafScore, maximum_matching
from .runner import Speed, peak_rss_mb

DETONATE: str = "Conflict.Attack.DetonateExplode"
ATTACK: str = "Conflict.Attack.Unspecified"
DIE: str = "Life.Die.Unspecified"
INJURE: str = "Life.Injure.Unspecified"
ARREST: str = "Justice.ArrestJailDetain.Unspecified"
ATTACK_FAMILY: str = "Conflict.Attack.*"

SCORED_EVENT_TYPES: tuple[str, ...] = (DETONATE, ATTACK, DIE, INJURE, ARREST)
"""The KAIROS event types the product's output maps to; the others are not scored."""

FAMILIES: tuple[str, ...] = (ATTACK_FAMILY, DIE, INJURE, ARREST)
"""Event families events are matched within (the two attack subtypes form one)."""

EVENT_ROWS: tuple[str, ...] = (ATTACK_FAMILY, DETONATE, ATTACK, DIE, INJURE, ARREST, "All")
"""Rows of the event table, in report order; "All" is the micro average over :data:`FAMILIES`."""

_HEAD_STOP = frozenset(
    {
        "of",
        "in",
        "at",
        "on",
        "from",
        "with",
        "near",
        "outside",
        "inside",
        "for",
        "who",
        "which",
        "that",
        "and",
        "or",
        "including",
    }
)
_WORD = re.compile(r"\w(?:[\w'’.-]*\w)?")
_NEXT_WORD = re.compile(r"[ \t]+(\w(?:[\w'’-]*\w)?)")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”]")
# Toll nouns that do not name the people counted: "12 dead" keeps "12" as its head.
_NOT_COUNTED = frozenset({"dead", "injured", "wounded", "casualties", "casualty", "others"})
_EXPLOSIVE_TRIGGERS = frozenset(k for k, (attack, _) in TRIGGER_LEMMAS.items() if attack == BOMBING)


def event_family(event_type: str) -> str:
    """The family events are matched within: both ``Conflict.Attack`` subtypes are one."""
    return ATTACK_FAMILY if event_type.startswith("Conflict.Attack.") else event_type


# --- records --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldArgument:
    """One gold argument: its role and character span in the document text."""

    role: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event mention: type, trigger span, sentence index and arguments."""

    id: str
    event_type: str
    sentence: int
    start: int
    end: int
    text: str
    arguments: tuple[GoldArgument, ...]


@dataclass(frozen=True, slots=True)
class WikiDocument:
    """One gold document; ``sentence_starts`` are the character offsets its sentences start at."""

    doc_id: str
    text: str
    sentence_starts: tuple[int, ...]
    events: tuple[GoldEvent, ...]

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding character ``offset`` (gaps join the sentence before,
        offsets before the first sentence the first one)."""
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)


@dataclass(frozen=True, slots=True)
class PredictedArgument:
    """An argument the product gives an event: role, span, and the head word's span."""

    role: str
    start: int
    end: int
    text: str
    head_start: int
    head_end: int


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    """An event mention mapped from an incident or an arrest; ``start``/``end`` is its evidence
    span; ``source`` is the incident's id, or the article's for an arrest."""

    event_type: str
    sentence: int
    start: int
    end: int
    text: str
    source: str
    arguments: tuple[PredictedArgument, ...] = ()


# Matched, predicted and gold counts with their ratios: the CEAF scorer's record serves here too.
Score = CeafScore

_ZERO = Score(0, 0, 0)


@dataclass(frozen=True, slots=True)
class WikiEventsScores:
    """Event scores per row of :data:`EVENT_ROWS`, argument scores overall and per
    ``family/role``."""

    events: Mapping[str, Score]
    argument_identification: Score
    argument_classification: Score
    roles: Mapping[str, Score]
    documents: int


@dataclass(frozen=True, slots=True)
class WikiEventsRun:
    """One run: the data file, its scores, the mapped predictions per document, the speed."""

    source: str
    scores: WikiEventsScores
    predictions: Mapping[str, tuple[PredictedEvent, ...]]
    speed: Speed


# --- reading the gold -----------------------------------------------------------------------------


class _LineError(Exception):
    """A defect in one line; re-raised as EvalError with the file name and line number."""


def _get(obj: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in obj:
        raise _LineError(f"{where} has no {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _LineError(f"{where}: {key!r} should be {kind.__name__}, got {type(value).__name__}")
    return value


def _align_tokens(text: str, tokens: Sequence[Any]) -> list[tuple[int, int]]:
    """Character spans of ``tokens`` in ``text``, found in order with only white space between.

    The released offsets assume a space between sentences that ``text`` does not always have, so
    the tokens are located again in the text the product reads."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for number, token in enumerate(tokens):
        if not isinstance(token, str) or not token:
            raise _LineError(f"token {number} is not a non-empty string")
        found = text.find(token, cursor)
        if found < 0 or (text[cursor:found] and not text[cursor:found].isspace()):
            raise _LineError(f"token {number} {token!r} is not found in 'text' after {cursor}")
        spans.append((found, found + len(token)))
        cursor = found + len(token)
    return spans


def _token_range(obj: Mapping[str, Any], where: str, n_tokens: int) -> tuple[int, int]:
    start = _get(obj, "start", int, where)
    end = _get(obj, "end", int, where)
    if not 0 <= start < end <= n_tokens:
        raise _LineError(f"{where}: token range [{start}, {end}) outside 0..{n_tokens}")
    return start, end


def parse_document(value: Mapping[str, Any]) -> WikiDocument:
    """Build a :class:`WikiDocument` from one decoded line; raises ``ValueError`` subclasses
    (``_LineError``) on defects, which :func:`read_wikievents` reports with the line."""
    doc_id = _get(value, "doc_id", str, "document")
    where = f"document {doc_id!r}"
    text = _get(value, "text", str, where)
    tokens = _get(value, "tokens", list, where)
    spans = _align_tokens(text, tokens)
    sentences = _get(value, "sentences", list, where)
    starts: list[int] = []
    first = 0
    for number, sentence in enumerate(sentences):
        if not isinstance(sentence, list) or not sentence or not isinstance(sentence[0], list):
            raise _LineError(f"{where}: sentence {number} is not [tokens, text]")
        if not sentence[0] or first >= len(spans):
            raise _LineError(f"{where}: sentence {number} has no tokens")
        starts.append(spans[first][0])
        first += len(sentence[0])
    if first != len(spans):
        raise _LineError(f"{where}: sentences hold {first} tokens, 'tokens' has {len(spans)}")
    entities: dict[str, tuple[int, int, str]] = {}
    for mention in _get(value, "entity_mentions", list, where):
        if not isinstance(mention, dict):
            raise _LineError(f"{where}: an entity mention is not an object")
        ident = _get(mention, "id", str, f"{where} entity mention")
        start, end = _token_range(mention, f"{where} entity {ident!r}", len(spans))
        char_start, char_end = spans[start][0], spans[end - 1][1]
        entities[ident] = (char_start, char_end, text[char_start:char_end])
    document = WikiDocument(doc_id, text, tuple(starts), ())
    events: list[GoldEvent] = []
    for event in _get(value, "event_mentions", list, where):
        if not isinstance(event, dict):
            raise _LineError(f"{where}: an event mention is not an object")
        ident = _get(event, "id", str, f"{where} event mention")
        event_where = f"{where} event {ident!r}"
        event_type = _get(event, "event_type", str, event_where)
        trigger = _get(event, "trigger", dict, event_where)
        start, end = _token_range(trigger, f"{event_where} trigger", len(spans))
        char_start, char_end = spans[start][0], spans[end - 1][1]
        arguments: list[GoldArgument] = []
        for argument in _get(event, "arguments", list, event_where):
            if not isinstance(argument, dict):
                raise _LineError(f"{event_where}: an argument is not an object")
            entity_id = _get(argument, "entity_id", str, f"{event_where} argument")
            role = _get(argument, "role", str, f"{event_where} argument")
            if entity_id not in entities:
                raise _LineError(f"{event_where}: argument names unknown entity {entity_id!r}")
            a_start, a_end, a_text = entities[entity_id]
            arguments.append(GoldArgument(role, a_start, a_end, a_text))
        events.append(
            GoldEvent(
                ident,
                event_type,
                document.sentence_of(char_start),
                char_start,
                char_end,
                text[char_start:char_end],
                tuple(arguments),
            )
        )
    return WikiDocument(doc_id, text, tuple(starts), tuple(events))


def read_wikievents(path: Path) -> list[WikiDocument]:
    """Read a WikiEvents JSON-lines split; any defect raises EvalError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise EvalError(f"{path}: not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise EvalError(f"{path}: cannot be read ({error.strerror or error})") from None
    documents: list[WikiDocument] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvalError(f"{path}:{number}: invalid JSON ({error.msg})") from None
        if not isinstance(value, dict):
            raise EvalError(f"{path}:{number}: expected a JSON object, got {type(value).__name__}")
        try:
            document = parse_document(value)
        except _LineError as error:
            raise EvalError(f"{path}:{number}: {error}") from None
        if document.doc_id in seen:
            raise EvalError(f"{path}:{number}: doc_id {document.doc_id!r} appears twice")
        seen.add(document.doc_id)
        documents.append(document)
    if not documents:
        raise EvalError(f"{path}: no documents")
    return documents


# --- mapping the product's output -----------------------------------------------------------------


def head_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span of the head word of ``text[start:end]``: its last word before the
    first comma, bracket, preposition, relative pronoun or conjunction (English noun phrases are
    head-final: "the roof of the mosque" → "roof"). A span with no word is its own head."""
    piece = text[start:end]
    cut = _CLAUSE_BREAK.search(piece)
    if cut is not None and cut.start() > 0:
        piece = piece[: cut.start()]
    head: re.Match[str] | None = None
    for number, word in enumerate(_WORD.finditer(piece)):
        if number > 0 and word.group(0).lower() in _HEAD_STOP:
            break
        head = word
    if head is None:
        return start, end
    return start + head.start(), start + head.end()


def _argument(role: str, text: str, start: int, end: int) -> PredictedArgument:
    head_start, head_end = head_span(text, start, end)
    return PredictedArgument(role, start, end, text[start:end], head_start, head_end)


def toll_victim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A toll's quantity extended to the people noun it counts within three words
    ("at least 12" + "civilians" → "at least 12 civilians"); the quantity alone otherwise."""
    cursor = end
    for _ in range(3):
        word = _NEXT_WORD.match(text, cursor)
        if word is None:
            break
        lower = word.group(1).lower()
        if lower in _NOT_COUNTED:
            break
        if lower in PEOPLE_NOUNS:
            return start, word.end(1)
        cursor = word.end(1)
    return start, end


def _is_explosive_word(word: str) -> bool:
    lower = word.lower()
    candidates = {lower, lower[:-1], lower[:-2], lower[:-3], lower[:-3] + "e"}
    return bool(candidates & _EXPLOSIVE_TRIGGERS)


def _toll_evidence(incident: Incident, kind: str) -> list[Evidence]:
    toll = incident.killed if kind == "killed" else incident.wounded
    if toll is None:
        return []
    return [c.evidence for c in toll.claims if c.value != 0 and c.evidence.end > c.evidence.start]


def map_incidents(document: WikiDocument, incidents: Sequence[Incident]) -> list[PredictedEvent]:
    """The KAIROS event mentions and arguments the incidents of one document give (module doc)."""
    text = document.text
    events: list[PredictedEvent] = []
    for incident in incidents:
        in_sentence: dict[tuple[str, int], list[Evidence]] = {}
        for evidence in incident.evidence:
            if evidence.end <= evidence.start:
                continue
            key = (evidence.field, document.sentence_of(evidence.start))
            in_sentence.setdefault(key, []).append(evidence)

        def spans(
            fields: Iterable[str],
            sentence: int,
            table: Mapping[tuple[str, int], list[Evidence]] = in_sentence,
        ) -> list[Evidence]:
            return [e for name in fields for e in table.get((name, sentence), [])]

        attack: dict[tuple[int, str], Evidence] = {}
        for evidence in sorted(
            (e for e in incident.evidence if e.field == "attack_types" and e.end > e.start),
            key=lambda e: e.start,
        ):
            sentence = document.sentence_of(evidence.start)
            subtype = DETONATE if _is_explosive_word(evidence.text) else ATTACK
            attack.setdefault((sentence, subtype), evidence)
        died: dict[int, Evidence] = {}
        hurt: dict[int, Evidence] = {}
        for target, kind in ((died, "killed"), (hurt, "wounded")):
            for evidence in sorted(_toll_evidence(incident, kind), key=lambda e: e.start):
                target.setdefault(document.sentence_of(evidence.start), evidence)

        for (sentence, subtype), evidence in attack.items():
            arguments = [
                _argument("Attacker", text, e.start, e.end)
                for e in spans(("perpetrators", "perpetrator_groups"), sentence)
            ]
            arguments += [
                _argument("Place", text, e.start, e.end) for e in spans(["place"], sentence)
            ]
            for weapon in spans(["weapons"], sentence):
                explosive = WEAPON_PHRASES.get(weapon.text.lower()) == "Explosives"
                role = "ExplosiveDevice" if subtype == DETONATE and explosive else "Instrument"
                arguments.append(_argument(role, text, weapon.start, weapon.end))
            arguments += [
                _argument("Target", text, e.start, e.end) for e in spans(["targets"], sentence)
            ]
            events.append(_event(subtype, sentence, evidence, incident.id, arguments))

        for sentence, evidence in died.items():
            arguments = []
            for claim in _toll_evidence(incident, "killed"):
                if document.sentence_of(claim.start) == sentence:
                    start, end = toll_victim_span(text, claim.start, claim.end)
                    arguments.append(_argument("Victim", text, start, end))
            arguments += [
                _argument("Victim", text, e.start, e.end) for e in spans(["victims"], sentence)
            ]
            arguments += [
                _argument("Place", text, e.start, e.end) for e in spans(["place"], sentence)
            ]
            arguments += [
                _argument("Killer", text, e.start, e.end)
                for e in spans(("perpetrators", "perpetrator_groups"), sentence)
            ]
            events.append(_event(DIE, sentence, evidence, incident.id, arguments))

        for sentence, evidence in hurt.items():
            arguments = []
            for claim in _toll_evidence(incident, "wounded"):
                if document.sentence_of(claim.start) == sentence:
                    start, end = toll_victim_span(text, claim.start, claim.end)
                    arguments.append(_argument("Victim", text, start, end))
            if sentence not in died:
                arguments += [
                    _argument("Victim", text, e.start, e.end) for e in spans(["victims"], sentence)
                ]
            arguments += [
                _argument("Injurer", text, e.start, e.end)
                for e in spans(("perpetrators", "perpetrator_groups"), sentence)
            ]
            events.append(_event(INJURE, sentence, evidence, incident.id, arguments))
    events.sort(key=lambda e: (e.start, e.event_type))
    return events


def map_actions(document: WikiDocument, actions: Sequence[CounterAction]) -> list[PredictedEvent]:
    """The ``Justice.ArrestJailDetain`` event mentions the arrests of one document give: one
    per telling of an arrest (an arrest told twice cites its action word twice, and each is a
    mention), with the arguments cited in that telling's sentence."""
    events: list[PredictedEvent] = []
    for action in actions:
        if action.kind != "arrest":
            continue
        tellings = [e for e in action.evidence if e.field == "kind" and e.end > e.start]
        for trigger in tellings:
            cited = {
                e.field: e
                for e in action.evidence
                if e.end > e.start and (e.sentence == trigger.sentence or len(tellings) == 1)
            }
            cited["kind"] = trigger
            events.append(_arrest_event(document, action, cited))
    return events


def _arrest_event(
    document: WikiDocument, action: CounterAction, cited: Mapping[str, Evidence]
) -> PredictedEvent:
    """One arrest mention: its action word (``cited["kind"]``) and the arguments cited."""
    text = document.text
    trigger = cited["kind"]
    arguments = []
    who, count = cited.get("what"), cited.get("count")
    if who is not None:
        arguments.append(_argument("Detainee", text, who.start, who.end))
    elif count is not None:
        arguments.append(
            _argument("Detainee", text, *toll_victim_span(text, count.start, count.end))
        )
    for field, role in (("actor", "Jailer"), ("place", "Place")):
        if field in cited:
            arguments.append(_argument(role, text, cited[field].start, cited[field].end))
    sentence = document.sentence_of(trigger.start)
    return _event(ARREST, sentence, trigger, action.article, arguments)


def _event(
    event_type: str,
    sentence: int,
    evidence: Evidence,
    source: str,
    arguments: Sequence[PredictedArgument],
) -> PredictedEvent:
    unique: list[PredictedArgument] = []
    seen: set[tuple[str, int, int]] = set()
    for argument in arguments:
        key = (argument.role, argument.head_start, argument.head_end)
        if key not in seen:
            seen.add(key)
            unique.append(argument)
    return PredictedEvent(
        event_type,
        sentence,
        evidence.start,
        evidence.end,
        evidence.text,
        source,
        tuple(unique),
    )


# --- scoring --------------------------------------------------------------------------------------


def _count_matches(predicted: Sequence[int], gold: Sequence[int]) -> int:
    """One-to-one matches between items keyed by sentence: per sentence, the smaller count."""
    matched = 0
    for sentence in set(predicted):
        matched += min(predicted.count(sentence), gold.count(sentence))
    return matched


def match_events(
    predicted: Sequence[PredictedEvent], gold: Sequence[GoldEvent]
) -> list[tuple[int, int]]:
    """One-to-one ``(predicted index, gold index)`` pairs of the same family and sentence.

    Within a sentence and family, pairs of the exact same type are taken first, then the pair
    whose evidence and trigger are nearest (ties by text order); every pair is allowed, so the
    number of pairs is the maximum possible."""
    candidates: list[tuple[bool, int, int, int, int]] = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p.sentence == g.sentence and event_family(p.event_type) == event_family(
                g.event_type
            ):
                distance = abs(p.start - g.start)
                candidates.append((p.event_type != g.event_type, distance, i, j, g.start))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, i, j, _ in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


def _overlaps(argument: PredictedArgument, gold: GoldArgument) -> bool:
    return argument.head_start < gold.end and gold.start < argument.head_end


def _role_key(event_type: str, role: str) -> str:
    return f"{event_family(event_type)}/{role}"


def score_wikievents(
    documents: Sequence[WikiDocument], predictions: Mapping[str, Sequence[PredictedEvent]]
) -> WikiEventsScores:
    """Score predicted events and arguments against the gold of every document (module doc).

    A document missing from ``predictions`` predicts nothing; a predicted document id that is not
    in the gold, or a predicted type outside :data:`SCORED_EVENT_TYPES`, raises EvalError."""
    known = {d.doc_id for d in documents}
    extra = sorted(set(predictions) - known)
    if extra:
        raise EvalError(f"{len(extra)} predicted document(s) are not in the gold: {extra[:5]}")
    events: dict[str, Score] = dict.fromkeys(EVENT_ROWS, _ZERO)
    identification = _ZERO
    classification = _ZERO
    roles: dict[str, Score] = {}
    for document in documents:
        gold = [e for e in document.events if e.event_type in SCORED_EVENT_TYPES]
        predicted = list(predictions.get(document.doc_id, ()))
        for event in predicted:
            if event.event_type not in SCORED_EVENT_TYPES:
                raise EvalError(
                    f"document {document.doc_id!r}: predicted type {event.event_type!r} "
                    "is not a scored type"
                )
        for event_type in (DETONATE, ATTACK):  # the subtypes; families are counted below
            p_sents = [e.sentence for e in predicted if e.event_type == event_type]
            g_sents = [e.sentence for e in gold if e.event_type == event_type]
            score = Score(_count_matches(p_sents, g_sents), len(p_sents), len(g_sents))
            events[event_type] = events[event_type] + score
        pairs = match_events(predicted, gold)
        for family in FAMILIES:
            matched = sum(1 for i, _ in pairs if event_family(predicted[i].event_type) == family)
            n_pred = sum(1 for e in predicted if event_family(e.event_type) == family)
            n_gold = sum(1 for e in gold if event_family(e.event_type) == family)
            score = Score(matched, n_pred, n_gold)
            events[family] = events[family] + score
            events["All"] = events["All"] + score

        for event in predicted:
            identification = identification + Score(0, len(event.arguments), 0)
            classification = classification + Score(0, len(event.arguments), 0)
            for argument in event.arguments:
                key = _role_key(event.event_type, argument.role)
                roles[key] = roles.get(key, _ZERO) + Score(0, 1, 0)
        for gold_event in gold:
            identification = identification + Score(0, 0, len(gold_event.arguments))
            classification = classification + Score(0, 0, len(gold_event.arguments))
            for gold_argument in gold_event.arguments:
                key = _role_key(gold_event.event_type, gold_argument.role)
                roles[key] = roles.get(key, _ZERO) + Score(0, 0, 1)
        for i, j in pairs:
            p_args = predicted[i].arguments
            g_args = gold[j].arguments
            if not p_args or not g_args:
                continue
            found = maximum_matching([[_overlaps(p, g) for g in g_args] for p in p_args])
            identification = identification + Score(len(found), 0, 0)
            typed = maximum_matching(
                [[_overlaps(p, g) and p.role == g.role for g in g_args] for p in p_args]
            )
            classification = classification + Score(len(typed), 0, 0)
            for a, _ in typed:
                key = _role_key(predicted[i].event_type, p_args[a].role)
                roles[key] = roles.get(key, _ZERO) + Score(1, 0, 0)
    return WikiEventsScores(
        events=MappingProxyType(events),
        argument_identification=identification,
        argument_classification=classification,
        roles=MappingProxyType(dict(sorted(roles.items()))),
        documents=len(documents),
    )


# --- running --------------------------------------------------------------------------------------


def run_wikievents(app: Veille, path: Path, *, limit: int | None = None) -> WikiEventsRun:
    """Extract from every document of a WikiEvents split with the product and score it."""
    documents = read_wikievents(path)
    if limit:
        documents = documents[:limit]
    by_id = {d.doc_id: d for d in documents}
    articles = [
        Article(id=article_id(d.text), text=d.text, source=d.doc_id) for d in documents if d.text
    ]
    app.warm_up()  # load the model before the clock starts: speed is per document
    started = time.perf_counter()
    predictions: dict[str, tuple[PredictedEvent, ...]] = {}
    for found in app.extract_events(articles):
        document = by_id[found.article.source]
        events = map_incidents(document, found.incidents) + map_actions(document, found.actions)
        events.sort(key=lambda e: (e.start, e.event_type))
        predictions[found.article.source] = tuple(events)
    seconds = time.perf_counter() - started
    scores = score_wikievents(documents, predictions)
    speed = Speed(len(documents), seconds, 1, peak_rss_mb())
    return WikiEventsRun(str(path), scores, MappingProxyType(predictions), speed)


def _row(name: str, score: Score, width: int) -> str:
    return (
        f"{name:<{width}} {100 * score.precision:6.2f} {100 * score.recall:6.2f} "
        f"{100 * score.f1:6.2f} {score.predicted:6d} {score.gold:6d} {score.matched:6d}"
    )


def format_wikievents_report(run: WikiEventsRun) -> str:
    """A plain-text report of one run: events per type, arguments, per-role, speed."""
    scores = run.scores
    width = max(len(k) for k in (*EVENT_ROWS, *scores.roles, "Argument classification"))
    header = f"{'':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6} {'match':>6}"
    lines = [f"WikiEvents {run.source}: {scores.documents} documents", "", "Events", header]
    lines += [_row(name, scores.events[name], width) for name in EVENT_ROWS]
    lines += ["", "Arguments (head word match)", header]
    lines.append(_row("Argument identification", scores.argument_identification, width))
    lines.append(_row("Argument classification", scores.argument_classification, width))
    lines += ["", "Argument classification per role", header]
    lines += [_row(name, score, width) for name, score in scores.roles.items()]
    lines += ["", f"Speed: {run.speed.describe()}"]
    return "\n".join(lines)
