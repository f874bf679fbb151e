"""Session 9: phrasings found missing by our own probes (sentences and shows invented)."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs, shows_of, statuses, triple


@pytest.mark.parametrize(
    "sentence",
    [
        "HBO will end Imperium Nights with its third season.",
        "HBO will end Imperium Nights after its third season.",
        "HBO is bringing Imperium Nights to an end with its third season.",
        "HBO has decided to end Imperium Nights after three seasons.",
        "Imperium Nights will end after three seasons, HBO said.",
        "Imperium Nights is ending after three seasons, HBO said.",
        "Imperium Nights is ending after its third season, HBO said.",
        "Imperium Nights will end its run after three seasons, HBO said.",
    ],
)
def test_a_network_ending_a_show_with_a_season(extractor, sentence: str) -> None:
    got = statuses(extractor, f"Imperium Nights to end\n\n{sentence}")
    assert got == {triple("Imperium Nights", 3, "ended")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Imperium Nights will return after three seasons away, HBO said.",
        "NBC will end the night with its third season of Imperium Nights at ten.",
        "Netflix will end its deal with the Imperium Nights producers after two seasons.",
    ],
)
def test_ending_something_else_is_no_final_season(extractor, sentence: str) -> None:
    got = statuses(extractor, f"Imperium Nights news\n\n{sentence}")
    assert not [x for x in got if x[2] == "ended"]


def test_a_show_that_ends_after_its_first_season_under_a_canceled_label(extractor) -> None:
    # "ends after" in a roundup's line is the cut, not a planned last season
    text = (
        "Renewed or Canceled: Where Things Stand\n\n"
        "Copper Kettle\nNetwork: Fox\nStatus: Canceled\n\n"
        "Fox has pulled the comedy after a few weeks and confirmed it will not be back.\n\n"
        "Glass Harbor\nNetwork: CBS\nStatus: Canceled\n\n"
        "The crime drama also ends after its first season."
    )
    got = statuses(extractor, text)
    assert triple("Glass Harbor", 2, "canceled") in got
    assert not [x for x in got if x[2] == "ended"]


def test_a_network_that_has_ended_a_one_word_show(extractor) -> None:
    text = "Legions ends\n\nHBO has ended Legions after two seasons."
    assert statuses(extractor, text) == {triple("Legions", 3, "canceled")}


def test_a_number_word_inside_a_repeated_name_beside_a_place_of_the_same_name(
    extractor,
) -> None:
    text = (
        "One Pine Hollow Gets Season 5 at The CW\n\n"
        "The residents of Pine Hollow have been granted another year. The CW has picked up "
        "One Pine Hollow for a fifth season. One Pine Hollow began on The WB in 2006."
    )
    assert statuses(extractor, text) == {triple("One Pine Hollow", 5, "renewed")}


def test_a_verb_left_out_between_two_actor_role_pairs(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Glass Harbor was canceled. Tom Perry played the head writer, Matt Alden, and Brad "
        "Whitcomb the producer Danny Trask, with Amy Peel as the network boss Jordan Mace.",
    )
    assert {
        ("Tom Perry", "Matt Alden"),
        ("Brad Whitcomb", "Danny Trask"),
        ("Amy Peel", "Jordan Mace"),
    } <= got
    got = cast_pairs(
        nlp,
        "Glass Harbor returns. Jay Lund plays Earl Hatch, Evan Sopp his brother Randy Hatch, "
        "and Jamie Price is Earl's ex-wife, Joy Turner.",
    )
    assert {("Jay Lund", "Earl Hatch"), ("Evan Sopp", "Randy Hatch")} <= got


def test_no_gapped_pair_without_a_name_after_the_actor(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Glass Harbor returns. Jay Lund plays Earl Hatch, Monday nights at nine, and Jamie "
        "Price plays Joy Turner.",
    )
    assert ("Jay Lund", "Earl Hatch") in got
    assert not [p for p in got if p[1].startswith("Monday")]


def test_a_role_after_the_verb_left_out_is_no_show(extractor) -> None:
    text = (
        "Glass Harbor canceled\n\n"
        "NBC has canceled Glass Harbor after one season. Tom Perry played the head writer, "
        "Matt Alden, and Brad Whitcomb the producer Danny Trask, with Amy Peel as the "
        "network boss Jordan Mace."
    )
    assert set(shows_of(extractor, text)) == {"Glass Harbor"}


def test_the_role_someone_is_still_playing_is_no_show(extractor) -> None:
    text = (
        "Glass Harbor renewed\n\n"
        "The CW has renewed Glass Harbor for a fourth season. Sofia Bell is still the fashion "
        "designer Brooke Dale, with Austin Nash as her husband, Julian Baird."
    )
    assert set(shows_of(extractor, text)) == {"Glass Harbor"}
    cast = shows_of(extractor, text)["Glass Harbor"]["cast"]
    assert {"actor": "Austin Nash", "character": "Julian Baird"} in [
        {"actor": c["actor"], "character": c["character"]} for c in cast
    ]


def test_pairs_in_brackets_that_led_the_cast_are_actors_first(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Imperium Nights is over. Kevin Baxter (Lucius Marren) and Ray Dalton (Titus Pell) "
        "led the cast.",
    )
    assert got == {("Kevin Baxter", "Lucius Marren"), ("Ray Dalton", "Titus Pell")}


def test_a_headline_name_before_a_kicker_over_a_body_that_adds_a_subtitle(extractor) -> None:
    text = (
        "Rivalry: Meet the Stars Playing Two Warring Divas\n\n"
        "The anthology arrives on FX in March. The first installment, titled Rivalry: Ada "
        "and Bea, follows two stars on the set of one film.\n\n"
        "Jane Lorne ... Ada Fenwick\nSusan Pike ... Bea Darrow\n\n"
        "Lorne has become a fixture of the producer's shows after four seasons of "
        "Midnight Hotel Stories."
    )
    shows = shows_of(extractor, text)
    assert "Rivalry" in shows
    pairs = {(c["actor"], c["character"]) for c in shows["Rivalry"]["cast"]}
    assert ("Jane Lorne", "Ada Fenwick") in pairs
    assert not [c for title, s in shows.items() if title != "Rivalry" for c in s.get("cast") or []]


def test_a_subtitle_after_the_headline_colon_stays_the_title(extractor) -> None:
    # the kicker is a subtitle here: the whole name stays
    text = (
        "Harbor Lights: The Lost Year Season 2 Renewed\n\n"
        "Hulu has renewed Harbor Lights: The Lost Year for a second season."
    )
    assert statuses(extractor, text) == {triple("Harbor Lights: The Lost Year", 2, "renewed")}


def test_an_agencys_initials_before_a_job_are_no_show(extractor) -> None:
    text = (
        "Night Desk Season 4: What We Know\n\n"
        "What has been confirmed about the last mission for Prime Video's CIA analyst.\n\n"
        "Prime Video renewed Night Desk for a fourth season. Wendy Price is back as James "
        "Grady, and Michael Kerr returns as Mike Nolan, the veteran CIA operative."
    )
    assert set(shows_of(extractor, text)) == {"Night Desk"}
