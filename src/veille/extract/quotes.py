"""Direct quotes and who said them, with the speaker's role as the article gives it.

A quote is text between double quotes (straight ``"..."`` or curly ``“...”``) or between single
curly quotes (``‘...’``, only when the quoted text ends with punctuation and is not inside a
double-quoted one). A quote is kept only when the article attributes it:

* after the quote: ``“...,” said Christophe Castaner, the interior minister.``,
  ``“...,” the ministry said.``, ``“...,” X, the Y, told AFP.``, ``“...”, according to X.``;
* before the quote: ``X said: “...”``, ``X told the Guardian: “...”``, ``According to X, “...”``;
* a partial quote inside a reported statement: ``X said the girls had “no reason to fear”``.

Speakers are named only as the article names them. A name comes from the text of the
attribution: when it holds a person's name, that name is the speaker and the rest of the phrase
("the interior minister", "France's prosecutor") is the role; otherwise the whole phrase ("a
spokesman for the Home Office", "the ministry") is the speaker and there is no role.
"he said" / "she said" is resolved to a person named in the same or the previous sentence only
when exactly one person is named there (or spoke the previous quote there); otherwise the speaker
is ``None``. Nothing is inferred from a name (no gender, religion or ethnicity): a pronoun is
never matched against a name, only counted against the other names in reach.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..models import Article, Evidence
from ..nlp.text import doc_text

__all__ = ["Quote", "QuoteExtractor", "find_quote_spans"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed direct quote.

    ``text`` is the quoted words (without the quote marks or a trailing comma, whitespace
    normalised). ``speaker`` is the speaker as the article names them ("Christophe Castaner",
    "a Home Office spokesman") or ``None`` when a pronoun cannot be resolved without guessing.
    ``speaker_role`` is the role the article gives ("the interior minister"), else ``None``.
    ``evidence`` cites the quote (field ``"quote"``) and, when found, the speaker
    (``"speaker"``) and the role (``"speaker_role"``).
    """

    text: str
    speaker: str | None
    speaker_role: str | None
    evidence: tuple[Evidence, ...]

    @property
    def start(self) -> int:
        """Offset of the quote's opening mark in the article text."""
        return self.evidence[0].start

    @property
    def end(self) -> int:
        """Offset just after the quote's closing mark in the article text."""
        return self.evidence[0].end


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Offsets of a quote in a text: ``start``/``end`` include the marks, ``inner_*`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int


_CURLY: Final = re.compile(r"“([^“”]{1,3000})”")
_STRAIGHT: Final = re.compile(r'(?<![\w"])"(?=\S)([^"\n]{1,3000}?)(?<=\S)"(?![\w])')
_SINGLE: Final = re.compile(r"(?<![\w‘’])‘(?=\S)((?:(?!‘)[^\n]){1,1500}?[.,!?])’(?![\w])")
_SPACE: Final = re.compile(r"\s+")

_SPEECH_FORMS: Final = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "explained",
        "explains",
        "asked",
        "asks",
        "wrote",
        "writes",
        "tweeted",
        "insisted",
        "insists",
        "warned",
        "warns",
        "noted",
        "notes",
        "claimed",
        "claims",
        "argued",
        "argues",
        "recalled",
        "recalls",
        "continued",
        "continues",
        "stated",
        "declared",
        "announced",
        "replied",
        "responded",
        "confirmed",
        "acknowledged",
        "admitted",
        "commented",
        "remarked",
        "suggested",
        "urged",
        "conceded",
        "alleged",
    }
)
# Verbs that make a quote inside their clause the speaker's words ("said ... “no reason”").
_REPORTING_LEMMAS: Final = frozenset(
    {"say", "tell", "add", "warn", "write", "insist", "claim", "argue", "describe", "call"}
    | {"state", "announce", "explain", "tweet", "threaten", "vow", "promise", "pledge"}
    | {"admit", "acknowledge", "predict", "accuse"}
)
_PRONOUNS: Final = frozenset({"he", "she"})
_OTHER_PRONOUNS: Final = frozenset({"they", "it", "i", "we", "you", "one", "who", "this"})
_CLOSERS: Final = frozenset({"”", '"', "’"})
_OPENERS: Final = frozenset({"“", "‘"})
_SENTENCE_END: Final = frozenset({".", "!", "?"})
_LEADING_JUNK: Final = frozenset({"and", "but", "then", "so", "later", "also", "as", "while"})
# Words that end an inverted speaker phrase: "said Maher on Monday", "said X in a statement".
_SPEAKER_STOP: Final = frozenset(
    {"on", "in", "at", "during", "after", "before", "while", "when", "as", "adding", "who"}
    | {"yesterday", "today", "tonight", "last", "this", "earlier", "later", "referring"}
)
_ROLE_STARTS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "one"})
_MAX_REGION = 30
_HONORIFICS: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mme", "mlle"}
)
_TITLES: Final = frozenset(
    {"prosecutor", "president", "minister", "general", "commander", "spokesman", "spokeswoman"}
    | {"spokesperson", "secretary", "director", "chief", "ambassador", "envoy", "senator"}
    | {"judge", "colonel", "captain", "major", "sheikh", "imam", "king", "queen", "prince"}
    | {"mayor", "governor", "chancellor", "lawyer", "premier", "sergeant", "lieutenant"}
)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch of ``text`` in order, curly and straight double quotes first, then
    single curly quotes that are not inside a double-quoted one."""
    spans: list[QuoteSpan] = []
    for pattern in (_CURLY, _STRAIGHT):
        for m in pattern.finditer(text):
            spans.append(QuoteSpan(m.start(), m.end(), m.start(1), m.end(1)))
    spans.sort(key=lambda s: s.start)
    kept: list[QuoteSpan] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    for m in _SINGLE.finditer(text):
        if all(m.end() <= s.start or m.start() >= s.end for s in kept):
            kept.append(QuoteSpan(m.start(), m.end(), m.start(1), m.end(1)))
    kept.sort(key=lambda s: s.start)
    return kept


@dataclass(frozen=True, slots=True)
class _Chunk:
    """A speaker phrase split into the speaker and the role, as token index ranges."""

    speaker: tuple[int, int] | None  # token range [start, end) of the name
    role: tuple[int, int] | None
    pronoun: bool = False


@dataclass(frozen=True, slots=True)
class _Said:
    """A resolved speaker: text and character offsets for the name and the role."""

    speaker: str | None
    speaker_at: tuple[int, int] | None
    role: str | None
    role_at: tuple[int, int] | None
    end: int  # end of the attribution clause (character offset)


class QuoteExtractor:
    """Finds attributed direct quotes in a processed article. Create once; call per document."""

    def __call__(self, doc: Doc, article: Article) -> list[Quote]:
        quotes: list[Quote] = []
        resolved: list[tuple[int, _Said]] = []  # (quote start, speaker) of earlier quotes
        for span in find_quote_spans(doc_text(doc)):
            said = self._attribute(doc, span, resolved)
            if said is None:
                continue
            if said.speaker is not None:
                resolved.append((span.start, said))
            quotes.append(_quote(doc, article, span, said))
        return quotes

    # ------------------------------------------------------------------------------ attribution

    def _attribute(
        self, doc: Doc, span: QuoteSpan, resolved: Sequence[tuple[int, _Said]]
    ) -> _Said | None:
        inner = doc_text(doc)[span.inner_start : span.inner_end].strip()
        if not inner:
            return None
        if len(inner.split()) < _MIN_QUOTE_WORDS and not inner.endswith((".", "!", "?")):
            return None  # 'remained "serious"', 'to "extraordinary"': a term in quotes
        found = _after(doc, span, inner)
        if found is None:
            found = _before(doc, span)
        if found is None:
            found = _reporting_clause(doc, span)
        if found is None:
            return None
        chunk, end = found
        if chunk.pronoun:
            return _resolve_pronoun(doc, span.start, resolved, end)
        return _said(doc, chunk, end)


_MIN_QUOTE_WORDS = 3  # shorter quoted words are a term or a name, unless a whole sentence


# --- regions ---------------------------------------------------------------------------------


def _first_token_at(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after ``char`` (``len(doc)`` when none)."""
    for token in doc:
        if token.idx >= char:
            return token.i
    return len(doc)


def _last_token_before(doc: Doc, char: int) -> int:
    """Index of the last token ending at or before ``char`` (-1 when none)."""
    last = -1
    for token in doc:
        if token.idx + len(token.text) <= char:
            last = token.i
        else:
            break
    return last


def _tail(doc: Doc, end_char: int) -> list[Token]:
    """Tokens after a quote, to the end of its attribution clause."""
    out: list[Token] = []
    i = _first_token_at(doc, end_char)
    while i < len(doc) and len(out) < _MAX_REGION:
        token = doc[i]
        if token.text in _OPENERS or token.is_space:
            break
        out.append(token)
        if token.text in _SENTENCE_END or "\n" in token.whitespace_:
            break
        i += 1
    return out


def _head(doc: Doc, start_char: int) -> list[Token]:
    """Tokens before a quote, back to the start of their sentence."""
    out: list[Token] = []
    i = _last_token_before(doc, start_char)
    while i >= 0 and len(out) < _MAX_REGION:
        token = doc[i]
        if token.text in _SENTENCE_END or token.text in _CLOSERS or token.is_space:
            break
        if "\n" in token.whitespace_ and out:
            break
        out.append(token)
        i -= 1
    out.reverse()
    return out


def _after(doc: Doc, span: QuoteSpan, inner: str) -> tuple[_Chunk, int] | None:
    """ "“...,” said X, the Y." / "“...,” X said." / "“...”, according to X." """
    tail = _tail(doc, span.end)
    if not tail:
        return None
    lead_comma = tail[0].text == ","
    words = tail[1:] if lead_comma else tail
    if not words:
        return None
    first = words[0]
    ends_open = inner[-1] in ",—–-…" or lead_comma
    ends_mark = inner[-1] in "?!" and first.text[:1].islower()
    lower_start = first.text[:1].islower() and inner[-1] == "."
    if not (ends_open or ends_mark or lower_start):
        return None
    end = _region_end(words)
    if (
        len(words) >= 3
        and first.lower_ == "according"
        and words[1].lower_ == "to"
        and _chunk_ok(words[2:])
    ):
        return _split(doc, _until_stop(words[2:], stop_words=False)), end
    verb = _speech_verb(words[:14])
    if verb is None:
        return None
    v = [t.i for t in words].index(verb.i)
    if v == 0:
        chunk = _nsubj_after(verb, words) or _until_stop(words[1:], stop_words=True)
        if not chunk:
            return None
        return _split(doc, chunk), end
    before = _strip_adverbs(words[:v])
    if not before or not _chunk_ok(before):
        return None
    subject = _nsubj_before(verb, before)
    if subject is not None and subject[0].i != before[0].i:
        # "“urgence attentat”, across the Paris region on Saturday, the office said": words
        # between the quote and the subject; the quote is a term inside the reported content
        return None
    return _split(doc, before), end


def _before(doc: Doc, span: QuoteSpan) -> tuple[_Chunk, int] | None:
    """ "X said: “...”" / "X told the Guardian: “...”" / "According to X, “...”" """
    head = _head(doc, span.start)
    if len(head) < 2 or head[-1].text not in {":", ","}:
        return None
    words = head[:-1]
    lowers = [t.lower_ for t in words]
    if "according" in lowers:
        k = lowers.index("according")
        if k + 2 < len(words) and lowers[k + 1] == "to":
            chunk = _until_stop(words[k + 2 :], stop_words=False)
            if chunk:
                return _split(doc, chunk), span.start
    verb = _speech_verb(list(reversed(words)))
    if verb is None:
        return None
    v = [t.i for t in words].index(verb.i)
    after_verb = words[v + 1 :]
    if len(after_verb) > 6 or any(t.pos_ == "VERB" for t in after_verb):
        return None  # "X said the group, which ..., “...”": not the speech verb of the quote
    subject = _nsubj_before(verb, words[:v])
    chunk = subject or _strip_adverbs(_clause_start(words[:v]))
    if not chunk or not _chunk_ok(chunk):
        return None
    return _split(doc, chunk), span.start


def _reporting_clause(doc: Doc, span: QuoteSpan) -> tuple[_Chunk, int] | None:
    """A quote governed by a reporting verb earlier in its sentence: "X said the girls had
    “no reason to fear”" (the quote's words hang below the verb in the parse)."""
    first = _first_token_at(doc, span.inner_start)
    if first >= len(doc):
        return None
    token = doc[first]
    head = _head(doc, span.start)
    if not head:
        return None
    region = {t.i for t in head}
    for ancestor in token.ancestors:
        if ancestor.i not in region:
            continue
        if ancestor.lemma_ in _REPORTING_LEMMAS and ancestor.pos_ == "VERB":
            if any(c.dep_ == "auxpass" for c in ancestor.children):
                return None  # "was described as a “volcano”": the subject did not say it
            earlier = [t for t in head if t.i < ancestor.i]
            subject = _nsubj_before(ancestor, earlier, frozenset({"nsubj"}))
            if subject and _chunk_ok(subject):
                return _split(doc, subject), span.end
            return None
    return None


def _region_end(words: Sequence[Token]) -> int:
    last = words[-1]
    return last.idx + len(last.text)


def _speech_verb(words: Sequence[Token]) -> Token | None:
    for token in words:
        if token.text in _SENTENCE_END:
            return None
        if token.lower_ in _SPEECH_FORMS and token.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}:
            return token
    return None


def _nsubj_after(verb: Token, words: Sequence[Token]) -> list[Token] | None:
    """The subject of an inverted "said X" within ``words``, cut at a date or place phrase."""
    allowed = {t.i for t in words}
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i > verb.i:
            toks = [t for t in child.subtree if t.i in allowed]
            if toks and toks[0].i == verb.i + 1:
                return _until_stop(toks, stop_words=True)
    return None


def _nsubj_before(
    verb: Token, words: Sequence[Token], deps: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
) -> list[Token] | None:
    allowed = {t.i for t in words}
    for child in verb.children:
        if child.dep_ in deps and child.i < verb.i:
            toks = sorted(child.subtree, key=lambda t: t.i)
            if all(t.i in allowed for t in toks):
                return toks
    return None


def _until_stop(words: Sequence[Token], *, stop_words: bool) -> list[Token]:
    """Leading words of a speaker phrase: up to the end of the sentence, a semicolon, a second
    comma (after "X, the Y"), or (for an inverted "said X") a word such as "on" or "in"."""
    out: list[Token] = []
    commas = 0
    for token in words:
        if token.text in _SENTENCE_END or token.text in {";", ":", "(", "—", "–"}:
            break
        if token.text in _OPENERS or token.text in _CLOSERS:
            break
        if token.text == ",":
            commas += 1
            if commas >= 2:
                break
        elif stop_words and token.lower_ in _SPEAKER_STOP and out and out[-1].text != ",":
            break
        out.append(token)
    while out and out[-1].text == ",":
        out.pop()
    return out


def _strip_adverbs(words: Sequence[Token]) -> list[Token]:
    out = list(words)
    while out and (out[-1].pos_ in {"ADV", "AUX", "PART"} or out[-1].text == ","):
        out.pop()
    while out and (out[0].lower_ in _LEADING_JUNK or out[0].text == ","):
        out.pop(0)
    return out


def _clause_start(words: Sequence[Token]) -> list[Token]:
    """The words after a leading adverbial ("In a statement, the ministry said")."""
    toks = list(words)
    if toks and toks[0].pos_ == "ADP":
        commas = [k for k, t in enumerate(toks) if t.text == ","]
        if commas:
            return toks[commas[0] + 1 :]
    return toks


def _chunk_ok(words: Sequence[Token]) -> bool:
    """Whether words can be a speaker phrase: short, no finite verb of their own, a noun or a
    pronoun in them."""
    if not words or len(words) > 24:
        return False
    if any(t.text in _OPENERS or t.text in _CLOSERS for t in words):
        return False
    return any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in words)


# --- speaker and role ------------------------------------------------------------------------


def _split(doc: Doc, words: Sequence[Token]) -> _Chunk:
    """Split a speaker phrase into the name and the role."""
    toks = [t for t in words if not t.is_space]
    while toks and toks[0].text in {",", "-"}:
        toks.pop(0)
    while toks and toks[-1].text in {",", "-"}:
        toks.pop()
    if not toks:
        return _Chunk(None, None)
    if len(toks) == 1 and toks[0].lower_ in _PRONOUNS:
        return _Chunk(None, None, pronoun=True)
    if toks[0].lower_ in _OTHER_PRONOUNS and len(toks) == 1:
        return _Chunk(None, None)
    lo, hi = toks[0].i, toks[-1].i + 1
    person = _person_in(doc, lo, hi)
    if person is not None:
        start = person.start
        if start > lo and doc[start - 1].lower_.rstrip(".") in _HONORIFICS:
            start -= 1  # "Mr Trump" is how the article names him
        role = _role_around(doc, lo, hi, doc[start : person.end])
        return _Chunk((start, person.end), role)
    # "Alloush, the commander" with an unrecognised name: a capitalised head before a comma.
    commas = [t.i for t in toks if t.text == ","]
    if commas:
        first = doc[lo : commas[0]]
        rest = doc[commas[0] + 1 : hi]
        if _is_name(first) and _is_role(rest):
            return _Chunk((first.start, first.end), (rest.start, rest.end))
        if _is_name(rest) and _is_role(first):
            return _Chunk((rest.start, rest.end), (first.start, first.end))
        hi = commas[0]
    # "The government spokesman Bekir Bozdağ" with a name the NER missed: role, then name
    k = hi
    while k > lo and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    if lo < k < hi and (doc[k - 1].pos_ == "NOUN" or _titled(doc[k - 1])):
        name = doc[k:hi]
        named_org = any(t.ent_type_ in {"ORG", "GPE", "NORP", "LOC", "FAC"} for t in name)
        if _titled(doc[k - 1]) or not named_org:
            return _Chunk((k, hi), (lo, k))
    return _Chunk((lo, hi), None)


def _is_name(span: Span) -> bool:
    """Capitalised proper nouns only ("Alloush", "Recep Tayyip Erdoğan")."""
    return len(span) > 0 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span)


def _is_role(span: Span) -> bool:
    """A phrase with a common noun ("the commander", "Turkey's president")."""
    if not len(span) or span[0].lower_ in {"who", "which", "that"}:
        return False
    return span[0].lower_ in _ROLE_STARTS or any(t.pos_ == "NOUN" for t in span)


def _person_in(doc: Doc, lo: int, hi: int) -> Span | None:
    """The first PERSON entity inside tokens ``[lo, hi)`` that is not a possessor ("X's
    spokesman" is not X)."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start < lo or ent.end > hi:
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.lower_ in {"'s", "’s", "'"}:
            continue
        prev = doc[ent.start - 1] if ent.start > lo else None
        if prev is not None and prev.pos_ == "ADP":
            continue  # "a spokesman for X": X is not the speaker
        return ent
    return None


def _role_around(doc: Doc, lo: int, hi: int, person: Span) -> tuple[int, int] | None:
    """The role words of a speaker phrase: before the name ("the interior minister
    Christophe Castaner", "the interior minister, Christophe Castaner") or after it
    ("Christophe Castaner, the interior minister")."""
    before = [t for t in doc[lo : person.start] if not t.is_space]
    while before and before[-1].text in {",", "-"}:
        before.pop()
    after = [t for t in doc[person.end : hi] if not t.is_space]
    while after and after[0].text in {",", "-"}:
        after.pop(0)
    while after and after[-1].text in {",", "-"}:
        after.pop()
    if after and after[0].lower_ == "of" and len(after) > 1:
        after = after[1:]  # "X of the Union of ...": the affiliation
    while before and before[0].pos_ == "ADP":  # "On Sunday Mr Trump": no role
        before = [t for t in before[1:] if t.pos_ not in {"PROPN", "NUM"} or _titled(t)]
    for part in (after, before):
        if part and any(t.pos_ == "NOUN" or _titled(t) for t in part):
            if part[0].lower_ in {"who", "which", "that"}:
                continue
            return part[0].i, part[-1].i + 1
    return None


def _titled(token: Token) -> bool:
    """A capitalised title word ("Prosecutor Rémy Heitz", "President Macron")."""
    return token.lower_ in _TITLES


def _said(doc: Doc, chunk: _Chunk, end: int) -> _Said:
    if chunk.speaker is None:
        return _Said(None, None, None, None, end)
    name = doc[chunk.speaker[0] : chunk.speaker[1]]
    text = _clean(name.text)
    if text.lower() in _OTHER_PRONOUNS or not text:
        return _Said(None, None, None, None, end)
    role_text: str | None = None
    role_at: tuple[int, int] | None = None
    if chunk.role is not None:
        role = doc[chunk.role[0] : chunk.role[1]]
        role_text = _clean(role.text) or None
        role_at = (role.start_char, role.end_char)
    return _Said(text, (name.start_char, name.end_char), role_text, role_at, end)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip(" ,;:-")


def _key(name: str) -> str:
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", name)
    if not words:
        return name.lower()
    last = words[-1]
    return re.sub(r"['’]s$", "", last).lower()


def _resolve_pronoun(
    doc: Doc, quote_start: int, resolved: Sequence[tuple[int, _Said]], end: int
) -> _Said:
    """The one person named in the quote's sentence or the sentence before, else no speaker."""
    sents = list(doc.sents)
    index = next((k for k, s in enumerate(sents) if s.end_char > quote_start), len(sents) - 1)
    if index < 0:
        return _Said(None, None, None, None, end)
    window_start = sents[max(0, index - 1)].start_char
    quoted = [(q.start, q.end) for q in find_quote_spans(doc_text(doc))]
    names: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    outside: set[str] = set()  # names written outside any quote (quoted names only block)
    for ent in doc.ents:
        if ent.label_ == "PERSON" and window_start <= ent.start_char < quote_start:
            key = _key(ent.text)
            names.setdefault(key, []).append((ent.text, (ent.start_char, ent.end_char)))
            if not any(s <= ent.start_char < e for s, e in quoted):
                outside.add(key)
    earlier_roles: dict[str, tuple[str, tuple[int, int]]] = {}
    for start, said in resolved:
        if said.speaker is None or said.speaker_at is None:
            continue
        key = _key(said.speaker)
        if said.role is not None and said.role_at is not None:
            earlier_roles[key] = (said.role, said.role_at)
        if start < quote_start and (said.end >= window_start or said.speaker_at[0] >= window_start):
            names.setdefault(key, []).append((said.speaker, said.speaker_at))
            outside.add(key)
    if len(names) != 1 or not outside:
        return _Said(None, None, None, None, end)
    key = next(iter(names))
    text, at = _fullest(doc, key, quote_start, names[key])
    role = earlier_roles.get(key) or _apposition_role(doc, key, quote_start)
    if role is None:
        return _Said(_clean(text), at, None, None, end)
    return _Said(_clean(text), at, role[0], role[1], end)


def _fullest(
    doc: Doc, key: str, before: int, seen: Iterable[tuple[str, tuple[int, int]]]
) -> tuple[str, tuple[int, int]]:
    """The longest form of a name the article used before ``before`` ("Shiraz Maher" for
    "Maher")."""
    best = max(seen, key=lambda item: len(item[0]))
    for ent in doc.ents:
        if (
            ent.label_ == "PERSON"
            and ent.start_char < before
            and _key(ent.text) == key
            and len(ent.text) > len(best[0])
        ):
            best = (ent.text, (ent.start_char, ent.end_char))
    return best


def _apposition_role(doc: Doc, key: str, before: int) -> tuple[str, tuple[int, int]] | None:
    """A role written beside an earlier mention of the person ("Shiraz Maher, the deputy
    director of ..."), from the parse."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start_char >= before or _key(ent.text) != key:
            continue
        for child in ent.root.children:
            if child.dep_ == "appos" and child.i > ent.root.i:
                toks = sorted(child.subtree, key=lambda t: t.i)
                cut: list[Token] = []
                for t in toks:
                    if t.text in {",", ";", ".", "(", "—", "–"} or t.text in _OPENERS:
                        break
                    cut.append(t)
                if cut and any(t.pos_ == "NOUN" for t in cut):
                    span = doc[cut[0].i : cut[-1].i + 1]
                    return _clean(span.text), (span.start_char, span.end_char)
    return None


# --- records ---------------------------------------------------------------------------------


def _quote(doc: Doc, article: Article, span: QuoteSpan, said: _Said) -> Quote:
    text = doc_text(doc)
    inner = _SPACE.sub(" ", text[span.inner_start : span.inner_end]).strip()
    if inner.endswith(","):
        inner = inner[:-1].rstrip()
    sent_start = _sentence_start(doc, span.start)
    stop = max(said.end, span.end)
    sentence = _SPACE.sub(" ", text[sent_start:stop]).strip()
    evidence = [
        Evidence(article.id, "quote", span.start, span.end, sentence, text[span.start : span.end])
    ]
    if said.speaker_at is not None:
        s, e = said.speaker_at
        evidence.append(Evidence(article.id, "speaker", s, e, _context(doc, s, e), text[s:e]))
    if said.role_at is not None:
        s, e = said.role_at
        evidence.append(Evidence(article.id, "speaker_role", s, e, _context(doc, s, e), text[s:e]))
    return Quote(inner, said.speaker, said.role, tuple(evidence))


def _sentence_start(doc: Doc, char: int) -> int:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent.start_char
    return char


def _context(doc: Doc, start: int, end: int) -> str:
    """The sentence holding ``[start, end)``."""
    for sent in doc.sents:
        if sent.start_char <= start < sent.end_char:
            stop = max(end, sent.end_char)
            return _SPACE.sub(" ", doc_text(doc)[sent.start_char : stop]).strip()
    return doc_text(doc)[start:end]
