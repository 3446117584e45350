"""Who does a counter-terrorism action and against whom: its ``actor`` and ``target_group``.

Used by :mod:`veille.extract.actions` (the rules are in its module docstring). The acting
authority is the subject or "by" phrase of the action's verb, the words before an action noun
("US-led coalition air strikes"), or a state actor the sentence names; :func:`resolve` turns the
phrase into a knowledge-base actor when it can. The target group is a non-state actor of the
knowledge base in what the action befalls, else anywhere in the sentence outside the actor, the
speaker and the incident link. :func:`is_perpetrator` and :func:`is_authority` also tell the
action words apart from the perpetrators' acts.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..models import ActorRef
from ..nlp.actors import ActorKB
from . import action_patterns as pat
from . import action_syntax as syn
from .action_context import Context, Hit
from .lexicon import STATE_ACTOR_TYPES

__all__ = ["actor_of", "is_authority", "is_perpetrator", "resolve", "target_of"]

_STATEMENT_VERBS = frozenset(
    {"say", "announce", "confirm", "state", "tell", "report", "add", "pledge", "vow", "decide"}
    | {"promise", "declare", "insist", "warn", "indicate", "reveal", "explain"}
)


def actor_of(hit: Hit, ctx: Context) -> Span | None:
    """The phrase naming who does the action, or ``None``."""
    token = hit.token
    verb: Token | None = token if not hit.noun else None
    if hit.kind == "conviction" and token.lower_ == "guilty":
        verb = hit.gov
    if hit.kind in {"treaty_clause", "other"} and not hit.noun and hit.gov is not token:
        # "Australia said ... that Article IV ... applied": who said so; "A Kenyan court ...
        # ordered five suspects held": who ordered it
        verb = hit.gov
    if hit.noun:
        modifier = _modifier_actor(token, ctx)
        if modifier is not None:
            return modifier
        by = syn.pobj(token, {"by"})
        if by is not None:
            return syn.phrase_of_subject(by)
        order = syn.ordered_by(hit.gov) if token.dep_ in {"nsubj", "nsubjpass"} else None
        if order is not None:
            verb = order  # "President Dmitry Medvedev ordered security stepped up"
        elif token.dep_ == "nsubj" or hit.gov is token or not syn.is_verb(hit.gov):
            return None
        elif (
            token.dep_ == "pobj"
            and token.head.lower_ in _TIME_PREPOSITIONS
            and not _an_authority_does(hit.gov, ctx)
        ):
            return None  # "Noordin fled to Indonesia in 2002 during a crackdown on militants":
            # who fled did not crack down (but "police shot him dead during a raid")
        else:
            verb = hit.gov
    if verb is None:
        return None
    agent = syn.agent(verb)
    order = syn.ordered_by(verb) if not hit.noun else None
    if agent is None and order is not None:
        agent = syn.agent(order)  # "Sisi also ordered army units deployed": who ordered
    if agent is not None and agent.pos_ == "PRON":
        agent = _antecedent(verb)
    if agent is None:
        return _fallback_actor(ctx, verb)
    span = syn.phrase_of_subject(agent)
    if not _may_act(span, ctx):
        # "injured by an airstrike", "stripped of his citizenship": a thing, not who acted
        return _fallback_actor(ctx, verb)
    return span


_TIME_PREPOSITIONS = frozenset({"during", "after", "before", "since", "following", "amid"})


def _an_authority_does(verb: Token, ctx: Context) -> bool:
    """Whether the verb's subject names an authority."""
    agent = syn.agent(verb)
    return agent is not None and is_authority(syn.phrase_of_subject(agent), ctx)


def _fallback_actor(ctx: Context, verb: Token) -> Span | None:
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


