"""End to end on the bundled sample corpus: `veille demo`, then the results against the
hand-checked expectations in tests/data/sample_gold.json.

Hard rules are asserted exactly (no sidebar headline becomes an incident, every value has
evidence, every export validates, nothing is dated by the clock). Extraction quality is checked
against floors pinned in tests/data/sample_baseline.json: lowering one needs an explained commit.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from veille.cli import main
from veille.config import Settings
from veille.records import incident_record
from veille.services import Veille

from conftest import ROOT, load_schema

GOLD = json.loads((ROOT / "tests" / "data" / "sample_gold.json").read_text(encoding="utf-8"))
BASELINE = json.loads((ROOT / "tests" / "data" / "sample_baseline.json").read_text("utf-8"))
SAMPLE = ROOT / "data" / "sample"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, str, list[dict[str, Any]]]:
    db = tmp_path_factory.mktemp("demo") / "veille.db"
    out = io.StringIO()
    code = main(["--db", str(db), "demo", "--corpus", str(SAMPLE)], stdout=out)
    settings = Settings(db=str(db))
    app = Veille(settings)
    records = [incident_record(i) for i in app.repository.iter_incidents()]
    app.close()
    assert code == 0, out.getvalue()
    return settings, out.getvalue(), records


def _source_key(source: str) -> str:
    return (
        str(Path(source).relative_to(SAMPLE))
        if ":" not in Path(source).name
        else (Path(source).name)
    )


def _by_file(settings: Settings, records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    app = Veille(settings)
    sources = {a.id: _source_key(a.source) for a in app.repository.iter_articles()}
    app.close()
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        grouped.setdefault(sources[record["articles"][0]], []).append(record)
    return grouped


def _place_matches(gold: dict[str, Any], record: dict[str, Any]) -> bool:
    if record["country"] != gold["country"]:
        return False
    names = {gold["place"].lower(), *(p.lower() for p in gold.get("place_alternatives", []))}
    return (record["place"] or "").lower() in names


def test_demo_prints_table_and_next_steps(demo: tuple[Settings, str, list[dict[str, Any]]]) -> None:
    _, out, records = demo
    assert "19 article(s) added" in out and "0 failed" in out
    assert f"{len(records)} incidents in the database" in out
    assert "veille serve" in out


def test_every_export_validates_and_every_value_has_evidence(
    demo: tuple[Settings, str, list[dict[str, Any]]],
) -> None:
    settings, _, records = demo
    schema = load_schema("incident")
    app = Veille(settings)
    texts = {a.id: a.text for a in app.repository.iter_articles()}
    app.close()
    for record in records:
        jsonschema.validate(record, schema)
        fields = {e["field"] for e in record["evidence"]}
        for key in ("place", "date", "perpetrator_groups", "perpetrators", "weapons"):
            if record[key] not in (None, []):
                assert key in fields, f"{record['id']}: {key} has no evidence"
        for toll in ("killed", "wounded"):
            if record[toll] is not None:
                assert toll in fields
        for ev in record["evidence"]:
            text = texts[ev["article"]]
            assert text[ev["start"] : ev["end"]] == ev["text"]
            assert ev["text"] in ev["sentence"]


def test_sidebar_headlines_never_become_incidents(
    demo: tuple[Settings, str, list[dict[str, Any]]],
) -> None:
    settings, _, records = demo
    headlines = [h for f in GOLD["files"] for h in f.get("not_incidents", [])]
    assert headlines, "the gold file lists the page-chrome headlines"
    app = Veille(settings)
    texts = [a.text for a in app.repository.iter_articles()]
    app.close()
    for headline in headlines:
        assert not any(headline in text for text in texts), headline
    sentences = {e["sentence"] for r in records for e in r["evidence"]}
    assert not any(h in s for h in headlines for s in sentences)


def test_undated_articles_are_not_dated_by_the_clock(
    demo: tuple[Settings, str, list[dict[str, Any]]],
) -> None:
    _, _, records = demo
    for record in records:
        if record["date"] is not None:
            assert record["date"] < "2020", record  # no sample story is later than 2019


def _score(settings: Settings, records: list[dict[str, Any]]) -> dict[str, float]:
    grouped = _by_file(settings, records)
    found = dates = killed = killed_total = groups = 0
    total = 0
    for entry in GOLD["files"]:
        produced = grouped.get(entry["file"], [])
        for gold in entry["incidents"]:
            total += 1
            match = next((r for r in produced if _place_matches(gold, r)), None)
            if match is None:
                continue
            found += 1
            dates += match["date"] == gold["date"]
            gold_groups = set(gold.get("groups", []))
            groups += {g["id"] for g in match["perpetrator_groups"]} == gold_groups
            toll = gold.get("killed")
            if toll is not None and not toll.get("derived"):
                killed_total += 1
                values = {c["value"] for c in (match["killed"] or {}).get("claims", [])}
                killed += toll["value"] in values
    produced_total = sum(len(v) for v in grouped.values())
    return {
        "recall": found / total,
        "precision": found / produced_total if produced_total else 0.0,
        "date_accuracy": dates / found if found else 0.0,
        "group_accuracy": groups / found if found else 0.0,
        "killed_recall": killed / killed_total if killed_total else 0.0,
    }


def test_quality_floors(demo: tuple[Settings, str, list[dict[str, Any]]]) -> None:
    settings, _, records = demo
    scores = _score(settings, records)
    print("sample corpus scores:", json.dumps(scores, indent=1))
    for name, floor in BASELINE["floors"].items():
        assert scores[name] >= floor - 1e-9, f"{name} {scores[name]:.3f} fell below {floor}"
