"""Session 28: titles (the headline's show before "season N" when the body never names
it, a year written short at a name's end, a group noun that no person is named for),
statuses (an order that makes a new show is its first season's renewal; a plain renewal
or a first season's release is not) and cast (an office, then the person holding it; a
military rank written short); sentences, shows and people invented."""

from __future__ import annotations

from extract_helpers import cast_pairs, shows_of, statuses, triple


def test_the_headline_show_before_its_season_when_the_body_never_names_it(extractor) -> None:
    text = (
        "What We Keep in the Attic season 2: everything we know so far\n\n"
        "The haunted-house comedy is coming back. Hulu renewed the show for a second "
        "season last spring, a few weeks into the first. Maya Torres stars as Edith Vane, "
        "and the trailer shows Orlando hiding from a ghost in the cellar. The series also "
        "inspired Lantern Street, a separate comedy about two night porters.\n"
    )
    got = statuses(extractor, text)
    assert triple("What We Keep in the Attic", 2, "renewed") in got
    assert "Orlando" not in shows_of(extractor, text)


def test_a_longer_body_title_keeps_the_headline_short_name(extractor) -> None:
    text = (
        "Nora & Finch Season 2: a new photographer joins\n\n"
        "Nora & Finch: Tales of the Night Desk returns for its second season on ABC this "
        "fall. Pia Lund plays Nora Quill.\n"
    )
    assert list(shows_of(extractor, text)) == ["Nora & Finch: Tales of the Night Desk"]


def test_a_year_written_short_ends_a_name(extractor) -> None:
    text = (
        "Down in Greyford '94: who's who as the gang returns to Channel 4\n\n"
        "Down in Greyford '94 arrives on Channel 4 in September. Tom Adley returns as Shay, and "
        "Vera Colm plays Lottie.\n"
    )
    shows = shows_of(extractor, text)
    assert "Down in Greyford '94" in shows
    assert ("Tom Adley", "Shay") in {
        (c["actor"], c["character"]) for c in shows["Down in Greyford '94"]["cast"]
    }


def test_an_order_that_makes_a_new_show_is_its_first_season(extractor) -> None:
    for sentence in (
        "ABC has ordered Quiet Harbor to series.",
        "NBC has given a series order to Quiet Harbor, a newspaper drama.",
        "HBO has greenlit Quiet Harbor, a series about two detectives.",
        "The BBC has commissioned Quiet Harbor as a new series.",
    ):
        text = f"Quiet Harbor news\n\n{sentence} Quiet Harbor stars Ann Lee as Mo Reyes.\n"
        assert statuses(extractor, text) == {triple("Quiet Harbor", 1, "renewed")}, sentence


def test_a_plain_renewal_or_a_first_release_is_no_first_season(extractor) -> None:
    for sentence in (
        "Netflix has renewed Quiet Harbor.",
        "Netflix has picked up Quiet Harbor and will release the first season in June.",
    ):
        text = f"Quiet Harbor news\n\n{sentence} Quiet Harbor stars Ann Lee as Mo Reyes.\n"
        assert not any(n == 1 for _, n, _ in statuses(extractor, text)), sentence


def test_an_order_of_a_numbered_season_keeps_its_number(extractor) -> None:
    text = (
        "Quiet Harbor news\n\nFox has greenlit Quiet Harbor for a second season. Ann Lee "
        "stars as Mo Reyes.\n"
    )
    assert statuses(extractor, text) == {triple("Quiet Harbor", 2, "renewed")}


def test_an_office_then_the_person_holding_it(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Wren Hollis plays the Prime Minister, Dana Ellery, who has her own reasons. "
        "Kai Moor plays the Fire Lord, Ozren, and Lia Tan plays Azra.",
    )
    assert ("Wren Hollis", "Dana Ellery") in pairs
    assert ("Kai Moor", "Ozren") in pairs
    assert ("Lia Tan", "Azra") in pairs
    # (an office with no name after it stays the role)
    assert ("Matt Rook", "Warden") in cast_pairs(nlp, "Matt Rook plays the Warden, a jailer.")


def test_a_group_noun_ends_a_show_not_a_person(extractor) -> None:
    text = (
        "Bramwell Girls will be back: the WB keeps Elm Hollow open for a second season\n\n"
        "The WB has confirmed that Bramwell Girls is returning for a second year. The "
        "family drama debuted in October. Lena Gray plays Lorna Bramwell, a single mother, "
        "and Ada Bell plays Rose Bramwell, her daughter.\n"
    )
    shows = shows_of(extractor, text)
    assert "Bramwell Girls" in shows
    assert "Elm Hollow" not in shows


def test_a_military_rank_written_short_opens_the_role(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Tom Reed plays Lt. Nate Fisk, and Jay Ross plays Cpl. Josh Ray Parson, the driver. "
        "Ann Bell plays Pvt. Jo Tate.",
    )
    assert ("Jay Ross", "Josh Ray Parson") in pairs
    assert ("Ann Bell", "Jo Tate") in pairs


def test_a_status_line_that_says_the_season_is_on(extractor) -> None:
    for line, number in (("Series four is on.", 4), ("Season 3 is happening.", 3)):
        text = (
            "UK comedy check-in\n\nQuiet Harbor (E4)\n\n"
            f"Status: {line} Quiet Harbor stars Ann Lee as Mo Reyes.\n"
        )
        assert statuses(extractor, text) == {triple("Quiet Harbor", number, "renewed")}, line
    held = (
        "UK comedy check-in\n\nQuiet Harbor (E4)\n\n"
        "Status: Series four is on hold. Quiet Harbor stars Ann Lee as Mo Reyes.\n"
    )
    assert not statuses(extractor, held)


def test_sky1_written_so_is_the_network(extractor) -> None:
    text = (
        "UK comedy check-in\n\nMount Ash (Sky1)\n\n"
        "Status: A second series has been ordered. Mount Ash stars Ann Lee as Mo Reyes.\n"
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Mount Ash"]
    assert shows["Mount Ash"]["network"] == "Sky1"
