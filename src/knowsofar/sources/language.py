"""A cheap check that a text is English, by function-word counts.

The language model is English-only; reading a French article with it gives
confident nonsense, so such documents get an error record instead.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_FUNCTION_WORDS = {
    "en": {
        "the",
        "and",
        "of",
        "to",
        "is",
        "in",
        "that",
        "it",
        "was",
        "for",
        "with",
        "as",
        "has",
        "been",
        "will",
        "on",
        "this",
        "are",
        "by",
        "its",
        "his",
        "her",
        "season",
    },
    "fr": {
        "le",
        "la",
        "les",
        "et",
        "des",
        "est",
        "une",
        "un",
        "du",
        "dans",
        "pour",
        "que",
        "qui",
        "pas",
        "sur",
        "avec",
        "été",
        "sera",
        "saison",
        "au",
        "aux",
        "ce",
        "cette",
    },
    "es": {
        "el",
        "la",
        "los",
        "las",
        "y",
        "de",
        "que",
        "en",
        "una",
        "por",
        "con",
        "para",
        "del",
        "se",
        "ha",
        "sido",
        "será",
        "temporada",
        "su",
        "al",
        "es",
    },
    "de": {
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ein",
        "eine",
        "mit",
        "für",
        "auf",
        "den",
        "dem",
        "wird",
        "wurde",
        "von",
        "zu",
        "staffel",
        "sich",
        "auch",
    },
    "it": {
        "il",
        "lo",
        "gli",
        "della",
        "che",
        "di",
        "per",
        "con",
        "una",
        "sono",
        "stagione",
        "non",
        "è",
        "nel",
        "alla",
        "anche",
        "come",
    },
    "pt": {
        "o",
        "os",
        "as",
        "de",
        "que",
        "não",
        "uma",
        "para",
        "com",
        "temporada",
        "foi",
        "será",
        "dos",
        "das",
        "pela",
        "pelo",
    },
}


def guess_language(text: str, sample_chars: int = 20000) -> str | None:
    """Return a language code (en, fr, es, de, it, pt) or None when there is too little text."""
    words = [w.casefold() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < 8:
        return None
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < max(2, len(words) // 50):
        return None
    return best


def is_english(text: str) -> bool:
    """True unless the text is clearly in another language (short texts pass)."""
    lang = guess_language(text)
    return lang in (None, "en")
