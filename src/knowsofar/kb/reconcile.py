"""Reconciliation: claims -> facts, status timelines and conflicts, per show.

Facts are rebuilt in *scopes*, the smallest sets of claims that decide
something together: a single-valued field of a show or season (network,
premiere, a season's status), one value of a list field (a genre, a
relation), or one character's cast. Ingesting one article rebuilds only the
scopes its claims touch, from the scopes' claim groups (per-value support kept
in step with the claims), and a season's timeline from its last weeks of
reports: a show with thousands of articles updates as fast as a small one.
A changed or forgotten document has its scopes recounted from their claims.

Support counts independent sources: a syndicated copy (documents.duplicate_of)
and its original count once, and one document saying a thing twice counts once.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, or_, select
from sqlalchemy.orm import Session

from knowsofar.kb.resolve import fold
from knowsofar.kb.schema import (
    Character,
    Claim,
    ClaimGroup,
    Document,
    Fact,
    Person,
    Show,
    StatusChange,
)

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
# (RowsView); an incremental refresh reads the claim groups of just the scopes an
# article touched (GroupView), so its cost does not grow with the show's size. Both
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


# The claim columns a Row is made of, in Row's order.
ROW_COLUMNS = (
    Claim.id,
    Claim.kind,
    Claim.season,
    Claim.value_key,
    Claim.person_id,
    Claim.character_id,
    Claim.origin_id,
    Claim.seen,
    Claim.claim_date,
)


def _row(r: Any) -> Row:
    return Row(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8] or "")


def _rows(session: Session, show_id: int, conds: list[Any] | None = None) -> list[Row]:
    q = select(*ROW_COLUMNS).where(Claim.show_id == show_id, *(conds or []))
    return [_row(r) for r in session.connection().execute(q)]


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


# -- claim groups: support kept in step with claims ----------------------------------
#
# Every claim belongs to one group per value it says (kind, season, value; a cast claim
# also to its (character, person) group). A group keeps its independent support, first
# and last dates and its newest sources, so an incremental refresh reads a scope's few
# group rows instead of its claims. A new document adds to groups (GroupDelta); a
# changed or forgotten one has its scopes' groups recounted from claims.

GroupId = tuple[str, int | None, str, int | None, int | None]  # kind, season, key, person, char


def group_ids(
    kind: str, season: int | None, key: str, person_id: int | None, character_id: int | None
) -> list[GroupId]:
    """The groups one claim belongs to."""
    if kind == "cast":
        return [
            ("cast", None, "" if character_id else key, person_id, character_id),
            ("cast_spelling", None, key, person_id, character_id),
        ]
    return [(kind, None if kind in SHOW_LEVEL else season, key, None, None)]


def gkey(g: GroupId) -> str:
    kind, season, key, person, char = g
    return f"{kind}|{'' if season is None else season}|{person or ''}|{char or ''}|{key}"


_ISO_DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@functools.lru_cache(maxsize=1 << 16)  # a rebuild asks for the same few thousand dates
def _odd_date(when: str) -> bool:
    """A claim date the conflict window cannot place by string order (none, or not ISO)."""
    return not _ISO_DAY.fullmatch(when[:10]) or _weeks_later(when) == "9999"


def _group_row(show_id: int, g: GroupId, rows: list[Row]) -> dict[str, Any]:
    newest: dict[int, tuple[str, int]] = {}
    for r in rows:
        v = (r.when, r.id)
        if r.origin not in newest or v > newest[r.origin]:
            newest[r.origin] = v
    seen = [r.seen for r in rows if r.seen]
    whens = [r.when for r in rows if r.when]
    top = sorted(((w, i, o) for o, (w, i) in newest.items()), reverse=True)[:SOURCE_CAP]
    return {
        "show_id": show_id,
        "gkey": gkey(g),
        "kind": g[0],
        "season": g[1],
        "value_key": g[2],
        "person_id": g[3],
        "character_id": g[4],
        "support": len(newest),
        "claims": len(rows),
        "first_seen": min(seen, default=None),
        "last_seen": max(seen, default=None),
        "first_when": min(whens, default=None),
        "last_when": max(whens, default=None),
        "newest": [list(t) for t in top],
        "odd_dates": sum(_odd_date(r.when) for r in rows),
    }


def _group_rows(show_id: int, rows: Iterable[Row]) -> list[dict[str, Any]]:
    members: dict[GroupId, list[Row]] = defaultdict(list)
    for r in rows:
        for g in group_ids(r.kind, r.season, r.key, r.person_id, r.character_id):
            members[g].append(r)
    return [_group_row(show_id, g, rs) for g, rs in members.items()]


def _group_filter(s: Scope):
    """The claim groups of one scope (as _scope_filter is its claims)."""
    cg = ClaimGroup
    if s.kind == "cast":
        cond = [cg.kind.in_(("cast", "cast_spelling")), cg.season.is_(None)]
        if s.sub.startswith("c"):
            cond.append(cg.character_id == int(s.sub[1:]))
        else:
            cond += [cg.character_id.is_(None), cg.value_key == s.sub[1:]]
    else:
        cond = [
            cg.kind == s.kind,
            cg.season.is_(None) if s.season is None else cg.season == s.season,
        ]
        if s.kind in LIST_VALUED and s.sub:
            cond.append(cg.value_key == s.sub)
    return and_(*cond)


def _scope_of_group(g: Any) -> Scope:
    if g.kind in ("cast", "cast_spelling"):
        sub = f"c{g.character_id}" if g.character_id else f"k{g.value_key}"
        return Scope("cast", None, sub)
    return scope_of(g.kind, g.season, g.value_key, None)


def _scopes_where(scopes: Iterable[Scope], to_filter: Any) -> Any:
    return or_(*[to_filter(s) for s in scopes])


def recount_groups(session: Session, show_id: int, scopes: set[Scope]) -> None:
    """Recompute the groups of ``scopes`` from their claims (exact after any change)."""
    if not scopes:
        return
    conn = session.connection()
    rows = _rows(session, show_id, [_scopes_where(scopes, _scope_filter)])
    conn.execute(
        delete(ClaimGroup).where(
            ClaimGroup.show_id == show_id, _scopes_where(scopes, _group_filter)
        )
    )
    fresh = _group_rows(show_id, rows)
    if fresh:
        conn.execute(ClaimGroup.__table__.insert(), fresh)


def rebuild_groups(session: Session, show_ids: list[int]) -> None:
    """Recompute every group of several shows from their claims."""
    per_show: dict[int, list[Row]] = defaultdict(list)
    for show_id, row in _claim_rows(session, Claim.show_id.in_(show_ids)):
        per_show[show_id].append(row)
    _write_groups(session, show_ids, per_show)


def _write_groups(session: Session, show_ids: list[int], per_show: dict[int, list[Row]]) -> None:
    conn = session.connection()
    conn.execute(delete(ClaimGroup).where(ClaimGroup.show_id.in_(show_ids)))
    fresh = [g for show_id, rows in per_show.items() for g in _group_rows(show_id, rows)]
    for i in range(0, len(fresh), 5000):
        conn.execute(ClaimGroup.__table__.insert(), fresh[i : i + 5000])


def _claim_rows(session: Session, where: Any) -> Iterable[tuple[int, Row]]:
    q = select(Claim.show_id, *ROW_COLUMNS).where(where)
    for r in session.connection().execute(q):
        yield r[0], _row(r[1:])


@dataclass
class Added:
    """A new document's claims about one show, and the same source's earlier claims
    (a syndicated copy shares its original's source: what it repeats adds no support)."""

    rows: list[Row]
    prior: list[Row] = field(default_factory=list)


def added_rows(session: Session, document_id: int, origin: int) -> dict[int, Added]:
    """The claims just stored for a new document, per show, with their source's others."""
    out: dict[int, Added] = {}
    for show_id, row in _claim_rows(session, Claim.document_id == document_id):
        out.setdefault(show_id, Added([])).rows.append(row)
    if origin != document_id:
        for show_id, row in _claim_rows(
            session, and_(Claim.origin_id == origin, Claim.document_id != document_id)
        ):
            if show_id in out:
                out[show_id].prior.append(row)
    return out


def _add_to_groups(session: Session, show_id: int, added: Added) -> None:
    """Fold a new document's claims into its show's groups (reads and writes a few rows)."""
    members: dict[GroupId, list[Row]] = defaultdict(list)
    for r in added.rows:
        for g in group_ids(r.kind, r.season, r.key, r.person_id, r.character_id):
            members[g].append(r)
    known = {
        gkey(g)
        for r in added.prior
        for g in group_ids(r.kind, r.season, r.key, r.person_id, r.character_id)
    }
    conn = session.connection()
    keys = [gkey(g) for g in members]
    old: dict[str, Any] = {}
    for i in range(0, len(keys), 500):
        for row in conn.execute(
            select(ClaimGroup.__table__).where(
                ClaimGroup.show_id == show_id, ClaimGroup.gkey.in_(keys[i : i + 500])
            )
        ):
            old[row.gkey] = row
    inserts, updates = [], []
    for g, rows in members.items():
        new = _group_row(show_id, g, rows)
        was = old.get(new["gkey"])
        if was is None:
            inserts.append(new)
            continue
        top: dict[int, tuple[str, int]] = {o: (w, i) for w, i, o in was.newest}
        for w, i, o in new["newest"]:
            if o not in top or (w, i) > top[o]:
                top[o] = (w, i)
        # Exact: a source outside the old top list enters only with its new claim.
        ranked = sorted(((w, i, o) for o, (w, i) in top.items()), reverse=True)[:SOURCE_CAP]
        updates.append(
            {
                "gid": was.id,
                "support": was.support + (0 if new["gkey"] in known else new["support"]),
                "claims": was.claims + new["claims"],
                "first_seen": _least(was.first_seen, new["first_seen"]),
                "last_seen": _most(was.last_seen, new["last_seen"]),
                "first_when": _least(was.first_when, new["first_when"]),
                "last_when": _most(was.last_when, new["last_when"]),
                "newest": [list(t) for t in ranked],
                "odd_dates": was.odd_dates + new["odd_dates"],
            }
        )
    if inserts:
        conn.execute(ClaimGroup.__table__.insert(), inserts)
    if updates:
        table = ClaimGroup.__table__
        conn.execute(
            table.update()
            .where(table.c.id == bindparam("gid"))
            .values({k: bindparam(k) for k in updates[0] if k != "gid"}),
            updates,
        )


def _least(a: str | None, b: str | None) -> str | None:
    return min(filter(None, (a, b)), default=None)


def _most(a: str | None, b: str | None) -> str | None:
    return max(filter(None, (a, b)), default=None)


def _agg_of(g: Any, key: Any) -> Agg:
    return Agg(
        key,
        g.support,
        g.first_seen or "",
        g.last_seen or "",
        [i for _, i, _ in g.newest],
        g.first_when or "",
        g.last_when or "",
    )


class GroupView:
    """A scope's claims, as its claim groups."""

    def __init__(self, session: Session, show_id: int, s: Scope, groups: list[Any]) -> None:
        self.session, self.show_id, self.scope, self.groups = session, show_id, s, groups

    def by(self, field_: str) -> dict[Any, Agg]:
        if field_ == "person_id":
            return {g.person_id: _agg_of(g, g.person_id) for g in self.groups if g.kind == "cast"}
        return {g.value_key: _agg_of(g, g.value_key) for g in self.groups}

    def spellings(self) -> dict[tuple[int | None, str], Agg]:
        return {
            (g.person_id, g.value_key): _agg_of(g, (g.person_id, g.value_key))
            for g in self.groups
            if g.kind == "cast_spelling"
        }

    def merged(self, keys: list[str]) -> Agg:
        """Several values as one ("2020" supports "2020-01-01"): the largest group's support
        plus the sources only the smaller ones have (found among the smaller ones' claims)."""
        parts = sorted((g for g in self.groups if g.value_key in keys), key=lambda g: -g.support)
        conn, scope = self.session.connection(), _scope_filter(self.scope)
        base = Claim.show_id == self.show_id
        others = set(
            conn.scalars(
                select(Claim.origin_id)
                .where(base, scope, Claim.value_key.in_([g.value_key for g in parts[1:]]))
                .distinct()
            )
        )
        shared: set[int] = set()
        ids = sorted(others)
        for i in range(0, len(ids), 500):
            shared |= set(
                conn.scalars(
                    select(Claim.origin_id)
                    .where(
                        base,
                        scope,
                        Claim.value_key == parts[0].value_key,
                        Claim.origin_id.in_(ids[i : i + 500]),
                    )
                    .distinct()
                )
            )
        top: dict[int, tuple[str, int]] = {}
        for g in parts:
            for w, cid, o in g.newest:
                if o not in top or (w, cid) > top[o]:
                    top[o] = (w, cid)
        ranked = sorted(((w, cid) for w, cid in top.values()), reverse=True)[:SOURCE_CAP]
        return Agg(
            keys[-1],
            parts[0].support + len(others - shared),
            min((g.first_seen for g in parts if g.first_seen), default=""),
            max((g.last_seen for g in parts if g.last_seen), default=""),
            [cid for _, cid in ranked],
            min((g.first_when for g in parts if g.first_when), default=""),
            max((g.last_when for g in parts if g.last_when), default=""),
        )

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


def _single(show_id: int, s: Scope, view: RowsView | GroupView, out: Built) -> None:
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


def _list(show_id: int, s: Scope, view: RowsView | GroupView, out: Built) -> None:
    for _, agg in sorted(view.by("key").items()):
        out.facts.append(_fact(show_id, s, agg))


Run = tuple[str, str | None, str, list[Row]]  # (status, previous, date, its first rows)


def _runs(rows: list[Row], current: str | None = None) -> list[Run]:
    """The changes of a season's status, reading ``rows`` in date order from ``current``.
    A new status takes over when, in the weeks from its first report, more independent
    sources say it than the status before (sources that disagree at the same time are a
    conflict, not a change)."""
    said: dict[str, list[tuple[str, int]]] = defaultdict(list)  # status -> sorted (date, origin)
    for r in rows:
        said[r.key].append((r.when, r.origin))
    for pairs in said.values():
        pairs.sort()

    def within(status: str, start: str, end: str) -> int:
        pairs = said.get(status, [])
        lo, hi = bisect.bisect_left(pairs, (start, -1)), bisect.bisect_left(pairs, (end, -1))
        return len({origin for _, origin in pairs[lo:hi]})

    by_date: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_date[r.when].append(r)
    runs: list[Run] = []
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
    return runs


def _status(show_id: int, s: Scope, rows: list[Row], out: Built) -> None:
    """A season's timeline (see _runs); the newest standing status is current."""
    latest: dict[str, dict[int, str]] = defaultdict(dict)  # status -> origin -> newest date
    for r in rows:
        latest[r.key][r.origin] = max(latest[r.key].get(r.origin, ""), r.when)
    dates = {st: sorted(d.values()) for st, d in latest.items()}

    def since(status: str, when: str) -> int:
        ds = dates.get(status, [])
        return len(ds) - bisect.bisect_left(ds, when)

    runs = _runs(rows)
    if not runs:
        return
    for i, (status, _, when, batch) in enumerate(runs):
        until = runs[i + 1][2] if i + 1 < len(runs) else "9999"
        run = _agg_rows(status, [r for r in rows if r.key == status and when <= r.when < until])
        first = [r.id for r in sorted(batch, key=lambda r: r.id)]
        out.changes.append(_change(show_id, s, runs[i], run.support, first + run.picks))
    current, since_when = runs[-1][0], runs[-1][2]
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[r.key].append(r)
    later = {st: since(st, since_when) for st in groups}
    aggs = {st: _agg_rows(st, group) for st, group in groups.items()}
    _status_facts(show_id, s, current, since_when, later, aggs, out)


def _change(show_id: int, s: Scope, run: Run, support: int, picks: list[int]) -> Pending:
    status, previous, when, _ = run
    return Pending(
        fact={
            "show_id": show_id,
            "season": s.season,
            "from_status": previous,
            "to_status": status,
            "date": when or None,
            "support": support,
        },
        picks=list(dict.fromkeys(picks))[:SOURCE_CAP],
    )


def _status_facts(
    show_id: int,
    s: Scope,
    current: str,
    since_when: str,
    later: dict[str, int],
    aggs: dict[str, Agg],
    out: Built,
) -> None:
    """One fact per status said of the season; ``later``: sources of each since the
    current status began."""
    contested = {st: n for st, n in later.items() if st != current and n}
    for status in sorted(aggs):
        chosen = status == current
        reason = None
        if chosen and contested:
            against = ", ".join(f"{n} {st}" for st, n in sorted(contested.items()))
            reason = (
                f"newest well-supported: {later[status]} sources since {since_when} "
                f"against {against}"
            )
        value = {
            "status": status,
            "since": since_when if chosen else None,
            "support_since_current": later[status],
        }
        out.facts.append(_fact(show_id, s, aggs[status], chosen=chosen, reason=reason, value=value))


def _window_start(when: str) -> date | None:
    parts = (when[:10].split("-") + ["01", "01"])[:3]
    try:
        return date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))
    except ValueError:
        return None


