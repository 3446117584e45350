"""Counter-terrorism actions a news sentence reports, each field with its evidence.

An *action* is something the authorities do about terrorism: arrests, raids and searches,
seizures, air strikes, deployments of troops or aircraft, charges, convictions and sentences, new
laws (and states of emergency), treaty clauses invoked, expulsions, and a few other measures
(house arrest, asset freezes, border controls, closing mosques, banning groups, extraditions,
repatriations of citizens from conflict zones).
The word lists live in :mod:`veille.extract.action_patterns`; the fields are found by
:mod:`~veille.extract.action_actors` (actor, target group), :mod:`~veille.extract.action_objects`
(count, what), :mod:`~veille.extract.action_context` (place, date) and
:mod:`~veille.extract.action_status` (status), which read the parse with
:mod:`~veille.extract.action_syntax`.

Input: a spaCy ``Doc`` that went through veille's pipeline (``veille_actors``, ``veille_dates``,
``veille_places``) and its :class:`~veille.models.Article`. Output: :class:`CounterAction`
records, in text order. Rules:

1. **Action words.** A verb ("arrested", "deployed", "bombed") or a noun ("127 arrests", "air
   strikes", "a law") names the action. Words that need more are checked against their sentence:
   "bombed", "struck", "hit" are air strikes only when aircraft, a coalition or a state military
   does it; "deployed", "sent" need troops, police or aircraft; "charged" needs "with" or "over";
   "a law" needs a verb that passes or plans it ("a law passed in 2015" is told by its passing);
   "invoked" or "applied" needs a treaty clause,
   and a clause declared to cover an attack ("confirmed that the attacks were an attack on all
   19 allies under Article 5") is invoked by who declared it, on the day they did; "held" needs
   a court or official ordering it ("ordered five suspects held for 30 days"); "dismissed" needs
   a security chief ("head of the transport police"); "attacked" needs aircraft and a target;
   "patrolled" needs police or troops, and not a standing presence ("have patrolled ... since
   January 2015"); "dismantled" needs the authorities and one cell or network; "made ...
   punishable" (or "a crime"), "criminalised" and "outlawed" are laws of a state; people
   "seized" ("seized two others in raids") are arrested; people a state "brought home",
   "brought back", "brought ... out of Syria", "repatriated" or "flown home" are a repatriation
   (kind other), not what a company or smugglers bring, nor a rescue "out of the compound";
   a court that "acquitted" people in a terrorism case gives a verdict of kind other (not when
   the same court "sentenced ..., but acquitted him of" a count); a suspect "caught" is arrested,
   whoever caught him.
2. **Wrong readings are dropped**: fixed phrases ("Arrested Development", "search engine",
   "in charge", "cardiac arrest", "seized on", "in search of"), fiction contexts ("in the film"),
   halting a trend ("arrested their slide"), rescue searches ("searched for survivors"), searches
   that are not police ones ("drones circled, searching for targets", "the search for a
   committee": a search needs something searched, a searcher such as police or troops, or words
   such as "house", "police" or a count), medical seizures, explosive charges, descriptions ("a
   convicted terrorist", "the seized weapons", "mothers detained in the camps", "dead or
   imprisoned militants"), states told in the present passive outside the headline ("their
   father is detained in a camp", "2,000 US troops are stationed"), house arrest that is a
   condition rather than an order ("are under house arrest", "freed from house arrest"), and
   acts of the perpetrators ("gunmen raided a village", "militants seized the town", "were
   targeted, expelled and killed by Isis"). A "strike by French forces" is a military strike;
   a strike by workers is not. Tallies are figures, not acts: "has detained a total of 900", "two
   men have so far been charged", large counts "since" a time or over a year ("388 people were
   arrested ... in 2021"), "over 800 Isis fighters that we captured", counted arrests ("most
   jihadist arrests were made in France", "the number of arrests", "reported ... 185 arrests",
   "arrested ... in nine member states"). Charges,
   convictions, sentences, laws and expulsions count only in a sentence about terrorism or
   political violence, or right after one, or right before one that adds an offence ("was also
   charged with preparing acts of terrorism") (a cue word such as "terror", "bomb", "Isis",
   "propaganda", "state of emergency", or a non-state armed group): a harassment conviction or
   an immigration bill is not a counter-terrorism action.
3. **Negated and hypothetical actions are not actions**: "the police did not make any arrests",
   "no arrests have been made", "denied raiding", "failed to arrest", "police could carry out
   raids", "if troops are deployed", "need to be detained", "expect to detain", "subject to
   deportation"; so is what someone wants, asks of others, threatens or tries ("threatened to
   send his forces", "called for the OPCW to deploy", "attempted to extradite", "advocated air
   strikes", "Ankara's demand for the extradition"); so is an action in a "since" clause, a time
   reference
   ("searches since the state of emergency was declared"). **Plans are kept with status
   "announced"**: "troops will / would be deployed", "plans to introduce a bill", "ordered the
   deployment", "a draft law", "struck a deal in spring to repatriate"; everything else is
   "carried out". "announced 23 arrests" reports
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
   the country; where someone only tried to go ("acquitted ... for trying to cross into
   Syria") is no place of the act. ``date`` is the resolved date nearest the action word,
   skipping statement dates ("prosecutors said on Sunday", "said earlier on Wednesday that two
   men had been detained"), period bounds ("since Friday"), dates inside the incident link and
   those of a clause joined with a subject of its own ("the presidency announced nine arrests,
   and on Saturday a spokesman said ..."); unknown when none. (The service dates "A day after
   the attack the presidency announced nine arrests" from the article's one attack.)
   ``answers_incident_hint`` is a phrase tying the action to an incident ("after the Paris
   attacks", "in connection with the Brussels bombings"). ``said_by`` is who the sentence
   attributes it to.
5. **One action per mention.** Within a sentence, an action noun under a word of the same kind
   is the same action ("warplanes bombed ... in a series of air strikes"); an action noun with a
   definite article or a possessive and no count after an action of its kind ("the arrests",
   "following his arrest", "Osman's arrest was the result of close cooperation") refers back to
   it and adds nothing, and does not date it when a vote or approval governs it ("Parliament
   approved the deployment ... on Oct. 2"). One action told twice (two words
   in one sentence, or the same count or day in two sentences) is merged by
   :mod:`veille.extract.action_repeats`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..models import ActorRef, Article, DateValue, Evidence, Place, Quantity
from ..nlp.actors import ActorKB
from ..nlp.dates import DateMention
from ..nlp.numbers import find_quantities
from ..nlp.places import Gazetteer, PlaceMention, default_gazetteer
from ..nlp.text import doc_text
from . import action_patterns as pat
from . import action_syntax as syn
from .action_actors import actor_of, is_authority, is_perpetrator, resolve, target_of
from .action_context import Context, Hit, date_of, place_of, sentence_context
from .action_objects import count_of, what_of
from .action_patterns import ActionKind, ActionStatus
from .action_repeats import merge_repeats, merge_telling
from .action_status import status_of
from .action_verbs import (
    a_first_time,
    a_team_moved_in,
    an_attacker_gave_up,
    arrested_before,
    brought_home,
    by_a_party,
    conditional,
    court_custody,
    custody_of_the_ones_held,
    describes_people,
    describes_people_acted_on,
    flown,
    generic_people,
    how_many,
    killed_by_the_forces,
    ordinary_offence,
    present_state,
    share_of_people,
    standing_count,
    the_ones_held,
    with_the_others,
)
from .headline import drop_headline_repeats, headline_end
from .lexicon import ATTACKER_NOUNS, KILL_WORDS, RAID_SIZE, STATE_ACTOR_TYPES, TRIGGER_LEMMAS
from .trigger_air import shelled_by_forces

__all__ = ["ActionExtractor", "ActionKind", "ActionStatus", "CounterAction"]

_ANAPHORIC = frozenset({"the", "these", "those", "such", "this"})
_PERFORMING_VERBS = frozenset({"carry", "launch", "conduct", "step", "intensify", "make"})
_TIME_NOUNS = frozenset({"night", "week", "weekend", "day", "morning", "evening", "month"})
_PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})


# Who storms a building without being an authority, whoever they follow
# What police or troops break through to end a siege ("tried to breach an outside wall")
_BARRIERS: Final = frozenset({"wall", "door", "gate", "building", "perimeter", "barricade"})
_CROWDS: Final = frozenset(
    {"supporter", "follower", "protester", "rioter", "demonstrator", "mob", "crowd", "militant"}
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


def _all_of_them(patient: Token | None) -> bool:
    """ "We detained all those we have been looking for": the people arrested, told again."""
    if patient is None:
        return False
    return patient.lower_ in {"everyone", "everybody"} or (
        patient.lower_ in {"those", "them", "all"}
        and (
            patient.lower_ == "all" or syn.child_of(patient, {"det", "predet"}, {"all"}) is not None
        )
    )


def _kind_word(action: CounterAction) -> str:
    return next((e.text.lower() for e in action.evidence if e.field == "kind"), "")


def _governments_at_large(verb: Token) -> bool:
    """Whether the verb's doers are many states at once ("Several European governments have
    tightened security"): a trend, not one authority's act."""
    # "prompted several European governments to step up security": the object of the verb
    # the infinitive hangs on does it
    told = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    agent = told if verb.dep_ == "xcomp" and told is not None else syn.agent(verb)
    return agent is not None and agent.tag_ == "NNS" and agent.lemma_ in {"government", "country"}


_SHARES: Final = frozenset({"many", "most", "some", "half", "all", "none", "majority", "several"})


def _share_of_a_tally(noun: Token) -> bool:
    """Whether the plural action noun is what a share is of ("Many of the arrests", "most of
    the raids"): a part of a tally told before, no act of its own."""
    return (
        noun.tag_ == "NNS"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ in _SHARES
    )


