"""Word lists and patterns that :mod:`veille.extract.alerts` reads alert levels with.

Data only: the phrases that make a sentence speak of alert levels ("threat level", "terror
alert") or go on about the level of the sentence before ("the level"), the words around a level
that give its position ("to", "from", "at", "is"), ranks named by position ("second-highest",
"the maximum of four") and numbers ("level 4", "4 out of 5"), the words that introduce a date,
and the verbs and nouns of change by lemma, with what makes a change hypothetical ("could",
"considering"). Patterns without a case flag match the sentence as
:func:`~veille.extract.alert_schemes.fold` gives it. Lemmas are lower case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final, Literal

ChangeKind = Literal["raised", "lowered", "maintained", "set", "in force"]
Role = Literal["target", "state", "source", "plain"]
"""Where a level stands in its sentence: after "to" (target), after "from" (source), after "at",
"is", "remains" and the like (state), or elsewhere (plain)."""

NUMBER_WORDS: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
NUM: Final = r"(?:[1-5]|one|two|three|four|five)"


def number(word: str) -> int:
    """The value of a level number written in digits or words ("4", "four")."""
    return NUMBER_WORDS.get(word, 0) or int(word)


# What a phrase needs to stand for an alert level already named: "the level", "this alert",
# "the threat level"; a bare "terrorist threat" speaks of the danger, not of the level.
NAMES_A_LEVEL: Final = re.compile(
    r"\b(?:levels?|alerts?|status|rating|posture|vigipirate|ntas|ocam|ocad|cuta|nctv|it)\b"
)
# An alert phrase: "threat level", "terror alert", "terrorism threat level", "level of alert".
CONTEXT: Final = re.compile(
    r"\b(?:(?:national|terror(?:ism|ist)?|threat|alert|security|vigilance|warning)\s+){1,3}"
    r"(?:levels?|status|ratings?|posture)\b"
    r"|\bterror(?:ism|ist)?\s+(?:threat|alert|warning)s?\b|\bsecurity\s+alerts?\b"
    r"|\b(?:alert|threat)\s+levels?\b"
    r"|\blevels?\s+of\s+(?:the\s+)?(?:terror(?:ism|ist)?\s+)?(?:alert|threat|vigilance)\b"
    r"|\bstate\s+of\s+alert\b"
)
# A sentence opening on "it" ("Before that it had stood at ..."), and the state verbs after it.
_IT_OPENING = r"^\W*(?:(?:before|after|since|until) (?:that|then),?\s+)?it\s+"
_IT_VERBS = r"had|has|was|is|remained|remains|stayed|stood|went|goes|returned"
# "the level", "this level", "that alert level": continues the alert sentence before.
# A change told again paragraphs after the lead, which names no scheme: "The capital was raised
# to level four early on Saturday", "the top level would stay in force in Brussels until Nov.
# 30" (not "Only the top level ... is more severe", a description of the scale)
TOLD_AGAIN: Final = re.compile(
    r"\b(?:was|were|been)\s+(?:raised|lowered|put|placed|moved|brought)\s+(?:back\s+)?to\s+"
    r"level\b"
    r"|\bthe\s+(?:top|highest|maximum)\s+level\s+(?:would|will)\s+(?:stay|remain)\b"
)
ANAPHOR: Final = re.compile(
    r"\b(?:the|this|that|its|same)\s+(?:(?:threat|alert|terror|security|same)\s+){0,2}"
    r"(?:level|alert|posture)\b"
    # "It had been at severe from August 2014": a sentence opening on "it" and a state
    rf"|{_IT_OPENING}(?:now\s+)?(?:{_IT_VERBS}|stands)\b"
    # "JTAC raised the threat to critical from severe": the threat moved between levels
    r"|\b(?:raised|lowered|reduced|cut)\s+the\s+threat\s+(?:to|from)\b"
)
# The same opening: "severe" after it is the level the sentence before named.
IT_STATE: Final = re.compile(rf"{_IT_OPENING}(?:{_IT_VERBS})\b")
LEVEL_WORDS: Final = re.compile(
    r"\b(?:levels?|alert|threat|status|rating|posture|vigipirate|ntas|ocam|ocad|cuta|nctv)\b"
)
LEVEL_NOUNS: Final = frozenset(
    {"level", "levels", "alert", "threat", "rating", "status", "posture", "category", "tier"}
    | {"stage", "phase", "grade", "setting", "scale"}
)
ROLE_BEFORE: Final = re.compile(
    r"\b(?P<p>to|into|from|at|is|was|are|were|be|been|being|remains?|remained|stays?|stayed|"
    r"stands?|stood|of|on)"
    r"(?:\s+(?:the|its|their|a|an|new|current|present|national|terror|terrorism|terrorist|"
    r"threat|alert|levels?|security|vigilance|which|is|of|still|now|once|again|currently|"
    r"officially|back)){0,4}"
    r"\s*['\"(]?\s*$"
)
ROLE_OF: Final[Mapping[str, Role]] = {"to": "target", "into": "target", "from": "source"}
QUOTED_BEFORE: Final = re.compile(r"['\"(]\s*$")
LEVEL_AFTER: Final = re.compile(
    r"^\s*['\")]?\s*(?:(?:threat|terror|terrorism|alert|security)\s+){0,2}"
    r"(?:level|alert|status|rating|category|posture)\b"
)
# "issued the first bulletin under a revamped National Terrorism Advisory System": a level word
# told as a level of the system named after it
UNDER_A_SYSTEM: Final = re.compile(
    r"^\s+(?:under|of)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:advisory|alert|warning|threat)\s+(?:system|scale)\b"
)
RELATIVE: Final = re.compile(
    r"\b(?P<rel>second[\s-]+highest|second[\s-]+lowest|highest|maximum|max|top|lowest|minimum)"
    r"(?:\s+possible)?"
    r"(?P<tail>\s+(?:(?:national|terror(?:ism|ist)?|threat|alert|security|warning|vigilance)"
    r"\s+){0,3}(?:level|alert|status|rating|notch|tier|grade|category|stage|posture)\b)?"
    r"(?:\s+of\s+(?:the\s+)?(?P<n>" + NUM + r")(?!\w|\.\d)(?:\s+levels?\b)?)?"
)
RELATIVE_NOT: Final = re.compile(
    r"^\s*(?:since|ever|for\s+(?:\w+\s+)?(?:years?|decades?|months?)|"
    r"in\s+(?:\w+\s+){0,2}(?:years?|decades?|months?|weeks?|history|\d{4})|"
    # "the highest level it has used": the highest so far, not the scheme's top
    r"(?:that\s+|which\s+)?(?:it|they|we|the\s+\w+)\s+(?:has|have|had)\s+(?:ever\s+)?"
    r"(?:used|set|seen|reached|declared|issued|had))\b"
)
NUMBER: Final = re.compile(r"(?<![\w.])(?P<n>" + NUM + r")(?!\w|\.\d|-\w)")
NUMBER_LEVEL_BEFORE: Final = re.compile(r"\b(?:level|niveau|phase|stage|category|grade|number)\s*$")
NUMBER_PREP_BEFORE: Final = re.compile(
    r"\b(?:to|into|at|from|of|is|was|remains?|remained|stands?|stood)\s+(?:a\s+)?$"
)
NUMBER_AFTER_OK: Final = re.compile(
    r"^\s*(?:$|[,.;:()\"'/]|out\s+of\b|on\s+a\b|of\b|from\b|to\b|and\b|on\b|in\b|at\b|after\b|"
    r"since\b|until\b|for\b|following\b|amid\b|over\b|as\b|because\b|when\b|this\b|last\b|"
    r"earlier\b|with\b|-\s)"
)
NUMBER_SCALE_BEFORE: Final = re.compile(
    r"(?:\b(?:scale|range|out|maximum|highest|possible|top|total)\s+(?:of|from)\s+"
    r"(?:" + NUM + r"\s*(?:to|-)\s*)?|\bout\s+of\s+|(?<![\w.])" + NUM + r"\s+of\s+)$"
)  # "out of 5", "a scale of 1 to 5", "level 2 of 4": the size of the scale
NUMBER_COUNT_AFTER: Final = re.compile(r"^\s*-?\s*(?:levels?|tiers?|points?|steps?|stages?)\b")
SCALE_AFTER: Final = re.compile(
    r"^\s*(?:out\s+of|of(?:\s+a\s+possible)?|on\s+a\s+scale\s+of(?:\s+\w+\s+to)?)\s+"
    r"(?P<n>" + NUM + r")(?!\w|\.\d)"
)

SPEECH_BEFORE: Final = re.compile(
    r"\b(?:said|says|told\s+\w+(?:\s+\w+)?|announced|added|reported|confirmed|stated|"
    r"tweeted|wrote)\s*(?:,\s*)?(?:on|late|early|late on|early on)?\s*$",
    re.IGNORECASE,
)
LEAD: Final = re.compile(
    r"(?i)^\s*(from|between|until|till|through|to|and|since|by|after|"
    r"before|following|than|on|in)\b"
)
WORD_BEFORE: Final = re.compile(
    r"(?i)([^\W\d_]+|-)\W*(?:(?:at\s+least|at\s+the\s+(?:earliest|latest)|the\s+(?:end|middle|"
    r"start|beginning)\s+of|early|late|mid)\W*)?$"
)
OTHER_EVENT_LEADS: Final = frozenset({"after", "before", "following", "than", "by"})
# "the threat level [to five] for the province of Utrecht", "the level in the Brussels region"
LEVEL_WORD: Final = re.compile(r"(?i)\blevels?\b")
FOR_A_REGION: Final = re.compile(
    r"(?i)(?:\s+(?:to|at)\s+(?:level\s+)?\w+(?:\s+\w+)?)?\s+(?:for|in)\s+(?:the\s+)?"
    r"(?:(?:province|region|city|capital|state|county|department|district)\s+of\s+)?"
)
IN_FORCE: Final = re.compile(r"(?i)\bin\s+(?:force|place|effect|operation)\b")

# Verbs and nouns of change, by lemma.
RAISE: Final = frozenset(
    {"raise", "increase", "elevate", "heighten", "upgrade", "hike", "boost", "escalate", "rise"}
)
LOWER: Final = frozenset(
    {"lower", "reduce", "decrease", "downgrade", "cut", "ease", "relax", "drop", "fall"}
    | {"downscale", "lessen"}
)
MAINTAIN: Final = frozenset(
    {"maintain", "keep", "extend", "retain", "prolong", "remain", "stay", "hold", "leave"}
    | {"renew", "continue"}
)
SET: Final = frozenset(
    {"set", "put", "place", "declare", "activate", "trigger", "issue", "move", "change"}
    | {"return", "adjust", "revise", "switch", "bring", "reinstate", "restore", "impose"}
    | {"introduce", "go", "step", "ramp", "bump", "ratchet", "scale", "push", "wind", "lift"}
    | {"become"}  # "that setting became 'probable'"
)
STATE: Final = frozenset({"be", "stand", "use", "apply"})
PARTICLES: Final[Mapping[str, ChangeKind]] = {"up": "raised", "down": "lowered", "back": "lowered"}
NOUN_KIND: Final[Mapping[str, ChangeKind]] = {
    "increase": "raised",
    "rise": "raised",
    "raising": "raised",
    "elevation": "raised",
    "upgrade": "raised",
    "escalation": "raised",
    "reduction": "lowered",
    "decrease": "lowered",
    "lowering": "lowered",
    "downgrade": "lowered",
    "extension": "maintained",
    "change": "set",
}
IRREGULAR: Final = {
    "kept": "keep",
    "held": "hold",
    "left": "leave",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "brought": "bring",
    "stood": "stand",
    "went": "go",
    "gone": "go",
}
REPORTING_VERBS: Final = frozenset({"say", "announce", "tell", "confirm", "state", "declare"})
MODALS: Final = frozenset({"could", "may", "might", "would", "should", "can", "must"})
HYPOTHETICAL_HEADS: Final = frozenset(
    {"consider", "weigh", "mull", "discuss", "debate", "propose", "urge", "call", "ask"}
    | {"plan", "threaten", "demand", "review", "refuse", "recommend", "suggest", "want"}
    | {"possibility", "question", "decision", "whether", "need"}
)
NEGATIONS: Final = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})

# A scheme's generic name owned by the sentence's country ("Britain raised its national terrorism
# threat level"): the name is that country's, not the scheme's of that name (Australia's).
OWNER_PRONOUN: Final = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)

# A clause telling the change inside a period or after its start date ("from August 2014, when
# it was raised over the threat from Iraq, until November 2019"; "since November 2019, when it
# was lowered"): the date it follows is the change's.
WHEN_ASIDE: Final = re.compile(r",\s+when\b[^.;]*,\s*", re.IGNORECASE)
WHEN_FOLLOWS: Final = re.compile(r",\s+when\b", re.IGNORECASE)
