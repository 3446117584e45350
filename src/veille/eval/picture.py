"""Threat picture gold set: precision and recall of every record kind on real articles.

``tests/data/picture_gold.json`` codes, by hand, what a careful analyst reads in 42 real news
articles of two development corpora (Reuters 2017, Guardian 2017–2019): incidents, counter-
terrorism actions, alert levels and figures, each with an evidence quote. The file holds corpus
row references and annotations only; the texts stay in the corpora (``VEILLE_DATA_DIR``).

:func:`run_picture` writes each gold article's text to a temporary ``.txt`` file (Reuters: title,
newline, text; Guardian: text), ingests the files one by one in corpus order with the article's
publication date (``Veille.ingest([path], published=...)``, exactly what ``veille ingest
--published`` does), reads back what the database holds (``Veille.incidents``,
``Veille.records``) and scores it per kind.

Matching (one to one, within an article; maximum matching so no pair is lost to greedy order):

* incident: same country and, when both sides name a city-level place, the same place (case and
  accents ignored; the gold place or one of its alternatives). A stored incident counts once for
  every article it lists, so a report merged into an earlier article's incident is still
  scored in its own article. Among matchings of the largest size, the one agreeing most on date,
  death toll and groups is chosen;
* action: same kind, and the same count when the gold action gives one;
* alert: same country and the same level id;
* figure: same category and the same quantity (the value; for a range, both bounds).

A prediction matching only an *optional* gold item (background, borderline) is neither a true
nor a false positive; a missed optional item is no false negative.

Fusion is scored on pairs of non-optional gold incidents: a pair is "same" in gold when the two
share an ``event_key``, and "same" in the prediction when both were matched to the same stored
incident. Pairwise precision and recall of the "same" decisions follow.

Field accuracies are over matched non-optional incidents: the stored (possibly fused) value is
right when it equals this article's gold value or a value another article's report of the same
event states (a fused record is judged on the event). Tolls coded as derived (no number
written) are not scored.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeVar, get_args

from ..errors import EvalError
from ..extract.action_patterns import ActionKind
from ..extract.alerts import ChangeKind
from ..extract.figures import CATEGORIES
from ..models import IncidentStatus
from ..nlp.places import default_gazetteer, fold
from ..services import Veille
from ..store.repository import IncidentFilter
from .ceaf import maximum_matching
from .runner import Speed, peak_rss_mb

CORPORA: Final[Mapping[str, str]] = {
    "reuters_2017": "reuters_2017/articles.csv",
    "guardian_isis_2019": "guardian_isis_2019/articles.csv",
}
"""Corpus name -> its file under the data folder, in the order articles are ingested."""

KINDS: Final[tuple[str, ...]] = ("incidents", "actions", "alerts", "figures")
ACTION_KINDS: Final[frozenset[str]] = frozenset(get_args(ActionKind))
ALERT_CHANGES: Final[frozenset[str]] = frozenset(get_args(ChangeKind))
STATUSES: Final[frozenset[str]] = frozenset(get_args(IncidentStatus))
ACTION_STATUSES: Final[frozenset[str]] = frozenset({"carried out", "announced"})
FIELDS: Final[tuple[str, ...]] = ("date", "killed", "groups")

_ISO_PARTIAL = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_CITY_PRECISIONS: Final[frozenset[str]] = frozenset({"city", "site"})
_PAGE: Final = 500

T = TypeVar("T")


# --- gold records ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldToll:
    """A death or injury toll as the article states it; ``derived`` when no number is written."""

    value: int | None
    qualifier: str | None
    derived: bool = False


@dataclass(frozen=True, slots=True)
class GoldIncident:
    event_key: str
    date: str | None
    country: str | None
    place: str | None
    place_alternatives: tuple[str, ...]
    attack_type: str | None
    killed: GoldToll | None
    wounded: GoldToll | None
    groups: frozenset[str]
    status: str
    optional: bool
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldQuantity:
    """A figure's quantity as written: a range has ``value`` None and both bounds."""

    value: int | None
    qualifier: str | None = None
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True, slots=True)
class GoldAction:
    kind: str
    count: int | None
    country: str | None
    date: str | None
    status: str
    optional: bool
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldAlert:
    country: str
    level: str
    scheme: str | None
    change: str
    date: str | None
    optional: bool
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldFigure:
    quantity: GoldQuantity
    category: str
    country: str | None
    optional: bool
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One annotated article: a corpus row and what it reports."""

    corpus: str
    row: int
    published: str
    title: str
    incidents: tuple[GoldIncident, ...] = ()
    actions: tuple[GoldAction, ...] = ()
    alerts: tuple[GoldAlert, ...] = ()
    figures: tuple[GoldFigure, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.corpus}:{self.row}"


# --- predictions -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PredictedIncident:
    """A stored incident as seen from one article it lists. ``place`` is set only for a place
    of city or site precision."""

    article: str  # gold article key, "corpus:row"
    incident: str  # stored incident id
    country: str | None
    place: str | None = None
    date: str | None = None
    killed: int | None = None
    groups: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PredictedAction:
    article: str
    kind: str
    count: int | None = None


@dataclass(frozen=True, slots=True)
class PredictedAlert:
    article: str
    country: str | None
    level: str | None


@dataclass(frozen=True, slots=True)
class PredictedFigure:
    article: str
    category: str
    value: int | None
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True, slots=True)
class Predictions:
    incidents: tuple[PredictedIncident, ...] = ()
    actions: tuple[PredictedAction, ...] = ()
    alerts: tuple[PredictedAlert, ...] = ()
    figures: tuple[PredictedFigure, ...] = ()

    def only(self, articles: Set[str]) -> Predictions:
        return Predictions(
            tuple(p for p in self.incidents if p.article in articles),
            tuple(p for p in self.actions if p.article in articles),
            tuple(p for p in self.alerts if p.article in articles),
            tuple(p for p in self.figures if p.article in articles),
        )


# --- scores ----------------------------------------------------------------------------------


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class KindScore:
    """One record kind. ``ignored``: predictions that matched only an optional gold item."""

    kind: str
    true_positives: int
    false_positives: int
    false_negatives: int
    ignored: int = 0

    @property
    def gold(self) -> int:
        return self.true_positives + self.false_negatives

    @property
    def predicted(self) -> int:
        return self.true_positives + self.false_positives + self.ignored

    @property
    def precision(self) -> float:
        scored = self.true_positives + self.false_positives
        return self.true_positives / scored if scored else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass(frozen=True, slots=True)
class FieldAccuracy:
    field: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class FusionScore:
    """Pairwise "same incident" decisions over ``pairs`` pairs of gold incidents."""

    true_positives: int
    false_positives: int
    false_negatives: int
    pairs: int
    incidents: int

    @property
    def gold_same(self) -> int:
        return self.true_positives + self.false_negatives

    @property
    def precision(self) -> float:
        said_same = self.true_positives + self.false_positives
        return self.true_positives / said_same if said_same else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold_same if self.gold_same else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass(frozen=True, slots=True)
class PictureScores:
    kinds: tuple[KindScore, ...]
    fusion: FusionScore
    fields: tuple[FieldAccuracy, ...]

    def kind(self, name: str) -> KindScore:
        for score in self.kinds:
            if score.kind == name:
                return score
        raise KeyError(name)

    def field(self, name: str) -> FieldAccuracy:
        for accuracy in self.fields:
            if accuracy.field == name:
                return accuracy
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class PictureRun:
    """One run: overall scores, scores per corpus, failed inputs and speed."""

    gold_path: str
    articles: int
    scores: PictureScores
    corpora: tuple[tuple[str, PictureScores], ...]
    failed: tuple[str, ...]
    speed: Speed


# --- reading the gold file -------------------------------------------------------------------


class _Bad(Exception):
    """A malformed value; the caller adds the file and article."""


_TYPE_NAMES: Final[Mapping[type, str]] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    list: "a list",
    dict: "an object",
    object: "a value",
}


def _get(obj: Mapping[str, Any], key: str, kind: type, *, null: bool = False) -> Any:
    """``obj[key]``, checked to be of ``kind`` (a boolean is no integer), or None if ``null``."""
    if key not in obj:
        raise _Bad(f"missing key {key!r}")
    value = obj[key]
    if value is None and null:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        expected = _TYPE_NAMES.get(kind, kind.__name__)
        raise _Bad(f"{key!r} must be {expected}{' or null' if null else ''}")
    return value


def _opt_get(obj: Mapping[str, Any], key: str, kind: type, default: Any) -> Any:
    return _get(obj, key, kind) if key in obj else default


def _pattern(value: str | None, pattern: re.Pattern[str], what: str) -> str | None:
    if value is not None and not pattern.fullmatch(value):
        raise _Bad(f"{what} {value!r} is not valid")
    return value


def _count(value: Any, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Bad(f"{key!r} must be a non-negative integer or null")
    return value


def _toll(value: Any, key: str) -> GoldToll | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _Bad(f"{key!r} must be an object or null")
    return GoldToll(
        _count(_get(value, "value", int, null=True), f"{key}.value"),
        _get(value, "qualifier", str, null=True),
        _opt_get(value, "derived", bool, False),
    )


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _Bad(f"{key!r} must be a list of non-empty strings")
    return tuple(value)


def _evidence(item: Mapping[str, Any]) -> str:
    evidence: str = _get(item, "evidence", str)
    if not evidence.strip():
        raise _Bad("'evidence' is empty")
    return evidence


def _incident(item: Mapping[str, Any], groups: Set[str] | None) -> GoldIncident:
    ids = frozenset(_strings(_get(item, "groups", list), "groups"))
    unknown = sorted(ids - groups) if groups is not None else []
    if unknown:
        raise _Bad(f"unknown group id(s) {', '.join(unknown)} (not in the actor knowledge base)")
    status: str = _get(item, "status", str)
    if status not in STATUSES:
        raise _Bad(f"status {status!r} is not one of {', '.join(sorted(STATUSES))}")
    event_key: str = _get(item, "event_key", str)
    if not event_key:
        raise _Bad("'event_key' is empty")
    return GoldIncident(
        event_key=event_key,
        date=_pattern(_get(item, "date", str, null=True), _ISO_PARTIAL, "date"),
        country=_pattern(_get(item, "country", str, null=True), _COUNTRY, "country"),
        place=_get(item, "place", str, null=True),
        place_alternatives=_strings(_opt_get(item, "place_alternatives", list, []), "alts"),
        attack_type=_get(item, "attack_type", str, null=True),
        killed=_toll(_get(item, "killed", dict, null=True), "killed"),
        wounded=_toll(_get(item, "wounded", dict, null=True), "wounded"),
        groups=ids,
        status=status,
        optional=_opt_get(item, "optional", bool, False),
        evidence=_evidence(item),
    )


def _action(item: Mapping[str, Any]) -> GoldAction:
    kind: str = _get(item, "kind", str)
    if kind not in ACTION_KINDS:
        raise _Bad(f"action kind {kind!r} is not one of {', '.join(sorted(ACTION_KINDS))}")
    count = _get(item, "count", dict, null=True)
    status: str = _opt_get(item, "status", str, "carried out")
    if status not in ACTION_STATUSES:
        raise _Bad(f"action status {status!r} is not 'carried out' or 'announced'")
    return GoldAction(
        kind=kind,
        count=None if count is None else _count(_get(count, "value", int, null=True), "count"),
        country=_pattern(_get(item, "country", str, null=True), _COUNTRY, "country"),
        date=_pattern(_get(item, "date", str, null=True), _ISO_PARTIAL, "date"),
        status=status,
        optional=_opt_get(item, "optional", bool, False),
        evidence=_evidence(item),
    )


def _alert(item: Mapping[str, Any]) -> GoldAlert:
    change: str = _get(item, "change", str)
    if change not in ALERT_CHANGES:
        raise _Bad(f"alert change {change!r} is not one of {', '.join(sorted(ALERT_CHANGES))}")
    return GoldAlert(
        country=_pattern(_get(item, "country", str), _COUNTRY, "country") or "",
        level=_get(item, "level", str),
        scheme=_get(item, "scheme", str, null=True),
        change=change,
        date=_pattern(_get(item, "date", str, null=True), _ISO_PARTIAL, "date"),
        optional=_opt_get(item, "optional", bool, False),
        evidence=_evidence(item),
    )


def _figure(item: Mapping[str, Any]) -> GoldFigure:
    category: str = _get(item, "category", str)
    if category not in CATEGORIES:
        raise _Bad(f"figure category {category!r} is not one of {', '.join(CATEGORIES)}")
    quantity = _get(item, "quantity", dict)
    gold = GoldQuantity(
        value=_count(_get(quantity, "value", int, null=True), "quantity.value"),
        qualifier=_get(quantity, "qualifier", str, null=True),
        minimum=_count(_opt_get(quantity, "min", object, None), "quantity.min"),
        maximum=_count(_opt_get(quantity, "max", object, None), "quantity.max"),
    )
    optional: bool = _opt_get(item, "optional", bool, False)
    if gold.value is None and gold.minimum is None and gold.maximum is None and not optional:
        raise _Bad("a figure with no value and no bounds (a vague amount) must be optional")
    return GoldFigure(
        quantity=gold,
        category=category,
        country=_pattern(_get(item, "country", str, null=True), _COUNTRY, "country"),
        optional=optional,
        evidence=_evidence(item),
    )


def _items(
    article: Mapping[str, Any], key: str, parse: Callable[[Mapping[str, Any]], T]
) -> tuple[T, ...]:
    values = _get(article, key, list)
    parsed: list[T] = []
    for i, value in enumerate(values):
        if not isinstance(value, dict):
            raise _Bad(f"{key}[{i}] must be an object")
        try:
            parsed.append(parse(value))
        except _Bad as exc:
            raise _Bad(f"{key}[{i}]: {exc}") from None
    return tuple(parsed)


def parse_gold_article(value: Mapping[str, Any], groups: Set[str] | None = None) -> GoldArticle:
    """One entry of ``articles``; raises ``ValueError`` naming the bad key."""
    try:
        corpus: str = _get(value, "corpus", str)
        if corpus not in CORPORA:
            raise _Bad(f"corpus {corpus!r} is not one of {', '.join(CORPORA)}")
        row = _count(_get(value, "row", int), "row")
        published = _pattern(_get(value, "published", str), _ISO_DAY, "published")
        return GoldArticle(
            corpus=corpus,
            row=row or 0,
            published=published or "",
            title=_get(value, "title", str),
            incidents=_items(value, "incidents", lambda item: _incident(item, groups)),
            actions=_items(value, "actions", _action),
            alerts=_items(value, "alerts", _alert),
            figures=_items(value, "figures", _figure),
        )
    except _Bad as exc:
        raise ValueError(str(exc)) from None


def _where(path: Path, index: int, value: object) -> str:
    if isinstance(value, dict):
        return f"{path}: article {index} ({value.get('corpus')} row {value.get('row')})"
    return f"{path}: article {index}"


def read_picture_gold(path: Path, *, groups: Set[str] | None = None) -> list[GoldArticle]:
    """Read and check the gold file; every problem raises :class:`EvalError` naming the file
    and the article. ``groups``: the knowledge-base ids group annotations must use."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalError(f"{path}: gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read the gold file ({exc})") from None
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise EvalError(f"{path}: expected an object with an 'articles' list")
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for index, value in enumerate(data["articles"]):
        where = _where(path, index, value)
        if not isinstance(value, dict):
            raise EvalError(f"{where}: must be an object")
        try:
            article = parse_gold_article(value, groups)
        except ValueError as exc:
            raise EvalError(f"{where}: {exc}") from None
        if article.key in seen:
            raise EvalError(f"{where}: the same corpus row is annotated twice")
        seen.add(article.key)
        articles.append(article)
    if not articles:
        raise EvalError(f"{path}: the gold file lists no article")
    return articles


