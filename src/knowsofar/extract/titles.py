"""Show titles: which capitalised spans the article treats as TV shows.

A span is a show when the article says so: it is quoted or set in italics,
stands next to "season"/"series" ("Harbor Lights Season 2", "the third season
of Mill Pond"), is owned by a network ("Netflix's Salt Road", "Peacock crime
drama Glass Harbor"), is the object of a renewal or cancellation ("NBC has
cancelled Quiet Hours", lists included), or the subject of one ("The Edge of
the Marsh got renewed"). Each kind of evidence has a weight; a span needs
enough of it. Heading spans in Title Case are trimmed to the part the body
also uses ("Everything We Know About The Long Tide Season 6" -> "The Long Tide").

The ``knowsofar_titles`` component stores a :class:`TitleResult` under
``results(doc)["titles"]``: the shows (main show first), every mention with
its character span, and for each sentence the show it is about (its topic).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import regex
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.extract import NAME_ABBREVIATIONS, entities, results, sentence_spans, text_of
from knowsofar.extract.dates import MONTH
from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.names import known_performers, leading_rank
from knowsofar.extract.networks import (
    DATE_TAIL,
    alias_table,
    canonical_network,
    field_labels,
    needs_context,
    network_alias_pattern,
    network_names_folded,
)
from knowsofar.extract.seasons import ORD, ROMAN_NUMERAL
from knowsofar.extract.vocab import SP, alternation, load_data

# "Book" only before a number: "Book Two" is a part, "The Book of Boba Fett" a title.
SEASON_WORDS = (
    r"(?:Season|Seasons|Series|Part|Volume|Vol|Episode|Episodes|Chapter|Finale|"
    # ("Power Book II: Ghost": a book with a subtitle is the title's; not "Kaamelott Book
    # VI: everything we know", a headline's part)
    r"Book(?=[^\S\n]+(?:\d+|One|Two|Three|Four|Five|Six|[IVX]+)\b(?!:[^\S\n]*\p{Lu})))"
)
# ("A Series of Unfortunate Events": a season word before "of" and a name is the title's,
# and so is a subtitle's "The Series": "High School Musical: The Musical: The Series",
# "Clerks: The Animated Series")
# ... and so is a plural "Seasons" that running text goes on after in lower case: "The
# Four Seasons is back", "The Four Seasons season 2" (a season count is "Seasons 1-4").
NOT_SEASON_WORD = (
    r"(?!(?!Seasons[^\S\n]+(?!(?:and|or|to|through|in|of)\b)\p{Ll})"
    # ("Clerks: The Animated Series", "Spider-Man: The New Animated Series" too)
    rf"(?<!:[^\S\n]The[^\S\n])(?<![^\S\n]Animated[^\S\n])"
    rf"{SEASON_WORDS}\b(?![^\S\n]+of[^\S\n]+\p{{Lu}}))"
)
# Right after "St", "Mt", "Ft", "Mr", "Mrs", "Ms" or "Dr" as a word of its own (one
# lookbehind per length: see fastregex.py)
# ... and after a middle initial ("The Michael J. Fox Show")
ABBREVIATION_BEFORE = (
    # ("Dept. Q": a department's)
    r"(?:(?<=(?<![\w.])(?:St|Mt|Ft|Mr|Ms|Dr))|(?<=(?<![\w.])Mrs)|(?<=(?<![\w.])Dept)"
    r"|(?<=\p{Ll}[^\S\n]\p{Lu}))"
)
CAPW = (
    # ("That '70s Show": a decade's elided year)
    rf"{NOT_SEASON_WORD}(?!\d{{4}}-\d|\d{{4}}{SP}+\p{{Lu}})(?:\p{{Lu}}|\d|['’](?=\d0s\b))[\p{{L}}\p{{M}}\d]*"
    # "F**k" in a censored title: asterisks between letters are part of the word
    # ("Giri/Haji": a slash between two capitalised words joins them)
    # ("Rap Sh!t": so is a "!" between letters)
    r"(?:(?:[-.&+]|(?<=\p{L})[*!]+(?=\p{L})|(?<=\p{L})/(?=\p{Lu}))[\p{L}\p{M}\d]+|['’](?!s\b)[\p{L}\p{M}\d]+|"
    r"['’]s(?=[^\S\n]+\p{Lu}))*"
    rf"(?:(?<=\.\p{{Lu}})\.|{ABBREVIATION_BEFORE}\.(?=[^\S\n]+(?:\p{{Lu}}|&))"
    # "Inside No. 9": "No." before a number
    rf"|(?<=(?<![\w.])No)\.(?=[^\S\n]+\d))?"
    # "Workin' Moms": a dropped g's apostrophe before the next capital word
    r"(?:(?<=\p{Ll}in)['’](?=[^\S\n]+\p{Lu}))?"
)
# After a lower-case connector ("Born Under the Quiet Sky") the next word is a capital one.
CAPW_UPPER = (
    rf"{NOT_SEASON_WORD}\p{{Lu}}[\p{{L}}\p{{M}}\d]*"
    r"(?:[-.&+][\p{L}\p{M}\d]+|['’](?!s\b)[\p{L}\p{M}\d]+|['’]s(?=[^\S\n]+\p{Lu}))*"
    # "Agents of S.H.I.E.L.D.": an initialism's last full stop
    rf"(?:(?<=\.\p{{Lu}})\.|{ABBREVIATION_BEFORE}\.(?=[^\S\n]+\p{{Lu}}))?"
)
CONN = (
    r"(?:of|the|and|n|in|on|to|a|an|for|vs\.?|v\.|at|with|or|from|de|del|la|le|&|\+|by|von|van|"
    r"der|du|des|till|til)"
)
# A line that is nothing but a title may join its words with ones running text would
# not ("Queer as Folk" as a roundup's heading; "Jane Doe as Mary" in a sentence).
# (the words only a heading line joins names by)
HEADING_ONLY_CONN = r"as|is|it|but|not|so|up|out"
HEADING_CONN = CONN[:-1] + rf"|{HEADING_ONLY_CONN})"


def _span_pattern(conn: str) -> str:
    """Title-case words joined by lower-case connectors; a subtitle after a colon
    ("Harbor Lights: Night Shift"), but not a sentence that starts with a network ("the
    residents of New Ham: Netflix has renewed ..."); a network's name that ends the line
    is a subtitle ("Star Trek: Discovery" as a heading)."""
    # ("This Is England '90": a year written short ends a name)
    nxt = rf"(?:{SP}+{CAPW}|{SP}+(?:{conn}{SP}+){{1,2}}{CAPW_UPPER}|{SP}+['’]\d\d(?![\w'’]))"
    return (
        rf"(?<![\w.-])(?<!\w['’]){CAPW}{nxt}{{0,7}}"
        # ("High School Musical: The Musical: The Series": two subtitles)
        rf"(?::{SP}+(?!(?:{network_alias_pattern()})\b(?!{SP}*(?:\n|$))){CAPW_UPPER}{nxt}{{0,5}}){{0,2}}"
    )


SPAN_RE = fast_pattern(_span_pattern(CONN))
# "iZombie", "iCarly": a one-word name opened by a lower-case letter before a capital
# (a separate, plain pattern: SPAN_RE stays quick to skip lower-case words).
# ("seaQuest DSV": a few lower-case letters, and an initialism after it)
LOWER_INITIAL_RE = re.compile(
    r"(?<![\w.'’-])[a-z]{1,3}[A-Z][a-z]\w*(?![\w'’-])(?:[^\S\n]+[A-Z]{2,5}\b(?![\w'’-]))?"
)
OPEN_QUOTES = "‘“\"'«"
SEASON_TALK = fast_pattern(r"\b(?:season|seasons|series)\b", regex.IGNORECASE)
# "a doctor at an HMO": no title right after an indefinite article
INDEFINITE_BEFORE = fast_pattern(r"(?:^|[^\w])(?:a|an|An)[^\S\n]+$")
# "September 2012", "April 25, 2011", "May 1" (a day without its year, as a dateline or
# a premiere gives it)
DATE_SPAN = fast_pattern(
    rf"{MONTH}(?:[^\S\n]+\d{{1,2}},?)?[^\S\n]+(?:19|20)\d\d"
    rf"|{MONTH}[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?"
)
YEAR_SPAN = fast_pattern(r"(?:19|20)\d\d")
YEAR_TITLE = fast_pattern(
    r"\b((?:19|20)\d\d)(?:['’]s)?[^\S\n]+(?:[Ss]eason|(?:first|second|third|final)[^\S\n]+season)"
)
TRAILING_CONNECTOR = fast_pattern(
    r"(?<=[\w'’!?)])[^\S\n]+(?:With|For|Of|At|To|And|The|In|On|From|By|A|An)$"
)
_CAPITAL_AFTER = fast_pattern(r"[^\S\n]+\p{Lu}")


def _body_name_ends(text: str, t: str) -> int:
    """ "Already Said Yes to More Angie Tribeca": where the name of two words or more that
    ends a headline's span, and that the body writes too, starts (0: none). Only after
    a word in lower case: a title-case name has none of its own but "to" or "of"."""
    words = t.split(" ")
    at = 0
    for i, word in enumerate(words[:-2]):
        at += len(word) + 1
        nxt = words[i + 1]
        if ":" in word or "," in word or word in ("and", "or", "&"):
            # ("Clears the Decks: Trophy Wife", "Copper Kettle and The Tin Men": a list's
            # or a colon's other side is a name too)
            return 0
        if (
            nxt[:1].isupper()
            and any(x[:1].islower() for x in words[: i + 1])
            and word not in ("the", "a", "an")  # (not "Karate Kid" of "the Karate Kid")
            and text.count(" ".join(words[i + 1 :])) >= 2
        ):
            return at
    return 0


# "hosted most recently by Loni Love, Jeannie Mai and": a credit's names, up to the span
_CREDITED_BEFORE = fast_pattern(
    r"\b(?:hosted|created|produced|written|directed|presented|fronted|narrated)[^\S\n]+"
    r"(?:[\p{Ll}]+[^\S\n]+){0,2}by[^\S\n]+"
    r"(?:\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*)*(?:,[^\S\n]+|[^\S\n]+and[^\S\n]+|,[^\S\n]+and[^\S\n]+))*$"
)


# "Her earlier comedy, ", "his previous series ": a maker's other show, just before it
_MAKERS_OTHER_SHOW_BEFORE = fast_pattern(
    r"(?:\b(?:[Hh]er|[Hh]is|[Tt]heir)[^\S\n]+(?:other[^\S\n]+|last[^\S\n]+)?"
    # ("Goyer's previous network drama, FlashForward,"; not "Fox's other freshman drama,
    # Ridgeback,": a network's other show is news of its own)
    r"|\p{Lu}\p{Ll}+['’]s[^\S\n]+)(?:earlier|previous|former|first|breakout)"
    r"[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:comedy|series|show|drama|sitcom|thriller|hit)"
    r",?[^\S\n]+[“\"‘']?$"
)
# "Armstrong's novels", "Gaiman's book": an author's work, named after the author
_WRITINGS_AFTER = fast_pattern(
    r"['’]s[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:novels?|books?|stories|memoirs?|comics?|"
    r"graphic[^\S\n]+novels?|writings?|short[^\S\n]+stories)\b"
)


def _particle_end(text: str, t: str, e: int, tail: str) -> bool:
    """ "Roger & Val Have Just Got In", "The Night Of", "As Time Goes By": a particle ending
    a name the article writes whole twice, not a title-case headline's connector before
    more of it ("Close the Case With Season 7")."""
    return (
        tail.strip() in ("In", "On", "Up", "Of", "By")
        and not _CAPITAL_AFTER.match(text, e)
        and text.count(t) >= 2
    )


SHOW_TALK_IN_PARAGRAPH = fast_pattern(
    r"\b(?:season|seasons|series|show|sitcom|comedy|drama|thriller|spinoff|remake|reboot|"
    r"revival|procedural|episodes?)\b",
    regex.IGNORECASE,
)
SENTENCE_BREAK = fast_pattern(r"[.!?][^\S\n]+")
# A paragraph that opens on a name and a verb is about that name ("Black Lightning, in
# contrast, is just getting going."), a show if the paragraph speaks of seasons.
PARAGRAPH_SUBJECT_AFTER = fast_pattern(
    r"(?:,[^,\n]{1,40},)?[^\S\n]+(?:will|is|was|has|had|returns|gets|got|heads|wraps|ends|"
    r"comes|remains|stays|bows|signs|can|could|may|might)\b"
)
# "Mr. Mayor, with Ted Danson as the mayor": a show described by its star and role.
WITH_STAR_AS = (
    rf"with{SP}+(?-i:\p{{Lu}}[\p{{L}}'’.-]*)(?:{SP}+(?-i:\p{{Lu}}[\p{{L}}'’.-]*)){{1,2}}{SP}+as{SP}"
)
CLOSE_QUOTES = "’”\"'»"
NUMWORDS = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    # "Red Dwarf Series III": a British series by its Roman numeral
    rf"|(?-i:{ROMAN_NUMERAL})(?![\w-]))"
)


@cache
def rx(pattern: str, flags: int = 0) -> Any:
    """A compiled pattern, compiled once (the regex module's own cache is slow to consult)."""
    return fast_pattern(pattern, flags)


@lru_cache(maxsize=1024)
def text_rx(pattern: str, flags: int = 0) -> Any:
    """A pattern built from an article's own words, in a bounded cache: :func:`rx` keeps
    every pattern for good, which would grow with every article a long run reads. (Kept
    out of the regex module's own cache too: articles' patterns would crowd out the
    constant ones that code passes to ``regex.search`` and the like, each then compiled
    again.)"""
    return regex.compile(pattern, flags, cache_pattern=False)


# What may not stand right before or after a name looked for as a whole word.
_WORD_OR_DASH = fast_pattern(r"[\w-]")
_WORD_DASH_OR_APOSTROPHE = fast_pattern(r"[\w'’-]")
_WORD_DASH_OR_COLON = fast_pattern(rf"[\w-]|{SP}*:")
_NAME_GOES_ON = fast_pattern(r"[\w-]|['’](?!s\b)")  # (not a possessive's "'s")


def _literal_at(haystack: str, literal: str, before: Any, after: Any) -> bool:
    """Whether ``literal`` stands in ``haystack`` with no match of ``before`` (one
    character) right before it and none of ``after`` right after it: the same answer as
    ``text_rx(rf"(?<!{before}){regex.escape(literal)}(?!{after})").search(haystack)``,
    with no pattern compiled for each article's words."""
    n = len(literal)
    i = haystack.find(literal)
    while i >= 0:
        if not (i and before.match(haystack, i - 1)) and not after.match(haystack, i + n):
            return True
        i = haystack.find(literal, i + 1)
    return False


def _quoted_in(text: str, words: str) -> bool:
    """Whether ``words`` stand in quotes somewhere in ``text`` (the answer of
    ``[{OPEN_QUOTES}]{regex.escape(words)}[{CLOSE_QUOTES}]`` searched in it)."""
    n = len(words)
    i = text.find(words, 1)
    while i >= 0:
        j = i + n
        if j < len(text) and text[i - 1] in OPEN_QUOTES and text[j] in CLOSE_QUOTES:
            return True
        i = text.find(words, i + 1)
    return False


@cache
def vocabulary() -> dict[str, Any]:
    return load_data("titles.json")


@cache
def _honorifics() -> frozenset[str]:
    """names_words.json's honorifics without their full stops ("Mr", "Dr", "Dame")."""
    return frozenset(h.rstrip(".") for h in load_data("names_words.json")["honorifics"])


@cache
def status_labels() -> list[str]:
    """A roundup's verdict words ("CANCELED", "gone", "on the bubble"), as a section line
    writes them: status_phrases.json heading_verdicts, the one list status.py reads too."""
    verdicts = load_data("status_phrases.json")["heading_verdicts"]
    return [w for words in verdicts.values() for w in words]


@cache
def verdict_sentence() -> str:
    """A section's first sentence that is its verdict alone, maybe with the season:
    "Canceled.", "Renewed for a second season.", "Handed a third season." (groups: label
    and aside, the words that may number the season, or grant and given)."""
    grants = _alt(load_data("status_phrases.json")["season_grants"])
    return (
        # ("Picked up again, for a fourth season.")
        rf"(?i:(?P<label>{_alt(status_labels())})(?:{SP}+(?:again|once{SP}+more))?,?"
        rf"(?P<aside>{SP}+(?:for|after|through|with)\b"
        rf"[^.!?:;\n]{{1,40}}?)?|(?P<grant>{grants})(?P<given>{SP}+(?:a|an|another|its)\b"
        rf"[^.!?:;\n]{{1,30}}?\bseason)){SP}*[*_]*(?:[.!]|$)"
    )


@cache
def verdict_words() -> frozenset[str]:
    """The verdict labels, case-folded ("canceled", "on the bubble")."""
    return frozenset(w.casefold() for w in status_labels())


@cache
def _verdict_label_before() -> Any:
    """A verdict's label opening the line up to here: "Also gone: ", "**Renewed**: "."""
    return fast_pattern(
        rf"(?:^|\n)[^\S\n]*[-*•_]*[^\S\n]*(?i:(?:also{SP}+)?(?:{_alt(status_labels())}))"
        rf"[*_]*{SP}*:[*_]*{SP}*$"
    )


@cache
def section_labels() -> list[str]:
    """What opens a roundup section's verdict or field line ("Verdict:", "Network:")."""
    return vocabulary()["verdict_labels"] + field_labels() + vocabulary()["fact_labels"]


@cache
def section_label_words() -> frozenset[str]:
    """The section labels, case-folded ("verdict", "network", "notes")."""
    return frozenset(w.casefold() for w in section_labels())


@cache
def fact_label_words() -> frozenset[str]:
    """The labels of a section's fact lines, case-folded ("notes", "created by")."""
    return frozenset(w.casefold() for w in vocabulary()["fact_labels"])


@lru_cache(maxsize=65536)
def norm_title(title: str) -> str:
    """The comparison key of a title: NFKC, case-folded, no punctuation, no leading "the"."""
    s = unicodedata.normalize("NFKC", title).casefold()
    s = rx(r"[^\w\s]").sub(" ", s)
    s = rx(r"\s+").sub(" ", s).strip()
    return rx(r"^the ").sub("", s)


def _alt(words: list[str]) -> str:
    return alternation(words, SP + "+")


@dataclass
class _Patterns:
    pronoun_titles: frozenset[str]
    same_show_heads: frozenset[str]
    show_verbs: frozenset[str]
    season_after: Any
    poss_after: Any
    of_before: Any
    net_poss_before: Any
    net_genre_before: Any
    genre_before: Any
    verb_before: Any
    verb_after: Any
    plot_after: Any
    about_before: Any
    noun_after: Any
    status_label_after: Any
    label_sentence_after: Any
    airs_after: Any
    question_after: Any
    green_light_after: Any
    move_after: Any
    for_season_after: Any
    net_verb_before: Any
    list_gap: Any
    glued: Any
    actor_after: Any
    maker_after: Any
    franchise_after: Any
    role_on_before: Any
    role_before: Any
    into_season_after: Any
    appositive_before: Any
    appositive_after: Any
    its_season_after: Any
    modifier_after: Any
    number_described_after: Any
    which_decided_after: Any
    number_genre_before: Any
    next_sentence_takes: Any
    next_sentence_began: Any
    made_for: Any
    lead_words: frozenset[str]
    title_case_words: frozenset[str]
    not_titles: frozenset[str]
    filler: frozenset[str]
    describers: frozenset[str]  # words of a description ("drama", "hit comedy")


@cache
def patterns() -> _Patterns:
    v = vocabulary()
    nouns = _alt(v["show_nouns"])
    # the nouns that say what kind of show it is ("mystery", "reboot"), not just that it is one
    kinds = _alt([n for n in v["show_nouns"] if n not in v["generic_show_nouns"]])
    desc = _alt(v["descriptors"])
    demonyms = _alt(v["place_adjectives"])
    net = network_alias_pattern()
    verbs = (
        r"(?:pull(?:s|ed|ing)?"
        + SP
        + r"+the"
        + SP
        + r"+plug"
        + SP
        + r"+on|pass(?:es|ed)?"
        + SP
        + r"+on|renew(?:s|ed)?|recommission(?:s|ed)?|cancel(?:s|led|ed)?|ax(?:e|es|ed)?|axing|"
        r"scrap(?:s|ped)?|"
        r"pick(?:s|ed)?"
        + SP
        + r"+up|order(?:s|ed)?|commission(?:s|ed)?|wants?"
        + SP
        + r"+more"
        + SP
        + r"+of|greenlit|green-lit|revive[sd]?|sav(?:e|es|ed)|"
        r"drop(?:s|ped)?|rescue[sd]?|cancel(?:l)?ing|renewing|gave|gives|given|handed|granted|"
        r"brings?" + SP + r"+back|brought" + SP + r"+back|bringing" + SP + r"+back|"
        r"wind(?:s|ing)?" + SP + r"+down|wound" + SP + r"+down|"
        # "Fox closes the books on Undeclared"
        r"clos(?:e|es|ed|ing)" + SP + r"+the" + SP + r"+books?" + SP + r"+on|"
        # "ABC reverses course on Stumptown"
        r"revers(?:e|es|ed|ing)" + SP + r"+course" + SP + r"+on|"
        # "is not moving forward with X", "is done with X"
        r"(?:not"
        + SP
        + r"+)?(?:moving|move|go|going)"
        + SP
        + r"+forward"
        + SP
        + r"+with|(?:done|finished)"
        + SP
        + r"+with)"
    )
    status_after = (
        r"(?:renewed|cancell?ed|axed|scrapped|dropped|picked\s+up|ordered|greenlit|returning|"
        # ("Girlboss was cut last June"; not "was cut from the cast", "cut short")
        r"cut(?!\s+(?:from|out|short|back|down|off|loose|ties|into|to|in|and)\b)|"
        r"coming\s+back|back|getting\s+(?:a|an|another)|ending|get\s+(?:a|an|another)\s+(?:"
        rf"{ORD}\s+)?(?:season|series)\b|get\s+(?:a|an)\s+{ORD}(?=\s*[.;!])|"
        # ("Hetty Wainthropp Investigates is to return": the British future)
        r"(?:set\s+)?to\s+(?:return|end|come\s+back)|"
        r"return|end|conclude|come\s+to\s+an\s+end|come\s+back|wrap(?:s|ping)?\s+up|over|done|finished|gone|"
        r"call(?:s|ing|ed)?\s+it\s+quits|"
        r"reach(?:es|ed)?\s+the\s+end\s+of\s+the\s+(?:line|road)|"
        r"on\s+the\s+bubble|sign(?:s|ed)?\s+off|not\s+going\s+anywhere|"
        r"bows\s+out|bowed\s+out|bowing\s+out|"
        r"in\s+limbo|"
        # "X is staying on the air": only a show is on the air
        r"(?:staying|stay|remaining|remain|going|coming)\s+(?:on|off)\s+the\s+air|off\s+the\s+air)"
    ).replace(r"\s", SP)
    aux = r"(?:has|have|had|was|were|is|are|got|gets|getting|will|won['’]t|isn['’]t|wasn['’]t)"
    advs = (
        r"(?:been|be|being|officially|also|reportedly|now|just|already|finally|not|both|"
        r"yet|still|since)"
    )
    lead = frozenset(v["title_lead_words"])
    filler = frozenset(
        w.casefold() for w in v["title_lead_words"] + v["show_nouns"] + v["descriptors"]
    )
    pats = _Patterns(
        pronoun_titles=frozenset(v["pronoun_titles"]),
        same_show_heads=frozenset(v["same_show_heads"]),
        show_verbs=frozenset(v["show_verbs"]),
        season_after=fast_pattern(
            # "Will There Be a Schmigadoon! Season 3?": a title's own "!" or "?" before it
            # ("Volume 4": what some shows call their seasons)
            # ("Lupin Part 3": a part is a season too, capitalised with its number in
            # digits; "The Batman Part II", "Dune: Part Two" are films)
            # ("Kaamelott Book VI: everything we know": some shows call them books)
            rf"^[!?]?['’”\"]?{SP}+(?:[Ss]eason|[Ss]eries|Volume|Part(?={SP}+\d)|S(?=\d)|Book)"
            rf"(?:{SP}*){NUMWORDS}\b"
        ),
        poss_after=fast_pattern(
            # "Devi's story with a fourth ...": a character's story, not a show's season
            rf"^['’]s{SP}+(?:(?!(?:with|for|in|on|at|to|of|and|or|by|from|after|before|into|"
            rf"is|was|will|has|had|have|are|were)\b)[\w-]+{SP}+){{0,3}}?(?:season|seasons|series|finale|premiere|"
            rf"cast|renewal|cancellation|return|creator|showrunner|fans|fate|future|fifth|"
            # ("Tennant's second-in-command": a person's deputy)
            rf"sixth|seventh|second|third|fourth|final{SP}+episodes?|last{SP}+episodes?|run)\b(?!-)"
        ),
        of_before=fast_pattern(
            rf"(?:season|seasons|series|finale|premiere|cast|fans|trailer|return|"
            rf"renewal|cancellation|creators?|showrunners?|future|fate|"
            # ("orders another round of Joe Millionaire", "a second edition of X")
            rf"(?:another|(?:a|the){SP}+(?:new|next|{ORD})){SP}+(?:round|edition|cycle|"
            rf"installment|instalment|run|batch))"
            rf"(?:{SP}+{NUMWORDS})?{SP}+of{SP}+"
            # "the fourth series of its flatmate sitcom Flat Share Fridays"
            rf"(?:(?:its|their|the){SP}+(?:[\w'’-]+{SP}+){{0,3}}?(?:{nouns}){SP}+)?[“\"‘']?$",
            regex.IGNORECASE,
        ),
        net_poss_before=fast_pattern(
            # ("Netflix's British teen drama": a place of origin, capitalised, describes it)
            rf"(?<![\w])(?:{net})['’]s?{SP}+(?:(?:\p{{Ll}}[\w-]*|\p{{Lu}}\w*-[\w-]+|{demonyms})"
            rf"{SP}+){{0,3}}[“\"‘']?$"
        ),
        # ("NBC's New York crime franchise": a family of shows is described the same way)
        modifier_after=fast_pattern(
            rf"^{SP}+(?:\p{{Ll}}[\w-]*{SP}+){{0,2}}(?-i:(?=\p{{Ll}}))(?:{nouns}|franchise)\b",
            regex.IGNORECASE | regex.V0,
        ),
        net_genre_before=fast_pattern(
            rf"(?<![\w])(?:{net}){SP}+(?:(?:{desc}|{nouns}){SP}+){{1,3}}[“\"‘']?$"
        ),
        genre_before=fast_pattern(
            # (not "is set to hit Winden": the verb "hit", not the noun)
            rf"(?<![\w-])(?<!\bto{SP}+)(?:{nouns}){SP}+(?:series{SP}+)?[“\"‘']?$",
            regex.IGNORECASE,
        ),
        verb_before=fast_pattern(
            rf"(?<![\w]){verbs}{SP}+(?:(?:both|also){SP}+)?"
            # ("Channel 4 has ordered more Father Ted")
            # (not "orders more of the Harpers": a family, named by its surname)
            rf"(?:more{SP}+(?:of{SP}+)?"
            # ("canceled plans for the Battlestar Galactica revamp")
            rf"|(?:(?:its{SP}+|the{SP}+)?plans{SP}+for{SP}+)?"
            rf"(?:(?:the|its|their|his|her){SP}+(?:[\w-]+{SP}+){{0,2}}?)?)[“\"‘']?$",
            regex.IGNORECASE,
        ),
        verb_after=fast_pattern(
            rf"^['’”\"]?{SP}+(?:(?:(?:both|itself|themselves|too|also){SP}+)?(?:{aux}{SP}+)"
            # "X comes back for its third season": "its", so a show, not a person
            # (not "Purgatory is not done with the Earps": the one done with someone)
            rf"(?:(?:be|both|all){SP}+)*(?:{advs}{SP}+)*{status_after}\b"
            rf"(?!(?<=(?:done|finished|through)){SP}+with\b)|(?:comes|came|returns|returned)"
            rf"(?:{SP}+back)?{SP}+for{SP}+(?:its|their){SP}"
            # ("X returns for a second season next month": not "... season as Mara")
            rf"|(?:returns|returned|comes{SP}+back){SP}+for{SP}+(?:a|an){SP}+{ORD}{SP}+"
            rf"(?:season|series)\b(?!{SP}+as\b)"
            # "X Finds a New Home", "X will live on": said of a show that moves or is saved
            rf"|(?:finds|found|gets|has){SP}+a{SP}+new{SP}+home\b|will{SP}+live{SP}+on\b"
            # "Lewis signs off: ITV's ... drama has ended"
            rf"|(?:signs|signed|bows|bowed){SP}+(?:off|out)\b"
            # "X also ended its run early": a run is a show's
            rf"|(?:(?:also|both){SP}+)?(?:ended|ends|wrapped|wraps|finished|finishes){SP}+"
            rf"(?:its|their){SP}+run\b"
            # "Harley Quinn has a third season": only a show has seasons
            # ("X gets second series": a headline drops the article)
            rf"|(?:has|gets|got|lands|landed|earns|earned|scores|scored){SP}+(?:(?:a|an){SP}+)?"
            rf"(?:{ORD}|new|another|fresh){SP}+(?:season|series)\b"
            # "Lady Dynamite ran for two seasons": a show's run ("lasted" is a status cue's,
            # which would read "Big Show lasted ten seasons" in passing as a cancellation)
            rf"|ran{SP}+(?:for{SP}+)?(?:(?:just|only){SP}+)?"
            rf"(?:{NUMWORDS}|a{SP}+single){SP}+(?:seasons?|series)\b)",
            regex.IGNORECASE,
        ),
        plot_after=fast_pattern(
            rf"^{SP}+(?:follows|followed|centers|centred|centered|revolves|tells|premiered|"
            rf"(?:first|originally){SP}+(?:aired|premiered|debuted|launched|ran|"
            # ("since Home and Away first went to air on the Seven Network")
            rf"went{SP}+(?:to|on){SP}+(?:the{SP}+)?air)|"
            rf"debuted|premieres|debuts|(?:also{SP}+|currently{SP}+)?stars{SP}+\p{{Lu}}|"
            rf"(?:is|was){SP}+(?:a|an|the){SP}+"
            # ("Jo Lee is a staff writer covering comedy": a byline's bio)
            rf"(?!(?:[\w-]+{SP}+){{0,2}}(?:writer|editor|reporter|critic|columnist|correspondent|"
            # ("Jade is the show's resident villain": the show's, not a show)
            rf"contributor|journalist)\b)(?:[\w-]+{SP}+){{0,3}}(?:{nouns})\b(?!['’]))"
        ),
        about_before=fast_pattern(
            rf"(?:(?:fans|viewers)(?:{SP}+of)?|release{SP}+date{SP}+for|premiere{SP}+date{SP}+"
            rf"for|know{SP}+about|renewal{SP}+of|return{SP}+of|(?:watch|binge|stream){SP}+|"
            # "has not made a decision about Taxi Brooklyn"
            rf"decision{SP}+(?:on|about|regarding)|(?:word|news|update){SP}+(?:on|about)|"
            # "NBC aired the two-hour pilot of Miami Vice"
            rf"(?:pilot|finale|episodes?){SP}+of|"
            # "the television version of Heathers": the show, made from another work
            rf"(?:television|TV|small-screen|series){SP}+(?:version|adaptation|remake|reboot)"
            rf"{SP}+of)"
            rf"{SP}+[“\"‘']?$",
            regex.IGNORECASE,
        ),
        for_season_after=fast_pattern(
            rf"^['’”\"]?,?{SP}+(?:for|through|after)(?:{SP}+(?:just|only|a|an|its|their|the))*"
            # "for a shortened fifth season", "for a 10-episode third season"
            rf"(?:{SP}+(?:shortened|abbreviated|truncated|extended|[\w-]+-episode))?"
            rf"{SP}+(?:(?:{ORD}|another|new){SP}+(?:\(?and{SP}+(?:final|last)\)?{SP}+)?"
            # "will not return for a third run"
            rf"(?:season|seasons|series|run|outing|installment|instalment)\b|"
            rf"(?:season|series){SP}+{NUMWORDS}\b|"
            # "is done, after three seasons", "after a single season"
            rf"(?:{NUMWORDS}|(?:a{SP}+)?single)(?:{SP}+(?:more|additional|further))?{SP}+"
            rf"(?:seasons?|series)\b)",
            regex.IGNORECASE,
        ),
        net_verb_before=fast_pattern(
            rf"(?<![\w])(?:{net}){SP}+(?:(?:has|have|had|also|officially|already|quietly|"
            # ("NBC has ended X": a network ends shows; people and days end otherwise)
            # ("Disney+ wants more of Scott Calvin": of a character too, so people's kind)
            rf"reportedly|just|finally|now|is|are|will){SP}+)*(?!want)(?:{verbs}|end(?:s|ed|ing)?){SP}+"
            rf"(?:(?:both|also){SP}+)?(?:more{SP}+(?:of{SP}+)?"
            rf"|(?:(?:the|its|their){SP}+(?:[\w-]+{SP}+){{0,2}}?)?)"
            rf"[“\"‘']?$",
            regex.IGNORECASE,
        ),
        move_after=fast_pattern(
            rf"^['’”\"]?,?{SP}+(?:which{SP}+)?(?:is|are|will{SP}+be|has|have)(?:{SP}+(?:now|also|"
            rf"officially))?{SP}+(?:coming|moving|heading|going|moved|jumping){SP}+(?:over{SP}+)?to"
            rf"{SP}+(?:{net})\b"
        ),
        green_light_after=fast_pattern(
            rf"^{SP}+(?:the|a){SP}+green(?:-|{SP})?light\b", regex.IGNORECASE
        ),
        question_after=fast_pattern(
            rf"^{SP}+(?:be|been|get|getting){SP}+(?:officially{SP}+)?(?:renewed|cancell?ed|axed|"
            rf"picked{SP}+up|a{SP}+(?:new|{ORD}){SP}+season|a{SP}+season{SP}+{NUMWORDS})\b",
            regex.IGNORECASE,
        ),
        airs_after=fast_pattern(
            rf"^{SP}+(?:(?:won['’]t|will{SP}+not|will|is{SP}+set{SP}+to|to|no{SP}+longer)"
            rf"{SP}+)?(?:air|airs|aired|stream|streams|streamed|premiered|premieres|debuted|"
            rf"debuts){SP}+(?:exclusively{SP}+)?"
            # "airs Friday nights on Fox", "airs Sundays at 9 p.m. on HBO"
            rf"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|nights|evenings|weekly|"
            rf"at{SP}+\d{{1,2}}(?::\d\d)?(?:{SP}*[ap]\.?m\.?)?(?:{SP}+ET|{SP}+PT)?),?{SP}+){{0,3}}"
            rf"(?:on|at){SP}+(?:{net})\b"
            # "begins on BBC One on Sunday" (a person starts at a network, not on it)
            rf"|^{SP}+(?:will{SP}+)?(?:begins?|began|starts?|started|launch(?:es)?|launched|"
            rf"arrives?|arrived)"
            rf"{SP}+on{SP}+(?:{net})\b"
        ),
        # "Abbott Elementary: Renewed for Season 4" in a list of shows and their fates.
        status_label_after=fast_pattern(
            rf"^['’”\"]?{SP}*(?::|–|—|-){SP}*(?:renewed|cancell?ed|axed|ending|ended|scrapped|"
            rf"dropped|concluding|returning|coming{SP}+back|not{SP}+returning|"
            rf"final{SP}+season|picked{SP}+up|on{SP}+the{SP}+bubble|pending|undecided|"
            rf"not{SP}+yet{SP}+renewed)\b",
            regex.IGNORECASE,
        ),
        # A list item's label, then a line that tells its fate.
        label_sentence_after=fast_pattern(
            rf"^{SP}*(?::|–|—|-){SP}*[^\n]{{0,120}}?\b(?:renew|cancell?ed|ax(?:ed|es)|scrap|"
            rf"dropped|ended|ending|end{SP}+with|conclud|final{SP}+season|return|"
            rf"move{SP}+forward|pass(?:ed|es)?{SP}+on|pulled{SP}+the{SP}+plug|picked{SP}+up|"
            rf"bubble|limbo|ordered|coming{SP}+back|fate|awaiting|waiting|no{SP}+word|"
            rf"undecided|pending|decided|decision|(?:its|the){SP}+last\b|wrap|green-?lit|"
            rf"farewell|sign(?:s|ed|ing)?{SP}+off|saved|revived|future)",
            regex.IGNORECASE,
        ),
        noun_after=fast_pattern(
            rf"^{SP}+(?:(?:is|was){SP}+(?:one{SP}+of{SP}+)?(?:[\w-]+{SP}+){{0,3}}(?:shows|series)"
            rf"{SP}+(?:cancell?ed|renewed|axed|picked|ordered|ending)|"
            # "Rosewood is one of the Fox dramas whose future is still up in the air"
            rf"(?:is|was){SP}+(?:still{SP}+|also{SP}+)?one{SP}+of{SP}+(?:the|its|[\w+]+['’]s){SP}+"
            rf"(?:[\w+'’-]+{SP}+){{0,3}}?(?:shows|series|dramas|comedies|sitcoms|procedurals|"
            rf"thrillers|originals)\b|(?:TV{SP}+)?(?:series|show|sitcom|drama|comedy|dramedy|reboot|revival|"
            rf"revamp|remake|reimagining|spinoff|spin-off|miniseries|docuseries)\b(?!{SP}+(?:of|about|that|which|who)\b)"
            # "the younger Alaska comedy The Great North": the title follows the noun
            rf"(?!{SP}+[“\"‘']?\p{{Lu}}))"
        ),
        list_gap=fast_pattern(
            rf"^[’”\"']?{SP}*(?:,{SP}*[“\"‘']?|,?{SP}+(?:and|&|or|as{SP}+well{SP}+as){SP}+"
            rf"(?:the{SP}+)?[“\"‘']?|[“\"‘']?)$"
        ),
        glued=fast_pattern(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})"),
        actor_after=fast_pattern(
            # "Campbell, now 59, stars as": an age apposition between name and verb
            # ("Kelsey Grammer, who also produced, headlined as": a relative clause)
            rf"^['’]?(?:,{SP}+(?:now{SP}+|aged{SP}+)?\d{{1,3}},|,{SP}+who{SP}+[^,.;()]{{1,40}},)?{SP}+"
            rf"(?:(?:is|was|will|also|once{SP}+again|now|has|had|again|be|been|"
            rf"still){SP}+)*(?:(?:back|returns?|returning|joins?|joined|joining|stars?|starred|"
            rf"headlines|headlined|headlining|fronts|fronted|"
            rf"starring|appears?|appeared|continues|stays{SP}+on|narrates|signed{SP}+on|"
            rf"comes{SP}+back|leads{SP}+the{SP}+cast){SP}+)?(?:(?:in{SP}+the{SP}+(?:title|lead|"
            rf"leading|main|central){SP}+role{SP}+)?as{SP}+(?:(?:his|her|their)\b|"
            rf"(?:\p{{Ll}}[\w-]*{SP}+){{0,2}}(?!(?:{net})\b)\p{{Lu}})|"
            rf"(?:plays|played|playing|voices|voiced|portrays|portrayed|reprises|reprising)\b)"
        ),
        maker_after=fast_pattern(
            rf"^['’]s?{SP}+(?:[\w-]+{SP}+){{0,3}}?(?:{nouns})\b"
            rf"(?!{SP}+(?:finale|premiere|regulars?|debut|run|cast|renewal|return|future)\b)"
        ),
        franchise_after=fast_pattern(
            rf"^{SP}+(?:spinoff|spin-off|prequel|sequel|franchise|universe|films?|movies?|"
            rf"novels?|books?|comics?|video{SP}+games?|games?|magazines?|newspapers?)\b"
        ),
        role_on_before=fast_pattern(
            rf"\b(?:playing|plays|played|play|as){SP}+"
            # ("played cab driver Alex Rieger in Taxi": a role described first)
            rf"(?:(?!(?:alongside|opposite|with|against|for|under|in|on)\b)\p{{Ll}}[\w-]*{SP}+){{0,3}}"
            rf"(?:\p{{Lu}}[\w'’.-]*{SP}+){{1,4}}(?:on|in){SP}+$"
        ),
        role_before=fast_pattern(
            rf"\b(?:playing|plays|played|play|portraying|portrays|portrayed|portray|voicing|"
            # "appeared as Frank Castle in Daredevil's second season": a role, then the show
            rf"voices|voiced|voice|{_ROLE_AS})"
            # "played the hot-tempered leprechaun Mad Sweeney in American Gods", "played cab
            # driver Alex Rieger in Taxi"
            rf"{SP}+(?:(?:the|a|an|his|her|their){SP}+(?:\p{{Ll}}[\w-]*{SP}+){{1,3}}|"
            rf"(?:(?!(?:alongside|opposite|behind|with|against|for|under|in|on|well|such|and|or|but|"
            rf"to|of|at|by|from|it|him|her|them)\b)\p{{Ll}}[\w-]*{SP}+){{1,2}})?$"
        ),
        into_season_after=fast_pattern(
            rf"^['’”\"]?,?['’”\"]?{SP}+(?:(?:is|are|both|now){SP}+)*(?:heading|headed|going)"
            rf"{SP}+into{SP}+(?:its{SP}+|their{SP}+)?(?:{ORD}{SP}+season|season{SP}+{NUMWORDS})\b",
            regex.IGNORECASE,
        ),
        # "Kung Fu, the reboot of ...", "Gen V, the college-set spin-off starring ...".
        appositive_after=fast_pattern(
            # "Gentleman Jack, her period drama", not "Sony, the studio behind the series"
            # ("Telenovela, Eva Longoria's backstage comedy, ...": a star's show)
            # ("Tehran, another Israeli-inspired show on the service": one more show)
            rf"^,{SP}+(?:(?:the|a|an|another|its|their|her|his|(?-i:\p{{Lu}}[\p{{L}}.-]*{SP}+)?"
            rf"(?-i:\p{{Lu}}[\p{{L}}.-]*)['’]s){SP}+(?:(?!(?:of|by|behind|for|from|"
            rf"with|at|about|that|which|who|to|on|in|before|after|until|since|during)\b)"
            rf"[\w'’-]+{SP}+){{0,3}}?"
            # ("Hector Madden, the programme's presenter": a person in the show)
            rf"(?:{nouns})(?!s\b|['’]s\b)\b(?!{SP}+(?:of|who|whose|has|have|had|is|was|were|"
            rf"are|will|would|did|does|can|could|received|earned|won|drew|became|"
            # "Created by X and Y, the show follows ...": a sentence's subject, not an aside
            rf"(?!as\b|was\b|has\b)\p{{Ll}}+s)\b)|"
            # "Tracker and Elsbeth, two first-year hits, will both be back"
            rf"(?:two|three|four|both){SP}+(?:(?!of\b|by\b)[\w'’-]+{SP}+){{0,3}}?(?:{nouns})s\b"
            rf"(?={SP}*,)|"
            # "Walker, starring Jared Padalecki as ...": described by its star
            rf"(?:starring|which{SP}+(?:also{SP}+)?(?:stars|starred|co-stars|co-starred)|led{SP}+by|"
            rf"headlined{SP}+by){SP}+\p{{Lu}}|{WITH_STAR_AS})",
            regex.IGNORECASE,
        ),
        # "Blue Bloods is in the middle of its 14th and final season": "its" seasons.
        its_season_after=fast_pattern(
            rf"^{SP}+(?:[\w'’-]+{SP}+){{1,6}}?(?:its|their){SP}+(?:{ORD}|\d+(?:st|nd|rd|th))"
            rf"(?:{SP}+(?:and|&){SP}+(?:final|last))?{SP}+(?:season|series)\b",
            regex.IGNORECASE,
        ),
        appositive_before=fast_pattern(
            rf"(?<![\w-])(?:{nouns}),{SP}+$", regex.IGNORECASE | regex.REVERSE
        ),
        # A number is a show's name when the article says what kind of show it is:
        # "scrapped 1899, the multilingual mystery", "the sci-fi reboot 4400" (not "in
        # 2019, the year the series began", nor "the series 3 finale").
        number_described_after=fast_pattern(
            rf"^,{SP}+(?:the|a|an){SP}+(?:(?!(?:the|a|an|its|year|same)\b)[\w'’-]+{SP}+){{0,3}}?"
            rf"(?:{kinds})\b(?!{SP}+(?:of|who|that|which)\b)",
            regex.IGNORECASE,
        ),
        # "busy with iZombie, which The CW has renewed for a fifth season": a thing a
        # network decides on
        which_decided_after=fast_pattern(
            rf"^,{SP}+which{SP}+(?:(?:{net}){SP}+)?(?:(?:has|have|had|was|were|is|are|been|just|"
            rf"also|officially|already|recently){SP}+)*(?:{verbs}|ended(?=[^.;\n]{{0,30}}\bafter"
            rf"{SP}+\w+{SP}+seasons\b)"
            # ", which already has a second season in the bag": a show's next season
            rf"|(?<=has{SP}+|had{SP}+)(?:a|its){SP}+{ORD}{SP}+season)\b"
        ),
        number_genre_before=fast_pattern(
            rf"(?<![\w-])(?:{kinds}){SP}+[“\"‘']?$", regex.IGNORECASE | regex.REVERSE
        ),
        # "X is changing homes. Netflix has acquired the sequel series from ...": the next
        # sentence's network acts on "the series", which is the X just named
        next_sentence_takes=fast_pattern(
            # (not "Jane Doe is leaving the cast. Netflix has renewed the drama ...")
            rf"(?![^.!?\n]*\b(?:he|she|his|her|him|star|stars|actor|actress|role|cast|leaving|"
            rf"exits?|joins?|departs?|quits?)\b)"
            rf"[^.!?\n]{{1,80}}[.!][^\S\n]+(?:{net}){SP}+(?:(?:has|have|had|also|officially|"
            rf"already|now){SP}+)*(?:{verbs}|acquired|acquires|bought|buys){SP}+(?:the|this)"
            rf"{SP}+(?:[\w'’-]+{SP}+){{0,4}}?(?:{nouns})\b(?!{SP}+(?:of|about|that|who)\b)",
            regex.IGNORECASE,
        ),
        # "... as Power Rangers. The series launched on Fox Kids in 1993": the show the
        # sentence before ended on
        next_sentence_began=fast_pattern(
            rf"^[.!][^\S\n]+(?:The|This){SP}+(?:[\w'’-]+{SP}+){{0,3}}?(?:{nouns}){SP}+"
            rf"(?:(?:first|originally){SP}+)?(?:premiered|debuted|launched|bowed|aired|"
            rf"began{SP}+airing){SP}+(?:on|in){SP}+(?:{net}|(?:\p{{Lu}}\w+{SP}+)?\d)"
        ),
        # "who also made The Haunting of Hill House and Midnight Mass for the streamer"
        made_for=fast_pattern(
            rf"^{SP}+for{SP}+(?:the{SP}+(?:streamer|network|channel|broadcaster|service)|"
            rf"(?:{net}))\b",
            regex.IGNORECASE,
        ),
        lead_words=lead,
        title_case_words=frozenset(v["title_case_words"]),
        not_titles=frozenset(v["not_titles"]) | section_label_words(),
        filler=filler,
        describers=frozenset(
            w.casefold() for phrase in v["show_nouns"] + v["descriptors"] for w in phrase.split()
        ),
    )
    # Patterns that look left of a span end at the span ("...$"): match them backwards.
    for name in (
        "of_before",
        "net_poss_before",
        "net_genre_before",
        "genre_before",
        "verb_before",
        "net_verb_before",
        "about_before",
    ):
        old = getattr(pats, name)
        setattr(pats, name, fast_pattern(old.pattern, old.flags | regex.REVERSE))
    return pats


# Cheap pre-checks: the words a pattern needs before it is run at all.
ACTOR_HINT = re.compile(r"\b(?:as|play|voice|portray|repris)")


def _last_word(left: str) -> str:
    words = left.rstrip(" \t“\"‘'").rsplit(None, 1)
    return words[-1].casefold() if words else ""


@cache
def _source_work_near() -> Any:
    """A book or a film named just before: "The book has a sequel, "."""
    works = _alt([*vocabulary()["source_work_nouns"], "film", "films", "movie", "movies"])
    return fast_pattern(rf"\b(?i:{works})\b[^.;:!?\n]*$")


# A wire story's dateline: a place in capitals, maybe a date in brackets, then a dash.
_DATELINE_PLACE = fast_pattern(
    r"[^\S\n]*\p{Lu}[\p{Lu}.'’-]+(?:[^\S\n]+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,[^\S\n]+\p{L}[\p{L}.]+)?"
    r"[^\S\n]*(?P<date>\([^)\n]{3,40}\)[^\S\n]*)?(?:-|–|—|--)[^\S\n]+"
    # (then a sentence, not a roundup line's verdict: "SMASH - Canceled after two seasons")
    r"(?!(?i:cancell?ed|renewed|ending|ended|axed|pending|returning|picked|on[^\S\n]+the|"
    r"final|not|coming|back|safe|gone|done)\b)(?=[^\n]*\p{Ll})\p{Lu}\S*(?:[^\S\n]+\S+){3}"
)
_BRING_BEFORE = fast_pattern(r"\b(?:bring|brings|bringing|brought)[^\S\n]+$")
_BACK_AFTER = fast_pattern(r"[^\S\n]+back\b")
_JOINED_BEFORE = fast_pattern(r"\b(?:joined|joins|joining|boarded|boards|boarding)[^\S\n]+$")
_SCHEDULE_PART_AFTER = fast_pattern(
    r"[^\S\n]+(?:block|lineup|line-up|slate|schedule|strand|brand|app|service|channel|feed)s?\b"
)
# (plain words: the standard library's ``re`` searches these three times as fast as ``regex``)
VERB_STEMS = re.compile(
    r"renew|commission|more of|cancel|ax|scrap|pick|order|green|reviv|sav|drop|rescu|plug|gave|"
    r"give|hand|grant|pass|wind|wound|bring|brought|forward|done|finished|books|course"
)
ABOUT_WORDS = re.compile(
    r"fans|viewers|date|about|renewal|return|watch|binge|stream|decision|word|news|update|"
    r"pilot|finale|episode|version|adaptation|remake|reboot"
)

# The words the "after" patterns below can open with (right after the span's closing
# quote and spaces): a span followed by none of them needs no search. Each tuple holds a
# prefix of every alternative of its pattern's first word.
FRANCHISE_OPENINGS = (
    "spinoff", "spin-off", "prequel", "sequel", "franchise", "universe", "film", "movie",
    "novel", "book", "comic", "video", "game", "magazine", "newspaper",
)  # fmt: skip
# (case-folded: verb_after ignores case)
# A headline's "X to End With Ninth Series", "X to Return in May": its "will".
# With a season after it ("... With Ninth Series") it is said of a show only.
_HEADLINE_TO = fast_pattern(
    rf"^{SP}+to{SP}+(?:end|conclude|wrap|finish|close|return|come{SP}+back)\b"
    # ("Mr Selfridge to Close Its Doors After Series Four")
    rf"(?:(?:{SP}+(?:its|the|up|doors)){{0,2}}{SP}+(?:with|after|for){SP}+(?:its{SP}+|a{SP}+)?"
    rf"(?:(?:{ORD}|\d+(?:st|nd|rd|th)){SP}+(?:and{SP}+(?:final|last){SP}+)?(?:season|series)"
    rf"|(?:season|series){SP}+{NUMWORDS})\b)?",
    regex.IGNORECASE,
)
_OVER_WORDS = fast_pattern(r"\b(?:done|over|finished|ending|ends?|concludes?)\b", regex.I)
# A verb in a title-case headline span: what comes before it may be the show.
_HEADLINE_VERB = fast_pattern(
    r"(?<=\S)[^\S\n]+(?=(?:Gets?|Got|Getting|Is|Are|Was|Were|Will|Won['’]t|Isn['’]t|Be|Has|"
    r"Have|Returns?|Renewed|Canceled|Cancelled|Ends|Ending|Lands|Scores|Earns|Wraps|Comes|"
    r"Heads|Moves|Stays|Survives|Begins|Starts|Kicks|Bows|Takes|Makes|Enters|Says|Bids)\b)"
)
# A headline's season by number: "Season 7", "a Fifth Season"
_SEASON_NAMED = rf"(?:(?:Season|Series){SP}+{NUMWORDS}\b|{ORD}{SP}+(?:Season|Series)\b)"
_HEADLINE_SEASON_LATER = fast_pattern(
    rf"^{SP}+(?:Will|Is|Are|To|Gets?|Has)?(?:{SP}*[\p{{L}}'’]+){{1,5}}?{SP}+"
    rf"(?:With|For|After|In|Through|Into|Beyond){SP}+(?:(?:Its|Their|a|an|the){SP}+)?"
    rf"(?:[\p{{L}}-]+{SP}+)?{_SEASON_NAMED}",
    regex.IGNORECASE,
)
# "Jane Doe Joins the Cast of ...", "Jane Doe Talks Season 3": news about a person
_PERSON_NEWS_AFTER = fast_pattern(
    r"[^\S\n]+(?:Joins|Joined|Talks|Says|Signs|Signed|Boards|Lands|Exits|Leaves|Departs|Cast|"
    r"Stars|To[^\S\n]+Star|Will[^\S\n]+Play|Plays|Teases|Reveals|Explains|Reacts|Opens[^\S\n]+Up)\b",
    regex.IGNORECASE,
)
_THE_BEFORE = fast_pattern(r"\b(?:the|a|an)(?:[^\S\n]+(?:19|20)\d\d)?[^\S\n]+$")
_SINGULAR_AFTER = fast_pattern(r"[^\S\n]+(?:is|was|has)\b(?![^\S\n]+(?:a|an|the)[^\S\n])")
# The words that open a date's span: "In January", "Since March", "Last May"
_DATE_LEADS = frozenset(
    ("In", "On", "By", "Since", "Until", "Through", "During", "Last", "Next", "This", "Early",
     "Late", "Mid")
)  # fmt: skip
ROMAN_SPAN = fast_pattern(rf"{ROMAN_NUMERAL}(?::[^\S\n].*)?")
SEASON_WORD_BEFORE = fast_pattern(r"\b(?:[Ss]eries|[Ss]eason|Book|Volume|Part|Chapter)[^\S\n]+$")
# A dateline opening a story: "NEW YORK, May 14, 2015 --", "LONDON (Reuters) -"
DATELINE_AFTER = fast_pattern(
    rf"(?:,[^\S\n]*{MONTH}\.?[^\S\n]+\d{{1,2}},?[^\S\n]+(?:19|20)\d\d"
    r"(?:[^\S\n]*\([\w .]+\))?|[^\S\n]*\((?:AP|Reuters|AFP|PA|CNN|Variety|dpa|UPI)\))"
    r"[^\S\n]*(?:--|—|–|-)[^\S\n]+(?=\p{Lu})"
    # "NEW YORK — Few procedurals ...": a place in capitals and a dash
    r"|[^\S\n]+(?:--|—|–)[^\S\n]+(?=\p{Lu})"
    # "LOS ANGELES - Sliders, the ...": a plain hyphen before prose (not "X - FOX - CANCELED")
    r"|[^\S\n]+-[^\S\n]+(?=\p{Lu}\p{Ll}+[,'’]?[^\S\n]+\p{Ll})"
)
_HEADLINE_DECISION = fast_pattern(
    r"\b(?:Coming\s+Back|Returns?|Returning|Renew\w*|Orders?|Ordered|Cancel\w*|Axe[sd]?|"
    r"Ends?|Ending|Final|Last|Picks?\s+Up|Picked\s+Up|Scrap\w*|Drops?|Dropped)\b",
    regex.IGNORECASE,
)
_LOWER_WORD_AFTER = fast_pattern(r"[^\S\n]+\p{Ll}")
_POSSESSIVE_SEASON = fast_pattern(
    rf"['’]s{SP}+(?:{ORD}|final|last|new|next)(?:{SP}+and{SP}+(?:final|last))?{SP}+"
    rf"(?:[Ss]eason|[Ss]eries)\b"
)
_HEADLINE_SEASON = fast_pattern(rf"\b{_SEASON_NAMED}", regex.IGNORECASE)
_ITS_SEASON_LATER = fast_pattern(
    rf"\b(?:its|their){SP}+(?:[\p{{L}}-]+{SP}+){{0,3}}(?:for|in){SP}+{_SEASON_NAMED}",
    regex.IGNORECASE,
)
# A headline's decision with its verb alone: "Kestrel Renewed for Series 6".
_HEADLINE_PARTICIPLE = fast_pattern(
    rf"^{SP}+(?:Officially{SP}+)?(?:Renewed|Cancell?ed|Axed|Scrapped|Picked{SP}+Up|Ordered|"
    rf"Greenlit|Saved|Revived|Rescued|Stays|Survives|Coming{SP}+Back)"
    rf"(?={SP}+(?:for|after|through|by|at|on)\b|"
    rf"{SP}*(?:$|[:,;.!?\n]))",
    regex.IGNORECASE,
)
_HEADLINE_WAIT = fast_pattern(
    rf"^{SP}+(?:(?:is|remains|stays){SP}+)?(?:on{SP}+the{SP}+(?:renewal{SP}+)?bubble|in{SP}+limbo"
    rf"|awaits{SP}+(?:its{SP}+)?(?:fate|verdict|renewal))\b",
    regex.IGNORECASE,
)
# ", which premiered in September 2005", ", which debuted on Fox last fall"
_WHICH_PREMIERED_AFTER = fast_pattern(
    rf",{SP}+which{SP}+(?:first{SP}+)?(premiered|debuted|bowed|aired|began){SP}+"
    rf"(?:[^\W\d]+{SP}+){{0,3}}?(?:in|on|last|this){SP}+(?:\p{{Lu}}|\d|fall|spring|summer|winter)",
    regex.IGNORECASE,
)
# "the 2006 film The Queen, in which ...": a film, play or book, not a show
_OTHER_WORK_BEFORE = fast_pattern(
    r"\b(?:film|movie|feature|play|musical|novel|book|opera)s?[^\S\n]+(?:[\w'’-]+[^\S\n]+)?[“\"‘']?$",
    regex.IGNORECASE,
)
_EPISODES_IN_AFTER = fast_pattern(
    rf"{SP}+after{SP}+(?:just{SP}+|only{SP}+)?(?:\d{{1,2}}|two|three|four|five|six|a{SP}+few|a{SP}+handful{SP}+of)"
    rf"{SP}+(?:episodes|airings|broadcasts)\b"
)
# ", in which Chris O'Donnell played ...": someone plays in it, so it is fiction on screen
_IN_WHICH_PLAYS_AFTER = fast_pattern(
    rf",{SP}+in{SP}+which{SP}+(?:\p{{Lu}}[\w'’.-]*{SP}+){{1,3}}"
    rf"(?:plays|played|stars|starred|portrays|portrayed)\b"
)
VERB_AFTER_OPENINGS = (
    "both", "itself", "themselves", "too", "also", "has", "have", "had", "was", "were", "is",
    "are", "got", "get", "will", "won", "comes", "came", "returns", "returned", "finds",
    "found", "lands", "landed", "earns", "earned", "scores", "scored", "ran", "signs", "signed",
    "bows", "bowed", "ended", "ends", "wrapped", "wraps", "finished", "finishes",
)  # fmt: skip
PLOT_OPENINGS = (
    "follow", "cent", "revolves", "tells", "premiere", "debut", "also", "currently", "stars",
    "is", "was", "first", "originally",
)  # fmt: skip
NOUN_OPENINGS = (
    "is", "was", "TV", "series", "show", "sitcom", "drama", "comedy", "dramedy", "reboot",
    "revival", "revamp", "remake", "reimagining", "spinoff", "spin-off", "miniseries",
    "docuseries",
)  # fmt: skip


# Every verb of move_after and of airs_after holds one of these (both patterns keep case).
_MOVE_WORDS = re.compile(r"coming|mov|heading|going|jumping")
_AIR_WORDS = re.compile(r"air|stream|premiere|debut|begi|began|start|launch|arriv")


def _opening(right: str) -> str:
    """``right`` from its first word on: quotes and spaces before it dropped."""
    return right.removeprefix("!").lstrip("'’”\"").lstrip()


@dataclass
class Mention:
    title: str
    start: int
    end: int


@dataclass
class SentenceInfo:
    start: int
    end: int
    text: str
    mentions: list[Mention]
    topic: str | None  # the show this sentence is about when it names none
    question: bool
    paragraph: int
    credits: tuple[Mention, ...] = ()  # shows named only in an actor's credit ("played X on Y")


@dataclass
class TitleResult:
    shows: list[str] = field(default_factory=list)  # main show first
    mentions: list[Mention] = field(default_factory=list)
    sentences: list[SentenceInfo] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    # False when the best-ranked show is only named in an actor's credit: the article is
    # about something it never names as a show, and nothing defaults to the credited one.
    has_main: bool = True

    @property
    def main(self) -> str | None:
        return self.shows[0] if self.shows and self.has_main else None

    def sentence_at(self, offset: int) -> SentenceInfo | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def show_at(self, offset: int) -> str | None:
        """The show a passage at ``offset`` is about: named in its sentence, else the topic."""
        s = self.sentence_at(offset)
        if s is None:
            return self.main
        named = {m.title for m in s.mentions}
        if named and ";" in s.text:
            # ("Lewis was Henry VIII and Foy played Anne Boleyn; Foy has since been cast
            # in The Crown": a show named only after the semicolon is not the clause's
            # before it; a clause after one goes on about the show named before)
            clause_end = s.text.find(";", offset - s.start)
            if clause_end >= 0 and all(m.start - s.start > clause_end for m in s.mentions):
                return s.topic or self.main
        if len(named) == 1:
            return next(iter(named))
        if named:
            # Several shows in one sentence: the nearest one named before the offset.
            before = [m for m in s.mentions if m.start <= offset]
            return before[-1].title if before else s.mentions[0].title
        return s.topic


# -- candidates ---------------------------------------------------------------


# A small word inside a capitalised name ("Malcolm in the Middle"): people's names have
# particles ("van", "de", "of"), not these.
_INNER_SMALL_WORD = rx(r"\p{Lu}[\w'’.-]*\s+(?:in|on|at|from|with|to|for)\s+(?:the\s+)?\p{Lu}")


@lru_cache(maxsize=65536)
def _clean(span: str) -> str:
    span = rx(r"['’]s$").sub("", span.strip())
    span = span.rstrip(".,:;").strip()
    # "Mill Pond TV", "Mill Pond on NBC": the medium and the network are not the title.
    span = _tail_noise().sub("", span).strip()
    return span


@lru_cache(maxsize=8192)
def _clean_whole(span: str) -> str:
    """A quoted title or a section's heading, cleaned like :func:`_clean` but kept whole:
    "Big Sky" and "Star Trek: Discovery" end on a network's name that is their own."""
    return rx(r"['’]s$").sub("", span.strip()).rstrip(".,:;").strip()


@cache
def _tail_noise() -> Any:
    # ("Copper Sky", "Big Sky": a network named by an ordinary word ends a title unless a
    # preposition comes before it)
    return fast_pattern(
        # (not "and": "Here and Now" ends on a network's name, but it is the title's)
        rf"(?:{SP}+(?:on|at|for|to|from|by|via){SP}+(?:{network_alias_pattern()})"
        # (nor "Love Island USA": the country the edition is for)
        rf"|{SP}+(?!\p{{Lu}}\p{{Ll}}+$|USA$)(?:{network_alias_pattern()})|{SP}+TV)$"
    )


@lru_cache(maxsize=8192)
def _is_title_case_line(line: str) -> bool:
    # (the words of four letters or more: a shorter run never holds a longer one)
    words = rx(r"[\p{L}][\p{L}'’-]{3,}").findall(line)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.75


def _words(span: str) -> list[str]:
    return span.split()


def _capital(word: str) -> bool:
    """A word a title may open or end on: a capital, a digit, or a bracketed capital
    ("(Fast)" of "How to Sell Drugs Online (Fast)")."""
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or (word[:1] == "(" and word[1:2].isupper())
        or (word[:1] in "'’" and word[1:2].isdigit())  # "This Is England '90"
    )


