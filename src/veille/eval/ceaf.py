"""CEAF-REE, the entity-level metric of MUC-4 role-filler extraction (as in GRIT, EACL 2021).

For each document and role, gold and predicted entities (each a set of coreferent mention strings)
are aligned one-to-one so as to maximise the summed similarity, with the strict similarity
``phi_strict(gold, predicted) = 1`` when every predicted mention is one of the gold entity's
mentions and 0 otherwise. Precision is the aligned similarity over the number of predicted
entities, recall the same over the number of gold entities, micro-averaged over the five roles and
all documents.

We score MUC-4 ourselves, rather than depending on GRIT's script, so that the numbers veille
reports are produced by tested, typed code without scipy or numpy; the scorer reproduces GRIT's
published figures on GRIT's own predictions exactly (P 64.19, R 47.36, F1 54.50), which the tests
check. Because phi is 0/1, the optimal (Hungarian) alignment is a maximum-cardinality bipartite
matching over the pairs with phi = 1, so a plain augmenting-path matching is exact.

Everything here is pure: no file access, no printing. Reading and writing files is in
:mod:`veille.eval.muc4`.
"""

from __future__ import annotations

import re
import string
from collections import deque
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeAlias

from veille.errors import EvalError

MUC4_ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
"""The five MUC-4 role slots scored, in the order reports list them."""

Entity: TypeAlias = Sequence[str]
"""One entity: the texts of its coreferent mentions (offsets play no part in scoring)."""

RoleEntities: TypeAlias = Mapping[str, Sequence[Entity]]
"""One document's entities per role name; a role left out means no entity for it."""

_PUNCTUATION = frozenset(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def normalise_mention(text: str) -> str:
    """Return ``text`` in the form mentions are compared in.

    Lower-case, then *delete* ASCII punctuation (``string.punctuation``; "fmln-fdr" becomes
    "fmlnfdr", not "fmln fdr"), then replace the whole words a/an/the by a space, then collapse
    white space. The order and the deletion (rather than replacing punctuation by a space) are
    those of GRIT's scorer and are needed to reproduce its published numbers: GRIT's predictions
    are tokenised ("fmln fdr", "merino s home") and so do not match hyphenated or possessive gold
    mentions under this normalisation.
    """
    lowered = text.lower()
    without_punctuation = "".join(ch for ch in lowered if ch not in _PUNCTUATION)
    without_articles = _ARTICLES.sub(" ", without_punctuation)
    return " ".join(without_articles.split())


def normalise_entity(entity: Entity) -> frozenset[str]:
    """Return the set of an entity's normalised mentions, leaving out those that normalise to "".

    An empty mention names nothing; keeping it would let an all-empty predicted entity match any
    gold entity (``all`` over nothing is true), so it is dropped instead.
    """
    if isinstance(entity, str):  # a str is a Sequence[str] too: it would split into letters
        raise TypeError(f"an entity is a sequence of mention strings, not the string {entity!r}")
    return frozenset(m for m in map(normalise_mention, entity) if m)


def phi_strict(gold: Set[str], predicted: Set[str]) -> int:
    """Return 1 when ``predicted`` is non-empty and every one of its mentions is in ``gold``.

    Both arguments are sets of already normalised mentions. The predicted entity need not list
    every gold mention, but one wrong mention makes the whole entity wrong.
    """
    return int(bool(predicted) and predicted <= gold)


def maximum_matching(allowed: Sequence[Sequence[bool]]) -> list[tuple[int, int]]:
    """Return a maximum one-to-one matching of rows to columns over the allowed pairs.

    ``allowed[i][j]`` says whether row ``i`` may be paired with column ``j``; the result lists the
    chosen ``(row, column)`` pairs sorted by row. Each row is added in turn by a breadth-first
    search for an augmenting path (Kuhn's algorithm), which, unlike greedy pairing, re-routes
    earlier pairs when that frees a column. Iterative, so large inputs cannot exhaust the stack.
    """
    n_rows = len(allowed)
    n_cols = len(allowed[0]) if n_rows else 0
    if any(len(row) != n_cols for row in allowed):
        raise ValueError("maximum_matching needs a rectangular matrix")
    col_of_row: list[int | None] = [None] * n_rows
    row_of_col: list[int | None] = [None] * n_cols
    for start in range(n_rows):
        reached_from: dict[int, int] = {}  # column -> row through which the search reached it
        queue = deque([start])
        free_col: int | None = None
        while queue and free_col is None:
            row = queue.popleft()
            for col in range(n_cols):
                if not allowed[row][col] or col in reached_from:
                    continue
                reached_from[col] = row
                holder = row_of_col[col]
                if holder is None:
                    free_col = col
                    break
                queue.append(holder)
        flip = free_col
        while flip is not None:  # flip the augmenting path back to ``start``
            row = reached_from[flip]
            previous = col_of_row[row]
            col_of_row[row] = flip
            row_of_col[flip] = row
            flip = None if row == start else previous
    return [(row, col) for row, col in enumerate(col_of_row) if col is not None]


@dataclass(frozen=True)
class CeafScore:
    """Counts of one role, one document or the micro average, and the ratios they give.

    ``matched`` is the summed phi_strict of the optimal alignment, ``predicted`` and ``gold`` the
    numbers of entities. Ratios are fractions in [0, 1]; a ratio with a zero denominator is 0.
    """

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: CeafScore) -> CeafScore:
        return CeafScore(
            self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold
        )


