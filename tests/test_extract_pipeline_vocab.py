"""The shared vocabulary helpers every extraction step builds its patterns with."""

from __future__ import annotations

import regex

from knowsofar.extract.dates import find_dates
from knowsofar.extract.networks import alias_table, network_alias_pattern
from knowsofar.extract.vocab import SP, alternation, load_data, trie_alternation


def plain_alternation(words: list[str], space: str) -> str:
    """The straightforward form: every phrase, longest first."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", space) for w in ordered)


SAMPLES = [
    "HBO Max picked it up after HBO passed; Amazon Prime Video and Amazon Prime both bid.",
    "The  CW and the CW and CW-ish, Disney + and Disney+ and Disney Plus.",
    "a police procedural, a crime  drama, a comedy-drama and a dark comedy about grief",
    "nothing to see here",
    "",
]


def test_the_shared_alternation_matches_what_the_plain_one_matches():
    vocabularies = [
        list(alias_table()),
        load_data("genres.json")["genres"],
        ["ab", "abc", "abcd", "abd", "b", "a.b", "a b", "a  b"],
    ]
    for words in vocabularies:
        for space in (SP, SP + "+", r"\s+"):
            ours = regex.compile(rf"(?:{alternation(words, space)})(?!\w)", regex.IGNORECASE)
            plain = regex.compile(rf"(?:{plain_alternation(words, space)})(?!\w)", regex.IGNORECASE)
            for text in SAMPLES + [" ".join(words)]:
                assert [m.span() for m in ours.finditer(text)] == [
                    m.span() for m in plain.finditer(text)
                ]


def test_trie_alternation_lets_spaces_repeat():
    pattern = regex.compile(trie_alternation(["Prime Video", "Prime"]))
    assert pattern.match("Prime   Video").group() == "Prime   Video"
    assert pattern.match("Prime\nVideo").group() == "Prime"  # never across a line


def test_the_alias_pattern_prefers_the_longest_name():
    pattern = regex.compile(rf"(?:{network_alias_pattern()})(?![\w+])")
    assert [m.group() for m in pattern.finditer("HBO Max, HBO and Apple TV+")] == [
        "HBO Max",
        "HBO",
        "Apple TV+",
    ]


def test_strings_without_a_date_word_are_skipped_but_all_forms_are_read():
    assert find_dates("the cast returned to the set") == []
    found = find_dates("last fall, on Friday, in 2019 and on 3 March 2021", "2024-05-01")
    assert [d.value for d in found] == ["2023", "2024-04-26", "2019", "2021-03-03"]
