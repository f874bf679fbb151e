"""Cast phrasings added after the sixth batch of unseen articles, on sentences written here."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs as pairs

from knowsofar.extract import results

# --- two actors for one role -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mara Quill and Dev Okafor both play Tessa Lowe in the new drama.",
        "Mara Quill and Dev Okafor play Tessa Lowe at different ages.",
        "Mara Quill and Dev Okafor played her aunt, Tessa Lowe, across two timelines.",
    ],
)
def test_two_actors_share_one_role(nlp, text):
    assert {("Mara Quill", "Tessa Lowe"), ("Dev Okafor", "Tessa Lowe")} <= pairs(nlp, text)


def test_two_actors_two_roles_still_pair_in_order(nlp):
    found = pairs(nlp, "Mara Quill and Dev Okafor both play Tessa Lowe and Bram Lowe.")
    assert ("Mara Quill", "Tessa Lowe") in found
    assert ("Dev Okafor", "Bram Lowe") in found
    assert ("Dev Okafor", "Tessa Lowe") not in found


def test_two_actors_and_someones_relatives_are_no_shared_role(nlp):
    assert pairs(nlp, "Mara Quill and Dev Okafor play Tessa Lowe's parents.") == set()


# --- a long description between actor and verb -------------------------------------------------


def test_film_role_in_a_long_aside_does_not_pair_but_the_series_role_does(nlp):
    found = pairs(
        nlp,
        "Orrin Vale, forever the chrome assassin RX-9 of Steel Horizon: Final Dawn to a whole "
        "generation of moviegoers, plays the hero's bitter uncle, Cormac Drey.",
    )
    assert ("Orrin Vale", "Cormac Drey") in found
    assert not any(character == "RX-9" for _, character in found)


def test_a_long_relative_clause_is_no_aside(nlp):
    found = pairs(
        nlp,
        "Ada Finch led the cast as Nell Brack, a shy listener who leaves home to join the "
        "little firm run by Tomas Wend, played by Kit Arlow.",
    )
    assert ("Ada Finch", "Nell Brack") in found
    assert ("Kit Arlow", "Tomas Wend") in found


# --- award words are no people ----------------------------------------------------------------


def test_award_is_not_an_actor(nlp):
    found = pairs(
        nlp,
        "Last spring she won a Golden Globe for playing the spy Wren Hollis in the thriller.",
    )
    assert not any("Globe" in actor for actor, _ in found)


# --- "Actor – Character" lists with a one-word stage name ------------------------------------


LIST = """Who is back?

These are expected to return:

- Quinlee – Marisol Vance
- Petra Danvik – Ines Corra
- Tobias Renwald – Gus Hallor
- Odile Marchetti – Lark
- Jonah Ferrant – Dilly Prosser

Quinlee won an award for the role of Marisol last year. Danvik, meanwhile, has a film out,
and Renwald and Ferrant have teased the finale. Ferrant also directs an episode.
"""


def test_one_word_stage_name_follows_the_list_order(nlp):
    found = pairs(nlp, LIST)
    assert ("Quinlee", "Marisol Vance") in found
    assert ("Marisol Vance", "Quinlee") not in found
    assert ("Odile Marchetti", "Lark") in found
    assert ("Petra Danvik", "Ines Corra") in found


def test_one_word_side_that_is_someones_first_name_is_not_flipped(nlp):
    # "Quinlee" is a first name in the article ("Quinlee Barros"): a role, not a stage name.
    text = LIST.replace("Quinlee won an award", "Quinlee Barros, the heiress, won an award")
    assert ("Quinlee", "Marisol Vance") not in pairs(nlp, text)


# --- a first-name role takes the full name the plot gives it -----------------------------------


def test_first_name_role_takes_the_full_name_after_a_creator_credit(nlp):
    text = (
        "Created by Hal Dorsey, the show follows Wilma Ostrander, a mother with a past. "
        "Nia Castell plays Wilma and Rey Bonner plays her son."
    )
    assert ("Nia Castell", "Wilma Ostrander") in pairs(nlp, text)


def test_first_name_role_does_not_take_a_creators_name(nlp):
    text = "The show was created by Wilma Ostrander. Nia Castell plays Wilma, a mother with a past."
    assert ("Nia Castell", "Wilma Ostrander") not in pairs(nlp, text)


# --- an actor's role in another show, by surname or pronoun -----------------------------------

CREDIT_ARTICLE = """# Harrow Point canceled after two seasons

Netflix has canceled Harrow Point after two seasons.

