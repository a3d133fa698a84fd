"""Write a new source: a small declarative module, its fixture and golden folders, and
(only when asked) a spider stub."""

from __future__ import annotations

import json
import keyword
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from crawler.paths import UnsafePath, confined
from crawler.sources import Selectors, Series, Source, registry
from crawler.spiders.registry import spider_class_name

from .golden import GoldenFile, write_golden
from .patterns import SeriesGuess, guess_series
from .project import Project, ProjectError

LINE_LENGTH = 100
_SLUG = re.compile(r"[a-z][a-z0-9_]{0,63}")
PLACEHOLDER = ".gitkeep"  # keeps an empty fixture folder in git; the replay never asks for it


def slugify(name: str) -> str:
    """``"L'Indépendant"`` -> ``"lindependant"``: lowercase ASCII letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


@dataclass(frozen=True)
class SourceDraft:
    """Everything ``new-source`` knows about an outlet before a human has looked."""

    slug: str
    name: str
    homepage: str
    language: str
    timezone: str
    examples: tuple[str, ...]
    guess: SeriesGuess
    feeds: tuple[str, ...]
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    discovery_guessed: bool = True
    # Where the series key and name come from, when a registered source's series fits.
    series_from: str | None = None

    @property
    def host(self) -> str:
        return urlsplit(self.homepage).hostname or ""

    @property
    def domain(self) -> str:
        return self.host.removeprefix("www.")

    def to_source(self) -> Source:
        """The registry entry the rendered module defines."""
        return Source(
            slug=self.slug,
            name=self.name,
            homepage=self.homepage,
            language=self.language,
            timezone=self.timezone,
            series=(
                Series(
                    key=self.guess.key,
                    name=self.guess.name,
                    title_pattern=self.guess.title_pattern,
                    url_pattern=self.guess.url_pattern,
                ),
            ),
            feeds=self.feeds,
            sitemaps=self.sitemaps,
            listings=self.listings,
            allowed_domains=(self.domain,),
            site_names=(self.domain,),
            selectors=Selectors(),
        )


def draft_source(
    name: str,
    urls: list[str],
    *,
    language: str = "fr",
    timezone: str = "Europe/Paris",
    slug: str | None = None,
    feeds: tuple[str, ...] = (),
    sitemaps: tuple[str, ...] = (),
    listings: tuple[str, ...] = (),
) -> SourceDraft:
    """Validate the inputs of ``new-source`` and guess what they do not say."""
    slug = slug or slugify(name)
    if not _SLUG.fullmatch(slug) or keyword.iskeyword(slug) or slug == "base":
        raise ProjectError(
            f"slug {slug[:80]!r} must be a Python module name (a-z, 0-9, _; at most 64 "
            "characters), e.g. --slug gazettedusud"
        )
    if not name.strip():
        raise ProjectError("the source needs a name")
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ProjectError(f"unknown timezone {timezone!r} (e.g. Europe/Paris, UTC)") from None
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,4})?", language):
        raise ProjectError(f"language {language!r} should be a code such as fr, en or pt-BR")
    parts = [urlsplit(u) for u in urls]
    if not parts or any(p.scheme not in ("http", "https") or not p.hostname for p in parts):
        raise ProjectError("--url must be the full http(s) URL of a report")
    if len({p.hostname for p in parts}) != 1:
        raise ProjectError("every --url must be on the same host")
    homepage = f"{parts[0].scheme}://{parts[0].hostname}/"
    try:
        guess = guess_series(urls)
    except ValueError as error:
        raise ProjectError(f"--url: {error}") from None
    guess, series_from = follow_neighbours(guess, urls)
    guessed = not (feeds or sitemaps or listings)
    return SourceDraft(
        slug=slug,
        name=name.strip(),
        homepage=homepage,
        language=language,
        timezone=timezone,
        examples=tuple(urls),
        guess=guess,
        feeds=(f"{homepage}rss.xml",) if guessed else feeds,
        sitemaps=sitemaps,
        listings=listings,
        discovery_guessed=guessed,
        series_from=series_from,
    )


def follow_neighbours(guess: SeriesGuess, urls: list[str]) -> tuple[SeriesGuess, str | None]:
    """The guess with the key and name of a registered series that the examples fit.

    Sibling papers publish the same report under the same name: a series whose title
    pattern matches the examples' slugs (read as titles) lends its key and name, so the
    new source follows the project's convention (``ukraine-daily``, a proper name).
    Returns the guess and the source it followed (``None``: nothing fits).
    """
    titles = [" ".join(_slug_words(url)) for url in urls]
    for source in registry().values():
        for series in source.series:
            if all(series.matches_title(title) for title in titles):
                return replace(guess, key=series.key, name=series.name), source.slug
    return guess, None


def _slug_words(url: str) -> list[str]:
    """The words of a report URL's last path segment (its title as a slug)."""
    segment = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    segment = re.sub(r"\.[a-z0-9]{2,5}$", "", segment)
    return [w for w in re.split(r"[-_]+", segment) if w and not w.isdigit()]


def _string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _raw(pattern: str) -> str:
    if '"' in pattern or pattern.endswith("\\") or "\n" in pattern:
        return _string(pattern)
    return f'r"{pattern}"'


