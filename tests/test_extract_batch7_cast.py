"""Cast phrasings added after the seventh batch of unseen articles, on sentences written here."""

from __future__ import annotations

from extract_helpers import cast_mentions, cast_pairs, shows_of

# --- "Character: Actor" lists under a cast heading, after a lead-in ending in a colon -----------

_COLON_LIST = """Harbor Lights season 4: everything we know

The network confirmed a fourth and final season in March.

{heading}

Season 3 ended on a cliffhanger. Here is the family as we last saw them:

- Dora Quillon: Mara Estrelle
- Ned Quillon: Tobin Harwick
- Ivy Quillon: Sela Marchetti
- Otto Brenner: Corin Vale
"""


def test_colon_list_read_under_a_cast_heading(nlp):
    found = cast_pairs(nlp, _COLON_LIST.format(heading="Who is in the cast?"))
    assert {
        ("Mara Estrelle", "Dora Quillon"),
        ("Tobin Harwick", "Ned Quillon"),
        ("Sela Marchetti", "Ivy Quillon"),
        ("Corin Vale", "Otto Brenner"),
    } <= found
    assert ("Dora Quillon", "Mara Estrelle") not in found


def test_colon_list_needs_a_cast_heading(nlp):
    # Under a heading about something else, "Name: Name" lines could be anything.
    assert not cast_pairs(nlp, _COLON_LIST.format(heading="Where was it filmed?"))


def test_colon_list_heading_must_be_a_heading(nlp):
    # A full sentence above the lead-in is a paragraph, not the list's heading.
    text = _COLON_LIST.format(heading="Critics praised the cast for its work in the last run.")
    assert not cast_pairs(nlp, text)


# --- coordinated actors and described first-name roles ---------------------------------------


def test_coordinated_roles_before_a_clause(nlp):
    text = (
        "Mara Estrelle and Dovan Quist play the nurses Tamsin and Orla, whose rivalry "
        "drives the second season."
    )
    found = cast_pairs(nlp, text)
    assert {("Mara Estrelle", "Tamsin"), ("Dovan Quist", "Orla")} <= found
    assert ("Mara Estrelle", "Orla") not in found


def test_coordinated_roles_before_a_clause_keep_to_their_sentence(nlp):
    text = (
        "Mara Estrelle and Dovan Quist play the nurses, whose rivalry drives the season, "
        "and Tamsin and Orla are their patients."
    )
    found = cast_pairs(nlp, text)
    assert ("Mara Estrelle", "Tamsin") not in found
    assert ("Dovan Quist", "Orla") not in found


# --- "Actor's Character was killed off" -----------------------------------------------------


def test_possessive_role_killed_off(nlp):
    text = "Jessa Marlowe's Ilsa Brandt was killed off in the second season."
    assert ("Jessa Marlowe", "Ilsa Brandt") in cast_pairs(nlp, text)


def test_possessive_without_a_fate_is_no_role(nlp):
    text = "Jessa Marlowe's Ilsa Brandt arrived in the second season."
    assert ("Jessa Marlowe", "Ilsa Brandt") not in cast_pairs(nlp, text)


def test_possessive_show_killed_off_is_no_role(nlp):
    # A network owns shows, and the name before it is no person's.
    text = "Netflix's Harbor Lights was killed off after one season."
    assert not cast_pairs(nlp, text)


# --- an actor's role in another show, in a sentence about this one ---------------------------

_OTHER_SHOW = """Is There Going to Be a Harbor Lights Season 4?

Harbor Lights last aired on the network in 2021, and fans still ask about it.

Corin Vale, who plays Dr Ned Harlow, has been busy, and before the last season he had \
already played the shy bank clerk Otto Brenner in the first season of FX's Copper Mill. \
Getting him back is the main hurdle.
"""


def test_role_in_another_shows_run_is_marked(nlp):
    by_role = {m.character: m for m in cast_mentions(nlp, _OTHER_SHOW)}
    assert by_role["Otto Brenner"].other_show == "Copper Mill"
    assert by_role["Ned Harlow"].other_show != "Copper Mill"


def test_own_role_stays_with_the_article_show(extractor):
    shows = shows_of(extractor, _OTHER_SHOW)
    harbor = {(c["actor"], c["character"]) for c in shows["Harbor Lights"]["cast"]}
    mill = {(c["actor"], c["character"]) for c in shows["Copper Mill"]["cast"]}
    assert ("Corin Vale", "Ned Harlow") in harbor
    assert ("Corin Vale", "Otto Brenner") in mill
    assert ("Corin Vale", "Ned Harlow") not in mill
    assert ("Corin Vale", "Otto Brenner") not in harbor


def test_pronoun_after_a_time_clause(nlp):
    text = (
        "Corin Vale plays Ned Harlow, and after the first season he played Otto Brenner "
        "for two more years."
    )
    assert ("Corin Vale", "Otto Brenner") in cast_pairs(nlp, text)


def test_pronoun_with_two_people_before_is_ambiguous(nlp):
    text = (
        "Corin Vale met Tobin Harwick on set, and after the first season he played "
        "Otto Brenner for two more years."
    )
    assert ("Corin Vale", "Otto Brenner") not in cast_pairs(nlp, text)
    assert ("Tobin Harwick", "Otto Brenner") not in cast_pairs(nlp, text)


# --- a role in another show whose title has small words -------------------------------------


def test_other_show_title_with_small_words(nlp):
    text = (
        "Kel Aster plays Jack Griffin on the comedy. Aster remains best known as Dennis Reed "
        "on FXX's It's Sunny in Dover, a show he also helped create."
    )
    found = {(m.actor, m.character, m.other_show) for m in cast_mentions(nlp, text)}
    assert ("Kel Aster", "Dennis Reed", "It's Sunny in Dover") in found
    assert ("Kel Aster", "Jack Griffin", None) in found


def test_other_show_needs_a_network_or_a_known_title(nlp):
    text = (
        "Kel Aster plays Jack Griffin on the comedy. Aster remains best known as Dennis Reed "
        "on Sunny in Dover, a show he also helped create."
    )
    found = {(m.actor, m.character) for m in cast_mentions(nlp, text)}
    assert ("Kel Aster", "Dennis Reed") not in found


def test_possessive_relative_killed_off_is_no_role(nlp):
    text = "Tomas Vale's wife Ilsa Brandt was killed off in the second season."
    assert ("Tomas Vale", "Ilsa Brandt") not in cast_pairs(nlp, text)
