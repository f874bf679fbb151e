"""Reconciliation: claims -> facts, status timelines and conflicts, per show.

Facts are rebuilt in *scopes*, the smallest sets of claims that decide
something together: a single-valued field of a show or season (network,
premiere, a season's status), one value of a list field (a genre, a
relation), or one character's cast. Ingesting one article rebuilds only the
scopes its claims touch, so a show with thousands of articles updates fast.

Support counts independent sources: a syndicated copy (documents.duplicate_of)
and its original count once, and one document saying a thing twice counts once.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import BigInteger, String, and_, cast, delete, func, or_, select
from sqlalchemy.orm import Session

from knowsofar.kb.resolve import fold
from knowsofar.kb.schema import Character, Claim, Document, Fact, Person, Show, StatusChange

# Sources kept per fact (``support`` keeps the full count).
SOURCE_CAP = 8
# One value of these fields is chosen; the others are conflicts.
SINGLE_VALUED = ("network", "premiere", "episode_count", "release_date")
LIST_VALUED = ("genre", "relation", "plot", "trailer")
# Fields that belong to the show, whatever season a claim mentions.
SHOW_LEVEL = ("network", "genre", "cast")
DATE_VALUED = ("premiere", "release_date")
DECIDED = ("renewed", "canceled", "ended")
# Equally supported statuses reported together: "renewed for a final season" says both
# renewed and ended, and ended is the more specific of the two.
TIE_ORDER = {"canceled": 1, "renewed": 2, "ended": 3}


@dataclass(frozen=True)
class Scope:
    kind: str
    season: int | None
    sub: str = ""  # "" whole field; a value key (list fields); "c<character id>" (cast)


def value_key(kind: str, value: dict[str, Any]) -> str:
    """The normalised form claims are grouped by."""
    match kind:
        case "network":
            return fold(str(value.get("network", "")))
        case "premiere" | "release_date":
            return str(value.get("date", "")).strip()
        case "genre":
            return fold(str(value.get("genre", "")))
        case "season_status":
            return str(value.get("status", "")).strip().lower()
        case "cast":
            return f"{fold(str(value.get('actor', '')))}|{fold(str(value.get('character', '')))}"
        case "relation":
            parts = (value.get(k, "") for k in ("subject", "relation", "object"))
            return "|".join(fold(str(p)) for p in parts)
        case "plot":
            return fold(str(value.get("text", "")))[:400]
        case "trailer":
            return str(value.get("url", "")).strip()[:500]
        case "episode_count":
            return str(value.get("count", ""))
    return fold(str(sorted(value.items())))[:500]


def scope_of(kind: str, season: int | None, key: str, character_id: int | None) -> Scope:
    season = None if kind in SHOW_LEVEL else season
    if kind == "cast":
        return Scope(kind, None, f"c{character_id}" if character_id else f"k{key}")
    if kind in LIST_VALUED:
        return Scope(kind, season, key)
    return Scope(kind, season, "")


# -- claims of a scope: two views, one answer ---------------------------------------
#
# A full rebuild reads all of a show's claims once and aggregates them in Python
# (RowsView); an incremental refresh asks the database to aggregate just the scopes
# an article touched (DbView), so its cost does not grow with the show's size. Both
# give the same Aggs; tests check that incremental and full rebuilds agree.


@dataclass
class Row:
    id: int
    kind: str
    season: int | None
    key: str
    person_id: int | None
    character_id: int | None
    origin: int
    seen: str  # the document's date
    when: str  # the claim's date (event date, else the document's)


@dataclass
class Agg:
    """Claims that say one value: independent support, dates and the newest sources."""

    key: Any
    support: int
    first_seen: str
    last_seen: str
    picks: list[int]  # newest claim of each of the newest independent sources
    first_when: str = ""
    last_when: str = ""


def _rows(session: Session, show_id: int, conds: list[Any] | None = None) -> list[Row]:
    q = select(
        Claim.id,
        Claim.kind,
        Claim.season,
        Claim.value_key,
        Claim.person_id,
        Claim.character_id,
        Claim.origin_id,
        Claim.seen,
        Claim.claim_date,
    ).where(Claim.show_id == show_id, *(conds or []))
    return [
        Row(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8] or "")
        for r in session.connection().execute(q)
    ]


def _agg_rows(key: Any, rows: Iterable[Row]) -> Agg:
    origins: dict[int, tuple[str, int]] = {}
    seen: list[str] = []
    whens: list[str] = []
    for r in rows:
        v = (r.when, r.id)
        if r.origin not in origins or v > origins[r.origin]:
            origins[r.origin] = v
        if r.seen:
            seen.append(r.seen)
        if r.when:
            whens.append(r.when)
    picks = [cid for _, cid in sorted(origins.values(), reverse=True)[:SOURCE_CAP]]
    return Agg(
        key,
        len(origins),
        min(seen, default=""),
        max(seen, default=""),
        picks,
        min(whens, default=""),
        max(whens, default=""),
    )


class RowsView:
    """A scope's claims already in memory."""

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows

    def by(self, field_: str) -> dict[Any, Agg]:
        groups: dict[Any, list[Row]] = defaultdict(list)
        for r in self.rows:
            groups[getattr(r, field_)].append(r)
        return {k: _agg_rows(k, g) for k, g in groups.items()}

    def merged(self, keys: list[str]) -> Agg:
        return _agg_rows(keys[-1], [r for r in self.rows if r.key in keys])

    def spellings(self) -> dict[tuple[int | None, str], Agg]:
        groups: dict[tuple[int | None, str], list[Row]] = defaultdict(list)
        for r in self.rows:
            groups[(r.person_id, r.key)].append(r)
        return {k: _agg_rows(k, g) for k, g in groups.items()}

    def status_rows(self) -> list[Row]:
        return self.rows


