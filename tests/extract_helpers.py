"""What the extraction tests read from an extraction, in the scorer's terms: status
triples and titles compared as shared/eval/score.py compares them (case, punctuation
and a leading "The" do not count), cast pairs, and the contract's shows by title."""

from __future__ import annotations

from typing import Any

from knowsofar.claims import Document
from knowsofar.extract import results
from knowsofar.extract.cast import CastMention
from knowsofar.extract.titles import norm_title


def statuses(extractor: Any, text: str, **kw: Any) -> set[tuple[str, int, str]]:
    """(title, season, status) triples of the contract view."""
    out = extractor.extract(Document(text=text, **kw)).to_contract()
    return {
        (norm_title(s["title"]), se["number"], se["status"])
        for s in out["shows"]
        for se in s["seasons"]
    }


def status_claims(extractor: Any, text: str, **kw: Any) -> set[tuple[str, int | None, str]]:
    """(title, season, status) of every status claim, before the contract picks one per
    season (unnumbered ones too)."""
    out = extractor.extract(Document(text=text, **kw))
    return {
        (norm_title(c.show), c.season, c.value["status"])
        for c in out.claims
        if c.kind == "season_status"
    }


def triple(title: str, season: int, status: str) -> tuple[str, int, str]:
    return (norm_title(title), season, status)


def shows_of(extractor: Any, text: str, **kw: Any) -> dict[str, dict]:
    """The contract's shows by title, as extracted."""
    out = extractor.extract(Document(text=text, **kw)).to_contract()
    return {s["title"]: s for s in out["shows"]}


def show_cast(extractor: Any, text: str, title: str) -> set[tuple[str, str]]:
    """The (actor, character) pairs the contract gives the show ``title``."""
    return {(c["actor"], c["character"]) for c in shows_of(extractor, text)[title]["cast"]}


def cast_mentions(nlp: Any, text: str) -> list[CastMention]:
    """The cast component's pairs, before the pipeline gives them a show."""
    return results(nlp(text))["cast"]


def cast_pairs(nlp: Any, text: str) -> set[tuple[str, str]]:
    return {(m.actor, m.character) for m in cast_mentions(nlp, text)}
