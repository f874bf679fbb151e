"""Knowledge-base objects as rich tables for the terminal (the CLI's `shows`, `show`,
`timeline`, `check` and `ingest` output).

Everything here comes from scraped text: it is stripped of control characters
(no terminal escape sequences) and escaped for rich markup before printing.
"""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(value: Any) -> str:
    """Scraped text, fit to print: no control characters, rich markup escaped."""
    if value is None:
        return ""
    return escape(_CONTROL.sub("", str(value)))


def where(src: dict[str, Any]) -> str:
    return safe(src.get("url") or src.get("path") or src.get("title") or "?")


def cite(sources: list[dict[str, Any]] | None, limit: int = 2) -> str:
    """'“sentence” — url (date)' lines for the first sources."""
    lines = []
    for src in (sources or [])[:limit]:
        date = f" ({safe(src.get('date'))})" if src.get("date") else ""
        lines.append(f"[dim]“{safe(src.get('evidence'))}” — {where(src)}{date}[/dim]")
    more = len(sources or []) - limit
    if more > 0:
        lines.append(f"[dim]… and {more} more[/dim]")
    return "\n".join(lines)


def print_summary(console: Console, summary: dict[str, Any]) -> None:
    table = Table(title="ingest", show_header=False)
    for key in ("documents", "new_documents", "unchanged", "claims", "skipped"):
        table.add_row(key.replace("_", " "), str(summary[key]))
    table.add_row("errors", str(len(summary["errors"])))
    console.print(table)
    for err in summary["errors"]:
        console.print(f"[red]error[/red] {safe(err['source'])}: {safe(err['reason'])}")


def print_shows(console: Console, shows: list[dict[str, Any]]) -> None:
    table = Table(title=f"{len(shows)} shows")
    for col in ("show", "network", "status", "since", "documents"):
        table.add_column(col)
    for s in shows:
        st = s.get("status")
        status = f"season {st['season']}: {safe(st['status'])}" if st else ""
        table.add_row(
            safe(s["title"]),
            safe(s.get("network")),
            status,
            safe(st.get("date") if st else ""),
            str(s.get("documents", "")),
        )
    console.print(table)


def print_show(console: Console, f: dict[str, Any]) -> None:
    title = safe(f["title"]) + (f" ({f['year']})" if f.get("year") else "")
    console.print(f"[bold]{title}[/bold]  [dim]{safe(f['slug'])}[/dim]")
    if len(f.get("aliases") or []) > 1:
        console.print("also: " + ", ".join(safe(a) for a in f["aliases"]))
    facts = Table(show_header=True, title="facts")
    for col in ("fact", "value", "support", "evidence"):
        facts.add_column(col, overflow="fold")
    if f.get("status"):
        st = f["status"]
        facts.add_row(
            "status",
            f"season {st['season']}: {safe(st['status'])} (since {safe(st['date'])})",
            str(st.get("support")),
            cite(st.get("sources")),
        )
    for name in ("network", "premiere"):
        if f.get(name):
            facts.add_row(
                name, safe(f[name]["value"]), str(f[name]["support"]), cite(f[name]["sources"])
            )
    for g in f.get("genres") or []:
        facts.add_row("genre", safe(g["value"]), str(g["support"]), cite(g["sources"], 1))
    for s in f.get("seasons") or []:
        if s.get("status"):
            facts.add_row(
                f"season {s['number']}",
                f"{safe(s['status'])} (since {safe(s.get('date'))})",
                str(s.get("support")),
                cite(s.get("sources")),
            )
        for extra in ("release_date", "episode_count"):
            if s.get(extra):
                facts.add_row(
                    f"season {s['number']} {extra.replace('_', ' ')}",
                    safe(s[extra]["value"]),
                    str(s[extra]["support"]),
                    cite(s[extra]["sources"], 1),
                )
    console.print(facts)
    if f.get("cast"):
        cast = Table(title="cast")
        for col in ("actor", "character", "support", "evidence"):
            cast.add_column(col, overflow="fold")
        for c in f["cast"]:
            role = safe(c.get("character"))
            if c.get("since") or c.get("until"):
                role += f" [dim]({safe(c.get('since') or '…')} – {safe(c.get('until') or 'now')})"
                role += "[/dim]"
            cast.add_row(safe(c.get("actor")), role, str(c["support"]), cite(c["sources"], 1))
        console.print(cast)
    if f.get("relations"):
        rel = Table(title="relations")
        for col in ("who", "relation", "of whom", "evidence"):
            rel.add_column(col, overflow="fold")
        for r in f["relations"]:
            rel.add_row(
                safe(r["subject"]), safe(r["relation"]), safe(r["object"]), cite(r["sources"], 1)
            )
        console.print(rel)
    print_timeline(console, f.get("timeline") or [])
    print_conflicts(console, f.get("conflicts") or [])


def print_timeline(console: Console, timeline: list[dict[str, Any]]) -> None:
    if not timeline:
        return
    table = Table(title="timeline")
    for col in ("date", "season", "change", "support", "evidence"):
        table.add_column(col, overflow="fold")
    for t in timeline:
        change = (f"{safe(t['from'])} → " if t.get("from") else "") + safe(t["status"])
        table.add_row(
            safe(t["date"]), str(t["season"]), change, str(t.get("support", "")), cite(t["sources"])
        )
    console.print(table)


def print_conflicts(console: Console, conflicts: list[dict[str, Any]]) -> None:
    if not conflicts:
        return
    table = Table(title="conflicts")
    for col in ("field", "chosen", "reason", "values"):
        table.add_column(col, overflow="fold")
    for c in conflicts:
        field = safe(c["field"]) + (f" (season {c['season']})" if c.get("season") else "")
        values = "\n".join(
            f"{safe(v['value'])}: {v.get('support')} — {cite(v.get('sources'), 1)}"
            for v in c["values"]
        )
        table.add_row(field, safe(c.get("chosen")), safe(c.get("reason")), values)
    console.print(table)


def print_findings(console: Console, findings: list[dict[str, Any]]) -> None:
    if not findings:
        console.print("[green]no findings[/green]")
        return
    for f in findings:
        show = f" [dim]{safe(f['show'])}[/dim]" if f.get("show") else ""
        console.print(f"[yellow]{safe(f['kind'])}[/yellow]{show}: {safe(f['message'])}")
        if f.get("sentence"):
            console.print(f"  article: “{safe(f['sentence'])}”")
        for src in f.get("evidence") or []:
            console.print(f"  evidence: “{safe(src.get('evidence'))}” — {where(src)}")
