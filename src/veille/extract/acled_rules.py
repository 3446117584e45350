"""The rule table of the ACLED sub-event classifier: which phrases vote for which type.

Data only: each :class:`Rule` names a sub-event type (a key of
:data:`veille.extract.acled.SUB_EVENT_TYPES`), a weight, cue phrases and optionally context and
exclude phrases, the side of the actor and whether the cue must act on a place. The phrases use
the syntax that :mod:`veille.extract.acled` documents and matches. The table is kept apart from
the matcher because it is most of the classifier's text and changes on its own: adding or
tuning a cue touches this module only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Side = Literal["state", "non_state"]


@dataclass(frozen=True, slots=True)
class Rule:
    """Cue phrases for one sub-event type. ``context``: at least one must occur in the snippet;
    ``exclude``: none may. ``actor``: the side the cue verb's subject (or agent) must be on;
    ``unknown_actor``: whether the rule still applies when the side cannot be told.
    ``territory``: the cue's object must be a place (a place entity or a word such as "town",
    "village", "base")."""

    label: str
    weight: float
    cues: tuple[str, ...]
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    actor: Side | None = None
    unknown_actor: bool = True
    territory: bool = False


_PROTEST: Final = (
    "protest",
    "protester|protesters|protestor|protestors",
    "demonstration|demonstrations|demonstrator|demonstrators",
    "rally|rallies|rallied",
    "marched|marchers|marcher",
    "stage|staged|hold|held .. sit",
    "picket",
    "strikers",
    "on strike",
    "general strike",
    "hunger strike",
    "took|take to the streets",
    "chant|chanting slogans",
    "placard|placards",
    "agitation|agitating|agitators",
    "bandh|hartal|dharna",
)

RULES: Final[tuple[Rule, ...]] = (
    # Explosions/remote violence: the weapon says the type.
    Rule(
        "CHEM_WEAP",
        1.0,
        (
            "chemical weapon|weapons|attack|attacks|agent|agents|munition|munitions|strike",
            "sarin",
            "chlorine",
            "mustard gas",
            "nerve agent|gas",
            "poison|poisonous|toxic gas",
            "novichok",
        ),
    ),
    Rule(
        "SUIC_BOMB",
        0.95,
        (
            "suicide bomber|bombers|bombing|bombings|attack|attacks|attacker|attackers|vest",
            "suicide belt|car|truck|blast|explosion|bomb|bombs",
            "blow|blew himself|herself|themselves up",
            "self * detonate|detonated",
            "detonate|detonated his|her|their explosive|explosives|vest|belt",
        ),
    ),
    Rule(
        "AIR_STRIKE",
        0.95,
        (
            "air strike|strikes|raid|raids|attack|attacks|bombardment|campaign|force",
            "airstrike*",
            "airraid*",
            "warplane|warplanes",
            "war plane|planes",
            "fighter jet|jets|plane|planes",
            "gunship|gunships",
            "drone strike|strikes|attack|attacks",
            "aerial bombardment|bombing|attack|attacks|strike|strikes",
            "barrel bomb|bombs",
            "unmanned aerial",
        ),
    ),
    Rule("AIR_STRIKE", 0.8, ("drone|drones",)),
    Rule("AIR_STRIKE", 0.7, ("jet|jets|aircraft|helicopter|helicopters",)),
    Rule(
        "GRENADE",
        0.9,
        ("grenade|grenades",),
        exclude=("stun grenade|grenades", "rocket propelled", "rpg|rpgs", "tear gas"),
    ),
    Rule(
        "ART_MISS_ATTACK",
        0.85,
        (
            "shell|shells|shelling|shelled",
            "artillery",
            "mortar|mortars",
            "rocket|rockets",
            "missile|missiles",
            "howitzer|howitzers",
            "katyusha",
            "projectile|projectiles",
            "bombard|bombardment",
            "heavy weapons|weaponry",
            "cross border firing",
            "ceasefire violation|violations",
            "violate|violated ceasefire",
        ),
    ),
    Rule(
        "REM_EXPLOS",
        0.85,
        (
            "ied|ieds",
            "improvised explosive",
            "roadside bomb|bombs|blast|explosion",
            "car|truck|motorcycle|bicycle|parcel|pipe|sticky|magnetic|letter bomb|bombs",
            "vehicle borne",
            "vbied|vbieds",
            "landmine|landmines",
            "land mine|mines",
            "explosive device|devices",
            "remote controlled",
            "remotely detonated",
            "booby trap|trapped",
            "plant|planted .. bomb|bombs|explosive|explosives|device",
            "mine blast|explosion|explosions",
        ),
    ),
    Rule("REM_EXPLOS", 0.6, ("bomb|bombs|bombing|bombings", "blast|blasts|explosion|explosions")),
    # Violence against civilians.
    Rule(
        "SEX_VIOL",
        0.95,
        (
            "rape|raped|rapes|raping|rapist|rapists",
            "gang rape|raped",
            "sexual assault|violence|abuse|harassment|slavery|exploitation",
            "sexually assault|assaulted|abuse|abused",
            "molest|molested",
        ),
    ),
    Rule(
        "ABDUCT_DISSAP",
        0.85,
        (
            "kidnap|kidnapped|kidnapping|kidnappings|kidnapper|kidnappers",
            "abduct|abducted|abduction|abductions|abductor|abductors",
            "take|took|taken .. hostage",
            "hostage|hostages",
            "held captive",
            "forcibly disappear|disappeared",
            "enforced disappearance|disappearances",
            "went missing",
            "whereabouts .. unknown",
        ),
    ),
    Rule(
        "ATTACK",
        0.72,
        (
            "kill|killed|killing|shoot|shot|murder|murdered|attack|attacked|stab|stabbed"
            " .. civilian|civilians|villager|villagers|resident|residents|farmer|farmers",
            "kill|killed|killing|shoot|shot|murder|murdered|attack|attacked|stab|stabbed"
            " .. worshipper|worshippers|passenger|passengers|student|students|woman|women",
            "kill|killed|shoot|shot|attack|attacked .. child|children|family|teacher|teachers",
            "attack|attacked|raid|raided .. village|church|mosque|school|market|home|house",
            "shot dead",
            "shoot dead",
            "gun|gunned down",
            "hack|hacked to death",
            "beat|beaten|beat to death",
            "burn|burned|burnt alive",
            "behead|beheaded",
            "massacre|massacred",
            "execute|executed",
            "assassinate|assassinated|assassination",
            "unknown|unidentified gunmen|gunman|assailants|attackers|men",
            "torture|tortured",
        ),
        exclude=("protest", "protester|protesters", "demonstrator|demonstrators"),
    ),
    Rule("ATTACK", 0.55, ("gunmen|gunman|assailant|assailants", "open|opened fire")),
    # Battles.
    Rule(
        "GOV_REGAINS_TERIT",
        0.88,
        (
            "recapture|recaptured|retake|retook|retaken",
            "regain|regained control",
            "liberate|liberated|liberation",
            "take|took|taken back",
            "wrest|wrested control",
            "reclaim|reclaimed",
        ),
        territory=True,
        actor="state",
    ),
    Rule(
        "GOV_REGAINS_TERIT",
        0.82,
        (
            "capture|captured|seize|seized|overran|overrun",
            "take|took|taken|gain|gained|assume|assumed control",
            "clear|cleared .. of militants|rebels|insurgents|terrorists|fighters|militias",
        ),
        territory=True,
        actor="state",
        unknown_actor=False,
    ),
    Rule(
        "NON_STATE_ACTOR_OVERTAKES_TER",
        0.86,
        (
            "capture|captured|seize|seized|overran|overrun|overrunning",
            "take|took|taken|gain|gained|assume|assumed|seize|seized control",
            "take|took|taken over",
            "overtake|overtook|conquer|conquered",
            "fall|fell to",
            "recapture|recaptured|retake|retook|retaken",
        ),
        territory=True,
        actor="non_state",
    ),
    Rule(
        "ARMED_CLASH",
        0.78,
        (
            "clash|clashes|clashed",
            "firefight|firefights",
            "gunfight|gunfights",
            "gun battle|battles",
            "exchange|exchanged fire",
            "exchange of fire",
            "fighting between|with|erupted|broke",
            "heavy fighting",
            "fight|fought with|against",
            "skirmish|skirmishes",
            "battle|battled",
            "encounter",
            "ambush|ambushed",
            "offensive",
        ),
    ),
    Rule(
        "ARMED_CLASH",
        0.74,
        (
            "attack|attacked|raid|raided .. army|military|soldiers|troops|police|checkpoint"
            "|base|post|camp|convoy|patrol|outpost|barracks|station|forces",
            "kill|killed|killing .. militant|militants|insurgent|insurgents|rebel|rebels"
            "|terrorist|terrorists|jihadist|jihadists|fighters",
            "kill|killed|killing .. soldier|soldiers|troops|policemen|officers|personnel",
        ),
    ),
    # Protests and riots. A riot outranks the force used against it (ACLED codes the event by
    # what the demonstrators did), excessive force outranks a mere intervention.
    Rule(
        "VIOL_DEMONSTR",
        0.93,
        (
            "throw|threw|hurl|hurled|pelt|pelted .. stone|stones|rock|rocks|brick|bricks"
            "|bottle|bottles|projectiles|molotov|petrol",
            "stone pelting",
            "clash|clashed|clashes",
            "set fire|ablaze",
            "torch|torched|burn|burned|burnt|vandalise|vandalised|vandalize|vandalized",
            "ransack|ransacked|smash|smashed",
            "turn|turned violent",
            "attack|attacked police|officers|policemen|vehicles",
            "block|blocked|blockade .. road|roads|highway|highways",
        ),
        context=_PROTEST,
    ),
    Rule("VIOL_DEMONSTR", 0.85, ("rioters", "rioting", "riots", "turned violent")),
    Rule(
        "FORCE_AGAINST_PROTEST",
        0.9,
        (
            "live ammunition|bullets|rounds|fire",
            "open|opened fire",
            "fire|fired on|at|into",
            "shot dead",
            "kill|killed|killing",
            "shoot|shot",
            "brutally",
            "beat|beaten up",
            "crackdown",
        ),
        context=_PROTEST,
    ),
    Rule(
        "PROTEST_WITH_INTER",
        0.95,
        ("tear gas|teargas|shells", "teargas", "water cannon|cannons", "stun grenade|grenades"),
        context=_PROTEST,
    ),
    Rule(
        "PROTEST_WITH_INTER",
        0.85,
        (
            "rubber bullet|bullets",
            "disperse|dispersed",
            "baton|batons",
            "baton * charge|charged",
            "lathi|lathicharge",
            "pepper spray",
            "arrest|arrested|detain|detained|detention|custody",
            "prevent|prevented|stop|stopped|block|blocked .. from",
            "foil|foiled",
        ),
        context=_PROTEST,
    ),
    Rule("PEACE_PROTEST", 0.5, _PROTEST),
    Rule(
        "MOB_VIOL",
        0.88,
        (
            "mob|mobs",
            "lynch|lynched|lynching",
            "vigilante|vigilantes",
            "angry crowd|residents|villagers",
            "mob justice",
            "communal clash|clashes|violence",
        ),
    ),
    # Strategic developments.
    Rule(
        "DISR_WEAP",
        0.92,
        (
            "defuse|defused",
            "foil|foiled|thwart|thwarted",
            "bomb disposal|squad",
            "controlled explosion",
            "unexploded",
            "cache of weapons|arms|explosives|ammunition",
            "weapons|arms|ammunition cache|caches|depot",
            "seize|seized|recover|recovered|confiscate|confiscated|find|found|discover|discovered"
            " .. weapon|weapons|arms|ammunition|explosive|explosives|rifle|rifles|grenade"
            "|grenades|ied|ieds|rocket|rockets|mortar|mortars|missile|missiles|detonator"
            "|detonators",
            "intercept|intercepted .. missile|missiles|rocket|rockets|drone|drones",
            "shoot|shot down .. missile|missiles|rocket|rockets|drone|drones",
            "dismantle|dismantled .. bomb|bombs|ied|ieds|device|explosive",
            "air defence|defense|defenses|defences",
        ),
        exclude=_PROTEST,
    ),
    Rule(
        "ARREST",
        0.8,
        (
            "arrest|arrested|arrests|arresting",
            "detain|detained|detaining",
            "apprehend|apprehended",
            "take|took|taken into custody",
            "nab|nabbed",
            "round|rounded up",
            "remand|remanded",
            "in custody",
            "held by police",
        ),
    ),
    Rule(
        "HQ_ESTABLISHED",
        0.88,
        (
            "establish|established|set|setting|build|built|open|opened|construct|constructed"
            " .. base|bases|headquarters|hq|outpost|outposts|post|point",
            "establishment of .. base|bases|headquarters|outpost",
        ),
    ),
    Rule(
        "NON_VIOL_TERRIT_TRANSFER",
        0.75,
        (
            "withdraw|withdrew|withdrawn|withdrawal|withdrawing",
            "pull|pulled out",
            "pullout",
            "hand|handed over",
            "handover",
            "without a fight",
            "without resistance",
            "enter|entered .. town|city|village|area|region|district",
            "take|took|taken over",
            "vacate|vacated",
        ),
    ),
    Rule("NON_VIOL_TERRIT_TRANSFER", 0.6, ("deploy|deployed|deployment",)),
    Rule(
        "AGREEMENT",
        0.75,
        (
            "agreement|agreements",
            "agree|agreed",
            "ceasefire|truce",
            "cease fire",
            "peace deal|accord|pact|treaty|agreement|process",
            "signed|signing|=sign",
            "memorandum of understanding",
            "prisoner exchange|swap",
            "reconciliation",
            "strike|struck|reach|reached|signed .. deal",
        ),
        exclude=("violation|violations|violate|violated",),
    ),
    Rule(
        "CHANGE_TO_GROUP_ACT",
        0.65,
        (
            "merge|merged|merger",
            "join|joined forces",
            "pledge|pledged allegiance",
            "form|formed|launch|launched .. group|coalition|alliance|militia|brigade|movement",
            "new leader|leadership|commander",
            "appoint|appointed .. leader|commander|chief|head",
            "rename|renamed",
            "disband|disbanded|dissolve|dissolved",
            "splinter|breakaway",
            "split from|within",
            "defect|defected|defection",
            "surrender|surrendered",
            "lay|laid down arms",
            "ban|banned|outlaw|outlawed|proscribe|proscribed",
            "designate|designated .. terrorist",
            "recruit|recruitment",
            "curfew",
            "state of emergency",
            "suspend|suspended|resume|resumed operations|activities",
        ),
    ),
    Rule(
        "PROPERTY_DISTRUCT",
        0.78,
        (
            "loot|looted|looting",
            "ransack|ransacked",
            "vandalise|vandalised|vandalize|vandalized|vandalism",
            "torch|torched|burn|burned|burnt .. house|houses|home|homes|shop|shops|property"
            "|church|mosque|school|vehicle|vehicles|car|cars|village|hut|huts|crop|crops|office"
            "|offices|building|buildings",
            "set fire .. house|houses|home|homes|shop|shops|property|church|mosque|school"
            "|vehicle|vehicles|car|cars|village|hut|huts|crop|crops|office|offices|building"
            "|buildings",
            "demolish|demolished|bulldoze|bulldozed|raze|razed",
            "destroy|destroyed .. house|houses|home|homes|property|crop|crops|building"
            "|buildings|infrastructure",
            "arson",
        ),
    ),
    # The CASE 2021 "unseen" types.
    Rule(
        "ATTRIB",
        0.9,
        (
            "claim|claimed responsibility|credit",
            "take|took responsibility",
            "responsibility for",
        ),
    ),
    Rule(
        "ATTRIB",
        0.8,
        (
            "claim|claimed the attack|attacks|bombing|bombings|killing|killings|blast",
            "blame|blamed",
            "accuse|accused",
            "responsible for",
            "behind the attack|attacks|bombing|bombings|blast|killing|killings",
            "attribute|attributed to",
        ),
    ),
    Rule(
        "ORG_CRIME",
        0.82,
        (
            "drug|drugs|narcotic|narcotics|cocaine|heroin|methamphetamine|cannabis|marijuana",
            "opium|fentanyl|meth|ganja|hashish",
            "trafficking|trafficker|traffickers|smuggle|smuggled|smuggling|smuggler|smugglers",
            "cartel|cartels|gang|gangs|gangster|gangsters|mafia",
            "money laundering",
            "extortion|racket|racketeering",
            "contraband",
            "poacher|poachers|poaching",
            "counterfeit",
            "organized|organised crime",
            "@CRIMINAL",
        ),
    ),
    Rule(
        "NATURAL_DISASTER",
        0.85,
        (
            "earthquake|earthquakes|quake|tremor|tremors|aftershock|aftershocks",
            "flood|floods|flooding|flooded",
            "cyclone|hurricane|typhoon|tornado|tsunami|=storm|=storms|blizzard",
            "landslide|landslides|mudslide|mudslides",
            "drought|famine",
            "wildfire|wildfires|bushfire|bushfires",
            "forest fire|fires",
            "volcano|volcanic|eruption",
            "avalanche",
            "heavy|torrential rain|rains|rainfall",
            "downpour|monsoon",
            "heatwave",
            "heat wave",
            "cold wave",
            "locust|locusts",
            "epidemic|pandemic|outbreak",
            "covid*",
            "coronavirus",
            "cholera|ebola|dengue|measles|malaria",
            "virus",
            "magnitude",
        ),
    ),
    Rule(
        "MAN_MADE_DISASTER",
        0.8,
        (
            "fire broke out",
            "blaze",
            "gas leak|cylinder",
            "cylinder blast|explosion",
            "boiler",
            "short circuit",
            "building|bridge|house|roof|wall|mine|dam|structure .. collapse|collapsed",
            "collapse of .. building|bridge|house|roof|wall|mine|dam",
            "derail|derailed|derailment",
            "accident|accidents|accidentally",
            "crash|crashed",
            "collision|collided",
            "capsize|capsized",
            "sank",
            "stampede",
            "oil spill",
            "chemical leak",
            "factory|plant|warehouse|mine .. fire|blast|explosion",
            "hooch",
            "spurious liquor",
        ),
    ),
    Rule(
        "DIPLO",
        0.6,
        (
            "diplomatic|diplomat|diplomats|diplomacy",
            "ambassador|ambassadors|envoy|envoys",
            "foreign minister|ministers|secretary|ministry",
            "bilateral",
            "summit",
            "talks",
            "meet|met with",
            "visit|visited|visiting",
            "delegation",
            "summon|summoned",
            "expel|expelled",
            "condolence|condolences",
            "sanction|sanctions",
        ),
    ),
)
"""The rules, most specific first (the order breaks ties)."""