_COLUMN = {"key": Claim.value_key, "person_id": Claim.person_id}
# "claim date#claim id" as one sortable string, so MAX() finds a group's newest claim in
# both SQLite and PostgreSQL ("#" sorts before digits and "-": "2020-01" < "2020-01-01",
# as in Python; ids are offset to a fixed width).
_ID_WIDTH = 10**12
_NEWEST = (
    func.coalesce(Claim.claim_date, "")
    .concat("#")
    .concat(cast(cast(Claim.id, BigInteger) + _ID_WIDTH, String))
)


def _claim_of(newest: str) -> int:
    return int(newest.rsplit("#", 1)[1]) - _ID_WIDTH


class DbView:
    """A scope's claims, aggregated by the database."""

    def __init__(self, session: Session, show_id: int, s: Scope) -> None:
        self.session, self.show_id, self.scope = session, show_id, s
        self.conn = session.connection()  # Core queries: no ORM overhead per statement
        self.conds = [Claim.show_id == show_id, _scope_filter(s)]

    def _aggs(
        self, cols: list[Any], extra: list[Any] | None = None, cap: int = SOURCE_CAP
    ) -> dict[Any, Agg]:
        extra = extra or []
        q = (
            select(
                *cols,
                func.count(func.distinct(Claim.origin_id)),
                func.min(Claim.seen),
                func.max(Claim.seen),
                func.min(Claim.claim_date),
                func.max(Claim.claim_date),
                func.max(_NEWEST),
            )
            .where(*self.conds, *extra)
            .group_by(*cols)
        )
        n = len(cols)
        out = {}
        for row in self.conn.execute(q):
            key = row[0] if n == 1 else tuple(row[:n])
            picks = [_claim_of(row[n + 5])] if cap else []
            if cap > 1 and row[n] > 1:
                where = [
                    c.is_(None) if v is None else c == v for c, v in zip(cols, row[:n], strict=True)
                ]
                picks = self._picks([*extra, *where], cap)
            out[key] = Agg(
                key,
                row[n],
                row[n + 1] or "",
                row[n + 2] or "",
                picks,
                row[n + 3] or "",
                row[n + 4] or "",
            )
        return out

    def _picks(self, extra: list[Any], cap: int) -> list[int]:
        """The newest claim of each of the ``cap`` newest sources of one group. The database
        sorts and returns a few rows: a big show's thousands stay in the database."""
        q = (
            select(Claim.id, Claim.origin_id)
            .where(*self.conds, *extra)
            .order_by(Claim.claim_date.desc().nulls_last(), Claim.id.desc())
            .limit(cap * 8)
        )
        picks: dict[int, int] = {}
        for cid, origin in self.conn.execute(q):
            picks.setdefault(origin, cid)
            if len(picks) == cap:
                break
        return list(picks.values())

    def by(self, field_: str) -> dict[Any, Agg]:
        return self._aggs([_COLUMN[field_]])

    def merged(self, keys: list[str]) -> Agg:
        agg = next(iter(self._aggs([], [Claim.value_key.in_(keys)], cap=0).values()))
        agg.picks = self._picks([Claim.value_key.in_(keys)], SOURCE_CAP)
        return agg

    def spellings(self) -> dict[tuple[int | None, str], Agg]:
        return self._aggs([Claim.person_id, Claim.value_key], cap=1)

    def status_rows(self) -> list[Row]:
        return _rows(self.session, self.show_id, [_scope_filter(self.scope)])


