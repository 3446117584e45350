"""Line breaks end sentences: a headline, a dateline and a lead paragraph are three sentences.

spaCy's parser joins a headline without a full stop to the paragraph after it, so the headline's
words ("kills dozens") and the dateline's date would be read as part of the lead. This component
runs before the parser and marks the first token after every line break as a sentence start; the
parser keeps those boundaries and still splits inside paragraphs.

Input: a tokenised ``Doc``. Output: the same ``Doc`` with ``Token.is_sent_start`` set after breaks.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LineSentencizer:
    """Mark the token after each newline as the start of a sentence."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if "\n" in token.text or "\n" in token.whitespace_:
                nxt = doc[token.i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
        return doc


@Language.factory("veille_line_sentences")
def make_line_sentencizer(nlp: Language, name: str) -> LineSentencizer:
    return LineSentencizer()
