"""The ``veille_roles`` spaCy component: trained tagging of MUC-4 role-filler mentions.

A small spaCy pipeline trained on MUC-4 (see :mod:`veille.train.muc4_roles`) is shipped in
``veille/models/muc4_roles/``. It has two components:

* a role tagger, ``ner`` in the shipped model (``spancat`` or a BILUO ``tagger`` can be trained
  too), tags mentions with the labels ``PerpInd``, ``PerpOrg``, ``Target``, ``Victim`` and
  ``Weapon`` (the five MUC-4 role slots);
* ``textcat`` gives the probability (label ``RELEVANT``) that the document reports a terrorist
  incident at all: MUC-4 fills no role for other news, and below a threshold chosen on the
  development set the component keeps no span.

The decoding settings chosen on the development set when training (relevance threshold, span
thresholds, merging, aliases, most entities per role, the learnt lexicon, the ensemble's other
taggers) are stored beside the model in ``veille_roles.json`` (:class:`RoleSettings`).

The model was trained on lower-cased newswire, so :class:`RoleTagger` runs it on a lower-cased
copy of the document's text (lower-casing one character at a time, keeping every character whose
lower case is not a single character, so character offsets are the same in both texts) and maps
the spans back onto the document's own tokens by character offsets.

Loading the model happens once per process and model directory (:func:`load_role_model`).

Typical use::

    import veille.nlp.roles  # registers the factory
    nlp.add_pipe("veille_roles")
    doc = nlp("Urban guerrillas of the FMLN attacked the power station with dynamite.")
    doc.spans["veille_roles"]          # the tagged mentions, label = role
    predict_roles(doc)                 # {"PerpOrg": ["fmln"], "Weapon": ["dynamite"], ...}
"""

from __future__ import annotations

import functools
import json
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, Final

import numpy as np
import spacy
from numpy.typing import NDArray
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from veille.errors import ModelError
from veille.eval.ceaf import MUC4_ROLES, normalise_mention
from veille.nlp.role_lexicon import LexiconEntry, lexicon_additions
from veille.nlp.text import doc_text

__all__ = [
    "DEFAULT_MODEL_DIR",
    "DEFAULT_SPAN_THRESHOLD",
    "IRRELEVANT_LABEL",
    "MEMBERS_KEY",
    "REJECTED_ATTR",
    "RELEVANCE_ATTR",
    "RELEVANT_LABEL",
    "ROLE_LABELS",
    "SETTINGS_FILE",
    "SPANCAT_KEY",
    "SPANS_KEY",
    "TAG_LABELS",
    "TOKEN_PROBS_KEY",
    "RoleSettings",
    "RoleTagger",
    "decode_spans",
    "load_members",
    "load_role_model",
    "load_settings",
    "lower_preserving_offsets",
    "make_role_tagger",
    "predict_role_entities",
    "predict_roles",
    "relevance",
    "role_counts",
    "scored_spans",
    "select_mentions",
    "tag_texts",
]

ROLE_LABELS: Final[tuple[str, ...]] = MUC4_ROLES
SPANS_KEY: Final = "veille_roles"
RELEVANT_LABEL: Final = "RELEVANT"
IRRELEVANT_LABEL: Final = "IRRELEVANT"
RELEVANCE_ATTR: Final = "relevance"
"""Key in ``doc.spans[SPANS_KEY].attrs`` holding the document's relevance probability."""
REJECTED_ATTR: Final = "rejected"
"""Key in ``doc.spans[SPANS_KEY].attrs``: whether decoding took the document to report no
incident (relevance below the threshold, or doubtful) and so kept no span."""
SETTINGS_FILE: Final = "veille_roles.json"
MEMBERS_KEY: Final = "veille_roles_members"
"""Span group of an inner doc holding the spans of the ensemble's other taggers
(:attr:`RoleSettings.members`), joined to the main tagger's own (``tagged.ents``)."""
SPANCAT_KEY: Final = "sc"
"""Span group the inner span categorizer (when the model has one) writes its spans to."""
DEFAULT_SPAN_THRESHOLD: Final = 0.5
TOKEN_PROBS_KEY: Final = "veille_role_token_probs"
"""``doc.user_data`` key of the token tagger's probabilities (tokens x :data:`TAG_LABELS`)."""
TAG_LABELS: Final[tuple[str, ...]] = (
    "O",
    *(f"{prefix}-{role}" for role in ROLE_LABELS for prefix in "BILU"),
)
"""The token tagger's labels: BILUO tags of the five roles."""
DEFAULT_MODEL_DIR: Final[Path] = Path(__file__).resolve().parent.parent / "models" / "muc4_roles"