def _status_incremental(
    session: Session, show_id: int, s: Scope, groups: list[Any], added: Added, out: Built
) -> bool:
    """A new report about a season that leaves its timeline as it was (the usual case):
    update the supports without reading the season's history. False when it cannot
    (the status changes, recent changes, undated reports): the caller rebuilds the scope.

    Exact because a report dated D only weighs in decisions taken in the weeks before D:
    the state before that window is the stored timeline, and the window's reports are
    read again; counts since the current status began grow by this document's source."""
    new = [r for r in added.rows if scope_of(r.kind, r.season, r.key, r.character_id) == s]
    starts = [_window_start(r.when) for r in new]
    if not new or any(g.odd_dates for g in groups) or None in starts:
        return False
    cutoff = (min(d for d in starts if d) - CONFLICT_WINDOW - timedelta(days=1)).isoformat()
    conn = session.connection()
    season = StatusChange.season.is_(None) if s.season is None else StatusChange.season == s.season
    changes = conn.execute(
        select(StatusChange.id, StatusChange.date, StatusChange.from_status, StatusChange.to_status)
        .where(StatusChange.show_id == show_id, season)
        .order_by(StatusChange.date, StatusChange.id)
    ).all()
    if not changes or any(c.date is None or c.date >= cutoff for c in changes):
        return False
    last = changes[-1]
    current, since_when = last.to_status, last.date
    recent = _rows(session, show_id, [_scope_filter(s), Claim.claim_date >= cutoff])
    if _runs(recent, current):
        return False  # the status changes: the full path redraws the timeline
    stored = {
        key: value
        for key, value in conn.execute(
            select(Fact.value_key, Fact.value).where(
                Fact.show_id == show_id,
                Fact.field == s.kind,
                Fact.season.is_(None) if s.season is None else Fact.season == s.season,
            )
        )
    }
    prior = [r for r in added.prior if scope_of(r.kind, r.season, r.key, r.character_id) == s]
    later: dict[str, int] = {}
    for g in groups:
        st = g.value_key
        now = any(r.key == st and r.when >= since_when for r in new)
        before = any(r.key == st and r.when >= since_when for r in prior)
        later[st] = (stored.get(st) or {}).get("support_since_current", 0) + (now and not before)
    by_status = {g.value_key: g for g in groups}
    first = conn.scalars(
        select(Claim.id)
        .where(
            Claim.show_id == show_id,
            _scope_filter(s),
            Claim.value_key == current,
            Claim.claim_date == since_when,
        )
        .order_by(Claim.id)
    ).all()
    newest = [cid for w, cid, _ in by_status[current].newest if w >= since_when]
    conn.execute(delete(StatusChange).where(StatusChange.id == last.id))
    conn.execute(
        delete(Fact).where(
            Fact.show_id == show_id,
            Fact.field == s.kind,
            Fact.season.is_(None) if s.season is None else Fact.season == s.season,
        )
    )
    run = (current, last.from_status, since_when, [])
    out.changes.append(_change(show_id, s, run, later[current], [*first, *newest]))
    aggs = {st: _agg_of(g, st) for st, g in by_status.items()}
    _status_facts(show_id, s, current, since_when, later, aggs, out)
    return True


