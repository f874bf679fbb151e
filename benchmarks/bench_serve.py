"""Web app throughput and latency: the show page and its JSON twin under load on loopback.

Builds (or reuses) a synthetic KB with benchmarks/synth_kb.py, starts the real app with
uvicorn in a subprocess (as `knowsofar serve` does), and drives it with wrk (Debian's
package) over a rotating set of show slugs; without wrk, a bounded Python client does the
same. Two server runs: as served (recent show objects cached until the KB changes) and
with that cache off, so every request reads the KB and ranks similar shows. The baseline
is the bare library doing one uncached request's work in this process (``show_facts``,
similar shows, then JSON or the brief's HTML), single-threaded.

    .venv/bin/python benchmarks/bench_serve.py                      # 5,000 shows, quick
    .venv/bin/python benchmarks/bench_serve.py --shows 100000 --claims 1000000 --duration 15

Target (issue 6): >= 500 requests/s for the JSON show endpoint, p99 <= 50 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_kb import generate  # noqa: E402

from knowsofar.brief import build_brief, to_html  # noqa: E402
from knowsofar.kb.schema import Show  # noqa: E402
from knowsofar.kb.store import KnowledgeBase  # noqa: E402
from knowsofar.recommend import Recommender, person_names, profiles_from_kb  # noqa: E402

OUTPUT = Path(__file__).resolve().parent / "output"
ROOT = Path(__file__).resolve().parents[1]


def build_db(shows: int, claims: int, path: Path) -> KnowledgeBase:
    url = f"sqlite:///{path}"
    if path.exists():
        print(f"reusing {path}")
        return KnowledgeBase(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    kb = KnowledgeBase(f"sqlite:///{tmp}")
    t = time.perf_counter()
    made = generate(kb, shows, claims)
    inserted = time.perf_counter() - t
    kb.rebuild()
    kb.close()
    tmp.rename(path)
    print(
        f"built {path.name}: {shows} shows, {made['claims']} claims, {made['documents']} "
        f"documents (insert {inserted:.0f} s, rebuild {time.perf_counter() - t - inserted:.0f} s)"
    )
    return KnowledgeBase(url)


def pick_slugs(kb: KnowledgeBase, n: int, seed: int = 11) -> list[str]:
    with kb.session() as s:
        slugs = list(s.scalars(select(Show.slug)))
    return random.Random(seed).sample(slugs, min(n, len(slugs)))


# The server as `knowsofar serve` runs it, with the show cache size as a knob.
SERVER = """
import sys
from knowsofar.config import Settings
from knowsofar.core import Knowsofar
from knowsofar.serve.app import address, bind, create_app, make_server
ks = Knowsofar(Settings(database_url=sys.argv[1]))
sock = bind("127.0.0.1", 0)
print(f"serving on {address(sock)} ", flush=True)
make_server(create_app(ks, cache_size=int(sys.argv[2]))).run(sockets=[sock])
"""


def start_server(db: Path, cache_size: int) -> tuple[subprocess.Popen[str], str]:
    cmd = [sys.executable, "-c", SERVER, f"sqlite:///{db}", str(cache_size)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        match = re.search(r"serving on (http://\S+?)/? ", line)
        if match:
            # Keep draining the server's log so it never blocks on a full pipe.
            threading.Thread(target=proc.stdout.read, daemon=True).start()
            return proc, match.group(1).rstrip("/")
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit("the server did not start")


def warm_up(base: str, slugs: list[str], timeout: float) -> None:
    """Wait until the similar-shows index is built (large KBs build it in the background)."""
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=30) as client:
        while time.monotonic() < deadline:
            hits = [client.get(f"{base}/shows/{s}.json").json() for s in slugs[:20]]
            if any(h["recommended"] for h in hits):
                for s in slugs:  # touch every page once
                    client.get(f"{base}/shows/{s}")
                return
            time.sleep(1)
    print("warning: recommendations were still being built when the load started")


def run_wrk(url_base: str, paths: list[str], seconds: int, connections: int) -> dict[str, float]:
    script = OUTPUT / "bench_serve_paths.lua"
    script.write_text(
        "paths = {" + ",".join(json.dumps(p) for p in paths) + "}\n"
        "i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i])\n"
        "end\n",
        encoding="utf-8",
    )
    cmd = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        str(script),
        url_base,
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60).stdout

    def ms(label: str) -> float:
        m = re.search(rf"{label}\s+([\d.]+)(us|ms|s)\b", out)
        if not m:
            return float("nan")
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": float(rps.group(1)) if rps else float("nan"),
        "p50": ms("50%"),
        "p99": ms("99%"),
        "errors": float(errors.group(1)) if errors else 0.0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",  # type: ignore[dict-item]
        "command": " ".join(cmd),  # type: ignore[dict-item]
    }


def run_python_client(
    url_base: str, paths: list[str], seconds: int, connections: int
) -> dict[str, float]:
    """Bounded in time and count: ``connections`` threads, each one keep-alive client."""
    latencies: list[float] = []
    errors = [0]
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def worker(k: int) -> None:
        mine: list[float] = []
        with httpx.Client(base_url=url_base, timeout=10) as client:
            i = k
            while time.monotonic() < stop and len(mine) < 1_000_000:
                t = time.perf_counter()
                r = client.get(paths[i % len(paths)])
                mine.append((time.perf_counter() - t) * 1000)
                if r.status_code >= 400:
                    errors[0] += 1
                i += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(connections)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t0
    q = statistics.quantiles(latencies, n=100)
    return {
        "rps": len(latencies) / elapsed,
        "p50": q[49],
        "p99": q[98],
        "errors": errors[0],
        "command": f"python client, {connections} threads, {seconds} s",
    }  # type: ignore[dict-item]


def library_rate(
    kb: KnowledgeBase, index: Recommender, slugs: list[str], html: bool, seconds: float
) -> float:
    """Calls/s of the bare library doing one uncached request's work, in this process:
    the show's facts, its similar shows, and JSON (or the brief's HTML)."""
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        facts = kb.show_facts(slugs[n % len(slugs)])
        assert facts is not None
        recommended = index.similar(facts["slug"])
        if html:
            to_html(build_brief(facts, None, recommended), standalone=False)
        else:
            json.dumps({**facts, "recommended": recommended})
        n += 1
    return n / (time.perf_counter() - t0)


def serve_and_load(
    db: Path, cache_size: int, slugs: list[str], tool: str, args: argparse.Namespace
) -> dict[str, dict[str, Any]]:
    proc, base = start_server(db, cache_size)
    results = {}
    try:
        warm_up(base, slugs, timeout=900)
        for kind, suffix in (("JSON", ".json"), ("HTML", "")):
            paths = [f"/shows/{s}{suffix}" for s in slugs]
            runner = run_wrk if tool == "wrk" else run_python_client
            results[kind] = runner(base, paths, args.duration, args.connections)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shows", type=int, default=5_000)
    ap.add_argument("--claims", type=int, default=None, help="default: 10 per show")
    ap.add_argument("--db", type=Path, default=None, help="reuse or build this SQLite file")
    ap.add_argument("--duration", type=int, default=10, help="seconds of load per endpoint")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--slugs", type=int, default=500, help="distinct shows requested")
    ap.add_argument("--tool", choices=("auto", "wrk", "python"), default="auto")
    args = ap.parse_args()
    claims = args.claims or args.shows * 10
    db = args.db or OUTPUT / f"serve-{args.shows}-{claims}.db"
    kb = build_db(args.shows, claims, db)
    slugs = pick_slugs(kb, args.slugs)
    tool = args.tool
    if tool == "auto":
        tool = "wrk" if shutil.which("wrk") else "python"
    runs = {
        "cached (as served)": serve_and_load(db, 4096, slugs, tool, args),
        "no show cache": serve_and_load(db, 0, slugs, tool, args),
    }
    t = time.perf_counter()
    index = Recommender(profiles_from_kb(kb), names=person_names(kb))
    print(f"similar-shows index: {time.perf_counter() - t:.1f} s to build in-process")
    library = {
        "JSON": library_rate(kb, index, slugs, html=False, seconds=5),
        "HTML": library_rate(kb, index, slugs, html=True, seconds=5),
    }
    print(
        f"\n{args.shows} shows, {len(slugs)} distinct slugs requested in turn, "
        f"{args.connections} connections, {args.duration} s per run, load from {tool}"
    )
    for mode, results in runs.items():
        for kind, r in results.items():
            print(
                f"{kind} {'/shows/{slug}.json' if kind == 'JSON' else '/shows/{slug}     '} "
                f"[{mode:18}] {r['rps']:7.0f} req/s  p50 {r['p50']:6.1f} ms  "
                f"p99 {r['p99']:6.1f} ms  errors {r['errors']:.0f}  "
                f"server/library {r['rps'] / library[kind]:5.2f}"
            )
    for kind, rate in library.items():
        print(f"bare library, {kind} work per request, 1 thread: {rate:7.0f} calls/s")
    print(f"load command: {runs['cached (as served)']['JSON']['command']}")
    served = runs["cached (as served)"]["JSON"]
    ok = served["rps"] >= 500 and served["p99"] <= 50
    print(f"target (JSON >= 500 req/s, p99 <= 50 ms, as served): {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
