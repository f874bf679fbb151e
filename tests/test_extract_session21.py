"""Session 21: a title with a small word inside after a first name the model takes for a
person, roundup sections whose verdict closes the section or whose heading is a list item,
field lines of facts, a hero's name the title ends on, seasons counted after a colon, and
new cast phrasings (sentences, shows and people invented)."""

from __future__ import annotations

from extract_helpers import show_cast, shows_of, status_claims, statuses, triple


def test_a_first_name_opening_a_title_with_a_small_word_inside(extractor) -> None:
    text = (
        "Gordon in the Valley is wrapping up: the fifth season will be the last\n\n"
        "Fox's family comedy will conclude this spring\n\n"
        "By Ada Wren | April 12, 2006\n\n"
        "Gordon in the Valley is wrapping up. The fifth season, now in its final stretch on "
        "Fox, is the last one, and the network has no plans to order any more.\n\n"
        "Tom Reyes stars as Gordon, the gifted middle child.\n"
    )
    assert triple("Gordon in the Valley", 5, "ended") in statuses(extractor, text)
    assert ("Tom Reyes", "Gordon") in show_cast(extractor, text, "Gordon in the Valley")


def test_a_section_whose_verdict_line_closes_it(extractor) -> None:
    text = (
        "Gone too soon: three short-lived series\n\n"
        "Our look back at shows that ended early.\n\n"
        "Copper Canyon\n\n"
        "NBC launched this western in 2004, and Mara Lin led a young cast as a sheriff.\n\n"
        "The verdict: axed after one season. The network wanted younger viewers.\n\n"
        "What About Hollis\n\n"
        "ABC gave Dana Holt her own sitcom in 2003. Tom Reyes played Jake Moore, her "
        "neighbour.\n\n"
        "The verdict: ABC pulled the plug after two seasons, and that was that.\n"
    )
    found = statuses(extractor, text)
    assert triple("Copper Canyon", 2, "canceled") in found
    assert triple("What About Hollis", 3, "canceled") in found


def test_a_roundup_heading_written_as_a_list_item(extractor) -> None:
    text = (
        "Staying or going: a status check\n\n"
        "Here is where three series stand.\n\n"
        "- Harbor Lights\n"
        "  Network: Netflix\n"
        "  Status: The fourth season will be its last. Mara Lin stars as Tess Walker.\n\n"
        "- The Quiet Acre\n"
        "  Network: NBC\n"
        "  Status: Coming back. NBC picked up a third season in November. Tom Reyes plays "
        "Walt Marsh.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "ended") in found
    assert triple("The Quiet Acre", 3, "renewed") in found
    assert ("Tom Reyes", "Walt Marsh") in show_cast(extractor, text, "The Quiet Acre")


def test_a_sections_first_aired_line_is_no_title(extractor) -> None:
    text = (
        "Planned goodbyes: shows that wrote their own endings\n\n"
        "These series knew when the end was coming.\n\n"
        "Harbor Lights\n"
        "Network: MTV\n"
        "First aired: 2012\n"
        "Status: Fourth series was the last\n\n"
        "The comedy came to a close with its fourth series. Mara Lin played Tess.\n\n"
        "Quiet Acre\n"
        "Network: E4\n"
        "First aired: March 3, 2015\n"
        "Status: Wrapped with season 3\n\n"
        "The drama about a farm family ended on its own terms. Tom Reyes played Walt.\n"
    )
    shows = shows_of(extractor, text)
    assert not any(s.startswith("First aired") for s in shows)
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "ended") in found
    assert triple("Quiet Acre", 3, "ended") in found