def _subspans(words: list[str]) -> list[tuple[int, int]]:
    out = []
    n = len(words)
    for i in range(n):
        if not words[i][:1].isupper() and not words[i][:1].isdigit():
            continue
        for j in range(i + 1, n + 1):
            if _capital(words[j - 1]):
                out.append((i, j))
    return out


def _title_spans(text: str) -> list[tuple[int, int, str]]:
    """SPAN_RE.finditer(text) as (start, end, text). (Looking for where a span can start
    and matching there was once quicker; since SPAN_RE's lookbehinds each have one width,
    and ASCII text runs on ``re``, the plain scan is.)"""
    spans = [(m.start(), m.end(), m.group()) for m in SPAN_RE.finditer(text)]
    if ", " in text:
        if _SUFFIX_HINT.search(text):
            spans = _with_suffix(text, spans)
        spans = _comma_titles(text, spans)
    if "No. " in text or " at " in text:
        spans = _with_number(text, spans)
    if "s' " in text or "s’ " in text:
        spans = _plural_possessive_titles(text, spans)
    if "s the " in text or "s a " in text or "s an " in text:
        spans = _question_titles(text, spans)
    if "... " in text or "… " in text:
        spans = _ellipsis_titles(text, spans)
    if " as " in text:
        spans = _as_titles(text, spans)
    spans = _lowercase_titles(text, spans)
    if ": " in text:
        spans = _franchise_network_titles(text, spans)
    return _bracket_titles(text, spans) if " (" in text else spans


def _franchise_network_titles(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "Star Trek: Discovery" beside "Star Trek: Voyager": a franchise's name with
    subtitles elsewhere keeps one that is also a network's name (which SPAN_RE leaves
    off, for "the residents of New Ham: Netflix has renewed ...")."""
    labels = section_label_words()
    heads = Counter(
        head
        for _, _, t in spans
        if ": " in t and (head := t.split(": ", 1)[0]).casefold() not in labels
    )
    if not heads:
        return spans
    out = []
    for s, e, t in spans:
        m = _COLON_NETWORK_AFTER.match(text, e) if t in heads else None
        if m and canonical_network(m.group(1)) and not _SENTENCE_GOES_ON.match(text, m.end()):
            out.append((s, m.end(), text[s : m.end()]))
        else:
            out.append((s, e, t))
    return _drop_inside(out)


def _drop_inside(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` without those inside the one before (a span grown over its neighbour)."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out


_COLON_NETWORK_AFTER = fast_pattern(r":[^\S\n]+(\p{Lu}[\p{L}+]*(?:[^\S\n]+\p{Lu}[\p{L}+]*)?)\b")
# "Star Trek: Netflix has ...": a network opening a sentence after the colon
_SENTENCE_GOES_ON = fast_pattern(
    r"[^\S\n]+(?:has|have|is|was|will|would|said|says|announced|confirmed)\b"
)


def _join_next(
    text: str, spans: list[tuple[int, int, str]], joins: dict[int, tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """``spans`` with span i and the one after it made one, from ``joins[i]`` (start, end)
    (a span joined to the one before it is not joined again)."""
    out: list[tuple[int, int, str]] = []
    skip = False
    for i, span in enumerate(spans):
        if skip:
            skip = False
        elif i in joins:
            s, e = joins[i]
            out.append((s, e, text[s:e]))
            skip = True
        else:
            out.append(span)
    return out


def _join_where(
    text: str,
    spans: list[tuple[int, int, str]],
    joins_at: Callable[[int, int, str, int, int], bool],
) -> list[tuple[int, int, str]]:
    """``spans`` with each span and the next made one where ``joins_at(s1, e1, t1, s2, e2)``
    holds."""
    joins = {
        i: (s1, e2)
        for i, ((s1, e1, t1), (s2, e2, _)) in enumerate(zip(spans, spans[1:], strict=False))
        if joins_at(s1, e1, t1, s2, e2)
    }
    return _join_next(text, spans, joins) if joins else spans


def _plural_possessive_titles(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "Footballers' Wives", "Girlfriends' Guide to Divorce": one plural word, its
    apostrophe and a name after it, written so twice, are one title (not "Daveed Diggs'
    Season 4": a person's name is two words)."""
    return _join_where(
        text,
        spans,
        lambda s1, e1, t1, s2, e2: (
            " " not in t1
            and t1.endswith("s")
            and len(t1) > 3
            and text[e1:s2] in ("' ", "’ ")
            and text[s1 - 1 : s1] not in ("'", "’")
            and text.count(text[s1:e2]) >= 2
        ),
    )


def _question_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Who's the Boss?", "It's a Sin": a question word or a pronoun, "'s the" (or "'s
    a") and a capitalised word, written so twice, are one title (prose says "who's the
    boss" in lower case)."""
    return _join_where(
        text,
        spans,
        lambda s1, e1, t1, s2, e2: (
            t1 in ("Who", "What", "Where", "Whose", "That", "It", "Here", "There")
            and text[e1:s2] in ("'s the ", "’s the ", "'s a ", "’s a ", "'s an ", "’s an ")
            and text.count(text[s1:e2]) >= 2
        ),
    )


def _as_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Queer as Folk", "Light as a Feather": one capitalised word, "as" and a name,
    written so twice, are one title (a cast list's "Gale Harold as Brian Kinney" opens on a
    whole name, and names each pair once)."""
    return _join_where(
        text,
        spans,
        lambda s1, e1, t1, s2, e2: (
            " " not in t1
            and text[e1:s2] in (" as ", " as a ", " as an ", " as the ")
            and text.count(text[s1:e2]) >= 2
        ),
    )


_ELLIPSIS_GAP = fast_pattern(
    r"(?:\.\.\.|…)[^\S\n]+(?:(?:with|and|the|of|in|a|an|to|for)[^\S\n]+)*", regex.I
)


def _ellipsis_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Married... with Children": a name, its dots and the rest, written so twice (in any
    case: a heading may be in capitals), are one title."""
    folded = text.casefold()
    return _join_where(
        text,
        spans,
        lambda s1, e1, t1, s2, e2: (
            _ELLIPSIS_GAP.fullmatch(text, e1, s2) is not None
            and folded.count(text[s1:e2].casefold()) >= 2
        ),
    )


_LOWER_WORD_BEFORE = fast_pattern(r"\b\p{Ll}[\p{Ll}'’-]*[^\S\n]+$")


def _inside_a_sentence(text: str, name: str) -> bool:
    """Whether ``name`` is written somewhere right after a lowercase word ("the finale of
    Lawmen: Bass Reeves"), so inside running text and not as a caption's lead."""
    return any(
        _LOWER_WORD_BEFORE.search(text[max(0, at - 30) : at]) for at in _occurrences(text, name)
    )


def _colon_names_apart(
    text: str, spans: list[tuple[int, int, str]], headline_end: int
) -> list[tuple[int, int, str]]:
    """ "the School for the Young and Gifted: Legacies is coming back": a name, a colon and
    a name, written so once in the body while the name after the colon stands alone
    elsewhere, are two (not a headline's "Star Wars: Andor"). A franchise's short name
    before the colon keeps the whole ("Star Trek: Deep Space Nine" once, under a headline
    that says "Deep Space Nine"): a place or a description runs longer."""
    counts = Counter(t for _, _, t in spans)
    out = []
    for s, e, t in spans:
        head, colon, tail = t.partition(": ")
        if (
            colon
            and s >= headline_end
            and counts[tail] >= 2
            and text.count(t) == 1
            and not _franchise_subtitle(t)
        ):
            out.append((s, s + len(head), head))
            out.append((e - len(tail), e, tail))
        else:
            out.append((s, e, t))
    return out


_DOTTED_QUESTION = fast_pattern(r"(?:\.\.\.|…)\?(?!\w)")


