"""Which network names are one service under two names (networks.json's "formerly":
"HBO Max" became "Max"). Free of spaCy, so a claims summary can ask it without loading
the extractor."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def network_file() -> dict[str, Any]:
    """networks.json, read once per process (the extractor's network vocabulary too)."""
    return json.loads(
        resources.files("knowsofar.data").joinpath("networks.json").read_text("utf-8")
    )


@cache
def _homes() -> dict[str, str]:
    """network -> the name it has now (a renamed service's old names included)."""
    return {old: e["name"] for e in network_file()["networks"] for old in e.get("formerly", ())}


def same_home(a: str | None, b: str | None) -> bool:
    """Whether two networks are one service under two names ("HBO Max" and "Max")."""
    homes = _homes()
    return a is not None and b is not None and homes.get(a, a) == homes.get(b, b)
