"""The HTML views of actions, alerts, figures, quotes, references and actors, in process, over a
database filled by a real ingest: each page shows what its JSON twin returns, escaped."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from veille.api.app import create_app
from veille.config import Settings
from veille.services import Veille
from veille.web.record_pages import TITLES

from conftest import HOSTILE

pytestmark = pytest.mark.slow

STORY = (
    "Belgium raises threat level\n"
    "BRUSSELS (Reuters) - Gunmen attacked a concert hall in Brussels on Saturday, killing three "
    "people. Police arrested two men on Sunday in connection with the attack, prosecutors said. "
    "Belgium raised its terrorism threat level to the maximum of four on Sunday. More than 500 "
    "Belgians have left to join Islamic State in Syria since 2012, the interior ministry said. "
    f"Police said a note read “{HOSTILE}” and seized two rifles in a raid on Monday.\n"
)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("pages")
    settings = Settings(db=str(folder / "v.db"))
    story = folder / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    report = Veille(settings).ingest([story], published="2016-03-28")
    assert not report.failed, report.failed
    return TestClient(create_app(settings))


def rows(html: str) -> int:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return body.count("<tr>")


@pytest.mark.parametrize("kind", sorted(TITLES))
def test_each_page_shows_what_its_json_twin_lists(api: TestClient, kind: str) -> None:
    page = api.get(f"/{kind}")
    assert page.status_code == 200
    assert f'href="/api/{kind}?' in page.text  # the JSON twin is one click away
    twin = api.get(f"/api/{kind}").json()
    expected = len(twin["items"]) or 1  # an empty table has one row saying so
    assert rows(page.text) == expected
    assert "<script>" not in page.text


def test_actions_page_marks_the_action_word_and_links_the_incident(api: TestClient) -> None:
    page = api.get("/actions").text
    assert '<mark data-field="kind">arrested</mark>' in page
    [incident] = api.get("/api/incidents").json()["items"]
    assert f'<a href="/incidents/{incident["id"]}">in connection with the attack</a>' in page


def test_hostile_text_in_a_record_sentence_is_shown_literally(api: TestClient) -> None:
    page = api.get("/actions").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "<b>bold</b>" not in page


def test_filters_narrow_the_page_and_keep_the_twin_in_step(api: TestClient) -> None:
    page = api.get("/actions", params={"country": "FR"})
    assert page.status_code == 200 and "Nothing stored yet" in page.text
    assert 'href="/api/actions?country=FR' in page.text
    bad = api.get("/actions", params={"limit": 0})
    assert bad.status_code == 422 and "<script>" not in bad.text


def test_alert_timeline_page(api: TestClient) -> None:
    alerts = api.get("/alerts").text
    assert '<a href="/alerts/BE">BE</a>' in alerts
    page = api.get("/alerts/be")  # any case
    assert page.status_code == 200
    assert "Alert levels in BE" in page.text
    assert re.search(r"very serious[^<]*\(4 of 4\)", page.text)
    assert '<a href="/api/alerts/BE/timeline">JSON</a>' in page.text
    empty = api.get("/alerts/<i>x</i>")
    assert "<i>" not in empty.text


def test_figures_and_actors_pages(api: TestClient) -> None:
    figures = api.get("/figures").text
    assert "foreign_fighters_left" in figures and "More than 500" in figures
    actors = api.get("/actors?all=true")
    assert actors.status_code == 200
    assert "Islamic State" in actors.text and 'href="/api/actors?all=true"' in actors.text
