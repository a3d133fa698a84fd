"""``sitrep extract``: run the spiders' extractor on saved pages."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from crawler.exit_codes import EXIT_CANNOT_RUN, EXIT_FAILED
from crawler.urls import absolute_url

from .errors import CannotRun

if TYPE_CHECKING:
    from crawler.extract import Article
    from crawler.sources import Source


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


def _chosen_source(slug: str | None, url: str) -> tuple[Source | None, str | None]:
    """The registry entry whose hints the extraction uses, and why: ``--source``, else the
    source whose domain the URL is on."""
    from crawler.sources import UnknownSourceError, get_source, source_for_url

    if slug:
        try:
            return get_source(slug), "--source"
        except UnknownSourceError as error:
            raise click.BadParameter(str(error), param_hint="--source") from None
    found = source_for_url(url) if url else None
    return (found, "url domain") if found else (None, None)


def _extracted(data: bytes, url: str, slug: str | None, **options: Any) -> dict:
    """The JSON record of one page, saying which source's hints were used."""
    from crawler.extract import extract_article

    source, why = _chosen_source(slug, url)
    article = extract_article(data, url, hints=source.hints() if source else None, **options)
    chosen = {"slug": source.slug, "chosen_by": why} if source else None
    return {**article_record(article), "source": chosen}


class PageError(ValueError):
    """A file that cannot be extracted: unreadable, empty, binary, or a bad URL for it."""


def check_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL (or empty), else :class:`PageError`."""
    if url and absolute_url(url, url) is None:  # also "http://[::1", a port out of range
        raise PageError(f"{url!r} is not an absolute http(s) URL (like https://example.org/a)")
    return url


def read_page(path: Path) -> bytes:
    """The bytes of a saved page, or :class:`PageError` saying why there is no page."""
    from scrapy.utils.python import binary_is_text

    try:
        data = path.read_bytes()
    except OSError as error:
        raise PageError(f"cannot read {path}: {(error.strerror or str(error)).lower()}") from None
    if not data.strip():
        raise PageError(f"{path} is empty: nothing to extract")
    if not binary_is_text(data[:8192]):
        raise PageError(f"{path} is binary, not a saved web page")
    return data


def _url_option(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    try:
        return check_url(value)
    except PageError as error:
        raise CannotRun(f"--url: {error}") from None


@click.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--url",
    default="",
    callback=_url_option,
    help="The page's absolute http(s) URL (used for dates in paths and site names).",
)
@click.option(
    "--source",
    default=None,
    metavar="SLUG",
    help="Use this registry entry's selectors and timezone (default: the source whose "
    'domain --url is on, if any; the output\'s "source" says which).',
)
@click.option("--batch", is_flag=True, help='Read {"id", "html_path", "url"} JSON lines on stdin.')
def extract(file: Path | None, url: str, source: str | None, batch: bool) -> None:
    """Extract one saved page (FILE) to JSON, or many with --batch.

    Exit codes: 0 extracted; 1 FILE is empty or binary, or with --batch some lines failed
    (each failed line is printed with "line" and "error"); 2 FILE missing or unreadable, or a
    bad option.
    """
    if source:
        _chosen_source(source, "")  # an unknown --source stops before any page is read
    if batch:
        failed = lines = 0
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            result = _batch_line(line, source, number)
            lines += 1
            failed += "error" in result
            click.echo(json.dumps(result, ensure_ascii=False))
        if failed:
            click.echo(f"{failed} of {lines} lines failed", err=True)
            sys.exit(EXIT_FAILED)
        return
    if file is None:
        raise click.UsageError("give a FILE, or --batch")
    if not file.is_file():
        raise CannotRun(f"no such file: {file}")
    try:
        data = read_page(file)
    except PageError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED if file.is_file() and os.access(file, os.R_OK) else EXIT_CANNOT_RUN)
    record = _extracted(
        data, url or file.resolve().as_uri(), source, fetched_at=dt.datetime.now(dt.UTC)
    )
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))


def _batch_line(line: str, source: str | None, number: int) -> dict:
    """One ``{"id", "html_path", "url"}`` request to one output line; on failure ``line`` (its
    number on stdin) and ``error`` (starting "line N:")."""
    started = time.perf_counter()
    record_id = None
    try:
        request = json.loads(line)
        if isinstance(request, dict):
            record_id = request.get("id")
        if not isinstance(request, dict) or not request.get("html_path"):
            raise PageError('each line must be a JSON object with "html_path"')
        url = check_url(str(request.get("url") or ""))
        data = read_page(Path(request["html_path"]))
        result = {"id": record_id, **_extracted(data, url, source)}
    except PageError as error:
        result = {"id": record_id, "line": number, "error": f"line {number}: {error}"}
    except Exception as error:  # one bad line must not stop the batch
        message = f"line {number}: {type(error).__name__}: {error}"
        result = {"id": record_id, "line": number, "error": message}
    result["seconds"] = round(time.perf_counter() - started, 4)
    return result