_TERM_AFTER: Final = re.compile(
    r"(?i)\bto (?:death|life\b|(?:\w+ )?(?:years?|months?)\b|prison|jail|\d+ years?)"
)
"""The penalty of "sentenced": "to death", "to life in prison", "to 12 years"."""
_POWER_NOUNS: Final = frozenset({"power", "powers", "authority", "right", "mandate"})
_WARRANT_NOUNS: Final = frozenset({"warrant", "warrants", "order", "orders"})


# Aircraft that strike when they kill: a state's jets, not drones (militants fly them too) nor
# a coalition's tally of its war.
_KILLING_AIRCRAFT = pat.AIR_NOUNS - {"drone", "coalition"}


def _arms_found(patient: Token, objects: set[str]) -> bool:
    """Whether what was found is arms or bomb-making material ("a nail bomb, chemicals",
    "ammonium nitrate, other bomb-making materials"; not "written material")."""
    if objects & pat.FOUND_ARMS:
        return True
    if syn.lemma(patient) in {"cache", "stockpile", "arsenal", "haul"}:
        # "a large cache of explosives and weapons": what the cache holds
        held = syn.pobj(patient, {"of"})
        if held is not None:
            kinds = {syn.lemma(held)} | {syn.lemma(c) for c in held.conjuncts}
            return bool(kinds & pat.FOUND_ARMS)
    described = syn.subtree_text(patient).lower()
    return bool(objects & {"material", "chemical"}) and (
        "bomb" in described or "explos" in described
    )


def _pending_trial(verb: Token) -> bool:
    """Whether "jailed" is followed by "pending trial": a remand in custody."""
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 3]]
    return after == ["pending", "trial"]


def _finding_guilty(token: Token) -> Token | None:
    """The verb that finds someone guilty, when ``token`` is "guilty": "was found guilty",
    "pleaded guilty" (a conviction by the plea), or "found Meliad Farah, 39, ..., and Hassan El
    Hajj Hassan, 32, ..., guilty as accomplices", where the parser hangs "guilty" on the last
    person found."""
    if token.lower_ != "guilty":
        return None
    if syn.lemma(token.head) in {"find", "plead"}:
        return token.head
    if token.dep_ != "amod":
        return None
    person = token.head
    while person.dep_ == "conj" and person.head is not person:
        person = person.head
    if person.dep_ == "dobj" and syn.lemma(person.head) == "find":
        return person.head
    return None


def _aircraft_strike_in(sentence: Span) -> bool:
    """Whether aircraft strike something in the sentence: "three further raids were carried out
    in the Derna area ..., and a resident said aircraft had hit the Dahr al-Hamar district" tells
    raids from the air."""
    return any(
        token.dep_ in {"nsubj", "nsubjpass"}
        and token.lemma_.lower() in pat.AIR_NOUNS
        and token.head.lemma_.lower() in pat.STRIKE_TARGET_VERBS
        for token in sentence
    )


def _emergency_rule(token: Token) -> bool:
    """ "martial law", "a state of emergency": rule by exception, declared against violence."""
    if token.lower_ == "law":
        return any(c.lower_ == "martial" for c in token.children)
    return token.lower_ == "state" and (syn.pobj(token, {"of"}) or token).lower_ == "emergency"


def _infinitive_of(verb: Token) -> str | None:
    """The noun an infinitive verb completes ("powers to detain", "warrants to detain"), lower
    case, or ``None``."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.dep_ not in {"acl", "relcl", "xcomp", "advcl"}:
        return None
    if verb.dep_ == "advcl":
        # "issued warrants to detain": the parse may hang the infinitive on the verb, the
        # noun it completes right before it
        noun = verb.doc[to.i - 1] if to.i > 0 else None
        return noun.lower_ if noun is not None and noun.pos_ == "NOUN" else None
    head = verb.head
    return head.lower_ if head.pos_ == "NOUN" else None


def _under_mental_health_law(verb: Token) -> bool:
    """Whether the verb holds someone under a mental health law ("detained under the Mental
    Health Act")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "under" and "mental health" in syn.subtree_text(c).lower()
        for c in verb.children
    )


def _the_air_strike_told_before(noun: Token) -> bool:
    """Whether "the strike" names an air strike the article told before ("A U.S. drone strike
    in northwest Syria killed ...", then "The strike on Tuesday targeted two senior officials")."""
    if noun.tag_ != "NN" or syn.child_of(noun, {"det"}, {"the", "this", "that"}) is None:
        return False
    before = noun.doc[max(0, noun.sent.start - 60) : noun.sent.start]
    return any(
        syn.lemma(t) in {"strike", "airstrike"}
        and any(syn.lemma(m) in pat.AIR_NOUNS | pat.AIR_MODIFIERS for m in t.lefts)
        for t in before
    )