def _modifier_actor(noun: Token, ctx: Context) -> Span | None:
    """The actor written before an action noun: "US-led coalition air strikes", "police
    raids", "France's air strikes"."""
    kept = [
        m
        for m in syn.left_modifiers(noun)
        if syn.lemma(m) not in pat.NOT_ACTOR_MODIFIERS
        and m.lower_ not in pat.NOT_ACTOR_MODIFIERS
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
    while start < end and (
        doc[start].lower_ in syn.DETERMINERS
        or doc[start].is_punct
        or doc[start].lower_ in pat.NOT_ACTOR_MODIFIERS  # "Earlier U.S. raids"
    ):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    if is_perpetrator(span, ctx):
        return None
    state = any(
        a.label_ in STATE_ACTOR_TYPES and span.start <= a.start < span.end for a in ctx.actors
    )
    named = any(t.ent_type_ in {"NORP", "GPE", "ORG"} for t in span)
    authority = any(syn.lemma(t) in pat.AUTHORITY_NOUNS for t in span)
    return span if state or named or authority else None


def resolve(span: Span, ctx: Context, *, actors: ActorKB, airborne: bool = False) -> ActorRef | str:
    """The knowledge-base actor a phrase names, else the phrase as written. A demonym
    alone before an air strike ("Russian air raids") is that country's military."""
    for actor in ctx.actors:
        if actor.label_ in STATE_ACTOR_TYPES and span.start <= actor.start < span.end:
            return actors.ref(actor.kb_id_)
    record = actors.lookup(span.text)
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
                record = actors.lookup(f"{demonym.text} {word}")
                if record is not None:
                    return record.ref
    if airborne:
        # "a separate U.S. air strike", "U.S. aircraft": the country's military, whatever
        # adjective comes first
        country = [t for t in span if t.ent_type_ == "GPE"]
        if country and all(
            t.ent_type_ == "GPE" or t.pos_ in {"ADJ", "DET"} or syn.lemma(t) in pat.AIR_NOUNS
            for t in span
        ):
            record = actors.lookup(f"{''.join(t.text_with_ws for t in country).strip()} military")
            if record is not None:
                return record.ref
    return span.text


def _may_act(span: Span, ctx: Context) -> bool:
    """Whether a subject or agent phrase can name who acted: an actor of the knowledge base,
    a name, an authority or armed force, or people ("lawmakers", "the boy's family" not).
    An operation's name ("the operation, code-named Hashtag, which made one arrest") is none."""
    if span[0].lower_ in {"code-named", "codenamed", "dubbed", "named", "called"} or (
        len(span) > 2 and span[0].lower_ == "code" and span[2].lower_ == "named"
    ):
        return False
    if any(span.start <= a.start < span.end for a in ctx.actors):
        return True
    if any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in span):
        return True
    if span.root.pos_ == "PROPN":
        return True
    return syn.lemma(span.root) in pat.AUTHORITY_NOUNS | pat.ACTING_NOUNS


def is_perpetrator(span: Span, ctx: Context) -> bool:
    """Whether a subject phrase names the perpetrators' side ("gunmen", "Boko Haram")."""
    for actor in ctx.actors:
        if span.start <= actor.start < span.end:
            return actor.label_ not in STATE_ACTOR_TYPES
    if syn.lemma(span.root) in pat.PERPETRATOR_NOUNS:
        return True
    # "Heavily armed men and women seized School No. 1": armed people are no authority
    return syn.lemma(span.root) in {"man", "woman", "people", "person"} and any(
        t.lower_ == "armed" for t in span.root.lefts
    )


def is_authority(span: Span, ctx: Context) -> bool:
    """Whether a phrase names a state actor of the knowledge base or an authority."""
    if any(a.label_ in STATE_ACTOR_TYPES and span.start <= a.start < span.end for a in ctx.actors):
        return True
    return any(syn.lemma(t) in pat.AUTHORITY_NOUNS for t in span)


def target_of(
    hit: Hit, ctx: Context, exclude: Sequence[syn.Range | None]
) -> tuple[Span, syn.Range] | None:
    """The non-state group the action is against and the phrase naming it, or ``None``."""
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
