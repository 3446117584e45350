"""Tests of the WikiEvents harness: reading the gold, mapping incidents to KAIROS events, matching
events and arguments, and one run of the product on the real dev split (slow)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from veille.config import Settings
from veille.errors import EvalError
from veille.eval.runner import Speed
from veille.eval.wikievents import (
    ARREST,
    ATTACK,
    ATTACK_FAMILY,
    DETONATE,
    DIE,
    EVENT_ROWS,
    INJURE,
    GoldArgument,
    GoldEvent,
    PredictedArgument,
    PredictedEvent,
    Score,
    WikiDocument,
    WikiEventsRun,
    format_wikievents_report,
    head_span,
    map_actions,
    map_incidents,
    match_events,
    parse_document,
    read_wikievents,
    run_wikievents,
    score_wikievents,
    toll_victim_span,
)
from veille.extract.actions import CounterAction
from veille.fuse.tolls import reconcile
from veille.models import DateValue, Evidence, Incident, TollClaim
from veille.services import Veille

REPO_ROOT = Path(__file__).resolve().parents[2]


def _data_dir() -> Path:
    configured = os.environ.get("VEILLE_DATA_DIR")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "data"


# --- a tiny document in the released format -------------------------------------------------------

# Two sentences with no space between them, as in the released ``text``.
TEXT = "A bomb exploded in Kabul , killing 12 civilians .Police arrested two men ."
TOKENS = TEXT.replace(".P", ". P").split()


def _document(**changes: Any) -> dict[str, Any]:
    sentence_one = TOKENS[:10]
    sentence_two = TOKENS[10:]
    value: dict[str, Any] = {
        "doc_id": "doc-1",
        "text": TEXT,
        "tokens": TOKENS,
        "sentences": [
            [[[w, 0, 0] for w in sentence_one], ""],
            [[[w, 0, 0] for w in sentence_two], ""],
        ],
        "entity_mentions": [
            {"id": "T1", "start": 1, "end": 2, "sent_idx": 0, "text": "bomb"},
            {"id": "T2", "start": 4, "end": 5, "sent_idx": 0, "text": "Kabul"},
            {"id": "T3", "start": 8, "end": 9, "sent_idx": 0, "text": "civilians"},
            {"id": "T4", "start": 13, "end": 14, "sent_idx": 1, "text": "men"},
        ],
        "event_mentions": [
            {
                "id": "E1",
                "event_type": DETONATE,
                "trigger": {"start": 2, "end": 3, "text": "exploded", "sent_idx": 0},
                "arguments": [
                    {"entity_id": "T1", "role": "ExplosiveDevice", "text": "bomb"},
                    {"entity_id": "T2", "role": "Place", "text": "Kabul"},
                ],
            },
            {
                "id": "E2",
                "event_type": DIE,
                "trigger": {"start": 6, "end": 7, "text": "killing", "sent_idx": 0},
                "arguments": [{"entity_id": "T3", "role": "Victim", "text": "civilians"}],
            },
            {
                "id": "E3",
                "event_type": "Justice.ArrestJailDetain.Unspecified",
                "trigger": {"start": 11, "end": 12, "text": "arrested", "sent_idx": 1},
                "arguments": [{"entity_id": "T4", "role": "Detainee", "text": "men"}],
            },
        ],
    }
    value.update(changes)
    return value


def test_parse_document_aligns_tokens_with_the_text() -> None:
    document = parse_document(_document())
    assert document.sentence_starts == (0, TEXT.index("Police"))
    exploded = document.events[0]
    assert (exploded.text, exploded.sentence) == ("exploded", 0)
    assert [(a.role, TEXT[a.start : a.end]) for a in exploded.arguments] == [
        ("ExplosiveDevice", "bomb"),
        ("Place", "Kabul"),
    ]
    assert document.events[2].sentence == 1
    assert document.sentence_of(TEXT.index("Police")) == 1
    assert document.sentence_of(TEXT.index(".Police")) == 0  # the gap joins the sentence before


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "split.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_wikievents_reads_documents(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(_document()), ""])
    [document] = read_wikievents(path)
    assert document.doc_id == "doc-1"
    assert len(document.events) == 3


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps(_document(text=TEXT.replace("Kabul", "Herat"))), "'Kabul' is not found"),
        (json.dumps({k: v for k, v in _document().items() if k != "tokens"}), "no 'tokens'"),
        (json.dumps(_document(tokens="A bomb")), "'tokens' should be list"),
        (
            json.dumps(
                _document(
                    event_mentions=[
                        {
                            "id": "E9",
                            "event_type": DIE,
                            "trigger": {"start": 6, "end": 7},
                            "arguments": [{"entity_id": "T99", "role": "Victim"}],
                        }
                    ]
                )
            ),
            "unknown entity 'T99'",
        ),
        (
            json.dumps(
                _document(entity_mentions=[{"id": "T1", "start": 5, "end": 99, "sent_idx": 0}])
            ),
            "token range",
        ),
    ],
)
def test_read_wikievents_names_file_and_line_of_a_defect(
    tmp_path: Path, line: str, message: str
) -> None:
    path = _write(tmp_path, [json.dumps(_document(doc_id="ok")), line])
    with pytest.raises(EvalError) as caught:
        read_wikievents(path)
    assert f"{path}:2:" in str(caught.value)
    assert message in str(caught.value)


def test_read_wikievents_refuses_duplicates_missing_and_empty_files(tmp_path: Path) -> None:
    twice = _write(tmp_path, [json.dumps(_document()), json.dumps(_document())])
    with pytest.raises(EvalError, match="appears twice"):
        read_wikievents(twice)
    with pytest.raises(EvalError, match="file not found"):
        read_wikievents(tmp_path / "missing.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(EvalError, match="no documents"):
        read_wikievents(empty)


# --- heads and toll spans -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "head"),
    [
        ("Vyacheslav Gladkikh", "Gladkikh"),
        ("the roof of the mosque", "roof"),
        ("six civilians, including two women", "civilians"),
        ("at least 12", "12"),
        ("Islamic State", "State"),
        ("the gunman who opened fire", "gunman"),
        ("IED", "IED"),
    ],
)
def test_head_span_is_the_last_word_before_a_modifier(span: str, head: str) -> None:
    text = f"Reports: {span}."
    start = text.index(span)
    head_start, head_end = head_span(text, start, start + len(span))
    assert text[head_start:head_end] == head


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        ("killing at least 12 civilians in Kabul", "at least 12", "at least 12 civilians"),
        ("three Russian soldiers were hurt", "three", "three Russian soldiers"),
        ("left 12 dead", "12", "12"),  # "dead" names no one: the number is the victim
        ("killing 12, police said", "12", "12"),
    ],
)
def test_toll_victim_span_reaches_the_people_counted(
    text: str, quantity: str, expected: str
) -> None:
    start = text.index(quantity)
    new_start, new_end = toll_victim_span(text, start, start + len(quantity))
    assert text[new_start:new_end] == expected


# --- mapping incidents ----------------------------------------------------------------------------


def _evidence(field: str, text: str, word: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Evidence("art", field, start, start + len(word), "", word)


def _claim(text: str, word: str, value: int, kind: str) -> TollClaim:
    evidence = _evidence(kind, text, word)
    return TollClaim(value, None, None, None, "art", evidence)


def test_map_incidents_gives_kairos_events_with_arguments() -> None:
    document = parse_document(_document())
    killed = _claim(TEXT, "12", 12, "killed")
    nobody = Evidence("art", "wounded", 0, 1, "", "A")  # a zero toll: "no one was hurt"
    incident = Incident(
        id="inc_1",
        title="Bombing in Kabul",
        date=DateValue.unknown(),
        killed=reconcile([killed]),
        wounded=reconcile([TollClaim(0, None, 0, 0, "art", nobody)]),
        evidence=[
            _evidence("attack_types", TEXT, "bomb"),
            _evidence("attack_types", TEXT, "exploded"),
            _evidence("weapons", TEXT, "bomb"),
            _evidence("place", TEXT, "Kabul"),
            _evidence("perpetrator_groups", TEXT, "Police"),  # no event in its sentence: unused
            killed.evidence,
        ],
    )
    events = map_incidents(document, [incident])
    assert [(e.event_type, e.sentence, e.text) for e in events] == [
        (DETONATE, 0, "bomb"),  # "bomb" and "exploded": one event per sentence and subtype
        (DIE, 0, "12"),
    ]
    detonate, die = events
    assert [(a.role, a.text) for a in detonate.arguments] == [
        ("Place", "Kabul"),
        ("ExplosiveDevice", "bomb"),
    ]
    assert [(a.role, a.text, TEXT[a.head_start : a.head_end]) for a in die.arguments] == [
        ("Victim", "12 civilians", "civilians"),
        ("Place", "Kabul", "Kabul"),
    ]


def test_map_actions_gives_an_arrest_event_with_its_detainee_and_jailer() -> None:
    document = parse_document(_document())
    arrest = CounterAction(
        kind="arrest",
        article="art",
        date=DateValue.unknown(),
        evidence=(
            _evidence("kind", TEXT, "arrested"),
            _evidence("count", TEXT, "two"),
            _evidence("actor", TEXT, "Police"),
        ),
    )
    raid = CounterAction(
        kind="raid", article="art", date=DateValue.unknown(), evidence=arrest.evidence
    )
    [event] = map_actions(document, [arrest, raid])  # only arrests are KAIROS arrests
    assert (event.event_type, event.sentence, event.text, event.source) == (
        ARREST,
        1,
        "arrested",
        "art",
    )
    # no "what": the count, extended to the people it counts, is the detainee
    assert [(a.role, a.text) for a in event.arguments] == [
        ("Detainee", "two men"),
        ("Jailer", "Police"),
    ]
    scores = score_wikievents([document], {"doc-1": [event]})
    assert scores.events[ARREST].f1 == 1.0
    assert scores.roles[f"{ARREST}/Detainee"].f1 == 1.0


def test_map_incidents_types_attack_words() -> None:
    text = "Gunmen attacked the base .A blast followed ."
    raw = _document(
        text=text,
        tokens=text.replace(".A", ". A").split(),
        sentences=[[[["w", 0, 0]] * 5, ""], [[["w", 0, 0]] * 4, ""]],
        entity_mentions=[],
        event_mentions=[],
    )
    document = parse_document(raw)
    incident = Incident(
        id="inc_2",
        title="Attack",
        date=DateValue.unknown(),
        evidence=[
            _evidence("attack_types", text, "attacked"),
            _evidence("attack_types", text, "blast"),
            _evidence("targets", text, "the base"),
        ],
    )
    events = map_incidents(document, [incident])
    assert [(e.event_type, e.sentence) for e in events] == [(ATTACK, 0), (DETONATE, 1)]
    assert [(a.role, a.text) for a in events[0].arguments] == [("Target", "the base")]


# --- matching and scoring -------------------------------------------------------------------------


def _gold_argument(text: str, role: str, word: str) -> GoldArgument:
    start = text.index(word)
    return GoldArgument(role, start, start + len(word), word)


def _predicted_argument(text: str, role: str, phrase: str) -> PredictedArgument:
    start = text.index(phrase)
    head_start, head_end = head_span(text, start, start + len(phrase))
    return PredictedArgument(role, start, start + len(phrase), phrase, head_start, head_end)


def _event(
    event_type: str, sentence: int, start: int, args: tuple[PredictedArgument, ...] = ()
) -> PredictedEvent:
    return PredictedEvent(event_type, sentence, start, start + 1, "x", "inc", args)


def test_match_events_pairs_same_sentence_and_family_preferring_same_subtype() -> None:
    gold = [
        GoldEvent("E1", ATTACK, 0, 10, 16, "attack", ()),
        GoldEvent("E2", DETONATE, 0, 40, 45, "blast", ()),
        GoldEvent("E3", DIE, 1, 60, 65, "died", ()),
    ]
    predicted = [
        _event(DETONATE, 0, 12),  # nearer to E1, but E2 has its subtype
        _event(DIE, 0, 20),  # no Life.Die in sentence 0
        _event(ATTACK, 0, 41),  # the attack left for it is E1
    ]
    assert match_events(predicted, gold) == [(0, 1), (2, 0)]


def test_score_wikievents_by_hand() -> None:
    text = (
        "Militants detonated a bomb in Kabul , killing 12 civilians .Then gunmen attacked a bank ."
    )
    sentence_two = text.index("Then")
    gold_events = (
        GoldEvent(
            "E1",
            DETONATE,
            0,
            text.index("detonated"),
            text.index("detonated") + 9,
            "detonated",
            (
                _gold_argument(text, "Attacker", "Militants"),
                _gold_argument(text, "ExplosiveDevice", "bomb"),
                _gold_argument(text, "Place", "Kabul"),
            ),
        ),
        GoldEvent(
            "E2",
            DIE,
            0,
            text.index("killing"),
            text.index("killing") + 7,
            "killing",
            (_gold_argument(text, "Victim", "civilians"),),
        ),
        GoldEvent(
            "E3",
            ATTACK,
            1,
            text.index("attacked"),
            text.index("attacked") + 8,
            "attacked",
            (_gold_argument(text, "Attacker", "gunmen"), _gold_argument(text, "Target", "bank")),
        ),
        GoldEvent("E4", "Contact.Contact.Broadcast", 1, 0, 1, "x", ()),  # not a scored type
    )
    document = WikiDocument("d", text, (0, sentence_two), gold_events)
    predicted = [
        _event(
            DETONATE,
            0,
            text.index("bomb"),
            (
                _predicted_argument(text, "Attacker", "Militants"),  # right role
                _predicted_argument(text, "Target", "Kabul"),  # right span, wrong role
                _predicted_argument(text, "Instrument", "a bomb"),  # right span, wrong role
                _predicted_argument(text, "Target", "civilians"),  # another event's argument
            ),
        ),
        _event(DIE, 1, sentence_two + 2, (_predicted_argument(text, "Victim", "gunmen"),)),
        _event(DETONATE, 1, text.index("attacked")),  # family match only
    ]
    scores = score_wikievents([document], {"d": predicted})
    events = scores.events
    assert events[ATTACK_FAMILY] == Score(2, 2, 2)
    assert events[DETONATE] == Score(1, 2, 1)
    assert events[ATTACK] == Score(0, 0, 1)
    assert events[DIE] == Score(0, 1, 1)  # the predicted death is in the wrong sentence
    assert events[INJURE] == Score(0, 0, 0)
    assert events["All"] == Score(2, 3, 3)
    # Arguments: 5 predicted, 6 gold (3 + 1 + 2); of the matched events' arguments, the heads
    # "Militants", "Kabul" and "bomb" overlap gold arguments, only "Militants" with its role.
    assert scores.argument_identification == Score(3, 5, 6)
    assert scores.argument_classification == Score(1, 5, 6)
    assert scores.roles[f"{ATTACK_FAMILY}/Attacker"] == Score(1, 1, 2)
    assert scores.roles[f"{ATTACK_FAMILY}/Target"] == Score(0, 2, 1)
    assert scores.roles[f"{DIE}/Victim"] == Score(0, 1, 1)
    assert scores.argument_classification.precision == pytest.approx(0.2)
    assert scores.argument_classification.recall == pytest.approx(1 / 6)
    assert scores.argument_classification.f1 == pytest.approx(2 * 0.2 * (1 / 6) / (0.2 + 1 / 6))


def test_each_gold_argument_is_matched_once() -> None:
    text = "Militants attacked ."
    gold = GoldEvent(
        "E1", ATTACK, 0, 10, 18, "attacked", (_gold_argument(text, "Attacker", "Militants"),)
    )
    twice = (
        _predicted_argument(text, "Attacker", "Militants"),
        PredictedArgument("Attacker", 0, 9, "Militants", 0, 4),  # a second head in the same span
    )
    scores = score_wikievents(
        [WikiDocument("d", text, (0,), (gold,))], {"d": [_event(ATTACK, 0, 10, twice)]}
    )
    assert scores.argument_classification == Score(1, 2, 1)


def test_score_wikievents_refuses_unknown_documents_and_types() -> None:
    document = WikiDocument("d", "x", (0,), ())
    with pytest.raises(EvalError, match="not in the gold"):
        score_wikievents([document], {"other": []})
    with pytest.raises(EvalError, match="not a scored type"):
        score_wikievents([document], {"d": [_event("Contact.Contact.Broadcast", 0, 0)]})


def test_score_ratios_with_nothing_to_count_are_zero() -> None:
    assert (Score(0, 0, 0).precision, Score(0, 0, 0).recall, Score(0, 0, 0).f1) == (0, 0, 0)
    assert Score(1, 2, 4).f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)


def test_format_report_lists_every_row() -> None:
    document = parse_document(_document())
    scores = score_wikievents([document], {})
    run = WikiEventsRun("dev.jsonl", scores, {}, Speed(1, 2.0, 1, 100.0))
    report = format_wikievents_report(run)
    for row in EVENT_ROWS:
        assert row in report
    assert "Argument identification" in report and "Argument classification" in report
    assert "0.5 documents/s" in report


# --- the real data --------------------------------------------------------------------------------


@pytest.mark.slow
def test_run_wikievents_on_the_dev_split(tmp_path: Path) -> None:
    path = _data_dir() / "wikievents" / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"WikiEvents data not found at {path}")
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    run = run_wikievents(app, path)
    scores = run.scores
    assert scores.documents == 20
    assert scores.events["All"].gold > 0
    for score in (
        *scores.events.values(),
        *scores.roles.values(),
        scores.argument_identification,
        scores.argument_classification,
    ):
        for value in (score.precision, score.recall, score.f1):
            assert 0.0 <= value <= 1.0
    assert run.speed.documents == 20 and run.speed.seconds > 0
    assert "Conflict.Attack" in format_wikievents_report(run)


def test_map_actions_gives_one_arrest_event_per_telling_with_its_own_sentence_s_arguments() -> None:
    document = parse_document(_document())

    def told(field: str, word: str, sentence: str) -> Evidence:
        found = _evidence(field, TEXT, word)
        return Evidence(found.article, field, found.start, found.end, sentence, word)

    arrest = CounterAction(
        kind="arrest",
        article="art",
        date=DateValue.unknown(),
        evidence=(
            told("kind", "arrested", "second"),
            told("actor", "Police", "second"),
            told("kind", "exploded", "first"),  # the same arrest told again, elsewhere
        ),
    )
    events = map_actions(document, [arrest])
    assert [(e.text, [(a.role, a.text) for a in e.arguments]) for e in events] == [
        ("arrested", [("Jailer", "Police")]),
        ("exploded", []),
    ]
