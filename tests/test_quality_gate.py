"""Quality gate: the product's extractors may not get worse on the dev benchmarks and on the
threat-picture gold sets (tests/data/picture_gold.json, tests/data/picture_dev2.json).

Floors live in tests/data/eval_baseline.json. Lowering one needs an explicit, explained commit.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from veille.config import Settings
from veille.eval.picture import format_picture_report, run_picture
from veille.eval.runner import run_muc4
from veille.eval.wikievents import run_wikievents
from veille.services import Veille

from conftest import ROOT

BASELINE = json.loads((ROOT / "tests" / "data" / "eval_baseline.json").read_text("utf-8"))
DATA = Path(os.environ.get("VEILLE_DATA_DIR", ROOT.parent / "shared" / "data"))

pytestmark = pytest.mark.slow


def _floor(name: str) -> float:
    return float(BASELINE["floors"][name]) - float(BASELINE["tolerance"])


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return Veille(Settings(db=str(tmp_path_factory.mktemp("gate") / "v.db")))


def test_muc4_dev_floor(app: Veille) -> None:
    gold = DATA / "muc4" / "dev.jsonl"
    if not gold.is_file():
        pytest.skip(f"MUC-4 data not found at {gold} (set VEILLE_DATA_DIR)")
    run = run_muc4(app, gold)
    f1 = 100 * run.report.micro.f1
    assert f1 >= _floor("muc4_dev_f1"), f"MUC-4 dev F1 {f1:.2f} fell below the floor"


def test_wikievents_dev_floor(app: Veille) -> None:
    path = DATA / "wikievents" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"WikiEvents data not found at {path} (set VEILLE_DATA_DIR)")
    scores = run_wikievents(app, path).scores
    events = 100 * scores.events["All"].f1
    arguments = 100 * scores.argument_classification.f1
    assert events >= _floor("wikievents_dev_event_f1"), f"event F1 {events:.2f} below the floor"
    assert arguments >= _floor("wikievents_dev_argument_f1"), f"argument F1 {arguments:.2f}"


def test_threat_picture_floors(tmp_path: Path) -> None:
    if not (DATA / "guardian_isis_2019").is_dir():
        pytest.skip(f"corpora not found in {DATA} (set VEILLE_DATA_DIR)")
    app = Veille(Settings(db=str(tmp_path / "picture.db")))  # fresh: nothing to merge into
    run = run_picture(app, ROOT / "tests" / "data" / "picture_gold.json", DATA)
    assert run.articles == run.speed.documents >= 40
    assert not run.failed
    scores = run.scores
    for kind in scores.kinds:
        for value in (kind.precision, kind.recall, kind.f1):
            assert 0.0 <= value <= 1.0
    for field in scores.fields:
        assert 0.0 <= field.accuracy <= 1.0
    assert "Fusion:" in format_picture_report(run)
    for name in ("incidents", "actions", "figures", "alerts"):
        f1 = 100 * scores.kind(name).f1
        assert f1 >= _floor(f"picture_{name}_f1"), f"{name} F1 {f1:.2f} fell below the floor"
    fusion = 100 * scores.fusion.f1
    assert fusion >= _floor("picture_fusion_f1"), f"fusion F1 {fusion:.2f} fell below the floor"


def test_second_threat_picture_set_floors(tmp_path: Path) -> None:
    if not (DATA / "guardian_isis_2019").is_dir():
        pytest.skip(f"corpora not found in {DATA} (set VEILLE_DATA_DIR)")
    app = Veille(Settings(db=str(tmp_path / "picture2.db")))
    run = run_picture(app, ROOT / "tests" / "data" / "picture_dev2.json", DATA)
    assert not run.failed
    for kind in ("incidents", "actions", "figures"):
        f1 = 100 * run.scores.kind(kind).f1
        assert f1 >= _floor(f"picture2_{kind}_f1"), f"set 2 {kind} F1 {f1:.2f} below the floor"