@dataclass(frozen=True)
class RoleSettings:
    """Decoding settings stored beside the trained model (``veille_roles.json``).

    ``relevance_threshold``: spans are kept only when the document's ``RELEVANT`` probability is
    at least this (0 keeps every span). ``thresholds``: per role, the lowest span probability
    kept (span categorizer models; a role left out uses :data:`DEFAULT_SPAN_THRESHOLD`; entity
    recognizer spans count as probability 1). ``merge_contained``: when choosing one mention per
    entity, a mention whose words all occur, in order, inside an already chosen mention of the
    same role ("guerrillas" after "urban guerrillas") is taken as the same entity, and the other
    way round. ``aliases``: pairs of normalised mentions seen as one entity in the training data
    ("fmln" and "farabundo marti national liberation front"), merged the same way.
    ``max_per_role``: when above 0, at most this many entities per role and document are kept,
    the most probable ones. ``lexicon`` and ``lexicon_backoff``: role fillers learnt from the
    training data and, per role, ``(threshold, only_when_empty)`` for adding one of them where
    the tagger is silent (:mod:`veille.nlp.role_lexicon`); a role absent from
    ``lexicon_backoff`` takes none. ``doubtful``: ``(relevance, most)`` or ``None``; a document
    whose relevance is below ``relevance``, where no Target or Victim is tagged and at most
    ``most`` entities are, is taken to report no incident and keeps no span (MUC-4 fills no role
    for news that only names a group or a weapon in passing).
    """

    relevance_threshold: float = 0.0
    merge_contained: bool = True
    aliases: frozenset[frozenset[str]] = frozenset()
    thresholds: Mapping[str, float] = field(default_factory=dict)
    max_per_role: int = 0
    lexicon: Mapping[str, tuple[LexiconEntry, ...]] = field(default_factory=dict)
    lexicon_backoff: Mapping[str, tuple[float, bool]] = field(default_factory=dict)
    members: tuple[str, ...] = ()
    doubtful: tuple[float, int] | None = None

    def threshold(self, role: str) -> float:
        """The lowest span probability kept for ``role``."""
        return self.thresholds.get(role, DEFAULT_SPAN_THRESHOLD)

    def to_json(self) -> dict[str, Any]:
        return {
            "relevance_threshold": self.relevance_threshold,
            "merge_contained": self.merge_contained,
            "thresholds": dict(self.thresholds),
            "max_per_role": self.max_per_role,
            "aliases": sorted(sorted(pair) for pair in self.aliases),
            "lexicon_backoff": {
                role: [threshold, only_empty]
                for role, (threshold, only_empty) in self.lexicon_backoff.items()
            },
            "lexicon": {role: [list(e) for e in entries] for role, entries in self.lexicon.items()},
            "members": list(self.members),
            "doubtful": list(self.doubtful) if self.doubtful else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RoleSettings:
        aliases = frozenset(frozenset(str(m) for m in pair) for pair in data.get("aliases", []))
        thresholds = data.get("thresholds", {})
        return cls(
            relevance_threshold=float(data.get("relevance_threshold", 0.0)),
            merge_contained=bool(data.get("merge_contained", True)),
            aliases=frozenset(pair for pair in aliases if len(pair) == 2),
            thresholds={str(k): float(v) for k, v in thresholds.items()},
            max_per_role=int(data.get("max_per_role", 0)),
            lexicon={
                str(role): tuple((str(m), float(share)) for m, share in entries)
                for role, entries in data.get("lexicon", {}).items()
            },
            lexicon_backoff={
                str(role): (float(value[0]), bool(value[1]))
                for role, value in data.get("lexicon_backoff", {}).items()
            },
            members=tuple(str(m) for m in data.get("members", [])),
            doubtful=_doubtful(data.get("doubtful")),
        )


def _doubtful(value: Any) -> tuple[float, int] | None:
    if not value:
        return None
    relevance_below, most = value
    return float(relevance_below), int(most)


def lower_preserving_offsets(text: str) -> str:
    """Lower-case ``text`` without changing its length or any character's offset.

    ``str.lower`` turns a few characters into two ("İ" into "i̇"); those are kept as they are so
    that a character offset in the result is the same offset in ``text``.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def load_settings(model_dir: str | Path) -> RoleSettings:
    """Read ``veille_roles.json`` from ``model_dir``; defaults when the file is absent."""
    path = Path(model_dir) / SETTINGS_FILE
    if not path.exists():
        return RoleSettings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: cannot read the role tagger's settings ({error})") from None
    if not isinstance(data, dict):
        raise ModelError(f"{path}: expected a JSON object")
    return RoleSettings.from_json(data)


@functools.lru_cache(maxsize=4)
def _load_cached(model_dir: str) -> tuple[Language, RoleSettings]:
    path = Path(model_dir)
    if not (path / "config.cfg").exists():
        raise ModelError(
            f"no trained role tagger in {path}: train one with "
            "veille.train.muc4_roles.train_role_tagger (see docs/training.md)"
        )
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot load the role tagger from {path}: {error}") from None
    return nlp, load_settings(path)


def load_role_model(model_dir: str | Path | None = None) -> tuple[Language, RoleSettings]:
    """Return the trained role pipeline and its settings, loading them once per process.

    ``model_dir`` defaults to the model shipped in the package. Raises
    :class:`~veille.errors.ModelError` when the directory holds no loadable model.
    """
    path = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
    return _load_cached(str(path.resolve()))


def load_members(model_dir: str | Path | None = None) -> tuple[Language, ...]:
    """The ensemble's other taggers named in the settings of ``model_dir`` (loaded once)."""
    path = (Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR).resolve()
    _, settings = _load_cached(str(path))
    return tuple(_load_cached(str(path / member))[0] for member in settings.members)


def relevance(tagged: Doc) -> float:
    """The inner model's probability that ``tagged`` reports an incident (1 without textcat)."""
    if RELEVANT_LABEL in tagged.cats:
        return float(tagged.cats[RELEVANT_LABEL])
    return 1.0


def scored_spans(tagged: Doc) -> list[tuple[Span, float]]:
    """The role spans the inner model put on ``tagged`` with their probabilities.

    A span categorizer's spans (``tagged.spans["sc"]``) carry their scores; entity recognizer
    spans (``tagged.ents``, and the ensemble members' in ``tagged.spans[MEMBERS_KEY]``) count as
    probability 1.
    """
    if SPANCAT_KEY in tagged.spans:
        group = tagged.spans[SPANCAT_KEY]
        scores = group.attrs.get("scores", [1.0] * len(group))
        return [(span, float(score)) for span, score in zip(group, scores, strict=True)]
    found = [(ent, 1.0) for ent in tagged.ents]
    if MEMBERS_KEY in tagged.spans:
        found += [(span, 1.0) for span in tagged.spans[MEMBERS_KEY]]
    return found


def _spans_from_token_probs(
    tagged: Doc, probs: NDArray[np.float32], settings: RoleSettings
) -> list[tuple[Span, float]]:
    """Role spans from the token tagger's BILUO probabilities (``len(tagged)`` x TAG_LABELS).

    For each role, a token belongs to a span when the summed probability of the role's four
    tags reaches the role's threshold; a run of such tokens is split where a token's B or U
    probability outweighs its I and L probability (a new span starts) or its L or U outweighs
    its B and I (a span ends). A span's score is the mean role probability of its tokens.
    """
    found: list[tuple[Span, float]] = []
    for index, role in enumerate(ROLE_LABELS):
        begin, inside, last, unit = (probs[:, 1 + 4 * index + k] for k in range(4))
        role_prob = begin + inside + last + unit
        starts = (begin + unit) > (inside + last)
        ends = (last + unit) > (begin + inside)
        threshold = settings.threshold(role)
        start: int | None = None
        for i in range(len(tagged) + 1):
            inside_span = i < len(tagged) and role_prob[i] >= threshold
            if start is not None and (not inside_span or starts[i] or ends[i - 1]):
                found.append((Span(tagged, start, i, label=role), float(role_prob[start:i].mean())))
                start = None
            if inside_span and start is None:
                start = i
    found.sort(key=lambda item: (item[0].start, item[0].end))
    return found


def decode_spans(tagged: Doc, settings: RoleSettings) -> list[tuple[Span, float]]:
    """Choose the role spans to keep on ``tagged``, in document order.

    Nothing is kept when the document's relevance is below ``settings.relevance_threshold``,
    or when the document is doubtful (:attr:`RoleSettings.doubtful`). Otherwise spans below
    their role's threshold are dropped, and of overlapping spans of the same role only the most
    probable is kept (the earlier one on a tie).
    """
    kept = _decode(tagged, settings)
    return [] if _rejected(tagged, kept, settings) else kept


def _rejected(tagged: Doc, kept: Sequence[tuple[Span, float]], settings: RoleSettings) -> bool:
    """Whether the document is taken to report no incident: too little relevance, or doubtful."""
    if relevance(tagged) < settings.relevance_threshold:
        return True
    return settings.doubtful is not None and _doubtful_document(tagged, kept, settings.doubtful)


def _doubtful_document(
    tagged: Doc, kept: Sequence[tuple[Span, float]], doubtful: tuple[float, int]
) -> bool:
    relevance_below, most = doubtful
    if relevance(tagged) >= relevance_below:
        return False
    if any(span.label_ in {"Target", "Victim"} for span, _ in kept):
        return False
    chosen = select_mentions((span.label_, span.text) for span, _ in kept)
    return sum(map(len, chosen.values())) <= most


def _decode(tagged: Doc, settings: RoleSettings) -> list[tuple[Span, float]]:
    probs = tagged.user_data.get(TOKEN_PROBS_KEY)
    if probs is not None:
        return _with_lexicon(tagged, _spans_from_token_probs(tagged, probs, settings), settings)
    candidates = [
        (span, score)
        for span, score in scored_spans(tagged)
        if span.label_ in ROLE_LABELS and score >= settings.threshold(span.label_)
    ]
    candidates.sort(key=lambda item: (-item[1], item[0].start, item[0].end))
    taken: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLE_LABELS}
    kept: list[tuple[Span, float]] = []
    for span, score in candidates:
        ranges = taken[span.label_]
        if any(span.start < end and start < span.end for start, end in ranges):
            continue
        ranges.append((span.start, span.end))
        kept.append((span, score))
    kept.sort(key=lambda item: (item[0].start, item[0].end))
    return _with_lexicon(tagged, kept, settings)


