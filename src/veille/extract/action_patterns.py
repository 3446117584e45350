"""Word lists and patterns that :mod:`veille.extract.actions` reads counter-terrorism actions with.

Data only: which words name an action of which kind, which words around them make the reading
wrong ("arrested their slide", "search for survivors", "explosive charge"), which cues make an
action hypothetical ("could") or only announced ("will", "plans to"), and the phrases that tie an
action to an incident ("after the Paris attacks"). Lemmas are lower case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

from spacy.tokens import Span

from . import lexicon

ActionKind = Literal[
    "arrest",
    "raid",
    "search",
    "seizure",
    "air_strike",
    "deployment",
    "charge",
    "conviction",
    "sentence",
    "law",
    "treaty_clause",
    "expulsion",
    "other",
]
ActionStatus = Literal["carried out", "announced"]

# --- Triggers ---------------------------------------------------------------------------------

# Verb lemmas naming an action. Several need a check of their subject or object (see below).
VERB_TRIGGERS: Final[Mapping[str, ActionKind]] = MappingProxyType(
    {
        "arrest": "arrest",
        "detain": "arrest",
        "apprehend": "arrest",
        "nab": "arrest",
        "capture": "arrest",  # only with a person as object: "captured the town" is not one
        "recapture": "arrest",  # only escaped people taken again: "443 of them had been recaptured"
        "catch": "arrest",  # only a person: "a suspect had been caught", not "caught fire"
        "acquit": "other",  # a court's verdict in a terrorism case, not a conviction
        # only by police or troops: "officers chased the man and overpowered him"
        "overpower": "arrest",
        "subdue": "arrest",
        "raid": "raid",
        "storm": "raid",  # only by police or troops: gunmen storming a hotel is an attack
        "breach": "raid",  # only police or troops breaching a wall, door or building
        "search": "search",
        "hunt": "search",  # only people hunted down: "to hunt down the attackers"
        "seize": "seizure",
        "confiscate": "seizure",
        "find": "seizure",  # only police finding arms: "Police also found ammonium nitrate"
        "deploy": "deployment",
        "enter": "deployment",  # only troops entering ("2,000 troops had entered Borno")
        "dispatch": "deployment",
        "send": "deployment",
        "station": "deployment",
        "mobilise": "deployment",
        "mobilize": "deployment",
        "call": "deployment",  # only troops or reservists "called up"
        "patrol": "deployment",  # only police or troops patrolling
        # only one cell or network, by the authorities: "security forces had on Friday
        # dismantled a seven-member cell loyal to Islamic State" (its members held)
        "dismantle": "arrest",
        # only police or security chiefs removed over a lapse ("dismissed Major General
        # Andrei Alexeyev, head of the Interior Ministry's transport police")
        "hold": "other",  # only people a court orders held ("ordered five suspects held")
        "dismiss": "other",
        "sack": "other",
        "remove": "other",
        "charge": "charge",
        "indict": "charge",
        "convict": "conviction",
        "sentence": "sentence",
        "jail": "sentence",
        "imprison": "sentence",
        # only convicts put to death: "Pakistan hanged two convicted militants on Friday"
        "hang": "sentence",
        "execute": "sentence",
        "expel": "expulsion",
        "deport": "expulsion",
        "extradite": "other",
        # only people brought home or back from abroad ("Albania brought five women and 14
        # children home on Sunday from camps in northeast Syria"): a repatriation
        "repatriate": "other",
        "bring": "other",
        "fly": "other",  # only people flown home ("The group flown home between May 7 and 9")
        "bomb": "air_strike",  # only by aircraft or a state military
        "strike": "air_strike",  # only by aircraft: "warplanes struck"
        "hit": "air_strike",
        "pound": "air_strike",
        "attack": "air_strike",  # only by aircraft: "French helicopters attacked a column"
        "target": "air_strike",
        "drop": "air_strike",  # only bombs dropped by aircraft: "two F-16s dropped three bombs"
        "fire": "air_strike",  # only missiles fired by aircraft: "two Mirage jets fired missiles"
        "kill": "air_strike",  # only by aircraft: "its jets killed 14 PKK militants"
        # only suspects the forces shot dead ("four suspects were shot dead"), kind other
        "shoot": "other",
        "invoke": "treaty_clause",  # only with a clause as object
        "trigger": "treaty_clause",
        "activate": "treaty_clause",
        "apply": "treaty_clause",  # only a clause applied ("Article 5 would apply")
        # only a state making an act an offence: "Bosnia made fighting in foreign wars ...
        # punishable by up to 10 years in prison"
        "make": "law",
        "criminalise": "law",
        "criminalize": "law",
        "outlaw": "law",
        # only an investigation opened or taken over: "A judge at the High Court ... opened an
        # investigation into a possible terrorist offence", "The FBI formally took over the
        # investigation on Friday"
        "open": "other",
        "take": "other",
        "freeze": "other",  # only assets, accounts, funds
        "close": "other",  # only mosques, prayer halls, borders
        "shut": "other",  # only mosques, borders ("decided to shut the Libyan frontier")
        "dissolve": "other",  # only groups and associations
        "ban": "other",
        "proscribe": "other",
        "strip": "other",  # only "stripped of (their) citizenship"
        "revoke": "other",  # only a citizenship, nationality or passport
        # only a moratorium: "lifted a moratorium on the death penalty in terrorism cases"
        "lift": "law",
        "end": "law",
        # only death warrants: "had signed the death warrants of six militants"
        "sign": "sentence",
        # only forces freeing hostages: "special forces ... fought their way through the
        # building floor by floor to free them" (a hostage rescue)
        "free": "raid",
        "rescue": "raid",
        # only an attacker giving himself up: "Bowers was shot and wounded in an exchange of
        # fire with police and surrendered"
        "surrender": "arrest",
        # only a rescue team going in: "the other three got out at about 9 p.m. as an FBI
        # rescue team moved in"
        "move": "raid",
        # only a reward for information: "Nigerian police offered a reward of 50 million naira
        # ... for information leading to the rescue of more than 200 schoolgirls"
        "offer": "other",
        # only an army's guns: "Turkish artillery, which began shelling YPG positions around
        # the Syrian town of Azaz"
        "shell": "other",
    }
)
# The teams whose "moving in" is a hostage rescue or an assault on the attackers.
ASSAULT_TEAM_WORDS: Final = frozenset(
    {"rescue", "tactical", "swat", "assault", "hostage", "commando", "commandos", "special"}
)

# Noun lemmas naming an action ("127 arrests", "almost 300 searches").
NOUN_TRIGGERS: Final[Mapping[str, ActionKind]] = MappingProxyType(
    {
        "arrest": "arrest",
        "raid": "raid",
        "sweep": "raid",
        "swoop": "raid",
        "operation": "raid",  # only a police or counter-terrorism operation
        "search": "search",
        "manhunt": "search",
        "seizure": "seizure",
        "haul": "seizure",
        "airstrike": "air_strike",
        "air-strike": "air_strike",
        "strike": "air_strike",  # only an air, drone or missile strike
        "deployment": "deployment",
        "presence": "deployment",  # only a police or military presence stepped up
        "patrol": "deployment",  # only patrols stepped up
        "security": "deployment",  # only security stepped up or tightened
        "charge": "charge",  # only "charges" a suspect faces
        "indictment": "charge",
        "conviction": "conviction",
        "sentence": "sentence",
        "expulsion": "expulsion",
        "deportation": "expulsion",
        "extradition": "other",
        "crackdown": "other",
        "freeze": "other",  # only "asset freeze"
        "control": "other",  # only "border controls" reintroduced
        "law": "law",
        "bill": "law",
        "legislation": "law",
        "decree": "law",
        "amendment": "law",
        "state": "law",  # only "state of emergency"
        "emergency": "law",  # only an emergency declared ("declared the emergency in Borno")
        "curfew": "other",  # only a curfew imposed or declared
        "offensive": "deployment",  # only one the armed forces launch
        "investigation": "charge",  # only "placed under formal investigation" (mise en examen)
        "custody": "arrest",  # only "taken into custody", "held in custody"
        "questioning": "arrest",  # only "brought in (taken, held) for questioning"
        "detention": "other",  # only "held (placed) in pre-trial detention"
        "warrant": "other",  # only a warrant issued, sought or prepared for someone's arrest
        "notice": "other",  # only a wanted (or Interpol red) notice issued
    }
)

# Verbs whose subject (passive) or object counts the people an action befalls: "104 people have
# been placed under house arrest", "three men were taken into custody".
PLACEMENT_VERBS: Final = frozenset({"place", "put", "take", "remand", "hold"})
# Verbs of "... for questioning" that hold people: "30 people were brought in for questioning".
QUESTIONING_VERBS: Final = frozenset({"bring", "take", "hold", "detain", "pick", "haul"})

# Verbs that pass or plan a law, and what they say about its status.
LAW_VERBS_DONE: Final = frozenset(
    {"pass", "adopt", "approve", "enact", "sign", "vote", "promulgate", "ratify", "publish", "rush"}
)
LAW_VERBS_PLANNED: Final = frozenset(
    {"introduce", "propose", "draft", "unveil", "table", "present", "submit", "prepare", "plan"}
)
# Verbs of a warrant or wanted notice that is an act of the authorities: "a wanted notice had
# been issued", "arrest warrants ... were being prepared"; not "the warrant was lifted".
WARRANT_GOVERNORS: Final = frozenset({"issue", "prepare", "seek", "obtain", "sign", "request"})
# Words that make a notice a wanted one.
NOTICE_MODIFIERS: Final = frozenset({"wanted", "red"})
EMERGENCY_VERBS: Final = frozenset(
    {"declare", "extend", "impose", "proclaim", "prolong", "decree", "renew"}
)
LAW_NOUNS: Final = frozenset({"law", "bill", "legislation", "decree", "amendment"})
LAW_GOVERNORS: Final = LAW_VERBS_DONE | LAW_VERBS_PLANNED | EMERGENCY_VERBS | {"announce"}

# Nouns and verbs governing "charges", "indictment", "conviction", "sentence" as actions.
CHARGE_NOUN_GOVERNORS: Final = frozenset(
    {"face", "file", "bring", "press", "lay", "level", "announce", "formalise", "formalize"}
)
INDICTMENT_GOVERNORS: Final = frozenset({"unseal", "return", "hand", "file", "issue", "announce"})
CONVICTION_GOVERNORS: Final = frozenset({"secure", "win", "obtain", "uphold"})
SENTENCE_GOVERNORS: Final = frozenset({"hand", "give", "receive", "impose", "pass", "get"})
SENTENCE_MODIFIERS: Final = frozenset(
    {"life", "prison", "jail", "death", "custodial", "suspended", "year", "month"}
)

# "air strikes", "drone strike", "air raids", "bombing raids".
AIR_MODIFIERS: Final = frozenset({"air", "drone", "missile", "aerial", "bombing", "airstrike"})
# Subjects that make "bombed", "struck", "hit" an air strike.
AIR_NOUNS: Final = frozenset(
    {
        "warplane",
        "jet",
        "aircraft",
        "plane",
        "bomber",
        "drone",
        "helicopter",
        "gunship",
        "airforce",
        "fighter-bomber",
        "b-52",
        "f-16",
        "rafale",
        "tornado",
        "typhoon",
        "coalition",
    }
)
# Verbs whose object is what an air strike hit ("air strikes destroyed a bridge").
STRIKE_TARGET_VERBS: Final = frozenset(
    {"hit", "target", "strike", "pound", "destroy", "bomb", "damage", "flatten", "raze"}
)
# What a deployment sends: troops, police, aircraft, ships.
FORCE_NOUNS: Final = frozenset(
    {
        "troop",
        "troops",
        "soldier",
        "police",
        "policeman",
        "officer",
        "gendarme",
        "force",
        "forces",
        "army",
        "military",
        "marine",
        "paratrooper",
        "commando",
        "reservist",
        "reinforcement",
        "personnel",
        "unit",
        "battalion",
        "brigade",
        "squad",
        "jet",
        "warplane",
        "aircraft",
        "plane",
        "bomber",
        "fighter",
        "drone",
        "helicopter",
        "carrier",
        "warship",
        "ship",
        "frigate",
        "destroyer",
        "submarine",
        "vessel",
        "tank",
        "guard",
        "agent",
        "specialist",
        "adviser",
        "advisor",
    }
)
# Who a team sent abroad is made of ("a team of experts"), besides troops and police.
TEAM_MEMBERS: Final = FORCE_NOUNS | {"expert", "investigator", "specialist", "negotiator"}
# Heads of a subject phrase that name the military ("French warplanes" -> French military) or
# the police ("Belgian officers" -> Belgian police), to find the actor in the knowledge base.
MILITARY_NOUNS: Final = frozenset(
    {
        "warplane",
        "jet",
        "aircraft",
        "plane",
        "bomber",
        "drone",
        "helicopter",
        "air",
        "force",
        "forces",
        "troop",
        "troops",
        "soldier",
        "army",
        "military",
        "navy",
        "marine",
        "commando",
        "paratrooper",
        "warship",
        "artillery",
    }
)
POLICE_NOUNS: Final = frozenset({"police", "officer", "policeman", "detective", "gendarme"})
# Nouns that, as the subject, make the acting side an authority, not the perpetrators.
AUTHORITY_NOUNS: Final = (
    MILITARY_NOUNS
    | POLICE_NOUNS
    | {
        "coalition",
        "government",
        "authority",
        "authorities",
        "prosecutor",
        "court",
        "judge",
        "parliament",
        "senate",
        "minister",
        "ministry",
        "president",
        "cabinet",
        "lawmaker",
        "legislator",
        "assembly",
        "congress",
        "state",
        "service",
        "agency",
        "investigator",
        "official",
        "gendarmerie",
        "customs",
    }
)
# Other heads of a phrase that can name who acted ("troops", "prosecutors", "the jury"); with
# the authority nouns and names, the only subjects an action takes.
ACTING_NOUNS: Final = frozenset(
    {"troop", "soldier", "force", "army", "navy", "military", "jury", "tribunal", "mp"}
    | {"lawmaker", "legislature", "council", "regime", "administration", "security", "guard"}
    | {"unit", "squad", "team", "commando", "marine", "gendarme", "prosecution", "country"}
    | {"nation", "ally", "partner", "side", "we", "they", "i", "he", "she", "who"}
)
# Subjects that make a raid, a seizure or a detention an act of the perpetrators, not of the
# authorities: "gunmen raided a village", "militants seized the town".
PERPETRATOR_NOUNS: Final = frozenset(
    {
        "gunman",
        "attacker",
        "assailant",
        "perpetrator",
        "bomber",
        "shooter",
        "terrorist",
        "hijacker",
        "kidnapper",
        "militant",
        "jihadist",
        "insurgent",
        "rebel",
        "fighter",
        "extremist",
        "guerrilla",
        "pirate",
        "abductor",
        "captor",
        "group",
    }
)
PERSON_NOUNS: Final = frozenset(
    {
        "people",
        "person",
        "man",
        "woman",
        "suspect",
        "member",
        "leader",
        "commander",
        "militant",
        "fighter",
        "jihadist",
        "terrorist",
        "national",
        "individual",
        "youth",
        "teenager",
        "boy",
        "girl",
        "brother",
        "son",
        "gunman",
        "bomber",
        "accomplice",
        "recruiter",
        "financier",
        "ringleader",
        "mastermind",
        "father",
        "mother",
        "pair",
        "trio",
        "imam",
        "preacher",
        "cleric",
    }
)

# What aircraft drop in an air strike ("dropped three bombs on armed vehicles"); leaflets and
# aid are dropped too.
DROPPED_ARMS: Final = frozenset(
    {"bomb", "missile", "munition", "explosive", "ordnance", "payload", "rocket"}
)

# --- Wrong readings ---------------------------------------------------------------------------

# Objects that make "arrest" mean "halt": "arrested their slide".
ARREST_NOT_OBJECTS: Final = frozenset(
    {
        "decline",
        "slide",
        "spread",
        "fall",
        "drop",
        "slump",
        "development",
        "growth",
        "momentum",
        "trend",
        "progress",
        "deterioration",
        "rot",
        "losses",
        "loss",
        "collapse",
        "descent",
        "run",
        "bleeding",
    }
)
# Who searches as police do, and the words that make a "search" a police one; without them a
# search is for a committee, justice, a partner or targets from the air.
SEARCHERS: Final = lexicon.AUTHORITY_SUBJECTS | {
    "investigator",
    "detective",
    "troop",
    "military",
    "official",
}
SEARCH_MODIFIERS: Final = frozenset(
    {"police", "house", "home", "property", "premises", "body", "strip", "raid", "security"}
)
# "search for survivors", "searching for her daughter": a rescue or a family's search, not a
# police search.
RESCUE_OBJECTS: Final = frozenset(
    {
        "daughter",
        "son",
        "child",
        "mother",
        "father",
        "husband",
        "wife",
        "brother",
        "sister",
        "purity",
        "identity",
        "survivor",
        "victim",
        "body",
        "remains",
        "wreckage",
        "debris",
        "missing",
        "answer",
        "meaning",
        "word",
        "job",
        "truth",
        "solution",
        "clue",
    }
)
# Whom a manhunt looks for ("police were still searching for him", "searching for the
# gunman"): a hunt for a person, not a search of premises.
HUNTED: Final = lexicon.ATTACKER_NOUNS | frozenset(
    {"he", "him", "she", "her", "they", "them", "killer", "killers", "man", "men", "driver"}
    | {"fugitive", "accomplice", "accomplices", "woman", "women", "organiser", "organisers"}
    | {"organizer", "organizers", "person", "people"}
)
RESCUE_SUBJECTS: Final = frozenset(
    {"rescuer", "diver", "volunteer", "firefighter", "relative", "family", "team", "worker"}
)
# Offences of ordinary crime: "detained in Lyon on suspicion of stealing a jacket" is no
# counter-terrorism arrest.
ORDINARY_OFFENCES: Final = frozenset(
    {
        "steal",
        "stealing",
        "theft",
        "shoplifting",
        "shoplift",
        "burglary",
        "speeding",
        "drink-driving",
        "trespass",
        "trespassing",
    }
)
# Verbs whose plan an arrest word can be ("planned to seize a member of the public"): what
# plotters were to do is violence, not an arrest.
PLOT_VERBS: Final = frozenset({"plan", "plot", "conspire", "scheme"})
# Modals that make an action noun a rule or a possibility ("searches of premises would need
# the approval of a judge"), not an act.
CONDITIONAL_MODALS: Final = frozenset({"would", "could", "might", "may", "should", "must"})

# "seized control", "seized the opportunity": not a seizure of goods.
SEIZE_NOT_OBJECTS: Final = frozenset(
    {
        "control",
        "power",
        "initiative",
        "opportunity",
        "moment",
        "chance",
        "territory",
        "town",
        "city",
        "village",
        "area",
        "base",
        "district",
        "region",
        "hostage",
        "hostages",
        "building",
        "airport",
        "port",  # "they seized the port of Mocimboa da Praia": a town taken
        "harbour",
        "harbor",
        "island",
        "house",  # "seeking to seize one or both houses of Congress"
        "seat",
        "majority",
        # "groups linked to al Qaeda seized its desert north"
        "north",
        "south",
        "east",
        "west",
    }
)
# What a raid on money is after: "raiding the rainy day fund", "a raid of $92 million on trust
# funds" is no police raid.
RAID_NOT_OBJECTS: Final = frozenset(
    {"fund", "account", "budget", "coffer", "reserve", "pension", "treasury", "saving"}
)
# What a "haul" has to be of to be a seizure ("a haul of weapons", "an arms haul"): not "the long
# haul" nor "a quarter of a trillion dollar haul" of trade deals.
HAUL_WORDS: Final = frozenset(
    {"arm", "weapon", "explosive", "drug", "cocaine", "heroin", "ammunition", "gun", "rifle"}
    | {"cash", "bomb", "detonator", "material", "chemical", "precursor"}
)
# What police "found" that makes a seizure: arms and explosives ("found a nail bomb").
FOUND_ARMS: Final = frozenset(
    {"arm", "weapon", "explosive", "ammunition", "gun", "rifle", "pistol", "handgun", "bomb"}
    | {"detonator", "grenade", "nitrate", "kalashnikov", "precursor", "ied"}
)
# Modifiers that make a noun trigger something else: "cardiac arrest", "explosive charge".
NOUN_NOT_MODIFIERS: Final = frozenset(
    {
        "cardiac",
        "heart",
        "respiratory",
        "epileptic",
        "explosive",
        "electric",
        "electrical",
        "cavalry",
        "hunger",
        "general",
        "lightning",
        "lucky",
        "penalty",
        "free",
        "google",
        "web",
        "online",
        "internet",
        "soul",
        "space",
        "tax",
        "customs",
        "service",
        "cover",
        "battery",
    }
)
# Governors that make "seizure" medical: "suffered a seizure".
MEDICAL_GOVERNORS: Final = frozenset({"suffer", "have", "experience", "trigger", "cause"})
# What a state makes an act by a law ("made fighting in foreign wars ... punishable").
OFFENCE_WORDS: Final = frozenset(
    {"punishable", "illegal", "unlawful", "crime", "offence", "offense"}
)
# What a "freeze", "close", "dissolve", "ban" must apply to be a counter-terrorism measure.
OTHER_VERB_OBJECTS: Final = MappingProxyType(
    {
        "freeze": frozenset({"asset", "assets", "account", "fund", "funds", "property"}),
        "close": frozenset(
            {"mosque", "hall", "border", "borders", "frontier", "school", "association"}
        ),
        "shut": frozenset({"mosque", "border", "borders", "frontier", "crossing"}),
        "dissolve": frozenset({"group", "association", "organisation", "organization", "movement"}),
        "ban": frozenset({"group", "association", "organisation", "organization", "movement"}),
        "proscribe": frozenset(
            {"group", "association", "organisation", "organization", "movement"}
        ),
        "extradite": frozenset(),  # any object
        "lift": frozenset({"moratorium"}),
        "end": frozenset({"moratorium", "siege"}),
        "sign": frozenset({"warrant"}),
        "open": frozenset({"investigation", "inquiry", "probe", "proceeding", "proceedings"}),
        "take": frozenset({"investigation", "inquiry", "probe"}),
    }
)
# Verbs that are an act only with an investigation for object ("opened an investigation",
# "took over the investigation"), of a case, not of a year's tally
INVESTIGATION_VERBS: Final = frozenset({"open", "take"})
OTHER_NOUN_MODIFIERS: Final = MappingProxyType(
    {
        "freeze": frozenset({"asset", "assets", "account"}),
        "control": frozenset({"border"}),
    }
)
BORDER_CONTROL_GOVERNORS: Final = frozenset(
    {"reintroduce", "reinstate", "impose", "tighten", "introduce", "restore", "step"}
)
# What makes the people dismissed security officials: "the head of the transport police".
SECURITY_POSTS: Final = frozenset(
    {"police", "security", "intelligence", "officer", "officers", "policemen", "gendarmerie"}
)
# ... and their posts: "the head of the transport police at Domodedovo and two other officers".
POSTS: Final = frozenset(
    {"head", "chief", "commander", "general", "director", "officer", "officers", "governor"}
)
# Verbs of going somewhere for a purpose: "had gone to his home to arrest him" tells an aim.
GOING_VERBS: Final = frozenset({"go", "come", "arrive", "travel", "head", "move", "return"})
# Verbs of an operation by troops against a man ("troops killed X in an operation").
FORCES_KILLING_VERBS: Final = frozenset(
    {"kill", "capture", "neutralise", "neutralize", "eliminate"}
)
# Verbs of carrying out an operation: "carried out the operation", "conducted an operation".
CARRYING_OUT: Final = frozenset({"carry", "conduct", "mount", "launch"})
POLICE_OPERATION_MODIFIERS: Final = frozenset(
    {
        "police",
        "anti-terror",
        "anti-terrorist",
        "anti-terrorism",
        "antiterror",
        "antiterrorism",
        "counter-terrorism",
        "counter-terror",
        "counterterrorism",
        "security",
    }
)
# Modifiers of a noun trigger that name no actor ("dawn raids", "house searches").
NOT_ACTOR_MODIFIERS: Final = frozenset(
    {
        "dawn",
        "overnight",
        "night",
        "new",
        "further",
        "fresh",
        "more",
        "several",
        "many",
        "other",
        "house",
        "home",
        "coordinated",
        "simultaneous",
        "targeted",
        "terrorism",
        "terror",
        "terrorist",
        "anti-terror",
        "anti-terrorist",
        "anti-terrorism",
        "counter-terrorism",
        "counterterrorism",
        "massive",
        "large",
        "heavy",
        "intense",
        "first",
        "second",
        "last",
        "recent",
        "latest",
        "earlier",
        "previous",
        "prior",
        "past",
        "major",
        "series",
        # "filed 36 state charges", "the federal charges": the jurisdiction, not who charged
        "state",
        "federal",
    }
)

# --- Status cues ------------------------------------------------------------------------------

# A modal that makes the action only possible: dropped ("police could carry out raids").
HYPOTHETICAL_MODALS: Final = frozenset(
    {"could", "might", "may", "should", "must", "ought", "can", "ca"}  # "ca" of "can't"
)
# A modal that makes it announced or planned ("troops will be deployed", "would be deployed").
FUTURE_MODALS: Final = frozenset({"will", "'ll", "shall", "would", "wo"})
# Verbs whose infinitive complement is a plan, not a deed ("plans to deploy", "vowed to expel").
PLAN_VERBS: Final = frozenset(
    {
        "plan",
        "intend",
        "aim",
        "prepare",
        "propose",
        "vow",
        "pledge",
        "promise",
        "decide",
        "agree",
        "order",
        "set",
        "seek",  # "seeking a warrant so it can seize": a legal step the authority takes
        "go",
        "be",
        "schedule",
        "authorise",
        "authorize",
        "vote",  # "parliament voted last Thursday to send seven F-16s": a decision
    }
)
# Verbs whose complement is what someone wants, asks of others, threatens or tries, not what an
# authority did or decided ("threatened to send his forces", "called for the OPCW to deploy
# specialists", "has demanded that Turkey ... dissolve Tahrir al-Sham", "attempted to extradite",
# "advocated air strikes"): not reported.
DEMAND_VERBS: Final = frozenset(
    {"call", "urge", "ask", "demand", "press", "push", "threaten", "want", "consider"}
    | {"advocate", "attempt", "try", "request", "lobby", "argue", "pressurise", "pressure"}
    | {"plead", "beg", "appeal"}
)
# Verbs governing an action noun that make it announced ("ordered the deployment").
PLAN_NOUN_GOVERNORS: Final = frozenset(
    {"order", "plan", "propose", "promise", "pledge", "prepare", "authorise", "authorize", "seek"}
)
# ... and for a deployment or air strikes (a law approved is passed): "SADC leaders ...
# approved the deployment of a regional standby force", "Parliament approved British air
# strikes against Islamic State in Iraq", a decision
DEPLOYMENT_APPROVED: Final = frozenset({"approve", "endorse", "sanction"})
# Kinds that "announced" (a deployment, a new law) leaves only announced; "announced 23 arrests"
# reports arrests carried out.
ANNOUNCE_PLANS: Final = frozenset({"deployment", "law", "treaty_clause", "other"})
# Modifiers that make an action noun a plan ("a planned deployment", "draft law").
PLANNED_MODIFIERS: Final = frozenset({"planned", "proposed", "draft", "future", "upcoming"})
# Modifiers that make an action noun a mere possibility ("faces a potential life sentence").
# ... and "failed": "blames Algeria for failed expulsion" was never carried out
POSSIBLE_MODIFIERS: Final = frozenset(
    {"possible", "potential", "likely", "eventual", "failed", "aborted", "thwarted"}
)
# Nouns whose infinitive says what is planned ("a plan to deploy troops"); other nouns make it
# a power, an effort or a wish ("the power to detain terrorists", "efforts to extradite").
PLAN_NOUNS: Final = frozenset(
    {"plan", "decision", "order", "proposal", "move", "pledge", "deal", "agreement"}
)
# Verbs whose infinitive complement is a need or a forecast, not a deed or a decision ("they
# need to be detained", "expects to detain more fighters"): not reported.
HYPOTHETICAL_VERBS: Final = frozenset(
    {"need", "expect", "hope", "wish", "allow", "permit", "enable", "empower"}
)  # "UK law allows Britain to revoke the citizenship of ...": a power, not an act
# Heads of an action noun that did not happen: "to prevent airstrikes", "unscathed by airstrikes",
# "faced the risk of extradition", "fear of arrest".
UNREALISED_HEADS: Final = frozenset(
    {
        "prevent",
        "avoid",
        "escape",
        "evade",
        "deter",
        "unscathed",
        "spare",
        "risk",
        "threat",
        "fear",
        "prospect",
        "possibility",
        "danger",
        "want",  # "wanted for arrest since August 2015"
        "demand",  # "Ankara's demand for the extradition of Fethullah Gülen"
        "request",
        "call",
        "appeal",
        "imminence",  # "dialled down his rhetoric on the imminence of airstrikes"
        "allow",  # "the plan allows the deployment of extra police": a power, not an act
        "permit",
        "enable",
    }
)
# Adjectives whose infinitive is a judgement, not a deed ("it is preferable to arrest and
# prosecute", "it would be hard to extradite them"); "able", "quick" or "ready" are not here.
EVALUATIVE_ADJECTIVES: Final = frozenset(
    {
        "preferable",
        "possible",
        "impossible",
        "difficult",
        "hard",
        "easy",
        "easier",
        "harder",
        "necessary",
        "unnecessary",
        "important",
        "better",
        "best",
        "legal",
        "illegal",
        "lawful",
        "unlawful",
        "right",
        "wrong",
        "wise",
        "unwise",
        "vital",
        "essential",
        "crucial",
        "safer",
        "tempting",
        "reasonable",
        "unreasonable",
    }
)
# Units of time that, after "every", make an action a habit, not one act ("getting bombed
# every five minutes", "arrests are made every day").
HABIT_UNITS: Final = frozenset(
    {"minute", "hour", "day", "night", "week", "month", "year", "morning", "evening"}
)
# Deprivation of citizenship, a counter-terrorism measure: "stripped of British citizenship",
# "had her citizenship revoked".
CITIZENSHIP_NOUNS: Final = frozenset({"citizenship", "nationality", "passport"})
# Adjectives that make an action noun a possible consequence ("subject to deportation").
CONDITIONAL_ADJECTIVES: Final = frozenset({"subject", "liable", "vulnerable", "exposed"})
# Kinds that are counter-terrorism only in a sentence about terrorism or political violence:
# a harassment conviction or an immigration bill is not one. Arrests, raids, seizures, strikes
# and deployments in these articles are kept without such a cue.
NEEDS_TERROR_CUE: Final = frozenset({"charge", "conviction", "sentence", "law", "expulsion"})
# Words of judicial acts of kind "other" that are the field's news only with a cue, like charges
# Where people brought home come from, which makes a repatriation the field's news without a cue.
FROM_THE_WAR: Final = re.compile(r"(?i)\b(?:syria|iraq|camps?|conflict zones?|war zones?)\b")
REPATRIATING: Final = frozenset({"bring", "repatriate", "fly"})
NEEDS_TERROR_CUE_WORDS: Final = frozenset(
    {"warrant", "notice"} | REPATRIATING  # "He was flown back to Spain by private jet"
)
# A lead that reports a court's work: its terror cue covers the convictions told after it
COURT_REPORT: Final = re.compile(r"(?i)\b(?:sentenced|convicted|jailed|court|trial|judge)\b")
TERROR_CUE: Final = lexicon.TERROR_CUE
# Verbs above the action that negate it ("denied raiding", "failed to arrest").
NEGATING_VERBS: Final = frozenset({"deny", "fail", "refuse", "decline", "reject", "rule"})
NEGATORS: Final = frozenset({"not", "n't", "never", "no", "without", "nobody", "none"})

# --- Phrases ----------------------------------------------------------------------------------

# Fixed phrases and contexts in which action words mean something else.
FALSE_PHRASES: Final = re.compile(
    r"(?i)\barrested development\b|\bsearch (?:engine|results?|bar|history|warrant)s?\b|"
    r"\b(?:in|took|take|takes|taking) charge\b|\bfree of charge\b|\bcharged? (?:at|into|toward)\b|"
    r"\bcardiac arrest\b|\bcitizen'?s arrest\b|\bstrike (?:action|force)\b|"
    r"\bseiz(?:e|es|ed|ing) (?:up)?on\b|\bin search of\b"
)
# Sentences about fiction, games or shows: nothing in them is an action.
FICTION: Final = re.compile(
    r"(?i)\b(?:in|on) (?:the|a|this|that) (?:film|movie|novel|sitcom|(?:tv |television )?series|"
    # not "raided a hideout in the game reserve"
    r"video game|game(?! (?:reserves?|parks?|farms?|lodges?|wardens?)\b)|play|show|episode|"
    r"thriller|drama)\b|"
    r"\b(?:box office|starring|netflix|episode|screenplay|sitcom|the plot)\b"
)

# Verbs that declare a treaty clause to cover an attack: "NATO confirmed ... that the Sept. 11
# attacks ... were an attack on all 19 allies under Article 5".
DECLARING: Final = frozenset({"confirm", "decide", "agree", "declare", "rule"})
# ... or say that it applies: "Australia said on Sept. 14 that Article IV of its ANZUS defence
# treaty ... applied to the attacks" (who said it, and when, applied it).
DECLARING_OR_SAYING: Final = DECLARING | {"say", "announce", "state"}
# A clause of a treaty: "Article 42.7 of the EU treaty", "NATO's Article 5", "mutual defence
# clause". The clause is the ``what`` of a treaty_clause action.
TREATY_CLAUSE: Final = re.compile(
    r"(?:\b[A-Z][A-Za-z]+['’]s\s+)?\b(?:Article|Art\.)\s+(?:\d+(?:\.\d+)*|[IVXL]+\b)"
    r"(?:\s*\(\d+\))?"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+|Lisbon\s+|North\s+Atlantic\s+){0,4}"
    r"(?:[Tt]reaty|[Cc]harter|TEU|TFEU)(?:\s+on\s+(?:the\s+)?[A-Z][\w ]*?Union)?)?"
    r"|\b(?:the\s+)?(?:EU['’]s\s+|NATO['’]s\s+)?(?:mutual[- ](?:defen[cs]e|assistance|aid)|"
    r"solidarity|collective[- ]defen[cs]e)\s+clause\b"
)

# Adverbs of time the parse may hang on a noun phrase.
TIME_ADVERBS: Final = frozenset(
    {"overnight", "yesterday", "today", "tonight", "later", "earlier", "meanwhile"}
)

# Participles that tell about a person, not about the act done to them ("a man born in Turkey").
ABOUT_SOMEONE: Final = frozenset(
    {"bear", "raise", "base", "want", "grow", "live", "know"}
    # "an Uzbek national trained in Afghanistan", "the gunman suspected of killing 39 people
    # at an Istanbul nightclub in the early hours of Jan. 1"
    | {"train", "suspect", "accuse"}
    # "SADC leaders meeting in Maputo approved ...": where they met, not where the act is
    | {"meet", "gather", "speak"}
)

# Who an action befalls, told by the attack of the article: "the attacker's girlfriend", "the
# suspected gunman". Such an action answers that attack.
PERPETRATOR_REFERENCE: Final = re.compile(
    r"\bthe\s+(?:(?:suspected|alleged|presumed)\s+)?(?:attacker|gunman|gunmen|bomber|assailant|"
    r"shooter|knifeman|perpetrator|killer)s?(?:['’]s?)?(?!\w)",
    re.IGNORECASE,
)

# Phrases that tie an action to an incident: "after the Paris attacks", "in connection with the
# Brussels bombings", "in response to Friday's attacks in Paris".
_LINK_PREFIX = (
    r"after|following|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of|in\s+response\s+to|"
    r"in\s+reaction\s+to|in\s+connection\s+with|in\s+retaliation\s+for|in\s+reprisal\s+for|"
    r"linked\s+to|connected\s+to|tied\s+to|links?\s+(?:to|with)|ties\s+(?:to|with)|over|since|"
    r"suspected\s+of(?!\s+(?:planning|plotting|preparing))|"
    r"(?:as\s+part\s+of|in)\s+the\s+"
    r"(?:investigation|inquiry|probe|hunt)\s+(?:into|for)|for\s+(?:their|his|her|its)\s+"
    r"(?:role|part|involvement)\s+in|(?:suspected\s+of\s+)?involvement\s+in|"
    # "for helping the gunmen behind the attack on Charlie Hebdo"
    r"for\s+(?:helping|aiding|assisting|harbou?ring)|to\s+avenge"
)
_INCIDENT_NOUNS = (
    r"attacks?|bombs?|bombings?|shootings?|massacres?|killings?|blasts?|explosions?|assaults?|sieges?|"
    r"hostage-taking|stabbings?|rampage|plots?|ambush(?:es)?|downing|beheadings?|murders?|"
    r"atrocit(?:y|ies)|carnage|bloodshed|attackers|bombers|gunmen"
)
INCIDENT_LINK: Final = re.compile(
    rf"\b(?:{_LINK_PREFIX})\s+(?:[\w'’.-]+\s+){{0,6}}?(?:{_INCIDENT_NOUNS})"
    # "after a bomb attack": the noun may be the first of two
    rf"(?:\s+(?:{_INCIDENT_NOUNS}))?\b"
    # the phrases of place or day after it ("in the western city of Solingen", "of a synagogue
    # on the Tunisian island of Djerba", "in a taxi outside a Liverpool hospital", "on 13
    # November 2015", "the gunmen behind the attack on ..."), up to a relative clause ("in
    # which three people were killed") or a comma
    r"(?:\s+(?:in|on|at|against|near|outside|inside|behind|of)"
    # "in London and Glasgow": the first place only, the list's "and" is no clause of its own
    r"(?:\s+(?!(?:which|who|whom|whose|that|where|when|in|on|at|and|but|said|says)\b)"
    r"[\w'’.-]+){1,6})*",
    re.IGNORECASE,
)
# An action told as someone's: "Their arrests came three years after ...", "in the months
# following his arrest", "the wounds he suffered during his arrest".
POSSESSIVES: Final = frozenset({"his", "her", "their", "its"})
# Words that may not occur between a link prefix and its incident noun: a clause started again.
LINK_BREAKERS: Final = frozenset({"said", "says", "say", "told", "and", "but", "which", "who"})


def sentence_link(sent: Span) -> tuple[int, int] | None:
    """:func:`incident_link` of a sentence, as character offsets in the document."""
    found = incident_link(sent.text)
    return None if found is None else (sent.start_char + found[0], sent.start_char + found[1])


def incident_link(text: str) -> tuple[int, int] | None:
    """Where ``text`` ties something to an incident ("after the Paris attacks"): the character
    range of the first such phrase, or ``None``."""
    for match in INCIDENT_LINK.finditer(text):
        if {w.lower() for w in match.group(0).split()} & LINK_BREAKERS:
            continue
        return match.start(), match.end()
    return None


# "Police would step up their presence at mosques", "a heightened military presence": more
# police or troops posted, a deployment.
PRESENCE_GOVERNORS: Final = frozenset(
    {"step", "increase", "boost", "reinforce", "strengthen", "beef", "raise", "double"}
)
# Verbs that make "security" a deployment: "stepped up security at landmarks", "steps to
# tighten security around the buildings"
SECURITY_GOVERNORS: Final = frozenset({"step", "tighten", "increase", "boost", "beef", "reinforce"})
PRESENCE_MODIFIERS: Final = frozenset(
    {"increased", "heightened", "extra", "additional", "greater", "reinforced", "stepped"}
)
# Words that make a count of acts a tally over a period ("a total of 900", "so far"), and "since"
# for large or vague counts ("tens of thousands have been detained since 2016").
TALLY_WORDS: Final = re.compile(
    r"\b(?:so far|to date|a total of|in total|in all|altogether|cumulative"
    # "Some 500 jihadist fighters have been killed or captured ... in recent months"
    r"|in (?:recent|the past|the last) (?:weeks|months|years))\b",
    re.IGNORECASE,
)
SINCE: Final = re.compile(r"\bsince\b", re.IGNORECASE)
# "More than 1,700 of them have been put on an international wanted list, ... and more than 700
# have been detained, according to the committee's figures": counts from published figures
BY_FIGURES: Final = re.compile(
    r"\baccording to (?:the |its |their |official )?(?:[\w'’]+ )?(?:figures|statistics|data)\b",
    re.IGNORECASE,
)
_MONTH_NAMES: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# A sentence of statistics: counts over a reporting period ("in the 12 months to the end of
# June", "the year to June 30", "between March and June"), a count's change ("rose to 294 from
# 184"), a breakdown of a total ("Of the 379 people arrested, 123 were charged") or published
# data as the source ("government figures showed"). Its counts of arrests or charges are
# figures, not acts.
STATISTICS: Final = re.compile(
    r"\b(?:in|over|during) the (?:12|twelve|six|three) months (?:to|up to|ending)\b"
    r"|\b(?:the )?(?:year|quarter) (?:to|ending) (?:the end of )?" + _MONTH_NAMES + r"\b"
    r"|\b(?:previous|preceding) (?:12|twelve) months\b"
    r"|\bbetween " + _MONTH_NAMES + r" and " + _MONTH_NAMES + r"\b"
    r"|\b(?:rose|fell|jumped|climbed|dropped|increased|decreased|doubled|tripled|grew)\b"
    r"[^.;]{0,20}?\bto [\d,]+ from [\d,]+\b"
    r"|^\W*of (?:the|those) [\d,]+ (?:people |suspects |men |women )?"
    r"(?:arrested|detained|charged|convicted)\b"
    r"|\b(?:figures|statistics|data|bulletin) (?:showed|show|shows|published|released)\b"
    # "Of the total, 718 people were arrested ..., up from 395 in 2014": a breakdown of a
    # year's count, compared with another year's
    r"|^\W*of the total\b"
    # "85 of those who joined the group had been detained ...", "82 people who had joined
    # militant groups abroad had been prosecuted": what became of the fighters counted
    r"|\b[\d,]+ (?:of (?:those|them)|people|citizens|nationals) who (?:had |have )?"
    r"(?:joined|gone|travell?ed|left|fought)\b"
    r"|\b(?:up|down) from [\d,]+ in (?:19|20)\d\d\b"
    r"|" + lexicon.IN_MEMBER_STATES.pattern,
    re.IGNORECASE,
)
# A sentence adding an offence to the charge or conviction told just before.
ALSO_CHARGED: Final = re.compile(r"\balso (?:been )?(?:charged|convicted|accused)\b")
# "Allegheny County prosecutors also filed 36 state charges": more charges in the same case
ALSO_FILED: Final = re.compile(r"(?i)\balso (?:filed|brought|laid|pressed)\b.{0,40}\bcharges\b")

# Who makes a "strike" a military one ("a strike by French forces"); police and workers strike
# for pay.
MILITARY_AGENTS: Final = frozenset(
    {"force", "military", "army", "troop", "navy", "coalition", "command"}  # "Africa Command"
)

PRESENCE_FORCES: Final = frozenset(
    {"police", "military", "security", "army", "troop", "soldier", "armed", "officer"}
)


# Verbs that change what "the number of" counts ("the number of soldiers deployed would rise").
CHANGE_VERBS: Final = frozenset(
    {"rise", "increase", "grow", "double", "triple", "climb", "jump", "reach", "go", "fall"}
    | {"drop", "decrease", "decline", "be"}
)


# Locative prepositions: a place after them is where the action happened.
LOCATIVE: Final = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "across",
        "inside",
        "around",
        "throughout",
        "to",
        "into",
        "on",
        "over",
    }
)
PLACE_SKIP_BEFORE: Final = frozenset(
    {
        "the",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "downtown",
        "city",
        "town",
        "capital",
        "province",
        "region",
        "suburb",
        "suburbs",
        "outskirts",
        "street",
        "streets",
        "of",
        "rebel-held",
        "militant-held",
        "is-held",
    }
)
# A date after these dates a statement, not the action: "prosecutors said on Sunday".
SPEECH_BEFORE_DATE: Final = re.compile(
    r"(?i)\b(?:said|says|told\s+\w+(?:\s+\w+)?|told\s+an?\s+news\s+(?:conference|briefing)|"
    r"announced|added|reported|confirmed|stated|"
    r"tweeted|wrote)(?:\s+in\s+(?:a|an|its|their|the)\s+(?:\w+\s+)?\w+)?"  # "in a statement"
    # "Prosecutors said earlier on Wednesday that two Belarusian men had been detained"
    r"\s*(?:,\s*)?(?:(?:earlier|later)\s+)?(?:on|late|early|late on|early on)?\s*$"
)
# A date after these bounds a period: "since Friday", "until February".
PERIOD_BEFORE_DATE: Final = re.compile(
    r"(?i)\b(?:since|until|till|before|by|from|as of|through)\s+(?:the\s+)?$"
)


# "a house north of Baghdad", "8 km (5 miles) north of the city of Baquba": the place
# after it only says where the action's place lies
REFERENCE_POINT_BEFORE: Final = re.compile(
    r"(?i)\b(?:\d+\s*(?:km|kilometres|kilometers|miles)(?:\s*\([^)]*\))?\s+)?"
    r"(?<!the\s)(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
    r"(?:the\s+(?:city|town)\s+of\s+)?$"
)
# "from Amazonas in the north to Rio Grande do Sul": the end of a range of places
RANGE_END_BEFORE: Final = re.compile(r"(?i)\bfrom\s+[^,;.]{1,60}?\s+to\s+(?:the\s+)?$")
