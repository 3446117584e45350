"""Incidents of lower-cased wire copy (MUC-4 style), with the role fields the trained tagger gives.

Used by :mod:`veille.extract.incidents` when the text has no case and went through the
``veille_roles`` tagger. :func:`tagged_groups` makes the tagged mentions' sentences an incident
when no attack word was seen; :func:`apply_tagged_roles` replaces the parse-based role fields with
the tagger's, one mention per entity, each in the incident whose sentences hold it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

from ..models import ActorRef, Article, Evidence, Incident
from ..nlp.actors import ActorKB, ActorRecord
from ..nlp.roles import REJECTED_ATTR, predict_roles
from ..nlp.roles import SPANS_KEY as ROLE_SPANS
from ..nlp.text import doc_text
from .incident_grouping import Group
from .incident_patterns import DEFINED_INITIALS
from .incident_perpetrators import unlisted_actor
from .roles import seized_or_found, speaking

__all__ = [
    "apply_tagged_roles",
    "tagged_groups",
]

_ROLE_FIELDS = {
    "PerpInd": "perpetrators",
    "PerpOrg": "perpetrator_groups",
    "Target": "targets",
    "Victim": "victims",
    "Weapon": "weapons",
}


def tagged_groups(doc: Doc, groups: list[Group]) -> list[Group]:
    """An article the role tagger finds relevant but where no attack word was seen still
    reports an incident: its sentences are those holding the tagged mentions."""
    if groups or not doc.spans[ROLE_SPANS]:
        return groups
    sentences: list[Span] = []
    for span in doc.spans[ROLE_SPANS]:
        if span.sent not in sentences:
            sentences.append(span.sent)
    return [Group(sentences=sentences, statuses=["attack"])]


def apply_tagged_roles(
    doc: Doc,
    article: Article,
    groups: list[Group],
    incidents: list[Incident],
    past: Sequence[Span],
    *,
    actors: ActorKB,
) -> None:
    """Lower-cased wire copy (MUC-4 style), where the parse-based role rules fail: the role
    fields come from the trained ``veille_roles`` tagger, one mention per entity, each put
    in the incident whose sentences hold it (else the first incident). Mentions in
    sentences that recall past events (``past``) fill no role of the news reported."""
    if not incidents:
        return
    chosen = predict_roles(doc)
    rejected = bool(doc.spans[ROLE_SPANS].attrs.get(REJECTED_ATTR))
    if rejected or chosen.get("PerpOrg"):
        # The tagger takes the document to report no incident (a group or a weapon named
        # in passing): the groups the rules found in it are not perpetrators either. When
        # it names the perpetrator groups itself, its choice (learnt from MUC-4's
        # annotation) replaces the rules' (a group named in the article for another reason).
        for incident in incidents:
            incident.perpetrator_groups = []
            incident.evidence = [e for e in incident.evidence if e.field != "perpetrator_groups"]
    first_span: dict[tuple[str, str], Span] = {}
    for span in doc.spans[ROLE_SPANS]:
        first_span.setdefault((span.label_, span.text), span)
    acronyms = _acronyms(doc, actors=actors)
    rule_targets = [
        (list(incident.targets), [e for e in incident.evidence if e.field == "targets"])
        for incident in incidents
    ]
    for incident in incidents:
        incident.perpetrators, incident.victims = [], []
        incident.targets, incident.weapons = [], []
        incident.evidence = [
            e
            for e in incident.evidence
            if e.field not in {"perpetrators", "victims", "targets", "weapons"}
        ]
    for role, mentions in chosen.items():
        for mention in mentions:
            span = first_span.get((role, mention))
            if span is None or any(p.start <= span.start < p.end for p in past):
                continue
            if role in {"Weapon", "Target"} and seized_or_found(span.root):
                continue  # "troops seized a rifle", "police discovered a car with dynamite"
            if role == "Victim" and speaking(span.root):
                continue  # "general hector gramajo morales has reported": a source
            index = next(
                (
                    n
                    for n, group in enumerate(groups)
                    if any(s.start <= span.start < s.end for s in group.sentences)
                ),
                0,
            )
            _add_tagged(incidents[index], role, span, article, acronyms, actors=actors)
    if chosen and not rejected and not any(incident.targets for incident in incidents):
        # The tagger misses targets more than any other role; where it takes the document
        # to report an incident but names no target in it, the objects of the attack words
        # ("dynamited the vehicle", "attacked the farm") are the targets.
        for incident, (targets, evidence) in zip(incidents, rule_targets, strict=True):
            incident.targets = targets
            incident.evidence.extend(evidence)


def _acronyms(doc: Doc, *, actors: ActorKB) -> dict[str, ActorRecord]:
    """Initials the article defines for a group the knowledge base knows: "the zarate wilka
    armed forces of liberation (fal)" makes a later "fal" that group."""
    text = doc_text(doc)
    found: dict[str, ActorRecord] = {}
    for span in doc.spans[ROLE_SPANS]:
        if span.label_ != "PerpOrg":
            continue
        match = DEFINED_INITIALS.match(text, span.end_char)
        record = actors.lookup(span.text) if match else None
        if match and record is not None:
            found.setdefault(match.group(1).lower(), record)
    return found


def _add_tagged(
    incident: Incident,
    role: str,
    span: Span,
    article: Article,
    acronyms: Mapping[str, ActorRecord],
    *,
    actors: ActorKB,
) -> None:
    evidence = Evidence(
        article.id,
        _ROLE_FIELDS[role],
        span.start_char,
        span.end_char,
        span.sent.text,
        span.text,
    )
    if role == "PerpOrg":
        # State forces the tagger names as the doers ("the armed forces ... massacred") are
        # perpetrators here: the tagger learnt MUC-4's annotation, which counts them. The
        # parse-based rules for cased news keep states out (``IncidentExtractor._groups``).
        record = actors.lookup(span.text) or acronyms.get(span.text.lower())
        # A group the knowledge base does not hold keeps the name the article gives it.
        ref = ActorRef(record.id, record.name) if record else unlisted_actor(span.text)
        if all(g.id != ref.id for g in incident.perpetrator_groups):
            incident.perpetrator_groups.append(ref)
    else:
        values = getattr(incident, _ROLE_FIELDS[role])
        if span.text in values:
            return
        values.append(span.text)
    incident.evidence.append(evidence)
