"""Actions, alert levels and actors through every shell: ingest, CLI, API, exports."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient

from veille.api.app import create_app
from veille.cli import main
from veille.config import Settings

from conftest import load_schema

pytestmark = pytest.mark.slow

STORY = """Belgium lowers threat level after raids
Published: 24 Mar 2016 18:00 GMT+01:00

BRUSSELS — Belgian police arrested six people in raids in Brussels on Thursday, the federal
prosecutor's office said. Belgium lowered its terrorism threat level from four to three on
Thursday, the crisis centre said.

Suicide bombers killed 32 people at Brussels airport and a metro station on Tuesday. Islamic State
claimed responsibility for the attacks.
"""


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("picture")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    out = io.StringIO()
    db = folder / "v.db"
    assert main(["--db", str(db), "ingest", str(folder / "story.txt")], stdout=out) == 0
    return Settings(db=str(db))


def run(settings: Settings, *args: str) -> str:
    out = io.StringIO()
    assert main(["--db", settings.db, *args], stdout=out) == 0
    return out.getvalue()


def test_cli_tables(settings: Settings) -> None:
    actions = run(settings, "actions", "--country", "BE")
    assert "arrest" in actions and "six" in actions and "2016-03-24" in actions
    alerts = run(settings, "alerts", "be")
    assert "lowered" in alerts and "serious (3/4)" in alerts and "2016-03-24" in alerts
    actors = run(settings, "actors")
    assert "islamic-state" in actors


def test_api_collections(settings: Settings) -> None:
    api = TestClient(create_app(settings))
    actions = api.get("/api/actions", params={"country": "BE"}).json()
    assert actions["total"] >= 1
    arrest = next(a for a in actions["items"] if a["kind"] == "arrest")
    assert arrest["count"]["value"] == 6 and arrest["date"] == "2016-03-24"
    timeline = api.get("/api/alerts/BE/timeline").json()["items"]
    assert [(t["level"], t["change"]) for t in timeline][-1][1] == "lowered"
    assert api.get("/api/actors").json()["items"][0]["id"] == "islamic-state"


@pytest.mark.parametrize("kind", ["actions", "alerts", "actors"])
def test_exports_validate(settings: Settings, kind: str, tmp_path: Path) -> None:
    target = tmp_path / f"{kind}.jsonl"
    run(settings, "export", kind, "-o", str(target))
    schema = load_schema(kind[:-1])
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
    csv_text = run(settings, "export", kind, "--format", "csv")
    assert csv_text.splitlines()[0].startswith("id,")


FIGURES = """France says close to 50 of its jihadists killed in Syria and Iraq
Published: 12 Apr 2019 10:00 GMT+02:00

PARIS — Close to 50 French nationals who left to join militants in Syria and Iraq have been
killed since the start of the year, the interior ministry said on Friday. About 1,700 French
citizens have travelled to the region since 2012, of whom about 300 have returned.

"We are following every one of them," the interior minister, Christophe Castaner, told reporters.
"""


def test_figures_and_quotes(tmp_path: Path) -> None:
    (tmp_path / "figures.txt").write_text(FIGURES, encoding="utf-8")
    settings = Settings(db=str(tmp_path / "v.db"))
    run(settings, "ingest", str(tmp_path / "figures.txt"))
    api = TestClient(create_app(settings))
    figures = api.get("/api/figures", params={"country": "FR"}).json()["items"]
    by_value = {f["quantity"]["value"]: f for f in figures}
    assert by_value[50]["quantity"]["qualifier"].lower() == "close to"
    assert by_value[50]["category"] == "foreign_fighters_killed"
    assert by_value[1700]["category"] == "foreign_fighters_left"
    assert by_value[300]["category"] == "foreign_fighters_returned"
    for figure in figures:
        jsonschema.validate(figure, load_schema("figure"))
    quotes = api.get("/api/quotes").json()["items"]
    assert quotes and quotes[0]["speaker"] == "Christophe Castaner"
    assert quotes[0]["speaker_role"] == "the interior minister"
    jsonschema.validate(quotes[0], load_schema("quote"))
    table = run(settings, "figures")
    assert "Close to 50" in table and "foreign_fighters_killed" in table


RAISED = """Britain raises threat level to critical
LONDON (Reuters) - Britain raised its terrorism threat level to critical on Tuesday, Prime
Minister Theresa May said. Police arrested a man in south Manchester on Tuesday.
"""
RAISED_AGAIN = """UK threat level now critical
LONDON (Reuters) - Britain raised its terrorism threat level to critical on Tuesday, the
government said. Police arrested a second man on Wednesday.
"""


def test_a_headline_repeats_nothing_and_the_timeline_counts_each_article_once(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(RAISED, encoding="utf-8")
    second.write_text(RAISED_AGAIN, encoding="utf-8")
    db = str(tmp_path / "v.db")
    for path, published in ((first, "2017-05-23"), (second, "2017-05-24")):
        assert main(["--db", db, "ingest", str(path), "--published", published]) == 0
    api = TestClient(create_app(Settings(db=db)))
    alerts = api.get("/api/alerts", params={"country": "GB"}).json()["items"]
    assert len(alerts) == 2  # one per article: the headlines restate their bodies
    [entry] = api.get("/api/alerts/GB/timeline").json()["items"]
    assert (entry["level"], entry["effective"]) == ("critical", "2017-05-23")
    assert len(entry["articles"]) == 2
    arrests = api.get("/api/actions").json()["items"]
    assert sorted(a["date"] for a in arrests) == ["2017-05-23", "2017-05-24"]
