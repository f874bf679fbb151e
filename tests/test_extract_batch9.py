"""Batch 9 titles and cast: a character's first name with a possessive, a role named in
apposition after "plays ...'s sister,", a character described as "played by", a
hyphenated title with a lower-case tail, and "Name (Role)" lists after "are played by".
All sentences and shows here are invented."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs as pairs
from extract_helpers import shows_of, statuses, triple

from knowsofar.extract import results


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


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Jon Pell rounds out the regulars as Dev Woods, the hero's best friend.",
            ("Jon Pell", "Dev Woods"),
        ),
        (
            "Ana Sol turned up in both seasons as Spanish Ivy, the owner of a bar.",
            ("Ana Sol", "Spanish Ivy"),
        ),
        (
            "Tom Pike came on board for the final two seasons as Bill Hart, a doctor.",
            ("Tom Pike", "Bill Hart"),
        ),
    ],
)
def test_joining_verbs_with_a_few_words_before_as(nlp, text, pair) -> None:
    assert pair in pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mara Quill plays Tom Reyes; Ana Sol is his sister, Ivy Reyes, a therapist; and "
            "Jon Pell plays their brother, Cal Reyes.",
            ("Ana Sol", "Ivy Reyes"),
        ),
        (
            "Mara Quill plays his daughter Beth Hale, while Jon Pell is the youngest son, "
            "Kip Hale, and Tom Pike is the adopted son, Jem Hale, a lawyer.",
            ("Tom Pike", "Jem Hale"),
        ),
        (
            "Mara Quill was DCI Tony Marsh in series one, and Jon Pell was Sergeant Dan Wold "
            "in series two.",
            ("Jon Pell", "Dan Wold"),
        ),
    ],
)
def test_copula_pairs_with_a_description_or_a_series(nlp, text, pair) -> None:
    assert pair in pairs(nlp, text)


def test_a_copula_with_a_description_is_not_read_alone(nlp) -> None:
    # Negative: "X is his sister, Y" needs a cast statement beside it.
    assert not pairs(nlp, "Ana Sol is his sister, Ivy Reyes, and they run a bakery.")


@pytest.mark.parametrize(
    ("sentence", "pair", "show"),
    [
        (
            "Pell, meanwhile, spent four seasons as Amanda Tane on ABC's Ward Nine.",
            ("Jon Pell", "Amanda Tane"),
            "Ward Nine",
        ),
        (
            "Pell, for his part, spent years as the prosecutor Jack Moy on NBC's Law & Custom "
            "before settling in as Tom.",
            ("Jon Pell", "Jack Moy"),
            "Law & Custom",
        ),
        (
            "Sol spent years as Logan Hale on The WB's Salt Road, and Pell will always be "
            "Daphne Marr to fans of NBC's Ward Nine.",
            ("Jon Pell", "Daphne Marr"),
            "Ward Nine",
        ),
    ],
)
def test_credits_elsewhere_with_asides_and_later_clauses(nlp, sentence, pair, show) -> None:
    text = (
        "Netflix has renewed Harbor Nine. Jon Pell plays Tom Reyes. Ana Sol plays Ivy. " + sentence
    )
    found = [m for m in results(nlp(text))["cast"] if (m.actor, m.character) == pair]
    assert [m.other_show for m in found] == [show]
