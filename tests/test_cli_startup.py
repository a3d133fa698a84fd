"""What ``sitrep --help`` and ``sitrep reports`` import: checked in ``sys.modules``, not timed.

The command modules are loaded on use (crawler/cli/lazy.py) and import Scrapy, the extractor
or Alembic inside the commands that need them; a module-level import of one of those in the
CLI would make every command wait for it (benchmarks/cli_startup.py measures the time).
``sitrep reports`` reads a SQLite file at the schema head with sqlite3 alone, without SQLAlchemy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from crawler.cli import COMMANDS, cli
from crawler.cli.lazy import LazyGroup

from .conftest import FAST, SITES, TESTS, crawl

# Runs the CLI in a fresh interpreter, then prints what it imported.
PROBE = """
import json, sys
from click.testing import CliRunner
from crawler.cli import cli
result = CliRunner().invoke(cli, sys.argv[1:])
print(json.dumps({"code": result.exit_code, "output": result.output, "modules": sorted(sys.modules)}))
"""

# Runs ``sitrep ARGS`` until its first request reaches Scrapy's HTTP handler, then prints what
# it imported by then and ends (the request goes nowhere).
CRAWL_PROBE = """
import json, os, sys
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

async def first_request(self, request):
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

HTTP11DownloadHandler.download_request = first_request
from crawler.cli import main
sys.argv = ["sitrep", *sys.argv[1:]]
main()
"""

HELP_NEVER = ("scrapy", "twisted", "lxml", "trafilatura", "alembic", "sqlalchemy")
REPORTS_NEVER = ("scrapy", "twisted", "lxml", "trafilatura", "alembic", "sqlalchemy")
# Before its first request, a crawl on a database at the schema head: no migration, no table
# printed yet, no second extractor. (Its own extractor is there: the crawl forks its workers
# with it.)
CRAWL_NOT_YET = ("alembic", "rich", "trafilatura", "htmldate")


def imported(*args: str, listing: str = "") -> set[str]:
    """The top-level packages loaded by ``sitrep ARGS`` run in a fresh interpreter (whose
    output must contain ``listing``)."""
    probe = _probe(PROBE, *args)
    assert probe["code"] == 0, probe["output"][-2000:]
    assert listing in probe["output"], probe["output"][-2000:]
    return {name.partition(".")[0] for name in probe["modules"]}


@pytest.fixture(scope="module")
def help_modules() -> set[str]:
    return imported("--help")


@pytest.fixture(scope="module")
def crawled_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('startup') / 'sitrep.db'}"
    result = crawl(url, sources=("midilibre",))
    assert result.code == 0, result.stderr[-2000:]
    return url


@pytest.fixture(scope="module")
def reports_modules(crawled_url: str) -> set[str]:
    return imported("--db", crawled_url, "reports", listing="midilibre")  # it read the database


@pytest.fixture(scope="module")
def crawl_modules(crawled_url: str) -> set[str]:
    """The modules ``sitrep crawl`` had imported when its first request was sent."""
    crawl_args = ["crawl", "-s", "midilibre", "--set", "SITREP_REPLAY_URL=http://127.0.0.1:9"]
    return set(_probe(CRAWL_PROBE, "--db", crawled_url, *crawl_args))


def _probe(script: str, *args: str) -> Any:
    """What ``script`` (run with ``args`` in a fresh interpreter) printed on its last line,
    read as JSON."""
    env = {k: v for k, v in os.environ.items() if k != "SITREP_DATABASE_URL"}
    completed = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=TESTS.parent,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("package", HELP_NEVER)
def test_help_does_not_import(help_modules: set[str], package: str) -> None:
    assert package not in help_modules


@pytest.mark.parametrize("package", REPORTS_NEVER)
def test_reports_does_not_import(reports_modules: set[str], package: str) -> None:
    assert package not in reports_modules


@pytest.mark.parametrize("module", CRAWL_NOT_YET)
def test_crawl_sends_its_first_request_before_importing(
    crawl_modules: set[str], module: str
) -> None:
    assert {"scrapy", "sqlalchemy", "crawler.run"} <= crawl_modules  # the probe saw a crawl
    assert module not in crawl_modules


def test_every_command_is_listed_with_its_own_first_sentence() -> None:
    """``sitrep --help`` lists each command from ``COMMANDS`` without importing it: what it
    lists is what the command itself says, at any width."""
    ctx = click.Context(cli)
    assert cli.list_commands(ctx) == sorted(COMMANDS)
    for name, (_, first_sentence) in COMMANDS.items():
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name
        assert command.get_short_help_str(limit=10_000) == first_sentence
    for width in (50, 80, 200):
        lazy = LazyGroup(name="sitrep", lazy_commands=COMMANDS)
        loaded = click.Group(name="sitrep", commands=[cli.get_command(ctx, n) for n in COMMANDS])
        listings = []
        for group in (lazy, loaded):
            formatter = click.HelpFormatter(width=width)
            group.format_commands(click.Context(group), formatter)
            listings.append(formatter.getvalue())
        assert listings[0] == listings[1]
        assert not lazy.commands  # nothing was imported for the listing


def test_lazily_loaded_commands_are_guarded() -> None:
    """Each command, loaded on use, ends any error as one line and exit 2 (errors.guard)."""
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        subcommands = getattr(command, "commands", {}).values()
        for each in (command, *subcommands):
            if each.callback is not None:
                assert getattr(each.callback, "sitrep_guarded", False), each.name


def test_an_unknown_command_is_still_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["no-such-command"])
    assert result.exit_code == 2
    assert "No such command 'no-such-command'" in result.output


def test_the_crawl_process_leaves_the_extractor_to_its_workers() -> None:
    """The spiders, pipelines and ledger import light helpers of ``crawler.extract`` (dates,
    text); the extractor itself is imported only to start the workers, which share it."""
    probe = (
        "import json, sys\n"
        "import crawler.run, crawler.ledger, crawler.report, crawler.spiders.base\n"
        "import pipelines.normalize, pipelines.store\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('crawler.extract',"
        " 'trafilatura', 'htmldate')))))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=180, cwd=TESTS.parent
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    loaded = set(json.loads(completed.stdout))
    assert "crawler.extract.article" not in loaded
    assert not {m for m in loaded if m.startswith(("trafilatura", "htmldate"))}


def test_a_crawl_printing_json_never_imports_rich(tmp_path: Path) -> None:
    """rich draws the summary table only: the replay notice, the progress lines and the
    last line are plain text, so a crawl asked for JSON (what cron jobs parse) never loads it."""
    modules = tmp_path / "modules.json"
    script = f"""
import atexit, json, sys
atexit.register(lambda: open({str(modules)!r}, "w").write(json.dumps(sorted(sys.modules))))
from crawler.cli import main
sys.argv = ["sitrep", *sys.argv[1:]]
main()
"""
    db_url = f"sqlite:///{tmp_path / 'sitrep.db'}"
    args = ["--db", db_url, "crawl", "--json", "--replay", str(SITES), "-s", "midilibre", *FAST]
    completed = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=TESTS.parent,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert json.loads(completed.stdout)["status"] == "ok"
    lines = completed.stderr.strip().splitlines()
    assert any(line.startswith("replaying recorded sites from ") for line in lines)
    assert lines[-1].startswith("crawl run ") and lines[-1].endswith(f"database {db_url}")
    assert "rich" not in {name.partition(".")[0] for name in json.loads(modules.read_text())}
