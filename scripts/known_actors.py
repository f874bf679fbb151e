"""Rebuild src/knowsofar/data/known_actors.json from our own gold corpora.

The list holds every performer the gold files of tests/data give at least once as an
actor and never as a character, with two words or more. Held-out batches that have not
been read yet stay out (``--skip``), so their scores keep measuring unseen articles.

Example:
    python scripts/known_actors.py --skip articles_unseen297 articles_unseen298
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from knowsofar.evaluate import gold_cast_names

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "knowsofar" / "data" / "known_actors.json"
ABOUT = (
    "Performers named in knowsofar's own gold test corpora (tests/data, read batches "
    "only), never as a character there. The cast step reads a name on this list as the "
    'actor\'s side of a "Name (Name)" pair. Rebuilt by scripts/known_actors.py.'
)


def performers(corpora: Path, skip: set[str]) -> list[str]:
    actors, characters = gold_cast_names(corpora, skip)
    return sorted(a for a in actors - characters if len(a.split()) >= 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--skip", nargs="*", default=[], help="folders left out (held out)")
    args = parser.parse_args()
    names = performers(args.corpora, set(args.skip))
    # (the folders left out are named, so a check of the list against gold skips them too)
    record = {"_about": ABOUT, "skipped": sorted(args.skip), "actors": names}
    body = json.dumps(record, ensure_ascii=False, indent=0)
    DATA.write_text(body + "\n", "utf-8")
    print(f"{len(names)} performers written to {DATA.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
