"""Running the product's own extractor over an evaluation set, with its speed.

:func:`run_muc4` sends each MUC-4 document through exactly the pipeline ``veille ingest`` uses
(same spaCy pipeline, same :class:`~veille.extract.incidents.IncidentExtractor`), maps the
incidents found to the five MUC-4 roles and scores them with the project's CEAF-REE scorer.

The role mapping (documented in docs/evaluation.md):

* PerpInd: named perpetrators (``Incident.perpetrators``)
* PerpOrg: perpetrator groups, as the mention the text used (the group's evidence span)
* Target: physical targets (``Incident.targets``)
* Victim: human victims (``Incident.victims``)
* Weapon: weapons as written (``Incident.weapons``)

A document's roles are the union over its incidents; mentions that normalise alike are one
entity, so an entity is the list of the distinct surface forms that name it.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..ingest.text import article_id
from ..models import Article, Incident
from ..services import Veille
from .ceaf import MUC4_ROLES, CeafReport, RoleEntities, normalise_mention, score_documents
from .muc4 import MucDocument, gold_role_entities, read_gold


@dataclass(frozen=True, slots=True)
class Speed:
    """Throughput of one evaluation run."""

    documents: int
    seconds: float
    processes: int
    peak_rss_mb: float

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def describe(self) -> str:
        return (
            f"{self.documents} documents in {self.seconds:.1f} s: "
            f"{self.docs_per_second:.1f} documents/s with {self.processes} process(es), "
            f"peak memory {self.peak_rss_mb:.0f} MB"
        )


@dataclass(frozen=True, slots=True)
class Muc4Run:
    report: CeafReport
    predictions: dict[str, RoleEntities]
    speed: Speed


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def incident_roles(
    incidents: Sequence[Incident], lookup: Callable[[str], str | None] | None = None
) -> RoleEntities:
    """The MUC-4 role entities of one document's incidents.

    A perpetrator group is one entity named by its first mention in the text, whatever other
    aliases the article uses (the scorer counts an entity only when all its mentions are right).
    """
    values: dict[str, list[str]] = {role: [] for role in MUC4_ROLES}
    for incident in incidents:
        values["PerpInd"].extend(incident.perpetrators)
        groups = [e for e in incident.evidence if e.field == "perpetrator_groups" and e.text]
        firsts: dict[str, str] = {}
        for evidence in sorted(groups, key=lambda e: e.start):
            key = (lookup(evidence.text) if lookup else None) or normalise_mention(evidence.text)
            firsts.setdefault(key, evidence.text)
        values["PerpOrg"].extend(firsts.values())
        values["Target"].extend(incident.targets)
        values["Victim"].extend(incident.victims)
        values["Weapon"].extend(incident.weapons)
    return {role: _entities(mentions) for role, mentions in values.items()}


def _entities(mentions: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    grouped: dict[str, list[str]] = {}
    for mention in mentions:
        key = normalise_mention(mention)
        if not key:
            continue
        forms = grouped.setdefault(key, [])
        if mention not in forms:
            forms.append(mention)
    return tuple(tuple(forms) for forms in grouped.values())


def _article(document: MucDocument) -> Article:
    return Article(
        id=article_id(document.text),
        text=document.text,
        title=None,
        published=None,
        source=document.docid,
    )


def run_muc4(app: Veille, gold_path: Path, *, limit: int | None = None) -> Muc4Run:
    """Extract from every document of a MUC-4 split and score against its gold."""
    gold = read_gold(gold_path)
    documents = list(gold.values())[:limit] if limit else list(gold.values())
    app.warm_up()  # load the model before the clock starts: speed is per document
    started = time.perf_counter()
    predictions: dict[str, RoleEntities] = {}
    by_article = {_article(d).id: d.docid for d in documents}

    def actor_id(text: str) -> str | None:
        record = app.actors.lookup(text)
        return record.id if record else None

    for article, incidents in app.extract(_article(d) for d in documents):
        predictions[by_article[article.id]] = incident_roles(incidents, actor_id)
    seconds = time.perf_counter() - started
    chosen: Mapping[str, MucDocument] = {d.docid: d for d in documents}
    report = score_documents(gold_role_entities(chosen), predictions)
    speed = Speed(len(documents), seconds, 1, peak_rss_mb())
    return Muc4Run(report, predictions, speed)
