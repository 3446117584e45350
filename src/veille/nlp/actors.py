"""The actor knowledge base and the ``veille_actors`` spaCy component.

Every name or alias of an armed group, state body or other actor maps to one canonical actor.
The knowledge base is the set of JSON files ``veille/kb/actors/*.json`` (read in file-name order)
followed by the user's own files. Each file is::

    {"version": 1, "actors": [
        {"id": "islamic-state", "name": "Islamic State", "type": "jihadist",
         "aliases": ["ISIS", "Daesh", "État islamique"], "case_sensitive_aliases": ["IS", "EI"],
         "parent": null, "affiliations": [], "country": null, "active": "2013-", "notes": ""}]}

``id``, ``name`` and ``type`` are required; the other keys default to empty. ``aliases`` (and the
canonical ``name``) match in any case; ``case_sensitive_aliases`` only with the exact case
(short acronyms that are ordinary words in lower case: "IS", "EI"). An entry holding only ``id``
plus ``aliases`` and/or ``case_sensitive_aliases`` adds aliases to an actor of an earlier file.

Aliases are compared after folding: case, accents, typographic apostrophes and hyphens are ignored
("al-Qaïda" = "Al Qaida"), so an alias belongs to one actor only. The matcher also tries the
accent-free, hyphen-free and curly-apostrophe spellings of each alias, and the French elided forms
("l'EI", "d'Al-Qaïda") that the English tokenizer keeps as one token.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal, cast, get_args

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from veille.errors import ModelError, NotFoundError
from veille.models import ActorRef

__all__ = [
    "ACTOR_TYPES",
    "SPAN_KEY",
    "ActorKB",
    "ActorMatcher",
    "ActorRecord",
    "ActorType",
    "fold_alias",
    "make_actor_matcher",
]

ActorType = Literal[
    "jihadist",
    "far-right",
    "far-left",
    "separatist",
    "ethno-nationalist",
    "left-wing-insurgent",
    "right-wing-paramilitary",
    "religious-other",
    "criminal",
    "state",
    "ministry",
    "police",
    "intelligence",
    "military",
    "intergovernmental",
    "judiciary",
    "other",
]
ACTOR_TYPES: Final[frozenset[str]] = frozenset(get_args(ActorType))
SPAN_KEY: Final = "veille_actors"

_FORMAT_VERSION: Final = 1
_REQUIRED_KEYS: Final = ("id", "name", "type")
_ALL_KEYS: Final = frozenset(
    {
        "id",
        "name",
        "type",
        "aliases",
        "case_sensitive_aliases",
        "parent",
        "affiliations",
        "country",
        "active",
        "notes",
    }
)
_EXTENSION_KEYS: Final = frozenset({"id", "aliases", "case_sensitive_aliases"})
_ID_RE: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_APOSTROPHES: Final = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_SEPARATORS: Final = re.compile(r"[\s\-‐‑–—]+")
_ELISIONS: Final = ("l'", "d'", "l’", "d’")
_CASED_ELISIONS: Final = (*_ELISIONS, "L'", "D'", "L’", "D’")


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One canonical actor of the knowledge base.

    ``parent`` is the id of the organisation this actor is a branch of; ``affiliations`` are ids
    of actors it is allied or pledged to. ``country`` is an ISO 3166-1 alpha-2 code or ``None``
    (transnational); ``active`` is a year range such as ``"2013-"`` or ``"2012-2016"``.
    """

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    case_sensitive_aliases: tuple[str, ...] = ()
    parent: str | None = None
    affiliations: tuple[str, ...] = ()
    country: str | None = None
    active: str | None = None
    notes: str = ""

    @property
    def ref(self) -> ActorRef:
        return ActorRef(self.id, self.name)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def fold_alias(text: str) -> str:
    """Fold an alias for case-insensitive comparison: "Al-Qaïda" and "al qaida" fold alike."""
    folded = _strip_accents(text.translate(_APOSTROPHES)).casefold()
    return _SEPARATORS.sub(" ", folded).strip()


def _exact_key(text: str) -> str:
    """Key of a case-sensitive alias: only apostrophes, hyphens and spaces are normalised."""
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFC", text.translate(_APOSTROPHES))).strip()


