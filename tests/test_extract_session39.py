"""Session 39: titles (a name and its letters after a comma, "Doogie Howser, M.D."; a rank
and a name the headline and the body write whole; a role named once with its rank beside
the show the headline names; a cast guide's headline "This Is ...: who plays who"), status
(a cue across a title's own commas and full stops, "a renewal is only a matter of time", a
field line before a blank line), cast ("came aboard in year three as", "X is still Actor's
territory", "is listed in the ensemble as", no role cut from a longer word); every
sentence, show and role invented.

Each test fails on session 38's code (4c27d93) unless it says it guards a neighbour."""

from __future__ import annotations

from extract_helpers import cast_pairs, show_cast, shows_of, statuses, triple


def test_a_name_and_the_letters_after_its_comma(extractor) -> None:
    text = (
        "NBC closes the file on Tessa Quill, M.D. after two seasons\n"
        "\n"
        "NBC has decided against bringing Tessa Quill, M.D. back for a third season. "
        "Dana Reyes played Tessa Quill, a surgeon of nineteen.\n"
    )
    found = shows_of(extractor, text)
    assert "M.D" not in found and "M.D." not in found
    assert triple("Tessa Quill, M.D.", 3, "canceled") in statuses(extractor, text)


def test_a_cue_reads_across_a_titles_own_full_stop(extractor) -> None:
    text = (
        "Lifetime has decided against bringing Mr. Quillby back for a fourth season. The "
        "comedy followed a retired magician.\n"
    )
    assert triple("Mr. Quillby", 4, "canceled") in statuses(extractor, text)


def test_a_rank_and_a_name_the_headline_and_body_write_whole(extractor) -> None:
    text = (
        "Agent Morgan still waiting on ABC as season 3 hangs in the balance\n"
        "\n"
        "ABC has yet to announce whether Marvel's Agent Morgan will return for a third "
        "season.\n"
        "\n"
        "Mina Castell stars as Nell Morgan. She has also signed on to star in Lantern Row, "
        "an ABC legal drama pilot.\n"
    )
    assert triple("Agent Morgan", 3, "pending") in statuses(extractor, text)
    assert not any(t == "lantern row" for t, _, _ in statuses(extractor, text))


def test_a_renewal_only_a_matter_of_time_is_a_forecast(extractor) -> None:
    text = (
        "Harrow Point season 2: FX has not decided yet\n"
        "\n"
        "Fans online are already sure that a renewal is only a matter of time.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harrow Point", 2, "pending") in found
    assert triple("Harrow Point", 2, "renewed") not in found


def test_a_field_line_before_a_blank_line(extractor) -> None:
    text = (
        "NBC and The CW make their calls\n"
        "\n"
        "Brindle Creek\n"
        "Network: NBC\n"
        "Status: Renewed, season two ordered\n"
        "\n"
        "NBC has decided to give Brindle Creek another year.\n"
        "\n"
        "Nobody Likes Walt\n"
        "Network: The CW\n"
        "Status: Returning, with a third season ordered\n"
        "\n"
        "Nobody Likes Walt is sticking around for another school year.\n"
    )
    assert triple("Nobody Likes Walt", 3, "renewed") in statuses(extractor, text)


def test_a_role_named_once_is_no_second_show(extractor) -> None:
    text = (
        "Game Point axed at USA Network after three seasons\n"
        "\n"
        "The final whistle has blown for Game Point. USA Network has canceled the sports "
        "drama, so Dr. Mara Vell will not be getting a fourth season.\n"
        "\n"
        "Callie Dorn starred as Mara Vell, the team's therapist.\n"
    )
    found = statuses(extractor, text)
    assert triple("Game Point", 4, "canceled") in found
    assert not any("vell" in t for t, _, _ in found)


def test_a_cast_guides_headline_names_the_show(extractor) -> None:
    text = (
        "This Is Not a Drill: who plays who in the BBC One hospital drama\n"
        "\n"
        "Ben Ashby leads the cast as Tom Brill, a tired registrar. Nadia Sol plays Priya "
        "Rane, a junior doctor.\n"
        "\n"
        "Ashby is also known for playing Carl Dunn in A Quiet English Affair.\n"
    )
    assert "This Is Not a Drill" in shows_of(extractor, text)
    assert ("Ben Ashby", "Tom Brill") in show_cast(extractor, text, "This Is Not a Drill")


def test_came_aboard_in_year_three_as(nlp) -> None:
    text = "Tom Hale, who came aboard in year three as Caleb Rusk, is back again."
    assert ("Tom Hale", "Caleb Rusk") in cast_pairs(nlp, text)


def test_a_role_that_is_still_an_actors_territory(nlp) -> None:
    text = (
        "Logan Marsh is still Jason Pell's territory, and Mandy Roe plays Rebecca Hart "
        "across several decades."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Jason Pell", "Logan Marsh") in pairs
    assert ("Mandy Roe", "Rebecca Hart") in pairs


def test_listed_in_the_ensemble_as(nlp) -> None:
    text = "Donald Pryce is still listed in the ensemble as Troy Banner."
    assert ("Donald Pryce", "Troy Banner") in cast_pairs(nlp, text)


def test_no_role_cut_from_a_longer_word(extractor) -> None:
    text = (
        "Harrow Lane renewed for a third season\n"
        "\n"
        "The CW has renewed Harrow Lane for a third season. Harry Holm's turn as Logan's "
        "movie-star father, Aaron Echolls, powered much of the spring.\n"
    )
    pairs = show_cast(extractor, text, "Harrow Lane")
    assert not any(character == "Loga" for _, character in pairs)


def test_a_revival_whose_run_is_over_is_no_renewal_of_the_next_season(extractor) -> None:
    text = (
        "Cater Crew season 4: Starz has yet to decide\n"
        "\n"
        "Starz canceled Cater Crew in 2010. Thirteen years later the channel brought it back "
        "with six new episodes, which began on February 24 and wrapped on March 31. The "
        "fourth season is still awaiting a decision from Starz.\n"
    )
    found = statuses(extractor, text)
    assert triple("Cater Crew", 4, "pending") in found
    assert triple("Cater Crew", 4, "renewed") not in found