def article_text(corpus: str, row: Mapping[str, str]) -> str:
    """The text veille is given for a corpus row: Reuters title + newline + text; Guardian text."""
    if corpus == "reuters_2017":
        return f"{row.get('title') or ''}\n{row.get('text') or ''}"
    return row.get("text") or ""


def load_texts(gold: Sequence[GoldArticle], data_dir: Path, gold_path: Path) -> dict[str, str]:
    """The text of every gold article, keyed ``corpus:row``. A missing corpus file or row, or
    an evidence quote that is not in its article, raises :class:`EvalError`."""
    texts: dict[str, str] = {}
    for corpus in sorted({a.corpus for a in gold}):
        csv_path = data_dir / CORPORA[corpus]
        try:
            with csv_path.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except FileNotFoundError:
            raise EvalError(f"{csv_path}: corpus file not found (needed by {gold_path})") from None
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise EvalError(f"{csv_path}: cannot read the corpus ({exc})") from None
        for index, article in enumerate(gold):
            if article.corpus != corpus:
                continue
            where = f"{gold_path}: article {index} ({corpus} row {article.row})"
            if article.row >= len(rows):
                raise EvalError(f"{where}: no such row in {csv_path} ({len(rows)} data rows)")
            text = article_text(corpus, rows[article.row])
            if not text.strip():
                raise EvalError(f"{where}: the row has no text")
            for kind, items in _annotations(article):
                for i, evidence in enumerate(items):
                    if evidence not in text:
                        raise EvalError(
                            f"{where}: {kind}[{i}] evidence is not in the article text: "
                            f"{evidence!r}"
                        )
            texts[article.key] = text
    return texts