def _tuple(name: str, values: tuple[str, ...], indent: int = 4) -> str:
    pad = " " * indent
    if not values:
        return f"{pad}{name}=(),"
    items = [_string(v) for v in values]
    inline = f"{pad}{name}=({', '.join(items)}{',' if len(items) == 1 else ''}),"
    if len(inline) <= LINE_LENGTH:
        return inline
    inner = "".join(f"{pad}    {item},\n" for item in items)
    return f"{pad}{name}=(\n{inner}{pad}),"


def render_source(draft: SourceDraft) -> str:
    """The source module's text (``ruff format`` clean)."""
    guess = draft.guess
    count = len(draft.examples)
    examples = f"{count} example URL{'s' if count > 1 else ''}"
    key_note = (
        f"# Key and name follow {draft.series_from}'s series, whose title pattern fits the\n"
        "            # examples: sibling papers share them. Check they are this outlet's too.\n"
        "            "
        if draft.series_from
        else ""
    )
    discovery_note = (
        "# TODO: discovery pages guessed from the homepage; keep those the site really has\n"
        f"    # (`sitrep check --source {draft.slug}` fetches the first one)."
        if draft.discovery_guessed
        else f"# Discovery pages (`sitrep check --source {draft.slug}` fetches the first one)."
    )
    return f'''"""{draft.name} ({draft.host}).

TODO: say who the outlet is (city, media group) and what is unusual about its pages.
"""

from .base import Selectors, Series, Source

SOURCE = Source(
    slug={_string(draft.slug)},
    name={_string(draft.name)},
    homepage={_string(draft.homepage)},
    language={_string(draft.language)},
    timezone={_string(draft.timezone)},
    series=(
        Series(
            # TODO: the key is part of each stored report's identity: choose it before the
            # first crawl and never change it. The name is how the outlet titles the report.
            {key_note}key={_string(guess.key)},
            name={_string(guess.name)},
            # TODO: guessed from {examples}. title_pattern must match the folded title
            # (lowercase, no accents, punctuation as spaces) of every report page, and
            # url_pattern every report link (and as few other links as possible).
            title_pattern={_raw(guess.title_pattern)},
            url_pattern={_raw(guess.url_pattern)},
        ),
    ),
    {discovery_note}
{_tuple("feeds", draft.feeds)}
{_tuple("sitemaps", draft.sitemaps)}
{_tuple("listings", draft.listings)}
{_tuple("allowed_domains", (draft.domain,))}
{_tuple("site_names", (draft.domain,))}
    # CSS selectors for the fields the generic extraction gets wrong on this site.
    selectors=Selectors(),
)
'''


def render_spider(draft: SourceDraft) -> str:
    """A custom spider stub: most sources never need one."""
    return f'''"""The spider of {draft.name}, for what its registry entry cannot say.

TODO: explain what this outlet needs beyond crawler/sources/{draft.slug}.py, or delete this
module: every source without one gets a generated spider.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import TextResponse

from crawler.discovery import Link
from crawler.sources import get_source
from crawler.spiders.base import ReportSpider


class {spider_class_name(draft.slug)}(ReportSpider):
    """{draft.name}: discovery beyond the declared feeds, sitemaps and listings."""

    name = {_string(draft.slug)}
    source = get_source({_string(draft.slug)})

    def candidates_from_listing(self, response: TextResponse) -> Iterator[Link]:
        """TODO: read this outlet's listing markup (the default takes every link)."""
        yield from super().candidates_from_listing(response)
'''


@dataclass
class Scaffold:
    """What ``new-source`` wrote."""

    created: list[Path] = field(default_factory=list)
    golden: list[GoldenFile] = field(default_factory=list)


def _inside(folder: Path, name: str) -> Path:
    """``folder / name``, refused with a :class:`ProjectError` if it would leave ``folder``."""
    try:
        return confined(folder, name)
    except UnsafePath as error:
        raise ProjectError(f"cannot create {name[:80]!r}: {error}") from None


def _refuse_existing(project: Project, draft: SourceDraft, with_spider: bool) -> None:
    module = _inside(project.sources_dir, f"{draft.slug}.py")
    if module.exists():
        raise ProjectError(f"{project.relative(module)} already exists: not overwriting it")
    if project.runs_this_code and draft.slug in registry():
        raise ProjectError(f"a source with slug {draft.slug!r} is already registered")
    spider = _inside(project.spiders_dir, f"{draft.slug}.py")
    if with_spider and spider.exists():
        raise ProjectError(f"{project.relative(spider)} already exists: not overwriting it")


def create_source(project: Project, draft: SourceDraft, *, with_spider: bool = False) -> Scaffold:
    """Write the source module, fixture and golden folders, and one golden skeleton per example."""
    _refuse_existing(project, draft, with_spider)
    result = Scaffold()
    module = _inside(project.sources_dir, f"{draft.slug}.py")
    module.write_text(render_source(draft), "utf-8")
    result.created.append(module)
    if with_spider:
        spider = _inside(project.spiders_dir, f"{draft.slug}.py")
        spider.write_text(render_spider(draft), "utf-8")
        result.created.append(spider)
    site = _inside(project.sites_dir, draft.host)
    if not site.exists():
        site.mkdir(parents=True)
        (site / PLACEHOLDER).write_text("", "utf-8")
        result.created.append(site / PLACEHOLDER)
    source = draft.to_source()
    for url in draft.examples:
        result.golden.append(write_golden(project, source, url, project.fixture_file(url)))
    return result
