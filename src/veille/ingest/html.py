"""Saved web pages: the article text via trafilatura, the title and date from the page.

trafilatura drops navigation, share buttons, "related stories" and "today's headlines" boxes, so
none of their headlines reach the extractors. The date comes only from the page's own markup
(htmldate without its extensive text search, which guesses from any date on the page) or from a
dateline in the story; a page with neither has no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura
from htmldate import find_date

from ..errors import MalformedInputError, NoArticleError

_MIN_ARTICLE_CHARS = 80


@dataclass(frozen=True, slots=True)
class PageContent:
    """What a web page holds: its article text, title, publication date (ISO) and URL."""

    text: str
    title: str | None
    published: str | None
    url: str | None


def extract_page(source: str, html: str, *, url: str | None = None) -> PageContent:
    """Extract the article of one page, or raise saying why there is none."""
    if "<" not in html or ">" not in html:
        raise MalformedInputError(source, "no HTML markup found; save plain text as .txt")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except (ValueError, TypeError) as exc:  # lxml raises these on hopeless markup
        raise MalformedInputError(source, f"the HTML cannot be parsed: {exc}") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < _MIN_ARTICLE_CHARS:
        raise NoArticleError(
            source,
            "no article text found in the page (only navigation, links or a short snippet)",
        )
    title = getattr(doc, "title", None) or None
    page_url = url or getattr(doc, "url", None) or None
    return PageContent(text=text, title=title, published=_page_date(html, page_url), url=page_url)


def _page_date(html: str, url: str | None) -> str | None:
    try:
        found = find_date(
            html,
            extensive_search=False,
            original_date=True,
            url=url,
            min_date="1900-01-01",
            max_date=dt.date.today().isoformat(),
        )
    except (ValueError, TypeError):
        return None
    return found or None
