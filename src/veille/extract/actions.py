"""Counter-terrorism actions a news sentence reports, each field with its evidence.

An *action* is something the authorities do about terrorism: arrests, raids and searches,
seizures, air strikes, deployments of troops or aircraft, charges, convictions and sentences, new
laws (and states of emergency), treaty clauses invoked, expulsions, and a few other measures
(house arrest, asset freezes, border controls, closing mosques, banning groups, extraditions).
The word lists live in :mod:`veille.extract.action_patterns`.

Input: a spaCy ``Doc`` that went through veille's pipeline (``veille_actors``, ``veille_dates``,
``veille_places``) and its :class:`~veille.models.Article`. Output: :class:`CounterAction`
records, in text order. Rules:

1. **Action words.** A verb ("arrested", "deployed", "bombed") or a noun ("127 arrests", "air
   strikes", "a law") names the action. Words that need more are checked against their sentence:
   "bombed", "struck", "hit" are air strikes only when aircraft, a coalition or a state military
   does it; "deployed", "sent" need troops, police or aircraft; "charged" needs "with" or "over";
   "a law" needs a verb that passes or plans it; "invoked" needs a treaty clause.
2. **Wrong readings are dropped**: fixed phrases ("Arrested Development", "search engine",
   "in charge", "cardiac arrest", "seized on", "in search of"), fiction contexts ("in the film"),
   halting a trend ("arrested their slide"), rescue searches ("searched for survivors"), medical
   seizures, explosive charges, descriptions ("a convicted terrorist", "the seized weapons"), and
   acts of the perpetrators ("gunmen raided a village", "militants seized the town"). Charges,
   convictions, sentences, laws and expulsions count only in a sentence about terrorism or
   political violence, or right after one (a cue word such as "terror", "bomb", "Isis",
   "propaganda", "state of emergency", or a non-state armed group): a harassment conviction or
   an immigration bill is not a counter-terrorism action.
3. **Negated and hypothetical actions are not actions**: "the police did not make any arrests",
   "no arrests have been made", "denied raiding", "failed to arrest", "police could carry out
   raids", "if troops are deployed", "need to be detained", "expect to detain", "subject to
   deportation"; so is an action in a "since" clause, a time reference
   ("searches since the state of emergency was declared"). **Plans are kept with status
   "announced"**: "troops will / would be deployed", "plans to introduce a bill", "ordered the
   deployment", "a draft law"; everything else is "carried out". "announced 23 arrests" reports
   arrests carried out, while "announced the deployment" of troops (or a law, a clause, a
   measure) is only announced.
4. **Fields.** ``count`` is the quantity counting the action ("almost 300 searches") or the people
   and things it befalls ("arrested 23 people", "more than 20 people were detained", "10,000
   troops deployed", "seized 31 weapons"), qualifier kept; strikes count only as strikes. ``actor``
   is the acting subject ("French police", "US-led coalition air strikes", "raids by police"),
   a knowledge-base :class:`~veille.models.ActorRef` when the phrase holds a state actor or a
   demonym plus a military or police noun ("French warplanes" is the French Armed Forces), else
   the phrase as written ("Parliament", "France"). ``target_group`` is a non-state actor of the
   knowledge base named in what the action befalls ("suspected Islamic State members",
   "Islamic State positions"), else anywhere in the sentence outside the actor, the speaker and
   the incident link. ``what`` is what was seized, struck, deployed, charged, the sentence, the
   law or the clause, or who was arrested (not a pronoun), as written. ``place`` is a place
   named after a locative preposition ("in Raqqa", "to Cyprus", "across Brussels"), preferring
   the action's own clause, the most precise, the nearest; several cities of one country give
   the country. ``date`` is the resolved date nearest the action word, skipping statement dates
   ("prosecutors said on Sunday"), period bounds ("since Friday") and dates inside the incident
   link; unknown when none.
   ``answers_incident_hint`` is a phrase tying the action to an incident ("after the Paris
   attacks", "in connection with the Brussels bombings"). ``said_by`` is who the sentence
   attributes it to.
5. **One action per mention.** Within a sentence, an action noun under a word of the same kind
   is the same action ("warplanes bombed ... in a series of air strikes"); an action noun with a
   definite article or a possessive and no count after an action of its kind ("the arrests",
   "following his arrest") refers back to it and adds nothing. One action told twice (two words
   in one sentence, or the same count or day in two sentences) is merged by
   :mod:`veille.extract.action_repeats`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..models import ActorRef, Article, DateValue, Evidence, Place, Quantity
from ..nlp.actors import ActorKB
from ..nlp.dates import DateMention
from ..nlp.numbers import find_quantities
from ..nlp.places import (
    Gazetteer,
    PlaceMention,
    default_gazetteer,
    listed_with_other_places,
)
from ..nlp.text import doc_text
from . import action_patterns as pat
from . import action_syntax as syn
from .action_patterns import ActionKind, ActionStatus
from .action_repeats import merge_repeats
from .headline import drop_headline_repeats, headline_end
from .lexicon import RAID_SIZE, STATE_ACTOR_TYPES, TRIGGER_LEMMAS
from .tolls import speaker_of

__all__ = ["ActionExtractor", "ActionKind", "ActionStatus", "CounterAction"]

# Words of an attack, for telling an action's place from the place of the attack it follows.
_ATTACK_LEMMAS = frozenset(TRIGGER_LEMMAS) - {"raid", "storm", "shoot"}

_PRECISION_RANK = {"site": 4, "city": 3, "region": 2, "country": 1, "unknown": 0}
_ANAPHORIC = frozenset({"the", "these", "those", "such", "this"})
# "Their arrests came three years after ...", "in the months following his arrest".
_POSSESSIVE = frozenset({"his", "her", "their", "its"})
_PERFORMING_VERBS = frozenset({"carry", "launch", "conduct", "step", "intensify", "make"})
_PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})
_STATEMENT_VERBS = frozenset(
    {"say", "announce", "confirm", "state", "tell", "report", "add", "pledge", "vow", "decide"}
    | {"promise", "declare", "insist", "warn", "indicate", "reveal", "explain"}
)


@dataclass(frozen=True, slots=True)
class CounterAction:
    """One counter-terrorism action an article reports. Every filled field has an
    :class:`~veille.models.Evidence` in ``evidence`` whose ``field`` is the field's name
    (``kind``, ``count``, ``what``, ``actor``, ``target_group``, ``place``, ``date``, ``status``,
    ``answers_incident_hint``, ``said_by``); an action told in two sentences cites ``kind`` in
    each (:mod:`.action_repeats`).

    ``status`` is "carried out", or "announced" for planned or announced actions ("will deploy",
    "plans to introduce a bill"); hypothetical and negated actions are not reported at all.
    ``actor`` is a knowledge-base actor when the acting authority is in it, else the phrase as
    written ("Parliament"); ``target_group`` is the group the action is against.
    """

    kind: ActionKind
    article: str
    date: DateValue
    status: ActionStatus = "carried out"
    count: Quantity | None = None
    what: str | None = None
    actor: ActorRef | str | None = None
    target_group: ActorRef | None = None
    place: Place | None = None
    answers_incident_hint: str | None = None
    said_by: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class _Hit:
    """An action word: its kind, the token, the words naming it and the clause's verb."""

    kind: ActionKind
    token: Token
    start: int  # character offsets of the words naming the action ("air strikes")
    end: int
    gov: Token  # the verb reporting the action; the token itself for a verb or a bare noun
    noun: bool


