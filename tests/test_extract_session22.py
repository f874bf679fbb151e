"""Session 22: a franchise's name before a colon, a title opening on a network's word,
roundup field lines (a network under any label, a premiere date), a show and its network
in brackets, a star's possessive naming his show, more status phrasings (a label's "Not
picked up", "ordered Season 2", "too soon for a decision", "would be the finish line", "a
third." after "confirmed") and cast phrasings (sentences, shows and people invented)."""

from __future__ import annotations

from extract_helpers import cast_pairs, show_cast, shows_of, statuses, triple


def test_a_franchise_name_before_a_colon_under_a_headline_that_drops_it(extractor) -> None:
    text = (
        "Ember Coast heads into its sixth and last year\n\n"
        "By Ada Wren | September 2, 2004\n\n"
        "Harbor Wars: Ember Coast returns next week for what Fox has confirmed will be its "
        "final season, closing a story that began in 1999. The sixth season will be the "
        "show's last, the studio said.\n\n"
        "Mara Lin plays Captain Tess Walker, and Tom Reyes returns as the engineer Walt "
        "Marsh. Ember Coast has long been the franchise's most loyal hit.\n"
    )
    assert triple("Harbor Wars: Ember Coast", 6, "ended") in statuses(extractor, text)
    assert ("Mara Lin", "Tess Walker") in show_cast(extractor, text, "Harbor Wars: Ember Coast")


def test_a_spinoff_named_whole_once_after_the_franchise(extractor) -> None:
    text = (
        "Salt Flats sets an October return for its second and last season\n\n"
        "AMC has dated the closing chapter of The Long Dark: Salt Flats. The second season, "
        "which the network has always called the last, will debut on Sunday, October 3.\n\n"
        "Dana Holt plays Iris Vale, and Tom Reyes is back as Silas Crane. The first ten "
        "episodes of Salt Flats are streaming now.\n"
    )
    assert triple("The Long Dark: Salt Flats", 2, "ended") in statuses(extractor, text)


def test_a_headline_question_about_a_spinoff_the_body_names_whole(extractor) -> None:
    text = (
        "After Sunday's finale, is there more to come for The Lost Road?\n\n"
        "The Long Dark: The Lost Road closed out its six-episode run on Sunday night. The "
        "network has yet to decide whether the story will carry on, and no second season "
        "has been ordered.\n\n"
        "Mara Lin plays Nell Grant, a medic searching for her brother.\n"
    )
    assert triple("The Long Dark: The Lost Road", 2, "pending") in statuses(extractor, text)


def test_a_title_opening_on_a_networks_word_the_article_never_drops(extractor) -> None:
    text = (
        "Sky Lanterns season 3: what we know about the last chapter\n\n"
        "The sisters of Sky Lanterns are nearly done running. The Spanish thriller returns "
        "to Netflix in January for a third season, and it will be its last.\n"
    )
    assert triple("Sky Lanterns", 3, "ended") in statuses(extractor, text)


def test_a_field_line_whose_value_is_a_network_is_no_title(extractor) -> None:
    text = (
        "Where two anime series stand this spring\n\n"
        "Here is the latest on both.\n\n"
        "Iron Lotus\n"
        "Streaming home: Crunchyroll\n"
        "Status: final season airing now\n"
        "The fantasy began in July 2019, and its fourth season is the final one.\n\n"
        "Paper Comet\n"
        "Streaming home: Crunchyroll\n"
        "Status: second season confirmed\n"
        "A second season has been greenlit for next January.\n"
    )
    found = statuses(extractor, text)
    assert triple("Iron Lotus", 4, "ended") in found
    assert triple("Paper Comet", 2, "renewed") in found
    assert not any("streaming" in t for t, _, _ in found)


def test_where_to_watch_after_a_title_is_not_part_of_it(extractor) -> None:
    text = (
        "Marsh Frogs season 3: everything we know so far\n\n"
        "Disney Channel has already ordered a third season of Marsh Frogs, the animated "
        "comedy. Fans can catch up on the first season of Marsh Frogs on Disney+.\n"
    )
    assert triple("Marsh Frogs", 3, "renewed") in statuses(extractor, text)


def test_two_ranks_before_a_surname_stay_with_it(nlp) -> None:
    pairs = cast_pairs(nlp, "Tom Reyes stars as Major General Crane, the camp's commander.")
    assert ("Tom Reyes", "Major General Crane") in pairs


