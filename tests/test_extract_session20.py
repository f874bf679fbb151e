"""Session 20: titles styled in lower case, titles closed by "...?", a season's number
branded after the name, "Mr" before one name, predecessors told inside a story, and "the
last season" (sentences, shows and people invented)."""

from __future__ import annotations

from extract_helpers import show_cast, shows_of, status_claims, statuses, triple


def test_a_title_styled_in_lower_case_after_a_verdict(extractor) -> None:
    text = (
        "ABC cancels fortysomewhere after three seasons\n\n"
        "ABC has decided not to renew fortysomewhere, the lower-case drama about old college "
        "friends, ending a run of three seasons. There will be no fourth season.\n\n"
        "Dana Holt plays Ruth Marley, the friend who never left town.\n"
    )
    assert triple("fortysomewhere", 4, "canceled") in statuses(extractor, text)
    assert ("Dana Holt", "Ruth Marley") in show_cast(extractor, text, "fortysomewhere")


def test_a_lower_case_title_opening_the_headline(extractor) -> None:
    text = (
        "lunchladies series 2: who's who in the kitchen\n\n"
        "A second series of lunchladies is on the way. The BBC has commissioned more of the "
        "comedy about the women who run a school kitchen in Leeds.\n"
    )
    assert triple("lunchladies", 2, "renewed") in statuses(extractor, text)


def test_common_words_in_a_title_place_are_no_title(extractor) -> None:
    text = (
        "Harbor Lights ends after five seasons\n\n"
        "After five seasons of blood, bickering and feuds, Harbor Lights will end with its "
        "sixth season on FX. Its vampires feed on boredom rather than blood, and Mara Lin "
        "plays the Guide.\n"
    )
    assert "blood" not in shows_of(extractor, text)
    assert triple("Harbor Lights", 6, "ended") in statuses(extractor, text)


def test_a_title_closed_by_dots_and_a_question_mark(extractor) -> None:
    text = (
        "Marvel's 'What Then...?' Season 2: everything we know\n\n"
        "Season 2 of What Then...? is the final season of the animated anthology, the studio "
        "has confirmed.\n"
    )
    assert triple("What Then...?", 2, "ended") in statuses(extractor, text)


def test_a_season_number_branded_after_the_name(extractor) -> None:
    text = (
        "Quiet Harbor 3: everything we know so far\n\n"
        "Is there going to be a Quiet Harbor 3? Nobody official has said so. The streamer "
        "has not announced a third season, and its fate is undecided.\n\n"
        "Mara Lin plays Tess Walker.\n"
    )
    shows = shows_of(extractor, text)
    assert "Quiet Harbor" in shows and "Quiet Harbor 3" not in shows
    assert triple("Quiet Harbor", 3, "pending") in statuses(extractor, text)
    assert ("Mara Lin", "Tess Walker") in show_cast(extractor, text, "Quiet Harbor")


def test_a_number_that_is_part_of_the_name_stays(extractor) -> None:
    text = (
        "Outpost 7 season 3 confirmed\n\n"
        "The network has renewed Outpost 7 for a third season. The third season of Outpost 7 "
        "will arrive next year.\n"
    )
    assert triple("Outpost 7", 3, "renewed") in statuses(extractor, text)


def test_mr_before_one_name_is_the_characters(extractor) -> None:
    text = (
        "Citizen Hale series 2: everything we know\n\n"
        "BBC Two has renewed Citizen Hale for a second series.\n\n"
        "Omar Reyes returns as Mr Hale, the penny-pinching head of the family. Ben Ford "
        "plays the family's pompous cousin, Mr Pollard.\n"
    )
    cast = show_cast(extractor, text, "Citizen Hale")
    assert ("Omar Reyes", "Mr Hale") in cast
    assert ("Ben Ford", "Mr Pollard") in cast


