"""Dependency-tree helpers the action extractor reads a sentence with.

Used by :mod:`veille.extract.actions` and the modules that fill an action's fields: who does
what to whom in the parse (:func:`agent`, :func:`patient`, :func:`governor`), the object of a
preposition (:func:`pobj`), the phrase a subject names (:func:`phrase_of_subject`), the clause a
word belongs to (:func:`in_clause`), and character ranges in the article text (:data:`Range`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from ..nlp import date_patterns
from . import action_patterns as pat

__all__ = [
    "DETERMINERS",
    "Range",
    "agent",
    "chars",
    "child_of",
    "counted_noun",
    "done_overnight",
    "governor",
    "has_aux",
    "in_clause",
    "inside",
    "is_ancestor",
    "is_noun",
    "is_passive",
    "is_verb",
    "left_modifiers",
    "lemma",
    "number_change",
    "overlaps",
    "patient",
    "phrase_of_subject",
    "pobj",
    "subtree_text",
]

Range = tuple[int, int]
"""Character offsets in the article text."""

DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these"})

_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
_SUBJECT_PRONOUNS = frozenset({"who", "which", "that"})
_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_TIME_WORDS = (
    frozenset({"evening", "morning", "night", "afternoon", "noon", "midnight", "end", "weekend"})
    | {"today", "tomorrow", "tonight", "year", "month", "week"}
    | date_patterns.FULL_WEEKDAYS
    | date_patterns.FULL_MONTHS
)


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_verb(token: Token) -> bool:
    return token.pos_ in _VERB_POS or token.tag_.startswith("VB")


def is_noun(token: Token) -> bool:
    return token.pos_ in _NOUN_POS and not token.tag_.startswith("VB")


def inside(start: int, end: int, ranges: Iterable[Range | None]) -> bool:
    return any(r is not None and r[0] <= start and end <= r[1] for r in ranges)


def overlaps(start: int, end: int, ranges: Iterable[Range | None]) -> bool:
    return any(r is not None and start < r[1] and r[0] < end for r in ranges)


def chars(doc: Doc, first: int, last: int) -> Range:
    """Character range of tokens ``first`` to ``last`` inclusive."""
    return doc[first].idx, doc[last].idx + len(doc[last])


def child_of(token: Token, deps: Iterable[str], words: Iterable[str] = ()) -> Token | None:
    wanted = frozenset(words)
    for child in token.children:
        if child.dep_ in deps and (not wanted or child.lower_ in wanted):
            return child
    return None


def ordered_by(verb: Token) -> Token | None:
    """The "order" a verb tells the object of: "ordered security stepped up", "ordered that he
    be held", and "ordered five suspects held" (the participle hung on the people ordered)."""
    if verb.dep_ in {"ccomp", "xcomp", "oprd"} and lemma(verb.head) == "order":
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and lemma(verb.head.head) == "order":
        return verb.head.head
    return None


def pobj(token: Token, preps: Iterable[str], *, dated: bool = False) -> Token | None:
    """The object of a preposition child of ``token`` ("with" -> "terrorism offences");
    ``dated=True`` skips a day or time ("on Friday" before "on 85 targets")."""
    wanted = frozenset(preps)
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in wanted:
            obj = child_of(child, {"pobj", "pcomp"})
            if obj is not None and not (dated and obj.ent_type_ in {"DATE", "TIME"}):
                return obj
    return None


