"""``sitrep check``: does each source still yield a report, and what comes out of it?"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

import click

from crawler.devtools.check import SourceCheck, check_source
from crawler.devtools.fetch import fetch
from crawler.replay import ReplayServer
from crawler.sources import UnknownSourceError, all_sources, get_source

from .options import replay_option

VALUE_WIDTH = 90


def _shown(name: str, value: Any) -> str:
    if name == "body":
        return f"{value} characters"
    if isinstance(value, list):
        value = ", ".join(value) or "-"
    text = "-" if value in (None, "") else str(value)
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 1] + "…"


def _print(check: SourceCheck) -> None:
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


@click.command()
@click.option(
    "--source", "-s", "slugs", multiple=True, metavar="SLUG", help="Only this source (repeatable)."
)
@replay_option("Check")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source on stdout.")
def check(slugs: tuple[str, ...], replay_dir: str | None, as_json: bool) -> None:
    """Fetch each source's first discovery page and the newest report linked there.

    Prints what came out of the report, field by field, with OK/MISSING flags and
    the rule behind each value. Exit code 1 when a source yields no report.
    """
    try:
        sources = [get_source(s) for s in slugs] if slugs else all_sources()
    except UnknownSourceError as error:
        raise click.BadParameter(str(error), param_hint="--source") from None
    server = None
    if replay_dir is not None:
        try:
            server = ReplayServer(Path(replay_dir)).start()
        except FileNotFoundError as error:
            raise click.BadParameter(str(error), param_hint="--replay") from None
    get = functools.partial(fetch, via=server.url if server else None)
    try:
        results = [check_source(source, get) for source in sources]
    finally:
        if server is not None:
            server.stop()
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
    else:
        for result in results:
            _print(result)
        missing = [r.source for r in results if not r.ok]
        click.echo(
            f"{len(results)} checked, {len(results) - len(missing)} with a report"
            + (f"; none from: {', '.join(missing)}" if missing else "")
        )
    sys.exit(0 if all(r.ok for r in results) else 1)
