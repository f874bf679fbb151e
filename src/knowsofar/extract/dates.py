"""Dates in articles: absolute ("January 1, 2020", "August 2017", "2021"),
without a year ("Oct. 10", "in November") and relative ("last week", "earlier
this year", "two weeks ago", "a month after its release").

Absolute dates are read with precompiled patterns (cheap, and precise to the
day, month or year the text gives). Dates that need the document's date go
through dateparser, only for the few strings found in relevant sentences, and
are cached. Dates are ISO strings as precise as the text: "2020", "2020-01",
"2020-01-01".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex

from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.vocab import SP

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
    r"Nov\.?|Dec\.?)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

DATE_RE = fast_pattern(
    # Every form below starts a word with a digit or one of these letters: one cheap test
    # at each word before all the forms are tried.
    r"\b(?=[\dabdefijlmnostuy])(?:"
    rf"(?P<iso>\b{YEAR}-[01]\d-[0-3]\d\b)"
    rf"|(?P<mdy>\b{MONTH}{SP}+{DAY},?{SP}+{YEAR}\b)"
    rf"|(?P<dmy>\b{DAY}{SP}+{MONTH},?{SP}+{YEAR}\b)"
    rf"|(?P<my>\b{MONTH},?{SP}+(?:of{SP}+)?{YEAR}\b)"
    rf"|(?P<md>\b{MONTH}{SP}+{DAY}\b(?!,?{SP}*\d))"
    rf"|(?P<dm>\b{DAY}{SP}+{MONTH}\b(?!,?{SP}*\d))"
    rf"|(?P<m>\b(?:(?:in|since|of|during|until|by|from|last|this|early|late|mid){SP}+|mid-)"
    rf"(?P<mon>{MONTH})\b(?!{SP}*\d))"
    rf"|(?P<y>\b(?:in|since|of|during|until|by|from|early|late|mid-?){SP}*(?P<year>{YEAR})\b)"
    rf"|(?P<rel>\b(?:last{SP}+(?:week|month|year|fall|spring|summer|winter)|"
    rf"earlier{SP}+this{SP}+(?:week|month|year)|this{SP}+(?:week|month|year)|yesterday|today|"
    rf"(?:a|one|two|three|four|five|six|several|a{SP}+few|\d+){SP}+(?:days?|weeks?|months?|"
    rf"years?){SP}+ago|(?:a|one|two|three|four|five|six|\d+){SP}+(?:days?|weeks?){SP}+from{SP}+"
    rf"(?:today|now)|tomorrow|next{SP}+(?:week|month|year)|"
    # "on Thursday, Sept. 11": the weekday only names the date that follows it; "on
    # Friday nights" is a time slot, every week.
    rf"(?:on|last|this|next){SP}+{WEEKDAY}(?!,?{SP}*(?:{MONTH}|{DAY}\b)|{SP}+(?:nights|evenings|"
    rf"mornings|afternoons)\b)))\b)",
    regex.IGNORECASE,
)
DATELINE_RE = fast_pattern(
    rf"^\s*(?:(?:date|published|updated|posted|last{SP}+updated)\s*:?\s*)?"
    rf"(?:{WEEKDAY},?{SP}+)?(?P<date>{YEAR}-[01]\d-[0-3]\d|{MONTH}{SP}+{DAY},?{SP}+{YEAR}|"
    rf"{DAY}{SP}+{MONTH},?{SP}+{YEAR})\b",
    regex.IGNORECASE | regex.MULTILINE,
)
# A byline or place before the date on a line of its own: "By Jo Lee | May 6, 2025",
# "SAN DIEGO, July 27, 2024 —".
BYLINE_DATE_RE = fast_pattern(
    rf"^[^\S\n]*[^\n.!?|]{{1,60}}?[^\S\n]*(?:\||·|—|–|,)[^\S\n]*(?:{WEEKDAY},?{SP}+)?"
    rf"(?P<date>{YEAR}-[01]\d-[0-3]\d|{MONTH}{SP}+{DAY},?{SP}+{YEAR}|{DAY}{SP}+{MONTH},?{SP}+{YEAR})"
    # ("| May 25, 2010, 10:30 AM ET", "| 6 March 2018 at 9:15")
    rf"[^\S\n]*(?:$|\||·|—|–|-{SP}|\(|\n|(?:,|{SP}+at){SP}+\d{{1,2}}[:.]\d\d\b)",
    regex.IGNORECASE | regex.MULTILINE,
)


@dataclass(frozen=True)
class DateRef:
    start: int
    end: int
    text: str
    value: str | None  # ISO, as precise as the text; None if it needs a date we lack
    relative: bool


def _month(word: str) -> int:
    return MONTHS[word.casefold().rstrip(".")]


# (compiled once: the module-level regex functions look their pattern up on every call)
_DIGITS = fast_pattern(r"\d+")
_DATE_PARTS = fast_pattern(r"[\p{L}]+\.?|\d+(?:st|nd|rd|th)?")
_MONTH_YEAR_PARTS = fast_pattern(r"[\p{L}]+\.?|\d+")


def _day(word: str) -> int:
    return int(_DIGITS.match(word).group())


def parse_absolute(m: regex.Match) -> str | None:
    g = m.groupdict()
    try:
        if g["iso"]:
            dt.date.fromisoformat(g["iso"])
            return g["iso"]
        if g["mdy"]:
            parts = _DATE_PARTS.findall(g["mdy"])
            return dt.date(int(parts[2]), _month(parts[0]), _day(parts[1])).isoformat()
        if g["dmy"]:
            parts = _DATE_PARTS.findall(g["dmy"])
            return dt.date(int(parts[2]), _month(parts[1]), _day(parts[0])).isoformat()
        if g["my"]:
            parts = _MONTH_YEAR_PARTS.findall(g["my"])
            return f"{int(parts[-1]):04d}-{_month(parts[0]):02d}"
        if g["y"]:
            return g["year"]
    except (ValueError, KeyError, AttributeError):
        return None
    return None


# Every date DATE_RE reads has a digit, a month or one of these words ("today" and the
# weekdays end in "day"): a cheap test that spares most strings the full pattern.
DATE_HINT = fast_pattern(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|year|day|tomorrow|fall|"
    r"spring|summer|winter",
    regex.IGNORECASE,
)


def find_dates(
    text: str, reference: str | None = None, prefer: str = "past", limit: int | None = None
) -> list[DateRef]:
    """Dates in ``text`` (the first ``limit`` of them, if given: resolving a relative date
    may ask dateparser); relative ones are resolved against ``reference`` (ISO) if given."""
    out: list[DateRef] = []
    if not DATE_HINT.search(text):
        return out
    for m in DATE_RE.finditer(text):
        if limit is not None and len(out) >= limit:
            break
        value = parse_absolute(m)
        relative = value is None
        if relative and reference:
            value = resolve_relative(m.group(), reference, prefer)
        out.append(DateRef(m.start(), m.end(), m.group(), value, relative))
    return out


@lru_cache(maxsize=4096)
def resolve_relative(phrase: str, reference: str, prefer: str = "past") -> str | None:
    """ "last week", "Oct. 10", "in November" against the document's date (dateparser)."""
    import dateparser

    try:
        base = dt.datetime.fromisoformat(reference[:10])
    except ValueError:
        return None
    p = regex.sub(
        r"^(?:(?:in|since|of|during|until|by|from|on|early|late|mid)\s+|mid-(?=\p{L}))",
        "",
        phrase.strip(),
        flags=regex.IGNORECASE,
    )
    month_only = regex.fullmatch(rf"(?:last|this)?{SP}*{MONTH}", p, flags=regex.IGNORECASE)
    if month_only:
        name = regex.search(MONTH, p, flags=regex.IGNORECASE).group()
        mon = _month(name)
        year = base.year
        if p.casefold().startswith("this"):
            pass
        elif prefer == "past" and mon > base.month:
            year -= 1
        elif prefer == "future" and mon < base.month:
            year += 1
        return f"{year:04d}-{mon:02d}"
    simple = _simple_relative(p.casefold(), base.date(), prefer)
    if simple:
        return simple
    day = _day_of_month(p, base.date(), prefer)
    if day:
        return day
    # Anything else goes to dateparser (slow to start: the common forms are handled above).
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(p, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if regex.search(r"\b(?:month|months)\b", p):
        return parsed.strftime("%Y-%m")
    if regex.search(r"\b(?:year|years|fall|spring|summer|winter)\b", p):
        return parsed.strftime("%Y")
    return parsed.date().isoformat()


# "November 13", "Nov. 13", "Sept 4", "13 November": a day of a month without its year,
# the phrase dateparser was most often asked for (at a millisecond a call). Only spellings
# checked against dateparser's own answers (every day of every month, past and future,
# for references spread over 2018-2026 with year ends and a leap day: 102,104 answers
# alike; tests/test_extract_fast_paths.py keeps a sample).
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_DAY = "[1-9]|[12][0-9]|3[01]"
_DAY_OF_MONTH = fast_pattern(
    rf"(?P<m>{_MONTH_NAMES}|(?:{_MONTH_ABBREVIATIONS})\.?) (?P<d>{_DAY})"
    rf"|(?P<d2>{_DAY}) (?P<m2>{_MONTH_NAMES})"
)


def _day_of_month(p: str, base: dt.date, prefer: str) -> str | None:
    """A day of a month with no year, as dateparser reads it: the nearest such day before
    the reference for "past" (the reference day itself included), after it for "future";
    None for other phrases and for a day some year lacks (February 29: dateparser decides)."""
    m = _DAY_OF_MONTH.fullmatch(p)
    if m is None or prefer not in ("past", "future"):
        return None
    month, day = _month(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
    year = base.year
    try:
        if prefer == "past" and dt.date(year, month, day) > base:
            year -= 1
        elif prefer == "future" and dt.date(year, month, day) <= base:
            year += 1
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


UNIT_DAYS = {"day": 1, "week": 7}
COUNT_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "several": 3,
    "a few": 3,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _simple_relative(p: str, base: dt.date, prefer: str = "past") -> str | None:
    """The everyday relative forms, as precise as they are: "last week" is a day a week
    back, "two months ago" a month, "earlier this year" a year."""
    if p in ("today", "this week"):
        return base.isoformat()
    if p == "yesterday":
        return (base - dt.timedelta(days=1)).isoformat()
    if p in ("this month", "earlier this month"):
        return f"{base.year:04d}-{base.month:02d}"
    if p in ("this year", "earlier this year"):
        return f"{base.year:04d}"
    if p == "earlier this week":
        return base.isoformat()
    if p == "last week":
        return (base - dt.timedelta(days=7)).isoformat()
    if p == "last month":
        return add_interval(base.isoformat(), -1, "month")
    if p == "last year":
        return f"{base.year - 1:04d}"
    m = regex.fullmatch(r"last\s+(spring|summer|fall|autumn)", p)
    if m:
        # the latest one that is over: "last summer" in November is this year's
        # ("last winter" spans two years and is left unread)
        over = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11}[m.group(1)]
        return f"{base.year if base.month > over else base.year - 1:04d}"
    m = regex.fullmatch(
        r"(a few|a|one|two|three|four|five|six|several|\d+)\s+(day|week|month|"
        r"year)s?\s+ago",
        p,
    )
    if m:
        n = COUNT_WORDS.get(m.group(1)) or int(m.group(1))
        unit = m.group(2)
        if unit in UNIT_DAYS:
            return (base - dt.timedelta(days=n * UNIT_DAYS[unit])).isoformat()
        return add_interval(base.isoformat(), -n, unit)
    if p == "tomorrow":
        return (base + dt.timedelta(days=1)).isoformat()
    if p == "next week":
        return (base + dt.timedelta(days=7)).isoformat()
    if p == "next month":
        return add_interval(base.isoformat(), 1, "month")
    if p == "next year":
        return f"{base.year + 1:04d}"
    m = regex.fullmatch(
        r"(a|one|two|three|four|five|six|\d+)\s+(day|week)s?\s+from\s+(?:today|now)", p
    )
    if m:
        n = COUNT_WORDS.get(m.group(1)) or int(m.group(1))
        return (base + dt.timedelta(days=n * UNIT_DAYS[m.group(2)])).isoformat()
    m = regex.fullmatch(r"(?:(on|last|this|next)\s+)?(\w+day)", p)
    if m and m.group(2) in WEEKDAYS:
        ahead = (WEEKDAYS.index(m.group(2)) - base.weekday()) % 7
        back = (base.weekday() - WEEKDAYS.index(m.group(2))) % 7 or 7
        if m.group(1) == "next":
            return (base + dt.timedelta(days=ahead or 7)).isoformat()
        if m.group(1) == "this" or (m.group(1) in (None, "on") and prefer == "future"):
            return (base + dt.timedelta(days=ahead)).isoformat()
        return (base - dt.timedelta(days=back)).isoformat()
    return None


def dateline(text: str) -> str | None:
    """The date an article prints at its top ("Published: 2021-05-25", "June 16, 2023")."""
    head = text[:400]
    for pattern in (DATELINE_RE, BYLINE_DATE_RE):
        for m in pattern.finditer(head):
            found = find_dates(m.group("date"))
            if found and found[0].value and len(found[0].value) == 10:
                return found[0].value
    return None


def within_months(date: str, doc_date: str | None, months: int) -> bool:
    """Whether ISO ``date``, to the month at least, falls in the ``months`` before
    ``doc_date`` (a year alone is too coarse to tell)."""
    if not doc_date:
        return False
    try:
        y, m = int(date[:4]), int(date[5:7]) if len(date) >= 7 else 0
        dy, dm = int(doc_date[:4]), int(doc_date[5:7])
    except ValueError:
        return False
    return bool(m) and 0 <= (dy - y) * 12 + (dm - m) <= months


def add_interval(date: str, amount: int, unit: str) -> str:
    """ "2020-01-01" + 1 month -> "2020-02"; keeps the precision the interval allows."""
    base = dt.date.fromisoformat(
        date if len(date) == 10 else (date + "-01")[:10] if len(date) == 7 else f"{date}-01-01"
    )
    unit = unit.rstrip("s")
    if unit == "day":
        return (base + dt.timedelta(days=amount)).isoformat()
    if unit == "week":
        return (base + dt.timedelta(weeks=amount)).isoformat()
    if unit == "month":
        y, m = divmod(base.month - 1 + amount, 12)
        return f"{base.year + y:04d}-{m + 1:02d}"
    return f"{base.year + amount:04d}"