Wren Dallow played the harbor master Ilse Marr, and Bastian Oyelaran played her brother, Tove Marr.
Dallow is still best known as the bush pilot Kerry Vance in FX's Northern Lights.
"""


def test_surname_subject_role_in_another_networks_show(nlp):
    cast = results(nlp(CREDIT_ARTICLE))["cast"]
    elsewhere = [m for m in cast if m.character == "Kerry Vance"]
    assert [(m.actor, m.other_show) for m in elsewhere] == [("Wren Dallow", "Northern Lights")]
    assert ("Wren Dallow", "Ilse Marr") in {(m.actor, m.character) for m in cast}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "Oyelaran was previously the shield-bearer Hakon on History's Raiders.",
            ("Bastian Oyelaran", "Hakon"),
        ),
        (
            "Last year he won an award for playing the surgeon Emil Dask in ABC's Ward Nine.",
            ("Bastian Oyelaran", "Emil Dask"),
        ),
    ],
)
def test_credit_elsewhere_phrasings(nlp, sentence, pair):
    text = "Bastian Oyelaran plays Tove Marr in the drama.\n\nOyelaran has been busy. " + sentence
    assert pair in pairs(nlp, text)


@pytest.mark.parametrize(
    "sentence",
    [
        # a film, named with its director, not a network
        "Dallow is still best known as the bush pilot Kerry Vance in Spielberg's Northern Lights.",
        # a person not in the cast
        "Hobbs is still best known as the bush pilot Kerry Vance in FX's Northern Lights.",
        # two actors at hand: "she" could be either
        "She is still best known as the bush pilot Kerry Vance in FX's Northern Lights.",
    ],
)
def test_credit_elsewhere_needs_a_show_and_one_known_actor(nlp, sentence):
    text = "Wren Dallow played Ilse Marr, and Mina Castellan played Tove Marr. " + sentence
    assert not any(character == "Kerry Vance" for _, character in pairs(nlp, text))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # the role the audience remembers, with the viewers of the other show
        (
            "Oyelaran is still Emil Dask to anyone who watched ABC's Ward Nine.",
            ("Bastian Oyelaran", "Emil Dask"),
        ),
        (
            "For many viewers, Oyelaran will always be Emil Dask from ABC's Ward Nine.",
            ("Bastian Oyelaran", "Emil Dask"),
        ),
    ],
)
def test_remembered_role_in_another_show(nlp, sentence, pair):
    text = "Bastian Oyelaran plays Tove Marr in the drama.\n\nOyelaran has been busy. " + sentence
    cast = results(nlp(text))["cast"]
    assert [(m.actor, m.character, m.other_show) for m in cast if m.character == pair[1]] == [
        (*pair, "Ward Nine")
    ]


def test_remembered_role_of_an_actor_paired_by_a_copula(nlp):
    # the subject is an actor only through "X is Y", which is read after other forms
    text = (
        "Netflix has renewed Harrow Point. Mina Castellan plays Ilse Marr, and Bastian Oyelaran "
        "is Tove Marr. Oyelaran is still Emil Dask to anyone who watched ABC's Ward Nine."
    )
    assert ("Bastian Oyelaran", "Emil Dask") in pairs(nlp, text)


def test_turned_up_early_on_as(nlp):
    text = "Jory Pell turned up early on as Gil Saxby, the hero's slippery colleague."
    assert ("Jory Pell", "Gil Saxby") in pairs(nlp, text)


# --- a pronoun after a cast list, a role in another network's show ------------------------------

PRONOUN_ARTICLE = """# Harrow Point returns for season 2

Who is back?

The cast:

- Petra Danvik – Ines Corra
- Tobias Renwald – Gus Hallor

Renwald has a film out this year.
Danvik, meanwhile, keeps busy: before Harrow Point she played Lina Voss in Hulu's The Keeper's Tale.
"""


def test_pronoun_means_its_clauses_subject_from_a_cast_list(nlp):
    cast = results(nlp(PRONOUN_ARTICLE))["cast"]
    found = {(m.actor, m.character, m.other_show) for m in cast}
    assert ("Petra Danvik", "Lina Voss", "The Keeper's Tale") in found


def test_pronoun_role_in_someones_film_is_dropped(nlp):
    text = PRONOUN_ARTICLE.replace("Hulu's The Keeper's Tale", "Jo Marsh's The Keeper's Tale")
    assert not any(m.character == "Lina Voss" for m in results(nlp(text))["cast"])


# --- the earlier actor of a recast role, named in a "who played" clause ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renner plays Skarn, taking over the part from Lukas Brede, who played Skarn in the "
        "first season.",
        "- Ivo Renner as Skarn, the raider chief, taking over the part from Lukas Brede, who "
        "played Skarn before",
    ],
)
def test_earlier_actor_in_a_who_clause_after_from(nlp, text):
    found = pairs(nlp, text)
    assert {("Ivo Renner", "Skarn"), ("Lukas Brede", "Skarn")} <= found


def test_name_after_of_is_still_a_show_slot(nlp):
    # "the cast of Big Harbor as Mary": the name before "as" is the show, not an actor.
    found = pairs(nlp, "Lena Ostby joined the cast of Big Harbor as Mary Blake.")
    assert ("Lena Ostby", "Mary Blake") in found
    assert not any(actor == "Big Harbor" for actor, _ in found)


# --- an award for a role -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nell Varga, who has already won two Emmys as Dory Kask, is nominated again.",
        "Nell Varga won a Golden Globe as Dory Kask last winter.",
    ],
)
def test_award_as_role(nlp, text):
    assert ("Nell Varga", "Dory Kask") in pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nell Varga won two Emmys as a producer.",
        "Nell Varga won an award as best newcomer.",
    ],
)
def test_award_as_job_is_no_role(nlp, text):
    assert pairs(nlp, text) == set()


# --- a comma between two adjectives before the role's name --------------------------------------


def test_comma_between_adjectives_before_the_name(nlp):
    text = "Oskar Lind was chilling as the gaunt, soft-spoken poisoner Abel Prynne."
    assert ("Oskar Lind", "Abel Prynne") in pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Lind plays the boss, who runs Harlow Freight with an iron hand.",
        "Oskar Lind plays the lead, and Abel Prynne directs.",
    ],
)
def test_comma_before_a_clause_is_no_adjective_list(nlp, text):
    assert pairs(nlp, text) == set()
