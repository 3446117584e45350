"""A small, fast language guess so non-English articles are refused with a reason.

veille's extractors are written for English; running them on French or Arabic text would produce
confident nonsense. Function words are the cheapest reliable signal for the languages of the news
we see; other scripts are told apart by their Unicode blocks.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "was",
            "that",
            "for",
            "on",
            "with",
            "as",
            "by",
            "at",
            "from",
            "it",
            "his",
            "were",
            "are",
            "be",
            "this",
            "an",
            "which",
            "has",
            "have",
            "had",
            "said",
            "after",
            "been",
            "who",
            "they",
            "their",
            "not",
            "but",
            "or",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "est",
            "une",
            "un",
            "dans",
            "pour",
            "pas",
            "que",
            "qui",
            "sur",
            "au",
            "aux",
            "par",
            "avec",
            "ce",
            "sont",
            "ont",
            "été",
            "selon",
            "il",
            "elle",
            "ils",
            "mais",
            "ou",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "del",
            "de",
            "y",
            "que",
            "en",
            "un",
            "una",
            "por",
            "con",
            "para",
            "es",
            "fue",
            "se",
            "al",
            "sus",
            "como",
            "pero",
            "más",
            "según",
            "han",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "zu",
            "mit",
            "von",
            "auf",
            "für",
            "im",
            "sich",
            "auch",
            "wurde",
            "sind",
            "hat",
            "bei",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "che",
            "è",
            "e",
            "un",
            "una",
            "per",
            "con",
            "del",
            "della",
            "nel",
            "sono",
            "non",
            "ha",
            "anche",
            "come",
            "dalla",
            "degli",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "e",
            "que",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "por",
            "mais",
            "foi",
            "são",
            "pelo",
            "pela",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "in",
            "op",
            "te",
            "niet",
            "met",
            "voor",
            "zijn",
            "die",
            "er",
            "ook",
            "aan",
            "bij",
            "door",
            "werd",
        ]
    ),
}

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)


def guess_language(text: str, *, sample_chars: int = 5000) -> str | None:
    """Return an ISO 639-1 code, or ``None`` when the sample is too small to tell."""
    sample = text[:sample_chars]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20:
        return None
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) > letters * 0.3:
            return code
    words = [w.casefold() for w in _WORD.findall(sample)]
    if len(words) < 8:
        return None
    scores = {code: sum(w in vocab for w in words) for code, vocab in FUNCTION_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < 2:
        return None
    # English wins ties and near-ties: quotes in other languages inside English copy are common.
    if best != "en" and scores[best] <= scores["en"] * 1.5:
        return "en"
    return best
