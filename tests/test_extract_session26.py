"""Session 26: statuses (a season "now airing" is out, an order told in the past before a
planned end, what "often" happens, "weighing whether X deserves a second series", a
"not" in an earlier clause, a show pulled "when just a few episodes had gone out",
"secured a second run", "already in the works", "has said nothing on", "pulled the plug
once season two had run its course", "a third is off the table", "there would be no
fourth"), titles (a five-word name before its comma, "of the Universe", section
headings over a network and a date, headings in capitals, a language in an opening
phrase), cast (a rank before a name, a surname named before, a subject that does
something else first, "gives a performance as", a name after "Jr.", "as has"); sentences,
shows and people invented."""

from __future__ import annotations

from extract_helpers import cast_pairs, shows_of, statuses, triple


def test_a_season_now_airing_is_out_so_its_order_is_history(extractor) -> None:
    text = (
        "Is 'Harbor Line' coming back? The network has yet to decide on a fifth season\n\n"
        "Harbor Line is on the bubble. With its fourth season now airing, the network has "
        "yet to decide whether the port drama will return for a fifth.\n\n"
        "Its third and fourth seasons were ordered without much fuss, which is why the "
        "current quiet has fans nervous.\n"
    )
    got = statuses(extractor, text)
    assert triple("Harbor Line", 5, "pending") in got
    assert triple("Harbor Line", 3, "renewed") not in got
    assert triple("Harbor Line", 4, "renewed") not in got


def test_an_order_told_in_the_past_before_a_planned_end_is_history(extractor) -> None:
    text = (
        "'Pine Hollow' to wrap up with seventh season\n\n"
        "The network has confirmed that the upcoming seventh season of Pine Hollow will be "
        "its last.\n\n"
        "Fans will remember that the sixth season was ordered only at the last minute, after "
        "months of talk that the drama would be dropped.\n"
    )
    got = statuses(extractor, text)
    assert triple("Pine Hollow", 7, "ended") in got
    assert triple("Pine Hollow", 6, "renewed") not in got


def test_an_order_and_an_end_in_one_sentence_are_both_news(extractor) -> None:
    text = (
        "Iron Crown Will End With Its Fourth Season\n\n"
        "Iron Crown, the fantasy drama that premiered in 2022, will return for a third "
        "season, and the fourth will be the show's last, the network said.\n"
    )
    got = statuses(extractor, text)
    assert triple("Iron Crown", 3, "renewed") in got
    assert triple("Iron Crown", 4, "ended") in got


def test_what_often_happens_is_no_renewal(extractor) -> None:
    text = (
        "Cold Ledger: will there be a third series? ITV has yet to decide\n\n"
        "ITV has not yet confirmed whether Cold Ledger will return for a third series.\n\n"
        "Co-productions of that kind often make a renewal easier to finance, but they do "
        "not guarantee it.\n"
    )
    got = statuses(extractor, text)
    assert triple("Cold Ledger", 3, "pending") in got
    assert triple("Cold Ledger", 3, "renewed") not in got


def test_weighing_whether_a_show_deserves_a_second_series_is_pending(extractor) -> None:
    text = (
        "Gull Cottage: will there be more?\n\n"
        "The festive revival of Gull Cottage has come and gone. The BBC is still weighing "
        "whether the village deserves a second series, and no talks have been confirmed.\n"
    )
    assert triple("Gull Cottage", 2, "pending") in statuses(extractor, text)


def test_a_not_in_an_earlier_clause_does_not_negate_the_next(extractor) -> None:
    text = (
        "Three shows cut after one season\n\n"
        "Static Hour (Hulu)\n\n"
        "Hulu's anthology series told a different story each week. Despite the attention, "
        "the streamer decided not to order more, and a second season will not be made.\n\n"
        "Dry County (Netflix)\n\n"
        "Netflix's family comedy premiered in 2020. Netflix later passed on a second season.\n"
    )
    assert triple("Static Hour", 2, "canceled") in statuses(extractor, text)


def test_a_show_pulled_after_a_few_episodes_loses_its_second_season(extractor) -> None:
    text = (
        "Rock Ghosts is gone\n\n"
        "Rock Ghosts, the network's comedy about a band that can talk to ghosts, had a "
        "premise that sounded like a hit. The network axed it when just a few episodes had "
        "gone out, and it never came back.\n"
    )
    assert triple("Rock Ghosts", 2, "canceled") in statuses(extractor, text)


