"""Crawl-file reading: records per second and peak memory of ``iter_warc`` on a generated
gzipped WARC file, against bare warcio reading every record's payload in the same run.

The file mixes what a crawl holds: per fetched URL a request record, a response (HTML
article pages in a news site's chrome, images, 404s, redirects) and a metadata record.
Each reader runs in a fresh child process, so its peak resident memory is its own.

    .venv/bin/python benchmarks/bench_warc.py              # small: about 20 MB
    .venv/bin/python benchmarks/bench_warc.py --mb 1024    # the 1 GB run
    .venv/bin/python benchmarks/bench_warc.py --prefilter  # also with the raw-HTML pre-filter
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
NAV = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(60))
SCRIPT = "window.dataLayer.push({'event':'view','slot':'top','n':%d});" * 1


def article_pages() -> list[bytes]:
    texts = []
    for folder in (ROOT / "src/knowsofar/data/samples", ROOT / "tests/data/unrelated"):
        texts += [p.read_text() for p in sorted(folder.glob("*")) if p.suffix in (".txt", ".md")]
    pages = []
    for n, text in enumerate(texts):
        title, _, body = text.strip().partition("\n")
        paras = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
        script = "".join(SCRIPT % i for i in range(300))  # pages are mostly not article
        pages.append(
            (
                f"<!doctype html><html lang='en'><head><title>{title.lstrip('# ')}</title>"
                f"<script>{script}</script></head><body><nav><ul>{NAV}</ul></nav><article>"
                f"<h1>{title.lstrip('# ')}</h1>{paras}</article><footer>Page {n}</footer>"
                "</body></html>"
            ).encode()
        )
    return pages


def generate(path: Path, megabytes: float) -> int:
    pages = article_pages()
    image = os.urandom(30_000)
    target = megabytes * 1e6
    records = 0
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        i = 0
        while fh.tell() < target:
            url = f"https://news.example/{i}"
            w.write_record(
                w.create_warc_record(
                    url, "request", payload=io.BytesIO(f"GET /{i} HTTP/1.1\r\n\r\n".encode())
                )
            )
            kind = i % 10
            if kind < 7:
                status, ctype, body = "200 OK", "text/html; charset=utf-8", pages[i % len(pages)]
            elif kind == 7:
                status, ctype, body = "200 OK", "image/jpeg", image
            elif kind == 8:
                status, ctype, body = "404 Not Found", "text/html", b"<html>not found</html>"
            else:
                status, ctype, body = "301 Moved", "text/html", b""
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
            w.write_record(
                w.create_warc_record(
                    url,
                    "metadata",
                    payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
                    warc_content_type="application/warc-fields",
                )
            )
            records += 3
            i += 1
    return records


def read_ours(path: str, prefilter: bool = False) -> dict:
    from knowsofar.sources.warc import WarcStats, iter_warc

    stats = WarcStats()
    docs = errors = 0
    start = time.perf_counter()
    for item in iter_warc(path, stats=stats, prefilter=prefilter):
        if hasattr(item, "text"):
            docs += 1
        else:
            errors += 1
    seconds = time.perf_counter() - start
    return {"records": stats.records, "documents": docs, "errors": errors, "seconds": seconds}


def read_bare(path: str) -> dict:
    records = 0
    start = time.perf_counter()
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, arc2warc=True):
            record.content_stream().read()
            records += 1
    return {"records": records, "seconds": time.perf_counter() - start}


def read_bare_extract(path: str) -> dict:
    """The same work with the bare libraries: warcio, then trafilatura.extract on HTML 200s."""
    import trafilatura

    records = pages = 0
    start = time.perf_counter()
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, arc2warc=True):
            records += 1
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if record.http_headers.get_statuscode() == "200" and ctype.startswith("text/html"):
                html = record.content_stream().read()
                url = record.rec_headers.get_header("WARC-Target-URI")
                pages += trafilatura.extract(html, url=url) is not None
    return {"records": records, "documents": pages, "seconds": time.perf_counter() - start}


def child(which: str, path: str) -> None:
    readers = {
        "ours": read_ours,
        "ours_prefilter": lambda p: read_ours(p, prefilter=True),
        "bare": read_bare,
        "bare_extract": read_bare_extract,
    }
    result = readers[which](path)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run_child(which: str, path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", which, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of the generated file")
    ap.add_argument(
        "--keep", type=Path, help="write the file here and keep it (reused when it exists)"
    )
    ap.add_argument("--prefilter", action="store_true", help="also time iter_warc(prefilter=True)")
    ap.add_argument("--child", nargs=2, metavar=("WHICH", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.warc.gz"
        if args.keep and args.keep.exists():
            print(f"reusing {path}")
        else:
            t0 = time.perf_counter()
            records = generate(path, args.mb)
            print(f"generated {path.name}: {records} records in {time.perf_counter() - t0:.1f} s")
        size = path.stat().st_size / 1e6
        print(f"{size:.1f} MB gzipped", flush=True)
        results = {}
        runs = [
            ("bare", "bare warcio (read every payload)"),
            ("bare_extract", "bare warcio + trafilatura.extract"),
            ("ours", "ours: iter_warc"),
        ]
        if args.prefilter:
            runs.append(("ours_prefilter", "ours: iter_warc(prefilter=True)"))
        for which, name in runs:
            r = results[which] = run_child(which, path)
            print(
                f"  {name:36} {r['records'] / r['seconds']:9.0f} records/s  "
                f"{size / r['seconds']:7.1f} MB/s  peak RSS {r['peak_rss_mb']:.0f} MB",
                flush=True,
            )
    ours, same = results["ours"], results["bare_extract"]
    print(
        f"  iter_warc read {ours['documents']} HTML pages ({ours['errors']} errors): "
        f"{ours['documents'] / ours['seconds']:.0f} pages/s through trafilatura"
    )
    ratio = same["seconds"] / ours["seconds"]
    print(f"  ratio ours / (warcio + trafilatura.extract), same records: {ratio:.2f}")
    if "ours_prefilter" in results:
        kept = results["ours_prefilter"]
        print(
            f"  with the pre-filter on raw HTML: {kept['documents']} pages kept, "
            f"{same['seconds'] / kept['seconds']:.2f}x the bare warcio + trafilatura rate"
        )


if __name__ == "__main__":
    main()
