"""Name shapes and spelling reconciliation (knowsofar.extract.names)."""

from __future__ import annotations

from knowsofar.extract.cast import CastMention
from knowsofar.extract.names import (
    NAME_RE,
    clean_actor,
    clean_character,
    full_names_in,
    leading_rank,
    reconcile_actors,
    reconcile_characters,
    resolve_misspelt,
    resolve_short,
    same_spelling_family,
)


def mention(actor: str, character: str, strength: int = 3) -> CastMention:
    return CastMention(actor, character, 0, 0, "", strength=strength)


def test_name_runs_keep_particles_nicknames_and_suffixes():
    text = (
        'Rodrigo de la Serna met Evan "Buck" Buckley, Christopher Sean Cooper Jr. and '
        "Catherine O'Hara near Grant-Nash Street."
    )
    found = [m.group() for m in NAME_RE.finditer(text)]
    assert "Rodrigo de la Serna" in found
    assert 'Evan "Buck" Buckley' in found
    assert "Christopher Sean Cooper Jr." in found
    assert "Catherine O'Hara" in found


def test_possessive_s_is_not_part_of_a_name():
    assert [m.group() for m in NAME_RE.finditer("Kat's sister")] == ["Kat"]


def test_clean_actor_drops_descriptions_and_rejects_organisations():
    assert clean_actor("Sir Patrick Stewart") == "Patrick Stewart"
    assert clean_actor("Actress Jane Doe") == "Jane Doe"
    assert clean_actor("Will Forte") == "Will Forte"
    assert clean_actor("Netflix Studios") is None
    assert clean_actor("Season Two") is None


def test_clean_character_drops_rank_only_before_a_full_name():
    assert clean_character("Det. Gordon Katsumoto") == "Gordon Katsumoto"
    assert clean_character("General Abbot") == "General Abbot"
    assert clean_character("Mr. Wilford") == "Mr. Wilford"
    assert clean_character("The Professor") == "The Professor"
    assert clean_character("Himself") is None


def test_clean_character_drops_british_police_ranks_and_offices():
    assert clean_character("DI Nora Hale") == "Nora Hale"
    assert clean_character("DCI Rhys Garland") == "Rhys Garland"
    assert clean_character("PC Tom Bright") == "Tom Bright"
    assert clean_character("Supt. Ellen Marsh") == "Ellen Marsh"
    assert clean_character("Prime Minister Helen Marr") == "Helen Marr"
    assert clean_character("Vice President Helen Marr") == "Helen Marr"
    assert clean_character("Lt. Col. Ray Dunn") == "Ray Dunn"
    # One name after the rank: the rank is how the story names the character.
    assert clean_character("DI Hale") == "DI Hale"
    assert clean_character("Prime Minister Marr") == "Prime Minister Marr"


def test_leading_rank_counts_the_words_of_the_longest_rank():
    assert leading_rank(["Prime", "Minister", "Helen", "Marr"]) == 2
    assert leading_rank(["DS", "Owen", "Hale"]) == 1
    assert leading_rank(["Helen", "Marr"]) == 0


def test_spelling_family_needs_close_long_enough_names():
    assert same_spelling_family("Justine", "Justin")
    assert same_spelling_family("Scodelari", "Scodelario")
    assert not same_spelling_family("Dan", "Dean")
    assert not same_spelling_family("Justin", "Dustin Hoffman")
    assert not same_spelling_family("Michael", "Michelle")


def test_resolve_short_needs_exactly_one_full_name():
    names = ["Ben Feldman", "Dan Levy", "Eugene Levy"]
    assert resolve_short("Feldman", names) == "Ben Feldman"
    assert resolve_short("Levy", names) is None
    assert resolve_short("Smith", names) is None