@dataclass(frozen=True, slots=True)
class _Context:
    """What one sentence offers every action in it."""

    sent: Span
    actors: tuple[Span, ...]  # knowledge-base actor mentions in the sentence
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    link: syn.Range | None
    speaker: str | None
    speaker_range: syn.Range | None
    quantities: tuple[tuple[Quantity, Span], ...]


# --- the extractor ----------------------------------------------------------------------------


class ActionExtractor:
    """Turns one processed article into counter-terrorism actions. Create once; call per doc."""

    def __init__(self, actors: ActorKB, *, gazetteer: Gazetteer | None = None) -> None:
        self.actors = actors
        self.gazetteer = gazetteer or default_gazetteer()

    def __call__(self, doc: Doc, article: Article) -> list[CounterAction]:
        dates: list[DateMention] = list(doc._.veille_dates or [])
        places: list[PlaceMention] = list(doc._.veille_places or [])
        actor_spans: list[Span] = list(doc.spans.get("veille_actors", []))
        found: list[CounterAction] = []
        previous: Span | None = None
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            ctx = self._context(sent, actor_spans, dates, places)
            about_terrorism = self._about_terrorism(ctx, previous)
            previous = sent
            for hit in self._hits(ctx):
                if hit.kind in pat.NEEDS_TERROR_CUE and not about_terrorism:
                    continue
                if self._refers_back(hit, ctx, found):
                    continue
                action = self._build(hit, ctx, article)
                if action is not None:
                    found.append(action)
        return drop_headline_repeats(
            merge_repeats(found),
            evidence=lambda a: a.evidence,
            key=lambda a: a.kind,
            end=headline_end(doc, article),
        )

    @staticmethod
    def _about_terrorism(ctx: _Context, previous: Span | None) -> bool:
        """Whether the sentence, or the one before it, is about terrorism or political violence:
        a cue word or a non-state armed group."""
        if any(a.label_ not in STATE_ACTOR_TYPES for a in ctx.actors):
            return True
        texts = [ctx.sent.text] + ([previous.text] if previous is not None else [])
        return any(pat.TERROR_CUE.search(text) for text in texts)

    # ----------------------------------------------------------------------------- context

    def _context(
        self,
        sent: Span,
        actor_spans: Sequence[Span],
        dates: Sequence[DateMention],
        places: Sequence[PlaceMention],
    ) -> _Context:
        doc = sent.doc
        lo, hi = sent.start_char, sent.end_char
        in_sent_places = [p for p in places if lo <= p.start_char < hi]
        in_sent_places.extend(self._missed_places(sent, in_sent_places))
        speaker = speaker_of(sent)
        speaker_range: syn.Range | None = None
        if speaker:
            at = sent.text.find(speaker)
            if at >= 0:
                speaker_range = (lo + at, lo + at + len(speaker))
        quantities: list[tuple[Quantity, Span]] = []
        for q in find_quantities(sent.text):
            start, end = lo + q.start, lo + q.end
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            quantity = Quantity(q.value, q.qualifier, q.minimum, q.maximum, q.text, start, end)
            quantities.append((quantity, span))
        return _Context(
            sent=sent,
            actors=tuple(s for s in actor_spans if sent.start <= s.start < sent.end),
            dates=tuple(d for d in dates if lo <= d.start < hi),
            places=tuple(sorted(in_sent_places, key=lambda m: m.start_char)),
            link=pat.sentence_link(sent),
            speaker=speaker,
            speaker_range=speaker_range,
            quantities=tuple(quantities),
        )

    def _missed_places(self, sent: Span, found: Sequence[PlaceMention]) -> list[PlaceMention]:
        """Places the NER missed or mislabelled ("to Cyprus" as a product)."""
        doc = sent.doc
        extra: list[PlaceMention] = []
        covered = [(m.start_char, m.end_char) for m in found]
        for mention in self.gazetteer.find_in_text(sent.text):
            start = sent.start_char + mention.start_char
            end = sent.start_char + mention.end_char
            if syn.overlaps(start, end, covered):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.root.ent_type_ in {"PERSON", "ORG", "NORP"}:
                continue
            if _after_locative(span):
                extra.append(PlaceMention(start, end, mention.text, mention.place))
        return extra

    # ------------------------------------------------------------------------------ triggers

    def _hits(self, ctx: _Context) -> list[_Hit]:
        sent = ctx.sent
        if pat.FICTION.search(sent.text):
            return []
        false_ranges = [
            (sent.start_char + m.start(), sent.start_char + m.end())
            for m in pat.FALSE_PHRASES.finditer(sent.text)
        ]
        # A unit named like an action ("the RAID unit") is an actor, not a raid.
        named = {i for s in ctx.actors if s.text.isupper() for i in range(s.start, s.end)}
        hits: list[_Hit] = []
        for token in sent:
            if token.i in named or syn.inside(token.idx, token.idx + len(token), false_ranges):
                continue
            hit: _Hit | None = None
            if token.lower_ == "guilty" and syn.lemma(token.head) == "find":
                start, end = syn.chars(sent.doc, min(token.head.i, token.i), token.i)
                hit = _Hit("conviction", token, start, end, token.head, False)
            elif syn.is_verb(token) and syn.lemma(token) in pat.VERB_TRIGGERS:
                hit = self._verb_hit(token, ctx)
            elif syn.is_noun(token) and (
                syn.lemma(token) in pat.NOUN_TRIGGERS or token.lower_ in pat.NOUN_TRIGGERS
            ):
                hit = self._noun_hit(token, ctx)
            if hit is not None:
                hits.append(hit)
        # An action noun under a word of the same kind names the same action ("warplanes bombed
        # ... in a series of air strikes").
        return [
            h
            for h in hits
            if not (
                h.noun and any(o.kind == h.kind and syn.is_ancestor(o.token, h.token) for o in hits)
            )
        ]

    def _verb_hit(self, verb: Token, ctx: _Context) -> _Hit | None:
        lemma = syn.lemma(verb)
        kind = pat.VERB_TRIGGERS[lemma]
        if verb.dep_ in {"amod", "compound"}:
            return None  # "a convicted terrorist", "the seized weapons"
        if verb.dep_ == "acl" and verb.head.lower_ in {"those", "these", "them"}:
            return None  # "Two of those arrested were later released": the arrest told before
        if kind in {"conviction", "sentence", "charge"} and (
            _generic_people(verb) or _describes_people_acted_on(verb)
        ):
            return None  # "the early release of people convicted of terrorism offences"
        if kind == "arrest" and _standing_count(verb):
            return None  # "at least 20,000 foreigners detained in Syria": a figure, not an act
        patient = syn.patient(verb)
        plemma = syn.lemma(patient) if patient is not None else ""
        agent = syn.agent(verb)
        agent_span = syn.phrase_of_subject(agent) if agent is not None else None
        if agent_span is not None and self._perpetrator(agent_span, ctx):
            return None  # "gunmen raided a village": an attack, not a raid
        if lemma == "capture" and (patient is None or not _is_person(patient)):
            return None
        if lemma in {"seize", "nab"} and patient is not None and _names_person(patient):
            kind = "arrest"  # "Kotey and Elsheikh were seized": people are captured
        if lemma == "strip":
            stripped = syn.pobj(verb, {"of"})
            if stripped is None or syn.lemma(stripped) not in pat.CITIZENSHIP_NOUNS:
                return None
        if lemma == "revoke":
            # "had her citizenship revoked" parses the citizenship as the subject
            revoked = patient if patient is not None else syn.child_of(verb, {"nsubj"})
            if revoked is None or syn.lemma(revoked) not in pat.CITIZENSHIP_NOUNS:
                return None
        if lemma == "send" and syn.child_of(verb, {"advmod", "prt"}, {"back", "home"}) is not None:
            return None  # "sent back to the UK to face trial": a return, not a deployment
        if lemma == "station" and verb.dep_ == "acl":
            return None  # "we have troops stationed there": a presence, not a deployment
        if lemma == "storm" and (agent_span is None or not self._authority(agent_span, ctx)):
            return None
        if kind == "deployment" and (patient is None or not self._forces(patient, ctx)):
            return None
        if lemma == "charge" and not (
            syn.pobj(verb, {"with", "over", "in"}) is not None
            or (patient is not None and _is_person(patient))
        ):
            return None
        if lemma == "sentence" and syn.pobj(verb, {"to", "for"}) is None:
            return None
        if lemma == "arrest" and plemma in pat.ARREST_NOT_OBJECTS:
            return None
        if lemma == "search":
            sought = syn.pobj(verb, {"for"})
            if sought is not None and syn.lemma(sought) in pat.RESCUE_OBJECTS:
                return None
            if agent is not None and syn.lemma(agent) in pat.RESCUE_SUBJECTS:
                return None
        if lemma in {"seize", "confiscate"} and (
            plemma in pat.SEIZE_NOT_OBJECTS or (patient is not None and patient.ent_type_ == "GPE")
        ):
            return None
        if kind == "air_strike" and not self._air_strike_verb(verb, agent, agent_span, ctx):
            return None
        if kind == "treaty_clause" and (
            patient is None or not pat.TREATY_CLAUSE.search(syn.subtree_text(patient))
        ):
            return None
        if lemma in pat.OTHER_VERB_OBJECTS and not self._measure_object(lemma, patient, ctx):
            return None
        start, end = verb.idx, verb.idx + len(verb)
        return _Hit(kind, verb, start, end, verb, False)

    def _measure_object(self, lemma: str, patient: Token | None, ctx: _Context) -> bool:
        """ "froze the assets", "closed three mosques", "banned Hizb ut-Tahrir"."""
        if patient is None:
            return False
        allowed = pat.OTHER_VERB_OBJECTS[lemma]
        return not allowed or syn.lemma(patient) in allowed or self._group_in(patient, ctx)

    def _air_strike_verb(
        self, verb: Token, agent: Token | None, agent_span: Span | None, ctx: _Context
    ) -> bool:
        """ "warplanes bombed", "the coalition struck": aircraft or a state military act."""
        if agent is not None and syn.is_noun(agent) and syn.lemma(agent) in pat.NOUN_TRIGGERS:
            return False  # "air strikes hit ...": the noun is the action
        if agent_span is None:
            # "positions were bombed": an air strike only if the sentence speaks of aircraft
            return syn.lemma(verb) == "bomb" and any(
                syn.lemma(t) in pat.AIR_NOUNS for t in ctx.sent
            )
        if any(syn.lemma(t) in pat.AIR_NOUNS for t in agent_span):
            return True
        if "air force" in agent_span.text.lower():
            return True
        if syn.lemma(verb) == "bomb":
            ref = self._resolve(agent_span, ctx)
            if isinstance(ref, ActorRef) and self.actors.get(ref.id).type == "military":
                return True
        return False

    def _noun_hit(self, noun: Token, ctx: _Context) -> _Hit | None:
        lemma = syn.lemma(noun) if syn.lemma(noun) in pat.NOUN_TRIGGERS else noun.lower_
        kind = pat.NOUN_TRIGGERS[lemma]
        doc = noun.doc
        if noun.dep_ == "compound":
            return None  # "arrest warrant", "search engine", "raid shelter"
        mods = syn.left_modifiers(noun)
        mod_lemmas = {syn.lemma(m) for m in mods} | {m.lower_ for m in mods}
        gov = syn.governor(noun)
        glemma = syn.lemma(gov) if gov is not noun else ""
        first = noun.i
        if mod_lemmas & pat.NOUN_NOT_MODIFIERS or self._wrong_noun(
            noun, lemma, mod_lemmas, gov, glemma
        ):
            return None
        if lemma == "arrest" and "house" in mod_lemmas:
            kind = "other"
        elif lemma == "raid" and mod_lemmas & pat.AIR_MODIFIERS:
            kind = "air_strike"
        elif lemma == "state":
            emergency = syn.pobj(noun, {"of"})
            last = emergency.i if emergency is not None else noun.i
            start, end = syn.chars(doc, noun.i, last)
            return _Hit("law", noun, start, end, gov, True)
        by = syn.pobj(noun, {"by"})
        if by is not None and self._perpetrator(syn.phrase_of_subject(by), ctx):
            return None  # "a raid by militants"
        if noun.dep_ not in {"nsubj", "nsubjpass"} and gov is not noun and syn.is_verb(gov):
            agent = syn.agent(gov)
            if agent is not None and self._perpetrator(syn.phrase_of_subject(agent), ctx):
                return None  # "militants carried out raids"
        # The words naming the action: "air strikes", "house arrest", "formal investigation".
        for mod in sorted(mods, key=lambda t: -t.i):
            if mod.i == first - 1 and (
                syn.lemma(mod) in pat.AIR_MODIFIERS
                or syn.lemma(mod) in {"house", "formal", "asset", "assets", "border"}
            ):
                first = mod.i
        start, end = syn.chars(doc, first, noun.i)
        return _Hit(kind, noun, start, end, gov, True)

    def _wrong_noun(
        self,
        noun: Token,
        lemma: str,
        mods: set[str],
        gov: Token,
        glemma: str,
    ) -> bool:
        """Whether an action noun means something else here (see the module rules)."""
        if lemma == "custody":
            return glemma not in pat.PLACEMENT_VERBS
        if lemma in {"operation", "sweep", "swoop"}:
            return not mods & pat.POLICE_OPERATION_MODIFIERS
        if lemma == "search":
            sought = syn.pobj(noun, {"for"})
            return sought is not None and syn.lemma(sought) in pat.RESCUE_OBJECTS
        if lemma == "seizure":
            return glemma in pat.MEDICAL_GOVERNORS
        if lemma == "strike":
            return not (mods & pat.AIR_MODIFIERS or self._air_context(noun, gov))
        if lemma == "charge":
            return not (noun.tag_ == "NNS" and glemma in pat.CHARGE_NOUN_GOVERNORS)
        if lemma == "indictment":
            return glemma not in pat.INDICTMENT_GOVERNORS
        if lemma == "conviction":
            return glemma not in pat.CONVICTION_GOVERNORS
        if lemma == "sentence":
            return not (
                glemma in pat.SENTENCE_GOVERNORS
                or any(syn.lemma(t) in pat.SENTENCE_MODIFIERS for t in noun.lefts)
            )
        if lemma in pat.OTHER_NOUN_MODIFIERS:
            if lemma == "control" and glemma not in pat.BORDER_CONTROL_GOVERNORS:
                return True
            return not mods & pat.OTHER_NOUN_MODIFIERS[lemma]
        if lemma in pat.LAW_NOUNS:
            return glemma not in pat.LAW_GOVERNORS
        if lemma == "state":
            emergency = syn.pobj(noun, {"of"})
            if emergency is None or emergency.lower_ != "emergency":
                return True
            return glemma not in pat.EMERGENCY_VERBS
        if lemma == "investigation":
            return not ("formal" in mods and glemma in {"place", "put"})
        if lemma == "presence":
            return not self._more_forces(noun, mods, gov, glemma)
        return False

    @staticmethod
    def _more_forces(noun: Token, mods: set[str], gov: Token, glemma: str) -> bool:
        """Whether "presence" tells of more police or troops posted: "police would step up
        their presence", "a heightened military presence"."""
        more = glemma in pat.PRESENCE_GOVERNORS or bool(mods & pat.PRESENCE_MODIFIERS)
        forces = set(mods)
        if syn.is_verb(gov) and gov is not noun:
            agent = syn.agent(gov)
            if agent is not None:
                forces.update(syn.lemma(t) for t in syn.phrase_of_subject(agent))
        return more and bool(forces & pat.PRESENCE_FORCES)

    def _air_context(self, noun: Token, gov: Token) -> bool:
        """ "coalition strikes", "warplanes carried out 12 strikes": strikes from the air."""
        words = [syn.lemma(t) for t in noun.lefts]
        if syn.is_verb(gov) and gov is not noun:
            agent = syn.agent(gov)
            if agent is not None:
                words.extend(syn.lemma(t) for t in syn.phrase_of_subject(agent))
        if noun.dep_ == "nsubj" or gov is noun:
            words.extend(syn.lemma(t) for t in noun.subtree if t.i < noun.i)
        return any(w in pat.AIR_NOUNS for w in words)

    def _refers_back(self, hit: _Hit, ctx: _Context, found: Sequence[CounterAction]) -> bool:
        """ "The arrests came after ...": a definite action noun with no count names an action
        already reported."""
        # "French warplanes carried out air strikes ... The raids came two days after ..."
        kinds = {hit.kind, "air_strike"} if hit.kind == "raid" else {hit.kind}
        if not hit.noun or not any(a.kind in kinds for a in found):
            return False
        det = syn.child_of(hit.token, {"det"})
        poss = syn.child_of(hit.token, {"poss"}, _POSSESSIVE)
        if poss is not None and (
            syn.child_of(hit.token, {"amod"}) is not None or syn.lemma(hit.gov) in _PERFORMING_VERBS
        ):
            poss = None  # "carried out their largest air strikes yet": a new report
        if poss is None and (det is None or det.lower_ not in _ANAPHORIC):
            return False
        return self._count(hit, ctx) is None

    # ------------------------------------------------------------------------------- building

    def _build(self, hit: _Hit, ctx: _Context, article: Article) -> CounterAction | None:
        status, cue = _status(hit)
        if status is None:
            return None
        sent = ctx.sent
        doc = sent.doc
        evidence: list[Evidence] = []

        def cite(name: str, rng: syn.Range) -> None:
            start, end = rng
            evidence.append(
                Evidence(article.id, name, start, end, sent.text, doc_text(doc)[start:end])
            )

        cite("kind", (hit.start, hit.end))
        count = self._count(hit, ctx)
        if count is not None:
            cite("count", (count[0].start, count[0].end))

        actor: ActorRef | str | None = None
        actor_span = self._actor_span(hit, ctx)
        if actor_span is not None:
            actor = self._resolve(actor_span, ctx, airborne=hit.kind == "air_strike")
            cite("actor", (actor_span.start_char, actor_span.end_char))

        what_range = self._what(hit, ctx, count[1] if count is not None else None)
        what: str | None = None
        if what_range is not None:
            what = doc_text(doc)[what_range[0] : what_range[1]]
            cite("what", what_range)

        exclude = [ctx.link, ctx.speaker_range]
        if actor_span is not None:
            exclude.append((actor_span.start_char, actor_span.end_char))
        target = self._target(hit, ctx, exclude)
        target_group: ActorRef | None = None
        if target is not None:
            target_group = self.actors.ref(target[0].kb_id_)
            cite("target_group", target[1])

        place: Place | None = None
        found_place = self._place(hit, ctx, exclude)
        if found_place is not None:
            place = found_place[0]
            cite("place", found_place[1])

        date = DateValue.unknown()
        mention = _date(hit, ctx)
        if mention is not None:
            date = mention.value
            cite("date", (mention.start, mention.end))

        cite("status", (cue.idx, cue.idx + len(cue)))
        hint: str | None = None
        if ctx.link is not None:
            hint = doc_text(doc)[ctx.link[0] : ctx.link[1]]
            cite("answers_incident_hint", ctx.link)
        elif what is not None and what_range is not None and pat.PERPETRATOR_REFERENCE.search(what):
            # "detained the attacker's girlfriend": the people acted on are told by the attack
            hint = what
            cite("answers_incident_hint", what_range)
        if ctx.speaker is not None and ctx.speaker_range is not None:
            cite("said_by", ctx.speaker_range)

        return CounterAction(
            kind=hit.kind,
            article=article.id,
            date=date,
            status=status,
            count=count[0] if count is not None else None,
            what=what,
            actor=actor,
            target_group=target_group,
            place=place,
            answers_incident_hint=hint,
            said_by=ctx.speaker,
            evidence=tuple(evidence),
        )

    # -------------------------------------------------------------------------------- count

    def _count(self, hit: _Hit, ctx: _Context) -> tuple[Quantity, Span] | None:
        if hit.kind in {"law", "treaty_clause"}:
            return None
        token = hit.token
        counted_targets: set[int] = set()
        if hit.noun:
            counted_targets.add(token.i)
            of = syn.pobj(token, {"of"})
            if of is not None and hit.kind != "air_strike":
                counted_targets.add(of.i)  # "the deployment of 1,500 soldiers"
            if syn.lemma(hit.gov) in pat.PLACEMENT_VERBS:
                patient = syn.patient(hit.gov)  # "104 people were placed under house arrest"
                if patient is not None:
                    counted_targets.add(patient.i)
        elif hit.kind != "air_strike":
            patient = syn.patient(token)
            if patient is not None:
                counted_targets.add(patient.i)
        change = syn.number_change(token) if not hit.noun else None
        if change is not None:
            # "the number of soldiers deployed ... would rise from 3,000 to 7,000": the count
            # after the change
            after = [
                (quantity, span)
                for quantity, span in ctx.quantities
                if syn.is_ancestor(change, span.root) and span.start > change.i
            ]
            if after:
                return after[-1]
        for quantity, span in ctx.quantities:
            counted = syn.counted_noun(span)
            if counted.i in counted_targets:
                if any(c.dep_ == "conj" and syn.is_noun(c) for c in counted.children):
                    return None  # "three men and a woman": the number counts only the men
                return quantity, span
        if hit.noun:
            # "almost 300 house searches", "dozens of raids": the parse attaches the number
            # elsewhere
            for quantity, span in ctx.quantities:
                between = list(span.doc[span.end : hit.token.i])
                if between and between[0].lower_ == "of":
                    between = between[1:]
                if (
                    0 <= hit.token.i - span.end <= 3
                    and span.end <= hit.token.i
                    and len(between) <= 2
                    and all(t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in between)
                ):
                    return quantity, span
        return None

    # -------------------------------------------------------------------------------- actor

    def _actor_span(self, hit: _Hit, ctx: _Context) -> Span | None:
        token = hit.token
        verb: Token | None = token if not hit.noun else None
        if hit.kind == "conviction" and token.lower_ == "guilty":
            verb = hit.gov
        if hit.noun:
            modifier = self._modifier_actor(token, ctx)
            if modifier is not None:
                return modifier
            by = syn.pobj(token, {"by"})
            if by is not None:
                return syn.phrase_of_subject(by)
            if token.dep_ == "nsubj" or hit.gov is token or not syn.is_verb(hit.gov):
                return None
            verb = hit.gov
        if verb is None:
            return None
        agent = syn.agent(verb)
        if agent is not None and agent.pos_ == "PRON":
            agent = _antecedent(verb)
        if agent is None:
            return self._fallback_actor(ctx, verb)
        span = syn.phrase_of_subject(agent)
        if not self._may_act(span, ctx):
            # "injured by an airstrike", "stripped of his citizenship": a thing, not who acted
            return self._fallback_actor(ctx, verb)
        return span

    def _fallback_actor(self, ctx: _Context, verb: Token) -> Span | None:
        """A state actor of the knowledge base the sentence names, outside the speaker and
        outside a clause joined to the action's ("the two men were captured in early January,
        and US forces were given access to them": the US forces did not capture them)."""
        joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        for span in ctx.actors:
            if span.label_ not in STATE_ACTOR_TYPES:
                continue
            if syn.overlaps(span.start_char, span.end_char, [ctx.speaker_range, ctx.link]):
                continue
            if any(span.root in clause.subtree for clause in joined):
                continue
            return span
        return None

    def _modifier_actor(self, noun: Token, ctx: _Context) -> Span | None:
        """The actor written before an action noun: "US-led coalition air strikes", "police
        raids", "France's air strikes"."""
        kept = [
            m
            for m in syn.left_modifiers(noun)
            if syn.lemma(m) not in pat.NOT_ACTOR_MODIFIERS
            and syn.lemma(m) not in pat.AIR_MODIFIERS
            and m.lower_ not in pat.PRESENCE_MODIFIERS
            and not m.like_num
            and m.ent_type_ not in {"CARDINAL", "DATE", "TIME", "ORDINAL"}
        ]
        if not kept:
            return None
        doc = noun.doc
        start = min(m.left_edge.i for m in kept)
        end = max(m.right_edge.i for m in kept) + 1
        while start < end and (doc[start].lower_ in syn.DETERMINERS or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            return None
        span = doc[start:end]
        if self._perpetrator(span, ctx):
            return None
        state = any(
            a.label_ in STATE_ACTOR_TYPES and span.start <= a.start < span.end for a in ctx.actors
        )
        named = any(t.ent_type_ in {"NORP", "GPE", "ORG"} for t in span)
        authority = any(syn.lemma(t) in pat.AUTHORITY_NOUNS for t in span)
        return span if state or named or authority else None

    def _resolve(self, span: Span, ctx: _Context, *, airborne: bool = False) -> ActorRef | str:
        """The knowledge-base actor a phrase names, else the phrase as written. A demonym
        alone before an air strike ("Russian air raids") is that country's military."""
        for actor in ctx.actors:
            if actor.label_ in STATE_ACTOR_TYPES and span.start <= actor.start < span.end:
                return self.actors.ref(actor.kb_id_)
        record = self.actors.lookup(span.text)
        if record is not None and record.type in STATE_ACTOR_TYPES:
            return record.ref
        head = syn.lemma(span.root)
        demonym = next((t for t in span if t.ent_type_ == "NORP" or t.tag_ == "NNPS"), None)
        if demonym is not None:
            words = {syn.lemma(t) for t in span}
            if airborne and len(span) == 1:
                words.add("military")
            for nouns, word in ((pat.MILITARY_NOUNS, "military"), (pat.POLICE_NOUNS, "police")):
                if head in nouns or words & nouns:
                    record = self.actors.lookup(f"{demonym.text} {word}")
                    if record is not None:
                        return record.ref
        return span.text

    def _may_act(self, span: Span, ctx: _Context) -> bool:
        """Whether a subject or agent phrase can name who acted: an actor of the knowledge base,
        a name, an authority or armed force, or people ("lawmakers", "the boy's family" not)."""
        if any(span.start <= a.start < span.end for a in ctx.actors):
            return True
        if any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in span):
            return True
        if span.root.pos_ == "PROPN":
            return True
        return syn.lemma(span.root) in pat.AUTHORITY_NOUNS | pat.ACTING_NOUNS

    def _perpetrator(self, span: Span, ctx: _Context) -> bool:
        """Whether a subject phrase names the perpetrators' side ("gunmen", "Boko Haram")."""
        for actor in ctx.actors:
            if span.start <= actor.start < span.end:
                return actor.label_ not in STATE_ACTOR_TYPES
        return syn.lemma(span.root) in pat.PERPETRATOR_NOUNS

    def _authority(self, span: Span, ctx: _Context) -> bool:
        if any(
            a.label_ in STATE_ACTOR_TYPES and span.start <= a.start < span.end for a in ctx.actors
        ):
            return True
        return any(syn.lemma(t) in pat.AUTHORITY_NOUNS for t in span)

    def _forces(self, patient: Token, ctx: _Context) -> bool:
        """Whether what is deployed is troops, police or aircraft."""
        # "thousands of troops": what the amount counts
        if patient.like_num or patient.ent_type_ == "CARDINAL":
            counted = syn.pobj(patient, {"of"})
            patient = counted if counted is not None else patient
        # "two more Tornados and six Typhoon jets": one of the things listed names aircraft
        for token in (patient, *(c for c in patient.children if c.dep_ == "conj")):
            if syn.lemma(token) in pat.FORCE_NOUNS or token.lower_ in pat.FORCE_NOUNS:
                return True
        phrase = syn.phrase_of_subject(patient)
        return any(
            a.label_ in {"military", "police"} and phrase.start <= a.start < phrase.end
            for a in ctx.actors
        )

    def _group_in(self, token: Token, ctx: _Context) -> bool:
        sub = [t.i for t in token.subtree]
        return any(
            a.label_ not in STATE_ACTOR_TYPES and min(sub) <= a.start <= max(sub)
            for a in ctx.actors
        )

    # --------------------------------------------------------------------------------- what

    def _what(self, hit: _Hit, ctx: _Context, count: Span | None) -> syn.Range | None:
        token, kind = hit.token, hit.kind
        doc = token.doc
        head: Token | None = None
        keep_clauses = False
        if kind == "treaty_clause":
            return _treaty_clause(ctx.sent, token)
        if kind == "law":
            if syn.lemma(token) == "state":
                return _trimmed(doc, token.left_edge.i, syn.pobj(token, {"of"}) or token)
            head, keep_clauses = token, True
        elif kind in {"seizure", "deployment"}:
            head = syn.pobj(token, {"of"}) if hit.noun else syn.patient(token)
        elif kind == "arrest":
            # who was arrested, as the article names them; a pronoun names no one
            head = syn.pobj(token, {"of"}) if hit.noun else syn.patient(token)
            if head is not None and head.pos_ == "PRON":
                return None
        elif kind == "air_strike":
            head = self._strike_target(hit)
        elif kind == "charge":
            head = token if hit.noun else syn.pobj(token, {"with", "over"})
        elif kind == "conviction":
            head = syn.pobj(token, {"of", "for", "over"})
        elif kind == "sentence":
            if hit.noun:
                head = token
            else:
                head = syn.pobj(token, {"to", "for"})
                if head is not None:
                    return self._sentence_terms(token, head, ctx)
        elif kind == "other":
            if hit.noun:
                return hit.start, hit.end
            head = syn.patient(token)
        if head is None or head.ent_type_ in {"DATE", "TIME"}:
            return None  # "strikes on Saturday" names no target
        if syn.inside(head.idx, head.idx + len(head), [(d.start, d.end) for d in ctx.dates]):
            return None
        rng = self._phrase(head, ctx, keep_clauses=keep_clauses)
        if rng is None:
            return None
        start, end = rng
        if count is not None and start <= count.start_char < end:
            # the count has its own field: "troops", not "10,000 troops"
            after = count.end_char
            while after < end and doc_text(doc)[after].isspace():
                after += 1
            if doc_text(doc).startswith("of ", after):
                after += 3  # "thousands of troops": "troops"
            start = after if after < end else start
        return (start, end) if start < end else None

    def _strike_target(self, hit: _Hit) -> Token | None:
        token, gov = hit.token, hit.gov
        if not hit.noun:
            return syn.patient(token)
        target = syn.pobj(token, {"on", "against"})
        if target is not None:
            return target
        if token.dep_ == "nsubj" and syn.is_verb(gov) and gov is not token:
            # "air strikes hit positions", not "air strikes killed 30 civilians"
            return (
                syn.child_of(gov, {"dobj"}) if syn.lemma(gov) in pat.STRIKE_TARGET_VERBS else None
            )
        if syn.is_verb(gov) and gov is not token:
            target = syn.pobj(gov, {"on", "against"}, dated=True)
            if target is not None:
                return target
        for child in token.children:
            if child.dep_ in {"acl", "relcl"} and syn.lemma(child) in {"target", "hit"}:
                return syn.child_of(child, {"dobj"})
        return None

    def _sentence_terms(self, verb: Token, term: Token, ctx: _Context) -> syn.Range | None:
        """ "to 12 years in prison", "for life": the terms, with "in prison" after them."""
        rng = self._phrase(term, ctx)
        if rng is None:
            return None
        start, end = rng
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "behind"} and child.idx >= end:
                obj = syn.child_of(child, {"pobj"})
                if obj is not None and syn.lemma(obj) in {"prison", "jail", "bar", "bars"}:
                    gap = doc_text(verb.doc)[end : child.idx]
                    if not gap.strip():
                        end = obj.idx + len(obj)
        return start, end

    def _phrase(
        self, head: Token, ctx: _Context, *, keep_clauses: bool = False
    ) -> syn.Range | None:
        """The noun phrase of ``head`` as written, without relative clauses, appositions and
        trailing place or date phrases ("Islamic State positions", not "... near Raqqa")."""
        doc = head.doc
        cut: set[int] = set()
        place_ranges = [(p.start_char, p.end_char) for p in ctx.places]
        date_ranges = [(d.start, d.end) for d in ctx.dates]
        for token in head.subtree:
            if token is head:
                continue
            drop = (
                token.dep_ in {"relcl", "appos"}
                or (token.dep_ in {"acl", "advcl"} and not keep_clauses)
                # "a 17-year-old friend of his overnight": when, not who
                or (token.dep_ in {"advmod", "npadvmod"} and token.lower_ in pat.TIME_ADVERBS)
            )
            if token.dep_ == "prep" and token.lower_ in pat.LOCATIVE | {"on", "since", "until"}:
                sub = list(token.subtree)
                lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
                drop = (
                    drop or syn.overlaps(lo, hi, place_ranges) or syn.overlaps(lo, hi, date_ranges)
                )
            if drop:
                cut.update(t.i for t in token.subtree)
        start, end = head.left_edge.i, head.right_edge.i
        after = [i for i in cut if i > head.i]
        before = [i for i in cut if i < head.i]
        if after:
            end = min(after) - 1
        if before:
            start = max(before) + 1
        while end > head.i and doc[end].lower_ in pat.TIME_ADVERBS:
            end -= 1  # "a friend of his overnight", parsed as "his overnight"
        return _trimmed(doc, start, doc[end])

    # ------------------------------------------------------------------------------- target

    def _target(
        self, hit: _Hit, ctx: _Context, exclude: Sequence[syn.Range | None]
    ) -> tuple[Span, syn.Range] | None:
        groups = [a for a in ctx.actors if a.label_ not in STATE_ACTOR_TYPES]
        if not groups:
            return None
        token, gov = hit.token, hit.gov
        heads: list[Token] = []
        if hit.noun:
            heads.extend(t for t in (syn.pobj(token, {"of", "against", "on"}),) if t is not None)
            if syn.is_verb(gov) and gov is not token:
                patient = syn.patient(gov)
                if patient is not None and patient is not token:
                    heads.append(patient)
                heads.extend(t for t in (syn.pobj(gov, {"against", "on"}),) if t is not None)
        else:
            patient = syn.patient(token)
            if patient is not None:
                heads.append(patient)
            heads.extend(t for t in (syn.pobj(token, {"against", "on"}),) if t is not None)
        region: set[int] = set()
        for head in heads:
            region.update(t.i for t in head.subtree)
        for group in groups:
            if group.start in region:
                return group, _group_phrase(group)
        for group in groups:
            if not syn.overlaps(group.start_char, group.end_char, exclude):
                return group, _group_phrase(group)
        return None

    # -------------------------------------------------------------------------------- place

    def _place(
        self, hit: _Hit, ctx: _Context, exclude: Sequence[syn.Range | None]
    ) -> tuple[Place, syn.Range] | None:
        doc = ctx.sent.doc
        actor_ranges = [(a.start_char, a.end_char) for a in ctx.actors]
        # "arrested a man in Dover ..., and were searching a house in Sunbury": a verb joined
        # by "and" is another act with its own place
        other_acts = {
            t.i
            for child in hit.gov.children
            if child.dep_ == "conj" and syn.is_verb(child) and child is not hit.token
            for t in child.subtree
        }
        clause = ({t.i for t in hit.gov.subtree} | {t.i for t in hit.token.subtree}) - other_acts
        # "launched raids ..., three days after a teacher was beheaded ... in Conflans": the
        # place of the attack the action follows is not the action's
        before = _attack_told_after(ctx.sent)
        # "arrested the driver, a doctor who had lived in Germany since 2006": a relative
        # clause tells about someone, not where the act was
        # , nor does a participle telling who someone is ("a 37-year-old man born in Turkey")
        before += [
            syn.chars(doc, t.left_edge.i, t.right_edge.i)
            for t in ctx.sent
            if (t.dep_ == "relcl" or (t.dep_ == "acl" and syn.lemma(t) in pat.ABOUT_SOMEONE))
            and not (t.left_edge.i <= hit.token.i <= t.right_edge.i)
        ]
        ranked: list[tuple[int, int, int, PlaceMention]] = []
        for mention in ctx.places:
            if syn.overlaps(mention.start_char, mention.end_char, [*exclude, *actor_ranges]):
                continue
            if any(s <= mention.start_char < e for s, e in before):
                continue
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is None or len(span) == 0 or not _after_locative(span):
                continue
            in_clause = int(span.start in clause)
            distance = abs(mention.start_char - hit.start)
            rank = _PRECISION_RANK[mention.place.precision]
            ranked.append((in_clause, rank, -distance, mention))
        if not ranked:
            return None
        best_clause = max(r[0] for r in ranked)
        pool = [r for r in ranked if r[0] == best_clause]
        cities = {r[3].place.name for r in pool if r[3].place.precision in {"city", "site"}}
        if len(cities) >= 2:
            countries = {r[3].place.country for r in pool}
            code = next(iter(countries)) if len(countries) == 1 else None
            country = self.gazetteer.country(code) if code else None
            if country is None:
                return None
            first = min(r[3].start_char for r in pool)
            last = max(r[3].end_char for r in pool)
            return country, (first, last)
        if not cities and len({r[3].place.country for r in pool}) >= 2:
            return None  # "in Iraq and Syria": no one place
        best = max(pool, key=lambda r: (r[1], r[2]))[3]
        best_span = doc.char_span(best.start_char, best.end_char, alignment_mode="expand")
        if best_span is not None and listed_with_other_places(best_span):
            return None  # "most of them in Britain, France and Spain"
        return best.place, (best.start_char, best.end_char)


