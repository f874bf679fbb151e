"""Networks (aliases, roles, moves) and dates (premieres, decision dates, relative
dates, datelines) from our own sentences."""

from __future__ import annotations

import pytest

from knowsofar.claims import Document
from knowsofar.extract.dates import add_interval, dateline, find_dates, resolve_relative
from knowsofar.extract.networks import canonical_network, find_networks


def contract(extractor, text: str, **kw) -> dict[str, dict]:
    out = extractor.extract(Document(text=text, **kw)).to_contract()
    return {s["title"]: s for s in out["shows"]}


@pytest.mark.parametrize(
    "alias,name",
    [
        ("Apple TV Plus", "Apple TV+"),
        ("Disney Plus", "Disney+"),
        ("Paramount Plus", "Paramount+"),
        ("Amazon Prime Video", "Prime Video"),
        ("the CW", "The CW"),
        ("FOX", "Fox"),
        ("BBC One", "BBC One"),
        ("Channel 4", "Channel 4"),
    ],
)
def test_aliases(alias, name):
    assert canonical_network(alias) == name


def test_roles():
    text = (
        "The drama moved over from CBS after one season and is now a Paramount+ "
        "original. Netflix's new thriller premieres Friday. Produced by CBS Studios. "
        "Photo: Jane Doe/Hulu"
    )
    roles = [(n.network, n.role) for n in find_networks(text)]
    assert ("CBS", "from") in roles
    assert ("Paramount+", "owner") in roles
    assert ("Netflix", "owner") in roles
    assert len([r for r in roles if r[0] == "CBS"]) == 1  # "CBS Studios" is a studio
    assert all(r[0] != "Hulu" for r in roles)  # photo credit


@pytest.mark.parametrize(
    "text,title,network",
    [
        ("Paramount+ has renewed Evil for a fourth season.", "Evil", "Paramount+"),
        ("Netflix's Russian Doll is back for a second season.", "Russian Doll", "Netflix"),
        (
            "The BBC America spy drama Killing Eve will end with its fourth season.",
            "Killing Eve",
            "BBC America",
        ),
        ("Apple TV Plus renews Ted Lasso for a second season.", "Ted Lasso", "Apple TV+"),
        ("HBO Max has picked up Doom Patrol for a third season.", "Doom Patrol", "HBO Max"),
    ],
)
def test_network_of_a_show(extractor, text, title, network):
    assert contract(extractor, text)[title]["network"] == network


@pytest.mark.parametrize(
    "text,title,network",
    [
        (
            "Lucifer has been picked up by Netflix for a fourth season after Fox canceled it "
            "in May.",
            "Lucifer",
            "Netflix",
        ),
        (
            "Brooklyn Nine-Nine was cancelled by Fox, then NBC saved it with a sixth season "
            "order. Brooklyn Nine-Nine will air on NBC from January.",
            "Brooklyn Nine-Nine",
            "NBC",
        ),
        (
            "The Expanse is moving to Amazon for its fourth season after Syfy cancelled the "
            "space drama.",
            "The Expanse",
            "Amazon",
        ),
        (
            "Manifest won't air on NBC again: the drama is moving to Netflix for its fourth "
            "and final season.",
            "Manifest",
            "Netflix",
        ),
    ],
)
def test_network_moves(extractor, text, title, network):
    assert contract(extractor, text)[title]["network"] == network


def test_roundup_of_one_network(extractor):
    text = (
        "NBC cancels three comedies\n\n"
        "NBC has cancelled Kenan after two seasons. The network also cancelled "
        "'Grand Rapids' and 'Mr. Mayor' after their first and second seasons "
        "respectively."
    )
    shows = contract(extractor, text)
    assert shows["Grand Rapids"]["network"] == "NBC"
    assert shows["Kenan"]["network"] == "NBC"


@pytest.mark.parametrize(
    "text,title,premiere",
    [
        (
            "Shadowlands premiered on Netflix on March 3, 2021 and was cancelled a year later.",
            "Shadowlands",
            "2021-03-03",
        ),
        (
            "Atypical has drawn praise since premiering in August 2017. Netflix renewed "
            "Atypical for a fourth and final season.",
            "Atypical",
            "2017-08",
        ),
        (
            "The first season of Russian Doll, starring Natasha Lyonne, premiered on Netflix "
            "on February 1, 2019.",
            "Russian Doll",
            "2019-02-01",
        ),
        (
            "Shadow and Bone premiered in 2021. Netflix axed Shadow and Bone after two seasons.",
            "Shadow and Bone",
            "2021",
        ),
    ],
)
def test_series_premiere(extractor, text, title, premiere):
    assert contract(extractor, text)[title]["premiere"] == premiere


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Netflix renewed Atypical for a fourth season. Its third season, which premiered "
            "in November 2019, was the best reviewed.",
            "Atypical",
        ),
        (
            "Good Girls was canceled after four seasons; the midseason premiere aired on "
            "March 7, 2021.",
            "Good Girls",
        ),
    ],
)
def test_not_the_series_premiere(extractor, text, title):
    assert contract(extractor, text)[title]["premiere"] is None


