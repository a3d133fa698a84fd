"""``sitrep sources``: the registered sources, their fixtures and last live checks."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .console import make_console, make_table
from .context import command_database


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source.")
@click.option("--markdown", is_flag=True, help="The docs/sources.md table, golden counts included.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the --markdown table to this file.",
)
def sources(as_json: bool, markdown: bool, output: Path | None) -> None:
    """List the registered sources, their series, the kind of their recorded site
    (reconstructed or recorded) and their last live check (`sitrep check`)."""
    from crawler.devtools.source_state import source_states
    from crawler.devtools.table import write_sources_markdown
    from crawler.sources import all_sources

    entries = all_sources()
    if markdown:
        write_sources_markdown(entries, output)
        return
    states, note = source_states(entries, command_database())
    if note:
        click.echo(note, err=True)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "slug": s.slug,
                        "name": s.name,
                        "language": s.language,
                        "timezone": s.timezone,
                        "homepage": s.homepage,
                        "media_group": s.media_group,
                        "series": [{"key": x.key, "name": x.name} for x in s.series],
                        "feeds": list(s.feeds),
                        "sitemaps": list(s.sitemaps),
                        "listings": list(s.listings),
                        "fixture_kind": states[s.slug]["fixture_kind"],
                        "last_live_check": states[s.slug]["last_live_check"],
                    }
                    for s in entries
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    table = make_table(
        ("slug", "name", "language", "timezone", "series", "discovery", "fixtures", "live check"),
        wrap=("name", "series", "discovery"),
    )
    for s in entries:
        discovery = ", ".join(
            k for k, v in (("rss", s.feeds), ("sitemap", s.sitemaps), ("listing", s.listings)) if v
        )
        table.add_row(
            s.slug,
            s.name,
            s.language,
            s.timezone,
            ", ".join(x.key for x in s.series),
            discovery,
            states[s.slug]["fixture_kind"],
            states[s.slug]["last_live_check_shown"],
        )
    make_console().print(table)
