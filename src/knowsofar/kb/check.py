"""The editor's linter: check an article against itself and the knowledge base.

Findings: a name spelled two ways in the article or differently from what the
sources say; a character called two names; a season status that newer
sources contradict; a premiere date that disagrees with most sources. Each
finding cites the article's sentence and the evidence it is checked against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from knowsofar.claims import Claim, Extraction
from knowsofar.kb.reconcile import DECIDED
from knowsofar.kb.resolve import characters_match, fold, names_match

if TYPE_CHECKING:
    from knowsofar.kb.store import KnowledgeBase

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


@dataclass
class Finding:
    kind: str  # misspelled-name | character-two-names | stale-status | premiere-disagrees
    message: str
    sentence: str  # the article's sentence the finding is about
    show: str | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)  # SOURCEs (KB_API.md)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "show": self.show,
            "message": self.message,
            "sentence": self.sentence,
            "evidence": self.evidence,
        }


def check_extraction(ex: Extraction, kb: KnowledgeBase) -> list[Finding]:
    """All findings for one extracted article, in the order of the article."""
    findings: list[Finding] = []
    findings += _inside_article(ex)
    own = kb.document_id(ex.source)
    cache: dict[str, dict[str, Any] | None] = {}
    for c in ex.claims:
        facts = _facts(kb, c.show, cache)
        if facts is None:
            continue
        if c.kind == "cast":
            findings += _cast_against_kb(c, facts, own)
        elif c.kind == "season_status" and c.season is not None:
            findings += _status_against_kb(c, facts, ex.source.date, own)
        elif c.kind in ("premiere", "release_date"):
            findings += _date_against_kb(c, facts, own)
    return _dedupe(findings)


def _facts(kb: KnowledgeBase, title: str, cache: dict[str, Any]) -> dict[str, Any] | None:
    if title not in cache:
        found = kb.find_show(title)
        cache[title] = kb.show_facts(found["slug"]) if found else None
    return cache[title]


def _sentence_with(text: str, needle: str) -> str:
    for m in _SENTENCE.finditer(text):
        if needle and needle in m.group(0):
            return m.group(0).strip()
    return ""


def _inside_article(ex: Extraction) -> list[Finding]:
    """Names the article itself spells two ways (the extractor's conflicts, and cast claims)."""
    out: list[Finding] = []
    text = ex.source.text
    for conflict in ex.conflicts:
        others = [x for x in conflict.seen if x != conflict.chosen]
        for other in others:
            kind = "character-two-names" if conflict.field == "character" else "misspelled-name"
            what = "the character" if conflict.field == "character" else f"the {conflict.field}"
            out.append(
                Finding(
                    kind=kind,
                    show=conflict.show,
                    message=f"the article calls {what} both {other!r} and {conflict.chosen!r}; "
                    f"{conflict.chosen!r} is the likely spelling"
                    + (f" ({conflict.why})" if conflict.why else ""),
                    sentence=_sentence_with(text, other),
                    evidence=[
                        {
                            "evidence": _sentence_with(text, conflict.chosen),
                            "document_id": None,
                            "url": ex.source.url,
                            "path": ex.source.path,
                            "title": ex.source.title,
                            "date": ex.source.date,
                        }
                    ],
                )
            )
    cast = [c for c in ex.claims if c.kind == "cast"]
    for i, a in enumerate(cast):
        for b in cast[i + 1 :]:
            if a.show != b.show:
                continue
            ca, cb = str(a.value.get("character", "")), str(b.value.get("character", ""))
            same_actor = fold(str(a.value.get("actor", ""))) == fold(str(b.value.get("actor", "")))
            if same_actor and _two_spellings(ca, cb):
                out.append(
                    Finding(
                        kind="character-two-names",
                        show=a.show,
                        message=f"{a.value.get('actor')}'s character is called both {ca!r} and "
                        f"{cb!r} in this article",
                        sentence=b.evidence,
                        evidence=[
                            {
                                "evidence": a.evidence,
                                "document_id": None,
                                "url": ex.source.url,
                                "path": ex.source.path,
                                "title": ex.source.title,
                                "date": ex.source.date,
                            }
                        ],
                    )
                )
    return out


def _two_spellings(a: str, b: str) -> bool:
    """Two spellings of one name, not one name and its short form ("Nora" / "Nora Hale")."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb or fa == fb or len(fa.split()) != len(fb.split()):
        return False
    return characters_match(a, b)


def _support_without(item: dict[str, Any], own: int | None) -> int:
    sources = item.get("sources") or []
    mine = any(s.get("document_id") == own for s in sources) if own else False
    return int(item.get("support") or 0) - int(mine)


def _cast_against_kb(c: Claim, facts: dict[str, Any], own: int | None) -> list[Finding]:
    actor, role = str(c.value.get("actor", "")), str(c.value.get("character", ""))
    out: list[Finding] = []
    for known in facts["cast"]:
        k_actor, k_role = known.get("actor") or "", known.get("character") or ""
        if _support_without(known, own) < 1:
            continue
        same_role = bool(role) and (fold(role) == fold(k_role) or characters_match(role, k_role))
        if (
            fold(actor) != fold(k_actor)
            and names_match(actor, k_actor)
            and (same_role or len(actor.split()) > 1)
        ):
            if len(fold(actor).split()) < len(fold(k_actor).split()):
                continue  # a first-name mention, not a misspelling
            out.append(
                Finding(
                    kind="misspelled-name",
                    show=facts["title"],
                    message=f"{actor!r} looks like a misspelling of {k_actor!r}, who plays "
                    f"{k_role} ({_n(_support_without(known, own))})",
                    sentence=c.evidence,
                    evidence=known["sources"][:3],
                )
            )
        elif fold(actor) == fold(k_actor) and _two_spellings(role, k_role):
            out.append(
                Finding(
                    kind="character-two-names",
                    show=facts["title"],
                    message=f"the article calls {actor}'s character {role!r}; the sources call "
                    f"them {k_role!r} ({_n(_support_without(known, own))})",
                    sentence=c.evidence,
                    evidence=known["sources"][:3],
                )
            )
    return out


def _status_against_kb(
    c: Claim, facts: dict[str, Any], doc_date: str | None, own: int | None
) -> list[Finding]:
    said = str(c.value.get("status", ""))
    when = c.event_date or doc_date
    changes = [t for t in facts["timeline"] if t["season"] == c.season]
    newer = [
        t
        for t in changes
        if when
        and t["date"]
        and t["date"] > when
        and t["status"] != said
        and _support_without(t, own) >= 1
    ]
    if newer:
        latest = newer[-1]
        return [
            Finding(
                kind="stale-status",
                show=facts["title"],
                message=f"says season {c.season} is {said}, but newer sources say "
                f"{latest['status']} (since {latest['date']}, "
                f"{_n(_support_without(latest, own))})",
                sentence=c.evidence,
                evidence=latest["sources"][:3],
            )
        ]
    season = next((s for s in facts["seasons"] if s["number"] == c.season), None)
    current = season.get("status") if season else None
    if not current or current == said or _support_without(season, own) < 1:
        return []
    earlier = {t["status"] for t in changes if t["status"] != current}
    outdated = (
        not when  # an undated article is read as saying it now
        or said in earlier  # repeats what sources said before they changed
        or (said == "pending" and current in DECIDED)  # "no decision yet", after one
    )
    if not outdated:
        return []  # the article is newer than every source: it may be the news
    return [
        Finding(
            kind="stale-status",
            show=facts["title"],
            message=f"says season {c.season} is {said}, but the sources say {current} "
            f"(since {season.get('date')}, {_n(_support_without(season, own))})",
            sentence=c.evidence,
            evidence=(season.get("sources") or [])[:3],
        )
    ]


def _date_against_kb(c: Claim, facts: dict[str, Any], own: int | None) -> list[Finding]:
    said = str(c.value.get("date", ""))
    if c.kind == "premiere" and c.season in (None, 1):
        known, what = facts.get("premiere"), "premiere date"
    else:
        season = next((s for s in facts["seasons"] if s["number"] == c.season), {})
        known = season.get("premiere" if c.kind == "premiere" else "release_date")
        what = f"season {c.season} {'premiere' if c.kind == 'premiere' else 'release'} date"
    if not known or not said:
        return []
    value = str(known["value"])
    if value.startswith(said) or said.startswith(value):
        return []  # "2020" and "2020-01-01" agree
    conflict = next(
        (
            x
            for x in facts["conflicts"]
            if x["field"] == c.kind and x.get("chosen") == known["value"]
        ),
        None,
    )
    total = sum(_support_without(v, own) for v in conflict["values"]) if conflict else None
    support = _support_without(known, own)
    if support < 2 or (total is not None and support * 2 <= total):
        return []  # not "most sources"
    of = f" of {total}" if total else ""
    return [
        Finding(
            kind="premiere-disagrees",
            show=facts["title"],
            message=f"gives the {what} as {said}; {support}{of} sources say {value}",
            sentence=c.evidence,
            evidence=known["sources"][:3],
        )
    ]


def _n(count: int) -> str:
    return f"{count} source" + ("" if count == 1 else "s")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str]] = set()
    out = []
    for f in findings:
        k = (f.kind, f.message)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
