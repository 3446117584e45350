"""The pages in real headless Chromium (Debian's package) driven by Playwright.

The real app runs under uvicorn on a free port of 127.0.0.1 over a SQLite database holding the
same two incidents as conftest's ``populated`` fixture. Chromium comes from Debian's ``chromium``
package (``playwright install`` would need a download); the fixture installs it with apt-get when
it is missing and we are root. The tests never skip silently: without Chromium and without root
they fail, unless VEILLE_SKIP_SERVICES=1.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, Dialog, Page, Request, expect, sync_playwright

from veille.api.app import create_app
from veille.config import Settings
from veille.extract.actions import CounterAction
from veille.fuse.links import IncidentLink
from veille.models import DateValue, Evidence
from veille.records_more import action_record
from veille.store.repository import Repository

from conftest import HOSTILE, STORY, make_article, make_incident
from service_helpers import SKIP_ENV, apt_install, free_port

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
TITLE = "Bombing and armed assault in Paris, France"


# -- installing Chromium and serving the app ---------------------------------------------------


def populate(db: Path) -> None:
    """The same two incidents as conftest's ``populated`` fixture (FR 2015, US 2016)."""
    repo = Repository.open(f"sqlite:///{db}")
    article = make_article(STORY)
    attack = make_incident(article, suffix="a")
    # one arrest whose sentence holds the hostile text, linked to the attack
    at = STORY.index(HOSTILE)
    arrest = CounterAction(
        kind="arrest",
        article=article.id,
        date=DateValue("2015-11-14", "day", "on Saturday"),
        answers_incident_hint="after the attack",
        evidence=(
            Evidence(article.id, "kind", at, at + 6, STORY, STORY[at : at + 6]),
            Evidence(article.id, "answers_incident_hint", at, at + 6, STORY, STORY[at : at + 6]),
        ),
    )
    link = IncidentLink("incident", attack.id, "the article's only incident")
    repo.add_article(article, [attack], [], [("actions", action_record(arrest, link))])
    other = make_article(STORY.replace("Paris", "Paris, Texas") + " Again.", "2016-01-02")
    incident = make_incident(other, suffix="b", country="US")
    incident.date = DateValue("2016-01-01", "day")
    incident.perpetrator_groups = []
    repo.add_article(other, [incident])
    repo.close()


