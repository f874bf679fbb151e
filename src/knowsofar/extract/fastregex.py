"""Patterns written for the ``regex`` module that run on the standard library's ``re``
whenever the text is ASCII.

Our patterns use ``regex`` for its Unicode properties (``\\p{Lu}``) and its lookbehinds of
any width, but ``re`` matches most of them two or three times as fast, and nearly every
sentence we read is plain ASCII. On an ASCII string the two engines agree once the
properties are spelled out as their ASCII members and ``re`` is told to be ASCII-only
(``re.ASCII``: its ``\\w``, ``\\s``, ``\\b`` and case-blind matching then mean what
``regex`` means on ASCII text). :func:`fast_pattern` compiles both; the pattern object it
returns picks the engine by the string it is given, so every match is the one ``regex``
would find. Syntax ``re`` reads otherwise keeps the plain ``regex`` pattern; a pattern
``re`` cannot compile (a lookbehind of varying width) runs on ``regex`` for ASCII text too.

``re``'s form is compiled on first use, with a lookahead for the characters a match can
start with in front (:func:`first_character_test`, read from the pattern as ``re`` parses
it): ``re`` looks for a literal start of its own, but finds none in a pattern that opens
with a word boundary, a lookbehind or an alternation of words, and tried such a pattern at
every place of a text.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
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

    __slots__ = ("full", "ascii", "pattern", "flags", "groups", "groupindex", "source")

    def __init__(self, full: Any, source: str, flags: int) -> None:
        self.full = full
        # ``re``'s form is compiled when an ASCII string first asks for it: compiling every
        # pattern twice up front slowed each start by most of a second, and a run that
        # reads a few articles never uses many of them.
        self.ascii: Any = _NotCompiled(self)
        self.source = (source, flags)  # the ``re`` pattern and flags
        self.pattern: str = full.pattern
        self.flags: int = full.flags
        self.groups: int = full.groups
        self.groupindex = full.groupindex

    def compile_ascii(self) -> Any:
        """``re``'s form, or the ``regex`` pattern itself if ``re`` cannot read it (a
        lookbehind of varying width)."""
        source, flags = self.source
        try:
            with warnings.catch_warnings():
                # (``re`` warns of syntax it may read differently some day: not ours to use)
                warnings.simplefilter("error")
                lead = _GLOBAL_FLAGS.match(source)
                at = lead.end() if lead else 0
                test = first_character_test(source, flags)
                return re.compile(source[:at] + test + source[at:], flags)
        except (re.error, FutureWarning, DeprecationWarning):
            return self.full

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


class _AnyFirst(Exception):
    """A match may start with (almost) any character: no first-character test helps."""


_CATEGORY_CLASS = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}  # narrow ones only
_ANCHORS = ((sre.AT, sre.AT_BEGINNING), (sre.AT, sre.AT_BEGINNING_STRING))
# Inline flags for the whole pattern ("(?m)"): they must stay at its very start.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _first_items(items: Any, nocase: bool, out: list[str]) -> bool:
    """Add to ``out`` (character-class items) every character a match of the parsed
    sequence ``items`` can start with; whether it can also match nothing at all."""
    for op, av in items:
        if op is sre.LITERAL:
            ch = chr(av)
            out.extend(
                {re.escape(ch), re.escape(ch.lower()), re.escape(ch.upper())}
                if nocase
                else [re.escape(ch)]
            )
            return False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    _first_items([(kind, value)], nocase, out)
                elif kind is sre.RANGE:
                    lo, hi = chr(value[0]), chr(value[1])
                    out.append(f"{re.escape(lo)}-{re.escape(hi)}")
                    if nocase and (lo.isalpha() or hi.isalpha()):
                        if not (lo + hi).isascii() or (lo.islower(), hi.islower()) not in (
                            (True, True),
                            (False, False),
                        ):
                            raise _AnyFirst  # a range across cases: not worth spelling out
                        out.append(f"{lo.swapcase()}-{hi.swapcase()}")
                elif kind is sre.CATEGORY and value in _CATEGORY_CLASS:
                    out.append(_CATEGORY_CLASS[value])
                elif kind is sre.NEGATE and (sre.CATEGORY, sre.CATEGORY_NOT_SPACE) in av:
                    out.append(r"\s")  # "[^\S\n]": some of the spaces
                    break
                else:  # a negated class, or a wide category
                    raise _AnyFirst
            return False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item holds the first character
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            inner = (nocase or bool(add & sre.SRE_FLAG_IGNORECASE)) and not (
                remove & sre.SRE_FLAG_IGNORECASE
            )
            if not _first_items(sub, inner, out):
                return False
            continue
        if op is sre.ATOMIC_GROUP:
            if not _first_items(av, nocase, out):
                return False
            continue
        if op is sre.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _first_items(alternative, nocase, out) or empty
            if not empty:
                return False
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            if not _first_items(sub, nocase, out) and low > 0:
                return False
            continue
        raise _AnyFirst  # any character, a back reference, a conditional ...
    return True


def first_character_test(pattern: str, flags: int) -> str:
    """A lookahead for the characters a match of the (``re``) pattern can start with,
    or "" when it would not rule out most characters. Put before the pattern, it changes
    no match; ``re`` then skips most places of a text with one test (it finds no literal
    start of its own in a pattern that opens with a word boundary or an alternation)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.data and parsed.data[0][0] in (sre.LITERAL, sre.IN):
            return ""  # re tests a leading character or class itself
        if parsed.data and parsed.data[0] in _ANCHORS and not parsed.state.flags & re.MULTILINE:
            return ""  # tried at one place only
        out: list[str] = []
        if _first_items(parsed.data, bool(parsed.state.flags & re.IGNORECASE), out):
            return ""  # it may match nothing, anywhere
    except _AnyFirst:
        return ""
    except Exception:  # noqa: BLE001 - the parser's internals are re's own: no test then
        return ""
    # (both cases are spelled out: a case-blind class costs re a case fold per character)
    return f"(?=(?-i:[{''.join(sorted(set(out)))}]))"


class _NotCompiled:
    """Stands for an AsciiFastPattern's ``re`` form until it is first used."""

    __slots__ = ("owner",)

    def __init__(self, owner: AsciiFastPattern) -> None:
        self.owner = owner

    def __getattr__(self, name: str) -> Any:
        compiled = self.owner.ascii = self.owner.compile_ascii()
        return getattr(compiled, name)


def fast_pattern(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``, running on ``re`` for ASCII strings when ``re``
    can read the pattern (else the plain ``regex`` pattern)."""
    full = regex.compile(pattern, flags)
    try:
        source, re_flags = ascii_equivalent(pattern), _re_flags(flags)
    except UnsupportedPattern:
        return full
    return AsciiFastPattern(full, source, re_flags)
