"""Season statuses from our own sentences: multi-show multi-season orders, a season
that "will also be its last", reversed decisions, generic remarks, seasons read from
context, unannounced decisions and other shows' statuses in relative clauses."""

from __future__ import annotations

from extract_helpers import statuses, triple

from knowsofar.claims import Document
from knowsofar.extract.titles import norm_title


def of_show(found: set[tuple[str, int, str]], title: str) -> set[tuple[int, str]]:
    return {(n, st) for t, n, st in found if t == norm_title(title)}


# -- several shows, several seasons each ----------------------------------------------


def test_each_show_gets_its_own_seasons_from_an_order_list(extractor):
    text = (
        "Max Renews 'Hacks,' 'Somebody Somewhere' and 'The Righteous Gemstones'\n\n"
        "Max has locked in three of its comedies for the long haul. The deal covers "
        "seasons 5 and 6 of Hacks, seasons 3 and 4 of Somebody Somewhere and seasons 4 "
        "and 5 of The Righteous Gemstones."
    )
    found = statuses(extractor, text)
    assert of_show(found, "Hacks") == {(5, "renewed"), (6, "renewed")}
    assert of_show(found, "Somebody Somewhere") == {(3, "renewed"), (4, "renewed")}
    assert of_show(found, "The Righteous Gemstones") == {(4, "renewed"), (5, "renewed")}


def test_two_more_seasons_each_without_a_count_says_no_number(extractor):
    text = (
        "Animation Block Renewed\n\n"
        "The network has picked up Bluey and Peppa Pig for two additional seasons apiece."
    )
    found = statuses(extractor, text)
    assert of_show(found, "Bluey") == set()
    assert of_show(found, "Peppa Pig") == set()


def test_two_more_seasons_counted_from_what_the_article_says(extractor):
    text = (
        "Hacks Renewed\n\n"
        "Hacks has aired three seasons on Max. The streamer has now renewed Hacks for two "
        "more seasons."
    )
    assert of_show(statuses(extractor, text), "Hacks") == {(4, "renewed"), (5, "renewed")}


# -- "will also be its last" ------------------------------------------------------------


def test_possessive_season_that_will_also_be_its_last_is_ended(extractor):
    text = (
        "'Blue Bloods' Will End on CBS\n\n"
        "CBS has made its call on Blue Bloods. The network confirmed that the police "
        "drama's fourteenth season will also be its last."
    )
    found = statuses(extractor, text)
    assert triple("Blue Bloods", 14, "ended") in found
    assert triple("Blue Bloods", 14, "renewed") not in found


def test_the_latter_will_be_its_last_still_picks_the_later_season(extractor):
    text = (
        "Netflix has renewed The Umbrella Academy for a third and a fourth season, and the "
        "latter will be its last."
    )
    found = statuses(extractor, text)
    assert triple("The Umbrella Academy", 4, "ended") in found
    assert triple("The Umbrella Academy", 3, "ended") not in found


# -- reversed decisions -------------------------------------------------------------------


def test_renewal_then_reversed_course_is_a_cancellation(extractor):
    text = (
        "Netflix renewed Inside Job for a second season in the summer, then reversed "
        "course in the fall, when the scripts were already written."
    )
    found = statuses(extractor, text)
    assert triple("Inside Job", 2, "canceled") in found
    assert triple("Inside Job", 2, "renewed") not in found


def test_reversal_in_the_next_sentence_of_the_paragraph(extractor):
    text = (
        "Starz renewed Blindspotting for a third season. Weeks later, the network changed "
        "its mind and let the writers go."
    )
    assert of_show(statuses(extractor, text), "Blindspotting") == {(3, "canceled")}


def test_reversed_cancellation_is_a_renewal(extractor):
    text = (
        "NBC canceled Timeless after one season in May 2017, then reversed its decision "
        "three days later."
    )
    assert of_show(statuses(extractor, text), "Timeless") == {(2, "renewed")}


