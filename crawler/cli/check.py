"""``sitrep check``: does each source still yield a report, and what comes out of it?"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .context import command_database
from .errors import CannotRun, describe
from .options import replay_option

if TYPE_CHECKING:
    from crawler.devtools.check import SourceCheck
    from crawler.devtools.polite import PoliteFetcher
    from crawler.devtools.save import SaveDir
    from crawler.devtools.survey import SourceSurvey
    from crawler.sources import Source

VALUE_WIDTH = 90


def _shown(name: str, value: Any) -> str:
    if name == "body":
        return f"{value} characters"
    if isinstance(value, list):
        value = ", ".join(value) or "-"
    text = "-" if value in (None, "") else str(value)
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 1] + "…"


def _print(check: SourceCheck) -> None:
    from crawler.devtools.survey import SourceSurvey

    click.echo(f"{check.source}: {'ok' if check.ok else 'NO REPORT'}")
    found = check.discovery
    if found:
        click.echo(
            f"  discovery  {found['kind']} {found['url']} -> HTTP {found.get('status', '-')}, "
            f"{found.get('links', 0)} links, {found.get('matched', 0)} match a series"
        )
        if found.get("followed"):
            click.echo(
                f"             (a sitemap index: read its first sitemap {found['followed']})"
            )
    for page in check.pages[1:] if isinstance(check, SourceSurvey) else []:
        click.echo(
            f"  discovery  {page['kind']} {page['url']} -> HTTP {page.get('status', '-')}, "
            f"{page['links']} links, {page['matched']} match a series"
        )
    report = check.report
    if report:
        click.echo(f"  report     {report['url']} (series {report['series']})")
        for name, field in report["fields"].items():
            origin = f"  [{field['provenance']}]" if field["provenance"] else ""
            click.echo(f"  {field['status']:<8} {name:<13} {_shown(name, field['value'])}{origin}")
        click.echo(f"  warnings   {'; '.join(report['warnings']) or '-'}")
        provenance = ", ".join(f"{k}={v}" for k, v in report["provenance"].items())
        click.echo(f"  provenance {provenance or '-'}")
    for problem in check.problems:
        click.echo(f"  problem    {problem}")
    if isinstance(check, SourceSurvey):
        for name, found in check.selectors.items():
            click.echo(f"  selector   {name} {found['selector']!r}: {found['found']} found")
        for drift in check.drift:
            click.echo(f"  DRIFT      {drift}")


def _record(checks: list[SourceCheck], *, replay: bool, when: dt.datetime) -> None:
    """Keep the checks in the database (schema brought to head as a crawl does); a database
    that cannot take them is one note on stderr, the checks' own exit code stands."""
    from crawler.devtools.check_log import record_checks

    try:
        database = command_database(read_only=False)
        database.ensure_schema(auto_migrate=True)
        record_checks(database, checks, replay=replay, when=when)
    except Exception as error:
        click.echo(
            f"note: the checks were not recorded: {describe(error)} "
            "(`sitrep sources` shows the last live check from the database)",
            err=True,
        )


def _survey_saving(
    source: Source, fetcher: PoliteFetcher, folder: SaveDir | None
) -> tuple[SourceSurvey, dict[str, Any]]:
    """The full check of one source; with ``folder``, its pages and draft golden saved."""
    from crawler.devtools.save import save_golden, save_pages
    from crawler.devtools.survey import survey_source

    start = len(fetcher.answers)
    survey = survey_source(source, fetcher)
    files: dict[str, Any] = {}
    if folder is not None:
        saved, notes = save_pages(folder, fetcher.answers[start:])
        survey.notes += notes
        files = {"saved": saved, "golden": save_golden(folder, source, survey)}
    return survey, files


def _write_report(
    folder: SaveDir, entries: list[dict[str, Any]], *, when: dt.datetime, replay: bool
) -> None:
    from crawler.devtools.save import write_json, write_text
    from crawler.devtools.survey_report import report_data, report_markdown

    data = report_data(entries, checked_at=when, replay=replay)
    write_json(folder, "report.json", data)
    write_text(folder, "report.md", report_markdown(data))