def _cast(show_id: int, s: Scope, view: RowsView | GroupView, out: Built) -> None:
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
                continue  # "Nora" and "Nora Hale": a short mention, not a misspelling
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
    added: Added | None = None,
) -> None:
    """Rebuild the facts of ``scopes`` of one show (all of them when None), then its summary.

    ``added``: the scopes changed only by this new document's claims, which are folded
    into the claim groups; otherwise the scopes' groups are recounted from claims.
    ``counts=False`` skips recounting the show's documents and claims (the caller keeps
    them up to date), so a refresh costs the same for a small and a huge show."""
    if scopes is None:
        rebuild_shows(session, [show_id])
        return
    session.flush()  # the queries below read through the connection, not the ORM
    if added is None:
        recount_groups(session, show_id, scopes)
    else:
        _add_to_groups(session, show_id, added)
    groups: dict[Scope, list[Any]] = defaultdict(list)
    for g in session.connection().execute(
        select(ClaimGroup.__table__).where(
            ClaimGroup.show_id == show_id, _scopes_where(scopes, _group_filter)
        )
    ):
        groups[_scope_of_group(g)].append(g)
    built = Built()
    rest = set(scopes)
    if added is not None:
        for s in scopes:
            if (
                s.kind == "season_status"
                and s in groups
                and _status_incremental(session, show_id, s, groups[s], added, built)
            ):
                rest.discard(s)
    _delete_scopes(session, show_id, rest)
    for s, found in groups.items():
        if s.kind in LIST_VALUED:  # each value of a list field stands alone
            _list(show_id, s, GroupView(session, show_id, s, found), built)
        elif s in rest:
            _build(show_id, s, GroupView(session, show_id, s, found), built)
    _materialize(session, built)
    summarize(session, show_id, titles=titles, counts=counts)


def _build(show_id: int, s: Scope, view: RowsView | GroupView, built: Built) -> None:
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
    per_show: dict[int, list[Row]] = defaultdict(list)
    for show_id, row in _claim_rows(session, Claim.show_id.in_(show_ids)):
        per_show[show_id].append(row)
    _write_groups(session, show_ids, per_show)
    built = Built()
    for show_id, rows in per_show.items():
        scopes: dict[Scope, list[Row]] = defaultdict(list)
        for row in rows:
            scopes[scope_of(row.kind, row.season, row.key, row.character_id)].append(row)
        for s, members in scopes.items():
            _build(show_id, s, RowsView(members), built)
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
