"""Linking references to past attacks to a knowledge base of known incidents.

"Ten years after the Madrid train bombings" names an incident of 2004, not news: veille links the
words to a known incident instead of creating an incident dated by the article. The knowledge
base (``kb/known_incidents.json``) is built from Wikipedia's lists of terrorist incidents by
``python -m veille.kb.build_known``.

Matching, strictest first, and only when exactly one incident fits:

1. by name: every distinctive word of a known incident's name ("Charlie Hebdo", "Madrid train")
   is in the sentence, and the sentence has an attack word ("bombings", "attack": attack words
   are interchangeable, so "the Charlie Hebdo attack" finds the "Charlie Hebdo shooting");
2. by place and date: a known incident in a city the sentence names, on the date it gives (to the
   day, or the month when that is all the text gives).
A year the sentence states ("the 2015 Paris attacks") must agree with the incident's date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

from ..errors import ModelError
from ..models import DateValue
from ..nlp.date_patterns import FULL_MONTHS, MONTHS
from ..nlp.numbers import find_quantities

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
ATTACK_WORDS = frozenset(
    {
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "shooting",
        "shootings",
        "massacre",
        "siege",
        "hijacking",
        "stabbing",
        "assault",
        "explosion",
        "explosions",
        "blast",
        "blasts",
        "raid",
        "kidnapping",
        "crisis",
        "hostage",
        "killings",
        "killing",
        "assassination",
        "incident",
        "bomb",
        "bombs",
        # the doers name the attack too: "when suicide bombers killed 32 people in Brussels"
        "bomber",
        "bombers",
        "gunman",
        "gunmen",
    }
)
# Months as news writes them ("the Sept. 11 attacks"), read as the month's full name.
_FULL_NAME = {MONTHS[name]: name for name in FULL_MONTHS}
_MONTH_NAME = {word: _FULL_NAME[number] for word, number in MONTHS.items()}
_NINE_ELEVEN = re.compile(r"\b9/11\b")
_PLACE_SEPARATORS = re.compile(r",| and | & ")
_STOP = frozenset({"the", "of", "in", "on", "at", "and", "a", "an", "de", "la", "le", "al"})
# Words of a name that tell how, not which, attack: "suicide", "twin"
_MANNER_WORDS = frozenset({"suicide", "twin", "double", "triple", "coordinated"})


def fold(text: str) -> str:
    """``text`` as the knowledge base compares names: stripped, without accents, case-folded."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    folded = _NINE_ELEVEN.sub("september 11", fold(text))
    # "on London's transport network" names London
    words = (w[:-2] if w.endswith(("'s", "’s")) else w for w in _WORD.findall(folded))
    return [_MONTH_NAME.get(w, w) for w in words]


@dataclass(frozen=True, slots=True)
class KnownIncident:
    """An incident of the knowledge base."""

    id: str
    date: str
    type: str
    name: str | None
    killed: int | None
    wounded: int | None
    location: str
    perpetrator: str | None

    @property
    def places(self) -> tuple[str, ...]:
        """The places of the location, folded, in order, the country last: "Brussels and
        Zaventem, Belgium" gives ("brussels", "zaventem", "belgium")."""
        return tuple(k for part in _PLACE_SEPARATORS.split(self.location) if (k := fold(part)))

    @property
    def key_words(self) -> frozenset[str]:
        """The distinctive words of the name: no years, months, attack or stop words; for a
        name that is a day ("September 11 attacks"), its month and day."""
        if not self.name:
            return frozenset()
        words = _words(self.name)
        keys = frozenset(
            w
            for w in words
            if not w.isdigit() and w not in FULL_MONTHS and w not in ATTACK_WORDS and w not in _STOP
        )
        if keys:
            return keys
        day = [w for w in words if w in FULL_MONTHS or (w.isdigit() and int(w) <= 31)]
        return frozenset(day) if len(day) == 2 else frozenset()


@dataclass(frozen=True, slots=True)
class KnownMatch:
    incident: KnownIncident
    reason: str


