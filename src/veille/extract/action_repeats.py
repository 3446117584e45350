"""One action told twice in an article becomes one record.

News copy retells: "One suspect was arrested by Iraqi Kurds and remains detained in Erbil" names
one arrest with two words, and "The two men were captured in early January ... the two men were
captured by the Syrian Democratic Forces" tells one capture in two sentences. Each telling would
otherwise be stored as its own action and counted twice.

Two actions of one kind and status are one when nothing they state disagrees (count, date,
place, acting authority, group acted against) and something ties them together:

- both come from the same sentence, or
- both state the same count, larger than one ("the two men" twice), or
- both are dated to the same day, and name the same people or things as arrested, seized or
  struck, or neither names any, or
- an arrest of someone unnamed ("A 29-year-old Frenchman ... has been arrested") and a later
  one of a person named ("Mehdi Nemmouche was detained on Friday") or of "the assailant", or
- an air strike, and bombs dropped told after it with no date of their own, or
- two air strikes of the same day (a day's strikes told first without a count and then
  counted, even as "three further raids": "further" counts on from the days before), or on
  the same armed group, the later one undated, or
- two air strikes on the same thing ("a house", "an isolated safe house"), one of them
  undated, or
- two air strikes by one actor, one dated by a month and the other by a day of that month
  ("killed a British Islamic State militant in Syria last month", "killed on Aug. 21 in a
  precision strike by an RAF remotely piloted aircraft"), or
- raids or searches of a day or with a count, and raids or searches told after them with no
  date, count or second place of their own, or
- an arrest, and "arrested him" or "arrested her" or "is being held in custody" told after
  it, or
- an arrest or another measure counting people, and "the men" or "the children" told after it
  with no count or date of their own, or
- two executions, the later one with no date or count of its own, or
- both are charges or convictions naming the same offence (two content words in
  common: "attending a place or places", "one count of attending a place"), or the later one
  adds an offence ("He was also charged with preparing acts of terrorism").

Words before the later one that make it another ("Police also detained a 15-year-old") keep
the two apart whatever ties them. A raid told with no count and a search of the same day told
with one are one operation too ("arrested about 20 people in raids ... on Wednesday", "Officers
searched 20 addresses"): the search is kept.

The earlier telling is kept; fields it lacks are filled from the later one, with the later
one's evidence, and the later one's action words are cited as a second ``kind`` evidence so
both sentences stay visible. Actions without such a tie stay apart: two arrests with no count,
date or place in different sentences may well be two arrests.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..fuse.incidents import dates_agree
from ..models import ActorRef, Evidence, Place
from ..nlp.number_words import UNITS
from .lexicon import ATTACKER_NOUNS

if TYPE_CHECKING:  # actions.py imports this module
    from .actions import CounterAction

__all__ = ["merge_repeats"]

_ANOTHER = frozenset(
    {"also", "another", "second", "third", "further", "more", "again", "too", "separate"}
)
_OFFENCE_KINDS = frozenset({"charge", "conviction"})  # a sentence names a term, not an offence
_STOP = frozenset({"a", "an", "the", "of", "and", "in", "to", "his", "her", "their", "its"})
# Fields filled from the later telling when the earlier one lacks them, by evidence name.
_FILLABLE = ("count", "what", "actor", "target_group", "place", "answers_incident_hint", "said_by")


def _sentence(action: CounterAction) -> str | None:
    return next((e.sentence for e in action.evidence if e.field == "kind"), None)


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country is not None and b.country is not None and a.country != b.country:
        return False
    if a.precision in {"city", "site"} and b.precision in {"city", "site"}:
        return a.name.casefold() == b.name.casefold()
    return True


def _actors_agree(a: ActorRef | str | None, b: ActorRef | str | None) -> bool:
    if a is None or b is None:
        return True
    if isinstance(a, ActorRef) and isinstance(b, ActorRef):
        return a.id == b.id
    name_a = a.name if isinstance(a, ActorRef) else a
    name_b = b.name if isinstance(b, ActorRef) else b
    if name_a.casefold() == name_b.casefold():
        return True
    if isinstance(a, ActorRef) or isinstance(b, ActorRef):
        # "Italian police" (a known force) and "anti-terrorism police officers": a phrase of
        # police words alone names no other force
        # ("German police" and the GSG-9 unit: a country's police)
        phrase = name_b if isinstance(a, ActorRef) else name_a
        return _named_by(phrase, _POLICE_WORDS) is not None
    # "police" and "Police officers": one phrase holds the other
    words_a, words_b = set(name_a.casefold().split()), set(name_b.casefold().split())
    return (
        words_a <= words_b
        or words_b <= words_a
        or _forces_alike(name_a, name_b)
        # "German police" and "a police special unit": the one country's police
        or (_police_only(name_a) and _police_only(name_b))
    )


def _police_only(name: str) -> bool:
    """Whether the phrase names police by police words alone, after the country's name."""
    words = _named_by(name, _POLICE_WORDS)
    return words is not None and "police" in words


