"""Similar shows: shared genres, the same network, plot text (TF-IDF) and shared cast.

Each recommendation says why in a few words ("also on Netflix, also a sports drama").
The index is built once from every show's profile and answers one show's query with a
few sparse matrix products, so it stays quick with a hundred thousand shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sqlalchemy import select

from knowsofar.kb.schema import Fact, Person, Show

if TYPE_CHECKING:
    from knowsofar.kb.store import KnowledgeBase

# How much each kind of likeness counts; the plot and the genres say most about a show.
WEIGHTS = {"genre": 0.35, "plot": 0.35, "network": 0.15, "cast": 0.15}
# Below this plot similarity, two plots are not called "similar" in an explanation.
PLOT_SIMILAR = 0.1


@dataclass
class ShowProfile:
    """What the recommender knows about one show."""

    slug: str
    title: str
    network: str | None = None
    genres: list[str] = field(default_factory=list)
    plot: str = ""
    # actor key (a slug, or the KB's "p<id>") -> display name ("" when not known here)
    actors: dict[str, str] = field(default_factory=dict)


def profiles_from_kb(kb: KnowledgeBase) -> list[ShowProfile]:
    """Every show's profile in a few bulk reads of the KB's shows and derived facts.

    Reading ``show_facts`` show by show would take minutes for 100,000 shows. Actors are
    keyed by person id (``p<id>``, the KB's cast fact key); :func:`person_names` gives
    their names when an explanation needs them.
    """
    with kb.session() as s:
        by_id = {
            row.id: ShowProfile(slug=row.slug, title=row.title, network=row.network)
            for row in s.execute(select(Show.id, Show.slug, Show.title, Show.network))
        }
        facts = select(Fact.show_id, Fact.field, Fact.value_key).where(
            Fact.field.in_(("genre", "plot", "cast")), Fact.chosen.is_(True)
        )
        for show_id, kind, key in s.execute(facts):
            p = by_id.get(show_id)
            if p is None or not key:
                continue
            if kind == "genre":
                p.genres.append(key)
            elif kind == "plot":
                p.plot = f"{p.plot} {key}" if p.plot else key
            else:
                p.actors[key] = ""
    return list(by_id.values())


def person_names(kb: KnowledgeBase) -> Callable[[list[str]], dict[str, str]]:
    """A lookup from actor keys (``p<id>``) to the people's names."""

    def lookup(keys: list[str]) -> dict[str, str]:
        ids = [int(k[1:]) for k in keys if k.startswith("p") and k[1:].isdigit()]
        if not ids:
            return {}
        with kb.session() as s:
            rows = s.execute(select(Person.id, Person.name).where(Person.id.in_(ids)))
            return {f"p{pid}": name for pid, name in rows}

    return lookup


_WORD = re.compile(r"[^\W\d_]{3,}")
# Words every plot blurb uses about itself: they make all shows look alike.
_SHOW_WORDS = frozenset({"series", "season", "seasons", "episode", "episodes", "show", "shows"})


def plot_words(text: str) -> list[str]:
    """Plot text → words for TF-IDF: lowercased, stop words out, plurals folded
    ("skaters" and "skater" are one word; a stemmer would also mangle the explanations)."""
    words = []
    for w in _WORD.findall(text.casefold()):
        if w in ENGLISH_STOP_WORDS or w in _SHOW_WORDS:
            continue
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        words.append(w)
    return words


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


@dataclass
class _Show:
    slug: str
    title: str
    network: str | None


class Recommender:
    """Similar-show index over a fixed set of profiles.

    ``names`` looks up display names for actor keys the profiles leave unnamed (the KB's
    ``p<id>`` keys); it is called only for the few actors an explanation mentions.
    """

    def __init__(
        self,
        profiles: Iterable[ShowProfile],
        names: Callable[[list[str]], dict[str, str]] | None = None,
    ) -> None:
        genres: list[set[str]] = []
        actors: list[Iterable[str]] = []
        plots: list[str] = []
        self.shows: list[_Show] = []
        self.actor_names: dict[str, str] = {}
        self.names = names
        for p in profiles:
            self.shows.append(_Show(p.slug, p.title, p.network))
            genres.append({_norm(g) for g in p.genres})
            actors.append(p.actors.keys())
            self.actor_names.update((k, v) for k, v in p.actors.items() if v)
            plots.append(p.plot)
        n = len(self.shows)
        self.index = {show.slug: i for i, show in enumerate(self.shows)}
        self.genres, self.genre_names = _binary_matrix(genres, n)
        self.cast, self.actor_keys = _binary_matrix(actors, n)
        networks: dict[str, int] = {}
        self.network_ids = np.array(
            [
                networks.setdefault(_norm(x.network), len(networks)) if x.network else -1
                for x in self.shows
            ],
            dtype=np.int64,
        )
        self.genre_sizes = np.asarray(self.genres.sum(axis=1)).ravel()
        self.genres_by_col = self.genres.tocsc()
        self.cast_by_col = self.cast.tocsc()
        self.plots_by_col: sparse.csc_matrix | None = None
        self.plots: sparse.csr_matrix | None = None
        self._terms: Any = None
        if any(t.strip() for t in plots):
            vectorizer = TfidfVectorizer(
                sublinear_tf=True,
                max_features=100_000,
                tokenizer=plot_words,
                token_pattern=None,
                lowercase=False,
            )
            try:
                self.plots = vectorizer.fit_transform(plots).tocsr()
                self.plots_by_col = self.plots.tocsc()
                self._terms = vectorizer.get_feature_names_out()
            except ValueError:  # nothing but stop words in every plot
                self.plots = None

    def __len__(self) -> int:
        return len(self.shows)

    def similar(self, slug: str, limit: int = 5) -> list[dict[str, Any]]:
        """Up to ``limit`` shows like ``slug``, best first, each with a short reason.

        Items: ``{"slug", "title", "network", "score", "reasons": [...], "why": str}``.
        Unknown slugs give an empty list.
        """
        i = self.index.get(slug)
        if i is None or len(self.shows) < 2:
            return []
        n = len(self.shows)
        # Only shows sharing a genre, an actor or a plot word can be recommended, so the
        # overlaps are counted from the columns of this show's genres, actors and words
        # (column-major copies) instead of multiplying every row.
        shared_genres = np.bincount(
            self.genres_by_col[:, self.genres[i].indices].indices, minlength=n
        )
        shared_cast = np.bincount(self.cast_by_col[:, self.cast[i].indices].indices, minlength=n)
        if self.plots is not None and self.plots_by_col is not None:
            mine = self.plots[i]
            plot_sim = self.plots_by_col[:, mine.indices] @ mine.data
        else:
            plot_sim = np.zeros(n)
        # A network alone is too weak a reason: something about the show itself must match.
        eligible = (shared_genres > 0) | (plot_sim >= PLOT_SIMILAR) | (shared_cast > 0)
        eligible[i] = False
        cand = np.flatnonzero(eligible)
        if len(cand) == 0:
            return []
        union = self.genre_sizes[cand] + self.genre_sizes[i] - shared_genres[cand]
        genre_sim = np.divide(shared_genres[cand], union, out=np.zeros(len(cand)), where=union > 0)
        cast_sim = np.minimum(shared_cast[cand], 2) / 2
        net = self.network_ids[cand]
        same_network = ((net == self.network_ids[i]) & (net >= 0)).astype(np.float64)
        score = (
            WEIGHTS["genre"] * genre_sim
            + WEIGHTS["plot"] * plot_sim[cand]
            + WEIGHTS["network"] * same_network
            + WEIGHTS["cast"] * cast_sim
        )
        k = min(limit, len(cand))
        # The k best, ties going to the earlier show (cand is in index order), then sorted.
        kth = -np.partition(-score, k - 1)[k - 1]
        above = np.flatnonzero(score > kth)
        tied = np.flatnonzero(score == kth)[: k - len(above)]
        best = np.concatenate([above, tied])
        best = best[np.lexsort((cand[best], -score[best]))]
        top = cand[best]
        score_of = dict(zip(top.tolist(), score[best].tolist(), strict=True))
        network_of = dict(zip(top.tolist(), same_network[best].tolist(), strict=True))
        out = []
        for j in top.tolist():
            other = self.shows[j]
            reasons = self._reasons(i, int(j), bool(network_of[j]), float(plot_sim[j]))
            out.append(
                {
                    "slug": other.slug,
                    "title": other.title,
                    "network": other.network,
                    "score": round(score_of[j], 4),
                    "reasons": reasons,
                    "why": ", ".join(reasons),
                }
            )
        return out

    def _actor_label(self, keys: list[str]) -> list[str]:
        missing = [k for k in keys if k not in self.actor_names]
        if missing and self.names is not None:
            self.actor_names.update(self.names(missing))
        return [self.actor_names.get(k, k) for k in keys]

    def _reasons(self, i: int, j: int, same_network: bool, plot_sim: float) -> list[str]:
        reasons: list[str] = []
        if same_network:
            reasons.append(f"also on {self.shows[j].network}")
        common = self.genres[i].multiply(self.genres[j]).indices
        if len(common):
            names = sorted(self.genre_names[c] for c in common)
            reasons.append("also " + genre_phrase(names))
        actors = self.cast[i].multiply(self.cast[j]).indices
        if len(actors):
            who = self._actor_label([self.actor_keys[a] for a in sorted(actors)[:2]])
            reasons.append("also stars " + " and ".join(who))
        if self.plots is not None and self._terms is not None and plot_sim >= PLOT_SIMILAR:
            both = self.plots[i].multiply(self.plots[j]).tocoo()
            best = both.col[np.argsort(-both.data, kind="stable")][:3]
            words = ", ".join(str(self._terms[c]) for c in best)
            reasons.append(f"similar story ({words})" if words else "similar story")
        return reasons


def recommend_from_kb(kb: KnowledgeBase, slug: str, limit: int = 5) -> list[dict[str, Any]]:
    """One-off recommendations (builds the index; the web app keeps one instead)."""
    return Recommender(profiles_from_kb(kb), names=person_names(kb)).similar(slug, limit=limit)