def _dotted_question_titles(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "What If...?": a name closed by dots and a question mark, written so twice, keeps
    them (its words alone are filler)."""
    found = {s: t + m.group() for s, e, t in spans if (m := _DOTTED_QUESTION.match(text, e))}
    return _longer_where_twice(spans, found)


# A word in lower case where only a show's name can stand: opening the headline, after a
# verdict's verb ("ABC cancels thirtysomething after four seasons") or after "a second
# series of" ("dinnerladies", "black-ish"; not "five seasons of blood, bickering and ...")
_LOWER_WORD = r"[a-z]{2,}(?:-[a-z]{2,})?"
# (Two patterns, not one alternation: with the headline's "\A" branch in it, the verb
# branch's first-character test let every lower-case letter through, and the scan tried
# the whole pattern at nearly every place of the text.)
_LOWER_HEADLINE_WORD = fast_pattern(rf"(?P<w>{_LOWER_WORD})[^\S\n]")  # (matched at 0 only)
_LOWER_TITLE_SLOT = fast_pattern(
    r"(?i:\b(?:renew(?:s|ed|ing)?|cancel(?:s|l?ed|l?ing)?|ax(?:e|es|ed|ing)"
    r"|revive[sd]?|reviving|(?:picks?|picked)[^\S\n]+up|commission(?:s|ed)?"
    rf"|(?:{ORD}|new|another|next)[^\S\n]+(?:season|series)[^\S\n]+of))[^\S\n]+"
    rf"(?P<v>{_LOWER_WORD})(?=[,.;:]|[^\S\n]+(?:for|after|following|with|at|is|will|has|on)\b)"
)


_LOWER_HEADING = fast_pattern(
    rf"(?m)^(?P<w>{_LOWER_WORD})[^\S\n]*\n[^\S\n]*\n?[^\S\n]*(?P<v>\p{{Lu}}\p{{Ll}}+)[.:!]"
)


@cache
def _not_lowercase_titles() -> frozenset[str]:
    return frozenset(STOP_WORDS) | frozenset(vocabulary()["not_lowercase_titles"])


def _lowercase_title(word: str) -> bool:
    return (
        len(word) >= 5
        and regex.fullmatch(_LOWER_WORD, word) is not None
        and word not in _not_lowercase_titles()
    )


def _word_places(word: str, text: str) -> list[Any]:
    """Where ``word`` stands as a whole word (not inside "black-ish-ness")."""
    return list(regex.finditer(rf"(?<![\w-]){word}(?![\w-])", text))


def _lowercase_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "thirtysomething", "dinnerladies": a word styled in lower case, five letters or more,
    no common word, standing in a show's place (``_LOWER_TITLE_SLOT``) and named again."""
    found: dict[int, str] = {}
    # The headline's first word, then the slots after it (scanned from where the headline's
    # word ends, as one alternation of both would)
    slots = []
    if head := _LOWER_HEADLINE_WORD.match(text):
        slots.append((head.start("w"), head.group("w")))
    slots += [
        (m.start("v"), m.group("v"))
        for m in _LOWER_TITLE_SLOT.finditer(text, head.end() if head else 0)
    ]
    for at, word in slots:
        if _lowercase_title(word):
            found.setdefault(at, word)
    # (each word's places, found once: for the count and for the spans)
    places = {w: _word_places(w, text) for w in set(found.values())}
    words = {w for w, at in places.items() if len(at) >= 2}
    # ... or heading its own section over a verdict ("black-ish\n\nRenewed. The comedy ...")
    words |= {
        m.group("w")
        for m in _LOWER_HEADING.finditer(text)
        if _lowercase_title(m.group("w")) and m.group("v").casefold() in verdict_words()
    }
    if not words:
        return spans
    taken = {s for s, _, _ in spans}
    added = [
        (m.start(), m.end(), m.group())
        for w in words
        for m in places.get(w) or _word_places(w, text)
        if m.start() not in taken
    ]
    return sorted(spans + added)


# "How to Sell Drugs Online (Fast)": a capitalised word in brackets that closes a name
_BRACKET_WORD_AFTER = fast_pattern(r"[^\S\n]\(\p{Lu}[\p{L}'’-]*(?:[^\S\n]\p{Lu}[\p{L}'’-]*)?\)")


def _bracket_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "How to Sell Drugs Online (Fast)": a name of two words or more with a capitalised
    word in brackets after it, both written so at least twice, is one title (not "Jane Doe
    (Mary)", which a cast list writes once per pair)."""
    found: dict[int, str] = {}
    for s, e, t in spans:
        if " " in t:
            m = _BRACKET_WORD_AFTER.match(text, e)
            if m:
                found[s] = t + m.group()
    return _longer_where_twice(spans, found) if found else spans


def _longer_where_twice(
    spans: list[tuple[int, int, str]], found: dict[int, str]
) -> list[tuple[int, int, str]]:
    """``spans`` with each one that opens at a key of ``found`` made that longer name, where
    the longer name is found twice or more."""
    seen = Counter(found.values())
    return [
        (s, s + len(found[s]), found[s]) if seen[found.get(s, "")] >= 2 else (s, e, t)
        for s, e, t in spans
    ]


def _without_dash_network(rest: str) -> str:
    """The rest of a heading line without the network after a dash (" - Freeform")."""
    if rest[:3] not in (" - ", " – ", " — ", " | "):
        return rest
    m = _dash_network_lead().match(rest)
    return rest[m.end() :] if m else rest


@cache
def _dash_network_lead() -> Any:
    return fast_pattern(rf"{SP}+[-–—|]{SP}+(?i:{network_alias_pattern()})(?=[^\S\n]*(?:\n|$))")


def _alone_in(line: str, name: str) -> bool:
    """Whether ``name`` is the line's only capitalised name besides networks ("Father
    Brown to return as BBC One orders ...", not "Jill Tyrell is back: BBC Three orders
    Nighty Night series 2")."""
    return all(
        m.group() == name or canonical_network(m.group()) or " " not in m.group()
        for m in SPAN_RE.finditer(line)
    )


def _whole_titles(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The doc's sentences, with a cut inside a title undone ("Encore! | Encore! (NBC)",
    "Also gone: Encore! | Encore!, which ..."); the later steps read the same ones."""
    spans = sentence_spans(doc)
    inside = [(m.start, m.end) for m in mentions if any(c in m.title for c in "!?.")]
    if not inside:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and any(a < start < b for a, b in inside):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    if len(out) < len(spans):
        results(doc)["sentence_spans"] = out
    return out


def _heading_titles_again(
    text: str, spans: list[tuple[int, int, str]], titles: set[str], signs: bool = True
) -> list[tuple[int, int, str]]:
    """ "Also gone: Encore! Encore!, which ..." under the heading "Encore! Encore! (NBC)": a
    section's title with signs inside, which the span pattern cuts, is the same title
    where the article writes it again whole (``signs=False``: any title of two words or
    more)."""
    found: list[tuple[int, int, str]] = []
    for t in titles:
        if " " not in t or (signs and not any(c in t for c in "!?,:&")):
            continue
        at = text.find(t)
        while at >= 0:
            end = at + len(t)
            if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.append((at, end, t))
            at = text.find(t, end)
    if not found:
        return spans
    kept = [(s, e, x) for s, e, x in spans if not any(a < e and s < b for a, b, _ in found)]
    return sorted(kept + found)


# A headline's name before its colon joined by a word running text does not join names
# by ("Light as a Feather: Hulu yet to decide ...")
_LOOSE_HEAD = fast_pattern(
    r"\p{Lu}[\w'’-]*(?:[^\S\n]+(?:\p{Lu}[\w'’-]*|a|an|the|of|and|in|on|to|for|with|"
    rf"{HEADING_ONLY_CONN})){{1,6}}"
)
_LOOSE_WORD = fast_pattern(rf"[^\S\n](?:{HEADING_ONLY_CONN})[^\S\n]")


def _headline_head(text: str) -> str:
    """The name before a headline's colon that the body writes again whole, joined by a
    word the span pattern does not join names by ("Light as a Feather"), else ""."""
    first = text.split("\n", 1)[0]
    head, colon, _ = first.partition(": ")
    if (
        colon
        and _LOOSE_WORD.search(head)
        and _LOOSE_HEAD.fullmatch(head)
        and head.split()[-1][:1].isupper()
        and _literal_at(text[len(first) :], head, _WORD_OR_DASH, _WORD_OR_DASH)
    ):
        return head
    return ""


# "HBO's How To with John Wilson": an owner's name, then the title
_NETWORK_POSSESSIVE_LEAD = fast_pattern(r"(\S+(?:[^\S\n]\S+)?)['’]s[^\S\n]+(.+)")


# A name's own question mark: the sentence goes on after it ("Who Killed Sara?, the
# thriller, ..."; "Who Killed Sara? Season 2"; "Who Killed Sara? is back").
_TITLE_QUESTION_MARK = fast_pattern(
    r"\?(?:,|[^\S\n]+(?:[Ss]eason|SEASON|[Ss]eries|SERIES|Part)[^\S\n]+\w|[^\S\n]+(?:is|was|has|will)\b)"
)


# what may follow a list's item: more items ("Ozark, Narcos and Mindhunter")
_LIST_GOES_ON = re.compile(r"(?:,? (?:and|or|&)|,) [A-Z0-9\"“‘']")


def _comma_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Murder, She Wrote", "Dr. Quinn, Medicine Woman": a word or two, a comma and a
    name, joined when the article never writes either part alone (twice at least), and
    never as a list."""
    spans = _chain_titles(text, spans)
    pairs: Counter[tuple[str, str]] = Counter()
    listed: set[tuple[str, str]] = set()  # pairs a list goes on after, somewhere
    # ("Is XO, Kitty coming back?": the question's verb is no part of the name, and
    # only a pair's first name is read without it)
    orig = spans
    spans = [_without_question_word(x) for x in spans]
    quoted: set[tuple[str, str]] = set()  # pairs written inside quotation marks
    labelled: set[tuple[str, str]] = set()  # pairs that are a line's label before its verdict
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:], strict=False):
        # (not "Andy Barker, P.I.": an initialism after the comma is read elsewhere)
        # ("You, Me and the Apocalypse": a name of up to four words after it)
        # ("Tim and Eric Awesome Show, Great Job!": five words before it)
        # ("Sabrina, the Teenage Witch": "the" after the comma, in lower case)
        if (
            text[e1:s2] in (", ", ", the ")
            and len(t1.split()) <= 5
            and len(t2.split()) <= 4
            and "." not in t2
        ):
            # (case-blind: "WELCOME BACK, KOTTER (ABC)" heads the section about it)
            pair = (t1.casefold(), t2.casefold())
            pairs[pair] += 1
            if _LIST_GOES_ON.match(text, e2):
                listed.add(pair)
            if (s1 == 0 or text[s1 - 1] == "\n") and _verdict_label_after().match(text, e2):
                labelled.add(pair)  # "Roswell, New Mexico: renewed.": a line's whole label
            if (text[s1 - 1 : s1] in ('"', "“") and _CLOSING_QUOTE.match(text, e2)) or (
                # (a headline's single quotes: "CBS Keeps Chuck Norris: 'Walker, Texas
                # Ranger' Rides On")
                text[s1 - 1 : s1] in ("'", "‘")
                and not text[s1 - 2 : s1 - 1].isalnum()
                and _CLOSING_SINGLE_QUOTE.match(text, e2)
            ):
                quoted.add(pair)
    # ("Fifth Series of Upstairs, Downstairs Will Be the Final One" and the body's
    # "Upstairs, Downstairs": a one-word second name the article writes only after the
    # first, twice at least, a headline's run-on span included)
    always_after = {
        pair
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:], strict=False)
        if text[e1:s2] == ", "
        and " " not in t2
        and (pair := (t1.casefold(), t2.casefold())) not in listed
        and len(t1.split()) == 1
        and _written_only_after(text, t2, t1 + ", ")
    }
    if all(n < 2 for n in pairs.values()) and not labelled and not always_after:
        return orig  # (most articles: no pair written twice)
    alone = Counter(t.casefold() for _, _, t in spans)
    # each pair's second name after a span ending on its first ("... Silverman's I Love
    # You, America" in a headline the span runs on in)
    tails: Counter[tuple[str, str]] = Counter(
        (a, t2.casefold())
        for (_, e1, t1), (s2, _, t2) in zip(spans, spans[1:], strict=False)
        if text[e1:s2] == ", "
        for a, b in pairs
        if b == t2.casefold() and (t1.casefold() == a or t1.casefold().endswith(" " + a))
    )
    firsts: Counter[str] = Counter()  # each word's uses opening a pair ("Love, Simon")
    for (a, _), n in pairs.items():
        firsts[a] += n
    joined = (
        {
            (a, b)
            for (a, b), n in pairs.items()
            if n >= 2
            and (a, b) not in listed
            # ("Sister, Sister": the one word twice in every use; "Midnight, Texas" written
            # whole three times may still have "a small Texas town" once)
            and (
                alone[a] == alone[b] == n
                or (alone[a] == n and alone[b] == tails[(a, b)])
                or (a == b and alone[a] == 2 * n)
                or (n >= 3 and alone[a] - n <= 1 and alone[b] - n <= 1)
                # ("XO, Kitty" twice beside the character Kitty: a word never written alone
                # opens the title; "Love, Victor" beside the film "Love, Simon" too)
                or (alone[a] == firsts[a] and " " not in a)
                # ("Dr. Katz, Professional Therapist" beside the character Dr. Katz: a name of
                # two words or more never written alone closes it, in a headline's "Picks Up
                # More Ed, Edd n Eddy" too)
                or (alone[b] in (n, tails[(a, b)]) and " " in b)
                # ('NBC has canceled "Eerie, Indiana,"': quoted whole, twice)
                or (a, b) in quoted
            )
        }
        | always_after
        | {
            # ("Roswell, New Mexico: renewed.": a line's whole label, one word and a name,
            # neither written alone; not "Chicago Fire, Chicago Med: renewed.")
            (a, b)
            for (a, b) in labelled
            if (a, b) not in listed and " " not in a and alone[a] == alone[b] == pairs[(a, b)]
        }
    )
    joins = {
        i: (s1, e2)
        for i, ((s1, e1, t1), (s2, e2, t2)) in enumerate(zip(spans, spans[1:], strict=False))
        if (t1.casefold(), t2.casefold()) in joined and text[e1:s2] in (", ", ", the ")
    }
    return _join_next(text, orig, joins) if joins else orig


# what a person owns as well as a show does ("Simon's fans", "Reyes' future")
_PERSONAL_OWNINGS = frozenset(("fans", "fate", "future", "return", "run"))
# words before a capitalised common word that make it a kind ("the Western", "a Western")
_DETERMINERS = frozenset(("the", "a", "an", "its", "this", "that", "their", "his", "her"))


def _word_uses(text: str, word: str, start: int = 0) -> list[int]:
    """Where ``word`` stands in ``text`` from ``start`` on as a whole word (no word
    character right before or after it)."""
    n = len(word)
    return [
        at
        for at in _occurrences(text, word)
        if at >= start
        and not _is_word(text[at - 1 : at] or " ")
        and not _is_word(text[at + n : at + n + 1] or " ")
    ]


def _capital_inside_twice(text: str, word: str) -> bool:
    """Whether the one word ``word`` stands twice at least right after a lower-case word
    (inside a sentence, where its capital makes it a name)."""
    if " " in word or not word.isalpha() or len(word) < 4:
        return False
    inside = [
        at
        for at in _word_uses(text, word)
        if text[at - 2 : at - 1].islower()
        and text[at - 1 : at] == " "
        and _last_word(text[max(0, at - 8) : at]) not in _DETERMINERS
    ]
    return len(inside) >= 2


# a capitalised word right before a name's word, or one right after it: the word is part
# of a longer name ("American Ballet Theatre")
_CAPITAL_WORD_BEFORE = fast_pattern(r"\p{Lu}\w*[^\S\n]+$")
_CAPITAL_WORD_AFTER = fast_pattern(r"[^\S\n]+\p{Lu}")


def _only_lower_case_after(text: str, word: str, body: int) -> bool:
    """Whether the body (from ``body`` on) writes ``word`` only in lower case, once at
    least: a headline's title case made a common word look like a name (a capital inside
    a longer name, "American Ballet Theatre", is that name's)."""
    low = word.lower()
    if low == word or low not in text[body:].lower():
        return False
    lower = False
    for m in text_rx(rf"\b(?i:{regex.escape(low)})\b").finditer(text, body):
        if m.group() == low:
            lower = True
        elif not (
            _CAPITAL_WORD_BEFORE.search(text, max(body, m.start() - 40), m.start())
            or _CAPITAL_WORD_AFTER.match(text, m.end())
        ):
            return False
    return lower


def _only_after_the(text: str, name: str, body: int) -> bool:
    """Whether the body (from ``body`` on) writes the one-word ``name`` twice at least,
    each time after a lower-case "the": a vessel, a place or a body in the story ("the
    Seaview", "the Pentagon"), not a show."""
    uses = _word_uses(text, name, body)
    return len(uses) >= 2 and all(
        text[at - 4 : at] == "the " and not _is_word(text[at - 5 : at - 4] or " ") for at in uses
    )


def _written_only_after(text: str, word: str, before: str) -> bool:
    """Whether each of ``word``'s uses in ``text`` (two at least) comes right after
    ``before``."""
    uses = _word_uses(text, word)
    return len(uses) >= 2 and all(text[at - len(before) : at] == before for at in uses)


# (a doctor's or a detective's letters too: "Doogie Howser, M.D.", "Andy Barker, P.I.")
_SUFFIXES = frozenset(("Jr", "Sr", "Inc", "Ltd", "LTD", "LLC", "M.D", "P.I", "Esq"))
_SUFFIX_HINT = re.compile(rf", (?:{'|'.join(map(re.escape, _SUFFIXES))})\b")


