"""People's names inside one article: what a name looks like, and which spellings are one person.

Articles misspell names ("Elena Marsch" and "Elena Marsh"), shorten them
("Nora" for "Nora Hale", "Reyes" for "Tom Reyes", "Brenan" for "Talia Brennan")
and use ranks and offices ("Det. Tom Reyes", "DI Nora Hale", "Prime
Minister Helen Marr"; the list is names_words.json's ``ranks``). The
``knowsofar_names`` component runs after ``knowsofar_cast`` and
``knowsofar_relations``: it resolves short forms to the full names the article
gives, merges spellings that differ by a letter or two, rewrites the mentions
to the chosen spelling and reports each real misspelling as a
:class:`knowsofar.claims.Conflict`.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import regex
from rapidfuzz.distance import OSA, Levenshtein
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.claims import Conflict
from knowsofar.extract import NAME_ABBREVIATIONS, entities, results
from knowsofar.extract.dates import MONTHS
from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.vocab import load_data


def literal_spans(words: str, text: str) -> list[tuple[int, int]]:
    """Where ``words`` stand in ``text``, left to right, not overlapping: the spans of
    ``regex.finditer(regex.escape(words), text)`` with no pattern compiled for each name
    (per-name patterns crowd the regex module's own cache of constant ones)."""
    out = []
    n = len(words)
    at = text.find(words)
    while at >= 0:
        out.append((at, at + n))
        at = text.find(words, at + (n or 1))
    return out


@cache
def known_performers() -> frozenset[str]:
    """Actors of data/known_actors.json: names our own corpora give only as performers."""
    return frozenset(load_data("known_actors.json")["actors"])


@cache
def known_roles() -> dict[str, tuple[str, ...]]:
    """The roles our own corpora give each known performer (data/known_actors.json)."""
    return {actor: tuple(roles) for actor, roles in load_data("known_actors.json")["roles"].items()}


@cache
def _performers_by_word() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """Known performers by their first and by their last word (case-folded), and the
    first and the last words they use."""
    index: dict[str, list[str]] = {}
    firsts, lasts = set(), set()
    for name in sorted(known_performers()):
        words = name.casefold().split()
        firsts.add(words[0])
        lasts.add(words[-1])
        for word in {words[0], words[-1]}:
            index.setdefault(word, []).append(name)
    return (
        {word: tuple(names) for word, names in index.items()},
        frozenset(firsts),
        frozenset(lasts),
    )


def known_spelling(actor: str) -> str | None:
    """The one known performer whose name ``actor`` misspells by a single letter
    ("Dominque Tipper", "Kier Gilchrist", "Zo Robins"), else None.

    Only a full name of nine letters or more, and only a slip no known performer's name
    makes too: "Bill Porter" is not "Billy Porter" misspelt, since "Bill" is a first name
    performers have; "Esme" is not "Esmé" misspelt, an accent left off being a spelling."""
    if actor in known_performers() or len(actor) < 9 or not is_full_name(actor):
        return None
    folded = actor.casefold()
    words = folded.split()
    index, firsts, lasts = _performers_by_word()
    first_known, last_known = words[0] in firsts, words[-1] in lasts
    if first_known == last_known:
        return None  # (both words someone's: another person; neither: no anchor)
    candidates = index.get(words[-1] if last_known else words[0], ())
    close = [
        c
        for c in candidates
        if len(c.split()) == len(words) and OSA.distance(c.casefold(), folded) == 1
    ]
    if len(close) != 1 or _unaccented(close[0]) == _unaccented(folded):
        return None
    return close[0]


def _unaccented(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def known_role_spelling(actor: str, character: str) -> str | None:
    """The one role of a known performer that ``character`` misspells by a single letter
    ("Amon Burton" for Wes Chatham's "Amos Burton"), else None."""
    roles = known_roles().get(actor, ())
    if character in roles or len(character) < 4:
        return None
    folded = character.casefold()
    close = [r for r in roles if OSA.distance(r.casefold(), folded) == 1]
    if len(close) != 1 or _unaccented(close[0]) == _unaccented(folded):
        return None
    return close[0]


def correct_known_spellings(mentions: list[Any]) -> list[Conflict]:
    """Rewrite, in place, actors misspelt by a letter to the known performer's spelling,
    then their roles misspelt by a letter to the role the performer is known for."""
    conflicts: list[Conflict] = []
    actors: dict[str, str | None] = {}
    roles: dict[tuple[str, str], str | None] = {}
    for m in mentions:
        if m.actor not in actors:
            actors[m.actor] = spelt = known_spelling(m.actor)
            if spelt:
                conflicts.append(_known_conflict("actor", m.actor, spelt, "performer"))
        m.actor = actors[m.actor] or m.actor
        key = (m.actor, m.character)
        if key not in roles:
            roles[key] = spelt = known_role_spelling(*key)
            if spelt:
                whose = f"role of {m.actor}"
                conflicts.append(_known_conflict("character", m.character, spelt, whose))
        if roles[key]:
            m.written, m.character = m.character, roles[key]
    return conflicts


def _known_conflict(field: str, seen: str, chosen: str, what: str) -> Conflict:
    return Conflict(
        field=field,
        seen=sorted([seen, chosen]),
        chosen=chosen,
        why=(
            f"{seen!r} is a letter away from {chosen!r}, the only {what} our corpora spell "
            "so close; chose the known spelling"
        ),
    )


@cache
def vocabulary() -> dict[str, Any]:
    """names_words.json: leading words, honorifics, ranks, non-person words, particles."""
    return load_data("names_words.json")


# One capitalised name word: "Nora", "O'Rourke", "Hale-Reyes", "Anne-Marie", "JJ"; droids' and
# agents' designations join digits with a hyphen ("K-2SO", "B-15", "R2-D2").
# A possessive "'s" is not part of the word.
_WORD_TAIL = r"(?:\d*-[\p{L}\d][\p{L}\p{M}\d]*|['’](?!s\b)\p{L}[\p{L}\p{M}]*)*"
WORD = r"\p{Lu}[\p{L}\p{M}]*" + _WORD_TAIL
# "al'Rashan", "d'Artagnan": a lower-case prefix glued to a capitalised word.
GLUED = r"(?:al|d|de|da|di|du|el|le|la|ul)['’]\p{Lu}[\p{L}\p{M}]*"
ABBREV = rf"(?:{NAME_ABBREVIATIONS})\."
INITIAL = r"\p{Lu}\.(?:\p{Lu}\.)*"
# 'Carmen "Carmy" Berzatto'; in single quotes only inside a name: "Carmen 'Carmy' Berzatto".
NICK = (
    r"(?:[\"“][\p{L}\p{M} .'’\-]{1,25}[\"”]"
    r"|['‘]\p{Lu}[\p{L}\p{M}.\-]{0,20}['’](?=[^\S\n]+\p{Lu}))"
)
_QUOTE_MARKS = "\"“'‘"
SP = r"[^\S\n]++"  # spaces that do not cross a line break
SPO = r"[^\S\n]*+"  # optional spaces


def _particles() -> str:
    words = sorted(vocabulary()["particles"], key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", SP) for w in words)


# A run of name words: "Nora Hale", "Elena de la Cruz", 'Tom "Red" Reyes',
# "Thomas Lee Walker Jr.", "Keeper of Keys" (the "of" only between capitals).
def _name(word: str) -> str:
    return (
        rf"(?:{ABBREV}|{INITIAL}|{word})"
        rf"(?:{SP}(?:(?:{_particles()}|of){SP})?(?:{ABBREV}|{GLUED}|{INITIAL}|{word}|{NICK}))*"
    )


NAME = _name(WORD)
# NAME with each word's letters taken whole (possessive), for a pattern in which what follows
# a name never starts with a letter (cast.py's role statements): there, a word cut short could
# never match, and trying every shorter cut was most of the pattern's time.
WHOLE_WORD_NAME = _name(r"\p{Lu}[\p{L}\p{M}]*+" + _WORD_TAIL)
NAME_RE = fast_pattern(NAME)
_TOKEN_RE = fast_pattern(rf"{NICK}|\S+")
_INITIAL_RE = fast_pattern(INITIAL)


@dataclass(frozen=True)
class NameShape:
    """The words of a name sorted by kind."""

    words: tuple[str, ...]  # the capitalised name words, without titles, initials or nicknames
    initials: int = 0  # "D.B." in "D.B. Woodside"

    @property
    def first(self) -> str:
        return self.words[0] if self.words else ""

    @property
    def last(self) -> str:
        return self.words[-1] if self.words else ""


@lru_cache(maxsize=4096)
def shape(name: str) -> NameShape:
    words = []
    initials = 0
    for tok in _TOKEN_RE.findall(name):
        if _INITIAL_RE.fullmatch(tok):
            initials += 1
        if tok[0] in _QUOTE_MARKS or tok.endswith(".") or not tok[0].isupper():
            continue
        words.append(tok)
    return NameShape(tuple(words), initials)


def _strip_leading(tokens: list[str], words: frozenset[str]) -> list[str]:
    while tokens and tokens[0] in words:
        tokens = tokens[1:]
    return tokens


@cache
def _sets() -> dict[str, frozenset[str]]:
    """The vocabulary's word lists as sets (asked for every name; a list is read through),
    and the words that open a name but are no part of it."""
    out = {k: frozenset(v) for k, v in vocabulary().items() if isinstance(v, list)}
    out["actor_leading"] = out["leading"] | out["honorifics"]
    # "Mr Collins" is a character's whole name, as "Mr. Collins" is
    out["character_leading"] = out["leading"] - {"The", "Mr", "Ms"}
    return out


_SENTENCE_OPENERS = frozenset(("And", "But", "Then", "Meanwhile", "Also", "Plus"))


@lru_cache(maxsize=4096)
def clean_actor(name: str) -> str | None:
    """An actor's name without leading descriptions or honorifics, or None if it is no person's.

    >>> clean_actor("Sir Tom Reyes")
    'Tom Reyes'
    """
    vocab = _sets()
    tokens = _TOKEN_RE.findall(name.strip())
    # "of" belongs in character names ("Keeper of Keys"), never in a person's.
    if "of" in tokens:
        at = tokens.index("of")
        # ("the death in December of John Spencer": a date's word before "of", then the name)
        dated = tokens[0] in vocab["calendar"] or tokens[0].casefold() in MONTHS
        tokens = tokens[at + 1 :] if at == 1 and dated else tokens[:at]
    tokens = _strip_leading(tokens, vocab["actor_leading"])
    # "whom everyone calls Double D. And Tony Sampson is the voice of Eddy": a sentence
    # the splitter missed, its opening word after a stop
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i] in _SENTENCE_OPENERS and tokens[i - 1].endswith("."):
            tokens = tokens[i + 1 :]
            break
    if not tokens:
        return None
    # "Friday Night Lights" is no one; "Joy Sunday" is an actress, and so is "January
    # Jones" (a month before one surname, not a day or a date).
    month_name = (
        len(tokens) == 2
        and tokens[0].casefold() in MONTHS
        and tokens[1].isalpha()
        and tokens[1][0].isupper()
        and tokens[1] not in vocab["calendar"]
    )
    # ("Trevor Peacock": a network's name as the surname after a first name)
    surname_ok = len(tokens) > 1 and tokens[-1] in vocab["surnames_too"]
    if (tokens[0] in vocab["calendar"] and not month_name) or any(
        t.rstrip(".,") in vocab["not_person"] and not (surname_ok and i == len(tokens) - 1)
        for i, t in enumerate(tokens)
    ):
        return None
    if not tokens[0][0].isupper() or tokens[-1][0] in _QUOTE_MARKS:
        return None
    return " ".join(tokens)


@lru_cache(maxsize=4096)
def clean_character(name: str) -> str | None:
    """A character's name without a rank before a full name ("Det. Tom Reyes").

    A rank before a surname alone stays: "General Crane", "Mr. Pell".
    """
    vocab = _sets()
    tokens = _TOKEN_RE.findall(name.strip())
    tokens = _strip_leading(tokens, vocab["character_leading"])
    if tokens and tokens[0] in ("and", "or"):
        return None  # "and Charles Grey, played by ...": a list's joint, read into the name
    while len(tokens) > 2:
        n = leading_rank(tokens)
        if not n or len(shape(" ".join(tokens[n:])).words) < 2:
            break
        if (m := leading_rank(tokens[n:])) and len(tokens) - n - m < 2:
            break  # "Major General Beale": two ranks before a surname alone are one
        tokens = tokens[n:]
    if not tokens:
        return None
    text = " ".join(tokens)
    # ("Geordie Peacock": a network's name as the surname after a first name, as for actors)
    surname_ok = len(tokens) > 1 and tokens[-1] in vocab["surnames_too"]
    if text in vocab["not_character"] or any(
        t in vocab["not_person"] and not (surname_ok and i == len(tokens) - 1)
        for i, t in enumerate(tokens)
    ):
        return None
    return text


@cache
def _rank_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Ranks, offices and honorifics as word tuples by first word, longest first."""
    vocab = vocabulary()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for rank in {tuple(r.split()) for r in vocab["ranks"] + vocab["honorifics"]}:
        by_first.setdefault(rank[0], []).append(rank)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def leading_rank(tokens: Sequence[str]) -> int:
    """How many of the tokens open the name with a rank or office: "DI" → 1,
    "Prime Minister" → 2, none → 0."""
    for rank in _rank_words().get(tokens[0], ()) if tokens else ():
        if tuple(tokens[: len(rank)]) == rank:
            return len(rank)
    return 0


def is_full_name(name: str) -> bool:
    """Two or more name words: "Nora Hale" or "D.B. Woodside", not "Hale"."""
    s = shape(name)
    return len(s.words) >= 2 or (len(s.words) == 1 and s.initials >= 1)


def same_spelling_family(a: str, b: str, min_length: int = 5) -> bool:
    """Spellings one or two letters apart that plausibly name one person.

    Short names need closer spellings: "Martin"/"Martine" (one letter in six)
    are one name misspelt, "Tom"/"Tim" are two names.
    """
    if a == b:
        return False
    fa, fb = a.casefold(), b.casefold()
    if fa == fb:
        return True
    shortest = min(len(fa), len(fb))
    if shortest < min_length:
        return False
    limit = 1 if shortest < 9 else 2
    return Levenshtein.distance(fa, fb) <= limit


@lru_cache(maxsize=4)
def full_names_in(text: str) -> tuple[str, ...]:
    """Every run of two to four name words in the text that could be a person's full name.

    Cached: the cast and names components both ask for the same document's list.
    """
    found = []
    for m in NAME_RE.finditer(text):
        cleaned = clean_actor(m.group())
        if cleaned and 2 <= len(shape(cleaned).words) <= 4:
            found.append(cleaned)
    return tuple(found)


def resolve_short(short: str, full_names: Sequence[str]) -> str | None:
    """The one full name in ``full_names`` whose surname is ``short``, else None.

    "Reyes" resolves to "Tom Reyes"; with both "Nora Hale" and "Ivy Hale"
    in the article, "Hale" resolves to neither.
    """
    if not short:
        return None
    candidates = {f for f in full_names if shape(f).last == short and f != short}
    if len(candidates) == 1:
        return candidates.pop()
    return None


def resolve_misspelt(short: str, full_names: Sequence[str]) -> str | None:
    """The one full name whose surname ``short`` misspells by a letter or two, else None.

    "Brenan" resolves to "Talia Brennan" when no one in ``full_names`` has the
    surname "Brenan" itself and no other surname is as close.
    """
    if not short or any(shape(f).last == short for f in full_names):
        return None
    candidates = {
        f
        for f in full_names
        if len(shape(f).words) >= 2 and same_spelling_family(short, shape(f).last)
    }
    if len(candidates) == 1:
        return candidates.pop()
    return None


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: ``Doc.text`` joins every token on each access."""
    found = results(doc)
    text = found.get("doc_text")
    if text is None:
        text = found["doc_text"] = doc.text
    return text


# --- the component ---------------------------------------------------------------------------


def _choose(spellings: list[str], support: Counter[str], counts: Counter[str]) -> str:
    """The best-supported spelling.

    Two spellings one dropped letter apart ("Arquete"/"Arquette") take the longer:
    leaving a letter out is the commonest slip. Otherwise the spelling of the
    strongest cast statement wins, then the most used one, then the longest.
    """
    if len(spellings) == 2:
        short, long = sorted(spellings, key=len)
        if _dropped_letter(short, long):
            return long
    return max(spellings, key=lambda s: (support[s], counts[s], len(s)))


def _count_words(text: str, names: set[str]) -> Counter[str]:
    """How often each name stands as whole words in the text ("Ann" inside "Ann Lee" too).

    Plain substring search: a regex alternation of the names would be compiled
    anew for every article.
    """
    counts: Counter[str] = Counter({name: 0 for name in names})
    for name in names:
        if not name:
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not _letter_at(text, at - 1) and not _letter_at(text, end):
                counts[name] += 1
            at = text.find(name, at + 1)
    return counts


def _letter_at(text: str, i: int) -> bool:
    if not 0 <= i < len(text):
        return False
    c = text[i]
    return c.isalpha() or unicodedata.category(c).startswith("M")


def reconcile_actors(mentions: list[Any], text: str, full_names: Sequence[str]) -> list[Conflict]:
    """Resolve surnames to full names and merge actor spellings a letter or two apart, in place."""
    conflicts: list[Conflict] = []
    # Surname-only actors ("Mara (Reyes)") take the full name the article gives.
    known_full = [m.actor for m in mentions if is_full_name(m.actor)] + list(full_names)
    characters = {m.character for m in mentions}
    people = [f for f in known_full if f not in characters]
    misspelt: dict[str, str] = {}
    for m in mentions:
        surname = _particle_surname(m.actor, known_full)
        if surname:
            m.actor = surname  # "Del Castillo plays Teresa" after "Kate del Castillo"
        if is_full_name(m.actor):
            continue
        short = shape(m.actor).last
        full = resolve_short(short, known_full)
        if full is None and not any(shape(f).last == short for f in known_full):
            # "Brenan, who plays ..." after "Talia Brennan joins the cast"
            full = misspelt.get(short) or resolve_misspelt(short, people)
            if full and short not in misspelt:
                misspelt[short] = full
                conflicts.append(
                    Conflict(
                        field="actor",
                        seen=sorted([short, full]),
                        chosen=full,
                        why=(
                            f"{short!r} differs by a letter or two from the surname of "
                            f"{full!r}, the only person the article names in full with such "
                            f"a surname; chose the full name {full!r}"
                        ),
                    )
                )
        # A stage name ("Zendaya") stays, unless the article uses it in someone's full name.
        if (
            full is None
            and getattr(m, "mononym", False)
            and not any(short in shape(f).words for f in known_full)
        ):
            full = m.actor
        m.actor = full or ""
    mentions[:] = [m for m in mentions if m.actor]

    support: Counter[str] = Counter()
    for m in mentions:
        support[m.actor] = max(support[m.actor], m.strength)
    actors = list(support)
    # The article's other full names spelt a letter or two away from an actor's: the same
    # person named outside a cast statement ("Morgan Spector and Coon were praised").
    cast_words = {w for m in mentions for w in shape(m.character).words}
    elsewhere = {
        f
        for f in set(full_names) - set(support)
        if not cast_words & set(shape(f).words) and any(_same_person(f, a) for a in actors)
    }
    counts = _count_words(text, set(actors) | elsewhere)
    groups = _group_spellings(actors + sorted(elsewhere), _same_person)
    canonical: dict[str, str] = {}
    for group in groups:
        chosen = _choose(group, support, counts)
        for spelling in group:
            canonical[spelling] = chosen
        if len(group) > 1:
            conflicts.append(
                Conflict(
                    field="actor",
                    seen=sorted(group),
                    chosen=chosen,
                    why=_why(chosen, group, support, counts),
                )
            )
    for m in mentions:
        m.actor = canonical.get(m.actor, m.actor)
    return conflicts


def _particle_surname(actor: str, full_names: Sequence[str]) -> str | None:
    """The one longer full name ending in ``actor`` when ``actor`` is a surname that opens
    on a particle ("Del Castillo", capitalised at a sentence's start, of "Kate del
    Castillo"), else None."""
    first, _, rest = actor.partition(" ")
    if not rest or first.casefold() not in _particle_words():
        return None
    tail = " " + actor.casefold()
    found = {f for f in full_names if len(f) > len(actor) and f.casefold().endswith(tail)}
    return found.pop() if len(found) == 1 else None


@cache
def _particle_words() -> frozenset[str]:
    return frozenset(w.split()[0] for w in vocabulary()["particles"])


def _same_person(a: str, b: str) -> bool:
    """Full names whose words match except one misspelt word (same first name, close surname)."""
    sa, sb = shape(a).words, shape(b).words
    if len(sa) != len(sb) or len(sa) < 2:
        return False
    differing = [(x, y) for x, y in zip(sa, sb, strict=True) if x != y]
    # The other words match, so a shorter surname may differ by a letter ("Voss"/"Vosse").
    return len(differing) == 1 and same_spelling_family(*differing[0], min_length=4)


def _group_spellings(names: list[str], same: Any) -> list[list[str]]:
    groups: list[list[str]] = []
    for name in names:
        for group in groups:
            if any(same(name, other) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
    return groups


def _dropped_letter(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with one letter left out ("Arquete", "Arquette")."""
    return len(long) == len(short) + 1 and Levenshtein.distance(short, long) == 1


def _why(chosen: str, group: list[str], support: Counter[str], counts: Counter[str]) -> str:
    others = [s for s in group if s != chosen]
    reasons = []
    if len(others) == 1 and _dropped_letter(others[0], chosen):
        reasons.append("the other spelling drops a letter, the commonest slip")
    if support[chosen] > min(support[s] for s in group):
        reasons.append("it is the spelling of the article's plainest cast statement")
    elif counts[chosen] > min(counts[s] for s in group):
        reasons.append("the article uses it most often")
    if not reasons:
        reasons.append("it is the fullest form")
    seen = ", ".join(repr(s) for s in others)
    return f"{seen} differs by a letter or two from {chosen!r}; chose {chosen!r}: " + "; ".join(
        reasons
    )


_WORD_RE = fast_pattern(WORD)
# 'Carmen "Carmy" Berzatto': the nickname a character's name quotes (compiled once: asked
# for every character of every article)
QUOTED_NICK = fast_pattern(r"[\"“]([^\"”]+)[\"”]")  # 'Georgia "George" Lass': "George"


def reconcile_characters(
    mentions: list[Any],
    relations: list[Any],
    text: str,
    full_names: Sequence[str],
    person_words: Callable[[], set[str]] | None = None,
) -> tuple[list[Conflict], dict[str, str]]:
    """Give each character the fullest name the article ties to it; report misspelt first names.

    Returns the conflicts and the map from every short or misspelt form to the
    chosen full character name (used for relations). ``person_words`` gives the
    words the model tags as parts of people's names (asked for only when needed).
    """
    conflicts: list[Conflict] = []
    # One actor plays one role: a short form ("Martin", "Dr. Patel", "Kessler") and a
    # full form ("Martin Cole", "Anil Patel", "Rudy Kessler") for the same actor are one.
    by_actor: dict[str, list[Any]] = {}
    for m in mentions:
        by_actor.setdefault(m.actor, []).append(m)
    for same_actor in by_actor.values():
        names = {m.character for m in same_actor}
        for m in same_actor:
            longer = [n for n in names if n != m.character and _extends(n, m.character)]
            if longer:
                m.character = max(longer, key=lambda n: len(shape(n).words))

    _expand_first_names(mentions, text, full_names)
    # (longest first, then by spelling: a set's own order changes from run to run)
    characters = sorted({m.character for m in mentions}, key=lambda c: (-len(shape(c).words), c))
    full_chars = [c for c in characters if is_full_name(c)]
    first_counts = Counter(shape(c).first for c in full_chars)
    mapping: dict[str, str] = {}
    for c in full_chars:
        mapping[c] = c
        first = shape(c).first
        # "Nora" for "Nora Hale": normal, not a conflict, as long as only one character is Nora.
        if first_counts[first] == 1:
            mapping.setdefault(first, c)
        for nick in QUOTED_NICK.findall(c):
            if sum(1 for o in full_chars if nick in o) == 1:
                mapping.setdefault(nick, c)
    for c in characters:
        mapping.setdefault(c, c)

    # Misspelt forms anywhere in the text: "Martine" where the cast says "Martin Cole".
    words = Counter(m.group() for m in _WORD_RE.finditer(text))
    # (a first name several characters share, "Heather" of two Heathers, stands for none)
    known_firsts = {shape(c).first: c for c in full_chars if first_counts[shape(c).first] == 1} | {
        c: c for c in characters if not is_full_name(c)
    }
    all_names = {shape(c).first for c in characters} | {
        w for c in characters for w in shape(c).words
    }
    actor_words = {w for m in mentions for w in shape(m.actor).words}
    other_people = {shape(f).first for f in full_names}
    # (a spelling more than two letters longer or shorter is never one or two letters apart)
    first_lengths = [(f, len(f.casefold())) for f in known_firsts]
    for word, n in words.items():
        if word in all_names or word in mapping or word in actor_words or word in other_people:
            continue
        size = len(word.casefold())
        close = [
            f
            for f, f_size in first_lengths
            if -2 <= f_size - size <= 2 and same_spelling_family(word, f)
        ]
        if len(close) != 1:
            continue
        # Once in the text, the word must at least read as a person's name ("Berlin" is a city).
        if n < 2 and person_words is not None and word not in person_words():
            continue
        short = close[0]
        target = mapping.get(short, known_firsts[short])
        mapping[word] = target
        conflicts.append(
            Conflict(
                field="character",
                seen=[word, short],
                chosen=short,
                why=(
                    f"the cast names the character {target!r}; {word!r} ({n}x in the text) "
                    f"differs from {short!r} by a letter or two"
                ),
            )
        )
    for m in mentions:
        if not getattr(m, "sole_name", False):
            m.character = mapping.get(m.character, m.character)
    for r in relations:
        r.subject = mapping.get(r.subject, r.subject)
        r.object = mapping.get(r.object, r.object)
    return conflicts, mapping


def _heading_line(text: str, name: str) -> bool:
    """Whether ``name`` is a line of its own, perhaps with its network in brackets
    ("Young Hercules", "Spider-Man Unlimited (Fox Kids)")."""
    return name in text and any(
        _BRACKET_END.sub("", line).strip() == name for line in text.split("\n") if name in line
    )


# " (Fox Kids)" ending a heading line
_BRACKET_END = fast_pattern(r"[^\S\n]*\([^()\n]{1,40}\)[^\S\n]*$")


# (not "the youngest son of the Anacleti family": someone else's description)
_FAMILY = fast_pattern(
    rf"(?<!\bof{SP})\b[Tt]he{SP}(?P<family>{WORD}){SP}(?:family|clan|siblings)\b"
)


def _expand_first_names(mentions: list[Any], text: str, full_names: Sequence[str]) -> None:
    """A first-name character takes the full name the article gives it.

    "The Marlowe family, Walt (Tom Reyes), ..." makes Walt "Walt Marlowe"; a
    character "Nora" becomes "Nora Hale" when the article names exactly one
    person Nora Hale who is not one of the actors.
    """
    actors = {m.actor for m in mentions}
    actor_words = {w for a in actors for w in shape(a).words}
    # Two-word names without their ranks, shaped once and only if a role needs them (a
    # rank is no name: "Professor Jasper Tempest" is one more Tempest beside "Adelaide
    # Tempest", so "Tempest" alone is neither)
    named: list[tuple[str, NameShape]] = []

    def two_word_names() -> list[tuple[str, NameShape]]:
        if not named:
            for f in {clean_character(f) or f for f in full_names}:
                if len((sh := shape(f)).words) == 2 and f not in actors:
                    named.append((f, sh))
        return named

    for m in mentions:
        if len(shape(m.character).words) != 1 or m.character != shape(m.character).first:
            continue
        if getattr(m, "sole_name", False):
            continue  # "the spies known only as John and Jane": no surname to find
        if any(c.isdigit() for c in m.character):
            continue  # "Tor-221" is a whole designation, "Spartan Tor-221" a description
        family = _FAMILY.search(m.evidence)
        if family and family.end() <= m.evidence.find(m.character):
            m.character = f"{m.character} {family.group('family')}"
            continue
        candidates = {
            f
            for f, sh in two_word_names()
            if sh.first == m.character and sh.last not in actor_words
        }
        if not candidates and m.character not in actor_words:
            # "is once again Matsson" after "the billionaire Lukas Matsson": a surname
            firsts = {
                f: sh.first
                for f, sh in two_word_names()
                if sh.last == m.character and sh.first not in actor_words
            }
            candidates = set(firsts)
            if len(candidates) > 1 and len(set(firsts.values())) == len(candidates):
                # "follows Professor Jasper Tempest ... Ben Miller plays Tempest", with an
                # "Adelaide Tempest" further on: the one named just before, in the paragraph
                # (or the only one named before it at all, in full with no initials:
                # "Detective Inspector Henry Crabbe" opening the article, "his wife, Margaret
                # Crabbe" after "plays Crabbe"; not "E. Howard Hunt", a real man's name)
                before = {f: text.rfind(f, 0, m.start) for f in candidates}
                nearest = max(candidates, key=lambda f: before[f])
                if before[nearest] >= 0 and (
                    "\n\n" not in text[before[nearest] : m.start]
                    or (sum(1 for f in candidates if before[f] >= 0) == 1 and "." not in nearest)
                ):
                    candidates = {nearest}
        if len(candidates) == 1:
            full = candidates.pop()
            # (a performer the project knows is no role's full name: "Milo" is no "Milo
            # Ventimiglia")
            if not _real_person(full, text, full_names) and full not in known_performers():
                m.character = full


def _real_person(name: str, text: str, full_names: Sequence[str] = ()) -> bool:
    """Whether the article treats the name as someone off screen: a creator, a speaker.

    "Tom" must not become "Tom Avery" because the article quotes Tom Avery. A crew
    word with another full name between it and this one is that person's: in "Created
    by Jo Park, the show follows Mina Cole" Mina Cole is no creator.
    """
    crew = _crew_re()
    others = [f for f in full_names if f != name and name not in f]
    for start, end in literal_spans(name, text):
        line = text[text.rfind("\n", 0, start) + 1 : start]
        if (
            _BYLINE_BEFORE.search(line)
            or _AUTHOR_AFTER.match(text, end)
            or _SOURCE_WORK_AFTER.match(text, end)
            or _OWNERS_WORK_AFTER.match(text, end)
            or _LIFE_OF_BEFORE.search(text, max(0, start - 30), start)
        ):
            # "By Dana Whitcombe | May 18", "Dana Whitcombe writes about TV", "the Philip
            # Roth novel"
            return True
        lo, hi = max(0, start - 60), end + 60
        for c in crew.finditer(text, lo, hi):
            between = text[c.end() : start] if c.end() <= start else text[end : c.start()]
            if not any(o in between for o in others):
                return True
    return False


# "the Philip Roth novel", "Jane Doe's memoir": the writer of the book a show adapts
_SOURCE_WORK_AFTER = fast_pattern(
    r"(?:['’]s)?[^\S\n]+(?:(?:best-selling|bestselling|classic|acclaimed|award-winning|"
    r"graphic|debut|\d{4})[^\S\n]+)?(?:novels?|books?|memoirs?|comics?|short[^\S\n]+stor(?:y|ies))\b"
)
# The article's own writer: a byline, or the closing line about the author.
_BYLINE_BEFORE = fast_pattern(
    r"^[^\S\n]*(?:[Bb]y|BY|[Ww]ritten[^\S\n]+by|[Rr]eporting[^\S\n]+by)[^\S\n]+$"
)
# "Michael Schur's afterlife comedy", "Chris Rock's teenage years": the maker or the man
# the show is drawn from, not its character
_OWNERS_WORK_AFTER = fast_pattern(
    # (not "Stuart Pritchard's love life": a character's)
    r"['’]s[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:comedy|drama|sitcom|series|show|novel|book|"
    r"memoir|(?:teenage|early|formative)[^\S\n]+years|childhood|boyhood|girlhood|youth|"
    r"upbringing)\b"
)
# "the early life of Dwayne Johnson"
_LIFE_OF_BEFORE = fast_pattern(
    r"\b(?:(?:early|real)[^\S\n]+life|childhood|boyhood|girlhood|youth)[^\S\n]+of[^\S\n]+$"
)
_AUTHOR_AFTER = fast_pattern(
    r"[^\S\n]+(?:writes|covers|reports|reviews|tracks|edits|has[^\S\n]+covered)\b"
)


@cache
def _crew_re() -> regex.Pattern[str]:
    words = sorted(vocabulary()["crew_words"], key=len, reverse=True)
    return fast_pattern(r"\b(?:" + "|".join(regex.escape(w) for w in words) + r")\b", regex.I)


def _extends(longer: str, short: str) -> bool:
    """Whether ``longer`` is a fuller form of ``short``: "Martin Cole" of "Martin" or of
    "Cole", "Anil Patel" of "Dr. Patel", "Rudy Kessler" of "Kessler"."""
    lw, sw = shape(longer).words, shape(short).words
    if not sw or len(lw) <= len(sw):
        return False
    return lw[: len(sw)] == sw or lw[-len(sw) :] == sw


@Language.component("knowsofar_names")
def names_component(doc: Doc) -> Doc:
    """Merge name spellings in the doc's cast and relations; store the conflicts."""
    found = results(doc)
    mentions = found.get("cast") or []
    relations = found.get("relations") or []
    conflicts: list[Conflict] = list(found.get("conflicts") or [])
    titles = {t.casefold() for t in getattr(found.get("titles"), "shows", None) or []}
    if titles:
        # A show is never an actor, and a show title in brackets is a credit, not a role;
        # a plain "Michael C. Hall as Dexter" may still name a role after its show.
        # A title guessed from emphasis ("**Jane Doe** stars as ...") can be a person's name:
        # the model's PERSON entities keep an actor of a plain statement.
        persons: set[str] | None = None
        keep = []
        for m in mentions:
            if m.strength < 2 and m.character.casefold() in titles:
                continue
            if (
                f"{m.character} ({m.actor})".casefold() in titles
                or f"{m.actor} ({m.character})".casefold() in titles
            ):
                continue  # "HOW TO LIVE WITH YOUR PARENTS (FOR THE REST ...)": a title
            if m.actor.casefold() in titles:
                if persons is None:
                    persons = {
                        doc_text(doc)[s:e] for s, e, label in entities(doc) if label == "PERSON"
                    }
                if m.strength < 3 or (m.actor not in persons and not _person_like(m.actor)):
                    continue
            keep.append(m)
        mentions[:] = keep
    if mentions:
        text = doc_text(doc)
        full_names = full_names_in(text)
        conflicts += reconcile_actors(mentions, text, full_names)
        drop_weaker_roles(mentions)
        # A name the article casts as a character is no actor ("Nora Hale as Martin ...").
        characters = {m.character for m in mentions}
        mentions[:] = [m for m in mentions if m.actor not in characters]
        people: set[str] = set()

        def person_words() -> set[str]:
            if not people:
                people.update(
                    w
                    for s, e, label in entities(doc)
                    if label == "PERSON"
                    for w in text[s:e].split()
                )
                people.add("")  # asked once, even when the model found no one
            return people

        # (a show named like a person is no character's full name: "Jack" is not "Samurai
        # Jack"; the article's own show only, or one heading its own section ("Young
        # Hercules" on a line of its own): a lesser "title" may be a misread person)
        shows = getattr(found.get("titles"), "shows", None) or []
        main = shows[0].casefold() if shows else None
        headings = {s.casefold() for s in shows[1:] if _heading_line(text, s)}
        # (nor the start of a show's name: "Sean Saves" of "Sean Saves the World")
        titled = [s.casefold() for s in shows]
        not_shows = tuple(
            f
            for f in full_names
            if (fc := f.casefold()) != main
            and fc not in headings
            and not any(t != fc and t.startswith(fc) and not t[len(fc)].isalnum() for t in titled)
        )
        char_conflicts, _ = reconcile_characters(mentions, relations, text, not_shows, person_words)
        conflicts += char_conflicts
        # (last: the article's own spelling is the one its roles' full names are read by)
        conflicts += correct_known_spellings(mentions)
        found["cast"] = dedupe(mentions)
    found["conflicts"] = conflicts
    return doc


def _person_like(name: str) -> bool:
    """Two or three name words with no word a title would have: "JB Blanc", "Wi Ha-joon"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not is_full_name(name):
        return False
    vocab = _sets()
    return not any(w in vocab["leading"] or w in vocab["not_person"] for w in words)


def drop_weaker_roles(mentions: list[Any]) -> None:
    """An actor with a role from a plain statement ("X plays Y") loses weaker guesses.

    "Jane Doe (Nightfall)" reads like "Actor (Character)" but names a film; the
    article's "Doe starred as Mara Quill" outranks it.
    """
    best: dict[str, int] = {}
    for m in mentions:
        # (a role placed in another show refutes none here: "Martindale won an Emmy as Mags
        # Bennett on Justified" beside "Margo Martindale's Claudia")
        if not getattr(m, "other_show", None):
            best[m.actor] = max(best.get(m.actor, 0), m.strength)
    # A sentence where one "Actor (X)" is refuted by that actor's real role holds film
    # credits ("Lia Park (Quiet Night), Dev Malik (The Tenant)"): none of its X is a role.
    credit_sentences = set()
    for m in mentions:
        if m.strength < 2 and best.get(m.actor, 0) > m.strength:
            roles = [o.character for o in mentions if o.actor == m.actor and o.strength >= 2]
            if not any(_same_role(m.character, r) for r in roles):
                credit_sentences.add(m.start)
    keep = []
    for m in mentions:
        if m.strength >= 2 or (
            m.strength >= best.get(m.actor, 0) and m.start not in credit_sentences
        ):
            keep.append(m)
    mentions[:] = keep


def _same_role(a: str, b: str) -> bool:
    return a == b or _extends(a, b) or _extends(b, a)


def dedupe(mentions: list[Any]) -> list[Any]:
    """One mention per pair and show: "returned to her Big Show role of Mary" is Mary in
    Big Show (``other_show``) and in the article's show."""
    seen: set[tuple[str, str, str | None]] = set()
    out = []
    for m in mentions:
        key = (m.actor, m.character, getattr(m, "other_show", None))
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
