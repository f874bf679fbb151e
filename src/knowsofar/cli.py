"""The command line: one command, many verbs. Each verb builds a Knowsofar and
calls one library method; errors become clean messages and exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from knowsofar.core import Knowsofar, KnowsofarError

app = typer.Typer(
    help="knowsofar: has my show been renewed? Everything we know so far, with sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .md, .html).")]


def fail(message: str, code: int = 1) -> None:
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.command()
def extract(
    paths: Paths,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per document.")] = False,
) -> None:
    """Extract claims from documents and print them (the extract contract).

    Example: knowsofar extract articles/ --jsonl
    """
    ks = Knowsofar()
    failed = 0
    try:
        for ex in ks.extract(paths):
            obj = ex.to_contract()
            failed += bool(ex.error)
            if jsonl:
                sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
            else:
                _print_extraction(obj)
            sys.stdout.flush()
    except KnowsofarError as exc:
        fail(str(exc))
    raise typer.Exit(1 if failed else 0)


def _print_extraction(obj: dict) -> None:
    src = obj["source"]
    typer.secho(src.get("path") or src.get("url") or "?", bold=True)
    if obj.get("error"):
        typer.secho(f"  error: {obj['error']}", fg=typer.colors.RED)
    for show in obj["shows"]:
        typer.echo(f"  {show['title']}" + (f" ({show['network']})" if show["network"] else ""))
        for s in show["seasons"]:
            typer.echo(f"    season {s['number']}: {s['status']}")
        for c in show["cast"]:
            typer.echo(f"    {c['actor']} as {c['character']}")
        for c in show["conflicts"]:
            typer.echo(f"    note: {' / '.join(c['seen'])} -> {c['chosen']}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
