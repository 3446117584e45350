"""Word lists the incident extractor uses, kept as data apart from the logic.

Attack, weapon and target categories use the Global Terrorism Database (GTD) codebook names so
exports line up with the GTD that analysts already know.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

BOMBING: Final = "Bombing/Explosion"
ARMED_ASSAULT: Final = "Armed Assault"
ASSASSINATION: Final = "Assassination"
KIDNAPPING: Final = "Hostage Taking (Kidnapping)"
BARRICADE: Final = "Hostage Taking (Barricade Incident)"
FACILITY: Final = "Facility/Infrastructure Attack"
HIJACKING: Final = "Hijacking"
UNARMED_ASSAULT: Final = "Unarmed Assault"
UNKNOWN_ATTACK: Final = "Unknown"
VEHICLE: Final = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"

# Lemmas (lower-case) that report an attack, with the GTD attack type and weapon type they imply.
# ``None`` means the word says an attack happened but not how.
TRIGGER_LEMMAS: Final = MappingProxyType(
    {
        "bomb": (BOMBING, "Explosives"),
        "bombing": (BOMBING, "Explosives"),
        "bomber": (BOMBING, "Explosives"),
        "blast": (BOMBING, "Explosives"),
        "explosion": (BOMBING, "Explosives"),
        "explode": (BOMBING, "Explosives"),
        "detonate": (BOMBING, "Explosives"),
        "detonation": (BOMBING, "Explosives"),
        "ied": (BOMBING, "Explosives"),
        "grenade": (BOMBING, "Explosives"),
        "dynamite": (BOMBING, "Explosives"),
        "car-bomb": (BOMBING, "Explosives"),
        "shelling": (BOMBING, "Explosives"),
        "mortar": (BOMBING, "Explosives"),
        "rocket": (BOMBING, "Explosives"),
        "shooting": (ARMED_ASSAULT, "Firearms"),
        "gunman": (ARMED_ASSAULT, "Firearms"),
        "gunfire": (ARMED_ASSAULT, "Firearms"),
        "shoot": (ARMED_ASSAULT, "Firearms"),
        "machinegun": (ARMED_ASSAULT, "Firearms"),
        "machine-gun": (ARMED_ASSAULT, "Firearms"),
        "ambush": (ARMED_ASSAULT, None),
        "massacre": (ARMED_ASSAULT, None),
        "storm": (ARMED_ASSAULT, None),
        "stab": (ARMED_ASSAULT, "Melee"),
        "stabbing": (ARMED_ASSAULT, "Melee"),
        "behead": (ARMED_ASSAULT, "Melee"),
        "beheading": (ARMED_ASSAULT, "Melee"),
        "assassinate": (ASSASSINATION, None),
        "assassination": (ASSASSINATION, None),
        "kidnap": (KIDNAPPING, None),
        "kidnapping": (KIDNAPPING, None),
        "abduct": (KIDNAPPING, None),
        "abduction": (KIDNAPPING, None),
        "hostage": (BARRICADE, None),
        "hijack": (HIJACKING, None),
        "hijacking": (HIJACKING, None),
        "arson": (FACILITY, "Incendiary"),
        "sabotage": (FACILITY, None),
        "torch": (FACILITY, "Incendiary"),
        "firebomb": (FACILITY, "Incendiary"),
        "attack": (None, None),
        "raid": (None, None),
        "assault": (None, None),
        "kill": (None, None),  # only with an armed group named (KILLING_TRIGGERS)
        "murder": (None, None),
    }
)

# Killing words are attack words only in an article with no other attack word, in a sentence
# naming a non-state armed group: "two men who had pledged allegiance to Islamic State killed a
# priest". Otherwise they only give tolls.
KILLING_TRIGGERS: Final = frozenset({"kill", "murder"})

# Lemmas that need an attacking context before they count ("attack" alone is often figurative,
# "raid" is usually a police action): they trigger only with a violent cue in the same sentence.
WEAK_TRIGGERS: Final = frozenset(
    {"attack", "raid", "assault", "storm", "rocket", "mortar", "shelling", "shoot"}
)

# Words that, next to a weak trigger, make it a violent attack.
VIOLENT_CUES: Final = frozenset(
    {
        "kill",
        "killed",
        "dead",
        "death",
        "die",
        "wound",
        "injure",
        "injured",
        "terrorist",
        "terror",
        "militant",
        "gunman",
        "gunmen",
        "suicide",
        "bomb",
        "explosive",
        "insurgent",
        "guerrilla",
        "rebel",
        "jihadist",
        "extremist",
        "armed",
        "victim",
        "casualty",
        "massacre",
    }
)

# Phrases that mark the sentence as not reporting a carried-out attack.
FOILED_CUES: Final = frozenset({"foil", "thwart", "defuse", "prevent", "disrupt", "intercept"})
THREAT_CUES: Final = frozenset({"threaten", "threat", "warn", "vow", "call", "urge"})
PLOT_CUES: Final = frozenset({"plot", "plan", "plotting", "conspire", "conspiracy", "prepare"})
HYPOTHETICAL_MODALS: Final = frozenset({"could", "would", "might", "may"})

# Non-attack uses of trigger words: "heart attack", "panic attack", "photo shoot".
FALSE_TRIGGER_PHRASES: Final = (
    "heart attack",
    "panic attack",
    "asthma attack",
    "cyber attack",
    "cyberattack",
    "photo shoot",
    "shoot down the proposal",
    "bomb threat hoax",
    "sex bomb",
    "bath bomb",
)

KILL_WORDS: Final = frozenset(
    {
        "kill",
        "killed",
        "killing",
        "dead",
        "die",
        "died",
        "death",
        "deaths",
        "dying",
        "life",
        "lives",
        "body",
        "bodies",
        "fatality",
        "fatalities",
        "slay",
        "slain",
        "murder",
        "murdered",
        "massacre",
        "massacred",
        "execute",
        "executed",
    }
)
WOUND_WORDS: Final = frozenset(
    {
        "wound",
        "wounded",
        "wounding",
        "injure",
        "injured",
        "injuring",
        "injury",
        "injuries",
        "hurt",
        "hospitalise",
        "hospitalize",
        "hospitalised",
        "hospitalized",
    }
)

# Head nouns of counted people; quantities governing other nouns ("5 cars") are not tolls.
PEOPLE_NOUNS: Final = frozenset(
    {
        "people",
        "person",
        "persons",
        "civilian",
        "civilians",
        "man",
        "men",
        "woman",
        "women",
        "child",
        "children",
        "soldier",
        "soldiers",
        "policeman",
        "policemen",
        "officer",
        "officers",
        "police",
        "member",
        "members",
        "worker",
        "workers",
        "student",
        "students",
        "peasant",
        "peasants",
        "militant",
        "militants",
        "fighter",
        "fighters",
        "guerrilla",
        "guerrillas",
        "rebel",
        "rebels",
        "attacker",
        "attackers",
        "passenger",
        "passengers",
        "pilgrim",
        "pilgrims",
        "worshipper",
        "worshippers",
        "tourist",
        "tourists",
        "troops",
        "troop",
        "personnel",
        "guard",
        "guards",
        "victim",
        "victims",
        "others",
        "bystander",
        "bystanders",
        # "Four inmates and a member of the ... Corps guarding the prison were killed"
        "inmate",
        "inmates",
        "resident",
        "residents",
        "villager",
        "villagers",
        "pupil",
        "pupils",
        "spectator",
        "spectators",
        "agent",
        "agents",
        "marine",
        "marines",
        "trooper",
        "troopers",
        "cadet",
        "cadets",
        "recruit",
        "recruits",
        "insurgent",
        "insurgents",
        "terrorist",
        "terrorists",
        "bomber",
        "bombers",
        "gunman",
        "gunmen",
        "individual",
        "individuals",
        "national",
        "nationals",
        "citizen",
        "citizens",
        "employee",
        "employees",
        "staff",
        "journalist",
        "journalists",
        "official",
        "officials",
        "commander",
        "commanders",
        "general",
        "generals",
        "patrolman",
        "patrolmen",
        "gendarme",
        "gendarmes",
        "paratrooper",
        "paratroopers",
        "motorcyclist",
        "motorcyclists",
        "youth",
        "youths",
        "teenager",
        "teenagers",
        "boy",
        "boys",
        "girl",
        "girls",
        "guest",
        "guests",
        "shopper",
        "shoppers",
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "mourner",
        "mourners",
        "hostage",
        "hostages",
        "casualties",
        "casualty",
        "security",
        "force",
        "forces",
        "priest",
        "priests",
        "nun",
        "nuns",
        "doctor",
        "doctors",
        "teacher",
        "teachers",
        "diplomat",
        "diplomats",
        "judge",
        "judges",
        "peacekeeper",
        "peacekeepers",
        "crew",
        "worshipers",
        "worshiper",
        "dead",
        "injured",
        "wounded",
    }
)

# Nouns that name people only as the doers of one attack ("two attackers killed a priest",
# "when suicide bombers killed 32"); a "suspect" or "perpetrator" may have done any crime.
ATTACKERS_OF_ONE_ATTACK: Final = frozenset(
    {"attacker", "attackers", "assailant", "assailants", "gunman", "gunmen", "shooter"}
    | {"shooters", "bomber", "bombers"}
)

# Nouns naming the person who carried out an attack.
ATTACKER_NOUNS: Final = frozenset(
    {
        "gunman",
        "gunmen",
        "attacker",
        "attackers",
        "bomber",
        "bombers",
        "assailant",
        "assailants",
        "perpetrator",
        "perpetrators",
        "suspect",
        "suspects",
        "shooter",
        "shooters",
        "terrorist",
        "terrorists",
        "hijacker",
        "hijackers",
        "kidnapper",
        "kidnappers",
        "ringleader",
        "mastermind",
        "jihadist",
        "militant",
    }
)

# Words after which a quantity is a part of a toll already counted ("including 2 women").
# Subjects that make a raid, a storming, a shooting or a killing a police or military act:
# "armed police raided the resort", "police killed two suspected militants in a shootout".
AUTHORITY_SUBJECTS: Final = frozenset(
    {"police", "officer", "policeman", "gendarme", "troops", "soldier", "army", "commando"}
    | {"agent", "authority", "authorities", "force", "forces", "special"}
)
# The most people one police operation detains: a larger count told of detained people is a
# tally or a standing population ("at least 20,000 foreigners detained"), a figure, not an act.
RAID_SIZE: Final = 20
# A yearly report's count across the union: "18 people were arrested for separatist activity in
# four member states" is a statistic, never one operation.
IN_MEMBER_STATES: Final = re.compile(
    r"\bin (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|all) "
    r"(?:(?:EU|European Union) )?member states\b",
    re.IGNORECASE,
)

SUBSET_MARKERS: Final = frozenset({"including", "among", "of", "includes", "include"})

# Weapon phrases and their GTD weapon types. Longest phrases are tried first.
WEAPON_PHRASES: Final = MappingProxyType(
    {
        "car bomb": "Explosives",
        "truck bomb": "Explosives",
        "suicide vest": "Explosives",
        "suicide belt": "Explosives",
        "explosive vest": "Explosives",
        "explosive belt": "Explosives",
        "explosive device": "Explosives",
        "improvised explosive device": "Explosives",
        "ied": "Explosives",
        "roadside bomb": "Explosives",
        "pipe bomb": "Explosives",
        "pressure cooker bomb": "Explosives",
        "bomb": "Explosives",
        "explosives": "Explosives",
        "dynamite": "Explosives",
        "grenade": "Explosives",
        "grenades": "Explosives",
        "hand grenade": "Explosives",
        "mortar": "Explosives",
        "mortars": "Explosives",
        "rocket": "Explosives",
        "rockets": "Explosives",
        "landmine": "Explosives",
        "mine": "Explosives",
        "tnt": "Explosives",
        "rifle": "Firearms",
        "rifles": "Firearms",
        "assault rifle": "Firearms",
        "kalashnikov": "Firearms",
        "ak-47": "Firearms",
        "machine gun": "Firearms",
        "machineguns": "Firearms",
        "machine guns": "Firearms",
        "pistol": "Firearms",
        "pistols": "Firearms",
        "handgun": "Firearms",
        "gun": "Firearms",
        "guns": "Firearms",
        "firearms": "Firearms",
        "shotgun": "Firearms",
        "knife": "Melee",
        "knives": "Melee",
        "machete": "Melee",
        "machetes": "Melee",
        "axe": "Melee",
        "truck": VEHICLE,
        "lorry": VEHICLE,
        "van": VEHICLE,
        "molotov cocktail": "Incendiary",
        "molotov cocktails": "Incendiary",
        "petrol bomb": "Incendiary",
        "firebomb": "Incendiary",
        "drone": "Explosives",
        "sarin": "Chemical",
        "nerve agent": "Chemical",
    }
)

# Target words and their GTD target types.
TARGET_TYPES: Final = MappingProxyType(
    {
        "police": "Police",
        "policeman": "Police",
        "policemen": "Police",
        "police station": "Police",
        "checkpoint": "Police",
        "officer": "Police",
        "officers": "Police",
        "soldier": "Military",
        "soldiers": "Military",
        "troops": "Military",
        "army": "Military",
        "military": "Military",
        "base": "Military",
        "convoy": "Military",
        "barracks": "Military",
        "embassy": "Government (Diplomatic)",
        "consulate": "Government (Diplomatic)",
        "diplomat": "Government (Diplomatic)",
        "ministry": "Government (General)",
        "parliament": "Government (General)",
        "government": "Government (General)",
        "official": "Government (General)",
        "officials": "Government (General)",
        "mayor": "Government (General)",
        "church": "Religious Figures/Institutions",
        "mosque": "Religious Figures/Institutions",
        "synagogue": "Religious Figures/Institutions",
        "temple": "Religious Figures/Institutions",
        "shrine": "Religious Figures/Institutions",
        "priest": "Religious Figures/Institutions",
        "worshippers": "Religious Figures/Institutions",
        "school": "Educational Institution",
        "university": "Educational Institution",
        "students": "Educational Institution",
        "bus": "Transportation",
        "train": "Transportation",
        "metro": "Transportation",
        "subway": "Transportation",
        "station": "Transportation",
        "airport": "Transportation",
        "journalist": "Journalists & Media",
        "journalists": "Journalists & Media",
        "newspaper": "Journalists & Media",
        "bank": "Business",
        "hotel": "Business",
        "restaurant": "Business",
        "cafe": "Business",
        "café": "Business",
        "bar": "Business",
        "shop": "Business",
        "store": "Business",
        "farm": "Business",
        "market": "Private Citizens & Property",
        "civilians": "Private Citizens & Property",
        "people": "Private Citizens & Property",
        "crowd": "Private Citizens & Property",
        "concert": "Private Citizens & Property",
        "marathon": "Private Citizens & Property",
        "home": "Private Citizens & Property",
        "house": "Private Citizens & Property",
        "pipeline": "Utilities",
        "power": "Utilities",
        "tower": "Utilities",
        "pylon": "Utilities",
    }
)

# Physical targets: nouns that name a place or object attacked (for the "targets" field).
TARGET_NOUNS: Final = frozenset(
    set(TARGET_TYPES)
    - {
        "police",
        "policeman",
        "policemen",
        "officer",
        "officers",
        "soldier",
        "soldiers",
        "troops",
        "army",
        "military",
        "diplomat",
        "official",
        "officials",
        "mayor",
        "priest",
        "worshippers",
        "students",
        "journalist",
        "journalists",
        "civilians",
        "people",
        "crowd",
    }
    | {
        "building",
        "headquarters",
        "office",
        "offices",
        "facility",
        "vehicle",
        "car",
        "truck",
        "plant",
        "installation",
        "residence",
        "embassy",
        "post",
        "camp",
        "compound",
        "club",
        "nightclub",
        "stadium",
        "hall",
        "square",
        "plaza",
        "bridge",
        "road",
        "highway",
        "checkpoint",
        "substation",
        "warehouse",
        "factory",
        "hospital",
        "branch",
        "headquarter",
    }
)

# The attack type a weapon implies when no attack word says it.
WEAPON_ATTACK_TYPES: Final = MappingProxyType(
    {
        "Explosives": BOMBING,
        "Firearms": ARMED_ASSAULT,
        "Melee": ARMED_ASSAULT,
        VEHICLE: UNARMED_ASSAULT,
    }
)

# Readable names of attack types for incident titles.
ATTACK_TITLE_WORDS: Final = MappingProxyType(
    {
        BOMBING: "Bombing",
        ARMED_ASSAULT: "Armed assault",
        ASSASSINATION: "Assassination",
        KIDNAPPING: "Kidnapping",
        BARRICADE: "Hostage-taking",
        FACILITY: "Attack on facilities",
        HIJACKING: "Hijacking",
        UNARMED_ASSAULT: "Assault",
        UNKNOWN_ATTACK: "Attack",
    }
)

# Actor types that are not perpetrators of terrorism (the state side).
STATE_ACTOR_TYPES: Final = frozenset(
    {"state", "ministry", "police", "intelligence", "military", "intergovernmental", "judiciary"}
)


# Verbs that take an attack as their topic, not as their deed: the date they carry ("Trump on
# Wednesday seized on the attack", "condemned the attack on Sunday") is not the attack's.
TOPIC_VERBS: Final = frozenset(
    {"seize", "condemn", "denounce", "react", "respond", "blame", "cite", "discuss", "praise"}
    | {"exploit", "politicise", "politicize", "commemorate", "remember", "mourn", "invoke"}
    | {"mention", "comment", "criticise", "criticize", "investigate", "probe", "address"}
    # "Scholz on Monday called the knife attack ... an act of terrorism"
    | {"call", "describe", "label", "brand", "term"}
    # "Islamic State claimed responsibility on Monday for the New Year shooting"
    | {"claim"}
    # "police hunted on Wednesday for a gunman who killed two people": the hunt's day
    | {"hunt", "seek", "pursue"}
)

# Words that put a sentence in the field of terrorism or political violence: a harassment
# conviction or a famine count is not the field's news without one of them.
TERROR_CUE: Final = re.compile(
    r"(?i)\b(?:terror\w*|militan\w*|jihad\w*|extremis\w*|radicali[sz]\w*|islamist\w*|"
    r"islamic state|isis|isil|daesh|al[- ]qaeda|al[- ]shabaab|boko haram|taliban|bomb\w*|"
    r"explosi\w*|attack\w*|plot\w*|fighters?|insurgen\w*|hostages?|kidnap\w*|behead\w*|"
    r"massacres?|guerrill\w*|separatis\w*|proscri\w*|hate crimes?|shooting|stabbing|"
    r"gunm[ae]n|suicide|propaganda|state of emergency|emergency powers|surveillance|"
    r"neo-?nazis?|white supremacists?)\b"
)
