"""Session 6: phrasings found missing in batches 13-24 (sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import cast_pairs, shows_of, statuses, triple

from knowsofar.extract.titles import _find_mentions, norm_title


def test_the_makers_after_the_drama_from_are_not_the_show(extractor) -> None:
    text = (
        "Channel 9 Trims Its Slate: Here Is What Was Cut\n\n"
        "The network is not bringing back three of its dramas.\n\n"
        "Lantern Row\n"
        "The Detroit-set family drama from Mara Quill and Dev Anand Rao has been canceled "
        "after three seasons, leaving its cliffhanger unresolved.\n\n"
        "Cold Orchard\n"
        "The legal thriller created by Tobias Fenn was axed after two seasons.\n\n"
        "Pale Meridian\n"
        "The space drama was dropped after a single season."
    )
    got = statuses(extractor, text)
    assert triple("Lantern Row", 4, "canceled") in got
    assert triple("Cold Orchard", 3, "canceled") in got
    assert not {t for t, _, _ in got} & {"mara quill", "dev anand rao", "tobias fenn"}


def test_the_spinoff_from_a_show_still_names_that_show(extractor) -> None:
    text = (
        "Lantern Row Spinoff Ordered\n\n"
        "The network has ordered Lantern Row: Night Shift, the spinoff from Lantern Row. "
        "Lantern Row itself has been renewed for a fourth season."
    )
    assert triple("Lantern Row", 4, "renewed") in statuses(extractor, text)


def test_the_hero_a_show_is_named_after_is_not_a_second_show(extractor) -> None:
    text = (
        "IFC Orders Two More Seasons of Vance\n\n"
        "Milo Vance's badge will stay pinned on for a while yet. IFC has renewed the "
        "detective comedy through its fourth season, ordering seasons three and four at "
        "once.\n\n"
        "Vance premiered on IFC in April 2017. Peter Lindqvist plays Milo Vance, a washed-up "
        "investigator in a small harbor town."
    )
    assert triple("Vance", 4, "renewed") in statuses(extractor, text)
    assert "Milo Vance" not in shows_of(extractor, text)


def test_a_show_named_like_a_person_stays_a_show_when_nothing_shorter_is_one(
    extractor,
) -> None:
    text = (
        "Ray Corwin Has Been Canceled\n\n"
        "Ray Corwin has been canceled after two seasons, the network said on Friday. "
        "Ray Corwin starred Liev Hollis as a fixer working for a Boston law firm."
    )
    assert triple("Ray Corwin", 3, "canceled") in statuses(extractor, text)


def test_a_headline_to_end_with_a_series_names_the_show(extractor) -> None:
    text = (
        "Kestrel to End With Sixth Series as the Broadcaster Closes the File\n\n"
        "The Glasgow detective drama will finish with its sixth series next spring, the "
        "broadcaster confirmed. Kestrel began as a single film in 2014."
    )
    assert triple("Kestrel", 6, "ended") in statuses(extractor, text)


def test_a_place_before_lower_case_words_and_a_show_noun_is_no_show(extractor) -> None:
    text = (
        "Kestrel Renewed for Series 6\n\n"
        "The Glasgow detective drama has been renewed for a sixth series, the broadcaster "
        "confirmed. Kestrel began as a single film in 2014."
    )
    got = statuses(extractor, text)
    assert triple("Kestrel", 6, "renewed") in got
    assert not [t for t, _, _ in got if "glasgow" in t]


CAPS_ROUNDUP = "\n\n".join(
    [
        "Harbor Lights Is Out, Two Others Stay: Sorting the Network's Spring",
        "The network showed advertisers its fall schedule on Wednesday. Here is where three "
        "of its series landed.",
        "HARBOR LIGHTS - CANCELED\nThe newsroom comedy will not return for a third season. "
        "Dana Fuller played Iris Kent.",
        "COPPER BAY - RENEWED\nThe coastal drama has been handed a fourth season. Sam Ortega "
        "plays Jonah Vale.",
        "QUIET ORCHARD - RENEWED\nThe farm mystery is coming back for season five. Nia Brooks "
        "stars as Tess Vale.",
    ]
)


def test_a_caps_heading_and_the_headline_name_one_show_and_sections_keep_theirs(
    extractor,
) -> None:
    shows = shows_of(extractor, CAPS_ROUNDUP)
    got = statuses(extractor, CAPS_ROUNDUP)
    assert {
        triple("Harbor Lights", 3, "canceled"),
        triple("Copper Bay", 4, "renewed"),
        triple("Quiet Orchard", 5, "renewed"),
    } <= got
    cast = {(norm_title(title), c["actor"]) for title, show in shows.items() for c in show["cast"]}
    assert ("copper bay", "Sam Ortega") in cast
    assert ("quiet orchard", "Nia Brooks") in cast
    assert ("harbor lights", "Sam Ortega") not in cast


def test_a_headline_casing_of_a_caps_heading_is_the_same_show() -> None:
    text = "Pan Am and Others Axed\n\nPAN AM - canceled\n\nThe drama is done."
    found = _find_mentions(text, ["PAN AM"])
    assert [(m.title, text[m.start : m.end]) for m in found] == [
        ("PAN AM", "Pan Am"),
        ("PAN AM", "PAN AM"),
    ]
    # (lower-case prose is no mention: "once upon a time" is a phrase)
    assert _find_mentions("It was once upon a time.", ["ONCE UPON A TIME"]) == []


VERDICT_ROUNDUP = "\n\n".join(
    [
        "Channel 9 Clears the Decks: Three Out, One Stays",
        "A family drama, a cop show and a sitcom will not return; a legal drama will. The "
        "fates of each, below.",
        "LANTERN ROW: CANCELED\nFive seasons was the limit. The network has decided against a "
        "sixth season of the Sunday drama.",
        "COLD ORCHARD: CANCELED\nThe homicide drama ends after one season.",
        "PALE MERIDIAN (ABC) - canceled\nThe comedy also falls after a single season.",
        "COPPER BAY: RENEWED\nThe legal drama has earned a second season.",
    ]
)


def test_a_sections_verdict_line_takes_its_season_from_the_section(extractor) -> None:
    assert statuses(extractor, VERDICT_ROUNDUP) == {
        triple("Lantern Row", 6, "canceled"),
        triple("Cold Orchard", 2, "canceled"),
        triple("Pale Meridian", 2, "canceled"),
        triple("Copper Bay", 2, "renewed"),
    }


def test_a_verdict_line_does_not_take_an_aired_season_for_a_cancellation(extractor) -> None:
    text = (
        "Channel 9 Spring Decisions\n\nHere is where three series landed.\n\n"
        "LANTERN ROW - CANCELED\nIts return counted as the show's eleventh season.\n\n"
        "COLD ORCHARD - RENEWED\nThe drama has been handed a fourth season.\n\n"
        "PALE MERIDIAN - RENEWED\nThe comedy is coming back for season six."
    )
    got = statuses(extractor, text)
    assert not [t for t in got if t[0] == "lantern row"]
    assert {triple("Cold Orchard", 4, "renewed"), triple("Pale Meridian", 6, "renewed")} <= got


def test_an_unnamed_indefinite_subject_is_not_the_show_at_hand(extractor) -> None:
    text = (
        "Lantern Row Renewed for Season 3\n\n"
        "The network renewed Lantern Row for a third season. A long-running family drama, "
        "a gritty cop show and a freshman sitcom will not return; a new procedural will."
    )
    assert statuses(extractor, text) == {triple("Lantern Row", 3, "renewed")}


def test_a_cancellation_with_the_season_that_wrapped_is_of_the_next_one(extractor) -> None:
    text = (
        "The Song Is Over for Lantern Row\n\n"
        "ABC has pulled the plug on Lantern Row, its musical comedy, so the second season "
        "that wrapped in January was the last audiences will see. That the show got a "
        "second season at all was a small miracle."
    )
    assert statuses(extractor, text) == {triple("Lantern Row", 3, "canceled")}


def test_not_giving_the_show_a_season_and_deciding_against_one_cancel(extractor) -> None:
    text = (
        "Lantern Row Is Done\n\nLantern Row will not be back. The network is not giving "
        "the show a third season."
    )
    assert statuses(extractor, text) == {triple("Lantern Row", 3, "canceled")}
    text = "Copper Bay Is Done\n\nCopper Bay will not be back. ABC has decided against a fourth."
    assert statuses(extractor, text) == {triple("Copper Bay", 4, "canceled")}


def test_guaranteeing_a_list_of_seasons_and_a_season_on_order_renew(extractor) -> None:
    text = (
        "Copper Bay Moves to a New Home\n\n"
        "The network has struck a deal for two more seasons of Copper Bay, taking the drama "
        "away from its old channel and guaranteeing a sixth and a seventh season. The "
        "fifth season is still airing."
    )
    assert {triple("Copper Bay", 6, "renewed"), triple("Copper Bay", 7, "renewed")} <= (
        statuses(extractor, text)
    )
    text = (
        "FX Keeps Lantern Row Going\n\n"
        "FX has picked up more Lantern Row, handing the show an eleventh, twelfth and "
        "thirteenth installment. The tenth season was already on order."
    )
    assert {triple("Lantern Row", n, "renewed") for n in (10, 11, 12, 13)} <= (
        statuses(extractor, text)
    )


PARAGRAPH_ROUNDUP = "\n\n".join(
    [
        "Channel 9 Trims Its Lineup: Three Shows Won't Be Back",
        "The network settled the fate of its bubble shows this week. Here is the breakdown.",
        "Lantern Row is finished after two seasons. Dana Fuller played Iris Kent.",
        "Kestrel is also done, after three seasons. Sam Ortega was Jonah Vale.",
        "Copperhead, Nia Brooks's backstage comedy, has been canceled after one season. "
        "Brooks played Tess Vale.",
        "Shades of Copper, meanwhile, can relax. The Dana Fuller police drama was picked up for "
        "a second season months ago. Fuller stars as Mara Quill.",
    ]
)


def test_a_roundup_with_a_paragraph_per_show_finds_each_show(extractor) -> None:
    assert statuses(extractor, PARAGRAPH_ROUNDUP) == {
        triple("Lantern Row", 3, "canceled"),
        triple("Kestrel", 4, "canceled"),
        triple("Copperhead", 2, "canceled"),
        triple("Shades of Copper", 2, "renewed"),
    }


def test_a_number_opening_a_labelled_heading_is_part_of_the_title(extractor) -> None:
    text = (
        "Renewed or Canceled? A Status Check\n\n"
        "Here is where two series stand.\n\n"
        "Two and a Half Days (CBS) - RENEWED\n\n"
        "CBS has ordered a tenth season of the sitcom.\n\n"
        "The Marsh (ABC) - CANCELED\n\n"
        "ABC has scrapped its thriller after its eight-episode first season."
    )
    assert statuses(extractor, text) == {
        triple("Two and a Half Days", 10, "renewed"),
        triple("The Marsh", 2, "canceled"),
    }


def test_a_person_after_a_preposition_before_a_cast_list_is_no_show(extractor) -> None:
    text = (
        "Showtime Renews Harbor Lights for a Second Season\n\n"
        "Showtime has picked up Harbor Lights for a second season. It follows the doctor "
        "Will Quill and his partner Ada Marsh. Sam Ortega appears as Ethan Holt, a resident "
        "smitten with Marsh, with Nia Brooks as the nurse Tess Vale."
    )
    assert list(shows_of(extractor, text)) == ["Harbor Lights"]


def test_a_headline_question_verb_ends_the_show_the_body_names(extractor) -> None:
    text = (
        "Will Silver Lantern Get a Second Season? The Studio Isn't Saying\n\n"
        "Seven weeks after its finale, Silver Lantern is still in limbo. The streamer has "
        "not given the series a second season."
    )
    assert statuses(extractor, text) == {triple("Silver Lantern", 2, "pending")}


def test_a_list_of_actors_and_its_verb_then_as_and_the_roles_pair_in_order(nlp) -> None:
    text = (
        "Ana Sol, Ben Ruiz, Cal Moss and Dee Park also return, as Iris Kent, Jonah Vale, "
        "Tess Vale and Mara Quill."
    )
    assert cast_pairs(nlp, text) == {
        ("Ana Sol", "Iris Kent"),
        ("Ben Ruiz", "Jonah Vale"),
        ("Cal Moss", "Tess Vale"),
        ("Dee Park", "Mara Quill"),
    }


def test_ordering_the_shows_return_counted_as_a_season_renews_it(extractor) -> None:
    text = (
        "Fox's Harbor Lights Revival: Who Is Back\n\n"
        "Fox's Harbor Lights revival has rounded up most of its original cast. The network "
        "ordered the nine-episode return, which counts as the show's fifth season, after "
        "years of fans asking for one."
    )
    assert triple("Harbor Lights", 5, "renewed") in statuses(extractor, text)


def test_a_batch_of_episodes_that_dropped_is_a_release_not_a_cancellation(extractor) -> None:
    text = (
        "Harbor Lights Gets a Second Season at Prime Video\n\n"
        "Prime Video has greenlit season 2 of Harbor Lights, six months after the whole "
        "ten-episode first batch dropped at once."
    )
    assert statuses(extractor, text) == {triple("Harbor Lights", 2, "renewed")}


def test_not_making_an_ordered_season_and_stopping_at_two_seasons_cancel(extractor) -> None:
    text = (
        "HBO Shuts Down Harbor Lights\n\n"
        "HBO has shut down Harbor Lights. The channel said it will not make the second "
        "season it ordered in January."
    )
    assert triple("Harbor Lights", 2, "canceled") in statuses(extractor, text)
    text = "Copper Bay Is Out\n\nCopper Bay is out at CBS. The sitcom stops at two seasons."
    assert statuses(extractor, text) == {triple("Copper Bay", 3, "canceled")}


def test_two_more_seasons_locking_in_a_fifth_and_a_sixth(extractor) -> None:
    text = (
        "Fox Keeps Harbor Lights Going\n\n"
        "The network has picked up Harbor Lights for two more seasons, locking in a fifth "
        "and a sixth and keeping the series on its schedule."
    )
    assert {triple("Harbor Lights", 5, "renewed"), triple("Harbor Lights", 6, "renewed")} <= (
        statuses(extractor, text)
    )


def test_a_place_inside_the_subjects_description_is_not_the_subject(extractor) -> None:
    text = (
        "Mr Lantern to Close Its Doors After Series Four\n\n"
        "ITV's period drama about the showman who built a department store on Oxford Street "
        "will conclude with its fourth series. Mr Lantern began in 2013."
    )
    got = statuses(extractor, text)
    assert triple("Mr Lantern", 4, "ended") in got
    assert not [t for t in got if "oxford" in t[0]]


def test_coming_to_an_end_with_a_season_ends_it_and_a_caption_is_no_show(extractor) -> None:
    text = (
        "Harbor Lights Closes the Book\n\n"
        "Showtime confirmed afterward that Harbor Lights has come to an end with its third "
        "season.\n\nCaption: Jane Doe in the third and final season."
    )
    assert statuses(extractor, text) == {triple("Harbor Lights", 3, "ended")}


def test_a_canadian_channel_is_a_network_not_a_show(extractor) -> None:
    text = (
        "Showcase Gives Harbor Lights a Short Final Run\n\n"
        "The Canadian specialty channel Showcase has ordered a fourth and final season of "
        "Harbor Lights. Harbor Lights premiered on Showcase in 2012."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Harbor Lights"]
    assert shows["Harbor Lights"]["network"] == "Showcase"


def test_a_headline_list_before_its_verdict_names_each_show_the_body_names(extractor) -> None:
    text = (
        "ABC Clears the Decks: Lantern Row and Copperhead Axed; Kestrel Stays\n\n"
        "ABC settled its schedule this week.\n\n"
        "Lantern Row is done after a single season. The network passed on a second season.\n\n"
        "Copperhead, which told one night's story across a season, has also been scrapped.\n\n"
        "The good news belongs to Kestrel. The supernatural drama was renewed for a second "
        "season after a strong debut."
    )
    got = statuses(extractor, text)
    assert {triple("Lantern Row", 2, "canceled"), triple("Kestrel", 2, "renewed")} <= got
    assert not [t for t in got if t[0] == "copperhead" and t[2] == "renewed"]


def test_a_scorecard_line_with_pipes_takes_its_season_from_its_section(extractor) -> None:
    text = (
        "Renewed or Canceled? A Scorecard\n\nThis list covers three shows.\n\n"
        "LANTERN ROW | CBS | CANCELED\n\nAfter seven seasons and 100 episodes, CBS is "
        "pulling the plug on the comedy.\n\n"
        "COPPER BAY | NBC | CANCELED\n\nNBC will not bring back the comedy after its first "
        "season.\n\n"
        "KESTREL | ABC | RENEWED\n\nThe drama is coming back for a sixth season."
    )
    assert statuses(extractor, text) == {
        triple("Lantern Row", 8, "canceled"),
        triple("Copper Bay", 2, "canceled"),
        triple("Kestrel", 6, "renewed"),
    }


def test_directv_is_a_network() -> None:
    from knowsofar.extract.networks import canonical_network

    assert canonical_network("DirecTV") == "DirecTV"


def test_a_headline_decision_takes_its_number_from_the_shows_own_count(extractor) -> None:
    text = (
        "NBC Drops Lantern Row, Copper Bay and Kestrel\n\n"
        "NBC has less room this fall, and three of its series are finished.\n\n"
        "Lantern Row. The detective drama ends after two seasons, despite kind reviews.\n\n"
        "Copper Bay. The comedy lasted a single season. Jane Doe played Iris Kent, who joined "
        "in the fourth season of her career."
    )
    got = statuses(extractor, text)
    assert triple("Lantern Row", 3, "canceled") in got
    assert triple("Copper Bay", 2, "canceled") in got
    assert not [t for t in got if t[0] == "copper bay" and t[1] != 2]


FIELD_ROUNDUP = "\n\n".join(
    [
        "Renewed or Canceled? Where Three Shows Stand",
        "The networks have revealed their fall plans. Below is the verdict on three series.",
        "Lantern Row\nNetwork: The CW\nStatus: Renewed for season 6",
        "The drama has already secured a sixth season. Dana Fuller leads as Iris Kent.",
        "Copper Bay\nNetwork: ABC\nStatus: Canceled",
        "The comedy is done after one season. Sam Ortega played Jonah Vale.",
        "Kestrel Point\nNetwork: CBS\nStatus: Canceled",
        "The network pulled the drama after one season. Nia Brooks played Tess Vale.",
    ]
)


def test_a_sections_field_lines_are_no_shows_and_the_title_above_heads_it(extractor) -> None:
    shows = shows_of(extractor, FIELD_ROUNDUP)
    assert not [t for t in shows if t.startswith("Network")]
    assert {triple("Lantern Row", 6, "renewed"), triple("Copper Bay", 2, "canceled")} <= (
        statuses(extractor, FIELD_ROUNDUP)
    )
    assert [c["actor"] for c in shows["Copper Bay"]["cast"]] == ["Sam Ortega"]


def test_a_season_as_indefinite_subject_is_the_show_at_hands(extractor) -> None:
    text = (
        "Harbor Lights Season 2: What We Know\n\n"
        "Is Harbor Lights coming back? It is. A second season was confirmed by Netflix in "
        "June."
    )
    assert triple("Harbor Lights", 2, "renewed") in statuses(extractor, text)


def test_given_a_season_and_ending_with_a_short_one(extractor) -> None:
    text = (
        "Lantern Row Will End With a Short Third Season on NBC\n\n"
        "NBC has given Lantern Row a third season and made clear that the story stops "
        "there."
    )
    assert statuses(extractor, text) == {triple("Lantern Row", 3, "ended")}


def test_choosing_not_to_continue_a_show_cancels_it(extractor) -> None:
    text = (
        "FX Cancels Lantern Row\n\n"
        "FX has chosen not to continue Lantern Row, its time-travel drama, beyond its first "
        "season."
    )
    assert triple("Lantern Row", 2, "canceled") in statuses(extractor, text)


def test_patterns_built_from_article_words_stay_in_a_bounded_cache() -> None:
    from knowsofar.extract.titles import text_rx

    for i in range(1100):
        assert text_rx(rf"(?<!\w)Show{i}(?!\w)").search(f"a Show{i} b")
    assert text_rx.cache_info().currsize <= 1024


def test_a_network_field_line_gives_the_sections_show_its_network(extractor) -> None:
    text = FIELD_ROUNDUP.replace("Network: ABC", "Network: USA")
    shows = shows_of(extractor, text)
    assert shows["Lantern Row"]["network"] == "The CW"
    assert shows["Copper Bay"]["network"] == "USA"
