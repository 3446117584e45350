"""What a counter-terrorism action befalls and how many: its ``count`` and its ``what``.

Used by :mod:`veille.extract.actions` (the rules are in its module docstring). The count is the
quantity counting the action or the people and things it befalls; ``what`` is what was seized,
struck, deployed or charged, the sentence, the law or the clause, or who was arrested, as
written, without the count, relative clauses and trailing place or date phrases.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..models import Quantity
from ..nlp.text import doc_text
from . import action_patterns as pat
from . import action_syntax as syn
from .action_context import Context, Hit

__all__ = ["count_of", "what_of"]


def count_of(hit: Hit, ctx: Context) -> tuple[Quantity, Span] | None:
    """The quantity counting the action or what it befalls, with its words, or ``None``."""
    found = _count_of(hit, ctx)
    if found is not None and found[0].value == 1 and hit.noun:
        # "which made one arrest in each of 10 states": ten arrests
        each = _IN_EACH_OF.match(doc_text(hit.token.doc), hit.token.idx + len(hit.token))
        if each is not None:
            start = each.end()
            spread = next((q for q in ctx.quantities if q[1].start_char == start), None)
            if spread is not None:
                return spread
    return found


_IN_EACH_OF = re.compile(r"\s+in each of (?:the )?")


def _count_of(hit: Hit, ctx: Context) -> tuple[Quantity, Span] | None:
    if hit.kind in {"law", "treaty_clause"}:
        return None
    token = hit.token
    counted_targets: set[int] = set()
    if hit.kind == "charge" and hit.noun:
        # "Police filed charges ... against 21 people": the people charged
        holders = [token, hit.gov] if hit.gov is not token else [token]
        counted_targets |= {
            p.i
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for p in c.children
            if p.dep_ == "pobj"
        }
    # "handed Abedi 24 life sentences", "faces three charges": terms and counts, not people
    judicial_noun = hit.noun and hit.kind in {"sentence", "conviction", "charge"}
    if hit.noun and not judicial_noun:
        counted_targets.add(token.i)
        of = syn.pobj(token, {"of"})
        if of is not None and hit.kind != "air_strike":
            counted_targets.add(of.i)  # "the deployment of 1,500 soldiers"
        if syn.lemma(token) in {"warrant", "notice"}:
            # "issued arrest warrants for 17 people" (the parse may hang "for" on the verb)
            wanted = syn.pobj(token, {"for"}) or syn.pobj(hit.gov, {"for"})
            if wanted is not None:
                counted_targets.add(wanted.i)
        if (syn.lemma(hit.gov) in pat.PLACEMENT_VERBS and hit.kind not in {"raid", "search"}) or (
            syn.lemma(token) == "questioning" and syn.lemma(hit.gov) in pat.QUESTIONING_VERBS
        ):
            # "104 people were placed under house arrest", "30 people were brought in for
            # immediate questioning"
            patient = syn.patient(hit.gov)
            if patient is not None:
                counted_targets.add(patient.i)
    elif hit.kind != "air_strike":
        patient = syn.patient(token)
        if syn.lemma(token) == "enter":
            # "more than 2,000 troops had entered Borno": the forces that moved in are counted
            patient = syn.agent(token)
        if patient is not None:
            counted_targets.add(patient.i)
            if patient.lower_ in {"them", "they"}:
                # "extradite two surviving British members ... after stripping them of their
                # citizenship": the people counted just before in the sentence
                before = [
                    (quantity, span)
                    for quantity, span in ctx.quantities
                    if span.end <= patient.i and syn.counted_noun(span).tag_ in {"NNS", "NNPS"}
                ]
                if before and (before[-1][0].value or 0) > 1:
                    return before[-1]
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
    if hit.noun and not judicial_noun:
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


def what_of(hit: Hit, ctx: Context, count: Span | None) -> syn.Range | None:
    """The range of what the action befalls as written, without its ``count``, or ``None``."""
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
        head = _strike_target(hit)
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
                return _sentence_terms(token, head, ctx)
    elif kind == "other":
        if hit.noun:
            return hit.start, hit.end
        head = syn.patient(token)
    if head is None or head.ent_type_ in {"DATE", "TIME"}:
        return None  # "strikes on Saturday" names no target
    if syn.inside(head.idx, head.idx + len(head), [(d.start, d.end) for d in ctx.dates]):
        return None
    rng = _phrase(head, ctx, keep_clauses=keep_clauses)
    if rng is None:
        return None
    start, end = rng
    if count is not None and start <= count.start_char < end:
        # the count has its own field: "troops", not "10,000 troops"
        after = count.end_char
        if doc_text(doc).startswith("-strong", after):
            after += len("-strong")  # "a 1,000-strong force": "force"
        while after < end and doc_text(doc)[after].isspace():
            after += 1
        if doc_text(doc).startswith("of ", after):
            after += 3  # "thousands of troops": "troops"
        start = after if after < end else start
    return (start, end) if start < end else None


def _strike_target(hit: Hit) -> Token | None:
    token, gov = hit.token, hit.gov
    if not hit.noun and syn.lemma(token) == "drop":
        return syn.pobj(token, {"on"})  # "dropped three bombs on armed vehicles"
    if not hit.noun:
        return syn.patient(token)
    target = syn.pobj(token, {"on", "against"})
    if target is not None:
        return target
    if token.dep_ == "nsubj" and syn.is_verb(gov) and gov is not token:
        # "air strikes hit positions", not "air strikes killed 30 civilians"
        return syn.child_of(gov, {"dobj"}) if syn.lemma(gov) in pat.STRIKE_TARGET_VERBS else None
    if syn.is_verb(gov) and gov is not token:
        target = syn.pobj(gov, {"on", "against"}, dated=True)
        if target is not None:
            return target
    for child in token.children:
        if child.dep_ in {"acl", "relcl"} and syn.lemma(child) in {"target", "hit"}:
            return syn.child_of(child, {"dobj"})
    return None


def _sentence_terms(verb: Token, term: Token, ctx: Context) -> syn.Range | None:
    """ "to 12 years in prison", "for life": the terms, with "in prison" after them."""
    rng = _phrase(term, ctx)
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


def _phrase(head: Token, ctx: Context, *, keep_clauses: bool = False) -> syn.Range | None:
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
            drop = drop or syn.overlaps(lo, hi, place_ranges) or syn.overlaps(lo, hi, date_ranges)
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


def _trimmed(doc: Doc, start: int, last: Token) -> syn.Range | None:
    end = last.i
    while start <= end and (doc[start].is_punct or doc[start].pos_ == "CCONJ"):
        start += 1
    while end >= start and (doc[end].is_punct or doc[end].pos_ in {"CCONJ", "ADP", "DET"}):
        end -= 1
    if start > end:
        return None
    return syn.chars(doc, start, end)


def _treaty_clause(sent: Span, verb: Token) -> syn.Range | None:
    matches = list(pat.TREATY_CLAUSE.finditer(sent.text))
    if not matches:
        return None
    best = min(matches, key=lambda m: abs(sent.start_char + m.start() - verb.idx))
    return sent.start_char + best.start(), sent.start_char + best.end()
