"""Session 30: titles (a show named after "as" in a comparison, a show named by the
sentence before "The series premiered on ...", a title with "as" inside written twice, a
show named after its heroine's first name, a clause before a semicolon and a show named
only after it), statuses (a network's renewal it took back in the same sentence, a first
season that "ends" beside the cut of the second, "nothing has been settled about a
ninth", a season "still airing" when the next was ordered) and cast ("A (X) and B (Y)"
with one-word roles); sentences, shows and people invented."""

from __future__ import annotations

from extract_helpers import show_cast, shows_of, statuses, triple


def test_a_show_after_a_comparison_and_the_next_sentences_premiere(extractor) -> None:
    text = (
        "Roll call: who suited up in Mighty Comet Squad\n\n"
        "Few children's programs of the decade caused as many playground scrapes as Mighty "
        "Comet Squad. The series launched on Fox Kids on August 14, 1994, and ran for three "
        "seasons.\n\n"
        "Here is our roll call of the original cast. Dana Whitcombe played Tess Arden, the "
        "pilot in red. Marco Lindqvist was Benny Ortiz, the team's engineer.\n\n"
        "The cast of Mighty Comet Squad: The Movie, released in cinemas in 1996, included "
        "Owen Sallis as the villain Gorrax, a character who belongs to the film.\n"
    )
    shows = shows_of(extractor, text)
    assert "Mighty Comet Squad" in shows
    assert shows["Mighty Comet Squad"]["network"] == "Fox Kids"
    cast = show_cast(extractor, text, "Mighty Comet Squad")
    assert {("Dana Whitcombe", "Tess Arden"), ("Marco Lindqvist", "Benny Ortiz")} <= cast


def test_a_role_before_the_next_sentences_premiere_is_no_show(extractor) -> None:
    text = (
        "Harbor Nine renewed for a third season\n\n"
        "NBC has renewed Harbor Nine for a third season. Kira Dalton plays Joan Pike, and "
        "Ben Acres plays her brother, Hollis Pike. The show premiered in May 2021.\n"
    )
    assert list(shows_of(extractor, text)) == ["Harbor Nine"]


def test_a_title_with_as_inside_written_twice(extractor) -> None:
    text = (
        "Showtime sets the end date for Bold as Brass: season five will close the story\n\n"
        "Bold as Brass is heading into its last lap. Showtime has confirmed that the coming "
        "fifth season of its Pittsburgh-set drama will be its last.\n\n"
        "Gil Harte is back as Brian Voss, and Rena Spalding continues as Jo Marsh.\n"
    )
    assert triple("Bold as Brass", 5, "ended") in statuses(extractor, text)
    assert show_cast(extractor, text, "Bold as Brass") == {
        ("Gil Harte", "Brian Voss"),
        ("Rena Spalding", "Jo Marsh"),
    }


def test_a_show_named_after_its_heroines_first_name(extractor) -> None:
    text = (
        "ABC makes it official: Marlene returns with an eight-episode tenth season\n\n"
        "The Hobbses are going back to Fairhaven. ABC told advertisers this week that "
        "Marlene is coming back for a tenth season of eight episodes.\n\n"
        "Marlene Quist returns as Marlene Hobbs, and Jon Tarrow is on board once more as "
        "Dale Hobbs. The order follows NBC's successful return of Ward & Wills.\n"
    )
    assert triple("Marlene", 10, "renewed") in statuses(extractor, text)
    assert ("Marlene Quist", "Marlene Hobbs") in show_cast(extractor, text, "Marlene")


def test_a_show_named_only_after_a_semicolon_is_not_the_clause_befores(extractor) -> None:
    text = (
        "Iron Court series two: everything we know\n\n"
        "BBC Two has not commissioned a second series of Iron Court, the Tudor drama.\n\n"
        "Who was in the cast?\n\n"
        "Alan Merrow played Thomas Hale. Dominic Rusk was Henry Marsh and Clara Penn played "
        "Anne Lisle; Penn has since been cast as the young queen in Netflix's The Palace.\n"
    )
    assert ("Dominic Rusk", "Henry Marsh") in show_cast(extractor, text, "Iron Court")


def test_a_renewal_the_same_network_took_back_is_no_pickup(extractor) -> None:
    text = (
        "TNT pulls the plug on Beat Cops after five seasons\n\n"
        "Beat Cops, the gritty police drama, has run out of lives. TNT has decided not to "
        "order a sixth season, ending the series after five seasons.\n\n"
        "The show premiered on NBC in April 2009 and was renewed there, only for NBC to "
        "drop it before the second season aired. TNT stepped in and kept it going.\n"
    )
    assert statuses(extractor, text) == {triple("Beat Cops", 6, "canceled")}


def test_a_first_season_that_ends_beside_the_cut_of_the_second(extractor) -> None:
    text = (
        "Wyrmwood will not get a second season as Disney+ removes the series\n\n"
        "Disney+ has confirmed that Wyrmwood, its fantasy series, is done after one season "
        "and won't be back for a second. The eight-episode series premiered on November "
        "30, 2022.\n\n"
        "For now, the adventure that began in a mountain village ends with its first "
        "season.\n"
    )
    assert statuses(extractor, text) == {triple("Wyrmwood", 2, "canceled")}


