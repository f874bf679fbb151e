"""Batch 11: roundup headings written "Title - Network", and a place or other name used
as a compound before the noun a decision is about ("canceled its gentle Long Beach
fable"). All sentences and shows here are invented."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of, statuses, triple

ROUNDUP = "\n\n".join(
    [
        "Canceled in 2019: Three Shows That Won't Be Back",
        "Below are three shows that were cut this year, and how far each of them got.",
        (
            "Salt Road - Netflix\nNetflix ended the puzzle-box mystery in August, two seasons "
            "in, so there will be no third season. Mara Quill played Ivy Marsh."
        ),
        (
            "Dry Creek - AMC\nAMC canceled its gentle Long Beach fable after two seasons. Jon "
            "Pell starred as Sean Dale, a former surfer."
        ),
        (
            "Harbor Nine - Hulu\nThe anthology was axed by Hulu this month, also after two "
            "seasons. The first year starred Ana Sol as the lawyer Henry Dee."
        ),
    ]
)


def test_title_dash_network_headings_head_sections(extractor) -> None:
    shows = shows_of(extractor, ROUNDUP)
    assert {t: s["network"] for t, s in shows.items()} == {
        "Salt Road": "Netflix",
        "Dry Creek": "AMC",
        "Harbor Nine": "Hulu",
    }
    cast = {t: {(c["actor"], c["character"]) for c in s["cast"]} for t, s in shows.items()}
    assert cast["Dry Creek"] == {("Jon Pell", "Sean Dale")}


def test_a_compound_before_the_decided_noun_is_not_the_show(extractor) -> None:
    assert triple("Dry Creek", 3, "canceled") in statuses(extractor, ROUNDUP)
    assert "Long Beach" not in shows_of(extractor, ROUNDUP)


def test_a_revival_of_a_show_still_names_it(extractor) -> None:
    text = "ABC canceled its Harbor Nine revival last May after one season."
    assert "Harbor Nine" in shows_of(extractor, text)


SCORECARD = "\n\n".join(
    [
        "Renewal Scorecard: Where Three Streaming Shows Stand",
        (
            "Dry Creek (Paramount+) - RENEWED. Paramount+ has already ordered a second season "
            "of the mob drama, with Jon Pell as Dan Marro, a capo sent west."
        ),
        (
            "Reboot (Hulu) - WAITING. Hulu still has not said whether it wants more. Ana Sol and "
            "Lee Marr lead the ensemble as Reed Hale and Bree Cole, two former co-stars."
        ),
        (
            "Salt Road (Disney+) - TOO EARLY TO CALL. The fantasy series arrived last week, and "
            "Disney+ has made no call on a second season."
        ),
    ]
)


def test_scorecard_lines_with_a_network_in_brackets(extractor) -> None:
    shows = shows_of(extractor, SCORECARD)
    assert {t: s["network"] for t, s in shows.items()} == {
        "Dry Creek": "Paramount+",
        "Reboot": "Hulu",
        "Salt Road": "Disney+",
    }
    got = statuses(extractor, SCORECARD)
    assert triple("Dry Creek", 2, "renewed") in got
    assert triple("Salt Road", 2, "pending") in got
    reboot = {(c["actor"], c["character"]) for c in shows["Reboot"]["cast"]}
    assert reboot == {("Ana Sol", "Reed Hale"), ("Lee Marr", "Bree Cole")}


def test_a_common_word_without_its_network_is_no_title(extractor) -> None:
    text = "Netflix has renewed Salt Road. A reboot of the show was discussed."
    assert list(shows_of(extractor, text)) == ["Salt Road"]


def test_a_headline_description_and_a_link_line_are_no_shows(extractor) -> None:
    text = (
        "Starz Renews Dry Creek, Its Mississippi Strip Club Drama, for Season 2\n\n"
        "Starz has renewed Dry Creek for a second season. It is set in Chula, Mississippi. "
        "Every episode of the first season was directed by a woman. Jon Pell plays Dan Marro."
        "\n\nRelated: Every Show Renewed and Canceled This Fall"
    )
    assert list(shows_of(extractor, text)) == ["Dry Creek"]
    assert statuses(extractor, text) == {triple("Dry Creek", 2, "renewed")}


def test_a_city_named_show_after_its_makers_possessive(extractor) -> None:
    text = (
        "Glasgow Says Goodbye: The Fourth and Final Season Starts September 15\n\n"
        "Jane Doe's Glasgow is heading into its last lap. The fourth season of the FX comedy "
        "will be its final one.\n\n"
        "Glasgow premiered on FX on September 6, 2016.\n\n"
        "- Earl Marr (Jane Doe), a dropout who manages his cousin's career."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Glasgow"]
    assert shows["Glasgow"]["network"] == "FX"
    assert triple("Glasgow", 4, "ended") in statuses(extractor, text)


def test_a_count_in_the_sentence_before_a_bare_cancellation(extractor) -> None:
    text = ROUNDUP + (
        "\n\nMill Pond - Netflix\n"
        "The animated comedy about two bird women got a single season. Netflix let it go in "
        "July, two months after its launch. Jon Pell voiced Tuck."
    )
    assert triple("Mill Pond", 2, "canceled") in statuses(extractor, text)


@pytest.mark.parametrize(
    ("text", "premiere"),
    [
        (
            "The BBC has not commissioned a seventh series of Salt Road. Salt Road began on "
            "BBC Two in June 2012 and moved to BBC One for its fourth series in 2017.",
            "2012-06",
        ),
        (
            "Netflix has canceled Salt Road after one season. The eight-episode series "
            "premiered on Netflix on January 14, 2022, and spent weeks in the top ten.",
            "2022-01-14",
        ),
        (
            "Season 4 of Salt Road reaches Netflix in February. Salt Road premiered on Lifetime "
            "in September 2018 before Netflix took it over from the second season onward.",
            "2018-09",
        ),
    ],
)
def test_series_premiere_forms(extractor, text, premiere) -> None:
    assert shows_of(extractor, text, published="2023-02-06")["Salt Road"]["premiere"] == premiere
