"""Session 5: phrasings found missing after batch 12 (sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import cast_pairs


def test_brought_in_takes_the_actor_as_its_object(nlp) -> None:
    text = (
        "Apple TV+ Renews Mariner Lane for Season 3\n\n"
        "Apple TV+ has renewed Mariner Lane for a third season. For the new episodes the "
        "producers brought in Sam Ortega as Jonah Vale, and Nia Brooks was brought on as "
        "Tess Vale."
    )
    assert cast_pairs(nlp, text) == {
        ("Sam Ortega", "Jonah Vale"),
        ("Nia Brooks", "Tess Vale"),
    }


def test_starred_in_a_show_as_a_role_still_names_the_show(nlp) -> None:
    text = (
        "Apple TV+ Renews Mariner Lane for Season 3\n\n"
        "Apple TV+ has renewed Mariner Lane for a third season. Its lead, Dana Fuller, "
        "starred in Copper Bay as Iris Kent before joining the series."
    )
    assert ("Dana Fuller", "Iris Kent") not in cast_pairs(nlp, text)
