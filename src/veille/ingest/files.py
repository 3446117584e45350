"""Reading articles from files and folders: ``.txt``, ``.html``/``.htm`` and ``.jsonl``.

Each input yields :class:`Article` records or :class:`~veille.errors.InputError` values naming
the input (``file.jsonl:12`` for a line) and the reason, so one bad file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, MalformedInputError
from ..models import Article, DateSource
from ..nlp.dates import find_dateline
from .html import extract_page
from .text import article_id, check_article_text, check_size, clean_text, decode

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_MAX_TITLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read. ``published`` overrides any date found in the input."""

    published: str | None = None
    max_input_bytes: int = 20_000_000


def parse_published(value: str, source: str = "--published") -> str:
    """Validate a publication date (``YYYY-MM-DD``) given by ``source`` and return it."""
    text = value.strip()
    try:
        if len(text) > 10:  # an ISO timestamp: keep its calendar date as written
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(source, f"{value!r} is not a date in YYYY-MM-DD form") from None


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Files named directly, and supported files found recursively in folders, in sorted order.

    A path that does not exist, or a named file of an unsupported kind, yields an error.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                yield InputError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r}; "
                    "veille reads .txt, .html, .htm and .jsonl",
                )
        else:
            yield InputError(str(path), "no such file or folder")


def read_path(path: Path, options: ReadOptions) -> Iterator[Article | InputError]:
    """Read one file into articles (several for JSONL), yielding errors instead of raising."""
    source = str(path)
    try:
        check_size(source, path.stat().st_size, options.max_input_bytes)
        raw = path.read_bytes()
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(source, raw, options)
            return
        text = decode(source, raw)
        if suffix in HTML_SUFFIXES:
            yield _from_html(source, text, raw, url=None, options=options)
        else:
            yield _from_text(source, text, raw, title=None, url=None, options=options)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(source, f"cannot read the file: {exc.strerror or exc}")


def _from_text(
    source: str,
    text: str,
    raw: bytes,
    *,
    title: str | None,
    url: str | None,
    options: ReadOptions,
    published: str | None = None,
) -> Article:
    body = check_article_text(source, clean_text(text))
    if title is None:
        first_line = body.split("\n", 1)[0].strip()
        title = first_line if len(first_line) <= _MAX_TITLE_CHARS else None
    date, how = _choose_date(options.published, published, "metadata", body)
    return Article(
        id=article_id(body),
        text=body,
        title=title,
        url=url,
        published=date,
        published_source=how,
        source=source,
        raw=raw,
    )


def _from_html(
    source: str,
    html: str,
    raw: bytes,
    *,
    url: str | None,
    options: ReadOptions,
    published: str | None = None,
) -> Article:
    page = extract_page(source, html, url=url)
    body = check_article_text(source, clean_text(page.text))
    given = published or page.published
    date, how = _choose_date(options.published, given, "html", body)
    title = (page.title or "").strip() or None
    if title is None:
        first_line = body.split("\n", 1)[0].strip()
        title = first_line if len(first_line) <= _MAX_TITLE_CHARS else None
    return Article(
        id=article_id(body),
        text=body,
        title=title,
        url=page.url,
        published=date,
        published_source=how,
        source=source,
        raw=raw,
    )


def _choose_date(
    override: str | None, found: str | None, found_kind: DateSource, body: str
) -> tuple[str | None, DateSource]:
    """The publication date and how it was found; never the clock."""
    if override:
        return override, "given"
    if found:
        try:
            return dt.date.fromisoformat(found[:10]).isoformat(), found_kind
        except ValueError:
            pass
    dateline = find_dateline(body)
    if dateline is not None:
        return dateline.date, "dateline"
    return None, "none"


def _read_jsonl(source: str, raw: bytes, options: ReadOptions) -> Iterator[Article | InputError]:
    text = decode(source, raw)
    seen_any = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{number}"
        try:
            yield _from_json_line(where, line, options)
        except InputError as exc:
            yield exc
    if not seen_any:
        yield InputError(source, "the JSONL file holds no lines")


def _from_json_line(where: str, line: str, options: ReadOptions) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(
            where, f"malformed JSON: {exc.msg} at column {exc.colno}"
        ) from None
    if not isinstance(record, dict):
        raise MalformedInputError(where, "each line must be a JSON object")
    fields: dict[str, str | None] = {}
    for key in ("text", "html", "url", "title", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedInputError(where, f"key {key!r} must be a string")
        fields[key] = value
    published = parse_published(fields["published"], where) if fields["published"] else None
    raw = line.encode("utf-8")
    if fields["text"]:
        return _from_text(
            where,
            fields["text"],
            raw,
            title=fields["title"],
            url=fields["url"],
            options=options,
            published=published,
        )
    if fields["html"]:
        return _from_html(
            where, fields["html"], raw, url=fields["url"], options=options, published=published
        )
    raise MalformedInputError(where, "the line has neither a 'text' nor an 'html' key")
