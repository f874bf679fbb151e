"""Extractor speed against bare spaCy on the same texts, in the same run.

The default corpus (``--corpus articles``) is our own written articles: the "text" of
every ``tests/data/articles*/*.json`` plus the bundled ``src/knowsofar/data/samples/*.txt``,
each once. They read like real news, so no sentence repeats across documents the way it
would in generated text, and caches keyed on text only help within an article, as they
would in production. ``--corpus templates`` generates texts from repeating templates
instead (renewal and cancellation news, "everything we know" pieces, roundups, cast
paragraphs, plus the samples): cheap to scale, but the same sentences recur across
documents, which flatters caches keyed on sentence text. Prints documents per second for:

- bare spaCy with the full model (``nlp.pipe``),
- bare spaCy with the model components the extractor keeps (the fair floor),
- the extractor (``Extractor.extract_many``: model + our components + claims),

their ratios (target: extractor >= 0.8 of bare spaCy) and peak memory (RSS).

    .venv/bin/python benchmarks/bench_extract.py [--corpus articles|templates] [--docs N]
        [--batch-size 32] [--rounds 2]
"""

from __future__ import annotations

import argparse
import inspect
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import spacy

from knowsofar.claims import Document
from knowsofar.config import Settings
from knowsofar.extract.pipeline import UNUSED_MODEL_COMPONENTS, Extractor

SHOWS = [
    "Glass Harbor",
    "The Quiet Orchard",
    "Night Shift Nine",
    "Paper Crowns",
    "Lowtide",
    "The Marlowe Files",
    "Second Sunrise",
    "Copper Valley",
    "Static Hearts",
    "Wildfern",
    "The Long Table",
    "Ninth Street",
    "Blue Meridian",
    "Hollow Creek",
    "Saltwater Kings",
]
NETWORKS = [
    "Netflix",
    "HBO",
    "Hulu",
    "Prime Video",
    "Apple TV+",
    "Peacock",
    "NBC",
    "CBS",
    "ABC",
    "Fox",
    "The CW",
    "FX",
    "AMC",
    "Paramount+",
    "Disney+",
    "BBC One",
]
ACTORS = [
    "Maya Torres",
    "Daniel Okafor",
    "Lena Fischer",
    "Ravi Mehta",
    "Chloe Bennett",
    "Tomas Varga",
    "Priya Nair",
    "Owen Gallagher",
    "Sofia Marin",
    "Jonah Pike",
]
CHARACTERS = [
    "Nora Vance",
    "Eli Brandt",
    "June Calloway",
    "Marcus Reed",
    "Iris Holt",
    "Theo Lamb",
    "Ada Quinn",
    "Felix Dunne",
    "Rosa Ibarra",
    "Cal Whitaker",
]
ORD = ["second", "third", "fourth", "fifth", "sixth"]
MONTHS = ["January", "March", "April", "June", "August", "October", "November"]

TEMPLATES = [
    "{net} has renewed {show} for a {ord} season, the network announced on {month} {day}. "
    "The drama, which premiered in {month2} {year}, follows a family running a harbor town "
    "hotel.",
    "{net} has canceled {show} after {n} seasons. The decision came a month after the "
    "finale aired, and the show will not be shopped to other outlets.",
    "{show} Season {n2}: Everything We Know So Far\n\nIs {show} coming back? Here is what we "
    "know about the {ord} season of the {net} series.",
    "Fans hope {net} will renew {show}, but nothing has been decided yet. {show} has not yet "
    "been renewed for a {ord} season, and its fate is unknown.",
    "{actor} stars as {char} in {show}, alongside {actor2} as {char2}. {actor3} plays "
    "{char3}, the family's oldest friend.",
    "{show} will return for its {ord} and final season on {net} next year. Production on "
    "the final season began in {month}, with eight episodes planned.",
    "In other news, {net} also cancelled {show2}, while {show3} was picked up for a {ord} "
    "season. The streamer has not said when the new episodes will arrive.",
    "The cast of {show} returns for season {n2}: {actor} ({char}), {actor2} ({char2}) and "
    "{actor3} ({char3}) are all back, and {actor4} joins as {char4}.",
    "Critics praised the {ord} season of {show}, which drew the biggest audience in the "
    "history of {net}. The show was created by {actor4} and runs ten episodes a season.",
]


ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "src/knowsofar/data/samples"


