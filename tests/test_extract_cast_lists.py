"""Cast phrasings added after the fifth batch of unseen articles, on sentences written here:
list-wide order of "Name (Name)" bullets, copulas and verbs, one actor with several roles,
roles placed in another show, and descriptions before a role's name."""

from __future__ import annotations

import pytest
from extract_helpers import cast_mentions as mentions
from extract_helpers import cast_pairs as pairs

from knowsofar.extract.cast import role_name

# --- one order for a whole bulleted list ------------------------------------------------------

ROYAL_LIST = """The Gilded Throne returns for its last season.

Most of the court is back:

- Queen Adela (Ruth Calloway)
- Prince Oswin (Tomas Brandt)
- Lady Maren Holt (Ingrid Sorensen)
- Edric Vane (Paul Whitcombe)
"""


def test_titles_in_a_list_make_every_line_character_first(nlp):
    found = pairs(nlp, ROYAL_LIST)
    assert ("Ruth Calloway", "Queen Adela") in found
    assert ("Tomas Brandt", "Prince Oswin") in found
    # no title on this line: the list's order decides it
    assert ("Paul Whitcombe", "Edric Vane") in found
    assert not any(actor.startswith(("Queen", "Prince", "Lady", "Edric")) for actor, _ in found)


ACTOR_LIST = """Dock Street is back for a third season.

Nora Quint plays the harbor master Della Price, and Owen Blake plays her deputy.

Also returning:

- Nora Quint (Della Price)
- Owen Blake (Sam Ferris)
- Lise Arnaud (Colette Marsh)
"""


def test_known_actors_make_every_line_actor_first(nlp):
    found = pairs(nlp, ACTOR_LIST)
    assert ("Owen Blake", "Sam Ferris") in found
    assert ("Lise Arnaud", "Colette Marsh") in found
    assert ("Colette Marsh", "Lise Arnaud") not in found


def test_a_title_inside_the_brackets_makes_the_list_actor_first(nlp):
    text = """Cast of Ward Nine:

- Hana Ito (Dr. Ellen Voss)
- Carl Brody (Detective Sam Reyes)
- Mia Lund (June Park)
"""
    found = pairs(nlp, text)
    assert ("Hana Ito", "Ellen Voss") in found
    assert ("Mia Lund", "June Park") in found
    assert ("June Park", "Mia Lund") not in found


def test_a_show_leaning_on_people_names_performers_first(nlp):
    text = (
        "Dock Street returns in May. Earlier seasons also leaned on Greta Olsen (Mae Tully) "
        "and Ravi Anand (Luke Carver)."
    )
    found = pairs(nlp, text)
    assert ("Greta Olsen", "Mae Tully") in found
    assert ("Mae Tully", "Greta Olsen") not in found


# --- verbs and copulas -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Dock Street is back. Lena Marsh remains the show's anchor as Ivy Cole, a pilot.",
            ("Lena Marsh", "Ivy Cole"),
        ),
        (
            "Dock Street is back. Omar Reed is new this season as Felix Grant, a customs officer.",
            ("Omar Reed", "Felix Grant"),
        ),
        (
            "Tom Vale joined in season 2 as Hugo Marr, and Dana Pike came aboard as Rosa Diaz.",
            ("Dana Pike", "Rosa Diaz"),
        ),
        (
            "In the Alaska comedy, Ben Tully stars as that neighbor, Gil Oakes, and more.",
            ("Ben Tully", "Gil Oakes"),
        ),
        (
            "The newcomers matter. Sam Ortiz is the young man who plays Prince Edwin as a cadet.",
            ("Sam Ortiz", "Prince Edwin"),
        ),
        (
            "The newcomers matter. Ada Lowe, a newcomer, is the actress who plays Clara Dunn.",
            ("Ada Lowe", "Clara Dunn"),
        ),
    ],
)
def test_copulas_and_verbs_before_as_or_plays(nlp, text, pair):
    assert pair in pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Marsh remains the show's anchor, and the ratings agree.",
        "Jane Doe is the woman who runs the bakery as Mary Blake watches.",
        "Omar Reed is new to the city, as Felix Grant soon learns.",
    ],
)
def test_copulas_that_cast_no_one(nlp, text):
    assert pairs(nlp, text) == set()


def test_a_titled_role_after_the_in_a_cast_sentence(nlp):
    text = "Mia Dorn was Ada Frost, and Karl Beck was the Woman in White."
    assert ("Karl Beck", "Woman in White") in pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mia Dorn was Ada Frost, and Karl Beck was the Sheriff in Dodge.",
        "Mia Dorn was Ada Frost, and Karl Beck was the Star in Harbor Lights.",
    ],
)
def test_a_rank_or_a_billing_after_the_is_no_titled_role(nlp, text):
    assert not any(actor == "Karl Beck" for actor, _ in pairs(nlp, text))


