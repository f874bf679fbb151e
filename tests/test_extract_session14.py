"""Session 14: titles made of words a headline uses otherwise ("The Order", "One ..."),
a name's own question mark, and a few more ways of saying a show goes on (sentences and
shows invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple


def test_a_plural_seasons_inside_a_title_is_the_titles_own(extractor) -> None:
    text = (
        "The Three Seasons season 2: everything we know\n\n"
        "Good news for fans of the travel comedy: The Three Seasons is coming back. Hulu has "
        "ordered a second season of the show, which follows two sisters who run a ski lodge."
    )
    assert list(shows_of(extractor, text)) == ["The Three Seasons"]
    assert triple("The Three Seasons", 2, "renewed") in statuses(extractor, text)


def test_a_count_of_seasons_stays_a_count(extractor) -> None:
    text = (
        "Night Owls Seasons 1 and 2 are leaving Netflix\n\n"
        "NBC has renewed Night Owls for a third season."
    )
    assert list(shows_of(extractor, text)) == ["Night Owls"]


def test_a_headline_verb_after_the_is_a_noun_of_the_title(extractor) -> None:
    text = (
        "Peacock closes the book on The Saved\n\n"
        "The Saved is over. Peacock has canceled the mystery drama after two seasons, so "
        "the island's secrets stay buried."
    )
    assert list(shows_of(extractor, text)) == ["The Saved"]
    assert triple("The Saved", 3, "canceled") in statuses(extractor, text)


def test_a_headline_verb_still_cuts_a_headline(extractor) -> None:
    text = "Hulu Orders Night Owls Season 2\n\nHulu has renewed Night Owls for a second season."
    assert list(shows_of(extractor, text)) == ["Night Owls"]


def test_ordered_more_of_a_show_decides_on_it(extractor) -> None:
    text = (
        "Brother Tom is going back to the lighthouse\n\n"
        "LONDON - ITV has ordered more Brother Tom. A second series is coming for the "
        "comedy about two monks who keep a lighthouse."
    )
    assert list(shows_of(extractor, text)) == ["Brother Tom"]
    assert triple("Brother Tom", 2, "renewed") in statuses(extractor, text)


def test_staying_on_the_air_is_said_of_a_show(extractor) -> None:
    text = (
        "UPN keeps its family comedy\n\n"
        "Gladly Ever Since is staying on the air. UPN has picked up a second season of the "
        "family comedy."
    )
    assert list(shows_of(extractor, text)) == ["Gladly Ever Since"]
    assert triple("Gladly Ever Since", 2, "renewed") in statuses(extractor, text)


def test_a_number_word_opening_a_repeated_long_title_is_the_titles_own(extractor) -> None:
    text = (
        "Last call: One Step Behind the Door returns for a fourth and final series\n\n"
        "One Step Behind the Door will return to BBC Two this spring for a fourth and final "
        "series, its writer has confirmed."
    )
    assert list(shows_of(extractor, text)) == ["One Step Behind the Door"]
    assert triple("One Step Behind the Door", 4, "ended") in statuses(extractor, text)


def test_a_question_mark_the_sentence_goes_on_after_belongs_to_the_title(extractor) -> None:
    text = (
        "Who Stole the Moon? Season 2: what we know\n\n"
        "Netflix is moving fast. Who Stole the Moon?, the Chilean thriller that debuted in "
        "March, has been renewed for a second season."
    )
    assert list(shows_of(extractor, text)) == ["Who Stole the Moon"]
    assert triple("Who Stole the Moon", 2, "renewed") in statuses(extractor, text)


def test_a_real_question_still_loses_its_question_word(extractor) -> None:
    text = (
        "Who Is Leaving Night Owls?\n\n"
        "NBC has renewed Night Owls for a third season, but two actors will not return."
    )
    assert list(shows_of(extractor, text)) == ["Night Owls"]


def test_an_upper_case_heading_drops_its_network_after_a_dash(extractor) -> None:
    text = (
        "Two cable dramas that earned another season\n\n"
        "A status check on shows that quietly got the green light.\n\n"
        "THE SON - AMC\n\n"
        "Status: coming back for season 2\n\n"
        "AMC has greenlit a second season of The Son, its family saga.\n\n"
        "SEVEN - HISTORY\n\n"
        "Status: renewed\n\n"
        "History has handed a second-season pickup to Seven, its drama about a team of "
        "smugglers."
    )
    assert {s.casefold() for s in shows_of(extractor, text)} == {"the son", "seven"}
    assert triple("Seven", 2, "renewed") in statuses(extractor, text)


ENCORE = (
    "Upfront scorecard: one survives, two do not\n\n"
    "Here is what happened to three shows we follow.\n\n"
    "Harbor Lights (ABC)\n"
    "Verdict: canceled\n\n"
    "ABC's drama will not return. Jane Doe played Mara Quinn. There will be no second "
    "season.\n\n"
    "Hooray! Hooray! (NBC)\n"
    "Verdict: canceled\n\n"
    "Also gone: Hooray! Hooray!, which NBC declined to continue. It was the comedy in "
    "which Tom Reyes starred as Paul Dorsey, a tenor who loses his voice.\n\n"
    "Night Owls (UPN)\n"
    "Verdict: renewed\n\n"
    "UPN has handed a second season to Night Owls."
)


def test_a_heading_title_with_signs_inside_is_read_whole_in_its_section(extractor) -> None:
    shows = shows_of(extractor, ENCORE)
    assert "Hooray! Hooray!" in shows
    assert shows["Hooray! Hooray!"]["network"] == "NBC"
    assert {(c["actor"], c["character"]) for c in shows["Hooray! Hooray!"]["cast"]} == {
        ("Tom Reyes", "Paul Dorsey")
    }
    assert ("Tom Reyes", "Paul Dorsey") not in {
        (c["actor"], c["character"]) for c in shows["Harbor Lights"]["cast"]
    }
