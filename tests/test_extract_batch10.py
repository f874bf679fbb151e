"""Batch 10: "brings back X for a second season" in a headline, a place or parent show
describing "the ... drama" is not the show renewed, "Name (Role)" lists ordered by a
list of the same people elsewhere, and a season "still running" is out. All sentences and
shows here are invented."""

from __future__ import annotations

from extract_helpers import cast_pairs as pairs
from extract_helpers import shows_of, statuses, triple

from knowsofar.extract import results


def test_a_place_describing_the_drama_is_not_the_show(extractor) -> None:
    text = (
        "HBO brings back Salt Road for a second season\n\n"
        "Salt Road was sold as a one-time event. It will not stay that way. HBO has renewed "
        "the Monterey drama for a second season."
    )
    assert statuses(extractor, text) == {triple("Salt Road", 2, "renewed")}
    assert list(shows_of(extractor, text)) == ["Salt Road"]


def test_a_parent_show_describing_a_spinoff_takes_no_renewal(extractor) -> None:
    text = "Paramount has renewed the Harbor prequel for a second season."
    assert not any(t[0] == "harbor" for t in statuses(extractor, text))


def test_name_role_pairs_read_by_a_list_of_the_same_people(nlp) -> None:
    text = (
        "Mara Quill returns as Ivy Reyes. At the awards, Mara Quill, Ana Sol and Tom Pike "
        "each took home a prize. Ana Sol (Jane Hale), Tom Pike (Rob Kline) and Lee Marr "
        "(Bea Cole) complete the group."
    )
    assert {("Ana Sol", "Jane Hale"), ("Tom Pike", "Rob Kline"), ("Lee Marr", "Bea Cole")} <= pairs(
        nlp, text
    )


def test_a_season_still_running_is_not_renewed(extractor) -> None:
    text = (
        "NBC has picked up Salt Road for a third season. The renewal arrives while the "
        "second season is still running on Friday nights."
    )
    assert statuses(extractor, text) == {triple("Salt Road", 3, "renewed")}


def test_a_month_before_one_surname_is_a_first_name() -> None:
    from knowsofar.extract.names import clean_actor

    assert clean_actor("January Jones") == "January Jones"
    assert clean_actor("Friday Night Lights") is None
    assert clean_actor("October Sunday") is None


def test_a_described_role_played_by_two_actors_in_turn(nlp) -> None:
    text = (
        "Netflix has canceled Salt Road. Ivo, a bus driver in Lagos, was played by Ana Sol "
        "in the first season and by Tom Pike in the second."
    )
    found = pairs(nlp, text)
    assert {("Ana Sol", "Ivo"), ("Tom Pike", "Ivo")} <= found
    assert not any(c == "Lagos" for _, c in found)


def test_credits_after_before_a_show_and_after_a_who_aside(nlp) -> None:
    text = (
        "Netflix has renewed Harbor Nine. Jon Pell plays Tom Reyes. Ana Sol plays Ivy Marsh, "
        "and Lee Marr, who plays the mysterious Jonas Hale, is still best remembered by many "
        "viewers as Sayid Rahm on ABC's Salt Road.\n\n"
        "Before Harbor Nine he spent eleven seasons as the salesman Al Bunt on Fox's Dry Creek."
    )
    found = pairs(nlp, text)
    assert ("Lee Marr", "Sayid Rahm") in found


def test_a_caption_pair_with_a_first_name_after_a_title(nlp) -> None:
    # "Peter" resolves to "the Emperor Peter": a title, then the role's own name, not a
    # surname that would make "Tom Pike (Peter)" a character and its actor
    text = (
        "Ana Sol (Ivy) and Tom Pike (Peter) in Salt Road.\n\n"
        "Tom Pike played that husband, the Emperor Peter, a vain man."
    )
    assert ("Peter", "Tom Pike") not in {(m.actor, m.character) for m in results(nlp(text))["cast"]}
    assert not any(m.actor == "Emperor Peter" for m in results(nlp(text))["cast"])
