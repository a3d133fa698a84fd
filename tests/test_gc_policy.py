"""The garbage collector's settings for a crawl: paused while setting up, settled at start."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import signals
from scrapy.utils.test import get_crawler

from crawler import gc_policy
from crawler.gc_policy import SteadyCollection, collection_paused

from .conftest import TESTS


@pytest.fixture
def collector() -> Iterator[None]:
    """The test process's collector as it was, whatever the test does to it."""
    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    (gc.enable if enabled else gc.disable)()
    gc_policy._settled = False


def test_no_collection_while_paused_and_as_before_after(collector: None) -> None:
    gc.enable()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves it paused
    assert gc.isenabled()

    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_the_engine_start_freezes_what_is_alive_and_raises_the_threshold(collector: None) -> None:
    crawler = get_crawler(settings_dict={"SITREP_GC_THRESHOLD": 12_345})
    extension = SteadyCollection.from_crawler(crawler)  # noqa: F841 (signals hold it weakly)
    before = gc.get_threshold()

    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (12_345, *before[1:])

    gc.unfreeze()  # a second engine of the same process changes nothing
    get_crawler(settings_dict={"SITREP_GC_THRESHOLD": 1})
    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_freeze_count() == 0 and gc.get_threshold()[0] == 12_345


def test_a_threshold_of_zero_keeps_pythons_own(collector: None) -> None:
    crawler = get_crawler(settings_dict={"SITREP_GC_THRESHOLD": 0})
    extension = SteadyCollection.from_crawler(crawler)  # noqa: F841 (signals hold it weakly)
    before = gc.get_threshold()

    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_threshold() == before


def test_the_crawl_settings_switch_it_on() -> None:
    from crawler import settings

    assert "crawler.gc_policy.SteadyCollection" in settings.EXTENSIONS
    assert settings.SITREP_GC_THRESHOLD == 10_000


def test_a_pause_ends_as_things_were_even_if_the_block_switched_it_on(collector: None) -> None:
    gc.disable()
    with collection_paused():
        gc.enable()  # as a crawl does once its spiders are open
    assert not gc.isenabled()


# Counts the collections that start once the crawl is called: before the reactor runs (the
# crawl being set up), while it runs and after; the crawl is the library call or the command, per
# sys.argv[1], with a low threshold once running. Imported first, and the counts start from a fresh collection (the command
# parses its options before it pauses the collector: a few hundred objects).
RECORDED_CRAWL = """
import gc, json, sys
from crawler.cli import main
from crawler.run import run_crawl
seen = {"setting_up": 0, "running": 0, "after": 0}
now = ["setting_up"]

def count(phase, info):
    if phase == "start":
        reactor = sys.modules.get("twisted.internet.reactor")
        if reactor is not None and reactor.running:
            now[0] = "running"
        elif now[0] == "running":
            now[0] = "after"
        seen[now[0]] += 1

how, database = sys.argv[1:3]
gc.collect()
gc.set_threshold(5000)
gc.callbacks.append(count)
if how == "library":
    run_crawl(["midilibre"], database, replay="bundled", settings={"DOWNLOAD_DELAY": 0, "SITREP_GC_THRESHOLD": 100})
else:
    sys.argv = ["sitrep", "--db", database, "crawl", "-s", "midilibre", "--replay", "--json",
                "--set", "DOWNLOAD_DELAY=0", "--set", "SITREP_GC_THRESHOLD=100"]
    try:
        main()
    except SystemExit as end:
        assert not end.code, end.code
print(json.dumps({**seen, "enabled_after": gc.isenabled()}))
"""


@pytest.mark.parametrize("how", ["library", "command"])
def test_a_crawl_collects_nothing_while_setting_up_and_collects_once_running(
    how: str, tmp_path: Path
) -> None:
    """Every pass before the reactor runs would walk only what was just imported or built,
    all of it alive: ``run_crawl`` and ``sitrep crawl`` pause the collector until their
    spiders are open, and it runs again for the crawl itself."""
    done = subprocess.run(
        [sys.executable, "-c", RECORDED_CRAWL, how, f"sqlite:///{tmp_path / 'night.db'}"],
        cwd=TESTS.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["setting_up"] == 0, seen
    assert seen["running"] > 0, seen
    assert seen["enabled_after"] is True
