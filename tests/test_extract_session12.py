"""Session 12: phrasings found missing by our own probes (sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple


def test_a_lead_counting_the_sections_decides_for_each_section(extractor) -> None:
    text = (
        "Fox Clears Out Its Rookies\n\n"
        "By Jo Lee | May 14, 2019\n\n"
        "Three series that launched this season have been axed, and none of them gets a "
        "second year. Here is where each one stood.\n\n"
        "Mona's\n\n"
        "The backyard sitcom premiered in March and never found a crowd. Dana Reyes played "
        "Mona, a retired boxer.\n\n"
        "Harbor Nine\n\n"
        "This thriller bowed in February. The ratings slid after a fair start.\n\n"
        "Copper Kettle\n\n"
        "Sam Hale produced this family comedy, which spent its run in a tough slot. It "
        "followed a mother of three."
    )
    assert statuses(extractor, text) == {
        triple("Mona's", 2, "canceled"),
        triple("Harbor Nine", 2, "canceled"),
        triple("Copper Kettle", 2, "canceled"),
    }


def test_a_lead_whose_count_is_not_the_number_of_sections_decides_for_none(extractor) -> None:
    text = (
        "Fox Sorts Its Lineup\n\n"
        "By Jo Lee | May 14, 2019\n\n"
        "Two series that launched this season have been axed, and neither gets a second "
        "year. Here is the rest of the schedule.\n\n"
        "Mona's\n\n"
        "The backyard sitcom premiered in March.\n\n"
        "Harbor Nine\n\n"
        "This thriller bowed in February.\n\n"
        "Copper Kettle\n\n"
        "The family comedy spent its run in a tough slot."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Nine", 2, "canceled") not in got
    assert triple("Copper Kettle", 2, "canceled") not in got


def test_a_title_ending_in_a_possessive_keeps_it_as_a_heading(extractor) -> None:
    text = (
        "NBC's three comedies, judged\n\n"
        "Mona's\n\n"
        "The backyard sitcom is canceled after one season.\n\n"
        "Harbor Nine\n\n"
        "The comedy will be back for a third season."
    )
    assert "Mona's" in shows_of(extractor, text)
    assert triple("Mona's", 2, "canceled") in statuses(extractor, text)


def test_a_renewal_list_is_no_renewal(extractor) -> None:
    text = (
        "Harbor Nine Canceled\n\n"
        "NBC has canceled Harbor Nine after one season. The network's renewal list, by "
        "contrast, leans on veterans."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}
