"""A synthetic knowledge base with realistic skew, for benchmarks.

Shows get Zipf-distributed attention (a few shows with thousands of articles,
a long tail with one or two); each article is about one show and makes 2-15
claims of the usual kinds; a few percent of values disagree (misspelled
names, wrong dates, stale statuses). Documents and claims are written the
fastest plain way, COPY on PostgreSQL and executemany on SQLite, in batches
(the "bare library" baseline); facts and claim groups are then derived by the
real reconciliation (``KnowledgeBase.rebuild``). 100,000 shows and 3,000,000
claims take under three minutes to write on a 2-core machine.

    .venv/bin/python benchmarks/synth_kb.py --shows 2000 --claims 60000 \
        --database-url sqlite:////tmp/synth.db
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from knowsofar.claims import Claim, Document, Extraction
from knowsofar.kb.reconcile import value_key
from knowsofar.kb.resolve import fold, norm_title, slugify
from knowsofar.kb.schema import (
    Character,
    Person,
    PersonAlias,
    Show,
    ShowAlias,
)
from knowsofar.kb.store import KnowledgeBase

WORDS = [
    "harbor",
    "lights",
    "salt",
    "stone",
    "glitter",
    "station",
    "velvet",
    "hour",
    "north",
    "shore",
    "night",
    "shift",
    "iron",
    "crown",
    "silver",
    "lake",
    "last",
    "summer",
    "broken",
    "river",
    "little",
    "fires",
    "open",
    "water",
    "red",
    "desert",
    "quiet",
    "empire",
    "paper",
    "moon",
    "city",
    "blue",
    "hollow",
    "wild",
    "cards",
    "small",
    "town",
    "golden",
    "hour",
    "dark",
    "matter",
    "long",
    "way",
    "home",
    "high",
    "tide",
    "lost",
    "signal",
    "new",
    "world",
    "cold",
    "case",
    "deep",
    "end",
    "black",
    "mirror",
    "star",
    "fall",
    "winter",
    "garden",
    "secret",
    "heart",
    "lucky",
    "strike",
    "bright",
    "side",
    "final",
    "cut",
    "sharp",
    "objects",
]
FIRST = [
    "Ava",
    "Ben",
    "Cara",
    "Dan",
    "Eli",
    "Fay",
    "Gus",
    "Hana",
    "Ivo",
    "Jade",
    "Kai",
    "Lena",
    "Milo",
    "Nia",
    "Omar",
    "Pia",
    "Quinn",
    "Rosa",
    "Sam",
    "Tara",
    "Uma",
    "Vic",
    "Wes",
    "Xena",
    "Yara",
    "Zoe",
]
NETWORKS = (
    "Netflix",
    "HBO",
    "Hulu",
    "NBC",
    "CBS",
    "ABC",
    "FX",
    "Apple TV+",
    "Prime Video",
    "Peacock",
    "Paramount+",
    "Disney+",
    "AMC",
    "Showtime",
    "Starz",
    "The CW",
)
GENRES = (
    "drama",
    "comedy",
    "thriller",
    "fantasy",
    "science fiction",
    "crime",
    "horror",
    "romance",
    "documentary",
    "animation",
)
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "men",
    "sa",
    "lo",
    "vi",
    "ne",
    "da",
    "ru",
    "ko",
    "ha",
    "li",
    "mo",
    "ta",
    "be",
    "ze",
    "no",
    "fa",
    "gi",
    "pe",
    "su",
    "ya",
    "wo",
    "lan",
    "der",
    "mir",
    "son",
    "vek",
]
RELATIONS = ("sister", "brother", "mother", "father", "best friend", "rival", "coach", "boss")
START = date(2015, 1, 1)
# The day the synthetic news stops: stored articles are older, "new" ones newer.
NOW = date(2026, 6, 30)


@dataclass
class ShowPlan:
    id: int
    title: str
    network: str
    premiere: str
    seasons: int
    # (date, season, status) in time order: renewals, a cancellation or a final season.
    history: list[tuple[str, int, str]] = field(default_factory=list)
    cast: list[tuple[int, int, str, str]] = field(default_factory=list)  # person, char, names


def _day(rng: random.Random, lo: date, span_days: int) -> date:
    return lo + timedelta(days=rng.randrange(max(span_days, 1)))


def _name(rng: random.Random) -> str:
    """A made-up full name; syllables give enough variety that namesakes stay rare."""
    last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{rng.choice(FIRST)} {last}"


def _typo(rng: random.Random, name: str) -> str:
    i = rng.randrange(1, len(name))
    return name[:i] + name[i + 1 :] if len(name) > 4 else name + "e"


def plan(shows: int, seed: int = 7) -> tuple[list[ShowPlan], list[float]]:
    """Shows with a true history, and their share of the news (Zipf, s=0.85)."""
    rng = random.Random(seed)
    plans = []
    titles: set[str] = set()
    for i in range(shows):
        while True:
            n = rng.choice((1, 2, 2, 3))
            title = " ".join(w.capitalize() for w in rng.sample(WORDS, n))
            if i >= len(WORDS) ** 2:
                title = f"{title} {i}"
            if title not in titles:
                titles.add(title)
                break
        first = _day(rng, START, 365 * 6)
        seasons = rng.randint(1, 8)
        p = ShowPlan(i + 1, title, rng.choice(NETWORKS), first.isoformat(), seasons)
        day = first
        for season in range(2, seasons + 1):
            day = day + timedelta(days=rng.randint(200, 500))
            p.history.append((day.isoformat(), season, "renewed"))
        ending = rng.random()
        day = day + timedelta(days=rng.randint(60, 400))
        if ending < 0.4:
            p.history.append((day.isoformat(), seasons + 1, "canceled"))
        elif ending < 0.6:
            p.history.append((day.isoformat(), seasons + 1, "renewed"))
            p.history.append(((day + timedelta(days=300)).isoformat(), seasons + 1, "ended"))
        elif ending < 0.8:
            p.history.append((day.isoformat(), seasons + 1, "pending"))
        plans.append(p)
    weights = [1 / (rank + 1) ** 0.85 for rank in range(shows)]
    rng.shuffle(weights)
    return plans, weights


def article_claims(rng: random.Random, p: ShowPlan, when: date, size: int) -> list[Claim]:
    """One article's claims about one show, with a little noise."""
    out: list[Claim] = []
    t = p.title
    if rng.random() < 0.6:
        net = p.network if rng.random() > 0.03 else rng.choice(NETWORKS)
        out.append(Claim("network", t, {"network": net}, f"{t} streams on {net}."))
    past = [h for h in p.history if h[0] <= when.isoformat()]
    if past and rng.random() < 0.8:
        day, season, status = past[-1] if rng.random() > 0.05 else rng.choice(past)
        out.append(
            Claim(
                "season_status",
                t,
                {"status": status},
                f"{t} season {season} is {status}.",
                season=season,
            )
        )
    if rng.random() < 0.3:
        d = (
            p.premiere
            if rng.random() > 0.05
            else (date.fromisoformat(p.premiere) + timedelta(days=7)).isoformat()
        )
        out.append(Claim("premiere", t, {"date": d}, f"{t} premiered on {d}."))
    if rng.random() < 0.3:
        g = GENRES[p.id % len(GENRES)] if rng.random() > 0.2 else rng.choice(GENRES)
        out.append(Claim("genre", t, {"genre": g}, f"{t} is a {g}."))
    while len(out) < size and p.cast:
        pid, cid, actor, role = rng.choice(p.cast)
        if rng.random() < 0.03:
            actor = _typo(rng, actor)
        out.append(Claim("cast", t, {"actor": actor, "character": role}, f"{actor} plays {role}."))
        if rng.random() < 0.15 and len(p.cast) > 1:
            other = rng.choice(p.cast)
            rel = rng.choice(RELATIONS)
            out.append(
                Claim(
                    "relation",
                    t,
                    {"subject": role, "relation": rel, "object": other[3]},
                    f"{role} is {other[3]}'s {rel}.",
                )
            )
        if rng.random() < 0.05:
            out.append(
                Claim(
                    "plot",
                    t,
                    {"text": f"{t} follows {role} through season {rng.randint(1, p.seasons)}."},
                    "Plot sentence.",
                )
            )
    return out[:size]