@dataclass(frozen=True)
class CeafReport:
    """Scores per role (keys in :data:`MUC4_ROLES` order) and their micro average."""

    roles: Mapping[str, CeafScore]
    micro: CeafScore
    documents: int


def score_entities(gold: Sequence[Entity], predicted: Sequence[Entity]) -> CeafScore:
    """Score one document's entities of one role.

    Entities are normalised with :func:`normalise_entity`; any left with no mention are not
    counted. Duplicate predicted entities are kept and counted: only one of them can be aligned,
    so each extra copy costs precision, as it would in GRIT's scorer.
    """
    gold_sets = [e for e in map(normalise_entity, gold) if e]
    predicted_sets = [e for e in map(normalise_entity, predicted) if e]
    allowed = [[phi_strict(g, p) == 1 for g in gold_sets] for p in predicted_sets]
    return CeafScore(len(maximum_matching(allowed)), len(predicted_sets), len(gold_sets))


def _check_roles(docid: str, entities: RoleEntities, side: str) -> None:
    unknown = sorted(set(entities) - set(MUC4_ROLES))
    if unknown:
        raise EvalError(
            f"{side} document {docid!r} has unknown role(s) {', '.join(unknown)}; "
            f"expected only {', '.join(MUC4_ROLES)}"
        )


def score_documents(
    gold: Mapping[str, RoleEntities], predicted: Mapping[str, RoleEntities]
) -> CeafReport:
    """Score predictions against gold, both keyed by docid, micro-averaging roles and documents.

    Every gold document is scored; one missing from ``predicted`` counts as predicting nothing,
    so its gold entities still cost recall. A predicted docid absent from ``gold`` or an unknown
    role name raises :class:`EvalError`: such a mismatch means the wrong files or keys, and
    scoring it silently would give a misleading number.
    """
    extra = sorted(set(predicted) - set(gold))
    if extra:
        shown = ", ".join(extra[:5]) + (", ..." if len(extra) > 5 else "")
        raise EvalError(f"{len(extra)} predicted document(s) are not in the gold data: {shown}")
    totals = dict.fromkeys(MUC4_ROLES, CeafScore(0, 0, 0))
    for docid, gold_roles in gold.items():
        predicted_roles = predicted.get(docid, {})
        _check_roles(docid, gold_roles, "gold")
        _check_roles(docid, predicted_roles, "predicted")
        for role in MUC4_ROLES:
            score = score_entities(gold_roles.get(role, ()), predicted_roles.get(role, ()))
            totals[role] = totals[role] + score
    micro = CeafScore(0, 0, 0)
    for score in totals.values():
        micro = micro + score
    return CeafReport(roles=MappingProxyType(totals), micro=micro, documents=len(gold))