def _annotations(article: GoldArticle) -> Iterable[tuple[str, list[str]]]:
    yield "incidents", [i.evidence for i in article.incidents]
    yield "actions", [a.evidence for a in article.actions]
    yield "alerts", [a.evidence for a in article.alerts]
    yield "figures", [f.evidence for f in article.figures]


# --- matching --------------------------------------------------------------------------------


def _assignment(cost: Sequence[Sequence[float]]) -> list[int]:
    """Minimum-cost perfect assignment of a square matrix (Hungarian method, O(n³)); returns
    the column of every row."""
    n = len(cost)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    owner = [0] * (n + 1)  # owner[j]: the row (1-based) holding column j; 0 = free
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                current = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if current < minv[j]:
                    minv[j], way[j] = current, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    column = [0] * n
    for j in range(1, n + 1):
        if owner[j]:
            column[owner[j] - 1] = j - 1
    return column


def best_matching(bonus: Sequence[Sequence[float | None]]) -> list[tuple[int, int]]:
    """The largest one-to-one matching of rows to columns over the allowed pairs (``bonus``
    not None), and among those the one with the largest total bonus (each in [0, 1])."""
    rows = len(bonus)
    cols = len(bonus[0]) if rows else 0
    if not rows or not cols:
        return []
    size = max(rows, cols)
    scale = 1.0 / (size + 1)  # the bonuses of a whole matching stay below one pair's worth
    cost = [[0.0] * size for _ in range(size)]
    for i in range(rows):
        for j in range(cols):
            value = bonus[i][j]
            if value is not None:
                cost[i][j] = -(1.0 + scale * min(max(value, 0.0), 1.0))
    column = _assignment(cost)
    return [
        (i, column[i]) for i in range(rows) if column[i] < cols and bonus[i][column[i]] is not None
    ]


