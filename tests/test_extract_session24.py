"""Session 24: titles (a colon title a headline runs on from, a single-quoted comma title,
"How to" and "n" inside names, a role's first name after "the fate of", a magazine, a
section heading over "The Japanese import ..."), statuses ("neither confirmed nor ruled
out", "is coming in the new year", a yes-or-no question and its "Yes.", "whether X gets a
season is something Y has yet to decide", the original of a reboot, "one cancellation"
counted in a headline, a first season told in the past beside an unnumbered cut, a final
season on the air beside "is done") and cast (a description naming a place, a missed
sentence break inside an actor's name); sentences, shows and people invented."""

from __future__ import annotations

from extract_helpers import cast_pairs, shows_of, statuses, triple


def test_a_colon_title_the_headline_runs_on_from_stays_whole(extractor) -> None:
    text = (
        "Comet Run: Meridian heads into its seventh and final season on UPN\n\n"
        "After six years adrift, the crew of the Meridian is nearly home. UPN has made it "
        "official that the season starting this week will be the last for Comet Run: "
        "Meridian.\n\n"
        "Kara Voss returns as Captain Ilse Marden, and Tobin Reyes plays the pilot Ash Corran.\n"
    )
    shows = shows_of(extractor, text)
    assert "Comet Run: Meridian" in shows
    assert triple("Comet Run: Meridian", 7, "ended") in statuses(extractor, text)


def test_a_single_quoted_title_with_a_comma_is_one_name(extractor) -> None:
    text = (
        "CBS Keeps Dale Hollis in the Saddle: 'Porter, Hill Country Marshal' Rides Into a "
        "Fourth Year\n\n"
        "CBS said this week that Porter, Hill Country Marshal is coming back next fall for its "
        "fourth season.\n\n"
        "Dale Hollis stars as Porter, a Hill Country Marshal who settles most arguments with "
        "his fists, and "
        "Mina Bell plays his partner, Roy Tate.\n"
    )
    assert triple("Porter, Hill Country Marshal", 4, "renewed") in statuses(extractor, text)


def test_a_role_s_first_name_after_the_fate_of_is_no_show(extractor) -> None:
    text = (
        "Drift Fleet season 2: what we know\n\n"
        "Drift Fleet closed out its run last week on Disney+.\n\n"
        "Owen Hale stars as Varo Na Dessik, a rogue whose loyalties shift from scene to "
        "scene.\n\n"
        "The finale left a few threads open, including the fate of Varo and the future of "
        "the hidden moon.\n"
    )
    assert set(shows_of(extractor, text)) == {"Drift Fleet"}


def test_neither_confirmed_nor_ruled_out_is_undecided(extractor) -> None:
    text = (
        "Drift Fleet season 2: what we know\n\n"
        "Drift Fleet closed out its eight-episode run last week.\n\n"
        "Will the crew sail again?\n\n"
        "The studio has not said. As of now, more episodes have been neither confirmed nor "
        "ruled out.\n"
    )
    assert triple("Drift Fleet", 2, "pending") in statuses(extractor, text)


def test_a_section_heading_over_an_import_is_a_show(extractor) -> None:
    text = (
        "Who's behind the voices? A guide to two playground favourites\n\n"
        "Here is a quick guide to the performers behind two cartoons.\n\n"
        "Tide Riders\n\n"
        "Nickelodeon's surfing cartoon debuted in 1999. It follows a gang of beach kids.\n\n"
        "- Mara Quill as Otto Breaker, the leader of the group\n"
        "- Dev Amsel as Reggie Breaker, his older sister\n\n"
        "Pocket Beasts\n\n"
        "The Japanese import now runs on Kids' WB, where it anchors Saturday mornings.\n\n"
        "Lena Ortiz voices Kai Ketter, the young trainer. The talking cat Mewl is voiced by "
        "Pat Doran.\n\n"
        "Fans can catch Pocket Beasts: The First Movie on video, and Nickelodeon keeps "
        "promoting Tide Riders.\n"
    )
    shows = shows_of(extractor, text)
    assert {"Tide Riders", "Pocket Beasts"} <= set(shows)
    assert ("Lena Ortiz", "Kai Ketter") in {
        (c["actor"], c["character"]) for c in shows["Pocket Beasts"]["cast"]
    }


def test_a_magazine_is_no_show(extractor) -> None:
    text = (
        "Upfront Week: ABC Gives Betty Another Year\n\n"
        "Plain Jane Ortega (ABC)\n"
        "Good news for fans of Glint magazine: ABC has given the comedy a fourth season.\n\n"
        "The Outfit (CBS)\n"
        "CBS declined to order a fifth season.\n"
    )
    found = statuses(extractor, text)
    assert triple("Plain Jane Ortega", 4, "renewed") in found
    assert not any(t[0] == "glint" for t in found)