def test_nothing_settled_about_an_elliptical_season(extractor) -> None:
    text = (
        "Fixer back on ITV with a new face\n\n"
        "ITV has ordered an eighth series of Fixer, bringing Gerry Sands back as Arthur "
        "Doyle.\n\n"
        "Whether the audience warms to the newcomer will decide if there is life for Fixer "
        "beyond this series; nothing has been settled about a ninth.\n"
    )
    found = statuses(extractor, text)
    assert triple("Fixer", 8, "renewed") in found
    assert triple("Fixer", 9, "pending") in found


def test_a_season_still_airing_when_the_next_was_ordered(extractor) -> None:
    text = (
        "TNT keeps its Sunday drama: where Sky Siege stands\n\n"
        "Sky Siege\n"
        "Network: TNT\n"
        "Status: Renewed for a fourth season\n\n"
        "The alien-invasion drama was picked up again while its third season was still "
        "airing.\n"
    )
    assert statuses(extractor, text) == {triple("Sky Siege", 4, "renewed")}


def test_whole_names_with_one_word_roles_in_brackets(extractor) -> None:
    text = (
        "Roll call: who was in Comet Academy\n\n"
        "The comedy Comet Academy ran on Fox Kids for three seasons. Dana Whitcombe played "
        "Tess Arden.\n\n"
        "Comic relief came from the school hallway. Perry Schall (Bulk) and Jason Narrow "
        "(Skull) spent three years failing to unmask the heroes.\n"
    )
    cast = show_cast(extractor, text, "Comet Academy")
    assert {("Perry Schall", "Bulk"), ("Jason Narrow", "Skull")} <= cast


def test_an_actors_possessive_opening_a_sentence_is_no_show(extractor) -> None:
    text = (
        "Upfront week scorecard: who is coming back\n\n"
        "The broadcast networks have sorted their shows into renewals and cancellations. We "
        "have verdicts on two we have been tracking.\n\n"
        "Lie Detector\n"
        "Network: Fox\n"
        "Status: Picked up for a third season\n\n"
        "Tim Rothwell's deception expert Cal Lenz will keep reading faces. Fox picked up the "
        "drama for a third year. Kelli Warren, who plays Gillian Frost, remains his "
        "partner.\n\n"
        "Second Wind\n"
        "Network: NBC\n"
        "Status: Canceled after two seasons\n\n"
        "NBC pulled the plug on the comedy after two seasons.\n"
    )
    assert set(shows_of(extractor, text)) == {"Lie Detector", "Second Wind"}
    assert ("Kelli Warren", "Gillian Frost") in show_cast(extractor, text, "Lie Detector")


def test_a_network_that_has_not_made_up_its_mind(extractor) -> None:
    text = (
        "Moorside rested by ITV\n\n"
        "ITV has said it is resting the drama Moorside once the current run of episodes "
        "finishes, and it has not made up its mind about whether a nineteenth series will "
        "ever be made.\n"
    )
    assert statuses(extractor, text) == {triple("Moorside", 19, "pending")}


def test_a_hedge_inside_a_described_shows_relative_clause(extractor) -> None:
    text = (
        "Porch Light: the end of the road\n\n"
        "Porch Light, the period drama that critics spent two years begging viewers to "
        "sample, has been denied a third season. The series premiered on NBC in 1991.\n"
    )
    assert statuses(extractor, text) == {triple("Porch Light", 3, "canceled")}


def test_the_show_a_revival_remakes_is_another_show(extractor) -> None:
    text = (
        "Makeover Crew will wrap up with its tenth season on Netflix\n\n"
        "Netflix's makeover series Makeover Crew is heading for the exit. Makeover Crew "
        "launched on Netflix in February 2018 as a revival of the Bravo series Makeover "
        "Crew for the Modern Home, which ran in the early 2000s.\n"
    )
    assert triple("Makeover Crew", 10, "ended") in statuses(extractor, text)


def test_an_actor_in_the_role_of_a_character(extractor) -> None:
    text = (
        "Uptown Again renewed for a second season\n\n"
        "HBO Max has renewed Uptown Again for a second season. Sara Ramos plays Cleo Diaz, "
        "as is Sarita Chand in the part of Seema Pal, a property broker, and the cast "
        "includes Nia Parker in the role of Lisa Wexley.\n"
    )
    cast = show_cast(extractor, text, "Uptown Again")
    assert {("Sarita Chand", "Seema Pal"), ("Nia Parker", "Lisa Wexley")} <= cast


def test_a_cancellation_that_nearly_happened(extractor) -> None:
    text = (
        "Fox gives Haven Road a third season despite soft ratings\n\n"
        "Haven Road will be back on Fox next fall. The network has ordered a third season "
        "of the family drama.\n\n"
        "It came close to being dropped after its first year, and it was nearly canceled "
        "again last spring.\n"
    )
    assert statuses(extractor, text) == {triple("Haven Road", 3, "renewed")}


