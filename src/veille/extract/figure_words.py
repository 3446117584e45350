"""Word lists and patterns that :mod:`veille.extract.figures` reads figures with.

Data only: the categories a figure can have, the head nouns of counted people and things, the
words that are no nationality, and the patterns of each category's cues (death, return,
detention, watch, ...), of a period or total, and of what makes a count no figure (a
population, state forces, a reporting source, an event's toll).
"""

from __future__ import annotations

import re
from typing import Final, Literal

from .lexicon import KILL_WORDS, PEOPLE_NOUNS, WOUND_WORDS

FigureCategory = Literal[
    "foreign_fighters_left",
    "foreign_fighters_returned",
    "foreign_fighters_killed",
    "detained",
    "under_watch",
    "radicalised",
    "networks_dismantled",
    "plots_foiled",
    "victims_total",
    "other",
]


_EXTRA_PEOPLE: Final = frozenset(
    {
        "salafist",
        "salafists",
        "jihadist",
        "jihadists",
        "jihadi",
        "jihadis",
        "detainee",
        "detainees",
        "prisoner",
        "prisoners",
        "inmate",
        "inmates",
        "suspect",
        "suspects",
        "returnee",
        "returnees",
        "traveller",  # "20 jihadist travellers"
        "travellers",
        "traveler",
        "travelers",
        "those",  # "150 of those who had left Sweden"
        "foreigner",
        "foreigners",
        "minor",
        "minors",
        "orphan",
        "orphans",
        "family",
        "families",
        "wife",
        "wives",
        "widow",
        "widows",
        "relative",
        "relatives",
        "adult",
        "adults",
        "baby",
        "babies",
        "infant",
        "infants",
        "kid",
        "kids",
        "supporter",
        "supporters",
        "sympathiser",
        "sympathisers",
        "sympathizer",
        "sympathizers",
        "extremist",
        "extremists",
        "radical",
        "radicals",
        "hostage",
        "hostages",
        "captive",
        "captives",
        "refugee",
        "refugees",
        "migrant",
        "migrants",
        "westerner",
        "westerners",
        "convert",
        "converts",
        "volunteer",
        "volunteers",
        "mercenary",
        "mercenaries",
        "europeans",
        "women",
        "men",
    }
)
_NOT_PEOPLE: Final = frozenset({"security", "force", "forces", "dead", "injured", "wounded"})
PEOPLE_HEADS: Final = (PEOPLE_NOUNS - _NOT_PEOPLE) | _EXTRA_PEOPLE
"""Head nouns of counted people."""

THING_HEADS: Final = frozenset(
    {
        "plot",
        "plots",
        "attack",
        "attacks",
        "acts",  # "the number of terrorist acts" (not "the 1799 Logan Act", a law)
        "incident",  # "reported another 62 terrorist incidents"
        "incidents",
        "attempt",
        "attempts",
        "network",
        "networks",
        "cell",
        "cells",
        "arrest",
        "arrests",
        "case",
        "cases",
        "investigation",
        "investigations",
        "file",
        "files",
        "prosecution",
        "prosecutions",
        "conviction",
        "convictions",
        "death",
        "deaths",
        "return",
        "returns",
        "departure",
        "departures",
        "repatriation",
        "repatriations",
    }
)
"""Head nouns of counted things analysts track."""