def _with_lexicon(
    tagged: Doc, kept: list[tuple[Span, float]], settings: RoleSettings
) -> list[tuple[Span, float]]:
    """``kept`` plus the fillers the learnt lexicon adds where the tagger is silent; their score
    is the lexicon entry's precision."""
    if not settings.lexicon_backoff:
        return kept
    by_role: dict[str, list[str]] = {}
    for tagged_span, _ in kept:
        by_role.setdefault(tagged_span.label_, []).append(tagged_span.text)
    shares = {(role, m): share for role, es in settings.lexicon.items() for m, share in es}
    text = tagged.text
    added: list[tuple[Span, float]] = []
    for role, start, end in lexicon_additions(
        text, by_role, settings.lexicon, settings.lexicon_backoff
    ):
        found = tagged.char_span(start, end, label=role, alignment_mode="expand")
        if found is not None:
            added.append((found, shares.get((role, text[start:end]), 0.0)))
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda item: (item[0].start, item[0].end))


def tag_texts(
    nlp: Language,
    texts: Iterable[str],
    batch_size: int = 32,
    *,
    members: Sequence[Language] = (),
) -> Iterator[Doc]:
    """Run the inner role pipeline over ``texts``, yielding docs ready for :func:`decode_spans`.

    A token tagger (component "tagger") is run apart so that its probabilities, not only its
    best tags, are kept: they go to ``doc.user_data[TOKEN_PROBS_KEY]``. The entity spans of
    ``members`` (more entity-recogniser taggers) go to ``doc.spans[MEMBERS_KEY]``.
    """
    if members:
        yield from _tag_with_members(nlp, texts, batch_size, members)
        return
    if "tagger" not in nlp.pipe_names:
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    tagger: Any = nlp.get_pipe("tagger")
    labels = tuple(tagger.labels)
    order = [labels.index(label) for label in TAG_LABELS]
    batch: list[Doc] = []
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=["tagger"]):
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _add_token_probs(tagger, batch, order)
            batch = []
    if batch:
        yield from _add_token_probs(tagger, batch, order)


