"""The one exception tree of veille.

Every error says what failed, where (the input, the setting) and what to do about it.
Shells (CLI, API) catch :class:`VeilleError` and show ``str(error)``; nothing else should leak.

    VeilleError
    ├── ConfigError          a setting or option has a value veille cannot use
    ├── InputError           one input (file, line, page) cannot be read as an article
    │   ├── EmptyInputError      the input holds no text
    │   ├── BinaryInputError     the input is not text (an image, an archive, ...)
    │   ├── EncodingInputError   the bytes decode in no supported encoding
    │   ├── MalformedInputError  JSON, HTML or feed syntax is broken, or a required key is missing
    │   ├── NoArticleError       the page has no article text (only navigation, an index page)
    │   └── TooLargeInputError   the input is larger than the configured limit
    ├── StoreError           the database cannot be opened, migrated or written
    ├── NotFoundError        an id names no record
    ├── ModelError           the spaCy model or a knowledge-base file cannot be loaded
    └── EvalError            an evaluation data set is missing or malformed
"""

from __future__ import annotations


class VeilleError(Exception):
    """Base class of every error veille raises on purpose."""


class ConfigError(VeilleError):
    """A setting or command-line option has a value veille cannot use."""


class InputError(VeilleError):
    """One input cannot be turned into an article. ``source`` names the input."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class EncodingInputError(InputError):
    """The input's bytes decode in no supported encoding."""


class MalformedInputError(InputError):
    """The input's syntax (JSON, HTML, feed) is broken or a required key is missing."""


class NoArticleError(InputError):
    """The page holds no article text."""


class TooLargeInputError(InputError):
    """The input is larger than the configured size limit."""


class StoreError(VeilleError):
    """The database cannot be opened, migrated or written."""


class NotFoundError(VeilleError):
    """An id names no stored record."""

    def __init__(self, kind: str, ident: str) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"no {kind} with id {ident!r}")


class ModelError(VeilleError):
    """The spaCy model or a knowledge-base file cannot be loaded."""


class EvalError(VeilleError):
    """An evaluation data set is missing or malformed."""
