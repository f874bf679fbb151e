"""Session 31: cast ("X, played by A, and Y (B)", "A, the Brazilian actor who played X",
"A, who wrote episodes and played X", "A plays X, who first appeared as the Green Ranger",
"A (X) and B (Y) round out the roster as ...", "X and Y are played by A and B", "A and B
were the couple's daughters, X and Y", "played by real-life couple A and B") and statuses
("Status: Ordered to series.", a cancellation told as the lead-in to a revival, "once the
network confirms", a role's years counted as the show's); sentences, shows and people
invented."""

from __future__ import annotations

from extract_helpers import show_cast, statuses, triple

HEAD = (
    "Lantern Cove renewed for a third season at NBC\n\n"
    "NBC has renewed Lantern Cove for a third season, the network said on Tuesday.\n\n"
)


def test_a_played_by_aside_then_a_bracketed_pair(extractor) -> None:
    # ", and" after an aside ends a clause: the two names around it are no list of actors
    text = HEAD + (
        "The human friends are Nora Pell, played by Carla Vint, and Ted Rusk (Owen Marsh).\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Carla Vint", "Nora Pell"),
        ("Owen Marsh", "Ted Rusk"),
    }


def test_an_appositive_with_a_nationality_before_who_played(extractor) -> None:
    text = HEAD + (
        "Paulo Serrat, the Brazilian actor who played Dario Velez across twenty episodes, "
        "has little left to do now that his character is dead.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {("Paulo Serrat", "Dario Velez")}


def test_who_did_one_thing_and_played_a_role(extractor) -> None:
    text = HEAD + (
        "Mira Kade, who wrote many episodes and played Kelly Rourke, is busy elsewhere.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {("Mira Kade", "Kelly Rourke")}


def test_who_directed_the_film_and_played_a_role_there(extractor) -> None:
    text = HEAD + (
        "Ellen Barr, who directed the second film and played commentator Gail, is an "
        "executive producer of the series.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == set()


def test_the_role_then_who_first_appeared_as(extractor) -> None:
    # the name after "plays" is the role: its "who" clause has no actor of its own
    text = HEAD + (
        "Dale Fenwick plays Tommy Archer, who first appeared as the villainous Green Knight "
        "before changing sides.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {("Dale Fenwick", "Tommy Archer")}


def test_bracketed_pairs_then_a_shared_group_role(extractor) -> None:
    text = HEAD + (
        "Ray Dunne appears as Billy Crane, the bookish Blue Knight, while Walt Emory Jonas "
        "(Zack Tully) and Thea Trang (Trini Kwok) round out the roster as the Black and "
        "Yellow Knights.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Ray Dunne", "Billy Crane"),
        ("Walt Emory Jonas", "Zack Tully"),
        ("Thea Trang", "Trini Kwok"),
    }


def test_roles_are_played_by_actors(extractor) -> None:
    text = HEAD + (
        "Mary Blane and Henry Mott are played by Gina Goodall and Jared Gill. Snow Queen and "
        "Prince Valiant are played by real-life couple Ana Dorset and Josh Dale.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Gina Goodall", "Mary Blane"),
        ("Jared Gill", "Henry Mott"),
        ("Ana Dorset", "Snow Queen"),
        ("Josh Dale", "Prince Valiant"),
    }


def test_actors_were_the_couples_daughters(extractor) -> None:
    text = HEAD + (
        "Shara Wright Jones and Melda Hurst were the couple's daughters, Ruby Lee Embry and "
        "Gracie Embry.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Shara Wright Jones", "Ruby Lee Embry"),
        ("Melda Hurst", "Gracie Embry"),
    }


def test_a_status_field_ordering_a_new_show_to_series(extractor) -> None:
    text = (
        "Upfront scorecard: two new NBC dramas make the cut\n\n"
        "The networks spent this week showing advertisers their plans for the new season.\n\n"
        "Tidewater\n"
        "Network: NBC\n"
        "Status: Ordered to series. NBC has given a full green light to this detective "
        "drama. Damon Lowe stars as Charlie Crane.\n\n"
        "Ironwood\n"
        "Network: CBS\n"
        "Status: Canceled. CBS confirmed that there is no second season coming for its "
        "drama series.\n"
    )
    found = statuses(extractor, text)
    assert triple("Tidewater", 1, "renewed") in found
    assert triple("Ironwood", 2, "canceled") in found


def test_a_cancellation_told_as_the_lead_in_to_the_revival(extractor) -> None:
    text = (
        "Surf Patrol rescued: lifeguard drama returns for season two without NBC\n\n"
        "Surf Patrol is coming back. A year after NBC canceled the beach rescue series "
        "following a single season, its star and producers have put together a deal to "
        "continue it in first-run syndication, and a second season is now in production.\n"
    )
    found = statuses(extractor, text)
    assert triple("Surf Patrol", 2, "renewed") in found
    assert triple("Surf Patrol", 2, "canceled") not in found


def test_once_the_network_confirms_is_no_renewal(extractor) -> None:
    text = (
        "The Spire series 2: everything we know so far\n\n"
        "Police drama The Spire wrapped up its first run last month.\n\n"
        "Has The Spire been renewed for a second series?\n\n"
        "Not yet. ITV has kept quiet on the matter, and the show is still awaiting a "
        "decision.\n\n"
        "We will add the details here once ITV confirms the drama's future.\n"
    )
    found = statuses(extractor, text)
    assert triple("The Spire", 2, "pending") in found
    assert triple("The Spire", 2, "renewed") not in found


def test_a_roles_years_are_not_the_shows_run(extractor) -> None:
    text = (
        "Mirrorline's future hangs in the balance as The CW weighs a second season\n\n"
        "Sara Mills Gale's twin-sister thriller has finished its first season, and nobody at "
        "The CW will yet say whether it is coming back. Mirrorline is one of several dramas "
        "on the network still awaiting a decision.\n\n"
        "Mirrorline has an unusual history. It was first developed for CBS, which passed on "
        "it in 2011, and The CW picked it up instead.\n\n"
        "It is her first regular television part since Night Slayer, in which she played "
        "Bunny Summerton for seven seasons.\n"
    )
    found = statuses(extractor, text)
    assert triple("Mirrorline", 2, "pending") in found
    title = triple("Mirrorline", 2, "pending")[0]
    assert not any(t[0] == title and t[2] == "canceled" for t in found)


def test_an_aside_about_earlier_work_before_the_role(extractor) -> None:
    text = HEAD + (
        "Anne Gurney, fresh from playing Skye Whitlow on Broken Glass, co-stars as Ellie "
        "Mallory, the local officer. Ruth Wessel, familiar to cable viewers as Tara Thorn "
        "in True Night, leads the ensemble as Nova Borden, a writer.\n"
    )
    cast = show_cast(extractor, text, "Lantern Cove")
    assert {("Anne Gurney", "Ellie Mallory"), ("Ruth Wessel", "Nova Borden")} <= cast
    assert ("Anne Gurney", "Skye Whitlow") not in cast


def test_roles_played_by_a_couple_then_the_next_clause(extractor) -> None:
    text = HEAD + (
        "Snow Queen and Prince Valiant are played by real-life couple Ana Dorset and Josh "
        "Dale, and Colm Doyle continues as Captain Hale.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Ana Dorset", "Snow Queen"),
        ("Josh Dale", "Prince Valiant"),
        ("Colm Doyle", "Captain Hale"),
    }


