"""What one sentence offers the actions it reports, and an action's place and date among it.

Used by :mod:`veille.extract.actions`. A :class:`Context` holds a sentence's knowledge-base
actor mentions, resolved dates, places (with those the NER missed: a gazetteer name after a
locative preposition), incident link, speaker and quantities; a :class:`Hit` is one action word
in it. :func:`place_of` and :func:`date_of` choose an action's place and date among the
sentence's (the rules are in the module docstring of :mod:`veille.extract.actions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from spacy.tokens import Span, Token

from ..models import Place, Quantity
from ..nlp.dates import DateMention
from ..nlp.numbers import find_quantities
from ..nlp.pipeline import PUBLISHED_KEY
from ..nlp.places import Gazetteer, PlaceMention, a_local_name, listed_with_other_places
from ..nlp.text import doc_text
from . import action_patterns as pat
from . import action_syntax as syn
from .action_patterns import ActionKind
from .incident_patterns import PLACE_KINDS
from .incident_places import dateline_city
from .lexicon import TRIGGER_LEMMAS
from .tolls import speaker_of

__all__ = ["Context", "Hit", "date_of", "place_of", "sentence_context"]

# Words of an attack, for telling an action's place from the place of the attack it follows.
_ATTACK_LEMMAS = frozenset(TRIGGER_LEMMAS) - {"raid", "storm", "shoot"}

_PRECISION_RANK = {"site": 4, "city": 3, "region": 2, "country": 1, "unknown": 0}


@dataclass(frozen=True, slots=True)
class Hit:
    """An action word: its kind, the token, the words naming it and the clause's verb."""

    kind: ActionKind
    token: Token
    start: int  # character offsets of the words naming the action ("air strikes")
    end: int
    gov: Token  # the verb reporting the action; the token itself for a verb or a bare noun
    noun: bool


@dataclass(frozen=True, slots=True)
class Context:
    """What one sentence offers every action in it."""

    sent: Span
    actors: tuple[Span, ...]  # knowledge-base actor mentions in the sentence
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    link: syn.Range | None
    speaker: str | None
    speaker_range: syn.Range | None
    quantities: tuple[tuple[Quantity, Span], ...]


def sentence_context(
    sent: Span,
    actor_spans: Sequence[Span],
    dates: Sequence[DateMention],
    places: Sequence[PlaceMention],
    *,
    gazetteer: Gazetteer,
) -> Context:
    """What ``sent`` offers every action in it, with the places the NER missed."""
    doc = sent.doc
    lo, hi = sent.start_char, sent.end_char
    in_sent_places = [p for p in places if lo <= p.start_char < hi]
    in_sent_places.extend(_missed_places(sent, in_sent_places, gazetteer=gazetteer))
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
    return Context(
        sent=sent,
        actors=tuple(s for s in actor_spans if sent.start <= s.start < sent.end),
        dates=tuple(d for d in dates if lo <= d.start < hi),
        places=tuple(sorted(in_sent_places, key=lambda m: m.start_char)),
        link=pat.sentence_link(sent),
        speaker=speaker,
        speaker_range=speaker_range,
        quantities=tuple(quantities),
    )