def _jailed_pending_trial(headline: CounterAction, body: Sequence[CounterAction]) -> bool:
    """A headline's "six jailed in Spain" where the body tells the six "remanded in custody"
    and no sentence: held to await trial, which the body's custody order already reports."""
    if headline.kind != "sentence" or _kind_word(headline) not in {"jailed", "jail", "jails"}:
        return False
    if any(a.kind in {"sentence", "conviction"} for a in body):
        return False
    return any(a.kind == "other" and "custody" in _kind_word(a) for a in body)


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
        sentences = [sent for sent in doc.sents if sent.text.strip()]
        end = headline_end(doc, article)
        # "pleaded guilty on Tuesday to three counts of attempted murder", in a report whose
        # lead sentenced him for crimes with "a terrorist connection": the trial's report
        opening = [s for s in sentences[:5] if s.start_char >= end and len(s) > 8][:1]
        lead = [s for s in opening if pat.COURT_REPORT.search(s.text)]
        # "Philippine military helicopters fired rockets at Islamist militants ...": martial
        # law or a state of emergency declared in a report that opens on political violence
        violent_report = any(pat.TERROR_CUE.search(s.text) for s in opening)
        for index, sent in enumerate(sentences):
            ctx = sentence_context(sent, actor_spans, dates, places, gazetteer=self.gazetteer)
            following = sentences[index + 1 : index + 2]
            about_terrorism = self._about_terrorism(
                ctx,
                sentences[max(0, index - 1) : index]
                + [s for s in following if pat.ALSO_CHARGED.search(s.text)],
            )
            for hit in self._hits(ctx):
                if (
                    (
                        hit.kind in pat.NEEDS_TERROR_CUE
                        or syn.lemma(hit.token) in pat.NEEDS_TERROR_CUE_WORDS
                    )
                    and not about_terrorism
                    # "11 other citizens ... had been repatriated from Syria and Iraq", or the
                    # camps told just before ("It was Albania's third such operation. A boy was
                    # brought back in 2019")
                    and not (
                        syn.lemma(hit.token) in pat.REPATRIATING
                        and any(
                            pat.FROM_THE_WAR.search(s.text)
                            for s in sentences[max(0, index - 2) : index + 1]
                        )
                    )
                    and not (hit.kind == "conviction" and self._about_terrorism(ctx, lead))
                    and not (violent_report and _emergency_rule(hit.token))
                    # "Allegheny County prosecutors also filed 36 state charges", after the
                    # federal charges of the attack: the same case, charged further
                    and not (
                        hit.kind == "charge"
                        and pat.ALSO_FILED.search(sent.text)
                        and any(a.kind == "charge" for a in found)
                    )
                ):
                    continue
                if syn.lemma(hit.token) == "acquit" and not pat.TERROR_CUE.search(sent.text):
                    # "a recent court decision to acquit US citizens who had been convicted of
                    # improperly operating NGOs": a verdict needs its own terrorism case
                    continue
                # "Australian jet drops first bombs ...", then "..., the first air strike by
                # Australian forces": the body tells the headline's action, it does not refer back
                told = [a for a in found if any(e.start >= end for e in a.evidence)]
                if self._refers_back(hit, ctx, told):
                    self._date_told_back(hit, ctx, article, told, found)
                    continue
                if _the_attackers_raid(hit, ctx, found):
                    continue  # "Gunmen took the students ...", then "Days after the raid, the
                    # military had said nearly all the girls were free": the attack, told again
                action = self._build(hit, ctx, article)
                if action is not None and syn.lemma(hit.token) == "surrender":
                    action = _dated_by_his_attack(
                        action, hit, sentences[max(0, index - 2) : index], dates
                    )
                elif action is not None and action.kind == "arrest" and index > 0:
                    action = _arrested_at_his_attack(action, hit, sentences[index - 1], dates)
                if action is not None:
                    found.append(action)
        found = _dated_by_the_ruling(found)
        # the headline's actions are not merged into the body's: a body telling the same kind
        # drops them, and they must not take the body's tellings away from each other
        headline = [a for a in found if a.evidence and all(e.start < end for e in a.evidence)]
        body = [a for a in found if a not in headline]
        headline = [a for a in headline if not _jailed_pending_trial(a, body)]
        return drop_headline_repeats(
            headline + merge_repeats(body),
            evidence=lambda a: a.evidence,
            # "Germany arrests 25 in raids on ..." over "police searched more than 130 sites"
            key=lambda a: "search" if a.kind == "raid" else a.kind,
            end=end,
        )

    @staticmethod
    def _about_terrorism(ctx: Context, around: Sequence[Span]) -> bool:
        """Whether the sentence, or one of those ``around`` it (the one before; the one after
        when it adds to the same charge: "charged on Thursday with the murder of lawmaker David
        Amess. He was also charged with preparing acts of terrorism"), is about terrorism or
        political violence: a cue word or a non-state armed group."""
        if any(a.label_ not in STATE_ACTOR_TYPES for a in ctx.actors):
            return True
        return any(pat.TERROR_CUE.search(sent.text) for sent in (ctx.sent, *around))

    # ------------------------------------------------------------------------------ triggers

    def _hits(self, ctx: Context) -> list[Hit]:
        sent = ctx.sent
        if pat.FICTION.search(sent.text):
            return []
        false_ranges = [
            (sent.start_char + m.start(), sent.start_char + m.end())
            for m in pat.FALSE_PHRASES.finditer(sent.text)
        ]
        # A unit named like an action ("the RAID unit") is an actor, not a raid.
        named = {i for s in ctx.actors if s.text.isupper() for i in range(s.start, s.end)}
        hits: list[Hit] = []
        for token in sent:
            if token.i in named or syn.inside(token.idx, token.idx + len(token), false_ranges):
                continue
            hit: Hit | None = None
            finding = _finding_guilty(token)
            if finding is not None and not share_of_people(finding):
                start, end = syn.chars(sent.doc, min(finding.i, token.i), token.i)
                hit = Hit("conviction", token, start, end, finding, False)
            elif syn.is_verb(token) and syn.lemma(token) in pat.VERB_TRIGGERS:
                hit = self._verb_hit(token, ctx)
            elif syn.is_verb(token) and syn.lemma(token) in pat.DECLARING:
                hit = _clause_declared(token)
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

    def _verb_hit(self, verb: Token, ctx: Context) -> Hit | None:
        lemma = syn.lemma(verb)
        kind = pat.VERB_TRIGGERS[lemma]
        if kind == "arrest" and _under_mental_health_law(verb):
            kind = "other"  # "detained under the Mental Health Act": a care order, no arrest
        allowed_by = _infinitive_of(verb)
        if (
            lemma == "acquit"
            and verb.dep_ == "conj"
            and syn.lemma(verb.head) in {"sentence", "convict", "jail"}
        ):
            return None  # "sentenced Abdelkader Merah to 20 years ..., but acquitted him of
            # complicity in the seven murders": one verdict, told by its sentence
        if lemma == "repatriate" and verb.tag_ == "VBG" and verb.dep_ in _GERUND_DEPS:
            return None  # "repatriating those who had lived under Isis would help": an idea
        if kind == "other" and verb.head.lower_ == "able" and verb.dep_ == "xcomp":
            return None  # "so far it had been able to repatriate only those ...": what it can do
        if allowed_by in _POWER_NOUNS:
            return None  # "parliament gave them wider powers to detain people": a power
        if kind == "arrest" and allowed_by in _WARRANT_NOUNS:
            kind = "other"  # "issued warrants to detain 12 people for 30 days": an order
        if kind == "sentence" and _pending_trial(verb):
            kind = "other"  # "ordered four suspects jailed pending trial": held, not sentenced
        if verb.dep_ in {"amod", "compound"}:
            return None  # "a convicted terrorist", "the seized weapons"
        if verb.dep_ == "acl" and verb.head.lower_ in {"those", "these", "them"}:
            return None  # "Two of those arrested were later released": the arrest told before
        if kind in {"conviction", "sentence", "charge"} and (
            generic_people(verb) or describes_people_acted_on(verb)
        ):
            return None  # "the early release of people convicted of terrorism offences"
        if share_of_people(verb):
            return None  # "Ninety-four percent of the people tried ... were found guilty"
        if kind == "arrest" and standing_count(verb):
            return None  # "at least 20,000 foreigners detained in Syria": a figure, not an act
        if how_many(verb):
            return None  # "declined to say how many soldiers had been sent": a question
        if kind in {"arrest", "deployment", "sentence"} and (
            describes_people(verb, ctx) or present_state(verb)
        ):
            return None  # "mothers detained in the camps", "2,000 US troops are stationed"
        patient = syn.patient(verb)
        plemma = syn.lemma(patient) if patient is not None else ""
        agent = syn.agent(verb)
        agent_span = syn.phrase_of_subject(agent) if agent is not None else None
        if (
            agent_span is not None
            and is_perpetrator(agent_span, ctx)
            # "The group flown home": who was flown
            and not (kind == "other" and flown(verb))
        ):
            return None  # "gunmen raided a village": an attack, not a raid
        if (
            kind == "air_strike"
            and agent_span is not None
            and any(t.lower_ in _CIVIL_AIRCRAFT for t in agent_span)
        ):
            return None  # "two passenger planes ... crashed ..., killing": no state's strike
        if lemma in {"capture", "catch", "recapture"} and (
            patient is None or not (_is_person(patient) or _people_counted(patient))
        ):
            return None
        if lemma == "surrender" and not an_attacker_gave_up(verb, agent):
            return None  # "the group surrendered its weapons", "refused to surrender"
        if lemma == "hunt":
            # only people hunted down ("to hunt down the attackers", the parse may take "down"
            # for a preposition), not "hunting season"
            down = syn.child_of(verb, {"prt", "prep"}, {"down"})
            hunted = patient if patient is not None else (syn.pobj(verb, {"down"}))
            if (
                down is None
                or hunted is None
                or not (_is_person(hunted) or hunted.lower_ in {"them", "him", "attackers"})
            ):
                return None
            if (verb.tag_ == "VBG" and verb.dep_ in _GERUND_DEPS) or (
                syn.child_of(verb, {"aux"}, {"would", "could", "might"}) is not None
            ):
                return None  # "hunting down jihadists across borders is legal": an idea
        if lemma == "move" and not a_team_moved_in(verb, agent_span):
            return None  # only "an FBI rescue team moved in"
        if lemma == "shell" and not shelled_by_forces(verb):
            return None  # only an army's shelling, not militants'
        if lemma == "offer" and (plemma not in {"reward", "bounty"} or verb.dep_ == "relcl"):
            # only "offered a reward of about $300,000 for information"; "Hapilon, ... for whom
            # the United States has offered a $5 million reward" tells who he is
            return None
        if lemma in {"free", "rescue"} or (lemma == "end" and plemma == "siege"):
            # "Malian special forces ... fought their way through the building floor by floor
            # to free them", "special forces ... ended the siege": a hostage rescue by forces
            doer = agent
            if doer is None and verb.dep_ in {"xcomp", "advcl"}:
                doer = syn.agent(verb.head)  # "fought their way ... to free them"
            if doer is None or patient is None or not self._forces(doer, ctx):
                return None
            if lemma != "end" and not (
                _is_person(patient) or patient.lower_ in {"them", "hostages", "him", "her"}
            ):
                return None
            kind = "raid"
        if (
            lemma == "catch"
            and not (agent_span is not None and is_authority(agent_span, ctx))
            and "suspicion" not in {syn.lemma(t) for t in verb.subtree}
            # "The suspect ... was caught on Tuesday at the Gurbulak border crossing": a suspect
            # is caught by those who seek him
            and not (patient is not None and syn.lemma(patient) == "suspect")
        ):
            # "one leader caught after planting roadside explosives", by a rebel militia: only
            # the authorities' catch ("caught on suspicion of planting explosives") is an arrest
            return None
        if lemma in {"capture", "catch"} and syn.lemma(syn.pobj(verb, {"on"}) or verb) in {
            "camera",
            "film",
            "video",
            "tape",
            "cctv",
        }:
            return None  # "was caught on camera": seen, not held
        if lemma in {"overpower", "subdue"} and (
            agent_span is None
            or not is_authority(agent_span, ctx)
            or patient is None
            or not (_is_person(patient) or patient.lower_ in {"him", "her", "them"})
        ):
            return None  # "passers-by overpowered the attacker": no arrest by the state
        if (
            lemma in {"seize", "nab"}
            and patient is not None
            # "seized two others in raids", "seize two more": people counted, no thing named
            and (
                _names_person(patient)
                or patient.lower_ in {"others", "more"}
                or (patient.like_num and syn.child_of(patient, {"amod", "advmod"}, {"more"}))
            )
        ):
            if agent_span is not None and not is_authority(agent_span, ctx):
                return None  # "a day after the Islamists seized Konna": a town taken
            kind = "arrest"  # "Kotey and Elsheikh were seized": people are captured
        if kind in {"arrest", "conviction"} and arrested_before(verb):
            return None  # "Twelve had already been convicted": the suspects' standing record
        if kind == "arrest" and (
            (lemma in {"seize", "capture", "nab"} and _planned(verb)) or ordinary_offence(verb)
        ):
            return None  # "planned to seize a member of the public", "on suspicion of stealing"
        if lemma == "strip":
            stripped = syn.pobj(verb, {"of"})
            if stripped is None or syn.lemma(stripped) not in pat.CITIZENSHIP_NOUNS:
                return None
        if lemma in {"make", "criminalise", "criminalize", "outlaw"} and (
            agent_span is None
            or not (is_authority(agent_span, ctx) or _a_country(agent_span, ctx))
            or (
                lemma == "make"
                and not any(t.lower_ in pat.OFFENCE_WORDS and t.i > verb.i for t in verb.subtree)
            )
        ):
            return None  # only a state making an act an offence, by a law
        if lemma == "make" and any(
            t.i < verb.i
            and t.lemma_.lower() != "make"
            and (pat.VERB_TRIGGERS.get(syn.lemma(t)) == "law" or syn.lemma(t) in pat.LAW_NOUNS)
            for t in verb.sent
        ):
            return None  # "voted to outlaw al Qaeda ..., making it a crime ...": that law's effect
        if lemma == "dismantle" and not (
            patient is not None
            and syn.lemma(patient) in {"cell", "network", "ring"}
            and syn.child_of(patient, {"det"}, {"a", "an", "the"}) is not None
            and agent_span is not None
            and is_authority(agent_span, ctx)
        ):
            return None  # "dismantled 57 cells" is a year's tally, told as a figure
        if lemma == "revoke":
            # "had her citizenship revoked" parses the citizenship as the subject
            revoked = patient if patient is not None else syn.child_of(verb, {"nsubj"})
            if revoked is None or syn.lemma(revoked) not in pat.CITIZENSHIP_NOUNS:
                return None
        if lemma in pat.REPATRIATING and not self._a_repatriation(verb, agent, agent_span, ctx):
            return None
        if lemma == "send" and syn.child_of(verb, {"advmod", "prt"}, {"back", "home"}) is not None:
            return None  # "sent back to the UK to face trial": a return, not a deployment
        order = syn.ordered_by(verb) if lemma == "hold" else None
        if lemma == "hold" and order is None:
            # only people a court or official ordered held ("A Kenyan court ... ordered five
            # suspects held for 30 days"): a custody order, neither an arrest nor a sentence
            return None
        if lemma in {"dismiss", "sack", "remove"} and (
            patient is None
            or not any(t.lower_ in pat.SECURITY_POSTS for t in patient.subtree)
            or not any(t.lower_ in pat.POSTS for t in patient.subtree)
        ):
            # only security chiefs removed: "dismissed ..., head of the Interior Ministry's
            # transport police"; not a purge ("sacking tens of thousands of civil servants,
            # academics, military, police and judges")
            return None
        if kind == "expulsion" and by_a_party(verb):
            return None  # "the ruling United Russia party said it had expelled him": no state's
        if lemma == "call" and syn.child_of(verb, {"prt"}, {"up"}) is None:
            return None  # "Army reservists would be called up": only a call-up deploys
        if verb.tag_ == "VB" and _ranked_doer(verb):
            return None  # "the fourth former Soviet republic ... to bring citizens home": a
            # rank among those who did it, the act itself told elsewhere
        if lemma == "station" and verb.dep_ == "acl":
            return None  # "we have troops stationed there": a presence, not a deployment
        if lemma in {"hang", "execute"} and not _convicts_put_to_death(
            verb, patient, agent_span, ctx
        ):
            return None  # "militants executed two hostages", "hanged himself": no sentence
        if lemma == "breach" and (
            patient is None
            or syn.lemma(patient) not in _BARRIERS
            or agent_span is None
            or not is_authority(agent_span, ctx)
        ):
            return None  # "breached security rules"; not "officers tried to breach an outside
            # wall with an explosive charge"
        if lemma == "storm" and (
            agent_span is None
            or not is_authority(agent_span, ctx)
            or syn.lemma(agent_span.root) in _CROWDS
        ):
            # "Supporters of former President Donald Trump stormed the Capitol": a crowd
            return None
        if lemma == "enter":
            # "more than 2,000 troops had entered Borno": forces moving in, not people entering
            # (nor "its forces entered the second phase of an offensive")
            if agent is None or not self._forces(agent, ctx):
                return None
            placed = patient is not None and (
                any(
                    t.ent_type_ in {"GPE", "LOC", "FAC"}
                    or any(m.start_char <= t.idx < m.end_char for m in ctx.places)
                    # the phrase's own words: not "the second phase of an offensive ... in the
                    # Bari region"
                    for t in patient.subtree
                    if t.i <= patient.i
                )
                # "had entered Borno", the name tagged as a person's: the gazetteer knows it
                or (patient.pos_ == "PROPN" and self.gazetteer.resolve(patient.text) is not None)
            )
            if not placed:
                return None
        elif kind == "deployment" and not (
            (patient is not None and lemma != "patrol" and self._forces(patient, ctx))
            # "police armed with automatic weapons ... patrolled subway and bus stations"; not
            # "thousands of troops have patrolled the streets since January 2015", a presence
            or (
                lemma == "patrol"
                and agent is not None
                and self._forces(agent, ctx)
                and syn.child_of(verb, {"prep"}, {"since"}) is None
                # not "a 30,000-strong border force ... that would patrol Syria's frontiers":
                # what a force is for
                and verb.dep_ != "relcl"
            )
            # "soldiers had begun deploying in Bamako": forces deploying themselves
            or (
                patient is None
                and lemma == "deploy"
                # "had begun deploying": not "the force deployed to guard streets", which the
                # parse may read as a clause of its own
                and verb.tag_ == "VBG"
                and verb.dep_ not in {"acl", "relcl"}
                and agent is not None
                and self._forces(agent, ctx)
            )
        ):
            return None
        if lemma == "charge" and not (
            syn.pobj(verb, {"with", "over", "in"}) is not None
            or (patient is not None and _is_person(patient))
            # "he had been charged under the terrorism section of the penal code"; not "a step
            # short of being charged under French law"
            or (
                syn.pobj(verb, {"under"}) is not None
                and any(
                    c.dep_ == "nsubjpass" and c.lower_ in {"he", "she", "they"}
                    for c in verb.children
                )
            )
        ):
            return None
        if (
            lemma == "sentence"
            and syn.pobj(verb, {"to", "for"}) is None
            # "sentenced Mohammad Ajmal Kasab, the only gunman captured alive after the
            # November 2008 attacks on Mumbai, to death": the parse may hang the term far off
            and not _TERM_AFTER.search(verb.sent.text, verb.idx + len(verb) - verb.sent.start_char)
        ):
            return None
        if lemma == "arrest" and plemma in pat.ARREST_NOT_OBJECTS:
            return None
        if lemma in {"drop", "fire"} and plemma not in pat.DROPPED_ARMS:
            return None  # "dropped leaflets", "dropped the charges", "fired a worker"
        if lemma == "raid" and plemma in pat.RAID_NOT_OBJECTS:
            return None  # "raiding the rainy day fund"
        if lemma == "charge" and syn.lemma(syn.pobj(verb, {"with"}) or verb) == "responsibility":
            return None  # "It has charged Cuba with responsibility for ...": an accusation
        if lemma == "search":
            sought = syn.pobj(verb, {"for"})
            if sought is not None and syn.lemma(sought) in pat.RESCUE_OBJECTS:
                return None
            if (
                patient is None
                and sought is not None
                and (sought.lower_ in pat.HUNTED or sought.ent_type_ == "PERSON")
            ):
                return None  # "police were still searching for him": a manhunt
            if agent is not None and syn.lemma(agent) in pat.RESCUE_SUBJECTS:
                return None
            if patient is None and (agent is None or syn.lemma(agent) not in pat.SEARCHERS):
                return None  # "two US drones circled, searching for targets below"
        objects = {plemma} | {syn.lemma(c) for c in (patient.conjuncts if patient else ())}
        if lemma in {"seize", "confiscate"} and (
            objects & pat.SEIZE_NOT_OBJECTS or (patient is not None and patient.ent_type_ == "GPE")
        ):
            return None  # "seized the town", "to seize one or both houses of Congress"
        if lemma == "find" and not (
            agent_span is not None
            and is_authority(agent_span, ctx)
            and patient is not None
            and _arms_found(patient, objects)
            # not "sentenced ... after police found a bomb in the trunk of her car": a time
            and syn.child_of(verb, {"mark"}, {"after", "when", "before", "since", "until"}) is None
        ):
            return None  # "police found the body", "found him guilty": no seizure
        if lemma in {"kill", "shoot"} and killed_by_the_forces(verb, patient, agent_span, ctx):
            kind = "other"  # "four suspects were shot dead in an exchange of fire"
        elif lemma == "shoot":
            return None
        if kind == "air_strike" and not self._air_strike_verb(verb, agent, agent_span, ctx):
            return None
        if lemma == "attack" and not (
            agent_span is not None
            and any(syn.lemma(t) in pat.AIR_NOUNS for t in agent_span)
            and patient is not None
        ):
            # only aircraft attacking something: "French helicopters attacked a column"; not
            # "for the past two nights US jets and helicopters have attacked", told of a habit
            return None
        if (
            lemma == "kill"
            and kind == "air_strike"
            and (agent is None or syn.lemma(agent) not in _KILLING_AIRCRAFT)
            and not self._a_state_s_drone(agent, agent_span, ctx)
        ):
            # "its jets killed 14 PKK militants"; not "a drone attack that killed", nor "the
            # coalition ... has killed more than 60,000 fighters in the past three years"
            return None
        if kind == "treaty_clause":
            # "France invoked Article 42.7", "Article IV of its ANZUS defence treaty ...
            # applied to the attacks", not "Invoking Article 5 does not oblige members": a rule
            clause = patient if patient is not None else syn.child_of(verb, {"nsubj"})
            if clause is None or not pat.TREATY_CLAUSE.search(syn.subtree_text(clause)):
                return None
            if verb.dep_ in {"csubj", "csubjpass"}:
                return None
            if a_first_time(verb):
                return None  # "It is the first time ... that the clause has been applied"
            if (
                patient is None
                and verb.dep_ == "ccomp"
                and (syn.lemma(verb.head) in pat.DECLARING_OR_SAYING)
            ):
                # "Australia said on Sept. 14 that Article IV ... applied": who said so, when
                return Hit(kind, verb, verb.idx, verb.idx + len(verb), verb.head, False)
        if (
            lemma in {"close", "shut"}
            and patient is None
            and verb.dep_ in {"ccomp", "oprd"}
            and syn.lemma(verb.head) in {"order", "decide", "want"}
        ):
            # "ordered the land border with Libya closed": the object of the order (which the
            # parse may make the subject of "closed")
            patient = syn.child_of(verb.head, {"dobj"}) or syn.child_of(verb, {"nsubj"})
        if lemma in pat.OTHER_VERB_OBJECTS and not self._measure_object(lemma, patient, ctx):
            return None
        start, end = verb.idx, verb.idx + len(verb)
        if order is not None:
            # the order's day and who gave it: "A Kenyan court on Friday ordered ... held"
            return Hit(kind, verb, start, end, order, False)
        return Hit(kind, verb, start, end, verb, False)

    def _a_repatriation(
        self, verb: Token, agent: Token | None, agent_span: Span | None, ctx: Context
    ) -> bool:
        """Whether "brought", "repatriated" or "flown" tells a state bringing its people home."""
        lemma = syn.lemma(verb)
        if lemma == "bring" and not brought_home(verb):
            return False  # "brought to justice", "brought charges": only a repatriation
        if lemma == "bring" and agent is None and not syn.is_passive(verb):
            return False  # "was working to bring home about 2,000 customers": whose act?
        if (
            syn.child_of(verb, {"mark"}, {"until", "unless", "if", "before"}) is not None
            # "Donald Trump's demand that Germany, France and Britain repatriate ..."
            or (verb.dep_ in {"ccomp", "acl"} and syn.lemma(verb.head) in _DEMAND_NOUNS)
        ):
            return False  # "would not stop until every Kosovo citizen had been brought home"
        if lemma == "fly" and not (
            brought_home(verb)
            and (
                syn.is_passive(verb)
                or flown(verb)
                # "Uzbekistan has flown 156 of its citizens ... home from Syria"
                or (syn.child_of(verb, {"dobj"}) is not None and agent is not None)
            )
        ):
            return False  # "The group flown home between May 7 and May 9"; not "he flew home"
        # "smugglers brought them back": no state's act ("The group flown home": the noun is
        # who was flown)
        return (
            flown(verb)
            or agent is None
            or agent_span is None
            or self._a_state(agent, agent_span, ctx)
        )

    def _a_state(self, agent: Token, agent_span: Span, ctx: Context) -> bool:
        """Whether whoever brings people home is a state: its authorities, a country named
        (also where the article's places leave the dateline's country out: "TIRANA, Albania
        (Reuters) - Albania brought ..."), countries joined ("North Macedonia and Kosovo"), a
        state's operation ("Operation Zhusan, which brought 47 ..."), or a pronoun."""
        if is_authority(agent_span, ctx) or _a_country(agent_span, ctx):
            return True
        if agent.pos_ == "PRON" or agent.tag_ in {"WDT", "WP"}:
            # "the 231 citizens it brought home", in a sentence about Kazakhstan: the pronoun
            # stands for the sentence's subject (not "Thomas Cook said it was working to ...")
            subject = next(
                (c for c in agent.sent.root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"),
                None,
            )
            if subject is None:
                return agent.tag_ in {"WDT", "WP"}  # "Operation Zhusan, which brought ..."
            return self._a_state(subject, syn.phrase_of_subject(subject), ctx)
        if any(t.lower_ in {"operation", "mission", "flight"} for t in agent_span):
            return True
        # "neighbouring North Macedonia and Kosovo", however the parse hangs the names
        names = [
            t
            for t in agent.subtree
            if t.pos_ == "PROPN" and t.dep_ != "compound" and t.i < agent.head.i
        ]
        return bool(names) and all(self._a_country_named(_compound_name(n)) for n in names)

    def _a_country_named(self, span: Span) -> bool:
        place = self.gazetteer.resolve(span.text)
        return place is not None and place.precision == "country"

    def _measure_object(self, lemma: str, patient: Token | None, ctx: Context) -> bool:
        """ "froze the assets", "closed three mosques", "banned Hizb ut-Tahrir"."""
        if patient is None:
            return False
        allowed = pat.OTHER_VERB_OBJECTS[lemma]
        if lemma in pat.INVESTIGATION_VERBS:
            # "opened an investigation", not "took over the leadership of al Qaeda" nor
            # "opened about 1,200 terrorism investigations in 2017", a year's tally
            return syn.lemma(patient) in allowed and (
                patient.tag_ != "NNS" or patient.lower_ == "proceedings"
            )
        return not allowed or syn.lemma(patient) in allowed or self._group_in(patient, ctx)

    def _air_strike_verb(
        self, verb: Token, agent: Token | None, agent_span: Span | None, ctx: Context
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
            target = syn.patient(verb)
            if agent is not None and agent.ent_type_ == "GPE" and target is not None:
                # "The United States began bombing Islamic State positions", "France bombs
                # Islamic State stronghold of Raqqa": a state bombs an armed group; "when Japan
                # bombed the American naval base" is a war
                return self._group_in(target, ctx)
            return self._a_state_military(agent_span, ctx)
        return False

    def _a_state_military(self, agent_span: Span, ctx: Context) -> bool:
        """Whether the phrase names a state's air force or military of the knowledge base."""
        if "air force" in agent_span.text.lower():
            return True
        ref = resolve(agent_span, ctx, actors=self.actors)
        return isinstance(ref, ActorRef) and self.actors.get(ref.id).type == "military"

    def _a_state_s_drone(self, agent: Token | None, agent_span: Span | None, ctx: Context) -> bool:
        """Whether the killer is a drone a state's air force flies ("A Royal Air Force drone
        killed a British Islamic State militant in Syria"); militants fly drones too."""
        if agent is None or agent_span is None or syn.lemma(agent) != "drone":
            return False
        return self._a_state_military(agent_span, ctx)

    @staticmethod
    def _claimant_s(verb: Token, ctx: Context) -> bool:
        """Whether the verb tells what a group says it did: the subject of a verb above it is a
        perpetrator ("Al Mourabitoun ... claimed responsibility ..., saying it had carried
        out the raid")."""
        for above in list(verb.ancestors)[:3]:
            if syn.lemma(above) == "claim":
                return True  # "claimed responsibility ..., saying it had carried out"
            subject = syn.child_of(above, {"nsubj"})
            if subject is not None and subject.lower_ not in {"it", "they"}:
                return is_perpetrator(syn.phrase_of_subject(subject), ctx)
        return False

    def _noun_hit(self, noun: Token, ctx: Context) -> Hit | None:
        lemma = syn.lemma(noun) if syn.lemma(noun) in pat.NOUN_TRIGGERS else noun.lower_
        kind = pat.NOUN_TRIGGERS[lemma]
        doc = noun.doc
        if noun.dep_ == "compound":
            return None  # "arrest warrant", "search engine", "raid shelter"
        if _share_of_a_tally(noun):
            return None  # "Many of the arrests followed suicide bombings in May"
        if (
            lemma == "operation"
            and noun.tag_ == "NNS"
            and not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children)
        ):
            return None  # "25 were killed during police operations": operations at large
        mods = syn.left_modifiers(noun)
        mod_lemmas = {syn.lemma(m) for m in mods} | {m.lower_ for m in mods}
        gov = syn.governor(noun)
        glemma = syn.lemma(gov) if gov is not noun else ""
        first = noun.i
        wrong = self._wrong_noun(noun, lemma, mod_lemmas, gov, glemma)
        if wrong and lemma == "strike" and self._by_armed_forces(noun, ctx):
            wrong = False  # "killed in a strike by French forces": a military strike
        if mod_lemmas & pat.NOUN_NOT_MODIFIERS or wrong:
            return None
        if noun.dep_ in {"nsubj", "nsubjpass"} and conditional(gov):
            return None  # "searches of premises would need the approval of a judge": a rule
        if lemma == "arrest" and "house" in mod_lemmas:
            kind = "other"
        elif lemma == "custody" and (court_custody(gov) or custody_of_the_ones_held(gov)):
            # "A judge on Saturday ordered a man held in custody", "The three detained in
            # Morocco were placed in custody": an order on people already held, not an arrest
            kind = "other"
        elif lemma == "raid" and (mod_lemmas & pat.AIR_MODIFIERS or _aircraft_strike_in(noun.sent)):
            kind = "air_strike"
        elif lemma == "state":
            emergency = syn.pobj(noun, {"of"})
            last = emergency.i if emergency is not None else noun.i
            start, end = syn.chars(doc, noun.i, last)
            return Hit("law", noun, start, end, gov, True)
        if lemma == "investigation":
            gov = _placing_verb(noun, gov) or gov  # wrong_noun saw there is one
        if lemma in pat.LAW_NOUNS and glemma not in pat.LAW_GOVERNORS:
            # "under an anti-terrorism law passed in 2015": the passing is the act told
            gov = _passing(noun) or gov
        by = syn.pobj(noun, {"by"})
        if by is not None and is_perpetrator(syn.phrase_of_subject(by), ctx):
            return None  # "a raid by militants"
        if (
            by is None  # "blew himself up during a raid ... by U.S. special forces"
            and noun.dep_ not in {"nsubj", "nsubjpass"}
            and gov is not noun
            and syn.is_verb(gov)
        ):
            agent = syn.agent(gov)
            if agent is not None and is_perpetrator(syn.phrase_of_subject(agent), ctx):
                return None  # "militants carried out raids"
            if (
                agent is not None
                and agent.lower_ in {"it", "they"}
                and syn.lemma(gov) in pat.CARRYING_OUT
                and self._claimant_s(gov, ctx)
            ):
                return None  # "Al Mourabitoun ... claimed responsibility ..., saying it had
                # carried out the raid": the attack, in the claimant's words
        # The words naming the action: "air strikes", "house arrest", "formal investigation".
        for mod in sorted(mods, key=lambda t: -t.i):
            if mod.i == first - 1 and (
                syn.lemma(mod) in pat.AIR_MODIFIERS
                or syn.lemma(mod) in {"house", "formal", "asset", "assets", "border"}
            ):
                first = mod.i
        start, end = syn.chars(doc, first, noun.i)
        return Hit(kind, noun, start, end, gov, True)

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
        if lemma == "detention":
            # "Ten people are being held in pre-trial detention over the Nov. 2 attack"; not
            # "detention centres" or "the conditions of their detention"
            return not (
                noun.dep_ == "pobj"
                and noun.head.lower_ in {"in", "into", "under"}
                and glemma in pat.PLACEMENT_VERBS
            )
        if lemma == "questioning":
            # "30 people were brought in for immediate questioning"; not "the questioning of
            # witnesses continued"
            return not (
                noun.dep_ == "pobj"
                and noun.head.lower_ == "for"
                and glemma in pat.QUESTIONING_VERBS
            )
        if lemma in {"operation", "sweep", "swoop"}:
            if lemma == "operation" and glemma in pat.FORCES_KILLING_VERBS | pat.CARRYING_OUT:
                # "French troops have killed Abdelmalek Droukdel ... in an operation in
                # northern Mali": an operation of the troops who killed or took the man; "The
                # French Barkhane force carried out the operation late on Tuesday"
                doers = [c for c in gov.children if c.dep_ == "nsubj"]
                if any(syn.lemma(d) in pat.FORCE_NOUNS for d in doers):
                    return False
            # "a counter-terrorism operation", which the tokenizer may split at the hyphen
            before = noun.doc[max(noun.sent.start, noun.i - 4) : noun.i].text
            return not (mods & pat.POLICE_OPERATION_MODIFIERS or _COUNTER_TERROR.search(before))
        if lemma == "search":
            sought = syn.pobj(noun, {"for"})
            if sought is not None and syn.lemma(sought) in pat.RESCUE_OBJECTS:
                return True
            return not self._police_search(noun, mods, gov)
        if lemma == "haul":
            of = syn.pobj(noun, {"of"})
            words = {syn.lemma(t) for t in noun.lefts} | (
                {syn.lemma(of)} if of is not None else set()
            )
            return not words & pat.HAUL_WORDS
        if lemma == "raid":
            on = syn.pobj(noun, {"on", "of"})
            if on is not None and (
                syn.lemma(on) in pat.RAID_NOT_OBJECTS or on.ent_type_ == "MONEY"
            ):
                return True  # "a raid of nearly $92 million on trust funds"
        if lemma == "crackdown":
            on = syn.pobj(noun, {"on", "against"})
            # "a crackdown on militants"; not "on illegal immigration", "in tax leniency"
            return on is None or not pat.TERROR_CUE.search(syn.subtree_text(on))
        if _told_about(noun):
            return True  # "information about attacks and arrests provided by member states"
        if lemma == "arrest" and "house" in mods:
            # "were placed under house arrest"; not "are under house arrest", "freed from house
            # arrest", "a proposal to lift his house arrest": a condition, not an act
            return glemma not in pat.PLACEMENT_VERBS | {"order", "sentence"}
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
            # "under an anti-terrorism law passed in 2015": the law told by its passing
            return glemma not in pat.LAW_GOVERNORS and _passing(noun) is None
        if lemma == "state":
            emergency = syn.pobj(noun, {"of"})
            if emergency is None or emergency.lower_ != "emergency":
                return True
            return glemma not in pat.EMERGENCY_VERBS
        if lemma == "emergency":
            # "declared the emergency in Borno, Yobe and Adamawa", "a more limited emergency"
            return glemma not in pat.EMERGENCY_VERBS or noun.dep_ not in {"dobj", "nsubjpass"}
        if lemma == "curfew":
            return glemma not in {"impose", "declare", "order", "extend", "enforce"}
        if lemma in {"warrant", "notice"}:
            # "a wanted notice had been issued for a man named Kounta Dallah", "national and
            # international arrest warrants for other suspects were being prepared"
            # (not "seeking a warrant so it can seize an ancient ring": a seizure's warrant)
            # (not "signed a death warrant for potential military partners": a figure of speech)
            sought = syn.pobj(noun, {"for"}) or syn.pobj(gov, {"for"})
            wanted = (
                "arrest" in mods
                or (
                    "death" not in mods
                    and sought is not None
                    and (sought.pos_ == "PROPN" or syn.lemma(sought) in _SOUGHT_PEOPLE)
                )
                if lemma == "warrant"
                else bool(mods & pat.NOTICE_MODIFIERS)
            )
            return not (wanted and glemma in pat.WARRANT_GOVERNORS)
        if lemma == "offensive":
            # "Pakistan's armed forces launched a full-scale offensive against ... militants"
            doer = syn.agent(gov) if syn.is_verb(gov) and gov is not noun else None
            doer_words = {syn.lemma(t) for t in syn.phrase_of_subject(doer)} if doer else set()
            return glemma not in {"launch", "begin", "start", "mount"} or not (
                doer_words & (pat.FORCE_NOUNS | {"army", "military", "force"})
            )
        if lemma == "investigation":
            return not ("formal" in mods and _placing_verb(noun, gov) is not None)
        if lemma == "presence":
            return not self._more_forces(noun, mods, gov, glemma)
        if lemma == "patrol":  # "police would step up patrols", "extra patrols"
            return not (glemma in pat.PRESENCE_GOVERNORS or mods & pat.PRESENCE_MODIFIERS)
        if lemma == "security":  # "stepped up security at landmarks"; not "security forces"
            # "Medvedev ordered security stepped up at the capital's airports"
            ordered = noun.dep_ in {"nsubj", "nsubjpass"} and syn.ordered_by(gov) is not None
            # "Medvedev ... ordered tighter security on transport across the country"
            tighter = (
                noun.dep_ == "dobj"
                and glemma in {"order", "impose"}
                and any(c.dep_ == "amod" and c.lower_ in _TIGHTER for c in noun.children)
            )
            return not tighter and not (
                glemma in pat.SECURITY_GOVERNORS
                and (noun.dep_ == "dobj" or ordered)
                # "beefs up border security" (immigration), "cyber security": another matter
                and not any(c.dep_ in {"compound", "amod"} for c in noun.children)
                and not _governments_at_large(gov)
            )
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
        """ "coalition strikes", "warplanes carried out 12 strikes", "U.S. Africa Command had
        carried out the coordinated strikes": strikes from the air or by the military."""
        words = [syn.lemma(t) for t in noun.lefts]
        doers: list[str] = []
        if syn.is_verb(gov) and gov is not noun:
            agent = syn.agent(gov)
            if agent is not None:
                doers = [syn.lemma(t) for t in syn.phrase_of_subject(agent)]
        if noun.dep_ == "nsubj" or gov is noun:
            words.extend(syn.lemma(t) for t in noun.subtree if t.i < noun.i)
        # "Syrian troops have braced for Western strikes": the military that carries them out
        carried_out = syn.lemma(gov) in pat.CARRYING_OUT
        return (
            any(w in pat.AIR_NOUNS for w in [*words, *doers])
            or (carried_out and any(w in pat.MILITARY_AGENTS for w in doers))
            or _the_air_strike_told_before(noun)
        )

    @staticmethod
    def _police_search(noun: Token, mods: set[str], gov: Token) -> bool:
        """ "house searches", "almost 300 searches", "a search of the flat", "police carried out
        searches": a police search, not the search for a committee or for justice."""
        if mods & pat.SEARCH_MODIFIERS or syn.pobj(noun, {"of"}) is not None:
            return True
        if any(c.dep_ == "nummod" or c.like_num for c in noun.children):
            return True
        if syn.is_verb(gov) and gov is not noun:
            agent = syn.agent(gov)
            return agent is not None and syn.lemma(agent) in pat.SEARCHERS
        return False

    @staticmethod
    def _by_armed_forces(noun: Token, ctx: Context) -> bool:
        """Whether the action noun is "by" a state's armed forces ("a strike by French
        forces"): not a strike of workers."""
        by = syn.pobj(noun, {"by"})
        if by is None:
            return False
        phrase = syn.phrase_of_subject(by)
        if any(a.label_ == "military" and phrase.start <= a.start < phrase.end for a in ctx.actors):
            return True
        return syn.lemma(by) in pat.MILITARY_AGENTS or syn.lemma(by) in pat.AIR_NOUNS

    def _forces(self, patient: Token, ctx: Context) -> bool:
        """Whether what is deployed is troops, police or aircraft."""
        # "thousands of troops": what the amount counts
        if patient.like_num or patient.ent_type_ == "CARDINAL":
            counted = syn.pobj(patient, {"of"})
            patient = counted if counted is not None else patient
        # "a team of experts", "teams of military advisers": the team is of what it counts
        if patient.lower_ in {"team", "teams"}:
            members = syn.pobj(patient, {"of"})
            if members is not None and syn.lemma(members) in pat.TEAM_MEMBERS:
                return True
        # "two more Tornados and six Typhoon jets": one of the things listed names aircraft
        for token in (patient, *(c for c in patient.children if c.dep_ == "conj")):
            if syn.lemma(token) in pat.FORCE_NOUNS or token.lower_ in pat.FORCE_NOUNS:
                return True
            if token.lower_.removesuffix("s") in pat.AIR_NOUNS:
                return True  # "sent six F-16s", "two Rafales"
        phrase = syn.phrase_of_subject(patient)
        return any(
            a.label_ in {"military", "police"} and phrase.start <= a.start < phrase.end
            for a in ctx.actors
        )

    def _group_in(self, token: Token, ctx: Context) -> bool:
        sub = [t.i for t in token.subtree]
        return any(
            a.label_ not in STATE_ACTOR_TYPES and min(sub) <= a.start <= max(sub)
            for a in ctx.actors
        )

    def _refers_back(self, hit: Hit, ctx: Context, found: Sequence[CounterAction]) -> bool:
        """ "The arrests came after ...": a definite action noun with no count names an action
        already reported."""
        kinds = _told_back_kinds(hit.kind)
        if not any(a.kind in kinds for a in found):
            return False
        if not hit.noun:
            told_total = with_the_others(hit.token)
            if (
                hit.kind == "arrest"
                and told_total is not None
                and any(
                    a.kind == "arrest" and a.count is not None and a.count.value == told_total
                    for a in found
                )
            ):
                # "nine arrests", then "police had arrested four people directly linked to the
                # attack and five others": the nine, told in parts
                return True
            return hit.kind == "arrest" and (
                the_ones_held(hit.token) or _all_of_them(syn.patient(hit.token))
            )
        if hit.kind == "arrest" and syn.lemma(hit.token) in {"questioning", "custody"}:
            # "The suspects were taken to Istanbul's police headquarters for questioning": the
            # people arrested before, told by "the" and no count
            patient = syn.patient(hit.gov) if syn.is_verb(hit.gov) else None
            if (
                patient is not None
                and patient.tag_ in {"NNS", "NNPS"}
                and syn.child_of(patient, {"det"}, {"the", "these", "those"}) is not None
            ):
                return count_of(hit, ctx) is None
        det = syn.child_of(hit.token, {"det"})
        if any(
            c.dep_ == "poss" and (c.ent_type_ in {"DATE", "TIME"} or c.lower_ in _TIME_NOUNS)
            for c in hit.token.children
        ):
            # "last week's air strikes", "the previous night's airstrike": the one told before
            return count_of(hit, ctx) is None
        poss = syn.child_of(hit.token, {"poss"}, pat.POSSESSIVES) or next(
            # "Osman's arrest was the result of close cooperation": the arrest told before
            (c for c in hit.token.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"),
            None,
        )
        if poss is not None and (
            syn.child_of(hit.token, {"amod"}) is not None or syn.lemma(hit.gov) in _PERFORMING_VERBS
        ):
            poss = None  # "carried out their largest air strikes yet": a new report
        if poss is None and (det is None or det.lower_ not in _ANAPHORIC):
            return False
        return count_of(hit, ctx) is None

    def _date_told_back(
        self,
        hit: Hit,
        ctx: Context,
        article: Article,
        told: Sequence[CounterAction],
        found: list[CounterAction],
    ) -> None:
        """Date the action told before by its day told here: "killed Bah ag Moussa ... in an
        operation in northeastern Mali", then "The French Barkhane force carried out the
        operation late on Tuesday afternoon"."""
        if hit.noun and syn.lemma(hit.gov) in _DECIDING_VERBS:
            return  # "Parliament approved the deployment ... on Oct. 2": the vote's day
        kinds = _told_back_kinds(hit.kind)
        earlier = next((a for a in reversed(told) if a.kind in kinds), None)
        if earlier is None or earlier.date.value is not None:
            return
        again = self._build(hit, ctx, article)
        if again is None or again.date.precision != "day" or again.status != earlier.status:
            return
        found[found.index(earlier)] = merge_telling(earlier, again)

    # ------------------------------------------------------------------------------- building

    def _build(self, hit: Hit, ctx: Context, article: Article) -> CounterAction | None:
        status, cue = status_of(hit)
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
        # "fought their way ... to free them": a rescue counts no raids, whoever it freed
        count = None if syn.lemma(hit.token) in _FREEING else count_of(hit, ctx)
        if count is not None:
            cite("count", (count[0].start, count[0].end))

        actor: ActorRef | str | None = None
        actor_span = actor_of(hit, ctx)
        if actor_span is not None:
            actor = resolve(actor_span, ctx, actors=self.actors, airborne=hit.kind == "air_strike")
            cite("actor", (actor_span.start_char, actor_span.end_char))

        what_range = what_of(hit, ctx, count[1] if count is not None else None)
        what: str | None = None
        if what_range is not None:
            what = doc_text(doc)[what_range[0] : what_range[1]]
            cite("what", what_range)

        exclude = [ctx.link, ctx.speaker_range]
        if actor_span is not None:
            exclude.append((actor_span.start_char, actor_span.end_char))
        target = target_of(hit, ctx, exclude)
        target_group: ActorRef | None = None
        if target is not None:
            target_group = self.actors.ref(target[0].kb_id_)
            cite("target_group", target[1])

        place: Place | None = None
        found_place = place_of(hit, ctx, exclude, gazetteer=self.gazetteer)
        if found_place is not None:
            place = found_place[0]
            cite("place", found_place[1])

        date = DateValue.unknown()
        mention = date_of(hit, ctx)
        if mention is not None:
            date = mention.value
            cite("date", (mention.start, mention.end))
        if _tally(hit, count[0] if count is not None else None, date):
            return None  # "388 people were arrested ... in 2021": a tally, not one act

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


# --- module helpers ---------------------------------------------------------------------------


def _passing(law: Token) -> Token | None:
    """The participle that tells a law passed ("a law passed in 2015"), if any."""
    return next(
        (
            c
            for c in law.children
            if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"} and syn.lemma(c) in pat.LAW_VERBS_DONE
        ),
        None,
    )


def _people_counted(token: Token) -> bool:
    """ "443 of them": a number of people told before."""
    of = syn.pobj(token, {"of"})
    return token.like_num and of is not None and of.lower_ in {"them", "those", "these"}


def _is_person(token: Token) -> bool:
    return (
        token.ent_type_ in _PEOPLE_ENTITIES
        or syn.lemma(token) in pat.PERSON_NOUNS
        or token.lower_ in pat.PERSON_NOUNS
    )


def _names_person(token: Token) -> bool:
    """A person, or a name in apposition with one ("Kotey, a father of two")."""
    return _is_person(token) or any(_is_person(c) for c in token.children if c.dep_ == "appos")


def _placing_verb(noun: Token, gov: Token) -> Token | None:
    """The verb that placed someone under the formal investigation: "placed the man who
    attacked soldiers ... under formal investigation" (the parse may hang "under" on the
    relative clause). None for "Being placed under formal investigation is a step short of
    being charged" (what the step means)."""
    if syn.lemma(gov) not in _PLACING:
        before = [t for t in noun.sent if t.i < noun.i and t.pos_ == "VERB"]
        gov = next((t for t in reversed(before) if syn.lemma(t) in _PLACING), noun)
        if gov is noun:
            return None
    gerund = gov.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in gov.children)
    if gerund and gov.dep_ in {"csubj", "csubjpass", "nsubj", "nsubjpass"}:
        return None
    return gov


_PLACING = frozenset({"place", "put"})


def _planned(verb: Token) -> bool:
    """Whether the arrest word is what a plan was to do: "the group planned to seize a member
    of the public" (plotters, not police)."""
    return verb.dep_ == "xcomp" and syn.lemma(verb.head) in pat.PLOT_VERBS


def _told_back_kinds(kind: ActionKind) -> set[ActionKind]:
    """The kinds of an action a definite noun of ``kind`` may name again: "French warplanes
    carried out air strikes ... The raids came two days after ...", "searched more than 130
    sites ... The raids, ordered by the federal prosecutor"."""
    return {kind, "air_strike", "search"} if kind == "raid" else {kind}


# What is told about actions, not an action: "information about attacks and arrests".
_INFORMATION_NOUNS = frozenset(
    {"information", "data", "figure", "statistic", "report", "question", "detail", "record"}
)


def _told_about(noun: Token) -> bool:
    """Whether the action noun is what information is about ("information about attacks and
    arrests"), not an action reported."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in {"about", "on"}:
        return False
    if syn.lemma(prep.head) in _INFORMATION_NOUNS:
        return True
    # "information that member states provide to Europol about attacks, arrests and court
    # rulings": the parse may hang "about" on the clause describing the information
    head = prep.head
    return head.dep_ == "relcl" and syn.lemma(head.head) in _INFORMATION_NOUNS


_DEMAND_NOUNS: Final = frozenset({"demand", "call", "request", "plea", "appeal", "pressure"})
_GERUND_DEPS: Final = frozenset({"csubj", "pcomp", "nsubj", "pobj", "dobj"})
_CIVIL_AIRCRAFT: Final = frozenset(
    {"passenger", "airliner", "airliners", "commercial", "civilian", "cargo", "charter"}
)


def _compound_name(token: Token) -> Span:
    """A name with the words compounded before it ("North Macedonia"), nothing else."""
    start = min([c.i for c in token.children if c.dep_ == "compound"] + [token.i])
    return token.doc[start : token.i + 1]


_CONVICT_WORDS: Final = frozenset(
    {"convicted", "condemned", "convict", "convicts", "prisoner", "prisoners", "inmate"}
)


def _convicts_put_to_death(
    verb: Token, patient: Token | None, agent_span: Span | None, ctx: Context
) -> bool:
    """Whether "hanged" or "executed" tells convicts put to death by the state: "Pakistan hanged
    two convicted militants", "Aqeel, who was convicted over the 2009 attack ..., and Mehmood
    ... were hanged in the district jail"; not "militants executed two hostages"."""
    if patient is not None and patient.lower_ in {"himself", "herself", "themselves"}:
        return False
    if agent_span is not None and not (
        is_authority(agent_span, ctx) or _a_country(agent_span, ctx)
    ):
        return False
    if agent_span is None and not syn.is_passive(verb):
        return False
    sentence = verb.sent
    convicted = any(t.lower_ in _CONVICT_WORDS or t.lemma_.lower() == "convict" for t in sentence)
    in_a_jail = any(t.lemma_.lower() in {"jail", "prison", "gallows"} for t in sentence)
    return convicted or in_a_jail


_REPORTING_COUNTS: Final = frozenset({"report", "record", "count", "register", "log"})


def _clause_declared(verb: Token) -> Hit | None:
    """A treaty clause declared to cover an attack: "NATO confirmed on Tuesday that the Sept.
    11 attacks on the United States were an attack on all 19 allies under Article 5"."""
    told = syn.child_of(verb, {"ccomp"})
    if told is None:
        return None
    words = syn.subtree_text(told)
    found = pat.TREATY_CLAUSE.search(words)
    if found is None or not words[: found.start()].rstrip().endswith("under"):
        return None
    start, end = verb.idx, verb.idx + len(verb)
    return Hit("treaty_clause", verb, start, end, verb, False)


def _counted_arrests(noun: Token) -> bool:
    """Whether plural action nouns are told as a count, not as acts: "most jihadist arrests
    were made in France", "the lower number of arrests", "reported another 62 terrorist
    incidents and 185 arrests"."""
    if any(c.lower_ in {"most", "many"} for c in noun.children if c.dep_ in {"amod", "det"}):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "number":
        return True
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "dobj" and syn.lemma(noun.head) in _REPORTING_COUNTS


def _tally(hit: Hit, count: Quantity | None, date: DateValue) -> bool:
    """Whether the action counts the acts of a period rather than telling one: "has detained a
    total of 900 foreign fighters", "two men have so far been charged", "tens of thousands have
    been detained since 2016", "over 800 Isis fighters that we captured", "388 people were
    arrested ... in 2021". The figures extractor reports such counts."""
    if hit.kind in {"air_strike", "deployment", "law", "treaty_clause", "raid", "search"}:
        return False
    if hit.noun and count is not None and any(c.lower_ == "such" for c in hit.token.children):
        return True  # "334 were held ..., and Spain alone made 78 such arrests": of a tally
    if (
        hit.noun
        and hit.kind == "sentence"
        and syn.lemma(hit.gov) == "serve"
        and any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in hit.gov.children)
    ):
        return True  # "Scores of women ... are serving prison sentences in Iraq": terms served
        # by many, passed when and by whom the text does not tell (not "Aine Davis ... is
        # serving a seven-and-a-half year jail sentence")
    if hit.noun and hit.token.tag_ == "NNS" and _counted_arrests(hit.token):
        return True
    if (
        hit.noun
        and hit.token.dep_ == "nsubj"
        and hit.token.tag_ == "NNS"
        and syn.lemma(hit.token.head) in _TREND_VERBS
    ):
        return True  # "as jihadist arrests rose for third year": a trend of counts
    size = (count.value or count.minimum or 0) if count is not None else 0
    many = count is not None and (size >= RAID_SIZE or count.value is None)
    if pat.STATISTICS.search(hit.gov.sent.text):
        # "made a record 379 arrests ... in the 12 months to the end of June", "Arrests linked
        # to international terrorism rose to 294 from 184": statistics, not acts
        return True
    # the action word's own words ("ordered five suspects held for 30 days while ..., and a
    # police officer said nine people had been detained so far": not the whole order)
    words = syn.subtree_text(hit.token) if not hit.noun else ""
    if pat.TALLY_WORDS.search(words):
        return True
    if many and pat.BY_FIGURES.search(hit.gov.sent.text) and date.precision != "day":
        return True  # "more than 700 have been detained, according to the committee's figures"
    if (
        many
        and pat.SINCE.search(words)
        and date.precision not in {"day", "month"}
        and not _since_an_attack(hit.token)
    ):
        return True  # not "deported 28 Afghans on Friday, the first such since 2021"
    if many and hit.kind == "arrest" and date.precision == "year":
        return True  # the year's arrests: a figure (a year's deprivations of citizenship are
        # coded as one measure by the gold sets' annotators)
    if hit.kind == "other":
        # "Operation Zhusan, which brought 47 Kazakh citizens ... out of Syria", "the 231
        # citizens it brought home from Syria last week": one repatriation, told in a clause
        return False
    if hit.gov.dep_ == "relcl" and not many:
        # "the more than 500 criminals whom the Department of Justice has convicted": the
        # count stands on the people the clause describes
        counted = find_quantities(" ".join(c.text for c in hit.gov.head.lefts))
        many = any((q.value or q.minimum or 0) >= RAID_SIZE for q in counted)
    return many and hit.gov.dep_ == "relcl"  # "over 800 Isis fighters that we captured"