@functools.cache
def _place_key(name: str, country: str | None) -> str:
    """The name folded, or the folded name of the place the gazetteer resolves it to in
    ``country``: "Raqqa" and GeoNames' "Ar Raqqah" are one key."""
    place = default_gazetteer().resolve(name, context_countries=(country,) if country else ())
    if place is not None and (country is None or place.country == country):
        return fold(place.name)
    return fold(name)


def incident_matches(predicted: PredictedIncident, gold: GoldIncident) -> bool:
    """Same country, and the same place when both give one (case and accents ignored, a
    spelling and the gazetteer's name for the same place taken as one)."""
    if gold.country is not None and predicted.country != gold.country:
        return False
    if predicted.place is None or gold.place is None:
        return True
    country = gold.country
    names = {fold(n) for n in (gold.place, *gold.place_alternatives)}
    names |= {_place_key(n, country) for n in (gold.place, *gold.place_alternatives)}
    return bool({fold(predicted.place), _place_key(predicted.place, country)} & names)


def quantity_matches(
    value: int | None, low: int | None, high: int | None, gold: GoldQuantity
) -> bool:
    if gold.value is not None:
        return value == gold.value
    if gold.minimum is not None or gold.maximum is not None:
        return (low, high) == (gold.minimum, gold.maximum)
    return value is None  # a vague amount