def test_the_coming_seasons_date_stands_in_for_the_premiere_and_says_so(extractor):
    text = "Netflix renewed Ozark for a fourth season, which will premiere on January 21, 2022."
    show = contract(extractor, text)["Ozark"]
    assert (show["premiere"], show["premiere_season"]) == ("2022-01-21", 4)


def test_yearless_premiere_uses_the_published_date(extractor):
    text = "Peacock has canceled Teacup after one season. Teacup premiered on Oct. 10."
    shows = contract(extractor, text, published="2025-01-18")
    assert shows["Teacup"]["premiere"] == "2024-10-10"
    # Without a date the article speaks for, a yearless date is not guessed.
    assert contract(extractor, text)["Teacup"]["premiere"] is None


def test_dateline_is_the_documents_date(extractor):
    text = (
        "Published: 2023-06-16\n\nNBC has cancelled Grand Rapids after two seasons. "
        "The network made the call last week."
    )
    assert dateline(text) == "2023-06-16"


def test_decision_a_month_after_release(extractor):
    text = (
        "Spinning Out Season 2: What We Know\n\n"
        "Spinning Out was released on January 1, 2020. Netflix canceled the show just a "
        "month after it released."
    )
    ex = extractor.extract(Document(text=text))
    (claim,) = [c for c in ex.claims if c.kind == "season_status"]
    assert (claim.season, claim.value["status"], claim.event_date) == (2, "canceled", "2020-02")


def test_relative_decision_dates(extractor):
    text = "NBC cancelled Grand Rapids last week, after two seasons."
    ex = extractor.extract(Document(text=text, published="2023-06-16"))
    (claim,) = [c for c in ex.claims if c.kind == "season_status"]
    assert claim.event_date == "2023-06-09"


@pytest.mark.parametrize(
    "phrase,reference,prefer,expected",
    [
        ("last week", "2023-06-16", "past", "2023-06-09"),
        ("two months ago", "2023-06-16", "past", "2023-04"),
        ("earlier this year", "2023-06-16", "past", "2023"),
        ("in November", "2025-01-18", "past", "2024-11"),
        ("in February", "2022-01-11", "future", "2022-02"),
        ("last year", "2023-06-16", "past", "2022"),
    ],
)
def test_resolve_relative(phrase, reference, prefer, expected):
    assert resolve_relative(phrase, reference, prefer) == expected


@pytest.mark.parametrize(
    "text,value",
    [
        ("on January 1, 2020", "2020-01-01"),
        ("on 3 September 2021", "2021-09-03"),
        ("in August 2017", "2017-08"),
        ("since 2019", "2019"),
        ("on 2023-05-09", "2023-05-09"),
    ],
)
def test_absolute_dates(text, value):
    (found,) = find_dates(text)
    assert found.value == value


def test_add_interval():
    assert add_interval("2020-01-01", 1, "month") == "2020-02"
    assert add_interval("2020-01-01", 2, "weeks") == "2020-01-15"
    assert add_interval("2020", 1, "year") == "2021"


def test_details_genre_episodes_trailer(extractor):
    text = (
        "Netflix has renewed the fantasy drama Shadowlands for a second season. "
        "The second season will have eight episodes. Watch the trailer for season 2: "
        "https://video.example/shadowlands-trailer"
    )
    ex = extractor.extract(Document(text=text))
    kinds = {(c.kind, str(sorted(c.value.items()))) for c in ex.claims}
    assert ("episode_count", str([("count", 8)])) in kinds
    assert any(c.kind == "genre" and c.value["genre"] in ("drama", "fantasy") for c in ex.claims)
    assert any(
        c.kind == "trailer" and c.value["url"].startswith("https://video.example")
        for c in ex.claims
    )


def test_the_streamer_stands_for_the_network_named_before(extractor):
    text = (
        "NBC renewed Mill Pond for a third season on Monday. Hulu, meanwhile, canceled "
        "Dry Creek after one season. The Disney-owned streamer also canceled Harlow "
        "Street after two seasons."
    )
    nets = contract(extractor, text)
    assert nets["Harlow Street"]["network"] == "Hulu"


def test_a_broader_name_counts_for_the_precise_one(extractor):
    text = (
        "BBC axes Harlow Street after two series\n\n"
        "Crime drama Harlow Street has been axed by BBC One after two series."
    )
    assert contract(extractor, text)["Harlow Street"]["network"] == "BBC One"