def generate(
    kb: KnowledgeBase, shows: int, claims: int, seed: int = 7, batch: int = 20_000
) -> dict[str, Any]:
    """Fill an empty knowledge base; returns counts and the raw insert timing."""
    rng = random.Random(seed)
    plans, weights = plan(shows, seed)
    kb.upgrade()
    people_rows, alias_rows, char_rows = [], [], []
    person_id = char_id = 0
    for p in plans:
        roles: set[str] = set()
        for _ in range(rng.randint(4, 30)):
            role = _name(rng)
            if role in roles:
                continue
            roles.add(role)
            person_id += 1
            char_id += 1
            actor = _name(rng)
            people_rows.append(
                {"id": person_id, "slug": f"{slugify(actor)}-{person_id}", "name": actor}
            )
            alias_rows.append({"person_id": person_id, "alias": actor, "norm": fold(actor)})
            char_rows.append({"id": char_id, "show_id": p.id, "name": role, "norm": fold(role)})
            p.cast.append((person_id, char_id, actor, role))
    t0 = time.perf_counter()
    inserted = 0
    with kb.engine.begin() as conn:
        conn.execute(
            insert(Show),
            [
                {
                    "id": p.id,
                    "slug": slugify(p.title),
                    "title": p.title,
                    "network": p.network,
                    "document_count": 0,
                    "claim_count": 0,
                }
                for p in plans
            ],
        )
        conn.execute(
            insert(ShowAlias),
            [{"show_id": p.id, "alias": p.title, "norm": norm_title(p.title)} for p in plans],
        )
        conn.execute(insert(Person), people_rows)
        conn.execute(insert(PersonAlias), alias_rows)
        conn.execute(insert(Character), char_rows)
    doc_id = 0
    docs: list[tuple] = []
    rows: list[tuple] = []
    loaded_at = datetime.now(UTC)
    show_ids = list(range(len(plans)))
    # Cumulative weights once: choices(weights=...) re-adds all 100,000 every call.
    cum = list(itertools.accumulate(weights))
    cast_ids = {p.id: {(a, r): (pid, cid) for pid, cid, a, r in p.cast} for p in plans}
    keys: dict[tuple[str, str], str] = {}  # value_key() of a value already seen
    db_seconds = 0.0
    while inserted < claims:
        p = plans[rng.choices(show_ids, cum_weights=cum)[0]]
        doc_id += 1
        since = date.fromisoformat(p.premiere) - timedelta(days=90)
        when = _day(rng, since, min(365 * 8, (NOW - since).days))
        day = when.isoformat()
        size = min(rng.randint(2, 15), claims - inserted)
        made = article_claims(rng, p, when, size) or [
            Claim("network", p.title, {"network": p.network}, f"On {p.network}.")
        ]
        url = f"https://synthetic.example/{doc_id}"
        # A random fingerprint: near-copy search reads it, as for real articles.
        simhash = rng.getrandbits(64) - (1 << 63)
        docs.append(
            (doc_id, url, url, p.title, day, day, f"{doc_id:064x}", simhash, "synthetic", loaded_at)
        )
        for c in made:
            ids = cast_ids[p.id].get((c.value.get("actor"), c.value.get("character")))
            if c.kind == "cast" and ids is None:  # a misspelled actor: same role, same person
                ids = next(
                    (v for (a, r), v in cast_ids[p.id].items() if r == c.value["character"]),
                    (None, None),
                )
            value = json.dumps(c.value)
            vkey = keys.get((c.kind, value))
            if vkey is None:
                vkey = keys[(c.kind, value)] = value_key(c.kind, c.value)
            rows.append(
                (
                    doc_id,
                    p.id,
                    p.title,
                    c.kind,
                    c.season,
                    value,
                    vkey,
                    ids[0] if ids else None,
                    ids[1] if ids else None,
                    c.evidence,
                    day,
                    doc_id,
                    day,
                    "synthetic",
                    1.0,
                )
            )
        inserted += len(made)
        if len(rows) >= batch:
            db_seconds += _flush(kb, docs, rows)
    db_seconds += _flush(kb, docs, rows)
    seconds = time.perf_counter() - t0
    t = time.perf_counter()
    if kb.engine.dialect.name == "postgresql":
        with kb.engine.begin() as conn:
            for table in ("shows", "people", "characters", "documents"):
                conn.execute(
                    text(
                        f"select setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(select max(id) from {table}))"
                    )
                )
            conn.execute(text("analyze"))
    else:
        with kb.engine.begin() as conn:
            conn.execute(text("analyze"))
    return {
        "shows": shows,
        "claims": inserted,
        "documents": doc_id,
        "raw_insert_seconds": db_seconds,
        "generate_seconds": seconds,
        "analyze_seconds": time.perf_counter() - t,
        "plans": plans,
        "weights": weights,
    }