def action_matches(predicted: PredictedAction, gold: GoldAction) -> bool:
    return predicted.kind == gold.kind and (gold.count is None or predicted.count == gold.count)


def alert_matches(predicted: PredictedAlert, gold: GoldAlert) -> bool:
    return predicted.country == gold.country and predicted.level == gold.level


def figure_matches(predicted: PredictedFigure, gold: GoldFigure) -> bool:
    return predicted.category == gold.category and quantity_matches(
        predicted.value, predicted.minimum, predicted.maximum, gold.quantity
    )


def _relaxed_incident(predicted: PredictedIncident, gold: GoldIncident) -> bool:
    return gold.country is None or predicted.country in (None, gold.country)


def _relaxed_action(predicted: PredictedAction, gold: GoldAction) -> bool:
    return predicted.kind == gold.kind


def _relaxed_alert(predicted: PredictedAlert, gold: GoldAlert) -> bool:
    return predicted.country == gold.country


def _relaxed_figure(predicted: PredictedFigure, gold: GoldFigure) -> bool:
    return quantity_matches(predicted.value, predicted.minimum, predicted.maximum, gold.quantity)


@dataclass(frozen=True, slots=True)
class _Tally:
    true_positives: int
    false_positives: int
    false_negatives: int
    ignored: int