def test_resolve_misspelt_needs_one_close_surname_and_no_exact_one():
    names = ["Talia Brennan", "Oona Reid"]
    assert resolve_misspelt("Brenan", names) == "Talia Brennan"
    assert resolve_misspelt("Brennan", names) is None  # exact: resolve_short's job
    assert resolve_misspelt("Brenan", [*names, "Marco Brenand"]) is None  # two are as close
    assert resolve_misspelt("Brenan", [*names, "Sam Brenan"]) is None  # someone is Brenan
    assert resolve_misspelt("Reed", names) is None  # short names need an exact match


def test_misspelt_surname_actor_takes_the_full_name_and_is_reported():
    found = [mention("Brenan", "Oona Reid", 3), mention("Talia Brennan", "Oona Reid", 2)]
    conflicts = reconcile_actors(found, "", ["Talia Brennan", "Oona Reid"])
    assert {m.actor for m in found} == {"Talia Brennan"}
    [c] = conflicts
    assert (c.field, c.seen, c.chosen) == ("actor", ["Brenan", "Talia Brennan"], "Talia Brennan")
    assert "Brenan" in c.why


def test_misspelt_surname_never_resolves_to_a_character():
    # "Brenan" is close to the character Oona Brennan, who is no actor.
    found = [mention("Brenan", "Ada Quell", 2), mention("Mira Sato", "Oona Brennan", 3)]
    reconcile_actors(found, "", ["Oona Brennan", "Mira Sato"])
    assert [(m.actor, m.character) for m in found] == [("Mira Sato", "Oona Brennan")]


def test_full_names_in_text():
    found = full_names_in("The show stars Ben Feldman and Mark McKinney. Also on Netflix.")
    assert "Ben Feldman" in found and "Mark McKinney" in found
    assert not any("Netflix" in f for f in found)


def test_actor_spellings_merge_to_the_plain_statement():
    found = [mention("Kaya Scodelari", "Kat Baker", 2), mention("Kaya Scodelario", "Kat Baker", 3)]
    text = "Kaya Scodelari. Kaya Scodelari. Kaya Scodelario."
    conflicts = reconcile_actors(found, text, [])
    assert {m.actor for m in found} == {"Kaya Scodelario"}
    assert [(c.field, c.seen, c.chosen) for c in conflicts] == [
        ("actor", ["Kaya Scodelari", "Kaya Scodelario"], "Kaya Scodelario")
    ]
    assert "Kaya Scodelario" in conflicts[0].why


def test_equal_support_takes_the_most_used_spelling():
    found = [mention("Jon Hamn", "Don Draper"), mention("Jon Hamm", "Don Draper")]
    conflicts = reconcile_actors(found, "Jon Hamm said. Jon Hamm left. Jon Hamn.", [])
    assert {m.actor for m in found} == {"Jon Hamm"}
    assert conflicts[0].chosen == "Jon Hamm"


def test_two_actors_sharing_a_surname_do_not_merge():
    found = [mention("Dan Levy", "David Rose"), mention("Eugene Levy", "Johnny Rose")]
    assert reconcile_actors(found, "", []) == []
    assert {m.actor for m in found} == {"Dan Levy", "Eugene Levy"}


def test_surname_actor_resolves_or_is_dropped():
    found = [mention("Feldman", "Jonah", 2), mention("Levy", "David", 2)]
    reconcile_actors(found, "", ["Ben Feldman", "Dan Levy", "Eugene Levy"])
    assert [(m.actor, m.character) for m in found] == [("Ben Feldman", "Jonah")]


def test_short_character_takes_the_full_form_of_the_same_actor():
    found = [mention("Evan Roderick", "Justin", 2), mention("Evan Roderick", "Justin Davis")]
    reconcile_characters(found, [], "", [])
    assert {m.character for m in found} == {"Justin Davis"}


def test_characters_sharing_a_surname_stay_apart():
    found = [mention("A B", "James Davis"), mention("C D", "Mandy Davis")]
    conflicts, _ = reconcile_characters(found, [], "James Davis and Mandy Davis.", [])
    assert conflicts == []
    assert {m.character for m in found} == {"James Davis", "Mandy Davis"}


