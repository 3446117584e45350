"""HTML pages rendered from the same records the API returns.

Jinja2 autoescaping is on for every template, and article text is escaped piece by piece before
evidence spans are wrapped in ``<mark>``: nothing from an article reaches the page unescaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ..models import Article, Evidence, Incident
from ..records import incident_record
from ..services import Page
from ..store.repository import IncidentFilter

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_template(name: str, **context: Any) -> str:
    """Render one of the package's templates (autoescaped) with ``context``."""
    return _environment().get_template(name).render(**context)


def paging(path: str, api_path: str, filters: IncidentFilter, total: int) -> dict[str, str | None]:
    """The previous and next page links of a filtered listing, and its JSON twin's link."""
    params = {
        k: v
        for k, v in {
            "date_from": filters.date_from,
            "date_to": filters.date_to,
            "country": filters.country,
            "group": filters.group,
            "limit": filters.limit,
            "distinct": "true" if filters.distinct else None,
        }.items()
        if v
    }
    prev_offset = max(0, filters.offset - filters.limit)
    next_offset = filters.offset + filters.limit
    return {
        "prev_url": f"{path}?" + urlencode({**params, "offset": prev_offset})
        if filters.offset
        else None,
        "next_url": f"{path}?" + urlencode({**params, "offset": next_offset})
        if next_offset < total
        else None,
        "api_url": f"{api_path}?" + urlencode({**params, "offset": filters.offset}),
    }


def render_index(page: Page, filters: IncidentFilter) -> str:
    return render_template(
        "index.html",
        records=[incident_record(i) for i in page.items],
        total=page.total,
        filters=filters,
        **paging("/", "/api/incidents", filters, page.total),
    )


def highlight(text: str, evidence: Sequence[Evidence]) -> Markup:
    """The article text, escaped, with each evidence span wrapped in ``<mark>``.

    Overlapping spans are merged so the markup stays well-formed.
    """
    spans = sorted((e.start, e.end, e.field) for e in evidence if 0 <= e.start < e.end <= len(text))
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, field in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), [*last[2], field])
        else:
            merged.append((start, end, [field]))
    parts: list[str] = []
    cursor = 0
    for start, end, fields in merged:
        parts.append(str(escape(text[cursor:start])))
        label = escape(", ".join(dict.fromkeys(fields)))
        parts.append(f'<mark title="{label}" data-field="{label}">{escape(text[start:end])}</mark>')
        cursor = end
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))


def render_incident(incident: Incident, articles: Sequence[Article]) -> str:
    record = incident_record(incident)
    shown = [
        {
            "article": article,
            "html": highlight(
                article.text, [e for e in incident.evidence if e.article == article.id]
            ),
        }
        for article in articles
    ]
    return render_template("incident.html", record=record, articles=shown)


def render_error(message: str) -> str:
    return render_template("error.html", message=message)


def render_api_docs(spec: dict[str, Any]) -> str:
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {"name": p["name"], "where": p["in"], "help": p.get("description", "")}
                for p in op.get("parameters", [])
            ]
            routes.append({"method": method.upper(), "path": path, "params": params})
    return render_template(
        "api_docs.html", routes=routes, title=spec.get("info", {}).get("title", "")
    )
