"""Which network a show belongs to in roundups and moves, and which date is its series
premiere, from our own sentences (made-up shows, real networks)."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of

from knowsofar.claims import Document
from knowsofar.extract.networks import find_networks


def networks_of(extractor, text: str, **kw) -> dict[str, str | None]:
    return {t: s.get("network") for t, s in shows_of(extractor, text, **kw).items()}


# -- networks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,role",
    [
        ("ABC pulled the plug on Harbor Lights after two seasons.", "decider"),
        ("ITV has recommissioned Mill Pond for a third series.", "decider"),
        ("CBS is also saying goodbye to two of its dramas.", "decider"),
        ("Netflix on Monday canceled Dry Creek after two seasons.", "decider"),
        ("Netflix began clearing out its superhero shows last fall.", "decider"),
        ("The network also closed the book on Dry Creek.", None),
    ],
)
def test_decision_verbs_make_a_network_the_decider(text, role):
    found = [(n.network, n.role) for n in find_networks(text)]
    if role is None:
        assert found == []  # a descriptor with no network named before it stands for none
    else:
        assert found[0][1] == role


def test_a_decision_governs_its_own_clause(extractor):
    text = (
        "Mill Pond recommissioned for series 3 as Channel 4 axes Dry Creek\n\n"
        "ITV has recommissioned Mill Pond, its Suffolk-set crime drama, for a third series.\n\n"
        "Things are gloomier at Channel 4, which has confirmed that Dry Creek has been axed "
        "after two series."
    )
    got = networks_of(extractor, text)
    assert got["Mill Pond"] == "ITV"
    assert got["Dry Creek"] == "Channel 4"


def test_a_paragraph_about_one_network_gives_it_to_its_shows(extractor):
    text = (
        "Every broadcast cancellation this spring\n\n"
        "It was a rough week at The CW. The network canceled Harbor Lights after three "
        "seasons, and Dry Creek, starring Jo Bell as Ann Moss, is done after two seasons.\n\n"
        "ABC pulled the plug on Mill Pond after one season. The network also closed the book "
        "on a long-running drama by design: Copper Lane wraps its seventh and final season."
    )
    got = networks_of(extractor, text)
    assert got["Harbor Lights"] == "The CW"
    assert got["Dry Creek"] == "The CW"
    assert got["Mill Pond"] == "ABC"
    assert got["Copper Lane"] == "ABC"


def test_a_paragraph_naming_two_networks_gives_neither_by_default(extractor):
    text = (
        "Hulu renewed Harbor Lights for a third season. Its creator also made Dry Creek, "
        "which was canceled after two seasons, and the showrunner has a deal at NBC."
    )
    got = networks_of(extractor, text)
    assert got["Harbor Lights"] == "Hulu"
    assert got.get("Dry Creek") != "Hulu"


def test_a_later_paragraphs_network_does_not_reach_back(extractor):
    text = (
        "Netflix renews Mill Pond\n\n"
        "Netflix has renewed Mill Pond for a third season.\n\n"
        "Elsewhere, Harbor Lights was canceled after two seasons.\n\n"
        "It was also a busy week at CBS. The network handed an early order to a comedy pilot."
    )
    got = networks_of(extractor, text)
    assert got["Mill Pond"] == "Netflix"
    assert got.get("Harbor Lights") is None  # neither CBS (later) nor Netflix (Elsewhere)


def test_a_revival_belongs_to_the_network_that_ordered_it(extractor):
    text = (
        "Thursday, September 20, 2018\n\n"
        "Hulu has ordered a fourth season of Mill Pond, reviving the mystery more than ten "
        "years after The CW canceled it following its third season.\n\n"
        "The series premiered on UPN in September 2004 and moved to The CW when the two "
        "networks merged in 2006.\n\n"
        "The showrunner, meanwhile, is also busy with Dry Creek, which The CW has renewed for "
        "a fifth and final season."
    )
    assert networks_of(extractor, text)["Mill Pond"] == "Hulu"


def test_the_renewing_network_beats_where_the_show_streams(extractor):
    text = (
        "FX renewed Mill Pond for a fourth season back in 2024, and the kitchen drama returns "
        "on Hulu this June."
    )
    assert networks_of(extractor, text, published="2025-05-01")["Mill Pond"] == "FX"


def test_the_service_stands_for_the_streamer_named_before():
    text = (
        "Netflix began clearing out its superhero shows last fall. Copper Lane followed a week "
        "later, and in November the service dropped Dry Creek after three seasons."
    )
    found = [(n.network, n.role, n.cancels, n.text) for n in find_networks(text)]
    assert ("Netflix", "decider", True, "the service") in found


# -- premieres --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,published,title,premiere",
    [
        (
            "Netflix has recommissioned Mill Pond for a second series. The first series, six "
            "episodes long, landed on 3 March 2021.",
            "2021-05-01",
            "Mill Pond",
            "2021-03-03",
        ),
        (
            "Netflix has not renewed Mill Pond for a second season yet. All eight episodes "
            "dropped on June 2, 2023, and the streamer usually waits for the numbers.",
            "2023-06-20",
            "Mill Pond",
            "2023-06-02",
        ),
        (
            "HBO renewed Mill Pond for a second season only days after its January 2023 "
            "premiere, and a third season followed this spring.",
            "2025-03-01",
            "Mill Pond",
            "2023-01",
        ),
        (
            "HBO ordered a second season of 'Mill Pond' in August 2022, less than a week "
            "after the series debuted.",
            "2024-05-20",
            "Mill Pond",
            "2022",
        ),
        (
            "AMC renewed Mill Pond for a third season. The series premiered in October 2022 "
            "and anchors a shared universe, which also includes Dry Creek.",
            "2024-06-20",
            "Mill Pond",
            "2022-10",
        ),
        (
            "Netflix renewed Mill Pond for a fourth season. Based on the comics by Jo Bell and "
            "Ann Moss, the show debuted in February 2019 and was a hit.",
            "2024-05-30",
            "Mill Pond",
            "2019-02",
        ),
        (
            "Hulu renewed Mill Pond for a fourth season. The drama has been a hit for the "
            "streamer since its debut in March 2020.",
            "2024-06-01",
            "Mill Pond",
            "2020-03",
        ),
        (
            "BBC One has axed Mill Pond after two series. The thriller drew 5 million viewers "
            "for its opening episode last year but lost half of them over its second run.",
            "2024-11-22",
            "Mill Pond",
            "2023",
        ),
        (
            "Paramount+ ordered Dry Creek, a new series. Cameras roll early next year, and "
            "the streamer is aiming for a fall 2026 premiere.",
            "2025-07-27",
            "Dry Creek",
            "2026",
        ),
    ],
)
def test_series_premiere_phrasings(extractor, text, published, title, premiere):
    assert shows_of(extractor, text, published=published)[title]["premiere"] == premiere


def test_the_series_that_launched_is_the_named_shows(extractor):
    text = (
        "Netflix canceled Harbor Lights after two seasons. In November the service dropped "
        "Dry Creek, the series that launched the whole partnership in April 2015, after "
        "three seasons."
    )
    got = shows_of(extractor, text, published="2019-02-19")
    assert got["Dry Creek"]["premiere"] == "2015-04"
    assert got["Harbor Lights"].get("premiere") is None


@pytest.mark.parametrize(
    "text,published,title",
    [
        # a season's release, however it is worded, is not the series premiere
        (
            "Netflix gave Mill Pond a third season shortly after season 2 arrived, and filming "
            "wrapped earlier this year.",
            "2025-07-10",
            "Mill Pond",
        ),
        # a cancellation is not a release
        (
            "Mill Pond was renewed for a third season. Its spinoff was dropped in May 2023 "
            "after one season.",
            "2023-06-01",
            "Mill Pond",
        ),
        # all the episodes of a later season
        (
            "Mill Pond has not been renewed for a fourth season. All eight episodes dropped on "
            "June 2, 2023.",
            "2023-06-20",
            "Mill Pond",
        ),
        # the opening episode of a later season
        (
            "Hulu renewed Mill Pond for a fifth season. The opening episode of season 4 drew "
            "3 million viewers last year.",
            "2024-11-22",
            "Mill Pond",
        ),
        # a "premiered" dated after the article is a misreading, not a premiere
        (
            "Hulu renewed Mill Pond for a second season. It premiered in March 2026.",
            "2025-01-10",
            "Mill Pond",
        ),
        # a bare year that is the article's own year: past or coming, it cannot tell
        (
            "Netflix ordered Dry Creek, a new series, and is aiming for a 2025 premiere.",
            "2025-03-01",
            "Dry Creek",
        ),
        # a guess about the next season's date
        (
            "Netflix has renewed Mill Pond for a second season. A 2027 premiere looks more "
            "likely than a late-2026 one.",
            "2025-02-10",
            "Mill Pond",
        ),
    ],
)
def test_not_the_series_premiere(extractor, text, published, title):
    assert shows_of(extractor, text, published=published)[title].get("premiere") is None


def test_a_guessed_date_is_no_release_date(extractor):
    text = (
        "Netflix has renewed Mill Pond for a second season. A 2027 premiere looks more likely "
        "than a late-2026 one."
    )
    claims = extractor.extract(Document(text=text, published="2025-02-10")).claims
    assert not [c for c in claims if c.kind in ("release_date", "premiere")]


def test_a_roundup_from_one_network_gives_it_to_the_shows_it_lists(extractor):
    text = (
        "Peacock cancels two shows in one week\n\n"
        "Peacock is trimming its slate. The streamer has canceled Dry Creek after two "
        "seasons.\n\n"
        "'Mill Pond' will not return for a third season either."
    )
    got = networks_of(extractor, text)
    assert got["Dry Creek"] == "Peacock"
    assert got["Mill Pond"] == "Peacock"  # named with no network: the roundup's


def test_title_and_network_headings_and_a_networks_sitcom(extractor):
    text = (
        "Final seasons this spring\n\n"
        "Mill Pond (Hulu)\n"
        "Mill Pond ends with its fourth and final season in April.\n\n"
        "Dry Creek (Starz)\n"
        "Dry Creek wraps up with its third and final season in May.\n\n"
        "The Channel 4 sitcom Harbor Lights has been renewed for a third series."
    )
    got = networks_of(extractor, text)
    assert got == {"Mill Pond": "Hulu", "Dry Creek": "Starz", "Harbor Lights": "Channel 4"}


def test_a_show_another_network_picked_up_belongs_to_the_new_one(extractor):
    text = (
        "Dry Creek was canceled by Fox in May after three seasons. Two weeks later Netflix "
        "picked up Dry Creek for a fourth season."
    )
    shows = shows_of(extractor, text, published="2024-06-01")
    assert shows["Dry Creek"]["network"] == "Netflix"
