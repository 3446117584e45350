"""The learnt lexicon of role fillers: what it keeps, when decoding adds from it, and that the
shipped settings round-trip."""

from __future__ import annotations

import spacy

from veille.nlp.role_lexicon import derive_lexicon, find_whole, lexicon_additions
from veille.nlp.roles import DEFAULT_MODEL_DIR, RoleSettings, decode_spans, load_settings

DOCS = [
    ("urban guerrillas bombed the bank with dynamite.", {"Weapon": [["dynamite"]]}),
    ("a dynamite attack on the bank.", {"Weapon": [["dynamite"]], "Target": [["bank"]]}),
    ("dynamite was found near the bridge.", {"Target": [["bridge"]]}),
    ("they used dynamite on the power line.", {"Weapon": [["dynamite"]]}),
    ("a quiet day: the minister spoke of dynamite.", {}),  # irrelevant: not counted
]


def test_derive_keeps_fillers_that_mostly_fill_their_role() -> None:
    lexicon = derive_lexicon(DOCS, min_hits=3, min_precision=0.7)
    # "dynamite" fills Weapon in 3 of the 4 relevant documents containing it
    assert lexicon["Weapon"] == (("dynamite", 0.75),)
    assert lexicon.get("Target", ()) == ()  # "bank" twice only
    assert derive_lexicon(DOCS, min_hits=3, min_precision=0.8)["Weapon"] == ()


def test_whole_words_only() -> None:
    assert find_whole("the dynamited bridge", "dynamite") is None
    assert find_whole("with dynamite.", "dynamite") == 5


def test_additions_only_where_the_tagger_found_something_and_the_role_allows() -> None:
    text = "unidentified individuals threw a bomb at the bank."
    lexicon = {"PerpInd": (("unidentified individuals", 0.72),), "Weapon": (("bomb", 0.52),)}
    backoff = {"PerpInd": (0.5, True), "Weapon": (0.6, False)}
    assert lexicon_additions(text, {}, lexicon, backoff) == []  # nothing tagged: irrelevant
    added = lexicon_additions(text, {"Target": ["the bank"]}, lexicon, backoff)
    assert added == [("PerpInd", 0, 24)]  # the bomb's 0.52 is under Weapon's 0.6
    # only when empty: a tagged perpetrator keeps the lexicon out
    assert lexicon_additions(text, {"PerpInd": ["gunmen"]}, lexicon, backoff) == []
    # never a mention the tagger gave, or one inside it
    loose = {"PerpInd": (0.5, False)}
    tagged = {"PerpInd": ["two unidentified individuals"]}
    assert lexicon_additions(text, tagged, lexicon, loose) == []


def test_decoding_adds_the_lexicon_span() -> None:
    nlp = spacy.blank("en")
    doc = nlp("unidentified individuals threw a bomb at the bank .")
    bank = doc.char_span(doc.text.index("the bank"), doc.text.index(" ."), label="Target")
    assert bank is not None
    doc.ents = [bank]
    settings = RoleSettings(
        lexicon={"PerpInd": (("unidentified individuals", 0.72),)},
        lexicon_backoff={"PerpInd": (0.5, True)},
    )
    decoded = [(span.label_, span.text, score) for span, score in decode_spans(doc, settings)]
    assert decoded == [("PerpInd", "unidentified individuals", 0.72), ("Target", "the bank", 1.0)]
    assert [(s.label_, s.text) for s, _ in decode_spans(doc, RoleSettings())] == [
        ("Target", "the bank")
    ]


def test_shipped_settings_round_trip() -> None:
    settings = load_settings(DEFAULT_MODEL_DIR)
    assert settings.lexicon_backoff and settings.lexicon
    assert RoleSettings.from_json(settings.to_json()) == settings
