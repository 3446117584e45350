"""Line breaks end sentences: a headline, a dateline and a lead paragraph are three sentences.

spaCy's parser joins a headline without a full stop to the paragraph after it, so the headline's
words ("kills dozens") and the dateline's date would be read as part of the lead. This component
runs before the parser and marks the first token after a line break as a sentence start; the
parser keeps those boundaries and still splits inside paragraphs.

Plain text is sometimes hard-wrapped (lines of ~70 characters cut mid-sentence). In such a text
only a blank line, a line ending a sentence, or a short line (a headline, a dateline) ends a
sentence; otherwise the wrapped lines of one sentence would be cut apart.

Input: a tokenised ``Doc``. Output: the same ``Doc`` with ``Token.is_sent_start`` set.
"""

from __future__ import annotations

import statistics

from spacy.language import Language
from spacy.tokens import Doc

_TERMINAL = (".", "!", "?", '"', "”", "’", ":", ")", "»")


def _is_hard_wrapped(lines: list[str]) -> bool:
    long_lines = [line for line in lines if len(line) >= 40]
    if len(long_lines) < 3:
        return False
    open_ended = sum(1 for line in long_lines if not line.endswith(_TERMINAL))
    return open_ended >= 0.5 * len(long_lines)


class LineSentencizer:
    """Mark the token after a line break as the start of a sentence."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built once: Doc.text joins every token on each access
        lines = [line.strip() for line in text.split("\n")]
        wrapped = _is_hard_wrapped([line for line in lines if line])
        width = statistics.median(len(line) for line in lines if line) if wrapped else 0.0
        line_start = 0
        for token in doc[:-1]:
            breaks = token.text.count("\n") + token.whitespace_.count("\n")
            if not breaks:
                continue
            nxt = doc[token.i + 1]
            if nxt.is_space:
                continue
            previous = text[line_start : token.idx + len(token.text)].strip()
            line_start = nxt.idx
            if breaks == 1 and nxt.text[:1].islower() and not previous.endswith(_TERMINAL):
                continue  # "... at the offices of\nthe magazine": a wrapped line goes on
            paragraph = breaks > 1 or "\n\n" in text[token.idx : nxt.idx]
            line_ends_sentence = previous.endswith(_TERMINAL) or len(previous) < 0.6 * width
            if not wrapped or paragraph or line_ends_sentence:
                nxt.is_sent_start = True
        _keep_possessives(doc)
        return doc


def _keep_possessives(doc: Doc) -> None:
    """ "after Rohingya militants’ Aug. 25 attacks": a plural possessive's apostrophe is no
    closing quote, and the parser must not start a sentence after it (a quotation that ends a
    sentence ends with a full stop, a question or an exclamation mark before the quote)."""
    for token in doc[1:-1]:
        if token.text not in {"’", "'"} or "\n" in token.whitespace_:
            continue
        before = doc[token.i - 1]
        if before.whitespace_ or not before.text.lower().endswith("s") or not before.is_alpha:
            continue
        nxt = doc[token.i + 1]
        if not nxt.is_space and not nxt.is_sent_start:
            nxt.is_sent_start = False


@Language.factory("veille_line_sentences")
def make_line_sentencizer(nlp: Language, name: str) -> LineSentencizer:
    return LineSentencizer()