def _scope_filter(s: Scope):
    cond = [Claim.kind == s.kind]
    if s.kind not in SHOW_LEVEL:
        cond.append(Claim.season.is_(None) if s.season is None else Claim.season == s.season)
    if s.kind == "cast":
        if s.sub.startswith("c"):
            cond.append(Claim.character_id == int(s.sub[1:]))
        else:
            cond += [Claim.character_id.is_(None), Claim.value_key == s.sub[1:]]
    elif s.kind in LIST_VALUED and s.sub:
        cond.append(Claim.value_key == s.sub)
    return and_(*cond)


# How long after a report other reports count as "at the same time".
CONFLICT_WINDOW = timedelta(days=30)


def _weeks_later(when: str) -> str:
    """The end of the conflict window that starts at ISO date ``when`` (may be partial)."""
    parts = (when[:10].split("-") + ["01", "01"])[:3]
    try:
        start = date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))
    except ValueError:
        return "9999"
    return (start + CONFLICT_WINDOW).isoformat()


# -- building facts -------------------------------------------------------------


@dataclass
class Pending:
    """A fact waiting for its sources' details."""

    fact: dict[str, Any]
    picks: list[int]
    value_from: int | None = None  # claim whose value becomes the fact's value


@dataclass
class Built:
    facts: list[Pending] = field(default_factory=list)
    changes: list[Pending] = field(default_factory=list)


def _fact(
    show_id: int,
    s: Scope,
    agg: Agg,
    *,
    chosen: bool = True,
    reason: str | None = None,
    value: dict[str, Any] | None = None,
    key: str | None = None,
    value_from: int | None = None,
) -> Pending:
    return Pending(
        fact={
            "show_id": show_id,
            "field": s.kind,
            "season": s.season,
            "scope": s.sub,
            "value": value or {},
            "value_key": key if key is not None else str(agg.key),
            "support": agg.support,
            "first_seen": agg.first_seen or None,
            "last_seen": agg.last_seen or None,
            "chosen": chosen,
            "reason": reason,
        },
        picks=agg.picks,
        value_from=None if value else (value_from or (agg.picks[0] if agg.picks else None)),
    )


def _single(show_id: int, s: Scope, view: RowsView | DbView, out: Built) -> None:
    aggs = view.by("key")
    examples = {k: a.picks[0] for k, a in aggs.items() if a.picks}
    if s.kind in DATE_VALUED:
        # "2020" agrees with "2020-01-01": the less precise date supports the precise one.
        groups = {k: [k] for k in aggs}
        for k in sorted(aggs, key=len):
            finer = [o for o in groups if o != k and o.startswith(k)]
            if finer:
                best = max(finer, key=lambda o: (aggs[o].support, len(o), o))
                groups[best] += groups.pop(k)
        for k, keys in groups.items():
            if len(keys) > 1:
                aggs[k] = view.merged(sorted(keys, key=len))
                aggs[k].key = k
        aggs = {k: aggs[k] for k in groups}
    ranked = sorted(aggs.values(), key=lambda a: (a.support, a.last_seen, a.key), reverse=True)
    for i, agg in enumerate(ranked):
        reason = None
        if len(ranked) > 1:
            top, other = ranked[0], ranked[1] if i == 0 else agg
            if top.support > other.support:
                reason = f"{top.support} sources against {other.support}"
            else:
                reason = f"equally supported; the most recently reported ({top.last_seen}) wins"
        out.facts.append(
            _fact(show_id, s, agg, chosen=i == 0, reason=reason, value_from=examples.get(agg.key))
        )


