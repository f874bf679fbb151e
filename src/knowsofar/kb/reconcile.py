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
from typing import Any

from sqlalchemy import and_, delete, func, or_, select
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


# -- loading ------------------------------------------------------------------

_ORIGIN = func.coalesce(Document.duplicate_of, Document.id)


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


def _rows(session: Session, show_id: int, scopes: Iterable[Scope] | None) -> list[Row]:
    q = (
        select(
            Claim.id,
            Claim.kind,
            Claim.season,
            Claim.value_key,
            Claim.person_id,
            Claim.character_id,
            _ORIGIN,
            Document.date,
            Claim.claim_date,
        )
        .join(Document, Document.id == Claim.document_id)
        .where(Claim.show_id == show_id)
    )
    if scopes is not None:
        conds = [_scope_filter(s) for s in scopes]
        if not conds:
            return []
        q = q.where(or_(*conds))
    return [
        Row(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8] or r[7] or "")
        for r in session.execute(q)
    ]


def _scope_filter(s: Scope):
    cond = [Claim.kind == s.kind]
    if s.kind not in SHOW_LEVEL:
        cond.append(Claim.season.is_(None) if s.season is None else Claim.season == s.season)
    if s.kind == "cast":
        if s.sub.startswith("c"):
            cond.append(Claim.character_id == int(s.sub[1:]))
        else:
            cond += [Claim.character_id.is_(None), Claim.value_key == s.sub[1:]]
    elif s.kind in LIST_VALUED:
        cond.append(Claim.value_key == s.sub)
    return and_(*cond)


@dataclass
class Agg:
    """Claims that say one value."""

    key: str
    origins: dict[int, tuple[str, int]] = field(default_factory=dict)  # origin -> (when, claim)
    first_seen: str = ""
    last_seen: str = ""
    example: tuple[str, int] = ("", 0)  # newest claim saying exactly ``key``

    def add(self, r: Row) -> None:
        if r.key == self.key and (r.when, r.id) > self.example:
            self.example = (r.when, r.id)
        old = self.origins.get(r.origin)
        if old is None or (r.when, r.id) > old:
            self.origins[r.origin] = (r.when, r.id)
        if r.seen:
            self.first_seen = min(self.first_seen or r.seen, r.seen)
            self.last_seen = max(self.last_seen, r.seen)

    def merge(self, other: Agg) -> None:
        for origin, v in other.origins.items():
            if origin not in self.origins or v > self.origins[origin]:
                self.origins[origin] = v
        seen = [s for s in (self.first_seen, other.first_seen) if s]
        self.first_seen = min(seen) if seen else ""
        self.last_seen = max(self.last_seen, other.last_seen)

    @property
    def support(self) -> int:
        return len(self.origins)

    def picks(self, cap: int = SOURCE_CAP) -> list[int]:
        """Claim ids of the newest independent sources."""
        return [cid for _, cid in sorted(self.origins.values(), reverse=True)[:cap]]


def _aggregate(rows: Iterable[Row], by=lambda r: r.key) -> dict[Any, Agg]:
    out: dict[Any, Agg] = {}
    for r in rows:
        k = by(r)
        if k not in out:
            out[k] = Agg(key=r.key)
        out[k].add(r)
    return out


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
) -> Pending:
    picks = agg.picks()
    return Pending(
        fact={
            "show_id": show_id,
            "field": s.kind,
            "season": s.season,
            "scope": s.sub,
            "value": value or {},
            "value_key": key if key is not None else agg.key,
            "support": agg.support,
            "first_seen": agg.first_seen or None,
            "last_seen": agg.last_seen or None,
            "chosen": chosen,
            "reason": reason,
        },
        picks=picks,
        value_from=None if value else (agg.example[1] or (picks[0] if picks else None)),
    )