DOCUMENT_COLUMNS = (
    "id",
    "key",
    "url",
    "title",
    "published",
    "date",
    "content_hash",
    "simhash",
    "extractor",
    "ingested_at",
)
CLAIM_COLUMNS = (
    "document_id",
    "show_id",
    "show_title",
    "kind",
    "season",
    "value",
    "value_key",
    "person_id",
    "character_id",
    "evidence",
    "claim_date",
    "origin_id",
    "seen",
    "extractor",
    "confidence",
)


def _flush(kb: KnowledgeBase, docs: list[tuple], rows: list[tuple]) -> float:
    """Write one batch the fastest plain way (COPY on PostgreSQL, executemany on SQLite);
    returns the seconds it took."""
    if not docs:
        return 0.0
    t = time.perf_counter()
    with kb.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            cur = conn.connection.driver_connection.cursor()
            for table, columns, data in (
                ("documents", DOCUMENT_COLUMNS, docs),
                ("claims", CLAIM_COLUMNS, rows),
            ):
                with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in data:
                        copy.write_row(row)
        else:
            for table, columns, data in (
                ("documents", DOCUMENT_COLUMNS, docs),
                ("claims", CLAIM_COLUMNS, rows),
            ):
                marks = ", ".join("?" for _ in columns)
                conn.exec_driver_sql(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", data
                )
    docs.clear()
    rows.clear()
    return time.perf_counter() - t