def _list(show_id: int, s: Scope, view: RowsView | DbView, out: Built) -> None:
    for agg in view.by("key").values():
        out.facts.append(_fact(show_id, s, agg))


def _status(show_id: int, s: Scope, rows: list[Row], out: Built) -> None:
    """A season's timeline. A new status takes over when, in the weeks from its first
    report, more independent sources say it than the status before (sources that
    disagree at the same time are a conflict, not a change); the newest standing is current."""
    latest: dict[str, dict[int, str]] = defaultdict(dict)  # status -> origin -> newest date
    said: dict[str, list[tuple[str, int]]] = defaultdict(list)  # status -> sorted (date, origin)
    for r in rows:
        latest[r.key][r.origin] = max(latest[r.key].get(r.origin, ""), r.when)
        said[r.key].append((r.when, r.origin))
    dates = {st: sorted(d.values()) for st, d in latest.items()}
    for pairs in said.values():
        pairs.sort()

    def since(status: str, when: str) -> int:
        ds = dates.get(status, [])
        return len(ds) - bisect.bisect_left(ds, when)

    def within(status: str, start: str, end: str) -> int:
        pairs = said.get(status, [])
        lo, hi = bisect.bisect_left(pairs, (start, -1)), bisect.bisect_left(pairs, (end, -1))
        return len({origin for _, origin in pairs[lo:hi]})

    by_date: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_date[r.when].append(r)
    current: str | None = None
    runs: list[tuple[str, str | None, str, list[Row]]] = []  # (status, previous, date, rows)
    for when in sorted(by_date):
        batch = by_date[when]
        end = _weeks_later(when)
        best = max(
            {r.key for r in batch},
            key=lambda st: (within(st, when, end), st in DECIDED, TIE_ORDER.get(st, 0)),
        )
        if best == current:
            continue
        if current is not None:
            if best == "pending" and current in DECIDED:
                continue  # "no decision yet" after a decision is a stale report
            if best == "renewed" and current == "ended":
                continue  # a final season is a renewal too: nothing changed
            if within(best, when, end) <= within(current, when, end):
                continue
        runs.append((best, current, when, [r for r in batch if r.key == best]))
        current = best
    if current is None:
        return
    for i, (status, previous, when, batch) in enumerate(runs):
        until = runs[i + 1][2] if i + 1 < len(runs) else "9999"
        run = _agg_rows(status, [r for r in rows if r.key == status and when <= r.when < until])
        first = [r.id for r in sorted(batch, key=lambda r: r.id)]
        picks = list(dict.fromkeys(first + run.picks))[:SOURCE_CAP]
        out.changes.append(
            Pending(
                fact={
                    "show_id": show_id,
                    "season": s.season,
                    "from_status": previous,
                    "to_status": status,
                    "date": when or None,
                    "support": run.support,
                },
                picks=picks,
            )
        )
    since_when = runs[-1][2]
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[r.key].append(r)
    contested = {st: since(st, since_when) for st in groups if st != current}
    contested = {st: n for st, n in contested.items() if n}
    for status, group in groups.items():
        later = since(status, since_when)
        chosen = status == current
        reason = None
        if chosen and contested:
            against = ", ".join(f"{n} {st}" for st, n in sorted(contested.items()))
            reason = f"newest well-supported: {later} sources since {since_when} against {against}"
        value = {
            "status": status,
            "since": since_when if chosen else None,
            "support_since_current": later,
        }
        out.facts.append(
            _fact(show_id, s, _agg_rows(status, group), chosen=chosen, reason=reason, value=value)
        )