def _absorb(
    leftover: Sequence[T],
    optional: Sequence[Any],
    allowed: Callable[[T, Any], bool],
) -> int:
    """How many leftover predictions an optional gold item takes (one each)."""
    if not leftover or not optional:
        return 0
    return len(maximum_matching([[allowed(p, g) for g in optional] for p in leftover]))


def _score_records(
    kind: str,
    gold: Sequence[GoldArticle],
    predicted: Sequence[Any],
    items: Callable[[GoldArticle], Sequence[Any]],
    strict: Callable[[Any, Any], bool],
    relaxed: Callable[[Any, Any], bool],
) -> KindScore:
    by_article: dict[str, list[Any]] = {}
    for p in predicted:
        by_article.setdefault(p.article, []).append(p)
    tp = fp = fn = ignored = 0
    for article in gold:
        preds = by_article.get(article.key, [])
        required = [g for g in items(article) if not g.optional]
        optional = [g for g in items(article) if g.optional]
        pairs = maximum_matching([[strict(p, g) for g in required] for p in preds])
        matched = {i for i, _ in pairs}
        leftover = [p for i, p in enumerate(preds) if i not in matched]
        absorbed = _absorb(leftover, optional, lambda p, g: bool(strict(p, g) or relaxed(p, g)))
        tp += len(pairs)
        fn += len(required) - len(pairs)
        ignored += absorbed
        fp += len(leftover) - absorbed
    return KindScore(kind, tp, fp, fn, ignored)


def _stated(values: Iterable[T | None]) -> set[T]:
    return {v for v in values if v is not None}


@dataclass(frozen=True, slots=True)
class _Accepted:
    """Values a matched incident may hold: its article's own or another report's of the event."""

    dates: frozenset[str | None]
    killed: frozenset[int | None] | None  # None: not scored (derived toll)
    groups: frozenset[frozenset[str]]


def _accepted(gold: GoldIncident, reports: Sequence[GoldIncident]) -> _Accepted:
    others = [r for r in reports if r is not gold]
    dates: set[str | None] = {gold.date, *_stated(r.date for r in others)}
    killed: frozenset[int | None] | None = None
    if gold.killed is None or not gold.killed.derived:
        own = gold.killed.value if gold.killed else None
        stated = _stated(r.killed.value for r in others if r.killed and not r.killed.derived)
        killed = frozenset({own, *stated})
    groups = {gold.groups, *(r.groups for r in others if r.groups)}
    return _Accepted(frozenset(dates), killed, frozenset(groups))


def _agreement(predicted: PredictedIncident, accepted: _Accepted) -> float:
    hits = [
        predicted.date in accepted.dates,
        accepted.killed is not None and predicted.killed in accepted.killed,
        predicted.groups in accepted.groups,
    ]
    return sum(hits) / len(hits)


def _score_incidents(
    gold: Sequence[GoldArticle], predicted: Sequence[PredictedIncident]
) -> tuple[KindScore, FusionScore, tuple[FieldAccuracy, ...]]:
    reports: dict[str, list[GoldIncident]] = {}
    for article in gold:
        for incident in article.incidents:
            reports.setdefault(incident.event_key, []).append(incident)
    by_article: dict[str, list[PredictedIncident]] = {}
    for p in predicted:
        by_article.setdefault(p.article, []).append(p)
    tp = fp = fn = ignored = 0
    correct = dict.fromkeys(FIELDS, 0)
    totals = dict.fromkeys(FIELDS, 0)
    chosen: list[tuple[GoldIncident, str | None]] = []  # every required gold incident
    for article in gold:
        preds = by_article.get(article.key, [])
        required = [g for g in article.incidents if not g.optional]
        optional = [g for g in article.incidents if g.optional]
        accepted = [_accepted(g, reports[g.event_key]) for g in required]
        bonus = [
            [
                _agreement(p, accepted[j]) if incident_matches(p, g) else None
                for j, g in enumerate(required)
            ]
            for p in preds
        ]
        pairs = best_matching(bonus)
        stored: dict[int, str] = {j: preds[i].incident for i, j in pairs}
        for i, j in pairs:
            p, ok = preds[i], accepted[j]
            totals["date"] += 1
            correct["date"] += p.date in ok.dates
            if ok.killed is not None:
                totals["killed"] += 1
                correct["killed"] += p.killed in ok.killed
            totals["groups"] += 1
            correct["groups"] += p.groups in ok.groups
        chosen.extend((g, stored.get(j)) for j, g in enumerate(required))
        matched = {i for i, _ in pairs}
        leftover = [p for i, p in enumerate(preds) if i not in matched]
        absorbed = _absorb(
            leftover, optional, lambda p, g: incident_matches(p, g) or _relaxed_incident(p, g)
        )
        tp += len(pairs)
        fn += len(required) - len(pairs)
        ignored += absorbed
        fp += len(leftover) - absorbed
    fields = tuple(FieldAccuracy(f, correct[f], totals[f]) for f in FIELDS)
    return KindScore("incidents", tp, fp, fn, ignored), _fusion(chosen), fields