def test_took_the_lead_in_a_season_as(extractor) -> None:
    text = HEAD + (
        "Tarjei Sand Moe took the lead in the third season as Isak Valen, and his storyline "
        "became the show's best-known romance.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {("Tarjei Sand Moe", "Isak Valen")}


def test_a_finished_verdict_in_an_indented_list(extractor) -> None:
    text = (
        "Status check: where two streaming dramas stand\n\n"
        "Here is our rundown of two series that viewers keep asking about.\n\n"
        "- Gloomwater\n"
        "  Platform: Netflix\n"
        "  Status: Finished. The German time-travel puzzle wrapped up with its third "
        "season, as its creators always intended.\n\n"
        "- Echo Valley\n"
        "  Platform: Apple TV+\n"
        "  Status: Still unclear. Apple has not said whether a second season is coming.\n"
    )
    found = statuses(extractor, text)
    assert triple("Gloomwater", 3, "ended") in found
    assert triple("Gloomwater", 4, "canceled") not in found


def test_a_first_name_role_is_not_the_real_man_the_show_is_drawn_from(extractor) -> None:
    text = (
        "Young Boulder renewed for a second season at NBC\n\n"
        "NBC's sitcom about the early life of Duane Hollis wrapped its first run in the "
        "spring, and the network has renewed it for a second season. Three actors play "
        "Duane at different ages: Adrian Grove plays Duane, and so does Uli Latham. In "
        "Rob Marks's other comedy, Bob Marsh plays Rob.\n"
    )
    cast = show_cast(extractor, text, "Young Boulder")
    assert ("Adrian Grove", "Duane") in cast
    assert ("Adrian Grove", "Duane Hollis") not in cast


def test_a_characters_love_life_still_gives_the_full_name(extractor) -> None:
    text = (
        "Lonely Hearts Club canceled after three seasons at FXX\n\n"
        "Josh Greenfield's love life is officially over, at least on television: FXX has "
        "canceled Lonely Hearts Club after three seasons. Jay Barker played Josh.\n"
    )
    assert show_cast(extractor, text, "Lonely Hearts Club") == {("Jay Barker", "Josh Greenfield")}


def test_a_verdict_picked_up_again_for_a_season(extractor) -> None:
    text = (
        "ABC keeps three talking-point shows\n\n"
        "ABC has settled the futures of three of its shows, and all three survive.\n\n"
        "STARLIGHT AGENCY\n"
        "Verdict: back for a fourth season.\n"
        "The detective comedy has been the network's most expensive headache.\n\n"
        "MR. HOLLOWAY\n"
        "Verdict: picked up again, for a fourth season.\n"
        "The sitcom about an English butler keeps its Friday slot.\n"
    )
    found = statuses(extractor, text)
    assert triple("Starlight Agency", 4, "renewed") in found
    assert triple("Mr. Holloway", 4, "renewed") in found


def test_a_part_named_as_the_final_season(extractor) -> None:
    text = (
        "Marisol: The Series will end with Part 2 next month\n\n"
        "Marisol: The Series returns on May 4 with Part 2, which the streamer has confirmed "
        "is the second and final season of the drama.\n"
    )
    assert triple("Marisol: The Series", 2, "ended") in statuses(extractor, text)


def test_a_new_shows_order_beside_the_wait_for_its_second_season(extractor) -> None:
    text = (
        "Starwardens season 1: everything we know about HBO's new space series\n\n"
        "HBO's new space show is finally real. HBO has greenlit Starwardens, a series that "
        "pairs two members of an intergalactic police force on a case back on Earth.\n\n"
        "When is it coming?\n\n"
        "No premiere date has been set.\n\n"
        "Will there be a second season? It is far too early. HBO has made no decision "
        "about anything beyond the first season.\n"
    )
    assert triple("Starwardens", 1, "renewed") in statuses(extractor, text)


def test_cast_as_aside_originated_the_role_and_twins(extractor) -> None:
    text = HEAD + (
        "Tom Howe, cast as the abrasive Dewey Dunn, and Lucy Lam, who joined this year as "
        "officer Jessica Tan, rounded out the later seasons. Nicole Sherwin originated the "
        "role of Alexis Carver in the reboot. Carrie Ingle is played by twins Linda Greene "
        "and Sidney Greene.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Tom Howe", "Dewey Dunn"),
        ("Lucy Lam", "Jessica Tan"),
        ("Nicole Sherwin", "Alexis Carver"),
        ("Linda Greene", "Carrie Ingle"),
        ("Sidney Greene", "Carrie Ingle"),
    }


