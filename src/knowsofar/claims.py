"""The contract's types: a Document read from a source, the Claims extracted
from it, and the per-document Extraction that ``knowsofar extract --jsonl``
prints (see docs/DESIGN.md, "The extract contract").

A claim is one thing one document says. Facts are never stored: the
knowledge base derives them from claims, and the per-document view printed by
``extract`` is derived here from the same claims by :func:`summarize`.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from knowsofar.network_homes import same_home

CLAIM_KINDS = (
    "network",
    "premiere",
    "genre",
    "season_status",
    "cast",
    "relation",
    "plot",
    "trailer",
    "episode_count",
    "release_date",
)
STATUSES = ("renewed", "canceled", "ended", "pending")


@dataclass
class Document:
    """Plain text plus what we know about where it came from."""

    text: str
    title: str | None = None
    url: str | None = None
    path: str | None = None
    published: str | None = None  # ISO date the document speaks for, if it shows one
    fetched: str | None = None  # ISO timestamp when we read it
    language: str | None = None
    author: str | None = None
    # Structure the extractor uses: show titles hide in headings and italics,
    # cast lists in tables.
    headings: list[str] = field(default_factory=list)
    emphasis: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        """The date the document speaks for: published, else when it was read."""
        if self.published:
            return self.published[:10]
        return self.fetched[:10] if self.fetched else None

    @property
    def content_hash(self) -> str:
        """Identity of the content: the same text read twice hashes the same."""
        norm = " ".join(self.text.split()).casefold()
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """How the knowledge base recognises a document: its URL, else its path."""
        return self.url or self.path or f"sha256:{self.content_hash}"

    def source_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "published": self.published,
        }


@dataclass
class Claim:
    """One thing one document says about one show.

    ``value`` depends on ``kind``:
    network {"network"}, premiere {"date"}, genre {"genre"},
    season_status {"status"} (season in ``season``), cast {"actor", "character"},
    relation {"subject", "relation", "object"}, plot {"text"}, trailer {"url"},
    episode_count {"count"}, release_date {"date"}.
    """

    kind: str
    show: str
    value: dict[str, Any]
    evidence: str
    season: int | None = None
    start: int | None = None  # character span of the evidence in Document.text
    end: int | None = None
    # When the thing happened, if the sentence says ("renewed in July 2019");
    # otherwise the knowledge base uses the document's date.
    event_date: str | None = None
    confidence: float = 1.0
    extractor: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        return cls(**data)


@dataclass
class Conflict:
    """Two or more spellings in one document that we read as one thing."""

    field: str  # "actor", "character", "title", ...
    seen: list[str]
    chosen: str
    why: str = ""
    show: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "seen": self.seen, "chosen": self.chosen, "why": self.why}


@dataclass
class Extraction:
    """What one document said: its claims and name conflicts, or an error."""

    source: Document
    claims: list[Claim] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    error: str | None = None
    # Show titles the document treats as shows, main show first.
    shows: list[str] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        """The JSON object ``extract --jsonl`` prints for this document."""
        out: dict[str, Any] = {"source": self.source.source_json()}
        if self.error:
            out["error"] = self.error
            out["shows"] = []
            return out
        out["shows"] = summarize(self.claims, self.conflicts, self.shows)
        return out


def _date_key(claim: Claim) -> tuple[str, float, bool]:
    # An undated claim speaks for the document's own date, which is after any
    # event the document dates ("renewed in 2019 ... now canceled"); among
    # equally dated claims the surer one wins ("fourth and final" over "renewed"),
    # and an order told in the past is older news than a decision told otherwise
    # ("has canceled the drama" beside "its second season was greenlit well ahead").
    past_order = claim.value.get("status") == "renewed" and bool(_PAST_ORDER.search(claim.evidence))
    return (claim.event_date or "~", claim.confidence, not past_order)


def summarize(
    claims: list[Claim], conflicts: list[Conflict], order: list[str] | None = None
) -> list[dict[str, Any]]:
    """Fold one document's claims into the contract's per-show objects.

    Where a document reports several statuses for one season (renewed in
    July, canceled in August) the latest dated one wins (undated claims speak
    for the document's date), then the most confident, then the latest in
    the text: reported history reads in order.
    """
    titles: list[str] = list(order or [])
    for c in claims:
        if c.show not in titles:
            titles.append(c.show)
    shows: dict[str, dict[str, Any]] = {}
    for t in titles:
        shows[t] = {
            "title": t,
            "network": None,
            "premiere": None,
            "genres": [],
            "seasons": [],
            "cast": [],
            "relations": [],
            "conflicts": [],
        }
    seasons: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        s = shows[c.show]
        if c.kind == "network" and s["network"] is None:
            s["network"] = c.value["network"]
        elif c.kind == "premiere" and s["premiere"] is None:
            s["premiere"] = c.value["date"]
        elif c.kind == "genre" and c.value["genre"] not in s["genres"]:
            s["genres"].append(c.value["genre"])
        elif c.kind == "season_status" and c.season is not None:
            seasons.setdefault((c.show, c.season), []).append(c)
        elif c.kind == "cast":
            pair = {"actor": c.value["actor"], "character": c.value["character"]}
            if all(
                (x["actor"], x["character"]) != (pair["actor"], pair["character"])
                for x in s["cast"]
            ):
                s["cast"].append({**pair, "evidence": c.evidence})
        elif c.kind == "relation":
            rel = {k: c.value[k] for k in ("subject", "relation", "object")}
            if rel not in s["relations"]:
                s["relations"].append(rel)
        elif c.kind in ("trailer", "plot", "episode_count", "release_date"):
            s.setdefault(c.kind + "s", []).append({**c.value, "evidence": c.evidence})
    # "Canceled, so no third season" beside "it got a second season at all": the seasons
    # before a canceled one were made, and a released season is not listed; its renewal
    # stays on the timeline (the claims), not in the summary. (A pickup by a network other
    # than the one that canceled is a move, not history.)
    cancels: dict[str, list[Claim]] = defaultdict(list)
    ends: dict[str, list[Claim]] = defaultdict(list)  # numbered cuts and endings
    for (show, _), found in seasons.items():
        cancels[show] += [c for c in found if c.value["status"] == "canceled"]
        ends[show] += [c for c in found if c.value["status"] in ("canceled", "ended")]
    unnumbered_cuts: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "season_status" and c.season is None and c.value["status"] == "canceled":
            unnumbered_cuts[c.show].append(c)
    for (show, number), found in seasons.items():
        # A cancellation by one network beside a pickup of the same season by another is
        # a move, and the pickup is the news, whichever is dated ("Fox did not order a
        # second season" read beside "Epix renewed it for a second season last fall").
        pickups = [c for c in found if c.value["status"] == "renewed"]
        found = [
            c
            for c in found
            if not (
                c.value["status"] == "canceled"
                and pickups
                and not any(_one_home(p, c) for p in pickups)
            )
        ] or found
        # "the third season was ordered as a regular renewal ... it will be the last": a
        # season ordered and said to be the final one is an ending, told the same day.
        # (not where one sentence tells both: "renewed it, ending talk that the fifth season
        # would be its last")
        ended = [c for c in found if c.value["status"] == "ended"]
        renewed_in = {c.evidence for c in found if c.value["status"] == "renewed"}
        endings = {c.event_date for c in ended if c.evidence not in renewed_in}
        if len(endings) == len({c.event_date for c in ended}):
            found = [
                c for c in found if not (c.value["status"] == "renewed" and c.event_date in endings)
            ]
        # Stable sort keeps text order among equally dated claims.
        best = sorted(found, key=_date_key)[-1]
        if best.value["status"] == "renewed" and any(
            # ("HBO Max renewed it", then "Max has pulled the plug": one service)
            number < c.season and _one_home(best, c)
            for c in cancels[show]
        ):
            continue
        if (
            best.value["status"] == "renewed"
            and _PAST_ORDER.search(best.evidence)
            and any(c.value["status"] == "ended" and c.season > number for c in ends[show])
            and not any(c.evidence == best.evidence for c in ends[show])
        ):
            # "the ninth season will be its last" beside "the eighth season was ordered only
            # at the last minute": an order told in the past, before the planned end, is of
            # a season out (not "will return for a third season, and the fourth will be
            # the last", one sentence)
            continue
        if best.value["status"] == "canceled" and any(
            # "was axed after its first year and brought back days later ... there will be
            # no third season": a later season's end means this one was made after all
            c.season > number and c.evidence != best.evidence
            for c in ends[show]
        ):
            continue
        if (
            best.value["status"] == "renewed"
            and best.event_date
            and any(
                # "Netflix has canceled X. It was renewed for a second season in March
                # 2021": a cancellation after the dated renewal, whatever season it ends
                c.confidence >= best.confidence
                and (c.event_date or "~") > best.event_date
                and _one_home(best, c)
                for c in unnumbered_cuts[show]
            )
        ):
            continue
        shows[show]["seasons"].append(
            {
                "number": number,
                "status": best.value["status"],
                "evidence": best.evidence,
                **({"date": best.event_date} if best.event_date else {}),
            }
        )
    for s in shows.values():
        s["seasons"].sort(key=lambda x: x["number"])
    # An article that gives no series premiere but dates the coming season it is about
    # ("renewed for a second season ... The second season arrives on Prime Video in
    # February") answers "when does it premiere" with that season's date, and says so.
    for c in claims:
        s = shows[c.show]
        coming = {x["number"] for x in s["seasons"] if x["status"] in ("renewed", "pending")}
        if c.kind == "release_date" and c.season in coming and s["premiere"] is None:
            s["premiere"], s["premiere_season"] = c.value["date"], c.season
    main = titles[0] if titles else None
    for conflict in conflicts:
        target = conflict.show if conflict.show in shows else main
        if target:
            shows[target]["conflicts"].append(conflict.to_json())
    return [s for s in shows.values() if _has_content(s)]


# an order told in the simple past: "was ordered", "were renewed"
_PAST_ORDER = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:ordered|renewed|picked\s+up|greenlit|commissioned)\b",
    re.IGNORECASE,
)


def _one_home(a: Claim, b: Claim) -> bool:
    """Whether two claims may be one network's: either names none, or both name one home."""
    na, nb = a.value.get("network"), b.value.get("network")
    return na is None or nb is None or same_home(na, nb)


def _has_content(show: dict[str, Any]) -> bool:
    return any(show[k] for k in ("network", "premiere", "genres", "seasons", "cast", "relations"))