def _forces_alike(name_a: str, name_b: str) -> bool:
    """ "security forces" and "Burkinabe troops": forces named only by what they are, one
    with the country they serve, are the one force the article tells of."""
    bare = [_named_by(name_a, _FORCE_WORDS), _named_by(name_b, _FORCE_WORDS)]
    return all(words is not None for words in bare) and (
        not name_a[:1].isupper() or not name_b[:1].isupper()
    )


def _named_by(name: str, vocabulary: frozenset[str]) -> set[str] | None:
    """The words of a phrase naming a force by words of ``vocabulary`` alone, the country's
    name before them set aside ("German police", "Burkinabe troops"), else ``None``."""
    words = name.replace("-", " ").split()
    if len(words) > 1 and words[0][:1].isupper() and words[1].casefold() in vocabulary:
        words = words[1:]
    folded = {w.casefold() for w in words}
    return folded if folded and folded <= vocabulary else None


def _agree(a: CounterAction, b: CounterAction) -> bool:
    if a.kind != b.kind or a.status != b.status:
        return False
    if (
        a.count is not None
        and b.count is not None
        and a.count.value != b.count.value
        and not _part_of(a, b)
    ):
        return False
    if a.kind == "other" and _bare(a.what) != _bare(b.what):
        return False  # "closed three mosques and froze the assets of 20 people": two measures
    return (
        dates_agree(a.date, b.date) is not False  # unknown agrees with any
        and _places_agree(a.place, b.place)
        and (
            _actors_agree(a.actor, b.actor)
            # "Twelve aircraft ... dropped 20 bombs": the aircraft of the strike told before
            or (a.kind == "air_strike" and isinstance(b.actor, str) and _bombs_dropped(b))
            # "Kenya's air force bombed two al Shabaab camps", then "Jets struck the camps":
            # aircraft alone name no other force
            or (a.kind == "air_strike" and _aircraft_only(b.actor))
        )
        and _actors_agree(a.target_group, b.target_group)
    )


# "its air force" is the air force of the state told before.
_AIRCRAFT = frozenset(
    {"jets", "warplanes", "aircraft", "planes", "helicopters", "drones", "bombers", "the"}
    | {"air", "force", "its", "their"}
)


_AIRCRAFT_TYPES = frozenset({"rafale", "tornado", "typhoon", "f-16", "f-16s", "mirage", "b-52"})


def _aircraft_only(actor: ActorRef | str | None) -> bool:
    """Whether an actor phrase names only aircraft ("Jets", "the warplanes", "Four Rafale
    jets")."""
    if not isinstance(actor, str):
        return False
    words = {w.casefold() for w in actor.split()}
    counts = {w for w in words if w.isdigit() or w in UNITS}  # "Four Rafale jets"
    return bool(words - counts) and words - counts <= _AIRCRAFT | _AIRCRAFT_TYPES


def _part_of(a: CounterAction, b: CounterAction) -> bool:
    """Whether ``b`` counts some of the people of ``a``, told after it without a day of its own:
    "arrested 25 people on Wednesday", then "Twenty-two German citizens were detained on
    suspicion of membership ... and three other people ... on suspicion of supporting it"."""
    return (
        a.kind == "arrest"
        and a.count is not None
        and b.count is not None
        and a.count.value is not None
        and b.count.value is not None
        and b.count.value < a.count.value
        and a.date.precision == "day"
        and b.date.value is None
    )


def _bare(what: str | None) -> str:
    """What was done to, without its article or possessive: "children" and "The children" are
    one, and so are "its citizens" and "the citizens"."""
    words = (what or "").casefold().split()
    return " ".join(words[1:] if words[:1] and words[0] in _DETERMINERS else words)