def _tag_with_members(
    nlp: Language, texts: Iterable[str], batch_size: int, members: Sequence[Language]
) -> Iterator[Doc]:
    """The ensemble's tagging: the members tag each chunk in threads, while the main tagger
    tags it and while the next chunk is read (which, inside a pipeline, runs the components
    before this one). spaCy's matrix and parser loops release the GIL, so on two cores the
    members cost little time; a chunk is yielded once the next one has been read."""
    with ThreadPoolExecutor(max_workers=len(members)) as pool:
        stream = iter(texts)
        waiting: tuple[list[Doc], list[Future[list[Sequence[Span]]]]] | None = None
        while True:
            chunk = list(islice(stream, batch_size))
            if chunk:
                running = [pool.submit(_member_ents, m, chunk, batch_size) for m in members]
                tagged = list(nlp.pipe(chunk, batch_size=batch_size))
            if waiting is not None:
                yield from _joined(*waiting)
            if not chunk:
                return
            waiting = (tagged, running)


def _joined(docs: list[Doc], running: list[Future[list[Sequence[Span]]]]) -> list[Doc]:
    """``docs`` with the members' spans (the results of ``running``) in ``MEMBERS_KEY``."""
    joined: list[list[Span]] = [[] for _ in docs]
    for job in running:
        for spans, doc, ents in zip(joined, docs, job.result(), strict=True):
            spans += _aligned(doc, ents)
    for doc, spans in zip(docs, joined, strict=True):
        doc.spans[MEMBERS_KEY] = SpanGroup(doc, name=MEMBERS_KEY, spans=spans)
    return docs


