"""Season statuses, sixth round, from our own sentences: a season ordered and then scrapped
is canceled wherever the order is told; British "final series" and "the drama's last";
an episode counted within a season is no season ("the eighth and last chapter of the
season"); "Netflix ended X after three seasons"; a new clause's own subject after ", and";
"a fifth season is on the way"; "less than two months after its June 10 premiere";
"has not yet ordered a third"; "the fifth season, due next year, will be the show's last"."""

from __future__ import annotations

import pytest
from extract_helpers import statuses

from knowsofar.claims import Document
from knowsofar.extract.seasons import find_seasons
from knowsofar.extract.titles import norm_title


def claimed(extractor, text: str) -> set[tuple[int | None, str]]:
    """Every season-status claim (season, status), before the contract picks one."""
    return {
        (c.season, c.value["status"])
        for c in extractor.extract(Document(text=text)).claims
        if c.kind == "season_status"
    }


def t(title: str, season: int, status: str) -> tuple[str, int, str]:
    return (norm_title(title), season, status)


SCRAPPED = """Glass Orchard

August 1, 2023

Apple TV+ has canceled Glass Orchard and scrapped the second season it ordered in March.

When Apple TV+ handed out the second-season order, the mystery drama looked like a safe bet.
"""


def test_a_scrapped_season_is_canceled_wherever_its_order_is_told(extractor):
    assert claimed(extractor, SCRAPPED) == {(2, "canceled")}
    assert statuses(extractor, SCRAPPED) == {t("Glass Orchard", 2, "canceled")}


def test_a_scrapped_season_passive(extractor):
    text = (
        "Glass Orchard\n\nAugust 1, 2023\n\nThe second season of Glass Orchard has been "
        "scrapped, Apple TV+ said.\n\nWhen Apple TV+ handed out the second-season order, the "
        "mystery drama looked like a safe bet."
    )
    assert (2, "renewed") not in claimed(extractor, text)


def test_a_scrapped_season_then_reversed_is_renewed(extractor):
    # negative case: the reversal comes after the scrapping and wins
    text = (
        "Glass Orchard\n\nAugust 1, 2023\n\nApple TV+ scrapped the second season of Glass "
        "Orchard in March, then reversed course and ordered it in July."
    )
    assert statuses(extractor, text) == {t("Glass Orchard", 2, "renewed")}


def test_canceling_the_show_keeps_an_earlier_renewal_of_another_season(extractor):
    # negative case: "after two seasons" is not a season's object; season 2's renewal stays
    # on the timeline, but season 2 was released, so the summary lists only the cancellation
    text = (
        "Glass Orchard was renewed for a second season in 2021. In 2023 Apple TV+ canceled "
        "Glass Orchard after two seasons."
    )
    assert (2, "renewed") in claimed(extractor, text)
    assert statuses(extractor, text) == {t("Glass Orchard", 3, "canceled")}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Moor End series 4: when it starts\n\nThe fourth series of Moor End starts on ITV "
            "next Sunday, and its writer has said that it will be the drama's last.",
            {t("Moor End", 4, "ended")},
        ),
        (
            "The third and final series of Moor End begins on BBC One next week.",
            {t("Moor End", 3, "ended")},
        ),
        # negative: a question about the final series asserts nothing
        (
            "Moor End series 3\n\nWill this be the final series of Moor End? Nobody at ITV "
            "will say.",
            set(),
        ),
    ],
)
def test_british_final_series(extractor, text, expected):
    assert statuses(extractor, text) == expected


def test_an_episode_of_the_season_is_no_season(extractor):
    text = (
        "Peak Hollow Season 2 Renewed at HBO\n\nHBO has renewed Peak Hollow for a second "
        "season. The eighth and last chapter of the season arrives on Thursday."
    )
    assert statuses(extractor, text) == {t("Peak Hollow", 2, "renewed")}
    assert all(season != 8 for season, _ in claimed(extractor, text))


@pytest.mark.parametrize(
    "text,numbers",
    [
        ("The eighth and last chapter of the season arrives on Thursday.", []),
        ("The third installment of season 2 airs tonight.", [(2,)]),
        # negative: a chapter that is not said to be part of a season still counts
        ("The show returns for its third and final chapter next year.", [(3,)]),
    ],
)
def test_chapter_of_a_season(text, numbers):
    assert [r.numbers for r in find_seasons(text)] == numbers


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Hulu's Paper Moon premiered in May. Last month Hulu ended Paper Moon after two "
            "seasons.",
            {t("Paper Moon", 3, "canceled")},
        ),
        # negative: a show that ended on its own is no network's cancellation
        (
            "The Lantern Keepers premiered on Netflix in 2019. The Lantern Keepers ended after "
            "two seasons in 2021, and its cast moved on.",
            {t("The Lantern Keepers", 2, "ended")},
        ),
    ],
)
def test_a_network_ended_the_show(extractor, text, expected):
    assert statuses(extractor, text) == expected


def test_a_new_clause_has_its_own_subject(extractor):
    text = (
        "Netflix has renewed Paper Moon for a third season, and several of its older dramas "
        "have been dropped."
    )
    assert statuses(extractor, text) == {t("Paper Moon", 3, "renewed")}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Hulu's Paper Moon premiered in May, and it has been renewed for a second season.",
            {t("Paper Moon", 2, "renewed")},
        ),
        (
            "Netflix picked up Gold Harbor in 2020, and the drama has been renewed for a third "
            "season.",
            {t("Gold Harbor", 3, "renewed")},
        ),
    ],
)
def test_the_same_subject_after_and(extractor, text, expected):
    # negative cases: ", and it" / ", and the drama" keep the show named before
    assert statuses(extractor, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Birch Hollow premiered on Netflix in 2019. Its fourth season arrived in July, and "
            "a fifth season is already on the way.",
            {t("Birch Hollow", 5, "renewed")},
        ),
        # negative: something else on the way, in a season
        (
            "Birch Hollow premiered on Netflix in 2019. Trouble is on the way in the third "
            "season, which arrives in July.",
            set(),
        ),
    ],
)
def test_a_season_on_the_way(extractor, text, expected):
    assert statuses(extractor, text) == expected


def test_dropped_weeks_after_a_dated_premiere(extractor):
    text = (
        "Night Bloom\n\nNetflix's Night Bloom premiered on June 10. Netflix dropped the vampire "
        "drama at the start of August, less than two months after its June 10 premiere."
    )
    assert statuses(extractor, text) == {t("Night Bloom", 2, "canceled")}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Tidewater Season 2: Everything We Know\n\nAmazon's Tidewater is a fantasy drama. "
            "Will there be a third season? Nothing official. Amazon has not yet ordered a third.",
            {t("Tidewater", 3, "pending")},
        ),
        # negative: "a third of" is a share, not a season
        (
            "Amazon's Tidewater is a fantasy drama. Amazon has ordered a third of the episodes "
            "from new writers.",
            set(),
        ),
    ],
)
def test_a_third_left_unsaid(extractor, text, expected):
    assert statuses(extractor, text) == expected


@pytest.mark.parametrize(
    "ending,expected",
    [
        ("will be the show's last.", {t("Void Runners", 5, "ended")}),
        ("will be the show's longest.", set()),  # negative
    ],
)
def test_final_season_after_an_aside(extractor, ending, expected):
    text = (
        "Void Runners premiered on Netflix in 2017. Netflix said in March that the upcoming "
        f"fifth season, due next year, {ending}"
    )
    assert statuses(extractor, text) == expected
