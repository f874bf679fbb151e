"""Entity resolution: which show, person and character a name in a claim means.

Shows: one show however articles spell it ("The Society" / "Society"), titles
an article links ("Glass Harbor, also known as Puerto de Cristal") become
aliases, but two shows with one title and different premiere years or
networks stay apart.

People: one person across articles despite misspellings and first-name-only
mentions, but only when the evidence supports it: the same show and the same
character with a similar name. Two people who share only a surname are never
merged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from knowsofar.kb.schema import Character, Claim, ClaimGroup, Person, PersonAlias, Show, ShowAlias

# Similarity (rapidfuzz ratio, 0-100) above which two spellings are one name.
SAME_FIRST_NAME = 80
SAME_SURNAME = 80
SAME_CHARACTER = 88

_QUALIFIER = re.compile(r"\s*\((\d{4}|[A-Za-z .]{2,12})\)\s*$")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ")
    text = re.sub(r"[’'`]", "", text)  # "Schitt's" == "Schitts"
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def norm_title(title: str) -> str:
    """The lookup key of a show title: folded, without a leading "the" or a "(2019)"."""
    key = fold(_QUALIFIER.sub("", title))
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def title_qualifier(title: str) -> tuple[str, int | None]:
    """("Party of Five (2020)") -> ("Party of Five", 2020)."""
    m = _QUALIFIER.search(title)
    if not m:
        return title.strip(), None
    q = m.group(1)
    return title[: m.start()].strip(), int(q) if q.isdigit() else None


def slugify(text: str) -> str:
    return fold(text).replace(" ", "-")[:200] or "untitled"


def norm_name(name: str) -> str:
    return fold(name)


def names_match(a: str, b: str, *, first_name_only: bool = False) -> bool:
    """Could two spellings name one person? ``first_name_only`` allows "Nora" ~ "Nora Hale"
    (only pass it when other evidence, such as the same role, supports the match)."""
    ta, tb = fold(a).split(), fold(b).split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if len(ta) == 1 or len(tb) == 1:
        if not first_name_only:
            return False
        return fuzz.ratio(ta[0], tb[0]) >= SAME_FIRST_NAME + 5
    # Never merge on surname alone: the first names must agree too ("Tom Reyes" != "Ana Reyes").
    first_ok = (
        ta[0] == tb[0]
        or fuzz.ratio(ta[0], tb[0]) >= SAME_FIRST_NAME
        or (min(len(ta[0]), len(tb[0])) == 1 and ta[0][0] == tb[0][0])
    )
    return first_ok and fuzz.ratio(ta[-1], tb[-1]) >= SAME_SURNAME


def characters_match(a: str, b: str) -> bool:
    """ "Nora" ~ "Nora Hale"; "Kristin Vale" ~ "Kristine Vale"."""
    ta, tb = fold(a).split(), fold(b).split()
    if not ta or not tb:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return ta[0] == tb[0] or (
            min(len(ta[0]), len(tb[0])) >= 4 and fuzz.ratio(ta[0], tb[0]) >= SAME_CHARACTER
        )
    return fuzz.ratio(" ".join(ta), " ".join(tb)) >= SAME_CHARACTER


@cache
def alias_phrases() -> tuple[str, ...]:
    text = resources.files("knowsofar.data").joinpath("kb/alias_phrases.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line.lower() for line in lines if line and not line.startswith("#"))


_CAPITALISED_RUN = (
    r"((?:[A-Z0-9][\w'’:-]*)(?:\s+(?:[A-Z0-9][\w'’:-]*|de|la|del|of|the|and|el|des|du|le|y))*)"
)


def linked_titles(title: str, text: str) -> list[str]:
    """Other titles the text gives the show: "X (also known as Y)", "Y, known as X"."""
    phrases = "|".join(re.escape(p) for p in sorted(alias_phrases(), key=len, reverse=True))
    t = re.escape(title)
    found: list[str] = []
    after = re.compile(rf"{t}\s*[(,]\s*(?i:{phrases})\s+[\"“']?{_CAPITALISED_RUN}")
    before = re.compile(rf"{_CAPITALISED_RUN}[\"”']?\s*[(,]\s*(?i:{phrases})\s+[\"“']?{t}\b")
    for pattern in (after, before):
        for m in pattern.finditer(text):
            other = m.group(1).strip(" '\"“”’")
            if other and norm_title(other) != norm_title(title) and len(other) <= 80:
                found.append(other)
    return found


def _still_claimed() -> ColumnElement[bool]:
    """A cast claim group that a stored claim still backs.

    Groups can outlive their claims for a moment: a changed or re-extracted document's old
    claims are deleted before it is resolved again, and its groups are recounted only after
    its new claims are stored. One index probe (ix_claims_character) per group.
    """
    cg = ClaimGroup
    same_person = select(Claim.id).where(Claim.person_id == cg.person_id)
    in_role = same_person.where(Claim.character_id == cg.character_id)  # one show's role
    # Without a role the group is one spelling (value_key) in one show.
    as_spelled = same_person.where(
        Claim.character_id.is_(None),
        Claim.value_key == cg.value_key,
        Claim.show_id == cg.show_id,
    )
    return or_(in_role.exists(), and_(cg.character_id.is_(None), as_spelled.exists()))


# Who plays whom, read from the claim groups of a show's cast: one per (character, person)
# however many claims say it (one per spelling for a claim without a character), so the
# cost does not grow with the show. Built once with bind parameters: building and keying a
# statement costs more than running it, and these run for every cast claim.
_CAST_GROUPS = (
    ClaimGroup.show_id == bindparam("show_id"),
    ClaimGroup.kind == "cast",
    ClaimGroup.season.is_(None),
    _still_claimed(),
)
_PLAYERS = select(PersonAlias.person_id, PersonAlias.alias).where(  # of a character
    PersonAlias.person_id.in_(
        select(ClaimGroup.person_id)
        .where(*_CAST_GROUPS, ClaimGroup.character_id == bindparam("character_id"))
        .scalar_subquery()
    )
)
_ROLES = select(ClaimGroup.character_id, ClaimGroup.person_id).where(  # of a show
    *_CAST_GROUPS, ClaimGroup.character_id.is_not(None), ClaimGroup.person_id.is_not(None)
)
_ANY_OF_THE_CAST = (  # in a show, of people with one of these names
    select(ClaimGroup.id)
    .where(
        *_CAST_GROUPS,
        ClaimGroup.person_id.in_(
            select(PersonAlias.person_id)
            .where(PersonAlias.norm.in_(bindparam("names", expanding=True)))
            .scalar_subquery()
        ),
    )
    .limit(1)
)


@dataclass
class ShowHints:
    """What the document says about a show that tells same-titled shows apart."""

    network: str | None = None
    year: int | None = None
    text: str = ""  # the document text: a story about a move names the old network too
    actors: frozenset[str] = frozenset()  # folded names of the document's cast for this show


class Resolver:
    """Finds or creates shows, people and characters inside one ingest transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._shows: dict[tuple[str, str | None, int | None], Show] = {}
        self._characters: dict[int, list[Character]] = {}  # show id -> its characters
        self.new_aliases: set[int] = set()  # shows whose title was spelled a new way
        self._cast: dict[int, set[int]] = defaultdict(set)  # this article: character -> people

    # -- shows ---------------------------------------------------------------

    def show(self, title: str, hints: ShowHints | None = None) -> Show:
        hints = hints or ShowHints()
        bare, qualifier_year = title_qualifier(title)
        year = qualifier_year or hints.year
        norm = norm_title(bare)
        cache_key = (norm, fold(hints.network or ""), year)
        if cache_key in self._shows:
            return self._shows[cache_key]
        candidates = (
            self.session.scalars(
                select(Show)
                .join(ShowAlias, ShowAlias.show_id == Show.id)
                .where(ShowAlias.norm == norm)
            )
            .unique()
            .all()
        )
        fitting = [
            s for s in candidates if _compatible(s, year, hints) or self._shares_cast(s, hints)
        ]
        if fitting:
            show = max(fitting, key=lambda s: (s.claim_count or 0, -s.id))
            if show.year is None and year is not None and qualifier_year is not None:
                show.year = year
        else:
            show = Show(
                slug=self._free_show_slug(bare, year, hints.network),
                title=bare,
                year=year,
                network=hints.network,
                document_count=0,
                claim_count=0,
            )
            self.session.add(show)
            self.session.flush()
        self.add_alias(show, bare)
        if bare != show.title:
            self.new_aliases.add(show.id)  # spelled another way: which spelling wins?
        self._shows[cache_key] = show
        return show

    def _shares_cast(self, show: Show, hints: ShowHints) -> bool:
        """The same actors in a show of the same title: one show that moved networks."""
        if not hints.actors or (hints.year and show.year and abs(hints.year - show.year) > 1):
            return False
        found = self.session.scalar(
            _ANY_OF_THE_CAST, {"show_id": show.id, "names": sorted(hints.actors)}
        )
        return found is not None

    def add_alias(self, show: Show, alias: str) -> bool:
        """Record a spelling of the show's title; False if another show already owns it."""
        norm = norm_title(alias)
        if not norm:
            return False
        owners = self.session.scalars(select(ShowAlias.show_id).where(ShowAlias.norm == norm)).all()
        if show.id in owners:
            return True
        self.session.add(ShowAlias(show_id=show.id, alias=alias.strip(), norm=norm))
        self.session.flush()
        self.new_aliases.add(show.id)
        return True

    def link_titles(self, show: Show, others: list[str]) -> list[int]:
        """Make ``others`` aliases of ``show``; returns ids of shows merged into it."""
        merged: list[int] = []
        for other in others:
            norm = norm_title(other)
            owners = self.session.scalars(
                select(Show)
                .join(ShowAlias, ShowAlias.show_id == Show.id)
                .where(ShowAlias.norm == norm, Show.id != show.id)
            ).all()
            # Only merge an unambiguous owner: a title shared by two shows stays apart.
            if len(owners) == 1 and _compatible(owners[0], show.year, ShowHints(show.network)):
                merge_shows(self.session, keep=show, drop=owners[0])
                merged.append(owners[0].id)
            elif not owners:
                self.add_alias(show, other)
        return merged

    def _free_show_slug(self, title: str, year: int | None, network: str | None) -> str:
        base = slugify(title)
        options = [base]
        if year:
            options.append(f"{base}-{year}")
        if network:
            options.append(f"{base}-{slugify(network)}")
        for slug in options:
            if not self._slug_taken(Show, slug):
                return slug
        n = 2
        while self._slug_taken(Show, f"{base}-{n}"):
            n += 1
        return f"{base}-{n}"

    def _slug_taken(self, model: type[Show] | type[Person], slug: str) -> bool:
        return self.session.scalar(select(model.id).where(model.slug == slug)) is not None

    # -- characters and people ----------------------------------------------

    def character(self, show: Show, name: str, actor: str | None = None) -> Character:
        """The show's character called ``name``; an actor's known role decides near-misses."""
        norm = norm_name(name)
        if show.id not in self._characters:
            self._characters[show.id] = list(
                self.session.scalars(select(Character).where(Character.show_id == show.id))
            )
        chars = self._characters[show.id]
        for c in chars:
            if c.norm == norm:
                return c
        match = None
        if actor:
            # The same actor in a similar-named role of this show is the same role.
            played = self._characters_of_actor(show, actor)
            similar = [c for c in chars if c.id in played and characters_match(c.name, name)]
            if len(similar) == 1:
                match = similar[0]
        if match is None:
            similar = [c for c in chars if _same_character_alone(c.name, name)]
            if len(similar) == 1:
                match = similar[0]
        if match is not None:
            # Prefer the fuller spelling: "Nora" grows into "Nora Hale".
            if len(norm.split()) > len(match.norm.split()):
                match.name, match.norm = name.strip(), norm
            return match
        c = Character(show_id=show.id, name=name.strip(), norm=norm)
        self.session.add(c)
        self.session.flush()
        chars.append(c)
        return c

    def _characters_of_actor(self, show: Show, actor: str) -> set[int]:
        """Characters of ``show`` played by someone whose name matches ``actor``."""
        pairs = set(self.session.execute(_ROLES, {"show_id": show.id}).all())
        pairs |= {(c, p) for c, players in self._cast.items() for p in players}
        names = self._aliases({p for _, p in pairs})
        return {
            c
            for c, p in pairs
            if any(names_match(n, actor, first_name_only=True) for n in names.get(p, []))
        }

    def _aliases(self, person_ids: set[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = defaultdict(list)
        if person_ids:
            for pid, alias in self.session.execute(
                select(PersonAlias.person_id, PersonAlias.alias).where(
                    PersonAlias.person_id.in_(person_ids)
                )
            ):
                out[pid].append(alias)
        return out

    def person(
        self, name: str, show: Show | None = None, character: Character | None = None
    ) -> Person:
        """Find or create a person; misspellings merge only with the evidence of a shared role."""
        norm = norm_name(name)
        if show is not None and character is not None:
            # Who already plays this character (in stored claims, or earlier in this article)?
            rows = self.session.execute(
                _PLAYERS, {"show_id": show.id, "character_id": character.id}
            ).all()
            known: dict[int, list[str]] = defaultdict(list)
            for person_id, alias in rows:
                known[person_id].append(alias)
            for person_id, aliases in self._aliases(
                self._cast.get(character.id, set()) - set(known)
            ).items():
                known[person_id] += aliases
            for person_id, aliases in sorted(known.items()):
                if any(
                    norm_name(a) == norm or names_match(a, name, first_name_only=True)
                    for a in aliases
                ):
                    return self._with_alias(person_id, name, {norm_name(a) for a in aliases})
        exact = self.session.scalars(
            select(PersonAlias.person_id).where(PersonAlias.norm == norm).distinct()
        ).all()
        if exact:
            if show is not None and len(exact) > 1:
                in_show = self.session.scalars(
                    select(Claim.person_id).where(
                        Claim.show_id == show.id, Claim.person_id.in_(exact)
                    )
                ).first()
                if in_show is not None:
                    return self._with_alias(in_show, name)
            return self._with_alias(min(exact), name)
        person = Person(slug=self._free_person_slug(name), name=name.strip())
        self.session.add(person)
        self.session.flush()
        self.session.add(PersonAlias(person_id=person.id, alias=name.strip(), norm=norm))
        self.session.flush()
        return person

    def played(self, character_id: int, person_id: int) -> None:
        """Remember a cast claim of the article being stored (its claims are written last)."""
        self._cast[character_id].add(person_id)

    def _with_alias(self, person_id: int, name: str, known: set[str] | None = None) -> Person:
        norm = norm_name(name)
        if known is not None and norm in known:
            return self.session.get_one(Person, person_id)
        exists = self.session.scalar(
            select(PersonAlias.id).where(
                PersonAlias.person_id == person_id, PersonAlias.norm == norm
            )
        )
        if exists is None:
            self.session.add(PersonAlias(person_id=person_id, alias=name.strip(), norm=norm))
            self.session.flush()
        return self.session.get_one(Person, person_id)

    def _free_person_slug(self, name: str) -> str:
        base = slugify(name)
        if not self._slug_taken(Person, base):
            return base
        n = 2
        while self._slug_taken(Person, f"{base}-{n}"):
            n += 1
        return f"{base}-{n}"


def _same_character_alone(known: str, name: str) -> bool:
    """Without an actor to go by, only a first-name-only mention joins a full name."""
    tk, tn = fold(known).split(), fold(name).split()
    if not tk or not tn or len(tk) == len(tn):
        return False
    return tk[0] == tn[0]


def _compatible(show: Show, year: int | None, hints: ShowHints) -> bool:
    """Can a mention with these hints be ``show``? Different years or networks say no."""
    if year is not None and show.year is not None and abs(year - show.year) > 1:
        return False
    if hints.network and show.network and fold(hints.network) != fold(show.network):
        # A show that moves is reported with both networks named ("moves from Fox to ABC").
        return fold(show.network) in fold(hints.text)
    return True


def merge_shows(session: Session, keep: Show, drop: Show) -> None:
    """Move everything of ``drop`` onto ``keep`` (two titles of one show), then delete ``drop``."""
    from sqlalchemy import delete, update

    from knowsofar.kb.schema import Fact, Follow, StatusChange

    keep_chars = {
        c.norm: c.id for c in session.scalars(select(Character).where(Character.show_id == keep.id))
    }
    for c in session.scalars(select(Character).where(Character.show_id == drop.id)).all():
        if c.norm in keep_chars:
            session.execute(
                update(Claim)
                .where(Claim.character_id == c.id)
                .values(character_id=keep_chars[c.norm])
            )
            session.delete(c)
        else:
            c.show_id = keep.id
    session.flush()
    session.execute(update(Claim).where(Claim.show_id == drop.id).values(show_id=keep.id))
    session.execute(update(Follow).where(Follow.show_id == drop.id).values(show_id=keep.id))
    keep_norms = set(session.scalars(select(ShowAlias.norm).where(ShowAlias.show_id == keep.id)))
    for a in session.scalars(select(ShowAlias).where(ShowAlias.show_id == drop.id)).all():
        if a.norm in keep_norms:
            session.delete(a)
        else:
            a.show_id = keep.id
    session.execute(delete(Fact).where(Fact.show_id == drop.id))
    session.execute(delete(StatusChange).where(StatusChange.show_id == drop.id))
    session.flush()
    keep.claim_count = (
        session.scalar(select(func.count(Claim.id)).where(Claim.show_id == keep.id)) or 0
    )
    session.delete(drop)
    session.flush()
