"""Score extraction against gold article files (the format of eval/GOLD_FORMAT.md).

Each gold file holds an article's text and what it states: shows with their
network, premiere, season statuses and cast pairs. We extract from the text
alone (as ``knowsofar extract`` would from a .txt file) and compare:

- status triples (show, season, status) and cast triples (show, actor,
  character): micro precision, recall and F1 over all articles;
- network and premiere: accuracy over the gold shows that state one (a
  premiere is right when the predicted date starts with the gold one, so
  "2020-01-01" is right for gold "2020-01").

Titles and names are compared after NFKC, case folding, removing punctuation
and a leading "The ".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowsofar.claims import Document, Extraction


def normalize(value: Any) -> str:
    """The comparison key of a title or name."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    return text[4:] if text.startswith("the ") else text


@dataclass
class Counts:
    """True positives, false positives and false negatives of one kind of triple."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[Any], predicted: set[Any]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def to_json(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"right": self.right, "total": self.total, "accuracy": self.value}


@dataclass
class ArticleErrors:
    """What one article got wrong: triples missed and triples that should not be there."""

    id: str
    missed_status: list[tuple[str, int, str]] = field(default_factory=list)
    wrong_status: list[tuple[str, int, str]] = field(default_factory=list)
    missed_cast: list[tuple[str, str, str]] = field(default_factory=list)
    wrong_cast: list[tuple[str, str, str]] = field(default_factory=list)
    network: list[tuple[str, str, str]] = field(default_factory=list)  # (show, gold, got)
    premiere: list[tuple[str, str, str]] = field(default_factory=list)
    error: str | None = None

    def __bool__(self) -> bool:
        return bool(
            self.missed_status
            or self.wrong_status
            or self.missed_cast
            or self.wrong_cast
            or self.network
            or self.premiere
            or self.error
        )


@dataclass
class EvalReport:
    articles: int = 0
    failed: int = 0  # articles the extractor gave an error for
    status: Counts = field(default_factory=Counts)
    cast: Counts = field(default_factory=Counts)
    network: Accuracy = field(default_factory=Accuracy)
    premiere: Accuracy = field(default_factory=Accuracy)
    errors: list[ArticleErrors] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "failed": self.failed,
            "status": self.status.to_json(),
            "cast": self.cast.to_json(),
            "network": self.network.to_json(),
            "premiere": self.premiere.to_json(),
        }


@dataclass
class GoldArticle:
    id: str
    text: str
    shows: list[dict[str, Any]]
    published: str | None = None
    url: str | None = None


class GoldFormatError(ValueError):
    """A gold file that does not follow GOLD_FORMAT.md."""


def load_gold(folder: str | Path) -> list[GoldArticle]:
    """Every ``*.json`` gold file in ``folder``, sorted by name."""
    root = Path(folder)
    if not root.is_dir():
        raise GoldFormatError(f"{root} is not a folder of gold .json files")
    articles = []
    for path in sorted(root.glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
            articles.append(
                GoldArticle(
                    id=str(data.get("id") or path.stem),
                    text=data["text"],
                    shows=list(data["expect"]["shows"]),
                    published=data.get("published"),
                    url=data.get("url"),
                )
            )
        except (KeyError, TypeError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise GoldFormatError(
                f"{path}: not a gold article ({exc}); see eval/GOLD_FORMAT.md"
            ) from exc
    if not articles:
        raise GoldFormatError(f"{root} has no gold .json files")
    return articles


def gold_cast_pairs(corpora: str | Path, skip: Iterable[str] = ()) -> set[tuple[str, str]]:
    """The (actor, character) pairs the gold of every ``articles*`` folder under
    ``corpora`` names, the folders in ``skip`` left out."""
    left_out = set(skip)
    pairs: set[tuple[str, str]] = set()
    for folder in sorted(Path(corpora).glob("articles*")):
        if folder.name in left_out:
            continue
        for article in load_gold(folder):
            for show in article.shows:
                pairs.update((actor, character) for actor, character in show.get("cast") or [])
    return pairs


def gold_cast_names(corpora: str | Path, skip: Iterable[str] = ()) -> tuple[set[str], set[str]]:
    """The actors and the characters the gold of every ``articles*`` folder under
    ``corpora`` names, the folders in ``skip`` left out."""
    pairs = gold_cast_pairs(corpora, skip)
    return {actor for actor, _ in pairs}, {character for _, character in pairs}


def _facts(
    shows: Iterable[dict[str, Any]],
) -> tuple[set[Any], set[Any], dict[str, str], dict[str, str]]:
    status: set[tuple[str, int, str]] = set()
    cast: set[tuple[str, str, str]] = set()
    network: dict[str, str] = {}
    premiere: dict[str, str] = {}
    for show in shows:
        title = normalize(show.get("title"))
        for season in show.get("seasons") or []:
            if season.get("number") is not None and season.get("status"):
                status.add((title, int(season["number"]), season["status"]))
        for pair in show.get("cast") or []:
            if isinstance(pair, dict):
                actor, character = pair.get("actor"), pair.get("character")
            else:
                actor, character = pair[0], pair[1]
            cast.add((title, normalize(actor), normalize(character)))
        network[title] = normalize(show.get("network"))
        premiere[title] = show.get("premiere") or ""
    return status, cast, network, premiere


def score(golds: list[GoldArticle], predicted: dict[str, dict[str, Any]]) -> EvalReport:
    """Compare contract objects (``Extraction.to_contract()``, keyed by gold id) with gold."""
    report = EvalReport(articles=len(golds))
    for gold in golds:
        g_status, g_cast, g_net, g_prem = _facts(gold.shows)
        pred = predicted.get(gold.id) or {}
        errors = ArticleErrors(gold.id, error=pred.get("error"))
        if pred.get("error") or not pred:
            report.failed += 1
        p_status, p_cast, p_net, p_prem = _facts(pred.get("shows") or [])
        report.status.add(g_status, p_status)
        report.cast.add(g_cast, p_cast)
        errors.missed_status = sorted(g_status - p_status)
        errors.wrong_status = sorted(p_status - g_status)
        errors.missed_cast = sorted(g_cast - p_cast)
        errors.wrong_cast = sorted(p_cast - g_cast)
        for title, net in g_net.items():
            if net:
                report.network.total += 1
                got = p_net.get(title, "")
                if got == net:
                    report.network.right += 1
                else:
                    errors.network.append((title, net, got))
        for title, date in g_prem.items():
            if date:
                report.premiere.total += 1
                got = p_prem.get(title, "")
                if got[: len(date)] == date:
                    report.premiere.right += 1
                else:
                    errors.premiere.append((title, date, got))
        if errors:
            report.errors.append(errors)
    return report


def evaluate(
    golds: list[GoldArticle], extract: Callable[[list[Document]], Iterable[Extraction]]
) -> EvalReport:
    """Extract from each gold text (text only, like a .txt file) and score the result."""
    docs = [Document(text=g.text, path=f"{g.id}.txt", title=_first_line(g.text)) for g in golds]
    predicted = {}
    for gold, ex in zip(golds, extract(docs), strict=True):
        predicted[gold.id] = ex.to_contract()
    return score(golds, predicted)


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None
