"""Session 23: a question's subject opening on "No", field lines ("Notes:", bulleted
"- Network:"), a roundup heading with its network kept whole, a franchise's subtitle that
is also a network's name, a title of three words before a comma, more status phrasings
("has not settled whether", "no word either way on", "a sophomore order", "finished at two
seasons", "makes season 2 official", a label's "Third season ordered") and history (an
order in the past perfect, a season that "has since finished airing"), and cast phrasings
(sentences, shows and people invented)."""

from __future__ import annotations

from extract_helpers import cast_pairs, show_cast, shows_of, statuses, triple


def test_a_question_subject_opening_on_no_keeps_it(extractor) -> None:
    text = (
        "No Quiet Harbor Season 2: Will Hulu Bring Back the Pells?\n\n"
        "The mystery landed in March. Here is what we know.\n\n"
        "Has No Quiet Harbor been renewed for season 2?\n\n"
        "Not yet. Hulu has not settled whether the show will continue.\n\n"
        "Where can I watch it?\n\n"
        "No Quiet Harbor, all eight episodes of it, is on Hulu now.\n"
    )
    assert triple("No Quiet Harbor", 2, "pending") in statuses(extractor, text)


def test_a_first_season_that_wraps_up_its_story_is_no_ending(extractor) -> None:
    text = (
        "Bea vs. the Toaster: is a second season on the way?\n\n"
        "Bea vs. the Toaster premiered on Netflix in June. Netflix still has not made up its "
        "mind about a second season.\n\n"
        "The first season ends in a way that wraps up its story, and the star has a habit "
        "of walking away from characters once he feels they are finished.\n\n"
        "For now the show remains on the bubble.\n"
    )
    found = statuses(extractor, text)
    assert triple("Bea vs. the Toaster", 2, "pending") in found
    assert not {t for t in found if t[2] in ("ended", "canceled")}


def test_making_a_season_its_last(extractor) -> None:
    text = (
        "Cinder Road Season 3: What to Know\n\n"
        "The streamer says these ten episodes close out Cinder Road, making the third season "
        "its last.\n"
    )
    assert triple("Cinder Road", 3, "ended") in statuses(extractor, text)


def test_no_word_either_way_on_a_next_series(extractor) -> None:
    text = (
        "Gull Street returns for Christmas\n\n"
        "Gull Street, the BBC One sitcom that ran for seven series, is back for three festive "
        "episodes. Fans wonder whether they will be the last, and the BBC has given no word "
        "either way on an eighth series.\n"
    )
    assert triple("Gull Street", 8, "pending") in statuses(extractor, text)


def test_a_sophomore_order_handed_to_a_show(extractor) -> None:
    text = (
        "Raising Halloway Season 2 Guide\n\n"
        "Is Raising Halloway coming back?\n\n"
        "Yes. Starz handed Raising Halloway a sophomore order a few weeks after the premiere.\n"
    )
    assert triple("Raising Halloway", 2, "renewed") in statuses(extractor, text)


def test_a_verdict_labels_ordinal_season_ordered(extractor) -> None:
    text = (
        "Scorecard: where three dramas stand\n\n"
        "Here is the latest.\n\n"
        "The Copper Ward (Fox)\n"
        "Status: Third season ordered.\n"
        "Fox gave its medical drama another year.\n\n"
        "Lantern Bay (Hulu)\n"
        "Status: On the bubble.\n"
        "The spinoff wrapped its freshman season on Wednesday, and Hulu has yet to decide "
        "whether it will come back.\n"
    )
    found = statuses(extractor, text)
    assert triple("The Copper Ward", 3, "renewed") in found
    assert triple("Lantern Bay", 2, "pending") in found


def test_a_notes_line_is_no_title(extractor) -> None:
    text = (
        "Kids' TV scorecard: two shows wrap up\n\n"
        "Here is where two shows stand.\n\n"
        "Deck Hands\n"
        "Network: Disney Channel\n"
        "Status: Finished. The third season turned out to be the last.\n"
        "Notes: The series launched on September 26, 2008. Tom Reyes plays Zed Marlow.\n\n"
        "Ruby Ltd.\n"
        "Network: Nickelodeon\n"
        "Status: Nickelodeon has let the comedy go after three seasons.\n"
        "Notes: Dana Holt starred as Ruby Vance.\n"
    )
    shows = shows_of(extractor, text)
    assert not [t for t in shows if t.startswith("Notes")]
    assert ("Tom Reyes", "Zed Marlow") in show_cast(extractor, text, "Deck Hands")


