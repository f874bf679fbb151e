"""Hand-built extractions for knowledge-base tests: small, fast, exact."""

from __future__ import annotations

from typing import Any

from knowsofar.claims import Claim, Conflict, Document, Extraction


def article(
    url: str,
    date: str | None,
    *claims: Claim,
    text: str | None = None,
    conflicts: list[Conflict] | None = None,
) -> Extraction:
    """One article: its claims' evidence sentences (and its URL, so that two articles are
    never copies of each other by accident) make up its text unless given."""
    body = text if text is not None else " ".join([*(c.evidence for c in claims), url])
    doc = Document(text=body, title=url.rsplit("/", 1)[-1], url=url, published=date)
    return Extraction(source=doc, claims=list(claims), conflicts=conflicts or [])


def status(
    show: str, season: int, value: str, evidence: str | None = None, event_date: str | None = None
) -> Claim:
    return Claim(
        "season_status",
        show,
        {"status": value},
        evidence or f"{show} season {season} is {value}.",
        season=season,
        event_date=event_date,
    )


def cast(show: str, actor: str, character: str, evidence: str | None = None) -> Claim:
    return Claim(
        "cast",
        show,
        {"actor": actor, "character": character},
        evidence or f"{actor} plays {character} in {show}.",
    )


def network(show: str, name: str, evidence: str | None = None) -> Claim:
    return Claim("network", show, {"network": name}, evidence or f"{show} streams on {name}.")


def premiere(show: str, date: str, evidence: str | None = None, season: int | None = None) -> Claim:
    return Claim(
        "premiere", show, {"date": date}, evidence or f"{show} premiered on {date}.", season=season
    )


def claim(
    kind: str, show: str, value: dict[str, Any], evidence: str = "", season: int | None = None
) -> Claim:
    return Claim(kind, show, value, evidence or f"{show}: {value}.", season=season)