# --- module helpers ---------------------------------------------------------------------------


def _attack_told_after(sent: Span) -> list[syn.Range]:
    """Character ranges of the clauses that tie the sentence to an earlier attack by time
    ("three days after a history teacher was beheaded outside his school in ...")."""
    found: list[syn.Range] = []
    for token in sent:
        if token.lower_ not in {"after", "following"} or token.dep_ not in {"prep", "mark"}:
            continue
        clause = list(token.head.subtree) if token.dep_ == "mark" else list(token.subtree)
        if any(syn.lemma(t) in _ATTACK_LEMMAS for t in clause):
            found.append(syn.chars(sent.doc, clause[0].i, clause[-1].i))
    return found


def _antecedent(verb: Token) -> Token | None:
    """The subject a pronoun stands for in "France announced it would deploy": the noun subject
    of the statement verb the action is reported under."""
    node = verb
    for _ in range(4):
        if node.dep_ not in {"ccomp", "conj", "xcomp", "advcl"} or node.head is node:
            return None
        node = node.head
        subject = syn.child_of(node, {"nsubj"})
        if subject is not None and subject.pos_ != "PRON" and syn.lemma(node) in _STATEMENT_VERBS:
            return subject
    return None


def _trimmed(doc: Doc, start: int, last: Token) -> syn.Range | None:
    end = last.i
    while start <= end and (doc[start].is_punct or doc[start].pos_ == "CCONJ"):
        start += 1
    while end >= start and (doc[end].is_punct or doc[end].pos_ in {"CCONJ", "ADP", "DET"}):
        end -= 1
    if start > end:
        return None
    return syn.chars(doc, start, end)


