"""Vocabularies are data files (src/knowsofar/data/*.json), not code: one loader for them
and one way to turn a word list into a regular-expression alternation."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import regex

# A space that does not cross a line break: lines are headings, list items, table rows.
SP = r"[^\S\n]"


@cache
def load_data(name: str) -> Any:
    """A JSON file of the package's data folder, read once per process."""
    return json.loads(resources.files("knowsofar.data").joinpath(name).read_text("utf-8"))


def alternation(words: Iterable[str], space: str = SP) -> str:
    """Phrases as a regex alternation, longest first, each space matching ``space``."""
    return "|".join(
        regex.escape(w).replace(r"\ ", space) for w in sorted(set(words), key=len, reverse=True)
    )
