"""CASE 2021 shared task 2: ACLED-style sub-event types of news snippets.

:func:`run_case2021` reads the task's ``test.tsv`` (``id``, ``EventSnippet``, ``SubType``), runs
every snippet through the product's spaCy pipeline (:attr:`Veille.nlp`, batched with
``nlp.pipe``) and :func:`veille.extract.acled.classify_event`, and scores the types it gives.

Scores, as the shared task reports them (scikit-learn's definitions, implemented here without
scikit-learn):

* per class: precision = TP / predicted, recall = TP / support, F1 their harmonic mean; a zero
  denominator gives 0 (scikit-learn's ``zero_division`` default, without its warning);
* weighted F1: the per-class F1 averaged with the class supports (numbers of gold snippets) as
  weights, over every label in the gold or the predictions, as ``f1_score(average="weighted")``;
  a label only predicted has support 0 and so weight 0;
* macro F1: the unweighted mean of per-class F1 over the same labels;
* accuracy: the share of snippets whose predicted type is the gold type.

A snippet the classifier gives no type (``None``) counts as wrong: it is a false negative of its
gold class and a prediction of no class, so it lowers recall and never raises precision.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvalError
from ..extract.acled import AcledType, classify_event
from ..services import Veille
from .runner import Speed, peak_rss_mb

HEADER: tuple[str, str, str] = ("id", "EventSnippet", "SubType")
"""The header line ``test.tsv`` must start with."""


@dataclass(frozen=True, slots=True)
class Snippet:
    """One labelled snippet and the line of the file it was read from."""

    id: str
    text: str
    label: str
    line: int


@dataclass(frozen=True, slots=True)
class ClassScore:
    """One class: true positives, number of predictions of it, number of gold snippets of it."""

    label: str
    true_positives: int
    predicted: int
    support: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class ClassificationScores:
    """Per-class scores (labels sorted by name) and the averages over them."""

    classes: tuple[ClassScore, ...]
    total: int
    correct: int
    abstained: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def _weighted(self, value: Callable[[ClassScore], float]) -> float:
        support = sum(c.support for c in self.classes)
        if not support:
            return 0.0
        return sum(value(c) * c.support for c in self.classes) / support

    @property
    def weighted_precision(self) -> float:
        return self._weighted(lambda c: c.precision)

    @property
    def weighted_recall(self) -> float:
        return self._weighted(lambda c: c.recall)

    @property
    def weighted_f1(self) -> float:
        """scikit-learn's ``f1_score(average="weighted")``."""
        return self._weighted(lambda c: c.f1)

    @property
    def macro_f1(self) -> float:
        """scikit-learn's ``f1_score(average="macro")`` over the labels in gold or predictions
        (abstentions are no label)."""
        return sum(c.f1 for c in self.classes) / len(self.classes) if self.classes else 0.0


@dataclass(frozen=True, slots=True)
class Case2021Prediction:
    """What the classifier said about one snippet."""

    id: str
    gold: str
    predicted: AcledType


@dataclass(frozen=True, slots=True)
class Case2021Run:
    """One run: the data file, the scores, every prediction, the speed."""

    source: str
    scores: ClassificationScores
    predictions: tuple[Case2021Prediction, ...]
    speed: Speed


def score_labels(gold: Sequence[str], predicted: Sequence[str | None]) -> ClassificationScores:
    """Score predicted labels against gold labels, position by position (module doc)."""
    if len(gold) != len(predicted):
        raise EvalError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    labels = sorted(set(gold) | {p for p in predicted if p is not None})
    true_positives = dict.fromkeys(labels, 0)
    n_predicted = dict.fromkeys(labels, 0)
    support = dict.fromkeys(labels, 0)
    for truth, guess in zip(gold, predicted, strict=True):
        support[truth] += 1
        if guess is not None:
            n_predicted[guess] += 1
            if guess == truth:
                true_positives[truth] += 1
    classes = tuple(
        ClassScore(label, true_positives[label], n_predicted[label], support[label])
        for label in labels
    )
    return ClassificationScores(
        classes=classes,
        total=len(gold),
        correct=sum(true_positives.values()),
        abstained=sum(1 for p in predicted if p is None),
    )


def read_case2021(path: Path) -> list[Snippet]:
    """Read the task's TSV file; a malformed line raises EvalError naming file and line."""
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvalError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise EvalError(f"{path}: not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise EvalError(f"{path}: cannot be read ({error.strerror or error})") from None
    # Split on newlines only: str.splitlines would also split inside a snippet on U+2028 etc.
    lines = [line.removesuffix("\r") for line in content.split("\n")]
    if not lines or tuple(lines[0].lstrip("\ufeff").split("\t")) != HEADER:
        raise EvalError(f"{path}:1: expected the header {' / '.join(HEADER)} separated by tabs")
    snippets: list[Snippet] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            raise EvalError(f"{path}:{number}: expected 3 tab-separated fields, got {len(fields)}")
        ident, text, label = (f.strip() for f in fields)
        for name, value in zip(HEADER, (ident, text, label), strict=True):
            if not value:
                raise EvalError(f"{path}:{number}: empty {name}")
        if ident in seen:
            raise EvalError(f"{path}:{number}: id {ident!r} already used on line {seen[ident]}")
        seen[ident] = number
        snippets.append(Snippet(ident, text, label, number))
    if not snippets:
        raise EvalError(f"{path}: no snippets")
    return snippets


def run_case2021(app: Veille, path: Path, *, limit: int | None = None) -> Case2021Run:
    """Classify every snippet of the file with the product's rules and score the result."""
    snippets = read_case2021(path)
    if limit:
        snippets = snippets[:limit]
    nlp = app.warm_up()  # load the model before the clock starts: speed is per snippet
    started = time.perf_counter()
    docs = nlp.pipe((s.text for s in snippets), batch_size=app.settings.batch_size)
    predictions = tuple(
        Case2021Prediction(s.id, s.label, classify_event(doc))
        for s, doc in zip(snippets, docs, strict=True)
    )
    seconds = time.perf_counter() - started
    scores = score_labels(
        [p.gold for p in predictions], [p.predicted.sub_event_type for p in predictions]
    )
    speed = Speed(len(snippets), seconds, 1, peak_rss_mb())
    return Case2021Run(str(path), scores, predictions, speed)


def format_case2021_report(run: Case2021Run) -> str:
    """A plain-text report: the averages, a per-class table (by support), the speed."""
    s = run.scores
    lines = [
        f"CASE 2021 task 2 {run.source}: {s.total} snippets",
        f"weighted F1 {100 * s.weighted_f1:.2f}  (weighted P {100 * s.weighted_precision:.2f}, "
        f"weighted R {100 * s.weighted_recall:.2f})",
        f"macro F1 {100 * s.macro_f1:.2f}",
        f"accuracy {100 * s.accuracy:.2f}  ({s.correct} correct, {s.abstained} without a type)",
        "",
    ]
    width = max([len("class"), *(len(c.label) for c in s.classes)])
    lines.append(f"{'class':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}")
    for c in sorted(s.classes, key=lambda c: (-c.support, c.label)):
        lines.append(
            f"{c.label:<{width}} {100 * c.precision:6.2f} {100 * c.recall:6.2f} "
            f"{100 * c.f1:6.2f} {c.predicted:5d} {c.support:5d}"
        )
    lines += ["", f"Speed: {run.speed.describe().replace('documents', 'snippets')}"]
    return "\n".join(lines)
