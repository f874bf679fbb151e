"""Session 11: phrasings found missing by our own probes (sentences and shows invented)."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of, statuses, triple

from knowsofar.extract.dates import dateline


def test_a_numbered_verdict_line_takes_its_season_from_its_section(extractor) -> None:
    text = (
        "Renewed or canceled? Three verdicts\n\n"
        "1. Harbor Nine (CBS): canceled. The medical drama lasts one season.\n\n"
        "2. Copper Kettle (NBC): renewed. The comedy will be back for a third season."
    )
    assert statuses(extractor, text) == {
        triple("Harbor Nine", 2, "canceled"),
        triple("Copper Kettle", 3, "renewed"),
    }


def test_a_byline_date_with_a_time_dates_the_article() -> None:
    head = "Renewed or canceled?\n\nThe verdicts\n\nBy Jo Lee | May 25, 2010, 10:30 AM ET\n\nText"
    assert dateline(head) == "2010-05-25"
    assert dateline("Headline\n\nBy Jo Lee | 6 March 2018 at 9:15\n\nText") == "2018-03-06"


def test_a_verdict_line_of_a_show_that_began_this_season_is_its_second(extractor) -> None:
    text = (
        "Renewed or canceled? Where the rookies stand\n\n"
        "By Jo Lee | May 25, 2010, 10:30 AM ET\n\n"
        "Night Ward (NBC): canceled. The nursing drama, which premiered in September 2009, "
        "is done."
    )
    assert statuses(extractor, text) == {triple("Night Ward", 2, "canceled")}


def test_category_entries_with_their_own_paragraph(extractor) -> None:
    text = (
        "How four series fared at the upfronts\n\n"
        "By Jo Lee | May 22, 2006\n\n"
        "Four shows, sorted by verdict:\n\n"
        "RENEWED\n\n"
        "Copper Kettle (Fox) - Fox will keep the family sitcom, in which Dana Reyes plays "
        "Gail Moss, for a second season.\n\n"
        "ENDED\n\n"
        "Those '90s Kids (Fox) - The period sitcom wrapped up last week with its eighth "
        "season, which had been announced as its last."
    )
    got = shows_of(extractor, text)
    assert "RENEWED" not in got and "ENDED" not in got
    assert statuses(extractor, text) == {
        triple("Copper Kettle", 2, "renewed"),
        triple("Those '90s Kids", 8, "ended"),
    }


def test_names_described_as_shows_in_a_network_by_network_roundup(extractor) -> None:
    text = (
        "The freshman shows that won't be back, network by network\n\n"
        "By Jo Lee | May 26, 2006\n\n"
        "ABC. The network passed on Glass Harbor, which premiered in September 2005 with "
        "Dana Reyes as Gail Moss.\n\n"
        "NBC. The peacock is done with Tin Star, its frontier thriller, after one season. "
        "The network had already pulled the fertility-clinic drama Seed Money after two "
        "episodes.\n\n"
        "Fox. Lost Causes, in which Omar Bell played Jason Pike, was a quick failure."
    )
    got = shows_of(extractor, text)
    assert {"Glass Harbor", "Tin Star", "Seed Money", "Lost Causes"} <= set(got)
    assert {triple("Tin Star", 2, "canceled"), triple("Seed Money", 2, "canceled")} <= (
        statuses(extractor, text)
    )


def test_a_film_in_which_someone_played_is_no_show(extractor) -> None:
    text = (
        "Palace Walls season 6: what we know\n\n"
        "Netflix has confirmed that Palace Walls will end with its sixth season. The writer "
        "also made the 2006 film The Duchess, in which Helen Ward played the queen."
    )
    assert "The Duchess" not in shows_of(extractor, text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Amazon confirmed that the show would be back for a second run.",
            {triple("Lantern Row", 2, "renewed")},
        ),
        (
            "Amazon said in March that Lantern Row would not return for a second season.",
            {triple("Lantern Row", 2, "canceled")},
        ),
        ("Fans hope that Lantern Row would return for a second season.", set()),
    ],
)
def test_a_decision_reported_with_would(extractor, sentence: str, expected: set) -> None:
    text = f"Lantern Row season 2 news\n\nLantern Row is Amazon's spy comedy. {sentence}"
    assert statuses(extractor, text) == expected


def test_a_renewal_that_would_need_something_is_a_what_if(extractor) -> None:
    text = (
        "Lantern Row season 2: still waiting\n\n"
        "TNT has not yet decided whether to order a second season of Lantern Row. "
        "A renewal would probably need a lower budget."
    )
    assert statuses(extractor, text) == {triple("Lantern Row", 2, "pending")}


def test_no_word_beyond_this_season_is_the_next_one_pending(extractor) -> None:
    text = (
        "Lantern Row returns for season 2: everything we know\n\n"
        "Lantern Row returns to Prime Video next Friday.\n\n"
        "Will there be a season 3?\n\n"
        "Amazon has made no announcement about the show's future beyond this season."
    )
    assert triple("Lantern Row", 3, "pending") in statuses(extractor, text)


def test_a_title_with_a_comma(extractor) -> None:
    text = (
        "Where four dramas stand\n\n"
        "Goodnight, Marigold (CBS)\n\n"
        "After twelve seasons, CBS has closed the book on Goodnight, Marigold. There will be "
        "no thirteenth season."
    )
    assert statuses(extractor, text) == {triple("Goodnight, Marigold", 13, "canceled")}


def test_a_list_of_two_shows_is_no_comma_title(extractor) -> None:
    text = (
        "Netflix renews Ridgeback, Tin Star and Lowtide\n\n"
        "Netflix has renewed Ridgeback, Tin Star and Lowtide. Ridgeback, Tin Star and "
        "Lowtide all return next year."
    )
    assert "Ridgeback, Tin Star" not in shows_of(extractor, text)


def test_the_programmes_presenter_is_a_person_not_a_show(extractor) -> None:
    text = (
        "The Bulletin series 3: undecided\n\n"
        "BBC Two has not decided on a third series of The Bulletin. Dominic Hale is Hector "
        "Madden, the programme's charming presenter, and Ruth Vane plays Lix Storm."
    )
    got = shows_of(extractor, text)
    assert set(got) == {"The Bulletin"}
    pairs = {(c["actor"], c["character"]) for c in got["The Bulletin"]["cast"]}
    assert ("Dominic Hale", "Hector Madden") in pairs


def test_a_studio_is_no_show(extractor) -> None:
    text = (
        "Is Pine Hollow coming back for season 3?\n\n"
        "Pine Hollow is ending, and its second season will be its last. Disney has not "
        "canceled the show; the creator chose to finish the story. Jason Ford voices "
        "Dipper Lane."
    )
    got = shows_of(extractor, text)
    assert "Disney" not in got
    assert statuses(extractor, text) == {triple("Pine Hollow", 2, "ended")}


def test_the_remaining_episodes_of_a_season_on_the_air_are_no_renewal(extractor) -> None:
    text = (
        "Pine Hollow season 2 will be its last\n\n"
        "Pine Hollow is ending, and its second season will be its last. The remaining "
        "episodes will air on Disney XD, which has been the home of the second season."
    )
    assert statuses(extractor, text) == {triple("Pine Hollow", 2, "ended")}


def test_a_season_that_has_been_made(extractor) -> None:
    text = (
        "Walk-Ons series two: everything we know\n\n"
        "Is Walk-Ons coming back?\n\n"
        "Yes. A second series has been made and is due on BBC Two in the autumn."
    )
    assert statuses(extractor, text) == {triple("Walk-Ons", 2, "renewed")}


@pytest.mark.parametrize(
    "sentence",
    [
        "ABC pulled the romantic comedy after a single episode.",
        "The romantic comedy premiered in January 2006 and was pulled after a single episode.",
    ],
)
def test_a_show_pulled_after_an_episode_or_two(extractor, sentence: str) -> None:
    text = f"One-and-done comedies\n\nPaper Hearts (ABC)\n\n{sentence}"
    assert statuses(extractor, text) == {triple("Paper Hearts", 2, "canceled")}


def test_a_season_that_has_finished_is_no_renewal_and_not_another_shows(extractor) -> None:
    text = (
        "The Bulletin's future hangs in the balance\n\n"
        "The second series of The Bulletin has finished on BBC Two. A decision on a third "
        "series has not been made. It was recommissioned for a second run in 2011."
    )
    assert statuses(extractor, text) == {triple("The Bulletin", 3, "pending")}
    roundup = (
        "Saltmarsh recommissioned\n\n"
        "ITV has recommissioned Saltmarsh for a fourth series. Series 3 finished last month.\n\n"
        "And Sky has yet to decide the future of its thriller The Redfield Pact, whose second "
        "series wrapped up last week. A decision on series 3 is expected in the new year."
    )
    assert triple("The Redfield Pact", 3, "pending") in statuses(extractor, roundup)


@pytest.mark.parametrize(
    "sentence",
    [
        "Abi Lane's drama about a newsroom in the 1950s began in July 2011.",
        "HBO's Hollywood comedy, which began in July 2011, was given a final season.",
    ],
)
def test_a_premiere_told_with_began_after_a_makers_or_networks_show(
    extractor, sentence: str
) -> None:
    got = shows_of(extractor, f"The Newsroom Hour series 3\n\nThe Newsroom Hour news. {sentence}")
    assert got["The Newsroom Hour"]["premiere"] == "2011-07"


def test_a_show_used_as_a_modifier_does_not_take_the_topic(extractor) -> None:
    text = (
        "Disney Channel won't bring Kid Meets Town back for season 4\n\n"
        "Kid Meets Town is done. Disney Channel has decided not to order a fourth season of "
        "the comedy, a follow-up to the 1990s hit Boy Meets Town.\n\n"
        "The girls' circle included Corey Vale as Farkle Minkus, whose father was a Boy "
        "Meets Town character. August Moore played Riley's little brother, Auggie Mills."
    )
    got = shows_of(extractor, text)
    pairs = {(c["actor"], c["character"]) for c in got["Kid Meets Town"]["cast"]}
    assert ("August Moore", "Auggie Mills") in pairs


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the season itself, not the one after it
        ("Paramount+ is not moving forward with season four of the comedy.", 4),
        ("Paramount+ will not move forward with season four of the comedy.", 4),
    ],
)
def test_going_forward_with_a_season_is_that_season(
    extractor, sentence: str, expected: int
) -> None:
    text = f"Lantern Row news\n\nLantern Row is a comedy. {sentence}"
    assert statuses(extractor, text) == {triple("Lantern Row", expected, "canceled")}


def test_a_roundup_of_shows_that_never_got_a_second_season(extractor) -> None:
    text = (
        "One and done: five dramas that never got a second season\n\n"
        "Some shows deserve a longer life.\n\n"
        "By Jo Lee | October 5, 2011\n\n"
        "Here are five that were cut off early.\n\n"
        "Twin Oaks (The WB)\n\n"
        "This political family saga premiered in September 2004. The WB canceled it in the "
        "spring of 2005.\n\n"
        "Drift Line (NBC)\n\n"
        "NBC premiered the series in September 2007 but never brought it back for a second "
        "run.\n\n"
        "Salt Flats (HBO)\n\n"
        "The strangest entry began in June 2007. HBO ended it after ten episodes."
    )
    assert statuses(extractor, text) == {
        triple("Twin Oaks", 2, "canceled"),
        triple("Drift Line", 2, "canceled"),
        triple("Salt Flats", 2, "canceled"),
    }


def test_an_ending_the_makers_chose(extractor) -> None:
    text = (
        "Four shows that ended on their own terms\n\n"
        "Most endings are decided in a boardroom. Here are two that did it their way.\n\n"
        "The Kell Hour\n\n"
        "Nick Kell's sketch series started on Comedy Central in January 2013. Kell chose to "
        "stop after a third season.\n\n"
        "Summer Rain\n\n"
        "The BBC's gentlest comedy began in 1973. BBC One concluded the show with its 31st "
        "series in 2010."
    )
    assert statuses(extractor, text) == {
        triple("The Kell Hour", 3, "ended"),
        triple("Summer Rain", 31, "ended"),
    }


def test_the_bodys_opening_says_the_cuts_are_first_year_shows(extractor) -> None:
    text = (
        "ABC clears the decks: Paper Hearts and Night Kitchen axed\n\n"
        "By Jo Lee | May 13, 2014\n\n"
        "ABC went into its upfront on Tuesday. Among the first-year series that are "
        "finished are the two below.\n\n"
        "Paper Hearts will not return either. Dana Reyes starred as Gail Moss.\n\n"
        "Night Kitchen, which told the story of one night in a bar, has also been scrapped."
    )
    assert statuses(extractor, text) == {
        triple("Paper Hearts", 2, "canceled"),
        triple("Night Kitchen", 2, "canceled"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Fox has pulled the plug for good. A third year is not happening.",
        "A third season isn't happening.",
    ],
)
def test_a_season_that_is_not_happening(extractor, sentence: str) -> None:
    text = f"Lantern Row news\n\nLantern Row is a Fox comedy in its second season. {sentence}"
    assert statuses(extractor, text) == {triple("Lantern Row", 3, "canceled")}


def test_a_show_pulled_after_two_episodes_in_a_month(extractor) -> None:
    text = (
        "Renewed or canceled?\n\nPaper Hearts (ABC)\n\n"
        "Status: Canceled. ABC pulled the comedy after just two episodes in January."
    )
    assert statuses(extractor, text) == {triple("Paper Hearts", 2, "canceled")}


@pytest.mark.parametrize(
    ("text", "network"),
    [
        (
            "Night Desk renewed\n\nUSA Network has renewed Night Desk for a third season.",
            "USA Network",
        ),
        (
            "Night Desk renewed\n\nThe channel USA has renewed Night Desk for a third season.",
            "USA",
        ),
    ],
)
def test_a_fuller_network_name_is_printed_as_written(extractor, text: str, network: str) -> None:
    assert shows_of(extractor, text)["Night Desk"]["network"] == network


def test_a_network_by_network_roundup_with_it_and_finished(extractor) -> None:
    text = (
        "Upfronts 2008: every freshman series the networks sent home\n\n"
        "ABC axed two comedies that launched last fall. Cave Folk, the sitcom built out of "
        "a series of commercials, premiered in October 2007 and disappeared within weeks; "
        "it will not be back. Car Pool, which starred Jerry Vale as a commuter, is also "
        "finished.\n\n"
        "Fox is not moving forward with Milford's Law. The legal drama premiered in March "
        "2008."
    )
    assert statuses(extractor, text) == {
        triple("Cave Folk", 2, "canceled"),
        triple("Car Pool", 2, "canceled"),
        triple("Milford's Law", 2, "canceled"),
    }


def test_names_that_are_no_shows_in_headlines_and_furniture(extractor) -> None:
    covert = (
        "Safe House won't return: USA Network ends Annie Walker's missions after five "
        "seasons\n\nUSA Network is not moving forward with a sixth season of Safe House.\n\n"
        "Newsletter: Get the week's renewals and cancellations every Friday."
    )
    assert set(shows_of(extractor, covert)) == {"Safe House"}
    boss = (
        "Is Mayor coming back? Starz still weighing a third season of Kelsey Grammer's "
        "Chicago drama\n\nSeason two of Mayor wrapped up on Friday. Kelsey Grammer won a "
        "Golden Globe for playing Tom Kane."
    )
    assert set(shows_of(extractor, boss)) == {"Mayor"}


def test_a_show_that_will_close_with_its_last_season(extractor) -> None:
    text = (
        "Harbor Empire heads into its closing chapter\n\n"
        "Harbor Empire will close with its fifth season, just eight episodes long."
    )
    assert statuses(extractor, text) == {triple("Harbor Empire", 5, "ended")}
    doors = "Tin Town Will Close Its Doors After Five Seasons\n\nCBC has canceled Tin Town."
    assert triple("Tin Town", 5, "ended") not in statuses(extractor, doors)


def test_a_title_that_opens_like_a_networks_label(extractor) -> None:
    # "Space" is a network's name too; the article names the whole title again
    text = (
        "Space: Beyond the Wall waits on Fox as its first season winds down\n\n"
        "The people behind Space: Beyond the Wall still do not know. Fox has made no "
        "decision on a second season of the science fiction drama."
    )
    assert statuses(extractor, text) == {triple("Space: Beyond the Wall", 2, "pending")}


def test_titles_shaped_like_sister_sister_and_seaquest(extractor) -> None:
    text = (
        "Twin, Twin lands at The WB\n\n"
        "Twin, Twin, the comedy about identical sisters, has been picked up by The WB for a "
        "third season. Twin, Twin first arrived on ABC in April 1994."
    )
    assert statuses(extractor, text) == {triple("Twin, Twin", 3, "renewed")}
    sea = (
        "NBC orders a third season of subQuest DSV\n\n"
        "The network has renewed subQuest DSV for a third season."
    )
    assert statuses(extractor, sea) == {triple("subQuest DSV", 3, "renewed")}


def test_a_network_that_launched_is_no_premiere(extractor) -> None:
    text = (
        "Twin, Twin lands at The WB\n\n"
        "Twin, Twin has been picked up by The WB for a third season. The move gives the "
        "young network, which launched in January, a family comedy. Twin, Twin first "
        "arrived on ABC in April 1994."
    )
    assert shows_of(extractor, text)["Twin, Twin"]["premiere"] == "1994-04"


def test_a_season_cut_short_is_one_that_aired(extractor) -> None:
    text = (
        "CBS sinks Fin after two seasons\n\n"
        "There will be no third season of Fin. Fin was renewed last May before being "
        "canceled this month, and in between its second season was cut short by the strike."
    )
    assert statuses(extractor, text) == {triple("Fin", 3, "canceled")}


def test_one_and_done_counts_one_season(extractor) -> None:
    text = (
        "Three sitcoms, three fates\n\n"
        "STARK LIGHTS\nStatus: canceled\n\n"
        "One and done. NBC will not bring back Stark Lights, the comedy with Tony Vale."
    )
    assert statuses(extractor, text) == {triple("Stark Lights", 2, "canceled")}


def test_a_hedge_holds_only_its_own_verb(extractor) -> None:
    told = (
        "Corner Block season 4: what we know\n\n"
        "Netflix announced in January that the comedy would return for season 4, and in "
        "the same breath said the fourth season would close the story."
    )
    assert statuses(extractor, told) == {triple("Corner Block", 4, "ended")}
    wished = (
        "Corner Block canceled\n\n"
        "HBO canceled Corner Block after four seasons. The writers had hoped to wrap up the "
        "story with a fifth and final season."
    )
    assert statuses(extractor, wished) == {triple("Corner Block", 5, "canceled")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A broadcast date for series 8 has not been confirmed.",
        "Netflix has not confirmed an episode count for the follow-up.",
    ],
)
def test_a_detail_not_confirmed_is_no_pending_season(extractor, sentence: str) -> None:
    text = f"Fair Isle Series 8: the new detective\n\nBBC One has ordered series 8. {sentence}"
    assert statuses(extractor, text) == {triple("Fair Isle", 8, "renewed")}


def test_a_batch_that_will_bring_the_show_to_a_finish(extractor) -> None:
    text = (
        "Room Nine series 9: everything we know\n\n"
        "Room Nine has been confirmed for a ninth run, and its two creators have said that "
        "this batch will bring the show to a finish."
    )
    assert statuses(extractor, text) == {triple("Room Nine", 9, "ended")}


def test_a_season_locked_in_from_the_start(extractor) -> None:
    text = (
        "Nurse Vale Season 2: what we know\n\n"
        "Netflix committed to two seasons of Nurse Vale back in 2017, so a second season "
        "was locked in from the start."
    )
    assert statuses(extractor, text) == {triple("Nurse Vale", 2, "renewed")}


def test_common_words_decided_on_and_described_make_a_title(extractor) -> None:
    text = (
        "HBO axes Here and Now after a single season\n\n"
        "HBO has canceled Here and Now, the family drama from Alan Vale, after one season."
    )
    assert statuses(extractor, text) == {triple("Here and Now", 2, "canceled")}


def test_a_show_that_has_signed_off(extractor) -> None:
    text = (
        "Goodbye, Cyprus Hall: where Greek left its students\n\n"
        "Greek has signed off. The ABC Family comedy-drama ended with its fourth season "
        "this month."
    )
    assert statuses(extractor, text) == {triple("Greek", 4, "ended")}


def test_a_comma_title_opening_with_an_abbreviation(extractor) -> None:
    text = (
        "CBS closes the book on Dr. Vance, Frontier Healer\n\n"
        "CBS has canceled Dr. Vance, Frontier Healer, and the western will not return for "
        "a seventh season."
    )
    assert statuses(extractor, text) == {triple("Dr. Vance, Frontier Healer", 7, "canceled")}


def test_sky_one_is_printed_as_written(extractor) -> None:
    text = (
        "A Witch's Almanac series 2\n\nSky One has ordered a second series of A Witch's "
        "Almanac. The first series launched on Sky One in September 2018."
    )
    assert shows_of(extractor, text)["A Witch's Almanac"]["network"] == "Sky One"


def test_capitals_headings_over_a_bare_verdict_sentence(extractor) -> None:
    text = (
        "The upfront scorecard: two comedies stay, one soap checks out\n\n"
        "By Hal Penn | May 26, 1995\n\n"
        "STEEL TOWN (ABC)\n"
        "Renewed. The network has given the blue-collar comedy a third season.\n\n"
        "HANGIN' WITH MR. PIKE (ABC)\n"
        "Coming back. The Oakland comedy will return for a fourth year.\n\n"
        "RUNWAY INC. (FOX)\n"
        "Canceled. The spin-off will not return after one season."
    )
    assert statuses(extractor, text) == {
        triple("STEEL TOWN", 3, "renewed"),
        triple("HANGIN' WITH MR. PIKE", 4, "renewed"),
        triple("RUNWAY INC.", 2, "canceled"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ninth series of Loch Row, the comedy about two pensioners in a crumbling "
            "Glasgow high-rise, will be the last, its creators have confirmed.",
            triple("Loch Row", 9, "ended"),
        ),
        (
            "Will there be a tenth series? Channel 4 has not made a call on a tenth series.",
            triple("Loch Row", 10, "pending"),
        ),
        (
            "Channel 4 decided the following spring that there would be no tenth series.",
            triple("Loch Row", 10, "canceled"),
        ),
        ("It was never given a tenth series either.", triple("Loch Row", 10, "canceled")),
    ],
)
def test_more_status_phrasings(extractor, sentence: str, expected: tuple) -> None:
    text = f"Loch Row news\n\nLoch Row is a Channel 4 comedy. {sentence}"
    assert statuses(extractor, text) == {expected}


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "One and done\n\nJohn Roe (Fox)\n\nFox launched the mystery in September 2002.",
            "John Roe",
            "2002-09",
        ),
        (
            "Absolutely Fab series two\n\nBBC Two has ordered a second series of Absolutely "
            "Fab. Series one started on BBC Two in November 1992.",
            "Absolutely Fab",
            "1992-11",
        ),
    ],
)
def test_more_series_premiere_phrasings(extractor, text: str, title: str, date: str) -> None:
    assert shows_of(extractor, text)[title]["premiere"] == date


def test_the_articles_season_dates_the_premiere_when_the_series_start_is_not_given(
    extractor,
) -> None:
    text = (
        "Uptown season 2: everything we know so far\n\n"
        "By Tam Dela | January 10, 2023\n\n"
        "Prime Video picked up Uptown for a second season. The second season arrives on "
        "Prime Video in February."
    )
    show = shows_of(extractor, text)["Uptown"]
    assert (show["premiere"], show["premiere_season"]) == ("2023-02", 2)
    started = text + " The show first premiered in December 2021."
    assert shows_of(extractor, started)["Uptown"]["premiere"] == "2021-12"


def test_a_run_counted_before_the_decision_in_its_section(extractor) -> None:
    text = (
        "Five shows not coming back\n\n"
        "Here, in brief, are five shows that will not be back in the fall.\n\n"
        "Night Ward\n\n"
        "Seven seasons of hospital drama were enough for NBC. The network has axed Night "
        "Ward.\n\n"
        "The Learning Curve\n\n"
        "One year was all CBS gave it. The network has axed The Learning Curve, which "
        "starred Richard Dane as Max Vale."
    )
    assert statuses(extractor, text) == {
        triple("Night Ward", 8, "canceled"),
        triple("The Learning Curve", 2, "canceled"),
    }