def test_negated_or_wished_reversal_changes_nothing(extractor):
    assert of_show(
        statuses(
            extractor, "Netflix renewed Inside Job for a second season and has not reversed course."
        ),
        "Inside Job",
    ) == {(2, "renewed")}
    assert (
        statuses(
            extractor, "Fans hope Netflix reverses course on Inside Job and its second season."
        )
        == set()
    )


# -- generic remarks --------------------------------------------------------------------


def test_plural_cancellations_elsewhere_do_not_cancel_the_show(extractor):
    text = (
        "Silo Season 3: Has Apple Renewed It?\n\n"
        "Apple shares few numbers, so it is hard to judge how the second season of Silo "
        "did, and quiet spells like this have preceded cancellations at rival services."
    )
    assert all(st != "canceled" for _, _, st in statuses(extractor, text))


# -- seasons from context ------------------------------------------------------------------


def test_dropped_right_after_its_only_season_arrived_is_season_two(extractor):
    text = (
        "Kaos (Netflix)\n\n"
        "The streamer's 'Kaos' retold the Greek myths as a dark comedy. Netflix dropped the "
        "mythological comedy barely a month after all eight episodes arrived in August."
    )
    assert triple("Kaos", 2, "canceled") in statuses(extractor, text)


def test_dropped_after_release_with_a_season_count_elsewhere_is_not_season_two(extractor):
    text = (
        "Kaos (Netflix)\n\n"
        "The streamer's 'Kaos' had two seasons before this year. Netflix dropped the mythological "
        "comedy barely a month after all eight episodes arrived in August."
    )
    assert triple("Kaos", 2, "canceled") not in statuses(extractor, text)


def test_before_that_comes_season_n_is_renewed(extractor):
    text = (
        "The Boys will end with its fifth season on Prime Video. Before that comes season 4, "
        "due in June."
    )
    found = statuses(extractor, text)
    assert triple("The Boys", 4, "renewed") in found
    assert triple("The Boys", 5, "ended") in found


# -- decisions not yet made -----------------------------------------------------------------


def test_question_then_nothing_said_about_one_is_pending_for_the_asked_season(extractor):
    text = (
        "'Shrinking' Season 2 Arrives on Apple TV+\n\n"
        "The comedy returns this month. What about a third season? Apple has not said "
        "anything about one yet. Much depends on how the second season's numbers look."
    )
    found = statuses(extractor, text)
    assert triple("Shrinking", 3, "pending") in found
    assert triple("Shrinking", 2, "pending") not in found


def test_not_formally_ordered_one_is_pending(extractor):
    text = (
        "Will there be a fourth season of 'Severance'?\n\n"
        "Likely, but nothing is official: the creator says he is already planning a fourth "
        "season, yet Apple has not formally ordered one."
    )
    assert triple("Severance", 4, "pending") in statuses(extractor, text)


def test_no_decision_announced_about_a_season_is_pending(extractor):
    text = "As of today, Max has not announced a decision about a fourth season of Hacks."
    assert triple("Hacks", 4, "pending") in statuses(extractor, text)


def test_unannounced_timing_asserts_nothing(extractor):
    text = (
        "Apple renewed Severance for a second season last year. "
        "The streamer has not announced how long the third season will be or when filming "
        "will begin."
    )
    found = statuses(extractor, text)
    assert triple("Severance", 2, "renewed") in found
    assert of_show(found, "Severance") == {(2, "renewed")}


def test_question_heading_season_goes_to_the_articles_show_not_a_passing_one(extractor):
    text = (
        "The Bear Season 3: What We Know\n\n"
        "The Bear returns to FX on Hulu in June. The Bear picked up more awards this year. "
        "Many viewers know White from the Showtime drama Shameless.\n\n"
        "Will there be a fourth season?\n\n"
        "Nobody is saying yet: FX has not formally ordered one."
    )
    found = statuses(extractor, text)
    assert triple("The Bear", 4, "pending") in found
    assert of_show(found, "Shameless") == set()