_DETERMINERS = frozenset({"the", "these", "those", "its", "their"})


def _around(action: CounterAction) -> tuple[list[str], list[str]]:
    """The lower-cased words before and after the action's first action word in its
    sentence (none when it has no such word, or it is not found there)."""
    for evidence in action.evidence:
        if evidence.field == "kind":
            at = evidence.sentence.find(evidence.text)
            if at < 0:
                return [], []
            sentence = evidence.sentence.lower()
            return sentence[:at].split(), sentence[at + len(evidence.text) :].split()
    return [], []


def _marked_as_another(action: CounterAction) -> bool:
    """ "Police also detained a 15-year-old": the words before the action say it is another."""
    before, _ = _around(action)
    return bool(_ANOTHER & set(before[-3:]))


def _further_offence(action: CounterAction) -> bool:
    """ "He was also charged with preparing acts of terrorism": one more offence of the same
    charge sheet (the charge word, after "also", is followed by "with", not by other people
    charged as in "police also charged a 15-year-old")."""
    if action.kind not in _OFFENCE_KINDS:
        return False
    before, after = _around(action)
    return "also" in before[-3:] and after[:1] in (["with"], ["of"])


def _content_words(text: str | None) -> set[str]:
    """The words of an offence, each without its ending ("murdering" and "murder" are one)."""
    words = [w.strip("()\"'.,;:") for w in (text or "").casefold().replace("-", " ").split()]
    return {_stem(w) for w in words if w and w not in _STOP}


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _tied(a: CounterAction, b: CounterAction) -> bool:
    where_a, where_b = _sentence(a), _sentence(b)
    if where_a is not None and where_a == where_b:
        return True
    if _further_offence(b) and b.count is None:
        return True
    if _marked_as_another(b) and not _strikes_then_their_count(a, b):
        return False
    if a.count is not None and b.count is not None and (a.count.value or 0) > 1:
        return True
    shared = _content_words(a.what) & _content_words(b.what)
    if a.kind == "charge" and _single_pair(a, b) and (_no_offence(a) or _no_offence(b)):
        return True  # "has been charged with murder ...", "placed under formal investigation"
    if a.kind in _OFFENCE_KINDS and len(shared) >= 2:
        return True  # "to be charged with attending a place ..." then "charged with one count of
        # attending a place used for terrorist training": one charge, named by its offence
    if _lead_then_name(a, b) or _arrested_again(a, b) or _the_ones_told_before(a, b):
        return True
    if (
        a.kind == b.kind
        and a.kind in {"raid", "search"}
        and (
            ((a.date.precision == "day" or a.count is not None) and _undated_uncounted(b))
            # "after security forces ... ended an overnight siege", then "Burkinabe troops
            # ... stormed the hotel in the early hours of Saturday": the lead told it first
            or (a.kind == "raid" and _undated_uncounted(a) and b.date.precision == "day")
        )
        # "during a raid on a building in ... Verviers", then "detained 13 people in raids
        # across Belgium overnight": two places told, two operations
        and (a.place is None or b.place is None)
    ):
        return True  # "arresting 21 people in overnight raids", then "The 21 suspects were held
        # ... in raids in London, ..."; "They carried out 12 searches", then "A search of an
        # apartment showed ..."
    if a.kind == "air_strike" and b.date.value is None and _bombs_dropped(b):
        return True  # "French warplanes carried out ... air strikes on Raqqa on Sunday night",
        # then "Twelve aircraft ... dropped 20 bombs on targets": the same strikes, told closer
    if a.kind == b.kind == "air_strike" and _bombs_dropped(a) and b.date.value == a.date.value:
        return True  # "a drone fired two Hellfire missiles at him ... on Sunday", then "an air
        # strike had hit a residential house in Sherpur on July 31": one strike, told twice
    if a.kind == b.kind == "air_strike" and _same_group_one_undated(a, b):
        return True  # "warplanes struck camps of the Kurdistan Workers Party (PKK) in northern
        # Iraq overnight", then "The jets hit PKK shelters, bunkers, caves ...": one strike
    if a.kind == b.kind == "air_strike" and _same_day(a, b):
        return True  # "warplanes struck militant camps ... on Saturday", then "aircraft had hit
        # the Dahr al-Hamar district" and "its air force had carried out intensive strikes":
        # one day's strikes, told closer
    if a.kind == b.kind == "air_strike" and _the_month_then_its_day(a, b):
        return True  # "A Royal Air Force drone killed a British Islamic State militant in Syria
        # last month", then "Reyaad Khan ... was killed on Aug. 21 in a precision strike by an
        # RAF remotely piloted aircraft": one strike, its day told closer
    if (
        a.kind == b.kind == "sentence"
        and _put_to_death(a)
        and _put_to_death(b)
        and b.date.value is None
        and b.count is None
    ):
        return True  # "Pakistan hanged two convicted militants on Friday", then "Aqeel ... and
        # Mehmood ... were hanged in the district jail in Faisalabad"
    if bool(a.what) != bool(b.what) or (a.what and b.what and not shared):
        return False  # two people detained on one day are two arrests
    if a.kind == "arrest" and _single_pair(a, b) and shared - _GENERIC_PEOPLE:
        return True  # "arrest Syrian Islamist", "have arrested a 20-year-old Syrian man"
    if (
        a.kind == "air_strike"
        and shared
        and (a.date.value is None or b.date.value is None)
        # "French jets also struck a rebel camp at Lere": another strike, not the one after
        and not _marked_as_another(a)
    ):
        return True  # "killed in a U.S. air strike on a house north of Baghdad", then "U.S.
        # aircraft bombed an isolated safe house ... at 6:15 p.m. on Wednesday"
    return _same_day(a, b)