def _cast(show_id: int, s: Scope, view: RowsView | DbView | _OneCharacter, out: Built) -> None:
    """One character's cast: who plays it (recasts kept, with dates) and name spellings."""
    by_person = view.by("person_id")
    people = sorted(by_person.items(), key=lambda kv: (kv[1].first_when, str(kv[0])))
    ranked = sorted(
        by_person.items(), key=lambda kv: (kv[1].support, kv[1].last_seen), reverse=True
    )
    recast = len(people) > 1 and all(
        people[i][1].last_when < people[i + 1][1].first_when for i in range(len(people) - 1)
    )
    character_id = int(s.sub[1:]) if s.sub.startswith("c") else None
    for i, (pid, agg) in enumerate(people):
        value: dict[str, Any] = {"person_id": pid, "character_id": character_id}
        chosen, reason = True, None
        if recast:
            value["since"] = agg.first_when or None
            if i + 1 < len(people):
                value["until"] = people[i + 1][1].first_when or None
            reason = "recast"
        elif len(people) > 1:
            chosen = pid == ranked[0][0]
            top, second = ranked[0][1], ranked[1][1]
            reason = (
                f"{top.support} sources against {second.support}"
                if top.support > second.support
                else "equally supported; the most recently reported wins"
            )
        pend = _fact(show_id, s, agg, chosen=chosen, reason=reason, value=value, key=f"p{pid}")
        out.facts.append(pend)
    # Spellings: several spellings of one actor or character in the sources.
    spellings = view.spellings()
    for part, label in ((0, "actor"), (1, "character")):
        found: dict[tuple[int | None, str], list[Agg]] = defaultdict(list)
        for (pid, key), agg in spellings.items():
            entity = pid if label == "actor" else None
            found[(entity, key.split("|")[part])].append(agg)
        by_entity: dict[int | None, list[tuple[str, int, str, Any]]] = defaultdict(list)
        for (entity, spelling), aggs in sorted(found.items(), key=lambda kv: str(kv[0])):
            newest = max(aggs, key=lambda a: (a.last_when, a.picks[:1]))
            support = sum(a.support for a in aggs)
            by_entity[entity].append(
                (spelling, support, max(a.last_seen for a in aggs), newest.picks[0])
            )
        for entity, found_variants in by_entity.items():
            if len(found_variants) < 2:
                continue
            if len(found_variants) == 2 and len({len(v[0].split()) for v in found_variants}) > 1:
                continue  # "Kat" and "Kat Baker": a short mention, not a misspelling
            variants = list(found_variants)
            variants.sort(key=lambda v: (v[1], v[2], v[0]), reverse=True)
            total = Agg(
                label,
                sum(v[1] for v in variants),
                "",
                max(v[2] for v in variants),
                [v[3] for v in variants],
            )
            value = {
                "name": label,
                "person_id": entity,
                "character_id": character_id,
                "values": [{"key": sp, "support": n, "pick": pick} for sp, n, _, pick in variants],
            }
            out.facts.append(
                _fact(
                    show_id,
                    Scope("spelling", None, s.sub),
                    total,
                    value=value,
                    key=f"{label}:{entity or character_id}",
                )
            )


# -- the entry points -------------------------------------------------------------