def test_a_secured_run_and_a_season_in_the_works(extractor) -> None:
    text = (
        "Two animated series land fresh orders\n\n"
        "- Velvet Inn (Prime Video): Amazon greenlit both a third and a fourth season of the "
        "musical comedy, on top of the second season already in the works.\n\n"
        "- Moth Lanterns (Max): The prequel series debuted on Max in May 2023 and has "
        "secured a second run, which will move the action to a new city.\n"
    )
    got = statuses(extractor, text)
    assert triple("Velvet Inn", 2, "renewed") in got
    assert triple("Velvet Inn", 4, "renewed") in got
    assert triple("Moth Lanterns", 2, "renewed") in got


def test_has_said_nothing_on_a_second_season_is_pending(extractor) -> None:
    text = (
        "The Quarry House Season 2: Everything We Know\n\n"
        "The eight-episode series premiered on MGM+ in July.\n\n"
        "Has season 2 been ordered?\n\n"
        "Not yet. MGM+ has said nothing on a second season yet; the outlet is usually "
        "patient.\n"
    )
    assert triple("The Quarry House", 2, "pending") in statuses(extractor, text)


def test_a_plug_pulled_once_a_season_ran_and_no_fourth(extractor) -> None:
    text = (
        "Gone too soon: shows that deserved more\n\n"
        "* Python Run (Peacock)\n"
        "A guard enters a contest to hunt pythons in the swamp. Peacock pulled the plug once "
        "season two had run its course, so a third is off the table.\n\n"
        "* Fjordville (Netflix)\n"
        "A mobster hides in a Norwegian town. After three seasons, Netflix and its partner "
        "decided there would be no fourth.\n"
    )
    got = statuses(extractor, text)
    assert triple("Python Run", 3, "canceled") in got
    assert triple("Python Run", 2, "canceled") not in got
    assert triple("Fjordville", 4, "canceled") in got


def test_a_long_name_with_a_comma_is_one_title(extractor) -> None:
    text = (
        "Bo and Lem Weird Show, Big Fun! Season 4: Everything We Know\n\n"
        "The network has ordered a fourth season of Bo and Lem Weird Show, Big Fun!, "
        "and it will be the show's final one.\n"
    )
    assert "Bo and Lem Weird Show, Big Fun" in shows_of(extractor, text)


def test_a_title_of_the_universe_is_a_show(extractor) -> None:
    text = (
        "Streaming check-in: the latest on Lift Off and King of the Universe\n\n"
        "Lift Off\n"
        "Network: Netflix\n"
        "Status: Season two confirmed\n\n"
        "Netflix has greenlit a second season of the fitness contest.\n\n"
        "King of the Universe\n"
        "Network: Paramount+\n"
        "Status: Coming back for season 2\n\n"
        "The singing contest has been ordered for another round.\n"
    )
    assert triple("King of the Universe", 2, "renewed") in statuses(extractor, text)


def test_headings_in_capitals_over_a_network_and_a_date(extractor) -> None:
    text = (
        "Three British miniseries worth your weekend\n\n"
        "Here are three limited runs worth tracking down.\n\n"
        "SALT HARBOUR\n"
        "BBC One, April 2014\n\n"
        "Salt Harbour, a Cornish smuggling tale, got a moody three-part treatment. Nina "
        "Brook played Mary Penhale, the orphan sent to the inn.\n\n"
        "GLASS TOWER\n"
        "BBC Two, November 2015\n\n"
        "Glass Tower, a five-part thriller, is a love story first. Tom Vane plays Danny, a "
        "warm young man.\n"
    )
    shows = shows_of(extractor, text)
    assert shows["Salt Harbour"]["network"] == "BBC One"
    assert shows["Glass Tower"]["network"] == "BBC Two"
    assert {(c["actor"], c["character"]) for c in shows["Glass Tower"]["cast"]} == {
        ("Tom Vane", "Danny")
    }