def _is_person(token: Token) -> bool:
    return (
        token.ent_type_ in _PEOPLE_ENTITIES
        or syn.lemma(token) in pat.PERSON_NOUNS
        or token.lower_ in pat.PERSON_NOUNS
    )


def _names_person(token: Token) -> bool:
    """A person, or a name in apposition with one ("Kotey, a father of two")."""
    return _is_person(token) or any(_is_person(c) for c in token.children if c.dep_ == "appos")


def _group_phrase(group: Span) -> syn.Range:
    """The phrase naming the targeted members: "suspected Islamic State members"."""
    doc = group.doc
    root = group.root
    head = root.head
    if (
        root.dep_ in {"compound", "amod", "nmod", "poss"}
        and syn.is_noun(head)
        and head.i >= group.end
    ):
        mods = [c for c in head.lefts if c.dep_ not in {"det", "nummod", "quantmod", "predet"}]
        start = min([group.start, *(m.left_edge.i for m in mods)])
        while doc[start].like_num or doc[start].lower_ in syn.DETERMINERS:
            start += 1
        return syn.chars(doc, start, head.i)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and syn.is_noun(root.head.head):
        owner = root.head.head  # "members of Islamic State"
        if owner.i < group.start:
            return syn.chars(doc, owner.i, group.end - 1)
    return group.start_char, group.end_char