@pytest.fixture(scope="module")
def chromium() -> str:
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: browser tests skipped")
    if not CHROMIUM.exists():
        seconds = apt_install(["chromium"], "Chromium")
        print(f"installed Chromium in {seconds:.1f} s")
        if not CHROMIUM.exists():
            pytest.fail(f"apt-get installed chromium but {CHROMIUM} is missing", pytrace=False)
    return str(CHROMIUM)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app under uvicorn, in a thread, on a free port of 127.0.0.1."""
    db = tmp_path_factory.mktemp("browser") / "veille.db"
    populate(db)
    port = free_port()
    config = uvicorn.Config(
        create_app(Settings(db=str(db))), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        if not thread.is_alive():
            pytest.fail("uvicorn stopped before answering /api/health", pytrace=False)
        try:
            if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            server.should_exit = True
            pytest.fail(f"{url}/api/health did not answer within 20 s", pytrace=False)
        time.sleep(0.05)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True, timeout=30_000
        )
        yield launched
        launched.close()


@dataclass
class Tab:
    """A fresh browser context and page, with the dialogs it opened and the URLs it requested."""

    page: Page
    base_url: str
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture()
def tab(browser: Browser, base_url: str) -> Iterator[Tab]:
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    tab = Tab(page, base_url)

    def on_dialog(dialog: Dialog) -> None:
        tab.dialogs.append(dialog.message)
        dialog.dismiss()

    def on_request(request: Request) -> None:
        tab.requests.append(request.url)

    page.on("dialog", on_dialog)
    context.on("request", on_request)
    yield tab
    context.close()


def goto_ok(page: Page, path: str) -> None:
    response = page.goto(path)
    assert response is not None and response.status == 200, (
        f"{path}: {response and response.status}"
    )


def open_first_french_incident(page: Page) -> None:
    goto_ok(page, "/?country=FR")
    with page.expect_navigation() as navigation:
        page.locator("#incidents tbody a").first.click()
    response = navigation.value
    assert response is not None and response.status == 200, response and response.url
    assert "/incidents/inc_" in page.url


# -- the pages ---------------------------------------------------------------------------------


def test_index_lists_both_incidents(tab: Tab) -> None:
    page = tab.page
    goto_ok(page, "/")
    expect(page.locator("h1")).to_contain_text("Incidents (2)")
    rows = page.locator("#incidents tbody tr")
    expect(rows).to_have_count(2)
    cells = [[c.strip() for c in row.locator("td").all_inner_texts()] for row in rows.all()]
    # Newest first: Paris, Texas (2016) then Paris, France (2015).
    assert [(c[0], c[1], c[2]) for c in cells] == [
        ("2016-01-01", TITLE, "Paris (US)"),
        ("2015-11-13", TITLE, "Paris (FR)"),
    ]
    assert cells[1][3] == "Islamic State" and cells[1][4] == "≥129"


def test_country_filter_form_narrows_to_one_row(tab: Tab) -> None:
    page = tab.page
    goto_ok(page, "/")
    page.fill("input[name=country]", "FR")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Filter").click()
    response = navigation.value
    assert response is not None and response.status == 200, response and response.url
    assert "country=FR" in page.url
    rows = page.locator("#incidents tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("2015-11-13")
    expect(rows.first).to_contain_text("Paris (FR)")
    expect(page.locator("input[name=country]")).to_have_value("FR")
    expect(page.locator("h1")).to_contain_text("Incidents (1)")


def test_incident_page_highlights_evidence_and_shows_hostile_text_literally(
    tab: Tab, tmp_path: Path
) -> None:
    page = tab.page
    open_first_french_incident(page)
    expect(page.locator("h1")).to_have_text(TITLE)
    marks = page.locator("article.source mark")
    expect(marks).to_have_count(2)
    assert marks.all_inner_texts() == ["Paris", "at least 129"]
    assert marks.first.get_attribute("data-field") == "place"
    # The article's <script> and <b> are text on the page, not elements.
    body = page.locator("article.source .text")
    assert HOSTILE in body.inner_text()
    expect(page.locator("text=<script>").first).to_be_visible()
    assert page.evaluate("document.scripts.length") == 0
    assert page.locator("article.source b").count() == 0
    assert tab.dialogs == []
    shot = tmp_path / "incident.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 1000


def test_unknown_incident_is_a_404_page(tab: Tab) -> None:
    page = tab.page
    response = page.goto("/incidents/inc_nope")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("Not available")
    expect(page.locator("p.error")).to_contain_text("no incident")
    page.get_by_role("link", name="Back to incidents").click()
    expect(page.locator("#incidents tbody tr")).to_have_count(2)


def test_menu_leads_to_the_record_pages_and_their_json_twins(tab: Tab) -> None:
    page = tab.page
    goto_ok(page, "/")
    with page.expect_navigation():
        page.locator("header nav").get_by_role("link", name="Actions").click()
    expect(page.locator("h1")).to_contain_text("Counter-terrorism actions (1)")
    row = page.locator("#actions tbody tr")
    expect(row).to_have_count(1)
    mark = row.locator("td.source mark")
    expect(mark).to_have_text("Attack")
    assert mark.get_attribute("data-field") == "kind"
    # the hostile sentence is text, not markup: no script ran, no <b> element exists
    assert HOSTILE in row.locator("td.source").inner_text()
    assert page.evaluate("document.scripts.length") == 0 and tab.dialogs == []
    assert row.locator("b").count() == 0
    with page.expect_navigation():
        row.get_by_role("link", name="after the attack").click()
    expect(page.locator("h1")).to_have_text(TITLE)
    for name, heading in (("Alerts", "Official alert levels (0)"), ("Actors", "Actors (1)")):
        with page.expect_navigation():
            page.locator("header nav").get_by_role("link", name=name).click()
        expect(page.locator("h1")).to_contain_text(heading)
    expect(page.locator("#actors tbody tr")).to_have_count(1)
    expect(page.locator("#actors tbody")).to_contain_text("Islamic State")
    with page.expect_navigation():
        page.get_by_role("link", name="JSON").click()
    assert page.url.endswith("/api/actors")
    assert '"islamic-state"' in page.content()


def test_pages_request_nothing_outside_localhost(tab: Tab) -> None:
    page = tab.page
    open_first_french_incident(page)
    goto_ok(page, "/api/docs")
    for path in ("/actions", "/alerts", "/alerts/FR", "/figures", "/actors?all=true", "/"):
        goto_ok(page, path)
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/static/style.css") for url in tab.requests)
    outside = [url for url in tab.requests if urlsplit(url).hostname != "127.0.0.1"]
    assert outside == []
    assert tab.dialogs == []
