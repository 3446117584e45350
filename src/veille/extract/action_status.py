"""Whether a counter-terrorism action was carried out, is only announced, or is no action.

Used by :mod:`veille.extract.actions` (rule 3 of its module docstring): a negated or
hypothetical action ("did not make any arrests", "if troops are deployed", "the power to
detain") is not reported; a plan ("will deploy", "plans to introduce a bill", "a draft law") is
"announced"; everything else is "carried out". :func:`status_of` also gives the word that says
so, which the status's evidence cites.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import action_patterns as pat
from . import action_syntax as syn
from .action_context import Hit
from .action_patterns import ActionStatus

__all__ = ["status_of"]


def status_of(hit: Hit) -> tuple[ActionStatus | None, Token]:
    """ "carried out" or "announced", with the word that says so; ``None`` for a negated or
    hypothetical action (it is not reported)."""
    token, gov = hit.token, hit.gov
    if hit.kind == "deployment" and not hit.noun and syn.ordered_by(token) is not None:
        # "Sisi also ordered army units deployed across the country": ordered, not yet told done
        return "announced", syn.ordered_by(token) or token
    for node in {token, gov}:
        for child in node.children:
            if child.dep_ == "neg" or (
                child.dep_ in {"det", "advmod"} and child.lower_ in pat.NEGATORS
            ):
                return None, child
            if child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
                return None, child  # "Women are no longer repatriated"
    first = token
    while first.dep_ == "conj" and first.head.pos_ == first.pos_:
        first = first.head  # "no way to arrest or extradite them": "extradite" as "arrest"
    patient = None if hit.noun else syn.patient(token)
    if patient is None and not hit.noun and token.dep_ == "acl":
        patient = token.head  # "anyone convicted of ...": a pronoun the participle modifies
    if patient is not None and (
        patient.lower_ in {"nobody", "none", "nothing", "no-one", "anyone", "anybody", "whoever"}
        or (patient.lower_ == "one" and syn.child_of(patient, {"det"}, {"no"}) is not None)
    ):
        return None, patient  # "nobody was arrested", "no one has been charged", "anyone convicted"
    neither = (
        syn.child_of(patient, {"det", "preconj"}, {"neither", "no"})
        if patient is not None
        else None
    )
    if neither is not None:
        return None, neither  # "Neither man has been caught"
    if hit.noun:
        if syn.lemma(gov) in pat.CONDITIONAL_ADJECTIVES:
            return None, gov  # "will be subject to deportation"
        above = token.head.head if token.dep_ == "pobj" else token.head
        if above is not token and syn.lemma(above) in pat.UNREALISED_HEADS:
            return None, above  # "to prevent airstrikes", "the risk of extradition"
        if token.dep_ == "pobj" and token.head.lower_ == "for":
            warrant = syn.child_of(above, {"nsubjpass", "dobj", "nsubj"}, {"warrant", "warrants"})
            if warrant is not None:
                return None, warrant  # "a warrant had been issued for the arrest of one suspect"
        for child in token.lefts:
            if child.lower_ in pat.POSSIBLE_MODIFIERS:
                return None, child
            if child.lower_ in pat.PLANNED_MODIFIERS:
                return "announced", child
    elif _infinitive_of_a_noun(first):
        if syn.lemma(first.head) not in pat.PLAN_NOUNS:
            return None, first.head  # "the power to detain terrorists", "no way to arrest"
        if any(c.lower_ in pat.NEGATORS for c in first.head.children):
            return None, first.head  # "has no plans to send further forces"
        return "announced", first.head
    announced: Token | None = None
    ability: Token | None = None  # "able", "easier": what may be done, not what was
    verb: Token | None = gov if syn.is_verb(gov) else None
    if hit.kind == "treaty_clause" and not hit.noun:
        verb = token  # "agreed ... that Article 5 would apply if ...": the clause's own verb
    change = syn.number_change(token)
    if change is not None:
        verb = change  # "the number of soldiers deployed ... would rise": the rise is told
    chain: list[Token] = []
    while verb is not None and len(chain) < 4:
        chain.append(verb)
        if (
            verb.dep_ == "conj"
            and syn.is_verb(verb.head)
            # "ordered the security services to speed up their investigation and to arrest
            # those responsible": an infinitive joined to another shares its governor
            and (not syn.has_aux(verb) or _bare_infinitive(verb))
        ):
            verb = verb.head
        elif verb.dep_ == "xcomp" and syn.is_verb(verb.head):
            head = verb.head
            if syn.lemma(head) in pat.NEGATING_VERBS | pat.HYPOTHETICAL_VERBS | pat.DEMAND_VERBS:
                return None, head
            if (
                syn.lemma(head) in pat.PLAN_VERBS
                and announced is None
                # "parliament voted to outlaw al Qaeda": a law is made by the vote
                and not (hit.kind == "law" and syn.lemma(head) == "vote")
            ):
                announced = head
            verb = head
        elif (
            verb.tag_ == "VBG"
            and verb.dep_ in {"advcl", "pcomp", "dobj"}
            and syn.lemma(verb.head) in pat.NEGATING_VERBS
        ):
            return None, verb.head  # "he ruled out sending French ground troops to Syria"
        elif (
            verb.dep_ in {"xcomp", "advcl"}
            and verb.head.pos_ == "ADJ"
            and verb.head.dep_ in {"acomp", "ccomp", "oprd"}
            and syn.is_verb(verb.head.head)
        ):
            # "Police would be able to detain a suspect", "legislation that would ... make it
            # easier for police to detain people": the verb the adjective belongs to tells
            if verb.head.lower_ in {"likely", "unlikely", "reluctant", "unwilling", "willing"}:
                # "is likely to be repatriated to Canada", "are even more reluctant to
                # repatriate adult relatives": not done
                return None, verb.head
            if verb.head.lower_ == "due":
                # "seven more Germans were due to be flown home on Thursday": planned
                announced = announced or verb.head
            else:
                ability = ability or verb.head
            verb = verb.head.head
        elif (
            verb.dep_ == "advcl"
            and syn.child_of(verb, {"aux"}, {"to"}) is not None
            and syn.is_verb(verb.head)
            and syn.child_of(verb.head, {"aux"}, {"would", "could", "might", "may"}) is not None
        ):
            # "Tajikistan would pay Iraq $400 to repatriate each child": the aim of an act
            # that would be done, no more done than that act
            verb = verb.head
        else:
            verb = None
    for node in chain:
        if (
            node.dep_ == "xcomp"
            and syn.child_of(node, {"aux"}, {"to"}) is not None
            and syn.child_of(node.head, {"acomp"}, pat.EVALUATIVE_ADJECTIVES) is not None
        ):
            return None, node.head  # "it is preferable to arrest and prosecute": a judgement
        if (
            node.dep_ in {"xcomp", "advcl"}
            and syn.child_of(node, {"aux"}, {"to"}) is not None
            and syn.lemma(node.head) in pat.GOING_VERBS
        ):
            # "Police had gone to his home on Tuesday morning to arrest him ..., but he was
            # not there": what they went for, not what they did
            return None, node.head
        if (
            node.dep_ in {"xcomp", "advcl"}
            and syn.child_of(node, {"aux"}, {"to"}) is not None
            and syn.lemma(node.head) in {"need", "require"}
        ):
            return None, node.head  # "the travel document needed to deport the man"
        if node.dep_ == "advcl" and syn.child_of(node, {"aux"}, {"to"}) is not None:
            plan = syn.child_of(node.head, {"dobj"}, pat.PLAN_NOUNS)
            if plan is not None and announced is None:
                # "Canada and the Kurdish administration struck a deal in spring to repatriate
                # Canadian citizens": the deal is made, the repatriation planned
                announced = plan
        for child in node.children:
            low = child.lower_
            if child.dep_ == "npadvmod" and _every(child):
                return None, child  # "getting bombed every five minutes": a habit
            if child.dep_ == "neg" or (child.dep_ == "advmod" and low in {"never", "not"}):
                return None, child
            if child.dep_ in {"aux", "auxpass"} and low in pat.HYPOTHETICAL_MODALS:
                if (
                    low in {"can", "ca"}
                    and node.dep_ != "ccomp"
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
            node.dep_ in {"ccomp", "advcl"}
            and syn.lemma(node.head) in pat.DEMAND_VERBS
            and not _calling_it_so(node.head)
        ):
            return None, node.head  # "called for the OPCW to deploy specialists"
        if (
            node.dep_ == "ccomp"
            and syn.lemma(node.head) in pat.HYPOTHETICAL_VERBS
            and syn.child_of(node, {"aux"}, {"to"}) is not None
        ):
            return None, node.head  # "allows Britain to revoke ..."
    if announced is not None and ability is not None:
        return None, ability  # "would be able to detain": a power a bill would give
    if announced is not None:
        return "announced", announced
    if hit.noun and syn.is_verb(gov) and gov is not token:
        glemma = syn.lemma(gov)
        asked = token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ == "for")
        if glemma in pat.DEMAND_VERBS and asked:
            return None, gov  # "Bolton advocated air strikes", "called for the deployment";
            # not "pushed further into the enclave following clashes and airstrikes"
        if glemma == "face" and hit.kind == "expulsion" and token.dep_ == "dobj":
            return None, gov  # "the suspect had been facing deportation since June": pending
        if glemma == "face" and hit.kind == "charge" and _on_bail(gov):
            return None, gov  # "Monis was on bail ... and faced more than 40 charges of sexual
            # and indecent assault": the attacker's record, no charge of the news
        if (
            glemma in pat.PLAN_NOUN_GOVERNORS
            or (hit.kind == "law" and glemma in pat.LAW_VERBS_PLANNED)
            or (hit.kind in {"deployment", "air_strike"} and glemma in pat.DEPLOYMENT_APPROVED)
        ):
            return "announced", gov
        if glemma == "announce" and hit.kind in pat.ANNOUNCE_PLANS:
            return "announced", gov
    return "carried out", gov


def _on_bail(verb: Token) -> bool:
    """Whether the verb's sentence tells someone was out on bail ("was on bail on a charge of
    being an accessory to murder"), telling a record, in the past tense."""
    return verb.tag_ == "VBD" and any(
        t.lower_ == "bail" and t.head.lower_ == "on" for t in verb.sent
    )


def _infinitive_of_a_noun(token: Token) -> bool:
    """ "the power to detain", "no way to arrest": an infinitive modifying a noun."""
    return (
        token.dep_ in {"acl", "relcl"}
        and syn.is_noun(token.head)
        and syn.child_of(token, {"aux"}, {"to"}) is not None
    )


def _every(noun: Token) -> bool:
    """ "every five minutes", "every day": a unit of time counted by "every"."""
    return syn.lemma(noun) in pat.HABIT_UNITS and syn.child_of(noun, {"det"}, {"every"}) is not None


def _calling_it_so(verb: Token) -> bool:
    """ "in what Enanga called a violent confrontation when security forces raided his home":
    "call" naming something (an object, no "for" or "on"), not calling for an act."""
    return (
        syn.lemma(verb) == "call"
        and syn.child_of(verb, {"dobj"}) is not None
        and syn.child_of(verb, {"prep"}, {"for", "on"}) is None
    )


def _bare_infinitive(verb: Token) -> bool:
    """Whether the verb's only auxiliary is "to", with no subject of its own."""
    return all(
        c.dep_ not in {"aux", "auxpass", "nsubj", "nsubjpass"} or c.lower_ == "to"
        for c in verb.children
    )
