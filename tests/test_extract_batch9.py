"""Batch 9 titles and cast: a character's first name with a possessive, a role named in
apposition after "plays ...'s sister,", a character described as "played by", a
hyphenated title with a lower-case tail, and "Name (Role)" lists after "are played by".
All sentences and shows here are invented."""

from __future__ import annotations

from extract_helpers import cast_pairs as pairs
from extract_helpers import shows_of, statuses, triple


def test_a_characters_first_name_with_a_possessive_is_no_show(extractor) -> None:
    text = (
        "BBC One has ordered a second series of Harbor Nine.\n\n"
        "Mara Quill stars as Chris Dalton, a tired night-shift officer. Jon Pell plays "
        "his brother.\n\n"
        "The first series ended with Chris's future in the force far from certain."
    )
    assert list(shows_of(extractor, text)) == ["Harbor Nine"]


def test_a_show_named_like_a_first_name_keeps_its_evidence(extractor) -> None:
    # Negative of the rule above: the show's own name, with a decision and a season.
    text = (
        "NBC has picked up Dalton for a third season. Mara Quill stars as Dalton Reyes, "
        "and Dalton's third season will have 13 episodes."
    )
    assert statuses(extractor, text) == {triple("Dalton", 3, "renewed")}


def test_a_role_in_apposition_after_plays_is_no_show(extractor) -> None:
    text = (
        "NBC has picked up Dry Creek for a third season. Mara Quill plays Tom's sister, "
        "Ellie Reyes, with Jon Pell as Dev Woods, the doctor she married."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Dry Creek"]
    assert ("Jon Pell", "Dev Woods") in {
        (c["actor"], c["character"]) for c in shows["Dry Creek"]["cast"]
    }


def test_a_character_described_as_played_by_is_no_show(extractor) -> None:
    text = (
        "Netflix has saved Dry Creek for a fourth season. The fate of Branch Holt, the "
        "ambitious deputy played by Jon Pell, is one of the questions left hanging."
    )
    assert list(shows_of(extractor, text)) == ["Dry Creek"]


def test_a_hyphenated_title_with_show_evidence(extractor) -> None:
    text = (
        "Grown-up to End With Season 8 on ABC\n\n"
        "ABC has confirmed that Grown-up will end with its eighth season."
    )
    assert statuses(extractor, text) == {triple("Grown-up", 8, "ended")}


def test_a_hyphenated_describing_word_is_no_title(extractor) -> None:
    text = "ABC dropped its Eve-led hip-hop drama Queens after one season."
    assert statuses(extractor, text) == {triple("Queens", 2, "canceled")}


def test_name_role_lists_after_are_played_by(nlp) -> None:
    text = (
        "The Reyes children are played by Ana Sol (Ivy Reyes Jr.), Tom Pike (Dev Reyes) "
        "and Lee Marr (Jack Reyes)."
    )
    assert {
        ("Ana Sol", "Ivy Reyes Jr."),
        ("Tom Pike", "Dev Reyes"),
        ("Lee Marr", "Jack Reyes"),
    } <= pairs(nlp, text)
