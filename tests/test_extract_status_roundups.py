"""Season statuses in roundups and explainers, from our own sentences: a later season
picked out of a pair, reversals inside one sentence, "no decision" phrasings, statuses
echoed by a later show ("as was X", "X followed a week later"), coordinated subjects,
a pending season named in the next sentence, pronouns, limited series."""

from __future__ import annotations

from extract_helpers import statuses, triple

from knowsofar.extract.titles import norm_title

# -- one of two seasons ------------------------------------------------------------


def test_the_latter_of_two_ordered_seasons_is_the_last(extractor):
    text = (
        "Peacock has renewed its western Dust Road for a third and a fourth season, and "
        "the latter will be its last."
    )
    found = statuses(extractor, text)
    assert triple("Dust Road", 3, "renewed") in found
    assert triple("Dust Road", 4, "ended") in found
    assert triple("Dust Road", 4, "renewed") not in found


def test_the_latter_of_two_numbered_seasons(extractor):
    text = "Starz has renewed Ember Hill for seasons 5 and 6, and the latter will be its last."
    found = statuses(extractor, text)
    assert triple("Ember Hill", 5, "renewed") in found
    assert triple("Ember Hill", 6, "ended") in found
    assert triple("Ember Hill", 5, "ended") not in found


# -- a decision reversed in one sentence ----------------------------------------------


def test_a_cancellation_told_as_the_lead_in_loses_to_the_news(extractor):
    text = (
        "Three days after pulling the plug on its time-travel drama, NBC has changed its "
        "mind: Clockwork is coming back for a second season after all."
    )
    found = statuses(extractor, text)
    assert triple("Clockwork", 2, "renewed") in found
    assert triple("Clockwork", 2, "canceled") not in found


def test_a_reversal_split_over_two_sentences(extractor):
    text = (
        "Two days after pulling the plug on its heist drama, Fox has reversed course. "
        "Night Vault is coming back for a second season after all."
    )
    found = statuses(extractor, text)
    assert triple("Night Vault", 2, "renewed") in found
    assert triple("Night Vault", 2, "canceled") not in found


def test_canceled_only_to_be_revived_reads_as_revived(extractor):
    text = (
        "NBC canceled Glass Harbor after one season, only to be revived a week later "
        "for a second season."
    )
    found = statuses(extractor, text)
    assert triple("Glass Harbor", 2, "renewed") in found
    assert triple("Glass Harbor", 2, "canceled") not in found


def test_after_being_canceled_then_picked_up(extractor):
    text = "After being canceled by ABC, Ridgeline was picked up by Netflix for a fourth season."
    found = statuses(extractor, text)
    assert triple("Ridgeline", 4, "renewed") in found
    assert triple("Ridgeline", 4, "canceled") not in found


# -- no decision yet ----------------------------------------------------------------


def test_not_announced_and_not_canceled_either_is_pending(extractor):
    text = (
        "Hulu has not announced a third season of Copper Lane, and it has not canceled "
        "the series either."
    )
    assert statuses(extractor, text) == {triple("Copper Lane", 3, "pending")}


def test_fate_of_a_show_is_simply_unknown(extractor):
    text = (
        "Copper Lane Season 3: What We Know\n\n"
        "Hulu renewed Copper Lane for a second season in 2023. "
        "For now, the fate of Copper Lane is simply unknown."
    )
    assert triple("Copper Lane", 3, "pending") in statuses(extractor, text)


def test_future_on_a_streamer_remains_up_in_the_air(extractor):
    text = (
        "Will There Be a Copper Lane Season 3?\n\n"
        "Until Hulu says something, Copper Lane's future on the streamer remains up in the air."
    )
    assert triple("Copper Lane", 3, "pending") in statuses(extractor, text)


def test_no_decision_yet_is_pending(extractor):
    text = "There is no decision yet on a fourth season of Copper Lane, a Hulu spokesperson said."
    assert triple("Copper Lane", 4, "pending") in statuses(extractor, text)


