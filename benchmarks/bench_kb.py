"""Knowledge-base benchmark on a synthetic KB (benchmarks/synth_kb.py).

Measures, against the bare library doing comparable work in the same run:
  - show lookup p50/p99: find_show(title) + show_facts(slug)   vs  a bare SELECT by slug
  - claim ingest rate through ingest_extraction (resolution + reconciliation, one
    transaction per article)                    vs  bare bulk insert (COPY / executemany)
  - full rebuild time (every show's claim groups and facts re-derived from its claims)
  - update time after one new article about the biggest show (target <= 50 ms), and
    after a back-dated one (old news redraws a season's timeline from all its reports)

    .venv/bin/python benchmarks/bench_kb.py                       # small, SQLite
    .venv/bin/python benchmarks/bench_kb.py --shows 100000 --claims 3000000
    .venv/bin/python benchmarks/bench_kb.py --database-url postgresql+psycopg://u@host/db

A PostgreSQL URL names a server: the benchmark creates a fresh database there and drops
it afterwards.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_kb import generate, new_article  # noqa: E402

from knowsofar.kb.schema import Show  # noqa: E402
from knowsofar.kb.store import KnowledgeBase  # noqa: E402


@contextmanager
def database(url: str | None) -> Iterator[str]:
    if url is None:
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.db"
        return
    if not url.startswith("postgresql"):
        yield url
        return
    name = f"knowsofar_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


CPU: list[float] = []  # process CPU ms of each timed call: the machine is shared


def timed(fn: Callable[[], object]) -> float:
    """Wall-clock ms of one call (its CPU ms go to CPU)."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    CPU.append((time.process_time() - c) * 1000)
    return (time.perf_counter() - t) * 1000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description="knowledge-base benchmark")
    ap.add_argument("--shows", type=int, default=2_000)
    ap.add_argument("--claims", type=int, default=60_000)
    ap.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    ap.add_argument("--lookups", type=int, default=400)
    ap.add_argument("--articles", type=int, default=150, help="articles for the ingest rate")
    ap.add_argument("--updates", type=int, default=20, help="articles about the biggest show")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    with database(args.database_url) as url:
        kb = KnowledgeBase(url)
        made = generate(kb, args.shows, args.claims, args.seed)
        plans, weights = made["plans"], made["weights"]
        raw_rate = made["claims"] / made["raw_insert_seconds"]
        print(
            f"backend: {kb.engine.dialect.name}; {made['shows']} shows, {made['claims']} "
            f"claims, {made['documents']} documents"
        )
        bare = "COPY" if kb.engine.dialect.name == "postgresql" else "executemany"
        print(
            f"synthetic data: {made['generate_seconds']:.1f} s in all; bare bulk insert "
            f"({bare}): {raw_rate:,.0f} claims/s; analyze {made['analyze_seconds']:.1f} s"
        )

        t = time.perf_counter()
        kb.rebuild()
        rebuild_s = time.perf_counter() - t
        print(
            f"full rebuild: {rebuild_s:.1f} s ({made['claims'] / rebuild_s:,.0f} claims/s, "
            f"{made['shows'] / rebuild_s:,.0f} shows/s)"
        )

        rng = random.Random(args.seed)
        cum = list(itertools.accumulate(weights))  # choices(weights=...) re-adds them per call
        top = sorted(range(len(plans)), key=lambda i: -weights[i])
        big = plans[top[0]]
        with kb.session() as s:
            big_row = s.scalar(select(Show).where(Show.id == big.id))
            print(
                f"biggest show: {big.title!r}: {big_row.document_count} documents, "
                f"{big_row.claim_count} claims"
            )

        # Lookups: half popular shows (people ask about those), half the long tail.
        picks = [
            plans[rng.choices(range(len(plans)), cum_weights=cum)[0]]
            for _ in range(args.lookups // 2)
        ]
        picks += [rng.choice(plans) for _ in range(args.lookups - len(picks))]
        for p in picks[:20]:  # warm caches
            kb.show_facts(kb.find_show(p.title)["slug"])

        def lookup(title: str) -> None:
            found = kb.find_show(title)
            assert found is not None, title
            assert kb.show_facts(found["slug"]) is not None

        CPU.clear()
        lookups = [timed(lambda p=p: lookup(p.title.lower())) for p in picks]
        lookup_cpu = list(CPU)
        CPU.clear()
        big_lookups = [timed(lambda: lookup(big.title)) for _ in range(20)]
        big_cpu = list(CPU)
        slugs = [kb.find_show(p.title)["slug"] for p in picks]
        with kb.engine.connect() as conn:
            bare = [
                timed(lambda sl=sl: conn.execute(select(Show).where(Show.slug == sl)).one())
                for sl in slugs
            ]
        p50, p99 = pct(lookups, 50), pct(lookups, 99)
        print(
            f"show lookup: p50 {p50:.2f} ms, p99 {p99:.2f} ms (target p99 <= 20 ms); "
            f"CPU p50 {pct(lookup_cpu, 50):.2f} ms, p99 {pct(lookup_cpu, 99):.2f} ms; "
            f"biggest show p50 {pct(big_lookups, 50):.2f} ms, max {max(big_lookups):.2f} ms "
            f"(CPU p50 {pct(big_cpu, 50):.2f} ms); "
            f"bare SELECT by slug p50 {pct(bare, 50):.3f} ms (x{p50 / pct(bare, 50):.0f})"
        )

        # Ingest rate through the real path, articles spread like the news.
        articles = [
            new_article(plans[rng.choices(range(len(plans)), cum_weights=cum)[0]], n, args.seed)
            for n in range(args.articles)
        ]
        n_claims = sum(len(a.claims) for a in articles)
        t = time.perf_counter()
        for a in articles:
            kb.ingest_extraction(a)
        ingest_s = time.perf_counter() - t
        rate = n_claims / ingest_s
        print(
            f"ingest_extraction: {rate:,.0f} claims/s, {args.articles / ingest_s:,.1f} "
            f"articles/s ({n_claims} claims; bare bulk insert is x{raw_rate / rate:.0f} faster)"
        )

        # One new article about the biggest show: resolve, store, re-derive its facts.
        updates = [new_article(big, 10_000 + n, args.seed + 1) for n in range(args.updates)]
        CPU.clear()
        times = [timed(lambda a=a: kb.ingest_extraction(a)) for a in updates]
        print(
            f"update after one article about the biggest show: p50 {pct(times, 50):.1f} ms, "
            f"max {max(times):.1f} ms, CPU p50 {pct(CPU, 50):.1f} ms (target <= 50 ms; "
            f"{statistics.mean(len(a.claims) for a in updates):.0f} claims each)"
        )
        # Old news arriving late (a back-dated article): a season's timeline is redrawn
        # from all its reports, the slow path, so it is measured on its own.
        old = [
            new_article(big, 20_000 + n, args.seed + 2, when=date(2021, 6, 1) + timedelta(n))
            for n in range(args.updates)
        ]
        CPU.clear()
        times = [timed(lambda a=a: kb.ingest_extraction(a)) for a in old]
        print(
            f"update after one back-dated article about the biggest show: "
            f"p50 {pct(times, 50):.1f} ms, max {max(times):.1f} ms, CPU p50 {pct(CPU, 50):.1f} ms"
        )
        with kb.session() as s:
            big_row = s.scalar(select(Show).where(Show.id == big.id))
            print(f"biggest show after the updates: {big_row.claim_count} claims")
        kb.close()
        print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