# Words that can be demonyms in the gazetteer but also name an ethnic group in this news.
NOT_NATIONALITY: Final = frozenset(
    {"turkmen", "persian", "kurd", "kurds", "kurdish", "arab", "arabs", "arabic", "yazidi"}
    | {"yazidis", "muslim", "muslims", "christian", "christians", "jewish", "jews", "sunni"}
    | {"shia", "shiite", "alawite", "druze", "assyrian", "chechen", "chechens", "uighur"}
    | {"uyghur", "pashtun", "hazara", "rohingya", "berber", "baloch", "islamic", "islamist"}
)
CONTRAST_WORDS: Final = frozenset({"while", "whereas", "whilst", ";"})
SUBSET_BEFORE: Final = frozenset({"whom", "which", "them", "including", "those", "these"})
SUBSET_AFTER: Final = frozenset({"them", "whom", "those", "these", "which"})
FOREIGN_WORDS: Final = frozenset(
    {"nationals", "national", "citizens", "citizen", "foreign", "foreigners", "foreign-born"}
    | {"expatriates", "westerners", "europeans", "nationality"}
)
COMBATANTS: Final = frozenset(
    {"fighters", "militants", "jihadists", "jihadis", "insurgents", "terrorists", "members"}
    | {"soldiers", "troops", "rebels", "guerrillas", "recruits", "extremists", "mercenaries"}
)
CUT_PUNCT: Final = frozenset({";", ":", "(", ")", "—", "–", "“", "”", '"', "‘", "’", "["})
NP_MODIFIER_DEPS: Final = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod"})
MAX_COUNTED = 22
MIN_OTHER = 10
YEAR: Final = re.compile(r"(?:19|20)\d\d")
NUMBER_NOUNS = frozenset({"number", "total", "tally", "count"})
CHANGE_VERBS = frozenset(
    {"rise", "fall", "climb", "drop", "increase", "decrease", "reach", "stand", "hit", "grow"}
    | {"jump", "soar", "double", "be", "decline"}
)
# "Up to 5,000 children in the camps are believed to be foreign nationals".
_FROM_COUNTRIES_TEXT = (
    r"\bfrom (?:(?:more than |at least |some )?\d+ (?:countries|nations)\b"
    # "2,000 to 4,000 people from the five former Soviet republics of Central Asia"
    r"|(?:the )?(?:\w+ )?(?:former soviet republics|central asia|the caucasus|north caucasus|"
    r"the balkans|western balkans)\b)"
)
FROM_COUNTRIES = re.compile(_FROM_COUNTRIES_TEXT, re.IGNORECASE)
FROM_COUNTRIES_NEXT = re.compile(r"\s*" + _FROM_COUNTRIES_TEXT, re.IGNORECASE)
FOREIGN_CUE = re.compile(r"\bforeign(?:ers?)?\b|" + _FROM_COUNTRIES_TEXT, re.IGNORECASE)
POPULATION_SIZE = 100_000  # "3 million people live there" is a population, not a figure

