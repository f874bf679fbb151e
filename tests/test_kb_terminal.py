"""Scraped text printed by the CLI cannot style or control the terminal."""

from __future__ import annotations

from kb_factory import article, cast, status
from rich.console import Console

from knowsofar.kb.store import KnowledgeBase
from knowsofar.kb.terminal import print_show, print_timeline, safe

HOSTILE = "[bold red]Renewed![/bold red] \x1b[2J\x1b[31mgotcha\x07"


def test_safe_escapes_markup_and_strips_control_characters() -> None:
    out = safe(HOSTILE)
    assert "\x1b" not in out and "\x07" not in out
    assert out.startswith("\\[bold red]")


def test_show_prints_hostile_evidence_as_plain_text(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://evil.example/x",
            "2024-01-01",
            status("Hacks", 4, "renewed", HOSTILE),
            cast("Hacks", "Jean Smart", "Deborah [link=https://evil.example]Vance[/link]"),
        )
    )
    console = Console(record=True, width=200, color_system=None)
    facts = kb.show_facts("hacks")
    print_show(console, facts)
    print_timeline(console, facts["timeline"])
    text = console.export_text()
    assert "[bold red]Renewed![/bold red]" in text  # shown literally, not as style
    assert "[link=https://evil.example]Vance[/link]" in text
    assert "\x1b" not in text and "\x07" not in text