def article_texts() -> tuple[list[str], int]:
    """The written articles' texts (sorted by path, then the samples) and how many
    article files there were."""
    files = sorted((ROOT / "tests/data").glob("articles*/*.json"))
    texts = [json.loads(f.read_text("utf-8"))["text"] for f in files]
    texts += [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return texts, len(files)


def make_texts(count: int, seed: int = 7) -> list[str]:
    """``count`` texts built from the templates (every fifth one a sample article)."""
    rng = random.Random(seed)
    texts = []
    samples = sorted(SAMPLES.glob("*.txt"))
    sample_texts = [p.read_text("utf-8") for p in samples]
    for i in range(count):
        if sample_texts and i % 5 == 0:
            texts.append(sample_texts[i // 5 % len(sample_texts)])
            continue
        parts = []
        for _ in range(rng.randint(6, 10)):
            shows = rng.sample(SHOWS, 3)
            actors = rng.sample(ACTORS, 4)
            chars = rng.sample(CHARACTERS, 4)
            n = rng.randint(1, 5)
            parts.append(
                rng.choice(TEMPLATES).format(
                    net=rng.choice(NETWORKS),
                    show=shows[0],
                    show2=shows[1],
                    show3=shows[2],
                    ord=ORD[n - 1],
                    n=n,
                    n2=n + 1,
                    month=rng.choice(MONTHS),
                    month2=rng.choice(MONTHS),
                    day=rng.randint(1, 28),
                    year=rng.randint(2015, 2023),
                    actor=actors[0],
                    actor2=actors[1],
                    actor3=actors[2],
                    actor4=actors[3],
                    char=chars[0],
                    char2=chars[1],
                    char3=chars[2],
                    char4=chars[3],
                )
            )
        texts.append("\n\n".join(parts))
    return texts


# Caches with arguments that are not keyed on what documents say: compiled patterns from
# our own code, data files.
CODE_KEYED_CACHES = {"rx", "load_data"}


def clear_text_caches() -> int:
    """Empty the extractor's caches keyed on document text (sentences, names, titles) and
    return how many there were.

    Every round reads the same texts: without this, round two would find every sentence
    of round one cached, which no stream of new articles would. Caches without arguments
    (vocabularies, compiled patterns) are kept, as a long-running process keeps them.
    """
    cleared = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("knowsofar.extract"):
            continue
        for obj in vars(module).values():
            wrapped = getattr(obj, "__wrapped__", None)
            if (
                hasattr(obj, "cache_clear")
                and wrapped is not None
                and obj.__name__ not in CODE_KEYED_CACHES
                and inspect.signature(wrapped).parameters
                and id(obj) not in cleared
            ):
                obj.cache_clear()
                cleared.add(id(obj))
    return len(cleared)


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_interleaved(
    runners: dict[str, object], n_docs: int, chunk: int
) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds and wall seconds each runner needs for all documents.

    The machine is shared: timing whole runs one after the other lets load drift decide
    the ratio. Runners alternate in small chunks, and the rates come from this process's
    CPU time (wall time, which other processes inflate, is shown too).
    """
    spent = {name: 0.0 for name in runners}
    wall = {name: 0.0 for name in runners}
    for start in range(0, n_docs, chunk):
        for name, run in runners.items():
            t, w = time.process_time(), time.perf_counter()
            run(start, min(start + chunk, n_docs))  # type: ignore[operator]
            spent[name] += time.process_time() - t
            wall[name] += time.perf_counter() - w
    return spent, wall


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus",
        choices=["articles", "templates"],
        default="articles",
        help="our written articles (default) or texts generated from templates",
    )
    ap.add_argument("--docs", type=int, help="texts to use (default: every article; 300 templates)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=2, help="best of this many rounds")
    ap.add_argument("--chunk", type=int, default=20, help="documents per alternating chunk")
    args = ap.parse_args(argv)
    settings = Settings()
    if args.corpus == "articles":
        texts, n_files = article_texts()
        # Never repeat an article to reach --docs: repeats would hit the caches again.
        texts = texts[: args.docs] if args.docs else texts
        used = min(len(texts), n_files)
        source = f"{used} article files + {len(texts) - used} samples"
    else:
        texts = make_texts(args.docs or 300)
        source = "generated from templates"
    if not texts:
        sys.exit("no texts: tests/data/articles*/*.json and the samples are missing")
    chars = sum(len(t) for t in texts)
    print(
        f"{len(texts)} texts ({args.corpus}: {source}), {chars / len(texts):.0f} characters "
        f"on average, model {settings.spacy_model}"
    )

    full = spacy.load(settings.spacy_model)
    same = spacy.load(settings.spacy_model, exclude=list(UNUSED_MODEL_COMPONENTS))
    extractor = Extractor(settings)
    docs = [Document(text=t, path=f"bench-{i}.txt") for i, t in enumerate(texts)]
    # Warm up every pipeline once so no one pays first-call costs in the timings.
    list(full.pipe(texts[:10]))
    list(same.pipe(texts[:10]))
    list(extractor.extract_many(docs[:10]))
    print(f"after loading: peak RSS {peak_rss_mb():.0f} MB")

    out: list = []
    runners = {
        "bare spaCy, full model": lambda a, b: list(
            full.pipe(texts[a:b], batch_size=args.batch_size)
        ),
        f"bare spaCy, without {'/'.join(UNUSED_MODEL_COMPONENTS)}": lambda a, b: list(
            same.pipe(texts[a:b], batch_size=args.batch_size)
        ),
        "extractor (model + knowsofar components)": lambda a, b: out.extend(
            extractor.extract_many(docs[a:b], batch_size=args.batch_size)
        ),
    }
    best: dict[str, float] = {}
    # Each round's own ratio (its runners shared that round's load): the spread shows
    # how much of a difference between runs is the machine's noise.
    round_ratios: list[float] = []
    for r in range(args.rounds):
        out.clear()
        caches = clear_text_caches()  # the warm-up's or last round's texts
        spent, wall = run_interleaved(runners, len(docs), args.chunk)
        print(f"-- round {r + 1} ({caches} text-keyed caches emptied before it)")
        for name, secs in spent.items():
            rate = len(docs) / secs
            best[name] = max(best.get(name, 0.0), rate)
            print(
                f"{name:<52} {rate:7.1f} docs/s of CPU  ({secs:.2f} s CPU, "
                f"{len(docs) / wall[name]:.1f} docs/s wall)"
            )
        _, same_secs, our_secs = spent.values()
        round_ratios.append(same_secs / our_secs)
    errors = sum(1 for ex in out if ex.error)
    claims = sum(len(ex.claims) for ex in out)
    full_rate, same_rate, ours = best.values()
    print(f"extractor errors: {errors}; claims: {claims} ({claims / len(docs):.1f} per text)")
    print(
        f"ratio extractor / bare spaCy (same components): {ours / same_rate:.2f}  (target >= 0.8)"
    )
    print(
        "  each round's (same components): "
        + " ".join(f"{x:.3f}" for x in round_ratios)
        + f"  (median {statistics.median(round_ratios):.3f})"
    )
    print(f"ratio extractor / bare spaCy (full model):      {ours / full_rate:.2f}")
    print(f"peak RSS (all three pipelines loaded): {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