def _fusion(chosen: Sequence[tuple[GoldIncident, str | None]]) -> FusionScore:
    tp = fp = fn = pairs = 0
    for a in range(len(chosen)):
        for b in range(a + 1, len(chosen)):
            (gold_a, stored_a), (gold_b, stored_b) = chosen[a], chosen[b]
            same_gold = gold_a.event_key == gold_b.event_key
            same_stored = stored_a is not None and stored_a == stored_b
            pairs += 1
            tp += same_gold and same_stored
            fp += same_stored and not same_gold
            fn += same_gold and not same_stored
    return FusionScore(tp, fp, fn, pairs, len(chosen))


def score_picture(gold: Sequence[GoldArticle], predicted: Predictions) -> PictureScores:
    """Score predictions against the gold articles (predictions of other articles are ignored)."""
    keys = {a.key for a in gold}
    mine = predicted.only(keys)
    incidents, fusion, fields = _score_incidents(gold, mine.incidents)
    kinds = (
        incidents,
        _score_records(
            "actions", gold, mine.actions, lambda a: a.actions, action_matches, _relaxed_action
        ),
        _score_records(
            "alerts", gold, mine.alerts, lambda a: a.alerts, alert_matches, _relaxed_alert
        ),
        _score_records(
            "figures", gold, mine.figures, lambda a: a.figures, figure_matches, _relaxed_figure
        ),
    )
    return PictureScores(kinds, fusion, fields)


# --- running the product ---------------------------------------------------------------------


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def collect_predictions(app: Veille, articles: Mapping[str, str]) -> Predictions:
    """What the database holds for the given articles (database article id -> gold key)."""
    incidents: list[PredictedIncident] = []
    offset = 0
    while True:
        page = app.incidents(IncidentFilter(limit=_PAGE, offset=offset))
        for incident in page.items:
            place = incident.place
            city = place.name if place and place.precision in _CITY_PRECISIONS else None
            for article_id in dict.fromkeys(incident.articles):
                key = articles.get(article_id)
                if key is None:
                    continue
                incidents.append(
                    PredictedIncident(
                        article=key,
                        incident=incident.id,
                        country=place.country if place else None,
                        place=city,
                        date=incident.date.value,
                        killed=incident.killed.best if incident.killed else None,
                        groups=frozenset(g.id for g in incident.perpetrator_groups),
                    )
                )
        offset += len(page.items)
        if len(page.items) < _PAGE:
            break
    records = {kind: _records(app, kind, articles) for kind in KINDS[1:]}
    return Predictions(
        incidents=tuple(incidents),
        actions=tuple(
            PredictedAction(key, str(r.get("kind")), _int((r.get("count") or {}).get("value")))
            for key, r in records["actions"]
        ),
        alerts=tuple(
            PredictedAlert(key, r.get("country"), r.get("level")) for key, r in records["alerts"]
        ),
        figures=tuple(
            PredictedFigure(
                key,
                str(r.get("category")),
                _int((r.get("quantity") or {}).get("value")),
                _int((r.get("quantity") or {}).get("min")),
                _int((r.get("quantity") or {}).get("max")),
            )
            for key, r in records["figures"]
        ),
    )


def _records(
    app: Veille, kind: str, articles: Mapping[str, str]
) -> list[tuple[str, Mapping[str, Any]]]:
    found: list[tuple[str, Mapping[str, Any]]] = []
    offset = 0
    while True:
        page = app.records(kind, IncidentFilter(limit=_PAGE, offset=offset))
        for record in page.items:
            key = articles.get(str(record.get("article")))
            if key is not None:
                found.append((key, record))
        offset += len(page.items)
        if len(page.items) < _PAGE:
            return found


