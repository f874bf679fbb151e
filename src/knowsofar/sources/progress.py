"""Progress bars for long runs (rich): count, rate and ETA on stderr, nothing when
stderr is not a terminal, so pipes, logs and tests stay clean."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

T = TypeVar("T")


class RateColumn(ProgressColumn):
    """Items per second."""

    def __init__(self, unit: str = "docs") -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None:
            return Text(f"- {self.unit}/s", style="progress.data.speed")
        return Text(f"{speed:,.1f} {self.unit}/s", style="progress.data.speed")


def progress_enabled(console: Console | None = None) -> bool:
    return (console or Console(stderr=True)).is_terminal


def track(
    items: Iterable[T],
    description: str = "reading",
    *,
    total: int | None = None,
    unit: str = "docs",
    console: Console | None = None,
    enabled: bool | None = None,
) -> Iterator[T]:
    """Yield ``items`` unchanged while a progress bar counts them.

    ``total`` gives a bar and an ETA (taken from ``len(items)`` when it has one);
    without it the bar shows the count and the rate. Off when ``enabled`` is
    False, or by default when stderr is not a terminal.
    """
    console = console or Console(stderr=True)
    if enabled is None:
        enabled = console.is_terminal
    if not enabled:
        yield from items
        return
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    columns: list[ProgressColumn] = [SpinnerColumn(), TextColumn("{task.description}")]
    if total is not None:
        columns += [BarColumn(), MofNCompleteColumn(), RateColumn(unit), TimeRemainingColumn()]
    else:
        columns += [TextColumn("{task.completed:,} " + unit), RateColumn(unit)]
    columns.append(TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)
