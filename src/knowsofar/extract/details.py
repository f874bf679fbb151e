"""The rest of what an article says about a show: its series premiere, release
dates of coming seasons, genres, plot sentences, trailer links and episode counts.

The series premiere is a past-tense premiere with no later season in its
clause ("Glass Harbor premiered in 2021", "since premiering in May
2016", "The first season of X ... premiered on Netflix on March 8, 2018",
"the first series landed on 22 April 2022", "all ten episodes dropped on April
6, 2023"), or a premiere named as a noun ("days after its January 2023
premiere", "since its debut in 2019", "its opening episode last year", "weeks
after its June 10 premiere" with the year from the article's date), or the start
of a run ("closing out a run that began on July 21, 2017"). A
"the series"/"the show" subject is the article's show, not a title named
earlier in the sentence ("Based on the comics by X, the show debuted ...").
Spans and durations date it too ("ran on CBS from 2005 to 2014", "has lived on
Fox since December 1989", "began its reign on ...", "went out in April 2014",
"since October 2014, when the show spun off"), and so does a new show's own
series ("gets her own series, X, later this year"; under X's heading, "gave the
vigilante his own show in November 2017"). A name before the verb that is no
show the article knows ("Netflix launched in 2007", "Her drama Tin Bell, about a
boxer, was released in December") keeps its date to itself,
and so does "the original X" a new show comes from.
"Its second season, which premiered in March 2021", "the midseason
premiere" and "will premiere on March 12" are not: the last one is a
coming season's release date.

The ``knowsofar_details`` component stores a list of :class:`Detail` under
``results(doc)["details"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.extract import results
from knowsofar.extract.dates import DATE_RE, DAY, MONTH, YEAR, find_dates, parse_absolute
from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.networks import network_alias_pattern, network_names_folded
from knowsofar.extract.seasons import NUMBERS, find_seasons
from knowsofar.extract.titles import SentenceInfo, TitleResult
from knowsofar.extract.vocab import SP, WordFinder, load_data, trie_alternation


@dataclass
class Detail:
    kind: str  # a claim kind: premiere, release_date, genre, plot, trailer, episode_count
    show: str
    value: dict[str, Any]
    start: int
    end: int
    evidence: str
    season: int | None = None
    confidence: float = 0.8
    extra: dict[str, Any] = field(default_factory=dict)


_DESCRIBED_THAT = fast_pattern(
    r",\s+(?:the|a|an|its|their)\s+[^,;.]{0,50}?\b(?:drama|comedy|series|show|sitcom|thriller|"
    r"procedural|miniseries|anthology|adaptation|cartoon|anime|reboot|revival|spinoff|"
    r"spin-off)\s+(?:that|which)\s+(?:first\s+|originally\s+)?$"
)


def _dated(kind: str, show: str, date: str, sent: SentenceInfo, **kw: Any) -> Detail:
    """A premiere or release date read from a whole sentence, which is its evidence."""
    return Detail(kind, show, {"date": date}, sent.start, sent.end, sent.text.strip(), **kw)


@cache
def genres() -> list[str]:
    return load_data("genres.json")["genres"]


@cache
def _patterns() -> dict[str, Any]:
    g = trie_alternation(genres())
    return {
        "premiere": fast_pattern(
            r"\b(?:premiered|debuted|launched|released|first\s+aired|began\s+airing|"
            r"arrived|bowed|(?:since|after|before)\s+(?:premiering|debuting|launching)|"
            r"first\s+(?:premiered|debuted|launched|hit|previewed|opened|streamed|appeared|"
            r"screened|broadcast|went\s+out|(?:showed|turned|popped)\s+up|"
            r"reached\s+(?:screens|(?:the\s+)?airwaves|viewers))|"
            # "The first series was broadcast on BBC Two in January 2015" (first: checked)
            r"(?P<broadcast>(?:was|were)\s+(?:first\s+)?(?:broadcast|aired|shown))|"
            r"(?:first\s+)?went\s+(?:on|to)\s+(?:the\s+)?air|made\s+(?:its|their)\s+(?:series\s+)?debut|"
            r"began\s+its\s+(?:reign|run)|"
            # "Line of Duty began on BBC Two in June 2012", "began life on BBC Two"
            rf"began(?=\s+(?:life\s+)?on\s+(?:{network_alias_pattern()})\b)|"
            # "closing out a run that began on July 21, 2017": the whole run's start
            r"(?:a|its|their|the\s+(?:show|series)['’]s)\s+(?:[\w-]+\s+)?run,?\s+(?:that|which)\s+(?:first\s+)?"
            r"(?P<run>began|started)|"
            # "The first season aired in October 2015": the first season's airing
            r"(?<=\b(?:first|debut|opening)\s+(?:season|series)\s+)aired|"
            # "went out in April 2014": a release only right before its date
            r"(?P<bare>landed|dropped|hit|went\s+out|went\s+up)|"
            # "ran on CBS from 2005 to 2014": the start of the span
            r"(?P<span>ran|aired)|"
            # "has lived on Fox since 1989", "the series has been airing since May 2016"
            r"(?:has|have)\s+(?P<since>lived|aired|run|been\s+(?:airing|running|"
            r"adapting|on\s+(?:the\s+)?air))|"
            # "has been on FX since February 2017": only a network between
            rf"(?:has|have)\s+(?P<since_on>been)(?=\s+on\s+(?:{network_alias_pattern()})\s+since\b)|"
            # "The show began in May 2014", "since it began in October 2011", "began life as
            # a one-off pilot broadcast on ...": said of the show itself (checked)
            r"(?P<began>began|started|opened)(?!\s+(?:to|filming|shooting|production|work|"
            r"casting|writing|development|talks|negotiations|rehearsals|its|their|the|a|an|"
            r"with|by)\b))\b",
            regex.IGNORECASE,
        ),
        "not_series": fast_pattern(
            r"\b(?:midseason|mid-season|season\s+premiere|finale|"
            r"volume|part\s+\d|trailer|teaser|film|"
            r"movie|special)\b",
            regex.IGNORECASE,
        ),
        "season_given": fast_pattern(
            r"\b(?:handed|given|gave|gives|granted|ordered|renewed\s+for|picked\s+up\s+for|"
            r"got|gets|earned|landed)\s+(?:it\s+|the\s+show\s+)?(?:a|an)?\s*$",
            regex.IGNORECASE,
        ),
        "future_before": fast_pattern(
            r"\b(?:will|would|set\s+to|expected|slated|scheduled)\b", regex.IGNORECASE
        ),
        "first_season_gap": fast_pattern(
            r"\s+(?:all\s+)?(?:\w+\s+)?episodes\s+of\s+(?:the|its)\s+(?:first|debut)\s+"
            r"(?:season|series)\s+(?:on|in)\s+",
            regex.IGNORECASE,
        ),
        "source_work": fast_pattern(
            # lower case: "Squid Game premiered" is the show's own name
            # (not "this adaptation of Esi Edugyan's novel premiered": the adaptation did)
            r"(?<!\b(?:adaptation|version|retelling)\s+of\s+(?:[\w'’.-]+\s+){0,4})"
            r"\b(?:book|novel|album|song|comic|game|play)s?\W+(?:(?:that|which|was|were|first|originally)\W+)*$"
        ),
        # "the episode premiered", "new episodes debut": not the series, unless they are the
        # first ones or all of them ("the first eight episodes", "all ten episodes", "the
        # first batch of episodes").
        "some_episodes": fast_pattern(
            # (not "the eight-episode series": a description of the whole show)
            r"(?<!(?:first|all)\s+(?:[\w-]+\s+)?|\bfirst\s+(?:batch|set)\s+of\s+)(?<!-)\bepisodes?\b",
            regex.I,
        ),
        "other_version": fast_pattern(
            r"\b(?i:the|its)\s+(?:(?:original|parent|earlier|previous|older)\s+(?:\p{Lu}|"
            r"(?i:show|series|version|drama|comedy|sitcom))|first\s+\p{Lu})",
        ),
        # "gets her own series, Gull Point, later this year": a new show and its release
        "own_series": fast_pattern(
            r"\b(?:gets|get|is\s+getting|are\s+getting|will\s+get|lands|will\s+land)\s+"
            r"(?:her|his|its|their)\s+own\s+(?:[\w-]+\s+)?(?:series|show|spinoff|spin-off),\s+",
            regex.IGNORECASE,
        ),
        # "Netflix gave the vigilante his own show in November 2017"
        "own_series_past": fast_pattern(
            r"\b(?:got|gave|earned|landed|took|moved|graduated|won)\b[^.;]{0,80}?\b(?:his|her|"
            r"its|their)\s+own\s+(?:[\w-]+\s+)?(?:series|show)\s+(?=in\s|on\s)",
            regex.IGNORECASE,
        ),
        "passive": fast_pattern(r"\b(?:was|were|been|being|got|get|gets)\s+$", regex.I),
        "which_before": fast_pattern(r",\s*which\s+$"),
        # ("went up on the service on February 14": the platform may come between)
        "date_next": fast_pattern(
            r"(?:\s+on\s+(?:the|its)\s+(?:service|platform|streamer|network|channel)"
            # "landed on Netflix on February 23, 2018"
            rf"|\s+on\s+(?:{network_alias_pattern()}))?"
            r"\s+(?:on\s+|in\s+)?"
        ),
        # what stands between "ran"/"has lived" and its date: "on CBS from", "on Fox since"
        # (the date right after the preposition: "ran from the police in 2019" is no span)
        "span_lead": fast_pattern(
            r"(?:\s+(?:on|at)\s+[^,.;]{1,25}?)?\s+(?:from\s+\S+|from)", regex.I
        ),
        "since_lead": fast_pattern(
            r"(?:\s+(?:on|at)\s+[^,.;]{1,25}?)?\s+(?:since\s+\S+|since)", regex.I
        ),
        # "October 2014, when the show spun off from X": the date before is the premiere
        "when_premiered": fast_pattern(
            r",\s+when\s+(?:the\s+(?:show|series)|it|(?P<named>\p{Lu}[^,.;]{0,60}?))\s+"
            r"(?P<verb>(?:first\s+)?(?:premiered|"
            r"debuted|launched|arrived|spun\s+off|aired))\b",
            regex.IGNORECASE,
        ),
        # "The series, loosely based on the 1973 film, premiered": the source named in an
        # aside is not the subject of the verb
        "source_aside": fast_pattern(
            r"(?:^|,)\s*(?:(?:loosely|partly|very\s+loosely)\s+)?(?:based\s+on|adapted\s+from|"
            r"inspired\s+by|drawn\s+from)\s[^,;]{1,80},",
            regex.IGNORECASE,
        ),
        "first": fast_pattern(
            r"\b(?:first\s+(?:season|series)|series\s+premiere|season\s+(?:1|one)|pilot|"
            r"of\s+the\s+first)\b",
            regex.IGNORECASE,
        ),
        "all_episodes": fast_pattern(
            r"\ball\s+(?:(?:\d+|[a-z]+)\s+)?episodes\b(?!\s+of\s+(?:season|series)\s)",
            regex.IGNORECASE,
        ),
        "noun_premiere": fast_pattern(
            rf"\b(?:its|their|a|an|the)\s+(?P<when>{MONTH}\s+(?:\d{{1,2}},?\s+)?{YEAR}|"
            rf"(?:(?:early|late|mid|spring|summer|fall|autumn|winter)[-\s]+){YEAR}|{YEAR})"
            r"\s+(?:series\s+)?(?:premiere|debut|launch)\b(?!\s+(?:of|for)\s+(?:its|the)\s+\w+\s+season)",
            regex.IGNORECASE,
        ),
        # "less than two months after its June 10 premiere": a day without its year is the
        # last one before the article only after "after" or "since" (not "ahead of").
        # "around the time of its January 13 debut", "within weeks of its June debut"
        "noun_premiere_day": fast_pattern(
            rf"\b(?:after|since|following|(?<!ahead\s)of)\s+(?:its|their)\s+(?P<when>{MONTH}(?:\s+{DAY})?)"
            r"\s+(?:series\s+)?(?:premiere|debut|launch)\b(?!\s+(?:of|for)\s)",
            regex.IGNORECASE,
        ),
        # "since its debut in 2019", "its premiere back in March 2020": the date after
        "noun_premiere_after": fast_pattern(
            r"\b(?:its|their|the\s+(?:show|series)['’]s?)\s+(?:series\s+)?(?:premiere|debut|"
            r"launch)\s+(?:back\s+)?(?:in|on)\s+",
            regex.IGNORECASE,
        ),
        # "drew 4 million viewers for its opening episode last year"
        "first_episode": fast_pattern(
            r"\b(?:its|their|the\s+(?:show|series)['’]s?)\s+(?:opening|first|debut|premiere|"
            r"pilot)\s+episode\b",
            regex.IGNORECASE,
        ),
        "speculation": fast_pattern(
            # "may" in lower case only: "May 2016" is a month
            r"\b(?:likely|unlikely|could|might|(?-i:may)|possibly|perhaps|if|would|hope|hoping|"
            r"rumou?r)",
            regex.IGNORECASE,
        ),
        "days_after_debut": fast_pattern(
            rf"\bin\s+(?P<mon>{MONTH})\s+(?P<year>{YEAR}),?\s+(?:(?:only|just|less\s+than|"
            r"barely|not\s+even)\s+)?(?:a|one|two|three|four|five|six|a\s+few|\d+)\s+(?:days?|weeks?)"
            r"\s+after\s+(?P<subj>the\s+(?:series|show)|it)\s+(?:premiered|debuted|launched)\b",
            regex.IGNORECASE,
        ),
        "future_release": fast_pattern(
            r"\b(?:will\s+(?:premiere|debut|launch|be\s+released|arrive|drop|return|air|be\s+"
            r"available|stream|begin|start)|(?:is|are)\s+(?:set|scheduled|slated|due|expected|"
            r"about)\s+to\s+(?:be\s+)?(?:premiere|debut|launch|release|arrive|drop|return|air|"
            r"stream|hit)|(?:is|are)\s+(?:still\s+)?due(?!\s+to\b)(?:\s+(?:out|back))?|"
            r"(?:returns|begins)\s+on|premieres|debuts|arrives|launches|drops|lands)\b",
            regex.IGNORECASE,
        ),
        "genre": fast_pattern(
            # "action-comedy": any hyphenated lead (possessive: a plain word costs nothing)
            rf"(?<![\w-])(?:\w++-)*(?P<g>{g})(?=(?:{SP}+(?:series|show|drama|comedy))?"
            rf"(?:{SP}+(?:that|which|about|starring|from|created|based|follows|is|was|has|"
            rf"released|premiered|debuted|centers|,|—|–)|[,.;:]|{SP}+[“\"‘']?(?-i:\p{{Lu}})))",
            regex.IGNORECASE,
        ),
        "genre_lead": fast_pattern(
            rf"(?:(?i:\b(?:the|a|an|this|its|their|hit|new|popular|acclaimed))|\b[\w-]+['’]s?"
            rf"|\b\p{{Lu}}[\w+]*(?:['’]s)?){SP}+(?:[\w-]+{SP}+){{0,2}}$"
        ),
        "plot": fast_pattern(
            r"\b(?:follows|followed|centers\s+on|centres\s+on|centered\s+on|revolves\s+around|"
            r"tells\s+the\s+story|is\s+about|examines|chronicles|tracks|explores)\b",
            regex.IGNORECASE,
        ),
        "url": fast_pattern(r"https?://[^\s)\]>\"']+"),
        "trailer": fast_pattern(r"\b(?:trailer|teaser)\b", regex.IGNORECASE),
        "episodes": fast_pattern(
            r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-two|twenty-four)"
            r"[-\s]+episodes?\b",
            regex.IGNORECASE,
        ),
        "episode_verbs": fast_pattern(
            r"\b(?:will\s+(?:have|consist|feature|run|be\s+made\s+up)|consists?\s+of|"
            r"(?:is|are|was)\s+(?:made\s+up|comprised)\s+of|will\s+be|has|had|ordered|order|"
            r"run\s+of|comprises?)\b",
            regex.IGNORECASE,
        ),
    }


PREMIERE_WORDS = (
    "premier",
    "debut",
    "launch",
    "releas",
    "aired",
    "airing",
    "arriv",
    "bowed",
    "previewed",
    "opened",
    "went up",
    # the verbs of a coming release ("will be available", "is set to stream"): the
    # auxiliaries alone ("will", "set to") are in most sentences
    "drop",
    "return",
    "air",
    "available",
    "stream",
    "begin",
    "start",
    "hit",
    "lands",
    "landed",
    "went out",
    "began",
    "started",
    "screened",
    "broadcast",
    "shown",
    "appeared",
    "showed up",
    "turned up",
    "popped up",
    "ran ",
    "lived",
    " run ",
    "running",
    "adapting",
    " on the air",
    " on air",
    " due ",
    "been on ",
)


@cache
def _genre_words() -> tuple[str, ...]:
    # The genre pattern, the plot, trailer and episode checks all need one of these words.
    return tuple(
        {g.split()[-1].split("-")[-1] for g in genres()}
        | {
            "follow",
            "center",
            "centre",
            "revolves",
            "story",
            "about",
            "examines",
            "chronicles",
            "tracks",
            "explores",
            "trailer",
            "teaser",
            "episode",
        }
    )


@cache
def _genre_first_words() -> tuple[str, ...]:
    """The first word of every genre: one of them stands in any match of the genre pattern."""
    return tuple({g.split()[0].casefold() for g in genres()})


@cache
def _key_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The premiere words, the genre words and the genres' first words."""
    return frozenset(PREMIERE_WORDS), frozenset(_genre_words()), frozenset(_genre_first_words())