def _put_to_death(action: CounterAction) -> bool:
    """Whether the sentence carried out is an execution ("hanged", "executed")."""
    return any(
        e.field == "kind" and e.text.lower() in {"hanged", "executed", "hang", "execute"}
        for e in action.evidence
    )


def _the_month_then_its_day(a: CounterAction, b: CounterAction) -> bool:
    """One actor's strike dated by a month, then by a day of that month (either order)."""
    if not (isinstance(a.actor, ActorRef) and isinstance(b.actor, ActorRef)):
        return False
    if a.actor.id != b.actor.id or a.date.value is None or b.date.value is None:
        return False
    month, day = (a, b) if a.date.precision == "month" else (b, a)
    return (
        month.date.precision == "month"
        and day.date.precision == "day"
        and (day.date.value or "").startswith(f"{month.date.value}-")
    )


def _same_day(a: CounterAction, b: CounterAction) -> bool:
    return a.date.precision == b.date.precision == "day" and a.date.value == b.date.value


def _same_group_one_undated(a: CounterAction, b: CounterAction) -> bool:
    """Two strikes on one armed group, the first dated and the later one not, told by what it
    hit (not by whom it killed: "its jets killed 14 PKK militants in the Lice area" is told for
    its toll, often of another strike)."""
    killing = any(e.field == "kind" and e.text.lower().startswith("kill") for e in b.evidence)
    return (
        not killing
        and isinstance(a.target_group, ActorRef)
        and isinstance(b.target_group, ActorRef)
        and a.target_group.id == b.target_group.id
        and a.date.value is not None
        and b.date.value is None  # the lead dated, told again undated
    )


def _strikes_then_their_count(a: CounterAction, b: CounterAction) -> bool:
    """ "Egyptian warplanes struck militant camps ... for a second day on Saturday", then "three
    further raids were carried out ... on Saturday morning": a day's strikes told without a
    count, then counted; "further" counts on from the days before, not from the lead."""
    return (
        a.kind == b.kind == "air_strike"
        and a.count is None
        and b.count is not None
        and _same_day(a, b)
    )


def _undated_uncounted(action: CounterAction) -> bool:
    return action.date.value is None and action.count is None


def _lead_then_name(a: CounterAction, b: CounterAction) -> bool:
    """ "A 29-year-old Frenchman ... has been arrested in Marseille", then "Mehdi Nemmouche was
    detained on Friday ... in Marseille" or "The assailant was arrested": one person, unnamed
    first, then named or referred back to (words such as "another" or "also" keep two apart;
    differing dates or places too)."""
    if a.kind != "arrest" or b.kind != "arrest" or not _single_pair(a, b):
        return False
    if _the_attacker(b.what) and not _tied_to_another(b):
        return True
    unnamed = bool(a.what) and (a.what or "").split()[0].lower() in {"a", "an"}
    return unnamed and _a_name(b.what)


