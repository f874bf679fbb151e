"""More ways an article dates a series premiere (our own sentences, made-up shows), and
the look-alikes that must not become one."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of

from knowsofar.extract.details import DetailFinder
from knowsofar.extract.networks import find_networks
from knowsofar.extract.titles import Mention, SentenceInfo, TitleResult


def _titles(text: str, shows: list[str]) -> TitleResult:
    """One sentence with its shows marked where they stand (no spaCy needed)."""
    mentions = [Mention(t, text.index(t), text.index(t) + len(t)) for t in shows]
    sent = SentenceInfo(0, len(text), text, mentions, shows[0], False, 0)
    return TitleResult(shows=list(shows), mentions=mentions, sentences=[sent])


@pytest.mark.parametrize(
    "text,published,title,premiere",
    [
        (
            "Netflix renewed Mill Pond for a fifth and final season. Jo Bell's legal drama, "
            "which began its reign on March 3, 2019, will end next year.",
            "2024-02-01",
            "Mill Pond",
            "2019-03-03",
        ),
        (
            "Fox renewed Mill Pond for two more seasons. The show has lived on Fox since "
            "September 1994 and is the network's oldest drama.",
            "2024-02-01",
            "Mill Pond",
            "1994-09",
        ),
        (
            "Hulu renewed Mill Pond for a fourth season. The series has been airing since 2020.",
            "2024-02-01",
            "Mill Pond",
            "2020",
        ),
        (
            "ITV has axed Mill Pond. The first series went out in May 2017, and the third in "
            "June 2021.",
            "2022-12-01",
            "Mill Pond",
            "2017-05",
        ),
        (
            "Hulu canceled Mill Pond after three seasons. Mill Pond ran on Hulu from 2019 to 2022.",
            "2024-02-01",
            "Mill Pond",
            "2019",
        ),
        (
            "Netflix renewed Mill Pond for a third season. The series, loosely based on the "
            "1981 film by Jo Bell, premiered in May 2021.",
            "2023-02-01",
            "Mill Pond",
            "2021-05",
        ),
        (
            "AMC renewed Mill Pond for a second season. The series, based on Ann Moss's "
            "novels, premiered last June.",
            "2023-02-10",
            "Mill Pond",
            "2022-06",
        ),
        (
            "The CW renewed Mill Pond for a sixth season. Jo Bell plays the sheriff who has "
            "been chasing smugglers since April 2016, when the show premiered.",
            "2022-02-01",
            "Mill Pond",
            "2016-04",
        ),
        (
            "Netflix canceled Mill Pond. Its writer's next series, Dry Creek, is still due "
            "next year.",
            "2022-12-19",
            "Dry Creek",
            "2023",
        ),
    ],
)
def test_more_premiere_phrasings(extractor, text, published, title, premiere):
    assert shows_of(extractor, text, published=published)[title]["premiere"] == premiere


def test_a_premiere_in_a_clause_about_another_show_goes_to_that_show(extractor):
    text = (
        "Disney+ renewed Mill Pond for a fourth season. The cast first met on Dry Creek, the "
        "spinoff that ran from May 2021 to July 2021."
    )
    got = shows_of(extractor, text, published="2023-02-01")
    assert got["Dry Creek"]["premiere"] == "2021-05"
    assert got["Mill Pond"].get("premiere") is None


@pytest.mark.parametrize(
    "text,published,title",
    [
        # the date of a film the show is based on
        (
            "Netflix renewed Mill Pond for a third season. It is based on the 1981 film of "
            "the same name.",
            "2023-02-01",
            "Mill Pond",
        ),
        # "ran" with no span: a run length, not a date
        (
            "Hulu renewed Mill Pond for a third season. The second season ran for ten "
            "episodes in 2022.",
            "2023-02-01",
            "Mill Pond",
        ),
        # "ran from" something that is not a date
        (
            "Hulu renewed Mill Pond for a third season. The sheriff ran from the posse in "
            "2019, in the pilot's flashback.",
            "2023-02-01",
            "Mill Pond",
        ),
        # "has been filming since": production, not a premiere
        (
            "Hulu renewed Mill Pond for a second season. The cast has been filming since "
            "March 2023.",
            "2023-06-01",
            "Mill Pond",
        ),
        # a later season's start after a comma clause
        (
            "Hulu renewed Mill Pond for a fourth season. The cast returned in May 2022, when "
            "the third season premiered.",
            "2023-06-01",
            "Mill Pond",
        ),
        # "went out" with no date right after it
        (
            "ITV has axed Mill Pond. The lights went out on the set for good in 2022.",
            "2022-12-01",
            "Mill Pond",
        ),
        # a span whose subject is a name the article does not read as its show
        (
            "CBS has ordered Dry Creek, a follow-up to Mill Pond. Mill Pond ran on CBS from "
            "2008 to 2015.",
            "2024-02-01",
            "Dry Creek",
        ),
        # a service's own launch is not its show's premiere
        (
            "Disney+ ordered Dry Creek, a new series. Disney+ launched in November 2019.",
            "2024-02-01",
            "Dry Creek",
        ),
        # the original show a new one comes from
        (
            "Peacock ordered Mill Pond: New Blood, a sequel. The original Mill Pond aired from "
            "2001 to 2009.",
            "2024-02-01",
            "Mill Pond: New Blood",
        ),
    ],
)
def test_not_a_series_premiere(extractor, text, published, title):
    assert shows_of(extractor, text, published=published)[title].get("premiere") is None


def test_own_series_with_a_coming_date_is_a_new_shows_release(extractor):
    text = (
        "Disney+ renewed Mill Pond for a fourth season. Ann Moss's sheriff, who first showed "
        "up in season 2, gets her own series, Dry Creek, later this year."
    )
    got = shows_of(extractor, text, published="2023-02-20")
    assert got["Dry Creek"]["premiere"] == "2023"
    assert got["Mill Pond"].get("premiere") is None


def test_own_series_with_a_past_date_is_no_release():
    text = "Ann Moss's sheriff got her own series, Dry Creek, in 2019."
    assert DetailFinder().find(_titles(text, ["Dry Creek"]), "2023-02-20") == []


def test_it_is_the_show_its_own_sentence_names(extractor):
    text = (
        "Peacock canceled Mill Pond after one season.\n\nPeacock renewed Dry Creek for a "
        "second season just two weeks after it premiered in November."
    )
    got = shows_of(extractor, text, published="2025-01-18")
    assert got["Dry Creek"]["premiere"] == "2024-11"
    assert got["Mill Pond"].get("premiere") is None


def test_his_own_show_under_a_shows_heading_is_its_premiere(extractor):
    text = (
        "Netflix canceled Mill Pond after three seasons and Dry Creek after two.\n\nDry "
        "Creek\n\nJo Bell took the "
        "detective from a guest spot on Mill Pond to her own series in May 2016. Ann Moss "
        "played her partner.\n\nMill Pond\n\nMill Pond ran for three seasons."
    )
    got = shows_of(extractor, text, published="2019-02-19")
    assert got["Dry Creek"]["premiere"] == "2016-05"
    assert got["Mill Pond"].get("premiere") is None


def test_his_own_show_outside_a_heading_says_nothing(extractor):
    text = (
        "Netflix renewed Mill Pond for a third season. Its star Jo Bell got her own show in "
        "May 2016, long before this one."
    )
    got = shows_of(extractor, text, published="2019-02-19")
    assert got["Mill Pond"].get("premiere") is None


def test_for_the_streamer_is_the_streamer_named_before():
    text = (
        "Netflix decided in December not to renew Mill Pond. Jo Bell, who also made Dry Creek "
        "for the streamer, has since signed a deal with Amazon."
    )
    found = [(n.network, n.role, n.text) for n in find_networks(text)]
    assert ("Netflix", "home", "the streamer") in found
    assert ("Prime Video", "home", "Amazon") not in found
    assert all(n.role == "mention" for n in find_networks(text) if n.text == "Amazon")


def test_the_streamer_of_a_shows_own_sentence_beats_a_later_deal(extractor):
    text = (
        "Netflix decided in December not to renew Mill Pond. Jo Bell, who also made Dry Creek "
        "for the streamer, has since signed a deal with Amazon."
    )
    got = shows_of(extractor, text, published="2022-12-19")
    assert got["Dry Creek"]["network"] == "Netflix"


@pytest.mark.parametrize(
    "published,premiere",
    [
        ("2022-12-19", "2022-07-29"),
        # never after the article's date: a July day in a June article is last year's
        ("2022-06-10", "2021-07-29"),
    ],
)
def test_a_day_without_a_year_takes_the_articles_year_or_the_one_before(
    extractor, published, premiere
):
    text = (
        "Hulu canceled Mill Pond after one season, about a month after all eight episodes "
        "arrived on July 29."
    )
    assert shows_of(extractor, text, published=published)["Mill Pond"]["premiere"] == premiere