DEATH: Final = re.compile(
    r"\b(?:" + "|".join(sorted(KILL_WORDS - {"life", "body"}, key=len, reverse=True)) + r"|"
    r"perished|lost their lives|were? slain)\b"
)
WOUND: Final = re.compile(r"\b(?:" + "|".join(sorted(WOUND_WORDS, key=len, reverse=True)) + r")\b")
# "a town of about 26,000 people", "a country of 5.2 million": a place's size, whatever the number
# "the Maldives, which has about 350,000 citizens": a place's people, told before the count
A_PLACE_HAS: Final = re.compile(
    r"(?i)\b(?:which|that)\s+(?:has|had)\s+(?:(?:about|around|some|nearly|roughly|more than|"
    r"over)\s+)?$"
)
WANTED: Final = re.compile(r"\bwarrants?\s+(?:for|against)\s*$")
"""People named in warrants are wanted, not held: "issued arrest warrants for 17 people"."""
PLACE_OF_SIZE: Final = re.compile(
    r"\b(?:province|city|town|village|region|country|area|enclave|nation|island) of\s*$"
)
POPULATION: Final = re.compile(
    r"\b(?:live|lives|living|lived|inhabitants|population|home to|reside\w*|"
    r"(?:province|city|town|region|country|area|enclave) of)\b"
)
STATE_FORCES: Final = re.compile(
    r"\b(?:troops|soldiers|forces|personnel|servicem[ae]n|diplomats|officials|police\w*|"
    r"officers|aid workers|journalists)\b"
)
RETURNED: Final = re.compile(
    r"\b(?:return(?:ed|ing|s)?|returnees?|c[oa]me (?:back|home)|coming (?:back|home)|"
    r"(?:gone|went|going) home|"  # "About 400 of the Russians have gone home"
    r"brought back|repatriat\w+|(?:made|make|making) (?:their|his|her) way back|"
    r"back (?:home|in (?:the )?(?:uk|britain|france|europe)))\b"
)
DETAINED: Final = re.compile(
    # not a bare "hold": "there are thousands of Isis fighters; they hold a small area"
    r"\b(?:detain\w*|detention|held|holding|arrest\w*|captured?|jail\w*|imprison\w*|"
    r"custody|prisons?|prisoners?|incarcerat\w+|behind bars|locked up|convicted|charged|"
    r"prosecuted|"
    r"in for (?:\w+ )?questioning)\b"
)
# People let go: "189 were released without charge" are no longer held.
RELEASED: Final = re.compile(r"\b(?:released|freed|let go|set free|acquitted)\b")
WATCH: Final = re.compile(
    r"\b(?:watch ?lists?|watchlists?|monitor\w*|under (?:watch|surveillance)|surveillance|"
    r"being watched|on (?:the )?files? of|(?:were|was|are|is|been) tracking|"
    r"subjects? of interest|on file|fiche s|flagged|known to (?:the )?(?:security|police|"
    r"intelligence|authorities|mi5)|investigations? involving|"
    r"(?:classed|classified|considered|rated) as (?:posing )?a (?:potential )?threat|"
    # Germany's "Gefährder", written "Gefaehrder" in English copy: potential attackers
    r"gef(?:ä|ae|a)hrder|potential attackers|potentially dangerous|"
    # Finland's Supo: "about 350 people it considers counter-terrorism targets"
    r"counter\s*-?\s*terrorism targets?|target individuals)\b"
)
# "the number of Salafists in Germany rose to a record 10,800": followers of the current the
# agencies count as a breeding ground of militancy
RADICAL: Final = re.compile(r"\bradicali[sz]\w*\b|\bsalafists?\b")
FOILED: Final = re.compile(r"\b(?:foil\w*|thwart\w*|disrupt\w*|prevent\w*|avert\w*|stopped)\b")
PART_BEFORE: Final = re.compile(r"\b(?:most|many|some|half|several) of (?:them|whom)\b[^.]*$")
ANOTHER: Final = frozenset({"another", "other", "further"})
# Verbs whose object counts the victims of one attack ("stabbed two people"), not a figure.
ATTACK_VERBS: Final = frozenset({"stab", "shoot", "attack", "behead", "hurt", "injure", "wound"})
# an action's count: "Germany deported 28 Afghan nationals", "Jordan hanged two jihadists"
REMOVAL_VERBS: Final = frozenset({"deport", "expel", "extradite", "repatriate", "hang", "execute"})
# Of those, the ones that send people out of the country one case at a time, and the verbs their
# people take in the sentences that tell them ("11 French ... were being processed").
DEPORTING: Final = frozenset({"deport", "expel", "extradite"})
REMOVAL_STEPS: Final = frozenset({"process", "send", "fly", "hand"})
# Counts too vague to track even with a lower bound: "A few men ... are being held prisoner".
FEW: Final = frozenset({"a few", "few", "several"})
# Victims from abroad, not fighters, where no militant word is near: "25 foreigners".
FOREIGNERS: Final = frozenset({"foreigner", "foreigners"})
APPROXIMATORS: Final = frozenset(
    {"around", "about", "some", "nearly", "almost", "approximately", "roughly", "over"}
)
COMPLETED: Final = re.compile(r"\b(?:completed|carried out|successful)\b")
PLOTS: Final = re.compile(r"\b(?:plots?|attacks?|attempts?|conspirac\w+)\b")
DISMANTLED: Final = re.compile(
    r"\b(?:dismantl\w+|broken up|broke up|break up|disrupt\w*|smash\w*|bust\w*|uncovered)\b"
)
NETWORKS: Final = re.compile(r"\b(?:networks?|cells?|rings?)\b")
ATTEMPTS: Final = frozenset({"attempt", "attempts"})
STILL_THERE: Final = re.compile(
    r"\bstill\s+(?:be\s+)?(?:in|inside|there|at)\b|\bremain(?:s|ed)?\s+(?:in|inside|there)\b"
)
"""People still in the conflict zone: "112 of them were believed to be still in the conflict
zone" counts those who stayed, not all who left (a part told apart, category other)."""
ABDUCTED: Final = re.compile(
    r"\b(?:abducted|kidnapped|snatched|escaped|missing|in captivity"
    r"|made (?:their|her|his) way home)\b"
)
"""The hostages of one abduction: "276 girls had been abducted, of whom 53 had escaped",
"Nearly 100 were still believed to be missing"."""
ONE_ATTACK_DOERS: Final = frozenset(
    {"gunmen", "attackers", "bombers", "assailants", "shooters", "hijackers", "kidnappers"}
)
"""The doers of one attack, counted as they came: "Between 25 and 30 gunmen arrived at the
mosque"."""