def test_a_show_and_its_network_in_brackets_are_no_cast_pair(extractor) -> None:
    text = (
        "Upfront scorecard: two comedies\n\n"
        "Town Hall (ABC)\n"
        "Status: Canceled\n"
        "ABC has pulled the plug on the comedy after six seasons. The show survived the exit "
        "of Michael Dane Fox, who played deputy mayor Mike Flynn.\n\n"
        "Quill (Fox)\n"
        "Status: Axed\n"
        "Jamie Quill's dark family comedy won't return after three seasons. Dana Holt played "
        "his mother, Ruth Quill.\n"
    )
    found = statuses(extractor, text)
    assert triple("Quill", 4, "canceled") in found
    assert ("Michael Dane Fox", "Quill") not in show_cast(extractor, text, "Quill")
    assert ("Dana Holt", "Ruth Quill") in show_cast(extractor, text, "Quill")


def test_a_label_not_picked_up_for_a_numbered_season(extractor) -> None:
    text = (
        "Spring scorecard\n\n"
        "Disco Years (Fox)\n"
        "Status: Not picked up for a second season\n"
        "The decade-hopping comedy was always a gamble, and it did not pay off.\n"
    )
    assert triple("Disco Years", 2, "canceled") in statuses(extractor, text)


def test_a_season_ordered_with_a_capital(extractor) -> None:
    text = (
        "The Regent Season 2: our guide\n\n"
        "Has The Regent been renewed?\n"
        "It has. Netflix ordered Season 2 in October 2022, barely a month after launch.\n"
    )
    assert triple("The Regent", 2, "renewed") in statuses(extractor, text)


def test_too_soon_for_a_decision_and_a_premiere_field(extractor) -> None:
    text = (
        "Renewal watch: two newcomers\n\n"
        "Quiet Ledger (Apple TV+)\n"
        "Premiere: April 16, 2025\n"
        "Status: too soon for a season 2 decision\n\n"
        "The period comedy has not even arrived yet. Tom Reyes stars as Hank Mills.\n\n"
        "Glass Jaw (Paramount+)\n"
        "Premiere: March 20, 2025\n"
        "Status: no decision on a second season\n\n"
        "The crime drama is only a few episodes in.\n"
    )
    shows = shows_of(extractor, text, published="2025-03-26")
    assert shows["Quiet Ledger"]["premiere"] == "2025-04-16"
    assert shows["Glass Jaw"]["premiere"] == "2025-03-20"
    assert {"number": 2, "status": "pending"} in [
        {"number": s["number"], "status": s["status"]} for s in shows["Quiet Ledger"]["seasons"]
    ]


def test_nobody_has_decided_is_a_wait(extractor) -> None:
    text = (
        "Will Copper Lane get a second season?\n\n"
        "Copper Lane only premiered last week, so nobody has decided anything about a "
        "second season yet.\n"
    )
    assert triple("Copper Lane", 2, "pending") in statuses(extractor, text)


def test_renewal_calls_are_no_renewal(extractor) -> None:
    text = (
        "Will Tee Time get a second season? Apple has yet to decide on Jo Wilton's golf "
        "comedy\n\n"
        "June 18, 2025\n\n"
        "Jo Wilton's new series has been on Apple TV+ for two weeks, and fans are asking: is "
        "Tee Time coming back?\n\n"
        "For now, nobody knows. Apple has yet to say if the golf comedy gets a second season, "
        "and the streamer rarely makes renewal calls while a first season is still rolling "
        "out. Tee Time premiered on June 4, 2025.\n"
    )
    found = statuses(extractor, text)
    assert triple("Tee Time", 2, "pending") in found
    assert triple("Tee Time", 2, "renewed") not in found


def test_played_by_a_newcomer(nlp) -> None:
    pairs = cast_pairs(nlp, "Santo Vale is played by newcomer Piet Dagan.")
    assert ("Piet Dagan", "Santo Vale") in pairs


def test_a_third_confirmed_with_the_noun_left_out(extractor) -> None:
    text = (
        "Coming and going: British favourites\n\n"
        "- Night Class (Netflix). Only weeks after the second series landed, Netflix has "
        "confirmed a third. Tom Reyes returns as Otto Mills.\n"
    )
    assert triple("Night Class", 3, "renewed") in statuses(extractor, text)


def test_an_actor_named_after_a_date_and_of(nlp) -> None:
    text = "The season went on after the death in March of Jon Spender, who played Leo Marsh."
    assert ("Jon Spender", "Leo Marsh") in cast_pairs(nlp, text)


