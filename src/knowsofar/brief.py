"""The "Harbor Lights Season 2: Everything We Know So Far" brief, from a show's facts.

:func:`build_brief` turns the KB's ``show_facts`` object into the brief's sections (the
questions fans ask, each answer cited); :func:`to_markdown` and :func:`to_html` write it
out. The web app's show page renders the same brief object, so page, JSON twin and the
``knowsofar brief`` file always agree.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from knowsofar.serve.svg import relations_graph_svg, status_timeline_svg
from knowsofar.serve.templating import environment, nice_date, safe_url

if TYPE_CHECKING:
    from knowsofar.kb.store import KnowledgeBase

BADGES = {
    "renewed": "Renewed",
    "canceled": "Canceled",
    "ended": "Final season",
    "pending": "Awaiting decision",
    None: "No news yet",
}


def choose_season(facts: dict[str, Any], season: int | None = None) -> int | None:
    """The season the brief is about: the one asked for, else the headline status's, else
    the highest season any source mentions."""
    if season is not None:
        return season
    status = facts.get("status") or {}
    if status.get("season") is not None:
        return int(status["season"])
    numbers = [s["number"] for s in facts.get("seasons") or [] if s.get("number") is not None]
    return max(numbers) if numbers else None


def brief_title(facts: dict[str, Any], season: int | None) -> str:
    what = f"{facts['title']} Season {season}" if season is not None else facts["title"]
    return f"{what}: Everything We Know So Far"


class _Citations:
    """Numbers each source document once, in the order of the show's source list."""

    def __init__(self, sources: list[dict[str, Any]]) -> None:
        self.items: list[dict[str, Any]] = []
        self.by_doc: dict[Any, int] = {}
        for s in sources:
            self.cite(s)

    def cite(self, source: dict[str, Any]) -> int:
        key = source.get("document_id") or source.get("url") or source.get("path")
        if key not in self.by_doc:
            self.by_doc[key] = len(self.items) + 1
            self.items.append(
                {
                    "n": len(self.items) + 1,
                    "document_id": source.get("document_id"),
                    "title": source.get("title") or source.get("url") or source.get("path"),
                    "url": safe_url(source.get("url")),
                    "path": source.get("path"),
                    "date": source.get("date"),
                }
            )
        return self.by_doc[key]

    def quotes(self, sources: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        """Each source's evidence sentence with its citation number (one per document)."""
        seen: set[int] = set()
        out = []
        for s in sources or []:
            n = self.cite(s)
            if n in seen:
                continue
            seen.add(n)
            out.append({"n": n, "text": s.get("evidence") or "", "date": s.get("date")})
        return out

    def numbers(self, sources: list[dict[str, Any]] | None) -> list[int]:
        return sorted({self.cite(s) for s in sources or []})


def _season(facts: dict[str, Any], number: int | None) -> dict[str, Any] | None:
    for s in facts.get("seasons") or []:
        if s.get("number") == number:
            return s
    return None


def _renewal_answer(title: str, season: int | None, status: str | None, date: str | None) -> str:
    when = f" (reported {nice_date(date)})" if date else ""
    which = f"season {season}" if season is not None else "a new season"
    if status == "renewed":
        return f"Yes. {title} has been renewed for {which}{when}."
    if status == "canceled":
        return f"No. {title} has been canceled: there will be no {which}{when}."
    if status == "ended":
        return f"Yes, and it is the last: {which} is the final season of {title}{when}."
    if status == "pending":
        return f"Not yet. No decision on {which} of {title} has been announced."
    return f"No news yet: none of our sources says whether {title} gets {which}."


def _fact_value(fact: dict[str, Any] | None) -> Any:
    return fact.get("value") if fact else None


def build_brief(
    facts: dict[str, Any],
    season: int | None = None,
    recommendations: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Everything the brief shows, as one JSON-able object; every quote and fact cited by
    number into ``sources``. The show page renders it; its JSON twin carries its head."""
    number = choose_season(facts, season)
    cites = _Citations(facts.get("sources") or [])
    title = facts["title"]
    entry = _season(facts, number)
    headline = facts.get("status") or {}
    if entry is None and headline.get("season") == number:
        entry = headline
    status = entry.get("status") if entry else None
    decided = entry.get("date") if entry else None

    renewal = {
        "season": number,
        "status": status,
        "badge": BADGES.get(status, status or BADGES[None]),
        "date": decided,
        "answer": _renewal_answer(title, number, status, decided),
        "quotes": cites.quotes(entry.get("sources") if entry else None),
    }

    # A later season's premiere date, or a release date for it: either answers "when".
    release_fact = (entry.get("release_date") or entry.get("premiere")) if entry else None
    episodes_fact = entry.get("episode_count") if entry else None
    premiere = facts.get("premiere")
    network = facts.get("network")
    if status == "canceled":
        release_answer = f"It will not come out: season {number} was canceled."
    elif release_fact:
        when = str(release_fact["value"])
        past = when[:10] <= datetime.now(UTC).date().isoformat()[: len(when[:10])]
        verb = "came out" if past else "comes out"
        release_answer = (
            f"Season {number} {verb} {'in' if len(when) < 10 else 'on'} {nice_date(when)}."
        )
    elif number is not None:
        release_answer = f"No release date for season {number} has been reported yet."
    else:
        release_answer = "No release date has been reported yet."
    first = []
    if premiere:
        on = f" on {network['value']}" if network else ""
        first.append(f"{title} premiered{on} on {nice_date(premiere['value'])}.")
    elif network:
        first.append(f"{title} is on {network['value']}.")
    release = {
        "answer": release_answer,
        "about_the_show": " ".join(first),
        "release_date": _fact_value(release_fact),
        "release_date_cites": cites.numbers(release_fact.get("sources") if release_fact else []),
        "episode_count": _fact_value(episodes_fact),
        "episode_count_cites": cites.numbers(episodes_fact.get("sources") if episodes_fact else []),
        "premiere": _fact_value(premiere),
        "premiere_cites": cites.numbers(premiere.get("sources") if premiere else []),
        "network": _fact_value(network),
        "network_cites": cites.numbers(network.get("sources") if network else []),
    }

    plot = [
        {"text": p.get("text", ""), "cites": cites.numbers(p.get("sources"))}
        for p in facts.get("plot") or []
    ]
    cast = [
        {
            "actor": c.get("actor"),
            "actor_slug": c.get("actor_slug"),
            "character": c.get("character"),
            "returning": {True: "returning", False: "new"}.get(c.get("returning"), "not said"),
            "cites": cites.numbers(c.get("sources")),
        }
        for c in facts.get("cast") or []
    ]
    relations = [
        {
            "subject": r.get("subject"),
            "relation": r.get("relation"),
            "object": r.get("object"),
            "cites": cites.numbers(r.get("sources")),
        }
        for r in facts.get("relations") or []
    ]
    timeline = [
        {
            "date": e.get("date"),
            "season": e.get("season"),
            "status": e.get("status"),
            "cites": cites.numbers(e.get("sources")),
            "quotes": cites.quotes(e.get("sources")),
        }
        for e in facts.get("timeline") or []
    ]
    trailers = [
        {
            "url": safe_url(t.get("url")),
            "text": t.get("url"),
            "cites": cites.numbers(t.get("sources")),
        }
        for t in facts.get("trailers") or []
    ]
    conflicts = [
        {
            "field": c.get("field"),
            "season": c.get("season"),
            "chosen": c.get("chosen"),
            "reason": c.get("reason"),
            "values": [
                {
                    "value": v.get("value"),
                    "support": v.get("support"),
                    "cites": cites.numbers(v.get("sources")),
                }
                for v in c.get("values") or []
            ],
        }
        for c in facts.get("conflicts") or []
    ]
    return {
        "title": brief_title(facts, number),
        "show": {"slug": facts["slug"], "title": title, "aliases": facts.get("aliases") or []},
        "season": number,
        "renewal": renewal,
        "release": release,
        "genres": [g.get("value") for g in facts.get("genres") or []],
        "plot": plot,
        "cast": cast,
        "relations": relations,
        "timeline": timeline,
        "trailers": trailers,
        "conflicts": conflicts,
        "recommended": recommendations or [],
        "sources": cites.items,
    }


def pictures(brief: dict[str, Any]) -> dict[str, str]:
    """The brief's SVG pictures (kept out of the JSON object: they are drawings of it)."""
    cast = [{"character": c["character"], "actor": c["actor"]} for c in brief["cast"]]
    return {
        "relations": relations_graph_svg(brief["relations"], cast),
        "timeline": status_timeline_svg(brief["timeline"]),
    }


# -- markdown ----------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def md(text: object) -> str:
    """Article text made inert in markdown: no links, HTML, emphasis or headings."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _md_link(url: str | None, fallback: str | None = "") -> str:
    """An autolink for a checked http(s) URL; text when it could break out of one."""
    if url and re.fullmatch(r"[^\s<>\\]+", url):
        return f"<{url}>"
    return md(url or fallback or "")


def _md_cites(numbers: list[int]) -> str:
    return "".join(f" [{n}]" for n in numbers)


def to_markdown(brief: dict[str, Any]) -> str:
    """The brief as markdown for an editor to start from."""
    r = brief["renewal"]
    out: list[str] = [f"# {md(brief['title'])}", ""]
    out += ["## Has it been renewed?", "", f"**{md(r['badge'])}**. {md(r['answer'])}", ""]
    for q in r["quotes"]:
        out.append(f'> "{md(q["text"])}" [{q["n"]}]')
        out.append("")
    rel = brief["release"]
    out += ["## When does it come out?", "", md(rel["answer"])]
    if rel["about_the_show"]:
        out.append(md(rel["about_the_show"]) + _md_cites(rel["premiere_cites"]))
    if rel["episode_count"]:
        out.append(f"Episodes: {md(rel['episode_count'])}" + _md_cites(rel["episode_count_cites"]))
    out.append("")
    out += ["## What is the plot?", ""]
    out += [f"- {md(p['text'])}{_md_cites(p['cites'])}" for p in brief["plot"]] or [
        "No source describes the plot yet."
    ]
    out.append("")
    out += ["## Who is in the cast?", ""]
    if brief["cast"]:
        out += ["| Actor | Character | New or returning | Sources |", "|---|---|---|---|"]
        for c in brief["cast"]:
            cites = ", ".join(str(n) for n in c["cites"])
            out.append(f"| {md(c['actor'])} | {md(c['character'])} | {c['returning']} | {cites} |")
    else:
        out.append("No cast reported yet.")
    out.append("")
    if brief["relations"]:
        out += ["## How the characters are related", ""]
        out += [
            f"- {md(x['subject'])} is the {md(x['relation'])} of {md(x['object'])}"
            f"{_md_cites(x['cites'])}"
            for x in brief["relations"]
        ]
        out.append("")
    out += ["## Status timeline", ""]
    out += [
        f"- {nice_date(e['date'])}: "
        + (f"season {e['season']} " if e["season"] is not None else "")
        + f"{md(e['status'])}{_md_cites(e['cites'])}"
        for e in brief["timeline"]
    ] or ["No status news yet."]
    out.append("")
    if brief["trailers"]:
        out += ["## Trailer", ""]
        for t in brief["trailers"]:
            link = _md_link(t["url"], t["text"])
            out.append(f"- {link}{_md_cites(t['cites'])}")
        out.append("")
    if brief["conflicts"]:
        out += ["## What the sources disagree about", ""]
        for c in brief["conflicts"]:
            seen = "; ".join(
                f"{md(v['value'])} ({v['support']}){_md_cites(v['cites'])}" for v in c["values"]
            )
            season = f" (season {c['season']})" if c["season"] is not None else ""
            out.append(
                f"- {md(c['field'])}{season}: {seen}. We go with **{md(c['chosen'])}**"
                + (f": {md(c['reason'])}" if c.get("reason") else "")
            )
        out.append("")
    if brief["recommended"]:
        out += ["## Recommended for you", ""]
        out += [f"- {md(x['title'])}: {md(x['why'])}" for x in brief["recommended"]]
        out.append("")
    out += ["## Sources", ""]
    for s in brief["sources"]:
        where = _md_link(s["url"], s["path"])
        out.append(f"{s['n']}. {md(s['title'] or '')} ({nice_date(s['date'])}) {where}".rstrip())
    return "\n".join(out).rstrip() + "\n"


def to_html(brief: dict[str, Any], *, standalone: bool = True) -> str:
    """The brief as HTML: a whole page to save (standalone) or the show page's body."""
    env = environment()
    name = "brief_standalone.html" if standalone else "_brief.html"
    # A saved file has no server behind it: its style sheet goes inside it.
    css = resources.files("knowsofar.serve").joinpath("static/style.css").read_text("utf-8")
    return env.get_template(name).render(
        brief=brief, pictures=pictures(brief), site_links=False, css=css
    )


def write_brief(kb: KnowledgeBase, title: str, season: int | None = None, fmt: str = "md") -> str:
    """The brief for the show called ``title`` (forgiving of typos), as "md" or "html".

    Raises LookupError when no show matches and ValueError for an unknown format.
    """
    if fmt not in ("md", "html"):
        raise ValueError(f"unknown brief format {fmt!r}: use md or html")
    found = kb.find_show(title)
    facts = kb.show_facts(found["slug"]) if found else None
    if facts is None:
        raise LookupError(f"no show like {title!r}: `knowsofar shows` lists the ones we know")
    from knowsofar.recommend import recommend_from_kb

    brief = build_brief(facts, season, recommend_from_kb(kb, facts["slug"]))
    return to_markdown(brief) if fmt == "md" else to_html(brief)