def has_aux(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def patient(verb: Token) -> Token | None:
    """What the action befalls: the object, the passive subject, the noun a participle modifies
    ("10,000 troops deployed"), or the passive subject shared with a coordinated verb."""
    for deps in ({"dobj"}, {"nsubjpass"}):
        found = child_of(verb, deps)
        if found is not None:
            if found.lower_ in _SUBJECT_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return found
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN" and is_noun(verb.head):
        return verb.head
    if verb.dep_ == "conj" and is_verb(verb.head) and not has_aux(verb):
        return child_of(verb.head, {"nsubjpass"})
    return None


def agent(verb: Token, depth: int = 0) -> Token | None:
    """Who acts: the subject of an active verb, the "by" phrase of a passive one, or the subject
    a coordinated or dependent verb shares with its head ("raided homes and arrested ...",
    "carried out raids, arresting ...", "plans to deploy")."""
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "westerners imprisoned by Isis"
    shared = verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children)
    if is_passive(verb) or participle or (shared and is_passive(verb.head)):
        # "were targeted, expelled and killed by Isis": the conjuncts share the "by" phrase
        by = pobj(verb, {"by"}) or next(
            (b for c in verb.conjuncts if c.i > verb.i and (b := pobj(c, {"by"})) is not None),
            None,
        )
        if by is not None and (by.ent_type_ in _TIME_ENTITIES or by.lower_ in _TIME_WORDS):
            return None  # "would be deployed across France by Monday evening": a deadline
        if by is not None or not participle:
            return by
    # the subject nearest the verb: a dateline ("PARIS (Reuters) -") can parse as another one
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subject = max(
        subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i), default=None
    )
    if subject is not None:
        subject = _named_before_an_apposition(subject, subjects)
        if subject.lower_ in _SUBJECT_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ == "relcl" and any(c.lower_ == "whose" for c in subject.children):
            return verb.head  # "an African Union force whose soldiers arrested suspects"
        return _past_the_dateline(subject)
    if depth < 3 and verb.dep_ in {"conj", "advcl", "xcomp"} and is_verb(verb.head):
        return agent(verb.head, depth + 1)
    return None


def _named_before_an_apposition(subject: Token, subjects: Sequence[Token]) -> Token:
    """The subject a second one stands in apposition to, however the parse hangs them ("A
    judge at the High Court in Madrid, the Audiencia Nacional, ... opened an investigation":
    the judge)."""
    doc = subject.doc
    start = subject.left_edge.i
    if any(t.dep_ == "cc" for t in subject.subtree):
        return subject  # "police, the counter-terrorism department and intelligence agencies"
    for other in subjects:
        if (
            other.i < start
            and doc[start - 1].text == ","
            and other.right_edge.i in {start - 1, start - 2}
        ):
            return other
    return subject


def _past_the_dateline(subject: Token) -> Token:
    """The subject itself, or, when the parser made the dateline the subject ("PARIS (Reuters) -
    French police detained ..."), the words after the dateline's dash, hung on it as an
    apposition."""
    doc = subject.doc
    for child in subject.rights:
        if child.dep_ != "appos":
            continue
        between = doc[subject.i + 1 : child.left_edge.i]
        if any(t.text in _DATELINE_DASHES and t.whitespace_ for t in between):
            return child
    return subject


def done_overnight(verb: Token) -> bool:
    """Whether the verb, or a verb it is coordinated with, is done "overnight" ("carried out
    168 raids overnight, arrested 23 people"): one night's operation."""
    return any(t.lower_ == "overnight" for v in (verb, *verb.conjuncts) for t in v.children)


def governor(token: Token) -> Token:
    """The verb that reports an action noun: "carried out raids", "arrests were made", "detained
    in raids", "voted in favour of the bill"; the noun itself when there is none. In "police
    made what they called significant arrests" it is "made", not "called"."""
    gov = _direct_governor(token)
    if (
        gov is not token
        and lemma(gov) == "call"
        and any(c.lower_ == "what" for c in gov.children)
        and is_verb(gov.head)
    ):
        return gov.head
    return gov


def _direct_governor(token: Token) -> Token:
    node = token
    while node.dep_ == "conj" and is_noun(node.head):
        node = node.head
    for _ in range(3):
        head = node.head
        if node.dep_ in {"dobj", "nsubjpass", "nsubj", "attr", "oprd", "dative"}:
            return head if is_verb(head) and head is not node else token
        if node.dep_ == "pobj" and head.dep_ in {"prep", "agent", "dative"}:
            above = head.head
            if is_verb(above):
                return above
            if is_noun(above) and above.dep_ == "pobj":
                node = above
                continue
            if head.lower_ == "of" and (above.like_num or above.ent_type_ == "CARDINAL"):
                node = above  # "launched dozens of raids": the verb of "dozens"
                continue
        break
    return token