def test_a_description_naming_a_place_before_voiced_by(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "The grown-ups matter too. Ramon Breaker, the laid-back dad who runs the Shore "
        "Shack, is voiced by Jon Kessel.",
    )
    assert ("Jon Kessel", "Ramon Breaker") in pairs
    assert ("Jon Kessel", "Shore Shack") not in pairs


def test_how_to_opens_a_title(extractor) -> None:
    text = (
        "How to Get Ahead in Law Will End With Season 4 at ABC\n\n"
        "May 10, 2019\n\n"
        "ABC has picked up How to Get Ahead in Law for a fourth season, and the network confirmed "
        "that it will be the last one for the legal thriller.\n"
    )
    assert triple("How to Get Ahead in Law", 4, "ended") in statuses(extractor, text)


def test_a_possessive_before_have_run_out_is_no_show(extractor) -> None:
    # ("Danny Shore's visions have run out": a role's, not a show's, "run")
    text = (
        "USA Network Closes the Book on The Far Sight\n"
        "\n"
        "December 12, 2007\n"
        "\n"
        "Danny Shore's visions have run out. USA Network will not be bringing The "
        "Far Sight back, ending the supernatural drama after six seasons on the "
        "cable channel.\n"
        "\n"
        "The series, loosely based on Ray Holt's 1979 novel, premiered in June 2002 "
        "and was for several summers one of basic cable's most-watched original "
        "dramas. Tom Avery starred as Danny Shore, a schoolteacher who wakes from a "
        "years-long coma to discover that touching people or objects gives him "
        "flashes of the past and future. Ana Vos played Lena Marsh, the fiancee who "
        "married another man while Danny lay unconscious, and Sam Ortiz appeared as "
        "Sheriff Walt Gray, her husband.\n"
        "\n"
        "Season six wrapped up its run this summer, and the cliffhanger-free finale "
        "will now stand as the last episode. There will be no seventh season, and no "
        "wrap-up movie has been announced.\n"
        "\n"
        "Ratings had drifted downward in recent years, and the show was expensive to "
        "make by cable standards. With the channel leaning harder into lighter fare "
        "such as Cold Trail and Mindful, a pricey dark drama entering its seventh "
        "year became difficult to justify.\n"
        "\n"
        "Fans have already launched online campaigns urging another network to pick "
        "up the show, though insiders consider a rescue unlikely.\n"
        "\n"
        "The cancellation continues a period of change at USA, which earlier this "
        "fall also said goodbye to The Returned Ones. It is not the first adaptation "
        "of the Holt novel on screen: Paul Dorn directed a well-regarded film "
        "version starring Max Reed in 1983.\n"
        "\n"
        "Avery came to fame in 1980s teen comedies, and the role gave him the "
        "longest-running job of his career. For viewers who want to revisit Danny's "
        "story, the six seasons remain a tidy, if unfinished, package.\n"
    )
    assert set(shows_of(extractor, text)) == {"The Far Sight"}


def test_a_comma_title_joined_by_n(extractor) -> None:
    text = (
        "Cartoon Network Picks Up More Jo, Jon n Jonny\n\n"
        "The cable outlet has handed a second-season order to Jo, Jon n Jonny, its slapstick "
        "cartoon about three boys.\n\n"
        "Matt Dale voices Jo. Sam Vint plays Jon, whom everyone calls Double J. And Tony "
        "Sands is the voice of Jonny. Jo, Jon n Jonny looks set to stay.\n"
    )
    shows = shows_of(extractor, text)
    assert triple("Jo, Jon n Jonny", 2, "renewed") in statuses(extractor, text)
    actors = {c["actor"] for s in shows.values() for c in s["cast"]}
    assert "Tony Sands" in actors
    assert not any(" And " in a for a in actors)


def test_the_original_of_a_reboot_is_another_show(extractor) -> None:
    text = (
        "Everybody Still Loves Ray: No Word Yet on a Second Season\n\n"
        "Posted November 6, 2024\n\n"
        "Everybody Still Loves Ray premiered on Comedy Central on September 25, 2024.\n\n"
        "So is a Season 2 happening? At this point, Comedy Central has yet to decide.\n\n"
        "Back in 2005 the original earned a second-season pickup after a strong start.\n"
    )
    found = statuses(extractor, text)
    assert triple("Everybody Still Loves Ray", 2, "pending") in found
    assert triple("Everybody Still Loves Ray", 2, "renewed") not in found


