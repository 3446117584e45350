"""The text of a Doc, without rebuilding it.

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
