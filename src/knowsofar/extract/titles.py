"""Show titles: which capitalised spans the article treats as TV shows.

A span is a show when the article says so: it is quoted or set in italics,
stands next to "season"/"series" ("Spinning Out Season 2", "the third season
of Dead to Me"), is owned by a network ("Netflix's Atypical", "Peacock mystery
series Poker Face"), is the object of a renewal or cancellation ("NBC has
cancelled American Auto", lists included), or the subject of one ("The Day of
the Jackal got renewed"). Each kind of evidence has a weight; a span needs
enough of it. Heading spans in Title Case are trimmed to the part the body
also uses ("Everything We Know About The Expanse Season 6" -> "The Expanse").

The ``knowsofar_titles`` component stores a :class:`TitleResult` under
``results(doc)["titles"]``: the shows (main show first), every mention with
its character span, and for each sentence the show it is about (its topic).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.extract import results
from knowsofar.extract.networks import network_alias_pattern

SP = r"[^\S\n]"  # a space that does not cross a line break
SEASON_WORDS = r"(?:Season|Seasons|Series|Part|Volume|Vol|Episode|Episodes|Chapter|Finale|Book)"
CAPW = (
    rf"(?!{SEASON_WORDS}\b)(?:\p{{Lu}}|\d)[\p{{L}}\p{{M}}\d]*"
    r"(?:[-'’.&+][\p{L}\p{M}\d]+)*\.?"
)
CONN = (
    r"(?:of|the|and|in|on|to|a|an|for|vs\.?|v\.|at|with|or|from|de|del|la|le|&|is|my|no|"
    r"it|me|us|by|von|van|du|des|y)"
)
SPAN_RE = regex.compile(
    rf"{CAPW}(?:{SP}+(?:{CONN}{SP}+){{0,2}}{CAPW}){{0,7}}"
    rf"(?::{SP}+{CAPW}(?:{SP}+(?:{CONN}{SP}+){{0,2}}{CAPW}){{0,5}})?"
)
OPEN_QUOTES = "‘“\"'«"
CLOSE_QUOTES = "’”\"'»"
NUMWORDS = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


@cache
def vocabulary() -> dict[str, Any]:
    text = resources.files("knowsofar.data").joinpath("titles.json").read_text("utf-8")
    return json.loads(text)


def norm_title(title: str) -> str:
    """The comparison key of a title: NFKC, case-folded, no punctuation, no leading "the"."""
    s = unicodedata.normalize("NFKC", title).casefold()
    s = regex.sub(r"[^\w\s]", " ", s)
    s = regex.sub(r"\s+", " ", s).strip()
    return regex.sub(r"^the ", "", s)


def _alt(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", SP + "+") for w in
                    sorted(words, key=len, reverse=True))


@dataclass
class _Patterns:
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
    list_gap: Any
    glued: Any
    lead_words: frozenset[str]
    not_titles: frozenset[str]
    filler: frozenset[str]


@cache
def patterns() -> _Patterns:
    v = vocabulary()
    nouns = _alt(v["show_nouns"])
    desc = _alt(v["descriptors"])
    net = network_alias_pattern()
    verbs = (
        r"(?:renew(?:s|ed)?|cancel(?:s|led|ed)?|ax(?:e|es|ed)?|axing|scrap(?:s|ped)?|"
        r"pick(?:s|ed)?" + SP + r"+up|order(?:s|ed)?|greenlit|green-lit|revive[sd]?|sav(?:e|es|ed)|"
        r"drop(?:s|ped)?|rescue[sd]?|cancel(?:l)?ing|renewing)"
    )
    status_after = (
        r"(?:renewed|cancell?ed|axed|scrapped|dropped|picked" + SP + r"+up|ordered|greenlit|"
        r"returning|coming" + SP + r"+back|getting" + SP + r"+(?:a|an|another)|ending|"
        r"set" + SP + r"+to" + SP + r"+(?:return|end)|return|end|conclude|come" + SP +
        r"+to" + SP + r"+an" + SP + r"+end|over|done)"
    )
    aux = r"(?:has|have|had|was|were|is|are|got|gets|getting|will|won['’]t|isn['’]t|wasn['’]t)"
    advs = r"(?:been|be|being|officially|also|reportedly|now|just|already|finally|not|both)"
    lead = frozenset(v["title_lead_words"])
    filler = frozenset(w.casefold() for w in v["title_lead_words"] + v["show_nouns"] +
                       v["descriptors"])
    return _Patterns(
        season_after=regex.compile(
            rf"^['’”\"]?{SP}+(?:[Ss]eason|[Ss]eries|S(?=\d))(?:{SP}*){NUMWORDS}\b"
        ),
        poss_after=regex.compile(
            rf"^['’]s{SP}+(?:[\w-]+{SP}+){{0,3}}?(?:season|seasons|series|finale|premiere|"
            rf"cast|renewal|cancellation|return|creator|showrunner|fans|fate|future|fifth|"
            rf"sixth|seventh|second|third|fourth)\b"
        ),
        of_before=regex.compile(
            rf"(?:season|seasons|series|finale|premiere|cast|fans|episodes?|trailer|return|"
            rf"renewal|cancellation|creators?|showrunners?|future|fate|end)"
            rf"{SP}+of{SP}+[“\"‘']?$",
            regex.IGNORECASE,
        ),
        net_poss_before=regex.compile(
            rf"(?<![\w])(?:{net})['’]s?{SP}+(?:(?:\p{{Ll}}[\w-]*|\p{{Lu}}\w*-[\w-]+){SP}+){{0,3}}"
            rf"[“\"‘']?$"
        ),
        net_genre_before=regex.compile(
            rf"(?<![\w])(?:{net}){SP}+(?:(?:{desc}|{nouns}){SP}+){{1,3}}[“\"‘']?$"
        ),
        genre_before=regex.compile(rf"(?<![\w-])(?:{nouns}){SP}+(?:series{SP}+)?[“\"‘']?$",
                                   regex.IGNORECASE),
        verb_before=regex.compile(
            rf"(?<![\w]){verbs}{SP}+(?:(?:both|also){SP}+)?"
            rf"(?:the{SP}+(?:[\w-]+{SP}+){{0,2}}?)?[“\"‘']?$",
            regex.IGNORECASE,
        ),
        verb_after=regex.compile(
            rf"^['’”\"]?,?{SP}+(?:both{SP}+)?(?:{aux}{SP}+)(?:{advs}{SP}+)*{status_after}\b",
            regex.IGNORECASE,
        ),
        plot_after=regex.compile(
            rf"^{SP}+(?:follows|followed|centers|centred|centered|revolves|tells|premiered|"
            rf"debuted|premieres|debuts|(?:also{SP}+|currently{SP}+)?stars{SP}+\p{{Lu}}|"
            rf"(?:is|was){SP}+(?:a|an|the){SP}+(?:[\w-]+{SP}+){{0,3}}(?:{nouns})\b)"
        ),
        about_before=regex.compile(
            rf"(?:(?:fans|viewers)(?:{SP}+of)?|release{SP}+date{SP}+for|premiere{SP}+date{SP}+"
            rf"for|know{SP}+about|renewal{SP}+of|return{SP}+of|(?:watch|binge|stream){SP}+)"
            rf"{SP}+[“\"‘']?$",
            regex.IGNORECASE,
        ),
        list_gap=regex.compile(
            rf"^[’”\"']?{SP}*(?:,{SP}*[“\"‘']?|,?{SP}+(?:and|&|or|as{SP}+well{SP}+as){SP}+"
            rf"(?:the{SP}+)?[“\"‘']?|[“\"‘']?)$"
        ),
        glued=regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})"),
        lead_words=lead,
        not_titles=frozenset(v["not_titles"]),
        filler=filler,
    )


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


@dataclass
class TitleResult:
    shows: list[str] = field(default_factory=list)  # main show first
    mentions: list[Mention] = field(default_factory=list)
    sentences: list[SentenceInfo] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def main(self) -> str | None:
        return self.shows[0] if self.shows else None

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
        if len(named) == 1:
            return next(iter(named))
        if named:
            # Several shows in one sentence: the nearest one named before the offset.
            before = [m for m in s.mentions if m.start <= offset]
            return before[-1].title if before else s.mentions[0].title
        return s.topic


# -- candidates ---------------------------------------------------------------


def _clean(span: str) -> str:
    span = regex.sub(r"['’]s$", "", span.strip())
    span = span.rstrip(".,:;").strip()
    return span


def _is_title_case_line(line: str) -> bool:
    words = [w for w in regex.findall(r"[\p{L}][\p{L}'’-]*", line) if len(w) > 3]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.75


def _words(span: str) -> list[str]:
    return span.split()


def _subspans(words: list[str]) -> list[tuple[int, int]]:
    out = []
    n = len(words)
    for i in range(n):
        if not words[i][:1].isupper() and not words[i][:1].isdigit():
            continue
        for j in range(i + 1, n + 1):
            last = words[j - 1]
            if last[:1].isupper() or last[:1].isdigit():
                out.append((i, j))
    return out


def _ngram_counts(spans: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for s in spans:
        w = [_clean(x) for x in _words(s)]
        for i, j in _subspans(w):
            counts[" ".join(w[i:j])] += 1
    return counts


def _trim(span: str, counts: Counter[str], heading: bool, pats: _Patterns) -> str:
    """Cut a span to the part the article supports: drop lead words and heading noise."""
    words = [_clean(x) for x in _words(span)]
    words = [w for w in words if w]
    if not words:
        return ""
    full = " ".join(words)
    base = counts.get(full, 1)
    if heading or words[0] in pats.lead_words or regex.match(r"\p{Lu}\w*-\p{Ll}", words[0]):
        best = None
        for i, j in _subspans(words):
            sub = " ".join(words[i:j])
            c = counts.get(sub, 0)
            if c > base and (best is None or (j - i, c) > best[0]):
                best = ((j - i, c), sub)
        if best:
            return best[1]
        # No better-supported part: at least drop opening filler words.
        while len(words) > 1 and words[0] in pats.lead_words:
            words = words[1:]
        return " ".join(words)
    return full


def _acceptable(title: str, pats: _Patterns) -> bool:
    key = title.casefold()
    if len(title) < 2 or key in pats.not_titles or norm_title(title) in pats.not_titles:
        return False
    if regex.fullmatch(r"[\d\W]+", title) and "-" not in title:
        return False
    words = [w.casefold().strip("’'") for w in title.split()]
    if all(w in pats.filler or regex.fullmatch(CONN, w) for w in words):
        return False
    from knowsofar.extract.networks import network_names_folded

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
        text = doc.text
        p = self.p
        heading_lines = {h.strip() for h in info.get("headings") or [] if h}
        if info.get("title"):
            heading_lines.add(info["title"].strip())
        first_line = text.lstrip().split("\n", 1)[0].strip()
        if first_line:
            heading_lines.add(first_line)
        emphasis = {e.strip() for e in info.get("emphasis") or [] if e and e.strip()}

        raw = [(m.start(), m.end(), m.group()) for m in SPAN_RE.finditer(text)]
        # Glued words from lost separators ("DickinsonSeeLittle America") become pieces.
        spans: list[tuple[int, int, str]] = []
        glue_prefixes = tuple(vocabulary()["glue_prefixes"])
        for s, e, t in raw:
            cuts = [m.start() for m in p.glued.finditer(t)]
            cuts = [c for c in cuts if not t[:c].split()[-1].startswith(glue_prefixes)
                    or len(t[:c].split()[-1]) > 4]
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

        scores: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = {}
        line_starts = _line_index(text)
        inherit = 0.0
        prev_end = -1
        for s, e, t in spans:
            left = text[max(0, s - 80):s]
            right = text[e:e + 80]
            line = _line_of(text, line_starts, s)
            heading = line in heading_lines or _is_title_case_line(line)
            quoted = (s > 0 and text[s - 1] in OPEN_QUOTES and
                      regex.match(rf"^[,.!?]?[{CLOSE_QUOTES}]", right) is not None)
            weight = 0.0
            if quoted:
                weight += 2
            if p.season_after.search(right):
                weight += 3
            if p.poss_after.search(right):
                weight += 3
            if p.of_before.search(left):
                weight += 3
            if p.net_poss_before.search(left) or p.net_genre_before.search(left):
                weight += 3
            elif p.genre_before.search(left):
                weight += 2
            verb = p.verb_before.search(left) is not None
            if verb:
                weight += 3
            if p.verb_after.search(right):
                weight += 3
            if p.plot_after.search(right):
                weight += 2
            if p.about_before.search(left):
                weight += 2
            if t in emphasis or _clean(t) in emphasis:
                weight += 3
            gap = text[prev_end:s] if prev_end >= 0 else ""
            if inherit and p.list_gap.match(gap):
                weight = max(weight, inherit)
            elif not regex.fullmatch(rf"{SP}+(?:\p{{Ll}}[\w-]*{SP}+){{1,3}}", gap or "x"):
                inherit = 0.0
            if verb or (inherit and p.list_gap.match(gap)):
                inherit = 3.0
            prev_end = e
            if weight == 0:
                continue
            title = t if quoted else _trim(t, counts, heading, p)
            title = _clean(title)
            if " and " in title and not quoted and counts.get(title, 0) < 2:
                # "Farzar and Captain Fall": two list items, not one title.
                parts = [x.strip() for x in title.split(" and ")]
                for part in parts:
                    if part and _acceptable(part, p):
                        key = norm_title(part)
                        scores[key] += weight
                        forms.setdefault(key, Counter())[part] += 1
                continue
            if not title or not _acceptable(title, p):
                continue
            key = norm_title(title)
            scores[key] += weight + (1 if heading else 0)
            forms.setdefault(key, Counter())[title] += 1

        accepted = {k: v for k, v in scores.items() if v >= 3}
        best_form = {k: _best_form(forms[k]) for k in accepted}
        mentions = _find_mentions(text, [best_form[k] for k in accepted])
        # Count every mention, not just the ones with evidence.
        freq = Counter(norm_title(m.title) for m in mentions)
        first_pos: dict[str, int] = {}
        for m in mentions:
            first_pos.setdefault(norm_title(m.title), m.start)
        heading_text = "\n".join(heading_lines)
        heading_keys = {k for k in accepted if _mentions_in(heading_text, best_form[k])}

        def rank(k: str) -> tuple[float, float, int]:
            return (accepted[k] + 2 * freq[k] + (6 if k in heading_keys else 0),
                    -first_pos.get(k, 10**9), 0)

        ordered = sorted(accepted, key=rank, reverse=True)
        shows = [best_form[k] for k in ordered]
        res = TitleResult(shows=shows, mentions=mentions,
                          scores={best_form[k]: accepted[k] for k in accepted})
        res.sentences = self._sentences(doc, mentions, res.main)
        return res

    def _sentences(self, doc: Doc, mentions: list[Mention], main: str | None) -> list[
            SentenceInfo]:
        out: list[SentenceInfo] = []
        text = doc.text
        mi = 0
        topic = main
        paragraph = 0
        last_para_end = 0
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            if "\n\n" in text[last_para_end:start] or (start > 0 and text[start - 1] == "\n"):
                paragraph += 1
                # A new paragraph drifts back to the main show unless it names another.
                topic = main
            last_para_end = end
            here = []
            while mi < len(mentions) and mentions[mi].start < end:
                if mentions[mi].start >= start:
                    here.append(mentions[mi])
                mi += 1
            stext = text[start:end].strip()
            out.append(SentenceInfo(start, end, text[start:end], here, topic,
                                    stext.endswith("?"), paragraph))
            if here:
                topic = here[-1].title if len({m.title for m in here}) == 1 else here[0].title
        return out


def _best_form(forms: Counter[str]) -> str:
    # The spelling the article uses most; ties go to the longer (fuller) one.
    return max(forms.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _title_regex(title: str) -> str:
    words = regex.findall(r"[\p{L}\p{M}\d]+", title)
    if not words:
        return regex.escape(title)
    body = r"[\W_]{0,3}".join(regex.escape(w) for w in words)
    if words[0] == "The":
        body = r"(?:The[\W_]{1,3})?" + r"[\W_]{0,3}".join(regex.escape(w) for w in words[1:])
    return body


def _find_mentions(text: str, titles: list[str]) -> list[Mention]:
    if not titles:
        return []
    by_len = sorted(titles, key=len, reverse=True)
    alts = "|".join(f"(?P<t{i}>{_title_regex(t)})" for i, t in enumerate(by_len))
    # Word edges, or a camel-case edge where separators were lost ("SeeDickinson").
    pat = regex.compile(rf"(?:(?<![\p{{L}}\d])|(?<=\p{{Ll}}))(?:{alts})(?![\p{{Ll}}\d])")
    out = []
    for m in pat.finditer(text):
        for i, t in enumerate(by_len):
            if m.group(f"t{i}") is not None:
                out.append(Mention(t, m.start(), m.end()))
                break
    return out


def _mentions_in(text: str, title: str) -> bool:
    return bool(_find_mentions(text, [title]))


def _line_index(text: str) -> list[int]:
    starts = [0]
    for m in regex.finditer(r"\n", text):
        starts.append(m.end())
    return starts


def _line_of(text: str, starts: list[int], offset: int) -> str:
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    s = starts[i]
    e = text.find("\n", s)
    return text[s:e if e >= 0 else len(text)].strip()


@Language.factory("knowsofar_titles")
def make_title_finder(nlp: Language, name: str) -> TitleFinder:
    return TitleFinder()
