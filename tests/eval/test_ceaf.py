"""Tests of the MUC-4 CEAF-REE scorer and of the MUC-4 file reader and writer.

The small hand-made cases pin down the metric's rules one at a time; the last tests score GRIT's
released predictions and must reproduce the published P 64.19, R 47.36, F1 54.50 exactly.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from veille.errors import EvalError
from veille.eval.ceaf import (
    MUC4_ROLES,
    CeafScore,
    maximum_matching,
    normalise_entity,
    normalise_mention,
    phi_strict,
    score_documents,
    score_entities,
)
from veille.eval.muc4 import (
    format_report,
    gold_role_entities,
    read_gold,
    read_predictions,
    score_files,
    write_predictions,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def _data_dir() -> Path:
    configured = os.environ.get("VEILLE_DATA_DIR")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "data"


# --- normalisation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FMLN", "fmln"),
        ("  an   attack on  a bus ", "attack on bus"),
        ("fmln-fdr", "fmlnfdr"),  # punctuation is deleted, not replaced by a space
        ("the army's 1st brigade", "armys 1st brigade"),
        ("u.s. embassy", "us embassy"),
        ('home-made bomb called "russian cheese."', "homemade bomb called russian cheese"),
        ("theatre and anthem", "theatre and anthem"),  # only whole words are articles
        ("A\tTHE\nAn", ""),
        ("...", ""),
        ("", ""),
    ],
)
def test_normalise_mention(text: str, expected: str) -> None:
    assert normalise_mention(text) == expected


def test_normalise_entity_drops_empty_mentions_and_rejects_a_bare_string() -> None:
    assert normalise_entity(["The Bomb", "bomb", "--", ""]) == frozenset({"bomb"})
    with pytest.raises(TypeError):
        normalise_entity("bomb")


def test_phi_strict() -> None:
    gold = frozenset({"guerrillas", "fmln guerrillas"})
    assert phi_strict(gold, frozenset({"guerrillas"})) == 1
    assert phi_strict(gold, gold) == 1
    assert phi_strict(gold, frozenset({"guerrillas", "army"})) == 0
    assert phi_strict(gold, frozenset()) == 0


# --- matching ------------------------------------------------------------------------------------


def _brute_force(allowed: Sequence[Sequence[bool]]) -> int:
    rows = len(allowed)
    cols = len(allowed[0]) if rows else 0
    best = 0
    for perm in itertools.permutations(range(max(rows, cols)), rows):
        best = max(best, sum(1 for r, c in enumerate(perm) if c < cols and allowed[r][c]))
    return best


def test_matching_beats_greedy() -> None:
    # Row 0 could take column 0 or 1, row 1 only column 0: pairing greedily (0, 0) leaves one.
    allowed = [[True, True], [True, False]]
    assert maximum_matching(allowed) == [(0, 1), (1, 0)]


def test_matching_follows_a_long_augmenting_path() -> None:
    n = 6
    allowed = [[c in (r, r + 1) for c in range(n)] for r in range(n)]
    allowed[n - 1] = [c == 0 for c in range(n)]
    pairs = maximum_matching(allowed)
    assert len(pairs) == n
    assert len({c for _, c in pairs}) == n
    assert all(allowed[r][c] for r, c in pairs)


def test_matching_edge_cases() -> None:
    assert maximum_matching([]) == []
    assert maximum_matching([[], []]) == []
    assert maximum_matching([[False, False]]) == []
    with pytest.raises(ValueError):
        maximum_matching([[True], [True, False]])


def test_matching_agrees_with_brute_force() -> None:
    rng = random.Random(20210419)
    for _ in range(300):
        rows, cols = rng.randint(0, 5), rng.randint(1, 5)
        density = rng.random()
        allowed = [[rng.random() < density for _ in range(cols)] for _ in range(rows)]
        pairs = maximum_matching(allowed)
        assert all(allowed[r][c] for r, c in pairs)
        assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
        assert len(pairs) == _brute_force(allowed)


# --- scoring one role ----------------------------------------------------------------------------


def test_one_wrong_mention_makes_the_entity_wrong() -> None:
    gold = [["guerrillas", "FMLN guerrillas"]]
    assert score_entities(gold, [["guerrillas", "army"]]) == CeafScore(0, 1, 1)
    assert score_entities(gold, [["the guerrillas"]]) == CeafScore(1, 1, 1)


def test_optimal_alignment_where_greedy_is_suboptimal() -> None:
    gold = [["bomb", "explosive"], ["bomb"]]
    predicted = [["bomb"], ["explosive"]]  # greedy gives "bomb" to the first gold entity
    assert score_entities(gold, predicted) == CeafScore(2, 2, 2)


def test_duplicate_predictions_count_and_empty_ones_do_not() -> None:
    assert score_entities([["bomb"]], [["bomb"], ["The bomb."]]) == CeafScore(1, 2, 1)
    assert score_entities([["bomb"]], [["the"], [], ["bomb"]]) == CeafScore(1, 1, 1)
    assert score_entities([], []) == CeafScore(0, 0, 0)


def test_ceaf_score_ratios() -> None:
    score = CeafScore(matched=2, predicted=4, gold=8)
    assert (score.precision, score.recall) == (0.5, 0.25)
    assert score.f1 == pytest.approx(1 / 3)
    assert CeafScore(0, 0, 0).f1 == 0.0
    assert CeafScore(0, 3, 0).precision == 0.0
    assert score + CeafScore(1, 1, 1) == CeafScore(3, 5, 9)
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.matched = 3  # type: ignore[misc]


# --- scoring documents ---------------------------------------------------------------------------


def test_score_documents_micro_averages_and_counts_missing_documents() -> None:
    gold = {
        "d1": {"PerpInd": [["gunmen"]], "Victim": [["priest"], ["nun"]]},
        "d2": {"Weapon": [["bomb"]]},
    }
    predicted = {"d1": {"PerpInd": [["gunmen"]], "Victim": [["priest"], ["army"]], "Target": []}}
    report = score_documents(gold, predicted)
    assert report.documents == 2
    assert tuple(report.roles) == MUC4_ROLES
    assert report.roles["PerpInd"] == CeafScore(1, 1, 1)
    assert report.roles["Victim"] == CeafScore(1, 2, 2)
    assert report.roles["Weapon"] == CeafScore(0, 0, 1)  # d2 was not predicted at all
    assert report.micro == CeafScore(2, 3, 4)


def test_score_documents_rejects_unknown_documents_and_roles() -> None:
    gold = {"d1": {"Victim": [["priest"]]}}
    with pytest.raises(EvalError, match="d9"):
        score_documents(gold, {"d9": {}})
    with pytest.raises(EvalError, match="victim"):
        score_documents(gold, {"d1": {"victim": [["priest"]]}})


# --- reading and writing files -------------------------------------------------------------------


def _write(path: Path, *lines: object) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


GOLD_LINE = {
    "docid": "TST-1",
    "doctext": "the fmln attacked a bus.",
    "extracts": {"PerpOrg": [[["fmln", 4]]], "Target": [[["a bus", 18], ["bus", 20]]]},
}


def test_read_gold_and_score_against_itself(tmp_path: Path) -> None:
    documents = read_gold(_write(tmp_path / "gold.jsonl", GOLD_LINE))
    doc = documents["TST-1"]
    assert tuple(doc.roles) == MUC4_ROLES
    assert doc.roles["Target"][0][1].offset == 20
    report = score_documents(gold_role_entities(documents), gold_role_entities(documents))
    assert report.micro == CeafScore(2, 2, 2)


def test_write_then_read_predictions(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    write_predictions(path, {"b": {"Victim": [["priest", "father x"]], "Weapon": [[]]}, "a": {}})
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    expected: dict[str, list[list[str]]] = {role: [] for role in MUC4_ROLES}
    expected["Victim"] = [["priest", "father x"]]
    assert first == {"docid": "b", "extracts": expected}
    assert read_predictions(path) == {
        "b": dict.fromkeys(MUC4_ROLES, ()) | {"Victim": (("priest", "father x"),)},
        "a": dict.fromkeys(MUC4_ROLES, ()),
    }
    with pytest.raises(EvalError, match="Perp"):
        write_predictions(path, {"a": {"Perp": [["x"]]}})
    with pytest.raises(EvalError, match="list of strings"):
        write_predictions(path, {"a": {"Victim": ["priest"]}})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ([1, 2], "expected a JSON object"),
        ({"extracts": {}}, '"docid"'),
        ({"docid": "x", "extracts": []}, '"extracts"'),
        ({"docid": "x", "extracts": {"victim": []}}, "unknown role"),
        ({"docid": "x", "extracts": {"Victim": {}}}, "list of entities"),
        ({"docid": "x", "extracts": {"Victim": [[]]}}, "non-empty list"),
        ({"docid": "x", "extracts": {"Victim": [["priest", 3]]}}, "must be a string"),
        ({"docid": "x", "extracts": {"Victim": [[["priest", 3]]]}}, "must be a string"),
    ],
)
def test_malformed_predictions(tmp_path: Path, line: object, message: str) -> None:
    path = _write(tmp_path / "pred.jsonl", {"docid": "ok", "extracts": {}}, line)
    with pytest.raises(EvalError, match=message) as caught:
        read_predictions(path)
    assert "pred.jsonl:2: " in str(caught.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"doctext": None}, '"doctext"'),
        ({"extracts": {"PerpOrg": [["fmln"]]}}, "gold mention"),
        ({"extracts": {"PerpOrg": [[["fmln", -1]]]}}, "gold mention"),
        ({"extracts": {"PerpOrg": [[["fmln", True]]]}}, "gold mention"),
        ({"extracts": {"PerpOrg": [[["fmln", 5]]]}}, "not at offset 5"),
    ],
)
def test_malformed_gold(tmp_path: Path, change: dict[str, object], message: str) -> None:
    path = _write(tmp_path / "gold.jsonl", GOLD_LINE, GOLD_LINE | {"docid": "TST-2"} | change)
    with pytest.raises(EvalError, match=message) as caught:
        read_gold(path)
    assert "gold.jsonl:2: " in str(caught.value)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match=r"missing\.jsonl: file not found"):
        read_gold(tmp_path / "missing.jsonl")
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text('{"docid": "a", "extracts": {}}\n\n{"docid": \n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"bad\.jsonl:3: invalid JSON"):
        read_predictions(bad_json)
    latin1 = tmp_path / "latin1.jsonl"
    latin1.write_bytes('{"docid": "é"}\n'.encode("latin-1"))
    with pytest.raises(EvalError, match="not UTF-8"):
        read_predictions(latin1)
    twice = _write(tmp_path / "twice.jsonl", *[{"docid": "a", "extracts": {}}] * 2)
    with pytest.raises(EvalError, match=r"twice\.jsonl:2: docid 'a' appears more than once"):
        read_predictions(twice)


def test_format_report() -> None:
    report = score_documents({"d": {"Victim": [["priest"]]}}, {"d": {"Victim": [["priest"]]}})
    lines = format_report(report).splitlines()
    assert lines[0].split() == ["role", "P", "R", "F1", "matched", "pred", "gold"]
    assert [line.split()[0] for line in lines[2:7]] == list(MUC4_ROLES)
    assert "micro 100.00 100.00 100.00 1 1 1" in [" ".join(line.split()) for line in lines]


# --- GRIT's released test predictions ------------------------------------------------------------


@pytest.fixture
def muc4_dir() -> Path:
    data_dir = _data_dir()
    if not data_dir.is_dir():
        pytest.skip(f"data directory {data_dir} is absent (set VEILLE_DATA_DIR to point at it)")
    return data_dir / "muc4"


def test_grit_test_predictions_reproduce_published_scores(muc4_dir: Path) -> None:
    report = score_files(muc4_dir / "test.jsonl", muc4_dir / "grit_test_predictions.jsonl")
    micro = report.micro
    assert report.documents == 200
    assert (micro.matched, micro.predicted, micro.gold) == (242, 377, 511)
    assert round(100 * micro.precision, 2) == 64.19
    assert round(100 * micro.recall, 2) == 47.36
    assert round(100 * micro.f1, 2) == 54.50


def test_grit_predictions_round_trip_byte_for_byte(muc4_dir: Path, tmp_path: Path) -> None:
    original = muc4_dir / "grit_test_predictions.jsonl"
    copy = tmp_path / "copy.jsonl"
    write_predictions(copy, read_predictions(original))
    assert copy.read_bytes() == original.read_bytes()
