"""MUC-4 role-filler files: reading gold and predictions, writing predictions, showing scores.

The files are JSON lines as released with GRIT (xinyadu/grit_doc_event_entity):

* gold: ``{"docid", "doctext", "extracts": {role: [entity, ...]}}`` where an entity is a list of
  coreferent mentions ``[mention_text, char_offset]``;
* predictions: ``{"docid", "extracts": {role: [entity, ...]}}`` where an entity is a list of
  mention strings.

Input is checked line by line and any defect raises :class:`~veille.errors.EvalError` naming the
file and line, because a silently skipped line would change the score without anyone noticing.
Nothing here prints; :func:`format_report` returns text for a shell to show.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from veille.errors import EvalError
from veille.eval.ceaf import MUC4_ROLES, CeafReport, CeafScore, RoleEntities, score_documents

_M = TypeVar("_M")


@dataclass(frozen=True)
class GoldMention:
    """One gold mention: its text and the character offset where it starts in ``doctext``."""

    text: str
    offset: int


@dataclass(frozen=True)
class MucDocument:
    """One gold document; ``roles`` has every role of :data:`MUC4_ROLES`, possibly empty."""

    docid: str
    text: str
    roles: Mapping[str, tuple[tuple[GoldMention, ...], ...]]

    def role_entities(self) -> RoleEntities:
        """Return the entities as mention texts only, the form the scorer compares."""
        return {
            role: tuple(tuple(m.text for m in entity) for entity in entities)
            for role, entities in self.roles.items()
        }


class _LineError(Exception):
    """A defect in one line; turned into an EvalError carrying the file name and line number."""


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, object)`` for each non-blank line of ``path``."""
    try:
        with path.open(encoding="utf-8") as handle:
            lines = handle.readlines()
    except FileNotFoundError:
        raise EvalError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise EvalError(f"{path}: not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise EvalError(f"{path}: cannot be read ({error.strerror or error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvalError(f"{path}:{number}: invalid JSON ({error.msg})") from None
        if not isinstance(value, dict):
            raise EvalError(f"{path}:{number}: expected a JSON object, got {type(value).__name__}")
        yield number, value


def _docid(record: dict[str, Any]) -> str:
    docid = record.get("docid")
    if not isinstance(docid, str) or not docid:
        raise _LineError('"docid" must be a non-empty string')
    return docid


def _extracts(
    record: dict[str, Any], mention: Callable[[Any], _M]
) -> dict[str, tuple[tuple[_M, ...], ...]]:
    """Parse ``record["extracts"]``, using ``mention`` for each mention; absent roles are empty."""
    extracts = record.get("extracts")
    if not isinstance(extracts, dict):
        raise _LineError('"extracts" must be an object mapping role names to entity lists')
    unknown = sorted(set(extracts) - set(MUC4_ROLES))
    if unknown:
        raise _LineError(f"unknown role(s) {', '.join(unknown)}; expected {', '.join(MUC4_ROLES)}")
    roles: dict[str, tuple[tuple[_M, ...], ...]] = {}
    for role in MUC4_ROLES:
        entities = extracts.get(role, [])
        if not isinstance(entities, list):
            raise _LineError(f"role {role} must hold a list of entities")
        parsed = []
        for index, entity in enumerate(entities):
            if not isinstance(entity, list) or not entity:
                raise _LineError(f"{role} entity {index} must be a non-empty list of mentions")
            try:
                parsed.append(tuple(mention(m) for m in entity))
            except _LineError as error:
                raise _LineError(f"{role} entity {index}: {error}") from None
        roles[role] = tuple(parsed)
    return roles


def _prediction_mention(value: Any) -> str:
    if not isinstance(value, str):
        raise _LineError(f"a predicted mention must be a string, got {json.dumps(value)}")
    return value


def _gold_mention(value: Any) -> GoldMention:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not isinstance(value[0], str)
        or not isinstance(value[1], int)
        or isinstance(value[1], bool)
        or value[1] < 0
    ):
        raise _LineError(f"a gold mention must be [text, offset >= 0], got {json.dumps(value)}")
    return GoldMention(value[0], value[1])


def _read(path: str | os.PathLike[str], parse: Callable[[dict[str, Any]], _M]) -> dict[str, _M]:
    """Parse every line of ``path`` with ``parse``, keyed by docid, which must be unique."""
    file = Path(path)
    records: dict[str, _M] = {}
    for number, record in _json_lines(file):
        try:
            docid = _docid(record)
            if docid in records:
                raise _LineError(f"docid {docid!r} appears more than once")
            records[docid] = parse(record)
        except _LineError as error:
            raise EvalError(f"{file}:{number}: {error}") from None
    return records


def _parse_gold(record: dict[str, Any]) -> MucDocument:
    text = record.get("doctext")
    if not isinstance(text, str):
        raise _LineError('"doctext" must be a string')
    roles = _extracts(record, _gold_mention)
    for role, entities in roles.items():
        for entity in entities:
            for m in entity:
                # The offsets locate the spans for training and error analysis; one that does not
                # point at its text means the file was edited or built wrongly.
                if text[m.offset : m.offset + len(m.text)] != m.text:
                    raise _LineError(f"{role} mention {m.text!r} is not at offset {m.offset}")
    return MucDocument(_docid(record), text, MappingProxyType(roles))


def _parse_prediction(record: dict[str, Any]) -> RoleEntities:
    return _extracts(record, _prediction_mention)


def read_gold(path: str | os.PathLike[str]) -> dict[str, MucDocument]:
    """Read a gold file (train/dev/test.jsonl), keyed by docid in file order."""
    return _read(path, _parse_gold)


def read_predictions(path: str | os.PathLike[str]) -> dict[str, RoleEntities]:
    """Read a predictions file (mentions as plain strings), keyed by docid in file order."""
    return _read(path, _parse_prediction)


def gold_role_entities(documents: Mapping[str, MucDocument]) -> dict[str, RoleEntities]:
    """Return the gold documents in the form :func:`score_documents` takes."""
    return {docid: doc.role_entities() for docid, doc in documents.items()}


def write_predictions(
    path: str | os.PathLike[str], predictions: Mapping[str, RoleEntities]
) -> None:
    """Write predictions in GRIT's line format, one document a line, all five roles listed.

    The output is byte-identical to GRIT's released file when given what :func:`read_predictions`
    read from it. Entities with no mention are left out: the format has none and they could not be
    scored. An unknown role raises :class:`EvalError` rather than being dropped unseen.
    """
    file = Path(path)
    lines = []
    for docid, roles in predictions.items():
        unknown = sorted(set(roles) - set(MUC4_ROLES))
        if unknown:
            raise EvalError(f"predictions for {docid!r} have unknown role(s) {', '.join(unknown)}")
        extracts: dict[str, list[list[str]]] = {}
        for role in MUC4_ROLES:
            entities = roles.get(role, ())
            if isinstance(entities, str) or any(isinstance(e, str) for e in entities):
                raise EvalError(
                    f"predictions for {docid!r}, {role}: an entity is a list of strings"
                )
            extracts[role] = [list(entity) for entity in entities if entity]
        lines.append(json.dumps({"docid": docid, "extracts": extracts}) + "\n")
    try:
        file.write_text("".join(lines), encoding="utf-8")
    except OSError as error:
        raise EvalError(f"{file}: cannot be written ({error.strerror or error})") from None


def score_files(
    gold_path: str | os.PathLike[str], predictions_path: str | os.PathLike[str]
) -> CeafReport:
    """Read a gold and a predictions file and score them with CEAF-REE."""
    gold = gold_role_entities(read_gold(gold_path))
    return score_documents(gold, read_predictions(predictions_path))


def format_report(report: CeafReport) -> str:
    """Return a plain-text table of P/R/F1 (percent) and counts per role and micro-averaged."""
    header = f"{'role':<8} {'P':>6} {'R':>6} {'F1':>6} {'matched':>8} {'pred':>6} {'gold':>6}"

    def row(name: str, score: CeafScore) -> str:
        return (
            f"{name:<8} {100 * score.precision:>6.2f} {100 * score.recall:>6.2f} "
            f"{100 * score.f1:>6.2f} {score.matched:>8} {score.predicted:>6} {score.gold:>6}"
        )

    rows = [header, "-" * len(header)]
    rows += [row(role, score) for role, score in report.roles.items()]
    rows += ["-" * len(header), row("micro", report.micro), f"({report.documents} documents)"]
    return "\n".join(rows) + "\n"
