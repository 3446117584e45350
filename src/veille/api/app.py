"""The HTTP API and the pages, one FastAPI app over :class:`veille.services.Veille`.

Every HTML view has a JSON twin under ``/api``. The interactive OpenAPI explorers load scripts
from a CDN, so they are off; ``/openapi.json`` and the offline page ``/api/docs`` describe the API.
"""

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import Settings
from ..errors import ConfigError, NotFoundError, VeilleError
from ..records import article_record, incident_record
from ..records_more import RECORD_KINDS
from ..services import Veille
from ..store.repository import IncidentFilter
from ..web import pages, record_pages

MAX_LIMIT = 500


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="records to skip")]
DateFrom = Annotated[str | None, Query(description="earliest date, YYYY[-MM[-DD]]")]
DateTo = Annotated[str | None, Query(description="latest date, YYYY[-MM[-DD]]")]
Country = Annotated[str | None, Query(description="ISO 3166 alpha-2 code")]
Group = Annotated[str | None, Query(description="actor id, e.g. islamic-state")]
Distinct = Annotated[
    bool,
    Query(description="leave out later tellings of an action another article told first"),
]


def create_app(settings: Settings) -> FastAPI:
    """Build the app for one database."""
    service = Veille(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        service.close()

    app = FastAPI(
        lifespan=lifespan,
        title="veille",
        version=__version__,
        description="Sourced, structured incidents of terrorism and political violence.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.veille = service
    app.mount("/static", StaticFiles(directory=str(pages.STATIC_DIR)), name="static")

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        return HTMLResponse(pages.render_error(str(exc)), status_code=404)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return HTMLResponse(pages.render_error(str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(VeilleError)
    async def veille_error(request: Request, exc: VeilleError) -> Any:
        status = 400 if isinstance(exc, ConfigError) else 500
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return HTMLResponse(pages.render_error(str(exc)), status_code=status)

    def filters(
        date_from: str | None,
        date_to: str | None,
        country: str | None,
        group: str | None,
        limit: int,
        offset: int,
        distinct: bool = False,
    ) -> IncidentFilter:
        return IncidentFilter(
            date_from=date_from or None,
            date_to=date_to or None,
            country=country or None,
            group=group or None,
            limit=limit,
            offset=offset,
            distinct=distinct,
        )

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        counts = service.counts()
        return {"status": "ok", "version": __version__, **counts}

    @app.get("/api/incidents", tags=["incidents"])
    def list_incidents(
        date_from: DateFrom = None,
        date_to: DateTo = None,
        country: Country = None,
        group: Group = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        page = service.incidents(filters(date_from, date_to, country, group, limit, offset))
        return {
            "total": page.total,
            "limit": page.limit,
            "offset": page.offset,
            "items": [incident_record(i) for i in page.items],
        }

    @app.get("/api/incidents/{incident_id}", tags=["incidents"])
    def get_incident(incident_id: str) -> dict[str, Any]:
        return incident_record(service.incident(incident_id))

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(article_id: str) -> dict[str, Any]:
        return article_record(service.article(article_id))

    def record_listing(kind: str) -> Callable[..., dict[str, Any]]:
        """One paged, filterable collection of a record kind (actions, alerts, figures...)."""

        def listing(
            date_from: DateFrom = None,
            date_to: DateTo = None,
            country: Country = None,
            limit: Limit = 50,
            offset: Offset = 0,
            distinct: Distinct = False,
        ) -> dict[str, Any]:
            query = filters(date_from, date_to, country, None, limit, offset, distinct)
            page = service.records(kind, query)
            return {
                "total": page.total,
                "limit": page.limit,
                "offset": page.offset,
                "items": page.items,
            }

        listing.__name__ = f"list_{kind}"
        return listing

    for kind in RECORD_KINDS:
        app.get(f"/api/{kind}", tags=[kind], name=f"list_{kind}")(record_listing(kind))

    @app.get("/api/alerts/{country}/timeline", tags=["alerts"])
    def alert_timeline(country: str) -> dict[str, Any]:
        return {"country": country.upper(), "items": service.alert_timeline(country)}

    @app.get("/api/actors", tags=["actors"])
    def list_actors(
        all_actors: Annotated[
            bool, Query(alias="all", description="include actors no stored incident names")
        ] = False,
    ) -> dict[str, Any]:
        items = service.actor_table(only_seen=not all_actors)
        return {"total": len(items), "items": items}

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> str:
        return pages.render_api_docs(app.openapi())

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(
        date_from: DateFrom = None,
        date_to: DateTo = None,
        country: Country = None,
        group: Group = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> str:
        query = filters(date_from, date_to, country, group, limit, offset)
        return pages.render_index(service.incidents(query), query)

    def record_page(kind: str) -> Callable[..., str]:
        """The HTML twin of ``/api/{kind}``."""

        def page(
            date_from: DateFrom = None,
            date_to: DateTo = None,
            country: Country = None,
            limit: Limit = 50,
            offset: Offset = 0,
            distinct: Distinct = False,
        ) -> str:
            query = filters(date_from, date_to, country, None, limit, offset, distinct)
            return record_pages.render_records(kind, service.records(kind, query), query)

        page.__name__ = f"{kind}_page"
        return page

    for kind in record_pages.TITLES:
        app.get(f"/{kind}", response_class=HTMLResponse, include_in_schema=False)(record_page(kind))

    @app.get("/alerts/{country}", response_class=HTMLResponse, include_in_schema=False)
    def alert_timeline_page(country: str) -> str:
        code = country.upper()
        return record_pages.render_alert_timeline(code, service.alert_timeline(code))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(
        all_actors: Annotated[bool, Query(alias="all")] = False,
    ) -> str:
        items = service.actor_table(only_seen=not all_actors)
        return record_pages.render_actors(items, all_actors=all_actors)

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(incident_id: str) -> str:
        incident = service.incident(incident_id)
        articles = [service.article(a) for a in incident.articles]
        return pages.render_incident(incident, articles)

    return app