def test_a_language_in_an_opening_phrase_is_no_show(extractor) -> None:
    text = (
        "Shrouded to Bow Out With Third Series\n\n"
        "The crime drama Shrouded is heading into its last case: BBC One Wales has confirmed "
        "that the third series will be the final one.\n\n"
        "Made in both English and Welsh, the show first arrived in 2018. Rhian Pryce plays "
        "DI Cadi Morgan.\n"
    )
    shows = shows_of(extractor, text)
    assert "Welsh" not in shows
    assert triple("Shrouded", 3, "ended") in statuses(extractor, text)


def test_a_ranked_name_with_a_particle_is_the_role(nlp) -> None:
    text = (
        "Lost in Bath: the cast\n\n"
        "Lady Honoria de Lisle (Marian Kell) sweeps in during the third episode.\n"
    )
    assert ("Marian Kell", "Honoria de Lisle") in cast_pairs(nlp, text)


def test_a_surname_takes_the_full_name_named_before_it(extractor) -> None:
    text = (
        "Cambridge Minds: will there be a third series?\n\n"
        "ITV has not yet confirmed whether Cambridge Minds will return. The drama follows "
        "Professor Julian Rook, a troubled academic drawn back into "
        "police work. Ben Carver plays Rook, a man who cannot bear disorder.\n\n"
        "Frances Hale plays Adela Rook, the professor's sharp-tongued mother.\n"
    )
    cast = cast_pairs_of(extractor, text, "Cambridge Minds")
    assert ("Ben Carver", "Julian Rook") in cast
    assert ("Frances Hale", "Adela Rook") in cast


def test_a_subject_who_does_something_else_first_plays_the_role(nlp) -> None:
    text = (
        "Gull Cottage: a second series?\n\n"
        "Tom Pell, best known as one half of a comedy double act, adapted the books and also "
        "appears as Georgie Marsh, the heroine's fussy companion.\n"
    )
    assert ("Tom Pell", "Georgie Marsh") in cast_pairs(nlp, text)


def test_gives_a_performance_as(nlp) -> None:
    text = (
        "Kiran: a four-part drama\n\n"
        "Sara Lund gives a tremendous performance as Miriam Gray, the social worker who "
        "arranged the visit.\n"
    )
    assert ("Sara Lund", "Miriam Gray") in cast_pairs(nlp, text)


def test_a_name_after_jr_starts_a_sentence(nlp) -> None:
    text = (
        "Mercy General renewed\n\n"
        "Chief Ward remains in the hands of Samuel Oakes Jr. Kevin Dunmore stars as Owen "
        "Hart, while Clara Voss plays Amelia Stone.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Kevin Dunmore", "Owen Hart") in pairs
    assert not any(c == "Owen Hart" and a != "Kevin Dunmore" for a, c in pairs)


def test_as_has_is_no_role(nlp) -> None:
    text = (
        "Mercy General renewed\n\n"
        "Jake Orrin, who plays resident Levi Stroud, has been a growing presence this year, "
        "as has Chris Palm as orthopedic surgeon Atticus Lane.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Jake Orrin", "Levi Stroud") in pairs
    assert ("Chris Palm", "Atticus Lane") in pairs


def test_coming_back_and_turning_up_as_a_role(nlp) -> None:
    text = (
        "Harbor Line season 3: the cast\n\n"
        "The network has ordered a third season of Harbor Line. Mitch Varga is also coming "
        "back as Assistant Director Walter Stone. Joan Kessel "
        "will turn up as Maggie Sayer, the tough head of the unit.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Mitch Varga", "Walter Stone") in pairs
    assert ("Joan Kessel", "Maggie Sayer") in pairs


def test_a_fan_favorite_as_a_role(nlp) -> None:
    text = (
        "Harbor Line: the cast\n\n"
        "Melinda Crane has been a fan favorite as Julie Coles, and Willa Hart, who plays "
        "Kaitlin Coles, was upgraded to series regular this year.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Melinda Crane", "Julie Coles") in pairs
    assert ("Willa Hart", "Kaitlin Coles") in pairs


def test_two_pairs_before_their_verb(nlp) -> None:
    text = (
        "Desert Signal: the cast\n\n"
        "Among the humans, Maja Delgado as Maria Lucas and Nick Wexler as Kyle Vance "
        "supplied much of the comic relief.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Maja Delgado", "Maria Lucas") in pairs
    assert ("Nick Wexler", "Kyle Vance") in pairs


