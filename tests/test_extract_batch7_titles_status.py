"""Batch 7 titles and status: a credited show is not the article's subject, an author is
not a show, an actor with an age apposition is a person, short network labels in roundup
headings, and a prequel's parent show. All sentences and shows here are invented."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of, statuses, triple


def test_show_named_only_in_a_credit_does_not_take_the_final_series(extractor) -> None:
    text = (
        "lantern row series 4: what we know about the last run\n\n"
        "The harbour drama is coming back for one more series, and it will be its last.\n\n"
        "The BBC confirmed in March that the fourth series will be the final one.\n\n"
        "Mara Quill, who played the smuggler Edie Vance in the last run, has become far "
        "better known after starring as the fencer Lotte Brand in Netflix's The Velvet Parry."
    )
    got = statuses(extractor, text)
    assert not any(t[0] == triple("The Velvet Parry", 4, "ended")[0] for t in got)


def test_show_named_in_its_own_sentences_still_takes_its_status(extractor) -> None:
    # Negative of the rule above: a show the article names outside a credit leads it.
    text = (
        "The Velvet Parry Will End With Season 3\n\n"
        "Netflix has confirmed that The Velvet Parry will end with its third season. "
        "Mara Quill, who starred in Lantern Row, plays the fencer Lotte Brand."
    )
    assert triple("The Velvet Parry", 3, "ended") in statuses(extractor, text)


def test_an_authors_possessive_is_not_a_show(extractor) -> None:
    text = (
        "Glasswater Season 2: Everything We Know About Apple's Okafor Epic\n\n"
        "Miriam Okafor's novels were long thought too sprawling for television. "
        "Apple TV+ has renewed Glasswater for a second season. "
        "The first season of Glasswater ended in May. "
        "Okafor's story jumps across centuries."
    )
    shows = {k.casefold() for k in shows_of(extractor, text)}
    assert "okafor" not in shows
    assert "miriam okafor" not in shows
    assert triple("Glasswater", 2, "renewed") in statuses(extractor, text)


def test_actor_with_an_age_apposition_is_not_a_show(extractor) -> None:
    text = (
        "Starz Cancels Hollow Pines After Two Seasons\n\n"
        "Starz has canceled Hollow Pines, ending Dale Morrow's return to the role of the "
        "sheriff after two seasons. There will be no third.\n\n"
        "Morrow, now 61, stars as Sheriff Ed Garvey, and Lina Shah plays Ruth Garvey."
    )
    got = statuses(extractor, text)
    assert not any(t[0] == triple("Dale Morrow", 3, "canceled")[0] for t in got)
    assert "Dale Morrow" not in shows_of(extractor, text)


def test_roundup_heading_with_a_short_network_label_starts_a_section(extractor) -> None:
    text = (
        "Last Calls: Where Three Favorites Stand\n\n"
        "Here is where three shows from three outlets stand after a quiet spring for "
        "television, with one farewell and two more on the way.\n\n"
        "Copper Lane (AMC)\n\n"
        "The legal drama will end with its fifth season, the network announced in "
        "January, and the cast will return for one last run of thirteen episodes.\n\n"
        "Dr. Static (USA)\n\n"
        "The hacker thriller finished its planned run in December with a third and "
        "final season, as the network had announced a year before it aired.\n\n"
        "Brick Hall (Showtime)\n\n"
        "The family comedy is heading for the exit too: its upcoming seventh season will "
        "be its last, and the writers have already finished the final scripts."
    )
    got = statuses(extractor, text)
    assert triple("Dr. Static", 3, "ended") in got
    # The heading ends the previous section: its season is not the section before it's.
    assert triple("Copper Lane", 3, "ended") not in got


def test_prequel_to_a_parent_show_gives_the_section_show_the_status(extractor) -> None:
    text = (
        "Endings and Rescues: Two Shows to Watch\n\n"
        "Here is where two dramas from two networks stand after a spring without new "
        "episodes for most of television's big names.\n\n"
        "Copper Lane (AMC)\n\n"
        "The prequel to AMC's Iron Saint will end with its sixth season, the network "
        "said in January, and its lead returns for the last run of episodes.\n\n"
        "Brick Hall (Showtime)\n\n"
        "The family comedy was renewed for a fourth season in March, and the full cast "
        "has signed on to come back for it."
    )
    got = statuses(extractor, text)
    assert triple("Copper Lane", 6, "ended") in got
    assert not any(t[0] == triple("Iron Saint", 6, "ended")[0] for t in got)


def test_a_plain_parent_show_sentence_keeps_its_own_status(extractor) -> None:
    # Negative: without "prequel to", the named show is the subject.
    text = "AMC's Iron Saint will end with its sixth season, the network said in January."
    assert triple("Iron Saint", 6, "ended") in statuses(extractor, text)


def test_an_order_with_the_season_noun_left_out_wins_over_the_earlier_cancel(extractor) -> None:
    text = (
        "NBC canceled Brick Hall last year after two seasons, but Peacock, the company's "
        "new streamer, has ordered a third, and the main cast is set to return."
    )
    got = statuses(extractor, text)
    assert triple("Brick Hall", 3, "renewed") in got
    assert triple("Brick Hall", 3, "canceled") not in got


def test_no_order_with_the_noun_left_out_is_not_a_renewal(extractor) -> None:
    # Negative: "has not ordered a third" renews nothing.
    text = "NBC canceled Brick Hall after two seasons, and Peacock has not ordered a third."
    assert triple("Brick Hall", 3, "renewed") not in statuses(extractor, text)


def test_nobody_has_commissioned_the_next_series_is_pending(extractor) -> None:
    text = (
        "Has Brick Hall been cancelled? No. The BBC has never cancelled Brick Hall. "
        "But nobody has commissioned a fifth series either, and there is no filming date."
    )
    got = statuses(extractor, text)
    assert triple("Brick Hall", 5, "pending") in got
    assert not any(t[2] == "canceled" for t in got)


def test_a_later_cancellation_beats_nobody_commissioning(extractor) -> None:
    # Negative: the cue says "no decision"; a cancellation in the article is a decision.
    text = "Nobody has commissioned a fifth series of Brick Hall, and the BBC cancelled it in May."
    assert triple("Brick Hall", 5, "pending") not in statuses(extractor, text)


def test_a_drama_named_before_as_character_is_a_show_and_that_series_is_it(extractor) -> None:
    text = (
        "Freeform Renews Night Ferry for Season 2\n\n"
        "Freeform has renewed Night Ferry for a second season. Ana Holt stars as June. "
        "Holt is no stranger to Freeform. She led its spy drama Silver Knot as Rae Cole, "
        "before the network canceled that series after two seasons in 2019."
    )
    got = statuses(extractor, text)
    assert triple("Silver Knot", 3, "canceled") in got
    assert triple("Night Ferry", 3, "canceled") not in got
    assert triple("Night Ferry", 2, "renewed") in got


def test_a_person_before_as_character_is_still_an_actor(extractor) -> None:
    # Negative: without a show noun before it, "Dale Morrow as Ed" is an actor, not a show.
    text = (
        "Starz has canceled Hollow Pines after two seasons. "
        "The drama starred Dale Morrow as Ed Garvey, and Dale Morrow was its lead."
    )
    assert "Dale Morrow" not in shows_of(extractor, text)


ROUNDUP_ENDING = (
    "Where Two Cable Favorites Stand\n\n"
    "Here is where two television series from two networks stand after a spring with few "
    "new episodes and plenty of news about renewals and final seasons.\n\n"
    "Brick Hall (Showtime)\n\n"
    "The family comedy is heading for the exit: the network said in January that the "
    "upcoming {ord} season will close the story of the Dunmore family of Ohio.\n\n"
    "Copper Lane (AMC)\n\n"
    "The legal drama was renewed for a fourth season in March, and the whole cast has "
    "signed on to return for it."
)


def test_the_nth_season_will_close_the_story_is_the_final_season(extractor) -> None:
    got = statuses(extractor, ROUNDUP_ENDING.format(ord="eleventh"))
    assert triple("Brick Hall", 11, "ended") in got
    assert triple("Copper Lane", 4, "renewed") in got


def test_closing_a_door_is_not_closing_the_story(extractor) -> None:
    # Negative: no "will close the story" cue, so no ending for the show.
    text = ROUNDUP_ENDING.format(ord="eleventh").replace("will close the story of", "will follow")
    got = statuses(extractor, text)
    assert not any(t[0] == triple("Brick Hall", 11, "ended")[0] for t in got)


@pytest.mark.parametrize(
    "text",
    [
        "Starz has canceled Ember Hollow, which means the fourth season now airing on Sunday "
        "nights will be the final one.",
        "Ember Hollow is done. Starz has canceled the drama, and the fourth season now airing "
        "on Sunday nights will be its last.",
        "Ember Hollow is done. Starz has canceled the drama. The fourth season, now airing on "
        "Sunday nights, will be its last.",
    ],
)
def test_canceled_while_its_last_season_airs_is_the_next_season_canceled(extractor, text):
    assert statuses(extractor, text) == {triple("Ember Hollow", 5, "canceled")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a planned last season, not yet out: ended
        ("Ember Hollow will end with its fourth season, Starz said on Monday.", (4, "ended")),
        # another show on the air does not move the cancellation
        (
            "Starz has canceled Ember Hollow after three seasons. Its sister show Red Fen is "
            "now airing its second season.",
            (4, "canceled"),
        ),
    ],
)
def test_no_season_on_the_air_leaves_the_status_alone(extractor, text, expected):
    assert triple("Ember Hollow", *expected) in statuses(extractor, text)