def _after_locative(span: Span) -> bool:
    doc = span.doc
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in pat.PLACE_SKIP_BEFORE:
        i -= 1
    if i < span.sent.start:
        return False
    if doc[i].lower_ in pat.LOCATIVE:
        return True
    if not any(t.lower_ == "of" for t in doc[i + 1 : span.start]):
        return False
    # "in the port area of Dover": a locative phrase whose noun the place is "of"
    j = i
    while j >= max(span.sent.start, i - 3) and doc[j].pos_ in {"DET", "ADJ", "NOUN"}:
        j -= 1
    return j < i and j >= span.sent.start and doc[j].lower_ in pat.LOCATIVE


def _treaty_clause(sent: Span, verb: Token) -> syn.Range | None:
    matches = list(pat.TREATY_CLAUSE.finditer(sent.text))
    if not matches:
        return None
    best = min(matches, key=lambda m: abs(sent.start_char + m.start() - verb.idx))
    return sent.start_char + best.start(), sent.start_char + best.end()


def _date(hit: _Hit, ctx: _Context) -> DateMention | None:
    """The resolved date nearest the action word, skipping statement dates, period bounds and
    dates inside the incident link."""
    text = doc_text(ctx.sent.doc)
    lo = ctx.sent.start_char
    found: list[DateMention] = []
    for mention in ctx.dates:
        if mention.value.precision == "unknown":
            continue
        if syn.overlaps(mention.start, mention.end, [ctx.link]):
            continue
        before = text[max(lo, mention.start - 40) : mention.start]
        if pat.SPEECH_BEFORE_DATE.search(before) or pat.PERIOD_BEFORE_DATE.search(before):
            continue
        if mention.text.lower().split()[0] in {"since", "until", "till", "before", "by", "from"}:
            continue
        found.append(mention)
    if not found:
        return None
    # "X was taken into custody on Christmas Eve, and police arrested three people on
    # Saturday": a date of the action's own clause before a nearer one of the clause beside it
    own = [m for m in found if syn.in_clause(m.start, hit.gov)]
    if not own and hit.gov.dep_ == "acl":
        return None  # "hanged on Wednesday a woman convicted over a 2005 bombing": not its day
    return min(own or found, key=lambda m: min(abs(m.start - hit.start), abs(m.end - hit.end)))


