"""Pre-filter speed (MB/s on one core) on a mixed corpus, with its recall and rejection rate.

Relevant pages: the gold articles of ../shared/eval/dev (read at run time, when present)
and the bundled demo corpus. Unrelated pages: tests/data/unrelated/. The corpus is
repeated to --mb megabytes and timed as plain text, and again wrapped as raw HTML pages
(the crawl path can filter before trafilatura), with a news site's usual chrome.
The bare reference is one pass of ``re.findall(r"\\w+", text.lower())`` over the
same texts: just reading every word.
One process, so MB/s is per core.

    .venv/bin/python benchmarks/bench_prefilter.py [--mb 20] [--eval-dir ../shared/eval/dev]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from knowsofar.extract.prefilter import is_relevant, relevance
from knowsofar.sources.errors import SourceError
from knowsofar.sources.files import read_file

ROOT = Path(__file__).resolve().parent.parent
WORDS = re.compile(r"\w+")
SECTIONS = ["Home", "News", "World", "Business", "Money", "Culture", "Books", "Music", "Travel"]
# A news site's usual chrome around the article: scripts, a menu, a sidebar, a footer.
CHROME_HEAD = (
    "<script>" + "window.dataLayer.push({'event':'view','slot':'top'});" * 60 + "</script>"
    "<style>" + ".nav a{color:#222;padding:4px 8px}.card{margin:0 0 1em}" * 60 + "</style>"
)
CHROME_NAV = (
    "<nav>"
    + "".join(f"<a href='/{s.lower()}/{i}'>{s} {i}</a>" for i in range(6) for s in SECTIONS)
    + "</nav>"
)
CHROME_FOOT = (
    "<aside><h2>Most read</h2><ul>"
    + "".join(f"<li><a href='/story/{i}'>Story number {i} of the day</a></li>" for i in range(12))
    + "</ul></aside><footer>Copyright. Privacy policy. Terms of use. Cookie settings.</footer>"
)
PAGE = (
    "<!doctype html><html><head><title>{title}</title>"
    + CHROME_HEAD
    + "</head><body>"
    + CHROME_NAV
    + "<article><h1>{title}</h1>{paras}</article>"
    + CHROME_FOOT
    + "</body></html>"
)


def load(eval_dir: Path) -> tuple[list[str], list[str]]:
    relevant = []
    if eval_dir.is_dir():
        relevant += [json.loads(p.read_text())["text"] for p in sorted(eval_dir.glob("*.json"))]
    for p in sorted((ROOT / "src/knowsofar/data/samples").iterdir()):
        if p.suffix in (".txt", ".md", ".html"):
            doc = read_file(p)
            if not isinstance(doc, SourceError):
                relevant.append(doc.text)
    unrelated = [p.read_text() for p in sorted((ROOT / "tests/data/unrelated").glob("*.txt"))]
    return relevant, unrelated


def as_html(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    paras = "".join(f"<p>{line}</p>" for line in lines[1:])
    return PAGE.replace("{title}", lines[0] if lines else "").replace("{paras}", paras)


def timed(fn, corpus: list) -> float:
    start = time.perf_counter()
    for item in corpus:
        fn(item)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size to time, in MB")
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared/eval/dev")
    args = ap.parse_args()

    relevant, unrelated = load(args.eval_dir)
    kept = sum(relevance(t).relevant for t in relevant)
    dropped = sum(not relevance(t).relevant for t in unrelated)
    print(f"relevant pages: {len(relevant)}, kept {kept} (recall {kept / len(relevant):.3f})")
    print(
        f"unrelated pages: {len(unrelated)}, dropped {dropped} "
        f"(rejection {dropped / len(unrelated):.3f})"
    )

    base = relevant + unrelated
    html = [as_html(t) for t in base]
    kept_html = sum(is_relevant(h) for h in html[: len(relevant)])
    dropped_html = sum(not is_relevant(h) for h in html[len(relevant) :])
    print(
        f"as raw HTML pages: recall {kept_html / len(relevant):.3f}, "
        f"rejection {dropped_html / len(unrelated):.3f}"
    )
    for label, pages in (("text", base), ("raw HTML", html)):
        data = [p.encode() for p in pages]
        size = sum(map(len, data))
        reps = max(1, round(args.mb * 1e6 / size))
        corpus_str = pages * reps
        corpus_bytes = data * reps
        total = size * reps / 1e6
        ours_str = timed(is_relevant, corpus_str)
        ours_bytes = timed(is_relevant, corpus_bytes)
        bare = timed(lambda t: WORDS.findall(t.lower()), corpus_str)
        avg = size / len(pages) / 1e3
        print(f"\n{label}: {total:.1f} MB in {len(corpus_str)} pages (avg {avg:.1f} kB)")
        print(f"  prefilter on str:   {total / ours_str:7.1f} MB/s")
        print(f"  prefilter on bytes: {total / ours_bytes:7.1f} MB/s")
        print(
            f"  bare re.findall words: {total / bare:7.1f} MB/s "
            f"(prefilter/bare = {bare / ours_str:.2f})"
        )


if __name__ == "__main__":
    main()