class ActorKB:
    """The loaded actor knowledge base: records by id and by alias.

    Build it with :meth:`ActorKB.load`; the packaged files are read once per process for each
    tuple of extra files.
    """

    def __init__(
        self,
        records: Mapping[str, ActorRecord],
        by_alias: Mapping[str, str],
        by_exact_alias: Mapping[str, str],
    ) -> None:
        self._records = dict(records)
        self._by_alias = dict(by_alias)
        self._by_exact = dict(by_exact_alias)

    @classmethod
    def load(cls, extra_paths: Sequence[str | Path] = ()) -> ActorKB:
        """Load the packaged actor files, then ``extra_paths`` in order.

        Raises :class:`ModelError` naming the file and the reason when a file cannot be read or
        holds malformed data.
        """
        return _load_cached(tuple(Path(p).expanduser().resolve() for p in extra_paths))

    def get(self, actor_id: str) -> ActorRecord:
        """The actor with this id; raises :class:`NotFoundError` when there is none."""
        try:
            return self._records[actor_id]
        except KeyError:
            raise NotFoundError("actor", actor_id) from None

    def lookup(self, alias: str) -> ActorRecord | None:
        """The actor this name or alias denotes ("ISIS", "al qaida", "the FMLN"), or ``None``."""
        actor_id = self._by_exact.get(_exact_key(alias))
        if actor_id is None:
            key = fold_alias(alias)
            actor_id = self._by_alias.get(key)
            if actor_id is None and key.startswith("the "):
                actor_id = self._by_alias.get(key[4:])
        return None if actor_id is None else self._records[actor_id]

    def ancestors(self, actor_id: str) -> list[ActorRecord]:
        """The chain of parents of an actor, nearest first (its own record excluded)."""
        chain: list[ActorRecord] = []
        parent = self.get(actor_id).parent
        while parent is not None:
            record = self._records[parent]
            chain.append(record)
            parent = record.parent
        return chain

    def related(self, one: str, other: str) -> bool:
        """Whether two actors are one family: the same, one the other's ancestor, or sharing an
        ancestor (IS-Khorasan and the Islamic State; not al-Qaeda and Ansar al-Tawhid)."""
        lineage = {one, *(a.id for a in self.ancestors(one))}
        return other in lineage or bool(lineage & {a.id for a in self.ancestors(other)})

    def local_namesake(self, actor_id: str, name: str, country: str) -> ActorRecord | None:
        """The actor of ``country`` that the short ``name`` means there when it names a group of
        another country ("Taliban" in Pakistan: the Pakistani Taliban, an actor of Pakistan
        tied to the Afghan Taliban and named "Pakistani Taliban"), or ``None``."""
        record = self.get(actor_id)
        if record.country is None or record.country == country:
            return None
        suffix = " " + _strip_accents(name).casefold()
        for other in self._records.values():
            if other.country != country or (
                actor_id not in other.affiliations and other.parent != actor_id
            ):
                continue
            if any(_strip_accents(a).casefold().endswith(suffix) for a in other.aliases):
                return other
        return None

    def ref(self, actor_id: str) -> ActorRef:
        """The :class:`ActorRef` (id and canonical name) of an actor."""
        return self.get(actor_id).ref

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[ActorRecord]:
        return iter(self._records.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._records


class _Builder:
    """Accumulates actor files in order and checks them."""

    def __init__(self) -> None:
        self.records: dict[str, ActorRecord] = {}
        self.sources: dict[str, str] = {}  # actor id -> file that defined it
        self.by_alias: dict[str, str] = {}  # folded case-insensitive alias -> id
        self.by_exact: dict[str, str] = {}  # case-sensitive alias -> id
        self.owner: dict[str, tuple[str, str]] = {}  # folded alias of any kind -> (id, alias)

    def add_text(self, text: str, source: str) -> None:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ModelError(f"{source}: not valid JSON: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
            raise ModelError(f'{source}: expected an object with an "actors" list')
        if data.get("version", _FORMAT_VERSION) != _FORMAT_VERSION:
            raise ModelError(f"{source}: unsupported version {data.get('version')!r}, expected 1")
        seen: set[str] = set()
        for position, entry in enumerate(data["actors"], start=1):
            self._add_entry(entry, f"{source}: actor #{position}", source, seen)

    def _add_entry(self, entry: Any, where: str, source: str, seen: set[str]) -> None:
        if not isinstance(entry, dict):
            raise ModelError(f"{where}: expected an object, got {type(entry).__name__}")
        actor_id = entry.get("id")
        if not isinstance(actor_id, str) or not _ID_RE.match(actor_id):
            raise ModelError(
                f"{where}: missing or malformed id {actor_id!r} (use lower-case-hyphens)"
            )
        where = f"{where} ({actor_id!r})"
        if actor_id in seen:
            raise ModelError(f"{where}: duplicate id in this file")
        seen.add(actor_id)
        unknown = sorted(set(entry) - _ALL_KEYS)
        if unknown:
            raise ModelError(f"{where}: unknown key(s) {', '.join(unknown)}")
        aliases = _strings(entry, "aliases", where)
        exact = _strings(entry, "case_sensitive_aliases", where)
        if actor_id in self.records:
            if not set(entry) <= _EXTENSION_KEYS:
                raise ModelError(
                    f"{where}: already defined in {self.sources[actor_id]}; an entry that extends "
                    "it may hold only id, aliases and case_sensitive_aliases"
                )
            old = self.records[actor_id]
            new_aliases = tuple(a for a in aliases if a not in old.aliases)
            new_exact = tuple(a for a in exact if a not in old.case_sensitive_aliases)
            self._register(actor_id, new_aliases, new_exact, where)
            self.records[actor_id] = replace(
                old,
                aliases=old.aliases + new_aliases,
                case_sensitive_aliases=old.case_sensitive_aliases + new_exact,
            )
            return
        missing = [key for key in _REQUIRED_KEYS if key not in entry]
        if missing:
            hint = " (no earlier file defines this id)" if set(entry) <= _EXTENSION_KEYS else ""
            raise ModelError(f"{where}: missing key(s) {', '.join(missing)}{hint}")
        name = _string(entry, "name", where)
        actor_type = entry["type"]
        if actor_type not in ACTOR_TYPES:
            raise ModelError(
                f"{where}: unknown type {actor_type!r}; one of {', '.join(sorted(ACTOR_TYPES))}"
            )
        parent = _optional_string(entry, "parent", where)
        if parent == actor_id:
            raise ModelError(f"{where}: an actor cannot be its own parent")
        aliases = tuple(dict.fromkeys(a for a in aliases if a != name))
        exact = tuple(dict.fromkeys(exact))
        self._register(actor_id, (name, *aliases), exact, where)
        self.records[actor_id] = ActorRecord(
            id=actor_id,
            name=name,
            type=cast(ActorType, actor_type),
            aliases=aliases,
            case_sensitive_aliases=exact,
            parent=parent,
            affiliations=_strings(entry, "affiliations", where),
            country=_optional_string(entry, "country", where),
            active=_optional_string(entry, "active", where),
            notes=_optional_string(entry, "notes", where) or "",
        )
        self.sources[actor_id] = source

    def _register(
        self, actor_id: str, aliases: Iterable[str], exact: Iterable[str], where: str
    ) -> None:
        for alias, case_sensitive in [*((a, False) for a in aliases), *((a, True) for a in exact)]:
            key = fold_alias(alias)
            if not key:
                raise ModelError(f"{where}: empty alias")
            owner = self.owner.get(key)
            if owner is not None and owner[0] != actor_id:
                raise ModelError(
                    f"{where}: alias {alias!r} would map to two actors: {actor_id!r} and "
                    f"{owner[0]!r} (alias {owner[1]!r}, defined in {self.sources[owner[0]]})"
                )
            self.owner.setdefault(key, (actor_id, alias))
            if case_sensitive:
                self.by_exact[_exact_key(alias)] = actor_id
            else:
                self.by_alias[key] = actor_id

    def build(self) -> ActorKB:
        for record in self.records.values():
            where = f"{self.sources[record.id]}: actor {record.id!r}"
            if record.parent is not None and record.parent not in self.records:
                raise ModelError(f"{where}: parent {record.parent!r} does not exist")
            seen = {record.id}
            parent = record.parent
            while parent is not None:
                if parent in seen:
                    raise ModelError(f"{where}: its parents form a cycle through {parent!r}")
                seen.add(parent)
                parent = self.records[parent].parent
        return ActorKB(self.records, self.by_alias, self.by_exact)


def _string(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry[key]
    if not isinstance(value, str) or not value.strip():
        raise ModelError(f"{where}: {key} must be a non-empty string")
    return value


def _optional_string(entry: Mapping[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is not None and not isinstance(value, str):
        raise ModelError(f"{where}: {key} must be a string or null")
    return value


def _strings(entry: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ModelError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(value)


@functools.cache
def _load_cached(extra_paths: tuple[Path, ...]) -> ActorKB:
    builder = _Builder()
    folder = resources.files("veille.kb").joinpath("actors")
    if not folder.is_dir():
        raise ModelError(f"{folder}: the packaged actor folder is missing; reinstall veille")
    for entry in sorted((e for e in folder.iterdir() if e.name.endswith(".json")), key=_name):
        builder.add_text(entry.read_text(encoding="utf-8"), str(entry))
    for path in extra_paths:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ModelError(f"{path}: cannot read the actor file: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise ModelError(f"{path}: the actor file is not UTF-8 text") from None
        builder.add_text(text, str(path))
    return builder.build()


def _name(entry: Any) -> str:
    return str(entry.name)


# --- matching --------------------------------------------------------------------------------


def _spellings(alias: str, *, case_sensitive: bool) -> set[str]:
    """The spellings of one alias the matcher looks for (see the module docstring)."""
    forms = {alias, _strip_accents(alias)}
    parts = alias.split("-")
    # "al-Qaeda" is also "al Qaeda"; "IS-Sinai" stays hyphenated ("is sinai" is a clause)
    if len(parts) > 1 and not any(len(p) <= 2 and p.isupper() for p in parts):
        forms |= {f.replace("-", " ") for f in forms}
    if "'" in alias:
        forms |= {f.replace("'", "’") for f in forms}
    if _strip_accents(alias[:1]).lower() in set("aeiouh"):
        prefixes = _CASED_ELISIONS if case_sensitive else _ELISIONS
        forms |= {p + f for f in forms for p in prefixes}
    return forms


def _shouted(doc: Doc, start: int, end: int) -> bool:
    """True when the words around ``doc[start:end]`` are mostly capitals (a headline: "THIS IS")."""
    around = [*doc[max(0, start - 3) : start], *doc[end : end + 3]]
    words = [t for t in around if t.is_alpha and len(t) > 1]
    upper = sum(1 for t in words if t.is_upper)
    return upper >= 2 and upper > len(words) - upper


class ActorMatcher:
    """Find the actors of the knowledge base in a document: ``nlp.add_pipe("veille_actors")``.

    Aliases match in any case (attribute ``LOWER``), so lower-cased newswire works ("shining
    path"); case-sensitive aliases match only as written (attribute ``ORTH``: "IS fighters", not
    "this is"), and not among all-capital words. Overlapping matches keep the longest ("Islamic
    State Khorasan Province" is is-khorasan, not islamic-state).

    nlp (Language): The shared pipeline; its tokenizer builds the patterns.
    name (str): The component's name.
    extra_kb_paths (Sequence[str | Path]): User actor files read after the packaged ones.
    """

    def __init__(
        self, nlp: Language, name: str = SPAN_KEY, *, extra_kb_paths: Sequence[str | Path] = ()
    ) -> None:
        self.name = name
        self.kb = ActorKB.load(extra_paths=extra_kb_paths)
        self._vocab = nlp.vocab
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower: dict[str, str] = {}
        exact: dict[str, str] = {}
        for record in self.kb:
            # A name that is also a case-sensitive alias ("RAID") matches only in that case.
            names = () if record.name in record.case_sensitive_aliases else (record.name,)
            for alias in (*names, *record.aliases):
                for form in _spellings(alias, case_sensitive=False):
                    lower.setdefault(form, record.id)
                    # lower-case text can tokenise differently: "u.s" "." but "U.S."
                    lower.setdefault(form.lower(), record.id)
            for alias in record.case_sensitive_aliases:
                for form in _spellings(alias, case_sensitive=True):
                    exact.setdefault(form, record.id)
        self._add(nlp, self._lower, lower, lambda doc: tuple(t.lower_ for t in doc))
        self._add(nlp, self._exact, exact, lambda doc: tuple(t.orth_ for t in doc))

    @staticmethod
    def _add(
        nlp: Language,
        matcher: PhraseMatcher,
        forms: Mapping[str, str],
        key: Any,
    ) -> None:
        by_actor: dict[str, list[Doc]] = {}
        seen: set[tuple[str, ...]] = set()
        for form, actor_id in forms.items():
            doc = nlp.make_doc(form)
            token_key = key(doc)
            if token_key not in seen:
                seen.add(token_key)
                by_actor.setdefault(actor_id, []).append(doc)
        for actor_id, docs in by_actor.items():
            matcher.add(actor_id, docs)

    def __call__(self, doc: Doc) -> Doc:
        """Find the actors of one document.

        doc (Doc): The document to process (tokens only are needed).
        RETURNS (Doc): The same document, with ``doc.spans["veille_actors"]`` set to the
            non-overlapping actor mentions in text order; each span's ``label_`` is the actor
            type and ``kb_id_`` the actor id.
        """
        matches = [*self._lower(doc)]
        matches += [m for m in self._exact(doc) if not _shouted(doc, m[1], m[2])]
        spans = []
        for match_id, start, end in matches:
            record = self.kb.get(self._vocab.strings[match_id])
            spans.append(Span(doc, start, end, label=record.type, kb_id=record.id))
        doc.spans[SPAN_KEY] = filter_spans(spans)
        return doc


@Language.factory("veille_actors", default_config={"extra_kb_paths": []})
def make_actor_matcher(nlp: Language, name: str, extra_kb_paths: list[str]) -> ActorMatcher:
    """Build the ``veille_actors`` component: ``nlp.add_pipe("veille_actors")``.

    nlp (Language): The shared pipeline.
    name (str): The component's name.
    extra_kb_paths (list[str]): User actor files read after the packaged ones.
    RETURNS (ActorMatcher): The component.
    """
    return ActorMatcher(nlp, name, extra_kb_paths=extra_kb_paths)
