"""Season references (seasons.py) on their own: the forms added for roundups."""

from __future__ import annotations

from knowsofar.extract.seasons import find_seasons, seasons_for


def kinds_and_numbers(text: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(r.kind, r.numbers) for r in find_seasons(text)]


def test_two_ordinals_each_with_an_article():
    assert kinds_and_numbers("renewed for a third and a fourth season") == [("explicit", (3, 4))]


def test_a_final_batch_of_episodes_is_a_final_season():
    assert kinds_and_numbers("with a fifth and final batch of episodes") == [("final", (5,))]


def test_a_batch_without_final_is_no_season():
    assert find_seasons("Netflix dropped a second batch of episodes on Friday.") == []


def test_following_its_own_season_counts_after_it():
    (ref,) = find_seasons("was also canceled following its own second season")
    assert ref.kind == "after"
    assert seasons_for(ref, "canceled") == (3,)


def test_a_season_left_out_at_the_end_of_a_clause():
    (ref,) = find_seasons("the drama will not get a third.")
    assert (ref.kind, ref.numbers) == ("elliptical", (3,))
    assert seasons_for(ref, "canceled") == (3,)


def test_an_ordinal_before_another_noun_is_not_elliptical():
    assert find_seasons("the star will get a second chance at the role") == []


def test_a_first_year_reboot_counts_one_season():
    (ref,) = find_seasons("as was the first-year sci-fi reboot on the network")
    assert (ref.kind, ref.numbers) == ("count", (1,))
    assert seasons_for(ref, "canceled") == (2,)


def test_a_count_with_its_noun_left_out():
    (ref,) = find_seasons("and How We Bake after just one.")
    assert (ref.kind, ref.numbers) == ("elliptical_count", (1,))
    assert seasons_for(ref, "canceled") == (2,)