@cache
def _key_words() -> WordFinder:
    """Finds the words of :func:`_key_word_sets`."""
    return WordFinder(frozenset().union(*_key_word_sets()))


def _show_for(sent: SentenceInfo, rel: int, titles: TitleResult) -> str | None:
    before = [m for m in sent.mentions if m.start - sent.start <= rel]
    if before:
        return before[-1].title
    if sent.mentions:
        return sent.mentions[0].title
    return sent.topic or titles.main


# A show's own description between a title and its verb: "Daredevil, the series that
# launched"; against a new subject that stands for the article's show: ", the show debuted".
APPOSITIVE = fast_pattern(
    r",?\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:series|show|drama|comedy|sitcom|thriller|"
    r"spinoff|spin-off|prequel|sequel)"
    r"\s+(?:that|which)\s+(?:first\s+)?",
    regex.IGNORECASE,
)
SUBJECT = fast_pattern(
    r"\b(?:(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:series|show|drama|comedy|sitcom|thriller|"
    r"adaptation|reboot|revival|spinoff|spin-off|prequel|sequel|programme)|it)\s+"
    r"(?:(?:has|had|was|first|originally|initially)\s+)*$",
    regex.IGNORECASE,
)


def _premiere_show(sent: SentenceInfo, at: int, titles: TitleResult) -> str | None:
    """The show whose premiere a verb at sentence offset ``at`` reports."""
    before = [m for m in sent.mentions if m.start - sent.start <= at]
    gap_start = before[-1].end - sent.start if before else 0
    gap = sent.text[gap_start:at]
    if before and APPOSITIVE.fullmatch(gap):
        return before[-1].title
    subject = SUBJECT.search(gap)
    if subject:
        if before and subject.group().casefold().startswith("it"):
            # "Mill Pond was renewed three weeks after it premiered": the pronoun is the
            # sentence's own show.
            return before[-1].title
        # "Based on the comics by Jo Bell, the show debuted in 2019": the article's show.
        return sent.topic or titles.main
    return _show_for(sent, at, titles)