class KnownIncidents:
    """The knowledge base, indexed by name words and by place."""

    def __init__(self, incidents: Sequence[KnownIncident]) -> None:
        self.incidents = tuple(incidents)
        # Name words are computed once: matching runs on every sentence of every article.
        self._named = [(i, i.key_words) for i in self.incidents if i.key_words]
        self._by_place: dict[str, list[KnownIncident]] = {}
        for incident in self.incidents:
            # "Brussels and Zaventem, Belgium": each place named is one to match
            for key in incident.places:
                self._by_place.setdefault(key, []).append(incident)

    @classmethod
    def load(cls, path: Path | None = None) -> KnownIncidents:
        try:
            if path is None:
                raw = (
                    resources.files("veille.kb")
                    .joinpath("known_incidents.json")
                    .read_text(encoding="utf-8")
                )
            else:
                raw = path.read_text(encoding="utf-8")
            data = json.loads(raw)
            rows = data["incidents"]
            return cls([KnownIncident(**row) for row in rows])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            where = path or "veille/kb/known_incidents.json"
            raise ModelError(
                f"cannot load the known-incident knowledge base {where}: {exc}"
            ) from None

    def __len__(self) -> int:
        return len(self.incidents)

    def __iter__(self) -> Iterator[KnownIncident]:
        return iter(self.incidents)

    def match(
        self,
        sentence: str,
        *,
        places: Sequence[str] = (),
        date: DateValue | None = None,
        attack: bool = False,
        days_before: int = 0,
    ) -> KnownMatch | None:
        """The one known incident the sentence refers to, or ``None`` (none or several fit).
        ``attack``: the caller found an attack in the sentence by other means (an attack verb:
        "a 17-year-old attacked passengers on a regional train"), which the attack nouns here
        would miss. ``days_before``: a day ``date`` is that of an act the attack came before
        ("raised to critical on May 23, after a suicide bomber killed 22 people ... in
        Manchester"), so a known incident up to that many days earlier fits too."""
        ordered = _words(sentence)
        words = set(ordered)
        if not (words & ATTACK_WORDS or attack):
            return None
        years = {w for w in words if w.isdigit() and len(w) == 4}
        # One distinctive word ("Brussels") is too weak alone: the year must be stated too.
        by_name = [
            (i, keys)
            for i, keys in self._named
            if keys <= words
            and _year_ok(i.date, years, date)
            # a name of places alone ("2016 New York and New Jersey bombings") needs its year,
            # as one distinctive word does: "the truck attack on a New York City bike path" by
            # "A New Jersey man" is another attack
            # and so does a name whose other word tells only the way of attack ("2018 Peshawar
            # suicide bombing" is not every suicide bombing in Peshawar)
            and (
                (len(keys - _MANNER_WORDS) >= 2 and not keys <= set(_words(i.location)))
                or i.date[:4] in years
            )
            and not _a_landmark_named(ordered, keys, i.name or "")
        ]
        if by_name:
            best = max(len(keys) for _, keys in by_name)
            top = [i for i, keys in by_name if len(keys) == best]
            if len(top) > 1:
                top = _the_deadly_one(top, sentence)
            if len(top) == 1:
                return KnownMatch(top[0], f"name: {top[0].name}")
            return None
        if date is None or date.value is None or date.precision not in {"day", "month", "year"}:
            return None
        if date.precision == "year" and (
            _distinct_places(places) > 3 or _MANY_ATTACKS.search(sentence)
        ):
            # "in attacks in Trebes, Paris and Strasbourg ... and in the Belgian city of Liege",
            # "still carries out frequent bombings in the capital": no one attack of that year
            return None
        found = {
            i.id: i
            for place in places
            for i in self._by_place.get(fold(place), [])
            if (i.date.startswith(date.value) or _days_before(i.date, date, days_before))
            # a year is enough only with a town the incident's location names before its
            # country ("since 2002, when a suicide bomber drove a truck ... into a synagogue on
            # the island of Djerba"), told in the words of its kind of attack: a country and a
            # year fit too many ("In 2010 Labour lawmaker Stephen Timms was stabbed ... in east
            # London" is not the bomb plot of that year)
            and (
                date.precision != "year"
                or (fold(place) in i.places[:-1] and _told_as_its_kind(i, sentence))
            )
        }
        fits = _the_deadly_one(list(found.values()), sentence)
        if len(fits) == 1:
            incident = fits[0]
            return KnownMatch(incident, f"place {incident.location} and date {date.value}")
        return None