def test_a_role_with_an_aside_before_another_roles_played_by(extractor) -> None:
    text = HEAD + (
        "Tara Spiro plays Haley Upton, now partnered with Jay Holt, played by Jesse Lee "
        "Safer. Nina Kidd has joined the cast as Julia Eaton, whose adopted daughter is Mary "
        "Eaton, played by Alice Engel. The newcomers join Lorna Bisset, who plays the family "
        "matriarch, Ruth Quill, as well as Dora Vale, who plays Ann Quill.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Tara Spiro", "Haley Upton"),
        ("Jesse Lee Safer", "Jay Holt"),
        ("Nina Kidd", "Julia Eaton"),
        ("Alice Engel", "Mary Eaton"),
        ("Lorna Bisset", "Ruth Quill"),
        ("Dora Vale", "Ann Quill"),
    }


def test_played_by_once_more_and_one_name_too_many(extractor) -> None:
    text = HEAD + (
        "Steve Martin again stars as Charles Savage, and Mabel Mora is once more played by "
        "Selina Gomes. His parents, Maysa Hadid and Farouk Hadid, are played by Hiam Abbass "
        "and Amr Wakeem, and May Calamy is his sister, Dena Hadid.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Steve Martin", "Charles Savage"),
        ("Selina Gomes", "Mabel Mora"),
        ("Hiam Abbass", "Maysa Hadid"),
        ("Amr Wakeem", "Farouk Hadid"),
        ("May Calamy", "Dena Hadid"),
    }


def test_a_role_named_first_is_once_again_its_actor(extractor) -> None:
    text = HEAD + (
        "Tim Allard plays Mike Baxley, a dad surrounded by women, and his wife, Vanessa "
        "Baxley, is once again Nancy Traver. Alaric Saltz, the headmaster, is once again Matt "
        "Davy. Jane Dole, the show's star, is once again Mary Blake.\n"
    )
    assert show_cast(extractor, text, "Lantern Cove") == {
        ("Tim Allard", "Mike Baxley"),
        ("Nancy Traver", "Vanessa Baxley"),
        ("Matt Davy", "Alaric Saltz"),
        ("Jane Dole", "Mary Blake"),
    }


def test_a_brand_the_article_mostly_keeps_stays_in_the_title(extractor) -> None:
    text = (
        "Freeform's Marvel's Night Patrol Sets Its Squad\n\n"
        "The cable network has handed a straight-to-series order to Marvel's Night Patrol, a "
        "half-hour comedy about a group of young heroes. The order makes Night Patrol the "
        "second Marvel series on the network.\n"
    )
    assert triple("Marvel's Night Patrol", 1, "renewed") in statuses(extractor, text)
