"""One action told by several articles: folded when something ties the tellings and nothing
disagrees, kept apart otherwise; stored and listed through the service."""

from __future__ import annotations

import io
from dataclasses import replace

import jsonschema
import pytest
from fastapi.testclient import TestClient

from veille.api.app import create_app
from veille.cli import main
from veille.config import Settings
from veille.fuse.actions import ActionTelling, find_same, same_action
from veille.services import Veille
from veille.store.repository import IncidentFilter

from conftest import load_schema

ARREST = ActionTelling(
    id="act_0000000000000001",
    article="art_0000000000000001",
    kind="arrest",
    status="carried out",
    date="2020-06-20",
    date_precision="day",
    country="GB",
    place="Reading",
    count=None,
    actor=None,
    incidents=frozenset(),
)
LATER = replace(ARREST, id="act_0000000000000002", article="art_0000000000000002")


def test_same_kind_day_and_place() -> None:
    assert same_action(LATER, ARREST) == "same arrest on 2020-06-20 in Reading"


@pytest.mark.parametrize(
    "change",
    [
        {"article": ARREST.article},  # one article's tellings are merged by the extractor
        {"kind": "charge"},
        {"status": "announced"},
        {"date": "2020-06-21"},
        {"place": "London"},
        {"country": "FR", "place": None},
        {"count": 3},
    ],
)
def test_anything_that_disagrees_keeps_them_apart(change: dict[str, object]) -> None:
    stored = replace(ARREST, count=2) if "count" in change else ARREST
    assert same_action(replace(LATER, **change), stored) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("precision", ["month", "year", "unknown"])
def test_an_action_not_dated_to_a_day_is_never_folded(precision: str) -> None:
    vague = {"date_precision": precision}
    assert same_action(replace(LATER, **vague), replace(ARREST, **vague)) is None  # type: ignore[arg-type]


def test_nothing_ties_two_placeless_arrests_of_one_day() -> None:
    assert same_action(replace(LATER, place=None), replace(ARREST, place=None)) is None


def test_an_incident_both_articles_report_ties_them() -> None:
    stored = replace(ARREST, place=None, incidents=frozenset({"inc_a", "inc_b"}))
    new = replace(LATER, place="Dresden", country=None, incidents=frozenset({"inc_b"}))
    reason = "same arrest on 2020-06-20; both articles report incident inc_b"
    assert same_action(new, stored) == reason


def test_the_same_authority_in_the_same_country_ties_them() -> None:
    stored = replace(ARREST, kind="air_strike", place=None, actor="fr-armed-forces", country="IQ")
    new = replace(stored, id=LATER.id, article=LATER.article)
    assert same_action(new, stored) == "same air strike on 2020-06-20 by fr-armed-forces in IQ"
    assert same_action(replace(new, actor="us-armed-forces"), stored) is None


def test_a_third_telling_names_the_first() -> None:
    second = replace(LATER, same_as=ARREST.id)
    third = replace(ARREST, id="act_0000000000000003", article="art_0000000000000003")
    found = find_same(third, [second])
    assert found is not None and found.id == ARREST.id
    assert find_same(replace(third, place="London"), [ARREST, second]) is None


def test_published_record_fields() -> None:
    record = {
        "id": "act_0000000000000009",
        "article": "art_0000000000000009",
        "kind": "arrest",
        "status": "carried out",
        "date": "2020-10-20",
        "date_precision": "day",
        "country": "DE",
        "place": "Dresden",
        "count": {"value": 1, "qualifier": None, "min": 1, "max": 1, "text": "one"},
        "actor": {"id": None, "name": "police"},
        "answers_incident": {"kind": "incident", "id": "inc_x", "reason": "r"},
        "same_as": None,
    }
    telling = ActionTelling.of(record, ["inc_y"])
    assert telling.count == 1 and telling.actor is None
    assert telling.incidents == {"inc_x", "inc_y"}
    # a known incident of the knowledge base is no stored incident
    record["answers_incident"] = {"kind": "known", "id": "wp_1", "reason": "r"}
    assert ActionTelling.of(record).incidents == frozenset()


FIRST = """German police arrest Syrian over Dresden stabbing

Published: 21 October 2020

German police arrested a 20-year-old Syrian man in Dresden on Tuesday on suspicion of stabbing
two tourists in the city's old town on Oct. 4, federal prosecutors said on Wednesday. One of the
men died of his wounds.
"""
SECOND = """Dresden stabbing suspect was known to police

Published: 22 October 2020

The Syrian suspected of killing a tourist in a knife attack in Dresden on Oct. 4 had been
released from prison days before the attack, prosecutors said on Thursday. Police detained the
20-year-old in Dresden on Tuesday evening, not far from the scene of the attack.
"""
OTHER_DAY = """Second arrest over Dresden knife attack

Published: 24 October 2020

Police arrested a second man in Dresden on Friday in connection with the knife attack on two
tourists on Oct. 4, in which one man was killed.
"""


@pytest.fixture(scope="module")
def dresden(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A database holding two articles telling one arrest, and a third telling another."""
    folder = tmp_path_factory.mktemp("dresden")
    settings = Settings(db=str(folder / "v.db"))
    app = Veille(settings)
    for name, text in (("a", FIRST), ("b", SECOND), ("c", OTHER_DAY)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        assert app.ingest([folder / f"{name}.txt"]).added == 1  # in this order
    app.close()
    return settings


def test_two_articles_telling_one_arrest_give_one_distinct_action(dresden: Settings) -> None:
    app = Veille(dresden)
    every = app.records("actions", IncidentFilter()).items
    arrests = [a for a in every if a["kind"] == "arrest"]
    tuesday = [a for a in arrests if a["date"] == "2020-10-20"]
    assert len(tuesday) == 2
    first, later = sorted(tuesday, key=lambda a: a["same_as"] is not None)
    assert first["same_as"] is None and later["same_as"]["id"] == first["id"]
    assert first["retold_by"] == [
        {"id": later["id"], "article": later["article"], "reason": later["same_as"]["reason"]}
    ]
    assert first["what"] == "a 20-year-old Syrian man"
    assert later["same_as"]["reason"] == "same arrest on 2020-10-20 in Dresden"
    # Friday's arrest of a second man is another action
    distinct = app.records("actions", IncidentFilter(distinct=True))
    assert sorted(a["date"] for a in distinct.items if a["kind"] == "arrest") == [
        "2020-10-20",
        "2020-10-23",
    ]
    assert distinct.total == len(every) - 1
    schema = load_schema("action")
    for record in every:
        jsonschema.validate(record, schema)
    app.close()


def test_the_api_page_and_command_list_each_action_once_when_asked(
    dresden: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    client = TestClient(create_app(dresden))
    every = client.get("/api/actions").json()
    distinct = client.get("/api/actions", params={"distinct": "true"}).json()
    assert distinct["total"] == every["total"] - 1
    assert all(a["same_as"] is None for a in distinct["items"])
    page = client.get("/actions", params={"distinct": "true"}).text
    assert 'href="/api/actions?limit=50&amp;distinct=true' in page
    assert "<td>2</td>" in page  # the first telling, told by two articles
    assert "told first in act_" in client.get("/actions").text
    out = io.StringIO()
    assert main(["--db", dresden.db, "actions", "--distinct"], stdout=out) == 0
    table = out.getvalue()
    assert f"Counter-terrorism actions ({distinct['total']})" in table
    assert "told first in" not in table