def _since_an_attack(token: Token) -> bool:
    """Whether the "since" of the action's words opens a clause telling the attack the action
    answers ("have detained 5,221 people in raids across Punjab province since a suicide bomber
    killed more than 70 people"): a sweep after one attack, not a tally over years."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        and c.lemma_.lower() in KILL_WORDS | frozenset(TRIGGER_LEMMAS)
        for c in verb.children
    )


_SOUGHT_PEOPLE: Final = frozenset(
    {"suspect", "man", "woman", "person", "people", "member", "militant", "fifth", "sixth"}
)
_TREND_VERBS: Final = frozenset(
    {"rise", "fall", "increase", "decrease", "drop", "climb", "double", "jump", "decline"}
)
_COURT_KINDS: Final = frozenset({"sentence", "conviction"})
_RULING_SPAN = 600  # characters after a dated ruling that an undated one may follow it


_FREEING: Final = frozenset({"free", "rescue"})


def _dated_by_his_attack(
    action: CounterAction, hit: Hit, before: Sequence[Span], dates: Sequence[DateMention]
) -> CounterAction:
    """An attacker's undated surrender takes the day the sentences just before give his attack
    ("Robert Bowers, 46, opened fire ... on Saturday ...", then "Bowers was shot and wounded
    ... and surrendered"), citing it."""
    if action.date.precision != "unknown":
        return action
    verb = hit.token
    while verb.dep_ == "conj" and syn.child_of(verb, {"nsubj", "nsubjpass"}) is None:
        verb = verb.head
    agent = syn.child_of(verb, {"nsubj", "nsubjpass"})
    if agent is None or not agent.text[:1].isupper():
        return action
    for sent in reversed(before):
        # the name the article gave in full ("Robert Bowers", then "Bowers")
        if not any(e.label_ == "PERSON" and e[-1].text == agent.text for e in sent.ents):
            continue
        # no day, or two: which was the attack's is not said
        return _dated_by_its_one_day(action, sent, dates)
    return action


_ATTACKING_VERBS: Final = frozenset({"attack", "stab", "shoot", "kill", "open", "ram"})


def _arrested_at_his_attack(
    action: CounterAction, hit: Hit, before: Span, dates: Sequence[DateMention]
) -> CounterAction:
    """An undated arrest of "him", right after a sentence in which a suspect attacked on a day
    ("The suspect ... attacked the two men in the station on Friday. Police shot and wounded
    him and arrested him."): arrested at the attack, that day, citing it."""
    if action.date.precision != "unknown" or hit.noun:
        return action
    patient = syn.patient(hit.token)
    if patient is None or patient.lower_ not in {"him", "her"}:
        return action
    attacked = any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in _ATTACKING_VERBS
        and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in ATTACKER_NOUNS)
            for c in t.children
        )
        for t in before
    )
    return _dated_by_its_one_day(action, before, dates) if attacked else action


