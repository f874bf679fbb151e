"""Show titles in forms that need more than a capitalised span, from our own sentences:
numbers the article describes as shows, title-case function words ("This Is Us"),
names described by their star ("X, with Y as Z"), a network's described show ("its legal
comedy X"), lower-case initials ("iZombie"), list items; and names that are not shows
(a character's possessive, a role "in" a show, a character described by a co-star)."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of

from knowsofar.claims import Document
from knowsofar.extract.titles import norm_title


def shows(extractor, text: str) -> set[str]:
    """Normalised titles of every show the extraction reports something for."""
    out = extractor.extract(Document(text=text)).to_contract()
    return {norm_title(s["title"]) for s in out["shows"]}


def found_titles(extractor, text: str) -> set[str]:
    """Normalised titles the title step accepted, whether or not claims followed."""
    from knowsofar.extract import results

    ex = extractor
    doc = ex.nlp(ex._prepare(Document(text=text)))
    return {norm_title(t) for t in results(doc)["titles"].shows}


# -- numbers ----------------------------------------------------------------------


def test_a_number_described_as_a_show_is_a_title(extractor):
    text = (
        "Netflix canceled Dune Sea after one season. Earlier this year the streamer also "
        "scrapped 2077, the sprawling space mystery from a Danish studio, after one season."
    )
    assert "2077" in found_titles(extractor, text)


def test_a_number_after_a_kind_of_show_is_a_title(extractor):
    text = "The CW also axed the first-year sci-fi reboot 3300 after one season."
    assert "3300" in found_titles(extractor, text)


def test_a_year_before_a_description_is_not_a_title(extractor):
    text = (
        "HBO renewed Sand Castles for a third season. In 2019, the year the drama began, "
        "it drew a small audience."
    )
    assert "2019" not in found_titles(extractor, text)


def test_a_british_series_number_is_not_a_title(extractor):
    text = "The series 3 finale of Harbour Watch drew six million viewers on BBC One."
    assert "3" not in found_titles(extractor, text)


# -- not shows ----------------------------------------------------------------------


def test_a_characters_story_is_not_a_show(extractor):
    text = (
        "Never Again (Netflix)\n\n"
        "The teen comedy will close out Mina's story with a fourth and final season later "
        "this year, and fans are already saying goodbye to the whole cast of the show."
    )
    assert "mina" not in found_titles(extractor, text)


def test_a_role_in_a_shows_season_is_split_from_the_show(extractor):
    text = (
        "Netflix renewed Iron Saint for a second season. Dana Holt first appeared as "
        "Kate Marsh in Iron Saint's first season before getting her own show."
    )
    titles = found_titles(extractor, text)
    assert "kate marsh in iron saint" not in titles
    assert "iron saint" in titles


def test_a_character_described_by_a_costar_is_not_a_show(extractor):
    text = (
        "Apple TV+ renewed Lantern Bay for a third season. Mia Cole leads the cast as nurse "
        "Hannah Ruiz, with Joel Park as the surgeon Felix Amari."
    )
    assert "hannah ruiz" not in found_titles(extractor, text)


def test_a_name_in_a_list_is_not_taken_for_a_surname(extractor):
    text = "Fieldstone and Greywater were both axed after four seasons."
    titles = found_titles(extractor, text)
    assert {"fieldstone", "greywater"} <= titles


# -- shows --------------------------------------------------------------------------


def test_a_title_in_title_case_keeps_its_lead_word(extractor):
    text = (
        "NBC renewed Night Court. This Is Home, meanwhile, is going out as planned: the "
        "family drama's fourth and final season wraps later this month."
    )
    assert "this is home" in shows(extractor, text)


def test_a_plain_sentence_opener_still_loses_its_lead_word(extractor):
    text = "Meanwhile Harbor Lights will return for a third season on Peacock."
    assert "harbor lights" in shows(extractor, text)


def test_a_show_described_by_its_star_and_role(extractor):
    text = (
        "The medical drama Good Hands, with Rita Moreno-Lee as surgeon Dr. Ana Soto, was "
        "also dropped after a single season."
    )
    assert "good hands" in shows(extractor, text)


def test_a_show_with_its_description_after_a_comma(extractor):
    text = (
        "CBS had already handed Spirits, its breakout comedy about a haunted inn, an early "
        "second-season order back in January."
    )
    assert "spirits" in shows(extractor, text)


def test_a_networks_described_show(extractor):
    text = (
        "Hulu renewed Mill Town. Its legal comedy Second Opinion was less fortunate; Hulu "
        "canceled it after one season."
    )
    assert "second opinion" in shows(extractor, text)


def test_a_long_description_before_a_networks_show(extractor):
    text = "Elsewhere, ABC dropped its rapper-led hip-hop drama Kings after one season."
    assert "kings" in shows(extractor, text)


def test_a_lower_case_initial_title(extractor):
    text = "The creator is also busy with iGhost, which The CW has renewed for a fifth season."
    assert "ighost" in shows(extractor, text)


def test_a_date_word_joined_to_a_title_is_cut_off(extractor):
    text = "Amazon began in March with Red Summit, which was canceled after its second season."
    titles = found_titles(extractor, text)
    assert "red summit" in titles
    assert "march with red summit" not in titles


def test_a_roundup_section_keeps_its_show_after_a_passing_mention(extractor):
    text = (
        "Every Netflix Hero Show, Canceled\n\n"
        "Netflix canceled Iron Wing after two seasons and Steel Fang after three.\n\n"
        "Iron Wing\n\n"
        "Ada Lee starred as the masked pilot Nora Vale, and the series drew a loyal audience "
        "across both of its seasons on the streamer.\n\n"
        "Steel Fang\n\n"
        "Omar Diaz took the wolf-like hero from a supporting turn on Iron Wing to his own "
        "series in the autumn of the following year.\n"
        "Lena Park played Detective Ivy Shaw, his partner on the force.\n"
    )
    from knowsofar.extract import results

    doc = extractor.nlp(extractor._prepare(Document(text=text)))
    last = results(doc)["titles"].sentences[-1]
    assert last.topic == "Steel Fang"


def test_a_show_named_after_its_heros_surname(extractor):
    text = (
        "Fox aired the last episode of Marlowe, the detective drama that made Jack Marlowe "
        "a household name, in 2012. Dan Reyes played Dr. Jack Marlowe for eight seasons."
    )
    assert "marlowe" in found_titles(extractor, text)


@pytest.mark.parametrize("label", ["WATCH", "Read More", "RELATED", "Video"])
def test_a_web_pages_label_is_not_part_of_the_title(extractor, label):
    text = (
        "Apple TV+ confirms Dry Creek season 2 is in production\n\n"
        "Apple confirmed on Monday that the second season of Dry Creek is in production.\n\n"
        f"{label}: Dry Creek season 1 trailer"
    )
    assert list(shows_of(extractor, text)) == ["Dry Creek"]
