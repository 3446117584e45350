"""The ``veille`` command line: a thin shell over :class:`veille.services.Veille`.

Every command and option is documented in ``docs/cli.md``; a test fails when one is missing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from . import __version__
from .config import SETTINGS_TABLE, Settings, load_settings
from .errors import ConfigError, EvalError, InputError, VeilleError
from .ingest.files import parse_published
from .models import Incident
from .records import incident_record
from .records_more import tellings_label
from .services import EXPORT_FORMATS, EXPORT_KINDS, IngestReport, Veille
from .store.repository import IncidentFilter

PROGRESS_THRESHOLD = 5  # show a progress bar for batches of more files than this


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veille",
        description="Sourced, structured incidents of terrorism and political violence from news.",
    )
    parser.add_argument("--version", action="version", version=f"veille {__version__}")
    parser.add_argument("--db", help="SQLite file path or postgresql:// URL (env VEILLE_DB)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="read articles from files and folders and store incidents")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--published", help="publication date YYYY-MM-DD for undated inputs")

    p = sub.add_parser("incidents", help="list stored incidents as a table")
    p.add_argument("--from", dest="date_from", help="earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="latest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--country", help="ISO 3166 alpha-2 country code, e.g. FR")
    p.add_argument("--group", help="actor id, e.g. islamic-state")
    p.add_argument("--limit", type=int, default=50, help="rows to show (default 50)")
    p.add_argument("--offset", type=int, default=0, help="rows to skip (default 0)")

    p = sub.add_parser(
        "actions", help="list counter-terrorism actions (arrests, raids, strikes...)"
    )
    p.add_argument("--from", dest="date_from", help="earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="latest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--country", help="ISO 3166 alpha-2 country code, e.g. FR")
    p.add_argument(
        "--distinct",
        action="store_true",
        help="one row per action: leave out later tellings of an action another article told",
    )
    p.add_argument("--limit", type=int, default=50, help="rows to show (default 50)")
    p.add_argument("--offset", type=int, default=0, help="rows to skip (default 0)")

    p = sub.add_parser("alerts", help="a country's official alert levels over time")
    p.add_argument("country", metavar="COUNTRY", help="ISO 3166 alpha-2 code: FR, GB, BE, NL, US")

    p = sub.add_parser("figures", help="figures analysts track (foreign fighters, detainees...)")
    p.add_argument("--from", dest="date_from", help="earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="latest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--country", help="ISO 3166 alpha-2 code of the people counted, e.g. FR")
    p.add_argument("--limit", type=int, default=50, help="rows to show (default 50)")
    p.add_argument("--offset", type=int, default=0, help="rows to skip (default 0)")

    p = sub.add_parser("actors", help="actors of the knowledge base and their incidents")
    p.add_argument("--all", action="store_true", help="also actors no stored incident names")

    p = sub.add_parser("show", help="one incident with its evidence sentences")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print the export record as JSON")

    p = sub.add_parser("export", help="write all records of a kind as JSON Lines or CSV")
    p.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help=", ".join(EXPORT_KINDS))
    p.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl", help="jsonl or csv")
    p.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")

    p = sub.add_parser("serve", help="serve the HTTP API and the pages with uvicorn")
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")

    sub.add_parser("info", help="show the database, model and counts in use")

    p = sub.add_parser("eval", help="score the extractor on a benchmark and report its speed")
    p.add_argument(
        "benchmark",
        choices=("muc4", "wikievents", "case2021", "picture"),
        metavar="BENCHMARK",
        help="muc4, wikievents, case2021 or picture",
    )
    p.add_argument("--split", choices=("dev", "test", "train"), default="dev", help="data split")
    p.add_argument("--predictions", type=Path, help="also write predictions to this file")
    p.add_argument("--data", type=Path, help="evaluation data folder (env VEILLE_DATA_DIR)")
    p.add_argument("--limit", type=int, help="only the first N documents")
    p.add_argument(
        "--gold", type=Path, help="picture: gold file (default tests/data/picture_gold.json)"
    )

    p = sub.add_parser("train", help="retrain a shipped model (muc4: the role tagger)")
    p.add_argument("model", choices=("muc4",), metavar="MODEL", help="muc4")
    p.add_argument("--output", type=Path, help="model folder (default: the shipped one)")
    p.add_argument("--data", type=Path, help="evaluation data folder (env VEILLE_DATA_DIR)")
    p.add_argument(
        "--seeds",
        type=int,
        nargs="+",
        default=[0],
        metavar="N",
        help="one tagger per random seed, the first the main one, the others ensemble members "
        "(default 0)",
    )
    p.add_argument(
        "--hidden-widths",
        type=int,
        nargs="+",
        metavar="N",
        help="each tagger's hidden width, one per seed (default 64 each)",
    )
    p.add_argument(
        "--epochs",
        type=int,
        nargs="+",
        metavar="N",
        help="per seed, train N epochs and keep the last (default 0: choose the epoch on dev)",
    )

    p = sub.add_parser("demo", help="ingest the bundled sample corpus and list its incidents")
    p.add_argument("--corpus", type=Path, help="corpus folder (default: the bundled sample)")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 some input or record failed, 2 usage)."""
    args = _parser().parse_args(argv)
    console = Console(file=stdout or sys.stdout, highlight=False, soft_wrap=False, width=160)
    errors = Console(file=sys.stderr, highlight=False, stderr=True)
    try:
        settings = load_settings({"db": args.db})
        app = Veille(settings)
        try:
            return _COMMANDS[args.command](app, args, console)
        finally:
            app.close()
    except VeilleError as exc:
        errors.print(f"veille: error: {exc}", markup=False)
        return 1
    except KeyboardInterrupt:
        errors.print("veille: interrupted", markup=False)
        return 130