def left_modifiers(token: Token) -> list[Token]:
    return [c for c in token.lefts if c.dep_ in _MODIFIER_DEPS]


def is_ancestor(a: Token, b: Token) -> bool:
    return a is not b and a.is_ancestor(b)


def phrase_of_subject(token: Token) -> Span:
    """A subject as written, without its determiner, relative clauses or appositions: "French
    police", "US-led coalition", "France and Britain"."""
    doc = token.doc
    start = token.left_edge.i
    end = token.i
    for child in token.rights:
        if child.dep_ == "conj" or (
            child.dep_ == "cc" and any(c.dep_ == "conj" for c in token.rights)
        ):
            end = max(end, child.right_edge.i if child.dep_ == "conj" else child.i)
        elif child.dep_ == "prep" and child.lower_ == "of" and end == token.i:
            end = child.right_edge.i  # "members of parliament"
        else:
            break
    # "PARIS (Reuters) - France": the dateline the parser hung on the subject
    dashes = [
        t.i
        for t in doc[start : token.i]
        if t.text in _DATELINE_DASHES and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_
    ]
    if dashes:
        start = dashes[-1] + 1
    while start < token.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    return doc[_after_a_time_said(doc, start, token.i) : end + 1]


_TIME_ADVERBS = frozenset({"later", "earlier", "then", "meanwhile", "afterwards"})
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})


def _after_a_time_said(doc: Doc, start: int, head: int) -> int:
    """Where a subject starts once a time the parse hung on it is left out ("Days later more
    than 800 police officers", "Two weeks later police")."""
    i = start
    while i < head and (doc[i].like_num or doc[i].lemma_.lower() in _TIME_UNITS):
        i += 1
    if i < head and doc[i].lower_ in _TIME_ADVERBS:
        i += 1
        while i < head and doc[i].is_punct:
            i += 1
        return i
    return start


def subtree_text(token: Token) -> str:
    sub = list(token.subtree)
    return token.doc[sub[0].i : sub[-1].i + 1].text


def counted_noun(span: Span) -> Token:
    """The word a quantity counts: "people" in "more than 20 people", "dozens" itself."""
    last = span[-1]
    if last.pos_ in _NOUN_POS and not last.like_num:
        return last
    if last.dep_ in {"nummod", "quantmod", "amod", "compound"} and last.head.i >= span.end:
        return last.head
    strong = last.head
    if strong.lower_ == "strong" and strong.dep_ == "amod" and strong.i >= span.end:
        return strong.head  # "a 1,000-strong force": the force
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.head.i > nxt.i and is_noun(nxt.head):
        return nxt.head  # "1,500 more soldiers"
    return last