def test_the_original_run_that_wrapped_is_no_ending_of_the_revival(extractor) -> None:
    text = (
        "Mind Hunters Unit Is Back: Paramount+ Orders a 16th Season\n\n"
        "Paramount+ has greenlit a revival of Mind Hunters Unit that will count as the "
        "show's 16th season.\n\n"
        "The original run wrapped in February 2020 after fifteen seasons on CBS.\n"
    )
    found = statuses(extractor, text)
    assert triple("Mind Hunters Unit", 16, "renewed") in found
    assert triple("Mind Hunters Unit", 15, "ended") not in found


def test_a_roundup_of_a_final_season_a_cut_and_a_season_coming(extractor) -> None:
    text = (
        "Fall TV scorecard: one farewell tour, one cancellation and one comeback\n\n"
        "Below, the status of three very different series.\n\n"
        "Shore House (MTV)\n"
        "Status: sixth and final season now airing\n\n"
        "MTV has confirmed that the current run, the sixth, will be the reality hit's last. "
        "Spin-off projects continue, but the group house is done.\n\n"
        "Grey Fae (Showcase)\n"
        "Status: third season set for January\n\n"
        "Good news for fans of the supernatural drama: the third season is coming in the new "
        "year.\n\n"
        "Also worth watching: the first cancellations of the season are expected soon.\n"
    )
    found = statuses(extractor, text)
    assert triple("Shore House", 6, "ended") in found
    assert triple("Grey Fae", 3, "renewed") in found
    assert not {t for t in found if t[2] == "canceled"}


def test_a_roundup_with_distribution_fields_and_a_pending_whether(extractor) -> None:
    text = (
        "TV status check: a pickup, a question mark and a courtroom exit\n\n"
        "Here is a quick rundown of three shows.\n\n"
        "BIFF\n"
        "- Network: Disney Channel\n"
        "- Premiere: March 10, 2023\n\n"
        "Disney is so confident in its new animated comedy that it greenlit a second season "
        "before the first episode has even aired.\n\n"
        "WOMBAT MAN\n"
        "- Network: Hulu\n\n"
        "The eight episodes are now out, and whether Wombat Man gets a second season is "
        "something Hulu has yet to decide.\n\n"
        "JUDGE HARLAN\n"
        "- Distribution: first-run syndication\n\n"
        "Warner Bros. has decided that Judge Harlan will not return for a 25th season.\n"
    )
    found = statuses(extractor, text)
    assert triple("Biff", 2, "renewed") in found
    assert triple("Wombat Man", 2, "pending") in found
    assert triple("Judge Harlan", 25, "canceled") in found
    assert triple("Wombat Man", 25, "canceled") not in found


def test_a_yes_after_a_question_asserts_it(extractor) -> None:
    text = (
        "Ironclad Series 2: Everything We Know So Far\n\n"
        "Bish and Pike are heading back to the streets of London.\n\n"
        "Is Ironclad definitely returning?\n\n"
        "Yes. Sky greenlit the follow-up because the first run was a hit.\n"
    )
    assert triple("Ironclad", 2, "renewed") in statuses(extractor, text)
    unanswered = text.replace("Yes. Sky greenlit the follow-up", "Sky will say more")
    assert triple("Ironclad", 2, "renewed") not in statuses(extractor, unanswered)


def test_a_cut_beside_a_first_season_told_in_the_past(extractor) -> None:
    text = (
        "Streaming scorecard\n\n"
        "Star Club (Netflix)\n\n"
        "Netflix won't be bringing back Star Club. The six-episode first season earned warm "
        "reviews.\n\n"
        "Crossing Blades (Hulu)\n\n"
        "The comedy has been picked up for season 2.\n"
    )
    assert triple("Star Club", 2, "canceled") in statuses(extractor, text)


def test_a_season_finale_set_for_a_month_is_no_renewal(extractor) -> None:
    text = (
        "Will 'Errand' Get a Season 2? HBO Is Keeping Quiet for Now\n\n"
        "Errand opened on Sunday. HBO has not announced whether the series will continue "
        "past its initial run.\n\n"
        "The first-season finale is scheduled for October.\n"
    )
    assert triple("Errand", 2, "renewed") not in statuses(extractor, text)
    # (while a premiere set for a month is one)
    coming = text.replace("first-season finale", "second season of Errand")
    assert triple("Errand", 2, "renewed") in statuses(extractor, coming)


def test_a_headline_name_joined_by_as_that_the_body_repeats(extractor) -> None:
    text = (
        "Light as a Whisper: Hulu yet to decide on season 2 of its teen thriller\n\n"
        "October 26, 2018\n\n"
        "Two weeks after its first season dropped, Hulu's teen drama Light as a Whisper is "
        "waiting. So far the service has kept quiet on any plans for a second season.\n\n"
        "Lia Berato leads the cast as Kenna Brady.\n"
    )
    assert triple("Light as a Whisper", 2, "pending") in statuses(extractor, text)