# Buildings and sites a name may be that of: "near Notre-Dame cathedral" names the church,
# not the "2017 Notre Dame attack"
_LANDMARK_NOUNS: Final = frozenset(
    {"cathedral", "church", "basilica", "bridge", "station", "square", "tower", "museum"}
)


def _a_landmark_named(words: Sequence[str], keys: frozenset[str], name: str) -> bool:
    """Whether the name's words are told as a landmark that locates something else ("near
    Notre-Dame cathedral"), followed by a building word the known incident's name does not
    hold ("on Westminster Bridge" may still tell the Westminster attack)."""
    named = set(_words(name))
    first = next((i for i, word in enumerate(words) if word in keys), None)
    if first is None or first == 0 or words[first - 1] not in _LOCATING_WORDS:
        return False
    for i in range(first, len(words) - 1):
        if words[i + 1] not in keys:
            return words[i + 1] in _LANDMARK_NOUNS and words[i + 1] not in named
    return False


_LOCATING_WORDS: Final = frozenset({"near", "beside", "opposite", "behind", "facing"})


def _distinct_places(places: Sequence[str]) -> int:
    """How many places the names tell: a name as written and as resolved are one ("the Boston
    Marathon" and "Boston")."""
    names = {fold(p) for p in places}
    return sum(
        1 for n in names if not any(o != n and re.search(rf"\b{re.escape(o)}\b", n) for o in names)
    )


_KIND_WORDS: Final = {
    "bombing": re.compile(r"(?i)\b(?:bomb\w*|blasts?|explo\w+|blew up|blown up)\b"),
    "shooting": re.compile(r"(?i)\b(?:shot|shoot\w*|gun\w*|opened fire|fired)\b"),
    "stabbing": re.compile(r"(?i)\b(?:stab\w*|knife|knives|blade)\b"),
    "melee": re.compile(r"(?i)\b(?:stab\w*|knife|knives|blade|axe|machete|hammer)\b"),
}


def _told_as_its_kind(incident: KnownIncident, sentence: str) -> bool:
    """Whether the sentence tells the known incident's kind of attack (any words do for a kind
    the table does not list)."""
    words = _KIND_WORDS.get(incident.type)
    return words is None or words.search(sentence) is not None


_MANY_ATTACKS: Final = re.compile(
    r"(?i)\b(?:frequent|regular|repeated|several|many|numerous|a series of)\s+(?:\w+\s+)?"
    r"(?:attacks|bombings|shootings|stabbings)\b"
)
_FAILED: Final = re.compile(r"(?i)\b(?:fail\w*|attempt\w*|foil\w*|thwart\w*|botched)\b")


def _the_deadly_one(fits: list[KnownIncident], sentence: str) -> list[KnownIncident]:
    """Of several known incidents that fit ("since the London bombings of July 2005": the
    bombings of 7 July and the failed ones of 21 July), the only one that killed, unless the
    sentence speaks of a failed attempt; else the only one with the toll the sentence tells."""
    if len(fits) < 2 or _FAILED.search(sentence):
        return fits
    deadly = [i for i in fits if (i.killed or 0) > 0]
    if len(deadly) == 1:
        return deadly
    # "in March another blew himself up on the busy Istiklal shopping street, killing four
    # people": the one whose toll the sentence tells (a list may count the bomber too)
    told = {q.value for q in find_quantities(sentence) if q.value is not None}
    tolled = [i for i in deadly if i.killed is not None and {i.killed, i.killed - 1} & told]
    return tolled if len(tolled) == 1 else fits


def _days_before(known_date: str, date: DateValue, days: int) -> bool:
    """Whether the known day falls within ``days`` days before the day ``date``."""
    if days <= 0 or date.precision != "day" or date.value is None or len(known_date) != 10:
        return False
    try:
        gap = (dt.date.fromisoformat(date.value) - dt.date.fromisoformat(known_date)).days
    except ValueError:
        return False
    return 0 < gap <= days


def _year_ok(known_date: str, years: set[str], date: DateValue | None) -> bool:
    if years and known_date[:4] not in years:
        return False
    if date is not None and date.value is not None:
        return known_date.startswith(date.value[: len(known_date)]) or date.value.startswith(
            known_date[: len(date.value)]
        )
    return True


@cache
def default_known_incidents() -> KnownIncidents:
    """The packaged knowledge base, loaded once per process."""
    return KnownIncidents.load()
