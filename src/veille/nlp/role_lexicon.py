"""A lexicon of role fillers learnt from the training data, used when the tagger is silent.

The trained tagger (:mod:`veille.nlp.roles`) is precise but misses many fillers (recall is its
weak side). Some mention strings fill a role in most training documents that contain them:
"unidentified individuals" is a perpetrator in 13 of the 18 relevant training documents where it
occurs, "car bomb" a weapon in 14 of 19. For each role the lexicon keeps such strings with that
ratio, its *precision* (:func:`derive_lexicon`: at least ``min_hits`` documents, ratio at least
``min_precision``).

At decoding (:func:`lexicon_additions`), in a document the tagger found relevant (it tagged at
least one span), a role may take one more filler from the lexicon: the mention of precision at
least the role's threshold that occurs first in the text (whole words), unless it is, contains or
is contained in a mention the tagger already gave the role. A role can be set to take one only
when the tagger gave it none. Thresholds and that choice are tuned on the development set with the
other decoding settings; a role without a threshold takes nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from veille.eval.ceaf import normalise_mention

__all__ = ["LexiconEntry", "derive_lexicon", "find_whole", "lexicon_additions"]

LexiconEntry = tuple[str, float]
"""A mention string (lower case, as written) and the share of relevant training documents
containing it where it fills the role."""


@lru_cache(maxsize=8192)
def _pattern(mention: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(mention) + r"(?![a-z0-9])")


def find_whole(text: str, mention: str) -> int | None:
    """The offset of the first whole-word occurrence of ``mention`` in lower-cased ``text``."""
    if mention not in text:  # a plain substring test rules most mentions out cheaply
        return None
    found = _pattern(mention).search(text)
    return found.start() if found else None


def derive_lexicon(
    documents: Iterable[tuple[str, Mapping[str, Sequence[Sequence[str]]]]],
    *,
    min_hits: int = 2,
    min_precision: float = 0.3,
    min_length: int = 3,
) -> dict[str, tuple[LexiconEntry, ...]]:
    """Per role, the mention strings that fill it in at least ``min_hits`` relevant documents
    and in at least ``min_precision`` of the relevant documents containing them.

    ``documents`` are ``(lower-cased text, {role: [entity mentions, ...]})``; documents without
    any filler (irrelevant news) are not counted, since the lexicon is used only in documents the
    tagger found relevant.
    """
    relevant = [(text, roles) for text, roles in documents if any(roles.values())]
    filled: dict[str, Counter[str]] = {}
    for _, roles in relevant:
        for role, entities in roles.items():
            mentions = {m for entity in entities for m in entity if len(m) >= min_length}
            filled.setdefault(role, Counter()).update(mentions)
    lexicon: dict[str, tuple[LexiconEntry, ...]] = {}
    for role, counts in filled.items():
        entries: list[LexiconEntry] = []
        for mention, hits in counts.items():
            if hits < min_hits:
                continue
            present = sum(1 for text, _ in relevant if find_whole(text, mention) is not None)
            share = hits / present if present else 0.0
            if share >= min_precision:
                entries.append((mention, round(share, 4)))
        lexicon[role] = tuple(sorted(entries, key=lambda e: (-e[1], e[0])))
    return lexicon


def lexicon_additions(
    text: str,
    tagged: Mapping[str, Sequence[str]],
    lexicon: Mapping[str, Sequence[LexiconEntry]],
    backoff: Mapping[str, tuple[float, bool]],
) -> list[tuple[str, int, int]]:
    """Fillers the lexicon adds to a document: ``(role, start, end)`` character spans.

    ``text`` is the lower-cased document text; ``tagged`` maps each role to the mentions the
    tagger kept; ``backoff`` maps a role to ``(threshold, only_when_empty)``. Nothing is added
    to a document where the tagger tagged nothing.
    """
    if not any(tagged.values()):
        return []
    added: list[tuple[str, int, int]] = []
    for role, (threshold, only_when_empty) in backoff.items():
        have = {normalise_mention(m) for m in tagged.get(role, ())} - {""}
        if only_when_empty and have:
            continue
        best: tuple[int, str] | None = None
        for mention, share in lexicon.get(role, ()):
            if share < threshold:
                continue
            norm = normalise_mention(mention)
            if any(norm in other or other in norm for other in have):
                continue
            at = find_whole(text, mention)
            if at is not None and (best is None or at < best[0]):
                best = (at, mention)
        if best is not None:
            added.append((role, best[0], best[0] + len(best[1])))
    return added
