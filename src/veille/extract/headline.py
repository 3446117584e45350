"""A headline restates what the body reports.

Wire copy and web pages open with a headline line ("Britain raises threat level to critical"),
which ``veille_line_sentences`` keeps as the first sentence. When the body reports the same
thing, the headline's record is a second copy of it, with less detail (no date, no speaker):
:func:`drop_headline_repeats` keeps the body's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from typing import Final, TypeVar

from spacy.tokens import Doc, Span

from ..models import Article, Evidence
from ..nlp.text import doc_text

T = TypeVar("T")


def first_line_end(doc: Doc) -> int:
    """The character offset where the text's first line (a headline, when it has one) ends."""
    text = doc_text(doc)
    end = text.find("\n")
    return len(text) if end < 0 else end


# The line of a publication date after the headline: "Published: 30 Jan 2020"
_PUBLICATION_LINE: Final = re.compile(r"(?i)^\W*(?:published|updated|posted)\b")


def lead_sentence(doc: Doc) -> Span | None:
    """The lead: the first sentence after the headline and the line of its publication date."""
    end = first_line_end(doc)
    return next(
        (
            s
            for s in doc.sents
            if s.start_char > end and len(s) > 5 and not _PUBLICATION_LINE.match(s.text)
        ),
        None,
    )


def headline_end(doc: Doc, article: Article) -> int:
    """The character offset where the headline ends, or 0 when the document opens with none
    (no title, or a first sentence that is not the title)."""
    if not article.title:
        return 0
    first = next(iter(doc.sents), None)
    if first is None or first.text.strip() != article.title.strip():
        return 0
    return first.end_char


def drop_headline_repeats(
    items: Sequence[T],
    *,
    evidence: Callable[[T], Sequence[Evidence]],
    key: Callable[[T], Hashable],
    end: int,
) -> list[T]:
    """``items`` without those cited only in the headline (before ``end``) whose ``key`` an
    item of the body shares."""
    if end <= 0:
        return list(items)

    def in_headline(item: T) -> bool:
        cited = evidence(item)
        return bool(cited) and all(e.start < end for e in cited)

    body = {key(item) for item in items if not in_headline(item)}
    return [item for item in items if not (in_headline(item) and key(item) in body)]