def test_a_season_that_would_be_the_finish_line(extractor) -> None:
    text = (
        "Midseason scorecard\n\n"
        "The Old Guard\n"
        "Network: NBC\n"
        "Status: Ending in May\n"
        "NBC confirmed that the current seventh season of The Old Guard will be the drama's "
        "last.\n\n"
        "Will & Wren\n"
        "Network: NBC\n"
        "Status: Final season under way\n"
        "The comedy is deep into its eighth season, which the network and producers agreed "
        "would be the finish line.\n"
    )
    assert triple("Will & Wren", 8, "ended") in statuses(extractor, text)


def test_one_voice_actor_for_several_one_word_parts(nlp) -> None:
    text = "Dane Bradley voices Hunter, Wrecker and Crosshair; he also voices Echo."
    pairs = cast_pairs(nlp, text)
    for role in ("Hunter", "Wrecker", "Crosshair"):
        assert ("Dane Bradley", role) in pairs


def test_scene_stealing_and_impressions_as_roles(nlp) -> None:
    text = (
        "Gillian Andrews made a memorable impression as the society hostess Anna Scherer. "
        "Jim Broad stole several scenes as the tyrannical old Prince Nikolai Volk."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Gillian Andrews", "Anna Scherer") in pairs
    assert ("Jim Broad", "Prince Nikolai Volk") in pairs


def test_a_role_in_a_directors_film_is_not_the_shows(extractor) -> None:
    text = (
        "War and Peace: meet the cast\n\n"
        "BBC One's War and Peace arrives on Sunday. Lily Jones plays Natasha Rostova.\n\n"
        "Audrey Hale played Natasha in King Vidal's 1956 film, and a Soviet epic from the "
        "1960s remains a landmark.\n"
    )
    shows = shows_of(extractor, text)
    actors = {c["actor"] for s in shows.values() for c in s["cast"]}
    assert "Lily Jones" in actors
    assert "Audrey Hale" not in actors


def test_a_sections_field_bullets_speak_of_its_show(extractor) -> None:
    text = (
        "Three British dramas that stopped at three\n\n"
        "Each of these bowed out after a short run.\n\n"
        "Moor Girls (BBC One)\n"
        "- Format: a period drama about women working a farm in wartime.\n"
        "- Where it ended: the third series was the drama's final run.\n\n"
        "Fresh Starts (ITV)\n"
        "- Format: a comedy drama about a woman starting over.\n"
        "- Where it ended: the story wrapped up with its third series.\n"
    )
    found = statuses(extractor, text)
    assert triple("Moor Girls", 3, "ended") in found
    assert triple("Fresh Starts", 3, "ended") in found


def test_yet_to_make_up_its_mind(extractor) -> None:
    text = (
        "Overtime season 2: everything we know\n\n"
        "Has Overtime been renewed for season 2?\n"
        "Not yet. Prime Video has yet to make up its mind about more episodes, and the "
        "streamer usually waits weeks before ruling one way or the other.\n"
    )
    assert triple("Overtime", 2, "pending") in statuses(extractor, text)


def test_a_cast_list_line_with_a_surname_like_a_praise_word(nlp) -> None:
    # (guard: "Strong" is a surname here, not the praise of "made a strong impression")
    text = "Who is back:\n\nJeremy Strong as Kenneth Ray\nKieran Cole as Roman Ray\n"
    assert ("Jeremy Strong", "Kenneth Ray") in cast_pairs(nlp, text)


def test_a_premiere_in_mid_month(extractor) -> None:
    text = (
        "No word yet on a second season of Desk Duty\n\n"
        "By Ada Wren | October 21, 2025\n\n"
        "Desk Duty, which premiered in mid-October, follows the clerks of a licensing office. "
        "CBS has not said whether a second season will follow.\n"
    )
    assert shows_of(extractor, text)["Desk Duty"]["premiere"] == "2025-10"


def test_a_network_which_launched_the_show_under_a_second_series_order(extractor) -> None:
    text = (
        "Dale and Pike gets a second series\n\n"
        "A second series of Dale and Pike has been commissioned by BBC One, which launched the "
        "crime drama in March 1996 and has found a loyal audience for it since.\n"
    )
    shows = shows_of(extractor, text, published="1996-07-02")
    assert shows["Dale and Pike"]["premiere"] == "1996-03"