def _member_ents(member: Language, texts: list[str], batch_size: int) -> list[Sequence[Span]]:
    return [doc.ents for doc in member.pipe(texts, batch_size=batch_size, disable=["textcat"])]


def _aligned(doc: Doc, spans: Iterable[Span]) -> list[Span]:
    """``spans`` of another doc of the same text, on ``doc``'s tokens."""
    found = (
        doc.char_span(s.start_char, s.end_char, label=s.label_, alignment_mode="expand")
        for s in spans
    )
    return [span for span in found if span is not None]


def _add_token_probs(tagger: Any, docs: list[Doc], order: list[int]) -> Iterator[Doc]:
    scores = tagger.model.predict(docs)
    for doc, doc_scores in zip(docs, scores, strict=True):
        # the tagger's model outputs logits (spacy.Tagger.v2 with normalize=False)
        logits = np.asarray(tagger.model.ops.to_numpy(doc_scores), dtype=np.float32)
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs = exp / exp.sum(axis=1, keepdims=True)
        doc.user_data[TOKEN_PROBS_KEY] = probs[:, order]
        yield doc


class RoleTagger:
    """Tags MUC-4 role-filler mentions in a document.

    Input: a :class:`~spacy.tokens.Doc` of any pipeline (only its text and tokens are used; it
    may be cased). Output: the same ``Doc`` with ``doc.spans["veille_roles"]`` set to the tagged
    mentions, each span labelled with one of :data:`ROLE_LABELS`, in document order, and the
    document's relevance probability in ``doc.spans["veille_roles"].attrs["relevance"]`` and
    each span's probability, in span order, in ``attrs["scores"]`` (1.0 for the shipped ``ner``
    model, which gives none). When the relevance is below the threshold, the group is empty.
    Several spans may name one entity; :func:`predict_roles` picks one mention per entity.

    Spans are mapped onto ``doc``'s tokens by character offsets; a span that does not start and
    end on token boundaries of ``doc`` is widened to the tokens covering it.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "veille_roles",
        *,
        model_path: str | None = None,
        relevance_threshold: float | None = None,
        lowercase: bool = True,
        batch_size: int = 32,
    ) -> None:
        self.name = name
        self.model, settings = load_role_model(model_path)
        self.members = load_members(model_path)
        threshold = settings.relevance_threshold
        self.relevance_threshold = threshold if relevance_threshold is None else relevance_threshold
        self.settings = settings
        self.lowercase = lowercase
        self.batch_size = batch_size

    def _inner_text(self, doc: Doc) -> str:
        text = doc_text(doc)
        return lower_preserving_offsets(text) if self.lowercase else text

    def _transfer(self, doc: Doc, tagged: Doc) -> Doc:
        settings = self.settings
        if self.relevance_threshold != settings.relevance_threshold:
            settings = replace(settings, relevance_threshold=self.relevance_threshold)
        spans: list[Span] = []
        scores: list[float] = []
        decoded = _decode(tagged, settings)
        rejected = _rejected(tagged, decoded, settings)
        for inner, score in [] if rejected else decoded:
            span = doc.char_span(
                inner.start_char, inner.end_char, label=inner.label_, alignment_mode="expand"
            )
            if span is not None and span.text.strip():
                spans.append(span)
                scores.append(score)
        attrs = {RELEVANCE_ATTR: relevance(tagged), "scores": scores, REJECTED_ATTR: rejected}
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=spans, attrs=attrs)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Tag ``doc`` in place and return it (see the class docstring for what is set)."""
        (tagged,) = tag_texts(self.model, [self._inner_text(doc)], 1, members=self.members)
        return self._transfer(doc, tagged)

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Tag a stream of docs, running the inner model in batches; yields them in order."""
        size = batch_size or self.batch_size
        held: deque[Doc] = deque()  # read from upstream, not yet tagged

        def texts() -> Iterator[str]:
            for doc in docs:
                held.append(doc)
                yield self._inner_text(doc)

        for inner in tag_texts(self.model, texts(), size, members=self.members):
            yield self._transfer(held.popleft(), inner)


@Language.factory(
    "veille_roles",
    default_config={
        "model_path": None,
        "relevance_threshold": None,
        "lowercase": True,
        "batch_size": 32,
    },
)
def make_role_tagger(
    nlp: Language,
    name: str,
    model_path: str | None,
    relevance_threshold: float | None,
    lowercase: bool,
    batch_size: int,
) -> RoleTagger:
    """Build the ``veille_roles`` component (model from the package unless ``model_path``)."""
    return RoleTagger(
        nlp,
        name,
        model_path=model_path,
        relevance_threshold=relevance_threshold,
        lowercase=lowercase,
        batch_size=batch_size,
    )


def _contained(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the words ``short`` occur as a contiguous run inside ``long``."""
    n = len(short)
    return n > 0 and any(tuple(long[i : i + n]) == tuple(short) for i in range(len(long) - n + 1))


