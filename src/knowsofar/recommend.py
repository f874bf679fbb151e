"""Similar shows: shared genres, the same network, plot text (TF-IDF) and shared cast.

Each recommendation says why in a few words ("also on Netflix, also a sports drama").
The index is built once from every show's profile and answers one show's query with a
few sparse matrix products, so it stays quick with a hundred thousand shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

if TYPE_CHECKING:
    from knowsofar.kb.store import KnowledgeBase

# How much each kind of likeness counts; the plot and the genres say most about a show.
WEIGHTS = {"genre": 0.35, "plot": 0.35, "network": 0.15, "cast": 0.15}
# Below this plot similarity, two plots are not called "similar" in an explanation.
PLOT_SIMILAR = 0.12


@dataclass
class ShowProfile:
    """What the recommender knows about one show."""

    slug: str
    title: str
    network: str | None = None
    genres: list[str] = field(default_factory=list)
    plot: str = ""
    actors: dict[str, str] = field(default_factory=dict)  # actor slug -> display name


def profile_from_facts(facts: dict[str, Any]) -> ShowProfile:
    """A profile from the KB's ``show_facts`` object."""
    network = facts.get("network") or {}
    return ShowProfile(
        slug=facts["slug"],
        title=facts["title"],
        network=network.get("value") if network else None,
        genres=[str(g["value"]) for g in facts.get("genres") or []],
        plot=" ".join(str(p["text"]) for p in facts.get("plot") or []),
        actors={
            str(c.get("actor_slug") or c["actor"]): str(c["actor"])
            for c in facts.get("cast") or []
            if c.get("actor")
        },
    )