def run_picture(app: Veille, gold_path: Path, data_dir: Path) -> PictureRun:
    """Ingest every gold article into ``app``'s database and score what it stored.

    Use a fresh database: incidents already stored may absorb the gold articles' reports.
    """
    gold = read_picture_gold(gold_path, groups={a.id for a in app.actors})
    texts = load_texts(gold, data_dir, gold_path)
    order = list(CORPORA)
    ordered = sorted(gold, key=lambda a: (order.index(a.corpus), a.row))
    app.warm_up()  # load the model before the clock starts: speed is per article
    ids: dict[str, str] = {}
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="veille-picture-") as folder:
        started = time.perf_counter()
        for article in ordered:
            path = Path(folder) / f"{article.corpus}-{article.row:05d}.txt"
            path.write_text(texts[article.key], encoding="utf-8")
            report = app.ingest([path], published=article.published)
            for outcome in report.outcomes:
                if outcome.status == "failed" or outcome.article_id is None:
                    failed.append(f"{article.key}: {outcome.reason or outcome.status}")
                else:
                    ids[outcome.article_id] = article.key
        seconds = time.perf_counter() - started
    predictions = collect_predictions(app, ids)
    speed = Speed(len(ordered), seconds, 1, peak_rss_mb())
    corpora = tuple(
        (name, score_picture([a for a in gold if a.corpus == name], predictions))
        for name in CORPORA
        if any(a.corpus == name for a in gold)
    )
    return PictureRun(
        gold_path=str(gold_path),
        articles=len(gold),
        scores=score_picture(gold, predictions),
        corpora=corpora,
        failed=tuple(failed),
        speed=speed,
    )


# --- report ----------------------------------------------------------------------------------


def _percent(value: float, defined: bool) -> str:
    return f"{100 * value:>7.2f}" if defined else f"{'-':>7}"


def _kind_rows(scores: PictureScores) -> list[str]:
    """One line per kind; a ratio with a zero denominator shows as '-'."""
    rows = []
    for s in scores.kinds:
        scored = s.true_positives + s.false_positives
        rows.append(
            f"{s.kind:<10} {s.gold:>5} {s.predicted:>5} {s.true_positives:>5} "
            f"{s.false_positives:>5} {s.false_negatives:>5} {s.ignored:>5} "
            f"{_percent(s.precision, scored > 0)} {_percent(s.recall, s.gold > 0)} "
            f"{_percent(s.f1, scored > 0 or s.gold > 0)}"
        )
    return rows


def format_picture_report(run: PictureRun) -> str:
    """The run as text: P/R/F1 per kind, fusion, field accuracies, per corpus, speed."""
    scores = run.scores
    header = (
        f"{'kind':<10} {'gold':>5} {'pred':>5} {'TP':>5} {'FP':>5} {'FN':>5} {'ign':>5} "
        f"{'P':>7} {'R':>7} {'F1':>7}"
    )
    lines = [
        f"Threat picture gold set ({run.gold_path}): {run.articles} articles, "
        f"{len(run.failed)} failed",
        "",
        header,
        *_kind_rows(scores),
        "(pred counts every prediction; 'ign' matched only optional gold and is not scored)",
        "",
    ]
    f = scores.fusion
    lines.append(
        f"Fusion: {f.incidents} gold incidents, {f.pairs} pairs, {f.gold_same} same-event; "
        f"said same {f.true_positives + f.false_positives} "
        f"(TP {f.true_positives}, FP {f.false_positives}, FN {f.false_negatives}): "
        f"P {100 * f.precision:.2f}  R {100 * f.recall:.2f}  F1 {100 * f.f1:.2f}"
    )
    accuracies = ", ".join(
        f"{a.field} {a.correct}/{a.total} ({100 * a.accuracy:.1f}%)" for a in scores.fields
    )
    lines.append(f"Field accuracy over matched incidents: {accuracies}")
    for name, corpus_scores in run.corpora:
        lines += ["", f"{name}:", header, *_kind_rows(corpus_scores)]
    for failure in run.failed:
        lines.append(f"failed: {failure}")
    lines += ["", f"Speed: {run.speed.describe()}"]
    return "\n".join(lines)