def test_seasons_on_the_air_now_are_not_the_decided_ones(extractor) -> None:
    for sentence, expected in (
        (
            "TNT has picked up Heist Crew for a fifth season. The renewal arrives while the "
            "fourth season is still working through its schedule.",
            {triple("Heist Crew", 5, "renewed")},
        ),
        (
            "CBS has axed Heist Crew, and the third season that is now wrapping up will be "
            "the last anyone sees.",
            {triple("Heist Crew", 4, "canceled")},
        ),
        (
            "USA Network gave Heist Crew a fourth-season order this summer, and the drama "
            "continues to air its third season on Wednesdays.",
            {triple("Heist Crew", 4, "renewed")},
        ),
    ):
        text = f"Heist Crew news\n\n{sentence}\n"
        assert statuses(extractor, text) == expected, sentence


def test_a_copula_after_a_who_aside_with_a_role_in_another_show(extractor) -> None:
    text = (
        "Wobbly scrapped after two seasons\n\n"
        "Netflix has canceled the comedy Wobbly after two seasons. Rob Lane played Ellis "
        "Hart, the eccentric inventor. Sian Cliff, who played Claire in Flea Market, was "
        "Anna, the long-suffering executive holding the firm together.\n"
    )
    assert show_cast(extractor, text, "Wobbly") == {
        ("Rob Lane", "Ellis Hart"),
        ("Sian Cliff", "Anna"),
    }


def test_an_aside_about_a_role_elsewhere_before_the_verb(extractor) -> None:
    text = (
        "Bold as Brass: season five will be the last\n\n"
        "Bold as Brass is heading into its last lap. Showtime has confirmed that the coming "
        "fifth season of its drama will be its last.\n\n"
        "Gil Harte is back as Brian Voss. And Sharon Glass, still loved by many viewers for "
        "playing Christine Cagney on Cagney & Lacey decades ago, comes back as Debbie Novak, "
        "the diner waitress who often steals the show.\n"
    )
    assert show_cast(extractor, text, "Bold as Brass") == {
        ("Gil Harte", "Brian Voss"),
        ("Sharon Glass", "Debbie Novak"),
    }


def test_a_show_that_would_not_get_a_second_year(extractor) -> None:
    text = (
        "One and done: network dramas that never saw a second season\n\n"
        "Marvelland (ABC)\n\n"
        "Paul Berger's hospital drama premiered in March 2000 with an opening episode built "
        "around a rampage on a crowded street. Critics admired it.\n\n"
        "ABC took it off the air after just two episodes, and the show would not get a "
        "second year.\n"
    )
    assert statuses(extractor, text) == {triple("Marvelland", 2, "canceled")}


def test_a_show_named_after_its_heros_surname_told_as_a_show_often(extractor) -> None:
    text = (
        "Brannigan at 50: the bald detective who made a lollipop look tough\n\n"
        "Half a century ago this month, CBS launched a police drama built around a man with "
        "a shaved head. Brannigan premiered in October 1973, and within a season it was one "
        "of the most recognizable shows on American television.\n\n"
        "Tony Sava played Lt. Theo Brannigan, a Manhattan detective who bent the rules. "
        "Kevin Dobbs played Bobby Crane, his loyal partner.\n\n"
        "Brannigan ran for five seasons. CBS canceled it in 1978 as the ratings slipped, and "
        "a sixth season was never made.\n"
    )
    shows = shows_of(extractor, text)
    assert "Brannigan" in shows
    assert ("Tony Sava", "Theo Brannigan") in show_cast(extractor, text, "Brannigan")


def test_a_show_that_ends_its_run(extractor) -> None:
    text = (
        "Goodbye to Ocean Park: the family's last week on NBC\n\n"
        "Six seasons, one mansion and a lot of slammed doors.\n\n"
        "The Fresh Start of Ocean Park ends its run next Monday. It was settled earlier this "
        "season that the current sixth season would be the show's last.\n\n"
        "The sitcom first went out on NBC in September 1990. James Averill plays Philip "
        "Banner, the judge.\n"
    )
    assert triple("The Fresh Start of Ocean Park", 6, "ended") in statuses(extractor, text)


def test_the_storys_family_name_marks_the_role_in_brackets(extractor) -> None:
    text = (
        "Goodbye to Ocean Park: the Tanner family's last week on NBC\n\n"
        "The sitcom Ocean Park has been renewed for a seventh and final season by NBC.\n\n"
        "James Averill plays Philip Tanner, the judge. Karen Parson as Hilary Tanner, the "
        "eldest daughter.\n\n"
        "Carlton Tanner (Alfonso Rivera), the cousin whose dance became a national habit.\n\n"
        "Ashley Tanner, the youngest daughter, is played by Tanya Alley. Jessica Tanner "
        "plays Rose Cole, the neighbour.\n"
    )
    cast = show_cast(extractor, text, "Ocean Park")
    assert ("Alfonso Rivera", "Carlton Tanner") in cast
    assert ("Carlton Tanner", "Alfonso Rivera") not in cast
