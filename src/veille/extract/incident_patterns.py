"""Word lists and patterns that :mod:`veille.extract.incidents` reads incidents with.

Data only: what makes an event sentence recall a past event, speak of attacks in general or of
totals over a period, or announce another incident; the words around a date that make it the
date of a statement or a period bound; the words that put a place where something happened
(locative prepositions, kinds of place) or make it a modifier, and the wire dateline; the words
of a claim of responsibility, of a denial, of membership and of inspiration, and initials defined
after a group's name.
"""

from __future__ import annotations

import re

# --- whether a sentence reports an incident of the news --------------------------------------

RECALL = re.compile(
    # "a memorial service", not "the National War Memorial", a place
    r"(?i)\b(?:anniversary|commemorat\w*|(?-i:memorial)|"
    r"(?:years?|months?|decades?) (?:after|since)|"
    r"marked \w+ years|remember(?:s|ed|ing)? (?:the )?victims|"
    # "citizens abducted by North Korean agents decades ago": long enough ago to be history
    r"(?:decades|centuries|many years) ago|"
    # "this is the same terrorist group that claimed credit for the attack ... in august 1988":
    # the group's record, told to introduce it
    r"the same (?:\w+ )?group that|"
    # seasons the date normaliser does not resolve: "bombs in Manhattan last fall"
    r"(?:last|previous) (?:fall|autumn|spring|summer|winter)|"
    r"(?:fall|autumn|spring|summer|winter) of (?:19|20)\d\d)\b"
)
# "several major attacks in Britain this year": attacks in general, not one incident.
GENERIC = re.compile(
    r"(?i)\b(?:several|many|numerous|a (?:series|spate|wave|string) of|a number of|dozens of|"
    r"scores of|hundreds of|recent|previous|past|other)\s+(?:\w+\s+){0,3}?"
    r"(?:attacks|bombings|shootings|stabbings|blasts|explosions)\b"
    # "watching Islamic State videos showing how to carry out knife attacks": the topic of
    # what they read or watched
    r"|\b(?:videos?|footage|manuals?|propaganda|instructions|guides?|tutorials?)\s+"
    r"(?:on|about|of|showing|for)\s+(?:\w+\s+){0,5}?"
    r"(?:attacks|bombings|shootings|stabbings|blasts|explosions)\b"
    # "where terrorist groups are planning attacks against the West": a threat at large
    r"|\b(?:attacks|bombings|plots)\s+(?:against|on)\s+the\s+West\b"
)
# A yearly report's attacks or deaths counted by kind of militancy: "Right-wing extremists
# carried out one attack, in Germany, and three others failed", "Two of the four deaths resulted
# from jihadist attacks and two from a single right-wing attack". Counts, not incidents.
REPORT_BREAKDOWN = re.compile(
    r"(?i)\b(?:right-wing|left-wing|far-right|far-left|jihadists?|separatists?|anarchists?)"
    r"(?: extremists| groups| militants)? (?:carried out|completed|were behind|committed) "
    r"(?:one|two|three|four|five|\d+|no)\b(?: completed)? attacks?\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) of the (?:\w+ )?deaths "
    r"(?:resulted|came) from\b"
)
# Shares counted out of a tally of attacks: "most of the attacks".
SHARE_WORDS = frozenset({"most", "many", "all", "half", "majority"})
# Totals over a period ("by the end of 1972, 496 had been killed") are not one incident's toll.
AGGREGATE = re.compile(
    r"\b(?:by the end of|so far this|since the (?:start|beginning)|in total|in all|"
    r"over the (?:past|last)|this year|last year|a year|per year|each year|every year|"
    r"since \d{4}|during the)\b",
    re.IGNORECASE,
)
# "a second bombing", "another attack": the sentence reports a different incident.
OTHER_INCIDENT = re.compile(
    r"\b(?:second|third|fourth|another|separate|other|earlier|later|similar)\s+"
    r"(?:\w+\s+)?(?:attack|bombing|blast|explosion|shooting|stabbing|assault|incident)s?\b",
    re.IGNORECASE,
)
EVENT_LEMMAS = frozenset({"attack", "bombing", "shooting", "stabbing", "assault", "killing"})
CONVICTING = frozenset({"convict", "guilty", "acquit", "conviction", "acquittal"})
# Kinds of attack a report counts ("jihadist attacks killed all ten victims").
ATTACK_CATEGORIES = frozenset(
    {"jihadist", "islamist", "far-right", "right-wing", "left-wing", "separatist", "terrorist"}
)


