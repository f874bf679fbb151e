"""Fast paths that replace a slower reference must give its answers: mention spans found
with string searches against the compiled mention pattern, and days of a month read
without dateparser against dateparser."""

from __future__ import annotations

import datetime as dt
import itertools

import dateparser
import pytest

from knowsofar.extract.dates import _day_of_month, resolve_relative
from knowsofar.extract.titles import mention_pattern, mention_spans

TITLES = ["Glass Harbor", "The Long Tide", "The The", "S.W.A.T.", "9-1-1: Lone Star", "Élite"]
# Gaps of every width, glued words, letters and digits on either side.
GAPS = ["", " ", "  ", "   ", "    ", "     ", "-", "_", ": ", " - ", "\n", "'", "\t"]
EDGES = ["", " ", "a", "Z", "é", "É", "_", "1", "٣", "÷", "ÿ", "'s", "İ"]


def written(words: list[str], gap: str, before: str, after: str) -> str:
    return before + gap.join(words) + after


@pytest.mark.parametrize("title", TITLES)
def test_mention_spans_match_the_pattern(title):
    words = title.replace(":", "").replace(".", " ").replace("-", " ").split()
    texts = [
        written(ws, gap, before, after)
        for ws in (words, words[1:] or words)
        for gap, before, after in itertools.product(GAPS, EDGES, EDGES)
    ]
    texts.append(f"{title} and {title.upper()}, then {title}s and x{title} ({title})")
    for text in texts:
        expected = [m.span() for m in mention_pattern(title).finditer(text)]
        assert mention_spans(title, text) == expected, text


PHRASES = ["November 13", "Nov. 13", "Sept 4", "Sep. 30", "13 November", "1 January", "May 31"]
REFERENCES = [
    dt.date(2019, 12, 31),
    dt.date(2020, 1, 1),
    dt.date(2021, 11, 13),
    dt.date(2023, 5, 31),
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_day_of_month_reads_like_dateparser(phrase):
    for reference, prefer in itertools.product(REFERENCES, ("past", "future")):
        parsed = dateparser.parse(
            phrase,
            languages=["en"],
            settings={
                "RELATIVE_BASE": dt.datetime.combine(reference, dt.time()),
                "PREFER_DATES_FROM": prefer,
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
        assert _day_of_month(phrase, reference, prefer) == parsed.date().isoformat()


def test_day_of_month_leaves_other_phrases_to_dateparser():
    base = dt.date(2021, 3, 1)
    assert _day_of_month("February 29", base, "past") is None  # not in 2021: dateparser's
    assert _day_of_month("13 Nov.", base, "past") is None  # a spelling not checked
    assert _day_of_month("november 13", base, "past") is None
    assert _day_of_month("November 13", base, "current_period") is None
    # and resolve_relative still answers them
    assert resolve_relative("in November", "2021-03-01") == "2020-11"