def test_a_pending_show_takes_the_season_its_next_sentence_names(extractor):
    text = (
        "Sky has yet to decide the future of its spy drama Marsh Gate, whose second series "
        "ended last week. A spokesperson said a decision on series 3 is due in spring."
    )
    assert statuses(extractor, text) == {triple("Marsh Gate", 3, "pending")}


def test_the_next_sentence_about_another_show_lends_no_season(extractor):
    text = (
        "Sky has yet to decide the future of its spy drama Marsh Gate. Meanwhile, Sky has "
        "renewed Low Tide for series 5."
    )
    found = statuses(extractor, text)
    assert triple("Low Tide", 5, "renewed") in found
    assert all(t[0] != norm_title("Marsh Gate") for t in found)


# -- echoes: a later show shares the status said before ----------------------------------


def test_as_was_a_later_show_shares_the_status_with_its_own_season(extractor):
    text = (
        "Bright Falls and Ocean Rise were both axed after three seasons, as was CBS's "
        "first-year legal drama Counsel."
    )
    found = statuses(extractor, text)
    assert triple("Bright Falls", 4, "canceled") in found
    assert triple("Ocean Rise", 4, "canceled") in found
    assert triple("Counsel", 2, "canceled") in found


def test_followed_a_week_later_inherits_the_previous_sentence(extractor):
    text = (
        "Amazon began its clear-out in March with Red Summit, which was canceled after its "
        "second season. Blue Summit followed two weeks later, also after two seasons."
    )
    found = statuses(extractor, text)
    assert triple("Red Summit", 3, "canceled") in found
    assert triple("Blue Summit", 3, "canceled") in found


def test_an_echo_that_names_no_season_says_nothing(extractor):
    text = "Red Summit was canceled after two seasons, as was Blue Summit."
    found = statuses(extractor, text)
    assert triple("Red Summit", 3, "canceled") in found
    assert all(t[0] != norm_title("Blue Summit") for t in found)


def test_an_echo_with_nothing_said_before_says_nothing(extractor):
    text = "Blue Summit followed a week later, also after two seasons."
    assert statuses(extractor, text) == set()


# -- coordinated subjects ---------------------------------------------------------------


def test_two_shows_with_asides_both_end(extractor):
    text = (
        "Fox wrapped up two comedies. Pine Street, starring Alan Cole as a baker, and "
        "Mr. Vance, with Joan Ruiz as the mayor Ada Vance, both end after two seasons."
    )
    found = statuses(extractor, text)
    assert triple("Pine Street", 3, "canceled") in found
    assert triple("Mr. Vance", 3, "canceled") in found


def test_two_shows_both_coming_back_for_second_seasons(extractor):
    text = (
        "Good news on the same lot: Shortwave and Longhand, two first-year hits, will both "
        "be back for second seasons."
    )
    found = statuses(extractor, text)
    assert triple("Shortwave", 2, "renewed") in found
    assert triple("Longhand", 2, "renewed") in found


def test_a_second_subject_after_and_gets_its_own_status(extractor):
    text = (
        "Harbor Nine, starring Ana Moss as a diver, is done after three seasons, and the "
        "freshman drama Keel, led by Tom Reyes as a captain, will not get a second."
    )
    found = statuses(extractor, text)
    assert triple("Keel", 2, "canceled") in found
    assert triple("Harbor Nine", 2, "canceled") not in found


def test_an_unread_bare_subject_does_not_take_the_topic(extractor):
    text = (
        "NBC renewed Pine Street for a third season.\n\n"
        "Ironhand is done after three seasons, the network said."
    )
    assert triple("Pine Street", 4, "canceled") not in statuses(extractor, text)


# -- seasons told other ways ----------------------------------------------------------


def test_following_its_own_season(extractor):
    text = (
        "Netflix canceled Warden Hall after two seasons. Fable Road was also canceled last "
        "month following its own second season."
    )
    found = statuses(extractor, text)
    assert triple("Fable Road", 3, "canceled") in found
    assert triple("Fable Road", 2, "canceled") not in found


def test_a_fourth_and_final_batch_of_episodes_is_the_last_season(extractor):
    text = "Netflix's teen comedy Lake Days will wrap up with a fourth and final batch of episodes."
    assert triple("Lake Days", 4, "ended") in statuses(extractor, text)