def _standing_count(verb: Token) -> bool:
    """Whether a participle describes many people counted as they stand ("at least 20,000
    foreigners detained in north-east Syria"): the figures extractor reports the count."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    noun = verb.head
    numbers = [c for c in noun.children if c.dep_ == "nummod"]
    if not numbers:
        return False
    words = " ".join(t.text for t in numbers[0].subtree)
    found = find_quantities(words)
    size = max((q.value or q.minimum or 0) for q in found) if found else 0
    return size >= RAID_SIZE  # more than one operation takes: their state


def _generic_people(verb: Token) -> bool:
    """Whether a participle describes a kind of people ("people convicted of terrorism
    offences", "offenders sentenced to ..."), not people the article reports on."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.tag_ == "NNS"
        and not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children)
    )


def _describes_people_acted_on(verb: Token) -> bool:
    """Whether a participle describes the people another action befalls ("deported 28 Afghan
    nationals convicted of crimes"): their past, not news."""
    noun = verb.head
    above = noun.head
    return (
        verb.dep_ == "acl"
        and noun.dep_ in {"dobj", "nsubjpass"}
        and syn.is_verb(above)
        and syn.lemma(above) in pat.VERB_TRIGGERS
        and pat.VERB_TRIGGERS[syn.lemma(above)] not in {"conviction", "sentence", "charge"}
    )


