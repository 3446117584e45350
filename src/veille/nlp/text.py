"""The text of a Doc, without rebuilding it, and whether it is lower-case wire copy.

``Doc.text`` joins every token each time it is read, so code that slices it per sentence or per
span goes quadratic on long articles. :func:`veille.nlp.pipeline.process` stores the article text
in ``doc.user_data``; :func:`doc_text` returns it (or builds it once and keeps it).
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "veille_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed at most once per Doc."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def is_lowercase(text: str) -> bool:
    """Whether ``text`` is lower-case copy (fewer than 1 % of its first 5,000 letters capitals).

    Lower-cased wire copy (the MUC-4 texts) has no case to tell names from words, so veille reads
    it with the role tagger trained on such text and the gazetteer scan instead of the packaged
    named-entity recogniser.
    """
    head = text[:5000]
    letters = sum(map(str.isalpha, head))
    upper = sum(map(str.isupper, head))
    return letters > 0 and upper < letters * 0.01
