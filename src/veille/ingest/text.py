"""Turning bytes into clean article text, and giving an article its id.

Decoding is strict on purpose: a file that is binary, empty, or in no encoding we can read is
refused with the reason, never half-read into mojibake that the NLP would then "extract" from.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from charset_normalizer import from_bytes

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    TooLargeInputError,
)
from .language import guess_language

# Signatures of common binary formats people drop into a news folder by mistake.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "a SQLite database"),
)

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_size(source: str, size: int, limit: int) -> None:
    """Refuse inputs larger than ``limit`` bytes before reading them into memory."""
    if size > limit:
        raise TooLargeInputError(
            source,
            f"{size:,} bytes is over the {limit:,}-byte limit "
            "(raise it with VEILLE_MAX_INPUT_BYTES if this really is one article)",
        )


def decode(source: str, raw: bytes) -> str:
    """Decode ``raw`` as text, or raise an :class:`InputError` saying why it is not text."""
    if not raw.strip():
        raise EmptyInputError(source, "the input is empty")
    for magic, what in _BINARY_MAGIC:
        if raw.startswith(magic):
            raise BinaryInputError(source, f"this is {what}, not text")
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(source, raw[3:], "utf-8")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(source, raw, "utf-16")
    if b"\x00" in raw[:8192]:
        raise BinaryInputError(source, "the input holds NUL bytes: binary data, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw[:200_000]).best()
    if best is None or best.chaos > 0.2 or best.encoding is None:
        raise EncodingInputError(
            source, "the bytes are not UTF-8 and match no other text encoding; re-save as UTF-8"
        )
    return _strict(source, raw, best.encoding)


def _strict(source: str, raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise EncodingInputError(source, f"cannot decode as {encoding}: {exc}") from None


def clean_text(text: str) -> str:
    """Normalise line ends and spacing without changing the words.

    Offsets of evidence refer to the cleaned text, which is what veille stores.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def article_id(text: str) -> str:
    """A stable id from the normalised text: the same story ingested twice has one id,
    whatever its spacing, case or file name."""
    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return "art_" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def check_article_text(source: str, text: str, *, min_chars: int = 40) -> str:
    """Refuse text that is too short to be an article or is not in English."""
    if not text.strip():
        raise EmptyInputError(source, "no text left after cleaning")
    if len(text) < min_chars:
        raise EmptyInputError(
            source, f"only {len(text)} characters of text: too short to be an article"
        )
    language = guess_language(text)
    if language is not None and language != "en":
        raise InputError(
            source,
            f"the text looks like {language!r}, not English; veille extracts from English news",
        )
    return text