def test_the_heros_name_a_title_ends_on_is_its_short_name(extractor) -> None:
    text = (
        "Upfront scorecard: Gus's luck runs out\n\n"
        "By Ada Wren | May 20, 2010\n\n"
        "Here is where two shows stand.\n\n"
        "They Call Me Gus (NBC): canceled\n\n"
        "NBC has pulled its caper comedy from the lineup: three seasons in, a fourth is off "
        "the table. Tom Reyes starred as Gus Moran, a lucky crook, and Dana Holt was Gus's "
        "ex-wife, Joy Moran.\n\n"
        "Harbor Lights (CBS): renewed\n\n"
        "CBS wants a sixth season of the drama.\n"
    )
    assert "Gus" not in shows_of(extractor, text)
    assert triple("They Call Me Gus", 4, "canceled") in statuses(extractor, text)
    assert ("Tom Reyes", "Gus Moran") in show_cast(extractor, text, "They Call Me Gus")


def test_a_networks_idiom_in_the_headline_names_the_show(extractor) -> None:
    text = (
        "Prime Video shuts the garage door on Gearheads\n\n"
        "The car drama will not get a second season.\n\n"
        "By Ada Wren | July 8, 2025\n\n"
        "Gearheads is done. Prime Video has chosen against a second season for the teen "
        "drama, which arrived on the service in May.\n"
    )
    assert triple("Gearheads", 2, "canceled") in statuses(extractor, text)


def test_pulled_the_plug_before_a_season(extractor) -> None:
    text = (
        "Gone too soon\n\n"
        "Our occasional series looks back at shows cut loose early.\n\n"
        "Quiet Acre (ABC)\n\n"
        "Even shorter-lived. Tom Reyes played Walt Marsh, a farmer with a secret. ABC pulled "
        "the plug before a second season was ever discussed.\n\n"
        "Harbor Lights (CBS)\n\n"
        "Mara Lin was Tess Walker. CBS declined to renew it, and there was no second season.\n"
    )
    assert triple("Quiet Acre", 2, "canceled") in statuses(extractor, text)


def test_a_story_told_whole_is_no_wait(extractor) -> None:
    text = (
        "Harbor Lights: who plays who in HBO's new drama\n\n"
        "Harbor Lights premieres on Sunday, July 8, 2018.\n\n"
        "Will there be more after the finale? The network has not announced a second season "
        "and describes the show as complete in eight parts.\n\n"
        "Mara Lin plays Tess Walker.\n"
    )
    found = statuses(extractor, text)
    assert not [t for t in found if t[2] == "pending"]


def test_a_date_is_no_title(extractor) -> None:
    text = (
        "Harbor Lights says goodbye: a who's who for the final season\n\n"
        "April 25, 2011 -- Harbor Lights is heading into its tenth and final season on USA "
        "Network, which has confirmed that the episodes beginning May 1 will wrap up the "
        "series.\n\n"
        "Tom Reyes returns as Walt Marsh.\n"
    )
    shows = shows_of(extractor, text)
    assert "April 25" not in shows and "May 1" not in shows
    assert ("Tom Reyes", "Walt Marsh") in show_cast(extractor, text, "Harbor Lights")


def test_the_last_season_of_a_title_with_a_comma(extractor) -> None:
    text = (
        "Harbor Hills, 10101 to close the books after its tenth season\n\n"
        "Fox has confirmed that the current tenth season of Harbor Hills, 10101 will be its "
        "last, bringing down the curtain on the teen soap.\n"
    )
    assert triple("Harbor Hills, 10101", 10, "ended") in statuses(extractor, text)


def test_a_wait_beyond_the_first_batch(extractor) -> None:
    text = (
        "Quiet Acre: everything we know about the new CBS drama\n\n"
        "Will there be a second season?\n\n"
        "Nobody knows yet. CBS is yet to decide on anything beyond the first batch of "
        "episodes, and a renewal will depend on how Quiet Acre does on Friday nights.\n"
    )
    assert triple("Quiet Acre", 2, "pending") in statuses(extractor, text)