PREVENTED: Final = re.compile(
    r"\b(?:stopped|prevented|barred|blocked|kept)\b(?:\s+[\w,.]+){0,4}?\s+(?:from\s+)?"
    r"(?:leav\w*|go(?:ing)?|travel\w*|depart\w*)\b"
)
"""People stopped before they could leave: "51 had been stopped before they could leave the
country", "50 had been prevented from leaving" (not departures)."""
LEFT: Final = re.compile(
    r"\b(?:left|leave|leaving|travel+ed|travel+ing|travel|went|gone|go|going|joined|join|"
    r"joining|depart\w*|flocked|head(?:ed)? (?:to|for)|affiliated with|fighting|"
    r"travel+ers?)\b"  # "20 jihadist travellers"
)
DESTINATION: Final = re.compile(
    r"\b(?:syria|iraq|the region|caliphate|isis|isil|daesh|islamic state|is|jihad\w*|war zones?|"
    r"conflict zones?|battlefields?|join|fight|abroad|militants|"
    # "about 50 Maldivians were fighting in foreign wars", "had gone to the Middle East to take
    # part in what he called illegal warfare"
    r"foreign wars?|warfare|the middle east)\b"
)
JOINED: Final = re.compile(r"\bjoin(?:ed|ing|s)?\b|\baffiliated with\b")
# Leaving to join a group says the people went abroad, with or without a nationality named.
# "travelled ... to engage with the conflict in Syria and Iraq" (the UK government's wording)
_TO_FIGHT = r"to (?:join|fight|engage (?:with|in) (?:the )?(?:conflict|fighting))\b"
LEFT_TO_JOIN: Final = re.compile(
    r"\b(?:left|leave|leaving|travel|travel+ed|gone|went|set out|headed)\b(?:\W+\w+){0,12}?\W+"
    + _TO_FIGHT
    # "115 people were known to have left Spain for the conflict zones"
    + r"|\b(?:left|leave|leaving|travel+ed|gone|went|set out|headed)\b(?:\W+\w+){0,4}?\W+"
    r"(?:for|to) (?:the )?(?:conflict|war) zones?\b"
    # "about 150 citizens of North Macedonia took part in the wars in Syria and Iraq"
    r"|\b(?:took|taken|take|taking) part in (?:the )?(?:wars?|fighting|conflicts?) in\b"
)
# "about 180 people were abroad taking part in threat-related activities", "people with Canadian
# connections who were abroad and suspected of terrorism-related activities": gone to fight
ABROAD_FOR_TERRORISM: Final = re.compile(
    r"\b(?:were|are|was|is|been|being)\s+abroad\b(?:\W+\w+){0,6}?\W+"
    r"(?:terror\w*|threat\s*-\s*related|extremis\w*|jihad\w*|militan\w*)"
    r"|\b(?:involved|engaged)\s+in\s+(?:terror\w*|extremis\w*)\s+abroad\b"
)
FOREIGN_FIGHTERS: Final = re.compile(
    r"\bforeign (?:fighters|jihadists|militants|recruits|members)\b"
)
# "In November last year, a bomb ... killed six people": a month of that year dates one event
_NOT_AFTER_A_MONTH: Final = "".join(
    f"(?<!{month} )"
    for month in [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
AGGREGATE: Final = re.compile(
    # "since" of a period, not the adverb of "have since been discharged"
    r"\b(?:in total|in all|a total of|so far|to date|(?<!have )(?<!has )(?<!had )since|"
    r"(?:over|in|during) the (?:past|last)(?! (?:\d+|few|several|twenty-four) (?:hours|days))|"
    + _NOT_AFTER_A_MONTH
    + r"(?:this|last) year|each year|every year|(?<!than )(?<!for )(?<!to )a year|per year|"
    r"over (?:\w+ )?(?:years|months|decades?)|altogether|overall|cumulative|combined|"
    # "The conflict has killed about 2,600 people": a war's toll is its total so far
    r"the (?:conflict|insurgency|war|civil war|violence) (?:has|have) (?:killed|claimed|left))\b",
    re.IGNORECASE,
)
# "the deadliest attack since 2001" compares one event with the past: no period, no total.
SUPERLATIVE_SINCE: Final = re.compile(
    r"\b(?:deadliest|bloodiest|worst|biggest|largest|first|most \w+)\b[^,.;]{0,60}?\bsince\b",
    re.IGNORECASE,
)
# "on Nov. 9 last year", "in March last year": a day or month of last year, no period's total
DAY_LAST_YEAR: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?"
    r",?\s+(?:last|this) year\b"
    # "a year after bombings ... killed 202 people": a distance in time, no period
    r"|\ba year (?:after|before|later|earlier|ago)\b",
    re.IGNORECASE,
)
# "20 years since the Madrid train bombings, in which militants killed 191 people": one event
# recalled, no period.
SINCE_EVENT: Final = re.compile(
    r"\bsince (?:the|a|an|last|this) (?:[\w'’-]+ ){0,3}?"
    r"(?:attacks?|bombings?|shootings?|massacres?|explosions?|blasts?|assault|killings?)\b",
    re.IGNORECASE,
)
# A count that is the subject of one of these verbs counts the sources of a report ("two
# officials confirmed"), not people an analyst tracks.
REPORTING: Final = frozenset(
    {"say", "tell", "confirm", "report", "add", "state", "announce", "deny", "speak", "brief"}
)
RESTATED: Final = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
MILITANT_CONTEXT: Final = re.compile(
    r"\b(?:isis|isil|daesh|islamic state|jihad\w*|fighters?|militants?|caliphate|extremis\w+|"
    r"returnees?|threat\s*-\s*related|"
    r"terror\w*|radicali[sz]\w+|al-qaida|al-qaeda|engag\w+ (?:with|in) (?:the )?conflict|"
    # "known to have left Spain for the conflict zones and that 14 had come back"
    r"(?:conflict|war) zones?)\b",
    re.IGNORECASE,
)
WAR_ZONES: Final = re.compile(
    r"\b(?:syria|iraq|afghanistan|somalia|yemen|libya|mali|battlefield|front ?line|war zones?|"
    r"conflict zones?|fighting|fought|combat)\b",
    re.IGNORECASE,
)
"""Where and how foreign fighters die: a nationality's dead told with none of these (and no
militant word) are an attack's victims from abroad."""
DISPLACED: Final = frozenset(
    {"refugees", "refugee", "migrants", "migrant", "displaced", "civilians", "residents"}
    | {"villagers", "asylum", "seekers", "pilgrims", "tourists"}
    # "a siege in which dozens of foreign hostages died": victims, not fighters
    | {"hostages", "hostage", "guests", "employees", "workers", "worshippers", "victims"}
)
STRIKE_WORDS: Final = frozenset(
    {"airstrike", "strike", "jet", "drone", "missile", "bombardment", "offensive", "shell"}
    | {"clash", "counterattack", "counter-attack", "battle", "firefight", "skirmish"}
    | {"operation", "barrage", "artillery", "plane", "aircraft", "warplane", "helicopter"}
)
LOCAL_COUNTRIES: Final = frozenset({"SY", "IQ"})  # nationals of the war's own countries
NOT_FOREIGN_FIGHTERS: Final = frozenset(
    {"babies", "baby", "infants", "children", "kids", "orphans", "pupils", "students"}
)
EVENT_NOUNS: Final = frozenset(
    {"bomb", "bombing", "blast", "explosion", "attack", "shooting", "stabbing", "strike"}
    | {"airstrike", "raid", "ambush", "massacre", "assault", "bomber", "siege", "shelling"}
)

VOTES: Final = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|abstain\w*|in favour|backed the (?:mission|motion|bill))\b"
)
"""A count of votes: "445 backed the mission, 146 voted against it and seven abstained"."""

