"""Exports: every incident line validates against the JSON Schema; CSV is flat and complete."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from veille.config import Settings
from veille.errors import ConfigError
from veille.export.writers import INCIDENT_CSV_COLUMNS, write_incidents
from veille.services import Veille

from conftest import load_schema


def test_jsonl_incidents_validate(populated: Settings) -> None:
    out = io.StringIO()
    app = Veille(populated)
    assert app.export("incidents", "jsonl", out) == 2
    schema = load_schema("incident")
    lines = out.getvalue().splitlines()
    for line in lines:
        record = json.loads(line)
        jsonschema.validate(record, schema)
        assert record["killed"]["claims"][0]["qualifier"] == "at least"
        assert record["killed"]["max"] is None
    app.close()


def test_articles_jsonl_and_csv(populated: Settings) -> None:
    app = Veille(populated)
    out = io.StringIO()
    assert app.export("articles", "jsonl", out) == 2
    for line in out.getvalue().splitlines():
        jsonschema.validate(json.loads(line), load_schema("article"))
    out = io.StringIO()
    app.export("articles", "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 2 and "text" not in rows[0]
    app.close()


def test_csv_incidents(populated: Settings) -> None:
    app = Veille(populated)
    out = io.StringIO()
    app.export("incidents", "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == INCIDENT_CSV_COLUMNS
    fr = next(r for r in rows if r["country"] == "FR")
    assert (fr["killed_best"], fr["killed_min"], fr["killed_max"]) == ("129", "129", "")
    assert fr["attack_types"] == "Bombing/Explosion; Armed Assault"
    app.close()


def test_schema_rejects_invented_dates() -> None:
    schema = load_schema("incident")
    validator = jsonschema.Draft202012Validator(schema)
    bad = {"date": "2015-11-13", "date_precision": "unknown"}
    errors = list(validator.iter_errors(bad))
    assert any("None" in e.message or "null" in e.message for e in errors)


def test_unknown_format() -> None:
    with pytest.raises(ConfigError, match="xml"):
        write_incidents([], "xml", io.StringIO())
