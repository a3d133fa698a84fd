"""``sitrep extract``: run the spiders' extractor on saved pages."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

import click

from crawler.extract import Article, Hints, extract_article
from crawler.sources import UnknownSourceError, get_source


def article_record(article: Article) -> dict:
    """The JSON shape of one extraction.

    ``body`` is the text as a reader sees it (standfirst, subheadings and paragraphs,
    separated by blank lines); ``sections`` holds the same paragraphs grouped under their
    subheadings, each section giving its subheading as ``heading`` and, for tools that read
    that name, as ``headline``. ``entries`` (live blogs only) lists timestamped updates.
    """
    record = {
        "title": article.title,
        "date_published": article.published_at.isoformat() if article.published_at else None,
        "date_modified": article.modified_at.isoformat() if article.modified_at else None,
        "authors": article.authors,
        "lead": article.lead,
        "body": article.text,
        "sections": [
            {"heading": s.heading, "headline": s.heading, "paragraphs": s.paragraphs}
            for s in article.sections
        ],
        "captions": [asdict(c) for c in article.captions],
        "language": article.language,
        "canonical_url": article.canonical_url,
        "is_paywalled": article.is_paywalled,
        "provenance": article.provenance,
        "warnings": article.warnings,
    }
    if article.entries:
        record["entries"] = [
            {
                "published": e.published_at.isoformat() if e.published_at else None,
                "headline": e.headline,
                "text": e.text,
            }
            for e in article.entries
        ]
    return record


def _hints(source: str | None) -> Hints | None:
    if not source:
        return None
    try:
        return get_source(source).hints()
    except UnknownSourceError as error:
        raise click.BadParameter(str(error), param_hint="--source") from None


@click.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--url", default="", help="The page's URL (used for dates in paths and site names).")
@click.option(
    "--source",
    default=None,
    metavar="SLUG",
    help="Use this registry entry's selectors and timezone.",
)
@click.option("--batch", is_flag=True, help='Read {"id", "html_path", "url"} JSON lines on stdin.')
def extract(file: Path | None, url: str, source: str | None, batch: bool) -> None:
    """Extract one saved page (FILE) to JSON, or many with --batch."""
    hints = _hints(source)
    if batch:
        for line in sys.stdin:
            if not line.strip():
                continue
            click.echo(json.dumps(_batch_line(line, hints), ensure_ascii=False))
        return
    if file is None:
        raise click.UsageError("give a FILE, or --batch")
    article = extract_article(
        file.read_bytes(),
        url or file.resolve().as_uri(),
        hints=hints,
        fetched_at=dt.datetime.now(dt.UTC),
    )
    click.echo(json.dumps(article_record(article), ensure_ascii=False, indent=2))


def _batch_line(line: str, hints: Hints | None) -> dict:
    """One ``{"id", "html_path", "url"}`` request to one output line (``error`` on failure)."""
    started = time.perf_counter()
    record_id = None
    try:
        request = json.loads(line)
        if isinstance(request, dict):
            record_id = request.get("id")
        if not isinstance(request, dict) or not request.get("html_path"):
            raise ValueError('each line must be a JSON object with "html_path"')
        data = Path(request["html_path"]).read_bytes()
        article = extract_article(data, request.get("url") or "", hints=hints)
        result = {"id": record_id, **article_record(article)}
    except Exception as error:  # one bad line must not stop the batch
        result = {"id": record_id, "error": f"{type(error).__name__}: {error}"}
    result["seconds"] = round(time.perf_counter() - started, 4)
    return result
