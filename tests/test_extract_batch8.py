"""Batch 8 titles and status: a headline's "Is Coming Back" ends its title, a show that
airs on a schedule, capital-letter category headings in a roundup, "winding down", a
next season "in the bag", a season count in the sentence after a bare cancellation, a
sentence about "the spinoff" keeps its topic, and shows given as examples of "other
shows". All sentences and shows here are invented."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs as pairs
from extract_helpers import shows_of, statuses, triple

from knowsofar.claims import Document


def test_a_headline_auxiliary_ends_the_title(extractor) -> None:
    # The star's other show is named in a credit; the headline's show leads the article.
    text = (
        "Copper Lantern Is Coming Back Friday\n\n"
        "Two years after NBC dropped it, Copper Lantern is coming back for a third season. "
        "Mara Quill returns as Edie Vance. Quill spent six seasons as Jo Hart on ABC's "
        "Harbor Nine.\n\n"
        "Copper Lantern airs Friday nights on Fox."
    )
    shows = shows_of(extractor, text)
    assert shows["Copper Lantern"]["network"] == "Fox"
    assert {(c["actor"], c["character"]) for c in shows["Copper Lantern"]["cast"]} == {
        ("Mara Quill", "Edie Vance")
    }
    assert triple("Copper Lantern", 3, "renewed") in statuses(extractor, text)


@pytest.mark.parametrize("title", ["This Is Home", "Love Is Late"])
def test_is_inside_a_title_stays(extractor, title) -> None:
    text = f"{title} Renewed for Season 3\n\nNBC has renewed {title} for a third season."
    assert statuses(extractor, text) == {triple(title, 3, "renewed")}


ROUNDUP = "\n\n".join(
    [
        "The Week's TV Decisions",
        (
            "Upfronts week is when the networks clear the shelves. Here is where three shows "
            "ended up."
        ),
        "THE FAREWELLS",
        (
            "Harbor Nine signed off Thursday night on CBS after ten seasons, as planned for a "
            "year. CBS is also winding down Salt Road, renewing the drama for a seventh and final"
            " season."
        ),
        "THE AXE",
        (
            "Fox has canceled Dry Creek after three seasons, and the ratings never came back. "
            "Also canceled was ABC's Mill Pond, the spy romance starring Jane Doe as Ivy Marsh. "
            "It lasted a single season, despite a campaign to save it."
        ),
        "THE SURVIVORS",
        (
            "ABC did not have to worry about Copper Lantern, which already has a second season in"
            " the bag. The spinoff exists only because the network canceled its Lantern Row "
            "revival last May. John Roe stayed on as Tom Hale."
        ),
    ]
)


def test_capital_letter_category_headings_are_not_shows(extractor) -> None:
    shows = shows_of(extractor, ROUNDUP)
    assert not {"Farewells", "The Farewells", "Axe", "The Axe", "Survivors"} & set(shows)


def test_roundup_statuses_by_section(extractor) -> None:
    got = statuses(extractor, ROUNDUP)
    assert {
        triple("Salt Road", 7, "ended"),
        triple("Dry Creek", 4, "canceled"),
        triple("Mill Pond", 2, "canceled"),
        triple("Copper Lantern", 2, "renewed"),
    } <= got


def test_the_spinoff_sentence_keeps_its_show(extractor) -> None:
    shows = shows_of(extractor, ROUNDUP)
    pairs = {(c["actor"], c["character"]) for c in shows["Copper Lantern"]["cast"]}
    assert ("John Roe", "Tom Hale") in pairs
    assert ("John Roe", "Tom Hale") not in {
        (c["actor"], c["character"]) for c in shows.get("Lantern Row", {}).get("cast", [])
    }


def test_a_count_after_a_bare_cancellation_needs_the_show_as_subject(extractor) -> None:
    text = (
        "Peacock canceled the Mill Pond reboot in December. At least it is not all bad "
        "news for one-season shows."
    )
    assert not any(t[2] == "canceled" and t[1] == 2 for t in statuses(extractor, text))


def test_other_shows_given_as_examples_do_not_take_the_cast(extractor) -> None:
    text = (
        "CBS Cancels Dry Creek After One Season\n\n"
        "CBS has canceled the police drama Dry Creek after one season. It has been reported "
        "that CBS renewed other shows on its lineup, like the comedy Harbor Nine, after "
        "cast pay cuts.\n\n"
        "The drama series starred Jane Doe as Ivy Marsh, a captain in Dry Creek, a mining "
        "town. The cast also included John Roe as Tom Hale."
    )
    shows = shows_of(extractor, text)
    pairs = {(c["actor"], c["character"]) for c in shows["Dry Creek"]["cast"]}
    assert {("Jane Doe", "Ivy Marsh"), ("John Roe", "Tom Hale")} <= pairs
    assert not shows.get("Harbor Nine", {}).get("cast")


def test_a_category_heading_makes_no_claim(extractor) -> None:
    result = extractor.extract(Document(text=ROUNDUP))
    assert not [c for c in result.claims if c.evidence.strip() in ("THE AXE", "THE FAREWELLS")]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The new order covers seasons four, five and six.", (4, 5, 6)),
        ("It has seasons 3, 4 and 5 ahead.", (3, 4, 5)),
        ("Two more seasons take the show through a fifth season.", (4, 5)),
    ],
)
def test_season_lists_and_orders_through_a_season(text, numbers) -> None:
    from knowsofar.extract.seasons import find_seasons

    assert find_seasons(text)[0].numbers == numbers


def test_a_multi_season_order_through_a_season(extractor) -> None:
    text = (
        "Netflix has greenlit three more seasons of Dry Creek, taking the comedy through a "
        "sixth season. The new order covers seasons four, five and six."
    )
    assert {triple("Dry Creek", n, "renewed") for n in (4, 5, 6)} <= statuses(extractor, text)


def test_a_final_season_order_taken_back_is_canceled(extractor) -> None:
    text = (
        "Netflix Pulls the Plug on Dry Creek, Scrapping the Final Season It Had Ordered\n\n"
        "Netflix has canceled Dry Creek, reversing its decision to give the wrestling comedy "
        "a fourth and final season, the company confirmed on Monday."
    )
    assert statuses(extractor, text) == {triple("Dry Creek", 4, "canceled")}


def test_a_final_season_after_a_cancellation_is_still_an_ending(extractor) -> None:
    # Negative of the rule above: the final season still happens.
    text = "Netflix has canceled Dry Creek, but it will return for a fourth and final season."
    assert triple("Dry Creek", 4, "ended") in statuses(extractor, text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Netflix confirmed a third season of Dry Creek.", {triple("Dry Creek", 3, "renewed")}),
        ("Dry Creek will not get a third season, Netflix confirmed on Monday.", set()),
    ],
)
def test_confirmed_as_a_reporting_verb_is_no_renewal(extractor, sentence, expected) -> None:
    got = statuses(extractor, sentence)
    assert {t for t in got if t[2] == "renewed"} == expected


def test_a_link_to_another_story_makes_no_claim(extractor) -> None:
    text = (
        "Netflix has canceled Dry Creek after two seasons.\n\n"
        "READ MORE: Every show Netflix has canceled this year | The best comedies to stream"
    )
    result = extractor.extract(Document(text=text))
    assert not [c for c in result.claims if c.evidence.startswith("READ MORE")]


def test_pending_series_explainer(extractor) -> None:
    text = (
        "harbor nine series 4: will it be back?\n\n"
        "Is there going to be a series 4?\n\n"
        "Nothing is settled. The BBC has not commissioned a fourth series of Harbor Nine. It "
        "would be odd for the broadcaster to walk away from a hit, but until a commission is "
        "confirmed, series 4 remains unconfirmed.\n\n"
        "Has Harbor Nine been cancelled, then?\n\n"
        "No. Nobody has cancelled the show.\n\n"
        "Harbor Nine began on BBC Two in June 2012 and moved to BBC One for its third series."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 4, "pending")}
    assert list(shows_of(extractor, text)) == ["Harbor Nine"]


def test_until_is_no_condition_on_a_pending_state(extractor) -> None:
    text = "Until Netflix says otherwise, the third season of Harbor Nine remains in limbo."
    assert statuses(extractor, text) == {triple("Harbor Nine", 3, "pending")}


def test_a_show_named_you(extractor) -> None:
    text = (
        "You Season 4 Cast: Meet the New Faces\n\n"
        "Season 4 of You reaches Netflix in February. Jane Doe plays Ivy Marsh.\n\n"
        "Doe found fame as Nora Quinn on The CW's Salt Road.\n\n"
        "Will there be a season 5? Netflix has not yet said whether a fifth season will follow."
    )
    shows = shows_of(extractor, text)
    assert "You" in shows
    assert ("Jane Doe", "Ivy Marsh") in {(c["actor"], c["character"]) for c in shows["You"]["cast"]}
    assert statuses(extractor, text) == {triple("You", 5, "pending")}


def test_you_opening_a_sentence_is_no_title(extractor) -> None:
    text = "You will love it: Netflix has renewed Salt Road for a third season."
    assert list(shows_of(extractor, text)) == ["Salt Road"]


def test_a_table_written_without_outer_bars(nlp) -> None:
    text = (
        "New this season\n\n"
        "Character | Actor | Who they are\n"
        "Ivy Marsh | Jane Doe | a gallery director\n"
        "Tom | John Roe | her brother\n"
    )
    assert {("Jane Doe", "Ivy Marsh"), ("John Roe", "Tom")} <= pairs(nlp, text)


def test_a_season_that_lands_on_a_date_is_announced(extractor) -> None:
    text = "Season three of Salt Road, meanwhile, lands on October 4."
    assert statuses(extractor, text) == {triple("Salt Road", 3, "renewed")}


SANDMAN_LIKE = (
    "Salt Road Season 2: Everything We Know So Far\n\n"
    "Has Salt Road been renewed for season 2?\n\n"
    "Not so far. Netflix had not renewed Salt Road by the time this piece was published, but "
    "it has not canceled it either; the show is awaiting a decision.\n\n"
    "Who is in the cast?\n\n"
    "Jane Doe leads the show as Ivy Marsh. Doe previously turned up in Netflix's live-action "
    "Dry Creek as Gren, shortly before that series was canceled after one season.\n\n"
    "Sign up for our newsletter to get updates the minute a renewal is announced."
)


def test_a_described_network_show_before_as_is_a_show(extractor) -> None:
    shows = shows_of(extractor, SANDMAN_LIKE)
    assert "Dry Creek" in shows
    assert not any(c["actor"] == "Dry Creek" for s in shows.values() for c in s["cast"])


def test_explainer_with_a_passing_cancellation_and_a_newsletter_line(extractor) -> None:
    assert statuses(extractor, SANDMAN_LIKE) == {
        triple("Salt Road", 2, "pending"),
        triple("Dry Creek", 2, "canceled"),
    }
