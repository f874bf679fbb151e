"""Session 8: layouts and phrasings found missing by our own probes (sentences and shows
invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple


def test_a_scorecard_line_gives_its_season_in_brackets(extractor) -> None:
    text = (
        "TV Scorecard: Every Renewal and Cancellation So Far\n\n"
        "Most of the fall schedule is set. Here is where every scripted series stands.\n\n"
        "Harbor Lights - Renewed (Season 4)\n"
        "Copper Kettle - Canceled (after 2 seasons)\n"
        "Blue Falcon Road - Ending (Season 5 is the last)\n"
        "The Tin Men - Pending\n"
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got
    assert triple("Copper Kettle", 3, "canceled") in got
    assert triple("Blue Falcon Road", 5, "ended") in got
    assert {t for t, _, _ in got} <= {"harbor lights", "copper kettle", "blue falcon road"}


def test_a_verdict_label_lists_several_shows_each_with_its_own_brackets(extractor) -> None:
    text = (
        "Renewed and Canceled Shows: The Full List\n\n"
        "Renewed: Harbor Lights (season 4, NBC), Copper Kettle (season 3, Fox), "
        "The Tin Men (season 2, ABC)\n\n"
        "Canceled: Blue Falcon Road (NBC), Night Owls (CBS, after one season)\n\n"
        "Undecided: Maple Hill (Fox)"
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got
    assert triple("Copper Kettle", 3, "renewed") in got
    assert triple("The Tin Men", 2, "renewed") in got
    assert triple("Night Owls", 2, "canceled") in got
    # the other show's bracket numbers nothing of Blue Falcon Road
    assert not [x for x in got if x[0] == "blue falcon road"]
    shows = shows_of(extractor, text)
    assert shows["Night Owls"]["network"] == "CBS"
    assert shows["The Tin Men"]["network"] == "ABC"
    assert shows["Copper Kettle"]["network"] == "Fox"


def test_a_verdict_label_before_prose_is_no_list(extractor) -> None:
    text = (
        "Renewed: Harbor Lights, which NBC renewed for a fourth season on Monday.\n\n"
        "The network's other dramas wait."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got


def test_label_lines_with_their_one_line_story(extractor) -> None:
    text = (
        "Every Show Renewed So Far\n\n"
        "Harbor Lights: Renewed for season 4 at NBC.\n"
        "Copper Kettle: Canceled after two seasons on Fox.\n"
        "The Tin Men: ABC has not decided yet.\n"
        "Blue Falcon Road: Its fifth season will be its last.\n"
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got
    assert triple("Copper Kettle", 3, "canceled") in got
    assert triple("Blue Falcon Road", 5, "ended") in got
    # the last line's season is its own show's, not the line above's
    assert triple("Copper Kettle", 5, "ended") not in got
    assert shows_of(extractor, text)["The Tin Men"]["network"] == "ABC"


def test_the_network_after_by_is_the_one_that_picked_the_show_up(extractor) -> None:
    text = (
        "Cinder Road canceled at Fox after one season, picked up by Netflix\n\n"
        "Cinder Road has a new home. Fox canceled the drama in May after one season, but "
        "Netflix swooped in and ordered a second season, the streamer confirmed Monday.\n\n"
        "Fox had renewed the show in February before reversing course three months later."
    )
    shows = shows_of(extractor, text)
    assert shows["Cinder Road"]["network"] == "Netflix"
    assert triple("Cinder Road", 2, "renewed") in statuses(extractor, text)


def test_a_network_roundup_told_one_paragraph_per_show(extractor) -> None:
    text = (
        "NBC cancels four shows ahead of upfronts\n\n"
        "By Mark Ellis | May 10, 2019\n\n"
        "NBC has trimmed its lineup. The network canceled four series on Friday.\n\n"
        "The biggest casualty is Midnight Harbor, the supernatural drama from producer Ana "
        "Ruiz, which ends after three seasons.\n\n"
        "Comedy Corner Shop, which starred Phil Dane as a grumpy grocer, is also done after a "
        "single season.\n\n"
        "Also gone: The Long Con. The heist drama drew just 3 million viewers per episode in "
        "its second season and will not get a third.\n\n"
        "Rounding out the cuts is Brightside, a half-hour from the team behind Copper Kettle. "
        "NBC passed on a second season.\n\n"
        "Meanwhile, the network renewed Pine Valley Medical for a sixth season and handed "
        "freshman comedy Desk Jockeys a second."
    )
    got = statuses(extractor, text)
    assert triple("Midnight Harbor", 4, "canceled") in got
    assert triple("Comedy Corner Shop", 2, "canceled") in got
    assert triple("The Long Con", 3, "canceled") in got
    assert triple("Brightside", 2, "canceled") in got
    assert triple("Pine Valley Medical", 6, "renewed") in got
    assert triple("Desk Jockeys", 2, "renewed") in got
    assert "copper kettle" not in {t for t, _, _ in got}


def test_a_heading_per_show_and_a_nationality_before_the_show_noun(extractor) -> None:
    text = (
        "Every Netflix show canceled in 2022 (so far)\n\n"
        "Netflix has been ruthless this year. Here are the series that won't be coming back.\n\n"
        "1899\n"
        "The German mystery was axed in January after one season despite a cliffhanger.\n\n"
        "Warrior Nun\n"
        "Netflix cut the fantasy series after two seasons; fans campaigned for a revival.\n\n"
        "First Kill\n"
        "The vampire teen drama lasted only one season."
    )
    got = statuses(extractor, text)
    assert triple("1899", 2, "canceled") in got
    assert triple("Warrior Nun", 3, "canceled") in got
    assert triple("First Kill", 2, "canceled") in got
    assert "german" not in {t for t, _, _ in got}
    assert "The German" not in shows_of(extractor, text)


def test_cut_and_lasted_need_a_network_and_the_show_at_hand(extractor) -> None:
    text = (
        "Marsh Light Is Back\n\n"
        "ITV has renewed Marsh Light for a third series. An American version was tried once. "
        "That remake lasted a single season in 2014. The network cut the episode count to six."
    )
    got = statuses(extractor, text)
    assert triple("Marsh Light", 3, "renewed") in got
    assert not [x for x in got if x[2] == "canceled"]


def test_a_person_under_a_verdict_label_is_no_show(extractor) -> None:
    text = (
        "Salt Meadow Season 3 Cast\n\n"
        "Netflix renewed Salt Meadow for a third season in May.\n\n"
        "Not returning: Vera Lind, who played Joe's sister, Mona Hale, exits after the finale."
    )
    assert "Vera Lind" not in shows_of(extractor, text)


def test_a_section_heading_with_its_verdict_in_brackets(extractor) -> None:
    text = (
        "ABC's Spring Decisions\n\n"
        "Here is where three of its series stand.\n\n"
        "LANTERN (canceled)\n\n"
        "The Broadway musical drama is done after two seasons. Kay Moss played the rising "
        "singer Ada Bell.\n\n"
        "HOLLOW CREEK (renewed)\n\n"
        "The western is coming back for a fourth season."
    )
    got = statuses(extractor, text)
    assert triple("Lantern", 3, "canceled") in got
    assert triple("Hollow Creek", 4, "renewed") in got
    assert "broadway" not in {t for t, _, _ in got}


def test_two_names_of_two_words_joined_by_and_are_two_shows(extractor) -> None:
    text = (
        "ABC renews Harbor Lights, Copper Kettle and The Tin Men; cancels Night Owls and "
        "Maple Hill\n\n"
        "ABC has renewed three of its series and canceled two others.\n\n"
        "Harbor Lights will return for a fourth season, Copper Kettle for a third and The Tin "
        "Men for a second. Night Owls and Maple Hill, both freshman shows, will not return."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got
    assert triple("Copper Kettle", 3, "renewed") in got
    assert triple("The Tin Men", 2, "renewed") in got
    assert triple("Night Owls", 2, "canceled") in got
    assert triple("Maple Hill", 2, "canceled") in got
    assert "Night Owls and Maple Hill" not in shows_of(extractor, text)


def test_one_name_joined_by_and_stays_whole() -> None:
    from knowsofar.extract.titles import _two_names

    assert _two_names("Night Owls and Maple Hill")
    assert not _two_names("Law and Order")
    assert not _two_names("Beauty and the Beast")
    assert not _two_names("The Adventures of Ozzie and Harriet")


def test_a_scorecard_line_ending_with_a_numbered_season(extractor) -> None:
    text = (
        "TV Cancellations 2024\n\n"
        "- Blue Falcon Road (NBC): ending with season 5\n"
        "- Maple Hill (Fox): axed after three seasons\n"
        "- Night Owls (CBS): canceled after one season\n"
    )
    got = statuses(extractor, text)
    assert triple("Blue Falcon Road", 5, "ended") in got
    assert triple("Maple Hill", 4, "canceled") in got
    assert triple("Night Owls", 2, "canceled") in got


def test_safe_is_a_verdict_label_and_a_bracketed_network_stands_before_which(
    extractor,
) -> None:
    text = (
        "Bubble watch: which shows are still waiting?\n\n"
        "On the bubble: Harbor Lights (NBC) and Copper Kettle (Fox).\n\n"
        "Safe: Night Owls (CBS), which was renewed for season 3 in March."
    )
    shows = shows_of(extractor, text)
    assert "Night Owls" in shows
    assert not [t for t in shows if t.startswith("Safe")]
    assert triple("Night Owls", 3, "renewed") in statuses(extractor, text)


def test_a_season_that_drops_is_released_not_dropped(extractor) -> None:
    text = (
        "Red Meridian Renewed for Season 4 at Paramount+\n\n"
        "Paramount+ has handed Red Meridian a fourth season ahead of its Season 3 premiere.\n\n"
        "Season 3 drops all episodes on Jan. 12. The new season drops on Friday."
    )
    got = statuses(extractor, text)
    assert triple("Red Meridian", 4, "renewed") in got
    assert not [x for x in got if x[2] == "canceled"]


def test_cast_list_lines_read_by_the_character_titles(nlp) -> None:
    from extract_helpers import cast_pairs

    for sep_first in (True, False):
        rows = [
            ("Detective June Marsh", "Nora Hale"),
            ("Tom Reyes", "Caleb Oyelaran"),
            ("Dr. Asha Lind", "Priya Kandel"),
            ("Captain Ed Hollis", "Walter Brenn"),
        ]
        lines = [f"{c}: {a}" if sep_first else f"{a} ... {c}" for c, a in rows]
        text = (
            "Harbor Nine Season 2 Cast: Who's Who\n\n"
            "Hulu's Harbor Nine returns with most of its ensemble. Here is the main cast.\n\n"
            + "\n".join(lines)
        )
        got = cast_pairs(nlp, text)
        assert ("Nora Hale", "June Marsh") in got
        assert ("Caleb Oyelaran", "Tom Reyes") in got
        assert ("Walter Brenn", "Ed Hollis") in got
        assert not {a for a, _ in got} & {"June Marsh", "Tom Reyes", "Ed Hollis"}


def test_cast_list_lines_with_no_clue_to_their_order_give_nothing(nlp) -> None:
    from extract_helpers import cast_pairs

    text = (
        "Harbor Nine Season 2 Cast: Who's Who\n\n"
        "Hulu's Harbor Nine returns. Here is the main cast.\n\n"
        "June Marsh: Nora Hale\nTom Reyes: Caleb Oyelaran\nAsha Lind: Priya Kandel"
    )
    assert cast_pairs(nlp, text) == set()


def test_an_update_line_is_the_articles_own_news_not_a_link(extractor) -> None:
    text = (
        "Night Shift Nine: Renewed or Canceled?\n\n"
        "UPDATE: NBC has officially renewed Night Shift Nine for Season 6.\n\n"
        "Our original story follows.\n\n"
        "NBC has yet to make a decision on Night Shift Nine, which is wrapping its fifth "
        "season.\n\n"
        "Related: Fox renews Harbor Lights for a fourth season"
    )
    got = statuses(extractor, text)
    assert triple("Night Shift Nine", 6, "renewed") in got
    # the link line names another story's decision: nothing of it is claimed
    assert "harbor lights" not in {t for t, _, _ in got}


def test_a_move_under_discussion_is_no_new_home(extractor) -> None:
    text = (
        "Paper Crowns Has Been Canceled, But There's Hope\n\n"
        "Paper Crowns will not return for a third season at Netflix, but the producers are "
        "shopping it, and a move to Peacock is reportedly under discussion.\n\n"
        "Netflix released the second season in January. Fans hope Apple TV+ will pick it up."
    )
    assert shows_of(extractor, text)["Paper Crowns"]["network"] == "Netflix"
    assert triple("Paper Crowns", 3, "canceled") in statuses(extractor, text)


def _premiere_of(extractor, sentence: str) -> str | None:
    text = "Harbor Lights News\n\nNBC has renewed Harbor Lights for a fourth season.\n\n" + sentence
    return shows_of(extractor, text, published="2024-06-01")["Harbor Lights"]["premiere"]


def test_a_shows_start_told_many_ways_is_its_premiere(extractor) -> None:
    cases = {
        "Harbor Lights first went on the air on NBC on October 2, 2001.": "2001-10-02",
        "Harbor Lights began life as a one-off pilot broadcast on January 2, 2012.": "2012-01-02",
        "The first series of Harbor Lights began on March 8, 2015.": "2015-03-08",
        "Harbor Lights began as a preview on Fox on May 19, 2009.": "2009-05-19",
        "The series opened in January 2013 and was adapted from a biography.": "2013-01",
        "Harbor Lights began in May 2014 and gathered a cult following.": "2014-05",
        "Since it began in April 2018, Harbor Lights has followed a family of lawyers.": "2018-04",
        "Harbor Lights first screened in October 2015, on BBC America.": "2015-10",
        "Harbor Lights made its debut on NBC on January 3, 2005.": "2005-01-03",
        "Adapted from novels, Harbor Lights first went out on ABC on June 8, 2010.": "2010-06-08",
        "CBS will end it with the episodes now airing, closing out a run that began on "
        "September 23, 2013.": "2013-09-23",
    }
    for sentence, date in cases.items():
        assert _premiere_of(extractor, sentence) == date, sentence


def test_other_things_that_began_are_no_premiere(extractor) -> None:
    for sentence in (
        "Filming began in March 2024.",
        "Harbor Lights started filming in May 2023.",
        "The show began its final season in 2023.",
        "The second season of Harbor Lights began on May 3, 2023.",
        "Ratings started to slide in 2019. The feud between its stars began in 2019.",
        "The strike began in May 2023 and the production shut down.",
    ):
        assert _premiere_of(extractor, sentence) is None, sentence


def test_a_second_one_and_a_few_episodes_count_seasons() -> None:
    from knowsofar.extract.seasons import find_seasons

    refs = find_seasons("It was built as a single story, and there will not be a second one.")
    assert [(r.numbers, r.kind) for r in refs] == [((2,), "elliptical")]
    refs = find_seasons("The sitcom is done after only a few episodes.")
    assert [(r.numbers, r.kind) for r in refs] == [((1,), "count")]
    assert find_seasons("It will be a second chance for the cast.") == []


def test_there_will_not_be_a_second_one(extractor) -> None:
    text = (
        "Hostage Run Canceled\n\n"
        "CBS has let Hostage Run go. The serialized thriller was built as a single story, "
        "and there will not be a second one."
    )
    assert triple("Hostage Run", 2, "canceled") in statuses(extractor, text)


def test_which_dropped_it_names_the_network_not_the_show(extractor) -> None:
    text = (
        "Netflix Gives Moon Theater 3000 a New Home\n\n"
        "Netflix will be the home of the revived Moon Theater 3000.\n\n"
        "The show began life in 1988 on a local station before moving to Comedy Central and "
        "later to the Sci-Fi Channel, which dropped it after three seasons."
    )
    shows = shows_of(extractor, text)
    assert not [t for t in shows if "Channel" in t]
    assert shows["Moon Theater 3000"]["network"] == "Netflix"


def test_category_headings_over_lists_of_shows(extractor) -> None:
    text = (
        "Netflix's 2023 renewals and cancellations so far\n\n"
        "Renewed\n"
        "Glass Harbor (season 3)\n"
        "Copper Sky (season 2)\n\n"
        "Canceled\n"
        "Lowtide (after two seasons)\n"
        "Paper Crowns (after one season)\n\n"
        "Ending\n"
        "Wildfern (final season 4 arrives in the fall)\n\n"
        "Netflix did not comment on Lowtide, whose fans had hoped for more."
    )
    got = statuses(extractor, text)
    assert triple("Glass Harbor", 3, "renewed") in got
    assert triple("Copper Sky", 2, "renewed") in got
    assert triple("Lowtide", 3, "canceled") in got
    assert triple("Paper Crowns", 2, "canceled") in got
    assert triple("Wildfern", 4, "ended") in got
    assert len(got) == 5


def test_a_category_heading_ends_at_prose(extractor) -> None:
    text = (
        "Where Things Stand\n\n"
        "Renewed\n"
        "Glass Harbor (season 3)\n\n"
        "Copper Sky is another story: its second season finale airs next week."
    )
    got = statuses(extractor, text)
    assert triple("Glass Harbor", 3, "renewed") in got
    assert not [x for x in got if x[0] == "copper sky" and x[2] == "renewed"]


def test_a_status_table_flattened_to_tab_separated_rows(extractor) -> None:
    text = (
        "Renewal tracker: where every show stands\n\n"
        "Show\tNetwork\tStatus\n"
        "Glass Harbor\tNetflix\tRenewed for season 3\n"
        "Lowtide\tStarz\tCanceled after two seasons\n"
        "Wildfern\tHulu\tEnding with season 4\n"
    )
    got = statuses(extractor, text)
    assert got == {
        triple("Glass Harbor", 3, "renewed"),
        triple("Lowtide", 3, "canceled"),
        triple("Wildfern", 4, "ended"),
    }
    assert shows_of(extractor, text)["Lowtide"]["network"] == "Starz"


def test_a_cast_tables_returning_column_names_no_show(extractor) -> None:
    text = (
        "Tidewater Season 2: Who Plays Who\n\n"
        "Netflix renewed Tidewater for a second season.\n\n"
        "Actor\tCharacter\tSeason 2\n"
        "Mara Quill\tJune Vale\tReturning\n"
        "Tomas Reyes\tBen Vale\tReturning\n"
    )
    shows = shows_of(extractor, text)
    assert set(shows) == {"Tidewater"}


def test_a_show_axed_while_its_current_season_airs_is_cut_short(extractor) -> None:
    text = (
        "Lantern Hall Canceled at Freeform\n\n"
        "The network has axed Lantern Hall, which means the current third season will be the "
        "last and a fourth is off the table."
    )
    got = statuses(extractor, text)
    assert triple("Lantern Hall", 4, "canceled") in got
    assert triple("Lantern Hall", 3, "ended") not in got


def test_actors_then_roles_respectively(nlp) -> None:
    from extract_helpers import cast_pairs

    text = (
        "Harbor Nine Season 3 Cast\n\n"
        "Hulu has renewed Harbor Nine for a third season. Priya Kandel, Walter Brenn and Lise "
        "Fonda are also back, as Dr. Asha Lind, Captain Ed Hollis and Ruth Dane, respectively."
    )
    got = cast_pairs(nlp, text)
    assert {
        ("Priya Kandel", "Asha Lind"),
        ("Walter Brenn", "Ed Hollis"),
        ("Lise Fonda", "Ruth Dane"),
    } <= got
    # unequal lists pair nobody
    text = text.replace(" and Ruth Dane", "")
    assert not {a for a, _ in cast_pairs(nlp, text)} & {"Priya Kandel", "Lise Fonda"}


def test_more_ways_to_renew_and_cancel(extractor) -> None:
    cases = {
        "Netflix has re-upped Glass Harbor for a third season.": ("renewed", 3),
        "Netflix is bringing Glass Harbor back for a third season.": ("renewed", 3),
        "Netflix has handed Glass Harbor a season 3 order.": ("renewed", 3),
        "Netflix has shelved Glass Harbor after two seasons.": ("canceled", 3),
        "Netflix has closed the book on Glass Harbor after two seasons.": ("canceled", 3),
    }
    for sentence, (status, season) in cases.items():
        text = f"Glass Harbor News\n\n{sentence}\n\nThe drama stars Ava Lund."
        assert triple("Glass Harbor", season, status) in statuses(extractor, text), sentence


def test_needing_to_bring_a_show_back_is_no_renewal(extractor) -> None:
    text = (
        "Glass Harbor Canceled\n\n"
        '"Glass Harbor did not find the audience we needed to bring it back," Netflix said, '
        "and it will not move forward with a third season."
    )
    got = statuses(extractor, text)
    assert triple("Glass Harbor", 3, "canceled") in got
    assert not [x for x in got if x[2] == "renewed"]


def test_headlines_with_a_numbered_order_or_ending(extractor) -> None:
    body = (
        "\n\nThe coastal drama has been one of the network's steadiest performers. Harbor "
        "Lights stars Ava Lund as Mara Quinn."
    )
    got = statuses(extractor, "Harbor Lights Gets Season 4 Order at NBC" + body)
    assert triple("Harbor Lights", 4, "renewed") in got
    got = statuses(extractor, "Harbor Lights to End With Season 4; NBC Sets Final Run" + body)
    assert triple("Harbor Lights", 4, "ended") in got


def test_a_place_naming_the_shows_description_is_no_subject(extractor) -> None:
    text = (
        "Moor Light to Bow Out: ITV's Northumberland Crime Drama Will End With Series 9\n\n"
        "ITV's detective drama Moor Light is coming to an end: the ninth series will be the "
        "last."
    )
    got = statuses(extractor, text)
    assert triple("Moor Light", 9, "ended") in got
    assert "northumberland" not in {t for t, _, _ in got}


def test_sections_under_a_headline_cutting_freshmen_lose_their_second_season(extractor) -> None:
    text = (
        "ABC Clears the Decks: Lantern and Tin Cup Are Out\n\n"
        "Three freshman series will not return\n\n"
        "May 12, 2014\n\n"
        "ABC handed down its verdicts over the weekend. The verdicts, show by show:\n\n"
        "Lantern: canceled\n\n"
        "The ensemble comedy about six friends is finished after a short spring run. Jo Ames "
        "and Ben Ford headed the cast.\n\n"
        "Tin Cup: canceled\n\n"
        "The golf drama never found its audience, and ABC will go no further with it.\n\n"
        "Salt Road: renewed\n\n"
        "The western had already secured a sixth season."
    )
    got = statuses(extractor, text)
    assert triple("Lantern", 2, "canceled") in got
    assert triple("Tin Cup", 2, "canceled") in got
    assert triple("Salt Road", 6, "renewed") in got


def test_a_season_that_had_wrapped_was_aired() -> None:
    from knowsofar.extract.seasons import find_seasons

    refs = find_seasons("ABC axed the comedy once its second season had wrapped.")
    assert [(r.numbers, r.kind) for r in refs] == [((2,), "aired")]


def test_more_ways_to_end(extractor) -> None:
    for sentence in (
        "Glass Harbor will wrap up its run with season 5, Netflix announced.",
        "Glass Harbor will bow out with its fifth season on Netflix.",
        "Glass Harbor will sign off after its fifth season.",
    ):
        text = f"Glass Harbor News\n\n{sentence}\n\nThe drama stars Ava Lund."
        assert triple("Glass Harbor", 5, "ended") in statuses(extractor, text), sentence


def test_the_renewal_bubble_is_no_renewal(extractor) -> None:
    text = (
        "Glass Harbor News\n\nGlass Harbor is on the renewal bubble at Netflix, and a fifth "
        "season is far from certain.\n\nThe drama stars Ava Lund."
    )
    got = statuses(extractor, text)
    assert not [x for x in got if x[2] == "renewed"]


def test_a_brands_possessive_is_no_part_of_the_title(extractor) -> None:
    text = (
        "Iron Wardens Will End With Season 3 on Hulu\n\n"
        "Hulu has confirmed that the third season of Marvel's Iron Wardens will be the show's "
        "final one. Iron Wardens stars Rhen Feliz as Alex Ward."
    )
    shows = shows_of(extractor, text)
    assert "Iron Wardens" in shows
    assert not [t for t in shows if t.startswith("Marvel")]
    assert triple("Iron Wardens", 3, "ended") in statuses(extractor, text)


def test_a_number_word_opening_the_same_name_twice_is_the_names(extractor) -> None:
    text = (
        "Nine Lanterns Canceled at Netflix After One Season\n\n"
        "By Jo Park | April 24, 2018\n\n"
        "Nine Lanterns will not return. Netflix has scrapped the crime drama after a single "
        "season."
    )
    shows = shows_of(extractor, text)
    assert "Nine Lanterns" in shows and "Lanterns" not in shows
    assert triple("Nine Lanterns", 2, "canceled") in statuses(extractor, text)
    # once is not enough: "Five Shows Canceled" leads with a count
    text = "Five Shows Canceled at NBC\n\nNBC has canceled Night Owls after one season."
    assert not [t for t in shows_of(extractor, text) if t.startswith("Five")]


def test_a_scorecard_with_its_networks_in_square_brackets(extractor) -> None:
    text = (
        "Renewed or Canceled? Where Things Stand\n\n"
        "Upfront week is over and most of the verdicts are in.\n\n"
        "Lantern Hall [NBC] - CANCELED\n\n"
        "NBC yanked the spy drama from its Thursday lineup after only a handful of airings. "
        "Jo Ames starred as Kay Vance.\n\n"
        "Tin Cup [Fox] - CANCELED\n\n"
        "Fox dropped this one after a single season.\n\n"
        "Salt Road [CBS] - RENEWED\n\n"
        "CBS is bringing the procedural back for a second year."
    )
    got = statuses(extractor, text)
    assert triple("Lantern Hall", 2, "canceled") in got
    assert triple("Tin Cup", 2, "canceled") in got
    assert triple("Salt Road", 2, "renewed") in got
    shows = shows_of(extractor, text)
    assert shows["Lantern Hall"]["network"] == "NBC"
    assert shows["Tin Cup"]["network"] == "Fox"
    assert shows["Salt Road"]["network"] == "CBS"


def test_an_anthologys_installments_are_seasons_not_episodes() -> None:
    from knowsofar.extract.seasons import find_seasons

    assert [r.numbers for r in find_seasons("It was pulled after a handful of airings.")] == [(1,)]
    assert not [
        r
        for r in find_seasons("It is over after three installments.")
        if r.kind == "count" and r.numbers == (1,)
    ]


def test_an_ordinal_before_season_is_no_title(extractor) -> None:
    text = (
        "Cable Rescues Harbor Nine After NBC Backs Out of Its Second Season\n\n"
        "NBC renewed Harbor Nine in the spring, then abandoned it. Now TNT has stepped in, and "
        "the second season of Harbor Nine will be seen after all."
    )
    shows = shows_of(extractor, text)
    assert "Second" not in shows
    assert triple("Harbor Nine", 2, "renewed") in statuses(extractor, text)