def _missed_places(
    sent: Span, found: Sequence[PlaceMention], *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """Places the NER missed or mislabelled ("to Cyprus" as a product)."""
    doc = sent.doc
    extra: list[PlaceMention] = []
    covered = [(m.start_char, m.end_char) for m in found]
    for mention in gazetteer.find_in_text(sent.text):
        start = sent.start_char + mention.start_char
        end = sent.start_char + mention.end_char
        local = doc._.veille_local_names
        if syn.overlaps(start, end, covered) or a_local_name(mention.text, local):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.ent_type_ in {"PERSON", "ORG", "NORP"}:
            continue
        if _after_locative(span):
            extra.append(PlaceMention(start, end, mention.text, mention.place))
    return extra


_TAKING_OFF = frozenset({"fly", "take", "depart", "leave", "launch", "operate"})


def place_of(
    hit: Hit, ctx: Context, exclude: Sequence[syn.Range | None], *, gazetteer: Gazetteer
) -> tuple[Place, syn.Range] | None:
    """The action's place and the range naming it, or ``None`` (rule 4 in :mod:`.actions`)."""
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
    declared = _the_declared(hit)
    if declared is not None:
        before.append(declared)  # "confirmed that the Sept. 11 attacks on the United States"
    # "Four Rafale jets flew from the Saint-Dizier air base in eastern France to hit camps":
    # where they took off, not where they struck
    before += [
        syn.chars(doc, t.left_edge.i, t.right_edge.i)
        for t in ctx.sent
        if t.dep_ == "prep" and t.lower_ == "from" and syn.lemma(t.head) in _TAKING_OFF
    ]
    # "acquitted three people charged with terrorism for trying to cross into Syria from
    # Turkey": where someone tried to go, not where the act was
    before += [
        syn.chars(doc, t.left_edge.i, t.right_edge.i)
        for t in ctx.sent
        if t.tag_ == "VBG"
        and syn.lemma(t) in {"try", "attempt"}
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
        lead = doc_text(doc)[max(0, mention.start_char - 20) : mention.start_char]
        if _NEAR_THE_TOWN_BEFORE.search(lead):
            continue  # "in Heiligenhaus, near Duesseldorf": where the town lies
        in_clause = int(span.start in clause)
        distance = abs(mention.start_char - hit.start)
        rank = _PRECISION_RANK[mention.place.precision]
        ranked.append((in_clause, rank, -distance, mention))
    if not ranked:
        return _the_dateline_s(ctx, gazetteer)
    best_clause = max(r[0] for r in ranked)
    pool = [r for r in ranked if r[0] == best_clause]
    cities = {r[3].place.name for r in pool if r[3].place.precision in {"city", "site"}}
    if len(cities) >= 2:
        countries = {r[3].place.country for r in pool}
        code = next(iter(countries)) if len(countries) == 1 else None
        country = gazetteer.country(code) if code else None
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
    lead_in = doc_text(doc)[max(0, best.start_char - 80) : best.start_char]
    # "an air strike on a house north of Baghdad"; "one arrest in each of 10 states, from
    # Amazonas in the north to Rio Grande do Sul": where it lies, or the end of a range
    if pat.REFERENCE_POINT_BEFORE.search(lead_in[-40:]) or pat.RANGE_END_BEFORE.search(lead_in):
        # the city only says where the place lies: the action is in its country
        country = gazetteer.country(best.place.country) if best.place.country else None
        return (country, (best.start_char, best.end_char)) if country is not None else None
    return best.place, (best.start_char, best.end_char)


_NEAR_THE_TOWN_BEFORE: Final = re.compile(r"\w,\s+(?:near|outside|close to)\s+(?:the\s+)?$")


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


def _after_locative(span: Span) -> bool:
    doc = span.doc
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in pat.PLACE_SKIP_BEFORE:
        i -= 1
    if i > span.sent.start and doc[i].tag_ == "POS":
        # "to Mozambique's Cabo Delgado province": the country's possessive before the region
        i -= 1
        while i >= span.sent.start and doc[i].pos_ == "PROPN":
            i -= 1
    if i < span.sent.start:
        return False
    if doc[i].lower_ in pat.LOCATIVE:
        return True
    root = span.root
    if (
        root.dep_ == "appos"
        and root.head.lower_ in PLACE_KINDS
        and root.head.dep_ == "pobj"
        and root.head.head.lower_ in pat.LOCATIVE
    ):
        return True  # "in the Afghan capital Kabul"
    if not any(t.lower_ == "of" for t in doc[i + 1 : span.start]):
        return False
    # "in the port area of Dover": a locative phrase whose noun the place is "of"
    j = i
    while j >= max(span.sent.start, i - 3) and doc[j].pos_ in {"DET", "ADJ", "NOUN"}:
        j -= 1
    return j < i and j >= span.sent.start and doc[j].lower_ in pat.LOCATIVE


_TIME_PREPOSITIONS = frozenset({"during", "since", "after", "before", "following", "until"})


def _time_of_another_act(hit: Hit) -> bool:
    token = hit.token
    if (
        not hit.noun
        and token.tag_ == "VBG"
        and token.dep_ == "pcomp"
        and token.head.lower_ in _TIME_PREPOSITIONS
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)
    ):
        return True  # "has since hanged more than 300 people after lifting a moratorium"
    return (
        hit.noun
        and token.dep_ == "pobj"
        and token.head.lower_ in _TIME_PREPOSITIONS
        and syn.child_of(token, {"poss"}, pat.POSSESSIVES) is not None
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)
    )