def _status(hit: _Hit) -> tuple[ActionStatus | None, Token]:
    """ "carried out" or "announced", with the word that says so; ``None`` for a negated or
    hypothetical action (it is not reported)."""
    token, gov = hit.token, hit.gov
    for node in {token, gov}:
        for child in node.children:
            if child.dep_ == "neg" or (
                child.dep_ in {"det", "advmod"} and child.lower_ in pat.NEGATORS
            ):
                return None, child
    patient = None if hit.noun else syn.patient(token)
    if patient is None and not hit.noun and token.dep_ == "acl":
        patient = token.head  # "anyone convicted of ...": a pronoun the participle modifies
    if patient is not None and (
        patient.lower_ in {"nobody", "none", "nothing", "no-one", "anyone", "anybody", "whoever"}
        or (patient.lower_ == "one" and syn.child_of(patient, {"det"}, {"no"}) is not None)
    ):
        return None, patient  # "nobody was arrested", "no one has been charged", "anyone convicted"
    if hit.noun:
        if syn.lemma(gov) in pat.CONDITIONAL_ADJECTIVES:
            return None, gov  # "will be subject to deportation"
        above = token.head.head if token.dep_ == "pobj" else token.head
        if above is not token and syn.lemma(above) in pat.UNREALISED_HEADS:
            return None, above  # "to prevent airstrikes", "the risk of extradition"
        for child in token.lefts:
            if child.lower_ in pat.POSSIBLE_MODIFIERS:
                return None, child
            if child.lower_ in pat.PLANNED_MODIFIERS:
                return "announced", child
    elif token.dep_ == "acl" and syn.is_noun(token.head) and syn.child_of(token, {"aux"}, {"to"}):
        if syn.lemma(token.head) not in pat.PLAN_NOUNS:
            return None, token.head  # "the power to detain terrorists", "efforts to extradite"
        if any(c.lower_ in pat.NEGATORS for c in token.head.children):
            return None, token.head  # "has no plans to send further forces"
        return "announced", token.head
    announced: Token | None = None
    verb: Token | None = gov if syn.is_verb(gov) else None
    change = syn.number_change(token)
    if change is not None:
        verb = change  # "the number of soldiers deployed ... would rise": the rise is told
    chain: list[Token] = []
    while verb is not None and len(chain) < 4:
        chain.append(verb)
        if verb.dep_ == "conj" and syn.is_verb(verb.head) and not syn.has_aux(verb):
            verb = verb.head
        elif verb.dep_ == "xcomp" and syn.is_verb(verb.head):
            head = verb.head
            if syn.lemma(head) in pat.NEGATING_VERBS | pat.HYPOTHETICAL_VERBS:
                return None, head
            if syn.lemma(head) in pat.PLAN_VERBS and announced is None:
                announced = head
            verb = head
        else:
            verb = None
    for node in chain:
        for child in node.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "advmod" and low in {"never", "not"}):
                return None, child
            if child.dep_ in {"aux", "auxpass"} and low in pat.HYPOTHETICAL_MODALS:
                if (
                    low in {"can", "ca"}
                    and syn.child_of(node, {"mark"}, {"so", "that"}) is not None
                ):
                    announced = announced or child  # "a warrant so it can seize": the aim
                    continue
                return None, child
            if child.dep_ == "mark" and low in {"if", "unless", "whether", "since"}:
                return None, child  # hypothetical, or a time reference ("since ... declared")
            if child.dep_ in {"aux", "auxpass"} and low in pat.FUTURE_MODALS and announced is None:
                announced = child
        if node.dep_ in {"ccomp", "xcomp"} and syn.lemma(node.head) in {"deny", "refuse"}:
            return None, node.head
        if (
            node.dep_ == "ccomp"
            and syn.lemma(node.head) in pat.HYPOTHETICAL_VERBS
            and syn.child_of(node, {"aux"}, {"to"}) is not None
        ):
            return None, node.head  # "allows Britain to revoke ..."
    if announced is not None:
        return "announced", announced
    if hit.noun and syn.is_verb(gov) and gov is not token:
        glemma = syn.lemma(gov)
        if glemma in pat.PLAN_NOUN_GOVERNORS or (
            hit.kind == "law" and glemma in pat.LAW_VERBS_PLANNED
        ):
            return "announced", gov
        if glemma == "announce" and hit.kind in pat.ANNOUNCE_PLANS:
            return "announced", gov
    return "carried out", gov