def test_more_ways_to_give_a_role(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Ashley Garde is heard as Nancy Grebe, Dale's wife. Aya Kashin is back too, playing "
        "Clara Vogt, the woman who will later become a hero. Anita Braid is played by the "
        "singer Barbara Dix in a rare screen role. Rob McEwan, the co-creator who plays Mac, "
        "is returning. Dermot Crow is a constant as DSU Martin Schenk. Michael Smiley was "
        "once again good value as Benny Silver, the tech fixer.",
    )
    assert {
        ("Ashley Garde", "Nancy Grebe"),
        ("Aya Kashin", "Clara Vogt"),
        ("Barbara Dix", "Anita Braid"),
        ("Rob McEwan", "Mac"),
        ("Dermot Crow", "Martin Schenk"),
        ("Michael Smiley", "Benny Silver"),
    } <= pairs


def test_a_producer_s_company_is_no_role(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "The drama, produced by Dana Rhodes's Rhodesland, premiered on September 25, 2014 and "
        "quickly became a cornerstone of the network's Thursday night lineup.",
    )
    assert ("Dana Rhodes", "Rhodesland") not in pairs


def test_no_word_so_far_answers_the_question(extractor) -> None:
    text = (
        "Strike & Run Season 2 Guide: Everything We Know\n\n"
        "Netflix's thriller Strike & Run premiered on August 6, 2021.\n\n"
        "Has Netflix renewed Strike & Run for season 2?\n"
        "No word so far. At the time of publishing, the streamer had stayed silent about "
        "whether Segev's story continues.\n"
    )
    assert triple("Strike & Run", 2, "pending") in statuses(extractor, text)


def test_more_ways_to_say_undecided(extractor) -> None:
    roundup = (
        "Upfront scorecard: two superheroes and a pair of hunters\n\n"
        "Hunters Road (The CW)\n\n"
        "The network renewed Hunters Road for a fifth season. The creator has long described "
        "a five-year plan, but the question of a sixth year is wide open.\n\n"
        "Kentville (The CW)\n\n"
        "Clark Kendall is coming back for a ninth season. Tom Welland remains in the lead as "
        "Clark Kendall.\n"
    )
    found = statuses(extractor, roundup)
    assert triple("Hunters Road", 6, "pending") in found
    assert triple("Kentville", 9, "renewed") in found


def test_an_alias_after_or_describes_the_role(nlp) -> None:
    pairs = cast_pairs(
        nlp, "Gar Lowan, or Beast Lad, is played by Ryan Potts, and Dick Grason leads the team."
    )
    assert ("Ryan Potts", "Gar Lowan") in pairs


def test_a_title_opening_on_a_lead_word_before_and_is_one_name(extractor) -> None:
    text = (
        "ABC calls time on Night Desk\n\n"
        "ABC will not bring Night Desk back for a third season.\n\n"
        "The news was kinder elsewhere. The network handed Once and Again, its drama about two "
        "divorced parents, a second season.\n"
    )
    assert triple("Once and Again", 2, "renewed") in statuses(extractor, text)


def test_a_comma_title_that_is_a_line_s_label(extractor) -> None:
    text = (
        "Renewed or canceled: where the spring bubble shows landed\n\n"
        "Lamar, New Jersey: renewed. The CW has given the alien romance a second season. "
        "Jenna Mason plays Liz Ortega.\n\n"
        "The Hamlet: canceled. NBC will not bring the drama back.\n"
    )
    assert triple("Lamar, New Jersey", 2, "renewed") in statuses(extractor, text)
    two = "Roundup\n\nChicago Blaze, Chicago Medic: renewed. NBC has given both another season.\n"
    assert "Chicago Blaze, Chicago Medic" not in shows_of(extractor, two)


def test_a_network_in_brackets_and_a_place_describing_a_drama(extractor) -> None:
    roundup = (
        "Cable scorecard: who returned\n\n"
        "FORCES (PlayStation Network)\n"
        "Verdict: Returning. The comic-book police drama has been greenlit for season two.\n\n"
        "HOUSE PLAY (USA Network)\n"
        "Verdict: Returning. The comedy will be back for a second season.\n"
    )
    assert triple("Forces", 2, "renewed") in statuses(extractor, roundup)
    headline = (
        "The Cove will return: ITV confirms second series of Whitby crime drama\n\n"
        "The Cove, the crime drama set in and around Whitby, is coming back for a second "
        "series, the broadcaster has confirmed.\n"
    )
    assert set(shows_of(extractor, headline)) == {"The Cove"}
