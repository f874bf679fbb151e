"""Atom feeds of status changes (all shows, one show, one network).

Built with ElementTree, which escapes every text and attribute it writes; entry content is
plain text (type="text"), so nothing from an article can become markup in a feed reader.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import quote

from knowsofar.serve.templating import safe_url

ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 cannot carry at all (not even escaped); article text may have them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EPOCH = "1970-01-01T00:00:00Z"


def _timestamp(day: str | None) -> str:
    """An Atom date-time from a (possibly partial) ISO date."""
    if not day:
        return EPOCH
    text = str(day)
    if "T" in text:
        return text if text.endswith("Z") or "+" in text[10:] else text + "Z"
    parts = (text[:10].split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]:0>2}-{parts[2]:0>2}T00:00:00Z"


def _x(text: object) -> str:
    return _NOT_XML.sub("", str(text))


def entry_id(change: dict[str, Any]) -> str:
    """A stable id: the same change in the same show gets the same id on every fetch."""
    return (
        f"tag:knowsofar,2026:{quote(str(change.get('slug')), safe='')}/season-"
        f"{change.get('season')}/{change.get('to')}/{change.get('date') or 'undated'}"
    )


def change_summary(change: dict[str, Any]) -> str:
    was = f" (was {change['from']})" if change.get("from") else ""
    season = f" season {change['season']}" if change.get("season") is not None else ""
    return f"{change.get('title')}{season}: {change.get('to')}{was}"


def atom_feed(changes: list[dict[str, Any]], *, title: str, self_url: str, base_url: str) -> bytes:
    """An Atom document for ``changes`` (KB ``status_changes`` items), newest first."""
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = self_url
    ET.SubElement(feed, f"{{{ATOM}}}title").text = _x(title)
    newest = max((_timestamp(c.get("date")) for c in changes), default=EPOCH)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = newest
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=base + "/")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "knowsofar"
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "knowsofar"
    for change in changes:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = entry_id(change)
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _x(change_summary(change))
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _timestamp(change.get("date"))
        page = f"{base}/shows/{quote(str(change.get('slug')), safe='')}"
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=page)
        if change.get("network"):
            ET.SubElement(entry, f"{{{ATOM}}}category", term=_x(change["network"]))
        ET.SubElement(entry, f"{{{ATOM}}}category", term=_x(change.get("to")))
        lines = [change_summary(change) + "."]
        for source in change.get("sources") or []:
            where = safe_url(source.get("url")) or source.get("title") or source.get("path") or ""
            quote_text = " ".join(str(source.get("evidence") or "").split())
            lines.append(f"“{quote_text}” ({where}, {source.get('date') or 'undated'})")
            if safe_url(source.get("url")):
                ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", href=source["url"])
        ET.SubElement(entry, f"{{{ATOM}}}content", type="text").text = _x("\n".join(lines))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