def profiles_from_kb(kb: KnowledgeBase, page: int = 500) -> list[ShowProfile]:
    """Every show's profile, read through the KB's public API.

    Uses the KB's bulk ``show_profiles()`` when it has one; otherwise pages through
    ``list_shows`` and reads each show's facts.
    """
    bulk = getattr(kb, "show_profiles", None)
    if callable(bulk):
        return [p if isinstance(p, ShowProfile) else ShowProfile(**p) for p in bulk()]
    out: list[ShowProfile] = []
    offset = 0
    while True:
        rows = kb.list_shows(limit=page, offset=offset)
        for row in rows:
            facts = kb.show_facts(row["slug"])
            if facts:
                out.append(profile_from_facts(facts))
        if len(rows) < page:
            return out
        offset += page


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@cache
def genre_nouns() -> frozenset[str]:
    """Genres that read as nouns ("drama"), from data/genre_nouns.txt."""
    text = resources.files("knowsofar").joinpath("data/genre_nouns.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def genre_phrase(genres: Sequence[str]) -> str:
    """Shared genres as a phrase: ["drama", "sports"] -> "a sports drama"."""
    nouns = [g for g in genres if g in genre_nouns()]
    words = [g for g in genres if g not in genre_nouns()]
    if nouns:
        # Adjective-like genres describe the first noun: "a sports drama", "a teen comedy".
        phrase = " ".join([*words[:2], nouns[0]])
        if len(nouns) > 1:
            phrase += " and " + nouns[1]
    else:
        phrase = " and ".join(words[:2])
    return ("an " if phrase[:1] in "aeiou" else "a ") + phrase


def _binary_matrix(rows: Iterable[Iterable[str]], n: int) -> tuple[sparse.csr_matrix, list[str]]:
    vocab: dict[str, int] = {}
    indptr, indices = [0], []
    for items in rows:
        cols = sorted({vocab.setdefault(x, len(vocab)) for x in items})
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    matrix = sparse.csr_matrix((data, indices, indptr), shape=(n, max(len(vocab), 1)))
    names = [""] * len(vocab)
    for name, col in vocab.items():
        names[col] = name
    return matrix, names


class Recommender:
    """Similar-show index over a fixed set of profiles."""

    def __init__(self, profiles: Sequence[ShowProfile]) -> None:
        self.profiles = list(profiles)
        n = len(self.profiles)
        self.index = {p.slug: i for i, p in enumerate(self.profiles)}
        self.genres, self.genre_names = _binary_matrix(
            ({_norm(g) for g in p.genres} for p in self.profiles), n
        )
        self.cast, self.actor_slugs = _binary_matrix((p.actors for p in self.profiles), n)
        networks: dict[str, int] = {}
        self.network_ids = np.array(
            [
                networks.setdefault(_norm(p.network), len(networks)) if p.network else -1
                for p in self.profiles
            ],
            dtype=np.int64,
        )
        plots = [p.plot for p in self.profiles]
        self.vectorizer: TfidfVectorizer | None = None
        self.plots: sparse.csr_matrix | None = None
        if any(t.strip() for t in plots):
            self.vectorizer = TfidfVectorizer(
                stop_words="english",
                sublinear_tf=True,
                max_features=100_000,
                token_pattern=r"(?u)\b[^\W\d_][^\W\d_]+\b",
            )
            try:
                self.plots = self.vectorizer.fit_transform(plots).tocsr()
            except ValueError:  # nothing but stop words in every plot
                self.vectorizer = None
        self._terms = self.vectorizer.get_feature_names_out() if self.vectorizer else None

    def __len__(self) -> int:
        return len(self.profiles)

    def similar(self, slug: str, limit: int = 5) -> list[dict[str, Any]]:
        """Up to ``limit`` shows like ``slug``, best first, each with a short reason.

        Items: ``{"slug", "title", "network", "score", "reasons": [...], "why": str}``.
        Unknown slugs give an empty list.
        """
        i = self.index.get(slug)
        if i is None or len(self.profiles) < 2:
            return []
        shared_genres = np.asarray((self.genres @ self.genres[i].T).todense()).ravel()
        sizes = np.asarray(self.genres.sum(axis=1)).ravel()
        union = sizes + sizes[i] - shared_genres
        genre_sim = np.divide(shared_genres, union, out=np.zeros_like(union), where=union > 0)
        shared_cast = np.asarray((self.cast @ self.cast[i].T).todense()).ravel()
        cast_sim = np.minimum(shared_cast, 2) / 2
        same_network = ((self.network_ids == self.network_ids[i]) & (self.network_ids >= 0)).astype(
            np.float64
        )
        if self.plots is not None:
            plot_sim = np.asarray((self.plots @ self.plots[i].T).todense()).ravel()
        else:
            plot_sim = np.zeros(len(self.profiles))
        score = (
            WEIGHTS["genre"] * genre_sim
            + WEIGHTS["plot"] * plot_sim
            + WEIGHTS["network"] * same_network
            + WEIGHTS["cast"] * cast_sim
        )
        # A network alone is too weak a reason: something about the show itself must match.
        eligible = (shared_genres > 0) | (plot_sim >= PLOT_SIMILAR) | (shared_cast > 0)
        eligible[i] = False
        score = np.where(eligible, score, -1.0)
        k = min(limit, int(eligible.sum()))
        if k <= 0:
            return []
        top = np.argpartition(-score, k - 1)[:k]
        top = top[np.lexsort((top, -score[top]))]  # best first; ties by index, stable
        out = []
        for j in top:
            other = self.profiles[j]
            reasons = self._reasons(i, int(j), bool(same_network[j]), plot_sim[j])
            out.append(
                {
                    "slug": other.slug,
                    "title": other.title,
                    "network": other.network,
                    "score": round(float(score[j]), 4),
                    "reasons": reasons,
                    "why": ", ".join(reasons),
                }
            )
        return out

    def _reasons(self, i: int, j: int, same_network: bool, plot_sim: float) -> list[str]:
        reasons: list[str] = []
        if same_network:
            reasons.append(f"also on {self.profiles[j].network}")
        common = self.genres[i].multiply(self.genres[j]).indices
        if len(common):
            names = sorted(self.genre_names[c] for c in common)
            reasons.append("also " + genre_phrase(names))
        actors = self.cast[i].multiply(self.cast[j]).indices
        if len(actors):
            who = [
                self.profiles[j].actors.get(self.actor_slugs[a], self.actor_slugs[a])
                for a in sorted(actors)[:2]
            ]
            reasons.append("also stars " + " and ".join(who))
        if self.plots is not None and self._terms is not None and plot_sim >= PLOT_SIMILAR:
            both = self.plots[i].multiply(self.plots[j]).tocoo()
            best = both.col[np.argsort(-both.data)][:3]
            words = ", ".join(str(self._terms[c]) for c in best)
            reasons.append(f"similar story ({words})" if words else "similar story")
        return reasons


def recommend_from_kb(kb: KnowledgeBase, slug: str, limit: int = 5) -> list[dict[str, Any]]:
    """One-off recommendations (builds the index; the web app keeps one instead)."""
    return Recommender(profiles_from_kb(kb)).similar(slug, limit=limit)