# "49 people killed when U.S. warplanes bombed a ... camp": one act's toll, not a tally.
ONE_EVENT_DEATHS: Final = re.compile(
    r"(?i)\b(?:killed|died|dead)\s+(?:when|as)\s+[^;]{0,40}?\b(?:bomb\w*|struck|strikes?|"
    r"attack\w*|shot|stormed|exploded|fired)\b"
)
# "Nine Italians, seven Japanese ... were among those killed": the dead of one attack.
AMONG_THE_DEAD: Final = re.compile(
    r"(?i)[^.;]{0,80}?\b(?:was|were)\s+(?:also\s+)?among\s+(?:the\s+dead|those\s+killed|"
    r"the\s+victims|the\s+people\s+killed|the\s+(?:wounded|injured)|them\.)"
)
# "Ten people are being held ... over the Nov. 2 attack": the custody of one case.
# "three suspects were being held": the suspects of one case in custody now
BEING_HELD: Final = re.compile(r"(?i)^\s+suspects\s+(?:are|were)\s+being\s+(?:held|detained)\b")
HELD_OVER_AN_ATTACK: Final = re.compile(
    r"(?i)^[^.;]{0,60}?\b(?:held|detained|in custody|in detention)\b[^.;]{0,40}?"
    r"\b(?:over|in connection with)\s+(?:the|last|this|an?)\b[^;]{0,30}?"
    r"\b(?:attacks?|bombings?|shootings?|stabbings?|killings?)\b"
)
