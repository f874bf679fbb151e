"""Session 16: the article's own show over shows named in passing (sentences and shows
invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple

from knowsofar.claims import Document
from knowsofar.extract.titles import norm_title


def test_the_headline_show_is_kept_beside_a_show_named_in_passing(extractor) -> None:
    # The headline's show has no status cue of its own ("bows out"), the older show
    # the body names in passing has none either: the claims are the headline show's.
    text = (
        "The Welsh Cartographer bows out: Starz closes the atlas\n\n"
        "There will be no more of The Welsh Cartographer. The Starz period drama wrapped "
        "up its second and final season this weekend. It drew on the same novels that "
        "gave the channel The Copper Crown, years ago."
    )
    found = statuses(extractor, text)
    assert triple("The Welsh Cartographer", 2, "ended") in found
    assert not any(t[0] == norm_title("The Copper Crown") for t in found)
    assert "The Welsh Cartographer" in shows_of(extractor, text)


def test_picked_it_up_for_a_season_renews(extractor) -> None:
    text = (
        "Sand Lane finds a new home\n\n"
        "ABC canceled Sand Lane after one season, but Fox picked it up for a second season."
    )
    assert triple("Sand Lane", 2, "renewed") in statuses(extractor, text)


def test_picked_the_show_up_for_a_season_renews(extractor) -> None:
    text = (
        "Sand Lane news\n\n"
        "Sand Lane is a drama about surfers. Fox picked the show up for a second season."
    )
    assert triple("Sand Lane", 2, "renewed") in statuses(extractor, text)


def test_picked_up_at_the_station_is_no_renewal(extractor) -> None:
    text = (
        "Sand Lane season 2 news\n\n"
        "Sand Lane has not been renewed yet. In the pilot, Kit picked her brother up for "
        "a day at the beach."
    )
    assert triple("Sand Lane", 2, "renewed") not in statuses(extractor, text)


def test_a_title_before_premieres_is_the_subject(extractor) -> None:
    # The parser may read "premieres" as a plural noun the title describes.
    text = (
        "Who's who in The Lanterns: a guide to HBO's Victorian oddballs\n\n"
        "The Lanterns premieres Sunday, April 11, on HBO. Jo Marsh leads the cast as "
        "Amalia Cross, and Tom Reyes plays Hugo Vane."
    )
    assert "The Lanterns" in shows_of(extractor, text)
    assert "Victorian" not in shows_of(extractor, text)


def test_the_hosts_name_before_series_describes_the_show(extractor) -> None:
    text = (
        "Fox is bringing back Grill Rescue\n\n"
        "Marco Bellini's diner-rescue series returns nearly a decade after it signed off\n\n"
        "Fox has ordered new episodes of Grill Rescue, reviving the Marco Bellini series "
        "for an eighth season this fall. The show first premiered on Fox in 2007. Bellini "
        "will again visit failing diners."
    )
    found = statuses(extractor, text)
    assert triple("Grill Rescue", 8, "renewed") in found
    assert not any(t[0] == norm_title("Marco Bellini") for t in found)


def test_a_country_edition_keeps_its_name(extractor) -> None:
    text = (
        "Villa Hearts USA season 3: what we know\n\n"
        "Villa Hearts USA is back for a third season on Peacock, and the streamer has "
        "confirmed the dates."
    )
    assert triple("Villa Hearts USA", 3, "renewed") in statuses(extractor, text)


def test_a_networks_show_described_in_a_sentence_case_headline_is_no_title(extractor) -> None:
    text = (
        "Who's who in Fast Money: a guide to Showtime's Uber drama\n\n"
        "Jo Marsh leads a crowded cast\n\n"
        "Showtime's newest drama, Fast Money: The Battle for Uber, premieres February 27. "
        "Here is who plays whom.\n\n"
        "Jo Marsh as Travis Kane\nThe co-founder, in every scene.\n\n"
        "Tom Reyes as Bill Gurney\nThe investor who backed Uber early."
    )
    shows = shows_of(extractor, text)
    assert "Uber" not in shows
    assert ("Jo Marsh", "Travis Kane") in [
        (c["actor"], c["character"]) for c in shows["Fast Money: The Battle for Uber"]["cast"]
    ]


def test_a_studio_is_no_show(extractor) -> None:
    text = (
        "The Hawk and the Iron Wolf is over. Is a second season coming?\n\n"
        "Marvel has not decided - or at least has not said - whether Sam and Bucky return\n\n"
        "The six-episode run of The Hawk and the Iron Wolf ended on Friday. Disney+ and "
        "Marvel Studios have made no decision public, and the show's future is officially "
        "undecided. Fans of Marvel wait."
    )
    found = statuses(extractor, text)
    assert triple("The Hawk and the Iron Wolf", 2, "pending") in found
    assert not any(t[0] == norm_title("Marvel") for t in found)


def test_a_lower_case_the_after_and_goes_on_one_name(extractor) -> None:
    text = (
        "The Hawk and the Iron Wolf: who is in the cast\n\n"
        "The finale renamed the show Captain Hawk and the Iron Wolf. Jo Marsh plays Sam "
        "Reed, the new Captain Hawk. Tom Reyes plays Bucky Stone."
    )
    assert "Captain Hawk" not in shows_of(extractor, text)


def test_no_later_season_makes_an_earlier_pickup_history(extractor) -> None:
    # The later cut names no network: the pickup of season 2 is still history.
    text = (
        "Fox gives Sand Lane a thumbs-down\n\n"
        "Sand Lane premiered on ABC in January 1994. ABC dropped it after a single season, "
        "and Fox picked it up for a second run this spring. Even that slot failed, and "
        "there will be no third season."
    )
    found = statuses(extractor, text)
    assert triple("Sand Lane", 3, "canceled") in found
    assert triple("Sand Lane", 2, "renewed") not in found


def test_canceled_after_a_few_weeks_on_the_air_ends_the_first_season(extractor) -> None:
    text = (
        "CBS grounds Sand Lane\n\n"
        "CBS has canceled Sand Lane, its family sitcom, after only a few weeks on the air."
    )
    assert triple("Sand Lane", 2, "canceled") in statuses(extractor, text)


def test_weeks_after_a_finale_are_no_first_season(extractor) -> None:
    text = (
        "Sand Lane ends\n\n"
        "CBS has canceled Sand Lane after eight seasons, three weeks after its finale."
    )
    found = statuses(extractor, text)
    assert triple("Sand Lane", 9, "canceled") in found
    assert triple("Sand Lane", 2, "canceled") not in found


def test_gets_no_second_season_cancels(extractor) -> None:
    text = (
        "CBS cuts Sand Lane\n\n"
        "CBS has canceled Sand Lane, the glossy drama. The casino doctor gets no second season."
    )
    assert triple("Sand Lane", 2, "canceled") in statuses(extractor, text)


def test_a_wait_while_the_first_season_airs_is_for_the_second(extractor) -> None:
    text = (
        "Sand Lane season 2: will it happen?\n\n"
        "Sand Lane is a drama. The show's future remains undecided while the first season "
        "is still rolling out."
    )
    assert triple("Sand Lane", 2, "pending") in statuses(extractor, text)


def test_whether_a_season_comes_is_unknown_is_pending(extractor) -> None:
    text = (
        "Sand Lane season 2: will it happen?\n\n"
        "Sand Lane is a drama. Whether Paramount+ wants a second season is unknown."
    )
    assert triple("Sand Lane", 2, "pending") in statuses(extractor, text)


def test_there_is_simply_no_decision_is_pending(extractor) -> None:
    text = (
        "Sand Lane season 2\n\n"
        "Apple TV+ launched Sand Lane in March. Apple has kept quiet about a second season, "
        "but for now there is simply no decision."
    )
    assert triple("Sand Lane", 2, "pending") in statuses(extractor, text)


def test_not_saying_whether_a_guest_drops_by_is_no_pending_season(extractor) -> None:
    text = (
        "Sand Lane series 3: everything we know\n\n"
        "BBC Three has ordered a third series of Sand Lane. Jo Marsh was Dixon, the zoo "
        "owner, back in the first run; the writers have not said whether anyone from that "
        "era will drop by."
    )
    found = statuses(extractor, text)
    assert triple("Sand Lane", 3, "renewed") in found
    assert not any(t[2] == "pending" for t in found)


def test_a_renewal_decision_is_a_subject_not_a_renewal(extractor) -> None:
    text = (
        "Will there be a Sand Lane season 3? Hulu hasn't decided yet\n\n"
        "The animated series finished its second season this summer, and the streamer has "
        "not yet said whether a third is coming. Animation takes a long time, and a "
        "renewal decision now would still mean a long gap before new episodes."
    )
    found = statuses(extractor, text)
    assert triple("Sand Lane", 3, "pending") in found
    assert triple("Sand Lane", 3, "renewed") not in found


def test_dropping_a_seasons_story_is_no_cancellation(extractor) -> None:
    text = (
        "Sand Lane season 2: release date, cast and plot\n\n"
        "Starz has confirmed that Sand Lane will return for season 2. The drama first "
        "arrived on Starz in April 2016, and its second season takes the idea further: it "
        "drops the first season's story entirely and tells two new ones."
    )
    found = statuses(extractor, text)
    assert triple("Sand Lane", 2, "renewed") in found
    assert triple("Sand Lane", 2, "canceled") not in found


def test_two_names_joined_by_an_ampersand_that_reach_the_end_are_a_show(extractor) -> None:
    text = (
        "NBC lets Hope & Gloria go after two seasons\n\n"
        "NEW YORK - Hope & Gloria has reached the end of the line. NBC has canceled the "
        "sitcom about two mismatched friends in Pittsburgh, so there is no third season "
        "coming this fall.\n\n"
        "Jo Marsh played Hope Davidson, a producer. Kim Lee played Gloria Utz, her neighbor."
    )
    assert triple("Hope & Gloria", 3, "canceled") in statuses(extractor, text)


def test_a_heading_whose_title_ends_in_dots_opens_its_section(extractor) -> None:
    text = (
        "Gone by May: the midseason shows that didn't make it\n\n"
        "Here are three we will not be seeing again.\n\n"
        "Harbor Nine (NBC)\n\n"
        "Status: canceled. NBC yanked the comedy in March, four episodes in.\n\n"
        "Grapevine Lane (CBS)\n\n"
        "Status: canceled. This version was gone within weeks, and CBS will not bring it "
        "back.\n\n"
        "It's Like, You Said... (ABC)\n\n"
        "Status: canceled. The satire came back for a second season this fall. ABC has let "
        "it go, and there will be no third season."
    )
    found = statuses(extractor, text)
    assert triple("It's Like, You Said", 3, "canceled") in found
    assert triple("Grapevine Lane", 3, "canceled") not in found


def test_a_heading_over_a_paragraph_that_opens_on_its_network_is_a_show(extractor) -> None:
    # The parser may read the two-word heading as a person's name.
    text = (
        "Three seasons and out: kids' shows that never got a fourth\n\n"
        "Here are three that readers still ask about.\n\n"
        "Xavi Showdown\n\n"
        "Also on Kids' WB, this martial-arts fantasy followed four young monks racing to "
        "collect magic objects.\n\n"
        "The verdict: it ended after three seasons and was not renewed.\n\n"
        "Zeke and Lou\n\n"
        "Disney XD's skateboarding comedy launched in 2009 and became a hit for the "
        "channel.\n\n"
        "The verdict: the third season was as far as it went. Disney XD did not order a "
        "fourth."
    )
    found = statuses(extractor, text)
    assert triple("Xavi Showdown", 4, "canceled") in found
    assert triple("Zeke and Lou", 4, "canceled") in found
    assert shows_of(extractor, text)["Xavi Showdown"]["network"] == "Kids' WB"


def test_there_was_no_fourth_cancels_the_fourth(extractor) -> None:
    text = (
        "Sand Lane: looking back\n\n"
        "Kids' WB brought Sand Lane back in September 2002. The verdict: after three "
        "seasons there was no fourth."
    )
    assert triple("Sand Lane", 4, "canceled") in statuses(extractor, text)


def test_a_cut_by_another_network_does_not_undo_a_pickup(extractor) -> None:
    # The pickup is dated ("last fall"), the cut is not: still the pickup is the news.
    text = (
        "Sand Lane finds a new partner\n\n"
        "Good news. Epix renewed Sand Lane for a second season last fall. Fox, the first "
        "partner, did not renew it for a second season."
    )
    found = statuses(extractor, text, published="2018-03-01")
    assert triple("Sand Lane", 2, "renewed") in found
    assert triple("Sand Lane", 2, "canceled") not in found


def test_did_not_order_a_fourth_cancels(extractor) -> None:
    text = (
        "Zeke and Lou\n\n"
        "Disney XD's skateboarding comedy Zeke and Lou launched in 2009. Disney XD did not "
        "order a fourth season."
    )
    assert triple("Zeke and Lou", 4, "canceled") in statuses(extractor, text)


def test_passing_on_bringing_a_show_back_is_no_renewal(extractor) -> None:
    text = (
        "Upfront week casualties: three dramas will not see a second year\n\n"
        "The networks cleared out their freshmen this week.\n\n"
        "MEDICAL QUEST (NBC)\n\n"
        "NBC has passed on bringing Medical Quest back for a second season. The procedural "
        "premiered in September 2004. Jo Marsh played Dr. Stephen Connor."
    )
    found = statuses(extractor, text)
    assert triple("Medical Quest", 2, "canceled") in found
    assert triple("Medical Quest", 2, "renewed") not in found


def test_reversing_course_on_a_show_and_no_more_episodes_cancel(extractor) -> None:
    text = (
        "ABC reverses course on Stumpville, and there will be no season 2 after all\n\n"
        "The detective drama was renewed in May. Four months later, the network has changed "
        "its mind.\n\n"
        "Stumpville is finished at ABC: the network is not moving forward with more "
        "episodes of the Portland private-eye drama. ABC handed it a pickup in the spring, "
        "but the new season never went before cameras."
    )
    assert triple("Stumpville", 2, "canceled") in statuses(extractor, text)


def test_a_plus_sign_joins_one_title(extractor) -> None:
    text = (
        "Pawns + Rooks is coming back\n\n"
        "LONDON - A second series of Pawns + Rooks has been commissioned by the BBC. Jo "
        "Marsh plays Sephy Hale."
    )
    assert list(shows_of(extractor, text)) == ["Pawns + Rooks"]
    assert triple("Pawns + Rooks", 2, "renewed") in statuses(extractor, text)


def test_till_joins_one_title(extractor) -> None:
    text = (
        "From Noon till Night: The Series season 2 - what we know\n\n"
        "El Rey Network has renewed From Noon till Night: The Series for a second season."
    )
    assert triple("From Noon till Night: The Series", 2, "renewed") in statuses(extractor, text)


def test_is_back_in_an_article_about_a_coming_season_renews_it(extractor) -> None:
    text = (
        "Sand Lane series 2: what we know\n\n"
        "Sand Lane is back. The BBC has confirmed that the second series will go out on BBC "
        "Two this summer."
    )
    assert triple("Sand Lane", 2, "renewed") in statuses(extractor, text)


def test_one_word_before_a_networks_genre_describes_the_show(extractor) -> None:
    text = (
        "The Bore ends after three series\n\n"
        "Sky Atlantic's Anglo-French crime drama signs off after its third and final "
        "series, closing one of the channel's co-productions\n\n"
        "The Bore has ended with its third series, which was billed as the last chapter."
    )
    found = statuses(extractor, text)
    assert triple("The Bore", 3, "ended") in found
    assert not any(t[0] == norm_title("Anglo-French") for t in found)


def test_silence_and_yet_to_say_are_pending(extractor) -> None:
    text = (
        "Bubble watch: where two shows stand\n\n"
        "Sand Lane - Amazon Prime Video\n\n"
        "Amazon launched Sand Lane on March 27. Amazon has been silent on whether a second "
        "season is coming, and the service does not publish viewing figures.\n\n"
        "Glass Harbor - Netflix\n\n"
        "The third season of Glass Harbor landed on Netflix on March 27. Netflix has yet to "
        "say if a fourth season is on the way."
    )
    found = statuses(extractor, text)
    assert triple("Sand Lane", 2, "pending") in found
    assert triple("Glass Harbor", 4, "pending") in found


def test_not_on_the_bubble_is_no_pending(extractor) -> None:
    text = (
        "Bubble watch: where shows stand\n\n"
        "Sand Lane - Netflix\n\n"
        "Netflix has yet to decide on a fourth season of Sand Lane.\n\n"
        "Glass Harbor - NBC\n\n"
        "This one is not on the bubble at all. NBC renewed its hospital drama back in "
        "January for a third season."
    )
    claims = extractor.extract(Document(text=text)).claims
    said = {(c.show, c.value["status"]) for c in claims if c.kind == "season_status"}
    assert ("Glass Harbor", "renewed") in said
    assert ("Glass Harbor", "pending") not in said


def test_a_second_series_of_x_is_confirmed_renews(extractor) -> None:
    text = (
        "Status check\n\n"
        "Sand Lane (BBC One)\n\n"
        "A second series of Sand Lane is confirmed, with Tom Reyes returning as James "
        "Dell. The period drama began its run on BBC One in January 2017.\n\n"
        "Glass Harbor (Sky One)\n\n"
        "Sky has recommissioned Glass Harbor, so the comedy is getting a second series."
    )
    assert triple("Sand Lane", 2, "renewed") in statuses(extractor, text)


def test_a_cut_undone_before_a_later_cut_is_history(extractor) -> None:
    text = (
        "Sand Lane is out of time\n\n"
        "NBC has canceled Sand Lane again, and there will be no third season. The show "
        "first arrived in October 2016, was axed after its first year and brought back "
        "days later, and has now been cut loose for good."
    )
    found = statuses(extractor, text)
    assert triple("Sand Lane", 3, "canceled") in found
    assert triple("Sand Lane", 2, "canceled") not in found


def test_a_numbered_heading_with_a_comma_keeps_its_title(extractor) -> None:
    text = (
        "Gone too soon? Two shows that never made it to a second season\n\n"
        "Here are two worth remembering.\n\n"
        "1. Sit Still, Speak Up (Fox)\n\n"
        "This animated comedy premiered in April 2009 and slid in the ratings at once. A "
        "second season was never ordered.\n\n"
        "2. Sons & Nieces (ABC)\n\n"
        "The family comedy arrived on ABC in March 2006, and ABC pulled the plug after its "
        "first season."
    )
    found = statuses(extractor, text)
    assert triple("Sit Still, Speak Up", 2, "canceled") in found
    assert "Sit Still, Speak Up" in shows_of(extractor, text)


def test_a_wait_for_a_show_in_its_first_year_is_for_the_second_season(extractor) -> None:
    text = (
        "Sand Lane: still waiting\n\n"
        "Sand Lane arrived on Channel 4 in June. Its fate is undecided, and the channel is "
        "saying nothing."
    )
    found = statuses(extractor, text, published="2024-07-08")
    assert triple("Sand Lane", 2, "pending") in found


def test_a_show_named_after_its_heroine_keeps_her_full_name(extractor) -> None:
    text = (
        "Will Ginger Morrow survive the merger?\n\n"
        "Nobody at Ginger Morrow knows yet whether there will be a second season. The "
        "WB's newsroom comedy premiered in April.\n\n"
        "Jo Marsh plays Ginger Morrow, an ambitious reporter. Ginger wants the anchor chair, "
        "and Ginger gets in the way of everyone. For now, the show is simply on the bubble."
    )
    shows = shows_of(extractor, text)
    assert "Ginger" not in shows
    assert "Ginger Morrow" in shows
