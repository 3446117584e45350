"""The alert-level schemes :mod:`veille.extract.alerts` reads levels against, and their loading.

A scheme is a country's official levels in one era (``valid_from``, ``valid_until``): names by
language, aliases, ranks from 1 (lowest). The packaged schemes live in
``veille/kb/alert_levels.json``, whose ``_format`` key documents the format; a file is checked
as it is read. :class:`AlertSchemes` also holds the patterns that find a scheme's aliases and its
levels' names in text, matched against the sentence as :func:`fold` gives it.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal

from ..errors import ModelError
from ..models import DateValue

__all__ = [
    "AlertLevel",
    "AlertScheme",
    "AlertSchemes",
    "LevelHitKind",
    "default_alert_schemes",
    "fold",
    "load_alert_schemes",
]


@dataclass(frozen=True, slots=True, eq=False)
class AlertLevel:
    """One level of a scheme. ``names`` maps a language code to the official name."""

    id: str
    rank: int
    names: Mapping[str, str]
    description: str = ""

    @property
    def name(self) -> str:
        """The official English name (the first name when there is none)."""
        return self.names.get("en") or next(iter(self.names.values()))

    @property
    def local_name(self) -> str:
        """The official name in the country's first language (English for GB and US)."""
        for lang, value in self.names.items():
            if lang != "en":
                return value
        return self.name


@dataclass(frozen=True, slots=True, eq=False)
class AlertScheme:
    """A country's alert-level scheme in one era (see ``alert_levels.json``)."""

    id: str
    country: str
    names: Mapping[str, str]
    authority: Mapping[str, str]
    valid_from: str | None
    valid_until: str | None
    numbered: bool
    requires_alias: bool
    levels: tuple[AlertLevel, ...]
    notes: str = ""

    @property
    def size(self) -> int:
        return len(self.levels)

    def by_rank(self, rank: int) -> AlertLevel | None:
        for level in self.levels:
            if level.rank == rank:
                return level
        return None

    def by_id(self, level_id: str) -> AlertLevel | None:
        for level in self.levels:
            if level.id == level_id:
                return level
        return None

    def in_use(self, value: DateValue | None) -> bool:
        """Whether the scheme was in use at some time ``value`` covers (unknown: yes)."""
        if value is None or value.value is None:
            return True
        low, high = _bounds(value.value)
        start = _bounds(self.valid_from)[0] if self.valid_from else "0000-00-00"
        end = _bounds(self.valid_until)[1] if self.valid_until else "9999-99-99"
        return low <= end and high >= start


LevelHitKind = Literal["name", "role", "number", "relative"]


@dataclass(frozen=True, slots=True)
class _Pattern:
    level: AlertLevel
    regex: re.Pattern[str]
    kind: LevelHitKind


class AlertSchemes:
    """The alert-level schemes and the patterns that find them in text. Build with
    :func:`load_alert_schemes` (or :func:`default_alert_schemes`)."""

    def __init__(self, schemes: Sequence[AlertScheme], raw: Sequence[Mapping[str, Any]]) -> None:
        self.schemes: tuple[AlertScheme, ...] = tuple(schemes)
        self._by_id = {s.id: s for s in self.schemes}
        self._scheme_patterns: list[tuple[AlertScheme, re.Pattern[str], bool]] = []
        self._identifying: list[tuple[AlertScheme, AlertLevel, re.Pattern[str]]] = []
        self._levels: dict[str, list[_Pattern]] = {}
        for scheme, entry in zip(self.schemes, raw, strict=True):
            for alias in entry.get("aliases", []):
                self._scheme_patterns.append((scheme, _alias_regex(alias, False), False))
            for alias in entry.get("case_sensitive_aliases", []):
                self._scheme_patterns.append((scheme, _alias_regex(alias, True), True))
            patterns: list[_Pattern] = []
            for level, level_entry in zip(scheme.levels, entry["levels"], strict=True):
                names = [n for n in level.names.values() if len(n.split()) > 1 and "(" not in n]
                for alias in {*names, *level_entry.get("aliases", [])}:
                    patterns.append(_Pattern(level, _alias_regex(alias, False), "name"))
                for alias in level_entry.get("identifying_aliases", []):
                    regex = _alias_regex(alias, False)
                    patterns.append(_Pattern(level, regex, "name"))
                    self._identifying.append((scheme, level, regex))
                for alias in level_entry.get("role_aliases", []):
                    patterns.append(_Pattern(level, _alias_regex(alias, False), "role"))
            self._levels[scheme.id] = patterns

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(s.country for s in self.schemes)

    def get(self, scheme_id: str) -> AlertScheme | None:
        return self._by_id.get(scheme_id)

    def for_country(self, country: str) -> list[AlertScheme]:
        """The country's schemes chosen by country alone (``requires_alias`` ones left out)."""
        return [s for s in self.schemes if s.country == country and not s.requires_alias]

    def schemes_named(self, text: str, folded: str) -> list[tuple[AlertScheme, int, int]]:
        """Schemes whose aliases occur in ``text`` (``folded`` is :func:`fold` of it), with the
        offsets of the alias in ``text``."""
        found: list[tuple[AlertScheme, int, int]] = []
        for scheme, regex, case_sensitive in self._scheme_patterns:
            for match in regex.finditer(text if case_sensitive else folded):
                found.append((scheme, match.start(), match.end()))
        return found

    def identifying(self, folded: str) -> list[tuple[AlertScheme, AlertLevel, int, int]]:
        """Levels named by a phrase that identifies their scheme on its own ("urgence
        attentat")."""
        return [
            (scheme, level, m.start(), m.end())
            for scheme, level, regex in self._identifying
            for m in regex.finditer(folded)
        ]

    def level_patterns(self, scheme: AlertScheme) -> list[_Pattern]:
        return self._levels.get(scheme.id, [])


