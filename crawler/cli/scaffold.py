"""``sitrep new-source`` and ``sitrep record``: start a source, save pages for replay and golden tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import click

from .options import date_from_option

if TYPE_CHECKING:
    from crawler.devtools.golden import GoldenFile
    from crawler.devtools.project import Project
    from crawler.devtools.record import Saved

root_option = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Project directory to write into (default: the one this sitrep runs from).",
)


def _project(root: Path | None) -> Project:
    from crawler.devtools.project import Project, ProjectError

    try:
        return Project.at(root)
    except ProjectError as error:
        raise click.BadParameter(str(error), param_hint="--root") from None


def _echo_golden(project: Project, golden: GoldenFile) -> None:
    state = "pre-filled from the extractor" if golden.data["expected"].get("title") else "empty"
    click.echo(f"golden   {project.relative(golden.path)} ({state}; not reviewed)")
    for note in golden.notes:
        click.echo(f"  check: {note}")


@click.command("new-source")
@click.argument("name")
@click.option(
    "--url",
    "urls",
    multiple=True,
    required=True,
    metavar="URL",
    help="A report's URL (repeat with other reports: better pattern guesses).",
)
@click.option("--language", default="fr", show_default=True, help="Language code of the reports.")
@click.option(
    "--timezone", default="Europe/Paris", show_default=True, help="The outlet's timezone."
)
@click.option("--slug", default=None, help="Registry key and module name (default: from NAME).")
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="RSS/Atom feed (repeatable).")
@click.option(
    "--sitemap", "sitemaps", multiple=True, metavar="URL", help="News sitemap (repeatable)."
)
@click.option(
    "--listing",
    "listings",
    multiple=True,
    metavar="URL",
    help="Section page linking the reports (repeatable).",
)
@click.option("--spider", is_flag=True, help="Also write a custom spider stub (rarely needed).")
@root_option
def new_source(
    name: str,
    urls: tuple[str, ...],
    language: str,
    timezone: str,
    slug: str | None,
    feeds: tuple[str, ...],
    sitemaps: tuple[str, ...],
    listings: tuple[str, ...],
    spider: bool,
    root: Path | None,
) -> None:
    """Scaffold the source NAME from example report URLs.

    Writes crawler/sources/<slug>.py (patterns guessed, TODOs where a human must
    look), tests/sites/<host>/ and an unreviewed golden skeleton per URL under
    tests/golden/<slug>/. Never overwrites an existing source.
    """
    from crawler.devtools.project import ProjectError
    from crawler.devtools.scaffold import create_source, draft_source

    project = _project(root)
    try:
        draft = draft_source(
            name,
            list(urls),
            language=language,
            timezone=timezone,
            slug=slug,
            feeds=feeds,
            sitemaps=sitemaps,
            listings=listings,
        )
        result = create_source(project, draft, with_spider=spider)
    except ProjectError as error:
        raise click.ClickException(str(error)) from None
    for path in result.created:
        click.echo(f"created  {project.relative(path)}")
    for golden in result.golden:
        _echo_golden(project, golden)
    click.echo(
        f"\nnext: review the TODOs in crawler/sources/{draft.slug}.py, then save two reports"
        f" and a discovery page, e.g.\n"
        f"  sitrep record {draft.examples[0]} --source {draft.slug} --as-report\n"
        f"  sitrep record {draft.feeds[0] if draft.feeds else draft.homepage} --source {draft.slug}"
        "\n(see docs/adding-a-source.md)"
    )


@click.command()
@click.argument("url")
@click.option("--source", "slug", required=True, metavar="SLUG", help="The source it belongs to.")
@click.option("--as-report", is_flag=True, help="It is a report: also write its golden skeleton.")
@click.option(
    "--date",
    "report_date",
    metavar="YYYY-MM-DD",
    help="The report's date (default: what the extractor finds).",
)
@click.option(
    "--file",
    "saved_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Use this saved copy of the page instead of fetching URL.",
)
@click.option(
    "--via",
    envvar="SITREP_FETCH_VIA",
    metavar="BASE_URL",
    help="Fetch through a replay-style server (BASE_URL/<host>/<path>), e.g. a local test server.",
)
@click.option(
    "--force",
    is_flag=True,
    help="With --as-report: replace the page and golden file of a reviewed report.",
)
@root_option
def record(
    url: str,
    slug: str,
    as_report: bool,
    report_date: str | None,
    saved_file: Path | None,
    via: str | None,
    force: bool,
    root: Path | None,
) -> None:
    """Save the page at URL (status and headers too) under tests/sites/ for replay.

    With --as-report, also write tests/golden/<source>/<date>.json with
    "reviewed": false and the expected fields pre-filled by the extractor. A report whose
    golden file is already reviewed is left alone (nothing written) unless --force.
    """
    from crawler.devtools.fetch import FetchError, fetch
    from crawler.devtools.golden import refuse_reviewed, write_golden
    from crawler.devtools.project import ProjectError
    from crawler.devtools.record import save_fetched, save_file
    from crawler.sources import UnknownSourceError

    project = _project(root)
    day = date_from_option(report_date)
    try:
        source = project.load_source(slug)
    except (ProjectError, UnknownSourceError) as error:
        raise click.BadParameter(str(error), param_hint="--source") from None
    host = urlsplit(url).hostname or ""
    if source.allowed_domains and not any(
        host == d or host.endswith(f".{d}") for d in source.allowed_domains
    ):
        click.echo(f"note: {host} is outside the allowed_domains of {slug}; crawls skip it")
    fetched_at = dt.datetime.now(dt.UTC)
    guard = as_report and not force
    try:
        if guard:
            refuse_reviewed(project, slug, url)
        if saved_file is not None:
            saved, notes = [save_file(project, url, saved_file)], []
        else:
            answer = fetch(url, via=via)
            if guard and answer.url != url:  # redirected to the URL of a reviewed report
                refuse_reviewed(project, slug, answer.url)
            saved, notes = save_fetched(project, answer)
        page: Saved = saved[-1]
        for item in saved:
            click.echo(f"saved    {project.relative(item.path)} (HTTP {item.status}, {item.url})")
        for note in notes:
            click.echo(f"note: {note}")
        if page.status != 200:
            click.echo(f"note: the page answered HTTP {page.status}; it is replayed as such")
        if not as_report:
            return
        if page.status != 200:
            raise ProjectError(f"HTTP {page.status}: not writing a golden file for {page.url}")
        golden = write_golden(
            project,
            source,
            page.url,
            page.path,
            fetched_at=fetched_at,
            report_date=day,
            force=force,
        )
    except (FetchError, ProjectError) as error:
        raise click.ClickException(str(error)) from None
    _echo_golden(project, golden)
