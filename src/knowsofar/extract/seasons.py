"""Season numbers as articles write them.

"season 3", "Season three", "S3", "series 5" (British for season), "a third
season", "third and final season", "third (and final) season", "after two
seasons" (a count: the decision is about the next one; "a freshman drama",
"the fall newcomer" count one), "after its 4th
season", "an additional three seasons", "through Season 5", "seasons 3 and 4".
:func:`find_seasons` returns each reference with its kind; status.py decides
what a reference means for a given status ("canceled after two seasons" is
season 3, "ending after its sixth season" is season 6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.vocab import SP

NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "a": 1,
    "an": 1,
    "single": 1,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "sophomore": 2,
    "freshman": 1,
}
# "twenty-first", "thirty-two": long-running shows count past twenty
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_UNIT_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
)  # fmt: skip
for _tens, _base in (("twenty", 20), ("thirty", 30)):
    for _i, (_unit, _ordinal) in enumerate(zip(_UNITS, _UNIT_ORDINALS, strict=True), 1):
        for _joint in ("-", " "):
            NUMBERS[f"{_tens}{_joint}{_unit}"] = _base + _i
            ORDINALS[f"{_tens}{_joint}{_ordinal}"] = _base + _i
_COMPOUND = r"(?:twenty|thirty)[- ]"
ORD = (
    rf"(?:{_COMPOUND}(?:{'|'.join(_UNIT_ORDINALS)})|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|sophomore|freshman|\d{1,2}(?:st|nd|rd|th))"
)
NUM = (
    rf"(?:\d{{1,2}}|{_COMPOUND}(?:{'|'.join(_UNITS)})|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty)"
)
SEASON = r"(?:season|series)"

# A season's Roman numeral, II to X ("Series III"; a lone "I" is too often the pronoun)
ROMAN_NUMERAL = r"(?:II{1,2}|IV|VI{0,3}|IX|X)"
ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_EXPLICIT = fast_pattern(
    # ("seasons 2 and 3", "Season 2 and Season 3")
    rf"\b{SEASON}s?{SP}*(?P<n>{NUM})(?:{SP}*(?:and|&|-|–|through|to){SP}*(?:{SEASON}{SP}+)?(?P<m>{NUM}))?\b"
    rf"|\bS(?P<s>\d{{1,2}})(?=\b|E\d)"
    # "Series III": a Roman numeral, in capitals
    rf"|\b(?i:{SEASON}){SP}+(?P<r>(?-i:{ROMAN_NUMERAL}))(?![\w-])"
    # "back for year two": a year on the air, by its number in words (not "year 2020")
    rf"|(?<=\bfor{SP}+|\binto{SP}+)year{SP}+(?P<y>one|two|three|four|five|six|seven|eight|nine|ten)\b",
    regex.IGNORECASE,
)
# "this fall", "next year": when a season comes, between the seasons of a list
_WHEN = (
    rf"(?:{SP}+(?:this|next|that|later{SP}+this|early{SP}+next){SP}+"
    rf"(?:fall|autumn|spring|summer|winter|year|season))"
)
_ORDINAL = fast_pattern(
    # "its eighth, ninth and tenth seasons", "a fifth, a sixth and a seventh season": a
    # list of more than two
    rf"\b(?P<o>{ORD})(?P<more>(?:{SP}*,{SP}*(?:an?{SP}+)?{ORD}(?={SP}*,?{SP}*(?:and|&){SP}))*)"
    rf"(?:{SP}*,?{SP}*(?:,|and|&){SP}*(?:an?{SP}+)?(?P<o2>{ORD}))?"
    rf"(?P<final>{SP}*(?:\(|,)?{SP}*(?:and|&){SP}+(?:final|last|closing|concluding){SP}*\)?)?"
    # "a third-season order"; "a fourth and final batch of episodes" (only with "final")
    # ("passed on a second year of the spinoff"; not "for the third year in a row")
    # ("will end with its fourth part": a show released in parts)
    rf"(?:{SP}+|-)(?:{SEASON}s?|installment|chapter|outing|run|go-round|go-around|edition|"
    rf"(?<=\b(?:its|their){SP}+[\w-]+{SP}+)part(?!{SP}*of\b)|"
    rf"(?(final)(?:batch|one\b)|(?!))|"
    rf"(?<!-)year(?!s?{SP}+(?:in{SP}+a{SP}+row|running|straight|of{SP}+(?:the|its){SP}+(?:award|prize|festival))))\b"
    # "ordered a fourth season and a fifth": the second ordinal with its noun left out
    # ("a seventh season this fall and an eighth next year": each with its time)
    rf"(?:{_WHEN}?{SP}+(?:and|&){SP}+(?:an?{SP}+)?(?P<o3>{ORD})(?={_WHEN}?{SP}*(?:[.;,:]|$)))?",
    regex.IGNORECASE,
)
_COUNT = fast_pattern(
    rf"\b(?P<how>after|following|with|ran{SP}+for|airing|aired|had|over|across|for|lasted|"
    rf"lasting|lasts|(?<=(?:stops|stopped|halts|halted|finished|done|over|ends|ended){SP}+)at"
    rf"|(?<=\brun{SP}+)at)"
    rf"(?:{SP}+(?:just|only|its|their|a|total{SP}+of))*{SP}+(?P<n>{NUM}|single)"
    # "after a single 13-episode season", "after two short seasons"
    rf"(?:(?:-|{SP})+(?:full|short|\d{{1,2}}-episodes?|{NUM}-episodes?))?(?:-|{SP})+"
    # ("canceled the drama after one year": a year on the air is a season)
    rf"(?:{SEASON}s?|runs?\b(?!{SP}+of\b)|(?<=(?:after|following){SP}+(?:just{SP}+|only{SP}+|a{SP}+)?(?:{NUM}|single){SP}+)years?"
    rf"(?={SP}*(?:[,.;\n]|$|on{SP}+(?:the{SP}+air|\p{{Lu}})|at{SP}+\p{{Lu}})))\b",
    regex.IGNORECASE,
)
# "pulled the plug in October, three seasons in", "pulled it from the lineup: four
# seasons in, ...": how far the show got
_SEASONS_IN = fast_pattern(
    rf"(?<=[,:]{SP}*|\b(?:just|only){SP}+)(?P<n>{NUM}){SP}+{SEASON}s?{SP}+in(?={SP}*(?:[.,;!?\n]|$))",
    regex.IGNORECASE,
)
# "One year was all CBS gave it", "Seven seasons of murders were enough": the run so far
_SEASONS_ENOUGH = fast_pattern(
    rf"\b(?:a{SP}+)?(?P<n>{NUM}|single){SP}+(?:{SEASON}|year|run)s?{SP}+"
    rf"(?:of{SP}+[^,.;]{{1,40}}?{SP}+)?(?:was|were|is|are){SP}+(?:all|enough)\b",
    regex.IGNORECASE,
)
_ADDITIONAL = fast_pattern(
    rf"\b(?:(?:an?{SP}+)?(?:additional|more|extra|further){SP}+(?P<n>{NUM})|"
    rf"(?P<m>{NUM}){SP}+(?:more|additional|extra|further)|(?P<one>another|one{SP}+more)){SP}+"
    rf"{SEASON}s?\b"
    # "a two-season renewal", "a three-season pickup"
    rf"|\b(?P<k>{NUM})-season{SP}+(?:renewal|pickup|pick-up|order|extension)\b"
    # "ordered two new seasons" (not "two new series": shows, in British English)
    rf"|\b(?P<k2>{NUM}){SP}+new{SP}+seasons\b",
    regex.IGNORECASE,
)
# "the fall newcomer", "a freshman drama": a show in its first season (a count of one, so
# "canceled" means the second season will not come).
_FIRST_YEAR = fast_pattern(
    rf"\b(?:(?:freshman|rookie|first-year){SP}+(?:[\w-]+{SP}+)?"
    rf"(?:series|show|drama|comedy|sitcom|thriller|procedural|reboot|revival|spinoff|spin-off|"
    rf"dramedy|mystery|western|soap|anthology|prequel|casualty|casualties)\b"
    # "A and B, both freshman shows, will not return": each of them (not "one of four
    # first-year shows")
    rf"|(?<=\bboth{SP}+)(?:freshman|rookie|first-year){SP}+(?:shows|dramas|comedies|sitcoms|series)"
    rf"|(?:fall|midseason|mid-season|"
    rf"spring|summer|winter|freshman|rookie){SP}+newcomers?|newcomer{SP}+(?:series|show|drama|"
    rf"comedy|sitcom))\b"
    # "was yanked after three episodes", "lasted two episodes on the air": never past its
    # first season (not "after nine episodes of its fifth season")
    rf"|\b(?:after|lasted|lasting)(?:{SP}+(?:just|only|a{SP}+mere))?{SP}+"
    rf"(?:\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|a{SP}+handful{SP}+of|"
    rf"a{SP}+few|several|a{SP}+single|one|a{SP}+lone)"
    # (not "after two episodes of its fifth season"; "after two episodes in January" is)
    rf"{SP}+(?:episodes?|airings?)\b(?!{SP}+(?:of|into){SP}|{SP}+in{SP}+(?:its|their|season|series|"
    rf"the{SP}+(?:[\w-]+{SP}+)?(?:season|series)))"
    # "axed it when just a few episodes had gone out": never past its first season
    rf"|\bwhen{SP}+(?:just{SP}+|only{SP}+)?(?:a{SP}+few|a{SP}+handful{SP}+of|two|three|four|"
    rf"five|six|\d){SP}+episodes{SP}+had{SP}+(?:gone{SP}+out|aired|been{SP}+(?:shown|broadcast|"
    rf"aired))\b"
    # "canceled after only a few weeks on the air": its first season cut short
    rf"|\b(?:after|lasted|lasting)(?:{SP}+(?:just|only|a{SP}+mere)(?={SP}+(?:\S+{SP}+){{1,2}}weeks?\b)|"
    rf"(?={SP}+(?:\S+{SP}+){{1,2}}weeks?{SP}+on{SP}+(?:the{SP}+)?air\b)){SP}+"
    rf"(?:two|three|four|five|six|seven|eight|a{SP}+few|several|a{SP}+couple{SP}+of|\d)"
    rf"{SP}+weeks?\b(?!{SP}+(?:of|into){SP})"
    # "gone within weeks of its launch": early in its first season
    rf"|\bwithin{SP}+(?:(?:a{SP}+few|two|three|four|several){SP}+)?weeks{SP}+of{SP}+(?:its|their){SP}+"
    rf"(?:launch|debut|premiere)\b"
    # "was yanked after its second airing": early in its first season
    rf"|\b(?:after|following){SP}+(?:just{SP}+|only{SP}+)?(?:its|their){SP}+"
    rf"(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th)){SP}+(?:airing|broadcast|telecast)\b"
    # "the ten episodes will be its only season": one season, and no more
    rf"|\b(?:its|their|the{SP}+show['’]s|the{SP}+series['’]){SP}+(?:first{SP}+and{SP}+)?only{SP}+"
    rf"(?:season|series|year)\b"
    # "One and done.": a single season
    rf"|\bone(?:-|{SP}+)and(?:-|{SP}+)done\b",
    regex.IGNORECASE,
)
# "will not get a second.", "has not yet ordered a third.": the season noun left out at
# the end of a clause.
# (every elliptical ordinal is one of ORD's words: a quick test before the pattern)
_ORDINAL_HINT = re.compile(ORD)
# a time right after an elliptical ordinal ("... passed on a third last fall.")
WHEN_AFTER = (
    rf"(?:(?:last|this|earlier|later|that){SP}+(?:fall|autumn|spring|summer|winter|year|month|"
    rf"week)|in{SP}+(?:19|20)\d\d)\b"
)
_ELLIPTICAL = fast_pattern(
    rf"\b(?:(?:get|getting|gets|got|receive|receiving|earn|earned|land|landed|order|orders|"
    rf"ordered|ordering|commission|commissioned|greenlight|greenlit|against|giving|give|"
    # "Netflix has confirmed a third."
    rf"confirm|confirms|confirmed|announced|"
    # "decided not to make a fourth"
    rf"make|makes|making|made|produce|produces|producing|produced|film|filming|shoot|"
    rf"locking{SP}+in|locked{SP}+in|locks{SP}+in|(?<=\bnot{SP}+)be|"
    # "has not said whether there will be a third"
    rf"(?<=\b(?:whether|if){SP}+there{SP}+(?:will|would){SP}+)be|"
    # "Netflix passed on a third last fall"
    rf"pass(?:es|ed|ing)?{SP}+on|"
    # "has made no decision yet about a fifth", "nothing has been settled about a ninth"
    rf"(?:decision|word|news|announcement|settled|decided)(?:{SP}+yet)?{SP}+"
    rf"(?:about|on|regarding))"
    rf"{SP}+(?:a|an)"
    # (each lookbehind comes after the word it ends on, so it is tried only where that word
    # stands, not at every position of the text)
    # "picked up Harbor Nine for a second", "the final season will be its fifth"
    rf"|for(?<=\b(?:renew\w*|pick\w*{SP}+up|picked|order\w*|"
    rf"(?:bring\w*|brought)(?:{SP}+(?:it|them))?{SP}+back|"
    rf"return\w*|com\w+{SP}+back){SP}+(?:[^,.;]{{1,80}}?{SP}+)?for"
    # "... for a fourth season, Copper Kettle for a third and The Tin Men for a second":
    # list items after the first, their verb and season noun left out
    rf"|(?<=\b(?:season|series|{ORD}),?{SP}+(?:and{SP}+)?\p{{Lu}}[^,.;]{{0,60}}?{SP}+for))"
    rf"{SP}+(?:a|an)"
    # "handed freshman comedy Desk Jockeys a second": given its season, object between
    rf"|(?:a|an)(?<=\b(?:gave|gives|given|giving|handed|hands|handing|granted|grants|awarded|"
    rf"awards){SP}+[^,.;]{{1,60}}?{SP}+(?:a|an))"
    rf"|\b(?:will{SP}+be|is|was){SP}+(?:its|their)"
    # "and there was no fifth.", "meaning no fourth"
    rf"|\bthere{SP}+(?:was|were|is|will{SP}+be|would{SP}+be){SP}+(?:never{SP}+)?no"
    rf"|\bmeaning{SP}+no){SP}+"
    # "... has ordered a third, and the cast returns": a new clause after the comma
    # (not "a third, and a fourth season": a list of seasons)
    # ("locking in a fifth and a sixth and keeping ...": two of them)
    rf"(?P<o>{ORD})(?:{SP}+and{SP}+(?:an?{SP}+)?(?P<o2>{ORD}))?"
    # ("there will not be a second one.")
    rf"(?:{SP}+one)?"
    rf"(?={SP}*(?:[.;!\n]|$|,{SP}+(?:and|but|so|while){SP}+(?!(?:an?{SP}+)?{ORD}\b))"
    # ("passed on a third last fall": a time after it)
    rf"|{SP}+{WHEN_AFTER}"
    # ("... Copper Kettle for a third and The Tin Men for a second": the next item)
    rf"|,?{SP}+and{SP}+(?:\p{{Ll}}+ing\b|(?:the{SP}+)?[“\"‘']?(?-i:\p{{Lu}})))",
    regex.IGNORECASE,
)
# "the upcoming season, the 11th of Colbert's run": the season's number in an apposition
_SEASON_APPOSITION = fast_pattern(
    # ("the new season of Rick Mercer Report, its 15th, will be the last")
    rf"\b(?:season|series)(?:{SP}+of{SP}+(?:\p{{Lu}}[\w'’&!.:-]*{SP}*){{1,6}}?)?,{SP}+"
    rf"(?:the|its|their){SP}+(?P<o>{ORD}|\d{{1,2}}(?:st|nd|rd|th))\b"
    rf"(?!{SP}+(?:season|series|episode))",
    regex.IGNORECASE,
)
# ", a second and a third": the seasons a count just before names ("two more seasons")
_SPELT_OUT = fast_pattern(
    # ("two more seasons, taking it through an 11th and a 12th")
    rf",{SP}+(?:namely{SP}+|(?:\p{{Ll}}+{SP}+){{1,3}}?)?(?:a|an){SP}+(?P<o>{ORD}){SP}+and{SP}+"
    rf"(?:(?:a|an){SP}+)?"
    rf"(?P<o2>{ORD})\b(?!{SP}+(?:season|series))",
    regex.IGNORECASE,
)
# "... after two seasons apiece and How We Roll after just one.": the noun left out.
_COUNT_ELLIPTICAL = fast_pattern(
    rf"\bafter{SP}+(?:just{SP}+|only{SP}+)?(?P<n>{NUM})(?={SP}*(?:[.;,]|$))", regex.IGNORECASE
)
# "chapter of the season", "installment of season 2": a part of a season, not one.
_PART_OF_SEASON = fast_pattern(
    rf"{SP}+of{SP}+(?:(?:the|this|its|their|that){SP}+(?:[\w-]+{SP}+)?season\b|"
    rf"season{SP}+{NUM}\b)",
    regex.IGNORECASE,
)
_THROUGH = fast_pattern(
    rf"\bthrough{SP}+(?:{SEASON}{SP}+(?P<n>{NUM})|(?:an?|its|the){SP}+(?P<o>{ORD}){SP}+{SEASON})\b",
    regex.IGNORECASE,
)
# "a fifth will not happen": a season denied, its noun left out
_DENIED_ORDINAL = fast_pattern(
    rf"\b(?:a|an|no){SP}+(?P<o>{ORD})(?={SP}+(?:will{SP}+not|won['’]t|is{SP}+not{SP}+going{SP}+to|"
    rf"isn['’]t{SP}+going{SP}+to|will{SP}+never){SP}+(?:be{SP}+made|happen)\b)",
    regex.IGNORECASE,
)
# "seasons four, five and six": a list of three or more
_LIST = fast_pattern(
    rf"\b{SEASON}s{SP}+(?P<list>{NUM}(?:{SP}*,{SP}*{NUM})+,?{SP}*(?:and|&){SP}*{NUM})\b",
    regex.IGNORECASE,
)
_AFTER = fast_pattern(
    # ("after its eight-episode first season")
    rf"\b(?:after|following|with|beyond|past)(?:{SP}+(?:its|their|the|just|only|own|[\w-]+-episode))*"
    # ("axed it after a short first run")
    rf"(?:{SP}+(?:an?{SP}+)?(?:short|brief|lone|abbreviated|truncated|shortened))?{SP}*$",
    regex.IGNORECASE,
)


# "the second season that wrapped in January", "season 2, which aired last fall": a
# season already out, so a cancellation is of the next one.
_AIRED_AFTER = fast_pattern(
    # ("shortly before the fifth season's finale": a season on the air)
    rf"['’]s{SP}+finale\b|"
    # ("its second season was cut short by the strike": it aired, in part)
    rf"{SP}+(?:was|were){SP}+cut{SP}+short\b|"
    # ("picked up again while its third season was still airing", "while the second
    # season was being filmed": the season then under way, not the one ordered)
    rf"{SP}+(?:was|were){SP}+(?:still{SP}+)?(?:airing|being{SP}+(?:filmed|shot|made)|"
    rf"on{SP}+the{SP}+air|in{SP}+production)\b|"
    # ("while the fourth season is still working through its schedule", "the third
    # season that is now wrapping up": on the air now)
    rf"{SP}+(?:is|are){SP}+still{SP}+(?:airing|running|working{SP}+through|on{SP}+the{SP}+air)\b|"
    rf"{SP}+(?:that|which){SP}+(?:is|are){SP}+(?:now|still){SP}+(?:wrapping{SP}+up|winding{SP}+"
    rf"down|airing|running)\b|"
    # ("as its fourth year winds down": ending on the air now)
    rf"{SP}+(?:winds|is{SP}+winding|wraps|is{SP}+wrapping){SP}+(?:down|up)\b|"
    # ("once season two had run its course")
    rf"{SP}+(?:had{SP}+run|ran|has{SP}+run){SP}+its{SP}+course\b|"
    rf",?{SP}+(?:(?:that|which){SP}+)?(?:(?:had|has|have){SP}+)?(?:(?:just|already|recently|only){SP}+)?"
    # ("the first season ended on an open note")
    rf"(?:wrapped|aired|concluded|finished|premiered|debuted|streamed|ended)\b",
    regex.IGNORECASE,
)


def _numbered_kind(text: str, start: int, end: int) -> str:
    """The kind of a numbered reference at ``start:end``: "after" ("canceled after season
    3"), "aired" ("the second season that wrapped in May"), else "explicit"."""
    before = text[max(0, start - 30) : start]
    if (
        _AFTER.search(before)
        and not _GO_ON_WITH.search(before)
        # (not "with season 3 confirmed": a season decided on, not one gone by)
        and not (before.rstrip().lower().endswith("with") and _DECIDED_AFTER.match(text, end))
    ):
        return "after"
    if _AIRED_AFTER.match(text, end) or _FINISHED_BEFORE.search(before):
        return "aired"
    return "explicit"


# "not moving forward with season four", "will return with season two": the season
# itself, not the one after it
# ("covered the season just ended along with seasons 8 and 9": those seasons as well)
_DECIDED_AFTER = fast_pattern(
    rf"{SP}+(?:(?:now|already|officially){SP}+)?(?:confirmed|ordered|greenlit|green-lit|"
    rf"locked{SP}+in|secured|commissioned|on{SP}+the{SP}+way|in{SP}+the{SP}+works)\b",
    regex.IGNORECASE,
)
_GO_ON_WITH = fast_pattern(
    rf"\b(?:forward|ahead|on|return|returns|returning|back|along|together){SP}+with"
    rf"(?:{SP}+(?:its|their|the))?{SP}*$",
    regex.IGNORECASE,
)
# The verbs of a season that is over: "finished its second season", "closed out its second"
FINISHED = rf"(?:finished|wrapped(?:{SP}+up)?|completed|concluded|closed{SP}+out|survived)"
# "the drama, which finished its second season earlier this year": a season out
_FINISHED_BEFORE = fast_pattern(
    rf"\b{FINISHED}(?:{SP}+(?:its|their|the|an?))?{SP}*$"
    # ("Suits continues to air its eighth season": on the air)
    rf"|\b(?:continues|continue|continued|continuing){SP}+to{SP}+(?:air|run|stream)"
    rf"{SP}+(?:its|their){SP}*$",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class SeasonRef:
    """One reference to seasons in a text.

    kind: "explicit" (numbers named), "final" (numbered and called final), "aired"
    (numbered and said to be out already: "the second season that wrapped in May"),
    "after" (numbered, after "after/following": "canceled after season 3",
    "after its 4th season"), "count" (a count of seasons so far: "after two
    seasons"), "additional" (how many more: "two more seasons"; numbers are
    filled in from the count so far when known), "elliptical" (the noun left
    out: "will not get a second."), "elliptical_count" (a count with the noun left
    out: "... and Y after just one.").
    """

    numbers: tuple[int, ...]
    kind: str
    start: int
    end: int
    respectively: bool = False


def _ref(nums: list[int | None], kind: str, m: regex.Match, respectively: bool) -> SeasonRef:
    return SeasonRef(
        tuple(n for n in nums if n),
        kind,
        m.start(),
        m.end(),
        respectively=respectively and len(nums) > 1,
    )


# Patterns asked for every reference found, compiled once (the regex module's own cache
# of patterns given as strings costs more than these searches).
_ORDINAL_DIGITS = fast_pattern(r"(\d{1,2})(?:st|nd|rd|th)")
_WORDS = fast_pattern(r"\w+")
_ORD_RE = fast_pattern(ORD, regex.IGNORECASE)
_RANGE_WORD = fast_pattern(r"through|to|-|–")


def number(word: str) -> int | None:
    w = word.casefold()
    if w.isdigit():
        return int(w)
    if w in NUMBERS:
        return NUMBERS[w]
    if w in ORDINALS:
        return ORDINALS[w]
    m = _ORDINAL_DIGITS.fullmatch(w)
    return int(m.group(1)) if m else None


def find_seasons(text: str) -> list[SeasonRef]:
    """Every season reference in ``text``, in order, without overlaps."""
    return list(_find_seasons(text))


_AND_NEXT_ORDINAL = fast_pattern(
    rf"[^.;,\n]{{0,30}}?\band{SP}+an?{SP}+(?P<o>{ORD})\b"
    # (not "the third season will be the last and a fourth is off the table")
    rf"(?!{SP}*(?:season|series|episode|time|chapter|installment|-|is|was|will|would|has|had"
    rf"|won['’]t|isn['’]t|remains|looks|seems|may|might|could|can)\b)",
    regex.IGNORECASE,
)


# Status and details read the same sentences (and each one's neighbours) again and again.
@lru_cache(maxsize=4096)
def _find_seasons(text: str) -> tuple[SeasonRef, ...]:
    refs: list[SeasonRef] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(ref: SeasonRef) -> None:
        if free(ref.start, ref.end) and ref.numbers and all(0 < n < 60 for n in ref.numbers):
            refs.append(ref)
            taken.append((ref.start, ref.end))

    low = text.casefold()
    resp = "respectively" in low
    # Each pattern needs one of a few words (case-blind): a substring test rules it out
    # faster than a search, and most texts rule out most patterns. (A capital dotted I
    # matches "i" but folds to two characters: such a text is searched with every pattern.)
    odd = "\u0130" in text

    def may_have(*words: str) -> bool:
        return odd or any(w in low for w in words)

    for m in _ADDITIONAL.finditer(text) if may_have("season", "series") else ():
        n = (
            1
            if m.group("one")
            else number(m.group("n") or m.group("m") or m.group("k") or m.group("k2") or "")
        )
        if n:
            add(SeasonRef((n,), "additional", m.start(), m.end()))
    for m in _COUNT.finditer(text) if may_have("season", "series", "year", " run") else ():
        n = number(m.group("n"))
        if n and m.group("n").casefold() not in ("a", "an"):
            add(SeasonRef((n,), "count", m.start(), m.end()))
    for m in _SEASONS_IN.finditer(text) if may_have("season", "series") else ():
        n = number(m.group("n"))
        if n:
            add(SeasonRef((n,), "count", m.start(), m.end()))
    for m in _SEASONS_ENOUGH.finditer(text) if may_have(" all", "enough") else ():
        n = number(m.group("n"))
        if n:
            add(SeasonRef((n,), "count", m.start(), m.end()))
    first_year = may_have(
        "freshman", "rookie", "first-year", "newcomer", "only s", " episode", " airing",
        "and done", "and-done", "broadcast", "telecast", " week",
    )  # fmt: skip
    for m in _FIRST_YEAR.finditer(text) if first_year else ():
        add(SeasonRef((1,), "count", m.start(), m.end()))
    for m in _COUNT_ELLIPTICAL.finditer(text) if may_have("after") else ():
        n = number(m.group("n"))
        if n:
            add(SeasonRef((n,), "elliptical_count", m.start(), m.end()))
    verbs = may_have(
        "get", "got", "receiv", "earn", "land", "order", "commission", "greenl", "against",
        "giv", "lock", "for a", "for an", "confirm", "announced", "its", "their", "hand",
        "grant", "award", "not be",
        "there will be", "there would be",
        "pass", "make", "made", "making", "produc", "film", "shoot", "there was", "there were",
        "there is", "meaning", "decision", "word on", "word about", "news on", "news about",
        "announcement",
    )  # fmt: skip
    # (every match holds an ordinal: most texts with those common words have none)
    ordinal = odd or _ORDINAL_HINT.search(low) is not None
    for m in _ELLIPTICAL.finditer(text) if verbs and ordinal else ():
        n = number(m.group("o"))
        if n:
            # its own kind: it counts in its clause only, never for the sentence's others
            more = number(m.group("o2")) if m.group("o2") else None
            add(SeasonRef((n, more) if more else (n,), "elliptical", m.start("o"), m.end()))
    for m in _DENIED_ORDINAL.finditer(text) if ordinal and may_have("happen", "be made") else ():
        n = number(m.group("o"))
        if n:
            add(SeasonRef((n,), "elliptical", m.start("o"), m.end()))
    for m in _LIST.finditer(text) if may_have("seasons", "series") else ():
        nums = [number(w) for w in _WORDS.findall(m.group("list")) if w.casefold() != "and"]
        add(_ref(nums, "explicit", m, resp))
    for m in _THROUGH.finditer(text) if may_have("through") else ():
        n = number(m.group("n") or m.group("o"))
        if n:
            add(SeasonRef((n,), "explicit", m.start(), m.end()))
            # "three more seasons, taking the show through a sixth": the three end there
            for i, ref in enumerate(refs):
                if ref.kind == "additional" and ref.end <= m.start() and ref.numbers[0] < n:
                    numbers = tuple(range(n - ref.numbers[0] + 1, n + 1))
                    refs[i] = replace(ref, numbers=numbers, kind="explicit")
    apposed = ", " in text and may_have("season", "series")
    for m in _SEASON_APPOSITION.finditer(text) if apposed else ():
        n = number(m.group("o"))
        if n:
            add(SeasonRef((n,), "explicit", m.start("o"), m.end()))
    # "greenlit two more seasons at once, a second and a third": the count spelt out
    for m in _SPELT_OUT.finditer(text) if ordinal else ():
        first, last = number(m.group("o")), number(m.group("o2"))
        for i, ref in enumerate(refs):
            if (
                ref.kind == "additional"
                and 0 <= m.start() - ref.end <= 20
                and first
                and last
                and last - first + 1 == ref.numbers[0]
            ):
                refs[i] = replace(ref, numbers=tuple(range(first, last + 1)), kind="explicit")
    ordinal_nouns = (
        "season", "series", "installment", "chapter", "outing", "run", "batch", "year", "go-",
        "part", "edition",
    )  # fmt: skip
    for m in _ORDINAL.finditer(text) if may_have(*ordinal_nouns) else ():
        if _PART_OF_SEASON.match(text, m.end()) and not m.group().casefold().endswith(
            ("season", "seasons", "series")
        ):
            continue  # "the eighth and last chapter of the season": an episode
        nums = [number(m.group("o"))]
        nums += [number(x) for x in _ORD_RE.findall(m.group("more"))]
        if m.group("o2"):
            nums.append(number(m.group("o2")))
        if m.group("o3"):
            nums.append(number(m.group("o3")))
        kind = "final" if m.group("final") else _numbered_kind(text, m.start(), m.end())
        add(_ref(nums, kind, m, resp))
    for m in _EXPLICIT.finditer(text):
        if m.group("s"):
            nums = [int(m.group("s"))]
        elif m.group("y"):
            nums = [number(m.group("y"))]
        elif m.group("r"):
            nums = [ROMAN[m.group("r")]]
        else:
            nums = [number(m.group("n"))]
            if m.group("m"):
                last = number(m.group("m"))
                first = nums[0]
                if first and last and 0 < last - first < 6 and _RANGE_WORD.search(m.group()):
                    nums = list(range(first, last + 1))
                else:
                    nums.append(last)
        add(_ref(nums, _numbered_kind(text, m.start(), m.end()), m, resp))
    refs.sort(key=lambda r: r.start)
    # "back for a third season this fall and a fourth the year after": the next one too
    for i, ref in enumerate(refs):
        if ref.kind == "explicit" and len(ref.numbers) == 1 and ordinal and " and " in text:
            nxt = _AND_NEXT_ORDINAL.match(text, ref.end)
            if nxt and number(nxt.group("o")) == ref.numbers[0] + 1 and free(ref.end, nxt.end()):
                refs[i] = replace(ref, numbers=(ref.numbers[0], ref.numbers[0] + 1), end=nxt.end())
    # "two more seasons, locking in a fifth and a sixth": the count named right after
    for i, ref in enumerate(refs):
        if ref.kind == "additional" and i + 1 < len(refs):
            nxt = refs[i + 1]
            if (
                len(nxt.numbers) == ref.numbers[0] > 1
                and nxt.kind in ("explicit", "elliptical")
                # ("a three-season pickup, so the series is now set to run through a
                # fifth, a sixth and a seventh season")
                and nxt.start - ref.end < 80
            ):
                refs[i] = replace(ref, numbers=nxt.numbers, kind="explicit")
    # "two more seasons ..., while the fourth season is still airing": the count goes on
    # from the one season on the air
    aired = [r for r in refs if r.kind == "aired" and len(r.numbers) == 1]
    if len(aired) == 1:
        now = aired[0].numbers[0]
        refs = [
            replace(r, numbers=tuple(range(now + 1, now + r.numbers[0] + 1)), kind="explicit")
            if r.kind == "additional"
            else r
            for r in refs
        ]
    # "ordering seasons three and four together, an unusual two-season pickup": a count
    # that restates the seasons just named
    refs = [
        r
        for i, r in enumerate(refs)
        if not (
            r.kind == "additional"
            and any(
                q.kind == "explicit"
                and len(q.numbers) == r.numbers[0] > 1
                and 0 <= r.start - q.end < 80
                for q in refs[:i]
            )
        )
    ]
    return tuple(refs)


def seasons_for(ref: SeasonRef, status: str, aired: int | None = None) -> tuple[int, ...]:
    """The season numbers a reference means for ``status``.

    ``aired`` is how many seasons the article says exist so far, used for
    "two more seasons".
    """
    if ref.kind == "additional":
        if aired is None:
            return ()
        return tuple(aired + i for i in range(1, ref.numbers[0] + 1))
    if ref.kind in ("count", "after", "elliptical_count", "aired"):
        if status == "ended":
            return ref.numbers
        if status in ("canceled", "pending"):
            # "canceled after two seasons", "a freshman drama on the bubble": the next one.
            return tuple(n + 1 for n in ref.numbers)
        return ()
    if status == "canceled" and ref.numbers == (1,):
        # "canceled partway through that first run", "the first season is the only one":
        # a show that aired loses the season after it (no article cancels a first season
        # of a show that aired, and gold never does)
        return (2,)
    return ref.numbers