def _with_suffix(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Brisco County, Jr.", "Perpetual Grace, LTD", "Magnum, P.I.": the suffix after the
    comma is the name's last word."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        s, e, t = span
        if out and t.rstrip(".") in _SUFFIXES and text[out[-1][1] : s] == ", ":
            s0 = out[-1][0]
            e = e + 1 if text[e : e + 1] == "." else e
            out[-1] = (s0, e, text[s0:e])
        else:
            out.append(span)
    return out


def _with_number(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "The Kumars at No. 42": the number after "No." is the name's last word; so is
    the one in "Retired at 35", when the article writes the whole name twice."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        s, e, t = span
        if out and s < out[-1][1]:
            continue  # (the age already joined)
        if out and t.isdigit() and out[-1][2].endswith(" No") and text[out[-1][1] : s] == ". ":
            s0 = out[-1][0]
            out[-1] = (s0, e, text[s0:e])
            continue
        out.append(span)
        at = _AT_AGE.match(text, e)
        if at and text.count(t + at.group()) >= 2:
            out[-1] = (s, at.end(), t + at.group())
    return out


_AT_AGE = re.compile(r" at \d{1,3}\b(?![.,:]\d)")


# A quotation closing on a name: after its comma, or before a space, a line's end or a stop
_CLOSING_QUOTE = re.compile(r',["”]|["”](?:[ \n.]|$)')
_CLOSING_SINGLE_QUOTE = re.compile(r"[,.]?['’](?:[ \n.:,]|$)")


def _without_question_word(span: tuple[int, int, str]) -> tuple[int, int, str]:
    s, e, t = span
    head, _, rest = t.partition(" ")
    if rest and head in QUESTION_WORDS and " " not in rest:
        return (s + len(head) + 1, e, rest)
    return span


def _chain_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Nicky, Ricky, Dicky & Dawn": three short names or more joined by commas, the
    last with "&", are one title when the article writes the whole chain the same way
    twice (a list of shows is not written out twice, word for word)."""
    chains: list[tuple[int, int]] = []  # (first, last) span indexes
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and text[spans[j][1] : spans[j + 1][0]] == ", ":
            j += 1
        if j - i >= 2 and " & " in spans[j][2]:
            chains.append((i, j))
        i = j + 1
    if not chains:
        return spans
    written = Counter(text[spans[i][0] : spans[j][1]] for i, j in chains)
    keep = [
        (i, j)
        for i, j in chains
        if written[text[spans[i][0] : spans[j][1]]] >= 2
        and all(len(spans[k][2].split()) <= 3 for k in range(i, j + 1))
    ]
    if not keep:
        return spans
    out = list(spans)
    for i, j in reversed(keep):
        s, e = spans[i][0], spans[j][1]
        out[i : j + 1] = [(s, e, text[s:e])]
    return out


def _ngram_counts(spans: list[str]) -> Counter[str]:
    # The same n-grams as _subspans, each built by extending the previous one (one join
    # per n-gram is most of this function's time on long spans).
    counts: Counter[str] = Counter()
    get = counts.get
    for s in spans:
        w = s.split()
        if not w:
            continue
        w[-1] = _clean(w[-1])
        if len(w) == 1:  # most spans: one word, one n-gram
            word = w[0]
            if word[:1].isupper() or word[:1].isdigit():
                counts[word] = get(word, 0) + 1
            continue
        caps = [_capital(x) for x in w]
        n = len(w)
        for i in range(n):
            if not caps[i]:
                continue
            gram = w[i]
            counts[gram] = get(gram, 0) + 1
            for j in range(i + 1, n):
                gram += " " + w[j]
                if caps[j]:
                    counts[gram] = get(gram, 0) + 1
                    if gram[-1] == ":" and j + 1 < n and w[j + 1] in _CLAUSE_AFTER_COLON:
                        # "Our Flag Means Death: Is a ...": the name before a question
                        # after a colon is the name the body writes (not "All American:
                        # Homecoming", a subtitle)
                        counts[gram[:-1]] = get(gram[:-1], 0) + 1
    return counts


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


# "The Company You Keep. ABC has cancelled the spy romance ...": a short name and a full
# stop opening a paragraph, then a sentence on the same line.
_LABEL_PARAGRAPH = fast_pattern(
    rf"(?m)^((?:{CAPW}|\d+)(?:{SP}+(?:{CONN}{SP}+)?(?:{CAPW}|\d+)){{0,5}})\.{SP}+\p{{Lu}}[^\n]{{20,}}"
)


def _label_paragraphs(text: str) -> set[int]:
    """Starts of paragraphs labelled by a name ("Fire Country. Already safe, the drama
    ..."), when at least two paragraphs of the article are built that way: a roundup's
    one paragraph per show."""
    if ". " not in text:
        return set()
    found = [
        m.start()
        for m in _LABEL_PARAGRAPH.finditer(text)
        if (m.start() == 0 or text[m.start() - 1] == "\n")
        and not _LABEL_VERB.search(m.group(1))
        and not _ANSWER.fullmatch(m.group(1))
        and len(m.group(1).split()[-1]) > 1
        # ("Any risk?" over "Plenty. Swapping the lead ...": the heading's answer)
        and not text[: m.start()].rstrip().endswith("?")
    ]
    return set(found) if len(found) >= 2 else set()


# "Yes. Amazon confirmed it." under a question heading: an answer, not a label
_ANSWER = fast_pattern(
    r"(?i:yes|no|not\s+yet|nope|yep|sure|maybe|perhaps|absolutely|correct|indeed|well|"
    r"unfortunately|sadly|happily|thankfully|officially|probably|possibly|likely|unlikely|"
    r"definitely|soon|eventually|sort\s+of|kind\s+of|almost|nearly|(?:not\s+)?quite|"
    r"short\s+answer|long\s+answer|good\s+news|bad\s+news|update|spoilers?|plenty|"
    r"none|nothing|never|always|often|rarely|hardly|certainly|unclear|unknown|few|some)"
)


# A paragraph's opening sentence, not a label: "Ratings Fell.", "It Is Done."
_LABEL_VERB = fast_pattern(r"\b(?:Is|Are|Was|Were|Has|Have|Had|Will|Be|Been|It|He|She|They|We|I)\b")


def _paragraph_about_a_show(text: str, start: int) -> bool:
    """Whether the rest of a paragraph speaks of seasons and goes on about "the series"
    or "the drama" as a sentence's subject (what a paragraph about a person does not)."""
    end = _paragraph_end(text, start)
    if not SEASON_TALK.search(text, start, end):
        return False
    return any(
        SHOW_NOUN_SUBJECT.match(text, m.end()) for m in SENTENCE_BREAK.finditer(text, start, end)
    )


# 'Daniel "Hondo" Harrelson': a person's quoted nickname between two of their names
# (in running text, not a title-case headline; not 'Netflix's "Wednesday" Season 2')
NICKNAMED_NAME = fast_pattern(
    # (after a lower-case word or a name's abbreviation: "as Sgt. Daniel ...")
    rf"(?<=(?:\b\p{{Ll}}\p{{L}}*|\b(?:{NAME_ABBREVIATIONS})\.){SP}+)"
    rf"\p{{Lu}}\p{{Ll}}+{SP}+[\"“]\p{{Lu}}[\p{{L}}.'’-]*(?:{SP}\p{{Lu}}[\p{{L}}.'’-]*)?[\"”]{SP}+"
    r"(?!(?:Season|Series|Part|Volume|Star|Stars|Cast|Creator|Fans)\b)\p{Lu}\p{Ll}[\p{L}'’-]*"
)


def _without_nicknamed_names(
    text: str, raw: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Drop the pieces of a name with a quoted nickname: none of them is a title."""
    names = [m.span() for m in NICKNAMED_NAME.finditer(text)]
    if not names:
        return raw
    return [(s, e, t) for s, e, t in raw if not any(a <= s and e <= b for a, b in names)]


def _repeated_label(text: str, span: str) -> bool:
    """The part of a span before its colon, three words or more, is written twice."""
    label, colon, _ = span.partition(":")
    return bool(colon) and label.count(" ") >= 2 and text.count(label) >= 2


# A headline's cast guide after the show's name and a colon
_CAST_GUIDE_AFTER = fast_pattern(
    rf":{SP}+(?:who{SP}plays{SP}(?:who|whom)|who['’]s{SP}who|(?:meet{SP})?the{SP}cast|"
    rf"cast{SP}(?:guide|list))\b",
    regex.IGNORECASE,
)


def _season_headline_lead(text: str, start: int, end: int, span: str, pats: _Patterns) -> bool:
    """ "His Dark Materials Season 2: ...", "One Piece Season 2: ..." opening a line: the
    possessive or lead word is the title's; so is an honorific before a headline's verdict
    ("Mr Selfridge to Close Its Doors After Series Four")."""
    first = span.split(" ", 1)[0]
    if start and text[start - 1] != "\n":
        return False
    after = text[end : end + 120]
    if first.rstrip(".") in _honorifics() and " " in span:
        return (
            _HEADLINE_TO.match(after) is not None or _HEADLINE_PARTICIPLE.match(after) is not None
        )
    line_end = text.find("\n", end)
    return (
        (
            first in POSSESSIVE_LEADS
            # "One Piece Season 2: ...", but not "Will Manifest Season 4 Happen?"
            or (
                first in pats.lead_words
                and "?" not in text[end : line_end if line_end >= 0 else None]
            )
        )
        and pats.season_after.match(after[:40]) is not None
    )


def _trim(
    span: str,
    counts: Counter[str],
    heading: bool,
    pats: _Patterns,
    opens_sentence: bool = True,
    keep_end: bool = False,
) -> str:
    """Cut a span to the part the article supports: drop lead words and heading noise.

    ``keep_end``: the span's last word stays (a season word follows the name: "Dear White
    People Volume 4" is not "White" because "Samantha White" is named too)."""
    words = _words(span)
    if not words:
        return ""
    words[-1] = _clean(words[-1])
    # (a comma inside stays: "Love, Victor")
    words = [w for w in [*words[:-1], words[-1].rstrip(",;")] if w]
    if not words:
        return ""
    full = " ".join(words)
    base = counts.get(full, 1)
    # "This Is Us": a lead word before a title-case "Is" is the title's own first word
    title_cased = not heading and len(words) > 1 and words[1] in pats.title_case_words
    noisy = (heading and base <= 1) or (words[0] in pats.lead_words and not title_cased)
    if (
        noisy
        and base >= 2
        and (
            not opens_sentence
            or (words[0] in NUMBER_LEADS and len(words) > 2)
            # (so is a possessive before two words more: "Our Friends in the North")
            or (words[0] in POSSESSIVE_LEADS and len(words) > 2)
        )
    ):
        # "picked up One Tree Hill" twice beside "the town of Tree Hill", "HBO's How To with
        # John Wilson": a lead word inside a sentence, in a name the article repeats whole,
        # is the name's own (and a number word opening one, before two words more: "One
        # Foot in the Grave will return")
        return full
    if noisy or (
        rx(r"\p{Lu}\w*-\p{Ll}").match(words[0])
        # ("Pee-wee's Playhouse", written so twice: a name's possessive, not a describing
        # word like "Emmy-winning")
        and not (base >= 2 and words[0].endswith(("'s", "’s")))
    ):
        best = None
        for i, j in _subspans(words):
            if i and (
                words[i - 1] == "&"
                or (i == 2 and words[1] == "and" and words[0] in pats.lead_words)
            ):
                # "Lois & Clark", "Law & Order": what follows "&" is never the title, nor
                # "Again" of "Once and Again" (a lead word, then "and")
                continue
            if j < len(words) and (base >= 2 or words[j - 1] in DANGLING or keep_end):
                # "How I Met" of "How I Met Your Mother", which the article repeats whole:
                # only the opening words may be noise
                continue
            sub = " ".join(words[i:j])
            c = counts.get(sub, 0)
            if c > base and (best is None or (j - i, c) > best[0]):
                best = ((j - i, c), sub)
        if best:
            return best[1]
        # No better-supported part: still drop the words that open a sentence.
        while (
            opens_sentence
            and len(words) > 1
            and words[0] in pats.lead_words
            and (heading or words[1] not in pats.title_case_words)
        ):
            words = words[1:]
            while len(words) > 1 and rx(CONN).fullmatch(words[0]):
                words = words[1:]
        return " ".join(words)
    return full


_SENTENCE_END = fast_pattern(r"[.!?\n]")
# Capitalised words a title does not end on when more of the span follows them.
NUMBER_LEADS = frozenset(
    ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
)
# Lead words that also open shows' names ("No Good Deed", "Only Murders in the Building",
# "One Tree Hill", "Last Man Standing", "Final Space")
TITLE_OPENING_LEADS = NUMBER_LEADS | frozenset(("No", "Only", "Last", "Final", "Early", "Just"))
DANGLING = frozenset(("The", "A", "An", "Your", "My", "Our", "Their", "His", "Her", "Its", "I"))


# Day and month names are titles only with strong evidence ("Netflix's Wednesday").
CALENDAR = frozenset(
    (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    )
)  # fmt: skip
_SINGULAR_VERB_AFTER = fast_pattern(
    # (not "is", "was": "... hosted by A and B was canceled" says it of the whole subject)
    r"[^\S\n]+(?:bows|returns|ends|comes|gets|wraps|signs|heads|moves|remains|stays|"
    r"concludes|finishes|premieres|debuts)\b"
)
_DAY_NAMES = frozenset(d.capitalize() for d in CALENDAR if d.endswith("day"))
# "after Friday's season 3 finale", "Monday's two-hour finale of X": a day's episode
_DAY_EVENT_AFTER = fast_pattern(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:finale|premiere|episode|opener|broadcast|airing|"
    r"instal?lment)\b(?P<of>\s+of\b)?"
)
_TIME_PREPOSITION_BEFORE = fast_pattern(
    r"\b(?:after|on|since|during|before|until|from|following)\s+(?:last\s+|this\s+|next\s+)?$",
    regex.IGNORECASE,
)
# a lower-case word or a comma right before a span: inside a sentence
_THE_INSIDE_BEFORE = fast_pattern(r"(?:[\p{Ll},])[^\S\n]$")


CREDIT_BEFORE = fast_pattern(
    r"\b(?:played|plays|playing|starred|stars|starring\s+as|appeared|known\s+for|best\s+known|alum|veteran|"
    # "spent eight seasons as Tim on ABC's Y"
    r"(?:seasons|years|days)\s+as|"
    # "spent six seasons working with Gilligan as Kim Wexler on Y"
    r"(?:seasons|years)\s+(?:[\p{Ll}-]+\s+){1,3}(?:\p{Lu}[\p{L}'’-]+\s+)?as|"
    # "whom viewers know as X from Y", "became a household name as X of Y", "first met
    # her on Y", "familiar from Y": an actor's earlier work
    # (in lower case: "How I Met Your Mother" is a title, not "met")
    r"guest-starred|voiced|(?-i:know|known(?:\s+to\s+\p{Ll}+(?:\s+\p{Ll}+)?)?\s+as|remember(?:ed)?|"
    # (a title's abbreviation is no sentence end: "remembered as Dr. Mark Greene on Y")
    r"household\s+name|familiar|met|always\s+be|forever\s+be))\b"
    r"(?:[^.;:!?\n]|(?<=\b(?:Dr|Mr|Mrs|Ms|Det|Sgt|Capt|Lt|Prof))\.){0,50}\b"
    r"(?:on|in|from|of)\s+(?:[\p{L}'’-]+\s+){0,3}[“\"‘']?$"
    # "and more recently as Ryan on the FX comedy Y": a role told as an earlier one
    r"|\b(?:more\s+recently|previously|earlier|once|later)\s+as\s+\p{Lu}[\p{L}'’-]*"
    r"(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:on|in)\s+(?:[\p{L}'’-]+\s+){0,3}[“\"‘']?$"
    # "is still Abe to anyone who watched NBC's Y": the viewers of an earlier show
    r"|\b(?:anyone|everyone|those|viewers|people)\s+who\s+(?:watched|saw|remembers?|grew\s+up\s+"
    r"(?:on|with))\s+(?:[\p{L}'’-]+\s+){0,2}[“\"‘']?$"
    # "from Alex Pina, the creator of Y", "Jo Lee, who previously ran the revival of Y": a
    # maker's earlier work
    r"|\b(?:creator|co-creator|showrunner|maker|makers)\s+(?:of|behind)\s+(?:the\s+)?[“\"‘']?$"
    r"|\bwho\s+(?:previously\s+|also\s+|once\s+)?(?:created|co-created|ran)\s+"
    r"(?:[\p{L}'’-]+\s+){0,3}[“\"‘']?$"
    # "hamming it up as the vain Phoenix Buchanan in Y": a role, and the show it is in
    r"|\bas\s+(?:(?:the|a|an)\s+(?:(?-i:\p{Ll})[\p{L}-]*\s+){0,2})?(?-i:\p{Lu})[\p{L}'’-]+"
    r"(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,2}\s+(?:on|in)\s+(?:[\p{L}'’-]+\s+){0,3}[“\"‘']?$",
    regex.IGNORECASE,
)
# Every alternative of CREDIT_BEFORE holds one of these words (case-folded).
_CREDIT_HINT = re.compile(
    r"play|star|appeared|know|alum|veteran|seasons|years|days|voiced|remember|household|"
    r"familiar|met|always|forever|who|creator|showrunner|maker|recently|previously|earlier|"
    r"once|later|\bas\s"
)


# "as" before a role, not in a comparison ("loved as much as Power Rangers", "as many
# injuries as"), nor (_ROLE_AS) in "such as" or "as well as"
_COMPARED = rf"(?<!\b(?:as|so){SP}+(?:[\w'’-]+{SP}+){{1,3}})"
_ROLE_AS = rf"(?<!such{SP}+)(?<!known{SP}+)(?<!same{SP}+)(?<!well{SP}+){_COMPARED}as"
# (a voice role is played too: "Mandy Moore voices Rapunzel"; and "Kaling plays Dr. Mindy
# Lahiri": a title written short before the role)
_PLAYED_BEFORE = fast_pattern(
    rf"\b(?:plays|played|playing|voices|voiced|voicing|portrays|portrayed|{_COMPARED}as){SP}+"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.{SP}+)?$"
)


def played(text: str, name: str, opening: bool = False) -> bool:
    """Whether the text gives the name as a role: "Azaria plays Jim Brockmire" (with
    ``opening``: as the first word of a longer role, "stars as Jod Na Nawood").

    (Found with ``str.find`` and a constant pattern for the words before it: a pattern
    compiled for each name cost more than the rest of the search.)"""
    if not name:
        return False
    word_end = _is_word(name[-1])
    for at in _occurrences(text, name):
        end = at + len(name)
        after = end < len(text) and _is_word(text[end])
        if (
            after != word_end
            and (not opening or (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()))
            and _PLAYED_BEFORE.search(text, max(0, at - 40), at)
        ):
            return True
    return False


# A headline's question about the show's next season, after its name and a colon
_SEASON_QUESTION = fast_pattern(
    rf":{SP}+(?:will|is|are|when|has|have|could|should)\b[^\n?]{{0,40}}?\b(?:{ORD}{SP}+)?"
    rf"(?:season|series)\b[^\n]{{0,20}}\?",
    regex.IGNORECASE,
)
# A headline's opening phrase of time before its news ("Before X, ...", "Ahead of X, ...").
_TIME_PHRASE_OPENER = fast_pattern(
    rf"(?:Before|Ahead{SP}+of|After|Until){SP}+(?:the{SP}+)?[“\"‘']?"
)
# ("fans of Noah and his friends" beside "plays Noah Nicholson": a role has fans too)
_FATE_OF_BEFORE = fast_pattern(rf"\b(?:fate|future|fans|viewers){SP}+of{SP}+$", regex.IGNORECASE)


def _role_first_name_of(text: str, name: str, left: str) -> bool:
    """ "the fate of Jod", "Fans of Cleaver": a one-word name after "fate/fans of" that
    opens a role someone plays in the article is that role's first name, not a show."""
    return (
        " " not in name
        and _FATE_OF_BEFORE.search(left) is not None
        and played(text, name, opening=True)
    )


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` starts in ``text``, each place in turn."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


def _is_word(char: str) -> bool:
    """A character ``\\w`` matches."""
    return char.isalnum() or char == "_" or unicodedata.category(char) in ("Mn", "Mc", "Pc")


def _credit_before(left: str) -> bool:
    """Whether CREDIT_BEFORE matches, searched only where one of its words is (a capital
    dotted I, folding to two characters, is searched too)."""
    if "\u0130" not in left and not _CREDIT_HINT.search(left.casefold()):
        return False
    return CREDIT_BEFORE.search(left) is not None


# "AMC's Anne Rice Immortal Universe": a franchise, not a show ("Stargate Universe", two
# words, is one).
# ("Marvel Cinematic Universe", not "Queen of the Universe": a title of its own)
FRANCHISE_TAIL = fast_pattern(
    r"(?:\S+\s+(?!the\s)\S+\s+Universe|\s(?:Franchise|Multiverse|Verse))$"
)
DESCRIBING_TAIL = fast_pattern(
    r"\p{Lu}\p{Ll}*-(?:set|based|born|bound|made|era|themed|style|led|fronted|starring|inspired|"
    r"centric|focused|driven|produced|created|helmed|language|speaking|winning|nominated)$"
)


def _acceptable(title: str, pats: _Patterns, strong: bool = False, quoted: bool = False) -> bool:
    if pats is patterns():
        return _acceptable_cached(title, strong, quoted)  # the same answer for the same name
    return _judge_title(title, pats, strong, quoted)


@lru_cache(maxsize=65536)
def _acceptable_cached(title: str, strong: bool, quoted: bool) -> bool:
    return _judge_title(title, patterns(), strong, quoted)


def _judge_title(title: str, pats: _Patterns, strong: bool, quoted: bool) -> bool:
    key = title.casefold()
    if strong and (key in CALENDAR or (key in pats.pronoun_titles and title[0].isupper())):
        # "Wednesday will return for Season 2", "Season 4 of You": a show named like a
        # day or a pronoun, with evidence only a show has
        return True
    # ("neXt": a word styled with a capital inside is a name, not the word)
    styled = title[:1].islower() and LOWER_INITIAL_RE.match(title) is not None
    if (len(title) < 2 and not (strong and quoted and title.isupper())) or (
        (key in pats.not_titles or norm_title(title) in pats.not_titles)
        and not styled
        # ("THE GUARDIAN (CBS)" heading its section: named like a paper, quoted and decided;
        # so is "DEADLINE: PICKED UP")
        and not (strong and quoted and (" " in title or title.isupper()))
    ):
        # (one capital letter is a title only as a roundup's section heading: "V")
        return False
    if key in verdict_words() and (title.isupper() or not (strong and quoted)):
        return False  # "RENEWED" over a roundup's list: a verdict heading, not a show
    if title[0].islower() and not LOWER_INITIAL_RE.match(title) and not _lowercase_title(title):
        # "in June 2012" left of a network's name: only "iZombie" starts so, and names
        # styled in lower case ("thirtysomething"), which _lowercase_titles alone finds
        return False
    if rx(r"\d+(?:st|nd|rd|th|s)(?:\s+of\s.*)?|S\d{1,2}(?:E\d{1,2})?").fullmatch(title):
        return False  # "14th", "1990s", "the 11th of Colbert's run"; "S3 is on the bubble"
    if MADE_BY_OPENING.match(title) and not (strong and quoted):
        # "Created by Valerie Armstrong, the series premiered ...": a credit (but a
        # quoted, decided "Based on a True Story" is a show)
        return False
    if (not strong or DESCRIBING_TAIL.match(title)) and rx(r"\p{Lu}\p{Ll}*-\p{Ll}+").fullmatch(
        title
    ):
        # "English-language", "its Eve-led drama" (but "Black-ish will end with its eighth
        # season")
        return False
    if " " in title and (DESCRIBING_TAIL.search(title) or FRANCHISE_TAIL.search(title)):
        return False  # "Sharon Horgan's Dublin-set" (series): words describing a show
    if " " in title and not quoted and title.rsplit(" ", 1)[1] in _company_tails():
        return False  # "ABC Signature Studios is shopping the episodes": a studio
    if rx(rf"\d+{SP}+{CONN}{SP}").match(title):
        return False  # "2 in January 2023": the tail of "Season 2 in January 2023"
    if rx(r"[\d\W]+").fullmatch(title) and "-" not in title:
        # A number is a title only with strong evidence ("Netflix has canceled 1899"), or
        # quoted or heading its section with a sign no count has alone ("3%")
        return (strong and len(title) >= 3) or (quoted and rx(r"\d+%").fullmatch(title) is not None)
    words = [w.casefold().strip("’'") for w in title.split()]
    if not styled and all(w in pats.filler or rx(CONN).fullmatch(w) for w in words):
        # A show may be called by a common word ("Hulu cancels 'Reboot'"), but only
        # quoted and with strong evidence.
        # ... or "The" and two more capitalised words, decided on ("The Four Seasons is
        # coming back"): no phrase of filler is written so.
        return strong and (quoted or (len(words) >= 3 and words[0] == "the" and title.istitle()))
    return key not in network_names_folded()


class TitleFinder:
    """Finds the shows an article talks about and tracks which one each sentence is about."""

    def __init__(self) -> None:
        self.p = patterns()

    def __call__(self, doc: Doc) -> Doc:
        info = results(doc).get("document") or {}
        results(doc)["titles"] = self.find(doc, info)
        return doc

    def find(self, doc: Doc, info: dict[str, Any]) -> TitleResult:
        text = text_of(doc)
        p = self.p
        # Headings are short lines; a "title" as long as a paragraph is the first paragraph.
        heading_lines = {h.strip() for h in info.get("headings") or [] if h and len(h) < 150}
        if info.get("title") and len(info["title"]) < 150 and not info["title"].endswith("."):
            heading_lines.add(info["title"].strip())
        first_line = text.lstrip().split("\n", 1)[0].strip()
        headline_start = len(text) - len(text.lstrip())
        first_line_end = headline_start + len(first_line)  # the body after
        if first_line and len(first_line) < 150 and not first_line.endswith("."):
            heading_lines.add(first_line)
        emphasis = {e.strip() for e in info.get("emphasis") or [] if e and e.strip()}

        raw = _split_spans(_title_spans(text), text)
        if "...?" in text or "…?" in text:
            raw = _dotted_question_titles(text, raw)
        if ": " in text:
            raw = _colon_names_apart(text, raw, first_line_end)
        lower = [(m.start(), m.end(), m.group()) for m in LOWER_INITIAL_RE.finditer(text)]
        if lower:
            raw = sorted(raw + lower)
        if "'s " in text or "’s " in text:
            raw = _split_at_network_owner(raw)
        if '" ' in text or "” " in text:
            raw = _without_nicknamed_names(text, raw)
        # Glued words from lost separators ("MillbrookTideGlass Harbor") become pieces.
        spans: list[tuple[int, int, str]] = []
        glue_prefixes = tuple(vocabulary()["glue_prefixes"])
        known_words = Counter(w.strip("’'") for _, _, t in raw for w in t.split())
        net_lead = _net_lead()
        net_openings = _net_openings()

        opens_at: dict[int, bool] = {}  # asked several times for each span
        # Years the article gives seasons ("1923 Season 2") are a show's name throughout.
        titled_years = set(YEAR_TITLE.findall(text)) if "eason" in text else set()

        def opens_sentence(start: int) -> bool:
            known = opens_at.get(start)
            if known is None:
                known = opens_at[start] = _sentence_start(text, start)
            return known

        # Spans also seen inside a sentence keep their first word ("Only Murders in the
        # Building" after "Hulu Renews"); others lose sentence-opening words ("Fans of").
        inside = {t for s, _, t in raw if not opens_sentence(s)}
        # ("HBO's How To with John Wilson" in the headline: the name after a network's
        # possessive is seen inside a sentence too)
        inside |= {
            m.group(2)
            for _, _, t in raw
            if "'s " in t or "’s " in t
            if (m := _NETWORK_POSSESSIVE_LEAD.match(t)) and canonical_network(m.group(1))
        }
        # "Has No Good Deed been renewed?": a question's subject after its verb opens on
        # its own first word, a "No" or "Only" too.
        inside |= {
            rest
            for s, e, t in raw
            if (words := t.split(" "))[0] in QUESTION_WORDS
            and len(words) > 2
            and words[1] in TITLE_OPENING_LEADS
            and (end := _SENTENCE_END.search(text, e)) is not None
            and end.group() == "?"
            for rest in [" ".join(words[1:])]
        }
        # "Seven Seconds will not return" under "Seven Seconds Canceled at Netflix": a
        # number word opening the same name twice is the name's own
        numbered = Counter(
            " ".join(t.split(" ")[:2]) for _, _, t in raw if t.split(" ", 1)[0] in NUMBER_LEADS
        )
        seen = Counter(t for _, _, t in raw)
        for s, e, t in raw:
            # "So Help Me Todd, the legal comedy ...": a name the article then describes
            # keeps its first word.
            if opens_sentence(s) and t not in inside and not _described(text, e):
                words = t.split(" ")
                k = 0
                # "Will Trent: Renewed" keeps its "Will"; "Will Manifest Get a Season 4?" not.
                # (past a title's own "!": "Will There Be a Schmigadoon! Season 3?")
                end = _SENTENCE_END.search(text, e + (text[e : e + 1] == "!"))
                question = end is not None and end.group() == "?"
                while (
                    k < len(words) - 1
                    and words[k] in p.lead_words
                    and (question or words[k] not in QUESTION_WORDS)
                    # ("If No Offence can ...": "No Offence" is seen inside a sentence)
                    and (not k or " ".join(words[k:]) not in inside)
                    # ("Once and Again returns": no sentence opens on a word joined so)
                    and words[k + 1] not in ("and", "&", "or")
                ):
                    k += 1
                    while k < len(words) - 1 and rx(CONN).fullmatch(words[k]):
                        k += 1
                    if words[k - 1] in ("a", "an"):
                        break  # "Will There Be a Nine Perfect Strangers Season 2?"
                if k and words[k] in p.title_case_words and not question:
                    k = 0  # "This Is Us, meanwhile, ...": title case, lead word and all
                # ("How to" opens titles; "Production on Yellowjackets season 3" is no title)
                if (k == 1 or (k == 2 and words[:2] == ["How", "to"])) and _season_headline_lead(
                    text, s, e, t, p
                ):
                    # "His Dark Materials Season 2: ...", "How to Sell Drugs Online (Fast)
                    # season 3: ..." heading its page
                    k = 0
                if k and (
                    _labelled_heading_after().match(text, e) or _label_line_name(text, s, e, p)
                ):
                    k = 0  # "Two and a Half Men (CBS) - RENEWED": a section's whole title
                if k and words[0] in NUMBER_LEADS and numbered[" ".join(words[:2])] >= 2:
                    k = 0  # (and "Two and a Half Men", past its "and" and "a")
                if (
                    k == 1
                    and words[0] in POSSESSIVE_LEADS
                    and len(words) > 2
                    and (seen[t] >= 2 or _repeated_label(text, t))
                ):
                    # "Our Friends in the North" opening the headline and a sentence: a
                    # possessive before two words more, in a name repeated whole (or
                    # before a headline's colon: "Our Flag Means Death: Is a ...")
                    k = 0
                if k and _TITLE_QUESTION_MARK.match(text, e):
                    k = 0  # "Who Killed Sara?, the thriller": a question a sentence goes on after
                if k:
                    cut = len(" ".join(words[:k])) + 1
                    s, t = s + cut, t[cut:]
            job = _job_title().match(t)
            if job and job.end() < len(t):
                s, t = s + job.end(), t[job.end() :]  # "Writer Russell Lewis": a person
            if (not (s and text[s - 1] in OPEN_QUOTES)) and DATE_SPAN.fullmatch(t):
                continue  # "began in September 2012, with ...": a date
            if text[e : e + 1] == ":" and web_label().match(text, s):
                continue  # "EXCLUSIVE: Netflix has ...": the page's label, nothing more
            if ":" in text[s : e + 1] and _field_line(text, s, e):
                continue  # "Streaming home: Crunchyroll": a field's label, its value a network
            label = (_network_label_end(text, s, t) or _web_label_end(t)) if ":" in t else 0
            if label:
                # "ABC: Alaska Daily" opening a roundup's line: the section's network.
                s, t = s + label, t[label:]
            dash = _dash_network().search(t) if " - " in t or " – " in t or " — " in t else None
            if dash and dash.start():
                # "BACK TO YOU - FOX - CANCELED": a roundup's section line, its network after
                t, e = t[: dash.start()], s + dash.start()
            if " on " in t and (on := _on_network_end(text, t, e)):
                t, e = t[:on], s + on  # "the first season of Amphibia on Disney+": where it is
            lead = net_lead.match(t) if t.startswith(net_openings.get(t[:1], ())) else None
            if lead and _whole_network().fullmatch(t):
                continue  # "CBS All Access keeps ...": the network whole, not "CBS" + a title
            owned = lead is not None and lead.group().rstrip()[-2:] in ("'s", "’s")
            if (
                lead
                and not owned
                and (
                    # ("Stan Against Evil": a network named like a word or a person)
                    lead.group().strip() in needs_context()
                    # ("Sky Rojo" again and again, never "Rojo": the name's own word)
                    or text.count(t) >= 2
                    and text.count(t[lead.end() :]) == text.count(t)
                )
            ):
                lead = None
            if lead and lead.end() < len(t):
                # "Netflix’s Emmy-winning Mill Pond": the network is not part of the title.
                s, t = s + lead.end(), t[lead.end() :]
                tail = COMMA_WORD_END.match(text, e)
                if tail and owned:
                    # "had run Hulu's Love, Victor.": one more word, then the sentence ends
                    t, e = t + tail.group(), tail.end()
            brand = _brand_lead().match(t) if "s " in t else None
            if (
                brand
                and brand.end() < len(t)
                and text.count(t[brand.end() :]) - text.count(t) >= text.count(t)
            ):
                # "Marvel's Runaways" beside "Runaways" as often: the brand's; an article
                # that mostly keeps the brand ("DC's Stargirl" throughout) spells the name so
                s, t = s + brand.end(), t[brand.end() :]
            # Hyphenated praise opens a span but is not the title ("Emmy-winning ...").
            praise = rx(r"^(?:\p{Lu}\w*-\p{Ll}+\s+)+(?=\p{Lu})").match(t) if "-" in t else None
            if praise:
                s, t = s + praise.end(), t[praise.end() :]
            tail = TRAILING_CONNECTOR.search(t)
            if tail and not _particle_end(text, t, e, tail.group()):
                # "Close the Case With| Season 7": a title-case headline's connector before
                # the season is not the end of a title
                t, e = t[: tail.start()], e - (len(t) - tail.start())
            if s < first_line_end and " " in t:
                verb = _HEADLINE_VERB.search(t)
                if verb and text.count(t) == 1 and text.count(t[: verb.start()]) > 1:
                    # "Will Moon Knight Get a Second Season?", "Undateable and Telenovela
                    # Won't Be Back": the name the body uses, then the headline's verb
                    t, e = t[: verb.start()], s + verb.start()
                elif text.count(t) == 1:
                    at = _body_name_ends(text, t)
                    if at:
                        s, t = s + at, t[at:]
            if ": " in t and s and text[s - 1] == " " and text.count(t) == 1:
                place, _, rest = t.partition(": ")
                if (
                    text.count(rest) > 1
                    and text.count(place) == 1
                    and any(
                        label in PLACE_TIME and text[a:b] == place for a, b, label in entities(doc)
                    )
                ):
                    # "skate through an empty Manhattan: Betty is coming back": a place
                    # ends the clause, the name the body uses opens the next
                    s, t = s + len(place) + 2, rest
            cuts = _glue_cuts(t, p.glued, known_words, glue_prefixes)
            if not cuts:
                spans.append((s, e, t))
                continue
            prev = 0
            for c in [*cuts, len(t)]:
                piece = t[prev:c]
                if piece.strip():
                    spans.append((s + prev, s + c, piece))
                prev = c
        counts = _ngram_counts([t for _, _, t in spans])
        ents = entities(doc)
        persons = [(a, b) for a, b, label in ents if label == "PERSON"]
        person_names = {text[a:b] for a, b in persons}
        person_surnames = {n.split()[-1] for n in person_names if " " in n}

        def in_person(s: int, e: int) -> bool:
            """Whether the span s:e lies inside a name the model reads as a person's."""
            return any(a <= s and e <= b for a, b in persons)

        places = [x for x in ents if x[2] in PLACE_TIME]

        line_starts = _line_index(text)
        label_paragraphs = _label_paragraphs(text)
        # Lines that link to other stories ("Related: ...", "READ MORE: ..."), kept for the
        # pipeline's network count too; here as [start, end, start, end, ...]
        links = results(doc)["link_lines"] = _link_line_spans(text)
        link_lines = [x for span in links for x in span]
        net_ends = sorted(n.end for n in results(doc).get("networks") or [])
        # Per span: [start, end, text, strong weight, weak weight, quoted, heading].
        rows: list[list[Any]] = []
        people: set[str] = set()  # spans used as actors' names ("X as Character")
        section_heads = _section_headings(text, persons)
        heading_titles = {t for _, t in section_heads.values()}
        if heading_titles:
            spans = _heading_titles_again(text, spans, heading_titles)
        if head := _headline_head(text):
            spans = _heading_titles_again(text, spans, {head}, signs=False)
        lines_seen: dict[int, tuple[str, bool]] = {}
        offshoot_at: set[int] = set()
        net_labelled_at: set[int] = set()  # headline labels a network decides on after
        owned_at: set[int] = set()  # names after "Netflix's teen drama"
        inherit_from = -1  # index of the span a list's evidence flows from
        prev_end = -1
        # "a secret unit called Section One": the story's, wherever it is named again
        # (unless the headline names it)
        story_bodies = (
            {
                t
                for s, e, t in spans
                if s >= first_line_end and _story_body_before().search(text, max(0, s - 40), s)
            }
            - {t for s, e, t in spans if s < first_line_end}
            # (most articles name nothing so: the search runs only where one might)
            if " called " in text or " named " in text or " known as " in text
            else set()
        )
        for s, e, t in spans:
            if YEAR_SPAN.fullmatch(t) and (
                (
                    t not in titled_years
                    and not _described(text, e)
                    and not (s > 0 and text[s - 1] in OPEN_QUOTES)
                )
                or rx(rf"{MONTH}{SP}+\d{{1,2}},?{SP}*$").search(text[max(0, s - 80) : s])
            ):
                # "NBC's 2015 fall season", "the big bet of 2012": a year, unless quoted,
                # given seasons ("1923 Season 2") or described as a show ("2077, the
                # space mystery"); "opened on July 16, 2021, with Jane Doe as ...": a year
                prev_end = e
                inherit_from = -1
                continue
            if (
                (
                    (" " not in t and _DETERMINER_BEFORE.search(text, max(0, s - 12), s))
                    or t[:4] == "The "
                )
                and ADJECTIVE_WORD.fullmatch(t.removeprefix("The "))
                and _kind_after().match(text, e)
            ):
                # "Starz has ended its Arthurian drama", "The Swedish drama wrapped up":
                # what kind, not a name
                prev_end = e
                inherit_from = -1
                continue
            if (
                t in _DAY_NAMES
                and (event := _DAY_EVENT_AFTER.match(text, e))
                and (event.group("of") or _TIME_PREPOSITION_BEFORE.search(text, max(0, s - 20), s))
            ):
                # "after Friday's season 3 finale", "Monday's two-hour finale of Terra Nova": a
                # day (not "Wednesday's season 2 premiere is set", the show)
                prev_end = e
                inherit_from = -1
                continue
            if _GROUP_AFTER.match(text, e):
                prev_end = e  # "the Zucker, Abrahams and Zucker team": people who made it
                inherit_from = -1
                continue
            if ROMAN_SPAN.fullmatch(t) and SEASON_WORD_BEFORE.search(text, max(0, s - 8), s):
                prev_end = e  # "Series III": a season's number, not a title
                inherit_from = -1
                continue
            if t.isupper() and (s == 0 or text[s - 1] == "\n") and DATELINE_AFTER.match(text, e):
                prev_end = e  # "NEW YORK, May 14, 2015 -- CBS has ...": a dateline
                inherit_from = -1
                continue
            if t.startswith(("Its ", "Their ")) and ": " in t:
                # "Clears Out Its Freshmen: Stalker and The McCarthys": the names after
                cut = t.index(": ") + 2
                s, t = s + cut, t[cut:]
            if (
                # (but "A second season of Popular ... whether Popular could move": a lead
                # word the article writes with its capital inside sentences, twice, is a name)
                (t in p.lead_words and not _capital_inside_twice(text, t))
                or t in p.not_titles
                or t.startswith(("Its ", "Their "))
                or (
                    # "In January, the streamer ...": a date, with its preposition
                    " " in t
                    and t.split(" ", 1)[0] in _DATE_LEADS
                    and all(w.casefold() in CALENDAR or w.isdigit() for w in t.split()[1:])
                )
            ):
                # "The", "However", "Monday": never a title on its own; skip the checks.
                # "Its Mississippi Strip Club Drama" in a headline: a description.
                prev_end = e
                inherit_from = -1
                continue
            if link_lines and bisect.bisect_right(link_lines, s) % 2 == 1:
                # "Related: Every Show Renewed and Canceled This Fall": another story's link
                prev_end = e
                inherit_from = -1
                continue
            dateline = _DATELINE_PLACE.match(text, s) if s == 0 or text[s - 1] == "\n" else None
            if dateline and (
                dateline.group("date") or any(a <= s and e <= b for a, b, _ in places)
            ):
                # "NEW YORK (May 22, 1998) - ABC has renewed ...", "LONDON - X is coming
                # back": a wire story's dateline (a date, or a place the model knows)
                prev_end = e
                inherit_from = -1
                continue
            left = text[max(0, s - 80) : s]
            right = text[e : e + 80]
            if right[:1] == "?" and " " in t and _TITLE_QUESTION_MARK.match(right):
                right = text[e + 1 : e + 81]  # "Who Killed Sara?, the thriller": the name's own
            # Many spans share a line: read it and judge it once.
            line_at = bisect.bisect_right(line_starts, s) - 1
            line_start = line_starts[line_at]  # (a section heading below stays on this line)
            known_line = lines_seen.get(line_at)
            if known_line is None:
                line = _line_of(text, line_starts, s)
                known_line = lines_seen[line_at] = (
                    line,
                    line in heading_lines or _is_title_case_line(line),
                )
            line, heading = known_line
            quoted = (
                s > 0
                and text[s - 1] in OPEN_QUOTES
                and rx(rf"^[,.!?]?[{CLOSE_QUOTES}]").match(right) is not None
                # Carmen "Carmy" Berzatto: a nickname inside a name, not a title.
                and not (
                    rx(r"\p{Lu}[\p{L}.'’-]*[^\S\n]$").search(left[:-1])
                    and rx(rf"^[{CLOSE_QUOTES}][^\S\n]+\p{{Lu}}").match(right)
                )
            )
            if quoted and _SAID_AS_BEFORE.search(left[-24:]):
                # 'insists her surname is pronounced "Bouquet"': a word as it is said
                prev_end = e
                inherit_from = -1
                continue
            if not quoted and right[:1] == "!" and " " in t and _BANG_GOES_ON.match(right):
                quoted = True  # "Hello Tomorrow! is only part of the way ...": its own "!"
            # Markdown or HTML-stripped emphasis: **Murphy Brown**, *Fam*, _Drift_.
            marked = (
                s > 1
                and left[-2:] in ("**", "__")
                and right[:2] in ("**", "__")
                or s > 0
                and left[-1:] in ("*", "_")
                and right[:1] in ("*", "_")
            )
            if (
                not (quoted or marked)
                and (
                    (
                        " " not in t
                        and left[-4:] in ("the ", "The ")
                        and p.modifier_after.match(right)
                    )
                    or (
                        _determiner_before(left)
                        and (
                            _modifies_noun_after(doc, s, e)
                            or _heading_kind_after().match(right)
                            # "its Halle Berry summer series": the star, describing the show
                            or (
                                " " in t
                                and right[1:2].islower()
                                and p.modifier_after.match(right)
                                and in_person(s, e)
                            )
                        )
                    )
                    # "The New Orleans reimagining of ...": the determiner opens the span
                    or (
                        t.startswith("The ")
                        and right[1:2].islower()
                        and _modifies_noun_after(doc, s + 4, e)
                    )
                    # the network's show, described by a word, not named: "Join Starz's
                    # Pirate Drama" ending a headline, "Sky Atlantic's Anglo-French crime
                    # drama" in running text
                    or (
                        left[-3:-1] in ("'s", "’s")
                        and (
                            (heading and _described_at_line_end(right))
                            or (
                                " " not in t
                                and right[1:2].islower()
                                and p.modifier_after.match(right) is not None
                            )
                        )
                        and p.net_poss_before.search(left) is not None
                    )
                    # "Prime Video's CIA analyst": an agency's initials describing a person
                    or (
                        right[1:2].islower()
                        and 2 <= len(t) <= 5
                        and t.isupper()
                        and t.isalpha()
                        and _modifies_noun_after(doc, s, e)
                    )
                )
            ):
                # "HBO has renewed the Monterey drama", "canceled its gentle Long Beach
                # fable": words describing the show (its place, its parent: "the
                # Yellowstone prequel"), not the show decided on
                prev_end = e
                inherit_from = -1
                continue
            if (
                not (quoted or marked)
                and INDEFINITE_BEFORE.search(left[-4:])
                and not p.season_after.match(right)  # ("Will There Be a Kaos Season 2?")
            ):
                prev_end = e  # "a doctor at an HMO", "a Marine veteran": no title
                inherit_from = -1
                continue
            if not (quoted or marked) and (
                _setting(s, e, left, right, places, p)
                or _story_place_before().search(left[-40:])
                or t in story_bodies
                # "The German time-travel puzzle wrapped up": a word of origin describing
                # the show named elsewhere
                or (
                    t.removeprefix("The ") in _place_adjectives()
                    and _LOWER_WORD_AFTER.match(right) is not None
                )
            ):
                # "a lawyer in 1930s Los Angeles", "the Montana crime drama", "the planet
                # Melmac", "the crew of the Raza": where a story happens
                prev_end = e
                inherit_from = -1
                continue
            if t.casefold() in CALENDAR and rx(
                rf"\b(?:in|on|at|since|until|by|from|through|last|this|next|early|late|mid|end{SP}+of)"
                rf"(?:-|{SP})+$",
                regex.IGNORECASE,
            ).search(left):
                prev_end = e  # "canceled the series in May": a date
                inherit_from = -1
                continue
            if (
                not quoted
                and ACTOR_HINT.search(right[:60])
                and p.actor_after.match(right)
                # "led its drama X as Tandy": a show noun before it makes X the show, and
                # so does a network's described possession ("Netflix's live-action X as Gren")
                and not _show_noun_before().search(left)
                and not _net_described_before().search(left)
                # ("Jane Doe has joined Big Show as Ivy": what she joined is the show)
                and not _JOINED_BEFORE.search(left[-20:])
            ):
                # "**Quinta Brunson** as Janine", "JB Blanc is back as Vander": an actor.
                # "... as Abby Walker and Matt Barr as Hoyt": only the last name is his.
                people.add(_clean(rx(r",\s+|\s+(?:and|&)\s+").split(t)[-1]))
                prev_end = e
                inherit_from = -1
                continue
            if not quoted and right[:2] == ", " and PLAYED_BY_AFTER.match(right):
                # "The fate of Branch Connally, the deputy played by Bailey Chase": a role
                prev_end = e
                inherit_from = -1
                continue
            if not quoted and (
                (right[:1] in "'’" and p.maker_after.match(right))
                or (
                    _opening(right).startswith(FRANCHISE_OPENINGS)
                    and p.franchise_after.match(right)
                )
            ):
                # "Rian Johnson's mystery series", "HBO's Batman spinoff": the maker or
                # the franchise, not the show itself.
                prev_end = e
                inherit_from = -1
                continue
            if not quoted and _made_by(left, s, e, persons):
                # "The drama from Lee Daniels and Tom Donaghy has been canceled", "created
                # by Jane Doe": the makers, not the show the sentence decides on.
                prev_end = e
                inherit_from = -1
                continue
            head_of = section_heads.get(line_start)
            if head_of and s < head_of[0] + len(head_of[1]) <= e + len(head_of[1]) - len(t):
                # A roundup's section heading ("Chicago Fire", "So Help Me Todd (CBS)").
                s, t = head_of[0], head_of[1]
                e = s + len(t)
            strong = weak = 0.0
            people_too = 0.0
            described = False  # followed by a description of a show (", the drama ...")
            seasonal = False
            # a list item's line: "- Kaos: ...", "1. Shōgun (Hulu)", or a bare line
            # (a line opening with a letter has no bullet before the span)
            list_item = s == line_start or (
                not text[line_start].isalpha()
                and LIST_ITEM_LEAD.fullmatch(text, line_start, s) is not None
            )
            if head_of and t == head_of[1]:
                strong += 3
                quoted = True  # as good as quoted: keep it whole
            elif (
                right[:2] == ". "
                and (s == 0 or text[s - 1] == "\n")
                and len(t.split()[-1]) > 1  # not "Courtney B. Vance": an initial
                and ((first_line and t in first_line) or s in label_paragraphs)
            ):
                # "American Housewife. The longest-running of the three is done ...": a
                # paragraph led by a show its headline names, as a label
                strong += 3
            elif (
                right[:2] in (" (", " [")
                and _net_bracket_after().match(right)
                # (not "Jane Parker Kent (Max)" in a cast list: a role named like a network
                # that is a word or a name too; spaCy's PERSON alone says little: it takes
                # "Copper Kettle (Fox)" and "Bull (CBS)" for people)
                and not (
                    right[2:].split(")", 1)[0].split("]", 1)[0] in needs_context()
                    and in_person(s, e)
                )
            ):
                # "Reboot (Hulu) - WAITING.": a name with its network in brackets is a show,
                # even one named by a common word
                strong += 3
                quoted = True
            elif right[:3] == " | " and s == line_start and _labelled_heading_after().match(right):
                strong += 3  # "1600 PENN | NBC | CANCELED": a scorecard's line
            elif (
                right[:2] in (" (", " [")
                and s == line_start
                and _labelled_heading_after().match(right)
            ):
                strong += 3  # "SMASH (canceled)": a roundup's section heading
                quoted = True
            elif (
                right[:1] == "\t"
                and s == line_start
                and TABLE_ROW_VERDICT.match(right)
                # (a cast table's "Jane Doe<TAB>Mary Blake<TAB>Returning": a person)
                and not in_person(s, e)
            ):
                strong += 3  # "Lowtide<TAB>Starz<TAB>Canceled after two seasons": a table row
                quoted = True
            elif right[:2] == " (" and list_item and SEASON_BRACKET_LINE.match(right):
                strong += 3  # "Glass Harbor (season 3)" in a list of renewals
                quoted = True
            elif (
                ":" in t
                and s == line_start
                and t.split(":", 1)[0].strip().casefold() in fact_label_words()
            ):
                # "Notes: The series launched ...": a field line's label, then its value
                t = t.split(":", 1)[1].lstrip()
                s = e - len(t)
                left = text[max(0, s - 80) : s]
            elif (
                not quoted
                and ":" in t
                and list_item
                and rx(r"^[^\S\n]+\p{Ll}").match(text[e : e + 3])
                and not LABEL_SUBTITLE_VERB.match(text[e : e + 20])
                and p.label_sentence_after.match(text[s + t.index(":") :])
                # (not "Star Trek: Voyager heads into its final season" over a body that
                # names "Star Trek: Voyager" whole)
                and not _literal_at(text[line_start + len(line) :], t, _WORD_OR_DASH, _WORD_OR_DASH)
            ):
                # "- Kaos: The Greek myth drama was canceled ...": a list item's label and
                # its one-line story, not "Kaos: The Greek" as a subtitled title.
                t = t.split(":", 1)[0]
                e = s + len(t)
                right = text[e : e + 80]
                strong += 3
            elif (
                heading
                and ":" in t
                and line_start == s
                and not p.season_after.match(right)
                # ("NCIS: Hawai'i", named whole in the body too, is one name)
                and counts.get(t, 0) < 2
                # (nor a roundup's "Spider-Man: The New Animated Series (MTV)" heading)
                and not (
                    (bracket := _NETWORK_BRACKET_LINE_END.match(right))
                    and canonical_network(bracket.group(1))
                )
            ):
                # "Derry Girls: A Guide to the Cast": the part before the colon is the
                # show when the body names it on its own ("Avatar: The Last Airbender
                # Season 2" is one name: its season follows the whole).
                body = text[:s] + " " * len(line) + text[s + len(line) :]
                head, _, kicker_text = t.rpartition(": ")
                if not (
                    head
                    and kicker_text.split(" ", 1)[0] in NOT_SUBTITLE_OPENERS
                    and _literal_at(body, head, _WORD_OR_DASH, _WORD_OR_DASH)
                ):
                    # ("Star Trek: Starfleet Academy: Everything We Know": the kicker
                    # follows the last colon, and the body names the whole before it)
                    head = t.split(":", 1)[0].strip()
                kicker = t[len(head) + 1 :].split()[:1]
                if _literal_at(body, head, _WORD_OR_DASH, _WORD_DASH_OR_COLON) or (
                    # "Feud: Meet the Stars ..." over a body that says "Feud: Bette and
                    # Joan": the headline's kicker is no subtitle, so the name is the head
                    kicker
                    and kicker[0] in NOT_SUBTITLE_OPENERS
                    and _literal_at(body, head, _WORD_OR_DASH, _WORD_OR_DASH)
                ):
                    t, e = head, s + len(head)
                    strong += 3
                    quoted = True
            if (
                left[-2:] in (": ", ":*", ":_")
                and _verdict_label_before().search(left)
                # (not "Not returning: Jane Doe, who played ...": a person's exit)
                and right[:6] != ", who "
                and not in_person(s, e)
            ):
                strong += 3  # "Also gone: The Long Con.", "Renewed: Mill Pond": a verdict's show
            role_on = (
                rx(rf"{SP}(?:on|in){SP}+(?=\p{{Lu}})").search(t)
                if not quoted and (" on " in t or " in " in t)
                else None
            )
            if role_on and p.role_before.search(left):
                # "who played Roy Kent on Ted Lasso": one span, character then show.
                s, t = s + role_on.end(), t[role_on.end() :]
                weak += 3
            elif left.endswith((" on ", " in ")) and p.role_on_before.search(left):
                weak += 3  # evidence that fits people as well ("X is returning")
            if quoted:
                strong += 2
            opening = _opening(right)
            # (a season word, or a colon or dash before a status label)
            if (
                (
                    opening[:1] in "SsVPB"
                    and p.season_after.search(right)
                    # ("Whether season 12 will be the end": a clause's conjunction)
                    and t not in _CLAUSE_OPENERS
                )
                or (opening[:1] in ":–—-" and p.status_label_after.match(right))
                # "Ragdoll: will there be a second series?": the headline's question
                or (s < first_line_end and right[:2] == ": " and _SEASON_QUESTION.match(right))
            ):
                strong += 3
            elif (
                right[:1] in ":–—-"
                and list_item
                and p.label_sentence_after.match(right)
                # (not "Booyakasha: HBO wants more of Da Ali G Show": a cry in the body
                # before a sentence that names the headline's show)
                and not (
                    s >= first_line_end
                    and _names_a_headline_show(right.split(". ", 1)[0], spans, first_line_end, t)
                )
            ):
                strong += 3  # "- Mill Pond: The cooking drama will not return for a third season."
            if (
                right[:2] in ("'s", "’s")
                and (owned := p.poss_after.search(right))
                # (not "familiar faces to Simon's fans" after "David Simon and Eric
                # Overmyer's drama": a named person's surname has fans and a future too)
                and not (_last_word(owned.group()) in _PERSONAL_OWNINGS and t in person_surnames)
            ):
                strong += 3
            if (
                (" its " in right[:60].lower() or " their " in right[:60].lower())
                and not t.isdigit()
                and p.its_season_after.match(right)
                # "Henry Cavill will leave the series after its third season": a person
                and not PERSON_MOVES.search(right[:60])
                # "a store on Oxford Street will end with its fourth series": not the subject
                and (heading or not _prepositional_object(doc, s, e))
            ):
                strong += 3
            if right.startswith(" itself "):
                strong += 3  # "Walker itself will be back": a thing, not the Walker family
            if (
                _BACK_AFTER.match(right)
                and _BRING_BEFORE.search(left[-12:])
                and not in_person(s, e)  # "bring Catherine back"
            ):
                strong += 3  # "ABC is not bringing Dinosaurs back"
            if t.startswith("The ") and t.endswith("s") and _SINGULAR_AFTER.match(right):
                # "The McCarthys is also finished": a family would take "are"; a show's
                # name takes "is"
                strong += 3
            # Cheap checks decide which left-context patterns can match at all.
            low_left = left[-60:].casefold()
            near = bisect.bisect_left(net_ends, s - 80)
            net_near = near < len(net_ends) and net_ends[near] <= s
            # "fans of Master Chief's live-action adventures": the fans are of what the name
            # owns, so the name is a character or a maker, not the show
            possessor = right[:2] in ("'s", "’s") and not p.poss_after.search(right)
            if (
                " of " in low_left[-40:]
                and not possessor
                and p.of_before.search(left)
                # (not "the fate of Jod" after "Jude Law stars as Jod Na Nawood": a role's
                # first name)
                and not _role_first_name_of(text, t, left)
                # ("second series of Morecambe crime drama": a place describing the show)
                and not (not quoted and p.modifier_after.match(right))
            ):
                strong += 3
            described_by = _last_word(left) in p.describers  # "... its legal comedy" X
            if (
                net_near
                # (an owner's "'s" needs an apostrophe; a genre ends on a describing word)
                and (
                    (("'" in left or "’" in left) and p.net_poss_before.search(left))
                    or (described_by and p.net_genre_before.search(left))
                )
                # "Netflix's London heist series": a word describing the show, not its name
                and not (p.modifier_after.match(right) and (" " not in t or not quoted))
                # ("ITV's Amsterdam detective": a word describing a person, however named)
                and not (not quoted and right[1:2].islower() and _modifies_noun_after(doc, s, e))
                # "Adult Swim's Toonami block": a part of the network's schedule
                and not _SCHEDULE_PART_AFTER.match(right)
                # ("TNT's conspiracy thriller cast Sharon Stone as ...": the show's verb)
                and _last_word(left) not in _SHOW_VERBS_BEFORE_NAME
            ):
                strong += 3
                if described_by and " " in t:
                    # "Netflix's British teen drama Everything Now": a network's show by its
                    # kind, as good as quoted, however common its words
                    owned_at.add(s)
            elif described_by and p.genre_before.search(left):
                # "its legal comedy Second Chair": a network's show, as good as a verb's object
                weak += 3 if OWNED_GENRE_BEFORE.search(left) else 2
            # ("ends Annie Walker's missions": the verb's object is what the name owns)
            verb = (
                not possessor
                and VERB_STEMS.search(low_left) is not None
                and p.verb_before.search(left) is not None
            )
            if (
                (
                    verb
                    and (
                        (net_near and p.net_verb_before.search(left))
                        or p.for_season_after.search(right)
                    )
                    # (not "FX has given Sutter room to run": what is given is no season)
                    and not (
                        _GIVE_BEFORE.search(left[-12:]) and not _GIVEN_ORDER_AFTER.match(right)
                    )
                )
                or (
                    net_near
                    and not possessor
                    and "end" in low_left[-30:]
                    and p.net_verb_before.search(left)
                )
            ):
                # "Paramount+ has renewed Salt Road", "renewed X for a third season", "HBO
                # is ending X"
                strong += 3
            elif verb:
                people_too += 3
            first = opening[:12].casefold()
            va = None
            # (a capital dotted I folds to two characters: such an opening is searched)
            if first.startswith(VERB_AFTER_OPENINGS) or "\u0130" in opening[:12]:
                va = p.verb_after.search(right)
                if va and not heading and _prepositional_object(doc, s, e):
                    # "a store on Oxford Street will conclude ...": the name is inside the
                    # subject's description, not the subject of the verb
                    va = None
            if va is None and first.startswith(("be", "get")):
                va = p.question_after.search(right)
            if va is None and heading and first.startswith("to "):
                va = _HEADLINE_TO.match(right)  # "Endeavour to End With Ninth Series"
            if va is None and heading:
                va = _HEADLINE_PARTICIPLE.match(right)  # "Kestrel Renewed for Series 6"
            if va is None and heading and _HEADLINE_WAIT.match(right):
                weak += 3  # "Chuck on the bubble again": a show's wait, told in a headline
            if (
                heading
                and strong < 3
                and not _inside_network(net_ends, s, e)  # ("Paramount" of "Paramount+")
                and (
                    # (not a role: "X Names Ashton Kutcher as Its New Star for Season Nine")
                    (_HEADLINE_SEASON_LATER.match(right) and right[:4].casefold() != " as ")
                    # "Two and a Half Men Names Ashton Kutcher as Its New Star for Season
                    # Nine": the season of "its", the headline's opening name
                    or (
                        s == headline_start
                        and not in_person(s, e)
                        and _ITS_SEASON_LATER.search(line, e - line_start) is not None
                    )
                    # "Poldark Is Coming Back: BBC One Orders a Second Series": one word,
                    # then a decision and a season further on in the headline
                    or (
                        " " not in t
                        and _HEADLINE_DECISION.search(line)
                        and _HEADLINE_SEASON.search(line, e - line_start)
                    )
                )
            ):
                # "Bosch Will Close the Case With Season 7": the headline's subject has
                # seasons, so it is the show (even one named after its hero)
                strong += 3
            elif (
                s == headline_start
                and strong < 3
                and right[:1] == ":"
                and _headline_net_fate().match(line, e - line_start)
                # (not "Frequency Up: BBC Two Orders More" over "the frequency of ...")
                and not _as_word(text, t.split()[0])
            ):
                # "Liaison: will Apple TV+ bring back its spy thriller?": the headline's
                # label is the show a network decides on after it (whatever the model
                # makes of the word: a person, in "Liaison makes plenty of use of her")
                strong += 3
                net_labelled_at.add(s)
            decided = (
                va is not None
                and rx(
                    r"renewed|cancell?ed|axed|scrapped|picked|ordered|greenlit|dropped|cut|getting|"
                    r"get\s|seasons?\b|series\b|stays|survives|rescued|saved|revived",
                    regex.IGNORECASE,
                ).search(va.group())
                is not None
            )
            if decided and (
                # ("Mr Selfridge to Close Its Doors After Series Four": the season is in it)
                (first.startswith("to ") and rx(r"(?i)season|series").search(va.group()))
                or p.for_season_after.search(right[va.end() :])
                or rx(rf"^{SP}*(?:{ORD}|new){SP}+(?:season|series)\b", regex.IGNORECASE).match(
                    right[va.end() :]
                )
            ):
                strong += 3  # "The Edge of the Marsh got renewed for Season 2"
            elif decided:
                weak += 3  # shows are renewed and cancelled; people rarely are
            elif va and va.group().endswith(("its ", "their ")):
                weak += 3  # "comes back for its third season": a thing, not a person
                seasonal = True
            elif va and heading and va.group().rstrip().lower().endswith(("back", "return")):
                people_too += 3  # "Is Debris Coming Back?": a show's return in question
                seasonal = True
            elif va and va.group().lower().endswith(("home", " on")):
                weak += 3  # "finds a new home", "will live on": a show moved or saved
                seasonal = True
            elif (
                va
                and _OVER_WORDS.search(va.group())
                and p.for_season_after.search(right[va.end() :])
            ):
                weak += 3  # "X is done, after three seasons": said of a show, not a person
                seasonal = True
            elif va or (_MOVE_WORDS.search(right) and p.move_after.search(right)):
                people_too += 3  # "X is returning": shows and actors alike
                # "X is coming back for a second season", "X is on the bubble", "X is
                # moving to Amazon": said of shows, hardly of people or places.
                seasonal = va is None or bool(
                    p.for_season_after.search(right[va.end() :])
                    or rx(rf"^,?{SP}+with{SP}+(?:its|their|a|the){SP}").match(right[va.end() :])
                    or rx(r"bubble|limbo|end|conclude|over\b|sign").search(va.group().casefold())
                )
            if (
                strong + weak == 0
                and opens_sentence(s)
                and " " in t.strip()
                and p.next_sentence_takes.match(text, e)
                # (not "Tim Roth's deception expert Cal Lightman will keep ...": a person's
                # possessive)
                and not (text[e : e + 2] in ("'s", "’s") and in_person(s, e))
            ):
                weak += 3
            if (
                strong + weak == 0
                and " " in t.strip()
                and right[:2] in (". ", "! ")
                and p.next_sentence_began.match(right)
                # (not "Amy Smart plays her mother, Barbara Whitmore. The show premiered
                # ...": a role, in apposition or after "plays")
                and not left.rstrip().endswith(",")
                and not _cast_as_character(left)
                and not in_person(s, e)
            ):
                weak += 3
            if (
                strong + weak == 0
                and " " in t.strip()
                and (s == 0 or text[max(0, s - 2) : s] == "\n\n")
                and PARAGRAPH_SUBJECT_AFTER.match(right)
                # (a person's name, not "Jane the Virgin" with "Jane" read as one; nor
                # "Greg Davies and Alex Horne will be back": two people's)
                and not in_person(s, e)
                and not (" and " in t and _two_names(t) and any(s <= a < e for a, _ in persons))
                and _paragraph_about_a_show(text, e)
            ):
                weak += 3  # "Jane the Virgin will also sign off ... a fifth and final season"
            if (
                strong + weak == 0
                and s < first_line_end
                and right[:1] in ": "
                # (one word only when written like no common word: "WandaVision")
                and (" " in t.strip() or not t[1:].islower())
                and _HEADLINE_GUIDE_AFTER.match(right)
            ):
                # "Godfather of Harlem: meet the cast of ...": a guide to a show (and "1883
                # cast guide: ...": a number heading a cast guide is its show)
                if t.isdigit():
                    strong += 3
                else:
                    weak += 3
            if right[:5] == " for " and MAKER_VERB_BEFORE.search(left) and p.made_for.match(right):
                weak += 3  # made for a network: a show, not a person
            if _AIR_WORDS.search(right) and p.airs_after.search(right):
                weak += 3  # "X premiered on Netflix", "X won't air on NBC"
            if (
                t.isdigit()
                and not NUMBER_AS_DATE.search(left)
                and (
                    (right[:2] == ", " and p.number_described_after.match(right))
                    or p.number_genre_before.search(left)
                )
            ):
                strong += 3  # "scrapped 1899, the multilingual mystery", "the reboot 4400"
            if (
                left.endswith(" and ")
                and PARALLEL_COUNT_BEFORE.search(left)
                and PARALLEL_COUNT_AFTER.match(right)
            ):
                # "canceling A after two seasons and How We Roll after just one": a list
                # item in step with the one before it
                people_too += 3
                seasonal = True
            if (
                right[:2] in (" a", " A")
                and GIVEN_SEASON_AFTER.match(right)
                and GIVE_VERB_BEFORE.search(left)
            ):
                strong += 3  # "Fox has handed animated comedy Paper Town a fourth season"
            if (" to " in left[-12:] or " for " in left[-12:]) and ORDER_TO_BEFORE.search(left):
                strong += 3  # "has given a Season 2 order to X", "early renewals to X"
            if s < first_line_end and _net_verb_headline().match(text[headline_start:s]):
                weak += 3  # "Fox grounds Firefly after ...": what a network did in its headline
            if right[:8] == ", which " and p.which_decided_after.match(right):
                weak += 3  # shows are renewed and cancelled; people rarely are
            elif (
                right[:8] == ", which "
                and (began := _WHICH_PREMIERED_AFTER.match(right))
                and not _OTHER_WORK_BEFORE.search(left[-40:])
            ):
                # "X, which premiered in September 2005": a show's start ("began", which
                # wars and weddings do too, is half of it)
                starred = rx(WITH_STAR_AS).search(right, began.end(), began.end() + 60)
                weak += 3 if began.group(1).casefold() != "began" or starred else 2
            if right[:7] == " after " and _EPISODES_IN_AFTER.match(right):
                weak += 2  # "pulled the drama Inconceivable after two episodes" (or a role)
            if (
                right[:11] == ", in which "
                and _IN_WHICH_PLAYS_AFTER.match(right)
                and not _OTHER_WORK_BEFORE.search(left[-40:])
            ):
                weak += 3  # "Head Cases, in which Chris O'Donnell played Jason Payne"
            if right[:6] in (", its ", ", thei") and OWNED_REMAKE_AFTER.match(right):
                weak += 3  # "X, its remake of the Norman Lear sitcom": a network's show
            if (
                right[:2] == ", "
                and p.appositive_after.match(right)
                # "Set in present-day New York, the comedy followed ...": the description
                # is the sentence's subject, after an opening phrase about a place or a source
                and not _opening_phrase().search(left)
            ):
                if (
                    STARRING_AFTER.match(right)
                    and not _cast_as_character(left)
                    # "a resident smitten with Johnson, with Teddy Sears as ...": a person
                    # named after a preposition, then the cast list goes on
                    and not _PREPOSITION_BEFORE.search(left[-8:])
                    # "a killer prowling the 1982 Sunset Strip, with X as Y": a place
                    and not _THE_BEFORE.search(left[-12:])
                ):
                    strong += 3  # "Walker, starring Jared Padalecki as ...": not a person
                elif STARRING_AFTER.match(right):
                    pass  # "X as Hannah Oduya, with Y as ...": a cast list's character
                else:
                    weak += 3  # "Gen V, the college-set spin-off starring ...": said of shows
                    described = True
            elif (
                opens_sentence(s)
                and " " in t.strip()  # one word opening a sentence: "Elsewhere", "Things"
                and not _inside_network(net_ends, s, e)
                and STATUS_IN_SENTENCE.match(text, e)
                and not rx(r"^\s+(?:as|plays|played|stars|starred|who)\b").match(right)
                # "The German mystery was axed": a word describing the show, not its name
                and not p.modifier_after.match(right)
            ):
                # "CSI: Vegas, which ..., is also finished after three seasons": the subject
                # of a sentence about a show's fate (people too, so the weak kind; but
                # "which", not "who", is said of things).
                if right.startswith(", which "):
                    weak += 3
                else:
                    people_too += 3
                seasonal = True
            if (
                right[:1] == ","
                and left[-2:] == ", "
                and p.appositive_before.search(left)
                # ("The book has a sequel, The Mountain Shadow, ...": the book's)
                and not _source_work_near().search(left[-50:])
            ):
                weak += 3  # "another young-adult series, I Am Not Okay with This, after ..."
            into = "into" in right[:30] and p.into_season_after.match(right) is not None
            if into:
                strong += 3  # "X and Y, both heading into their third season"
            if "green" in right.casefold() and p.green_light_after.search(right):
                weak += 3
            if (
                (opening.startswith(PLOT_OPENINGS) and p.plot_after.search(right))
                or (
                    opening.startswith(NOUN_OPENINGS)
                    and p.noun_after.search(right)
                    # "The Hilary Duff sitcom": a show called by its star's name
                    and not (t.startswith("The ") and t[4:] in person_names)
                )
            ):
                weak += 2
            if (
                ABOUT_WORDS.search(low_left)
                and not possessor
                and p.about_before.search(left)
                # (not "Fans of Cleaver" after "who plays Cleaver Greene": the same)
                and not _role_first_name_of(text, t, left)
            ):
                weak += 3
            if marked or (emphasis and (t in emphasis or _clean(t) in emphasis)):
                strong += 3
            if (
                strong < 3
                and not (quoted or marked or role_on)
                and ACTOR_HINT.search(low_left[-50:])
                and (role := p.role_before.search(left))
                and _last_word(role.group()) not in p.describers
            ):
                # "starring Suranne Jones as the diarist Anne Lister": a character
                prev_end = e
                inherit_from = -1
                continue
            gap = text[prev_end:s] if prev_end >= 0 else ""
            if into and rows and rows[-1][1] == prev_end and p.list_gap.match(gap):
                rows[-1][3] = max(rows[-1][3], 3.0)  # the list's earlier item too
            if (OFFSHOOT_HINT.search(low_left[-30:]) and OFFSHOOT_BEFORE.search(left[-30:])) or (
                right[:2] == ", " and OFFSHOOT_AFTER.match(right)
            ):
                offshoot_at.add(s)  # "Orders Spinoff 'Blue Orbit'", "X, a companion drama"
            row = [s, e, t, strong, weak, quoted, heading, people_too, seasonal, described]
            # Evidence flows along a list with the strength it had at its head.
            kind = 3 if inherit_from >= 0 and rows[inherit_from][3] >= 3 else 7
            if inherit_from >= 0 and p.list_gap.match(gap):
                row[kind] = max(row[kind], 3.0)
                inherit_from = len(rows)
            elif (
                inherit_from >= 0
                and rx(rf"{SP}+(?:\p{{Ll}}[\w-]*{SP}+){{1,3}}").fullmatch(gap)
                and all(w.casefold() in p.describers for w in gap.split())
            ):
                # "and Jane Doe drama Quiet Hours": the list item is the span
                # after the description, not the name before it.
                prev = rows[inherit_from]
                if inherit_from == len(rows) - 1 and prev[kind] == 3.0 and not prev[5]:
                    prev[kind] = 0.0
                row[kind] = max(row[kind], 3.0)
                inherit_from = len(rows)
            else:
                inherit_from = len(rows) if verb else -1
            if verb:
                inherit_from = len(rows)
            prev_end = e
            rows.append(row)

        # Surnames: "Hale" after "Nora Hale" is a person, whatever follows it.
        # ... not the last item of a list ("Charmed and Legacies"): names have no "and".
        surnames = {
            t.split()[-1]
            for _, _, t in spans
            # (not "Donald Glover's Atlanta": the word after a possessive is his show's)
            if 2 <= len(t.split()) <= 3
            and not NAME_BREAK.search(t)
            and "'s " not in t
            and "’s " not in t
        }
        surnames |= {
            text[a:b].split()[-1]
            for a, b in persons
            if len(text[a:b].split()) > 1 and text[a:b].split()[0] not in p.lead_words
        }
        people_words = {w for name in people for w in name.split()}
        alone = {t for _, _, t in spans if " " not in t and t[:1].isupper()}
        first_names = {
            text[a:b].split()[0] for a, b in persons if len(text[a:b].split()) > 1
        } - p.lead_words
        # For the parts of "A and B" only (most articles join no names so):
        # ("Conor MacSweeney - Alex Murphy": a name the model need not know for a person's)
        joined = any(" and " in r[2] or " or " in r[2] for r in rows)
        opening_words = (
            {t.split()[0] for _, _, t in spans if len(t.split()) == 2} if joined else set()
        )
        starring = {
            " ".join(m.group(1).split()[:k]) for m in STARRING.finditer(text) for k in (2, 3)
        }
        # "Isaac Asimov's novels": a writer, and "Asimov" alone is the same person.
        authors = {
            name
            # (one of the pattern's nouns must stand in the text: most articles name none)
            for m in (
                _author_before().finditer(text) if any(w in text for w in _author_hints()) else ()
            )
            for name in (m.group(1), m.group(1).split()[-1])
        }
        # (or, under a question, its standfirst: "Is Primo coming back?" over "... still
        # waiting to hear about a second season")
        standfirst = next((x.strip() for x in text[first_line_end:].split("\n") if x.strip()), "")
        season_headline = first_line in heading_lines and (
            SEASON_TALK.search(first_line) is not None
            or (
                "?" in first_line
                and standfirst[-1:] not in ".!?"
                and SEASON_TALK.search(standfirst) is not None
            )
        )
        lists: list[list[str]] = []  # the keys of one span split into list items
        show_evidence: set[str] = set()  # keys with evidence that fits shows only
        decided: set[str] = set()  # keys with strong evidence ("X Season 3", "renewed X")
        offshoots: set[str] = set()  # keys described as a spinoff, prequel or companion
        personish: set[str] = set()  # keys read (somewhere) as a person's name
        seasoned: set[str] = set()  # keys said to have seasons ("X ... for a fourth season")
        headline_season: set[str] = set()  # keys opening the headline before "season N"
        decided_and_described = {norm_title(r[2]) for r in rows if r[3] >= 3} & {
            norm_title(r[2]) for r in rows if r[9]
        }
        # "... in Hollywood, The Family still has no answer": "The" capitalised inside a
        # sentence opens a name, even one of common words
        # (so is a one-word name's capital inside a sentence, decided on there, right
        # after a verb's word: "ABC is not bringing Dinosaurs back"; not "the
        # tongue-in-cheek Western", "the German hit Dark, after one season", nor a
        # person: "bring Catherine back")
        in_sentence = [r for r in rows if _THE_INSIDE_BEFORE.search(text, max(0, r[0] - 3), r[0])]
        the_inside = {norm_title(r[2]) for r in in_sentence if r[2].startswith("The ")}
        not_verbs = _LINKS | p.describers
        decided_inside = {
            norm_title(r[2])
            for r in in_sentence
            if r[3] >= 3
            and " " not in r[2]
            and (before := _last_word(text[max(0, r[0] - 30) : r[0]])) not in not_verbs
            and "-" not in before
            and not any(a <= r[0] < b for a, b in persons)
        }
        scores: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = {}
        # ... and names with evidence of their own ("renewed Maple Hill")
        evidenced = (
            {_clean(r[2]) for r in rows if r[3] + r[4] > 0 and " and " not in r[2]}
            if joined
            else set()
        )
        # "Seinfeld's final season" and "Seinfeld will end with its ninth season": a name
        # decided on twice is a show, even one its star shares
        decided_twice = {t for t, n in Counter(r[2] for r in rows if r[3] >= 3).items() if n >= 2}
        # how much weak evidence each name has over the article (a hero's surname told as
        # a show again and again is the show: "Kojak premiered in October 1973")
        weak_by_name: Counter[str] = Counter()
        for r in rows:
            weak_by_name[r[2]] += r[4]
        # ("Roseanne returns with a tenth season" and "Roseanne is coming back for ...",
        # where Roseanne Barr plays Roseanne Conner: news calls an actor by the surname, so
        # a first name alone decided on or given seasons twice is the show named after her)
        seasoned_first_names = {
            t
            for t, n in Counter(
                r[2] for r in rows if (r[8] or r[3] >= 3) and " " not in r[2]
            ).items()
            if n >= 2 and t in first_names and t not in surnames
        }
        for s, e, t, strong, weak, quoted, heading, people_too, seasonal, described in rows:
            if strong + weak + people_too == 0:
                continue
            season_next = p.season_after.match(text[e : e + 40]) is not None
            # ("Supernatural season 15: ...", "The Righteous Gemstones season 4: ...")
            heads_headline_season = (
                s == headline_start
                and (
                    season_next
                    # ("Dark's third season: the facts so far": its season, by the possessive)
                    or (
                        text[e : e + 1] in ("'", "’")
                        and _POSSESSIVE_SEASON.match(text, e) is not None
                    )
                )
            )
            person = (
                any(
                    (a <= s < b or s <= a < e)
                    # ("Peter Kay's Car Share": a title that owns a name is no person)
                    and not (
                        (text[b : b + 2] in ("'s", "’s") or text[b - 2 : b] in ("'s", "’s"))
                        and b + 3 < e
                    )
                    for a, b in persons
                )
                or (" " not in t.strip() and _clean(t) in surnames)
                # "The Jodie Marsh sitcom": a star's name, named as a person elsewhere
                or (t.startswith("The ") and t[4:] in person_names)
            )
            if person and (
                p.title_case_words.intersection(t.split()[1:])
                # "Malcolm in the Middle is wrapping up", said twice: the model's "Malcolm"
                # is the start of a name with a small word inside, as no person's is
                or (_INNER_SMALL_WORD.search(t) and text.count(t) >= 2)
                # ("Gilmore Girls will be back": no one person is named for a group)
                or (" " in t and t.split()[-1] in _group_nouns())
                # ("Jeeves and Wooster bows out": two names, then a verb said of one thing)
                or ((" and " in t or " & " in t) and _SINGULAR_VERB_AFTER.match(text, e))
                # ("Walker, Texas Ranger ended its run" beside "as Cordell Walker": a name
                # joined across its comma, written so twice, is no person's)
                or ", " in t
                # ("Agent Carter still waiting on ABC as season 3 hangs in the balance": a
                # rank and a name, the headline's and the body's, is the show's)
                or (seasonal and _rank_led(t) and _titled_show(text, t, first_line))
            ):
                person = False  # "This Is Us", "How We Roll": no one is named like that
            hero = False
            if (
                person
                and seasonal
                and strong + weak == 0
                # ("Father Brown to return as BBC One orders a second series" over "stars
                # Mark Williams as Father Brown": the hero the show is named after)
                and (" " not in t.strip() or (played(text, t) and _alone_in(first_line, t)))
                and season_headline
                and _mentions_in(first_line, t)
                and not _in_longer_name(t, persons, text)
            ):
                # "Gotham Will Wrap Up With a Fifth Season" over "Fox has confirmed that
                # Gotham will come back for a fifth season": a name the model takes for a
                # person's, never written with a first name, said to have seasons (or
                # only as a role: "Lewis signs off" over "Whately played DI Robert Lewis")
                person, weak, hero = False, 3.0, True
            if person and strong + weak == 0:
                continue  # "Doe and Hale are coming back": people, not shows
            if not quoted and _clean(t) in known_performers():
                continue  # "Idris Elba's family comedy": a performer our corpora know
            if person and not quoted and _INITIALLED_NAME.fullmatch(t):
                continue  # "Steven S. DeKnight's return to the arena": a maker, named so
            if (
                strong + weak == 0
                and not quoted
                and text[e : e + 4] in (" is ", " was", " are", " wer", " wil")
                and _AS_ROLE_AFTER.match(text, e)
            ):
                continue  # "Jane Doe is back too, as Mary Blake": an actor and her role
            if not quoted and " " in t.strip() and _RETURNS_AS_ROLE.match(text, e):
                continue  # "Tone Bell is set to return as Khalil": an actor coming back
            if person and _CREDITED_BEFORE.search(text, max(0, s - 120), s):
                # "The panel show hosted by Loni Love ... and Garcelle Beauvais was
                # canceled": the show's hosts, not the show
                continue
            if not quoted and text[e : e + 2] in ("'s", "’s") and t in first_names:
                continue  # "Chris's future", Chris being the Chris Carson the article names
            if s >= first_line_end and _MAKERS_OTHER_SHOW_BEFORE.search(text, max(0, s - 60), s):
                # "Her earlier comedy, The Mindy Project, was dropped by Fox": the maker's
                # other work, named in passing
                continue
            if not quoted and " " not in t.strip() and _WRITINGS_AFTER.match(text, e):
                continue  # "Armstrong's novels run to thirteen books": the author's
            if (
                not quoted
                and ("'s " in t or "’s " in t)
                and p.modifier_after.match(text[e : e + 60])
                and any(a <= s < b for a, b in persons)
            ):
                continue  # "Kelsey Grammer's Chicago drama": a person's show, described
            if (
                not quoted
                and 2 <= len(t.split()) <= 3
                and t.split()[-1] in alone
                and _last_word(text[max(0, s - 12) : s]) in ("the", "its", "this", "that")
                and p.modifier_after.match(text[e : e + 60])
            ):
                # "reviving the Gordon Ramsay series" beside "Ramsay will again ...": the
                # person the show is built on, describing it
                continue
            if ":" in t and not quoted:
                head, tail = t.split(":", 1)
                tail_at = s + len(head) + 1
                # "Dexter: Original Sin" after "'Original Sin' Gets a Date": a subtitle
                # the article also uses alone is the show's real name.
                tail_alone = len(tail.strip()) > 3 and _quoted_in(text, tail.strip())
                thing = text[e : e + 8] == ", which " or p.appositive_after.match(text[e : e + 80])
                if tail.split()[0] in NOT_SUBTITLE_OPENERS:
                    t = head  # "Axes Utopia: No Third Series": the headline goes on
                elif (
                    (
                        not thing
                        # "Netflix has renewed Vikings: Valhalla": one word after the
                        # colon of a decided-on name is no caption's person
                        and (strong < 3 or len(tail.split()) >= 2)
                        and not tail.lstrip().startswith("The ")  # "Avatar: The Last Airbender"
                        and any(a <= tail_at + 2 < b for a, b in persons)
                        # ("The finale of Lawmen: Bass Reeves streamed": a name with a colon
                        # said inside a sentence is one name, wherever else it stands)
                        and not (
                            all(w[:1].isupper() for w in tail.split())
                            and _inside_a_sentence(text, t)
                        )
                    )
                    or (
                        # "The CW has canceled Walker: Independence": the whole name is the
                        # one the decision is about, however often "Walker" is seen alone.
                        (strong < 3 or text[e : e + 1] in "'’")  # "X: Tom Reyes' Season 4"
                        and not tail_alone
                        # ("Hercules: The Legendary Journeys returns": a caption's person
                        # is not "The ...")
                        and not (weak and tail.lstrip().startswith("The "))
                        # "Walker: Independence, the Western prequel to ...": said of the whole
                        and not p.appositive_after.match(text[e : e + 80])
                        and counts.get(_clean(t), 0) <= 1
                        and counts.get(head, 0) >= 2
                        # (not a roundup's section heading, the name whole on a body
                        # line of its own: "Star Trek: Discovery" over "Network: ...")
                        and not (
                            s > first_line_end
                            and text[s - 1] == "\n"
                            and text[e : e + 1] in ("\n", "")
                        )
                    )
                ):
                    t = head  # "Salt Road: Tom Reyes' ..." is a caption, not a subtitle
            opens = opens_sentence(s) and t not in inside
            if opens and t.split()[0] in QUESTION_WORDS:
                end = _SENTENCE_END.search(text, e)
                opens = end is not None and end.group() == "?"
            title = (
                t
                if quoted
                or _described(text, e)
                or (" " in t and _TITLE_QUESTION_MARK.match(text, e))  # "Who Killed Sara?, ..."
                or _season_headline_lead(text, s, e, t, p)
                or (s == headline_start and _CAST_GUIDE_AFTER.match(text, e) is not None)
                or _label_line_name(text, s, e, p)
                # ("is bringing back Last Week Tonight with John Oliver": a host's show,
                # decided on by its whole name, however often the short one is used)
                or (strong >= 3 and _WITH_HOST_END.search(t) is not None)
                # ("The Righteous Gemstones season 4: ..." over "The Gemstones are about to
                # say goodbye": the headline's whole name before its season)
                # (and "Brooklyn Nine-Nine season 8: ..." over "the Nine-Nine")
                or (heads_headline_season and " " in (t[4:] if t.startswith("The ") else t))
                # ("Kaamelott Book VI: ..." over "Alexandre Astier's Kaamelott will end")
                or (
                    heads_headline_season
                    and _literal_at(text[first_line_end:], t, _NAME_GOES_ON, _NAME_GOES_ON)
                )
                else _trim(t, counts, heading, p, opens, heading and season_next)
            )
            if (
                not quoted
                and title in person_names
                and (at := t.rfind(title)) >= 0
                and _GENRE_NOUN_AFTER.match(text, s + at + len(title))
            ):
                continue  # "Orders Second Series of Sally Wainwright Drama": its writer
            if not quoted and " " not in title and _only_after_the(text, title, first_line_end):
                continue  # "Seaview Dives Again" over "commanded the Seaview": a vessel
            if (
                not quoted
                and s < first_line_end
                and " " not in title
                and _only_lower_case_after(text, title, first_line_end)
            ):
                continue  # "Starz's Ballet Drama" over "a New York ballet company": a word
            if title in heading_titles:
                title = title.rstrip(".,:;").strip()  # ("Abby's" heads its own section)
            else:
                title = _clean_whole(title) if quoted else _clean(title)
            if (
                not quoted
                and title in person_names
                and " " in title
                and t.startswith(title)
                and _PERSON_NEWS_AFTER.match(t, len(title))
            ):
                # "Jane Doe Joins the Cast of X Season 3": the season is X's; what is left
                # of the span is a person the model names
                continue
            weight = strong + weak + people_too
            parts = [title]
            pieces = t.split(" and ") if heading and not quoted and " and " in t else []
            if (
                len(pieces) == 2
                and counts.get(t, 0) < 2
                and title == _clean(pieces[0]) != t
                and counts.get(_clean(pieces[1]), 0) >= 2
            ):
                # "Mind Games and Mixology Axed" in a headline that the body names both
                # in: the trimmed first item, and the second
                parts = [title, _clean(pieces[1])]
            elif (
                len(pieces) == 2
                and counts.get(t, 0) < 2
                and title == _clean(pieces[1]) != t
                and counts.get(_clean(pieces[0]), 0) >= 2
            ):
                parts = [_clean(pieces[0]), title]  # "Stalker and The McCarthys Are Gone"
            elif (
                (
                    not quoted
                    # ("The franchise: Chicago Fire and Chicago Med" over a body that
                    # names each alone: a label heading's two shows)
                    or (
                        heading
                        and counts.get(title, 0) < 2
                        # (each seen outside this name: its n-grams count the name's own)
                        and all(
                            counts.get(x.strip(), 0) > counts.get(title, 0)
                            for x in rx(r" (?:and|or) ").split(title)
                        )
                    )
                )
                and (" and " in title or " or " in title)
                and (counts.get(title, 0) < 2 or _two_names(title))
                # ("handed Once and Again, its drama ...": a lone word that opens sentences
                # is no show of a list; the name is one)
                and not (
                    " " not in (first_item := rx(r" (?:and|or) ").split(title)[0])
                    and first_item in p.lead_words
                )
                # ("a second season of Moon Girl and Devil Dinosaur", twice, its two heroes
                # never decided on alone: one title)
                and not (
                    strong >= 3
                    and " or " not in title  # ("Night Owls or Maple Hill": a choice)
                    and counts.get(title, 0) >= 2
                    and not evidenced.intersection(
                        _clean(x) for x in rx(r" (?:and|or) ").split(title)
                    )
                )
                # ("renamed the show Captain America and the Winter Soldier": a lower-case
                # "the" after "and" goes on one name; a second show's would be "The"; so
                # does "a": "Two Pints of Lager and a Packet of Crisps")
                and not (
                    len(joint := _AND_ARTICLE.findall(title)) == 1
                    and " or " not in title
                    and not evidenced.intersection(_clean(x) for x in title.split(joint[0]))
                )
            ):
                # "Quiet Hours and Captain Drift", "X or Y": two list items, not one title.
                parts = [x.strip() for x in rx(r" (?:and|or) ").split(title)]
            if len(parts) > 1:
                lists.append([norm_title(x) for x in parts if x])
            for part in parts:
                # ("HBO has canceled Here and Now, the family drama": common words, but
                # decided on and described as a show, as good as quoted)
                sure = (
                    quoted
                    or (described and strong >= 3 and " " in part)
                    # ("Final Space season 2" over "Final Space, the animated space
                    # adventure": words of two common words, decided and described)
                    or (" " in part and norm_title(part) in decided_and_described)
                    or (strong >= 3 and part.startswith("The ") and norm_title(part) in the_inside)
                    or norm_title(part) in decided_inside
                    # ("Supernatural season 15: everything we know": a common word that
                    # opens the headline with a season number after it is the show)
                    or (heads_headline_season and part == t and " " not in part)
                    or (s in owned_at and part == t)
                    # ("A second season of Popular is on the way": a common word decided
                    # on and written with its capital inside sentences, twice)
                    or (strong >= 3 and part == t and _capital_inside_twice(text, part))
                )
                if not part or not _acceptable(part, p, strong >= 3, sure):
                    continue
                if part[:3] in ("By ", "BY ") and any(a <= s + 3 < b for a, b in persons):
                    continue  # "By Darlene Fitch" on a line of its own: the writer's byline
                # "House, the medical drama": a show named after its hero's surname
                if (
                    strong == 0
                    and " " not in part
                    and part in surnames
                    and not described
                    and not hero
                    # ("Kojak premiered in October 1973" and more of the kind, where
                    # Telly Savalas plays Lt. Theo Kojak: the show its hero names)
                    and weak_by_name[part] < 5
                ):
                    continue
                if (
                    not quoted
                    and (part in people or part in people_words or part in authors)
                    # ("Maron season 4" over "built around ... Marc Maron": the star's
                    # surname is the show the heading gives seasons)
                    and not (strong >= 3 and heading and (season_next or s in net_labelled_at))
                    and not (strong >= 3 and part in decided_twice)
                    and not ((seasonal or strong >= 3) and part in seasoned_first_names)
                ):
                    continue  # an actor's name, or a part of one ("James" of "Janelle James")
                if (
                    strong < 3
                    and len(parts) > 1
                    and all(" " not in x for x in parts)
                    and all(x in first_names or x in opening_words for x in parts)
                ):
                    # "Conor and Jock are getting another run": Conor MacSweeney's, and
                    # Jock Murphy's, first names
                    continue
                if (
                    not quoted
                    and 2 <= len(part.split()) <= 3
                    and (part.split()[-1] in people or part in starring)
                ):
                    continue  # "Renews Vince Vaughn Comedy" after "Vaughn stars as Yancy"
                key = norm_title(part)
                scores[key] += weight + (1 if heading else 0)
                if key not in forms:
                    forms[key] = Counter()  # (not setdefault: it builds a Counter every time)
                forms[key][part] += 1
                if s in offshoot_at:
                    offshoots.add(key)
                if strong + weak or seasonal or len(key.split()) >= 2:
                    show_evidence.add(key)
                if strong >= 3:
                    decided.add(key)
                if heads_headline_season and part == t:
                    headline_season.add(key)
                if seasonal:
                    seasoned.add(key)
                if person:
                    personish.add(key)
        # A span the article keeps coming back to is better supported.
        for key, fs in forms.items():
            seen = max(counts.get(f, 0) for f in fs)
            scores[key] += min(2, max(sum(fs.values()), seen) - 1)

        # "The Reagans are coming back", "the students of Nevermore are coming back":
        # for a one-word name, what fits people and places as well as shows is not
        # enough on its own.
        accepted = {k: v for k, v in scores.items() if v >= 3 and k in show_evidence}
        # "Stalker and The McCarthys Are Gone": an item of a list whose other item is a
        # show is one too
        for group in lists:
            if any(k in accepted for k in group):
                for k in group:
                    if k not in accepted and scores.get(k, 0) >= 3 and k not in personish:
                        accepted[k] = scores[k]
        # "the flannel-shirted leader of the fictional Possum Lodge": a place in the story
        # (whatever a headline's "Possum Lodge Closing Its Doors" made of it), when the
        # article has another show
        if len(accepted) > 1 and "fictional " in text:
            accepted = {
                k: v
                for k, v in accepted.items()
                if not any(f"fictional {f}" in text for f in forms[k])
            }
        # "Jim Brockmire's voice will be heard" beside "Two More Seasons of Brockmire": the
        # hero the show is named after (a person, or a role someone plays), not a second show.
        accepted = {
            k: v
            for k, v in accepted.items()
            if not (
                k not in decided
                and " " in k
                and any(o in decided for o in {k.split()[0], k.split()[-1]} & accepted.keys())
                and (k in personish or any(played(text, f) for f in forms[k]))
            )
        }
        # "USA has canceled the drama, so Dr. Dani Santino will not be getting a fourth
        # season" beside "Callie Thorne starred as Dani Santino", under a headline about
        # Necessary Roughness: a role the article gives, named once with a rank, is no
        # second show
        if len(accepted) > 1 and any(
            _mentions_in(first_line, f) for o in accepted for f in forms[o]
        ):
            accepted = {
                k: v
                for k, v in accepted.items()
                if not (
                    " " in k
                    and sum(forms[k].values()) == 1
                    and not any(_mentions_in(first_line, f) for f in forms[k])
                    and any(
                        (bare := _without_rank(f)) != f and played(text, bare) for f in forms[k]
                    )
                )
            }
        # "Dick Wolf's fourth Chicago series" beside a decided "Chicago Justice": the
        # franchise's first word, not a show of its own.
        accepted = {
            k: v
            for k, v in accepted.items()
            if k in decided
            or " " in k
            or not any(
                o in decided
                and o.startswith(k + " ")
                # ("Bottom" of "Bottom of the Ninth: ..." is its short form: see short_for)
                and o[len(k) + 1 :].split()[0] not in PREFIX_JOINERS
                for o in accepted
            )
        }
        # "Gabe Kotter", "Julie Kotter" under "WELCOME BACK, KOTTER (ABC)": the last word
        # of a decided-on title, named as a family's surname, is no show of its own
        accepted = {
            k: v
            for k, v in accepted.items()
            if k in decided
            or " " in k
            or not any(o.endswith(" " + k) and o in decided for o in accepted)
        }
        # "Kids' WB gives Jackie Chan a cartoon" over "Jackie Chan Adventures, a half-hour
        # animated series": the person a longer title starts with is its star, not a show.
        accepted = {
            k: v
            for k, v in accepted.items()
            if not (
                " " in k
                and k not in seasoned
                and (k in personish or any(f in person_names for f in forms[k]))
                and any(
                    o.startswith(k + " ")
                    # (said in the body: not "BoJack Horseman to Bow Out After", headline words)
                    and any(text.find(f, first_line_end) >= 0 for f in forms[o])
                    for o in accepted
                )
            )
        }
        # (every form of a key normalizes to the key)
        headline_words = f" {norm_title(first_line)} "
        if not any(f" {k} " in headline_words for k in accepted):
            # No show has evidence of its own, or none the headline names: the name the
            # headline and the body share, in an article about seasons, is what the
            # article is about (beside shows named in passing).
            fallback = _headline_show(text, first_line, first_line_end, rows, persons, places, p)
            if (
                fallback
                and norm_title(fallback) not in accepted
                # (not the start of a show found: "Jackie Chan" of "Jackie Chan Adventures")
                and not any(k.startswith(norm_title(fallback) + " ") for k in accepted)
            ):
                key = norm_title(fallback)
                accepted = {key: 3.0, **accepted}
                forms[key] = Counter({fallback: 1})
        # "Les Misérables: who's who in the BBC's new adaptation" over a body that only
        # ever says "the drama": a cast guide's headline names its show
        guide = _CAST_GUIDE_HEADLINE.match(first_line) if ":" in first_line else None
        if (
            guide
            and (name := _clean(guide.group("name")))
            and (guide.group("guide") or name not in person_names)
            and _acceptable(name, p, True, True)
            and ((key := norm_title(name)) in accepted or not accepted or guide.group("guide"))
        ):
            accepted.setdefault(key, 3.0)
            forms.setdefault(key, Counter({name: 1}))
            decided.add(key)
        if not accepted and (
            last := _last_resort_show(text, first_line, first_line_end, rows, people, places, p)
        ):
            # Nothing had evidence enough, yet every article we read is about a show: the
            # name its headline gives, written as no common word is (or the body repeats)
            key = norm_title(last)
            accepted[key] = 3.0
            forms.setdefault(key, Counter({last: 1}))
            decided.add(key)
        best_form = {k: _written_form(_best_form(forms[k]), text) for k in accepted}
        for k, form in list(best_form.items()):
            if " " not in form and (whole := _headline_whole_name(form, first_line, text)):
                # (keyed by the whole name from here on, as its mentions will be)
                key = norm_title(whole)
                accepted = {(key if o == k else o): v for o, v in accepted.items()}
                best_form[key] = whole
                del best_form[k]
                forms[key] = forms.pop(k)
                forms[key][whole] += 1
                for keys in (decided, headline_season):
                    if k in keys:
                        keys.add(key)
        mentions = _find_mentions(text, [best_form[k] for k in accepted])
        # A title only ever seen inside a longer one ("Salt Road" in "Salt Road: Origins")
        # is that one.
        # ... and a title seen only in the headline, unquoted, is headline wording.
        body_keys = {
            norm_title(m.title)
            for m in mentions
            if _line_of(text, line_starts, m.start) not in heading_lines
        }
        quoted_keys = {norm_title(r[2]) for r in rows if r[5]}
        has_body = any(
            line.strip() and line.strip() not in heading_lines for line in text.split("\n")
        )
        named = {
            norm_title(m.title)
            for m in mentions
            if not has_body
            or norm_title(m.title) in body_keys
            or norm_title(m.title) in quoted_keys
        }
        # "Will There Be a Schmigadoon! Season 3?" over a body that only says "the musical
        # parody", or "Avatar: The Last Airbender Season 2" over a body that says "Avatar":
        # the headline's show, if it is said to have seasons.
        body_text = text[first_line_end:]
        named |= {
            k
            for k in accepted
            if k in decided
            and (
                not named
                # ("What We Do in the Shadows season 2: everything we know" over a body
                # that only says "the comedy": the show the whole article is about)
                or (
                    k in headline_season
                    # (not "Lois & Clark Season 2" over a body that writes the show's full
                    # title, nor "30 Rock to Sign Off After Seventh Season" over a body
                    # that says "30 Rock": the body's name is the show)
                    and not any(
                        best_form[k] in best_form[o] or best_form[o] in best_form[k]
                        for o in named
                        if o in best_form
                    )
                )
                or (
                    ":" in best_form[k]
                    and _mentions_in(body_text, best_form[k].split(":", 1)[0].strip())
                )
                # ("Kaamelott Book VI" over "Alexandre Astier's Kaamelott will end"): the
                # body names it after its maker's possessive
                or any(
                    best_form[o].endswith((f"'s {best_form[k]}", f"’s {best_form[k]}"))
                    for o in named
                    if o in best_form
                )
            )
        }
        # ("This Is Going to Hurt: who plays who in the BBC One drama": the show a cast
        # guide's headline names is the article's, whatever other show the body names)
        named |= {
            k
            for k in accepted
            if text.startswith(best_form[k], headline_start)
            and _CAST_GUIDE_AFTER.match(text, headline_start + len(best_form[k]))
        }
        if named != set(accepted):
            accepted = {k: v for k, v in accepted.items() if k in named}
            mentions = _find_mentions(text, [best_form[k] for k in accepted])
        # "'Original Sin' Gets a Date" over "Dexter: Original Sin": the subtitle alone is
        # a short name for the full title, not another show.
        # Likewise "'Percy Jackson' Season 2" over "Percy Jackson and the Olympians" (but
        # not "Walker" beside "Walker: Independence", nor "Chicago" beside "Chicago Fire").
        short_for = {}
        # "World Beyond sets its return" over "the last chapter of The Walking Dead: World
        # Beyond", written so once: a franchise's short name, a colon and the show's name
        # is the show's full title
        # (in the body: a headline's "Pitter Patter: Letterkenny Will Wrap Up" is a kicker)
        subtitled = {
            sub: r[2]
            for r in rows
            if ": " in r[2] and r[0] >= first_line_end and (sub := _franchise_subtitle(r[2]))
        }
        for k in list(accepted) if subtitled else ():
            full = subtitled.get(best_form[k], "")
            if full and (key := norm_title(full)) not in accepted:
                accepted[key] = accepted[k]
                best_form[key] = full
                short_for[best_form[k]] = full
        # "Will Ripley Get a Second Season?" over "Steven Zaillian's Ripley arrived on
        # Netflix": the headline's name, without its maker's possessive
        for k in list(accepted):
            full = best_form[k]
            owned = _PERSON_OWNS.fullmatch(full) if "s " in full else None
            if (
                owned
                # (the model may take the possessive into the person: "Steven Zaillian's")
                and (owned.group(1) in person_names or full[: owned.end(1) + 2] in person_names)
                and (key := norm_title(owned.group(2))) not in accepted
                and full not in first_line
                and _literal_at(first_line, owned.group(2), _WORD_OR_DASH, _WORD_OR_DASH)
            ):
                accepted[key] = accepted[k]
                best_form[key] = owned.group(2)
                short_for[full] = owned.group(2)
        for k in accepted:
            full = best_form[k]
            if ":" in full:
                head_form, tail_form = full.split(":", 1)
                tail = norm_title(tail_form)
                if tail in accepted and tail != k:
                    short_for[best_form[tail]] = full
                # ("Hercules" beside "Hercules: The Legendary Journeys", where Kevin Sorbo
                # plays Hercules: the hero, not another show; not "Walker" beside
                # "Walker: Independence")
                head = norm_title(head_form)
                if head in accepted and head != k and played(text, best_form[head]):
                    short_for[best_form[head]] = full
            # "Earl's list runs out" over "My Name Is Earl (NBC): canceled", where Jason Lee
            # plays Earl Hickey: the hero's name the longer title ends on is its short name
            last = norm_title(full.rsplit(" ", 1)[1]) if " " in full else ""
            if last in accepted and last != k and played(text, best_form[last]):
                short_for[best_form[last]] = full
            elif (
                last in accepted
                and last != k
                and full.count(" ") == 1
                and _possessive_only(text, full)
            ):
                # "Christopher Titus's family comedy" under "Titus (Fox)": the show named
                # after its star, told by his whole name
                short_for[full] = best_form[last]
            elif (
                last in accepted
                and last != k
                and full.count(" ") == 1
                and " " not in best_form[last]
                and _franchise_head(text, full)
            ):
                # "the fate of Atlantis" beside "Stargate Atlantis" and "Stargate SG-1": the
                # show without its franchise's name
                short_for[best_form[last]] = full
            elif (
                (owned := _PERSON_OWNS.fullmatch(full))
                and owned.group(1) in person_names
                and (name := norm_title(owned.group(2))) in accepted
                and name != k
            ):
                # "Alexandre Astier's Kaamelott will end" under "Kaamelott Book VI: ...":
                # its maker's name before the show's
                short_for[full] = best_form[name]
            # "ABC's Superman series" beside "Lois & Clark: The New Adventures of Superman":
            # the hero the title is of names that show, not another one
            if " of " in full:
                tail = norm_title(full.rsplit(" of ", 1)[1])
                if tail in accepted and tail != k:
                    short_for[best_form[tail]] = full
            for other in accepted:
                short = best_form[other]
                padded = f" {full} "
                at = padded.find(f" {short} ")
                lead = padded[1:at] if at > 0 else ""
                if (
                    other != k
                    and lead.istitle()
                    and f"{lead} {short}" in first_line
                    and full not in first_line
                ):
                    # "Late Night enters its final season" over "Late Night with Conan
                    # O'Brien": the headline's words before it are the longer name's own
                    short_for[short] = full
                    continue
                if (
                    other != k
                    and " " not in short
                    and full.startswith(f"The {short} ")
                    and played(text, short, opening=True)
                ):
                    # "Fox drops Mindy" over "The Mindy Project", where Kaling plays Mindy
                    # Lahiri: the heroine's first name is the show's short name
                    short_for[short] = full
                    continue
                if (
                    other != k
                    and full.startswith((f"{short}'s ", f"{short}’s "))
                    and played(text, short)
                ):
                    # "Mandy Moore voices Rapunzel" beside "Rapunzel's Tangled Adventure":
                    # the heroine the title is of names that show
                    short_for[short] = full
                    continue
                rest = full[len(short) :].split(maxsplit=1) if full.startswith(short + " ") else []
                if other == k or not rest:
                    continue
                if _older_version(text, full):
                    continue  # "the original Queer Eye for the Straight Guy": another show
                if rest[0] in PREFIX_JOINERS or (
                    # ("Hetty is back" over "Hetty Wainthropp Investigates", whose Hetty
                    # Wainthropp someone plays: the heroine's first name is the show's
                    # short name; not "Miranda" beside "Miranda Hart's Joke Shop")
                    len(rest) == 2 and " " not in short and played(text, f"{short} {rest[0]}")
                ):
                    short_for[short] = full
        # "The second season of AMC's horror anthology, subtitled Infamy": a season's
        # subtitle names the show the text just named
        for m in _SUBTITLED.finditer(text) if "titled " in text else ():
            sub = norm_title(m.group(1))
            before = [x for x in mentions if x.end <= m.start() and m.start() - x.end < 300]
            if sub in accepted and before and norm_title(before[-1].title) != sub:
                short_for[best_form[sub]] = before[-1].title
        if short_for:
            for short in short_for:
                accepted.pop(norm_title(short))
            mentions = [
                Mention(short_for.get(m.title, m.title), m.start, m.end)
                for m in _find_mentions(text, [best_form[k] for k in accepted] + list(short_for))
            ]
        # Count every mention, not just the ones with evidence.
        freq = Counter(norm_title(m.title) for m in mentions)
        first_pos: dict[str, int] = {}
        for m in mentions:
            first_pos.setdefault(norm_title(m.title), m.start)
        heading_text = "\n".join(heading_lines)
        # ("NCIS" is in "NCIS: Hawai'i Canceled" only as part of the longer name)
        heading_keys = {
            k
            for k in accepted
            if _mentions_in(_without_longer(heading_text, k, best_form), best_form[k])
        }
        # The headline's first show leads the article ("Renews X ... and Orders Spinoff Y").
        headline_end = first_line_end if first_line in heading_lines else 0
        # A show in the headline's opening phrase of time is not what the headline is about
        # ("Before X-Men '97, a look back at X-Men: The Animated Series"), however often
        # the body names the coming one.
        in_headline = [m for m in mentions if m.start < headline_end]
        timed = {
            norm_title(m.title)
            for m in in_headline[:1]
            if _TIME_PHRASE_OPENER.fullmatch(text, 0, m.start)
            and text.startswith(", ", m.end)
            and any(norm_title(x.title) != norm_title(m.title) for x in in_headline)
        }
        headline_first = next(
            (norm_title(m.title) for m in in_headline if norm_title(m.title) not in timed), None
        )

        # A spinoff named beside a headline show it is not is the lesser story.
        parents = {k for k in heading_keys if k not in offshoots}

        def rank(k: str) -> tuple[float, float, int]:
            return (
                accepted[k]
                + 2 * freq[k]
                + (6 if k in heading_keys and k not in timed else 0)
                + (3 if k == headline_first else 0)
                - (6 if k in offshoots and parents - {k} else 0),
                -first_pos.get(k, 10**9),
                0,
            )

        ordered = sorted(accepted, key=rank, reverse=True)
        shows = [best_form[k] for k in ordered]
        res = TitleResult(
            shows=shows, mentions=mentions, scores={best_form[k]: accepted[k] for k in accepted}
        )
        # In an article about one show (the only one its headline names), a show named once
        # or twice elsewhere is a passing mention: it does not take the article over.
        passing: set[str] = set()
        if ordered and headline_first == ordered[0]:
            in_headline = {norm_title(m.title) for m in mentions if m.start < headline_end}
            if in_headline == {ordered[0]}:
                # (a show opening a line of its own, "SEAL TEAM - RENEWED", heads a
                # section of a roundup, not a passing mention)
                leaders = {
                    norm_title(m.title)
                    for m in mentions
                    if not text[_line_start(line_starts, m.start) : m.start].strip(" *#_-•")
                }
                passing = {
                    best_form[k]
                    for k in ordered[1:]
                    if freq[k] <= 2 and k not in heading_keys and k not in leaders
                }
        res.sentences = self._sentences(doc, mentions, res.main, passing)
        named_main = [m for st in res.sentences for m in st.mentions if m.title == res.main]
        if named_main and all(
            m in st.credits for st in res.sentences for m in st.mentions if m.title == res.main
        ):
            # "... after starring as Mara in Netflix's X": the only show named is an actor's
            # earlier credit, so the article's unnamed subject must not become X.
            res.has_main = False
            res.sentences = self._sentences(doc, mentions, None, passing)
        return res

    def _sentences(
        self, doc: Doc, mentions: list[Mention], main: str | None, passing: set[str] = frozenset()
    ) -> list[SentenceInfo]:
        out: list[SentenceInfo] = []
        text = text_of(doc)
        mi = 0
        topic = main
        if main and mentions and _roundup_intro(text, mentions):
            topic = None  # "Here is a rundown of recent series that ...": no show's yet
        section = topic  # the show of the current roundup section ("Chicago Fire" heading)
        sectioned = False  # without headings, a paragraph stays with the last show named
        paragraph = 0
        last_para_end = 0
        last_named = None  # the show most recently named, for "that show"
        for start, end in _whole_titles(doc, mentions):
            para_first = "\n\n" in text[last_para_end:start] or (
                start > 0 and text[start - 1] == "\n"
            )
            if para_first:
                paragraph += 1
                # A new paragraph drifts back to its section's show unless it names another;
                # a show named in passing holds the topic for its own paragraph at most
                # ("It ran for two seasons" there is about it, the next paragraph is not).
                if sectioned or topic in passing:
                    topic = section
            last_para_end = end
            here = []
            while mi < len(mentions) and mentions[mi].start < end:
                if mentions[mi].start >= start:
                    here.append(mentions[mi])
                mi += 1
            stext = text[start:end].strip()
            if not here and (
                _furniture_heading(text, start, end, stext)
                or (("flagship" in stext or "parent" in stext) and PARENT_SHOW.search(stext))
            ):
                # "Who is in the final season?", "Cast": a heading that names no show turns
                # the article back to its section's show (or its main one), away from a show
                # named in passing just before; so does "the flagship", "the parent series".
                topic = section
            elif not here and last_named and "hat " in stext and THAT_SHOW.search(stext):
                topic = last_named  # "That show starred ...": the show just named
            out.append(
                SentenceInfo(
                    start, end, text[start:end], here, topic, stext.endswith("?"), paragraph
                )
            )
            lead_mention = bool(here) and not text[start : here[0].start].strip(" *_#-\"'“‘\n")
            # "..., who played Walt on Quiet Hours": an actor's credit names a show
            # without turning the article to it.
            # ... and so does an aside about a person ("X, who became a household name on Y,
            # stars as ...").
            credited = [
                m
                for m in here
                # (an earlier role may come well before its show: "know Jo as X from the
                # films, and more recently as Y on the FX comedy Z")
                if _credit_before(text[max(0, m.start - 130) : m.start])
                or (
                    _OTHER_SHOWS_HINT.search(stext) is not None
                    and OTHER_SHOWS_BEFORE.search(text, start, m.start)
                )
                or (" wh" in text[start : m.start] and PERSON_ASIDE.search(text, start, m.start))
                # "pulled the plug on Kelley's medical drama, which launched head to head
                # with NBC's ER": a show named in an aside about the show at hand
                or (
                    ", which " in text[start : m.start]
                    and _SHOW_NOUN_WHICH_BEFORE.search(text, start, m.start) is not None
                )
                # "whose father was a Boy Meets World character": the name as a modifier
                or _ATTRIBUTIVE_AFTER.match(text, m.end) is not None
                # "fans of Castle will remember him as ...", "Lost fans may recognise her":
                # an actor's earlier show, seen by its viewers
                or _VIEWERS_REMEMBER_AFTER.match(text, m.end) is not None
                or (
                    _VIEWERS_OF_BEFORE.search(text, max(start, m.start - 30), m.start) is not None
                    and (
                        _REMEMBER_AFTER.match(text, m.end) is not None
                        # ("Matt LeBlanc, forever Joey Tribbiani to fans of Friends, plays
                        # ...": an aside set off by commas after the actor)
                        or (
                            text[m.end : m.end + 2] == ", "
                            and PERSON_ASIDE_OPEN.search(text, start, m.start) is not None
                        )
                    )
                )
                # "the comedy-horror from Misfits creator Howard Overman": the maker's
                # earlier show
                or (
                    text[max(0, m.start - 5) : m.start] == "from "
                    and _MAKER_AFTER.match(text, m.end) is not None
                )
                # ("working a Pony Express station": so after "a", before a common noun)
                or (
                    text[max(0, m.start - 3) : m.start] in (" a ", "an ")
                    and _NOUN_AFTER.match(text, m.end) is not None
                )
                # "Max Thieriot, who played Clay, now has a CBS series of his own, Fire
                # Country": the actor's own other show
                or (
                    " own" in text[max(start, m.start - 20) : m.start]
                    and _OWN_SHOW_BEFORE.search(text, max(start, m.start - 80), m.start) is not None
                )
            ]
            if credited and len(credited) < len(here):
                # ("fans of Castle will remember him as the novelist Richard Castle": the
                # credit's show named again in its sentence is still the credit's)
                named = {m.title for m in credited}
                credited = [m for m in here if m.title in named]
            out[-1].credits = tuple(credited)
            only_credits = len(credited) == len(here) and not lead_mention
            if sectioned and not lead_mention and section not in {m.title for m in here}:
                # Under a roundup's "Luke Cage" heading, "a supporting turn on Jessica Jones"
                # names another show in passing: the section's show stays the topic.
                only_credits = True
            if here and not lead_mention and topic and main not in {m.title for m in here}:
                subject = SHOW_NOUN_SUBJECT.match(text, start, here[0].start)
                if subject and not OF_AFTER.match(text, subject.end()):
                    # "The spinoff exists because the network canceled its Roseanne revival":
                    # the sentence is about the show at hand; the other is named in passing.
                    only_credits = True
            if here:
                last_named = here[-1].title
            if here and not only_credits and (len({m.title for m in here}) == 1 or lead_mention):
                # A sentence naming one show makes it the topic, and so does one that opens
                # with a show ("**Blue Bloods** - The Reagans are back"); a list does not.
                topic = here[0].title
            if (
                len(here) == 1
                and start > 0
                # (a whole line: not "Harbor" cut off "Harbor Nine signed off ..." by a
                # sentence break the parser put inside the title)
                and here[0].end <= end
                # (a title's own closing bracket may stay outside its mention: "... (FOR THE
                # REST OF YOUR LIFE)")
                and rx(
                    # ("It's Like, You Know... (ABC)": the title's own dots stay outside)
                    # ("WHAT'S HAPPENING!! (ABC)": the title's own marks too)
                    # ("- House of Cards" over its field lines: a list item's mark)
                    r"\)?(?:\.\.\.|…)?[!?]*[\s*#_•–-]*(?:\d{1,2}[.):]?\s+)?(?:\([^()\n]{1,30}\)(?:[:–—|-][^\n]{0,40})?)?"
                    r"[\s*#_:]*"
                ).fullmatch(
                    _unlabelled(text[start : here[0].start])
                    # ("Agents of S.H.I.E.L.D." alone on its line: the full stop is the
                    # title's; "Call Your Mother. The newest ..." is a label sentence)
                    # ("THE BOLD TYPE - Freeform": its network after a dash)
                    + _without_dash_network(text[here[0].end : end]).removeprefix(
                        "."
                        if text[here[0].end + 1 : here[0].end + 2] in "\n"
                        # ("Emily Owens, M.D. (The CW)": the initials' full stop)
                        or text[here[0].end + 1 : here[0].end + 3] == " ("
                        else ""
                    )
                )
            ):
                section = topic = here[0].title  # a line that is only a title heads a section
                sectioned = True
        return out


def _roundup_intro(text: str, mentions: list[Mention]) -> bool:
    """Whether the article opens on an introduction that names no show, under a headline
    that names none, before sections headed by several shows ("- The Horror of Dolores
    Roach" on a line of its own): the introduction speaks of them all, of no one show."""
    body = text.find("\n", len(text) - len(text.lstrip()))
    first = mentions[0]
    if body < 0 or first.start < body or len({m.title for m in mentions}) < 2:
        return False
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", first.end)
    rest = text[first.end : line_end if line_end >= 0 else len(text)]
    return (
        not text[line_start : first.start].strip(" *#_-•\t")
        and len(rest) <= 40
        and not rest.strip().endswith((".", "!", "?"))
        and bool(text[body:line_start].strip())
    )


# A common noun right after a name: "station" of "a Pony Express station"
# (not "a Sand Lane season 3", "a Frasier revival": the show itself)
# "a CBS series of his own, ", "her own comedy, ": a person's other show, named after it
_OWN_SHOW_BEFORE = fast_pattern(
    r"(?:\b(?:a|an)[^\S\n]+(?:[\w+&'’-]+[^\S\n]+){0,3}?(?:series|show|drama|comedy|sitcom)"
    r"[^\S\n]+of[^\S\n]+(?:his|her|their)[^\S\n]+own"
    r"|\b(?:his|her|their)[^\S\n]+own[^\S\n]+(?:[\w&'’-]+[^\S\n]+){0,2}?"
    r"(?:series|show|drama|comedy|sitcom)),?[^\S\n]+[“\"‘']?$"
)
_NOUN_AFTER = fast_pattern(
    r"[^\S\n]+\p{Ll}+(?![\w'’-])(?<!\b(?:is|was|has|had|will|and|or|in|on|at|of|for|to|"
    r"with|from|by|as|that|which|who|the|a|an|its|their|s|season|seasons|series|revival|"
    r"reboot|finale|premiere|renewal|return|comeback))"
)
# A show's name before its maker's: "from Misfits creator Howard Overman"
_MAKER_AFTER = fast_pattern(
    r"[^\S\n]+(?:creator|co-creator|showrunner|writer|producer)s?[^\S\n]+\p{Lu}"
)
# A show's name before a noun it modifies: "a Boy Meets World character", "Friends alumni"
_ATTRIBUTIVE_AFTER = fast_pattern(
    r"[^\S\n]+(?:character|characters|faces|alum|alums|alumni|veteran|veterans|co-stars|"
    r"actors|actresses|fans|reunion|cast[^\S\n]+members?)\b"
)
# "renewed other shows on its lineup, like the comedy X": an example, named in passing.
OTHER_SHOWS_BEFORE = fast_pattern(
    # ("she has produced several comedies ..., including Y": a maker's other work)
    r"\b(?:other|several|many|numerous)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:shows|series|dramas|comedies|sitcoms|titles|"
    r"originals)\b[^.;:!?\n]{0,40}\b(?:like|such[^\S\n]+as|including)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[\w-]+[^\S\n]+){0,2}?[“\"‘']?$"
)
# Every match of OTHER_SHOWS_BEFORE holds one of these words.
_OTHER_SHOWS_HINT = re.compile(r" (?:other|several|many|numerous) ")
_SHOW_NOUN_WHICH_BEFORE = fast_pattern(
    r"\b(?:show|series|drama|comedy|sitcom|thriller|procedural|soap|spinoff|spin-off),"
    r"[^\S\n]+which\b[^.;!?\n]*$"
)
# "The spinoff exists ...", "The legal drama was ...": a sentence about the show at hand.
SHOW_NOUN_SUBJECT = fast_pattern(
    r"[\s\"“*_]*(?:The|This|That)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:show|series|drama|comedy|"
    r"sitcom|thriller|spinoff|spin-off|procedural|reboot|revival|prequel|sequel)\b"
)
OF_AFTER = fast_pattern(r"[^\S\n]+(?:of|about|that|which|who)\b")
# "the flagship's fourth season", "the parent series": the article's main show (not "as
# the flagship of CBS All Access": a network's flagship is the show the sentence is about).
PARENT_SHOW = fast_pattern(
    r"\b(?:the|its)[^\S\n]+(?:flagship(?![^\S\n]+(?:of|for)\b)|"
    r"parent[^\S\n]+(?:show|series|drama|comedy))\b",
    regex.I,
)


@cache
def _label_end() -> Any:
    # ("The royal drama: The Serpent Queen": a kind of show as the label)
    return fast_pattern(
        rf"(?:{network_alias_pattern()}|^[\s*#_]*(?:The|A|An)(?:{SP}+\p{{Ll}}[\p{{Ll}}-]*){{1,3}})"
        rf"{SP}*:{SP}*$"
    )


def _unlabelled(lead: str) -> str:
    """A line's text before its title without a network's label ("HBO: " of "HBO: Perry
    Mason") or a kind's ("The royal drama: "): such a line is only a title too."""
    return _label_end().sub("", lead) if ":" in lead else lead


# "fans of Castle will remember him as ...", "Lost fans may recognise her": an actor's
# earlier show, seen by its viewers
_VIEWERS_OF_BEFORE = fast_pattern(
    r"\b(?:fans|viewers|watchers|audiences|devotees)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[“\"‘']?$",
    regex.IGNORECASE,
)
_REMEMBER = (
    r"[^\S\n]+(?:will|may|might|would|should|could|can)[^\S\n]+(?:also[^\S\n]+|still[^\S\n]+|"
    r"already[^\S\n]+|forever[^\S\n]+)?(?:remember|recogni[sz]e|know)\b"
)
_REMEMBER_AFTER = fast_pattern(r"[”\"’']?" + _REMEMBER)
_VIEWERS_REMEMBER_AFTER = fast_pattern(r"[”\"’']?[^\S\n]+(?:fans|viewers)" + _REMEMBER)
# "Matt LeBlanc, forever Joey to fans of ...": an aside after a name, no verb in it yet
PERSON_ASIDE_OPEN = fast_pattern(
    r"\p{Lu}[\p{L}'’.-]*[^\S\n]+\p{Lu}[\p{L}'’.-]*,[^\S\n]+[^,.;!?\n]*$"
)
# "Jane Doe, who became famous on ...": the rest of the sentence up to here is an aside.
# ("..., a newcomer whose character also carries a story in Banana": after a noun)
PERSON_ASIDE = fast_pattern(
    r",[^\S\n]+(?:(?:a|an|the)[^\S\n]+[\w-]+[^\S\n]+)?(?:who|whom|whose)\b[^,.;!?\n]*$"
)
COMMA_WORD_END = fast_pattern(r",[^\S\n]\p{Lu}\p{Ll}+(?=[.!?;](?:\s|$))")
OFFSHOOT_HINT = re.compile(r"spin|quel|compan")
OFFSHOOT_BEFORE = fast_pattern(
    r"(?i:spinoff|spin-off|prequel|sequel|companion)[^\S\n]+(?:(?i:series|show|drama)[^\S\n]+)?"
    r"[“\"‘']?$"
)
OFFSHOOT_AFTER = fast_pattern(
    r",[^\S\n]+(?:a|an|the|its)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,2}?"
    r"(?:spinoff|spin-off|prequel|sequel|companion)\b",
    regex.IGNORECASE,
)
MAKER_VERB_BEFORE = fast_pattern(
    r"\b(?:made|created|developed|produced|wrote|co-created)[^\S\n]+[“\"‘']?$"
)
# "That show starred ...", "that series": the show named just before.
THAT_SHOW = fast_pattern(
    r"\b(?i:that)[^\S\n]+(?:show|series|drama|comedy|sitcom|thriller|spinoff|spin-off)\b"
    r"(?![^\S\n]+(?:of|about|which|who)\b)"
)


def _furniture_heading(text: str, start: int, end: int, stext: str) -> bool:
    """A short line of its own that is a heading, not a sentence, a list item or a cast
    line: "Who is in the cast?", "Where it came from", "Cast"."""
    if not (0 < len(stext) <= 80 and stext[-1] not in ".!:;,") or len(stext.split()) > 12:
        return False
    if stext[0] in "-*•–—>(\"'“‘" or stext[0].isdigit() or "(" in stext:
        return False
    if not stext.endswith("?") and ROLE_LINE.search(stext):
        return False  # "Nora Quill as Edith Marsh": a cast line without a bullet
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t"):
        return False
    if not (text[start:end].rstrip(" \t").endswith("\n") or text[end : end + 1] in ("\n", "")):
        return False
    # a line under "The cast:" is an item of that list, not a heading
    before = text[max(0, line_start - 200) : line_start].rstrip()
    return not before.endswith(":")


ROLE_LINE = fast_pattern(r"[^\S\n](?:as|plays|played|voices|voiced|is)[^\S\n]+\p{Lu}")


# "Sally Wainwright Drama": a person's name describing a show by its kind
_GENRE_NOUN_AFTER = fast_pattern(
    r"[^\S\n]+(?i:drama|comedy|sitcom|thriller|dramedy|miniseries)\b(?![^\S\n]+\d)"
)
# " (MTV)" ending a heading line: the network of the name before it
_NETWORK_BRACKET_LINE_END = fast_pattern(r"[^\S\n]*\(([^()\n]{1,40})\)[^\S\n]*(?:\n|$)")
# Words that open a headline's next clause after a colon, never a subtitle.
NOT_SUBTITLE_OPENERS = frozenset(
    ("No", "Not", "Yes", "Why", "How", "When", "Where", "Who", "Here", "Meet", "Everything")
)
# A possessive opening a line before "Season N" is the title's ("Our Flag Means Death").
POSSESSIVE_LEADS = frozenset(("His", "Her", "Our", "My", "Your", "Their"))
# Words that open a clause, never a title before "season N": "Whether season 12 will ..."
_CLAUSE_OPENERS = frozenset(
    ("Whether", "If", "When", "Once", "Until", "Unless", "Since", "While", "Although",
     "Though", "Because", "After", "Before", "As", "Why", "How", "Where")
)  # fmt: skip
QUESTION_WORDS = frozenset(
    (
        "Will", "Would", "Could", "Should", "Has", "Have", "Had", "Is", "Are", "Was", "Were",
        "Does", "Did", "Do", "Can",
    )
)  # fmt: skip
# Words opening a clause after a headline's colon ("X: Is a Third Season Coming?")
_CLAUSE_AFTER_COLON = QUESTION_WORDS | NOT_SUBTITLE_OPENERS
# Capitalised words in headlines that say what happened, not what the show is called.
# Headline verbs that end a title ("Netflix Cancels The Society"), as whole words.
HEADLINE_VERBS = frozenset(
    (
        "Renew", "Renews", "Renewed", "Renewing", "Cancel", "Cancels", "Canceled", "Cancelled",
        "Canceling", "Cancelling", "Axes", "Axed", "Axing", "Order", "Orders", "Ordered",
        "Picks", "Picked", "Scraps", "Scrapped", "Drops", "Dropped", "Ends", "Ending",
        "Returns", "Returning", "Reverses", "Saves", "Saved", "Revives", "Revived",
        "Greenlights", "Confirms", "Confirmed", "Wraps", "Gets", "Finds", "Heads", "Jumps",
        "Switches", "Closes", "Concludes", "Rescued", "Rescues", "Gives", "Grants", "Earns",
        "Nabs",
    )
)  # fmt: skip
# "X Is Coming Back", "X Will Return", "X Has Been Renewed": an auxiliary then a verb of
# a show's fate ends the title (but "This Is Us", "Love Is Blind" keep their "Is").
HEADLINE_AUXILIARIES = frozenset(("Is", "Are", "Will", "Won't", "Won’t", "Has", "Have", "to"))
HEADLINE_AUX_VERB = fast_pattern(
    r"[^\S\n]+(?:Not[^\S\n]+|Officially[^\S\n]+|Been[^\S\n]+)?(?:Coming|Back|Returning|Return|"
    r"Renewed|Cancell?ed|Ending|End|Over|Done|Leaving|Moving|Getting|Set[^\S\n]+to|Axed|"
    r"Dropped|Saved|Revived|Close|Conclude|Wrap|Get|Move|Continue|Stay|Leave|Gone|Finished)\b"
)
NON_SPACE = fast_pattern(r"\S+")
# What may open a line before a list item's label: bullets, numbers, emphasis marks.
LIST_ITEM_LEAD = fast_pattern(r"[^\S\n]*(?:[-*•–—>]+[^\S\n]*|\d+[.)][^\S\n]*)?(?:\*\*|__)?")
# "Avatar: The Last Airbender is back": a subtitle, then the verb.
LABEL_SUBTITLE_VERB = fast_pattern(
    r"[^\S\n]+(?:is|was|has|had|have|will|won['’]t|gets|got|returns|season|series)\b",
    regex.IGNORECASE,
)


PLACE_TIME = frozenset(("GPE", "LOC", "DATE"))
# "set in Montana", "a drug empire in 1980s Los Angeles": where or when a story happens.
SETTING_IN = fast_pattern(
    r"\b(?:set|based|located|takes[^\S\n]+place|unfolds?|lives?|living|lived|grew[^\S\n]+up|"
    r"raised|born|(?!(?:roles?|parts?|cast|turns?|stints?|appearances?|work|debut|arcs?|"
    r"starring|seasons?|episodes?|scenes?|credits?)[^\S\n])\p{Ll}+)[^\S\n]+in[^\S\n]+$"
)


# Words after which a name is no describing word's noun: "stars in", "moved to"
# ("its Roseanne revival": an owner's show, however spaCy reads the name)
_LINKS = frozenset(
    ("in", "on", "of", "at", "to", "from", "for", "and", "or", "with", "by", "as", "its", "their",
     "his", "her", "our", "my", "your", "a", "an")
)  # fmt: skip


@cache
def _new_version_after() -> Any:
    nouns = [n for n in vocabulary()["offshoot_nouns"] if n not in ("hit", "adaptation")]
    return fast_pattern(rf"{SP}+(?:{_alt(nouns)})\b")


_OLDER_VERSION_BEFORE = fast_pattern(
    r"\b(?:the|its|their)[^\S\n]+(?:original|earlier|older|old)[^\S\n]+[“\"‘']?$",
    regex.IGNORECASE,
)


# "a revival of the Bravo series ", "a reboot of ": the work a new version remakes
_REMADE_BEFORE = fast_pattern(
    r"\b(?:revival|reboot|remake|reimagining)[^\S\n]+of[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?"
    r"(?:[\w'’-]+[^\S\n]+){0,3}?[“\"‘']?$",
    regex.IGNORECASE,
)


def _older_version(text: str, title: str) -> bool:
    """The article calls ``title`` the original (an older version of the show it is
    about): "the original Queer Eye for the Straight Guy began on Bravo", "a revival of
    the Bravo series Queer Eye for the Straight Guy"."""
    return any(
        _OLDER_VERSION_BEFORE.search(text, max(0, at - 30), at)
        or _REMADE_BEFORE.search(text, max(0, at - 60), at)
        for at in _occurrences(text, title)
    )


@cache
def _place_adjectives() -> frozenset[str]:
    return frozenset(vocabulary()["place_adjectives"])


@cache
def _headline_net_fate() -> Any:
    """After a headline's label: a network and a decision on a show ("...: will Apple TV+
    bring back its spy thriller?", "...: BBC One renews it")."""
    return fast_pattern(
        rf":[^\n]*?\b(?:{network_alias_pattern()})\b[^\n]{{0,30}}?"
        r"\b(?i:bring(?:s|ing)?\s+back|brought\s+back|renew\w*|cancel\w*|axe[sd]?|axing|"
        r"order\w*|revive\w*|sav(?:e|es|ed|ing)|pick(?:s|ed)?\s+up|scrap\w*)\b"
    )


@cache
def _story_place_before() -> Any:
    """ "the planet ", "the town of ", "the crew of the ": a place or vessel in a story
    is named next."""
    v = vocabulary()
    places, members = _alt(v["story_places"]), _alt(v["story_members"])
    return fast_pattern(
        rf"\b(?:the|a|an|its|their|his|her){SP}+(?:{places})(?:{SP}+of)?{SP}+$"
        rf"|\b(?:{members}|{places}){SP}+of{SP}+(?:the{SP}+)?$"
    )


@cache
def _net_verb_headline() -> Any:
    """A headline opened by a network and a verb in the present tense ("Fox grounds ",
    "BBC One benches ", "Prime Video shuts the garage door on ")."""
    return fast_pattern(
        # (not "Fox drops the Bundys": a family in the story)
        rf"(?:{network_alias_pattern()})(?:['’]s)?{SP}+\p{{Ll}}[\p{{Ll}}-]+s"
        rf"(?:{SP}+(?:the|a|its){SP}+(?:[\p{{Ll}}-]+{SP}+){{0,2}}[\p{{Ll}}-]+{SP}+on)?{SP}+$"
    )


@cache
def _story_body_before() -> Any:
    """ "a secret unit called ": a body in a story is named next."""
    bodies = _alt(vocabulary()["story_bodies"])
    return fast_pattern(rf"\b(?:{bodies}){SP}+(?:called|named|known{SP}+as){SP}+$")


def _setting(
    s: int,
    e: int,
    left: str,
    right: str,
    places: list[tuple[int, int, str]],
    p: _Patterns,
) -> bool:
    """The span names where or when a story is set, not a show: a place (spaCy's GPE or
    LOC, maybe with a DATE: "1930s Los Angeles") after "set in" or a noun's "in" ("a
    lawyer in ..."; not "stars in Fargo", "played Roy in Fargo"), or describing the show
    named after it ("canceled the Montana crime drama")."""
    after_in = left.endswith(" in ")
    before = left.rsplit(None, 1)[-1] if left.strip() else ""
    # "the Montana crime drama", "Araki's dreamy, explicit Los Angeles comedy": after a
    # determiner, a describing word or an owner
    modifier = (
        (
            before in ("the", "The")
            or (before.isalpha() and before.islower() and before not in _LINKS)
            # "NBC's New York crime franchise": an owner's show, described by its place
            or before.endswith(("'s", "’s"))
        )
        and left[-1:] == " "
        and p.modifier_after.match(right) is not None
    )
    if not (after_in or modifier):
        return False
    if modifier and _new_version_after().match(right):
        return False  # "the Battlestar Galactica revamp": a show's new version, not a place
    labels = set()
    covered = s
    for a, b, label in places:
        if b <= covered or a > covered + 1:
            continue  # not the next piece of the span (a space may part two)
        labels.add(label)
        covered = b
        if covered >= e:
            break
    if covered < e or not labels & {"GPE", "LOC"}:
        return False
    if modifier:
        return True
    if "DATE" in labels:
        return True  # "in 1980s Los Angeles": a time and a place, never a show's name
    return (
        SETTING_IN.search(left[-40:]) is not None
        and not p.role_on_before.search(left)
        and not CREDIT_BEFORE.search(left)
        and not PERSON_MOVES.search(left[-30:])
    )


def _inside_network(net_ends: list[int], s: int, e: int) -> bool:
    """The span is (part of) a network's name: "Paramount" of "Paramount+"."""
    i = bisect.bisect_left(net_ends, s + 1)
    return i < len(net_ends) and net_ends[i] <= e + 2


PERSON_MOVES = fast_pattern(
    r"\b(?:leave|leaves|leaving|left|exit|exits|exited|depart|departs|departed|join|joins|"
    r"joined|star|stars|starred|appear|appears|appeared|play|plays|played|return|returns|"
    r"quit|quits)\b",
    regex.IGNORECASE,
)
STARRING_AFTER = fast_pattern(
    rf"^,\s+(?:starring|which\s+(?:also\s+)?(?:stars|starred|co-stars|co-starred)|led\s+by|"
    rf"headlined\s+by)\s|^,\s+{WITH_STAR_AS}"
)
# A sentence that tells a show's fate: cancelled, renewed, ended after N seasons.
STATUS_IN_SENTENCE = fast_pattern(
    # within the span's own clause: not "The Harlands are back, and CBS renewed X"
    r"(?:(?!,\s+(?:and|but|while)\s|;|\s+but\s)[^.!?\n]){0,160}?"
    r"\b(?:cancell?ed|renewed|axed|scrapped|finished|signed\s+off|"
    r"(?:will\s+not|won['’]t)\s+(?:return|be\s+back)|final\s+season|"
    r"(?:will|are|is)\s+(?:both\s+|all\s+)?(?:be\s+)?(?:back|returning|coming\s+back)\s+for\s+"
    r"(?:a|an|its|their)?\s*\w+\s+seasons?|"
    r"after\s+(?:\w+\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\d+)\s+seasons?)\b",
    regex.IGNORECASE,
)


@cache
def _appositive_show() -> Any:
    """A description of a show after a comma (", the legal comedy ..."); nouns: titles.json."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    return fast_pattern(
        # (the noun heads the phrase: not ", a licensed physician before comedy took over")
        rf",\s+(?:the|a|an|its|their)\s+(?:(?!(?:before|after|of|in|on|at|for|from|with|"
        rf"about|by|who|whose|which|that)\b)[\w'’-]+\s+){{0,3}}?(?:{nouns})\b",
        regex.IGNORECASE,
    )


@cache
def _opening_phrase() -> Any:
    """A sentence's opening phrase up to here ("Set in present-day", "Based on");
    words: titles.json's opening_phrase_words."""
    words = alternation(vocabulary()["opening_phrase_words"], r"\s+")
    return fast_pattern(rf"(?:^|[.!?\n][\s\"'“‘]*)(?:{words})\b[^,.;:!?\n]*$")


def _franchise_subtitle(name: str) -> str:
    """The show's own name after a franchise's short name and a colon ("The Walking Dead:
    World Beyond" -> "World Beyond"), else "" (a longer head is a place or a description)."""
    head, colon, tail = name.partition(": ")
    return tail if colon and len(head.removeprefix("The ").split()) <= 3 else ""


def _on_network_end(text: str, t: str, end: int) -> int:
    """Where " on Netflix" or " on Disney+" ends the span ``t`` (ending at ``end``), else 0."""
    at = t.rfind(" on ")
    network = t[at + 4 :] + ("+" if text[end : end + 1] == "+" else "")
    return at if at > 0 and canonical_network(network) is not None else 0


_PERSON_OWNS = fast_pattern(r"(\p{Lu}\S*(?:[^\S\n]\p{Lu}\S*)+)['’]s[^\S\n]+(.+)")


def _franchise_head(text: str, full: str) -> bool:
    """Whether the first word of a two-word title opens other capitalised names too
    ("Stargate SG-1" beside "Stargate Atlantis"): a franchise's name."""
    head, tail = full.split(" ", 1)
    for at in _occurrences(text, head + " "):
        after = _CAPITAL_WORD.match(text, at + len(head) + 1)
        if (
            (not at or not _is_word(text[at - 1]))
            and after
            and after.group().rstrip(".,;:!?") != tail
        ):
            return True
    return False


_CAPITAL_WORD = fast_pattern(r"\p{Lu}\S*")


def _possessive_only(text: str, name: str) -> bool:
    """Whether every time ``name`` is written it owns a kind of show ("Jane Doe's dark
    family comedy")."""
    at = text.find(name)
    while at >= 0:
        if not _owns_show_kind().match(text, at + len(name)):
            return False
        at = text.find(name, at + 1)
    return True


@cache
def _owns_show_kind() -> Any:
    nouns = _alt(vocabulary()["show_nouns"])
    return fast_pattern(
        rf"['’]s(?:[^\S\n]+[\p{{Ll}}-]+,?){{0,4}}?[^\S\n]+(?:{nouns})\b", regex.IGNORECASE
    )


def _field_line(text: str, start: int, end: int) -> bool:
    """The span opens its line, and after a colon in it or right after it the line holds a
    network's name alone: a roundup's field line ("Streaming home: Crunchyroll"), whatever
    its label says."""
    if start and text[start - 1] != "\n":
        return False
    colon = text.find(":", start, end + 1)
    stop = text.find("\n", end)
    value = text[colon + 1 : stop if stop >= 0 else len(text)].strip(" *_")
    if not value or canonical_network(value) is None:
        return False
    return stop < 0 or not _heading_over_field(text, start, stop)


def _heading_over_field(text: str, start: int, stop: int) -> bool:
    """Whether the line from ``start`` to ``stop`` opens a paragraph over a field line
    naming a network: "Star Trek: Discovery" over "Network: CBS All Access" is the
    section's heading, a name that holds a network's ("Discovery"), not a field itself."""
    if text[start - 2 : start] != "\n\n" or stop < 0:
        return False
    after = text[stop + 1 : stop + 81].split("\n", 1)[0]
    colon = after.find(":")
    return colon > 0 and _field_line(after, 0, colon)


def _described(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by a description of a show ("So Help Me
    Todd, the legal comedy ..."): it is kept whole, first word and all (and its own "?" or
    "!": "Who Stole the Moon?, the thriller ...")."""
    if text[end : end + 3] in ("?, ", "!, "):
        end += 1
    return text[end : end + 2] == ", " and _appositive_show().match(text, end) is not None


# "for a fifth season and ...": one list item's season, then the next item (status.py too)
FOR_A = rf"for{SP}+(?:a|an|its|their){SP}+"
FOR_A_SEASON_AND = rf"{FOR_A}[\w-]+{SP}+(?:season|series),?{SP}+and{SP}+"
PARALLEL_COUNT_BEFORE = fast_pattern(
    rf"\bafter{SP}+(?:\w+{SP}+)?{NUMWORDS}{SP}+seasons?(?:{SP}+(?:apiece|each))?,?{SP}+and{SP}+$"
    # "renewed X for a fifth season and Tall Pines for a third"
    rf"|\b{FOR_A_SEASON_AND}$",
    regex.IGNORECASE,
)
PARALLEL_COUNT_AFTER = fast_pattern(
    rf"^{SP}+after{SP}+(?:just{SP}+|only{SP}+)?{NUMWORDS}(?:{SP}+seasons?)?{SP}*(?:[.;,]|$)"
    rf"|^{SP}+{FOR_A}[\w-]+(?:{SP}+(?:season|series))?{SP}*(?:[.;,]|$)",
    regex.IGNORECASE,
)
# The rest of a table row after its first cell, with a verdict in a later cell.
TABLE_ROW_VERDICT = fast_pattern(
    r"\t(?:[^\t\n]*\t){0,3}[^\t\n]*\b(?i:renewed|cancell?ed|ending|ended|final|pending|axed|"
    r"undecided|on the bubble)\b"
)
# A list item's season in brackets, ending its line: " (season 3)", " (after two seasons)",
# " (final season 4 arrives in the fall)".
SEASON_BRACKET_LINE = fast_pattern(
    r"[^\S\n]\((?i:seasons?|series|after|final|last)\b[^()\n]{0,60}\)[^\S\n]*[.;,]?[^\S\n]*(?:\n|$)"
)
# "handed the comedy X a fourth season": a show, given its season
GIVEN_SEASON_AFTER = fast_pattern(
    rf"^{SP}+(?:a|an|another){SP}+(?:(?:[\w-]+{SP}+)?(?:season|series)\b"
    # ("renewed A for a sixth season and handed B a second.": the season word elided)
    rf"|{ORD}(?={SP}*[.;]))",
    regex.IGNORECASE,
)
GIVE_VERB_BEFORE = fast_pattern(
    r"\b(?:gave|gives|given|giving|handed|hands|handing|granted|grants|awarded|awards)\b"
    r"(?:[^\S\n]+[\w-]+){0,3}[^\S\n]+$",
    regex.IGNORECASE,
)
# "a Season 2 order to ", "early renewals to ", "the green light to ": a decision's object
ORDER_TO_BEFORE = fast_pattern(
    r"\b(?:orders?|renewals?|pickups?|green[ -]?light)[^\S\n]+(?:to|for)[^\S\n]+[“\"‘']?$",
    regex.IGNORECASE,
)
ROLE_BEFORE = fast_pattern(
    rf"\b(?:(?<!well{SP}){_COMPARED}as|plays|played|playing|portrays|portrayed|voices|voiced)"
    # "plays Chuck's sister, Ellie Bartowski": the role in apposition after a comma (not
    # "as many injuries as X": a comparison's second "as")
    r"(?:[^\S\n]+(?!as\b)[\w'’.-]+){0,4},?[^\S\n]+$"
)
MADE_BY_OPENING = fast_pattern(
    r"(?:Created|Co-created|Developed|Produced|Written|Directed|Based|Adapted|Inspired|Executive"
    r"[^\S\n]+produced)[^\S\n]+(?:by|on|from)\b"
)
# "its gentle ", "the ": a determiner (and a word or two) before a noun phrase
DETERMINER_BEFORE = fast_pattern(
    r"\b(?:the|its|their|his|her)(?:[^\S\n]+\p{Ll}[\w-]*){0,2}[^\S\n]+$",
    regex.IGNORECASE | regex.REVERSE,  # anchored at the end: read from there
)
_DETERMINERS = ("the", "its", "their", "his", "her")


def _determiner_before(left: str) -> bool:
    """Whether DETERMINER_BEFORE matches: its determiner is one of the last three words,
    which most spans lack (a capital dotted I, folding to two characters, is searched)."""
    words = left.rsplit(None, 3)[-3:]
    if "\u0130" not in left and not any(w.casefold().endswith(_DETERMINERS) for w in words):
        return False
    return DETERMINER_BEFORE.search(left) is not None


def _prepositional_object(doc: Doc, start: int, end: int) -> bool:
    """Whether the parse reads the name at ``start:end`` as a preposition's object."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.i < span.start and root.head.text.islower()


def _modifies_noun_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a compound before a lower-case noun right
    after it ("its Long Beach fable"), which is then what the phrase is about."""
    text = text_of(doc)  # (doc.text is rebuilt from the tokens on every access)
    if end >= len(text) or text[end] != " ":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    head = last.head
    # (the pipeline has no tagger: the parse alone says what the head is)
    # ("the Glasgow detective drama": lower-case words may stand between)
    return (
        last.dep_ == "compound"
        and span.end <= head.i <= span.end + 2
        and all(t.text.islower() for t in doc[span.end : head.i])
        and head.text.isalpha()
        and head.text.islower()
        # "its Roseanne revival", "the Harbor Lights series finale": still that show
        and head.text not in patterns().same_show_heads
        # ("The Nevers premieres Sunday": a verb the parser took for a plural noun)
        and head.text not in patterns().show_verbs
    )


def _describing_kinds() -> list[str]:
    """The show nouns that say what kind of show ("drama"), not that it is the same one."""
    same = patterns().same_show_heads
    return [n for n in vocabulary()["show_nouns"] if n not in same]


@cache
def _heading_kind_after() -> Any:
    """ "Its Mississippi| Strip Club Drama": a headline's capitalised words ending on a show
    noun after a name that describes the show."""
    kinds = _alt([n.title() for n in _describing_kinds()])
    return fast_pattern(rf"(?:{SP}+\p{{Lu}}[\w-]*){{0,3}}?{SP}+(?:{kinds})\b")


@cache
def _lower_kind_after() -> Any:
    """ "a guide to Showtime's Uber| drama": a sentence-case headline's show noun."""
    kinds = _alt(_describing_kinds())
    return fast_pattern(rf"(?:{SP}+\p{{Ll}}[\w-]*){{0,2}}?{SP}+(?:{kinds})\b")


def _label_line_name(text: str, s: int, e: int, p: _Patterns) -> bool:
    """ "No Tomorrow: canceled. The CW ...": a line opened by a name and its status label,
    or a line that is only the name over a field line ("Without a Trace" over "Network:
    CBS"). The name keeps its first word, though it is one a sentence may open with."""
    if s and text[s - 1] != "\n":
        return False
    if p.status_label_after.match(text[e : e + 40]) is not None:
        return True
    return text[e : e + 1] == "\n" and _field_opening().match(text[e + 1 : e + 80]) is not None


def _without_longer(text: str, key: str, best_form: dict[str, str]) -> str:
    """``text`` with the accepted titles that hold ``key``'s name blanked out."""
    name = best_form[key]
    for other, form in best_form.items():
        if other != key and name in form and form in text:
            text = text.replace(form, " " * len(form))
    return text


def _described_at_line_end(right: str) -> bool:
    """ " Pirate Drama" (or " drama") then the line's end: the name before it only
    describes the show."""
    kind = _heading_kind_after().match(right) or _lower_kind_after().match(right)
    return (
        kind is not None and rx(r"[^\S\n]*(?:$|\n|[.:;,!?])").match(right, kind.end()) is not None
    )


# ", the ambitious deputy played by X": the name before it is a character's
PLAYED_BY_AFTER = fast_pattern(
    r",[^\S\n]+(?:the|a|an|his|her|their)[^\S\n]+[^,.;:!?()\n]{0,60}?\b(?:played|portrayed|"
    r"voiced)[^\S\n]+by\b"
)
# ", its remake of ...", ", their animated reboot of ...": a network's (or a studio's)
# version of an older work, named before it.
OWNED_REMAKE_AFTER = fast_pattern(
    r",[^\S\n]+(?:its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:remake|reboot|reimagining|"
    r"reinvention|revival|adaptation|update)[^\S\n]+of\b",
    regex.IGNORECASE,
)
# "played the young and increasingly arrogant agent Holden Ford": a role described at length.
DESCRIBED_ROLE_BEFORE = fast_pattern(
    r"\b(?:plays|played|playing|portrays|portrayed|voices|voiced|(?:stars|starred|starring)"
    r"[^\S\n]+as)[^\S\n]+(?:the|a|an|his|her|their)[^\S\n]+[^.,;:!?()\n]{0,60}$"
)


# "A played the head writer, X, and B the producer ": the verb left out before the second
GAPPED_ROLE_BEFORE = fast_pattern(
    r"\b(?:plays|played|playing|portrays|portrayed|voices|voiced)\b[^.;:!?()\n]{0,200}"
    r"[^\S\n]and[^\S\n]+\p{Lu}[\w'’.-]+(?:[^\S\n]+\p{Lu}[\w'’.-]+){1,2}[^\S\n]+"
    r"(?:the|a|an|his|her|their)[^\S\n]+(?:\p{Ll}[\w-]*[^\S\n]+){1,3}$"
)

# "Jane Doe is still the fashion designer ": a person's role, named next
IS_ROLE_BEFORE = fast_pattern(
    r"\p{Lu}[\w'’.-]+[^\S\n]+\p{Lu}[\w'’.-]+[^\S\n]+(?:is|was)"
    r"(?:[^\S\n]+(?:still|now|again|also|once[^\S\n]+more))?[^\S\n]+"
    # ("Jesse Bradford was Nick, with Erinn Hayes as ...": the role straight after the verb)
    r"(?:(?:the|a|an|his|her|their)[^\S\n]+(?:\p{Ll}[\w-]*[^\S\n]+){1,4})?$"
)


def _cast_as_character(left: str) -> bool:
    """The name after ``left`` is the role someone plays ("X played Holden Ford", "X played
    the ... agent Holden Ford", "X played A, and Y the producer B"): a character heading a
    cast list, not a show."""
    return (
        ROLE_BEFORE.search(left) is not None
        or (
            ("play" in left or "voice" in left or "port" in left or "star" in left)
            and (
                DESCRIBED_ROLE_BEFORE.search(left) is not None
                or GAPPED_ROLE_BEFORE.search(left) is not None
            )
        )
        or (" is " in left or " was " in left)
        and IS_ROLE_BEFORE.search(left) is not None
    )


_PREPOSITION_BEFORE = fast_pattern(r"\b(?:with|to|for|by|from|of|at|about)[^\S\n]+$")
OWNED_GENRE_BEFORE = fast_pattern(
    r"(?<![\w-])(?i:its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}[\w-]+[^\S\n]+[“\"‘']?$"
)
# "in 2019, the year ...": a number after a preposition is a date or an amount.
NUMBER_AS_DATE = fast_pattern(
    r"\b(?:in|on|since|by|from|until|of|during|to|at|through|before|after|around|circa|"
    r"than|about|over|under|nearly|almost|some)[^\S\n]+$",
    regex.IGNORECASE,
)
# A span with these is a list or a title, not one person's name.
NAME_BREAK = fast_pattern(r"[^\S\n](?:and|or|&|of|the|in|on)[^\S\n]")
PREFIX_JOINERS = frozenset(("and", "of", "in", "on", "for", "from", "with", "the"))
# "starring Vince Vaughn": the name after it is an actor's, not a show's.
STARRING = fast_pattern(
    r"\b(?i:starring|led\s+by|headlined\s+by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})"
    r"(?!['’]s)"
)


TRAILING_DATE = fast_pattern(
    r"[^\S\n]+(?:on|in|since|until|by|through)[^\S\n]+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:[^\S\n]+(?:19|20)\d\d)?$"
)
# "2 of The Society" after "Season"; "March with Red Summit": a number or a date word
# joined to the title that follows it.
LEADING_NUMBER = fast_pattern(
    r"^(?:\d+|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?=[^\S\n]+(?:with|and|by)[^\S\n]))[^\S\n]+(?:of|in|on|for|to|at|and|by|with)[^\S\n]+"
)


_DATE_NAMES = tuple(w.capitalize() for w in CALENDAR)  # (as written: "Monday", "May")
# "Won't Bring Back X": a verb that is a headline verb only with its particle, cut with it
# (not "Bring It On").
_PARTICLE_VERBS = frozenset(("Bring", "Brings", "Bringing", "Brought"))
_PARTICLE = " Back "
# The words a span is cut at (a word is cut at only if it is one of these).
_CUT_WORDS = HEADLINE_VERBS | HEADLINE_AUXILIARIES | _PARTICLE_VERBS


def _split_spans(raw: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Cut spans at headline verbs ("Netflix Cancels The Society") and drop a leading
    number before a connector ("2 of The Society" after "Season"); a span in quotes
    stays whole ("'Sean Saves the Day'")."""
    out: list[tuple[int, int, str]] = []
    cells: list[tuple[int, int, str]] = []
    for s, e, t in raw:
        if s and text[s - 1 : s] in OPEN_QUOTES and text[e : e + 1] in CLOSE_QUOTES and " " in t:
            out.append((s, e, t))
            continue
        # A table row flattened to text ("Actor\tCharacter"): each cell is its own span.
        if "\t" in t:
            pos = 0
            for piece in t.split("\t"):
                if piece.strip():
                    cells.append((s + pos, s + pos + len(piece), piece))
                pos += len(piece) + 1
        else:
            cells.append((s, e, t))
    for s0, _e0, t0 in cells:
        # "Fox Pulls the Plug on Monarch": a verb phrase of a decision cuts like a verb
        phrases = (
            list(_CUT_PHRASE.finditer(t0))
            if " " in t0 and _CUT_PHRASE_WORDS.intersection(t0.split())
            else []
        )
        pieces = []
        at = 0
        for phrase in phrases:
            # ("Last Man Standing Is Coming Back": the auxiliary goes with the verb)
            head = _TRAILING_AUXILIARY.sub("", t0[at : phrase.start()])
            pieces.append((s0 + at, head))
            at = phrase.end()
        if not phrases or not ends_on_show_noun(t0[at:]):
            # ("Brings Back Coastal Comedy for Series 4": a description, no title)
            pieces.append((s0 + at, t0[at:]))
        for s, t in pieces:
            if t.strip():
                lead = len(t) - len(t.lstrip())
                _split_one(s + lead, t.lstrip(), out)
    return sorted(out)


# Decisions a headline says in more than one word ("Pulls the Plug on", "Brings Back")
_CUT_PHRASE = fast_pattern(
    r"(?<![\w-])(?:Pulls?|Pulled|Pulling)[^\S\n]+the[^\S\n]+Plug[^\S\n]+on"
    r"|(?<![\w-])(?:Passes|Passed)[^\S\n]+on|(?<![\w-])(?:Brings|Brought)[^\S\n]+Back"
    r"|(?<![\w-])(?:Closes|Closed)[^\S\n]+the[^\S\n]+Book[^\S\n]+on"
    r"|(?<![\w-])(?:Lets|Let)[^\S\n]+Go[^\S\n]+of|(?<![\w-])(?:Bids|Bid)[^\S\n]+Farewell[^\S\n]+to"
    r"|(?<![\w-])(?:Won['’]t|Will[^\S\n]+Not)[^\S\n]+(?:Continue|Make|Order|Renew)(?![\w-])"
    # "Is Debris Coming Back?"; "Kindred Beyond Its First Season"
    r"|(?<![\w-])Coming[^\S\n]+Back(?![\w-])"
    r"|(?<![\w-])(?:Clears|Cleared|Clearing)[^\S\n]+Out(?![\w-])"
    r"|(?<![\w-])(?:Beyond|Past)[^\S\n]+(?:Its|Their)(?![\w-])"
)
_TRAILING_AUXILIARY = fast_pattern(
    r"[^\S\n]+(?:Is|Are|Was|Were|Will|Has|Have|Not|Be|Been|Officially)(?:[^\S\n]+(?:Not|Be|Been))?"
    r"[^\S\n]*$"
)
_CUT_PHRASE_WORDS = frozenset(
    ("Pulls", "Pull", "Pulled", "Pulling", "Passes", "Passed", "Brings", "Brought", "Closes",
     "Closed", "Lets", "Let", "Bids", "Bid", "Continue", "Make", "Order", "Renew", "Coming",
     "Beyond", "Past", "Clears",
     "Cleared", "Clearing")
)  # fmt: skip


def ends_on_show_noun(span: str) -> bool:
    """Whether a span ends on a word for a kind of show ("Coastal Comedy")."""
    words = span.split()
    return bool(words) and words[-1].casefold() in vocabulary()["show_nouns"]


_AND_ARTICLE = re.compile(r" and (?:the|a|an) ")
# ", as " after a return, maybe with "too" or "again" between ("is back too, as Mary")
_AS_AFTER_RETURN = r"(?:[^\S\n]+(?:too|again|also))?,?[^\S\n]+as[^\S\n]+"
# "is set to return as Khalil", "will be back as Mary Blake,": a person's return in a role,
# the role's name closing the clause (not "Father Brown to return as BBC One orders ...",
# where "as" opens the next one)
_RETURNS_AS_ROLE = fast_pattern(
    r"[^\S\n]+(?:(?:is|are|will|was|were|has|have|been|be|also|set|expected|slated|due|"
    r"poised|going|to|now)[^\S\n]+){0,4}(?:return|returns|returning|back|comes?[^\S\n]+back|"
    rf"coming[^\S\n]+back){_AS_AFTER_RETURN}"
    r"(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,3}"
    r"(?=[,.;]|[^\S\n]+(?:and|in|on|for|this|next|when|after|once)\b)"
)
_AS_ROLE_AFTER = fast_pattern(
    r"[^\S\n]+(?:is|was|are|were|will[^\S\n]+be)[^\S\n]+(?:also[^\S\n]+)?(?:back|returning)"
    rf"{_AS_AFTER_RETURN}\p{{Lu}}"
)
# A sentence's opening word after a name's last initial ("Magnum P.I. The network ...")
_SENTENCE_AFTER_DOTS = fast_pattern(
    r"(?<=\p{Lu}\.)[^\S\n]+(?:The|A|An|It|Its|This|That|These|Those|He|She|They|We|His|Her"
    r"|Their|There)$"
)


def _split_one(s: int, t: str, out: list[tuple[int, int, str]]) -> None:
    """One span cut at headline verbs into ``out``."""
    end = _SENTENCE_AFTER_DOTS.search(t) if ". " in t else None
    if end:
        t = t[: end.start() + 1]  # "... with Magnum P.I. The network has ...": two sentences
    # (both patterns open or end on a number or a day or month name: checked first)
    lead = LEADING_NUMBER.match(t) if t[:1].isdigit() or t.startswith(_DATE_NAMES) else None
    if lead:
        s, t = s + lead.end(), t[lead.end() :]
    # ("cancelled Mill Pond in May 2012": a year after the month)
    when = (
        TRAILING_DATE.search(t)
        if t.endswith(_DATE_NAMES) or "\n" in t or t[-4:].isdigit()
        else None
    )
    if when and when.start() > 0:
        t = t[: when.start()]  # "canceled Mill Pond on Monday": the day is not the title
    if _CUT_WORDS.isdisjoint(t.split()):
        # No headline verb or auxiliary at all (most spans): nothing to cut at.
        rest = t.strip()
        if rest:
            start = s + (len(t) - len(t.lstrip()))
            out.append((start, start + len(rest), rest))
        return
    pos = 0
    before = ""
    for m in NON_SPACE.finditer(t):
        word, before = m.group(), before
        # ("The Order", "The Returned": after an article the word is a noun)
        # ("Drops of God": before "of" the word is a noun too; "Law & Order": after "&",
        # the name's second half)
        if word in _PARTICLE_VERBS:
            if t[m.end() : m.end() + len(_PARTICLE)] == _PARTICLE:
                piece = t[pos : m.start()].strip().rstrip(":").rstrip()
                if piece:
                    out.append((s + pos, s + pos + len(piece), piece))
                pos = m.end() + len(_PARTICLE)
        elif (
            word in HEADLINE_VERBS
            and before not in ("The", "A", "An", "&")
            and t[m.end() : m.end() + 4] != " of "
        ) or (
            word in HEADLINE_AUXILIARIES
            and HEADLINE_AUX_VERB.match(t, m.end())
            # ("How to Get Away with Murder": a title's own "How to")
            and not (word == "to" and before == "How")
        ):
            piece = t[pos : m.start()].strip().rstrip(":").rstrip()
            if piece:
                out.append((s + pos, s + pos + len(piece), piece))
            pos = m.end() + 1
        before = word
    rest = t[pos:].strip()
    if rest:
        start = s + pos + (len(t[pos:]) - len(t[pos:].lstrip()))
        out.append((start, start + len(rest), rest))


def _two_names(span: str) -> bool:
    """Whether "A and B" joins two names of two words or more each ("Night Owls and Maple
    Hill"): titles that are one name joined by "and" join single words ("Law and Order",
    "Beauty and the Beast"), so such a span is two shows however often it recurs."""
    parts = regex.split(r" (?:and|or) ", span)
    return len(parts) == 2 and all(
        sum(1 for w in part.split() if w[:1].isupper() and w not in NOT_NAME_WORDS) >= 2
        for part in parts
    )


# ("Make It or Break It": a pronoun is no name's word)
NOT_NAME_WORDS = DANGLING | frozenset(("It", "Me", "You", "Us", "Them", "Him", "This", "That"))


def _line_start(starts: list[int], offset: int) -> int:
    return starts[bisect.bisect_right(starts, offset) - 1]


@cache
def _heading_line_re() -> Any:
    return fast_pattern(
        # "The Quiet Hours (Hulu): this Friday": after its network, a short note.
        # "1. Shōgun (Hulu)", "#2 Ripley (Netflix)": a numbered list of shows
        # "HBO: Perry Mason": the network's label, then the title
        # "CANCELED: Saved by the Bell": a scorecard's verdict, then the title
        rf"^(?:(?:#\d{{1,2}}[.):]?|\d{{1,2}}[.):]){SP}+)?(?:(?P<label>{network_alias_pattern()}|"
        rf"(?i:{_alt(status_labels())})"
        # "The royal drama: The Serpent Queen": what kind of show, in lower case
        rf"|(?:The|A|An)(?:{SP}+\p{{Ll}}[\p{{Ll}}-]*){{1,3}}){SP}*:{SP}+)?"
        # "Mr. Robot (USA)": a short upper-case label is a network too short to list alone
        # ("Abby's": a title may end on a possessive when it is the whole heading)
        # ("Police Squad!": a title's own "!" ends the heading)
        rf"(?P<t>{_span_pattern(HEADING_CONN)}(?:['’]s(?=[^\S\n]*(?:[(\[]|$)))?(?:!(?=[^\S\n]*(?:[(\[]|$)))?)(?:{SP}+[(\[](?P<net>{network_alias_pattern()}|\p{{Lu}}{{2,4}}"
        # ("Jack of All Trades (syndication)": sold to stations, no network)
        rf"|(?i:(?:first-run{SP}+)?syndicat(?:ion|ed))"
        # ("THE ROMANOFFS (AMAZON PRIME VIDEO)": a network in capitals, as its heading is)
        rf"|\p{{Lu}}{{2,}}(?:{SP}\p{{Lu}}[\p{{Lu}}+]*){{1,3}})[)\]]"
        rf"(?:{SP}*[:–—|-]{SP}*[^\n]{{1,40}})?"
        # "The OA - Netflix", "Castle Rock | Hulu": the network after a dash or a bar
        # ("The Rehearsal - HBO - coming back": and a short verdict in lower case after
        # it; "X - Fox - CANCELED" is read as a verdict line)
        # ("Staged, BBC One": after a comma)
        rf"|(?:{SP}+[–—|-]|,){SP}+(?P<net2>{network_alias_pattern()})(?:{SP}+[–—|-]{SP}+\p{{Ll}}[^\n]{{0,40}})?"
        # "Secrets and Lies: closed case": a lower-case tag line after a colon
        rf"|:{SP}+\p{{Ll}}[^\n]{{0,40}}"
        # "1. Copper Sky (2 seasons)", "Copper Sky (2019-2021)": its run in brackets
        rf"|{SP}+\((?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten){SP}+seasons?\)"
        # ("Greg the Bunny (2002)": a one-year run)
        rf"|{SP}+\((?:19|20)\d\d(?:{SP}*[–—-]{SP}*(?:(?:19|20)\d\d)?)?\))?{SP}*$"
    )


_BULLET_MARK = fast_pattern(r"[-*•–][^\S\n]+")
_AS_ROLE = fast_pattern(r"\p{Lu}\p{Ll}+[^\S\n]+as[^\S\n]+\p{Lu}")


def _section_headings(text: str, persons: list[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """Roundup section headings: lines that are just a title (and maybe its network),
    each over a paragraph, at least two of them. Line start -> (title start, title).

    A heading counts when it names its network ("So Help Me Todd (CBS)"), the article
    names it again, or its paragraph opens with a network ("ABC's medical drama ...");
    with two such, the other title-shaped headings count too. "Cast and Creative Team"
    and the like are page furniture.
    """
    found: dict[int, tuple[int, str]] = {}
    weak: dict[int, tuple[int, str]] = {}
    unsure = 0  # weak headings over a paragraph that never talks of a show
    furniture = frozenset(vocabulary()["heading_words"])
    net = _net_anywhere()
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped or len(stripped) > 60 or i == 0:
            continue
        # ("- House of Cards" over "  Network: Netflix": a list item heading its fields)
        bullet = _BULLET_MARK.match(stripped)
        if bullet:
            stripped = stripped[bullet.end() :]
            if i and _BULLET_MARK.match(lines[i - 1].strip()) and _AS_ROLE.search(stripped):
                continue  # "- Seth Numrich as Robin Lafferty" ending a list: an actor's role
        if _field_opening().match(stripped) or (
            _field_line(stripped, 0, len(stripped))
            and not _heading_over_field(text, start, start + len(line))
        ):
            continue  # "Network: The CW", "Status: Renewed": a field of the section above
        m = _heading_line_re().match(stripped)
        nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
        if bullet_next := _BULLET_MARK.match(nxt.lstrip()):
            # ("Greetings from Tucson" over "- Network: The WB": its fields as a list)
            nxt = nxt.lstrip()[bullet_next.end() :]
        # ("HAND OF GOD" over "Amazon | Verdict: done": the network, then the verdict)
        net_first = _network_then_field().match(nxt)
        if net_first:
            nxt = nxt[net_first.end() :]
        # "Verdict: axed ...", or a field line naming the section's network or verdict
        # ("GUYS WITH KIDS" over "Network: NBC. Verdict: canceled.")
        verdict_next = (
            _verdict_opening().match(nxt) is not None
            or _field_opening().match(nxt) is not None
            # ("MODELS INC. (FOX)" over "Canceled. Aaron Spelling's spin-off ...")
            or _verdict_sentence_opening().match(nxt) is not None
            # ("Blood & Water" over "Netflix | Season 3 ordered": its network and a tag)
            or (net_first is not None and 0 < len(nxt.strip()) <= 40)
        )
        # ("JAMAICA INN" over "BBC One, April 2014": its network and its date)
        nxt_net = DATE_TAIL.sub("", nxt.strip())
        if (
            not verdict_next
            and 0 < len(nxt_net) <= 30
            and canonical_network(nxt_net) is not None
            and m is not None
        ):
            verdict_next = True  # "JANE THE VIRGIN" over "The CW" alone: its network's line
        if not verdict_next and (stripped.isupper() or m is not None):
            # ("HANK" over a paragraph, then "Verdict: Canceled.": the section's own
            # verdict line, after its paragraph; "Young Hercules" over a paragraph, then
            # "The verdict: one season and out. Fox Kids ...", a short paragraph)
            after = [x for x in lines[i + 1 : i + 6] if x.strip()][1:3]
            verdict_next = any(
                (len(x) < 60 and _verdict_opening().match(x))
                # (a verdict's own label, not "Not returning:" under "Returning")
                or (m is not None and len(x) < 300 and _verdict_label_opening().match(x))
                for x in after
            )
        verdict_end = _status_after_colon().search(stripped) if m is None else None
        title = stripped[: verdict_end.start()] if verdict_end else ""
        # "BACK TO YOU - FOX - CANCELED", "Andy Barker, P.I. (NBC): Canceled"
        dash = _dash_network().search(title) or _BRACKET_NETWORK_END.search(title)
        if dash and dash.start():
            title = title[: dash.start()]
        if title and ODD_HEADING.fullmatch(title):
            # "ARE YOU THERE, CHELSEA?: CANCELED": a title with its verdict, however written
            found[start] = (start + line.index(stripped), title)
            continue
        if m is None and verdict_next and _lowercase_title(stripped):
            found[start] = (start + line.index(stripped), stripped)  # "black-ish" over "Renewed."
            continue
        if (
            m is None
            and verdict_next
            and ODD_HEADING.fullmatch(stripped)
            and not _odd_title_network().fullmatch(stripped)  # (its network: below)
        ):
            # "Alex, Inc." or "Kevin (Probably) Saves the World" over "Verdict: ...": a
            # title no span pattern reads, named by its place in the roundup ("SIX -
            # HISTORY": the title before its network after a dash)
            at = start + line.index(stripped)
            dash = _dash_network().search(stripped)
            found[start] = (at, stripped[: dash.start()] if dash and dash.start() else stripped)
            continue
        # ("Push, Nevada (ABC)" over a paragraph: a heading naming its network is one)
        odd = (
            _odd_title_network().fullmatch(stripped)
            if m is None and (verdict_next or (len(nxt) > 80 and "," in stripped))
            else None
        )
        if odd:
            # "Emily Owens, M.D. (The CW)" over "Status: Canceled.": the title before its
            # network, however it is written
            at = start + line.index(stripped) + odd.start("t")
            found[start] = (at, odd.group("t"))
            continue
        if m is None or (
            len(nxt) < 80
            and not _kind_opening().match(nxt)
            and not verdict_next
            # ("Spiral: CANCELED" over a one-line paragraph: the line labels itself)
            and not (m.group("net") or m.group("net2") or m.group("label"))
            and not _status_after_colon().search(m.group("t"))
        ):
            continue
        at = start + line.index(stripped) + m.start("t")
        title = m.group("t")
        labelled = m.group("net") or m.group("net2") or m.group("label")
        verdict = _status_after_colon().search(title)
        if verdict:
            # "AWAKE: CANCELED", "Harbor Lights - Renewed": the verdict is no subtitle
            title, labelled = title[: verdict.start()], verdict.group()
        # "Away" over "Hilary Swank's space drama will not get a second season.": the
        # paragraph opens on the show it heads, by what kind of show it is, or with its
        # verdict ("Verdict: axed after one season.")
        kind_open = _kind_opening().match(nxt) is not None or verdict_next
        if (
            not labelled
            and not kind_open
            # ("Pure Genius" over "No second season for the hospital drama, ...")
            and not SHOW_TALK_IN_PARAGRAPH.search(nxt[:60])
            # ("Xiaolin Showdown" over "Also on Kids' WB, this fantasy ...": a paragraph
            # that opens on a network)
            and not net.search(nxt[:40])
            # ("The King of Queens": spaCy's person, but no one's name opens with "The")
            and not title.startswith("The ")
            and any(a <= at and at + len(title) <= b for a, b in persons)
        ):
            continue  # a person's name, unless it names its network ("Ironbridge (Apple TV+)")
        if (
            furniture.intersection(rx(r"[\p{L}]+").findall(title))
            and not verdict_next
            and not _subtitle_only_furniture(title, furniture)
        ):
            continue  # ("How to Get Away with Murder" over "Verdict: coming back." is a show)
        if (
            title.isupper()
            and not labelled
            and not verdict_next  # (its section's field line says it is a show)
            and not _named_in_other_case(text, title)
            # "APB" over "Fox has cancelled the drama ...", "V" over "The alien-invasion
            # remake ...": an initialism's (or a letter's) show
            and not (len(title) <= 4 and " " not in title and (net.match(nxt) or kind_open))
            # ("THE WONDER YEARS" over "The coming-of-age series first aired on ABC ...")
            and not (" " in title and _kind_opening().match(nxt) and net.search(nxt[:120]))
        ):
            continue  # "THE AXE" over a roundup's cancellations: a category, not a show
        named_again = text.count(title) >= 2
        if len(title) < len(stripped) or named_again or net.search(nxt[:80]) or kind_open:
            found[start] = (at, title)
        else:
            weak[start] = (at, title)
            if not SHOW_TALK_IN_PARAGRAPH.search(nxt):
                unsure += 1
    # Two headings that name themselves a show carry the rest; so do three or more
    # headings over paragraphs that each talk of a show ("The Brooklyn-set sitcom ...").
    if len(found) >= 2 or (len(found) + len(weak) >= 3 and not unsure):
        heads = {**found, **weak}
        return {**heads, **_odd_headings_like(text, lines, heads, furniture)}
    return {}


@cache
def _network_then_field() -> Any:
    return fast_pattern(rf"[^\S\n]*(?:{network_alias_pattern()}){SP}*[|·•][^\S\n]*")


def _subtitle_only_furniture(title: str, furniture: frozenset[str]) -> bool:
    """ "Z: The Beginning of Everything": a page's word ("Everything") only in a subtitle
    of three words or more that does not open with one ("Succession: Everything We Know",
    "Cast: Who's Who" are the page's)."""
    head, colon, sub = title.partition(": ")
    words = sub.split()
    if not colon or len(words) < 3 or furniture.intersection(head.split()):
        return False
    first = words[1] if words[0] in ("The", "A", "An") else words[0]
    return first not in furniture and len(furniture.intersection(words)) <= 1


# "3%", "Z: The Beginning of Everything": a short line of a name no span pattern reads
_ODD_NAME_LINE = fast_pattern(r"[\p{Lu}\d][\w'’&!?,%:+-]*(?:[^\S\n]+[\w'’&!?,%:+-]+){0,7}")


def _odd_headings_like(
    text: str, lines: list[str], heads: dict[int, tuple[int, str]], furniture: frozenset[str]
) -> dict[int, tuple[int, str]]:
    """More headings of a roundup whose headings each sit right on their paragraph (no
    blank line between): any short name-shaped line in that same place heads its own
    section ("3%" between "Voltron: Legendary Defender" and "Wanderlust"). Only where
    every heading found so far sits that way: a blank line after a line is how "Related"
    lines and "Advertisement" sit too."""
    starts: dict[int, int] = {}
    pos = 0
    for i, line in enumerate(lines):
        starts[pos] = i
        pos += len(line) + 1

    def tight(i: int) -> bool:
        return (
            0 < i < len(lines) - 1
            and not lines[i - 1].strip()
            and len(lines[i + 1].strip()) > 80
            and lines[i + 1].strip()[-1:] in ".!?\"'’”"
        )

    if not all(tight(starts[at]) for at in heads if at in starts):
        return {}
    out: dict[int, tuple[int, str]] = {}
    for at, i in starts.items():
        line = lines[i]
        stripped = line.strip()
        if (
            at in heads
            or not stripped
            or len(stripped) > 40
            or not tight(i)
            or stripped[-1] in ".:;,"
            or not _ODD_NAME_LINE.fullmatch(stripped)
            # ("The one that survived": a heading in sentence case is the writer's own)
            or any(len(w) >= 4 and w[0].islower() for w in stripped.split()[1:])
            or furniture.intersection(rx(r"[\p{L}]+").findall(stripped))
            or web_label().match(stripped)
        ):
            continue
        out[at] = (at + line.index(stripped), stripped)
    return out


_CAST_GUIDE_HEADLINE = fast_pattern(
    r"[*_#\s]*(?P<name>\p{Lu}[^:\n]{0,60}?)(?:"
    # ("Defending Jacob cast guide: who plays the Barbers": a guide to its cast names a show,
    # even one the model reads as a person's name)
    r"[^\S\n]+(?P<guide>(?i:cast[^\S\n]+guide)):"
    r"|(?:[^\S\n]+(?i:(?:voice[^\S\n]+)?cast))?:[^\S\n]+"
    r"(?i:who['’]s[^\S\n]+who|meet[^\S\n]+the[^\S\n]+cast|cast[^\S\n]+guide|"
    r"who[^\S\n]+plays[^\S\n]+wh))"
)


def _headline_show(
    text: str,
    first_line: str,
    body_from: int,
    rows: list[list[Any]],
    persons: list[tuple[int, int]],
    places: list[tuple[int, int, str]],
    p: Any,
) -> str | None:
    """The several-word name a headline and its body share, when the article talks of
    seasons ("AMC Sets the End Date for Fear the Walking Dead: Season 8 Is the Last" over
    "AMC has announced that Fear the Walking Dead ... will finish with an eighth season"),
    or a one-word name the body writes with its capital inside sentences at least twice.
    """
    if not first_line or not SEASON_TALK.search(text):
        return None
    counts: Counter[str] = Counter()
    single: Counter[str] = Counter()  # one-word names, met inside sentences
    anywhere: Counter[str] = Counter()  # ... or opening them
    for s, e, t, *_ in rows:
        name = _clean(t)
        # ("Inspector George Gently" under "Missing George Gently?": the hero's rank
        # opens the title, the headline uses his name)
        words = name.split()
        rank = leading_rank(words)
        core = " ".join(words[rank:]) if rank and len(words) - rank >= 2 else name
        if ": " in name and (sub := _franchise_subtitle(name)):
            core = sub  # "The Walking Dead: The Ones Who Live" under "The Ones Who Live?"
        if " " not in name and s >= body_from:
            anywhere[name] += 1
            if not _sentence_start(text, s):
                single[name] += 1
        if (
            s < body_from
            or (
                len(name.split()) < 2
                and single[name] < 2
                # "Brightwater is returning. ... Brightwater began in 2021.": a name the
                # body opens sentences with, never written as an ordinary word
                and (anywhere[name] < 2 or _as_word(text, name))
            )
            # (a person's name, unless someone plays it: "Angie Tribeca" over "Rashida
            # Jones plays Angie Tribeca" is the heroine the show is named after)
            or (any(a < e and s < b for a, b in persons) and not played(text, core))
            # (not "Killing" of "The Killing", which spaCy may take for a place: a place
            # seldom takes "The")
            or any(
                a < e
                and s < b
                and not (name[:4] == "The " and a >= s + 4)
                # (not "UK" of "Law & Order: UK": a place the name's subtitle ends on)
                and not (a > s and text[s:a].rstrip().endswith(":"))
                for a, b, _ in places
            )
            or not _acceptable(name, p, False, False)
            or name.casefold() in network_names_folded()
            or text[e : e + 1] == "+"  # "Paramount" of "Paramount+"
            or not _literal_at(first_line, core, _WORD_DASH_OR_APOSTROPHE, _NAME_GOES_ON)
        ):
            continue
        counts[name] += 1
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    if " " not in best:
        # "Lawmen: Bass Reeves" and "Mr. Bean" over a body that says "Reeves", "Bean":
        # the longer name the headline and the body share holds the short one
        longer = [n for n, _ in counts.most_common() if f" {best} " in f" {n} " and n != best]
        if longer:
            return longer[0]
        # "Will Pepper Dennis survive?" over "Rebecca Romijn plays Pepper Dennis ... Pepper
        # wants the anchor chair": the heroine's full name the headline gives is the title
        # (so is "Henry Danger is wrapping up" over "Henry Danger is hanging up the cape",
        # the body writing it whole too)
        full = text_rx(rf"\b{regex.escape(best)}[^\S\n]+\p{{Lu}}[\w'’-]+").search(first_line)
        if (
            full
            and text.count(full.group()) >= 2
            and (played(text, full.group()) or full.group() not in known_performers())
        ):
            return full.group()
    return best


def _names_a_headline_show(
    clause: str, spans: list[tuple[int, int, str]], first_line_end: int, name: str
) -> bool:
    """Whether ``clause`` names a multi-word name the headline gives (not ``name``)."""
    return any(s < first_line_end and " " in t and t != name and t in clause for s, _, t in spans)


def _headline_whole_name(name: str, first_line: str, text: str) -> str | None:
    """ "The voices behind Courage the Cowardly Dog" over a body that also says "Courage
    could return": a one-word name the headline goes on from, through a small word and
    capitalised words the body writes whole too, is short for that whole name (not
    "Superstore TV series", "Lupin Part 3": no small word joins those)."""
    for at in _occurrences(first_line, name):
        if at and _is_word(first_line[at - 1]):
            continue
        tail = _WHOLE_NAME_TAIL.match(first_line, at + len(name))
        if tail:
            whole = first_line[at : tail.end()]
            if whole in known_performers():
                return None
            said = sum(
                1
                for i in _occurrences(text, whole)
                if not (i and _WORD_DASH_OR_APOSTROPHE.match(text, i - 1))
                and not _NAME_OR_DOT_AFTER.match(text, i + len(whole))
            )
            return whole if said >= 2 else None
    return None


# " the Cowardly Dog": a small word and capitalised words going on from a name
_WHOLE_NAME_TAIL = fast_pattern(
    r"[^\S\n]+(?:the|of|and|a|an|in|on)"
    r"(?:[^\S\n]+(?:(?:the|of|and|a|an|in|on)[^\S\n]+)?\p{Lu}[\w'’-]*)+(?![\w.'’-])"
)
_NAME_OR_DOT_AFTER = fast_pattern(r"[\w.'’-]")


def _last_resort_show(
    text: str,
    first_line: str,
    body_from: int,
    rows: list[list[Any]],
    people: set[str],
    places: list[tuple[int, int, str]],
    p: Any,
) -> str | None:
    """The headline's name, for an article in which no name had evidence enough: several
    words, or one written like no common word ("TaleSpin", "11.22.63"), and named again in
    the body unless the headline is in sentence case (a title-case headline gives every
    word a capital). Never an actor's name."""
    title_case = _is_title_case_line(first_line)
    body = text[body_from:]
    if not body.strip():
        return None  # a line alone is no article
    body_words = f" {norm_title(body)} "  # (as _mentions_in reads it, made once)
    named_again: list[str] = []
    headline_only: list[str] = []
    for s, e, t, *_ in rows:
        if s >= body_from:
            break
        name = _clean(t)
        if (
            not name
            or name in people
            or name in known_performers()
            or name.casefold() in network_names_folded()
            or text[s - 1 : s] == "("
        ):
            continue  # (an actor's name: "X as Y", a performer we know, "Role (X)")
        distinct = " " in name or not name[1:].islower() or name[-1:] in "!?"
        if (
            (distinct or not _as_word(text, name))
            and not any(a <= s and e <= b for a, b, _ in places)
            and _acceptable(name, p, True, False)
        ):
            if f" {norm_title(name)} " in body_words:
                named_again.append(name)
            # ("Who's who in Bikini Bottom: the voices behind ...": a place in the story)
            elif distinct and not title_case and not _PLACE_PREPOSITION_BEFORE.search(text, 0, s):
                headline_only.append(name)
    return (named_again or headline_only or [None])[0]


_PLACE_PREPOSITION_BEFORE = fast_pattern(r"\b(?i:in|at|from|to)[^\S\n]+$")


def _in_longer_name(name: str, persons: list[tuple[int, int]], text: str) -> bool:
    """Whether the model reads ``name`` as the surname of a longer person's name somewhere
    ("Harry Bosch" beside "Bosch"), other than a role someone plays ("Kevin Whately played
    DI Robert Lewis": the hero a show like "Lewis" is named after)."""
    return any(
        len(words) > 1 and words[-1] in (name, name + "'s", name + "’s") and not _role_at(text, a)
        for a, b in persons
        for words in [text[a:b].split()]
    )


def _role_at(text: str, at: int) -> bool:
    """Whether the name at ``at`` is a role: "played DI |Robert Lewis", "stars as |Vera"
    (a rank or office between the verb and the name; see names.leading_rank)."""
    m = _ROLE_VERB_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    between = m.group("rank").split()
    return len(between) <= 1 and leading_rank(between) == len(between)


# "played DI ", "stars as ": a role's name follows (maybe after its rank)
_ROLE_VERB_BEFORE = fast_pattern(
    r"\b(?:plays|played|playing|as)\s+(?:the\s+)?(?P<rank>(?:\S+\s+)?)$"
)


def _as_word(text: str, name: str) -> bool:
    """Whether ``name`` also appears in lower case, as an ordinary word ("Frequency")."""
    low = name.casefold()
    pattern = text_rx(rf"(?<![\w-]){regex.escape(low)}(?![\w-])")
    return low != name and pattern.search(text) is not None


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘")
    return not before or before[-1] in ".!?:\n"


def _named_in_other_case(text: str, title: str) -> bool:
    """An all-capitals heading ("SUCCESSION") the body also writes as a name ("Succession")."""
    pattern = text_rx(rf"(?<!\w){regex.escape(title)}(?!\w)", regex.IGNORECASE)
    return any(m.group() != title for m in pattern.finditer(text))


def _glue_cuts(span: str, glued: Any, known: Counter[str], prefixes: tuple[str, ...]) -> list[int]:
    """Where a span glues words whose separators were lost ("MillbrookTideGlass Harbor").

    A glued word is cut only into pieces the article also writes on their own, so
    "MasterChef" stays whole while "MasterChefBake" becomes "MasterChef" + "Bake".
    """
    # (a title-cased span has no capital right after a lower-case letter: nothing to search)
    if span.istitle() or glued.search(span) is None:
        return []  # most spans: no lower-to-upper change inside a word at all
    out: list[int] = []
    offset = 0
    for word in span.split(" "):
        camel = [m.start() for m in glued.finditer(word)]
        camel = [c for c in camel if not (word[:c].endswith(prefixes) and c <= 4)]
        if camel and known.get(word, 0) <= 1:
            bounds = [0, *camel, len(word)]
            best: dict[int, list[int]] = {0: []}
            for i, a in enumerate(bounds):
                if a not in best:
                    continue
                for b in bounds[i + 1 :]:
                    if a == 0 and b == len(word):
                        continue
                    piece = word[a:b]
                    if known.get(piece, 0) >= 1 and b not in best:
                        best[b] = [*best[a], b]
            if len(word) in best and len(best[len(word)]) > 1:
                out += [offset + c for c in best[len(word)][:-1]]
        offset += len(word) + 1
    return out


@cache
def _show_noun_before() -> Any:
    return fast_pattern(rf"\b(?:{_alt(vocabulary()['show_nouns'])})[^\S\n]+$", regex.IGNORECASE)


@cache
def _net_described_before() -> Any:
    return fast_pattern(
        rf"(?<![\w])(?:{network_alias_pattern()})['’]s{SP}+(?:\p{{Ll}}[\w-]*{SP}+){{1,3}}$",
        regex.REVERSE,  # anchored at the end: read from there
    )


# Names already listed before the span: "from Martin Scorsese, Mick Jagger and ...".
_LISTED_NAMES = r"(?:\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3},[^\S\n]+)*"


@cache
def _maker_before() -> Any:
    return fast_pattern(rf"\b(?i:{_alt(vocabulary()['maker_phrases'])})[^\S\n]+{_LISTED_NAMES}$")


@cache
def _made_from_before() -> Any:
    v = vocabulary()
    nouns = [n for n in v["show_nouns"] if n not in v["offshoot_nouns"]]
    return fast_pattern(rf"\b(?i:{_alt(nouns)})[^\S\n]+from[^\S\n]+{_LISTED_NAMES}$")


def _made_by(left: str, s: int, e: int, persons: list[tuple[int, int]]) -> bool:
    """Whether the span names the show's makers: after "created by" or "showrunner", or
    after "the drama from" when it reads as a person ("the spinoff from X" names a show)."""
    low = left.casefold()
    # (cheap checks first: most spans have none of the words before them)
    if ("by " in low or "creator" in low or "showrun" in low or "producer" in low) and (
        _maker_before().search(left)
    ):
        return True
    return (
        " from " in left[-60:]
        and _made_from_before().search(left) is not None
        and any(a < e and s < b for a, b in persons)
    )


@cache
def _author_hints() -> tuple[str, ...]:
    """The first word of each of _author_before's nouns (as written: it is case-sensitive)."""
    return tuple({n.split()[0] for n in vocabulary()["source_work_nouns"]})


@cache
def _author_before() -> Any:
    """A full name owning source material: "Isaac Asimov's novels"."""
    works = _alt(vocabulary()["source_work_nouns"])
    return fast_pattern(
        rf"\b(\p{{Lu}}[\p{{L}}.-]+(?:[^\S\n]+\p{{Lu}}[\p{{L}}.-]+){{1,2}})['’]s[^\S\n]+"
        rf"(?:[\w-]+[^\S\n]+){{0,2}}?(?:{works})\b"
    )


@cache
def _net_anywhere() -> Any:
    return fast_pattern(rf"(?<![\w-])(?:{network_alias_pattern()})(?![\w-])")


@cache
def _net_owner_inside() -> Any:
    return fast_pattern(rf"(?<=[^\S\n])(?:{network_alias_pattern()})['’]s{SP}+(?=\p{{Lu}})")


def _split_at_network_owner(raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut a span at a network's possessive inside it: "Omar Little from HBO's The Wire"
    is a character, then a network's show, not one long title."""
    out: list[tuple[int, int, str]] = []
    owner = _net_owner_inside()
    for s, e, t in raw:
        m = owner.search(t) if ("'s " in t or "’s " in t) else None
        if m is None:
            out.append((s, e, t))
            continue
        before = t[: m.start()].split()
        while before and rx(CONN).fullmatch(before[-1]):
            before.pop()  # "... from", "... on": the joining word goes with the cut
        if before:
            piece = " ".join(before)
            out.append((s, s + len(piece), piece))
        out.append((s + m.end(), e, t[m.end() :]))
    return out


@cache
def _network_label() -> Any:
    """A network's label before a title: "ABC: ", "Paramount+: "."""
    return fast_pattern(rf"(?:{network_alias_pattern()}){SP}*:{SP}+(?=\p{{Lu}}|\d)")


def _network_label_end(text: str, start: int, span: str) -> int:
    """Where the title starts in a span opening its line with a network's label ("HBO:
    Perry Mason" over a roundup's section; "- FX: Snowfall"), else 0."""
    m = _network_label().match(span)
    if m is None or m.end() >= len(span) or text.count(span) > 1:
        # ("Space: Above and Beyond", named so again in the text: the whole is a title)
        return 0
    line_start = text.rfind("\n", 0, start) + 1
    return m.end() if LIST_ITEM_LEAD.fullmatch(text[line_start:start]) else 0


# A short heading line in title case that may hold commas, brackets or a final
# abbreviation's full stop ("Alex, Inc.", "Kevin (Probably) Saves the World").
ODD_HEADING = fast_pattern(
    # ("L.A.'S FINEST": an initialism may open it, and take a possessive)
    # ("DR. KEN": or an abbreviated title, "Dr.", "Mrs.", "St.")
    r"(?:(?:\p{Lu}\.){2,}['’]?[\w]*|\p{Lu}\p{L}{1,2}\.(?=[^\S\n]+\p{Lu})|[\p{Lu}\d][\w'’&!?,():-]*)"
    r"(?:[^\S\n]+(?:[\w'’&!?,():-]+|(?:\p{Lu}\.){2,})){0,11}?"
    r"(?:(?<=\b\p{Lu}\p{Ll}{0,3})\.)?"
)
# "Andy Barker, P.I. (NBC)": a heading's network in brackets after an odd title
_BRACKET_NETWORK_END = fast_pattern(r"[^\S\n]*\([^()\n]{1,30}\)$")


@cache
def _odd_title_network() -> Any:
    return fast_pattern(
        # ("1. Sit Down, Shut Up (Fox)": a numbered list's number is no part of it)
        rf"(?:(?:#\d{{1,2}}[.):]?|\d{{1,2}}[.):]){SP}+)?"
        rf"(?P<t>[\p{{Lu}}\d][^()\n]{{1,50}}?){SP}+\((?:{network_alias_pattern()})\)"
    )


def _without_rank(name: str) -> str:
    """ "Dr. Dani Santino" as the role is named elsewhere: "Dani Santino"."""
    words = name.split()
    rank = leading_rank(words)
    return " ".join(words[rank:]) if 0 < rank < len(words) else name


def _rank_led(name: str) -> bool:
    """ "Agent Carter", "Inspector Morse": a rank (names_words.json) and one name."""
    words = name.split()
    return len(words) == 2 and leading_rank(words) == 1


def _titled_show(text: str, name: str, first_line: str) -> bool:
    """Whether a name is a show's by how it is written: the headline and the body both
    write it whole ("Agent Carter still waiting on ABC" over "whether Marvel's Agent
    Carter will return")."""
    return _mentions_in(first_line, name) and len(_word_uses(text, name)) >= 2


@cache
def _job_title() -> Any:
    return fast_pattern(rf"(?:{_alt(vocabulary()['job_titles'])}){SP}+(?=\p{{Lu}})")


@cache
def _status_after_colon() -> Any:
    """ ": CANCELED" ending a heading's title: a scorecard's verdict."""
    # ("Yes, Dear (CBS) -- Renewed": a typewriter's dash is two hyphens)
    return fast_pattern(rf"{SP}*(?:[:–—]|--?){SP}*(?i:{_alt(status_labels())})$")


@cache
def _verdict_label_after() -> Any:
    """ ": renewed." after a line's label: a roundup's verdict, the sentence going on."""
    return fast_pattern(rf"{SP}*:{SP}*(?i:{_alt(status_labels())})\b[.!]?(?:{SP}|$)")


def _label_opening(labels: list[str]) -> Any:
    """A line opened by one of ``labels`` and a colon ("Verdict: ", "Network: ")."""
    return fast_pattern(rf"[^\S\n]*(?i:{_alt(labels)}){SP}*:{SP}")


@cache
def _verdict_opening() -> Any:
    """A roundup section's verdict line: "Verdict: axed after one season."."""
    return _label_opening(section_labels() + status_labels())


@cache
def _verdict_label_opening() -> Any:
    """A section's line opened by a verdict's own label: "The verdict: one season and out."."""
    return _label_opening(vocabulary()["verdict_labels"])


@cache
def _verdict_sentence_opening() -> Any:
    """A section's first sentence that is its verdict alone: "Canceled. The sitcom ...",
    "Picked up for season 2. Peacock ..."."""
    return fast_pattern(rf"[^\S\n]*[*_]*(?:{verdict_sentence()}){SP}+\p{{Lu}}")


@cache
def _field_opening() -> Any:
    """A roundup section's field line: "Network: The CW", "Verdict: axed"."""
    return _label_opening(section_labels())


# A show's own verb between a network's possessive and a name: "TNT's thriller cast X"
_SHOW_VERBS_BEFORE_NAME = frozenset(
    ("cast", "stars", "starred", "starring", "features", "featured", "follows", "followed",
     "sees", "saw", "pairs", "paired", "introduces", "introduced", "brings", "brought")
)  # fmt: skip
# "given X a fifth season", "handed X an order": what a give verb hands a show
_GIVE_BEFORE = fast_pattern(
    r"\b(?:give|gives|gave|given|giving|hand|hands|handed|handing)[^\S\n]+$"
)
_GIVEN_ORDER_AFTER = fast_pattern(
    r"['’”\"]?[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?"
    r"(?:season|seasons|series|order|renewal|pickup|green[^\S\n]?light|reprieve|home|"
    r"slot|chance|go-ahead|episodes|batch)\b",
    regex.IGNORECASE,
)
# "... with John Oliver", "... with Bill Maher": a show named for its host
_WITH_HOST_END = fast_pattern(r"\p{L}[^\S\n]+with[^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}[\p{L}'’-]+$")
# A headline's guide to a show after its name: ": meet the cast", ": who plays whom"
# ("X cast guide: who plays whom", "X: who is who in ...")
_HEADLINE_GUIDE_AFTER = fast_pattern(
    r"(?:[^\S\n]+cast(?:[^\S\n]+(?:guide|list))?)?:[^\S\n]+"
    # (": a guide to the faces in ...": a guide to anything of the show's)
    r"(?:(?:a|your|our)[^\S\n]+(?:\p{Ll}+[^\S\n]+)?guide[^\S\n]+to\b|meet[^\S\n]+the[^\S\n]+cast|"
    r"(?:the[^\S\n]+)?cast[^\S\n]+(?:and|list|guide)|who[^\S\n]+(?:plays|voices)[^\S\n]+who(?:m)?\b|"
    r"who['’]s[^\S\n]+who|who[^\S\n]+is[^\S\n]+who|everything[^\S\n]+we[^\S\n]+know)\b",
    regex.IGNORECASE,
)
# Names ending in a team of people: "Zucker, Abrahams and Zucker team", "the Duffer brothers"
_GROUP_AFTER = fast_pattern(
    r"(?:,[^\S\n]+\p{Lu}[\w'’-]*)*,?(?:[^\S\n]+(?:and|&)[^\S\n]+\p{Lu}[\w'’-]*)?"
    r"[^\S\n]+(?:team|duo|trio|brothers|sisters|partnership|siblings)\b"
)
# "subtitled Infamy": a season's own name
_SUBTITLED = fast_pattern(
    r"\b(?:season|series|installment|instalment|chapter)\b[^.;\n]{0,60}?\b(?:subtitled|titled)"
    r"[^\S\n]+[“\"‘']?(\p{Lu}[\w'’-]*(?:[^\S\n]+\p{Lu}[\w'’-]*){0,3})"
)
# 'pronounced "Bouquet"', 'nicknamed "Chin"': a word as said, before its quotes
_SAID_AS_BEFORE = fast_pattern(r"\b(?:pronounced|spelt|spelled|nicknamed|dubbed)[^\S\n]+[“\"‘']$")
# A "!" that ends no sentence: a lower-case word goes on after it
_BANG_GOES_ON = fast_pattern(r"![^\S\n]+\p{Ll}")
# A capitalised word shaped like an adjective of a people, a place or an age
ADJECTIVE_WORD = fast_pattern(r"\p{Lu}\p{Ll}+(?:an|sh|ch|se|ic)")
_DETERMINER_BEFORE = fast_pattern(r"\b(?:the|a|an|its|their|this)[^\S\n]+$")


@cache
def _kinds() -> str:
    """The show nouns that say what kind of show ("drama", "sitcom"), as an alternation."""
    return _alt([n for n in vocabulary()["show_nouns"] if n not in ("title", "hit")])


@cache
def _kind_after() -> Any:
    """A show's kind after a word: " drama", " period comedy"."""
    return fast_pattern(rf"(?:{SP}+[\p{{Ll}}][\w-]*){{0,2}}?{SP}+(?:{_kinds()})\b")


@cache
def _kind_opening() -> Any:
    """A paragraph opening on a show by its kind: "The comedy about ...", "The cyberpunk
    series is over", "Hilary Swank's space drama will not ..."."""
    kinds = _kinds()
    return fast_pattern(
        rf"[^\S\n]*(?:The|This|\p{{Lu}}[\w.-]*(?:{SP}+\p{{Lu}}[\w.-]*){{0,2}}['’]s)"
        # ("The German mystery", "The British period drama": a nationality's capital)
        rf"(?:{SP}+[\p{{Ll}}\d][\w-]*|{SP}+\p{{Lu}}\p{{Ll}}+(?:an|sh|ch|se|ic)){{0,3}}?"
        rf"{SP}+(?:{kinds})\b",
    )


def _link_line_spans(text: str) -> list[tuple[int, int]]:
    """Lines that link to other stories ("Related: ...", "READ MORE: ...")."""
    if ":" not in text:
        return []
    # The pattern's matches (it opens with "^"), tried only at line starts.
    out = []
    match = _link_line().match
    done = pos = 0
    while pos >= 0:
        m = match(text, pos) if pos >= done else None
        if m:
            out.append(m.span())
            done = m.end()
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1
    return out


@cache
def link_labels() -> list[str]:
    """The web labels that link to another story ("Related:", "READ MORE:"): not the
    article's own news ("UPDATE: NBC has renewed X")."""
    v = vocabulary()
    return [w for w in v["web_labels"] if w not in v["news_labels"]]


@cache
def _link_line() -> Any:
    return fast_pattern(rf"^[^\S\n]*(?i:{_alt(link_labels())}){SP}*:[^\n]*", regex.MULTILINE)


@cache
def link_label() -> Any:
    """A link's label before what it names: "READ MORE: ", "Related: "."""
    return fast_pattern(rf"(?i:{_alt(link_labels())}){SP}*:{SP}+(?=\p{{Lu}}|\d)")


@cache
def _labelled_heading_after() -> Any:
    """A title's network in brackets, or a status label, after it on its own line: "(CBS) -
    RENEWED", ": Canceled"."""
    labels = _alt(status_labels())
    return fast_pattern(
        # ("What If...? (Disney+)": the title's own marks first)
        rf"(?:\.\.\.|…)?[?!]?{SP}*(?:[(\[](?:{network_alias_pattern()})[)\]]{SP}*(?:[-–—:|]|$)|"
        rf"\|{SP}*(?:{network_alias_pattern()}){SP}*\||[-–—:|]{SP}*(?i:{labels}){SP}*$|"
        # "SMASH (canceled)": the label in brackets
        rf"\({SP}*(?i:{labels}){SP}*\){SP}*$)",
        regex.MULTILINE,
    )


@cache
def _dash_network() -> Any:
    """A network after a dash at a span's end: "Mill Pond - FOX", "Mill Pond – The CW"."""
    return fast_pattern(rf"{SP}+[-–—]{SP}+(?i:{network_alias_pattern()})$")


@cache
def _net_bracket_after() -> Any:
    """A title's network, or its season and network, in brackets after it: " (Hulu)",
    " (NBC, after one season)", " (season 4, NBC)"."""
    net = network_alias_pattern()
    return fast_pattern(
        rf"{SP}[(\[](?:(?:{net})(?:,{SP}+[^()\[\]\n]{{1,40}})?"
        rf"|(?i:season|series){SP}+\d{{1,2}},{SP}+(?:{net}))[)\]]"
    )


@cache
def web_label() -> Any:
    """A web page's label before a title: "WATCH: ", "Related: "."""
    return fast_pattern(rf"(?i:{_alt(vocabulary()['web_labels'])}){SP}*:{SP}+(?=\p{{Lu}}|\d)")


def _web_label_end(span: str) -> int:
    """Where the title starts after a page's label ("WATCH: Mill Pond Trailer"), a
    scorecard's verdict ("CANCELED: Mill Pond") or a line's answer ("So: Mill Pond is
    ..."), else 0."""
    m = web_label().match(span) or _status_label().match(span) or _answer_label().match(span)
    return m.end() if m and m.end() < len(span) else 0


@cache
def _answer_label() -> Any:
    """A line's answer or summing-up before a colon: "So: ", "Short answer: "."""
    return fast_pattern(rf"(?i:{_alt(vocabulary()['answer_labels'])}){SP}*:{SP}+(?=\p{{Lu}}|\d)")


@cache
def _status_label() -> Any:
    return fast_pattern(rf"(?i:{_alt(status_labels())}){SP}*:{SP}+(?=\p{{Lu}}|\d)")


@cache
def _net_openings() -> dict[str, tuple[str, ...]]:
    """Each network alias's first word, by its first character: a span opening with none
    of them opens with no network (the aliases are matched as written)."""
    out: dict[str, set[str]] = {}
    for alias in alias_table():
        word = alias.split(" ", 1)[0]
        out.setdefault(word[0], set()).add(word)
    return {ch: tuple(words) for ch, words in out.items()}


@cache
def _company_tails() -> frozenset[str]:
    """Last words that make a name a company's ("ABC Signature Studios"): titles.json
    company_tails."""
    return frozenset(vocabulary()["company_tails"])


@cache
def _group_nouns() -> frozenset[str]:
    """Plural nouns for groups of people ("Girls", "Brothers"): titles.json group_nouns."""
    return frozenset(vocabulary()["group_nouns"])


@cache
def _brand_lead() -> Any:
    """A franchise owner's possessive before a title ("Marvel's Runaways", "Tom Clancy's
    Jack Ryan"): titles.json brand_possessives."""
    brands = _alt(vocabulary()["brand_possessives"])
    return fast_pattern(rf"^(?:{brands})['’]s{SP}+(?=\p{{Lu}})")


@cache
def _whole_network() -> Any:
    # (or several joined: "Syfy and USA Network have renewed ...")
    net = network_alias_pattern()
    return fast_pattern(rf"(?:{net})(?:(?:,{SP}+|{SP}+(?:and|&){SP}+)(?:{net}))*")


@cache
def _net_lead() -> Any:
    return fast_pattern(rf"^(?:{network_alias_pattern()})(?:['’]s)?{SP}+")


# "Steven S. DeKnight": a first name, a middle initial and a surname, as people are named
_INITIALLED_NAME = fast_pattern(r"\p{Lu}\p{Ll}+[^\S\n]\p{Lu}\.[^\S\n]\p{Lu}[\p{L}'’-]+")


def _written_form(form: str, text: str) -> str:
    """A heading's capitals ("JAMAICA INN") as the text writes the name elsewhere
    ("Jamaica Inn"), if it does."""
    if not form.isupper() or len(form) < 4:
        return form
    for m in regex.finditer(regex.escape(form), text, regex.IGNORECASE):
        if not m.group().isupper() and m.group()[0].isupper():
            return m.group()
    return form


def _best_form(forms: Counter[str]) -> str:
    # The spelling the article uses most; ties go to the longer (fuller) one. A heading's
    # capitals ("PAN AM - canceled") give way to the way the text writes the name.
    return max(
        forms.items(), key=lambda kv: (not (kv[0].isupper() and len(forms) > 1), kv[1], len(kv[0]))
    )[0]


# A mention starts at a word edge, or at a camel-case edge where separators were lost
# ("SeeDickinson"): the character before it is no letter or digit, or one of a-z, à-ÿ.
_NOT_BEFORE_MENTION = r"[^\W_a-zà-ÿ]"


def _words_regex(words: list[str]) -> str:
    """The words, up to three non-word characters apart, with the edge check.

    The pattern opens with the first letter and checks the character before it in a
    look-behind: a pattern that opens with a literal lets `re` jump from one such letter
    to the next instead of trying a look-behind at every position of the text.
    """
    first = re.escape(words[0][0])
    body = r"[\W_]{0,4}".join([re.escape(words[0][1:]), *(re.escape(w) for w in words[1:])])
    return rf"{first}(?<!{_NOT_BEFORE_MENTION}{first}){body}"


@lru_cache(maxsize=8192)
def mention_pattern(title: str) -> Any:
    # The standard library compiles these small patterns much faster than `regex`.
    words = re.findall(r"[^\W_]+", title)
    if not words:
        body = rf"(?:(?<![^\W_])|(?<=[a-zà-ÿ])){re.escape(title)}"
    elif words[0] == "The" and len(words) > 1:
        # "The Long Tide", or "Long Tide" alone.
        rest = r"[\W_]{0,3}".join(re.escape(w) for w in words[1:])
        body = rf"(?:{_words_regex(['The'])}[\W_]{{1,3}}{rest}|{_words_regex(words[1:])})"
    else:
        body = _words_regex(words)
    return re.compile(rf"{body}(?![a-zà-ÿ\d])")


_SMALL_WORDS = frozenset(["A", "An", "The", "Of", "In", "On", "And", "To", "For", "At", "Or"])


def _case_forms(title: str, text: str) -> list[str]:
    """The title and the other casings of it the text uses: a heading's capitals ("PAN AM
    - canceled" for Pan Am), or the text's own casing of a name known from such a heading
    ("Once Upon a Time" for ONCE UPON A TIME)."""
    titled = title.title()
    headline = " ".join(
        w.lower() if i and w in _SMALL_WORDS else w for i, w in enumerate(titled.split(" "))
    )
    return [title] + [
        f for f in dict.fromkeys([title.upper(), titled, headline]) if f != title and f in text
    ]


def mention_spans(title: str, text: str) -> list[tuple[int, int]]:
    """The (start, end) of every match of ``mention_pattern(title)`` in ``text``, in order,
    found with plain string searches: compiling a pattern for every title an article names
    was most of the titles step's time.

    The pattern reads the title's words with at most a few characters that are no letter or
    digit between them (``[\\W_]{0,4}``); since every word starts with a letter or digit, such
    a gap is always the whole run of those characters: a word either follows it or the
    mention fails. A title of no words at all keeps the pattern.
    """
    words = _TITLE_WORD.findall(title)
    if not words:
        return [m.span() for m in mention_pattern(title).finditer(text)]
    # The ways to read the title, tried in the pattern's order: "The Long Tide" whole
    # (one to three characters after "The", up to three between the other words), or
    # without its "The" (up to four).
    if words[0] == "The" and len(words) > 1:
        readings = [
            (words, [(1, 3)] + [(0, 3)] * (len(words) - 2)),
            (words[1:], [(0, 4)] * (len(words) - 2)),
        ]
    else:
        readings = [(words, [(0, 4)] * (len(words) - 1))]
    heads = {w[0] for w, _ in readings}
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        starts = [i for i in (text.find(h, at) for h in heads) if i >= 0]
        if not starts:
            return spans
        start = min(starts)
        end = -1
        if start == 0 or not _blocks_mention(text[start - 1]):
            for read, gaps in readings:
                end = _words_end(text, start, read, gaps)
                if end >= 0 and (end == len(text) or not _glued_after(text[end])):
                    break
                end = -1
        if end >= 0:
            spans.append((start, end))
            at = end
        else:
            at = start + 1


_TITLE_WORD = re.compile(r"[^\W_]+")


def _blocks_mention(ch: str) -> bool:
    """``_NOT_BEFORE_MENTION``: a letter or digit before a mention, unless one of a-z, à-ÿ."""
    return ch.isalnum() and not ("a" <= ch <= "z" or "à" <= ch <= "ÿ")


def _glued_after(ch: str) -> bool:
    """The character class no mention may run into: ``[a-zà-ÿ\\d]``."""
    return "a" <= ch <= "z" or "à" <= ch <= "ÿ" or ch.isdecimal()


def _words_end(text: str, at: int, words: list[str], gaps: list[tuple[int, int]]) -> int:
    """Where ``words`` end when read from ``at``, the k-th after a gap of (fewest, most)
    ``gaps[k - 1]`` characters that are no letter or digit; -1 if they are not there."""
    i = at
    for k, word in enumerate(words):
        if k:
            fewest, most = gaps[k - 1]
            j = i
            while j < len(text) and not text[j].isalnum():
                j += 1
                if j - i > most:
                    return -1
            if j - i < fewest:
                return -1
            i = j
        if not text.startswith(word, i):
            return -1
        i += len(word)
    return i


_TITLE_SIGN_END = fast_pattern(r"(?:\.\.\.|…)?[!?%]+$|…$")


def _find_mentions(text: str, titles: list[str]) -> list[Mention]:
    """Every mention of the titles, longest title first where mentions overlap."""
    found: list[Mention] = []
    for title in sorted(titles, key=len, reverse=True):
        # ("3%", "Police Squad!", "What If...?": signs that end the title are the mention's
        # too, though words are read)
        tail = _TITLE_SIGN_END.search(title) if title[-1:] in "%!?…" else None
        sign = tail.group() if tail else ""
        for form in _case_forms(title, text):
            for start, end in mention_spans(form, text):
                if sign and text.startswith(sign, end):
                    end += len(sign)
                if all(end <= f.start or start >= f.end for f in found):
                    found.append(Mention(title, start, end))
    found.sort(key=lambda m: m.start)
    return found


def _mentions_in(text: str, title: str) -> bool:
    return f" {norm_title(title)} " in f" {norm_title(text)} "


def _line_index(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _line_of(text: str, starts: list[int], offset: int) -> str:
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    s = starts[i]
    e = text.find("\n", s)
    return text[s : e if e >= 0 else len(text)].strip()


@Language.factory("knowsofar_titles")
def make_title_finder(nlp: Language, name: str) -> TitleFinder:
    return TitleFinder()