def test_a_roundup_heading_with_its_network_keeps_its_subtitle(extractor) -> None:
    text = (
        "Three cartoons that never got a second season\n\n"
        "Here are three.\n\n"
        "Web-Man Unlimited (Fox Kids)\n"
        "Launched in 1999, it sent its hero to a new planet. Rick Lane gave voice to Web-Man "
        "in this version. Fox Kids never ordered more.\n\n"
        "Web-Man: The New Animated Series (MTV)\n"
        "The cable channel debuted this take in July 2003. Dana Holt starred as Peter Vance. "
        "MTV declined to bring it back for a second season.\n"
    )
    shows = shows_of(extractor, text)
    assert "Web-Man: The New Animated Series" in shows
    assert ("Rick Lane", "Web-Man") in show_cast(extractor, text, "Web-Man Unlimited")


def test_played_by_then_the_next_clauses_subject(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "The family stays front and center: Ben Tolliver is played by Omar Delgado, Manuel "
        "Ruiz stars as Ramon Tolliver, and Mayra Soto is Edith Tolliver. Diego Marin played "
        "Miguel Ángel Tolliver across the first two seasons.",
    )
    assert ("Omar Delgado", "Ben Tolliver") in pairs
    assert ("Manuel Ruiz", "Ramon Tolliver") in pairs
    assert ("Diego Marin", "Miguel Ángel Tolliver") in pairs


def test_should_be_back_and_expected_back(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Mara Lin should be back as Cora Bright, with Vanessa Holt as her girlfriend Toni "
        "Vance. Tom Reyes is expected back as FP Hale. Bobby Lane joins the mix as Seth "
        "Brand. Gio Ricci turned up repeatedly as Frank Doyle Jr., Phoebe's brother.",
    )
    assert {
        ("Mara Lin", "Cora Bright"),
        ("Tom Reyes", "FP Hale"),
        ("Bobby Lane", "Seth Brand"),
        ("Gio Ricci", "Frank Doyle Jr."),
    } <= pairs


def test_a_role_before_the_sentences_own_verb(nlp) -> None:
    pairs = cast_pairs(
        nlp, "The Marvel series starring Kate Hale as Agnes Harlow arrived in September."
    )
    assert ("Kate Hale", "Agnes Harlow") in pairs


def test_a_jobs_initials_are_no_role(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Amanda Birch stars as Sam Ryland, the pathologist. The role was a marked change of "
        "pace for Birch, who was best known to viewers for playing a country GP in a popular "
        "ITV medical drama.",
    )
    assert pairs == {("Amanda Birch", "Sam Ryland")}


def test_a_first_name_role_is_not_the_novelists_name(extractor) -> None:
    text = (
        "The Quiet Republic: meet the family\n\n"
        "HBO's The Quiet Republic, a six-part adaptation of the Philip Marsh novel, arrives "
        "in March.\n\n"
        "Their younger son Philip is played by Azhar Reid. Zoe Kane plays Bess Levy.\n"
    )
    assert ("Azhar Reid", "Philip") in show_cast(extractor, text, "The Quiet Republic")


def test_whether_a_next_series_has_not_been_discussed(extractor) -> None:
    text = (
        "BBC One confirms a second series of Cold Witness\n\n"
        "Cold Witness will be back on BBC One. The corporation has confirmed a second series "
        "of the forensic drama. Whether there will be a third series beyond that has not "
        "been discussed publicly.\n"
    )
    found = statuses(extractor, text)
    assert triple("Cold Witness", 2, "renewed") in found
    assert triple("Cold Witness", 3, "pending") in found


def test_finished_at_two_seasons(extractor) -> None:
    text = (
        "Rights shuffle ends The Amazing Web-Girl\n\n"
        "Fans of Disney XD's The Amazing Web-Girl have their answer. The animated series is "
        "finished at two seasons, with the rights now elsewhere.\n"
    )
    assert triple("The Amazing Web-Girl", 3, "canceled") in statuses(extractor, text)


def test_a_franchise_title_with_two_colons_and_a_network_subtitle(extractor) -> None:
    text = (
        "Star Voyage: Cadet Academy: Everything We Know So Far\n\n"
        "Here is what has been confirmed about Star Voyage: Cadet Academy and its first "
        "season.\n\n"
        "Is Cadet Academy really happening?\n\n"
        "Yes. The story is set after the later seasons of Star Voyage: Discovery.\n\n"
        "Holly Vance leads the series as Nala Ake, and Rob Pinto is back as Doctor Hale.\n"
    )
    shows = shows_of(extractor, text)
    assert "Star Voyage: Cadet Academy" in shows
    assert "Star Voyage" not in shows
    assert ("Rob Pinto", "Doctor Hale") in show_cast(extractor, text, "Star Voyage: Cadet Academy")


def test_an_earlier_order_in_the_past_perfect_is_history(extractor) -> None:
    text = (
        "Three comedies that knew the end was coming\n\n"
        "Here are three.\n\n"
        "Greenery (Showtime)\n\n"
        "The creator spent eight seasons on this dark comedy. Showtime had picked it up for a "
        "seventh season while its future was still open, and later confirmed that the eighth "
        "season would be the last.\n"
    )
    found = statuses(extractor, text)
    assert triple("Greenery", 8, "ended") in found
    assert triple("Greenery", 7, "renewed") not in found