def _dated_by_its_one_day(
    action: CounterAction, sent: Span, dates: Sequence[DateMention]
) -> CounterAction:
    """The action dated by the one day the sentence tells (citing it), unchanged when the
    sentence tells no day or several."""
    days = [
        m
        for m in dates
        if sent.start_char <= m.start < sent.end_char and m.value.precision == "day"
    ]
    if len({m.value.value for m in days}) != 1:
        return action
    day = days[0]
    cited = Evidence(action.article, "date", day.start, day.end, sent.text, day.text)
    return replace(action, date=day.value, evidence=(*action.evidence, cited))


_PUTTING_TO_DEATH = frozenset({"hanged", "hang", "hangs", "executed", "execute", "executes"})


def _dated_by_the_ruling(found: list[CounterAction]) -> list[CounterAction]:
    """An undated sentence or conviction told right after a dated one is part of the same
    ruling and takes its day ("A special French court on Thursday sentenced Christian
    Ganczarski ... The court also jailed Walid Nouar ... for 12 years. Both men were found
    guilty ..."), citing it."""
    out: list[CounterAction] = []
    for action in found:
        if action.kind in _COURT_KINDS and action.date.precision == "unknown":
            start = min(e.start for e in action.evidence)
            ruling = next(
                (
                    a
                    for a in reversed(out)
                    if a.kind in _COURT_KINDS
                    and a.date.precision == "day"
                    and 0 < start - max(e.start for e in a.evidence) <= _RULING_SPAN
                    # "Pakistan hanged two convicted militants on Friday": an execution is
                    # no ruling the convictions told next belong to
                    and not any(
                        e.field == "kind" and e.text.lower() in _PUTTING_TO_DEATH
                        for e in a.evidence
                    )
                ),
                None,
            )
            if ruling is not None:
                cited = tuple(e for e in ruling.evidence if e.field == "date")
                action = replace(action, date=ruling.date, evidence=action.evidence + cited)
        out.append(action)
    return out


