"""The ``veille_roles`` spaCy component: trained tagging of MUC-4 role-filler mentions.

A small spaCy pipeline trained on MUC-4 (see :mod:`veille.train.muc4_roles`) is shipped in
``veille/models/muc4_roles/``. It has two components:

* ``ner`` tags mentions with the labels ``PerpInd``, ``PerpOrg``, ``Target``, ``Victim`` and
  ``Weapon`` (the five MUC-4 role slots);
* ``textcat`` gives the probability (label ``RELEVANT``) that the document reports a terrorist
  incident at all: MUC-4 fills no role for other news, and below a threshold chosen on the
  development set the component keeps no span.

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
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from veille.errors import ModelError
from veille.eval.ceaf import MUC4_ROLES, normalise_mention

__all__ = [
    "DEFAULT_MODEL_DIR",
    "RELEVANCE_ATTR",
    "RELEVANT_LABEL",
    "ROLE_LABELS",
    "SETTINGS_FILE",
    "SPANS_KEY",
    "RoleSettings",
    "RoleTagger",
    "lower_preserving_offsets",
    "load_role_model",
    "load_settings",
    "predict_role_entities",
    "predict_roles",
    "select_mentions",
]

ROLE_LABELS: Final[tuple[str, ...]] = MUC4_ROLES
SPANS_KEY: Final = "veille_roles"
RELEVANT_LABEL: Final = "RELEVANT"
IRRELEVANT_LABEL: Final = "IRRELEVANT"
RELEVANCE_ATTR: Final = "relevance"
"""Key in ``doc.spans[SPANS_KEY].attrs`` holding the document's relevance probability."""
SETTINGS_FILE: Final = "veille_roles.json"
DEFAULT_MODEL_DIR: Final[Path] = Path(__file__).resolve().parent.parent / "models" / "muc4_roles"


@dataclass(frozen=True)
class RoleSettings:
    """Decoding settings stored beside the trained model (``veille_roles.json``).

    ``relevance_threshold``: spans are kept only when the document's ``RELEVANT`` probability is
    at least this (0 keeps every span). ``merge_contained``: when choosing one mention per entity,
    a mention whose words all occur, in order, inside an already chosen mention of the same role
    ("guerrillas" after "urban guerrillas") is taken as the same entity. ``aliases``: pairs of
    normalised mentions seen as one entity in the training data ("fmln" and "farabundo marti
    national liberation front"), merged the same way.
    """

    relevance_threshold: float = 0.0
    merge_contained: bool = True
    aliases: frozenset[frozenset[str]] = frozenset()

    def to_json(self) -> dict[str, Any]:
        return {
            "relevance_threshold": self.relevance_threshold,
            "merge_contained": self.merge_contained,
            "aliases": sorted(sorted(pair) for pair in self.aliases),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RoleSettings:
        aliases = frozenset(frozenset(str(m) for m in pair) for pair in data.get("aliases", []))
        return cls(
            relevance_threshold=float(data.get("relevance_threshold", 0.0)),
            merge_contained=bool(data.get("merge_contained", True)),
            aliases=frozenset(pair for pair in aliases if len(pair) == 2),
        )


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


def _relevance(doc: Doc) -> float:
    if RELEVANT_LABEL in doc.cats:
        return float(doc.cats[RELEVANT_LABEL])
    return 1.0


class RoleTagger:
    """Tags MUC-4 role-filler mentions in a document.

    Input: a :class:`~spacy.tokens.Doc` of any pipeline (only its text and tokens are used; it
    may be cased). Output: the same ``Doc`` with ``doc.spans["veille_roles"]`` set to the tagged
    mentions, each span labelled with one of :data:`ROLE_LABELS`, in document order, and the
    document's relevance probability in ``doc.spans["veille_roles"].attrs["relevance"]``. When
    that probability is below the threshold, the span group is empty.

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
        threshold = settings.relevance_threshold
        self.relevance_threshold = threshold if relevance_threshold is None else relevance_threshold
        self.settings = settings
        self.lowercase = lowercase
        self.batch_size = batch_size

    def _inner_text(self, doc: Doc) -> str:
        return lower_preserving_offsets(doc.text) if self.lowercase else doc.text

    def _transfer(self, doc: Doc, tagged: Doc) -> Doc:
        relevance = _relevance(tagged)
        spans: list[Span] = []
        if relevance >= self.relevance_threshold:
            for ent in tagged.ents:
                span = doc.char_span(
                    ent.start_char, ent.end_char, label=ent.label_, alignment_mode="expand"
                )
                if span is not None and len(span.text.strip()) > 0:
                    spans.append(span)
        group = SpanGroup(doc, name=SPANS_KEY, spans=spans, attrs={RELEVANCE_ATTR: relevance})
        doc.spans[SPANS_KEY] = group
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Tag ``doc`` in place and return it (see the class docstring for what is set)."""
        return self._transfer(doc, self.model(self._inner_text(doc)))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Tag a stream of docs, running the inner model in batches; yields them in order."""
        size = batch_size or self.batch_size
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._pipe_batch(batch, size)
                batch = []
        if batch:
            yield from self._pipe_batch(batch, size)

    def _pipe_batch(self, batch: Sequence[Doc], size: int) -> Iterator[Doc]:
        texts = [self._inner_text(doc) for doc in batch]
        for doc, tagged in zip(batch, self.model.pipe(texts, batch_size=size), strict=True):
            yield self._transfer(doc, tagged)


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


def select_mentions(
    mentions: Iterable[tuple[str, str]], settings: RoleSettings | None = None
) -> dict[str, list[str]]:
    """Choose one mention per entity from ``(role, mention text)`` pairs in document order.

    The first mention of each entity is kept, as the text it has in the document; later mentions
    of the same role that normalise (:func:`~veille.eval.ceaf.normalise_mention`) to a kept one,
    or, per ``settings``, that are contained in or aliases of a kept one, are dropped. A mention
    that normalises to nothing is dropped. Every role of :data:`ROLE_LABELS` is a key.
    """
    settings = settings if settings is not None else RoleSettings()
    chosen: dict[str, list[str]] = {role: [] for role in ROLE_LABELS}
    kept: dict[str, list[str]] = {role: [] for role in ROLE_LABELS}
    for role, text in mentions:
        if role not in chosen:
            continue
        norm = normalise_mention(text)
        if not norm:
            continue
        words = norm.split()
        same = False
        for other in kept[role]:
            if norm == other or frozenset((norm, other)) in settings.aliases:
                same = True
            elif settings.merge_contained and (
                _contained(words, other.split()) or _contained(other.split(), words)
            ):
                same = True
            if same:
                break
        if not same:
            kept[role].append(norm)
            chosen[role].append(text)
    return chosen


def _spans(doc: Doc) -> Sequence[Span]:
    if SPANS_KEY not in doc.spans:
        doc = RoleTagger()(doc)
    return list(doc.spans[SPANS_KEY])


def predict_roles(doc: Doc, settings: RoleSettings | None = None) -> dict[str, list[str]]:
    """Return one mention text per predicted entity and role, from ``doc.spans["veille_roles"]``.

    The doc is tagged with the shipped model first when it has no such span group. Settings
    default to those shipped with the model. Mention texts are as in the document.
    """
    spans = _spans(doc)
    if settings is None:
        settings = load_role_model()[1]
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    return select_mentions(((s.label_, s.text) for s in ordered), settings)


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
