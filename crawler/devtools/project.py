"""Where a sitrep project keeps its sources, spiders, recorded sites and golden files."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

import crawler
from crawler.paths import UnsafePath, url_file
from crawler.sources import Source, get_source


class ProjectError(Exception):
    """A path or file the developer tools cannot use as asked."""


def code_root() -> Path:
    """The project the running ``crawler`` package was imported from."""
    return Path(crawler.__file__).resolve().parent.parent


@dataclass(frozen=True)
class Project:
    """A sitrep checkout (or a copy of its ``crawler/`` and ``tests/`` trees)."""

    root: Path

    @classmethod
    def at(cls, root: Path | str | None = None) -> Project:
        """The project at ``root`` (default: the one the running code comes from)."""
        path = Path(root).resolve() if root else code_root()
        if not (path / "crawler" / "sources").is_dir():
            raise ProjectError(f"{path} is not a sitrep project (no crawler/sources/ in it)")
        return cls(path)

    @property
    def sources_dir(self) -> Path:
        return self.root / "crawler" / "sources"

    @property
    def spiders_dir(self) -> Path:
        return self.root / "crawler" / "spiders"

    @property
    def tests_dir(self) -> Path:
        return self.root / "tests"

    @property
    def sites_dir(self) -> Path:
        return self.tests_dir / "sites"

    @property
    def golden_dir(self) -> Path:
        return self.tests_dir / "golden"

    @property
    def runs_this_code(self) -> bool:
        """Whether the registry of the running code is this project's registry."""
        return self.root == code_root()

    def relative(self, path: Path) -> str:
        """``path`` relative to the project root, for messages."""
        try:
            return str(path.resolve().relative_to(self.root))
        except ValueError:
            return str(path)

    def page_ref(self, path: Path) -> str:
        """How golden files name a recorded page: its path under ``tests/``."""
        return path.resolve().relative_to(self.tests_dir.resolve()).as_posix()

    def fixture_file(self, url: str) -> Path:
        """Where the recorded copy of ``url`` lives (what ``crawler.replay.resolve_file`` reads)."""
        return fixture_file(self.sites_dir, url)

    def golden_files(self, slug: str) -> list[Path]:
        return sorted((self.golden_dir / slug).glob("*.json"))

    def load_source(self, slug: str) -> Source:
        """The registry entry ``slug`` as this project defines it."""
        if self.runs_this_code:
            return get_source(slug)
        path = self.sources_dir / f"{slug}.py"
        if not path.is_file():
            raise ProjectError(f"no source module {self.relative(path)}")
        name = f"crawler.sources.{slug}"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        previous = sys.modules.get(name)
        sys.modules[name] = module  # while it runs, so dataclasses and relative imports work
        try:
            spec.loader.exec_module(module)
        finally:
            if previous is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = previous
        source = getattr(module, "SOURCE", None)
        if not isinstance(source, Source):
            raise ProjectError(f"{self.relative(path)} defines no SOURCE")
        return source


def fixture_file(sites: Path, url: str) -> Path:
    """The file under ``sites`` that holds ``url``: ``<host>/<path>``, ``index.html`` for ``/``.

    The inverse of :func:`crawler.replay.resolve_file`: the query string is not part
    of the name, and a path that is already a directory maps to its ``index.html``.
    """
    try:
        return url_file(sites, url)
    except UnsafePath as error:
        raise ProjectError(f"cannot record {url[:120]!r}: {error}") from None
