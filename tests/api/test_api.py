"""The HTTP API and pages, in process, over a real SQLite file."""

from __future__ import annotations

import jsonschema
from fastapi.testclient import TestClient

from veille.api.app import create_app
from veille.config import Settings

from conftest import HOSTILE, load_schema


def client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings))


def test_health(populated: Settings) -> None:
    body = client(populated).get("/api/health").json()
    assert body["status"] == "ok"
    assert (body["articles"], body["incidents"]) == (2, 2)


def test_list_filter_paginate(populated: Settings) -> None:
    api = client(populated)
    body = api.get("/api/incidents").json()
    assert body["total"] == 2 and len(body["items"]) == 2
    schema = load_schema("incident")
    for item in body["items"]:
        jsonschema.validate(item, schema)
    assert api.get("/api/incidents", params={"country": "FR"}).json()["total"] == 1
    assert api.get("/api/incidents", params={"group": "islamic-state"}).json()["total"] == 1
    page = api.get("/api/incidents", params={"limit": 1, "offset": 1}).json()
    assert (page["total"], len(page["items"]), page["offset"]) == (2, 1, 1)
    assert api.get("/api/incidents", params={"limit": 0}).status_code == 422
    assert api.get("/api/incidents", params={"limit": 10_000}).status_code == 422


def test_one_incident_and_article(populated: Settings) -> None:
    api = client(populated)
    first = api.get("/api/incidents").json()["items"][1]
    one = api.get(f"/api/incidents/{first['id']}").json()
    assert one == first
    article = api.get(f"/api/articles/{one['articles'][0]}").json()
    jsonschema.validate(article, load_schema("article"))
    assert HOSTILE in article["text"]


def test_not_found(populated: Settings) -> None:
    api = client(populated)
    response = api.get("/api/incidents/inc_nope")
    assert response.status_code == 404
    assert "no incident" in response.json()["detail"]
    assert api.get("/api/articles/art_nope").status_code == 404
    page = api.get("/incidents/inc_<b>nope")
    assert page.status_code == 404
    assert "<b>nope" not in page.text and "&lt;b&gt;nope" in page.text
    other = api.get("/no/such/<i>page</i>")
    assert other.status_code == 404 and "<i>" not in other.text


def test_pages_escape_article_text(populated: Settings) -> None:
    api = client(populated)
    index = api.get("/")
    assert index.status_code == 200
    assert "Bombing and armed assault in Paris, France" in index.text
    incident_id = api.get("/api/incidents", params={"country": "FR"}).json()["items"][0]["id"]
    page = api.get(f"/incidents/{incident_id}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert '<mark title="place" data-field="place">Paris</mark>' in page
    assert "at least 129" in page


def test_openapi_and_docs_offline(populated: Settings) -> None:
    api = client(populated)
    spec = api.get("/openapi.json").json()
    assert {"/api/health", "/api/incidents", "/api/incidents/{incident_id}"} <= set(spec["paths"])
    docs = api.get("/api/docs").text
    assert "/api/incidents" in docs and "cdn" not in docs.lower()
