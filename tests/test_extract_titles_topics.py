"""Which show a sentence is about, and names that only look like shows: our own sentences
for headings that turn the article back to its show, shows named in passing, companies,
characters, places and stars written like titles, and titles that hide inside longer spans."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of

from knowsofar.claims import Document
from knowsofar.extract import results
from knowsofar.extract.titles import TitleResult, norm_title


def titles_of(extractor, text: str) -> TitleResult:
    return results(extractor.nlp(extractor._prepare(Document(text=text))))["titles"]


def keys(extractor, text: str) -> set[str]:
    return {norm_title(t) for t in titles_of(extractor, text).shows}


def topic_of(res: TitleResult, text: str, sentence_start: str) -> str | None:
    return res.show_at(text.index(sentence_start))


def cast_of(extractor, text: str) -> dict[str, set[str]]:
    out = extractor.extract(Document(text=text)).to_contract()
    return {s["title"]: {c["actor"] for c in s["cast"]} for s in out["shows"]}


# -- topics ---------------------------------------------------------------------


PASSING_THEN_QUESTION = (
    "Harbor Lights Begins Its Last Season Tonight\n\n"
    "The fourth and final season of Harbor Lights premieres tonight on FX. Harbor Lights "
    "follows a lighthouse keeper and her grown children.\n\n"
    "The show grew out of a stage play, which also inspired another series, Fog Bell Lane, "
    "about two village constables.\n\n"
    "Who is in the final season?\n\n"
    "Nora Quill plays Edith Marsh, the keeper. Tobias Fenn plays her son, Arlo Marsh.\n"
)


def test_a_question_heading_turns_back_to_the_main_show(extractor):
    res = titles_of(extractor, PASSING_THEN_QUESTION)
    assert res.main == "Harbor Lights"
    assert topic_of(res, PASSING_THEN_QUESTION, "Nora Quill plays") == "Harbor Lights"
    cast = cast_of(extractor, PASSING_THEN_QUESTION)
    assert {"Nora Quill", "Tobias Fenn"} <= cast["Harbor Lights"]
    assert not cast.get("Fog Bell Lane")


def test_a_show_named_in_passing_does_not_take_over_the_next_sentences(extractor):
    text = (
        "Copper Mile Is Coming Back for Season 3\n\n"
        "HBO has renewed Copper Mile for a third season. Copper Mile is set in a mining town, "
        "and its creator once wrote for Paper Moons, the newsroom comedy on NBC.\n\n"
        "Lena Ortiz plays the mayor, Ruth Vance. Sam Okafor plays the sheriff, Cal Dwyer.\n"
    )
    res = titles_of(extractor, text)
    assert res.main == "Copper Mile"
    assert "Paper Moons" in res.shows
    assert topic_of(res, text, "Sam Okafor plays") == "Copper Mile"


def test_a_paragraph_opening_with_another_show_is_about_it(extractor):
    text = (
        "Copper Mile Is Coming Back for Season 3\n\n"
        "HBO has renewed Copper Mile for a third season. Copper Mile is set in a mining town.\n\n"
        "There was no such luck for Paper Moons, the newsroom comedy, which HBO let go. "
        "It had run for one season.\n"
    )
    res = titles_of(extractor, text)
    assert topic_of(res, text, "It had run") == "Paper Moons"


def test_an_aside_about_an_actor_does_not_turn_the_article(extractor):
    text = (
        "Copper Mile Is Coming Back for Season 3\n\n"
        "HBO has renewed Copper Mile for a third season. Copper Mile is set in a mining town.\n\n"
        "Lena Ortiz, whom many viewers first met as the rookie Jo Finch on NBC's Graveyard Desk, "
        "plays the mayor, Ruth Vance. Sam Okafor plays the sheriff, Cal Dwyer.\n"
    )
    res = titles_of(extractor, text)
    assert "graveyard desk" in keys(extractor, text)
    assert topic_of(res, text, "Sam Okafor plays") == "Copper Mile"
    assert "Sam Okafor" in cast_of(extractor, text)["Copper Mile"]


def test_that_show_points_to_the_show_just_named(extractor):
    text = (
        "Lantern Street Canceled After One Season\n\n"
        "Netflix has canceled Lantern Street after one season. Lantern Street followed two "
        "sisters running a bookshop. Earlier this year the streamer also dropped Glass Harbor, "
        "the sci-fi drama. That show starred Ivo Brandt as Captain Rhea Sol.\n"
    )
    res = titles_of(extractor, text)
    assert topic_of(res, text, "That show starred") == "Glass Harbor"


def test_the_flagship_points_back_to_the_main_show(extractor):
    text = (
        "Apple Renews 'Red Orbit' for Season 4 and Orders Spinoff 'Blue Orbit'\n\n"
        "Apple TV+ has renewed Red Orbit for a fourth season and ordered Blue Orbit, a companion "
        "drama. Red Orbit is set on a lunar base. Blue Orbit will follow its rival crew.\n\n"
        "The flagship's third season ended in May.\n"
    )
    res = titles_of(extractor, text)
    assert res.main == "Red Orbit"
    assert topic_of(res, text, "The flagship") == "Red Orbit"


# -- not shows ----------------------------------------------------------------------


def test_a_company_described_by_what_it_does_for_the_show_is_not_a_show(extractor):
    text = (
        "Netflix has picked up Iron Dojo for a third season. Iron Dojo follows two rival "
        "coaches. Northgate Studios, the studio behind the series, shopped it to other buyers."
    )
    found = keys(extractor, text)
    assert "iron dojo" in found
    assert "northgate studios" not in found


def test_a_character_owning_something_is_not_a_show(extractor):
    text = (
        "Starfall Season 2: Will It Be Renewed?\n\n"
        "Fans of Captain Vey's space adventures are still waiting. Paramount+ has not decided "
        "on a second season of Starfall."
    )
    found = keys(extractor, text)
    assert "starfall" in found
    assert "captain vey" not in found


def test_a_character_after_a_role_and_a_description_is_not_a_show(extractor):
    text = (
        "Mill Road Series 2: Everything We Know\n\n"
        "The second series of Mill Road starts on ITV in May. In the meantime its writer made "
        "Silver Lining, her period drama starring Ada Crane as the botanist Maud Ellery, which "
        "was axed after one series."
    )
    found = keys(extractor, text)
    assert "silver lining" in found
    assert "maud ellery" not in found


def test_a_role_then_a_show_is_split(extractor):
    text = (
        "Before this show he played the grumpy innkeeper Bram Tolley in Salt Marsh, which "
        "Starz canceled after two seasons. Netflix renewed Ridgeback for a second season."
    )
    found = keys(extractor, text)
    assert "salt marsh" in found
    assert not any("tolley" in k for k in found)


def test_a_place_before_a_descriptive_subject_is_not_a_show(extractor):
    text = (
        "Hulu Cancels Sunny Side Up After Two Seasons\n\n"
        "Hulu has canceled Sunny Side Up. Set in present-day Chicago, the sitcom followed three "
        "roommates who open a diner."
    )
    found = keys(extractor, text)
    assert "sunny side up" in found
    assert "chicago" not in found


def test_a_place_or_star_describing_the_show_is_not_a_show(extractor):
    text = (
        "Fox ordered a third season of the Montana comedy Big Sky Ranch on Monday.\n\n"
        "The Jodie Marsh sitcom will not be back for a fourth season, Netflix said of Kitchen "
        "Table. Jodie Marsh plays the chef, Penny Lake."
    )
    found = keys(extractor, text)
    assert "big sky ranch" in found
    assert "montana" not in found
    assert not any("jodie marsh" in k for k in found)


# -- titles found whole ---------------------------------------------------------


def test_a_network_possessive_inside_a_span_starts_a_title(extractor):
    text = (
        "Cold Front Canceled at HBO\n\n"
        "HBO has canceled Cold Front after one season. Ray Dunn, whom viewers know as the "
        "smuggler Vic Sloane from HBO's The Harbor Line, played the captain, Ed Moss."
    )
    found = keys(extractor, text)
    assert "harbor line" in found
    assert not any("sloane" in k for k in found)


def test_a_title_repeated_whole_is_not_cut_to_its_opening_words(extractor):
    text = (
        "How We Met Your Uncle Canceled at Hulu\n\n"
        "Hulu has canceled How We Met Your Uncle, the spinoff of CBS's How We Met Your Aunt. "
        "How We Met Your Aunt ran on CBS for nine seasons. Fans of How We Met Your Uncle "
        "have started a petition."
    )
    found = keys(extractor, text)
    assert {"how we met your uncle", "how we met your aunt"} <= found
    assert "how we met your" not in found
    assert "how we met" not in found


def test_book_of_in_a_title_is_not_a_part_number(extractor):
    text = (
        "The two were reunited in The Book of Ravens, the spinoff that ran on Disney+ last "
        "winter. Book Two of the saga arrives next year."
    )
    found = keys(extractor, text)
    assert "book of ravens" in found
    assert "ravens" not in found


def test_a_show_is_found_from_the_next_sentence_about_the_series(extractor):
    text = (
        "Dojo Wars Finds a New Home\n\n"
        "Dojo Wars is changing homes. Netflix has acquired the martial-arts sequel series from "
        "YouTube and will release its third season next year. Dojo Wars reopens an old rivalry."
    )
    assert "dojo wars" in keys(extractor, text)


def test_shows_a_creator_made_for_a_network_are_shows(extractor):
    text = (
        "Netflix canceled The Night Ward after one season. Its creator, who also made The "
        "Hollow Pines and Lantern Mass for the streamer, has moved to a new studio."
    )
    found = keys(extractor, text)
    assert {"hollow pines", "lantern mass"} <= found


def test_a_one_word_tail_after_a_comma_completes_a_network_title(extractor):
    text = (
        "Hulu canceled Night Owls after two seasons. Its creators had previously run Hulu's "
        "Dear, Theo."
    )
    assert "Dear, Theo" in titles_of(extractor, text).shows


def test_bare_cast_lines_under_a_list_lead_are_not_headings(extractor):
    text = (
        "Netflix Renews Blue Fern, Cancels Iron Gate\n\n"
        "Netflix has renewed Blue Fern for a third season. Blue Fern follows two florists.\n\n"
        "The streamer canceled Iron Gate after one season. Its cast:\n"
        "Ann Lee as Kim Park\n"
        "Bo Chen as Lu Wang\n"
    )
    res = titles_of(extractor, text)
    assert topic_of(res, text, "Ann Lee as") == "Iron Gate"
    assert topic_of(res, text, "Bo Chen as") == "Iron Gate"


def test_a_heading_inside_a_roundup_section_returns_to_that_section(extractor):
    text = (
        "Three Shows Renewed This Week\n\n"
        "Blue Fern (Netflix)\n\n"
        "Netflix has renewed Blue Fern for a third season. Its star once appeared on a "
        "crime show, Iron Gate.\n\n"
        "Who is back?\n\n"
        "Ann Lee plays Kim Park.\n\n"
        "Salt Road (Hulu)\n\n"
        "Hulu renewed Salt Road for a second season.\n"
    )
    res = titles_of(extractor, text)
    assert topic_of(res, text, "Ann Lee plays") == "Blue Fern"


def credits_in(extractor, text: str) -> list[str]:
    return [c.title for s in titles_of(extractor, text).sentences for c in s.credits]


def test_an_actors_earlier_show_is_a_credit(extractor):
    text = (
        "Apple TV+ renewed Dust Line for a second season. Dust Line follows two surveyors. "
        "Omar Reyes is a familiar face from Netflix's Night Ferry, where he played a smuggler."
    )
    assert "Night Ferry" in credits_in(extractor, text)


def test_a_title_with_met_in_it_is_not_a_credit(extractor):
    text = (
        "Hulu has canceled How We Met Your Uncle, the spinoff of CBS's How We Met Your Aunt, "
        "after two seasons."
    )
    assert credits_in(extractor, text) == []


def test_a_show_named_in_passing_holds_its_own_paragraph_only(extractor):
    text = (
        "Copper Mile Is Coming Back for Season 3\n\n"
        "HBO has renewed Copper Mile for a third season. Copper Mile is set in a mining town.\n\n"
        "Its creator once wrote for Paper Moons, the newsroom comedy on NBC. It was canceled "
        "after two seasons.\n\n"
        "Lena Ortiz plays the mayor, Ruth Vance.\n"
    )
    res = titles_of(extractor, text)
    assert "Paper Moons" in res.shows
    assert topic_of(res, text, "It was canceled") == "Paper Moons"
    assert topic_of(res, text, "Lena Ortiz plays") == "Copper Mile"


def test_a_show_in_an_aside_about_a_person_is_a_credit(extractor):
    text = (
        "Copper Mile Is Coming Back for Season 3\n\n"
        "HBO has renewed Copper Mile for a third season.\n\n"
        "Lena Ortiz, who spent six years on NBC's Graveyard Desk, plays the mayor, Ruth Vance. "
        "Sam Okafor plays the sheriff, Cal Dwyer.\n"
    )
    assert "Graveyard Desk" in credits_in(extractor, text)
    res = titles_of(extractor, text)
    assert topic_of(res, text, "Sam Okafor plays") == "Copper Mile"


def test_a_person_before_a_sentence_about_the_series_is_not_a_show(extractor):
    text = (
        "Maya Lindqvist is leaving the cast. Netflix has renewed the period drama for a fifth "
        "season without her. Maya Lindqvist thanked the fans."
    )
    assert "maya lindqvist" not in keys(extractor, text)


@pytest.mark.parametrize(
    "aside",
    [
        "known to fans as Nora Quinn on Salt Road",
        "best known as Nora Quinn on Salt Road",
        "still Nora Quinn to anyone who watched HBO's Salt Road",
    ],
)
def test_an_actors_remembered_role_does_not_take_the_sentences_cast(extractor, aside):
    text = (
        "Netflix Renews Harbor Lights for Season 3\n\n"
        "Netflix has renewed Harbor Lights for a third season. "
        f"Jane Doe, {aside}, plays Mary Blake."
    )
    cast = {
        t: {(c["actor"], c["character"]) for c in s["cast"]}
        for t, s in shows_of(extractor, text).items()
    }
    assert ("Jane Doe", "Mary Blake") in cast["Harbor Lights"]
    assert all(
        ("Jane Doe", "Mary Blake") not in pairs for t, pairs in cast.items() if t != "Harbor Lights"
    )
