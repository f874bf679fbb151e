"""The rest of what an article says about a show: its series premiere, release
dates of coming seasons, genres, plot sentences, trailer links and episode counts.

The series premiere is a past-tense premiere with no later season in its
clause ("Shadow and Bone premiered in 2021", "since premiering in August
2017", "The first season of X ... premiered on Netflix on February 1, 2019").
"Its third season, which premiered in November 2019", "the midseason
premiere" and "will premiere on February 20" are not: the last one is a
coming season's release date.

The ``knowsofar_details`` component stores a list of :class:`Detail` under
``results(doc)["details"]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.extract import results
from knowsofar.extract.dates import find_dates
from knowsofar.extract.seasons import NUMBERS, find_seasons
from knowsofar.extract.titles import SentenceInfo, TitleResult
from knowsofar.extract.vocab import SP, alternation, load_data


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


@cache
def genres() -> list[str]:
    return load_data("genres.json")["genres"]


@cache
def _patterns() -> dict[str, Any]:
    g = alternation(genres(), SP + "+")
    return {
        "premiere": regex.compile(
            r"\b(?:premiered|debuted|launched|released|first\s+aired|began\s+airing|"
            r"arrived|bowed|(?:since|after|before)\s+(?:premiering|debuting|launching)|"
            r"first\s+(?:premiered|debuted|launched|hit))\b",
            regex.IGNORECASE,
        ),
        "not_series": regex.compile(
            r"\b(?:midseason|mid-season|season\s+premiere|finale|(?<!first\s+(?:\w+\s+)?)episodes?|"
            r"volume|part\s+\d|will|would|set\s+to|expected|slated|scheduled|trailer|teaser|film|"
            r"movie|special)\b",
            regex.IGNORECASE,
        ),
        "source_work": regex.compile(
            # lower case: "Squid Game premiered" is the show's own name
            r"\b(?:book|novel|album|song|comic|game|play)s?\W+(?:(?:that|which|was|were|first|originally)\W+)*$"
        ),
        "future_release": regex.compile(
            r"\b(?:will\s+(?:premiere|debut|launch|be\s+released|arrive|drop|return|air|be\s+"
            r"available|stream|begin|start)|(?:is|are)\s+(?:set|scheduled|slated|due|expected|"
            r"about)\s+to\s+(?:be\s+)?(?:premiere|debut|launch|release|arrive|drop|return|air|"
            r"stream|hit)|(?:returns|begins)\s+on|premieres|debuts|arrives|launches|drops|lands)\b",
            regex.IGNORECASE,
        ),
        "genre": regex.compile(
            rf"(?<![\w-])(?:[\w-]+-)?(?P<g>{g})(?=(?:{SP}+(?:series|show|drama|comedy))?"
            rf"(?:{SP}+(?:that|which|about|starring|from|created|based|follows|is|was|has|"
            rf"released|premiered|debuted|centers|,|—|–)|[,.;:]|{SP}+[“\"‘']?(?-i:\p{{Lu}})))",
            regex.IGNORECASE,
        ),
        "genre_lead": regex.compile(
            rf"(?:(?i:\b(?:the|a|an|this|its|their|hit|new|popular|acclaimed))|\b[\w-]+['’]s?"
            rf"|\b\p{{Lu}}[\w+]*(?:['’]s)?){SP}+(?:[\w-]+{SP}+){{0,2}}$"
        ),
        "plot": regex.compile(
            r"\b(?:follows|followed|centers\s+on|centres\s+on|centered\s+on|revolves\s+around|"
            r"tells\s+the\s+story|is\s+about|examines|chronicles|tracks|explores)\b",
            regex.IGNORECASE,
        ),
        "url": regex.compile(r"https?://[^\s)\]>\"']+"),
        "trailer": regex.compile(r"\b(?:trailer|teaser)\b", regex.IGNORECASE),
        "episodes": regex.compile(
            r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-two|twenty-four)"
            r"[-\s]+episodes?\b",
            regex.IGNORECASE,
        ),
        "episode_verbs": regex.compile(
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


def _show_for(sent: SentenceInfo, rel: int, titles: TitleResult) -> str | None:
    before = [m for m in sent.mentions if m.start - sent.start <= rel]
    if before:
        return before[-1].title
    if sent.mentions:
        return sent.mentions[0].title
    return sent.topic or titles.main


class DetailFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = results(doc)
        titles: TitleResult = found.get("titles") or TitleResult()
        doc_date = (found.get("document") or {}).get("date")
        found["details"] = self.find(titles, doc_date)
        return doc

    def find(self, titles: TitleResult, doc_date: str | None) -> list[Detail]:
        p = _patterns()
        out: list[Detail] = []
        words = _genre_words()
        for sent in titles.sentences:
            text = sent.text
            if sent.question:
                continue
            ev = text.strip()
            low = text.casefold()
            # Cheap word checks first: most sentences need none of the patterns below.
            if any(k in low for k in PREMIERE_WORDS):
                for m in p["premiere"].finditer(text):
                    self._premiere(sent, m, titles, doc_date, out)
                if p["future_release"].search(text):
                    self._release(sent, titles, doc_date, out)
            if not any(g in low for g in words):
                continue
            for m in p["genre"].finditer(text):
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
            if p["plot"].search(text) and (sent.mentions or sent.topic):
                show = _show_for(sent, p["plot"].search(text).start(), titles)
                if show and len(ev) > 40:
                    out.append(
                        Detail("plot", show, {"text": ev}, sent.start, sent.end, ev, confidence=0.6)
                    )
            if p["trailer"].search(text):
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
            for m in p["episodes"].finditer(text):
                if not p["episode_verbs"].search(text[max(0, m.start() - 40) : m.start()]):
                    continue
                refs = [r for r in find_seasons(text) if r.kind in ("explicit", "final")]
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
        clause = text[cs:ce]
        rel = m.start() - cs
        if p["not_series"].search(clause[max(0, rel - 60) : rel + 40]):
            return
        if p["source_work"].search(clause[max(0, rel - 30) : rel]):
            return  # "the novel was released in 2010": the book, not the show
        refs = find_seasons(clause)
        if any(n > 1 for r in refs for n in r.numbers if abs(r.start - rel) < 80):
            return
        # "Its third season, which premiered in 2019": the season is the relative's subject.
        head = text[max(0, m.start() - 90) : m.start()]
        if regex.search(r",\s*which\s+$", text[: m.start()]) and any(
            n > 1 for r in find_seasons(head) for n in r.numbers
        ):
            return
        dates = [d for d in find_dates(clause[rel : rel + 70], doc_date, prefer="past")]
        if not dates or not dates[0].value or dates[0].start > 45:
            return
        show = _show_for(sent, cs + rel, titles)
        if not show:
            return
        first = bool(
            regex.search(
                r"\b(?:first\s+season|series\s+premiere|season\s+(?:1|one)"
                r"|pilot)\b",
                clause,
                regex.IGNORECASE,
            )
        )
        out.append(
            Detail(
                "premiere",
                show,
                {"date": dates[0].value},
                sent.start,
                sent.end,
                text.strip(),
                confidence=0.9 if first else 0.8,
            )
        )

    def _release(
        self, sent: SentenceInfo, titles: TitleResult, doc_date: str | None, out: list[Detail]
    ) -> None:
        text = sent.text
        refs = [r for r in find_seasons(text) if r.kind in ("explicit", "final")]
        season = refs[0].numbers[0] if len(refs) == 1 and len(refs[0].numbers) == 1 else None
        m = _patterns()["future_release"].search(text)
        dates = find_dates(text[m.start() : m.start() + 80], doc_date, prefer="future")
        if not dates or not dates[0].value:
            return
        show = _show_for(sent, m.start(), titles)
        if show:
            out.append(
                Detail(
                    "release_date",
                    show,
                    {"date": dates[0].value},
                    sent.start,
                    sent.end,
                    text.strip(),
                    season=season,
                    confidence=0.7,
                )
            )


@Language.factory("knowsofar_details")
def make_detail_finder(nlp: Language, name: str) -> DetailFinder:
    return DetailFinder()