def _on_the_noun(noun: Token, mention: DateMention) -> bool:
    """Whether the date hangs on the action noun itself: "The strike on Tuesday targeted"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.idx <= mention.start < g.idx + len(g) for g in c.children)
        for c in noun.children
    )


def _after_the_day_of_publication(mention: DateMention, ctx: Context) -> bool:
    """Whether the date is the publication's day, told in an "after" clause opening the
    sentence ("After the body was identified early on Thursday, ...")."""
    published = str(ctx.sent.doc.user_data.get(PUBLISHED_KEY) or "")[:10]
    opening = ctx.sent.text.lstrip().lower().startswith("after ")
    return opening and mention.value.precision == "day" and mention.value.value == published


_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "advcl", "tmod"})


_OFFENCE_KINDS = frozenset({"conviction", "charge", "sentence"})


def _in_the_offence(hit: Hit, offset: int) -> bool:
    """Whether the character ``offset`` falls in the offence a conviction or charge names as an
    act of its own ("guilty of murdering ... on June 16", "charged with killing ... in May"; not
    "charged with murder on Friday", where the day may be the charge's)."""
    if hit.kind not in _OFFENCE_KINDS:
        return False
    return any(
        act.tag_ == "VBG" and _in_own_words(act, offset)
        for word in {hit.token, hit.gov}
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in {"of", "with"}
        for act in prep.children
        if act.dep_ in {"pcomp", "pobj"}
    )


def _in_own_words(act: Token, offset: int) -> bool:
    """Whether the offset falls in the act's words, less the acts the parser joined to it
    ("convicted of being a member ... and jailed ... in May last year": the jailing's month)."""
    joined = {t.i for c in act.children if c.dep_ == "conj" for t in c.subtree}
    return any(t.idx <= offset < t.idx + len(t) for t in act.subtree if t.i not in joined)


def _in_what_was_seized(hit: Hit, offset: int) -> bool:
    """Whether the character ``offset`` falls in the description of what was seized."""
    if hit.kind != "seizure" or hit.noun:
        return False
    seized = syn.patient(hit.gov)
    return seized is not None and any(t.idx <= offset < t.idx + len(t) for t in seized.subtree)


def _the_declared(hit: Hit) -> syn.Range | None:
    """The clause a treaty clause is declared or said in ("NATO confirmed on Tuesday that the
    Sept. 11 attacks on the United States were an attack on all 19 allies under Article 5"):
    its dates and places are the attack's, not the declaration's."""
    if hit.kind != "treaty_clause" or syn.lemma(hit.gov) not in pat.DECLARING_OR_SAYING:
        return None
    told = next((c for c in hit.gov.children if c.dep_ == "ccomp"), None)
    if told is None:
        return None
    return syn.chars(hit.gov.doc, told.left_edge.i, told.right_edge.i)


_AIRCRAFT_SUBJECTS = frozenset({"aircraft", "jet", "warplane", "plane", "drone", "helicopter"})


def _aircraft_told_done(hit: Hit) -> bool:
    """Whether a strike is told done by the aircraft in a reported clause ("The military said
    on Friday that its aircraft had tracked down and destroyed several vehicles ... and had
    struck militant hideouts"): by the day it was said."""
    if hit.kind != "air_strike" or hit.noun:
        return False
    verb = hit.token
    for _ in range(4):
        # "had tracked down and destroyed several vehicles ..., killing everyone inside them,
        # and had struck militant hideouts": the clause the verbs share
        if syn.child_of(verb, {"nsubj"}) is not None or verb.dep_ not in {"conj", "advcl"}:
            break
        verb = verb.head
    subject = syn.child_of(verb, {"nsubj"})
    return (
        verb.dep_ == "ccomp"
        and syn.lemma(verb.head) in {"say", "announce", "report"}
        and subject is not None
        and syn.lemma(subject) in _AIRCRAFT_SUBJECTS
    )


def date_of(hit: Hit, ctx: Context) -> DateMention | None:
    """The resolved date nearest the action word, skipping statement dates, period bounds and
    dates inside the incident link; none for an action told as the time of another act ("the
    gunshot wounds he suffered during his arrest", "before his arrest")."""
    if _time_of_another_act(hit):
        return None
    text = doc_text(ctx.sent.doc)
    lo = ctx.sent.start_char
    declared = _the_declared(hit)
    joined_range: syn.Range | None = None
    if declared is None and hit.gov is not hit.token:
        # "The court ordered them held ... for seven days ..., and they are due back in court
        # on Nov. 11": the order's day, not that of a clause joined to it; for an action noun,
        # a joined clause with a subject of its own ("the presidency announced nine arrests,
        # and on Saturday spokesman Aroui said ...")
        joined = [
            c
            for c in hit.gov.children
            if c.dep_ == "conj"
            and syn.is_verb(c)
            and (not hit.noun or any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children))
        ]
        if joined:
            joined_range = syn.chars(hit.gov.doc, joined[0].left_edge.i, joined[-1].right_edge.i)
    found: list[DateMention] = []
    said: list[DateMention] = []
    after_today: list[DateMention] = []
    for mention in ctx.dates:
        if mention.value.precision == "unknown":
            continue
        if syn.overlaps(mention.start, mention.end, [ctx.link, declared, joined_range]):
            continue  # "confirmed on Tuesday that the Sept. 11 attacks ...": the attacks' day
        before = text[max(lo, mention.start - 40) : mention.start]
        if pat.SPEECH_BEFORE_DATE.search(before):
            said.append(mention)
            continue
        if pat.PERIOD_BEFORE_DATE.search(before):
            continue
        if mention.text.lower().split()[0] in {"since", "until", "till", "before", "by", "from"}:
            continue
        own_phrase = hit.noun and _on_the_noun(hit.token, mention)  # "The strike on Tuesday"
        if not own_phrase and (
            syn.in_subject(mention.start, hit.gov) or syn.in_future_clause(mention.start, hit.gov)
        ):
            continue  # "The man suspected of driving ... this month has been placed under ..."
        if syn.in_relative_clause(mention.start, hit.gov, hit.token):
            continue  # "arrested a brother of the man who stabbed two women ... on Oct. 1"
        if _in_the_offence(hit, mention.start):
            continue  # "find Thomas Mair guilty of murdering the ... member of parliament in
            # Birstall ... on June 16": the murder's day, not the verdict's
        if _outside_its_relative_clause(hit, mention):
            continue  # "Sayfullo Saipov, who was charged in ..., immigrated ... in 2010"
        if _names_an_attack(hit, mention):
            continue  # "killed Noordin ..., blamed for the July bombings ..., in a raid": the
            # bombings' month
        if _in_what_was_seized(hit, mention.start):
            continue  # "found a Kalashnikov ..., weapons similar to those used in the May 24
            # attack": the attack's day
        if syn.in_clause_about_someone(mention.start, hit.token, pat.ABOUT_SOMEONE):
            continue  # "captured the gunman suspected of killing 39 people ... on Jan. 1"
        if syn.in_time_clause(mention.start, hit.token):
            if _after_the_day_of_publication(mention, ctx):
                after_today.append(mention)
            continue  # "the biggest blow since U.S. forces killed its founder ... in 2011"
        found.append(mention)
    if not found and after_today:
        # "After the body was identified early on Thursday, U.S. and Iraqi forces launched 17
        # raids", published that Thursday: after that day, and not after the report
        return after_today[0]
    said_of_it = (
        hit.kind == "law"
        or (
            # strikes told as the subject of what they did ("that air strikes on militant
            # hideouts ... had killed 57 militants"); not "had carried out 176 air strikes in Iraq
            # since August", a tally told that day, nor "has been killed in a U.S. air strike",
            # whose day another sentence may tell
            hit.kind == "air_strike"
            and hit.noun
            and hit.token.dep_ == "nsubj"
            and not pat.SINCE.search(ctx.sent.text)
        )
        or _aircraft_told_done(hit)
    )
    if not found and (declared is not None or said_of_it) and said:
        # "Australia said on Sept. 14 that Article IV ... applied"; "Sharif's office announced
        # on Wednesday that he had approved ending the moratorium": a decision, told that day;
        # "The army said on Wednesday that air strikes ... had killed 57 militants": by then
        return said[0]
    if not found:
        # "police carried out 168 raids overnight, ..., the minister said on Monday": the night
        # that ended on the day it was told
        if syn.done_overnight(hit.gov) and said and said[0].value.precision == "day":
            return said[0]
        return None
    # "X was taken into custody on Christmas Eve, and police arrested three people on
    # Saturday": a date of the action's own clause before a nearer one of the clause beside it
    own = [m for m in found if syn.in_clause(m.start, hit.gov)]
    if not own and hit.gov.dep_ == "acl":
        return None  # "hanged on Wednesday a woman convicted over a 2005 bombing": not its day
    # "Kenya sent troops into Somalia in October 2011; they later joined an African Union force
    # whose soldiers arrested suspects ...": a date across a semicolon is another clause's
    semicolons = [t.idx for t in ctx.sent if t.text == ";"]
    found = [
        m
        for m in found
        if not any(min(m.start, hit.start) < at < max(m.start, hit.start) for at in semicolons)
    ] or found
    if not own and all(syn.in_joined_action(m.start, hit.gov) for m in found):
        if not any(c.dep_ in _ADJUNCTS for c in hit.gov.children):
            # "whose soldiers arrested suspects and seized ammunition at the al Shabaab camp in
            # Gondodowe last August": verbs sharing their subject and the date told after both
            return min(found, key=lambda m: abs(m.start - hit.start))
        return None  # "was arrested in Libya the day after the bombing and extradited to
        # Britain in July 2019": the extradition's month
    return min(own or found, key=lambda m: min(abs(m.start - hit.start), abs(m.end - hit.end)))


