"""Small pictures drawn as SVG text: the status timeline and the character-relations graph.

Every piece of text here comes from articles, so it is escaped on the way in; the only
links drawn are in-page anchors we make ourselves. Colours are presentation attributes,
not ``style=`` attributes, so the pages' Content-Security-Policy needs no 'unsafe-inline'.
"""

from __future__ import annotations

import math
from datetime import date
from html import escape
from typing import Any

STATUS_COLOURS = {
    "renewed": "#1a7f37",
    "canceled": "#cf222e",
    "ended": "#6e40c9",
    "pending": "#9a6700",
}
_DEFAULT_COLOUR = "#57606a"
_FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"


def _t(text: object) -> str:
    """Text (or an attribute value) made safe for SVG/XML."""
    return escape(str(text), quote=True)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def status_timeline_svg(
    timeline: list[dict[str, Any]], *, width: int = 640, anchor_prefix: str = "event-"
) -> str:
    """A horizontal time axis with one dot per status event, linked to the list below it.

    ``timeline`` items look like ``{"date", "season", "status"}`` (the KB's timeline).
    Undated events are drawn after the dated ones, in order. Returns "" when empty.
    """
    if not timeline:
        return ""
    left, right, axis_y = 24, 24, 58
    days = [_parse_day(e.get("date")) for e in timeline]
    dated = [d for d in days if d]
    span_start = min(dated) if dated else None
    span = (max(dated) - span_start).days if dated and span_start else 0
    inner = width - left - right
    xs: list[float] = []
    for i, d in enumerate(days):
        if d and span_start and span > 0:
            xs.append(left + inner * (d - span_start).days / span)
        else:  # all on one day, or undated: spread evenly in list order
            xs.append(left + (inner * i / (len(days) - 1) if len(days) > 1 else inner / 2))
    height = 112
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMidYMid meet">',
        "<title>Status timeline</title>",
        f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" '
        f'stroke="#8c959f" stroke-width="2"/>',
    ]
    for i, (event, x) in enumerate(zip(timeline, xs, strict=True)):
        status = str(event.get("status") or "")
        colour = STATUS_COLOURS.get(status, _DEFAULT_COLOUR)
        season = event.get("season")
        label = f"S{season} {status}" if season is not None else status
        when = str(event.get("date") or "undated")
        # Alternate labels above and below the axis so close events stay readable.
        above = i % 2 == 0
        ly = axis_y - 24 if above else axis_y + 32
        dy = axis_y - 10 if above else axis_y + 48
        anchor = "start" if x < left + 40 else ("end" if x > width - right - 40 else "middle")
        parts.append(
            f'<a href="#{_t(anchor_prefix)}{i}"><g class="event">'
            f"<title>{_t(label)} ({_t(when)})</title>"
            f'<circle cx="{x:.1f}" cy="{axis_y}" r="8" fill="{colour}" '
            f'stroke="#ffffff" stroke-width="2"/>'
            f'<text x="{x:.1f}" y="{ly}" text-anchor="{anchor}" font-family="{_FONT}" '
            f'font-size="15" font-weight="600" fill="{colour}">{_t(label)}</text>'
            f'<text x="{x:.1f}" y="{dy}" text-anchor="{anchor}" font-family="{_FONT}" '
            f'font-size="13" fill="#57606a">{_t(when)}</text>'
            "</g></a>"
        )
    parts.append("</svg>")
    return "".join(parts)


def relations_graph_svg(
    relations: list[dict[str, Any]],
    cast: list[dict[str, Any]] | None = None,
    *,
    size: int = 520,
    max_nodes: int = 16,
) -> str:
    """Characters as labelled nodes on a circle, relations as labelled lines between them.

    ``relations`` items: ``{"subject", "relation", "object"}``; ``cast`` (optional) adds
    each character's actor under the name. Returns "" when there are no relations.
    """
    if not relations:
        return ""
    actors = {
        str(c.get("character")): str(c.get("actor")) for c in cast or [] if c.get("character")
    }
    names: list[str] = []
    for r in relations:
        for who in (str(r.get("subject")), str(r.get("object"))):
            if who not in names:
                names.append(who)
    names = names[:max_nodes]
    n = len(names)
    pos: dict[str, tuple[float, float]] = {}
    if n <= 2:
        # Two people side by side: a short wide picture, not a big empty circle.
        width, height = size, 150
        cy = height / 2 - 10
        for i, name in enumerate(names):
            pos[name] = (width * (0.2 + 0.6 * i), cy)
        cy = -1.0  # every label goes below its node
    else:
        width = height = min(size, 280 + 30 * n)
        cx = cy = width / 2
        radius = width / 2 - 80
        for i, name in enumerate(names):
            angle = -math.pi / 2 + 2 * math.pi * i / n
            pos[name] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="relations" role="img" '
        f'viewBox="0 0 {width} {height:.0f}" width="100%" preserveAspectRatio="xMidYMid meet">',
        "<title>How the characters are related</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'fill="#8c959f"/></marker></defs>',
    ]
    for r in relations:
        a, b = str(r.get("subject")), str(r.get("object"))
        if a not in pos or b not in pos or a == b:
            continue
        (x1, y1), (x2, y2) = pos[a], pos[b]
        # Stop the line at the edge of the node circles so the arrow head shows.
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        sx, sy, ex, ey = x1 + ux * 14, y1 + uy * 14, x2 - ux * 16, y2 - uy * 16
        mx, my = (sx + ex) / 2, (sy + ey) / 2
        rel = _short(str(r.get("relation") or ""), 24)
        parts.append(
            f'<g class="edge"><title>{_t(a)} is {_t(rel)} of {_t(b)}</title>'
            f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="#8c959f" '
            f'stroke-width="1.5" marker-end="url(#arrow)"/>'
            f'<text x="{mx:.1f}" y="{my - 4:.1f}" text-anchor="middle" font-family="{_FONT}" '
            f'font-size="13" fill="#0969da" stroke="#ffffff" stroke-width="3" '
            f'paint-order="stroke">{_t(rel)}</text></g>'
        )
    for name in names:
        x, y = pos[name]
        # Names go outside the circle: below the lower nodes, above the upper ones.
        below = y >= cy
        ty = y + 30 if below else y - 34
        parts.append(
            f'<g class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="12" fill="#ddf4ff" '
            f'stroke="#0969da" stroke-width="2"/>'
            f'<text x="{x:.1f}" y="{ty:.1f}" text-anchor="middle" font-family="{_FONT}" '
            f'font-size="15" font-weight="600" fill="#1f2328">{_t(_short(name, 26))}</text>'
        )
        if name in actors:
            parts.append(
                f'<text x="{x:.1f}" y="{ty + 16:.1f}" text-anchor="middle" '
                f'font-family="{_FONT}" font-size="13" fill="#57606a">'
                f"{_t(_short(actors[name], 30))}</text>"
            )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
