"""Run a pipeline component only on text that has case.

The packaged model's named-entity recogniser learnt names from their capitals. On lower-cased
wire copy (the MUC-4 texts) it finds almost nothing right and costs a quarter of the pipeline's
time; veille reads such text with the role tagger trained on it (``veille_roles``) and the
gazetteer scan of ``veille_places`` instead. This component wraps another one of the same
pipeline, which stays in the pipeline disabled, and passes lower-case documents
(:func:`veille.nlp.text.is_lowercase`) through untouched.

Input: a ``Doc``. Output: the same ``Doc``, annotated by the wrapped component unless its text is
lower-case copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .text import doc_text, is_lowercase


class CasedOnly:
    """Apply ``inner`` (a spaCy component) to the documents whose text is not lower-case copy."""

    def __init__(self, inner: Any, *, batch_size: int = 32) -> None:
        self.inner = inner
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        if is_lowercase(doc_text(doc)):
            return doc
        result: Doc = self.inner(doc)
        return result

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        size = batch_size or self.batch_size
        stream = iter(docs)
        while batch := list(islice(stream, size)):
            cased = [i for i, doc in enumerate(batch) if not is_lowercase(doc_text(doc))]
            if cased:
                done = self.inner.pipe([batch[i] for i in cased], batch_size=size)
                for i, doc in zip(cased, done, strict=True):
                    batch[i] = doc
            yield from batch


@Language.factory("veille_cased_only", default_config={"component": "ner", "batch_size": 32})
def make_cased_only(nlp: Language, name: str, component: str, batch_size: int) -> CasedOnly:
    """Factory of :class:`CasedOnly` wrapping the pipeline's ``component``; disable that
    component afterwards (``nlp.disable_pipe(component)``) so it does not run twice."""
    return CasedOnly(nlp.get_pipe(component), batch_size=batch_size)