@pytest.mark.parametrize(
    "line",
    [
        "By Staff Writer | May 6, 2025",
        "LEEDS, May 6, 2025 —",
        "Posted by Jo Lee, Tuesday, May 6, 2025",
    ],
)
def test_a_byline_dates_the_article(line):
    from knowsofar.extract.dates import dateline

    assert (
        dateline(f"Harlow Street canceled\n\n{line}\n\nFox has canceled the show.") == "2025-05-06"
    )


def test_a_date_inside_a_sentence_is_not_a_dateline():
    from knowsofar.extract.dates import dateline

    assert dateline("Fox said on May 6, 2025 that the show would end.") is None


@pytest.mark.parametrize(
    "phrase, prefer, expected",
    [
        ("this Friday", "future", "2025-09-05"),
        ("next Monday", "future", "2025-09-08"),
        ("two weeks from today", "future", "2025-09-15"),
        ("tomorrow", "future", "2025-09-02"),
        ("on Friday", "future", "2025-09-05"),
        ("on Friday", "past", "2025-08-29"),
        ("last Wednesday", "past", "2025-08-27"),
    ],
)
def test_weekdays_and_days_ahead(phrase, prefer, expected):
    from knowsofar.extract.dates import find_dates

    found = find_dates(phrase, "2025-09-01", prefer=prefer)
    assert [d.value for d in found] == [expected]


def test_a_weekday_before_a_date_only_names_it():
    from knowsofar.extract.dates import find_dates

    found = find_dates("drops on Thursday, Sept. 11.", "2025-09-01", prefer="future")
    assert [d.value for d in found] == ["2025-09-11"]


def test_a_new_shows_coming_release_is_its_premiere(extractor):
    text = (
        "Monday, September 1, 2025\n\n"
        "Mill Pond (Hulu): this Friday\n"
        "Hulu's eight-part thriller arrives this Friday with every episode at once. Dana Pike "
        "stars as Ruth Ames, a night nurse who hears from patients long gone.\n\n"
        "Dry Creek (Hulu): next Monday\n"
        "The western returns for its third season on Hulu next Monday. Owen Hart is back as "
        "Sheriff Cal Dunn, and Ada Stone joins as his deputy, Mae Cole.\n"
    )
    shows = contract(extractor, text)
    assert shows["Mill Pond"]["premiere"] == "2025-09-05"
    assert shows.get("Dry Creek", {}).get("premiere") is None


def test_a_novel_released_is_not_the_shows_premiere(extractor):
    text = (
        "Hulu renewed Mill Pond for a second season. The series, adapted from the novel that "
        "was released in 2009, premiered in March 2024."
    )
    assert contract(extractor, text)["Mill Pond"]["premiere"] == "2024-03"


def test_the_first_episodes_debuting_is_the_premiere(extractor):
    text = (
        "Netflix renewed Mill Pond for a second season, weeks after the first eight episodes "
        "debuted on March 21, 2024."
    )
    assert contract(extractor, text)["Mill Pond"]["premiere"] == "2024-03-21"


def test_a_network_opening_a_paragraph_is_its_shows_network(extractor):
    text = (
        "Every cancellation this spring\n\n"
        "Over at CBS, the axe fell twice. Harbor Lights, the legal comedy, will not return "
        "after two seasons, and Dry Creek was canceled after one season.\n\n"
        "At The CW, Mill Pond was canceled after four seasons."
    )
    got = {t: s["network"] for t, s in contract(extractor, text).items()}
    assert got == {"Harbor Lights": "CBS", "Dry Creek": "CBS", "Mill Pond": "The CW"}


def test_a_word_that_is_also_a_streamer_needs_context(extractor):
    text = (
        "The Hero Shelf Is Now Empty: Netflix Cancels Dry Creek\n\n"
        "Netflix has canceled Dry Creek after two seasons."
    )
    assert contract(extractor, text)["Dry Creek"]["network"] == "Netflix"


@pytest.mark.parametrize(
    "phrase,reference,expected",
    [
        ("last summer", "2024-11-05", "2024"),  # this year's summer is over
        ("last summer", "2024-07-05", "2023"),  # this summer is still on
        ("last fall", "2024-05-01", "2023"),
        ("last winter", "2024-05-01", None),  # which year it names is unclear
    ],
)
def test_last_season_of_the_year(phrase, reference, expected):
    assert resolve_relative(phrase, reference) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # printed as the evidence writes it: "USA Network" spelt out, "USA" otherwise
        ("Dry Creek will end with its fourth season, USA Network said on Monday.", "USA Network"),
        ("Farewells\n\nDry Creek (USA)\n\nDry Creek will end with its fourth season.", "USA"),
        ("The final season of Dry Creek premieres on USA this fall.", "USA"),
        # the country is not a network
        ("Dry Creek will end with its fourth season. It was filmed across the USA.", None),
    ],
)
def test_usa_is_a_network_only_where_it_reads_as_one(extractor, text, expected):
    assert contract(extractor, text)["Dry Creek"]["network"] == expected