def _the_ones_told_before(a: CounterAction, b: CounterAction) -> bool:
    """ "arrested seven men in Arnhem and Weert on Thursday", then "The men, aged between 21 and
    34, were detained late in the afternoon"; "brought 79 children home from Iraq on Tuesday",
    then "The children ... were flown home": the people told before, with no count or day of
    their own."""
    words = (b.what or "").lower().split()
    return (
        a.kind == b.kind
        and a.kind in {"arrest", "other"}
        and a.count is not None
        and b.count is None
        # "German police have arrested three Islamist militants ..., the prosecutor said on
        # Wednesday", then "GSG-9 officers seized the men on Tuesday afternoon": the day told
        and (b.date.value is None or a.date.value is None)
        and len(words) == 2
        and words[0] in {"the", "these", "those"}
        and words[1] in _PEOPLE_PLURALS
    )


_PEOPLE_PLURALS = frozenset(
    {"men", "women", "suspects", "people", "youths", "teenagers", "children", "citizens"}
)


def _arrested_again(a: CounterAction, b: CounterAction) -> bool:
    """ "A man ... was arrested", then "Police officers brought him down with a Taser and
    arrested him": the person told before, arrested once."""
    if a.kind == b.kind == "arrest" and a.count is None and b.count is None and b.what is None:
        # "the suspects detained over Monday's bombing", then "had detained them at 9 p.m. on
        # Tuesday": the people told of before, in one arrest
        _, after = _around(b)
        if after and after[0].strip(".,;") == "them":
            return True
    if (
        a.kind == b.kind == "arrest"
        and b.what is None
        and _still_held(b)
        and "they" in _around(b)[0][-5:]
    ):
        return True  # "detained two teenagers in south Manchester", then "They were being held
        # for questioning": the ones told before
    return (
        a.kind == b.kind == "arrest"
        and _single_pair(a, b)
        and b.what is None
        and (_of_a_pronoun(b) or _still_held(b))
    )


def _still_held(action: CounterAction) -> bool:
    """ "He was arrested in the street at 6:47 p.m.", then "The man is being held in custody"
    or "for questioning": the one arrested, held since (no one named, no count)."""
    before, _ = _around(action)
    return action.count is None and (
        before[-3:] in (["being", "held", "in"], ["being", "held", "for"])
        or before[-2:] == ["remanded", "in"]
    )


def _of_a_pronoun(action: CounterAction) -> bool:
    """ "arrested him", "when he was arrested": the one person told of before."""
    before, after = _around(action)
    if before[-2:] in (["he", "was"], ["she", "was"]):
        return True
    return bool(after) and after[0].strip(".,;") in {"him", "her"}


def _single_pair(a: CounterAction, b: CounterAction) -> bool:
    """Whether neither action counts more than one."""
    return all(x.count is None or x.count.value == 1 for x in (a, b))


def _no_offence(action: CounterAction) -> bool:
    """ "placed under formal investigation (by an anti-terrorism judge)": a charge that names
    no offence."""
    words = _content_words((action.what or "").split(" by ")[0])
    return bool(words) and words <= {"formal", "investigation", "preliminary"}


def _bombs_dropped(action: CounterAction) -> bool:
    """Whether an air strike is told by the bombs aircraft dropped or the missiles they fired."""
    return any(
        e.field == "kind" and e.text.lower().startswith(("drop", "fire")) for e in action.evidence
    )


def _a_name(text: str | None) -> bool:
    """ "Mehdi Nemmouche", "Rene Boucher, 59, of Bowling Green": a person's name."""
    words = (text or "").split(",")[0].split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _the_attacker(text: str | None) -> bool:
    """ "The assailant was arrested", "the man at the wheel of the car used in the attack had
    been arrested": the one person the article told of before."""
    words = (text or "").lower().split()
    return (
        len(words) >= 2
        and words[0] == "the"
        and words[1] in _ONE_ATTACKER
        and (len(words) == 2 or words[2] in _DESCRIBING)
    )


