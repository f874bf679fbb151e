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

INPUTS_HELP = (
    "Files or folders (.txt, .md, .html), http(s) URLs, crawl files (.warc, .arc, gzipped "
    "or not) or JSON Lines (.jsonl)."
)
Paths = Annotated[list[str], typer.Argument(help=INPUTS_HELP)]
AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Let URLs reach loopback, private and link-local hosts (refused by default).",
    ),
]


def _settings(allow_private: bool = False):
    """Settings from the environment, with the fetch flag when the user gave it."""
    from dataclasses import replace

    from knowsofar.config import get_settings

    settings = get_settings()
    return replace(settings, fetch_allow_private=True) if allow_private else settings


def fail(message: str, code: int = 1) -> None:
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.command()
def extract(
    paths: Paths,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per document.")] = False,
    allow_private: AllowPrivate = False,
) -> None:
    """Extract claims from documents and print them (the extract contract).

    Example: knowsofar extract articles/ --jsonl
    """
    ks = Knowsofar(_settings(allow_private), progress=True)
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


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="A folder of gold article .json files.")],
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List what each article got wrong.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    min_status: Annotated[
        float, typer.Option("--min-status", help="Exit 1 when status F1 is below this.")
    ] = 0.0,
    min_cast: Annotated[
        float, typer.Option("--min-cast", help="Exit 1 when cast F1 is below this.")
    ] = 0.0,
) -> None:
    """Score extraction against gold files (status and cast P/R/F1, network and premiere).

    Example: knowsofar eval ../shared/eval/dev --show-errors
    """
    try:
        report = Knowsofar().evaluate(gold_dir)
    except KnowsofarError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2))
    else:
        _print_report(report, show_errors)
    ok = report.status.f1 >= min_status and report.cast.f1 >= min_cast
    raise typer.Exit(0 if ok else 1)


def _print_report(report, show_errors: bool) -> None:
    if show_errors:
        for art in report.errors:
            typer.secho(f"== {art.id}", bold=True)
            if art.error:
                typer.secho(f"  error: {art.error}", fg=typer.colors.RED)
            for kind, rows in (
                ("missed status", art.missed_status),
                ("wrong  status", art.wrong_status),
                ("missed cast  ", art.missed_cast),
                ("wrong  cast  ", art.wrong_cast),
            ):
                for row in rows:
                    typer.echo(f"  {kind} {row}")
            for title, gold, got in art.network:
                typer.echo(f"  network  {title!r}: gold {gold!r}, got {got!r}")
            for title, gold, got in art.premiere:
                typer.echo(f"  premiere {title!r}: gold {gold!r}, got {got!r}")
    s, c = report.status, report.cast
    typer.echo(f"articles {report.articles}  failed {report.failed}")
    typer.echo(
        f"status  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  "
        f"(tp {s.tp} fp {s.fp} fn {s.fn})"
    )
    typer.echo(
        f"cast    P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}  "
        f"(tp {c.tp} fp {c.fp} fn {c.fn})"
    )
    typer.echo(
        f"network acc {report.network.right}/{report.network.total}  "
        f"premiere acc {report.premiere.right}/{report.premiere.total}"
    )


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


spark_app = typer.Typer(
    help="Run knowsofar over crawl files (WARC, JSON Lines) on Apache Spark.",
    no_args_is_help=True,
)
app.add_typer(spark_app, name="spark")


@spark_app.command("extract")
def spark_extract(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Crawl files, folders of them, or listings (one path per line)."),
    ],
    out: Annotated[str, typer.Option("--out", help="Folder for the Parquet tables.")],
    master: Annotated[
        str | None, typer.Option(help="Spark master, e.g. local[2] (default: local[*]).")
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(help="Number of tasks (default: one per input file).")
    ] = None,
    base_url: Annotated[
        str | None, typer.Option(help="Prefix for crawl-data/... lines of a listing.")
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace existing output.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counters as JSON.")] = False,
) -> None:
    """Extract claims from crawl files on Spark into Parquet: documents, claims, errors.

    Example: knowsofar spark extract warc.paths.gz --out crawl-out/ --master local[2]
    """
    try:
        result = Knowsofar().spark_extract(
            inputs,
            out,
            master=master,
            partitions=partitions,
            base_url=base_url,
            overwrite=overwrite,
        )
    except KnowsofarError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(result.to_json()))
        return
    c = result.counts
    typer.echo(
        f"{result.inputs} files, {c.records} records: {c.documents} pages read, "
        f"{c.relevant} relevant, {c.extracted} extracted ({c.claims} claims), "
        f"{c.failed} errors -> {result.out}"
    )