def _single(show_id: int, s: Scope, rows: list[Row], out: Built) -> None:
    aggs = _aggregate(rows)
    if s.kind in DATE_VALUED:
        # "2020" agrees with "2020-01-01": the less precise date supports the precise one.
        for k in sorted(aggs, key=len):
            finer = [o for o in aggs if o != k and o.startswith(k)]
            if finer:
                best = max(finer, key=lambda o: (aggs[o].support, len(o)))
                aggs[best].merge(aggs.pop(k))
    ranked = sorted(aggs.values(), key=lambda a: (a.support, a.last_seen, a.key), reverse=True)
    for i, agg in enumerate(ranked):
        reason = None
        if len(ranked) > 1:
            top, other = ranked[0], ranked[1] if i == 0 else agg
            if top.support > other.support:
                reason = f"{top.support} sources against {other.support}"
            else:
                reason = f"equally supported; the most recently reported ({top.last_seen}) wins"
        out.facts.append(_fact(show_id, s, agg, chosen=i == 0, reason=reason))


def _list(show_id: int, s: Scope, rows: list[Row], out: Built) -> None:
    for agg in _aggregate(rows).values():
        out.facts.append(_fact(show_id, s, agg))


def _status(show_id: int, s: Scope, rows: list[Row], out: Built) -> None:
    """A season's timeline: a new status takes over when, from its date on, more
    independent sources say it than the status before; the newest one standing is current."""
    latest: dict[str, dict[int, str]] = defaultdict(dict)  # status -> origin -> newest date
    for r in rows:
        latest[r.key][r.origin] = max(latest[r.key].get(r.origin, ""), r.when)
    dates = {st: sorted(d.values()) for st, d in latest.items()}

    def since(status: str, when: str) -> int:
        ds = dates.get(status, [])
        return len(ds) - bisect.bisect_left(ds, when)

    by_date: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_date[r.when].append(r)
    current: str | None = None
    runs: list[tuple[str, str | None, str, list[Row]]] = []  # (status, previous, date, rows)
    for when in sorted(by_date):
        batch = by_date[when]
        best = max({r.key for r in batch}, key=lambda st: (since(st, when), st in DECIDED, st))
        if best == current:
            continue
        if current is not None:
            if best == "pending" and current in DECIDED:
                continue  # "no decision yet" after a decision is a stale report
            if since(best, when) <= since(current, when):
                continue
        runs.append((best, current, when, [r for r in batch if r.key == best]))
        current = best
    if current is None:
        return
    for status, previous, when, batch in runs:
        agg = _aggregate(r for r in rows if r.key == status and r.when >= when)
        sources = agg[status].picks() if status in agg else [r.id for r in batch]
        first = sorted(batch, key=lambda r: r.id)[:SOURCE_CAP]
        picks = list(dict.fromkeys([r.id for r in first] + sources))[:SOURCE_CAP]
        out.changes.append(
            Pending(
                fact={
                    "show_id": show_id,
                    "season": s.season,
                    "from_status": previous,
                    "to_status": status,
                    "date": when or None,
                    "support": since(status, when),
                },
                picks=picks,
            )
        )
    since_when = runs[-1][2]
    total = _aggregate(rows)
    for status, agg in total.items():
        later = since(status, since_when)
        chosen = status == current
        reason = None
        rivals = {st: since(st, since_when) for st in total if st != current}
        contested = {st: n for st, n in rivals.items() if n}
        if chosen and contested:
            against = ", ".join(f"{n} {st}" for st, n in sorted(contested.items()))
            reason = f"newest well-supported: {later} sources since {since_when} against {against}"
        pend = _fact(
            show_id,
            s,
            agg,
            chosen=chosen,
            reason=reason,
            value={
                "status": status,
                "since": since_when if chosen else None,
                "support_since_current": later,
            },
        )
        out.facts.append(pend)