def _check_all(
    sources: list[Any],
    replay_dir: str | None,
    delay: float | None,
    *,
    full: bool,
    folder: Any,
) -> tuple[list[SourceCheck], list[dict[str, Any]]]:
    """Check each source (surveyed and saved with --all or --save), through the replay
    server when asked; the results and, when surveyed, their report entries."""
    from crawler.devtools.check import check_source
    from crawler.devtools.polite import PoliteFetcher
    from crawler.replay import ReplayServer

    server = None
    if replay_dir is not None:
        try:
            server = ReplayServer(replay_dir).start()
        except FileNotFoundError as error:
            raise click.BadParameter(str(error), param_hint="--replay") from None
        if delay is None:
            delay = 0.0
    fetcher = PoliteFetcher(via=server.url if server else None, delay=delay)
    entries: list[dict[str, Any]] = []
    results: list[SourceCheck] = []
    try:
        for source in sources:
            if full or folder is not None:
                survey, files = _survey_saving(source, fetcher, folder)
                results.append(survey)
                entries.append({**survey.to_dict(), **files})
            else:
                results.append(check_source(source, fetcher))
    finally:
        if server is not None:
            server.stop()
    return results, entries


@click.command()
@click.option(
    "--source", "-s", "slugs", multiple=True, metavar="SLUG", help="Only this source (repeatable)."
)
@replay_option("Check")
@click.option(
    "--all",
    "full",
    is_flag=True,
    help="Every discovery page (not only the first), every selector and pattern: report drift.",
)
@click.option(
    "--save",
    "save_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="Save the pages (sites/), draft goldens (golden/) and report.md/json in DIR "
    "(implies --all).",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=None,
    metavar="SECONDS",
    help="Between two requests to one host (default: the crawl's; 0 with --replay).",
)
@click.option(
    "--record/--no-record",
    default=None,
    help="Keep the checks in the database (default: live checks yes, --replay no).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source on stdout.")
def check(
    slugs: tuple[str, ...],
    replay_dir: str | None,
    full: bool,
    save_dir: Path | None,
    delay: float | None,
    record: bool | None,
    as_json: bool,
) -> None:
    """Fetch each source's first discovery page and the newest report linked there.

    Prints what came out of the report, field by field, with OK/MISSING flags and
    the rule behind each value. Pages are fetched one at a time, politely (robots.txt,
    a delay per host, sitrep's User-Agent). With --all, every discovery page and every
    declared selector and pattern is checked too, and what drifted is listed. With
    --save DIR, the pages, draft golden files and a report (report.md, report.json)
    are written in DIR. Live checks are kept in the database (`sitrep sources` shows
    the last one). Exit code 1 when a source yields no report.
    """
    from crawler.devtools.project import ProjectError
    from crawler.devtools.save import SaveDir
    from crawler.sources import UnknownSourceError, all_sources, get_source

    try:
        sources = [get_source(s) for s in slugs] if slugs else all_sources()
    except UnknownSourceError as error:
        raise click.BadParameter(str(error), param_hint="--source") from None
    replay = replay_dir is not None
    folder = None
    if save_dir is not None:
        try:
            folder = SaveDir.create(save_dir)
        except ProjectError as error:
            raise CannotRun(str(error), as_json=as_json) from None
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    results, entries = _check_all(sources, replay_dir, delay, full=full, folder=folder)
    if folder is not None:
        try:
            _write_report(folder, entries, when=when, replay=replay)
        except (ProjectError, OSError) as error:
            raise CannotRun(f"cannot write the report in {save_dir}: {error}") from None
    if record if record is not None else not replay:
        _record(results, replay=replay, when=when)
    if as_json:
        shown = entries or [r.to_dict() for r in results]
        click.echo(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        for result in results:
            _print(result)
        missing = [r.source for r in results if not r.ok]
        click.echo(
            f"{len(results)} checked, {len(results) - len(missing)} with a report"
            + (f"; none from: {', '.join(missing)}" if missing else "")
        )
        if folder is not None:
            click.echo(f"saved in {folder.root}: report.md, report.json, sites/, golden/")
    sys.exit(0 if all(r.ok for r in results) else 1)
