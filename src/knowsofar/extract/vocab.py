"""Vocabularies are data files (src/knowsofar/data/*.json), not code: one loader for them
and one way to turn a word list into a regular-expression alternation."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from itertools import accumulate
from typing import Any

import regex

# A space that does not cross a line break: lines are headings, list items, table rows.
SP = r"[^\S\n]"


@cache
def load_data(name: str) -> Any:
    """A JSON file of the package's data folder, read once per process."""
    return json.loads(resources.files("knowsofar.data").joinpath(name).read_text("utf-8"))


def alternation(words: Iterable[str], space: str = SP) -> str:
    """Phrases as one regex alternation, each space matching ``space``.

    It matches what "|".join of the phrases, longest first, matches, but shares their
    common beginnings ("HBO(?:\\ Max)?" for "HBO Max" and "HBO"), so the engine does not
    try every phrase at every position: the vocabularies are long and every extraction
    step scans every document with them. Branches that differ only by case ("The CW",
    "the CW") stay a plain longest-first list, so a case-blind pattern still prefers the
    longest phrase.
    """
    trie: dict[str, Any] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def atom(ch: str) -> str:
        return space if ch == " " else regex.escape(ch)

    def phrases(node: dict[str, Any]) -> list[tuple[int, str]]:
        """(length, pattern) of every phrase below ``node``."""
        out = []
        for ch, child in node.items():
            if not ch:
                out.append((0, ""))
            else:
                out += [(n + 1, atom(ch) + rest) for n, rest in phrases(child)]
        return out

    def emit(node: dict[str, Any]) -> str:
        groups: dict[str, list[str]] = {}
        for ch in sorted(k for k in node if k):
            groups.setdefault(ch.casefold(), []).append(ch)
        branches = []
        for chars in groups.values():
            if len(chars) == 1:
                branches.append(atom(chars[0]) + emit(node[chars[0]]))
            else:
                tails = [(n + 1, atom(ch) + rest) for ch in chars for n, rest in phrases(node[ch])]
                tails.sort(key=lambda t: t[0], reverse=True)  # longest first
                branches.append("(?:" + "|".join(t for _, t in tails) + ")")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Where a phrase may stop, the longer ones are tried first (greedy "?"), as in a
        # longest-first alternation.
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


def trie_alternation(words: Iterable[str], space: str = SP) -> str:
    """:func:`alternation` with runs of ``space`` between words."""
    return alternation(words, space + "+")


def not_after_words(words: Iterable[str]) -> str:
    r"""``(?<!\b(?:one|two words))``: not right after any of the phrases (one space
    between words), written as one lookbehind per phrase length. It is the same test, but
    each lookbehind has a single width, which the standard library's ``re`` needs to run
    the pattern (see fastregex.py)."""
    by_length: dict[int, list[str]] = {}
    for w in words:
        by_length.setdefault(len(w), []).append(w)
    return "".join(rf"(?<!\b(?:{alternation(by_length[n])}))" for n in sorted(by_length))


class WordFinder:
    """Which of many words (plain strings, no line break in any) each of a document's
    lines or sentences holds, found in one pass over the whole document: a substring test
    per word and sentence costs more than the sentences' own matching once the lists are
    long (cue needles, genre words)."""

    def __init__(self, words: Iterable[str]) -> None:
        words = set(words)
        # It stops wherever a word starts and names the longest one there; the words that
        # one begins with start there too.
        self.pattern = re.compile(f"(?=({alternation(words, ' ')}))")
        self.starts_with = {w: frozenset(v for v in words if w.startswith(v)) for w in words}

    def by_text(self, texts: list[str]) -> list[set[str]]:
        """The words that are substrings of each text, in order."""
        # where each text ends in the whole (the line break after it included)
        ends = list(accumulate(len(t) + 1 for t in texts))
        out: list[set[str]] = [set() for _ in texts]
        i = 0
        for m in self.pattern.finditer("\n".join(texts)):
            while m.start() >= ends[i]:
                i += 1
            out[i] |= self.starts_with[m.group(1)]
        return out
