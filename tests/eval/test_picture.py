"""Tests of the threat picture harness: matching and scoring on tiny hand-made gold and
predictions (no model), the checks on the gold file, the report, and one run of the real gold
set over the corpora (slow)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import pytest

from veille.errors import EvalError
from veille.eval.picture import (
    GoldAction,
    GoldAlert,
    GoldArticle,
    GoldFigure,
    GoldIncident,
    GoldQuantity,
    GoldToll,
    PictureRun,
    PredictedAction,
    PredictedAlert,
    PredictedFigure,
    PredictedIncident,
    Predictions,
    best_matching,
    format_picture_report,
    load_texts,
    read_picture_gold,
    score_picture,
)
from veille.eval.runner import Speed

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLD = REPO_ROOT / "tests" / "data" / "picture_gold.json"
HELD_OUT = REPO_ROOT / "tests" / "data" / "picture_heldout.json"
DEV2 = REPO_ROOT / "tests" / "data" / "picture_dev2.json"
HELD_OUT2 = REPO_ROOT / "tests" / "data" / "picture_heldout2.json"


def _data_dir() -> Path:
    configured = os.environ.get("VEILLE_DATA_DIR")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "data"


def incident(
    key: str,
    *,
    country: str | None = "SY",
    place: str | None = "Manbij",
    alternatives: tuple[str, ...] = (),
    date: str | None = "2019-01-16",
    killed: GoldToll | None = None,
    groups: frozenset[str] = frozenset(),
    optional: bool = False,
) -> GoldIncident:
    return GoldIncident(
        event_key=key,
        date=date,
        country=country,
        place=place,
        place_alternatives=alternatives,
        attack_type="Bombing/Explosion",
        killed=killed,
        wounded=None,
        groups=groups,
        status="attack",
        optional=optional,
        evidence="a bomb",
    )


def article(row: int, **kinds: Any) -> GoldArticle:
    return GoldArticle(
        corpus="guardian_isis_2019",
        row=row,
        published="2019-01-16",
        title=f"article {row}",
        incidents=tuple(kinds.get("incidents", ())),
        actions=tuple(kinds.get("actions", ())),
        alerts=tuple(kinds.get("alerts", ())),
        figures=tuple(kinds.get("figures", ())),
    )


def key(row: int) -> str:
    return f"guardian_isis_2019:{row}"


def action(kind: str, count: int | None = None, *, optional: bool = False) -> GoldAction:
    return GoldAction(kind, count, "SY", None, "carried out", optional, "captured")


def figure(
    value: int | None, category: str, *, low: int | None = None, high: int | None = None
) -> GoldFigure:
    return GoldFigure(GoldQuantity(value, None, low, high), category, None, False, "fighters")


# --- matching ------------------------------------------------------------------------------------


def test_best_matching_is_maximum_then_best_agreement() -> None:
    # Greedy pairing would give row 0 column 0 and leave row 1 alone.
    assert best_matching([[1.0, 1.0], [0.0, None]]) == [(0, 1), (1, 0)]
    # Among matchings of the same size, the one agreeing most wins.
    assert best_matching([[1.0, 0.0], [0.0, 1.0]]) == [(0, 0), (1, 1)]
    assert best_matching([[0.0, 1.0], [1.0, 0.0]]) == [(0, 1), (1, 0)]
    assert best_matching([[None, None]]) == []
    assert best_matching([]) == []


def test_incidents_match_on_country_and_place() -> None:
    gold = [
        article(1, incidents=[incident("a", place="Düsseldorf", country="DE")]),
        article(
            2,
            incidents=[incident("b", country="US", place="New York", alternatives=("Manhattan",))],
        ),
        article(3, incidents=[incident("c", place="Raqqa")]),
    ]
    predicted = Predictions(
        incidents=(
            PredictedIncident(key(1), "i1", "DE", "dusseldorf"),  # accents and case ignored
            PredictedIncident(key(2), "i2", "US", "MANHATTAN"),  # an alternative name
            PredictedIncident(key(3), "i3", "IQ", None),  # wrong country
            PredictedIncident(key(3), "i4", "SY", "Manbij"),  # wrong place
            PredictedIncident(key(4), "i5", "SY", None),  # an article not in the gold set
        )
    )
    score = score_picture(gold, predicted).kind("incidents")
    assert (score.true_positives, score.false_positives, score.false_negatives) == (2, 2, 1)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(4 / 7)


def test_a_spelling_and_the_gazetteer_name_of_one_place_match() -> None:
    gold = [
        article(1, incidents=[incident("a", place="Raqqa")]),
        article(2, incidents=[incident("b", place="Palmyra")]),
    ]
    predicted = Predictions(
        incidents=(
            PredictedIncident(key(1), "i1", "SY", "Ar Raqqah"),  # GeoNames' name of Raqqa
            PredictedIncident(key(2), "i2", "SY", "Ar Raqqah"),  # another city altogether
        )
    )
    score = score_picture(gold, predicted).kind("incidents")
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 1)


def test_place_is_not_compared_when_one_side_has_none() -> None:
    gold = [article(1, incidents=[incident("a", place=None)])]
    predicted = Predictions(incidents=(PredictedIncident(key(1), "i1", "SY", "Raqqa"),))
    assert score_picture(gold, predicted).kind("incidents").true_positives == 1


def test_optional_gold_neither_credits_nor_penalises() -> None:
    gold = [
        article(
            1,
            incidents=[incident("now"), incident("1963", country="US", place=None, optional=True)],
        )
    ]
    predicted = Predictions(
        incidents=(
            PredictedIncident(key(1), "i1", "US", "Birmingham"),  # the background attack
            PredictedIncident(key(1), "i2", "FR", "Paris"),  # nothing the article reports
        )
    )
    score = score_picture(gold, predicted).kind("incidents")
    assert (score.true_positives, score.false_positives, score.false_negatives) == (0, 1, 1)
    assert score.ignored == 1
    assert score.gold == 1 and score.predicted == 2


def test_fusion_pairs_and_field_accuracy() -> None:
    killed = GoldToll(4, None)
    gold = [
        article(1, incidents=[incident("manbij", killed=killed, groups=frozenset({"is"}))]),
        article(2, incidents=[incident("manbij", date=None, killed=None)]),
        article(3, incidents=[incident("manbij", killed=killed)]),
        article(4, incidents=[incident("other", date="2018-03-29")]),
    ]
    predicted = Predictions(
        incidents=(
            # articles 1 and 2 were fused into one stored incident, as they should be
            PredictedIncident(key(1), "x", "SY", "Manbij", "2019-01-16", 4, frozenset({"is"})),
            PredictedIncident(key(2), "x", "SY", "Manbij", "2019-01-16", 4, frozenset({"is"})),
            # article 3 stayed apart; article 4, another event, was wrongly fused into it
            PredictedIncident(key(3), "y", "SY", "Manbij", None, 4, frozenset()),
            PredictedIncident(key(4), "y", "SY", "Manbij", None, None, frozenset()),
        )
    )
    scores = score_picture(gold, predicted)
    fusion = scores.fusion
    assert (fusion.incidents, fusion.pairs, fusion.gold_same) == (4, 6, 3)
    assert (fusion.true_positives, fusion.false_positives, fusion.false_negatives) == (1, 1, 2)
    assert fusion.precision == pytest.approx(0.5)
    assert fusion.recall == pytest.approx(1 / 3)
    # date: article 2 states none, but the fused record's date is another report's: right;
    # article 3 has None for a stated date: wrong; article 4: None for 2018-03-29: wrong.
    date = scores.field("date")
    assert (date.correct, date.total) == (2, 4)
    # killed: article 2 states no toll, the fused 4 is the event's: right; article 4 None: right.
    killed_accuracy = scores.field("killed")
    assert (killed_accuracy.correct, killed_accuracy.total) == (4, 4)
    # groups: articles 1 and 2 hold {"is"} (stated by article 1); article 3 names none and
    # {} is its own value; article 4: right.
    groups = scores.field("groups")
    assert (groups.correct, groups.total) == (4, 4)


def test_derived_tolls_are_not_scored() -> None:
    gold = [article(1, incidents=[incident("a", killed=GoldToll(2, None, derived=True))])]
    predicted = Predictions(incidents=(PredictedIncident(key(1), "x", "SY", None, None, 9),))
    assert score_picture(gold, predicted).field("killed").total == 0


def test_unmatched_gold_incidents_are_never_fused() -> None:
    gold = [article(1, incidents=[incident("a")]), article(2, incidents=[incident("a")])]
    fusion = score_picture(gold, Predictions()).fusion
    assert (fusion.true_positives, fusion.false_positives, fusion.false_negatives) == (0, 0, 1)
    assert fusion.precision == 0.0 and fusion.recall == 0.0


def test_actions_match_on_kind_and_stated_count() -> None:
    gold = [
        article(1, actions=[action("arrest", 3), action("charge"), action("raid", optional=True)])
    ]
    predicted = Predictions(
        actions=(
            PredictedAction(key(1), "arrest", None),  # the gold count is 3: no match
            PredictedAction(key(1), "charge", 2),  # no gold count: any count matches
            PredictedAction(key(1), "raid", None),  # optional
            PredictedAction(key(1), "charge", None),  # a second charge: one to one
        )
    )
    score = score_picture(gold, predicted).kind("actions")
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 2, 1)
    assert score.ignored == 1


def test_alerts_match_on_country_and_level() -> None:
    alert = GoldAlert("GB", "severe", "gb-national-threat-level", "raised", None, False, "severe")
    gold = [article(1, alerts=[alert])]
    predicted = Predictions(
        alerts=(
            PredictedAlert(key(1), "GB", "critical"),
            PredictedAlert(key(1), "GB", "severe"),
        )
    )
    score = score_picture(gold, predicted).kind("alerts")
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 0)


def test_figures_match_on_category_and_quantity() -> None:
    gold = [
        article(
            1,
            figures=[
                figure(850, "foreign_fighters_left"),
                figure(None, "other", low=20000, high=30000),
                figure(520, "detained"),
            ],
        )
    ]
    predicted = Predictions(
        figures=(
            PredictedFigure(key(1), "foreign_fighters_left", 850),
            PredictedFigure(key(1), "other", None, 20000, 30000),
            PredictedFigure(key(1), "other", 520),  # wrong category
        )
    )
    score = score_picture(gold, predicted).kind("figures")
    assert (score.true_positives, score.false_positives, score.false_negatives) == (2, 1, 1)


def test_empty_scores_are_zero() -> None:
    scores = score_picture([article(1)], Predictions())
    for kind in scores.kinds:
        assert (kind.precision, kind.recall, kind.f1) == (0.0, 0.0, 0.0)


def test_report() -> None:
    gold = [article(1, actions=[action("arrest")])]
    scores = score_picture(gold, Predictions(actions=(PredictedAction(key(1), "arrest"),)))
    run = PictureRun(
        "gold.json", 1, scores, (("guardian_isis_2019", scores),), (), Speed(1, 2.0, 1, 300.0)
    )
    report = format_picture_report(run)
    assert "actions        1     1     1     0     0     0  100.00  100.00  100.00" in report
    assert "alerts         0     0     0     0     0     0       -       -       -" in report
    assert "Fusion: 0 gold incidents" in report
    assert "guardian_isis_2019:" in report
    assert "0.5 documents/s" in report


# --- the gold file -------------------------------------------------------------------------------

GOOD_ARTICLE: dict[str, Any] = {
    "corpus": "reuters_2017",
    "row": 0,
    "published": "2017-11-02",
    "title": "Truck attack",
    "incidents": [
        {
            "event_key": "ny",
            "date": "2017-10-31",
            "country": "US",
            "place": "New York",
            "attack_type": "Unarmed Assault",
            "killed": {"value": 8, "qualifier": None},
            "wounded": None,
            "groups": ["islamic-state"],
            "status": "attack",
            "evidence": "killed eight people",
        }
    ],
    "actions": [
        {
            "kind": "arrest",
            "count": None,
            "country": "US",
            "date": None,
            "evidence": "before his arrest",
        }
    ],
    "alerts": [],
    "figures": [
        {
            "quantity": {"value": 12, "qualifier": None},
            "category": "victims_total",
            "country": None,
            "evidence": "injuring 12",
        }
    ],
}


def _write(tmp_path: Path, articles: list[Any]) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"_about": {}, "articles": articles}), encoding="utf-8")
    return path


def _with(**changes: Any) -> dict[str, Any]:
    return {**json.loads(json.dumps(GOOD_ARTICLE)), **changes}


def test_reads_a_good_gold_file(tmp_path: Path) -> None:
    (gold,) = read_picture_gold(_write(tmp_path, [GOOD_ARTICLE]), groups={"islamic-state"})
    assert gold.key == "reuters_2017:0"
    assert gold.incidents[0].killed == GoldToll(8, None)
    assert gold.incidents[0].groups == frozenset({"islamic-state"})
    assert gold.actions[0].status == "carried out" and not gold.actions[0].optional
    assert gold.figures[0].quantity.value == 12


@pytest.mark.parametrize(
    ("article", "message"),
    [
        ({k: v for k, v in GOOD_ARTICLE.items() if k != "row"}, "missing key 'row'"),
        (_with(row="3"), "'row' must be an integer"),
        (_with(row=True), "'row' must be an integer"),
        (_with(corpus="bbc"), "corpus 'bbc' is not one of"),
        (_with(published="2 Nov 2017"), "published '2 Nov 2017' is not valid"),
        (_with(actions=[{"kind": "arrest"}]), "actions[0]: missing key 'count'"),
        (_with(actions=[{**GOOD_ARTICLE["actions"][0], "kind": "hug"}]), "action kind 'hug'"),
        (
            _with(incidents=[{**GOOD_ARTICLE["incidents"][0], "country": "USA"}]),
            "incidents[0]: country 'USA' is not valid",
        ),
        (
            _with(incidents=[{**GOOD_ARTICLE["incidents"][0], "groups": ["isis"]}]),
            "unknown group id(s) isis",
        ),
        (
            _with(figures=[{**GOOD_ARTICLE["figures"][0], "category": "fighters"}]),
            "figure category 'fighters'",
        ),
        (
            _with(
                figures=[
                    {
                        **GOOD_ARTICLE["figures"][0],
                        "quantity": {"value": None, "qualifier": "dozens"},
                    }
                ]
            ),
            "vague amount",
        ),
        (_with(alerts=[{"country": "GB"}]), "alerts[0]: missing key 'change'"),
        (_with(figures="none"), "'figures' must be a list"),
    ],
)
def test_malformed_gold_names_file_and_row(
    tmp_path: Path, article: dict[str, Any], message: str
) -> None:
    path = _write(tmp_path, [GOOD_ARTICLE, article])
    with pytest.raises(EvalError) as caught:
        read_picture_gold(path, groups={"islamic-state"})
    text = str(caught.value)
    assert str(path) in text and "article 1" in text
    assert message in text


def test_unreadable_gold_files(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="gold file not found"):
        read_picture_gold(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"articles": [', encoding="utf-8")
    with pytest.raises(EvalError, match="line 1: not valid JSON"):
        read_picture_gold(bad)
    with pytest.raises(EvalError, match="annotated twice"):
        read_picture_gold(_write(tmp_path, [GOOD_ARTICLE, GOOD_ARTICLE]))
    with pytest.raises(EvalError, match="lists no article"):
        read_picture_gold(_write(tmp_path, []))


def _corpus(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "data" / "reuters_2017"
    folder.mkdir(parents=True)
    with (folder / "articles.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text", "subject", "date"])
        writer.writerow(["Truck attack", text, "News", "November 2, 2017 "])
    return tmp_path / "data"


def test_texts_are_read_and_evidence_checked(tmp_path: Path) -> None:
    text = "A truck attack killed eight people before his arrest, injuring 12."
    data = _corpus(tmp_path, text)
    path = _write(tmp_path, [GOOD_ARTICLE])
    gold = read_picture_gold(path)
    assert load_texts(gold, data, path) == {"reuters_2017:0": "Truck attack\n" + text}


def test_missing_row_or_evidence_raises(tmp_path: Path) -> None:
    data = _corpus(tmp_path, "A truck attack killed eight people before his arrest.")
    path = _write(tmp_path, [_with(row=7)])
    with pytest.raises(EvalError, match=r"article 0 \(reuters_2017 row 7\): no such row"):
        load_texts(read_picture_gold(path), data, path)
    path = _write(tmp_path, [GOOD_ARTICLE])
    with pytest.raises(EvalError, match=r"figures\[0\] evidence is not in the article text"):
        load_texts(read_picture_gold(path), data, path)
    with pytest.raises(EvalError, match="corpus file not found"):
        load_texts(read_picture_gold(path), tmp_path / "nowhere", path)


def test_the_shipped_gold_file_is_well_formed() -> None:
    gold = read_picture_gold(GOLD)
    assert len(gold) >= 40
    assert {a.corpus for a in gold} == {"reuters_2017", "guardian_isis_2019"}
    keys = [i.event_key for a in gold for i in a.incidents if not i.optional]
    assert any(keys.count(k) > 1 for k in keys)  # reports of one event in several articles
    assert any(not any(not i.optional for i in a.incidents) for a in gold)  # no incident
    data = _data_dir()
    if data.exists():
        assert len(load_texts(gold, data, GOLD)) == len(gold)


def test_the_held_out_gold_file_is_well_formed_and_disjoint() -> None:
    # parsed and checked only: it is scored by `veille eval picture --gold`, never tuned on
    held_out = read_picture_gold(HELD_OUT)
    assert len(held_out) == 20
    development = {(a.corpus, a.row) for a in read_picture_gold(GOLD)}
    assert not development & {(a.corpus, a.row) for a in held_out}
    data = _data_dir()
    if data.exists():
        assert len(load_texts(held_out, data, HELD_OUT)) == len(held_out)


def test_the_second_development_gold_file_is_well_formed_and_disjoint() -> None:
    dev2 = read_picture_gold(DEV2)
    assert len(dev2) == 20
    rows = {(a.corpus, a.row) for a in dev2}
    for other in (GOLD, HELD_OUT):
        assert not rows & {(a.corpus, a.row) for a in read_picture_gold(other)}
    data = _data_dir()
    if data.exists():
        assert len(load_texts(dev2, data, DEV2)) == len(dev2)


def test_the_second_held_out_gold_file_is_well_formed_and_disjoint() -> None:
    # annotated blind (2026-12-05); parsed and checked only, never tuned on
    held_out = read_picture_gold(HELD_OUT2)
    assert len(held_out) == 24
    rows = {(a.corpus, a.row) for a in held_out}
    for other in (GOLD, DEV2, HELD_OUT):
        assert not rows & {(a.corpus, a.row) for a in read_picture_gold(other)}
    data = _data_dir()
    if data.exists():
        assert len(load_texts(held_out, data, HELD_OUT2)) == len(held_out)


# --- the real data -------------------------------------------------------------------------------