def load_alert_schemes(path: Path | None = None) -> AlertSchemes:
    """Read and check an alert-level file (default: the packaged ``alert_levels.json``).

    Raises :class:`~veille.errors.ModelError` naming the file and the entry at fault."""
    if path is None:
        source = resources.files("veille.kb").joinpath("alert_levels.json")
        where, text = "alert_levels.json", source.read_text(encoding="utf-8")
    else:
        where = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelError(f"{where}: cannot read the alert-level file: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError(f"{where}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("schemes"), list):
        raise ModelError(f'{where}: expected an object with a "schemes" list')
    if data.get("version") != 1:
        raise ModelError(f"{where}: unsupported version {data.get('version')!r}, expected 1")
    schemes: list[AlertScheme] = []
    seen: set[str] = set()
    for index, entry in enumerate(data["schemes"]):
        scheme = _scheme_from(entry, f"{where}: schemes[{index}]")
        if scheme.id in seen:
            raise ModelError(f"{where}: schemes[{index}]: duplicate id {scheme.id!r}")
        seen.add(scheme.id)
        schemes.append(scheme)
    return AlertSchemes(schemes, data["schemes"])


@functools.cache
def default_alert_schemes() -> AlertSchemes:
    """The packaged schemes, loaded once per process."""
    return load_alert_schemes()


def _scheme_from(entry: Any, where: str) -> AlertScheme:
    if not isinstance(entry, dict):
        raise ModelError(f"{where}: expected an object")
    missing = [
        k
        for k in ("id", "country", "name", "levels", "numbered", "valid_from", "valid_until")
        if k not in entry
    ]
    if missing:
        raise ModelError(f"{where}: missing key(s) {', '.join(missing)}")
    where = f"{where} ({entry['id']})"
    country = entry["country"]
    if not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        raise ModelError(f"{where}: country must be an ISO 3166-1 alpha-2 code")
    for key in ("valid_from", "valid_until"):
        value = entry[key]
        if value is not None and not (
            isinstance(value, str) and re.fullmatch(r"\d{4}(?:-\d{2})?", value)
        ):
            raise ModelError(f"{where}: {key} must be 'YYYY', 'YYYY-MM' or null")
    levels: list[AlertLevel] = []
    for index, level in enumerate(entry["levels"]):
        at = f"{where}: levels[{index}]"
        if not isinstance(level, dict) or not {"id", "rank", "name"} <= level.keys():
            raise ModelError(f"{at}: expected an object with id, rank and name")
        names = level["name"]
        if not isinstance(names, dict) or not names:
            raise ModelError(f"{at}: name must map language codes to names")
        for key in ("aliases", "role_aliases", "identifying_aliases"):
            values = level.get(key, [])
            if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
                raise ModelError(f"{at}: {key} must be a list of non-empty strings")
        levels.append(
            AlertLevel(
                str(level["id"]), int(level["rank"]), dict(names), level.get("description", "")
            )
        )
    ranks = sorted(level.rank for level in levels)
    if ranks != list(range(1, len(levels) + 1)):
        raise ModelError(f"{where}: ranks must run 1..{len(levels)} without gaps, got {ranks}")
    if len({level.id for level in levels}) != len(levels):
        raise ModelError(f"{where}: level ids repeat")
    return AlertScheme(
        id=str(entry["id"]),
        country=country,
        names=dict(entry["name"]),
        authority=dict(entry.get("authority", {})),
        valid_from=entry["valid_from"],
        valid_until=entry["valid_until"],
        numbered=bool(entry["numbered"]),
        requires_alias=bool(entry.get("requires_alias", False)),
        levels=tuple(sorted(levels, key=lambda level: level.rank)),
        notes=entry.get("notes", ""),
    )


# ------------------------------------------------------------------------------ text helpers

_CHAR_MAP: Final = {
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "’": "'",
    "‘": "'",
    "`": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "\u00a0": " ",
}


def fold(text: str) -> str:
    """``text`` in lower case without accents, with dashes and quotes made plain; every
    character maps to one character, so offsets in the result are offsets in ``text``."""
    out: list[str] = []
    for char in text:
        mapped = _CHAR_MAP.get(char)
        if mapped is None:
            low = char.lower()
            if len(low) != 1:
                low = char
            base = "".join(
                c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
            )
            mapped = base if len(base) == 1 else low
        out.append(mapped)
    return "".join(out)


def _alias_regex(alias: str, case_sensitive: bool) -> re.Pattern[str]:
    words = re.findall(r"[^\W_]+", alias if case_sensitive else fold(alias))
    if not words:
        raise ModelError(f"alert_levels.json: alias {alias!r} holds no word")
    separator = r"[\s\-–—'’\"]+" if case_sensitive else r"[\s\-'\"]+"
    body = separator.join(re.escape(word) for word in words)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])")


def _bounds(value: str) -> tuple[str, str]:
    """The first and last day (``YYYY-MM-DD``, days up to 31) a date value covers."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{value}-01", f"{value}-31"
    return value, value
