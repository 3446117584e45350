"""The operations every shell shares: ingest, list, show, export.

The CLI, the HTTP API and the pages call :class:`Veille` and nothing below it, so behaviour and
error messages are the same everywhere. Library code reports through return values and
exceptions from :mod:`veille.errors`; it never prints or exits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import IO, Literal

from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .errors import ConfigError, InputError, VeilleError
from .export import writers
from .extract.action_scene import at_the_scene
from .extract.actions import ActionExtractor, CounterAction
from .extract.alerts import AlertExtractor
from .extract.figure_actions import without_action_counts
from .extract.figures import FigureExtractor
from .extract.incidents import IncidentExtractor
from .extract.quotes import QuoteExtractor
from .extract.references import ReferenceExtractor, not_told_as_news
from .fuse.actions import ActionTelling, find_same
from .fuse.incidents import find_match, merge
from .fuse.links import IncidentLink, link_action
from .ingest.files import ReadOptions, expand_paths, read_path
from .models import Article, Incident, MergeNote, Place
from .nlp.actors import ActorKB
from .nlp.pipeline import build_pipeline, process
from .records import JSONObject
from .records_more import (
    RECORD_KINDS,
    action_record,
    actor_record,
    alert_record,
    figure_record,
    quote_record,
    reference_record,
)
from .store.repository import IncidentFilter, Repository

ExportKind = Literal[
    "incidents", "articles", "actions", "alerts", "figures", "quotes", "references", "actors"
]
ExportFormat = Literal["jsonl", "csv"]
EXPORT_KINDS: tuple[ExportKind, ...] = (
    "incidents",
    "articles",
    "actions",
    "alerts",
    "figures",
    "quotes",
    "references",
    "actors",
)
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input: ``added``, ``duplicate`` or ``failed``."""

    source: str
    status: Literal["added", "duplicate", "failed"]
    article_id: str | None = None
    incidents: int = 0
    reason: str = ""
    merged: int = 0  # incidents this article reported again, merged into stored ones
    records: int = 0  # actions, alert levels and figures stored with the article


@dataclass(slots=True)
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def added(self) -> int:
        return self.count("added")

    @property
    def duplicates(self) -> int:
        return self.count("duplicate")

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def incidents(self) -> int:
        return sum(o.incidents for o in self.outcomes)

    @property
    def merged(self) -> int:
        return sum(o.merged for o in self.outcomes)

    @property
    def records(self) -> int:
        return sum(o.records for o in self.outcomes)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractors found in one article, stored nowhere (``veille eval``)."""

    article: Article
    incidents: list[Incident]
    actions: list[CounterAction]


@dataclass(frozen=True, slots=True)
class RecordPage:
    """One page of actions, alerts or figures in their published form."""

    items: list[JSONObject]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing, with the total count for pagination."""

    items: list[Incident]
    total: int
    limit: int
    offset: int


ProgressCallback = Callable[[int, int], None]


