"""The one Jinja2 environment (autoescape on) shared by the web pages and the brief."""

from __future__ import annotations

from datetime import date
from functools import cache
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def nice_date(value: str | None) -> str:
    """ "2020-02-01" -> "1 February 2020"; partial dates keep what they have."""
    if not value:
        return "undated"
    text = str(value)[:10]
    parts = text.split("-")
    try:
        if len(parts) == 3:
            d = date.fromisoformat(text)
            return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
    except (ValueError, IndexError):
        return text
    return text


def safe_url(value: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (no javascript:, data:, ...)."""
    if not value:
        return None
    text = str(value).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in text for ch in "\x00\r\n\t"):
        return None
    return text


def path_part(value: object) -> str:
    """A value made safe as one URL path segment (slugs come from article text)."""
    return quote(str(value), safe="")


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("knowsofar.serve", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["nicedate"] = nice_date
    env.filters["safe_url"] = safe_url
    env.filters["pathpart"] = path_part
    return env
