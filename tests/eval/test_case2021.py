"""Tests of the CASE 2021 task 2 harness: the TSV reader, the F1 arithmetic (checked against hand
computations of scikit-learn's definitions), the report, and one run on the real test file
(slow)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from veille.config import Settings
from veille.errors import EvalError
from veille.eval.case2021 import (
    Case2021Prediction,
    Case2021Run,
    ClassScore,
    format_case2021_report,
    read_case2021,
    run_case2021,
    score_labels,
)
from veille.eval.runner import Speed
from veille.extract.acled import AcledType
from veille.services import Veille

REPO_ROOT = Path(__file__).resolve().parents[2]
HEADER = "id\tEventSnippet\tSubType"


def _data_dir() -> Path:
    configured = os.environ.get("VEILLE_DATA_DIR")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "data"


# --- F1 arithmetic --------------------------------------------------------------------------------


def test_scores_by_hand() -> None:
    gold = ["A", "A", "A", "B", "B", "C"]
    predicted: list[str | None] = ["A", "A", "B", "B", None, "A"]
    scores = score_labels(gold, predicted)
    by_label = {c.label: c for c in scores.classes}
    # A: TP 2 of 3 predicted, 3 gold; B: TP 1 of 2 predicted, 2 gold; C: nothing predicted.
    assert by_label["A"] == ClassScore("A", 2, 3, 3)
    assert by_label["B"] == ClassScore("B", 1, 2, 2)
    assert by_label["C"] == ClassScore("C", 0, 0, 1)
    assert by_label["A"].f1 == pytest.approx(2 / 3)
    assert by_label["B"].f1 == pytest.approx(1 / 2)
    assert by_label["C"].f1 == 0.0
    # weighted F1 = (3 * 2/3 + 2 * 1/2 + 1 * 0) / 6 = 0.5
    assert scores.weighted_f1 == pytest.approx(0.5)
    # weighted P = (3 * 2/3 + 2 * 1/2 + 0) / 6 = 0.5; weighted R the same
    assert scores.weighted_precision == pytest.approx(0.5)
    assert scores.weighted_recall == pytest.approx(0.5)
    assert scores.macro_f1 == pytest.approx((2 / 3 + 1 / 2 + 0) / 3)
    assert scores.accuracy == pytest.approx(3 / 6)
    assert (scores.total, scores.correct, scores.abstained) == (6, 3, 1)


def test_a_label_only_predicted_has_no_weight_but_counts_in_the_macro_average() -> None:
    # sklearn: f1_score(["A", "B"], ["C", "B"], average="weighted") == 0.5, macro == 1/3
    scores = score_labels(["A", "B"], ["C", "B"])
    assert [c.label for c in scores.classes] == ["A", "B", "C"]
    assert scores.weighted_f1 == pytest.approx(0.5)
    assert scores.macro_f1 == pytest.approx(1 / 3)


def test_unequal_supports_weight_the_average() -> None:
    # A: P 3/4, R 3/3 → F1 6/7 (support 3); B: nothing right → F1 0 (support 1).
    scores = score_labels(["A", "A", "A", "B"], ["A", "A", "A", "A"])
    f1_a = 2 * 0.75 * 1.0 / 1.75
    assert f1_a == pytest.approx(6 / 7)
    assert scores.weighted_f1 == pytest.approx((3 * f1_a + 1 * 0.0) / 4)  # 9/14
    assert scores.weighted_f1 == pytest.approx(9 / 14)
    assert scores.macro_f1 == pytest.approx(f1_a / 2)  # 3/7


def test_all_abstentions_and_empty_input_score_zero() -> None:
    scores = score_labels(["A", "B"], [None, None])
    assert (scores.weighted_f1, scores.macro_f1, scores.accuracy) == (0.0, 0.0, 0.0)
    empty = score_labels([], [])
    assert (empty.weighted_f1, empty.macro_f1, empty.accuracy) == (0.0, 0.0, 0.0)
    with pytest.raises(EvalError, match="2 gold labels but 1 predictions"):
        score_labels(["A", "B"], ["A"])


# --- reading the file -----------------------------------------------------------------------------


def _write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "test.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_read_case2021(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        HEADER,
        "1\tPolice arrested two men.\tARREST",
        "",
        "2\tA line\u2028separator stays inside the snippet.\tOTHER\r",
    )
    first, second = read_case2021(path)
    assert (first.id, first.text, first.label, first.line) == (
        "1",
        "Police arrested two men.",
        "ARREST",
        2,
    )
    assert "\u2028" in second.text and second.label == "OTHER" and second.line == 4


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (("id\tsnippet\tlabel", "1\tx\tA"), ":1: expected the header"),
        ((HEADER, "1\tx\tA", "2\tonly two fields"), ":3: expected 3 tab-separated fields, got 2"),
        ((HEADER, "1\tx\tA\textra"), ":2: expected 3 tab-separated fields, got 4"),
        ((HEADER, "1\tx\t "), ":2: empty SubType"),
        ((HEADER, "\tx\tA"), ":2: empty id"),
        ((HEADER, "1\tx\tA", "1\ty\tB"), ":3: id '1' already used on line 2"),
        ((HEADER,), "no snippets"),
    ],
)
def test_read_case2021_names_file_and_line_of_a_defect(
    tmp_path: Path, rows: tuple[str, ...], message: str
) -> None:
    path = _write(tmp_path, *rows)
    with pytest.raises(EvalError) as caught:
        read_case2021(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_read_case2021_refuses_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="file not found"):
        read_case2021(tmp_path / "missing.tsv")
    binary = tmp_path / "binary.tsv"
    binary.write_bytes(b"\xff\xfe\x00id")
    with pytest.raises(EvalError, match="not UTF-8"):
        read_case2021(binary)


# --- the report -----------------------------------------------------------------------------------


def test_format_report() -> None:
    predictions = (
        Case2021Prediction("1", "ARREST", AcledType("ARREST", 0.8, (0, 8), "arrested")),
        Case2021Prediction("2", "GRENADE", AcledType(None, 0.0, None)),
    )
    scores = score_labels(["ARREST", "GRENADE"], ["ARREST", None])
    run = Case2021Run("test.tsv", scores, predictions, Speed(2, 1.0, 1, 50.0))
    report = format_case2021_report(run)
    assert "weighted F1 50.00" in report
    assert "accuracy 50.00  (1 correct, 1 without a type)" in report
    assert "ARREST" in report and "GRENADE" in report
    assert "2.0 snippets/s" in report


# --- the real data --------------------------------------------------------------------------------


@pytest.mark.slow
def test_run_case2021_on_the_test_file(tmp_path: Path) -> None:
    path = _data_dir() / "case2021_task2" / "test.tsv"
    if not path.exists():
        pytest.skip(f"CASE 2021 data not found at {path}")
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    run = run_case2021(app, path)
    scores = run.scores
    assert scores.total == len(run.predictions) == 1019
    for value in (scores.weighted_f1, scores.macro_f1, scores.accuracy):
        assert 0.0 <= value <= 1.0
    for score in scores.classes:
        assert 0.0 <= score.precision <= 1.0 and 0.0 <= score.recall <= 1.0
    for prediction in run.predictions:
        assert 0.0 <= prediction.predicted.confidence <= 1.0
    assert run.speed.documents == 1019
    assert "weighted F1" in format_case2021_report(run)