def refresh(
    session: Session,
    show_id: int,
    scopes: set[Scope] | None = None,
    *,
    counts: bool = True,
    titles: bool = False,
) -> None:
    """Rebuild the facts of ``scopes`` of one show (all of them when None), then its summary.

    ``counts=False`` skips recounting the show's documents and claims (the caller keeps
    them up to date), so a refresh costs the same for a small and a huge show."""
    if scopes is None:
        rebuild_shows(session, [show_id])
        return
    built = Built()
    session.flush()  # the queries below read through the connection, not the ORM
    _delete_scopes(session, show_id, scopes)
    characters = sorted(int(s.sub[1:]) for s in scopes if s.kind == "cast" and s.sub[:1] == "c")
    if characters:
        _cast_characters(session, show_id, characters, built)
    lists: dict[tuple[str, int | None], list[str]] = defaultdict(list)
    for s in scopes:
        if s.kind in LIST_VALUED:
            lists[(s.kind, s.season)].append(s.sub)
        elif not (s.kind == "cast" and s.sub[:1] == "c"):
            _build(show_id, s, DbView(session, show_id, s), built)
    for (kind, season), keys in lists.items():
        # All touched values of one list field with two queries.
        view = DbView(session, show_id, Scope(kind, season, keys[0]))
        view.conds = [
            Claim.show_id == show_id,
            _scope_filter(Scope(kind, season, "")),
            Claim.value_key.in_(keys),
        ]
        for key, agg in view.by("key").items():
            built.facts.append(_fact(show_id, Scope(kind, season, key), agg))
    _materialize(session, built)
    summarize(session, show_id, titles=titles, counts=counts)


class _OneCharacter:
    """One character's share of aggregates made for several characters at once."""

    def __init__(self, people: dict[Any, Agg], spellings: dict[Any, Agg], cid: int) -> None:
        self.people = {k[1]: _rekey(a, k[1]) for k, a in people.items() if k[0] == cid}
        self.spelled = {k[1:]: _rekey(a, k[1:]) for k, a in spellings.items() if k[0] == cid}

    def by(self, field_: str) -> dict[Any, Agg]:
        assert field_ == "person_id"
        return self.people

    def spellings(self) -> dict[Any, Agg]:
        return self.spelled


def _rekey(agg: Agg, key: Any) -> Agg:
    agg.key = key
    return agg


def _cast_characters(session: Session, show_id: int, characters: list[int], built: Built) -> None:
    """The cast scopes of several characters with four queries, not four per character."""
    view = DbView(session, show_id, Scope("cast", None, ""))
    view.conds = [
        Claim.show_id == show_id,
        Claim.kind == "cast",
        Claim.character_id.in_(characters),
    ]
    people = view._aggs([Claim.character_id, Claim.person_id])
    spellings = view._aggs([Claim.character_id, Claim.person_id, Claim.value_key], cap=1)
    for cid in characters:
        one = _OneCharacter(people, spellings, cid)
        if one.people:
            _cast(show_id, Scope("cast", None, f"c{cid}"), one, built)


def _build(show_id: int, s: Scope, view: RowsView | DbView, built: Built) -> None:
    if s.kind in SINGLE_VALUED:
        _single(show_id, s, view, built)
    elif s.kind == "season_status":
        _status(show_id, s, view.status_rows(), built)
    elif s.kind == "cast":
        _cast(show_id, s, view, built)
    else:
        _list(show_id, s, view, built)


def _delete_scopes(session: Session, show_id: int, scopes: Iterable[Scope]) -> None:
    """Delete the facts (and status changes) of ``scopes``: two statements in all."""
    facts, changes = [], []
    for s in scopes:
        if s.kind == "cast":
            facts.append(and_(Fact.field.in_(("cast", "spelling")), Fact.scope == s.sub))
            continue
        season = Fact.season.is_(None) if s.season is None else Fact.season == s.season
        cond = [Fact.field == s.kind, season]
        if s.sub:
            cond.append(Fact.scope == s.sub)
        facts.append(and_(*cond))
        if s.kind == "season_status":
            changes.append(
                StatusChange.season.is_(None)
                if s.season is None
                else StatusChange.season == s.season
            )
    conn = session.connection()
    if facts:
        conn.execute(delete(Fact).where(Fact.show_id == show_id, or_(*facts)))
    if changes:
        conn.execute(delete(StatusChange).where(StatusChange.show_id == show_id, or_(*changes)))


