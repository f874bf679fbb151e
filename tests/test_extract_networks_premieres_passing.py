"""Networks of shows named in passing inside a roundup's sections, network names inside
titles, and more series-premiere forms (our own sentences, made-up shows, real networks),
with the look-alikes that must not change anything."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of


def networks_of(extractor, text: str, **kw) -> dict[str, str | None]:
    return {t: s.get("network") for t, s in shows_of(extractor, text, **kw).items()}


def premieres_of(extractor, text: str, **kw) -> dict[str, str | None]:
    return {t: s.get("premiere") for t, s in shows_of(extractor, text, **kw).items()}


ROUNDUP = (
    "Two Shows Reaching the End\n\n"
    "June 2, 2023\n\n"
    "Here are two series that were canceled this spring, network by network.\n\n"
    "ABC: Harbor Lights\n\n"
    "ABC canceled the fishing drama in May after two seasons. Jo Bell played Ann Moss, "
    "the harbor master. Bell was earlier the pilot Mara Vance on Syfy's Star Rangers.\n\n"
    "HBO: Tin Crown\n\n"
    "HBO canceled its boxing drama in June after three seasons. Sam Reed starred as Lou "
    "Kane, and Reed is still best known as the spy Ivan Petrov in FX's Cold Harbour.\n"
)


def test_a_network_possessive_beats_the_sections_network(extractor):
    got = networks_of(extractor, ROUNDUP, published="2023-06-02")
    assert got["Star Rangers"] == "Syfy"
    assert got["Cold Harbour"] == "FX"
    # the sections' own shows keep their headings' networks
    assert got["Harbor Lights"] == "ABC"
    assert got["Tin Crown"] == "HBO"


def test_a_show_the_paragraph_names_without_a_possessive_keeps_its_network(extractor):
    text = ROUNDUP.replace(
        "Bell was earlier the pilot Mara Vance on Syfy's Star Rangers.",
        "ABC also canceled Dry Creek, its desert mystery, after one season.",
    )
    assert networks_of(extractor, text, published="2023-06-02")["Dry Creek"] == "ABC"


@pytest.mark.parametrize("title", ["Big Sky Ranch", "Little Fox Road"])
def test_a_network_name_inside_a_title_is_not_its_network(extractor, title):
    text = (
        f"{title} renewed for season 2\n\n"
        f"{title} has been renewed for a second season. The mystery follows a small-town "
        "sheriff, played by Jo Bell, who returns home."
    )
    assert networks_of(extractor, text).get(title) is None
    # the same title with its network named does get it
    named = text.replace(f"{title} has been renewed", f"Hulu has renewed {title}")
    assert networks_of(extractor, named)[title] == "Hulu"


# -- premieres -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,published,title,premiere",
    [
        (
            "Netflix has renewed Mill Pond for a third season. That first batch of episodes "
            "premiered on April 12, 2021, and made the show a quiet hit.",
            "2023-05-01",
            "Mill Pond",
            "2021-04-12",
        ),
        (
            # an aside that starts with a capital is no subject's aside ("Dover, Delaware,")
            "Mill Pond\n\nHulu renewed Mill Pond for a fourth season. Jo Bell's comedy about "
            "the Hales of Dover, Delaware, premiered in March 2015.",
            "2023-05-01",
            "Mill Pond",
            "2015-03",
        ),
    ],
)
def test_premiere_forms(extractor, text, published, title, premiere):
    assert premieres_of(extractor, text, published=published)[title] == premiere


NETFLIX_ROUNDUP = (
    "Ended or Dropped: Where Two Netflix Series Stand\n\n"
    "August 31, 2022\n\n"
    "Netflix has had a busy year deciding which of its shows live. Here is where two "
    "series stand.\n\n"
    "Copper Lane\n\n"
    "Copper Lane ended on its own terms. The second half of the drama's fifth and final season "
    "arrived on May 2, closing out a run that began on March 3, 2018. Jo Bell played "
    "Ann Moss.\n\n"
    "Dry Creek\n\n"
    "Dry Creek will not see a second season. Netflix dropped the desert mystery at the "
    "start of August, less than two months after its June 10 premiere. Sam Reed played "
    "Lou Kane.\n"
)


def test_a_runs_start_and_a_day_without_its_year(extractor):
    got = premieres_of(extractor, NETFLIX_ROUNDUP)
    # a whole run's start, after a comma clause about the final season
    assert got["Copper Lane"] == "2018-03-03"
    # a day without its year, after "after": the last such day before the article
    assert got["Dry Creek"] == "2022-06-10"


def test_look_alikes_of_a_runs_start_and_a_day_without_its_year(extractor):
    text = NETFLIX_ROUNDUP.replace("closing out a run that began on", "a season that began on")
    text = text.replace("after its June 10 premiere", "after its season 2 premiere on June 10")
    got = premieres_of(extractor, text)
    assert got["Copper Lane"] is None
    assert got["Dry Creek"] is None
    # without the dateline, "June 10" has no year
    undated = NETFLIX_ROUNDUP.replace("August 31, 2022\n\n", "")
    assert premieres_of(extractor, undated)["Dry Creek"] is None
    # "ahead of" a day without its year is a coming date
    ahead = NETFLIX_ROUNDUP.replace("less than two months after", "two weeks ahead of")
    assert premieres_of(extractor, ahead)["Dry Creek"] is None
    # a later season's premiere
    later = NETFLIX_ROUNDUP.replace(
        "dropped the desert mystery", "dropped the desert mystery's second season"
    )
    assert premieres_of(extractor, later)["Dry Creek"] is None


def test_a_named_subject_before_an_aside_keeps_its_date(extractor):
    text = (
        "Is Mill Pond Coming Back?\n\n"
        "February 18, 2021\n\n"
        "Netflix has not renewed Mill Pond, and Jo Bell has moved on. Her period drama "
        "Tin Bell, about a fading boxer, was released on Netflix in December and did well. "
        "Mill Pond premiered on October 13, 2017, and ran for two seasons."
    )
    assert premieres_of(extractor, text)["Mill Pond"] == "2017-10-13"


@pytest.mark.parametrize(
    "text,published,title",
    [
        (
            # the season's run, not the show's
            "Netflix has renewed Mill Pond for a fifth season. Its fourth season's run, "
            "which began on May 1, 2022, ended in June.",
            "2023-05-01",
            "Mill Pond",
        ),
        (
            # a later batch of episodes is not the first
            "Netflix has renewed Mill Pond for a fourth season. A new batch of episodes "
            "premiered on May 2, 2023.",
            "2023-06-01",
            "Mill Pond",
        ),
    ],
)
def test_not_the_series_premiere(extractor, text, published, title):
    got = shows_of(extractor, text, published=published)
    assert got[title].get("premiere") is None


def test_a_network_name_that_ends_a_persons_name_is_the_persons(extractor):
    text = (
        "Glass Harbor renewed for season 3\n\n"
        "Glass Harbor, which brought Daniel Reed and Nora Fox back to the city, has been "
        "renewed for a third season."
    )
    assert networks_of(extractor, text)["Glass Harbor"] is None
    named = text.replace("has been renewed", "has been renewed by Fox")
    assert networks_of(extractor, named)["Glass Harbor"] == "Fox"