# --- dates -----------------------------------------------------------------------------------

# "said on Sunday" dates the statement, not the event.
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+(?:\s+\w+)?|announced|added|reported|confirmed|stated|"
    r"tweeted|wrote)\s*(?:,\s*)?(?:on|late|early|late on|early on)?\s*$",
    re.IGNORECASE,
)
PERIOD_WORDS = re.compile(r"(?i)(?:since|until|till|before|after|by|from)\b")
WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
PERIOD_BEFORE = re.compile(r"(?i)\b(?:since|until|till|before|after|as of)\s+(?:the\s+)?$")
# "Four days later, two uniformed paratroopers were shot dead": days after the last event told
DAYS_LATER = re.compile(r"(?i)^\W*(?P<n>\d{1,2}|[a-z]+) (?P<unit>days?|weeks?) later\b")
# "About two hours after the truck bomb, a car bomb exploded", "Hours before the jailbreak, gunmen
# opened fire ...": the same day as the one told
HOURS_LATER = re.compile(
    r"(?i)^\W*(?:about |some |around |nearly |just |less than )?(?:(?:\d{1,2}|[a-z]+) )?hours? "
    r"(?:later|after|before)\b"
)
# "The Burgas attack came 18 years to the day after the bombing of a Jewish community centre"
YEARS_TO_THE_DAY = re.compile(
    r"(?i)\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?) years to the day (?P<way>after|before)\b"
)
# "He then drove to a Super U supermarket in Trebes, where he shot dead a butcher": the doer
# told before goes on to the next place of the same rampage
RAMPAGE_GOES_ON = re.compile(
    r"^\W*(?:He|She|They|The (?:gunman|gunmen|attacker|attackers|assailant))\s+then\b"
)
# "The stabbing came a day after Wilders called off a competition ... that had set off angry
# street protests in Pakistan": what the clause after the gap tells is another event's
GAP_TO_ANOTHER_EVENT = re.compile(
    r"(?i)\b(?:\d{1,2}|[a-z]+) (?:hours?|days?|weeks?|months?) (?:after|before)\b"
)
DAYS_APART = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|[a-z]+) (?P<unit>days?|weeks?) (?P<way>after|before)\b"
)


# --- places ----------------------------------------------------------------------------------

LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "on", "into", "across", "inside", "from", "to", "around"}
)
# What may stand between an attack word and the city it happened in: "attack in", "bombing at the".
ATTACK_THEN_PLACE = re.compile(r"\s+(?:in|at|near|outside|on)\s+(?:the\s+)?", re.IGNORECASE)
# "of" is locative only after a word for a place: "the city of Lyon", "province of Kandahar".
PLACE_KINDS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "department",
        "capital",
        "outskirts",
        "suburbs",
        "suburb",
        "region",
        "district",
        "state",
        "municipality",
        "port",
        "island",
        "resort",
        "area",
    }
)
# Verbs whose country subject speaks or judges, saying nothing of where: "Russia says bomb
# brought down airliner", "The US and its allies believe the regime was behind the attack".
SPEECH_VERBS = frozenset(
    {"say", "tell", "announce", "confirm", "claim", "warn", "accuse", "believe", "think"}
    | {"blame", "deny", "insist", "argue", "suspect", "conclude", "assess", "condemn"}
    | {"vow", "pledge", "promise"}
)
PLACE_SKIP_BEFORE = frozenset(
    {
        "the",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "downtown",
        "city",
        "town",
        "village",
        "province",
        "department",
        "capital",
        "of",
        "north",
        "south",
        "east",
        "west",
        # "in northeastern Kenya"
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    }
)
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# A place joined by a hyphen to one of these words describes something, it does not place it.
HYPHEN_MODIFIER = re.compile(
    r"-(?:backed|led|based|born|bred|funded|trained|allied|made|owned|run|sponsored|supported)\b",
    re.IGNORECASE,
)
DATELINE_PLACE = re.compile(
    r"(?m)^([A-Z][A-Z'.\- ]{2,30}?)(?:,\s*([A-Z][A-Za-z .'-]{2,30}?))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\s*(?:\([A-Za-z]+\)\s*)?[—–-]{1,2}\s"
)


def after_dateline(text: str) -> str:
    """The text without the wire dateline it opens with ("LONDON (Reuters) - "): where the
    reporter filed from, not a word of what the text names."""
    dateline = DATELINE_PLACE.match(text)
    return text[dateline.end() :] if dateline is not None else text