def _tied_to_another(action: CounterAction) -> bool:
    """ "the man who had been housing him was detained": the words between the person and the
    action word tell of someone else ("him"), so the person is not the one told before."""
    what = next((e for e in action.evidence if e.field == "what"), None)
    kind = next((e for e in action.evidence if e.field == "kind"), None)
    if what is None or kind is None or what.sentence != kind.sentence:
        return False
    between = what.sentence[what.sentence.find(what.text) + len(what.text) :]
    between = between[: between.find(kind.text)] if kind.text in between else ""
    return bool({w.strip(".,;") for w in between.lower().split()} & {"him", "her", "his"})


# Words that go on describing one person: "the man at the wheel", "the driver who fled".
_DESCRIBING = frozenset({"at", "in", "behind", "who", "suspected", "accused", "of", "from"})


_POLICE_WORDS = frozenset(
    {"police", "officers", "officer", "policemen", "anti", "counter", "terrorism", "the"}
    # "detained by a police special unit", after "German police ... arrested"
    | {"a", "special", "unit", "units", "squad", "tactical"}
)
_FORCE_WORDS = frozenset({"security", "forces", "troops", "soldiers", "the"})
_GENERIC_PEOPLE = frozenset({"man", "woman", "people", "person", "suspect", "year", "old"})
# One person who attacked: the lexicon's attacker nouns in the singular, and plain words.
_ONE_ATTACKER = frozenset(n for n in ATTACKER_NOUNS if not n.endswith(("men", "s"))) | {
    "man",
    "woman",
    "driver",
    "killer",
}


def merge_telling(kept: CounterAction, later: CounterAction) -> CounterAction:
    """``kept`` with the fields it lacks taken from ``later``, a telling of the same action,
    whose evidence is cited too."""
    evidence: list[Evidence] = list(kept.evidence)
    changes: dict[str, object] = {}
    for name in _FILLABLE:
        if getattr(kept, name) is None and getattr(later, name) is not None:
            changes[name] = getattr(later, name)
            evidence.extend(e for e in later.evidence if e.field == name)
    if kept.date.value is None and later.date.value is not None:
        changes["date"] = later.date
        evidence.extend(e for e in later.evidence if e.field == "date")
    elif (
        kept.date.value is not None
        and later.date.value is not None
        and len(later.date.value) > len(kept.date.value)
    ):
        # "last October" then "on 23 October": the more precise date, with its sentence.
        changes["date"] = later.date
        evidence = [e for e in evidence if e.field != "date"]
        evidence.extend(e for e in later.evidence if e.field == "date")
    if _lead_then_name(kept, later) and _a_name(later.what):
        changes["what"] = later.what  # the person's name, rather than "A 29-year-old Frenchman"
        evidence = [e for e in evidence if e.field != "what"]
        evidence.extend(e for e in later.evidence if e.field == "what")
    if _sentence(kept) != _sentence(later):
        evidence.extend(e for e in later.evidence if e.field == "kind")
    return dataclasses.replace(kept, evidence=tuple(evidence), **changes)  # type: ignore[arg-type]


def merge_repeats(actions: Sequence[CounterAction]) -> list[CounterAction]:
    """``actions`` (in text order) with each action told more than once kept once."""
    kept: list[CounterAction] = []
    for action in actions:
        for index, earlier in enumerate(kept):
            if _agree(earlier, action) and _tied(earlier, action):
                kept[index] = merge_telling(earlier, action)
                break
        else:
            kept.append(action)
    return _raids_counted_as_searches(kept)


def _raids_counted_as_searches(actions: list[CounterAction]) -> list[CounterAction]:
    """A raid told with no count and a search of the same day told with one are one operation
    ("arrested about 20 people in raids across the country on Wednesday", then "Officers
    searched 20 addresses in seven police districts"): the search keeps the count and cites
    both."""
    out = list(actions)
    for raid in actions:
        if raid.kind != "raid" or raid.count is not None or raid.date.precision != "day":
            continue
        search = next(
            (
                a
                for a in out
                if a.kind == "search"
                and a.count is not None
                and a.status == raid.status
                and a.date.precision == "day"
                and a.date.value == raid.date.value
            ),
            None,
        )
        if search is not None and raid in out:
            kinds = tuple(e for e in raid.evidence if e.field == "kind")
            out[out.index(search)] = dataclasses.replace(search, evidence=search.evidence + kinds)
            out.remove(raid)
    return out