# The word just before a verb, past its auxiliaries: "Netflix (has) launched", "It premiered".
LAST_WORD = fast_pattern(
    r"(?P<word>[\w'’+.&-]+)[\"'’”]?\s+(?:(?:has|had|was|first|originally|initially|itself)\s+)*$",
    regex.IGNORECASE,
)
# ... or before a lower-case aside between commas, when no preposition governs it:
# "Mank, about Citizen Kane, was released" (not "the Griffins of Quahog, Rhode Island,").
LAST_WORD_ASIDE = fast_pattern(
    r"(?<!\b(?i:of|in|at|on|from|for|with|about|by|to|near|and)\s+)(?P<word>[\w'’+.&-]+)"
    r"[\"'’”]?,\s+\p{Ll}[^,;\n]{0,80},\s+(?i:(?:has|had|was|first|originally|initially)\s+)*$"
)
# The show as the subject of "began": "it", "the show", "the series" right before.
BEGAN_SUBJECT = fast_pattern(
    r"\b(?:it|the\s+(?:show|series|drama|comedy|sitcom|programme|program|saga|serial)"
    # "The first series started in September 2017", "The first run began on ..."
    r"|(?:the|its|their)\s+(?:first|debut|opening)\s+(?:season|series|run)"
    # "Series one started on BBC Two in November 1992"
    r"|(?:season|series)\s+(?:one|1)"
    # "Howard Overman's show began in November 2009": its maker's show
    # ("Abi Morgan's drama about a newsroom in the 1950s began in July 2011")
    # ("HBO's Hollywood comedy, which began in July 2004")
    r"|\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2}['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:show|series|drama|comedy|sitcom)"
    r"(?:\s+(?:about|set\s+in)\s+[^,;.()]{1,60}?|,\s+which)?"
    # "... in a series that began in August 1995"
    r"|\b(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:show|series|drama|comedy|sitcom)\s+that"
    # "The ten-part fantasy, which began in October 2015": the show described, then "which"
    r"|the\s+(?:[\w-]+\s+){0,2}(?:show|series|drama|comedy|sitcom|fantasy|thriller|saga|"
    r"serial|programme|program),\s+which)"
    r"\s+(?:first\s+|originally\s+|initially\s+)?$",
    regex.IGNORECASE,
)
# A network or company the verb's "which" stands for, not the show
_OUTLET_WHICH = fast_pattern(
    r"\b(?:network|channel|streamer|service|platform|broadcaster)s?,?"
    r"\s+which\s+(?:first\s+|originally\s+|only\s+)?$",
    regex.IGNORECASE,
)
PRONOUNS = frozenset({"It", "This", "That", "They", "He", "She", "These", "Those", "Which"})