def test_her_after_played_is_the_role_just_named(nlp):
    text = (
        "She is the third actress in the part, after Joan Ash, who played the Duchess in the "
        "first two seasons, and Vera Stone, who played her in seasons three and four."
    )
    found = pairs(nlp, text)
    assert ("Joan Ash", "Duchess") in found
    assert ("Vera Stone", "Duchess") in found


@pytest.mark.parametrize(
    "text",
    [
        "Joan Ash plays Mary Blake, and Vera Stone played her sister in the film.",
        "Joan Ash met Mary Blake, and Vera Stone played her in season two.",
    ],
)
def test_her_with_no_role_just_named_is_no_one(nlp, text):
    assert not any(actor == "Vera Stone" for actor, _ in pairs(nlp, text))


# --- one actor, several roles ----------------------------------------------------------------


def test_one_actor_voices_a_list_of_roles(nlp):
    text = (
        "Rob Keane's cartoon is back. Keane himself still voices Ned Fluff, Tib Fluff and "
        "Oscar Fluff, the family's parrot."
    )
    found = pairs(nlp, text)
    assert {("Rob Keane", "Ned Fluff"), ("Rob Keane", "Tib Fluff")} <= found
    assert ("Rob Keane", "Oscar Fluff") in found


def test_does_a_list_of_parts(nlp):
    text = "Paul Nye still does Mort Bitley and Captain Sprocket, among many smaller parts."
    assert pairs(nlp, text) == {("Paul Nye", "Mort Bitley"), ("Paul Nye", "Captain Sprocket")}


def test_does_needs_parts_and_names(nlp):
    assert pairs(nlp, "Paul Nye does Mary Blake and John Roe a favor.") == set()


def test_coordinated_subjects_pair_in_order_not_as_one_actors_list(nlp):
    found = pairs(nlp, "Ana Cole and Rui Sato played Lina Marsh and Ben Marsh, the twins.")
    assert found == {("Ana Cole", "Lina Marsh"), ("Rui Sato", "Ben Marsh")}


def test_a_role_list_ends_where_the_next_actor_starts(nlp):
    text = (
        "Ana Cole plays Ada Frost, Rui Sato plays Lina Marsh and Jesse T. Okafor plays Ben Marsh."
    )
    assert pairs(nlp, text) == {
        ("Ana Cole", "Ada Frost"),
        ("Rui Sato", "Lina Marsh"),
        ("Jesse T. Okafor", "Ben Marsh"),
    }


# --- descriptions before a role's name -------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the pompous Scotsman Angus Reid", "Angus Reid"),
        ("the former Spartan Tor-221", "Tor-221"),
        ("the Frenchman Luc Moreau, a chef", "Luc Moreau"),
        ("the Scotsman Angus", "Scotsman Angus"),  # one name left: the word may be the name's
    ],
)
def test_words_of_origin_before_a_name_are_descriptions(phrase, name):
    assert role_name(phrase) == name


def test_a_designation_is_not_lengthened_from_the_text(nlp):
    text = "Kofi Mensah plays the former Spartan Tor-221, and Lia Park is Vex-9."
    found = pairs(nlp, text)
    assert ("Kofi Mensah", "Tor-221") in found


def test_possessive_role_described_as_a_person(nlp):
    text = (
        "Lena Marsh's Petra Lind, the former harbor master who fled north in season 3, is the "
        "obvious link between the two shows."
    )
    assert ("Lena Marsh", "Petra Lind") in pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe's Harbor Lights, the new spy drama from Apple, is out now.",
        "Lena Marsh's Petra Lind is the obvious link between the two shows.",
    ],
)
def test_possessives_that_are_no_role(nlp, text):
    assert pairs(nlp, text) == set()


# --- roles in other works ---------------------------------------------------------------------


def test_a_role_in_a_dated_work_is_not_the_shows(nlp):
    text = (
        "The cast is busy. Jo Park, who played Red Kite in last year's Night Birds, now plays "
        "Ann Lee."
    )
    found = pairs(nlp, text)
    assert ("Jo Park", "Red Kite") not in found
    assert ("Jo Park", "Ann Lee") in found


def test_known_as_a_role_from_another_show(nlp):
    text = (
        "Dock Street was canceled. Lou Grady, whom many viewers still know as the bookie Sal "
        "Mancuso from HBO's Back Alley, played the harbor master, Ned Crane."
    )
    found = {(m.actor, m.character, m.other_show) for m in mentions(nlp, text)}
    assert ("Lou Grady", "Sal Mancuso", "Back Alley") in found
    assert ("Lou Grady", "Ned Crane", None) in found


def test_title_character_of_another_show(nlp):
    text = (
        "Who was in the cast? Dee Marsh, who became a household name as the title character of "
        "the Disney Channel's Polly Pepper, starred as Nina."
    )
    found = {(m.actor, m.character, m.other_show) for m in mentions(nlp, text)}
    assert ("Dee Marsh", "Polly Pepper", "Polly Pepper") in found
    assert ("Dee Marsh", "Nina", None) in found