def test_a_return_date_a_week_from_a_weekday(extractor):
    text = (
        "Hulu set a return date for its motel comedy Vacancy Sign: the third season arrives "
        "a week from Thursday."
    )
    assert triple("Vacancy Sign", 3, "renewed") in statuses(extractor, text)


def test_it_is_the_show_named_earlier_in_the_sentence(extractor):
    text = (
        "Hulu renewed Vacancy Sign for a third season. Its legal comedy Bench Trial was less "
        "fortunate; Hulu canceled it in May after one season."
    )
    found = statuses(extractor, text)
    assert triple("Bench Trial", 2, "canceled") in found
    assert triple("Vacancy Sign", 2, "canceled") not in found


def test_a_limited_series_that_will_not_return_ended_with_its_only_season(extractor):
    text = (
        "Netflix's Stillwater was always planned as a six-part limited series, and it will "
        "not return for a second season."
    )
    found = statuses(extractor, text)
    assert triple("Stillwater", 1, "ended") in found
    assert triple("Stillwater", 2, "canceled") not in found


# -- subjects and runs told in passing -------------------------------------------------


def test_a_shows_possession_is_not_the_subject(extractor):
    text = (
        "CBS has renewed Late Edition for a third season. Late Edition's lead-in, the "
        "legal drama Docket Nine, is still waiting to learn whether it gets a fourth season."
    )
    found = statuses(extractor, text)
    assert triple("Late Edition", 3, "renewed") in found
    assert triple("Late Edition", 4, "pending") not in found


def test_still_waiting_to_learn_is_pending(extractor):
    text = (
        "CBS's legal drama Docket Nine is still waiting to learn whether it gets a fourth season."
    )
    assert triple("Docket Nine", 4, "pending") in statuses(extractor, text)


def test_a_show_that_ended_after_some_seasons(extractor):
    text = "The creator went on to make Ward Nine for ABC, which ended in 2021 after five seasons."
    assert triple("Ward Nine", 5, "ended") in statuses(extractor, text)


def test_a_run_that_ended_yields_to_a_cancellation(extractor):
    text = (
        "Fox canceled Ward Nine after five seasons. The medical drama Ward Nine, which "
        "ended in 2021 after five seasons, still streams on Hulu."
    )
    found = statuses(extractor, text)
    assert triple("Ward Nine", 6, "canceled") in found
    assert triple("Ward Nine", 5, "ended") not in found


def test_the_fate_of_the_characters_is_not_a_shows_fate(extractor):
    text = (
        "Netflix renewed Copper Lane for a second season in 2023.\n\n"
        "The finale left the fate of the twins unknown."
    )
    assert all(t[2] != "pending" for t in statuses(extractor, text))


def test_a_heading_season_yields_to_a_stated_decision(extractor):
    text = (
        "Copper Lane Season 2: What We Know\n\n"
        "Netflix renewed Copper Lane for a second season in 2023. For now, the fate of "
        "Copper Lane is unknown."
    )
    found = statuses(extractor, text)
    assert triple("Copper Lane", 2, "renewed") in found
    assert triple("Copper Lane", 2, "pending") not in found


def test_a_list_item_with_its_own_count_after_and(extractor):
    text = (
        "Fox cleared out its comedies, canceling Pine Street and Oak Lane after two seasons "
        "apiece and How We Bake after just one."
    )
    found = statuses(extractor, text)
    assert triple("Pine Street", 3, "canceled") in found
    assert triple("Oak Lane", 3, "canceled") in found
    assert triple("How We Bake", 2, "canceled") in found
    assert triple("Pine Street", 2, "canceled") not in found


def test_a_list_echo_without_a_show_gives_nothing_more(extractor):
    text = (
        "Fox canceled Pine Street and Oak Lane after two seasons apiece and a reality "
        "series after just one."
    )
    found = statuses(extractor, text)
    assert found == {triple("Pine Street", 3, "canceled"), triple("Oak Lane", 3, "canceled")}