def test_in_place_of_inside_the_story_is_no_predecessor(extractor) -> None:
    text = (
        "What Then...? season 3 is the last\n\n"
        "Season 3 of What Then...? is the final season of the anthology.\n\n"
        "Dana Holt lends her voice to Captain Marley, the version of Ruth Marley who took the "
        "serum in place of Tom Baxter.\n"
    )
    cast = show_cast(extractor, text, "What Then...?")
    assert ("Dana Holt", "Captain Marley") in cast
    assert not any(actor == "Tom Baxter" for actor, _ in cast)


def test_confirmed_as_the_last_season(extractor) -> None:
    text = (
        "Harbor Lights season 4: everything we know about the last ride\n\n"
        "The fourth season of Harbor Lights is finally about to air, and it is confirmed as "
        "the last season the show will make for Syfy.\n"
    )
    assert triple("Harbor Lights", 4, "ended") in statuses(extractor, text)


def test_last_season_as_the_season_before_is_no_ending(extractor) -> None:
    text = (
        "Harbor Lights renewed for a fifth season\n\n"
        "Syfy has renewed Harbor Lights for a fifth season. Ratings rose over the last season, "
        "which was the last season to feature Mara Lin.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 5, "renewed") in found
    assert not any(status == "ended" for _, _, status in found)


def test_a_colon_inside_a_sentence_parts_two_names(extractor) -> None:
    text = (
        "Heirlooms season 3: the next term at the Marlowe Academy, explained\n\n"
        "The CW has already signed the drama up for another year. Here is what we know\n\n"
        "Good news for the pupils of the Marlowe Academy for the Bold and Gifted: Heirlooms "
        "is coming back. The CW handed the show a third-season pickup in January.\n\n"
        "Is season 3 confirmed?\n\n"
        "Yes. The CW has ordered season 3, and the network has not said where Heirlooms will "
        "sit.\n"
    )
    assert "Gifted: Heirlooms" not in shows_of(extractor, text)
    assert triple("Heirlooms", 3, "renewed") in statuses(extractor, text)


def test_a_body_in_the_story_called_by_name_is_no_show(extractor) -> None:
    text = (
        "Is there a future for Quiet Harbor? USA Network is still deciding\n\n"
        "Red Unit's fate hangs on a network decision that has not come yet.\n\n"
        "USA Network has not announced whether the spy drama Quiet Harbor will get a fifth "
        "season. The show follows a secret agency called Red Unit.\n\n"
        "The people who run Red Unit are memorable. Mara Lin plays Tess Walker, and Omar "
        "Reyes plays Ben Ford.\n"
    )
    assert "Red Unit" not in shows_of(extractor, text)
    assert ("Mara Lin", "Tess Walker") in show_cast(extractor, text, "Quiet Harbor")


def test_a_life_on_the_bubble_is_no_wait(extractor) -> None:
    text = (
        "Heirlooms season 6: NBC has not decided\n\n"
        "The fifth season of Heirlooms wrapped up in April. NBC has made no decision on a "
        "sixth season.\n\n"
        "It is a familiar spot for the comedy, which premiered on NBC in September 2009 and "
        "has spent most of its life on the bubble.\n"
    )
    assert status_claims(extractor, text) == {("heirlooms", 6, "pending")}


def test_roles_after_expected_to_return_on_hand_and_rounds_out_the_six(extractor) -> None:
    text = (
        "Harbor Lights season 5: everything we know\n\n"
        "AMC renewed Harbor Lights. Mara Lin is also expected to return as Tess Walker, the "
        "baker with a second career. Omar Reyes is still on hand as Ben Ford, the silent old "
        "boss, and Dana Holt rounds out the six as Ruth Marley, whose vocabulary is her own.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lights")
    assert {
        ("Mara Lin", "Tess Walker"),
        ("Omar Reyes", "Ben Ford"),
        ("Dana Holt", "Ruth Marley"),
    } <= cast


def test_a_described_role_once_again_played_by(extractor) -> None:
    text = (
        "Harbor Lights series 2\n\n"
        "BBC Two renewed Harbor Lights. Manolo, the hopeful waiter from Barcelona, is once "
        "again played by Omar Reyes.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lights")
    assert ("Omar Reyes", "Manolo") in cast
    assert ("Omar Reyes", "Barcelona") not in cast


def test_a_headline_name_before_its_season_keeps_its_first_word(extractor) -> None:
    text = (
        "Brooklyn Harbor Lights season 8: all the news on the last run\n\n"
        "The precinct shuts for good in August\n\n"
        "The end is in sight for the Harbor Lights. NBC confirmed that the comedy's eighth "
        "season will be its last.\n\n"
        "Mara Lin plays Tess Walker.\n"
    )
    assert triple("Brooklyn Harbor Lights", 8, "ended") in statuses(extractor, text)


def test_no_decision_on_season_n(extractor) -> None:
    text = (
        "Renewed or waiting? Where two comedies stand\n\n"
        "HARBOR LIGHTS (FX)\n"
        "Verdict: Waiting\n\n"
        "The second season of Harbor Lights is midway through its run. No decision on season "
        "3 has been announced.\n\n"
        "QUIET HOURS (CBS)\n"
        "Verdict: Safe\n\n"
        "CBS ordered two more seasons of Quiet Hours last spring, so the current 11th season "
        "will be followed by another.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 3, "pending") in found
    assert triple("Harbor Lights", 2, "pending") not in found
    assert triple("Quiet Hours", 11, "renewed") not in found


def test_a_role_taken_by_and_played_in_flashbacks_by(extractor) -> None:
    text = (
        "Harbor Lights season 4: everything we know\n\n"
        "BBC America renewed Harbor Lights for a fourth season. Tess answers to her handler, "
        "Ben Ford, a role taken by Omar Reyes. Their late father, Walt Marley, is played in "
        "flashbacks by Tom Baxter. A new face in the kitchen is Manolo, the cook, a role "
        "taken by Dana Holt.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lights")
    assert {
        ("Omar Reyes", "Ben Ford"),
        ("Tom Baxter", "Walt Marley"),
        ("Dana Holt", "Manolo"),
    } <= cast


def test_is_pairs_after_a_colon_a_list_dash_or_a_long_description(extractor) -> None:
    text = (
        "Harbor Lights season 3: everything we know\n\n"
        "The CW renewed Harbor Lights for a third season. The local law returns too: Omar "
        "Reyes is Sheriff Ben Ford, and Dana Holt plays Deputy Ruth Marley. Mara Lin plays "
        "the nurse Tess Walker, and Tom Baxter is the relentlessly cheerful city manager Walt "
        "Hale.\n\n"
        "- Ian Cole is headmaster Rob Pike, the twins' father.\n"
        "- Ana Ruiz plays Ivy Pike, his daughter.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lights")
    assert {
        ("Omar Reyes", "Ben Ford"),
        ("Tom Baxter", "Walt Hale"),
        ("Ian Cole", "Rob Pike"),
    } <= cast


def test_roles_still_around_back_in_the_lead_on_board_taking_the_part(extractor) -> None:
    text = (
        "Harbor Lights season 6: everything we know\n\n"
        "NBC renewed Harbor Lights for a sixth season. Omar Reyes is still around as Ben "
        "Ford. Mara Lin is back in the lead as Tess Walker, the visitor from space. Tom Baxter "
        "remains on board as Walt Hale. Dana Holt takes the part of Ruth Marley, a charming "
        "pirate.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lights")
    assert {
        ("Omar Reyes", "Ben Ford"),
        ("Mara Lin", "Tess Walker"),
        ("Tom Baxter", "Walt Hale"),
        ("Dana Holt", "Ruth Marley"),
    } <= cast


def test_a_name_ending_on_initials_before_the_next_sentence(extractor) -> None:
    text = (
        "CBS pulls the plug on Harbor P.I.\n\n"
        "CBS is not moving forward with Harbor P.I. The network has canceled the action drama "
        "after four seasons.\n"
    )
    assert triple("Harbor P.I.", 5, "canceled") in statuses(extractor, text)


def test_a_headline_opened_by_a_network_and_its_verb(extractor) -> None:
    text = (
        "Fox grounds Lanternfly after a single autumn\n\n"
        "By Ana Ruiz | December 16, 2002\n\n"
        "Lanternfly will not fly again. Fox has canceled the science-fiction drama, ending any "
        "hope of a second season. Mara Lin led the cast as Tess Walker.\n\n"
        "Its creator's earlier show, Quiet Hours, ran on UPN.\n"
    )
    assert triple("Lanternfly", 2, "canceled") in statuses(extractor, text)
    assert ("Mara Lin", "Tess Walker") in show_cast(extractor, text, "Lanternfly")


def test_a_season_earlier_than_one_on_the_air_is_no_renewal(extractor) -> None:
    text = (
        "Showtime keeps Harbor Lights busy through 2013 with a two-season pickup\n\n"
        "Mara Lin's detective is coming back for a seventh and an eighth season\n\n"
        "NEW YORK - Showtime has renewed Harbor Lights for two more seasons, committing to a "
        "seventh and an eighth run of the drama in a single deal while its sixth season is "
        "still on the air.\n\n"
        "For now the news is simply that Harbor Lights is coming back, twice.\n\n"
        "Harbor Lights has been Showtime's biggest original since it debuted in October "
        "2006.\n\n"
        "The long commitment gives the writers room to plan; with two seasons in hand, the "
        "show has time to answer its fans.\n"
    )
    found = statuses(extractor, text)
    assert {triple("Harbor Lights", 7, "renewed"), triple("Harbor Lights", 8, "renewed")} <= found
    assert {season for _, season, _ in found} == {7, 8}


def test_a_third_season_and_a_fourth_the_year_after(extractor) -> None:
    text = (
        "CBS keeps Harbor Lights in the family through season 4\n\n"
        "CBS has handed the comedy a two-season renewal, so it will be back for a third season "
        "this fall and a fourth the year after.\n"
    )
    found = statuses(extractor, text)
    assert {triple("Harbor Lights", 3, "renewed"), triple("Harbor Lights", 4, "renewed")} <= found


def test_a_fourth_that_is_off_the_table_is_no_renewal(extractor) -> None:
    text = (
        "Harbor Lights will get a two-episode send-off\n\n"
        "The network has axed Harbor Lights, which means the current third season will be the "
        "last and a fourth is off the table.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "canceled") in found
    assert triple("Harbor Lights", 3, "ended") not in found


def test_a_network_making_a_second_series(extractor) -> None:
    text = (
        "ITV orders more after costume drama success\n\n"
        "ITV wants more of The Marlowe Saga, its lavish adaptation of the novels, and is "
        "making a second series, because the first run did well.\n"
    )
    assert triple("The Marlowe Saga", 2, "renewed") in statuses(extractor, text)


def test_a_headline_name_on_the_bubble(extractor) -> None:
    text = (
        "Marlowe on the bubble again, fate undecided as NBC weighs a fourth season\n\n"
        "By Ana Ruiz | April 20, 2010\n\n"
        "Once again this spring, Marlowe fans are left waiting. A fourth season has not been "
        "decided on at NBC.\n\n"
        "Omar Reyes stars as Marlowe Hale, the store clerk with secrets in his head.\n"
    )
    assert triple("Marlowe", 4, "pending") in statuses(extractor, text)


def test_a_lower_case_title_heading_its_section(extractor) -> None:
    text = (
        "ABC's verdicts: two family comedies stay, a romance is out\n\n"
        "ABC has finished sorting through its lineup.\n\n"
        "kid-ish\n\n"
        "Renewed. The comedy about a family in Los Angeles is coming back for a seventh "
        "season. Omar Reyes leads the cast as Ben Ford.\n\n"
        "Quiet Hours\n\n"
        "Canceled. ABC is not moving forward with the romantic dramedy. There will be no "
        "season 2.\n"
    )
    found = statuses(extractor, text)
    assert triple("kid-ish", 7, "renewed") in found
    assert triple("Quiet Hours", 2, "canceled") in found


def test_and_a_inside_one_long_name(extractor) -> None:
    text = (
        "Last orders: BBC Three calls time on Two Jars of Honey and a Loaf of Bread\n\n"
        "BBC Three has decided not to recommission Two Jars of Honey and a Loaf of Bread, "
        "ending the comedy after nine series. There will be no tenth series.\n\n"
        "Omar Reyes played Ben Ford.\n"
    )
    assert triple("Two Jars of Honey and a Loaf of Bread", 10, "canceled") in statuses(
        extractor, text
    )


def test_an_actor_back_as_a_role_is_no_show(extractor) -> None:
    text = (
        "Harbor Lights season 3: what we know\n\n"
        "Yes. AMC renewed Harbor Lights for a third season last year.\n\n"
        "Which faces are returning?\n\n"
        "Mara Lin returns as Tess Walker. Omar Reyes also comes back, playing Ben Ford, "
        "Tess's friend. Dana Holt is once more the polished senior partner Ruth Marley.\n\n"
        "Photo: Mara Lin. Credit: AMC\n\n"
        "Tom Baxter is back too, as Walt Hale, the soldier who wants out of the life.\n"
    )
    assert "Tom Baxter" not in shows_of(extractor, text)
    cast = show_cast(extractor, text, "Harbor Lights")
    assert {
        ("Omar Reyes", "Ben Ford"),
        ("Dana Holt", "Ruth Marley"),
        ("Tom Baxter", "Walt Hale"),
    } <= cast


def test_speculation_claiming_a_renewal(extractor) -> None:
    text = (
        "Harbor Lights season 2: what we know\n\n"
        "No second season has been announced by Prime Video, and the show's future is still "
        "undecided. Anything you read claiming a renewal is guesswork for now.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 2, "pending") in found
    assert triple("Harbor Lights", 2, "renewed") not in found


def test_no_word_on_the_character_is_no_wait(extractor) -> None:
    text = (
        "Harbor Lights season 3: everything we know about the final one\n\n"
        "Harbor Lights season 3 will be the final one, Netflix confirmed in February. There "
        "is no fourth season coming, and no word on the character turning up anywhere else.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 3, "ended") in found
    assert triple("Harbor Lights", 4, "pending") not in found


def test_no_decision_yet_about_a_fifth(extractor) -> None:
    text = (
        "Fall cable check-in\n\n"
        "Quiet Hours (Showtime)\n\n"
        "Waiting. The fourth season of the drama premiered on Showtime on Sunday, and the "
        "network has made no decision yet about a fifth.\n\n"
        "Harbor Lights (USA Network)\n\n"
        "Renewed. USA Network handed Harbor Lights a pickup for season 3 last month.\n"
    )
    found = statuses(extractor, text)
    assert triple("Quiet Hours", 5, "pending") in found
    assert triple("Quiet Hours", 4, "pending") not in found


def test_a_comma_title_beside_another_with_its_first_word(extractor) -> None:
    text = (
        "Hope, Marlowe season 3: who is back for the final chapter\n\n"
        "The third season of Hope, Marlowe will be its last, and all the episodes drop on "
        "Hulu in June. The series borrows its tone from the film Hope, Simon.\n\n"
        "Omar Reyes is back as Marlowe Hale.\n"
    )
    assert triple("Hope, Marlowe", 3, "ended") in statuses(extractor, text)


def test_an_animated_series_subtitle_is_the_names(extractor) -> None:
    text = (
        "ABC pulls Harbor: The Animated Series after two episodes\n\n"
        "ABC has pulled Harbor: The Animated Series after two episodes, and there will be no "
        "second season.\n"
    )
    assert triple("Harbor: The Animated Series", 2, "canceled") in statuses(extractor, text)


def test_a_new_zealand_network(extractor) -> None:
    text = (
        "Harbor Lights renewed for a sixth and final season\n\n"
        "TV3 has ordered a sixth season of Harbor Lights, and the network and the show's "
        "creators agree it will be the last.\n"
    )
    shows = shows_of(extractor, text)
    assert shows["Harbor Lights"]["network"] == "TV3"