def _outside_its_relative_clause(hit: Hit, mention: DateMention) -> bool:
    """Whether the action is told in a relative clause on the subject of the sentence's verb
    and the date outside it, in what that verb tells (not "Operation Zhusan, which brought 47
    Kazakh citizens ... out of Syria on Jan. 6", however the parse hangs the day)."""
    clause = hit.gov
    # (after a dateline the parse may make the subject the root, its verb a participle)
    subject = clause.head.dep_ in {"nsubj", "nsubjpass"} or (
        clause.head.dep_ == "ROOT" and clause.head.pos_ in {"NOUN", "PROPN"}
    )
    if clause.dep_ != "relcl" or not subject:
        return False
    first, last = clause.left_edge, clause.right_edge
    return not first.idx <= mention.start < last.idx + len(last)


def _names_an_attack(hit: Hit, mention: DateMention) -> bool:
    """Whether the date is a modifier of an attack noun other than the action word ("the July
    bombings", "Friday's attack")."""
    span = hit.token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return (
        head.i != hit.token.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _ATTACK_LEMMAS | _ATTEMPT_NOUNS
        and span.root.dep_ in {"compound", "poss", "nmod", "amod", "npadvmod", "nummod"}
    )


# "convicted over a 2003 attempt to assassinate then President Pervez Musharraf"
_ATTEMPT_NOUNS = frozenset({"attempt", "plot", "assassination"})


def _the_dateline_s(ctx: Context, gazetteer: Gazetteer) -> tuple[Place, syn.Range] | None:
    """The dateline's city for an action placed nowhere else, when the attack it answers is
    told there too ("ST PETERSBURG (Reuters) - Russian security forces detained eight people ...
    on suspicion of involvement in Monday's bombing of a metro train in St Petersburg"): the
    reporter's city and the attack's are the action's. Not "searches ... after the Paris
    attacks", a name that says nothing of where the searches were."""
    sent = ctx.sent
    dateline = dateline_city(sent.doc, gazetteer=gazetteer)
    if (
        dateline is None
        or ctx.link is None
        or not sent.start_char <= dateline.start_char < sent.end_char
        or dateline.place.precision not in {"city", "site"}
    ):
        return None
    start, end = ctx.link
    text = doc_text(sent.doc)
    told = [
        m
        for m in ctx.places
        if start <= m.start_char < end
        and m.place.name == dateline.place.name
        and text[max(0, m.start_char - 4) : m.start_char] == " in "
    ]
    if not told:
        return None
    return dateline.place, (dateline.start_char, dateline.end_char)
