"""Past attacks an article recalls: linked to the known-incident knowledge base when one fits,
else kept as a reference in the sentence's own words (``told``), never as a new incident.
Sentences written for these tests in wire-copy style."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from incident_helpers import incidents_in as read_incidents
from veille.config import Settings
from veille.extract.references import Reference
from veille.models import Article, Incident
from veille.nlp.pipeline import process
from veille.records_more import reference_record
from veille.services import Veille

from conftest import load_schema

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Veille:
    return Veille(Settings(db=str(tmp_path_factory.mktemp("told") / "v.db")))


def references_in(app: Veille, text: str, published: str) -> list[Reference]:
    article = Article(id="art-told", text=text, published=published, source="test")
    [(_, doc)] = list(process(app.nlp, [article], batch_size=1))
    return app.reference_extractor(doc, article)


def told_in(app: Veille, text: str, published: str) -> list[Reference]:
    return [r for r in references_in(app, text, published) if r.told is not None]


def incidents_in(app: Veille, text: str, published: str) -> list[Incident]:
    return read_incidents(app, text, published, article_id="art-told")


def test_a_past_attack_the_table_lacks_is_kept_in_its_own_words(app: Veille) -> None:
    text = (
        "ISTANBUL, Turkey (Reuters) - About 25,000 Jews live in the country. Neve Shalom was "
        "attacked in 1986, when gunmen killed 22 worshippers during a Sabbath service."
    )
    [reference] = told_in(app, text, "2003-11-16")
    assert reference.known is None and reference.told is not None
    assert (reference.told.when.value, reference.told.when.precision) == ("1986", "year")
    assert reference.told.killed is not None and reference.told.killed.value == 22
    record = reference_record(reference)
    assert record["known_incident"] is None and record["date"] == "1986"
    assert record["told"]["killed"]["value"] == 22
    fields = {e["field"]: e["text"] for e in record["evidence"]}
    assert fields["killed"] == "22" and fields["date"] == "in 1986"
    assert incidents_in(app, text, "2003-11-16") == []  # no incident dated today


def test_the_one_town_near_the_attack_places_it(app: Veille) -> None:
    text = (
        "CAIRO, Egypt (Reuters) - The worst previous attack on tourists came in November 1997, "
        "when militants killed 58 foreign tourists and four Egyptians at a temple near Luxor."
    )
    [reference] = told_in(app, text, "2005-07-24")
    assert reference.told is not None and reference.told.where is not None
    assert reference.told.where.name == "Luxor"
    assert reference.told.killed is not None and reference.told.killed.value == 62
    assert reference.told.when.value == "1997-11"


def test_two_past_attacks_of_one_sentence_are_two_references(app: Veille) -> None:
    text = (
        "MINSK, Belarus (Reuters) - Lukashenko said the suspects had confessed to a bomb attack "
        "on an open-air concert in Minsk during Independence Day celebrations in July 2008 and to "
        "a blast at a cafe in the city of Vitebsk in 2005."
    )
    told = {
        (r.told.when.value, r.told.where.name if r.told.where else None)
        for r in told_in(app, text, "2011-04-13")
        if r.told is not None
    }
    assert told == {("2008-07", "Minsk"), ("2005", "Vitebsk")}


def test_a_month_and_an_attack_verb_tell_one_past_attack(app: Veille) -> None:
    text = (
        "MOSCOW (Reuters) - In February 2004, a suicide bomber blew up a carriage on a train "
        "between Avtozavodskaya and Paveletskaya stations during the morning rush hour."
    )
    [reference] = told_in(app, text, "2010-03-29")
    assert reference.told is not None and reference.told.when.value == "2004-02"


@pytest.mark.parametrize(
    "sentence",
    [
        # a trial, not the attack
        "A Jordanian court has sentenced him to death in absentia over the killing of U.S. "
        "diplomat Laurence Foley in Amman in 2002.",
        # a plot
        "In 2010 police foiled a plot to bomb the Stock Exchange in London.",
        # attacks counted, not one
        "In 2015, a series of attacks in France killed 130 people.",
        # a state's strike
        "Prakash was mistakenly thought to be killed in a US-led bombing of Mosul in 2004.",
        # a place of another attack named beside it
        "After the knife attack on a train by a refugee in 2004, or the Berlin Christmas market "
        "attack, people looked at us differently.",
        # the date of something else
        "These include an inquiry into last year's election and the recovery from an attack "
        "that killed eight people.",
    ],
)
def test_a_trial_a_plot_or_a_count_is_no_told_attack(app: Veille, sentence: str) -> None:
    assert told_in(app, f"AMMAN (Reuters) - {sentence}", "2005-11-12") == []


def test_the_date_a_when_clause_after_a_claim_tells_dates_the_attack(app: Veille) -> None:
    text = (
        "DUSHANBE (Reuters) - Islamic State claimed an attack in Tajikistan on July 29 last "
        "year, when men rammed a car into a group of foreign cyclists in the Danghara district "
        "and stabbed them, killing two Americans, a Dutchman and a Swiss."
    )
    names = [r.known.name for r in references_in(app, text, "2019-05-01") if r.known]
    assert names == ["Terrorist attack against cyclists in Tajikistan"]
    assert incidents_in(app, text, "2019-05-01") == []  # no undated news incident


def test_a_claim_made_in_a_month_dates_the_attack_it_claims(app: Veille) -> None:
    text = (
        "CAIRO (Reuters) - A group using the same name had claimed the bombings at the Sinai "
        "resort of Taba and at nearby Ras Shitan in October last year, which killed 34 people."
    )
    [reference] = told_in(app, text, "2005-07-24")
    assert reference.told is not None and reference.told.when.value == "2004-10"
    assert reference.told.killed is not None and reference.told.killed.value == 34


def test_a_town_of_a_region_the_table_names_links_the_known_incident(app: Veille) -> None:
    text = (
        "JAKARTA (Reuters) - Suspicion fell on Jemaah Islamiah, the Southeast Asian militant "
        "network linked to al Qaeda that was blamed for the bombings of Paddy's Bar and the Sari "
        "Club in Kuta on Oct. 12, 2002."
    )
    [reference] = references_in(app, text, "2005-10-02")
    assert reference.known is not None and reference.known.date == "2002-10-12"
    assert reference.known.location == "Bali, Indonesia"


def test_a_headline_naming_the_news_by_a_known_name_is_no_reference(tmp_path: Path) -> None:
    story = tmp_path / "mumbai.txt"
    story.write_text(
        "Toll from Mumbai train bombings rises to 183\n"
        "Published: 12 Jul 2006\n\n"
        "MUMBAI, India (Reuters) - Seven bombs tore through packed commuter trains in Mumbai "
        "on Tuesday evening, killing at least 183 people, officials said on Wednesday.\n",
        encoding="utf-8",
    )
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    try:
        report = app.ingest([story])
        assert report.incidents == 1
        names = [
            r["known_incident"]["name"]
            for r in app.records("references").items
            if r["known_incident"]
        ]
        assert "2003 Mumbai train bombing" not in names
    finally:
        app.close()


def test_a_known_attack_the_article_stores_from_the_same_sentence_is_no_reference(
    tmp_path: Path,
) -> None:
    story = tmp_path / "sydney.txt"
    story.write_text(
        "Two hostages and gunman killed as police storm Sydney cafe\n"
        "Published: 16 Dec 2014\n\n"
        "SYDNEY, Australia (Reuters) - Two hostages and the gunman who had held them were killed "
        "when police stormed a cafe in Sydney early on Tuesday.\n\n"
        "On Sept. 23, an 18-year-old, Numan Haider, stabbed two counter-terrorism officers "
        "outside a police station in Endeavour Hills, a suburb of Melbourne, and was shot dead.\n",
        encoding="utf-8",
    )
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    try:
        report = app.ingest([story])
        assert report.incidents == 2  # the siege and the stabbing, stored
        assert not [
            r
            for r in app.records("references").items
            if r["known_incident"] and r["known_incident"]["date"] == "2014-09-23"
        ]
    finally:
        app.close()


def test_references_and_quotes_export_as_jsonl_and_csv(tmp_path: Path) -> None:
    story = tmp_path / "istanbul.txt"
    story.write_text(
        "Truck bombs at two Istanbul synagogues kill 23\n"
        "Published: 16 Nov 2003\n\n"
        "ISTANBUL, Turkey (Reuters) - Suicide bombers drove trucks packed with explosives into "
        'two synagogues in Istanbul on Saturday, killing 23 people. "This is a day of grief," '
        "Foreign Minister Abdullah Gul said. Neve Shalom was attacked in 1986, when gunmen "
        "killed 22 worshippers during a Sabbath service.\n",
        encoding="utf-8",
    )
    app = Veille(Settings(db=str(tmp_path / "v.db")))
    try:
        app.ingest([story])
        jsonl, table = io.StringIO(), io.StringIO()
        assert app.export("references", "jsonl", jsonl) >= 1
        schema = load_schema("reference")
        records = [json.loads(line) for line in jsonl.getvalue().splitlines()]
        for record in records:
            jsonschema.validate(record, schema)
        assert any(r["told"] and r["date"] == "1986" for r in records)
        app.export("references", "csv", table)
        rows = list(csv.DictReader(io.StringIO(table.getvalue())))
        assert any(r["told_killed_value"] == "22" and r["date"] == "1986" for r in rows)
        quotes = io.StringIO()
        app.export("quotes", "csv", quotes)
        assert quotes.getvalue().splitlines()[0] == "id,text,speaker,speaker_role,article"
    finally:
        app.close()


def test_a_place_of_another_clause_is_not_the_told_attack_s(app: Veille) -> None:
    text = (
        "ISLAMABAD (Reuters) - Malala Yousafzai, the Pakistani schoolgirl who was shot in the "
        "head by the Taliban on her school bus in the Swat valley in October 2012 and who "
        "received the Nobel Peace Prize in Oslo last week, said she was heartbroken."
    )
    [reference] = told_in(app, text, "2014-12-17")
    assert reference.told is not None and reference.told.where is not None
    assert reference.told.where.name == "Swat"  # not Oslo, where the prize was given


def test_a_conviction_over_a_dated_attack_tells_the_attack(app: Veille) -> None:
    text = (
        "FAISALABAD, Pakistan (Reuters) - Pakistan hanged two convicted militants on Friday. "
        "Mohammad Aqeel, who was convicted over the 2009 attack on army headquarters in "
        "Rawalpindi, and Arshad Mehmood, convicted over a 2003 attempt to assassinate then "
        "President Pervez Musharraf, were hanged in the district jail in Faisalabad, officials "
        "said."
    )
    # (the attempt on Musharraf is no attack carried out: no told reference)
    [reference] = told_in(app, text, "2014-12-20")
    assert reference.told is not None and reference.told.when.value == "2009"
    assert reference.told.where is not None and reference.told.where.name == "Rawalpindi"


def test_a_part_the_table_lacks_is_told_beside_a_known_one(app: Veille) -> None:
    text = (
        "COLLEYVILLE, Texas (Reuters) - Jewish leaders recalled earlier attacks on U.S. "
        "synagogues. In October 2018, a gunman killed 11 worshippers at the Tree of Life "
        "synagogue in Pittsburgh, and in April 2019 a gunman killed a woman at a synagogue in "
        "Poway, near San Diego, on the last day of Passover."
    )
    found = references_in(app, text, "2022-01-16")
    assert any(
        r.known is not None and r.known.name == "Pittsburgh synagogue shooting" for r in found
    )
    [told] = [r for r in found if r.told is not None]
    assert told.told is not None and told.told.where is not None
    assert (told.told.where.name, told.told.when.value) == ("Poway", "2019-04")


def test_the_date_of_another_clause_names_no_known_attack(app: Veille) -> None:
    text = (
        "LAHORE, Pakistan (Reuters) - The army launched an offensive in the North Waziristan "
        "tribal region in June 2014, and the government adopted a national plan against "
        "terrorism after Taliban gunmen killed more than 140 people, most of them children, at "
        "a school in Peshawar in December 2014."
    )
    found = references_in(app, text, "2016-03-30")
    dates = {r.known.date for r in found if r.known is not None}
    assert dates == {"2014-12-16"}  # the school, not a Peshawar bombing of June 2014


def test_the_told_attack_s_toll_is_its_own_clause_s(app: Veille) -> None:
    text = (
        "AMMAN (Reuters) - Jordan hanged two Iraqi jihadists, including a woman convicted "
        "over a 2005 hotel bombing in Amman, at dawn on Wednesday in response to the killing "
        "of pilot Muath al-Kasasbeh."
    )
    for reference in told_in(app, text, "2015-02-04"):
        assert reference.told is not None and reference.told.killed is None


def test_a_killing_the_date_tells_keeps_its_victim_and_another_s_is_left_out(
    app: Veille,
) -> None:
    text = (
        "PARIS (Reuters) - The jihadist attacks of 2023 included the fatal stabbing of a teacher "
        "at a school in the northern French town of Arras on Oct. 13, the shooting dead of two "
        "Swedish football fans in Brussels three days later and the killing of a German "
        "tourist near the Eiffel Tower in Paris on Dec. 2."
    )
    by_day = {r.told.when.value: r.told for r in told_in(app, text, "2024-03-01") if r.told}
    eiffel = by_day["2023-12-02"]
    assert eiffel.killed is not None and eiffel.killed.value == 1


def test_an_airliner_a_group_brought_down_is_the_known_incident_of_its_month_and_toll(
    app: Veille,
) -> None:
    text = (
        "Sinai mosque attack toll rises to 305\n\n"
        "CAIRO, Egypt (Reuters) - Gunmen killed 305 people at a mosque in Bir al-Abed on "
        "Friday. In October 2015, Islamic State's Sinai affiliate said it had brought down a "
        "Russian airliner that crashed in the peninsula after taking off from Sharm el-Sheikh, "
        "killing all 224 people on board."
    )
    known = [r.known for r in references_in(app, text, "2017-11-25") if r.known is not None]
    assert [(k.date, k.location, k.killed) for k in known] == [("2015-10-31", "Sinai, Egypt", 224)]
    # a toll the table does not hold for that month fits nothing
    other = text.replace("all 224", "all 124")
    assert [r.known for r in references_in(app, other, "2017-11-25") if r.known] == []


def test_an_election_s_day_after_an_attack_word_tells_no_past_attack(app: Veille) -> None:
    text = (
        "JAKARTA, Indonesia (Reuters) - A car bomb exploded outside the Australian embassy in "
        "Jakarta on Thursday, killing nine people. The bombing came a month before Australia's "
        "general election on Oct. 9."
    )
    assert told_in(app, text, "2004-09-10") == []


def test_attacks_a_sentence_counted_by_their_month_and_then_told_one_by_one(app: Veille) -> None:
    text = (
        "QUEBEC CITY (Reuters) - A gunman killed six men at a mosque on Sunday.\n\n"
        "Canada was shaken by two attacks in October 2014. A man described by police as "
        "radicalised ran down two soldiers with his car in Saint-Jean-sur-Richelieu, Quebec, "
        "killing one, and two days later a gunman shot dead a soldier guarding the National War "
        "Memorial in Ottawa before storming Parliament, where he was killed."
    )
    told = told_in(app, text, "2017-01-31")
    assert sorted((r.told.where.name if r.told and r.told.where else "") for r in told) == [
        "Ottawa",
        "Saint-Jean-sur-Richelieu",
    ]
    assert {r.told.when.value for r in told if r.told} == {"2014-10"}
    # each cites its own words, the month the sentence before
    for r in told:
        [date] = [e for e in r.evidence if e.field == "date"]
        assert date.text == "October 2014"
        assert date.sentence.startswith("Canada was shaken")
    # nor are they news of this week
    assert [i.date.value for i in incidents_in(app, text, "2017-01-31")] == ["2017-01-29"]