# What a network releases that is the show's own: its episodes, its season, the show.
NETWORK_RELEASED = fast_pattern(
    r"\s+(?:all\s+)?(?:(?:\d+|[a-z]+)\s+)?(?:episodes|the\s+(?:first\s+)?(?:season|series|show)"
    # ("Fox launched the mystery in September 2002": the show, by its kind)
    r"|the\s+(?:[a-z-]+\s+)?(?:drama|comedy|sitcom|mystery|thriller|procedural|soap|series|"
    r"show|cartoon|anthology|western|serial|dramedy)"
    r"|it)\b",
    regex.IGNORECASE,
)


def _unnamed_subject(sent: SentenceInfo, at: int, verb_end: int, titles: TitleResult) -> bool:
    """Whether a verb at sentence offset ``at`` has a name for its subject that is not a
    show the article knows ("Netflix launched in 2007", "Harbor Nights ran from 2005"
    where that title went unread): its date belongs to someone else."""
    m = LAST_WORD_ASIDE.search(sent.text, max(0, at - 150), at) or LAST_WORD.search(
        sent.text, max(0, at - 60), at
    )
    if not m or not m.group("word")[:1].isupper() or m.group("word") in PRONOUNS:
        return False
    end = sent.start + m.end("word")
    if any(abs(x.end - end) <= 2 for x in sent.mentions):
        return False
    word = m.group("word").casefold()
    if any(word in _TITLE_WORDS.findall(show.casefold()) for show in titles.shows):
        return False  # a short form of a known title ("Bottom of the Ninth" for the full one)
    if NETWORK_RELEASED.match(sent.text, verb_end) and word in network_names_folded():
        return False  # "Netflix released all eight episodes of the first season on ..."
    # "Netflix premiered Mill Pond in May": the show follows as the verb's object
    return not any(0 <= x.start - (sent.start + verb_end) <= 3 for x in sent.mentions)