def test_a_season_ordered_and_later_called_the_last_is_an_ending(extractor) -> None:
    text = (
        "Quiet Acre season 3: everything we know so far\n\n"
        "Is this the final season?\n\n"
        "Yes. The show was picked up for a second season during its first year, and the "
        "third season of Quiet Acre was ordered as a regular renewal. The announcement that "
        "this batch will be the last came later.\n"
    )
    found = statuses(extractor, text)
    assert triple("Quiet Acre", 3, "ended") in found
    assert triple("Quiet Acre", 3, "renewed") not in found


def test_a_reported_decision_without_that(extractor) -> None:
    text = (
        "Cult shows that ran out of time\n\n"
        "A look back at two series.\n\n"
        "Quiet Acre (MTV)\n\n"
        "MTV's farm comedy lasted only a single run before the network decided it would not "
        "return.\n\n"
        "Harbor Lights (Fox)\n\n"
        "The drama earned a second season. In November 2009 Fox said the series would not be "
        "back for a third.\n"
    )
    found = statuses(extractor, text)
    assert triple("Quiet Acre", 2, "canceled") in found
    assert triple("Harbor Lights", 3, "canceled") in found


def test_new_cast_phrasings(extractor) -> None:
    text = (
        "Harbor Lights renewed for a third season\n\n"
        "Netflix has renewed Harbor Lights for a third season.\n\n"
        "Jamie Cole, Nathan and Haley's son, is played by Tom Reyes. Iris Vale, the tall, "
        "anxious aide everyone teases, is played by Dana Holt. The villain is Gravon, a "
        "rebel leader played by Omar Dale, who wants revenge. Kirsten Ames (Chief Karen "
        "Vane) runs the precinct. Lena Park plays his protective, churchgoing mother, Mary "
        "Cole, and Ben Ford plays his father. Ellen Marsh and Paul Stone played her parents, "
        "Dolly Greco and Frank Greco, a pair who argue about everything.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lights")
    for pair in (
        ("Tom Reyes", "Jamie Cole"),
        ("Dana Holt", "Iris Vale"),
        ("Omar Dale", "Gravon"),
        ("Kirsten Ames", "Karen Vane"),
        ("Lena Park", "Mary Cole"),
        ("Ellen Marsh", "Dolly Greco"),
        ("Paul Stone", "Frank Greco"),
    ):
        assert pair in cast


def test_more_cast_phrasings(extractor) -> None:
    text = (
        "Harbor Lights renewed for a third season\n\n"
        "Netflix has renewed Harbor Lights for a third season.\n\n"
        "Rounding out the brood, Tom Reyes and Omar Dale play Walt and June's twin boys, "
        "Nicky and Alex, respectively. Ben Ford was the scene-stealer as programmer Topher "
        "Vale. Dave Hart rounds out the trio of grown men as Joey Glass. Chris Noble "
        "returned, and Julia Penn's character, Megan Wheel, became his partner. Her father, "
        "Richard Mann, is played by Tim Dowd, and Liam Wood plays Nick Hale. Kiki Sato stars "
        "as Miko Oda, and Toru Ueda joins her as Ren Shima. Angus Sand is again on board as "
        "investigator Cisco.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lights")
    for pair in (
        ("Tom Reyes", "Nicky"),
        ("Omar Dale", "Alex"),
        ("Ben Ford", "Topher Vale"),
        ("Dave Hart", "Joey Glass"),
        ("Julia Penn", "Megan Wheel"),
        ("Tim Dowd", "Richard Mann"),
        ("Toru Ueda", "Ren Shima"),
        ("Angus Sand", "Cisco"),
    ):
        assert pair in cast


def test_a_comma_with_a_name_after_it_is_no_description(extractor) -> None:
    # (guard) "the Centre, the boy Jarod was played by X": Jarod is the role
    text = (
        "Harbor Lights canceled after four seasons\n\n"
        "NBC has canceled Harbor Lights after four seasons.\n\n"
        "In flashbacks to his years inside the Centre, the boy Jarod was played by Ryan "
        "Mello, whose scenes supplied much of the show's weight.\n"
    )
    assert ("Ryan Mello", "Jarod") in show_cast(extractor, text, "Harbor Lights")