def _cast(session: Session, show_id: int, s: Scope, rows: list[Row], out: Built) -> None:
    """One character's cast: who plays it (recasts kept, with dates) and name spellings."""
    by_person = _aggregate(rows, by=lambda r: r.person_id)
    people = sorted(by_person.items(), key=lambda kv: min(w for w, _ in kv[1].origins.values()))
    spans = {
        pid: (min(w for w, _ in a.origins.values()), max(w for w, _ in a.origins.values()))
        for pid, a in people
    }
    ranked = sorted(
        by_person.items(), key=lambda kv: (kv[1].support, kv[1].last_seen), reverse=True
    )
    recast = len(people) > 1 and all(
        spans[people[i][0]][1] < spans[people[i + 1][0]][0] for i in range(len(people) - 1)
    )
    character_id = rows[0].character_id if rows else None
    for i, (pid, agg) in enumerate(people):
        value: dict[str, Any] = {"person_id": pid, "character_id": character_id}
        chosen, reason = True, None
        if recast:
            value["since"] = spans[pid][0] or None
            if i + 1 < len(people):
                value["until"] = spans[people[i + 1][0]][0] or None
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
        pend.value_from = pend.picks[0] if pend.picks else None
        out.facts.append(pend)
    # Spellings: several spellings of one actor or character in the sources.
    for part, label in ((0, "actor"), (1, "character")):
        spellings = _aggregate(rows, by=lambda r, p=part: (r.person_id, r.key.split("|")[p]))
        by_entity: dict[int | None, list[tuple[str, Agg]]] = defaultdict(list)
        for (pid, spelling), agg in spellings.items():
            by_entity[pid if label == "actor" else None].append((spelling, agg))
        for entity, found in by_entity.items():
            if len({len(sp.split()) for sp, _ in found}) > 1 and len(found) == 2:
                continue  # "Kat" and "Kat Baker": a short mention, not a misspelling
            if len(found) < 2:
                continue
            found.sort(key=lambda x: (x[1].support, x[1].last_seen), reverse=True)
            merged = Agg(key=label)
            for _, a in found:
                merged.merge(a)
            value = {
                "name": label,
                "person_id": entity,
                "character_id": character_id,
                "values": [
                    {"key": sp, "support": a.support, "pick": a.picks(1)[0]} for sp, a in found
                ],
            }
            pend = _fact(
                show_id,
                Scope("spelling", None, s.sub),
                merged,
                value=value,
                key=f"{label}:{entity or character_id}",
            )
            pend.picks = [v["pick"] for v in value["values"]]
            out.facts.append(pend)


# -- the entry points -------------------------------------------------------------


def refresh(session: Session, show_id: int, scopes: set[Scope] | None = None) -> None:
    """Rebuild the facts of ``scopes`` of one show (all of them when None), then its summary."""
    full = scopes is None
    if full:
        session.execute(delete(Fact).where(Fact.show_id == show_id))
        session.execute(delete(StatusChange).where(StatusChange.show_id == show_id))
        rows = _rows(session, show_id, None)
        groups: dict[Scope, list[Row]] = defaultdict(list)
        for r in rows:
            groups[scope_of(r.kind, r.season, r.key, r.character_id)].append(r)
    else:
        if not scopes:
            return
        for s in scopes:
            _delete_scope(session, show_id, s)
        rows = _rows(session, show_id, scopes)
        groups = defaultdict(list)
        for r in rows:
            groups[scope_of(r.kind, r.season, r.key, r.character_id)].append(r)
    built = Built()
    for s, group in groups.items():
        if s.kind in SINGLE_VALUED:
            _single(show_id, s, group, built)
        elif s.kind == "season_status":
            _status(show_id, s, group, built)
        elif s.kind == "cast":
            _cast(session, show_id, s, group, built)
        else:
            _list(show_id, s, group, built)
    _materialize(session, built)
    summarize(session, show_id, titles=full)


def _delete_scope(session: Session, show_id: int, s: Scope) -> None:
    base = [Fact.show_id == show_id]
    if s.kind == "cast":
        session.execute(
            delete(Fact).where(*base, Fact.field.in_(("cast", "spelling")), Fact.scope == s.sub)
        )
        return
    season = Fact.season.is_(None) if s.season is None else Fact.season == s.season
    cond = [*base, Fact.field == s.kind, season]
    if s.sub:
        cond.append(Fact.scope == s.sub)
    session.execute(delete(Fact).where(*cond))
    if s.kind == "season_status":
        season = (
            StatusChange.season.is_(None) if s.season is None else StatusChange.season == s.season
        )
        session.execute(delete(StatusChange).where(StatusChange.show_id == show_id, season))


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
        for cid, value, evidence, claim_date, did, url, path, title, date in session.execute(q):
            out[cid] = {
                "value": value,
                "source": {
                    "document_id": did,
                    "url": url,
                    "path": path,
                    "title": title,
                    "date": date,
                    "claim_date": claim_date,
                    "evidence": evidence,
                },
            }
    return out