def test_where_she_played_names_the_show_before(nlp):
    text = (
        "Rita Vance returns as Sergeant Ann Moss. Many viewers first met Vance on ITV's "
        "Mill Lane, where she played the barmaid Jess Hardy."
    )
    found = {(m.actor, m.character, m.other_show) for m in mentions(nlp, text)}
    assert ("Rita Vance", "Jess Hardy", "Mill Lane") in found
    assert ("Rita Vance", "Ann Moss", None) in found


def test_the_sitcom_in_which_he_played(nlp):
    text = (
        "Tom Hale plays the vain Englishman Basil Crane. Hale's voice is familiar from Crumpet "
        "Street, the Channel 4 sitcom in which he played the actor Rex Toller."
    )
    found = {(m.actor, m.character, m.other_show) for m in mentions(nlp, text)}
    assert ("Tom Hale", "Basil Crane", None) in found
    assert ("Tom Hale", "Rex Toller", "Crumpet Street") in found


def test_where_she_played_in_no_known_show_gives_nothing(nlp):
    text = (
        "Rita Vance returns as Sergeant Ann Moss. Many first met Vance in Lantern Hill, where "
        "she played the barmaid Jess Hardy."
    )
    assert not any(m.character == "Jess Hardy" for m in mentions(nlp, text))


def test_back_from_the_films_too_as(nlp):
    text = "Rex Mallory is back from the films, too, as the cunning sensei Vic Hale."
    found = mentions(nlp, text)
    assert {(m.actor, m.character) for m in found} == {("Rex Mallory", "Vic Hale")}
    assert found[0].returning is True


def test_an_aside_before_as_that_names_no_role(nlp):
    assert pairs(nlp, "Rex Mallory is back from the films, too, as it happens.") == set()


def test_role_placed_in_another_show_of_the_article(nlp):
    text = (
        "Is Ridgeback coming back for a third season? Paramount+ has not renewed Ridgeback yet. "
        "If it does, Cole Harlan would once again play the captain Reyes Obi. Harlan is used to "
        "waiting: before Ridgeback he played the ferryman Ollie Crane in Tin Harbor, which Starz "
        "canceled after three seasons."
    )
    found = {(m.actor, m.character, m.other_show) for m in mentions(nlp, text)}
    assert ("Cole Harlan", "Ollie Crane", "Tin Harbor") in found
    assert ("Cole Harlan", "Reyes Obi", None) in found


def test_a_pronoun_with_two_actors_in_view_is_no_one(nlp):
    text = (
        "Cole Harlan plays Reyes Obi, and Dana Pike plays Ida Ross. Harlan and Pike met "
        "early: before Ridgeback he played the ferryman Ollie Crane in Tin Harbor."
    )
    assert not any(m.character == "Ollie Crane" for m in mentions(nlp, text))


def test_a_name_then_a_clause_without_who(nlp):
    text = "Ana Ruiz plays Pia Moreno, while Liv Holt played the older Pia the boys meet in 2050."
    assert ("Liv Holt", "Pia Moreno") in pairs(nlp, text)


def test_the_then_lower_case_inside_a_description_is_no_stop():
    assert role_name("the leader of the rebels, Corvin") == "Corvin"
    assert role_name("Bartleby the Brave") == "Bartleby the Brave"


def test_a_role_that_began_in_another_show_is_both_shows(nlp):
    text = (
        "Harbor Lights\n\nDock Street ran for three seasons. Harbor Lights is its spinoff. Nell "
        "Ames first appeared as Ivy Cole in Dock Street's second season before Netflix gave the "
        "pilot her own show."
    )
    found = {(m.actor, m.character) for m in mentions(nlp, text)}
    shows = {m.other_show for m in mentions(nlp, text) if m.character == "Ivy Cole"}
    assert found == {("Nell Ames", "Ivy Cole")}
    # where the role began, and the show she carried it into (the passage's topic)
    assert "Dock Street" in shows
    assert len(shows) == 2


def test_a_role_played_in_another_show_is_only_that_shows(nlp):
    text = (
        "Harbor Lights\n\nDock Street ran for three seasons. Harbor Lights is its spinoff. Nell "
        "Ames played Ivy Cole in Dock Street's second season."
    )
    shows = {m.other_show for m in mentions(nlp, text) if m.character == "Ivy Cole"}
    assert shows == {"Dock Street"}


def test_a_role_from_another_show_is_claimed_for_that_show(extractor):
    from knowsofar.claims import Document

    text = (
        "HBO has canceled Dock Street after one season.\n\n"
        "Lou Grady, whom many viewers still know as the bookie Sal Mancuso from HBO's Back "
        "Alley, played the harbor master, Ned Crane."
    )
    claims = extractor.extract(Document(text=text)).claims
    cast = {(c.show, c.value["actor"], c.value["character"]) for c in claims if c.kind == "cast"}
    assert ("Back Alley", "Lou Grady", "Sal Mancuso") in cast
    assert ("Dock Street", "Lou Grady", "Ned Crane") in cast
    assert ("Dock Street", "Lou Grady", "Sal Mancuso") not in cast
