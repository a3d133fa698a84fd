"""What each recorded site is: written from descriptions, or captured from the live site.

``<sites>/FIXTURES.json`` holds one entry per host folder::

    {"hosts": {"www.midilibre.fr": {"kind": "reconstructed", "note": "...", "recorded_at": null}}}

``reconstructed``: pages written by hand from public descriptions of the outlet's site
(nothing fetched); ``recorded``: pages captured by ``sitrep record`` or ``sitrep check
--save`` (status and headers kept in ``.http`` sidecars). ``sitrep sources`` shows each
source's kind, so nobody mistakes a reconstruction for proof that the live site parses.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from crawler.sources import Source

FIXTURES_FILE = "FIXTURES.json"
RECONSTRUCTED, RECORDED = "reconstructed", "recorded"
KINDS = (RECONSTRUCTED, RECORDED)
ABOUT = (
    "What each site folder here is. reconstructed: written by hand from public descriptions "
    "of the outlet's pages, never fetched. recorded: captured from the live site by "
    "`sitrep record` or `sitrep check --save` (status and kept headers in .http sidecars). "
    "`sitrep record` updates this file; `sitrep sources` shows each source's kind."
)
RECORDED_NOTE = "captured from the live site (status and kept headers in .http sidecars)"
MIXED_NOTE = "; pages written earlier by hand stay as they were until recorded again"


def fixtures_path(sites: Path) -> Path:
    return sites / FIXTURES_FILE


def read_fixtures(sites: Path) -> dict[str, dict]:
    """Host -> ``{"kind", "note", "recorded_at"}`` (empty when the file is missing)."""
    path = fixtures_path(sites)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text("utf-8"))
    hosts = data.get("hosts", {}) if isinstance(data, dict) else {}
    return {host: entry for host, entry in hosts.items() if isinstance(entry, dict)}


def write_fixtures(sites: Path, hosts: dict[str, dict]) -> Path:
    """Write the metadata file, hosts sorted."""
    path = fixtures_path(sites)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"about": ABOUT, "hosts": {host: hosts[host] for host in sorted(hosts)}}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return path


def mark_recorded(sites: Path, hosts: Iterable[str], when: dt.datetime | None = None) -> None:
    """Mark ``hosts`` as recorded at ``when`` (now by default)."""
    entries = read_fixtures(sites)
    stamp = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    for host in hosts:
        before = entries.get(host, {})
        mixed = before.get("kind") == RECONSTRUCTED or MIXED_NOTE in before.get("note", "")
        entries[host] = {
            "kind": RECORDED,
            "note": RECORDED_NOTE + (MIXED_NOTE if mixed else ""),
            "recorded_at": stamp.isoformat().replace("+00:00", "Z"),
        }
    write_fixtures(sites, entries)


def site_hosts(sites: Path) -> list[str]:
    """The host folders of a site tree (a folder named ``_x`` or ``.x`` is not a host)."""
    if not sites.is_dir():
        return []
    return sorted(p.name for p in sites.iterdir() if p.is_dir() and p.name[0] not in "._")


def source_hosts(source: Source) -> list[str]:
    """The hosts a source's pages come from: its homepage and discovery pages."""
    hosts: list[str] = []
    for url in (source.homepage, *source.start_urls):
        host = urlsplit(url).hostname
        if host and host not in hosts:
            hosts.append(host)
    return hosts


def source_fixture_kind(source: Source, sites: Path, entries: dict[str, dict]) -> str:
    """``reconstructed``, ``recorded``, ``mixed`` (hosts of both kinds), ``unknown`` (a site
    folder without an entry) or ``none`` (no site folder at all)."""
    hosts = [h for h in source_hosts(source) if (sites / h).is_dir() or h in entries]
    if not hosts:
        return "none"
    kinds = {entries.get(h, {}).get("kind", "unknown") for h in hosts}
    if kinds == {RECONSTRUCTED, RECORDED}:
        return "mixed"
    return kinds.pop() if len(kinds) == 1 else "unknown"
