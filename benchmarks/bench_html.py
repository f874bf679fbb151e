"""HTML ingest speed: our path (sources/html.py, then the language check) against bare
``trafilatura.extract`` on the same pages, in the same run, before any language model.

Pages: every gold article of ../shared/eval/dev (read at run time, when present), the demo
corpus and tests/data/unrelated/, each wrapped in a news site's usual chrome, plus the
saved HTML pages of the tests and the demo corpus. Each path reads every page once
untimed, then --rounds times timed.

    .venv/bin/python benchmarks/bench_html.py [--rounds 3] [--eval-dir ../shared/eval/dev]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import trafilatura

from knowsofar.sources.files import check_document
from knowsofar.sources.html import html_to_document

ROOT = Path(__file__).resolve().parent.parent
NAV = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(40))
SIDE = "".join(f"<li><a href='/r/{i}'>Read this other story number {i}</a></li>" for i in range(12))
SCRIPT = "window.dataLayer.push({'event':'view','slot':'top'});" * 40


def page(title: str, body: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    return (
        f"<!doctype html><html lang='en'><head><title>{title} | Test News</title>"
        f"<meta name='author' content='Staff Writer'><script>{SCRIPT}</script></head><body>"
        f"<header><nav><ul>{NAV}</ul></nav></header><main><article><h1>{title}</h1>{paras}"
        f"</article></main><aside><h2>Most read</h2><ul>{SIDE}</ul></aside>"
        "<footer><p>Copyright Test News. Privacy. Terms. Cookies.</p></footer></body></html>"
    )


def pages(eval_dir: Path) -> list[str]:
    texts = []
    if eval_dir.is_dir():
        texts += [json.loads(p.read_text())["text"] for p in sorted(eval_dir.glob("*.json"))]
    for folder in (ROOT / "src/knowsofar/data/samples", ROOT / "tests/data/unrelated"):
        texts += [p.read_text() for p in sorted(folder.glob("*")) if p.suffix in (".txt", ".md")]
    out = []
    for text in texts:
        first, _, rest = text.strip().partition("\n")
        out.append(page(first.lstrip("# "), rest))
    saved = [
        *(ROOT / "tests/data/pages").glob("*.html"),
        *(ROOT / "src/knowsofar/data/samples").glob("*.html"),
    ]
    out += [p.read_text() for p in sorted(saved)]
    return out


def rates(fns: list, corpus: list[str], rounds: int) -> list[float]:
    """Pages per second of each function; calls interleaved page by page, so a machine
    shared with other work slows every path alike."""
    spent = [0.0] * len(fns)
    clock = time.perf_counter
    for r in range(rounds):
        for i, html in enumerate(corpus):
            for k in range(len(fns)):
                j = (k + i + r) % len(fns)  # rotate who goes first
                start = clock()
                fns[j](html)
                spent[j] += clock() - start
    return [rounds * len(corpus) / t for t in spent]


def ours(html: str) -> None:
    doc = html_to_document(html, url="https://news.example/story")
    if not isinstance(doc, Exception) and hasattr(doc, "text"):
        check_document(doc, "bench")


def bare_default(html: str) -> None:
    trafilatura.extract(html, url="https://news.example/story")


def bare_same_options(html: str) -> None:
    trafilatura.extract(
        html,
        url="https://news.example/story",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_formatting=True,
        favor_recall=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared/eval/dev")
    args = ap.parse_args()
    corpus = pages(args.eval_dir)
    size = sum(len(p.encode()) for p in corpus) / len(corpus) / 1e3
    print(f"{len(corpus)} pages (avg {size:.1f} kB), {args.rounds} rounds each, one core")
    # One untimed round first: htmldate's first call into dateparser compiles the regexes
    # of every locale (seconds, once per process), and nobody's steady state pays that.
    for fn in (bare_default, ours, bare_same_options):
        for html in corpus:
            fn(html)
    r_default, r_ours, r_same = rates([bare_default, ours, bare_same_options], corpus, args.rounds)
    print(f"  bare trafilatura.extract (defaults):        {r_default:7.1f} pages/s")
    print(f"  bare trafilatura.extract (our options):     {r_same:7.1f} pages/s")
    print(f"  ours: html_to_document + language check:    {r_ours:7.1f} pages/s")
    print(f"  ratio ours / bare defaults:    {r_ours / r_default:.2f}  (target >= 0.9)")
    print(f"  ratio ours / bare same options: {r_ours / r_same:.2f}")


if __name__ == "__main__":
    main()
