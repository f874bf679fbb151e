"""Cast phrasings added after the fourth batch of unseen articles, on sentences written here."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs as pairs

from knowsofar.extract import results
from knowsofar.extract.cast import share_surname

# --- names with digits and hyphens -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mara Quill returns as the voice of the maintenance droid T-4LX.",
            ("Mara Quill", "T-4LX"),
        ),
        (
            "The crew also includes Dev Okafor as Hunter C-22 and Lise Park as Juno.",
            ("Dev Okafor", "Hunter C-22"),
        ),
        ("Otto Brand voices the astromech R3-K9 in the new season.", ("Otto Brand", "R3-K9")),
    ],
)
def test_designations_with_digits_are_whole_names(nlp, text, pair):
    assert pair in pairs(nlp, text)


# --- a role named after another work -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renner will reprise his Dark Harbor role as Admiral Soto Vane.",
        "Ivo Renner returns in his 2019 film role as Admiral Soto Vane.",
        "Ivo Renner is reprising his Night Court role as Admiral Soto Vane this season.",
    ],
)
def test_reprising_a_role_from_a_named_work(nlp, text):
    assert pairs(nlp, text) == {("Ivo Renner", "Soto Vane")}


# --- one-word stage names --------------------------------------------------------------------


def test_a_one_word_stage_name_opening_a_clause(nlp):
    text = (
        "Willa Crane stars as Petra Ross, a ferry captain. Quincey plays Jonah Abel, "
        "her first mate, and Dara Moss plays his sister, Ines Abel."
    )
    assert pairs(nlp, text) == {
        ("Willa Crane", "Petra Ross"),
        ("Quincey", "Jonah Abel"),
        ("Dara Moss", "Ines Abel"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a character's first name, given in full earlier
        "Petra Ross runs the ferry. Petra plays Jonah Abel off against his brother.",
        # an indefinite pronoun
        "Everyone plays Jonah Abel for a fool in the pilot.",
        # a one-word role, not a person's full name
        "Quincey plays Jonah in the pilot.",
        # a misspelt surname of someone the article names in full
        "Nora Quincy joins the cast. Quincey plays Jonah Abel.",
    ],
)
def test_one_word_subjects_that_are_not_stage_names(nlp, text):
    assert not any(len(a.split()) == 1 for a, _ in pairs(nlp, text))


# --- copulas --------------------------------------------------------------------------------


def test_is_pairs_beside_another_pair_and_names_with_particles(nlp):
    text = "Hugo Barre plays Armand de Vries, and Selma Kurt is Odile van der Berg."
    assert pairs(nlp, text) == {
        ("Hugo Barre", "Armand de Vries"),
        ("Selma Kurt", "Odile van der Berg"),
    }


def test_once_again_a_role_named_by_its_surname_earlier_given_in_full(nlp):
    text = (
        "The rival bid comes from the shipping magnate Oskar Lindqvist. "
        "Henrik Dahl, who joined last season, is once again Lindqvist."
    )
    assert pairs(nlp, text) == {("Henrik Dahl", "Oskar Lindqvist")}


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Dahl is once again Emmy-nominated.",
        "Henrik Dahl is once again in the running for the award.",
    ],
)
def test_once_again_without_a_role(nlp, text):
    assert pairs(nlp, text) == set()


# --- descriptions before the name -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ravi Mehta rounded out the quartet as the team's medic, Paolo Greer.",
        "Ravi Mehta plays the stranger they keep running into, Paolo Greer.",
        "Ravi Mehta played his oldest friend turned rival, Paolo Greer.",
    ],
)
def test_a_clause_long_description_then_the_name(nlp, text):
    assert pairs(nlp, text) == {("Ravi Mehta", "Paolo Greer")}


def test_a_description_followed_by_something_else_names_no_role(nlp):
    text = "Ravi Mehta plays the stranger they keep running into, Netflix confirmed."
    assert pairs(nlp, text) == set()


# --- possessives ------------------------------------------------------------------------------


def test_a_possessive_with_a_role_description_and_a_full_name(nlp):
    text = (
        "The third season opens in June. Lorna Vick stars as Edie Marsh. "
        "Colm Brady's scene-stealing bookie Dez Fallon returns as well."
    )
    assert ("Colm Brady", "Dez Fallon") in pairs(nlp, text)


def test_a_possessive_subject_beside_another_cast_statement(nlp):
    text = (
        "It ends with Colm Brady's Steve driving into the car of Edie and Rose "
        "(played by Lorna Vick and Tess Hale, respectively)."
    )
    assert pairs(nlp, text) == {
        ("Colm Brady", "Steve"),
        ("Lorna Vick", "Edie"),
        ("Tess Hale", "Rose"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Rhea Moss's Glassworks returns with Tom Lake as Ed and Ana Pike as Kate.",
        "Rhea Moss's Glassworks returns this fall, with Tom Lake as Ed Gray.",
    ],
)
def test_a_creators_one_word_show_beside_cast_is_no_role(nlp, text):
    assert not any(a == "Rhea Moss" for a, _ in pairs(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # a creator's show, described by its genre
        "Lorna Vick stars as Edie Marsh. Colm Brady's legal drama Dez Fallon is back.",
        # a show, with what is said of shows
        "Lorna Vick stars as Edie Marsh, and Colm Brady's Harbor Watch is back for a third season.",
        # the article calls the person a creator
        "Creator Colm Brady says Colm Brady's moody bookie Dez Fallon is back.",
    ],
)
def test_possessives_that_are_shows_or_creators(nlp, text):
    assert ("Colm Brady", "Dez Fallon") not in pairs(nlp, text)
    assert ("Colm Brady", "Harbor Watch") not in pairs(nlp, text)


# --- Actor (Character) with nothing else to go on ---------------------------------------------


def test_praise_after_the_brackets_marks_the_performer_outside(nlp):
    text = "Nadia Holm (Vera Lind) was the standout of the ensemble for most critics."
    assert pairs(nlp, text) == {("Nadia Holm", "Vera Lind")}


def test_story_actions_after_the_brackets_keep_character_actor(nlp):
    text = "In the opener, Vera Lind (Nadia Holm) finds a body in the reservoir."
    assert pairs(nlp, text) == {("Nadia Holm", "Vera Lind")}


# --- shared surnames ---------------------------------------------------------------------------


def test_first_names_share_a_surname_with_a_particle():
    assert share_surname(["Rafa", "Tino", "Luca Di Stefano"]) == [
        "Rafa Di Stefano",
        "Tino Di Stefano",
        "Luca Di Stefano",
    ]
    assert share_surname(["Anne", "Pieter van Dijk"]) == ["Anne van Dijk", "Pieter van Dijk"]
    # a middle name is not the family's
    assert share_surname(["Peter", "Mary Jane Hollis"]) == ["Peter", "Mary Jane Hollis"]


def test_three_actors_three_first_names_and_one_surname(nlp):
    text = "Ana Ruiz, Teo Marsh and Kit Lowe play Rafa, Tino and Luca Di Stefano, three brothers."
    assert pairs(nlp, text) == {
        ("Ana Ruiz", "Rafa Di Stefano"),
        ("Teo Marsh", "Tino Di Stefano"),
        ("Kit Lowe", "Luca Di Stefano"),
    }


# --- film cast and the pair's own show -----------------------------------------------------------


def test_a_films_cast_is_not_the_series_cast(nlp):
    text = (
        "Season 2 ends where Iron Tide begins: the 2019 film in which Rhea Stone played "
        "Mira Kade. Tomas Berg stars as Ansel Roe in the series."
    )
    assert pairs(nlp, text) == {("Tomas Berg", "Ansel Roe")}


def test_a_pair_in_a_clause_about_another_show_points_at_that_show(nlp):
    text = (
        "Harbor Lights is the writer's new show. Before Harbor Lights, Jane Roe created the "
        "BBC sitcom Flat Share, in which Owen Pike played Lenny Crabb."
    )
    doc = nlp(text)
    found = results(doc)
    (m,) = found["cast"]
    assert (m.actor, m.character) == ("Owen Pike", "Lenny Crabb")
    assert text[m.at :].startswith(", in which")  # the clause right after "Flat Share"
    assert found["titles"].show_at(m.at) == "Flat Share"


# --- more trade and roundup phrasings ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Nell Okoro is set as Greta Vance, a rival innkeeper.", ("Nell Okoro", "Greta Vance")),
        (
            "The network dropped the legal comedy Second Chair, which starred Pia Lund as the "
            "public defender Hana Roos.",
            ("Pia Lund", "Hana Roos"),
        ),
        (
            "The comedy stars Omar Best as widowed radio host Omar Kline.",
            ("Omar Best", "Omar Kline"),
        ),
        (
            "The second season brought back Ines Kale, returning as the restless widow Vera Moss.",
            ("Ines Kale", "Vera Moss"),
        ),
        (
            "Rafe Dunn returns as Tomas Reyes, and Big-K is back as Leon Marsh.",
            ("Big-K", "Leon Marsh"),
        ),
    ],
)
def test_trade_and_roundup_phrasings(nlp, text, pair):
    assert pair in pairs(nlp, text)


def test_a_job_opening_the_role_phrase_is_the_actors_own(nlp):
    assert pairs(nlp, "The special stars Ana Pike as host Mira Dahl.") == set()


def test_taking_over_a_role_with_a_time_phrase_before_the_predecessor(nlp):
    text = (
        "Lena Fromm took over the role of Iris this season from Paula Dent, who played her "
        "in the first."
    )
    assert pairs(nlp, text) == {("Lena Fromm", "Iris"), ("Paula Dent", "Iris")}


def test_taking_over_a_role_from_a_stage_actor_is_not_a_recast(nlp):
    text = "Lena Fromm took over the role of Iris on stage from Paula Dent."
    assert ("Paula Dent", "Iris") not in pairs(nlp, text)


def test_a_list_line_role_with_an_epithet_of_origin(nlp):
    text = (
        "Cast\n\nMira Blake: Jana Doyle\nTom Ward: Joel Rowe\n\nNew this season:\n\n"
        "Tamsin of Harrowgate: Ada Smith\nUlf: Tom Bennet\n"
    )
    assert pairs(nlp, text) == {
        ("Jana Doyle", "Mira Blake"),
        ("Joel Rowe", "Tom Ward"),
        ("Ada Smith", "Tamsin of Harrowgate"),
        ("Tom Bennet", "Ulf"),
    }


def test_each_show_of_a_sentence_gets_the_pairs_of_its_own_clause(nlp):
    text = (
        "Two comedies end: Day Shift, starring Ken Ito as the doorman Ken Abe, and Town Hall, "
        "with Ted Lowe as the mayor Neil Brand, both wrap after two seasons."
    )
    found = results(nlp(text))
    by_actor = {m.actor: m for m in found["cast"]}
    assert {(m.actor, m.character) for m in found["cast"]} == {
        ("Ken Ito", "Ken Abe"),
        ("Ted Lowe", "Neil Brand"),
    }
    # each pair reads its show from the clause that holds it
    assert text[by_actor["Ken Ito"].at :].startswith(", starring")
    assert text[by_actor["Ted Lowe"].at :].startswith(", with")


# --- "Actor is Character" outside a sentence that already pairs ----------------------------------


def test_a_sentence_of_copular_pairs_is_a_cast_list(nlp):
    text = (
        "Who is in it?\n\nNia Ford is Lucy Hale, Abe Mott is Max Reed and Wes Gibb is The Warden."
    )
    assert pairs(nlp, text) == {
        ("Nia Ford", "Lucy Hale"),
        ("Abe Mott", "Max Reed"),
        ("Wes Gibb", "The Warden"),
    }


def test_a_copular_pair_next_to_a_cast_statement(nlp):
    text = "Jon Amis plays Louis Ferrand, the vampire.\nSal Reedy is Lucien de Marigny."
    assert pairs(nlp, text) == {("Jon Amis", "Louis Ferrand"), ("Sal Reedy", "Lucien de Marigny")}


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph after the cast statement
        "Jon Amis plays Louis Ferrand.\n\nLater that year, Sal Reedy is Dan Kemp.",
        # an office or a job, not a role
        "Jon Amis plays Louis Ferrand. Sal Reedy is Executive Producer.",
        "Jon Amis plays Louis Ferrand. Sal Reedy is Vice President.",
        # no cast statement near, and only one copula
        "The series is a hit. Sal Reedy is Dan Kemp.",
    ],
)
def test_copulas_that_are_not_cast(nlp, text):
    assert ("Sal Reedy", "Dan Kemp") not in pairs(nlp, text)
    assert not any(a == "Sal Reedy" for a, _ in pairs(nlp, text))


def test_two_copular_sentences_in_a_row(nlp):
    text = "Nia Ford is Lucy Hale. Abe Mott is Max Reed."
    assert pairs(nlp, text) == {("Nia Ford", "Lucy Hale"), ("Abe Mott", "Max Reed")}


@pytest.mark.parametrize(
    "text",
    [
        "Noor Salim has been cast in the role of Edda Lund.",
        "Noor Salim has landed the lead role of Edda Lund in the thriller.",
        "Noor Salim won the part of Edda Lund after a long search.",
    ],
)
def test_taking_the_role_of(nlp, text):
    assert pairs(nlp, text) == {("Noor Salim", "Edda Lund")}


def test_an_aside_about_earlier_work_before_the_statement(nlp):
    text = "Noor Salim, best known as Rita Voss on Dry Creek, joins the cast as Edda Lund."
    assert ("Noor Salim", "Edda Lund") in pairs(nlp, text)


def test_performer_verbs_after_the_brackets_mark_actor_character(nlp):
    text = (
        "Noor Salim (Edda Lund), Kai Berg (Rolf Amsel) and Ana Pike (Siv Tovey) round out the cast."
    )
    assert pairs(nlp, text) == {
        ("Noor Salim", "Edda Lund"),
        ("Kai Berg", "Rolf Amsel"),
        ("Ana Pike", "Siv Tovey"),
    }


def test_once_again_as_an_appositive_after_another_returning_actor(nlp):
    text = (
        "The new season brings back Ines Kale, returning as the restless widow Vera Moss, "
        "and Jon Rudd, once again her husband Greg Hale."
    )
    assert pairs(nlp, text) == {("Ines Kale", "Vera Moss"), ("Jon Rudd", "Greg Hale")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jon Rudd is once again her husband Greg Hale.", {("Jon Rudd", "Greg Hale")}),
        ("Jon Rudd, once again her biggest fan, cheered from the front row.", set()),
    ],
)
def test_once_again_with_a_relation_before_the_role(nlp, text, expected):
    assert pairs(nlp, text) == expected
