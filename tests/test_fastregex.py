import re

import pytest
import regex

from knowsofar.extract.fastregex import (
    AsciiFastPattern,
    ascii_equivalent,
    fast_pattern,
    first_character_test,
)
from knowsofar.extract.vocab import not_after_words

SAMPLES = [
    "Netflix has renewed Glass Harbor for a third season.",
    "Mrs. Doe and Dr. Roe star as Nora Vance and Eli Brandt in Lowtide.",
    "THE AXE: Static Hearts (CBS), Wildfern - canceled after 2 seasons",
    "  - Paper Crowns: the drama won't return\n\nSecond line, 2021-05-04",
    "Émile Zola’s “Germinal” returns – Brontë and Ægir star",  # not ASCII
    "",
]
PATTERNS = [
    (r"\p{Lu}[\p{L}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}]*)*", 0),
    (r"\b(?:renew(?:s|ed)?|cancel(?:led|ed)?|return\w*)\b", regex.IGNORECASE),
    (r"(?<![\w.-])(?:Mrs|Mr|Dr)\.[^\S\n]+(?P<name>\p{Lu}\p{Ll}+)", 0),
    (r"^[^\S\n]*(?:[-*•])?[^\S\n]*(?P<label>[^:\n]+):", regex.MULTILINE),
    (r"(?-i:\p{Lu})\w+|[^\p{M}\s]{3}", regex.IGNORECASE),
    (r"\d{4}-\d\d-\d\d|\s+$", 0),
]


def _spans(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_properties_become_their_ascii_members():
    assert ascii_equivalent(r"\p{Lu}[\p{L}\p{M}\d]*") == r"[A-Z][A-Za-z\d]*"
    assert ascii_equivalent(r"[^\p{Ll}\-]") == r"[^a-z\-]"
    # a mark is never ASCII: a class of marks only matches beyond ASCII
    assert re.fullmatch(ascii_equivalent(r"[\p{M}]"), "a") is None
    assert re.fullmatch(ascii_equivalent(r"[^\p{M}]"), "a")


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_same_matches_as_regex_on_any_text(source, flags):
    fast = fast_pattern(source, flags)
    assert isinstance(fast, AsciiFastPattern)
    full = regex.compile(source, flags)
    for text in SAMPLES:
        assert _spans(fast, text) == _spans(full, text)
        assert fast.findall(text) == full.findall(text)
        assert fast.split(text) == full.split(text)
        assert fast.sub("#", text) == full.sub("#", text)
        for at in range(0, len(text), 7):
            for method in ("search", "match"):
                got, want = getattr(fast, method)(text, at), getattr(full, method)(text, at)
                assert (got and (got.span(), got.groups())) == (
                    want and (want.span(), want.groups())
                )


def test_the_engine_follows_the_text():
    fast = fast_pattern(r"\p{Lu}\w+")
    assert fast.search("Glass Harbor").re is fast.ascii
    assert fast.search("Émile").group() == "Émile"  # regex: É is a capital letter


@pytest.mark.parametrize(
    "source",
    [
        r"[[:alpha:]]+",  # a POSIX class to regex, a set with a "[" to re
        r"\p{Lo}+",  # a property with no ASCII spelling here
    ],
)
def test_patterns_re_reads_differently_stay_regex(source):
    fast = fast_pattern(source)
    assert isinstance(fast, regex.Pattern)


def test_a_lookbehind_re_cannot_compile_leaves_ascii_text_to_regex():
    source = r"(?<=\b(?:a|an|the))\s\w+"  # a lookbehind of varying width
    fast = fast_pattern(source)
    assert fast.search("the cat sat").group() == " cat"
    assert fast.ascii is fast.full  # found out on first use


def test_not_after_words_is_the_single_lookbehind():
    words = ["back", "return", "coming back", "again"]
    one = regex.compile(rf"(?<!\b(?:{'|'.join(words)})),")
    split = fast_pattern(rf"{not_after_words(words)},")
    assert isinstance(split, AsciiFastPattern)  # re compiles it
    for text in ["she is back, and", "returns, as", "is coming back, too", "x again,", "a,b"]:
        assert _spans(split, text) == _spans(one, text)


def test_first_character_test():
    flags = re.ASCII
    assert first_character_test(r"\b(?:cat|dog)s?\b", flags) == "(?=(?-i:[cd]))"
    # case-blind: both cases, tested case-sensitively
    assert first_character_test(r"\b(?:cat|Dog)", flags | re.IGNORECASE) == "(?=(?-i:[CDcd]))"
    assert first_character_test(r"(?<!\w)(?:\d+|one)\s", flags) == r"(?=(?-i:[\do]))"
    # nothing to gain: a leading character re tests itself, a match that may be empty,
    # a negated class, any character
    for source in [r"cat", r"[A-Z]\w+", r"(?:cat)?", r"\b[^,]+", r"\b.at"]:
        assert first_character_test(source, flags) == ""


def test_first_character_test_changes_no_match():
    source = r"(?=\p{Lu})(?:(?:Mr|Dr)\.|\p{Lu}\p{Ll}+)(?:[^\S\n]+\p{Lu}\p{Ll}+)*"
    fast = fast_pattern(source)
    assert fast.ascii.pattern != ascii_equivalent(source)  # the test was added
    for text in SAMPLES:
        assert _spans(fast, text) == _spans(regex.compile(source), text)
