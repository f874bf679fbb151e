"""Season statuses: renewed, canceled, ended (a planned final season), pending.

Cues come from ``data/status_phrases.json``. For every cue in a sentence the
finder decides, in this order:

1. whether the sentence asserts it: questions ("Has X been renewed?") only
   count for pending cues ("cancelled or renewed?") or inside a "when ..."
   clause; a negation right before the cue ("has not been cancelled") undoes
   it; speculation and wishes before it ("could be renewed", "fans hope",
   "were hoping to save it") or a condition after it ("... if ratings
   hold") drop it;
2. which show it is about: the object of an active cue ("NBC cancelled A, B
   and C"), the subject of a passive or intransitive one ("A has been renewed",
   "A will return"), else the sentence's topic when the cue refers to "the
   show" / "the series" / "it". "Netflix axes shows" or "the actors will
   return" name no show and give nothing;
3. which season: the nearest season reference in the clause
   (seasons.py), distributed over several shows with "respectively", else
   the season the article is about (its heading: "X Season 2: everything we
   know") when the sentence gives no number and no date (or a date in the
   months just before the article's); "seasons 3 and 4 of A, seasons 7 and 8
   of B" gives each show its own; a pending cue with no number takes the
   season the question just before asks about ("What about a fourth season?").

A reversal ("renewed it in the spring, then reversed course") undoes the
decision told just before it, in the sentence or the paragraph. A roundup's
verdict line ("BROTHERS & SISTERS: CANCELED", "X | CBS | RENEWED") gives its
section's show that status when the section states none with a number itself;
the number comes from the section's text ("ends after one season").

The ``knowsofar_status`` component stores :class:`StatusMention` objects
under ``results(doc)["statuses"]`` and the article's season context under
``results(doc)["season_context"]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.extract import results, text_of
from knowsofar.extract.dates import MONTH, find_dates, within_months
from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.networks import (
    NetworkMention,
    canonical_network,
    field_labels,
    network_alias_pattern,
)
from knowsofar.extract.seasons import (
    FINISHED,
    NUM,
    ORD,
    WHEN_AFTER,
    SeasonRef,
    find_seasons,
    seasons_for,
)
from knowsofar.extract.titles import (
    FOR_A,
    FOR_A_SEASON_AND,
    Mention,
    SentenceInfo,
    TitleResult,
    ends_on_show_noun,
    link_label,
    mention_spans,
    norm_title,
    played,
    rx,
    section_labels,
    verdict_sentence,
    vocabulary,
)
from knowsofar.extract.vocab import SP, WordFinder, alternation, load_data

SAME = "same"  # an echo cue's status: the one said just before ("as was X")
REVERSE = "reverse"  # a reversal cue's status: the opposite of the decision told just before
OPPOSITE = {"renewed": "canceled", "canceled": "renewed"}


# The order a cue names was taken back: "reversing its decision to give the comedy a",
# "scrapping the" (final season).
_UNDONE_ORDER_BEFORE = fast_pattern(
    r"\b(?:revers(?:ed|es|ing)[^\S\n]+(?:its|the|their|that)[^\S\n]+(?:decision|plan)[^\S\n]+to"
    r"[^\S\n]+(?:(?:give|order|renew|grant|make)\b[^.;:\n]{0,60})?|(?:scrap(?:s|ped|ping)?|"
    r"cancel(?:s|ed|led|ing|ling)?|ax(?:e|es|ed|ing)|drop(?:s|ped|ping)?)[^\S\n]+"
    r"(?:(?:the|its|their)[^\S\n]+)?)$",
    regex.IGNORECASE,
)


@cache
def _promo_line() -> Any:
    return fast_pattern(
        rf"[\s*_]*(?:{alternation(vocabulary()['promo_openers'], SP + '+')})\b", regex.I
    )


_UNTIL_BEFORE = fast_pattern(
    # ("once ITV confirms the drama's future", not "X, once the network's biggest hit, was")
    r"\b(?:until|unless|till)\b|\bonce\s+(?-i:the|a|an|it|they|\p{Lu}\w*)\b[^,;]*$",
    regex.IGNORECASE,
)
# "NBC has passed on bringing X back", "decided against renewing it": a renewal turned down
_TURNED_DOWN_BEFORE = fast_pattern(
    r"\b(?:pass(?:es|ed|ing)?\s+on|(?:decided|decides|deciding)\s+against|ruled\s+out)\s+$",
    regex.IGNORECASE,
)
# A short line of words alone, with no number and no sentence's end: a heading.
_LABEL_LINE = fast_pattern(r"[\s#*_]*(?:[^\W\d]+[^\S\n]*){1,4}[:\s#*_]*")


@cache
def _promo_word() -> Any:
    """A page's own furniture anywhere in a sentence that names no show ("Our daily
    newsletter rounds up every renewal"; _promo_line reads only a line's opening), as whole
    words: "subscribers" is none. The words: titles.json promo_words."""
    words = "|".join(re.escape(w) for w in vocabulary()["promo_words"])
    return re.compile(rf"\b(?:{words})\b")


# A sentence about a season still to come: "the new episodes will ...", "the upcoming"
_TO_COME = fast_pattern(r"\b(?:will|new|upcoming|coming|next|forthcoming)\b", regex.IGNORECASE)


def _clause_of(evidence: str, cue: str | None) -> str:
    """The part of the sentence between semicolons that holds the cue ("Fox first renewed
    it for a third season; the fourth will keep the cast": the first part)."""
    if not cue or ";" not in evidence:
        return evidence
    at = evidence.find(cue)
    if at < 0:
        return evidence
    start = evidence.rfind(";", 0, at) + 1
    end = evidence.find(";", at)
    return evidence[start : end if end >= 0 else len(evidence)]


_AGO = fast_pattern(
    r"[^,;]{0,50}?\b(?:(?:a|an|one|two|three|\d+)\s+(?:years?|months?|seasons?)\s+ago|"
    r"last\s+(?:year|spring|summer|fall|autumn|winter))\b",
    regex.IGNORECASE,
)


def _before_cue(evidence: str, cue: str | None) -> str:
    """The evidence before its cue ("" if the cue is not in it)."""
    at = evidence.find(cue) if cue else -1
    return evidence[:at] if at > 0 else ""


def _told_as_outcome(evidence: str, cue: str | None) -> bool:
    """Whether an ending cue says a season was, or turned out to be, the last."""
    if not cue:
        return False
    if cue.casefold().startswith(("was ", "were ", "turned out", "turns out")):
        return True
    return _TURNS_OUT_BEFORE.search(_before_cue(evidence, cue)[-40:]) is not None


def _ago_after(evidence: str, cue: str | None) -> bool:
    """Whether a past time follows the cue in its clause ("for a fifth season a year ago")."""
    at = evidence.find(cue) if cue else -1
    return at >= 0 and _AGO.match(evidence, at + len(cue or "")) is not None


def _only_about(other: SentenceInfo | None, sent: SentenceInfo, show: str) -> bool:
    """Whether a neighbour of ``sent`` is in its paragraph and names no show but ``show``."""
    return (
        other is not None
        and other.paragraph == sent.paragraph
        and all(m.title == show for m in other.mentions)
    )


# "Jane Araki's dreamy, explicit Los Angeles comedy": someone's show, described (the
# caller checks that it ends on a show noun)
_POSSESSED_SUBJECT = fast_pattern(
    r"[\s\"“*_]*(?:\p{Lu}[\w.'’-]*[^\S\n]+){0,3}\p{Lu}[\w.-]*['’]s[^\S\n]+"
    r"(?:[\w'’-]+,?[^\S\n]+){0,5}?[\w-]+[\s,]*$"
)
# A sentence whose subject is the show just named: "It lasted ...", "The drama ran ...".
_SHOW_SUBJECT = fast_pattern(
    r"[\s\"“*_]*(?:It|The[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:show|series|drama|comedy|sitcom|"
    r"thriller|spinoff|spin-off|procedural|reboot|revival))\b"
)


@dataclass
class Cue:
    status: str
    form: str
    strength: float
    regex: Any
    needs_season: bool = False
    negative: bool = False
    question_ok: bool = False
    future: bool = False
    needs: tuple[str, ...] = ()  # one of these must be in the sentence (a cheap pre-check)
    dated: bool = False  # a noun cue whose clause may date the decision
    needs_rx: Any = None  # ``needs`` as one pattern: one search instead of a loop
    focus_ok: bool = False  # a needs_season cue may take the heading's season instead
    history: bool = False  # a run told after it ended: yields to a cancellation of the show
    # a second pre-check: one of these must be in the sentence too (a word the pattern
    # always holds, rarer than those of ``needs``)
    needs_also: tuple[str, ...] = ()


@dataclass
class StatusMention:
    show: str
    season: int | None
    status: str
    start: int  # the evidence sentence's character span in the document
    end: int
    evidence: str
    confidence: float
    event_date: str | None = None
    network: str | None = None  # the network that made the decision, if the clause names it
    after_release: tuple[int, str] | None = None  # "a month after it premiered"
    cue: str = ""
    from_context: bool = False  # season number taken from the article's heading
    history: bool = False  # from a cue that yields to a cancellation (Cue.history)
    # the cue's object is the season itself ("scrapped the second season"): an order of
    # that season told anywhere in the article is history
    season_undone: bool = False
    reversal: bool = False  # from a reversal cue ("then reversed course")
    background: bool = False  # told as the lead-in to the news ("A year after X canceled it")


@dataclass
class SeasonContext:
    focus: int | None = None  # the season the article is about (its heading says so)
    aired: dict[str, int] = field(default_factory=dict)  # show -> seasons so far
    # seasons the article says are out, by the show each is said of (the sentence's show,
    # else the article's)
    released_by: dict[str, set[int]] = field(default_factory=dict)
    # the one season the article names as "a second season" (an awaited season), if one
    asked: int | None = None

    @property
    def released(self) -> set[int]:
        """The seasons the article says are out, whichever show's."""
        return set().union(*self.released_by.values())


@cache
def cues() -> list[Cue]:
    out = []
    for c in load_data("status_phrases.json")["cues"]:
        pat = (
            c["pattern"]
            .replace("{ORD}", ORD)
            .replace("{NUM}", NUM)
            .replace("{MONTH}", MONTH)
            .replace("{NETWORK}", network_alias_pattern())
            .replace("{SHOW}", "(?:" + alternation(vocabulary()["show_nouns"], " ") + ")")
        )
        # (" ?" is an optional space: "confirmed," is not "confirmed" said of a show)
        pat = pat.replace(" ?", SP + "*").replace(" ", SP + "+")
        out.append(
            Cue(
                c["status"],
                c["form"],
                c["strength"],
                fast_pattern(pat, regex.IGNORECASE),
                c.get("needs_season", False),
                c.get("negative", False),
                c.get("question_ok", False),
                c.get("future", False),
                tuple(c.get("needs", ())),
                c.get("dated", False),
                # Plain words: the standard library searches these much faster than `regex`.
                re.compile("|".join(re.escape(n) for n in c.get("needs", ()))),
                c.get("focus_ok", False),
                c.get("history", False),
                tuple(c.get("needs_also", ())),
            )
        )
    return out


@cache
def _needles() -> tuple[frozenset[str], bool]:
    """Every cue's pre-check words, and whether every cue has some (else one may match anywhere)."""
    cs = cues()
    return frozenset(n for c in cs for n in c.needs), all(c.needs for c in cs)


@cache
def _cues_by_needle() -> tuple[dict[str, frozenset[int]], frozenset[int]]:
    """needle -> the cues (by position in :func:`cues`) that need it, and the cues that need
    nothing: a sentence's needles pick its cues at once, with no test per cue."""
    by: dict[str, set[int]] = {}
    for i, c in enumerate(cues()):
        for n in c.needs:
            by.setdefault(n, set()).add(i)
    free = frozenset(i for i, c in enumerate(cues()) if not c.needs)
    return {n: frozenset(v) for n, v in by.items()}, free


@cache
def _needle_finder() -> WordFinder:
    """Finds the cue needles (and the needs_also words) in a document's sentences."""
    return WordFinder(_needles()[0] | {n for c in cues() for n in c.needs_also})


def _needles_by_sentence(sents: list[SentenceInfo]) -> list[set[str]]:
    """The needles in each sentence's case-folded text, found in one pass over the whole
    document rather than by a substring test per needle and sentence."""
    return _needle_finder().by_text([s.text.casefold() for s in sents])


# "The prequel to AMC's X", "a spinoff of X": a subject that names its parent show.
_OFFSHOOT_OF = fast_pattern(
    r"[\s\"'“‘]*(?:the|a|an|this|its)\s+(?:[\w-]+\s+)?(?:prequel|sequel|spin-?off|companion"
    r"(?:\s+series)?|follow-up)\s+(?:to|of)\s+(?:[\w'’.&+-]+\s+){0,2}[“\"‘']?$",
    regex.IGNORECASE,
)


@cache
def _words() -> dict[str, Any]:
    v = vocabulary()
    nouns = "|".join(regex.escape(n) for n in sorted(v["show_nouns"], key=len, reverse=True))
    return {
        # ("nothing has been confirmed": a denying subject is NOTHING_SUBJECT's)
        "negation": fast_pattern(
            # ("ABC did not, and axed the series": the "not" ends its own clause)
            r"\bnot\b(?!\s*,\s*(?:and|but)\b)|"
            r"\b(?:never|no|none|nor|without|than|neither|denied|denies|deny|declined|declines|"
            r"decline|declining|refused|refuses|refuse|refusing)\b"
            # "has decided against bringing X back": a decision not to
            r"|\b(?:decided|decides|opted|opts|chose|chosen|ruled)\s+(?:out|against)\b"
            # "was nearly canceled", "came close to being dropped": what did not happen
            r"|\b(?:nearly|almost|narrowly|came\s+close\s+to(?:\s+being)?)\s*$"
            # "chose to stop there instead of ordering a third season"
            r"|\binstead\s+of\b"
            r"|n['’]t\b(?![^,;]*\b(?:but|and)\b)",
            regex.IGNORECASE,
        ),
        "speculation": fast_pattern(
            r"\b(?:could|might|(?-i:may)|would|should|shall|if|whether|hope[sd]?|hoping|wish(?:es|ed)?|"
            # ("BBC Two wants more of X and has ordered ...": a decision told as a want)
            # ("silence can mean anything from a quick pickup to ...": what might be)
            # ("fan sites are treating a pickup as a done deal": a belief)
            # (not "where almost nobody treats a patient": a doctor's treating)
            r"wants?(?!\s+more\s+of\b)|wanted|wanting|can\s+mean|"
            r"treat(?:s|ing)(?!\s+(?:(?:a|the|their|his|her)\s+)?(?:patients?|wounds?|injur\w+)\b)|"
            r"calling\s+it|"
            r"a\s+lock\s+for|petition\w*|pleas?|calls?\s+for|rumou?r(?:s|ed)?|speculat(?:e|es|ion|ing)|"
            # ("any talk of a final season is premature")
            r"talk\s+(?:of|about)|"
            # ("Anything you read claiming a renewal is guesswork")
            r"claim(?:s|ed|ing)\s+(?:a|an|that)|"
            r"possib(?:le|ly|ility)|chances?\s+(?:of|that|for|it|the)|perhaps|maybe|likely|unlikely|"
            # (endings spelt out: "dreamy", "Mulligan", "predictable" are no hedges)
            r"predict(?:s|ed|ing|ions?)?|"
            r"campaign(?:s|ed|ing|ers?)?|beg(?:ging|s)?|plead(?:s|ed|ing)?|deserves?|needs?\s+to|"
            # ("fans have been lobbying loudly for a renewal": a wish)
            r"lobb(?:y|ies|ied|ying)|clamou?r(?:s|ed|ing)?|(?:push|root|ask)(?:s|es|ed|ing)?\s+for|"
            r"in\s+talks|consider(?:s|ing)?|weigh(?:s|ing)|mull(?:s|ed|ing)?|eyeing|"
            r"hint(?:s|ed|ing)?|fingers\s+crossed|pray(?:s|ed|ing|ers?)?|dream(?:s|ed|t|ing)?|"
            r"imagine|suppose|assum(?:e|es|ed|ing|ption)|theor(?:y|ies|i[sz](?:e|es|ed|ing))|"
            r"what\s+if|unless|as\s+(?:proof|a\s+sign|evidence|an?\s+indication)\s+(?:of|that)|"
            # ("Fans online are confident that a renewal is on the way": a belief; not
            # "so confident in its new comedy that it greenlit a second season": a result)
            r"(?<!\bso\s)(?:confident|convinced|optimistic)|(?<!a\s)(?<!\bso\s)certain|"
            r"believes?|believed|believing|"
            r"potential(?:ly)?|expect(?:s|ing)?\s+(?:a|an|the|it)|odds\s+(?:of|are)|"
            # ("Co-productions often make a renewal easier": what tends to happen)
            r"often|usually|typically|generally|tend(?:s|ed)?\s+to|"
            # "others expect the axe", "the case for renewal": a forecast, an argument
            r"expect(?:s|ing)?(?=\s+$)|case\s+(?:for|against)|"
            # "is expected to be renewed", "is tipped to return": a forecast, not news
            r"(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|tipped|favou?red)(?:\s+to)?(?=\s+$))\b"
            r"|\bhad\s+\S+\s+been\b|\bhad\s+been\b|^\W*had\b"
            # "Any pickup is likely to depend on ...": a decision imagined, not made
            r"|\bany(?:\s+[\w-]+)?\s*$"
            # "the difference between survival and cancellation": a fate in general
            r"|\bbetween\s+[\w-]+\s+(?:and|or)\s+$",
            regex.IGNORECASE,
        ),
        "condition_after": fast_pattern(
            # (not "even if it is still some way off": a concession)
            r"^[^.;:]{0,40}?\b(?:(?<!\beven\s)if|unless|provided|assuming)\b",
            regex.IGNORECASE,
        ),
        "passive_aux": fast_pattern(
            r"\b(?:been|be|being|was|were|is|are|got|gets|getting|get)(?:\s+(?:officially|"
            r"already|now|finally|just|quietly|abruptly|reportedly|both|all|also))?\s*$",
            regex.IGNORECASE,
        ),
        "object_ok": fast_pattern(
            rf"^(?:{SP}+(?:also|officially|both|already|quietly|reportedly|formally))*{SP}*"
            rf"(?:[“\"‘']|(?:for|after|following|before|through|with|at|by|on|in|as|ahead|"
            rf"amid|despite|--|—|–|,|\.|;|:|$)\b|$|(?:it|them|both|all|the\s+two|this\s+one|that\s+one)\b|"
            # "its gentle Long Beach fable": describing words, a place's name among them
            # ("its U.S. Marshals drama": an initialism's full stops among them)
            rf"(?:(?:the|this|its|their|that)\s+(?:[\w'’.-]+\s+){{0,4}}?"
            rf"(?:{nouns})(?!s\b)\b)|(?:(?:the|this|its|their|a|an)\s+)?(?:\w+\s+)?"
            # (not "drops the first season's story": the season's thing, not the season)
            rf"(?:season|series)\b(?!['’]s\b)|{NUM}\s+(?:(?:more|further|additional)\s+)?"
            rf"(?:seasons?|series|episodes?|runs?)\b|"
            # "ordered seasons five and six"
            rf"seasons\s+{NUM}\b|"
            # "passed on a second year of the spinoff"
            rf"(?:a|an|its|their)\s+{ORD}\s+(?:year|run)\s+(?:of|for)\b|"
            # "has not moved forward with a second run."
            rf"(?:a|an|its|their)\s+{ORD}\s+run\b(?=\s*[,.;]|\s*$)|"
            # "Fox handed the devil a third season": whatever is handed a season is
            # the show (told by its hero)
            rf"(?:the|its|their)\s+(?:[\w'’-]+\s+){{1,2}}?(?=(?:a|an|another)\s+"
            rf"(?:{ORD}|new|fresh)\s+(?:season|series)\b)|"
            # "has handed Joss Whedon's drama a pickup": the show told by its maker
            rf"(?-i:\p{{Lu}})[\w.'’-]*(?:\s+(?-i:\p{{Lu}})[\w.'’-]*){{0,2}}['’]s?\s+"
            rf"(?:[\w'’.-]+\s+){{0,3}}?(?:{nouns})(?!s\b)\b|"
            # "the network passed on bringing it back"
            rf"(?:bringing|renewing|reviving)\s+(?:it|them|the\s+(?:[\w'’.-]+\s+){{0,3}}?"
            rf"(?:{nouns}))\b|"
            # "is not moving forward with more episodes of the drama"
            rf"(?:any\s+)?more\s+(?:episodes|seasons)\s+of\b|"
            # "is not moving forward with further episodes, and ..."
            rf"(?:any\s+)?(?:more|further|additional)\s+(?:episodes|seasons)(?=\s*[,.;]|\s*$)|"
            # "ordered the nine-episode return": the show's new run
            rf"(?:the|its|a|an)\s+(?:[\w-]+-episode\s+)?(?:return|comeback)\b|"
            # "guaranteeing a sixth and a seventh season", "an eleventh, twelfth and
            # thirteenth installment"
            rf"(?:a|an|the|its)\s+{ORD}(?:\s*,?\s*(?:(?:and|&)\s+)?(?:(?:a|an)\s+)?{ORD})+"
            rf"\s+(?:seasons?|series|installments?|instalments?|runs?|outings?)\b|"
            # "has ordered a third, and ...": the season noun left out
            rf"(?:a|an)\s+(?:{ORD})(?=\s*(?:[.;!]|$|,\s+(?:and|but|so|while)\s)"
            rf"|\s+{WHEN_AFTER}))",
            regex.IGNORECASE,
        ),
        # ("its Jane Doe summer series": a lower-case word or two may come first)
        "noun_next": fast_pattern(
            rf"(?:{SP}+(?-i:\p{{Ll}})[\w-]*){{0,2}}{SP}+(?:{nouns})\b", regex.IGNORECASE
        ),
        "subject_ok": fast_pattern(
            rf"(?:\b(?:it|they|this|that|which)\b|\b(?:show|series|{nouns})(?!s\b)\b|"
            rf"\bseason\b|\bseries\b)",
            regex.IGNORECASE,
        ),
        "object_end": fast_pattern(
            r"(?:\b(?:for|after|following|through|at|by|on|in|as|with|amid|despite|ahead|"
            r"before|to|from|because|due|which|who|all\s+of\s+which|both\s+of\s+which|"
            r"since|when|while|just|only|over|but)\b|[;.—–(]|--|:\s)",
            regex.IGNORECASE,
        ),
        "list_gap": fast_pattern(
            rf"^[’”\"']?{SP}*(?:,{SP}*|,?{SP}+(?:and|&|as{SP}+well{SP}+as|along{SP}+with|"
            rf"plus){SP}+)(?:the{SP}+)?[“\"‘']?$",
            regex.IGNORECASE,
        ),
        "along_with": fast_pattern(
            rf"^[^.;]{{0,25}}?,?{SP}*(?:along{SP}+with|as{SP}+well{SP}+as|together{SP}+with|"
            rf"and{SP}+so{SP}+(?:is|was)|and){SP}+[“\"‘']?$",
            regex.IGNORECASE,
        ),
        "inversion": fast_pattern(
            rf"^{SP}+(?:was|were|is|are){SP}+(?:the{SP}+(?:\p{{Ll}}[\w-]*{SP}+){{0,4}})?[“\"‘']?$",
            regex.IGNORECASE,
        ),
        # (not "praise for the miniseries" it grew out of: the show itself is one)
        "limited": fast_pattern(
            r"(?<!\b(?:for|of|from|after)\s(?:the\s)?)\b(?:limited|mini)[\s-]?series\b"
            r"|\blimited\s+run\b",
            regex.IGNORECASE,
        ),
        # "has not announced a second season and describes the show as complete in eight
        # parts": a story told whole, with nothing to wait for
        "told_whole": fast_pattern(
            rf"\b(?:complete|self-contained|closed-ended)\s+in\s+{NUM}\s+(?:parts|episodes)\b"
            r"|\b(?:as|is|was)\s+(?:a\s+)?(?:self-contained|closed-ended|complete\s+story)\b",
            regex.IGNORECASE,
        ),
        "when_clause": fast_pattern(r"\bwhen\b[^,;?]*$", regex.IGNORECASE),
        "history_date": fast_pattern(r"\b(?:19|20)\d\d\b"),
        # an order told beside the season's coming ("is due later this year", "lands on
        # October 4", "before the third has even been released"): not yet history
        "still_to_come": fast_pattern(
            r"\b(?:will|is\s+due|are\s+due|arrives?|lands?|is\s+set|are\s+set|premieres?|"
            r"debuts?|coming|upcoming|later\s+this|next|in\s+the\s+can|yet|before)\b",
            regex.IGNORECASE,
        ),
        "after_release": fast_pattern(
            rf"\b(?P<n>a|an|one|two|three|four|five|six|\d+|a\s+few|just\s+a|just\s+one|just)"
            rf"{SP}+(?P<unit>days?|weeks?|months?|years?){SP}+after{SP}+(?:it|the{SP}+"
            rf"(?:show|series)|its{SP}+(?:debut|premiere|release|launch))"
            rf"(?:{SP}+(?:was{SP}+)?(?:released|premiered|debuted|launched|dropped|"
            rf"arrived|began))?",
            regex.IGNORECASE,
        ),
        "released": fast_pattern(
            # (not "Word of a second season arrived": news of it)
            rf"(?<!\b(?:word|news|confirmation|announcement|talk|rumou?rs?){SP}+of{SP}+(?:a|an|the){SP}+)"
            rf"(?:\b(?:season|series){SP}+(?P<a>{NUM})|\b(?P<b>{ORD}){SP}+(?:season|series))"
            # ("The second series of The Hour has finished": the article's own show)
            rf"(?:{SP}+of{SP}+(?P<of>(?-i:(?:The{SP}+)?\p{{Lu}}[\w'’&-]*(?:{SP}+\p{{Lu}}[\w'’&-]*){{0,4}})))?"
            rf"(?:['’]s)?,?{SP}+(?:which{SP}+)?(?:(?:has|have|had|was|were){SP}+)?"
            rf"(?:(?:already|since|now|just){SP}+)?"
            rf"(?:premiered|released|debuted|dropped|aired|finale|ended|came{SP}+out|"
            rf"finished(?!{SP}+(?:filming|shooting|production|writing|work))|"
            rf"(?:is|are){SP}+(?:still{SP}+|now{SP}+|currently{SP}+)?(?:airing|streaming|"
            rf"running|unspooling|rolling{SP}+out|underway|on{SP}+the{SP}+air)|"
            # ("With its third season now airing")
            rf"(?:now|currently){SP}+(?:airing|streaming|on{SP}+the{SP}+air)|"
            rf"arrived|concluded|has{SP}+come{SP}+to{SP}+a{SP}+close|"
            rf"(?:has{SP}+)?reached{SP}+its{SP}+end|wrapped{SP}+up|"
            # ("Season 2 followed on May 27", "after the second season went up")
            rf"followed{SP}+(?:on|in){SP}+(?={MONTH}|\d)|went{SP}+up|bowed|hit{SP}+(?:screens|Netflix)|"
            # "as season 4 nears its end", "is winding down"
            rf"nears{SP}+its{SP}+end|(?:is{SP}+)?(?:winding|wrapping){SP}+(?:down|up))\b"
            # (not "By the end of season 34 the series will have ...": a season to come)
            rf"|(?<!\b(?:by|until|till|through|before){SP}+(?:the{SP}+)?)"
            rf"\b(?:end|finale|conclusion){SP}+of{SP}+(?:the{SP}+)?(?:season|series){SP}+"
            rf"(?P<c>{NUM})\b"
            rf"|\bepisodes{SP}+of{SP}+(?:season|series){SP}+(?P<d>{NUM}){SP}+(?:have|had)"
            rf"{SP}+(?:dropped|aired|been{SP}+released)"
            # "Julia closed out its second season on Max this month"
            rf"|\b{FINISHED}{SP}+(?:its|their|the){SP}+(?P<e>{ORD}){SP}+(?:season|series)\b"
            # "after the current second season finishes its run": a season on the air
            rf"|\b(?:current|ongoing|present){SP}+(?:(?P<f>{ORD}){SP}+(?:season|series)\b"
            rf"|(?:season|series){SP}+(?P<g>{NUM})\b)"
            # "Two weeks into its second season, X is ...": a season on the air
            rf"|\b(?:weeks?|days?|months?|episodes?){SP}+into{SP}+(?:its|their|the){SP}+"
            rf"(?P<h>{ORD}){SP}+(?:season|series)\b",
            regex.IGNORECASE,
        ),
        "aired": fast_pattern(
            rf"\b(?:ran{SP}+for|after|airing|aired|following|over|across|with|had)"
            rf"(?:{SP}+(?:just|only|its|their|the|last))*{SP}+(?P<n>{NUM}){SP}+seasons?\b",
            regex.IGNORECASE,
        ),
        "clause_break": fast_pattern(
            rf"(?:;|{SP}—{SP}?|{SP}?—{SP}|{SP}--{SP}|…|\.\.\.|,{SP}+(?:which|who|whose|while|"
            rf"although|though|whereas|but|meaning|after{SP}+which|as(?={SP}+(?:was|were|is|are|"
            rf"did|does)\b))\b|{SP}+but{SP}+|"
            rf"{SP}+while{SP}+|{SP}+before{SP}+(?:being|it|the)\b|{SP}+whereas{SP}+|"
            # "this is the final series, and there are no plans for a fourth"
            rf",{SP}+and{SP}+(?=there{SP}+(?:is|are|was|were|will|won['’]t|isn['’]t|aren['’]t)\b))",
            regex.IGNORECASE,
        ),
        # "The comedy, which Starz rescued, will not return": the comma before the main
        # verb closes the relative clause.
        "relative_close": fast_pattern(
            rf",{SP}+(?=(?:will|won['’]t|has|hasn['’]t|have|had|is|isn['’]t|was|wasn['’]t|"
            rf"were|are|would|wouldn['’]t|did|didn['’]t|does|doesn['’]t){SP})",
            regex.IGNORECASE,
        ),
    }


from knowsofar.extract.seasons import number as _number  # noqa: E402

# "renewed its animated comedy Grimsby Hollow": a named object we could not read as a
# show is some show, not the article's topic.
UNREAD_OBJECT = fast_pattern(
    r"^\s+(?:its|their|the|his|her)\s+"
    r"(?:(?!(?:for|in|on|at|to|after|with|through|until|by|of|and|or|from|season|seasons|series|"
    r"last|next|this)\s)[\p{L}\d'’-]+\s+){1,4}?"
    r"(?!Season|Series|Part|Chapter|Volume)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)*(?!['’])"
)
UNREAD_SUBJECT = fast_pattern(
    r"^\W*(?!(?:The|This|That|It|Its|Their|These|Those|Both|All|Also|And|But)\b)"
    r"\p{Lu}[\p{L}\d'’&.:-]*(?:\s+(?:\p{Lu}[\p{L}\d'’&.:-]*|of|the|and|&))*,\s+(?:the|a|an)\s"
)
ONLY_A_NAME = fast_pattern(r"\p{Lu}[\p{L}\d'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\d'’.&-]*|of|the|and))*")


@cache
def _show_noun_end() -> Any:
    """A word for a show just before a clause ("the drama, which ..."); nouns: titles.json."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    # ("returns with Part 2, which is the second and final season": a season's own name)
    return fast_pattern(
        rf"\b(?:{nouns}|it|one|season|(?-i:Part|Volume|Chapter){SP}+(?:\d{{1,2}}|{NUM}))\W*$",
        regex.IGNORECASE,
    )


@cache
def _unread_named_show() -> Any:
    """A capitalised name right after a word for a show or a decision verb ("The medical
    drama Good Sam", "handed Ghosts"); where no title was read there, some show is named."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    return fast_pattern(
        rf"\b(?:{nouns}|handed|gave|renewed|canceled|cancelled|axed|dropped|picked\s+up|"
        rf"ordered)\s+(?!(?:The|A|An|It|Its|Their|This|That|For|On|In|After|With|By|At)\b)"
        # (not "ordered Season 2": a season, written with a capital)
        rf"(?!(?:Season|Series|Seasons)\s+(?i:{NUM})\b)"
        # (not "handed Joss Whedon's drama": its maker's name, then the show's kind)
        rf"(?!(?:\p{{Lu}}\p{{Ll}}+\s+){{0,2}}\p{{Lu}}\p{{Ll}}+['’]s\s+\p{{Ll}})"
        # (not "gave Michael Chiklis his breakthrough role": a person given something)
        rf"(?!(?:\p{{Lu}}\p{{Ll}}+\s+){{1,3}}(?:his|her|their|him|them)\b)"
        rf"(?!(?:{network_alias_pattern()})\b)\p{{Lu}}\p{{Ll}}+"
        # ("Her earlier comedy, The Mindy Project, was dropped": a name set off by a comma)
        rf"|\b(?:{nouns}),\s+(?:The\s+)?(?!(?:{network_alias_pattern()})\b)\p{{Lu}}\p{{Ll}}+"
    )


@lru_cache(maxsize=1024)
def _unread_ends(sentence: str) -> tuple[int, ...]:
    """Where each :func:`_unread_named_show` match ends (asked once per cue, read once)."""
    return tuple(u.end() for u in _unread_named_show().finditer(sentence))


@cache
def _appositive() -> Any:
    """ ", its period drama starring Y as Z" between a show and a relative clause."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    return fast_pattern(
        rf",\s+(?:its|her|his|their|the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b"
        rf"[^,;:()—–]{{0,100}}",
        regex.IGNORECASE,
    )


@cache
def _verdict_label() -> Any:
    """ "Verdict: " opening a roundup section's line: what follows is said of its show."""
    labels = alternation(section_labels(), r"\s+")
    # ("- Status: Axed after one season": a bulleted one too)
    return fast_pattern(rf"\s*(?:[-*•]\s+)?(?:{labels})\s*:\s*", regex.IGNORECASE)


# What may come before a show that opens a line of its own: list marks and a list number
# ("2. Miami Medical (CBS): canceled", "- X", "**X**").
_LINE_LEAD = re.compile(r"[\s#*_•–-]*(?:\d{1,2}[.)][\s*_]*)?")


_COUNTED_SHOWS = fast_pattern(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|both|all|these|those)"
    r"(?:\s+(?:of\s+(?:its|the|their|these)\s+)?[\p{Ll}-]+){0,2}?\s+"
    r"(?:series|shows|comedies|dramas|sitcoms|freshmen|newcomers|rookies|programs|titles)\b",
    regex.IGNORECASE,
)
_HEADING_REST = fast_pattern(r"\s*(?:[(\[][^)\]\n]{1,30}[)\]])?\s*")


def _collective_lead(sents: list[SentenceInfo], out: list[StatusMention]) -> list[StatusMention]:
    """ "Three series that launched this season have been axed" over sections headed
    "Abby's", "The Enemy Within" and "I Feel Bad": the lead's decision is each section's
    show's, when its count is the number of sections (or it says "all", "these") and a
    section states no decision of its own. The lead's sentence names no show itself."""
    heads = [
        (i, sent.mentions[0].title)
        for i, sent in enumerate(sents)
        if len(sent.mentions) == 1
        and _bare_lead(sent.text[: sent.mentions[0].start - sent.start])
        and _HEADING_REST.fullmatch(sent.text, sent.mentions[0].end - sent.start)
    ]
    shows = list(dict.fromkeys(t for _, t in heads))
    if len(shows) < 2 or len(shows) != len(heads):
        return []
    first = heads[0][0]
    lead_ends = sents[first].start
    decided = {m.show for m in out if m.start >= lead_ends and m.season is not None}
    found: list[StatusMention] = []
    for m in out:
        sent = next((x for x in sents[:first] if x.start <= m.start < x.end), None)
        if sent is None or sent.mentions or m.status == "pending" or m.season is None:
            continue
        count = _COUNTED_SHOWS.search(sent.text)
        if count is None:
            continue
        n = count.group("n").casefold()
        number = 2 if n == "both" else _number(n)  # (None: "all", "these", "those")
        if number is not None and number != len(shows):
            continue
        found += [
            replace(m, show=show, confidence=min(m.confidence, 0.6), cue="collective")
            for show in shows
            if show not in decided and show != m.show
        ]
        decided.update(shows)
    return found


def _bare_lead(lead: str) -> bool:
    """Whether ``lead``, the text of a line before its show, is only list marks."""
    return _LINE_LEAD.fullmatch(lead) is not None


_OWN_SEASON_BEFORE = fast_pattern(r"\b(?:the|its|their|['’]s)\s+$", regex.IGNORECASE)


@cache
def _field_line() -> Any:
    """A roundup section's field line naming its network: "Home: Netflix"."""
    return fast_pattern(
        # (an indented list's line keeps the next line's indent: "Platform: Netflix\n  ")
        rf"[\s*_]*(?i:{alternation(field_labels(), SP + '+')}){SP}*:{SP}*[^\n]{{1,40}}\n?{SP}*$"
    )


@cache
def _heading_verdict() -> tuple[Any, dict[str, str]]:
    """What follows the show on a section's verdict line (": CANCELED", " (ABC) -
    renewed"), and the status of each label."""
    by_status = load_data("status_phrases.json")["heading_verdicts"]
    status_of = {w.casefold(): st for st, words in by_status.items() for w in words}
    labels = alternation(status_of, SP + "+")
    return (
        fast_pattern(
            # ("X (ABC) - canceled", "X | CBS | CANCELED", "X - FOX - CANCELED")
            rf"{SP}*(?:[(\[][^()\[\]\n]{{1,30}}[)\]]{SP}*|\|{SP}*[^|\n]{{1,30}}?{SP}*(?=\|)"
            rf"|[–—-]{SP}*(?i:{network_alias_pattern()}){SP}*(?=[–—-]))?"
            rf"(?:(?:[:|–—-]|--){SP}*[*_]*(?P<label>{labels})"
            # ("Harbor Lights - Renewed (Season 4)", "- Canceled (after two seasons)")
            rf"[*_]*(?:{SP}*\((?P<aside>[^()\n]{{1,60}})\))?"
            # ("Love Monkey (CBS): canceled back in February, after only three episodes.")
            rf"(?P<tail>,?{SP}+[^.!?\n()]{{1,60}}?(?=[.!]))?"
            # ("SMASH (canceled)")
            rf"|\({SP}*(?P<label2>{labels}){SP}*\))[.!]?\s*",
            regex.IGNORECASE,
        ),
        status_of,
    )


@cache
def _people_subject() -> Any:
    """A subject whose head noun is people of the show ("Several cast members")."""
    people = alternation(load_data("status_phrases.json")["people_subjects"], SP + "+")
    # (the head before any phrase after it: not "The reality hit about a heavy-metal family")
    return fast_pattern(
        # ("Most of the core crew": a part of them; "..., and several cast members": the
        # last clause's subject)
        rf"^(?:.*,{SP}+(?:and|but|while){SP}+)?\s*"
        rf"(?:(?:most|some|all|many|several|few|none|each|both|one|two|three|four|part|"
        rf"the{SP}+rest){SP}+of{SP}+)?"
        rf"(?:(?!\b(?:about|of|from|with|in|on|for|who|that|which|starring|featuring)\b)"
        rf"[^,;])*\b(?:{people})[\s,]*$",
        regex.IGNORECASE,
    )


@cache
def _status_field() -> Any:
    """A section's field line that gives its verdict: "Status: Renewed.", "Verdict: axed"."""
    _, status_of = _heading_verdict()
    labels = alternation(status_of, SP + "+")
    fields = alternation(vocabulary()["verdict_labels"], SP + "+")
    return fast_pattern(
        # (or the verdict alone: "Renewed." or "Picked up for season 2." as the section's
        # first sentence)
        rf"\s*[*_]*(?:(?:{fields}){SP}*:{SP}*)?[*_]*(?:{verdict_sentence()}"
        rf"|(?P<bare>{labels})[*_]*\s*$)",
        regex.IGNORECASE,
    )


@cache
def _label_list_head() -> Any:
    """A scorecard line's verdict label: "Renewed: ", "**Canceled**: ", "- Ending: "."""
    _, status_of = _heading_verdict()
    labels = alternation(status_of, SP + "+")
    return fast_pattern(
        rf"[\s*_#•-]*[*_]*(?P<label>{labels})[*_]*{SP}*:[*_]*{SP}*", regex.IGNORECASE
    )


# A roundup's category heading, alone on its line: "Renewed", "CANCELED:", "**Ending**".
_CATEGORY_HEADING = fast_pattern(
    r"[#*_\s]*(?P<label>[\w ]{2,30}?)[*_]*(?:\s+shows|\s+series)?[*_]*:?[*_]*", regex.IGNORECASE
)
# Marks of prose a category heading never holds (it is words, spaces, Markdown marks and a
# colon): a sentence with one needs no match (most do, and most sentences name no show).
_PROSE_MARK = re.compile(r"[.,;!?()'\"’“”-]")
# What may follow a show on a category list's line: its season in brackets, or nothing.
_CATEGORY_ITEM = fast_pattern(rf"{SP}*(?:\((?P<aside>[^()\n]{{1,80}})\))?{SP}*[.,;]?\s*")
# between two shows of a scorecard's list: a comma, "and", after the first one's brackets
_LABEL_LIST_GAP = fast_pattern(rf"{SP}*(?:(?:,|;|&|and|,{SP}*and){SP}*)?[*_“\"‘']*")
# A category's entry with its own paragraph: the show, maybe its network in brackets, a
# dash or colon, then prose ("Surface (NBC) - The sea-monster serial ... will not return").
_CATEGORY_ENTRY = fast_pattern(
    rf"{SP}*(?:[(\[][^()\[\]\n]{{1,30}}[)\]]{SP}*)?(?:[:–—-]|--){SP}+(?=[\w“\"‘'])"
)
_BRACKET_AFTER = fast_pattern(rf"{SP}*\(([^()\n]{{1,80}})\)")
_LABEL_LIST_END = fast_pattern(r"[\s.,;*_”\"’']*")


_LAST_AFTER = fast_pattern(
    r"[^\S\n]+(?:is|was|will[^\S\n]+be)[^\S\n]+(?:its|the|their)[^\S\n]+(?:last|final)\b",
    regex.IGNORECASE,
)


def _section_season(
    text: str, status: str, aired: int | None, counts: bool = False
) -> tuple[int, ...]:
    """The season numbers the first usable season reference of a section's sentence gives
    ``status`` ("ends after one season": 2 for a cancellation); with ``counts``, only a
    count of seasons so far ("after two seasons") is usable."""
    for ref in find_seasons(text):
        if ref.kind == "additional":
            continue
        if (
            counts
            and status == "canceled"
            and ref.kind == "explicit"
            and ref.numbers == (1,)
            and _TOLD_PAST_AFTER.match(text, ref.end)
        ):
            return (2,)  # "won't be bringing back X. The first season earned warm reviews"
        if counts and ref.kind not in ("count", "after", "elliptical_count", "aired"):
            continue
        if counts and _ROLE_TENURE_BEFORE.search(text, max(0, ref.start - 50), ref.start):
            continue  # "Buffy, in which she played Buffy Summers for seven seasons": a role's
        if (
            status == "canceled"
            and ref.kind in ("explicit", "final")
            and len(ref.numbers) == 1
            and _LAST_AFTER.match(text, ref.end)
        ):
            # "X (ABC): canceled. The sitcom's sixth season is its last.": cut short
            return (ref.numbers[0] + 1,)
        if (
            status == "canceled"
            and ref.kind in ("explicit", "final")
            and _OWN_SEASON_BEFORE.search(text, max(0, ref.start - 12), ref.start)
        ):
            continue  # "counted as the show's eleventh season": aired, not the one cut
        if status in ("renewed", "pending") and _CURRENT_BEFORE.search(
            text, max(0, ref.start - 12), ref.start
        ):
            continue  # "the current 11th season will be followed by a 12th": on the air
        numbers = seasons_for(ref, status, aired)
        if numbers:
            return numbers
    return ()


# a season told in the past: " earned warm reviews", " drew", " was"
_TOLD_PAST_AFTER = fast_pattern(
    r"\s+(?:earned|drew|aired|was|ran|got|premiered|debuted|received|streamed|arrived|"
    r"wrapped|ended|proved|turned\s+out)\b",
    regex.IGNORECASE,
)
_CURRENT_BEFORE = fast_pattern(r"\b(?:current|ongoing|present)\s+$", regex.IGNORECASE)
# "she played Buffy Summers for": an actor's years in a role, not the show's run
_ROLE_TENURE_BEFORE = fast_pattern(
    r"\b(?:played|portrayed|starred\s+as|voiced)\s+\p{Lu}[^,;.()]{0,40}?\s+"
    r"(?:(?:for|over|across)\s+)?$"
)


def _taken_back(found: list[StatusMention]) -> list[StatusMention]:
    """ "renewed X for a third season in July, but on Tuesday it canceled the series": a
    cancellation with no number after a numbered renewal in the same sentence takes back
    that season."""
    if len(found) < 2:
        return found
    out = []
    for m in found:
        if m.status == "canceled" and m.season is None and m.cue:
            at = m.evidence.find(m.cue)
            order = [
                x
                for x in found
                if x.show == m.show
                and x.status == "renewed"
                and x.season
                and x.cue
                and -1 < x.evidence.find(x.cue) < at
            ]
            if order:
                # (the decider that gave the order is the one taking it back)
                m = replace(m, season=order[-1].season, network=m.network or order[-1].network)
        out.append(m)
    return out


@cache
def _modifier_cue() -> Any:
    """A decision told as a show's description: "the police drama canceled in the spring"
    (a participle right after a word for the show, no verb of its own)."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    return fast_pattern(
        rf"\b(?:the|a|an|this|that|its)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns}),?\s*$",
        regex.IGNORECASE,
    )


_OPPOSITE = {"canceled": "renewed", "renewed": "canceled"}
_RELATIVE_BEFORE = fast_pattern(r"\b(?:that|which|who)\s+(?:had\s+)?$", regex.IGNORECASE)
_PARTICIPLES = {"canceled", "cancelled", "axed", "scrapped", "dropped", "renewed", "revived"}


def _described_history(found: list[StatusMention]) -> list[StatusMention]:
    """ "The police drama canceled in the spring is coming back after all", "... comes back
    on Starz, the channel that canceled it back in 2010": a decision that only describes
    the show (or tells its dated past) yields to the opposite one its sentence tells."""
    if len(found) < 2:
        return found
    out = []
    for m in found:
        at = m.evidence.find(m.cue) if m.cue else -1
        if m.status not in _OPPOSITE or at <= 0:
            out.append(m)
            continue
        described = m.cue.casefold() in _PARTICIPLES and _modifier_cue().search(m.evidence, 0, at)
        # "..., the cable channel that canceled it after two seasons back in 2010"
        dated = (
            _RELATIVE_BEFORE.search(m.evidence, max(0, at - 12), at) is not None
            and _words()["history_date"].search(m.evidence, at, at + 80) is not None
        )
        told = [
            x.evidence.find(x.cue)
            for x in found
            if x.show == m.show
            and x.status == _OPPOSITE[m.status]
            and x.season in (m.season, None)
            and x.evidence == m.evidence
        ]
        # (a description comes before the news it yields to; a dated relative clause may
        # come after it)
        if (described and any(t > at for t in told)) or (dated and any(t >= 0 for t in told)):
            continue
        out.append(m)
    return out


def _season_from(
    sents: list[SentenceInfo],
    show: str,
    status: str,
    aired: int | None,
    counts: bool = False,
    section: bool = True,
) -> tuple[tuple[int, ...], SentenceInfo | None]:
    """The season numbers the first of ``sents`` about ``show`` alone gives ``status``
    (:func:`_section_season`), and that sentence; in a ``section``, the first sentence
    about anything else ends the search."""
    for sent in _about_alone(sents, show, section):
        numbers = _section_season(sent.text, status, aired, counts)
        if numbers:
            return numbers, sent
    return (), None


def _about_alone(
    sents: list[SentenceInfo], show: str, section: bool = True
) -> Iterator[SentenceInfo]:
    """The sentences of ``sents`` about ``show`` and no other show; in a ``section``, up to
    the first about anything else (the next section, or another show's sentence)."""
    for sent in sents:
        if sent.topic != show or any(x.title != show for x in sent.mentions):
            if section:
                return
            continue
        yield sent


def _season_ahead(
    sents: list[SentenceInfo], show: str
) -> tuple[tuple[int, ...], SentenceInfo | None]:
    """The one season the first sentences about ``show`` (up to another show's) say is
    still to come ("The second season is expected to ...", "season two will ..."), and
    that sentence."""
    for sent in _about_alone(sents, show):
        refs = [
            r
            for r in find_seasons(sent.text)
            if r.kind == "explicit" and len(r.numbers) == 1 and _AHEAD_AFTER.match(sent.text, r.end)
        ]
        if len(refs) == 1:
            return refs[0].numbers, sent
    return (), None


_AHEAD_AFTER = fast_pattern(
    r"\s+(?:is|are)\s+(?:expected|set|slated|due|scheduled|going)\s+to\b|\s+will\s+(?!not\b)",
    regex.IGNORECASE,
)


# "nothing about a third season has been confirmed": a denying subject of the cue, a few
# words before it (read over a wider window than other negation).
NOTHING_SUBJECT = fast_pattern(
    # ("no more episodes of The District have been ordered": no order at all)
    # (not "the comedy where almost nobody treats a patient bowed out": a relative
    # clause's own subject)
    r"(?<!\b(?:where|who|that|which|whom)\s+(?:almost\s+|practically\s+|virtually\s+)?)"
    r"\b(?:nothing|nobody|no\s+one|no-one|no\s+(?:more|new|further)\s+(?:episodes|seasons))"
    r"(?=(?:\s+[\w'’-]+){0,7}\s*$)",
    regex.IGNORECASE,
)
BULLET_ITEM = fast_pattern(r"^\s*(?:[-*•]|\d+[.)])\s+\S")
# A list item that is one of its section's fields, labelled in sentence case ("- Where it
# ended: the story wrapped up ...", "- Who was in it: ..."): said of the section's show
FIELD_BULLET = fast_pattern(r"^\s*[-*•]\s+\p{Lu}\p{Ll}*(?:[^\S\n]+\p{Ll}+){1,5}:[^\S\n]")


RELATIVE = fast_pattern(r"^,\s+(?:which|who|whose)\b", regex.IGNORECASE)


# A subject that is "a" or "an" something: a show not named, not the one at hand.
# ("A second season was confirmed" is the show at hand's season.)
_INDEFINITE_SUBJECT = fast_pattern(
    r"[\s\"“‘']*(?:a|an|another|one)\s(?![^,;:]*\b(?:it|this|which)\b)"
    r"(?!(?:[\w-]+\s+){0,2}(?:season|series|run|installment|instalment|batch)\b)",
    regex.IGNORECASE,
)


def _after_renewal(found: list[StatusMention], out: list[StatusMention]) -> list[StatusMention]:
    """ "Renewed for an 11th season in March ... canceled in May" over "the original ran for
    nine seasons": a cancellation counted from an earlier run ends the one season the
    article says was ordered after it."""
    ordered: dict[str, set[int]] = {}
    for x in out:
        if x.status == "renewed" and x.season is not None:
            ordered.setdefault(x.show, set()).add(x.season)
    return [
        replace(m, season=next(iter(seasons)))
        if m.status == "canceled"
        and m.season is not None
        and len(seasons := ordered.get(m.show, set())) == 1
        and m.season < next(iter(seasons))
        else m
        for m in found
    ]


def _counted_by_headline(
    m: StatusMention, headline: SentenceInfo, aired: int | None, named: bool = True
) -> list[StatusMention]:
    """``m`` numbered by its headline's one count of seasons, if the headline names its
    show and no other (or, ``named`` false, none)."""
    if {x.title for x in headline.mentions} != ({m.show} if named else set()):
        return []
    refs = [r for r in find_seasons(headline.text) if r.kind in ("count", "after")]
    if len(refs) != 1:
        return []
    evidence = f"{headline.text.strip()} {m.evidence.strip()}"
    return [
        replace(m, season=n, evidence=evidence, confidence=0.6)
        for n in seasons_for(refs[0], m.status, aired)
    ]


def _clauses(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clause spans of a sentence; breaks inside show titles do not count."""
    w = _words()
    cuts = [0]
    for m in w["clause_break"].finditer(text):
        if any(a <= m.start() < b for a, b in protected):
            continue
        cuts.append(m.start())
        if RELATIVE.match(m.group()):
            close = w["relative_close"].search(text, m.end())
            if close and not any(a <= close.start() < b for a, b in protected):
                cuts.append(close.start())
    cuts = sorted(set(cuts))
    cuts.append(len(text))
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i + 1] > cuts[i]]


def season_context(
    text: str,
    titles: TitleResult,
    headings: list[str],
    links: Sequence[tuple[int, int]] = (),
) -> SeasonContext:
    """What the article says of seasons out and aired, and the season it is about. Lines
    that link to other stories ("Related: X season 2 finale recap") say nothing of it."""
    ctx = SeasonContext()
    w = _words()

    def linked(at: int) -> bool:
        return any(a <= at < b for a, b in links)

    for m in w["released"].finditer(text):
        if linked(m.start()):
            continue
        n = _number(next(g for g in m.group("a", "b", "c", "d", "e", "f", "g", "h") if g))
        if m.group("f") or m.group("g"):
            # ("... is ending with its current tenth season, while Y has been picked up":
            # whose season is current only a sentence of one show says)
            sent = titles.sentence_at(m.start())
            if sent is None or any(x.start > m.start() for x in sent.mentions):
                continue
        if m.group("of") and norm_title(m.group("of")) != norm_title(titles.main or ""):
            continue  # another show's season
        show = titles.show_at(m.start()) or titles.main
        if n and show:
            ctx.released_by.setdefault(show, set()).add(n)
    for m in w["aired"].finditer(text):
        n = _number(m.group("n"))
        if not n or linked(m.start()):
            continue
        show = titles.show_at(m.start()) or titles.main
        if show:
            ctx.aired[show] = max(ctx.aired.get(show, 0), n)
    # The season the article waits for, when it names one as "a second season": only in
    # an article about one show (beside one credit at most), and said of that show (a
    # roundup's "a fifth series" is some show's).
    if titles.main and len(titles.scores) <= 2:
        asked = {
            _number(a.group(1)) if titles.show_at(a.start()) == titles.main else None
            for a in _A_SEASON.finditer(text)
        }
        if len(asked) == 1:
            ctx.asked = next(iter(asked))
    # The season the article is about: a single season number in its heading.
    head = "\n".join(headings[:2])
    refs = [r for r in find_seasons(head) if r.kind in ("explicit", "final")]
    nums = {n for r in refs for n in r.numbers}
    main = titles.main
    # ... said of the article's show: "X Season 2: ...", not "Y recommissioned for
    # series 4 as Z is axed" (whose season is Y's).
    if len(nums) == 1 and main and _heading_season_is_mains(head, refs[0], main):
        ctx.focus = next(iter(nums))
    return ctx


_OF_THE = fast_pattern(r"\s+of\s+(?:the\s+)?")


def _heading_season_is_mains(head: str, ref: SeasonRef, main: str) -> bool:
    spans = mention_spans(main, head)
    if not spans:
        return True  # the heading names no show: the season is the article's
    return any(0 <= ref.start - b <= 30 or _OF_THE.fullmatch(head[ref.end : a]) for a, b in spans)


class StatusFinder:
    _doc_text = ""  # the document being read (for what its other sentences say)

    def __call__(self, doc: Doc) -> Doc:
        found = results(doc)
        titles: TitleResult = found.get("titles") or TitleResult()
        info = found.get("document") or {}
        networks: list[NetworkMention] = found.get("networks") or []
        headings = [h for h in [info.get("title"), *(info.get("headings") or [])] if h]
        text = text_of(doc)
        first_line = text.lstrip().split("\n", 1)[0].strip()
        headings = [first_line, *headings] if first_line else headings
        ctx = season_context(text, titles, headings, found.get("link_lines") or ())
        found["season_context"] = ctx
        self._doc_text = text
        found["statuses"] = self.find(titles, ctx, info.get("date"), networks)
        return doc

    def find(
        self,
        titles: TitleResult,
        ctx: SeasonContext,
        doc_date: str | None,
        networks: list[NetworkMention],
    ) -> list[StatusMention]:
        out: list[StatusMention] = []
        self._previous: tuple[int, str] | None = None  # (paragraph, status) said last
        # (paragraph, mentions) of the last decision told: what "then reversed course" undoes
        self._last_decision: tuple[int, list[StatusMention]] | None = None
        sents = titles.sentences
        needles = _needles_by_sentence(sents)
        for i, sent in enumerate(sents):
            self._next = sents[i + 1] if i + 1 < len(sents) else None
            self._prior = sents[i - 1] if i else None
            listed = self._label_list(sent, ctx)
            found = (
                listed
                if listed is not None
                else _described_history(
                    _taken_back(self._sentence(sent, titles, ctx, doc_date, networks, needles[i]))
                )
            )
            if found:
                self._previous = (sent.paragraph, found[-1].status)
                last = [m for m in found if m.start == found[-1].start and m.cue == found[-1].cue]
                self._last_decision = (sent.paragraph, last)
            out.extend(found)
        out += self._category_lists(sents, out, ctx)
        out += _answered_questions(sents, out, titles.main, ctx.focus)
        # Decisions told with no number take one from their show's own text.
        told = {(m.show, m.status) for m in out if m.season is not None}
        headed = self._heading_verdicts(sents, told, ctx)
        told |= {(m.show, m.status) for m in headed}
        out += headed + self._unnumbered_verdicts(sents, out, told, ctx)
        out += _collective_lead(sents, out)
        out = self._freshman_cuts(sents, out, ctx)
        # "It ended after two seasons" beside "Fox canceled it": the run was cut short.
        canceled = {m.show for m in out if m.status == "canceled"}
        # "its fate is unknown" numbered only by the heading's season yields to a decision
        # the article states for that season.
        decided = {(m.show, m.season) for m in out if m.status != "pending" and not m.from_context}
        # "scrapped the second season it ordered in February": the order of a season the
        # article says was scrapped is history, told before or after (unless reversed).
        undone = {(m.show, m.season) for m in out if m.season_undone}
        # "Copper Kettle Season 4: Is It Renewed or Canceled?" over "Hulu canceled the
        # comedy in December": the question yields to the article's answer.
        asked = {x.start for x in sents if x.question}
        answered = {
            (m.show, m.season) for m in out if m.status != "pending" and m.start not in asked
        }
        # "Elsbeth season 3" over "a second season was ordered that spring": in a piece
        # about season N whose decision it states, an earlier season's order told in
        # another sentence is the show's history ("renewed for seasons 12 and 13" keeps both).
        focus_told = {
            m.start
            for m in out
            if m.show == titles.main and m.season == ctx.focus and m.status != "pending"
        }
        still_to_come = _words()["still_to_come"]
        # "so its fourth season was its last and a fifth will not happen", "so the fourth
        # season ... turns out to be the final chapter": the season that was the last,
        # beside the next one cut, is the cut's outcome (not "a fifth and final season,
        # and no sixth": that one is news)
        cut = {(m.show, m.season) for m in out if m.status == "canceled" and m.season}
        cut_here = {(m.show, m.start, m.season) for m in out if m.status == "canceled"}
        # "renewed the drama for a fifth season a year ago" beside the sixth ordered now:
        # an order dated in the past, of an earlier season, is the show's history
        latest: dict[str, int] = {}
        for m in out:
            if m.season and m.status != "pending":
                latest[m.show] = max(latest.get(m.show, 0), m.season)
        news = {(m.show, m.season, m.start) for m in out if m.season and not m.background}
        return [
            m
            for m in out
            if not (
                m.status == "ended"
                and m.season
                and _told_as_outcome(m.evidence, m.cue)
                and (m.show, m.season + 1) in cut
            )
            and not (
                focus_told
                and m.status == "renewed"
                and m.show == titles.main
                and m.season is not None
                and m.season < (ctx.focus or 0)
                and m.start not in focus_told
                and not still_to_come.search(_clause_of(m.evidence, m.cue))
            )
            and not (m.history and m.show in canceled)
            # "has canceled the drama, and the second season that had already been ordered
            # will not be released": the order, told in the past perfect, is undone here
            and not (
                m.status == "renewed"
                and (m.show, m.start, m.season) in cut_here
                and _PLUPERFECT_BEFORE.search(_before_cue(m.evidence, m.cue))
            )
            # ... or anywhere, told in a relative clause: "ending a show that had already been
            # rescued once", under a headline that says no fourth season will be made
            and not (
                m.status == "renewed"
                and (m.show, m.season) in cut
                and _RELATIVE_PLUPERFECT_BEFORE.search(_before_cue(m.evidence, m.cue))
            )
            and not (
                m.status == "renewed"
                and m.season
                and m.season < latest.get(m.show, 0)
                and (
                    _ago_after(m.evidence, m.cue)
                    # "had picked it up for a seventh season ..., and later confirmed that
                    # the eighth would be the last": the earlier order, in the past perfect
                    or _PLUPERFECT_BEFORE.search(_before_cue(m.evidence, m.cue))
                )
            )
            and not (m.status == "pending" and m.from_context and (m.show, m.season) in decided)
            # "The third series has reached its end ... The second series was confirmed
            # quickly": the order of a season the article says is out is its history
            and not (
                m.status == "renewed"
                and m.season
                and m.season < max(ctx.released_by.get(m.show, {0}))
                and not still_to_come.search(_clause_of(m.evidence, m.cue))
            )
            and not (m.status == "pending" and m.start in asked and (m.show, m.season) in answered)
            and not (m.status == "renewed" and not m.reversal and (m.show, m.season) in undone)
            # "A year after NBC canceled the series, ... a second season is in production":
            # the lead-in's decision is older than its sentence's news of the same season
            and not (m.background and (m.show, m.season, m.start) in news)
        ]

    def _category_lists(
        self, sents: list[SentenceInfo], out: list[StatusMention], ctx: SeasonContext
    ) -> list[StatusMention]:
        """A roundup's category heading ("Renewed", "Canceled:") over lines that are each a
        show and maybe its season ("Glass Harbor (season 3)", "- Lowtide (after two
        seasons)"): every show listed under it gets the heading's verdict, numbered from
        its own line; a line that is more than a show ends the list."""
        _, status_of = _heading_verdict()
        found: list[StatusMention] = []
        said = {(m.show, m.start) for m in out}
        status = None
        starts_line = True
        for i, sent in enumerate(sents):
            line = sent.text.strip()
            own_line, starts_line = starts_line, sent.text.endswith("\n")
            head = (
                _CATEGORY_HEADING.fullmatch(line)
                if not sent.mentions and not _PROSE_MARK.search(line)
                else None
            )
            if head and head.group("label").casefold() in status_of:
                status = status_of[head.group("label").casefold()]
                continue
            if status is None or not own_line:
                continue  # (the rest of an entry's paragraph: see below)
            first = sent.mentions[0] if sent.mentions else None
            item = (
                _CATEGORY_ITEM.fullmatch(sent.text, first.end - sent.start)
                if first and len(sent.mentions) == 1
                else None
            )
            lead = sent.text[: first.start - sent.start] if first else ""
            entry = (
                _CATEGORY_ENTRY.match(sent.text, first.end - sent.start)
                if first and item is None and _bare_lead(lead)
                else None
            )
            if entry is not None:
                # "The War at Home (Fox) - Fox will keep the sitcom ... for a second
                # season": an entry with its own paragraph, numbered from that paragraph
                show = first.title
                if (show, sent.start) in said:
                    continue
                aired = ctx.aired.get(show)
                numbers = _section_season(sent.text[entry.end() :], status, aired)
                nxt = None
                if not numbers:
                    numbers, nxt = _season_from(sents[i + 1 :], show, status, aired)
                evidence = f"{line} {nxt.text.strip()}" if nxt else line
                end = nxt.end if nxt else sent.end
                found += [
                    StatusMention(show, n, status, sent.start, end, evidence, 0.7, cue="category")
                    for n in numbers or (None,)
                ]
                continue
            if item is None or not _bare_lead(lead):
                status = None  # prose, or a line naming more than one show: the list is over
                continue
            show = first.title
            if (show, sent.start) in said:
                continue
            aside = item.group("aside")
            numbers = (_section_season(aside, status, ctx.aired.get(show)) if aside else ()) or (
                None,
            )
            found += [
                StatusMention(show, n, status, sent.start, sent.end, line, 0.75, cue="category")
                for n in numbers
            ]
        return found

    def _label_list(self, sent: SentenceInfo, ctx: SeasonContext) -> list[StatusMention] | None:
        """A scorecard's line "Renewed: A (season 4, NBC), B (season 3, Fox)": every show
        listed after the verdict's label gets it, numbered from its own brackets ("Night
        Owls (CBS, after one season)": season 2 canceled). None when the line is no such
        list, so the sentence is read as prose."""
        if ":" not in sent.text[:40] or not sent.mentions:
            return None
        label = _label_list_head().match(sent.text)
        if label is None:
            return None
        _, status_of = _heading_verdict()
        status = status_of[label.group("label").casefold()]
        text, base = sent.text, sent.start
        found: list[StatusMention] = []
        pos = label.end()
        for m in sent.mentions:
            if not _LABEL_LIST_GAP.fullmatch(text, pos, m.start - base):
                break
            pos = m.end - base
            bracket = _BRACKET_AFTER.match(text, pos)
            numbers: tuple[int | None, ...] = (None,)
            if bracket:
                pos = bracket.end()
                numbers = _section_season(bracket.group(1), status, ctx.aired.get(m.title)) or (
                    None,
                )
            found += [
                StatusMention(
                    m.title, n, status, sent.start, sent.end, text.strip(), 0.8, cue="label"
                )
                for n in numbers
            ]
        # (a list of one show after its label is prose enough: "Renewed: Mill Pond, which
        # the network ...")
        return found if found and _LABEL_LIST_END.fullmatch(text, pos) else None

    def _heading_verdicts(
        self, sents: list[SentenceInfo], told: set[tuple[str, str]], ctx: SeasonContext
    ) -> list[StatusMention]:
        """A roundup section's "BROTHERS & SISTERS: CANCELED" line, for a show whose
        section states no numbered decision itself: the season is the first one the
        section's text counts or names ("ends after one season": season 2 canceled)."""
        if not any(c in t.text for t in sents for c in ":-–|"):
            return []
        pattern, status_of = _heading_verdict()
        found: list[StatusMention] = []
        freshman_cuts = _freshman_headline(sents)
        for i, sent in enumerate(sents):
            # ("Home: Netflix" may stand between the heading and its verdict)
            above = i - 1
            while (
                above > 0 and not sents[above].mentions and _field_line().match(sents[above].text)
            ):
                above -= 1
            if not sent.mentions and sent.topic and i and sents[above].mentions:
                # "Beauty and the Beast (The CW)" over "Status: Renewed.": the section's
                # field line, for the show the line above names
                # (a field line's own end, before the blank line after it)
                label = _status_field().match(sent.text.rstrip())
                if label is None:
                    continue
                show = sents[above].mentions[-1].title
                if show != sent.topic:
                    continue
                word = label.group("label") or label.group("bare")
                # ("Handed a third season.": a grant gives the next season)
                status, aside = (
                    (status_of[word.casefold()], label.group("aside"))
                    if word
                    else ("renewed", label.group("given"))
                )
            elif len(sent.mentions) != 1:
                continue
            else:
                m = sent.mentions[0]
                at = m.end - sent.start
                if sent.text[at : at + 1] == "." and "." in m.title:
                    at += 1  # "AGENTS OF S.H.I.E.L.D.: RENEWED": the initialism's last dot
                label = pattern.fullmatch(sent.text, at)
                if label is None or not _bare_lead(sent.text[: m.start - sent.start]):
                    continue
                show, status = (
                    m.title,
                    status_of[(label.group("label") or label.group("label2")).casefold()],
                )
                # "Harbor Lights - Renewed (Season 4)", "- Joey (NBC): canceled after one year."
                aside = label.group("aside") or label.group("tail")
            if (show, status) in told:
                continue
            numbers = _section_season(aside, status, ctx.aired.get(show)) if aside else ()
            if (
                not numbers
                and status == "renewed"
                and ctx.aired.get(show) is None
                and SERIES_ORDER.search(sent.text)
            ):
                numbers = (1,)  # "Status: Ordered to series.": a new show's first season
            if numbers:
                found += [
                    StatusMention(
                        show,
                        n,
                        status,
                        sent.start,
                        sent.end,
                        sent.text.strip(),
                        0.75,
                        cue="heading",
                    )
                    for n in numbers
                ]
                continue
            numbers, nxt = _season_from(sents[i + 1 :], show, status, ctx.aired.get(show))
            if nxt is not None:
                evidence = f"{sent.text.strip()} {nxt.text.strip()}"
                found += [
                    StatusMention(
                        show, n, status, sent.start, nxt.end, evidence, 0.7, cue="heading"
                    )
                    for n in numbers
                ]
            elif status == "canceled" and freshman_cuts:
                # "Five freshman series will not return" over "Hostages: canceled": each
                # section's show is in its first season, so its second is the one cut
                evidence = f"{freshman_cuts.group().strip()} {sent.text.strip()}"
                found.append(
                    StatusMention(
                        show, 2, status, sent.start, sent.end, evidence, 0.6, cue="heading"
                    )
                )
            else:
                # unnumbered: a first-year show's cut may still be numbered by its premiere
                found.append(
                    StatusMention(
                        show,
                        None,
                        status,
                        sent.start,
                        sent.end,
                        sent.text.strip(),
                        0.6,
                        cue="heading",
                    )
                )
        return found

    def _freshman_cuts(
        self, sents: list[SentenceInfo], out: list[StatusMention], ctx: SeasonContext
    ) -> list[StatusMention]:
        """ "The freshman shows that won't be back" over "ABC also scrapped Freddie": each
        show the article cuts without a number, and numbers nowhere, is in its first
        season, so its second is the one cut."""
        head = _freshman_headline(sents) if any(m.season is None for m in out) else None
        if head is None:
            return out
        numbered = {m.show for m in out if m.status == "canceled" and m.season}
        # (only a cut whose sentence names the show, or is in its section: the headline's
        # and standfirst's topic is no one show)
        lead = _lead_end(sents)
        body = sents[lead + 1].start if lead + 1 < len(sents) else sents[-1].end
        named = {
            (t, sent.start, sent.end)
            for sent in sents
            for t in {x.title for x in sent.mentions} or {sent.topic}
            if sent.start >= body or sent.mentions
        }
        return [
            replace(
                m,
                season=2,
                evidence=f"{head.group().strip()} {m.evidence.strip()}",
                confidence=min(m.confidence, 0.6),
            )
            if m.status == "canceled"
            and m.season is None
            and m.show not in numbered
            and any(t == m.show and a <= m.start < b for t, a, b in named)
            and self._first_season_only(m.show, ctx)
            else m
            for m in out
        ]

    def _unnumbered_verdicts(
        self,
        sents: list[SentenceInfo],
        out: list[StatusMention],
        told: set[tuple[str, str]],
        ctx: SeasonContext,
    ) -> list[StatusMention]:
        """A decision the headline states with no number ("NBC Drops Life, Kings and Kath &
        Kim") for a show the article numbers no decision of: the number comes from the first
        sentence after it about that show alone that counts its seasons ("The cult detective
        drama ends after two seasons": season 3 canceled). In the body, only a roundup
        section's show gets one, from its own section ("NBC also let go of the fantasy. ...
        The ten episodes will be its only season": season 2)."""
        found: list[StatusMention] = []
        done: set[tuple[str, str]] = set()
        # (a headline: the first line, no sentence of the body; elsewhere an unnumbered
        # decision is too loose)
        first = sents[0].text.strip() if sents else ""
        headline_end = sents[0].end if first and "\n" in sents[0].text and first[-1:] != "." else 0
        # shows heading a section: named first on a line of their own or as its label
        # (a line of its own, "Emerald City", or a paragraph's opening, "Fire Country. The
        # drama ...", "Bored to Death, Jonathan Ames's caper, ran for three seasons")
        heads = {
            x.mentions[0].title
            for prev, x in zip(sents, sents[1:], strict=False)
            if x.mentions
            and _bare_lead(x.text[: x.mentions[0].start - x.start])
            and prev.text.endswith("\n")
        }
        for m in out:
            key = (m.show, m.status)
            if m.season is not None or m.status == "pending" or key in told or key in done:
                continue
            # In the body, only the sentences after it about the same show, up to the
            # first about another ("NBC let go of its reimagining. ... The ten episodes will
            # be its only season.": season 2)
            in_body = m.start >= headline_end
            if in_body and (m.show not in heads or m.status == "ended"):
                # (outside a roundup's section a passing decision stays unnumbered, and
                # "the final series made by ..." may be the show, not a season)
                if headline_end and m.status == "canceled" and key not in done:
                    # "X canceled: Netflix closes the case after two seasons" over "Netflix
                    # has decided not to continue X": the headline counts the show's run
                    done.add(key)
                    counted = _counted_by_headline(m, sents[0], ctx.aired.get(m.show))
                    standfirst = sents[1] if len(sents) > 1 else None
                    if (
                        not counted
                        and standfirst is not None
                        and not standfirst.mentions
                        and standfirst.topic == m.show
                        and standfirst.text.endswith("\n")
                        and standfirst.text.strip()[-1:] not in ".!?"
                    ):
                        # "ABC checks out of 666 Park Avenue" over "The supernatural drama
                        # ... has been shown the door after a single year": the standfirst
                        # about the headline's show counts its run
                        counted = _counted_by_headline(
                            m, standfirst, ctx.aired.get(m.show), named=False
                        )
                    found += counted
                continue
            later = [x for x in sents if x.start >= m.end]
            aired = ctx.aired.get(m.show)
            numbers, nxt = _season_from(
                later, m.show, m.status, aired, counts=True, section=in_body
            )
            if nxt is None and in_body:
                # "One year was all CBS gave it. The network has axed X": the section's
                # sentences before the decision count the run too
                # ("Seven seasons ... are enough for CBS, which has axed the procedural":
                # the decision's own sentence first)
                before = [x for x in sents if x.start <= m.start < x.end][:1]
                for x in reversed([x for x in sents if x.end <= m.start]):
                    if x.topic != m.show or x.mentions:
                        break  # (up to the section's heading, or another show)
                    before.insert(0, x)
                numbers, nxt = _season_from(
                    before, m.show, m.status, aired, counts=True, section=True
                )
            if nxt is None and in_body and m.status == "renewed":
                # "HBO renewed the drama last year. ... The second season is expected to
                # move the story to Texas": the season the section looks ahead to
                numbers, nxt = _season_ahead(later, m.show)
            if nxt is not None:
                # (one numbering per show and status; a later mention may still find one)
                done.add(key)
                evidence = m.evidence.strip()
                if not nxt.start <= m.start < nxt.end:
                    evidence = f"{evidence} {nxt.text.strip()}"
                found += [
                    replace(m, season=n, end=nxt.end, evidence=evidence, confidence=0.6)
                    for n in numbers
                ]
        return _after_renewal(found, out)

    def _sentence(
        self,
        sent: SentenceInfo,
        titles: TitleResult,
        ctx: SeasonContext,
        doc_date: str | None,
        networks: list[NetworkMention],
        present: set[str],
    ) -> list[StatusMention]:
        """The statuses a sentence states; ``present`` are the cue needles its case-folded
        text holds (the same test as each cue's ``needs_rx``)."""
        text = sent.text
        self._text = text
        self._titles = titles
        w = _words()
        matches = []
        _, every_cue_needs = _needles()
        if every_cue_needs and not present:
            return []  # no cue's words at all: most sentences
        if not sent.mentions and _promo_word().search(text.casefold()):
            return []  # "Our newsletter rounds up every renewal": page furniture, no news
        base = sent.start
        # (a show named only in a credit, "from Alex Pina, the creator of Y", is no
        # show the sentence decides on, unless the sentence goes on about it: "played
        # Mad Sweeney in Y, which Starz canceled ...")
        local = [
            Mention(m.title, m.start - base, m.end - base)
            for m in sent.mentions
            if m not in sent.credits or text[m.end - base : m.end - base + 8] == ", which "
        ]
        self._local = local
        by_needle, free = _cues_by_needle()
        # (``present`` holds the needs_also words too: those pick no cue of their own)
        chosen = set(free).union(*(by_needle.get(n, ()) for n in present))
        all_cues = cues()
        cue_text = _title_stops_blanked(text, local)
        for ci in sorted(chosen):
            cue = all_cues[ci]
            if cue.needs_also and present.isdisjoint(cue.needs_also):
                continue  # (its pattern holds one of these words: none is here)
            for m in cue.regex.finditer(cue_text):
                matches.append((m.start(), m.end(), cue))
        if not matches:
            return []
        # (no label holds sentence punctuation: the test skips the fullmatch, which tries
        # every way of cutting a sentence's first words into four before it fails)
        if not local and not any(c in text for c in ".,;!?") and _LABEL_LINE.fullmatch(text):
            return []  # "THE AXE", "Cancellations": a roundup's category heading, no claim
        if ":" in text[:20] and link_label().match(text.lstrip()):
            return []  # "READ MORE: Every show Netflix canceled": a link to another story
        if _promo_line().match(text):
            return []  # "Sign up to hear the minute a renewal is announced": page furniture
        # Keep the longest of overlapping matches of one status ("has been renewed" over
        # "renewed"); different statuses may overlap ("renewal ... final season").
        matches.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        kept: list[tuple[int, int, Cue]] = []
        for s, e, cue in matches:
            if any(k[2].status == cue.status and s < k[1] and e > k[0] for k in kept):
                continue
            if any(s >= k[0] and e <= k[1] for k in kept):
                continue
            # A cue inside a show title ("Renewed Hope Getting ...") is not a cue.
            if any(mm.start <= s < mm.end for mm in local):
                continue
            if _IN_CAPITALISED_NAME.match(text, max(0, s - 40), s + 1) and _PROSE.search(text):
                continue  # "the movie Lizzie Borden Took an Ax, which ...": a work's name
            kept.append((s, e, cue))
        clauses = _clauses(text, [(m.start, m.end) for m in local])
        # Negation and speculation are read with show titles blanked ("Not Dead Yet",
        # "Maybe Next Year" are names, not hedges).
        masked = text
        for m in local:
            masked = masked[: m.start] + "x" * (m.end - m.start) + masked[m.end :]
        refs = find_seasons(text)
        local_nets = [n for n in networks if sent.start <= n.start < sent.end]
        out = []
        previous = (
            self._previous[1] if self._previous and self._previous[0] == sent.paragraph else None
        )
        for s, e, cue in kept:
            cs, ce = next(((a, b) for a, b in clauses if a <= s < b), (0, len(text)))
            before = masked[cs:s]
            if cue.status == SAME:
                # "..., as was the reboot 4400", "Luke Cage followed a week later": the
                # status said just before (in this sentence, else this paragraph's last).
                said = out[-1].status if out else previous
                if said not in ("renewed", "canceled", "ended"):
                    continue
                cue = replace(cue, status=said)
            if (
                sent.question
                and not cue.question_ok
                and not w["when_clause"].search(text[max(0, s - 60) : s])
                # (not "Is Bulletproof returning? Yes.": the answer asserts it)
                and not (
                    cue.status == "renewed"
                    and self._next is not None
                    and _YES_ANSWER.match(self._next.text)
                )
            ):
                continue
            if (
                not cue.negative
                and (
                    # ("you will not be left hanging: X is returning": not past a colon)
                    # (nor past ", and" opening a clause of its own: "decided not to
                    # order more, and a second season will not be made")
                    w["negation"].search(_after_clause_and(_after_colon(before[-30:])))
                    # "nothing about a third season has been confirmed": a subject that denies
                    or NOTHING_SUBJECT.search(before[-60:])
                    # "there is no sign that a second season has been ordered": what
                    # follows a denied "sign" is not asserted, however far the verb is
                    or _NO_SIGN_BEFORE.search(before)
                )
            ):
                if cue.status == "renewed" and rx(r"\byet\b").search(text[s:ce]):
                    pass  # "not renewed yet" is the pending cue's job
                continue
            # (a hedge holds the verb after it: not a later cue past another cue's verb,
            # "... that the comedy would return for season 4, and said the fourth season")
            # (a cue ending on its own hedge holds what follows: "has not told anyone
            # whether X will get a second season")
            since = max(
                (
                    k[0] if _HEDGE_END.search(text, k[0], k[1]) else k[1]
                    for k in kept
                    if cs <= k[1] <= s
                ),
                default=cs,
            )
            if not _NEXT_CLAUSE.search(masked, since, s):
                since = cs  # ("had hoped to wrap up the story with a fifth and final season")
            elif since == cs:
                # ("Netflix wants more, and the series has been ordered": a clause of its
                # own, with its own subject, after the want)
                breaks = list(_NEXT_CLAUSE.finditer(masked, cs, s))
                if _CLAUSE_SUBJECT.match(masked, breaks[-1].end()):
                    since = breaks[-1].end()
            spec = w["speculation"].search(masked, since, s)
            aside = _RELATIVE_ASIDE.search(masked, since, s) if spec else None
            if aside and aside.start() <= spec.start() < aside.end():
                # ("X, the drama that critics spent years begging viewers to sample, has
                # been denied a third season": the hedge belongs to the aside's own verb)
                spec = w["speculation"].search(masked, aside.end(), s)
            if spec and spec.group().casefold() in _BELIEFS:
                # ("whose followers believe he may be the messiah was canceled": the
                # belief's own hedge comes after it, and is read as a hedge is)
                spec = w["speculation"].search(masked, spec.end(), s) or spec
            if spec and spec.group().casefold() == "would" and _REPORTED_WOULD.search(before):
                spec = None  # "Netflix confirmed that it would not order a third": told
            # (in the text, not the masked one: a title after the colon opens the clause)
            colon = _COLON_CLAUSE.search(text, spec.end(), s) if spec else None
            if colon and not any(
                m.start <= sent.start + colon.start() < m.end for m in sent.mentions
            ):
                # (not a title's own colon: "whether Court Files: True Story will get ...")
                spec = None  # "Fans hoping for a fourth season will be disappointed: Hulu has ..."
            if (
                spec
                and spec.group().casefold() in _MODALS
                and _FINITE_CUE.match(text, s)
                and len(text[spec.end() : s].split()) >= 2
            ):
                # "The thriller about a preacher who may be the messiah was canceled": a
                # modal's verb is never finite, so the modal holds a verb of its own
                spec = None
            if spec and cue.status == "pending" and spec.group().casefold() == "whether":
                spec = None  # "whether X gets a second season is something Hulu has yet to decide"
            if spec and not rx(r"\bas\s+(?:\w+\s+)?speculated\b", regex.IGNORECASE).search(before):
                continue
            if cue.status != "pending" and w["condition_after"].search(text[e:ce]):
                continue
            if cue.status == "renewed" and _NO_OBJECT_AFTER.match(text, e):
                continue  # "has ordered no sixth season": an order denied
            if cue.needs_season and cue.status == "renewed" and _REMAINING_SUBJECT.search(before):
                continue  # "The remaining episodes ... will air on X": a season on the air
            if cue.needs_season and cue.status == "renewed" and _BREAK.search(text, cs, ce):
                continue  # "Season 18 is on its winter break and returns next month": on air
            if cue.status == "pending" and (
                _DETAIL_NOUN_BEFORE.search(text, max(cs, s - 50), s)
                or _DETAIL_NOUN_AFTER.match(text, e)
            ):
                continue  # "A broadcast date for series 8 has not been confirmed": a detail
            if cue.form == "noun" and cue.status != "pending" and _HEDGE_AFTER.match(text, e):
                continue  # "A renewal would probably need a lower budget": a what-if
            if cue.status != "pending" and _UNTIL_BEFORE.search(before):
                continue  # "until a commission is confirmed": a condition, not a decision
            if cue.status == "renewed" and _TURNED_DOWN_BEFORE.search(before[-30:]):
                continue  # "has passed on bringing X back": the cut is the other cue's
            if not cue.negative and _INDIRECT_QUESTION.search(before):
                continue  # "has not said when production will begin": nothing asserted
            if cue.status == REVERSE:
                # the decider reverses ("then reversed course", "the network changed its
                # mind"), not a character in the plot
                if _DECIDER_BEFORE.search(text, max(cs, s - 60), s):
                    out.extend(self._reversal(out, sent, text[s:e], cue.strength))
                continue
            if cue.status != "pending" and _NETWORK_RELATIVE_BEFORE.search(text, cs, s):
                # "Global, the Canadian network that commissioned the series, has not
                # said": what describes the network is its history, not the news
                continue
            if cue.status in ("renewed", "ended") and _UNDONE_ORDER_BEFORE.search(before):
                # "reversing its decision to give X a fourth and final season", "scrapping
                # the final season it ordered": an order taken back is no renewal or ending.
                continue
            form = cue.form
            if (
                form == "active"
                and w["passive_aux"].search(before)
                # "CBS is bringing back the drama": a progressive, still active
                and not _PROGRESSIVE.match(text, s)
            ):
                form = "passive"
            # "Jane Doe, who plays Mara, will return": the subject is before the
            # relative clause, not the empty start of this one.
            subject_at = cs
            head_end = cs
            k = clauses.index((cs, ce)) if (cs, ce) in clauses else -1
            if (
                k >= 2
                and RELATIVE.match(text[clauses[k - 1][0] :])
                and not rx(r"\p{Lu}").search(text[cs:s])
            ):
                subject_at, head_end = clauses[k - 2]
            elif (
                k >= 1
                and RELATIVE.match(text[cs:])
                and "," in text[cs + 1 : s]
                and not rx(r"\p{Lu}").search(text[text.rfind(",", cs + 1, s) : s])
            ):
                # ("its tenth season, which wrapped in 2017, turned out to be its last": the
                # relative clause and its verb in one clause)
                subject_at, head_end = clauses[k - 1]
            shows = self._shows(text, local, cs, ce, s, e, form, sent, titles, subject_at)
            if not shows:
                continue
            clause_refs = [r for r in refs if cs <= r.start < ce]
            if subject_at != cs and not w["speculation"].search(text, subject_at, head_end):
                # "its tenth season, which wrapped in 2017, turned out to be its last": the
                # season that is the subject, before the relative clause (not "speculation
                # that the fifth season, whose finale airs Friday, would be its last")
                clause_refs += [
                    r for r in refs if subject_at <= r.start and head_end - 2 <= r.end <= head_end
                ]
            if cue.needs_season:
                # "the hit returns in February, and Amazon renewed it for a fourth season":
                # a season named after a stronger cue is that cue's, not this weak one's.
                later = min((k[0] for k in kept if k[0] >= e and not k[2].needs_season), default=ce)
                clause_refs = [r for r in clause_refs if r.start < later]
            # "X, which Starz rescued, will not return": an inserted relative clause is
            # background, not the news (a trailing one, ", which will be its last", is).
            inserted = RELATIVE.match(text[cs:]) is not None and text[ce : ce + 1] == ","
            if inserted and any(k[0] >= ce for k in kept):
                continue
            # "When BBC One commissioned X, it looked like a safe bet": the order that
            # started the show, numbered by neither the heading nor the next sentence
            opening_order = cue.status == "renewed" and bool(
                w["when_clause"].search(text[max(0, s - 60) : s])
            )
            ahead = None
            if cue.status == "pending" and not clause_refs and len(shows) == 1:
                ahead = self._season_asked(shows[0]) or self._season_ahead(sent, shows[0])
            elif cue.status == "canceled" and not refs and len(shows) == 1:
                ahead = self._count_ahead(sent, shows[0])
            elif (
                cue.status == "renewed"
                and form in ("active", "passive")  # an order, not "X returns as Y"
                and len(shows) == 1
                and not opening_order
                and not w["history_date"].search(text)  # "brought it back in May 2017": its history
                # ("a revival of X, which ran for 13 seasons": a count numbers no order)
                and not any(seasons_for(r, "renewed", 1) or r.kind == "additional" for r in refs)
            ):
                ahead = self._new_season_ahead(sent, shows[0], ctx.aired.get(shows[0]))
            if (
                ahead is None
                and cue.status == "renewed"
                and not refs
                and len(shows) == 1
                and not opening_order
                and ctx.aired.get(shows[0]) is None
                and SERIES_ORDER.search(text, cs, ce)
            ):
                ahead = 1  # "ABC has ordered Reaper to series": a new show's first season
            if ahead is None and (bare := _BARE_ORDINAL_END.search(text, s, e)):
                ahead = _number(bare.group("o"))  # "will not be followed by a thirteenth"
            if ahead is not None:
                pass
            elif not clause_refs and not cue.needs_season and not inserted:
                # "renewed for a second season in 2019 before being canceled in 2020": one
                # season named in the sentence is the one its other clauses are about.
                # "pulled the plug on X ...; it ends after two seasons": for a cancellation,
                # a count of seasons so far names the next one too.
                named_here = any(cs <= m.start < ce for m in local)
                kinds: tuple[str, ...] = ("explicit", "final")
                if cue.status == "canceled" and named_here:
                    kinds += ("count",)
                named = {n for r in refs if r.kind in kinds for n in r.numbers}
                if len(named) == 1 and len(shows) == 1:
                    clause_refs = [r for r in refs if r.kind in kinds][:1]
            own = [r for r in clause_refs if s <= r.start and r.end <= e]
            if own and len(own) < len(clause_refs):
                # "the twelfth season, airing now, will not be followed by a thirteenth":
                # the season the cue's own words name
                clause_refs = own
            if cue.form == "echo":
                # an echo's own season comes after it ("and C after just one")
                clause_refs = [r for r in clause_refs if r.start >= e] or clause_refs
            if cue.form == "echo" and not clause_refs:
                continue  # "as was Y" names no season: Y's may not be X's
            numbers = (
                [(shows[0], (ahead,))]
                if ahead is not None
                else self._numbers(clause_refs, cue, shows, s, e, titles, ctx)
            )
            if numbers is None:
                continue
            if (
                cue.status == "canceled"
                and not clause_refs
                and len(numbers) == 1
                and not numbers[0][1]
                and _JUST_RELEASED.search(text, cs, ce)
                and self._first_season_only(numbers[0][0], ctx)
            ):
                # "dropped it a month after all eight episodes arrived": cut right after
                # its first (and, the article says nothing else, only) season came out.
                numbers = [(numbers[0][0], (2,))]
            # A date belongs to the nearest cue before it ("canceled ..., walking back the
            # renewal it announced in July 2019": July 2019 dates the renewal).
            nxt = min((k[0] for k in kept if k[0] >= e), default=ce)
            dated = self._event_date(
                text[s : min(ce, nxt)], "active" if cue.dated else form, doc_date
            )
            nets = [
                n
                for n in local_nets
                if cs <= n.start - base < ce
                and n.role in ("decider", "to", "from", "home", "owner", "mention")
            ]
            # The network that acted: the nearest one before an active cue ("after Fox
            # cancelled"), after "by" for a passive one ("canceled by Netflix").
            decider = None
            if cue.status == "renewed":
                # "Months after ABC dropped it, X is coming back": the network that dropped
                # the show is not the one bringing it back.
                nets = [n for n in nets if not n.cancels]
            agent = [n for n in nets if _BY_AGENT.fullmatch(text, e, n.start - base)]
            if agent:
                decider = agent[0].network  # "picked up by Netflix", "canceled by ABC"
            elif nets:
                near = min(
                    nets,
                    key=lambda n: (
                        abs((n.start - base) - (s if n.start - base < s else e))
                        + (0 if (n.start - base < s) == (form == "active") else 40)
                    ),
                )
                decider = near.network
            rel = w["after_release"].search(text[e:ce]) or w["after_release"].search(before)
            after_release = None
            if rel:
                amount = {
                    "a": 1,
                    "an": 1,
                    "one": 1,
                    "just": 1,
                    "just a": 1,
                    "just one": 1,
                    "a few": 2,
                }.get(rel.group("n").casefold())
                amount = amount or _number(rel.group("n")) or 1
                after_release = (amount, rel.group("unit"))
            for show, nums in numbers:
                from_context = nums == "focus"
                if from_context:
                    # A decision dated long before the article may be about an older
                    # season; "renewed ... in February" in a May article is the news.
                    old = dated and not within_months(dated, doc_date, 6)
                    if (
                        show != titles.main
                        or old
                        or w["history_date"].search(text)
                        or opening_order
                        # ("brought it back with six new episodes, which began on February
                        # 24 and wrapped on March 31": a run already over)
                        or (cue.status == "renewed" and _RUN_OVER.search(text, e))
                    ):
                        # not the article's season: told, but with no number of its own
                        nums, from_context = (), False
                    else:
                        nums = (ctx.focus,)
                    if nums and cue.status == "pending" and _BEYOND_THIS.search(text, e):
                        # "no announcement about the show's future beyond this season"
                        nums = (ctx.focus + 1,)
                if (
                    not nums
                    and cue.status == "pending"
                    and (beyond := _BEYOND_ORDINAL.search(text, e))
                ):
                    # "is yet to decide on anything beyond the first batch of episodes"
                    nums = (_number(beyond.group("o")) + 1,)
                if not nums and cue.status == "pending" and show == titles.main and ctx.asked:
                    # "Fox has neither renewed nor canceled the drama" beside "no word from
                    # Fox on a second season": the one season the article waits for
                    nums = (ctx.asked,)
                # "Three days after pulling the plug on X, NBC changed its mind: X is coming
                # back": a decision told as the lead-in to the news is older than the news.
                background = _BACKGROUND.search(text, max(0, s - 40), s) is not None
                if cue.status == "pending" and w["told_whole"].search(text):
                    continue  # a story told whole: nothing to wait for, whatever the season
                for n in nums or (None,):
                    conf = cue.strength * (0.85 if from_context else 1.0)
                    conf *= 0.9 if background else 1.0
                    status = cue.status
                    if status == "canceled" and n and n > 1 and w["limited"].search(text):
                        # "made as a limited series, it will not return for a second season":
                        # nothing was cut short; the last season was planned as the last.
                        status, n = "ended", n - 1
                    out.append(
                        StatusMention(
                            show=show,
                            season=n,
                            status=status,
                            start=sent.start,
                            end=sent.end,
                            evidence=(
                                f"{text.strip()} {self._next.text.strip()}"
                                # (a question asserted by its answer: "... ? Yes.")
                                if sent.question and not cue.question_ok and self._next
                                else text.strip()
                            ),
                            confidence=round(conf, 3),
                            event_date=dated,
                            # A production or release note numbered by the heading
                            # says nothing about who decided.
                            network=None if from_context and cue.needs_season else decider,
                            after_release=after_release,
                            cue=text[s:e],
                            from_context=from_context,
                            history=cue.history,
                            season_undone=status == "canceled" and _season_undone(text, s, e, form),
                            background=background,
                        )
                    )
        return out

    def _shows(
        self,
        text: str,
        local: list[Mention],
        cs: int,
        ce: int,
        s: int,
        e: int,
        form: str,
        sent: SentenceInfo,
        titles: TitleResult,
        subject_at: int | None = None,
    ) -> list[str]:
        w = _words()
        in_clause = [m for m in local if cs <= m.start < ce]
        before = [m for m in in_clause if m.end <= s]
        after = [m for m in in_clause if m.start >= e]
        topic = sent.topic or titles.main
        lead = [m for m in local if m.end <= s]
        if (
            len(lead) == 1
            and _bare_lead(text[: lead[0].start])
            and _VERDICT_DASH.fullmatch(text, lead[0].end, s)
        ):
            return [lead[0].title]  # "Copper Kettle — CANCELED after two seasons": a line's
        if not before and _PARENT_BEFORE.search(text, max(cs, s - 60), s):
            # "after the flagship drama closed its sixth and final season": the parent's
            return []
        if not before and _OTHER_CREDIT_BEFORE.search(text, max(0, s - 200), s):
            # "She previously starred in NBC's Timeless ..., a show that was canceled": an
            # actor's earlier work, named (if we could not read it) before the cue
            return []
        if (
            form == "passive"
            and not before
            and _SHOWS_SUBJECT_BEFORE.search(text, max(cs, s - 60), s)
        ):
            # "several of the shows below were ordered by the team he replaced": many
            # shows, none named
            return []
        if form == "noun" and _for_the_show().match(text, e):
            # "canceled Close Enough, meaning no fourth season for the series from J.G.
            # Quintel, ... of Regular Show": the show pointed back to, not one named after
            if before:
                return [before[-1].title]
            return [topic] if topic else []
        if form == "noun" and not before and _for_described_show().match(text, e):
            # "A renewal for a time-travel mystery, a fifth season for the firefighters":
            # a show told by its kind, not the article's
            return []
        unread = _unread_ends(text)
        if unread and not all(any(m.start <= u - 2 < m.end for m in local) for u in unread):
            # "The medical drama Good Sam ... was also dropped", "handed Ghosts, its comedy,
            # an order": a show named here that we could not read is not the topic.
            topic = None
        # (not "the film, which starred Richard Gere, debuted this month, and the network
        # has not made any call": a clause of its own after the relative one)
        relative = RELATIVE.match(text[cs:]) is not None and not _NEXT_CLAUSE.search(
            text, cs + 1, s
        )
        if (
            form == "active"
            and relative
            and not [m for m in in_clause if m.start < s]
            and (
                _IT_OBJECT.match(text, e)
                # "... are enough for CBS, which has axed the Sunday procedural"
                or (
                    _net_end().search(text, max(0, cs - 40), cs)
                    and _show_noun_object().match(text, e)
                )
            )
        ):
            # "... and later to the Sci-Fi Channel, which dropped it": "which" is the one
            # that decided, "it" the show the sentence is about
            return [topic] if topic else []
        if relative and not [m for m in in_clause if m.start < s]:
            # ", which Netflix renewed": "which" is the name just before the comma, if
            # it is a show; "the series, which": the topic; "busy with iZombie, which":
            # a show we could not read, not ours.
            prior = [m for m in local if m.end <= cs]
            # "... The Good Doctor for ABC, which ended": its network may stand between
            if prior and (
                cs - prior[-1].end <= 3
                or _NETWORK_GAP.fullmatch(text, prior[-1].end, cs)
                # "X, her period drama starring Y as Z, which was axed": the show the
                # appositive describes
                or _appositive().fullmatch(text, prior[-1].end, cs)
            ):
                return [prior[-1].title]
            if (
                form == "active"
                and _net_end().search(text, max(0, cs - 40), cs)
                and _SEASON_ORDER_OBJECT.match(text, e)
            ):
                # "X has found a new home at DirecTV, which has ordered a fourth season":
                # the network orders the season of the show the sentence is about
                return [prior[0].title] if prior else ([topic] if topic else [])
            if not _show_noun_end().search(text[max(0, cs - 40) : cs]):
                return []
        if (
            not local
            and BULLET_ITEM.match(sent.text)
            and not FIELD_BULLET.match(sent.text)
            and not _verdict_label().match(sent.text)  # "- Status: Axed": a field
        ):
            # A list item naming no show we know is another show, not the last one's.
            topic = None
        if _verdict_label().fullmatch(text, cs, s):
            return [topic] if topic else []  # "Verdict: scrapped." under the show's heading
        if form == "active" and after and (given := _SEASON_GIVEN_TO.match(text, e)):
            # "A&E has handed a second season to Leah Remini: Scientology and the
            # Aftermath": the show it is given to
            first = after[0]
            if first.start - given.end() <= 1:
                return [first.title]
        if form == "active":
            obj_end = ce
            pos = e + 1
            while pos < ce:
                end_m = w["object_end"].search(text, pos, ce)
                if end_m is None:
                    break
                inside = next((m for m in local if m.start <= end_m.start() < m.end), None)
                if inside is None:
                    obj_end = end_m.start()
                    break
                pos = inside.end  # "Only Murders in the Building": "in" is part of the title
            objs = [m for m in after if m.start < obj_end]
            for k in range(1, len(objs)):
                if _APPOSITIVE_GAP.match(text, objs[k - 1].end, objs[k].start) or (
                    # "passed on X, and Y is ending ...": Y opens a clause of its own
                    _AND_GAP.fullmatch(text, objs[k - 1].end, objs[k].start)
                    and _FINITE_AFTER.match(text, objs[k].end)
                ):
                    # "canceled X, the spinoff of CBS's Y, after two seasons": X alone
                    objs = objs[:k]
                    break
            if objs and not rx(r"\b(?:shows|series\s+like|including)\b", regex.IGNORECASE).search(
                text[e : objs[0].start]
            ):
                # "renewed X for a fifth season and Y for a third": Y in step with X
                for m in after:
                    if (
                        m.start >= obj_end
                        and _PARALLEL_OBJECT.fullmatch(text, objs[-1].end, m.start)
                        and _FOR_ORDINAL.match(text, m.end)
                    ):
                        objs.append(m)
                return _unique([m.title for m in objs])
            subject = text[cs:s].strip(" ,\"'“”‘’")
            if (
                not before
                and ONLY_A_NAME.fullmatch(subject)
                and not canonical_network(subject)
                # ("The BBC commissioned series 5")
                and not canonical_network(subject.removeprefix("The ").removeprefix("the "))
                # ("Disney greenlit Season 2 early": a company, not a show)
                and subject.casefold() not in _not_titles()
            ):
                return []  # "Saltmarsh recommissioned for series 4": a show we could not read
            unread = UNREAD_OBJECT.match(text[e:obj_end])
            if unread and (
                w["noun_next"].match(text, e + unread.end())
                # "CMT Hands the Country Drama a Fifth Season": a headline's capitals
                or ends_on_show_noun(unread.group())
            ):
                unread = None  # "its gentle Long Beach fable": a place describing the show
            if w["object_ok"].match(text[e:ce]) and not unread:
                subj = [m for m in before if not rx(r"['’]s?$").search(text[: m.end + 2])]
                if len(before) == 1 and subj:
                    return [before[0].title]
                # "Its comedy Second Chair was less fortunate; Hulu canceled it": "it" is the
                # show the sentence named last, before the topic of earlier sentences.
                credits = {(c.start, c.end) for c in sent.credits}
                earlier = [
                    m
                    for m in local
                    if m.end <= cs
                    and (m.start + sent.start, m.end + sent.start) not in credits
                    and text[m.end : m.end + 1] not in "'’"  # "Bar's producers": not "it"
                ]
                if earlier and (_IT_OBJECT.match(text, e) or _THAT_OBJECT.match(text, e)):
                    # ... and so is "that series": "She led X before NBC canceled that series"
                    return [earlier[-1].title]
                return [topic] if topic else []
            return []
        if form == "echo" and _LIST_ECHO.match(text[s:e]):
            # "canceling A and B after two seasons apiece and C after just one": the show
            # right after the "and", or none
            if after and _ECHO_GAP.fullmatch(text, e, after[0].start):
                return [after[0].title]
            return []
        if form == "echo" and not before:
            # "..., as was CBS's freshman drama X": the show named right after; an echo
            # never falls back on the topic.
            if after and _ECHO_INVERSION.match(text[e : after[0].start]):
                return [after[0].title]
            return []
        if form in ("passive", "intransitive", "echo"):
            if not before and _FREE_RELATIVE.search(text, cs, s):
                return []  # "keeping track of what is coming back": no show named
            if (
                len(before) > 1
                and before[0].start - cs <= 2
                and text[before[0].end] == ","
                and text[cs:s].rstrip().endswith(",")
                # "X, starring ..., is done, and the drama Y, led by ..., will not": Y's
                and not _NEW_SUBJECT.search(text, before[0].end, before[-1].start)
            ):
                # "Walker: Independence, the prequel to Walker ..., is also done": the
                # subject is the show the clause opens with, not one in its aside.
                return [before[0].title]
            if (
                len(before) > 1
                and before[0].start - cs <= 2
                and (_BOTH.match(text, s) or _BOTH_BEFORE.search(text, cs, s))
            ):
                # "Kenan, starring ..., and Mr. Mayor, with ..., both end": the shows
                # joined by "and" at the heads of their asides.
                heads = [before[0]] + [
                    m for m in before[1:] if _AND_BEFORE.search(text, max(cs, m.start - 8), m.start)
                ]
                if len({m.title for m in heads}) > 1:
                    return _unique([m.title for m in heads])
            if before and _OWNER_OF_OTHER.match(text, before[-1].end):
                # "Night Desk's lead-in, the drama X, is still waiting": the subject is
                # the thing the show owns, not the show
                before = [m for m in before if not _OWNER_OF_OTHER.match(text, m.end)]
                if not before:
                    return []
            described = _DESCRIBED_BY.fullmatch(text, before[-1].end, s) if before else None
            if described and ends_on_show_noun(described.group("noun")):
                # "ITV's Northumberland Crime Drama Will End": the subject is the drama the
                # name describes (the article's show), not the name
                return [topic] if topic and topic != before[-1].title else []
            if len(before) == 1 and _OFFSHOOT_OF.match(text, cs, before[0].start):
                # "The prequel to AMC's X will end with its sixth season": the subject is
                # the prequel (the section's show), not X.
                return [topic] if topic and topic != before[0].title else []
            if before and _other_subject(text, before[-1].end, s):
                # "... ended X after three seasons, and several of its dramas have been
                # dropped": a new clause's own subject, not the show named before it
                return []
            if before:
                group = [before[-1]]
                # ("X, and Y is ending": one subject, the verb says so)
                single = _SINGULAR_VERB.match(text, s) is not None
                for prev in reversed(before[:-1]):
                    if single:
                        break
                    if w["list_gap"].match(text[prev.end : group[0].start]):
                        group.insert(0, prev)
                    else:
                        break
                last = group[-1]
                for nxt in after:
                    if w["along_with"].match(text[last.end : nxt.start]) and not (
                        # ("X will return for season 8, and Y is set for its fifth": Y has
                        # a verb of its own)
                        nxt.start > e and _OWN_VERB_AFTER.match(text, nxt.end)
                    ):
                        group.append(nxt)
                        last = nxt
                    else:
                        break
                # "A will return for a fourth season, B for a third and C for a second":
                # the later subjects, their verb left out
                gap_from = e
                for nxt in after:
                    if nxt in group:
                        continue
                    item = _FOR_ORDINAL.match(text, nxt.end)
                    if item is None or not _GAPPED_ITEM.fullmatch(text, gap_from, nxt.start):
                        break
                    group.append(nxt)
                    gap_from = item.end()
                return _unique([m.title for m in group])
            if after and w["inversion"].match(text[e : after[0].start]):
                return [after[0].title]
            if subject_at is not None and subject_at < cs:
                # The subject before an inserted relative clause: a show named there is
                # the one, a person (or anything else capitalised) is not a show.
                lead = [m for m in local if subject_at <= m.start < cs]
                if lead:
                    return [lead[0].title]
                subject = text[subject_at:cs].split(",")[0] + text[cs:s]
            else:
                subject = text[cs:s]
            if UNREAD_SUBJECT.match(subject):
                return []  # "Gen V, the spin-off starring ...": a show we could not read
            if _people_subject().match(subject):
                return []  # "Some first-season characters will not be back": people
            if _INDEFINITE_SUBJECT.match(subject):
                return []  # "A family drama, a cop show and a sitcom will not return": unnamed
            if _EARLIER_WORK_SUBJECT.search(subject):
                return []  # "Whedon's last series for the network was cut": another show
            if w["subject_ok"].search(subject) or (
                _POSSESSED_SUBJECT.match(subject) and ends_on_show_noun(subject.strip(" ,"))
            ):
                # ("Jane Araki's dreamy Los Angeles comedy will not come back": the maker's
                # show, the section's)
                named = {m.title for m in local if m.end <= cs}
                if len(named) == 1 and _IT_SUBJECT.fullmatch(subject):
                    return list(named)  # "Cavemen ... disappeared within weeks; it will not"
                return [topic] if topic else []
            bare = subject.strip(" ,\"'“”‘’")
            if bare and ONLY_A_NAME.fullmatch(bare) and not canonical_network(bare):
                if (
                    topic
                    and " " in bare
                    and played(self._doc_text, bare)
                    and any(r.kind == "explicit" for r in find_seasons(text[e:ce]))
                ):
                    # "Clark Kent is coming back for a ninth season" under "Smallville
                    # (The CW)", where Tom Welling plays Clark Kent: the hero's show
                    return [topic]
                return []  # "Batwoman is done ...": a name we could not read, not the topic
            if not rx(r"\p{Lu}").search(subject[1:]):
                return [topic] if topic else []
            return []
        # Noun cues: "the cancellation of X", "X's renewal", else the sentence's show.
        for m in after:
            if rx(rf"{SP}+(?:of|for){SP}+(?:the{SP}+)?[“\"‘']?").fullmatch(text[e : m.start]):
                return [m.title]
        if before:
            return [before[-1].title]
        if len({m.title for m in in_clause}) == 1:
            return [in_clause[0].title]
        # "... Glass Harbor is still casting its lead — for its promised Season 2":
        # "its" is the show named last before the cue.
        earlier = [m for m in local if m.end <= s]
        if earlier:
            return [earlier[-1].title]
        if _EARLIER_WORK_SUBJECT.search(text, cs, s):
            return []  # "Back in 2005 the original earned a second-season pickup": another show
        return [topic] if topic else []

    def _reversal(
        self, out: list[StatusMention], sent: SentenceInfo, cue: str, strength: float
    ) -> list[StatusMention]:
        """ "renewed it in the spring, then reversed course": the decision told just before
        (in this sentence, else earlier in its paragraph), undone. Undated, it speaks for
        the article's date, after the decision it reverses."""
        if out:
            told = [m for m in out if m.start == out[-1].start and m.cue == out[-1].cue]
        elif self._last_decision and self._last_decision[0] == sent.paragraph:
            told = self._last_decision[1]
        else:
            return []
        return [
            replace(
                m,
                status=OPPOSITE[m.status],
                start=sent.start,
                end=sent.end,
                evidence=sent.text.strip(),
                confidence=strength,
                event_date=None,
                after_release=None,
                cue=cue,
                from_context=False,
                history=False,
                reversal=True,
            )
            for m in told
            if m.status in OPPOSITE and m.season is not None
        ]

    def _season_asked(self, show: str) -> int | None:
        """The season the question just before asks about: "What about a fourth season?
        Nobody has said anything about one yet" (no other show named, one number)."""
        prior = self._prior
        # (or asked in so many words: "What it has not done is say whether the show will
        # get a second season. As of Friday, no decision has been made")
        if (
            prior is None
            or not (prior.question or "whether" in prior.text)
            or any(m.title != show for m in prior.mentions)
        ):
            return None
        return _one_season_named(prior.text)

    def _first_season_only(self, show: str, ctx: SeasonContext) -> bool:
        """Whether the article gives ``show`` no season number and no count anywhere."""
        if show in ctx.aired:
            return False
        # (a sentence that names no show speaks of this one only in a paragraph naming it:
        # "Several freshmen got a second year" closing a roundup is about the others)
        own = {
            x.paragraph for x in self._titles.sentences if any(m.title == show for m in x.mentions)
        }
        for sent in self._titles.sentences:
            about = {m.title for m in sent.mentions} or (
                {sent.topic} if sent.topic and sent.paragraph in own else set()
            )
            # (a first season's own count, "a freshman series", says the same)
            if show in about and any(
                r.kind != "count" or r.numbers != (1,) for r in find_seasons(sent.text)
            ):
                return False
        return True

    def _owned(self, refs: list[SeasonRef], shows: list[str], e: int) -> dict[str, SeasonRef]:
        """ "seasons 35 and 36 of A, seasons 22 and 23 of B": each show's own seasons,
        when every show has some."""
        owned: dict[str, SeasonRef] = {}
        for m in self._local:
            if m.start < e or m.title not in shows or m.title in owned:
                continue
            ref = next(
                (
                    r
                    for r in refs
                    if r.end <= m.start and _OF_GAP.fullmatch(self._text, r.end, m.start)
                ),
                None,
            )
            if ref is None:
                # "renewed A for a fifth season and B for a third": each show's own, after it
                ref = next(
                    (
                        r
                        for r in refs
                        if r.start >= m.end and _FOR_GAP.fullmatch(self._text, m.end, r.start)
                    ),
                    None,
                )
            if ref is not None:
                owned[m.title] = ref
        subjects = {m.title for m in self._local if m.start < e and m.title in shows}
        if len(subjects) == 1 and len(owned) == len(shows) - 1:
            # "A will return for a fourth season, B for a third": the subject's season is
            # the first after the cue that no later show owns
            (subject,) = subjects
            taken = owned.values()
            first = next((r for r in refs if r.start >= e and r not in taken), None)
            if first is not None and subject not in owned:
                owned[subject] = first
        return owned if len(owned) == len(shows) else {}

    def _season_ahead(self, sent: SentenceInfo, show: str) -> int | None:
        """The season a pending show's next sentence names: "Sky has yet to decide the
        future of X. ... a decision on series 3 is expected" (same paragraph, no other
        show named, one season number)."""
        nxt = self._next
        if not _only_about(nxt, sent, show):
            return None
        nums = {n for r in find_seasons(nxt.text) if r.kind == "explicit" for n in r.numbers}
        return next(iter(nums)) if len(nums) == 1 else None

    def _new_season_ahead(self, sent: SentenceInfo, show: str, aired: int | None) -> int | None:
        """The season an unnumbered order's next sentence names as the new one: "Hulu has
        ordered a revival of X. The new episodes will continue the numbering as season 14."
        (the one after the seasons the article says aired, or one the sentence says is to
        come: not "Season 3 premiered in May", the season on the air)."""
        n = self._season_ahead(sent, show)
        if n is None or self._next is None:
            return None
        if aired is not None:
            return n if n == aired + 1 else None
        return n if _TO_COME.search(self._next.text) else None

    def _count_ahead(self, sent: SentenceInfo, show: str) -> int | None:
        """The season a canceled show will not get, from the count of the sentence next to
        it: "Also canceled was X. It lasted a single season.", "The comedy got a single
        season. Netflix let it go in July." (same paragraph, the show as that sentence's
        subject, no other show named, one count)."""
        for other in (self._next, self._prior):
            if not _only_about(other, sent, show) or not _SHOW_SUBJECT.match(other.text):
                continue
            refs = find_seasons(other.text)
            if len(refs) == 1 and refs[0].kind == "count" and len(refs[0].numbers) == 1:
                return refs[0].numbers[0] + 1
        return None

    def _numbers(
        self,
        clause_refs: list[SeasonRef],
        cue: Cue,
        shows: list[str],
        s: int,
        e: int,
        titles: TitleResult,
        ctx: SeasonContext,
    ) -> list[tuple[str, Any]] | None:
        text = self._text
        # "episodes of the third season", "the end of season 1", "the Season 3 finale":
        # a season named as a thing's owner is not the one the cue is about.
        clause_refs = [
            r
            for r in clause_refs
            # ... unless the cue names it ("in the middle of its 14th and final season")
            if (s <= r.start < e)
            or (not _OWNED_BEFORE.search(text[: r.start]) and not _OWNED_AFTER.match(text[r.end :]))
            # ("will conclude with the second half of its fifth season": the season a
            # show ends with, part of it or all)
            or (cue.status == "ended" and e <= r.start < e + 50 and _ENDS_WITH_PART.match(text, e))
        ]
        if cue.status == "ended":
            # "will end with the four it has aired, and there will be no fifth chapter":
            # a season denied is not the one that ends
            clause_refs = [
                r for r in clause_refs if not _NO_BEFORE.search(text, max(0, r.start - 10), r.start)
            ]
        elif cue.status == "renewed":
            # "Four years after the first run, X is back": a time, not the season ordered
            clause_refs = [
                r
                for r in clause_refs
                if not _TIME_AFTER_BEFORE.search(text, max(0, r.start - 40), r.start)
                # "renewed it last year, before the first season had even finished": the
                # season on the air when the order came
                and not (
                    _WHILE_BEFORE.search(text, max(0, r.start - 20), r.start)
                    and _AIRING_AFTER.match(text, r.end)
                )
            ]
        if cue.form == "active":
            # "recommissioned for series 4 as Channel 4 axes X": a season named before a
            # conjunction belongs to the clause before it, not to this cue.
            clause_refs = [
                r for r in clause_refs if r.start >= s or not _JOINED.search(text, r.end, s)
            ]
        usable = [r for r in clause_refs if seasons_for(r, cue.status, 1) or r.kind == "additional"]
        if cue.needs_season and not any(r.kind in ("explicit", "final") for r in usable):
            # "X Season 4: ..." then "the show is back in production": no number in the
            # clause, so the season the article is about (only for cues that allow it).
            if cue.focus_ok and ctx.focus and not clause_refs:
                return [(show, "focus") for show in shows]
            return None
        if not clause_refs:
            if ctx.focus and not cue.needs_season:
                return [(show, "focus") for show in shows]
            return [(show, ()) for show in shows]
        if not usable:
            return [(show, ()) for show in shows]
        # The nearest reference to the cue, before or after it ("series three is about to
        # start", "renewed for season 4"); a tie goes to the one after.
        ref = min(
            usable,
            key=lambda r: (
                (r.start - e if r.start >= e else s - r.end) + (0 if r.start >= e else 0.5)
            ),
        )
        if ref.kind == "additional":
            # "a three-season order, which covered the season that just ended along with
            # seasons 8 and 9": the seasons the clause names for the order, as many or fewer
            named = [
                r
                for r in usable
                if r.kind == "explicit"
                and r.start >= e
                # (as many, or a list of fewer: not "two more seasons each, and a fourth
                # season of Y", another show's)
                and (len(r.numbers) == ref.numbers[0] or 2 <= len(r.numbers) < ref.numbers[0])
            ]
            if named:
                ref = named[0]
        # ("the latter" opens the cue, or stands just before it as its subject)
        pick = _LATTER.match(text, s) or _LATTER_BEFORE.search(text, max(0, s - 20), s)
        if pick and len(ref.numbers) > 1:
            # "a third and a fourth season, and the latter will be its last": one of them
            one = ref.numbers[-1] if pick.group(1).casefold() == "latter" else ref.numbers[0]
            ref = SeasonRef((one,), ref.kind, ref.start, ref.end)
        if len(shows) > 1:
            owned = self._owned(usable, shows, e)
            if owned:
                return [
                    (show, seasons_for(owned[show], cue.status, ctx.aired.get(show)))
                    for show in shows
                ]
            multi = [r for r in usable if len(r.numbers) == len(shows)]
            if multi and (multi[0].respectively or any(x.respectively for x in usable)):
                r = multi[0]
                return [
                    (
                        show,
                        seasons_for(
                            SeasonRef((n,), r.kind, r.start, r.end), cue.status, ctx.aired.get(show)
                        ),
                    )
                    for show, n in zip(shows, r.numbers, strict=False)
                ]
        return [(show, seasons_for(ref, cue.status, ctx.aired.get(show))) for show in shows]

    def _event_date(self, tail: str, form: str, doc_date: str | None) -> str | None:
        """The decision's date when the clause gives one ("renewed ... in January 2020")."""
        if form not in ("active", "passive"):
            return None
        for d in find_dates(tail[:90], doc_date):
            if d.value and not rx(
                r"(?:premier\w*|releas\w*|debut\w*|air\w*|launch\w*|return\w*|arriv\w*|"
                r"stream\w*)\W+(?:\w+\W+){0,2}$|\b(?:until|through|by)\W+$",
                regex.IGNORECASE,
            ).search(tail[: d.start]):
                return d.value
        return None


_BACKGROUND = fast_pattern(
    r"\b(?:after|since)(?:\s+(?:being|it|they|the\s+\w+|\p{Lu}[\w+]*(?:\s+\p{Lu}[\w+]*)?)"
    r"(?:\s+(?:had|has|was|were|first))?)?\s+$",
    regex.IGNORECASE,
)
_ECHO_INVERSION = fast_pattern(
    r"^\s+(?:was|were|is|are|did|does|has|have|had)(?:\s+(?:the|its|their|a|an|[\p{L}+]+['’]s?))?"
    r"(?:\s+\p{Ll}[\w-]*){0,4}\s+[“\"‘']?$"
)
_LIST_ECHO = fast_pattern(r"\s*and$", regex.IGNORECASE)
_ECHO_GAP = fast_pattern(r"\s+(?:the\s+)?[“\"‘']?", regex.IGNORECASE)
_BOTH = fast_pattern(r"(?:both|all)\b", regex.IGNORECASE)
_BOTH_BEFORE = fast_pattern(r"\b(?:both|all)\s+$", regex.IGNORECASE)
_AND_BEFORE = fast_pattern(r",?\s+(?:and|&)\s+(?:the\s+)?$", regex.IGNORECASE)
_OWNER_OF_OTHER = fast_pattern(
    r"['’]s?\s+(?!(?:[\w-]+\s+){0,2}(?i:season|series|run|future|fate|renewal|final|last|"
    r"revival|return|cancell?ation)\b)\p{Ll}"
)
_NETWORK_GAP = fast_pattern(
    rf"{SP}+(?:on|for|at|from){SP}+(?:{network_alias_pattern()})['’”\"]?"
    # "Night Owls (CBS), which ...": its network in brackets
    rf"|['’”\"]?{SP}*\((?:{network_alias_pattern()})\)",
    regex.IGNORECASE,
)
_DECIDER_BEFORE = fast_pattern(
    rf"(?:\b(?:then|later|but|and|only{SP}+to|eventually|quickly|soon|has|had|have)|"
    rf"\b(?:network|streamer|channel|service|platform|broadcaster|studio|it|they)|"
    rf"(?:{network_alias_pattern()}))(?:{SP}+(?:also|quickly|later|then|abruptly|suddenly))?{SP}+$",
    regex.IGNORECASE,
)
_FREE_RELATIVE = fast_pattern(r"\b(?:what|whatever|whichever|who)\s+$", regex.IGNORECASE)
_OF_GAP = fast_pattern(r"\s+of\s+(?:the\s+)?[“\"‘']?", regex.IGNORECASE)
_INDIRECT_QUESTION = fast_pattern(
    r"(?:\b(?:not|never|yet\s+to)\s+|n['’]t\s+)(?:\w+\s+){0,2}?(?:announced|said|revealed|"
    r"confirmed|decided|disclosed|shared|specified|known|clear|sure)\s+(?:\w+\s+){0,2}?"
    r"(?:how|when|whether|if|where)\b|\b(?:unclear|unknown|uncertain)\s+(?:how|when|whether|if)\b",
    regex.IGNORECASE,
)
# "a month after all eight episodes arrived", "weeks after its debut": right after the
# show's release (a time after a numbered season's release names that season instead).
_JUST_RELEASED = fast_pattern(
    rf"\b(?:days?|weeks?|months?){SP}+(?:after|following){SP}+(?:(?:its|the{SP}+(?:show|series)"
    # "its June 10 premiere": a date may stand before the noun
    rf"['’]s)(?:{SP}+(?:\p{{Lu}}\p{{Ll}}+|\d{{1,2}}(?:st|nd|rd|th)?,?)){{0,2}}{SP}+"
    rf"(?:debut|premiere|release|launch)\b|(?:it|the{SP}+(?:show|series)){SP}+"
    rf"(?:first{SP}+)?(?:premiered|debuted|launched|arrived|dropped|was{SP}+released)\b|"
    rf"all{SP}+(?:\w+{SP}+)?(?:of{SP}+its{SP}+)?episodes{SP}+(?:arrived|dropped|landed|premiered|"
    rf"were{SP}+released)\b)",
    regex.IGNORECASE,
)
_SEASON_GIVEN_TO = fast_pattern(
    r"\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){0,2}?(?:season|series|renewal|pickup|order|run)"
    r"(?:\s+order)?\s+to\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:show|series|drama|comedy)\s+)?",
    regex.IGNORECASE,
)
_PLUPERFECT = r"\bhad\s+(?:already\s+|previously\s+|once\s+)?$"
_PLUPERFECT_BEFORE = fast_pattern(_PLUPERFECT, regex.I)
_RELATIVE_PLUPERFECT_BEFORE = fast_pattern(rf"\b(?:that|which)\s+{_PLUPERFECT}", regex.I)
_BREAK = fast_pattern(
    r"\b(?:winter|midseason|mid-season|holiday|summer|spring|brief|short)\s+(?:break|hiatus)\b",
    regex.IGNORECASE,
)
_TURNS_OUT_BEFORE = fast_pattern(
    r"\b(?:turns|turned|turn)\s+out\s+to\s+(?:be|have\s+been)\s+(?:the|its|their)?\s*$",
    regex.IGNORECASE,
)
_SHOWS_SUBJECT_BEFORE = fast_pattern(
    r"\b(?:shows|dramas|comedies|sitcoms|programmes|programs|pilots)(?:\s+(?:below|above|here|"
    r"listed|mentioned|on\s+this\s+list))?\s+(?:(?:were|have\s+been|had\s+been|are)\s+(?:\w+\s+)?)?$",
    regex.IGNORECASE,
)
_IT_OBJECT = fast_pattern(r"\s+it\b", regex.IGNORECASE)
_THAT_OBJECT = fast_pattern(r"\s+that\s+(?:show|series|drama|comedy|sitcom)\b", regex.IGNORECASE)
_NEW_SUBJECT = fast_pattern(r",\s+(?:and|but|while|whereas)\s", regex.IGNORECASE)
_LATTER = fast_pattern(r"the\s+(latter|former)\b", regex.IGNORECASE)
_LATTER_BEFORE = fast_pattern(r"the\s+(latter|former)\s+$", regex.IGNORECASE)
_JOINED = fast_pattern(r"\b(?:as|while|whereas|and|but)\s", regex.IGNORECASE)
_OWNED_BEFORE = fast_pattern(
    rf"(?:\b(?:episodes?|end|finale|premiere|start|middle|half|part|rest|events|cast|trailer)"
    rf"{SP}+(?:of|to){SP}+(?:the{SP}+|its{SP}+|their{SP}+)?|\b(?:\w+ed|was|were|appeared|"
    rf"starred|seen){SP}+(?:in|during|throughout){SP}+(?:the{SP}+)?"
    # "a fan favorite in season three": what happened in a season, not its status
    rf"|\b(?:favou?rites?|regulars?|breakout|standout|roles?|debut|arcs?){SP}+(?:in|during)"
    rf"{SP}+(?:the{SP}+)?"
    # "despite a mixed reaction from critics to the first run": what was said of a season
    rf"|\b(?:reactions?|response|reviews?|ratings|critics|audiences?|viewers){SP}+"
    rf"(?:[\w-]+{SP}+){{0,2}}?(?:to|of|for){SP}+(?:the{SP}+|its{SP}+|their{SP}+)?)$",
    # (matched backwards from the season: the text before it may be a whole sentence)
    regex.IGNORECASE | regex.REVERSE,
)
# "will conclude with the second half of", "wraps up with the rest of": an end in part of a season
_ENDS_WITH_PART = fast_pattern(
    rf"{SP}+(?:with|after){SP}+the{SP}+(?:(?:second|back|final|last){SP}+)?(?:half|part|rest|"
    rf"batch|remaining{SP}+episodes|final{SP}+episodes|last{SP}+episodes){SP}+of\b",
    regex.IGNORECASE,
)
_OWNED_AFTER = fast_pattern(
    rf"^(?:['’]s)?{SP}+(?:finale|premiere|episodes?|opener|trailer|"
    rf"teaser)\b",
    regex.IGNORECASE,
)


# "the flagship drama closed its sixth season": the parent of a spinoff, not the show at hand
_PARENT_BEFORE = fast_pattern(
    r"\b(?:the|its|their)\s+(?:flagship|parent|mothership|original)\s+(?:[\w-]+\s+)?"
    r"(?:series|show|drama|comedy|sitcom|program|programme)\b[^,.;]{0,40}$",
    regex.IGNORECASE,
)
# "Four years after the first run": a time (matched backwards from the season)
_TIME_AFTER_BEFORE = fast_pattern(
    r"\b(?:years?|months?|weeks?|days?)\s+after\s+(?:the\s+|its\s+|their\s+)?$"
    # ("handing the show another year after a third season that ...": the season before)
    r"|\b(?:another|one\s+more)\s+(?:year|season|run)\s+after\s+an?\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_WHILE_BEFORE = fast_pattern(
    r"\b(?:before|until|while|as|when|even\s+before)\s+(?:the\s+|its\s+|their\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_AIRING_AFTER = fast_pattern(
    r"\s+(?:(?:had|has|was|were|is)\s+)?(?:even\s+|fully\s+)?(?:finished|wrapped|ended|aired|"
    r"begun|started|premiered|concluded|debuted|airing|underway|over|come\s+out|came\s+out|"
    r"arrived|dropped|been\s+released|released|streaming)\b",
    regex.IGNORECASE,
)
# "no fifth chapter": a season denied (matched backwards from the season)
_NO_BEFORE = fast_pattern(r"\bno\s+$", regex.IGNORECASE | regex.REVERSE)
# A subject's own verb right after its name: "... and Y is set for its fifth"
_OWN_VERB_AFTER = fast_pattern(
    r"\s+(?:is|are|was|were|will|has|have|had|gets|got|won['’]t|isn['’]t)\b"
)
# An actor's or a maker's other credit: "previously starred in NBC's Timeless"
_OTHER_CREDIT_BEFORE = fast_pattern(
    r"\b(?:previously|earlier|once|formerly|also|last)\s+(?:starred|appeared|played|"
    r"featured|worked|created|wrote)\s+(?:in|on)\s+(?:[\w+]+['’]s\s+)?\p{Lu}[^.;]*$"
)
# An explainer's question about one season ("So, is a season 2 happening?", "And a
# season 3?") and the first sentence of its answer: a yes is an order, a "too soon to
# tell" no decision yet. Not a question of "when" or "who": those ask for details.
_ASKS_WHAT_NEXT = fast_pattern(
    r"^\W*(?:(?:so|and|but|okay|ok)\W+)?(?:(?:is|are|has|have|will|was|did|does|could|can)\b"
    r"(?=.*\b(?:renew\w*|happen\w*|coming|returning|return|back|ordered|order|picked|greenlit|"
    r"confirmed|there|get[^\S\n]+(?:a|another)|more|follow|continue|talk|plans?)\b)|"
    r"what[^\S\n]+about\b|"
    r"(?:a|another)\b)",
    regex.IGNORECASE,
)
_ASKS_FOR_MORE = fast_pattern(
    r"\b(?:another|more|next|further|again|seasons|series\b(?![^\S\n]+\d))", regex.IGNORECASE
)
_YES_ANSWER_OPENING = fast_pattern(
    r"[\s*_]*(?:Yes|Yep|Absolutely|Definitely|It[^\S\n]+(?:has|is|was|will|did)(?=[.!,;])|"
    r"Good[^\S\n]+news)\b(?![^.;]{0,40}\b(?:not|no|but|yet|unclear|unknown)\b)"
)
# (anywhere in the answer's first sentence, which names no decision)
_UNKNOWN_ANSWER = fast_pattern(
    r"\b(?:not[^\S\n]+(?:yet|officially)|(?:has|have)(?:n['’]t|[^\S\n]+not)[^\S\n]+(?:yet[^\S\n]+)?"
    r"(?:said|decided|announced|confirmed)|no[^\S\n]+(?:official[^\S\n]+)?(?:word|decision|"
    r"announcement|news)|too[^\S\n]+(?:soon|early)|(?:nobody|no[^\S\n]+one)[^\S\n]+(?:knows|has)"
    r"|unclear|unknown|undecided|remains[^\S\n]+to[^\S\n]+be[^\S\n]+seen|yet[^\S\n]+to[^\S\n]+"
    r"(?:decide|say|announce|confirm|settle|be[^\S\n]+decided)|made[^\S\n]+no[^\S\n]+"
    r"(?:announcement|decision))\b",
    regex.IGNORECASE,
)
_DECIDED_ANSWER = fast_pattern(
    r"\b(?:renew\w*|order\w*|greenlit|cancel\w*|axed|scrapped|final|last|ended|limited|"
    r"no[^\S\n]+plans|will[^\S\n]+not|won['’]t|not[^\S\n]+(?:be[^\S\n]+back|return))\b",
    regex.IGNORECASE,
)
_UNKNOWN_ANSWER_OPENING = fast_pattern(
    r"[\s*_]*(?:Not[^\S\n]+(?:yet|so[^\S\n]+far|officially)|(?:Nobody|No[^\S\n]+one)"
    r"[^\S\n]+knows|We[^\S\n]+(?:do[^\S\n]+not|don['’]t)[^\S\n]+know|"
    r"It(?:['’]s|[^\S\n]+is)[^\S\n]+(?:(?:far|much|still|a[^\S\n]+bit|way)[^\S\n]+)?too"
    r"[^\S\n]+(?:soon|early)|(?:That|It)[^\S\n]+(?:has[^\S\n]+not|hasn['’]t|is[^\S\n]+not|"
    r"isn['’]t)[^\S\n]+(?:yet[^\S\n]+)?(?:been[^\S\n]+)?(?:decided|confirmed|announced|known|"
    r"clear)|Unclear|Unknown|It[^\S\n]+remains[^\S\n]+to[^\S\n]+be[^\S\n]+seen|"
    r"No[^\S\n]+(?:word|decision)[^\S\n]+yet)\b"
)


def _names_seasons(text: str) -> set[int]:
    """The season numbers a sentence names outright ("season 3", "a fourth season")."""
    return {n for r in find_seasons(text) if r.kind == "explicit" for n in r.numbers}


def _one_season_named(text: str) -> int | None:
    """The season number a sentence names, if it names exactly one ("What about a fourth
    season?")."""
    nums = _names_seasons(text)
    return next(iter(nums)) if len(nums) == 1 else None


def _answered_questions(
    sents: Sequence[SentenceInfo], out: list[StatusMention], main: str | None, focus: int | None
) -> list[StatusMention]:
    """ "So, is a season 2 happening? Yes, ..." and "And a season 3? It is far too soon to
    tell.": a question about one season of the show, answered by the sentence after it,
    when nothing else the article says gives that season a status. A question with no
    number ("Has the show been ordered? Yes.") asks about the season the article is about
    (its heading's), unless it asks for "another" or "more"."""
    told = {(m.show, m.season) for m in out}
    found: list[StatusMention] = []
    for q, a in zip(sents, sents[1:], strict=False):
        if not q.question or not _ASKS_WHAT_NEXT.match(q.text):
            continue
        shows = {m.title for m in q.mentions}
        show = next(iter(shows)) if len(shows) == 1 else (None if shows else q.topic or main)
        nums = _names_seasons(q.text)
        if not nums and focus and show == main and not _ASKS_FOR_MORE.search(q.text):
            nums = {focus}
        if not show or len(nums) != 1 or any(m.title != show for m in a.mentions):
            continue
        n = next(iter(nums))
        if (show, n) in told:
            continue
        if _YES_ANSWER_OPENING.match(a.text):
            status = "renewed"
        elif _UNKNOWN_ANSWER_OPENING.match(a.text) or (
            _UNKNOWN_ANSWER.search(a.text) and not _DECIDED_ANSWER.search(a.text)
        ):
            status = "pending"
        else:
            continue
        evidence = f"{q.text.strip()} {a.text.strip()}"
        found.append(StatusMention(show, n, status, q.start, a.end, evidence, 0.7, cue=a.text))
        told.add((show, n))
    return found


# An answer that opens on yes: "Yes. Sky greenlit the follow-up"
_YES_ANSWER = fast_pattern(r"[\s*_]*(?:Yes|Absolutely|Definitely)\b[.!,:]")
# A maker's or a network's other show: "Whedon's last series", "its previous drama"
_EARLIER_WORK_SUBJECT = fast_pattern(
    r"(?:['’]s?|\b(?:its|their|his|her))\s+(?:(?:last|previous|earlier|former|prior|other|"
    r"first|older)\s+)(?:[\w-]+\s+)?(?:series|show|drama|comedy|sitcom|project|effort)\b"
    # ("the original earned a second-season pickup" beside its reboot: the older show)
    # (not "the whole original squad is returning": the people)
    r"|\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:original|predecessor|forerunner)"
    r"(?:\s+(?:series|show|version|run))?(?:\s*$|\s+(?:(?:also|itself|then|once)\s+)?"
    r"(?:was|were|had|has|earned|got|ran|lasted|aired|received|landed|won|ended|went|wrapped|"
    r"concluded|finished|closed)\b)",
    regex.IGNORECASE,
)
# "confirmed in February that it would not order a third": a decision reported, not a guess
_REPORTED_WOULD = fast_pattern(
    r"\b(?:confirmed|announced|said|revealed|decided|stated|told\s+\w+)\s+(?:[\w,]+\s+){0,4}?"
    r"that\s+(?:it|they|the\s+(?:[\w-]+\s+){0,3}?(?:network|streamer|channel|service|season|"
    r"series|show|drama|comedy))\s+would\s+(?:not\s+)?(?:be\s+)?(?:the\s+)?$",
    regex.IGNORECASE,
)
# A name's words up to a cue that make it a description: " Crime Drama Will ", " drama is "
_DESCRIBED_BY = fast_pattern(
    rf"(?P<noun>(?:{SP}+[\w-]+){{1,3}}){SP}+(?:(?:will|is|has|has{SP}+been|was|would)"
    rf"(?:{SP}+(?:officially|also|now))?{SP}*)?",
    regex.IGNORECASE,
)
# A headline's cut of first-year shows: "Five freshman series will not return", "Cancels
# Its Rookies", "Clears Out Its Freshmen".
_FRESHMAN_CUTS = fast_pattern(
    r"\b(?:freshman|first-year|rookie|new)\s+(?:series|shows|dramas|comedies|sitcoms)\b"
    r"[^.\n]{0,30}?\b(?:will\s+not\s+return|won['’]t\s+return|are\s+out|canceled|cancelled|"
    r"axed|cut|gone|dropped|scrapped)\b"
    r"|\b(?:cancels|cancel|axes|cuts|drops|scraps|clears\s+out)\s+(?:its\s+|their\s+|all\s+)?"
    r"(?:\w+\s+)?(?:freshmen|rookies|first-year\s+shows|freshman\s+(?:series|shows))\b"
    # "How Six Freshman Shows Fared", "Half a dozen rookies": a roundup of first-year shows
    r"|\b(?:freshman|first-year|rookie)\s+(?:series|shows|dramas|comedies|sitcoms)\b"
    # (not "a group of freshmen in their first year": students)
    r"|(?<!\bof\s)\b(?:freshmen|rookies)\b(?!\s+(?:in|at|who|from|on)\b)"
    # "Five dramas that never got a second season", "cut off after a single season"
    # ("series" may be one: "X Series Canceled After Just One Season")
    r"|\b(?:shows|dramas|comedies|sitcoms|ones|them|(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?series)\b[^.\n]{0,40}?\b(?:never\s+got|"
    r"never\s+earned|did\s+not\s+get|didn['’]t\s+get)\s+a\s+second\s+(?:season|series)\b"
    r"|\b(?:shows|dramas|comedies|sitcoms|ones|them|(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?series)\b[^.\n]{0,60}?\b(?:after|with)\s+"
    r"(?:just\s+|only\s+)?(?:a\s+single|one)\s+season\b"
    # "Netflix's one-season club", "one-season wonders", "one and done"
    # (not "bad news for one-season shows": a kind of show, no roundup of cuts)
    r"|\b(?:one|single)-season\s+(?:club|wonders?|casualties|flops)\b"
    r"|\bone[-\s]and[-\s]done\b",
    regex.IGNORECASE,
)


def _lead_end(sents: list[SentenceInfo]) -> int:
    """The index of the last sentence of the headline and standfirst: the first sentence
    that ends in a full stop (0 when none does)."""
    return next((k for k, x in enumerate(sents) if x.text.rstrip().endswith(".")), 0)


def _freshman_headline(sents: list[SentenceInfo]) -> Any:
    """The headline's or standfirst's cut of first-year shows (a match), if it has one:
    what comes before the first sentence that ends in a full stop."""
    lead = _lead_end(sents)
    # ... and the body's opening, up to its first show: "Among the first-year series that
    # are finished are the four below"
    intro = next((k for k, x in enumerate(sents) if k > lead and x.mentions), len(sents))
    return next(
        (
            m
            for x in sents[:intro]
            if _may_cut_freshmen(x.text) and (m := _FRESHMAN_CUTS.search(x.text))
        ),
        None,
    )


# Every branch of _FRESHMAN_CUTS holds one of these (case-blind): a substring test rules
# out most sentences faster than the search. ("first-year" and "rookie" have an "i": a
# capital dotted I matches it but folds to two characters, so such a text is searched.)
_FRESHMAN_NEEDLES = ("new", "freshm", "first-year", "rookie", "second", "season", "done")


def _may_cut_freshmen(text: str) -> bool:
    low = text.casefold()
    return "\u0130" in text or any(n in low for n in _FRESHMAN_NEEDLES)


# before a list item whose verb is left out: "... for a fourth season, " or " and "
_GAPPED_ITEM = fast_pattern(
    rf"(?:[^,;.]{{0,60}}?\b(?:season|series))?{SP}*(?:,|,?{SP}+and){SP}+[“\"‘']?",
    regex.IGNORECASE,
)
# between a decision and the network that made it: "picked up by ", "renewed by the "
_BY_AGENT = fast_pattern(rf"{SP}+by{SP}+(?:the{SP}+)?", regex.IGNORECASE)
_FOR_GAP = fast_pattern(rf"{SP}+{FOR_A}", regex.IGNORECASE)
_PARALLEL_OBJECT = fast_pattern(rf"{SP}+{FOR_A_SEASON_AND}", regex.IGNORECASE)
_FOR_ORDINAL = fast_pattern(rf"{SP}+{FOR_A}{ORD}\b", regex.IGNORECASE)
_SINGULAR_VERB = fast_pattern(
    r"(?:is|was|has|['’]s|ends|gets|returns|wraps|concludes|heads)\b", regex.IGNORECASE
)
_AND_GAP = fast_pattern(r",?\s+(?:and|while|but)\s+", regex.IGNORECASE)
_FINITE_AFTER = fast_pattern(
    r"\s+(?:is|are|was|were|has|have|had|will|won['’]t|would|gets|got|returns|ends|"
    r"heads|remains|stays)\b",
    regex.IGNORECASE,
)
_SEASON_ORDER_OBJECT = fast_pattern(
    rf"{SP}+(?:a|an|another|its|their){SP}+(?:[\w-]+{SP}+)?(?:{ORD}{SP}+)?(?:season|series|run)\b",
    regex.IGNORECASE,
)


@cache
def _show_noun_object() -> Any:
    """A decision's object that is a show by its kind: " the Sunday procedural"."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    return fast_pattern(
        rf"\s+(?:the|its)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})(?!s\b)\b", regex.IGNORECASE
    )


@cache
def _not_titles() -> frozenset[str]:
    """Names that are never titles (titles.json): companies, outlets, page furniture."""
    return frozenset(vocabulary()["not_titles"])


@cache
def _for_the_show() -> Any:
    """A season given to the show pointed back to: "fourth season for the series"."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    return fast_pattern(
        rf"\s*(?:[\w-]+\s+){{0,2}}?(?:season|series)\s+for\s+(?:the|this|that)\s+(?:{nouns})(?!s\b)\b",
        regex.IGNORECASE,
    )


@cache
def _for_described_show() -> Any:
    """A decision given to a show told by its kind: " for a time-travel mystery"."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    return fast_pattern(
        rf"\s+for\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})(?!s\b)\b", regex.IGNORECASE
    )


@cache
def _net_end() -> Any:
    """A network's name just before a comma ("at DirecTV, which ...")."""
    return fast_pattern(rf"(?<![\w-])(?:{network_alias_pattern()})['’]?\s*$")


_APPOSITIVE_GAP = fast_pattern(r",\s+(?:the|a|an|its|their|his|her)\s", regex.IGNORECASE)
_NETWORK_RELATIVE_BEFORE = fast_pattern(
    r"\b(?:network|channel|broadcaster|streamer|service|platform|outlet)[^\S\n]+"
    r"(?:that|which|who)[^\S\n]+(?:\w+[^\S\n]+)?$",
    regex.IGNORECASE,
)
_REMAINING_SUBJECT = fast_pattern(
    r"\b(?:the|its|their)[^\S\n]+(?:remaining|final|last|rest[^\S\n]+of[^\S\n]+the)[^\S\n]+"
    r"(?:\w+[^\S\n]+)?(?:episodes|instal?lments|chapters)\b",
    regex.IGNORECASE,
)
_BEYOND_THIS = fast_pattern(
    r"\b(?:beyond|past|after)[^\S\n]+(?:this|the[^\S\n]+(?:current|new|upcoming)|its[^\S\n]+"
    r"(?:current|new|upcoming))[^\S\n]+(?:season|series|run|batch)\b",
    regex.IGNORECASE,
)
_A_SEASON = fast_pattern(
    rf"\b(?:a|an)[^\S\n]+({ORD})[^\S\n]+(?:season|series)\b(?![^\S\n]+of\b)", regex.IGNORECASE
)
_BEYOND_ORDINAL = fast_pattern(
    rf"\b(?:beyond|past)[^\S\n]+(?:the|its|their)[^\S\n]+(?P<o>{ORD})[^\S\n]+"
    r"(?:season|series|run|batch)\b",
    regex.IGNORECASE,
)
# what an unconfirmed detail is: a date, a count, a title, a cast (not the season itself)
_DETAIL_NOUNS = (
    r"(?:(?:release|premiere|air|broadcast|transmission|launch|return|start|filming|production)"
    r"[^\S\n]+dates?|episode[^\S\n]+(?:count|order)|number[^\S\n]+of[^\S\n]+episodes|"
    r"(?:a[^\S\n]+|the[^\S\n]+)?(?:title|trailer|cast(?:ing)?|runtime|schedule))"
)
# a capital opening the cue, after a capitalised word (and perhaps "an", "the", "of")
# that is not the sentence's first, one space apart (not a table's tab): the cue's word is
# inside a name
_IN_CAPITALISED_NAME = fast_pattern(r"(?:.*\S )\p{Lu}[\p{L}'’\-]*(?: (?:a|an|the|of|and))? \p{Lu}$")
# a lower-case word of five letters or more: a sentence of prose, not a headline in capitals
_PROSE = fast_pattern(r"(?<![\p{L}'’\-])\p{Ll}{5,}\b")
_NO_SIGN_BEFORE = fast_pattern(
    r"\b(?:no|little|scant|without(?:[^\S\n]+any)?)[^\S\n]+(?:(?:official|public|clear|real|firm)"
    r"[^\S\n]+)?(?:sign|signs|word|indication|indications|evidence|hint|suggestion|guarantee|"
    r"confirmation|news|announcement|reason[^\S\n]+to[^\S\n]+(?:think|believe|expect))"
    r"(?:[^\S\n]+(?:yet|so[^\S\n]+far))?[^\S\n]+(?:that|of)\b",
    regex.IGNORECASE,
)
_DETAIL_NOUN_BEFORE = fast_pattern(
    rf"(?:\b(?:an?|the|its|no)[^\S\n]+{_DETAIL_NOUNS}"
    # "Guest stars from the second season have not been confirmed": people, not the show
    rf"|\b(?:guest|returning|new|other)[^\S\n]+(?:stars|cast[^\S\n]+members|actors|faces)"
    rf"|\bcast[^\S\n]+members)\b"
    rf"(?:[^\S\n]+(?:for|of|from)[^\S\n]+[^,;.]{{1,25}}?)?[^\S\n]*$",
    regex.IGNORECASE,
)
_DETAIL_NOUN_AFTER = fast_pattern(
    rf"[^\S\n]+(?:(?:yet|officially)[^\S\n]+)?(?:an?|the|its|any)[^\S\n]+{_DETAIL_NOUNS}\b",
    regex.IGNORECASE,
)
# between a line's show and its verdict: " — ", " (Hulu) - ", ": "
_VERDICT_DASH = fast_pattern(
    r"[^\S\n]*(?:[(\[][^)\]\n]{1,30}[)\]][^\S\n]*)?(?:[—–:|]|--?)[^\S\n]*[*_]*"
)
_COLON_CLAUSE = fast_pattern(r":\s+(?=\p{Lu})")
_HEDGE_END = fast_pattern(r"\b(?:whether|if)$", regex.IGNORECASE)


def _after_colon(left: str) -> str:
    """The part of ``left`` after its last colon or semicolon (all of it if none)."""
    return left[max(left.rfind(":"), left.rfind(";")) + 1 :]


_CLAUSE_AND = fast_pattern(r",\s+(?:and|but)\s+(?=(?:a|an|the)\s|$)", regex.IGNORECASE)


def _after_clause_and(left: str) -> str:
    """The part of ``left`` after its last ", and" before a new subject ("..., and a")."""
    ends = [m.end() for m in _CLAUSE_AND.finditer(left)]
    return left[ends[-1] :] if ends else left


_MODALS = frozenset(("could", "might", "may", "would", "should", "shall"))
_BELIEFS = frozenset(("believe", "believes", "believed", "believing"))
_FINITE_CUE = fast_pattern(r"(?:was|were|is|are|has)\b", regex.IGNORECASE)
_NEXT_CLAUSE = fast_pattern(r",\s+(?:and|but)\b|;", regex.IGNORECASE)
_CLAUSE_SUBJECT = fast_pattern(r"\s+(?:(?i:the|it|its|this|that|they|their)\b|\p{Lu})")
# A modal right after a decision's noun: "a renewal would need ...", "a fourth season
# could happen", "a renewal seems unlikely"
_HEDGE_AFTER = fast_pattern(
    # ("a renewal never looked likely": an adverb before the hedge)
    r"[^\S\n]+(?:(?:never|always|once|still|hardly|rarely)[^\S\n]+)?"
    r"(?:(?:would|could|might|may|should|seems|seemed|looks|looked|appears|appeared)\b|"
    r"(?:is|was|remains|looks|seems)[^\S\n]+(?:(?:very|highly|still|now)[^\S\n]+)?"
    r"(?:un)?likely\b|"
    # ("a renewal is only a matter of time": a forecast, not a decision)
    r"(?:is|seems|looks|feels)[^\S\n]+(?:(?:only|just|surely|probably|simply)[^\S\n]+)?a[^\S\n]+"
    r"(?:matter|question)[^\S\n]+of[^\S\n]+(?:time|when)\b|"
    # ("A renewal is another matter.": not said to be coming)
    r"(?:is|remains)[^\S\n]+(?:another|a[^\S\n]+different|a[^\S\n]+separate)[^\S\n]+"
    r"(?:matter|story|question)\b|(?:is|remains)[^\S\n]+(?:far[^\S\n]+from|not|no[^\S\n]+longer)"
    r"[^\S\n]+(?:certain|guaranteed|assured|a[^\S\n]+given)\b)",
    regex.IGNORECASE,
)
# An order that makes a new show: "ordered Reaper to series", "gave it a series order",
# "greenlit Lanterns", "commissioned X as a new series", "ordered a first series".
SERIES_ORDER = fast_pattern(
    r"\bseries orders?\b|\bordered\b[^.;]{0,60}?\bto series\b|\bstraight[- ]to[- ]series\b"
    r"|\b(?:ordered|commissioned|greenlit|green-lit)\b[^.;]{0,60}?\bas an? (?:[\w-]+ ){0,2}series\b"
    r"|\b(?:ordered|commissioned|greenlit|green-lit) (?:a|its) (?:[\w-]+ )?(?:first|debut)"
    r" (?:season|series)\b"
    r"|\b(?:has|have|had) (?:greenlit|green-lit)\b"
    # ("Status: Ordered, and the first season is in production.": a roundup's verdict on a
    # show not yet made)
    r"|^[*_]*(?:status|verdict)[*_]*:[^\S\n]*[*_]*(?:ordered|greenlit|green-lit|commissioned)\b",
    regex.IGNORECASE,
)
# A cue ending on an ordinal with its noun left out: "will not be followed by a thirteenth"
# ... or opening it, before its verb: "so a third is off the table"
_BARE_ORDINAL_END = fast_pattern(
    rf"\b(?:a|an)[^\S\n]+(?P<o>{ORD})(?:$|(?=[^\S\n]+(?:is|was|has[^\S\n]+been|remains)"
    rf"[^\S\n]+off[^\S\n]+the[^\S\n]+table))",
    regex.IGNORECASE,
)
# a clause's subject that is "it", after its sentence named one show
# ("Tehran ... had a similar reception before it was picked up": a time clause's "it")
_IT_SUBJECT = fast_pattern(
    r"[\s,;:—–-]*(?:(?:and|but|so|before|after|until|once|when|since)\s+)?it\s*", regex.IGNORECASE
)
# ("CBS is bringing back the drama"; "NBC is done with X": an adjective, still active)
_PROGRESSIVE = fast_pattern(
    r"(?:not\s+)?\w+ing\b|(?:done|finished|through) with\b", regex.IGNORECASE
)


# "scrapped the second season", "canceled its planned season 3"; "the second season
# has been scrapped": a cancellation whose object is a season, not the show.
_SEASON_OBJECT = fast_pattern(
    rf"{SP}+(?:the|its|their)(?:{SP}+(?:planned|promised|upcoming|ordered|already-ordered))?"
    rf"{SP}+(?:{ORD}(?:-|{SP}+)season|season{SP}+{NUM})\b(?!['’]s)",
    regex.IGNORECASE,
)
_SEASON_SUBJECT = fast_pattern(
    rf"\b(?:the|its|their){SP}+(?:{ORD}(?:-|{SP}+)season|season{SP}+{NUM})"
    rf"(?:{SP}+of{SP}+[^,.;]{{1,60}}?)?{SP}+(?:has|had|was|is)(?:{SP}+(?:been|now|officially|also|since))*{SP}*$",
    regex.IGNORECASE,
)


def _season_undone(text: str, s: int, e: int, form: str) -> bool:
    """Whether a cancellation's object is a season rather than the show ("scrapped the
    second season it ordered", "the second season has been scrapped")."""
    if " season" not in text.casefold():
        return False
    if form == "active":
        return _SEASON_OBJECT.match(text, e) is not None
    if form == "passive":
        return _SEASON_SUBJECT.search(text, max(0, s - 80), s) is not None
    return False


# What may stand between ", and" and a cue when the clause keeps the subject before it.
_SAME_SUBJECT = fast_pattern(
    r"(?:(?:it|they|both|all|has|have|had|was|were|is|are|will|would|now|also|since|then|"
    r"officially|already|quickly|later|the\s+(?:show|series))\b\s*)*",
    regex.IGNORECASE,
)


# "ordered no sixth season", "picked up none of them": the object denies the order
_NO_OBJECT_AFTER = fast_pattern(r"[^\S\n]+(?:no|none|neither)\b", regex.IGNORECASE)
# ", the drama that critics kept begging viewers to sample, ": a description of the show
# with a relative clause of its own, closed by a comma before the main verb
_RELATIVE_ASIDE = fast_pattern(
    r",\s+(?:the|a|an|its|their|his|her)\s+[^,;:()]{0,60}?\b(?:that|which|whom)\b[^,;:()]{1,100},\s",
    regex.IGNORECASE,
)


def _other_subject(text: str, after: int, cue_start: int) -> bool:
    """Whether a clause with a subject of its own opens between a show named (ending at
    ``after``) and the cue: "X, ..., after three seasons, and several of its dramas have
    been dropped"; not "X premiered in May, and it has been renewed"."""
    if ", " not in text[after:cue_start]:
        return False
    conj = next(reversed(list(_NEW_SUBJECT.finditer(text, after, cue_start))), None)
    if conj is None:
        return False
    if _SAME_SUBJECT.fullmatch(text, conj.end(), cue_start):
        return False
    # ", and the drama has been renewed": a word for the show keeps it the subject
    return _words()["subject_ok"].search(text, conj.end(), cue_start) is None


# An initialism's last full stop inside a sentence ("Doogie Howser, M.D. back"): the
# title's, not the sentence's
_INITIALS_STOP = re.compile(r"(?<=\.[A-Z])\.(?= [a-z])")


# Episodes that have run their course: "which began on May 2 and wrapped on June 6"
_RUN_OVER = fast_pattern(
    r"\b(?:began|premiered|debuted|started)\b[^.;]{0,60}\band\s+(?:ended|wrapped|concluded|"
    r"finished)\b",
    regex.IGNORECASE,
)


def _title_stops_blanked(text: str, mentions: list[Mention]) -> str:
    """``text`` with the commas and full stops of its show titles blanked (same length):
    a cue reads no clause's end in "decided against bringing Doogie Howser, M.D. back" or
    "decided against bringing Mr. Robot back"."""
    for m in mentions:
        end = m.end + 1 if _INITIALS_STOP.match(text, m.end) else m.end
        piece = text[m.start : end]
        if (blanked := piece.translate(_STOPS_BLANKED)) != piece:
            text = text[: m.start] + blanked + text[end:]
    return text


_STOPS_BLANKED = str.maketrans(",.;", "   ")


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for i in items:
        if i not in seen:
            seen.append(i)
    return seen


@Language.factory("knowsofar_status")
def make_status_finder(nlp: Language, name: str) -> StatusFinder:
    return StatusFinder()