def test_misspelt_character_in_the_text_is_reported_once():
    found = [mention("Evan Roderick", "Justin Davis")]
    text = "Justine skates. Justine falls. Justin Davis wins."
    conflicts, mapping = reconcile_characters(found, [], text, [])
    assert [(c.field, c.seen, c.chosen) for c in conflicts] == [
        ("character", ["Justine", "Justin"], "Justin")
    ]
    assert mapping["Justine"] == "Justin Davis"
    assert mapping["Justin"] == "Justin Davis"


def test_first_name_character_expands_only_to_a_unique_non_actor_full_name():
    found = [mention("Keri Russell", "Kat")]
    reconcile_characters(found, [], "", ["Kat Baker", "Keri Russell"])
    assert found[0].character == "Kat Baker"
    ambiguous = [mention("Keri Russell", "Kat")]
    reconcile_characters(ambiguous, [], "", ["Kat Baker", "Kat Jones"])
    assert ambiguous[0].character == "Kat"


def test_first_name_character_does_not_become_a_quoted_creator():
    found = [mention("Keri Russell", "Ben")]
    text = "Creator Ben Affleck said the show will end. Ben (Keri Russell) is back."
    reconcile_characters(found, [], text, ["Ben Affleck", "Keri Russell"])
    assert found[0].character == "Ben"


def test_a_single_look_alike_word_must_read_as_a_person():
    found = [mention("Pedro Alonso", "Berlín")]
    text = "Berlín plans the heist. They fly to Berlin."
    conflicts, _ = reconcile_characters(found, [], text, [], person_words=lambda: set())
    assert conflicts == []
    conflicts, _ = reconcile_characters(found, [], text, [], person_words=lambda: {"Berlin"})
    assert [c.seen for c in conflicts] == [["Berlin", "Berlín"]]


def test_dropped_letter_spelling_loses_even_in_the_plainer_statement():
    found = [
        mention("Patricia Arquete", "Harmony Cobel", 3),
        mention("Patricia Arquette", "Cobel", 1),
    ]
    [conflict] = reconcile_actors(found, "Patricia Arquete. Patricia Arquette.", [])
    assert conflict.chosen == "Patricia Arquette"
    assert "drops a letter" in conflict.why


def test_a_title_guess_does_not_drop_the_actor_of_a_plain_statement(extractor):
    """Titles are guessed from emphasis and sentence starts; a person in "X returns as Y"
    stays an actor even if the guess calls them a show, while weaker readings go."""
    from types import SimpleNamespace

    from knowsofar.extract import results
    from knowsofar.extract.names import names_component

    nlp = extractor.nlp
    with nlp.select_pipes(disable=["knowsofar_names"]):
        doc = nlp("JB Blanc is back as Vander. The Big Show (Lia Park) aired in May.")
    found = results(doc)
    found["titles"] = SimpleNamespace(shows=["JB Blanc", "The Big Show"])
    found["cast"] = [
        mention("JB Blanc", "Vander"),
        mention("The Big Show", "Lia Park", strength=1),
    ]
    names_component(doc)
    assert {(m.actor, m.character) for m in found["cast"]} == {("JB Blanc", "Vander")}


def test_a_spelling_outside_the_cast_statements_is_reported_and_merged():
    # The cast says "Tom Rudle"; the article also names "Tom Ruddle" once, in passing.
    found = [mention("Tom Rudle", "Dex Vance")]
    text = "Tom Rudle plays Dex Vance. Critics praised Tom Ruddle."
    conflicts = reconcile_actors(found, text, ["Tom Rudle", "Tom Ruddle"])
    assert found[0].actor == "Tom Ruddle"  # the other spelling drops a letter
    assert [(c.seen, c.chosen) for c in conflicts] == [(["Tom Ruddle", "Tom Rudle"], "Tom Ruddle")]