# Patterns asked for every candidate, compiled once (the regex module's own cache of
# patterns given as strings costs more than these searches).
_TITLE_WORDS = fast_pattern(r"[\w'’+.&-]+")
_LEADING_THE = fast_pattern(r"^the\s+")
_YEAR_RE = fast_pattern(YEAR)
_DATE_CLAUSE_BREAK = fast_pattern(r",|\b(?:and|before|until|when)\b")
_RELEASE_GAP = fast_pattern(r",?\s*(?:(?:later|early|sometime)\s+)?")


def _is_heading_of(line: SentenceInfo, show: str | None) -> bool:
    """Whether ``line`` is a heading that is just the name of ``show``."""
    words = line.text.strip().strip("#*: ").casefold()
    if not show or "\n" in words:
        return False
    return words in (show.casefold(), _LEADING_THE.sub("", show.casefold()))


def _after(value: str, doc_date: str | None) -> bool:
    """Whether a date as precise as ``value`` comes after the article's date."""
    return bool(doc_date) and value > (doc_date or "")[: len(value)]


def _when(words: str) -> str | None:
    """ "January 2023" -> "2023-01", "summer 2025" -> "2025"."""
    m = DATE_RE.fullmatch(words)
    if m:
        value = parse_absolute(m)
        if value:
            return value
    year = _YEAR_RE.search(words)
    return year.group() if year else None


# A roundup's field line giving a release date ("Premiere: March 20, 2025"); not one
# of a season, a part or a finale ("Premiere: season 2 on June 4")
_PREMIERE_FIELD = fast_pattern(
    r"[\s*_•-]*(?:premieres?|premiere\s+date|premiered|first\s+aired|debut(?:ed|s)?|"
    r"launch(?:ed|es)?|release\s+date|released)[*_]*\s*:[*_]*\s*(?P<d>[^\n]{4,60}?)\s*$",
    regex.IGNORECASE,
)
_NOT_A_SERIES_START = fast_pattern(
    r"\b(?:season|series|part|volume|finale|episodes?|return\w*)\b", regex.IGNORECASE
)

# Every alternative of the plot pattern holds one of these (case-folded).
_PLOT_HINT = re.compile(r"follow|cent|revolves|tells|about|examines|chronicles|tracks|explores")


class DetailFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = results(doc)
        titles: TitleResult = found.get("titles") or TitleResult()
        doc_date = (found.get("document") or {}).get("date")
        found["details"] = self.find(titles, doc_date)
        return doc

    def find(self, titles: TitleResult, doc_date: str | None) -> list[Detail]:
        """Details in the sentences of ``titles``."""
        p = _patterns()
        out: list[Detail] = []
        # The key words each sentence holds (case-folded), found in one pass over the
        # document: most sentences need none of the patterns below.
        lows = [s.text.casefold() for s in titles.sentences]
        held = _key_words().by_text(lows)
        premiere_words, genre_words, genre_first_words = _key_word_sets()
        for i, sent in enumerate(titles.sentences):
            text = sent.text
            if sent.question:
                continue
            ev = text.strip()
            low = lows[i]
            if ":" in text and (field := _PREMIERE_FIELD.match(text)):
                self._premiere_field(sent, field.group("d"), doc_date, out)
            if not held[i].isdisjoint(premiere_words):
                for m in p["premiere"].finditer(text):
                    self._premiere(sent, m, titles, doc_date, out)
                if p["future_release"].search(text):
                    self._release(sent, titles, doc_date, out)
            if "premiere" in low or "debut" in low or "launch" in low or "episode" in low:
                self._premiere_noun(sent, titles, doc_date, out)
            if " own " in low:
                self._own_series(sent, titles, doc_date, out)
                if i and _is_heading_of(titles.sentences[i - 1], sent.topic):
                    self._own_series_heading(sent, doc_date, out)
            if ", when " in low:
                self._premiere_when(sent, titles, doc_date, out)
            if held[i].isdisjoint(genre_words):
                continue
            # (the genre pattern needs a genre's first word; a character that matches a
            # letter of it case-blind but folds otherwise means a search)
            genre_odd = "\u0130" in text or "\u017f" in text or "\u212a" in text
            for m in (
                p["genre"].finditer(text)
                if genre_odd or not held[i].isdisjoint(genre_first_words)
                else ()
            ):
                if not p["genre_lead"].search(text[max(0, m.start() - 40) : m.start()]):
                    continue
                show = _show_for(sent, m.start(), titles)
                if show:
                    out.append(
                        Detail(
                            "genre",
                            show,
                            {"genre": m.group("g").casefold()},
                            sent.start,
                            sent.end,
                            ev,
                            confidence=0.6,
                        )
                    )
            # (a capital dotted I folds to two characters: such a sentence is searched)
            odd = "\u0130" in text
            if (
                (odd or _PLOT_HINT.search(low))
                and (plot := p["plot"].search(text))
                and (sent.mentions or sent.topic)
            ):
                show = _show_for(sent, plot.start(), titles)
                if show and len(ev) > 40:
                    out.append(
                        Detail("plot", show, {"text": ev}, sent.start, sent.end, ev, confidence=0.6)
                    )
            if (odd or "trailer" in low or "teaser" in low) and p["trailer"].search(text):
                for u in p["url"].finditer(text):
                    show = _show_for(sent, u.start(), titles)
                    if show:
                        out.append(
                            Detail(
                                "trailer",
                                show,
                                {"url": u.group().rstrip(".,")},
                                sent.start,
                                sent.end,
                                ev,
                            )
                        )
            for m in p["episodes"].finditer(text) if odd or "episode" in low else ():
                if not p["episode_verbs"].search(text[max(0, m.start() - 40) : m.start()]):
                    continue
                refs = [r for r in find_seasons(text) if r.kind in ("explicit", "final", "aired")]
                season = refs[0].numbers[0] if len(refs) == 1 and refs[0].numbers else None
                word = m.group("n").casefold()
                count = int(word) if word.isdigit() else NUMBERS.get(word)
                show = _show_for(sent, m.start(), titles)
                if show and count:
                    out.append(
                        Detail(
                            "episode_count",
                            show,
                            {"count": count},
                            sent.start,
                            sent.end,
                            ev,
                            season=season,
                            confidence=0.7,
                        )
                    )
        return out

    def _premiere(
        self,
        sent: SentenceInfo,
        m: regex.Match,
        titles: TitleResult,
        doc_date: str | None,
        out: list[Detail],
    ) -> None:
        p = _patterns()
        text = sent.text
        # The clause around the verb: from the last break before it to the next one.
        cs = (
            max(
                text.rfind(x, 0, m.start())
                for x in (";", " — ", " but ", ", which", "(", " after ")
            )
            + 1
        )
        ce_candidates = [
            i for i in (text.find(x, m.end()) for x in (";", " — ", " but ", ")")) if i >= 0
        ]
        ce = min(ce_candidates) if ce_candidates else len(text)
        # An aside naming the source ("based on the 1973 film,") is blanked, not read.
        clause = p["source_aside"].sub(lambda a: " " * len(a.group()), text[cs:ce])
        rel = m.start() - cs
        if text.startswith(", which", cs - 1):
            # ", which began on May 4, 2016, will end ...": the relative clause ends at the
            # comma after its date; what follows is the main clause's.
            for d in find_dates(clause[rel:]):
                if d.start <= 45:
                    stop = clause.find(",", rel + d.end)
                    if stop >= 0:
                        clause = clause[:stop]
                break
        # "will not make more episodes of Marianne, the horror drama that landed in ...": a
        # relative clause on a description of the show has the verb's own subject; the
        # words before it (the "will", the "episodes") are the main clause's.
        described = _DESCRIBED_THAT.search(clause, max(0, rel - 70), rel)
        lo = described.start() if described else 0
        near = clause[max(lo, rel - 60) : rel + 40]
        if m.group("run"):
            # ("with the episodes now airing, closing out a run that began ...": the run's)
            near = clause[clause.rfind(",", 0, rel) + 1 : rel + 40]
        # (the whole text before "began": a ", which" clause starts after its subject)
        if m.group("began") and not self._show_began(sent, cs + rel, text[: cs + rel]):
            return  # "Filming began in May": something else's start
        if _OUTLET_WHICH.search(text, max(0, cs + rel - 40), cs + rel):
            return  # "the young network, which launched in January": the outlet's start
        first = bool(p["first"].search(clause))
        if m.group("broadcast") and not first:
            return  # "was broadcast on Sunday": which episode, the sentence must say
        if p["not_series"].search(near) or (not first and p["some_episodes"].search(near)):
            return
        # A release still to come is said before the verb ("will premiere", "is set to
        # debut"); a "will" after the date is the main clause's ("Doe, who has guided the
        # show since it debuted on June 23, 2011, will oversee ...").
        lead = clause.rfind(",", 0, rel) + 1 if m.group("run") else max(lo, rel - 60)
        if p["future_before"].search(clause[lead : rel + len(m.group())]):
            return
        if p["other_version"].search(clause[max(0, rel - 60) : rel]):
            return  # "The original Dexter aired from 2006": the show this one comes from
        if p["source_work"].search(clause[max(0, rel - 70) : rel]):
            return  # "the novel was released in 2010": the book, not the show
        if m.group("bare") and p["passive"].search(clause[:rel]):
            return  # "was dropped in May": a cancellation, not a release
        # (only the first date is read)
        dates = find_dates(clause[rel : rel + 70], doc_date, prefer="past", limit=1)
        if not dates or not dates[0].value:
            return
        if dates[0].start > 45 and not p["first_season_gap"].fullmatch(
            clause, rel + len(m.group()), rel + dates[0].start
        ):
            return  # (but "released all eight episodes of the first season on July 29")
        date_end = rel + dates[0].end
        # A season named near the verb is that season's premiere, not the series' ("its
        # third season premiered"); "after two seasons" only counts how long it ran. One
        # past the date and a comma is another clause's ("..., which began on May 4, 2016,
        # is heading into its sixth season").
        refs = [r for r in find_seasons(clause) if r.kind not in ("count", "additional")]
        if m.group("run"):
            # "the final season arrived in April, closing out a run that began ...": the
            # run is the show's, whatever season an earlier comma clause names.
            lo = clause.rfind(",", 0, rel)
            refs = [r for r in refs if r.start > lo]
        if any(
            n > 1
            for r in refs
            for n in r.numbers
            if abs(r.start - rel) < 80
            # ("premiered in 2018 before Netflix took it over from the second season")
            and not (r.start >= date_end and _DATE_CLAUSE_BREAK.search(clause[date_end : r.start]))
        ):
            return
        # "Its second season, which premiered in 2021": the season is the relative's subject.
        head = text[max(0, m.start() - 90) : m.start()]
        # (close before "which": not "A second series of X has been commissioned by BBC
        # One, which launched the drama in 1996", where "which" is the network)
        if p["which_before"].search(text, 0, m.start()) and any(
            n > 1 for r in find_seasons(head) if len(head) - r.end <= 45 for n in r.numbers
        ):
            return
        if (m.group("bare") or m.group("run")) and not p["date_next"].fullmatch(
            clause, rel + len(m.group()), rel + dates[0].start
        ):
            return  # "landed", "dropped", "hit" name a release only right before its date
        # "ran from 2005", "has lived on Fox since 1989": only with their own preposition
        gap = clause[rel + len(m.group()) : rel + dates[0].start]
        word = dates[0].text.split()[0]
        if m.group("span") and not p["span_lead"].fullmatch(gap + word):
            return
        if (m.group("since") or m.group("since_on")) and not p["since_lead"].fullmatch(gap + word):
            return
        if _after(dates[0].value, doc_date):
            return  # "premiered" on a date after the article's: a misread, not a premiere
        if _unnamed_subject(sent, cs + rel, m.end(), titles):
            return
        # A "title" read inside the date itself ("March 3") is no show.
        d0, d1 = sent.start + cs + rel + dates[0].start, sent.start + cs + rel + dates[0].end
        inside = [x for x in sent.mentions if d0 <= x.start < d1 or d0 < x.end <= d1]
        if inside:
            sent = replace(sent, mentions=[x for x in sent.mentions if x not in inside])
        show = _premiere_show(sent, cs + rel, titles)
        if not show:
            return
        # "All ten episodes dropped on April 6": a whole season's release, the first only
        # if nothing says otherwise (the pipeline checks the article's later seasons).
        whole = bool(p["all_episodes"].search(clause[max(0, rel - 60) : rel]))
        out.append(
            _dated(
                "premiere",
                show,
                dates[0].value,
                sent,
                confidence=0.9 if first else 0.7 if whole else 0.8,
                extra={"whole_season": True} if whole and not first else {},
            )
        )

    @staticmethod
    def _show_began(sent: SentenceInfo, at: int, before: str) -> bool:
        """Whether "began" at sentence offset ``at`` has the show for its subject: a title
        right before it, "it", "the show", "the series" ("since the show began in 2003",
        "The first series of X began on March 8")."""
        if BEGAN_SUBJECT.search(before):
            return True
        word = LAST_WORD.search(sent.text, max(0, at - 60), at)
        end = sent.start + (word.end("word") if word else at)
        return any(abs(x.end - end) <= 2 for x in sent.mentions)

    def _premiere_noun(
        self,
        sent: SentenceInfo,
        titles: TitleResult,
        doc_date: str | None,
        out: list[Detail],
    ) -> None:
        """ "Days after its January 2023 premiere", "aiming for a summer 2025 debut", and
        "renewed in August 2022, days after the series debuted" (the year only)."""
        p = _patterns()
        text = sent.text
        for m in p["noun_premiere"].finditer(text):
            if p["speculation"].search(text):
                return  # "a 2026 premiere looks more likely"
            value = _when(m.group("when"))
            if not value:
                continue
            self._noun_detail(sent, m.start(), value, titles, doc_date, out)
        if doc_date:
            for m in p["noun_premiere_day"].finditer(text):
                if p["speculation"].search(text) or any(
                    n > 1
                    for r in find_seasons(text)
                    if r.kind not in ("count", "additional")
                    # ("was handed a second season within weeks of its June debut": the
                    # season ordered, not the one that premiered)
                    and not p["season_given"].search(text, max(0, r.start - 30), r.start)
                    for n in r.numbers
                ):
                    continue  # "season 2 was dropped days after its June 10 premiere"
                # (a month alone reads as a date only after a preposition: "in June")
                dates = find_dates("in " + m.group("when"), doc_date, prefer="past", limit=1)
                if dates and dates[0].value:
                    self._noun_detail(sent, m.start(), dates[0].value, titles, doc_date, out)
        for m in p["noun_premiere_after"].finditer(text):
            dates = find_dates(text[m.end() : m.end() + 40], doc_date, prefer="past", limit=1)
            if dates and dates[0].start == 0 and dates[0].value and not dates[0].relative:
                self._noun_detail(sent, m.start(), dates[0].value, titles, doc_date, out)
        for m in p["first_episode"].finditer(text):
            if any(
                r.kind not in ("count", "additional") and m.start() - 30 < r.start < m.end() + 25
                for r in find_seasons(text)
            ):
                continue  # "the first episode of season 3", "season 3's opening episode"
            dates = find_dates(text[m.end() : m.end() + 40], doc_date, prefer="past", limit=1)
            if dates and dates[0].start <= 12 and dates[0].value:
                show = _premiere_show(sent, m.start(), titles)
                if show and not _after(dates[0].value, doc_date):
                    out.append(
                        _dated(
                            "premiere",
                            show,
                            dates[0].value,
                            sent,
                            confidence=0.6,
                        )
                    )
        for m in p["days_after_debut"].finditer(text):
            if m.group("mon").casefold().startswith("jan"):
                continue  # days before early January may be the year before
            show = _premiere_show(sent, m.start("subj"), titles)
            if show:
                out.append(
                    _dated(
                        "premiere",
                        show,
                        m.group("year"),
                        sent,
                        confidence=0.6,
                    )
                )

    def _own_series(
        self,
        sent: SentenceInfo,
        titles: TitleResult,
        doc_date: str | None,
        out: list[Detail],
    ) -> None:
        """ "Mara gets her own series, Gull Point, later this year": Gull Point's release."""
        text = sent.text
        for m in _patterns()["own_series"].finditer(text):
            named = [x for x in sent.mentions if x.start - sent.start == m.end()]
            if not named or _patterns()["speculation"].search(text):
                continue
            after = named[0].end - sent.start
            dates = find_dates(text[after : after + 40], doc_date, prefer="future", limit=1)
            if not dates or not dates[0].value:
                continue
            if not _RELEASE_GAP.fullmatch(text[after : after + dates[0].start]):
                continue
            if doc_date and dates[0].value < doc_date[: len(dates[0].value)]:
                continue  # a past date is no coming release
            out.append(
                _dated(
                    "release_date",
                    named[0].title,
                    dates[0].value,
                    sent,
                    confidence=0.6,
                    # "its own series" says the show is new, whatever seasons the
                    # sentence names for other shows
                    extra={"new_series": True},
                )
            )

    def _own_series_heading(
        self, sent: SentenceInfo, doc_date: str | None, out: list[Detail]
    ) -> None:
        """Under a show's heading, "Netflix gave the vigilante his own show in November
        2017": that show's premiere. Only there: elsewhere "his own show" may be any."""
        text = sent.text
        m = _patterns()["own_series_past"].search(text)
        if not m or not sent.topic or _patterns()["speculation"].search(text):
            return
        if any(x.title == sent.topic for x in sent.mentions):
            return  # the sentence names the show: it is not "his own show" of the heading
        dates = find_dates(text[m.end() : m.end() + 30], doc_date, prefer="past", limit=1)
        if not dates or dates[0].start > 3 or not dates[0].value or dates[0].relative:
            return
        if _after(dates[0].value, doc_date):
            return
        out.append(
            _dated(
                "premiere",
                sent.topic,
                dates[0].value,
                sent,
                confidence=0.6,
            )
        )

    def _premiere_when(
        self,
        sent: SentenceInfo,
        titles: TitleResult,
        doc_date: str | None,
        out: list[Detail],
    ) -> None:
        """ "since October 2014, when the show spun off from X": the date just before."""
        text = sent.text
        for m in _patterns()["when_premiered"].finditer(text):
            window = text[max(0, m.start() - 30) : m.start()]
            dates = find_dates(window, doc_date, prefer="past")
            if not dates or dates[-1].end != len(window) or not dates[-1].value:
                continue
            value = dates[-1].value
            if _after(value, doc_date) or _patterns()["speculation"].search(text):
                continue
            refs = find_seasons(text[max(0, m.start() - 90) : m.end() + 40])
            if any(n > 1 for r in refs if r.kind not in ("count", "additional") for n in r.numbers):
                continue  # "in May 2021, when the second season premiered"
            if m.group("named"):
                # ", when The Late Show with Stephen Colbert premiered on CBS": only a show
                # the article knows, named whole
                at, end = sent.start + m.start("named"), sent.start + m.end("named")
                named = [x.title for x in sent.mentions if x.start == at and x.end == end]
                show = named[0] if named else None
            else:
                show = _premiere_show(sent, m.start("verb"), titles)
            if show:
                out.append(
                    _dated(
                        "premiere",
                        show,
                        value,
                        sent,
                        confidence=0.6,
                    )
                )

    def _noun_detail(
        self,
        sent: SentenceInfo,
        at: int,
        value: str,
        titles: TitleResult,
        doc_date: str | None,
        out: list[Detail],
    ) -> None:
        """A premiere named as a noun: past is the series premiere, future a coming release;
        a bare year that is the article's own year could be either, and says nothing."""
        if doc_date and len(value) == 4 and value == doc_date[:4]:
            return
        show = _premiere_show(sent, at, titles)
        if not show:
            return
        out.append(
            _dated(
                "release_date" if _after(value, doc_date) else "premiere",
                show,
                value,
                sent,
                confidence=0.7,
            )
        )

    def _premiere_field(
        self, sent: SentenceInfo, value: str, doc_date: str | None, out: list[Detail]
    ) -> None:
        """ "Premiere: March 20, 2025" under a roundup's "Happy Face (Paramount+)": the
        section's release date, a series premiere only if nothing gives the show a later
        season (see the pipeline's premieres)."""
        dates = find_dates(value, doc_date, limit=1)
        if not dates or not dates[0].value or _NOT_A_SERIES_START.search(value):
            return
        show = sent.mentions[0].title if sent.mentions else sent.topic
        if show:
            out.append(_dated("release_date", show, dates[0].value, sent, confidence=0.7))

    def _release(
        self, sent: SentenceInfo, titles: TitleResult, doc_date: str | None, out: list[Detail]
    ) -> None:
        text = sent.text
        refs = [r for r in find_seasons(text) if r.kind in ("explicit", "final", "aired")]
        season = refs[0].numbers[0] if len(refs) == 1 and len(refs[0].numbers) == 1 else None
        m = _patterns()["future_release"].search(text)
        dates = find_dates(text[m.start() : m.start() + 80], doc_date, prefer="future", limit=1)
        if not dates or not dates[0].value:
            return
        show = _show_for(sent, m.start(), titles)
        if show:
            out.append(
                _dated(
                    "release_date",
                    show,
                    dates[0].value,
                    sent,
                    season=season,
                    confidence=0.7,
                )
            )


@Language.factory("knowsofar_details")
def make_detail_finder(nlp: Language, name: str) -> DetailFinder:
    return DetailFinder()
