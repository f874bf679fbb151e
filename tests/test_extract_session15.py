"""Session 15: names with commas in them (sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple


def test_a_comma_name_after_a_question_verb_is_one_title(extractor) -> None:
    text = (
        "QT, Marble Season 2: Everything We Know So Far\n\n"
        "Is QT, Marble coming back? Yes. Netflix has renewed the teen comedy for a second "
        "season. Marble herself is still in Lisbon when the first season ends."
    )
    assert list(shows_of(extractor, text)) == ["QT, Marble"]
    assert triple("QT, Marble", 2, "renewed") in statuses(extractor, text)


def test_a_chain_of_names_written_twice_is_one_title(extractor) -> None:
    text = (
        "Nickelodeon wants more of the siblings\n\n"
        "Pip, Rory, Sal & Wendy is coming back for a second season. The network gave "
        "Pip, Rory, Sal & Wendy its pickup on Tuesday. Jo Marsh plays Pip, the eldest."
    )
    assert list(shows_of(extractor, text)) == ["Pip, Rory, Sal & Wendy"]
    assert triple("Pip, Rory, Sal & Wendy", 2, "renewed") in statuses(extractor, text)


def test_a_chain_of_shows_written_once_stays_a_list(extractor) -> None:
    text = (
        "ABC sets its fall\n\n"
        "ABC has renewed Night Owls, Brother Tom, Glass & Stone for new seasons. Night Owls "
        "returns in October."
    )
    assert "Night Owls" in shows_of(extractor, text)
