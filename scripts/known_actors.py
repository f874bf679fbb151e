"""Rebuild src/knowsofar/data/known_actors.json from our own gold corpora.

The list holds every performer the gold files of tests/data give at least once as an
actor and never as a character, with two words or more, and the roles the gold gives
each of them (the names step spells a role misspelt by a letter as the known one).
Held-out batches that have not been read yet stay out (``--skip``), so their scores keep
measuring unseen articles.

Example:
    python scripts/known_actors.py --skip articles_unseen297 articles_unseen298
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from knowsofar.evaluate import gold_cast_pairs

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "knowsofar" / "data" / "known_actors.json"
ABOUT = (
    "Performers named in knowsofar's own gold test corpora (tests/data, read batches "
    "only), never as a character there. The cast step reads a name on this list as the "
    'actor\'s side of a "Name (Name)" pair, and a name or role a letter away from one '
    "listed as the misspelt listed one. Rebuilt by scripts/known_actors.py."
)


def performers(corpora: Path, skip: set[str]) -> dict[str, list[str]]:
    """Each performer and the roles the gold gives them."""
    pairs = gold_cast_pairs(corpora, skip)
    characters = {character for _, character in pairs}
    roles: dict[str, set[str]] = {}
    for actor, character in pairs:
        if actor not in characters and len(actor.split()) >= 2:
            roles.setdefault(actor, set()).add(character)
    return {actor: sorted(roles[actor]) for actor in sorted(roles)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--skip", nargs="*", default=[], help="folders left out (held out)")
    args = parser.parse_args()
    roles = performers(args.corpora, set(args.skip))
    names = list(roles)
    # (the folders left out are named, so a check of the list against gold skips them too)
    record = {"_about": ABOUT, "skipped": sorted(args.skip), "actors": names, "roles": roles}
    body = json.dumps(record, ensure_ascii=False, indent=0)
    DATA.write_text(body + "\n", "utf-8")
    print(f"{len(names)} performers written to {DATA.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
