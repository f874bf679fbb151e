"""Session 8: layouts and phrasings found missing by our own probes (sentences and shows
invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple


def test_a_scorecard_line_gives_its_season_in_brackets(extractor) -> None:
    text = (
        "TV Scorecard: Every Renewal and Cancellation So Far\n\n"
        "Most of the fall schedule is set. Here is where every scripted series stands.\n\n"
        "Harbor Lights - Renewed (Season 4)\n"
        "Copper Kettle - Canceled (after 2 seasons)\n"
        "Blue Falcon Road - Ending (Season 5 is the last)\n"
        "The Tin Men - Pending\n"
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got
    assert triple("Copper Kettle", 3, "canceled") in got
    assert triple("Blue Falcon Road", 5, "ended") in got
    assert {t for t, _, _ in got} <= {"harbor lights", "copper kettle", "blue falcon road"}


def test_a_verdict_label_lists_several_shows_each_with_its_own_brackets(extractor) -> None:
    text = (
        "Renewed and Canceled Shows: The Full List\n\n"
        "Renewed: Harbor Lights (season 4, NBC), Copper Kettle (season 3, Fox), "
        "The Tin Men (season 2, ABC)\n\n"
        "Canceled: Blue Falcon Road (NBC), Night Owls (CBS, after one season)\n\n"
        "Undecided: Maple Hill (Fox)"
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got
    assert triple("Copper Kettle", 3, "renewed") in got
    assert triple("The Tin Men", 2, "renewed") in got
    assert triple("Night Owls", 2, "canceled") in got
    # the other show's bracket numbers nothing of Blue Falcon Road
    assert not [x for x in got if x[0] == "blue falcon road"]
    shows = shows_of(extractor, text)
    assert shows["Night Owls"]["network"] == "CBS"
    assert shows["The Tin Men"]["network"] == "ABC"
    assert shows["Copper Kettle"]["network"] == "Fox"


def test_a_verdict_label_before_prose_is_no_list(extractor) -> None:
    text = (
        "Renewed: Harbor Lights, which NBC renewed for a fourth season on Monday.\n\n"
        "The network's other dramas wait."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got


def test_label_lines_with_their_one_line_story(extractor) -> None:
    text = (
        "Every Show Renewed So Far\n\n"
        "Harbor Lights: Renewed for season 4 at NBC.\n"
        "Copper Kettle: Canceled after two seasons on Fox.\n"
        "The Tin Men: ABC has not decided yet.\n"
        "Blue Falcon Road: Its fifth season will be its last.\n"
    )
    got = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in got
    assert triple("Copper Kettle", 3, "canceled") in got
    assert triple("Blue Falcon Road", 5, "ended") in got
    # the last line's season is its own show's, not the line above's
    assert triple("Copper Kettle", 5, "ended") not in got
    assert shows_of(extractor, text)["The Tin Men"]["network"] == "ABC"