def in_clause(offset: int, verb: Token) -> bool:
    """Whether the character ``offset`` falls in ``verb``'s clause: its subtree without the
    verbs joined to it ("and") and what hangs on them."""
    if not any(t.idx <= offset < t.idx + len(t) for t in verb.subtree):
        return False
    others = (c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
    return not any(t.idx <= offset < t.idx + len(t) for c in others for t in c.subtree)


def in_joined_action(offset: int, verb: Token) -> bool:
    """Whether the character ``offset`` falls in a verb joined to ``verb`` ("and") that names
    an action of its own ("arrested ... and extradited to Britain in July 2019")."""
    return any(
        t.idx <= offset < t.idx + len(t)
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and lemma(c) in pat.VERB_TRIGGERS
        for t in c.subtree
    )


def in_subject(offset: int, verb: Token) -> bool:
    """Whether the character ``offset`` falls in the verb's subject: "The man suspected of
    driving his car into soldiers this month has been placed under formal investigation"."""
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head  # an action noun: the verb it hangs on
    # "A federal jury on Friday sentenced ...": the parse may hang the verb's day, told right
    # before it, on the subject
    before_verb = {
        t.i
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "on" and p.right_edge.i + 1 == verb.i
        for t in p.subtree
    }
    return any(
        t.idx <= offset < t.idx + len(t)
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        for t in c.subtree
        if t.i not in before_verb
    )


def in_relative_clause(offset: int, verb: Token, word: Token) -> bool:
    """Whether the character ``offset`` falls in a relative clause of the sentence that is not
    the action's own clause (the one holding ``verb``), away from the action ``word``: "arrested
    a brother of the Tunisian man who stabbed two young women to death ... on Oct. 1" (the
    stabbing's day, not the arrest's), "convicted 14 people of helping the gunmen who attacked
    ... in January 2015". The parse may hang the action word in such a clause ("placed the man
    who attacked soldiers ... last Friday under formal investigation"): its own phrase aside."""
    own = {t.i for t in word.subtree}
    for clause in verb.sent:
        if clause.dep_ != "relcl" or clause.head.i == verb.i:
            continue
        if clause.left_edge.i <= verb.i <= clause.right_edge.i:
            continue  # the action's own clause: "whose parliament voted last Thursday to send"
        # a "who" or "which" clause under the action word tells of someone else: "found X
        # guilty as accomplices of the bomber, who died in the blast on July 18, 2012" (not the
        # clause the word heads, nor a noun's, which tells the action: "an airstrike that
        # killed their mother in January")
        under_word = (
            clause.i in own
            and clause.i != word.i
            and word.pos_ not in {"NOUN", "PROPN"}
            and any(c.tag_ in {"WP", "WDT"} for c in clause.children)  # "who died", "which"
        )
        if any(
            t.idx <= offset < t.idx + len(t) and (under_word or t.i not in own)
            for t in clause.subtree
        ):
            return True
    return False


def in_clause_about_someone(offset: int, word: Token, lemmas: frozenset[str]) -> bool:
    """Whether the character ``offset`` falls in a participle clause that tells who someone
    is (one of ``lemmas``: "the gunman suspected of killing 39 people ... on Jan. 1"), away
    from the action ``word``."""
    return any(
        _in_another_clause(offset, clause, word)
        for clause in word.sent
        if clause.dep_ == "acl" and lemma(clause) in lemmas
    )


_TIME_MARKS = frozenset({"since", "after", "before", "until", "till"})
_SAME_DAY = frozenset({"minutes", "hours", "shortly", "soon", "just", "moments", "immediately"})


def in_time_clause(offset: int, word: Token) -> bool:
    """Whether the character ``offset`` falls in a clause that tells another act as a point in
    time, away from the action ``word``: "the biggest blow to the group since U.S. special
    forces killed its founder ... in Pakistan in 2011" (2011 is the other killing's year)."""
    for clause in word.sent:
        if clause.dep_ != "advcl":
            continue
        mark = next(
            (c for c in clause.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS), None
        )
        if mark is None or (mark.i > 0 and clause.doc[mark.i - 1].lower_ in _SAME_DAY):
            continue  # "arrested him minutes after he began stabbing people on Friday"
        if _in_another_clause(offset, clause, word):
            return True
    return False


def _in_another_clause(offset: int, clause: Token, word: Token) -> bool:
    """Whether the character ``offset`` falls in ``clause``'s subtree and ``word`` does not."""
    if clause.left_edge.i <= word.i <= clause.right_edge.i:
        return False
    return any(t.idx <= offset < t.idx + len(t) for t in clause.subtree)


def in_future_clause(offset: int, verb: Token) -> bool:
    """Whether the character ``offset`` falls in a clause joined to the verb that tells what
    will happen: "is being held in custody and will face a custody hearing on Friday", "had
    been arrested in Norway and would face a court hearing in Oslo on Friday"."""
    return any(
        t.idx <= offset < t.idx + len(t)
        for c in verb.children
        if c.dep_ == "conj"
        and any(
            a.dep_ == "aux" and a.lower_ in {"will", "'ll", "shall", "would"} for a in c.children
        )
        for t in c.subtree
    )


def number_change(token: Token) -> Token | None:
    """The verb of change when the action word describes what "the number of" counts ("the
    number of soldiers deployed under Operation Sentinelle would rise ..."), else ``None``."""
    if token.dep_ != "acl":
        return None
    noun = token.head
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in {"number", "total"}:
        return None
    verb = of.head.head
    return verb if is_verb(verb) and lemma(verb) in pat.CHANGE_VERBS else None
