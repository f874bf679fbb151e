"""Character relations (knowsofar_relations, names rewritten by knowsofar_names)."""

from __future__ import annotations

import pytest

from knowsofar.extract import results
from knowsofar.extract.relations import find_relations


def relations(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.relation, r.object) for r in results(nlp(text))["relations"]}


def test_possessive_relation_in_a_cast_sentence(nlp):
    text = "Lily Tan stars as Mara Quill. Dev Patel plays Mara's older half-brother Owen Quill."
    assert relations(nlp, text) == {("Owen Quill", "half-brother", "Mara Quill")}


def test_relation_word_then_comma_and_name(nlp):
    text = "Lily Tan stars as Mara Quill. Rob Yang plays Mara's father, Henry Quill."
    assert relations(nlp, text) == {("Henry Quill", "father", "Mara Quill")}


def test_two_owners_share_a_coach(nlp):
    text = (
        "Lily Tan stars as Mara Quill and Ken Ito as Sam Reyes. "
        "Olga Petrova plays Sam and Mara's coach, Irina Volkova."
    )
    assert relations(nlp, text) == {
        ("Irina Volkova", "coach", "Sam Reyes"),
        ("Irina Volkova", "coach", "Mara Quill"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ava Lee plays Nora's best friend, Jess Park.", ("Jess Park", "best friend", "Nora")),
        ("Ava Lee plays Nora's stepmother Jess Park.", ("Jess Park", "stepmother", "Nora")),
        ("Jess Park, Nora's stepmother, arrives.", ("Jess Park", "stepmother", "Nora")),
        (
            "Jess Park, the estranged wife of Tom Brandt, returns.",
            ("Jess Park", "wife", "Tom Brandt"),
        ),
        ("Ava Lee plays Nora's husband, Jon Park.", ("Jon Park", "husband", "Nora")),
    ],
)
def test_relation_phrasings(sentence, expected):
    found = find_relations(sentence, (0, len(sentence)), sentence, {"Ava Lee"}, set())
    assert [(r.subject, r.relation, r.object) for r in found] == [expected]


def test_partner_through_a_relative_clause_and_a_pronoun(nlp):
    text = (
        "Lily Tan stars as Mara Quill and Ken Ito as Sam Reyes. "
        "Mara meets Sam, a gifted dancer who later became her partner for the ballroom "
        "dance championship."
    )
    assert relations(nlp, text) == {("Sam Reyes", "dance partner", "Mara Quill")}


def test_an_actor_is_never_a_relative(nlp):
    text = (
        "The comedy features Gina Ray as Sam's overprotective mother, Tom Byrne as his "
        "father, Doug, and Ana Cruz as Sam's younger sister, Casey."
    )
    assert relations(nlp, text) == {("Casey", "sister", "Sam")}


def test_no_relation_word_no_relation(nlp):
    assert relations(nlp, "Lily Tan stars as Mara Quill, and Ken Ito plays Sam Reyes.") == set()


def test_evidence_and_offsets(nlp):
    text = "Intro line here. Rob Yang plays Mara's father, Henry Quill. The end."
    [r] = results(nlp(text))["relations"]
    assert r.evidence == "Rob Yang plays Mara's father, Henry Quill."
    assert text[r.start : r.end].strip() == r.evidence