def test_the_last_item_of_a_cast_list_is_no_heading(extractor) -> None:
    text = (
        "Spring's true-crime double bill: who plays whom\n\n"
        "Two limited series land this month.\n\n"
        "Under the Red Mesa (FX)\n\n"
        "The seven-episode drama premieres on April 28. Andy Garland stars as Jeb Pyle.\n\n"
        "That family is where most of the cast sits:\n"
        "- Sam Worth as Ron Latimer\n"
        "- Seth Numa as Robin Latimer\n\n"
        "Denise Gaunt, who plays Dianna Latimer, rounds out the in-laws.\n\n"
        "We Run This Town (HBO)\n\n"
        "Jon Bern leads the ensemble as Wayne Jenks.\n"
    )
    shows = shows_of(extractor, text)
    assert not [t for t in shows if " as " in t]
    assert ("Denise Gaunt", "Dianna Latimer") in show_cast(extractor, text, "Under the Red Mesa")


def test_weighing_up_whether_to_order_a_next_series(extractor) -> None:
    text = (
        "The Silent Front: is a second series on the cards?\n\n"
        "Channel 4 is still weighing up whether to order a second series of The Silent Front, "
        "and there has been no public word on it.\n"
    )
    assert triple("The Silent Front", 2, "pending") in statuses(extractor, text)


def test_a_heading_title_with_and_stays_whole(extractor) -> None:
    text = (
        "Renewal scorecard: three dramas\n\n"
        "Here is a quick look.\n\n"
        "Lamp and Catch Light (AMC)\n\n"
        "The computer drama returns for its second season on May 31. AMC has yet to say "
        "anything about a third season.\n\n"
        "Harbor Five-0 (CBS)\n\n"
        "No suspense here. CBS gave the reboot, which launched on September 20, 2010, a "
        "sixth season back in March.\n"
    )
    found = statuses(extractor, text)
    assert triple("Lamp and Catch Light", 3, "pending") in found
    assert triple("Harbor Five-0", 6, "renewed") in found


def test_bulleted_field_lines_under_a_heading(extractor) -> None:
    text = (
        "Gone too soon: two one-season wonders\n\n"
        "Some deserved better. Here are two.\n\n"
        "Greetings from Mesa\n\n"
        "- Network: The WB\n"
        "- Status: Axed after one season\n"
        "- Premiered: September 2002\n\n"
        "This warm family comedy followed a family in Arizona.\n\n"
        "Emerald Lantern: The Animated Series\n\n"
        "- Network: Cartoon Network\n"
        "- Status: Won't return for a second season\n"
        "- Premiered: November 2011\n\n"
        "Josh Kane voiced Hal Jordan.\n"
    )
    found = statuses(extractor, text)
    shows = shows_of(extractor, text)
    assert triple("Greetings from Mesa", 2, "canceled") in found
    assert triple("Emerald Lantern: The Animated Series", 2, "canceled") in found
    assert shows["Emerald Lantern: The Animated Series"]["network"] == "Cartoon Network"


def test_a_three_word_name_before_a_comma_written_so_twice(extractor) -> None:
    text = (
        "Hulu Pulls the Plug on Sara Silver's I Love Dogs, America\n\n"
        "Hulu has decided that I Love Dogs, America will not return for a third season.\n\n"
        "I Love Dogs, America launched in October 2017.\n"
    )
    assert triple("I Love Dogs, America", 3, "canceled") in statuses(extractor, text)


def test_a_writers_name_before_a_kind_of_show_is_no_show(extractor) -> None:
    text = (
        "Quiet Valley to Return: BBC One Orders Second Series of Sally Wain Drama\n\n"
        "BBC One has handed a second series to Quiet Valley, the Yorkshire crime drama, with "
        "writer Sally Wain returning to script every episode. Wain created it.\n"
    )
    found = statuses(extractor, text)
    assert triple("Quiet Valley", 2, "renewed") in found
    assert {t[0] for t in found} == {triple("Quiet Valley", 2, "renewed")[0]}


def test_a_want_then_a_new_clause_with_its_own_subject(extractor) -> None:
    text = (
        "Devil's Due Season 2: Everything We Know So Far\n\n"
        "Season one of Devil's Due ended on a cliffhanger. Good news, then: Netflix wants more, "
        "and the animated series has been ordered for a second season.\n"
    )
    assert triple("Devil's Due", 2, "renewed") in statuses(extractor, text)