def _singular(word: str) -> str:
    """The word without a plural ending: "bombs" and "bomb", "militias" and "militia"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _same_entity(norm: str, words: Sequence[str], other: str, settings: RoleSettings) -> bool:
    if norm == other or frozenset((norm, other)) in settings.aliases:
        return True
    # MUC-4's templates name an entity once whatever its number: "terrorists" and a later
    # "terrorist", or "car bombs" and "car bomb", are one entity, never two.
    other_words = other.split()
    if [_singular(word) for word in words] == [_singular(word) for word in other_words]:
        return True
    if not settings.merge_contained:
        return False
    return _contained(words, other_words) or _contained(other_words, words)


def select_mentions(
    mentions: Iterable[tuple[str, str]],
    settings: RoleSettings | None = None,
    *,
    scores: Sequence[float] | None = None,
) -> dict[str, list[str]]:
    """Choose one mention per entity from ``(role, mention text)`` pairs in document order.

    The first mention of each entity is kept, as the text it has in the document; later mentions
    of the same role that normalise (:func:`~veille.eval.ceaf.normalise_mention`) to a kept one,
    or, per ``settings``, that are contained in or aliases of a kept one, are dropped. A mention
    that normalises to nothing is dropped. With ``settings.max_per_role`` (> 0), only that many
    entities per role are kept, those with the highest ``scores`` (one per mention, an entity
    scoring its best mention's; without scores, the first entities). Every role of
    :data:`ROLE_LABELS` is a key; the mentions of a role are in document order.
    """
    settings = settings if settings is not None else RoleSettings()
    # per role: [normalised text, text as written, best score, order of first mention]
    kept: dict[str, list[list[Any]]] = {role: [] for role in ROLE_LABELS}
    for index, (role, text) in enumerate(mentions):
        if role not in kept:
            continue
        norm = normalise_mention(text)
        if not norm:
            continue
        score = scores[index] if scores is not None else 0.0
        words = norm.split()
        for entity in kept[role]:
            if _same_entity(norm, words, entity[0], settings):
                entity[2] = max(entity[2], score)
                break
        else:
            kept[role].append([norm, text, score, index])
    chosen: dict[str, list[str]] = {}
    for role, entities in kept.items():
        if settings.max_per_role > 0:
            entities = sorted(entities, key=lambda e: (-e[2], e[3]))[: settings.max_per_role]
            entities.sort(key=lambda e: e[3])
        chosen[role] = [entity[1] for entity in entities]
    return chosen


def _spans(doc: Doc) -> tuple[list[Span], list[float] | None]:
    if SPANS_KEY not in doc.spans:
        doc = RoleTagger()(doc)
    group = doc.spans[SPANS_KEY]
    spans = list(group)
    scores = group.attrs.get("scores")
    if scores is None or len(scores) != len(spans):
        return spans, None
    return spans, [float(score) for score in scores]


def predict_roles(doc: Doc, settings: RoleSettings | None = None) -> dict[str, list[str]]:
    """Return one mention text per predicted entity and role, from ``doc.spans["veille_roles"]``.

    The doc is tagged with the shipped model first when it has no such span group. Settings
    default to those shipped with the model. Mention texts are as in the document.
    """
    spans, scores = _spans(doc)
    if settings is None:
        settings = load_role_model()[1]
    return select_mentions(((s.label_, s.text) for s in spans), settings, scores=scores)


def predict_role_entities(
    doc: Doc, settings: RoleSettings | None = None
) -> dict[str, list[list[str]]]:
    """Like :func:`predict_roles` in the scorer's form: each entity a one-mention list."""
    return {
        role: [[mention] for mention in mentions]
        for role, mentions in predict_roles(doc, settings).items()
    }


def role_counts(docs: Iterable[Doc]) -> Counter[str]:
    """Count the tagged spans per role over ``docs`` (a convenience for reports)."""
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(span.label_ for span in doc.spans.get(SPANS_KEY, []))
    return counts