def _ingest(app: Veille, args: argparse.Namespace, console: Console) -> int:
    published = parse_published(args.published) if args.published else None
    report = _run_ingest(app, args.paths, published, console)
    _print_report(report, console)
    return 1 if report.failed else 0


def _run_ingest(
    app: Veille, paths: Sequence[Path], published: str | None, console: Console
) -> IngestReport:
    """Ingest, showing a progress bar once the service reports a batch of many files."""
    bar: Progress | None = None
    task: TaskID | None = None

    def advance(done: int, total: int) -> None:
        nonlocal bar, task
        if total <= PROGRESS_THRESHOLD:
            return
        if bar is None:
            bar = Progress(
                TextColumn("ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            bar.start()
            task = bar.add_task("ingest", total=total)
        if task is not None:
            bar.update(task, completed=done)

    try:
        return app.ingest(list(paths), published=published, on_progress=advance)
    finally:
        if bar is not None:
            bar.stop()


def _print_report(report: IngestReport, console: Console) -> None:
    for outcome in report.failed:
        console.print(f"failed: {outcome.source}: {outcome.reason}", markup=False)
    for outcome in report.outcomes:
        if outcome.status == "duplicate":
            console.print(
                f"already stored: {outcome.source} (article {outcome.article_id})", markup=False
            )
    console.print(
        f"{report.added} article(s) added with {report.incidents} new incident(s) "
        f"and {report.merged} report(s) of stored incidents, {report.records} other record(s), "
        f"{report.duplicates} already stored, {len(report.failed)} failed",
        markup=False,
    )


def _incident_table(incidents: Sequence[Incident], title: str) -> Table:
    table = Table(title=title, show_lines=False)
    for column in ("id", "date", "place", "status", "type", "groups", "killed", "wounded"):
        table.add_column(column, overflow="fold")
    for incident in incidents:
        record = incident_record(incident)
        place = ", ".join(x for x in (record["place"], record["country"]) if x) or "?"
        table.add_row(
            incident.id,
            record["date"] or "unknown",
            place,
            incident.status,
            "; ".join(incident.attack_types),
            "; ".join(_group_text(g.name, g.attribution) for g in incident.perpetrator_groups)
            or "-",
            _toll_text(record["killed"]),
            _toll_text(record["wounded"]),
        )
    return table


def _group_text(name: str, attribution: str | None) -> str:
    """ "Army of Palestine (claimed)", "al-Qaeda (suspected)"; a group the text names plainly as
    who did it stands alone."""
    return name if attribution in {None, "named"} else f"{name} ({attribution})"


def _toll_text(toll: dict[str, object] | None) -> str:
    if toll is None or toll["best"] is None:
        return "-"
    if toll["max"] is None and toll["min"] is not None:
        return (
            f"≥{toll['min']}" if toll["min"] == toll["best"] else f"{toll['best']} (≥{toll['min']})"
        )
    return str(toll["best"])


def _filters(args: argparse.Namespace) -> IncidentFilter:
    """The --from/--to/--country/--group/--limit/--offset options of a listing command."""
    return IncidentFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        country=args.country,
        group=getattr(args, "group", None),
        limit=args.limit,
        offset=args.offset,
        distinct=getattr(args, "distinct", False),
    )


def _incidents(app: Veille, args: argparse.Namespace, console: Console) -> int:
    filters = _filters(args)
    page = app.incidents(filters)
    shown = f"{args.offset + 1}-{args.offset + len(page.items)}" if page.items else "0"
    console.print(_incident_table(page.items, f"Incidents {shown} of {page.total}"))
    return 0


def _actions(app: Veille, args: argparse.Namespace, console: Console) -> int:
    filters = _filters(args)
    page = app.records("actions", filters)
    table = Table(title=f"Counter-terrorism actions ({page.total})")
    for column in ("date", "kind", "count", "actor", "against", "place", "what", "articles"):
        table.add_column(column, overflow="fold")
    for r in page.items:
        count = r["count"]
        articles = tellings_label(r)
        table.add_row(
            r["date"] or "unknown",
            r["kind"] + ("" if r["status"] == "carried out" else f" ({r['status']})"),
            count["text"] if count else "-",
            (r["actor"] or {}).get("name") or "-",
            (r["target_group"] or {}).get("name") or "-",
            ", ".join(x for x in (r["place"], r["country"]) if x) or "?",
            r["what"] or "-",
            articles,
        )
    console.print(table)
    return 0


def _figures(app: Veille, args: argparse.Namespace, console: Console) -> int:
    filters = _filters(args)
    page = app.records("figures", filters)
    table = Table(title=f"Figures ({page.total})")
    for column in ("as of / period", "figure", "counted", "category", "country", "said by"):
        table.add_column(column, overflow="fold")
    for r in page.items:
        when = r["as_of"] or (
            f"{r['period_start']} – {r['period_end'] or 'now'}" if r["period_start"] else "?"
        )
        table.add_row(
            when,
            r["quantity"]["text"],
            r["counted"],
            r["category"],
            r["country"] or "-",
            r["said_by"] or "-",
        )
    console.print(table)
    return 0


def _alerts(app: Veille, args: argparse.Namespace, console: Console) -> int:
    entries = app.alert_timeline(args.country)
    table = Table(title=f"Alert levels, {args.country.upper()} ({len(entries)} statements)")
    columns = ("effective", "until", "scheme", "region", "level", "change", "said by", "articles")
    for column in columns:
        table.add_column(column, overflow="fold")
    for r in entries:
        table.add_row(
            r["effective"] or (f"by {r['not_after']}" if r["not_after"] else "unknown"),
            r["period_end"] or "-",
            r["scheme"],
            r.get("region") or "whole country",
            f"{r['level_name']} ({r['rank']}/{r['levels']})",
            r["change"],
            r["said_by"] or "-",
            str(len(r["articles"])),
        )
    console.print(table)
    return 0


def _actors(app: Veille, args: argparse.Namespace, console: Console) -> int:
    rows = app.actor_table(only_seen=not args.all)
    table = Table(title=f"Actors ({len(rows)})")
    for column in ("id", "name", "type", "parent", "incidents"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(r["id"], r["name"], r["type"], r["parent"] or "-", str(r["incidents"]))
    console.print(table)
    return 0


def _show(app: Veille, args: argparse.Namespace, console: Console) -> int:
    incident = app.incident(args.id)
    record = incident_record(incident)
    if args.json:
        import json

        console.print_json(json.dumps(record, ensure_ascii=False))
        return 0
    console.print(incident.title, style="bold", markup=False)
    rows = [
        ("id", record["id"]),
        ("date", f"{record['date'] or 'unknown'} (precision: {record['date_precision']})"),
        (
            "place",
            f"{record['place'] or '?'}, {record['country_name'] or '?'} "
            f"({record['geo_precision']})",
        ),
        ("status", record["status"]),
        ("attack types", "; ".join(record["attack_types"]) or "-"),
        ("weapon types", "; ".join(record["weapon_types"]) or "-"),
        (
            "groups",
            "; ".join(
                _group_text(g["name"], g["attribution"]) for g in record["perpetrator_groups"]
            )
            or "-",
        ),
        ("perpetrators", "; ".join(record["perpetrators"]) or "-"),
        ("victims", "; ".join(record["victims"]) or "-"),
        ("targets", "; ".join(record["targets"]) or "-"),
        ("killed", _toll_text(record["killed"])),
        ("wounded", _toll_text(record["wounded"])),
        ("articles", ", ".join(record["articles"])),
    ]
    for key, value in rows:
        console.print(f"{key:>13}: {value}", markup=False)
    if record["merges"]:
        console.print("\nmerged reports:", style="bold")
        for note in record["merges"]:
            console.print(f"  {note['article']}: {note['reason']}", markup=False)
    console.print("\nevidence:", style="bold")
    for ev in record["evidence"]:
        console.print(f"  [{ev['field']}] {ev['text']!r} in: {ev['sentence']}", markup=False)
    return 0


def _export(app: Veille, args: argparse.Namespace, console: Console) -> int:
    if args.output is None:
        app.export(args.kind, args.format, console.file)
        return 0
    tmp = args.output.with_name(args.output.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as out:
            count = app.export(args.kind, args.format, out)
        tmp.replace(args.output)  # never leave a half-written export under the real name
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise VeilleError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    Console(stderr=True).print(f"wrote {count} {args.kind} to {args.output}", markup=False)
    return 0


def _serve(app: Veille, args: argparse.Namespace, console: Console) -> int:
    import uvicorn

    from .api.app import create_app

    console.print(
        f"veille: serving {app.settings.db} on http://{args.host}:{args.port}/", markup=False
    )
    uvicorn.run(create_app(app.settings), host=args.host, port=args.port, log_level="info")
    return 0


def _info(app: Veille, args: argparse.Namespace, console: Console) -> int:
    settings: Settings = app.settings
    console.print(f"veille {__version__}", markup=False)
    console.print(f"database: {settings.db}", markup=False)
    console.print(f"model: {settings.model}", markup=False)
    counts = app.counts()
    console.print(f"articles: {counts['articles']}  incidents: {counts['incidents']}", markup=False)
    console.print("settings (environment variables):", markup=False)
    for spec in SETTINGS_TABLE:
        console.print(f"  {spec.env}: {spec.help}", markup=False)
    return 0


def _default_corpus() -> Path:
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        candidate = base / "data" / "sample"
        if candidate.is_dir():
            return candidate
    raise InputError("data/sample", "the bundled sample corpus was not found; pass --corpus")


def _demo(app: Veille, args: argparse.Namespace, console: Console) -> int:
    corpus = args.corpus or _default_corpus()
    console.print(f"veille demo: ingesting {corpus} into {app.settings.db}", markup=False)
    started = time.perf_counter()
    report = _run_ingest(app, [corpus], None, console)
    elapsed = time.perf_counter() - started
    _print_report(report, console)
    console.print(f"ingestion took {elapsed:.1f} s", markup=False)
    page = app.incidents(IncidentFilter(limit=200))
    console.print(_incident_table(page.items, f"{page.total} incidents in the database"))
    console.print(
        "Inspect one: veille show ID    Export: veille export incidents --format jsonl\n"
        "Browse them: veille serve  then open http://127.0.0.1:8000/",
        markup=False,
    )
    return 1 if report.failed else 0


def _data_dir(given: Path | None, settings: Settings) -> Path:
    if given is not None:
        return given
    if settings.data_dir is not None:
        return settings.data_dir
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        candidate = base.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    raise EvalError("no evaluation data found: pass --data DIR or set VEILLE_DATA_DIR")


def _eval(app: Veille, args: argparse.Namespace, console: Console) -> int:
    from .eval.muc4 import format_report, write_predictions
    from .eval.runner import run_muc4

    data = _data_dir(args.data, app.settings)
    if args.benchmark == "wikievents":
        from .eval.wikievents import format_wikievents_report, run_wikievents

        split = "test" if args.split == "test" else "dev"
        events = run_wikievents(app, data / "wikievents" / f"{split}.jsonl", limit=args.limit)
        console.print(f"WikiEvents {split}", markup=False)
        console.print(format_wikievents_report(events), markup=False)
        return 0
    if args.benchmark == "picture":
        from .eval.picture import format_picture_report, run_picture

        shipped = Path(__file__).resolve().parents[2] / "tests" / "data" / "picture_gold.json"
        gold = args.gold or shipped
        # a throw-away database: the user's own would absorb the articles, and a second run
        # would find them already stored and score what an older version extracted
        with tempfile.TemporaryDirectory(prefix="veille-eval-") as folder:
            scratch = Veille(replace(app.settings, db=str(Path(folder) / "picture.db")))
            picture = run_picture(scratch, gold, data)
        console.print(format_picture_report(picture), markup=False)
        return 0
    if args.benchmark == "case2021":
        from .eval.case2021 import format_case2021_report, run_case2021

        path = data / "case2021_task2" / "test.tsv"
        report = format_case2021_report(run_case2021(app, path, limit=args.limit))
        console.print(report, markup=False)
        return 0
    run = run_muc4(app, data / "muc4" / f"{args.split}.jsonl", limit=args.limit)
    console.print(f"MUC-4 {args.split}: CEAF-REE (phi_strict), micro-averaged", markup=False)
    console.print(format_report(run.report), markup=False)
    console.print(f"speed: {run.speed.describe()}", markup=False)
    if args.predictions is not None:
        write_predictions(args.predictions, run.predictions)
        console.print(f"predictions written to {args.predictions}", markup=False)
    return 0


def _train(app: Veille, args: argparse.Namespace, console: Console) -> int:
    from .nlp.roles import DEFAULT_MODEL_DIR
    from .train.muc4_roles import TrainReport, train_role_taggers

    # the options are checked before the data folder is looked for
    for option, values in (("--hidden-widths", args.hidden_widths), ("--epochs", args.epochs)):
        if values is not None and len(values) != len(args.seeds):
            raise ConfigError(
                f"{option} gives {len(values)} values for {len(args.seeds)} seeds: give one per "
                "seed"
            )
    data = _data_dir(args.data, app.settings) / "muc4"
    output: Path = args.output or Path(DEFAULT_MODEL_DIR)

    def progress(seed: int, report: TrainReport) -> None:
        console.print(
            f"seed {seed}: best epoch {report.best_epoch}; "
            f"dev CEAF-REE micro F1 {100 * report.best_dev.micro.f1:.2f}",
            markup=False,
        )

    started = time.perf_counter()
    dev = train_role_taggers(
        data / "train.jsonl",
        data / "dev.jsonl",
        output,
        args.seeds,
        hidden_widths=args.hidden_widths,
        epochs=args.epochs,
        progress=progress,
    )
    minutes = (time.perf_counter() - started) / 60
    console.print(
        f"trained in {minutes:.1f} min; dev CEAF-REE micro F1 {100 * dev.micro.f1:.2f}; "
        f"model in {output}",
        markup=False,
    )
    return 0


_COMMANDS = {
    "train": _train,
    "actions": _actions,
    "alerts": _alerts,
    "figures": _figures,
    "actors": _actors,
    "eval": _eval,
    "ingest": _ingest,
    "incidents": _incidents,
    "show": _show,
    "export": _export,
    "serve": _serve,
    "info": _info,
    "demo": _demo,
}


def run() -> None:
    """Console-script entry point."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader stopped early ("veille export incidents | head"): not an error of ours,
        # and Python must not report the pipe again when it flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 141  # what a shell reports for a process ended by SIGPIPE
    sys.exit(code)