CLAUSE_JOINTS = frozenset({",", ";", "and", "but", "while", "whereas"})
# "the English town of Reading", "the port city of Aden": a name the text calls a place, even
# one that is also a common word the gazetteer's text scan leaves out.
CALLED_A_TOWN = re.compile(
    r"\b(?:town|city|village|port|suburb|commune|municipality)\s+of\s+"
    r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)


# --- perpetrator groups and claims -----------------------------------------------------------

CLAIM_WORDS = frozenset(
    {
        "claimed",
        "claim",
        "claims",
        "claiming",
        "responsibility",
        "blamed",
        "blame",
        "behind",
        "responsible",
        "carried",
    }
)
# A group's agency claiming the attacker as its own: "Amaq said the attacker was one of its
# fighters", "... were soldiers of the caliphate".
ONE_OF_ITS = re.compile(
    r"(?i)\b(?:was|were|is|are) (?:one of its|its|a|two of its) ['\"‘“]?"
    r"(?:fighters?|soldiers?|members?)\b|\bsoldiers? of the caliphate\b"
)
GROUP_ANAPHOR = re.compile(
    r"(?i)\bthe (?:militant |jihadist |extremist |terrorist |armed |islamist )?"
    r"(?:group|organi[sz]ation|movement)\b"
)
BOTH_ATTACKS = re.compile(
    r"\b(?:both|all (?:three|four|five)|the (?:two|three|four|five)) (?:\w+ )?"
    r"(?:attacks|bombings|blasts)\b",
    re.IGNORECASE,
)
"""A claim of every attack the sentence before told ("Islamic State claimed both attacks")."""
SAME_DAY = re.compile(r"\b(?:on|that)\s+(?:the\s+)?same\s+day\b", re.IGNORECASE)
"""A day told by the incident before ("On the same day a gunman killed ... in Sousse")."""
AT_THE_SAME_TIME = re.compile(
    r"\b(?:at (?:about|around|roughly|nearly) the same time|at the same time|simultaneously)\b",
    re.IGNORECASE,
)
"""The other site of attacks told as one ("At about the same time, ... in Makhachkala")."""
IN_TWO_CITIES = re.compile(
    r"\b(?:two|three|four|both|several) (?:\w+ )?(?:cities|towns|sites)\b", re.IGNORECASE
)
"""A lead that tells coordinated attacks as one ("attacked ... in two cities of ... Dagestan")."""
DENIAL_VERBS = frozenset({"deny", "reject", "disown", "refute", "dismiss"})
# A group that urges others to attack ("days after Islamic State urged its followers to step up
# attacks") called for attacks; it is not named as the one who carried this one out.
CALLING_VERBS = frozenset({"urge", "call", "exhort", "encourage", "incite"})
MEMBER_LEMMAS = frozenset({"member", "militant", "fighter", "operative", "supporter"})
# A group named after these words inspired the attacker; it did not carry the attack out.
INSPIRED = re.compile(
    r"\b(?:(?:inspired|influenced|radicali[sz]ed) by"
    # "matched 'very exactly' the orders of Islamic State": what the group asks of anyone
    r"|(?:orders|instructions|calls|appeals|propaganda|methods|tactics) of) (?:the )?$",
    re.IGNORECASE,
)
# "... armed forces of liberation (fal)": initials defined right after a group's name
DEFINED_INITIALS = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z-]{1,9})\s*\)")

# A sentence naming the person the sentence before was about: "A security source named him as
# Oussama Zariouh", "Police identified her as ...".
NAMED_HIM = re.compile(r"\b(?:named|identified)\s+(?:him|her)\s+as\b", re.IGNORECASE)
# "... said they believed he had carried out both attacks": the man the next sentence names
HE_DID_IT = re.compile(
    r"(?i)\b(?:he|she)\s+(?:had\s+)?(?:carried out|committed|staged|was behind)\s+"
    r"(?:the|both|all|these|those)\s+(?:\w+\s+)?(?:attacks?|bombings?|shootings?|killings?)\b"
)

# What was found not to be: "there was no sign that he belonged to Islamic State", "no evidence
# of links to".
NO_SIGN_THAT = re.compile(
    r"\bno (?:sign|signs|evidence|indication|indications|proof) (?:so far )?(?:that|of)\b",
    re.IGNORECASE,
)


# "two weeks to the day after", "a week after", "three days before": another day's attack, told
# right before the "after" or "before" of the clause that tells it
A_GAP_BEFORE = re.compile(r"(?i)\b(?:hours?|days?|weeks?|months?|years?)\s+(?:to\s+the\s+day\s+)?$")