def _materialize(session: Session, built: Built) -> None:
    """Fetch the picked sources' details in one query and write facts and changes."""
    ids = {i for p in built.facts + built.changes for i in p.picks}
    ids |= {p.value_from for p in built.facts if p.value_from}
    details = source_details(session, ids)
    facts = []
    for p in built.facts:
        f = dict(p.fact)
        if p.value_from and p.value_from in details and not f["value"]:
            f["value"] = details[p.value_from]["value"]
        if f["field"] == "spelling":
            for v in f["value"]["values"]:
                d = details.get(v["pick"])
                raw = d["value"] if d else {}
                v["value"] = raw.get(f["value"]["name"], v["key"])
                v["source"] = d["source"] if d else None
        f["sources"] = [details[i]["source"] for i in p.picks if i in details]
        facts.append(f)
    if facts:
        session.execute(Fact.__table__.insert(), facts)
    changes = []
    for p in built.changes:
        c = dict(p.fact)
        c["sources"] = [details[i]["source"] for i in p.picks if i in details]
        changes.append(c)
    if changes:
        session.execute(StatusChange.__table__.insert(), changes)


def source_details(session: Session, claim_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """claim id -> {"value", "source": SOURCE} (SOURCE as in KB_API.md)."""
    ids = sorted(set(claim_ids))
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        q = (
            select(
                Claim.id,
                Claim.value,
                Claim.evidence,
                Claim.claim_date,
                Document.id,
                Document.url,
                Document.path,
                Document.title,
                Document.date,
            )
            .join(Document, Document.id == Claim.document_id)
            .where(Claim.id.in_(chunk))
        )
        for (
            cid,
            value,
            evidence,
            claim_date,
            did,
            url,
            path,
            title,
            day,
        ) in session.connection().execute(q):
            out[cid] = {
                "value": value,
                "source": {
                    "document_id": did,
                    "url": url,
                    "path": path,
                    "title": title,
                    "date": day,
                    "claim_date": claim_date,
                    "evidence": evidence,
                },
            }
    return out


def summarize(session: Session, show_id: int, *, titles: bool = False, counts: bool = True) -> None:
    """The show's derived summary columns: network, headline status, counts, title."""
    summarize_many(session, [show_id], titles=titles, counts=counts)


def summarize_many(
    session: Session, show_ids: list[int], *, titles: bool = False, counts: bool = True
) -> None:
    """summarize() for several shows with four queries in all."""
    from knowsofar.kb.resolve import title_qualifier

    conn = session.connection()
    shows = {x.id: x for x in session.scalars(select(Show).where(Show.id.in_(show_ids)))}
    for show_id, value in conn.execute(
        select(Fact.show_id, Fact.value).where(
            Fact.show_id.in_(show_ids), Fact.field == "network", Fact.chosen
        )
    ):
        shows[show_id].network = (value or {}).get("network") or shows[show_id].network
    heads: dict[int, tuple] = {}
    for show_id, season, value, support in conn.execute(
        select(Fact.show_id, Fact.season, Fact.value, Fact.support).where(
            Fact.show_id.in_(show_ids), Fact.field == "season_status", Fact.chosen
        )
    ):
        if season is not None and (show_id not in heads or season > heads[show_id][0]):
            heads[show_id] = (season, value, support)
    for show_id, show in shows.items():
        head = heads.get(show_id)
        if head:
            show.status_season, show.status = head[0], head[1]["status"]
            show.status_date = head[1].get("since")
            show.status_support = head[1].get("support_since_current", head[2])
        else:
            show.status = show.status_season = show.status_date = show.status_support = None
    if counts:
        for show_id, n_claims, n_docs, updated in conn.execute(
            select(
                Claim.show_id,
                func.count(Claim.id),
                func.count(func.distinct(Claim.document_id)),
                func.max(Claim.seen),
            )
            .where(Claim.show_id.in_(show_ids))
            .group_by(Claim.show_id)
        ):
            show = shows[show_id]
            show.claim_count, show.document_count, show.updated = n_claims, n_docs, updated
    if titles:
        # The spelling most documents use (ties: alphabetical, so rebuilds agree).
        best: dict[int, tuple[int, str]] = {}
        for show_id, title, n in conn.execute(
            select(Claim.show_id, Claim.show_title, func.count(func.distinct(Claim.document_id)))
            .where(Claim.show_id.in_(show_ids))
            .group_by(Claim.show_id, Claim.show_title)
        ):
            old = best.get(show_id)
            if old is None or n > old[0] or (n == old[0] and title < old[1]):
                best[show_id] = (n, title)
        for show_id, (_, title) in best.items():
            shows[show_id].title = title_qualifier(title)[0]


def rebuild_shows(session: Session, show_ids: list[int]) -> None:
    """Re-derive everything of several shows from their claims with a fixed number of
    queries (the full rebuild; refresh() re-derives the scopes one article touched)."""
    if not show_ids:
        return
    session.flush()
    conn = session.connection()
    conn.execute(delete(Fact).where(Fact.show_id.in_(show_ids)))
    conn.execute(delete(StatusChange).where(StatusChange.show_id.in_(show_ids)))
    per_show: dict[int, dict[Scope, list[Row]]] = defaultdict(lambda: defaultdict(list))
    q = select(
        Claim.show_id,
        Claim.id,
        Claim.kind,
        Claim.season,
        Claim.value_key,
        Claim.person_id,
        Claim.character_id,
        Claim.origin_id,
        Claim.seen,
        Claim.claim_date,
    ).where(Claim.show_id.in_(show_ids))
    for r in conn.execute(q):
        row = Row(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "", r[9] or "")
        per_show[r[0]][scope_of(row.kind, row.season, row.key, row.character_id)].append(row)
    built = Built()
    for show_id, groups in per_show.items():
        for s, rows in groups.items():
            _build(show_id, s, RowsView(rows), built)
    _materialize(session, built)
    summarize_many(session, show_ids, titles=True, counts=True)


def _spellings(session: Session, column: Any, entity_id: int, part: int) -> dict[str, list]:
    """Spellings of one actor (part 0) or character (part 1) in cast claims:
    {folded spelling: [documents, claims, -first claim id, raw spelling]}."""
    rows = session.execute(
        select(
            Claim.value_key,
            func.count(func.distinct(Claim.document_id)),
            func.count(Claim.id),
            func.min(Claim.id),
        )
        .where(column == entity_id, Claim.kind == "cast")
        .group_by(Claim.value_key)
    ).all()
    out: dict[str, list] = {}
    for key, docs, claims, first in rows:
        spelled = key.split("|")[part]
        entry = out.setdefault(spelled, [0, 0, -first, first])
        entry[0] += docs
        entry[1] += claims
        if -first > entry[2]:
            entry[2], entry[3] = -first, first
    return out


def _best(spellings: dict[str, list]) -> str:
    """Full names first, then the most documents, the most mentions, the first mention."""
    return max(spellings, key=lambda k: (len(k.split()) > 1, *spellings[k][:3]))


def rename_people(session: Session, person_ids: Iterable[int]) -> None:
    """A person is called by their most-used full spelling."""
    from knowsofar.kb.schema import PersonAlias

    for pid in {p for p in person_ids if p is not None}:
        spellings = _spellings(session, Claim.person_id, pid, 0)
        if not spellings:
            continue
        alias = session.scalar(
            select(PersonAlias.alias).where(
                PersonAlias.person_id == pid, PersonAlias.norm == _best(spellings)
            )
        )
        if alias:
            session.get_one(Person, pid).name = alias


def rename_characters(session: Session, character_ids: Iterable[int]) -> None:
    """A character is called by the most-used spelling (fuller names first)."""
    for cid in {c for c in character_ids if c is not None}:
        spellings = _spellings(session, Claim.character_id, cid, 1)
        if not spellings:
            continue
        best = max(spellings, key=lambda k: (len(k.split()), *spellings[k][:3]))
        raw = session.scalar(select(Claim.value).where(Claim.id == spellings[best][3]))
        ch = session.get_one(Character, cid)
        taken = session.scalar(
            select(Character.id).where(
                Character.show_id == ch.show_id, Character.norm == best, Character.id != cid
            )
        )
        if taken is None:  # another character of the show already has that name
            ch.name, ch.norm = str((raw or {}).get("character") or best), best


__all__ = ["Scope", "refresh", "rename_characters", "rename_people", "scope_of", "value_key"]
