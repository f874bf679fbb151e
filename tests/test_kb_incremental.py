"""The incremental path (claim groups, the status fast path) gives what a full rebuild gives."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from kb_factory import article, cast, claim, network, premiere, status
from sqlalchemy import select

from knowsofar.claims import Claim, Extraction
from knowsofar.kb import reconcile
from knowsofar.kb.schema import ClaimGroup, Fact, Show, StatusChange
from knowsofar.kb.store import KnowledgeBase

SHOWS = ("Harbor Lights", "Salt Stone", "Velvet Hour")
STATUSES = ("renewed", "renewed", "renewed", "canceled", "pending", "ended")
ACTORS = (("Ava Karito", "Mira Lane"), ("Ben Sovek", "Tom Reyes"), ("Cara Lodan", "Ida Frost"))


def _snapshot(kb: KnowledgeBase) -> dict[str, Any]:
    """Every derived row, without ids, in a stable order."""

    def rows(table: Any, skip: tuple[str, ...] = ("id",)) -> list[str]:
        with kb.engine.connect() as conn:
            out = [
                repr(sorted((k, v) for k, v in r._mapping.items() if k not in skip))
                for r in conn.execute(select(table))
            ]
        return sorted(out)

    return {
        "facts": rows(Fact.__table__),
        "changes": rows(StatusChange.__table__),
        "groups": rows(ClaimGroup.__table__),
        "shows": rows(Show.__table__, ("created",)),
    }


def _random_claims(rng: random.Random, show: str, day: date) -> list[Claim]:
    out: list[Claim] = []
    for _ in range(rng.randint(1, 5)):
        pick = rng.random()
        if pick < 0.35:
            out.append(status(show, rng.choice((1, 2, 2, 3)), rng.choice(STATUSES)))
        elif pick < 0.5:
            out.append(network(show, rng.choice(("Netflix", "Netflix", "Hulu"))))
        elif pick < 0.6:
            out.append(premiere(show, rng.choice(("2020", "2020-01-10", "2020-01-17", "2020-01"))))
        elif pick < 0.85:
            actor, role = rng.choice(ACTORS)
            if rng.random() < 0.15:
                actor = actor[:-1]  # a misspelling
            if rng.random() < 0.1:
                role = ""  # an actor without a role
            out.append(cast(show, actor, role))
        elif pick < 0.95:
            out.append(claim("genre", show, {"genre": rng.choice(("drama", "Drama", "thriller"))}))
        else:
            # A report dated in the sentence, weeks before the article.
            when = (day - timedelta(days=rng.randint(10, 90))).isoformat()
            out.append(status(show, 2, rng.choice(STATUSES), event_date=when))
    return out


def _run(kb: KnowledgeBase, seed: int, steps: int, backfill: bool) -> int:
    """A random mix of new articles, syndicated copies, changed articles and forgets;
    after every few steps the stored facts must equal a full rebuild's. Returns how many
    times the status fast path ran."""
    rng = random.Random(seed)
    fast = 0
    original = reconcile._status_incremental

    def counting(*args: Any, **kwargs: Any) -> bool:
        nonlocal fast
        done = original(*args, **kwargs)
        fast += done
        return done

    reconcile._status_incremental = counting  # type: ignore[assignment]
    try:
        stored: list[Extraction] = []
        day = date(2020, 1, 1)
        for step in range(steps):
            day += timedelta(days=rng.randint(0, 40))
            when = day if not backfill else date(2020, 1, 1) + timedelta(rng.randint(0, 900))
            roll = rng.random()
            if roll < 0.1 and stored:  # an exact copy under another URL
                src = rng.choice(stored)
                copy = article(
                    f"https://copy.example/{step}",
                    (when + timedelta(days=1)).isoformat(),
                    *src.claims,
                    text=src.source.text,
                )
                kb.ingest_extraction(copy)
                stored.append(copy)
            elif roll < 0.17 and stored:
                kb.forget(stored.pop(rng.randrange(len(stored))).source.url or "")
            elif roll < 0.22 and stored:  # the same URL, now saying something else
                old = stored.pop(rng.randrange(len(stored)))
                show = rng.choice(SHOWS)
                new = article(
                    old.source.url or "", when.isoformat(), *_random_claims(rng, show, when)
                )
                kb.ingest_extraction(new)
                stored.append(new)
            else:
                show = rng.choice(SHOWS)
                a = article(
                    f"https://n.example/{step}", when.isoformat(), *_random_claims(rng, show, when)
                )
                kb.ingest_extraction(a)
                stored.append(a)
            if step % 15 == 14 or step == steps - 1:
                incremental = _snapshot(kb)
                kb.rebuild()
                assert _snapshot(kb) == incremental, f"seed {seed}, step {step}"
    finally:
        reconcile._status_incremental = original  # type: ignore[assignment]
    return fast


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_facts_equal_a_full_rebuild(kb: KnowledgeBase, seed: int) -> None:
    fast = _run(kb, seed, steps=60, backfill=False)
    assert fast > 0  # the status fast path was taken, not only the full path


def test_incremental_facts_equal_a_full_rebuild_when_old_news_arrives(kb: KnowledgeBase) -> None:
    _run(kb, 4, steps=60, backfill=True)


def test_a_copy_of_an_article_adds_no_support_to_its_values(kb: KnowledgeBase) -> None:
    text = "Velvet Hour is renewed for a third season and streams on Netflix."
    claims = [status("Velvet Hour", 3, "renewed", text), network("Velvet Hour", "Netflix", text)]
    kb.ingest_extraction(article("https://a.example/v", "2022-03-01", *claims, text=text))
    kb.ingest_extraction(article("https://b.example/v", "2022-05-01", *claims, text=text))
    kb.ingest_extraction(article("https://c.example/v", "2022-05-02", *claims, text=text))
    facts = kb.show_facts("velvet-hour")
    assert (facts["network"]["support"], facts["status"]["support"]) == (1, 1)
    # Its last copy is what the newest sources cite; it is the same source still.
    assert facts["network"]["last_seen"] == "2022-05-02"
    kb.ingest_extraction(
        article("https://d.example/v", "2022-06-01", status("Velvet Hour", 3, "renewed"))
    )
    assert kb.show_facts("velvet-hour")["status"]["support"] == 2
