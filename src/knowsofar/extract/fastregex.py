"""Patterns written for the ``regex`` module that run on the standard library's ``re``
whenever the text is ASCII.

Our patterns use ``regex`` for its Unicode properties (``\\p{Lu}``) and its lookbehinds of
any width, but ``re`` matches most of them two or three times as fast, and nearly every
sentence we read is plain ASCII. On an ASCII string the two engines agree once the
properties are spelled out as their ASCII members and ``re`` is told to be ASCII-only
(``re.ASCII``: its ``\\w``, ``\\s``, ``\\b`` and case-blind matching then mean what
``regex`` means on ASCII text). :func:`fast_pattern` compiles both; the pattern object it
returns picks the engine by the string it is given, so every match is the one ``regex``
would find. A pattern ``re`` cannot compile (a lookbehind of varying width) stays a plain
``regex`` pattern.
"""

from __future__ import annotations

import re
import sys
import warnings
from typing import Any

import regex

# The Unicode properties our patterns use, as their ASCII members (what they can match in
# an ASCII string). A mark (\p{M}) is never ASCII: a class no ASCII character is in.
ASCII_PROPERTIES = {"Lu": "A-Z", "Ll": "a-z", "L": "A-Za-z", "M": ""}
NO_ASCII = r"\x80-\U0010ffff"  # inside a class: only characters beyond ASCII
FLAGS = ((regex.IGNORECASE, re.IGNORECASE), (regex.MULTILINE, re.MULTILINE),
         (regex.DOTALL, re.DOTALL), (regex.VERBOSE, re.VERBOSE))  # fmt: skip
END = sys.maxsize  # the default "endpos" of both engines: the end of the string
# Flags that change nothing in how an ASCII string is matched.
NEUTRAL_FLAGS = regex.UNICODE | regex.VERSION0


class UnsupportedPattern(ValueError):
    """Syntax whose meaning ``re`` does not share: the pattern keeps only ``regex``."""


def _class_end(pattern: str, i: int) -> int:
    """The index of the "]" that closes the character class opened at ``pattern[i]``."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1  # a "]" first in the class is a literal
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "]":
            return j
        if c == "[":
            # "[[:alpha:]]" is a POSIX class to ``regex``, a literal "[" to ``re``
            raise UnsupportedPattern("a '[' inside a character class")
        j += 1
    raise UnsupportedPattern("an unclosed character class")


def _property(pattern: str, i: int) -> tuple[str, int]:
    r"""The ASCII members of the ``\p{...}`` at ``pattern[i]``, and the index after it."""
    if pattern.startswith("\\P", i):
        raise UnsupportedPattern(r"a negated property (\P)")
    end = pattern.find("}", i)
    members = ASCII_PROPERTIES.get(pattern[i + 3 : end]) if pattern.startswith("{", i + 2) else None
    if end < 0 or members is None:
        raise UnsupportedPattern(f"the property {pattern[i : end + 1]!r}")
    return members, end + 1


def _ascii_class(body: str) -> str:
    """A character class's body (what is between "[" and "]") with its properties spelled
    out; a class left with no members becomes one only characters beyond ASCII are in."""
    negated = body.startswith("^")
    out = []
    i = 1 if negated else 0
    while i < len(body):
        if body.startswith(("\\p", "\\P"), i):
            members, i = _property(body, i)
            out.append(members)
        elif body[i] == "\\":
            out.append(body[i : i + 2])
            i += 2
        else:
            out.append(body[i])
            i += 1
    members = "".join(out)
    if not members:
        # "[\p{M}]" matches nothing in ASCII text, "[^\p{M}]" any character
        return f"[{NO_ASCII}]" if not negated else r"[\s\S]"
    return ("[^" if negated else "[") + members + "]"


def ascii_equivalent(pattern: str) -> str:
    r"""``pattern`` with ``\p{...}`` properties written as their ASCII members: the same
    matches as ``regex`` finds in any ASCII string, in syntax ``re`` reads."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and pattern.startswith(("\\p", "\\P"), i):
            members, i = _property(pattern, i)
            out.append(f"[{members}]" if members else f"[{NO_ASCII}]")
        elif c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif c == "[":
            end = _class_end(pattern, i)
            out.append(_ascii_class(pattern[i + 1 : end]))
            i = end + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _re_flags(flags: int) -> int:
    if flags & ~(NEUTRAL_FLAGS | regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE):
        raise UnsupportedPattern(f"regex flags {flags:#x}")
    out = re.ASCII
    for ours, theirs in FLAGS:
        if flags & ours:
            out |= theirs
    return out


class AsciiFastPattern:
    """A compiled ``regex`` pattern that matches ASCII strings with ``re``: the same
    methods and results, the engine chosen by the string (``str.isascii`` is a flag the
    string carries, not a scan). Positions are passed on as plain arguments: a ``*args``
    tuple would cost more than the choice of engine, on calls made thousands of times per
    article."""

    __slots__ = ("full", "ascii", "pattern", "flags", "groups", "groupindex")

    def __init__(self, full: Any, ascii: re.Pattern[str]) -> None:
        self.full = full
        self.ascii = ascii
        self.pattern: str = full.pattern
        self.flags: int = full.flags
        self.groups: int = full.groups
        self.groupindex = full.groupindex

    def search(self, string: str, pos: int = 0, endpos: int = END) -> Any:
        return (self.ascii if string.isascii() else self.full).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = END) -> Any:
        return (self.ascii if string.isascii() else self.full).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = END) -> Any:
        return (self.ascii if string.isascii() else self.full).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = END) -> Any:
        return (self.ascii if string.isascii() else self.full).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = END) -> list[Any]:
        return (self.ascii if string.isascii() else self.full).findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return (self.ascii if string.isascii() else self.full).split(string, maxsplit)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return (self.ascii if string.isascii() else self.full).sub(repl, string, count)

    def __repr__(self) -> str:
        return f"AsciiFastPattern({self.pattern!r})"


def fast_pattern(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``, running on ``re`` for ASCII strings when ``re``
    can read the pattern (else the plain ``regex`` pattern)."""
    full = regex.compile(pattern, flags)
    try:
        with warnings.catch_warnings():
            # (``re`` warns of syntax it may read differently some day: not ours to use)
            warnings.simplefilter("error")
            ascii = re.compile(ascii_equivalent(pattern), _re_flags(flags))
    except (UnsupportedPattern, re.error, FutureWarning, DeprecationWarning):
        return full
    return AsciiFastPattern(full, ascii)
