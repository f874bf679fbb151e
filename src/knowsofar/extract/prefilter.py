"""The cheap relevance pre-filter: is this page about a TV show's seasons, fate or cast?

It runs before the language model on every page (and on every record of a
crawl), so it is a few regular-expression passes over lower-cased text, with
its words in ``data/prefilter.json``. A page is kept when it shows

- the medium: at least ``MIN_MEDIUM`` different television words (series,
  episodes, showrunner, a network or streamer...), and
- the news: a show's fate (renewed, canceled, picked up, final season...), or a
  season mention ("season 2", "third season") with a casting or production word,
  or at least ``MIN_TOPIC_WITHOUT_SEASON`` different such words.

Sports pages have seasons and renewals but no television words; film reviews
have casts and streamers but no seasons; product pages have neither. The rule
is tuned to keep every gold and demo article (tests/test_prefilter.py reads
them) and to drop at least 95% of tests/data/unrelated/.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from knowsofar.claims import Document

MIN_MEDIUM = 2
MIN_TOPIC_WITHOUT_SEASON = 3


@dataclass(slots=True)
class Relevance:
    relevant: bool
    medium: frozenset[str]  # the television words found
    topic: frozenset[str]  # the fate, casting and production words found
    season: bool  # mentions a season ("season 2", "third season"...)

    @property
    def reason(self) -> str:
        if self.relevant:
            return "about a TV show's seasons, fate or cast"
        if len(self.medium) < MIN_MEDIUM:
            return "not about television"
        return "about television, but not seasons, renewals, cancellations or casts"


# Punctuation splits words, except the marks inside vocabulary words (disney+, spin-off).
_SEPARATORS = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) in "+-"))
_TO_SPACE = bytes.maketrans(_SEPARATORS, b" " * len(_SEPARATORS))


@dataclass(frozen=True)
class _Vocabulary:
    medium_words: frozenset[bytes]
    medium_phrases: tuple[bytes, ...]  # several words, or marks inside: found by substring
    fate_words: frozenset[bytes]
    fate_phrases: tuple[bytes, ...]
    topic_words: frozenset[bytes]
    topic_phrases: tuple[bytes, ...]
    season: re.Pattern[bytes]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = json.loads(resources.files("knowsofar.data").joinpath("prefilter.json").read_text())

    def split(items: list[str]) -> tuple[frozenset[bytes], tuple[bytes, ...]]:
        words, phrases = set(), set()
        for item in items:
            b = item.lower().encode()
            (words if b.translate(_TO_SPACE) == b and b" " not in b else phrases).add(b)
        return frozenset(words), tuple(sorted(phrases))

    medium_words, medium_phrases = split(data["medium"])
    fate_words, fate_phrases = split(data["fate"])
    topic_words, topic_phrases = split(data["topic"])
    season = re.compile(rb"\b(?:" + b"|".join(s.encode() for s in data["season"]) + rb")")
    return _Vocabulary(
        medium_words, medium_phrases, fate_words, fate_phrases, topic_words, topic_phrases, season
    )


def _found(
    words: frozenset[bytes],
    phrases: tuple[bytes, ...],
    tokens: list[bytes],
    low: bytes,
    enough: int,
) -> frozenset[bytes]:
    hits = words.intersection(tokens)
    if phrases and len(hits) < enough:  # phrases cost a scan each: only when undecided
        hits = hits.union(p for p in phrases if p in low)
    return hits


def relevance(text: str | bytes, title: str | None = None) -> Relevance:
    """How the pre-filter reads a text or raw HTML bytes (title counted with it)."""
    medium, topic, season, relevant = _scan(_bytes(text, title))
    return Relevance(relevant, _names(medium), _names(topic), season)


def is_relevant(item: Document | str | bytes) -> bool:
    """True for a page worth the language model's time."""
    if isinstance(item, Document):
        return _scan(_bytes(item.text, item.title))[3]
    return _scan(_bytes(item, None))[3]


def _bytes(text: str | bytes, title: str | None) -> bytes:
    data = text.encode("utf-8", "ignore") if isinstance(text, str) else text
    if title:
        data = title.encode("utf-8", "ignore") + b"\n" + data
    return data


def _scan(data: bytes) -> tuple[frozenset[bytes], frozenset[bytes], bool, bool]:
    """(medium words, topic words, mentions a season, relevant).

    Works on bytes: one ASCII lower-casing, one translate and one split, then
    set look-ups; the season patterns are checked only around the word "season",
    and only on pages that pass the rest.
    """
    v = _vocabulary()
    low = data.lower()
    tokens = low.translate(_TO_SPACE).split()
    medium = _found(v.medium_words, v.medium_phrases, tokens, low, MIN_MEDIUM)
    if len(medium) < MIN_MEDIUM:
        return medium, frozenset(), False, False
    fate = _found(v.fate_words, v.fate_phrases, tokens, low, 1)
    topic = fate | _found(v.topic_words, v.topic_phrases, tokens, low, MIN_TOPIC_WITHOUT_SEASON)
    season = bool(topic) and _mentions_season(low, v.season)
    relevant = bool(fate) or (bool(topic) and season) or len(topic) >= MIN_TOPIC_WITHOUT_SEASON
    return medium, topic, season, relevant


def _mentions_season(low: bytes, pattern: re.Pattern[bytes]) -> bool:
    # Every season pattern contains "season": try them only where that word is.
    at = low.find(b"season")
    while at >= 0:
        if pattern.search(low, max(0, at - 16), at + 24):
            return True
        at = low.find(b"season", at + 6)
    return False


def _names(found: frozenset[bytes]) -> frozenset[str]:
    return frozenset(b.decode() for b in found)