def test_word_of_a_season_is_no_release_of_it(extractor) -> None:
    text = (
        "Tasty Dungeon Season 2\n\n"
        "Is Tasty Dungeon coming back?\n\n"
        "Yes. Word of a second season arrived hours after episode 24 went out. That makes "
        "season 2 official, even if it is still some way off.\n"
    )
    assert triple("Tasty Dungeon", 2, "renewed") in statuses(extractor, text)


def test_a_season_for_the_series_pointed_back_to(extractor) -> None:
    text = (
        "HBO Max pulls the plug on Near Enough\n\n"
        "HBO Max has canceled the animated comedy Near Enough, meaning no fourth season for "
        "the series from J. Quill, the creator best remembered for Cartoon Network's Normal "
        "Show.\n"
    )
    found = statuses(extractor, text)
    assert triple("Near Enough", 4, "canceled") in found
    assert not [t for t in found if t[0] == triple("Normal Show", 4, "canceled")[0]]


def test_a_season_that_has_since_finished_airing(extractor) -> None:
    text = (
        "Summer scorecard: shows that earned another year\n\n"
        "Here are three.\n\n"
        "Fringe Case (Fox)\n\n"
        "Instead, the network picked it up for a fourth season back in March. The third "
        "season has since finished airing, so the writers have plenty to untangle when the "
        "show returns in September.\n"
    )
    found = statuses(extractor, text)
    assert triple("Fringe Case", 4, "renewed") in found
    assert triple("Fringe Case", 3, "renewed") not in found


def test_a_place_ending_a_subtitle_and_first_reached_screens(extractor) -> None:
    text = (
        "Crime & Court: UK on hold: where the ITV drama stands\n\n"
        "ITV's London-set version of the American procedural is in limbo. After eight "
        "series, the broadcaster has described Crime & Court: UK as being rested, and no call "
        "has yet been made on whether a ninth series will ever happen.\n\n"
        "The drama first reached screens in February 2009, adapting American scripts for "
        "British courts.\n\n"
        "Bradley Walsh plays Ronnie Brooks.\n"
    )
    shows = shows_of(extractor, text)
    assert triple("Crime & Court: UK", 9, "pending") in statuses(extractor, text)
    assert shows["Crime & Court: UK"]["premiere"] == "2009-02"


def test_a_role_taken_over_or_stepped_into(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Sharon Hale has since stepped in as DI Elsa Flint. Bill Porter played George Keep, "
        "the head of the service, before Peter Dane took over the office as Henry Sharp. Jane "
        "Ode, who had already travelled in the TARDIS on Doctor Who, spent several series as "
        "junior prosecutor Alma Phipps.",
    )
    assert {
        ("Sharon Hale", "Elsa Flint"),
        ("Bill Porter", "George Keep"),
        ("Peter Dane", "Henry Sharp"),
        ("Jane Ode", "Alma Phipps"),
    } <= pairs


def test_initials_after_a_possessive_description_are_a_name(nlp) -> None:
    # (the guard beside test_a_jobs_initials_are_no_role: "a country GP" is a job, "Kate's
    # brash friend BJ" a character)
    assert ("Lucy Pond", "BJ") in cast_pairs(nlp, "Lucy Pond plays Kate's brash friend BJ.")


def test_a_season_planned_as_the_end_of_the_road(extractor) -> None:
    text = (
        "Staying In signs off: HBO's care-home comedy ends after three seasons\n\n"
        "There will be no fourth round. HBO has confirmed that Staying In, its half-hour "
        "comedy about a struggling care home, is finished, and that the third season which "
        "wrapped up in December was planned as the end of the road.\n"
    )
    assert triple("Staying In", 3, "ended") in statuses(extractor, text)


def test_a_relative_clause_with_nobody_treating_a_patient(extractor) -> None:
    text = (
        "Three comedies that quit while ahead\n\n"
        "Here are three.\n\n"
        "Blue Ward (Channel 4)\n\n"
        "The hospital comedy where almost nobody treats a patient bowed out after two series, "
        "plus a one-off special.\n\n"
        "Nana's Flat (BBC Two)\n\n"
        "The BBC Two comedy ended with its second series.\n"
    )
    found = statuses(extractor, text)
    assert triple("Blue Ward", 2, "ended") in found
    assert triple("Nana's Flat", 2, "ended") in found


def test_gone_within_weeks_of_its_launch_is_a_first_season_cut(extractor) -> None:
    text = (
        "Spring flops: three shows that did not last\n\n"
        "Here are three.\n\n"
        "Vineyard Talk (CBS)\n\n"
        "Status: canceled. The comedy, in which friends told the same story from different "
        "sides, was a second try at the idea. This version, too, was gone within weeks of its "
        "launch, and CBS will not bring it back.\n\n"
        "Like, Whatever (ABC)\n\n"
        "Status: canceled. ABC has let it go, and there will be no third season.\n"
    )
    assert triple("Vineyard Talk", 2, "canceled") in statuses(extractor, text)