def test_a_character_spelt_like_an_actor_is_not_merged_into_the_actor():
    found = [mention("Dora Vence", "Dora Vance")]
    conflicts = reconcile_actors(
        found, "Dora Vence plays Dora Vance.", ["Dora Vence", "Dora Vance"]
    )
    assert found[0].actor == "Dora Vence"
    assert conflicts == []


def test_known_only_as_keeps_the_single_name():
    found = [mention("Ana Sol", "Fox"), mention("Ida Finch", "Fox Morrow")]
    found[0].sole_name = True
    reconcile_characters(found, [], "", ["Fox Morrow", "Ana Sol", "Ida Finch"])
    assert [m.character for m in found] == ["Fox", "Fox Morrow"]
    plain = [mention("Ana Sol", "Fox")]
    reconcile_characters(plain, [], "", ["Fox Morrow", "Ana Sol"])
    assert plain[0].character == "Fox Morrow"


def test_clean_character_drops_common_offices_before_a_full_name():
    assert clean_character("Texas Ranger Cole Brandt") == "Cole Brandt"
    assert clean_character("Foreign Secretary Helen Marr") == "Helen Marr"
    assert clean_character("Secretary of State Helen Marr") == "Helen Marr"
    assert clean_character("Special Agent Dale Finch") == "Dale Finch"
    assert clean_character("Ranger Brandt") == "Ranger Brandt"
    # Royal titles are part of the name, and a first name is no office.
    assert clean_character("King Louis XV") == "King Louis XV"
    assert leading_rank(["Justice", "Smith"]) == 0


def test_designations_with_digits_are_one_name_word():
    found = [m.group() for m in NAME_RE.finditer("then K-2SO, R2-D2 and Agent B-15 arrive.")]
    assert found == ["K-2SO", "R2-D2", "Agent B-15"]


def test_word_counts_are_whole_words_and_count_short_forms_inside_long_ones():
    from knowsofar.extract.names import _count_words

    text = "Ann Lee met Ann. Annabel and Ann Leeds came; Ann Lee left."
    assert _count_words(text, {"Ann Lee", "Ann", "Lee"}) == {"Ann Lee": 2, "Ann": 4, "Lee": 2}


def test_a_stage_name_stays_unless_someone_has_it_in_a_full_name():
    stage = CastMention("Quincey", "Jonah Abel", 0, 0, "", mononym=True)
    plain = CastMention("Brady", "Dez Fallon", 0, 0, "")
    kept = [stage, plain]
    reconcile_actors(kept, "Quincey plays Jonah Abel. Brady plays Dez Fallon.", ())
    assert [m.actor for m in kept] == ["Quincey"]  # a bare surname with no full name goes
    # the article's "Quincey Jones" makes "Quincey" a first name, not a stage name
    first_name = [CastMention("Quincey", "Jonah Abel", 0, 0, "", mononym=True)]
    reconcile_actors(
        first_name, "Quincey Jones directs. Quincey plays Jonah Abel.", ("Quincey Jones",)
    )
    assert first_name == []


def test_a_surname_alone_takes_the_one_full_name_the_article_gives_it():
    text = "The bid comes from the magnate Oskar Lindqvist. Henrik Dahl is once again Lindqvist."
    m = mention("Henrik Dahl", "Lindqvist")
    m.evidence = "Henrik Dahl is once again Lindqvist."
    reconcile_characters([m], [], text, full_names_in(text))
    assert m.character == "Oskar Lindqvist"


def test_a_surname_shared_by_an_actor_is_not_expanded():
    text = "Ida Lindqvist stars as Kate. Henrik Dahl plays Lindqvist, and Oskar Lindqvist wrote it."
    m = mention("Henrik Dahl", "Lindqvist")
    other = mention("Ida Lindqvist", "Kate")
    reconcile_characters([m, other], [], text, full_names_in(text))
    assert m.character == "Lindqvist"