@app.command()
def load(
    folder: Annotated[str, typer.Argument(help="Output folder of `knowsofar spark extract`.")],
    batch_size: Annotated[
        int, typer.Option(help="Rows read and checked against the knowledge base at a time.")
    ] = 500,
    errors: Annotated[
        bool, typer.Option(help="Also keep the job's error rows as error records.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Load a Spark job's Parquet output into the knowledge base, then reconcile.

    Example: knowsofar load crawl-out/
    """
    try:
        summary = Knowsofar().load(folder, batch_size=batch_size, errors=errors)
    except KnowsofarError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(summary.to_json()))
        return
    typer.echo(
        f"{summary.documents} documents: {summary.new_documents} new, {summary.changed} "
        f"changed, {summary.unchanged} unchanged; {summary.claims} claims stored; "
        f"{summary.error_rows} error rows ({summary.new_errors} new)"
    )


def _console():
    from rich.console import Console

    return Console(highlight=False)


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help=INPUTS_HELP)] = None,
    samples: Annotated[bool, typer.Option("--samples", help="Add the bundled demo news.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    allow_private: AllowPrivate = False,
) -> None:
    """Extract and store documents and their claims (the same document twice changes nothing).

    Example: knowsofar ingest articles/ https://example.com/news/renewed.html --samples
    """
    from knowsofar.kb.terminal import print_summary

    try:
        ks = Knowsofar(_settings(allow_private), progress=True)
        summary = ks.ingest(paths or [], samples=samples).to_json()
    except KnowsofarError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(summary))
    else:
        print_summary(_console(), summary)
    raise typer.Exit(1 if summary["errors"] else 0)


@app.command()
def shows(
    network: Annotated[str | None, typer.Option(help="Only this network.")] = None,
    status: Annotated[str | None, typer.Option(help="renewed, canceled, ended or pending.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many shows.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List shows with their current status.

    Example: knowsofar shows --status canceled
    """
    from knowsofar.kb.terminal import print_shows

    try:
        found = Knowsofar().shows(limit=limit, network=network, status=status)
    except KnowsofarError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False))
    else:
        print_shows(_console(), found)


@app.command()
def show(
    title: Annotated[str, typer.Argument(help="Show title (case and small typos forgiven).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print everything we know about a show, each fact with its sentence and sources.

    Example: knowsofar show "spinning out" --json
    """
    from knowsofar.kb.terminal import print_show

    try:
        facts = Knowsofar().show(title)
    except KnowsofarError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(facts, ensure_ascii=False, indent=1))
    else:
        print_show(_console(), facts)


@app.command()
def timeline(
    title: Annotated[str, typer.Argument(help="Show title.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print a show's status changes over time, with sources.

    Example: knowsofar timeline "the society"
    """
    from knowsofar.kb.terminal import print_timeline

    try:
        found = Knowsofar().timeline(title)
    except KnowsofarError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=1))
    elif not found:
        typer.echo("no status news about this show yet")
    else:
        print_timeline(_console(), found)


@app.command()
def check(
    article: Annotated[Path, typer.Argument(help="The article to check (.txt, .md, .html).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Lint an article against itself and the knowledge base: misspelled names, a character
    called two names, a status newer sources contradict, a premiere date most sources dispute.
    Exits 1 when there are findings.

    Example: knowsofar check draft.md
    """
    from knowsofar.kb.terminal import print_findings

    try:
        findings = Knowsofar().check(article)
    except KnowsofarError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(findings, ensure_ascii=False, indent=1))
    else:
        print_findings(_console(), findings)
    raise typer.Exit(1 if findings else 0)


@app.command()
def reextract(
    all_documents: Annotated[
        bool, typer.Option("--all", help="Also documents the current extractor already read.")
    ] = False,
) -> None:
    """Run the current extractor over stored documents, replace their claims, rebuild facts.

    Example: knowsofar reextract --all
    """
    from knowsofar.kb.terminal import print_summary

    try:
        summary = Knowsofar().reextract(all_documents=all_documents).to_json()
    except KnowsofarError as exc:
        fail(str(exc))
    print_summary(_console(), summary)


@app.command()
def forget(
    key: Annotated[str, typer.Argument(help="URL or path of a stored document.")],
) -> None:
    """Remove a document and its claims; the facts of the shows it touched are rebuilt.

    Example: knowsofar forget https://example.org/old-news
    """
    try:
        slugs = Knowsofar().forget(key)
    except KnowsofarError as exc:
        fail(str(exc))
    typer.echo(f"forgot {key}; rebuilt: {', '.join(slugs) or 'no shows'}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0 picks a free one).")] = 8000,
) -> None:
    """Serve the web app and JSON API (uvicorn); prints the address.

    Example: knowsofar serve --host 127.0.0.1 --port 8000
    """
    from knowsofar.serve.app import serve as run_server

    try:
        run_server(Knowsofar(), host, port, announce=typer.echo)
    except KnowsofarError as exc:
        fail(str(exc))


@app.command()
def brief(
    title: Annotated[str, typer.Argument(help="Show title (forgiving of case and typos).")],
    season: Annotated[int | None, typer.Option(help="Season (default: the newest).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
    out: Annotated[Path | None, typer.Option(help="Write to this file, not stdout.")] = None,
) -> None:
    """Write the "Season N: Everything We Know So Far" brief, every fact cited.

    Example: knowsofar brief "Spinning Out" --season 2 --format md --out brief.md
    """
    try:
        text = Knowsofar().brief(title, season=season, fmt=fmt)
    except KnowsofarError as exc:
        fail(str(exc))
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror}")
    typer.echo(f"wrote {out}")


@app.command()
def follow(
    title: Annotated[str, typer.Argument(help="Show title (forgiving of case and typos).")],
    webhook: Annotated[str, typer.Option(help="http(s) URL that gets a JSON POST per change.")],
) -> None:
    """Follow a show: each status change is POSTed to the webhook, signed with a secret.

    Example: knowsofar follow "Spinning Out" --webhook https://example.org/hooks/tv
    """
    try:
        result = Knowsofar().follow(title, webhook)
    except KnowsofarError as exc:
        fail(str(exc))
    typer.echo(f"following {result['show']['title']} -> {result['webhook']}")
    typer.echo(
        f"secret (check {result['signature_header']}: sha256=HMAC of the body): {result['secret']}"
    )


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
    every: Annotated[
        str, typer.Option(help="How often to poll each feed: 30m, 1h, 2h30m.")
    ] = "30m",
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once, then stop.")] = False,
    allow_private: AllowPrivate = False,
) -> None:
    """Poll news feeds and ingest their new entries until stopped (Ctrl-C).

    Example: knowsofar watch https://example.com/tv/rss.xml --every 30m
    """
    from knowsofar.kb.terminal import safe

    console = _console()
    failed = 0

    def on_poll(result, summary) -> None:
        nonlocal failed
        if result.outcome == "failed":
            failed += 1
            console.print(
                f"[red]feed failed[/red] {safe(result.url)}: {safe(result.error)} "
                f"(retry {result.next_poll:%H:%M} UTC)"
            )
        elif summary is not None:
            console.print(
                f"{safe(result.url)}: {result.new_entries} new entries, "
                f"{summary.claims} claims, {len(summary.errors)} errors"
            )
            for err in summary.errors:
                console.print(f"  [red]error[/red] {safe(err.source)}: {safe(err.reason)}")
        else:
            console.print(f"{safe(result.url)}: nothing new")

    try:
        Knowsofar(_settings(allow_private)).watch(feeds, every, once=once, on_poll=on_poll)
    except KnowsofarError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    raise typer.Exit(1 if once and failed else 0)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