def new_article(
    p: ShowPlan, n: int, seed: int, size: int = 10, when: date | None = None
) -> Extraction:
    """A fresh article about show ``p`` (for ingest and update timings): news of the days
    after the stored ones, unless ``when`` (old news arriving late) is given."""
    rng = random.Random(seed)
    when = when or NOW + timedelta(days=1 + n % 300)
    claims = article_claims(rng, p, when, size)
    text_ = " ".join(c.evidence for c in claims) + f" Article {seed}-{n}."
    doc = Document(
        text=text_,
        title=p.title,
        url=f"https://fresh.example/{seed}/{n}",
        published=when.isoformat(),
    )
    return Extraction(source=doc, claims=claims)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shows", type=int, default=2_000)
    ap.add_argument("--claims", type=int, default=60_000)
    ap.add_argument("--database-url", default="sqlite:///synthetic-kb.db")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    kb = KnowledgeBase(args.database_url)
    made = generate(kb, args.shows, args.claims, args.seed)
    t = time.perf_counter()
    kb.rebuild()
    print(
        f"{made['claims']} claims, {made['documents']} documents, {made['shows']} shows: "
        f"insert {made['raw_insert_seconds']:.1f} s, rebuild {time.perf_counter() - t:.1f} s"
    )


if __name__ == "__main__":
    main()