def summarize(session: Session, show_id: int, *, titles: bool = False) -> None:
    """The show's derived summary columns: network, headline status, counts, title."""
    show = session.get_one(Show, show_id)
    network = session.scalar(
        select(Fact.value).where(Fact.show_id == show_id, Fact.field == "network", Fact.chosen)
    )
    if network:
        show.network = network.get("network") or show.network
    head = session.execute(
        select(Fact.season, Fact.value, Fact.support)
        .where(Fact.show_id == show_id, Fact.field == "season_status", Fact.chosen)
        .order_by(Fact.season.desc().nulls_last())
        .limit(1)
    ).first()
    if head:
        show.status_season, show.status = head[0], head[1]["status"]
        show.status_date, show.status_support = (
            head[1].get("since"),
            head[1].get("support_since_current", head[2]),
        )
    else:
        show.status = show.status_season = show.status_date = show.status_support = None
    claims, documents, updated = session.execute(
        select(
            func.count(Claim.id),
            func.count(func.distinct(Claim.document_id)),
            func.max(Document.date),
        )
        .join(Document, Document.id == Claim.document_id)
        .where(Claim.show_id == show_id)
    ).one()
    show.claim_count, show.document_count, show.updated = claims, documents, updated
    if titles:
        spelled = session.execute(
            select(Claim.show_title, func.count(func.distinct(Claim.document_id)).label("n"))
            .where(Claim.show_id == show_id)
            .group_by(Claim.show_title)
            .order_by(func.count(func.distinct(Claim.document_id)).desc(), Claim.show_title)
            .limit(1)
        ).first()
        if spelled:
            from knowsofar.kb.resolve import title_qualifier

            show.title = title_qualifier(spelled[0])[0]


def rename_people(session: Session, person_ids: Iterable[int]) -> None:
    """A person is called by their most-supported full spelling."""
    for pid in set(person_ids):
        if pid is None:
            continue
        rows = session.execute(
            select(Claim.value_key, func.count(func.distinct(Claim.document_id)))
            .where(Claim.person_id == pid, Claim.kind == "cast")
            .group_by(Claim.value_key)
        ).all()
        counts: dict[str, int] = defaultdict(int)
        for key, n in rows:
            counts[key.split("|")[0]] += n
        if not counts:
            continue
        best = max(counts, key=lambda k: (len(k.split()) > 1, counts[k], k))
        from knowsofar.kb.schema import PersonAlias

        alias = session.scalar(
            select(PersonAlias.alias).where(PersonAlias.person_id == pid, PersonAlias.norm == best)
        )
        if alias:
            session.get_one(Person, pid).name = alias


def rename_characters(session: Session, character_ids: Iterable[int]) -> None:
    """A character is called by the spelling most sources use (fuller names win ties)."""
    for cid in set(character_ids):
        if cid is None:
            continue
        rows = session.execute(
            select(Claim.value_key, Claim.value, func.count(func.distinct(Claim.document_id)))
            .where(Claim.character_id == cid, Claim.kind == "cast")
            .group_by(Claim.value_key, Claim.value)
        ).all()
        counts: dict[str, list[Any]] = {}
        for key, value, n in rows:
            spelled = key.split("|")[1]
            entry = counts.setdefault(spelled, [0, value.get("character", spelled)])
            entry[0] += n
        if counts:
            best = max(counts, key=lambda k: (len(k.split()), counts[k][0], k))
            ch = session.get_one(Character, cid)
            ch.name, ch.norm = counts[best][1], best


__all__ = ["Scope", "refresh", "rename_characters", "rename_people", "scope_of", "value_key"]