# -- another show's status in a relative clause ------------------------------------------


def test_relative_clause_after_another_show_gives_that_show_its_status(extractor):
    text = (
        "Yellowstone Star Joins Reacher\n\n"
        "Before this role, she starred in Lodge 49, which AMC canceled after two seasons in "
        "2019."
    )
    found = statuses(extractor, text)
    assert triple("Lodge 49", 3, "canceled") in found
    assert of_show(found, "Reacher") == set()


def test_relative_clause_after_an_appositive_describing_the_show(extractor):
    text = (
        "Reacher Adds a New Villain\n\n"
        "In between, the writer made Lodge 49, her offbeat drama starring Wyatt Russell as a "
        "surfer named Dud, which was axed after two seasons."
    )
    found = statuses(extractor, text)
    assert triple("Lodge 49", 3, "canceled") in found
    assert of_show(found, "Reacher") == set()


def test_a_character_reversing_course_in_the_plot_changes_nothing(extractor):
    text = (
        "Netflix renewed Inside Job for a second season. In the finale, Reagan reversed "
        "course and stayed at the company."
    )
    assert of_show(statuses(extractor, text), "Inside Job") == {(2, "renewed")}


def test_nothing_confirmed_negates_but_nothing_elsewhere_does_not(extractor):
    assert (
        statuses(
            extractor,
            "A third season of Shrinking looks likely, although nothing has been confirmed.",
        )
        == set()
    )
    text = "Nothing about the cast is changing: Apple has renewed Shrinking for a third season."
    assert triple("Shrinking", 3, "renewed") in statuses(extractor, text)


def _dated(extractor, text: str, published: str) -> set[tuple[str, int, str]]:
    out = extractor.extract(Document(text=text, published=published)).to_contract()
    return {
        (norm_title(s["title"]), se["number"], se["status"])
        for s in out["shows"]
        for se in s["seasons"]
    }


def test_recent_dated_renewal_without_a_number_is_the_headings_season(extractor):
    text = (
        "'Slow Horses' Season 5: Everything We Know\n\n"
        "Apple TV+ renewed the spy drama in March, and the writers are already at work."
    )
    assert triple("Slow Horses", 5, "renewed") in _dated(extractor, text, "2024-06-10")


def test_old_dated_renewal_without_a_number_is_not_the_headings_season(extractor):
    text = (
        "'Slow Horses' Season 5: Everything We Know\n\n"
        "Apple TV+ first renewed the spy drama in March 2022, and the writers are at work."
    )
    assert triple("Slow Horses", 5, "renewed") not in _dated(extractor, text, "2024-06-10")


def test_what_is_coming_back_names_no_show(extractor):
    text = (
        "'Abbott Elementary' Season 4 Preview\n\n"
        "Abbott Elementary opens its fourth season in October. Keeping track of what is "
        "coming back for a new season has never been harder."
    )
    found = extractor.extract(Document(text=text)).claims
    assert not [c for c in found if c.kind == "season_status" and "coming back" in c.evidence]


def test_a_later_seasons_decision_settles_an_earlier_pending_one(extractor):
    text = (
        "Fox Pulls the Plug on Dry Creek\n\n"
        "Fox has canceled Dry Creek after two seasons. The move is no surprise: ratings for "
        "the sophomore season fell, and the show was on the bubble for weeks."
    )
    assert statuses(extractor, text) == {triple("Dry Creek", 3, "canceled")}


def test_a_pending_season_after_a_renewed_one_stays(extractor):
    text = (
        "Dry Creek has been renewed for a third season at Fox. A fourth season has not "
        "been decided yet."
    )
    assert statuses(extractor, text) == {
        triple("Dry Creek", 3, "renewed"),
        triple("Dry Creek", 4, "pending"),
    }