def _the_attackers_raid(hit: Hit, ctx: Context, found: Sequence[CounterAction]) -> bool:
    """Whether "the raid" in a time phrase ("Days after the raid") names no raid of the forces
    told before and no one who raided: the attackers' raid the article told."""
    token = hit.token
    return (
        hit.kind == "raid"
        and hit.noun
        and syn.child_of(token, {"det"}, {"the"}) is not None
        and token.dep_ == "pobj"
        and token.head.lower_ in {"after", "before", "since"}
        and actor_of(hit, ctx) is None
        and not any(a.kind == "raid" for a in found)
    )


# Verbs whose object is an action decided on, not done, that day ("approved the deployment").
_DECIDING_VERBS: Final = frozenset(
    {"approve", "authorise", "authorize", "endorse", "back", "vote", "debate", "announce"}
)
_COUNTER_TERROR: Final = re.compile(r"(?i)\b(?:counter|anti)\s*-?\s*terror(?:ism|ist)?\s*$")


def _a_country(span: Span, ctx: Context) -> bool:
    """Whether a phrase is the name of a country ("Bosnia made fighting in foreign wars ...
    punishable"), which acts by its laws."""
    return any(
        m.place.precision == "country"
        and span.start_char <= m.start_char
        and m.end_char <= span.end_char
        and len(span) <= len(m.text.split()) + 1
        for m in ctx.places
    )


_TIGHTER: Final = frozenset({"tighter", "stricter", "increased", "heightened", "extra", "more"})
_RANKS: Final = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "latest", "last", "only"}
)


def _ranked_doer(verb: Token) -> bool:
    """Whether an infinitive tells what a doer ranked by an ordinal did ("is the fourth former
    Soviet republic ... to bring citizens home"), however the parse hangs it."""
    if verb.dep_ == "acl":
        nouns = [verb.head]
    elif verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_ == "be":
        nouns = [c for c in verb.head.children if c.dep_ == "attr"]
    else:
        return False
    return any(c.dep_ == "amod" and c.lower_ in _RANKS for n in nouns for c in n.children)