def test_a_described_role_who_is_played_by(nlp) -> None:
    text = (
        "Unit Nine: the cast\n\n"
        "The most memorable member of the ensemble was Carl, the squad's resident gnome and "
        "informant, who is played by Danny Woodley, familiar to sitcom viewers.\n"
    )
    assert ("Danny Woodley", "Carl") in cast_pairs(nlp, text)


def test_one_actor_voices_both_roles(nlp) -> None:
    text = (
        "Candy Kingdom: the cast\n\n"
        "Tom Kenner plays the Frost King, and Nika Yoon voices both BMO and Lady Rainbow.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Nika Yoon", "BMO") in pairs
    assert ("Nika Yoon", "Lady Rainbow") in pairs


def test_played_by_after_a_who_on_a_verb_s_object_is_not_the_role(nlp) -> None:
    text = (
        "The Shroud (FX)\n\n"
        "Ella Moss plays Imogen Salt, a British agent escorting a woman who may or may not be "
        "a senior commander, played by Yara Marwan. Gravik, a rebel leader who wants a home, "
        "played by Kingsley Adir, is the villain.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Yara Marwan", "Imogen Salt") not in pairs
    assert ("Ella Moss", "Imogen Salt") in pairs
    assert ("Kingsley Adir", "Gravik") in pairs


def test_the_new_network_series_is_the_article_s_show(extractor) -> None:
    text = (
        "Lords of the Stars: Revelation - meet the voices\n\n"
        "If you grew up with He-Ro and the Lords of the Stars, the 1980s cartoon that sold "
        "action figures, the new Netflix series will look familiar. Lords of the Stars: "
        "Revelation picks up the old story. The first batch of episodes arrives on July 23.\n\n"
        "Mark Hale voices Skullface. Chris Wode voices Prince Adam.\n"
    )
    assert shows_of(extractor, text)["Lords of the Stars: Revelation"]["network"] == "Netflix"


def test_us_heading_its_section_is_a_show(extractor) -> None:
    text = (
        "Four limited dramas worth your time\n\n"
        "These closed-ended dramas tell a full story and then get out of the way.\n\n"
        "Us (BBC One)\n"
        "Adapted from a novel, this gentle four-parter premiered on 20 September 2020. Tom "
        "Hollis plays Douglas Peters, a buttoned-up scientist.\n\n"
        "Black Sails South (Hulu)\n"
        "This adaptation premiered on July 23, 2025. Ernest King stars as Wash Black, a "
        "gifted boy.\n"
    )
    shows = shows_of(extractor, text)
    assert shows["Us"]["network"] == "BBC One"
    assert {(c["actor"], c["character"]) for c in shows["Us"]["cast"]} == {
        ("Tom Hollis", "Douglas Peters")
    }


def test_a_maker_named_with_a_middle_initial_is_no_show(extractor) -> None:
    text = (
        "Fall freshman watch\n\n"
        "Gladiators: House of Ashur (Starz)\n"
        "Status: not yet on air\n"
        "Steven T. Decker's return to the arena is scheduled to open on Starz in December. "
        "Nick Tarabo returns as Ashur, now the owner of a gladiator school.\n"
    )
    shows = shows_of(extractor, text)
    assert "Steven T. Decker" not in shows
    assert ("Nick Tarabo", "Ashur") in {
        (c["actor"], c["character"]) for c in shows["Gladiators: House of Ashur"]["cast"]
    }


def test_an_adaptation_of_a_novel_premiered(extractor) -> None:
    text = (
        "Four limited dramas worth your time\n\n"
        "Black Sails South (Hulu)\n"
        "The most recent entry here, this adaptation of Ada Mensah's novel premiered on July "
        "23, 2025. Ernest King stars as Wash Black, a gifted boy.\n\n"
        "Cold Harbour (BBC One)\n"
        "The novel was released in 2010. The drama premiered on 20 September 2020.\n"
    )
    shows = shows_of(extractor, text)
    assert shows["Black Sails South"]["premiere"] == "2025-07-23"
    assert shows["Cold Harbour"]["premiere"] == "2020-09-20"


def cast_pairs_of(extractor, text: str, title: str) -> set[tuple[str, str]]:
    return {(c["actor"], c["character"]) for c in shows_of(extractor, text)[title]["cast"]}