def test_a_sentence_renewing_and_ending_talk_of_a_last_season_is_a_renewal(extractor) -> None:
    # (guard) the renewal and the speculation it ends are told in one sentence
    text = (
        "Harbor Lights survives: ABC orders a sixth season\n\n"
        "ABC has renewed Harbor Lights for a sixth season, ending weeks of speculation that "
        "the show's fifth season would be its last.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 6, "renewed") in found
    assert triple("Harbor Lights", 6, "ended") not in found


def test_an_order_with_fewer_seasons_named_elsewhere_keeps_its_count(extractor) -> None:
    # (guard) "two additional seasons apiece ... a fourth season of Y": Y's season only
    text = (
        "Fox renews its animation block\n\n"
        "The network has picked up Harbor Lights and Quiet Acre for two additional seasons "
        "apiece, and ordered a fourth season of Copper Canyon.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") not in found
    assert triple("Copper Canyon", 4, "renewed") in found


def test_a_show_named_in_an_aside_about_the_show_at_hand_takes_no_news(extractor) -> None:
    text = (
        "CBS sets its fall: Quiet Acre stays, Harbor Lights is gone\n\n"
        "The biggest casualty is CBS's Harbor Lights. After six seasons, CBS has pulled the "
        "plug on Jo Park's medical drama, which launched in 1994 head to head with NBC's "
        "Copper Canyon and spent much of its life in that show's shadow. The series had been "
        "given a reprieve after a shaky fifth year, and there will be no seventh season.\n\n"
        "Quiet Acre will be back for its third season.\n"
    )
    assert triple("Harbor Lights", 7, "canceled") in statuses(extractor, text)
    assert triple("Copper Canyon", 7, "canceled") not in status_claims(extractor, text)


def test_a_wait_no_decision_shared(extractor) -> None:
    text = (
        "Quiet Acre season 3: everything we know\n\n"
        "Netflix greenlit a third season of Quiet Acre last year.\n\n"
        "Could there be a season 4?\n"
        "No decision has been shared. Netflix tends to judge viewing figures first.\n"
    )
    assert triple("Quiet Acre", 4, "pending") in statuses(extractor, text)


def test_still_more_cast_phrasings(extractor) -> None:
    text = (
        "Harbor Lights renewed for a third season\n\n"
        "Netflix has renewed Harbor Lights for a third season.\n\n"
        "Tracy Gant voiced Daria Moss throughout, and Wendy Hope voiced her sister, Quinn. "
        "At the office, Samuel Arne and Bruno Gau play the colleagues Julien and Luc. Sydney "
        "Swan takes the role of Cassie Holt. Jeff Andrews returns to the role of Randal Grey, "
        "the slacker next door. If a fourth season happens, Rose Burn would presumably "
        "return as Sheila Rubin.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lights")
    for pair in (
        ("Tracy Gant", "Daria Moss"),
        ("Samuel Arne", "Julien"),
        ("Bruno Gau", "Luc"),
        ("Sydney Swan", "Cassie Holt"),
        ("Jeff Andrews", "Randal Grey"),
        ("Rose Burn", "Sheila Rubin"),
    ):
        assert pair in cast
    assert ("Bruno Gau", "Julien") not in cast


def test_a_wait_after_a_season_asked_in_so_many_words(extractor) -> None:
    text = (
        "Quiet Acre premieres this weekend, with no second season on the books yet\n\n"
        "HBO's big bet is almost here. Quiet Acre premieres on Sunday, October 26. What the "
        "network has not done is say whether the show will get a second season. As of Friday, "
        "no decision has been made.\n"
    )
    assert triple("Quiet Acre", 2, "pending") in statuses(extractor, text)
