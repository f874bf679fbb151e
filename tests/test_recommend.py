"""Similar shows: ranked by genres, network, plot words and shared cast, each explained."""

from __future__ import annotations

from pathlib import Path

import pytest
from serve_data import ingest_articles, ingest_handmade

from knowsofar.core import Knowsofar
from knowsofar.kb.store import KnowledgeBase
from knowsofar.recommend import (
    Recommender,
    ShowProfile,
    genre_phrase,
    profiles_from_kb,
    recommend_from_kb,
)


def profiles() -> list[ShowProfile]:
    return [
        ShowProfile(
            "ice",
            "Ice",
            "Netflix",
            ["drama", "sports"],
            "A figure skater fights her way back to the ice after a fall.",
            {"ana-b": "Ana B"},
        ),
        ShowProfile(
            "rink",
            "Rink",
            "Netflix",
            ["sports", "drama"],
            "Young skaters train on the ice for a national title.",
            {},
        ),
        ShowProfile(
            "court",
            "Court",
            "HBO",
            ["legal", "drama"],
            "Lawyers argue cases in a busy city courthouse.",
            {"ana-b": "Ana B"},
        ),
        ShowProfile("lols", "Lols", "Netflix", ["comedy"], "Roommates run a karaoke bar.", {}),
        ShowProfile("blank", "Blank", None, [], "", {}),
    ]


def test_best_match_first_with_reasons() -> None:
    recs = Recommender(profiles()).similar("ice")
    assert [r["slug"] for r in recs] == ["rink", "court"]
    rink, court = recs
    assert rink["reasons"][:2] == ["also on Netflix", "also a sports drama"]
    assert rink["reasons"][2].startswith("similar story (") and "ice" in rink["reasons"][2]
    assert court["why"] == "also a drama, also stars Ana B"
    assert rink["score"] > court["score"] > 0


def test_network_alone_is_not_a_reason() -> None:
    recs = Recommender(profiles()).similar("lols")
    assert recs == []  # shares only Netflix with the others
    assert Recommender(profiles()).similar("blank") == []
    assert Recommender(profiles()).similar("no-such-show") == []
    assert Recommender(profiles()[:1]).similar("ice") == []


def test_limit_and_never_itself() -> None:
    many = [
        ShowProfile(f"s{i}", f"S{i}", "Netflix", ["drama"], f"A story about harbor {i}", {})
        for i in range(50)
    ]
    recs = Recommender(many).similar("s7", limit=5)
    assert len(recs) == 5 and "s7" not in [r["slug"] for r in recs]


def test_genre_phrases_read_naturally() -> None:
    assert genre_phrase(["drama", "sports"]) == "a sports drama"
    assert genre_phrase(["comedy", "teen"]) == "a teen comedy"
    assert genre_phrase(["animation"]) == "an animation"
    assert genre_phrase(["crime", "drama", "thriller"]) == "a crime drama and thriller"
    assert genre_phrase(["legal", "medical"]) == "a legal and medical"


def test_recommendations_from_the_kb(tmp_path: Path) -> None:
    kb = KnowledgeBase(f"sqlite:///{tmp_path / 'rec.db'}")
    ingest_handmade(kb)
    by_slug = {p.slug: p for p in profiles_from_kb(kb)}
    assert set(by_slug) == {"tidewater", "oar-and-anchor", "laugh-track"}
    assert by_slug["tidewater"].network == "Netflix"
    assert set(by_slug["tidewater"].genres) == {"sports", "drama"}
    recs = recommend_from_kb(kb, "tidewater")
    assert [r["slug"] for r in recs] == ["oar-and-anchor"]
    why = recs[0]["why"]
    assert "also on Netflix" in why and "also a sports drama" in why
    assert "also stars Rosa Lind" in why and "similar story" in why


@pytest.mark.slow
def test_recommendations_from_real_articles(ks: Knowsofar) -> None:
    ingest_articles(
        ks,
        ["harbor-lights-renewed.txt", "salt-and-stone-renewed.txt", "glitter-station-renewed.txt"],
    )
    recs = recommend_from_kb(ks.kb, "harbor-lights")
    slugs = [r["slug"] for r in recs]
    assert slugs and slugs[0] == "salt-and-stone"
    assert "glitter-station" not in slugs


def test_ranking_matches_a_brute_force_reference() -> None:
    """The column-wise shortcut ranks exactly like scoring every pair the slow way."""
    import random

    from knowsofar.recommend import PLOT_SIMILAR, WEIGHTS

    rng = random.Random(3)
    words = [
        "ice",
        "skater",
        "lawyer",
        "court",
        "dragon",
        "city",
        "harbor",
        "storm",
        "family",
        "secret",
        "war",
    ]
    shows = [
        ShowProfile(
            f"s{i}",
            f"S{i}",
            rng.choice(["Netflix", "HBO", "Hulu", None]),
            rng.sample(["drama", "comedy", "sports", "crime", "teen"], rng.randint(0, 2)),
            " ".join(rng.choices(words, k=rng.randint(0, 6))),
            {f"p{a}": f"Actor {a}" for a in rng.sample(range(40), rng.randint(0, 3))},
        )
        for i in range(150)
    ]
    rec = Recommender(shows)
    plots = rec.plots.toarray() if rec.plots is not None else None
    for i in range(0, 150, 7):
        me = shows[i]
        expected = []
        for j, other in enumerate(shows):
            if j == i:
                continue
            g1, g2 = set(me.genres), set(other.genres)
            shared_cast = len(set(me.actors) & set(other.actors))
            plot = float(plots[i] @ plots[j]) if plots is not None else 0.0
            if not (g1 & g2 or shared_cast or plot >= PLOT_SIMILAR):
                continue
            score = (
                WEIGHTS["genre"] * (len(g1 & g2) / len(g1 | g2) if g1 | g2 else 0)
                + WEIGHTS["plot"] * plot
                + WEIGHTS["network"] * (me.network is not None and me.network == other.network)
                + WEIGHTS["cast"] * min(shared_cast, 2) / 2
            )
            expected.append((-round(score, 9), j))
        got = rec.similar(me.slug, limit=5)
        assert [r["slug"] for r in got] == [f"s{j}" for _, j in sorted(expected)[:5]]
