"""A cheap check that a text is English, by counting very common words.

The language model is English-only; reading a French article with it gives
confident nonsense, so such documents get an error record instead. The word
lists are data: ``data/function_words.json``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    raw = resources.files("knowsofar.data").joinpath("function_words.json").read_text("utf-8")
    return {lang: frozenset(words) for lang, words in json.loads(raw).items() if lang[0] != "_"}


def guess_language(text: str, sample_chars: int = 20000) -> str | None:
    """Return a language code (en, fr, es, de, it, pt) or None when there is too little text."""
    words = _WORD.findall(text[:sample_chars].casefold())
    if len(words) < 8:
        return None
    counts = Counter(words)
    scores = {
        lang: sum(counts[w] for w in vocab if w in counts)
        for lang, vocab in _function_words().items()
    }
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < max(2, len(words) // 50):
        return None
    return best


def is_english(text: str) -> bool:
    """True unless the text is clearly in another language (short texts pass)."""
    return guess_language(text) in (None, "en")