class Veille:
    """veille over one database. The spaCy pipeline loads on first use, once per instance."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def repository(self) -> Repository:
        return Repository.open(self.settings.db_url)

    @cached_property
    def actors(self) -> ActorKB:
        return ActorKB.load(self.settings.actor_files)

    @cached_property
    def nlp(self) -> Language:
        return build_pipeline(self.settings.model, actor_files=self.settings.actor_files)

    @cached_property
    def extractor(self) -> IncidentExtractor:
        return IncidentExtractor(self.actors)

    @cached_property
    def action_extractor(self) -> ActionExtractor:
        return ActionExtractor(self.actors)

    @cached_property
    def alert_extractor(self) -> AlertExtractor:
        return AlertExtractor()

    @cached_property
    def reference_extractor(self) -> ReferenceExtractor:
        return ReferenceExtractor()

    @cached_property
    def quote_extractor(self) -> QuoteExtractor:
        return QuoteExtractor()

    @cached_property
    def figure_extractor(self) -> FigureExtractor:
        return FigureExtractor(quotes=self.quote_extractor)

    def close(self) -> None:
        if "repository" in self.__dict__:
            self.repository.close()

    # -- ingest ----------------------------------------------------------------------------

    def ingest(
        self,
        paths: Sequence[Path],
        *,
        published: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Read, extract and store every article under ``paths``.

        One bad input fails alone: its outcome names it and says why, the rest still lands.
        """
        report = IngestReport()
        options = ReadOptions(published=published, max_input_bytes=self.settings.max_input_bytes)
        files: list[Path] = []
        for item in expand_paths(paths):
            if isinstance(item, InputError):
                report.outcomes.append(Outcome(item.source, "failed", reason=item.reason))
            else:
                files.append(item)
        total = len(files)
        done = 0
        seen: set[str] = set()

        def fresh_articles() -> Iterator[Article]:
            nonlocal done
            for path in files:
                for item in read_path(path, options):
                    if isinstance(item, InputError):
                        report.outcomes.append(Outcome(item.source, "failed", reason=item.reason))
                    elif item.id in seen or self.repository.has_article(item.id):
                        report.outcomes.append(Outcome(item.source, "duplicate", item.id))
                    else:
                        seen.add(item.id)
                        yield item
                done += 1
                if on_progress is not None:
                    on_progress(done, total)

        for article, doc in process(
            self.nlp, fresh_articles(), batch_size=self.settings.batch_size
        ):
            report.outcomes.append(self._store(article, doc))
        return report

    def warm_up(self) -> Language:
        """Load the pipeline and run it once on a short text, so that what its components build
        on first use (the gazetteer's indexes) is built before a benchmark's clock starts."""
        nlp = self.nlp
        nlp("Gunmen attacked a police station in Kabul on Monday, killing two officers.")
        _ = self.extractor, self.action_extractor  # their knowledge bases load here
        return nlp

    def extract(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Incident]]]:
        """Run the pipeline and the extractor without storing anything (used by ``veille eval``)."""
        for article, doc in process(self.nlp, articles, batch_size=self.settings.batch_size):
            yield article, self.extractor(doc, article)

    def extract_events(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Like :meth:`extract`, with the counter-terrorism actions too (WikiEvents arrests)."""
        for article, doc in process(self.nlp, articles, batch_size=self.settings.batch_size):
            incidents = self.extractor(doc, article)
            yield Extraction(article, incidents, self._actions(doc, article, incidents))

    def _actions(
        self, doc: Doc, article: Article, incidents: Sequence[Incident]
    ) -> list[CounterAction]:
        """The article's actions, those made "at the scene" dated by its attack."""
        return at_the_scene(self.action_extractor(doc, article), incidents, doc)

    def _store(self, article: Article, doc: Doc) -> Outcome:
        try:
            reading = self.extractor.read(doc, article)
            incidents = reading.news
            actions = self._actions(doc, article, incidents)
            records: list[tuple[str, JSONObject]] = []
            records += [
                ("alerts", alert_record(c, article.id)) for c in self.alert_extractor(doc, article)
            ]
            quotes = self.quote_extractor(doc, article)
            figures = without_action_counts(
                self.figure_extractor(doc, article, quotes=quotes), actions, doc
            )
            records += [("figures", figure_record(f, article.id)) for f in figures]
            records += [("quotes", quote_record(q, article.id)) for q in quotes]
            references = self.reference_extractor(doc, article)
            # published forms built here, where an extractor bug is reported, not after fusion
            reference_records = [(r, reference_record(r)) for r in references]
        except VeilleError as exc:
            return Outcome(article.source, "failed", article.id, reason=str(exc))
        except Exception as exc:  # an extractor bug must not sink the batch; report it
            reason = f"extraction failed ({exc.__class__.__name__}: {exc}); please report this"
            return Outcome(article.source, "failed", article.id, reason=reason)
        try:
            fresh, merged, stored_ids = self._fuse(
                article, incidents, [*reading.recalled, *reading.background]
            )
            pairs = [
                (i, stored)
                for i in (*incidents, *reading.recalled)
                if (stored := stored_ids[i.id]) is not None
            ]
            records = [
                ("actions", self._action_record(a, self._link(a, doc, article, pairs), pairs))
                for a in actions
            ] + records
            kept = not_told_as_news(
                references, [i for i, _ in pairs], incidents, headline=article.title
            )
            records += [
                ("references", record)
                for r, record in reference_records
                if any(r is k for k in kept)
            ]
            self.repository.add_article(article, fresh, merged, records)
        except VeilleError as exc:
            return Outcome(article.source, "failed", article.id, reason=str(exc))
        return Outcome(
            article.source,
            "added",
            article.id,
            incidents=len(fresh),
            merged=len(merged),
            records=len(records),
        )

    def _fuse(
        self, article: Article, incidents: Sequence[Incident], recalled: Sequence[Incident] = ()
    ) -> tuple[list[Incident], list[tuple[Incident, MergeNote]], dict[str, str | None]]:
        """Split an article's incidents into new ones and stored ones they report again; the
        mapping gives the id each of the article's incidents is stored under. A ``recalled``
        past incident dated to the day only adds its claims to the stored incident it matches
        (None in the mapping when it matches none, or is not dated to the day)."""
        fresh: list[Incident] = []
        merged: dict[str, tuple[Incident, MergeNote]] = {}
        stored_ids: dict[str, str | None] = {}
        told = [(i, False) for i in incidents] + [(i, True) for i in recalled]
        for incident, past in told:
            if past and incident.date.precision != "day":
                stored_ids[incident.id] = None
                continue
            candidates = self.repository.candidates(incident)
            decision = find_match(incident, article.published, candidates)
            if past:
                stored_ids[incident.id] = decision.incident_id
            else:
                stored_ids[incident.id] = decision.incident_id or incident.id
            if decision.incident_id is None:
                if not past:
                    fresh.append(incident)
                continue
            stored = merged.get(decision.incident_id, (None, None))[0] or next(
                c.incident for c in candidates if c.incident.id == decision.incident_id
            )
            reason = f"told as a past attack; {decision.reason}" if past else decision.reason
            merged[decision.incident_id] = (merge(stored, incident), MergeNote(article.id, reason))
        return fresh, list(merged.values()), stored_ids

    def _action_record(
        self,
        action: CounterAction,
        link: IncidentLink | None,
        incidents: Sequence[tuple[Incident, str]],
    ) -> JSONObject:
        """The action's published form; when another article told the same action first, it
        names that telling (:mod:`veille.fuse.actions`)."""
        record = action_record(action, link)
        if record["date_precision"] != "day":
            return record
        telling = ActionTelling.of(record, (stored_id for _, stored_id in incidents))
        same_as = find_same(telling, self.repository.action_tellings(record["date"]))
        return action_record(action, link, same_as=same_as) if same_as else record

    def _link(
        self,
        action: CounterAction,
        doc: Doc,
        article: Article,
        incidents: Sequence[tuple[Incident, str]],
    ) -> IncidentLink | None:
        """The incident the action answers, when its hint names one (:mod:`veille.fuse.links`)."""
        hint = next((e for e in action.evidence if e.field == "answers_incident_hint"), None)
        if hint is None:
            return None
        places = [
            m.place
            for m in doc._.veille_places or []
            if hint.start <= m.start_char and m.end_char <= hint.end
        ]

        def stored(place: Place, since: str | None) -> list[Incident]:
            return self.repository.list_incidents(
                IncidentFilter(country=place.country, date_from=since, limit=200)
            )

        return link_action(
            hint.text,
            places,
            incidents,
            known=self.reference_extractor.known,
            stored=stored,
            published=article.published,
        )

    # -- read ------------------------------------------------------------------------------

    def incidents(self, filters: IncidentFilter | None = None) -> Page:
        filters = filters or IncidentFilter()
        return Page(
            items=self.repository.list_incidents(filters),
            total=self.repository.count_incidents(filters),
            limit=filters.limit,
            offset=filters.offset,
        )

    def incident(self, incident_id: str) -> Incident:
        return self.repository.get_incident(incident_id)

    def article(self, article_id: str) -> Article:
        return self.repository.get_article(article_id)

    def counts(self) -> dict[str, int]:
        counts = {
            "articles": self.repository.count_articles(),
            "incidents": self.repository.count_incidents(),
        }
        for kind in RECORD_KINDS:
            counts[kind] = self.repository.count_records(kind)
        return counts

    def records(self, kind: str, filters: IncidentFilter | None = None) -> RecordPage:
        """Stored actions, alerts or figures, newest first."""
        if kind not in RECORD_KINDS:
            raise ConfigError(f"unknown record kind {kind!r}; use one of {', '.join(RECORD_KINDS)}")
        filters = filters or IncidentFilter()
        return RecordPage(
            items=self.repository.list_records(kind, filters),
            total=self.repository.count_records(kind, filters),
            limit=filters.limit,
            offset=filters.offset,
        )

    def alert_timeline(self, country: str) -> list[JSONObject]:
        """A country's alert levels in date order; the same statement from several articles is
        one entry listing every article."""
        entries: dict[tuple[object, ...], JSONObject] = {}
        for record in self.repository.iter_records("alerts"):
            if record["country"] != country.upper():
                continue
            held = record["effective"] or record["not_after"]
            # records stored before 'region' was added lack it
            key = (record["scheme"], record.get("region"), record["level"], record["change"], held)
            entry = entries.setdefault(key, {**record, "articles": []})
            if entry["effective"] is None and record["effective"] is not None:
                # a report that dates the change stands for the entry
                entries[key] = entry = {**record, "articles": entry["articles"]}
            if record["article"] not in entry["articles"]:
                entry["articles"].append(record["article"])

        def when(r: JSONObject) -> str:
            return str(r["effective"] or r["not_after"] or "")

        return sorted(entries.values(), key=lambda r: (not when(r), when(r)))

    def actor_table(self, *, only_seen: bool = False) -> list[JSONObject]:
        """Actors of the knowledge base with how many stored incidents name them."""
        counts = self.repository.incident_counts_by_group()
        rows = [actor_record(a, counts.get(a.id, 0)) for a in self.actors]
        if only_seen:
            rows = [r for r in rows if r["incidents"]]
        return sorted(rows, key=lambda r: (-r["incidents"], r["name"].casefold()))

    # -- export ----------------------------------------------------------------------------

    def export(self, kind: ExportKind, fmt: ExportFormat, out: IO[str]) -> int:
        """Write every record of ``kind`` to ``out``; returns how many were written."""
        if kind == "incidents":
            return writers.write_incidents(self.repository.iter_incidents(), fmt, out)
        if kind == "articles":
            return writers.write_articles(self.repository.iter_articles(), fmt, out)
        if kind == "actors":
            return writers.write_records(self.actor_table(), kind, fmt, out)
        return writers.write_records(self.repository.iter_records(kind), kind, fmt, out)
